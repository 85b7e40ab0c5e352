// LimitWithTiesOperator: FETCH FIRST n ROWS WITH TIES (see operators.h).
// Rows stream through with a selection vector; only the tie key of the last
// row passed within the limit is kept (normalized key bytes, so equal SQL
// values such as 1.0 and 1.00 are peers).
#include "exec/expression_executor.h"
#include "exec/kernels.h"
#include "exec/operators.h"

namespace augur::exec {

LimitWithTiesOperator::LimitWithTiesOperator(OperatorPtr child, ExprPtr limit, ExprPtr offset,
                                             std::vector<int> tie_columns)
    : PhysicalOperator(child->output_types()),
      child_(std::move(child)),
      limit_expr_(std::move(limit)),
      offset_expr_(std::move(offset)),
      tie_columns_(std::move(tie_columns)) {}

LimitWithTiesOperator::~LimitWithTiesOperator() = default;

Status LimitWithTiesOperator::Open(ExecContext& context) {
  produced_ = 0;
  skipped_ = 0;
  offset_ = 0;
  done_ = false;
  last_key_.clear();
  ASSIGN_OR_RETURN(types::Value limit, EvaluateConstant(*limit_expr_, &context));
  if (limit.is_null()) return Status::Error("2201W", "row count cannot be null in FETCH FIRST ... WITH TIES clause");
  limit_ = limit.AsInt64();
  if (limit_ < 0) return Status::Error("2201W", "LIMIT must not be negative");
  if (offset_expr_) {
    ASSIGN_OR_RETURN(types::Value offset, EvaluateConstant(*offset_expr_, &context));
    if (!offset.is_null()) offset_ = offset.AsInt64();
    if (offset_ < 0) return Status::Error("2201X", "OFFSET must not be negative");
  }
  return child_->Open(context);
}

Result<bool> LimitWithTiesOperator::Next(DataChunk& out) {
  std::string key;
  while (!done_) {
    if (limit_ == 0) {
      done_ = true;
      break;
    }
    ASSIGN_OR_RETURN(bool more, child_->Next(out));
    if (!more) {
      done_ = true;
      break;
    }
    uint32_t n = 0;
    for (uint32_t i = 0; i < out.count(); i++) {
      uint32_t r = out.RowIndex(i);
      if (skipped_ < offset_) {
        skipped_++;
        continue;
      }
      if (produced_ < limit_) {
        sel_[n++] = r;
        if (++produced_ == limit_) {
          last_key_.clear();
          for (int c : tie_columns_) internal::AppendKeyBytes(out.column(c), r, last_key_);
        }
        continue;
      }
      key.clear();
      for (int c : tie_columns_) internal::AppendKeyBytes(out.column(c), r, key);
      if (key != last_key_) {
        done_ = true;
        break;
      }
      sel_[n++] = r;
    }
    if (n == 0) continue;
    out.SetSelection(sel_.data(), n);
    return true;
  }
  out.SetSize(0);
  out.ClearSelection();
  return false;
}

void LimitWithTiesOperator::Close() { child_->Close(); }

std::string LimitWithTiesOperator::ExplainText() const { return "Limit (with ties)"; }

}  // namespace augur::exec
