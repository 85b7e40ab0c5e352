// EngineSession: one client's SQL session — transaction state machine,
// statement execution, prepared statements and portals, SET/SHOW.
#include <spdlog/spdlog.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <limits>
#include <map>
#include <mutex>
#include <thread>

#include "exec/result_encoder.h"
#include "sql/copy.h"
#include "sql/cursors.h"
#include "sql/engine_impl.h"
#include "sql/literal_normalizer.h"
#include "sql/role.h"
#include "sql/system_catalog.h"
#include "types/binary_io.h"
#include "types/datetime.h"
#include "types/func_math.h"
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

std::string ToUpper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
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

// CommandComplete "<tag> <rows>" ("INSERT 0 <rows>"), built without a heap
// string: it ends every execution.
void SendRowCountTag(ResultSink& sink, std::string_view tag, int64_t rows) {
  char text[64];
  const std::string_view prefix = tag == "INSERT" ? std::string_view("INSERT 0") : tag;
  if (prefix.size() + 22 > sizeof(text)) {
    sink.SendCommandComplete(std::string(prefix) + " " + std::to_string(rows));
    return;
  }
  std::memcpy(text, prefix.data(), prefix.size());
  text[prefix.size()] = ' ';
  char* end = std::to_chars(text + prefix.size() + 1, text + sizeof(text), rows).ptr;
  sink.SendCommandComplete(std::string_view(text, static_cast<size_t>(end - text)));
}

Result<storage::IsolationLevel> ParseIsolation(std::string_view text) {
  // Runs at every transaction begin: compares without a lower-cased copy.
  auto is = [text](std::string_view lower) {
    return std::equal(text.begin(), text.end(), lower.begin(), lower.end(),
                      [](char a, char b) { return (a >= 'A' && a <= 'Z' ? a - 'A' + 'a' : a) == b; });
  };
  if (is("read committed") || is("read uncommitted")) return storage::IsolationLevel::kReadCommitted;
  if (is("repeatable read")) return storage::IsolationLevel::kRepeatableRead;
  if (is("serializable")) return storage::IsolationLevel::kSerializable;
  return Status::Error(sqlstate::kInvalidParameterValue,
                       "invalid value for parameter \"transaction_isolation\": \"" + std::string(text) + "\"");
}

// quote_identifier's rule for search_path elements SET receives as
// separate arguments: quoted unless plain lower-case identifier characters.
std::string QuoteIdentifierIfNeeded(std::string_view name) {
  bool plain = !name.empty() && !(name[0] >= '0' && name[0] <= '9');
  for (char c : name) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) plain = false;
  }
  if (plain) return std::string(name);
  std::string out = "\"";
  for (char c : name) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

// Severity order of client_min_messages (DEBUG < LOG < NOTICE < WARNING < ERROR).
int MessageLevel(std::string_view level) {
  std::string l = ToLower(level);
  if (l.starts_with("debug")) return 10;
  if (l == "log") return 15;
  if (l == "info") return 17;
  if (l == "notice") return 18;
  if (l == "warning") return 19;
  return 21;  // error
}

// Process-wide transaction ids for txid_current(): monotonic within a run,
// seeded from the clock so ids keep growing across restarts.
std::atomic<int64_t>& NextTransactionId() {
  static std::atomic<int64_t> next{[] {
    int64_t ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                     std::chrono::system_clock::now().time_since_epoch())
                     .count();
    return (ms - 1'700'000'000'000LL) * 10 + 1000;
  }()};
  return next;
}

class SessionPreparedStatement final : public PreparedStatement {
 public:
  explicit SessionPreparedStatement(std::unique_ptr<BoundStatement> bound) : bound_(std::move(bound)) {}
  std::span<const uint32_t> parameter_type_oids() const override { return oids_; }
  std::span<const ResultColumn> result_columns() const override { return bound_->columns; }

  std::unique_ptr<BoundStatement> bound_;
  std::vector<uint32_t> oids_;
  bool plan_in_use = false;  // the cached plan is held by a live portal
  // pg_prepared_statements: the text as sent, when, and how often bound.
  std::string text_;
  int64_t prepare_time_us_ = 0;
  int64_t binds_ = 0;
  bool from_sql_ = false;  // SQL PREPARE (else a Parse message)
};

class SessionPortal final : public Portal {
 public:
  std::span<const ResultColumn> result_columns() const override { return bound->columns; }
  std::span<const int16_t> result_formats() const override { return formats; }
  DescriptionCache* description_cache() const override { return &bound->description; }

  std::shared_ptr<SessionPreparedStatement> statement;
  BoundStatement* bound = nullptr;              // statement's plan or `own`
  std::unique_ptr<BoundStatement> own;          // a private re-bind when the cached plan was busy
  std::vector<int16_t> formats;
  std::unique_ptr<exec::QueryRunner> runner;
  bool started = false;
  bool point_read_done = false;  // ran as bound->point_read: nothing left to send
  ~SessionPortal() override {
    if (statement && !own) {
      statement->plan_in_use = false;
      // The cached plan's next execution reuses the runner.
      if (runner != nullptr && runner->done()) bound->spare_runner = std::move(runner);
    }
  }
};

}  // namespace

// statement_timeout: one process-wide thread that sets a session's cancel
// flag (and its "timed out" flag) when its statement's deadline passes.
// Disarm() returns only when the timer can no longer fire.
class TimeoutWatchdog {
 public:
  static TimeoutWatchdog& Get() {
    static TimeoutWatchdog* watchdog = new TimeoutWatchdog();  // never destroyed: its thread runs until exit
    return *watchdog;
  }
  uint64_t Arm(std::chrono::steady_clock::time_point deadline, std::atomic<bool>* cancel, std::atomic<bool>* fired) {
    std::lock_guard<std::mutex> lock(mutex_);
    uint64_t token = ++next_token_;
    timers_.emplace(token, Timer{deadline, cancel, fired});
    wake_.notify_one();
    return token;
  }
  void Disarm(uint64_t token) {
    std::lock_guard<std::mutex> lock(mutex_);
    timers_.erase(token);
  }

 private:
  struct Timer {
    std::chrono::steady_clock::time_point deadline;
    std::atomic<bool>* cancel;
    std::atomic<bool>* fired;
  };
  TimeoutWatchdog() {
    std::thread([this] { Loop(); }).detach();
  }
  void Loop() {
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
      auto now = std::chrono::steady_clock::now();
      auto next = now + std::chrono::hours(1);
      for (auto it = timers_.begin(); it != timers_.end();) {
        if (it->second.deadline <= now) {
          it->second.fired->store(true);
          it->second.cancel->store(true);
          it = timers_.erase(it);
        } else {
          next = std::min(next, it->second.deadline);
          ++it;
        }
      }
      wake_.wait_until(lock, next);
    }
  }
  std::mutex mutex_;
  std::condition_variable wake_;
  std::map<uint64_t, Timer> timers_;  // guarded by mutex_
  uint64_t next_token_ = 0;
};

class EngineSession final : public Session, public exec::SessionAccess {
 public:
  EngineSession(AugurEngine& engine, catalog::Catalog& catalog, std::string user, std::string database)
      : engine_(engine), catalog_(catalog), user_(std::move(user)), database_(std::move(database)) {
    settings_.SetInternal("session_authorization", user_);
    statement_.system_catalog = &system_catalog_;
    statement_.deferred = &deferred_;
  }
  ~EngineSession() override {
    Close();
    engine_.ReleaseDatabase(catalog_.database_oid(), backend_pid_);
    if (role_oid_ != 0) engine_.ReleaseRole(role_oid_);
  }
  // The login role: is_superuser as reported at startup (ParameterStatus)
  // and by SHOW; the oid counts towards the role's CONNECTION LIMIT.
  void SetRole(uint32_t role_oid, bool superuser) {
    role_oid_ = role_oid;
    system_catalog_.SetSessionUser(role_oid);
    settings_.SetInternal("is_superuser", superuser ? "on" : "off");
  }

  // Session: settings.
  Status ApplyStartupParameters(std::span<const StartupParameter> parameters) override;
  std::vector<std::pair<std::string, std::string>> TakeParameterStatus(bool all) override {
    return all ? settings_.TakeAllReports() : settings_.TakeChangedReports();
  }
  bool WantsNotice(std::string_view severity) const override {
    if (severity == "INFO") return true;  // INFO always reaches the client
    static const SettingDefinition* d = FindSetting("client_min_messages");
    return MessageLevel(severity) >= MessageLevel(settings_.Get(*d));
  }
  int64_t IdleInTransactionTimeoutMs() const override { return settings_.idle_in_transaction_session_timeout_ms(); }
  void SetBackend(int32_t process_id, BackendDirectory* directory) override {
    backend_pid_ = process_id;
    backend_directory_ = directory;
    engine_.RegisterBackend(catalog_.database_oid(), process_id);
  }
  void SetPreparedStatements(PreparedStatementDirectory* directory) override { prepared_directory_ = directory; }
  // setseed()/random() use the thread's generator; swapping it with the
  // session's keeps the sequence per session when sessions share threads.
  void EnterThread() override { std::swap(types::ThreadSessionRandom(), random_); }
  void LeaveThread() override { std::swap(types::ThreadSessionRandom(), random_); }

  // exec::SessionAccess
  Result<std::optional<std::string>> GetSetting(std::string_view name, bool missing_ok) override;
  Result<std::string> SetSetting(std::string_view name, std::optional<std::string_view> value, bool is_local) override;
  int32_t BackendPid() override { return backend_pid_; }
  Result<bool> SignalBackend(int32_t process_id, bool terminate) override;
  Result<int64_t> CurrentTransactionId() override {
    if (txn_id_ == 0) txn_id_ = NextTransactionId().fetch_add(1);
    return txn_id_;
  }
  std::optional<std::string> CurrentSchema() override;
  std::vector<exec::PreparedStatementRow> PreparedStatements() override;
  Result<bool> AdvisoryLock(int64_t key, bool pair, bool shared, bool xact, bool wait,
                            exec::ExecContext* context) override;
  Result<bool> AdvisoryUnlock(int64_t key, bool pair, bool shared) override;
  void AdvisoryUnlockAll() override { engine_.advisory_locks().ReleaseAll(AdvisoryOwner(), /*xact_only=*/false); }
  uint64_t AdvisoryOwner() const { return reinterpret_cast<uintptr_t>(this); }
  // Whether this session ever asked for an advisory lock: ending a
  // transaction skips the shared lock table (and its mutex) otherwise.
  bool took_advisory_locks_ = false;
  Status Notify(std::string_view channel, std::string_view payload) override;
  std::vector<std::string> ListeningChannels() override { return listening_; }
  Result<int32_t> RelationUpdatableEvents(uint32_t relation_oid) override {
    if (catalog_.FindTable(txn_.get(), relation_oid) != nullptr) return 4 | 8 | 16;
    auto view = catalog_.FindView(txn_.get(), relation_oid);
    return view != nullptr && ViewIsAutoUpdatable(catalog_, &statement_, view) ? 4 | 8 | 16 : 0;
  }
  std::vector<Notification> TakeNotifications() override { return inbox_->Take(); }

  Status ExecuteSimpleQuery(std::string_view text, ResultSink& sink) override;
  Status ExecuteSimpleQueryStatements(std::string_view text, ResultSink& sink);
  Result<ExecuteOutcome> ExecutePortal(Portal& portal, int64_t max_rows, ResultSink& sink);
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
    settings_.EndTransaction(false);
    engine_.advisory_locks().ReleaseAll(AdvisoryOwner(), /*xact_only=*/false);
    engine_.notifications().UnlistenAll(inbox_.get());
    listening_.clear();
    if (temp_slot_ != 0) {
      Status dropped = DropTempSchema();
      if (!dropped.ok()) spdlog::warn("sql: temporary schema {} not dropped: {}", temp_schema_, dropped.ToString());
      engine_.ReleaseTempSlot(temp_slot_);
      temp_slot_ = 0;
      temp_schema_.clear();
      on_commit_.clear();
    }
  }

 private:
  enum class State { kIdle, kImplicit, kBlock, kFailed };

  Status EnsureTransaction();
  Status CommitTransaction(ResultSink* sink);
  void RollbackTransaction();
  Status FailStatement(Status status);
  Status RunBound(BoundStatement& bound, exec::ExecContext& context, ResultSink& sink, bool send_description,
                  std::span<const int16_t> formats = {});
  Status CheckNoPendingChecks(PgNode node);
  Status RunUtility(BoundStatement& bound, ResultSink& sink, bool send_description,
                    std::span<const int16_t> formats = {});
  Status RunPlan(BoundStatement& bound, exec::ExecContext& context, ResultSink& sink, bool send_description,
                 std::span<const int16_t> formats = {});
  // SQL PREPARE / EXECUTE (the connection's prepared statements).
  Status RunPrepare(BoundStatement& bound, ResultSink& sink);
  BindState UtilityBindState(const BoundStatement& bound);
  Status RunExecute(BoundStatement& bound, std::span<const int16_t> formats, ResultSink& sink, bool send_description);
  Result<std::shared_ptr<SessionPreparedStatement>> FindPrepared(std::string_view name) const;
  // A prepared statement from a bound statement: 42P18 for a parameter
  // whose type is still unknown.
  Result<std::shared_ptr<SessionPreparedStatement>> MakePrepared(std::unique_ptr<BoundStatement> bound,
                                                                 std::string text);
  // The plan to run `prepared` with: its cached plan (marked in use), a
  // fresh one when the catalog or search path changed, or a private one in
  // `own` while another portal holds the cached plan.
  Result<BoundStatement*> AcquirePlan(SessionPreparedStatement& prepared, std::unique_ptr<BoundStatement>* own);
  Status RunTransactionStatement(PgNode node, ResultSink& sink);
  Status RunSet(const ParseTree& tree, PgNode node, ResultSink& sink);
  Status RunSetTransaction(std::string_view option_name, PgNode arg, std::string_view text_value, ResultSink& sink);
  // Keeps datetime_ (the thread context date/time kernels read) in step
  // with the TimeZone setting, which SET, RESET, set_config and transaction
  // ends change; plans with folded zone-dependent literals are dropped.
  void SyncDateTime();
  Status RunShow(PgNode node, ResultSink& sink, bool send_description);
  Status RunDiscard(PgNode node, ResultSink& sink);
  Status RunDeclareCursor(BoundStatement& bound, ResultSink& sink);
  Result<std::vector<ResultColumn>> DescribeCursor(std::string_view name) override {
    auto columns = cursors_.Columns(name);
    if (!columns.ok()) return Session::DescribeCursor(name);  // the protocol's "portal ... does not exist"
    return std::vector<ResultColumn>(columns->begin(), columns->end());
  }
  Status RunFetch(PgNode node, std::span<const int16_t> formats, ResultSink& sink, bool send_description);
  // VACUUM / ANALYZE: checks the named tables exist and does nothing else
  // (RocksDB compacts by itself; there are no statistics to gather yet).
  Status RunVacuum(PgNode node, ResultSink& sink);
  // LOCK TABLE (docs/sql.md "LOCK TABLE"): the table locks DDL and DML use.
  Status RunLockTable(PgNode node, ResultSink& sink);
  Status RunSetConstraints(PgNode node, ResultSink& sink);
  // CHECKPOINT (superusers only, as without pg_checkpoint membership):
  // flushes every memtable to SST files (storage::Database::Checkpoint).
  Status RunCheckpoint(ResultSink& sink);
  // CREATE DATABASE, DROP DATABASE, ALTER DATABASE ... RENAME TO (docs/sql.md "Databases").
  Status RunDatabaseStatement(PgNode node, ResultSink& sink);
  // 25001 "<what> cannot run inside a transaction block" inside BEGIN ...
  // or a simple-query message of several statements (PostgreSQL's
  // PreventInTransactionBlock).
  Status PreventInTransactionBlock(std::string_view what) const;
  // SET / set_config for one setting; handles the per-transaction ones.
  Status ApplySetting(std::string_view name, std::optional<std::string_view> value, bool is_local,
                      ResultSink* sink);
  Result<std::string> ShowValue(std::string_view name);
  // statement_timeout around one statement (or message); see TimeoutWatchdog.
  void ArmStatementTimeout();
  void DisarmStatementTimeout();
  Status TimeoutAware(Status status);
  void SendPendingNotices(ResultSink& sink);
  Status RunExplain(BoundStatement& bound, ResultSink& sink, bool send_description);
  Result<bool> RunByShape(std::string_view text, ResultSink& sink);
  // Simple-protocol bookkeeping shared by RunByShape and
  // ExecuteSimpleQueryStatements: starts one statement in the current (or a
  // new implicit) transaction; `counts` when it takes a snapshot, `ddl` for
  // DDL (which disables the plan caches until the transaction ends),
  // `writes` when the transaction must commit (DDL always does).
  Status BeginSimpleStatement(bool counts, bool ddl, bool writes);
  // Runs a bound statement of a simple-query message, with `parameters` in
  // its first slots; an error fails the statement (FailStatement).
  Status RunSimpleStatement(BoundStatement& bound, std::vector<Value>* parameters, ResultSink& sink);
  // Stores a plan in a simple-protocol cache (cleared when it passes 256
  // entries); returns the stored plan.
  static BoundStatement* CachePlan(std::unordered_map<std::string, std::unique_ptr<BoundStatement>>& cache,
                                   std::string key, std::unique_ptr<BoundStatement> plan);
  Result<std::unique_ptr<BoundStatement>> BindRaw(std::shared_ptr<ParseTree> tree, const RawStatement& raw,
                                                  std::vector<SqlType> parameter_types);
  void PrepareContext(exec::ExecContext& context, const BoundStatement& bound);
  void SendRows(std::span<const ResultColumn> columns, const std::vector<std::vector<std::string>>& rows,
                ResultSink& sink, bool send_description);

  AugurEngine& engine_;
  catalog::Catalog& catalog_;  // the session's database; valid while the session lives
  std::string user_;
  uint32_t role_oid_ = 0;  // the login role (SetRole)
  // The connection's named prepared statements (PREPARE, EXECUTE,
  // DEALLOCATE, pg_prepared_statements); null for sessions without one.
  PreparedStatementDirectory* prepared_directory_ = nullptr;
  std::string database_;
  SessionSettings settings_;
  int32_t backend_pid_ = 0;
  // The random() generator while this session is not on a thread (EnterThread).
  types::SessionRandom random_;
  BackendDirectory* backend_directory_ = nullptr;
  int64_t txn_id_ = 0;          // txid_current() of this transaction, 0 until asked
  bool multi_statement_ = false;  // running a simple query of several statements
  std::atomic<bool> timed_out_{false};
  uint64_t timeout_token_ = 0;
  std::vector<std::pair<std::string, Status>> pending_notices_;  // from functions (severity, notice)
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
  // Active savepoints, innermost last, each with the deferred-constraint
  // state ROLLBACK TO restores.
  struct Savepoint {
    std::string name;
    DeferredConstraints::Mark deferred;
  };
  std::vector<Savepoint> savepoints_;
  // Deferred foreign-key checks and SET CONSTRAINTS state.
  DeferredConstraints deferred_;
  StatementContext statement_;
  SessionSequences sequences_{catalog_, &statement_};  // currval/lastval state
  // pg_catalog relations, reg* names and catalog functions: a snapshot of the
  // catalog per statement (sql/system_catalog.h), installed as the thread's
  // types::ObjectNameResolver with the date/time context.
  SystemCatalog system_catalog_{catalog_, &statement_};
  void BeginCatalogStatement() {
    system_catalog_.BeginStatement();
    RefreshSearchPath();
  }
  // search_path as a list of schema names ("$user" replaced), installed as
  // the thread's catalog::ScopedSearchPath for every call into the session;
  // re-parsed when the setting's text changes, which makes every plan bound
  // under the old path stale (PlanCurrent).
  std::string search_path_text_;
  std::vector<std::string> search_path_schemas_ = {"public"};
  uint64_t search_path_generation_ = 0;
  void RefreshSearchPath() {
    static const SettingDefinition* search_path = FindSetting("search_path");
    const std::string& text = settings_.Get(*search_path);
    if (text == search_path_text_) return;
    search_path_text_ = text;
    search_path_schemas_ = ParseSearchPath(text);
    bool temp_listed = false;
    for (auto& schema : search_path_schemas_) {
      if (schema == "$user") schema = user_;
      if (schema == "pg_temp" && !temp_schema_.empty()) {
        schema = temp_schema_;
        temp_listed = true;
      }
    }
    // The temporary schema is searched first unless the path places it.
    bool implicit_temp = !temp_schema_.empty() && !temp_listed;
    if (implicit_temp) search_path_schemas_.insert(search_path_schemas_.begin(), temp_schema_);
    ++search_path_generation_;
    system_catalog_.SetSearchPath(search_path_schemas_, implicit_temp);
  }
  // LISTEN / NOTIFY (docs/sql.md "LISTEN and NOTIFY"): channels listened on,
  // and what the transaction will do at commit (LISTEN/UNLISTEN, "*" for
  // UNLISTEN *, and the notifications to send, without duplicates).
  std::shared_ptr<NotificationInbox> inbox_ = std::make_shared<NotificationInbox>();
  std::vector<std::string> listening_;                         // in LISTEN order, as pg_listening_channels() lists them
  std::vector<std::pair<bool, std::string>> pending_listens_;  // (listen, channel)
  std::vector<std::pair<std::string, std::string>> pending_notifies_;
  void ApplyNotifyAtCommit();
  Status RunListen(PgNode node, ResultSink& sink);
  // Temporary tables (docs/catalog.md "Temporary tables"): the session's
  // schema pg_temp_<slot>, made by the first CREATE TEMPORARY and dropped
  // with everything in it when the session ends; ON COMMIT DROP (true) /
  // DELETE ROWS (false) tables by oid.
  int temp_slot_ = 0;
  std::string temp_schema_;
  std::map<uint32_t, bool> on_commit_;
  Status EnsureTempSchema();
  // In `txn` (DISCARD TEMP: undone by ROLLBACK), else in a transaction of
  // its own (session end, a crashed session's leftovers).
  Status DropTempSchema(storage::Transaction* txn = nullptr);
  void NoteOnCommit(PgNode node);
  Status ApplyOnCommit();
  bool PlanCurrent(const BoundStatement& bound) const {
    return bound.catalog_version == catalog_.version() && bound.search_path_generation == search_path_generation_;
  }
  std::atomic<bool> cancel_{false};
  // TimeZone and the transaction/statement start times, installed as the
  // thread's date/time context (types::ScopedDateTimeContext) for every call
  // into the session, so binding, evaluation and output honour them.
  types::DateTimeContext datetime_;
  // Simple-protocol plan cache: exact text → bound statement.
  std::unordered_map<std::string, std::unique_ptr<BoundStatement>> plan_cache_;
  CursorSet cursors_;  // SQL cursors; closed when the transaction ends
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
  options.isolation = ParseIsolation(settings_.default_transaction_isolation()).value();
  options.read_only = settings_.default_transaction_read_only();
  if (next_txn_options_set_) {
    options = next_txn_options_;
    next_txn_options_set_ = false;
  }
  options.synchronous_commit = settings_.synchronous_commit();
  // lock_timeout 0 leaves the server's default (which is "wait forever").
  options.lock_timeout_ms = settings_.lock_timeout_ms() > 0 ? settings_.lock_timeout_ms() : -1;
  options.cancel_requested = &cancel_;
  options.snapshot_at_begin = false;  // every caller starts a statement next
  if (settings_.nest_level() == 0) settings_.BeginTransaction();
  txn_id_ = 0;
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
  deferred_.Clear();
  if (state_ == State::kIdle) state_ = State::kImplicit;
  return Status::Ok();
}

namespace {

// The RangeVar a CREATE names, for the statements that can create a
// temporary relation; null for others.
PgNode CreatedRelation(PgNode node) {
  if (node.Is("CreateStmt")) return node.Field("relation");
  if (node.Is("ViewStmt")) return node.Field("view");
  if (node.Is("CreateSeqStmt")) return node.Field("sequence");
  if (node.Is("CreateTableAsStmt")) return node.Field("into").Field("rel");
  if (node.Is("SelectStmt") && node.Field("intoClause")) return node.Field("intoClause").Field("rel");
  return PgNode();
}

bool CreatesTemporaryRelation(PgNode node) {
  PgNode relation = CreatedRelation(node);
  return relation && relation.Str("relpersistence") == "t";
}

}  // namespace

Status EngineSession::EnsureTempSchema() {
  if (temp_slot_ == 0) {
    temp_slot_ = engine_.AcquireTempSlot();
    temp_schema_ = "pg_temp_" + std::to_string(temp_slot_);
    // A session that ended without dropping it (a crash) left it behind.
    RETURN_IF_ERROR(DropTempSchema());
    search_path_text_.clear();
    RefreshSearchPath();
  }
  ASSIGN_OR_RETURN(auto schema, catalog_.FindSchema(txn_.get(), temp_schema_));
  if (schema) return Status::Ok();
  return catalog_
      .CreateSchema(txn_.get(), temp_schema_, role_oid_ != 0 ? role_oid_ : catalog::kPostgresRoleOid,
                    /*temporary=*/true)
      .status();
}

// Drops the temporary schema with what it holds.
Status EngineSession::DropTempSchema(storage::Transaction* txn) {
  if (temp_schema_.empty()) return Status::Ok();
  DiscardSink discard;
  if (txn != nullptr) {
    ASSIGN_OR_RETURN(auto schema, catalog_.FindSchema(txn, temp_schema_));
    if (!schema) return Status::Ok();
    txn_wrote_ = true;
    return DropSchemas(catalog_, txn, {*schema}, /*cascade=*/true, discard);
  }
  auto own = engine_.database().Begin();
  ASSIGN_OR_RETURN(auto schema, catalog_.FindSchema(own.get(), temp_schema_));
  if (!schema) {
    own->Rollback();
    return Status::Ok();
  }
  Status status = DropSchemas(catalog_, own.get(), {*schema}, /*cascade=*/true, discard);
  if (!status.ok()) {
    own->Rollback();
    return status;
  }
  return own->Commit();
}

void EngineSession::NoteOnCommit(PgNode node) {
  PgNode relation = CreatedRelation(node);
  if (!relation || relation.Str("relpersistence") != "t") return;
  std::string_view action = node.Is("CreateStmt")          ? node.Str("oncommit")
                            : node.Is("CreateTableAsStmt") ? node.Field("into").Str("onCommit")
                            : node.Is("SelectStmt")        ? node.Field("intoClause").Str("onCommit")
                                                           : std::string_view();
  if (action != "ONCOMMIT_DROP" && action != "ONCOMMIT_DELETE_ROWS") return;
  auto table = catalog_.LookupTable(txn_.get(), temp_schema_, relation.Str("relname"));
  if (table.ok()) on_commit_[(*table)->oid] = action == "ONCOMMIT_DROP";
}

// ON COMMIT DROP / DELETE ROWS, in the committing transaction. Entries whose
// table is gone (rolled back, dropped) are forgotten.
Status EngineSession::ApplyOnCommit() {
  for (auto it = on_commit_.begin(); it != on_commit_.end();) {
    auto table = catalog_.FindTable(txn_.get(), it->first);
    if (table == nullptr) {
      it = on_commit_.erase(it);
      continue;
    }
    if (it->second) {
      RETURN_IF_ERROR(catalog_.DropTable(txn_.get(), table->schema_name, table->name, false, nullptr));
      it = on_commit_.erase(it);
      continue;
    }
    RETURN_IF_ERROR(catalog_.TruncateTable(txn_.get(), *table));
    ++it;
  }
  return Status::Ok();
}

Status EngineSession::CommitTransaction(ResultSink* sink) {
  // Cursors WITH HOLD read their remaining rows while the transaction is
  // still there (an error fails the commit).
  Status status = cursors_.PersistHeld();
  // A transaction that wrote nothing has nothing to make durable: ending it
  // without a commit record saves a WAL sync per read-only statement.
  if (!status.ok()) {
    if (txn_) txn_->Rollback();
  } else if (txn_ && txn_wrote_) {
    // synchronous_commit may have changed inside the transaction (SET LOCAL
    // synchronous_commit = off is the usual idiom): COMMIT honours the value
    // in effect now, as PostgreSQL does.
    txn_->set_synchronous_commit(settings_.synchronous_commit());
    // Deferred foreign-key checks first, as PostgreSQL fires deferred
    // triggers before its other pre-commit work.
    if (!deferred_.empty()) {
      status = ForeignKeyEnforcer::RunDeferred(&catalog_, &statement_, nullptr, deferred_.TakeDue(true));
    }
    if (status.ok()) status = ApplyOnCommit();
    if (status.ok()) {
      status = txn_->Commit();
    } else {
      txn_->Rollback();
    }
  } else if (txn_) {
    txn_->Rollback();
  }
  settings_.EndTransaction(status.ok());
  if (status.ok()) ApplyNotifyAtCommit();
  pending_listens_.clear();
  pending_notifies_.clear();
  if (took_advisory_locks_) engine_.advisory_locks().ReleaseAll(AdvisoryOwner(), /*xact_only=*/true);
  SyncDateTime();
  cursors_.EndTransaction(status.ok());
  txn_.reset();
  statement_.txn = nullptr;
  savepoints_.clear();
  deferred_.Clear();
  state_ = State::kIdle;
  datetime_.now_us = types::kTimestampNegInfinity;
  return status;
}

void EngineSession::RollbackTransaction() {
  cursors_.EndTransaction(false);  // their plans read through the transaction
  if (txn_) txn_->Rollback();
  pending_listens_.clear();
  pending_notifies_.clear();
  if (took_advisory_locks_) engine_.advisory_locks().ReleaseAll(AdvisoryOwner(), /*xact_only=*/true);
  datetime_.now_us = types::kTimestampNegInfinity;
  settings_.EndTransaction(false);
  SyncDateTime();
  txn_.reset();
  statement_.txn = nullptr;
  savepoints_.clear();
  deferred_.Clear();
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
  context.session = this;
  context.catalog = &system_catalog_;
  BeginCatalogStatement();
  context.extra_float_digits = settings_.extra_float_digits();
  // Each execution gets a fresh memory budget and identity.
  context.memory = exec::MemoryTracker();
  context.execution_id = exec::NewExecutionId();
}

Result<std::unique_ptr<BoundStatement>> EngineSession::BindRaw(std::shared_ptr<ParseTree> tree, const RawStatement& raw,
                                                               std::vector<SqlType> parameter_types) {
  BeginCatalogStatement();
  auto bound = BindStatement(std::move(tree), raw, catalog_, &statement_, std::move(parameter_types), user_);
  if (!bound.ok()) return bound;
  (*bound)->search_path_generation = search_path_generation_;
  if (raw.node.Tag() == "ExecuteStmt") {
    // EXECUTE returns what the prepared statement returns (Describe shows
    // it); a missing statement is reported when it runs.
    auto prepared = FindPrepared(raw.node.Str("name"));
    if (prepared.ok()) (*bound)->columns = (*prepared)->bound_->columns;
  }
  return bound;
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
  uint64_t catalog_version = catalog_.version();
  auto it = shape_cache_.find(shape->key);
  if (it != shape_cache_.end() && it->second == nullptr) return false;
  RefreshSearchPath();
  if (it == shape_cache_.end() || !PlanCurrent(*it->second)) {
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
    if (CachePlan(shape_cache_, shape->key, std::move(plan)) == nullptr) return false;
    it = shape_cache_.find(shape->key);
  }
  BoundStatement& bound = *it->second;
  RETURN_IF_ERROR(BeginSimpleStatement(/*counts=*/true, /*ddl=*/false, bound.writes));
  RETURN_IF_ERROR(RunSimpleStatement(bound, &shape->values, sink));
  if (state_ == State::kImplicit) RETURN_IF_ERROR(CommitTransaction(&sink));
  return true;
}

Status EngineSession::BeginSimpleStatement(bool counts, bool ddl, bool writes) {
  RETURN_IF_ERROR(EnsureTransaction());
  txn_->BeginStatement();
  datetime_.statement_us = NowPostgresMicros();
  if (counts) ++txn_statements_;
  if (ddl) txn_did_ddl_ = true;
  if (writes || txn_did_ddl_) txn_wrote_ = true;
  return Status::Ok();
}

Status EngineSession::RunSimpleStatement(BoundStatement& bound, std::vector<Value>* parameters, ResultSink& sink) {
  exec::ExecContext& context = bound.context;
  PrepareContext(context, bound);
  if (parameters != nullptr) {
    for (size_t i = 0; i < parameters->size(); ++i) context.parameters[i] = std::move((*parameters)[i]);
  }
  Status status = RunBound(bound, context, sink, /*send_description=*/true);
  if (!status.ok()) return FailStatement(std::move(status));
  return Status::Ok();
}

BoundStatement* EngineSession::CachePlan(std::unordered_map<std::string, std::unique_ptr<BoundStatement>>& cache,
                                         std::string key, std::unique_ptr<BoundStatement> plan) {
  if (cache.size() > 256) cache.clear();
  auto& slot = cache[std::move(key)];
  slot = std::move(plan);
  return slot.get();
}

Status EngineSession::ExecuteSimpleQuery(std::string_view text, ResultSink& sink) {
  SyncDateTime();
  types::ScopedDateTimeContext datetime_scope(&datetime_);
  types::ScopedObjectNames object_names_scope(&system_catalog_);
  catalog::ScopedSearchPath search_path_scope(&search_path_schemas_);
  cancel_.store(false);
  timed_out_.store(false);
  ArmStatementTimeout();
  Status status = ExecuteSimpleQueryStatements(text, sink);
  DisarmStatementTimeout();
  multi_statement_ = false;
  SendPendingNotices(sink);
  return TimeoutAware(std::move(status));
}

Status EngineSession::ExecuteSimpleQueryStatements(std::string_view text, ResultSink& sink) {
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
  multi_statement_ = !single;
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
    // A statement_timeout SET earlier in this message applies from here on.
    ArmStatementTimeout();
    // SET and SHOW take no snapshot: SET TRANSACTION may still follow them.
    bool counts = tag != "VariableSetStmt" && tag != "VariableShowStmt";
    bool ddl = IsDdlStatement(raw.node);
    bool writes = tag == "InsertStmt" || tag == "UpdateStmt" || tag == "DeleteStmt" ||
                  (tag == "CopyStmt" && raw.node.Bool("is_from"));
    RETURN_IF_ERROR(BeginSimpleStatement(counts, ddl, writes));
    // Plan cache for single-statement messages of cacheable kinds.
    BoundStatement* bound = nullptr;
    std::unique_ptr<BoundStatement> owned;
    bool cacheable = single && !txn_did_ddl_ && !ddl &&
                     (tag == "SelectStmt" || tag == "InsertStmt" || tag == "UpdateStmt" || tag == "DeleteStmt");
    if (cacheable) {
      auto it = plan_cache_.find(std::string(text));
      RefreshSearchPath();
      if (it != plan_cache_.end() && PlanCurrent(*it->second)) {
        bound = it->second.get();
      }
    }
    if (bound == nullptr) {
      auto result = BindRaw(tree, raw, {});
      if (!result.ok()) return FailStatement(result.TakeStatus());
      owned = std::move(result).value();
      bound = owned.get();
      if (cacheable && owned->catalog_version == catalog_.version()) {
        bound = CachePlan(plan_cache_, std::string(text), std::move(owned));
      }
    }
    RETURN_IF_ERROR(RunSimpleStatement(*bound, nullptr, sink));
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
                               bool send_description, std::span<const int16_t> formats) {
  if (bound.kind == BoundStatement::Kind::kUtility) return RunUtility(bound, sink, send_description, formats);
  return WithoutPosition(RunPlan(bound, context, sink, send_description, formats));
}

Status EngineSession::RunPlan(BoundStatement& bound, exec::ExecContext& context, ResultSink& sink,
                              bool send_description, std::span<const int16_t> formats) {
  if (bound.writes && txn_read_only_) {
    return Status::Error(sqlstate::kReadOnlySqlTransaction,
                         "cannot execute " + bound.tag + " in a read-only transaction");
  }
  // A SELECT whose WITH queries write (the tag alone does not say so).
  if (bound.writes) txn_wrote_ = true;
  if (send_description && !bound.columns.empty()) {
    std::vector<int16_t> formats(bound.columns.size(), kTextFormat);
    sink.SendRowDescription(bound.columns, formats);
  }
  if (bound.point_read != nullptr) {
    ASSIGN_OR_RETURN(int64_t rows, bound.point_read->Run(context, formats, sink));
    SendRowCountTag(sink, bound.tag, rows);
    return Status::Ok();
  }
  if (bound.kind == BoundStatement::Kind::kQuery || !bound.columns.empty()) {
    exec::QueryRunner runner(*bound.plan, context, formats);
    auto more = runner.Run(sink, 0);
    bound.plan->Close();
    if (!more.ok()) return more.TakeStatus();
    int64_t rows = bound.modify ? bound.modify->rows_affected() : runner.rows_sent();
    SendRowCountTag(sink, bound.tag, rows);
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
  SendRowCountTag(sink, bound.tag, rows);
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

// ALTER TABLE, DROP TABLE, TRUNCATE and CREATE INDEX of a table with
// deferred foreign-key checks queued: 55006, as PostgreSQL's
// CheckTableNotInUse refuses a table with pending trigger events.
Status EngineSession::CheckNoPendingChecks(PgNode node) {
  std::string_view tag = node.Tag();
  std::string_view command;
  std::vector<std::pair<std::string_view, std::string_view>> tables;  // (schema or "", name)
  auto add_relation = [&](PgNode relation) {
    tables.emplace_back(relation.Str("schemaname"), relation.Str("relname"));
  };
  if (tag == "AlterTableStmt" && node.Str("objtype") == "OBJECT_TABLE") {
    command = "ALTER TABLE";
    add_relation(node.Field("relation"));
  } else if (tag == "IndexStmt") {
    command = "CREATE INDEX";
    add_relation(node.Field("relation"));
  } else if (tag == "TruncateStmt") {
    command = "TRUNCATE";
    for (PgNode relation : node.List("relations")) add_relation(relation);
  } else if (tag == "DropStmt" && node.Str("removeType") == "OBJECT_TABLE") {
    command = "DROP TABLE";
    for (PgNode object : node.List("objects")) {
      auto names = object.Is("List") ? object.List("items") : object.Items();
      if (names.empty() || names.size() > 2) continue;  // ExecuteDrop reports it
      tables.emplace_back(names.size() == 2 ? names[0].StringValue() : "", names.back().StringValue());
    }
  }
  for (const auto& [schema, name] : tables) {
    auto table = catalog_.LookupTable(txn_.get(), schema, name);
    if (table.ok() && deferred_.HasPendingFor((*table)->oid)) {
      return Status::Error("55006", "cannot " + std::string(command) + " \"" + std::string(name) +
                                        "\" because it has pending trigger events");  // object_in_use
    }
  }
  return Status::Ok();
}

Status EngineSession::RunUtility(BoundStatement& bound, ResultSink& sink, bool send_description,
                                 std::span<const int16_t> formats) {
  PgNode node = bound.node;
  std::string_view tag = node.Tag();
  auto require_writable = [&]() -> Status {
    if (txn_ && txn_read_only_) {
      return Status::Error(sqlstate::kReadOnlySqlTransaction,
                           "cannot execute " + bound.tag + " in a read-only transaction");
    }
    return Status::Ok();
  };
  if (!deferred_.empty()) RETURN_IF_ERROR(CheckNoPendingChecks(node));
  if (CreatesTemporaryRelation(node)) {
    RETURN_IF_ERROR(require_writable());
    RETURN_IF_ERROR(EnsureTempSchema());
  }
  if (tag == "CreateStmt") {
    RETURN_IF_ERROR(require_writable());
    RETURN_IF_ERROR(ExecuteCreateTable(*bound.tree, node, catalog_, txn_.get(), sink));
    NoteOnCommit(node);
    sink.SendCommandComplete("CREATE TABLE");
    return Status::Ok();
  }
  if (tag == "IndexStmt") {
    RETURN_IF_ERROR(require_writable());
    RETURN_IF_ERROR(ExecuteCreateIndex(node, catalog_, txn_.get(), sink));
    sink.SendCommandComplete("CREATE INDEX");
    return Status::Ok();
  }
  if (tag == "DropStmt") {
    RETURN_IF_ERROR(require_writable());
    std::string command;
    RETURN_IF_ERROR(ExecuteDrop(node, catalog_, txn_.get(), sink, &command));
    sink.SendCommandComplete(command);
    return Status::Ok();
  }
  if (tag == "LockStmt") return RunLockTable(node, sink);
  if (tag == "ConstraintsSetStmt") return RunSetConstraints(node, sink);
  if (tag == "ListenStmt" || tag == "UnlistenStmt" || tag == "NotifyStmt") return RunListen(node, sink);
  if (tag == "TruncateStmt") {
    RETURN_IF_ERROR(require_writable());
    RETURN_IF_ERROR(ExecuteTruncate(node, catalog_, txn_.get(), sink));
    sink.SendCommandComplete("TRUNCATE TABLE");
    return Status::Ok();
  }
  if (tag == "CreatedbStmt" || tag == "DropdbStmt" ||
      (tag == "RenameStmt" && node.Str("renameType") == "OBJECT_DATABASE")) {
    return RunDatabaseStatement(node, sink);
  }
  if (IsRoleStatement(node)) {
    RETURN_IF_ERROR(require_writable());
    std::optional<std::string> method = settings_.Get("password_encryption");
    RoleDdlContext roles{catalog_, txn_.get(), sink, user_,
                         auth::ParsePasswordEncryption(method.value_or("")).value_or(
                             auth::PasswordEncryption::kScramSha256)};
    std::string command;
    RETURN_IF_ERROR(ExecuteRoleStatement(*bound.tree, node, roles, &command));
    sink.SendCommandComplete(command);
    return Status::Ok();
  }
  if (IsSchemaStatement(node)) {
    RETURN_IF_ERROR(require_writable());
    DdlContext ddl{catalog_, txn_.get(), sink, &sequences_, txn_start_us_, &statement_, user_};
    std::string command;
    RETURN_IF_ERROR(ExecuteSchemaStatement(*bound.tree, node, ddl, &command));
    NoteOnCommit(node);
    sink.SendCommandComplete(command);
    return Status::Ok();
  }
  if (tag == "PrepareStmt") return RunPrepare(bound, sink);
  if (tag == "ExecuteStmt") return RunExecute(bound, formats, sink, send_description);
  if (tag == "DeallocateStmt") {
    std::string name(node.Str("name"));
    if (prepared_directory_ == nullptr || !prepared_directory_->DeallocatePreparedStatement(name)) {
      return Status::Error(sqlstate::kInvalidSqlStatementName, "prepared statement \"" + name + "\" does not exist");
    }
    sink.SendCommandComplete(name.empty() ? "DEALLOCATE ALL" : "DEALLOCATE");
    return Status::Ok();
  }
  if (tag == "CopyStmt") {
    CopyInvocation copy{bound.tree, node, &catalog_, &statement_, user_, txn_start_us_, &cancel_,
                        txn_ && txn_read_only_};
    return ExecuteCopy(copy, sink);
  }
  if (tag == "VariableSetStmt") {
    // Bound plans may have folded setting-dependent constants.
    plan_cache_.clear();
    shape_cache_.clear();
    Status status = RunSet(*bound.tree, node, sink);
    SyncDateTime();
    return status;
  }
  if (tag == "VacuumStmt") return RunVacuum(node, sink);
  if (tag == "CheckPointStmt") return RunCheckpoint(sink);
  if (tag == "DiscardStmt") return RunDiscard(node, sink);
  if (tag == "DeclareCursorStmt") return RunDeclareCursor(bound, sink);
  if (tag == "FetchStmt") return RunFetch(node, {}, sink, send_description);
  if (tag == "ClosePortalStmt") {
    std::string_view name = node.Str("portalname");
    if (name.empty()) {
      cursors_.CloseAll();
    } else {
      RETURN_IF_ERROR(cursors_.Close(name));
    }
    sink.SendCommandComplete(bound.tag);
    return Status::Ok();
  }
  if (tag == "VariableShowStmt") return RunShow(node, sink, send_description);
  if (tag == "ExplainStmt") return RunExplain(bound, sink, send_description);
  return Status::NotSupported(UnsupportedStatementName(tag));
}

Status EngineSession::PreventInTransactionBlock(std::string_view what) const {
  if (state_ == State::kBlock || state_ == State::kFailed || multi_statement_) {
    return Status::Error(sqlstate::kActiveSqlTransaction,
                         std::string(what) + " cannot run inside a transaction block");
  }
  return Status::Ok();
}

Status EngineSession::RunVacuum(PgNode node, ResultSink& sink) {
  bool is_vacuum = node.Bool("is_vacuumcmd");
  if (is_vacuum) RETURN_IF_ERROR(PreventInTransactionBlock("VACUUM"));
  for (PgNode option : node.List("options")) {
    std::string_view name = option.Str("defname");
    if (name != "analyze" && name != "verbose" && name != "full" && name != "freeze" && name != "skip_locked" &&
        name != "disable_page_skipping" && name != "index_cleanup" && name != "process_toast" &&
        name != "truncate" && name != "parallel") {
      Status status = Status::Error(sqlstate::kSyntaxError, "unrecognized " +
                                                                std::string(is_vacuum ? "VACUUM" : "ANALYZE") +
                                                                " option \"" + std::string(name) + "\"");
      if (option.Location() >= 0) status.SetPosition(option.Location() + 1);
      return status;
    }
  }
  for (PgNode rel : node.List("rels")) {
    PgNode relation = rel.Field("relation");
    auto table = catalog_.LookupTable(txn_.get(), relation.Str("schemaname"), relation.Str("relname"));
    if (!table.ok()) return table.TakeStatus();
  }
  sink.SendCommandComplete(is_vacuum ? "VACUUM" : "ANALYZE");
  return Status::Ok();
}

Status EngineSession::RunCheckpoint(ResultSink& sink) {
  ASSIGN_OR_RETURN(std::optional<catalog::RoleInfo> role, catalog_.FindRole(txn_.get(), user_));
  if (!role || !role->superuser) {
    return Status::Error(sqlstate::kInsufficientPrivilege,
                         "must be superuser or have privileges of pg_checkpoint to do CHECKPOINT");
  }
  RETURN_IF_ERROR(engine_.database().Checkpoint());
  sink.SendCommandComplete("CHECKPOINT");
  return Status::Ok();
}

Status EngineSession::RunDatabaseStatement(PgNode node, ResultSink& sink) {
  std::string_view tag = node.Tag();
  uint32_t current = catalog_.database_oid();
  if (tag == "CreatedbStmt") {
    RETURN_IF_ERROR(PreventInTransactionBlock("CREATE DATABASE"));
    catalog::DatabaseDefinition definition;
    definition.name = std::string(node.Str("dbname"));
    std::string template_name;
    for (PgNode option : node.List("options")) {
      std::string name(option.Str("defname"));
      PgNode arg = option.Field("arg");
      // The value as text: String, Integer or a bare identifier.
      std::string value(arg.Field("String") ? arg.Field("String").Str("sval") : arg.Str("sval"));
      if (value.empty() && arg.Field("Integer")) value = std::to_string(arg.Field("Integer").Int("ival"));
      if (value.empty() && arg.Field("ival")) value = std::to_string(arg.Int("ival"));
      std::string lower = ToLower(value);
      if (name == "owner") {
        auto role = catalog_.LookupRole(value);
        // undefined_object here, where a login names an unknown role with 28000.
        if (!role.ok()) return Status::Error(sqlstate::kUndefinedObject, "role \"" + value + "\" does not exist");
        definition.owner_oid = role->oid;
      } else if (name == "template") {
        template_name = value;
      } else if (name == "encoding") {
        if (lower != "utf8" && lower != "utf-8" && lower != "unicode" && value != "6") {
          return Status::NotSupported("CREATE DATABASE with ENCODING other than UTF8");
        }
      } else if (name == "locale" || name == "lc_collate" || name == "lc_ctype") {
        if (value != "C" && value != "POSIX") {
          return Status::NotSupported("CREATE DATABASE with " + ToUpper(name) + " other than C");
        }
      } else if (name == "strategy" || name == "connection_limit" || name == "is_template" ||
                 name == "allow_connections" || name == "tablespace") {
        // Accepted only with the values that change nothing here.
        bool harmless = (name == "strategy" && (lower == "wal_log" || lower == "file_copy")) ||
                        (name == "connection_limit" && value == "-1") ||
                        (name == "is_template" && (lower == "false" || value == "0")) ||
                        (name == "allow_connections" && (lower == "true" || value == "1")) ||
                        (name == "tablespace" && lower == "pg_default");
        if (!harmless) return Status::NotSupported("CREATE DATABASE option " + ToUpper(name) + " = " + value);
      } else {
        return Status::NotSupported("CREATE DATABASE option " + ToUpper(name));
      }
    }
    RETURN_IF_ERROR(engine_.CreateDatabase(definition, template_name, current));
    sink.SendCommandComplete("CREATE DATABASE");
    return Status::Ok();
  }
  if (tag == "DropdbStmt") {
    bool force = false;
    for (PgNode option : node.List("options")) {
      if (option.Str("defname") != "force") {
        Status status = Status::Error(sqlstate::kSyntaxError, "unrecognized DROP DATABASE option \"" +
                                                                  std::string(option.Str("defname")) + "\"");
        if (option.Location() >= 0) status.SetPosition(option.Location() + 1);
        return status;
      }
      force = true;
    }
    RETURN_IF_ERROR(PreventInTransactionBlock("DROP DATABASE"));
    Status notice;
    RETURN_IF_ERROR(engine_.DropDatabase(node.Str("dbname"), node.Bool("missing_ok"), force, current,
                                         backend_directory_, &notice));
    if (!notice.ok()) sink.SendNotice("NOTICE", notice);
    sink.SendCommandComplete("DROP DATABASE");
    return Status::Ok();
  }
  // ALTER DATABASE ... RENAME TO: transactional in PostgreSQL, immediate here.
  if (state_ == State::kBlock || state_ == State::kFailed || multi_statement_) {
    return Status::NotSupported("ALTER DATABASE ... RENAME inside a transaction block");
  }
  RETURN_IF_ERROR(engine_.RenameDatabase(node.Str("subname"), node.Str("newname"), current));
  sink.SendCommandComplete("ALTER DATABASE");
  return Status::Ok();
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
    options.isolation = ParseIsolation(settings_.default_transaction_isolation()).value();
    options.read_only = settings_.default_transaction_read_only();
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
    savepoints_.push_back({name, deferred_.Save()});
    settings_.BeginSubtransaction();
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
      if (savepoints_[i].name == name) {
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
        settings_.EndSubtransaction(true);
      }
      cursors_.Released(static_cast<int>(savepoints_.size()));
      sink.SendCommandComplete("RELEASE");
      return Status::Ok();
    }
    // Roll back to it; the savepoint itself stays defined.
    while (static_cast<int>(savepoints_.size()) > index + 1) {
      RETURN_IF_ERROR(txn_->ReleaseSavepoint());
      savepoints_.pop_back();
      settings_.EndSubtransaction(false);
    }
    RETURN_IF_ERROR(txn_->RollbackToSavepoint());
    deferred_.Restore(savepoints_.back().deferred);
    cursors_.RolledBackTo(index);
    RETURN_IF_ERROR(txn_->SetSavepoint());
    // The savepoint's level is undone and begun again.
    settings_.EndSubtransaction(false);
    settings_.BeginSubtransaction();
    state_ = State::kBlock;
    sink.SendCommandComplete("ROLLBACK");
    return Status::Ok();
  }
  if (kind == "TRANS_STMT_PREPARE" || kind == "TRANS_STMT_COMMIT_PREPARED" || kind == "TRANS_STMT_ROLLBACK_PREPARED") {
    return Status::NotSupported("two-phase commit");
  }
  return Status::NotSupported("transaction statement " + std::string(kind));
}

// SET TRANSACTION's options, and SET transaction_isolation / transaction_read_only
// / transaction_deferrable, which PostgreSQL maps to the same checks.
Status EngineSession::RunSetTransaction(std::string_view option_name, PgNode arg, std::string_view text_value,
                                        ResultSink& sink) {
  (void)sink;
  if (option_name == "transaction_isolation") {
    std::string level_text(arg ? arg.Field("sval").Str("sval") : text_value);
    const SettingDefinition* d = FindSetting("transaction_isolation");
    ASSIGN_OR_RETURN(std::string canonical, NormalizeSettingValue(*d, level_text));
    ASSIGN_OR_RETURN(auto level, ParseIsolation(canonical));
    if (txn_statements_ > 0) {
      if (level != txn_->options().isolation) {
        return Status::Error(sqlstate::kActiveSqlTransaction,
                             "SET TRANSACTION ISOLATION LEVEL must be called before any query");
      }
      return Status::Ok();
    }
    // Nothing has run yet: restart the (empty) transaction at the new level.
    storage::TransactionOptions options = txn_->options();
    options.isolation = level;
    bool read_only = txn_read_only_;
    int64_t statements = txn_statements_;
    txn_->Rollback();
    txn_.reset();
    next_txn_options_ = options;
    next_txn_options_set_ = true;
    next_isolation_name_ = canonical;
    RETURN_IF_ERROR(EnsureTransaction());
    txn_read_only_ = read_only;
    txn_statements_ = statements;
    return Status::Ok();
  }
  if (option_name == "transaction_read_only") {
    bool read_only;
    if (arg) {
      read_only = arg.Field("ival").Int("ival") != 0;
    } else {
      ASSIGN_OR_RETURN(std::string canonical, NormalizeSettingValue(*FindSetting("transaction_read_only"), text_value));
      read_only = canonical == "on";
    }
    if (!read_only && txn_read_only_ && txn_statements_ > 0) {
      return Status::Error(sqlstate::kActiveSqlTransaction, "transaction read-write mode must be set before any query");
    }
    txn_read_only_ = read_only;
    return Status::Ok();
  }
  if (option_name == "transaction_deferrable") {
    // DEFERRABLE only matters for SERIALIZABLE READ ONLY; accepted.
    if (!arg) RETURN_IF_ERROR(NormalizeSettingValue(*FindSetting("transaction_deferrable"), text_value).status());
    return Status::Ok();
  }
  return UnrecognizedSetting(option_name);
}

Status EngineSession::ApplySetting(std::string_view name, std::optional<std::string_view> value, bool is_local,
                                   ResultSink* sink) {
  std::string lower = ToLower(name);
  if (lower == "transaction_isolation" || lower == "transaction_read_only" || lower == "transaction_deferrable") {
    if (!txn_) return Status::Ok();
    if (!value) return Status::Ok();  // RESET of a per-transaction setting: no effect
    return RunSetTransaction(lower, PgNode(), *value, *sink);
  }
  return settings_.Set(name, value, is_local ? SessionSettings::Action::kLocal : SessionSettings::Action::kSet);
}

Status EngineSession::RunSet(const ParseTree& tree, PgNode node, ResultSink& sink) {
  std::string_view kind = node.Str("kind");
  std::string name = ToLower(node.Str("name"));
  bool is_local = node.Bool("is_local");
  if (kind == "VAR_SET_MULTI" && name == "transaction") {
    if (state_ != State::kBlock) {
      sink.SendNotice("WARNING", Status::Error(sqlstate::kNoActiveSqlTransaction,
                                               "SET TRANSACTION can only be used in transaction blocks"));
      sink.SendCommandComplete("SET");
      return Status::Ok();
    }
    for (PgNode option : node.List("args")) {
      RETURN_IF_ERROR(RunSetTransaction(option.Str("defname"), option.Field("arg"), "", sink));
    }
    sink.SendCommandComplete("SET");
    return Status::Ok();
  }
  if (kind == "VAR_SET_MULTI" && name == "session characteristics") {
    for (PgNode option : node.List("args")) {
      std::string_view option_name = option.Str("defname");
      PgNode arg = option.Field("arg");
      if (option_name == "transaction_isolation") {
        RETURN_IF_ERROR(settings_.Set("default_transaction_isolation", arg.Field("sval").Str("sval"),
                                      SessionSettings::Action::kSet));
      } else if (option_name == "transaction_read_only") {
        RETURN_IF_ERROR(settings_.Set("default_transaction_read_only", arg.Field("ival").Int("ival") != 0 ? "on" : "off",
                                      SessionSettings::Action::kSet));
      } else if (option_name == "transaction_deferrable") {
        RETURN_IF_ERROR(settings_.Set("default_transaction_deferrable",
                                      arg.Field("ival").Int("ival") != 0 ? "on" : "off",
                                      SessionSettings::Action::kSet));
      }
    }
    sink.SendCommandComplete("SET");
    return Status::Ok();
  }
  if (kind == "VAR_SET_MULTI") return Status::NotSupported("SET " + name);
  if (kind == "VAR_SET_CURRENT") return Status::NotSupported("SET ... FROM CURRENT");
  if (is_local && state_ != State::kBlock) {
    sink.SendNotice("WARNING", Status::Error(sqlstate::kNoActiveSqlTransaction,
                                             "SET LOCAL can only be used in transaction blocks"));
  }
  if (kind == "VAR_RESET_ALL") {
    settings_.ResetAll();
    sink.SendCommandComplete("RESET");
    return Status::Ok();
  }
  if (name == "role" || name == "session_authorization") {
    // Roles come later (issue 3's authentication work): only the no-op
    // forms are accepted — back to the session user, or to the same user.
    bool no_op = kind == "VAR_SET_DEFAULT" || kind == "VAR_RESET";
    if (!no_op && node.List("args").size() == 1) {
      PgNode body = node.List("args").begin()->Body();
      std::string_view target = body.Field("sval") ? body.Field("sval").Str("sval") : "";
      no_op = target == user_ || (name == "role" && target == "none");
    }
    if (!no_op) return Status::NotSupported(name == "role" ? "SET ROLE" : "SET SESSION AUTHORIZATION");
    sink.SendCommandComplete(kind == "VAR_RESET" ? "RESET" : "SET");
    return Status::Ok();
  }
  if (kind == "VAR_SET_DEFAULT" || kind == "VAR_RESET") {
    RETURN_IF_ERROR(ApplySetting(name, std::nullopt, is_local, &sink));
    sink.SendCommandComplete(kind == "VAR_RESET" ? "RESET" : "SET");
    return Status::Ok();
  }
  // VAR_SET_VALUE: flatten the argument list as flatten_set_variable_args.
  const SettingDefinition* d = FindSetting(name);
  auto args = node.List("args");
  bool list_input = d != nullptr && (d->name == "search_path" || d->name == "DateStyle");
  if (args.size() > 1 && !list_input) {
    if (d == nullptr && name.find('.') == std::string::npos) return UnrecognizedSetting(name);
    return Status::Error(sqlstate::kInvalidParameterValue, "SET " + name + " takes only one argument");
  }
  std::string value;
  bool first = true;
  for (PgNode arg : args) {
    if (!first) value += ", ";
    first = false;
    PgNode constant = arg.Is("TypeCast") ? arg.Field("arg") : arg;
    PgNode body = constant.Body();
    if (body.Field("ival")) {
      value += std::to_string(tree.IntegerConstant(constant));
    } else if (PgNode f = body.Field("fval")) {
      value += f.Str("fval");
    } else if (PgNode s = body.Field("sval")) {
      value += d != nullptr && d->name == "search_path" ? QuoteIdentifierIfNeeded(s.Str("sval"))
                                                        : std::string(s.Str("sval"));
    } else if (PgNode b = body.Field("boolval")) {
      value += b.Bool("boolval") ? "on" : "off";
    } else {
      return Status::NotSupported("SET " + name + " to a non-constant value");
    }
  }
  if (name == "timezone" && args.size() == 1 && args.begin()->Is("TypeCast")) {
    // SET TIME ZONE INTERVAL '+05:30' HOUR TO MINUTE: hours east, as a number.
    PgNode type_name = args.begin()->Field("typeName");
    std::string type;
    for (PgNode part : type_name.List("names")) type = std::string(part.StringValue());
    if (type != "interval") return Status::NotSupported("SET TIME ZONE with a value of type " + type);
    ASSIGN_OR_RETURN(types::Interval interval, types::ParseInterval(value));
    if (interval.months != 0 || interval.days != 0) {
      return Status::Error(sqlstate::kInvalidParameterValue, "invalid interval value for time zone: day not allowed");
    }
    char hours[64];
    std::snprintf(hours, sizeof hours, "%.10g", static_cast<double>(interval.time_us) / 3600e6);
    value = hours;
  }
  RETURN_IF_ERROR(ApplySetting(name, value, is_local, &sink));
  sink.SendCommandComplete("SET");
  return Status::Ok();
}

Result<std::string> EngineSession::ShowValue(std::string_view name) {
  std::string lower = ToLower(name);
  if (lower == "transaction_isolation" || lower == "transaction isolation level") {
    return txn_ ? txn_isolation_name_ : settings_.default_transaction_isolation();
  }
  if (lower == "transaction_read_only") {
    return std::string((txn_ ? txn_read_only_ : settings_.default_transaction_read_only()) ? "on" : "off");
  }
  if (lower == "transaction_deferrable") {
    return *settings_.Get("default_transaction_deferrable");
  }
  std::optional<std::string> value = settings_.Get(name);
  if (!value) return UnrecognizedSetting(name);
  return *value;
}

Status EngineSession::RunShow(PgNode node, ResultSink& sink, bool send_description) {
  std::string name = ToLower(node.Str("name"));
  auto text_column = [](std::string column_name) {
    ResultColumn column;
    column.name = std::move(column_name);
    column.type_oid = types::kTextOid;
    column.type_size = -1;
    return column;
  };
  if (name == "all") {
    std::vector<ResultColumn> columns{text_column("name"), text_column("setting"), text_column("description")};
    std::vector<std::vector<std::string>> rows;
    for (const SettingDefinition& d : AllSettings()) {
      if (!d.show_all) continue;
      ASSIGN_OR_RETURN(std::string value, ShowValue(d.name));
      rows.push_back({std::string(d.name), std::move(value), std::string(d.description)});
    }
    SendRows(columns, rows, sink, send_description);
    sink.SendCommandComplete("SHOW");
    return Status::Ok();
  }
  ASSIGN_OR_RETURN(std::string value, ShowValue(name));
  const SettingDefinition* d = FindSetting(name);
  std::vector<ResultColumn> columns{text_column(d ? std::string(d->name) : name)};
  SendRows(columns, {{value}}, sink, send_description);
  sink.SendCommandComplete("SHOW");
  return Status::Ok();
}

// DISCARD ALL / PLANS / SEQUENCES / TEMP (PostgreSQL's DiscardCommand).
Status EngineSession::Notify(std::string_view channel, std::string_view payload) {
  if (channel.empty()) return Status::Error(sqlstate::kInvalidParameterValue, "channel name cannot be empty");
  if (channel.size() > catalog::kMaxIdentifierBytes) {
    return Status::Error(sqlstate::kInvalidParameterValue, "channel name too long");
  }
  if (payload.size() >= 8000) return Status::Error(sqlstate::kInvalidParameterValue, "payload string too long");
  std::pair<std::string, std::string> entry(channel, payload);
  // PostgreSQL folds identical notifications of one transaction into one.
  if (std::find(pending_notifies_.begin(), pending_notifies_.end(), entry) == pending_notifies_.end()) {
    pending_notifies_.push_back(std::move(entry));
  }
  return Status::Ok();
}

Status EngineSession::RunListen(PgNode node, ResultSink& sink) {
  std::string channel(node.Str("conditionname"));
  if (node.Is("NotifyStmt")) {
    RETURN_IF_ERROR(Notify(channel, node.Str("payload")));
    sink.SendCommandComplete("NOTIFY");
    return Status::Ok();
  }
  bool listen = node.Is("ListenStmt");
  pending_listens_.emplace_back(listen, listen || !channel.empty() ? channel : "*");
  sink.SendCommandComplete(listen ? "LISTEN" : "UNLISTEN");
  return Status::Ok();
}

// At a successful end of the transaction: its LISTEN/UNLISTEN take effect,
// then its notifications go out (a listener of its own channel included).
void EngineSession::ApplyNotifyAtCommit() {
  NotificationHub& hub = engine_.notifications();
  const uint32_t database = catalog_.database_oid();
  for (const auto& [listen, channel] : pending_listens_) {
    if (listen) {
      hub.Listen(database, channel, inbox_);
      if (std::find(listening_.begin(), listening_.end(), channel) == listening_.end()) listening_.push_back(channel);
    } else if (channel == "*") {
      hub.UnlistenAll(inbox_.get());
      listening_.clear();
    } else {
      hub.Unlisten(database, channel, inbox_.get());
      std::erase(listening_, channel);
    }
  }
  for (const auto& [channel, payload] : pending_notifies_) {
    hub.Notify(database, Notification{backend_pid_, channel, payload});
  }
}

namespace {

// The constraints of `table` named `name` (pg_constraint rows): whether there
// is one, and the deferrable foreign keys among them.
bool FindConstraintsNamed(const catalog::Table& table, std::string_view name, std::vector<uint32_t>* deferrable,
                          bool* non_deferrable) {
  bool found = false;
  for (const auto& index : table.indexes) {
    if ((index.primary || index.is_constraint) && index.name == name) found = *non_deferrable = true;
  }
  for (const auto& check : table.checks) {
    if (check.name == name) found = *non_deferrable = true;
  }
  for (const auto& fk : table.foreign_keys) {
    if (fk.name != name) continue;
    found = true;
    if (fk.deferrable) {
      deferrable->push_back(fk.oid);
    } else {
      *non_deferrable = true;
    }
  }
  return found;
}

}  // namespace

// SET CONSTRAINTS {ALL | name [, ...]} {DEFERRED | IMMEDIATE}
// (docs/sql.md "Deferrable foreign keys"). Only foreign keys can be
// DEFERRABLE here. Names are resolved as PostgreSQL's AfterTriggerSetState
// does: in the named schema (3F000 when missing), else in the first schema
// of the search path holding a constraint of that name (42704 when none
// does); a non-deferrable one set DEFERRED is 42809. Checks of constraints
// that become IMMEDIATE run now. Outside a transaction block: WARNING 25P01
// first (the state then ends with the implicit transaction).
Status EngineSession::RunSetConstraints(PgNode node, ResultSink& sink) {
  if (state_ != State::kBlock) {
    sink.SendNotice("WARNING", Status::Error(sqlstate::kNoActiveSqlTransaction,
                                             "SET CONSTRAINTS can only be used in transaction blocks"));
  }
  const bool deferred = node.Bool("deferred");
  std::vector<std::shared_ptr<const catalog::Table>> tables;
  std::vector<uint32_t> chosen;
  const bool all = node.List("constraints").empty();
  for (PgNode constraint : node.List("constraints")) {
    if (tables.empty()) tables = catalog_.ListTables(txn_.get());
    std::string_view schema = constraint.Str("schemaname");
    std::string name(constraint.Str("relname"));
    std::vector<std::string> schemas;
    if (!schema.empty()) {
      RETURN_IF_ERROR(catalog_.LookupSchema(txn_.get(), schema).status());
      schemas.emplace_back(schema);
    } else {
      if (!catalog::ActiveTempSchema().empty()) schemas.emplace_back(catalog::ActiveTempSchema());
      for (const std::string& on_path : catalog::ActiveSearchPath()) schemas.push_back(on_path);
    }
    bool found = false;
    bool non_deferrable = false;
    for (const std::string& candidate : schemas) {
      for (const auto& table : tables) {
        if (table->schema_name != candidate) continue;
        found = FindConstraintsNamed(*table, name, &chosen, &non_deferrable) || found;
      }
      if (found) break;
    }
    if (!found) return Status::Error(sqlstate::kUndefinedObject, "constraint \"" + name + "\" does not exist");
    if (non_deferrable && deferred) {
      return Status::Error(sqlstate::kWrongObjectType, "constraint \"" + name + "\" is not deferrable");
    }
  }
  if (all) {
    deferred_.SetAll(deferred);
  } else {
    for (uint32_t oid : chosen) deferred_.Set(oid, deferred);
  }
  if (!deferred && !deferred_.empty()) {
    RETURN_IF_ERROR(ForeignKeyEnforcer::RunDeferred(&catalog_, &statement_, nullptr, deferred_.TakeDue(false)));
  }
  sink.SendCommandComplete("SET CONSTRAINTS");
  return Status::Ok();
}

Status EngineSession::RunLockTable(PgNode node, ResultSink& sink) {
  if (state_ != State::kBlock) {
    return Status::Error("25P01", "LOCK TABLE can only be used in transaction blocks");
  }
  // PostgreSQL's modes 1-3 (ACCESS SHARE, ROW SHARE, ROW EXCLUSIVE) are what
  // reads and writes take: the shared table lock; SHARE UPDATE EXCLUSIVE and
  // stronger keep other writers and DDL out: the exclusive one.
  const bool exclusive = node.Int("mode") >= 4;
  auto lock = [&](const catalog::Table& table) -> Status {
    RETURN_IF_ERROR(catalog::CheckTemporaryAccess(table.schema_name));
    Status locked = txn_->LockTable(table.storage->lock_key(), exclusive, node.Bool("nowait"));
    if (locked.Is(sqlstate::kLockNotAvailable) && node.Bool("nowait")) {
      return Status::Error(sqlstate::kLockNotAvailable, "could not obtain lock on relation \"" + table.name + "\"");
    }
    return locked;
  };
  for (PgNode relation : node.List("relations")) {
    std::string_view schema = relation.Str("schemaname");
    std::string_view name = relation.Str("relname");
    auto table = catalog_.LookupTable(txn_.get(), schema, name);
    if (table.ok()) {
      RETURN_IF_ERROR(lock(**table));
      continue;
    }
    // A view locks the tables it reads (PostgreSQL locks them through the
    // view); a system catalog has nothing to lock here.
    if (table.status().Is(sqlstate::kWrongObjectType)) {
      ASSIGN_OR_RETURN(auto view, catalog_.LookupView(txn_.get(), schema, name));
      if (view == nullptr) return table.TakeStatus();
      for (uint32_t oid : view->depends_on) {
        if (auto read = catalog_.FindTable(txn_.get(), oid)) RETURN_IF_ERROR(lock(*read));
      }
      continue;
    }
    if ((schema.empty() || schema == "pg_catalog") && FindSystemRelation(name) != nullptr) continue;
    return table.TakeStatus();
  }
  sink.SendCommandComplete("LOCK TABLE");
  return Status::Ok();
}

Status EngineSession::RunDiscard(PgNode node, ResultSink& sink) {
  std::string_view target = node.Str("target");
  if (target.empty() || target == "DISCARD_ALL") {
    if (state_ == State::kBlock || state_ == State::kFailed || multi_statement_) {
      return Status::Error(sqlstate::kActiveSqlTransaction, "DISCARD ALL cannot run inside a transaction block");
    }
    // Portals go at the next ReadyForQuery (net/ drops them outside blocks).
    settings_.ResetAll();
    SyncDateTime();
    RETURN_IF_ERROR(DropTempSchema(txn_.get()));
    if (prepared_directory_ != nullptr) prepared_directory_->DeallocatePreparedStatement("");
    plan_cache_.clear();
    shape_cache_.clear();
    sink.SendCommandComplete("DISCARD ALL");
    return Status::Ok();
  }
  if (target == "DISCARD_PLANS") {
    plan_cache_.clear();
    shape_cache_.clear();
    sink.SendCommandComplete("DISCARD PLANS");
    return Status::Ok();
  }
  if (target == "DISCARD_SEQUENCES") {
    sink.SendCommandComplete("DISCARD SEQUENCES");
    return Status::Ok();
  }
  RETURN_IF_ERROR(DropTempSchema(txn_.get()));
  sink.SendCommandComplete("DISCARD TEMP");
  return Status::Ok();
}

// ---- Startup parameters --------------------------------------------------

Status EngineSession::ApplyStartupParameters(std::span<const StartupParameter> parameters) {
  // The "options" words first (process_startup_options), then the packet's
  // own parameters in order; both become the reset values.
  std::vector<std::pair<std::string, std::string>> ordered;
  for (const auto& [name, value] : parameters) {
    if (name != "options") continue;
    // pg_split_opts: words separated by spaces; a backslash escapes the next character.
    std::vector<std::string> words;
    std::string word;
    bool in_word = false;
    for (size_t i = 0; i < value.size(); ++i) {
      char c = value[i];
      if (c == ' ' || c == '\t' || c == '\n') {
        if (in_word) words.push_back(std::move(word));
        word.clear();
        in_word = false;
        continue;
      }
      if (c == '\\' && i + 1 < value.size()) c = value[++i];
      word.push_back(c);
      in_word = true;
    }
    if (in_word) words.push_back(std::move(word));
    for (size_t i = 0; i < words.size(); ++i) {
      std::string setting;
      if (words[i] == "-c" && i + 1 < words.size()) {
        setting = words[++i];
      } else if (words[i].starts_with("-c") && words[i].size() > 2) {
        setting = words[i].substr(2);
      } else if (words[i].starts_with("--") && words[i].size() > 2) {
        setting = words[i].substr(2);
      } else {
        return Status::Error(sqlstate::kSyntaxError,
                             "invalid command-line argument for server process: " + words[i])
            .WithHint("Try \"postgres --help\" for more information.");
      }
      size_t equals = setting.find('=');
      if (equals == std::string::npos) {
        return Status::Error(sqlstate::kSyntaxError, "-c " + setting + " requires a value");
      }
      std::string setting_name = setting.substr(0, equals);
      for (char& c : setting_name) {
        if (c == '-') c = '_';
      }
      ordered.emplace_back(std::move(setting_name), setting.substr(equals + 1));
    }
  }
  for (const auto& [name, value] : parameters) {
    if (name != "options") ordered.emplace_back(name, value);
  }
  for (const auto& [name, value] : ordered) {
    RETURN_IF_ERROR(settings_.Set(name, value, SessionSettings::Action::kSet, SessionSettings::Source::kStartup));
  }
  SyncDateTime();
  return Status::Ok();
}

// ---- exec::SessionAccess --------------------------------------------------

Result<std::optional<std::string>> EngineSession::GetSetting(std::string_view name, bool missing_ok) {
  Result<std::string> value = ShowValue(name);
  if (!value.ok()) {
    if (missing_ok && value.status().Is(sqlstate::kUndefinedObject)) return std::optional<std::string>();
    return value.TakeStatus();
  }
  return std::optional<std::string>(std::move(value).value());
}

Result<std::string> EngineSession::SetSetting(std::string_view name, std::optional<std::string_view> value,
                                              bool is_local) {
  DiscardSink no_sink;
  RETURN_IF_ERROR(ApplySetting(name, value, is_local, &no_sink));
  SyncDateTime();
  return ShowValue(name);
}

Result<bool> EngineSession::SignalBackend(int32_t process_id, bool terminate) {
  bool found = backend_directory_ != nullptr && (terminate ? backend_directory_->TerminateBackend(process_id)
                                                           : backend_directory_->CancelBackend(process_id));
  if (!found) {
    pending_notices_.emplace_back(
        "WARNING", Status::Error(sqlstate::kWarning,
                                 "PID " + std::to_string(process_id) + " is not a PostgreSQL server process"));
  }
  return found;
}

std::vector<exec::PreparedStatementRow> EngineSession::PreparedStatements() {
  std::vector<exec::PreparedStatementRow> rows;
  if (prepared_directory_ == nullptr) return rows;
  prepared_directory_->ForEachPreparedStatement([&](std::string_view name, const PreparedStatement& statement) {
    const auto& prepared = static_cast<const SessionPreparedStatement&>(statement);
    exec::PreparedStatementRow row;
    row.name = std::string(name);
    row.statement = prepared.text_;
    row.prepare_time_us = prepared.prepare_time_us_;
    row.parameter_types = prepared.oids_;
    row.executions = prepared.binds_;
    row.from_sql = prepared.from_sql_;
    rows.push_back(std::move(row));
  });
  return rows;
}

Result<bool> EngineSession::AdvisoryLock(int64_t key, bool pair, bool shared, bool xact, bool wait,
                                         exec::ExecContext* context) {
  const int64_t timeout_ms = settings_.lock_timeout_ms();
  const auto start = std::chrono::steady_clock::now();
  auto check = [&]() -> Status {
    if (context != nullptr) RETURN_IF_ERROR(context->CheckCancel());
    if (timeout_ms > 0 && std::chrono::steady_clock::now() - start >= std::chrono::milliseconds(timeout_ms)) {
      return Status::Error(sqlstate::kLockNotAvailable, "canceling statement due to lock timeout");
    }
    return Status::Ok();
  };
  took_advisory_locks_ = true;
  return engine_.advisory_locks().Acquire({catalog_.database_oid(), key, pair}, AdvisoryOwner(), shared, xact, wait,
                                          check);
}

Result<bool> EngineSession::AdvisoryUnlock(int64_t key, bool pair, bool shared) {
  if (engine_.advisory_locks().Release({catalog_.database_oid(), key, pair}, AdvisoryOwner(), shared)) return true;
  pending_notices_.emplace_back("WARNING",
                                Status::Error(sqlstate::kWarning, std::string("you don't own a lock of type ") +
                                                                      (shared ? "ShareLock" : "ExclusiveLock")));
  return false;
}

std::optional<std::string> EngineSession::CurrentSchema() {
  // The first schema of search_path that exists.
  RefreshSearchPath();
  for (const auto& name : search_path_schemas_) {
    auto schema = catalog_.FindSchema(txn_.get(), name);
    if (schema.ok() && *schema) return name;
  }
  return std::nullopt;
}

void EngineSession::SyncDateTime() {
  const types::TimeZone* zone = settings_.time_zone();
  if (zone == datetime_.time_zone) return;
  datetime_.time_zone = zone;
  // Cached plans hold literals folded in the old zone ('...'::timestamptz).
  plan_cache_.clear();
  shape_cache_.clear();
}

void EngineSession::SendPendingNotices(ResultSink& sink) {
  for (auto& [severity, notice] : pending_notices_) {
    sink.SendNotice(severity, notice);
  }
  pending_notices_.clear();
}

// ---- statement_timeout ------------------------------------------------------

void EngineSession::ArmStatementTimeout() {
  int64_t timeout_ms = settings_.statement_timeout_ms();
  if (timeout_ms <= 0 || timeout_token_ != 0) return;
  timeout_token_ = TimeoutWatchdog::Get().Arm(std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms),
                                              &cancel_, &timed_out_);
}

void EngineSession::DisarmStatementTimeout() {
  if (timeout_token_ == 0) return;
  TimeoutWatchdog::Get().Disarm(timeout_token_);
  timeout_token_ = 0;
}

// A cancel caused by statement_timeout reports itself as such.
Status EngineSession::TimeoutAware(Status status) {
  if (!status.ok() && status.Is(sqlstate::kQueryCanceled) && timed_out_.load()) {
    return Status::Error(sqlstate::kQueryCanceled, "canceling statement due to statement timeout");
  }
  return status;
}

// DECLARE name [BINARY] [NO SCROLL] CURSOR [WITHOUT HOLD] FOR query. Option
// bits are PostgreSQL's CURSOR_OPT_* (parsenodes.h).
Status EngineSession::RunDeclareCursor(BoundStatement& bound, ResultSink& sink) {
  constexpr int64_t kBinary = 0x1, kScroll = 0x2, kNoScroll = 0x4, kHold = 0x20;
  const int64_t options = bound.node.Int("options");
  const CursorScroll scroll = (options & kScroll)     ? CursorScroll::kScroll
                              : (options & kNoScroll) ? CursorScroll::kNoScroll
                                                      : CursorScroll::kDefault;
  if (scroll == CursorScroll::kScroll && !bound.node.Field("query").List("lockingClause").empty()) {
    return Status::NotSupported("DECLARE SCROLL CURSOR ... FOR UPDATE")
        .WithDetail("Scrollable cursors must be READ ONLY.");
  }
  if (state_ != State::kBlock && !(options & kHold)) {
    return Status::Error(sqlstate::kNoActiveSqlTransaction, "DECLARE CURSOR can only be used in transaction blocks");
  }
  RawStatement raw;
  raw.node = bound.node.Field("query");
  ASSIGN_OR_RETURN(auto query, BindRaw(bound.tree, raw, bound.parameter_types));
  if (!query->plan) return Status::NotSupported("DECLARE CURSOR for " + std::string(raw.node.Tag()));
  // The cursor's query takes the DECLARE's parameter values ($n in the query).
  query->context.parameters.resize(std::max<size_t>(query->slot_count, bound.parameter_types.size()));
  for (size_t i = 0; i < bound.parameter_types.size() && i < bound.context.parameters.size(); ++i) {
    query->context.parameters[i] = bound.context.parameters[i];
  }
  PrepareContext(query->context, *query);
  // Errors of running the query (DECLARE reads its first rows) carry no
  // cursor position, as for any executed statement.
  RETURN_IF_ERROR(
      WithoutPosition(cursors_.Declare(std::string(bound.node.Str("portalname")), std::move(query), options & kBinary,
                                       options & kHold, static_cast<int>(savepoints_.size()), scroll)));
  sink.SendCommandComplete("DECLARE CURSOR");
  return Status::Ok();
}

// FETCH / MOVE [direction] [FROM | IN] name (docs/sql.md "Cursors").
Status EngineSession::RunFetch(PgNode node, std::span<const int16_t> formats, ResultSink& sink,
                               bool send_description) {
  std::string_view name = node.Str("portalname");
  FetchRequest request;
  request.move = node.Bool("ismove");
  std::string_view direction = node.Str("direction");
  const int64_t how_many = node.Int("howMany");  // ALL is LONG_MAX
  if (direction == "FETCH_ABSOLUTE" || direction == "FETCH_RELATIVE") {
    request.direction = direction == "FETCH_ABSOLUTE" ? FetchDirection::kAbsolute : FetchDirection::kRelative;
    request.count = how_many;
  } else {
    // FORWARD -n is BACKWARD n and the other way round, as in PostgreSQL.
    bool backward = direction == "FETCH_BACKWARD";
    if (how_many < 0) backward = !backward;
    request.direction = backward ? FetchDirection::kBackward : FetchDirection::kForward;
    request.count = how_many == std::numeric_limits<int64_t>::max()   ? FetchRequest::kAll
                    : how_many == std::numeric_limits<int64_t>::min() ? FetchRequest::kAll
                    : how_many < 0                                    ? -how_many
                                                                      : how_many;
  }
  ASSIGN_OR_RETURN(std::span<const ResultColumn> columns, cursors_.Columns(name));
  if (send_description && !request.move) {
    ASSIGN_OR_RETURN(bool binary, cursors_.IsBinary(name));
    std::vector<int16_t> description_formats(columns.size(), binary ? kBinaryFormat : kTextFormat);
    sink.SendRowDescription(columns, description_formats);
  }
  Result<int64_t> rows = cursors_.Fetch(name, request, formats, sink);
  if (!rows.ok()) return WithoutPosition(rows.TakeStatus());
  sink.SendCommandComplete(std::string(request.move ? "MOVE " : "FETCH ") + std::to_string(*rows));
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
  SyncDateTime();
  types::ScopedDateTimeContext datetime_scope(&datetime_);
  types::ScopedObjectNames object_names_scope(&system_catalog_);
  catalog::ScopedSearchPath search_path_scope(&search_path_schemas_);
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
  auto prepared = MakePrepared(std::move(bound), std::string(text));
  if (!prepared.ok()) return FailStatement(prepared.TakeStatus());
  return std::shared_ptr<PreparedStatement>(std::move(prepared).value());
}

Result<std::shared_ptr<SessionPreparedStatement>> EngineSession::MakePrepared(std::unique_ptr<BoundStatement> bound,
                                                                              std::string text) {
  for (size_t i = 0; i < bound->parameter_types.size(); ++i) {
    if (bound->parameter_types[i].oid == types::kInvalidOid || bound->parameter_types[i].oid == types::kUnknownOid) {
      return Status::Error(sqlstate::kIndeterminateDatatype,
                           "could not determine data type of parameter $" + std::to_string(i + 1));
    }
  }
  auto prepared = std::make_shared<SessionPreparedStatement>(std::move(bound));
  for (const auto& t : prepared->bound_->parameter_types) prepared->oids_.push_back(t.oid);
  prepared->text_ = std::move(text);
  prepared->prepare_time_us_ = NowPostgresMicros();
  return prepared;
}

Result<BoundStatement*> EngineSession::AcquirePlan(SessionPreparedStatement& prepared,
                                                   std::unique_ptr<BoundStatement>* own) {
  BoundStatement& cached = *prepared.bound_;
  RefreshSearchPath();
  bool stale = cached.plan && !PlanCurrent(cached);
  if (!cached.plan || !(prepared.plan_in_use || stale)) {
    if (cached.plan) prepared.plan_in_use = true;
    return &cached;
  }
  RawStatement raw;
  raw.node = cached.node;
  ASSIGN_OR_RETURN(std::unique_ptr<BoundStatement> rebound, BindRaw(cached.tree, raw, cached.parameter_types));
  // The client was told the result's shape at Parse/PREPARE; a catalog
  // change may not alter it (SELECT * after ADD COLUMN), as in PostgreSQL.
  bool same_shape = rebound->columns.size() == cached.columns.size();
  for (size_t i = 0; same_shape && i < cached.columns.size(); ++i) {
    same_shape = rebound->columns[i].type_oid == cached.columns[i].type_oid &&
                 rebound->columns[i].type_modifier == cached.columns[i].type_modifier;
  }
  if (!same_shape) return Status::Error(sqlstate::kFeatureNotSupported, "cached plan must not change result type");
  if (stale && !prepared.plan_in_use) {
    prepared.bound_ = std::move(rebound);
    prepared.plan_in_use = true;
    return prepared.bound_.get();
  }
  *own = std::move(rebound);
  return own->get();
}

Result<std::shared_ptr<SessionPreparedStatement>> EngineSession::FindPrepared(std::string_view name) const {
  std::shared_ptr<PreparedStatement> found;
  if (prepared_directory_ != nullptr) found = prepared_directory_->FindPreparedStatement(name);
  if (found == nullptr) {
    return Status::Error(sqlstate::kInvalidSqlStatementName,
                         "prepared statement \"" + std::string(name) + "\" does not exist");
  }
  return std::static_pointer_cast<SessionPreparedStatement>(std::move(found));
}

// Binding expressions of a utility statement's parse tree (types, EXECUTE
// arguments): slot 0 holds now().
BindState EngineSession::UtilityBindState(const BoundStatement& bound) {
  BindState state;
  state.tree = bound.tree.get();
  state.catalog = &catalog_;
  state.statement = &statement_;
  state.session_user = user_;
  state.now_slot = 0;
  state.next_slot = 1;
  return state;
}

Status EngineSession::RunPrepare(BoundStatement& bound, ResultSink& sink) {
  PgNode node = bound.node;
  std::string name(node.Str("name"));
  if (prepared_directory_ == nullptr) return Status::NotSupported("PREPARE on this connection");
  if (prepared_directory_->FindPreparedStatement(name) != nullptr) {
    return Status::Error(sqlstate::kDuplicatePreparedStatement, "prepared statement \"" + name + "\" already exists");
  }
  std::vector<SqlType> types;
  {
    BindState state = UtilityBindState(bound);
    Binder binder(state);
    for (PgNode type_name : node.List("argtypes")) {
      ASSIGN_OR_RETURN(SqlType type, binder.BindTypeName(type_name));
      types.push_back(SqlType::Of(type.oid));  // parameters carry no typmod: varchar(3) is varchar
    }
  }
  RawStatement raw;
  raw.node = node.Field("query");
  ASSIGN_OR_RETURN(std::unique_ptr<BoundStatement> inner, BindRaw(bound.tree, raw, std::move(types)));
  ASSIGN_OR_RETURN(std::shared_ptr<SessionPreparedStatement> prepared, MakePrepared(std::move(inner), bound.text));
  prepared->from_sql_ = true;
  prepared_directory_->AddPreparedStatement(name, std::move(prepared));
  sink.SendCommandComplete("PREPARE");
  return Status::Ok();
}

// PostgreSQL's ExecuteQuery: the arguments are expressions without columns,
// coerced for assignment to the parameter types and evaluated once; then
// the statement's plan runs as if bound by the protocol.
Status EngineSession::RunExecute(BoundStatement& bound, std::span<const int16_t> formats, ResultSink& sink,
                                 bool send_description) {
  PgNode node = bound.node;
  std::string name(node.Str("name"));
  ASSIGN_OR_RETURN(std::shared_ptr<SessionPreparedStatement> prepared, FindPrepared(name));
  std::vector<PgNode> arguments = node.List("params");
  const std::vector<SqlType> parameter_types = prepared->bound_->parameter_types;
  // As PostgreSQL's EvaluateParams: a statement without parameters ignores
  // whatever arguments it is given.
  if (parameter_types.empty()) arguments.clear();
  if (arguments.size() != parameter_types.size()) {
    return Status::Error(sqlstate::kSyntaxError, "wrong number of parameters for prepared statement \"" + name + "\"")
        .WithDetail("Expected " + std::to_string(parameter_types.size()) + " parameters but got " +
                    std::to_string(arguments.size()) + ".");
  }
  std::vector<Value> values;
  {
    BindState state = UtilityBindState(bound);
    state.parameter_types = bound.parameter_types;
    Binder binder(state);
    Scope no_columns;
    Frame frame;
    frame.scope = &no_columns;
    exec::ExecContext evaluation;
    for (size_t i = 0; i < arguments.size(); ++i) {
      if (ContainsNode(arguments[i], "SubLink")) {
        return WithLocation(Status::Error(sqlstate::kFeatureNotSupported, "cannot use subquery in EXECUTE parameter"),
                            arguments[i].Location());
      }
      ASSIGN_OR_RETURN(exec::ExprPtr argument, binder.BindExpr(arguments[i], frame));
      const SqlType from = argument->type;
      if (from != parameter_types[i]) {
        auto coerced = exec::CoerceTo(std::move(argument), parameter_types[i], exec::CastContext::kAssignment);
        if (!coerced.ok() && !coerced.status().Is(sqlstate::kCannotCoerce) &&
            !coerced.status().Is(sqlstate::kDatatypeMismatch)) {
          return coerced.TakeStatus();  // a literal that is not valid input (22P02, 22003, ...)
        }
        if (!coerced.ok()) {
          return WithLocation(
              Status::Error(sqlstate::kDatatypeMismatch,
                            "parameter $" + std::to_string(i + 1) + " of type " + exec::TypeDisplayName(from) +
                                " cannot be coerced to the expected type " + exec::TypeDisplayName(parameter_types[i]))
                  .WithHint("You will need to rewrite or cast the expression."),
              arguments[i].Location());
        }
        argument = std::move(coerced).value();
      }
      // The arguments see EXECUTE's own parameters ($n inside an EXECUTE
      // sent with Bind) and now().
      evaluation.parameters = bound.context.parameters;
      evaluation.parameters.resize(std::max<size_t>(evaluation.parameters.size(), state.next_slot));
      evaluation.parameters[0] = Value::TimestampTz(txn_start_us_);
      evaluation.sequences = &sequences_;
      evaluation.session = this;
      evaluation.catalog = &system_catalog_;
      evaluation.cancel = &cancel_;
      ASSIGN_OR_RETURN(Value value, exec::EvaluateConstant(*argument, &evaluation));
      values.push_back(std::move(value));
    }
  }
  std::unique_ptr<BoundStatement> own;
  ASSIGN_OR_RETURN(BoundStatement * plan, AcquirePlan(*prepared, &own));
  ++prepared->binds_;
  struct Release {
    SessionPreparedStatement* statement;
    bool owned;
    ~Release() {
      if (!owned) statement->plan_in_use = false;
    }
  } release{prepared.get(), own != nullptr};
  if (plan->writes) txn_wrote_ = true;
  PrepareContext(plan->context, *plan);
  for (size_t i = 0; i < values.size(); ++i) plan->context.parameters[i] = std::move(values[i]);
  return RunBound(*plan, plan->context, sink, send_description, formats);
}

Result<std::unique_ptr<Portal>> EngineSession::Bind(std::shared_ptr<PreparedStatement> statement,
                                                    std::span<const BindParameter> parameters,
                                                    std::span<const int16_t> result_formats) {
  types::ScopedDateTimeContext datetime_scope(&datetime_);
  types::ScopedObjectNames object_names_scope(&system_catalog_);
  catalog::ScopedSearchPath search_path_scope(&search_path_schemas_);
  auto prepared = std::static_pointer_cast<SessionPreparedStatement>(statement);
  ++prepared->binds_;
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
  auto plan = AcquirePlan(*prepared, &portal->own);
  if (!plan.ok()) return FailStatement(plan.TakeStatus());
  portal->bound = *plan;
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
  if (bound.node.Tag() == "FetchStmt" || bound.node.Tag() == "ExecuteStmt") {
    bound.description.message.clear();  // the columns are set again below
  }
  if (bound.node.Tag() == "FetchStmt" && !bound.node.Bool("ismove")) {
    // FETCH returns the cursor's rows: Describe shows them (a missing
    // cursor is reported by Execute).
    auto cursor_columns = cursors_.Columns(bound.node.Str("portalname"));
    if (cursor_columns.ok()) {
      bound.columns.assign(cursor_columns->begin(), cursor_columns->end());
    } else {
      bound.columns.clear();
    }
  }
  if (bound.node.Tag() == "ExecuteStmt") {
    // The named statement may have been replaced since Parse.
    auto executed = FindPrepared(bound.node.Str("name"));
    if (executed.ok()) {
      bound.columns = (*executed)->bound_->columns;
    } else {
      bound.columns.clear();
    }
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

Result<ExecuteOutcome> EngineSession::Execute(Portal& portal, int64_t max_rows, ResultSink& sink) {
  SyncDateTime();
  types::ScopedDateTimeContext datetime_scope(&datetime_);
  types::ScopedObjectNames object_names_scope(&system_catalog_);
  catalog::ScopedSearchPath search_path_scope(&search_path_schemas_);
  if (!static_cast<SessionPortal&>(portal).started) cancel_.store(false);
  timed_out_.store(false);
  ArmStatementTimeout();
  Result<ExecuteOutcome> outcome = ExecutePortal(portal, max_rows, sink);
  DisarmStatementTimeout();
  SendPendingNotices(sink);
  if (!outcome.ok()) return TimeoutAware(outcome.TakeStatus());
  return outcome;
}

Result<ExecuteOutcome> EngineSession::ExecutePortal(Portal& portal_base, int64_t max_rows, ResultSink& sink) {
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
    if (tag != "VariableSetStmt" && tag != "VariableShowStmt") ++txn_statements_;
    datetime_.statement_us = NowPostgresMicros();
  }
  if (IsDdl(bound)) txn_did_ddl_ = true;
  if (txn_did_ddl_ || bound.writes) txn_wrote_ = true;
  PrepareContext(bound.context, bound);
  if (tag == "FetchStmt") {
    Status status = RunFetch(bound.node, portal.formats, sink, /*send_description=*/false);
    if (!status.ok()) return FailStatement(std::move(status));
    return outcome;
  }
  if (bound.kind != BoundStatement::Kind::kQuery && !(bound.kind == BoundStatement::Kind::kModify && !bound.columns.empty())) {
    txn_->BeginStatement();
    Status status = RunBound(bound, bound.context, sink, /*send_description=*/false, portal.formats);
    if (!status.ok()) return FailStatement(std::move(status));
    return outcome;
  }
  if (bound.writes && txn_read_only_) {
    return FailStatement(Status::Error(sqlstate::kReadOnlySqlTransaction,
                                       "cannot execute " + bound.tag + " in a read-only transaction"));
  }
  // With a row limit the portal may be suspended after its one row
  // (PostgreSQL's rule, QueryRunner::Run): the runner handles that.
  if (!portal.started && max_rows == 0 && bound.point_read != nullptr) {
    txn_->BeginStatement();
    portal.started = true;
    portal.point_read_done = true;
    Result<int64_t> rows = bound.point_read->Run(bound.context, portal.formats, sink);
    if (!rows.ok()) return FailStatement(WithoutPosition(rows.TakeStatus()));
    SendRowCountTag(sink, bound.tag, *rows);
    return outcome;
  }
  if (portal.point_read_done) {  // executed again after its end, as PostgreSQL: no rows
    SendRowCountTag(sink, bound.tag, 0);
    return outcome;
  }
  if (!portal.started) {
    txn_->BeginStatement();
    if (bound.spare_runner != nullptr && bound.spare_runner->Restart(portal.formats)) {
      portal.runner = std::move(bound.spare_runner);
    } else {
      portal.runner = std::make_unique<exec::QueryRunner>(*bound.plan, bound.context, portal.formats);
    }
    portal.started = true;
  }
  const int64_t sent_before = portal.runner->rows_sent();
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
  // As PostgreSQL's PortalRun: the tag counts the rows this Execute
  // returned, so a portal resumed after PortalSuspended reports only the
  // rest (SELECT and RETURNING alike).
  int64_t rows = portal.runner->rows_sent() - sent_before;
  SendRowCountTag(sink, bound.tag, rows);
  return outcome;
}

Status EngineSession::Sync() {
  if (state_ == State::kImplicit) return CommitTransaction(nullptr);
  return Status::Ok();
}

// ---------------------------------------------------------------------------

Result<std::unique_ptr<AugurEngine>> AugurEngine::Open(const std::string& data_dir,
                                                       const storage::DatabaseOptions& options) {
  std::unique_ptr<AugurEngine> engine(new AugurEngine());
  ASSIGN_OR_RETURN(engine->database_, storage::Database::Open(data_dir, options));
  ASSIGN_OR_RETURN(engine->catalog_, catalog::Catalog::Open(engine->database_.get()));
  RETURN_IF_ERROR(engine->DropLeftoverTempSchemas());
  return engine;
}

// Temporary schemas outlive their sessions only when the server stopped
// without ending them (a crash): drop them, with their tables, before any
// session starts.
Status AugurEngine::DropLeftoverTempSchemas() {
  for (const auto& info : catalog_->ListDatabases()) {
    if (!info.allow_connections) continue;
    std::lock_guard<std::mutex> guard(databases_mutex_);
    ASSIGN_OR_RETURN(catalog::Catalog * catalog, CatalogLocked(info.oid));
    if (catalog == nullptr) continue;
    std::vector<catalog::SchemaInfo> leftovers;
    for (const auto& schema : catalog->ListSchemas()) {
      if (catalog::IsTempSchemaName(schema.name)) leftovers.push_back(schema);
    }
    if (leftovers.empty()) continue;
    auto txn = database_->Begin();
    DiscardSink discard;
    Status status = DropSchemas(*catalog, txn.get(), leftovers, /*cascade=*/true, discard);
    if (!status.ok()) {
      txn->Rollback();
      return status;
    }
    RETURN_IF_ERROR(txn->Commit());
  }
  return Status::Ok();
}

AugurEngine::~AugurEngine() {
  catalog_.reset();
  if (database_) database_->Close().IgnoreError();
}

Result<std::unique_ptr<Session>> AugurEngine::NewSession(std::string_view user, std::string_view database) {
  // InitPostgres's order: the role (28000), then the database (3D000).
  ASSIGN_OR_RETURN(catalog::RoleInfo role, catalog_->LookupRole(user));
  if (!role.can_login) {
    return Status::Error(sqlstate::kInvalidAuthorizationSpecification,
                         "role \"" + std::string(user) + "\" is not permitted to log in");
  }
  std::lock_guard<std::mutex> guard(databases_mutex_);
  ASSIGN_OR_RETURN(catalog::DatabaseInfo info, catalog_->LookupDatabase(database));
  if (!info.allow_connections) {  // template0 (datallowconn = false)
    return Status::Error("55000",  // object_not_in_prerequisite_state
                         "database \"" + info.name + "\" is not currently accepting connections");
  }
  ASSIGN_OR_RETURN(catalog::Catalog * catalog, CatalogLocked(info.oid));
  // CONNECTION LIMIT: superusers are exempt, as in PostgreSQL.
  if (role.connection_limit >= 0 && !role.superuser && sessions_per_role_[role.oid] >= role.connection_limit) {
    return Status::Error(sqlstate::kTooManyConnections,
                         "too many connections for role \"" + std::string(user) + "\"");
  }
  ++sessions_per_database_[info.oid];
  ++sessions_per_role_[role.oid];
  auto session = std::make_unique<EngineSession>(*this, *catalog, std::string(user), std::string(database));
  session->SetRole(role.oid, role.superuser);
  return std::unique_ptr<Session>(std::move(session));
}

int AugurEngine::AcquireTempSlot() {
  std::lock_guard<std::mutex> guard(databases_mutex_);
  int slot = 1;
  while (temp_slots_.count(slot) != 0) ++slot;
  temp_slots_.insert(slot);
  return slot;
}

void AugurEngine::ReleaseTempSlot(int slot) {
  std::lock_guard<std::mutex> guard(databases_mutex_);
  temp_slots_.erase(slot);
}

void AugurEngine::ReleaseRole(uint32_t role_oid) {
  std::lock_guard<std::mutex> guard(databases_mutex_);
  auto it = sessions_per_role_.find(role_oid);
  if (it != sessions_per_role_.end() && --it->second <= 0) sessions_per_role_.erase(it);
}

Result<catalog::Catalog*> AugurEngine::CatalogLocked(uint32_t oid) {
  if (oid == catalog_->database_oid()) return catalog_.get();
  auto it = other_catalogs_.find(oid);
  if (it == other_catalogs_.end()) {
    ASSIGN_OR_RETURN(auto opened, catalog_->OpenDatabase(oid));
    it = other_catalogs_.emplace(oid, std::move(opened)).first;
  }
  return it->second.get();
}

void AugurEngine::RegisterBackend(uint32_t oid, int32_t process_id) {
  std::lock_guard<std::mutex> guard(databases_mutex_);
  backends_per_database_[oid].insert(process_id);
}

void AugurEngine::ReleaseDatabase(uint32_t oid, int32_t process_id) {
  std::lock_guard<std::mutex> guard(databases_mutex_);
  auto it = sessions_per_database_.find(oid);
  if (it != sessions_per_database_.end() && --it->second <= 0) sessions_per_database_.erase(it);
  auto backends = backends_per_database_.find(oid);
  if (backends != backends_per_database_.end()) {
    backends->second.erase(process_id);
    if (backends->second.empty()) backends_per_database_.erase(backends);
  }
}

Status AugurEngine::CheckUnusedLocked(const std::string& name, uint32_t oid, uint32_t current_oid) {
  auto it = sessions_per_database_.find(oid);
  int others = it == sessions_per_database_.end() ? 0 : it->second;
  if (oid == current_oid) --others;
  if (others <= 0) return Status::Ok();
  return Status::Error(sqlstate::kObjectInUse, "database \"" + name + "\" is being accessed by other users")
      .WithDetail(others == 1 ? "There is 1 other session using the database."
                              : "There are " + std::to_string(others) + " other sessions using the database.");
}

Status AugurEngine::CreateDatabase(const catalog::DatabaseDefinition& definition, std::string_view template_name,
                                   uint32_t current_oid) {
  std::lock_guard<std::mutex> guard(databases_mutex_);
  std::string source(template_name.empty() ? "template1" : template_name);
  auto info = catalog_->LookupDatabase(source);
  if (!info.ok()) {
    return Status::Error(sqlstate::kInvalidCatalogName, "template database \"" + source + "\" does not exist");
  }
  if (!info->is_template) {
    return Status::NotSupported("CREATE DATABASE with a TEMPLATE other than template0 or template1");
  }
  if (catalog_->LookupDatabase(definition.name).ok()) {  // createdb's order: template, name, then users
    return Status::Error("42P04", "database \"" + definition.name + "\" already exists");
  }
  // Nobody else may be connected to the source.
  auto it = sessions_per_database_.find(info->oid);
  int others = it == sessions_per_database_.end() ? 0 : it->second;
  if (info->oid == current_oid) --others;
  if (others > 0) {
    return Status::Error(sqlstate::kObjectInUse, "source database \"" + info->name + "\" is being accessed by other users")
        .WithDetail(others == 1 ? "There is 1 other session using the database."
                                : "There are " + std::to_string(others) + " other sessions using the database.");
  }
  ASSIGN_OR_RETURN(catalog::Catalog * source_catalog, CatalogLocked(info->oid));
  if (!source_catalog->ListTables(nullptr).empty() || !source_catalog->ListSequences(nullptr).empty()) {
    return Status::NotSupported("CREATE DATABASE from template \"" + info->name +
                                "\" while it contains tables or sequences (templates are not copied)");
  }
  return catalog_->CreateDatabase(definition).status();
}

Status AugurEngine::DropDatabase(std::string_view name, bool if_exists, bool force, uint32_t current_oid,
                                 BackendDirectory* directory, Status* notice) {
  if (force && directory != nullptr) {
    // PostgreSQL's WITH (FORCE): terminate the other sessions, then drop as
    // usual once they are gone (55006 if one outlives the 5 s wait).
    std::vector<int32_t> victims;
    uint32_t oid = 0;
    {
      std::lock_guard<std::mutex> guard(databases_mutex_);
      auto info = catalog_->LookupDatabase(name);
      if (info.ok() && info->oid != current_oid) {
        oid = info->oid;
        auto it = backends_per_database_.find(oid);
        if (it != backends_per_database_.end()) victims.assign(it->second.begin(), it->second.end());
      }
    }
    for (int32_t pid : victims) directory->TerminateBackend(pid);
    for (int waited_ms = 0; oid != 0 && waited_ms < 5000; waited_ms += 10) {
      {
        std::lock_guard<std::mutex> guard(databases_mutex_);
        if (sessions_per_database_.count(oid) == 0) break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  }
  std::lock_guard<std::mutex> guard(databases_mutex_);
  auto info = catalog_->LookupDatabase(name);
  if (!info.ok()) {
    if (!if_exists) return info.TakeStatus();
    *notice = Status::Error(sqlstate::kSuccessfulCompletion,
                            "database \"" + std::string(name) + "\" does not exist, skipping");
    return Status::Ok();
  }
  if (info->is_template) {
    return Status::Error(sqlstate::kWrongObjectType, "cannot drop a template database");
  }
  if (info->oid == current_oid) {
    return Status::Error(sqlstate::kObjectInUse, "cannot drop the currently open database");
  }
  RETURN_IF_ERROR(CheckUnusedLocked(info->name, info->oid, current_oid));
  // No session uses the database and none can start (databases_mutex_ is
  // held), so its catalog can go.
  RETURN_IF_ERROR(catalog_->DropDatabase(info->oid));
  other_catalogs_.erase(info->oid);
  return Status::Ok();
}

Status AugurEngine::RenameDatabase(std::string_view name, std::string_view new_name, uint32_t current_oid) {
  std::lock_guard<std::mutex> guard(databases_mutex_);
  ASSIGN_OR_RETURN(catalog::DatabaseInfo info, catalog_->LookupDatabase(name));
  if (info.oid == current_oid) {
    return Status::Error(sqlstate::kFeatureNotSupported, "current database cannot be renamed");
  }
  if (catalog_->LookupDatabase(new_name).ok()) {
    return Status::Error("42P04", "database \"" + std::string(new_name) + "\" already exists");
  }
  RETURN_IF_ERROR(CheckUnusedLocked(info.name, info.oid, current_oid));
  return catalog_->RenameDatabase(name, new_name);
}

Result<std::optional<LoginRole>> AugurEngine::LookupLoginRole(std::string_view user) {
  ASSIGN_OR_RETURN(std::optional<catalog::RoleInfo> role, catalog_->FindRole(nullptr, user));
  if (!role) return std::optional<LoginRole>();
  LoginRole login;
  login.password = role->password;
  // get_role_password: rolvaliduntil in the past means no usable password.
  login.password_expired = role->valid_until.has_value() && *role->valid_until < NowPostgresMicros();
  ASSIGN_OR_RETURN(std::vector<catalog::RoleMembership> memberships, catalog_->ListMemberships(nullptr));
  std::vector<catalog::RoleInfo> roles = catalog_->ListRoles();
  RoleGraph graph(roles, memberships);
  for (const auto& other : roles) {
    if (other.oid != role->oid && graph.IsMemberNoSuper(role->oid, other.oid)) login.member_of.push_back(other.name);
  }
  return std::optional<LoginRole>(std::move(login));
}

}  // namespace augur::sql
