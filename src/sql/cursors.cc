#include "sql/cursors.h"

#include <algorithm>
#include <vector>

#include "exec/result_encoder.h"

namespace augur::sql {

namespace {

Status NoSuchCursor(std::string_view name) {
  return Status::Error(sqlstate::kInvalidCursorName, "cursor \"" + std::string(name) + "\" does not exist");
}

// The rows of a held cursor, as chunks read back in order.
class HeldRows final : public exec::PhysicalOperator {
 public:
  HeldRows(std::vector<types::SqlType> types, std::vector<exec::DataChunk> chunks)
      : PhysicalOperator(std::move(types)), chunks_(std::move(chunks)) {}
  Status Open(exec::ExecContext&) override {
    next_ = 0;
    return Status::Ok();
  }
  Result<bool> Next(exec::DataChunk& out) override {
    if (next_ >= chunks_.size()) return false;
    out.Reference(chunks_[next_++]);
    return true;
  }
  std::string ExplainText() const override { return "Held Cursor Rows"; }

 private:
  std::vector<exec::DataChunk> chunks_;
  size_t next_ = 0;
};

}  // namespace

struct CursorSet::Cursor {
  std::unique_ptr<BoundStatement> query;
  std::unique_ptr<exec::QueryRunner> runner;
  bool hold = false;
  bool in_transaction = true;  // declared in the transaction now running
  int depth = 0;               // savepoints active when declared (or released to)
  // Held past the transaction that declared it: `runner` reads `held`.
  std::unique_ptr<HeldRows> held;
  std::vector<int16_t> default_formats;
  bool binary = false;
  bool on_row = false;  // positioned on the row fetched last (not before the first / after the last)
  Status deferred;      // an error of reading ahead at DECLARE, reported by the first FETCH/MOVE
  bool moved = false;   // a FETCH or MOVE ran (PostgreSQL's portal is no longer at its start)
  CursorScroll scroll = CursorScroll::kDefault;
  // SCROLL cursors, from their first FETCH or MOVE: every row, in compact
  // chunks; `row_ends[i]` is the number of rows in chunks 0..i. `position`
  // is 0 before the first row, 1..n on a row, n + 1 after the last.
  bool materialized = false;
  std::vector<types::SqlType> types;
  std::vector<exec::DataChunk> rows;
  std::vector<int64_t> row_ends;
  int64_t position = 0;
  int64_t row_count() const { return row_ends.empty() ? 0 : row_ends.back(); }
  ~Cursor() {
    runner.reset();
    if (query && query->plan) query->plan->Close();
  }
};

CursorSet::CursorSet() = default;
CursorSet::~CursorSet() = default;

Status CursorSet::Declare(const std::string& name, std::unique_ptr<BoundStatement> query, bool binary, bool hold,
                          int depth, CursorScroll scroll) {
  if (cursors_.count(name) != 0) {
    return Status::Error(sqlstate::kDuplicateCursor, "cursor \"" + name + "\" already exists");
  }
  auto cursor = std::make_unique<Cursor>();
  cursor->binary = binary;
  cursor->hold = hold;
  cursor->depth = depth;
  cursor->scroll = scroll;
  cursor->default_formats.assign(query->columns.size(), binary ? kBinaryFormat : kTextFormat);
  cursor->query = std::move(query);
  cursor->runner =
      std::make_unique<exec::QueryRunner>(*cursor->query->plan, cursor->query->context, cursor->default_formats);
  // PostgreSQL runs nothing at DECLARE: an error computing the first rows
  // (division by zero, …) belongs to the first FETCH.
  cursor->deferred = cursor->runner->Prefetch();
  cursors_.emplace(name, std::move(cursor));
  return Status::Ok();
}

Result<std::span<const ResultColumn>> CursorSet::Columns(std::string_view name) const {
  auto it = cursors_.find(name);
  if (it == cursors_.end()) return NoSuchCursor(name);
  return std::span<const ResultColumn>(it->second->query->columns);
}

Result<bool> CursorSet::IsBinary(std::string_view name) const {
  auto it = cursors_.find(name);
  if (it == cursors_.end()) return NoSuchCursor(name);
  return it->second->binary;
}

// Reads every row of a SCROLL cursor into memory and closes its plan.
Status CursorSet::Materialize(Cursor& cursor) {
  cursor.types = cursor.query->plan->output_types();
  RETURN_IF_ERROR(cursor.runner->Drain(&cursor.rows));
  cursor.runner.reset();
  cursor.query->plan->Close();
  cursor.query->plan.reset();
  int64_t total = 0;
  for (const exec::DataChunk& chunk : cursor.rows) cursor.row_ends.push_back(total += chunk.count());
  cursor.materialized = true;
  return Status::Ok();
}

// Sends rows first..last (1-based, inclusive; last < first sends them
// backwards) of a materialized cursor.
Status CursorSet::SendRows(Cursor& cursor, int64_t first, int64_t last, std::span<const int16_t> formats,
                           ResultSink& sink) {
  const int64_t step = last >= first ? 1 : -1;
  std::vector<exec::DataChunk> out;
  std::vector<std::vector<uint32_t>> selections;  // owned for the run below
  size_t current_chunk = SIZE_MAX;
  for (int64_t row = first;; row += step) {
    const int64_t index = row - 1;
    size_t chunk = std::upper_bound(cursor.row_ends.begin(), cursor.row_ends.end(), index) - cursor.row_ends.begin();
    const int64_t chunk_start = chunk == 0 ? 0 : cursor.row_ends[chunk - 1];
    if (chunk != current_chunk) {
      out.emplace_back().Reference(cursor.rows[chunk]);
      selections.emplace_back();
      current_chunk = chunk;
    }
    selections.back().push_back(static_cast<uint32_t>(index - chunk_start));
    if (row == last) break;
  }
  for (size_t i = 0; i < out.size(); ++i) {
    out[i].SetSelection(selections[i].data(), static_cast<uint32_t>(selections[i].size()));
  }
  HeldRows rows(cursor.types, std::move(out));
  exec::QueryRunner runner(rows, cursor.query->context,
                           formats.empty() ? std::span<const int16_t>(cursor.default_formats) : formats);
  return runner.Run(sink, 0).status();
}

// PostgreSQL's DoPortalRunFetch over the materialized rows of a SCROLL cursor.
Result<int64_t> CursorSet::ScrollFetch(Cursor& cursor, const FetchRequest& request, std::span<const int16_t> formats,
                                       ResultSink& sink) {
  const int64_t n = cursor.row_count();
  int64_t& position = cursor.position;
  // One row (1..n) or none: FETCH ABSOLUTE / RELATIVE and their MOVEs.
  auto go_to = [&](int64_t target) -> Result<int64_t> {
    if (target < 1) {
      position = 0;
      return 0;
    }
    if (target > n) {
      position = n + 1;
      return 0;
    }
    position = target;
    if (!request.move) RETURN_IF_ERROR(SendRows(cursor, target, target, formats, sink));
    return 1;
  };
  switch (request.direction) {
    case FetchDirection::kAbsolute:
      if (request.count == 0) return go_to(0);
      return go_to(request.count > 0 ? request.count : n + 1 + request.count);
    case FetchDirection::kRelative:
      if (request.count == 0) return position >= 1 && position <= n ? go_to(position) : 0;
      // Saturating: past either end is the same as just past it.
      if (request.count > 0) return go_to(request.count > n + 1 - position ? n + 1 : position + request.count);
      return go_to(request.count < -position ? 0 : position + request.count);
    case FetchDirection::kForward:
    case FetchDirection::kBackward: {
      if (request.count == 0) return position >= 1 && position <= n ? go_to(position) : 0;
      const bool forward = request.direction == FetchDirection::kForward;
      // Rows there are to go over: after the position, or before it.
      const int64_t available = forward ? std::max<int64_t>(0, n - position) : std::max<int64_t>(0, position - 1);
      const int64_t rows = std::min(request.count, available);
      if (rows > 0 && !request.move) {
        RETURN_IF_ERROR(forward ? SendRows(cursor, position + 1, position + rows, formats, sink)
                                : SendRows(cursor, position - 1, position - rows, formats, sink));
      }
      if (rows < request.count) {
        position = forward ? n + 1 : 0;  // ran off the end
      } else {
        position += forward ? rows : -rows;
      }
      return rows;
    }
  }
  return 0;
}

Result<int64_t> CursorSet::Fetch(std::string_view name, const FetchRequest& request, std::span<const int16_t> formats,
                                 ResultSink& sink) {
  auto it = cursors_.find(name);
  if (it == cursors_.end()) return NoSuchCursor(name);
  Cursor& cursor = *it->second;
  if (!cursor.deferred.ok()) {
    Status error = std::move(cursor.deferred);
    cursors_.erase(it);
    return error;
  }
  if (cursor.scroll == CursorScroll::kScroll) {
    if (!cursor.materialized) {
      Status status = Materialize(cursor);
      if (!status.ok()) {
        cursors_.erase(it);
        return status;
      }
    }
    return ScrollFetch(cursor, request, formats, sink);
  }
  return ForwardFetch(it, request, formats, sink);
}

// A cursor without SCROLL: moves that only go forward run on its
// QueryRunner (ABSOLUTE / RELATIVE skip rows, then fetch one, as
// PostgreSQL's DoPortalRunFetch); one that would go back is 55000 for a NO
// SCROLL cursor, as PostgreSQL, and 0A000 otherwise (PostgreSQL would go
// back when the plan can).
Result<int64_t> CursorSet::ForwardFetch(CursorMap::iterator it, const FetchRequest& request,
                                        std::span<const int16_t> formats, ResultSink& sink) {
  Cursor& cursor = *it->second;
  const int64_t position = cursor.runner->rows_sent();  // rows passed so far
  const bool at_start = !cursor.moved;
  const bool at_end = cursor.moved && !cursor.on_row && cursor.runner->done();
  int64_t skip = 0;        // rows to pass first
  int64_t count = 1;       // then rows to fetch (kAll: all)
  bool goes_back = false;  // needs a backward move or a rewind
  switch (request.direction) {
    case FetchDirection::kForward:
    case FetchDirection::kBackward:
    case FetchDirection::kRelative:
      if (request.count == 0) {
        if (request.move) return cursor.on_row ? 1 : 0;  // MOVE 0 only reports
        if (!cursor.on_row) return 0;                    // no row to fetch again
        goes_back = true;                                // PostgreSQL backs up one row to fetch it again
      } else if (request.direction == FetchDirection::kForward) {
        count = request.count;
      } else if (request.direction == FetchDirection::kRelative && request.count > 0) {
        skip = request.count - 1;
      } else {
        goes_back = true;
      }
      break;
    case FetchDirection::kAbsolute:
      if (request.count > 0 && request.count > position + (at_end ? 1 : 0)) {
        skip = request.count - position - (at_end ? 1 : 0) - 1;
      } else if (request.count == 0 && at_start) {
        return 0;
      } else {
        goes_back = true;
      }
      break;
  }
  if (goes_back) {
    if (cursor.scroll == CursorScroll::kNoScroll) {
      return Status::Error("55000", "cursor can only scan forward")  // object_not_in_prerequisite_state
          .WithHint("Declare it with SCROLL option to enable backward scan.");
    }
    static constexpr std::string_view kNames[] = {"FORWARD", "BACKWARD", "ABSOLUTE", "RELATIVE"};
    return Status::NotSupported(std::string(request.move ? "MOVE " : "FETCH ") +
                                std::string(kNames[static_cast<int>(request.direction)]) +
                                " on a cursor declared without SCROLL");
  }
  cursor.moved = true;
  cursor.runner->set_formats(formats.empty() ? std::span<const int16_t>(cursor.default_formats) : formats);
  DiscardSink discard;
  // Runs up to `limit` more rows into `out`: how many it passed.
  auto run = [&](ResultSink& out, int64_t limit) -> Result<int64_t> {
    if (cursor.runner->done()) return 0;
    const int64_t before = cursor.runner->rows_sent();
    auto more = cursor.runner->Run(out, limit == FetchRequest::kAll ? 0 : limit);
    if (!more.ok()) return more.TakeStatus();
    return cursor.runner->rows_sent() - before;
  };
  Result<int64_t> rows = skip > 0 ? run(discard, skip) : Result<int64_t>(0);
  if (rows.ok()) {
    const bool skipped_all = *rows == skip;
    rows = skipped_all ? run(request.move ? static_cast<ResultSink&>(discard) : sink, count) : Result<int64_t>(0);
  }
  if (!rows.ok()) {
    // A failed cursor cannot go on (PostgreSQL marks its portal failed).
    cursors_.erase(it);
    return rows.TakeStatus();
  }
  cursor.on_row = count != FetchRequest::kAll && *rows == count;
  return *rows;
}

Status CursorSet::Close(std::string_view name) {
  auto it = cursors_.find(name);
  if (it == cursors_.end()) return NoSuchCursor(name);
  cursors_.erase(it);
  return Status::Ok();
}

void CursorSet::CloseAll() { cursors_.clear(); }

Status CursorSet::PersistHeld() {
  for (auto it = cursors_.begin(); it != cursors_.end(); ++it) {
    Cursor& cursor = *it->second;
    if (!cursor.hold || cursor.held != nullptr || cursor.materialized) continue;
    // An error of reading ahead at DECLARE is what persisting meets first.
    if (!cursor.deferred.ok()) return cursor.deferred;
    if (cursor.scroll == CursorScroll::kScroll) {
      RETURN_IF_ERROR(Materialize(cursor));
      continue;
    }
    std::vector<exec::DataChunk> rows;
    RETURN_IF_ERROR(cursor.runner->Drain(&rows));
    std::vector<int16_t> formats = cursor.default_formats;
    cursor.runner.reset();
    cursor.query->plan->Close();
    cursor.held = std::make_unique<HeldRows>(cursor.query->plan->output_types(), std::move(rows));
    cursor.query->plan.reset();  // it read through the ending transaction
    cursor.runner = std::make_unique<exec::QueryRunner>(*cursor.held, cursor.query->context, formats);
  }
  return Status::Ok();
}

void CursorSet::Released(int depth) {
  for (auto& [name, cursor] : cursors_) cursor->depth = std::min(cursor->depth, depth);
}

void CursorSet::RolledBackTo(int depth) {
  std::erase_if(cursors_,
                [depth](const auto& entry) { return entry.second->in_transaction && entry.second->depth > depth; });
}

void CursorSet::EndTransaction(bool committed) {
  std::erase_if(cursors_, [committed](const auto& entry) {
    const Cursor& cursor = *entry.second;
    return committed ? !cursor.hold : cursor.in_transaction;
  });
  for (auto& [name, cursor] : cursors_) {
    cursor->in_transaction = false;
    cursor->depth = 0;
  }
}

}  // namespace augur::sql
