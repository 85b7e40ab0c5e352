// Optimal ε-bounded piecewise-linear approximation (PLA), built in one pass.
//
// OptimalPla consumes points (x, y) with strictly increasing x and greedily
// grows the current segment for as long as some line passes within ±ε of
// every point in it; it keeps the convex hulls of the points shifted up and
// down by ε and the two extreme feasible lines (O'Rourke's algorithm, as used
// by the PGM-index). Each point is added in amortized O(1), so a whole key
// array is segmented in O(n), and the number of segments is the minimum
// possible for ε among PLAs whose segments start at data points.
//
// StepPoints() turns a sorted key array (duplicates allowed) into the points
// such a model must fit so that lower_bound is exact for absent keys too:
// (key, first rank) for every distinct key, plus (key + 1, end of run) after
// a run of duplicates, because every probe in (key, next key) has its lower
// bound at the end of the run, not at its start.
//
// Thread-safety: an OptimalPla is used by one thread; the free functions are
// pure.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

namespace augur::index {

// A line over one key range: position(key) = intercept + slope * (key - first_key).
// Evaluating on (key - first_key) keeps the double arithmetic exact enough on
// 64-bit keys: the difference is exact as an integer and is only rounded once.
struct LinearSegment {
  uint64_t first_key = 0;
  double slope = 0;
  double intercept = 0;

  double Predict(uint64_t key) const {
    // Keys below first_key extrapolate backwards; callers clamp.
    const double delta = key >= first_key ? static_cast<double>(key - first_key)
                                          : -static_cast<double>(first_key - key);
    return intercept + slope * delta;
  }
};

class OptimalPla {
 public:
  explicit OptimalPla(int64_t epsilon);

  // Adds a point to the current segment. Returns false, leaving the segment
  // unchanged, when no line fits it; the caller then takes CurrentSegment(),
  // calls Reset() and adds the point again (it always fits a fresh segment).
  bool AddPoint(uint64_t x, int64_t y);
  // The segment over the points added since the last Reset(). At least one
  // point must have been added.
  LinearSegment CurrentSegment() const;
  void Reset();
  size_t points() const { return points_; }

 private:
  struct Point {
    uint64_t x;
    int64_t y;
  };
  // A direction (dx, dy); compares by dy/dx. dx may be negative when the
  // difference runs backwards, as long as both sides of a comparison agree.
  struct Slope {
    __int128 dx;
    __int128 dy;
    bool operator<(const Slope& other) const { return dy * other.dx < dx * other.dy; }
    bool operator>(const Slope& other) const { return dy * other.dx > dx * other.dy; }
  };
  static Slope Diff(const Point& a, const Point& b) {
    return Slope{static_cast<__int128>(a.x) - static_cast<__int128>(b.x),
                 static_cast<__int128>(a.y) - static_cast<__int128>(b.y)};
  }
  static __int128 Cross(const Point& o, const Point& a, const Point& b) {
    const Slope oa = Diff(a, o);
    const Slope ob = Diff(b, o);
    return oa.dx * ob.dy - oa.dy * ob.dx;
  }

  int64_t epsilon_;
  size_t points_ = 0;
  uint64_t first_x_ = 0;
  uint64_t last_x_ = 0;
  Point rectangle_[4] = {};
  std::vector<Point> upper_;
  std::vector<Point> lower_;
  size_t upper_start_ = 0;
  size_t lower_start_ = 0;
};

// Calls emit(x, y) for every step point of the sorted keys, with ranks offset
// by rank_offset (used when `keys` is a block of a larger array). Points have
// strictly increasing x.
template <typename Emit>
void ForEachStepPoint(std::span<const uint64_t> keys, size_t rank_offset, Emit&& emit) {
  const size_t n = keys.size();
  size_t i = 0;
  while (i < n) {
    const uint64_t x = keys[i];
    size_t end = i + 1;
    while (end < n && keys[end] == x) ++end;
    emit(x, static_cast<int64_t>(rank_offset + i));
    const bool duplicated = end - i > 1;
    const bool next_is_successor = end < n ? keys[end] == x + 1
                                           : x == std::numeric_limits<uint64_t>::max();
    if (duplicated && !next_is_successor) emit(x + 1, static_cast<int64_t>(rank_offset + end));
    i = end;
  }
}

// Segments a strictly increasing point sequence; calls on_segment(segment,
// first_point_index) for each. Used for every level of the PGM index.
template <typename PointSource, typename OnSegment>
size_t SegmentPoints(int64_t epsilon, PointSource&& for_each_point, OnSegment&& on_segment) {
  OptimalPla pla(epsilon);
  size_t segments = 0;
  for_each_point([&](uint64_t x, int64_t y) {
    if (!pla.AddPoint(x, y)) {
      on_segment(pla.CurrentSegment());
      ++segments;
      pla.Reset();
      pla.AddPoint(x, y);
    }
  });
  if (pla.points() > 0) {
    on_segment(pla.CurrentSegment());
    ++segments;
  }
  return segments;
}

// Number of ε-PLA segments of the step points of `keys`: the hardness measure
// the benchmark reports (ε = 32 and ε = 4096).
size_t CountPlaSegments(std::span<const uint64_t> keys, int64_t epsilon);

}  // namespace augur::index
