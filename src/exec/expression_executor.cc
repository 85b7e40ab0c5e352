// ExpressionExecutor: vectorized evaluation of Expr trees. See
// expression_executor.h for the position/selection contract.
#include "exec/expression_executor.h"

#include <cassert>
#include <optional>

#include "exec/function_registry.h"
#include "exec/kernels.h"
#include "exec/operators.h"
#include "types/func_string.h"

namespace augur::exec {

using types::PhysicalKind;
using types::SqlType;

struct ExpressionExecutor::Node {
  const Expr* expr = nullptr;
  std::vector<std::unique_ptr<Node>> children;
  std::vector<Vector> results;  // one per child
  std::vector<std::unique_ptr<Node>> outer_children;  // subquery outer values
  std::vector<Vector> outer_results;
  SelectionVector sel_a, sel_b, sel_c;
  Vector scratch_bool;           // comparisons inside IN / NULLIF / IS DISTINCT / ANY
  std::optional<types::LikePattern> like;  // constant pattern, compiled once
  // Uncorrelated subquery cache.
  bool has_subquery = false;  // this node or one below is a subquery (has a cache)
  bool cached = false;
  types::Value cached_value;
  std::vector<std::vector<types::Value>> cached_rows;
};

namespace {

constexpr SqlType kBoolType = SqlType::Of(types::kBoolOid);

std::unique_ptr<ExpressionExecutor::Node> Build(const Expr& e);

}  // namespace

// Node construction is done by a friend-less free function; Node is a
// private nested type, so give it a builder here.
namespace {

std::unique_ptr<ExpressionExecutor::Node> Build(const Expr& e) {
  auto n = std::make_unique<ExpressionExecutor::Node>();
  n->expr = &e;
  for (const auto& c : e.children) {
    n->children.push_back(Build(*c));
    n->results.emplace_back(c->type);
  }
  for (const auto& c : e.outer_values) {
    n->outer_children.push_back(Build(*c));
    n->outer_results.emplace_back(c->type);
  }
  if (e.kind == ExprKind::kInList || e.kind == ExprKind::kNullIf || e.kind == ExprKind::kIsDistinctFrom ||
      e.kind == ExprKind::kSubquery) {
    n->scratch_bool = Vector(kBoolType);
  }
  n->has_subquery = e.kind == ExprKind::kSubquery;
  for (const auto& c : n->children) n->has_subquery = n->has_subquery || c->has_subquery;
  for (const auto& c : n->outer_children) n->has_subquery = n->has_subquery || c->has_subquery;
  return n;
}

// Writes v[sel[i]] = value for every row.
void FillValue(const types::Value& value, const uint32_t* sel, uint32_t count, Vector& result) {
  if (count == 0) return;
  if (value.is_null()) {
    for (uint32_t i = 0; i < count; i++) result.SetNull(sel ? sel[i] : i);
    return;
  }
  uint32_t first = sel ? sel[0] : 0;
  result.SetValue(first, value);
  size_t width = ValueWidth(result.physical());
  char* base = result.values<char>();
  for (uint32_t i = 1; i < count; i++) {
    uint32_t r = sel ? sel[i] : i;
    std::memcpy(base + r * width, base + first * width, width);
    result.SetValid(r);
  }
}

// Copies rows sel[0..count) of src into dst at the same positions.
void CopyRows(const Vector& src, const uint32_t* sel, uint32_t count, Vector& dst) {
  if (src.physical() == PhysicalKind::kBytes) {
    // Values are views; keep the source heap alive instead of copying bytes.
    auto& mutable_src = const_cast<Vector&>(src);
    dst.heap().KeepAlive(mutable_src.shared_heap());
  }
  size_t width = ValueWidth(dst.physical());
  char* d = dst.values<char>();
  const char* s = src.values<char>();
  for (uint32_t i = 0; i < count; i++) {
    uint32_t r = sel ? sel[i] : i;
    if (src.IsValid(r)) {
      std::memcpy(d + r * width, s + r * width, width);
      dst.SetValid(r);
    } else {
      dst.SetNull(r);
    }
  }
}

Status CallKernel(const ScalarFunction* f, std::span<const Vector* const> inputs, const uint32_t* sel, uint32_t count,
                  Vector& result, ExecContext* context) {
  KernelCall call{inputs, sel, count, &result, context};
  return f->kernel(call);
}

// Computes f(a, b) into out (bool) for rows where both are non-NULL; those
// rows are written to both_valid (returns their count).
Result<uint32_t> CompareValidRows(const ScalarFunction* f, const Vector& a, const Vector& b, const uint32_t* sel,
                                  uint32_t count, uint32_t* both_valid, Vector& out) {
  uint32_t n = 0;
  for (uint32_t i = 0; i < count; i++) {
    uint32_t r = sel ? sel[i] : i;
    if (a.IsValid(r) && b.IsValid(r)) both_valid[n++] = r;
  }
  for (uint32_t i = 0; i < n; i++) out.SetValid(both_valid[i]);
  if (n > 0) {
    const Vector* inputs[2] = {&a, &b};
    RETURN_IF_ERROR(CallKernel(f, inputs, both_valid, n, out, nullptr));
  }
  return n;
}

}  // namespace

class ExpressionEvaluator {
 public:
  using Node = ExpressionExecutor::Node;
  explicit ExpressionEvaluator(ExecContext* context) : context_(context) {}

  Status Eval(Node& node, const DataChunk& in, const uint32_t* sel, uint32_t count, Vector& result);

 private:
  Status EvalChild(Node& node, size_t i, const DataChunk& in, const uint32_t* sel, uint32_t count) {
    return Eval(*node.children[i], in, sel, count, node.results[i]);
  }
  Status EvalFunction(Node& node, const DataChunk& in, const uint32_t* sel, uint32_t count, Vector& result);
  Status EvalAndOr(Node& node, bool is_and, const DataChunk& in, const uint32_t* sel, uint32_t count, Vector& result);
  Status EvalCase(Node& node, const DataChunk& in, const uint32_t* sel, uint32_t count, Vector& result);
  Status EvalCoalesce(Node& node, const DataChunk& in, const uint32_t* sel, uint32_t count, Vector& result);
  Status EvalInList(Node& node, const DataChunk& in, const uint32_t* sel, uint32_t count, Vector& result);
  Status EvalLike(Node& node, const DataChunk& in, const uint32_t* sel, uint32_t count, Vector& result);
  Status EvalGreatestLeast(Node& node, const DataChunk& in, const uint32_t* sel, uint32_t count, Vector& result);
  Status EvalSubquery(Node& node, const DataChunk& in, const uint32_t* sel, uint32_t count, Vector& result);

  ExecContext* context_;
};

Status ExpressionEvaluator::Eval(Node& node, const DataChunk& in, const uint32_t* sel, uint32_t count,
                                 Vector& result) {
  const Expr& e = *node.expr;
  if (e.kind == ExprKind::kColumnRef) {
    assert(e.index >= 0 && static_cast<size_t>(e.index) < in.column_count());
    result.Reference(in.column(e.index));
    return Status::Ok();
  }
  result.MakeWritable();
  if (count == 0) return Status::Ok();
  switch (e.kind) {
    case ExprKind::kColumnRef: break;
    case ExprKind::kConstant: FillValue(e.constant, sel, count, result); return Status::Ok();
    case ExprKind::kParameter: {
      if (context_ == nullptr || e.index < 0 || static_cast<size_t>(e.index) >= context_->parameters.size()) {
        return Status::Error(sqlstate::kUndefinedParameter, "there is no parameter $" + std::to_string(e.index + 1));
      }
      const types::Value& v = context_->parameters[e.index];
      if (!v.is_null() && v.type().oid != e.type.oid && types::PhysicalKindOf(v.type().oid) != result.physical()) {
        return Status::Internal("parameter $" + std::to_string(e.index + 1) + " has type " +
                                types::FormatType(v.type()) + ", expected " + types::FormatType(e.type));
      }
      FillValue(v, sel, count, result);
      return Status::Ok();
    }
    case ExprKind::kCast: {
      RETURN_IF_ERROR(EvalChild(node, 0, in, sel, count));
      Status s = internal::CastVector(node.results[0], sel, count, result, e.cast_context, context_);
      if (!s.ok() && e.location >= 0) s.SetPosition(e.location + 1);
      return s;
    }
    case ExprKind::kFunction: return EvalFunction(node, in, sel, count, result);
    case ExprKind::kAnd: return EvalAndOr(node, true, in, sel, count, result);
    case ExprKind::kOr: return EvalAndOr(node, false, in, sel, count, result);
    case ExprKind::kNot: {
      RETURN_IF_ERROR(EvalChild(node, 0, in, sel, count));
      const Vector& c = node.results[0];
      const bool* cv = c.values<bool>();
      bool* rv = result.values<bool>();
      for (uint32_t i = 0; i < count; i++) {
        uint32_t r = sel ? sel[i] : i;
        bool valid = c.IsValid(r);
        rv[r] = valid && !cv[r];  // NULL rows hold garbage bytes: never read them as bool
        result.SetValidity(r, valid);
      }
      return Status::Ok();
    }
    case ExprKind::kIsNull:
    case ExprKind::kIsNotNull: {
      RETURN_IF_ERROR(EvalChild(node, 0, in, sel, count));
      const Vector& c = node.results[0];
      bool want_null = e.kind == ExprKind::kIsNull;
      bool* rv = result.values<bool>();
      for (uint32_t i = 0; i < count; i++) {
        uint32_t r = sel ? sel[i] : i;
        rv[r] = c.IsNull(r) == want_null;
        result.SetValid(r);
      }
      return Status::Ok();
    }
    case ExprKind::kIsTrue:
    case ExprKind::kIsFalse: {
      RETURN_IF_ERROR(EvalChild(node, 0, in, sel, count));
      const Vector& c = node.results[0];
      const bool* cv = c.values<bool>();
      bool want = e.kind == ExprKind::kIsTrue;
      bool* rv = result.values<bool>();
      for (uint32_t i = 0; i < count; i++) {
        uint32_t r = sel ? sel[i] : i;
        bool is = c.IsValid(r) && cv[r] == want;
        rv[r] = e.negated ? !is : is;
        result.SetValid(r);
      }
      return Status::Ok();
    }
    case ExprKind::kIsDistinctFrom: {
      RETURN_IF_ERROR(EvalChild(node, 0, in, sel, count));
      RETURN_IF_ERROR(EvalChild(node, 1, in, sel, count));
      const Vector& a = node.results[0];
      const Vector& b = node.results[1];
      ASSIGN_OR_RETURN(uint32_t n, CompareValidRows(e.function, a, b, sel, count, node.sel_a.data(), node.scratch_bool));
      (void)n;
      const bool* eq = node.scratch_bool.values<bool>();
      bool* rv = result.values<bool>();
      for (uint32_t i = 0; i < count; i++) {
        uint32_t r = sel ? sel[i] : i;
        bool distinct;
        if (a.IsNull(r) || b.IsNull(r)) distinct = a.IsNull(r) != b.IsNull(r);
        else distinct = !eq[r];
        rv[r] = e.negated ? !distinct : distinct;
        result.SetValid(r);
      }
      return Status::Ok();
    }
    case ExprKind::kCase: return EvalCase(node, in, sel, count, result);
    case ExprKind::kCoalesce: return EvalCoalesce(node, in, sel, count, result);
    case ExprKind::kNullIf: {
      RETURN_IF_ERROR(EvalChild(node, 0, in, sel, count));
      RETURN_IF_ERROR(EvalChild(node, 1, in, sel, count));
      const Vector& a = node.results[0];
      ASSIGN_OR_RETURN(uint32_t n, CompareValidRows(e.function, a, node.results[1], sel, count, node.sel_a.data(),
                                                    node.scratch_bool));
      (void)n;
      CopyRows(a, sel, count, result);
      const bool* eq = node.scratch_bool.values<bool>();
      for (uint32_t i = 0; i < count; i++) {
        uint32_t r = sel ? sel[i] : i;
        if (a.IsValid(r) && node.results[1].IsValid(r) && eq[r]) result.SetNull(r);
      }
      return Status::Ok();
    }
    case ExprKind::kGreatest:
    case ExprKind::kLeast: return EvalGreatestLeast(node, in, sel, count, result);
    case ExprKind::kInList: return EvalInList(node, in, sel, count, result);
    case ExprKind::kLike: return EvalLike(node, in, sel, count, result);
    case ExprKind::kSubquery: return EvalSubquery(node, in, sel, count, result);
  }
  return Status::Internal("unknown expression kind");
}

Status ExpressionEvaluator::EvalFunction(Node& node, const DataChunk& in, const uint32_t* sel, uint32_t count,
                                         Vector& result) {
  const Expr& e = *node.expr;
  const Vector* inputs[16];
  std::vector<const Vector*> many;
  const Vector** args = inputs;
  if (node.children.size() > 16) {
    many.resize(node.children.size());
    args = many.data();
  }
  for (size_t i = 0; i < node.children.size(); i++) {
    RETURN_IF_ERROR(EvalChild(node, i, in, sel, count));
    args[i] = &node.results[i];
  }
  std::span<const Vector* const> arg_span(args, node.children.size());
  const uint32_t* call_sel = sel;
  uint32_t call_count = count;
  if (e.function->strict && !node.children.empty()) {
    // Remove rows with a NULL argument; they are NULL in the result.
    uint32_t* valid = node.sel_a.data();
    uint32_t n = 0;
    for (uint32_t i = 0; i < count; i++) {
      uint32_t r = sel ? sel[i] : i;
      bool ok = true;
      for (size_t a = 0; a < node.children.size(); a++) ok &= args[a]->IsValid(r);
      if (ok) {
        valid[n++] = r;
        result.SetValid(r);
      } else {
        result.SetNull(r);
      }
    }
    if (n == 0) return Status::Ok();
    if (n != count || sel != nullptr) {
      call_sel = valid;
      call_count = n;
    }
  } else {
    for (uint32_t i = 0; i < count; i++) result.SetValid(sel ? sel[i] : i);
  }
  Status s = CallKernel(e.function, arg_span, call_sel, call_count, result, context_);
  if (!s.ok() && e.location >= 0) s.SetPosition(e.location + 1);
  return s;
}

Status ExpressionEvaluator::EvalAndOr(Node& node, bool is_and, const DataChunk& in, const uint32_t* sel,
                                      uint32_t count, Vector& result) {
  bool* rv = result.values<bool>();
  uint32_t* remaining = node.sel_b.data();
  uint32_t* next = node.sel_c.data();
  uint32_t n = count;
  for (uint32_t i = 0; i < count; i++) {
    uint32_t r = sel ? sel[i] : i;
    remaining[i] = r;
    rv[r] = is_and;
    result.SetValid(r);
  }
  for (size_t c = 0; c < node.children.size() && n > 0; c++) {
    RETURN_IF_ERROR(EvalChild(node, c, in, remaining, n));
    const Vector& cv = node.results[c];
    const bool* v = cv.values<bool>();
    uint32_t m = 0;
    for (uint32_t i = 0; i < n; i++) {
      uint32_t r = remaining[i];
      if (cv.IsNull(r)) {
        result.SetNull(r);
        next[m++] = r;
      } else if (v[r] != is_and) {
        // Decided: FALSE for AND, TRUE for OR.
        rv[r] = !is_and;
        result.SetValid(r);
      } else {
        next[m++] = r;
      }
    }
    std::swap(remaining, next);
    n = m;
  }
  return Status::Ok();
}

Status ExpressionEvaluator::EvalCase(Node& node, const DataChunk& in, const uint32_t* sel, uint32_t count,
                                     Vector& result) {
  const Expr& e = *node.expr;
  // Remaining rows live in sel_b/sel_c alternately; matched rows in sel_a.
  uint32_t* remaining = node.sel_b.data();
  uint32_t* next = node.sel_c.data();
  uint32_t* matched = node.sel_a.data();
  uint32_t n = count;
  for (uint32_t i = 0; i < count; i++) remaining[i] = sel ? sel[i] : i;
  size_t pairs = (node.children.size() - (e.has_else ? 1 : 0)) / 2;
  for (size_t p = 0; p < pairs && n > 0; p++) {
    RETURN_IF_ERROR(EvalChild(node, 2 * p, in, remaining, n));
    const Vector& cond = node.results[2 * p];
    const bool* cv = cond.values<bool>();
    uint32_t m = 0, k = 0;
    for (uint32_t i = 0; i < n; i++) {
      uint32_t r = remaining[i];
      if (cond.IsValid(r) && cv[r]) matched[k++] = r;
      else next[m++] = r;
    }
    if (k > 0) {
      RETURN_IF_ERROR(EvalChild(node, 2 * p + 1, in, matched, k));
      CopyRows(node.results[2 * p + 1], matched, k, result);
    }
    std::swap(remaining, next);
    n = m;
  }
  if (n > 0) {
    if (e.has_else) {
      size_t last = node.children.size() - 1;
      RETURN_IF_ERROR(EvalChild(node, last, in, remaining, n));
      CopyRows(node.results[last], remaining, n, result);
    } else {
      for (uint32_t i = 0; i < n; i++) result.SetNull(remaining[i]);
    }
  }
  return Status::Ok();
}

Status ExpressionEvaluator::EvalCoalesce(Node& node, const DataChunk& in, const uint32_t* sel, uint32_t count,
                                         Vector& result) {
  uint32_t* remaining = node.sel_b.data();
  uint32_t* next = node.sel_c.data();
  uint32_t* found = node.sel_a.data();
  uint32_t n = count;
  for (uint32_t i = 0; i < count; i++) remaining[i] = sel ? sel[i] : i;
  for (size_t c = 0; c < node.children.size() && n > 0; c++) {
    RETURN_IF_ERROR(EvalChild(node, c, in, remaining, n));
    const Vector& v = node.results[c];
    uint32_t m = 0, k = 0;
    for (uint32_t i = 0; i < n; i++) {
      uint32_t r = remaining[i];
      if (v.IsValid(r)) found[k++] = r;
      else next[m++] = r;
    }
    CopyRows(v, found, k, result);
    std::swap(remaining, next);
    n = m;
  }
  for (uint32_t i = 0; i < n; i++) result.SetNull(remaining[i]);
  return Status::Ok();
}

Status ExpressionEvaluator::EvalGreatestLeast(Node& node, const DataChunk& in, const uint32_t* sel, uint32_t count,
                                              Vector& result) {
  const Expr& e = *node.expr;
  bool greatest = e.kind == ExprKind::kGreatest;
  internal::RowCompareFn cmp = internal::GetRowCompare(e.type);
  for (size_t c = 0; c < node.children.size(); c++) RETURN_IF_ERROR(EvalChild(node, c, in, sel, count));
  // Pick, per row, the index of the winning child, then copy.
  for (uint32_t i = 0; i < count; i++) {
    uint32_t r = sel ? sel[i] : i;
    int best = -1;
    for (size_t c = 0; c < node.children.size(); c++) {
      const Vector& v = node.results[c];
      if (v.IsNull(r)) continue;
      if (best < 0) {
        best = static_cast<int>(c);
        continue;
      }
      int k = cmp(v, r, node.results[best], r);
      if (greatest ? k > 0 : k < 0) best = static_cast<int>(c);
    }
    if (best < 0) {
      result.SetNull(r);
    } else {
      CopyRows(node.results[best], &r, 1, result);
    }
  }
  return Status::Ok();
}

Status ExpressionEvaluator::EvalInList(Node& node, const DataChunk& in, const uint32_t* sel, uint32_t count,
                                       Vector& result) {
  const Expr& e = *node.expr;
  RETURN_IF_ERROR(EvalChild(node, 0, in, sel, count));
  const Vector& needle = node.results[0];
  // result: TRUE when found; NULL when not found but a NULL was involved.
  bool* rv = result.values<bool>();
  uint32_t* pending = node.sel_b.data();
  uint32_t n = 0;
  for (uint32_t i = 0; i < count; i++) {
    uint32_t r = sel ? sel[i] : i;
    rv[r] = false;
    if (needle.IsNull(r)) {
      result.SetNull(r);
    } else {
      result.SetValid(r);
      pending[n++] = r;
    }
  }
  uint32_t* next = node.sel_c.data();
  for (size_t c = 1; c < node.children.size() && n > 0; c++) {
    RETURN_IF_ERROR(EvalChild(node, c, in, pending, n));
    const Vector& item = node.results[c];
    ASSIGN_OR_RETURN(uint32_t k, CompareValidRows(e.function, needle, item, pending, n, node.sel_a.data(),
                                                  node.scratch_bool));
    (void)k;
    const bool* eq = node.scratch_bool.values<bool>();
    uint32_t m = 0;
    for (uint32_t i = 0; i < n; i++) {
      uint32_t r = pending[i];
      if (item.IsNull(r)) {
        result.SetNull(r);
        next[m++] = r;
      } else if (eq[r]) {
        rv[r] = true;
        result.SetValid(r);
      } else {
        next[m++] = r;
      }
    }
    std::swap(pending, next);
    n = m;
  }
  if (e.negated) {
    for (uint32_t i = 0; i < count; i++) {
      uint32_t r = sel ? sel[i] : i;
      rv[r] = !rv[r];
    }
  }
  return Status::Ok();
}

Status ExpressionEvaluator::EvalLike(Node& node, const DataChunk& in, const uint32_t* sel, uint32_t count,
                                     Vector& result) {
  const Expr& e = *node.expr;
  bool constant_pattern = e.children[1]->kind == ExprKind::kConstant &&
                          (e.children.size() < 3 || e.children[2]->kind == ExprKind::kConstant);
  for (size_t c = 0; c < node.children.size(); c++) {
    if (c > 0 && constant_pattern) break;
    RETURN_IF_ERROR(EvalChild(node, c, in, sel, count));
  }
  const Vector& text = node.results[0];
  bool* rv = result.values<bool>();
  if (constant_pattern) {
    const types::Value& pattern = e.children[1]->constant;
    std::optional<types::Value> escape;
    if (e.children.size() > 2) escape = e.children[2]->constant;
    if (pattern.is_null() || (escape && escape->is_null())) {
      for (uint32_t i = 0; i < count; i++) result.SetNull(sel ? sel[i] : i);
      return Status::Ok();
    }
    if (!node.like) {
      std::optional<std::string_view> esc;
      if (escape) esc = escape->GetBytes();
      ASSIGN_OR_RETURN(types::LikePattern compiled,
                       types::LikePattern::Compile(pattern.GetBytes(), esc, e.case_insensitive));
      node.like.emplace(std::move(compiled));
    }
    const types::LikePattern& p = *node.like;
    const std::string_view* tv = text.values<std::string_view>();
    for (uint32_t i = 0; i < count; i++) {
      uint32_t r = sel ? sel[i] : i;
      if (text.IsNull(r)) {
        result.SetNull(r);
        continue;
      }
      bool m;
      if (p.can_error()) {
        ASSIGN_OR_RETURN(m, p.MatchesChecked(tv[r]));
      } else {
        m = p.Matches(tv[r]);
      }
      rv[r] = m != e.negated;
      result.SetValid(r);
    }
    return Status::Ok();
  }
  const Vector& pattern = node.results[1];
  const Vector* escape = node.children.size() > 2 ? &node.results[2] : nullptr;
  for (uint32_t i = 0; i < count; i++) {
    uint32_t r = sel ? sel[i] : i;
    if (text.IsNull(r) || pattern.IsNull(r) || (escape && escape->IsNull(r))) {
      result.SetNull(r);
      continue;
    }
    std::optional<std::string_view> esc;
    if (escape) esc = escape->values<std::string_view>()[r];
    ASSIGN_OR_RETURN(types::LikePattern p, types::LikePattern::Compile(pattern.values<std::string_view>()[r], esc,
                                                                        e.case_insensitive));
    bool m;
    if (p.can_error()) {
      ASSIGN_OR_RETURN(m, p.MatchesChecked(text.values<std::string_view>()[r]));
    } else {
      m = p.Matches(text.values<std::string_view>()[r]);
    }
    rv[r] = m != e.negated;
    result.SetValid(r);
  }
  return Status::Ok();
}

Status ExpressionEvaluator::EvalSubquery(Node& node, const DataChunk& in, const uint32_t* sel, uint32_t count,
                                         Vector& result) {
  const Expr& e = *node.expr;
  if (context_ == nullptr) return Status::Internal("subquery evaluated without an ExecContext");
  PhysicalOperator& plan = *e.subquery_plan;
  bool correlated = !e.outer_values.empty();
  for (size_t c = 0; c < node.outer_children.size(); c++) {
    RETURN_IF_ERROR(Eval(*node.outer_children[c], in, sel, count, node.outer_results[c]));
  }
  bool quantified = e.subquery_kind == SubqueryKind::kAny || e.subquery_kind == SubqueryKind::kAll;
  if (quantified) RETURN_IF_ERROR(EvalChild(node, 0, in, sel, count));

  // Runs the plan once for the current parameters; fills node.cached_*.
  auto run = [&]() -> Status {
    node.cached_rows.clear();
    node.cached_value = types::Value::Null(e.type);
    RETURN_IF_ERROR(plan.Open(*context_));
    DataChunk chunk;
    uint64_t rows = 0;
    while (true) {
      ASSIGN_OR_RETURN(bool more, plan.Next(chunk));
      if (!more) break;
      if (e.subquery_kind == SubqueryKind::kExists) {
        rows = 1;
        break;
      }
      for (uint32_t i = 0; i < chunk.count(); i++) {
        if (e.subquery_kind == SubqueryKind::kScalar) {
          if (rows >= 1) {
            plan.Close();
            return Status::Error(sqlstate::kCardinalityViolation,
                                 "more than one row returned by a subquery used as an expression");
          }
          node.cached_value = chunk.GetValue(0, i);
        } else {
          node.cached_rows.push_back({chunk.GetValue(0, i)});
        }
        rows++;
      }
    }
    plan.Close();
    if (e.subquery_kind == SubqueryKind::kExists) node.cached_value = types::Value::Bool((rows > 0) != e.negated);
    node.cached = true;
    return Status::Ok();
  };

  internal::RowCompareFn unused = nullptr;
  (void)unused;
  bool* rv = result.values<bool>();
  for (uint32_t i = 0; i < count; i++) {
    uint32_t r = sel ? sel[i] : i;
    if (correlated || !node.cached) {
      for (size_t c = 0; c < e.outer_param_slots.size(); c++) {
        size_t slot = static_cast<size_t>(e.outer_param_slots[c]);
        if (context_->parameters.size() <= slot) context_->parameters.resize(slot + 1);
        context_->parameters[slot] = node.outer_results[c].GetValue(r);
      }
      RETURN_IF_ERROR(run());
    }
    if (!quantified) {
      result.SetValue(r, node.cached_value);
      continue;
    }
    // left op ANY/ALL (rows).
    const Vector& left = node.results[0];
    bool is_any = e.subquery_kind == SubqueryKind::kAny;
    bool saw_null = false, decided = false;
    if (!node.cached_rows.empty() && left.IsNull(r)) saw_null = true;
    if (!left.IsNull(r)) {
      Vector item(e.function->arg_types[1]);
      for (const auto& row : node.cached_rows) {
        if (row[0].is_null()) {
          saw_null = true;
          continue;
        }
        item.SetValue(r, row[0]);
        node.scratch_bool.MakeWritable();
        const Vector* inputs[2] = {&left, &item};
        node.scratch_bool.SetValid(r);
        RETURN_IF_ERROR(CallKernel(e.function, inputs, &r, 1, node.scratch_bool, context_));
        bool v = node.scratch_bool.values<bool>()[r];
        if (node.scratch_bool.IsNull(r)) {
          saw_null = true;
        } else if (v == is_any) {
          decided = true;
          break;
        }
      }
    }
    if (decided) {
      rv[r] = is_any;
      result.SetValid(r);
    } else if (saw_null) {
      result.SetNull(r);
    } else {
      rv[r] = !is_any;
      result.SetValid(r);
    }
  }
  return Status::Ok();
}

// ---- ExpressionExecutor ----

ExpressionExecutor::ExpressionExecutor(const Expr& expr, ExecContext* context)
    : root_(Build(expr)), context_(context) {}
ExpressionExecutor::~ExpressionExecutor() = default;
ExpressionExecutor::ExpressionExecutor(ExpressionExecutor&&) noexcept = default;
ExpressionExecutor& ExpressionExecutor::operator=(ExpressionExecutor&&) noexcept = default;

const Expr& ExpressionExecutor::expr() const { return *root_->expr; }

namespace {
void ResetNode(ExpressionExecutor::Node& node) {
  if (!node.has_subquery) return;
  if (node.cached) {
    node.cached = false;
    node.cached_value = types::Value();
    node.cached_rows.clear();
  }
  for (auto& c : node.children) ResetNode(*c);
  for (auto& c : node.outer_children) ResetNode(*c);
}
}  // namespace

void ExpressionExecutor::ResetForExecution() { ResetNode(*root_); }

Status ExpressionExecutor::Execute(const DataChunk& input, Vector& result) {
  return Execute(input, input.selection(), input.count(), result);
}

Status ExpressionExecutor::Execute(const DataChunk& input, const uint32_t* sel, uint32_t count, Vector& result) {
  // (A column reference makes result a reference to the input column: no
  // storage of its own needed.)
  if (root_->expr->kind != ExprKind::kColumnRef &&
      (!result.initialized() || result.type().oid != root_->expr->type.oid)) {
    result = Vector(root_->expr->type);
  }
  ExpressionEvaluator evaluator(context_);
  return evaluator.Eval(*root_, input, sel, count, result);
}

Result<uint32_t> ExpressionExecutor::Select(const DataChunk& input, uint32_t* out_sel) {
  RETURN_IF_ERROR(Execute(input, select_result_));
  const Vector& target = select_result_;
  const bool* v = target.values<bool>();
  uint32_t n = 0;
  uint32_t count = input.count();
  const uint32_t* sel = input.selection();
  for (uint32_t i = 0; i < count; i++) {
    uint32_t r = sel ? sel[i] : i;
    if (target.IsValid(r) && v[r]) out_sel[n++] = r;
  }
  return n;
}

namespace {

// Constants and parameters of exactly the expression's type need no
// executor: building one costs a node, vectors and their buffers, which
// dominated multi-row INSERT … VALUES (one call per value).
const types::Value* DirectValue(const Expr& expr, const ExecContext* context) {
  if (expr.kind == ExprKind::kConstant && !expr.constant.is_null() && expr.constant.type() == expr.type) {
    return &expr.constant;
  }
  if (expr.kind == ExprKind::kParameter && context != nullptr && expr.index >= 0 &&
      static_cast<size_t>(expr.index) < context->parameters.size()) {
    const types::Value& v = context->parameters[expr.index];
    if (!v.is_null() && v.type() == expr.type) return &v;
  }
  return nullptr;
}

// The input of a constant expression: one row, no columns.
const DataChunk& OneEmptyRow() {
  static const DataChunk row = [] {
    DataChunk chunk;
    chunk.SetSize(1);
    return chunk;
  }();
  return row;
}

}  // namespace

Result<types::Value> EvaluateConstant(const Expr& expr, ExecContext* context) {
  if (const types::Value* direct = DirectValue(expr, context)) return *direct;
  ExpressionExecutor executor(expr, context);
  Vector result(expr.type);
  RETURN_IF_ERROR(executor.Execute(OneEmptyRow(), nullptr, 1, result));
  return result.GetValue(0);
}

Result<types::Value> ConstantEvaluator::Evaluate(ExecContext* context) {
  if (const types::Value* direct = DirectValue(*expr_, context)) return *direct;
  if (executor_ != nullptr && executor_->context() == context) {
    executor_->ResetForExecution();
  } else {
    executor_ = std::make_unique<ExpressionExecutor>(*expr_, context);
  }
  RETURN_IF_ERROR(executor_->Execute(OneEmptyRow(), nullptr, 1, result_));
  return result_.GetValue(0);
}

}  // namespace augur::exec
