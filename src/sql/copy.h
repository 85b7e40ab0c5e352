// COPY: the statement's options, COPY FROM STDIN (load) and COPY TO STDOUT
// (dump), as PostgreSQL 15 does them (copy.c, copyfrom.c, copyto.c).
//
// The session (session_impl.cc) hands a CopyStmt to ExecuteCopy(); the
// protocol side is the ResultSink's COPY calls (sql/session.h, docs/net.md):
// COPY FROM pulls CopyData chunks with ReadCopyData() and parses them
// straight into column vectors (copy_format.h), 2048 rows at a time, which
// then go through INSERT's write path (defaults, NOT NULL, CHECK, unique
// keys; BindInsertFromSource in dml.cc). Errors carry PostgreSQL's CONTEXT
// line: "COPY t, line 3, column a: "x"" for a bad value, "COPY t, line 3:
// "<line>"" for a bad row or NOT NULL/CHECK, "COPY t, line 3" for 23505.
// The whole COPY is one statement of the session's transaction: a failure
// leaves none of its rows (the session rolls the implicit transaction back or
// fails the block).
//
// Thread-safety: runs on the session's thread.
#pragma once

#include <atomic>
#include <memory>
#include <string>
#include <vector>

#include "common/status.h"
#include "sql/copy_format.h"
#include "sql/parse_tree.h"
#include "sql/session.h"

namespace augur::catalog {
class Catalog;
}

namespace augur::sql {

struct StatementContext;

// COPY's WITH (...) options after PostgreSQL's ProcessCopyOptions checks.
struct CopyOptions : CopyFormatOptions {
  bool header = false;
  bool header_match = false;  // HEADER MATCH (COPY FROM only)
  bool freeze = false;        // accepted; rows are visible at commit either way
  bool force_quote_all = false;
  std::vector<std::string> force_quote;     // COPY TO, CSV
  std::vector<std::string> force_not_null;  // COPY FROM, CSV
  std::vector<std::string> force_null;      // COPY FROM, CSV
};

// Reads and validates the options of a CopyStmt node (42601, 22023, 0A000
// with PostgreSQL's messages and positions).
Result<CopyOptions> ParseCopyOptions(PgNode copy_stmt, bool is_from);

// Everything ExecuteCopy needs from the session.
struct CopyInvocation {
  std::shared_ptr<ParseTree> tree;  // owns `stmt`
  PgNode stmt;                      // the CopyStmt
  catalog::Catalog* catalog = nullptr;
  StatementContext* statement = nullptr;  // the open transaction
  std::string user;
  int64_t transaction_start_us = 0;       // now() for DEFAULT expressions
  const std::atomic<bool>* cancel = nullptr;
  bool read_only = false;                 // the transaction is READ ONLY
};

// Runs one COPY statement: CopyIn/CopyOut sub-protocol through `sink`, then
// CommandComplete "COPY n". COPY to or from a server file or program is
// 0A000 (see docs/sql.md).
Status ExecuteCopy(const CopyInvocation& invocation, ResultSink& sink);

}  // namespace augur::sql
