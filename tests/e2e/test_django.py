#!/usr/bin/python3
"""Django 3.2 (Debian's python3-django, psycopg2 backend) against the server: a
project with an app of three models (a ForeignKey, a ManyToManyField, unique
fields) built in a temporary directory, then
  * `manage.py migrate`: Django's own apps and ours; its foreign keys are
    created DEFERRABLE INITIALLY DEFERRED with ALTER TABLE ... ADD CONSTRAINT;
  * ORM work through `manage.py shell`: creates, bulk_create, M2M, annotate /
    aggregate, Q and F expressions, nested atomic() blocks (savepoints), an
    IntegrityError, connection.check_constraints() (SET CONSTRAINTS ALL
    IMMEDIATE), prefetch, a cascading delete; the printed results are what
    PostgreSQL 15 prints for the same script;
  * QuerySet.iterator() in autocommit mode, which reads through a server-side
    cursor DECLAREd WITH HOLD and FETCHed 2,000 rows at a time;
  * `manage.py test`: CREATE DATABASE test_<name>, migrations, serializing the
    test database through a WITH HOLD cursor, TestCase (transactions and
    savepoints), TransactionTestCase (TRUNCATE between tests), a deferred
    foreign-key violation found by check_constraints(), DROP DATABASE;
  * a second migration that alters fields (a unique constraint dropped, an
    index added, lengths changed, columns added) and its reversal, read back
    with `manage.py inspectdb`, whose introspection unnests pg_index's
    indkey and indoption together (unnest with two arrays in FROM).
Every assertion holds on PostgreSQL 15 too.

Run with Debian's Python:
  AUGUR_PORT=5445 /usr/bin/python3 tests/e2e/test_django.py        (running server)
  AUGUR_PG=1 /usr/bin/python3 tests/e2e/test_django.py              (throw-away PG 15)
"""

import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import augur_target  # noqa: E402

import psycopg2  # noqa: E402

SETTINGS = """
import os
SECRET_KEY = 'augurdb-e2e'
DEBUG = False
USE_TZ = True
INSTALLED_APPS = ['shop', 'django.contrib.admin', 'django.contrib.auth', 'django.contrib.contenttypes',
                  'django.contrib.sessions', 'django.contrib.messages']
DATABASES = {'default': {
    'ENGINE': 'django.db.backends.postgresql',
    'HOST': os.environ['AUGUR_HOST'], 'PORT': os.environ['AUGUR_PORT'],
    'USER': os.environ['AUGUR_USER'], 'NAME': os.environ['AUGUR_DB'],
    'TEST': {'NAME': 'django_e2e_test'},
}}
DEFAULT_AUTO_FIELD = 'django.db.models.AutoField'
MIDDLEWARE = ['django.contrib.sessions.middleware.SessionMiddleware',
              'django.contrib.auth.middleware.AuthenticationMiddleware',
              'django.contrib.messages.middleware.MessageMiddleware']
TEMPLATES = [{'BACKEND': 'django.template.backends.django.DjangoTemplates', 'APP_DIRS': True,
              'OPTIONS': {'context_processors': ['django.contrib.auth.context_processors.auth',
                                                 'django.contrib.messages.context_processors.messages',
                                                 'django.template.context_processors.request']}}]
"""

MODELS = """
from django.db import models

class Author(models.Model):
    name = models.CharField(max_length=100, unique=True)
    born = models.DateField(null=True)

class Tag(models.Model):
    label = models.SlugField(unique=True)

class Book(models.Model):
    title = models.CharField(max_length=200)
    author = models.ForeignKey(Author, on_delete=models.CASCADE, related_name='books')
    price = models.DecimalField(max_digits=8, decimal_places=2)
    published = models.DateTimeField(auto_now_add=True)
    tags = models.ManyToManyField(Tag, blank=True)
"""

TESTS = """
from decimal import Decimal
from django.db import IntegrityError, connection, transaction
from django.test import TestCase, TransactionTestCase
from shop.models import Author, Book

class ShopTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.author = Author.objects.create(name='A')

    def test_books(self):
        Book.objects.create(title='x', author=self.author, price=Decimal('1.5'))
        self.assertEqual(self.author.books.count(), 1)

    def test_unique(self):
        with self.assertRaises(IntegrityError):
            with transaction.atomic():
                Author.objects.create(name='A')
        self.assertEqual(Author.objects.count(), 1)

    def test_deferred_foreign_key(self):
        with self.assertRaises(IntegrityError):
            with transaction.atomic():
                Book.objects.create(title='orphan', author_id=999, price=1)
                connection.check_constraints()

class ShopTransactionTests(TransactionTestCase):
    def test_commit(self):
        Author.objects.create(name='T')
        self.assertEqual(Author.objects.filter(name='T').count(), 1)

    def test_empty_again(self):
        self.assertEqual(Author.objects.count(), 0)
"""

ORM_SCRIPT = """
from decimal import Decimal
from django.db import transaction, connection
from django.db.models import Count, Sum, Avg, Q, F
from shop.models import Author, Book, Tag
Book.objects.all().delete(); Author.objects.all().delete(); Tag.objects.all().delete()
a = Author.objects.create(name='Ursula', born='1929-10-21')
b = Author.objects.create(name='Iain')
t1 = Tag.objects.create(label='sf'); t2 = Tag.objects.create(label='classic')
bk = Book.objects.create(title='Dispossessed', author=a, price=Decimal('12.50'))
bk.tags.add(t1, t2)
Book.objects.create(title='Excession', author=b, price=Decimal('9.99')).tags.add(t1)
Book.objects.bulk_create([Book(title=f'B{i}', author=b, price=Decimal(i)) for i in range(5)])
print(list(Author.objects.annotate(n=Count('books')).order_by('name').values_list('name', 'n')))
print(Book.objects.aggregate(s=Sum('price'), a=Avg('price')))
print(list(Book.objects.filter(tags__label='sf').order_by('title').values_list('title', flat=True)))
print(list(Book.objects.filter(Q(price__gt=5) | Q(author__name__startswith='U')).select_related('author')
           .order_by('-price').values_list('title', 'author__name')[:3]))
Book.objects.filter(author=b).update(price=F('price') + 1)
print(Book.objects.filter(author=b).aggregate(Sum('price')))
with transaction.atomic():
    c = Author.objects.create(name='Octavia')
    with transaction.atomic():
        Book.objects.create(title='Kindred', author=c, price=Decimal('7'))
try:
    with transaction.atomic():
        Author.objects.create(name='Ursula')
except Exception as e:
    print('duplicate:', type(e).__name__)
connection.check_constraints()
print(Author.objects.get(name='Octavia').books.count(), Author.objects.count())
print(list(Tag.objects.prefetch_related('book_set').order_by('label').values_list('label', flat=True)))
print(Author.objects.filter(born__isnull=True).count())
a.delete()
print(Book.objects.count(), Tag.objects.count())
Book.objects.bulk_create([Book(title=f'I{i}', author=b, price=i % 100) for i in range(4500)])
print(sum(1 for _ in Book.objects.filter(author=b).order_by('id').iterator()))
print(sum(int(x.price) for x in Book.objects.filter(title__startswith='I').iterator(chunk_size=1000)))
"""

ORM_EXPECTED = textwrap.dedent("""\
    [('Iain', 6), ('Ursula', 1)]
    {'s': Decimal('32.49'), 'a': Decimal('4.6414285714285714')}
    ['Dispossessed', 'Excession']
    [('Dispossessed', 'Ursula'), ('Excession', 'Iain')]
    {'price__sum': Decimal('25.99')}
    duplicate: IntegrityError
    1 3
    ['classic', 'sf']
    2
    7 2
    4506
    222750
    """)


class DjangoTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        params = augur_target.conn_params()
        cls.env = dict(os.environ, AUGUR_HOST=params["host"], AUGUR_PORT=str(params["port"]),
                       AUGUR_USER=params["user"], AUGUR_DB=params["dbname"], PYTHONDONTWRITEBYTECODE="1")
        cls.params = params
        cls.project = tempfile.mkdtemp(prefix="augur-django-")
        os.makedirs(os.path.join(cls.project, "proj"))
        os.makedirs(os.path.join(cls.project, "shop", "migrations"))
        files = {
            "manage.py": "import os, sys\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'proj.settings')\n"
                         "from django.core.management import execute_from_command_line\n"
                         "execute_from_command_line(sys.argv)\n",
            "proj/__init__.py": "", "proj/settings.py": SETTINGS,
            "shop/__init__.py": "", "shop/migrations/__init__.py": "", "shop/models.py": MODELS,
            "shop/tests.py": TESTS,
        }
        for name, text in files.items():
            with open(os.path.join(cls.project, name), "w") as f:
                f.write(text)
        cls.manage("makemigrations", "shop")
        cls.drop_tables()

    @classmethod
    def tearDownClass(cls):
        cls.drop_tables()
        shutil.rmtree(cls.project, ignore_errors=True)

    @classmethod
    def manage(cls, *args, stdin=None):
        result = subprocess.run([sys.executable, "manage.py", *args], cwd=cls.project, env=cls.env, input=stdin,
                                capture_output=True, text=True, timeout=240)
        if result.returncode != 0:
            raise AssertionError("manage.py %s failed:\n%s%s" % (" ".join(args), result.stdout, result.stderr))
        return result.stdout

    @classmethod
    def drop_tables(cls):
        conn = psycopg2.connect(**cls.params)
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND "
                        "(tablename LIKE 'shop\\_%' OR tablename LIKE 'auth\\_%' OR tablename LIKE 'django\\_%')")
            for (name,) in cur.fetchall():
                cur.execute('DROP TABLE IF EXISTS "%s" CASCADE' % name)
            cur.execute("DROP DATABASE IF EXISTS django_e2e_test")
        conn.close()

    def test_1_migrate(self):
        out = self.manage("migrate", "--noinput")
        self.assertIn("Applying shop.0001_initial... OK", out)
        conn = psycopg2.connect(**self.params)
        with conn.cursor() as cur:
            cur.execute("SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND condeferrable AND condeferred "
                        "AND conrelid = 'shop_book'::regclass")
            self.assertEqual(cur.fetchone()[0], 1)
        conn.close()

    def test_2_orm(self):
        out = self.manage("shell", stdin=ORM_SCRIPT)
        self.assertEqual(out, ORM_EXPECTED)

    def test_3_test_runner(self):
        result = subprocess.run([sys.executable, "manage.py", "test", "shop", "--noinput", "-v", "2"],
                                cwd=self.project, env=self.env, capture_output=True, text=True, timeout=300)
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertIn("Ran 5 tests", result.stderr)
        self.assertIn("OK", result.stderr)

    def test_4_altering_migration(self):
        models_path = os.path.join(self.project, "shop", "models.py")
        altered = MODELS.replace("name = models.CharField(max_length=100, unique=True)",
                                 "name = models.CharField(max_length=120, db_index=True)")
        altered = altered.replace("title = models.CharField(max_length=200)",
                                  "title = models.CharField(max_length=300)\n"
                                  "    isbn = models.CharField(max_length=20, null=True, unique=True)\n"
                                  "    pages = models.IntegerField(default=100)")
        altered = altered.replace("label = models.SlugField(unique=True)",
                                  "label = models.SlugField(unique=True)\n\n"
                                  "    class Meta:\n"
                                  "        indexes = [models.Index(fields=['label'], name='tag_label_idx')]")
        with open(models_path, "w") as f:
            f.write(altered)
        self.manage("makemigrations", "shop", "--name", "alter")
        self.manage("migrate", "--noinput")
        out = self.manage("inspectdb", "shop_author", "shop_book", "shop_tag")
        for line in ["    name = models.CharField(max_length=120)",
                     "    title = models.CharField(max_length=300)",
                     "    author = models.ForeignKey(ShopAuthor, models.DO_NOTHING)",
                     "    isbn = models.CharField(unique=True, max_length=20, blank=True, null=True)",
                     "    pages = models.IntegerField()",
                     "    label = models.CharField(unique=True, max_length=50)"]:
            self.assertIn(line + "\n", out)
        self.assertEqual(self.index_count("tag_label_idx"), 1)
        self.manage("migrate", "shop", "0001", "--noinput")
        out = self.manage("inspectdb", "shop_author", "shop_book")
        self.assertIn("    name = models.CharField(unique=True, max_length=100)\n", out)
        self.assertNotIn("isbn", out)
        self.assertEqual(self.index_count("tag_label_idx"), 0)

    def index_count(self, name):
        conn = psycopg2.connect(**self.params)
        with conn.cursor() as cur:
            cur.execute("SELECT count(*) FROM pg_indexes WHERE indexname = %s", [name])
            count = cur.fetchone()[0]
        conn.close()
        return count


if __name__ == "__main__":
    unittest.main(verbosity=2)
