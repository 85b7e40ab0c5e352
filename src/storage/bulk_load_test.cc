// Bulk loading through SST files (bulk_load.cc): the SST path is taken for
// ascending loads into an exclusively held table, rows are visible only after
// Commit, rollback / savepoints / failed loads leave nothing, reads inside the
// transaction see the rows, unsorted input and duplicates fall back to the
// write batch with the same errors, and crashes before or after the commit
// keep exactly the committed rows (kill -9 in a child process).
#include <gtest/gtest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <optional>

#include "common/key_codec.h"
#include "storage/storage.h"

namespace augur::storage {
namespace {

using types::Value;

class BulkLoadTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char pattern[] = "/tmp/augur-bulk-test-XXXXXX";
    ASSERT_NE(mkdtemp(pattern), nullptr);
    dir_ = std::string(pattern) + "/db";
    Reopen();
    table_ = MakeTable();
  }
  void TearDown() override {
    db_.reset();
    std::filesystem::remove_all(std::filesystem::path(dir_).parent_path());
  }
  static DatabaseOptions SmallFiles() {
    DatabaseOptions options;
    options.bulk_sst_threshold_rows = 10;
    options.bulk_sst_file_bytes = 4096;  // several files per load
    return options;
  }
  void Reopen(DatabaseOptions options = SmallFiles()) {
    db_.reset();
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
  static std::vector<Value> Row(int id, std::optional<int> u = std::nullopt) {
    return {Value::Int4(id), Value::Text("row-" + std::to_string(id)),
            u ? Value::Int4(*u) : Value::Null(types::SqlType::Of(types::kInt4Oid)), Value::Int4(id % 7)};
  }
  std::vector<int> ScanIds(Transaction& txn) {
    std::vector<int> ids;
    auto it = txn.Scan(table_);
    for (; it->Valid(); it->Next()) ids.push_back(it->row().GetInt32(0));
    EXPECT_TRUE(it->status().ok()) << it->status().ToString();
    return ids;
  }
  std::vector<int> CommittedIds() {
    auto txn = db_->Begin();
    return ScanIds(*txn);
  }
  size_t PendingFiles() const {
    size_t n = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir_ + "/bulk")) {
      (void)entry;
      ++n;
    }
    return n;
  }
  // Inserts ids [from, to) in a transaction holding the table exclusively.
  void Load(Transaction& txn, int from, int to, bool with_unique = true) {
    ASSERT_TRUE(txn.LockTable(table_.table_id, true).ok());
    for (int id = from; id < to; ++id) {
      Status s = txn.InsertValues(table_, Row(id, with_unique ? std::optional<int>(id) : std::nullopt));
      ASSERT_TRUE(s.ok()) << s.ToString();
    }
  }
  static std::string KeyPrefix(int id) {
    std::string prefix;
    common::AppendKeyInt32(&prefix, id);
    return prefix;
  }
  static std::vector<int> Range(int from, int to) {
    std::vector<int> ids;
    for (int i = from; i < to; ++i) ids.push_back(i);
    return ids;
  }

  std::string dir_;
  std::unique_ptr<Database> db_;
  TableDescriptor table_;
};

TEST_F(BulkLoadTest, AscendingLoadGoesThroughSstFilesAndCommits) {
  auto txn = db_->Begin();
  Load(*txn, 0, 2000);
  EXPECT_GT(PendingFiles(), 1u) << "the SST path was not taken";
  EXPECT_TRUE(CommittedIds().empty()) << "rows visible before commit";
  ASSERT_TRUE(txn->Commit().ok());
  EXPECT_EQ(PendingFiles(), 0u);
  EXPECT_EQ(CommittedIds(), Range(0, 2000));
  {
    // Secondary and unique index entries were written with the rows.
    auto reader = db_->Begin();
    std::string u;
    common::AppendKeyInt32(&u, 1234);
    auto it = reader->IndexScan(table_, table_.indexes[0], KeyRange::Prefix(u));
    ASSERT_TRUE(it->Valid());
    std::string row;
    ASSERT_TRUE(*reader->Get(table_, it->row_key(), &row));
    it.reset();
    // Uniqueness still holds against the loaded rows, through both paths.
    auto later = db_->Begin();
    EXPECT_EQ(later->InsertValues(table_, Row(5)).sqlstate(), sqlstate::kUniqueViolation);
    later->Rollback();
    auto bulk = db_->Begin();
    ASSERT_TRUE(bulk->LockTable(table_.table_id, true).ok());
    EXPECT_EQ(bulk->InsertValues(table_, Row(5000, 17)).sqlstate(), sqlstate::kUniqueViolation);
    bulk->Rollback();
  }
  // Survives reopen (the files are part of the database). The transaction
  // object must go first: deleting a rocksdb::Transaction after its
  // TransactionDB is closed is a use-after-free (this segfaulted about 1 run
  // in 16; valgrind shows the invalid read in PessimisticTransactionDB::UnLock).
  txn.reset();
  Reopen();
  EXPECT_EQ(CommittedIds(), Range(0, 2000));
}

TEST_F(BulkLoadTest, RollbackAndAbandonedTransactionsLeaveNothing) {
  {
    auto txn = db_->Begin();
    Load(*txn, 0, 1000);
    ASSERT_GT(PendingFiles(), 0u);
    txn->Rollback();
  }
  EXPECT_EQ(PendingFiles(), 0u);
  EXPECT_TRUE(CommittedIds().empty());
  {
    auto txn = db_->Begin();
    Load(*txn, 0, 1000);
  }  // destroyed without commit
  EXPECT_EQ(PendingFiles(), 0u);
  EXPECT_TRUE(CommittedIds().empty());
  Reopen();
  EXPECT_TRUE(CommittedIds().empty());
}

TEST_F(BulkLoadTest, DuplicateAfterSstRowsIsUniqueViolation) {
  auto txn = db_->Begin();
  Load(*txn, 0, 500);
  ASSERT_GT(PendingFiles(), 0u);
  Status dup = txn->InsertValues(table_, Row(250));
  EXPECT_EQ(dup.sqlstate(), sqlstate::kUniqueViolation) << dup.ToString();
  EXPECT_EQ(dup.message(), "duplicate key value violates unique constraint \"t_pkey\"");
  EXPECT_EQ(dup.detail(), "Key (id)=(250) already exists.");
  // A duplicate of the unique column (rows in SST, index entries in the batch).
  Status dup_u = txn->InsertValues(table_, Row(900, 3));
  EXPECT_EQ(dup_u.sqlstate(), sqlstate::kUniqueViolation) << dup_u.ToString();
  EXPECT_EQ(dup_u.message(), "duplicate key value violates unique constraint \"t_u_key\"");
  txn->Rollback();
  EXPECT_TRUE(CommittedIds().empty());
}

TEST_F(BulkLoadTest, DuplicateOfCommittedRowInLaterLoad) {
  {
    auto txn = db_->Begin();
    Load(*txn, 0, 300);
    ASSERT_TRUE(txn->Commit().ok());
  }
  auto txn = db_->Begin();
  Load(*txn, 300, 600, /*with_unique=*/false);  // appends above: SST path again
  EXPECT_GT(PendingFiles(), 0u);
  EXPECT_EQ(txn->InsertValues(table_, Row(10)).sqlstate(), sqlstate::kUniqueViolation);
}

TEST_F(BulkLoadTest, OwnReadsSeeSstRowsAndLoadContinuesUnsorted) {
  auto txn = db_->Begin();
  Load(*txn, 100, 600);
  ASSERT_GT(PendingFiles(), 0u);
  auto key_of = [&](int id) {
    std::string key;
    std::vector<Value> pk = {Value::Int4(id)};
    Transaction::EncodeRowKey(table_, pk, &key);
    return key;
  };
  // Scans and point reads see the files' rows without moving them.
  EXPECT_EQ(ScanIds(*txn), Range(100, 600));
  {
    std::vector<int> ids;
    auto it = txn->Scan(table_, KeyRange{KeyBound::Inclusive(KeyPrefix(250)), KeyBound::Exclusive(KeyPrefix(260))});
    for (; it->Valid(); it->Next()) ids.push_back(it->row().GetInt32(0));
    ASSERT_TRUE(it->status().ok());
    EXPECT_EQ(ids, Range(250, 260));
  }
  EXPECT_GT(PendingFiles(), 0u);
  std::string row;
  EXPECT_TRUE(*txn->Get(table_, key_of(321), &row));
  EXPECT_TRUE(*txn->Get(table_, key_of(100), &row));
  EXPECT_TRUE(*txn->Get(table_, key_of(599), &row));
  EXPECT_FALSE(*txn->Get(table_, key_of(600), &row));
  EXPECT_FALSE(*txn->Get(table_, key_of(99), &row));
  // An index lookup of a loaded row (entry in the batch, row in a file).
  {
    auto it = txn->IndexScan(table_, table_.indexes[0], KeyRange::Prefix(KeyPrefix(444)));
    ASSERT_TRUE(it->Valid());
    ASSERT_TRUE(*txn->Get(table_, it->row_key(), &row));
  }
  // A scan open while the load goes on sees the rows as of its creation.
  {
    auto it = txn->Scan(table_);
    Load(*txn, 600, 700);
    int n = 0;
    for (; it->Valid(); it->Next()) ++n;
    EXPECT_EQ(n, 500);
  }
  EXPECT_EQ(ScanIds(*txn), Range(100, 700));
  // Descending rows below the load: the files move into the batch, then the
  // batch path checks and keeps them.
  for (int id = 99; id >= 0; --id) ASSERT_TRUE(txn->InsertValues(table_, Row(id)).ok());
  EXPECT_EQ(PendingFiles(), 0u);
  EXPECT_EQ(ScanIds(*txn), Range(0, 700));
  ASSERT_TRUE(txn->Commit().ok());
  EXPECT_EQ(CommittedIds(), Range(0, 700));
}

TEST_F(BulkLoadTest, UnsortedLoadIsCorrect) {
  auto txn = db_->Begin();
  ASSERT_TRUE(txn->LockTable(table_.table_id, true).ok());
  std::vector<int> ids;
  for (int i = 0; i < 1000; ++i) ids.push_back((i * 7919) % 1000);  // a permutation
  for (int id : ids) ASSERT_TRUE(txn->InsertValues(table_, Row(id, id)).ok());
  EXPECT_EQ(txn->InsertValues(table_, Row(999)).sqlstate(), sqlstate::kUniqueViolation);
  txn->Rollback();
  auto again = db_->Begin();
  ASSERT_TRUE(again->LockTable(table_.table_id, true).ok());
  for (int id : ids) ASSERT_TRUE(again->InsertValues(table_, Row(id, id)).ok());
  ASSERT_TRUE(again->Commit().ok());
  EXPECT_EQ(CommittedIds(), Range(0, 1000));
}

TEST_F(BulkLoadTest, SavepointRollbackDropsLaterSstRows) {
  auto txn = db_->Begin();
  Load(*txn, 0, 100);
  ASSERT_TRUE(txn->SetSavepoint().ok());  // the first 100 move into the batch
  EXPECT_EQ(PendingFiles(), 0u);
  ASSERT_TRUE(txn->RollbackToSavepoint().ok());
  ASSERT_TRUE(txn->Commit().ok());
  EXPECT_EQ(CommittedIds(), Range(0, 100));

  auto second = db_->Begin();
  ASSERT_TRUE(second->SetSavepoint().ok());
  Load(*second, 100, 1000);
  ASSERT_GT(PendingFiles(), 0u);
  ASSERT_TRUE(second->RollbackToSavepoint().ok());
  EXPECT_EQ(PendingFiles(), 0u);
  ASSERT_TRUE(second->InsertValues(table_, Row(5000)).ok());
  ASSERT_TRUE(second->Commit().ok());
  std::vector<int> expected = Range(0, 100);
  expected.push_back(5000);
  EXPECT_EQ(CommittedIds(), expected);
}

TEST_F(BulkLoadTest, HiddenRowIdTable) {
  TableDescriptor heap;
  heap.table_id = 20000;
  heap.name = "h";
  heap.columns = {{"a", types::SqlType::Of(types::kInt4Oid)}};
  heap.Finalize();
  auto txn = db_->Begin();
  ASSERT_TRUE(txn->LockTable(heap.table_id, true).ok());
  for (int i = 0; i < 1500; ++i) {
    std::vector<Value> row = {Value::Int4(i)};
    ASSERT_TRUE(txn->InsertValues(heap, row).ok());
  }
  EXPECT_GT(PendingFiles(), 0u);
  ASSERT_TRUE(txn->Commit().ok());
  txn.reset();
  Reopen();
  auto reader = db_->Begin();
  auto it = reader->Scan(heap);
  int n = 0;
  for (; it->Valid(); it->Next()) EXPECT_EQ(it->row().GetInt32(0), n++);
  EXPECT_EQ(n, 1500);
  it.reset();
  // New row ids continue above the loaded ones.
  std::vector<Value> row = {Value::Int4(-1)};
  std::string key;
  ASSERT_TRUE(reader->InsertValues(heap, row, &key).ok());
  ASSERT_TRUE(reader->Commit().ok());
  auto check = db_->Begin();
  auto all = check->Scan(heap);
  int count = 0;
  for (; all->Valid(); all->Next()) ++count;
  EXPECT_EQ(count, 1501);
}

// Runs `load` in a child process on its own Database; the child SIGKILLs
// itself at `kill_point`. Returns after the child died.
template <typename Body>
void RunChild(const std::string& dir, Body body) {
  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    body(dir);
    _exit(0);
  }
  int status = 0;
  waitpid(child, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL)
      << "child did not die by SIGKILL (exit status " << WEXITSTATUS(status) << ")";
}

TEST_F(BulkLoadTest, Kill9AfterIngestBeforeCommitLeavesNothing) {
  {
    auto txn = db_->Begin();
    Load(*txn, 0, 50);  // committed rows before the crash stay
    ASSERT_TRUE(txn->Commit().ok());
  }
  db_.reset();
  TableDescriptor table = table_;
  RunChild(dir_, [table](const std::string& dir) {
    DatabaseOptions options = SmallFiles();
    options.after_bulk_ingest_for_test = [] { raise(SIGKILL); };
    auto db = Database::Open(dir, options);
    if (!db.ok()) _exit(2);
    auto txn = (*db)->Begin();
    if (!txn->LockTable(table.table_id, true).ok()) _exit(3);
    for (int id = 50; id < 3000; ++id) {
      if (!txn->InsertValues(table, Row(id, id)).ok()) _exit(4);
    }
    (void)txn->Commit();
    _exit(5);  // not reached: the hook kills the process
  });
  Reopen();
  EXPECT_EQ(CommittedIds(), Range(0, 50));
  EXPECT_EQ(PendingFiles(), 0u);
  // The same keys load again after recovery.
  auto txn = db_->Begin();
  Load(*txn, 50, 3000);
  ASSERT_TRUE(txn->Commit().ok());
  EXPECT_EQ(CommittedIds(), Range(0, 3000));
}

TEST_F(BulkLoadTest, Kill9AfterCommitKeepsEveryRow) {
  db_.reset();
  TableDescriptor table = table_;
  RunChild(dir_, [table](const std::string& dir) {
    auto db = Database::Open(dir, SmallFiles());
    if (!db.ok()) _exit(2);
    auto txn = (*db)->Begin();
    if (!txn->LockTable(table.table_id, true).ok()) _exit(3);
    for (int id = 0; id < 3000; ++id) {
      if (!txn->InsertValues(table, Row(id, id)).ok()) _exit(4);
    }
    if (!txn->Commit().ok()) _exit(5);
    raise(SIGKILL);  // right after the acknowledgement: no close, no flush
  });
  Reopen();
  EXPECT_EQ(CommittedIds(), Range(0, 3000));
}

TEST_F(BulkLoadTest, Kill9BeforeCommitLeavesNoFilesOrRows) {
  db_.reset();
  TableDescriptor table = table_;
  RunChild(dir_, [table](const std::string& dir) {
    auto db = Database::Open(dir, SmallFiles());
    if (!db.ok()) _exit(2);
    auto txn = (*db)->Begin();
    if (!txn->LockTable(table.table_id, true).ok()) _exit(3);
    for (int id = 0; id < 3000; ++id) {
      if (!txn->InsertValues(table, Row(id, id)).ok()) _exit(4);
    }
    raise(SIGKILL);
  });
  Reopen();
  EXPECT_TRUE(CommittedIds().empty());
  EXPECT_EQ(PendingFiles(), 0u);
}

}  // namespace
}  // namespace augur::storage
