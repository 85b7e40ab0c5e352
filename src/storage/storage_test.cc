// Storage tests: rows and indexes through the transaction API, isolation
// levels, lock errors, savepoints, durability across reopen, group commit,
// fail-stop on WAL failure.
#include "storage/storage.h"

#include <gtest/gtest.h>
#include <rocksdb/env.h>
#include <rocksdb/file_system.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include "common/key_codec.h"
#include "storage/wal_file.h"

namespace augur::storage {
namespace {

using types::Value;

class StorageTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char pattern[] = "/tmp/augur-storage-test-XXXXXX";
    ASSERT_NE(mkdtemp(pattern), nullptr);
    dir_ = std::string(pattern) + "/db";  // Open must create it
    Reopen();
    table_ = MakeTable();
  }
  void TearDown() override {
    db_.reset();
    std::filesystem::remove_all(std::filesystem::path(dir_).parent_path());
  }
  void Reopen(DatabaseOptions options = {}) {
    db_.reset();
    options.collect_statistics = true;  // GetStats' WAL sync counts
    auto db = Database::Open(dir_, options);
    ASSERT_TRUE(db.ok()) << db.status().ToString();
    db_ = std::move(db).value();
  }

  // t(id int4 primary key, v text, u int4 unique, k int4) with index t_k_idx(k).
  static TableDescriptor MakeTable() {
    TableDescriptor t;
    t.table_id = 16384;
    t.name = "t";
    t.columns = {{"id", types::SqlType::Of(types::kInt4Oid)},
                 {"v", types::SqlType::Of(types::kTextOid)},
                 {"u", types::SqlType::Of(types::kInt4Oid)},
                 {"k", types::SqlType::Of(types::kInt4Oid)}};
    t.primary_key = {0};
    t.primary_key_name = "t_pkey";
    t.indexes = {{16385, "t_u_key", {2}, true}, {16386, "t_k_idx", {3}, false}};
    t.Finalize();
    return t;
  }

  static std::vector<Value> Row(int id, std::string v, std::optional<int> u, int k) {
    return {Value::Int4(id), Value::Text(std::move(v)),
            u ? Value::Int4(*u) : Value::Null(types::SqlType::Of(types::kInt4Oid)), Value::Int4(k)};
  }
  std::string Key(int id) const {
    std::string key;
    std::vector<Value> pk = {Value::Int4(id)};
    Transaction::EncodeRowKey(table_, pk, &key);
    return key;
  }
  static std::string KeyPrefix(int id) {
    std::string prefix;
    common::AppendKeyInt32(&prefix, id);
    return prefix;
  }
  std::vector<int> ScanIds(Transaction& txn, const KeyRange& range = KeyRange::All()) {
    std::vector<int> ids;
    auto it = txn.Scan(table_, range);
    for (; it->Valid(); it->Next()) ids.push_back(it->row().GetInt32(0));
    EXPECT_TRUE(it->status().ok()) << it->status().ToString();
    return ids;
  }
  void InsertCommitted(int id, std::optional<int> u = std::nullopt, int k = 0) {
    auto txn = db_->Begin();
    ASSERT_TRUE(txn->InsertValues(table_, Row(id, "v" + std::to_string(id), u, k)).ok());
    ASSERT_TRUE(txn->Commit().ok());
  }
  std::string EncodeRowValues(const std::vector<Value>& values) {
    std::string row;
    EncodeRow(table_.schema_version, table_.layout, values, &row);
    return row;
  }

  std::string dir_;
  std::unique_ptr<Database> db_;
  TableDescriptor table_;
};

TEST_F(StorageTest, InsertGetScanAndDuplicatePrimaryKey) {
  auto txn = db_->Begin();
  ASSERT_TRUE(txn->InsertValues(table_, Row(2, "two", 20, 1)).ok());
  ASSERT_TRUE(txn->InsertValues(table_, Row(1, "one", 10, 1)).ok());
  Status dup = txn->InsertValues(table_, Row(1, "again", 11, 1));
  EXPECT_EQ(dup.sqlstate(), sqlstate::kUniqueViolation);
  EXPECT_EQ(dup.message(), "duplicate key value violates unique constraint \"t_pkey\"");
  EXPECT_EQ(dup.detail(), "Key (id)=(1) already exists.");
  std::string row;
  ASSERT_TRUE(*txn->Get(table_, Key(1), &row));  // read your own writes
  RowView view;
  ASSERT_TRUE(view.Reset(row, table_.layout).ok());
  EXPECT_EQ(view.GetBytes(1), "one");
  EXPECT_EQ(ScanIds(*txn), (std::vector<int>{1, 2}));
  EXPECT_FALSE(*txn->Get(table_, Key(3), &row));
  ASSERT_TRUE(txn->Commit().ok());
}

TEST_F(StorageTest, UniqueIndexRejectsDuplicatesButNotNulls) {
  InsertCommitted(1, 10);
  auto txn = db_->Begin();
  Status dup = txn->InsertValues(table_, Row(2, "x", 10, 0));
  EXPECT_EQ(dup.sqlstate(), sqlstate::kUniqueViolation);
  EXPECT_EQ(dup.message(), "duplicate key value violates unique constraint \"t_u_key\"");
  EXPECT_EQ(dup.detail(), "Key (u)=(10) already exists.");
  // A failed insert wrote nothing: the pk 2 is still free.
  std::string row;
  EXPECT_FALSE(*txn->Get(table_, Key(2), &row));
  // NULLs never conflict.
  ASSERT_TRUE(txn->InsertValues(table_, Row(3, "n1", std::nullopt, 0)).ok());
  ASSERT_TRUE(txn->InsertValues(table_, Row(4, "n2", std::nullopt, 0)).ok());
  ASSERT_TRUE(txn->Commit().ok());
  // Deleting the owner frees the value.
  auto txn2 = db_->Begin();
  ASSERT_TRUE(*txn2->Delete(table_, Key(1)));
  ASSERT_TRUE(txn2->InsertValues(table_, Row(5, "x", 10, 0)).ok());
  ASSERT_TRUE(txn2->Commit().ok());
}

TEST_F(StorageTest, UpdateMaintainsIndexesAndPrimaryKeyChanges) {
  InsertCommitted(1, 10, 7);
  InsertCommitted(2, 20, 7);
  auto txn = db_->Begin();
  // Change pk 1 -> 5 and u 10 -> 11, k 7 -> 8.
  ASSERT_TRUE(*txn->Update(table_, Key(1), EncodeRowValues(Row(5, "five", 11, 8))));
  // Moving onto an existing pk or unique value fails.
  EXPECT_EQ(txn->Update(table_, Key(2), EncodeRowValues(Row(5, "x", 20, 7))).status().sqlstate(),
            sqlstate::kUniqueViolation);
  Status u_dup = txn->Update(table_, Key(2), EncodeRowValues(Row(2, "x", 11, 7))).status();
  EXPECT_EQ(u_dup.detail(), "Key (u)=(11) already exists.");
  // Updating a row to keep its own unique value is fine.
  ASSERT_TRUE(*txn->Update(table_, Key(2), EncodeRowValues(Row(2, "two", 20, 8))));
  EXPECT_FALSE(*txn->Update(table_, Key(99), EncodeRowValues(Row(99, "x", 99, 0))));
  EXPECT_EQ(ScanIds(*txn), (std::vector<int>{2, 5}));

  // Index scans: k = 8 yields both rows; u = 11 yields pk 5.
  std::string k8;
  common::AppendKeyInt32(&k8, 8);
  std::vector<std::string> keys;
  for (auto it = txn->IndexScan(table_, table_.indexes[1], KeyRange::Prefix(k8)); it->Valid(); it->Next()) {
    keys.emplace_back(it->row_key());
  }
  EXPECT_EQ(keys, (std::vector<std::string>{Key(2), Key(5)}));
  std::string k7;
  common::AppendKeyInt32(&k7, 7);
  EXPECT_FALSE(txn->IndexScan(table_, table_.indexes[1], KeyRange::Prefix(k7))->Valid());
  std::string u11;
  common::AppendKeyInt32(&u11, 11);
  auto uit = txn->IndexScan(table_, table_.indexes[0], KeyRange::Prefix(u11));
  ASSERT_TRUE(uit->Valid());
  EXPECT_EQ(uit->row_key(), Key(5));
  uit->Next();
  EXPECT_FALSE(uit->Valid());
  ASSERT_TRUE(txn->Commit().ok());

  // The old unique value 10 is free again; 11 is taken.
  auto txn2 = db_->Begin();
  EXPECT_TRUE(txn2->InsertValues(table_, Row(10, "x", 10, 0)).ok());
  EXPECT_EQ(txn2->InsertValues(table_, Row(11, "x", 11, 0)).sqlstate(), sqlstate::kUniqueViolation);
}

TEST_F(StorageTest, RangeScanBounds) {
  for (int id : {-5, 1, 2, 3, 10, 20}) InsertCommitted(id);
  auto txn = db_->Begin();
  EXPECT_EQ(ScanIds(*txn, {KeyBound::Inclusive(KeyPrefix(2)), KeyBound::Inclusive(KeyPrefix(10))}),
            (std::vector<int>{2, 3, 10}));
  EXPECT_EQ(ScanIds(*txn, {KeyBound::Exclusive(KeyPrefix(2)), KeyBound::Exclusive(KeyPrefix(10))}),
            (std::vector<int>{3}));
  EXPECT_EQ(ScanIds(*txn, {KeyBound{}, KeyBound::Exclusive(KeyPrefix(2))}), (std::vector<int>{-5, 1}));
  EXPECT_EQ(ScanIds(*txn, {KeyBound::Exclusive(KeyPrefix(10)), KeyBound{}}), (std::vector<int>{20}));
  EXPECT_EQ(ScanIds(*txn, {KeyBound::Inclusive(KeyPrefix(11)), KeyBound::Inclusive(KeyPrefix(19))}),
            (std::vector<int>{}));
  EXPECT_EQ(ScanIds(*txn, {KeyBound::Inclusive(KeyPrefix(5)), KeyBound::Inclusive(KeyPrefix(4))}),
            (std::vector<int>{}));
  // Another table's rows never leak into a scan.
  TableDescriptor other = table_;
  other.table_id = 16390;
  other.indexes.clear();
  ASSERT_TRUE(txn->InsertValues(other, Row(7, "other", 1, 1)).ok());
  EXPECT_EQ(ScanIds(*txn).size(), 6u);
}

// A scan sees the transaction's writes made before it was opened, not those
// made while it runs: no Halloween problem for key-moving updates or
// INSERT ... SELECT from the same table.
TEST_F(StorageTest, ScanDoesNotSeeWritesMadeDuringIt) {
  for (int id = 1; id <= 5; ++id) InsertCommitted(id, id, 0);
  auto txn = db_->Begin();
  ASSERT_TRUE(txn->InsertValues(table_, Row(6, "own", 6, 0)).ok());  // earlier statement: visible
  ASSERT_TRUE(*txn->Delete(table_, Key(2)));                            // earlier statement: hidden
  txn->BeginStatement();
  int visited = 0;
  std::string current;
  for (auto it = txn->Scan(table_); it->Valid(); it->Next()) {
    ++visited;
    int id = it->row().GetInt32(0);
    std::string key(it->key());
    ASSERT_TRUE(*txn->GetForUpdate(table_, key, &current));
    ASSERT_TRUE(txn->Update(table_, key, current, EncodeRowValues(Row(id + 100, "moved", id + 100, 0))).ok());
  }
  EXPECT_EQ(visited, 5);  // 1, 3, 4, 5, 6 — each once
  txn->BeginStatement();
  EXPECT_EQ(ScanIds(*txn), (std::vector<int>{101, 103, 104, 105, 106}));
  // INSERT ... SELECT from the same table doubles it exactly once.
  txn->BeginStatement();
  int inserted = 0;
  for (auto it = txn->Scan(table_); it->Valid(); it->Next()) {
    ASSERT_TRUE(txn->InsertValues(table_, Row(it->row().GetInt32(0) + 1000, "copy", std::nullopt, 0)).ok());
    ++inserted;
  }
  EXPECT_EQ(inserted, 5);
  EXPECT_EQ(ScanIds(*txn).size(), 10u);
  ASSERT_TRUE(txn->Commit().ok());
}

TEST_F(StorageTest, IndexRangesAndNulls) {
  InsertCommitted(1, 5);
  InsertCommitted(2, 7);
  InsertCommitted(3, std::nullopt);
  InsertCommitted(4, std::nullopt);
  auto txn = db_->Begin();
  auto count = [&](const KeyRange& range) {
    int n = 0;
    for (auto it = txn->IndexScan(table_, table_.indexes[0], range); it->Valid(); it->Next()) ++n;
    return n;
  };
  EXPECT_EQ(count(KeyRange::All()), 4);
  // u > 5 without an upper bound would include the NULLs (they sort last).
  EXPECT_EQ(count({KeyBound::Exclusive(KeyPrefix(5)), KeyBound{}}), 3);
  EXPECT_EQ(count({KeyBound::Exclusive(KeyPrefix(5)), KeyBound::BeforeNulls()}), 1);
  // u IS NULL.
  std::string null_prefix;
  common::AppendKeyNull(&null_prefix);
  std::vector<std::string> keys;
  for (auto it = txn->IndexScan(table_, table_.indexes[0], KeyRange::Prefix(null_prefix)); it->Valid(); it->Next()) {
    keys.emplace_back(it->row_key());
  }
  EXPECT_EQ(keys, (std::vector<std::string>{Key(3), Key(4)}));
}

TEST_F(StorageTest, HiddenRowIdsContinueAfterReopen) {
  TableDescriptor heap;
  heap.table_id = 16400;
  heap.name = "h";
  heap.columns = {{"a", types::SqlType::Of(types::kTextOid)}};
  heap.Finalize();
  std::vector<Value> row = {Value::Text("x")};
  {
    auto txn = db_->Begin();
    for (int i = 0; i < 3; ++i) ASSERT_TRUE(txn->InsertValues(heap, row).ok());
    ASSERT_TRUE(txn->Commit().ok());
  }
  Reopen();
  auto txn = db_->Begin();
  std::string key;
  ASSERT_TRUE(txn->InsertValues(heap, row, &key).ok());
  common::KeyReader reader(std::string_view(key).substr(4));
  ASSERT_FALSE(*reader.ReadNullMarker());
  EXPECT_EQ(*reader.ReadInt64(), 4);
  ASSERT_TRUE(txn->Commit().ok());
  auto check = db_->Begin();
  int count = 0;
  for (auto it = check->Scan(heap); it->Valid(); it->Next()) ++count;
  EXPECT_EQ(count, 4);
}

TEST_F(StorageTest, DurableAcrossReopen) {
  InsertCommitted(1, 10);
  {
    auto uncommitted = db_->Begin();
    ASSERT_TRUE(uncommitted->InsertValues(table_, Row(2, "lost", 20, 0)).ok());
  }  // destroyed = rolled back
  Reopen();
  auto txn = db_->Begin();
  EXPECT_EQ(ScanIds(*txn), (std::vector<int>{1}));
  EXPECT_EQ(txn->InsertValues(table_, Row(3, "x", 10, 0)).sqlstate(), sqlstate::kUniqueViolation);
}

TEST_F(StorageTest, CheckpointMovesRowsToSstFilesAndKeepsThem) {
  for (int id = 1; id <= 50; ++id) InsertCommitted(id);
  auto count_sst = [&] {
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir_)) files += entry.path().extension() == ".sst";
    return files;
  };
  int before = count_sst();
  ASSERT_TRUE(db_->Checkpoint().ok());
  EXPECT_GT(count_sst(), before);
  auto open = db_->Begin();  // a transaction open across a checkpoint keeps working
  ASSERT_TRUE(db_->Checkpoint().ok());
  EXPECT_EQ(ScanIds(*open).size(), 50u);
  open.reset();
  Reopen();
  auto txn = db_->Begin();
  EXPECT_EQ(ScanIds(*txn).size(), 50u);
}

TEST_F(StorageTest, IsolationBetweenTransactions) {
  InsertCommitted(1);
  auto rc = db_->Begin({.isolation = IsolationLevel::kReadCommitted});
  auto rr = db_->Begin({.isolation = IsolationLevel::kRepeatableRead});
  EXPECT_EQ(ScanIds(*rc), (std::vector<int>{1}));
  EXPECT_EQ(ScanIds(*rr), (std::vector<int>{1}));
  auto writer = db_->Begin();
  ASSERT_TRUE(writer->InsertValues(table_, Row(2, "x", std::nullopt, 0)).ok());
  // Uncommitted: invisible to both.
  rc->BeginStatement();
  EXPECT_EQ(ScanIds(*rc), (std::vector<int>{1}));
  EXPECT_EQ(ScanIds(*rr), (std::vector<int>{1}));
  ASSERT_TRUE(writer->Commit().ok());
  // RC sees it only from its next statement; RR never.
  EXPECT_EQ(ScanIds(*rc), (std::vector<int>{1}));
  rc->BeginStatement();
  EXPECT_EQ(ScanIds(*rc), (std::vector<int>{1, 2}));
  rr->BeginStatement();
  EXPECT_EQ(ScanIds(*rr), (std::vector<int>{1}));
}

// READ COMMITTED statements share a snapshot while nothing commits; a
// statement that begins after a commit gets a newer one, and statements that
// began before keep theirs.
TEST_F(StorageTest, ReadCommittedStatementsShareSnapshotsUntilACommit) {
  InsertCommitted(1);
  auto first = db_->Begin({.isolation = IsolationLevel::kReadCommitted});
  auto second = db_->Begin({.isolation = IsolationLevel::kReadCommitted});
  first->BeginStatement();
  second->BeginStatement();  // the same snapshot as first's
  InsertCommitted(2);
  auto third = db_->Begin({.isolation = IsolationLevel::kReadCommitted});
  third->BeginStatement();
  EXPECT_EQ(ScanIds(*third), (std::vector<int>{1, 2}));
  EXPECT_EQ(ScanIds(*first), (std::vector<int>{1}));
  EXPECT_EQ(ScanIds(*second), (std::vector<int>{1}));
  std::string row;
  EXPECT_FALSE(*second->Get(table_, Key(2), &row));
  // An uncommitted write moves nothing; its commit does.
  auto writer = db_->Begin();
  ASSERT_TRUE(writer->InsertValues(table_, Row(3, "x", std::nullopt, 0)).ok());
  second->BeginStatement();
  EXPECT_EQ(ScanIds(*second), (std::vector<int>{1, 2}));
  ASSERT_TRUE(writer->Commit().ok());
  EXPECT_FALSE(*second->Get(table_, Key(3), &row));
  first->BeginStatement();
  EXPECT_TRUE(*first->Get(table_, Key(3), &row));
  EXPECT_EQ(ScanIds(*first), (std::vector<int>{1, 2, 3}));
  third.reset();
  first.reset();
  second->BeginStatement();  // the snapshot first took, still current
  EXPECT_EQ(ScanIds(*second), (std::vector<int>{1, 2, 3}));
}

TEST_F(StorageTest, RepeatableReadFirstUpdaterWins) {
  InsertCommitted(1);
  auto a = db_->Begin({.isolation = IsolationLevel::kRepeatableRead});
  auto b = db_->Begin({.isolation = IsolationLevel::kRepeatableRead});
  std::string row;
  ASSERT_TRUE(*a->Get(table_, Key(1), &row));
  ASSERT_TRUE(*b->Get(table_, Key(1), &row));
  ASSERT_TRUE(*a->Update(table_, Key(1), EncodeRowValues(Row(1, "a", std::nullopt, 0))));
  ASSERT_TRUE(a->Commit().ok());
  auto conflict = b->Update(table_, Key(1), EncodeRowValues(Row(1, "b", std::nullopt, 0)));
  ASSERT_FALSE(conflict.ok());
  EXPECT_EQ(conflict.status().sqlstate(), sqlstate::kSerializationFailure);
  EXPECT_EQ(conflict.status().message(), "could not serialize access due to concurrent update");
  // Blind writes conflict too (no lost update without a read).
  auto c = db_->Begin({.isolation = IsolationLevel::kRepeatableRead});
  auto d = db_->Begin();
  ASSERT_TRUE(*d->Delete(table_, Key(1)));
  ASSERT_TRUE(d->Commit().ok());
  EXPECT_EQ(c->GetForUpdate(table_, Key(1), &row).status().sqlstate(), sqlstate::kSerializationFailure);
}

TEST_F(StorageTest, ReadCommittedUpdatesLatestVersionWithoutConflict) {
  InsertCommitted(1);
  auto a = db_->Begin();
  auto b = db_->Begin();
  std::string row;
  ASSERT_TRUE(*b->Get(table_, Key(1), &row));  // b's statement snapshot predates a's update
  ASSERT_TRUE(*a->Update(table_, Key(1), EncodeRowValues(Row(1, "from a", std::nullopt, 0))));
  // b blocks on the row lock until a commits, then reads a's version.
  std::thread committer([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(150));
    ASSERT_TRUE(a->Commit().ok());
  });
  auto found = b->GetForUpdate(table_, Key(1), &row);
  committer.join();
  ASSERT_TRUE(found.ok()) << found.status().ToString();
  ASSERT_TRUE(*found);
  RowView view;
  ASSERT_TRUE(view.Reset(row, table_.layout).ok());
  EXPECT_EQ(view.GetBytes(1), "from a");
  ASSERT_TRUE(b->Update(table_, Key(1), row, EncodeRowValues(Row(1, "from b", std::nullopt, 0))).ok());
  ASSERT_TRUE(b->Commit().ok());
  // A concurrently deleted row is reported as gone, not as an error.
  auto c = db_->Begin();
  auto d = db_->Begin();
  ASSERT_TRUE(*d->Delete(table_, Key(1)));
  ASSERT_TRUE(d->Commit().ok());
  auto gone = c->GetForUpdate(table_, Key(1), &row);
  ASSERT_TRUE(gone.ok());
  EXPECT_FALSE(*gone);
}

TEST_F(StorageTest, ConcurrentUniqueInsertReadCommitted) {
  auto a = db_->Begin();
  auto b = db_->Begin();
  ASSERT_TRUE(a->InsertValues(table_, Row(1, "a", 10, 0)).ok());
  std::thread committer([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(150));
    ASSERT_TRUE(a->Commit().ok());
  });
  // Different pk, same unique value: waits for a, then sees its entry.
  Status status = b->InsertValues(table_, Row(2, "b", 10, 0));
  committer.join();
  EXPECT_EQ(status.sqlstate(), sqlstate::kUniqueViolation) << status.ToString();
}

TEST_F(StorageTest, LockTimeoutAndCancel) {
  InsertCommitted(1);
  auto holder = db_->Begin();
  std::string row;
  ASSERT_TRUE(*holder->GetForUpdate(table_, Key(1), &row));
  auto waiter = db_->Begin({.lock_timeout_ms = 250});
  auto start = std::chrono::steady_clock::now();
  auto timed_out = waiter->GetForUpdate(table_, Key(1), &row);
  auto waited = std::chrono::steady_clock::now() - start;
  EXPECT_EQ(timed_out.status().sqlstate(), sqlstate::kLockNotAvailable);
  EXPECT_GE(waited, std::chrono::milliseconds(240));

  std::atomic<bool> cancel{false};
  auto forever = db_->Begin({.lock_timeout_ms = 0, .cancel_requested = &cancel});
  std::thread canceller([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    cancel = true;
  });
  auto canceled = forever->GetForUpdate(table_, Key(1), &row);
  canceller.join();
  EXPECT_EQ(canceled.status().sqlstate(), sqlstate::kQueryCanceled);
}

TEST_F(StorageTest, FindConflictReportsTheRowAndKeepsTheArbiterLocked) {
  InsertCommitted(1, 10);
  const std::string unique = table_.indexes[0].name;
  auto txn = db_->Begin();
  std::string row;
  // On the primary key, and through the unique index (the row it points to).
  auto on_pk = txn->FindConflict(table_, EncodeRowValues(Row(1, "x", 99, 0)), true, {}, &row);
  ASSERT_TRUE(on_pk.ok() && on_pk->has_value());
  EXPECT_EQ(**on_pk, Key(1));
  std::vector<std::string> arbiters = {unique};
  auto on_unique = txn->FindConflict(table_, EncodeRowValues(Row(7, "x", 10, 0)), false, arbiters, &row);
  ASSERT_TRUE(on_unique.ok() && on_unique->has_value());
  EXPECT_EQ(**on_unique, Key(1));
  RowView view;
  ASSERT_TRUE(view.Reset(row, table_.layout).ok());
  EXPECT_EQ(view.GetBytes(1), "v1");
  // Not an arbiter, or a NULL: no conflict.
  EXPECT_FALSE(txn->FindConflict(table_, EncodeRowValues(Row(7, "x", 10, 0)), true, {}, &row)->has_value());
  EXPECT_FALSE(
      txn->FindConflict(table_, EncodeRowValues(Row(8, "x", std::nullopt, 0)), true, arbiters, &row)->has_value());
  // The probed key 7 stays locked: another inserter of it times out.
  auto other = db_->Begin({.lock_timeout_ms = 200});
  EXPECT_EQ(other->InsertValues(table_, Row(7, "y", 70, 0)).sqlstate(), sqlstate::kLockNotAvailable);
  other->Rollback();
  txn->Rollback();
}

TEST_F(StorageTest, LockRowWaitsFailsOrSkips) {
  InsertCommitted(1, 10);
  auto holder = db_->Begin();
  std::string row;
  ASSERT_EQ(*holder->LockRow(table_, Key(1), true, Transaction::LockWait::kBlock, &row), Transaction::RowLock::kLocked);
  auto other = db_->Begin();
  EXPECT_EQ(other->LockRow(table_, Key(1), true, Transaction::LockWait::kNoWait, &row).status().sqlstate(),
            sqlstate::kLockNotAvailable);
  EXPECT_EQ(*other->LockRow(table_, Key(1), false, Transaction::LockWait::kSkip, &row), Transaction::RowLock::kSkipped);
  EXPECT_EQ(*other->LockRow(table_, Key(2), true, Transaction::LockWait::kNoWait, &row),
            Transaction::RowLock::kMissing);
  holder->Rollback();
  EXPECT_EQ(*other->LockRow(table_, Key(1), true, Transaction::LockWait::kNoWait, &row), Transaction::RowLock::kLocked);
  // Shared locks are compatible with each other.
  auto reader = db_->Begin();
  auto second = db_->Begin();
  other->Rollback();
  ASSERT_EQ(*reader->LockRow(table_, Key(1), false, Transaction::LockWait::kNoWait, &row),
            Transaction::RowLock::kLocked);
  EXPECT_EQ(*second->LockRow(table_, Key(1), false, Transaction::LockWait::kNoWait, &row),
            Transaction::RowLock::kLocked);
  reader->Rollback();
  second->Rollback();
}

TEST_F(StorageTest, LockKeySharedIsForKeyShare) {
  InsertCommitted(1, 10);
  InsertCommitted(2, 20);
  std::vector<Value> pk1 = {Value::Int4(1)};
  std::vector<Value> u20 = {Value::Int4(20)};
  const IndexDescriptor* unique = &table_.indexes[0];
  // Two referencing transactions share the lock on a key (pk and unique entry).
  auto a = db_->Begin();
  auto b = db_->Begin();
  ASSERT_TRUE(*a->LockKeyShared(table_, nullptr, pk1));
  ASSERT_TRUE(*b->LockKeyShared(table_, nullptr, pk1));
  ASSERT_TRUE(*a->LockKeyShared(table_, unique, u20));
  std::vector<Value> missing = {Value::Int4(3)};
  EXPECT_FALSE(*a->LockKeyShared(table_, nullptr, missing));
  // A delete of the referenced row waits for them (here: times out).
  auto deleter = db_->Begin({.lock_timeout_ms = 200});
  EXPECT_EQ(deleter->Delete(table_, Key(1)).status().sqlstate(), sqlstate::kLockNotAvailable);
  auto deleter2 = db_->Begin({.lock_timeout_ms = 200});
  EXPECT_EQ(deleter2->Delete(table_, Key(2)).status().sqlstate(), sqlstate::kLockNotAvailable);
  deleter->Rollback();
  deleter2->Rollback();
  a->Rollback();
  b->Rollback();
  // Once they are gone the delete proceeds; a waiting reference then finds no key.
  auto c = db_->Begin();
  ASSERT_TRUE(*c->Delete(table_, Key(1)));
  auto d = db_->Begin();
  std::thread committer([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(150));
    ASSERT_TRUE(c->Commit().ok());
  });
  auto after = d->LockKeyShared(table_, nullptr, pk1);
  committer.join();
  ASSERT_TRUE(after.ok()) << after.status().ToString();
  EXPECT_FALSE(*after);
  d->Rollback();
  // REPEATABLE READ: deleted after the snapshot is 40001, inserted after it is absent.
  auto rr = db_->Begin({.isolation = IsolationLevel::kRepeatableRead});
  std::string row;
  ASSERT_TRUE(*rr->Get(table_, Key(2), &row));
  {
    auto e = db_->Begin();
    ASSERT_TRUE(*e->Delete(table_, Key(2)));
    ASSERT_TRUE(e->Commit().ok());
  }
  InsertCommitted(5, 50);
  std::vector<Value> pk2 = {Value::Int4(2)};
  std::vector<Value> pk5 = {Value::Int4(5)};
  EXPECT_EQ(rr->LockKeyShared(table_, nullptr, pk2).status().sqlstate(), sqlstate::kSerializationFailure);
  auto rr2 = db_->Begin({.isolation = IsolationLevel::kRepeatableRead});
  ASSERT_TRUE(*rr2->Get(table_, Key(1), &row) == false);
  InsertCommitted(6, 60);
  std::vector<Value> pk6 = {Value::Int4(6)};
  auto inserted_later = rr2->LockKeyShared(table_, nullptr, pk6);
  ASSERT_TRUE(inserted_later.ok()) << inserted_later.status().ToString();
  EXPECT_FALSE(*inserted_later);
  EXPECT_TRUE(*rr2->LockKeyShared(table_, nullptr, pk5));
}

TEST_F(StorageTest, LatestViewSeesCommitsAfterTheSnapshot) {
  InsertCommitted(1, std::nullopt, 7);
  auto rr = db_->Begin({.isolation = IsolationLevel::kRepeatableRead});
  EXPECT_EQ(ScanIds(*rr), std::vector<int>{1});
  InsertCommitted(2, std::nullopt, 7);
  EXPECT_EQ(ScanIds(*rr), std::vector<int>{1});
  std::vector<int> latest;
  auto it = rr->Scan(table_, KeyRange::All(), Transaction::ReadView::kLatest);
  for (; it->Valid(); it->Next()) latest.push_back(it->row().GetInt32(0));
  EXPECT_EQ(latest, (std::vector<int>{1, 2}));
  std::string prefix;
  AppendKeyValue(Value::Int4(7), table_.layout[3], &prefix);
  int entries = 0;
  auto index = rr->IndexScan(table_, table_.indexes[1], KeyRange::Prefix(prefix), Transaction::ReadView::kLatest);
  for (; index->Valid(); index->Next()) ++entries;
  EXPECT_EQ(entries, 2);
  int snapshot_entries = 0;
  auto old = rr->IndexScan(table_, table_.indexes[1], KeyRange::Prefix(prefix));
  for (; old->Valid(); old->Next()) ++snapshot_entries;
  EXPECT_EQ(snapshot_entries, 1);
}

TEST_F(StorageTest, DeadlockDetected) {
  InsertCommitted(1);
  InsertCommitted(2);
  auto a = db_->Begin();
  auto b = db_->Begin();
  std::string row;
  ASSERT_TRUE(*a->GetForUpdate(table_, Key(1), &row));
  ASSERT_TRUE(*b->GetForUpdate(table_, Key(2), &row));
  Status a_status, b_status;
  std::thread ta([&] {
    std::string r;
    a_status = a->GetForUpdate(table_, Key(2), &r).status();
    if (!a_status.ok()) a->Rollback();
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  b_status = b->GetForUpdate(table_, Key(1), &row).status();
  if (!b_status.ok()) b->Rollback();
  ta.join();
  // Exactly one of them is the deadlock victim; the other proceeds.
  int deadlocks = (a_status.Is(sqlstate::kDeadlockDetected) ? 1 : 0) + (b_status.Is(sqlstate::kDeadlockDetected) ? 1 : 0);
  EXPECT_EQ(deadlocks, 1) << a_status.ToString() << " / " << b_status.ToString();
  EXPECT_TRUE(a_status.ok() || b_status.ok());
  EXPECT_EQ((a_status.ok() ? a_status : b_status).ok(), true);
  const Status& victim = a_status.ok() ? b_status : a_status;
  EXPECT_EQ(victim.message(), "deadlock detected");
}

TEST_F(StorageTest, SerializableWriteSkewFailsOneTransaction) {
  // The classic write skew: each reads one row, then updates the row the
  // other read. Under REPEATABLE READ both commit; under SERIALIZABLE one
  // of them must fail with 40001.
  InsertCommitted(1);
  InsertCommitted(2);
  auto run = [&](IsolationLevel level) {
    auto a = db_->Begin({.isolation = level, .lock_timeout_ms = 0});
    auto b = db_->Begin({.isolation = level, .lock_timeout_ms = 0});
    std::string row;
    EXPECT_TRUE(*a->Get(table_, Key(1), &row));
    EXPECT_TRUE(*b->Get(table_, Key(2), &row));
    Status a_status, b_status;
    std::thread ta([&] {
      auto got = a->Update(table_, Key(2), EncodeRowValues(Row(2, "a", std::nullopt, 0)));
      a_status = got.status();
      if (a_status.ok()) a_status = a->Commit();
      if (!a_status.ok()) a->Rollback();
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    auto got = b->Update(table_, Key(1), EncodeRowValues(Row(1, "b", std::nullopt, 0)));
    b_status = got.status();
    if (b_status.ok()) b_status = b->Commit();
    if (!b_status.ok()) b->Rollback();
    ta.join();
    return std::pair<Status, Status>(a_status, b_status);
  };
  auto [rr_a, rr_b] = run(IsolationLevel::kRepeatableRead);
  EXPECT_TRUE(rr_a.ok() && rr_b.ok()) << rr_a.ToString() << " / " << rr_b.ToString();
  auto [sr_a, sr_b] = run(IsolationLevel::kSerializable);
  EXPECT_NE(sr_a.ok(), sr_b.ok()) << sr_a.ToString() << " / " << sr_b.ToString();
  const Status& victim = sr_a.ok() ? sr_b : sr_a;
  EXPECT_EQ(victim.sqlstate(), sqlstate::kSerializationFailure) << victim.ToString();
}

TEST_F(StorageTest, SerializableReadsSeeCommitsMadeBeforeTheirLock) {
  InsertCommitted(1);
  auto reader = db_->Begin({.isolation = IsolationLevel::kSerializable});
  std::string row;
  // The reader's first statement touches nothing of t; a writer commits.
  auto writer = db_->Begin({.isolation = IsolationLevel::kSerializable});
  auto deleted = writer->Delete(table_, Key(1));
  ASSERT_TRUE(deleted.ok()) << deleted.status().ToString();
  ASSERT_TRUE(*deleted);
  ASSERT_TRUE(writer->Commit().ok());
  reader->BeginStatement();
  // A serial order exists only if the reader now sees the delete.
  EXPECT_FALSE(*reader->Get(table_, Key(1), &row));
  ASSERT_TRUE(reader->Commit().ok());
}

TEST_F(StorageTest, SerializableFailsWhenALaterTableWasWrittenPastItsSnapshot) {
  // The reader reads t, then a SERIALIZABLE writer commits to a second table
  // u, then the reader reads u. Its snapshot predates the write, but the
  // writer holds u's lock first, so no serial order explains the read: 40001.
  TableDescriptor u = MakeTable();
  u.table_id = 17000;
  u.name = "u";
  u.indexes.clear();
  u.Finalize();
  InsertCommitted(1);
  auto reader = db_->Begin({.isolation = IsolationLevel::kSerializable});
  std::string row;
  ASSERT_TRUE(*reader->Get(table_, Key(1), &row));
  auto writer = db_->Begin({.isolation = IsolationLevel::kSerializable});
  ASSERT_TRUE(writer->InsertValues(u, Row(5, "x", std::nullopt, 0)).ok());
  ASSERT_TRUE(writer->Commit().ok());
  auto it = reader->Scan(u, KeyRange::All());
  EXPECT_FALSE(it->Valid());
  EXPECT_EQ(it->status().sqlstate(), sqlstate::kSerializationFailure) << it->status().ToString();
  reader->Rollback();
  // A REPEATABLE READ writer is not tracked (PostgreSQL's guarantee holds
  // among SERIALIZABLE transactions only): the reader sees its snapshot.
  auto reader2 = db_->Begin({.isolation = IsolationLevel::kSerializable});
  ASSERT_TRUE(*reader2->Get(table_, Key(1), &row));
  auto rr_writer = db_->Begin({.isolation = IsolationLevel::kRepeatableRead});
  ASSERT_TRUE(rr_writer->InsertValues(u, Row(6, "y", std::nullopt, 0)).ok());
  ASSERT_TRUE(rr_writer->Commit().ok());
  auto it2 = reader2->Scan(u, KeyRange::All());
  int rows = 0;
  for (; it2->Valid(); it2->Next()) ++rows;
  EXPECT_TRUE(it2->status().ok()) << it2->status().ToString();
  EXPECT_EQ(rows, 1);  // 5 (committed before the snapshot), not 6
  ASSERT_TRUE(reader2->Commit().ok());
}

TEST_F(StorageTest, Savepoints) {
  auto txn = db_->Begin();
  EXPECT_EQ(txn->RollbackToSavepoint().sqlstate(), sqlstate::kInvalidSavepointSpecification);
  ASSERT_TRUE(txn->InsertValues(table_, Row(1, "a", 1, 0)).ok());
  ASSERT_TRUE(txn->SetSavepoint().ok());
  ASSERT_TRUE(txn->InsertValues(table_, Row(2, "b", 2, 0)).ok());
  ASSERT_TRUE(txn->SetSavepoint().ok());
  ASSERT_TRUE(txn->InsertValues(table_, Row(3, "c", 3, 0)).ok());
  EXPECT_EQ(txn->savepoint_depth(), 2);
  ASSERT_TRUE(txn->RollbackToSavepoint().ok());
  EXPECT_EQ(ScanIds(*txn), (std::vector<int>{1, 2}));
  ASSERT_TRUE(txn->ReleaseSavepoint().ok());  // keeps row 2
  EXPECT_EQ(ScanIds(*txn), (std::vector<int>{1, 2}));
  ASSERT_TRUE(txn->SetSavepoint().ok());
  ASSERT_TRUE(*txn->Delete(table_, Key(1)));
  ASSERT_TRUE(txn->RollbackToSavepoint().ok());
  // The unique index entry of row 3 was rolled back too: its value is free.
  ASSERT_TRUE(txn->InsertValues(table_, Row(4, "d", 3, 0)).ok());
  ASSERT_TRUE(txn->Commit().ok());
  auto check = db_->Begin();
  EXPECT_EQ(ScanIds(*check), (std::vector<int>{1, 2, 4}));
}

// READ COMMITTED begins its RocksDB transaction at the first write or
// savepoint (storage.cc Txn()); reads before it, savepoints and own writes
// after it must behave as if it had begun with the transaction.
TEST_F(StorageTest, ReadCommittedBeginsItsWritesLazily) {
  InsertCommitted(1);
  const uint64_t commits_before = db_->GetStats().commits;
  auto reader = db_->Begin();
  std::string row;
  EXPECT_TRUE(*reader->Get(table_, Key(1), &row));
  EXPECT_FALSE(*reader->Get(table_, Key(2), &row));
  EXPECT_EQ(ScanIds(*reader), (std::vector<int>{1}));
  ASSERT_TRUE(reader->Commit().ok());
  EXPECT_EQ(db_->GetStats().commits, commits_before);  // nothing was written

  auto txn = db_->Begin();
  EXPECT_EQ(ScanIds(*txn), (std::vector<int>{1}));
  ASSERT_TRUE(txn->SetSavepoint().ok());  // before any write
  ASSERT_TRUE(txn->InsertValues(table_, Row(2, "b", 2, 0)).ok());
  EXPECT_TRUE(*txn->Get(table_, Key(2), &row));  // own write, point read
  EXPECT_EQ(ScanIds(*txn), (std::vector<int>{1, 2}));
  ASSERT_TRUE(txn->RollbackToSavepoint().ok());
  EXPECT_FALSE(*txn->Get(table_, Key(2), &row));
  EXPECT_EQ(ScanIds(*txn), (std::vector<int>{1}));
  ASSERT_TRUE(txn->InsertValues(table_, Row(3, "c", 3, 0)).ok());
  ASSERT_TRUE(txn->Commit().ok());
  EXPECT_EQ(db_->GetStats().commits, commits_before + 1);

  // A read-only RC transaction that is rolled back, and one that is dropped.
  auto rolled_back = db_->Begin();
  EXPECT_EQ(ScanIds(*rolled_back), (std::vector<int>{1, 3}));
  rolled_back->Rollback();
  {
    auto dropped = db_->Begin();
    EXPECT_TRUE(*dropped->Get(table_, Key(3), &row));
  }
  auto check = db_->Begin();
  EXPECT_EQ(ScanIds(*check), (std::vector<int>{1, 3}));
}

// Past max_transaction_bytes a write fails with 54000 and changes nothing;
// the database is not fail-stopped (RocksDB reports the limit as Aborted).
TEST_F(StorageTest, TransactionsLargerThanTheLimitFailCleanly) {
  db_.reset();
  Reopen(DatabaseOptions{.max_transaction_bytes = 64 << 10, .bulk_sst_threshold_rows = 0});
  auto txn = db_->Begin();
  Status failed;
  int inserted = 0;
  for (int id = 1; id <= 100000 && failed.ok(); ++id) {
    failed = txn->InsertValues(table_, Row(id, std::string(100, 'x'), std::nullopt, 0));
    if (failed.ok()) ++inserted;
  }
  ASSERT_FALSE(failed.ok());
  EXPECT_EQ(failed.sqlstate(), sqlstate::kProgramLimitExceeded) << failed.ToString();
  EXPECT_GT(inserted, 100);
  EXPECT_LT(inserted, 1000);
  txn->Rollback();
  EXPECT_TRUE(db_->fail_stop_status().ok());
  // Smaller transactions still commit.
  auto small = db_->Begin();
  ASSERT_TRUE(small->InsertValues(table_, Row(1, "a", std::nullopt, 0)).ok());
  ASSERT_TRUE(small->Commit().ok());
  auto check = db_->Begin();
  EXPECT_EQ(ScanIds(*check), (std::vector<int>{1}));
}

TEST_F(StorageTest, TruncateIsTransactional) {
  {
    auto load = db_->Begin();
    for (int i = 0; i < 5000; ++i) ASSERT_TRUE(load->InsertValues(table_, Row(i, "v", i, i % 3)).ok());
    ASSERT_TRUE(load->Commit().ok());
  }
  {
    auto txn = db_->Begin();
    ASSERT_TRUE(txn->Truncate(table_).ok());
    EXPECT_TRUE(ScanIds(*txn).empty());
    txn->Rollback();
  }
  auto check = db_->Begin();
  EXPECT_EQ(ScanIds(*check).size(), 5000u);
  check->Rollback();
  auto txn = db_->Begin();
  ASSERT_TRUE(txn->Truncate(table_).ok());
  // Unique values are free again inside the same transaction.
  ASSERT_TRUE(txn->InsertValues(table_, Row(1, "again", 1, 0)).ok());
  ASSERT_TRUE(txn->Commit().ok());
  auto after = db_->Begin();
  EXPECT_EQ(ScanIds(*after), (std::vector<int>{1}));
  std::string k0;
  common::AppendKeyInt32(&k0, 0);
  int k0_entries = 0;
  for (auto it = after->IndexScan(table_, table_.indexes[1], KeyRange::Prefix(k0)); it->Valid(); it->Next()) ++k0_entries;
  EXPECT_EQ(k0_entries, 1);
}

TEST_F(StorageTest, ReadOnlyTransactionsRejectWrites) {
  auto txn = db_->Begin({.read_only = true});
  EXPECT_EQ(txn->InsertValues(table_, Row(1, "a", 1, 0)).sqlstate(), sqlstate::kReadOnlySqlTransaction);
  EXPECT_TRUE(txn->Commit().ok());
  EXPECT_EQ(txn->Commit().sqlstate(), sqlstate::kNoActiveSqlTransaction);
}

TEST_F(StorageTest, TableLockExclusiveBlocksWriters) {
  auto ddl = db_->Begin();
  ASSERT_TRUE(ddl->LockTable(table_.table_id, true).ok());
  auto dml = db_->Begin({.lock_timeout_ms = 200});
  EXPECT_EQ(dml->InsertValues(table_, Row(1, "a", 1, 0)).sqlstate(), sqlstate::kLockNotAvailable);
  ddl->Rollback();
  auto dml2 = db_->Begin({.lock_timeout_ms = 200});
  ASSERT_TRUE(dml2->InsertValues(table_, Row(1, "a", 1, 0)).ok());
  auto dml3 = db_->Begin({.lock_timeout_ms = 200});
  ASSERT_TRUE(dml3->InsertValues(table_, Row(2, "b", 2, 0)).ok());  // shared locks coexist
  auto ddl2 = db_->Begin({.lock_timeout_ms = 200});
  EXPECT_EQ(ddl2->LockTable(table_.table_id, true).sqlstate(), sqlstate::kLockNotAvailable);
}

TEST_F(StorageTest, ConcurrentSyncCommitsShareWalSyncs) {
  constexpr int kThreads = 8;
  constexpr int kCommitsPerThread = 40;
  auto before = db_->GetStats();
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kCommitsPerThread; ++i) {
        auto txn = db_->Begin();
        if (!txn->InsertValues(table_, Row(t * 1000 + i, "x", std::nullopt, 0)).ok() || !txn->Commit().ok()) {
          ++failures;
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
  auto after = db_->GetStats();
  EXPECT_EQ(failures.load(), 0);
  const uint64_t commits = after.commits - before.commits;
  const uint64_t syncs = after.wal_syncs - before.wal_syncs;
  EXPECT_EQ(commits, static_cast<uint64_t>(kThreads * kCommitsPerThread));
  EXPECT_GT(syncs, 0u);
  EXPECT_LT(syncs, commits) << "group commit should let committers share fsyncs";
  std::printf("[ measured ] %llu sync commits, %llu WAL syncs, %llu writes grouped under another leader\n",
              static_cast<unsigned long long>(commits), static_cast<unsigned long long>(syncs),
              static_cast<unsigned long long>(after.writes_grouped - before.writes_grouped));
  // synchronous_commit = off commits without a WAL sync.
  auto async_before = db_->GetStats();
  for (int i = 0; i < 20; ++i) {
    auto txn = db_->Begin({.synchronous_commit = false});
    ASSERT_TRUE(txn->InsertValues(table_, Row(100000 + i, "x", std::nullopt, 0)).ok());
    ASSERT_TRUE(txn->Commit().ok());
  }
  EXPECT_EQ(db_->GetStats().wal_syncs, async_before.wal_syncs);
}

// A file system whose WAL writes/syncs fail on demand.
class FailingWalFile : public rocksdb::FSWritableFileOwnerWrapper {
 public:
  FailingWalFile(std::unique_ptr<rocksdb::FSWritableFile>&& file, std::atomic<bool>* fail)
      : FSWritableFileOwnerWrapper(std::move(file)), fail_(fail) {}
  rocksdb::IOStatus Append(const rocksdb::Slice& data, const rocksdb::IOOptions& options,
                           rocksdb::IODebugContext* dbg) override {
    if (*fail_) return rocksdb::IOStatus::IOError("injected WAL write failure");
    return FSWritableFileOwnerWrapper::Append(data, options, dbg);
  }
  rocksdb::IOStatus Sync(const rocksdb::IOOptions& options, rocksdb::IODebugContext* dbg) override {
    if (*fail_) return rocksdb::IOStatus::IOError("injected WAL sync failure");
    return FSWritableFileOwnerWrapper::Sync(options, dbg);
  }
  rocksdb::IOStatus Fsync(const rocksdb::IOOptions& options, rocksdb::IODebugContext* dbg) override {
    if (*fail_) return rocksdb::IOStatus::IOError("injected WAL sync failure");
    return FSWritableFileOwnerWrapper::Fsync(options, dbg);
  }

 private:
  std::atomic<bool>* fail_;
};

class FailingWalFileSystem : public rocksdb::FileSystemWrapper {
 public:
  explicit FailingWalFileSystem(std::atomic<bool>* fail)
      : FileSystemWrapper(rocksdb::FileSystem::Default()), fail_(fail) {}
  const char* Name() const override { return "FailingWalFileSystem"; }
  rocksdb::IOStatus NewWritableFile(const std::string& name, const rocksdb::FileOptions& options,
                                    std::unique_ptr<rocksdb::FSWritableFile>* result,
                                    rocksdb::IODebugContext* dbg) override {
    rocksdb::IOStatus s = FileSystemWrapper::NewWritableFile(name, options, result, dbg);
    if (s.ok() && name.size() > 4 && name.compare(name.size() - 4, 4, ".log") == 0) {
      *result = std::make_unique<FailingWalFile>(std::move(*result), fail_);
    }
    return s;
  }

 private:
  std::atomic<bool>* fail_;
};

TEST_F(StorageTest, WalFailureStopsAllLaterWrites) {
  std::atomic<bool> fail{false};
  auto fs = std::make_shared<FailingWalFileSystem>(&fail);
  std::unique_ptr<rocksdb::Env> env = rocksdb::NewCompositeEnv(fs);
  db_.reset();
  Reopen(DatabaseOptions{.env = env.get()});
  InsertCommitted(1);
  fail = true;
  auto txn = db_->Begin();
  ASSERT_TRUE(txn->InsertValues(table_, Row(2, "x", std::nullopt, 0)).ok());
  Status commit = txn->Commit();
  EXPECT_EQ(commit.sqlstate(), sqlstate::kIoError) << commit.ToString();
  fail = false;  // even when the disk "recovers", writes stay refused
  auto later = db_->Begin();
  EXPECT_EQ(later->InsertValues(table_, Row(3, "x", std::nullopt, 0)).sqlstate(), sqlstate::kIoError);
  EXPECT_EQ(db_->fail_stop_status().sqlstate(), sqlstate::kIoError);
  // Reads still work.
  std::string row;
  EXPECT_TRUE(*later->Get(table_, Key(1), &row));
  later.reset();
  txn.reset();
  db_.reset();
}

// kill -9 under a commit load: every commit acknowledged before the kill
// must be there after reopen. The child reports each acknowledged id through
// a pipe only after Commit() returned. (The parent closes its database before
// fork(); RocksDB's idle Env threads are not needed by the child for a few
// hundred small commits.)
TEST_F(StorageTest, AcknowledgedCommitsSurviveKill9) {
  db_.reset();
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    close(fds[0]);
    auto db = Database::Open(dir_);
    if (!db.ok()) _exit(2);
    TableDescriptor table = MakeTable();
    for (int32_t id = 0;; ++id) {
      auto txn = (*db)->Begin();
      std::vector<Value> row = {Value::Int4(id), Value::Text("row"), Value::Int4(id), Value::Int4(id % 7)};
      if (!txn->InsertValues(table, row).ok() || !txn->Commit().ok()) _exit(3);
      if (write(fds[1], &id, sizeof(id)) != sizeof(id)) _exit(4);
    }
  }
  close(fds[1]);
  // Let the child acknowledge at least 20 commits (slow under sanitizers),
  // then kill it at an arbitrary point shortly after.
  int32_t id = -1, last_acked = -1;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (last_acked < 20 && std::chrono::steady_clock::now() < deadline) {
    if (read(fds[0], &id, sizeof(id)) != sizeof(id)) break;  // child died
    last_acked = id;
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
  EXPECT_TRUE(WIFSIGNALED(status)) << "child exited early with status " << WEXITSTATUS(status);
  while (read(fds[0], &id, sizeof(id)) == sizeof(id)) last_acked = id;
  close(fds[0]);
  ASSERT_GE(last_acked, 20) << "child made too little progress";
  Reopen();
  auto txn = db_->Begin();
  std::vector<int> ids = ScanIds(*txn);
  ASSERT_GE(ids.size(), static_cast<size_t>(last_acked + 1));
  for (int i = 0; i <= last_acked; ++i) ASSERT_EQ(ids[i], i);
  // The unique index survived with the rows.
  std::string u;
  common::AppendKeyInt32(&u, last_acked);
  auto it = txn->IndexScan(table_, table_.indexes[0], KeyRange::Prefix(u));
  ASSERT_TRUE(it->Valid());
  EXPECT_EQ(it->row_key(), Key(last_acked));
  std::printf("[ measured ] %d commits acknowledged before kill -9, %zu rows after recovery\n", last_acked + 1,
              ids.size());
}

// The live WAL file of the zero-filled WAL file system (wal_file.h): the one
// *.log in the directory with the highest number.
std::filesystem::path LiveWal(const std::string& dir) {
  std::filesystem::path live;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (IsWalFileName(entry.path().string()) && (live.empty() || entry.path().filename() > live.filename())) {
      live = entry.path();
    }
  }
  return live;
}

// Offset just past the last record of the WAL file `path`: walks RocksDB's
// log format (32 KiB blocks of records with a 7-byte header: checksum,
// length, type; a block's last < 7 bytes are padding) up to the first
// all-zero header.
uint64_t DataEnd(const std::filesystem::path& path) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return 0;
  std::string bytes;
  char buffer[4096];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) bytes.append(buffer, n);
  std::fclose(f);
  constexpr uint64_t kBlock = 32 << 10, kHeader = 7;
  uint64_t offset = 0;
  while (offset + kHeader <= bytes.size()) {
    uint64_t left = kBlock - offset % kBlock;
    if (left < kHeader) {
      offset += left;
      continue;
    }
    auto length = static_cast<uint8_t>(bytes[offset + 4]) | (static_cast<uint8_t>(bytes[offset + 5]) << 8);
    if (length == 0 && bytes[offset + 6] == 0) break;
    offset += kHeader + length;
  }
  return std::min<uint64_t>(offset, bytes.size());
}

TEST(WalFileTest, RecognizesRocksDbWalNames) {
  EXPECT_TRUE(IsWalFileName("/data/000004.log"));
  EXPECT_TRUE(IsWalFileName("000123.log"));
  EXPECT_FALSE(IsWalFileName("/data/LOG"));
  EXPECT_FALSE(IsWalFileName("/data/LOG.old.1795908595672972"));
  EXPECT_FALSE(IsWalFileName("/data/000004.sst"));
  EXPECT_FALSE(IsWalFileName("/data/.log"));
  EXPECT_FALSE(IsWalFileName("/data/x1.log"));
}

// While the database is open the WAL ends in zeros written ahead of the
// data; a clean close trims them.
TEST_F(StorageTest, WalIsWrittenIntoZerosAndTrimmedOnClose) {
  for (int id = 1; id <= 20; ++id) InsertCommitted(id);
  std::filesystem::path wal = LiveWal(dir_);
  ASSERT_FALSE(wal.empty());
  uint64_t size = std::filesystem::file_size(wal);
  uint64_t data = DataEnd(wal);
  EXPECT_GT(data, 0u);
  EXPECT_GE(size, data + (512u << 10)) << "expected zeros ahead of the data";
  EXPECT_EQ(size % (32u << 10), 0u);
  db_.reset();
  if (std::filesystem::exists(wal)) {
    EXPECT_EQ(std::filesystem::file_size(wal), DataEnd(wal));
  }
  Reopen();
  auto txn = db_->Begin();
  EXPECT_EQ(ScanIds(*txn).size(), 20u);
}

// kill -9 leaves the zeros after the last record; recovery reads every
// acknowledged commit and stops at the zeros. A torn record at the end (a
// header whose data never fully reached the disk) is dropped, like any torn
// tail, and everything before it is recovered.
TEST_F(StorageTest, ZeroFilledWalRecoversAfterKillAndTornTail) {
  db_.reset();
  constexpr int32_t kCommits = 200;
  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    auto db = Database::Open(dir_);
    if (!db.ok()) _exit(2);
    TableDescriptor table = MakeTable();
    for (int32_t id = 0; id < kCommits; ++id) {
      auto txn = (*db)->Begin();
      std::vector<Value> row = {Value::Int4(id), Value::Text("row"), Value::Int4(id), Value::Int4(id % 7)};
      if (!txn->InsertValues(table, row).ok() || !txn->Commit().ok()) _exit(3);
    }
    raise(SIGKILL);  // every commit was acknowledged; nothing closes the WAL
    _exit(4);
  }
  int status = 0;
  waitpid(child, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "child exited with status " << WEXITSTATUS(status);
  std::filesystem::path wal = LiveWal(dir_);
  ASSERT_FALSE(wal.empty());
  uint64_t data = DataEnd(wal);
  ASSERT_GT(std::filesystem::file_size(wal), data) << "expected zeros after the last record";
  // A torn record: a header announcing 100 bytes of a full record whose
  // bytes (and so its checksum) never arrived.
  {
    FILE* f = std::fopen(wal.c_str(), "r+b");
    ASSERT_NE(f, nullptr);
    const unsigned char header[7] = {0x12, 0x34, 0x56, 0x78, 100, 0, 1};
    ASSERT_EQ(std::fseek(f, static_cast<long>(data), SEEK_SET), 0);
    ASSERT_EQ(std::fwrite(header, 1, sizeof header, f), sizeof header);
    std::fclose(f);
  }
  Reopen();
  {
    auto txn = db_->Begin();
    std::vector<int> ids = ScanIds(*txn);
    ASSERT_EQ(ids.size(), static_cast<size_t>(kCommits));
    for (int i = 0; i < kCommits; ++i) ASSERT_EQ(ids[i], i);
  }
  // The database keeps working and keeps what it acknowledges.
  InsertCommitted(kCommits);
  Reopen();
  auto txn = db_->Begin();
  EXPECT_EQ(ScanIds(*txn).size(), static_cast<size_t>(kCommits + 1));
}

TEST_F(StorageTest, SecondOpenOfSameDirectoryFails) {
  auto second = Database::Open(dir_);
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.status().sqlstate(), sqlstate::kObjectInUse) << second.status().ToString();
}

}  // namespace
}  // namespace augur::storage
