// Value comparison, hashing and the numeric sort key. See compare.h.
#include "types/compare.h"
#include "types/array.h"

#include <cassert>
#include <cmath>
#include <cstring>

#include "types/arith.h"
#include "types/cast.h"
#include "types/datetime.h"
#include "types/numeric.h"
#include "types/record.h"

namespace augur::types {

namespace {

uint64_t Mix(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

uint64_t HashBytes(std::string_view s) {
  // FNV-1a, then mixed; adequate for hash tables (not for adversarial input).
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return Mix(h);
}

int CompareBytes(std::string_view a, std::string_view b) {
  int c = a.compare(b);
  return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

uint64_t HashDouble(double d) {
  if (std::isnan(d)) return Mix(0x7ff8000000000000ULL);
  if (d == 0) d = 0;  // -0 hashes like 0
  uint64_t bits;
  std::memcpy(&bits, &d, 8);
  return Mix(bits);
}

}  // namespace

int CompareValues(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return a.is_null() == b.is_null() ? 0 : (a.is_null() ? 1 : -1);
  switch (a.kind()) {
    case PhysicalKind::kNone: return 0;
    case PhysicalKind::kBool: return a.GetBool() == b.GetBool() ? 0 : (a.GetBool() ? 1 : -1);
    case PhysicalKind::kChar: {
      // "char" compares as unsigned bytes.
      unsigned char x = static_cast<unsigned char>(a.GetChar()), y = static_cast<unsigned char>(b.GetChar());
      return x < y ? -1 : (x > y ? 1 : 0);
    }
    case PhysicalKind::kInt16:
    case PhysicalKind::kInt32:
    case PhysicalKind::kInt64:
    case PhysicalKind::kUint32: {
      int64_t x = a.AsInt64(), y = b.AsInt64();
      return x < y ? -1 : (x > y ? 1 : 0);
    }
    case PhysicalKind::kFloat32: return FloatCompare<float>(a.GetFloat4(), b.GetFloat4());
    case PhysicalKind::kFloat64: return FloatCompare<double>(a.GetFloat8(), b.GetFloat8());
    case PhysicalKind::kNumeric: return NumericCompare(a.GetNumeric(), b.GetNumeric());
    case PhysicalKind::kInterval: return IntervalCompare(a.GetInterval(), b.GetInterval());
    case PhysicalKind::kUuid: {
      int c = std::memcmp(a.GetUuid().bytes, b.GetUuid().bytes, 16);
      return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    case PhysicalKind::kBytes:
      if (IsArrayOid(a.oid())) return CompareArrays(a.GetBytes(), b.GetBytes(), a.type());
      if (a.oid() == kRecordOid) return CompareRecords(a.GetBytes(), b.GetBytes());
      if (a.oid() == kBpcharOid && b.oid() == kBpcharOid) {
        return CompareBytes(BpcharStripTrailingBlanks(a.GetBytes()), BpcharStripTrailingBlanks(b.GetBytes()));
      }
      return CompareBytes(a.GetBytes(), b.GetBytes());
  }
  return 0;
}

uint64_t HashValue(const Value& v) {
  if (v.is_null()) return 0;
  switch (v.kind()) {
    case PhysicalKind::kNone: return 0;
    case PhysicalKind::kBool: return Mix(v.GetBool() ? 1 : 2);
    case PhysicalKind::kChar:
    case PhysicalKind::kInt16:
    case PhysicalKind::kInt32:
    case PhysicalKind::kInt64:
    case PhysicalKind::kUint32: return Mix(static_cast<uint64_t>(v.AsInt64()));
    case PhysicalKind::kFloat32: return HashDouble(v.GetFloat4());
    case PhysicalKind::kFloat64: return HashDouble(v.GetFloat8());
    case PhysicalKind::kNumeric: return NumericHash(v.GetNumeric());
    case PhysicalKind::kInterval: {
      const Interval& iv = v.GetInterval();
      int128_t span = static_cast<int128_t>(iv.time_us) +
                      (static_cast<int128_t>(iv.days) + static_cast<int128_t>(iv.months) * 30) * kMicrosPerDay;
      return Mix(static_cast<uint64_t>(span) ^ Mix(static_cast<uint64_t>(span >> 64)));
    }
    case PhysicalKind::kUuid: return HashBytes(std::string_view(reinterpret_cast<const char*>(v.GetUuid().bytes), 16));
    case PhysicalKind::kBytes:
      if (IsArrayOid(v.oid())) return HashArray(v.GetBytes(), v.type());
      if (v.oid() == kRecordOid) return HashRecord(v.GetBytes());
      if (v.oid() == kBpcharOid) return HashBytes(BpcharStripTrailingBlanks(v.GetBytes()));
      return HashBytes(v.GetBytes());
  }
  return 0;
}

void AppendNumericSortKey(const Numeric& n, std::string* out) {
  // The storage key encoding is memcomparable and equality-normalized for
  // both numeric forms; one encoding to keep right.
  AppendNumericKey(n, out);
}

}  // namespace augur::types
