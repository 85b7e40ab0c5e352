// End-to-end engine tests: sessions over a real RocksDB directory, results
// captured from the ResultSink as text (expected values as PostgreSQL 15 gives
// them).
#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>

#include "sql/engine_impl.h"

namespace augur::sql {
namespace {

// Decodes DataRow messages back into text fields.
class CapturingSink final : public ResultSink {
 public:
  void SendRowDescription(std::span<const ResultColumn> columns, std::span<const int16_t>) override {
    column_names.clear();
    for (const auto& c : columns) column_names.push_back(c.name);
  }
  std::string& RowBuffer() override { return buffer_; }
  void RowsAppended() override { Drain(); }
  void SendCommandComplete(std::string_view tag) override {
    Drain();
    tags.emplace_back(tag);
  }
  void SendEmptyQueryResponse() override { tags.emplace_back("EMPTY"); }
  void SendNotice(std::string_view severity, const Status& notice) override {
    notices.push_back(std::string(severity) + " " + notice.message());
  }
  void SendParameterStatus(std::string_view name, std::string_view value) override {
    parameters.emplace_back(std::string(name) + "=" + std::string(value));
  }

  // Rows as "a|b|NULL" lines.
  std::vector<std::string> rows;
  std::vector<std::string> tags;
  std::vector<std::string> notices;
  std::vector<std::string> parameters;
  std::vector<std::string> column_names;

 private:
  static int32_t ReadInt32(const char* p) {
    uint32_t v;
    std::memcpy(&v, p, 4);
    return static_cast<int32_t>(__builtin_bswap32(v));
  }
  void Drain() {
    size_t pos = 0;
    while (pos + 5 <= buffer_.size()) {
      int32_t length = ReadInt32(buffer_.data() + pos + 1);
      const char* p = buffer_.data() + pos + 5;
      uint16_t fields_be;
      std::memcpy(&fields_be, p, 2);
      int fields = __builtin_bswap16(fields_be);
      p += 2;
      std::string row;
      for (int f = 0; f < fields; ++f) {
        if (f > 0) row += "|";
        int32_t len = ReadInt32(p);
        p += 4;
        if (len < 0) {
          row += "NULL";
        } else {
          row.append(p, static_cast<size_t>(len));
          p += len;
        }
      }
      rows.push_back(row);
      pos += 1 + static_cast<size_t>(length);
    }
    buffer_.clear();
  }
  std::string buffer_;
};

class EngineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("augur_engine_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    auto engine = AugurEngine::Open(dir_.string());
    ASSERT_TRUE(engine.ok()) << engine.status().ToString();
    engine_ = std::move(engine).value();
    session_ = NewSession();
  }
  void TearDown() override {
    session_.reset();
    engine_.reset();
    std::filesystem::remove_all(dir_);
  }
  // Closes the session and the engine and opens them again on the same data.
  void Restart() {
    session_.reset();
    engine_.reset();
    auto engine = AugurEngine::Open(dir_.string());
    ASSERT_TRUE(engine.ok()) << engine.status().ToString();
    engine_ = std::move(engine).value();
    session_ = NewSession();
  }
  std::unique_ptr<Session> NewSession() {
    auto session = engine_->NewSession("postgres", "postgres");
    EXPECT_TRUE(session.ok());
    return std::move(session).value();
  }
  // Runs `sql`, expecting success; returns the rows.
  std::vector<std::string> Query(const std::string& sql, Session* session = nullptr) {
    CapturingSink sink;
    Status status = (session ? session : session_.get())->ExecuteSimpleQuery(sql, sink);
    EXPECT_TRUE(status.ok()) << sql << " → " << status.ToString();
    last_tags_ = sink.tags;
    return sink.rows;
  }
  std::string ErrorOf(const std::string& sql, Session* session = nullptr) {
    CapturingSink sink;
    Status status = (session ? session : session_.get())->ExecuteSimpleQuery(sql, sink);
    return std::string(status.sqlstate());
  }

  std::filesystem::path dir_;
  std::unique_ptr<AugurEngine> engine_;
  std::unique_ptr<Session> session_;
  std::vector<std::string> last_tags_;
};

using Rows = std::vector<std::string>;

TEST_F(EngineTest, SelectWithoutFrom) {
  EXPECT_EQ(Query("SELECT 1, 'a', NULL, 2 + 3 * 4"), Rows({"1|a|NULL|14"}));
  EXPECT_EQ(last_tags_, std::vector<std::string>({"SELECT 1"}));
}

TEST_F(EngineTest, CreateInsertSelect) {
  Query("CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL, score numeric(6,2) DEFAULT 0)");
  EXPECT_EQ(last_tags_, std::vector<std::string>({"CREATE TABLE"}));
  Query("INSERT INTO t VALUES (1, 'a', 1.5), (2, 'b', DEFAULT), (3, 'c', 10)");
  EXPECT_EQ(last_tags_, std::vector<std::string>({"INSERT 0 3"}));
  EXPECT_EQ(Query("SELECT id, name, score FROM t ORDER BY id"), Rows({"1|a|1.50", "2|b|0.00", "3|c|10.00"}));
  EXPECT_EQ(Query("SELECT name FROM t WHERE id = 2"), Rows({"b"}));
  EXPECT_EQ(Query("SELECT count(*), sum(score) FROM t WHERE id >= 2"), Rows({"2|10.00"}));
  EXPECT_EQ(ErrorOf("INSERT INTO t VALUES (1, 'dup')"), "23505");
  EXPECT_EQ(ErrorOf("INSERT INTO t (id) VALUES (9)"), "23502");
  EXPECT_EQ(ErrorOf("SELECT nope FROM t"), "42703");
  EXPECT_EQ(ErrorOf("SELECT * FROM missing"), "42P01");
}

TEST_F(EngineTest, UpdateDeleteReturning) {
  Query("CREATE TABLE a (k int PRIMARY KEY, v int)");
  Query("INSERT INTO a SELECT 1, 10 UNION ALL SELECT 2, 20");
  EXPECT_EQ(Query("UPDATE a SET v = v + 1 WHERE k = 1 RETURNING k, v"), Rows({"1|11"}));
  EXPECT_EQ(last_tags_, std::vector<std::string>({"UPDATE 1"}));
  Query("DELETE FROM a WHERE v > 15");
  EXPECT_EQ(last_tags_, std::vector<std::string>({"DELETE 1"}));
  EXPECT_EQ(Query("SELECT * FROM a"), Rows({"1|11"}));
}

TEST_F(EngineTest, JoinsAndGrouping) {
  Query("CREATE TABLE d (id int PRIMARY KEY, name text)");
  Query("CREATE TABLE e (id int PRIMARY KEY, dept int, salary int)");
  Query("INSERT INTO d VALUES (1, 'eng'), (2, 'ops'), (3, 'empty')");
  Query("INSERT INTO e VALUES (1, 1, 100), (2, 1, 200), (3, 2, 50), (4, NULL, 10)");
  EXPECT_EQ(Query("SELECT d.name, count(e.id), sum(salary) FROM d LEFT JOIN e ON e.dept = d.id "
                  "GROUP BY d.name ORDER BY 1"),
            Rows({"empty|0|NULL", "eng|2|300", "ops|1|50"}));
  EXPECT_EQ(Query("SELECT e.id FROM e WHERE e.dept IN (SELECT id FROM d WHERE name = 'eng') ORDER BY e.id"),
            Rows({"1", "2"}));
  EXPECT_EQ(Query("SELECT id FROM d WHERE NOT EXISTS (SELECT 1 FROM e WHERE e.dept = d.id) ORDER BY id"),
            Rows({"3"}));
  EXPECT_EQ(Query("SELECT dept, max(salary) FROM e GROUP BY dept HAVING count(*) > 1"), Rows({"1|200"}));
}

TEST_F(EngineTest, TransactionsAndSavepoints) {
  Query("CREATE TABLE s (k int PRIMARY KEY)");
  Query("BEGIN");
  Query("INSERT INTO s VALUES (1)");
  Query("SAVEPOINT p");
  Query("INSERT INTO s VALUES (2)");
  EXPECT_EQ(ErrorOf("INSERT INTO s VALUES (2)"), "23505");
  EXPECT_EQ(session_->TransactionStatus(), 'E');
  EXPECT_EQ(ErrorOf("SELECT 1"), "25P02");
  Query("ROLLBACK TO SAVEPOINT p");
  EXPECT_EQ(session_->TransactionStatus(), 'T');
  Query("COMMIT");
  EXPECT_EQ(Query("SELECT k FROM s"), Rows({"1"}));
  // A failed block's COMMIT answers ROLLBACK.
  Query("BEGIN");
  EXPECT_EQ(ErrorOf("SELECT 1/0"), "22012");
  Query("COMMIT");
  EXPECT_EQ(last_tags_, std::vector<std::string>({"ROLLBACK"}));
}

TEST_F(EngineTest, IsolationBetweenSessions) {
  Query("CREATE TABLE i (k int PRIMARY KEY, v int)");
  Query("INSERT INTO i VALUES (1, 0)");
  auto other = NewSession();
  Query("BEGIN ISOLATION LEVEL REPEATABLE READ");
  EXPECT_EQ(Query("SELECT v FROM i"), Rows({"0"}));
  Query("UPDATE i SET v = 5", other.get());
  EXPECT_EQ(Query("SELECT v FROM i"), Rows({"0"}));  // snapshot
  EXPECT_EQ(ErrorOf("UPDATE i SET v = v + 1"), "40001");
  Query("ROLLBACK");
  // READ COMMITTED sees the committed value and increments it.
  Query("UPDATE i SET v = v + 1");
  EXPECT_EQ(Query("SELECT v FROM i"), Rows({"6"}));
}

TEST_F(EngineTest, PreparedStatementWithParameters) {
  Query("CREATE TABLE p (k int PRIMARY KEY, v text)");
  Query("INSERT INTO p VALUES (1, 'one'), (2, 'two')");
  auto prepared = session_->Prepare("SELECT v FROM p WHERE k = $1", {});
  ASSERT_TRUE(prepared.ok()) << prepared.status().ToString();
  auto types = (*prepared)->parameter_type_oids();
  ASSERT_EQ(types.size(), 1u);
  EXPECT_EQ(types[0], 23u);
  for (const char* key : {"1", "2"}) {
    BindParameter parameter;
    parameter.is_null = false;
    parameter.bytes = key;
    std::vector<BindParameter> parameters{parameter};
    auto portal = session_->Bind(*prepared, parameters, {});
    ASSERT_TRUE(portal.ok()) << portal.status().ToString();
    CapturingSink sink;
    auto outcome = session_->Execute(**portal, 0, sink);
    ASSERT_TRUE(outcome.ok()) << outcome.status().ToString();
    ASSERT_EQ(sink.rows.size(), 1u);
    EXPECT_EQ(sink.rows[0], std::string(key) == "1" ? "one" : "two");
    EXPECT_TRUE(session_->Sync().ok());
  }
  // An untyped output parameter is text (as in PostgreSQL); one that is
  // never used cannot be typed.
  auto output = session_->Prepare("SELECT $1", {});
  ASSERT_TRUE(output.ok()) << output.status().ToString();
  EXPECT_EQ((*output)->parameter_type_oids()[0], 25u);
  auto untyped = session_->Prepare("SELECT $2::int", {});
  ASSERT_FALSE(untyped.ok());
  EXPECT_EQ(untyped.status().sqlstate(), "42P18");
}

TEST_F(EngineTest, CatalogSurvivesRestart) {
  Query("CREATE TABLE r (k int PRIMARY KEY, v text)");
  Query("INSERT INTO r VALUES (7, 'seven')");
  Restart();
  EXPECT_EQ(Query("SELECT k, v FROM r"), Rows({"7|seven"}));
}

TEST_F(EngineTest, TemporaryTablesEndWithTheirSessionAndLeftoversAtRestart) {
  auto other = NewSession();
  Query("CREATE TEMP TABLE tmp (k int PRIMARY KEY)");
  Query("INSERT INTO tmp VALUES (1), (2)");
  Query("CREATE TEMP TABLE tmp (k int)", other.get());  // its own pg_temp schema
  EXPECT_EQ(Query("SELECT count(*) FROM tmp", other.get()), Rows({"0"}));
  EXPECT_EQ(Query("SELECT count(*) FROM tmp"), Rows({"2"}));
  EXPECT_EQ(Query("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'pg\\_temp\\_%'"), Rows({"2"}));
  other.reset();  // the session ends: its schema and table go
  EXPECT_EQ(Query("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'pg\\_temp\\_%'"), Rows({"1"}));
  EXPECT_EQ(Query("SELECT count(*) FROM pg_class WHERE relname = 'tmp'"), Rows({"1"}));

  // A schema left by a session that never ended (a crash) is dropped when the
  // engine opens; its rows go with it.
  auto txn = engine_->database().Begin();
  auto leftover = engine_->catalog().CreateSchema(txn.get(), "pg_temp_9", catalog::kPostgresRoleOid, true);
  ASSERT_TRUE(leftover.ok()) << leftover.status().ToString();
  catalog::TableDefinition table;
  table.schema_name = "pg_temp_9";
  table.name = "left";
  table.columns = {{"k", types::SqlType::Of(types::kInt4Oid), false, std::nullopt}};
  ASSERT_TRUE(engine_->catalog().CreateTable(txn.get(), table).ok());
  ASSERT_TRUE(txn->Commit().ok());
  txn.reset();  // a transaction must end before its database closes
  Restart();
  EXPECT_EQ(Query("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'pg\\_temp\\_%'"), Rows({"0"}));
  EXPECT_EQ(Query("SELECT count(*) FROM pg_class WHERE relname IN ('tmp', 'left')"), Rows({"0"}));
}

TEST_F(EngineTest, UnsupportedIsFeatureNotSupported) {
  EXPECT_EQ(ErrorOf("CREATE TRIGGER t AFTER INSERT ON x FOR EACH ROW EXECUTE FUNCTION f()"), "0A000");
  EXPECT_EQ(ErrorOf("SELECT count(*) OVER (ORDER BY 'a'::text RANGE BETWEEN 1 PRECEDING AND CURRENT ROW)"), "0A000");
}

}  // namespace
}  // namespace augur::sql
