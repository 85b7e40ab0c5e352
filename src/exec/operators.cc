// Simple operators: source adapter, VALUES, filter, projection, limit,
// UNION ALL, plus EXPLAIN text and CollectRows. Joins are in join.cc,
// aggregation/distinct/set operations in hash_aggregate.cc, sort in sort.cc.
#include "exec/operators.h"

#include <cassert>

#include "exec/expression_executor.h"
#include "exec/kernels.h"

namespace augur::exec {

std::string PhysicalOperator::Explain() const {
  std::string out;
  struct Walker {
    static void Walk(const PhysicalOperator& op, int depth, std::string& out) {
      if (depth > 0) out += std::string(static_cast<size_t>(depth - 1) * 6 + 2, ' ') + "->  ";
      out += op.ExplainText();
      out += "\n";
      for (const auto* c : op.children()) Walk(*c, depth + 1, out);
    }
  };
  Walker::Walk(*this, 0, out);
  return out;
}

namespace {
// Drops a chunk's references to other chunks' storage (what out.Reference()
// left in it), keeping its column array for the next Reference().
void ReleaseReferences(DataChunk& chunk) {
  for (Vector& column : chunk.columns()) column = Vector();
  chunk.SetSize(0);
  chunk.ClearSelection();
}
}  // namespace

// ---- SourceOperator ----

SourceOperator::SourceOperator(std::unique_ptr<ChunkSource> source)
    : PhysicalOperator(source->types()), source_(std::move(source)) {}

Status SourceOperator::Open(ExecContext& context) {
  context_ = &context;
  chunk_.Initialize(output_types_);
  return source_->Open(context);
}

Result<bool> SourceOperator::Next(DataChunk& out) {
  // The previous chunk returned is no longer valid: drop the caller's
  // references to chunk_'s storage so Reset() can reuse it instead of
  // allocating (and zeroing) fresh arrays for every call.
  ReleaseReferences(out);
  while (true) {
    RETURN_IF_ERROR(context_->CheckCancel());
    chunk_.Reset();
    ASSIGN_OR_RETURN(bool more, source_->Fill(chunk_));
    if (!more) return false;
    if (chunk_.count() == 0) continue;
    out.Reference(chunk_);
    return true;
  }
}

void SourceOperator::Close() { source_->Close(); }
std::string SourceOperator::ExplainText() const { return source_->ExplainText(); }

// ---- ValuesOperator ----

ValuesOperator::ValuesOperator(std::vector<types::SqlType> types, std::vector<std::vector<ExprPtr>> rows)
    : PhysicalOperator(std::move(types)), rows_(std::move(rows)) {}

Status ValuesOperator::Open(ExecContext& context) {
  context_ = &context;
  chunks_.clear();
  next_chunk_ = 0;
  if (cells_.empty()) {
    for (const auto& row : rows_) {
      for (const auto& cell : row) cells_.emplace_back(*cell);
    }
  }
  std::vector<types::Value> row_values;
  size_t cell = 0;
  for (const auto& row : rows_) {
    if (chunks_.empty() || chunks_.back().size() == kVectorSize) chunks_.emplace_back(output_types_);
    row_values.clear();
    for (size_t c = 0; c < row.size(); c++) {
      ASSIGN_OR_RETURN(types::Value v, cells_[cell++].Evaluate(&context));
      row_values.push_back(std::move(v));
    }
    DataChunk& chunk = chunks_.back();
    if (output_types_.empty()) {
      chunk.SetSize(chunk.size() + 1);  // zero-column row (SELECT without FROM)
    } else {
      chunk.AppendRow(row_values);
    }
  }
  return Status::Ok();
}

Result<bool> ValuesOperator::Next(DataChunk& out) {
  RETURN_IF_ERROR(context_->CheckCancel());
  while (next_chunk_ < chunks_.size()) {
    DataChunk& chunk = chunks_[next_chunk_++];
    if (chunk.size() == 0) continue;
    out.Reference(chunk);
    return true;
  }
  return false;
}

std::string ValuesOperator::ExplainText() const {
  if (output_types_.empty()) return "Result";
  return "Values Scan (" + std::to_string(rows_.size()) + " rows)";
}

// ---- FilterOperator ----

struct FilterOperator::State {
  ExecContext* context;
  ExpressionExecutor predicate;
  DataChunk input;
  SelectionVector sel;
};

FilterOperator::FilterOperator(OperatorPtr child, ExprPtr predicate)
    : PhysicalOperator(child->output_types()), child_(std::move(child)), predicate_(std::move(predicate)) {}

FilterOperator::~FilterOperator() = default;

Status FilterOperator::Open(ExecContext& context) {
  if (state_ != nullptr && state_->context == &context) {
    // Next execution of a cached plan: reuse the executor (see Projection).
    state_->predicate.ResetForExecution();
    ReleaseReferences(state_->input);
  } else {
    state_.reset(new State{&context, ExpressionExecutor(*predicate_, &context), DataChunk(), SelectionVector()});
  }
  return child_->Open(context);
}

Result<bool> FilterOperator::Next(DataChunk& out) {
  State& s = *state_;
  while (true) {
    ASSIGN_OR_RETURN(bool more, child_->Next(s.input));
    if (!more) return false;
    RETURN_IF_ERROR(s.context->CheckCancel());
    ASSIGN_OR_RETURN(uint32_t n, s.predicate.Select(s.input, s.sel.data()));
    if (n == 0) continue;
    out.Reference(s.input);
    out.SetSelection(s.sel.data(), n);
    return true;
  }
}

std::string FilterOperator::ExplainText() const { return "Filter: " + predicate_->ToString(); }

// ---- ProjectionOperator ----

namespace {
std::vector<types::SqlType> ExprTypes(const std::vector<ExprPtr>& exprs) {
  std::vector<types::SqlType> types;
  for (const auto& e : exprs) types.push_back(e->type);
  return types;
}
}  // namespace

struct ProjectionOperator::State {
  ExecContext* context;
  std::vector<ExpressionExecutor> executors;
  DataChunk input;
  DataChunk output;
};

ProjectionOperator::ProjectionOperator(OperatorPtr child, std::vector<ExprPtr> exprs)
    : PhysicalOperator(ExprTypes(exprs)), child_(std::move(child)), exprs_(std::move(exprs)) {}

ProjectionOperator::~ProjectionOperator() = default;

Status ProjectionOperator::Open(ExecContext& context) {
  if (state_ != nullptr && state_->context == &context) {
    // Opened again for the next execution of a cached plan: keep the
    // executors and chunks (rebuilding them costs more than a point lookup).
    // The output chunk needs no re-initialization: Next() gives computed
    // columns private storage (evaluation) and references the input's for
    // column references.
    for (auto& executor : state_->executors) executor.ResetForExecution();
    ReleaseReferences(state_->input);  // drop references into the child's chunks
  } else {
    state_ = std::make_unique<State>();
    state_->context = &context;
    for (const auto& e : exprs_) state_->executors.emplace_back(*e, &context);
    state_->output.Initialize(output_types_);
  }
  return child_->Open(context);
}

Result<bool> ProjectionOperator::Next(DataChunk& out) {
  State& s = *state_;
  // The previous chunk returned is no longer valid: drop the references to
  // it and, through output columns that are plain column references, to the
  // child's chunk, so the child (and our computed columns) can reuse their
  // storage instead of allocating fresh arrays.
  ReleaseReferences(out);
  if (s.output.column_count() == exprs_.size()) {
    for (size_t i = 0; i < exprs_.size(); i++) {
      if (exprs_[i]->kind == ExprKind::kColumnRef) s.output.column(i) = Vector();
    }
  }
  ASSIGN_OR_RETURN(bool more, child_->Next(s.input));
  if (!more) return false;
  RETURN_IF_ERROR(s.context->CheckCancel());
  for (size_t i = 0; i < s.executors.size(); i++) {
    RETURN_IF_ERROR(s.executors[i].Execute(s.input, s.output.column(i)));
  }
  s.output.SetSize(s.input.size());
  if (s.input.has_selection()) {
    s.output.SetSelection(s.input.selection(), s.input.count());
  } else {
    s.output.ClearSelection();
  }
  out.Reference(s.output);
  return true;
}

std::string ProjectionOperator::ExplainText() const {
  std::string s = "Project: ";
  for (size_t i = 0; i < exprs_.size(); i++) {
    if (i) s += ", ";
    s += exprs_[i]->ToString();
  }
  return s;
}

// ---- LimitOperator ----

LimitOperator::LimitOperator(OperatorPtr child, std::optional<int64_t> limit, int64_t offset)
    : PhysicalOperator(child->output_types()), child_(std::move(child)), limit_(limit), offset_(offset) {}

Status LimitOperator::Open(ExecContext& context) {
  skipped_ = 0;
  produced_ = 0;
  return child_->Open(context);
}

Result<bool> LimitOperator::Next(DataChunk& out) {
  while (true) {
    if (limit_ && produced_ >= *limit_) return false;
    ASSIGN_OR_RETURN(bool more, child_->Next(out));
    if (!more) return false;
    uint32_t count = out.count();
    uint32_t begin = 0;
    if (skipped_ < offset_) {
      int64_t skip = std::min<int64_t>(offset_ - skipped_, count);
      skipped_ += skip;
      begin = static_cast<uint32_t>(skip);
    }
    uint32_t end = count;
    if (limit_) end = static_cast<uint32_t>(std::min<int64_t>(count, begin + (*limit_ - produced_)));
    if (end <= begin) continue;
    if (begin != 0 || end != count) {
      for (uint32_t i = begin; i < end; i++) sel_[i - begin] = out.RowIndex(i);
      out.SetSelection(sel_.data(), end - begin);
    }
    produced_ += end - begin;
    return true;
  }
}

std::string LimitOperator::ExplainText() const {
  std::string s = "Limit";
  if (limit_) s += " " + std::to_string(*limit_);
  if (offset_) s += " offset " + std::to_string(offset_);
  return s;
}

// ---- UnionAllOperator ----

UnionAllOperator::UnionAllOperator(std::vector<OperatorPtr> inputs)
    : PhysicalOperator(inputs.front()->output_types()), inputs_(std::move(inputs)) {}

Status UnionAllOperator::Open(ExecContext& context) {
  context_ = &context;
  current_ = 0;
  for (auto& in : inputs_) RETURN_IF_ERROR(in->Open(context));
  return Status::Ok();
}

Result<bool> UnionAllOperator::Next(DataChunk& out) {
  while (current_ < inputs_.size()) {
    ASSIGN_OR_RETURN(bool more, inputs_[current_]->Next(out));
    if (more) return true;
    current_++;
  }
  return false;
}

void UnionAllOperator::Close() {
  for (auto& in : inputs_) in->Close();
}

std::string UnionAllOperator::ExplainText() const { return "Append"; }

std::vector<const PhysicalOperator*> UnionAllOperator::children() const {
  std::vector<const PhysicalOperator*> out;
  for (const auto& in : inputs_) out.push_back(in.get());
  return out;
}

// ---- Helpers ----

Result<std::vector<std::vector<types::Value>>> CollectRows(PhysicalOperator& plan, ExecContext& context) {
  std::vector<std::vector<types::Value>> rows;
  RETURN_IF_ERROR(plan.Open(context));
  DataChunk chunk;
  while (true) {
    ASSIGN_OR_RETURN(bool more, plan.Next(chunk));
    if (!more) break;
    for (uint32_t i = 0; i < chunk.count(); i++) {
      std::vector<types::Value> row;
      for (size_t c = 0; c < chunk.column_count(); c++) row.push_back(chunk.GetValue(c, i));
      rows.push_back(std::move(row));
    }
  }
  plan.Close();
  return rows;
}

std::string_view JoinTypeName(JoinType type) {
  switch (type) {
    case JoinType::kInner: return "Inner";
    case JoinType::kLeft: return "Left";
    case JoinType::kRight: return "Right";
    case JoinType::kFull: return "Full";
    case JoinType::kSemi: return "Semi";
    case JoinType::kAnti: return "Anti";
    case JoinType::kAntiNullAware: return "Anti (null-aware)";
  }
  return "?";
}

std::vector<types::SqlType> JoinOutputTypes(JoinType type, const std::vector<types::SqlType>& left,
                                            const std::vector<types::SqlType>& right) {
  std::vector<types::SqlType> out = left;
  if (type == JoinType::kSemi || type == JoinType::kAnti || type == JoinType::kAntiNullAware) return out;
  out.insert(out.end(), right.begin(), right.end());
  return out;
}

}  // namespace augur::exec
