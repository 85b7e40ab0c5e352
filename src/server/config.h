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
//   --hba-file         AUGURDB_HBA_FILE          none (trust every connection); docs/auth.md
//   --ssl-cert-file    AUGURDB_SSL_CERT_FILE     none (TLS when set with the key)
//   --ssl-key-file     AUGURDB_SSL_KEY_FILE      none
//   --ssl-ca-file      AUGURDB_SSL_CA_FILE       none (client certificates checked against it)
//   --authentication-timeout AUGURDB_AUTHENTICATION_TIMEOUT 60 seconds (1-600)
//   --cache-size       AUGURDB_CACHE_SIZE        256 MiB block cache (like shared_buffers)
//   --max-transaction-size AUGURDB_MAX_TRANSACTION_SIZE  MiB of uncommitted changes one transaction
//                      may hold in memory; default 1/32 of physical memory, at least 64; 0 = no limit
//
// Thread-safety: plain values; used from main before threads start.
#pragma once

#include <cstdint>
#include <string>

#include <CLI/CLI.hpp>

#include "net/options.h"

namespace augur::server {

// 1/32 of physical memory (a write batch costs ~9x its bytes), at least 64 MiB.
uint64_t DefaultMaxTransactionSizeMb();

struct ServerConfig {
  std::string listen_addresses = "127.0.0.1";
  int port = 5432;
  std::string data_dir = "augurdb-data";
  std::string unix_socket_directory;  // empty: no Unix-domain socket
  int max_connections = 100;
  std::string connection_affinity = "client";  // client | none (docs/net.md "Client-CPU steering")
  std::string io_model = "threads";  // threads | epoll (docs/net.md "Threading")
  std::string connection_scheduling = "normal";  // normal | batch (docs/net.md "Scheduling policy")
  int connection_slice_us = 0;        // EEVDF slice of connection threads, 0 = the kernel's (docs/net.md)
  int io_workers = 0;                 // epoll: base worker count, 0 = one per CPU (at least 2)
  uint64_t max_message_size_bytes = net::kDefaultLargeMessageMaxBytes;
  std::string log_level = "info";
  std::string hba_file;       // empty: no rules, trust
  std::string ssl_cert_file;  // PEM certificate (chain)
  std::string ssl_key_file;   // PEM private key, mode 0600
  std::string ssl_ca_file;    // PEM CA certificates for client certificates
  int authentication_timeout_seconds = 60;
  uint64_t cache_size_mb = 256;  // RocksDB block cache, the counterpart of shared_buffers
  uint64_t wal_zero_fill_kb = 1024;  // zeros written ahead of the WAL; 0 = plain appends
  // Write batch limit per transaction (storage::DatabaseOptions::max_transaction_bytes).
  uint64_t max_transaction_size_mb = DefaultMaxTransactionSizeMb();
};

// Registers the flags above on `app`, writing into `config`.
void AddServerFlags(CLI::App& app, ServerConfig& config);

// Reads the rules file when one is configured (F0000 with the line number
// on a syntax error).
Result<net::ServerOptions> ToServerOptions(const ServerConfig& config);

}  // namespace augur::server
