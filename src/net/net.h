// net/: the PostgreSQL v3 wire protocol ("pgwire") front end of augurdb.
//
// Map of the module:
//   server.h          Server: listening sockets, accept thread, one thread per
//                     connection, max_connections, shutdown.
//   connection.h      Connection: startup handshake and the simple/extended
//                     query state machine for one client, driving a
//                     sql::Session (the contract in sql/session.h).
//   cancel_registry.h BackendKeyData keys → Session, for CancelRequest.
//   wire.h            message reading/building primitives.
//   data_row.cc       the DataRow builders declared in sql/session.h.
//   options.h         ServerOptions (ports, limits).
// Design, limits and protocol details: docs/net.md.
//
// Typical use (see src/server/main.cc):
//   net::ServerOptions options;  options.port = 5432;
//   net::Server server(*engine, options);
//   RETURN_IF_ERROR(server.Start());
//   ... wait for SIGTERM ...
//   server.Shutdown();
//
// Thread-safety: see each header; Server is safe to Shutdown() from any thread.
#pragma once

#include "net/cancel_registry.h"
#include "net/connection.h"
#include "net/options.h"
#include "net/server.h"
#include "net/wire.h"
