// Last-mile search: the exact search that runs after a model has predicted a
// position. Every learned structure in index/ ends a lookup here.
//
// All functions work on plain sorted arrays of uint64 keys and return the
// lower bound: the first position whose key is >= the probe, or the window
// end if there is none. They never allocate.
//
// Two binary searches, and why the lookup path uses the *branchy* one (see
// docs/learned-index.md, "Lookup path"; measured with bench/index/lookup_lab
// at 10M-100M keys, within-run ratios to std::lower_bound):
//   * BranchyLowerBound steps with a conditional branch. On random probes it
//     mispredicts, but the CPU speculates down the predicted path: loads of
//     the following probes — and of the *next independent lookups* — are
//     issued before the current probe's line arrives. At 100M keys that
//     run-ahead is worth more than the mispredictions cost: windows searched
//     with it were 10-30 % faster than with cmov, and over the whole array it
//     is 1.8-2.2x faster than the cmov search.
//   * BranchlessLowerBound steps with a mask (sbb/and, no branch). Each probe
//     address waits for the previous probe's key: good in cache, slow when
//     the probes miss. Kept for small in-cache searches and the tests.
// Until 2026-11-28 the source said "branchless" for a loop GCC 12 compiles
// to a branch (`base += cond ? half : 0` becomes `jae` over the add), and the
// window prefetch (a __builtin_prefetch loop) was deleted by GCC once inlined
// — the benchmarks of that day measured the branchy search without prefetch,
// which is what BranchyLowerBound now spells out explicitly.
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

// All-ones if `condition`, else zero. The searches below step with
// `half & Mask(key < probe)`: GCC 12 at -O2 turns `condition ? half : 0` into
// a conditional *branch* (checked in the disassembly: `jae` over the add),
// which mispredicts half the time on random probes and — worse — resolves
// only when the probed key arrives from memory, so the CPU cannot run ahead
// into the next independent lookup. The mask compiles to sbb/and: no branch.
inline size_t Mask(bool condition) { return size_t{0} - static_cast<size_t>(condition); }

// Branchless binary search: lower bound of `key` in keys[0, count).
inline size_t BranchlessLowerBound(const uint64_t* keys, size_t count, uint64_t key) {
  if (count == 0) return 0;
  const uint64_t* base = keys;
  size_t len = count;
  while (len > 1) {
    const size_t half = len / 2;
    base += half & Mask(base[half - 1] < key);
    len -= half;
  }
  return static_cast<size_t>(base - keys) + (*base < key ? 1 : 0);
}

// Binary search with a conditional branch per step (GCC 12 -O2 compiles the
// `cond ? half : 0` form below to `cmp; jae; add` — checked in the
// disassembly; if a compiler turned it into cmov the results would stay
// exact, only slower at 100M keys). Lower bound of `key` in keys[0, count).
inline size_t BranchyLowerBound(const uint64_t* keys, size_t count, uint64_t key) {
  if (count == 0) return 0;
  const uint64_t* base = keys;
  size_t len = count;
  while (len > 1) {
    const size_t half = len / 2;
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

// A prefetch the compiler cannot drop. GCC 12 at -O2 deletes a loop of
// __builtin_prefetch once it is inlined into a caller (checked: not one
// prefetch instruction was left in the lookup path), so on x86-64 this is
// an asm volatile prefetcht0. Not used on the lookup path: prefetching whole
// windows measured no better than the branchy search's own speculation at
// 50M-100M keys (lookup_lab: within noise on RadixSpline, 5-15 % slower on
// RMI), and it adds instructions per lookup.
inline void Prefetch(const void* address) {
#if defined(__x86_64__)
  asm volatile("prefetcht0 %0" : : "m"(*static_cast<const char*>(address)));
#else
  __builtin_prefetch(address);
#endif
}

// Lower bound of `key` inside window [lo, hi) of keys; returns an absolute
// position in [lo, hi]. The caller guarantees the window contains the lower
// bound (PGM, RadixSpline and RMI built in this process do: see their
// headers); otherwise use VerifiedWindowLowerBound.
inline size_t WindowLowerBound(const uint64_t* keys, SearchWindow window, uint64_t key) {
  return window.lo + BranchyLowerBound(keys + window.lo, window.hi - window.lo, key);
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
// taken. Used for indexes whose windows are not guaranteed: an RMI with a
// cubic root, and any index read from bytes (Deserialize) — a re-sealed
// damaged payload must still give exact answers. It costs 20-25 % per lookup
// at 100M keys (lookup_lab), so freshly built indexes with guaranteed windows
// skip it.
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
