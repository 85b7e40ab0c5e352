-- psql's describe commands over a small schema (tests/e2e/test_psql_describe.sh).
CREATE TABLE pd_customers (
  id serial PRIMARY KEY,
  email varchar(120) NOT NULL UNIQUE,
  name text NOT NULL DEFAULT 'anonymous',
  score numeric(10,2) DEFAULT 0 CHECK (score >= 0),
  created timestamptz DEFAULT now(),
  active boolean NOT NULL DEFAULT true
);
CREATE TABLE pd_orders (
  order_id bigint,
  line int,
  customer_id int NOT NULL,
  amount numeric(12,2) CHECK (amount > 0),
  status char(1) DEFAULT 'n' CHECK (status IN ('n', 'p', 's')),
  note varchar(3),
  PRIMARY KEY (order_id, line),
  CONSTRAINT pd_orders_note_len CHECK (length(note) > 1)
);
CREATE INDEX pd_orders_customer_idx ON pd_orders (customer_id);
CREATE UNIQUE INDEX pd_orders_uniq ON pd_orders (customer_id, order_id);
CREATE TABLE "Pd Mixed" ("Key" int PRIMARY KEY, "select" text);
CREATE SEQUENCE pd_seq START 10 INCREMENT 5;
COMMENT ON TABLE pd_orders IS 'order lines';
CREATE ROLE pd_group;
CREATE ROLE pd_admins NOINHERIT;
CREATE ROLE pd_user LOGIN IN ROLE pd_group;
GRANT pd_admins TO pd_user WITH ADMIN OPTION;
GRANT pd_group TO pd_user;
GRANT pd_user TO pd_group;
GRANT pd_user TO pd_user;
GRANT pd_nosuch TO pd_user;
REVOKE pd_admins FROM pd_group;
SELECT pg_has_role('pd_user', 'pd_group', 'MEMBER'), pg_has_role('pd_user', 'pd_admins', 'USAGE WITH ADMIN OPTION');
\dn
\du
\l
\dt
\di
\ds
\d
\d pd_customers
\d pd_orders
\d "Pd Mixed"
\dt pd_c*
\d nosuch_relation
INSERT INTO pd_customers (email, name, score) VALUES ('a@x', 'Ann', 3.5), ('b@x', 'Bob', 0);
\x
SELECT id, email, name, score, active FROM pd_customers ORDER BY id;
\x
\timing on
SELECT count(*) FROM pd_customers;
\timing off
CREATE TABLE pd_parent (id int PRIMARY KEY, code text UNIQUE);
CREATE TABLE pd_child (
  id int PRIMARY KEY,
  parent_id int REFERENCES pd_parent ON DELETE CASCADE,
  code text,
  self_id int REFERENCES pd_child,
  CONSTRAINT pd_child_code_fk FOREIGN KEY (code) REFERENCES pd_parent (code) MATCH FULL ON UPDATE SET NULL
);
\d pd_child
\d pd_parent
DROP TABLE pd_parent;
DROP TABLE pd_child, pd_parent;
DROP TABLE pd_customers;
DROP TABLE pd_orders;
DROP TABLE "Pd Mixed";
DROP SEQUENCE pd_seq;
REVOKE ADMIN OPTION FOR pd_admins FROM pd_user;
\du pd_user
DROP ROLE pd_group;
\du pd_user
DROP ROLE pd_user, pd_admins;
\dt
