// MaterializeOperator: run once per execution, replay afterwards, possibly
// shared by several operators (see operators.h). The rows live in a RowCollection charged to the query's
// MemoryTracker; replay hands out its chunks by reference (no copy).
#include <algorithm>

#include "exec/operators.h"
#include "exec/row_collection.h"

namespace augur::exec {

struct Materialization {
  OperatorPtr child;
  internal::RowCollection rows;
  const ExecContext* filled_for = nullptr;
  uint64_t filled_execution = 0;
};

std::shared_ptr<Materialization> NewMaterialization(OperatorPtr child) {
  auto shared = std::make_shared<Materialization>();
  shared->child = std::move(child);
  return shared;
}

MaterializeOperator::MaterializeOperator(OperatorPtr child) : MaterializeOperator(NewMaterialization(std::move(child))) {}

MaterializeOperator::MaterializeOperator(std::shared_ptr<Materialization> shared)
    : PhysicalOperator(shared->child->output_types()), shared_(std::move(shared)) {}

MaterializeOperator::~MaterializeOperator() = default;

std::vector<const PhysicalOperator*> MaterializeOperator::children() const { return {shared_->child.get()}; }

Status MaterializeOperator::Open(ExecContext& context) {
  Materialization& s = *shared_;
  next_chunk_ = 0;
  if (context.execution_id != 0 && s.filled_for == &context && s.filled_execution == context.execution_id) {
    return Status::Ok();
  }
  s.filled_for = nullptr;
  s.rows.Reset(output_types_, &context.memory);
  RETURN_IF_ERROR(s.child->Open(context));
  DataChunk chunk;
  while (true) {
    RETURN_IF_ERROR(context.CheckCancel());
    ASSIGN_OR_RETURN(bool more, s.child->Next(chunk));
    if (!more) break;
    RETURN_IF_ERROR(s.rows.AppendChunk(chunk));
  }
  s.child->Close();
  s.filled_for = &context;
  s.filled_execution = context.execution_id;
  return Status::Ok();
}

Result<bool> MaterializeOperator::Next(DataChunk& out) {
  Materialization& s = *shared_;
  while (next_chunk_ < s.rows.chunk_count()) {
    const DataChunk& chunk = s.rows.chunk(next_chunk_++);
    if (chunk.size() == 0) continue;
    out.Reference(chunk);
    return true;
  }
  return false;
}

void MaterializeOperator::Close() {}

PrologueOperator::PrologueOperator(OperatorPtr child, std::vector<std::shared_ptr<Materialization>> first)
    : PhysicalOperator(child->output_types()), child_(std::move(child)), first_(std::move(first)) {}

Status PrologueOperator::Open(ExecContext& context) {
  // Without an execution id a Materialization re-runs its child at every
  // Open: a data-modifying query would write twice.
  if (context.execution_id == 0) return Status::Internal("data-modifying WITH query without an execution id");
  for (const auto& materialization : first_) {
    MaterializeOperator run(materialization);
    RETURN_IF_ERROR(run.Open(context));
    run.Close();
  }
  return child_->Open(context);
}

// EXPLAIN: the main plan, preceded by the data-modifying WITH queries it
// never reads (those it reads appear under their Materialize nodes).
std::vector<const PhysicalOperator*> PrologueOperator::children() const {
  std::vector<const PhysicalOperator*> pending = {child_.get()};
  std::vector<const PhysicalOperator*> shown;
  while (!pending.empty()) {
    const PhysicalOperator* op = pending.back();
    pending.pop_back();
    shown.push_back(op);
    for (const PhysicalOperator* c : op->children()) pending.push_back(c);
  }
  std::vector<const PhysicalOperator*> out;
  for (const auto& materialization : first_) {
    const PhysicalOperator* query = materialization->child.get();
    if (std::find(shown.begin(), shown.end(), query) == shown.end()) out.push_back(query);
  }
  out.push_back(child_.get());
  return out;
}

}  // namespace augur::exec
