// EngineSession: one client's SQL session — transaction state machine,
// statement execution, prepared statements and portals, SET/SHOW.
#include <chrono>

#include "exec/result_encoder.h"
#include "sql/copy.h"
#include "sql/engine_impl.h"
#include "sql/literal_normalizer.h"
#include "types/binary_io.h"
#include "types/datetime.h"
#include "types/text_io.h"
#include "types/timezone.h"

namespace augur::sql {

namespace {

using types::SqlType;
using types::Value;

// COMMIT/ROLLBACK/ROLLBACK TO: the statements a failed block still accepts.
bool IsTransactionExit(PgNode node) {
  if (!node.Is("TransactionStmt")) return false;
  std::string_view kind = node.Str("kind");
  return kind == "TRANS_STMT_COMMIT" || kind == "TRANS_STMT_ROLLBACK" || kind == "TRANS_STMT_ROLLBACK_TO" ||
         kind == "TRANS_STMT_PREPARE" || kind == "TRANS_STMT_COMMIT_PREPARED" ||
         kind == "TRANS_STMT_ROLLBACK_PREPARED";
}

// Microseconds since 2000-01-01 UTC (PostgreSQL's timestamp epoch).
int64_t NowPostgresMicros() {
  int64_t unix_us =
      std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
  return unix_us - 946684800LL * 1000000LL;
}

std::string ToLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

const char* IsolationName(storage::IsolationLevel level) {
  switch (level) {
    case storage::IsolationLevel::kReadCommitted: return "read committed";
    case storage::IsolationLevel::kRepeatableRead: return "repeatable read";
    case storage::IsolationLevel::kSerializable: return "serializable";
  }
  return "read committed";
}

Result<storage::IsolationLevel> ParseIsolation(std::string_view text) {
  std::string t = ToLower(text);
  if (t == "read committed" || t == "read uncommitted") return storage::IsolationLevel::kReadCommitted;
  if (t == "repeatable read") return storage::IsolationLevel::kRepeatableRead;
  if (t == "serializable") return storage::IsolationLevel::kSerializable;
  return Status::Error(sqlstate::kInvalidParameterValue,
                       "invalid value for parameter \"transaction_isolation\": \"" + std::string(text) + "\"");
}

// Text of a SET argument list (A_Const / TypeCast nodes).
std::string SetArgumentText(const ParseTree& tree, PgNode args_owner) {
  std::string out;
  for (PgNode arg : args_owner.List("args")) {
    if (!out.empty()) out += ", ";
    PgNode value = arg.Is("TypeCast") ? arg.Field("arg") : arg;
    PgNode body = value.Body();
    if (body.Field("ival")) {
      out += std::to_string(tree.IntegerConstant(value));
    } else if (PgNode f = body.Field("fval")) {
      out += f.Str("fval");
    } else if (PgNode s = body.Field("sval")) {
      out += s.Str("sval");
    } else if (PgNode b = body.Field("boolval")) {
      out += b.Bool("boolval") ? "on" : "off";
    }
  }
  return out;
}

// The settings SHOW knows, with their defaults (PostgreSQL 15's, adjusted to
// what augurdb runs with).
const std::map<std::string, std::string>& DefaultSettings() {
  static const std::map<std::string, std::string> defaults = {
      {"application_name", ""},
      {"client_encoding", "UTF8"},
      {"client_min_messages", "notice"},
      {"datestyle", "ISO, MDY"},
      {"default_transaction_isolation", "read committed"},
      {"default_transaction_read_only", "off"},
      {"extra_float_digits", "1"},
      {"idle_in_transaction_session_timeout", "0"},
      {"integer_datetimes", "on"},
      {"intervalstyle", "postgres"},
      {"lock_timeout", "0"},
      {"max_identifier_length", "63"},
      {"search_path", "\"$user\", public"},
      {"server_encoding", "UTF8"},
      {"server_version", "15.4"},
      {"server_version_num", "150004"},
      {"standard_conforming_strings", "on"},
      {"statement_timeout", "0"},
      {"synchronous_commit", "on"},
      {"timezone", "UTC"},
      {"transaction_isolation", "read committed"},
      {"transaction_read_only", "off"},
      {"is_superuser", "on"},
  };
  return defaults;
}

// Display names for SHOW's column (PostgreSQL shows the canonical case).
std::string ShowColumnName(const std::string& name) {
  if (name == "datestyle") return "DateStyle";
  if (name == "timezone") return "TimeZone";
  if (name == "intervalstyle") return "IntervalStyle";
  return name;
}

// ParameterStatus names reported to the client when they change.
bool IsReportedSetting(const std::string& name) {
  return name == "application_name" || name == "client_encoding" || name == "datestyle" ||
         name == "intervalstyle" || name == "timezone" || name == "standard_conforming_strings" ||
         name == "is_superuser" || name == "default_transaction_read_only";
}

class SessionPreparedStatement final : public PreparedStatement {
 public:
  explicit SessionPreparedStatement(std::unique_ptr<BoundStatement> bound) : bound_(std::move(bound)) {}
  std::span<const uint32_t> parameter_type_oids() const override { return oids_; }
  std::span<const ResultColumn> result_columns() const override { return bound_->columns; }

  std::unique_ptr<BoundStatement> bound_;
  std::vector<uint32_t> oids_;
  bool plan_in_use = false;  // the cached plan is held by a live portal
};

class SessionPortal final : public Portal {
 public:
  std::span<const ResultColumn> result_columns() const override { return bound->columns; }
  std::span<const int16_t> result_formats() const override { return formats; }

  std::shared_ptr<SessionPreparedStatement> statement;
  BoundStatement* bound = nullptr;              // statement's plan or `own`
  std::unique_ptr<BoundStatement> own;          // a private re-bind when the cached plan was busy
  std::vector<int16_t> formats;
  std::unique_ptr<exec::QueryRunner> runner;
  bool started = false;
  ~SessionPortal() override {
    if (statement && !own) statement->plan_in_use = false;
  }
};

}  // namespace

class EngineSession final : public Session {
 public:
  EngineSession(AugurEngine& engine, std::string user) : engine_(engine), user_(std::move(user)) {
    settings_.values = DefaultSettings();
    settings_.values["session_authorization"] = user_;
  }
  ~EngineSession() override { Close(); }

  Status ExecuteSimpleQuery(std::string_view text, ResultSink& sink) override;
  Result<std::shared_ptr<PreparedStatement>> Prepare(std::string_view text,
                                                     std::span<const uint32_t> parameter_type_oids) override;
  Result<std::unique_ptr<Portal>> Bind(std::shared_ptr<PreparedStatement> statement,
                                       std::span<const BindParameter> parameters,
                                       std::span<const int16_t> result_formats) override;
  Result<ExecuteOutcome> Execute(Portal& portal, int64_t max_rows, ResultSink& sink) override;
  Status Sync() override;
  char TransactionStatus() const override {
    switch (state_) {
      case State::kBlock: return 'T';
      case State::kFailed: return 'E';
      default: return 'I';
    }
  }
  void RequestCancel() override { cancel_.store(true); }
  void Close() override {
    if (txn_) txn_->Rollback();
    txn_.reset();
    statement_.txn = nullptr;
    state_ = State::kIdle;
  }

 private:
  enum class State { kIdle, kImplicit, kBlock, kFailed };

  Status EnsureTransaction();
  Status CommitTransaction(ResultSink* sink);
  void RollbackTransaction();
  Status FailStatement(Status status);
  Status RunBound(BoundStatement& bound, exec::ExecContext& context, ResultSink& sink, bool send_description);
  Status RunUtility(BoundStatement& bound, ResultSink& sink, bool send_description);
  Status RunPlan(BoundStatement& bound, exec::ExecContext& context, ResultSink& sink, bool send_description);
  Status RunTransactionStatement(PgNode node, ResultSink& sink);
  Status RunSet(const ParseTree& tree, PgNode node, ResultSink& sink);
  Result<std::string> ApplyTimeZone(PgNode node, const std::string& value);
  Status RunShow(PgNode node, ResultSink& sink, bool send_description);
  Status RunExplain(BoundStatement& bound, ResultSink& sink, bool send_description);
  Result<bool> RunByShape(std::string_view text, ResultSink& sink);
  Result<std::unique_ptr<BoundStatement>> BindRaw(std::shared_ptr<ParseTree> tree, const RawStatement& raw,
                                                  std::vector<SqlType> parameter_types);
  void PrepareContext(exec::ExecContext& context, const BoundStatement& bound);
  void SendRows(std::span<const ResultColumn> columns, const std::vector<std::vector<std::string>>& rows,
                ResultSink& sink, bool send_description);

  AugurEngine& engine_;
  std::string user_;
  SessionSettings settings_;
  State state_ = State::kIdle;
  std::unique_ptr<storage::Transaction> txn_;
  storage::TransactionOptions next_txn_options_;
  std::string next_isolation_name_;
  bool next_txn_options_set_ = false;
  int64_t txn_start_us_ = 0;
  // Per-transaction state PostgreSQL lets SET TRANSACTION change.
  bool txn_read_only_ = false;
  std::string txn_isolation_name_ = "read committed";
  int64_t txn_statements_ = 0;  // statements run in this transaction so far
  bool txn_did_ddl_ = false;    // uncommitted DDL: bound plans must not be cached
  bool txn_wrote_ = false;      // anything to make durable at COMMIT
  std::vector<std::string> savepoints_;
  StatementContext statement_;
  SessionSequences sequences_{engine_.catalog(), &statement_};  // currval/lastval state
  std::atomic<bool> cancel_{false};
  // TimeZone and the transaction/statement start times, installed as the
  // thread's date/time context (types::ScopedDateTimeContext) for every call
  // into the session, so binding, evaluation and output honour them.
  types::DateTimeContext datetime_;
  // Simple-protocol plan cache: exact text → bound statement.
  std::unordered_map<std::string, std::unique_ptr<BoundStatement>> plan_cache_;
  // Simple-protocol plan cache by statement shape: NormalizeLiterals() key →
  // a plan whose numeric literals are parameters; nullptr when that shape
  // does not bind (the statement then goes through plan_cache_).
  std::unordered_map<std::string, std::unique_ptr<BoundStatement>> shape_cache_;
};

// ---------------------------------------------------------------------------
// Transactions

Status EngineSession::EnsureTransaction() {
  if (txn_) return Status::Ok();
  storage::TransactionOptions options;
  options.isolation = settings_.default_isolation;
  options.read_only = settings_.default_read_only;
  if (next_txn_options_set_) {
    options = next_txn_options_;
    next_txn_options_set_ = false;
  }
  options.synchronous_commit = settings_.synchronous_commit;
  options.cancel_requested = &cancel_;
  options.snapshot_at_begin = false;  // every caller starts a statement next
  txn_ = engine_.database().Begin(options);
  txn_start_us_ = NowPostgresMicros();
  datetime_.now_us = txn_start_us_;
  txn_read_only_ = options.read_only;
  if (!next_isolation_name_.empty()) {
    txn_isolation_name_ = next_isolation_name_;
    next_isolation_name_.clear();
  } else {
    txn_isolation_name_ = IsolationName(options.isolation);
  }
  txn_statements_ = 0;
  txn_did_ddl_ = false;
  txn_wrote_ = false;
  statement_.txn = txn_.get();
  savepoints_.clear();
  if (state_ == State::kIdle) state_ = State::kImplicit;
  return Status::Ok();
}

Status EngineSession::CommitTransaction(ResultSink* sink) {
  Status status;
  // A transaction that wrote nothing has nothing to make durable: ending it
  // without a commit record saves a WAL sync per read-only statement.
  if (txn_ && txn_wrote_) {
    status = txn_->Commit();
  } else if (txn_) {
    txn_->Rollback();
  }
  txn_.reset();
  statement_.txn = nullptr;
  savepoints_.clear();
  state_ = State::kIdle;
  datetime_.now_us = types::kTimestampNegInfinity;
  return status;
}

void EngineSession::RollbackTransaction() {
  if (txn_) txn_->Rollback();
  datetime_.now_us = types::kTimestampNegInfinity;
  txn_.reset();
  statement_.txn = nullptr;
  savepoints_.clear();
  state_ = State::kIdle;
}

// An error inside a statement: a block becomes failed; an implicit
// transaction is rolled back.
Status EngineSession::FailStatement(Status status) {
  if (state_ == State::kBlock || state_ == State::kFailed) {
    state_ = State::kFailed;
  } else {
    RollbackTransaction();
  }
  return status;
}

void EngineSession::PrepareContext(exec::ExecContext& context, const BoundStatement& bound) {
  if (context.parameters.size() < static_cast<size_t>(bound.slot_count)) context.parameters.resize(bound.slot_count);
  if (bound.now_slot >= 0) context.parameters[bound.now_slot] = Value::TimestampTz(txn_start_us_);
  context.cancel = &cancel_;
  context.sequences = &sequences_;
  // Each execution gets a fresh memory budget and identity.
  context.memory = exec::MemoryTracker();
  static std::atomic<uint64_t> executions{0};
  context.execution_id = ++executions;
}

Result<std::unique_ptr<BoundStatement>> EngineSession::BindRaw(std::shared_ptr<ParseTree> tree, const RawStatement& raw,
                                                               std::vector<SqlType> parameter_types) {
  return BindStatement(std::move(tree), raw, engine_.catalog(), &statement_, std::move(parameter_types), user_);
}

// ---------------------------------------------------------------------------
// Simple query

// The fast path of the simple protocol: a statement whose shape (text with
// numeric literals as parameters, see literal_normalizer.h) has a cached plan
// runs without parse or bind. Returns false when the statement must take the
// general path.
Result<bool> EngineSession::RunByShape(std::string_view text, ResultSink& sink) {
  if (state_ == State::kFailed || txn_did_ddl_) return false;
  std::optional<NormalizedStatement> shape = NormalizeLiterals(text);
  if (!shape || shape->types.empty()) return false;
  uint64_t catalog_version = engine_.catalog().version();
  auto it = shape_cache_.find(shape->key);
  if (it != shape_cache_.end() && it->second == nullptr) return false;
  if (it == shape_cache_.end() || it->second->catalog_version != catalog_version) {
    std::unique_ptr<BoundStatement> plan;
    auto parsed = ParseTree::Parse(shape->text);
    if (parsed.ok() && (*parsed)->statements().size() == 1) {
      std::shared_ptr<ParseTree> tree(std::move(parsed).value());
      const RawStatement& raw = tree->statements()[0];
      std::string_view tag = raw.node.Tag();
      if (tag == "SelectStmt" || tag == "InsertStmt" || tag == "UpdateStmt" || tag == "DeleteStmt") {
        auto bound = BindRaw(tree, raw, shape->types);
        if (bound.ok() && (*bound)->plan && (*bound)->catalog_version == catalog_version &&
            (*bound)->parameter_types.size() == shape->types.size()) {
          plan = std::move(bound).value();
          for (size_t i = 0; i < shape->types.size(); ++i) {
            if (plan->parameter_types[i].oid != shape->types[i].oid) plan.reset();
            if (!plan) break;
          }
        }
      }
    }
    if (shape_cache_.size() > 256) shape_cache_.clear();
    auto& slot = shape_cache_[shape->key];
    slot = std::move(plan);
    if (slot == nullptr) return false;
    it = shape_cache_.find(shape->key);
  }
  BoundStatement& bound = *it->second;
  RETURN_IF_ERROR(EnsureTransaction());
  txn_->BeginStatement();
  datetime_.statement_us = NowPostgresMicros();
  ++txn_statements_;
  if (bound.writes) txn_wrote_ = true;
  exec::ExecContext& context = bound.context;
  PrepareContext(context, bound);
  for (size_t i = 0; i < shape->values.size(); ++i) context.parameters[i] = std::move(shape->values[i]);
  Status status = RunBound(bound, context, sink, /*send_description=*/true);
  if (!status.ok()) return FailStatement(std::move(status));
  if (state_ == State::kImplicit) RETURN_IF_ERROR(CommitTransaction(&sink));
  return true;
}

Status EngineSession::ExecuteSimpleQuery(std::string_view text, ResultSink& sink) {
  types::ScopedDateTimeContext datetime_scope(&datetime_);
  cancel_.store(false);
  {
    auto by_shape = RunByShape(text, sink);
    if (!by_shape.ok()) return by_shape.TakeStatus();
    if (*by_shape) return Status::Ok();
  }
  auto parsed = ParseTree::Parse(text);
  if (!parsed.ok()) {
    if (state_ == State::kBlock) state_ = State::kFailed;
    return parsed.TakeStatus();
  }
  std::shared_ptr<ParseTree> tree(std::move(parsed).value());
  if (tree->statements().empty()) {
    sink.SendEmptyQueryResponse();
    return Status::Ok();
  }
  bool single = tree->statements().size() == 1;
  for (const RawStatement& raw : tree->statements()) {
    std::string_view tag = raw.node.Tag();
    bool is_transaction_control = tag == "TransactionStmt";
    if (state_ == State::kFailed && !is_transaction_control) {
      return Status::Error(sqlstate::kInFailedSqlTransaction,
                           "current transaction is aborted, commands ignored until end of transaction block");
    }
    if (is_transaction_control) {
      Status status = RunTransactionStatement(raw.node, sink);
      if (!status.ok()) return FailStatement(std::move(status));
      continue;
    }
    RETURN_IF_ERROR(EnsureTransaction());
    txn_->BeginStatement();
    datetime_.statement_us = NowPostgresMicros();
    ++txn_statements_;
    if (tag == "CreateStmt" || tag == "IndexStmt" || tag == "DropStmt" || tag == "TruncateStmt" ||
        IsSchemaStatement(tag)) {
      txn_did_ddl_ = true;
    }
    if (txn_did_ddl_ || tag == "InsertStmt" || tag == "UpdateStmt" || tag == "DeleteStmt" ||
        (tag == "CopyStmt" && raw.node.Bool("is_from"))) {
      txn_wrote_ = true;
    }
    // Plan cache for single-statement messages of cacheable kinds.
    BoundStatement* bound = nullptr;
    std::unique_ptr<BoundStatement> owned;
    bool cacheable = single && !txn_did_ddl_ && (tag == "SelectStmt" || tag == "InsertStmt" || tag == "UpdateStmt" ||
                                tag == "DeleteStmt");
    if (cacheable) {
      auto it = plan_cache_.find(std::string(text));
      if (it != plan_cache_.end() && it->second->catalog_version == engine_.catalog().version()) {
        bound = it->second.get();
      }
    }
    if (bound == nullptr) {
      auto result = BindRaw(tree, raw, {});
      if (!result.ok()) return FailStatement(result.TakeStatus());
      owned = std::move(result).value();
      bound = owned.get();
      if (cacheable && owned->catalog_version == engine_.catalog().version()) {
        if (plan_cache_.size() > 256) plan_cache_.clear();
        auto& slot = plan_cache_[std::string(text)];
        slot = std::move(owned);
        bound = slot.get();
      }
    }
    exec::ExecContext& context = bound->context;
    PrepareContext(context, *bound);
    Status status = RunBound(*bound, context, sink, /*send_description=*/true);
    if (!status.ok()) return FailStatement(std::move(status));
  }
  if (state_ == State::kImplicit) RETURN_IF_ERROR(CommitTransaction(&sink));
  return Status::Ok();
}

// Errors raised while a plan runs carry no cursor position in PostgreSQL
// (only parse/bind errors point into the query text).
Status WithoutPosition(Status status) {
  status.ClearPosition();
  return status;
}

Status EngineSession::RunBound(BoundStatement& bound, exec::ExecContext& context, ResultSink& sink,
                               bool send_description) {
  if (bound.kind == BoundStatement::Kind::kUtility) return RunUtility(bound, sink, send_description);
  return WithoutPosition(RunPlan(bound, context, sink, send_description));
}

Status EngineSession::RunPlan(BoundStatement& bound, exec::ExecContext& context, ResultSink& sink,
                              bool send_description) {
  if (bound.writes && txn_read_only_) {
    return Status::Error(sqlstate::kReadOnlySqlTransaction,
                         "cannot execute " + bound.tag + " in a read-only transaction");
  }
  if (send_description && !bound.columns.empty()) {
    std::vector<int16_t> formats(bound.columns.size(), kTextFormat);
    sink.SendRowDescription(bound.columns, formats);
  }
  if (bound.kind == BoundStatement::Kind::kQuery || !bound.columns.empty()) {
    exec::QueryRunner runner(*bound.plan, context, {});
    auto more = runner.Run(sink, 0);
    bound.plan->Close();
    if (!more.ok()) return more.TakeStatus();
    int64_t rows = bound.modify ? bound.modify->rows_affected() : runner.rows_sent();
    sink.SendCommandComplete(bound.tag == "INSERT" ? "INSERT 0 " + std::to_string(rows)
                                                   : bound.tag + " " + std::to_string(rows));
    return Status::Ok();
  }
  // DML without RETURNING: drain.
  RETURN_IF_ERROR(bound.plan->Open(context));
  exec::DataChunk chunk;
  while (true) {
    auto more = bound.plan->Next(chunk);
    if (!more.ok()) {
      bound.plan->Close();
      return more.TakeStatus();
    }
    if (!*more) break;
  }
  bound.plan->Close();
  int64_t rows = bound.modify->rows_affected();
  sink.SendCommandComplete(bound.tag == "INSERT" ? "INSERT 0 " + std::to_string(rows)
                                                 : bound.tag + " " + std::to_string(rows));
  return Status::Ok();
}

void EngineSession::SendRows(std::span<const ResultColumn> columns, const std::vector<std::vector<std::string>>& rows,
                             ResultSink& sink, bool send_description) {
  if (send_description) {
    std::vector<int16_t> formats(columns.size(), kTextFormat);
    sink.SendRowDescription(columns, formats);
  }
  std::string& buffer = sink.RowBuffer();
  for (const auto& row : rows) {
    size_t start = BeginDataRow(buffer, static_cast<int16_t>(row.size()));
    for (const auto& field : row) AppendField(buffer, field);
    EndDataRow(buffer, start);
  }
  sink.RowsAppended();
}

// ---------------------------------------------------------------------------
// Utility statements

Status EngineSession::RunUtility(BoundStatement& bound, ResultSink& sink, bool send_description) {
  PgNode node = bound.node;
  std::string_view tag = node.Tag();
  auto require_writable = [&]() -> Status {
    if (txn_ && txn_read_only_) {
      return Status::Error(sqlstate::kReadOnlySqlTransaction,
                           "cannot execute " + bound.tag + " in a read-only transaction");
    }
    return Status::Ok();
  };
  if (tag == "CreateStmt") {
    RETURN_IF_ERROR(require_writable());
    RETURN_IF_ERROR(ExecuteCreateTable(*bound.tree, node, engine_.catalog(), txn_.get(), sink));
    sink.SendCommandComplete("CREATE TABLE");
    return Status::Ok();
  }
  if (tag == "IndexStmt") {
    RETURN_IF_ERROR(require_writable());
    RETURN_IF_ERROR(ExecuteCreateIndex(node, engine_.catalog(), txn_.get(), sink));
    sink.SendCommandComplete("CREATE INDEX");
    return Status::Ok();
  }
  if (tag == "DropStmt") {
    RETURN_IF_ERROR(require_writable());
    std::string command;
    RETURN_IF_ERROR(ExecuteDrop(node, engine_.catalog(), txn_.get(), sink, &command));
    sink.SendCommandComplete(command);
    return Status::Ok();
  }
  if (tag == "TruncateStmt") {
    RETURN_IF_ERROR(require_writable());
    RETURN_IF_ERROR(ExecuteTruncate(node, engine_.catalog(), txn_.get()));
    sink.SendCommandComplete("TRUNCATE TABLE");
    return Status::Ok();
  }
  if (IsSchemaStatement(tag)) {
    RETURN_IF_ERROR(require_writable());
    DdlContext ddl{engine_.catalog(), txn_.get(), sink, &sequences_, txn_start_us_, &statement_};
    std::string command;
    RETURN_IF_ERROR(ExecuteSchemaStatement(*bound.tree, node, ddl, &command));
    sink.SendCommandComplete(command);
    return Status::Ok();
  }
  if (tag == "DeallocateStmt") {
    std::string name(node.Str("name"));
    if (!sink.DeallocatePreparedStatement(name)) {
      return Status::Error(sqlstate::kInvalidSqlStatementName, "prepared statement \"" + name + "\" does not exist");
    }
    sink.SendCommandComplete(name.empty() ? "DEALLOCATE ALL" : "DEALLOCATE");
    return Status::Ok();
  }
  if (tag == "CopyStmt") {
    CopyInvocation copy{bound.tree, node, &engine_.catalog(), &statement_, user_, txn_start_us_, &cancel_,
                        txn_ && txn_read_only_};
    return ExecuteCopy(copy, sink);
  }
  if (tag == "VariableSetStmt") return RunSet(*bound.tree, node, sink);
  if (tag == "VariableShowStmt") return RunShow(node, sink, send_description);
  if (tag == "ExplainStmt") return RunExplain(bound, sink, send_description);
  return Status::NotSupported(UnsupportedStatementName(tag));
}

Status EngineSession::RunTransactionStatement(PgNode node, ResultSink& sink) {
  std::string_view kind = node.Str("kind");
  auto apply_options = [&](storage::TransactionOptions& options) -> Status {
    for (PgNode option : node.List("options")) {
      std::string_view name = option.Str("defname");
      PgNode arg = option.Field("arg");
      if (name == "transaction_isolation") {
        ASSIGN_OR_RETURN(options.isolation, ParseIsolation(arg.Field("sval").Str("sval")));
        next_isolation_name_ = ToLower(arg.Field("sval").Str("sval"));
      } else if (name == "transaction_read_only") {
        options.read_only = arg.Field("ival").Int("ival") != 0;
      } else if (name == "transaction_deferrable") {
        // DEFERRABLE only matters for SERIALIZABLE READ ONLY; accepted.
      }
    }
    return Status::Ok();
  };
  if (kind == "TRANS_STMT_BEGIN" || kind == "TRANS_STMT_START") {
    if (state_ == State::kBlock || state_ == State::kFailed) {
      sink.SendNotice("WARNING", Status::Error(sqlstate::kActiveSqlTransaction,
                                               "there is already a transaction in progress"));
      sink.SendCommandComplete(kind == "TRANS_STMT_BEGIN" ? "BEGIN" : "START TRANSACTION");
      return Status::Ok();
    }
    storage::TransactionOptions options;
    options.isolation = settings_.default_isolation;
    options.read_only = settings_.default_read_only;
    RETURN_IF_ERROR(apply_options(options));
    if (txn_ && state_ == State::kImplicit) {
      // BEGIN after other statements of the same message: the implicit
      // transaction becomes the block (PostgreSQL does the same).
      state_ = State::kBlock;
      txn_read_only_ = options.read_only;
      next_isolation_name_.clear();
    } else {
      next_txn_options_ = options;
      next_txn_options_set_ = true;
      state_ = State::kBlock;
      RETURN_IF_ERROR(EnsureTransaction());
    }
    sink.SendCommandComplete(kind == "TRANS_STMT_BEGIN" ? "BEGIN" : "START TRANSACTION");
    return Status::Ok();
  }
  if (kind == "TRANS_STMT_COMMIT") {
    if (state_ == State::kFailed) {
      RollbackTransaction();
      sink.SendCommandComplete("ROLLBACK");
      return Status::Ok();
    }
    if (state_ != State::kBlock) {
      sink.SendNotice("WARNING", Status::Error(sqlstate::kNoActiveSqlTransaction, "there is no transaction in progress"));
      if (state_ == State::kImplicit) RETURN_IF_ERROR(CommitTransaction(&sink));
      sink.SendCommandComplete("COMMIT");
      return Status::Ok();
    }
    Status status = CommitTransaction(&sink);
    if (!status.ok()) return status;
    sink.SendCommandComplete("COMMIT");
    return Status::Ok();
  }
  if (kind == "TRANS_STMT_ROLLBACK") {
    if (state_ != State::kBlock && state_ != State::kFailed) {
      sink.SendNotice("WARNING", Status::Error(sqlstate::kNoActiveSqlTransaction, "there is no transaction in progress"));
    }
    RollbackTransaction();
    sink.SendCommandComplete("ROLLBACK");
    return Status::Ok();
  }
  std::string name(node.Str("savepoint_name"));
  if (kind == "TRANS_STMT_SAVEPOINT") {
    if (state_ == State::kFailed) {
      return Status::Error(sqlstate::kInFailedSqlTransaction,
                           "current transaction is aborted, commands ignored until end of transaction block");
    }
    if (state_ != State::kBlock) {
      return Status::Error(sqlstate::kNoActiveSqlTransaction, "SAVEPOINT can only be used in transaction blocks");
    }
    RETURN_IF_ERROR(txn_->SetSavepoint());
    savepoints_.push_back(name);
    sink.SendCommandComplete("SAVEPOINT");
    return Status::Ok();
  }
  if (kind == "TRANS_STMT_RELEASE" || kind == "TRANS_STMT_ROLLBACK_TO") {
    bool release = kind == "TRANS_STMT_RELEASE";
    if (state_ == State::kFailed && release) {
      return Status::Error(sqlstate::kInFailedSqlTransaction,
                           "current transaction is aborted, commands ignored until end of transaction block");
    }
    if (state_ != State::kBlock && state_ != State::kFailed) {
      return Status::Error(sqlstate::kNoActiveSqlTransaction,
                           std::string(release ? "RELEASE SAVEPOINT" : "ROLLBACK TO SAVEPOINT") +
                               " can only be used in transaction blocks");
    }
    int index = -1;
    for (int i = static_cast<int>(savepoints_.size()) - 1; i >= 0; --i) {
      if (savepoints_[i] == name) {
        index = i;
        break;
      }
    }
    if (index < 0) {
      return Status::Error(sqlstate::kInvalidSavepointSpecification, "savepoint \"" + name + "\" does not exist");
    }
    if (release) {
      // Releasing a savepoint also releases every savepoint set after it.
      while (static_cast<int>(savepoints_.size()) > index) {
        RETURN_IF_ERROR(txn_->ReleaseSavepoint());
        savepoints_.pop_back();
      }
      sink.SendCommandComplete("RELEASE");
      return Status::Ok();
    }
    // Roll back to it; the savepoint itself stays defined.
    while (static_cast<int>(savepoints_.size()) > index + 1) {
      RETURN_IF_ERROR(txn_->ReleaseSavepoint());
      savepoints_.pop_back();
    }
    RETURN_IF_ERROR(txn_->RollbackToSavepoint());
    RETURN_IF_ERROR(txn_->SetSavepoint());
    state_ = State::kBlock;
    sink.SendCommandComplete("ROLLBACK");
    return Status::Ok();
  }
  if (kind == "TRANS_STMT_PREPARE" || kind == "TRANS_STMT_COMMIT_PREPARED" || kind == "TRANS_STMT_ROLLBACK_PREPARED") {
    return Status::NotSupported("two-phase commit");
  }
  return Status::NotSupported("transaction statement " + std::string(kind));
}

// SET TimeZone / SET TIME ZONE: any tz database name, POSIX spec or number
// of hours (types::TimeZone::Find), or an interval (SET TIME ZONE INTERVAL
// '+05:30' HOUR TO MINUTE, east positive). Returns the value SHOW reports.
Result<std::string> EngineSession::ApplyTimeZone(PgNode node, const std::string& value) {
  std::string setting = value;
  std::vector<PgNode> args = node.List("args");
  if (args.size() == 1 && args[0].Is("TypeCast")) {
    PgNode type_name = args[0].Field("typeName");
    std::string type;
    for (PgNode part : type_name.List("names")) type = std::string(part.StringValue());
    if (type == "interval") {
      ASSIGN_OR_RETURN(types::Interval interval, types::ParseInterval(value));
      if (interval.months != 0 || interval.days != 0) {
        std::string text;
        types::AppendInterval(interval, &text);
        return Status::Error(sqlstate::kInvalidParameterValue,
                             "invalid interval value for time zone: day not allowed");
      }
      char hours[64];
      std::snprintf(hours, sizeof hours, "%.10g", static_cast<double>(interval.time_us) / 3600e6);
      setting = hours;
    }
  }
  ASSIGN_OR_RETURN(const types::TimeZone* zone, types::TimeZone::Find(setting));
  if (zone != datetime_.time_zone) {
    // Cached plans hold literals folded in the old zone ('...'::timestamptz).
    plan_cache_.clear();
    shape_cache_.clear();
  }
  datetime_.time_zone = zone;
  return zone->name();
}

Status EngineSession::RunSet(const ParseTree& tree, PgNode node, ResultSink& sink) {
  std::string_view kind = node.Str("kind");
  std::string name = ToLower(node.Str("name"));
  if (kind == "VAR_SET_MULTI" && name == "transaction") {
    if (state_ != State::kBlock) {
      sink.SendNotice("WARNING", Status::Error(sqlstate::kNoActiveSqlTransaction,
                                               "SET TRANSACTION can only be used in transaction blocks"));
      sink.SendCommandComplete("SET");
      return Status::Ok();
    }
    for (PgNode option : node.List("args")) {
      std::string_view option_name = option.Str("defname");
      PgNode arg = option.Field("arg");
      if (option_name == "transaction_isolation") {
        std::string_view level_text = arg.Field("sval").Str("sval");
        ASSIGN_OR_RETURN(auto level, ParseIsolation(level_text));
        if (txn_statements_ > 0) {
          if (level != txn_->options().isolation) {
            return Status::Error(sqlstate::kActiveSqlTransaction,
                                 "SET TRANSACTION ISOLATION LEVEL must be called before any query");
          }
          continue;
        }
        // Nothing has run yet: restart the (empty) transaction at the new level.
        storage::TransactionOptions options = txn_->options();
        options.isolation = level;
        bool read_only = txn_read_only_;
        txn_->Rollback();
        txn_.reset();
        next_txn_options_ = options;
        next_txn_options_set_ = true;
        next_isolation_name_ = ToLower(level_text);
        RETURN_IF_ERROR(EnsureTransaction());
        txn_read_only_ = read_only;
      } else if (option_name == "transaction_read_only") {
        bool read_only = arg.Field("ival").Int("ival") != 0;
        if (!read_only && txn_read_only_ && txn_statements_ > 0) {
          return Status::Error(sqlstate::kActiveSqlTransaction,
                               "transaction read-write mode must be set before any query");
        }
        txn_read_only_ = read_only;
      }
    }
    sink.SendCommandComplete("SET");
    return Status::Ok();
  }
  if (kind == "VAR_SET_MULTI" && name == "session characteristics") {
    for (PgNode option : node.List("args")) {
      std::string_view option_name = option.Str("defname");
      PgNode arg = option.Field("arg");
      if (option_name == "transaction_isolation") {
        ASSIGN_OR_RETURN(settings_.default_isolation, ParseIsolation(arg.Field("sval").Str("sval")));
        settings_.values["default_transaction_isolation"] = ToLower(arg.Field("sval").Str("sval"));
      } else if (option_name == "transaction_read_only") {
        settings_.default_read_only = arg.Field("ival").Int("ival") != 0;
        settings_.values["default_transaction_read_only"] = settings_.default_read_only ? "on" : "off";
      }
    }
    sink.SendCommandComplete("SET");
    return Status::Ok();
  }
  if (kind == "VAR_RESET_ALL") {
    settings_.values = DefaultSettings();
    datetime_.time_zone = nullptr;
    plan_cache_.clear();
    shape_cache_.clear();
    settings_.values["session_authorization"] = user_;
    settings_.default_isolation = storage::IsolationLevel::kReadCommitted;
    settings_.default_read_only = false;
    settings_.synchronous_commit = true;
    sink.SendCommandComplete("RESET");
    return Status::Ok();
  }
  const auto& defaults = DefaultSettings();
  auto known = defaults.find(name);
  if (known == defaults.end()) {
    return Status::Error(sqlstate::kUndefinedObject, "unrecognized configuration parameter \"" + name + "\"");
  }
  std::string value;
  if (kind == "VAR_SET_VALUE") {
    value = SetArgumentText(tree, node);
  } else {
    value = known->second;  // SET x TO DEFAULT / RESET x
  }
  std::string lower = ToLower(value);
  if (name == "default_transaction_isolation" || name == "transaction_isolation") {
    ASSIGN_OR_RETURN(auto level, ParseIsolation(value));
    if (name == "default_transaction_isolation") settings_.default_isolation = level;
    value = ToLower(value);
  } else if (name == "synchronous_commit") {
    if (lower != "on" && lower != "off" && lower != "local" && lower != "remote_write" && lower != "remote_apply" &&
        lower != "true" && lower != "false") {
      return Status::Error(sqlstate::kInvalidParameterValue,
                           "invalid value for parameter \"synchronous_commit\": \"" + value + "\"");
    }
    settings_.synchronous_commit = lower != "off" && lower != "false";
  } else if (name == "default_transaction_read_only") {
    settings_.default_read_only = lower == "on" || lower == "true" || lower == "1";
  } else if (name == "client_encoding") {
    if (lower != "utf8" && lower != "utf-8" && lower != "unicode") {
      return Status::NotSupported("client_encoding \"" + value + "\" (only UTF8)");
    }
    value = "UTF8";
  } else if (name == "timezone") {
    ASSIGN_OR_RETURN(value, ApplyTimeZone(node, kind == "VAR_SET_VALUE" ? value : known->second));
  } else if (name == "datestyle") {
    if (lower.find("iso") == std::string::npos) return Status::NotSupported("DateStyle \"" + value + "\" (only ISO)");
    value = "ISO, MDY";
  } else if (name == "intervalstyle") {
    if (lower != "postgres") return Status::NotSupported("IntervalStyle \"" + value + "\" (only postgres)");
  } else if (name == "standard_conforming_strings") {
    if (lower != "on" && lower != "true") return Status::NotSupported("standard_conforming_strings = off");
  } else if (name == "server_version" || name == "server_version_num" || name == "server_encoding" ||
             name == "integer_datetimes" || name == "max_identifier_length" || name == "is_superuser") {
    return Status::Error("55P02", "parameter \"" + name + "\" cannot be changed");
  }
  settings_.values[name] = value;
  if (IsReportedSetting(name)) sink.SendParameterStatus(ShowColumnName(name), value);
  sink.SendCommandComplete(kind == "VAR_RESET" ? "RESET" : "SET");
  return Status::Ok();
}

Status EngineSession::RunShow(PgNode node, ResultSink& sink, bool send_description) {
  std::string name = ToLower(node.Str("name"));
  if (name == "all") return Status::NotSupported("SHOW ALL");
  std::string value;
  if (name == "transaction_isolation" || name == "transaction isolation level") {
    value = txn_ ? txn_isolation_name_ : settings_.values["default_transaction_isolation"];
    name = "transaction_isolation";
  } else if (name == "transaction_read_only") {
    value = (txn_ ? txn_read_only_ : settings_.default_read_only) ? "on" : "off";
  } else {
    auto it = settings_.values.find(name);
    if (it == settings_.values.end()) {
      return Status::Error(sqlstate::kUndefinedObject, "unrecognized configuration parameter \"" + name + "\"");
    }
    value = it->second;
  }
  ResultColumn column;
  column.name = ShowColumnName(name);
  column.type_oid = types::kTextOid;
  column.type_size = -1;
  std::vector<ResultColumn> columns{column};
  SendRows(columns, {{value}}, sink, send_description);
  sink.SendCommandComplete("SHOW");
  return Status::Ok();
}

Status EngineSession::RunExplain(BoundStatement& bound, ResultSink& sink, bool send_description) {
  PgNode query = bound.node.Field("query");
  for (PgNode option : bound.node.List("options")) {
    std::string_view option_name = option.Str("defname");
    if (option_name == "analyze") return Status::NotSupported("EXPLAIN ANALYZE");
  }
  RawStatement raw;
  raw.node = query;
  ASSIGN_OR_RETURN(auto inner, BindRaw(bound.tree, raw, bound.parameter_types));
  if (!inner->plan) return Status::NotSupported("EXPLAIN of " + std::string(query.Tag()));
  std::string text = inner->plan->Explain();
  std::vector<std::vector<std::string>> rows;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) rows.push_back({text.substr(start, end - start)});
    start = end + 1;
  }
  SendRows(bound.columns, rows, sink, send_description);
  sink.SendCommandComplete("EXPLAIN");
  return Status::Ok();
}

// ---------------------------------------------------------------------------
// Extended protocol

Result<std::shared_ptr<PreparedStatement>> EngineSession::Prepare(std::string_view text,
                                                                  std::span<const uint32_t> parameter_type_oids) {
  types::ScopedDateTimeContext datetime_scope(&datetime_);
  cancel_.store(false);
  auto parsed = ParseTree::Parse(text);
  if (!parsed.ok()) return FailStatement(parsed.TakeStatus());
  std::shared_ptr<ParseTree> tree(std::move(parsed).value());
  // In a failed block only transaction-exit statements may be parsed.
  if (state_ == State::kFailed &&
      !(tree->statements().size() == 1 && IsTransactionExit(tree->statements()[0].node))) {
    return Status::Error(sqlstate::kInFailedSqlTransaction,
                         "current transaction is aborted, commands ignored until end of transaction block");
  }
  if (tree->statements().size() > 1) {
    return FailStatement(Status::Error(sqlstate::kSyntaxError, "cannot insert multiple commands into a prepared statement"));
  }
  std::vector<SqlType> types;
  for (uint32_t oid : parameter_type_oids) types.push_back(SqlType::Of(oid));
  std::unique_ptr<BoundStatement> bound;
  if (tree->statements().empty()) {
    bound = std::make_unique<BoundStatement>();
    bound->tree = tree;
    bound->tag = "";
  } else {
    auto result = BindRaw(tree, tree->statements()[0], types);
    if (!result.ok()) return FailStatement(result.TakeStatus());
    bound = std::move(result).value();
  }
  for (size_t i = 0; i < bound->parameter_types.size(); ++i) {
    if (bound->parameter_types[i].oid == types::kInvalidOid || bound->parameter_types[i].oid == types::kUnknownOid) {
      return FailStatement(Status::Error(sqlstate::kIndeterminateDatatype,
                                         "could not determine data type of parameter $" + std::to_string(i + 1)));
    }
  }
  auto prepared = std::make_shared<SessionPreparedStatement>(std::move(bound));
  for (const auto& t : prepared->bound_->parameter_types) prepared->oids_.push_back(t.oid);
  return std::shared_ptr<PreparedStatement>(std::move(prepared));
}

Result<std::unique_ptr<Portal>> EngineSession::Bind(std::shared_ptr<PreparedStatement> statement,
                                                    std::span<const BindParameter> parameters,
                                                    std::span<const int16_t> result_formats) {
  types::ScopedDateTimeContext datetime_scope(&datetime_);
  auto prepared = std::static_pointer_cast<SessionPreparedStatement>(statement);
  if (state_ == State::kFailed && !IsTransactionExit(prepared->bound_->node)) {
    return Status::Error(sqlstate::kInFailedSqlTransaction,
                         "current transaction is aborted, commands ignored until end of transaction block");
  }
  BoundStatement& cached = *prepared->bound_;
  if (parameters.size() != cached.parameter_types.size()) {
    return FailStatement(Status::Error(sqlstate::kProtocolViolation,
                                       "bind message supplies " + std::to_string(parameters.size()) +
                                           " parameters, but prepared statement \"\" requires " +
                                           std::to_string(cached.parameter_types.size())));
  }
  auto portal = std::make_unique<SessionPortal>();
  portal->statement = prepared;
  bool stale = cached.plan && cached.catalog_version != engine_.catalog().version();
  if (cached.plan && (prepared->plan_in_use || stale)) {
    RawStatement raw;
    raw.node = cached.node;
    auto rebound = BindRaw(cached.tree, raw, cached.parameter_types);
    if (!rebound.ok()) return FailStatement(rebound.TakeStatus());
    if (stale && !prepared->plan_in_use) {
      prepared->bound_ = std::move(rebound).value();
      portal->bound = prepared->bound_.get();
      prepared->plan_in_use = true;
    } else {
      portal->own = std::move(rebound).value();
      portal->bound = portal->own.get();
    }
  } else {
    portal->bound = &cached;
    if (cached.plan) prepared->plan_in_use = true;
  }
  BoundStatement& bound = *portal->bound;
  // Decode parameters.
  portal->bound->context.parameters.resize(std::max<size_t>(bound.slot_count, parameters.size()));
  for (size_t i = 0; i < parameters.size(); ++i) {
    SqlType type = bound.parameter_types[i];
    if (parameters[i].is_null) {
      portal->bound->context.parameters[i] = Value::Null(type);
      continue;
    }
    Result<Value> value = parameters[i].format == kBinaryFormat
                              ? types::ParseBinary(parameters[i].bytes, type)
                              : types::ParseText(parameters[i].bytes, type);
    if (!value.ok()) return FailStatement(value.TakeStatus());
    portal->bound->context.parameters[i] = std::move(value).value();
  }
  size_t columns = bound.columns.size();
  if (result_formats.empty()) {
    portal->formats.assign(columns, kTextFormat);
  } else if (result_formats.size() == 1) {
    portal->formats.assign(columns, result_formats[0]);
  } else if (result_formats.size() == columns) {
    portal->formats.assign(result_formats.begin(), result_formats.end());
  } else {
    return FailStatement(Status::Error(sqlstate::kProtocolViolation,
                                       "bind message has " + std::to_string(result_formats.size()) +
                                           " result formats but query has " + std::to_string(columns) + " columns"));
  }
  return std::unique_ptr<Portal>(std::move(portal));
}

Result<ExecuteOutcome> EngineSession::Execute(Portal& portal_base, int64_t max_rows, ResultSink& sink) {
  types::ScopedDateTimeContext datetime_scope(&datetime_);
  auto& portal = static_cast<SessionPortal&>(portal_base);
  BoundStatement& bound = *portal.bound;
  ExecuteOutcome outcome;
  std::string_view tag = bound.node.Tag();
  if (tag.empty()) {
    sink.SendEmptyQueryResponse();
    return outcome;
  }
  if (state_ == State::kFailed && !IsTransactionExit(bound.node)) {
    return Status::Error(sqlstate::kInFailedSqlTransaction,
                         "current transaction is aborted, commands ignored until end of transaction block");
  }
  if (tag == "TransactionStmt") {
    Status status = RunTransactionStatement(bound.node, sink);
    if (!status.ok()) return FailStatement(std::move(status));
    return outcome;
  }
  if (!portal.started) cancel_.store(false);
  RETURN_IF_ERROR(EnsureTransaction());
  if (!portal.started) {
    ++txn_statements_;
    datetime_.statement_us = NowPostgresMicros();
  }
  if (tag == "CreateStmt" || tag == "IndexStmt" || tag == "DropStmt" || tag == "TruncateStmt" ||
      IsSchemaStatement(tag)) {
    txn_did_ddl_ = true;
  }
  if (txn_did_ddl_ || bound.writes) txn_wrote_ = true;
  PrepareContext(bound.context, bound);
  if (bound.kind != BoundStatement::Kind::kQuery && !(bound.kind == BoundStatement::Kind::kModify && !bound.columns.empty())) {
    txn_->BeginStatement();
    Status status = RunBound(bound, bound.context, sink, /*send_description=*/false);
    if (!status.ok()) return FailStatement(std::move(status));
    return outcome;
  }
  if (bound.writes && txn_read_only_) {
    return FailStatement(Status::Error(sqlstate::kReadOnlySqlTransaction,
                                       "cannot execute " + bound.tag + " in a read-only transaction"));
  }
  if (!portal.started) {
    txn_->BeginStatement();
    portal.runner = std::make_unique<exec::QueryRunner>(*bound.plan, bound.context, portal.formats);
    portal.started = true;
  }
  auto more = portal.runner->Run(sink, max_rows);
  if (!more.ok()) {
    bound.plan->Close();
    return FailStatement(WithoutPosition(more.TakeStatus()));
  }
  if (*more) {
    outcome.suspended = true;
    return outcome;
  }
  bound.plan->Close();
  int64_t rows = bound.modify ? bound.modify->rows_affected() : portal.runner->rows_sent();
  sink.SendCommandComplete(bound.tag == "INSERT" ? "INSERT 0 " + std::to_string(rows)
                                                 : bound.tag + " " + std::to_string(rows));
  return outcome;
}

Status EngineSession::Sync() {
  if (state_ == State::kImplicit) return CommitTransaction(nullptr);
  return Status::Ok();
}

// ---------------------------------------------------------------------------

Result<std::unique_ptr<AugurEngine>> AugurEngine::Open(const std::string& data_dir) {
  std::unique_ptr<AugurEngine> engine(new AugurEngine());
  ASSIGN_OR_RETURN(engine->database_, storage::Database::Open(data_dir));
  ASSIGN_OR_RETURN(engine->catalog_, catalog::Catalog::Open(engine->database_.get()));
  return engine;
}

AugurEngine::~AugurEngine() {
  catalog_.reset();
  if (database_) database_->Close().IgnoreError();
}

Result<std::unique_ptr<Session>> AugurEngine::NewSession(std::string_view user, std::string_view database) {
  if (database != "postgres") {
    return Status::Error(sqlstate::kInvalidCatalogName, "database \"" + std::string(database) + "\" does not exist");
  }
  return std::unique_ptr<Session>(new EngineSession(*this, std::string(user)));
}

}  // namespace augur::sql
