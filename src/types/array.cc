// One-dimensional arrays: type table, representation, text and binary I/O,
// comparison, keys and casts. See array.h and docs/types.md ("Arrays").
#include "types/array.h"

#include <array>
#include <cassert>
#include <cstring>

#include "common/key_codec.h"
#include "types/binary_io.h"
#include "types/cast.h"
#include "types/compare.h"
#include "types/numeric.h"
#include "types/record.h"
#include "types/reg_types.h"
#include "types/text_io.h"

namespace augur::types {

namespace {

struct ArrayTypePair {
  uint32_t array_oid;
  uint32_t element_oid;
};

// pg_type rows with typelem (PostgreSQL 15 postgres.bki).
constexpr ArrayTypePair kArrayTypes[] = {
    {1000, kBoolOid},      {1001, kByteaOid},     {1002, kCharOid},        {1003, kNameOid},
    {1005, kInt2Oid},      {1007, kInt4Oid},      {1008, kRegprocOid},     {1009, kTextOid},
    {1014, kBpcharOid},    {1015, kVarcharOid},   {1016, kInt8Oid},        {1021, kFloat4Oid},
    {1022, kFloat8Oid},    {1028, kOidOid},       {1182, kDateOid},        {1183, kTimeOid},        {1270, kTimeTzOid},
    {1115, kTimestampOid}, {1185, kTimestampTzOid}, {1187, kIntervalOid},  {1231, kNumericOid},
    {2951, kUuidOid},      {2210, kRegclassOid},  {2211, kRegtypeOid},     {4090, kRegnamespaceOid},
    {4097, kRegroleOid},   {1011, kXidOid},       {2207, kRegprocedureOid},
    {kInt2VectorOid, kInt2Oid}, {kOidVectorOid, kOidOid},  // last: ArrayOidOf finds int2[]/oid[]
};

constexpr size_t kHeaderBytes = 12;       // ndim, flags, element oid
constexpr size_t kDimensionBytes = 8;     // length, lower bound
constexpr int32_t kMaxElements = 1 << 27;  // PostgreSQL's MaxArraySize is ~134M too

void PutInt32(int32_t x, std::string* out) {
  uint32_t u = static_cast<uint32_t>(x);
  char b[4] = {static_cast<char>(u >> 24), static_cast<char>(u >> 16), static_cast<char>(u >> 8),
               static_cast<char>(u)};
  out->append(b, 4);
}

int32_t GetInt32(const char* p) {
  const auto* u = reinterpret_cast<const unsigned char*>(p);
  return static_cast<int32_t>((uint32_t{u[0]} << 24) | (uint32_t{u[1]} << 16) | (uint32_t{u[2]} << 8) |
                              uint32_t{u[3]});
}

// Calls f(index, element bytes, is_null) for every element of a canonical array.
template <typename F>
void ForEachElement(std::string_view bytes, F&& f) {
  ArrayHeader h = ReadArrayHeader(bytes);
  size_t pos = kHeaderBytes + (h.count > 0 ? kDimensionBytes : 0);
  for (int32_t i = 0; i < h.count; i++) {
    assert(pos + 4 <= bytes.size());
    int32_t len = GetInt32(bytes.data() + pos);
    pos += 4;
    if (len < 0) {
      f(i, std::string_view(), true);
      continue;
    }
    f(i, bytes.substr(pos, static_cast<size_t>(len)), false);
    pos += static_cast<size_t>(len);
  }
}

Status Malformed(std::string_view text, std::string detail) {
  return Status::Error(sqlstate::kInvalidTextRepresentation, "malformed array literal: \"" + std::string(text) + "\"")
      .WithDetail(std::move(detail));
}

bool ArrayIsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

bool EqualsNullIgnoringCase(std::string_view s) {
  if (s.size() != 4) return false;
  static constexpr char kNull[] = "null";
  for (size_t i = 0; i < 4; i++) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != kNull[i]) return false;
  }
  return true;
}

// Parses an optional sign and digits at text[*pos].
bool ParseBound(std::string_view text, size_t* pos, int32_t* value) {
  size_t p = *pos;
  bool negative = false;
  if (p < text.size() && (text[p] == '-' || text[p] == '+')) negative = text[p++] == '-';
  size_t start = p;
  int64_t v = 0;
  while (p < text.size() && text[p] >= '0' && text[p] <= '9') {
    v = v * 10 + (text[p++] - '0');
    if (v > INT32_MAX) return false;
  }
  if (p == start) return false;
  *value = static_cast<int32_t>(negative ? -v : v);
  *pos = p;
  return true;
}

}  // namespace

void AppendElementKey(const Value& v, std::string* out) {
  if (v.is_null()) {
    common::AppendKeyNull(out);
    return;
  }
  switch (v.kind()) {
    case PhysicalKind::kBool: common::AppendKeyBool(out, v.GetBool()); return;
    case PhysicalKind::kChar: common::AppendKeyChar(out, v.GetChar()); return;
    case PhysicalKind::kInt16: common::AppendKeyInt16(out, v.GetInt2()); return;
    case PhysicalKind::kInt32: common::AppendKeyInt32(out, v.GetInt4()); return;
    case PhysicalKind::kInt64: common::AppendKeyInt64(out, v.GetInt8()); return;
    case PhysicalKind::kUint32: common::AppendKeyUint32(out, v.GetOid()); return;
    case PhysicalKind::kFloat32: common::AppendKeyFloat32(out, v.GetFloat4()); return;
    case PhysicalKind::kFloat64: common::AppendKeyFloat64(out, v.GetFloat8()); return;
    case PhysicalKind::kNumeric: {
      const Numeric& n = v.GetNumeric();
      AppendNumericKey(n, out);
      return;
    }
    case PhysicalKind::kInterval: {
      const Interval& iv = v.GetInterval();
      common::AppendKeyInterval(out, iv.time_us, iv.days, iv.months);
      return;
    }
    case PhysicalKind::kUuid: common::AppendKeyUuid(out, v.GetUuid().bytes); return;
    case PhysicalKind::kBytes: {
      if (IsArrayOid(v.oid()) || v.oid() == kRecordOid) {
        // A nested array or record: its own memcmp-ordered key, escaped.
        std::string nested;
        if (v.oid() == kRecordOid) {
          AppendRecordKey(v.GetBytes(), &nested);
        } else {
          AppendArrayKey(v.GetBytes(), v.type(), &nested);
        }
        common::AppendKeyBytes(out, nested);
        return;
      }
      common::AppendKeyBytes(out, v.oid() == kBpcharOid ? BpcharStripTrailingBlanks(v.GetBytes()) : v.GetBytes());
      return;
    }
    case PhysicalKind::kNone: common::AppendKeyNull(out); return;
  }
}

namespace {

// IsArrayOid runs for every value parsed or encoded: a bit per oid below
// kArrayOidLimit instead of a scan of kArrayTypes.
constexpr uint32_t kArrayOidLimit = 4160;
constexpr std::array<uint64_t, kArrayOidLimit / 64> kArrayOidBits = [] {
  std::array<uint64_t, kArrayOidLimit / 64> bits{};
  for (const ArrayTypePair& p : kArrayTypes) bits[p.array_oid / 64] |= uint64_t{1} << (p.array_oid % 64);
  return bits;
}();
static_assert([] {
  for (const ArrayTypePair& p : kArrayTypes) {
    if (p.array_oid >= kArrayOidLimit) return false;
  }
  return true;
}());

}  // namespace

bool IsArrayOid(uint32_t oid) { return oid < kArrayOidLimit && ((kArrayOidBits[oid / 64] >> (oid % 64)) & 1) != 0; }

uint32_t ArrayElementOid(uint32_t array_oid) {
  for (const ArrayTypePair& p : kArrayTypes) {
    if (p.array_oid == array_oid) return p.element_oid;
  }
  return kInvalidOid;
}

uint32_t ArrayOidOf(uint32_t element_oid) {
  for (const ArrayTypePair& p : kArrayTypes) {
    if (p.element_oid == element_oid) return p.array_oid;
  }
  return kInvalidOid;
}

ArrayHeader ReadArrayHeader(std::string_view bytes) {
  ArrayHeader h;
  assert(bytes.size() >= kHeaderBytes);
  const int32_t ndim = GetInt32(bytes.data());
  h.has_null = GetInt32(bytes.data() + 4) != 0;
  h.element_oid = static_cast<uint32_t>(GetInt32(bytes.data() + 8));
  if (ndim > 0) {
    assert(bytes.size() >= kHeaderBytes + kDimensionBytes);
    h.count = GetInt32(bytes.data() + kHeaderBytes);
    h.lower_bound = GetInt32(bytes.data() + kHeaderBytes + 4);
  }
  return h;
}

Result<ArrayContents> DecodeArray(std::string_view bytes, SqlType array_type) {
  if (bytes.size() < kHeaderBytes) return Status::Internal("array value too short");
  ArrayContents c;
  c.element_type = SqlType::Of(ArrayElementOid(array_type.oid));
  ArrayHeader h = ReadArrayHeader(bytes);
  c.lower_bound = h.lower_bound;
  c.elements.reserve(static_cast<size_t>(h.count));
  Status status;
  ForEachElement(bytes, [&](int32_t, std::string_view element, bool is_null) {
    if (!status.ok()) return;
    if (is_null) {
      c.elements.push_back(Value::Null(c.element_type));
      return;
    }
    auto v = ParseBinary(element, c.element_type);
    if (!v.ok()) {
      status = v.TakeStatus();
      return;
    }
    c.elements.push_back(std::move(*v));
  });
  RETURN_IF_ERROR(status);
  return c;
}

std::string EncodeArray(const ArrayContents& contents) {
  std::string out;
  const bool empty = contents.elements.empty();
  bool has_null = false;
  for (const Value& v : contents.elements) has_null |= v.is_null();
  PutInt32(empty ? 0 : 1, &out);
  PutInt32(has_null ? 1 : 0, &out);
  PutInt32(static_cast<int32_t>(contents.element_type.oid), &out);
  if (empty) return out;
  PutInt32(static_cast<int32_t>(contents.elements.size()), &out);
  PutInt32(contents.lower_bound, &out);
  std::string element;
  for (const Value& v : contents.elements) {
    if (v.is_null()) {
      PutInt32(-1, &out);
      continue;
    }
    element.clear();
    AppendBinary(v, &element);
    PutInt32(static_cast<int32_t>(element.size()), &out);
    out.append(element);
  }
  return out;
}

Value MakeArrayValue(SqlType array_type, const ArrayContents& contents) {
  return Value::Bytes(array_type, EncodeArray(contents));
}

namespace {

// int2vectorin / oidvectorin: whitespace-separated elements, lower bound 0.
Result<Value> ParseVectorText(std::string_view text, SqlType type) {
  ArrayContents c;
  c.element_type = SqlType::Of(ArrayElementOid(type.oid));
  c.lower_bound = 0;
  size_t p = 0;
  while (true) {
    while (p < text.size() && ArrayIsSpace(text[p])) p++;
    if (p >= text.size()) break;
    size_t start = p;
    while (p < text.size() && !ArrayIsSpace(text[p])) p++;
    ASSIGN_OR_RETURN(Value v, ParseText(text.substr(start, p - start), c.element_type));
    c.elements.push_back(std::move(v));
  }
  return MakeArrayValue(SqlType::Of(type.oid), c);
}

}  // namespace

Result<Value> ParseArrayText(std::string_view text, SqlType array_type, const DateTimeContext* context) {
  if (IsVectorOid(array_type.oid)) return ParseVectorText(text, array_type);
  ArrayContents c;
  // Elements are read without the typmod, which then applies as an
  // assignment cast (explicit casts truncate instead: exec/ casts first).
  c.element_type = SqlType::Of(ArrayElementOid(array_type.oid));
  size_t p = 0;
  const size_t n = text.size();
  while (p < n && ArrayIsSpace(text[p])) p++;
  bool explicit_bounds = false;
  int32_t lower = 1, upper = 0;
  if (p < n && text[p] == '[') {
    explicit_bounds = true;
    p++;
    while (p < n && ArrayIsSpace(text[p])) p++;
    if (!ParseBound(text, &p, &lower)) {
      return Malformed(text, "\"[\" must introduce explicitly-specified array dimensions.");
    }
    while (p < n && ArrayIsSpace(text[p])) p++;
    if (p < n && text[p] == ':') {
      p++;
      while (p < n && ArrayIsSpace(text[p])) p++;
      if (!ParseBound(text, &p, &upper)) return Malformed(text, "Missing array dimension value.");
      while (p < n && ArrayIsSpace(text[p])) p++;
    } else {
      upper = lower;
      lower = 1;
    }
    if (p >= n || text[p] != ']') return Malformed(text, "Missing \"]\" in array dimensions.");
    p++;
    if (upper < lower) {
      return Status::Error("2202E", "upper bound cannot be less than lower bound");
    }
    if (p < n && text[p] == '[') return Status::NotSupported("multidimensional arrays");
    while (p < n && ArrayIsSpace(text[p])) p++;
    if (p >= n || text[p] != '=') return Malformed(text, "Missing \"=\" after array dimensions.");
    p++;
    while (p < n && ArrayIsSpace(text[p])) p++;
  }
  if (p >= n || text[p] != '{') return Malformed(text, "Array value must start with \"{\" or dimension information.");
  p++;
  std::string element;
  bool closed = false;
  bool first = true;
  while (!closed) {
    while (p < n && ArrayIsSpace(text[p])) p++;
    if (p >= n) return Malformed(text, "Unexpected end of input.");
    if (text[p] == '{') {
      if (first) return Status::NotSupported("multidimensional arrays");
      return Malformed(text, "Unexpected \"{\" character.");
    }
    if (first && text[p] == '}') {
      p++;
      break;
    }
    if (text[p] == ',' || text[p] == '}') return Malformed(text, std::string("Unexpected \"") + text[p] + "\" character.");
    first = false;
    // One element: quoted sections and backslash escapes keep their bytes;
    // unquoted trailing whitespace is dropped.
    element.clear();
    bool in_quotes = false, literal = false;
    size_t keep = 0;  // element bytes up to the last significant character
    while (true) {
      if (p >= n) return Malformed(text, "Unexpected end of input.");
      char ch = text[p];
      if (ch == '\\') {
        if (p + 1 >= n) return Malformed(text, "Unexpected end of input.");
        element.push_back(text[p + 1]);
        keep = element.size();
        literal = true;
        p += 2;
        continue;
      }
      if (ch == '"') {
        in_quotes = !in_quotes;
        literal = true;
        keep = element.size();
        p++;
        continue;
      }
      if (in_quotes) {
        element.push_back(ch);
        keep = element.size();
        p++;
        continue;
      }
      if (ch == ',' || ch == '}') break;
      if (ch == '{') return Malformed(text, "Unexpected \"{\" character.");
      element.push_back(ch);
      if (!ArrayIsSpace(ch)) keep = element.size();
      p++;
    }
    element.resize(keep);
    if (!literal && EqualsNullIgnoringCase(element)) {
      c.elements.push_back(Value::Null(c.element_type));
    } else {
      ASSIGN_OR_RETURN(Value v, ParseText(element, c.element_type, context));
      c.elements.push_back(std::move(v));
    }
    if (static_cast<int32_t>(c.elements.size()) > kMaxElements) {
      return Status::Error(sqlstate::kProgramLimitExceeded, "array size exceeds the maximum allowed (134217727)");
    }
    if (text[p] == '}') closed = true;
    p++;
  }
  while (p < n && ArrayIsSpace(text[p])) p++;
  if (p < n) return Malformed(text, "Junk after closing right brace.");
  if (explicit_bounds) {
    if (static_cast<int64_t>(upper) - lower + 1 != static_cast<int64_t>(c.elements.size())) {
      return Malformed(text, "Specified array dimensions do not match array contents.");
    }
    c.lower_bound = lower;
  }
  if (array_type.typmod >= 0) {
    return CastArray(MakeArrayValue(SqlType::Of(array_type.oid), c), array_type, CastContext::kAssignment, context);
  }
  return MakeArrayValue(array_type, c);
}

void AppendArrayText(std::string_view bytes, SqlType array_type, std::string* out, const DateTimeContext* context) {
  ArrayHeader h = ReadArrayHeader(bytes);
  if (IsVectorOid(array_type.oid)) {  // int2vectorout / oidvectorout
    const SqlType element_type = SqlType::Of(ArrayElementOid(array_type.oid));
    ForEachElement(bytes, [&](int32_t i, std::string_view element, bool is_null) {
      if (i > 0) out->push_back(' ');
      auto v = ParseBinary(element, element_type);
      if (!is_null && v.ok()) AppendText(*v, out, context);
    });
    return;
  }
  if (h.count == 0) {
    out->append("{}");
    return;
  }
  if (h.lower_bound != 1) {
    out->push_back('[');
    out->append(std::to_string(h.lower_bound));
    out->push_back(':');
    out->append(std::to_string(static_cast<int64_t>(h.lower_bound) + h.count - 1));
    out->append("]=");
  }
  const SqlType element_type = SqlType::Of(ArrayElementOid(array_type.oid));
  std::string text;
  out->push_back('{');
  ForEachElement(bytes, [&](int32_t i, std::string_view element, bool is_null) {
    if (i > 0) out->push_back(',');
    if (is_null) {
      out->append("NULL");
      return;
    }
    auto v = ParseBinary(element, element_type);
    assert(v.ok());
    text.clear();
    if (v.ok()) AppendText(*v, &text, context);
    AppendCompositeElementText(text, '{', '}', EqualsNullIgnoringCase(text), false, out);
  });
  out->push_back('}');
}

void AppendCompositeElementText(std::string_view text, char open, char close, bool force_quote, bool double_escapes,
                                std::string* out) {
  bool quote = force_quote || text.empty();
  for (char ch : text) {
    if (quote) break;
    quote = ch == '"' || ch == '\\' || ch == open || ch == close || ch == ',' || ArrayIsSpace(ch);
  }
  if (!quote) {
    out->append(text);
    return;
  }
  out->push_back('"');
  for (char ch : text) {
    if (ch == '"' || ch == '\\') out->push_back(double_escapes ? ch : '\\');
    out->push_back(ch);
  }
  out->push_back('"');
}

Result<Value> ParseArrayBinary(std::string_view bytes, SqlType array_type) {
  auto short_data = [] { return Status::Error(sqlstate::kProtocolViolation, "insufficient data left in message"); };
  if (bytes.size() < kHeaderBytes) return short_data();
  const int32_t ndim = GetInt32(bytes.data());
  const int32_t flags = GetInt32(bytes.data() + 4);
  const uint32_t element_oid = static_cast<uint32_t>(GetInt32(bytes.data() + 8));
  if (ndim < 0 || ndim > 6) {
    return Status::Error(sqlstate::kInvalidBinaryRepresentation, "invalid number of dimensions: " + std::to_string(ndim));
  }
  if (flags != 0 && flags != 1) return Status::Error(sqlstate::kInvalidBinaryRepresentation, "invalid array flags");
  ArrayContents c;
  c.element_type = ArrayElementType(array_type);
  if (element_oid != c.element_type.oid) {
    return Status::Error(sqlstate::kDatatypeMismatch,
                         "binary data has array element type " + std::to_string(element_oid) + " (" +
                             std::string(TypeName(element_oid)) + ") instead of expected " +
                             std::to_string(c.element_type.oid) + " (" + std::string(TypeName(c.element_type.oid)) +
                             ")");
  }
  if (ndim > 1) return Status::NotSupported("multidimensional arrays");
  size_t pos = kHeaderBytes;
  int32_t count = 0;
  if (ndim == 1) {
    if (bytes.size() < pos + kDimensionBytes) return short_data();
    count = GetInt32(bytes.data() + pos);
    c.lower_bound = GetInt32(bytes.data() + pos + 4);
    pos += kDimensionBytes;
    if (count < 0 || count > kMaxElements) {
      return Status::Error(sqlstate::kProgramLimitExceeded, "array size exceeds the maximum allowed (134217727)");
    }
    if (count > 0 && static_cast<int64_t>(c.lower_bound) + count - 1 > INT32_MAX) {
      return Status::Error(sqlstate::kProgramLimitExceeded, "array upper bound is too large");
    }
  }
  if (count == 0) c.lower_bound = 1;
  for (int32_t i = 0; i < count; i++) {
    if (bytes.size() < pos + 4) return short_data();
    int32_t len = GetInt32(bytes.data() + pos);
    pos += 4;
    if (len < -1) return Status::Error(sqlstate::kInvalidBinaryRepresentation, "insufficient data left in message");
    if (len == -1) {
      c.elements.push_back(Value::Null(c.element_type));
      continue;
    }
    if (bytes.size() - pos < static_cast<size_t>(len)) return short_data();
    ASSIGN_OR_RETURN(Value v, ParseBinary(bytes.substr(pos, static_cast<size_t>(len)), c.element_type));
    c.elements.push_back(std::move(v));
    pos += static_cast<size_t>(len);
  }
  if (pos != bytes.size()) return Status::Error(sqlstate::kInvalidBinaryRepresentation, "incorrect binary data format");
  if (IsVectorOid(array_type.oid)) {
    bool has_null = false;
    for (const Value& v : c.elements) has_null |= v.is_null();
    if (ndim > 1 || has_null || (count > 0 && c.lower_bound != 0)) {
      return Status::Error(sqlstate::kInvalidBinaryRepresentation,
                           std::string("invalid ") + (array_type.oid == kInt2VectorOid ? "int2vector" : "oidvector") +
                               " data");
    }
  }
  return MakeArrayValue(array_type, c);
}

int CompareArrays(std::string_view a, std::string_view b, SqlType array_type) {
  auto da = DecodeArray(a, array_type);
  auto db = DecodeArray(b, array_type);
  if (!da.ok() || !db.ok()) return CompareValues(Value::Bytes(SqlType::Of(kByteaOid), std::string(a)),
                                                 Value::Bytes(SqlType::Of(kByteaOid), std::string(b)));
  const auto& x = da->elements;
  const auto& y = db->elements;
  size_t common = x.size() < y.size() ? x.size() : y.size();
  for (size_t i = 0; i < common; i++) {
    int c = CompareValues(x[i], y[i]);  // NULL elements sort last, NULL = NULL
    if (c != 0) return c;
  }
  if (x.size() != y.size()) return x.size() < y.size() ? -1 : 1;
  if (x.empty()) return 0;
  if (da->lower_bound != db->lower_bound) return da->lower_bound < db->lower_bound ? -1 : 1;
  return 0;
}

void AppendArrayKey(std::string_view bytes, SqlType array_type, std::string* out) {
  auto contents = DecodeArray(bytes, array_type);
  if (!contents.ok()) {
    common::AppendKeyBytes(out, bytes);
    return;
  }
  for (const Value& v : contents->elements) AppendElementKey(v, out);
  out->push_back('\x00');
  common::AppendKeyInt32(out, contents->elements.empty() ? 1 : contents->lower_bound);
}

uint64_t HashArray(std::string_view bytes, SqlType array_type) {
  std::string key;
  AppendArrayKey(bytes, array_type, &key);
  return HashValue(Value::Bytes(SqlType::Of(kByteaOid), std::move(key)));
}

bool CanCastArray(uint32_t from_oid, uint32_t to_oid, CastContext context) {
  if (!IsArrayOid(from_oid) || !IsArrayOid(to_oid)) return false;
  return CanCast(ArrayElementOid(from_oid), ArrayElementOid(to_oid), context);
}

Result<Value> CastArray(const Value& value, SqlType target, CastContext context, const DateTimeContext* dt) {
  if (value.is_null()) return Value::Null(target);
  ASSIGN_OR_RETURN(ArrayContents c, DecodeArray(value.GetBytes(), value.type()));
  ArrayContents out;
  out.element_type = ArrayElementType(target);
  out.lower_bound = c.lower_bound;
  out.elements.reserve(c.elements.size());
  for (const Value& e : c.elements) {
    if (e.is_null()) {
      out.elements.push_back(Value::Null(out.element_type));
      continue;
    }
    ASSIGN_OR_RETURN(Value v, CastValue(e, out.element_type, context, dt));
    out.elements.push_back(std::move(v));
  }
  return MakeArrayValue(target, out);
}

}  // namespace augur::types
