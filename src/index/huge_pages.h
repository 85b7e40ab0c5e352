// Memory for large lookup arrays backed by 2 MiB transparent huge pages.
//
// A random lookup in a 100M-key array (800 MB) touches a new 4 KiB page on
// almost every far access, and the TLB (a few thousand entries) covers only
// a few MB of 4 KiB pages, so such accesses pay a page walk on top of the
// cache miss. Backed by 2 MiB pages, the same array needs 400 TLB entries.
// On Linux with transparent huge pages in "madvise" mode (the default on
// Debian), memory gets huge pages only if madvise(MADV_HUGEPAGE) is called
// on it *before* it is first touched; khugepaged collapses touched memory
// only slowly. HugePageAllocator does that for every allocation of at least
// kHugePageBytes: it allocates 2 MiB-aligned memory and advises it before
// handing it out. Smaller allocations come from operator new as usual.
//
// The index uses it for its own large arrays (RMI leaves, PGM segments,
// RadixSpline points and radix table). The key array belongs to the caller
// (the column store's segment); a caller wanting huge pages for it allocates
// it with HugePageAllocator too (the benchmark does, for every structure and
// baseline alike). Whether the kernel really backed memory with huge pages
// shows in /proc/self/smaps (AnonHugePages); see HugePageBytesOfProcess.
//
// Thread-safety: stateless; safe from any thread.
#pragma once

#include <sys/mman.h>

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <new>
#include <string>
#include <vector>

namespace augur::index {

inline constexpr size_t kHugePageBytes = size_t{2} << 20;

// On by default. The benchmark turns it off to measure every structure with
// 4 KiB pages. Read at allocation time only: switching it while arrays
// allocated under the other setting are alive is safe (deallocation does not
// depend on it).
inline std::atomic<bool> g_index_huge_pages{true};
inline void SetIndexHugePages(bool enabled) { g_index_huge_pages.store(enabled, std::memory_order_relaxed); }

// Allocates `bytes` (> 0); huge-page advised if at least kHugePageBytes.
inline void* AllocateMaybeHuge(size_t bytes) {
  if (bytes < kHugePageBytes) return ::operator new(bytes);
  const size_t rounded = (bytes + kHugePageBytes - 1) & ~(kHugePageBytes - 1);
  void* p = std::aligned_alloc(kHugePageBytes, rounded);
  if (p == nullptr) throw std::bad_alloc();
  // Advisory only: without THP support the memory is ordinary 4 KiB pages.
  if (g_index_huge_pages.load(std::memory_order_relaxed)) (void)madvise(p, rounded, MADV_HUGEPAGE);
  return p;
}

inline void DeallocateMaybeHuge(void* p, size_t bytes) {
  if (bytes < kHugePageBytes) {
    ::operator delete(p);
  } else {
    std::free(p);
  }
}

template <typename T>
struct HugePageAllocator {
  using value_type = T;
  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) {}  // NOLINT(google-explicit-constructor)
  T* allocate(size_t count) { return static_cast<T*>(AllocateMaybeHuge(count * sizeof(T))); }
  void deallocate(T* p, size_t count) { DeallocateMaybeHuge(p, count * sizeof(T)); }
  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const {
    return true;
  }
};

// The vector type of the index's large arrays.
template <typename T>
using HugeVector = std::vector<T, HugePageAllocator<T>>;

// Sum of AnonHugePages over this process's mappings, in bytes (0 where
// /proc is unavailable). For the benchmark's report.
inline size_t HugePageBytesOfProcess() {
  std::ifstream in("/proc/self/smaps_rollup");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("AnonHugePages:", 0) == 0) return std::strtoull(line.c_str() + 14, nullptr, 10) * 1024;
  }
  return 0;
}

}  // namespace augur::index
