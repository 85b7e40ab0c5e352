// Vector and DataChunk: the columnar batches every exec/ operator passes on.
//
// A Vector holds up to kVectorSize values of one SQL type in an Arrow-like
// layout (see docs/exec.md):
//   * values: a contiguous, 64-byte aligned array of the type's physical C++
//     representation (types::PhysicalKind): bool, int16/32/64, float, double,
//     types::Numeric, types::Interval, types::Uuid; date is int32 days,
//     time/timestamp/timestamptz int64 µs (PostgreSQL's own representation).
//   * validity: a bitmap of uint64 words, bit i set = value i is NOT NULL
//     (Arrow's convention, LSB first).
//   * variable width (text, varchar, bpchar, bytea, unknown, name, json): the
//     value array holds std::string_view references; the bytes live in a
//     StringHeap owned by the vector (shared_ptr, so a zero-copy reference to
//     another vector keeps its bytes alive). This is Arrow's "string view"
//     layout rather than offsets+bytes: it lets projections, filters and
//     gathers move strings without copying them.
//
// Positions and selections: a DataChunk has `size()` physical rows and an
// optional selection vector (uint32 indices into those rows, ascending or
// not). Its logical rows are the selected ones. Expression results are written
// at the same physical positions as their inputs, so filters never copy
// columns: they only narrow the selection. Operators that keep rows (sort,
// hash join build, aggregation) gather through the selection.
//
// Lifetime: a chunk returned by an operator's Next() stays valid until the
// next call to Next() on that operator or its destruction.
// Thread-safety: none; a Vector/DataChunk belongs to one executing thread.
#pragma once

#include <cstdint>
#include <cstring>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "types/type.h"

namespace augur::exec {

// Number of rows a vector holds at most.
inline constexpr uint32_t kVectorSize = 2048;
inline constexpr uint32_t kValidityWords = kVectorSize / 64;

// The physical representation is types::PhysicalKind (types/type.h); the
// value array element type for each kind:
//   kBool bool, kChar char, kInt16 int16_t, kInt32 int32_t, kInt64 int64_t,
//   kUint32 uint32_t, kFloat32 float, kFloat64 double, kNumeric
//   types::Numeric, kInterval types::Interval, kUuid types::Uuid,
//   kBytes std::string_view, kNone (void/record): 8 unused bytes per row.
using types::PhysicalKind;
// Size in bytes of one element of the value array.
size_t ValueWidth(PhysicalKind kind);

// Bump allocator for variable-width bytes. Memory is released only by Reset()
// or destruction; strings copied in stay at stable addresses.
class StringHeap {
 public:
  StringHeap() = default;
  StringHeap(const StringHeap&) = delete;
  StringHeap& operator=(const StringHeap&) = delete;

  // Copies `bytes` into the heap and returns a view of the copy.
  std::string_view Add(std::string_view bytes);
  // Reserves `size_bytes` writable bytes (for kernels that build strings).
  char* Allocate(size_t size_bytes);
  // Keeps another heap alive as long as this one (zero-copy references).
  void KeepAlive(std::shared_ptr<const StringHeap> other);
  // Drops all bytes and references; keeps one block for reuse.
  void Reset();
  size_t allocated_bytes() const { return allocated_bytes_; }

 private:
  static constexpr size_t kBlockBytes = 32 * 1024;
  std::vector<std::unique_ptr<char[]>> blocks_;
  std::vector<std::shared_ptr<const StringHeap>> kept_alive_;
  char* cursor_ = nullptr;
  size_t remaining_ = 0;
  size_t allocated_bytes_ = 0;
};

// Storage behind a Vector (shared between a vector and its zero-copy
// references).
struct VectorBuffer {
  // `zero`: the values must start zeroed (string views, numerics; see vector.cc).
  VectorBuffer(size_t value_bytes, bool zero);
  ~VectorBuffer();
  VectorBuffer(const VectorBuffer&) = delete;
  VectorBuffer& operator=(const VectorBuffer&) = delete;

  void* values = nullptr;  // 64-byte aligned, kVectorSize * width bytes
  uint64_t validity[kValidityWords];
  std::shared_ptr<StringHeap> heap;  // created on first use (strings only)

 private:
  size_t value_bytes_ = 0;
};

class Vector {
 public:
  Vector() = default;
  explicit Vector(types::SqlType type);

  const types::SqlType& type() const { return type_; }
  PhysicalKind physical() const { return physical_; }
  bool initialized() const { return buffer_ != nullptr; }

  // Typed access to the value array. T must match physical().
  template <typename T>
  T* values() { return static_cast<T*>(buffer_->values); }
  template <typename T>
  const T* values() const { return static_cast<const T*>(buffer_->values); }

  // Validity (NULL) bitmap.
  bool IsValid(uint32_t i) const { return (buffer_->validity[i >> 6] >> (i & 63)) & 1; }
  bool IsNull(uint32_t i) const { return !IsValid(i); }
  void SetValid(uint32_t i) { buffer_->validity[i >> 6] |= uint64_t{1} << (i & 63); }
  void SetNull(uint32_t i) { buffer_->validity[i >> 6] &= ~(uint64_t{1} << (i & 63)); }
  void SetValidity(uint32_t i, bool valid) { valid ? SetValid(i) : SetNull(i); }
  void SetAllValid() { std::memset(buffer_->validity, 0xff, sizeof(buffer_->validity)); }
  void SetAllNull() { std::memset(buffer_->validity, 0, sizeof(buffer_->validity)); }
  uint64_t* validity() { return buffer_->validity; }
  const uint64_t* validity() const { return buffer_->validity; }

  // Heap for string values written into this vector.
  StringHeap& heap();
  const std::shared_ptr<StringHeap>& shared_heap();
  // Stores `bytes` (copied into this vector's heap) at position i, valid.
  void SetString(uint32_t i, std::string_view bytes) {
    values<std::string_view>()[i] = heap().Add(bytes);
    SetValid(i);
  }

  // Makes this vector a zero-copy reference to `other` (same values,
  // validity and heap). Writing to either afterwards first calls
  // MakeWritable(), which gives the writer private storage.
  void Reference(const Vector& other);
  // Ensures this vector owns its storage exclusively (allocating fresh,
  // uninitialized storage if it is shared). Contents are NOT preserved.
  void MakeWritable();
  // Deep copy of `other` at positions sel[0..count) (or 0..count) into
  // positions 0..count of this vector (a "gather"/compaction).
  void CopyFrom(const Vector& other, const uint32_t* sel, uint32_t count);
  // Copies other's rows sel[0..count) into positions offset..offset+count of
  // this vector. String bytes are shared (this heap keeps other's alive).
  void AppendFrom(const Vector& other, const uint32_t* sel, uint32_t count, uint32_t offset);
  // Copies one value (incl. NULL) from other[from] into this[to] (string
  // bytes are copied into this vector's heap).
  void CopyValue(const Vector& other, uint32_t from, uint32_t to);

  // Slow-path helpers for tests and rare paths.
  void SetValue(uint32_t i, const types::Value& value);
  types::Value GetValue(uint32_t i) const;

 private:
  types::SqlType type_{};
  PhysicalKind physical_ = PhysicalKind::kNone;
  std::shared_ptr<VectorBuffer> buffer_;
};

// A batch of rows: one Vector per column, a physical row count and an
// optional selection.
class DataChunk {
 public:
  DataChunk() = default;
  explicit DataChunk(std::span<const types::SqlType> types) { Initialize(types); }
  DataChunk(const DataChunk&) = delete;
  DataChunk& operator=(const DataChunk&) = delete;
  DataChunk(DataChunk&&) = default;
  DataChunk& operator=(DataChunk&&) = default;

  // (Re)creates one column per type, empty, without selection.
  void Initialize(std::span<const types::SqlType> types);
  size_t column_count() const { return columns_.size(); }
  Vector& column(size_t i) { return columns_[i]; }
  const Vector& column(size_t i) const { return columns_[i]; }
  std::vector<Vector>& columns() { return columns_; }
  std::vector<types::SqlType> Types() const;

  // Physical rows (positions 0..size()-1 hold data).
  uint32_t size() const { return size_; }
  void SetSize(uint32_t size) { size_ = size; }

  // Selection: when set, only sel[0..selected_count) are rows of the chunk.
  // The array is not owned; it must outlive the chunk's use (operators keep
  // it in a member buffer that lives until their next Next()).
  bool has_selection() const { return selection_ != nullptr; }
  const uint32_t* selection() const { return selection_; }
  void SetSelection(const uint32_t* sel, uint32_t count) { selection_ = sel; selected_count_ = count; }
  void ClearSelection() { selection_ = nullptr; selected_count_ = 0; }
  // Number of logical rows.
  uint32_t count() const { return selection_ ? selected_count_ : size_; }
  // Physical position of logical row i.
  uint32_t RowIndex(uint32_t i) const { return selection_ ? selection_[i] : i; }

  // Empties the chunk: size 0, no selection; columns get private storage.
  void Reset();
  // Makes every column a zero-copy reference of `other`'s and copies its size
  // and selection.
  void Reference(const DataChunk& other);

  // Slow-path helpers (tests, VALUES, subquery results).
  // Appends one row at position size() (no selection allowed); asserts room.
  void AppendRow(std::span<const types::Value> row);
  // Value of logical row `row`, column `column`.
  types::Value GetValue(size_t column, uint32_t row) const { return columns_[column].GetValue(RowIndex(row)); }
  // Compacts the logical rows of `other` into this chunk (deep copy).
  void CopyFrom(const DataChunk& other);
  // Debug text: one line per logical row, values separated by '|' (NULL
  // shown as "NULL"), using the types' text output.
  std::string ToString() const;

 private:
  std::vector<Vector> columns_;
  uint32_t size_ = 0;
  const uint32_t* selection_ = nullptr;
  uint32_t selected_count_ = 0;
};

// An owned selection vector buffer (kVectorSize entries).
class SelectionVector {
 public:
  SelectionVector() : indices_(new uint32_t[kVectorSize]) {}
  uint32_t* data() { return indices_.get(); }
  const uint32_t* data() const { return indices_.get(); }
  uint32_t& operator[](uint32_t i) { return indices_[i]; }
  uint32_t operator[](uint32_t i) const { return indices_[i]; }

 private:
  std::unique_ptr<uint32_t[]> indices_;
};

}  // namespace augur::exec
