-- End-to-end psql script: DDL, DML, queries, errors with caret, \x, transactions.
-- Run by tests/e2e/test_psql.sh; expected output in expected.out comes from PostgreSQL 15.
\set ON_ERROR_STOP 1
DROP TABLE IF EXISTS e2e_orders;
DROP TABLE IF EXISTS e2e_items;
CREATE TABLE e2e_items (
  id integer PRIMARY KEY,
  name text NOT NULL,
  price numeric(10,2),
  in_stock boolean DEFAULT true,
  added date
);
CREATE TABLE e2e_orders (id bigint PRIMARY KEY, item_id integer, qty smallint, note varchar(20));
INSERT INTO e2e_items VALUES
  (1, 'apple', 0.50, true, '2024-01-15'),
  (2, 'banana', 0.25, true, '2024-02-01'),
  (3, 'cherry', 7.00, false, '2024-03-10'),
  (4, 'durian', 12.75, true, NULL),
  (5, 'elder''berry', NULL, NULL, '2023-12-31');
\echo inserted :ROW_COUNT rows
INSERT INTO e2e_orders VALUES (10, 1, 3, 'first'), (11, 2, 12, NULL), (12, 1, 1, 'again'),
  (13, 4, 2, 'big one'), (14, 3, 5, '');
SELECT * FROM e2e_items ORDER BY id;
SELECT name, price * 2 AS double_price FROM e2e_items WHERE price > 0.3 ORDER BY price DESC;
SELECT count(*), sum(price), avg(price)::numeric(10,4), min(added), max(added) FROM e2e_items;
SELECT i.name, sum(o.qty) AS total_qty, count(*) AS orders
  FROM e2e_orders o JOIN e2e_items i ON i.id = o.item_id
  GROUP BY i.name ORDER BY total_qty DESC, i.name;
SELECT id, note, note IS NULL AS is_null, length(note) FROM e2e_orders ORDER BY id;
UPDATE e2e_items SET price = price + 1 WHERE in_stock RETURNING id, name, price;
DELETE FROM e2e_orders WHERE qty > 10;
\echo deleted :ROW_COUNT rows
SELECT 1 AS one, 'two'::text AS two, NULL::int AS three, 2.5::float8 AS four, true AS five;
-- Expanded output.
\x on
SELECT * FROM e2e_items WHERE id <= 2 ORDER BY id;
\x off
-- Errors: keep going, check message, caret and SQLSTATE.
\set ON_ERROR_STOP 0
SELECT nosuchcolumn FROM e2e_items;
\echo sqlstate :SQLSTATE
SELECT name FROM e2e_items WHERE id = 1 AND pricee > 0;
SELEC 1;
\echo sqlstate :SQLSTATE
SELECT 1/0;
\echo sqlstate :SQLSTATE
INSERT INTO e2e_items (id, name) VALUES (1, 'duplicate');
\echo sqlstate :SQLSTATE
INSERT INTO e2e_items (id, name) VALUES (6, NULL);
\echo sqlstate :SQLSTATE
SELECT * FROM e2e_no_such_table;
\echo sqlstate :SQLSTATE
SELECT 'abc'::integer;
\echo sqlstate :SQLSTATE
-- Transactions.
BEGIN;
INSERT INTO e2e_items (id, name) VALUES (100, 'rolled back');
SELECT count(*) FROM e2e_items;
ROLLBACK;
SELECT count(*) FROM e2e_items;
BEGIN;
INSERT INTO e2e_items (id, name) VALUES (101, 'committed');
COMMIT;
SELECT id, name FROM e2e_items WHERE id >= 100 ORDER BY id;
BEGIN;
SELECT 1/0;
SELECT 1;
\echo sqlstate :SQLSTATE
COMMIT;
SELECT count(*) FROM e2e_items WHERE id >= 100;
BEGIN;
INSERT INTO e2e_items (id, name) VALUES (102, 'kept');
SAVEPOINT s1;
INSERT INTO e2e_items (id, name) VALUES (103, 'undone');
ROLLBACK TO SAVEPOINT s1;
COMMIT;
SELECT id, name FROM e2e_items WHERE id >= 100 ORDER BY id;
\set ON_ERROR_STOP 1
DROP TABLE e2e_orders;
DROP TABLE e2e_items;
\echo done
