// A canned sql::Engine for net/ tests: sessions answer a handful of fixed
// statements so the protocol layer can be exercised without the real engine.
//
//   "SELECT 1"           one int4 column "?column?", one row "1"
//   "rows N"             int4 column "n", rows 1..N
//   "SELECT $1::int4"    (extended) echoes an int4 parameter, text or binary
//   "fail"               42601 syntax error, position 1 (at Prepare time too)
//   "exec_fail"          prepares fine, fails with 22012 when executed
//   "sleep"              runs until cancelled (57014) or 10 s pass
//   "notice"             a WARNING notice, then "DO"
//   "copy in"            COPY FROM STDIN: "COPY <bytes received>"; data containing
//                        "bad" fails with 22P02 as soon as it arrives
//   "copy out N"         COPY TO STDOUT of N one-line rows
//   "throw"              throws std::runtime_error (an engine bug)
//   "BEGIN"/"COMMIT"/"ROLLBACK"   transaction status tracking
//   ""                   EmptyQueryResponse
// The simple protocol splits text on ';'.
//
// Thread-safety: like a real Session (RequestCancel from any thread); the
// engine's counters are atomics.
#pragma once

#include <arpa/inet.h>

#include <atomic>
#include <chrono>
#include <cstring>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "sql/session.h"

namespace augur::net::testing {

struct FakeEngineStats {
  std::atomic<int> sessions_open{0};
  std::atomic<int> sessions_closed{0};
  std::atomic<int> sleeping{0};  // statements currently inside "sleep"
};

inline sql::ResultColumn Int4Column(std::string name) {
  sql::ResultColumn column;
  column.name = std::move(name);
  column.type_oid = 23;
  column.type_size = 4;
  return column;
}

inline std::string Trim(std::string_view text) {
  size_t first = text.find_first_not_of(" \t\n");
  if (first == std::string_view::npos) return "";
  size_t last = text.find_last_not_of(" \t\n");
  return std::string(text.substr(first, last - first + 1));
}

class FakeStatement : public sql::PreparedStatement {
 public:
  std::string text;
  std::vector<uint32_t> parameter_types;
  std::vector<sql::ResultColumn> columns;
  std::span<const uint32_t> parameter_type_oids() const override { return parameter_types; }
  std::span<const sql::ResultColumn> result_columns() const override { return columns; }
};

class FakePortal : public sql::Portal {
 public:
  std::shared_ptr<FakeStatement> statement;
  std::vector<int16_t> formats;
  std::vector<int32_t> values;  // rows still to send
  size_t next_row = 0;
  std::span<const sql::ResultColumn> result_columns() const override {
    return statement->columns;
  }
  std::span<const int16_t> result_formats() const override { return formats; }
};

class FakeSession : public sql::Session {
 public:
  explicit FakeSession(FakeEngineStats* stats) : stats_(stats) { ++stats_->sessions_open; }
  ~FakeSession() override { --stats_->sessions_open; }

  Status ExecuteSimpleQuery(std::string_view text, sql::ResultSink& sink) override {
    std::vector<std::string> statements;
    size_t start = 0;
    while (start <= text.size()) {
      size_t semicolon = text.find(';', start);
      if (semicolon == std::string_view::npos) semicolon = text.size();
      std::string statement = Trim(text.substr(start, semicolon - start));
      if (!statement.empty()) statements.push_back(statement);
      start = semicolon + 1;
    }
    if (statements.empty()) {
      sink.SendEmptyQueryResponse();
      return Status::Ok();
    }
    for (const std::string& statement : statements) {
      Status status = RunOne(statement, sink, /*describe=*/true, {}, 0);
      if (!status.ok()) {
        if (status_ == 'T') status_ = 'E';
        return status;
      }
    }
    return Status::Ok();
  }

  Result<std::shared_ptr<sql::PreparedStatement>> Prepare(
      std::string_view text, std::span<const uint32_t> types) override {
    auto statement = std::make_shared<FakeStatement>();
    statement->text = Trim(text);
    const std::string& t = statement->text;
    if (t == "fail") return SyntaxError();
    if (t == "SELECT $1::int4") {
      statement->parameter_types = {23};
      statement->columns = {Int4Column("int4")};
    } else if (t == "SELECT 1") {
      statement->columns = {Int4Column("?column?")};
    } else if (t.starts_with("rows ")) {
      statement->columns = {Int4Column("n")};
    } else if (t == "exec_fail" || t == "sleep" || t == "BEGIN" || t == "COMMIT" ||
               t == "ROLLBACK" || t.empty() || t == "copy in" || t.starts_with("copy out ")) {
    } else {
      return Status::Error(sqlstate::kSyntaxError, "unknown fake statement");
    }
    (void)types;
    return std::shared_ptr<sql::PreparedStatement>(std::move(statement));
  }

  Result<std::unique_ptr<sql::Portal>> Bind(std::shared_ptr<sql::PreparedStatement> statement,
                                            std::span<const sql::BindParameter> parameters,
                                            std::span<const int16_t> formats) override {
    auto portal = std::make_unique<FakePortal>();
    portal->statement = std::static_pointer_cast<FakeStatement>(statement);
    portal->formats.assign(formats.begin(), formats.end());
    const std::string& t = portal->statement->text;
    if (t == "SELECT $1::int4") {
      const sql::BindParameter& p = parameters[0];
      if (p.is_null) return Status::Error(sqlstate::kNullValueNotAllowed, "null");
      int32_t value;
      if (p.format == sql::kBinaryFormat) {
        if (p.bytes.size() != 4) {
          return Status::Error(sqlstate::kInvalidBinaryRepresentation,
                               "insufficient data left in message");
        }
        uint32_t network;
        std::memcpy(&network, p.bytes.data(), 4);
        value = static_cast<int32_t>(ntohl(network));
      } else {
        value = std::stoi(std::string(p.bytes));
      }
      portal->values = {value};
    } else if (t == "SELECT 1") {
      portal->values = {1};
    } else if (t.starts_with("rows ")) {
      int count = std::stoi(t.substr(5));
      for (int i = 1; i <= count; ++i) portal->values.push_back(i);
    }
    return std::unique_ptr<sql::Portal>(std::move(portal));
  }

  Result<sql::ExecuteOutcome> Execute(sql::Portal& portal_base, int64_t max_rows,
                                      sql::ResultSink& sink) override {
    auto& portal = static_cast<FakePortal&>(portal_base);
    const std::string& t = portal.statement->text;
    if (status_ == 'E' && t != "ROLLBACK" && t != "COMMIT") {
      return Status::Error(sqlstate::kInFailedSqlTransaction,
                           "current transaction is aborted, commands ignored until end of "
                           "transaction block");
    }
    if (!portal.statement->columns.empty()) {
      int16_t format = portal.formats.empty() ? sql::kTextFormat : portal.formats[0];
      size_t sent = 0;
      while (portal.next_row < portal.values.size()) {
        if (max_rows > 0 && static_cast<int64_t>(sent) == max_rows) {
          return sql::ExecuteOutcome{true};
        }
        AppendInt4Row(sink.RowBuffer(), portal.values[portal.next_row++], format);
        ++sent;
        sink.RowsAppended();
      }
      sink.SendCommandComplete("SELECT " + std::to_string(sent));
      return sql::ExecuteOutcome{};
    }
    Status status = RunOne(t, sink, /*describe=*/false, {}, 0);
    if (!status.ok()) {
      failed_in_extended_ = true;
      if (status_ == 'T') status_ = 'E';
      return status;
    }
    return sql::ExecuteOutcome{};
  }

  Status Sync() override {
    failed_in_extended_ = false;
    return Status::Ok();
  }
  char TransactionStatus() const override { return status_; }
  void RequestCancel() override { cancel_.store(true); }
  void Close() override { ++stats_->sessions_closed; }

  static void AppendInt4Row(std::string& buffer, int32_t value, int16_t format) {
    size_t start = sql::BeginDataRow(buffer, 1);
    if (format == sql::kBinaryFormat) {
      uint32_t network = htonl(static_cast<uint32_t>(value));
      sql::AppendField(buffer, std::string_view(reinterpret_cast<const char*>(&network), 4));
    } else {
      sql::AppendField(buffer, std::to_string(value));
    }
    sql::EndDataRow(buffer, start);
  }

 private:
  static Status SyntaxError() {
    return Status::Error(sqlstate::kSyntaxError, "syntax error at or near \"fail\"")
        .WithPosition(1);
  }

  Status RunOne(const std::string& t, sql::ResultSink& sink, bool describe,
                std::span<const int16_t>, int64_t) {
    cancel_.store(false);
    if (status_ == 'E' && t != "ROLLBACK" && t != "COMMIT") {
      return Status::Error(sqlstate::kInFailedSqlTransaction,
                           "current transaction is aborted, commands ignored until end of "
                           "transaction block");
    }
    if (t == "SELECT 1" || t.starts_with("rows ")) {
      sql::ResultColumn column = Int4Column(t == "SELECT 1" ? "?column?" : "n");
      int16_t format = sql::kTextFormat;
      if (describe) sink.SendRowDescription({&column, 1}, {&format, 1});
      int count = t == "SELECT 1" ? 1 : std::stoi(t.substr(5));
      for (int i = 1; i <= count; ++i) {
        AppendInt4Row(sink.RowBuffer(), i, format);
        if (i % 100 == 0) sink.RowsAppended();
      }
      sink.RowsAppended();
      sink.SendCommandComplete("SELECT " + std::to_string(count));
      return Status::Ok();
    }
    if (t == "copy in") {
      // COPY FROM STDIN: counts the bytes received; data containing "bad"
      // fails at once (the client is still streaming).
      int16_t format = sql::kTextFormat;
      RETURN_IF_ERROR(sink.BeginCopyIn(sql::kTextFormat, {&format, 1}));
      size_t bytes = 0;
      for (;;) {
        std::string_view data;
        ASSIGN_OR_RETURN(bool more, sink.ReadCopyData(&data));
        if (!more) break;
        if (data.find("bad") != std::string_view::npos) {
          return Status::Error("22P02", "bad data");
        }
        bytes += data.size();
      }
      sink.SendCommandComplete("COPY " + std::to_string(bytes));
      return Status::Ok();
    }
    if (t.starts_with("copy out ")) {
      int count = std::stoi(t.substr(9));
      int16_t format = sql::kTextFormat;
      RETURN_IF_ERROR(sink.BeginCopyOut(sql::kTextFormat, {&format, 1}));
      for (int i = 1; i <= count; ++i) {
        size_t start = sql::BeginCopyData(sink.RowBuffer());
        sink.RowBuffer() += std::to_string(i) + "\n";
        sql::EndCopyData(sink.RowBuffer(), start);
      }
      sink.RowsAppended();
      sink.EndCopyOut();
      sink.SendCommandComplete("COPY " + std::to_string(count));
      return Status::Ok();
    }
    if (t == "fail") return SyntaxError();
    if (t == "throw") throw std::runtime_error("boom");
    if (t == "exec_fail") return Status::Error(sqlstate::kDivisionByZero, "division by zero");
    if (t == "sleep") {
      ++stats_->sleeping;
      auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
      while (!cancel_.load() && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
      }
      --stats_->sleeping;
      if (cancel_.load()) {
        return Status::Error(sqlstate::kQueryCanceled, "canceling statement due to user request");
      }
      sink.SendCommandComplete("SELECT 0");
      return Status::Ok();
    }
    if (t == "notice") {
      sink.SendNotice("WARNING", Status::Error(sqlstate::kWarning, "fake notice")
                                     .WithDetail("some detail"));
      sink.SendCommandComplete("DO");
      return Status::Ok();
    }
    if (t == "BEGIN") {
      if (status_ == 'I') status_ = 'T';
      sink.SendCommandComplete("BEGIN");
      return Status::Ok();
    }
    if (t == "COMMIT" || t == "ROLLBACK") {
      sink.SendCommandComplete(status_ == 'E' || t == "ROLLBACK" ? "ROLLBACK" : "COMMIT");
      status_ = 'I';
      return Status::Ok();
    }
    if (t.empty()) {
      sink.SendEmptyQueryResponse();
      return Status::Ok();
    }
    return Status::Error(sqlstate::kSyntaxError, "unknown fake statement");
  }

  FakeEngineStats* stats_;
  char status_ = 'I';
  bool failed_in_extended_ = false;
  std::atomic<bool> cancel_{false};
};

class FakeEngine : public sql::Engine {
 public:
  Result<std::unique_ptr<sql::Session>> NewSession(std::string_view user,
                                                   std::string_view database) override {
    if (database == "nosuchdb") {
      return Status::Error(sqlstate::kInvalidCatalogName,
                           "database \"" + std::string(database) + "\" does not exist");
    }
    return std::unique_ptr<sql::Session>(std::make_unique<FakeSession>(&stats));
  }
  // Without `roles`, every role exists without a password (the default).
  Result<std::optional<sql::LoginRole>> LookupLoginRole(std::string_view user) override {
    if (roles.empty()) return sql::Engine::LookupLoginRole(user);
    auto it = roles.find(std::string(user));
    if (it == roles.end()) return std::optional<sql::LoginRole>();
    return std::optional<sql::LoginRole>(it->second);
  }
  FakeEngineStats stats;
  std::map<std::string, sql::LoginRole> roles;
};

}  // namespace augur::net::testing
