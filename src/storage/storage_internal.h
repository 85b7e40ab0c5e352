// Private to storage/: the Impl structs behind Database and Transaction,
// shared by storage.cc (lifecycle, locking, raw access) and table_access.cc
// (row and index maintenance). Nothing outside storage/ includes this.
#pragma once

#include <rocksdb/db.h>
#include <rocksdb/statistics.h>
#include <rocksdb/utilities/transaction.h>
#include <rocksdb/utilities/transaction_db.h>

#include <atomic>
#include <chrono>
#include <functional>
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
  rocksdb::ColumnFamilyHandle* default_handle = nullptr;
  rocksdb::ColumnFamilyHandle* handles[4] = {};
  std::shared_ptr<rocksdb::Cache> cache;
  std::shared_ptr<rocksdb::Statistics> statistics;
  std::atomic<uint64_t> commits{0};

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

  rocksdb::ColumnFamilyHandle* handle(ColumnFamily cf) const { return handles[static_cast<int>(cf)]; }
  Status FailStopStatus() const;
  // Maps a write's status; an I/O failure switches the database to fail-stop.
  Status CheckWrite(const rocksdb::Status& status);
  int64_t AllocateRowId(uint32_t table_id);
};

struct Transaction::Impl {
  Database::Impl* db = nullptr;
  rocksdb::Transaction* txn = nullptr;
  TransactionOptions options;
  rocksdb::ReadOptions read_options;  // snapshot = statement (RC) or transaction (RR) snapshot
  const rocksdb::Snapshot* statement_snapshot = nullptr;  // owned, RC only
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
  Status LockTableKey(char tag, uint32_t table_id, bool exclusive, std::vector<TableLock>& held);
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

}  // namespace augur::storage
