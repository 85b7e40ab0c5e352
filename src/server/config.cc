// Flag definitions for the augurdb binary; see config.h.
#include "server/config.h"

namespace augur::server {

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
  app.add_option("--max-message-size", config.max_message_size_bytes,
                 "Largest Query/Parse/Bind message in bytes")
      ->envname("AUGURDB_MAX_MESSAGE_SIZE")
      ->check(CLI::Range(uint64_t{net::kSmallMessageMaxBytes}, uint64_t{net::kDefaultLargeMessageMaxBytes}))
      ->capture_default_str();
  app.add_option("--log-level", config.log_level, "trace, debug, info, warn, error, critical or off")
      ->envname("AUGURDB_LOG_LEVEL")
      ->check(CLI::IsMember({"trace", "debug", "info", "warn", "error", "critical", "off"}))
      ->capture_default_str();
}

net::ServerOptions ToServerOptions(const ServerConfig& config) {
  net::ServerOptions options;
  options.listen_addresses = config.listen_addresses;
  options.port = static_cast<uint16_t>(config.port);
  options.unix_socket_directory = config.unix_socket_directory;
  options.max_connections = config.max_connections;
  options.max_message_size_bytes = static_cast<size_t>(config.max_message_size_bytes);
  return options;
}

}  // namespace augur::server
