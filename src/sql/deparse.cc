// PostgreSQL's rule printer (ruleutils.c, pretty mode) for the expressions
// augurdb stores as SQL text: column defaults and CHECK constraints. The text
// is bound against its table like INSERT does, and the bound tree is printed
// the way PostgreSQL prints the node tree it would have stored: constants
// with their type labels ('-1'::integer, 'x'::character varying,
// 0::numeric), implicit casts hidden at the top and under AND/OR/NOT but
// shown under operators and function arguments, IN lists as = ANY (ARRAY[..]),
// LIKE as ~~, parentheses only where PostgreSQL's isSimpleNode wants them.
// Anything the printer does not know falls back to the stored text.
#include <cctype>

#include "sql/binder.h"
#include "sql/system_catalog.h"
#include "types/reg_types.h"
#include "types/text_io.h"

namespace augur::sql {

using exec::Expr;
using exec::ExprKind;
using types::SqlType;

namespace {

struct Unsupported {};

bool IsOperatorName(const std::string& name) {
  return !name.empty() && !std::isalnum(static_cast<unsigned char>(name[0])) && name[0] != '_';
}

bool IsOperator(const Expr& e) {
  return e.kind == ExprKind::kFunction && e.function != nullptr && IsOperatorName(e.function->name);
}

bool IsHidden(const Expr& e) { return e.kind == ExprKind::kCast && e.cast_context != exec::CastContext::kExplicit; }

// What PostgreSQL node a bound expression corresponds to, for isSimpleNode.
enum class NodeClass { kSimple, kOp, kBool, kCast, kOther };

NodeClass ClassOf(const Expr& e) {
  switch (e.kind) {
    case ExprKind::kConstant: case ExprKind::kColumnRef: case ExprKind::kParameter: case ExprKind::kCase:
    case ExprKind::kCoalesce: case ExprKind::kNullIf: case ExprKind::kGreatest: case ExprKind::kLeast:
      return NodeClass::kSimple;
    case ExprKind::kFunction: return IsOperator(e) ? NodeClass::kOp : NodeClass::kSimple;
    case ExprKind::kCast: return NodeClass::kCast;
    case ExprKind::kAnd: case ExprKind::kOr: case ExprKind::kNot: return NodeClass::kBool;
    case ExprKind::kLike: case ExprKind::kIsNull: case ExprKind::kIsNotNull: case ExprKind::kIsTrue:
    case ExprKind::kIsFalse: case ExprKind::kIsDistinctFrom:
      return NodeClass::kOp;
    default: return NodeClass::kOther;
  }
}

int ArithmeticClass(const Expr& e) {
  if (!IsOperator(e) || e.children.size() != 2) return 0;
  char c = e.function->name[0];
  if (e.function->name.size() != 1) return 0;
  if (c == '+' || c == '-') return 1;
  if (c == '*' || c == '/' || c == '%') return 2;
  return 0;
}

class Printer {
 public:
  explicit Printer(const std::vector<std::string>& columns) : columns_(columns) {}

  // get_rule_expr
  std::string Expr(const exec::Expr& e, bool show_implicit) {
    switch (e.kind) {
      case ExprKind::kConstant: return Const(e, 0);
      case ExprKind::kColumnRef:
        if (e.index < 0 || e.index >= static_cast<int>(columns_.size())) throw Unsupported();
        return types::QuoteIdentifier(columns_[e.index]);
      case ExprKind::kCast:
        if (IsHidden(e) && !show_implicit) return Paren(*e.children[0], e, false);
        return Coercion(e);
      case ExprKind::kFunction: {
        if (e.function == nullptr) throw Unsupported();
        const std::string& name = e.function->name;
        if (IsOperator(e)) {
          if (e.children.size() == 2) {
            return Paren(*e.children[0], e, true) + " " + name + " " + Paren(*e.children[1], e, true);
          }
          if (e.children.size() == 1) return name + " " + Paren(*e.children[0], e, true);
          throw Unsupported();
        }
        std::string out = name + "(";
        for (size_t i = 0; i < e.children.size(); ++i) {
          if (i) out += ", ";
          out += Expr(*e.children[i], true);
        }
        return out + ")";
      }
      case ExprKind::kAnd:
      case ExprKind::kOr: {
        std::string out;
        for (size_t i = 0; i < e.children.size(); ++i) {
          if (i) out += e.kind == ExprKind::kAnd ? " AND " : " OR ";
          out += Paren(*e.children[i], e, false);
        }
        return out;
      }
      case ExprKind::kNot: return "NOT " + Paren(*e.children[0], e, false);
      case ExprKind::kIsNull: return Paren(*e.children[0], e, true) + " IS NULL";
      case ExprKind::kIsNotNull: return Paren(*e.children[0], e, true) + " IS NOT NULL";
      case ExprKind::kIsTrue: return Paren(*e.children[0], e, false) + (e.negated ? " IS NOT TRUE" : " IS TRUE");
      case ExprKind::kIsFalse: return Paren(*e.children[0], e, false) + (e.negated ? " IS NOT FALSE" : " IS FALSE");
      case ExprKind::kIsDistinctFrom:
        return Paren(*e.children[0], e, true) + (e.negated ? " IS NOT DISTINCT FROM " : " IS DISTINCT FROM ") +
               Paren(*e.children[1], e, true);
      case ExprKind::kLike: {
        if (e.children.size() != 2) throw Unsupported();
        std::string op = e.case_insensitive ? "~~*" : "~~";
        if (e.negated) op = "!" + op;
        return Paren(*e.children[0], e, true) + " " + op + " " + Paren(*e.children[1], e, true);
      }
      case ExprKind::kInList: {
        if (e.function == nullptr) throw Unsupported();
        std::string out = Paren(*e.children[0], e, true) + (e.negated ? " <> ALL (ARRAY[" : " = ANY (ARRAY[");
        for (size_t i = 1; i < e.children.size(); ++i) {
          if (i > 1) out += ", ";
          out += Expr(*e.children[i], true);
        }
        return out + "])";
      }
      case ExprKind::kCase: {
        std::string out = "CASE";
        size_t pairs = (e.children.size() - (e.has_else ? 1 : 0)) / 2;
        for (size_t i = 0; i < pairs; ++i) {
          out += " WHEN " + Expr(*e.children[2 * i], false) + " THEN " + Expr(*e.children[2 * i + 1], true);
        }
        if (e.has_else) out += " ELSE " + Expr(*e.children.back(), true);
        return out + " END";
      }
      case ExprKind::kCoalesce: return List("COALESCE", e);
      case ExprKind::kGreatest: return List("GREATEST", e);
      case ExprKind::kLeast: return List("LEAST", e);
      case ExprKind::kNullIf: return List("NULLIF", e);
      default: throw Unsupported();
    }
  }

 private:
  std::string List(const char* name, const exec::Expr& e) {
    std::string out = std::string(name) + "(";
    for (size_t i = 0; i < e.children.size(); ++i) {
      if (i) out += ", ";
      out += Expr(*e.children[i], true);
    }
    return out + ")";
  }

  // get_rule_expr_paren: parentheses unless isSimpleNode(node, parent).
  std::string Paren(const exec::Expr& node, const exec::Expr& parent, bool show_implicit) {
    const exec::Expr* shown = &node;
    while (IsHidden(*shown) && !show_implicit) shown = shown->children[0].get();
    std::string text = Expr(node, show_implicit);
    return Simple(*shown, parent) ? text : "(" + text + ")";
  }

  bool Simple(const exec::Expr& node, const exec::Expr& parent) {
    NodeClass node_class = ClassOf(node);
    NodeClass parent_class = ClassOf(parent);
    switch (node_class) {
      case NodeClass::kSimple: return true;
      case NodeClass::kCast: return true;  // function-like (x::type)
      case NodeClass::kOp: {
        if (IsOperator(node) && IsOperator(parent)) {
          int op = ArithmeticClass(node), parent_op = ArithmeticClass(parent);
          if (op == 0 || parent_op == 0) return false;
          if (op == 2 && parent_op == 1) return true;
          if (op == 1 && parent_op == 2) return false;
          return parent.children.size() == 2 && parent.children[0].get() == &node;
        }
        return parent_class == NodeClass::kBool || parent.kind == ExprKind::kCase ||
               parent.kind == ExprKind::kCoalesce || parent.kind == ExprKind::kGreatest ||
               parent.kind == ExprKind::kLeast || parent.kind == ExprKind::kNullIf ||
               (parent.kind == ExprKind::kFunction && !IsOperator(parent));
      }
      case NodeClass::kBool: {
        if (parent_class == NodeClass::kBool) {
          if (node.kind == ExprKind::kNot || node.kind == ExprKind::kAnd) {
            return parent.kind == ExprKind::kAnd || parent.kind == ExprKind::kOr;
          }
          return parent.kind == ExprKind::kOr;
        }
        return parent.kind == ExprKind::kCase || parent.kind == ExprKind::kCoalesce ||
               (parent.kind == ExprKind::kFunction && !IsOperator(parent));
      }
      default: return false;
    }
  }

  // get_coercion_expr
  std::string Coercion(const exec::Expr& e) {
    const exec::Expr& arg = *e.children[0];
    std::string label = "::" + types::FormatType(e.type);
    if (arg.kind == ExprKind::kConstant && arg.type.oid == e.type.oid && arg.type.typmod == -1) {
      return Const(arg, -1) + label;
    }
    std::string text = Expr(arg, false);
    const exec::Expr* shown = &arg;
    while (IsHidden(*shown)) shown = shown->children[0].get();
    NodeClass c = ClassOf(*shown);
    bool simple = c == NodeClass::kSimple || c == NodeClass::kCast;
    return (simple ? text : "(" + text + ")") + label;
  }

  // get_const_expr; show_type -1 = never label, 0 = when needed.
  std::string Const(const exec::Expr& e, int show_type) {
    const types::Value& v = e.constant;
    // PostgreSQL coerces an untyped literal to a character type without the
    // column's length ('n'::bpchar, 'x'::character varying).
    SqlType label_type = e.type;
    if (label_type.oid == types::kBpcharOid || label_type.oid == types::kVarcharOid) label_type.typmod = -1;
    std::string label = "::" + types::FormatType(label_type);
    if (v.is_null()) return show_type >= 0 ? "NULL" + label : "NULL";
    std::string text;
    types::AppendText(v, &text);
    std::string out;
    bool need_label = false;
    switch (e.type.oid) {
      case types::kInt4Oid:
        if (text[0] != '-') {
          out = text;
        } else {
          out = "'" + text + "'";
          need_label = true;
        }
        break;
      case types::kNumericOid: {
        bool numeric_looking = std::isdigit(static_cast<unsigned char>(text[0])) &&
                               text.find_first_not_of("0123456789+-eE.") == std::string::npos;
        bool is_float = false;
        if (numeric_looking) {
          out = (text[0] == '+' || text[0] == '-') ? "(" + text + ")" : text;
          is_float = text.find_first_of("eE.") != std::string::npos;
        } else {
          out = Quote(text);
        }
        need_label = !is_float || e.type.typmod >= 0;
        break;
      }
      case types::kBoolOid: out = v.GetBool() ? "true" : "false"; break;
      case types::kUnknownOid: out = Quote(text); break;
      default:
        out = Quote(text);
        need_label = true;
        break;
    }
    if (show_type < 0 || !need_label) return out;
    return out + label;
  }

  static std::string Quote(const std::string& text) {
    std::string out = "'";
    for (char c : text) {
      if (c == '\'') out.push_back('\'');
      out.push_back(c);
    }
    return out + "'";
  }

  const std::vector<std::string>& columns_;
};

// Binds `sql` over the table's columns (Binder as INSERT binds stored text).
Result<exec::ExprPtr> BindStored(catalog::Catalog& catalog, const catalog::Table* table, const std::string& sql,
                                 std::shared_ptr<ParseTree>* tree_out) {
  ASSIGN_OR_RETURN(auto parsed, ParseTree::Parse("SELECT (" + sql + ")"));
  std::shared_ptr<ParseTree> tree(std::move(parsed));
  *tree_out = tree;
  PgNode expr = tree->statements()[0].node.List("targetList")[0].Field("val");
  static StatementContext no_statement;
  BindState state;
  state.tree = tree.get();
  state.catalog = &catalog;
  state.statement = &no_statement;
  state.now_slot = 0;
  state.next_slot = 1;
  Scope scope;
  if (table != nullptr) {
    for (const auto& column : table->columns) {
      ScopeColumn c;
      c.name = column.name;
      c.table_alias = table->name;
      c.type = column.type;
      c.table_oid = table->oid;
      c.attnum = column.attnum;
      scope.columns.push_back(std::move(c));
    }
  }
  Frame frame;
  frame.scope = &scope;
  Binder binder(state);
  return binder.BindExpr(expr, frame);
}

std::string Lower(std::string_view s) {
  std::string out;
  for (char c : s) out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return out;
}

std::string Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return std::string(s);
}

}  // namespace

std::string DeparseStoredExpression(catalog::Catalog& catalog, const catalog::Table* table, const std::string& sql,
                                    std::optional<SqlType> column_type) {
  std::string trimmed = Trim(sql);
  std::string lower = Lower(trimmed);
  // SQL-standard value functions print as keywords; nextval() defaults are
  // stored in PostgreSQL's own form already.
  static constexpr std::string_view kKeywords[] = {"current_date", "current_timestamp", "current_time",
                                                   "localtimestamp", "localtime", "current_user",
                                                   "session_user", "current_role", "current_schema",
                                                   "current_catalog", "user"};
  for (std::string_view k : kKeywords) {
    if (lower == k) {
      std::string upper;
      for (char c : k) upper.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
      return upper;
    }
  }
  if (lower == "now()" || lower == "transaction_timestamp()") return lower == "now()" ? "now()" : "transaction_timestamp()";
  if (lower.rfind("nextval(", 0) == 0) {
    // nextval('seq'::regclass) of a serial column names its sequence in the
    // table's schema; PostgreSQL prints it qualified when the search path
    // would not find it by the bare name.
    constexpr std::string_view kOpen = "nextval('", kClose = "'::regclass)";
    if (table == nullptr || table->schema_name == "public" || !trimmed.starts_with(kOpen) ||
        !trimmed.ends_with(kClose) || trimmed.size() <= kOpen.size() + kClose.size()) {
      return trimmed;
    }
    std::string name = trimmed.substr(kOpen.size(), trimmed.size() - kOpen.size() - kClose.size());
    if (name.find('.') != std::string::npos || name.find('"') != std::string::npos) return trimmed;
    auto visible = catalog.LookupSequence(nullptr, "", name);
    if (visible.ok() && (*visible)->schema_oid == table->schema_oid) return trimmed;
    return std::string(kOpen) + types::QuoteIdentifier(table->schema_name) + "." + name + std::string(kClose);
  }
  std::shared_ptr<ParseTree> tree;
  auto bound = BindStored(catalog, table, trimmed, &tree);
  if (!bound.ok()) return trimmed;
  exec::ExprPtr e = std::move(bound).value();
  // An untyped literal default takes the column's type (PostgreSQL coerces
  // the unknown constant itself; the length coercion is an implicit cast).
  if (column_type && e->kind == ExprKind::kConstant && e->type.oid == types::kUnknownOid) {
    auto coerced = exec::CoerceTo(std::move(e), SqlType::Of(column_type->oid), exec::CastContext::kImplicit);
    if (!coerced.ok()) return trimmed;
    e = std::move(coerced).value();
  }
  if (column_type && e->kind == ExprKind::kConstant && e->type.oid == types::kTextOid &&
      column_type->oid != types::kTextOid && (column_type->oid == types::kVarcharOid ||
                                              column_type->oid == types::kBpcharOid)) {
    // The binder types string literals in parentheses as text already.
    e->type = SqlType::Of(column_type->oid);
    e->constant.Relabel(e->type);
  }
  std::vector<std::string> columns;
  if (table != nullptr) {
    for (const auto& column : table->columns) columns.push_back(column.name);
  }
  try {
    Printer printer(columns);
    return printer.Expr(*e, false);
  } catch (const Unsupported&) {
    return trimmed;
  }
}

std::vector<int16_t> CheckColumns(catalog::Catalog& catalog, const catalog::Table& table, const std::string& sql) {
  std::shared_ptr<ParseTree> tree;
  auto bound = BindStored(catalog, &table, sql, &tree);
  std::vector<int16_t> out;
  if (!bound.ok()) return out;
  std::vector<int> refs;
  CollectColumnRefs(**bound, &refs);
  for (int r : refs) {
    if (r < 0 || r >= static_cast<int>(table.columns.size())) continue;
    int16_t attnum = table.columns[r].attnum;
    if (std::find(out.begin(), out.end(), attnum) == out.end()) out.push_back(attnum);
  }
  return out;
}

}  // namespace augur::sql
