// Settings of the pgwire server (net::Server). Defaults follow PostgreSQL.
//
// Thread-safety: plain value; the server copies it at construction.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "auth/hba.h"

#include "net/wire.h"

namespace augur::net {

// How connections wait for input (docs/net.md "Threading").
enum class ConnectionAffinity { kNone, kClientCpu };

enum class IoModel {
  kThreads,  // one blocking thread per connection (the default)
  kEpoll,    // idle connections parked in epoll, served by a small worker pool
};

struct ServerOptions {
  // Comma-separated host names or addresses to listen on; "*" means every
  // IPv4 and IPv6 address (PostgreSQL's listen_addresses).
  std::string listen_addresses = "127.0.0.1";
  uint16_t port = 5432;
  // When set, also listen on <dir>/.s.PGSQL.<port> (libpq: host=<dir>).
  // Empty listen_addresses with a directory means Unix socket only.
  std::string unix_socket_directory;  // 0 picks an ephemeral port (tests); see Server::port()
  // Established sessions allowed at once; the next client gets FATAL 53300.
  int max_connections = 100;
  // Largest Query/Parse/Bind/FunctionCall/CopyData message accepted; larger
  // ones end the connection with FATAL 08P01. Other messages are capped at
  // kSmallMessageMaxBytes, as in PostgreSQL.
  size_t max_message_size_bytes = kDefaultLargeMessageMaxBytes;
  // Time a client has to complete the startup handshake: TLS, startup packet
  // and password exchange (PostgreSQL's authentication_timeout).
  int startup_timeout_ms = 60'000;
  // pg_hba.conf-style rules (docs/auth.md); null: every connection is
  // trusted. Server::SetHbaRules() replaces them while running (SIGHUP).
  std::shared_ptr<const auth::HbaRules> hba_rules;
  // TLS is offered (SSLRequest answered 'S') when both are set (PEM files).
  std::string ssl_certificate_file;
  std::string ssl_key_file;
  // CA certificates (PEM) that client certificates must chain to (ssl_ca_file):
  // when set, clients are asked for a certificate (not required; the rules
  // file's `cert` and `clientcert=` require one).
  std::string ssl_ca_file;
  // On Shutdown(), how long sessions get to finish after being cancelled
  // before their sockets are shut down under them.
  int shutdown_grace_ms = 5'000;
  // Reported as ParameterStatus server_version; clients parse the leading
  // "major.minor", so this must start with "15.".
  std::string server_version = "15.4";
  // Output is sent when it exceeds this many bytes, as well as at
  // ReadyForQuery, Flush and Sync.
  size_t output_flush_threshold_bytes = 64 * 1024;
  IoModel io_model = IoModel::kThreads;
  // kEpoll: workers started up front (0: one per CPU, at least 2); more are
  // added while every worker is stuck in one long request (commit, lock wait).
  int epoll_workers = 0;
  // When set, threads that serve connections run under SCHED_BATCH: a connection
  // thread woken by its client's request does not preempt the running
  // thread (often that client, about to send more or to sleep), it waits for
  // the CPU's next scheduling point. Fewer context switches per request on a
  // saturated machine, but a longer wait for every woken thread, which costs
  // latency-bound work such as group commit (docs/net.md "Scheduling policy").
  bool batch_scheduling = false;
  // When nonzero, threads that serve connections ask Linux's EEVDF scheduler
  // (6.6+) for this time slice in nanoseconds (sched_setattr's sched_runtime
  // under SCHED_OTHER, no privilege needed). A shorter slice than other
  // tasks' gives a woken connection thread an earlier virtual deadline, so
  // it runs at once instead of after the running task's slice (docs/net.md
  // "Scheduling policy"). Ignored where the kernel does not support it.
  uint64_t connection_slice_ns = 0;
  // kClientCpu: in the threads model, each connection's thread is pinned to
  // the CPU its client's packets arrive on, up to a fair share of
  // connections per CPU (docs/net.md "Client-CPU steering").
  ConnectionAffinity connection_affinity = ConnectionAffinity::kClientCpu;
};

}  // namespace augur::net
