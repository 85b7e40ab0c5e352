// Last-mile search: the exact search that runs after a model has predicted a
// position. Every learned structure in index/ ends a lookup here.
//
// All functions work on plain sorted arrays of uint64 keys and return the
// lower bound: the first position whose key is >= the probe, or the window
// end if there is none. They never allocate and never branch on key
// comparisons (the compiler emits cmov), so a mispredicted branch costs
// nothing on random probes. The exponential searches are the fix-up path for
// structures whose window is not guaranteed (RMI on absent keys); they do
// branch, but run only when the window missed.
//
// Thread-safety: pure functions over caller-owned memory.
#pragma once

#include <cstddef>
#include <cstdint>

namespace augur::index {

// A half-open window [lo, hi) of positions that must contain the lower bound
// of a probe (hi may equal the array size, meaning "past the end").
struct SearchWindow {
  size_t lo = 0;
  size_t hi = 0;
};

// Branchless binary search: lower bound of `key` in keys[0, count).
inline size_t BranchlessLowerBound(const uint64_t* keys, size_t count, uint64_t key) {
  if (count == 0) return 0;
  const uint64_t* base = keys;
  size_t len = count;
  while (len > 1) {
    const size_t half = len / 2;
    // Written as arithmetic so GCC emits cmov rather than a branch.
    base += (base[half - 1] < key) ? half : 0;
    len -= half;
  }
  return static_cast<size_t>(base - keys) + (*base < key ? 1 : 0);
}

// Branchless lower bound over an array of records, comparing key_of(record).
template <typename Record, typename KeyOf>
inline size_t BranchlessLowerBoundBy(const Record* records, size_t count, uint64_t key, KeyOf key_of) {
  if (count == 0) return 0;
  const Record* base = records;
  size_t len = count;
  while (len > 1) {
    const size_t half = len / 2;
    base += (key_of(base[half - 1]) < key) ? half : 0;
    len -= half;
  }
  return static_cast<size_t>(base - records) + (key_of(*base) < key ? 1 : 0);
}

// Upper-bound counterpart of BranchlessLowerBoundBy (compares `<=`).
template <typename Record, typename KeyOf>
inline size_t BranchlessUpperBoundBy(const Record* records, size_t count, uint64_t key, KeyOf key_of) {
  if (count == 0) return 0;
  const Record* base = records;
  size_t len = count;
  while (len > 1) {
    const size_t half = len / 2;
    base += (key_of(base[half - 1]) <= key) ? half : 0;
    len -= half;
  }
  return static_cast<size_t>(base - records) + (key_of(*base) <= key ? 1 : 0);
}

// Same as BranchlessLowerBound but compares `<=`: first position whose key is
// strictly greater than `key` (the upper bound).
inline size_t BranchlessUpperBound(const uint64_t* keys, size_t count, uint64_t key) {
  if (count == 0) return 0;
  const uint64_t* base = keys;
  size_t len = count;
  while (len > 1) {
    const size_t half = len / 2;
    base += (base[half - 1] <= key) ? half : 0;
    len -= half;
  }
  return static_cast<size_t>(base - keys) + (*base <= key ? 1 : 0);
}

// Counting scan: number of keys in keys[0, count) that are < key. Equal to the
// lower bound because the keys are sorted. Kept for comparison in tests and
// the benchmark; slower than BranchlessLowerBound here at every window size.
inline size_t LinearLowerBound(const uint64_t* keys, size_t count, uint64_t key) {
  size_t below = 0;
  for (size_t i = 0; i < count; ++i) below += keys[i] < key ? 1 : 0;
  return below;
}

// Windows up to this many keys are prefetched whole before the search. The
// cache misses of a binary search are dependent (each address needs the
// previous comparison), so on a window spanning 5-17 cache lines they cost
// 3-5 memory latencies in a row; issuing every line first overlaps them.
// Measured in place (model + last mile, 10M lognormal keys) this cut PGM
// lookups by 5-25%; larger windows are left alone so a bad RMI leaf does not
// flood the memory system. See docs/learned-index.md.
inline constexpr size_t kPrefetchMaxKeys = 512;

inline void PrefetchKeys(const uint64_t* base, size_t count) {
  for (size_t i = 0; i < count; i += 8) __builtin_prefetch(base + i);
  __builtin_prefetch(base + count - 1);
}

// Lower bound of `key` inside window [lo, hi) of keys; returns an absolute
// position in [lo, hi].
inline size_t WindowLowerBound(const uint64_t* keys, SearchWindow window, uint64_t key) {
  const size_t count = window.hi - window.lo;
  const uint64_t* base = keys + window.lo;
  if (count - 1 < kPrefetchMaxKeys) PrefetchKeys(base, count);  // 1..kPrefetchMaxKeys
  return window.lo + BranchlessLowerBound(base, count, key);
}

// Lower bound of `key` over all of keys[0, count), given a starting position
// `from` that is known to be too small (keys[from] < key). Doubles the step
// until it passes `key`, then binary-searches the last step.
inline size_t ExponentialLowerBoundUp(const uint64_t* keys, size_t count, size_t from, uint64_t key) {
  size_t step = 1;
  size_t lo = from;  // keys[lo] < key
  size_t hi = from + step;
  while (hi < count && keys[hi] < key) {
    lo = hi;
    step *= 2;
    hi = from + step;
  }
  if (hi > count) hi = count;
  return lo + 1 + BranchlessLowerBound(keys + lo + 1, hi - lo - 1, key);
}

// Lower bound of `key` over keys[0, count), given `to` with keys[to] >= key
// (or to == count). Searches downwards.
inline size_t ExponentialLowerBoundDown(const uint64_t* keys, size_t to, uint64_t key) {
  size_t step = 1;
  size_t hi = to;  // keys[hi] >= key, or hi is the end
  while (hi >= step && keys[hi - step] >= key) {
    hi -= step;
    step *= 2;
  }
  const size_t lo = hi >= step ? hi - step : 0;
  return lo + BranchlessLowerBound(keys + lo, hi - lo, key);
}

// Exact lower bound given a predicted window that is usually, but not always,
// right. Checks the two window edges and falls back to exponential search in
// the rare case the true position lies outside. The edge checks are computed
// without short-circuit branches (both neighbour loads are clamped in range
// and hit the window's cache lines), leaving one branch that is almost never
// taken: a mispredicted branch here would flush the next independent lookup
// that the CPU is already overlapping with this one.
inline size_t VerifiedWindowLowerBound(const uint64_t* keys, size_t count, SearchWindow window,
                                       uint64_t key) {
  const size_t pos = WindowLowerBound(keys, window, key);
  if (count == 0) return 0;
  const size_t after = pos < count ? pos : count - 1;  // keys[after] < key means "too far left"
  const size_t before = pos > 0 ? pos - 1 : 0;        // keys[before] >= key means "too far right"
  const bool missed_right = (pos == window.hi) & (pos < count) & (keys[after] < key);
  const bool missed_left = (pos == window.lo) & (pos > 0) & (keys[before] >= key);
  if (missed_right | missed_left) [[unlikely]] {
    return missed_right ? ExponentialLowerBoundUp(keys, count, pos, key)
                        : ExponentialLowerBoundDown(keys, pos - 1, key);
  }
  return pos;
}

}  // namespace augur::index
