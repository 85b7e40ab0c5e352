// PgmIndex build and serialization. See pgm_index.h.
#include "index/pgm_index.h"

#include <cassert>
#include <cmath>
#include <limits>

namespace augur::index {
namespace {

constexpr uint64_t kMaxLevels = 64;

LinearSegment Sentinel(size_t count) {
  return LinearSegment{std::numeric_limits<uint64_t>::max(), 0, static_cast<double>(count)};
}

}  // namespace

Result<PgmIndex> PgmIndex::Build(std::span<const uint64_t> keys, const PgmOptions& options) {
  if (options.epsilon < 1 || options.epsilon_internal < 1 || options.epsilon > (int64_t{1} << 40) ||
      options.epsilon_internal > (int64_t{1} << 40)) {
    return Status::Error(sqlstate::kInvalidParameterValue, "PGM epsilon must be between 1 and 2^40");
  }
  return BuildFromPoints([&](auto&& emit) { ForEachStepPoint(keys, 0, emit); }, keys.size(), options);
}

// Level 0 has been pushed (without sentinel); adds its sentinel and builds the
// upper levels until one segment remains.
void PgmIndex::AddLevels() {
  if (segments_.empty()) segments_.push_back(LinearSegment{0, 0, 0});  // empty key array
  segments_.push_back(Sentinel(key_count_));
  level_begin_.push_back(segments_.size());
  levels_ = 1;
  while (level_begin_[levels_] - level_begin_[levels_ - 1] - 1 > 1) {
    const size_t begin = level_begin_[levels_ - 1];
    const size_t count = level_begin_[levels_] - begin - 1;
    std::vector<LinearSegment> next;
    SegmentPoints(
        options_.epsilon_internal,
        [&](auto&& emit) {
          for (size_t i = 0; i < count; ++i) emit(segments_[begin + i].first_key, static_cast<int64_t>(i));
        },
        [&](const LinearSegment& segment) { next.push_back(segment); });
    segments_.insert(segments_.end(), next.begin(), next.end());
    segments_.push_back(Sentinel(count));
    level_begin_.push_back(segments_.size());
    ++levels_;
    assert(levels_ < kMaxLevels);
  }
}

void PgmIndex::AppendTo(ByteWriter* writer) const {
  writer->Write<int64_t>(options_.epsilon);
  writer->Write<int64_t>(options_.epsilon_internal);
  writer->WriteArray(level_begin_);
  writer->WriteArray(segments_);
}

Result<PgmIndex> PgmIndex::ReadFrom(ByteReader* reader, size_t key_count) {
  PgmIndex index;
  index.key_count_ = key_count;
  RETURN_IF_ERROR(reader->Read(&index.options_.epsilon, "PGM epsilon"));
  RETURN_IF_ERROR(reader->Read(&index.options_.epsilon_internal, "PGM internal epsilon"));
  if (index.options_.epsilon < 1 || index.options_.epsilon > (int64_t{1} << 40) ||
      index.options_.epsilon_internal < 1 || index.options_.epsilon_internal > (int64_t{1} << 40)) {
    return CorruptIndex("PGM epsilon out of range");
  }
  RETURN_IF_ERROR(reader->ReadArray(&index.level_begin_, kMaxLevels + 1, "PGM level table"));
  // Each segment covers at least one step point, and there are at most 2n.
  RETURN_IF_ERROR(reader->ReadArray(&index.segments_, 4 * key_count + 2 * kMaxLevels + 4, "PGM segments"));
  const auto& begin = index.level_begin_;
  if (begin.size() < 2 || begin[0] != 0 || begin.back() != index.segments_.size()) {
    return CorruptIndex("PGM level table does not match the segment count");
  }
  index.levels_ = begin.size() - 1;
  for (size_t level = 0; level < index.levels_; ++level) {
    if (begin[level + 1] < begin[level] + 2) return CorruptIndex("PGM level without segments");
    const size_t count = begin[level + 1] - begin[level] - 1;
    const size_t below = level == 0 ? key_count : begin[level] - begin[level - 1] - 1;
    if (level + 1 == index.levels_ && count != 1) return CorruptIndex("PGM root level has more than one segment");
    for (size_t i = begin[level]; i < begin[level + 1]; ++i) {
      const LinearSegment& s = index.segments_[i];
      if (!std::isfinite(s.slope) || !std::isfinite(s.intercept)) return CorruptIndex("PGM segment not finite");
      if (i > begin[level] && i + 1 < begin[level + 1] && s.first_key <= index.segments_[i - 1].first_key) {
        return CorruptIndex("PGM segment keys not increasing");
      }
    }
    if (index.segments_[begin[level + 1] - 1].intercept != static_cast<double>(below)) {
      return CorruptIndex("PGM level sentinel does not match the level below");
    }
  }
  index.verified_lookups_ = true;  // damaged bytes with a re-sealed checksum must still give exact answers
  return index;
}

}  // namespace augur::index
