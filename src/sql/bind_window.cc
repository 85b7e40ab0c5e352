// Binding of window function calls: f(args) [FILTER (WHERE ...)] OVER
// (window) and the WINDOW clause's named windows, with PostgreSQL 15's
// rules and errors (parse_func.c / parse_clause.c transformWindowDefinitions).
//
// A call is bound in the SELECT's frame (so in a grouped query its
// arguments and keys refer to GROUP BY keys and aggregates), recorded in
// the SELECT's Windowing and replaced by ColumnRef(kWindowRefBase + j);
// bind_select.cc puts a WindowOperator above the FROM/GROUP BY plan and
// renumbers those references to its output columns.
#include "sql/binder.h"

namespace augur::sql {

using exec::ExprPtr;
using types::SqlType;

namespace {

// PostgreSQL 15 FRAMEOPTION_* bits (nodes/parsenodes.h).
constexpr int64_t kNonDefault = 0x1;
constexpr int64_t kRange = 0x2;
constexpr int64_t kRows = 0x4;
constexpr int64_t kGroups = 0x8;
constexpr int64_t kStartUnboundedPreceding = 0x20;
constexpr int64_t kEndUnboundedFollowing = 0x100;
constexpr int64_t kStartCurrentRow = 0x200;
constexpr int64_t kEndCurrentRow = 0x400;
constexpr int64_t kStartOffsetPreceding = 0x800;
constexpr int64_t kEndOffsetPreceding = 0x1000;
constexpr int64_t kStartOffsetFollowing = 0x2000;
constexpr int64_t kEndOffsetFollowing = 0x4000;
constexpr int64_t kExcludeCurrentRow = 0x8000;
constexpr int64_t kExcludeGroup = 0x10000;
constexpr int64_t kExcludeTies = 0x20000;
constexpr int64_t kDefaultFrame = kRange | kStartUnboundedPreceding | kEndCurrentRow;

// A window after resolving references to named windows.
struct ResolvedWindow {
  std::vector<PgNode> partition;
  std::vector<PgNode> order;
  int64_t frame_options = kDefaultFrame;
  PgNode start_offset, end_offset;
  int location = -1;
};

Result<ResolvedWindow> ResolveWindow(PgNode def, bool is_definition, const std::vector<PgNode>& definitions,
                                     int depth = 0) {
  auto find = [&](std::string_view name, int location) -> Result<PgNode> {
    for (PgNode d : definitions) {
      if (d.Str("name") == name) return d;
    }
    return WithLocation(
        Status::Error(sqlstate::kUndefinedObject, "window \"" + std::string(name) + "\" does not exist"), location);
  };
  if (depth > 100) return Status::Error("42P20", "window definitions are too deeply nested");
  if (!is_definition && !def.Str("name").empty()) {
    ASSIGN_OR_RETURN(PgNode named, find(def.Str("name"), def.Location()));
    return ResolveWindow(named, true, definitions, depth + 1);
  }
  ResolvedWindow w;
  w.partition = def.List("partitionClause");
  w.order = def.List("orderClause");
  w.frame_options = def.Int("frameOptions", kDefaultFrame);
  w.start_offset = def.Field("startOffset");
  w.end_offset = def.Field("endOffset");
  w.location = def.Location();
  std::string_view refname = def.Str("refname");
  if (!refname.empty()) {
    ASSIGN_OR_RETURN(PgNode ref_node, find(refname, def.Location()));
    ASSIGN_OR_RETURN(ResolvedWindow ref, ResolveWindow(ref_node, true, definitions, depth + 1));
    std::string name(refname);
    if (!w.partition.empty()) {
      return WithLocation(Status::Error("42P20", "cannot override PARTITION BY clause of window \"" + name + "\""),
                          def.Location());
    }
    w.partition = ref.partition;
    if (!ref.order.empty() && !w.order.empty()) {
      return WithLocation(Status::Error("42P20", "cannot override ORDER BY clause of window \"" + name + "\""),
                          def.Location());
    }
    if (w.order.empty()) w.order = ref.order;
    if (ref.frame_options & kNonDefault) {
      Status s = Status::Error("42P20", "cannot copy window \"" + name + "\" because it has a frame clause");
      if (!(w.frame_options & kNonDefault) && w.partition.empty() && def.List("orderClause").empty()) {
        s = std::move(s).WithHint("Omit the parentheses in this OVER clause.");
      }
      return WithLocation(std::move(s), def.Location());
    }
  }
  return w;
}

enum class Kind { kAggregate, kWindow, kNeither };

Kind ClassifyFunction(std::string_view name, exec::WindowFunctionKind* kind) {
  static const std::pair<const char*, exec::WindowFunctionKind> kWindowFunctions[] = {
      {"row_number", exec::WindowFunctionKind::kRowNumber},   {"rank", exec::WindowFunctionKind::kRank},
      {"dense_rank", exec::WindowFunctionKind::kDenseRank},   {"percent_rank", exec::WindowFunctionKind::kPercentRank},
      {"cume_dist", exec::WindowFunctionKind::kCumeDist},     {"ntile", exec::WindowFunctionKind::kNtile},
      {"lag", exec::WindowFunctionKind::kLag},                {"lead", exec::WindowFunctionKind::kLead},
      {"first_value", exec::WindowFunctionKind::kFirstValue}, {"last_value", exec::WindowFunctionKind::kLastValue},
      {"nth_value", exec::WindowFunctionKind::kNthValue},
  };
  for (const auto& [n, k] : kWindowFunctions) {
    if (name == n) {
      *kind = k;
      return Kind::kWindow;
    }
  }
  if (exec::IsAggregateName(name)) return Kind::kAggregate;
  return Kind::kNeither;
}

std::string Signature(std::string_view name, const std::vector<ExprPtr>& args) {
  std::string s = std::string(name) + "(";
  for (size_t i = 0; i < args.size(); ++i) {
    if (i) s += ", ";
    s += exec::TypeDisplayName(args[i]->type);
  }
  return s + ")";
}

Status NoSuchFunction(std::string_view name, const std::vector<ExprPtr>& args, int location) {
  return WithLocation(
      Status::Error(sqlstate::kUndefinedFunction, "function " + Signature(name, args) + " does not exist")
          .WithHint("No function matches the given name and argument types. You might need to add explicit "
                    "type casts."),
      location);
}

bool IsUnknownParameterExpr(const exec::Expr& e) {
  return e.kind == exec::ExprKind::kParameter && e.type.oid == types::kUnknownOid;
}

// Unknown literals take type text (PostgreSQL resolves anyelement so).
Result<ExprPtr> ResolveUnknown(ExprPtr e) {
  if (e->type.oid == types::kUnknownOid) return exec::CoerceTo(std::move(e), SqlType::Of(types::kTextOid),
                                                               exec::CastContext::kImplicit);
  return e;
}

}  // namespace

void RenumberAggregateRefs(exec::WindowFunction& f, int key_count) {
  auto fix = [key_count](ExprPtr& e) {
    if (e) RenumberAggregateRefs(*e, key_count);
  };
  for (auto& a : f.args) fix(a);
  for (auto& a : f.aggregate.args) fix(a);
  fix(f.aggregate.filter);
  for (auto& p : f.partition_by) fix(p);
  for (auto& k : f.order_by) fix(k.expr);
  fix(f.frame.range_key);
  fix(f.frame.start_bound);
  fix(f.frame.end_bound);
}

Status Binder::BindWindowSpec(PgNode def, bool is_definition, const std::vector<PgNode>& definitions,
                              exec::WindowFunction& f, Frame& frame) {
  ASSIGN_OR_RETURN(ResolvedWindow window, ResolveWindow(def, is_definition, definitions));
  // PARTITION BY / ORDER BY: a window call inside is "not allowed in window
  // definitions".
  window_nesting_error_ = "window functions are not allowed in window definitions";
  auto bind_window = [&]() -> Status {
    for (PgNode p : window.partition) {
      ASSIGN_OR_RETURN(ExprPtr e, BindExpr(p, frame));
      ASSIGN_OR_RETURN(e, ResolveUnknown(std::move(e)));
      f.partition_by.push_back(std::move(e));
    }
    for (PgNode sort : window.order) {
      if (sort.Str("sortby_dir") == "SORTBY_USING") return Status::NotSupported("ORDER BY ... USING in a window");
      ASSIGN_OR_RETURN(ExprPtr e, BindExpr(sort.Field("node"), frame));
      ASSIGN_OR_RETURN(e, ResolveUnknown(std::move(e)));
      std::string_view nulls = sort.Str("sortby_nulls");
      std::optional<bool> nulls_first;
      if (nulls == "SORTBY_NULLS_FIRST") nulls_first = true;
      if (nulls == "SORTBY_NULLS_LAST") nulls_first = false;
      f.order_by.push_back(exec::SortKey::Make(std::move(e), sort.Str("sortby_dir") == "SORTBY_DESC", nulls_first));
    }
    return Status::Ok();
  };
  Status keys_status = bind_window();
  window_nesting_error_.clear();
  RETURN_IF_ERROR(keys_status);

  // Frame.
  const int64_t options = window.frame_options;
  exec::WindowFrame& fr = f.frame;
  fr.mode = (options & kRows) ? exec::WindowFrameMode::kRows
                              : ((options & kGroups) ? exec::WindowFrameMode::kGroups : exec::WindowFrameMode::kRange);
  using B = exec::WindowFrameBound;
  fr.start = (options & kStartUnboundedPreceding) ? B::kUnboundedPreceding
             : (options & kStartCurrentRow)       ? B::kCurrentRow
             : (options & kStartOffsetPreceding)  ? B::kOffsetPreceding
             : (options & kStartOffsetFollowing)  ? B::kOffsetFollowing
                                                  : B::kUnboundedFollowing;
  fr.end = (options & kEndUnboundedFollowing) ? B::kUnboundedFollowing
           : (options & kEndCurrentRow)       ? B::kCurrentRow
           : (options & kEndOffsetPreceding)  ? B::kOffsetPreceding
           : (options & kEndOffsetFollowing)  ? B::kOffsetFollowing
                                              : B::kUnboundedPreceding;
  fr.exclusion = (options & kExcludeCurrentRow) ? exec::WindowExclusion::kCurrentRow
                 : (options & kExcludeGroup)    ? exec::WindowExclusion::kGroup
                 : (options & kExcludeTies)     ? exec::WindowExclusion::kTies
                                                : exec::WindowExclusion::kNoOthers;
  bool has_offset = (options & (kStartOffsetPreceding | kStartOffsetFollowing | kEndOffsetPreceding |
                                kEndOffsetFollowing)) != 0;
  if (fr.mode == exec::WindowFrameMode::kGroups && f.order_by.empty()) {
    return WithLocation(Status::Error("42P20", "GROUPS mode requires an ORDER BY clause"), window.location);
  }
  if (fr.mode == exec::WindowFrameMode::kRange && has_offset && f.order_by.size() != 1) {
    return WithLocation(
        Status::Error("42P20", "RANGE with offset PRECEDING/FOLLOWING requires exactly one ORDER BY column"),
        window.location);
  }
  const char* mode_name = fr.mode == exec::WindowFrameMode::kRows ? "ROWS"
                          : fr.mode == exec::WindowFrameMode::kGroups ? "GROUPS" : "RANGE";
  auto bind_offset = [&](PgNode offset_node, bool start, bool preceding) -> Status {
    ASSIGN_OR_RETURN(ExprPtr offset, BindExpr(offset_node, frame));
    std::vector<int> refs;
    CollectColumnRefs(*offset, &refs);
    if (!refs.empty()) {
      return WithLocation(
          Status::Error("42P10", std::string("argument of ") + mode_name + " must not contain variables"),
          offset_node.Location());
    }
    if (fr.mode != exec::WindowFrameMode::kRange) {
      if (IsUnknownParameterExpr(*offset)) InferParameterType(*offset, SqlType::Of(types::kInt8Oid));
      ASSIGN_OR_RETURN(offset, exec::CoerceTo(std::move(offset), SqlType::Of(types::kInt8Oid),
                                              exec::CastContext::kImplicit));
      (start ? fr.start_offset : fr.end_offset) = std::move(offset);
      return Status::Ok();
    }
    const exec::SortKey& key = f.order_by[0];
    SqlType key_type = key.expr->type;
    SqlType offset_type;
    switch (key_type.oid) {
      case types::kInt2Oid:
      case types::kInt4Oid:
      case types::kInt8Oid: offset_type = SqlType::Of(types::kInt8Oid); break;
      case types::kFloat4Oid:
      case types::kFloat8Oid: offset_type = SqlType::Of(types::kFloat8Oid); break;
      case types::kNumericOid: offset_type = SqlType::Of(types::kNumericOid); break;
      case types::kDateOid:
      case types::kTimeOid:
      case types::kTimestampOid:
      case types::kTimestampTzOid:
      case types::kIntervalOid: offset_type = SqlType::Of(types::kIntervalOid); break;
      default:
        return WithLocation(Status::Error(sqlstate::kFeatureNotSupported,
                                          "RANGE with offset PRECEDING/FOLLOWING is not supported for column type " +
                                              exec::TypeDisplayName(key_type)),
                            offset_node.Location());
    }
    if (IsUnknownParameterExpr(*offset)) InferParameterType(*offset, offset_type);
    if (offset->type.oid != types::kUnknownOid &&
        !exec::CanCast(offset->type, offset_type, exec::CastContext::kImplicit)) {
      return WithLocation(
          Status::Error(sqlstate::kFeatureNotSupported,
                        "RANGE with offset PRECEDING/FOLLOWING is not supported for column type " +
                            exec::TypeDisplayName(key_type) + " and offset type " + exec::TypeDisplayName(offset->type))
              .WithHint("Cast the offset value to an appropriate type."),
          offset_node.Location());
    }
    ASSIGN_OR_RETURN(offset, exec::CoerceTo(std::move(offset), offset_type, exec::CastContext::kImplicit));
    // ASC: PRECEDING is key - offset; DESC flips the direction.
    bool subtract = preceding != key.descending;
    ASSIGN_OR_RETURN(ExprPtr bound, exec::MakeOperator(subtract ? "-" : "+", key.expr->Clone(), offset->Clone()));
    if (!fr.range_key) {
      ASSIGN_OR_RETURN(fr.range_key, exec::CoerceTo(key.expr->Clone(), bound->type, exec::CastContext::kImplicit));
    } else if (!(fr.range_key->type == bound->type)) {
      ASSIGN_OR_RETURN(bound, exec::CoerceTo(std::move(bound), fr.range_key->type, exec::CastContext::kImplicit));
    }
    (start ? fr.start_bound : fr.end_bound) = std::move(bound);
    (start ? fr.start_offset : fr.end_offset) = std::move(offset);
    return Status::Ok();
  };
  if (fr.start == B::kOffsetPreceding || fr.start == B::kOffsetFollowing) {
    RETURN_IF_ERROR(bind_offset(window.start_offset, true, fr.start == B::kOffsetPreceding));
  }
  if (fr.end == B::kOffsetPreceding || fr.end == B::kOffsetFollowing) {
    RETURN_IF_ERROR(bind_offset(window.end_offset, false, fr.end == B::kOffsetPreceding));
  }

  return Status::Ok();
}

Status Binder::BindWindowDefinitions(Frame& frame) {
  if (windowing == nullptr) return Status::Ok();
  std::vector<PgNode> earlier;
  for (PgNode def : windowing->definitions) {
    exec::WindowFunction scratch;
    RETURN_IF_ERROR(BindWindowSpec(def, true, earlier, scratch, frame));
    earlier.push_back(def);
  }
  return Status::Ok();
}

Result<ExprPtr> Binder::BindWindowFunction(PgNode node, Frame& frame) {
  std::string name(node.List("funcname").back().StringValue());
  int location = node.Location();
  if (inside_aggregate_) {
    return WithLocation(
        Status::Error(sqlstate::kGroupingError, "aggregate function calls cannot contain window function calls"),
        location);
  }
  if (!window_nesting_error_.empty()) return WithLocation(Status::Error("42P20", window_nesting_error_), location);
  if (windowing == nullptr || !allow_windows) {
    return WithLocation(Status::Error("42P20", "window functions are not allowed in " + clause_name), location);
  }
  exec::WindowFunction f;
  Kind kind = ClassifyFunction(name, &f.kind);
  if (kind == Kind::kAggregate || node.Bool("agg_star")) {
    f.kind = exec::WindowFunctionKind::kAggregate;
    if (node.Bool("agg_distinct")) {
      return WithLocation(
          Status::Error(sqlstate::kFeatureNotSupported, "DISTINCT is not implemented for window functions"), location);
    }
    if (!node.List("agg_order").empty()) {
      return WithLocation(
          Status::Error(sqlstate::kFeatureNotSupported, "aggregate ORDER BY is not implemented for window functions"),
          location);
    }
    if (node.Bool("agg_within_group")) return Status::NotSupported("WITHIN GROUP");
  } else if (node.Field("agg_filter")) {
    return WithLocation(
        Status::Error(sqlstate::kFeatureNotSupported, "FILTER is not implemented for non-aggregate window functions"),
        location);
  }

  // Arguments and FILTER: a window call inside is "nested".
  window_nesting_error_ = "window function calls cannot be nested";
  auto args_or = BindList(node.List("args"), frame);
  ExprPtr filter;
  if (args_or.ok() && node.Field("agg_filter")) {
    auto bound = BindCondition(node.Field("agg_filter"), frame, "FILTER");
    if (!bound.ok()) {
      window_nesting_error_.clear();
      return bound.TakeStatus();
    }
    filter = std::move(bound).value();
  }
  window_nesting_error_.clear();
  if (!args_or.ok()) return args_or.TakeStatus();
  std::vector<ExprPtr> args = std::move(args_or).value();
  for (auto& a : args) {
    if (IsUnknownParameterExpr(*a)) InferParameterType(*a, SqlType::Of(types::kTextOid));
  }

  // Function and result type.
  switch (kind) {
    case Kind::kNeither:
      if (node.Bool("agg_star")) break;
      if (exec::FunctionRegistry::Global().HasFunction(name)) {
        return WithLocation(
            Status::Error(sqlstate::kWrongObjectType,
                          "OVER specified, but " + name + " is not a window function nor an aggregate function"),
            location);
      }
      return NoSuchFunction(name, args, location);
    case Kind::kAggregate:
      break;
    case Kind::kWindow: {
      using K = exec::WindowFunctionKind;
      size_t n = args.size();
      bool ok = false;
      switch (f.kind) {
        case K::kRowNumber:
        case K::kRank:
        case K::kDenseRank:
        case K::kPercentRank:
        case K::kCumeDist:
          ok = n == 0;
          f.type = SqlType::Of(f.kind == K::kPercentRank || f.kind == K::kCumeDist ? types::kFloat8Oid
                                                                                    : types::kInt8Oid);
          if (!ok && (f.kind == K::kRank || f.kind == K::kDenseRank || f.kind == K::kPercentRank ||
                      f.kind == K::kCumeDist)) {
            return WithLocation(Status::Error("42809", "WITHIN GROUP is required for ordered-set aggregate " + name),
                                location);
          }
          break;
        case K::kNtile:
          ok = n == 1 && exec::CanCast(args[0]->type, SqlType::Of(types::kInt4Oid), exec::CastContext::kImplicit);
          if (ok) {
            ASSIGN_OR_RETURN(args[0], exec::CoerceTo(std::move(args[0]), SqlType::Of(types::kInt4Oid),
                                                     exec::CastContext::kImplicit));
          }
          f.type = SqlType::Of(types::kInt4Oid);
          break;
        case K::kLag:
        case K::kLead: {
          ok = n >= 1 && n <= 3 &&
               (n < 2 || exec::CanCast(args[1]->type, SqlType::Of(types::kInt4Oid), exec::CastContext::kImplicit));
          if (!ok) break;
          if (n == 3) {
            std::vector<SqlType> both{args[0]->type, args[2]->type};
            if (both[0].oid == types::kUnknownOid && both[1].oid == types::kUnknownOid) {
              both[0] = both[1] = SqlType::Of(types::kTextOid);
            }
            auto common = exec::CommonType(both, name);
            if (!common.ok()) return NoSuchFunction(name, args, location);
            SqlType t = *common;
            if (t.oid == types::kUnknownOid) t = SqlType::Of(types::kTextOid);
            ASSIGN_OR_RETURN(args[0], exec::CoerceTo(std::move(args[0]), t, exec::CastContext::kImplicit));
            ASSIGN_OR_RETURN(args[2], exec::CoerceTo(std::move(args[2]), t, exec::CastContext::kImplicit));
          } else {
            ASSIGN_OR_RETURN(args[0], ResolveUnknown(std::move(args[0])));
          }
          if (n >= 2) {
            ASSIGN_OR_RETURN(args[1], exec::CoerceTo(std::move(args[1]), SqlType::Of(types::kInt4Oid),
                                                     exec::CastContext::kImplicit));
          }
          f.type = args[0]->type;
          break;
        }
        case K::kFirstValue:
        case K::kLastValue:
          ok = n == 1;
          if (ok) {
            ASSIGN_OR_RETURN(args[0], ResolveUnknown(std::move(args[0])));
            f.type = args[0]->type;
          }
          break;
        case K::kNthValue: {
          ok = n == 2 && exec::CanCast(args[1]->type, SqlType::Of(types::kInt4Oid), exec::CastContext::kImplicit);
          if (!ok) break;
          ASSIGN_OR_RETURN(args[0], ResolveUnknown(std::move(args[0])));
          ASSIGN_OR_RETURN(args[1], exec::CoerceTo(std::move(args[1]), SqlType::Of(types::kInt4Oid),
                                                   exec::CastContext::kImplicit));
          f.type = args[0]->type;
          break;
        }
        case K::kAggregate: break;
      }
      if (!ok) return NoSuchFunction(name, args, location);
      f.args = std::move(args);
      break;
    }
  }
  if (f.kind == exec::WindowFunctionKind::kAggregate) {
    ASSIGN_OR_RETURN(f.aggregate, exec::MakeAggregate(name, std::move(args), node.Bool("agg_star"), false,
                                                      std::move(filter), location));
    f.type = f.aggregate.type;
  }

  RETURN_IF_ERROR(BindWindowSpec(node.Field("over"), false, windowing->definitions, f, frame));
  const exec::WindowFrame& fr = f.frame;

  std::string text = f.ToString() + " " + fr.ToString() + " " + std::to_string(f.type.oid);
  if (fr.range_key) text += " key " + fr.range_key->ToString();
  size_t index = 0;
  for (; index < windowing->texts.size(); ++index) {
    if (windowing->texts[index] == text) break;
  }
  SqlType type = f.type;
  if (index == windowing->texts.size()) {
    windowing->texts.push_back(std::move(text));
    windowing->functions.push_back(std::move(f));
  }
  return exec::MakeColumnRef(kWindowRefBase + static_cast<int>(index), type);
}

}  // namespace augur::sql
