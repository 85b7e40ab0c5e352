// Row codec and key-field helpers; format in row_codec.h and
// docs/storage-format.md.
#include "storage/row_codec.h"

#include <cassert>

#include "common/key_codec.h"
#include "types/numeric.h"

namespace augur::storage {
namespace {

constexpr int kNumericRowSize = 19;  // u8 kind, int16 scale, int128 coefficient

void AppendVarint32(std::string* out, uint32_t value) {
  while (value >= 0x80) {
    out->push_back(static_cast<char>(value | 0x80));
    value >>= 7;
  }
  out->push_back(static_cast<char>(value));
}

// Reads a varint32 at *pos; false on truncation or overlong encoding.
bool ReadVarint32(std::string_view data, size_t* pos, uint32_t* value) {
  uint32_t result = 0;
  for (int shift = 0; shift <= 28; shift += 7) {
    if (*pos >= data.size()) return false;
    uint8_t byte = static_cast<uint8_t>(data[(*pos)++]);
    if (shift == 28 && byte > 0x0f) return false;
    result |= static_cast<uint32_t>(byte & 0x7f) << shift;
    if ((byte & 0x80) == 0) {
      *value = result;
      return true;
    }
  }
  return false;
}

Status CorruptRow(const char* what) {
  return Status::Error(sqlstate::kDataCorrupted, std::string("invalid row encoding: ") + what);
}

}  // namespace

int RowFieldSize(PhysicalKind kind) {
  switch (kind) {
    case PhysicalKind::kBool:
    case PhysicalKind::kChar:
      return 1;
    case PhysicalKind::kInt16:
      return 2;
    case PhysicalKind::kInt32:
    case PhysicalKind::kUint32:
    case PhysicalKind::kFloat32:
      return 4;
    case PhysicalKind::kInt64:
    case PhysicalKind::kFloat64:
      return 8;
    case PhysicalKind::kInterval:
    case PhysicalKind::kUuid:
      return 16;
    case PhysicalKind::kNumeric:
      return kNumericRowSize;
    case PhysicalKind::kBytes:
      return -1;
    case PhysicalKind::kNone:
      return 0;
  }
  return 0;
}

// ---------------------------------------------------------------------------
// RowView

Status RowView::Reset(std::string_view encoded, std::span<const PhysicalKind> layout) {
  encoded_ = encoded;
  layout_ = layout;
  const size_t column_count = layout.size();
  offsets_.resize(column_count);
  lengths_.resize(column_count);
  size_t pos = 0;
  uint32_t stored_columns = 0;
  if (!ReadVarint32(encoded, &pos, &schema_version_)) return CorruptRow("truncated header");
  if (!ReadVarint32(encoded, &pos, &stored_columns)) return CorruptRow("truncated header");
  if (stored_columns > column_count) return CorruptRow("more columns than the table has");
  const size_t bitmap_bytes = (stored_columns + 7) / 8;
  if (encoded.size() - pos < bitmap_bytes) return CorruptRow("truncated null bitmap");
  const auto* bitmap = reinterpret_cast<const uint8_t*>(encoded.data() + pos);
  pos += bitmap_bytes;
  for (uint32_t i = 0; i < stored_columns; ++i) {
    if (bitmap[i / 8] & (1u << (i % 8))) {
      offsets_[i] = kNullOffset;
      continue;
    }
    int size = RowFieldSize(layout[i]);
    uint32_t length = 0;
    if (layout[i] == PhysicalKind::kNumeric && pos < encoded.size() &&
        static_cast<uint8_t>(encoded[pos]) == static_cast<uint8_t>(types::NumericKind::kBig)) {
      // Big numeric: kind byte 4, varint32 length, decimal text (see row_codec.h).
      size_t start = pos++;
      if (!ReadVarint32(encoded, &pos, &length)) return CorruptRow("truncated numeric length");
      if (encoded.size() - pos < length) return CorruptRow("truncated field");
      length += static_cast<uint32_t>(pos - start);
      pos = start;
    } else if (size < 0) {
      if (!ReadVarint32(encoded, &pos, &length)) return CorruptRow("truncated field length");
    } else if (size == 0) {
      return CorruptRow("non-NULL value in a column without storage");
    } else {
      length = static_cast<uint32_t>(size);
    }
    if (encoded.size() - pos < length) return CorruptRow("truncated field");
    offsets_[i] = static_cast<uint32_t>(pos);
    lengths_[i] = length;
    pos += length;
  }
  for (size_t i = stored_columns; i < column_count; ++i) offsets_[i] = kNullOffset;
  if (pos != encoded.size()) return CorruptRow("trailing bytes");
  return Status::Ok();
}

const char* RowView::Field(int column, PhysicalKind kind) const {
  assert(column >= 0 && static_cast<size_t>(column) < layout_.size());
  assert(layout_[column] == kind);
  assert(offsets_[column] != kNullOffset);
  (void)kind;
  return encoded_.data() + offsets_[column];
}

types::Numeric RowView::GetNumeric(int column) const {
  const char* p = Field(column, PhysicalKind::kNumeric);
  types::Numeric value;
  if (static_cast<uint8_t>(p[0]) == static_cast<uint8_t>(types::NumericKind::kBig)) {
    size_t pos = static_cast<size_t>(p - encoded_.data()) + 1;
    uint32_t length = 0;
    bool ok = ReadVarint32(encoded_, &pos, &length);
    assert(ok);  // checked by Reset
    (void)ok;
    Result<types::Numeric> parsed = types::NumericFromString(encoded_.substr(pos, length));
    assert(parsed.ok() && parsed->is_big());  // written by AppendNumeric from NumericToString
    return parsed.ok() ? *parsed : types::Numeric::Special(types::NumericKind::kNaN);
  }
  value.kind = static_cast<types::NumericKind>(static_cast<uint8_t>(p[0]));
  std::memcpy(&value.scale, p + 1, 2);
  std::memcpy(&value.coefficient, p + 3, 16);
  return value;
}

std::string_view RowView::GetBytes(int column) const {
  const char* p = Field(column, PhysicalKind::kBytes);
  return std::string_view(p, lengths_[column]);
}

std::string_view RowView::RawField(int column) const {
  assert(!IsNull(column));
  return std::string_view(encoded_.data() + offsets_[column], lengths_[column]);
}

types::Value RowView::GetValue(int column, types::SqlType type) const {
  if (IsNull(column)) return types::Value::Null(type);
  types::Value value;
  switch (layout_[column]) {
    case PhysicalKind::kBool:
      value = types::Value::Bool(GetBool(column));
      break;
    case PhysicalKind::kChar:
      return types::Value::FromInt64(type, GetChar(column));
    case PhysicalKind::kInt16:
      return types::Value::FromInt64(type, GetInt16(column));
    case PhysicalKind::kInt32:
      return types::Value::FromInt64(type, GetInt32(column));
    case PhysicalKind::kInt64:
      return types::Value::FromInt64(type, GetInt64(column));
    case PhysicalKind::kUint32:
      return types::Value::FromInt64(type, GetUint32(column));
    case PhysicalKind::kFloat32:
      return types::Value::FromDouble(type, GetFloat32(column));
    case PhysicalKind::kFloat64:
      return types::Value::FromDouble(type, GetFloat64(column));
    case PhysicalKind::kInterval:
      value = types::Value::MakeInterval(GetInterval(column));
      break;
    case PhysicalKind::kUuid:
      value = types::Value::MakeUuid(GetUuid(column));
      break;
    case PhysicalKind::kNumeric:
      return types::Value::MakeNumeric(GetNumeric(column), type.typmod);
    case PhysicalKind::kBytes:
      return types::Value::Bytes(type, std::string(GetBytes(column)));
    case PhysicalKind::kNone:
      return types::Value::Null(type);
  }
  value.Relabel(type);
  return value;
}

// ---------------------------------------------------------------------------
// RowWriter

void RowWriter::Begin(uint32_t schema_version, std::span<const PhysicalKind> layout) {
  assert(layout.size() <= kMaxColumns);
  buffer_.clear();
  layout_ = layout;
  next_column_ = 0;
  AppendVarint32(&buffer_, schema_version);
  AppendVarint32(&buffer_, static_cast<uint32_t>(layout.size()));
  bitmap_offset_ = buffer_.size();
  buffer_.append((layout.size() + 7) / 8, '\0');
}

void RowWriter::StartField(PhysicalKind kind, bool is_null) {
  assert(static_cast<size_t>(next_column_) < layout_.size());
  assert(is_null || layout_[next_column_] == kind);
  (void)kind;
  if (is_null) buffer_[bitmap_offset_ + next_column_ / 8] |= static_cast<char>(1u << (next_column_ % 8));
  ++next_column_;
}

void RowWriter::AppendNull() { StartField(PhysicalKind::kNone, true); }
void RowWriter::AppendBool(bool value) { AppendFixed<uint8_t>(PhysicalKind::kBool, value ? 1 : 0); }
void RowWriter::AppendChar(char value) { AppendFixed(PhysicalKind::kChar, value); }
void RowWriter::AppendInt16(int16_t value) { AppendFixed(PhysicalKind::kInt16, value); }
void RowWriter::AppendInt32(int32_t value) { AppendFixed(PhysicalKind::kInt32, value); }
void RowWriter::AppendInt64(int64_t value) { AppendFixed(PhysicalKind::kInt64, value); }
void RowWriter::AppendUint32(uint32_t value) { AppendFixed(PhysicalKind::kUint32, value); }
void RowWriter::AppendFloat32(float value) { AppendFixed(PhysicalKind::kFloat32, value); }
void RowWriter::AppendFloat64(double value) { AppendFixed(PhysicalKind::kFloat64, value); }
void RowWriter::AppendInterval(const types::Interval& value) { AppendFixed(PhysicalKind::kInterval, value); }
void RowWriter::AppendUuid(const types::Uuid& value) { AppendFixed(PhysicalKind::kUuid, value); }

void RowWriter::AppendNumeric(const types::Numeric& value) {
  StartField(PhysicalKind::kNumeric, false);
  buffer_.push_back(static_cast<char>(value.kind));
  if (value.is_big()) {
    // The out-of-line form is a process-local pointer: store the decimal text.
    std::string text = types::NumericToString(value);
    AppendVarint32(&buffer_, static_cast<uint32_t>(text.size()));
    buffer_.append(text);
    return;
  }
  buffer_.append(reinterpret_cast<const char*>(&value.scale), 2);
  buffer_.append(reinterpret_cast<const char*>(&value.coefficient), 16);
}

void RowWriter::AppendBytes(std::string_view value) {
  assert(value.size() <= kMaxFieldSizeBytes);
  StartField(PhysicalKind::kBytes, false);
  AppendVarint32(&buffer_, static_cast<uint32_t>(value.size()));
  buffer_.append(value);
}

void RowWriter::AppendValue(const types::Value& value) {
  if (value.is_null()) {
    AppendNull();
    return;
  }
  assert(static_cast<size_t>(next_column_) < layout_.size());
  switch (layout_[next_column_]) {
    case PhysicalKind::kBool:
      AppendBool(value.GetBool());
      return;
    case PhysicalKind::kChar:
      AppendChar(static_cast<char>(value.AsInt64()));
      return;
    case PhysicalKind::kInt16:
      AppendInt16(static_cast<int16_t>(value.AsInt64()));
      return;
    case PhysicalKind::kInt32:
      AppendInt32(static_cast<int32_t>(value.AsInt64()));
      return;
    case PhysicalKind::kInt64:
      AppendInt64(value.AsInt64());
      return;
    case PhysicalKind::kUint32:
      AppendUint32(static_cast<uint32_t>(value.AsInt64()));
      return;
    case PhysicalKind::kFloat32:
      AppendFloat32(value.kind() == PhysicalKind::kFloat64 ? static_cast<float>(value.GetFloat8())
                                                           : value.GetFloat4());
      return;
    case PhysicalKind::kFloat64:
      AppendFloat64(value.kind() == PhysicalKind::kFloat32 ? value.GetFloat4() : value.GetFloat8());
      return;
    case PhysicalKind::kInterval:
      AppendInterval(value.GetInterval());
      return;
    case PhysicalKind::kUuid:
      AppendUuid(value.GetUuid());
      return;
    case PhysicalKind::kNumeric:
      AppendNumeric(value.GetNumeric());
      return;
    case PhysicalKind::kBytes:
      AppendBytes(value.GetBytes());
      return;
    case PhysicalKind::kNone:
      AppendNull();
      return;
  }
}

std::string_view RowWriter::Finish() {
  assert(static_cast<size_t>(next_column_) == layout_.size());
  return buffer_;
}

void EncodeRow(uint32_t schema_version, std::span<const PhysicalKind> layout, std::span<const types::Value> values,
               std::string* out) {
  assert(values.size() == layout.size());
  RowWriter writer;
  writer.Begin(schema_version, layout);
  for (const auto& value : values) writer.AppendValue(value);
  out->assign(writer.Finish());
}

// ---------------------------------------------------------------------------
// Key fields

namespace {
void AppendKeyNumericValue(const types::Numeric& n, std::string* out) {
  types::AppendNumericKey(n, out);
}
}  // namespace

void AppendKeyField(const RowView& row, int column, PhysicalKind kind, std::string* out) {
  if (row.IsNull(column)) {
    common::AppendKeyNull(out);
    return;
  }
  switch (kind) {
    case PhysicalKind::kBool: common::AppendKeyBool(out, row.GetBool(column)); return;
    case PhysicalKind::kChar: common::AppendKeyChar(out, row.GetChar(column)); return;
    case PhysicalKind::kInt16: common::AppendKeyInt16(out, row.GetInt16(column)); return;
    case PhysicalKind::kInt32: common::AppendKeyInt32(out, row.GetInt32(column)); return;
    case PhysicalKind::kInt64: common::AppendKeyInt64(out, row.GetInt64(column)); return;
    case PhysicalKind::kUint32: common::AppendKeyUint32(out, row.GetUint32(column)); return;
    case PhysicalKind::kFloat32: common::AppendKeyFloat32(out, row.GetFloat32(column)); return;
    case PhysicalKind::kFloat64: common::AppendKeyFloat64(out, row.GetFloat64(column)); return;
    case PhysicalKind::kInterval: {
      types::Interval v = row.GetInterval(column);
      common::AppendKeyInterval(out, v.time_us, v.days, v.months);
      return;
    }
    case PhysicalKind::kUuid: {
      types::Uuid v = row.GetUuid(column);
      common::AppendKeyUuid(out, v.bytes);
      return;
    }
    case PhysicalKind::kNumeric: AppendKeyNumericValue(row.GetNumeric(column), out); return;
    case PhysicalKind::kBytes: common::AppendKeyBytes(out, row.GetBytes(column)); return;
    case PhysicalKind::kNone: common::AppendKeyNull(out); return;
  }
}

void AppendKeyValue(const types::Value& value, PhysicalKind kind, std::string* out) {
  if (value.is_null()) {
    common::AppendKeyNull(out);
    return;
  }
  switch (kind) {
    case PhysicalKind::kBool: common::AppendKeyBool(out, value.GetBool()); return;
    case PhysicalKind::kChar: common::AppendKeyChar(out, static_cast<char>(value.AsInt64())); return;
    case PhysicalKind::kInt16: common::AppendKeyInt16(out, static_cast<int16_t>(value.AsInt64())); return;
    case PhysicalKind::kInt32: common::AppendKeyInt32(out, static_cast<int32_t>(value.AsInt64())); return;
    case PhysicalKind::kInt64: common::AppendKeyInt64(out, value.AsInt64()); return;
    case PhysicalKind::kUint32: common::AppendKeyUint32(out, static_cast<uint32_t>(value.AsInt64())); return;
    case PhysicalKind::kFloat32:
      common::AppendKeyFloat32(out, value.kind() == PhysicalKind::kFloat64 ? static_cast<float>(value.GetFloat8())
                                                                           : value.GetFloat4());
      return;
    case PhysicalKind::kFloat64:
      common::AppendKeyFloat64(out, value.kind() == PhysicalKind::kFloat32 ? value.GetFloat4() : value.GetFloat8());
      return;
    case PhysicalKind::kInterval: {
      const types::Interval& v = value.GetInterval();
      common::AppendKeyInterval(out, v.time_us, v.days, v.months);
      return;
    }
    case PhysicalKind::kUuid: common::AppendKeyUuid(out, value.GetUuid().bytes); return;
    case PhysicalKind::kNumeric: AppendKeyNumericValue(value.GetNumeric(), out); return;
    case PhysicalKind::kBytes: common::AppendKeyBytes(out, value.GetBytes()); return;
    case PhysicalKind::kNone: common::AppendKeyNull(out); return;
  }
}

}  // namespace augur::storage
