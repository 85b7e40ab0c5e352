// Settings over the wire: a net::Server over the real engine, driven by libpq.
// Covers what only the protocol shows: ParameterStatus at startup and when a
// reported setting changes (and not when a change is rolled back), startup
// packet parameters and "options", FATAL errors for invalid ones,
// statement_timeout, idle_in_transaction_session_timeout, client_min_messages,
// pg_backend_pid = BackendKeyData, pg_cancel_backend / pg_terminate_backend.
#include <libpq-fe.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <array>
#include <chrono>
#include <filesystem>
#include <string>
#include <thread>

#include <spdlog/spdlog.h>

#include "net/server.h"
#include "sql/engine_impl.h"

namespace augur::sql {
namespace {

struct ConnDeleter {
  void operator()(PGconn* conn) const { PQfinish(conn); }
};
using Conn = std::unique_ptr<PGconn, ConnDeleter>;
struct ResultDeleter {
  void operator()(PGresult* result) const { PQclear(result); }
};
using PgResult = std::unique_ptr<PGresult, ResultDeleter>;

std::string SqlState(const PGresult* result) {
  const char* state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
  return state ? state : "";
}

class SettingsWireTest : public ::testing::Test {
 protected:
  void SetUp() override {
    spdlog::set_level(spdlog::level::err);
    dir_ = std::filesystem::temp_directory_path() /
           ("augur_settings_wire_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    auto engine = AugurEngine::Open(dir_.string(), {.collect_statistics = true});  // WAL sync counts
    ASSERT_TRUE(engine.ok()) << engine.status().ToString();
    engine_ = std::move(engine).value();
    net::ServerOptions options;
    options.port = 0;
    options.listen_addresses = "127.0.0.1";
    options.shutdown_grace_ms = 2000;
    server_ = std::make_unique<net::Server>(*engine_, options);
    ASSERT_TRUE(server_->Start().ok());
  }
  void TearDown() override {
    if (server_) server_->Shutdown();
    server_.reset();
    engine_.reset();
    std::filesystem::remove_all(dir_);
  }
  std::string ConnInfo(const std::string& extra) const {
    return "host=127.0.0.1 port=" + std::to_string(server_->port()) +
           " user=postgres dbname=postgres sslmode=disable gssencmode=disable connect_timeout=5 " + extra;
  }
  Conn Connect(const std::string& extra = "") {
    Conn conn(PQconnectdb(ConnInfo(extra).c_str()));
    EXPECT_EQ(PQstatus(conn.get()), CONNECTION_OK) << PQerrorMessage(conn.get());
    return conn;
  }
  static PgResult Exec(PGconn* conn, const std::string& sql) { return PgResult(PQexec(conn, sql.c_str())); }
  static std::string Value(PGconn* conn, const std::string& sql) {
    PgResult r = Exec(conn, sql);
    EXPECT_EQ(PQresultStatus(r.get()), PGRES_TUPLES_OK) << sql << ": " << PQresultErrorMessage(r.get());
    if (PQresultStatus(r.get()) != PGRES_TUPLES_OK || PQntuples(r.get()) == 0) return "<none>";
    return PQgetvalue(r.get(), 0, 0);
  }

  std::filesystem::path dir_;
  std::unique_ptr<AugurEngine> engine_;
  std::unique_ptr<net::Server> server_;
};

TEST_F(SettingsWireTest, StartupReportsSettings) {
  Conn conn = Connect("application_name=wire_test");
  EXPECT_STREQ(PQparameterStatus(conn.get(), "application_name"), "wire_test");
  EXPECT_STREQ(PQparameterStatus(conn.get(), "server_version"), "15.4");
  EXPECT_STREQ(PQparameterStatus(conn.get(), "client_encoding"), "UTF8");
  EXPECT_STREQ(PQparameterStatus(conn.get(), "DateStyle"), "ISO, MDY");
  EXPECT_STREQ(PQparameterStatus(conn.get(), "TimeZone"), "UTC");
  EXPECT_STREQ(PQparameterStatus(conn.get(), "integer_datetimes"), "on");
  EXPECT_STREQ(PQparameterStatus(conn.get(), "session_authorization"), "postgres");
  EXPECT_STREQ(PQparameterStatus(conn.get(), "in_hot_standby"), "off");
  EXPECT_EQ(PQserverVersion(conn.get()), 150004);
}

TEST_F(SettingsWireTest, ParameterStatusResentWhenReportedSettingChanges) {
  Conn conn = Connect();
  Exec(conn.get(), "SET application_name = 'changed'");
  EXPECT_STREQ(PQparameterStatus(conn.get(), "application_name"), "changed");
  // Rolled back: the client is told the old value again.
  Exec(conn.get(), "BEGIN");
  Exec(conn.get(), "SET application_name = 'in txn'");
  EXPECT_STREQ(PQparameterStatus(conn.get(), "application_name"), "in txn");
  Exec(conn.get(), "ROLLBACK");
  EXPECT_STREQ(PQparameterStatus(conn.get(), "application_name"), "changed");
  // SET LOCAL ends with the transaction.
  Exec(conn.get(), "BEGIN; SET LOCAL application_name = 'local'");
  EXPECT_STREQ(PQparameterStatus(conn.get(), "application_name"), "local");
  Exec(conn.get(), "COMMIT");
  EXPECT_STREQ(PQparameterStatus(conn.get(), "application_name"), "changed");
  // set_config and RESET ALL report too, also through the extended protocol.
  PgResult r(PQexecParams(conn.get(), "SELECT set_config('application_name', $1, false)", 1, nullptr,
                          std::array<const char*, 1>{"via extended"}.data(), nullptr, nullptr, 0));
  ASSERT_EQ(PQresultStatus(r.get()), PGRES_TUPLES_OK) << PQresultErrorMessage(r.get());
  EXPECT_STREQ(PQparameterStatus(conn.get(), "application_name"), "via extended");
  Exec(conn.get(), "RESET ALL");
  EXPECT_STREQ(PQparameterStatus(conn.get(), "application_name"), "");
}

TEST_F(SettingsWireTest, StartupOptionsAreApplied) {
  Conn conn = Connect("options='-c search_path=foo,public -c statement_timeout=5s --lock_timeout=2s'");
  EXPECT_EQ(Value(conn.get(), "SHOW search_path"), "foo,public");
  EXPECT_EQ(Value(conn.get(), "SHOW statement_timeout"), "5s");
  EXPECT_EQ(Value(conn.get(), "SHOW lock_timeout"), "2s");
  // RESET returns to the startup value, as in PostgreSQL.
  Exec(conn.get(), "SET search_path = other");
  Exec(conn.get(), "RESET search_path");
  EXPECT_EQ(Value(conn.get(), "SHOW search_path"), "foo,public");
  Conn datestyle = Connect("options='-c DateStyle=ISO'");
  EXPECT_STREQ(PQparameterStatus(datestyle.get(), "DateStyle"), "ISO, MDY");
}

TEST_F(SettingsWireTest, InvalidStartupSettingsFailTheConnection) {
  Conn bad_value(PQconnectdb(ConnInfo("options='-c statement_timeout=abc'").c_str()));
  EXPECT_EQ(PQstatus(bad_value.get()), CONNECTION_BAD);
  EXPECT_NE(std::string(PQerrorMessage(bad_value.get())).find("invalid value for parameter \"statement_timeout\""),
            std::string::npos)
      << PQerrorMessage(bad_value.get());
  Conn unknown(PQconnectdb(ConnInfo("options='-c no_such_setting=1'").c_str()));
  EXPECT_EQ(PQstatus(unknown.get()), CONNECTION_BAD);
  EXPECT_NE(std::string(PQerrorMessage(unknown.get())).find("unrecognized configuration parameter \"no_such_setting\""),
            std::string::npos);
  Conn encoding(PQconnectdb(ConnInfo("client_encoding=LATIN1").c_str()));
  EXPECT_EQ(PQstatus(encoding.get()), CONNECTION_BAD);
}

TEST_F(SettingsWireTest, StatementTimeoutCancels) {
  Conn conn = Connect();
  Exec(conn.get(), "SET statement_timeout = 100");
  auto start = std::chrono::steady_clock::now();
  PgResult r = Exec(conn.get(), "SELECT pg_sleep(10)");
  auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_EQ(SqlState(r.get()), "57014");
  EXPECT_STREQ(PQresultErrorField(r.get(), PG_DIAG_MESSAGE_PRIMARY), "canceling statement due to statement timeout");
  EXPECT_LT(elapsed, std::chrono::seconds(5));
  // The session keeps working; a quick statement is not affected.
  EXPECT_EQ(Value(conn.get(), "SELECT 1"), "1");
  Exec(conn.get(), "SET statement_timeout = 0");
  EXPECT_EQ(PQresultStatus(Exec(conn.get(), "SELECT pg_sleep(0.2)").get()), PGRES_TUPLES_OK);
}

TEST_F(SettingsWireTest, IdleInTransactionTimeoutEndsConnection) {
  Conn conn = Connect();
  Exec(conn.get(), "SET idle_in_transaction_session_timeout = 100");
  Exec(conn.get(), "BEGIN");
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  PgResult r = Exec(conn.get(), "SELECT 1");
  EXPECT_NE(PQresultStatus(r.get()), PGRES_TUPLES_OK);
  EXPECT_NE(std::string(PQerrorMessage(conn.get())).find("idle-in-transaction timeout"), std::string::npos)
      << PQerrorMessage(conn.get());
  // Outside a transaction the timeout does not apply.
  Conn idle = Connect("options='-c idle_in_transaction_session_timeout=100'");
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  EXPECT_EQ(Value(idle.get(), "SELECT 2"), "2");
}

TEST_F(SettingsWireTest, ClientMinMessagesFiltersNotices) {
  Conn conn = Connect();
  int notices = 0;
  PQsetNoticeProcessor(
      conn.get(), [](void* count, const char*) { ++*static_cast<int*>(count); }, &notices);
  Exec(conn.get(), "COMMIT");  // WARNING: there is no transaction in progress
  EXPECT_EQ(notices, 1);
  Exec(conn.get(), "SET client_min_messages = error");
  Exec(conn.get(), "COMMIT");
  EXPECT_EQ(notices, 1);
}

TEST_F(SettingsWireTest, BackendPidCancelAndTerminate) {
  Conn a = Connect();
  Conn b = Connect();
  EXPECT_EQ(Value(a.get(), "SELECT pg_backend_pid()"), std::to_string(PQbackendPID(a.get())));
  std::string pid_b = std::to_string(PQbackendPID(b.get()));
  // Cancel b's long statement from a.
  std::thread runner([&] {
    PgResult r = Exec(b.get(), "SELECT pg_sleep(10)");
    EXPECT_EQ(SqlState(r.get()), "57014");
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  EXPECT_EQ(Value(a.get(), "SELECT pg_cancel_backend(" + pid_b + ")"), "t");
  runner.join();
  // Terminate an idle b.
  EXPECT_EQ(Value(a.get(), "SELECT pg_terminate_backend(" + pid_b + ")"), "t");
  std::this_thread::sleep_for(std::chrono::milliseconds(600));
  PgResult r = Exec(b.get(), "SELECT 1");
  EXPECT_NE(PQresultStatus(r.get()), PGRES_TUPLES_OK);
  EXPECT_EQ(Value(a.get(), "SELECT pg_cancel_backend(1)"), "f");
}

TEST_F(SettingsWireTest, SynchronousCommitOffSkipsWalSync) {
  Conn conn = Connect();
  Exec(conn.get(), "CREATE TABLE sync_t (id int PRIMARY KEY)");
  auto before = engine_->database().GetStats();
  Exec(conn.get(), "INSERT INTO sync_t VALUES (1)");
  auto after_sync = engine_->database().GetStats();
  EXPECT_GE(after_sync.wal_syncs, before.wal_syncs + 1);
  Exec(conn.get(), "SET synchronous_commit = off");
  for (int i = 2; i < 12; ++i) Exec(conn.get(), "INSERT INTO sync_t VALUES (" + std::to_string(i) + ")");
  auto after_async = engine_->database().GetStats();
  EXPECT_EQ(after_async.wal_syncs, after_sync.wal_syncs);
  EXPECT_EQ(after_async.commits, after_sync.commits + 10);
  // SET LOCAL synchronous_commit = off inside a block applies to its COMMIT.
  Exec(conn.get(), "SET synchronous_commit = on");
  Exec(conn.get(), "BEGIN; INSERT INTO sync_t VALUES (100); SET LOCAL synchronous_commit = off; COMMIT");
  EXPECT_EQ(engine_->database().GetStats().wal_syncs, after_async.wal_syncs);
  Exec(conn.get(), "INSERT INTO sync_t VALUES (101)");
  EXPECT_GE(engine_->database().GetStats().wal_syncs, after_async.wal_syncs + 1);
}

}  // namespace
}  // namespace augur::sql
