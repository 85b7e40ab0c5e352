// A stand-in sql::CreateEngine for building and smoke-testing the augurdb
// binary before sql/ provides the real engine (CMake option AUGUR_FAKE_ENGINE).
//
// It answers only `SELECT <integer>` (one int4 column), `SELECT version()`,
// BEGIN/COMMIT/ROLLBACK and the empty query, in both the simple and the
// extended protocol; anything else is 0A000. It stores nothing in data_dir.
#include <charconv>
#include <string>

#include <spdlog/spdlog.h>

#include "server/engine_factory.h"

namespace augur::sql {
namespace {

constexpr uint32_t kInt4Oid = 23;
constexpr uint32_t kTextOid = 25;

// What a supported statement is; kind kNone means "not supported".
struct FakePlan {
  enum class Kind { kNone, kEmpty, kInteger, kVersion, kBegin, kCommit, kRollback } kind =
      Kind::kNone;
  int32_t value = 0;
};

std::string Normalize(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == ';' || c == '\n' || c == '\t' || c == '\r') c = ' ';
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out.push_back(static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c));
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

FakePlan Plan(std::string_view text) {
  std::string normalized = Normalize(text);
  FakePlan plan;
  using Kind = FakePlan::Kind;
  if (normalized.empty()) plan.kind = Kind::kEmpty;
  else if (normalized == "SELECT VERSION()") plan.kind = Kind::kVersion;
  else if (normalized == "BEGIN" || normalized == "START TRANSACTION") plan.kind = Kind::kBegin;
  else if (normalized == "COMMIT" || normalized == "END") plan.kind = Kind::kCommit;
  else if (normalized == "ROLLBACK") plan.kind = Kind::kRollback;
  else if (normalized.starts_with("SELECT ")) {
    std::string_view digits = std::string_view(normalized).substr(7);
    auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), plan.value);
    if (error == std::errc() && end == digits.data() + digits.size()) plan.kind = Kind::kInteger;
  }
  return plan;
}

std::vector<ResultColumn> ColumnsOf(const FakePlan& plan) {
  ResultColumn column;
  if (plan.kind == FakePlan::Kind::kInteger) {
    column.name = "?column?";
    column.type_oid = kInt4Oid;
    column.type_size = 4;
    return {column};
  }
  if (plan.kind == FakePlan::Kind::kVersion) {
    column.name = "version";
    column.type_oid = kTextOid;
    column.type_size = -1;
    return {column};
  }
  return {};
}

class FakeStatement final : public PreparedStatement {
 public:
  explicit FakeStatement(FakePlan plan) : plan_(plan), columns_(ColumnsOf(plan)) {}
  std::span<const uint32_t> parameter_type_oids() const override { return {}; }
  std::span<const ResultColumn> result_columns() const override { return columns_; }
  const FakePlan& plan() const { return plan_; }

 private:
  FakePlan plan_;
  std::vector<ResultColumn> columns_;
};

class FakePortal final : public Portal {
 public:
  FakePortal(std::shared_ptr<FakeStatement> statement, std::vector<int16_t> formats)
      : statement_(std::move(statement)), formats_(std::move(formats)) {}
  std::span<const ResultColumn> result_columns() const override {
    return statement_->result_columns();
  }
  std::span<const int16_t> result_formats() const override { return formats_; }
  const FakeStatement& statement() const { return *statement_; }

 private:
  std::shared_ptr<FakeStatement> statement_;
  std::vector<int16_t> formats_;
};

class FakeSession final : public Session {
 public:
  Status ExecuteSimpleQuery(std::string_view text, ResultSink& sink) override {
    FakePlan plan = Plan(text);
    std::vector<ResultColumn> columns = ColumnsOf(plan);
    std::vector<int16_t> formats(columns.size(), kTextFormat);
    if (!columns.empty()) sink.SendRowDescription(columns, formats);
    return Run(plan, formats, sink);
  }
  Result<std::shared_ptr<PreparedStatement>> Prepare(std::string_view text,
                                                     std::span<const uint32_t>) override {
    FakePlan plan = Plan(text);
    if (plan.kind == FakePlan::Kind::kNone) return Unsupported();
    return std::shared_ptr<PreparedStatement>(std::make_shared<FakeStatement>(plan));
  }
  Result<std::unique_ptr<Portal>> Bind(std::shared_ptr<PreparedStatement> statement,
                                       std::span<const BindParameter>,
                                       std::span<const int16_t> result_formats) override {
    return std::unique_ptr<Portal>(std::make_unique<FakePortal>(
        std::static_pointer_cast<FakeStatement>(std::move(statement)),
        std::vector<int16_t>(result_formats.begin(), result_formats.end())));
  }
  Result<ExecuteOutcome> Execute(Portal& portal, int64_t, ResultSink& sink) override {
    auto& fake = static_cast<FakePortal&>(portal);
    RETURN_IF_ERROR(Run(fake.statement().plan(), fake.result_formats(), sink));
    return ExecuteOutcome{};
  }
  Status Sync() override { return Status::Ok(); }
  char TransactionStatus() const override { return in_block_ ? 'T' : 'I'; }
  void RequestCancel() override {}
  void Close() override { in_block_ = false; }

 private:
  static Status Unsupported() {
    return Status::Error(sqlstate::kFeatureNotSupported,
                         "augurdb was built with the fake engine (AUGUR_FAKE_ENGINE): only "
                         "SELECT <integer>, SELECT version(), BEGIN, COMMIT and ROLLBACK work");
  }

  Status Run(const FakePlan& plan, std::span<const int16_t> formats, ResultSink& sink) {
    using Kind = FakePlan::Kind;
    std::string& buffer = sink.RowBuffer();
    switch (plan.kind) {
      case Kind::kNone:
        return Unsupported();
      case Kind::kEmpty:
        sink.SendEmptyQueryResponse();
        return Status::Ok();
      case Kind::kInteger: {
        size_t start = BeginDataRow(buffer, 1);
        if (!formats.empty() && formats[0] == kBinaryFormat) {
          uint32_t value = static_cast<uint32_t>(plan.value);
          char bytes[4] = {static_cast<char>(value >> 24), static_cast<char>(value >> 16),
                           static_cast<char>(value >> 8), static_cast<char>(value)};
          AppendField(buffer, std::string_view(bytes, 4));
        } else {
          AppendField(buffer, std::to_string(plan.value));
        }
        EndDataRow(buffer, start);
        sink.RowsAppended();
        sink.SendCommandComplete("SELECT 1");
        return Status::Ok();
      }
      case Kind::kVersion: {
        size_t start = BeginDataRow(buffer, 1);
        AppendField(buffer, "PostgreSQL 15.4 (augurdb, fake engine)");
        EndDataRow(buffer, start);
        sink.RowsAppended();
        sink.SendCommandComplete("SELECT 1");
        return Status::Ok();
      }
      case Kind::kBegin:
        if (in_block_) {
          sink.SendNotice("WARNING", Status::Error(sqlstate::kActiveSqlTransaction,
                                                   "there is already a transaction in progress"));
        }
        in_block_ = true;
        sink.SendCommandComplete("BEGIN");
        return Status::Ok();
      case Kind::kCommit:
      case Kind::kRollback:
        if (!in_block_) {
          sink.SendNotice("WARNING", Status::Error(sqlstate::kNoActiveSqlTransaction,
                                                   "there is no transaction in progress"));
        }
        in_block_ = false;
        sink.SendCommandComplete(plan.kind == Kind::kCommit ? "COMMIT" : "ROLLBACK");
        return Status::Ok();
    }
    return Status::Internal("unreachable");
  }

  bool in_block_ = false;
};

class FakeEngine final : public Engine {
 public:
  Result<std::unique_ptr<Session>> NewSession(std::string_view, std::string_view) override {
    return std::unique_ptr<Session>(std::make_unique<FakeSession>());
  }
};

}  // namespace

std::unique_ptr<Engine> CreateEngine(const std::string& data_dir, const EngineOptions& options,
                                     Status* status) {
  (void)data_dir;
  (void)options;
  spdlog::warn("augurdb was built with the FAKE SQL engine (AUGUR_FAKE_ENGINE): it stores nothing "
               "and answers only SELECT <integer>");
  *status = Status::Ok();
  return std::make_unique<FakeEngine>();
}

}  // namespace augur::sql
