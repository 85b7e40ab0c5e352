// storage/: augurdb's row store — the source of truth — on a RocksDB
// TransactionDB (pessimistic locking). This facade is the whole public API:
//
//   Database     one open RocksDB directory: column families `catalog`, `rows`,
//                `index`, `meta`; options, fail-stop state, counters.
//   Transaction  one SQL transaction: isolation, per-statement snapshots (READ
//                COMMITTED), savepoints, commit durability, and the table
//                access methods the engine calls (Insert/Update/Delete/Get/
//                GetForUpdate/Scan/IndexScan/Truncate).
//   TableDescriptor / IndexDescriptor
//                what storage needs to know about a table; built by catalog/.
//   RowView / RowWriter (row_codec.h)  the row value format.
//
// Keys (docs/storage-format.md):
//   rows:  table_id (4 bytes BE) ‖ memcomparable(pk columns)   (or hidden int64 row id)
//   index: index_id (4 bytes BE) ‖ memcomparable(index columns) ‖ memcomparable(pk)
//          A unique index entry whose columns are all non-NULL omits the pk from
//          the key and stores it in the value, so that two transactions inserting
//          the same value contend on one RocksDB key (a point lock) — that is how
//          uniqueness holds under concurrency.
//
// Isolation (PostgreSQL semantics, see docs/storage-format.md "Transactions"):
//   READ COMMITTED   each BeginStatement() takes a fresh read snapshot. Writes
//                    lock the key and see the latest committed version
//                    (GetForUpdate), never raising a serialization failure.
//   REPEATABLE READ  one snapshot taken at Begin. A write (or GetForUpdate) of
//                    a key committed by someone else after that snapshot fails
//                    with 40001 "could not serialize access due to concurrent update".
//   SERIALIZABLE     currently runs as REPEATABLE READ (no write-skew protection).
// Error mapping from RocksDB: Busy -> 40001, TimedOut -> 55P03, deadlock -> 40P01,
// IO error on commit -> 58030 and the Database enters fail-stop (all later
// writes fail with 58030 until restart).
//
// Ownership: the caller owns Database (unique_ptr) and each Transaction;
// every Transaction and iterator must be destroyed before its Database.
// Iterators must be destroyed before their Transaction.
// Thread-safety: Database is thread-safe. A Transaction and its iterators are
// used by one thread at a time (one session).
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "storage/row_codec.h"
#include "types/type.h"

namespace rocksdb {
class Env;
}

namespace augur::storage {

// ---------------------------------------------------------------------------
// Schema as storage sees it. catalog/ builds these; immutable once shared.

struct ColumnDescriptor {
  std::string name;
  types::SqlType type;
  PhysicalKind kind = PhysicalKind::kNone;  // types::PhysicalKindOf(type.oid)
};

struct IndexDescriptor {
  uint32_t index_id = 0;           // key prefix in the `index` column family
  std::string name;                // constraint/index name for error messages
  std::vector<int> columns;        // 0-based positions in TableDescriptor::columns
  bool unique = false;
};

struct TableDescriptor {
  uint32_t table_id = 0;           // key prefix in the `rows` column family
  // Key of the table lock (LockTable): the table's oid, which stays when a
  // rewrite (ALTER TABLE) moves the rows to a new table_id. 0 = table_id.
  uint32_t lock_id = 0;
  uint32_t schema_version = 1;     // stored in every row written with this schema
  std::string name;
  std::vector<ColumnDescriptor> columns;
  // 0-based column positions of the primary key; empty = hidden int64 row id.
  std::vector<int> primary_key;
  std::string primary_key_name;    // "<table>_pkey"
  std::vector<IndexDescriptor> indexes;  // secondary indexes only
  std::vector<PhysicalKind> layout;      // one per column; filled by Finalize()

  // Fills `layout` (and every column's kind) from the column types.
  void Finalize();
  bool has_hidden_row_id() const { return primary_key.empty(); }
  uint32_t lock_key() const { return lock_id != 0 ? lock_id : table_id; }
};

// ---------------------------------------------------------------------------

enum class IsolationLevel : uint8_t { kReadCommitted, kRepeatableRead, kSerializable };

struct TransactionOptions {
  IsolationLevel isolation = IsolationLevel::kReadCommitted;
  bool read_only = false;
  // false = PostgreSQL's synchronous_commit=off: COMMIT returns before the WAL
  // is synced (a crash may lose the last commits, never corrupt).
  bool synchronous_commit = true;
  // Lock wait limit: -1 = the database default, 0 = wait forever (PostgreSQL's
  // lock_timeout = 0), > 0 = milliseconds, then 55P03.
  int64_t lock_timeout_ms = -1;
  // Polled while waiting for a row lock; when it becomes true the wait ends
  // with 57014 "canceling statement due to user request". May be null.
  const std::atomic<bool>* cancel_requested = nullptr;
  // READ COMMITTED: take the first statement's snapshot in Begin(). A caller
  // that calls BeginStatement() right after Begin() sets this to false and
  // saves a snapshot acquire/release (each locks RocksDB's DB mutex).
  bool snapshot_at_begin = true;
};

struct DatabaseOptions {
  bool create_if_missing = true;
  uint64_t block_cache_size_bytes = 256ull << 20;
  uint64_t write_buffer_size_bytes = 64ull << 20;
  int max_background_jobs = 2;
  // Default lock wait for transactions (see TransactionOptions::lock_timeout_ms).
  // 0 = wait forever like PostgreSQL; deadlocks are still detected (40P01) and
  // waits remain cancellable.
  int64_t lock_timeout_ms = 0;
  // Test hook: a RocksDB Env to run on (fault injection). Not owned.
  rocksdb::Env* env = nullptr;
  // WAL files are written into zeros written this far ahead of the data, so
  // a commit's WAL sync overwrites instead of growing the file (no journal
  // commit per fdatasync; docs/storage-format.md "WAL files"). 0 = plain
  // appends into fallocated space, as RocksDB does by itself.
  uint64_t wal_zero_fill_bytes = 1ull << 20;
  // Largest write batch (encoded rows and index entries not yet committed)
  // one transaction may hold; past it a write fails with 54000 "transaction
  // is too large" instead of the server running out of memory (the batch,
  // its index and the key locks take ~9x these bytes). 0 = no limit. Rows
  // that take the bulk SST path below do not count.
  uint64_t max_transaction_bytes = 0;
  // Bulk loading (docs/storage-format.md "Bulk loading"): after this many
  // inserts into a table the transaction holds exclusively, rows whose keys
  // ascend above everything the table holds are written to sorted SST files
  // (at most `bulk_sst_file_bytes` each) and ingested at Commit instead of
  // going through the write batch. 0 disables the SST path.
  int64_t bulk_sst_threshold_rows = 8192;
  uint64_t bulk_sst_file_bytes = 256ull << 20;
  // Test hook: runs in Commit() after the SST files were ingested and before
  // the transaction's write batch is committed (crash tests kill there).
  std::function<void()> after_bulk_ingest_for_test = nullptr;
  // RocksDB's tickers, for GetStats()'s WAL fields (tests). Off by default:
  // counting costs ~7 % of a cached point read's instructions (a per-core
  // slot lookup with sched_getcpu per ticker; callgrind 2026-11-29).
  bool collect_statistics = false;
};

// Column families usable through the raw (catalog/bookkeeping) API.
enum class ColumnFamily : uint8_t { kCatalog, kRows, kIndex, kMeta };

// Bound on an encoded key prefix *without* the 4-byte table/index id, built
// with common::AppendKey* / storage::AppendKeyValue. Prefix semantics:
//   lower inclusive  keys >= prefix          lower exclusive  keys not starting with prefix and > prefix
//   upper inclusive  keys <= every extension of prefix   upper exclusive  keys < prefix
// so "a = 1 AND b > 5" on pk (a, b) is lower {enc(1)enc(5), exclusive},
// upper {enc(1), inclusive}.
struct KeyBound {
  bool unbounded = true;
  bool inclusive = true;
  std::string prefix;
  static KeyBound Inclusive(std::string prefix) { return KeyBound{false, true, std::move(prefix)}; }
  static KeyBound Exclusive(std::string prefix) { return KeyBound{false, false, std::move(prefix)}; }
  // NULL keys sort after every value (marker 0x02), so an index range such as
  // "col > 5" must stop before them: upper = KeyBound::BeforeNulls(), or for
  // a later column, the prefix of the earlier columns followed by the 0x02
  // marker, exclusive.
  static KeyBound BeforeNulls() { return KeyBound{false, false, std::string(1, '\x02')}; }
};
struct KeyRange {
  KeyBound lower;
  KeyBound upper;
  static KeyRange All() { return KeyRange{}; }
  static KeyRange Prefix(std::string prefix) {
    return KeyRange{KeyBound::Inclusive(prefix), KeyBound::Inclusive(prefix)};
  }
};

// Iterator over rows of one table, in primary key order, at the statement's
// (RC) or transaction's (RR) snapshot, including this transaction's own
// writes made before the iterator was created — not those made while it is
// open (PostgreSQL's statement-level visibility; an UPDATE that moves rows
// forward never meets them again). Usage:
//   for (; it->Valid(); it->Next()) { it->row().GetInt64(0) ... }
//   RETURN_IF_ERROR(it->status());
class RowIterator {
 public:
  virtual ~RowIterator() = default;
  virtual bool Valid() const = 0;
  virtual void Next() = 0;
  // Full row key (table id included): pass it to Get/Update/Delete.
  virtual std::string_view key() const = 0;
  virtual std::string_view value() const = 0;  // encoded row
  virtual const RowView& row() const = 0;      // parsed against the table layout
  virtual Status status() const = 0;
};

// Iterator over index entries in index key order, yielding the row keys.
class IndexIterator {
 public:
  virtual ~IndexIterator() = default;
  virtual bool Valid() const = 0;
  virtual void Next() = 0;
  virtual std::string_view index_key() const = 0;  // index id included
  virtual std::string_view row_key() const = 0;    // table id ‖ pk: pass to Get
  virtual Status status() const = 0;
};

// Raw key/value iterator over one column family (catalog/ and tools).
class RawIterator {
 public:
  virtual ~RawIterator() = default;
  virtual bool Valid() const = 0;
  virtual void Next() = 0;
  virtual std::string_view key() const = 0;
  virtual std::string_view value() const = 0;
  virtual Status status() const = 0;
};

class Database;

class Transaction {
 public:
  ~Transaction();  // rolls back if still open
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;

  const TransactionOptions& options() const;
  bool is_open() const;

  // READ COMMITTED: takes a new read snapshot for the next statement.
  // REPEATABLE READ / SERIALIZABLE: no-op. Call before every statement.
  void BeginStatement();

  // Savepoints form a stack. RollbackToSavepoint undoes every write since the
  // most recent savepoint and removes it (re-set it to keep it, as
  // PostgreSQL's ROLLBACK TO keeps the savepoint); ReleaseSavepoint removes it
  // and keeps the writes. Both fail with 3B001 when the stack is empty.
  Status SetSavepoint();
  Status RollbackToSavepoint();
  Status ReleaseSavepoint();
  int savepoint_depth() const;

  // Commit: durable when it returns OK with synchronous_commit. On error the
  // transaction is rolled back and closed. Rollback never fails for a
  // caller-visible reason; it closes the transaction.
  Status Commit();
  void Rollback();
  // Changes whether Commit() waits for the WAL sync (synchronous_commit set
  // inside the transaction applies to its own COMMIT, as in PostgreSQL).
  void set_synchronous_commit(bool synchronous_commit);
  // Runs after a successful Commit, in registration order (catalog cache refresh).
  void OnCommit(std::function<void()> callback);

  // ---- Row access. `row` is an encoded row (RowWriter) of `table`'s current
  // layout; keys are full row keys as RowIterator::key() returns them.

  // 23505 duplicate key value violates unique constraint "t_pkey"
  //       DETAIL Key (id)=(1) already exists.   (primary key or unique index)
  // With a hidden row id a fresh id is allocated. `key_out` (may be null)
  // receives the new row's key.
  Status Insert(const TableDescriptor& table, std::string_view row, std::string* key_out = nullptr);
  Status InsertValues(const TableDescriptor& table, std::span<const types::Value> values,
                      std::string* key_out = nullptr);

  // Reads at the read snapshot (plus own writes). Returns false if absent.
  Result<bool> Get(const TableDescriptor& table, std::string_view key, std::string* row_out);
  // Locks the row and reads it. READ COMMITTED: the latest committed version
  // (PostgreSQL's UPDATE/DELETE/SELECT FOR UPDATE re-read). REPEATABLE READ:
  // 40001 if it was changed by another transaction after the snapshot.
  // Returns false if the row does not exist (e.g. deleted concurrently: skip it).
  Result<bool> GetForUpdate(const TableDescriptor& table, std::string_view key, std::string* row_out);

  // Replaces the row at `old_key` by `new_row` (whose primary key may differ:
  // then the old key is deleted and uniqueness of the new key checked).
  // `old_row` is the current version as GetForUpdate returned it (the row is
  // then already locked); the overload without it locks and reads it itself.
  // Returns false (and changes nothing) if the row does not exist.
  Result<bool> Update(const TableDescriptor& table, std::string_view old_key, std::string_view new_row);
  Status Update(const TableDescriptor& table, std::string_view old_key, std::string_view old_row,
                std::string_view new_row);
  // Deletes the row at `key`; returns false if it did not exist.
  Result<bool> Delete(const TableDescriptor& table, std::string_view key);
  Status Delete(const TableDescriptor& table, std::string_view key, std::string_view old_row);
  // Deletes every row and index entry of `table` inside this transaction
  // (rolled back with it). Cost is proportional to the table size; the caller
  // should hold the table lock exclusively (LockTable).
  Status Truncate(const TableDescriptor& table);

  // Fills a new secondary index from the table's rows (CREATE INDEX) inside
  // this transaction, taking the table lock exclusively. A unique index over
  // duplicate non-NULL values fails with 23505
  //   could not create unique index "i"   DETAIL Key (a)=(1) is duplicated.
  Status BuildIndex(const TableDescriptor& table, const IndexDescriptor& index);

  // Rows in pk order within `range` (bounds on the pk prefix).
  // ReadView::kLatest reads the latest committed state (plus own writes)
  // instead of the read snapshot: foreign-key actions use it to find
  // referencing rows committed after the snapshot (docs/sql.md "Foreign keys").
  enum class ReadView : uint8_t { kSnapshot, kLatest };
  std::unique_ptr<RowIterator> Scan(const TableDescriptor& table, const KeyRange& range = KeyRange::All(),
                                    ReadView view = ReadView::kSnapshot);
  // Entries of a secondary index within `range` (bounds on the index columns prefix).
  std::unique_ptr<IndexIterator> IndexScan(const TableDescriptor& table, const IndexDescriptor& index,
                                           const KeyRange& range = KeyRange::All(),
                                           ReadView view = ReadView::kSnapshot);

  // PostgreSQL's `SELECT 1 FROM t WHERE key = $1 FOR KEY SHARE` of a foreign
  // key check: locks, in shared mode, the row key (`unique_index` null: the
  // primary key) or the unique index entry holding `values` (in the key's
  // column order, of the key columns' types) and reports whether a row has it
  // in the latest committed state or this transaction's writes. Shared locks
  // let concurrent referencing inserts proceed together; a DELETE or key
  // UPDATE of the referenced row (which locks the key exclusively) waits for
  // them, and they for it. REPEATABLE READ: a key deleted or changed after
  // the snapshot is 40001; one inserted after it is reported absent (not
  // visible to the snapshot), as PostgreSQL.
  Result<bool> LockKeyShared(const TableDescriptor& table, const IndexDescriptor* unique_index,
                             std::span<const types::Value> values);

  // INSERT ... ON CONFLICT: the row that `row` (encoded, of `table`) would
  // conflict with on an arbiter — the primary key when `primary_key`, each
  // unique index named in `unique_indexes` — in the latest committed state
  // or this transaction's writes. Every arbiter key is locked exclusively,
  // present or not, so a concurrent insert of the same value waits for this
  // transaction and this one for it. REPEATABLE READ: 40001 when the
  // conflicting row was committed after the snapshot (PostgreSQL's "could
  // not serialize access due to concurrent update"). Returns the row's key,
  // and its current version in `row_out`; nullopt without a conflict.
  Result<std::optional<std::string>> FindConflict(const TableDescriptor& table, std::string_view row, bool primary_key,
                                                  std::span<const std::string> unique_indexes, std::string* row_out);

  // SELECT ... FOR UPDATE / SHARE: locks the row at `key` (exclusively, or
  // shared for FOR SHARE) and reads its latest committed version into
  // `row_out` (REPEATABLE READ: 40001 when it changed after the snapshot).
  // kNoWait: 55P03 "could not obtain lock on row in relation ..." when
  // another transaction holds a conflicting lock; kSkip: kSkipped then.
  enum class LockWait : uint8_t { kBlock, kNoWait, kSkip };
  enum class RowLock : uint8_t { kLocked, kMissing, kSkipped };
  Result<RowLock> LockRow(const TableDescriptor& table, std::string_view key, bool exclusive, LockWait wait,
                          std::string* row_out);

  // Builds the full row key from primary key values (in pk column order).
  static void EncodeRowKey(const TableDescriptor& table, std::span<const types::Value> pk_values,
                           std::string* key_out);

  // Table-level lock, PostgreSQL-style: DML takes it shared automatically on
  // first write to a table in this transaction; DROP/TRUNCATE/ALTER take it
  // exclusive. Held until commit/rollback.
  // `nowait`: 55P03 at once instead of waiting (LOCK TABLE ... NOWAIT).
  Status LockTable(uint32_t table_id, bool exclusive, bool nowait = false);

  // ---- Raw access for catalog/ (same snapshot/locking rules as rows).
  Result<bool> GetRaw(ColumnFamily cf, std::string_view key, std::string* value_out);
  Result<bool> GetRawForUpdate(ColumnFamily cf, std::string_view key, std::string* value_out);
  Status PutRaw(ColumnFamily cf, std::string_view key, std::string_view value);
  Status DeleteRaw(ColumnFamily cf, std::string_view key);
  // Keys starting with `prefix`, in order.
  std::unique_ptr<RawIterator> ScanRaw(ColumnFamily cf, std::string_view prefix);
  // True once PutRaw/DeleteRaw touched the catalog column family.
  bool catalog_changed() const;

  struct Impl;

 private:
  friend class Database;
  explicit Transaction(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

class Database {
 public:
  // Opens (creating the directory and column families if absent) the database
  // at `path`. Errors: 58030 on I/O failure, XX001 on corruption, 55006 if
  // another process holds it open.
  static Result<std::unique_ptr<Database>> Open(const std::string& path,
                                                const DatabaseOptions& options = {});
  ~Database();  // Close()
  // Flushes nothing extra (the WAL is the durability), closes RocksDB. Every
  // Transaction must have been destroyed. Idempotent.
  Status Close();

  std::unique_ptr<Transaction> Begin(const TransactionOptions& options = {});

  // OK, or the error that put the database into fail-stop.
  Status fail_stop_status() const;

  // Non-transactional bookkeeping in the `meta` column family (oid counter).
  Result<bool> GetMeta(std::string_view key, std::string* value_out);
  Status PutMetaSync(std::string_view key, std::string_view value);
  // Unsynced variant: durable with the next synced write (the WAL is ordered),
  // e.g. sequence chunks that a committing transaction will sync anyway.
  Status PutMeta(std::string_view key, std::string_view value, bool sync);

  // Removes every key with the 4-byte prefix `id` from the rows (is_index =
  // false) or index column family without a transaction (RocksDB DeleteRange).
  // Only for ids no transaction can see any more (after DROP commits).
  Status DropKeyPrefix(uint32_t id, bool is_index);
  // Approximate bytes the keys with the 4-byte prefix `id` take in the rows
  // (is_index = false) or index column family: SST files (compressed, as on
  // disk) plus memtables. RocksDB's estimate; for pg_relation_size and friends.
  uint64_t ApproximateKeyPrefixBytes(uint32_t id, bool is_index) const;
  // CHECKPOINT: writes every memtable to SST files and waits for it, so
  // reads and restart no longer depend on the WAL for committed data.
  Status Checkpoint();

  struct Stats {
    uint64_t commits = 0;          // successful Commit() calls with writes
    // RocksDB tickers; 0 unless DatabaseOptions::collect_statistics.
    uint64_t wal_syncs = 0;       // WAL_FILE_SYNCED
    uint64_t wal_bytes = 0;       // WAL_FILE_BYTES
    uint64_t writes_grouped = 0;  // WRITE_DONE_BY_OTHER: writes committed by another leader
  };
  Stats GetStats() const;
  const std::string& path() const;

  struct Impl;

 private:
  explicit Database(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace augur::storage
