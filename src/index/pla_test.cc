// Tests for the optimal PLA: every step point within ±ε of its segment, and
// segment counts on inputs with known answers.
#include "index/pla.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "index/distributions.h"

namespace augur::index {
namespace {

struct Point {
  uint64_t x;
  int64_t y;
};

std::vector<Point> StepPoints(const std::vector<uint64_t>& keys) {
  std::vector<Point> points;
  ForEachStepPoint(keys, 0, [&](uint64_t x, int64_t y) { points.push_back({x, y}); });
  return points;
}

// Segments the points and checks every point against its segment.
size_t CheckSegmentation(const std::vector<Point>& points, int64_t epsilon) {
  std::vector<LinearSegment> segments;
  SegmentPoints(
      epsilon, [&](auto&& emit) { for (const auto& p : points) emit(p.x, p.y); },
      [&](const LinearSegment& s) { segments.push_back(s); });
  size_t s = 0;
  for (const auto& p : points) {
    while (s + 1 < segments.size() && segments[s + 1].first_key <= p.x) ++s;
    const double error = std::fabs(segments[s].Predict(p.x) - static_cast<double>(p.y));
    EXPECT_LE(error, static_cast<double>(epsilon) + 1e-6) << "x=" << p.x << " y=" << p.y;
    if (error > static_cast<double>(epsilon) + 1e-6) break;
  }
  return segments.size();
}

TEST(PlaTest, LinearDataIsOneSegment) {
  std::vector<uint64_t> keys;
  for (uint64_t i = 0; i < 100000; ++i) keys.push_back(1000 + 7 * i);
  EXPECT_EQ(CountPlaSegments(keys, 1), 1u);
  EXPECT_EQ(CheckSegmentation(StepPoints(keys), 1), 1u);
}

TEST(PlaTest, TwoSlopesAreTwoSegments) {
  std::vector<uint64_t> keys;
  for (uint64_t i = 0; i < 1000; ++i) keys.push_back(i);
  for (uint64_t i = 0; i < 1000; ++i) keys.push_back(1000 + 1000 * i);
  EXPECT_EQ(CountPlaSegments(keys, 4), 2u);
}

TEST(PlaTest, StepPointsMarkEndsOfDuplicateRuns) {
  const std::vector<uint64_t> keys = {5, 5, 5, 6, 9, 9, UINT64_MAX, UINT64_MAX};
  const auto points = StepPoints(keys);
  // (5,0) then 6 follows 5 directly (no step point), (6,3), (9,4), (10,6), (MAX,6).
  ASSERT_EQ(points.size(), 5u);
  EXPECT_EQ(points[0].x, 5u);
  EXPECT_EQ(points[1].x, 6u);
  EXPECT_EQ(points[1].y, 3);
  EXPECT_EQ(points[3].x, 10u);
  EXPECT_EQ(points[3].y, 6);
  EXPECT_EQ(points[4].x, UINT64_MAX);
}

TEST(PlaTest, EveryPointWithinEpsilonOnAllDistributions) {
  for (auto distribution : testing::kAllDistributions) {
    const auto keys = testing::GenerateKeys(distribution, 200000, 1);
    const auto points = StepPoints(keys);
    for (int64_t epsilon : {1, 8, 64, 1024}) {
      SCOPED_TRACE(std::string(testing::DistributionName(distribution)) + " eps=" + std::to_string(epsilon));
      const size_t segments = CheckSegmentation(points, epsilon);
      EXPECT_GE(segments, 1u);
      EXPECT_LE(segments, points.size() / 2 + 1);
    }
  }
}

TEST(PlaTest, OptimalIsNoWorseThanShrinkingCone) {
  // The greedy shrinking-cone PLA (segments anchored at their first point) is
  // a feasible segmentation, so the optimal one never needs more segments.
  const auto keys = testing::GenerateKeys(testing::Distribution::kLognormal, 100000, 3);
  const auto points = StepPoints(keys);
  for (int64_t epsilon : {4, 32}) {
    size_t cone_segments = 0;
    size_t i = 0;
    while (i < points.size()) {
      ++cone_segments;
      const Point origin = points[i++];
      long double lo = -1e300L, hi = 1e300L;
      while (i < points.size()) {
        const long double dx = static_cast<long double>(points[i].x - origin.x);
        const long double up = (points[i].y + epsilon - origin.y) / dx;
        const long double down = (points[i].y - epsilon - origin.y) / dx;
        if (down > hi || up < lo) break;
        lo = std::max(lo, down);
        hi = std::min(hi, up);
        ++i;
      }
    }
    EXPECT_LE(CountPlaSegments(keys, epsilon), cone_segments);
  }
}

}  // namespace
}  // namespace augur::index
