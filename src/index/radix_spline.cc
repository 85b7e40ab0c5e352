// RadixSpline radix table and serialization. See radix_spline.h.
#include "index/radix_spline.h"

#include <bit>
#include <cmath>

namespace augur::index {

Result<RadixSpline> RadixSpline::Build(std::span<const uint64_t> keys, const RadixSplineOptions& options) {
  if (options.epsilon < 1 || options.epsilon > (int64_t{1} << 40)) {
    return Status::Error(sqlstate::kInvalidParameterValue, "RadixSpline epsilon must be between 1 and 2^40");
  }
  if (options.radix_bits > 24) {
    return Status::Error(sqlstate::kInvalidParameterValue, "RadixSpline radix_bits must be at most 24");
  }
  if (keys.size() >= (size_t{1} << 31)) {
    return Status::Error(sqlstate::kProgramLimitExceeded, "RadixSpline supports fewer than 2^31 keys");
  }
  const uint64_t min_key = keys.empty() ? 0 : keys.front();
  const uint64_t max_key = keys.empty() ? 0 : keys.back();
  return BuildFromPoints([&](auto&& emit) { ForEachStepPoint(keys, 0, emit); }, keys.size(), min_key, max_key,
                         options);
}

// table_[p] = index of the first spline point whose prefix is >= p, for p in
// [0, prefixes]; points above max_key count as prefix `prefixes`.
void RadixSpline::BuildTable() {
  const uint64_t range = max_key_ - min_key_;
  const uint32_t bits = range == 0 ? 0 : 64 - static_cast<uint32_t>(std::countl_zero(range));
  shift_ = bits > radix_bits_ ? bits - radix_bits_ : 0;
  const size_t prefixes = static_cast<size_t>(range >> shift_) + 1;
  table_.assign(prefixes + 1, 0);
  size_t i = 0;
  for (size_t p = 0; p <= prefixes; ++p) {
    while (i < points_.size() &&
           (points_[i].key > max_key_ ? prefixes : static_cast<size_t>((points_[i].key - min_key_) >> shift_)) < p) {
      ++i;
    }
    table_[p] = static_cast<uint32_t>(i);
  }
}

void RadixSpline::AppendTo(ByteWriter* writer) const {
  writer->Write<int64_t>(epsilon_);
  writer->Write<uint32_t>(radix_bits_);
  writer->Write<uint64_t>(min_key_);
  writer->Write<uint64_t>(max_key_);
  writer->WriteArray(points_);
}

Result<RadixSpline> RadixSpline::ReadFrom(ByteReader* reader, size_t key_count) {
  RadixSpline rs;
  rs.key_count_ = key_count;
  RETURN_IF_ERROR(reader->Read(&rs.epsilon_, "RadixSpline epsilon"));
  RETURN_IF_ERROR(reader->Read(&rs.radix_bits_, "RadixSpline radix bits"));
  RETURN_IF_ERROR(reader->Read(&rs.min_key_, "RadixSpline min key"));
  RETURN_IF_ERROR(reader->Read(&rs.max_key_, "RadixSpline max key"));
  if (rs.epsilon_ < 1 || rs.epsilon_ > (int64_t{1} << 40)) return CorruptIndex("RadixSpline epsilon out of range");
  if (rs.radix_bits_ > 24) return CorruptIndex("RadixSpline radix bits out of range");
  if (rs.min_key_ > rs.max_key_) return CorruptIndex("RadixSpline min key above max key");
  RETURN_IF_ERROR(reader->ReadArray(&rs.points_, 2 * key_count + 2, "RadixSpline points"));
  if (key_count > 0) {
    if (rs.points_.empty() || rs.points_.back().key < rs.max_key_) {
      return CorruptIndex("RadixSpline spline does not reach the max key");
    }
    for (size_t i = 0; i < rs.points_.size(); ++i) {
      const SplinePoint& point = rs.points_[i];
      if (!std::isfinite(point.position) || point.position < 0 || point.position > static_cast<double>(key_count)) {
        return CorruptIndex("RadixSpline point position out of range");
      }
      if (point.key < rs.min_key_ || (i > 0 && point.key <= rs.points_[i - 1].key)) {
        return CorruptIndex("RadixSpline point keys not increasing");
      }
    }
  }
  rs.BuildTable();
  rs.verified_lookups_ = true;  // damaged bytes with a re-sealed checksum must still give exact answers
  return rs;
}

}  // namespace augur::index
