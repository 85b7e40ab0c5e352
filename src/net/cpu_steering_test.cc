#include "net/cpu_steering.h"

#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <thread>

namespace augur::net {
namespace {

constexpr int kUnpinned = CpuSteering::kUnpinned;

// Records what each Steer asked the kernel for.
struct FakeKernel {
  std::vector<int> applied;
  bool refuse = false;
  CpuSteering::ApplyFn Fn() {
    return [this](int cpu) {
      if (refuse) return false;
      applied.push_back(cpu);
      return true;
    };
  }
};

using Seat = CpuSteering::Seat;

TEST(CpuSteering, InactiveWithOneCpu) {
  FakeKernel kernel;
  CpuSteering steering({0}, kernel.Fn());
  EXPECT_FALSE(steering.active());
  steering.Join();
  Seat seat;
  steering.Steer(&seat, 0);
  EXPECT_EQ(seat.pinned, kUnpinned);
  EXPECT_TRUE(kernel.applied.empty());
}

TEST(CpuSteering, ClientsSpreadOverTheCpusArePinned) {
  FakeKernel kernel;
  CpuSteering steering({0, 1}, kernel.Fn());
  for (int i = 0; i < 4; ++i) steering.Join();  // fair share: 2 per CPU
  Seat a, b, c, d;
  steering.Steer(&a, 0);
  steering.Steer(&b, 1);
  steering.Steer(&c, 0);
  steering.Steer(&d, 1);
  for (const Seat* seat : {&a, &c}) EXPECT_EQ(seat->pinned, 0);
  for (const Seat* seat : {&b, &d}) EXPECT_EQ(seat->pinned, 1);
  EXPECT_EQ(kernel.applied, (std::vector<int>{0, 1, 0, 1}));
  // Same CPU again: no system call.
  steering.Steer(&c, 0);
  EXPECT_EQ(kernel.applied.size(), 4u);
  // b's client moves to CPU 0, which is now wanted by 3 > 2: nobody new is
  // pinned there, and a and c let go when they look next.
  steering.Steer(&b, 0);
  EXPECT_EQ(b.pinned, kUnpinned);
  steering.Steer(&a, 0);
  steering.Steer(&c, 0);
  EXPECT_EQ(a.pinned, kUnpinned);
  EXPECT_EQ(c.pinned, kUnpinned);
  EXPECT_EQ(d.pinned, 1);
  // b's client goes back: CPU 0 is wanted by 2 again.
  steering.Steer(&b, 1);
  steering.Steer(&a, 0);
  EXPECT_EQ(b.pinned, 1);
  EXPECT_EQ(a.pinned, 0);
}

TEST(CpuSteering, OneClientThreadWithManyConnectionsPinsNothing) {
  FakeKernel kernel;
  CpuSteering steering({0, 1}, kernel.Fn());
  std::vector<Seat> seats(8);
  for (Seat& seat : seats) {
    steering.Join();
    steering.Steer(&seat, 0);
  }
  // The first connection was pinned while it was alone; it lets go at its
  // next look.
  steering.Steer(&seats[0], 0);
  for (const Seat& seat : seats) EXPECT_EQ(seat.pinned, kUnpinned);
}

TEST(CpuSteering, UnknownOrDisallowedCpuUnpins) {
  FakeKernel kernel;
  CpuSteering steering({0, 2}, kernel.Fn());
  steering.Join();
  steering.Join();
  Seat a;
  steering.Steer(&a, 2);
  EXPECT_EQ(a.pinned, 2);
  steering.Steer(&a, 1);  // not in the process's CPU set
  EXPECT_EQ(a.pinned, kUnpinned);
  EXPECT_EQ(kernel.applied.back(), kUnpinned);
  steering.Steer(&a, 0);
  EXPECT_EQ(a.pinned, 0);
  steering.Steer(&a, kUnpinned);  // incoming CPU unknown
  EXPECT_EQ(a.pinned, kUnpinned);
}

TEST(CpuSteering, LeaveReleasesTheWant) {
  FakeKernel kernel;
  CpuSteering steering({0, 1}, kernel.Fn());
  steering.Join();
  steering.Join();
  Seat a, b;
  steering.Steer(&a, 0);
  steering.Steer(&b, 0);  // wanted by 2 > 1
  EXPECT_EQ(b.pinned, kUnpinned);
  steering.Leave(a);
  steering.Join();
  steering.Steer(&b, 0);
  EXPECT_EQ(b.pinned, 0);
}

TEST(CpuSteering, KernelRefusalKeepsTheState) {
  FakeKernel kernel;
  CpuSteering steering({0, 1}, kernel.Fn());
  steering.Join();
  Seat a;
  kernel.refuse = true;
  steering.Steer(&a, 1);
  EXPECT_EQ(a.pinned, kUnpinned);
  kernel.refuse = false;
  steering.Steer(&a, 1);
  EXPECT_EQ(a.pinned, 1);
  kernel.refuse = true;
  steering.Steer(&a, kUnpinned);
  EXPECT_EQ(a.pinned, 1);  // still pinned: the kernel said no
}

TEST(CpuSteering, IncomingCpuOfALoopbackSocket) {
  int listener = socket(AF_INET, SOCK_STREAM, 0);
  ASSERT_GE(listener, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof(address)), 0);
  ASSERT_EQ(listen(listener, 1), 0);
  socklen_t length = sizeof(address);
  ASSERT_EQ(getsockname(listener, reinterpret_cast<sockaddr*>(&address), &length), 0);
  int client = socket(AF_INET, SOCK_STREAM, 0);
  ASSERT_EQ(connect(client, reinterpret_cast<sockaddr*>(&address), sizeof(address)), 0);
  int server = accept(listener, nullptr, nullptr);
  ASSERT_GE(server, 0);
  ASSERT_EQ(send(client, "x", 1, 0), 1);
  char byte = 0;
  ASSERT_EQ(recv(server, &byte, 1, 0), 1);
  int cpu = CpuSteering::IncomingCpu(server);
  EXPECT_GE(cpu, 0);
  EXPECT_LT(cpu, static_cast<int>(std::thread::hardware_concurrency()));
  int fds[2];
  ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, fds), 0);
  EXPECT_EQ(CpuSteering::IncomingCpu(fds[0]), kUnpinned);
  for (int fd : {listener, client, server, fds[0], fds[1]}) close(fd);
}

}  // namespace
}  // namespace augur::net
