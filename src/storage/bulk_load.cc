// Bulk loading through sorted SST files: the rows of a large load into a
// table the transaction holds exclusively are streamed into SST files
// (rocksdb::SstFileWriter) instead of the transaction's write batch, and
// ingested (IngestExternalFile) when the transaction commits. Memory stays
// bounded by one file's block and filter buffers, and commit does not copy
// the rows through the WAL and the memtable.
//
// Atomicity and crash safety (docs/storage-format.md "Bulk loading"):
//   1. every key written to the files is above the largest key the table
//      held in the committed state and in the write batch when the run began,
//      and no other transaction can write the table (exclusive table lock),
//      so each file's key range [first, last] holds nothing but the file's rows;
//   2. Commit() writes an undo marker naming those ranges to the `meta`
//      column family (synced), ingests the files, then commits the write
//      batch, which also deletes the marker — atomically with the rest;
//   3. Database::Open removes the ranges of every marker still present
//      (the transaction never committed) with DeleteRange, then the marker.
// A rollback or failed statement deletes the files; nothing was ingested.
#include <rocksdb/sst_file_reader.h>
#include <rocksdb/utilities/write_batch_with_index.h>

#include <cassert>
#include <filesystem>
#include <random>

#include "common/key_codec.h"
#include "storage/storage.h"
#include "storage/storage_internal.h"

namespace augur::storage {
namespace {

constexpr std::string_view kMarkerPrefix = "bulk-load/";

void AppendLengthPrefixed(std::string* out, std::string_view bytes) {
  uint32_t size = static_cast<uint32_t>(bytes.size());
  out->append(reinterpret_cast<const char*>(&size), sizeof(size));
  out->append(bytes);
}

bool ReadLengthPrefixed(std::string_view* in, std::string* out) {
  uint32_t size = 0;
  if (in->size() < sizeof(size)) return false;
  std::memcpy(&size, in->data(), sizeof(size));
  in->remove_prefix(sizeof(size));
  if (in->size() < size) return false;
  out->assign(in->data(), size);
  in->remove_prefix(size);
  return true;
}

// Marker value: (first key, last key) pairs, each length-prefixed.
std::string EncodeRanges(const std::vector<std::pair<std::string, std::string>>& ranges) {
  std::string value;
  for (const auto& [first, last] : ranges) {
    AppendLengthPrefixed(&value, first);
    AppendLengthPrefixed(&value, last);
  }
  return value;
}

// Adds DeleteRange [first, last] for each range to `batch`.
Status AddRangeDeletes(rocksdb::WriteBatch* batch, rocksdb::ColumnFamilyHandle* cf,
                       const std::vector<std::pair<std::string, std::string>>& ranges) {
  for (const auto& [first, last] : ranges) {
    std::string end = last;
    end.push_back('\0');  // the smallest key above `last`
    rocksdb::Status s = batch->DeleteRange(cf, first, end);
    if (!s.ok()) return FromRocks(s, "");
  }
  return Status::Ok();
}

rocksdb::Status WriteSynced(rocksdb::TransactionDB* db, rocksdb::WriteBatch* batch) {
  rocksdb::TransactionDBWriteOptimizations optimizations;
  optimizations.skip_concurrency_control = true;
  rocksdb::WriteOptions write_options;
  write_options.sync = true;
  return db->Write(write_options, optimizations, batch);
}

// The largest key with the 4-byte prefix `table_id` in the latest committed
// state ("" if none). Deleted keys are not seen; that is fine: a range with
// only tombstones holds no row the undo could remove.
Status CommittedMaxKey(Database::Impl& db, uint32_t table_id, std::string* max_key) {
  std::string lower;
  common::AppendKeyId(&lower, table_id);
  const std::string upper = common::KeyPrefixSuccessor(lower);
  rocksdb::Slice lower_slice(lower), upper_slice(upper);
  rocksdb::ReadOptions read_options;
  read_options.total_order_seek = true;
  read_options.iterate_lower_bound = &lower_slice;
  read_options.iterate_upper_bound = &upper_slice;
  std::unique_ptr<rocksdb::Iterator> it(db.db->NewIterator(read_options, db.handle(ColumnFamily::kRows)));
  it->SeekToLast();
  max_key->clear();
  if (it->Valid() && it->key().starts_with(lower)) max_key->assign(it->key().data(), it->key().size());
  return FromRocks(it->status(), "");
}

// The largest key (put or delete) of `table_id` in the write batch ("" if none).
void BatchMaxKey(rocksdb::WriteBatchWithIndex* batch, rocksdb::ColumnFamilyHandle* cf, uint32_t table_id,
                 std::string* max_key) {
  std::string lower;
  common::AppendKeyId(&lower, table_id);
  const std::string upper = common::KeyPrefixSuccessor(lower);
  std::unique_ptr<rocksdb::WBWIIterator> it(batch->NewIterator(cf));
  it->SeekForPrev(upper);
  max_key->clear();
  if (it->Valid() && it->Entry().key.starts_with(lower) && it->Entry().key.compare(upper) < 0) {
    max_key->assign(it->Entry().key.data(), it->Entry().key.size());
  }
}

void RemoveFile(const std::string& path) {
  std::error_code ec;
  std::filesystem::remove(path, ec);
}

}  // namespace

Status Database::Impl::RecoverBulkLoads() {
  std::error_code ec;
  std::filesystem::remove_all(bulk_dir, ec);  // files of loads that never committed
  std::filesystem::create_directories(bulk_dir, ec);
  if (ec) return Status::Error(sqlstate::kIoError, "could not create directory \"" + bulk_dir + "\": " + ec.message());
  std::random_device random;
  bulk_id_base = (static_cast<uint64_t>(random()) << 32) ^ random() ^
                 static_cast<uint64_t>(std::chrono::system_clock::now().time_since_epoch().count());

  rocksdb::WriteBatch undo;
  rocksdb::ReadOptions read_options;
  read_options.total_order_seek = true;
  std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(read_options, handle(ColumnFamily::kMeta)));
  int markers = 0;
  for (it->Seek(rocksdb::Slice(kMarkerPrefix.data(), kMarkerPrefix.size()));
       it->Valid() && it->key().starts_with(rocksdb::Slice(kMarkerPrefix.data(), kMarkerPrefix.size())); it->Next()) {
    std::string_view value(it->value().data(), it->value().size());
    std::vector<std::pair<std::string, std::string>> ranges;
    std::string first, last;
    while (!value.empty()) {
      if (!ReadLengthPrefixed(&value, &first) || !ReadLengthPrefixed(&value, &last)) {
        return Status::Error(sqlstate::kDataCorrupted, "storage corruption: bad bulk-load marker");
      }
      ranges.emplace_back(first, last);
    }
    RETURN_IF_ERROR(AddRangeDeletes(&undo, handle(ColumnFamily::kRows), ranges));
    rocksdb::Status s = undo.Delete(handle(ColumnFamily::kMeta), it->key());
    if (!s.ok()) return FromRocks(s, "");
    ++markers;
  }
  RETURN_IF_ERROR(FromRocks(it->status(), ""));
  if (markers == 0) return Status::Ok();
  return FromRocks(WriteSynced(db, &undo), "");
}

Result<bool> Transaction::Impl::BulkAccepts(const TableDescriptor& table, std::string_view key) {
  if (db->options.bulk_sst_threshold_rows <= 0) return false;
  BulkRun* run = FindBulkRun(table.table_id);
  if (run == nullptr) {
    bulk_runs.push_back(std::make_unique<BulkRun>());
    run = bulk_runs.back().get();
    run->table_id = table.table_id;
  }
  switch (run->state) {
    case BulkRun::State::kOff:
      return false;
    case BulkRun::State::kCounting: {
      if (++run->counted_rows < db->options.bulk_sst_threshold_rows) return false;
      // Start: the files may hold only keys above everything the table has.
      std::string committed_max, batch_max;
      RETURN_IF_ERROR(CommittedMaxKey(*db, table.table_id, &committed_max));
      BatchMaxKey(Txn()->GetWriteBatch(), db->handle(ColumnFamily::kRows), table.table_id, &batch_max);
      run->last_key = std::max(committed_max, batch_max);
      if (run->last_key.empty()) common::AppendKeyId(&run->last_key, table.table_id);
      if (std::string_view(run->last_key) >= key) {
        run->state = BulkRun::State::kOff;  // not an ascending load
        return false;
      }
      run->state = BulkRun::State::kActive;
      run->savepoint_depth = savepoint_depth;
      return true;
    }
    case BulkRun::State::kActive:
      if (key > std::string_view(run->last_key)) return true;
      // Out of order (or a duplicate): the batch path checks it against
      // everything once the files' rows are in the batch.
      RETURN_IF_ERROR(MaterializeRun(*run));
      return false;
  }
  return false;
}

Status Transaction::Impl::BulkAppend(uint32_t table_id, std::string_view key, std::string_view row) {
  BulkRun* run = FindBulkRun(table_id);
  assert(run != nullptr && run->state == BulkRun::State::kActive);
  assert(key > std::string_view(run->last_key));
  if (run->writer == nullptr) {
    run->writer = std::make_unique<rocksdb::SstFileWriter>(rocksdb::EnvOptions(), db->rows_sst_options,
                                                           db->handle(ColumnFamily::kRows),
                                                           /*invalidate_page_cache=*/false);
    char name[64];
    std::snprintf(name, sizeof(name), "/%016llx-%llu.sst", static_cast<unsigned long long>(db->bulk_id_base),
                  static_cast<unsigned long long>(db->bulk_sequence.fetch_add(1)));
    run->current = BulkRun::File{db->bulk_dir + name, std::string(key), {}};
    rocksdb::Status s = run->writer->Open(run->current.path);
    if (!s.ok()) {
      run->writer.reset();
      return db->CheckWrite(s);
    }
  }
  rocksdb::Status s = run->writer->Put(rocksdb::Slice(key.data(), key.size()), rocksdb::Slice(row.data(), row.size()));
  if (!s.ok()) return db->CheckWrite(s);
  run->last_key.assign(key);
  ++run->rows;
  if (run->writer->FileSize() >= db->options.bulk_sst_file_bytes) RETURN_IF_ERROR(FinishBulkFile(*run));
  return Status::Ok();
}

Status Transaction::Impl::FinishBulkFile(BulkRun& run) {
  if (run.writer == nullptr) return Status::Ok();
  rocksdb::Status s = run.writer->Finish();  // syncs the file
  run.writer.reset();
  if (!s.ok()) return db->CheckWrite(s);
  run.current.last_key = run.last_key;
  run.files.push_back(std::move(run.current));
  return Status::Ok();
}

Status Transaction::Impl::BulkReaders(uint32_t table_id,
                                      std::vector<std::shared_ptr<rocksdb::SstFileReader>>* readers) {
  readers->clear();
  BulkRun* run = FindBulkRun(table_id);
  if (run == nullptr || run->state != BulkRun::State::kActive) return Status::Ok();
  RETURN_IF_ERROR(FinishBulkFile(*run));
  while (run->readers.size() < run->files.size()) {
    auto reader = std::make_shared<rocksdb::SstFileReader>(db->rows_sst_options);
    rocksdb::Status s = reader->Open(run->files[run->readers.size()].path);
    if (!s.ok()) return FromRocks(s, "");
    run->readers.push_back(std::move(reader));
  }
  *readers = run->readers;
  return Status::Ok();
}

Result<bool> Transaction::Impl::BulkGet(uint32_t table_id, std::string_view key, std::string* value) {
  BulkRun* run = FindBulkRun(table_id);
  if (run == nullptr || run->state != BulkRun::State::kActive) return false;
  if (run->files.empty() && run->writer == nullptr) return false;
  const std::string_view run_first = run->files.empty() ? run->current.first_key : run->files.front().first_key;
  if (key < run_first || key > std::string_view(run->last_key)) return false;  // not one of the run's rows
  std::vector<std::shared_ptr<rocksdb::SstFileReader>> readers;
  RETURN_IF_ERROR(BulkReaders(table_id, &readers));
  for (size_t i = 0; i < run->files.size(); ++i) {
    const BulkRun::File& file = run->files[i];
    if (key < std::string_view(file.first_key) || key > std::string_view(file.last_key)) continue;
    rocksdb::ReadOptions read_options;
    read_options.fill_cache = false;
    std::unique_ptr<rocksdb::Iterator> it(readers[i]->NewIterator(read_options));
    it->Seek(rocksdb::Slice(key.data(), key.size()));
    if (!it->status().ok()) return FromRocks(it->status(), "");
    if (it->Valid() && it->key() == rocksdb::Slice(key.data(), key.size())) {
      value->assign(it->value().data(), it->value().size());
      return true;
    }
    return false;
  }
  return false;
}

BulkRowsIterator::BulkRowsIterator(std::vector<std::shared_ptr<rocksdb::SstFileReader>> readers,
                                   std::string lower, std::string upper)
    : readers_(std::move(readers)), lower_(std::move(lower)), upper_(std::move(upper)) {
  Settle();
}

void BulkRowsIterator::Next() {
  iter_->Next();
  Settle();
}

void BulkRowsIterator::Settle() {
  for (;;) {
    if (iter_ != nullptr) {
      if (!iter_->status().ok()) {
        status_ = iter_->status();
        iter_.reset();
        return;
      }
      if (iter_->Valid()) {
        if (iter_->key().compare(rocksdb::Slice(upper_)) < 0) return;
        iter_.reset();  // past the range: later files are too
        next_reader_ = readers_.size();
        return;
      }
      iter_.reset();
    }
    if (next_reader_ >= readers_.size()) return;
    rocksdb::ReadOptions read_options;
    read_options.fill_cache = false;
    iter_.reset(readers_[next_reader_++]->NewIterator(read_options));
    iter_->Seek(rocksdb::Slice(lower_));
  }
}

// Reads every finished file back into the write batch, drops the unfinished
// one after finishing it, and turns the SST path off for the table.
Status Transaction::Impl::MaterializeRun(BulkRun& run) {
  run.state = BulkRun::State::kOff;
  RETURN_IF_ERROR(FinishBulkFile(run));
  rocksdb::WriteBatchWithIndex* batch = Txn()->GetWriteBatch();
  rocksdb::ColumnFamilyHandle* rows_cf = db->handle(ColumnFamily::kRows);
  for (const BulkRun::File& file : run.files) {
    rocksdb::SstFileReader reader(db->rows_sst_options);
    rocksdb::Status s = reader.Open(file.path);
    if (!s.ok()) return FromRocks(s, "");
    rocksdb::ReadOptions read_options;
    read_options.fill_cache = false;
    std::unique_ptr<rocksdb::Iterator> it(reader.NewIterator(read_options));
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      s = batch->Put(rows_cf, it->key(), it->value());
      if (!s.ok()) return FromRocks(s, "");
    }
    if (!it->status().ok()) return FromRocks(it->status(), "");
  }
  for (const BulkRun::File& file : run.files) RemoveFile(file.path);
  run.files.clear();
  run.readers.clear();
  if (watermark.table_id == run.table_id) watermark.table_id = 0;  // recompute over the batch
  return Status::Ok();
}

Status Transaction::Impl::MaterializeAll() {
  for (auto& run : bulk_runs) {
    if (run->state == BulkRun::State::kActive) RETURN_IF_ERROR(MaterializeRun(*run));
  }
  return Status::Ok();
}

void Transaction::Impl::DiscardRunsAbove(int depth) {
  for (auto& run : bulk_runs) {
    if (run->state != BulkRun::State::kActive || run->savepoint_depth <= depth) continue;
    run->writer.reset();
    RemoveFile(run->current.path);
    for (const BulkRun::File& file : run->files) RemoveFile(file.path);
    run->files.clear();
    run->readers.clear();
    run->state = BulkRun::State::kOff;
    if (watermark.table_id == run->table_id) watermark.table_id = 0;
  }
}

void Transaction::Impl::DiscardAllRuns() {
  DiscardRunsAbove(-1);
  bulk_runs.clear();
}

Status Transaction::Impl::IngestRuns(std::string* marker_key,
                                     std::vector<std::pair<std::string, std::string>>* ranges_out) {
  std::vector<std::string> paths;
  ranges_out->clear();
  for (auto& run : bulk_runs) {
    if (run->state != BulkRun::State::kActive) continue;
    RETURN_IF_ERROR(FinishBulkFile(*run));
    run->readers.clear();
    for (const BulkRun::File& file : run->files) {
      paths.push_back(file.path);
      ranges_out->emplace_back(file.first_key, file.last_key);
    }
  }
  if (paths.empty()) return Status::Ok();
  marker_key->assign(kMarkerPrefix);
  char id[40];
  std::snprintf(id, sizeof(id), "%016llx-%llu", static_cast<unsigned long long>(db->bulk_id_base),
                static_cast<unsigned long long>(db->bulk_sequence.fetch_add(1)));
  marker_key->append(id);
  rocksdb::WriteBatch marker;
  rocksdb::Status s = marker.Put(db->handle(ColumnFamily::kMeta), *marker_key, EncodeRanges(*ranges_out));
  if (!s.ok()) return FromRocks(s, "");
  RETURN_IF_ERROR(db->CheckWrite(WriteSynced(db->db, &marker)));
  rocksdb::IngestExternalFileOptions ingest;
  ingest.move_files = true;
  ingest.snapshot_consistency = true;
  ingest.allow_global_seqno = true;
  ingest.allow_blocking_flush = true;
  ingest.write_global_seqno = false;
  s = db->db->IngestExternalFile(db->handle(ColumnFamily::kRows), paths, ingest);
  if (!s.ok()) {
    // One column family's ingestion is all or nothing. The marker must go
    // now: once the table lock is released other transactions may write
    // these ranges, which a later Open would otherwise remove. If even that
    // fails the database stops taking writes (fail-stop) and the next Open
    // removes whatever was ingested.
    Status undo = UndoIngestedRanges(*db, *marker_key, *ranges_out);
    if (!undo.ok()) return undo;
    return FromRocks(s, "");
  }
  for (const std::string& path : paths) RemoveFile(path);  // ingestion hard-linked them
  bulk_runs.clear();
  if (db->options.after_bulk_ingest_for_test) db->options.after_bulk_ingest_for_test();
  // The marker's deletion commits with the transaction's writes.
  s = Txn()->GetWriteBatch()->Delete(db->handle(ColumnFamily::kMeta), *marker_key);
  return FromRocks(s, "");
}

// Undoes an ingestion whose transaction did not commit: DeleteRange of the
// ranges and the marker's deletion in one synced write; a failure switches the
// database to fail-stop (the next Open undoes it from the marker).
Status UndoIngestedRanges(Database::Impl& db, const std::string& marker_key,
                          const std::vector<std::pair<std::string, std::string>>& ranges) {
  rocksdb::WriteBatch undo;
  RETURN_IF_ERROR(AddRangeDeletes(&undo, db.handle(ColumnFamily::kRows), ranges));
  rocksdb::Status s = undo.Delete(db.handle(ColumnFamily::kMeta), marker_key);
  if (!s.ok()) return FromRocks(s, "");
  s = WriteSynced(db.db, &undo);
  if (!s.ok() && !s.IsIOError()) s = rocksdb::Status::IOError("could not undo a bulk load: " + s.ToString());
  return db.CheckWrite(s);
}

}  // namespace augur::storage
