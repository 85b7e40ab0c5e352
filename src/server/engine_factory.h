// How the augurdb binary obtains its SQL engine.
//
// The real factory is defined by sql/ (the engine owns storage and catalog
// under `data_dir`). Until sql/ provides it, src/server/fake_engine.cc defines
// a trivial stand-in; src/server/CMakeLists.txt picks one (AUGUR_FAKE_ENGINE).
//
// Thread-safety: called once, from main, before the server starts.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "common/status.h"
#include "sql/session.h"

namespace augur::sql {

// Tunables of the engine the binary's flags set.
struct EngineOptions {
  uint64_t cache_size_bytes = 256ull << 20;   // RocksDB block cache (--cache-size)
  uint64_t wal_zero_fill_bytes = 1ull << 20;  // --wal-zero-fill
  uint64_t max_transaction_bytes = 0;  // --max-transaction-size; 0 = no limit
};

// Opens (creating on first start) the database in `data_dir`, which exists
// when this is called. On failure returns null and sets *status.
std::unique_ptr<Engine> CreateEngine(const std::string& data_dir, const EngineOptions& options,
                                     Status* status);

}  // namespace augur::sql
