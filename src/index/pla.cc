// OptimalPla: streaming convex-hull segmentation. See pla.h.
#include "index/pla.h"

#include <cassert>

namespace augur::index {

OptimalPla::OptimalPla(int64_t epsilon) : epsilon_(epsilon) {
  assert(epsilon >= 1);
  upper_.reserve(64);
  lower_.reserve(64);
}

void OptimalPla::Reset() { points_ = 0; }

bool OptimalPla::AddPoint(uint64_t x, int64_t y) {
  assert(points_ == 0 || x > last_x_);
  const Point p1{x, y + epsilon_};  // the point shifted up
  const Point p2{x, y - epsilon_};  // and down
  if (points_ == 0) {
    first_x_ = x;
    last_x_ = x;
    rectangle_[0] = p1;
    rectangle_[1] = p2;
    upper_.clear();
    lower_.clear();
    upper_.push_back(p1);
    lower_.push_back(p2);
    upper_start_ = lower_start_ = 0;
    points_ = 1;
    return true;
  }
  if (points_ == 1) {
    rectangle_[2] = p2;
    rectangle_[3] = p1;
    upper_.push_back(p1);
    lower_.push_back(p2);
    last_x_ = x;
    points_ = 2;
    return true;
  }

  // rectangle_[0]->[2] is the line of least feasible slope, [1]->[3] the line
  // of greatest; a point above/below both extremes cannot be fitted.
  const Slope slope1 = Diff(rectangle_[2], rectangle_[0]);
  const Slope slope2 = Diff(rectangle_[3], rectangle_[1]);
  const bool outside_line1 = Diff(p1, rectangle_[2]) < slope1;
  const bool outside_line2 = Diff(p2, rectangle_[3]) > slope2;
  if (outside_line1 || outside_line2) return false;
  last_x_ = x;

  if (Diff(p1, rectangle_[1]) < slope2) {
    // The new upper point lowers the greatest slope: find the lower-hull point
    // from which the line to p1 is steepest-lowest.
    Slope min = Diff(lower_[lower_start_], p1);
    size_t min_i = lower_start_;
    for (size_t i = lower_start_ + 1; i < lower_.size(); ++i) {
      const Slope value = Diff(lower_[i], p1);
      if (value > min) break;
      min = value;
      min_i = i;
    }
    rectangle_[1] = lower_[min_i];
    rectangle_[3] = p1;
    lower_start_ = min_i;
    size_t end = upper_.size();
    while (end >= upper_start_ + 2 && Cross(upper_[end - 2], upper_[end - 1], p1) <= 0) --end;
    upper_.resize(end);
    upper_.push_back(p1);
  }

  if (Diff(p2, rectangle_[0]) > slope1) {
    // Symmetric: the new lower point raises the least slope.
    Slope max = Diff(upper_[upper_start_], p2);
    size_t max_i = upper_start_;
    for (size_t i = upper_start_ + 1; i < upper_.size(); ++i) {
      const Slope value = Diff(upper_[i], p2);
      if (value < max) break;
      max = value;
      max_i = i;
    }
    rectangle_[0] = upper_[max_i];
    rectangle_[2] = p2;
    upper_start_ = max_i;
    size_t end = lower_.size();
    while (end >= lower_start_ + 2 && Cross(lower_[end - 2], lower_[end - 1], p2) >= 0) --end;
    lower_.resize(end);
    lower_.push_back(p2);
  }
  ++points_;
  return true;
}

LinearSegment OptimalPla::CurrentSegment() const {
  assert(points_ >= 1);
  LinearSegment segment;
  segment.first_key = first_x_;
  if (points_ == 1) {
    segment.slope = 0;
    segment.intercept = static_cast<double>((rectangle_[0].y + rectangle_[1].y) / 2);
    return segment;
  }
  // The line through rectangle_[1] and rectangle_[3] is feasible (it is the
  // steepest one); express it relative to first_x_.
  const Slope slope = Diff(rectangle_[3], rectangle_[1]);
  assert(slope.dx > 0);
  segment.slope = static_cast<double>(slope.dy) / static_cast<double>(slope.dx);
  const __int128 back = static_cast<__int128>(rectangle_[1].x) - static_cast<__int128>(first_x_);
  // intercept = y1 - slope * (x1 - first_x), computed exactly then rounded.
  const __int128 numerator = slope.dy * back;
  segment.intercept = static_cast<double>(rectangle_[1].y) -
                      static_cast<double>(numerator) / static_cast<double>(slope.dx);
  return segment;
}

size_t CountPlaSegments(std::span<const uint64_t> keys, int64_t epsilon) {
  return SegmentPoints(
      epsilon, [&](auto&& emit) { ForEachStepPoint(keys, 0, emit); },
      [](const LinearSegment&) {});
}

}  // namespace augur::index
