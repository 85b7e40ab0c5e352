// LearnedIndex: dispatch, the structure chooser, and the serialized envelope.
// See learned_index.h.
#include "index/learned_index.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <ctime>
#include <vector>

#include "index/byte_io.h"

namespace augur::index {
namespace {

constexpr char kMagic[8] = {'A', 'U', 'G', 'L', 'I', 'D', 'X', '1'};
constexpr uint32_t kFormatVersion = 2;  // 2: RMI leaves with clamp range (32 bytes)

// 64-bit checksum over the serialized bytes (a multiply-xorshift mix per
// 8-byte word). Detects corruption; not cryptographic.
uint64_t Checksum(std::string_view bytes) {
  uint64_t hash = 0x243F6A8885A308D3ull ^ bytes.size();
  size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    uint64_t word;
    std::memcpy(&word, bytes.data() + i, 8);
    hash = (hash ^ word) * 0x9E3779B97F4A7C15ull;
    hash ^= hash >> 29;
  }
  uint64_t tail = 0;
  std::memcpy(&tail, bytes.data() + i, bytes.size() - i);
  hash = (hash ^ tail) * 0x9E3779B97F4A7C15ull;
  return hash ^ (hash >> 32);
}

Status ValidateConfig(const IndexConfig& config) {
  switch (config.kind) {
    case IndexKind::kBinarySearch:
      return Status::Ok();
    case IndexKind::kPgm:
      if (config.pgm.epsilon < 1 || config.pgm.epsilon > (int64_t{1} << 40) || config.pgm.epsilon_internal < 1 ||
          config.pgm.epsilon_internal > (int64_t{1} << 40)) {
        return Status::Error(sqlstate::kInvalidParameterValue, "PGM epsilon must be between 1 and 2^40");
      }
      return Status::Ok();
    case IndexKind::kRadixSpline:
      if (config.radix_spline.epsilon < 1 || config.radix_spline.epsilon > (int64_t{1} << 40)) {
        return Status::Error(sqlstate::kInvalidParameterValue, "RadixSpline epsilon must be between 1 and 2^40");
      }
      if (config.radix_spline.radix_bits > 24) {
        return Status::Error(sqlstate::kInvalidParameterValue, "RadixSpline radix_bits must be at most 24");
      }
      return Status::Ok();
    case IndexKind::kRmi:
      if (config.rmi.leaf_count == 0 || config.rmi.leaf_count > (1u << 26)) {
        return Status::Error(sqlstate::kInvalidParameterValue, "RMI leaf_count must be between 1 and 2^26");
      }
      return Status::Ok();
  }
  return Status::Error(sqlstate::kInvalidParameterValue, "unknown learned index kind");
}

// ---- The chooser's sample and cost model. ----

// Evenly spaced blocks of consecutive keys, emitted as step points with
// their true ranks. Points whose key does not increase (a duplicate run that
// spans two blocks) are dropped so the stream stays strictly increasing.
struct BlockSample {
  std::span<const uint64_t> keys;
  size_t blocks;
  size_t block_keys;

  size_t sample_keys() const { return std::min(keys.size(), blocks * block_keys); }
  template <typename Emit>
  void operator()(Emit&& emit) const {
    bool any = false;
    uint64_t last = 0;
    auto forward = [&](uint64_t x, int64_t y) {
      if (any && x <= last) return;
      any = true;
      last = x;
      emit(x, y);
    };
    if (keys.size() <= blocks * block_keys) {
      ForEachStepPoint(keys, 0, forward);
      return;
    }
    const size_t spacing = keys.size() / blocks;
    for (size_t b = 0; b < blocks; ++b) {
      const size_t begin = b * spacing;
      ForEachStepPoint(keys.subspan(begin, block_keys), begin, forward);
    }
  }
};

// The cost model, in nanoseconds, calibrated on the bench machine (a shared
// 2-core AMD EPYC VM, 4 KiB pages, so most random accesses beyond the caches
// also miss the TLB) from the 10M-key runs in docs/learned-index.md. It only
// has to rank candidates, not predict absolute times.
//
// One dependent access into a structure of `bytes` bytes (L2-, L3-sized, or
// beyond, with a TLB miss).
double MissNs(double bytes) {
  if (bytes <= 512.0 * 1024) return 25;
  if (bytes <= 16.0 * 1024 * 1024) return 60;
  return 120;
}

// Search of a window of `keys` keys in the data array (`data_bytes`).
// Windows up to 512 keys cost about one miss: the branchy search's
// speculation issues the probes' lines before the first one arrives.
double LastMileNs(double window_keys, double data_bytes) {
  const double steps = std::log2(std::max(2.0, window_keys));
  const double misses = window_keys <= 512.0
                            ? 1.0
                            : std::max(1.0, std::log2(window_keys / 8));
  return steps * 3 + misses * MissNs(data_bytes);
}

// A plain binary search: the top ~14 levels stay cached; the rest miss, but
// independent lookups overlap their misses (short loop body), so each costs
// about half a miss.
double BinarySearchNs(double n) {
  const double steps = std::log2(std::max(2.0, n));
  const double uncached = std::max(1.0, steps - 14);
  return steps * 3 + uncached * MissNs(n * 8) * 0.45;
}

// Computing one model (a level, a spline segment, a leaf) on the dependent
// path: the float multiply-add, conversions and window arithmetic.
constexpr double kModelNs = 20;

int Log2Ceil(double value) { return value <= 1 ? 0 : static_cast<int>(std::ceil(std::log2(value))); }

CandidateEstimate EstimatePgm(const BlockSample& sample, size_t n, int64_t epsilon, int64_t epsilon_internal) {
  CandidateEstimate estimate;
  estimate.config = IndexConfig::Pgm(epsilon, epsilon_internal);
  const double scale = static_cast<double>(n) / static_cast<double>(std::max<size_t>(1, sample.sample_keys()));
  size_t segments = 0;
  SegmentPoints(epsilon, sample, [&](const LinearSegment&) { ++segments; });
  const double level0 = std::max(1.0, static_cast<double>(segments) * scale);
  estimate.model_entries = level0;
  double ns = 0;
  double bytes = 0;
  // Upper levels shrink by about 2·ε_internal each.
  for (double level = level0; level >= 1; level /= 2.0 * static_cast<double>(epsilon_internal)) {
    bytes += level * sizeof(LinearSegment);
    ns += kModelNs + MissNs(level * sizeof(LinearSegment));
    if (level < 2) break;
  }
  estimate.size_bytes = bytes;
  estimate.mean_log2_window = std::log2(2.0 * static_cast<double>(epsilon) + 4);
  estimate.estimated_lookup_ns = ns + LastMileNs(2.0 * static_cast<double>(epsilon) + 4, static_cast<double>(n) * 8);
  return estimate;
}

// About two spline points per radix bucket: a larger table is one more
// cache/TLB miss per lookup at 100M keys (measured: books_like, ε = 16,
// 18 bits 289 ns vs 20 bits 343 ns), while the bucket search stays short.
uint32_t RadixBitsFor(double spline_points) {
  return static_cast<uint32_t>(std::clamp(Log2Ceil(spline_points) - 1, 8, 24));
}

CandidateEstimate EstimateRadixSpline(const BlockSample& sample, size_t n, int64_t epsilon) {
  const double scale = static_cast<double>(n) / static_cast<double>(std::max<size_t>(1, sample.sample_keys()));
  RadixSplineOptions options{epsilon, 8};
  const RadixSpline rs = RadixSpline::BuildFromPoints(sample, n, sample.keys.front(), sample.keys.back(), options);
  const double points = std::max(2.0, static_cast<double>(rs.spline_point_count()) * scale);
  const uint32_t bits = RadixBitsFor(points);
  CandidateEstimate estimate;
  estimate.config = IndexConfig::RadixSplineOf(epsilon, bits);
  estimate.model_entries = points;
  const double table_bytes = std::ldexp(4.0, static_cast<int>(bits));
  const double point_bytes = points * sizeof(RadixSpline::SplinePoint);
  estimate.size_bytes = table_bytes + point_bytes;
  estimate.mean_log2_window = std::log2(2.0 * static_cast<double>(epsilon) + 4);
  // The table spreads points evenly only for uniform keys; assume a few per
  // bucket on average plus the skew the sample cannot see.
  const double per_bucket = std::max(1.0, points / std::ldexp(1.0, static_cast<int>(bits)));
  estimate.estimated_lookup_ns = kModelNs + MissNs(table_bytes) + std::log2(per_bucket + 1) * 3 + MissNs(point_bytes) +
                                 LastMileNs(2.0 * static_cast<double>(epsilon) + 4, static_cast<double>(n) * 8);
  return estimate;
}

CandidateEstimate EstimateRmi(const BlockSample& sample, size_t n, RmiRoot root, uint32_t leaves) {
  const Rmi rmi = Rmi::BuildFromPoints(sample, sample.sample_keys(), n, sample.keys.front(), sample.keys.back(),
                                       RmiOptions{root, leaves});
  CandidateEstimate estimate;
  estimate.config = IndexConfig::RmiOf(rmi.root(), leaves);
  estimate.model_entries = leaves;
  estimate.size_bytes = static_cast<double>(leaves) * sizeof(Rmi::Leaf);
  estimate.mean_log2_window = rmi.mean_log2_window();
  const double window = std::exp2(rmi.mean_log2_window());
  estimate.estimated_lookup_ns = kModelNs + (root == RmiRoot::kCubic ? 5 : 0) + MissNs(estimate.size_bytes) +
                                 LastMileNs(window, static_cast<double>(n) * 8);
  return estimate;
}

// The chooser's timed probe: random present keys of the real array, every
// fifth one plus 1 (usually absent), from a fixed seed. All probe keys are
// drawn before any timing, and every run gets its own: drawing a key reads
// its cache line, so keys drawn just before a timing (or reused) would make
// the last mile hit the cache, which a real cold lookup does not.
std::vector<uint64_t> ProbeKeys(std::span<const uint64_t> keys, size_t count, uint64_t seed) {
  std::vector<uint64_t> probes;
  probes.reserve(count);
  uint64_t state = 0x9E3779B97F4A7C15ull ^ keys.size() ^ (seed * 0xD1B54A32D192ED03ull);
  for (size_t i = 0; i < count; ++i) {
    state += 0x9E3779B97F4A7C15ull;  // SplitMix64
    uint64_t z = state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    z ^= z >> 31;
    const uint64_t key = keys[static_cast<size_t>((static_cast<unsigned __int128>(z) * keys.size()) >> 64)];
    probes.push_back(i % 5 == 4 && key != UINT64_MAX ? key + 1 : key);
  }
  return probes;
}

double ThreadCpuNs() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e9 + static_cast<double>(ts.tv_nsec);
}

// ns per lookup of independent lookups, the way a scan start or a batch of
// point lookups issues them (and the way the benchmark measures).
double TimeLookups(const LearnedIndex& index, std::span<const uint64_t> keys, std::span<const uint64_t> probes) {
  const double start = ThreadCpuNs();
  uint64_t sum = 0;
  for (uint64_t probe : probes) sum += index.LowerBound(keys, probe);
  const double ns = (ThreadCpuNs() - start) / static_cast<double>(std::max<size_t>(1, probes.size()));
  asm volatile("" : : "r"(sum));  // keep the lookups
  return ns;
}

double MedianOf(std::vector<double> values) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const size_t mid = values.size() / 2;
  return values.size() % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

LearnedIndex BinarySearchOver(std::span<const uint64_t> keys) {
  return std::move(LearnedIndex::Build(keys, IndexConfig::BinarySearch())).value();
}

}  // namespace

std::string IndexConfig::ToString() const {
  switch (kind) {
    case IndexKind::kBinarySearch:
      return "binary_search";
    case IndexKind::kPgm:
      return "pgm(eps=" + std::to_string(pgm.epsilon) + ",eps_internal=" + std::to_string(pgm.epsilon_internal) +
             ")";
    case IndexKind::kRadixSpline:
      return "rs(eps=" + std::to_string(radix_spline.epsilon) +
             ",radix_bits=" + std::to_string(radix_spline.radix_bits) + ")";
    case IndexKind::kRmi:
      return std::string("rmi(") + (rmi.root == RmiRoot::kCubic ? "cubic" : "linear") +
             ",leaves=" + std::to_string(rmi.leaf_count) + ")";
  }
  return "unknown";
}

Result<LearnedIndex> LearnedIndex::Build(std::span<const uint64_t> keys, const IndexConfig& config) {
  RETURN_IF_ERROR(ValidateConfig(config));
  if (keys.size() >= (size_t{1} << 40)) {
    return Status::Error(sqlstate::kProgramLimitExceeded, "learned index supports fewer than 2^40 keys");
  }
  LearnedIndex index;
  index.config_ = config;
  index.first_key_ = keys.empty() ? 0 : keys.front();
  index.last_key_ = keys.empty() ? 0 : keys.back();
  switch (config.kind) {
    case IndexKind::kBinarySearch:
      index.impl_ = BinarySearchIndex(keys.size());
      break;
    case IndexKind::kPgm: {
      ASSIGN_OR_RETURN(PgmIndex pgm, PgmIndex::Build(keys, config.pgm));
      index.impl_ = std::move(pgm);
      break;
    }
    case IndexKind::kRadixSpline: {
      ASSIGN_OR_RETURN(RadixSpline rs, RadixSpline::Build(keys, config.radix_spline));
      index.impl_ = std::move(rs);
      break;
    }
    case IndexKind::kRmi: {
      ASSIGN_OR_RETURN(Rmi rmi, Rmi::Build(keys, config.rmi));
      index.config_.rmi.root = rmi.root();  // a cubic root may have fallen back to linear
      index.impl_ = std::move(rmi);
      break;
    }
  }
  return index;
}

Result<LearnedIndex> LearnedIndex::BuildAuto(std::span<const uint64_t> keys, const ChooserOptions& options,
                                             ChooserReport* report) {
  ChooserReport local;
  ChooserReport& out = report != nullptr ? *report : local;
  out = ChooserReport{};
  const size_t n = keys.size();
  if (n < 2 || options.sample_blocks == 0 || options.block_keys == 0) {
    return Build(keys, IndexConfig::BinarySearch());
  }
  const BlockSample sample{keys, options.sample_blocks, options.block_keys};
  out.sample_keys = sample.sample_keys();
  if (options.allow_binary_search) {
    CandidateEstimate bs;
    bs.config = IndexConfig::BinarySearch();
    bs.mean_log2_window = std::log2(static_cast<double>(n));
    bs.estimated_lookup_ns = BinarySearchNs(static_cast<double>(n));
    out.candidates.push_back(bs);
  }
  for (int64_t epsilon : {16, 64, 256}) out.candidates.push_back(EstimatePgm(sample, n, epsilon, 8));
  for (int64_t epsilon : {16, 32, 64, 256}) out.candidates.push_back(EstimateRadixSpline(sample, n, epsilon));
  for (size_t keys_per_leaf : {16, 32, 64, 256}) {
    if (n > Rmi::kMaxKeys) break;  // RMI stores positions in 32 bits
    const uint32_t leaves =
        static_cast<uint32_t>(std::clamp<size_t>(std::bit_ceil(n / keys_per_leaf + 1), 1, size_t{1} << 24));
    out.candidates.push_back(EstimateRmi(sample, n, RmiRoot::kLinear, leaves));
    if (keys_per_leaf == 32) out.candidates.push_back(EstimateRmi(sample, n, RmiRoot::kCubic, leaves));
  }
  // Cheapest estimated lookup; among candidates within 5% of it, the smallest.
  double best_ns = 1e300;
  for (const auto& c : out.candidates) best_ns = std::min(best_ns, c.estimated_lookup_ns);
  size_t chosen = 0;
  double chosen_bytes = 1e300;
  for (size_t i = 0; i < out.candidates.size(); ++i) {
    const auto& c = out.candidates[i];
    if (c.estimated_lookup_ns <= best_ns * 1.05 && c.size_bytes < chosen_bytes) {
      chosen = i;
      chosen_bytes = c.size_bytes;
    }
  }
  out.chosen = chosen;
  if (options.timed_candidates == 0 || n < options.min_timed_keys || options.probe_block_max < 2 ||
      options.probe_rounds <= 0) {
    return Build(keys, out.candidates[chosen].config);
  }

  // Measured choice. Shortlist (see ChooserOptions): candidates estimated
  // within shortlist_factor of the cheapest learned estimate; per structure
  // the cheapest first, then those whose size is farthest in log2 from the
  // ones already taken, round by round over the structures in the order of
  // their cheapest estimate.
  double cheapest_learned = 1e300;
  for (const auto& c : out.candidates) {
    if (c.config.kind != IndexKind::kBinarySearch) cheapest_learned = std::min(cheapest_learned, c.estimated_lookup_ns);
  }
  std::vector<size_t> eligible[4];
  for (size_t i = 0; i < out.candidates.size(); ++i) {
    const auto& c = out.candidates[i];
    if (c.config.kind == IndexKind::kBinarySearch) continue;
    if (c.estimated_lookup_ns > cheapest_learned * std::max(1.0, options.shortlist_factor)) continue;
    eligible[static_cast<size_t>(c.config.kind)].push_back(i);
  }
  size_t kinds[3] = {1, 2, 3};
  auto kind_best = [&](size_t kind) {
    double best = 1e300;
    for (size_t i : eligible[kind]) best = std::min(best, out.candidates[i].estimated_lookup_ns);
    return best;
  };
  std::stable_sort(std::begin(kinds), std::end(kinds), [&](size_t a, size_t b) { return kind_best(a) < kind_best(b); });
  std::vector<size_t> shortlist;
  std::vector<size_t> taken[4];
  auto log_size = [&](size_t i) { return std::log2(std::max(1.0, out.candidates[i].size_bytes)); };
  const size_t per_kind = std::max<size_t>(1, options.timed_per_kind);
  for (size_t level = 0; level < per_kind; ++level) {
    for (size_t kind : kinds) {
      if (shortlist.size() >= options.timed_candidates || taken[kind].size() > level) continue;
      size_t pick = SIZE_MAX;
      double pick_score = -1e300;
      for (size_t i : eligible[kind]) {
        if (std::find(taken[kind].begin(), taken[kind].end(), i) != taken[kind].end()) continue;
        // First pick: the cheapest estimate. Later: the largest distance in
        // log2(size) to the taken ones (ties: the cheaper estimate).
        double score = -out.candidates[i].estimated_lookup_ns;
        if (!taken[kind].empty()) {
          double distance = 1e300;
          for (size_t t : taken[kind]) distance = std::min(distance, std::abs(log_size(i) - log_size(t)));
          score = distance * 1e6 - out.candidates[i].estimated_lookup_ns;
        }
        if (score > pick_score) {
          pick = i;
          pick_score = score;
        }
      }
      if (pick == SIZE_MAX) continue;
      taken[kind].push_back(pick);
      shortlist.push_back(pick);
    }
  }
  std::vector<LearnedIndex> built;
  std::vector<size_t> built_candidate;
  for (size_t i : shortlist) {
    ASSIGN_OR_RETURN(LearnedIndex index, Build(keys, out.candidates[i].config));
    out.candidates[i].config = index.config();  // a cubic root may have fallen back to linear
    built.push_back(std::move(index));
    built_candidate.push_back(i);
  }
  // Binary search is always timed: it is the reference of every round's
  // ratios (and a candidate itself when allowed; it is then candidate 0).
  const size_t reference = built.size();
  built.push_back(BinarySearchOver(keys));
  built_candidate.push_back(options.allow_binary_search ? 0 : SIZE_MAX);

  // All probe keys first, then the rounds: in each, every structure runs
  // its own block of probe keys (warm-up half, timed half), in a rotated
  // order.
  const size_t rounds = static_cast<size_t>(options.probe_rounds);
  const size_t run_keys = std::clamp(n / std::max<size_t>(1, options.probe_block_divisor),
                                     std::min(options.probe_block_min, options.probe_block_max), options.probe_block_max);
  const size_t warmup = run_keys / 2;
  const std::vector<uint64_t> probes = ProbeKeys(keys, rounds * built.size() * run_keys, 1);
  std::vector<std::vector<double>> ns(built.size());
  for (size_t round = 0; round < rounds; ++round) {
    for (size_t j = 0; j < built.size(); ++j) {
      const size_t k = (j + round) % built.size();
      const std::span<const uint64_t> run(probes.data() + (round * built.size() + k) * run_keys, run_keys);
      double time;
      if (options.probe_ns_for_testing) {
        time = options.probe_ns_for_testing(built[k].config(), static_cast<int>(round));
      } else {
        TimeLookups(built[k], keys, run.first(warmup));
        time = TimeLookups(built[k], keys, run.subspan(warmup));
      }
      ns[k].push_back(time);
    }
  }
  std::vector<double> score(built.size());
  for (size_t j = 0; j < built.size(); ++j) {
    std::vector<double> ratios;
    for (size_t round = 0; round < rounds; ++round) {
      ratios.push_back(ns[reference][round] > 0 ? ns[j][round] / ns[reference][round] : ns[j][round]);
    }
    score[j] = MedianOf(ratios);
    if (built_candidate[j] != SIZE_MAX) {
      out.candidates[built_candidate[j]].measured_lookup_ns = MedianOf(ns[j]);
      out.candidates[built_candidate[j]].measured_vs_binary_search = score[j];
    }
  }
  double fastest = 1e300;
  for (size_t j = 0; j < built.size(); ++j) {
    if (built_candidate[j] != SIZE_MAX) fastest = std::min(fastest, score[j]);
  }
  size_t winner = SIZE_MAX;
  double winner_bytes = 1e300;
  for (size_t j = 0; j < built.size(); ++j) {
    if (built_candidate[j] == SIZE_MAX) continue;
    const auto bytes = static_cast<double>(built[j].size_bytes());
    if (score[j] <= fastest * (1 + std::max(0.0, options.tie_tolerance)) && bytes < winner_bytes) {
      winner = j;
      winner_bytes = bytes;
    }
  }
  if (winner == SIZE_MAX) return Build(keys, out.candidates[chosen].config);  // nothing learned shortlisted
  out.chosen = built_candidate[winner];
  out.timed = true;
  out.probe_rounds = options.probe_rounds;
  return std::move(built[winner]);
}

SearchWindow LearnedIndex::Search(uint64_t key) const {
  return std::visit([&](const auto& impl) { return impl.Search(key); }, impl_);
}
bool LearnedIndex::verified_lookups() const {
  switch (impl_.index()) {
    case 1: return std::get<PgmIndex>(impl_).verified_lookups();
    case 2: return std::get<RadixSpline>(impl_).verified_lookups();
    case 3: return std::get<Rmi>(impl_).verified_lookups();
    default: return false;
  }
}
size_t LearnedIndex::key_count() const {
  return std::visit([](const auto& impl) { return impl.key_count(); }, impl_);
}
size_t LearnedIndex::size_bytes() const {
  return sizeof(*this) + std::visit([](const auto& impl) { return impl.size_bytes(); }, impl_);
}
size_t LearnedIndex::model_entries() const {
  switch (impl_.index()) {
    case 1: return std::get<PgmIndex>(impl_).segment_count();
    case 2: return std::get<RadixSpline>(impl_).spline_point_count();
    case 3: return std::get<Rmi>(impl_).leaf_count();
    default: return 0;
  }
}

// Envelope: magic, version, kind, key count, first key, last key, payload
// length, payload, checksum of everything before it.
std::string LearnedIndex::Serialize() const {
  std::string payload;
  ByteWriter payload_writer(&payload);
  switch (impl_.index()) {
    case 1: std::get<PgmIndex>(impl_).AppendTo(&payload_writer); break;
    case 2: std::get<RadixSpline>(impl_).AppendTo(&payload_writer); break;
    case 3: std::get<Rmi>(impl_).AppendTo(&payload_writer); break;
    default: break;
  }
  std::string out(kMagic, sizeof(kMagic));
  ByteWriter writer(&out);
  writer.Write<uint32_t>(kFormatVersion);
  writer.Write<uint8_t>(static_cast<uint8_t>(kind()));
  writer.Write<uint64_t>(key_count());
  writer.Write<uint64_t>(first_key_);
  writer.Write<uint64_t>(last_key_);
  writer.Write<uint64_t>(payload.size());
  out += payload;
  writer.Write<uint64_t>(Checksum(out));
  return out;
}

std::string LearnedIndex::ResealForTesting(std::string_view bytes_without_checksum) {
  std::string out(bytes_without_checksum);
  ByteWriter writer(&out);
  writer.Write<uint64_t>(Checksum(bytes_without_checksum));
  return out;
}

Result<LearnedIndex> LearnedIndex::Deserialize(std::string_view bytes, std::span<const uint64_t> keys) {
  if (bytes.size() < sizeof(kMagic) + sizeof(uint64_t) || std::memcmp(bytes.data(), kMagic, sizeof(kMagic)) != 0) {
    return CorruptIndex("bad magic number (not a learned index)");
  }
  const std::string_view body = bytes.substr(0, bytes.size() - sizeof(uint64_t));
  uint64_t stored_checksum;
  std::memcpy(&stored_checksum, bytes.data() + body.size(), sizeof(uint64_t));
  if (Checksum(body) != stored_checksum) return CorruptIndex("checksum mismatch");
  ByteReader reader(body.substr(sizeof(kMagic)));
  uint32_t version = 0;
  uint8_t kind = 0;
  uint64_t key_count = 0, first_key = 0, last_key = 0, payload_size = 0;
  RETURN_IF_ERROR(reader.Read(&version, "format version"));
  if (version != kFormatVersion) {
    return CorruptIndex("format version " + std::to_string(version) + " is not supported");
  }
  RETURN_IF_ERROR(reader.Read(&kind, "index kind"));
  if (kind > 3) return CorruptIndex("index kind " + std::to_string(kind) + " is unknown");
  RETURN_IF_ERROR(reader.Read(&key_count, "key count"));
  RETURN_IF_ERROR(reader.Read(&first_key, "first key"));
  RETURN_IF_ERROR(reader.Read(&last_key, "last key"));
  RETURN_IF_ERROR(reader.Read(&payload_size, "payload size"));
  if (payload_size != reader.remaining()) {
    return CorruptIndex("payload size " + std::to_string(payload_size) + " does not match the " +
                        std::to_string(reader.remaining()) + " bytes present");
  }
  if (key_count != keys.size()) {
    return CorruptIndex("index was built over " + std::to_string(key_count) + " keys, but the key array has " +
                        std::to_string(keys.size()));
  }
  if (!keys.empty() && (keys.front() != first_key || keys.back() != last_key)) {
    return CorruptIndex("index was built over a different key array (first or last key differs)");
  }
  LearnedIndex index;
  index.first_key_ = first_key;
  index.last_key_ = last_key;
  switch (static_cast<IndexKind>(kind)) {
    case IndexKind::kBinarySearch:
      index.impl_ = BinarySearchIndex(key_count);
      index.config_ = IndexConfig::BinarySearch();
      break;
    case IndexKind::kPgm: {
      ASSIGN_OR_RETURN(PgmIndex pgm, PgmIndex::ReadFrom(&reader, key_count));
      index.config_ = IndexConfig::Pgm(pgm.options().epsilon, pgm.options().epsilon_internal);
      index.impl_ = std::move(pgm);
      break;
    }
    case IndexKind::kRadixSpline: {
      ASSIGN_OR_RETURN(RadixSpline rs, RadixSpline::ReadFrom(&reader, key_count));
      index.config_ = IndexConfig::RadixSplineOf(rs.epsilon(), rs.radix_bits());
      index.impl_ = std::move(rs);
      break;
    }
    case IndexKind::kRmi: {
      ASSIGN_OR_RETURN(Rmi rmi, Rmi::ReadFrom(&reader, key_count));
      index.config_ = IndexConfig::RmiOf(rmi.root(), static_cast<uint32_t>(rmi.leaf_count()));
      index.impl_ = std::move(rmi);
      break;
    }
  }
  if (reader.remaining() != 0) {
    return CorruptIndex(std::to_string(reader.remaining()) + " unexpected bytes after the index");
  }
  return index;
}

}  // namespace augur::index
