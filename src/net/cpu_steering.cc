#include "net/cpu_steering.h"

#include <sys/socket.h>

#include <algorithm>

namespace augur::net {

CpuSteering::CpuSteering() {
  if (sched_getaffinity(0, sizeof(process_set_), &process_set_) != 0) return;
  for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu) {
    if (CPU_ISSET(cpu, &process_set_)) cpus_.push_back(cpu);
  }
  apply_ = [this](int cpu) {
    if (cpu == kUnpinned) return sched_setaffinity(0, sizeof(process_set_), &process_set_) == 0;
    cpu_set_t one;
    CPU_ZERO(&one);
    CPU_SET(cpu, &one);
    return sched_setaffinity(0, sizeof(one), &one) == 0;
  };
  if (!cpus_.empty()) wanted_per_cpu_.assign(cpus_.back() + 1, 0);
}

CpuSteering::CpuSteering(std::vector<int> cpus, ApplyFn apply) : cpus_(std::move(cpus)), apply_(std::move(apply)) {
  std::sort(cpus_.begin(), cpus_.end());
  if (!cpus_.empty()) wanted_per_cpu_.assign(cpus_.back() + 1, 0);
}

bool CpuSteering::Allowed(int cpu) const { return std::binary_search(cpus_.begin(), cpus_.end(), cpu); }

void CpuSteering::Join() {
  std::lock_guard lock(mutex_);
  ++connections_;
}

void CpuSteering::Leave(const Seat& seat) {
  std::lock_guard lock(mutex_);
  --connections_;
  if (seat.wanted != kUnpinned) --wanted_per_cpu_[seat.wanted];
}

void CpuSteering::Steer(Seat* seat, int target) {
  if (!active()) return;
  if (!Allowed(target)) target = kUnpinned;
  std::lock_guard lock(mutex_);
  if (seat->wanted != target) {
    if (seat->wanted != kUnpinned) --wanted_per_cpu_[seat->wanted];
    if (target != kUnpinned) ++wanted_per_cpu_[target];
    seat->wanted = target;
  }
  const int cpus = static_cast<int>(cpus_.size());
  const int fair_share = (connections_ + cpus - 1) / cpus;
  if (target != kUnpinned && wanted_per_cpu_[target] <= fair_share) {
    if (seat->pinned == target) return;
    if (apply_(target)) {
      seat->pinned = target;
      return;
    }
  }
  if (seat->pinned != kUnpinned && apply_(kUnpinned)) seat->pinned = kUnpinned;
}

int CpuSteering::IncomingCpu(int socket_fd) {
  int cpu = kUnpinned;
  socklen_t length = sizeof(cpu);
  if (getsockopt(socket_fd, SOL_SOCKET, SO_INCOMING_CPU, &cpu, &length) != 0 || cpu < 0) return kUnpinned;
  return cpu;
}

}  // namespace augur::net
