// LearnedIndex: the one interface the column store calls to map a key to its
// position in a sorted, immutable uint64 array (a segment's primary-key
// column, or the order-preserving images of it, see key_image.h).
//
// A LearnedIndex wraps one of four structures, chosen per data set:
//   kPgm          ε-bounded piecewise-linear segments with recursive levels
//   kRadixSpline  radix table + error-bounded linear spline
//   kRmi          two-layer recursive model index (linear or cubic root)
//   kBinarySearch no model: binary search over the whole array
// Build(keys, config) builds a given structure; BuildAuto(keys) estimates
// candidates on a sample of the keys (errors and sizes), builds a shortlist
// on all keys, times it against binary search on the real array and keeps
// the fastest (see ChooserOptions).
//
// Every lookup is exact (same answer as std::lower_bound), for present and
// absent keys, with duplicates; it does not allocate. The index does not own
// the keys: pass the same array (same contents) the index was built over.
// Serialize() produces bytes a segment file can carry; Deserialize() checks
// them against the key array (count, first and last key, checksum) and
// returns SQLSTATE XX001 for corrupt or mismatched input.
//
// Thread-safety: immutable after construction; any number of threads may
// look up concurrently. Moving/destroying requires exclusive access.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "common/status.h"
#include "index/pgm_index.h"
#include "index/radix_spline.h"
#include "index/rmi.h"
#include "index/search.h"

namespace augur::index {

enum class IndexKind : uint8_t { kBinarySearch = 0, kPgm = 1, kRadixSpline = 2, kRmi = 3 };

// Baseline "structure": searches the whole array.
class BinarySearchIndex {
 public:
  explicit BinarySearchIndex(size_t key_count = 0) : key_count_(key_count) {}
  SearchWindow Search(uint64_t) const { return SearchWindow{0, key_count_}; }
  size_t LowerBound(std::span<const uint64_t> keys, uint64_t key) const {
    return BranchyLowerBound(keys.data(), keys.size(), key);
  }
  size_t key_count() const { return key_count_; }
  size_t size_bytes() const { return sizeof(*this); }

 private:
  size_t key_count_;
};

struct IndexConfig {
  IndexKind kind = IndexKind::kPgm;
  PgmOptions pgm;
  RadixSplineOptions radix_spline;
  RmiOptions rmi;

  static IndexConfig BinarySearch() { return IndexConfig{IndexKind::kBinarySearch, {}, {}, {}}; }
  static IndexConfig Pgm(int64_t epsilon, int64_t epsilon_internal = 8) {
    return IndexConfig{IndexKind::kPgm, PgmOptions{epsilon, epsilon_internal}, {}, {}};
  }
  static IndexConfig RadixSplineOf(int64_t epsilon, uint32_t radix_bits) {
    return IndexConfig{IndexKind::kRadixSpline, {}, RadixSplineOptions{epsilon, radix_bits}, {}};
  }
  static IndexConfig RmiOf(RmiRoot root, uint32_t leaf_count) {
    return IndexConfig{IndexKind::kRmi, {}, {}, RmiOptions{root, leaf_count}};
  }
  // e.g. "pgm(eps=64,eps_internal=8)", "rs(eps=32,radix_bits=18)", "rmi(cubic,leaves=65536)", "binary_search".
  std::string ToString() const;
};

struct ChooserOptions {
  // The sample: this many evenly spaced blocks of consecutive keys. Blocks
  // keep the local structure (gaps, duplicates) that decides the models'
  // errors; a uniform sample of single keys would hide it.
  size_t sample_blocks = 64;
  size_t block_keys = 4096;
  bool allow_binary_search = true;
  // Measured choice (docs/learned-index.md, "Chooser"). The cost model
  // (sampled errors and sizes) only shortlists: candidates estimated within
  // `shortlist_factor` of the cheapest estimate; per structure first the
  // cheapest, then those whose size is farthest (in log2) from the ones
  // already taken — the model cannot rank model sizes, the timing can — at
  // most `timed_per_kind` per structure and `timed_candidates` in all. The
  // shortlist is built on all keys and timed on the real array together
  // with plain binary search, interleaved round-robin: in each of
  // `probe_rounds` rounds every candidate (in a rotated order) runs a block
  // of random lookups (80% present keys, 20% key + 1; all probe keys drawn
  // before any timing, each block its own): the first half untimed (it warms
  // the caches with the structure, as a stream of lookups does), the second
  // half timed. The block is n / `probe_block_divisor` lookups, clamped to
  // [probe_block_min, probe_block_max]. Short blocks time the structures
  // colder than a stream of lookups finds them, and the error is not the
  // same for every size: at 100M keys a model of tens of MB is partly
  // L3-resident in a stream (books_like: RMI 2^21 leaves 380-405 ns vs 2^23
  // 438-461 ns in 200K-lookup runs) but not in short blocks (4.6K-lookup
  // blocks rated 2^19 as fast as 2^21 on lognormal; 64K-lookup blocks rated
  // 2^23 17% faster than 2^21 on books_like). So the block is long: up to
  // 128K warm + 128K timed lookups per candidate and round. A
  // candidate's score is the median over rounds of its time divided by
  // binary search's time in the same round: drift in machine load cancels
  // in the ratio, bursts fall out of the median. The lowest score wins;
  // among scores within `tie_tolerance` of it, the smallest structure.
  // timed_candidates = 0, or fewer than min_timed_keys keys, picks by the
  // cost model alone (deterministic).
  size_t timed_candidates = 7;
  size_t timed_per_kind = 3;
  double shortlist_factor = 2.5;
  size_t probe_block_divisor = 128;
  size_t probe_block_min = 4096;
  size_t probe_block_max = 262144;
  int probe_rounds = 5;
  double tie_tolerance = 0.02;
  size_t min_timed_keys = 4096;
  // Tests only: if set, replaces the timing of one (round, candidate) run by
  // this function's nanoseconds per lookup (the structures are still built).
  std::function<double(const IndexConfig& config, int round)> probe_ns_for_testing;
};

// What the chooser measured and estimated for one candidate.
struct CandidateEstimate {
  IndexConfig config;
  double size_bytes = 0;         // extrapolated to all keys
  double mean_log2_window = 0;   // log2 of the last-mile window, measured on the sample
  double model_entries = 0;      // segments / spline points / leaves, extrapolated
  double estimated_lookup_ns = 0;
  // Timed probe on the full array (0 if not shortlisted): median ns per
  // lookup over the rounds, and the median over rounds of the ratio to
  // binary search in the same round (the score the choice is made on).
  double measured_lookup_ns = 0;
  double measured_vs_binary_search = 0;
};

struct ChooserReport {
  std::vector<CandidateEstimate> candidates;
  size_t chosen = 0;  // index into candidates
  size_t sample_keys = 0;
  bool timed = false;  // true if the choice was made by the timed probe
  int probe_rounds = 0;
};

class LearnedIndex {
 public:
  LearnedIndex() = default;

  static Result<LearnedIndex> Build(std::span<const uint64_t> keys, const IndexConfig& config);
  static Result<LearnedIndex> BuildAuto(std::span<const uint64_t> keys, const ChooserOptions& options = {},
                                        ChooserReport* report = nullptr);

  // First position whose key is >= key (keys.size() if none).
  size_t LowerBound(std::span<const uint64_t> keys, uint64_t key) const {
    switch (impl_.index()) {
      case 1: return std::get_if<PgmIndex>(&impl_)->LowerBound(keys, key);
      case 2: return std::get_if<RadixSpline>(&impl_)->LowerBound(keys, key);
      case 3: return std::get_if<Rmi>(&impl_)->LowerBound(keys, key);
      default: return BranchyLowerBound(keys.data(), keys.size(), key);
    }
  }
  // First position whose key is > key.
  size_t UpperBound(std::span<const uint64_t> keys, uint64_t key) const {
    return key == UINT64_MAX ? keys.size() : LowerBound(keys, key + 1);
  }
  // Position of `key` if present (its first occurrence), else keys.size().
  size_t Find(std::span<const uint64_t> keys, uint64_t key) const {
    const size_t pos = LowerBound(keys, key);
    return pos < keys.size() && keys[pos] == key ? pos : keys.size();
  }
  // Positions [begin, end) of the keys in the closed range [low, high]: the
  // start and end of a range scan. Empty (begin == end) if low > high.
  struct PositionRange {
    size_t begin;
    size_t end;
  };
  PositionRange Range(std::span<const uint64_t> keys, uint64_t low, uint64_t high) const {
    if (low > high) return PositionRange{0, 0};
    const size_t begin = LowerBound(keys, low);
    return PositionRange{begin, UpperBound(keys, high)};
  }
  // The structure's predicted window (for diagnostics and tests).
  SearchWindow Search(uint64_t key) const;
  // True if lookups check the window's edges and repair a miss: an RMI with a
  // cubic root, or any index read by Deserialize (it may be damaged). False:
  // Search(key) contains the lower bound of every key, and the lookup only
  // searches it (20-25 % faster at 100M keys). Binary search: false.
  bool verified_lookups() const;
  // The wrapped structure if it is a T (PgmIndex, RadixSpline, Rmi,
  // BinarySearchIndex), else nullptr: lets the benchmark time the same object
  // without the dispatch of LowerBound().
  template <typename T>
  const T* structure() const {
    return std::get_if<T>(&impl_);
  }

  IndexKind kind() const { return static_cast<IndexKind>(impl_.index()); }
  const IndexConfig& config() const { return config_; }
  size_t key_count() const;
  size_t size_bytes() const;
  // Segments (PGM level 0), spline points, or leaves; 0 for binary search.
  size_t model_entries() const;

  std::string Serialize() const;
  static Result<LearnedIndex> Deserialize(std::string_view bytes, std::span<const uint64_t> keys);
  // Appends a valid checksum to serialized bytes without their checksum, so
  // tests can feed damaged payloads past the checksum to the validation.
  static std::string ResealForTesting(std::string_view bytes_without_checksum);

 private:
  using Impl = std::variant<BinarySearchIndex, PgmIndex, RadixSpline, Rmi>;
  IndexConfig config_ = IndexConfig::BinarySearch();
  Impl impl_;
  uint64_t first_key_ = 0;
  uint64_t last_key_ = 0;
};

}  // namespace augur::index
