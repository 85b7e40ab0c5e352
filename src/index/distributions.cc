// Synthetic key distributions. See distributions.h.
#include "index/distributions.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace augur::index::testing {
namespace {

uint64_t SplitMix64(uint64_t* x) {
  uint64_t z = (*x += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

uint64_t Rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

// Maps a double in [lo, hi] linearly onto [0, 2^64 - 1].
uint64_t ScaleToU64(double value, double lo, double hi) {
  const double unit = (value - lo) / (hi - lo);
  if (!(unit > 0)) return 0;
  if (unit >= 1) return std::numeric_limits<uint64_t>::max();
  const double scaled = unit * 18446744073709551615.0;
  return scaled >= 18446744073709549568.0 ? std::numeric_limits<uint64_t>::max() : static_cast<uint64_t>(scaled);
}

// Interleaves the bits of x (even positions) and y (odd positions).
uint64_t Morton(uint32_t x, uint32_t y) {
  auto spread = [](uint64_t v) {
    v &= 0xFFFFFFFFull;
    v = (v | (v << 16)) & 0x0000FFFF0000FFFFull;
    v = (v | (v << 8)) & 0x00FF00FF00FF00FFull;
    v = (v | (v << 4)) & 0x0F0F0F0F0F0F0F0Full;
    v = (v | (v << 2)) & 0x3333333333333333ull;
    v = (v | (v << 1)) & 0x5555555555555555ull;
    return v;
  };
  return spread(x) | (spread(y) << 1);
}

std::vector<uint64_t> UniformDense(size_t count, Random& rng) {
  std::vector<uint64_t> keys;
  keys.reserve(count);
  uint64_t value = rng.Below(uint64_t{1} << 40);
  while (keys.size() < count) {
    if (rng.Below(10) != 0) keys.push_back(value);
    ++value;
  }
  return keys;
}

std::vector<uint64_t> OsmLike(size_t count, Random& rng) {
  // Cities: centers uniform on the 2^32 x 2^32 grid, spreads log-uniform
  // from 2^10 to 2^22, sizes Zipf(1) over 2000 cities.
  constexpr size_t kCities = 2000;
  struct City {
    double x, y, sigma;
  };
  std::vector<City> cities(kCities);
  std::vector<double> cumulative(kCities);
  double total = 0;
  for (size_t i = 0; i < kCities; ++i) {
    cities[i] = City{static_cast<double>(rng.Next() >> 32), static_cast<double>(rng.Next() >> 32),
                     std::exp2(10 + 12 * rng.NextDouble())};
    total += 1.0 / static_cast<double>(i + 1);
    cumulative[i] = total;
  }
  std::vector<uint64_t> keys(count);
  for (auto& key : keys) {
    const double pick = rng.NextDouble() * total;
    const size_t c = static_cast<size_t>(std::lower_bound(cumulative.begin(), cumulative.end(), pick) -
                                         cumulative.begin());
    const City& city = cities[std::min(c, kCities - 1)];
    auto coordinate = [&](double center) {
      const double v = center + rng.NextNormal() * city.sigma;
      return static_cast<uint32_t>(std::clamp(v, 0.0, 4294967295.0));
    };
    const uint32_t x = coordinate(city.x);
    key = Morton(x, coordinate(city.y));
  }
  return keys;
}

std::vector<uint64_t> BooksLike(size_t count, Random& rng) {
  // Timestamps in seconds from 2010-01-01, like edit logs. Quiet periods:
  // 0.05 events/s; bursts: 2 events/s; each period lasts an exponential time
  // (mean 1 h quiet, 5 min burst), about 0.2 events/s overall (1e8 keys span
  // ~16 years). Integer seconds produce runs of duplicates: about half the
  // keys repeat the previous one.
  std::vector<uint64_t> keys;
  keys.reserve(count);
  double t = 1262304000.0;
  bool burst = false;
  double period_end = t + 3600 * -std::log(1 - rng.NextDouble());
  while (keys.size() < count) {
    const double rate = burst ? 2.0 : 0.05;
    t += -std::log(1 - rng.NextDouble()) / rate;
    if (t > period_end) {
      burst = !burst;
      period_end = t + (burst ? 300 : 3600) * -std::log(1 - rng.NextDouble());
    }
    keys.push_back(static_cast<uint64_t>(t));
  }
  return keys;
}

}  // namespace

Random::Random(uint64_t seed) {
  uint64_t x = seed;
  for (auto& s : state_) s = SplitMix64(&x);
}

uint64_t Random::Next() {
  const uint64_t result = Rotl(state_[1] * 5, 7) * 9;
  const uint64_t t = state_[1] << 17;
  state_[2] ^= state_[0];
  state_[3] ^= state_[1];
  state_[1] ^= state_[2];
  state_[0] ^= state_[3];
  state_[2] ^= t;
  state_[3] = Rotl(state_[3], 45);
  return result;
}

double Random::NextDouble() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }

double Random::NextNormal() {
  if (has_spare_) {
    has_spare_ = false;
    return spare_normal_;
  }
  double u = NextDouble();
  while (u <= 0) u = NextDouble();
  const double v = NextDouble();
  const double radius = std::sqrt(-2 * std::log(u));
  spare_normal_ = radius * std::sin(2 * M_PI * v);
  has_spare_ = true;
  return radius * std::cos(2 * M_PI * v);
}

uint64_t Random::Below(uint64_t n) {
  return static_cast<uint64_t>((static_cast<unsigned __int128>(Next()) * n) >> 64);
}

std::string_view DistributionName(Distribution distribution) {
  switch (distribution) {
    case Distribution::kUniformDense: return "uniform_dense";
    case Distribution::kUniformSparse: return "uniform_sparse";
    case Distribution::kNormal: return "normal";
    case Distribution::kLognormal: return "lognormal";
    case Distribution::kZipfGaps: return "zipf_gaps";
    case Distribution::kOsmLike: return "osm_like";
    case Distribution::kFbLike: return "fb_like";
    case Distribution::kBooksLike: return "books_like";
  }
  return "unknown";
}

bool ParseDistribution(std::string_view name, Distribution* out) {
  for (Distribution d : kAllDistributions) {
    if (DistributionName(d) == name) {
      *out = d;
      return true;
    }
  }
  return false;
}

std::vector<uint64_t> GenerateKeys(Distribution distribution, size_t count, uint64_t seed) {
  Random rng(seed * 0x100000001B3ull + static_cast<uint64_t>(distribution));
  std::vector<uint64_t> keys;
  switch (distribution) {
    case Distribution::kUniformDense:
      return UniformDense(count, rng);
    case Distribution::kUniformSparse:
      keys.resize(count);
      for (auto& key : keys) key = rng.Next();
      break;
    case Distribution::kNormal:
      keys.resize(count);
      for (auto& key : keys) key = ScaleToU64(rng.NextNormal(), -8, 8);
      break;
    case Distribution::kLognormal:
      keys.resize(count);
      for (auto& key : keys) key = static_cast<uint64_t>(std::min(std::exp(2 * rng.NextNormal()) * 1e9, 1.8e19));
      break;
    case Distribution::kZipfGaps: {
      keys.resize(count);
      uint64_t value = 0;
      for (auto& key : keys) {
        // Pareto(α = 1.1) gap, capped so 1e8 keys cannot overflow 2^64.
        const double gap = std::pow(1 - rng.NextDouble(), -1 / 1.1);
        value += static_cast<uint64_t>(std::min(gap, 1e10));
        key = value;
      }
      return keys;
    }
    case Distribution::kOsmLike:
      keys = OsmLike(count, rng);
      break;
    case Distribution::kFbLike:
      keys.resize(count);
      for (auto& key : keys) {
        key = rng.Below(10000) == 0 ? std::numeric_limits<uint64_t>::max() - rng.Below(uint64_t{1} << 62)
                                    : rng.Below(uint64_t{1} << 40);
      }
      break;
    case Distribution::kBooksLike:
      return BooksLike(count, rng);
  }
  std::sort(keys.begin(), keys.end());
  return keys;
}

}  // namespace augur::index::testing
