// Client-CPU steering (docs/net.md "Client-CPU steering"): in the
// thread-per-connection model, a connection's thread is pinned to the CPU
// that receives its client's packets (the socket's SO_INCOMING_CPU), so that
// the wake-up a request causes stays on one CPU instead of crossing to
// another with an inter-processor interrupt. A CPU wanted by more than its
// fair share of connections pins none of them; they stay free for the
// scheduler.
#pragma once

#include <sched.h>

#include <functional>
#include <mutex>
#include <vector>

namespace augur::net {

class CpuSteering {
 public:
  // Pins the calling thread to `cpu`, or restores the process's CPU set for
  // kUnpinned. False when the kernel refused.
  using ApplyFn = std::function<bool(int cpu)>;
  static constexpr int kUnpinned = -1;

  // The CPUs this process may run on (sched_getaffinity). Inactive, every
  // call a no-op, with fewer than two of them.
  CpuSteering();
  // For tests: the allowed CPUs and what pinning does.
  CpuSteering(std::vector<int> cpus, ApplyFn apply);
  CpuSteering(const CpuSteering&) = delete;
  CpuSteering& operator=(const CpuSteering&) = delete;

  bool active() const { return cpus_.size() >= 2; }

  // One connection thread's state.
  struct Seat {
    int pinned = kUnpinned;  // the CPU the thread is pinned to
    int wanted = kUnpinned;  // its client's CPU when last looked at
  };

  // A connection thread starts / ends (Leave with its seat).
  void Join();
  void Leave(const Seat& seat);

  // Records that the calling thread's client is on `target` (a CPU number,
  // or kUnpinned when unknown) and pins the thread there when no more
  // connections want that CPU than its fair share (connections / CPUs,
  // rounded up); otherwise the thread runs wherever Linux puts it. So a
  // single client thread with many connections (all wanting its CPU) gets no
  // pinning, and clients spread over the CPUs get all of it.
  void Steer(Seat* seat, int target);

  // The socket's SO_INCOMING_CPU, or kUnpinned (Unix sockets, old kernels).
  static int IncomingCpu(int socket_fd);

 private:
  bool Allowed(int cpu) const;

  std::vector<int> cpus_;  // allowed, ascending
  ApplyFn apply_;
  cpu_set_t process_set_{};  // restored when a thread is unpinned
  std::mutex mutex_;
  std::vector<int> wanted_per_cpu_;  // Seat::wanted counts, indexed by CPU number
  int connections_ = 0;
};

}  // namespace augur::net
