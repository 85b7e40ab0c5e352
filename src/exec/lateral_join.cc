// LateralJoinOperator: FROM a, LATERAL (SELECT ... a.x ...) and
// a LEFT JOIN LATERAL (...) ON ... (see operators.h).
//
// The left side streams chunk by chunk; the outer values are evaluated once
// per left chunk (vectorized). For each left row the right plan is re-opened
// with that row's values in its parameter slots, and its chunks are joined
// to the row: the left row is broadcast with AppendFrom over a repeated
// position, the right rows are gathered, and the predicate is evaluated over
// the combined rows in one call; failing rows are left out of the output
// selection. Rows accumulate into one output chunk of up to kVectorSize.
#include "exec/expression_executor.h"
#include "exec/operators.h"

namespace augur::exec {

struct LateralJoinOperator::State {
  ExecContext* context = nullptr;
  std::vector<ExpressionExecutor> value_exec;
  std::vector<Vector> values;
  std::unique_ptr<ExpressionExecutor> predicate;
  Vector predicate_result;
  DataChunk left_chunk;
  uint32_t left_pos = 0;
  bool left_done = false;
  bool right_open = false;
  bool matched = false;
  DataChunk right_chunk;
  uint32_t right_pos = 0;
  DataChunk out;
  SelectionVector out_sel;
  SelectionVector repeat;   // the current left row's position, repeated
  SelectionVector gather;   // right rows' physical positions
  SelectionVector pending;  // positions of the rows just appended
};

LateralJoinOperator::LateralJoinOperator(JoinType type, OperatorPtr left, OperatorPtr right,
                                         std::vector<ExprPtr> outer_values, std::vector<int> outer_slots,
                                         ExprPtr predicate)
    : PhysicalOperator(JoinOutputTypes(JoinType::kInner, left->output_types(), right->output_types())),
      type_(type),
      left_(std::move(left)),
      right_(std::move(right)),
      outer_values_(std::move(outer_values)),
      outer_slots_(std::move(outer_slots)),
      predicate_(std::move(predicate)) {}

LateralJoinOperator::~LateralJoinOperator() { Close(); }

Status LateralJoinOperator::Open(ExecContext& context) {
  Close();
  state_ = std::make_unique<State>();
  State& s = *state_;
  s.context = &context;
  for (const auto& v : outer_values_) {
    s.value_exec.emplace_back(*v, &context);
    s.values.emplace_back(v->type);
  }
  if (predicate_) {
    s.predicate = std::make_unique<ExpressionExecutor>(*predicate_, &context);
    s.predicate_result = Vector(types::SqlType::Of(types::kBoolOid));
  }
  s.out.Initialize(output_types_);
  s.left_chunk.Initialize(left_->output_types());
  return left_->Open(context);
}

Result<bool> LateralJoinOperator::Next(DataChunk& out) {
  State& s = *state_;
  const size_t left_width = left_->output_types().size();
  const size_t width = output_types_.size();
  while (true) {
    RETURN_IF_ERROR(s.context->CheckCancel());
    s.out.Reset();
    uint32_t n = 0;         // physical rows in s.out
    uint32_t selected = 0;  // rows of s.out that are output
    while (n < kVectorSize) {
      if (!s.right_open) {
        if (s.left_done) break;
        if (s.left_pos >= s.left_chunk.count()) {
          ASSIGN_OR_RETURN(bool more, left_->Next(s.left_chunk));
          if (!more) {
            s.left_done = true;
            break;
          }
          s.left_pos = 0;
          for (size_t i = 0; i < s.value_exec.size(); i++) {
            RETURN_IF_ERROR(s.value_exec[i].Execute(s.left_chunk, s.values[i]));
          }
          continue;
        }
        uint32_t r = s.left_chunk.RowIndex(s.left_pos);
        for (size_t i = 0; i < outer_slots_.size(); i++) {
          size_t slot = static_cast<size_t>(outer_slots_[i]);
          if (s.context->parameters.size() <= slot) s.context->parameters.resize(slot + 1);
          s.context->parameters[slot] = s.values[i].GetValue(r);
        }
        RETURN_IF_ERROR(right_->Open(*s.context));
        s.right_open = true;
        s.matched = false;
        s.right_chunk.SetSize(0);
        s.right_chunk.ClearSelection();
        s.right_pos = 0;
      }
      uint32_t left_row = s.left_chunk.RowIndex(s.left_pos);
      if (s.right_pos >= s.right_chunk.count()) {
        ASSIGN_OR_RETURN(bool more, right_->Next(s.right_chunk));
        if (!more) {
          right_->Close();
          s.right_open = false;
          s.left_pos++;
          if (type_ == JoinType::kLeft && !s.matched) {
            for (size_t c = 0; c < left_width; c++) s.out.column(c).AppendFrom(s.left_chunk.column(c), &left_row, 1, n);
            for (size_t c = left_width; c < width; c++) s.out.column(c).SetNull(n);
            s.out_sel[selected++] = n;
            n++;
          }
          continue;
        }
        s.right_pos = 0;
        continue;
      }
      uint32_t m = std::min(s.right_chunk.count() - s.right_pos, kVectorSize - n);
      for (uint32_t k = 0; k < m; k++) {
        s.repeat[k] = left_row;
        s.gather[k] = s.right_chunk.RowIndex(s.right_pos + k);
        s.pending[k] = n + k;
      }
      for (size_t c = 0; c < left_width; c++) s.out.column(c).AppendFrom(s.left_chunk.column(c), s.repeat.data(), m, n);
      for (size_t c = left_width; c < width; c++) {
        s.out.column(c).AppendFrom(s.right_chunk.column(c - left_width), s.gather.data(), m, n);
      }
      s.right_pos += m;
      s.out.SetSize(n + m);
      const uint32_t before = selected;
      if (s.predicate) {
        RETURN_IF_ERROR(s.predicate->Execute(s.out, s.pending.data(), m, s.predicate_result));
        const bool* v = s.predicate_result.values<bool>();
        for (uint32_t k = 0; k < m; k++) {
          uint32_t p = s.pending[k];
          if (s.predicate_result.IsValid(p) && v[p]) s.out_sel[selected++] = p;
        }
      } else {
        for (uint32_t k = 0; k < m; k++) s.out_sel[selected++] = n + k;
      }
      if (selected > before) s.matched = true;
      n += m;
    }
    if (n == 0 && s.left_done) return false;
    if (selected == 0) continue;
    s.out.SetSize(n);
    s.out.SetSelection(s.out_sel.data(), selected);
    out.Reference(s.out);
    return true;
  }
}

void LateralJoinOperator::Close() {
  if (!state_) return;
  if (state_->right_open) right_->Close();
  left_->Close();
  state_.reset();
}

std::string LateralJoinOperator::ExplainText() const {
  std::string s = std::string("Nested Loop (lateral, ") + std::string(JoinTypeName(type_)) + ")";
  if (predicate_) s += " filter: " + predicate_->ToString();
  return s;
}

}  // namespace augur::exec
