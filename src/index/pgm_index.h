// PgmIndex: an ε-bounded piecewise-linear learned index with recursive levels,
// in the style of the PGM-index (Ferragina & Vinciguerra, VLDB 2020).
//
// Level 0 is the optimal ε-PLA of the keys' step points (see pla.h): each
// segment predicts a position within ±ε of the lower bound. Level l+1 is the
// ε_internal-PLA of level l's segment start keys, until a level has one
// segment. A lookup walks from the root down, at each level searching a
// window of 2·ε_internal + 5 start keys for the segment that covers the key,
// then searches 2·ε + 4 keys of the data array. The build is one streaming
// pass over the keys plus passes over the (much smaller) upper levels.
//
// The index does not own the keys: lookups take the same sorted array the
// index was built over. Thread-safety: immutable after Build; concurrent
// lookups are safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "index/byte_io.h"
#include "index/huge_pages.h"
#include "index/pla.h"
#include "index/search.h"

namespace augur::index {

struct PgmOptions {
  int64_t epsilon = 64;          // max |predicted − true| position at level 0
  int64_t epsilon_internal = 8;  // same bound for the upper levels
};

class PgmIndex {
 public:
  PgmIndex() = default;
  static Result<PgmIndex> Build(std::span<const uint64_t> keys, const PgmOptions& options);
  // Builds over the step points produced by `for_each_point(emit)` (strictly
  // increasing x), for an array of `key_count` keys. Used by the chooser to
  // build on samples.
  template <typename PointSource>
  static PgmIndex BuildFromPoints(PointSource&& for_each_point, size_t key_count, const PgmOptions& options);

  // Window [lo, hi) that contains the lower bound of `key` (guaranteed).
  SearchWindow Search(uint64_t key) const {
    const LinearSegment* seg = &segments_[level_begin_[levels_ - 1]];  // root
    for (size_t level = levels_ - 1; level > 0; --level) {
      const size_t below = level_begin_[level - 1];
      const size_t below_count = level_begin_[level] - below - 1;  // minus sentinel
      const SearchWindow w = Window(*seg, seg[1].intercept, key, below_count, options_.epsilon_internal);
      const LinearSegment* first = &segments_[below];
      // The covering segment is the last one in the window whose first_key
      // is <= key (or the level's first segment for keys below all).
      const size_t covered =
          w.lo + BranchlessUpperBoundBy(first + w.lo, w.hi - w.lo, key,
                                        [](const LinearSegment& s) { return s.first_key; });
      seg = first + (covered == 0 ? 0 : covered - 1);
    }
    return Window(*seg, seg[1].intercept, key, key_count_, options_.epsilon);
  }
  // The window is guaranteed for every key when the index was built here
  // (the property tests check it on every probe), so the lookup searches it
  // without verifying its edges; an index read from bytes verifies them.
  size_t LowerBound(std::span<const uint64_t> keys, uint64_t key) const {
    const SearchWindow window = Search(key);
    return verified_lookups_ ? VerifiedWindowLowerBound(keys.data(), keys.size(), window, key)
                             : WindowLowerBound(keys.data(), window, key);
  }
  bool verified_lookups() const { return verified_lookups_; }

  size_t key_count() const { return key_count_; }
  size_t segment_count() const { return level_begin_.size() > 1 ? level_begin_[1] - 1 : 0; }
  size_t level_count() const { return levels_; }
  size_t size_bytes() const { return segments_.size() * sizeof(LinearSegment) + sizeof(*this); }
  const PgmOptions& options() const { return options_; }

  void AppendTo(ByteWriter* writer) const;
  static Result<PgmIndex> ReadFrom(ByteReader* reader, size_t key_count);

 private:
  static SearchWindow Window(const LinearSegment& seg, double next_intercept, uint64_t key, size_t count,
                             int64_t epsilon) {
    double predicted = seg.Predict(key);
    predicted = predicted < next_intercept ? predicted : next_intercept;
    const double limit = static_cast<double>(count);
    predicted = predicted > 0 ? (predicted < limit ? predicted : limit) : 0;
    const auto p = static_cast<int64_t>(predicted);
    const int64_t lo = p - epsilon - 1;
    const int64_t hi = p + epsilon + 3;
    return SearchWindow{lo > 0 ? static_cast<size_t>(lo) : 0,
                        static_cast<size_t>(hi) < count ? static_cast<size_t>(hi) : count};
  }
  void AddLevels();

  PgmOptions options_;
  size_t key_count_ = 0;
  size_t levels_ = 0;
  // All levels, level 0 first; each level ends with a sentinel segment whose
  // intercept is the size of the level below (n for level 0).
  HugeVector<LinearSegment> segments_;
  std::vector<size_t> level_begin_;  // levels_ + 1 entries
  bool verified_lookups_ = false;     // read from bytes
};

template <typename PointSource>
PgmIndex PgmIndex::BuildFromPoints(PointSource&& for_each_point, size_t key_count, const PgmOptions& options) {
  PgmIndex index;
  index.options_ = options;
  index.key_count_ = key_count;
  index.level_begin_.push_back(0);
  SegmentPoints(options.epsilon, for_each_point,
                [&](const LinearSegment& segment) { index.segments_.push_back(segment); });
  index.AddLevels();
  return index;
}

}  // namespace augur::index
