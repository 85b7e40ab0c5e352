// Database and Transaction on rocksdb::TransactionDB; see storage.h for the
// contract and docs/storage-format.md for the formats and isolation rules.
#include "storage/storage.h"

#include <rocksdb/cache.h>
#include <rocksdb/convenience.h>
#include <rocksdb/env.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/slice_transform.h>
#include <rocksdb/statistics.h>
#include <rocksdb/table.h>
#include <rocksdb/utilities/transaction.h>
#include <rocksdb/utilities/transaction_db.h>
#include <rocksdb/utilities/write_batch_with_index.h>

#include <cassert>
#include <chrono>
#include <filesystem>
#include <mutex>
#include <unordered_map>

#include "common/key_codec.h"
#include "storage/storage_internal.h"
#include "storage/wal_file.h"

namespace augur::storage {

// ---------------------------------------------------------------------------
// Status mapping

Status FromRocks(const rocksdb::Status& status, std::string_view relation) {
  if (status.ok()) return Status::Ok();
  if (status.IsMemoryLimit()) {
    // The write batch reached DatabaseOptions::max_transaction_bytes.
    return Status::Error(sqlstate::kProgramLimitExceeded, "transaction is too large")
        .WithDetail("Its uncommitted changes exceed the limit set by --max-transaction-size.")
        .WithHint("Split the change into smaller transactions, or raise --max-transaction-size.");
  }
  if (status.IsDeadlock()) return Status::Error(sqlstate::kDeadlockDetected, "deadlock detected");
  if (status.IsBusy() || status.IsTryAgain() || status.IsExpired()) {
    return Status::Error(sqlstate::kSerializationFailure, "could not serialize access due to concurrent update");
  }
  if (status.IsTimedOut()) {
    // PostgreSQL's lock_timeout error (it names the relation only in CONTEXT).
    return Status::Error(sqlstate::kLockNotAvailable, "canceling statement due to lock timeout");
  }
  if (status.IsIOError()) return Status::Error(sqlstate::kIoError, "storage I/O error: " + status.ToString());
  if (status.IsCorruption()) return Status::Error(sqlstate::kDataCorrupted, "storage corruption: " + status.ToString());
  if (status.IsInvalidArgument() && status.ToString().find("lock") != std::string::npos) {
    return Status::Error(sqlstate::kObjectInUse, status.ToString());
  }
  return Status::Internal("storage error: " + status.ToString());
}

void TableDescriptor::Finalize() {
  layout.clear();
  for (auto& column : columns) {
    column.kind = types::PhysicalKindOf(column.type.oid);
    layout.push_back(column.kind);
  }
}

// ---------------------------------------------------------------------------
// Database

namespace {

const char* const kColumnFamilyNames[] = {"catalog", "rows", "index", "meta"};

rocksdb::ColumnFamilyOptions MakeColumnFamilyOptions(const DatabaseOptions& options,
                                                     const std::shared_ptr<rocksdb::Cache>& cache, bool prefixed) {
  rocksdb::ColumnFamilyOptions cf;
  rocksdb::BlockBasedTableOptions table;
  table.block_cache = cache;
  table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
  table.whole_key_filtering = true;
  table.cache_index_and_filter_blocks = true;
  table.pin_l0_filter_and_index_blocks_in_cache = true;
  table.format_version = 5;
  // A hash index over each data block's keys: a point read finds its key's
  // restart interval without the binary search and linear scan.
  table.data_block_index_type = rocksdb::BlockBasedTableOptions::kDataBlockBinaryAndHash;
  table.block_restart_interval = 4;
  cf.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
  cf.write_buffer_size = options.write_buffer_size_bytes;
  auto supported = rocksdb::GetSupportedCompressions();
  auto has = [&](rocksdb::CompressionType type) {
    return std::find(supported.begin(), supported.end(), type) != supported.end();
  };
  cf.compression = has(rocksdb::kLZ4Compression) ? rocksdb::kLZ4Compression : rocksdb::kNoCompression;
  cf.bottommost_compression = has(rocksdb::kZSTD) ? rocksdb::kZSTD : cf.compression;
  if (prefixed) {
    cf.prefix_extractor.reset(rocksdb::NewFixedPrefixTransform(4));
    cf.memtable_prefix_bloom_size_ratio = 0.05;
    // Whole keys too: a point read of a key the memtable does not hold
    // skips its skip-list search (7.8 % of server CPU per point SELECT with
    // an UPDATE-filled memtable, perf 2026-11-29).
    cf.memtable_whole_key_filtering = true;
  }
  return cf;
}

}  // namespace

Database::Database(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Database::~Database() { Close().IgnoreError(); }

Result<std::unique_ptr<Database>> Database::Open(const std::string& path, const DatabaseOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  impl->options = options;
  std::error_code ec;
  if (options.create_if_missing) std::filesystem::create_directories(path, ec);
  if (ec) {
    return Status::Error(sqlstate::kIoError, "could not create directory \"" + path + "\": " + ec.message());
  }
  impl->cache = rocksdb::NewLRUCache(options.block_cache_size_bytes);
  if (options.collect_statistics) {
    impl->statistics = rocksdb::CreateDBStatistics();
    impl->statistics->set_stats_level(rocksdb::StatsLevel::kExceptHistogramOrTimers);
  }

  rocksdb::DBOptions db_options;
  db_options.create_if_missing = options.create_if_missing;
  db_options.create_missing_column_families = true;
  db_options.max_background_jobs = options.max_background_jobs;
  db_options.statistics = impl->statistics;
  db_options.enable_pipelined_write = false;
  if (options.env != nullptr) db_options.env = options.env;
  if (options.wal_zero_fill_bytes > 0) {
    impl->env = rocksdb::NewCompositeEnv(
        NewZeroFilledWalFileSystem(db_options.env->GetFileSystem(), options.wal_zero_fill_bytes));
    db_options.env = impl->env.get();
  }

  std::vector<rocksdb::ColumnFamilyDescriptor> families;
  families.emplace_back(rocksdb::kDefaultColumnFamilyName, MakeColumnFamilyOptions(options, impl->cache, false));
  families.emplace_back(kColumnFamilyNames[0], MakeColumnFamilyOptions(options, impl->cache, false));
  families.emplace_back(kColumnFamilyNames[1], MakeColumnFamilyOptions(options, impl->cache, true));
  families.emplace_back(kColumnFamilyNames[2], MakeColumnFamilyOptions(options, impl->cache, true));
  families.emplace_back(kColumnFamilyNames[3], MakeColumnFamilyOptions(options, impl->cache, false));

  rocksdb::TransactionDBOptions txn_db_options;
  txn_db_options.transaction_lock_timeout = kLockWaitSliceMs;
  txn_db_options.default_lock_timeout = kLockWaitSliceMs;

  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::TransactionDB* db = nullptr;
  rocksdb::Status status = rocksdb::TransactionDB::Open(db_options, txn_db_options, path, families, &handles, &db);
  if (!status.ok()) {
    if (status.IsIOError() && status.ToString().find("lock") != std::string::npos) {
      return Status::Error(sqlstate::kObjectInUse,
                           "database directory \"" + path + "\" is in use by another process");
    }
    return FromRocks(status, "");
  }
  impl->db = db;
  impl->default_handle = handles[0];
  for (int i = 0; i < 4; ++i) impl->handles[i] = handles[i + 1];
  impl->rows_sst_options = rocksdb::Options(db_options, families[2].options);
  // SstFileWriter compresses with the bottommost compression when one is set
  // (ingested files often land there): ZSTD cost a fifth of a load's CPU in
  // a profile. Loaded files use the upper levels' LZ4; compaction into the
  // bottom level recompresses them.
  impl->rows_sst_options.bottommost_compression = rocksdb::kDisableCompressionOption;
  impl->bulk_dir = path + "/bulk";
  auto database = std::unique_ptr<Database>(new Database(std::move(impl)));
  RETURN_IF_ERROR(database->impl_->RecoverBulkLoads());
  return database;
}

Status Database::Close() {
  if (impl_ == nullptr || impl_->db == nullptr) return Status::Ok();
  Status result;
  impl_->spares->Close();
  {
    std::lock_guard<std::mutex> lock(impl_->snapshot_mutex);
    impl_->latest_snapshot.reset();
  }
  for (auto*& handle : impl_->handles) {
    rocksdb::Status s = impl_->db->DestroyColumnFamilyHandle(handle);
    if (!s.ok() && result.ok()) result = FromRocks(s, "");
    handle = nullptr;
  }
  impl_->db->DestroyColumnFamilyHandle(impl_->default_handle).PermitUncheckedError();
  rocksdb::Status s = impl_->db->Close();
  if (!s.ok() && result.ok()) result = FromRocks(s, "");
  delete impl_->db;
  impl_->db = nullptr;
  return result;
}

std::unique_ptr<Transaction> Database::Begin(const TransactionOptions& options) {
  auto impl = std::make_unique<Transaction::Impl>();
  impl->db = impl_.get();
  impl->options = options;
  if (impl->options.lock_timeout_ms < 0) impl->options.lock_timeout_ms = impl_->options.lock_timeout_ms;
  impl->write_options.sync = options.synchronous_commit;
  impl->txn_options.set_snapshot = options.isolation != IsolationLevel::kReadCommitted;
  impl->txn_options.deadlock_detect = true;
  impl->txn_options.lock_timeout = impl->LockSliceMs();
  impl->txn_options.max_write_batch_size = impl_->options.max_transaction_bytes;
  // REPEATABLE READ and SERIALIZABLE validate writes against the snapshot
  // taken at begin, so theirs begins now; READ COMMITTED has no transaction
  // snapshot and begins at its first write or lock.
  if (impl->txn_options.set_snapshot) impl->Txn();
  impl->open = true;
  if (options.snapshot_at_begin || options.isolation != IsolationLevel::kReadCommitted) impl->BeginStatement();
  return std::unique_ptr<Transaction>(new Transaction(std::move(impl)));
}

Status Database::fail_stop_status() const { return impl_->FailStopStatus(); }

Result<bool> Database::GetMeta(std::string_view key, std::string* value_out) {
  rocksdb::Status s = impl_->db->Get(rocksdb::ReadOptions(), impl_->handle(ColumnFamily::kMeta),
                                     rocksdb::Slice(key.data(), key.size()), value_out);
  if (s.IsNotFound()) return false;
  RETURN_IF_ERROR(FromRocks(s, ""));
  return true;
}

Status Database::PutMetaSync(std::string_view key, std::string_view value) { return PutMeta(key, value, true); }

Status Database::PutMeta(std::string_view key, std::string_view value, bool sync) {
  RETURN_IF_ERROR(impl_->FailStopStatus());
  rocksdb::WriteOptions write_options;
  write_options.sync = sync;
  rocksdb::Status s = impl_->db->Put(write_options, impl_->handle(ColumnFamily::kMeta),
                                     rocksdb::Slice(key.data(), key.size()),
                                     rocksdb::Slice(value.data(), value.size()));
  return impl_->CheckWrite(s);
}

uint64_t Database::ApproximateKeyPrefixBytes(uint32_t id, bool is_index) const {
  std::string begin, end;
  common::AppendKeyId(&begin, id);
  common::AppendKeyId(&end, id + 1);
  rocksdb::Range range(begin, end);
  rocksdb::SizeApproximationOptions options;
  options.include_memtables = true;
  options.include_files = true;
  uint64_t bytes = 0;
  rocksdb::Status s = impl_->db->GetApproximateSizes(
      options, impl_->handle(is_index ? ColumnFamily::kIndex : ColumnFamily::kRows), &range, 1, &bytes);
  return s.ok() ? bytes : 0;
}

Status Database::Checkpoint() {
  RETURN_IF_ERROR(impl_->FailStopStatus());
  std::vector<rocksdb::ColumnFamilyHandle*> families(std::begin(impl_->handles), std::end(impl_->handles));
  families.push_back(impl_->default_handle);
  rocksdb::FlushOptions options;
  options.wait = true;
  return impl_->CheckWrite(impl_->db->Flush(options, families));
}

Status Database::DropKeyPrefix(uint32_t id, bool is_index) {
  RETURN_IF_ERROR(impl_->FailStopStatus());
  std::string begin, end;
  common::AppendKeyId(&begin, id);
  common::AppendKeyId(&end, id + 1);
  rocksdb::WriteBatch batch;
  rocksdb::Status s = batch.DeleteRange(impl_->handle(is_index ? ColumnFamily::kIndex : ColumnFamily::kRows),
                                        begin, end);
  if (!s.ok()) return FromRocks(s, "");
  rocksdb::TransactionDBWriteOptimizations optimizations;
  optimizations.skip_concurrency_control = true;
  rocksdb::WriteOptions write_options;
  write_options.sync = true;
  s = impl_->db->Write(write_options, optimizations, &batch);
  return impl_->CheckWrite(s);
}

Database::Stats Database::GetStats() const {
  Stats stats;
  stats.commits = impl_->commits.load(std::memory_order_relaxed);
  if (impl_->statistics) {
    stats.wal_syncs = impl_->statistics->getTickerCount(rocksdb::WAL_FILE_SYNCED);
    stats.wal_bytes = impl_->statistics->getTickerCount(rocksdb::WAL_FILE_BYTES);
    stats.writes_grouped = impl_->statistics->getTickerCount(rocksdb::WRITE_DONE_BY_OTHER);
  }
  return stats;
}

const std::string& Database::path() const { return impl_->path; }

Status Database::Impl::FailStopStatus() const {
  if (!failed.load(std::memory_order_acquire)) return Status::Ok();
  std::lock_guard<std::mutex> guard(fail_mutex);
  return fail_status;
}

Status Database::Impl::CheckWrite(const rocksdb::Status& status) {
  if (status.ok()) return Status::Ok();
  Status mapped = FromRocks(status, "");
  // RocksDB's MemoryLimit is an Aborted status, but only this transaction's
  // write failed (nothing was written): no reason to stop the database.
  if (status.IsMemoryLimit()) return mapped;
  if (status.IsIOError() || status.IsCorruption() || status.IsNoSpace() || status.IsAborted()) {
    std::lock_guard<std::mutex> guard(fail_mutex);
    if (!failed.load(std::memory_order_relaxed)) {
      fail_status = Status::Error(sqlstate::kIoError,
                                  "could not write to the write-ahead log: " + status.ToString() +
                                      "; the database refuses writes until it is restarted");
      failed.store(true, std::memory_order_release);
    }
    return fail_status;
  }
  return mapped;
}

int64_t Database::Impl::AllocateRowId(uint32_t table_id) {
  std::lock_guard<std::mutex> guard(row_id_mutex);
  auto it = next_row_id.find(table_id);
  if (it == next_row_id.end()) {
    // First use since open: continue after the largest committed row id.
    int64_t next = 1;
    std::string lower, upper;
    common::AppendKeyId(&lower, table_id);
    common::AppendKeyId(&upper, table_id + 1);
    rocksdb::Slice upper_slice(upper);
    rocksdb::ReadOptions read_options;
    read_options.iterate_upper_bound = &upper_slice;
    read_options.total_order_seek = true;
    std::unique_ptr<rocksdb::Iterator> iter(db->NewIterator(read_options, handle(ColumnFamily::kRows)));
    iter->SeekForPrev(rocksdb::Slice(upper));
    if (iter->Valid() && iter->key().starts_with(lower)) {
      common::KeyReader reader(std::string_view(iter->key().data() + 4, iter->key().size() - 4));
      auto is_null = reader.ReadNullMarker();
      if (is_null.ok() && !*is_null) {
        auto last = reader.ReadInt64();
        if (last.ok()) next = *last + 1;
      }
    }
    it = next_row_id.emplace(table_id, next).first;
  }
  return it->second++;
}

// ---------------------------------------------------------------------------
// Transaction: lifecycle

Transaction::Transaction(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Transaction::~Transaction() {
  if (impl_->open) Rollback();
  impl_->ReleaseStatementSnapshot();
  if (impl_->txn != nullptr) impl_->spares->Keep(impl_->txn);
}

rocksdb::Transaction* Database::Impl::SparePool::Take() {
  std::lock_guard<std::mutex> lock(mutex);
  if (transactions.empty()) return nullptr;
  rocksdb::Transaction* txn = transactions.back();
  transactions.pop_back();
  return txn;
}

void Database::Impl::SparePool::Keep(rocksdb::Transaction* txn) {
  if (txn == nullptr) return;
  {
    std::lock_guard<std::mutex> lock(mutex);
    if (!closed && transactions.size() < kCapacity) {
      transactions.push_back(txn);
      return;
    }
  }
  delete txn;
}

void Database::Impl::SparePool::Close() {
  std::vector<rocksdb::Transaction*> doomed;
  {
    std::lock_guard<std::mutex> lock(mutex);
    closed = true;
    doomed.swap(transactions);
  }
  for (rocksdb::Transaction* txn : doomed) delete txn;
}

const TransactionOptions& Transaction::options() const { return impl_->options; }
bool Transaction::is_open() const { return impl_->open; }
void Transaction::BeginStatement() { impl_->BeginStatement(); }
int Transaction::savepoint_depth() const { return impl_->savepoint_depth; }
bool Transaction::catalog_changed() const { return impl_->catalog_changed; }
void Transaction::OnCommit(std::function<void()> callback) { impl_->on_commit.push_back(std::move(callback)); }

Status Transaction::SetSavepoint() {
  RETURN_IF_ERROR(impl_->CheckOpen());
  // SST rows written so far belong to the write batch the savepoint covers.
  RETURN_IF_ERROR(impl_->MaterializeAll());
  impl_->Txn()->SetSavePoint();
  ++impl_->savepoint_depth;
  return Status::Ok();
}

Status Transaction::RollbackToSavepoint() {
  RETURN_IF_ERROR(impl_->CheckOpen());
  if (impl_->savepoint_depth == 0) return Status::Error(sqlstate::kInvalidSavepointSpecification, "no such savepoint");
  rocksdb::Status s = impl_->Txn()->RollbackToSavePoint();
  impl_->DiscardRunsAbove(impl_->savepoint_depth - 1);
  --impl_->savepoint_depth;
  return FromRocks(s, "");
}

Status Transaction::ReleaseSavepoint() {
  RETURN_IF_ERROR(impl_->CheckOpen());
  if (impl_->savepoint_depth == 0) return Status::Error(sqlstate::kInvalidSavepointSpecification, "no such savepoint");
  rocksdb::Status s = impl_->Txn()->PopSavePoint();
  --impl_->savepoint_depth;
  for (auto& run : impl_->bulk_runs) run->savepoint_depth = std::min(run->savepoint_depth, impl_->savepoint_depth);
  return FromRocks(s, "");
}

Status Transaction::Commit() {
  RETURN_IF_ERROR(impl_->CheckOpen());
  rocksdb::Transaction* txn = impl_->txn;
  const bool has_writes = (txn != nullptr && (txn->GetNumPuts() + txn->GetNumDeletes() > 0 ||
                                              txn->GetWriteBatch()->GetWriteBatch()->Count() > 0)) ||
                          !impl_->bulk_runs.empty();
  if (has_writes) {
    Status failed = impl_->db->FailStopStatus();
    if (!failed.ok()) {
      Rollback();
      return failed;
    }
  }
  // Bulk-loaded SST files are ingested first, under an undo marker whose
  // deletion commits with the write batch (bulk_load.cc).
  std::string bulk_marker;
  std::vector<std::pair<std::string, std::string>> bulk_ranges;
  if (!impl_->bulk_runs.empty()) {
    // Without a snapshot of our own, ingested files can get sequence number 0
    // when no other snapshot exists either, and RocksDB then never rewrites
    // them to zero it (a "BottommostFiles" compaction of the whole load).
    // The commit itself needs no snapshot.
    bool any_files = false;
    for (const auto& run : impl_->bulk_runs) {
      any_files = any_files || run->writer != nullptr || !run->files.empty();
    }
    if (any_files) {
      impl_->ReleaseStatementSnapshot();
      impl_->Txn()->ClearSnapshot();
      impl_->read_options.snapshot = nullptr;
    }
    Status ingested = impl_->IngestRuns(&bulk_marker, &bulk_ranges);
    if (!ingested.ok()) {
      Rollback();
      return ingested;
    }
  }
  const bool serializable_writer = has_writes && !impl_->serializable_locks.empty();
  if (serializable_writer) impl_->PublishSerializableWrites(/*committed=*/false);
  // Nothing to commit without a RocksDB transaction (a READ COMMITTED
  // transaction that only read).
  rocksdb::Status s = impl_->txn != nullptr ? impl_->txn->Commit() : rocksdb::Status::OK();
  if (serializable_writer) impl_->PublishSerializableWrites(/*committed=*/true);
  if (!s.ok()) {
    Status mapped = impl_->db->CheckWrite(s);
    if (!bulk_marker.empty()) UndoIngestedRanges(*impl_->db, bulk_marker, bulk_ranges).IgnoreError();
    Rollback();
    return mapped;
  }
  impl_->open = false;
  impl_->ReleaseStatementSnapshot();
  if (has_writes) impl_->db->commits.fetch_add(1, std::memory_order_relaxed);
  auto callbacks = std::move(impl_->on_commit);
  impl_->on_commit.clear();
  for (auto& callback : callbacks) callback();
  return Status::Ok();
}

void Transaction::set_synchronous_commit(bool synchronous_commit) {
  if (impl_->options.synchronous_commit == synchronous_commit || !impl_->open) return;
  impl_->options.synchronous_commit = synchronous_commit;
  impl_->write_options.sync = synchronous_commit;
  if (impl_->txn != nullptr) impl_->txn->SetWriteOptions(impl_->write_options);
}

void Transaction::Rollback() {
  if (!impl_->open) return;
  if (impl_->txn != nullptr) impl_->txn->Rollback().PermitUncheckedError();
  impl_->DiscardAllRuns();
  impl_->open = false;
  impl_->on_commit.clear();
  impl_->ReleaseStatementSnapshot();
}

// ---------------------------------------------------------------------------
// Transaction::Impl helpers

rocksdb::Transaction* Transaction::Impl::Txn() {
  if (txn == nullptr) {
    // Taken only with a RocksDB transaction: copying the shared_ptr is an
    // atomic update of a counter every session shares.
    spares = db->spares;
    txn = db->db->BeginTransaction(write_options, txn_options, spares->Take());
  }
  return txn;
}

rocksdb::Status Transaction::Impl::ReadPoint(rocksdb::ColumnFamilyHandle* cf, std::string_view key,
                                             std::string* value_out) {
  rocksdb::Slice slice(key.data(), key.size());
  if (txn == nullptr) return db->db->Get(read_options, cf, slice, value_out);
  return txn->Get(read_options, cf, slice, value_out);
}

int64_t Transaction::Impl::LockSliceMs() const {
  if (options.lock_timeout_ms > 0 && options.lock_timeout_ms < kLockWaitSliceMs) return options.lock_timeout_ms;
  return kLockWaitSliceMs;
}

void Transaction::Impl::BeginStatement() {
  if (options.isolation != IsolationLevel::kReadCommitted) {
    read_options.snapshot = txn->GetSnapshot();
    return;
  }
  ReleaseStatementSnapshot();
  statement_snapshot = db->StatementSnapshot();
  read_options.snapshot = statement_snapshot->snapshot;
}

void Transaction::Impl::ReleaseStatementSnapshot() {
  if (statement_snapshot != nullptr) {
    statement_snapshot.reset();
    read_options.snapshot = nullptr;
  }
}

// A snapshot whose sequence number is the latest one sees every commit
// acknowledged before this call, which is all a statement must see; the
// sequence number is read before the lock, so a snapshot taken by another
// statement after that read serves as well.
std::shared_ptr<const Database::Impl::SharedSnapshot> Database::Impl::StatementSnapshot() {
  const rocksdb::SequenceNumber latest = db->GetLatestSequenceNumber();
  std::shared_ptr<const SharedSnapshot> replaced;  // released outside the lock
  std::lock_guard<std::mutex> lock(snapshot_mutex);
  if (latest_snapshot == nullptr || latest_snapshot->snapshot->GetSequenceNumber() < latest) {
    replaced = std::move(latest_snapshot);
    latest_snapshot.reset(new SharedSnapshot{db, db->GetSnapshot()});
  }
  return latest_snapshot;
}

Status Transaction::Impl::CheckOpen() const {
  if (!open) return Status::Error(sqlstate::kNoActiveSqlTransaction, "there is no transaction in progress");
  return Status::Ok();
}

Status Transaction::Impl::CheckWritable() const {
  RETURN_IF_ERROR(CheckOpen());
  if (options.read_only) {
    return Status::Error(sqlstate::kReadOnlySqlTransaction, "cannot execute write in a read-only transaction");
  }
  return db->FailStopStatus();
}

Status Transaction::Impl::MapLockResult(const rocksdb::Status& s, std::string_view relation) {
  if (s.ok() || s.IsNotFound()) return Status::Ok();
  if (s.IsIOError() || s.IsCorruption()) return db->CheckWrite(s);
  return FromRocks(s, relation);
}

Result<bool> Transaction::Impl::LockedGet(rocksdb::ColumnFamilyHandle* cf, std::string_view key, std::string* value,
                                          bool exclusive, std::string_view relation) {
  bool found = false;
  rocksdb::ReadOptions ro = read_options;
  if (options.isolation == IsolationLevel::kReadCommitted) ro.snapshot = nullptr;  // latest committed
  Status status = RetryLockWait(
      [&] {
        rocksdb::Status s = Txn()->GetForUpdate(ro, cf, rocksdb::Slice(key.data(), key.size()), value, exclusive);
        found = s.ok();
        return s;
      },
      relation);
  RETURN_IF_ERROR(status);
  return found;
}

Status Transaction::Impl::LockedPut(rocksdb::ColumnFamilyHandle* cf, std::string_view key, std::string_view value,
                                    std::string_view relation) {
  return RetryLockWait(
      [&] {
        return Txn()->Put(cf, rocksdb::Slice(key.data(), key.size()), rocksdb::Slice(value.data(), value.size()));
      },
      relation);
}

Status Transaction::Impl::LockedDelete(rocksdb::ColumnFamilyHandle* cf, std::string_view key,
                                       std::string_view relation) {
  return RetryLockWait([&] { return Txn()->Delete(cf, rocksdb::Slice(key.data(), key.size())); }, relation);
}

Status Transaction::LockTable(uint32_t table_id, bool exclusive, bool nowait) {
  RETURN_IF_ERROR(impl_->CheckOpen());
  return impl_->LockTableKey('L', table_id, exclusive, impl_->table_locks, nowait);
}

Status Transaction::Impl::LockTableKey(char tag, uint32_t table_id, bool exclusive, std::vector<TableLock>& held,
                                       bool nowait) {
  for (auto& lock : held) {
    if (lock.table_id == table_id) {
      if (lock.exclusive || !exclusive) return Status::Ok();
      break;
    }
  }
  std::string key(1, tag);
  common::AppendKeyId(&key, table_id);
  rocksdb::ReadOptions ro;  // no snapshot validation for lock-only keys
  auto attempt = [&] {
    return Txn()->GetForUpdate(ro, db->handle(ColumnFamily::kMeta), key, static_cast<std::string*>(nullptr), exclusive,
                               /*do_validate=*/false);
  };
  if (nowait) {
    Txn()->SetLockTimeout(0);
    rocksdb::Status s = attempt();
    Txn()->SetLockTimeout(LockSliceMs());
    if (s.IsTimedOut()) return Status::Error(sqlstate::kLockNotAvailable, "could not obtain lock on relation");
    RETURN_IF_ERROR(MapLockResult(s, ""));
  } else {
    RETURN_IF_ERROR(RetryLockWait(attempt, ""));
  }
  for (auto& lock : held) {
    if (lock.table_id == table_id) {
      lock.exclusive = lock.exclusive || exclusive;
      return Status::Ok();
    }
  }
  held.push_back({table_id, exclusive});
  return Status::Ok();
}

namespace {
Status SerializationFailure() {
  return Status::Error(sqlstate::kSerializationFailure,
                       "could not serialize access due to read/write dependencies among transactions");
}
}  // namespace

Status Transaction::Impl::LockSerializable(uint32_t table_id, bool exclusive) {
  if (options.isolation != IsolationLevel::kSerializable) return Status::Ok();
  const bool first_lock = serializable_locks.empty();
  for (auto it = serializable_locks.begin(); it != serializable_locks.end(); ++it) {
    if (it->table_id != table_id) continue;
    if (it->exclusive || !exclusive) return Status::Ok();
    // Upgrade shared -> exclusive. RocksDB reports a deadlock at once when a
    // transaction upgrades a lock other transactions share (it waits for
    // itself), so release the shared lock and take the exclusive one as a
    // new lock: the check below then catches a writer that got in between.
    std::string key(1, 'S');
    common::AppendKeyId(&key, table_id);
    Txn()->UndoGetForUpdate(db->handle(ColumnFamily::kMeta), key);
    serializable_locks.erase(it);
    break;
  }
  Status status = LockTableKey('S', table_id, exclusive, serializable_locks);
  if (status.Is(sqlstate::kDeadlockDetected)) return SerializationFailure();
  RETURN_IF_ERROR(status);
  if (first_lock) {
    // Nothing has been read from a table yet: move the snapshot to now, so
    // every commit that precedes this lock is in it (no false 40001 for
    // transactions that touch one table).
    Txn()->SetSnapshot();
    read_options.snapshot = Txn()->GetSnapshot();
    return Status::Ok();
  }
  // The transaction reads its snapshot; in the serial order (the order of
  // these table locks) every SERIALIZABLE writer of this table that released
  // its lock before we got ours comes first, so its commit must be in the
  // snapshot. If it may not be, no serial order explains what we would read.
  const uint64_t snapshot_seq = Txn()->GetSnapshot()->GetSequenceNumber();
  std::lock_guard<std::mutex> guard(db->serializable_mutex);
  auto it = db->serializable_commit_seq.find(table_id);
  if (it != db->serializable_commit_seq.end() && it->second > snapshot_seq) return SerializationFailure();
  return Status::Ok();
}

void Transaction::Impl::PublishSerializableWrites(bool committed) {
  std::lock_guard<std::mutex> guard(db->serializable_mutex);
  // Before the commit: "in progress" (as late as possible: any reader that
  // gets the lock meanwhile must assume the commit is newer than its
  // snapshot). After it: an upper bound of the commit's sequence number.
  const uint64_t seq = committed ? db->db->GetLatestSequenceNumber() : UINT64_MAX;
  for (const TableLock& lock : serializable_locks) {
    if (lock.exclusive) db->serializable_commit_seq[lock.table_id] = seq;
  }
}

// ---------------------------------------------------------------------------
// Raw access

Result<bool> Transaction::GetRaw(ColumnFamily cf, std::string_view key, std::string* value_out) {
  RETURN_IF_ERROR(impl_->CheckOpen());
  rocksdb::Status s = impl_->ReadPoint(impl_->db->handle(cf), key, value_out);
  if (s.IsNotFound()) return false;
  RETURN_IF_ERROR(FromRocks(s, ""));
  return true;
}

Result<bool> Transaction::GetRawForUpdate(ColumnFamily cf, std::string_view key, std::string* value_out) {
  RETURN_IF_ERROR(impl_->CheckWritable());
  return impl_->LockedGet(impl_->db->handle(cf), key, value_out, true, "");
}

Status Transaction::PutRaw(ColumnFamily cf, std::string_view key, std::string_view value) {
  RETURN_IF_ERROR(impl_->CheckWritable());
  if (cf == ColumnFamily::kCatalog) impl_->catalog_changed = true;
  return impl_->LockedPut(impl_->db->handle(cf), key, value, "");
}

Status Transaction::DeleteRaw(ColumnFamily cf, std::string_view key) {
  RETURN_IF_ERROR(impl_->CheckWritable());
  if (cf == ColumnFamily::kCatalog) impl_->catalog_changed = true;
  return impl_->LockedDelete(impl_->db->handle(cf), key, "");
}

namespace {

class RawIteratorImpl final : public RawIterator {
 public:
  RawIteratorImpl(rocksdb::Transaction* txn, rocksdb::ReadOptions read_options, rocksdb::ColumnFamilyHandle* cf,
                  std::string_view prefix)
      : prefix_(prefix), upper_(common::KeyPrefixSuccessor(prefix)) {
    upper_slice_ = rocksdb::Slice(upper_);
    if (!upper_.empty()) read_options.iterate_upper_bound = &upper_slice_;
    read_options.total_order_seek = true;
    iter_.reset(txn->GetIterator(read_options, cf));
    iter_->Seek(prefix_);
  }
  bool Valid() const override { return iter_->Valid() && iter_->key().starts_with(prefix_); }
  void Next() override { iter_->Next(); }
  std::string_view key() const override { return std::string_view(iter_->key().data(), iter_->key().size()); }
  std::string_view value() const override { return std::string_view(iter_->value().data(), iter_->value().size()); }
  Status status() const override { return FromRocks(iter_->status(), ""); }

 private:
  std::string prefix_;
  std::string upper_;
  rocksdb::Slice upper_slice_;
  std::unique_ptr<rocksdb::Iterator> iter_;
};

}  // namespace

std::unique_ptr<RawIterator> Transaction::ScanRaw(ColumnFamily cf, std::string_view prefix) {
  return std::make_unique<RawIteratorImpl>(impl_->Txn(), impl_->read_options, impl_->db->handle(cf), prefix);
}

}  // namespace augur::storage
