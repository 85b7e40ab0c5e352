// FunctionRegistry: storage and PostgreSQL-style overload resolution.
// The built-in functions themselves are registered in builtin_functions.cc.
#include "exec/function_registry.h"

#include <algorithm>
#include <cassert>
#include <mutex>

#include "exec/expression_executor.h"
#include "exec/array_internal.h"
#include "exec/kernels.h"
#include "types/array.h"
#include "types/reg_types.h"

namespace augur::exec {

using types::SqlType;
namespace t = types;

namespace {

// pg_type.typcategory.
char TypeCategory(uint32_t oid) {
  if (t::IsArrayOid(oid)) return 'A';
  if (t::IsRegOid(oid)) return 'N';
  switch (oid) {
    case t::kBoolOid: return 'B';
    case t::kInt2Oid: case t::kInt4Oid: case t::kInt8Oid: case t::kFloat4Oid: case t::kFloat8Oid:
    case t::kNumericOid: case t::kOidOid: case t::kRegprocOid:
      return 'N';
    case t::kPgNodeTreeOid: return 'S';
    case t::kTextOid: case t::kVarcharOid: case t::kBpcharOid: case t::kNameOid: case t::kCharOid:
      return 'S';
    case t::kDateOid: case t::kTimeOid: case t::kTimeTzOid: case t::kTimestampOid: case t::kTimestampTzOid:
      return 'D';
    case t::kIntervalOid: return 'T';
    case t::kUnknownOid: return 'X';
    default: return 'U';
  }
}

// pg_type.typispreferred.
bool IsPreferred(uint32_t oid) {
  switch (oid) {
    case t::kBoolOid: case t::kFloat8Oid: case t::kOidOid: case t::kTextOid: case t::kTimestampTzOid:
    case t::kIntervalOid:
      return true;
    default:
      return false;
  }
}

bool IsStringOid(uint32_t oid) {
  return oid == t::kTextOid || oid == t::kVarcharOid || oid == t::kBpcharOid || oid == t::kNameOid;
}

// pg_cast entries with castcontext 'i' (plus binary-coercible string types).
bool ImplicitCast(uint32_t from, uint32_t to) {
  if (from == to) return true;
  // oid-alias types (regclass, ...): binary-coercible with oid both ways, from
  // int4/int8 (their oid casts) and from text (regclass only in PostgreSQL,
  // text_regclass; the others go through I/O conversion explicitly).
  if (t::IsRegOid(to)) {
    return from == t::kOidOid || from == t::kInt4Oid || from == t::kInt8Oid || from == t::kInt2Oid ||
           (to == t::kRegclassOid && (from == t::kTextOid || from == t::kVarcharOid));
  }
  if (t::IsRegOid(from)) return to == t::kOidOid;
  if (from == t::kPgNodeTreeOid) return to == t::kTextOid;
  if (t::IsVectorOid(from)) return internal::CanCastArray(from, to, CastContext::kImplicit);  // int2vector → int2[]
  switch (from) {
    case t::kInt2Oid:
      return to == t::kInt4Oid || to == t::kInt8Oid || to == t::kFloat4Oid || to == t::kFloat8Oid ||
             to == t::kNumericOid || to == t::kOidOid;
    case t::kInt4Oid:
      return to == t::kInt8Oid || to == t::kFloat4Oid || to == t::kFloat8Oid || to == t::kNumericOid ||
             to == t::kOidOid;
    case t::kInt8Oid:
      return to == t::kFloat4Oid || to == t::kFloat8Oid || to == t::kNumericOid || to == t::kOidOid;
    case t::kFloat4Oid: return to == t::kFloat8Oid;
    case t::kNumericOid: return to == t::kFloat4Oid || to == t::kFloat8Oid;
    case t::kDateOid: return to == t::kTimestampOid || to == t::kTimestampTzOid;
    case t::kTimestampOid: return to == t::kTimestampTzOid;
    case t::kTimeOid: return to == t::kIntervalOid || to == t::kTimeTzOid;
    case t::kTextOid: case t::kVarcharOid: case t::kBpcharOid:
      return to == t::kTextOid || to == t::kVarcharOid || to == t::kBpcharOid || to == t::kNameOid;
    case t::kNameOid: return to == t::kTextOid || to == t::kVarcharOid || to == t::kBpcharOid;
    case t::kCharOid: return to == t::kTextOid;
    default: return false;
  }
}

// Assignment casts (castcontext 'a') beyond implicit ones.
bool AssignmentCast(uint32_t from, uint32_t to) {
  if (ImplicitCast(from, to)) return true;
  // Any type to a string type via I/O conversion is an assignment cast.
  if (IsStringOid(to)) return true;
  // oid and its alias types to int4 (binary, reinterpreting) and int8.
  if ((t::IsRegOid(from) || from == t::kOidOid) && (to == t::kInt4Oid || to == t::kInt8Oid)) return true;
  if (t::IsRegOid(from) && t::IsRegOid(to)) return true;
  switch (from) {
    case t::kInt4Oid: return to == t::kInt2Oid || to == t::kCharOid;
    case t::kInt8Oid: return to == t::kInt2Oid || to == t::kInt4Oid;
    case t::kFloat4Oid: return to == t::kInt2Oid || to == t::kInt4Oid || to == t::kInt8Oid || to == t::kNumericOid;
    case t::kFloat8Oid:
      return to == t::kInt2Oid || to == t::kInt4Oid || to == t::kInt8Oid || to == t::kFloat4Oid ||
             to == t::kNumericOid;
    case t::kNumericOid: return to == t::kInt2Oid || to == t::kInt4Oid || to == t::kInt8Oid;
    case t::kTimestampOid: return to == t::kDateOid || to == t::kTimeOid;
    case t::kTimestampTzOid:
      return to == t::kDateOid || to == t::kTimeOid || to == t::kTimestampOid || to == t::kTimeTzOid;
    case t::kTimeTzOid: return to == t::kTimeOid;
    case t::kIntervalOid: return to == t::kTimeOid;
    default: return false;
  }
}

bool ExplicitCast(uint32_t from, uint32_t to) {
  if (AssignmentCast(from, to)) return true;
  if (IsStringOid(from)) return true;  // I/O conversion from text to anything
  if (from == t::kBoolOid) return to == t::kInt4Oid;
  if (to == t::kBoolOid) return from == t::kInt4Oid;
  if (from == t::kInt4Oid && to == t::kBoolOid) return true;
  return false;
}

bool CanCoerceImplicitly(uint32_t from, uint32_t to) {
  return from == t::kUnknownOid || to == internal::kAnyOid || ImplicitCast(from, to);
}

std::string ArgListText(std::span<const SqlType> args) {
  std::string s;
  for (size_t i = 0; i < args.size(); i++) {
    if (i) s += ", ";
    s += TypeDisplayName(args[i]);
  }
  return s;
}

}  // namespace

std::string TypeDisplayName(const SqlType& type) { return t::FormatType(SqlType::Of(type.oid)); }

bool CanCast(const SqlType& from, const SqlType& to, CastContext context) {
  if (from.oid == to.oid || from.oid == t::kUnknownOid) return true;
  if (t::IsArrayOid(from.oid) && t::IsArrayOid(to.oid)) return internal::CanCastArray(from.oid, to.oid, context);
  switch (context) {
    case CastContext::kImplicit: return ImplicitCast(from.oid, to.oid);
    case CastContext::kAssignment: return AssignmentCast(from.oid, to.oid);
    case CastContext::kExplicit: return ExplicitCast(from.oid, to.oid);
  }
  return false;
}

std::string ScalarFunction::Signature() const {
  return name + "(" + ArgListText(arg_types) + ")";
}

// ---- Registry ----

const ScalarFunction* FunctionRegistry::Register(ScalarFunction function) {
  storage_.push_back(std::make_unique<ScalarFunction>(std::move(function)));
  const ScalarFunction* f = storage_.back().get();
  by_name_[f->name].push_back(f);
  return f;
}

std::span<const ScalarFunction* const> FunctionRegistry::Overloads(std::string_view name) const {
  auto it = by_name_.find(std::string(name));
  if (it == by_name_.end()) return {};
  return it->second;
}

const FunctionRegistry& FunctionRegistry::Global() {
  static const FunctionRegistry* registry = [] {
    auto* r = new FunctionRegistry();
    internal::RegisterBuiltins(*r);
    return r;
  }();
  return *registry;
}

namespace {

SqlType ArgTypeAt(const ScalarFunction& f, size_t i) {
  if (f.variadic && i >= f.arg_types.size()) return f.arg_types.back();
  return f.arg_types[i];
}

bool ArityMatches(const ScalarFunction& f, size_t n) {
  if (f.variadic) return n >= f.arg_types.size();  // VARIADIC needs at least one value (concat() is 42883)
  return f.arg_types.size() == n;
}

ResolvedFunction MakeResolved(const ScalarFunction* f, size_t n) {
  ResolvedFunction r;
  r.function = f;
  for (size_t i = 0; i < n; i++) r.arg_types.push_back(ArgTypeAt(*f, i));
  r.return_type = f->return_type;
  return r;
}

// PostgreSQL's func_select_candidate over viable candidates. Returns null
// when ambiguous.
const ScalarFunction* SelectCandidate(std::vector<const ScalarFunction*> cands, std::span<const SqlType> args) {
  size_t n = args.size();
  if (cands.size() == 1) return cands[0];
  // Most exact matches.
  auto filter_by_max = [&](auto score) {
    int best = -1;
    std::vector<const ScalarFunction*> kept;
    for (const auto* c : cands) {
      int s = score(c);
      if (s > best) { best = s; kept.clear(); }
      if (s == best) kept.push_back(c);
    }
    cands = std::move(kept);
  };
  filter_by_max([&](const ScalarFunction* c) {
    int s = 0;
    for (size_t i = 0; i < n; i++) if (args[i].oid != t::kUnknownOid && ArgTypeAt(*c, i).oid == args[i].oid) s++;
    return s;
  });
  if (cands.size() == 1) return cands[0];
  // Preferred types where conversion is required.
  filter_by_max([&](const ScalarFunction* c) {
    int s = 0;
    for (size_t i = 0; i < n; i++) {
      if (args[i].oid == t::kUnknownOid) continue;
      uint32_t target = ArgTypeAt(*c, i).oid;
      if (target != args[i].oid && IsPreferred(target)) s++;
    }
    return s;
  });
  if (cands.size() == 1) return cands[0];
  // Unknown arguments: choose category per position.
  bool any_unknown = false;
  for (size_t i = 0; i < n; i++) {
    if (args[i].oid != t::kUnknownOid) continue;
    any_unknown = true;
    bool has_string = false;
    char category = 0;
    bool same_category = true;
    for (const auto* c : cands) {
      char cat = TypeCategory(ArgTypeAt(*c, i).oid);
      if (cat == 'S') has_string = true;
      if (category == 0) category = cat;
      else if (cat != category) same_category = false;
    }
    char chosen = has_string ? 'S' : (same_category ? category : 0);
    if (chosen == 0) continue;
    std::vector<const ScalarFunction*> kept;
    bool have_preferred = false;
    for (const auto* c : cands) {
      uint32_t oid = ArgTypeAt(*c, i).oid;
      if (TypeCategory(oid) == chosen && IsPreferred(oid)) have_preferred = true;
    }
    for (const auto* c : cands) {
      uint32_t oid = ArgTypeAt(*c, i).oid;
      if (TypeCategory(oid) != chosen) continue;
      if (have_preferred && !IsPreferred(oid)) continue;
      kept.push_back(c);
    }
    if (!kept.empty()) cands = std::move(kept);
  }
  if (cands.size() == 1) return cands[0];
  if (any_unknown) {
    // All known args of one type: assume unknowns have it too.
    uint32_t known = 0;
    bool same = true;
    for (size_t i = 0; i < n; i++) {
      if (args[i].oid == t::kUnknownOid) continue;
      if (known == 0) known = args[i].oid;
      else if (known != args[i].oid) same = false;
    }
    if (known != 0 && same) {
      std::vector<const ScalarFunction*> kept;
      for (const auto* c : cands) {
        bool ok = true;
        for (size_t i = 0; i < n; i++) {
          if (args[i].oid == t::kUnknownOid && !CanCoerceImplicitly(known, ArgTypeAt(*c, i).oid)) ok = false;
        }
        if (ok) kept.push_back(c);
      }
      if (kept.size() == 1) return kept[0];
    }
  }
  return nullptr;
}

Result<const ScalarFunction*> Resolve(std::span<const ScalarFunction* const> overloads, std::span<const SqlType> args,
                                      bool is_binary_operator) {
  size_t n = args.size();
  // Exact match.
  for (const auto* f : overloads) {
    if (!ArityMatches(*f, n)) continue;
    bool exact = true;
    for (size_t i = 0; i < n; i++) if (ArgTypeAt(*f, i).oid != args[i].oid) exact = false;
    if (exact) return f;
  }
  // Binary operator with one unknown side: try the known type on both sides.
  if (is_binary_operator && n == 2 && (args[0].oid == t::kUnknownOid) != (args[1].oid == t::kUnknownOid)) {
    uint32_t known = args[0].oid == t::kUnknownOid ? args[1].oid : args[0].oid;
    for (const auto* f : overloads) {
      if (f->arg_types.size() == 2 && f->arg_types[0].oid == known && f->arg_types[1].oid == known) return f;
    }
  }
  std::vector<const ScalarFunction*> viable;
  for (const auto* f : overloads) {
    if (!ArityMatches(*f, n)) continue;
    bool ok = true;
    for (size_t i = 0; i < n && ok; i++) ok = CanCoerceImplicitly(args[i].oid, ArgTypeAt(*f, i).oid);
    if (ok) viable.push_back(f);
  }
  if (viable.empty()) return static_cast<const ScalarFunction*>(nullptr);
  const ScalarFunction* chosen = SelectCandidate(std::move(viable), args);
  if (chosen == nullptr) return Status::Error(sqlstate::kAmbiguousFunction, "ambiguous");
  return chosen;
}

}  // namespace

Result<ResolvedFunction> FunctionRegistry::ResolveFunction(std::string_view name,
                                                           std::span<const SqlType> arg_types) const {
  auto overloads = Overloads(name);
  auto r = Resolve(overloads, arg_types, false);
  std::string sig = std::string(name) + "(" + ArgListText(arg_types) + ")";
  if (!r.ok()) {
    return Status::Error(sqlstate::kAmbiguousFunction, "function " + sig + " is not unique")
        .WithHint("Could not choose a best candidate function. You might need to add explicit type casts.");
  }
  if (*r == nullptr) {
    return Status::Error(sqlstate::kUndefinedFunction, "function " + sig + " does not exist")
        .WithHint("No function matches the given name and argument types. You might need to add explicit type casts.");
  }
  return MakeResolved(*r, arg_types.size());
}

Result<ResolvedFunction> FunctionRegistry::ResolveOperator(std::string_view op, const SqlType* left,
                                                           const SqlType& right) const {
  std::vector<SqlType> args;
  if (left) args.push_back(*left);
  args.push_back(right);
  std::vector<const ScalarFunction*> ops;
  for (const auto* f : Overloads(op)) {
    if (f->is_operator) ops.push_back(f);
  }
  auto r = Resolve(ops, args, left != nullptr);
  std::string text = left ? TypeDisplayName(*left) + " " + std::string(op) + " " + TypeDisplayName(right)
                          : std::string(op) + " " + TypeDisplayName(right);
  if (!r.ok()) {
    return Status::Error(sqlstate::kAmbiguousFunction, "operator is not unique: " + text)
        .WithHint("Could not choose a best candidate operator. You might need to add explicit type casts.");
  }
  if (*r == nullptr) {
    return Status::Error(sqlstate::kUndefinedFunction, "operator does not exist: " + text)
        .WithHint("No operator matches the given name and argument types. You might need to add explicit type casts.");
  }
  return MakeResolved(*r, args.size());
}

// ---- Builders ----

Result<ExprPtr> CoerceTo(ExprPtr expr, SqlType target, CastContext context) {
  if (target.oid == internal::kAnyOid) return expr;
  if (expr->type.oid == t::kRecordOid && target.oid == t::kRecordOid) {
    // Records carry their field types in their bytes; the typmod only tells
    // the binder the field names (types/record.h), so this is a relabel.
    expr->type = target;
    return expr;
  }
  if (expr->type.oid == target.oid &&
      (expr->type.typmod == target.typmod || target.typmod == -1 || context == CastContext::kImplicit)) {
    return expr;
  }
  if (!CanCast(expr->type, target, context)) {
    return Status::Error(sqlstate::kCannotCoerce,
                         "cannot cast type " + TypeDisplayName(expr->type) + " to " + TypeDisplayName(target));
  }
  int location = expr->location;
  if (expr->kind == ExprKind::kConstant) {
    // Fold now: unknown literals get the type's input function, as PostgreSQL
    // does while parsing (errors surface at bind time).
    ExprPtr cast = MakeCast(std::move(expr), target, context);
    auto folded = EvaluateConstant(*cast, nullptr);
    if (!folded.ok()) {
      Status s = folded.TakeStatus();
      if (location >= 0) s.SetPosition(location + 1);
      return s;
    }
    ExprPtr c = MakeConstant(std::move(folded).value(), target);
    c->location = location;
    return c;
  }
  ExprPtr cast = MakeCast(std::move(expr), target, context);
  cast->location = location;
  return cast;
}

namespace {

bool IsUnknownLiteral(const Expr& e) { return e.type.oid == t::kUnknownOid; }

Result<ExprPtr> BuildCall(const ResolvedFunction& resolved, std::vector<ExprPtr> args, int location) {
  for (size_t i = 0; i < args.size(); i++) {
    ASSIGN_OR_RETURN(args[i], CoerceTo(std::move(args[i]), resolved.arg_types[i], CastContext::kImplicit));
  }
  ExprPtr e = MakeFunction(resolved.function, std::move(args), resolved.return_type);
  e->location = location;
  return e;
}

}  // namespace

Result<ExprPtr> MakeFunctionCall(std::string_view name, std::vector<ExprPtr> args, int location) {
  if ((name == "unnest" || name == "generate_series") && !FunctionRegistry::Global().HasFunction(name)) {
    Status s = Status::NotSupported("set-returning function " + std::string(name) + "() outside FROM");
    if (location >= 0) s.SetPosition(location + 1);
    return s;
  }
  std::vector<SqlType> types;
  for (const auto& a : args) types.push_back(a->type);
  auto resolved = FunctionRegistry::Global().ResolveFunction(name, types);
  if (!resolved.ok()) {
    Status s = resolved.TakeStatus();
    if (location >= 0) s.SetPosition(location + 1);
    return s;
  }
  return BuildCall(*resolved, std::move(args), location);
}

Result<ExprPtr> MakeFunctionCallNamed(std::string_view name, std::vector<ExprPtr> args,
                                      const std::vector<std::string>& names, int location) {
  bool any_named = false;
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i].empty()) continue;
    any_named = true;
    for (size_t j = 0; j < i; ++j) {
      if (names[j] == names[i]) {
        Status s = Status::Error(sqlstate::kSyntaxError, "argument name \"" + names[i] + "\" used more than once");
        if (location >= 0) s.SetPosition(location + 1);
        return s;
      }
    }
  }
  std::vector<SqlType> types;
  for (const auto& a : args) types.push_back(a->type);
  if (!any_named) {
    auto direct = FunctionRegistry::Global().ResolveFunction(name, types);
    if (direct.ok()) return BuildCall(*direct, std::move(args), location);
  }
  // Try each overload that declares names/defaults: place the arguments,
  // fill the gaps from defaults, and resolve that full call.
  for (const ScalarFunction* f : FunctionRegistry::Global().Overloads(name)) {
    const size_t n = f->arg_types.size();
    if (f->arg_names.size() != n || args.size() > n) continue;
    std::vector<int> slot_of(args.size(), -1);
    std::vector<bool> filled(n, false);
    bool fits = true;
    for (size_t i = 0; i < args.size() && fits; ++i) {
      size_t slot = i;
      if (!names[i].empty()) {
        auto it = std::find(f->arg_names.begin(), f->arg_names.end(), names[i]);
        if (it == f->arg_names.end()) fits = false;
        slot = static_cast<size_t>(it - f->arg_names.begin());
      }
      if (!fits || filled[slot]) fits = false;
      else {
        filled[slot] = true;
        slot_of[i] = static_cast<int>(slot);
      }
    }
    const size_t first_default = n - f->defaults.size();
    for (size_t k = 0; k < n && fits; ++k) fits = filled[k] || k >= first_default;
    if (!fits) continue;
    std::vector<SqlType> full_types(n);
    for (size_t i = 0; i < args.size(); ++i) full_types[slot_of[i]] = types[i];
    for (size_t k = 0; k < n; ++k) {
      if (!filled[k]) full_types[k] = f->defaults[k - first_default].type();
    }
    auto resolved = FunctionRegistry::Global().ResolveFunction(name, full_types);
    if (!resolved.ok() || resolved->function != f) continue;
    std::vector<ExprPtr> full(n);
    for (size_t i = 0; i < args.size(); ++i) full[slot_of[i]] = std::move(args[i]);
    for (size_t k = 0; k < n; ++k) {
      if (!filled[k]) full[k] = MakeConstant(f->defaults[k - first_default], f->defaults[k - first_default].type());
    }
    return BuildCall(*resolved, std::move(full), location);
  }
  if (!any_named) return MakeFunctionCall(name, std::move(args), location);  // its error
  std::string signature = std::string(name) + "(";
  for (size_t i = 0; i < args.size(); ++i) {
    if (i > 0) signature += ", ";
    if (!names[i].empty()) signature += names[i] + " => ";
    signature += TypeDisplayName(types[i]);
  }
  signature += ")";
  Status s = Status::Error(sqlstate::kUndefinedFunction, "function " + signature + " does not exist")
                 .WithHint("No function matches the given name and argument types. You might need to add explicit "
                           "type casts.");
  if (location >= 0) s.SetPosition(location + 1);
  return s;
}

Result<ExprPtr> MakeOperator(std::string_view op, ExprPtr left, ExprPtr right, int location) {
  // text || anything (anynonarray): the non-text side goes through its
  // output function, like PostgreSQL's textanycat / anytextcat. An untyped
  // literal on one side counts as text ('x' || 1).
  if (op == "||" && left && !t::IsArrayOid(left->type.oid) && !t::IsArrayOid(right->type.oid)) {
    bool ls = IsStringOid(left->type.oid), rs = IsStringOid(right->type.oid);
    bool lu = IsUnknownLiteral(*left), ru = IsUnknownLiteral(*right);
    bool l_bytea = left->type.oid == t::kByteaOid, r_bytea = right->type.oid == t::kByteaOid;
    if (!(l_bytea && (r_bytea || ru)) && !(r_bytea && lu) && (ls || rs || lu || ru) && !(lu && ru)) {
      SqlType text = SqlType::Of(t::kTextOid);
      if (!ls && !lu) left = MakeCast(std::move(left), text, CastContext::kExplicit);
      if (!rs && !ru) right = MakeCast(std::move(right), text, CastContext::kExplicit);
    }
  }
  std::optional<SqlType> left_type;
  if (left) left_type = left->type;
  auto resolved = FunctionRegistry::Global().ResolveOperator(op, left_type ? &*left_type : nullptr, right->type);
  if (left && (t::IsArrayOid(left->type.oid) || t::IsArrayOid(right->type.oid))) {
    // Array operators live under "$arrop<op>" (array_functions.h).
    auto array_op = FunctionRegistry::Global().ResolveOperator("$arrop" + std::string(op), &*left_type, right->type);
    if (array_op.ok()) resolved = std::move(array_op);
  }
  if (left && left->type.oid == t::kRecordOid && right->type.oid == t::kRecordOid) {
    // Record comparisons live under "$recop<op>" (record_functions.cc).
    auto record_op = FunctionRegistry::Global().ResolveOperator("$recop" + std::string(op), &*left_type, right->type);
    if (record_op.ok()) resolved = std::move(record_op);
  }
  if (!resolved.ok()) {
    Status s = resolved.TakeStatus();
    if (location >= 0) s.SetPosition(location + 1);
    return s;
  }
  std::vector<ExprPtr> args;
  if (left) args.push_back(std::move(left));
  args.push_back(std::move(right));
  return BuildCall(*resolved, std::move(args), location);
}

Result<ExprPtr> MakeBetween(ExprPtr x, ExprPtr lo, ExprPtr hi, bool negated, int location) {
  ExprPtr x2 = x->Clone();
  ASSIGN_OR_RETURN(ExprPtr a, MakeOperator(negated ? "<" : ">=", std::move(x), std::move(lo), location));
  ASSIGN_OR_RETURN(ExprPtr b, MakeOperator(negated ? ">" : "<=", std::move(x2), std::move(hi), location));
  std::vector<ExprPtr> both;
  both.push_back(std::move(a));
  both.push_back(std::move(b));
  return negated ? MakeOr(std::move(both)) : MakeAnd(std::move(both));
}

Result<SqlType> CommonType(std::span<const SqlType> types, std::string_view context_name) {
  // select_common_type: start from the first non-unknown type; move to a
  // later type of the same category when the current one is not preferred
  // and converts to it implicitly but not back (so varchar + text stays
  // varchar, int2 + int8 becomes int8, float4 + numeric stays float4).
  SqlType result = SqlType::Of(t::kUnknownOid);
  bool first = true;
  bool typmods_agree = true;
  for (const auto& ty : types) {
    if (ty.oid == t::kUnknownOid) continue;
    if (first) {
      result = ty;
      first = false;
      continue;
    }
    if (ty.oid == result.oid) {
      if (ty.typmod != result.typmod) typmods_agree = false;
      continue;
    }
    if (TypeCategory(ty.oid) != TypeCategory(result.oid)) {
      return Status::Error(sqlstate::kDatatypeMismatch, std::string(context_name) + " types " +
                                                            TypeDisplayName(result) + " and " +
                                                            TypeDisplayName(ty) + " cannot be matched");
    }
    if (!IsPreferred(result.oid) && CanCoerceImplicitly(result.oid, ty.oid) &&
        !CanCoerceImplicitly(ty.oid, result.oid)) {
      result = ty;
      typmods_agree = true;
    }
  }
  if (first) return SqlType::Of(t::kTextOid);  // all unknown → text
  // Every input must convert implicitly.
  for (const auto& ty : types) {
    if (!CanCoerceImplicitly(ty.oid, result.oid)) {
      return Status::Error(sqlstate::kDatatypeMismatch, std::string(context_name) + " could not convert type " +
                                                            TypeDisplayName(ty) + " to " + TypeDisplayName(result));
    }
  }
  if (!typmods_agree) result.typmod = -1;
  return result;
}

Result<ExprPtr> MakeSimpleCase(ExprPtr operand, std::vector<ExprPtr> whens_thens, ExprPtr else_result, int location) {
  std::vector<ExprPtr> searched;
  std::vector<SqlType> result_types;
  for (size_t i = 0; i + 1 < whens_thens.size(); i += 2) {
    ASSIGN_OR_RETURN(ExprPtr cond, MakeOperator("=", operand->Clone(), std::move(whens_thens[i]), location));
    searched.push_back(std::move(cond));
    result_types.push_back(whens_thens[i + 1]->type);
    searched.push_back(std::move(whens_thens[i + 1]));
  }
  if (else_result) result_types.push_back(else_result->type);
  ASSIGN_OR_RETURN(SqlType type, CommonType(result_types, "CASE"));
  for (size_t i = 1; i < searched.size(); i += 2) {
    ASSIGN_OR_RETURN(searched[i], CoerceTo(std::move(searched[i]), type, CastContext::kImplicit));
  }
  if (else_result) { ASSIGN_OR_RETURN(else_result, CoerceTo(std::move(else_result), type, CastContext::kImplicit)); }
  ExprPtr e = MakeCase(std::move(searched), std::move(else_result), type);
  e->location = location;
  return e;
}

}  // namespace augur::exec
