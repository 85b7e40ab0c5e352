// Configuration of the augurdb binary: command-line flags, each with an
// AUGURDB_* environment variable fallback (a flag beats the variable, which
// beats the default), mapped onto net::ServerOptions.
//
//   --listen           AUGURDB_LISTEN            127.0.0.1 (comma list, "*" = all)
//   --port             AUGURDB_PORT              5432
//   --data-dir         AUGURDB_DATA_DIR          ./augurdb-data (created on first start)
//   --unix-socket-dir  AUGURDB_UNIX_SOCKET_DIR   none (else <dir>/.s.PGSQL.<port>)
//   --max-connections  AUGURDB_MAX_CONNECTIONS   100
//   --max-message-size AUGURDB_MAX_MESSAGE_SIZE  1073741822 bytes
//   --log-level        AUGURDB_LOG_LEVEL         info (trace|debug|info|warn|error|critical|off)
//
// Thread-safety: plain values; used from main before threads start.
#pragma once

#include <cstdint>
#include <string>

#include <CLI/CLI.hpp>

#include "net/options.h"

namespace augur::server {

struct ServerConfig {
  std::string listen_addresses = "127.0.0.1";
  int port = 5432;
  std::string data_dir = "augurdb-data";
  std::string unix_socket_directory;  // empty: no Unix-domain socket
  int max_connections = 100;
  uint64_t max_message_size_bytes = net::kDefaultLargeMessageMaxBytes;
  std::string log_level = "info";
};

// Registers the flags above on `app`, writing into `config`.
void AddServerFlags(CLI::App& app, ServerConfig& config);

net::ServerOptions ToServerOptions(const ServerConfig& config);

}  // namespace augur::server
