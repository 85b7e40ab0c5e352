// Server: listening sockets, the accept thread, one thread per connection,
// and shutdown; see server.h.
#include "net/server.h"

#include "auth/password.h"

#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sched.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <unistd.h>

#include <cassert>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <string>
#include <system_error>

#include <spdlog/spdlog.h>

namespace augur::net {
namespace {

constexpr int kListenBacklog = 1024;
// kEpoll: the accept thread's tick for the worker stall check, and how many
// ticks between scans of parked connections for pg_terminate_backend.
constexpr int kWorkerCheckMs = 10;
constexpr int kTerminateScanTicks = 20;
// Surplus workers are retired after a window of this many ticks in which few
// requests took kLongDispatchUs or more (a commit's fsync, a lock wait).
constexpr int kWorkerRetireTicks = 100;
constexpr int64_t kLongDispatchUs = 1000;
// epoll key of the stop pipe (slot ids start at 1).
constexpr uint64_t kStopEventKey = 0;

std::string ErrnoText(int error) { return std::strerror(error); }

// struct sched_attr of sched_setattr(2), version 0 (48 bytes). glibc 2.36
// has neither the wrapper nor the struct, and <linux/sched/types.h> clashes
// with <sched.h>.
struct KernelSchedAttr {
  uint32_t size;
  uint32_t sched_policy;
  uint64_t sched_flags;
  int32_t sched_nice;
  uint32_t sched_priority;
  uint64_t sched_runtime;
  uint64_t sched_deadline;
  uint64_t sched_period;
};

// Sets the calling thread's EEVDF time slice, keeping its policy and nice
// level.
void SetOwnTimeSlice(uint64_t slice_ns) {
  KernelSchedAttr attr{};
  attr.size = sizeof(attr);
  attr.sched_policy = static_cast<uint32_t>(sched_getscheduler(0));
  errno = 0;
  int nice = getpriority(PRIO_PROCESS, 0);
  attr.sched_nice = errno == 0 ? nice : 0;
  attr.sched_runtime = slice_ns;
  if (syscall(SYS_sched_setattr, 0, &attr, 0) != 0) {
    spdlog::debug("connection time slice not applied: {}", ErrnoText(errno));
  }
}

// Splits "a, b,c" into trimmed, non-empty parts.
std::vector<std::string> SplitAddresses(const std::string& list) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = list.find(',', start);
    if (comma == std::string::npos) comma = list.size();
    std::string part = list.substr(start, comma - start);
    size_t first = part.find_first_not_of(" \t");
    size_t last = part.find_last_not_of(" \t");
    if (first != std::string::npos) parts.push_back(part.substr(first, last - first + 1));
    start = comma + 1;
  }
  return parts;
}

uint16_t LocalPort(int fd) {
  sockaddr_storage address{};
  socklen_t length = sizeof(address);
  if (getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) return 0;
  if (address.ss_family == AF_INET) return ntohs(reinterpret_cast<sockaddr_in*>(&address)->sin_port);
  if (address.ss_family == AF_INET6) {
    return ntohs(reinterpret_cast<sockaddr_in6*>(&address)->sin6_port);
  }
  return 0;
}

}  // namespace

Server::Server(sql::Engine& engine, ServerOptions options)
    : engine_(engine), options_(std::move(options)), hba_rules_(options_.hba_rules),
      mock_auth_key_(auth::RandomBytes(32)) {
  assert(options_.max_connections > 0);
  assert(options_.max_message_size_bytes >= kSmallMessageMaxBytes);
}

Server::~Server() { Shutdown(); }

void Server::SetHbaRules(std::shared_ptr<const auth::HbaRules> rules) {
  std::lock_guard lock(hba_mutex_);
  hba_rules_ = std::move(rules);
}

int Server::active_connections() const {
  std::lock_guard lock(mutex_);
  return counted_connections_;
}

Status Server::Start() {
  assert(listen_fds_.empty() && !accept_thread_.joinable());
  if (!options_.ssl_certificate_file.empty() || !options_.ssl_key_file.empty()) {
    if (options_.ssl_certificate_file.empty() || options_.ssl_key_file.empty()) {
      return Status::Error("F0000", "TLS needs both a certificate file and a key file");
    }
    ASSIGN_OR_RETURN(tls_, TlsContext::Create(options_.ssl_certificate_file, options_.ssl_key_file,
                                              options_.ssl_ca_file));
  }
  if (pipe2(stop_pipe_, O_CLOEXEC) != 0) return Status::Internal("pipe2: " + ErrnoText(errno));
  reap_event_fd_ = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
  if (reap_event_fd_ < 0) return Status::Internal("eventfd: " + ErrnoText(errno));

  std::vector<std::string> hosts = SplitAddresses(options_.listen_addresses);
  if (hosts.empty() && options_.unix_socket_directory.empty()) {
    return Status::Error(sqlstate::kInvalidParameterValue, "no listen address given");
  }
  uint16_t port = options_.port;
  std::string last_error;
  for (const std::string& host : hosts) {
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    addrinfo* addresses = nullptr;
    std::string port_text = std::to_string(port);
    int rc = getaddrinfo(host == "*" ? nullptr : host.c_str(), port_text.c_str(), &hints, &addresses);
    if (rc != 0) {
      last_error = "could not translate host name \"" + host + "\": " + gai_strerror(rc);
      spdlog::warn("net: {}", last_error);
      continue;
    }
    for (addrinfo* address = addresses; address != nullptr; address = address->ai_next) {
      int fd = socket(address->ai_family, address->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK,
                      address->ai_protocol);
      if (fd < 0) continue;
      int one = 1;
      setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
      if (address->ai_family == AF_INET6) setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof(one));
      if (port != 0 && address->ai_family == AF_INET6) {
        reinterpret_cast<sockaddr_in6*>(address->ai_addr)->sin6_port = htons(port);
      } else if (port != 0 && address->ai_family == AF_INET) {
        reinterpret_cast<sockaddr_in*>(address->ai_addr)->sin_port = htons(port);
      }
      if (bind(fd, address->ai_addr, address->ai_addrlen) != 0 || listen(fd, kListenBacklog) != 0) {
        last_error = "could not bind " + host + " port " + std::to_string(port) + ": " +
                     ErrnoText(errno);
        spdlog::warn("net: {}", last_error);
        close(fd);
        continue;
      }
      // With port 0, every further address reuses the first ephemeral port.
      if (port == 0) port = LocalPort(fd);
      listen_fds_.push_back(fd);
    }
    freeaddrinfo(addresses);
  }
  if (listen_fds_.empty() && !hosts.empty()) {
    return Status::Error(sqlstate::kConnectionException,
                         last_error.empty() ? "no listen socket could be created" : last_error);
  }
  bound_port_ = port;
  if (!options_.unix_socket_directory.empty()) RETURN_IF_ERROR(ListenOnUnixSocket());
  if (options_.io_model == IoModel::kEpoll) RETURN_IF_ERROR(StartEpoll());
  if (options_.io_model == IoModel::kThreads && options_.connection_affinity == ConnectionAffinity::kClientCpu) {
    steering_ = std::make_unique<CpuSteering>();
  }
  accept_thread_ = std::thread(&Server::AcceptLoop, this);
  spdlog::info("net: listening on {} port {}{}{} (max_connections {}, io model {}{})", options_.listen_addresses,
               bound_port_, unix_socket_path_.empty() ? "" : " and ", unix_socket_path_, options_.max_connections,
               options_.io_model == IoModel::kEpoll ? "epoll, " + std::to_string(workers_.size()) + " workers"
                                                    : std::string("threads"),
               steering_ != nullptr && steering_->active() ? ", client-CPU affinity" : "");
  return Status::Ok();
}

// Creates <unix_socket_directory>/.s.PGSQL.<port>, PostgreSQL's name, so
// `psql -h <dir> -p <port>` finds it. A socket file that nobody answers on is
// left over from a crash and is replaced; a live one means another server.
Status Server::ListenOnUnixSocket() {
  if (bound_port_ == 0) {
    return Status::Error(sqlstate::kInvalidParameterValue, "a Unix socket needs a non-zero port");
  }
  std::string path =
      options_.unix_socket_directory + "/.s.PGSQL." + std::to_string(bound_port_);
  sockaddr_un address{};
  address.sun_family = AF_UNIX;
  if (path.size() >= sizeof(address.sun_path)) {
    return Status::Error(sqlstate::kInvalidParameterValue,
                         "Unix-domain socket path \"" + path + "\" is too long");
  }
  std::memcpy(address.sun_path, path.c_str(), path.size() + 1);
  int probe = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  bool in_use = probe >= 0 && connect(probe, reinterpret_cast<sockaddr*>(&address),
                                      sizeof(address)) == 0;
  if (probe >= 0) close(probe);
  if (in_use) {
    return Status::Error(sqlstate::kConnectionException,
                         "another server is listening on \"" + path + "\"");
  }
  unlink(path.c_str());
  int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
  if (fd < 0) return Status::Error(sqlstate::kIoError, "socket: " + ErrnoText(errno));
  if (bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) != 0 ||
      listen(fd, kListenBacklog) != 0) {
    Status status = Status::Error(sqlstate::kConnectionException,
                                  "could not bind Unix socket \"" + path + "\": " + ErrnoText(errno));
    close(fd);
    return status;
  }
  chmod(path.c_str(), 0777);  // access control is authentication's job, as in PostgreSQL
  listen_fds_.push_back(fd);
  unix_socket_path_ = path;
  return Status::Ok();
}

void Server::AcceptLoop() {
  std::vector<pollfd> fds;
  for (int fd : listen_fds_) fds.push_back({fd, POLLIN, 0});
  fds.push_back({stop_pipe_[0], POLLIN, 0});
  fds.push_back({reap_event_fd_, POLLIN, 0});
  const bool epoll = options_.io_model == IoModel::kEpoll;
  int ticks = 0;
  while (!stopping_.load()) {
    int ready = poll(fds.data(), fds.size(), epoll ? kWorkerCheckMs : -1);
    if (epoll && ready == 0) {
      CheckWorkers();
      if (++ticks % kTerminateScanTicks == 0) WakeParked(false);
      continue;
    }
    if (ready < 0) {
      if (errno == EINTR) continue;
      spdlog::error("net: poll failed: {}", ErrnoText(errno));
      return;
    }
    if (fds[fds.size() - 2].revents != 0) return;  // stopping
    if (fds.back().revents != 0) {
      uint64_t count;
      [[maybe_unused]] ssize_t n = read(reap_event_fd_, &count, sizeof(count));
      std::lock_guard lock(mutex_);
      ReapLocked();
    }
    for (size_t i = 0; i + 2 < fds.size(); ++i) {
      if (fds[i].revents != 0) AcceptOne(fds[i].fd);
    }
  }
}

void Server::AcceptOne(int listen_fd) {
  int fd = accept4(listen_fd, nullptr, nullptr, SOCK_CLOEXEC);
  if (fd < 0) {
    if (errno == EMFILE || errno == ENFILE) {
      // Out of descriptors: back off instead of spinning on a readable socket.
      spdlog::warn("net: accept failed: {}", ErrnoText(errno));
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return;  // EAGAIN, ECONNABORTED, ...: the client went away
  }
  int one = 1;
  setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
  setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &one, sizeof(one));

  std::lock_guard lock(mutex_);
  ReapLocked();
  // Rejected clients get a thread too (they must be told FATAL 53300 and may
  // carry a CancelRequest), but only up to a hard cap on threads.
  size_t thread_cap = 2 * static_cast<size_t>(options_.max_connections) + 10;
  if (slots_.size() >= thread_cap) {
    spdlog::warn("net: {} connection threads, closing new connection", slots_.size());
    close(fd);
    return;
  }
  Connection::Admission admission = Connection::Admission::kAccepted;
  if (counted_connections_ >= options_.max_connections) {
    admission = Connection::Admission::kTooManyClients;
  }
  ConnectionSlot& slot = slots_.emplace_back();
  slot.id = next_slot_id_++;
  slot.socket_fd = fd;
  slot.counted = admission == Connection::Admission::kAccepted;
  try {
    slot.thread = std::thread(&Server::RunConnection, this, &slot, admission);
  } catch (const std::system_error& error) {
    spdlog::error("net: could not start connection thread: {}", error.what());
    close(fd);
    slots_.pop_back();
    return;
  }
  if (slot.counted) ++counted_connections_;
}

void Server::RunConnection(ConnectionSlot* slot, Connection::Admission admission) {
  ApplySchedulingPolicy();
  ConnectionContext context;
  context.engine = &engine_;
  context.options = &options_;
  context.cancel_registry = &cancel_registry_;
  context.stopping = &stopping_;
  context.stop_fd = stop_pipe_[0];
  context.tls = tls_.get();
  context.steering = steering_.get();
  context.mock_auth_key = mock_auth_key_;
  {
    std::lock_guard lock(hba_mutex_);
    context.hba_rules = hba_rules_;
  }
  slot->connection = std::make_unique<Connection>(slot->socket_fd, context, admission);
  if (options_.io_model == IoModel::kEpoll) {
    // Startup (TLS, authentication) runs blocking on this thread; the first
    // idle wait hands the connection to the epoll workers and ends the thread.
    if (slot->connection->Run(/*may_park=*/true) == Connection::RunResult::kParked) {
      Park(slot);
      // Nothing below may touch `slot`: a worker may own it already.
      uint64_t one = 1;
      [[maybe_unused]] ssize_t n = write(reap_event_fd_, &one, sizeof(one));
      return;
    }
  } else {
    slot->connection->Run();
  }
  FinishConnection(slot);
}

void Server::FinishConnection(ConnectionSlot* slot) {
  if (slot->in_epoll) epoll_ctl(epoll_fd_, EPOLL_CTL_DEL, slot->socket_fd, nullptr);
  slot->connection.reset();  // the Session is closed and destroyed here
  // Send FIN now; the descriptor itself is closed by ReapLocked() after the
  // join, so Shutdown() can never shut down a reused descriptor number.
  shutdown(slot->socket_fd, SHUT_WR);
  {
    std::lock_guard lock(mutex_);
    slot->done = true;
    slot->handed_off = true;
    slot_by_id_.erase(slot->id);
    if (slot->counted) --counted_connections_;
    connection_done_.notify_all();
  }
  // Nothing below may touch `slot`: it can be reaped from here on.
  uint64_t one = 1;
  [[maybe_unused]] ssize_t n = write(reap_event_fd_, &one, sizeof(one));
}

// ---- kEpoll -------------------------------------------------------------------

Status Server::StartEpoll() {
  epoll_fd_ = epoll_create1(EPOLL_CLOEXEC);
  if (epoll_fd_ < 0) return Status::Internal("epoll_create1: " + ErrnoText(errno));
  // Level-triggered: once stopping, every worker sees it and ends.
  epoll_event stop_event{};
  stop_event.events = EPOLLIN;
  stop_event.data.u64 = kStopEventKey;
  if (epoll_ctl(epoll_fd_, EPOLL_CTL_ADD, stop_pipe_[0], &stop_event) != 0) {
    return Status::Internal("epoll_ctl: " + ErrnoText(errno));
  }
  base_workers_ = options_.epoll_workers;
  if (base_workers_ <= 0) {
    base_workers_ = std::max(2, static_cast<int>(std::thread::hardware_concurrency()));
  }
  for (int i = 0; i < base_workers_; ++i) StartWorker();
  return Status::Ok();
}

void Server::StartWorker() {
  Worker* worker = &workers_.emplace_back();
  live_workers_.fetch_add(1);
  worker->thread = std::thread(&Server::WorkerLoop, this, worker);
}

void Server::ApplySchedulingPolicy() const {
  if (options_.batch_scheduling) {
    sched_param param{};
    if (sched_setscheduler(0, SCHED_BATCH, &param) != 0) {
      spdlog::debug("SCHED_BATCH not applied: {}", std::strerror(errno));
    }
  }
  if (options_.connection_slice_ns != 0) SetOwnTimeSlice(options_.connection_slice_ns);
}

void Server::WorkerLoop(Worker* worker) {
  ApplySchedulingPolicy();
  for (;;) {
    epoll_event event{};
    idle_workers_.fetch_add(1);
    // The timeout lets an idle surplus worker see that it was retired.
    int ready = epoll_wait(epoll_fd_, &event, 1, 1000);
    idle_workers_.fetch_sub(1);
    if (ready < 0 && errno != EINTR) {
      spdlog::error("net: epoll_wait failed: {}", ErrnoText(errno));
      break;
    }
    if (ready > 0) {
      if (event.data.u64 == kStopEventKey) break;
      if (ConnectionSlot* slot = ClaimParked(event.data.u64)) {
        worker->busy.store(true, std::memory_order_relaxed);
        auto start = std::chrono::steady_clock::now();
        ServeClaimed(slot);
        if (std::chrono::steady_clock::now() - start >= std::chrono::microseconds(kLongDispatchUs)) {
          worker->long_dispatches.fetch_add(1, std::memory_order_relaxed);
        }
        worker->dispatches.fetch_add(1, std::memory_order_relaxed);
        worker->busy.store(false, std::memory_order_relaxed);
      }
    }
    int retire = retire_workers_.load();
    bool retired = false;
    while (retire > 0 && !retired) retired = retire_workers_.compare_exchange_weak(retire, retire - 1);
    if (retired) break;
  }
  live_workers_.fetch_sub(1);
  worker->exited.store(true);
}

void Server::Park(ConnectionSlot* slot) {
  std::lock_guard lock(mutex_);
  assert(!slot->parked && !slot->done);
  epoll_event event{};
  // One-shot: the connection is handed to exactly one worker, then disarmed
  // until it parks again. Re-arming reports input that arrived meanwhile.
  event.events = EPOLLIN | EPOLLRDHUP | EPOLLONESHOT;
  event.data.u64 = slot->id;
  int operation = slot->in_epoll ? EPOLL_CTL_MOD : EPOLL_CTL_ADD;
  slot->in_epoll = true;
  slot->parked = true;
  slot->handed_off = true;
  if (operation == EPOLL_CTL_ADD) slot_by_id_[slot->id] = slot;
  if (epoll_ctl(epoll_fd_, operation, slot->socket_fd, &event) != 0) {
    // Cannot happen for a valid socket; end the connection instead of losing it.
    spdlog::error("net: epoll_ctl failed: {}", ErrnoText(errno));
    shutdown(slot->socket_fd, SHUT_RDWR);
  }
}

Server::ConnectionSlot* Server::ClaimParked(uint64_t id) {
  std::lock_guard lock(mutex_);
  auto it = slot_by_id_.find(id);
  if (it == slot_by_id_.end() || !it->second->parked) return nullptr;
  it->second->parked = false;
  return it->second;
}

void Server::ServeClaimed(ConnectionSlot* slot) {
  if (slot->connection->Run(/*may_park=*/true) == Connection::RunResult::kParked) {
    Park(slot);
  } else {
    FinishConnection(slot);
  }
}

void Server::CheckWorkers() {
  bool stuck = idle_workers_.load() == 0;
  for (auto it = workers_.begin(); it != workers_.end();) {
    if (it->exited.load()) {
      it->thread.join();
      it = workers_.erase(it);
      continue;
    }
    uint64_t dispatches = it->dispatches.load(std::memory_order_relaxed);
    uint64_t long_dispatches = it->long_dispatches.load(std::memory_order_relaxed);
    if (!it->busy.load(std::memory_order_relaxed) || dispatches != it->dispatches_seen) {
      stuck = false;
    }
    window_dispatches_ += dispatches - it->dispatches_seen;
    window_long_ += long_dispatches - it->long_dispatches_seen;
    it->dispatches_seen = dispatches;
    it->long_dispatches_seen = long_dispatches;
    ++it;
  }
  // Every worker has been inside one request (commit, lock wait, long query)
  // for a whole tick: parked connections that become ready would wait.
  size_t workers_max = static_cast<size_t>(options_.max_connections) + 2;
  if (stuck && workers_.size() < workers_max) {
    spdlog::debug("net: all {} epoll workers busy, adding one", workers_.size());
    retire_workers_.store(0);
    StartWorker();
  }
  if (++window_ticks_ >= kWorkerRetireTicks) {
    if (window_long_ * 20 < window_dispatches_ || window_dispatches_ == 0) {
      retire_workers_.store(std::max(0, live_workers_.load() - base_workers_));
    }
    window_ticks_ = 0;
    window_dispatches_ = window_long_ = 0;
  }
}

void Server::WakeParked(bool all) {
  std::vector<ConnectionSlot*> claimed;
  {
    std::lock_guard lock(mutex_);
    for (ConnectionSlot& slot : slots_) {
      if (slot.parked && (all || slot.connection->terminate_requested())) {
        slot.parked = false;
        claimed.push_back(&slot);
      }
    }
  }
  // Each sees the stop or terminate flag and ends with FATAL 57P01.
  for (ConnectionSlot* slot : claimed) ServeClaimed(slot);
}

void Server::ReapLocked() {
  for (auto it = slots_.begin(); it != slots_.end();) {
    if (!it->done) {
      // kEpoll: a startup thread that handed its connection to epoll ends
      // right after doing so.
      if (it->handed_off && it->thread.joinable()) it->thread.join();
      ++it;
      continue;
    }
    if (it->thread.joinable()) it->thread.join();  // holds no lock past `done`
    close(it->socket_fd);
    it = slots_.erase(it);
  }
}

void Server::Shutdown() {
  std::call_once(shutdown_once_, [this] {
    stopping_.store(true);
    if (stop_pipe_[1] >= 0) {
      char byte = 1;
      [[maybe_unused]] ssize_t n = write(stop_pipe_[1], &byte, 1);
    }
    if (accept_thread_.joinable()) accept_thread_.join();
    for (int fd : listen_fds_) close(fd);
    listen_fds_.clear();
    if (!unix_socket_path_.empty()) unlink(unix_socket_path_.c_str());

    // Running statements end with 57014, which connections turn into FATAL
    // 57P01; idle connections see the stop pipe and do the same.
    cancel_registry_.CancelAll();
    std::unique_lock lock(mutex_);
    auto all_done = [this] {
      for (const ConnectionSlot& slot : slots_) {
        if (!slot.done) return false;
      }
      return true;
    };
    auto deadline =
        std::chrono::steady_clock::now() + std::chrono::milliseconds(options_.shutdown_grace_ms);
    // kEpoll: parked connections are woken here (a connection that parks
    // while stopping was being set is caught by the next round).
    while (epoll_fd_ >= 0 && !all_done() && std::chrono::steady_clock::now() < deadline) {
      lock.unlock();
      WakeParked(true);
      lock.lock();
      connection_done_.wait_for(lock, std::chrono::milliseconds(50), all_done);
    }
    if (!connection_done_.wait_until(lock, deadline, all_done)) {
      spdlog::warn("net: shutting down the sockets of connections still running");
      for (ConnectionSlot& slot : slots_) {
        if (!slot.done) shutdown(slot.socket_fd, SHUT_RDWR);
      }
      lock.unlock();
      cancel_registry_.CancelAll();
      if (epoll_fd_ >= 0) WakeParked(true);
      lock.lock();
      while (!connection_done_.wait_for(lock, std::chrono::seconds(10), all_done)) {
        spdlog::warn("net: still waiting for connection threads to end");
      }
    }
    ReapLocked();
    assert(slots_.empty() && counted_connections_ == 0);
    lock.unlock();
    for (Worker& worker : workers_) worker.thread.join();  // each saw the stop pipe
    workers_.clear();
    if (epoll_fd_ >= 0) close(epoll_fd_);
    epoll_fd_ = -1;
    for (int& fd : stop_pipe_) {
      if (fd >= 0) close(fd);
      fd = -1;
    }
    if (reap_event_fd_ >= 0) close(reap_event_fd_);
    reap_event_fd_ = -1;
  });
}

}  // namespace augur::net
