// Transaction's table access methods: row writes with primary-key and
// unique-index checks, secondary index maintenance, point reads, scans.
// See storage.h for the contract and docs/storage-format.md for the keys.
#include <rocksdb/utilities/write_batch_with_index.h>

#include <algorithm>
#include <cassert>

#include "common/key_codec.h"
#include "storage/storage.h"
#include "storage/storage_internal.h"
#include "types/text_io.h"

namespace augur::storage {
namespace {

Status DuplicateKeyError(const TableDescriptor& table, std::string_view constraint, std::span<const int> columns,
                         const RowView& row) {
  std::string detail = "Key (";
  for (size_t i = 0; i < columns.size(); ++i) {
    if (i > 0) detail.append(", ");
    detail.append(table.columns[columns[i]].name);
  }
  detail.append(")=(");
  for (size_t i = 0; i < columns.size(); ++i) {
    if (i > 0) detail.append(", ");
    // The type's output function, as PostgreSQL's BuildIndexValueDescription.
    types::AppendText(row.GetValue(columns[i], table.columns[columns[i]].type), &detail);
  }
  detail.append(") already exists.");
  return Status::Error(sqlstate::kUniqueViolation,
                       "duplicate key value violates unique constraint \"" + std::string(constraint) + "\"")
      .WithDetail(std::move(detail));
}

// table id ‖ pk fields. 23502 if a pk column is NULL.
Status BuildPrimaryKey(const TableDescriptor& table, const RowView& row, std::string* key) {
  key->clear();
  common::AppendKeyId(key, table.table_id);
  for (int column : table.primary_key) {
    if (row.IsNull(column)) {
      return Status::Error(sqlstate::kNotNullViolation, "null value in column \"" + table.columns[column].name +
                                                            "\" of relation \"" + table.name +
                                                            "\" violates not-null constraint");
    }
    AppendKeyField(row, column, table.layout[column], key);
  }
  return Status::Ok();
}

// Builds an index entry for `row` stored under `row_key`. Returns true when it
// is a unique point entry (unique index, no NULL column): key without pk,
// value = pk; else key with pk suffix and empty value.
bool BuildIndexEntry(const TableDescriptor& table, const IndexDescriptor& index, const RowView& row,
                     std::string_view row_key, std::string* key, std::string* value) {
  key->clear();
  value->clear();
  common::AppendKeyId(key, index.index_id);
  bool any_null = false;
  for (int column : index.columns) {
    any_null = any_null || row.IsNull(column);
    AppendKeyField(row, column, table.layout[column], key);
  }
  std::string_view pk = row_key.substr(4);
  if (index.unique && !any_null) {
    value->assign(pk);
    return true;
  }
  key->append(pk);
  return false;
}

int KeySkipSize(PhysicalKind kind) {
  switch (kind) {
    case PhysicalKind::kNumeric: return common::kKeySkipNumeric;
    case PhysicalKind::kBytes: return common::kKeySkipBytes;
    case PhysicalKind::kNone: return 0;
    default: return RowFieldSize(kind);
  }
}

// [lower, upper) byte range of keys under `id` selected by `range`. An empty
// range has lower >= upper.
void ComputeRange(uint32_t id, const KeyRange& range, std::string* lower, std::string* upper) {
  std::string base;
  common::AppendKeyId(&base, id);
  const std::string table_end = common::KeyPrefixSuccessor(base);
  assert(!table_end.empty());
  if (range.lower.unbounded) {
    *lower = base;
  } else if (range.lower.inclusive) {
    *lower = base + range.lower.prefix;
  } else {
    std::string successor = common::KeyPrefixSuccessor(range.lower.prefix);
    *lower = successor.empty() ? table_end : base + successor;
  }
  if (range.upper.unbounded) {
    *upper = table_end;
  } else if (range.upper.inclusive) {
    std::string successor = common::KeyPrefixSuccessor(range.upper.prefix);
    *upper = successor.empty() ? table_end : base + successor;
  } else {
    *upper = base + range.upper.prefix;
  }
}

// Shared by row and index iterators: the committed state at the read
// snapshot merged with this transaction's own writes *as of the iterator's
// creation*. Copying the own writes (only those inside the range) gives
// statement-level visibility like PostgreSQL's command ids: an UPDATE that
// moves a row forward in key order, or INSERT ... SELECT from the same table,
// never meets the rows it writes itself (no Halloween problem), which
// RocksDB's live transaction iterator would show.
class BoundedIterator {
 public:
  BoundedIterator(Transaction::Impl& t, rocksdb::ReadOptions read_options, rocksdb::ColumnFamilyHandle* cf,
                  uint32_t id, const KeyRange& range) {
    ComputeRange(id, range, &lower_, &upper_);
    if (lower_ >= upper_) return;
    upper_slice_ = rocksdb::Slice(upper_);
    read_options.iterate_upper_bound = &upper_slice_;
    read_options.prefix_same_as_start = true;
    base_.reset(t.db->db->NewIterator(read_options, cf));
    // Without a RocksDB transaction yet (READ COMMITTED before its first
    // write) there are no own writes.
    if (t.txn != nullptr) CopyOwnWrites(*t.txn->GetWriteBatch(), cf);
    base_->Seek(lower_);
    Settle();
  }
  bool InRange() const { return valid_; }
  void Next() {
    if (from_own_) {
      ++own_position_;
      if (shadows_base_) base_->Next();
    } else {
      base_->Next();
    }
    Settle();
  }
  std::string_view key() const {
    if (from_own_) return own_[own_position_].key;
    return std::string_view(base_->key().data(), base_->key().size());
  }
  std::string_view value() const {
    if (from_own_) return own_[own_position_].value;
    return std::string_view(base_->value().data(), base_->value().size());
  }
  rocksdb::Status status() const { return base_ ? base_->status() : rocksdb::Status::OK(); }

 private:
  struct OwnEntry {
    std::string key;
    std::string value;
    bool deleted;
  };

  void CopyOwnWrites(rocksdb::WriteBatchWithIndex& batch, rocksdb::ColumnFamilyHandle* cf) {
    std::unique_ptr<rocksdb::WBWIIterator> own(batch.NewIterator(cf));
    for (own->Seek(lower_); own->Valid(); own->Next()) {
      rocksdb::WriteEntry entry = own->Entry();
      if (entry.key.compare(upper_slice_) >= 0) break;
      const bool deleted = entry.type == rocksdb::kDeleteRecord || entry.type == rocksdb::kSingleDeleteRecord;
      if (!own_.empty() && own_.back().key == entry.key.ToStringView()) own_.pop_back();  // keep the latest
      own_.push_back({entry.key.ToString(), deleted ? std::string() : entry.value.ToString(), deleted});
    }
  }

  void Settle() {
    for (;;) {
      const bool base_valid = base_->Valid() && base_->key().compare(upper_slice_) < 0;
      const bool own_valid = own_position_ < own_.size();
      if (!base_valid && !own_valid) {
        valid_ = false;
        return;
      }
      int order = !base_valid ? 1 : !own_valid ? -1 : base_->key().compare(rocksdb::Slice(own_[own_position_].key));
      if (order < 0) {
        from_own_ = false;
        valid_ = true;
        return;
      }
      shadows_base_ = order == 0;
      if (own_[own_position_].deleted) {
        ++own_position_;
        if (shadows_base_) base_->Next();
        continue;
      }
      from_own_ = true;
      valid_ = true;
      return;
    }
  }

  std::string lower_;
  std::string upper_;
  rocksdb::Slice upper_slice_;
  std::unique_ptr<rocksdb::Iterator> base_;
  std::vector<OwnEntry> own_;
  size_t own_position_ = 0;
  bool from_own_ = false;
  bool shadows_base_ = false;
  bool valid_ = false;
};

// Rows of one table: the committed state merged with the transaction's
// write batch, then the rows of the table's bulk-load files, which are all
// above the others (`bulk`, may be null; bulk_load.cc).
rocksdb::ReadOptions ViewOptions(const Transaction::Impl& t, Transaction::ReadView view) {
  rocksdb::ReadOptions options = t.read_options;
  if (view == Transaction::ReadView::kLatest) options.snapshot = nullptr;
  return options;
}

class RowIteratorImpl final : public RowIterator {
 public:
  RowIteratorImpl(Transaction::Impl& t, rocksdb::ColumnFamilyHandle* cf, const TableDescriptor& table,
                  const KeyRange& range, std::unique_ptr<BulkRowsIterator> bulk, Transaction::ReadView view)
      : bounded_(t, ViewOptions(t, view), cf, table.table_id, range), bulk_(std::move(bulk)), layout_(table.layout) {
    Settle();
  }
  bool Valid() const override { return valid_; }
  void Next() override {
    assert(valid_);
    if (in_bulk_) {
      bulk_->Next();
    } else {
      bounded_.Next();
    }
    Settle();
  }
  std::string_view key() const override { return in_bulk_ ? bulk_->key() : bounded_.key(); }
  std::string_view value() const override { return in_bulk_ ? bulk_->value() : bounded_.value(); }
  const RowView& row() const override { return view_; }
  Status status() const override { return status_; }

 private:
  void Settle() {
    valid_ = !in_bulk_ && bounded_.InRange();
    if (!valid_ && !in_bulk_) {
      if (status_.ok()) status_ = FromRocks(bounded_.status(), "");
      in_bulk_ = bulk_ != nullptr && status_.ok();
    }
    if (in_bulk_) {
      valid_ = bulk_->Valid();
      if (!valid_ && status_.ok()) status_ = FromRocks(bulk_->status(), "");
    }
    if (!valid_) return;
    Status parsed = view_.Reset(value(), layout_);
    if (!parsed.ok()) {
      status_ = std::move(parsed);
      valid_ = false;
    }
  }

  BoundedIterator bounded_;
  std::unique_ptr<BulkRowsIterator> bulk_;
  bool in_bulk_ = false;
  std::vector<PhysicalKind> layout_;
  RowView view_;
  Status status_;
  bool valid_ = false;
};

class IndexIteratorImpl final : public IndexIterator {
 public:
  IndexIteratorImpl(Transaction::Impl& t, rocksdb::ColumnFamilyHandle* cf, const TableDescriptor& table,
                    const IndexDescriptor& index, const KeyRange& range, Transaction::ReadView view)
      : bounded_(t, ViewOptions(t, view), cf, index.index_id, range) {
    common::AppendKeyId(&row_key_, table.table_id);
    for (int column : index.columns) skip_sizes_.push_back(KeySkipSize(table.layout[column]));
    Settle();
  }
  bool Valid() const override { return valid_; }
  void Next() override {
    assert(valid_);
    bounded_.Next();
    Settle();
  }
  std::string_view index_key() const override { return bounded_.key(); }
  std::string_view row_key() const override { return row_key_; }
  Status status() const override { return status_; }

 private:
  void Settle() {
    valid_ = bounded_.InRange();
    if (!valid_) {
      if (status_.ok()) status_ = FromRocks(bounded_.status(), "");
      return;
    }
    row_key_.resize(4);
    std::string_view value = bounded_.value();
    if (!value.empty()) {
      row_key_.append(value);
      return;
    }
    std::string_view key = index_key();
    common::KeyReader reader(key.substr(4));
    for (int skip : skip_sizes_) {
      auto is_null = reader.ReadNullMarker();
      Status s = is_null.ok() ? (*is_null ? Status::Ok() : reader.SkipPayload(skip)) : is_null.status();
      if (!s.ok()) {
        status_ = std::move(s);
        valid_ = false;
        return;
      }
    }
    row_key_.append(reader.remaining());
  }

  BoundedIterator bounded_;
  std::vector<int> skip_sizes_;
  std::string row_key_;
  Status status_;
  bool valid_ = false;
};

}  // namespace

// Locks and reads `key`; a REPEATABLE READ conflict on a key that now exists
// is reported as existing (so the caller raises 23505, as PostgreSQL does for
// a unique violation against a concurrently committed row).
static Result<bool> LockForUniqueCheck(Transaction::Impl& t, rocksdb::ColumnFamilyHandle* cf, std::string_view key,
                                       std::string_view relation) {
  Result<bool> found = t.LockedGet(cf, key, &t.existing, true, relation);
  if (!found.ok() && found.status().Is(sqlstate::kSerializationFailure)) {
    std::string latest;
    rocksdb::Status s = t.db->db->Get(rocksdb::ReadOptions(), cf, rocksdb::Slice(key.data(), key.size()), &latest);
    if (s.ok()) return true;
  }
  return found;
}

// Whether `key` exists in the latest committed state or this transaction's
// own writes, without locking it. Only for tables this transaction holds
// exclusively: no other transaction can write them meanwhile.
static Result<bool> ExistsUnlocked(Transaction::Impl& t, rocksdb::ColumnFamilyHandle* cf, std::string_view key,
                                   std::string_view relation) {
  rocksdb::ReadOptions latest = t.read_options;
  latest.snapshot = nullptr;
  rocksdb::Status s = t.Txn()->Get(latest, cf, rocksdb::Slice(key.data(), key.size()), &t.existing);
  if (s.IsNotFound()) return false;
  RETURN_IF_ERROR(FromRocks(s, relation));
  return true;
}

// 23505 if a unique index entry of `row` (stored at `row_key`) is taken by
// another row. With `old_row`, entries unchanged from the old version pass.
// `unlocked`: the table is held exclusively (see Insert), entries are not locked.
static Status CheckUniqueIndexes(Transaction::Impl& t, const TableDescriptor& table, const RowView& row,
                                 std::string_view row_key, const RowView* old_row, std::string_view old_row_key,
                                 bool unlocked = false) {
  for (const auto& index : table.indexes) {
    if (!index.unique) continue;
    if (!BuildIndexEntry(table, index, row, row_key, &t.index_key, &t.index_value)) continue;
    if (old_row != nullptr) {
      BuildIndexEntry(table, index, *old_row, old_row_key, &t.old_index_key, &t.old_index_value);
      if (t.old_index_key == t.index_key) continue;
    }
    rocksdb::ColumnFamilyHandle* index_cf = t.db->handle(ColumnFamily::kIndex);
    Result<bool> exists = unlocked ? ExistsUnlocked(t, index_cf, t.index_key, table.name)
                                   : LockForUniqueCheck(t, index_cf, t.index_key, table.name);
    if (!exists.ok()) return exists.TakeStatus();
    if (*exists) return DuplicateKeyError(table, index.name, index.columns, row);
  }
  return Status::Ok();
}

// The largest row key of `table` in the latest committed state plus this
// transaction's writes ("" when empty), for the append watermark.
static Status FindMaxRowKey(Transaction::Impl& t, const TableDescriptor& table, std::string* max_key) {
  std::string lower;
  common::AppendKeyId(&lower, table.table_id);
  const std::string upper = common::KeyPrefixSuccessor(lower);
  rocksdb::ReadOptions latest = t.read_options;
  latest.snapshot = nullptr;
  latest.total_order_seek = true;
  rocksdb::Slice upper_slice(upper);
  rocksdb::Slice lower_slice(lower);
  latest.iterate_upper_bound = &upper_slice;
  // Without a lower bound an empty table makes the reverse seek walk back
  // through every key (and range-deleted key) of the tables before it.
  latest.iterate_lower_bound = &lower_slice;
  std::unique_ptr<rocksdb::Iterator> it(t.Txn()->GetIterator(latest, t.db->handle(ColumnFamily::kRows)));
  it->SeekToLast();
  max_key->clear();
  if (it->Valid() && it->key().starts_with(lower)) max_key->assign(it->key().data(), it->key().size());
  return FromRocks(it->status(), table.name);
}

// Whether the primary key `key` (not yet written) may already exist: false
// when it is above the table's append watermark.
static Result<bool> PrimaryKeyMayExist(Transaction::Impl& t, const TableDescriptor& table, std::string_view key) {
  Transaction::Impl::AppendWatermark& mark = t.watermark;
  if (mark.table_id != table.table_id) {
    RETURN_IF_ERROR(FindMaxRowKey(t, table, &mark.max_key));
    mark.table_id = table.table_id;
  }
  return std::string_view(mark.max_key) >= key;
}

// Bulk path (COPY FROM, INSERT after TRUNCATE): when this transaction holds
// the table lock exclusively, no other transaction can write the table until
// it ends, so new rows need no per-key locks. Uniqueness is checked against
// the latest committed state plus this transaction's own writes, and rows are
// written untracked: no lock-manager entry and no tracked key per row, which
// is most of a locked insert's cost and memory. Still one transaction: the
// write batch is committed or discarded as a whole (docs/storage-format.md
// "Bulk loading").
Status Transaction::Insert(const TableDescriptor& table, std::string_view row, std::string* key_out) {
  Impl& t = *impl_;
  RETURN_IF_ERROR(t.CheckWritable());
  RETURN_IF_ERROR(LockTable(table.lock_key(), false));
  RETURN_IF_ERROR(impl_->LockSerializable(table.lock_key(), true));
  RETURN_IF_ERROR(t.new_view.Reset(row, table.layout));
  const bool unlocked = t.HoldsTableExclusively(table.lock_key());
  rocksdb::ColumnFamilyHandle* rows_cf = t.db->handle(ColumnFamily::kRows);
  if (table.has_hidden_row_id()) {
    t.key.clear();
    common::AppendKeyId(&t.key, table.table_id);
    common::AppendKeyInt64(&t.key, t.db->AllocateRowId(table.table_id));
  } else {
    RETURN_IF_ERROR(BuildPrimaryKey(table, t.new_view, &t.key));
  }
  // Above everything the table holds, in a large load: into the SST files
  // (bulk_load.cc); such a key needs no existence check.
  bool to_sst = false;
  if (unlocked) {
    ASSIGN_OR_RETURN(to_sst, t.BulkAccepts(table, t.key));
  }
  if (!table.has_hidden_row_id() && !to_sst) {
    Result<bool> exists = false;
    if (!unlocked) {
      exists = LockForUniqueCheck(t, rows_cf, t.key, table.name);
    } else {
      ASSIGN_OR_RETURN(bool may_exist, PrimaryKeyMayExist(t, table, t.key));
      if (may_exist) exists = ExistsUnlocked(t, rows_cf, t.key, table.name);
    }
    if (!exists.ok()) return exists.TakeStatus();
    if (*exists) return DuplicateKeyError(table, table.primary_key_name, table.primary_key, t.new_view);
  }
  RETURN_IF_ERROR(CheckUniqueIndexes(t, table, t.new_view, t.key, nullptr, {}, unlocked));
  rocksdb::ColumnFamilyHandle* index_cf = t.db->handle(ColumnFamily::kIndex);
  if (unlocked) {
    // Straight into the transaction's indexed write batch: RocksDB's
    // PutUntracked still takes the point lock and checks the lock tracker,
    // which was most of the cost. The batch is what Commit() writes and what
    // savepoints roll back, so atomicity is unchanged.
    rocksdb::WriteBatchWithIndex* batch = t.Txn()->GetWriteBatch();
    if (to_sst) {
      RETURN_IF_ERROR(t.BulkAppend(table.table_id, t.key, row));
    } else {
      RETURN_IF_ERROR(t.db->CheckWrite(batch->Put(rows_cf, t.key, row)));
    }
    if (t.watermark.table_id == table.table_id && t.key > t.watermark.max_key) t.watermark.max_key = t.key;
    for (const auto& index : table.indexes) {
      BuildIndexEntry(table, index, t.new_view, t.key, &t.index_key, &t.index_value);
      RETURN_IF_ERROR(t.db->CheckWrite(batch->Put(index_cf, t.index_key, t.index_value)));
    }
  } else {
    if (table.has_hidden_row_id()) {
      // A freshly allocated row id is this transaction's alone: no other
      // transaction can lock, read or write it before the commit, so the
      // row skips the point lock (most of a heap-table insert's locking).
      RETURN_IF_ERROR(t.db->CheckWrite(t.Txn()->GetWriteBatch()->Put(rows_cf, t.key, row)));
    } else {
      RETURN_IF_ERROR(t.LockedPut(rows_cf, t.key, row, table.name));
    }
    for (const auto& index : table.indexes) {
      BuildIndexEntry(table, index, t.new_view, t.key, &t.index_key, &t.index_value);
      RETURN_IF_ERROR(t.LockedPut(index_cf, t.index_key, t.index_value, table.name));
    }
  }
  if (key_out != nullptr) key_out->assign(t.key);
  return Status::Ok();
}

Result<std::optional<std::string>> Transaction::FindConflict(const TableDescriptor& table, std::string_view row,
                                                             bool primary_key,
                                                             std::span<const std::string> unique_indexes,
                                                             std::string* row_out) {
  Impl& t = *impl_;
  RETURN_IF_ERROR(t.CheckWritable());
  RETURN_IF_ERROR(LockTable(table.lock_key(), false));
  RETURN_IF_ERROR(impl_->LockSerializable(table.lock_key(), true));
  if (table.has_hidden_row_id() && primary_key) return Status::Internal("ON CONFLICT on a table without a key");
  RowView proposed;
  RETURN_IF_ERROR(proposed.Reset(row, table.layout));
  std::string row_key;
  if (table.has_hidden_row_id()) {
    common::AppendKeyId(&row_key, table.table_id);  // no key yet: unique entries probe without one
  } else {
    RETURN_IF_ERROR(BuildPrimaryKey(table, proposed, &row_key));
  }
  const bool unlocked = t.HoldsTableExclusively(table.lock_key());
  rocksdb::ColumnFamilyHandle* rows_cf = t.db->handle(ColumnFamily::kRows);
  auto probe = [&](rocksdb::ColumnFamilyHandle* cf, std::string_view key, std::string* value) -> Result<bool> {
    if (unlocked) {
      ASSIGN_OR_RETURN(bool exists, ExistsUnlocked(t, cf, key, table.name));
      if (exists) value->assign(t.existing);
      return exists;
    }
    return t.LockedGet(cf, key, value, /*exclusive=*/true, table.name);
  };
  if (primary_key) {
    ASSIGN_OR_RETURN(bool exists, probe(rows_cf, row_key, row_out));
    if (exists) return std::optional<std::string>(row_key);
  }
  for (const auto& index : table.indexes) {
    if (!index.unique || std::find(unique_indexes.begin(), unique_indexes.end(), index.name) == unique_indexes.end()) {
      continue;
    }
    std::string index_key, pk;
    // An entry with a NULL column never conflicts.
    if (!BuildIndexEntry(table, index, proposed, row_key, &index_key, &pk)) continue;
    ASSIGN_OR_RETURN(bool exists, probe(t.db->handle(ColumnFamily::kIndex), index_key, &pk));
    if (!exists) continue;
    std::string key;
    common::AppendKeyId(&key, table.table_id);
    key.append(pk);
    ASSIGN_OR_RETURN(bool found, probe(rows_cf, key, row_out));
    if (!found) return Status::Error(sqlstate::kDataCorrupted, "unique index entry without its row");
    return std::optional<std::string>(std::move(key));
  }
  return std::optional<std::string>();
}

Result<Transaction::RowLock> Transaction::LockRow(const TableDescriptor& table, std::string_view key, bool exclusive,
                                                  LockWait wait, std::string* row_out) {
  Impl& t = *impl_;
  RETURN_IF_ERROR(t.CheckOpen());
  RETURN_IF_ERROR(t.Materialize(table.table_id));
  // PostgreSQL's RowShareLock on the table: DROP and ALTER wait for us.
  RETURN_IF_ERROR(LockTable(table.lock_key(), false));
  rocksdb::ColumnFamilyHandle* rows_cf = t.db->handle(ColumnFamily::kRows);
  if (wait == LockWait::kBlock) {
    ASSIGN_OR_RETURN(bool found, t.LockedGet(rows_cf, key, row_out, exclusive, table.name));
    return found ? RowLock::kLocked : RowLock::kMissing;
  }
  rocksdb::ReadOptions ro = t.read_options;
  if (t.options.isolation == IsolationLevel::kReadCommitted) ro.snapshot = nullptr;  // latest committed
  t.Txn()->SetLockTimeout(0);                                                        // one try, no wait
  rocksdb::Status s = t.Txn()->GetForUpdate(ro, rows_cf, rocksdb::Slice(key.data(), key.size()), row_out, exclusive);
  t.Txn()->SetLockTimeout(t.LockSliceMs());
  if (s.IsTimedOut()) {
    if (wait == LockWait::kSkip) return RowLock::kSkipped;
    return Status::Error(sqlstate::kLockNotAvailable,
                         "could not obtain lock on row in relation \"" + table.name + "\"");
  }
  if (s.IsNotFound()) return RowLock::kMissing;
  RETURN_IF_ERROR(t.MapLockResult(s, table.name));
  return RowLock::kLocked;
}

Status Transaction::InsertValues(const TableDescriptor& table, std::span<const types::Value> values,
                                 std::string* key_out) {
  EncodeRow(table.schema_version, table.layout, values, &impl_->row_buffer);
  // Insert never touches row_buffer, so it may point into it.
  return Insert(table, impl_->row_buffer, key_out);
}

Result<bool> Transaction::Get(const TableDescriptor& table, std::string_view key, std::string* row_out) {
  RETURN_IF_ERROR(impl_->CheckOpen());
  RETURN_IF_ERROR(impl_->LockSerializable(table.lock_key(), false));
  if (!impl_->bulk_runs.empty()) {
    ASSIGN_OR_RETURN(bool in_bulk, impl_->BulkGet(table.table_id, key, row_out));
    if (in_bulk) return true;
  }
  rocksdb::Status s = impl_->ReadPoint(impl_->db->handle(ColumnFamily::kRows), key, row_out);
  if (s.IsNotFound()) return false;
  RETURN_IF_ERROR(FromRocks(s, table.name));
  return true;
}

Result<bool> Transaction::GetForUpdate(const TableDescriptor& table, std::string_view key, std::string* row_out) {
  RETURN_IF_ERROR(impl_->CheckWritable());
  RETURN_IF_ERROR(impl_->Materialize(table.table_id));
  RETURN_IF_ERROR(LockTable(table.lock_key(), false));
  RETURN_IF_ERROR(impl_->LockSerializable(table.lock_key(), true));
  return impl_->LockedGet(impl_->db->handle(ColumnFamily::kRows), key, row_out, true, table.name);
}

Result<bool> Transaction::Update(const TableDescriptor& table, std::string_view old_key, std::string_view new_row) {
  RETURN_IF_ERROR(impl_->CheckWritable());
  RETURN_IF_ERROR(impl_->Materialize(table.table_id));
  RETURN_IF_ERROR(LockTable(table.lock_key(), false));
  RETURN_IF_ERROR(impl_->LockSerializable(table.lock_key(), true));
  impl_->old_key_copy.assign(old_key);  // old_key may alias a buffer the row operation reuses
  ASSIGN_OR_RETURN(bool found, impl_->LockedGet(impl_->db->handle(ColumnFamily::kRows), impl_->old_key_copy,
                                                &impl_->old_row_copy, true, table.name));
  if (!found) return false;
  RETURN_IF_ERROR(Update(table, impl_->old_key_copy, impl_->old_row_copy, new_row));
  return true;
}

Status Transaction::Update(const TableDescriptor& table, std::string_view old_key, std::string_view old_row,
                           std::string_view new_row) {
  Impl& t = *impl_;
  if (t.watermark.table_id == table.table_id) t.watermark.table_id = 0;  // a new key may land above it
  RETURN_IF_ERROR(t.CheckWritable());
  RETURN_IF_ERROR(t.Materialize(table.table_id));
  RETURN_IF_ERROR(LockTable(table.lock_key(), false));
  RETURN_IF_ERROR(impl_->LockSerializable(table.lock_key(), true));
  RETURN_IF_ERROR(t.old_view.Reset(old_row, table.layout));
  RETURN_IF_ERROR(t.new_view.Reset(new_row, table.layout));
  rocksdb::ColumnFamilyHandle* rows_cf = t.db->handle(ColumnFamily::kRows);
  if (table.has_hidden_row_id()) {
    t.key.assign(old_key);
  } else {
    RETURN_IF_ERROR(BuildPrimaryKey(table, t.new_view, &t.key));
  }
  const bool key_changed = t.key != old_key;
  if (key_changed) {
    ASSIGN_OR_RETURN(bool exists, LockForUniqueCheck(t, rows_cf, t.key, table.name));
    if (exists) return DuplicateKeyError(table, table.primary_key_name, table.primary_key, t.new_view);
  }
  RETURN_IF_ERROR(CheckUniqueIndexes(t, table, t.new_view, t.key, &t.old_view, old_key));
  if (key_changed) RETURN_IF_ERROR(t.LockedDelete(rows_cf, old_key, table.name));
  RETURN_IF_ERROR(t.LockedPut(rows_cf, t.key, new_row, table.name));
  rocksdb::ColumnFamilyHandle* index_cf = t.db->handle(ColumnFamily::kIndex);
  for (const auto& index : table.indexes) {
    BuildIndexEntry(table, index, t.old_view, old_key, &t.old_index_key, &t.old_index_value);
    BuildIndexEntry(table, index, t.new_view, t.key, &t.index_key, &t.index_value);
    if (t.old_index_key == t.index_key && t.old_index_value == t.index_value) continue;
    if (t.old_index_key != t.index_key) RETURN_IF_ERROR(t.LockedDelete(index_cf, t.old_index_key, table.name));
    RETURN_IF_ERROR(t.LockedPut(index_cf, t.index_key, t.index_value, table.name));
  }
  return Status::Ok();
}

Result<bool> Transaction::Delete(const TableDescriptor& table, std::string_view key) {
  RETURN_IF_ERROR(impl_->CheckWritable());
  RETURN_IF_ERROR(impl_->Materialize(table.table_id));
  RETURN_IF_ERROR(LockTable(table.lock_key(), false));
  RETURN_IF_ERROR(impl_->LockSerializable(table.lock_key(), true));
  impl_->old_key_copy.assign(key);
  ASSIGN_OR_RETURN(bool found, impl_->LockedGet(impl_->db->handle(ColumnFamily::kRows), impl_->old_key_copy,
                                                &impl_->old_row_copy, true, table.name));
  if (!found) return false;
  RETURN_IF_ERROR(Delete(table, impl_->old_key_copy, impl_->old_row_copy));
  return true;
}

Status Transaction::Delete(const TableDescriptor& table, std::string_view key, std::string_view old_row) {
  Impl& t = *impl_;
  RETURN_IF_ERROR(t.CheckWritable());
  RETURN_IF_ERROR(t.Materialize(table.table_id));
  RETURN_IF_ERROR(LockTable(table.lock_key(), false));
  RETURN_IF_ERROR(impl_->LockSerializable(table.lock_key(), true));
  RETURN_IF_ERROR(t.old_view.Reset(old_row, table.layout));
  RETURN_IF_ERROR(t.LockedDelete(t.db->handle(ColumnFamily::kRows), key, table.name));
  rocksdb::ColumnFamilyHandle* index_cf = t.db->handle(ColumnFamily::kIndex);
  for (const auto& index : table.indexes) {
    BuildIndexEntry(table, index, t.old_view, key, &t.old_index_key, &t.old_index_value);
    RETURN_IF_ERROR(t.LockedDelete(index_cf, t.old_index_key, table.name));
  }
  return Status::Ok();
}

Status Transaction::Truncate(const TableDescriptor& table) {
  Impl& t = *impl_;
  RETURN_IF_ERROR(t.CheckWritable());
  RETURN_IF_ERROR(t.Materialize(table.table_id));
  RETURN_IF_ERROR(LockTable(table.lock_key(), true));
  RETURN_IF_ERROR(impl_->LockSerializable(table.lock_key(), true));
  // With the table lock held exclusively no other transaction can write this
  // table, so the deletes need neither row locks nor conflict checks
  // (DeleteUntracked keeps memory flat for large tables). Read the latest
  // committed state, not the snapshot, so rows committed after it go too.
  rocksdb::ReadOptions latest = t.read_options;
  latest.snapshot = nullptr;
  auto delete_prefix = [&](ColumnFamily cf, uint32_t id) -> Status {
    rocksdb::ColumnFamilyHandle* handle = t.db->handle(cf);
    std::vector<std::string> keys;
    for (;;) {
      keys.clear();
      {
        BoundedIterator it(t, latest, handle, id, KeyRange::All());
        for (; it.InRange() && keys.size() < 4096; it.Next()) keys.emplace_back(it.key());
        RETURN_IF_ERROR(FromRocks(it.status(), table.name));
      }
      if (keys.empty()) return Status::Ok();
      for (const auto& key : keys) {
        rocksdb::Status s = t.Txn()->DeleteUntracked(handle, key);
        if (!s.ok()) return FromRocks(s, table.name);
      }
    }
  };
  RETURN_IF_ERROR(delete_prefix(ColumnFamily::kRows, table.table_id));
  for (const auto& index : table.indexes) RETURN_IF_ERROR(delete_prefix(ColumnFamily::kIndex, index.index_id));
  return Status::Ok();
}

Status Transaction::BuildIndex(const TableDescriptor& table, const IndexDescriptor& index) {
  Impl& t = *impl_;
  RETURN_IF_ERROR(t.CheckWritable());
  RETURN_IF_ERROR(t.Materialize(table.table_id));
  RETURN_IF_ERROR(LockTable(table.lock_key(), true));
  RETURN_IF_ERROR(impl_->LockSerializable(table.lock_key(), true));
  rocksdb::ReadOptions latest = t.read_options;
  latest.snapshot = nullptr;
  rocksdb::ColumnFamilyHandle* rows_cf = t.db->handle(ColumnFamily::kRows);
  rocksdb::ColumnFamilyHandle* index_cf = t.db->handle(ColumnFamily::kIndex);
  // Rows are read in batches and their entries written after the iterator is
  // gone: writing to a transaction while iterating it is not safe.
  std::vector<std::pair<std::string, std::string>> rows;
  std::string resume_after;
  bool first_batch = true;
  for (;;) {
    rows.clear();
    {
      KeyRange range;
      if (!first_batch) range.lower = KeyBound::Exclusive(resume_after.substr(4));
      BoundedIterator it(t, latest, rows_cf, table.table_id, range);
      for (; it.InRange() && rows.size() < 4096; it.Next()) rows.emplace_back(it.key(), it.value());
      RETURN_IF_ERROR(FromRocks(it.status(), table.name));
    }
    if (rows.empty()) return Status::Ok();
    first_batch = false;
    resume_after = rows.back().first;
    for (const auto& [key, value] : rows) {
      RETURN_IF_ERROR(t.new_view.Reset(value, table.layout));
      bool point = BuildIndexEntry(table, index, t.new_view, key, &t.index_key, &t.index_value);
      if (point) {
        rocksdb::Status s = t.Txn()->Get(latest, index_cf, t.index_key, &t.existing);
        if (s.ok()) {
          Status dup = DuplicateKeyError(table, index.name, index.columns, t.new_view);
          std::string detail = dup.detail();
          detail.replace(detail.size() - std::string_view("already exists.").size(), std::string::npos,
                         "is duplicated.");
          return Status::Error(sqlstate::kUniqueViolation, "could not create unique index \"" + index.name + "\"")
              .WithDetail(std::move(detail));
        }
        if (!s.IsNotFound()) return FromRocks(s, table.name);
      }
      rocksdb::Status s = t.Txn()->PutUntracked(index_cf, t.index_key, t.index_value);
      if (!s.ok()) return FromRocks(s, table.name);
    }
  }
}

namespace {

// What Scan/IndexScan return when the SERIALIZABLE read lock or the
// materialization of bulk-loaded rows fails.
class FailedRowIterator final : public RowIterator {
 public:
  explicit FailedRowIterator(Status status) : status_(std::move(status)) {}
  bool Valid() const override { return false; }
  void Next() override {}
  std::string_view key() const override { return {}; }
  std::string_view value() const override { return {}; }
  const RowView& row() const override { return view_; }
  Status status() const override { return status_; }

 private:
  Status status_;
  RowView view_;
};

class FailedIndexIterator final : public IndexIterator {
 public:
  explicit FailedIndexIterator(Status status) : status_(std::move(status)) {}
  bool Valid() const override { return false; }
  void Next() override {}
  std::string_view index_key() const override { return {}; }
  std::string_view row_key() const override { return {}; }
  Status status() const override { return status_; }

 private:
  Status status_;
};

}  // namespace

std::unique_ptr<RowIterator> Transaction::Scan(const TableDescriptor& table, const KeyRange& range, ReadView view) {
  if (Status locked = impl_->LockSerializable(table.lock_key(), false); !locked.ok()) {
    return std::make_unique<FailedRowIterator>(std::move(locked));
  }
  // Rows of a bulk load in progress follow the others (no materialization).
  std::unique_ptr<BulkRowsIterator> bulk;
  if (!impl_->bulk_runs.empty()) {
    std::vector<std::shared_ptr<rocksdb::SstFileReader>> readers;
    Status opened = impl_->BulkReaders(table.table_id, &readers);
    if (!opened.ok()) return std::make_unique<FailedRowIterator>(std::move(opened));
    if (!readers.empty()) {
      std::string lower, upper;
      ComputeRange(table.table_id, range, &lower, &upper);
      bulk = std::make_unique<BulkRowsIterator>(std::move(readers), std::move(lower), std::move(upper));
    }
  }
  return std::make_unique<RowIteratorImpl>(*impl_, impl_->db->handle(ColumnFamily::kRows), table, range,
                                           std::move(bulk), view);
}

std::unique_ptr<IndexIterator> Transaction::IndexScan(const TableDescriptor& table, const IndexDescriptor& index,
                                                      const KeyRange& range, ReadView view) {
  if (Status locked = impl_->LockSerializable(table.lock_key(), false); !locked.ok()) {
    return std::make_unique<FailedIndexIterator>(std::move(locked));
  }
  // Index entries of a bulk load are in the write batch; its rows are
  // found by Get.
  return std::make_unique<IndexIteratorImpl>(*impl_, impl_->db->handle(ColumnFamily::kIndex), table, index, range,
                                             view);
}

Result<bool> Transaction::LockKeyShared(const TableDescriptor& table, const IndexDescriptor* unique_index,
                                        std::span<const types::Value> values) {
  Impl& t = *impl_;
  RETURN_IF_ERROR(t.CheckOpen());
  RETURN_IF_ERROR(t.Materialize(table.table_id));
  // PostgreSQL's FOR KEY SHARE takes RowShareLock on the table: DROP and
  // ALTER of the referenced table wait for the referencing transaction.
  RETURN_IF_ERROR(LockTable(table.lock_key(), false));
  RETURN_IF_ERROR(t.LockSerializable(table.lock_key(), false));
  std::string key;
  rocksdb::ColumnFamilyHandle* cf = nullptr;
  if (unique_index == nullptr) {
    if (table.has_hidden_row_id() || values.size() != table.primary_key.size()) {
      return Status::Internal("foreign key lookup without a primary key");
    }
    EncodeRowKey(table, values, &key);
    cf = t.db->handle(ColumnFamily::kRows);
  } else {
    if (!unique_index->unique || values.size() != unique_index->columns.size()) {
      return Status::Internal("foreign key lookup through a non-unique index");
    }
    common::AppendKeyId(&key, unique_index->index_id);
    for (size_t i = 0; i < values.size(); ++i) {
      if (values[i].is_null()) return false;  // a key with NULL is never referenced
      AppendKeyValue(values[i], table.layout[unique_index->columns[i]], &key);
    }
    cf = t.db->handle(ColumnFamily::kIndex);
  }
  std::string value;
  Result<bool> found = t.LockedGet(cf, key, &value, /*exclusive=*/false, table.name);
  if (!found.ok() && found.status().Is(sqlstate::kSerializationFailure)) {
    // Changed after the snapshot: absent from the snapshot means it was
    // inserted since (invisible, as PostgreSQL reports it), else it was
    // deleted or updated concurrently.
    rocksdb::Status s = t.Txn()->Get(t.read_options, cf, rocksdb::Slice(key), &value);
    if (s.IsNotFound()) return false;
  }
  return found;
}

void Transaction::EncodeRowKey(const TableDescriptor& table, std::span<const types::Value> pk_values,
                               std::string* key_out) {
  key_out->clear();
  common::AppendKeyId(key_out, table.table_id);
  if (table.has_hidden_row_id()) {
    assert(pk_values.size() == 1);
    AppendKeyValue(pk_values[0], PhysicalKind::kInt64, key_out);
    return;
  }
  assert(pk_values.size() == table.primary_key.size());
  for (size_t i = 0; i < pk_values.size(); ++i) {
    AppendKeyValue(pk_values[i], table.layout[table.primary_key[i]], key_out);
  }
}

}  // namespace augur::storage
