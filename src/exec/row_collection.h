// Internal to exec/: RowCollection, the materialized row store behind sort,
// hash join build sides, nested-loop inner sides and set operations. Rows
// are kept column-wise in compacted DataChunks of up to kVectorSize rows;
// a row is addressed by (chunk index, row index). Memory is charged to the
// query's MemoryTracker (53200 beyond the limit).
#pragma once

#include <cstdint>
#include <vector>

#include "exec/exec_context.h"
#include "exec/vector.h"

namespace augur::exec::internal {

struct RowRef {
  uint32_t chunk;
  uint32_t row;
};

class RowCollection {
 public:
  RowCollection() = default;
  RowCollection(std::vector<types::SqlType> types, MemoryTracker* tracker) { Reset(std::move(types), tracker); }

  void Reset(std::vector<types::SqlType> types, MemoryTracker* tracker) {
    types_ = std::move(types);
    chunks_.clear();
    row_count_ = 0;
    reservation_.Bind(tracker);
  }

  // Appends rows sel[0..count) (physical positions) of `columns` (one
  // vector per type). Returns the RowRef of the first appended row through
  // `first` if given; appended rows are contiguous per chunk.
  Status Append(const std::vector<const Vector*>& columns, const uint32_t* sel, uint32_t count) {
    if (sel == nullptr) {
      identity_.resize(count);
      for (uint32_t i = 0; i < count; i++) identity_[i] = i;
      sel = identity_.data();
    }
    int64_t bytes = 0;
    uint32_t done = 0;
    while (done < count) {
      if (chunks_.empty() || chunks_.back().size() == kVectorSize) {
        chunks_.emplace_back(types_);
        bytes += kChunkOverheadBytes;
      }
      DataChunk& chunk = chunks_.back();
      uint32_t n = std::min(count - done, kVectorSize - chunk.size());
      for (size_t c = 0; c < types_.size(); c++) {
        chunk.column(c).AppendFrom(*columns[c], sel + done, n, chunk.size());
        if (chunk.column(c).physical() == types::PhysicalKind::kBytes) {
          // NULL slots hold garbage views: count valid rows only.
          const Vector& col = chunk.column(c);
          const auto* views = col.values<std::string_view>();
          for (uint32_t k = 0; k < n; k++) {
            if (col.IsValid(chunk.size() + k)) bytes += static_cast<int64_t>(views[chunk.size() + k].size());
          }
        }
      }
      chunk.SetSize(chunk.size() + n);
      done += n;
      row_count_ += n;
    }
    return reservation_.Grow(bytes);
  }

  // Appends the logical rows of a chunk (all its columns).
  Status AppendChunk(const DataChunk& input) {
    std::vector<const Vector*> columns;
    for (size_t c = 0; c < input.column_count(); c++) columns.push_back(&input.column(c));
    return Append(columns, input.selection(), input.count());
  }

  size_t chunk_count() const { return chunks_.size(); }
  DataChunk& chunk(size_t i) { return chunks_[i]; }
  const DataChunk& chunk(size_t i) const { return chunks_[i]; }
  uint64_t row_count() const { return row_count_; }
  const std::vector<types::SqlType>& types() const { return types_; }
  const Vector& column(RowRef ref, size_t c) const { return chunks_[ref.chunk].column(c); }
  int64_t reserved_bytes() const { return reservation_.bytes(); }

 private:
  static constexpr int64_t kChunkOverheadBytes = 64 * kVectorSize;
  std::vector<types::SqlType> types_;
  std::vector<DataChunk> chunks_;
  uint64_t row_count_ = 0;
  MemoryReservation reservation_;
  std::vector<uint32_t> identity_;
};

}  // namespace augur::exec::internal
