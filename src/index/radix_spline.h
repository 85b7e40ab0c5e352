// RadixSpline: an error-bounded linear spline over the keys' step points plus
// a radix table on the keys' leading bits (Kipf et al., aiDM 2020).
//
// Build, one pass: a greedy spline corridor picks spline points among the
// step points so that linear interpolation between consecutive spline points
// is within ±ε of every step point in between. Then a table with 2^r entries,
// indexed by the r bits of (key − min) below its common prefix, stores for
// each prefix the first spline point with that prefix. Lookup: one table read
// narrows the spline points to a few candidates, a short search finds the
// spline segment, one interpolation predicts the position, and 2·ε + 4 keys
// are searched.
//
// The index does not own the keys. Thread-safety: immutable after Build;
// concurrent lookups are safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "common/status.h"
#include "index/byte_io.h"
#include "index/huge_pages.h"
#include "index/pla.h"
#include "index/search.h"

namespace augur::index {

struct RadixSplineOptions {
  int64_t epsilon = 32;
  uint32_t radix_bits = 18;  // table has 2^radix_bits + 2 entries
};

class RadixSpline {
 public:
  struct SplinePoint {
    uint64_t key;
    double position;
  };

  RadixSpline() = default;
  static Result<RadixSpline> Build(std::span<const uint64_t> keys, const RadixSplineOptions& options);
  template <typename PointSource>
  static RadixSpline BuildFromPoints(PointSource&& for_each_point, size_t key_count, uint64_t min_key,
                                     uint64_t max_key, const RadixSplineOptions& options);

  SearchWindow Search(uint64_t key) const {
    if (key_count_ == 0) return SearchWindow{0, 0};
    const uint64_t clamped = key < min_key_ ? min_key_ : (key > max_key_ ? max_key_ : key);
    const uint64_t prefix = (clamped - min_key_) >> shift_;
    const uint32_t begin = table_[prefix];
    const uint32_t end = table_[prefix + 1];
    // The first spline point with key >= clamped lies in [begin, end]: every
    // point from `end` on has a larger prefix, and the last point is max_key.
    // Buckets hold about two points (see RadixBitsFor): count them with a
    // fixed number of compares, so the loop never mispredicts; a longer
    // bucket (skewed keys) takes a branchless binary search.
    const SplinePoint* points = points_.data();
    size_t idx = begin;
    if (end - begin <= kLinearBucket) [[likely]] {
      const size_t last = points_.size() - 1;
      for (uint32_t j = 0; j < kLinearBucket; ++j) {
        const size_t at = begin + j;
        idx += (at < end) & (points[at < last ? at : last].key < clamped);
      }
    } else {
      idx += BranchlessLowerBoundBy(points + begin, end - begin, clamped,
                                    [](const SplinePoint& point) { return point.key; });
    }
    // Interpolate between points idx − 1 and idx without branches; at idx == 0
    // (clamped == min key) both are point 0. At clamped == b.key, t is exactly 1.
    const SplinePoint& a = points[idx - (idx > 0 ? 1 : 0)];
    const SplinePoint& b = points[idx];
    const uint64_t dx = b.key - a.key;
    const double t = dx > 0 ? static_cast<double>(clamped - a.key) / static_cast<double>(dx) : 0.0;
    double predicted = a.position + (b.position - a.position) * t;
    predicted = key > max_key_ ? static_cast<double>(key_count_) : predicted;
    const auto p = static_cast<int64_t>(predicted);
    const int64_t lo = p - epsilon_ - 1;
    const int64_t hi = p + epsilon_ + 3;
    return SearchWindow{lo > 0 ? static_cast<size_t>(lo) : 0,
                        static_cast<size_t>(hi) < key_count_ ? static_cast<size_t>(hi) : key_count_};
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
  size_t spline_point_count() const { return points_.size(); }
  size_t size_bytes() const {
    return points_.size() * sizeof(SplinePoint) + table_.size() * sizeof(uint32_t) + sizeof(*this);
  }
  int64_t epsilon() const { return epsilon_; }
  uint32_t radix_bits() const { return radix_bits_; }

  void AppendTo(ByteWriter* writer) const;
  static Result<RadixSpline> ReadFrom(ByteReader* reader, size_t key_count);

 private:
  static constexpr uint32_t kLinearBucket = 4;
  void BuildTable();

  int64_t epsilon_ = 32;
  uint32_t radix_bits_ = 0;
  uint32_t shift_ = 0;
  size_t key_count_ = 0;
  uint64_t min_key_ = 0;
  uint64_t max_key_ = 0;
  bool verified_lookups_ = false;  // read from bytes
  HugeVector<SplinePoint> points_;
  HugeVector<uint32_t> table_;
};

// Greedy spline corridor (GreedySplineCorridor from the RadixSpline paper):
// keeps the spline's last point as a base and the tightest upper and lower
// slopes that keep every later point within ±ε; when a point falls outside,
// the previous point becomes a spline point.
template <typename PointSource>
RadixSpline RadixSpline::BuildFromPoints(PointSource&& for_each_point, size_t key_count, uint64_t min_key,
                                         uint64_t max_key, const RadixSplineOptions& options) {
  RadixSpline rs;
  rs.epsilon_ = options.epsilon;
  rs.radix_bits_ = options.radix_bits;
  rs.key_count_ = key_count;
  rs.min_key_ = min_key;
  rs.max_key_ = max_key;
  struct P {
    uint64_t x;
    int64_t y;
  };
  // Slope comparisons are exact in 128-bit integers: (dy1/dx1) < (dy2/dx2).
  auto less = [](__int128 dy1, __int128 dx1, __int128 dy2, __int128 dx2) { return dy1 * dx2 < dy2 * dx1; };
  const int64_t eps = options.epsilon;
  size_t seen = 0;
  P base{}, prev{}, upper{}, lower{};
  for_each_point([&](uint64_t x, int64_t y) {
    if (seen == 0) {
      rs.points_.push_back(SplinePoint{x, static_cast<double>(y)});
      base = P{x, y};
    } else if (seen == 1 || (prev.x == base.x)) {
      upper = P{x, y + eps};
      lower = P{x, y - eps};
    } else {
      const __int128 dx = static_cast<__int128>(x - base.x);
      const __int128 dy = static_cast<__int128>(y) - base.y;
      const __int128 udx = static_cast<__int128>(upper.x - base.x), udy = static_cast<__int128>(upper.y) - base.y;
      const __int128 ldx = static_cast<__int128>(lower.x - base.x), ldy = static_cast<__int128>(lower.y) - base.y;
      if (less(udy, udx, dy, dx) || less(dy, dx, ldy, ldx)) {
        // (x, y) is outside the corridor: close the spline segment at prev.
        rs.points_.push_back(SplinePoint{prev.x, static_cast<double>(prev.y)});
        base = prev;
        upper = P{x, y + eps};
        lower = P{x, y - eps};
      } else {
        const __int128 uy = static_cast<__int128>(y) + eps - base.y;
        const __int128 ly = static_cast<__int128>(y) - eps - base.y;
        if (less(uy, dx, udy, udx)) upper = P{x, y + eps};
        if (less(ldy, ldx, ly, dx)) lower = P{x, y - eps};
      }
    }
    prev = P{x, y};
    ++seen;
  });
  if (seen > 0 && rs.points_.back().key != prev.x) {
    rs.points_.push_back(SplinePoint{prev.x, static_cast<double>(prev.y)});
  }
  // Keys above the last step point belong at the end of the array; make the
  // spline end at max_key so the table search always finds a segment.
  if (seen > 0 && rs.points_.back().key < max_key) {
    rs.points_.push_back(SplinePoint{max_key, static_cast<double>(key_count)});
  }
  rs.BuildTable();
  return rs;
}

}  // namespace augur::index
