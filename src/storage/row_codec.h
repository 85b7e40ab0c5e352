// Row codec: the byte layout of a row value in the `rows` column family and
// the zero-allocation reader (RowView) and writer (RowWriter) the engine uses
// to move rows between RocksDB and its column vectors.
//
// Layout (docs/storage-format.md has the normative version):
//   varint32 schema_version
//   varint32 column_count            (rows written before ADD COLUMN are shorter)
//   null bitmap, ceil(column_count/8) bytes, bit i (LSB first) set = column i NULL
//   for each non-NULL column in order:
//     fixed-width kinds: little-endian payload (bool/char 1, int16 2, int32/uint32/float32 4,
//                        int64/float64 8, interval 16 {time_us, days, months}, uuid 16,
//                        numeric 19 {kind u8, scale int16, coefficient int128});
//                        a big numeric (kind 4, types/type.h) is instead
//                        {u8 4, varint32 length, decimal text as numeric_out})
//     bytes:             varint32 length, then the bytes
//
// Ownership: a RowView borrows the encoded bytes (they must outlive it) and
// owns a reusable offsets buffer; a RowWriter owns its output buffer.
// Thread-safety: one thread per object.
#pragma once

#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "types/type.h"

namespace augur::storage {

using types::PhysicalKind;

inline constexpr uint32_t kMaxColumns = 1600;  // PostgreSQL's MaxHeapAttributeNumber
inline constexpr uint32_t kMaxFieldSizeBytes = 1u << 30;  // PostgreSQL's 1 GB varlena limit

// Encoded payload size of a fixed-width kind in a row; -1 for kBytes, 0 for kNone.
int RowFieldSize(PhysicalKind kind);

// Reads one encoded row. Reset() parses the header and computes every field's
// offset in one pass; the getters are then O(1) and never allocate.
// Getters assert the column is in range, non-NULL and of the matching kind
// (engine bugs, not user errors).
class RowView {
 public:
  RowView() = default;

  // Parses `encoded` against `layout` (one kind per column of the current
  // schema). Returns XX001 on a truncated/malformed row or when the row has
  // more columns than the layout.
  Status Reset(std::string_view encoded, std::span<const PhysicalKind> layout);

  uint32_t schema_version() const { return schema_version_; }
  // Columns in the layout. Columns beyond the row's stored count read as NULL.
  int column_count() const { return static_cast<int>(layout_.size()); }
  std::string_view encoded() const { return encoded_; }
  PhysicalKind layout_kind(int column) const { return layout_[column]; }

  bool IsNull(int column) const {
    return offsets_[column] == kNullOffset;
  }
  bool GetBool(int column) const { return Field(column, PhysicalKind::kBool)[0] != 0; }
  char GetChar(int column) const { return Field(column, PhysicalKind::kChar)[0]; }
  int16_t GetInt16(int column) const { return Load<int16_t>(column, PhysicalKind::kInt16); }
  int32_t GetInt32(int column) const { return Load<int32_t>(column, PhysicalKind::kInt32); }
  int64_t GetInt64(int column) const { return Load<int64_t>(column, PhysicalKind::kInt64); }
  uint32_t GetUint32(int column) const { return Load<uint32_t>(column, PhysicalKind::kUint32); }
  float GetFloat32(int column) const { return Load<float>(column, PhysicalKind::kFloat32); }
  double GetFloat64(int column) const { return Load<double>(column, PhysicalKind::kFloat64); }
  types::Interval GetInterval(int column) const { return Load<types::Interval>(column, PhysicalKind::kInterval); }
  types::Uuid GetUuid(int column) const { return Load<types::Uuid>(column, PhysicalKind::kUuid); }
  types::Numeric GetNumeric(int column) const;
  // Borrowed from the encoded row.
  std::string_view GetBytes(int column) const;
  // The raw stored payload of a non-NULL field (for copying a field as is).
  std::string_view RawField(int column) const;

  // Slow path (allocates for bytes): the field as a Value of `type`; NULL if
  // the field is NULL. `type` must have the column's physical kind.
  types::Value GetValue(int column, types::SqlType type) const;

 private:
  static constexpr uint32_t kNullOffset = UINT32_MAX;
  const char* Field(int column, PhysicalKind kind) const;
  template <typename T>
  T Load(int column, PhysicalKind kind) const {
    T value;
    std::memcpy(&value, Field(column, kind), sizeof(T));
    return value;
  }

  std::string_view encoded_;
  std::span<const PhysicalKind> layout_;
  uint32_t schema_version_ = 0;
  std::vector<uint32_t> offsets_;  // per column: byte offset of the payload, or kNullOffset
  std::vector<uint32_t> lengths_;  // per column: payload length (bytes kind: without the varint)
};

// Builds one encoded row, fields appended in column order. Reuse one writer
// per scan/insert loop: Begin() clears the buffer without freeing it.
class RowWriter {
 public:
  void Begin(uint32_t schema_version, std::span<const PhysicalKind> layout);
  void AppendNull();
  void AppendBool(bool value);
  void AppendChar(char value);
  void AppendInt16(int16_t value);
  void AppendInt32(int32_t value);
  void AppendInt64(int64_t value);
  void AppendUint32(uint32_t value);
  void AppendFloat32(float value);
  void AppendFloat64(double value);
  void AppendInterval(const types::Interval& value);
  void AppendUuid(const types::Uuid& value);
  void AppendNumeric(const types::Numeric& value);
  void AppendBytes(std::string_view value);
  // Appends a Value (NULL or of the column's physical kind; asserts).
  void AppendValue(const types::Value& value);
  // Returns the finished row; valid until the next Begin(). Asserts that
  // every column was appended.
  std::string_view Finish();

 private:
  void StartField(PhysicalKind kind, bool is_null);
  template <typename T>
  void AppendFixed(PhysicalKind kind, const T& value) {
    StartField(kind, false);
    buffer_.append(reinterpret_cast<const char*>(&value), sizeof(T));
  }

  std::string buffer_;
  std::span<const PhysicalKind> layout_;
  size_t bitmap_offset_ = 0;
  int next_column_ = 0;
};

// Encodes a whole row from Values (convenience path, not for hot loops).
// Integer-like Values are converted to the column's integer width and float4/
// float8 to the column's float width; any other kind mismatch is an engine
// bug and asserts. `values.size()` must equal `layout.size()`.
void EncodeRow(uint32_t schema_version, std::span<const PhysicalKind> layout,
               std::span<const types::Value> values, std::string* out);

// Appends the memcomparable key field for column `column` of `row` (NULL
// marker included).
void AppendKeyField(const RowView& row, int column, PhysicalKind kind, std::string* out);
// Appends the memcomparable key field for a Value of the given physical kind.
void AppendKeyValue(const types::Value& value, PhysicalKind kind, std::string* out);

}  // namespace augur::storage
