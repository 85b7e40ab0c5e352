// CREATE TABLE / CREATE INDEX / DROP / TRUNCATE: parse-tree nodes turned into
// catalog definitions. DEFAULT and CHECK expressions are stored as SQL text
// cut from the statement (the engine re-parses them when it binds DML), after
// checking here that they bind.
#include <cctype>
#include <functional>
#include <regex>
#include <set>

#include "sql/engine_impl.h"
#include "sql/foreign_keys.h"
#include "types/reg_types.h"

namespace augur::sql {

namespace {

bool IsIdentifierChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Scans SQL text from `pos`, calling `on_token(start, end, depth)` for each
// token outside quotes/comments, until it returns false. Returns the position
// where scanning stopped.
template <typename F>
size_t ScanTokens(const std::string& text, size_t pos, F&& on_token) {
  int depth = 0;
  while (pos < text.size()) {
    char c = text[pos];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++pos;
      continue;
    }
    if (c == '-' && pos + 1 < text.size() && text[pos + 1] == '-') {
      while (pos < text.size() && text[pos] != '\n') ++pos;
      continue;
    }
    if (c == '/' && pos + 1 < text.size() && text[pos + 1] == '*') {
      size_t end = text.find("*/", pos + 2);
      pos = end == std::string::npos ? text.size() : end + 2;
      continue;
    }
    size_t start = pos;
    if (c == '\'' || c == '"') {
      ++pos;
      while (pos < text.size()) {
        if (text[pos] == c) {
          if (pos + 1 < text.size() && text[pos + 1] == c) {
            pos += 2;
            continue;
          }
          ++pos;
          break;
        }
        ++pos;
      }
    } else if (IsIdentifierChar(c)) {
      while (pos < text.size() && IsIdentifierChar(text[pos])) ++pos;
    } else {
      ++pos;
    }
    if (c == '(') ++depth;
    if (!on_token(start, pos, depth)) return start;
    if (c == ')') --depth;
  }
  return pos;
}

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\n' || s[b] == '\t' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\n' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
  return std::string(s.substr(b, e - b));
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

// Text of `DEFAULT <b_expr>` starting at the DEFAULT keyword.
std::string DefaultExpressionText(const std::string& text, size_t keyword_pos) {
  static const char* kStopWords[] = {"constraint", "not",     "null",      "primary", "unique",    "check",
                                     "references", "default", "collate",   "generated", "deferrable", "initially"};
  size_t begin = std::string::npos;
  bool first = true;
  size_t end = ScanTokens(text, keyword_pos, [&](size_t s, size_t e, int depth) {
    std::string_view token(text.data() + s, e - s);
    if (first) {  // the DEFAULT keyword itself
      first = false;
      return true;
    }
    if (begin == std::string::npos) {
      begin = s;
      return true;
    }
    if (depth == 0 && (token == "," || token == ")" || token == ";")) return false;
    if (depth == 0) {
      for (const char* word : kStopWords) {
        if (EqualsIgnoreCase(token, word)) return false;
      }
    }
    return true;
  });
  if (begin == std::string::npos) return "";
  return Trim(std::string_view(text).substr(begin, end - begin));
}

// Text inside the parentheses of `CHECK (...)`, scanning from `pos`.
std::string CheckExpressionText(const std::string& text, size_t pos) {
  size_t open = std::string::npos, close = std::string::npos;
  ScanTokens(text, pos, [&](size_t s, size_t e, int depth) {
    std::string_view token(text.data() + s, e - s);
    if (open == std::string::npos) {
      if (token == "(") open = e;
      return true;
    }
    if (token == ")" && depth == 1) {
      close = s;
      return false;
    }
    return true;
  });
  if (open == std::string::npos || close == std::string::npos) return "";
  return Trim(std::string_view(text).substr(open, close - open));
}

void CollectColumnNames(PgNode node, std::vector<std::string>* out) {
  switch (node.kind()) {
    case PgNode::Kind::kObject:
      if (node.Is("ColumnRef")) {
        auto fields = node.List("fields");
        if (!fields.empty() && !fields.back().Is("A_Star")) {
          std::string name(fields.back().StringValue());
          if (std::find(out->begin(), out->end(), name) == out->end()) out->push_back(name);
        }
        return;
      }
      for (PgNode m : node.Members()) CollectColumnNames(m, out);
      break;
    case PgNode::Kind::kArray:
      for (PgNode m : node.Items()) CollectColumnNames(m, out);
      break;
    default:
      break;
  }
}

std::vector<std::string> KeyNames(PgNode constraint) {
  std::vector<std::string> names;
  for (PgNode key : constraint.List("keys")) names.emplace_back(key.StringValue());
  return names;
}

}  // namespace

std::string CheckExpressionTextAt(const std::string& text, size_t pos) { return CheckExpressionText(text, pos); }

void CollectReferencedColumns(PgNode node, std::vector<std::string>* out) { CollectColumnNames(node, out); }

std::string ExpressionTextAfterKeyword(const std::string& text, PgNode expression, std::string_view keyword) {
  // The leftmost location inside the expression (an A_Expr's own location is
  // its operator's); the keyword is the last one before it.
  int first = INT32_MAX;
  std::function<void(PgNode)> visit = [&](PgNode node) {
    if (node.kind() == PgNode::Kind::kObject) {
      int location = node.Location();
      if (location >= 0) first = std::min(first, location);
      for (PgNode m : node.Members()) visit(m);
    } else if (node.kind() == PgNode::Kind::kArray) {
      for (PgNode m : node.Items()) visit(m);
    }
  };
  visit(expression);
  if (first == INT32_MAX) return "";
  size_t keyword_pos = std::string::npos;
  ScanTokens(text, 0, [&](size_t s, size_t e, int) {
    if (s >= static_cast<size_t>(first)) return false;
    if (EqualsIgnoreCase(std::string_view(text.data() + s, e - s), keyword)) keyword_pos = s;
    return true;
  });
  if (keyword_pos == std::string::npos) return "";
  if (EqualsIgnoreCase(keyword, "default")) return DefaultExpressionText(text, keyword_pos);
  // USING <expr>: up to a top-level ',' or ';' or the end.
  size_t begin = std::string::npos;
  bool skipped_keyword = false;
  size_t end = ScanTokens(text, keyword_pos, [&](size_t s, size_t e, int depth) {
    std::string_view token(text.data() + s, e - s);
    if (!skipped_keyword) {
      skipped_keyword = true;
      return true;
    }
    if (depth == 0 && (token == "," || token == ";" || token == ")")) return false;
    if (begin == std::string::npos) begin = s;
    return true;
  });
  if (begin == std::string::npos) return "";
  return Trim(std::string_view(text).substr(begin, end - begin));
}

Status ParseColumnDef(const ParseTree& tree, PgNode element, Binder& type_binder, ParsedColumn* out) {
  const std::string& text = tree.text();
  catalog::ColumnDefinition& column = out->column;
  column.name = element.Str("colname");
  PgNode type_name = element.Field("typeName");
  auto names = type_name.List("names");
  std::string last = names.empty() ? "" : std::string(names.back().StringValue());
  if (names.size() == 1 && (last == "serial" || last == "serial4" || last == "bigserial" || last == "serial8" ||
                            last == "smallserial" || last == "serial2")) {
    if (!type_name.List("arrayBounds").empty()) {
      return WithLocation(Status::Error(sqlstate::kFeatureNotSupported, "array of serial is not implemented"),
                          type_name.Location());
    }
    column.serial = true;
    column.type = types::SqlType::Of(last == "bigserial" || last == "serial8"   ? types::kInt8Oid
                                     : last == "smallserial" || last == "serial2" ? types::kInt2Oid
                                                                                  : types::kInt4Oid);
  } else {
    ASSIGN_OR_RETURN(column.type, type_binder.BindTypeName(type_name));
  }
  if (element.Field("collClause")) {
    std::string collation(element.Field("collClause").List("collname").back().StringValue());
    if (collation != "C" && collation != "POSIX" && collation != "default") {
      return Status::NotSupported("collation \"" + collation + "\"");
    }
  }
  auto make_check = [&](PgNode constraint) -> Status {
    catalog::CheckDefinition check;
    if (!constraint.Str("conname").empty()) check.name = std::string(constraint.Str("conname"));
    int location = constraint.Location();
    check.expression_sql = CheckExpressionTextAt(text, location >= 0 ? static_cast<size_t>(location) : 0);
    if (check.expression_sql.empty()) return Status::Internal("could not extract the CHECK expression");
    CollectColumnNames(constraint.Field("raw_expr"), &check.referenced_columns);
    if (constraint.Bool("is_no_inherit")) return Status::NotSupported("NO INHERIT constraints");
    if (check.referenced_columns.empty()) check.referenced_columns.push_back(column.name);
    out->checks.push_back(std::move(check));
    return Status::Ok();
  };
  std::string_view previous;  // the constraint a DEFERRABLE / INITIALLY clause follows
  for (PgNode constraint : element.List("constraints")) {
    std::string_view contype = constraint.Str("contype");
    const std::string_view follows = previous;
    previous = contype;
    if (contype == "CONSTR_NOTNULL") {
      column.not_null = true;
    } else if (contype == "CONSTR_NULL") {
      column.not_null = false;
    } else if (contype == "CONSTR_DEFAULT") {
      if (column.serial) {
        return WithLocation(Status::Error(sqlstate::kSyntaxError, "multiple default values specified for column \"" +
                                                                      column.name + "\" of table \"" + out->table_name +
                                                                      "\""),
                            constraint.Location());
      }
      int location = constraint.Location();
      column.default_sql = DefaultExpressionText(text, location >= 0 ? static_cast<size_t>(location) : 0);
      if (column.default_sql->empty()) return Status::Internal("could not extract the DEFAULT expression");
      std::vector<std::string> refs;
      CollectColumnNames(constraint.Field("raw_expr"), &refs);
      if (!refs.empty()) {
        return WithLocation(Status::Error(sqlstate::kFeatureNotSupported,
                                          "cannot use column reference in DEFAULT expression"),
                            constraint.Field("raw_expr").Location());
      }
    } else if (contype == "CONSTR_PRIMARY") {
      if (out->primary_key) {
        return WithLocation(Status::Error(sqlstate::kInvalidTableDefinition, "multiple primary keys for table \"" +
                                                                                 out->table_name + "\" are not allowed"),
                            constraint.Location());
      }
      catalog::KeyConstraintDefinition key;
      if (!constraint.Str("conname").empty()) key.name = std::string(constraint.Str("conname"));
      key.columns = {column.name};
      out->primary_key = std::move(key);
      column.not_null = true;
    } else if (contype == "CONSTR_UNIQUE") {
      catalog::KeyConstraintDefinition key;
      if (!constraint.Str("conname").empty()) key.name = std::string(constraint.Str("conname"));
      key.columns = {column.name};
      out->uniques.push_back(std::move(key));
    } else if (contype == "CONSTR_CHECK") {
      RETURN_IF_ERROR(make_check(constraint));
    } else if (contype == "CONSTR_FOREIGN") {
      out->foreign_keys.push_back({constraint, {}});
    } else if (contype == "CONSTR_IDENTITY") {
      if (column.identity != 0) {
        return WithLocation(Status::Error(sqlstate::kSyntaxError, "multiple identity specifications for column \"" +
                                                                      column.name + "\" of table \"" +
                                                                      out->table_name + "\""),
                            constraint.Location());
      }
      column.identity = constraint.Str("generated_when") == "a" ? 'a' : 'd';
      bool owned_by_none = false;
      RETURN_IF_ERROR(ParseSequenceOptions(tree, constraint.List("options"), nullptr, &out->identity_options,
                                           &owned_by_none));
      column.not_null = true;
    } else if (contype == "CONSTR_GENERATED") {
      return WithLocation(Status::NotSupported("generated columns"), constraint.Location());
    } else if (contype == "CONSTR_ATTR_NOT_DEFERRABLE" || contype == "CONSTR_ATTR_IMMEDIATE") {
      // The defaults.
    } else if ((contype == "CONSTR_ATTR_DEFERRABLE" || contype == "CONSTR_ATTR_DEFERRED") &&
               (follows == "CONSTR_FOREIGN" || follows.starts_with("CONSTR_ATTR_")) && !out->foreign_keys.empty()) {
      // Of the REFERENCES before it (INITIALLY DEFERRED implies DEFERRABLE).
      out->foreign_keys.back().timing.deferrable = true;
      if (contype == "CONSTR_ATTR_DEFERRED") out->foreign_keys.back().timing.initially_deferred = true;
      previous = follows;
    } else if ((contype == "CONSTR_ATTR_DEFERRABLE" || contype == "CONSTR_ATTR_DEFERRED") &&
               (follows == "CONSTR_PRIMARY" || follows == "CONSTR_UNIQUE")) {
      return WithLocation(Status::NotSupported("DEFERRABLE constraints other than FOREIGN KEY"), constraint.Location());
    } else if (contype == "CONSTR_ATTR_DEFERRABLE" || contype == "CONSTR_ATTR_DEFERRED") {
      return WithLocation(Status::Error(sqlstate::kSyntaxError, contype == "CONSTR_ATTR_DEFERRABLE"
                                                                    ? "misplaced DEFERRABLE clause"
                                                                    : "misplaced INITIALLY DEFERRED clause"),
                          constraint.Location());
    } else {
      return WithLocation(Status::NotSupported("column constraint " + std::string(contype)), constraint.Location());
    }
  }
  if (column.identity != 0 && column.default_sql) {
    return WithLocation(Status::Error(sqlstate::kSyntaxError, "both default and identity specified for column \"" +
                                                                  column.name + "\" of table \"" + out->table_name +
                                                                  "\""),
                        element.Location());
  }
  if (column.identity != 0 && column.serial) {
    return WithLocation(Status::Error(sqlstate::kSyntaxError, "both default and identity specified for column \"" +
                                                                  column.name + "\" of table \"" + out->table_name +
                                                                  "\""),
                        element.Location());
  }
  return Status::Ok();
}

Result<std::string> CreationSchemaName(PgNode relation) {
  std::string schema(relation.Str("schemaname"));
  if (relation.Str("relpersistence") != "t") return schema;
  std::string_view temp = catalog::ActiveTempSchema();
  if (temp.empty()) return Status::Internal("no temporary schema for a temporary relation");
  if (!schema.empty() && schema != "pg_temp" && schema != temp) {
    return WithLocation(Status::Error("42P16", "cannot create temporary relation in non-temporary schema"),
                        relation.Location());
  }
  return std::string(temp);
}

Status CheckOnCommit(PgNode relation, std::string_view on_commit) {
  if (relation.Str("relpersistence") == "t" || on_commit.empty() || on_commit == "ONCOMMIT_NOOP") {
    return Status::Ok();
  }
  return Status::Error("42P16", "ON COMMIT can only be used on temporary tables");
}

// CREATE TABLE ... (LIKE source [INCLUDING | EXCLUDING option ...]): the
// source's columns with their types and NOT NULL, and per option its
// defaults, identity, CHECK constraints, indexes and column comments
// (PostgreSQL's TableLikeOption bits); never its foreign keys. Indexes and
// comments are added once the new table exists (LikeExtras).
namespace {

constexpr int64_t kLikeComments = 1 << 0;
constexpr int64_t kLikeConstraints = 1 << 2;
constexpr int64_t kLikeDefaults = 1 << 3;
constexpr int64_t kLikeIdentity = 1 << 5;
constexpr int64_t kLikeIndexes = 1 << 6;

struct LikeExtras {
  std::vector<std::pair<std::vector<std::string>, bool>> indexes;    // other indexes: (columns, unique)
  std::vector<std::pair<std::string, std::string>> column_comments;  // (column, comment)
};

Status AddLikeColumns(PgNode like, catalog::Catalog& catalog, storage::Transaction* txn,
                      catalog::TableDefinition& definition, std::vector<std::unique_ptr<ParsedColumn>>& parsed_columns,
                      LikeExtras& extras) {
  PgNode relation = like.Field("relation");
  auto source = catalog.LookupTable(txn, relation.Str("schemaname"), relation.Str("relname"));
  if (!source.ok()) {
    // PostgreSQL also copies the columns of views and composite types.
    if (source.status().sqlstate() == sqlstate::kWrongObjectType) {
      return WithLocation(Status::NotSupported("CREATE TABLE ... LIKE of a view or sequence"), relation.Location());
    }
    return WithLocation(source.TakeStatus(), relation.Location());
  }
  const catalog::Table& table = **source;
  const int64_t options = like.Int("options");
  std::vector<std::shared_ptr<const catalog::Sequence>> sequences;
  if ((options & kLikeIdentity) != 0) {
    ASSIGN_OR_RETURN(sequences, catalog.OwnedSequences(txn, table.oid));
  }
  auto name_of = [&](int16_t attnum) { return table.columns[attnum - 1].name; };
  for (const catalog::Column& column : table.columns) {
    auto parsed = std::make_unique<ParsedColumn>();
    parsed->table_name = definition.name;
    catalog::ColumnDefinition& copy = parsed->column;
    copy.name = column.name;
    copy.type = column.type;
    copy.not_null = column.not_null;
    if (column.identity != 0) {
      if ((options & kLikeIdentity) != 0) {
        copy.identity = column.identity;
        for (const auto& sequence : sequences) {
          if (sequence->owned_by_attnum != column.attnum) continue;
          catalog::SequenceDefinition& o = parsed->identity_options;
          o.type = sequence->type;
          o.start = sequence->start;
          o.increment = sequence->increment;
          o.min_value = sequence->min_value;
          o.max_value = sequence->max_value;
          o.cycle = sequence->cycle;
        }
      }
    } else if ((options & kLikeDefaults) != 0) {
      copy.default_sql = column.default_sql;  // a serial's nextval of the source's sequence, as PostgreSQL
    }
    if ((options & kLikeComments) != 0 && column.comment)
      extras.column_comments.emplace_back(column.name, *column.comment);
    definition.columns.push_back(copy);
    if (copy.identity != 0) definition.columns.back().identity_options = &parsed->identity_options;
    parsed_columns.push_back(std::move(parsed));
  }
  if ((options & kLikeConstraints) != 0) {
    for (const catalog::CheckConstraint& check : table.checks) {
      definition.checks.push_back({check.name, check.expression_sql, {}});
    }
  }
  if ((options & kLikeIndexes) != 0) {
    // New names, as PostgreSQL: <table>_pkey, <table>_<columns>_key, _idx.
    for (const catalog::Index& index : table.indexes) {
      std::vector<std::string> columns;
      for (int16_t attnum : index.attnums) columns.push_back(name_of(attnum));
      if (index.primary) {
        if (definition.primary_key) {
          return Status::Error(sqlstate::kInvalidTableDefinition,
                               "multiple primary keys for table \"" + definition.name + "\" are not allowed");
        }
        definition.primary_key = catalog::KeyConstraintDefinition{std::nullopt, std::move(columns)};
      } else if (index.is_constraint) {
        definition.unique_constraints.push_back({std::nullopt, std::move(columns)});
      } else {
        extras.indexes.emplace_back(std::move(columns), index.unique);
      }
    }
  }
  return Status::Ok();
}

Status ApplyLikeExtras(const LikeExtras& extras, const catalog::TableDefinition& definition, catalog::Catalog& catalog,
                       storage::Transaction* txn) {
  for (const auto& [columns, unique] : extras.indexes) {
    catalog::IndexDefinition index;
    index.schema_name = definition.schema_name;
    index.table_name = definition.name;
    index.columns = columns;
    index.unique = unique;
    Status notice;
    RETURN_IF_ERROR(catalog.CreateIndex(txn, index, &notice).status());
  }
  if (extras.column_comments.empty()) return Status::Ok();
  ASSIGN_OR_RETURN(auto table, catalog.LookupTable(txn, definition.schema_name, definition.name));
  for (const auto& [column, comment] : extras.column_comments) {
    int position = table->FindColumn(column);
    if (position < 0) continue;
    RETURN_IF_ERROR(catalog.SetComment(txn, *table, table->columns[position].attnum, comment));
    ASSIGN_OR_RETURN(table, catalog.LookupTable(txn, definition.schema_name, definition.name));
  }
  return Status::Ok();
}

}  // namespace

Status ExecuteCreateTable(const ParseTree& tree, PgNode stmt, catalog::Catalog& catalog, storage::Transaction* txn,
                          ResultSink& sink) {
  PgNode relation = stmt.Field("relation");
  RETURN_IF_ERROR(CheckOnCommit(relation, stmt.Str("oncommit")));
  if (!stmt.List("inhRelations").empty()) return Status::NotSupported("table inheritance (INHERITS)");
  if (stmt.Field("partspec")) return Status::NotSupported("partitioned tables");
  if (stmt.Field("partbound")) return Status::NotSupported("partitions");
  if (stmt.Field("ofTypename")) return Status::NotSupported("typed tables (OF type)");
  for (PgNode option : stmt.List("options")) {
    // fillfactor only tunes PostgreSQL's heap pages; it has no meaning here.
    if (option.Str("defname") != "fillfactor") {
      return Status::NotSupported("storage parameter \"" + std::string(option.Str("defname")) + "\"");
    }
  }
  if (!stmt.Str("tablespacename").empty()) return Status::NotSupported("tablespaces");
  if (!stmt.Str("accessMethod").empty()) return Status::NotSupported("table access methods");

  catalog::TableDefinition definition;
  ASSIGN_OR_RETURN(definition.schema_name, CreationSchemaName(relation));
  definition.name = relation.Str("relname");
  definition.if_not_exists = stmt.Bool("if_not_exists");
  const std::string& text = tree.text();

  BindState state;
  state.tree = &tree;
  Binder type_binder(state);

  auto add_key = [&](PgNode constraint, const std::optional<std::string>& name, const std::vector<std::string>& columns,
                     bool primary) -> Status {
    if (constraint.Bool("deferrable")) {
      return WithLocation(Status::NotSupported("DEFERRABLE constraints other than FOREIGN KEY"), constraint.Location());
    }
    catalog::KeyConstraintDefinition key;
    key.name = name;
    key.columns = columns;
    if (primary) {
      if (definition.primary_key) {
        return WithLocation(Status::Error(sqlstate::kInvalidTableDefinition,
                                          "multiple primary keys for table \"" + definition.name + "\" are not allowed"),
                            constraint.Location());
      }
      definition.primary_key = std::move(key);
    } else {
      definition.unique_constraints.push_back(std::move(key));
    }
    return Status::Ok();
  };
  auto constraint_name = [](PgNode constraint) -> std::optional<std::string> {
    if (constraint.Str("conname").empty()) return std::nullopt;
    return std::string(constraint.Str("conname"));
  };

  // Identity options must stay put while definition.columns points at them.
  std::vector<std::unique_ptr<ParsedColumn>> parsed_columns;
  LikeExtras like_extras;  // what LIKE ... INCLUDING adds once the table exists
  // FOREIGN KEY / REFERENCES constraints with their referencing columns:
  // added once the table exists (it may reference itself).
  struct PendingForeignKey {
    PgNode node;
    std::vector<std::string> columns;
    ConstraintTiming timing;
  };
  std::vector<PendingForeignKey> foreign_keys;
  for (PgNode element : stmt.List("tableElts")) {
    if (element.Is("ColumnDef")) {
      auto parsed = std::make_unique<ParsedColumn>();
      parsed->table_name = definition.name;
      RETURN_IF_ERROR(ParseColumnDef(tree, element, type_binder, parsed.get()));
      if (parsed->primary_key) {
        for (PgNode constraint : element.List("constraints")) {
          if (constraint.Str("contype") == "CONSTR_PRIMARY") {
            RETURN_IF_ERROR(add_key(constraint, parsed->primary_key->name, parsed->primary_key->columns, true));
          }
        }
      }
      // Column UNIQUE and CHECK constraints keep their order relative to the
      // table's (PostgreSQL names them in that order).
      for (auto& unique : parsed->uniques) definition.unique_constraints.push_back(unique);
      for (auto& check : parsed->checks) definition.checks.push_back(check);
      for (const auto& fk : parsed->foreign_keys) foreign_keys.push_back({fk.node, {parsed->column.name}, fk.timing});
      definition.columns.push_back(parsed->column);
      if (parsed->column.identity != 0) definition.columns.back().identity_options = &parsed->identity_options;
      parsed_columns.push_back(std::move(parsed));
    } else if (element.Is("Constraint")) {
      std::string_view contype = element.Str("contype");
      if (contype == "CONSTR_PRIMARY") {
        RETURN_IF_ERROR(add_key(element, constraint_name(element), KeyNames(element), true));
      } else if (contype == "CONSTR_UNIQUE") {
        RETURN_IF_ERROR(add_key(element, constraint_name(element), KeyNames(element), false));
      } else if (contype == "CONSTR_CHECK") {
        catalog::CheckDefinition check;
        check.name = constraint_name(element);
        int location = element.Location();
        check.expression_sql = CheckExpressionTextAt(text, location >= 0 ? static_cast<size_t>(location) : 0);
        if (check.expression_sql.empty()) return Status::Internal("could not extract the CHECK expression");
        CollectColumnNames(element.Field("raw_expr"), &check.referenced_columns);
        if (element.Bool("is_no_inherit")) return Status::NotSupported("NO INHERIT constraints");
        definition.checks.push_back(std::move(check));
      } else if (contype == "CONSTR_FOREIGN") {
        std::vector<std::string> columns;
        for (PgNode attr : element.List("fk_attrs")) columns.emplace_back(attr.StringValue());
        foreign_keys.push_back({element, std::move(columns), {}});
      } else if (contype == "CONSTR_EXCLUSION") {
        return WithLocation(Status::NotSupported("EXCLUDE constraints"), element.Location());
      } else {
        return WithLocation(Status::NotSupported("table constraint " + std::string(contype)), element.Location());
      }
    } else if (element.Is("TableLikeClause")) {
      RETURN_IF_ERROR(AddLikeColumns(element, catalog, txn, definition, parsed_columns, like_extras));
    } else {
      return Status::NotSupported("table element " + std::string(element.Tag()));
    }
  }
  // PRIMARY KEY columns are NOT NULL.
  if (definition.primary_key) {
    for (const std::string& name : definition.primary_key->columns) {
      for (auto& column : definition.columns) {
        if (column.name == name) column.not_null = true;
      }
    }
  }
  Status notice;
  auto table = catalog.CreateTable(txn, definition, &notice);
  if (!table.ok()) return WithLocation(table.TakeStatus(), relation.Location());
  if (!notice.ok()) {
    sink.SendNotice("NOTICE", notice);
    return Status::Ok();  // IF NOT EXISTS on an existing table
  }
  RETURN_IF_ERROR(ValidateTableExpressions(*table, catalog, txn));
  RETURN_IF_ERROR(ApplyLikeExtras(like_extras, definition, catalog, txn));
  if (foreign_keys.empty()) return Status::Ok();
  catalog::Table updated = **table;
  std::vector<std::string> taken;
  for (const auto& [node, columns, timing] : foreign_keys) {
    ASSIGN_OR_RETURN(catalog::ForeignKey fk, ResolveForeignKey(catalog, txn, updated, node, columns, &taken, timing));
    fk.validated = true;  // NOT VALID means nothing for a new table
    updated.foreign_keys.push_back(std::move(fk));
  }
  std::vector<int> positions;
  for (size_t i = 0; i < updated.columns.size(); ++i) positions.push_back(static_cast<int>(i));
  auto stored = catalog.ReplaceTable(txn, **table, std::move(updated), positions, false);
  return stored.ok() ? Status::Ok() : stored.TakeStatus();
}

Status ExecuteCreateIndex(PgNode stmt, catalog::Catalog& catalog, storage::Transaction* txn, ResultSink& sink) {
  if (stmt.Bool("concurrent")) {
    // CONCURRENTLY has no meaning without a separate build phase; accepted.
  }
  if (stmt.Str("accessMethod") != "btree" && !stmt.Str("accessMethod").empty()) {
    return Status::NotSupported("index access method \"" + std::string(stmt.Str("accessMethod")) + "\"");
  }
  if (stmt.Field("whereClause")) return Status::NotSupported("partial indexes");
  if (!stmt.List("indexIncludingParams").empty()) return Status::NotSupported("INCLUDE columns");
  PgNode relation = stmt.Field("relation");
  catalog::IndexDefinition definition;
  definition.schema_name = relation.Str("schemaname");
  definition.table_name = relation.Str("relname");
  if (!stmt.Str("idxname").empty()) definition.name = std::string(stmt.Str("idxname"));
  definition.unique = stmt.Bool("unique");
  definition.if_not_exists = stmt.Bool("if_not_exists");
  for (PgNode param : stmt.List("indexParams")) {
    if (param.Field("expr")) return WithLocation(Status::NotSupported("expression indexes"), param.Location());
    // DESC / NULLS FIRST only change a PostgreSQL index's physical order; scans
    // here sort as the query asks, so they are accepted.
    definition.columns.emplace_back(param.Str("name"));
  }
  Status notice;
  auto index = catalog.CreateIndex(txn, definition, &notice);
  if (!index.ok()) return WithLocation(index.TakeStatus(), relation.Location());
  if (!notice.ok()) sink.SendNotice("NOTICE", notice);
  return Status::Ok();
}

// DROP TABLE of a table other tables reference: 2BP01 naming the dependent
// constraints, or with CASCADE their removal (NOTICE), as PostgreSQL.
// Tables in `dropped` (the same statement) and self-references do not count.
Status DropReferencingForeignKeys(catalog::Catalog& catalog, storage::Transaction* txn, const catalog::Table& table,
                                  const std::set<uint32_t>& dropped, bool cascade, ResultSink& sink) {
  std::vector<std::pair<std::shared_ptr<const catalog::Table>, const catalog::ForeignKey*>> dependents;
  for (const auto& entry : catalog.ReferencingForeignKeys(txn, table.oid)) {
    if (entry.first->oid == table.oid || dropped.count(entry.first->oid) != 0) continue;
    dependents.push_back(entry);
  }
  if (dependents.empty()) return Status::Ok();
  std::string detail;
  for (const auto& [child, fk] : dependents) {
    if (!detail.empty()) detail += "\n";
    detail += (cascade ? "drop cascades to constraint " : "constraint ") + fk->name + " on table " + child->name +
              (cascade ? "" : " depends on table " + table.name);
  }
  if (!cascade) {
    return Status::Error("2BP01",
                         "cannot drop table " + table.name + " because other objects depend on it")
        .WithDetail(detail)
        .WithHint("Use DROP ... CASCADE to drop the dependent objects too.");
  }
  if (dependents.size() == 1) {
    sink.SendNotice("NOTICE", Status::Error(sqlstate::kSuccessfulCompletion, detail));
  } else {
    sink.SendNotice("NOTICE", Status::Error(sqlstate::kSuccessfulCompletion,
                                            "drop cascades to " + std::to_string(dependents.size()) + " other objects")
                                  .WithDetail(detail));
  }
  std::set<uint32_t> done;
  for (const auto& [child, fk] : dependents) {
    if (!done.insert(child->oid).second) continue;
    ASSIGN_OR_RETURN(auto current, catalog.LockTableForAlterByOid(txn, child->oid));
    if (!current) continue;
    catalog::Table updated = *current;
    std::erase_if(updated.foreign_keys,
                  [&](const catalog::ForeignKey& other) { return other.referenced_table_oid == table.oid; });
    std::vector<int> positions;
    for (size_t i = 0; i < updated.columns.size(); ++i) positions.push_back(static_cast<int>(i));
    auto stored = catalog.ReplaceTable(txn, *current, std::move(updated), positions, false);
    if (!stored.ok()) return stored.TakeStatus();
  }
  return Status::Ok();
}

namespace {}  // namespace

std::vector<DependentView> ViewsReading(catalog::Catalog& catalog, storage::Transaction* txn, uint32_t oid,
                                        std::string_view kind, std::string_view name,
                                        const std::set<uint32_t>& dropped) {
  std::vector<std::shared_ptr<const catalog::View>> views = catalog.ListViews(txn);
  std::vector<DependentView> found;
  std::vector<std::pair<uint32_t, std::string>> pending = {{oid, std::string(kind) + " " + std::string(name)}};
  std::set<uint32_t> seen = {oid};
  while (!pending.empty()) {
    auto [target, described] = pending.back();
    pending.pop_back();
    for (const auto& view : views) {
      if (seen.count(view->oid) != 0 || dropped.count(view->oid) != 0) continue;
      if (std::find(view->depends_on.begin(), view->depends_on.end(), target) == view->depends_on.end()) continue;
      seen.insert(view->oid);
      found.push_back({view, "view " + view->name + " depends on " + described});
      pending.emplace_back(view->oid, "view " + view->name);
    }
  }
  return found;
}

// The views that read relation `oid` (a `kind` named `name`), directly or
// through other views, except those in `dropped` (named by the same DROP):
// 2BP01 with PostgreSQL's DETAIL lines, or with CASCADE a NOTICE and their
// DROP VIEW.
Status DropDependentViews(catalog::Catalog& catalog, storage::Transaction* txn, uint32_t oid, std::string_view kind,
                          std::string_view name, const std::set<uint32_t>& dropped, bool cascade, ResultSink& sink) {
  std::vector<DependentView> dependents = ViewsReading(catalog, txn, oid, kind, name, dropped);
  if (dependents.empty()) return Status::Ok();
  std::vector<std::string> reasons;
  for (const auto& dependent : dependents) reasons.push_back(dependent.reason);
  auto join = [](const std::vector<std::string>& lines) {
    std::string text;
    for (const auto& line : lines) text += (text.empty() ? "" : "\n") + line;
    return text;
  };
  if (!cascade) {
    return Status::Error("2BP01", "cannot drop " + std::string(kind) + " " + std::string(name) +
                                      " because other objects depend on it")
        .WithDetail(join(reasons))
        .WithHint("Use DROP ... CASCADE to drop the dependent objects too.");
  }
  std::vector<std::string> cascades;
  for (const auto& dependent : dependents) cascades.push_back("drop cascades to view " + dependent.view->name);
  if (cascades.size() == 1) {
    sink.SendNotice("NOTICE", Status::Error(sqlstate::kSuccessfulCompletion, cascades[0]));
  } else {
    sink.SendNotice("NOTICE", Status::Error(sqlstate::kSuccessfulCompletion,
                                            "drop cascades to " + std::to_string(cascades.size()) + " other objects")
                                  .WithDetail(join(cascades)));
  }
  for (auto it = dependents.rbegin(); it != dependents.rend(); ++it) {
    RETURN_IF_ERROR(catalog.DropView(txn, it->view->schema_name, it->view->name, /*if_exists=*/false, nullptr));
  }
  return Status::Ok();
}

Status ExecuteDrop(PgNode stmt, catalog::Catalog& catalog, storage::Transaction* txn, ResultSink& sink,
                   std::string* tag) {
  std::string_view type = stmt.Str("removeType");
  bool if_exists = stmt.Bool("missing_ok");
  if (type == "OBJECT_SCHEMA") {
    *tag = "DROP SCHEMA";
    return ExecuteDropSchema(stmt, catalog, txn, sink);
  }
  if (type != "OBJECT_TABLE" && type != "OBJECT_INDEX" && type != "OBJECT_SEQUENCE" && type != "OBJECT_VIEW") {
    std::string name(type.substr(type.find('_') + 1));
    return Status::NotSupported("DROP " + name);
  }
  *tag = type == "OBJECT_TABLE"   ? "DROP TABLE"
         : type == "OBJECT_INDEX" ? "DROP INDEX"
         : type == "OBJECT_VIEW"  ? "DROP VIEW"
                                  : "DROP SEQUENCE";
  const bool cascade = stmt.Str("behavior") == "DROP_CASCADE";
  auto objects = stmt.List("objects");
  // Tables (views) dropped together may reference each other.
  std::set<uint32_t> dropped;
  auto relation_oid = [&](std::string_view schema, std::string_view name) -> std::optional<uint32_t> {
    if (type == "OBJECT_TABLE") {
      auto table = catalog.LookupTable(txn, schema, name);
      if (table.ok()) return (*table)->oid;
    } else if (type == "OBJECT_VIEW") {
      auto view = catalog.LookupView(txn, schema, name);
      if (view.ok() && *view) return (*view)->oid;
    }
    return std::nullopt;
  };
  for (PgNode object : objects) {
    auto names = object.Is("List") ? object.List("items") : object.Items();
    if (names.empty() || names.size() > 2) continue;
    auto oid = relation_oid(names.size() == 2 ? names[0].StringValue() : "", names.back().StringValue());
    if (oid) dropped.insert(*oid);
  }
  for (PgNode object : objects) {
    auto names = object.Is("List") ? object.List("items") : object.Items();
    std::string schema, name;
    if (names.size() == 1) {
      name = names[0].StringValue();
    } else if (names.size() == 2) {
      schema = names[0].StringValue();
      name = names[1].StringValue();
    } else {
      return Status::Error(sqlstate::kSyntaxError, "improper qualified name (too many dotted names)");
    }
    if (type == "OBJECT_TABLE") {
      auto table = catalog.LookupTable(txn, schema, name);
      if (table.ok()) RETURN_IF_ERROR(DropReferencingForeignKeys(catalog, txn, **table, dropped, cascade, sink));
    }
    if (auto oid = relation_oid(schema, name)) {
      RETURN_IF_ERROR(DropDependentViews(catalog, txn, *oid, type == "OBJECT_VIEW" ? "view" : "table", name, dropped,
                                         cascade, sink));
    }
    Status notice;
    Status status = type == "OBJECT_TABLE"   ? catalog.DropTable(txn, schema, name, if_exists, &notice)
                    : type == "OBJECT_INDEX" ? catalog.DropIndex(txn, schema, name, if_exists, &notice)
                    : type == "OBJECT_VIEW"  ? catalog.DropView(txn, schema, name, if_exists, &notice)
                                             : catalog.DropSequence(txn, schema, name, if_exists, &notice);
    RETURN_IF_ERROR(status);
    if (!notice.ok()) sink.SendNotice("NOTICE", notice);
  }
  return Status::Ok();
}

Status ExecuteTruncate(PgNode stmt, catalog::Catalog& catalog, storage::Transaction* txn, ResultSink& sink) {
  std::vector<std::shared_ptr<const catalog::Table>> tables;
  std::set<uint32_t> listed;
  for (PgNode relation : stmt.List("relations")) {
    auto table = catalog.LookupTable(txn, relation.Str("schemaname"), relation.Str("relname"));
    if (!table.ok()) return WithLocation(table.TakeStatus(), relation.Location());
    if (listed.insert((*table)->oid).second) tables.push_back(*table);
  }
  // Referencing tables must be truncated too: with CASCADE they are added
  // (and theirs, recursively), else 0A000 as PostgreSQL's
  // heap_truncate_check_FKs.
  const bool cascade = stmt.Str("behavior") == "DROP_CASCADE";
  for (size_t i = 0; i < tables.size(); ++i) {
    for (const auto& [child, fk] : catalog.ReferencingForeignKeys(txn, tables[i]->oid)) {
      if (listed.count(child->oid) != 0) continue;
      if (!cascade) {
        return Status::Error(sqlstate::kFeatureNotSupported,
                             "cannot truncate a table referenced in a foreign key constraint")
            .WithDetail("Table \"" + child->name + "\" references \"" + tables[i]->name + "\".")
            .WithHint("Truncate table \"" + child->name + "\" at the same time, or use TRUNCATE ... CASCADE.");
      }
      listed.insert(child->oid);
      tables.push_back(child);
      sink.SendNotice("NOTICE", Status::Error(sqlstate::kSuccessfulCompletion,
                                              "truncate cascades to table \"" + child->name + "\""));
    }
  }
  for (const auto& table : tables) RETURN_IF_ERROR(catalog.TruncateTable(txn, *table));
  return Status::Ok();
}

}  // namespace augur::sql

namespace augur::sql {

namespace {

Status ExecuteComment(PgNode stmt, DdlContext& context) {
  std::string_view objtype = stmt.Str("objtype");
  if (objtype != "OBJECT_TABLE" && objtype != "OBJECT_COLUMN") {
    std::string kind(objtype.substr(objtype.find('_') + 1));
    return Status::NotSupported("COMMENT ON " + kind);
  }
  PgNode object = stmt.Field("object");
  auto items = object.Is("List") ? object.List("items") : object.Items();
  std::vector<std::string> names;
  for (PgNode item : items) names.emplace_back(item.StringValue());
  std::string schema, table_name, column_name;
  if (objtype == "OBJECT_COLUMN") {
    if (names.size() < 2) return Status::Error(sqlstate::kSyntaxError, "column name must be qualified");
    column_name = names.back();
    names.pop_back();
  }
  if (names.size() == 2) {
    schema = names[0];
    table_name = names[1];
  } else if (names.size() == 1) {
    table_name = names[0];
  } else {
    return Status::Error(sqlstate::kSyntaxError, "improper relation name (too many dotted names)");
  }
  ASSIGN_OR_RETURN(auto table, context.catalog.LockTableForAlter(context.txn, schema, table_name));
  int16_t attnum = 0;
  if (!column_name.empty()) {
    int position = table->FindColumn(column_name);
    if (position < 0) {
      return Status::Error(sqlstate::kUndefinedColumn,
                           "column \"" + column_name + "\" of relation \"" + table->name + "\" does not exist");
    }
    attnum = static_cast<int16_t>(position + 1);
  }
  std::optional<std::string> comment;
  // PostgreSQL stores no comment for NULL or ''.
  if (stmt.Field("comment") && !stmt.Str("comment").empty()) comment = std::string(stmt.Str("comment"));
  return context.catalog.SetComment(context.txn, *table, attnum, std::move(comment));
}

// CREATE TABLE ... AS SELECT: the table's columns are the query's output
// columns (names from the column list if given); the rows are inserted in
// the same transaction. Tag "SELECT n" (or "CREATE TABLE AS" WITH NO DATA
// and for IF NOT EXISTS on an existing table), as PostgreSQL.
// The query of CREATE TABLE AS, SELECT INTO or CREATE VIEW, bound in the
// DDL's transaction ($1 of the plan's slots is the transaction timestamp).
struct DdlQuery {
  StatementContext statement;
  BindState state;
  BoundQuery query;
  std::vector<uint32_t> named_relations;  // tables and views the query names
};

Result<std::unique_ptr<DdlQuery>> BindDdlQuery(const ParseTree& tree, PgNode query_node, DdlContext& context,
                                               bool allow_into) {
  auto bound = std::make_unique<DdlQuery>();
  bound->statement.txn = context.txn;
  bound->state.tree = &tree;
  bound->state.catalog = &context.catalog;
  bound->state.statement = &bound->statement;
  bound->state.now_slot = 0;
  bound->state.next_slot = 1;
  bound->state.named_relations = &bound->named_relations;
  Binder binder(bound->state);
  binder.allow_into = allow_into;
  ASSIGN_OR_RETURN(bound->query, binder.BindSelect(query_node, nullptr));
  return bound;
}

// The text after AS of CREATE VIEW name [(columns)] AS query, to the end of
// the statement (a SelectStmt node has no location of its own). `name_at` is
// the view name's offset.
Result<std::string> ViewQueryText(const ParseTree& tree, int name_at) {
  std::string_view text = tree.text();
  size_t end = text.size();
  for (const RawStatement& raw : tree.statements()) {
    size_t raw_end = raw.length == 0 ? text.size() : static_cast<size_t>(raw.location + raw.length);
    if (raw.location <= name_at && static_cast<size_t>(name_at) < raw_end) end = raw_end;
  }
  size_t i = static_cast<size_t>(std::max(name_at, 0));
  auto skip_space = [&] {
    while (i < end) {
      if (std::isspace(static_cast<unsigned char>(text[i]))) {
        ++i;
      } else if (text.compare(i, 2, "--") == 0) {
        while (i < end && text[i] != '\n') ++i;
      } else if (text.compare(i, 2, "/*") == 0) {
        size_t close = text.find("*/", i + 2);
        i = close == std::string_view::npos ? end : close + 2;
      } else {
        break;
      }
    }
  };
  auto skip_quoted = [&](char quote) {
    for (++i; i < end; ++i) {
      if (text[i] == quote) {
        if (i + 1 < end && text[i + 1] == quote) {
          ++i;
        } else {
          ++i;
          return;
        }
      }
    }
  };
  // The (possibly qualified, possibly quoted) name.
  while (i < end) {
    if (text[i] == '"') {
      skip_quoted('"');
    } else {
      while (i < end && (std::isalnum(static_cast<unsigned char>(text[i])) || text[i] == '_' || text[i] == '$' ||
                         static_cast<unsigned char>(text[i]) >= 0x80)) {
        ++i;
      }
    }
    skip_space();
    if (i < end && text[i] == '.') {
      ++i;
      skip_space();
      continue;
    }
    break;
  }
  // (column, ...)
  if (i < end && text[i] == '(') {
    int depth = 0;
    while (i < end) {
      if (text[i] == '"' || text[i] == '\'') {
        skip_quoted(text[i]);
        continue;
      }
      if (text[i] == '(') ++depth;
      if (text[i] == ')' && --depth == 0) {
        ++i;
        break;
      }
      ++i;
    }
    skip_space();
  }
  if (i + 2 > end || (text[i] != 'a' && text[i] != 'A') || (text[i + 1] != 's' && text[i + 1] != 'S')) {
    return Status::Internal("CREATE VIEW: AS not found");
  }
  i += 2;
  skip_space();
  std::string query(text.substr(i, end - i));
  while (!query.empty() && (query.back() == ';' || std::isspace(static_cast<unsigned char>(query.back())))) {
    query.pop_back();
  }
  return query;
}

}  // namespace

// CREATE [OR REPLACE] VIEW name [(columns)] AS SELECT ...: the query is bound
// now (its errors, its columns) and kept as the text the client wrote, from
// the SELECT to the end of the statement (docs/catalog.md "Views").
Status ExecuteCreateView(const ParseTree& tree, PgNode stmt, DdlContext& context) {
  PgNode relation = stmt.Field("view");
  if (!stmt.List("options").empty()) return Status::NotSupported("view options");
  const std::string_view check_option = stmt.Str("withCheckOption");
  PgNode query_node = stmt.Field("query");
  if (!query_node.Is("SelectStmt")) return Status::NotSupported("CREATE VIEW AS " + std::string(query_node.Tag()));
  // $n in the query: 42P02 from BindStatement, before execution.
  ASSIGN_OR_RETURN(std::string query_text, ViewQueryText(tree, relation.Location()));
  if (!check_option.empty() && check_option != "NO_CHECK_OPTION") {
    // The text runs to the end of the statement: the clause is not the query's.
    static const std::regex kClause(R"(\s*with\s+((cascaded|local)\s+)?check\s+option\s*;?\s*$)", std::regex::icase);
    query_text = std::regex_replace(query_text, kClause, "");
  }

  ASSIGN_OR_RETURN(auto bound, BindDdlQuery(tree, query_node, context, /*allow_into=*/false));
  const BoundQuery& query = bound->query;
  std::vector<types::SqlType> types = query.plan->output_types();
  auto aliases = stmt.List("aliases");
  if (aliases.size() > types.size()) {
    return Status::Error(sqlstate::kSyntaxError, "CREATE VIEW specifies more column names than columns");
  }
  catalog::ViewDefinition definition;
  ASSIGN_OR_RETURN(definition.schema_name, CreationSchemaName(relation));
  definition.name = relation.Str("relname");
  definition.query = std::move(query_text);
  definition.replace = stmt.Bool("replace");
  definition.depends_on = bound->named_relations;
  // A view reading a temporary relation is temporary itself (PostgreSQL).
  for (uint32_t oid : definition.depends_on) {
    if (catalog::IsTempSchemaName(definition.schema_name)) break;
    auto table = context.catalog.FindTable(context.txn, oid);
    bool temporary = table != nullptr && catalog::IsTempSchemaName(table->schema_name);
    if (table == nullptr) {
      if (auto view = context.catalog.FindView(context.txn, oid))
        temporary = catalog::IsTempSchemaName(view->schema_name);
    }
    if (!temporary) continue;
    if (!definition.schema_name.empty()) {
      return Status::Error("42P16", "cannot create temporary relation in non-temporary schema");
    }
    definition.schema_name = std::string(catalog::ActiveTempSchema());
    context.sink.SendNotice("NOTICE", Status::Error(sqlstate::kSuccessfulCompletion,
                                                    "view \"" + definition.name + "\" will be a temporary view"));
  }
  definition.search_path = catalog::ActiveSearchPath();
  // The schemas its names reach now, pinned by oid (views follow ALTER
  // SCHEMA RENAME, docs/catalog.md "Schemas").
  auto pin = [&](const std::string& name, uint32_t oid) {
    for (const auto& [pinned, _] : definition.schemas) {
      if (pinned == name) return;
    }
    definition.schemas.emplace_back(name, oid);
  };
  for (const auto& name : definition.search_path) {
    auto schema = context.catalog.FindSchema(context.txn, name);
    if (schema.ok() && *schema) pin(name, (*schema)->oid);
  }
  for (uint32_t oid : definition.depends_on) {
    if (auto table = context.catalog.FindTable(context.txn, oid)) pin(table->schema_name, table->schema_oid);
    if (auto view = context.catalog.FindView(context.txn, oid)) pin(view->schema_name, view->schema_oid);
  }
  for (size_t i = 0; i < types.size(); ++i) {
    catalog::ViewColumn column;
    column.query_name = query.columns[i].name;
    column.name = i < aliases.size() ? std::string(aliases[i].StringValue()) : column.query_name;
    column.type = types[i];
    if (column.type.oid == types::kUnknownOid) column.type = types::SqlType::Of(types::kTextOid);
    if (column.type.oid == types::kRecordOid) {
      return Status::Error(sqlstate::kInvalidTableDefinition,
                           "column \"" + column.name + "\" has pseudo-type record");
    }
    definition.columns.push_back(std::move(column));
  }
  definition.check_option = check_option == "CASCADED_CHECK_OPTION" ? 'c'
                            : check_option == "LOCAL_CHECK_OPTION"  ? 'l'
                                                                    : 0;
  ASSIGN_OR_RETURN(auto view, context.catalog.CreateView(context.txn, definition));
  if (view->check_option == 0) return Status::Ok();
  Binder binder(bound->state);
  Status accepted = CheckViewAcceptsCheckOption(binder, view, relation);
  accepted.ClearPosition();
  return accepted;
}

namespace {

// SELECT ... INTO t is the same with the SelectStmt's intoClause.
Status CreateTableFromQuery(const ParseTree& tree, PgNode into, PgNode query_node, bool if_not_exists,
                            DdlContext& context, std::string* command_tag);

Status ExecuteCreateTableAs(const ParseTree& tree, PgNode stmt, DdlContext& context, std::string* command_tag) {
  *command_tag = "CREATE TABLE AS";
  if (stmt.Str("objtype") != "OBJECT_TABLE") return Status::NotSupported("CREATE MATERIALIZED VIEW");
  PgNode query_node = stmt.Field("query");
  if (!query_node.Is("SelectStmt")) return Status::NotSupported("CREATE TABLE AS " + std::string(query_node.Tag()));
  return CreateTableFromQuery(tree, stmt.Field("into"), query_node, stmt.Bool("if_not_exists"), context, command_tag);
}

Status CreateTableFromQuery(const ParseTree& tree, PgNode into, PgNode query_node, bool if_not_exists,
                            DdlContext& context, std::string* command_tag) {
  PgNode relation = into.Field("rel");
  RETURN_IF_ERROR(CheckOnCommit(relation, into.Str("onCommit")));
  if (!into.List("options").empty()) return Status::NotSupported("storage parameters in CREATE TABLE AS");
  if (!into.Str("tableSpaceName").empty()) return Status::NotSupported("tablespaces");
  // SELECT ... INTO: the clause this function carries out.
  ASSIGN_OR_RETURN(auto bound, BindDdlQuery(tree, query_node, context, /*allow_into=*/true));
  BoundQuery& query = bound->query;
  std::vector<types::SqlType> column_types = query.plan->output_types();
  auto column_names = into.List("colNames");
  if (column_names.size() > column_types.size()) {
    return Status::Error(sqlstate::kSyntaxError, "too many column names were specified");
  }
  catalog::TableDefinition definition;
  ASSIGN_OR_RETURN(definition.schema_name, CreationSchemaName(relation));
  definition.name = relation.Str("relname");
  definition.if_not_exists = if_not_exists;
  for (size_t i = 0; i < column_types.size(); ++i) {
    catalog::ColumnDefinition column;
    column.name = i < column_names.size() ? std::string(column_names[i].StringValue()) : query.columns[i].name;
    column.type = column_types[i];
    if (column.type.oid == types::kUnknownOid) column.type = types::SqlType::Of(types::kTextOid);
    definition.columns.push_back(std::move(column));
  }
  Status notice;
  auto table = context.catalog.CreateTable(context.txn, definition, &notice);
  if (!table.ok()) return table.TakeStatus();
  if (!notice.ok()) {
    context.sink.SendNotice("NOTICE", notice);
    return Status::Ok();
  }
  if (into.Bool("skipData")) return Status::Ok();
  exec::ExecContext exec_context;
  exec_context.parameters.resize(std::max(bound->state.next_slot, 1));
  exec_context.parameters[0] = types::Value::TimestampTz(context.transaction_start_us);
  exec_context.sequences = context.sequences;
  RETURN_IF_ERROR(query.plan->Open(exec_context));
  exec::DataChunk chunk;
  std::vector<types::Value> values(column_types.size());
  int64_t rows = 0;
  Status failure;
  while (failure.ok()) {
    auto more = query.plan->Next(chunk);
    if (!more.ok()) {
      failure = more.TakeStatus();
      break;
    }
    if (!*more) break;
    for (uint32_t r = 0; r < chunk.count() && failure.ok(); ++r) {
      for (size_t c = 0; c < values.size(); ++c) values[c] = chunk.GetValue(c, r);
      failure = context.txn->InsertValues(*(*table)->storage, values);
      ++rows;
    }
  }
  query.plan->Close();
  RETURN_IF_ERROR(failure);
  *command_tag = "SELECT " + std::to_string(rows);
  return Status::Ok();
}

}  // namespace

namespace {

// The intoClause of SELECT ... INTO, which may also sit in the first SELECT
// of a set operation; null otherwise.
PgNode IntoClause(PgNode stmt) {
  if (!stmt.Is("SelectStmt")) return {};
  PgNode first = stmt.Body();
  while (first.Field("larg")) first = first.Field("larg").Body();
  return first.Field("intoClause");
}

}  // namespace

bool IsSelectInto(PgNode stmt) { return static_cast<bool>(IntoClause(stmt)); }

bool IsSchemaStatement(PgNode stmt) { return IsSchemaStatement(stmt.Tag()) || IsSelectInto(stmt); }

bool IsDdlStatement(PgNode stmt) {
  std::string_view tag = stmt.Tag();
  return tag == "CreateStmt" || tag == "IndexStmt" || tag == "DropStmt" || tag == "TruncateStmt" ||
         IsSchemaStatement(stmt);
}

bool IsDdl(BoundStatement& bound) {
  if (!bound.ddl) bound.ddl = IsDdlStatement(bound.node);
  return *bound.ddl;
}

bool IsSchemaStatement(std::string_view tag) {
  // Role statements count as DDL for the transaction; the session runs them
  // (sql/role.cc) before reaching ExecuteSchemaStatement.
  return tag == "AlterTableStmt" || tag == "RenameStmt" || tag == "CreateSeqStmt" || tag == "AlterSeqStmt" ||
         tag == "CreateSchemaStmt" || tag == "AlterOwnerStmt" || tag == "CreateRoleStmt" || tag == "AlterRoleStmt" ||
         tag == "AlterRoleSetStmt" || tag == "DropRoleStmt" || tag == "GrantRoleStmt" || tag == "CommentStmt" ||
         tag == "CreateTableAsStmt" || tag == "ViewStmt";
}

// After ALTER TABLE or RENAME of `table` in this transaction, every view that
// reads it must still bind to its recorded columns. PostgreSQL follows
// renames (views keep parsed queries; here they are text: 0A000) and refuses
// DROP COLUMN (2BP01; CASCADE drops the views) and ALTER COLUMN TYPE (0A000)
// of columns a view uses.
Status CheckViewsAfterAlter(PgNode stmt, DdlContext& context, const catalog::Table& table) {
  auto views = ViewsReading(context.catalog, context.txn, table.oid, "table", table.name, {});
  if (views.empty()) return Status::Ok();
  PgNode dropped_column, retyped_column;
  for (PgNode cmd : stmt.List("cmds")) {
    if (cmd.Str("subtype") == "AT_DropColumn") dropped_column = cmd;
    if (cmd.Str("subtype") == "AT_AlterColumnType") retyped_column = cmd;
  }
  for (const auto& [view, reason] : views) {
    std::string text = "SELECT * FROM " + types::QuoteIdentifier(view->schema_name) + "." +
                       types::QuoteIdentifier(view->name);
    ASSIGN_OR_RETURN(auto parsed, ParseTree::Parse(text));
    auto bound = BindDdlQuery(*parsed, parsed->statements()[0].node, context, /*allow_into=*/false);
    if (bound.ok()) continue;
    if (stmt.Is("RenameStmt")) {
      return Status::NotSupported("renaming a table or column that view \"" + view->name + "\" reads");
    }
    if (dropped_column) {
      std::string column(dropped_column.Str("name"));
      if (dropped_column.Str("behavior") == "DROP_CASCADE") {
        return DropDependentViews(context.catalog, context.txn, table.oid, "table", table.name, {}, true,
                                  context.sink);
      }
      // PostgreSQL's DETAIL: this view on the column, then the views on views.
      std::string detail = "view " + view->name + " depends on column " + column + " of table " + table.name;
      for (const auto& other : views) {
        if (other.reason.ends_with(" on table " + table.name)) continue;
        detail += "\n" + other.reason;
      }
      return Status::Error("2BP01", "cannot drop column " + column + " of table " + table.name +
                                        " because other objects depend on it")
          .WithDetail(detail)
          .WithHint("Use DROP ... CASCADE to drop the dependent objects too.");
    }
    if (retyped_column) {
      return Status::Error(sqlstate::kFeatureNotSupported, "cannot alter type of a column used by a view or rule")
          .WithDetail("rule _RETURN on view " + view->name + " depends on column \"" +
                      std::string(retyped_column.Str("name")) + "\"");
    }
    return Status::NotSupported("ALTER TABLE that changes the columns view \"" + view->name + "\" reads");
  }
  return Status::Ok();
}

Status ExecuteSchemaStatement(const ParseTree& tree, PgNode stmt, DdlContext& context, std::string* command_tag) {
  std::string_view tag = stmt.Tag();
  if (tag == "CreateSchemaStmt") {
    *command_tag = "CREATE SCHEMA";
    return ExecuteCreateSchema(tree, stmt, context);
  }
  if ((tag == "RenameStmt" && stmt.Str("renameType") == "OBJECT_SCHEMA") ||
      (tag == "AlterOwnerStmt" && stmt.Str("objectType") == "OBJECT_SCHEMA")) {
    return ExecuteAlterSchema(stmt, context, command_tag);
  }
  if (tag == "AlterOwnerStmt") return Status::NotSupported("ALTER ... OWNER TO");
  if (tag == "RenameStmt" && (stmt.Str("renameType") == "OBJECT_VIEW" || stmt.Str("renameType") == "OBJECT_TABLE")) {
    PgNode relation = stmt.Field("relation");
    ASSIGN_OR_RETURN(auto view,
                     context.catalog.LookupView(context.txn, relation.Str("schemaname"), relation.Str("relname")));
    if (view != nullptr) {
      *command_tag = stmt.Str("renameType") == "OBJECT_VIEW" ? "ALTER VIEW" : "ALTER TABLE";
      auto readers = ViewsReading(context.catalog, context.txn, view->oid, "view", view->name, {});
      if (!readers.empty()) {
        return Status::NotSupported("renaming view \"" + view->name + "\" that view \"" +
                                    readers.front().view->name + "\" reads");
      }
      return context.catalog.RenameView(context.txn, *view, stmt.Str("newname"));
    }
    if (stmt.Str("renameType") == "OBJECT_VIEW") {
      // PostgreSQL: ALTER VIEW on a table is 42809, on nothing 42P01.
      auto table = context.catalog.LookupTable(context.txn, relation.Str("schemaname"), relation.Str("relname"));
      if (table.ok()) {
        return Status::Error(sqlstate::kWrongObjectType, "\"" + std::string(relation.Str("relname")) + "\" is not a view");
      }
      if (stmt.Bool("missing_ok") && table.status().Is(sqlstate::kUndefinedTable)) {
        *command_tag = "ALTER VIEW";
        context.sink.SendNotice("NOTICE", Status::Error(sqlstate::kSuccessfulCompletion,
                                                        "relation \"" + std::string(relation.Str("relname")) +
                                                            "\" does not exist, skipping"));
        return Status::Ok();
      }
      return table.status();
    }
  }
  if (tag == "AlterTableStmt" || tag == "RenameStmt") {
    *command_tag = "ALTER TABLE";
    PgNode relation = stmt.Field("relation");
    auto table = context.catalog.LookupTable(context.txn, relation.Str("schemaname"), relation.Str("relname"));
    RETURN_IF_ERROR(tag == "AlterTableStmt" ? ExecuteAlterTable(tree, stmt, context) : ExecuteRename(tree, stmt, context));
    if (!table.ok()) return Status::Ok();
    return CheckViewsAfterAlter(stmt, context, **table);
  }
  if (tag == "CreateSeqStmt") {
    *command_tag = "CREATE SEQUENCE";
    return ExecuteCreateSequence(tree, stmt, context);
  }
  if (tag == "AlterSeqStmt") {
    *command_tag = "ALTER SEQUENCE";
    return ExecuteAlterSequence(tree, stmt, context);
  }
  if (tag == "CommentStmt") {
    *command_tag = "COMMENT";
    return ExecuteComment(stmt, context);
  }
  if (tag == "CreateTableAsStmt") return ExecuteCreateTableAs(tree, stmt, context, command_tag);
  if (tag == "ViewStmt") {
    *command_tag = "CREATE VIEW";
    return ExecuteCreateView(tree, stmt, context);
  }
  if (IsSelectInto(stmt)) {
    *command_tag = "SELECT";
    return CreateTableFromQuery(tree, IntoClause(stmt), stmt, false, context, command_tag);
  }
  return Status::NotSupported(UnsupportedStatementName(tag));
}

}  // namespace augur::sql
