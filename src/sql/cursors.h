// SQL cursors of one session: DECLARE … CURSOR FOR <query>, FETCH, MOVE,
// CLOSE (docs/sql.md "Cursors").
//
// A cursor owns its bound query and a QueryRunner over it. DECLARE opens the
// plan and computes its first chunk, so the cursor reads the data as of its
// DECLARE the way PostgreSQL's insensitive cursors do (full scans pin their
// RocksDB iterator there; results up to one chunk are read whole). FETCH
// streams the next rows through the runner; nothing is materialized.
// Cursors live until CLOSE or the end of their transaction; a cursor WITH
// HOLD outlives the transaction that committed it: at that commit its
// remaining rows are read into memory (PostgreSQL's PersistHoldablePortal)
// and later FETCHes read them from there. SCROLL and backward fetches are
// 0A000.
//
// Thread-safety: one session thread.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "common/status.h"
#include "sql/engine_impl.h"
#include "sql/session.h"

namespace augur::exec {
class QueryRunner;
}

namespace augur::sql {

class CursorSet {
 public:
  CursorSet();
  ~CursorSet();
  CursorSet(const CursorSet&) = delete;
  CursorSet& operator=(const CursorSet&) = delete;

  // Takes the bound query (its context already prepared) and opens it (an
  // error doing so is reported by the first FETCH or MOVE).
  // 42P03 when the name is taken.
  // `depth`: how many savepoints are active (ROLLBACK TO one of them closes
  // the cursors declared after it).
  Status Declare(const std::string& name, std::unique_ptr<BoundStatement> query, bool binary, bool hold = false,
                 int depth = 0);
  // The cursor's result columns; 34000 when there is no such cursor.
  Result<std::span<const ResultColumn>> Columns(std::string_view name) const;
  // FETCH (move = false) sends up to `count` rows (count < 0: all) in
  // `formats` (empty: the cursor's default, text or BINARY); MOVE skips them.
  // Returns how many rows were fetched or skipped; MOVE 0 (count 0) returns
  // 1 when the cursor is on a row, as PostgreSQL.
  Result<int64_t> Fetch(std::string_view name, int64_t count, bool move, std::span<const int16_t> formats,
                        ResultSink& sink);
  // Whether FETCH through the simple protocol sends binary rows.
  Result<bool> IsBinary(std::string_view name) const;
  Status Close(std::string_view name);  // 34000 when missing
  // Closes every cursor (CLOSE ALL, DISCARD ALL).
  void CloseAll();
  // Before a commit: reads the remaining rows of the WITH HOLD cursors
  // declared in the transaction into memory (an error fails the commit).
  Status PersistHeld();
  // End of a transaction: closes its cursors except, after a commit, those
  // WITH HOLD; after a rollback, held cursors of earlier transactions stay.
  void EndTransaction(bool committed);
  // RELEASE SAVEPOINT left `depth` savepoints: cursors declared deeper now
  // belong to that level.
  void Released(int depth);
  // ROLLBACK TO the savepoint at `depth` (0-based): closes the cursors
  // declared after it, as PostgreSQL drops the portals of the aborted
  // subtransactions (a cursor declared before keeps its position).
  void RolledBackTo(int depth);
  bool empty() const { return cursors_.empty(); }

 private:
  struct Cursor;
  std::map<std::string, std::unique_ptr<Cursor>, std::less<>> cursors_;
};

}  // namespace augur::sql
