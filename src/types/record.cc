// Anonymous records: the field-list registry, the representation
// (record_send's format), record_out, record_cmp, keys and hashes.
// See record.h and docs/types.md ("Records").
#include "types/record.h"

#include <algorithm>
#include <cassert>
#include <map>
#include <mutex>

#include "common/key_codec.h"
#include "types/array.h"
#include "types/binary_io.h"
#include "types/compare.h"
#include "types/text_io.h"

namespace augur::types {

namespace {

void PutUint32(uint32_t u, std::string* out) {
  char b[4] = {static_cast<char>(u >> 24), static_cast<char>(u >> 16), static_cast<char>(u >> 8),
               static_cast<char>(u)};
  out->append(b, 4);
}

uint32_t GetUint32(const char* p) {
  const auto* u = reinterpret_cast<const unsigned char*>(p);
  return (uint32_t{u[0]} << 24) | (uint32_t{u[1]} << 16) | (uint32_t{u[2]} << 8) | uint32_t{u[3]};
}

// Calls f(index, field type OID, field bytes, is_null) for every field of
// an encoded record; false when the bytes are not a well-formed record.
template <typename F>
bool ForEachField(std::string_view bytes, F&& f) {
  if (bytes.size() < 4) return false;
  int32_t count = static_cast<int32_t>(GetUint32(bytes.data()));
  if (count < 0) return false;
  size_t pos = 4;
  for (int32_t i = 0; i < count; ++i) {
    if (pos + 8 > bytes.size()) return false;
    uint32_t oid = GetUint32(bytes.data() + pos);
    int32_t length = static_cast<int32_t>(GetUint32(bytes.data() + pos + 4));
    pos += 8;
    if (length < 0) {
      f(i, oid, std::string_view(), true);
      continue;
    }
    if (pos + static_cast<size_t>(length) > bytes.size()) return false;
    f(i, oid, bytes.substr(pos, static_cast<size_t>(length)), false);
    pos += static_cast<size_t>(length);
  }
  return pos == bytes.size();
}

// A field's value from its send bytes; a nested record is its own bytes
// (record input is not implemented, but records built here may nest).
Result<Value> FieldValue(uint32_t oid, std::string_view bytes) {
  if (oid == kRecordOid) return Value::Bytes(SqlType::Of(kRecordOid), std::string(bytes));
  return ParseBinary(bytes, SqlType::Of(oid));
}

struct Registry {
  std::mutex mutex;
  std::vector<std::vector<RecordField>> field_lists;  // index = typmod
  std::map<std::string, int32_t> typmods;             // FieldListKey → typmod
};

// A byte string naming a field list exactly (names, oids, typmods).
std::string FieldListKey(const std::vector<RecordField>& fields) {
  std::string key;
  for (const RecordField& f : fields) {
    PutUint32(static_cast<uint32_t>(f.name.size()), &key);
    key.append(f.name);
    PutUint32(f.type.oid, &key);
    PutUint32(static_cast<uint32_t>(f.type.typmod), &key);
  }
  return key;
}

Registry& TheRegistry() {
  static auto* registry = new Registry();  // never destroyed: used until exit
  return *registry;
}

}  // namespace

int32_t RecordTypmod(const std::vector<RecordField>& fields) {
  Registry& r = TheRegistry();
  std::string key = FieldListKey(fields);
  std::lock_guard<std::mutex> lock(r.mutex);
  auto it = r.typmods.find(key);
  if (it != r.typmods.end()) return it->second;
  if (r.field_lists.size() >= static_cast<size_t>(kMaxRecordTypes)) return -1;
  r.field_lists.push_back(fields);
  int32_t typmod = static_cast<int32_t>(r.field_lists.size() - 1);
  r.typmods.emplace(std::move(key), typmod);
  return typmod;
}

std::vector<RecordField> RecordFields(int32_t typmod) {
  Registry& r = TheRegistry();
  std::lock_guard<std::mutex> lock(r.mutex);
  if (typmod < 0 || static_cast<size_t>(typmod) >= r.field_lists.size()) return {};
  return r.field_lists[static_cast<size_t>(typmod)];
}

std::string EncodeRecord(const std::vector<Value>& fields) {
  std::string out;
  PutUint32(static_cast<uint32_t>(fields.size()), &out);
  std::string field;
  for (const Value& v : fields) {
    PutUint32(v.oid(), &out);
    if (v.is_null()) {
      PutUint32(static_cast<uint32_t>(-1), &out);
      continue;
    }
    assert(HasBinaryFormat(v.oid()) || v.oid() == kRecordOid);
    field.clear();
    AppendBinary(v, &field);
    PutUint32(static_cast<uint32_t>(field.size()), &out);
    out.append(field);
  }
  return out;
}

Value MakeRecordValue(SqlType record_type, const std::vector<Value>& fields) {
  assert(record_type.oid == kRecordOid);
  return Value::Bytes(record_type, EncodeRecord(fields));
}

Result<std::vector<Value>> DecodeRecord(std::string_view bytes) {
  std::vector<Value> fields;
  Status status;
  bool well_formed = ForEachField(bytes, [&](int32_t, uint32_t oid, std::string_view field, bool is_null) {
    if (!status.ok()) return;
    if (is_null) {
      fields.push_back(Value::Null(SqlType::Of(oid)));
      return;
    }
    auto v = FieldValue(oid, field);
    if (!v.ok()) {
      status = v.TakeStatus();
      return;
    }
    fields.push_back(std::move(*v));
  });
  RETURN_IF_ERROR(status);
  if (!well_formed) return Status::Internal("malformed record value");
  return fields;
}

Result<Value> GetRecordField(std::string_view bytes, size_t index, SqlType type) {
  Result<Value> result = Value::Null(type);
  bool well_formed = ForEachField(bytes, [&](int32_t i, uint32_t oid, std::string_view field, bool is_null) {
    if (static_cast<size_t>(i) != index || is_null) return;
    if (oid != type.oid) {
      result = Status::Internal("record field " + std::to_string(index) + " has type " + std::to_string(oid) +
                                ", expected " + std::to_string(type.oid));
      return;
    }
    result = FieldValue(oid, field);
  });
  if (!well_formed) return Status::Internal("malformed record value");
  if (result.ok()) result->Relabel(type);
  return result;
}

void AppendRecordText(std::string_view bytes, std::string* out, const DateTimeContext* context) {
  std::string text;
  out->push_back('(');
  ForEachField(bytes, [&](int32_t i, uint32_t oid, std::string_view field, bool is_null) {
    if (i > 0) out->push_back(',');
    if (is_null) return;
    auto v = FieldValue(oid, field);
    assert(v.ok());
    if (!v.ok()) return;
    text.clear();
    AppendText(*v, &text, context);
    AppendCompositeElementText(text, '(', ')', false, true, out);
  });
  out->push_back(')');
}

int CompareRecords(std::string_view a, std::string_view b) {
  auto x = DecodeRecord(a);
  auto y = DecodeRecord(b);
  if (!x.ok() || !y.ok()) {
    int c = a.compare(b);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
  }
  size_t common = std::min(x->size(), y->size());
  for (size_t i = 0; i < common; ++i) {
    const Value& u = (*x)[i];
    const Value& v = (*y)[i];
    // Fields of different physical kinds cannot be compared; order them by OID.
    if (!u.is_null() && !v.is_null() && u.kind() != v.kind()) return u.oid() < v.oid() ? -1 : 1;
    int c = CompareValues(u, v);  // a NULL field sorts last, NULL = NULL
    if (c != 0) return c;
  }
  if (x->size() != y->size()) return x->size() < y->size() ? -1 : 1;
  return 0;
}

Result<int> CompareRecordsForOperator(std::string_view a, std::string_view b) {
  std::vector<uint32_t> a_types, b_types;
  bool ok = ForEachField(a, [&](int32_t, uint32_t oid, std::string_view, bool) { a_types.push_back(oid); }) &&
            ForEachField(b, [&](int32_t, uint32_t oid, std::string_view, bool) { b_types.push_back(oid); });
  if (!ok) return Status::Internal("malformed record value");
  for (size_t i = 0; i < std::min(a_types.size(), b_types.size()); ++i) {
    if (a_types[i] != b_types[i]) {
      return Status::Error(sqlstate::kDatatypeMismatch, "cannot compare dissimilar column types " +
                                                            FormatType(SqlType::Of(a_types[i])) + " and " +
                                                            FormatType(SqlType::Of(b_types[i])) + " at record column " +
                                                            std::to_string(i + 1));
    }
  }
  if (a_types.size() != b_types.size()) {
    return Status::Error(sqlstate::kDatatypeMismatch, "cannot compare record types with different numbers of columns");
  }
  return CompareRecords(a, b);
}

bool RecordAllFieldsNull(std::string_view bytes) {
  bool all = true;
  ForEachField(bytes, [&](int32_t, uint32_t, std::string_view, bool is_null) { all &= is_null; });
  return all;
}

bool RecordNoFieldNull(std::string_view bytes) {
  bool none = true;
  ForEachField(bytes, [&](int32_t, uint32_t, std::string_view, bool is_null) { none &= !is_null; });
  return none;
}

void AppendRecordKey(std::string_view bytes, std::string* out) {
  auto fields = DecodeRecord(bytes);
  if (!fields.ok()) {
    common::AppendKeyBytes(out, bytes);
    return;
  }
  for (const Value& v : *fields) AppendElementKey(v, out);
  out->push_back('\x00');  // below every field marker: fewer fields sort first
}

uint64_t HashRecord(std::string_view bytes) {
  std::string key;
  AppendRecordKey(bytes, &key);
  return HashValue(Value::Bytes(SqlType::Of(kByteaOid), std::move(key)));
}

Status RecordInputNotSupported() {
  return Status::Error(sqlstate::kFeatureNotSupported, "input of anonymous composite types is not implemented");
}

}  // namespace augur::types
