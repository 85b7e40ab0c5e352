// Rmi root fitting, leaf finishing and serialization. See rmi.h.
#include "index/rmi.h"

#include <algorithm>
#include <cmath>

namespace augur::index {
namespace {

// Solves the 4x4 (or smaller) normal equations A c = b by Gaussian
// elimination with partial pivoting. Returns false if singular.
bool Solve(size_t dim, double a[4][4], double b[4], double c[4]) {
  for (size_t col = 0; col < dim; ++col) {
    size_t pivot = col;
    for (size_t row = col + 1; row < dim; ++row) {
      if (std::fabs(a[row][col]) > std::fabs(a[pivot][col])) pivot = row;
    }
    if (std::fabs(a[pivot][col]) < 1e-300) return false;
    std::swap(a[col], a[pivot]);
    std::swap(b[col], b[pivot]);
    for (size_t row = col + 1; row < dim; ++row) {
      const double factor = a[row][col] / a[col][col];
      for (size_t k = col; k < dim; ++k) a[row][k] -= factor * a[col][k];
      b[row] -= factor * b[col];
    }
  }
  for (size_t col = dim; col-- > 0;) {
    double value = b[col];
    for (size_t k = col + 1; k < dim; ++k) value -= a[col][k] * c[k];
    c[col] = value / a[col][col];
  }
  return true;
}

// Least-squares polynomial of degree dim-1 through the sample.
bool FitPolynomial(const std::vector<std::pair<double, double>>& sample, size_t dim, double c[4]) {
  double a[4][4] = {};
  double b[4] = {};
  for (const auto& [x, y] : sample) {
    double powers[7] = {1, x, x * x, x * x * x, x * x * x * x, 0, 0};
    powers[5] = powers[4] * x;
    powers[6] = powers[5] * x;
    for (size_t r = 0; r < dim; ++r) {
      for (size_t k = 0; k < dim; ++k) a[r][k] += powers[r + k];
      b[r] += powers[r] * y;
    }
  }
  for (size_t k = 0; k < 4; ++k) c[k] = 0;
  if (!Solve(dim, a, b, c)) return false;
  for (size_t k = 0; k < dim; ++k) {
    if (!std::isfinite(c[k])) return false;
  }
  return true;
}

// A cubic is usable as a root only if it is non-decreasing on [0, 1].
bool MonotoneOnUnitInterval(const double c[4]) {
  auto derivative = [&](double x) { return c[1] + 2 * c[2] * x + 3 * c[3] * x * x; };
  if (derivative(0) < 0 || derivative(1) < 0) return false;
  if (c[3] != 0) {
    const double vertex = -c[2] / (3 * c[3]);
    if (vertex > 0 && vertex < 1 && derivative(vertex) < 0) return false;
  }
  return true;
}

}  // namespace

void RmiBuilder::FitRoot(Rmi* rmi, const std::vector<std::pair<double, double>>& sample, RmiRoot root) {
  double c[4] = {0, 1, 0, 0};  // identity: keys spread uniformly over the range
  if (root == RmiRoot::kCubic && sample.size() >= 8 && FitPolynomial(sample, 4, c) && MonotoneOnUnitInterval(c)) {
    rmi->root_ = RmiRoot::kCubic;
  } else {
    rmi->root_ = RmiRoot::kLinear;
    if (sample.size() < 2 || !FitPolynomial(sample, 2, c) || c[1] < 0) {
      c[0] = 0;
      c[1] = 1;
    }
    c[2] = c[3] = 0;
  }
  std::copy(c, c + 4, rmi->coefficients_);
}

void RmiBuilder::InitLeaves(Rmi* rmi, size_t leaf_count) { rmi->leaves_.assign(leaf_count, Rmi::Leaf{0, 0, 0, 0, 0, 0, 0}); }

void RmiBuilder::FinishLeaves(Rmi* rmi, const std::vector<double>& sums, const std::vector<int64_t>& first_rank) {
  auto& leaves = rmi->leaves_;
  // Positions fit 32 bits (Build checks; the chooser's sample builds use true ranks).
  auto position = [](int64_t value) { return static_cast<uint32_t>(std::clamp<int64_t>(value, 0, Rmi::kMaxKeys)); };
  uint32_t next_rank = position(static_cast<int64_t>(rmi->key_count_));
  for (size_t l = leaves.size(); l-- > 0;) {
    const double* s = &sums[l * 5];
    Rmi::Leaf& leaf = leaves[l];
    if (first_rank[l] < 0) {
      // Keys routed to an empty leaf lie between two non-empty leaves: their
      // lower bound is the next non-empty leaf's first rank.
      leaf = Rmi::Leaf{0, 0, 0, next_rank, next_rank, 0, 0};
      continue;
    }
    double slope = s[4] > 0 ? s[3] / s[4] : 0;
    if (!(slope >= 0) || !std::isfinite(slope) || slope > 3e38) slope = 0;
    const auto stored_slope = static_cast<float>(slope);
    const uint32_t first = position(first_rank[l]);
    // The line through the means, with the slope as stored, at base_key.
    const double intercept = s[2] - static_cast<double>(stored_slope) * s[1];
    double offset = intercept - static_cast<double>(first);
    if (!std::isfinite(offset) || std::fabs(offset) > 3e38) offset = 0;
    leaf.slope = stored_slope;
    leaf.offset = static_cast<float>(offset);
    leaf.first = first;
    leaf.last = next_rank;
    next_rank = first;
  }
}

Result<Rmi> Rmi::Build(std::span<const uint64_t> keys, const RmiOptions& options) {
  if (options.leaf_count == 0 || options.leaf_count > (1u << 26)) {
    return Status::Error(sqlstate::kInvalidParameterValue, "RMI leaf_count must be between 1 and 2^26");
  }
  if (keys.size() > kMaxKeys) {
    return Status::Error(sqlstate::kInvalidParameterValue, "RMI supports at most 2^32 - 2 keys");
  }
  const uint64_t min_key = keys.empty() ? 0 : keys.front();
  const uint64_t max_key = keys.empty() ? 0 : keys.back();
  return BuildFromPoints([&](auto&& emit) { ForEachStepPoint(keys, 0, emit); }, keys.size(), keys.size(), min_key,
                         max_key, options);
}

void Rmi::AppendTo(ByteWriter* writer) const {
  writer->Write<uint8_t>(static_cast<uint8_t>(root_));
  writer->Write<uint64_t>(min_key_);
  writer->Write<uint64_t>(max_key_);
  for (double c : coefficients_) writer->Write<double>(c);
  writer->Write<double>(mean_log2_window_);
  writer->WriteArray(leaves_);
}

Result<Rmi> Rmi::ReadFrom(ByteReader* reader, size_t key_count) {
  Rmi rmi;
  rmi.key_count_ = key_count;
  uint8_t root = 0;
  RETURN_IF_ERROR(reader->Read(&root, "RMI root kind"));
  if (root > 1) return CorruptIndex("RMI root kind " + std::to_string(root) + " is unknown");
  rmi.root_ = static_cast<RmiRoot>(root);
  RETURN_IF_ERROR(reader->Read(&rmi.min_key_, "RMI min key"));
  RETURN_IF_ERROR(reader->Read(&rmi.max_key_, "RMI max key"));
  if (rmi.min_key_ > rmi.max_key_) return CorruptIndex("RMI min key above max key");
  for (double& c : rmi.coefficients_) {
    RETURN_IF_ERROR(reader->Read(&c, "RMI root coefficients"));
    if (!std::isfinite(c) || std::fabs(c) > 1e12) return CorruptIndex("RMI root coefficient out of range");
  }
  RETURN_IF_ERROR(reader->Read(&rmi.mean_log2_window_, "RMI error statistics"));
  RETURN_IF_ERROR(reader->ReadArray(&rmi.leaves_, uint64_t{1} << 26, "RMI leaves"));
  if (rmi.leaves_.empty()) return CorruptIndex("RMI has no leaves");
  for (const Leaf& leaf : rmi.leaves_) {
    if (!std::isfinite(leaf.slope) || !std::isfinite(leaf.offset)) return CorruptIndex("RMI leaf not finite");
    if (leaf.first > leaf.last || leaf.last > key_count) return CorruptIndex("RMI leaf position range out of bounds");
  }
  // The bytes may be damaged beyond what these checks see (a re-sealed
  // checksum): verify every lookup's window.
  rmi.verified_lookups_ = true;
  rmi.inverse_range_ = rmi.max_key_ > rmi.min_key_ ? 1.0 / static_cast<double>(rmi.max_key_ - rmi.min_key_) : 0.0;
  rmi.PrepareRouting();
  return rmi;
}

}  // namespace augur::index
