// Type catalog facts (typlen, typname, format_type), name resolution, and the
// Value accessors. See type.h.
#include "types/type.h"

#include "types/array.h"
#include "types/reg_types.h"

#include <array>
#include <cassert>
#include <utility>
#include <vector>

namespace augur::types {

namespace {

struct TypeInfo {
  uint32_t oid;
  std::string_view typname;
  std::string_view formatted;  // format_type(oid, -1) without typmod decoration
  int16_t typlen;
  PhysicalKind kind;
};

constexpr TypeInfo kTypes[] = {
    {kBoolOid, "bool", "boolean", 1, PhysicalKind::kBool},
    {kByteaOid, "bytea", "bytea", -1, PhysicalKind::kBytes},
    {kCharOid, "char", "\"char\"", 1, PhysicalKind::kChar},
    {kNameOid, "name", "name", 64, PhysicalKind::kBytes},
    {kInt8Oid, "int8", "bigint", 8, PhysicalKind::kInt64},
    {kInt2Oid, "int2", "smallint", 2, PhysicalKind::kInt16},
    {kInt4Oid, "int4", "integer", 4, PhysicalKind::kInt32},
    {kRegprocOid, "regproc", "regproc", 4, PhysicalKind::kUint32},
    {kTextOid, "text", "text", -1, PhysicalKind::kBytes},
    {kOidOid, "oid", "oid", 4, PhysicalKind::kUint32},
    {kFloat4Oid, "float4", "real", 4, PhysicalKind::kFloat32},
    {kFloat8Oid, "float8", "double precision", 8, PhysicalKind::kFloat64},
    {kUnknownOid, "unknown", "unknown", -2, PhysicalKind::kBytes},
    {kBpcharOid, "bpchar", "character", -1, PhysicalKind::kBytes},
    {kVarcharOid, "varchar", "character varying", -1, PhysicalKind::kBytes},
    {kDateOid, "date", "date", 4, PhysicalKind::kInt32},
    {kTimeOid, "time", "time without time zone", 8, PhysicalKind::kInt64},
    {kTimeTzOid, "timetz", "time with time zone", 12, PhysicalKind::kInt64},
    {kTimestampOid, "timestamp", "timestamp without time zone", 8, PhysicalKind::kInt64},
    {kTimestampTzOid, "timestamptz", "timestamp with time zone", 8, PhysicalKind::kInt64},
    {kIntervalOid, "interval", "interval", 16, PhysicalKind::kInterval},
    {kNumericOid, "numeric", "numeric", -1, PhysicalKind::kNumeric},
    {kRecordOid, "record", "record", -1, PhysicalKind::kBytes},  // record_send's format, types/record.h
    {kVoidOid, "void", "void", 4, PhysicalKind::kNone},
    {kUuidOid, "uuid", "uuid", 16, PhysicalKind::kUuid},
    {kJsonOid, "json", "json", -1, PhysicalKind::kBytes},
    {kXidOid, "xid", "xid", 4, PhysicalKind::kUint32},
    {kPgNodeTreeOid, "pg_node_tree", "pg_node_tree", -1, PhysicalKind::kBytes},
    {kRegprocedureOid, "regprocedure", "regprocedure", 4, PhysicalKind::kUint32},
    {kRegoperOid, "regoper", "regoper", 4, PhysicalKind::kUint32},
    {kRegoperatorOid, "regoperator", "regoperator", 4, PhysicalKind::kUint32},
    {kRegclassOid, "regclass", "regclass", 4, PhysicalKind::kUint32},
    {kRegtypeOid, "regtype", "regtype", 4, PhysicalKind::kUint32},
    {kRegconfigOid, "regconfig", "regconfig", 4, PhysicalKind::kUint32},
    {kRegdictionaryOid, "regdictionary", "regdictionary", 4, PhysicalKind::kUint32},
    {kRegnamespaceOid, "regnamespace", "regnamespace", 4, PhysicalKind::kUint32},
    {kRegroleOid, "regrole", "regrole", 4, PhysicalKind::kUint32},
    {kRegcollationOid, "regcollation", "regcollation", 4, PhysicalKind::kUint32},
};

// Built-in type OIDs are below this. Their facts are looked up by OID in one
// table built once from kTypes (PhysicalKindOf runs for every vector and
// value: a linear search showed in profiles of multi-row INSERTs).
constexpr uint32_t kOidTableSize = 16384;
constexpr uint8_t kNoTypeRow = 0xFF;
static_assert(std::size(kTypes) < kNoTypeRow);

struct OidTableEntry {
  uint8_t type_row = kNoTypeRow;  // index into kTypes
  PhysicalKind kind = PhysicalKind::kNone;
};

const std::array<OidTableEntry, kOidTableSize>& OidTable() {
  static const auto* table = [] {
    auto* entries = new std::array<OidTableEntry, kOidTableSize>;
    for (uint32_t oid = 0; oid < kOidTableSize; oid++) {
      if (IsArrayOid(oid)) (*entries)[oid].kind = PhysicalKind::kBytes;
    }
    for (size_t row = 0; row < std::size(kTypes); row++) {
      assert(kTypes[row].oid < kOidTableSize);
      OidTableEntry& entry = (*entries)[kTypes[row].oid];
      entry.type_row = static_cast<uint8_t>(row);
      if (!IsArrayOid(kTypes[row].oid)) entry.kind = kTypes[row].kind;
    }
    return entries;
  }();
  return *table;
}

const TypeInfo* FindType(uint32_t oid) {
  if (oid >= kOidTableSize) return nullptr;
  uint8_t row = OidTable()[oid].type_row;
  return row == kNoTypeRow ? nullptr : &kTypes[row];
}

// pg_type.typname of an array type: "_" + the element's typname.
std::string_view ArrayTypeName(uint32_t array_oid) {
  static const auto* names = [] {
    auto* m = new std::vector<std::pair<uint32_t, std::string>>;
    for (const TypeInfo& t : kTypes) {
      uint32_t a = ArrayOidOf(t.oid);
      if (a != kInvalidOid) m->emplace_back(a, "_" + std::string(t.typname));
    }
    return m;
  }();
  for (const auto& [oid, name] : *names) {
    if (oid == array_oid) return name;
  }
  return "???";
}

// PostgreSQL's interval range bits (datetime.h field numbers).
constexpr int32_t kMaskMonth = 1 << 1;
constexpr int32_t kMaskYear = 1 << 2;
constexpr int32_t kMaskDay = 1 << 3;
constexpr int32_t kMaskHour = 1 << 10;
constexpr int32_t kMaskMinute = 1 << 11;
constexpr int32_t kMaskSecond = 1 << 12;
constexpr int32_t kIntervalFullRange = 0x7FFF;
constexpr int32_t kIntervalFullPrecision = 0xFFFF;

std::string IntervalTypmodSuffix(int32_t typmod) {
  if (typmod < 0) return "";
  int32_t range = (typmod >> 16) & 0x7FFF;
  int32_t precision = typmod & 0xFFFF;
  std::string_view fields;
  switch (range) {
    case kMaskYear: fields = " year"; break;
    case kMaskMonth: fields = " month"; break;
    case kMaskDay: fields = " day"; break;
    case kMaskHour: fields = " hour"; break;
    case kMaskMinute: fields = " minute"; break;
    case kMaskSecond: fields = " second"; break;
    case kMaskYear | kMaskMonth: fields = " year to month"; break;
    case kMaskDay | kMaskHour: fields = " day to hour"; break;
    case kMaskDay | kMaskHour | kMaskMinute: fields = " day to minute"; break;
    case kMaskDay | kMaskHour | kMaskMinute | kMaskSecond: fields = " day to second"; break;
    case kMaskHour | kMaskMinute: fields = " hour to minute"; break;
    case kMaskHour | kMaskMinute | kMaskSecond: fields = " hour to second"; break;
    case kMaskMinute | kMaskSecond: fields = " minute to second"; break;
    default: fields = ""; break;
  }
  std::string out(fields);
  if (precision != kIntervalFullPrecision) out += "(" + std::to_string(precision) + ")";
  return out;
}

Status InvalidParam(std::string message) {
  return Status::Error(sqlstate::kInvalidParameterValue, std::move(message));
}

Result<int32_t> CharTypmodIn(std::span<const int32_t> args, std::string_view type_name) {
  if (args.size() != 1) {
    return Status::Error(sqlstate::kInvalidParameterValue, "invalid type modifier");
  }
  if (args[0] < 1) {
    return InvalidParam("length for type " + std::string(type_name) + " must be at least 1");
  }
  if (args[0] > 10485760) {
    return InvalidParam("length for type " + std::string(type_name) + " cannot exceed 10485760");
  }
  return CharTypmod(args[0]);
}

Result<int32_t> NumericTypmodIn(std::span<const int32_t> args) {
  if (args.empty() || args.size() > 2) return InvalidParam("invalid NUMERIC type modifier");
  int32_t precision = args[0];
  if (precision < 1 || precision > 1000) {
    return InvalidParam("NUMERIC precision " + std::to_string(precision) + " must be between 1 and 1000");
  }
  int32_t scale = args.size() == 2 ? args[1] : 0;
  if (scale < -1000 || scale > 1000) {
    return InvalidParam("NUMERIC scale " + std::to_string(scale) + " must be between -1000 and 1000");
  }
  return NumericTypmod(precision, scale);
}

// time(p), timestamp(p): PostgreSQL warns and clamps p > 6; we clamp silently.
Result<int32_t> TimePrecisionTypmodIn(std::span<const int32_t> args, std::string_view upper_name,
                                      std::string_view suffix) {
  if (args.size() != 1) return InvalidParam("invalid type modifier");
  if (args[0] < 0) {
    return InvalidParam(std::string(upper_name) + "(" + std::to_string(args[0]) + ")" + std::string(suffix) +
                        " precision must not be negative");
  }
  return args[0] > 6 ? 6 : args[0];
}

Result<int32_t> IntervalTypmodIn(std::span<const int32_t> args) {
  int32_t range = kIntervalFullRange;
  int32_t precision = kIntervalFullPrecision;
  if (args.size() >= 1) range = args[0];
  if (args.size() == 2) {
    precision = args[1];
    if (precision < 0) {
      return InvalidParam("INTERVAL(" + std::to_string(precision) + ") precision must not be negative");
    }
    if (precision > 6) precision = 6;
  }
  if (args.size() > 2) return InvalidParam("invalid INTERVAL type modifier");
  return (range << 16) | precision;
}

std::string_view StripCatalog(std::string_view name) {
  constexpr std::string_view kPrefix = "pg_catalog.";
  if (name.substr(0, kPrefix.size()) == kPrefix) name.remove_prefix(kPrefix.size());
  return name;
}

}  // namespace

int16_t TypeLength(uint32_t oid) {
  if (IsArrayOid(oid)) return -1;
  const TypeInfo* t = FindType(oid);
  return t ? t->typlen : 0;
}

std::string_view TypeName(uint32_t oid) {
  if (oid == kInt2VectorOid) return "int2vector";
  if (oid == kOidVectorOid) return "oidvector";
  if (IsArrayOid(oid)) return ArrayTypeName(oid);
  const TypeInfo* t = FindType(oid);
  return t ? t->typname : std::string_view("???");
}

std::string FormatType(SqlType type) {
  if (IsVectorOid(type.oid)) return std::string(TypeName(type.oid));
  if (IsArrayOid(type.oid)) return FormatType(ArrayElementType(type)) + "[]";
  const TypeInfo* t = FindType(type.oid);
  if (t == nullptr) return "???";
  const int32_t typmod = type.typmod;
  switch (type.oid) {
    case kBpcharOid:
      // format_type shows unconstrained bpchar as "bpchar" (plain "character"
      // would mean character(1)).
      if (typmod < 0) return "bpchar";
      return "character(" + std::to_string(CharLengthFromTypmod(typmod)) + ")";
    case kVarcharOid:
      if (typmod < 0) return "character varying";
      return "character varying(" + std::to_string(CharLengthFromTypmod(typmod)) + ")";
    case kNumericOid:
      if (!NumericTypmodValid(typmod)) return "numeric";
      return "numeric(" + std::to_string(NumericTypmodPrecision(typmod)) + "," +
             std::to_string(NumericTypmodScale(typmod)) + ")";
    case kTimeOid:
      if (typmod < 0) return "time without time zone";
      return "time(" + std::to_string(typmod) + ") without time zone";
    case kTimeTzOid:
      if (typmod < 0) return "time with time zone";
      return "time(" + std::to_string(typmod) + ") with time zone";
    case kTimestampOid:
      if (typmod < 0) return "timestamp without time zone";
      return "timestamp(" + std::to_string(typmod) + ") without time zone";
    case kTimestampTzOid:
      if (typmod < 0) return "timestamp with time zone";
      return "timestamp(" + std::to_string(typmod) + ") with time zone";
    case kIntervalOid:
      return "interval" + IntervalTypmodSuffix(typmod);
    default:
      return std::string(t->formatted);
  }
}

Result<SqlType> TypeFromName(std::string_view full_name, std::span<const int32_t> args) {
  std::string_view name = StripCatalog(full_name);
  if (name == "int2vector") return SqlType::Of(kInt2VectorOid);
  if (name == "oidvector") return SqlType::Of(kOidVectorOid);
  // "_int4": the array type's own name.
  if (name.size() > 1 && name[0] == '_') {
    for (const TypeInfo& t : kTypes) {
      if (t.typname == name.substr(1) && ArrayOidOf(t.oid) != kInvalidOid) {
        if (!args.empty()) break;
        return SqlType::Of(ArrayOidOf(t.oid));
      }
    }
  }
  struct Alias {
    std::string_view name;
    uint32_t oid;
  };
  static constexpr Alias kAliases[] = {
      {"bool", kBoolOid},          {"boolean", kBoolOid},
      {"bytea", kByteaOid},        {"char", kCharOid},
      {"name", kNameOid},          {"int8", kInt8Oid},
      {"bigint", kInt8Oid},        {"int2", kInt2Oid},
      {"smallint", kInt2Oid},      {"int4", kInt4Oid},
      {"int", kInt4Oid},           {"integer", kInt4Oid},
      {"regproc", kRegprocOid},    {"text", kTextOid},
      {"oid", kOidOid},            {"float4", kFloat4Oid},
      {"real", kFloat4Oid},        {"float8", kFloat8Oid},
      {"double precision", kFloat8Oid}, {"float", kFloat8Oid},
      {"unknown", kUnknownOid},    {"bpchar", kBpcharOid},
      {"character", kBpcharOid},   {"varchar", kVarcharOid},
      {"character varying", kVarcharOid}, {"date", kDateOid},
      {"time", kTimeOid},          {"time without time zone", kTimeOid},
      {"timetz", kTimeTzOid},      {"time with time zone", kTimeTzOid},
      {"timestamp", kTimestampOid}, {"timestamp without time zone", kTimestampOid},
      {"timestamptz", kTimestampTzOid}, {"timestamp with time zone", kTimestampTzOid},
      {"interval", kIntervalOid},  {"numeric", kNumericOid},
      {"decimal", kNumericOid},    {"dec", kNumericOid},
      {"uuid", kUuidOid},          {"void", kVoidOid},
      {"record", kRecordOid},
      {"xid", kXidOid},            {"pg_node_tree", kPgNodeTreeOid},
      {"regprocedure", kRegprocedureOid}, {"regoper", kRegoperOid},
      {"regoperator", kRegoperatorOid}, {"regclass", kRegclassOid},
      {"regtype", kRegtypeOid},    {"regconfig", kRegconfigOid},
      {"regdictionary", kRegdictionaryOid}, {"regnamespace", kRegnamespaceOid},
      {"regrole", kRegroleOid},    {"regcollation", kRegcollationOid},
  };
  uint32_t oid = kInvalidOid;
  for (const Alias& a : kAliases) {
    if (a.name == name) {
      oid = a.oid;
      break;
    }
  }
  if (oid == kInvalidOid) {
    return Status::Error(sqlstate::kUndefinedObject, "type \"" + std::string(full_name) + "\" does not exist");
  }
  // "float(p)": p <= 24 is real, otherwise double precision (as the grammar does).
  if (name == "float" && !args.empty()) {
    if (args[0] < 1) return InvalidParam("precision for type float must be at least 1 bit");
    if (args[0] > 53) return InvalidParam("precision for type float must be less than 54 bits");
    return SqlType::Of(args[0] <= 24 ? kFloat4Oid : kFloat8Oid);
  }
  // "character" with no length means character(1) (SQL standard).
  if (name == "character" && args.empty()) return SqlType{kBpcharOid, CharTypmod(1)};
  if (args.empty()) return SqlType::Of(oid);
  SqlType type = SqlType::Of(oid);
  switch (oid) {
    case kVarcharOid: {
      ASSIGN_OR_RETURN(type.typmod, CharTypmodIn(args, "varchar"));
      return type;
    }
    case kBpcharOid: {
      ASSIGN_OR_RETURN(type.typmod, CharTypmodIn(args, "char"));
      return type;
    }
    case kNumericOid: {
      ASSIGN_OR_RETURN(type.typmod, NumericTypmodIn(args));
      return type;
    }
    case kTimeOid:
    case kTimeTzOid: {
      ASSIGN_OR_RETURN(type.typmod, TimePrecisionTypmodIn(args, "TIME", oid == kTimeOid ? "" : " WITH TIME ZONE"));
      return type;
    }
    case kTimestampOid:
    case kTimestampTzOid: {
      ASSIGN_OR_RETURN(type.typmod,
                       TimePrecisionTypmodIn(args, "TIMESTAMP", oid == kTimestampOid ? "" : " WITH TIME ZONE"));
      return type;
    }
    case kIntervalOid: {
      ASSIGN_OR_RETURN(type.typmod, IntervalTypmodIn(args));
      return type;
    }
    default:
      return Status::Error(sqlstate::kSyntaxError,
                           "type modifier is not allowed for type \"" + std::string(TypeName(oid)) + "\"");
  }
}

PhysicalKind PhysicalKindOf(uint32_t oid) {
  if (oid < kOidTableSize) return OidTable()[oid].kind;
  return IsArrayOid(oid) ? PhysicalKind::kBytes : PhysicalKind::kNone;
}

bool IsFixedWidth(uint32_t oid) {
  PhysicalKind k = PhysicalKindOf(oid);
  return k != PhysicalKind::kBytes && k != PhysicalKind::kNone;
}

int32_t PhysicalSize(uint32_t oid) {
  switch (PhysicalKindOf(oid)) {
    case PhysicalKind::kNone: return 0;
    case PhysicalKind::kBool: return sizeof(bool);
    case PhysicalKind::kChar: return sizeof(char);
    case PhysicalKind::kInt16: return sizeof(int16_t);
    case PhysicalKind::kInt32: return sizeof(int32_t);
    case PhysicalKind::kInt64: return sizeof(int64_t);
    case PhysicalKind::kUint32: return sizeof(uint32_t);
    case PhysicalKind::kFloat32: return sizeof(float);
    case PhysicalKind::kFloat64: return sizeof(double);
    case PhysicalKind::kNumeric: return sizeof(Numeric);
    case PhysicalKind::kInterval: return sizeof(Interval);
    case PhysicalKind::kUuid: return sizeof(Uuid);
    case PhysicalKind::kBytes: return -1;
  }
  return 0;
}

// ---------------------------------------------------------------------------
// Value

Value Value::FromInt64(SqlType type, int64_t x) {
  PhysicalKind k = PhysicalKindOf(type.oid);
  assert(k == PhysicalKind::kInt16 || k == PhysicalKind::kInt32 || k == PhysicalKind::kInt64 ||
         k == PhysicalKind::kUint32 || k == PhysicalKind::kChar || k == PhysicalKind::kBool);
  if (k == PhysicalKind::kBool) return Fixed(type, [&](Payload& p) { p.b = x != 0; });
  return Fixed(type, [&](Payload& p) { p.i64 = x; });
}

Value Value::FromDouble(SqlType type, double x) {
  PhysicalKind k = PhysicalKindOf(type.oid);
  assert(k == PhysicalKind::kFloat32 || k == PhysicalKind::kFloat64);
  if (k == PhysicalKind::kFloat32) return Fixed(type, [&](Payload& p) { p.f32 = static_cast<float>(x); });
  return Fixed(type, [&](Payload& p) { p.f64 = x; });
}

bool Value::GetBool() const {
  assert(!is_null_ && kind() == PhysicalKind::kBool);
  return payload_.b;
}
int16_t Value::GetInt2() const {
  assert(!is_null_ && kind() == PhysicalKind::kInt16);
  return static_cast<int16_t>(payload_.i64);
}
int32_t Value::GetInt4() const {
  assert(!is_null_ && kind() == PhysicalKind::kInt32);
  return static_cast<int32_t>(payload_.i64);
}
int64_t Value::GetInt8() const {
  assert(!is_null_ && kind() == PhysicalKind::kInt64);
  return payload_.i64;
}
uint32_t Value::GetOid() const {
  assert(!is_null_ && kind() == PhysicalKind::kUint32);
  return static_cast<uint32_t>(payload_.i64);
}
char Value::GetChar() const {
  assert(!is_null_ && kind() == PhysicalKind::kChar);
  return static_cast<char>(payload_.i64);
}
float Value::GetFloat4() const {
  assert(!is_null_ && kind() == PhysicalKind::kFloat32);
  return payload_.f32;
}
double Value::GetFloat8() const {
  assert(!is_null_ && kind() == PhysicalKind::kFloat64);
  return payload_.f64;
}
const Interval& Value::GetInterval() const {
  assert(!is_null_ && kind() == PhysicalKind::kInterval);
  return payload_.interval;
}
const Uuid& Value::GetUuid() const {
  assert(!is_null_ && kind() == PhysicalKind::kUuid);
  return payload_.uuid;
}
const Numeric& Value::GetNumeric() const {
  assert(!is_null_ && kind() == PhysicalKind::kNumeric);
  return payload_.numeric;
}
std::string_view Value::GetBytes() const {
  assert(!is_null_ && kind() == PhysicalKind::kBytes);
  return bytes_;
}

int64_t Value::AsInt64() const {
  assert(!is_null_);
  switch (kind()) {
    case PhysicalKind::kBool: return payload_.b ? 1 : 0;
    case PhysicalKind::kChar:
    case PhysicalKind::kInt16:
    case PhysicalKind::kInt32:
    case PhysicalKind::kInt64:
    case PhysicalKind::kUint32: return payload_.i64;
    default: assert(false && "AsInt64 on a non-integer value"); return 0;
  }
}

bool Value::IdenticalTo(const Value& other) const {
  if (type_ != other.type_ || is_null_ != other.is_null_) return false;
  if (is_null_) return true;
  switch (kind()) {
    case PhysicalKind::kNone: return true;
    case PhysicalKind::kBool: return payload_.b == other.payload_.b;
    case PhysicalKind::kChar:
    case PhysicalKind::kInt16:
    case PhysicalKind::kInt32:
    case PhysicalKind::kInt64:
    case PhysicalKind::kUint32: return payload_.i64 == other.payload_.i64;
    case PhysicalKind::kFloat32:
      return std::memcmp(&payload_.f32, &other.payload_.f32, sizeof(float)) == 0;
    case PhysicalKind::kFloat64:
      return std::memcmp(&payload_.f64, &other.payload_.f64, sizeof(double)) == 0;
    case PhysicalKind::kNumeric:
      return payload_.numeric.kind == other.payload_.numeric.kind &&
             payload_.numeric.coefficient == other.payload_.numeric.coefficient &&
             payload_.numeric.scale == other.payload_.numeric.scale;
    case PhysicalKind::kInterval:
      return payload_.interval.time_us == other.payload_.interval.time_us &&
             payload_.interval.days == other.payload_.interval.days &&
             payload_.interval.months == other.payload_.interval.months;
    case PhysicalKind::kUuid: return payload_.uuid == other.payload_.uuid;
    case PhysicalKind::kBytes: return bytes_ == other.bytes_;
  }
  return false;
}

void Value::Relabel(SqlType type) {
  PhysicalKind from = kind();
  PhysicalKind to = PhysicalKindOf(type.oid);
  // int16/int32/int64/uint32/char share the i64 slot, so relabelling among them is safe.
  auto integral = [](PhysicalKind k) {
    return k == PhysicalKind::kInt16 || k == PhysicalKind::kInt32 || k == PhysicalKind::kInt64 ||
           k == PhysicalKind::kUint32 || k == PhysicalKind::kChar;
  };
  assert(from == to || (integral(from) && integral(to)) || is_null_);
  (void)from;
  (void)to;
  (void)integral;
  type_ = type;
}

}  // namespace augur::types
