// Timing helpers shared by the index benchmarks (index_bench, lookup_lab):
// thread CPU time, the machine's load average for the report, and medians.
// Header-only; bench/ code, not part of the library.
#pragma once

#include <time.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <string>
#include <vector>

namespace augur::index::bench {

// This thread's CPU time in ns (CLOCK_THREAD_CPUTIME_ID): time slices lost to
// other processes on a shared machine are not counted.
inline double ThreadCpuNs() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e9 + static_cast<double>(ts.tv_nsec);
}

// "1.23 0.98 0.75" from /proc/loadavg.
inline std::string LoadAverage() {
  std::ifstream in("/proc/loadavg");
  std::string a, b, c;
  in >> a >> b >> c;
  return a + " " + b + " " + c;
}

inline double Median(std::vector<double> v) {
  if (v.empty()) return NAN;
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

}  // namespace augur::index::bench
