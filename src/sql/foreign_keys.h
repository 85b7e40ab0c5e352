// FOREIGN KEY enforcement at run time and the checks of their definitions
// (docs/sql.md "Foreign keys").
//
// ForeignKeyEnforcer is owned by one DML operator (INSERT, UPDATE, DELETE,
// COPY FROM) of a table that references or is referenced by another. The
// operator reports every row it writes; the enforcer queues PostgreSQL's RI
// trigger events and runs them at the end of the statement (Finish), as
// PostgreSQL's AFTER ROW triggers fire at the end of the statement:
//   * a referencing row inserted or with changed key columns must find its
//     key in the referenced table: the key (primary key row or unique index
//     entry) is locked in shared mode (storage::Transaction::LockKeyShared,
//     PostgreSQL's FOR KEY SHARE) and read in its latest committed state;
//   * a referenced row deleted or with changed key columns: referencing rows
//     are looked up in the latest committed state (an index or primary key
//     whose leading columns are the foreign key's columns, else a full scan),
//     locked one by one (GetForUpdate) and re-checked, then NO ACTION /
//     RESTRICT fail with 23503 and CASCADE / SET NULL / SET DEFAULT change
//     them — which queues their own events (multi-level cascades).
// Checks against another table are run after each chunk (FlushChecks), so a
// large COPY does not queue one event per row; checks of a self-reference wait
// for the end of the statement.
//
// Thread-safety: one statement, one thread.
#pragma once

#include <deque>
#include <memory>
#include <optional>
#include <span>
#include <unordered_map>
#include <vector>

#include "catalog/catalog.h"
#include "common/status.h"
#include "exec/exec_context.h"
#include "sql/parse_tree.h"
#include "storage/storage.h"
#include "types/type.h"

namespace augur::sql {

struct StatementContext;

struct ConstraintTiming {
  bool deferrable = false;
  bool initially_deferred = false;
};

// The deferred foreign-key checks of one transaction and its SET
// CONSTRAINTS state (docs/sql.md "Deferrable foreign keys"). A check of a
// DEFERRABLE constraint that is deferred — INITIALLY DEFERRED, or SET
// CONSTRAINTS ... DEFERRED — is queued here instead of at the end of its
// statement, and runs at COMMIT or when SET CONSTRAINTS makes the
// constraint IMMEDIATE. Only PostgreSQL's deferrable events are: a
// referencing row's key (inserted or changed), and NO ACTION on a removed
// referenced key; RESTRICT and the CASCADE / SET NULL / SET DEFAULT actions
// run at once, as in PostgreSQL. Owned by the session.
class DeferredConstraints {
 public:
  struct Check {
    uint32_t table_oid = 0;  // whose links hold the constraint: the referencing table, or the referenced one
    uint32_t fk_oid = 0;
    bool deferrable = false, initially_deferred = false;
    bool parent_removed = false;  // else a referencing key to find
    std::vector<types::Value> key, new_key;
    bool is_update = false;
  };
  // What SAVEPOINT keeps and ROLLBACK TO restores.
  struct Mark {
    size_t queued = 0;
    std::optional<bool> all;
    std::unordered_map<uint32_t, bool> named;
  };

  bool IsDeferred(uint32_t fk_oid, bool deferrable, bool initially_deferred) const;
  bool IsDeferred(const catalog::ForeignKey& fk) const {
    return IsDeferred(fk.oid, fk.deferrable, fk.initially_deferred);
  }
  // SET CONSTRAINTS ALL (forgets the named settings) / one constraint.
  void SetAll(bool deferred);
  void Set(uint32_t fk_oid, bool deferred);
  void Add(Check check) { queue_.push_back(std::move(check)); }
  bool empty() const { return queue_.empty(); }
  // Whether a queued check belongs to `table_oid` (PostgreSQL's pending
  // trigger events of that table).
  bool HasPendingFor(uint32_t table_oid) const {
    for (const Check& check : queue_) {
      if (check.table_oid == table_oid) return true;
    }
    return false;
  }
  // Removes and returns the queued checks whose constraint is no longer
  // deferred (all of them at COMMIT: `everything`).
  std::vector<Check> TakeDue(bool everything);
  Mark Save() const { return Mark{queue_.size(), all_, named_}; }
  void Restore(const Mark& mark);
  void Clear();

 private:
  std::vector<Check> queue_;
  std::optional<bool> all_;
  std::unordered_map<uint32_t, bool> named_;
};

class ForeignKeyEnforcer {
 public:
  // nullptr when no foreign key references or is defined on `table`.
  static Result<std::unique_ptr<ForeignKeyEnforcer>> ForTable(catalog::Catalog* catalog, StatementContext* statement,
                                                              std::shared_ptr<const catalog::Table> table);
  ~ForeignKeyEnforcer();

  // Per execution of the statement (clears the queue and the cached links).
  void Open(exec::ExecContext* context);
  // Rows of the statement's target table, in table column order.
  Status RowInserted(std::span<const types::Value> row);
  Status RowDeleted(std::span<const types::Value> row);
  Status RowUpdated(std::span<const types::Value> old_row, std::span<const types::Value> new_row);
  // Runs the queued checks of referencing rows against other tables.
  Status FlushChecks();
  // End of the statement: runs every queued event (and those they queue).
  Status Finish();

  // Runs deferred checks (COMMIT, SET CONSTRAINTS ... IMMEDIATE) in
  // `statement`'s transaction; a constraint dropped since is skipped. The
  // first violation is returned, with the immediate check's message.
  static Status RunDeferred(catalog::Catalog* catalog, StatementContext* statement, exec::ExecContext* context,
                            std::vector<DeferredConstraints::Check> checks);

  struct Link;
  struct TableLinks;
  struct Event;

 private:
  ForeignKeyEnforcer() = default;
  Result<TableLinks*> LinksOf(uint32_t table_oid);
  Status QueueInserted(TableLinks& links, std::span<const types::Value> row);
  Status QueueDeleted(TableLinks& links, std::span<const types::Value> row);
  Status QueueUpdated(TableLinks& links, std::span<const types::Value> old_row, std::span<const types::Value> new_row);
  Status RunEvent(Event& event);
  Status CheckReferencing(Event& event);
  Status ParentKeyRemoved(Event& event);
  // Whether `event` is deferred now; if so it is handed to the transaction's
  // DeferredConstraints instead of being queued.
  bool Defer(const Event& event);
  void Enqueue(std::unique_ptr<Event> event);
  // Keys of the referencing rows whose foreign-key columns equal
  // `child_key` (in the referencing columns' types), latest committed state
  // plus own writes.
  Result<std::vector<std::string>> ReferencingRows(const Link& link, const std::vector<types::Value>& child_key);
  // Locks the referencing row at `row_key` (GetForUpdate, latest committed
  // version) into `row` / `view`; true when it exists and its foreign-key
  // columns still hold `wanted` (KeyBytes of the key).
  Result<bool> LockReferencingRow(const Link& link, const std::string& row_key, const std::string& wanted,
                                  std::string* row, storage::RowView* view);
  bool running_deferred_ = false;

  catalog::Catalog* catalog_ = nullptr;
  StatementContext* statement_ = nullptr;
  exec::ExecContext* context_ = nullptr;
  std::shared_ptr<const catalog::Table> target_;
  std::unordered_map<uint32_t, std::unique_ptr<TableLinks>> links_;
  std::deque<std::unique_ptr<Event>> queue_;
};

// ---- Definitions (CREATE TABLE, ALTER TABLE ADD CONSTRAINT).

// Resolves a FOREIGN KEY / REFERENCES constraint node (libpg_query's
// Constraint with contype CONSTR_FOREIGN) of `table` — the referencing table
// as it will be stored; `columns` are the referencing column names (for the
// column form, the column). A reference to `table`'s own name is a
// self-reference. Errors as PostgreSQL 15: 42P01, 42703, 42704 (no primary
// key), 42830 (no matching unique constraint, column count), 42804 (types),
// 0A000 (MATCH PARTIAL). `taken` are constraint names chosen in the same
// statement; the chosen name is appended. `timing`: the DEFERRABLE /
// INITIALLY DEFERRED clauses following a column's REFERENCES (the grammar
// gives them as separate nodes; a table constraint carries its own).
Result<catalog::ForeignKey> ResolveForeignKey(catalog::Catalog& catalog, storage::Transaction* txn,
                                              const catalog::Table& table, PgNode constraint,
                                              const std::vector<std::string>& columns, std::vector<std::string>* taken,
                                              ConstraintTiming timing = {});

// Checks that every row of `table` satisfies `fk` (ALTER TABLE ADD
// CONSTRAINT, VALIDATE CONSTRAINT): 23503 with PostgreSQL's message and the
// first violating key. Each referenced key is locked as a check would.
Status ValidateForeignKey(catalog::Catalog& catalog, storage::Transaction* txn, const catalog::Table& table,
                          const catalog::ForeignKey& fk);

// The pg_get_constraintdef text of a foreign key:
// "FOREIGN KEY (b) REFERENCES p(a) ON DELETE CASCADE".
std::string ForeignKeyDefinitionText(const catalog::Table& table, const catalog::ForeignKey& fk,
                                     const catalog::Table* referenced);

}  // namespace augur::sql
