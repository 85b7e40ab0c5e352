// MaterializeOperator: run once per execution, replay afterwards (see
// operators.h). The rows live in a RowCollection charged to the query's
// MemoryTracker; replay hands out its chunks by reference (no copy).
#include "exec/operators.h"
#include "exec/row_collection.h"

namespace augur::exec {

struct MaterializeOperator::State {
  internal::RowCollection rows;
  const ExecContext* filled_for = nullptr;
  uint64_t filled_execution = 0;
  size_t next_chunk = 0;
};

MaterializeOperator::MaterializeOperator(OperatorPtr child)
    : PhysicalOperator(child->output_types()), child_(std::move(child)), state_(std::make_unique<State>()) {}

MaterializeOperator::~MaterializeOperator() = default;

Status MaterializeOperator::Open(ExecContext& context) {
  State& s = *state_;
  s.next_chunk = 0;
  if (context.execution_id != 0 && s.filled_for == &context && s.filled_execution == context.execution_id) {
    return Status::Ok();
  }
  s.filled_for = nullptr;
  s.rows.Reset(output_types_, &context.memory);
  RETURN_IF_ERROR(child_->Open(context));
  DataChunk chunk;
  while (true) {
    RETURN_IF_ERROR(context.CheckCancel());
    ASSIGN_OR_RETURN(bool more, child_->Next(chunk));
    if (!more) break;
    RETURN_IF_ERROR(s.rows.AppendChunk(chunk));
  }
  child_->Close();
  s.filled_for = &context;
  s.filled_execution = context.execution_id;
  return Status::Ok();
}

Result<bool> MaterializeOperator::Next(DataChunk& out) {
  State& s = *state_;
  while (s.next_chunk < s.rows.chunk_count()) {
    const DataChunk& chunk = s.rows.chunk(s.next_chunk++);
    if (chunk.size() == 0) continue;
    out.Reference(chunk);
    return true;
  }
  return false;
}

void MaterializeOperator::Close() {}

}  // namespace augur::exec
