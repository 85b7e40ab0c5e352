// The pgwire server: listens on TCP, runs client connections, enforces
// max_connections, routes CancelRequests, and shuts down cleanly.
//
// Threading (see docs/net.md): Start() binds the listening sockets and starts
// an accept thread; each accepted socket gets its own thread running a
// Connection. With IoModel::kThreads (default) that thread serves the
// connection for life: simple, and the engine may block. With IoModel::kEpoll
// it only runs startup; then the connection is parked in an epoll set while
// idle between messages and served by a small worker pool, which saves a
// sleep + wake-up per request on a busy server.
//
// Ownership: the Server borrows the Engine (which must outlive it) and owns
// its threads, sockets and the CancelRegistry.
// Thread-safety: Shutdown() and the accessors may be called from any thread;
// Start() once, before anything else.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "common/status.h"
#include "net/cancel_registry.h"
#include "net/connection.h"
#include "net/cpu_steering.h"
#include "net/options.h"
#include "net/tls.h"
#include "sql/session.h"

namespace augur::net {

class Server {
 public:
  Server(sql::Engine& engine, ServerOptions options);
  // Calls Shutdown().
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Loads the TLS certificate and key when configured (F0000 on failure),
  // binds every listen address and starts accepting. Fails (58030/08000 class
  // errors with the OS message) if no address could be bound.
  Status Start();
  // The bound port: options.port, or the ephemeral port chosen when it was 0.
  uint16_t port() const { return bound_port_; }

  // Stops accepting, cancels running statements, tells idle clients FATAL
  // 57P01, waits up to shutdown_grace_ms for sessions to end, then shuts the
  // remaining sockets down and joins every thread. Idempotent.
  void Shutdown();

  // Replaces the authentication rules for connections that arrive from now
  // on (SIGHUP reload); null trusts everyone. Any thread.
  void SetHbaRules(std::shared_ptr<const auth::HbaRules> rules);

  // Admitted connections (counted towards max_connections) not yet ended.
  int active_connections() const;

 private:
  struct ConnectionSlot {
    uint64_t id = 0;  // epoll event key (never reused)
    int socket_fd = -1;
    std::thread thread;  // runs startup (kEpoll) or the whole connection (kThreads)
    std::unique_ptr<Connection> connection;
    bool counted = false;  // counts towards max_connections
    bool done = false;     // connection ended; join and close
    // kEpoll: guarded by mutex_. parked: idle, armed in epoll, owned by nobody.
    bool parked = false;
    bool in_epoll = false;     // registered with epoll_fd_
    bool handed_off = false;   // the startup thread let go of it (join it)
  };
  // One epoll worker. The accept thread starts, checks and joins workers.
  struct Worker {
    std::thread thread;
    std::atomic<bool> busy{false};
    std::atomic<bool> exited{false};  // the thread ended; join it
    std::atomic<uint64_t> dispatches{0};
    std::atomic<uint64_t> long_dispatches{0};  // took kLongDispatchUs or more
    uint64_t dispatches_seen = 0;       // accept thread only
    uint64_t long_dispatches_seen = 0;  // accept thread only
  };

  Status ListenOnUnixSocket();
  void AcceptLoop();
  void AcceptOne(int listen_fd);
  void RunConnection(ConnectionSlot* slot, Connection::Admission admission);
  // Closes the session, sends FIN and marks the slot done. Not under mutex_.
  void FinishConnection(ConnectionSlot* slot);
  // Joins and closes finished connections. Requires mutex_.
  void ReapLocked();

  // kEpoll (docs/net.md "Threading").
  Status StartEpoll();
  void StartWorker();
  void WorkerLoop(Worker* worker);
  // SCHED_BATCH for the calling connection/worker thread when options_ ask.
  void ApplySchedulingPolicy() const;
  // Arms the idle connection in epoll; the caller lets go of it.
  void Park(ConnectionSlot* slot);
  // The parked slot with this id, now owned by the caller; null if it is
  // gone or already taken.
  ConnectionSlot* ClaimParked(uint64_t id);
  // Runs a claimed connection until it parks again or ends.
  void ServeClaimed(ConnectionSlot* slot);
  // Joins workers that ended; adds one when every worker has been inside one
  // request for a whole tick.
  void CheckWorkers();
  // Wakes parked connections that must end (pg_terminate_backend, or all of
  // them when stopping) and runs them on the calling thread.
  void WakeParked(bool all);

  sql::Engine& engine_;
  const ServerOptions options_;
  CancelRegistry cancel_registry_;
  std::unique_ptr<TlsContext> tls_;  // null: SSLRequest is answered 'N'
  // Client-CPU steering of connection threads; null in the epoll model or
  // with ConnectionAffinity::kNone.
  std::unique_ptr<CpuSteering> steering_;
  mutable std::mutex hba_mutex_;
  std::shared_ptr<const auth::HbaRules> hba_rules_;  // guarded by hba_mutex_
  // Key for SCRAM mock salts of unknown roles (random per server run).
  const std::string mock_auth_key_;

  std::vector<int> listen_fds_;
  std::string unix_socket_path_;  // empty when not listening on one
  uint16_t bound_port_ = 0;
  int stop_pipe_[2] = {-1, -1};  // read end readable once stopping
  int reap_event_fd_ = -1;       // written by finishing connection threads
  std::atomic<bool> stopping_{false};
  std::thread accept_thread_;
  std::once_flag shutdown_once_;

  mutable std::mutex mutex_;
  std::condition_variable connection_done_;  // signalled when a slot becomes done
  std::list<ConnectionSlot> slots_;          // guarded by mutex_
  int counted_connections_ = 0;              // guarded by mutex_
  uint64_t next_slot_id_ = 1;                // guarded by mutex_
  std::unordered_map<uint64_t, ConnectionSlot*> slot_by_id_;  // kEpoll; guarded by mutex_

  // kEpoll. workers_ changes only on the accept thread (and in Shutdown()
  // after it ended). Workers beyond base_workers_ (added for stalls) are
  // retired after a window of kWorkerRetireTicks in which under 5% of the
  // requests took long (blocked): every worker waiting in epoll_wait costs a
  // wake-up per event, but a workload that blocks (commits) needs them.
  int epoll_fd_ = -1;
  std::list<Worker> workers_;
  int base_workers_ = 0;
  int window_ticks_ = 0;             // accept thread only
  uint64_t window_dispatches_ = 0;   // accept thread only
  uint64_t window_long_ = 0;         // accept thread only
  std::atomic<int> live_workers_{0};
  std::atomic<int> idle_workers_{0};
  std::atomic<int> retire_workers_{0};   // how many workers should end
};

}  // namespace augur::net
