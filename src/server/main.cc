// augurdb: serves the PostgreSQL wire protocol on 127.0.0.1:5432 with data in
// ./augurdb-data by default. See server/server.h for the startup sequence and
// server/config.h for flags.
#include <signal.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <system_error>
#include <utility>

#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

#include "auth/hba.h"
#include "net/server.h"
#include "server/config.h"
#include "server/server.h"

namespace {

// Blocks the shutdown signals in this thread and, by inheritance, in every
// thread started later, so only the sigwait() in main sees them.
sigset_t BlockShutdownSignals() {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGHUP);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  signal(SIGPIPE, SIG_IGN);  // sends use MSG_NOSIGNAL; this covers everything else
  return signals;
}

// SIGHUP re-reads the rules file (PostgreSQL reloads pg_hba.conf the same
// way); an invalid file is logged and the rules in force stay.
void ReloadHbaRules(const augur::server::ServerConfig& config, augur::net::Server& server) {
  if (config.hba_file.empty()) {
    spdlog::info("received SIGHUP; no rules file configured, nothing to reload");
    return;
  }
  augur::Result<augur::auth::HbaRules> rules = augur::auth::HbaRules::Load(config.hba_file);
  if (!rules.ok()) {
    spdlog::error("{} was not reloaded: {}{}{}", config.hba_file, rules.status().ToString(),
                  rules.status().context().empty() ? "" : " at ", rules.status().context());
    return;
  }
  server.SetHbaRules(std::make_shared<const augur::auth::HbaRules>(std::move(rules).value()));
  spdlog::info("received SIGHUP; reloaded {}", config.hba_file);
}

int WaitForShutdownSignal(const sigset_t& signals, const augur::server::ServerConfig& config,
                          augur::net::Server& server) {
  for (;;) {
    int signal_number = 0;
    if (sigwait(&signals, &signal_number) != 0) continue;
    if (signal_number == SIGHUP) {
      ReloadHbaRules(config, server);
      continue;
    }
    return signal_number;
  }
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"augurdb: a PostgreSQL-compatible HTAP database server"};
  augur::server::ServerConfig config;
  augur::server::AddServerFlags(app, config);
  CLI11_PARSE(app, argc, argv);

  spdlog::set_level(spdlog::level::from_str(config.log_level));
  sigset_t signals = BlockShutdownSignals();

  augur::Result<augur::net::ServerOptions> options = augur::server::ToServerOptions(config);
  if (!options.ok()) {
    const augur::Status& error = options.status();
    spdlog::critical("invalid configuration: {}{}{}", error.ToString(), error.context().empty() ? "" : " (",
                     error.context().empty() ? "" : error.context() + ")");
    return EXIT_FAILURE;
  }

  std::error_code error;
  std::filesystem::create_directories(config.data_dir, error);
  if (error) {
    spdlog::critical("could not create data directory \"{}\": {}", config.data_dir,
                     error.message());
    return EXIT_FAILURE;
  }
  augur::Status status;
  augur::sql::EngineOptions engine_options;
  engine_options.cache_size_bytes = config.cache_size_mb << 20;
  engine_options.wal_zero_fill_bytes = config.wal_zero_fill_kb << 10;
  engine_options.max_transaction_bytes = config.max_transaction_size_mb << 20;
  std::unique_ptr<augur::sql::Engine> engine =
      augur::sql::CreateEngine(config.data_dir, engine_options, &status);
  if (engine == nullptr) {
    spdlog::critical("could not open the database in \"{}\": {}", config.data_dir,
                     status.ToString());
    return EXIT_FAILURE;
  }

  augur::net::Server server(*engine, std::move(options).value());
  status = server.Start();
  if (!status.ok()) {
    spdlog::critical("could not start the server: {}", status.ToString());
    return EXIT_FAILURE;
  }
  spdlog::info("augurdb ready: data directory \"{}\", port {}", config.data_dir, server.port());

  int signal_number = WaitForShutdownSignal(signals, config, server);
  spdlog::info("received {}, shutting down", signal_number == SIGINT ? "SIGINT" : "SIGTERM");
  server.Shutdown();
  engine.reset();
  spdlog::info("augurdb stopped");
  return EXIT_SUCCESS;
}
