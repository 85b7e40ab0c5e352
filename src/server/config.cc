// Flag definitions for the augurdb binary; see config.h.
#include "server/config.h"

#include <unistd.h>

#include <algorithm>
#include <charconv>

namespace augur::server {

uint64_t DefaultMaxTransactionSizeMb() {
  long pages = sysconf(_SC_PHYS_PAGES);
  long page_size = sysconf(_SC_PAGESIZE);
  if (pages <= 0 || page_size <= 0) return 256;
  uint64_t physical_mb = (static_cast<uint64_t>(pages) * static_cast<uint64_t>(page_size)) >> 20;
  return std::max<uint64_t>(64, physical_mb / 32);
}

void AddServerFlags(CLI::App& app, ServerConfig& config) {
  app.add_option("--listen", config.listen_addresses,
                 "Addresses to listen on, comma-separated; \"*\" for all")
      ->envname("AUGURDB_LISTEN")
      ->capture_default_str();
  app.add_option("--port", config.port, "TCP port")
      ->envname("AUGURDB_PORT")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  app.add_option("--data-dir", config.data_dir, "Data directory, created on first start")
      ->envname("AUGURDB_DATA_DIR")
      ->capture_default_str();
  app.add_option("--unix-socket-dir", config.unix_socket_directory,
                 "Also listen on <dir>/.s.PGSQL.<port> (psql -h <dir>)")
      ->envname("AUGURDB_UNIX_SOCKET_DIR");
  app.add_option("--max-connections", config.max_connections,
                 "Concurrent client sessions; more get FATAL 53300")
      ->envname("AUGURDB_MAX_CONNECTIONS")
      ->check(CLI::Range(1, 10000))
      ->capture_default_str();
  app.add_option("--io-model", config.io_model,
                 "threads: a blocking thread per connection; epoll: idle connections wait in epoll, "
                 "served by a worker pool (experimental)")
      ->envname("AUGURDB_IO_MODEL")
      ->check(CLI::IsMember({"threads", "epoll"}))
      ->capture_default_str();
  app.add_option("--connection-affinity", config.connection_affinity,
                 "client: a connection's thread runs on the CPU its client's packets arrive on (at most a "
                 "fair share of connections per CPU); none: wherever Linux schedules it")
      ->envname("AUGURDB_CONNECTION_AFFINITY")
      ->check(CLI::IsMember({"client", "none"}))
      ->capture_default_str();
  app.add_option("--connection-scheduling", config.connection_scheduling,
                 "batch: connection threads run under SCHED_BATCH (a woken connection does not preempt "
                 "the running thread); normal: the default Linux policy")
      ->envname("AUGURDB_CONNECTION_SCHEDULING")
      ->check(CLI::IsMember({"batch", "normal"}))
      ->capture_default_str();
  app.add_option("--connection-slice-us", config.connection_slice_us,
                 "time slice in microseconds that connection threads ask of Linux's EEVDF scheduler "
                 "(100-100000; 0: the kernel's default)")
      ->envname("AUGURDB_CONNECTION_SLICE_US")
      ->check(CLI::Validator(
          [](const std::string& text) -> std::string {
            int value = 0;
            auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
            if (error != std::errc() || end != text.data() + text.size() || (value != 0 && value < 100) ||
                value > 100000) {
              return "must be 0 or between 100 and 100000 (Linux accepts slices of 0.1 ms to 100 ms)";
            }
            return "";
          },
          "0 or 100-100000"))
      ->capture_default_str();
  app.add_option("--io-workers", config.io_workers,
                 "epoll: worker threads kept running (0: one per CPU, at least 2); more are added "
                 "while all are blocked")
      ->envname("AUGURDB_IO_WORKERS")
      ->check(CLI::Range(0, 1000))
      ->capture_default_str();
  app.add_option("--max-message-size", config.max_message_size_bytes,
                 "Largest Query/Parse/Bind message in bytes")
      ->envname("AUGURDB_MAX_MESSAGE_SIZE")
      ->check(CLI::Range(uint64_t{net::kSmallMessageMaxBytes}, uint64_t{net::kDefaultLargeMessageMaxBytes}))
      ->capture_default_str();
  app.add_option("--hba-file", config.hba_file,
                 "Client authentication rules (pg_hba.conf format); none: trust every connection")
      ->envname("AUGURDB_HBA_FILE");
  app.add_option("--ssl-cert-file", config.ssl_cert_file, "TLS server certificate (PEM); TLS is on with a key")
      ->envname("AUGURDB_SSL_CERT_FILE");
  app.add_option("--ssl-key-file", config.ssl_key_file, "TLS private key (PEM, mode 0600)")
      ->envname("AUGURDB_SSL_KEY_FILE");
  app.add_option("--ssl-ca-file", config.ssl_ca_file,
                 "CA certificates (PEM) for client certificates (rules file: cert, clientcert=)")
      ->envname("AUGURDB_SSL_CA_FILE");
  app.add_option("--authentication-timeout", config.authentication_timeout_seconds,
                 "Seconds a client has to complete TLS, startup and authentication")
      ->envname("AUGURDB_AUTHENTICATION_TIMEOUT")
      ->check(CLI::Range(1, 600))
      ->capture_default_str();
  app.add_option("--cache-size", config.cache_size_mb,
                 "Block cache for table and index data in MiB (like PostgreSQL's shared_buffers)")
      ->envname("AUGURDB_CACHE_SIZE")
      ->check(CLI::Range(uint64_t{8}, uint64_t{1} << 20))
      ->capture_default_str();
  app.add_option("--wal-zero-fill", config.wal_zero_fill_kb,
                 "KiB of zeros written ahead of the WAL so commit syncs overwrite instead of growing the "
                 "file (docs/storage-format.md \"WAL files\"); 0: plain appends")
      ->envname("AUGURDB_WAL_ZERO_FILL")
      ->check(CLI::Range(uint64_t{0}, uint64_t{1} << 20))
      ->capture_default_str();
  app.add_option("--max-transaction-size", config.max_transaction_size_mb,
                 "MiB of uncommitted rows and index entries one transaction may hold in memory; past it a "
                 "write fails with 54000 (loads in primary-key order are not counted); 0: no limit")
      ->envname("AUGURDB_MAX_TRANSACTION_SIZE")
      ->capture_default_str();
  app.add_option("--log-level", config.log_level, "trace, debug, info, warn, error, critical or off")
      ->envname("AUGURDB_LOG_LEVEL")
      ->check(CLI::IsMember({"trace", "debug", "info", "warn", "error", "critical", "off"}))
      ->capture_default_str();
}

Result<net::ServerOptions> ToServerOptions(const ServerConfig& config) {
  net::ServerOptions options;
  if (!config.hba_file.empty()) {
    ASSIGN_OR_RETURN(auth::HbaRules rules, auth::HbaRules::Load(config.hba_file));
    options.hba_rules = std::make_shared<const auth::HbaRules>(std::move(rules));
  }
  options.ssl_certificate_file = config.ssl_cert_file;
  options.ssl_key_file = config.ssl_key_file;
  options.ssl_ca_file = config.ssl_ca_file;
  options.startup_timeout_ms = config.authentication_timeout_seconds * 1000;
  options.listen_addresses = config.listen_addresses;
  options.port = static_cast<uint16_t>(config.port);
  options.unix_socket_directory = config.unix_socket_directory;
  options.max_connections = config.max_connections;
  options.io_model = config.io_model == "epoll" ? net::IoModel::kEpoll : net::IoModel::kThreads;
  options.batch_scheduling = config.connection_scheduling == "batch";
  options.connection_affinity =
      config.connection_affinity == "none" ? net::ConnectionAffinity::kNone : net::ConnectionAffinity::kClientCpu;
  options.connection_slice_ns = static_cast<uint64_t>(config.connection_slice_us) * 1000;
  options.epoll_workers = config.io_workers;
  options.max_message_size_bytes = static_cast<size_t>(config.max_message_size_bytes);
  return options;
}

}  // namespace augur::server
