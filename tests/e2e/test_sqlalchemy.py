#!/usr/bin/python3
"""SQLAlchemy 1.4 workflow (Debian's python3-sqlalchemy, psycopg2 driver): metadata
create_all/drop_all, ORM insert/query/update/delete, and the Inspector's reflection
(get_table_names, get_columns, get_pk_constraint, get_indexes,
get_unique_constraints, get_check_constraints, has_table), which reads pg_catalog
with unnest()/generate_subscripts() in a SELECT list, pg_get_serial_sequence and
json_build_object. Every assertion holds on PostgreSQL 15 too.

Run with Debian's Python:
  AUGUR_PORT=5445 /usr/bin/python3 tests/e2e/test_sqlalchemy.py        (running server)
  AUGUR_BIN=path/to/augurdb /usr/bin/python3 tests/e2e/test_sqlalchemy.py
  AUGUR_PG=1 /usr/bin/python3 tests/e2e/test_sqlalchemy.py              (throw-away PG 15)
"""

import datetime as dt
import os
import sys
import unittest
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import augur_target  # noqa: E402

import sqlalchemy as sa  # noqa: E402
from sqlalchemy import orm  # noqa: E402

Base = orm.declarative_base()


class Customer(Base):
    __tablename__ = "sa_customers"
    id = sa.Column(sa.Integer, primary_key=True)
    email = sa.Column(sa.String(120), nullable=False, unique=True)
    name = sa.Column(sa.Text, nullable=False, server_default="anonymous")
    score = sa.Column(sa.Numeric(10, 2))
    # An integer check: pg_get_constraintdef(oid) without pretty prints casts
    # as (0)::numeric on PostgreSQL; augurdb always prints the pretty form.
    visits = sa.Column(sa.Integer, sa.CheckConstraint("visits >= 0", name="sa_customers_visits_check"))
    created = sa.Column(sa.DateTime(timezone=True), server_default=sa.func.now())
    active = sa.Column(sa.Boolean, nullable=False, server_default=sa.true())
    # No ForeignKey: FOREIGN KEY constraints are another helper's work in progress.
    orders = orm.relationship("Order", back_populates="customer", order_by="Order.line",
                              primaryjoin="Customer.id == foreign(Order.customer_id)")


class Order(Base):
    __tablename__ = "sa_orders"
    __table_args__ = (
        sa.UniqueConstraint("customer_id", "line", name="sa_orders_customer_line"),
        sa.Index("sa_orders_placed_idx", "placed"),
    )
    id = sa.Column(sa.BigInteger, sa.Identity(start=100), primary_key=True)
    customer_id = sa.Column(sa.Integer, nullable=False)
    line = sa.Column(sa.SmallInteger, nullable=False)
    amount = sa.Column(sa.Numeric(12, 2))
    placed = sa.Column(sa.Date)
    note = sa.Column(sa.String(30))
    customer = orm.relationship("Customer", back_populates="orders",
                                primaryjoin="foreign(Order.customer_id) == Customer.id")


class Pair(Base):
    __tablename__ = "sa_pairs"
    a = sa.Column(sa.Integer, primary_key=True)
    b = sa.Column(sa.String(10), primary_key=True)
    c = sa.Column(sa.Float)


TABLES = ["sa_customers", "sa_orders", "sa_pairs"]


def make_engine():
    p = augur_target.conn_params()
    url = sa.engine.URL.create("postgresql+psycopg2", username=p["user"], host=p["host"], port=p["port"],
                               database=p["dbname"])
    return sa.create_engine(url, future=True)


class SqlAlchemyTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.engine = make_engine()
        Base.metadata.drop_all(cls.engine)
        Base.metadata.create_all(cls.engine)

    @classmethod
    def tearDownClass(cls):
        Base.metadata.drop_all(cls.engine)
        cls.engine.dispose()

    # ---- create_all / drop_all / has_table

    def test_has_table_and_names(self):
        insp = sa.inspect(self.engine)
        for t in TABLES:
            self.assertTrue(insp.has_table(t), t)
        self.assertFalse(insp.has_table("sa_nope"))
        names = insp.get_table_names()
        for t in TABLES:
            self.assertIn(t, names)

    def test_drop_all_and_recreate(self):
        md = sa.MetaData()
        sa.Table("sa_temp", md, sa.Column("x", sa.Integer, primary_key=True), sa.Column("y", sa.Text))
        md.create_all(self.engine)
        self.assertTrue(sa.inspect(self.engine).has_table("sa_temp"))
        md.create_all(self.engine)  # checkfirst: no error
        md.drop_all(self.engine)
        self.assertFalse(sa.inspect(self.engine).has_table("sa_temp"))

    # ---- ORM

    def test_orm_insert_query_update_delete(self):
        with orm.Session(self.engine) as s:
            c1 = Customer(email="a@example.com", name="Ann", score=Decimal("10.50"))
            c2 = Customer(email="b@example.com", score=Decimal("0"))
            s.add_all([c1, c2])
            s.flush()
            self.assertIsNotNone(c1.id)
            s.add_all([Order(customer_id=c1.id, line=1, amount=Decimal("5.25"), placed=dt.date(2024, 1, 2)),
                       Order(customer_id=c1.id, line=2, amount=Decimal("7.00"), note="gift")])
            s.commit()
            ids = (c1.id, c2.id)

        with orm.Session(self.engine) as s:
            ann = s.execute(sa.select(Customer).where(Customer.email == "a@example.com")).scalar_one()
            self.assertEqual(ann.name, "Ann")
            self.assertTrue(ann.active)
            self.assertIsNotNone(ann.created)
            self.assertEqual([o.line for o in ann.orders], [1, 2])
            self.assertEqual(ann.orders[0].id, 100)  # Identity(start=100)
            anon = s.get(Customer, ids[1])
            self.assertEqual(anon.name, "anonymous")
            total = s.execute(sa.select(sa.func.sum(Order.amount)).where(Order.customer_id == ann.id)).scalar()
            self.assertEqual(total, Decimal("12.25"))

            ann.score = Decimal("11.00")
            s.execute(sa.update(Order).where(Order.line == 2).values(note="changed"))
            s.commit()

        with orm.Session(self.engine) as s:
            self.assertEqual(s.get(Customer, ids[0]).score, Decimal("11.00"))
            self.assertEqual(s.execute(sa.select(Order.note).where(Order.line == 2)).scalar(), "changed")
            s.delete(s.get(Customer, ids[1]))
            s.execute(sa.delete(Order).where(Order.customer_id == ids[0]))
            s.commit()
            self.assertEqual(s.execute(sa.select(sa.func.count()).select_from(Customer)).scalar(), 1)
            self.assertEqual(s.execute(sa.select(sa.func.count()).select_from(Order)).scalar(), 0)
            s.execute(sa.delete(Customer))
            s.commit()

    def test_integrity_error(self):
        with orm.Session(self.engine) as s:
            s.add(Customer(email="dup@example.com"))
            s.commit()
            s.add(Customer(email="dup@example.com"))
            with self.assertRaises(sa.exc.IntegrityError):
                s.commit()
            s.rollback()
            s.execute(sa.delete(Customer))
            s.commit()

    # ---- Inspector

    def test_get_columns(self):
        insp = sa.inspect(self.engine)
        cols = {c["name"]: c for c in insp.get_columns("sa_customers")}
        self.assertEqual(list(cols), ["id", "email", "name", "score", "visits", "created", "active"])
        self.assertIsInstance(cols["id"]["type"], sa.Integer)
        self.assertTrue(cols["id"]["autoincrement"])
        self.assertIn("nextval('sa_customers_id_seq'::regclass)", cols["id"]["default"])
        self.assertFalse(cols["id"]["nullable"])
        self.assertIsInstance(cols["email"]["type"], sa.String)
        self.assertEqual(cols["email"]["type"].length, 120)
        self.assertFalse(cols["email"]["nullable"])
        self.assertEqual(cols["name"]["default"], "'anonymous'::text")
        self.assertIsInstance(cols["score"]["type"], sa.Numeric)
        self.assertEqual((cols["score"]["type"].precision, cols["score"]["type"].scale), (10, 2))
        self.assertTrue(cols["score"]["nullable"])
        self.assertIsInstance(cols["created"]["type"], sa.DateTime)
        self.assertTrue(cols["created"]["type"].timezone)
        self.assertEqual(cols["created"]["default"], "now()")
        self.assertIsInstance(cols["active"]["type"], sa.Boolean)
        self.assertEqual(cols["active"]["default"], "true")

        ocols = {c["name"]: c for c in insp.get_columns("sa_orders")}
        self.assertIsInstance(ocols["id"]["type"], sa.BigInteger)
        self.assertIsNone(ocols["id"]["default"])
        identity = ocols["id"]["identity"]
        self.assertEqual((identity["always"], identity["start"], identity["increment"]), (False, 100, 1))
        self.assertIsInstance(ocols["line"]["type"], sa.SmallInteger)
        self.assertIsInstance(ocols["placed"]["type"], sa.Date)
        self.assertNotIn("identity", ocols["line"])

    def test_get_pk_constraint(self):
        insp = sa.inspect(self.engine)
        self.assertEqual(insp.get_pk_constraint("sa_customers"),
                         {"constrained_columns": ["id"], "name": "sa_customers_pkey"})
        self.assertEqual(insp.get_pk_constraint("sa_pairs"),
                         {"constrained_columns": ["a", "b"], "name": "sa_pairs_pkey"})

    def test_get_indexes(self):
        insp = sa.inspect(self.engine)
        indexes = {i["name"]: i for i in insp.get_indexes("sa_orders")}
        self.assertEqual(indexes["sa_orders_placed_idx"]["column_names"], ["placed"])
        self.assertFalse(indexes["sa_orders_placed_idx"]["unique"])
        # A unique constraint's index is reported with duplicates_constraint.
        unique = indexes["sa_orders_customer_line"]
        self.assertEqual(unique["column_names"], ["customer_id", "line"])
        self.assertTrue(unique["unique"])
        self.assertEqual(unique.get("duplicates_constraint"), "sa_orders_customer_line")
        self.assertNotIn("sa_orders_pkey", indexes)

    def test_get_unique_constraints(self):
        insp = sa.inspect(self.engine)
        self.assertEqual(insp.get_unique_constraints("sa_orders"),
                         [{"name": "sa_orders_customer_line", "column_names": ["customer_id", "line"]}])
        self.assertEqual(insp.get_unique_constraints("sa_customers"),
                         [{"name": "sa_customers_email_key", "column_names": ["email"]}])

    def test_get_check_constraints(self):
        insp = sa.inspect(self.engine)
        self.assertEqual(insp.get_check_constraints("sa_customers"),
                         [{"name": "sa_customers_visits_check", "sqltext": "visits >= 0"}])
        self.assertEqual(insp.get_check_constraints("sa_pairs"), [])

    def test_information_schema(self):
        # RowDescription carries the information_schema domains' base types:
        # sql_identifier name(19), cardinal_number int4(23), character_data
        # varchar(1043, typmod -1), yes_or_no varchar(3) (1043, typmod 7).
        with self.engine.connect() as conn:
            cur = conn.connection.cursor()
            cur.execute("SELECT table_name, column_name, ordinal_position, data_type, is_nullable, "
                        "character_maximum_length FROM information_schema.columns "
                        "WHERE table_name = 'sa_orders' ORDER BY ordinal_position")
            self.assertEqual([(d.type_code, d.internal_size) for d in cur.description],
                             [(19, 64), (19, 64), (23, 4), (1043, -1), (1043, 3), (23, 4)])
            self.assertEqual(cur.fetchall(), [
                ("sa_orders", "id", 1, "bigint", "NO", None),
                ("sa_orders", "customer_id", 2, "integer", "NO", None),
                ("sa_orders", "line", 3, "smallint", "NO", None),
                ("sa_orders", "amount", 4, "numeric", "YES", None),
                ("sa_orders", "placed", 5, "date", "YES", None),
                ("sa_orders", "note", 6, "character varying", "YES", 30)])
            cur.execute("SELECT tc.constraint_type, kcu.column_name FROM information_schema.table_constraints tc "
                        "JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name "
                        "WHERE tc.table_name = 'sa_pairs' ORDER BY kcu.ordinal_position")
            self.assertEqual(cur.fetchall(), [("PRIMARY KEY", "a"), ("PRIMARY KEY", "b")])
            cur.close()

    def test_reflect_table(self):
        md = sa.MetaData()
        t = sa.Table("sa_pairs", md, autoload_with=self.engine)
        self.assertEqual([c.name for c in t.columns], ["a", "b", "c"])
        self.assertEqual([c.name for c in t.primary_key.columns], ["a", "b"])
        with self.engine.begin() as conn:
            conn.execute(t.insert(), [{"a": 1, "b": "x", "c": 1.5}, {"a": 2, "b": "y", "c": None}])
            rows = conn.execute(sa.select(t).order_by(t.c.a)).all()
            self.assertEqual([tuple(r) for r in rows], [(1, "x", 1.5), (2, "y", None)])
            conn.execute(t.delete())

    def test_get_foreign_keys(self):
        with self.engine.begin() as conn:
            conn.exec_driver_sql("DROP TABLE IF EXISTS sa_fk_child")
            conn.exec_driver_sql("DROP TABLE IF EXISTS sa_fk_parent")
            conn.exec_driver_sql("CREATE TABLE sa_fk_parent (id int PRIMARY KEY, code text UNIQUE)")
            conn.exec_driver_sql(
                "CREATE TABLE sa_fk_child (id int PRIMARY KEY, pid int REFERENCES sa_fk_parent ON DELETE CASCADE, "
                "pcode text, CONSTRAINT sa_fk_code FOREIGN KEY (pcode) REFERENCES sa_fk_parent (code) "
                "DEFERRABLE INITIALLY DEFERRED)")
        try:
            fks = sorted(sa.inspect(self.engine).get_foreign_keys("sa_fk_child"), key=lambda f: f["name"])
            self.assertEqual(fks, [
                {"name": "sa_fk_child_pid_fkey", "constrained_columns": ["pid"], "referred_schema": None,
                 "referred_table": "sa_fk_parent", "referred_columns": ["id"], "options": {"ondelete": "CASCADE"}},
                {"name": "sa_fk_code", "constrained_columns": ["pcode"], "referred_schema": None,
                 "referred_table": "sa_fk_parent", "referred_columns": ["code"],
                 "options": {"initially": "DEFERRED", "deferrable": True}},
            ])
            t = sa.Table("sa_fk_child", sa.MetaData(), autoload_with=self.engine)
            self.assertEqual(sorted(fk.target_fullname for fk in t.foreign_keys),
                             ["sa_fk_parent.code", "sa_fk_parent.id"])
        finally:
            with self.engine.begin() as conn:
                conn.exec_driver_sql("DROP TABLE sa_fk_child")
                conn.exec_driver_sql("DROP TABLE sa_fk_parent")


if __name__ == "__main__":
    augur_target.ensure_target()
    result = unittest.main(verbosity=2, exit=False).result
    failed = len(result.failures) + len(result.errors)
    passed = result.testsRun - failed - len(result.skipped)
    print("test_sqlalchemy: %s (%d of %d tests ok)" % ("FAIL" if failed else "PASS", passed, result.testsRun))
    sys.exit(1 if failed else 0)
