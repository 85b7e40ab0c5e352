// Test helpers for exec/ unit tests: building values from text, in-memory
// sources, running plans and rendering rows as text ("1|abc|NULL").
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "exec/exec.h"
#include "exec/kernels.h"
#include "types/text_io.h"

namespace augur::exec::testing {

inline types::SqlType T(uint32_t oid) { return types::SqlType::Of(oid); }
inline const types::SqlType kInt2 = T(types::kInt2Oid);
inline const types::SqlType kInt4 = T(types::kInt4Oid);
inline const types::SqlType kInt8 = T(types::kInt8Oid);
inline const types::SqlType kFloat4 = T(types::kFloat4Oid);
inline const types::SqlType kFloat8 = T(types::kFloat8Oid);
inline const types::SqlType kNumeric = T(types::kNumericOid);
inline const types::SqlType kText = T(types::kTextOid);
inline const types::SqlType kBool = T(types::kBoolOid);
inline const types::SqlType kDate = T(types::kDateOid);
inline const types::SqlType kTimestamp = T(types::kTimestampOid);
inline const types::SqlType kInterval = T(types::kIntervalOid);
inline const types::SqlType kUnknown = T(types::kUnknownOid);

// Value from its text form; "NULL" gives NULL.
inline types::Value V(const std::string& text, types::SqlType type) {
  if (text == "NULL") return types::Value::Null(type);
  auto v = types::ParseText(text, type);
  EXPECT_TRUE(v.ok()) << v.status().ToString() << " for " << text;
  return v.ok() ? *v : types::Value::Null(type);
}

// Rows given as text cells, one type per column.
using TextRows = std::vector<std::vector<std::string>>;

// A ChunkSource over fixed rows, emitting chunks of at most chunk_rows rows.
class RowsSource final : public ChunkSource {
 public:
  RowsSource(std::vector<types::SqlType> types, TextRows rows, uint32_t chunk_rows = kVectorSize)
      : types_(std::move(types)), rows_(std::move(rows)), chunk_rows_(chunk_rows) {}
  std::vector<types::SqlType> types() const override { return types_; }
  Status Open(ExecContext&) override {
    next_ = 0;
    opens_++;
    return Status::Ok();
  }
  Result<bool> Fill(DataChunk& out) override {
    if (next_ >= rows_.size()) return false;
    uint32_t n = 0;
    while (next_ < rows_.size() && n < chunk_rows_) {
      std::vector<types::Value> row;
      for (size_t c = 0; c < types_.size(); c++) row.push_back(V(rows_[next_][c], types_[c]));
      out.AppendRow(row);
      next_++;
      n++;
    }
    return true;
  }
  std::string ExplainText() const override { return "Rows Scan"; }
  int opens_ = 0;

 private:
  std::vector<types::SqlType> types_;
  TextRows rows_;
  uint32_t chunk_rows_;
  size_t next_ = 0;
};

inline OperatorPtr Scan(std::vector<types::SqlType> types, TextRows rows, uint32_t chunk_rows = kVectorSize) {
  return std::make_unique<SourceOperator>(std::make_unique<RowsSource>(std::move(types), std::move(rows), chunk_rows));
}

inline std::string RowText(const DataChunk& chunk, uint32_t i) {
  std::string s;
  uint32_t r = chunk.RowIndex(i);
  for (size_t c = 0; c < chunk.column_count(); c++) {
    if (c) s += "|";
    if (chunk.column(c).IsNull(r)) {
      s += "NULL";
    } else {
      Status st = internal::AppendText(chunk.column(c), r, s);
      EXPECT_TRUE(st.ok());
    }
  }
  return s;
}

// Runs the plan; returns rows as text or the error.
inline Result<std::vector<std::string>> RunPlan(PhysicalOperator& plan, ExecContext& context) {
  std::vector<std::string> out;
  RETURN_IF_ERROR(plan.Open(context));
  DataChunk chunk;
  while (true) {
    ASSIGN_OR_RETURN(bool more, plan.Next(chunk));
    if (!more) break;
    EXPECT_GT(chunk.count(), 0u);
    for (uint32_t i = 0; i < chunk.count(); i++) out.push_back(RowText(chunk, i));
  }
  plan.Close();
  return out;
}

inline std::vector<std::string> RunOk(PhysicalOperator& plan) {
  ExecContext context;
  auto rows = RunPlan(plan, context);
  EXPECT_TRUE(rows.ok()) << rows.status().ToString();
  return rows.ok() ? *rows : std::vector<std::string>{};
}

inline std::vector<std::string> Sorted(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  return v;
}

inline ExprPtr Col(int i, types::SqlType t) { return MakeColumnRef(i, t); }
inline ExprPtr Lit(const std::string& text, types::SqlType t) { return MakeConstant(V(text, t), t); }
// Untyped literal ('...' in SQL).
inline ExprPtr Unknown(const std::string& text) {
  return MakeConstant(types::Value::Bytes(kUnknown, text), kUnknown);
}
inline ExprPtr Null(types::SqlType t) { return MakeNullConstant(t); }

inline ExprPtr Op(const char* op, ExprPtr l, ExprPtr r) {
  auto e = MakeOperator(op, std::move(l), std::move(r));
  EXPECT_TRUE(e.ok()) << e.status().ToString();
  return e.ok() ? std::move(e).value() : nullptr;
}
inline const ScalarFunction* Equals(types::SqlType t) {
  auto r = FunctionRegistry::Global().ResolveOperator("=", &t, t);
  EXPECT_TRUE(r.ok());
  return r->function;
}

// Evaluates an expression over one empty row; returns its text or "NULL",
// or "ERROR <sqlstate>: message".
inline std::string Eval1(const Expr& e) {
  ExecContext context;
  auto v = EvaluateConstant(e, &context);
  if (!v.ok()) return "ERROR " + v.status().ToString();
  return internal::ValueText(*v);
}

}  // namespace augur::exec::testing
