// Private to storage/: the Impl structs behind Database and Transaction,
// shared by storage.cc (lifecycle, locking, raw access) and table_access.cc
// (row and index maintenance). Nothing outside storage/ includes this.
#pragma once

#include <rocksdb/db.h>
#include <rocksdb/options.h>
#include <rocksdb/sst_file_reader.h>
#include <rocksdb/sst_file_writer.h>
#include <rocksdb/statistics.h>
#include <rocksdb/utilities/transaction.h>
#include <rocksdb/utilities/transaction_db.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "storage/storage.h"

namespace augur::storage {

// Lock waits are done in slices this long so cancellation and the
// transaction's own timeout are checked between them.
inline constexpr int64_t kLockWaitSliceMs = 100;

// Maps a RocksDB status to PostgreSQL's SQLSTATE; `relation` names the table
// for lock-timeout details (may be empty).
Status FromRocks(const rocksdb::Status& status, std::string_view relation);


struct Database::Impl {
  std::string path;
  DatabaseOptions options;
  rocksdb::TransactionDB* db = nullptr;
  std::unique_ptr<rocksdb::Env> env;  // the zero-filled WAL file system's; outlives db
  rocksdb::ColumnFamilyHandle* default_handle = nullptr;
  rocksdb::ColumnFamilyHandle* handles[4] = {};
  std::shared_ptr<rocksdb::Cache> cache;
  std::shared_ptr<rocksdb::Statistics> statistics;
  std::atomic<uint64_t> commits{0};

  // Ended rocksdb::Transaction objects kept for BeginTransaction to reuse
  // (it re-initializes one instead of allocating a transaction, its write
  // batch and index). Shared with every Transaction, so one that outlives
  // Close() finds the pool closed and deletes its object as before.
  struct SparePool {
    static constexpr size_t kCapacity = 64;
    std::mutex mutex;
    bool closed = false;
    std::vector<rocksdb::Transaction*> transactions;
    rocksdb::Transaction* Take();
    void Keep(rocksdb::Transaction* txn);
    void Close();  // deletes the kept objects; later Keep() calls delete theirs
  };
  std::shared_ptr<SparePool> spares = std::make_shared<SparePool>();

  // READ COMMITTED statement snapshots, shared by every statement that
  // begins while no write has committed since the snapshot was taken
  // (docs/storage-format.md "Transactions"): taking and releasing a RocksDB
  // snapshot locks the DB mutex twice per statement.
  struct SharedSnapshot {
    rocksdb::DB* db;
    const rocksdb::Snapshot* snapshot;
    ~SharedSnapshot() { db->ReleaseSnapshot(snapshot); }
  };
  std::mutex snapshot_mutex;
  std::shared_ptr<const SharedSnapshot> latest_snapshot;  // guarded by snapshot_mutex
  std::shared_ptr<const SharedSnapshot> StatementSnapshot();

  std::atomic<bool> failed{false};
  mutable std::mutex fail_mutex;
  Status fail_status;

  // SERIALIZABLE: per table, an upper bound of the sequence number of the
  // last commit of a SERIALIZABLE transaction that wrote it (UINT64_MAX while
  // one is committing). See Transaction::Impl::LockSerializable.
  std::mutex serializable_mutex;
  std::unordered_map<uint32_t, uint64_t> serializable_commit_seq;

  std::mutex row_id_mutex;
  std::unordered_map<uint32_t, int64_t> next_row_id;

  // Bulk loading into SST files (bulk_load.cc, docs/storage-format.md
  // "Bulk loading"): the rows column family's options for SstFileWriter, the
  // directory the files are written in before ingestion, and file/marker ids.
  rocksdb::Options rows_sst_options;
  std::string bulk_dir;
  std::atomic<uint64_t> bulk_sequence{0};
  uint64_t bulk_id_base = 0;  // random per Open: marker keys never repeat
  // Open(): removes files left by a crash and undoes the ingestion of every
  // bulk load whose commit marker is still present (it never committed).
  Status RecoverBulkLoads();

  rocksdb::ColumnFamilyHandle* handle(ColumnFamily cf) const { return handles[static_cast<int>(cf)]; }
  Status FailStopStatus() const;
  // Maps a write's status; an I/O failure switches the database to fail-stop.
  Status CheckWrite(const rocksdb::Status& status);
  int64_t AllocateRowId(uint32_t table_id);
};

// One table's bulk load into SST files within a transaction (bulk_load.cc).
// Rows of a table the transaction holds exclusively go to the write batch
// until `kCounting` has seen DatabaseOptions::bulk_sst_threshold_rows of
// them; then keys strictly above `last_key` (initially the largest key in the
// committed state and the write batch) stream into sorted SST files, ingested
// at Commit. A key at or below it (unsorted input, a duplicate) or any read
// of the table moves the files' rows into the write batch (Materialize) and
// ends the SST path for the table in this transaction (`kOff`).
struct BulkRun {
  enum class State : uint8_t { kCounting, kActive, kOff };
  struct File {
    std::string path;
    std::string first_key;
    std::string last_key;
  };
  uint32_t table_id = 0;
  State state = State::kCounting;
  int64_t counted_rows = 0;
  int savepoint_depth = 0;  // transaction's savepoint depth when kActive began
  std::string last_key;     // largest key written to the files
  std::vector<File> files;  // finished, synced files
  // Readers of `files` (same index), opened on first read in the transaction.
  std::vector<std::shared_ptr<rocksdb::SstFileReader>> readers;
  std::unique_ptr<rocksdb::SstFileWriter> writer;  // the file being written, or null
  File current;
  uint64_t rows = 0;
};

struct Transaction::Impl {
  Database::Impl* db = nullptr;
  // Begun on first use (Txn()): a READ COMMITTED transaction that only
  // reads never creates one (docs/storage-format.md "Transactions").
  rocksdb::Transaction* txn = nullptr;
  rocksdb::WriteOptions write_options;      // for the lazy begin
  rocksdb::TransactionOptions txn_options;  // for the lazy begin
  std::shared_ptr<Database::Impl::SparePool> spares;  // where txn goes when this ends (set with txn)
  TransactionOptions options;
  rocksdb::ReadOptions read_options;  // snapshot = statement (RC) or transaction (RR) snapshot
  std::shared_ptr<const Database::Impl::SharedSnapshot> statement_snapshot;  // RC only
  bool open = false;
  bool catalog_changed = false;
  int savepoint_depth = 0;
  std::vector<std::function<void()>> on_commit;
  struct TableLock {
    uint32_t table_id;
    bool exclusive;
  };
  std::vector<TableLock> table_locks;
  std::vector<TableLock> serializable_locks;  // SERIALIZABLE: read (shared) / write (exclusive) locks

  // Scratch buffers reused by row operations so loops do not allocate.
  RowView new_view;
  RowView old_view;
  std::string key;
  std::string existing;
  std::string old_row_copy;
  std::string old_key_copy;
  std::string index_key;
  std::string index_value;
  std::string old_index_key;
  std::string old_index_value;
  std::string row_buffer;
  std::vector<std::string> pending_index_keys;

  // The RocksDB transaction, begun now if it was not yet.
  rocksdb::Transaction* Txn();
  // Point read at read_options (plus own writes once there are any).
  rocksdb::Status ReadPoint(rocksdb::ColumnFamilyHandle* cf, std::string_view key, std::string* value_out);
  int64_t LockSliceMs() const;
  // Bulk inserts into a table held exclusively (table_access.cc): the
  // largest row key the table can hold right now (committed rows and this
  // transaction's own). A new key above it cannot exist, so ascending loads
  // skip the per-row existence check. Too high is harmless (more checks);
  // anything that could add a key above it without Insert (Update) clears it.
  struct AppendWatermark {
    uint32_t table_id = 0;  // 0 = unset
    std::string max_key;    // empty = the table has no rows
  };
  AppendWatermark watermark;

  // Bulk loads into SST files (bulk_load.cc), at most one per table id.
  std::vector<std::unique_ptr<BulkRun>> bulk_runs;
  BulkRun* FindBulkRun(uint32_t table_id) {
    for (auto& run : bulk_runs) {
      if (run->table_id == table_id) return run.get();
    }
    return nullptr;
  }
  // Whether the row with `key` goes into the table's SST files: the table is
  // held exclusively and the key is above everything it holds. May
  // materialize the table's files (a key out of order).
  Result<bool> BulkAccepts(const TableDescriptor& table, std::string_view key);
  Status BulkAppend(uint32_t table_id, std::string_view key, std::string_view row);
  // Before any read or non-insert write of `table_id`: its SST rows move into
  // the write batch (own writes must be visible, and the batch is what
  // reads, updates and savepoints see). Cheap when there is no run.
  Status Materialize(uint32_t table_id) {
    if (bulk_runs.empty()) return Status::Ok();
    BulkRun* run = FindBulkRun(table_id);
    if (run == nullptr || run->state != BulkRun::State::kActive) return Status::Ok();
    return MaterializeRun(*run);
  }
  Status MaterializeRun(BulkRun& run);
  // Finishes the file being written (if any) and moves it to `run.files`.
  Status FinishBulkFile(BulkRun& run);
  // Reads inside the transaction without materializing: the run's rows are
  // all above every other row of the table (committed or in the batch), so
  // a scan is the usual merge followed by these readers' rows, and a point
  // read checks the file whose range holds the key. The current file is
  // finished first (later appends go to new files, which a scan opened
  // before does not see: statement-level visibility).
  Status BulkReaders(uint32_t table_id, std::vector<std::shared_ptr<rocksdb::SstFileReader>>* readers);
  Result<bool> BulkGet(uint32_t table_id, std::string_view key, std::string* value);
  Status MaterializeAll();
  // ROLLBACK TO SAVEPOINT: drops runs that began after the savepoint.
  void DiscardRunsAbove(int depth);
  void DiscardAllRuns();
  // Commit(): finishes the files, writes the undo marker (synced), ingests
  // them and adds the marker's deletion to the write batch. `ranges_out`
  // gets the ingested key ranges (to undo when the commit then fails).
  Status IngestRuns(std::string* marker_key, std::vector<std::pair<std::string, std::string>>* ranges_out);

  bool HoldsTableExclusively(uint32_t table_id) const {
    for (const TableLock& held : table_locks) {
      if (held.table_id == table_id) return held.exclusive;
    }
    return false;
  }
  void BeginStatement();
  void ReleaseStatementSnapshot();
  Status CheckOpen() const;
  Status CheckWritable() const;
  // A lock on key `tag` ‖ table id in the meta column family, held until the
  // transaction ends; `held` remembers what this transaction already has.
  Status LockTableKey(char tag, uint32_t table_id, bool exclusive, std::vector<TableLock>& held, bool nowait = false);
  // SERIALIZABLE only (a no-op otherwise): strict two-phase locking per table
  // among SERIALIZABLE transactions; a deadlock among them is 40001.
  // A table's first lock fails with 40001 when a SERIALIZABLE writer of the
  // table may have committed after this transaction's snapshot.
  Status LockSerializable(uint32_t table_id, bool exclusive);
  // Records this transaction's SERIALIZABLE writes around its commit.
  void PublishSerializableWrites(bool committed);
  // Runs `attempt` (a locking RocksDB call) until it stops timing out within
  // a slice, honouring cancellation and the lock timeout. A template so the
  // per-row path does not allocate a std::function.
  template <typename Attempt>
  Status RetryLockWait(const Attempt& attempt, std::string_view relation) {
    rocksdb::Status s = attempt();
    if (!s.IsTimedOut()) return MapLockResult(s, relation);
    const auto start = std::chrono::steady_clock::now();
    for (;;) {
      if (options.cancel_requested != nullptr && options.cancel_requested->load(std::memory_order_relaxed)) {
        return Status::Error(sqlstate::kQueryCanceled, "canceling statement due to user request");
      }
      if (options.lock_timeout_ms > 0) {
        auto waited = std::chrono::steady_clock::now() - start + std::chrono::milliseconds(LockSliceMs());
        if (waited >= std::chrono::milliseconds(options.lock_timeout_ms)) return FromRocks(s, relation);
      }
      s = attempt();
      if (!s.IsTimedOut()) return MapLockResult(s, relation);
    }
  }
  // OK/NotFound -> OK; I/O errors switch the database to fail-stop.
  Status MapLockResult(const rocksdb::Status& s, std::string_view relation);
  // GetForUpdate: RC reads the latest committed version, RR validates against
  // the snapshot. Returns whether the key exists.
  Result<bool> LockedGet(rocksdb::ColumnFamilyHandle* cf, std::string_view key, std::string* value, bool exclusive,
                         std::string_view relation);
  Status LockedPut(rocksdb::ColumnFamilyHandle* cf, std::string_view key, std::string_view value,
                   std::string_view relation);
  Status LockedDelete(rocksdb::ColumnFamilyHandle* cf, std::string_view key, std::string_view relation);
};

// Rows of bulk-load files within [lower, upper), in key order (the files
// are ascending and disjoint). Holds the readers open.
class BulkRowsIterator {
 public:
  BulkRowsIterator(std::vector<std::shared_ptr<rocksdb::SstFileReader>> readers, std::string lower,
                   std::string upper);
  bool Valid() const { return iter_ != nullptr && iter_->Valid(); }
  void Next();
  std::string_view key() const { return std::string_view(iter_->key().data(), iter_->key().size()); }
  std::string_view value() const { return std::string_view(iter_->value().data(), iter_->value().size()); }
  rocksdb::Status status() const { return status_; }

 private:
  void Settle();  // moves to the next file while the current one is exhausted
  std::vector<std::shared_ptr<rocksdb::SstFileReader>> readers_;
  std::string lower_;
  std::string upper_;
  size_t next_reader_ = 0;
  std::unique_ptr<rocksdb::Iterator> iter_;
  rocksdb::Status status_;
};

// Removes the ranges of an ingested bulk load whose commit failed, and its
// marker (bulk_load.cc).
Status UndoIngestedRanges(Database::Impl& db, const std::string& marker_key,
                          const std::vector<std::pair<std::string, std::string>>& ranges);

}  // namespace augur::storage
