// Catalog tests: CREATE/DROP TABLE and INDEX with PostgreSQL's names and
// errors, transactional DDL, persistence across reopen, concurrency.
#include "catalog/catalog.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include "common/key_codec.h"

namespace augur::catalog {
namespace {

using types::SqlType;

class CatalogTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char pattern[] = "/tmp/augur-catalog-test-XXXXXX";
    ASSERT_NE(mkdtemp(pattern), nullptr);
    dir_ = pattern;
    Reopen();
  }
  void TearDown() override {
    catalog_.reset();
    db_.reset();
    std::filesystem::remove_all(dir_);
  }
  void Reopen() {
    catalog_.reset();
    db_.reset();
    auto db = storage::Database::Open(dir_);
    ASSERT_TRUE(db.ok()) << db.status().ToString();
    db_ = std::move(db).value();
    auto catalog = Catalog::Open(db_.get());
    ASSERT_TRUE(catalog.ok()) << catalog.status().ToString();
    catalog_ = std::move(catalog).value();
  }
  static ColumnDefinition Int(std::string name) { return {std::move(name), SqlType::Of(types::kInt4Oid), false, std::nullopt}; }
  static ColumnDefinition Text(std::string name) { return {std::move(name), SqlType::Of(types::kTextOid), false, std::nullopt}; }

  // CREATE TABLE t (id int PRIMARY KEY, a int UNIQUE, b text CHECK (b <> ''), CHECK (a > 0 AND id > 0), CHECK (true))
  TableDefinition Sample(std::string name = "t") {
    TableDefinition def;
    def.name = std::move(name);
    def.columns = {Int("id"), Int("a"), Text("b")};
    def.primary_key = KeyConstraintDefinition{std::nullopt, {"id"}};
    def.unique_constraints = {{std::nullopt, {"a"}}};
    def.checks = {{std::nullopt, "b <> ''", {"b"}}, {std::nullopt, "a > 0 AND id > 0", {"a", "id"}},
                  {std::nullopt, "true", {}}};
    return def;
  }

  Result<std::shared_ptr<const Table>> CreateCommitted(const TableDefinition& def) {
    auto txn = db_->Begin();
    auto table = catalog_->CreateTable(txn.get(), def);
    if (!table.ok()) return table;
    RETURN_IF_ERROR(txn->Commit());
    return table;
  }

  std::string dir_;
  std::unique_ptr<storage::Database> db_;
  std::unique_ptr<Catalog> catalog_;
};

TEST_F(CatalogTest, CreateTableNamesConstraintsLikePostgres) {
  auto table = CreateCommitted(Sample());
  ASSERT_TRUE(table.ok()) << table.status().ToString();
  const Table& t = **table;
  EXPECT_GE(t.oid, kFirstNormalObjectId);
  EXPECT_EQ(t.schema_oid, kPublicNamespaceOid);
  EXPECT_EQ(t.schema_name, "public");
  ASSERT_EQ(t.columns.size(), 3u);
  EXPECT_EQ(t.columns[2].attnum, 3);
  EXPECT_TRUE(t.columns[0].not_null);  // primary key implies NOT NULL
  EXPECT_FALSE(t.columns[1].not_null);
  EXPECT_FALSE(t.hidden_row_id);
  ASSERT_EQ(t.indexes.size(), 2u);
  EXPECT_EQ(t.indexes[0].name, "t_pkey");
  EXPECT_TRUE(t.indexes[0].primary);
  EXPECT_EQ(t.indexes[1].name, "t_a_key");
  EXPECT_TRUE(t.indexes[1].unique);
  ASSERT_EQ(t.checks.size(), 3u);
  EXPECT_EQ(t.checks[0].name, "t_b_check");
  EXPECT_EQ(t.checks[1].name, "t_check");  // two columns: no column in the name
  EXPECT_EQ(t.checks[2].name, "t_check1");
  EXPECT_EQ(t.primary_key()->attnums, (std::vector<int16_t>{1}));
  // Storage view.
  ASSERT_NE(t.storage, nullptr);
  EXPECT_EQ(t.storage->table_id, t.oid);
  EXPECT_EQ(t.storage->primary_key, (std::vector<int>{0}));
  EXPECT_EQ(t.storage->primary_key_name, "t_pkey");
  ASSERT_EQ(t.storage->indexes.size(), 1u);
  EXPECT_EQ(t.storage->indexes[0].name, "t_a_key");
  EXPECT_EQ(t.storage->indexes[0].columns, (std::vector<int>{1}));
  EXPECT_EQ(t.storage->layout.size(), 3u);
}

TEST_F(CatalogTest, NameCollisionsGetNumberedSuffixes) {
  TableDefinition u;
  u.name = "u";
  u.columns = {Int("x")};
  ASSERT_TRUE(CreateCommitted(u).ok());
  {
    auto txn = db_->Begin();
    IndexDefinition index{"", std::string("t_a_key"), "u", {"x"}, false, false};
    ASSERT_TRUE(catalog_->CreateIndex(txn.get(), index).ok());
    ASSERT_TRUE(txn->Commit().ok());
  }
  TableDefinition def = Sample();
  def.checks.push_back({std::nullopt, "b <> 'x' AND b <> 'y'", {"b", "b"}});  // one distinct column: t_b_check1
  auto table = CreateCommitted(def);
  ASSERT_TRUE(table.ok()) << table.status().ToString();
  EXPECT_EQ((*table)->indexes[1].name, "t_a_key1");
  EXPECT_EQ((*table)->checks[3].name, "t_b_check1");
  // A UNIQUE on the primary key columns is redundant and dropped.
  TableDefinition v;
  v.name = "v";
  v.columns = {Int("id")};
  v.primary_key = KeyConstraintDefinition{std::nullopt, {"id"}};
  v.unique_constraints = {{std::nullopt, {"id"}}};
  auto vt = CreateCommitted(v);
  ASSERT_TRUE(vt.ok());
  EXPECT_EQ((*vt)->indexes.size(), 1u);
  // Multi-column unique constraint name.
  TableDefinition w;
  w.name = "w";
  w.columns = {Int("a"), Int("b")};
  w.unique_constraints = {{std::nullopt, {"a", "b"}}};
  auto wt = CreateCommitted(w);
  ASSERT_TRUE(wt.ok());
  EXPECT_EQ((*wt)->indexes[0].name, "w_a_b_key");
  EXPECT_TRUE((*wt)->hidden_row_id);
  EXPECT_TRUE((*wt)->storage->has_hidden_row_id());
}

TEST_F(CatalogTest, MakeObjectNameTruncatesLikePostgres) {
  std::string long_table(70, 't');
  std::string long_column(70, 'c');
  std::string name = MakeObjectName(long_table, long_column, "key");
  EXPECT_EQ(name.size(), 63u);
  EXPECT_EQ(name, std::string(29, 't') + "_" + std::string(29, 'c') + "_key");
  EXPECT_EQ(MakeObjectName("t", "", "pkey"), "t_pkey");
  EXPECT_EQ(MakeObjectName(std::string(70, 'x'), "", "pkey"), std::string(58, 'x') + "_pkey");
  // Never split a UTF-8 character: "é" is 2 bytes.
  std::string accented;
  for (int i = 0; i < 40; ++i) accented += "\xc3\xa9";
  std::string clipped = MakeObjectName(accented, "", "pkey");
  EXPECT_EQ(clipped, accented.substr(0, 58) + "_pkey");
}

TEST_F(CatalogTest, ErrorsMatchPostgres) {
  ASSERT_TRUE(CreateCommitted(Sample()).ok());
  auto txn = db_->Begin();
  auto dup = catalog_->CreateTable(txn.get(), Sample());
  EXPECT_EQ(dup.status().sqlstate(), sqlstate::kDuplicateTable);
  EXPECT_EQ(dup.status().message(), "relation \"t\" already exists");
  txn->Rollback();

  txn = db_->Begin();
  TableDefinition again = Sample();
  again.if_not_exists = true;
  Status notice;
  auto existing = catalog_->CreateTable(txn.get(), again, &notice);
  ASSERT_TRUE(existing.ok());
  EXPECT_EQ(notice.message(), "relation \"t\" already exists, skipping");
  EXPECT_EQ((*existing)->name, "t");

  TableDefinition bad_column;
  bad_column.name = "x";
  bad_column.columns = {Int("a"), Int("a")};
  EXPECT_EQ(catalog_->CreateTable(txn.get(), bad_column).status().message(), "column \"a\" specified more than once");
  TableDefinition bad_key;
  bad_key.name = "y";
  bad_key.columns = {Int("a")};
  bad_key.primary_key = KeyConstraintDefinition{std::nullopt, {"nope"}};
  auto missing_key = catalog_->CreateTable(txn.get(), bad_key);
  EXPECT_EQ(missing_key.status().sqlstate(), sqlstate::kUndefinedColumn);
  EXPECT_EQ(missing_key.status().message(), "column \"nope\" named in key does not exist");

  EXPECT_EQ(catalog_->DropTable(txn.get(), "", "nope", false).message(), "table \"nope\" does not exist");
  EXPECT_EQ(catalog_->DropTable(txn.get(), "", "nope", false).sqlstate(), sqlstate::kUndefinedTable);
  Status drop_notice;
  EXPECT_TRUE(catalog_->DropTable(txn.get(), "", "nope", true, &drop_notice).ok());
  EXPECT_EQ(drop_notice.message(), "table \"nope\" does not exist, skipping");
  EXPECT_EQ(catalog_->DropTable(txn.get(), "", "t_pkey", false).message(), "\"t_pkey\" is not a table");

  auto lookup = catalog_->LookupTable(txn.get(), "", "nope");
  EXPECT_EQ(lookup.status().message(), "relation \"nope\" does not exist");
  EXPECT_EQ(catalog_->LookupTable(txn.get(), "public", "nope").status().message(),
            "relation \"public.nope\" does not exist");
  EXPECT_EQ(catalog_->LookupSchema(txn.get(), "nope").status().message(), "schema \"nope\" does not exist");
  Status drop_constraint_index = catalog_->DropIndex(txn.get(), "", "t_a_key", false);
  EXPECT_EQ(drop_constraint_index.sqlstate(), "2BP01");
  EXPECT_EQ(drop_constraint_index.message(), "cannot drop index t_a_key because constraint t_a_key on table t requires it");
  EXPECT_EQ(catalog_->DropIndex(txn.get(), "", "nope", false).message(), "index \"nope\" does not exist");
}

TEST_F(CatalogTest, DdlIsTransactional) {
  const uint64_t version_before = catalog_->version();
  auto txn = db_->Begin();
  ASSERT_TRUE(catalog_->CreateTable(txn.get(), Sample()).ok());
  // Visible to its own transaction only.
  EXPECT_TRUE(catalog_->LookupTable(txn.get(), "", "t").ok());
  EXPECT_FALSE(catalog_->LookupTable(nullptr, "", "t").ok());
  auto other = db_->Begin();
  EXPECT_FALSE(catalog_->LookupTable(other.get(), "", "t").ok());
  txn->Rollback();
  EXPECT_FALSE(catalog_->LookupTable(nullptr, "", "t").ok());
  EXPECT_EQ(catalog_->version(), version_before);

  auto txn2 = db_->Begin();
  ASSERT_TRUE(catalog_->CreateTable(txn2.get(), Sample()).ok());
  ASSERT_TRUE(txn2->Commit().ok());
  EXPECT_GT(catalog_->version(), version_before);
  EXPECT_TRUE(catalog_->LookupTable(nullptr, "", "t").ok());
  EXPECT_EQ(catalog_->ListTables(nullptr).size(), 1u);

  // DROP inside a rolled-back transaction leaves the table.
  auto txn3 = db_->Begin();
  ASSERT_TRUE(catalog_->DropTable(txn3.get(), "", "t", false).ok());
  EXPECT_FALSE(catalog_->LookupTable(txn3.get(), "", "t").ok());
  txn3->Rollback();
  EXPECT_TRUE(catalog_->LookupTable(nullptr, "", "t").ok());
}

TEST_F(CatalogTest, SurvivesRestartAndOidsAreNotReused) {
  auto created = CreateCommitted(Sample());
  ASSERT_TRUE(created.ok());
  const uint32_t first_oid = (*created)->oid;
  {
    auto txn = db_->Begin();
    auto t = *catalog_->LookupTable(txn.get(), "", "t");
    std::vector<types::Value> row = {types::Value::Int4(1), types::Value::Int4(5), types::Value::Text("x")};
    ASSERT_TRUE(txn->InsertValues(*t->storage, row).ok());
    ASSERT_TRUE(txn->Commit().ok());
  }
  Reopen();
  auto txn = db_->Begin();
  auto table = catalog_->LookupTable(txn.get(), "", "t");
  ASSERT_TRUE(table.ok()) << table.status().ToString();
  EXPECT_EQ((*table)->oid, first_oid);
  EXPECT_EQ((*table)->indexes[1].name, "t_a_key");
  EXPECT_EQ((*table)->checks[0].expression_sql, "b <> ''");
  // Data and the unique index still work after restart.
  std::vector<types::Value> dup = {types::Value::Int4(2), types::Value::Int4(5), types::Value::Text("y")};
  Status status = txn->InsertValues(*(*table)->storage, dup);
  EXPECT_EQ(status.message(), "duplicate key value violates unique constraint \"t_a_key\"");
  txn->Rollback();
  auto second = CreateCommitted(Sample("t2"));
  ASSERT_TRUE(second.ok());
  EXPECT_GT((*second)->oid, (*table)->indexes.back().oid);
}

TEST_F(CatalogTest, ViewsAreTransactionalPersistAndShareTheRelationNames) {
  ViewDefinition def;
  def.name = "v";
  def.query = "SELECT 1 AS a";
  def.columns = {{"a", "a", types::SqlType::Of(types::kInt4Oid)}};
  def.check_option = 'l';
  {
    auto txn = db_->Begin();
    ASSERT_TRUE(catalog_->CreateView(txn.get(), def).ok());
    txn->Rollback();
  }
  EXPECT_EQ(*catalog_->LookupView(nullptr, "", "v"), nullptr);
  auto txn = db_->Begin();
  auto created = catalog_->CreateView(txn.get(), def);
  ASSERT_TRUE(created.ok()) << created.status().ToString();
  ASSERT_TRUE(txn->Commit().ok());
  Reopen();
  auto view = catalog_->LookupView(nullptr, "", "v");
  ASSERT_TRUE(view.ok() && *view != nullptr);
  EXPECT_EQ((*view)->oid, (*created)->oid);
  EXPECT_EQ((*view)->query, "SELECT 1 AS a");
  ASSERT_EQ((*view)->columns.size(), 1u);
  EXPECT_EQ((*view)->columns[0].type.oid, types::kInt4Oid);
  EXPECT_EQ((*view)->check_option, 'l');
  EXPECT_EQ(catalog_->ListViews(nullptr).size(), 1u);
  // The name is taken for tables, and a view is not a table.
  EXPECT_EQ(CreateCommitted(Sample("v")).status().sqlstate(), "42P07");
  EXPECT_EQ(catalog_->LookupTable(nullptr, "", "v").status().sqlstate(), "42809");
  // OR REPLACE keeps the oid and may add columns at the end only.
  txn = db_->Begin();
  def.replace = true;
  def.query = "SELECT 1 AS a, 2 AS b";
  def.columns.push_back({"b", "b", types::SqlType::Of(types::kInt4Oid)});
  auto replaced = catalog_->CreateView(txn.get(), def);
  ASSERT_TRUE(replaced.ok());
  EXPECT_EQ((*replaced)->oid, (*created)->oid);
  def.columns.erase(def.columns.begin());
  EXPECT_EQ(catalog_->CreateView(txn.get(), def).status().sqlstate(), "42P16");
  Status drop_table = catalog_->DropTable(txn.get(), "", "v", false);
  EXPECT_EQ(drop_table.hint(), "Use DROP VIEW to remove a view.");
  txn->Rollback();
  txn = db_->Begin();
  ASSERT_TRUE(catalog_->DropView(txn.get(), "", "v", false, nullptr).ok());
  ASSERT_TRUE(txn->Commit().ok());
  Reopen();
  EXPECT_EQ(*catalog_->LookupView(nullptr, "", "v"), nullptr);
  EXPECT_TRUE(catalog_->ListViews(nullptr).empty());
}

TEST_F(CatalogTest, DropTableRemovesDataAndFreesName) {
  ASSERT_TRUE(CreateCommitted(Sample()).ok());
  auto t = *catalog_->LookupTable(nullptr, "", "t");
  {
    auto txn = db_->Begin();
    std::vector<types::Value> row = {types::Value::Int4(1), types::Value::Int4(5), types::Value::Text("x")};
    ASSERT_TRUE(txn->InsertValues(*t->storage, row).ok());
    ASSERT_TRUE(txn->Commit().ok());
  }
  auto txn = db_->Begin();
  ASSERT_TRUE(catalog_->DropTable(txn.get(), "", "t", false).ok());
  ASSERT_TRUE(txn->Commit().ok());
  EXPECT_FALSE(catalog_->LookupTable(nullptr, "", "t").ok());
  auto check = db_->Begin();
  EXPECT_FALSE(check->Scan(*t->storage)->Valid());  // range-deleted after commit
  auto recreated = CreateCommitted(Sample());
  ASSERT_TRUE(recreated.ok());
  EXPECT_NE((*recreated)->oid, t->oid);
  EXPECT_EQ((*recreated)->indexes[0].name, "t_pkey");
}

TEST_F(CatalogTest, CreateIndexBuildsFromExistingRows) {
  TableDefinition def;
  def.name = "people";
  def.columns = {Int("id"), Text("name")};
  def.primary_key = KeyConstraintDefinition{std::nullopt, {"id"}};
  ASSERT_TRUE(CreateCommitted(def).ok());
  auto people = *catalog_->LookupTable(nullptr, "", "people");
  {
    auto txn = db_->Begin();
    for (int i = 0; i < 10; ++i) {
      std::vector<types::Value> row = {types::Value::Int4(i), types::Value::Text(i % 2 ? "odd" : "even")};
      ASSERT_TRUE(txn->InsertValues(*people->storage, row).ok());
    }
    ASSERT_TRUE(txn->Commit().ok());
  }
  auto txn = db_->Begin();
  auto unique = catalog_->CreateIndex(txn.get(), {"", std::nullopt, "people", {"name"}, true, false});
  EXPECT_EQ(unique.status().sqlstate(), sqlstate::kUniqueViolation);
  EXPECT_EQ(unique.status().message(), "could not create unique index \"people_name_idx\"");
  EXPECT_EQ(unique.status().detail(), "Key (name)=(even) is duplicated.");
  txn->Rollback();

  txn = db_->Begin();
  auto index = catalog_->CreateIndex(txn.get(), {"", std::nullopt, "people", {"name"}, false, false});
  ASSERT_TRUE(index.ok()) << index.status().ToString();
  ASSERT_TRUE(txn->Commit().ok());
  auto table = *catalog_->LookupTable(nullptr, "", "people");
  ASSERT_EQ(table->storage->indexes.size(), 1u);
  EXPECT_EQ(table->storage->indexes[0].name, "people_name_idx");
  EXPECT_GT(table->storage->schema_version, 1u);
  auto reader = db_->Begin();
  std::string odd;
  common::AppendKeyBytes(&odd, "odd");
  int count = 0;
  for (auto it = reader->IndexScan(*table->storage, table->storage->indexes[0], storage::KeyRange::Prefix(odd));
       it->Valid(); it->Next()) {
    ++count;
  }
  EXPECT_EQ(count, 5);
  reader->Rollback();
  // New inserts maintain the index; DROP INDEX removes it.
  auto dropper = db_->Begin();
  ASSERT_TRUE(catalog_->DropIndex(dropper.get(), "", "people_name_idx", false).ok());
  ASSERT_TRUE(dropper->Commit().ok());
  EXPECT_TRUE((*catalog_->LookupTable(nullptr, "", "people"))->storage->indexes.empty());
}

TEST_F(CatalogTest, ConcurrentCreateOfSameNameWaitsThenFails) {
  auto a = db_->Begin();
  ASSERT_TRUE(catalog_->CreateTable(a.get(), Sample()).ok());
  auto b = db_->Begin();
  std::thread committer([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(150));
    ASSERT_TRUE(a->Commit().ok());
  });
  auto result = catalog_->CreateTable(b.get(), Sample());
  committer.join();
  EXPECT_EQ(result.status().sqlstate(), sqlstate::kDuplicateTable) << result.status().ToString();
}

TEST_F(CatalogTest, TruncateEmptiesTable) {
  ASSERT_TRUE(CreateCommitted(Sample()).ok());
  auto t = *catalog_->LookupTable(nullptr, "", "t");
  auto txn = db_->Begin();
  std::vector<types::Value> row = {types::Value::Int4(1), types::Value::Int4(5), types::Value::Text("x")};
  ASSERT_TRUE(txn->InsertValues(*t->storage, row).ok());
  ASSERT_TRUE(txn->Commit().ok());
  auto truncater = db_->Begin();
  ASSERT_TRUE(catalog_->TruncateTable(truncater.get(), *t).ok());
  ASSERT_TRUE(truncater->Commit().ok());
  auto check = db_->Begin();
  EXPECT_FALSE(check->Scan(*t->storage)->Valid());
  ASSERT_TRUE(check->InsertValues(*t->storage, row).ok());  // unique value free again
}

TEST_F(CatalogTest, SerialColumnsAndSequences) {
  TableDefinition def;
  def.name = "s";
  def.columns = {{"id", SqlType::Of(types::kInt4Oid), false, std::nullopt, true}, Text("name")};
  def.primary_key = KeyConstraintDefinition{std::nullopt, {"id"}};
  auto table = CreateCommitted(def);
  ASSERT_TRUE(table.ok()) << table.status().ToString();
  EXPECT_TRUE((*table)->columns[0].not_null);
  EXPECT_EQ((*table)->columns[0].default_sql.value_or(""), "nextval('s_id_seq'::regclass)");
  auto seq = catalog_->LookupSequence(nullptr, "", "s_id_seq");
  ASSERT_TRUE(seq.ok()) << seq.status().ToString();
  EXPECT_EQ((*seq)->max_value, INT32_MAX);
  EXPECT_EQ((*seq)->owned_by_table, (*table)->oid);
  EXPECT_EQ(*catalog_->NextVal(**seq), 1);
  EXPECT_EQ(*catalog_->NextVal(**seq), 2);
  // nextval is not transactional: a rolled-back transaction does not give values back.
  {
    auto txn = db_->Begin();
    EXPECT_EQ(*catalog_->NextVal(**seq), 3);
    txn->Rollback();
  }
  EXPECT_EQ(*catalog_->NextVal(**seq), 4);
  // After a restart values continue above everything handed out (PostgreSQL
  // may skip up to 32 values the same way).
  Reopen();
  seq = catalog_->LookupSequence(nullptr, "", "s_id_seq");
  ASSERT_TRUE(seq.ok());
  int64_t after_restart = *catalog_->NextVal(**seq);
  EXPECT_GT(after_restart, 4);
  EXPECT_LE(after_restart, 4 + 33);
  // setval and bounds.
  ASSERT_TRUE(catalog_->SetVal(**seq, 100, false).ok());
  EXPECT_EQ(*catalog_->NextVal(**seq), 100);
  EXPECT_EQ(catalog_->SetVal(**seq, 0).message(), "setval: value 0 is out of bounds for sequence \"s_id_seq\" (1..2147483647)");
  ASSERT_TRUE(catalog_->SetVal(**seq, INT32_MAX).ok());
  auto overflow = catalog_->NextVal(**seq);
  EXPECT_EQ(overflow.status().sqlstate(), "2200H");
  EXPECT_EQ(overflow.status().message(), "nextval: reached maximum value of sequence \"s_id_seq\" (2147483647)");

  // DROP SEQUENCE of an owned sequence is refused; DROP TABLE takes it along.
  auto txn = db_->Begin();
  Status owned = catalog_->DropSequence(txn.get(), "", "s_id_seq", false);
  EXPECT_EQ(owned.sqlstate(), "2BP01");
  EXPECT_EQ(owned.detail(), "default value for column id of table s depends on sequence s_id_seq");
  ASSERT_TRUE(catalog_->DropTable(txn.get(), "", "s", false).ok());
  ASSERT_TRUE(txn->Commit().ok());
  EXPECT_EQ(catalog_->LookupSequence(nullptr, "", "s_id_seq").status().message(),
            "relation \"s_id_seq\" does not exist");

  // CREATE SEQUENCE with options; descending; cycle.
  auto txn2 = db_->Begin();
  SequenceDefinition down;
  down.name = "down";
  down.increment = -2;
  down.min_value = -5;
  down.cycle = true;
  auto down_seq = catalog_->CreateSequence(txn2.get(), down);
  ASSERT_TRUE(down_seq.ok()) << down_seq.status().ToString();
  EXPECT_EQ((*down_seq)->start, -1);
  SequenceDefinition bad;
  bad.name = "bad";
  bad.increment = 0;
  EXPECT_EQ(catalog_->CreateSequence(txn2.get(), bad).status().message(), "INCREMENT must not be zero");
  EXPECT_EQ(catalog_->DropSequence(txn2.get(), "", "nope", false).message(), "sequence \"nope\" does not exist");
  ASSERT_TRUE(txn2->Commit().ok());
  std::vector<int64_t> values;
  for (int i = 0; i < 4; ++i) values.push_back(*catalog_->NextVal(**down_seq));
  EXPECT_EQ(values, (std::vector<int64_t>{-1, -3, -5, -1}));
}

TEST_F(CatalogTest, ReplaceTableRewritesRenamesAndKeepsSequences) {
  TableDefinition def;
  def.name = "r";
  def.columns = {Int("a"), {"id", SqlType::Of(types::kInt8Oid), false, std::nullopt, true}, Text("b")};
  auto created = CreateCommitted(def);
  ASSERT_TRUE(created.ok()) << created.status().ToString();
  EXPECT_TRUE((*created)->hidden_row_id);
  EXPECT_EQ((*created)->storage_id, (*created)->oid);
  {
    auto txn = db_->Begin();
    types::Value row[] = {types::Value::Int4(1), types::Value::Int8(10), types::Value::Text("x")};
    ASSERT_TRUE(txn->InsertValues(*(*created)->storage, row).ok());
    ASSERT_TRUE(txn->Commit().ok());
  }
  const uint32_t old_storage = (*created)->storage->table_id;

  // ADD PRIMARY KEY (id), DROP COLUMN a, RENAME TO r2: a rewrite to new storage.
  auto txn = db_->Begin();
  auto current = catalog_->LockTableForAlter(txn.get(), "", "r");
  ASSERT_TRUE(current.ok()) << current.status().ToString();
  Table updated = **current;
  updated.name = "r2";
  updated.columns.erase(updated.columns.begin());
  Index pk;
  pk.name = "r2_pkey";
  pk.attnums = {1};
  pk.unique = pk.primary = pk.is_constraint = true;
  updated.indexes.push_back(pk);
  auto stored = catalog_->ReplaceTable(txn.get(), **current, updated, {1, 2}, /*rewrite=*/true);
  ASSERT_TRUE(stored.ok()) << stored.status().ToString();
  EXPECT_NE((*stored)->storage_id, old_storage);
  EXPECT_EQ((*stored)->oid, (*created)->oid);
  EXPECT_FALSE((*stored)->hidden_row_id);
  EXPECT_EQ((*stored)->columns[0].attnum, 1);
  EXPECT_EQ((*stored)->storage->lock_id, (*stored)->oid);
  EXPECT_NE((*stored)->indexes[0].oid, 0u);
  // The owned sequence follows its column (now attnum 1).
  auto owned = catalog_->OwnedSequences(txn.get(), (*stored)->oid);
  ASSERT_TRUE(owned.ok());
  ASSERT_EQ(owned->size(), 1u);
  EXPECT_EQ((*owned)[0]->owned_by_attnum, 1);
  EXPECT_EQ(catalog_->LookupTable(txn.get(), "", "r").status().sqlstate(), sqlstate::kUndefinedTable);
  // Names in use: relations and constraints.
  EXPECT_TRUE(*catalog_->RelationNameInUse(txn.get(), kPublicNamespaceOid, "r2_pkey"));
  EXPECT_TRUE(*catalog_->ConstraintNameInUse(txn.get(), kPublicNamespaceOid, "r2_pkey"));
  EXPECT_EQ(*catalog_->ChooseConstraintName(txn.get(), kPublicNamespaceOid, "r2", "", "pkey"), "r2_pkey1");
  ASSERT_TRUE(catalog_->SetComment(txn.get(), **stored, 0, std::string("the table")).ok());
  ASSERT_TRUE(catalog_->SetComment(txn.get(), **stored, 2, std::string("column b")).ok());
  ASSERT_TRUE(txn->Commit().ok());

  // After commit the old storage prefix is gone; the record survives a restart.
  {
    auto check = db_->Begin();
    storage::TableDescriptor old_descriptor = *(*created)->storage;
    auto it = check->Scan(old_descriptor);
    EXPECT_FALSE(it->Valid());
  }
  txn.reset();  // a transaction must end before its database closes
  Reopen();
  auto reopened = catalog_->LookupTable(nullptr, "", "r2");
  ASSERT_TRUE(reopened.ok()) << reopened.status().ToString();
  EXPECT_EQ((*reopened)->storage_id, (*stored)->storage_id);
  EXPECT_EQ((*reopened)->comment.value_or(""), "the table");
  EXPECT_EQ((*reopened)->columns[1].comment.value_or(""), "column b");
  ASSERT_NE((*reopened)->primary_key(), nullptr);

  // Renaming onto an existing relation fails; LockTableForAlter on an index is 42809.
  auto txn2 = db_->Begin();
  auto again = catalog_->LockTableForAlter(txn2.get(), "", "r2");
  ASSERT_TRUE(again.ok());
  Table clash = **again;
  clash.name = "r2_pkey";
  std::vector<int> same = {0, 1};
  EXPECT_EQ(catalog_->ReplaceTable(txn2.get(), **again, clash, same, false).status().sqlstate(),
            sqlstate::kDuplicateTable);
  EXPECT_EQ(catalog_->LockTableForAlter(txn2.get(), "", "r2_pkey").status().sqlstate(), sqlstate::kWrongObjectType);
  EXPECT_EQ(catalog_->LockTableForAlter(txn2.get(), "", "nope").status().message(),
            "relation \"nope\" does not exist");
}

TEST_F(CatalogTest, ForeignKeysPersistAndFollowReferencedColumns) {
  // p (x, a PRIMARY KEY, b UNIQUE); c (id, pa, pb) with two foreign keys.
  TableDefinition parent;
  parent.name = "p";
  parent.columns = {Int("x"), Int("a"), Text("b")};
  parent.primary_key = KeyConstraintDefinition{std::nullopt, {"a"}};
  parent.unique_constraints = {{std::nullopt, {"b"}}};
  auto p = CreateCommitted(parent);
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  TableDefinition child;
  child.name = "c";
  child.columns = {Int("id"), Int("pa"), Text("pb")};
  auto txn = db_->Begin();
  auto c = catalog_->CreateTable(txn.get(), child);
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  Table updated = **c;
  ForeignKey by_key;
  by_key.name = "c_pa_fkey";
  by_key.attnums = {2};
  by_key.referenced_table_oid = (*p)->oid;
  by_key.referenced_attnums = {2};
  by_key.delete_action = 'c';
  ForeignKey by_unique;
  by_unique.name = "c_pb_fkey";
  by_unique.attnums = {3};
  by_unique.referenced_table_oid = (*p)->oid;
  by_unique.referenced_attnums = {3};
  by_unique.update_action = 'n';
  by_unique.match_type = 'f';
  by_unique.delete_set_attnums = {3};
  by_unique.validated = false;
  by_unique.deferrable = true;
  by_unique.initially_deferred = true;
  by_key.deferrable = true;
  updated.foreign_keys = {by_key, by_unique};
  auto stored = catalog_->ReplaceTable(txn.get(), **c, updated, {0, 1, 2}, false);
  ASSERT_TRUE(stored.ok()) << stored.status().ToString();
  ASSERT_EQ((*stored)->foreign_keys.size(), 2u);
  EXPECT_NE((*stored)->foreign_keys[0].oid, 0u);
  EXPECT_NE((*stored)->foreign_keys[0].oid, (*stored)->foreign_keys[1].oid);
  // Constraint names include foreign keys.
  EXPECT_TRUE(*catalog_->ConstraintNameInUse(txn.get(), kPublicNamespaceOid, "c_pa_fkey"));
  EXPECT_EQ(*catalog_->ChooseConstraintName(txn.get(), kPublicNamespaceOid, "c", "pa", "fkey"), "c_pa_fkey1");
  ASSERT_TRUE(txn->Commit().ok());

  Reopen();
  auto reopened = catalog_->LookupTable(nullptr, "", "c");
  ASSERT_TRUE(reopened.ok()) << reopened.status().ToString();
  ASSERT_EQ((*reopened)->foreign_keys.size(), 2u);
  const ForeignKey& first = (*reopened)->foreign_keys[0];
  const ForeignKey& second = (*reopened)->foreign_keys[1];
  EXPECT_EQ(first.name, "c_pa_fkey");
  EXPECT_EQ(first.referenced_table_oid, (*p)->oid);
  EXPECT_EQ(first.attnums, std::vector<int16_t>{2});
  EXPECT_EQ(first.referenced_attnums, std::vector<int16_t>{2});
  EXPECT_EQ(first.delete_action, 'c');
  EXPECT_EQ(first.update_action, 'a');
  EXPECT_EQ(first.match_type, 's');
  EXPECT_TRUE(first.validated);
  EXPECT_TRUE(first.deferrable);
  EXPECT_FALSE(first.initially_deferred);
  EXPECT_TRUE(second.deferrable);
  EXPECT_TRUE(second.initially_deferred);
  EXPECT_EQ(second.update_action, 'n');
  EXPECT_EQ(second.match_type, 'f');
  EXPECT_EQ(second.delete_set_attnums, std::vector<int16_t>{3});
  EXPECT_FALSE(second.validated);
  EXPECT_EQ(catalog_->ReferencingForeignKeys(nullptr, (*p)->oid).size(), 2u);
  EXPECT_TRUE(catalog_->ReferencingForeignKeys(nullptr, (*reopened)->oid).empty());

  // Dropping p's first column renumbers a and b: c's references follow.
  auto txn2 = db_->Begin();
  auto current = catalog_->LockTableForAlter(txn2.get(), "", "p");
  ASSERT_TRUE(current.ok());
  Table narrowed = **current;
  narrowed.columns.erase(narrowed.columns.begin());
  for (auto& index : narrowed.indexes) {
    for (int16_t& a : index.attnums) --a;
  }
  auto replaced = catalog_->ReplaceTable(txn2.get(), **current, narrowed, {1, 2}, true);
  ASSERT_TRUE(replaced.ok()) << replaced.status().ToString();
  ASSERT_TRUE(txn2->Commit().ok());
  Reopen();
  auto after = catalog_->LookupTable(nullptr, "", "c");
  ASSERT_TRUE(after.ok());
  EXPECT_EQ((*after)->foreign_keys[0].referenced_attnums, std::vector<int16_t>{1});
  EXPECT_EQ((*after)->foreign_keys[1].referenced_attnums, std::vector<int16_t>{2});
  EXPECT_EQ((*after)->foreign_keys[0].attnums, std::vector<int16_t>{2});
}

TEST_F(CatalogTest, DatabasesHaveTheirOwnCatalogs) {
  // postgres, plus template1 (oid 1) and template0 (oid 4) as initdb makes them.
  ASSERT_EQ(catalog_->ListDatabases().size(), 3u);
  EXPECT_TRUE(catalog_->LookupDatabase("template1")->is_template);
  EXPECT_TRUE(catalog_->LookupDatabase("template1")->allow_connections);
  EXPECT_EQ(catalog_->LookupDatabase("template0")->oid, kTemplate0DatabaseOid);
  EXPECT_FALSE(catalog_->LookupDatabase("template0")->allow_connections);
  EXPECT_FALSE(catalog_->LookupDatabase("postgres")->is_template);
  EXPECT_EQ(catalog_->database_oid(), kPostgresDatabaseOid);
  EXPECT_EQ(catalog_->database_name(), "postgres");
  auto created = catalog_->CreateDatabase({"db1", kPostgresRoleOid});
  ASSERT_TRUE(created.ok()) << created.status().ToString();
  EXPECT_GE(created->oid, kFirstNormalObjectId);
  EXPECT_EQ(created->encoding, "UTF8");
  auto duplicate = catalog_->CreateDatabase({"db1", kPostgresRoleOid});
  EXPECT_EQ(duplicate.status().sqlstate(), "42P04");
  EXPECT_EQ(duplicate.status().message(), "database \"db1\" already exists");
  auto opened = catalog_->OpenDatabase(created->oid);
  ASSERT_TRUE(opened.ok()) << opened.status().ToString();
  std::unique_ptr<Catalog> db1 = std::move(opened).value();
  EXPECT_EQ(db1->database_name(), "db1");
  EXPECT_EQ(db1->ListDatabases().size(), 4u);

  // The same table name in two databases: two tables with distinct oids.
  ASSERT_TRUE(CreateCommitted(Sample("t")).ok());
  auto txn = db_->Begin();
  auto other = db1->CreateTable(txn.get(), Sample("t"));
  ASSERT_TRUE(other.ok()) << other.status().ToString();
  ASSERT_TRUE(db1->CreateTable(txn.get(), Sample("only_in_db1")).ok());
  ASSERT_TRUE(txn->Commit().ok());
  EXPECT_NE((*catalog_->LookupTable(nullptr, "", "t"))->oid, (*db1->LookupTable(nullptr, "", "t"))->oid);
  EXPECT_EQ(catalog_->LookupTable(nullptr, "", "only_in_db1").status().sqlstate(), sqlstate::kUndefinedTable);
  EXPECT_EQ(db1->ListTables(nullptr).size(), 2u);
  EXPECT_EQ(catalog_->ListTables(nullptr).size(), 1u);
  uint32_t db1_oid = created->oid;
  db1.reset();

  // Everything persists; oids keep growing across databases.
  Reopen();
  ASSERT_EQ(catalog_->ListDatabases().size(), 4u);
  EXPECT_EQ(catalog_->LookupDatabase("db1")->oid, db1_oid);
  db1 = std::move(catalog_->OpenDatabase(db1_oid)).value();
  EXPECT_EQ(db1->ListTables(nullptr).size(), 2u);
  EXPECT_EQ(catalog_->ListTables(nullptr).size(), 1u);

  EXPECT_EQ(catalog_->RenameDatabase("db1", "postgres").sqlstate(), "42P04");
  EXPECT_EQ(catalog_->RenameDatabase("nope", "x").sqlstate(), sqlstate::kInvalidCatalogName);
  ASSERT_TRUE(catalog_->RenameDatabase("db1", "db2").ok());
  EXPECT_EQ(db1->database_name(), "db2");
  EXPECT_FALSE(catalog_->LookupDatabase("db1").ok());

  ASSERT_TRUE(catalog_->DropDatabase(db1_oid).ok());
  EXPECT_EQ(catalog_->ListDatabases().size(), 3u);
  EXPECT_EQ(db1->database_name(), "");
  db1.reset();
  Reopen();
  EXPECT_EQ(catalog_->ListDatabases().size(), 3u);
  EXPECT_EQ(catalog_->ListTables(nullptr).size(), 1u);
  // The dropped database's records are gone: a catalog opened on its oid is empty.
  auto gone = catalog_->OpenDatabase(db1_oid);
  ASSERT_TRUE(gone.ok());
  EXPECT_EQ((*gone)->ListTables(nullptr).size(), 0u);
}

TEST_F(CatalogTest, BuiltinObjects) {
  EXPECT_EQ(catalog_->LookupDatabase("postgres")->oid, kPostgresDatabaseOid);
  EXPECT_EQ(catalog_->LookupDatabase("nope").status().sqlstate(), sqlstate::kInvalidCatalogName);
  EXPECT_EQ(catalog_->LookupDatabase("nope").status().message(), "database \"nope\" does not exist");
  EXPECT_TRUE(catalog_->LookupRole("postgres")->superuser);
  EXPECT_EQ(catalog_->LookupRole("bob").status().message(), "role \"bob\" does not exist");
  EXPECT_EQ(*catalog_->LookupSchema(nullptr, "public"), kPublicNamespaceOid);
  EXPECT_EQ(*catalog_->LookupSchema(nullptr, "pg_catalog"), kPgCatalogNamespaceOid);
  EXPECT_EQ(catalog_->ListSchemas().size(), 2u);
}

TEST_F(CatalogTest, SchemasAreTransactionalPersistAndDriveNameLookup) {
  auto txn = db_->Begin();
  auto created = catalog_->CreateSchema(txn.get(), "s1", kPostgresRoleOid);
  ASSERT_TRUE(created.ok()) << created.status().ToString();
  EXPECT_GE(created->oid, kFirstNormalObjectId);
  EXPECT_EQ(catalog_->CreateSchema(txn.get(), "s1", kPostgresRoleOid).status().sqlstate(), "42P06");
  EXPECT_EQ(catalog_->CreateSchema(txn.get(), "public", kPostgresRoleOid).status().sqlstate(), "42P06");
  EXPECT_EQ(catalog_->CreateSchema(txn.get(), "pg_x", kPostgresRoleOid).status().sqlstate(), "42939");
  // Invisible to others until commit.
  EXPECT_FALSE(catalog_->LookupSchema(nullptr, "s1").ok());
  EXPECT_TRUE(catalog_->LookupSchema(txn.get(), "s1").ok());
  TableDefinition in_s1 = Sample("t");
  in_s1.schema_name = "s1";
  auto table = catalog_->CreateTable(txn.get(), in_s1);
  ASSERT_TRUE(table.ok()) << table.status().ToString();
  EXPECT_EQ((*table)->schema_name, "s1");
  ASSERT_TRUE(txn->Commit().ok());
  ASSERT_TRUE(CreateCommitted(Sample("t")).ok());  // public.t beside s1.t

  // Unqualified names follow the search path; creation goes to its first
  // existing schema.
  EXPECT_EQ((*catalog_->LookupTable(nullptr, "", "t"))->schema_name, "public");
  std::vector<std::string> path = {"nosuch", "s1", "public"};
  {
    ScopedSearchPath scope(&path);
    EXPECT_EQ((*catalog_->LookupTable(nullptr, "", "t"))->schema_name, "s1");
    auto create = db_->Begin();
    EXPECT_EQ(*catalog_->CreationSchema(create.get(), "", "x"), created->oid);
    create->Rollback();
  }
  std::vector<std::string> missing = {"nosuch"};
  {
    ScopedSearchPath scope(&missing);
    auto create = db_->Begin();
    EXPECT_EQ(catalog_->CreationSchema(create.get(), "", "x").status().message(),
              "no schema has been selected to create in");
    EXPECT_EQ(catalog_->CreateTable(create.get(), Sample("u")).status().sqlstate(), "3F000");
    create->Rollback();
  }

  // A rename is seen by the relations in the schema, and survives a restart.
  auto rename = db_->Begin();
  ASSERT_TRUE(catalog_->RenameSchema(rename.get(), "s1", "s2").ok());
  EXPECT_EQ(catalog_->RenameSchema(rename.get(), "s2", "public").sqlstate(), "42P06");
  ASSERT_TRUE(rename->Commit().ok());
  Reopen();
  EXPECT_FALSE(catalog_->LookupSchema(nullptr, "s1").ok());
  EXPECT_EQ((*catalog_->LookupTable(nullptr, "s2", "t"))->schema_name, "s2");
  EXPECT_EQ(catalog_->ListSchemas().size(), 3u);

  // DROP of a schema that still holds a relation is refused; empty, it goes.
  auto drop = db_->Begin();
  uint32_t s2 = *catalog_->LookupSchema(drop.get(), "s2");
  EXPECT_EQ(catalog_->DropSchema(drop.get(), s2).sqlstate(), "2BP01");
  ASSERT_TRUE(catalog_->DropTable(drop.get(), "s2", "t", false).ok());
  ASSERT_TRUE(catalog_->DropSchema(drop.get(), s2).ok());
  EXPECT_EQ(catalog_->DropSchema(drop.get(), kPublicNamespaceOid).sqlstate(), "0A000");
  ASSERT_TRUE(drop->Commit().ok());
  EXPECT_EQ(catalog_->LookupSchema(nullptr, "s2").status().sqlstate(), "3F000");
  EXPECT_EQ(catalog_->ListSchemas().size(), 2u);
  EXPECT_TRUE(catalog_->LookupTable(nullptr, "public", "t").ok());
}

TEST_F(CatalogTest, MembershipsAreTransactionalPersistAndGoWithDropRole) {
  uint32_t group_oid = 0, member_oid = 0;
  {
    auto txn = db_->Begin();
    RoleInfo group, member;
    group.name = "group";
    member.name = "member";
    group_oid = catalog_->CreateRole(txn.get(), group)->oid;
    member_oid = catalog_->CreateRole(txn.get(), member)->oid;
    ASSERT_TRUE(txn->Commit().ok());
  }
  {
    auto txn = db_->Begin();
    ASSERT_TRUE(catalog_->PutMembership(txn.get(), {group_oid, member_oid, kPostgresRoleOid, true}).ok());
    EXPECT_EQ(catalog_->ListMemberships(txn.get())->size(), 1u);  // own write visible
    EXPECT_EQ(catalog_->ListMemberships(nullptr)->size(), 0u);    // others do not see it
    txn->Rollback();
  }
  EXPECT_EQ(catalog_->ListMemberships(nullptr)->size(), 0u);
  {
    auto txn = db_->Begin();
    ASSERT_TRUE(catalog_->PutMembership(txn.get(), {group_oid, member_oid, kPostgresRoleOid, true}).ok());
    ASSERT_TRUE(txn->Commit().ok());
  }
  Reopen();
  auto memberships = catalog_->ListMemberships(nullptr);
  ASSERT_EQ(memberships->size(), 1u);
  EXPECT_EQ((*memberships)[0].role_oid, group_oid);
  EXPECT_EQ((*memberships)[0].member_oid, member_oid);
  EXPECT_EQ((*memberships)[0].grantor_oid, kPostgresRoleOid);
  EXPECT_TRUE((*memberships)[0].admin_option);
  {
    auto txn = db_->Begin();
    ASSERT_TRUE(catalog_->DropRole(txn.get(), "member").ok());
    EXPECT_EQ(catalog_->ListMemberships(txn.get())->size(), 0u);
    ASSERT_TRUE(catalog_->DropRole(txn.get(), "group").ok());
    ASSERT_TRUE(txn->Commit().ok());
  }
  EXPECT_EQ(catalog_->ListMemberships(nullptr)->size(), 0u);
}

TEST_F(CatalogTest, RolesAreTransactionalAndPersist) {
  RoleInfo alice;
  alice.name = "alice";
  alice.can_login = true;
  alice.password = "md54a0a68b43b6cd5cf266fa02f196e2371";
  alice.valid_until = 12345;
  {
    auto txn = db_->Begin();
    ASSERT_TRUE(catalog_->CreateRole(txn.get(), alice).ok());
    EXPECT_TRUE(catalog_->FindRole(txn.get(), "alice")->has_value());  // own DDL visible
    EXPECT_FALSE(catalog_->LookupRole("alice").ok());                   // others do not see it
    txn->Rollback();
  }
  EXPECT_FALSE(catalog_->LookupRole("alice").ok());
  {
    auto txn = db_->Begin();
    Result<RoleInfo> created = catalog_->CreateRole(txn.get(), alice);
    ASSERT_TRUE(created.ok());
    EXPECT_GE(created->oid, kFirstNormalObjectId);
    Result<RoleInfo> again = catalog_->CreateRole(txn.get(), alice);
    EXPECT_EQ(again.status().sqlstate(), sqlstate::kDuplicateObject);
    EXPECT_EQ(again.status().message(), "role \"alice\" already exists");
    RoleInfo postgres;
    postgres.name = "postgres";
    EXPECT_EQ(catalog_->CreateRole(txn.get(), postgres).status().message(), "role \"postgres\" already exists");
    ASSERT_TRUE(txn->Commit().ok());
  }
  Reopen();
  Result<RoleInfo> found = catalog_->LookupRole("alice");
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found->password, alice.password);
  EXPECT_EQ(found->valid_until, 12345);
  EXPECT_TRUE(found->can_login);
  EXPECT_FALSE(found->superuser);
  EXPECT_TRUE(found->inherit);
  ASSERT_EQ(catalog_->ListRoles().size(), 2u);
  EXPECT_EQ(catalog_->ListRoles()[0].name, "postgres");

  // Rename, then alter the built-in role, then drop.
  {
    auto txn = db_->Begin();
    RoleInfo renamed = *found;
    renamed.name = "postgres";
    EXPECT_EQ(catalog_->UpdateRole(txn.get(), "alice", renamed).message(), "role \"postgres\" already exists");
    renamed.name = "alicia";
    renamed.password.reset();
    ASSERT_TRUE(catalog_->UpdateRole(txn.get(), "alice", renamed).ok());
    RoleInfo admin = *catalog_->LookupRole("postgres");
    admin.password = "md5ffffffffffffffffffffffffffffffff";
    ASSERT_TRUE(catalog_->UpdateRole(txn.get(), "postgres", admin).ok());
    ASSERT_TRUE(txn->Commit().ok());
  }
  EXPECT_FALSE(catalog_->LookupRole("alice").ok());
  EXPECT_FALSE(catalog_->LookupRole("alicia")->password.has_value());
  EXPECT_EQ(catalog_->LookupRole("postgres")->password, "md5ffffffffffffffffffffffffffffffff");
  EXPECT_TRUE(catalog_->LookupRole("postgres")->superuser);
  EXPECT_EQ(catalog_->ListRoles().size(), 2u);
  {
    auto txn = db_->Begin();
    EXPECT_EQ(catalog_->DropRole(txn.get(), "nobody").sqlstate(), sqlstate::kUndefinedObject);
    ASSERT_TRUE(catalog_->DropRole(txn.get(), "alicia").ok());
    ASSERT_TRUE(txn->Commit().ok());
  }
  Reopen();
  EXPECT_FALSE(catalog_->LookupRole("alicia").ok());
  EXPECT_EQ(catalog_->ListRoles().size(), 1u);

  // Roles are cluster-wide: one created through another database's catalog
  // is at once visible through every catalog.
  DatabaseDefinition other_db;
  other_db.name = "otherdb";
  Result<DatabaseInfo> created_db = catalog_->CreateDatabase(other_db);
  ASSERT_TRUE(created_db.ok()) << created_db.status().ToString();
  auto other = catalog_->OpenDatabase(created_db->oid);
  ASSERT_TRUE(other.ok());
  {
    auto txn = db_->Begin();
    RoleInfo bob;
    bob.name = "bob";
    ASSERT_TRUE((*other)->CreateRole(txn.get(), bob).ok());
    ASSERT_TRUE(txn->Commit().ok());
  }
  EXPECT_TRUE(catalog_->LookupRole("bob").ok());
  EXPECT_TRUE((*other)->LookupRole("bob").ok());
  EXPECT_EQ(catalog_->ListRoles().size(), 2u);
}

TEST_F(CatalogTest, ConcurrentLookupsDuringDdl) {
  ASSERT_TRUE(CreateCommitted(Sample("base")).ok());
  std::atomic<bool> stop{false};
  std::atomic<int> lookup_failures{0};
  std::vector<std::thread> readers;
  for (int r = 0; r < 3; ++r) {
    readers.emplace_back([&] {
      while (!stop) {
        auto table = catalog_->LookupTable(nullptr, "", "base");
        if (!table.ok() || (*table)->columns.size() != 3) ++lookup_failures;
        (void)catalog_->ListTables(nullptr);
        (void)catalog_->version();
      }
    });
  }
  for (int i = 0; i < 20; ++i) {
    ASSERT_TRUE(CreateCommitted(Sample("t" + std::to_string(i))).ok());
    auto txn = db_->Begin();
    if (i % 2 == 0) {
      ASSERT_TRUE(catalog_->DropTable(txn.get(), "", "t" + std::to_string(i), false).ok());
    }
    ASSERT_TRUE(txn->Commit().ok());
  }
  stop = true;
  for (auto& reader : readers) reader.join();
  EXPECT_EQ(lookup_failures.load(), 0);
  EXPECT_EQ(catalog_->ListTables(nullptr).size(), 11u);
}

}  // namespace
}  // namespace augur::catalog
