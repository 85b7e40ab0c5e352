-- COPY end-to-end through psql: text, CSV and binary, both directions, options,
-- errors with their CONTEXT lines, transactions, and psql's \copy.
-- expected.out is psql's output for this script against PostgreSQL 15.
\set VERBOSITY default
DROP TABLE IF EXISTS copy_t;
DROP TABLE IF EXISTS copy_u;
DROP TABLE IF EXISTS copy_c;
CREATE TABLE copy_t (id int PRIMARY KEY, name text, price numeric(10,2), born date, ok boolean, note varchar(20));
CREATE TABLE copy_u (id int PRIMARY KEY, name text, price numeric(10,2), born date, ok boolean, note varchar(20));
CREATE TABLE copy_c (a int CHECK (a > 0), b text NOT NULL, c bigint DEFAULT 42);

-- text format in
COPY copy_t FROM stdin;
1	alpha	1.50	2020-01-02	t	first
2	be\tta	\N	\N	f	tab\\slash
3	gamma\nnew	3.25	1999-12-31	\N	
\.
SELECT * FROM copy_t ORDER BY id;

-- text and CSV out
COPY copy_t TO stdout;
COPY copy_t (id, name) TO stdout WITH (FORMAT csv, HEADER true);
COPY (SELECT id, name, price FROM copy_t WHERE id > 1 ORDER BY id) TO stdout WITH CSV HEADER FORCE QUOTE *;
COPY copy_t TO stdout (FORMAT csv, FORCE_QUOTE (name, note), NULL 'NULL');
COPY copy_t TO stdout WITH DELIMITER '|' NULL '-';
COPY copy_t (id, name) TO stdout (FORMAT text, HEADER);
COPY (SELECT '\.' AS x) TO stdout (FORMAT csv);
COPY (SELECT 'a"b' AS x, 'c\d' AS y) TO stdout (FORMAT csv, QUOTE '''', ESCAPE '\');
COPY (SELECT 1 AS n WHERE false) TO stdout;

-- CSV in
COPY copy_t FROM stdin WITH (FORMAT csv, HEADER);
id,name,price,born,ok,note
4,"quoted, comma",4.00,2021-05-06,true,"multi
line"
5,,7,2021-05-07,false,""
6,"he said ""hi""",6,2021-05-08,1,
\.
COPY copy_t (id, note) FROM stdin;
9	\x41\102\.
\.
SELECT id, name, name IS NULL AS name_null, note, note IS NULL AS note_null FROM copy_t WHERE id >= 4 ORDER BY id;
COPY copy_u FROM stdin WITH (FORMAT csv, FORCE_NOT_NULL (name), FORCE_NULL (note));
7,,1,2022-01-01,t,""
\.
SELECT id, name IS NULL AS name_null, name = '' AS name_empty, note IS NULL AS note_null FROM copy_u;
COPY copy_u FROM stdin WITH CSV DELIMITER ';' NULL 'none' QUOTE '''';
8;'a;b';none;2022-01-02;f;'none'
\.
SELECT id, name, price, note FROM copy_u WHERE id = 8;
COPY copy_c (b, a) FROM stdin;
one	1
two	2
\.
SELECT * FROM copy_c ORDER BY a;

-- bad data: nothing of a failed COPY stays
COPY copy_t FROM stdin;
20	x	1	2020-01-01	t	n
21	y	abc	2020-01-01	t	n
\.
COPY copy_t FROM stdin;
20	z
\.
COPY copy_t FROM stdin;
20	z	1	2020-01-01	t	n	extra
\.
COPY copy_t FROM stdin;
20	x	1	2020-01-01	t	n
1	dup	1	2020-01-01	t	n
\.
COPY copy_t FROM stdin;
\N	nul	1	2020-01-01	t	n
\.
COPY copy_t FROM stdin;
20	x	1	2020-13-01	t	n
\.
COPY copy_t FROM stdin;
20	x	1	2020-01-01	maybe	n
\.
COPY copy_t FROM stdin;
20	x	1	2020-01-01	t	this note is far too long for twenty
\.
COPY copy_t FROM stdin (FORMAT csv);
20,"unterminated
\.
COPY copy_c (a, b) FROM stdin;
1	x
-1	y
\.
COPY copy_c (a, b) FROM stdin;
1	\N
\.
COPY copy_c FROM stdin;
1	x
\.
SELECT count(*) FROM copy_t;
SELECT count(*) FROM copy_c;

-- HEADER MATCH
COPY copy_c FROM stdin (FORMAT csv, HEADER MATCH);
a,b,c
10,ten,11
\.
COPY copy_c FROM stdin (FORMAT csv, HEADER MATCH);
a,x,c
\.
COPY copy_c (a, b) FROM stdin (HEADER MATCH);
a	b	c
\.
COPY copy_c FROM stdin (FORMAT csv, HEADER MATCH);
a,,c
\.

-- option errors
COPY copy_t (id, nosuch) FROM stdin;
COPY copy_t (id, id) FROM stdin;
COPY nosuch FROM stdin;
COPY copy_t FROM stdin (FORMAT xml);
COPY copy_t FROM stdin (FORMAT csv, FORMAT text);
COPY copy_t FROM stdin (DELIMITER 'ab');
COPY copy_t FROM stdin (DELIMITER 'a');
COPY copy_t FROM stdin (QUOTE '"');
COPY copy_t FROM stdin (ESCAPE '"');
COPY copy_t FROM stdin (FORMAT csv, QUOTE ',');
COPY copy_t FROM stdin (FORMAT csv, NULL 'a,b');
COPY copy_t FROM stdin (FORMAT csv, NULL 'a"b');
COPY copy_t FROM stdin (FORMAT binary, DELIMITER ',');
COPY copy_t FROM stdin (FORMAT binary, HEADER);
COPY copy_t TO stdout (FORCE_NOT_NULL (id));
COPY copy_t TO stdout (FORMAT csv, FORCE_NOT_NULL (id));
COPY copy_t FROM stdin (FORMAT csv, FORCE_QUOTE *);
COPY copy_t TO stdout (FORCE_QUOTE *);
COPY copy_t TO stdout (HEADER match);
COPY copy_t TO stdout (HEADER 2);
COPY copy_t TO stdout (FREEZE maybe);
COPY copy_t FROM stdin (bogus 1);
COPY copy_t FROM stdin (FORMAT csv, FORCE_NOT_NULL (nosuch));
COPY copy_t (id) FROM stdin (FORMAT csv, FORCE_NOT_NULL (name));
COPY copy_t (id) TO stdout (FORMAT csv, FORCE_QUOTE (name));
COPY (SELECT 1 AS a) TO stdout (FORMAT csv, FORCE_QUOTE (b));
COPY copy_t TO stdout (ENCODING 'nonsense');
COPY copy_t TO stdout (ENCODING 'UTF8', FORMAT csv);

-- transactions: a failed COPY fails the block
BEGIN;
COPY copy_c (a, b) FROM stdin;
20	twenty
\.
COPY copy_c (a, b) FROM stdin;
x	bad
\.
SELECT 1;
ROLLBACK;
SELECT * FROM copy_c ORDER BY a;
BEGIN;
TRUNCATE copy_c;
COPY copy_c FROM stdin WITH (FREEZE);
30	thirty	300
\.
COMMIT;
SELECT * FROM copy_c;

-- psql's \copy both ways, text, CSV and binary
\copy copy_t to '/tmp/augur_e2e_copy.csv' with csv header
TRUNCATE copy_u;
\copy copy_u from '/tmp/augur_e2e_copy.csv' with csv header
SELECT * FROM copy_u ORDER BY id;
\copy (SELECT id, name FROM copy_u ORDER BY id) to stdout
\copy copy_u (id, name) from stdin
100	from psql stdin
\.
SELECT id, name FROM copy_u WHERE id = 100;
\copy copy_t to '/tmp/augur_e2e_copy.bin' with binary
\! md5sum < /tmp/augur_e2e_copy.bin
TRUNCATE copy_u;
\copy copy_u from '/tmp/augur_e2e_copy.bin' with binary
SELECT * FROM copy_u ORDER BY id;
\copy (SELECT id, price, born, ok FROM copy_u WHERE id < 3 ORDER BY id) to '/tmp/augur_e2e_copy.bin' with (format binary)
\! md5sum < /tmp/augur_e2e_copy.bin
\! rm -f /tmp/augur_e2e_copy.csv /tmp/augur_e2e_copy.bin

-- bulk loads past augurdb's SST threshold (8192 rows): sorted, with a
-- duplicate (23505, nothing stays), rolled back, failing on a bad value,
-- TRUNCATE + unsorted COPY in one transaction, a unique secondary index
CREATE TABLE copy_big (aid int PRIMARY KEY, bid int DEFAULT 7, filler char(20) DEFAULT 'f');
\copy copy_big (aid) from program 'seq 1 50000'
SELECT count(*), sum(aid), min(aid), max(aid), sum(bid) FROM copy_big;
\copy copy_big (aid) from program 'seq 50001 80000; echo 60000'
SELECT count(*), max(aid) FROM copy_big;
BEGIN;
\copy copy_big (aid) from program 'seq 50001 90000'
SELECT count(*), max(aid) FROM copy_big;
ROLLBACK;
SELECT count(*), max(aid) FROM copy_big;
BEGIN;
\copy copy_big (aid) from program 'seq 50001 80000; echo x'
COMMIT;
SELECT count(*), max(aid) FROM copy_big;
BEGIN;
TRUNCATE copy_big;
\copy copy_big (aid) from program 'seq 60000 -1 1'
SELECT count(*) FROM copy_big WHERE aid > 59990;
COMMIT;
SELECT count(*), sum(aid), min(aid), max(aid) FROM copy_big;
BEGIN;
\copy copy_big (aid) from program 'seq 60001 70000'
UPDATE copy_big SET bid = 8 WHERE aid > 69995;
\copy copy_big (aid) from program 'seq 70001 80000'
COMMIT;
SELECT count(*), sum(aid), sum(bid), max(aid) FROM copy_big;
CREATE TABLE copy_big_u (id int PRIMARY KEY, code int UNIQUE);
\copy copy_big_u from program 'seq 1 20000 | awk ''{ print $1 "\t" $1 }''; printf "20001\t5\n"'
SELECT count(*) FROM copy_big_u;
\copy copy_big_u from program 'seq 1 20000 | awk ''{ print $1 "\t" $1 }'''
SELECT count(*), sum(code) FROM copy_big_u;
DROP TABLE copy_big;
DROP TABLE copy_big_u;

DROP TABLE copy_t;
DROP TABLE copy_u;
DROP TABLE copy_c;
