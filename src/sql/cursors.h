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
// and later FETCHes read them from there. A SCROLL cursor reads its whole
// result into memory at its first FETCH or MOVE and moves over it in any
// direction; other cursors only go forward (docs/sql.md "Cursors").
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

// FETCH / MOVE directions after PostgreSQL's (FETCH NEXT is kForward 1,
// PRIOR kBackward 1, FIRST kAbsolute 1, LAST kAbsolute -1, ALL kAll).
enum class FetchDirection { kForward, kBackward, kAbsolute, kRelative };

struct FetchRequest {
  static constexpr int64_t kAll = INT64_MAX;
  FetchDirection direction = FetchDirection::kForward;
  // kForward / kBackward: rows (>= 0, kAll); kAbsolute / kRelative: signed.
  int64_t count = 1;
  bool move = false;  // MOVE: position only, no rows sent
};

// How a cursor was declared to scroll (PostgreSQL's CURSOR_OPT_SCROLL /
// CURSOR_OPT_NO_SCROLL / neither).
enum class CursorScroll { kDefault, kScroll, kNoScroll };

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
                 int depth = 0, CursorScroll scroll = CursorScroll::kDefault);
  // The cursor's result columns; 34000 when there is no such cursor.
  Result<std::span<const ResultColumn>> Columns(std::string_view name) const;
  // FETCH sends the rows `request` selects in `formats` (empty: the
  // cursor's default, text or BINARY); MOVE only moves. Returns how many
  // rows were fetched or moved over, as PostgreSQL's FETCH n / MOVE n tags.
  // Cursors without SCROLL go forward only: other directions are 55000
  // for NO SCROLL cursors that would have to go back (as PostgreSQL), 0A000
  // otherwise.
  Result<int64_t> Fetch(std::string_view name, const FetchRequest& request, std::span<const int16_t> formats,
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
  using CursorMap = std::map<std::string, std::unique_ptr<Cursor>, std::less<>>;
  Result<int64_t> ForwardFetch(CursorMap::iterator it, const FetchRequest& request, std::span<const int16_t> formats,
                               ResultSink& sink);
  Status Materialize(Cursor& cursor);
  Status SendRows(Cursor& cursor, int64_t first, int64_t last, std::span<const int16_t> formats, ResultSink& sink);
  Result<int64_t> ScrollFetch(Cursor& cursor, const FetchRequest& request, std::span<const int16_t> formats,
                              ResultSink& sink);
  CursorMap cursors_;
};

}  // namespace augur::sql
