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
  ~Cursor() {
    runner.reset();
    if (query && query->plan) query->plan->Close();
  }
};

CursorSet::CursorSet() = default;
CursorSet::~CursorSet() = default;

Status CursorSet::Declare(const std::string& name, std::unique_ptr<BoundStatement> query, bool binary, bool hold,
                          int depth) {
  if (cursors_.count(name) != 0) {
    return Status::Error(sqlstate::kDuplicateCursor, "cursor \"" + name + "\" already exists");
  }
  auto cursor = std::make_unique<Cursor>();
  cursor->binary = binary;
  cursor->hold = hold;
  cursor->depth = depth;
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

Result<int64_t> CursorSet::Fetch(std::string_view name, int64_t count, bool move, std::span<const int16_t> formats,
                                 ResultSink& sink) {
  auto it = cursors_.find(name);
  if (it == cursors_.end()) return NoSuchCursor(name);
  Cursor& cursor = *it->second;
  if (!cursor.deferred.ok()) {
    Status error = std::move(cursor.deferred);
    cursors_.erase(it);
    return error;
  }
  if (count == 0) return cursor.on_row ? 1 : 0;  // MOVE 0: stay on the current row
  if (cursor.runner->done()) {
    cursor.on_row = false;
    return 0;
  }
  cursor.runner->set_formats(formats.empty() ? std::span<const int16_t>(cursor.default_formats) : formats);
  const int64_t before = cursor.runner->rows_sent();
  DiscardSink discard;
  auto more = cursor.runner->Run(move ? static_cast<ResultSink&>(discard) : sink, count < 0 ? 0 : count);
  if (!more.ok()) {
    // A failed cursor cannot go on (PostgreSQL marks its portal failed).
    cursors_.erase(it);
    return more.TakeStatus();
  }
  const int64_t rows = cursor.runner->rows_sent() - before;
  cursor.on_row = count > 0 && rows == count;
  return rows;
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
    if (!cursor.hold || cursor.held != nullptr) continue;
    // An error of reading ahead at DECLARE is what persisting meets first.
    if (!cursor.deferred.ok()) return cursor.deferred;
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
