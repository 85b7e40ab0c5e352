// End-to-end tests of net::Server: a server runs in-process on an ephemeral
// port over FakeEngine, driven by libpq and by a raw-socket client for what
// libpq cannot send (malformed messages, row-limited Execute, ...).
#include "auth/hba.h"
#include "auth/password.h"
#include "net/server.h"

#include <arpa/inet.h>
#include <libpq-fe.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include <spdlog/spdlog.h>

#include "net/fake_engine_test_util.h"
#include "net/wire.h"

namespace augur::net {
namespace {

using testing::FakeEngine;

// ---- Helpers ----------------------------------------------------------------

struct PGconnDeleter {
  void operator()(PGconn* conn) const { PQfinish(conn); }
};
using Conn = std::unique_ptr<PGconn, PGconnDeleter>;
struct PGresultDeleter {
  void operator()(PGresult* result) const { PQclear(result); }
};
using PgResult = std::unique_ptr<PGresult, PGresultDeleter>;

std::string SqlState(const PGresult* result) {
  const char* state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
  return state ? state : "";
}

template <typename Predicate>
bool WaitFor(Predicate predicate, int timeout_ms = 5000) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  while (std::chrono::steady_clock::now() < deadline) {
    if (predicate()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  return predicate();
}

// Every test runs against both I/O models (docs/net.md "Threading").
class ServerTest : public ::testing::TestWithParam<IoModel> {
 protected:
  void StartServer(ServerOptions options = {}) {
    options.port = 0;
    options.unix_socket_directory = unix_socket_directory_;
    options.listen_addresses = "127.0.0.1";
    options.shutdown_grace_ms = 2000;
    options.io_model = GetParam();
    server_ = std::make_unique<Server>(engine_, options);
    Status status = server_->Start();
    ASSERT_TRUE(status.ok()) << status.ToString();
    ASSERT_NE(server_->port(), 0);
  }
  void SetUp() override {
    spdlog::set_level(spdlog::level::err);
    StartServer();
  }
  void TearDown() override {
    if (server_) server_->Shutdown();
  }

  std::string ConnInfo(const std::string& extra = "") const {
    return "host=127.0.0.1 port=" + std::to_string(server_->port()) +
           " user=tester dbname=db sslmode=prefer gssencmode=disable connect_timeout=5 " + extra;
  }
  Conn Connect(const std::string& extra = "") {
    Conn conn(PQconnectdb(ConnInfo(extra).c_str()));
    EXPECT_EQ(PQstatus(conn.get()), CONNECTION_OK) << PQerrorMessage(conn.get());
    return conn;
  }

  FakeEngine engine_;
  std::unique_ptr<Server> server_;
  std::string unix_socket_directory_;
};

// A minimal protocol client over a plain socket.
class RawClient {
 public:
  explicit RawClient(uint16_t port) {
    fd_ = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    connected_ = connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0;
  }
  ~RawClient() { close(fd_); }
  bool connected() const { return connected_; }

  void Send(const std::string& bytes) {
    ASSERT_EQ(send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL),
              static_cast<ssize_t>(bytes.size()));
  }
  // Reads exactly n bytes; false on EOF or after 5 s.
  bool ReadExact(size_t n, std::string* out) {
    out->clear();
    while (out->size() < n) {
      pollfd pfd{fd_, POLLIN, 0};
      if (poll(&pfd, 1, 5000) <= 0) return false;
      char buffer[65536];
      ssize_t got = recv(fd_, buffer, std::min(sizeof(buffer), n - out->size()), 0);
      if (got <= 0) return false;
      out->append(buffer, static_cast<size_t>(got));
    }
    return true;
  }
  // Returns the next message as type + body, or type 0 on EOF/timeout.
  std::pair<char, std::string> Read() {
    std::string header;
    if (!ReadExact(5, &header)) return {0, ""};
    int32_t length = DecodeInt32(header.data() + 1);
    std::string body;
    if (!ReadExact(static_cast<size_t>(length) - 4, &body)) return {0, ""};
    return {header[0], body};
  }
  // Reads messages up to and including the next of `type`; returns their types.
  std::string ReadUntil(char type, std::vector<std::pair<char, std::string>>* messages = nullptr) {
    std::string types;
    for (;;) {
      auto message = Read();
      if (message.first == 0) return types + "<eof>";
      types.push_back(message.first);
      if (messages) messages->push_back(message);
      if (message.first == type) return types;
    }
  }
  bool AtEof() {
    std::string ignored;
    return !ReadExact(1, &ignored);
  }

  static std::string StartupPacket(int32_t version,
                                   std::vector<std::pair<std::string, std::string>> params) {
    std::string body;
    AppendInt32(body, version);
    for (auto& [name, value] : params) {
      body += name;
      body.push_back('\0');
      body += value;
      body.push_back('\0');
    }
    body.push_back('\0');
    std::string packet;
    AppendInt32(packet, static_cast<int32_t>(body.size() + 4));
    return packet + body;
  }
  // Completes a normal startup; returns the message types received.
  std::string Startup() {
    Send(StartupPacket(kProtocolVersion30, {{"user", "raw"}, {"database", "db"}}));
    return ReadUntil('Z');
  }

  static std::string Message(char type, const std::string& body) {
    std::string out;
    out.push_back(type);
    AppendInt32(out, static_cast<int32_t>(body.size() + 4));
    return out + body;
  }
  static std::string Str(const std::string& s) { return s + std::string(1, '\0'); }
  static std::string Int16(int16_t v) {
    std::string out;
    AppendInt16(out, v);
    return out;
  }
  static std::string Int32(int32_t v) {
    std::string out;
    AppendInt32(out, v);
    return out;
  }
  static std::string Parse(const std::string& name, const std::string& query) {
    return Message('P', Str(name) + Str(query) + Int16(0));
  }
  static std::string Bind(const std::string& portal, const std::string& statement) {
    return Message('B', Str(portal) + Str(statement) + Int16(0) + Int16(0) + Int16(0));
  }
  static std::string Execute(const std::string& portal, int32_t max_rows) {
    return Message('E', Str(portal) + Int32(max_rows));
  }
  static std::string Sync() { return Message('S', ""); }
  static std::string Query(const std::string& text) { return Message('Q', Str(text)); }

  // The 'M' field of an ErrorResponse body, and its 'C' and 'S' fields.
  static std::string Field(const std::string& error_body, char code) {
    size_t i = 0;
    while (i < error_body.size() && error_body[i] != '\0') {
      size_t end = error_body.find('\0', i + 1);
      if (error_body[i] == code) return error_body.substr(i + 1, end - i - 1);
      i = end + 1;
    }
    return "";
  }

 private:
  int fd_ = -1;
  bool connected_ = false;
};

// ---- libpq: startup and simple query -----------------------------------------

TEST_P(ServerTest, StartupReportsParameters) {
  Conn conn = Connect("application_name=nettest");
  EXPECT_EQ(PQserverVersion(conn.get()), 150004);
  EXPECT_STREQ(PQparameterStatus(conn.get(), "server_version"), "15.4");
  EXPECT_STREQ(PQparameterStatus(conn.get(), "application_name"), "nettest");
  EXPECT_STREQ(PQparameterStatus(conn.get(), "session_authorization"), "tester");
  EXPECT_STREQ(PQparameterStatus(conn.get(), "TimeZone"), "UTC");
  EXPECT_STREQ(PQparameterStatus(conn.get(), "DateStyle"), "ISO, MDY");
  EXPECT_STREQ(PQparameterStatus(conn.get(), "integer_datetimes"), "on");
  EXPECT_STREQ(PQparameterStatus(conn.get(), "standard_conforming_strings"), "on");
  EXPECT_STREQ(PQparameterStatus(conn.get(), "client_encoding"), "UTF8");
  EXPECT_NE(PQbackendPID(conn.get()), 0);
  EXPECT_EQ(PQtransactionStatus(conn.get()), PQTRANS_IDLE);
  EXPECT_EQ(PQsslInUse(conn.get()), 0);
}

TEST_P(ServerTest, SimpleQueryReturnsRows) {
  Conn conn = Connect();
  PgResult result(PQexec(conn.get(), "SELECT 1"));
  ASSERT_EQ(PQresultStatus(result.get()), PGRES_TUPLES_OK) << PQerrorMessage(conn.get());
  ASSERT_EQ(PQntuples(result.get()), 1);
  ASSERT_EQ(PQnfields(result.get()), 1);
  EXPECT_STREQ(PQfname(result.get(), 0), "?column?");
  EXPECT_EQ(PQftype(result.get(), 0), 23u);
  EXPECT_STREQ(PQgetvalue(result.get(), 0, 0), "1");
  EXPECT_STREQ(PQcmdTuples(result.get()), "1");
}

TEST_P(ServerTest, SimpleQueryErrorCarriesSqlstateAndPosition) {
  Conn conn = Connect();
  PgResult result(PQexec(conn.get(), "fail"));
  ASSERT_EQ(PQresultStatus(result.get()), PGRES_FATAL_ERROR);
  EXPECT_EQ(SqlState(result.get()), "42601");
  EXPECT_STREQ(PQresultErrorField(result.get(), PG_DIAG_STATEMENT_POSITION), "1");
  EXPECT_STREQ(PQresultErrorField(result.get(), PG_DIAG_SEVERITY), "ERROR");
  EXPECT_STREQ(PQresultErrorField(result.get(), PG_DIAG_SEVERITY_NONLOCALIZED), "ERROR");
  EXPECT_STREQ(PQresultErrorField(result.get(), PG_DIAG_MESSAGE_PRIMARY),
               "syntax error at or near \"fail\"");
  // The connection stays usable.
  PgResult again(PQexec(conn.get(), "SELECT 1"));
  EXPECT_EQ(PQresultStatus(again.get()), PGRES_TUPLES_OK);
}

TEST_P(ServerTest, MultiStatementQueryAndEmptyQuery) {
  Conn conn = Connect();
  ASSERT_EQ(PQsendQuery(conn.get(), "SELECT 1; rows 3"), 1);
  std::vector<int> row_counts;
  while (PGresult* result = PQgetResult(conn.get())) {
    EXPECT_EQ(PQresultStatus(result), PGRES_TUPLES_OK);
    row_counts.push_back(PQntuples(result));
    PQclear(result);
  }
  EXPECT_EQ(row_counts, (std::vector<int>{1, 3}));
  PgResult empty(PQexec(conn.get(), ""));
  EXPECT_EQ(PQresultStatus(empty.get()), PGRES_EMPTY_QUERY);
}

TEST_P(ServerTest, TransactionStatusFollowsSession) {
  Conn conn = Connect();
  PgResult begin(PQexec(conn.get(), "BEGIN"));
  EXPECT_EQ(PQtransactionStatus(conn.get()), PQTRANS_INTRANS);
  PgResult failed(PQexec(conn.get(), "fail"));
  EXPECT_EQ(PQtransactionStatus(conn.get()), PQTRANS_INERROR);
  PgResult aborted(PQexec(conn.get(), "SELECT 1"));
  EXPECT_EQ(SqlState(aborted.get()), "25P02");
  PgResult rollback(PQexec(conn.get(), "ROLLBACK"));
  EXPECT_STREQ(PQcmdStatus(rollback.get()), "ROLLBACK");
  EXPECT_EQ(PQtransactionStatus(conn.get()), PQTRANS_IDLE);
}

void CollectNotice(void* arg, const PGresult* result) {
  auto* notices = static_cast<std::vector<std::string>*>(arg);
  notices->push_back(std::string(PQresultErrorField(result, PG_DIAG_SEVERITY)) + "|" +
                     PQresultErrorField(result, PG_DIAG_SQLSTATE) + "|" +
                     PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) + "|" +
                     PQresultErrorField(result, PG_DIAG_MESSAGE_DETAIL));
}

TEST_P(ServerTest, NoticesReachTheClient) {
  Conn conn = Connect();
  std::vector<std::string> notices;
  PQsetNoticeReceiver(conn.get(), CollectNotice, &notices);
  PgResult result(PQexec(conn.get(), "notice"));
  EXPECT_EQ(PQresultStatus(result.get()), PGRES_COMMAND_OK);
  EXPECT_EQ(notices, (std::vector<std::string>{"WARNING|01000|fake notice|some detail"}));
}

TEST_P(ServerTest, LargeResultArrivesComplete) {
  Conn conn = Connect();
  PgResult result(PQexec(conn.get(), "rows 200000"));
  ASSERT_EQ(PQresultStatus(result.get()), PGRES_TUPLES_OK);
  ASSERT_EQ(PQntuples(result.get()), 200000);
  EXPECT_STREQ(PQgetvalue(result.get(), 199999, 0), "200000");
}

// ---- libpq: extended protocol ------------------------------------------------

TEST_P(ServerTest, ExecParamsTextAndBinary) {
  Conn conn = Connect();
  const char* text_value = "42";
  PgResult text(PQexecParams(conn.get(), "SELECT $1::int4", 1, nullptr, &text_value, nullptr,
                             nullptr, 0));
  ASSERT_EQ(PQresultStatus(text.get()), PGRES_TUPLES_OK) << PQerrorMessage(conn.get());
  EXPECT_STREQ(PQgetvalue(text.get(), 0, 0), "42");
  EXPECT_EQ(PQfformat(text.get(), 0), 0);

  uint32_t network = htonl(static_cast<uint32_t>(-7));
  const char* binary_value = reinterpret_cast<const char*>(&network);
  int length = 4;
  int format = 1;
  PgResult binary(PQexecParams(conn.get(), "SELECT $1::int4", 1, nullptr, &binary_value,
                               &length, &format, /*resultFormat=*/1));
  ASSERT_EQ(PQresultStatus(binary.get()), PGRES_TUPLES_OK) << PQerrorMessage(conn.get());
  EXPECT_EQ(PQfformat(binary.get(), 0), 1);
  ASSERT_EQ(PQgetlength(binary.get(), 0, 0), 4);
  uint32_t got;
  std::memcpy(&got, PQgetvalue(binary.get(), 0, 0), 4);
  EXPECT_EQ(static_cast<int32_t>(ntohl(got)), -7);
}

TEST_P(ServerTest, PrepareDescribeAndExecute) {
  Conn conn = Connect();
  PgResult prepared(PQprepare(conn.get(), "s1", "SELECT $1::int4", 0, nullptr));
  ASSERT_EQ(PQresultStatus(prepared.get()), PGRES_COMMAND_OK) << PQerrorMessage(conn.get());

  PgResult described(PQdescribePrepared(conn.get(), "s1"));
  ASSERT_EQ(PQresultStatus(described.get()), PGRES_COMMAND_OK);
  ASSERT_EQ(PQnparams(described.get()), 1);
  EXPECT_EQ(PQparamtype(described.get(), 0), 23u);
  ASSERT_EQ(PQnfields(described.get()), 1);
  EXPECT_STREQ(PQfname(described.get(), 0), "int4");
  EXPECT_EQ(PQftype(described.get(), 0), 23u);
  EXPECT_EQ(PQfformat(described.get(), 0), 0);

  const char* value = "5";
  PgResult executed(PQexecPrepared(conn.get(), "s1", 1, &value, nullptr, nullptr, 0));
  ASSERT_EQ(PQresultStatus(executed.get()), PGRES_TUPLES_OK);
  EXPECT_STREQ(PQgetvalue(executed.get(), 0, 0), "5");

  PgResult duplicate(PQprepare(conn.get(), "s1", "SELECT 1", 0, nullptr));
  EXPECT_EQ(SqlState(duplicate.get()), "42P05");
  EXPECT_STREQ(PQresultErrorField(duplicate.get(), PG_DIAG_MESSAGE_PRIMARY),
               "prepared statement \"s1\" already exists");

  PgResult missing(PQdescribePrepared(conn.get(), "nope"));
  EXPECT_EQ(SqlState(missing.get()), "26000");
  EXPECT_STREQ(PQresultErrorField(missing.get(), PG_DIAG_MESSAGE_PRIMARY),
               "prepared statement \"nope\" does not exist");
  PgResult missing_portal(PQdescribePortal(conn.get(), "nope"));
  EXPECT_EQ(SqlState(missing_portal.get()), "34000");

  PgResult no_rows(PQprepare(conn.get(), "s2", "BEGIN", 0, nullptr));
  PgResult no_rows_described(PQdescribePrepared(conn.get(), "s2"));
  EXPECT_EQ(PQnfields(no_rows_described.get()), 0);
  EXPECT_EQ(PQnparams(no_rows_described.get()), 0);

  PgResult bad(PQprepare(conn.get(), "s3", "fail", 0, nullptr));
  EXPECT_EQ(SqlState(bad.get()), "42601");
  EXPECT_STREQ(PQresultErrorField(bad.get(), PG_DIAG_STATEMENT_POSITION), "1");
  // The failed statement was not stored; the good one still works.
  PgResult after(PQexecPrepared(conn.get(), "s1", 1, &value, nullptr, nullptr, 0));
  EXPECT_EQ(PQresultStatus(after.get()), PGRES_TUPLES_OK);
}

TEST_P(ServerTest, BindErrorsAreReportedNotFatal) {
  Conn conn = Connect();
  PgResult prepared(PQprepare(conn.get(), "s1", "SELECT $1::int4", 0, nullptr));
  // libpq sends what we ask: 0 parameters for a statement that needs 1.
  PgResult wrong(PQexecPrepared(conn.get(), "s1", 0, nullptr, nullptr, nullptr, 0));
  EXPECT_EQ(SqlState(wrong.get()), "08P01");
  EXPECT_STREQ(PQresultErrorField(wrong.get(), PG_DIAG_MESSAGE_PRIMARY),
               "bind message supplies 0 parameters, but prepared statement \"s1\" requires 1");
  EXPECT_EQ(PQstatus(conn.get()), CONNECTION_OK);
  PgResult ok(PQexec(conn.get(), "SELECT 1"));
  EXPECT_EQ(PQresultStatus(ok.get()), PGRES_TUPLES_OK);
}

TEST_P(ServerTest, SingleRowMode) {
  Conn conn = Connect();
  PgResult prepared(PQprepare(conn.get(), "many", "rows 5", 0, nullptr));
  ASSERT_EQ(PQsendQueryPrepared(conn.get(), "many", 0, nullptr, nullptr, nullptr, 0), 1);
  ASSERT_EQ(PQsetSingleRowMode(conn.get()), 1);
  std::vector<std::string> values;
  int single = 0;
  int final_ok = 0;
  while (PGresult* result = PQgetResult(conn.get())) {
    if (PQresultStatus(result) == PGRES_SINGLE_TUPLE) {
      ++single;
      values.emplace_back(PQgetvalue(result, 0, 0));
    } else if (PQresultStatus(result) == PGRES_TUPLES_OK) {
      ++final_ok;
    }
    PQclear(result);
  }
  EXPECT_EQ(single, 5);
  EXPECT_EQ(final_ok, 1);
  EXPECT_EQ(values, (std::vector<std::string>{"1", "2", "3", "4", "5"}));
}

TEST_P(ServerTest, PipelineWithErrorInTheMiddle) {
  Conn conn = Connect();
  ASSERT_EQ(PQenterPipelineMode(conn.get()), 1);
  const char* value = "3";
  ASSERT_EQ(PQsendQueryParams(conn.get(), "SELECT $1::int4", 1, nullptr, &value, nullptr,
                              nullptr, 0), 1);
  ASSERT_EQ(PQsendQueryParams(conn.get(), "exec_fail", 0, nullptr, nullptr, nullptr, nullptr, 0),
            1);
  ASSERT_EQ(PQsendQueryParams(conn.get(), "SELECT 1", 0, nullptr, nullptr, nullptr, nullptr, 0),
            1);
  ASSERT_EQ(PQpipelineSync(conn.get()), 1);
  ASSERT_EQ(PQsendQueryParams(conn.get(), "rows 2", 0, nullptr, nullptr, nullptr, nullptr, 0), 1);
  ASSERT_EQ(PQpipelineSync(conn.get()), 1);

  std::vector<std::string> statuses;
  int syncs = 0;
  while (syncs < 2) {
    PGresult* result = PQgetResult(conn.get());
    if (result == nullptr) continue;  // end of one query's results
    ExecStatusType status = PQresultStatus(result);
    std::string entry = PQresStatus(status);
    if (status == PGRES_FATAL_ERROR) entry += ":" + SqlState(result);
    if (status == PGRES_TUPLES_OK) entry += ":" + std::string(PQgetvalue(result, 0, 0));
    statuses.push_back(entry);
    if (status == PGRES_PIPELINE_SYNC) ++syncs;
    PQclear(result);
  }
  EXPECT_EQ(statuses, (std::vector<std::string>{"PGRES_TUPLES_OK:3", "PGRES_FATAL_ERROR:22012",
                                                "PGRES_PIPELINE_ABORTED", "PGRES_PIPELINE_SYNC",
                                                "PGRES_TUPLES_OK:1", "PGRES_PIPELINE_SYNC"}));
  EXPECT_EQ(PQexitPipelineMode(conn.get()), 1);
  PgResult ok(PQexec(conn.get(), "SELECT 1"));
  EXPECT_EQ(PQresultStatus(ok.get()), PGRES_TUPLES_OK);
}

// ---- libpq: cancel, admission ------------------------------------------------

TEST_P(ServerTest, CancelRunningStatement) {
  Conn conn = Connect();
  ASSERT_EQ(PQsendQuery(conn.get(), "sleep"), 1);
  ASSERT_TRUE(WaitFor([&] { return engine_.stats.sleeping.load() == 1; }));
  PGcancel* cancel = PQgetCancel(conn.get());
  char error[256];
  auto started = std::chrono::steady_clock::now();
  ASSERT_EQ(PQcancel(cancel, error, sizeof(error)), 1) << error;
  PQfreeCancel(cancel);
  PgResult result(PQgetResult(conn.get()));
  EXPECT_EQ(SqlState(result.get()), "57014");
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(5));
  while (PGresult* rest = PQgetResult(conn.get())) PQclear(rest);
  PgResult ok(PQexec(conn.get(), "SELECT 1"));
  EXPECT_EQ(PQresultStatus(ok.get()), PGRES_TUPLES_OK);
}

TEST_P(ServerTest, CancelWithWrongKeyIsIgnored) {
  Conn conn = Connect();
  ASSERT_EQ(PQsendQuery(conn.get(), "sleep"), 1);
  ASSERT_TRUE(WaitFor([&] { return engine_.stats.sleeping.load() == 1; }));
  RawClient raw(server_->port());
  raw.Send(RawClient::Int32(16) + RawClient::Int32(kCancelRequestCode) +
           RawClient::Int32(PQbackendPID(conn.get())) + RawClient::Int32(12345));
  EXPECT_TRUE(raw.AtEof());  // closed without a reply
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  EXPECT_EQ(engine_.stats.sleeping.load(), 1);  // still running
  PGcancel* cancel = PQgetCancel(conn.get());
  char error[256];
  ASSERT_EQ(PQcancel(cancel, error, sizeof(error)), 1);
  PQfreeCancel(cancel);
  while (PGresult* rest = PQgetResult(conn.get())) PQclear(rest);
}

TEST_P(ServerTest, UnknownDatabaseIsFatal3D000) {
  Conn conn(PQconnectdb(ConnInfo("dbname=nosuchdb").c_str()));
  ASSERT_EQ(PQstatus(conn.get()), CONNECTION_BAD);
  EXPECT_NE(std::string(PQerrorMessage(conn.get())).find("FATAL:  database \"nosuchdb\" does not exist"),
            std::string::npos)
      << PQerrorMessage(conn.get());
}

TEST_P(ServerTest, AuthenticationMethodsFromRules) {
  server_->Shutdown();
  auto login = [](std::string password) {
    sql::LoginRole role;
    role.password = std::move(password);
    return role;
  };
  engine_.roles["pw"] = login(auth::EncryptPassword(auth::PasswordEncryption::kScramSha256, "pw", "secret"));
  engine_.roles["md"] = login(auth::EncryptPassword(auth::PasswordEncryption::kMd5, "md", "secret"));
  engine_.roles["sc"] = login(auth::EncryptPassword(auth::PasswordEncryption::kScramSha256, "sc", "secret"));
  engine_.roles["old"] = login(auth::EncryptPassword(auth::PasswordEncryption::kScramSha256, "old", "secret"));
  engine_.roles["old"].password_expired = true;
  engine_.roles["tr"] = sql::LoginRole{};
  engine_.roles["rj"] = sql::LoginRole{};
  Result<auth::HbaRules> rules = auth::HbaRules::Parse(
      "host all pw 127.0.0.1/32 password\n"
      "host all md 127.0.0.1/32 md5\n"
      "host all sc,old,ghost 127.0.0.1/32 scram-sha-256\n"
      "host all tr 127.0.0.1/32 trust\n"
      "host all rj 127.0.0.1/32 reject\n",
      "test");
  ASSERT_TRUE(rules.ok());
  ServerOptions options;
  options.hba_rules = std::make_shared<const auth::HbaRules>(std::move(rules).value());
  StartServer(options);
  auto attempt = [&](const std::string& user, const std::string& password) -> std::string {
    Conn conn(PQconnectdb(ConnInfo("user=" + user + " password='" + password + "'").c_str()));
    if (PQstatus(conn.get()) == CONNECTION_OK) return "ok";
    std::string error = PQerrorMessage(conn.get());
    size_t fatal = error.find("FATAL:  ");
    return fatal == std::string::npos ? error : error.substr(fatal + 8, error.find('\n', fatal) - fatal - 8);
  };
  EXPECT_EQ(attempt("pw", "secret"), "ok");
  EXPECT_EQ(attempt("pw", "wrong"), "password authentication failed for user \"pw\"");
  EXPECT_EQ(attempt("md", "secret"), "ok");
  EXPECT_EQ(attempt("md", "wrong"), "password authentication failed for user \"md\"");
  EXPECT_EQ(attempt("sc", "secret"), "ok");
  EXPECT_EQ(attempt("sc", "wrong"), "password authentication failed for user \"sc\"");
  EXPECT_EQ(attempt("old", "secret"), "password authentication failed for user \"old\"");
  EXPECT_EQ(attempt("ghost", "secret"), "password authentication failed for user \"ghost\"");
  EXPECT_EQ(attempt("tr", ""), "ok");
  EXPECT_EQ(attempt("rj", ""),
            "pg_hba.conf rejects connection for host \"127.0.0.1\", user \"rj\", database \"db\", no encryption");
  EXPECT_EQ(attempt("zz", ""),
            "no pg_hba.conf entry for host \"127.0.0.1\", user \"zz\", database \"db\", no encryption");
  // New rules apply to the next connection (SIGHUP reload); null trusts all.
  server_->SetHbaRules(nullptr);
  EXPECT_EQ(attempt("zz", ""), "ok");
}

TEST_P(ServerTest, TooManyConnections) {
  server_->Shutdown();
  ServerOptions options;
  options.max_connections = 2;
  StartServer(options);
  Conn first = Connect();
  Conn second = Connect();
  Conn third(PQconnectdb(ConnInfo().c_str()));
  ASSERT_EQ(PQstatus(third.get()), CONNECTION_BAD);
  EXPECT_NE(std::string(PQerrorMessage(third.get())).find("FATAL:  sorry, too many clients already"),
            std::string::npos)
      << PQerrorMessage(third.get());
  // A rejected client still may cancel.
  ASSERT_EQ(PQsendQuery(first.get(), "sleep"), 1);
  ASSERT_TRUE(WaitFor([&] { return engine_.stats.sleeping.load() == 1; }));
  PGcancel* cancel = PQgetCancel(first.get());
  char error[256];
  ASSERT_EQ(PQcancel(cancel, error, sizeof(error)), 1);
  PQfreeCancel(cancel);
  PgResult cancelled(PQgetResult(first.get()));
  EXPECT_EQ(SqlState(cancelled.get()), "57014");
  while (PGresult* rest = PQgetResult(first.get())) PQclear(rest);
  // Closing one frees a slot.
  second.reset();
  ASSERT_TRUE(WaitFor([&] { return server_->active_connections() == 1; }));
  Conn fourth = Connect();
  EXPECT_EQ(PQstatus(fourth.get()), CONNECTION_OK);
}

TEST_P(ServerTest, EngineExceptionEndsOnlyThatConnection) {
  spdlog::set_level(spdlog::level::off);
  Conn victim = Connect();
  Conn bystander = Connect();
  ASSERT_EQ(PQsendQuery(victim.get(), "rows 3; throw"), 1);
  PgResult result(PQgetResult(victim.get()));
  EXPECT_EQ(SqlState(result.get()), "XX000");
  EXPECT_STREQ(PQresultErrorField(result.get(), PG_DIAG_SEVERITY), "FATAL");
  while (PGresult* rest = PQgetResult(victim.get())) PQclear(rest);
  EXPECT_NE(std::string(PQerrorMessage(victim.get())).find("FATAL:  internal error: boom"),
            std::string::npos)
      << PQerrorMessage(victim.get());
  EXPECT_EQ(PQstatus(victim.get()), CONNECTION_BAD);
  PgResult ok(PQexec(bystander.get(), "SELECT 1"));
  EXPECT_EQ(PQresultStatus(ok.get()), PGRES_TUPLES_OK);
  EXPECT_TRUE(WaitFor([&] { return engine_.stats.sessions_open.load() == 1; }));
}

TEST_P(ServerTest, ManyConcurrentClients) {
  constexpr int kClients = 16;
  constexpr int kQueriesPerClient = 100;
  std::atomic<int> good_results{0};
  std::vector<std::thread> clients;
  for (int c = 0; c < kClients; ++c) {
    clients.emplace_back([&, c] {
      Conn conn(PQconnectdb(ConnInfo().c_str()));
      if (PQstatus(conn.get()) != CONNECTION_OK) return;
      PgResult prepared(PQprepare(conn.get(), "q", "SELECT $1::int4", 0, nullptr));
      for (int i = 0; i < kQueriesPerClient; ++i) {
        std::string value = std::to_string(c * 1000 + i);
        const char* values[] = {value.c_str()};
        PgResult result(i % 2 == 0
                            ? PQexecPrepared(conn.get(), "q", 1, values, nullptr, nullptr, 0)
                            : PQexec(conn.get(), "rows 10"));
        if (PQresultStatus(result.get()) != PGRES_TUPLES_OK) continue;
        const char* expected = i % 2 == 0 ? value.c_str() : "10";
        if (std::string(PQgetvalue(result.get(), PQntuples(result.get()) - 1, 0)) == expected) {
          ++good_results;
        }
      }
    });
  }
  for (std::thread& client : clients) client.join();
  EXPECT_EQ(good_results.load(), kClients * kQueriesPerClient);
  EXPECT_TRUE(WaitFor([&] { return server_->active_connections() == 0; }));
}

TEST_P(ServerTest, SessionsAreClosedWhenClientsLeave) {
  {
    Conn a = Connect();
    Conn b = Connect();
    EXPECT_EQ(engine_.stats.sessions_open.load(), 2);
  }
  EXPECT_TRUE(WaitFor([&] { return engine_.stats.sessions_open.load() == 0; }));
  EXPECT_EQ(engine_.stats.sessions_closed.load(), 2);
}

TEST_P(ServerTest, ShutdownEndsIdleAndBusySessions) {
  Conn idle = Connect();
  Conn busy = Connect();
  ASSERT_EQ(PQsendQuery(busy.get(), "sleep"), 1);
  ASSERT_TRUE(WaitFor([&] { return engine_.stats.sleeping.load() == 1; }));
  auto started = std::chrono::steady_clock::now();
  server_->Shutdown();
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(2));
  PgResult result(PQgetResult(busy.get()));
  EXPECT_EQ(SqlState(result.get()), "57P01");
  EXPECT_EQ(engine_.stats.sessions_open.load(), 0);
  PgResult after(PQexec(idle.get(), "SELECT 1"));
  EXPECT_NE(PQresultStatus(after.get()), PGRES_TUPLES_OK);
  EXPECT_NE(std::string(PQerrorMessage(idle.get())).find("terminating connection due to administrator command"),
            std::string::npos)
      << PQerrorMessage(idle.get());
}

// ---- Raw protocol ------------------------------------------------------------

TEST_P(ServerTest, SslAndGssRequestsAnsweredN) {
  RawClient raw(server_->port());
  ASSERT_TRUE(raw.connected());
  raw.Send(RawClient::Int32(8) + RawClient::Int32(kSslRequestCode));
  std::string answer;
  ASSERT_TRUE(raw.ReadExact(1, &answer));
  EXPECT_EQ(answer, "N");
  raw.Send(RawClient::Int32(8) + RawClient::Int32(kGssEncRequestCode));
  ASSERT_TRUE(raw.ReadExact(1, &answer));
  EXPECT_EQ(answer, "N");
  EXPECT_EQ(raw.Startup(), "RSSSSSSSSSSSSSKZ");
}

TEST_P(ServerTest, NegotiatesProtocolVersion) {
  RawClient raw(server_->port());
  raw.Send(RawClient::StartupPacket(kProtocolVersion30 + 2,
                                    {{"user", "u"}, {"_pq_.compression", "on"}}));
  std::vector<std::pair<char, std::string>> messages;
  EXPECT_EQ(raw.ReadUntil('Z', &messages), "vRSSSSSSSSSSSSSKZ");
  std::string expected = RawClient::Int32(kProtocolVersion30) + RawClient::Int32(1) +
                         RawClient::Str("_pq_.compression");
  EXPECT_EQ(messages[0].second, expected);
}

TEST_P(ServerTest, RejectsProtocolVersion2) {
  RawClient raw(server_->port());
  raw.Send(RawClient::StartupPacket(2 << 16, {{"user", "u"}}));
  auto [type, body] = raw.Read();
  ASSERT_EQ(type, 'E');
  EXPECT_EQ(RawClient::Field(body, 'S'), "FATAL");
  EXPECT_EQ(RawClient::Field(body, 'C'), "0A000");
  EXPECT_EQ(RawClient::Field(body, 'M'), "unsupported frontend protocol 2.0: server supports 3.0 to 3.0");
  EXPECT_TRUE(raw.AtEof());
}

TEST_P(ServerTest, MissingUserIsFatal) {
  RawClient raw(server_->port());
  raw.Send(RawClient::StartupPacket(kProtocolVersion30, {{"database", "db"}}));
  auto [type, body] = raw.Read();
  ASSERT_EQ(type, 'E');
  EXPECT_EQ(RawClient::Field(body, 'C'), "28000");
  EXPECT_TRUE(raw.AtEof());
}

TEST_P(ServerTest, DatabaseDefaultsToUserAndReplicationIsRefused) {
  {
    RawClient raw(server_->port());
    raw.Send(RawClient::StartupPacket(kProtocolVersion30, {{"user", "nosuchdb"}}));
    std::vector<std::pair<char, std::string>> messages;
    EXPECT_EQ(raw.ReadUntil('E', &messages), "RE");
    EXPECT_EQ(RawClient::Field(messages[1].second, 'C'), "3D000");
    EXPECT_TRUE(raw.AtEof());
  }
  {
    RawClient raw(server_->port());
    raw.Send(RawClient::StartupPacket(kProtocolVersion30, {{"user", "u"}, {"replication", "off"}}));
    EXPECT_EQ(raw.ReadUntil('Z'), "RSSSSSSSSSSSSSKZ");
  }
  {
    RawClient raw(server_->port());
    raw.Send(RawClient::StartupPacket(kProtocolVersion30, {{"user", "u"}, {"replication", "database"}}));
    auto [type, body] = raw.Read();
    ASSERT_EQ(type, 'E');
    EXPECT_EQ(RawClient::Field(body, 'C'), "0A000");
  }
}

struct MalformedCase {
  const char* name;
  std::string bytes;
  const char* message;
};

TEST_P(ServerTest, MalformedMessagesAreFatalForThatConnectionOnly) {
  std::vector<MalformedCase> cases = {
      {"unknown type", RawClient::Message('z', ""), "invalid frontend message type 122"},
      {"length below 4", std::string("Q") + RawClient::Int32(2), "invalid message length"},
      {"small message too long", std::string("S") + RawClient::Int32(20000),
       "invalid message length"},
      {"unterminated query", RawClient::Message('Q', "SELECT 1"), "invalid string in message"},
      {"truncated parse", RawClient::Message('P', RawClient::Str("s") + RawClient::Str("SELECT 1") + "\x00"),
       "insufficient data left in message"},
      {"trailing bytes in sync", RawClient::Message('S', "x"), "invalid message format"},
      {"bad parameter length",
       RawClient::Message('B', RawClient::Str("") + RawClient::Str("") + RawClient::Int16(0) +
                                   RawClient::Int16(1) + RawClient::Int32(-5) + RawClient::Int16(0)),
       "insufficient data left in message"},
  };
  Conn bystander = Connect();
  for (const MalformedCase& test_case : cases) {
    SCOPED_TRACE(test_case.name);
    RawClient raw(server_->port());
    ASSERT_EQ(raw.Startup(), "RSSSSSSSSSSSSSKZ");
    raw.Send(test_case.bytes);
    auto [type, body] = raw.Read();
    ASSERT_EQ(type, 'E');
    EXPECT_EQ(RawClient::Field(body, 'S'), "FATAL");
    EXPECT_EQ(RawClient::Field(body, 'C'), "08P01");
    EXPECT_EQ(RawClient::Field(body, 'M'), test_case.message);
    EXPECT_TRUE(raw.AtEof());
  }
  // Garbage before startup, too.
  {
    RawClient raw(server_->port());
    raw.Send(RawClient::Int32(3) + "abcd");
    auto [type, body] = raw.Read();
    ASSERT_EQ(type, 'E');
    EXPECT_EQ(RawClient::Field(body, 'M'), "invalid length of startup packet");
  }
  PgResult ok(PQexec(bystander.get(), "SELECT 1"));
  EXPECT_EQ(PQresultStatus(ok.get()), PGRES_TUPLES_OK);
  Conn fresh = Connect();
  EXPECT_EQ(PQstatus(fresh.get()), CONNECTION_OK);
}

TEST_P(ServerTest, MaxMessageSizeIsEnforced) {
  server_->Shutdown();
  ServerOptions options;
  options.max_message_size_bytes = 20000;
  StartServer(options);
  RawClient raw(server_->port());
  ASSERT_EQ(raw.Startup(), "RSSSSSSSSSSSSSKZ");
  raw.Send(RawClient::Query("SELECT 1;" + std::string(19000, ' ')));
  EXPECT_EQ(raw.ReadUntil('Z'), "TDCZ");
  raw.Send(RawClient::Query("SELECT 1;" + std::string(21000, ' ')));
  auto [type, body] = raw.Read();
  ASSERT_EQ(type, 'E');
  EXPECT_EQ(RawClient::Field(body, 'M'), "invalid message length");
}

TEST_P(ServerTest, LargeMessagesAndByteAtATimeInput) {
  RawClient raw(server_->port());
  ASSERT_EQ(raw.Startup(), "RSSSSSSSSSSSSSKZ");
  // A 3 MiB query (the buffer grows, then is released), then small ones.
  raw.Send(RawClient::Query("SELECT 1;" + std::string(3 << 20, ' ')) + RawClient::Query("SELECT 1"));
  EXPECT_EQ(raw.ReadUntil('Z'), "TDCZ");
  EXPECT_EQ(raw.ReadUntil('Z'), "TDCZ");
  // Messages split at every byte boundary are reassembled.
  std::string pipeline = RawClient::Parse("", "rows 2") + RawClient::Bind("", "") +
                         RawClient::Execute("", 0) + RawClient::Sync();
  for (char byte : pipeline) {
    raw.Send(std::string(1, byte));
    std::this_thread::sleep_for(std::chrono::microseconds(200));
  }
  EXPECT_EQ(raw.ReadUntil('Z'), "12DDCZ");
}

TEST_P(ServerTest, ExecuteWithRowLimitSuspendsAndResumes) {
  RawClient raw(server_->port());
  ASSERT_EQ(raw.Startup(), "RSSSSSSSSSSSSSKZ");
  raw.Send(RawClient::Parse("", "rows 5") + RawClient::Bind("", "") +
           RawClient::Message('D', "P" + RawClient::Str("")) + RawClient::Execute("", 2) +
           RawClient::Execute("", 2) + RawClient::Execute("", 2) + RawClient::Sync());
  std::vector<std::pair<char, std::string>> messages;
  EXPECT_EQ(raw.ReadUntil('Z', &messages), "12TDDsDDsDCZ");
  EXPECT_EQ(messages.back().second, "I");
  // The unnamed portal did not survive the end of the implicit transaction.
  raw.Send(RawClient::Execute("", 0) + RawClient::Sync());
  messages.clear();
  EXPECT_EQ(raw.ReadUntil('Z', &messages), "EZ");
  EXPECT_EQ(RawClient::Field(messages[0].second, 'C'), "34000");
  EXPECT_EQ(RawClient::Field(messages[0].second, 'M'), "portal \"\" does not exist");
}

TEST_P(ServerTest, ErrorSkipsToSync) {
  RawClient raw(server_->port());
  ASSERT_EQ(raw.Startup(), "RSSSSSSSSSSSSSKZ");
  // Parse fails; Bind/Execute/Query are skipped; Sync answers.
  raw.Send(RawClient::Parse("", "fail") + RawClient::Bind("", "") + RawClient::Execute("", 0) +
           RawClient::Query("SELECT 1") + RawClient::Sync() + RawClient::Query("SELECT 1"));
  std::vector<std::pair<char, std::string>> messages;
  EXPECT_EQ(raw.ReadUntil('Z', &messages), "EZ");
  EXPECT_EQ(RawClient::Field(messages[0].second, 'P'), "1");
  EXPECT_EQ(raw.ReadUntil('Z'), "TDCZ");
}

// ---- COPY ----------------------------------------------------------------------

TEST_P(ServerTest, CopyInSimpleProtocol) {
  RawClient raw(server_->port());
  ASSERT_EQ(raw.Startup(), "RSSSSSSSSSSSSSKZ");
  raw.Send(RawClient::Query("copy in"));
  std::vector<std::pair<char, std::string>> messages;
  ASSERT_EQ(raw.ReadUntil('G', &messages), "G");
  EXPECT_EQ(messages[0].second, std::string("\0\0\1\0\0", 5));  // text, 1 column, text
  // Flush and Sync inside COPY are ignored, as PostgreSQL does.
  raw.Send(RawClient::Message('d', "abc") + RawClient::Message('H', "") + RawClient::Message('d', "de") +
           RawClient::Message('c', ""));
  messages.clear();
  EXPECT_EQ(raw.ReadUntil('Z', &messages), "CZ");
  EXPECT_EQ(messages[0].second, RawClient::Str("COPY 5"));
}

TEST_P(ServerTest, CopyFailIs57014) {
  RawClient raw(server_->port());
  ASSERT_EQ(raw.Startup(), "RSSSSSSSSSSSSSKZ");
  raw.Send(RawClient::Query("copy in"));
  ASSERT_EQ(raw.ReadUntil('G'), "G");
  raw.Send(RawClient::Message('d', "abc") + RawClient::Message('f', RawClient::Str("gave up")));
  std::vector<std::pair<char, std::string>> messages;
  EXPECT_EQ(raw.ReadUntil('Z', &messages), "EZ");
  EXPECT_EQ(RawClient::Field(messages[0].second, 'C'), "57014");
  EXPECT_EQ(RawClient::Field(messages[0].second, 'M'), "COPY from stdin failed: gave up");
}

TEST_P(ServerTest, CopyErrorMidStreamDiscardsTheRest) {
  RawClient raw(server_->port());
  ASSERT_EQ(raw.Startup(), "RSSSSSSSSSSSSSKZ");
  raw.Send(RawClient::Query("copy in"));
  ASSERT_EQ(raw.ReadUntil('G'), "G");
  raw.Send(RawClient::Message('d', "bad"));
  EXPECT_EQ(raw.ReadUntil('Z'), "EZ");
  // The client did not notice yet: the rest of its stream is ignored.
  raw.Send(RawClient::Message('d', "more") + RawClient::Message('c', "") + RawClient::Query("SELECT 1"));
  EXPECT_EQ(raw.ReadUntil('Z'), "TDCZ");
}

TEST_P(ServerTest, CopyInExtendedProtocol) {
  RawClient raw(server_->port());
  ASSERT_EQ(raw.Startup(), "RSSSSSSSSSSSSSKZ");
  // libpq sends Sync right after Execute; during COPY it is swallowed and the
  // client sends another after CopyDone.
  raw.Send(RawClient::Parse("", "copy in") + RawClient::Bind("", "") + RawClient::Execute("", 0) +
           RawClient::Sync());
  ASSERT_EQ(raw.ReadUntil('G'), "12G");
  raw.Send(RawClient::Message('d', "xy") + RawClient::Message('c', "") + RawClient::Sync());
  std::vector<std::pair<char, std::string>> messages;
  EXPECT_EQ(raw.ReadUntil('Z', &messages), "CZ");
  EXPECT_EQ(messages[0].second, RawClient::Str("COPY 2"));
  // An error mid-stream skips everything up to the client's Sync: one ReadyForQuery.
  raw.Send(RawClient::Parse("", "copy in") + RawClient::Bind("", "") + RawClient::Execute("", 0) +
           RawClient::Sync());
  ASSERT_EQ(raw.ReadUntil('G'), "12G");
  raw.Send(RawClient::Message('d', "bad") + RawClient::Message('d', "more") + RawClient::Message('c', "") +
           RawClient::Sync() + RawClient::Query("SELECT 1"));
  EXPECT_EQ(raw.ReadUntil('Z'), "EZ");
  EXPECT_EQ(raw.ReadUntil('Z'), "TDCZ");
}

TEST_P(ServerTest, UnexpectedMessageDuringCopyEndsTheConnection) {
  RawClient raw(server_->port());
  ASSERT_EQ(raw.Startup(), "RSSSSSSSSSSSSSKZ");
  raw.Send(RawClient::Query("copy in"));
  ASSERT_EQ(raw.ReadUntil('G'), "G");
  raw.Send(RawClient::Query("SELECT 1"));
  std::vector<std::pair<char, std::string>> messages;
  EXPECT_EQ(raw.ReadUntil('Z', &messages), "EE<eof>");
  ASSERT_EQ(messages.size(), 2u);
  EXPECT_EQ(RawClient::Field(messages[0].second, 'S'), "ERROR");
  EXPECT_EQ(RawClient::Field(messages[0].second, 'M'), "unexpected message type 0x51 during COPY from stdin");
  EXPECT_EQ(RawClient::Field(messages[1].second, 'S'), "FATAL");
  EXPECT_EQ(RawClient::Field(messages[1].second, 'M'),
            "terminating connection because protocol synchronization was lost");
}

TEST_P(ServerTest, CopyOut) {
  RawClient raw(server_->port());
  ASSERT_EQ(raw.Startup(), "RSSSSSSSSSSSSSKZ");
  raw.Send(RawClient::Query("copy out 3"));
  std::vector<std::pair<char, std::string>> messages;
  EXPECT_EQ(raw.ReadUntil('Z', &messages), "HdddcCZ");
  EXPECT_EQ(messages[1].second, "1\n");
  EXPECT_EQ(messages[5].second, RawClient::Str("COPY 3"));
  raw.Send(RawClient::Parse("", "copy out 1") + RawClient::Bind("", "") + RawClient::Execute("", 0) +
           RawClient::Sync());
  EXPECT_EQ(raw.ReadUntil('Z'), "12HdcCZ");
}

TEST_P(ServerTest, NamedPortalsLiveUntilTransactionEnd) {
  RawClient raw(server_->port());
  ASSERT_EQ(raw.Startup(), "RSSSSSSSSSSSSSKZ");
  raw.Send(RawClient::Query("BEGIN"));
  EXPECT_EQ(raw.ReadUntil('Z'), "CZ");
  raw.Send(RawClient::Parse("st", "rows 3") + RawClient::Bind("p", "st") +
           RawClient::Execute("p", 1) + RawClient::Sync());
  EXPECT_EQ(raw.ReadUntil('Z'), "12DsZ");
  // Still inside the transaction block: the portal survives Sync.
  raw.Send(RawClient::Execute("p", 0) + RawClient::Sync());
  EXPECT_EQ(raw.ReadUntil('Z'), "DDCZ");
  // A second Bind to the same name fails with 42P03.
  raw.Send(RawClient::Bind("p", "st") + RawClient::Sync());
  std::vector<std::pair<char, std::string>> messages;
  EXPECT_EQ(raw.ReadUntil('Z', &messages), "EZ");
  EXPECT_EQ(RawClient::Field(messages[0].second, 'C'), "42P03");
  raw.Send(RawClient::Query("ROLLBACK"));
  EXPECT_EQ(raw.ReadUntil('Z'), "CZ");
  raw.Send(RawClient::Execute("p", 0) + RawClient::Sync());
  messages.clear();
  EXPECT_EQ(raw.ReadUntil('Z', &messages), "EZ");
  EXPECT_EQ(RawClient::Field(messages[0].second, 'C'), "34000");
  // Named statements survive transactions; Close removes them.
  raw.Send(RawClient::Message('C', "S" + RawClient::Str("st")) +
           RawClient::Message('C', "S" + RawClient::Str("never")) + RawClient::Bind("", "st") +
           RawClient::Sync());
  messages.clear();
  EXPECT_EQ(raw.ReadUntil('Z', &messages), "33EZ");
  EXPECT_EQ(RawClient::Field(messages[2].second, 'M'), "prepared statement \"st\" does not exist");
}

TEST_P(ServerTest, SimpleQueryDropsUnnamedStatement) {
  RawClient raw(server_->port());
  ASSERT_EQ(raw.Startup(), "RSSSSSSSSSSSSSKZ");
  raw.Send(RawClient::Parse("", "SELECT 1") + RawClient::Sync());
  EXPECT_EQ(raw.ReadUntil('Z'), "1Z");
  raw.Send(RawClient::Query("SELECT 1"));
  EXPECT_EQ(raw.ReadUntil('Z'), "TDCZ");
  raw.Send(RawClient::Bind("", "") + RawClient::Sync());
  std::vector<std::pair<char, std::string>> messages;
  EXPECT_EQ(raw.ReadUntil('Z', &messages), "EZ");
  EXPECT_EQ(RawClient::Field(messages[0].second, 'M'), "unnamed prepared statement does not exist");
}

TEST_P(ServerTest, FlushSendsPendingOutputWithoutSync) {
  RawClient raw(server_->port());
  ASSERT_EQ(raw.Startup(), "RSSSSSSSSSSSSSKZ");
  raw.Send(RawClient::Parse("a", "SELECT 1") + RawClient::Message('H', ""));
  auto [type, body] = raw.Read();
  EXPECT_EQ(type, '1');
  raw.Send(RawClient::Message('d', "ignored") + RawClient::Message('c', "") +
           RawClient::Message('F', RawClient::Int32(1)) + RawClient::Sync());
  std::vector<std::pair<char, std::string>> messages;
  EXPECT_EQ(raw.ReadUntil('Z', &messages), "EZ");
  EXPECT_EQ(RawClient::Field(messages[0].second, 'C'), "0A000");
  EXPECT_EQ(raw.ReadUntil('Z'), "Z");  // the Sync
  raw.Send(RawClient::Message('X', ""));
  EXPECT_TRUE(raw.AtEof());
}

TEST_P(ServerTest, BindFormatCodes) {
  RawClient raw(server_->port());
  ASSERT_EQ(raw.Startup(), "RSSSSSSSSSSSSSKZ");
  // One binary format code applied to the single result column.
  raw.Send(RawClient::Parse("", "SELECT 1") +
           RawClient::Message('B', RawClient::Str("") + RawClient::Str("") + RawClient::Int16(0) +
                                       RawClient::Int16(0) + RawClient::Int16(1) +
                                       RawClient::Int16(1)) +
           RawClient::Message('D', "P" + RawClient::Str("")) + RawClient::Execute("", 0) +
           RawClient::Sync());
  std::vector<std::pair<char, std::string>> messages;
  ASSERT_EQ(raw.ReadUntil('Z', &messages), "12TDCZ");
  const std::string& description = messages[2].second;
  EXPECT_EQ(description.substr(description.size() - 2), RawClient::Int16(1));
  EXPECT_EQ(messages[3].second, RawClient::Int16(1) + RawClient::Int32(4) + RawClient::Int32(1));
  // Two result formats for a one-column statement: 08P01, not fatal.
  raw.Send(RawClient::Parse("", "SELECT 1") +
           RawClient::Message('B', RawClient::Str("") + RawClient::Str("") + RawClient::Int16(0) +
                                       RawClient::Int16(0) + RawClient::Int16(2) +
                                       RawClient::Int16(1) + RawClient::Int16(0)) +
           RawClient::Sync());
  messages.clear();
  ASSERT_EQ(raw.ReadUntil('Z', &messages), "1EZ");
  EXPECT_EQ(RawClient::Field(messages[1].second, 'S'), "ERROR");
  EXPECT_EQ(RawClient::Field(messages[1].second, 'M'),
            "bind message has 2 result formats but query has 1 columns");
  // Format code 7 is rejected with 22023.
  raw.Send(RawClient::Parse("", "SELECT 1") +
           RawClient::Message('B', RawClient::Str("") + RawClient::Str("") + RawClient::Int16(0) +
                                       RawClient::Int16(0) + RawClient::Int16(1) +
                                       RawClient::Int16(7)) +
           RawClient::Sync());
  messages.clear();
  ASSERT_EQ(raw.ReadUntil('Z', &messages), "1EZ");
  EXPECT_EQ(RawClient::Field(messages[1].second, 'C'), "22023");
}

TEST_P(ServerTest, UnixDomainSocket) {
  char directory[] = "/tmp/augur-net-test-XXXXXX";
  ASSERT_NE(mkdtemp(directory), nullptr);
  server_->Shutdown();
  unix_socket_directory_ = directory;
  StartServer();
  std::string path = std::string(directory) + "/.s.PGSQL." + std::to_string(server_->port());
  EXPECT_EQ(access(path.c_str(), F_OK), 0);
  std::string conninfo = std::string("host=") + directory +
                         " port=" + std::to_string(server_->port()) + " user=u dbname=d";
  {
    Conn conn(PQconnectdb(conninfo.c_str()));
    ASSERT_EQ(PQstatus(conn.get()), CONNECTION_OK) << PQerrorMessage(conn.get());
    PgResult result(PQexec(conn.get(), "SELECT 1"));
    EXPECT_EQ(PQresultStatus(result.get()), PGRES_TUPLES_OK);
    // Cancel works over the Unix socket too.
    ASSERT_EQ(PQsendQuery(conn.get(), "sleep"), 1);
    ASSERT_TRUE(WaitFor([&] { return engine_.stats.sleeping.load() == 1; }));
    PGcancel* cancel = PQgetCancel(conn.get());
    char error[256];
    ASSERT_EQ(PQcancel(cancel, error, sizeof(error)), 1) << error;
    PQfreeCancel(cancel);
    PgResult cancelled(PQgetResult(conn.get()));
    EXPECT_EQ(SqlState(cancelled.get()), "57014");
    while (PGresult* rest = PQgetResult(conn.get())) PQclear(rest);
  }
  // A second server on the same socket path is refused.
  {
    ServerOptions options;
    options.listen_addresses = "";
    options.port = server_->port();
    options.unix_socket_directory = directory;
    Server second(engine_, options);
    Status status = second.Start();
    EXPECT_FALSE(status.ok());
    EXPECT_NE(status.message().find("another server is listening"), std::string::npos)
        << status.ToString();
  }
  server_->Shutdown();
  EXPECT_NE(access(path.c_str(), F_OK), 0);  // removed at shutdown
  rmdir(directory);
}

TEST_P(ServerTest, StartupTimeoutClosesSilentClients) {
  server_->Shutdown();
  ServerOptions options;
  options.startup_timeout_ms = 100;
  StartServer(options);
  RawClient raw(server_->port());
  raw.Send(RawClient::Int32(100));  // a partial startup packet, then nothing
  EXPECT_TRUE(raw.AtEof());
  Conn conn = Connect();
  EXPECT_EQ(PQstatus(conn.get()), CONNECTION_OK);
}

}  // namespace
INSTANTIATE_TEST_SUITE_P(IoModels, ServerTest,
                         ::testing::Values(IoModel::kThreads, IoModel::kEpoll),
                         [](const ::testing::TestParamInfo<IoModel>& info) {
                           return info.param == IoModel::kEpoll ? "epoll" : "threads";
                         });

}  // namespace augur::net
