// FOREIGN KEY definitions (resolution, validation, deparse) and their
// enforcement at run time. See foreign_keys.h and docs/sql.md "Foreign keys".
#include "sql/foreign_keys.h"

#include <algorithm>

#include "sql/engine_impl.h"
#include "storage/row_codec.h"
#include "types/cast.h"
#include "types/reg_types.h"
#include "types/text_io.h"

namespace augur::sql {

using types::Value;

// One foreign key as the enforcer uses it.
struct ForeignKeyEnforcer::Link {
  std::shared_ptr<const catalog::Table> child;
  std::shared_ptr<const catalog::Table> parent;
  const catalog::ForeignKey* fk = nullptr;  // inside child->foreign_keys
  std::vector<int> child_columns;           // 0-based, aligned with parent_columns
  std::vector<int> parent_columns;
  const storage::IndexDescriptor* parent_index = nullptr;  // null = the parent's primary key
  std::vector<int> parent_key_order;  // per key column of the parent key: position in the foreign key
  // Finding referencing rows: a child primary key or index whose leading
  // columns are the foreign key's columns (prefix lookup), else a full scan.
  bool child_by_primary_key = false;
  const storage::IndexDescriptor* child_index = nullptr;
  std::vector<int> child_key_order;  // per leading key column: position in the foreign key
};

struct ForeignKeyEnforcer::TableLinks {
  std::shared_ptr<const catalog::Table> table;
  std::vector<std::unique_ptr<Link>> outgoing;  // this table references
  std::vector<Link*> incoming;                  // this table is referenced (links owned by the child's entry)
  std::vector<std::unique_ptr<Link>> incoming_owned;
  RowVerifier verifier;  // NOT NULL and CHECK of rows changed by actions (built on first use)
  bool verifier_built = false;
};

struct ForeignKeyEnforcer::Event {
  enum class Kind : uint8_t { kCheck, kParentRemoved } kind = Kind::kCheck;
  const Link* link = nullptr;
  std::vector<Value> key;      // kCheck: child values; kParentRemoved: the parent's old key (fk order)
  std::vector<Value> new_key;  // kParentRemoved by an UPDATE: the parent's new key
  bool is_update = false;
};

namespace {

std::string JoinNames(const catalog::Table& table, const std::vector<int>& columns) {
  std::string out;
  for (size_t i = 0; i < columns.size(); ++i) {
    if (i > 0) out += ", ";
    out += table.columns[columns[i]].name;
  }
  return out;
}

std::string JoinValues(const std::vector<Value>& values) {
  std::string out;
  for (size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out += ", ";
    out += values[i].is_null() ? "null" : types::FormatText(values[i]);
  }
  return out;
}

// Memcomparable bytes of `values` as columns of `table` (equality test).
std::string KeyBytes(const catalog::Table& table, const std::vector<int>& columns, std::span<const Value> values) {
  std::string out;
  for (size_t i = 0; i < columns.size(); ++i) {
    storage::AppendKeyValue(values[i], table.storage->layout[columns[i]], &out);
  }
  return out;
}

// `values` (fk order) converted to the types of `to`'s `columns`; false when a
// value has no equal in that type (overflow, fraction).
bool ConvertKey(const std::vector<Value>& values, const catalog::Table& to, const std::vector<int>& columns,
                std::vector<Value>* out) {
  out->clear();
  for (size_t i = 0; i < values.size(); ++i) {
    const types::SqlType& type = to.columns[columns[i]].type;
    if (values[i].is_null() || values[i].type().oid == type.oid) {
      out->push_back(values[i]);
      continue;
    }
    auto cast = types::CastValue(values[i], type, types::CastContext::kExplicit);
    if (!cast.ok()) return false;
    out->push_back(std::move(cast).value());
  }
  return true;
}

std::vector<Value> Pick(std::span<const Value> row, const std::vector<int>& columns) {
  std::vector<Value> out;
  out.reserve(columns.size());
  for (int c : columns) out.push_back(row[c]);
  return out;
}

// MATCH SIMPLE: a key with a NULL is not checked. MATCH FULL: all NULL is
// not checked, some NULL is an error.
enum class KeyNulls : uint8_t { kNone, kSome, kAll };
KeyNulls NullsIn(const std::vector<Value>& key) {
  size_t nulls = 0;
  for (const auto& v : key) nulls += v.is_null() ? 1 : 0;
  return nulls == 0 ? KeyNulls::kNone : nulls == key.size() ? KeyNulls::kAll : KeyNulls::kSome;
}

Status ViolationOnInsert(const catalog::Table& child, const catalog::ForeignKey& fk) {
  return Status::Error(sqlstate::kForeignKeyViolation, "insert or update on table \"" + child.name +
                                                           "\" violates foreign key constraint \"" + fk.name + "\"");
}

Status MatchFullViolation(const catalog::Table& child, const catalog::ForeignKey& fk) {
  return ViolationOnInsert(child, fk).WithDetail("MATCH FULL does not allow mixing of null and nonnull key values.");
}

// Builds the lookup structures of `fk` (defined on `child`, referencing `parent`).
Status FillLink(ForeignKeyEnforcer::Link& link) {
  const catalog::ForeignKey& fk = *link.fk;
  for (int16_t a : fk.attnums) link.child_columns.push_back(a - 1);
  for (int16_t a : fk.referenced_attnums) link.parent_columns.push_back(a - 1);
  const storage::TableDescriptor& parent = *link.parent->storage;
  auto order_of = [&](const std::vector<int>& key, const std::vector<int>& fk_columns, std::vector<int>* order) {
    if (key.size() != fk_columns.size()) return false;
    order->clear();
    for (int column : key) {
      auto it = std::find(fk_columns.begin(), fk_columns.end(), column);
      if (it == fk_columns.end()) return false;
      order->push_back(static_cast<int>(it - fk_columns.begin()));
    }
    return true;
  };
  bool found = !parent.has_hidden_row_id() && order_of(parent.primary_key, link.parent_columns, &link.parent_key_order);
  for (size_t i = 0; !found && i < parent.indexes.size(); ++i) {
    if (!parent.indexes[i].unique) continue;
    if (order_of(parent.indexes[i].columns, link.parent_columns, &link.parent_key_order)) {
      link.parent_index = &parent.indexes[i];
      found = true;
    }
  }
  if (!found) {
    return Status::Error(sqlstate::kInternalError, "no unique key of table \"" + link.parent->name +
                                                       "\" matches foreign key \"" + fk.name + "\"");
  }
  const storage::TableDescriptor& child = *link.child->storage;
  const size_t n = link.child_columns.size();
  auto prefix_order = [&](const std::vector<int>& key) {
    if (key.size() < n) return false;
    return order_of(std::vector<int>(key.begin(), key.begin() + static_cast<long>(n)), link.child_columns,
                    &link.child_key_order);
  };
  if (!child.has_hidden_row_id() && prefix_order(child.primary_key)) {
    link.child_by_primary_key = true;
  } else {
    for (const auto& index : child.indexes) {
      if (prefix_order(index.columns)) {
        link.child_index = &index;
        break;
      }
    }
  }
  return Status::Ok();
}

}  // namespace

// ---------------------------------------------------------------------------
// Enforcer

ForeignKeyEnforcer::~ForeignKeyEnforcer() = default;

Result<std::unique_ptr<ForeignKeyEnforcer>> ForeignKeyEnforcer::ForTable(catalog::Catalog* catalog,
                                                                         StatementContext* statement,
                                                                         std::shared_ptr<const catalog::Table> table) {
  if (catalog == nullptr || statement == nullptr) return std::unique_ptr<ForeignKeyEnforcer>();
  if (table->foreign_keys.empty() && catalog->ReferencingForeignKeys(statement->txn, table->oid).empty()) {
    return std::unique_ptr<ForeignKeyEnforcer>();
  }
  std::unique_ptr<ForeignKeyEnforcer> enforcer(new ForeignKeyEnforcer());
  enforcer->catalog_ = catalog;
  enforcer->statement_ = statement;
  enforcer->target_ = std::move(table);
  return enforcer;
}

void ForeignKeyEnforcer::Open(exec::ExecContext* context) {
  context_ = context;
  links_.clear();
  queue_.clear();
}

Result<ForeignKeyEnforcer::TableLinks*> ForeignKeyEnforcer::LinksOf(uint32_t table_oid) {
  auto it = links_.find(table_oid);
  if (it != links_.end()) return it->second.get();
  storage::Transaction* txn = statement_->txn;
  auto entry = std::make_unique<TableLinks>();
  entry->table = target_ != nullptr && table_oid == target_->oid ? target_ : catalog_->FindTable(txn, table_oid);
  if (!entry->table) return Status::Error(sqlstate::kUndefinedTable, "relation with oid " + std::to_string(table_oid) +
                                                                         " does not exist");
  for (const auto& fk : entry->table->foreign_keys) {
    auto link = std::make_unique<Link>();
    link->child = entry->table;
    link->fk = &fk;
    link->parent = fk.referenced_table_oid == table_oid ? entry->table : catalog_->FindTable(txn, fk.referenced_table_oid);
    if (!link->parent) continue;
    RETURN_IF_ERROR(FillLink(*link));
    entry->outgoing.push_back(std::move(link));
  }
  for (const auto& [child, fk] : catalog_->ReferencingForeignKeys(txn, table_oid)) {
    // A self-reference's link is the outgoing one.
    if (child->oid == table_oid) {
      for (auto& own : entry->outgoing) {
        if (own->fk->oid == fk->oid) entry->incoming.push_back(own.get());
      }
      continue;
    }
    auto link = std::make_unique<Link>();
    link->child = child;
    link->fk = fk;
    link->parent = entry->table;
    RETURN_IF_ERROR(FillLink(*link));
    entry->incoming.push_back(link.get());
    entry->incoming_owned.push_back(std::move(link));
  }
  // PostgreSQL fires the RI triggers of one row in the order of their names,
  // which follow the constraints' creation: by constraint oid.
  std::stable_sort(entry->incoming.begin(), entry->incoming.end(),
                   [](const Link* a, const Link* b) { return a->fk->oid < b->fk->oid; });
  TableLinks* raw = entry.get();
  links_.emplace(table_oid, std::move(entry));
  return raw;
}

Status ForeignKeyEnforcer::QueueInserted(TableLinks& links, std::span<const Value> row) {
  for (const auto& link : links.outgoing) {
    std::vector<Value> key = Pick(row, link->child_columns);
    KeyNulls nulls = NullsIn(key);
    if (nulls == KeyNulls::kAll) continue;
    if (nulls == KeyNulls::kSome) {
      if (link->fk->match_type == 'f') return MatchFullViolation(*link->child, *link->fk);
      continue;
    }
    auto event = std::make_unique<Event>();
    event->kind = Event::Kind::kCheck;
    event->link = link.get();
    event->key = std::move(key);
    Enqueue(std::move(event));
  }
  return Status::Ok();
}

Status ForeignKeyEnforcer::QueueDeleted(TableLinks& links, std::span<const Value> row) {
  for (const Link* link : links.incoming) {
    std::vector<Value> key = Pick(row, link->parent_columns);
    if (NullsIn(key) != KeyNulls::kNone) continue;  // never referenced
    auto event = std::make_unique<Event>();
    event->kind = Event::Kind::kParentRemoved;
    event->link = link;
    event->key = std::move(key);
    Enqueue(std::move(event));
  }
  return Status::Ok();
}

Status ForeignKeyEnforcer::QueueUpdated(TableLinks& links, std::span<const Value> old_row,
                                        std::span<const Value> new_row) {
  // Referenced key changed: as a delete of the old key, with the new one.
  for (const Link* link : links.incoming) {
    std::vector<Value> old_key = Pick(old_row, link->parent_columns);
    if (NullsIn(old_key) != KeyNulls::kNone) continue;
    std::vector<Value> new_key = Pick(new_row, link->parent_columns);
    if (KeyBytes(*link->parent, link->parent_columns, old_key) ==
        KeyBytes(*link->parent, link->parent_columns, new_key)) {
      continue;
    }
    auto event = std::make_unique<Event>();
    event->kind = Event::Kind::kParentRemoved;
    event->link = link;
    event->key = std::move(old_key);
    event->new_key = std::move(new_key);
    event->is_update = true;
    Enqueue(std::move(event));
  }
  // Referencing key changed: check the new one.
  for (const auto& link : links.outgoing) {
    std::vector<Value> new_key = Pick(new_row, link->child_columns);
    std::vector<Value> old_key = Pick(old_row, link->child_columns);
    if (KeyBytes(*link->child, link->child_columns, old_key) == KeyBytes(*link->child, link->child_columns, new_key)) {
      continue;
    }
    KeyNulls nulls = NullsIn(new_key);
    if (nulls == KeyNulls::kAll) continue;
    if (nulls == KeyNulls::kSome) {
      if (link->fk->match_type == 'f') return MatchFullViolation(*link->child, *link->fk);
      continue;
    }
    auto event = std::make_unique<Event>();
    event->kind = Event::Kind::kCheck;
    event->link = link.get();
    event->key = std::move(new_key);
    Enqueue(std::move(event));
  }
  return Status::Ok();
}

Status ForeignKeyEnforcer::RowInserted(std::span<const Value> row) {
  ASSIGN_OR_RETURN(TableLinks * links, LinksOf(target_->oid));
  return QueueInserted(*links, row);
}

Status ForeignKeyEnforcer::RowDeleted(std::span<const Value> row) {
  ASSIGN_OR_RETURN(TableLinks * links, LinksOf(target_->oid));
  return QueueDeleted(*links, row);
}

Status ForeignKeyEnforcer::RowUpdated(std::span<const Value> old_row, std::span<const Value> new_row) {
  ASSIGN_OR_RETURN(TableLinks * links, LinksOf(target_->oid));
  return QueueUpdated(*links, old_row, new_row);
}

Status ForeignKeyEnforcer::FlushChecks() {
  // Only while every queued event is a check against another table: events
  // must keep their order otherwise.
  for (const auto& event : queue_) {
    if (event->kind != Event::Kind::kCheck || event->link->parent->oid == target_->oid) return Status::Ok();
  }
  while (!queue_.empty()) {
    std::unique_ptr<Event> event = std::move(queue_.front());
    queue_.pop_front();
    RETURN_IF_ERROR(RunEvent(*event));
  }
  return Status::Ok();
}

Status ForeignKeyEnforcer::Finish() {
  while (!queue_.empty()) {
    if (context_ != nullptr) RETURN_IF_ERROR(context_->CheckCancel());
    std::unique_ptr<Event> event = std::move(queue_.front());
    queue_.pop_front();
    RETURN_IF_ERROR(RunEvent(*event));
  }
  return Status::Ok();
}

Status ForeignKeyEnforcer::RunEvent(Event& event) {
  return event.kind == Event::Kind::kCheck ? CheckReferencing(event) : ParentKeyRemoved(event);
}

Status ForeignKeyEnforcer::CheckReferencing(Event& event) {
  const Link& link = *event.link;
  std::vector<Value> converted;
  bool present = false;
  if (ConvertKey(event.key, *link.parent, link.parent_columns, &converted)) {
    std::vector<Value> ordered;
    for (int position : link.parent_key_order) ordered.push_back(converted[position]);
    ASSIGN_OR_RETURN(present, statement_->txn->LockKeyShared(*link.parent->storage, link.parent_index, ordered));
  }
  if (present) return Status::Ok();
  return ViolationOnInsert(*link.child, *link.fk)
      .WithDetail("Key (" + JoinNames(*link.child, link.child_columns) + ")=(" + JoinValues(event.key) +
                  ") is not present in table \"" + link.parent->name + "\".");
}

// Candidate rows from the latest committed state: rows committed after our
// snapshot must be seen (the lock on the parent key ordered us after them).
Result<std::vector<std::string>> ForeignKeyEnforcer::ReferencingRows(const Link& link,
                                                                     const std::vector<Value>& child_key) {
  const catalog::Table& child = *link.child;
  const storage::TableDescriptor& descriptor = *child.storage;
  storage::Transaction* txn = statement_->txn;
  std::vector<std::string> candidates;
  if (link.child_by_primary_key || link.child_index != nullptr) {
    std::string prefix;
    for (int position : link.child_key_order) {
      storage::AppendKeyValue(child_key[position], descriptor.layout[link.child_columns[position]], &prefix);
    }
    if (link.child_by_primary_key) {
      auto it = txn->Scan(descriptor, storage::KeyRange::Prefix(prefix), storage::Transaction::ReadView::kLatest);
      for (; it->Valid(); it->Next()) candidates.emplace_back(it->key());
      RETURN_IF_ERROR(it->status());
    } else {
      auto it = txn->IndexScan(descriptor, *link.child_index, storage::KeyRange::Prefix(prefix),
                               storage::Transaction::ReadView::kLatest);
      for (; it->Valid(); it->Next()) candidates.emplace_back(it->row_key());
      RETURN_IF_ERROR(it->status());
    }
    return candidates;
  }
  // No index on the foreign key's columns: a full scan of the child, as
  // PostgreSQL does without one.
  const std::string wanted = KeyBytes(child, link.child_columns, child_key);
  auto it = txn->Scan(descriptor, storage::KeyRange::All(), storage::Transaction::ReadView::kLatest);
  std::string row_key;
  for (; it->Valid(); it->Next()) {
    row_key.clear();
    for (int c : link.child_columns) storage::AppendKeyField(it->row(), c, descriptor.layout[c], &row_key);
    if (row_key == wanted) candidates.emplace_back(it->key());
  }
  RETURN_IF_ERROR(it->status());
  return candidates;
}

Result<bool> ForeignKeyEnforcer::LockReferencingRow(const Link& link, const std::string& row_key,
                                                    const std::string& wanted, std::string* row,
                                                    storage::RowView* view) {
  const storage::TableDescriptor& descriptor = *link.child->storage;
  ASSIGN_OR_RETURN(bool found, statement_->txn->GetForUpdate(descriptor, row_key, row));
  if (!found) return false;
  RETURN_IF_ERROR(view->Reset(*row, descriptor.layout));
  std::string current;
  for (int c : link.child_columns) storage::AppendKeyField(*view, c, descriptor.layout[c], &current);
  return current == wanted;
}

bool ForeignKeyEnforcer::Defer(const Event& event) {
  DeferredConstraints* deferred = statement_->deferred;
  const catalog::ForeignKey& fk = *event.link->fk;
  if (deferred == nullptr || running_deferred_ || !fk.deferrable || !deferred->IsDeferred(fk)) return false;
  if (event.kind == Event::Kind::kParentRemoved && (event.is_update ? fk.update_action : fk.delete_action) != 'a') {
    return false;  // RESTRICT and the actions run at once, deferrable or not
  }
  DeferredConstraints::Check check;
  check.parent_removed = event.kind == Event::Kind::kParentRemoved;
  check.table_oid = check.parent_removed ? event.link->parent->oid : event.link->child->oid;
  check.fk_oid = fk.oid;
  check.deferrable = fk.deferrable;
  check.initially_deferred = fk.initially_deferred;
  check.key = event.key;
  check.new_key = event.new_key;
  check.is_update = event.is_update;
  deferred->Add(std::move(check));
  return true;
}

void ForeignKeyEnforcer::Enqueue(std::unique_ptr<Event> event) {
  if (!Defer(*event)) queue_.push_back(std::move(event));
}

Status ForeignKeyEnforcer::RunDeferred(catalog::Catalog* catalog, StatementContext* statement,
                                       exec::ExecContext* context, std::vector<DeferredConstraints::Check> checks) {
  ForeignKeyEnforcer enforcer;
  enforcer.catalog_ = catalog;
  enforcer.statement_ = statement;
  enforcer.context_ = context;
  enforcer.running_deferred_ = true;
  for (DeferredConstraints::Check& check : checks) {
    if (context != nullptr) RETURN_IF_ERROR(context->CheckCancel());
    if (catalog->FindTable(statement->txn, check.table_oid) == nullptr) continue;  // dropped since
    ASSIGN_OR_RETURN(TableLinks * links, enforcer.LinksOf(check.table_oid));
    const Link* link = nullptr;
    if (check.parent_removed) {
      for (const Link* incoming : links->incoming) {
        if (incoming->fk->oid == check.fk_oid) link = incoming;
      }
    } else {
      for (const auto& outgoing : links->outgoing) {
        if (outgoing->fk->oid == check.fk_oid) link = outgoing.get();
      }
    }
    if (link == nullptr) continue;  // the constraint was dropped since
    Event event;
    event.kind = check.parent_removed ? Event::Kind::kParentRemoved : Event::Kind::kCheck;
    event.link = link;
    event.key = std::move(check.key);
    event.new_key = std::move(check.new_key);
    event.is_update = check.is_update;
    if (check.parent_removed) {
      RETURN_IF_ERROR(enforcer.ParentKeyRemoved(event));
      continue;
    }
    Status status = enforcer.CheckReferencing(event);
    if (status.ok()) continue;
    // As PostgreSQL skips the check of a row version that is no longer live:
    // only a referencing row that still holds the key makes it a violation.
    ASSIGN_OR_RETURN(std::vector<std::string> holders, enforcer.ReferencingRows(*link, event.key));
    const std::string wanted = KeyBytes(*link->child, link->child_columns, event.key);
    std::string row;
    storage::RowView view;
    for (const std::string& key : holders) {
      ASSIGN_OR_RETURN(bool holds, enforcer.LockReferencingRow(*link, key, wanted, &row, &view));
      if (holds) return status;
    }
  }
  return enforcer.Finish();
}

// ---- DeferredConstraints

bool DeferredConstraints::IsDeferred(uint32_t fk_oid, bool deferrable, bool initially_deferred) const {
  if (!deferrable) return false;
  auto it = named_.find(fk_oid);
  if (it != named_.end()) return it->second;
  return all_.value_or(initially_deferred);
}

void DeferredConstraints::SetAll(bool deferred) {
  all_ = deferred;
  named_.clear();
}

void DeferredConstraints::Set(uint32_t fk_oid, bool deferred) { named_[fk_oid] = deferred; }

std::vector<DeferredConstraints::Check> DeferredConstraints::TakeDue(bool everything) {
  std::vector<Check> due;
  std::vector<Check> kept;
  for (Check& check : queue_) {
    if (everything || !IsDeferred(check.fk_oid, check.deferrable, check.initially_deferred)) {
      due.push_back(std::move(check));
    } else {
      kept.push_back(std::move(check));
    }
  }
  queue_ = std::move(kept);
  return due;
}

void DeferredConstraints::Restore(const Mark& mark) {
  if (queue_.size() > mark.queued) queue_.resize(mark.queued);
  all_ = mark.all;
  named_ = mark.named;
}

void DeferredConstraints::Clear() {
  queue_.clear();
  all_.reset();
  named_.clear();
}

Status ForeignKeyEnforcer::ParentKeyRemoved(Event& event) {
  const Link& link = *event.link;
  const catalog::ForeignKey& fk = *link.fk;
  storage::Transaction* txn = statement_->txn;
  const char action = event.is_update ? fk.update_action : fk.delete_action;
  // NO ACTION: nothing to do when a row with the old key exists again (an
  // UPDATE that swapped keys), as PostgreSQL's ri_Check_Pk_Still_Present.
  if (action == 'a') {
    std::vector<Value> ordered;
    for (int position : link.parent_key_order) ordered.push_back(event.key[position]);
    ASSIGN_OR_RETURN(bool still_present, txn->LockKeyShared(*link.parent->storage, link.parent_index, ordered));
    if (still_present) return Status::Ok();
  }
  const catalog::Table& child = *link.child;
  const storage::TableDescriptor& descriptor = *child.storage;
  std::vector<Value> child_key;  // the old key in the child's types
  if (!ConvertKey(event.key, child, link.child_columns, &child_key)) return Status::Ok();
  std::vector<Value> round_trip;
  if (!ConvertKey(child_key, *link.parent, link.parent_columns, &round_trip) ||
      KeyBytes(*link.parent, link.parent_columns, round_trip) != KeyBytes(*link.parent, link.parent_columns, event.key)) {
    return Status::Ok();  // no value of the child's type equals this key
  }
  const std::string wanted = KeyBytes(child, link.child_columns, child_key);

  ASSIGN_OR_RETURN(std::vector<std::string> candidates, ReferencingRows(link, child_key));
  ASSIGN_OR_RETURN(TableLinks * child_links, LinksOf(child.oid));
  std::string old_row;
  storage::RowView view;
  std::vector<Value> values(child.columns.size());
  std::string new_row;
  for (const std::string& key : candidates) {
    if (context_ != nullptr) RETURN_IF_ERROR(context_->CheckCancel());
    // Deleted or changed meanwhile (or earlier in this statement): skip.
    ASSIGN_OR_RETURN(bool holds, LockReferencingRow(link, key, wanted, &old_row, &view));
    if (!holds) continue;
    if (action == 'a' || action == 'r') {
      std::vector<Value> shown;
      for (const auto& v : event.key) shown.push_back(v);
      return Status::Error(sqlstate::kForeignKeyViolation, "update or delete on table \"" + link.parent->name +
                                                               "\" violates foreign key constraint \"" + fk.name +
                                                               "\" on table \"" + child.name + "\"")
          .WithDetail("Key (" + JoinNames(*link.parent, link.parent_columns) + ")=(" + JoinValues(shown) +
                      ") is still referenced from table \"" + child.name + "\".");
    }
    for (size_t c = 0; c < child.columns.size(); ++c) values[c] = view.GetValue(static_cast<int>(c), child.columns[c].type);
    if (action == 'c' && !event.is_update) {
      RETURN_IF_ERROR(txn->Delete(descriptor, key, old_row));
      RETURN_IF_ERROR(QueueDeleted(*child_links, values));
      continue;
    }
    std::vector<Value> updated = values;
    if (action == 'c') {
      std::vector<Value> new_key;
      if (!ConvertKey(event.new_key, child, link.child_columns, &new_key)) {
        return Status::Error(sqlstate::kNumericValueOutOfRange, "value out of range for the referencing column");
      }
      for (size_t i = 0; i < link.child_columns.size(); ++i) updated[link.child_columns[i]] = new_key[i];
    } else {
      // SET NULL / SET DEFAULT: the foreign key's columns, or for ON DELETE
      // the columns listed after the action.
      std::vector<int> columns = link.child_columns;
      if (!event.is_update && !fk.delete_set_attnums.empty()) {
        columns.clear();
        for (int16_t a : fk.delete_set_attnums) columns.push_back(a - 1);
      }
      for (int c : columns) {
        if (action == 'n') {
          updated[c] = Value::Null(child.columns[c].type);
        } else {
          ASSIGN_OR_RETURN(updated[c], EvaluateColumnDefault(*catalog_, statement_, context_, child, c));
        }
      }
    }
    if (!child_links->verifier_built) {
      ASSIGN_OR_RETURN(child_links->verifier, MakeRowVerifier(*catalog_, statement_, child_links->table));
      child_links->verifier_built = true;
    }
    RETURN_IF_ERROR(child_links->verifier(updated));
    storage::EncodeRow(descriptor.schema_version, descriptor.layout, updated, &new_row);
    RETURN_IF_ERROR(txn->Update(descriptor, key, old_row, new_row));
    RETURN_IF_ERROR(QueueUpdated(*child_links, values, updated));
  }
  return Status::Ok();
}

// ---------------------------------------------------------------------------
// Definitions

namespace {

// Whether a foreign key column of type `fk` can reference a key column of
// type `pk`: PostgreSQL needs an equality operator of the key's operator
// family for (pk, fk), or an implicit cast of fk to pk's type.
bool TypesCompatible(const types::SqlType& fk, const types::SqlType& pk) {
  if (fk.oid == pk.oid) return true;
  auto family = [](uint32_t oid) {
    switch (oid) {
      case types::kInt2Oid:
      case types::kInt4Oid:
      case types::kInt8Oid: return 1;
      case types::kFloat4Oid:
      case types::kFloat8Oid: return 2;
      case types::kTextOid:
      case types::kVarcharOid: return 3;
      default: return 0;
    }
  };
  if (family(fk.oid) != 0 && family(fk.oid) == family(pk.oid)) return true;
  return types::CanCast(fk.oid, pk.oid, types::CastContext::kImplicit);
}

std::string NameAddition(const std::vector<std::string>& columns) {
  std::string out;
  for (const auto& column : columns) {
    if (!out.empty()) out.push_back('_');
    out += column;
    if (out.size() >= catalog::kMaxIdentifierBytes) break;
  }
  return out;
}

Status UndefinedFkColumn(const std::string& name) {
  return Status::Error(sqlstate::kUndefinedColumn,
                       "column \"" + name + "\" referenced in foreign key constraint does not exist");
}

}  // namespace

Result<catalog::ForeignKey> ResolveForeignKey(catalog::Catalog& catalog, storage::Transaction* txn,
                                              const catalog::Table& table, PgNode constraint,
                                              const std::vector<std::string>& columns, std::vector<std::string>* taken,
                                              ConstraintTiming timing) {
  catalog::ForeignKey fk;
  // INITIALLY DEFERRED implies DEFERRABLE (the grammar refuses NOT
  // DEFERRABLE INITIALLY DEFERRED).
  fk.initially_deferred = constraint.Bool("initdeferred") || timing.initially_deferred;
  fk.deferrable = constraint.Bool("deferrable") || timing.deferrable || fk.initially_deferred;
  std::string_view match = constraint.Str("fk_matchtype");
  if (match == "p") return Status::NotSupported("MATCH PARTIAL");
  fk.match_type = match == "f" ? 'f' : 's';
  auto action = [](std::string_view letter) { return letter.empty() ? 'a' : letter[0]; };
  fk.update_action = action(constraint.Str("fk_upd_action"));
  fk.delete_action = action(constraint.Str("fk_del_action"));
  fk.validated = !constraint.Bool("skip_validation");

  PgNode pktable = constraint.Field("pktable");
  std::string pk_schema(pktable.Str("schemaname"));
  std::string pk_name(pktable.Str("relname"));
  std::shared_ptr<const catalog::Table> parent;
  if (pk_name == table.name && (pk_schema.empty() || pk_schema == table.schema_name)) {
    parent = std::make_shared<catalog::Table>(table);
  } else {
    auto found = catalog.LookupTable(txn, pk_schema, pk_name);
    if (!found.ok()) return found.TakeStatus();
    parent = *found;
    // PostgreSQL locks the referenced table (ShareRowExclusiveLock).
    RETURN_IF_ERROR(txn->LockTable(parent->oid, false));
  }
  fk.referenced_table_oid = parent->oid;
  bool temporary = catalog::IsTempSchemaName(table.schema_name);
  if (temporary != catalog::IsTempSchemaName(parent->schema_name)) {
    return Status::Error("42P16", temporary ? "constraints on temporary tables may reference only temporary tables"
                                            : "constraints on permanent tables may reference only permanent tables");
  }

  // Name first (PostgreSQL names the constraint before checking it).
  std::string name(constraint.Str("conname"));
  if (name.empty()) {
    ASSIGN_OR_RETURN(name, catalog.ChooseConstraintName(txn, table.schema_oid, table.name, NameAddition(columns),
                                                        "fkey", *taken));
  } else {
    bool own = false;
    for (const auto& index : table.indexes) own = own || (index.is_constraint && index.name == name);
    for (const auto& check : table.checks) own = own || check.name == name;
    for (const auto& other : table.foreign_keys) own = own || other.name == name;
    if (own || std::find(taken->begin(), taken->end(), name) != taken->end()) {
      return Status::Error(sqlstate::kDuplicateObject,
                           "constraint \"" + name + "\" for relation \"" + table.name + "\" already exists");
    }
  }
  fk.name = name;

  for (const auto& column : columns) {
    int position = table.FindColumn(column);
    if (position < 0) return UndefinedFkColumn(column);
    fk.attnums.push_back(static_cast<int16_t>(position + 1));
  }
  std::vector<std::string> pk_columns;
  for (PgNode attr : constraint.List("pk_attrs")) pk_columns.emplace_back(attr.StringValue());
  if (pk_columns.empty()) {
    const catalog::Index* primary = parent->primary_key();
    if (primary == nullptr) {
      return Status::Error(sqlstate::kUndefinedObject,
                           "there is no primary key for referenced table \"" + parent->name + "\"");
    }
    fk.referenced_attnums = primary->attnums;
  } else {
    for (const auto& column : pk_columns) {
      int position = parent->FindColumn(column);
      if (position < 0) return UndefinedFkColumn(column);
      fk.referenced_attnums.push_back(static_cast<int16_t>(position + 1));
    }
    std::vector<int16_t> wanted = fk.referenced_attnums;
    std::sort(wanted.begin(), wanted.end());
    if (std::adjacent_find(wanted.begin(), wanted.end()) != wanted.end()) {
      return Status::Error("42830", "foreign key referenced-columns list must not contain duplicates");
    }
    bool matched = false;
    for (const auto& index : parent->indexes) {
      if (!index.unique && !index.primary) continue;
      std::vector<int16_t> have = index.attnums;
      std::sort(have.begin(), have.end());
      matched = matched || have == wanted;
    }
    if (!matched) {
      return Status::Error("42830",
                           "there is no unique constraint matching given keys for referenced table \"" +
                               parent->name + "\"");
    }
  }
  if (fk.attnums.size() != fk.referenced_attnums.size()) {
    return Status::Error("42830",
                         "number of referencing and referenced columns for foreign key disagree");
  }
  for (PgNode attr : constraint.List("fk_del_set_cols")) {
    std::string column(attr.StringValue());
    int position = table.FindColumn(column);
    if (position < 0) return UndefinedFkColumn(column);
    int16_t attnum = static_cast<int16_t>(position + 1);
    if (std::find(fk.attnums.begin(), fk.attnums.end(), attnum) == fk.attnums.end()) {
      return Status::Error(sqlstate::kInvalidColumnReference,
                           "column \"" + column + "\" referenced in ON DELETE SET action must be part of foreign key");
    }
    fk.delete_set_attnums.push_back(attnum);
  }
  for (size_t i = 0; i < fk.attnums.size(); ++i) {
    const catalog::Column& fk_column = table.columns[fk.attnums[i] - 1];
    const catalog::Column& pk_column = parent->columns[fk.referenced_attnums[i] - 1];
    if (!TypesCompatible(fk_column.type, pk_column.type)) {
      return Status::Error(sqlstate::kDatatypeMismatch,
                           "foreign key constraint \"" + fk.name + "\" cannot be implemented")
          .WithDetail("Key columns \"" + fk_column.name + "\" and \"" + pk_column.name +
                      "\" are of incompatible types: " + exec::TypeDisplayName(fk_column.type) + " and " +
                      exec::TypeDisplayName(pk_column.type) + ".");
    }
  }
  taken->push_back(fk.name);
  return fk;
}

Status ValidateForeignKey(catalog::Catalog& catalog, storage::Transaction* txn, const catalog::Table& table,
                          const catalog::ForeignKey& fk) {
  ForeignKeyEnforcer::Link link;
  link.child = std::make_shared<catalog::Table>(table);
  link.fk = &fk;
  link.parent = fk.referenced_table_oid == table.oid ? link.child : catalog.FindTable(txn, fk.referenced_table_oid);
  if (!link.parent) return Status::Error(sqlstate::kUndefinedTable, "referenced table does not exist");
  RETURN_IF_ERROR(FillLink(link));
  const storage::TableDescriptor& descriptor = *table.storage;
  auto it = txn->Scan(descriptor);
  std::vector<Value> key(link.child_columns.size());
  std::vector<Value> converted;
  std::vector<Value> ordered;
  for (; it->Valid(); it->Next()) {
    for (size_t i = 0; i < key.size(); ++i) {
      int c = link.child_columns[i];
      key[i] = it->row().GetValue(c, table.columns[c].type);
    }
    KeyNulls nulls = NullsIn(key);
    if (nulls == KeyNulls::kAll) continue;
    if (nulls == KeyNulls::kSome) {
      if (fk.match_type == 'f') return MatchFullViolation(table, fk);
      continue;
    }
    bool present = false;
    if (ConvertKey(key, *link.parent, link.parent_columns, &converted)) {
      ordered.clear();
      for (int position : link.parent_key_order) ordered.push_back(converted[position]);
      ASSIGN_OR_RETURN(present, txn->LockKeyShared(*link.parent->storage, link.parent_index, ordered));
    }
    if (!present) {
      return ViolationOnInsert(table, fk).WithDetail("Key (" + JoinNames(table, link.child_columns) + ")=(" +
                                                     JoinValues(key) + ") is not present in table \"" +
                                                     link.parent->name + "\".");
    }
  }
  return it->status();
}

std::string ForeignKeyDefinitionText(const catalog::Table& table, const catalog::ForeignKey& fk,
                                     const catalog::Table* referenced) {
  auto names = [](const catalog::Table* t, const std::vector<int16_t>& attnums) {
    std::string out;
    for (size_t i = 0; i < attnums.size(); ++i) {
      if (i > 0) out += ", ";
      if (t != nullptr && attnums[i] >= 1 && static_cast<size_t>(attnums[i]) <= t->columns.size()) {
        out += types::QuoteIdentifier(t->columns[attnums[i] - 1].name);
      } else {
        out += "?";
      }
    }
    return out;
  };
  std::string out = "FOREIGN KEY (" + names(&table, fk.attnums) + ") REFERENCES ";
  out += referenced != nullptr ? types::QuoteIdentifier(referenced->name) : std::to_string(fk.referenced_table_oid);
  out += "(" + names(referenced, fk.referenced_attnums) + ")";
  if (fk.match_type == 'f') out += " MATCH FULL";
  auto action_text = [](char action) -> std::string {
    switch (action) {
      case 'r': return "RESTRICT";
      case 'c': return "CASCADE";
      case 'n': return "SET NULL";
      case 'd': return "SET DEFAULT";
      default: return "";
    }
  };
  if (fk.update_action != 'a') out += " ON UPDATE " + action_text(fk.update_action);
  if (fk.delete_action != 'a') {
    out += " ON DELETE " + action_text(fk.delete_action);
    if (!fk.delete_set_attnums.empty()) out += " (" + names(&table, fk.delete_set_attnums) + ")";
  }
  if (fk.deferrable) out += " DEFERRABLE";
  if (fk.initially_deferred) out += " INITIALLY DEFERRED";
  if (!fk.validated) out += " NOT VALID";
  return out;
}

}  // namespace augur::sql
