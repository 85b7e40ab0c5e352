// server/: the augurdb binary — flags and environment (config.h), the engine
// factory it links against (engine_factory.h), logging and signal handling
// (main.cc). The wire protocol itself lives in net/.
//
// Startup: parse flags → set up spdlog → block SIGINT/SIGTERM/SIGHUP in every
// thread → create the data directory → sql::CreateEngine → net::Server::Start
// → wait for a signal in main → Server::Shutdown (FATAL 57P01 to clients) →
// destroy the engine → exit 0.
#pragma once

#include "server/config.h"
#include "server/engine_factory.h"
