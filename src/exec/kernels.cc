// Row comparison and key normalization shared by sort, join, aggregation.
#include "exec/kernels.h"

#include "exec/array_internal.h"
#include "types/array.h"
#include "types/numeric.h"

namespace augur::exec::internal {

using types::PhysicalKind;

namespace {

template <typename T, bool kBpchar>
int CompareRows(const Vector& a, uint32_t i, const Vector& b, uint32_t j) {
  return ValueOps<T, kBpchar>::Compare(a.values<T>()[i], b.values<T>()[j]);
}

struct CompareSelector {
  template <typename T, bool kBpchar>
  RowCompareFn operator()() const {
    return &CompareRows<T, kBpchar>;
  }
};

template <typename T>
void AppendRaw(std::string& key, const T& v) {
  key.append(reinterpret_cast<const char*>(&v), sizeof(T));
}

}  // namespace

RowCompareFn GetRowCompare(const types::SqlType& type) {
  if (types::IsArrayOid(type.oid)) return &CompareArrayRows;
  if (type.oid == types::kRecordOid) return &CompareRecordRows;
  return DispatchComparable(type, CompareSelector{});
}

void AppendKeyBytes(const Vector& v, uint32_t i, std::string& key) {
  if (v.IsNull(i)) {
    key.push_back('\0');
    return;
  }
  key.push_back('\1');
  switch (v.physical()) {
    case PhysicalKind::kBool: key.push_back(v.values<bool>()[i] ? 1 : 0); return;
    case PhysicalKind::kChar: key.push_back(v.values<char>()[i]); return;
    case PhysicalKind::kInt16: AppendRaw(key, v.values<int16_t>()[i]); return;
    case PhysicalKind::kInt32: AppendRaw(key, v.values<int32_t>()[i]); return;
    case PhysicalKind::kUint32: AppendRaw(key, v.values<uint32_t>()[i]); return;
    case PhysicalKind::kInt64: AppendRaw(key, v.values<int64_t>()[i]); return;
    case PhysicalKind::kFloat32: {
      float f = v.values<float>()[i];
      if (f == 0) f = 0;  // -0 = 0
      if (std::isnan(f)) f = std::numeric_limits<float>::quiet_NaN();
      AppendRaw(key, f);
      return;
    }
    case PhysicalKind::kFloat64: {
      double f = v.values<double>()[i];
      if (f == 0) f = 0;
      if (std::isnan(f)) f = std::numeric_limits<double>::quiet_NaN();
      AppendRaw(key, f);
      return;
    }
    case PhysicalKind::kNumeric: {
      // Normalized: 1.50 and 1.5 encode the same, and a big-form value that
      // equals an inline one becomes that inline one. Normalized big values are
      // interned, so their pointer (in `coefficient`) identifies the value.
      types::Numeric n = v.values<types::Numeric>()[i];
      if (n.is_small()) {
        while (n.scale > 0 && n.coefficient % 10 == 0) {
          n.coefficient /= 10;
          n.scale--;
        }
        if (n.coefficient == 0) n.scale = 0;
      } else if (n.is_big()) {
        n = types::NumericNormalize(n);
      }
      AppendRaw(key, n.coefficient);
      AppendRaw(key, n.scale);
      key.push_back(static_cast<char>(n.kind));
      return;
    }
    case PhysicalKind::kInterval: AppendRaw(key, IntervalSpan(v.values<types::Interval>()[i])); return;
    case PhysicalKind::kUuid: key.append(reinterpret_cast<const char*>(v.values<types::Uuid>()[i].bytes), 16); return;
    case PhysicalKind::kBytes: {
      if (types::IsArrayOid(v.type().oid)) return AppendArrayKeyBytes(v, i, key);
      if (v.type().oid == types::kRecordOid) return AppendRecordKeyBytes(v, i, key);
      std::string_view s = v.values<std::string_view>()[i];
      if (v.type().oid == types::kBpcharOid) s = StripTrailingSpaces(s);
      uint32_t n = static_cast<uint32_t>(s.size());
      AppendRaw(key, n);
      key.append(s);
      return;
    }
    case PhysicalKind::kNone: return;
  }
}

uint64_t HashBytes(std::string_view bytes) {
  // FNV-1a over 8-byte words, then a final mix (fast enough for keys).
  uint64_t h = 0xcbf29ce484222325ULL;
  size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, bytes.data() + i, 8);
    h = (h ^ w) * 0x100000001b3ULL;
    h ^= h >> 29;
  }
  for (; i < bytes.size(); i++) h = (h ^ static_cast<uint8_t>(bytes[i])) * 0x100000001b3ULL;
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  return h;
}

}  // namespace augur::exec::internal
