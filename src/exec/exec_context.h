// ExecContext: per-statement execution state shared by all operators and
// expressions of one plan run — parameters, cancel flag, memory budget.
//
// Ownership: created by sql/ for each execution (Execute of a portal, or one
// simple-protocol statement) and outliving the plan's Open()..last Next().
// Thread-safety: one thread executes a plan; only `cancel` may be set from
// another thread (Session::RequestCancel).
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "types/type.h"

namespace augur::exec {

// Bounds the bytes a query keeps in operator state (hash tables, sort
// buffers, aggregation states, materialized rows). Exceeding it fails the
// statement with 53200 (PostgreSQL's "out of memory") instead of
// exhausting the machine.
//
// The counters live in a shared block that reservations co-own, so an
// operator may release memory after the tracker (or the ExecContext holding
// it) was destroyed or reassigned — e.g. a cached plan's state dropped on the
// next Open() — without touching freed memory or the new tracker's budget.
class MemoryTracker {
 public:
  static constexpr int64_t kDefaultLimitBytes = int64_t{1} << 30;  // 1 GiB
  explicit MemoryTracker(int64_t limit_bytes = kDefaultLimitBytes) : counters_(std::make_shared<Counters>()) {
    counters_->limit_bytes = limit_bytes;
  }

  // Charges `bytes`; fails (charging nothing) when the limit would be passed.
  Status Reserve(int64_t bytes) { return Reserve(*counters_, bytes); }
  void Release(int64_t bytes) { counters_->used_bytes -= bytes; }
  int64_t used_bytes() const { return counters_->used_bytes; }
  int64_t peak_bytes() const { return counters_->peak_bytes; }
  int64_t limit_bytes() const { return counters_->limit_bytes; }
  void set_limit_bytes(int64_t limit) { counters_->limit_bytes = limit; }

 private:
  friend class MemoryReservation;
  struct Counters {
    int64_t limit_bytes = kDefaultLimitBytes;
    int64_t used_bytes = 0;
    int64_t peak_bytes = 0;
  };
  static Status Reserve(Counters& c, int64_t bytes) {
    if (c.used_bytes + bytes > c.limit_bytes) {
      return Status::Error(sqlstate::kOutOfMemory, "out of memory")
          .WithDetail("Failed on request of size " + std::to_string(bytes) + " bytes: query memory limit of " +
                      std::to_string(c.limit_bytes) + " bytes reached.");
    }
    c.used_bytes += bytes;
    if (c.used_bytes > c.peak_bytes) c.peak_bytes = c.used_bytes;
    return Status::Ok();
  }
  std::shared_ptr<Counters> counters_;
};

// RAII charge against a MemoryTracker that grows with a data structure.
class MemoryReservation {
 public:
  MemoryReservation() = default;
  explicit MemoryReservation(MemoryTracker* tracker) { Bind(tracker); }
  ~MemoryReservation() { ReleaseAll(); }
  MemoryReservation(const MemoryReservation&) = delete;
  MemoryReservation& operator=(const MemoryReservation&) = delete;
  MemoryReservation(MemoryReservation&& other) noexcept
      : counters_(std::move(other.counters_)), bytes_(other.bytes_) {
    other.bytes_ = 0;
  }
  MemoryReservation& operator=(MemoryReservation&& other) noexcept {
    if (this != &other) {
      ReleaseAll();
      counters_ = std::move(other.counters_);
      bytes_ = other.bytes_;
      other.bytes_ = 0;
    }
    return *this;
  }
  // Charges future growth to `tracker` (null = unlimited, uncounted).
  void Bind(MemoryTracker* tracker) {
    ReleaseAll();
    counters_ = tracker ? tracker->counters_ : nullptr;
  }
  // Sets the charge to `bytes` total (grow or shrink).
  Status Resize(int64_t bytes) {
    if (counters_ == nullptr) {
      bytes_ = bytes;
      return Status::Ok();
    }
    if (bytes > bytes_) {
      RETURN_IF_ERROR(MemoryTracker::Reserve(*counters_, bytes - bytes_));
    } else {
      counters_->used_bytes -= bytes_ - bytes;
    }
    bytes_ = bytes;
    return Status::Ok();
  }
  Status Grow(int64_t bytes) { return Resize(bytes_ + bytes); }
  void ReleaseAll() {
    if (counters_ && bytes_) counters_->used_bytes -= bytes_;
    bytes_ = 0;
  }
  int64_t bytes() const { return bytes_; }

 private:
  std::shared_ptr<MemoryTracker::Counters> counters_;
  int64_t bytes_ = 0;
};

// Session state behind nextval/currval/setval/lastval: sql/ implements it
// (sql/sequence.cc) and points ExecContext::sequences at the session's.
// Sequence names are regclass text ('s', 'public.s', '"S"').
class SequenceAccess {
 public:
  virtual ~SequenceAccess() = default;
  virtual Result<int64_t> NextVal(std::string_view name) = 0;
  virtual Result<int64_t> CurrVal(std::string_view name) = 0;
  virtual Result<int64_t> SetVal(std::string_view name, int64_t value, bool is_called) = 0;
  virtual Result<int64_t> LastVal() = 0;
};

// The session a statement runs in, for the functions that read or change
// it (current_setting, set_config, pg_backend_pid, pg_cancel_backend, ...).
// Implemented by sql/'s session; null in unit tests (those functions then
// fail with XX000).
// One row of pg_prepared_statements: a named statement of this session.
struct PreparedStatementRow {
  std::string name;
  std::string statement;         // the query text as the client sent it
  int64_t prepare_time_us = 0;   // PostgreSQL epoch microseconds (timestamptz)
  std::vector<uint32_t> parameter_types;
  int64_t executions = 0;        // Binds so far (reported as generic_plans)
  bool from_sql = false;         // SQL PREPARE rather than a Parse message
};

struct ExecContext;

class SessionAccess {
 public:
  virtual ~SessionAccess() = default;
  // current_setting(name [, missing_ok]): nullopt only when missing_ok and
  // the setting is unknown; else 42704.
  virtual Result<std::optional<std::string>> GetSetting(std::string_view name, bool missing_ok) = 0;
  // set_config(name, value, is_local): the new value as SHOW prints it.
  // A null value resets the setting.
  virtual Result<std::string> SetSetting(std::string_view name, std::optional<std::string_view> value,
                                         bool is_local) = 0;
  virtual int32_t BackendPid() = 0;
  // pg_cancel_backend / pg_terminate_backend: false (and a WARNING) when
  // no session has that pid.
  virtual Result<bool> SignalBackend(int32_t process_id, bool terminate) = 0;
  // txid_current(): the transaction's id, assigned on first use.
  virtual Result<int64_t> CurrentTransactionId() = 0;
  // current_schema(): the first existing schema of search_path, or nullopt.
  virtual std::optional<std::string> CurrentSchema() = 0;
  // pg_prepared_statements: the session's named prepared statements.
  virtual std::vector<PreparedStatementRow> PreparedStatements() { return {}; }
  // Advisory locks (pg_advisory_lock and family): `pair` for the (int4,
  // int4) form. Without `wait` returns whether the lock was free; with it
  // waits (57014 on cancel, 55P03 past lock_timeout). `xact`: held until
  // the transaction ends, else until unlocked or the session ends.
  virtual Result<bool> AdvisoryLock(int64_t key, bool pair, bool shared, bool xact, bool wait, ExecContext* context) {
    return Status::NotSupported("advisory locks");
  }
  // false, with PostgreSQL's WARNING, when the session holds no such lock.
  virtual Result<bool> AdvisoryUnlock(int64_t key, bool pair, bool shared) {
    return Status::NotSupported("advisory locks");
  }
  virtual void AdvisoryUnlockAll() {}
  // pg_notify(channel, payload): NOTIFY, sent when the transaction commits.
  virtual Status Notify(std::string_view channel, std::string_view payload) {
    return Status::NotSupported("pg_notify");
  }
  // pg_listening_channels().
  virtual std::vector<std::string> ListeningChannels() { return {}; }
  // pg_relation_is_updatable(rel, false): PostgreSQL's bit mask of the
  // commands the relation takes (4 UPDATE, 8 INSERT, 16 DELETE).
  virtual Result<int32_t> RelationUpdatableEvents(uint32_t relation_oid) { return 0; }
};

// The catalog side of the functions clients call on system catalogs
// (pg_get_indexdef, pg_get_constraintdef, pg_get_expr, pg_get_userbyid,
// pg_table_is_visible, obj_description, current_schemas, ...). Implemented by
// sql/'s SystemCatalog over the statement's catalog snapshot (see
// docs/catalog.md); null in unit tests (those functions then fail).
class CatalogAccess {
 public:
  virtual ~CatalogAccess() = default;
  // pg_get_indexdef(index, column, pretty); nullopt when no such index.
  virtual Result<std::optional<std::string>> IndexDefinition(uint32_t index_oid, int32_t column, bool pretty) = 0;
  // pg_get_constraintdef(oid, pretty); nullopt when no such constraint.
  virtual Result<std::optional<std::string>> ConstraintDefinition(uint32_t constraint_oid, bool pretty) = 0;
  // pg_get_expr(stored expression, relation, pretty).
  virtual Result<std::optional<std::string>> ExpressionText(std::string_view stored, uint32_t relation_oid,
                                                            bool pretty) = 0;
  // pg_get_userbyid: nullopt for an unknown role.
  virtual std::optional<std::string> RoleName(uint32_t role_oid) = 0;
  // pg_table_is_visible (reg_type regclass), pg_type_is_visible (regtype), ...
  virtual bool IsVisible(uint32_t reg_type, uint32_t oid) = 0;
  // obj_description(oid, catalog) (attnum 0) and col_description(table, attnum).
  virtual std::optional<std::string> Description(uint32_t oid, std::string_view catalog_name, int32_t attnum) = 0;
  // current_schemas(include_implicit).
  virtual std::vector<std::string> CurrentSchemas(bool include_implicit) = 0;
  // pg_my_temp_schema(): the session's temporary schema, 0 without one.
  virtual uint32_t MyTempSchema() { return 0; }
  // pg_get_serial_sequence(table, column): the schema-qualified name of the
  // sequence a serial or identity column owns; nullopt when it has none.
  // 42P01 for an unknown table, 42703 for an unknown column.
  virtual Result<std::optional<std::string>> SerialSequence(std::string_view table, std::string_view column) {
    (void)table;
    (void)column;
    return std::optional<std::string>();
  }
  // pg_get_viewdef(view): the view's SELECT text; nullopt when not a view.
  virtual std::optional<std::string> ViewDefinition(uint32_t oid) {
    (void)oid;
    return std::nullopt;
  }
  // pg_relation_size(rel, fork) and friends: approximate on-disk bytes
  // (docs/catalog.md "Sizes"); nullopt when `oid` names no relation.
  enum class SizeOf : uint8_t { kRelation, kTable, kIndexes, kTotal };
  virtual std::optional<int64_t> RelationSize(uint32_t oid, SizeOf what) {
    (void)oid;
    (void)what;
    return std::nullopt;
  }
  // pg_database_size(oid); nullopt when no such database.
  virtual Result<std::optional<int64_t>> DatabaseSize(uint32_t database_oid) {
    (void)database_oid;
    return std::optional<int64_t>();
  }
  // A database's oid by name; 3D000 database "x" does not exist.
  virtual Result<uint32_t> DatabaseOid(std::string_view name) = 0;
  // pg_get_function_result (result = true) / pg_get_function_arguments;
  // nullopt for an oid that names no function.
  virtual std::optional<std::string> FunctionText(uint32_t oid, bool result) {
    (void)oid;
    (void)result;
    return std::nullopt;
  }
  // pg_has_role: a role's oid by name (42704 role "x" does not exist), the
  // session user's oid, and the check for `mode` (bits kRoleUsage,
  // kRoleMember, kRoleAdmin: true if any of them holds).
  virtual Result<uint32_t> RoleOid(std::string_view name) = 0;
  virtual uint32_t SessionUserOid() = 0;
  virtual bool RoleHasPrivilege(uint32_t member, uint32_t role, int mode) = 0;
  static constexpr int kRoleUsage = 1, kRoleMember = 2, kRoleAdmin = 4;
};

// A process-wide unique, nonzero id for ExecContext::execution_id.
inline uint64_t NewExecutionId() {
  static std::atomic<uint64_t> last{0};
  return last.fetch_add(1, std::memory_order_relaxed) + 1;
}

struct ExecContext {
  // $1..$n are slots 0..n-1; sql/ may append slots for correlated outer-row
  // values (Expr::outer_param_slots). Typed Values; NULL allowed.
  std::vector<types::Value> parameters;
  // Set (from any thread) to cancel: operators check it once per chunk.
  const std::atomic<bool>* cancel = nullptr;
  // Distinct per execution of a plan: a fresh context gets a new one, and a
  // context reused for another execution must take NewExecutionId() again
  // (0 = unknown: nothing may be cached across Open() calls).
  // MaterializeOperator keys its cache on it.
  uint64_t execution_id = NewExecutionId();
  MemoryTracker memory;
  // nextval() and friends; null where no session is attached (they fail).
  SequenceAccess* sequences = nullptr;
  // The session's extra_float_digits for float output (sql/ sets it before
  // each execution). TimeZone reaches date/time code through the thread's
  // types::ScopedDateTimeContext instead.
  int extra_float_digits = 1;
  SessionAccess* session = nullptr;
  CatalogAccess* catalog = nullptr;

  Status CheckCancel() const {
    if (cancel != nullptr && cancel->load(std::memory_order_relaxed)) {
      return Status::Error(sqlstate::kQueryCanceled, "canceling statement due to user request");
    }
    return Status::Ok();
  }
};

}  // namespace augur::exec
