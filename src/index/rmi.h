// Rmi: a two-layer recursive model index (Kraska et al., SIGMOD 2018).
//
// The root model (linear, or a monotone cubic) maps a key to one of L leaves;
// each leaf is a least-squares line over the step points routed to it, with
// the largest under- and over-prediction stored as its error bounds, and the
// range [first, last] of lower bounds any key routed to it can have (first:
// the leaf's first rank; last: the next non-empty leaf's first rank, or n).
// Lookup: one root evaluation, one leaf read (one cache line: the line, its
// error bounds and its clamp range are one 32-byte record), one multiply-add
// clamped to [first, last], and a search of the error window.
//
// Guaranteed windows. With a linear root the routing is monotone in the key
// (every floating-point step is), so the keys routed to a leaf form an
// interval and their lower bounds lie in [first, last]; the clamped
// prediction is monotone too, so bounds measured on the step points (plus one
// position of slack each side, as for PGM) hold for *every* key, present or
// absent — the lookup searches the window without verifying its edges. A
// cubic root is monotone mathematically but not necessarily at the last ulp,
// and an index read from bytes may be damaged: those lookups verify the
// window's edges and repair a miss (VerifiedWindowLowerBound).
//
// Build: one pass over the points for the root (linear) or a sample (cubic),
// one pass to fit the leaves, one to measure their errors: O(n).
//
// The index does not own the keys. Thread-safety: immutable after Build;
// concurrent lookups are safe.
#pragma once

#include <algorithm>
#include <cmath>
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

enum class RmiRoot : uint8_t { kLinear = 0, kCubic = 1 };

struct RmiOptions {
  RmiRoot root = RmiRoot::kLinear;
  uint32_t leaf_count = 1u << 16;
};

class Rmi {
 public:
  // One leaf, one 32-byte record (two per cache line, never straddling one
  // when the array is 32-byte aligned).
  struct Leaf {
    uint64_t base_key;     // key of the leaf's first step point (0 if empty)
    float slope;           // positions per key unit, >= 0
    float offset;          // the line at base_key, minus `first`
    uint32_t first;        // smallest lower bound of a key routed here
    uint32_t last;         // largest lower bound of a key routed here
    uint32_t error_below;  // max(predicted − true) over the leaf's points
    uint32_t error_above;  // max(true − predicted)
  };
  static_assert(sizeof(Leaf) == 32);
  // Positions are stored in 32 bits.
  static constexpr size_t kMaxKeys = UINT32_MAX - 1;

  Rmi() = default;
  static Result<Rmi> Build(std::span<const uint64_t> keys, const RmiOptions& options);
  template <typename PointSource>
  static Rmi BuildFromPoints(PointSource&& for_each_point, size_t point_count, size_t key_count, uint64_t min_key,
                             uint64_t max_key, const RmiOptions& options);

  // Predicted window: contains the lower bound of every key (see the header
  // comment), unless verified_lookups().
  SearchWindow Search(uint64_t key) const {
    const Leaf& leaf = leaves_[LeafOf(key)];
    const int64_t p = Predict(leaf, key);
    int64_t lo = p - static_cast<int64_t>(leaf.error_below) - 1;
    lo = lo > static_cast<int64_t>(leaf.first) ? lo : static_cast<int64_t>(leaf.first);
    int64_t hi = p + static_cast<int64_t>(leaf.error_above) + 2;
    const int64_t cap = static_cast<int64_t>(leaf.last) + 1 < static_cast<int64_t>(key_count_)
                            ? static_cast<int64_t>(leaf.last) + 1
                            : static_cast<int64_t>(key_count_);
    hi = hi < cap ? hi : cap;
    return SearchWindow{static_cast<size_t>(lo), static_cast<size_t>(hi)};
  }
  size_t LowerBound(std::span<const uint64_t> keys, uint64_t key) const {
    const SearchWindow window = Search(key);
    return verified_lookups_ ? VerifiedWindowLowerBound(keys.data(), keys.size(), window, key)
                             : WindowLowerBound(keys.data(), window, key);
  }
  // True if lookups verify the window's edges: cubic root, or read from bytes.
  bool verified_lookups() const { return verified_lookups_; }

  size_t key_count() const { return key_count_; }
  size_t leaf_count() const { return leaves_.size(); }
  RmiRoot root() const { return root_; }
  size_t size_bytes() const { return leaves_.size() * sizeof(Leaf) + sizeof(*this); }
  // Mean over leaves (weighted by points) of log2(window size): the expected
  // number of last-mile search steps.
  double mean_log2_window() const { return mean_log2_window_; }

  void AppendTo(ByteWriter* writer) const;
  static Result<Rmi> ReadFrom(ByteReader* reader, size_t key_count);

 private:
  // The leaf's prediction for `key`, clamped to [first, last]: monotone in
  // the key (slope >= 0; every step rounds monotonically). Build measures the
  // errors with this same function.
  static int64_t Predict(const Leaf& leaf, uint64_t key) {
    const double delta = key >= leaf.base_key ? static_cast<double>(key - leaf.base_key)
                                              : -static_cast<double>(leaf.base_key - key);
    const double first = static_cast<double>(leaf.first);
    const double last = static_cast<double>(leaf.last);
    double predicted = first + (static_cast<double>(leaf.offset) + static_cast<double>(leaf.slope) * delta);
    // Written so that NaN clamps to `first`.
    predicted = predicted > first ? (predicted < last ? predicted : last) : first;
    return static_cast<int64_t>(predicted);
  }
  size_t LeafOf(uint64_t key) const {
    if (root_ == RmiRoot::kLinear) [[likely]] {
      // One multiply-add on (key − min) clamped to the key range, halved so
      // it converts as a signed integer (one instruction, no branch on the
      // sign bit); every step is monotone, so the routing is too. Build and
      // lookup both route here, so the halving loses nothing.
      const uint64_t above = key > min_key_ ? key - min_key_ : 0;
      const uint64_t offset = above < key_range_ ? above : key_range_;
      const double scaled =
          static_cast<double>(static_cast<int64_t>(offset >> 1)) * linear_scale_ + linear_offset_;
      // The inputs are finite (checked on load), so max/min (maxsd/minsd) clamp.
      const double clamped = std::min(std::max(scaled, 0.0), last_leaf_);
      return static_cast<size_t>(static_cast<int64_t>(clamped));
    }
    double x = key <= min_key_ ? 0.0 : (key >= max_key_ ? 1.0 : static_cast<double>(key - min_key_) * inverse_range_);
    const double scaled = (((coefficients_[3] * x + coefficients_[2]) * x + coefficients_[1]) * x + coefficients_[0]) *
                          static_cast<double>(leaves_.size());
    const double last = static_cast<double>(leaves_.size() - 1);
    // Written so that NaN clamps to 0.
    const double clamped = scaled >= 0 ? (scaled < last ? scaled : last) : 0;
    return static_cast<size_t>(clamped);
  }
  // Derives the linear root's folded constants; after the root and the
  // leaf count are known, before any LeafOf.
  void PrepareRouting() {
    const double leaves = static_cast<double>(leaves_.size());
    key_range_ = max_key_ - min_key_;
    linear_scale_ = coefficients_[1] * inverse_range_ * 2.0 * leaves;
    linear_offset_ = coefficients_[0] * leaves;
    last_leaf_ = leaves - 1;
  }
  void FitRootLinear(double sum_count, double mean_x, double mean_y, double co_moment, double x_moment);
  template <typename PointSource>
  void FitLeaves(PointSource&& for_each_point);

  RmiRoot root_ = RmiRoot::kLinear;
  size_t key_count_ = 0;
  uint64_t min_key_ = 0;
  uint64_t max_key_ = 0;
  double inverse_range_ = 0;
  // The linear root folded into one multiply-add (PrepareRouting).
  uint64_t key_range_ = 0;
  double linear_scale_ = 0;
  double linear_offset_ = 0;
  double last_leaf_ = 0;
  double coefficients_[4] = {0, 0, 0, 0};  // root(x) = c0 + c1 x + c2 x^2 + c3 x^3, x in [0, 1]
  double mean_log2_window_ = 0;
  bool verified_lookups_ = false;
  HugeVector<Leaf> leaves_;

  friend struct RmiBuilder;
};

// Build steps shared by Build() and the chooser's sample builds.
struct RmiBuilder {
  // Fits the root to (normalized key, rank / n) over a systematic sample of
  // at most `sample_max` points, then checks monotonicity.
  static void FitRoot(Rmi* rmi, const std::vector<std::pair<double, double>>& sample, RmiRoot root);
  static void InitLeaves(Rmi* rmi, size_t leaf_count);
  // Turns the per-leaf moments into lines; empty leaves predict the first
  // rank of the next non-empty leaf (where an absent key routed there belongs
  // when the root is monotone).
  static void FinishLeaves(Rmi* rmi, const std::vector<double>& sums, const std::vector<int64_t>& first_rank);
};

template <typename PointSource>
Rmi Rmi::BuildFromPoints(PointSource&& for_each_point, size_t point_count, size_t key_count, uint64_t min_key,
                         uint64_t max_key, const RmiOptions& options) {
  Rmi rmi;
  rmi.root_ = options.root;
  rmi.key_count_ = key_count;
  rmi.min_key_ = min_key;
  rmi.max_key_ = max_key;
  rmi.inverse_range_ = max_key > min_key ? 1.0 / static_cast<double>(max_key - min_key) : 0.0;
  // Root: a systematic sample of about 2^16 points (point_count is a hint:
  // the number of points for_each_point emits, roughly).
  const size_t stride = point_count > 65536 ? point_count / 65536 : 1;
  std::vector<std::pair<double, double>> sample;
  sample.reserve(point_count / stride + 1);
  size_t i = 0;
  const double inverse_n = key_count > 0 ? 1.0 / static_cast<double>(key_count) : 0.0;
  for_each_point([&](uint64_t x, int64_t y) {
    if (i++ % stride != 0) return;
    const double nx = x <= min_key ? 0.0 : (x >= max_key ? 1.0 : static_cast<double>(x - min_key) * rmi.inverse_range_);
    sample.emplace_back(nx, static_cast<double>(y) * inverse_n);
  });
  RmiBuilder::FitRoot(&rmi, sample, options.root);
  rmi.verified_lookups_ = rmi.root_ == RmiRoot::kCubic;
  RmiBuilder::InitLeaves(&rmi, options.leaf_count == 0 ? 1 : options.leaf_count);
  rmi.PrepareRouting();
  rmi.FitLeaves(for_each_point);
  return rmi;
}

// Two passes: least-squares lines per leaf (Welford's stable running
// moments, on key − first key of the leaf), then the error bounds.
template <typename PointSource>
void Rmi::FitLeaves(PointSource&& for_each_point) {
  const size_t leaf_count = leaves_.size();
  // Per leaf: count, mean_x, mean_y, co-moment, x-moment.
  std::vector<double> sums(leaf_count * 5, 0.0);
  std::vector<int64_t> first_rank(leaf_count, -1);
  for_each_point([&](uint64_t x, int64_t y) {
    const size_t l = LeafOf(x);
    Leaf& leaf = leaves_[l];
    if (first_rank[l] < 0) {
      first_rank[l] = y;
      leaf.base_key = x;
    }
    double* s = &sums[l * 5];
    const double dx = x >= leaf.base_key ? static_cast<double>(x - leaf.base_key)
                                         : -static_cast<double>(leaf.base_key - x);
    const double dy = static_cast<double>(y);
    s[0] += 1;
    const double delta_x = dx - s[1];
    s[1] += delta_x / s[0];
    const double delta_y = dy - s[2];
    s[2] += delta_y / s[0];
    s[3] += delta_x * (dy - s[2]);
    s[4] += delta_x * (dx - s[1]);
  });
  RmiBuilder::FinishLeaves(this, sums, first_rank);
  // Error bounds, with the clamped prediction the lookup uses.
  std::vector<int64_t> below(leaf_count, 0), above(leaf_count, 0);
  for_each_point([&](uint64_t x, int64_t y) {
    const size_t l = LeafOf(x);
    const int64_t p = Predict(leaves_[l], x);
    if (p - y > below[l]) below[l] = p - y;
    if (y - p > above[l]) above[l] = y - p;
  });
  double weighted_log = 0;
  double total = 0;
  for (size_t l = 0; l < leaf_count; ++l) {
    leaves_[l].error_below = static_cast<uint32_t>(below[l] < UINT32_MAX ? below[l] : UINT32_MAX);
    leaves_[l].error_above = static_cast<uint32_t>(above[l] < UINT32_MAX ? above[l] : UINT32_MAX);
    const double count = sums[l * 5];
    weighted_log += count * std::log2(static_cast<double>(below[l] + above[l] + 4));
    total += count;
  }
  mean_log2_window_ = total > 0 ? weighted_log / total : 0;
}

}  // namespace augur::index
