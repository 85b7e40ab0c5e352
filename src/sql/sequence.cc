// Sequences: CREATE / ALTER SEQUENCE, and the functions nextval, currval,
// setval and lastval.
//
// The definition of a sequence is catalog data (transactional); its value is
// not: Catalog::NextVal hands out values that are never given back, whatever
// happens to the calling transaction (PostgreSQL's semantics). currval and
// lastval are per session (SessionSequences, owned by the session and
// reached from the executor through exec::ExecContext::sequences).
//
// Sequence names are passed as text and resolved like PostgreSQL's regclass
// input ('s', 'public.s', '"MixedCase"'). A constant name is resolved while
// binding, so a missing sequence fails with 42P01 and a cursor position as in
// PostgreSQL, where 'name' is converted to regclass at parse time.
#include <cerrno>
#include <cstdlib>
#include <set>

#include "sql/engine_impl.h"
#include "types/reg_types.h"
#include "types/text_io.h"

namespace augur::sql {

using exec::ExprPtr;
using types::SqlType;

namespace {

// regclass text → (schema, name): unquoted parts fold to lower case.
Result<std::pair<std::string, std::string>> ParseRelationName(std::string_view text) {
  std::vector<std::string> parts;
  std::string part;
  size_t i = 0;
  bool expect_part = true;
  while (i < text.size()) {
    char c = text[i];
    if (expect_part && c == '"') {
      ++i;
      while (i < text.size()) {
        if (text[i] == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            part.push_back('"');
            i += 2;
            continue;
          }
          break;
        }
        part.push_back(text[i++]);
      }
      if (i >= text.size()) return Status::Error(sqlstate::kInvalidTextRepresentation, "invalid name syntax");
      ++i;
      expect_part = false;
      continue;
    }
    if (c == '.') {
      parts.push_back(std::move(part));
      part.clear();
      expect_part = true;
      ++i;
      continue;
    }
    if (c == ' ' && part.empty()) {
      ++i;
      continue;
    }
    part.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    expect_part = true;
    ++i;
  }
  parts.push_back(std::move(part));
  for (const auto& p : parts) {
    if (p.empty()) return Status::Error(sqlstate::kInvalidTextRepresentation, "invalid name syntax");
  }
  if (parts.size() == 1) return std::make_pair(std::string(), parts[0]);
  if (parts.size() == 2) return std::make_pair(parts[0], parts[1]);
  return Status::Error(sqlstate::kSyntaxError, "improper relation name (too many dotted names): " + std::string(text));
}

// The integer after an option keyword: libpg_query drops Integer values that
// are zero or negative from its JSON, so they are read back from the text.
Result<int64_t> OptionInteger(const ParseTree& tree, PgNode option) {
  PgNode arg = option.Field("arg");
  if (PgNode f = arg.Field("fval")) {
    std::string text(f.AsString());
    errno = 0;
    char* end = nullptr;
    long long v = std::strtoll(text.c_str(), &end, 10);
    if (errno != 0 || end == text.c_str() || *end != '\0') {
      return Status::Error(sqlstate::kNumericValueOutOfRange, "value \"" + text + "\" is out of range for type bigint");
    }
    return static_cast<int64_t>(v);
  }
  if (arg.Field("ival") && arg.Field("ival").kind() == PgNode::Kind::kInt) return arg.Field("ival").AsInt();
  // Scan the text from the option's location for [-+]digits.
  const std::string& text = tree.text();
  int location = option.Location();
  if (location < 0) return Status::Internal("sequence option without a location");
  size_t pos = static_cast<size_t>(location);
  while (pos < text.size() && !(text[pos] >= '0' && text[pos] <= '9')) ++pos;
  size_t start = pos;
  while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
  if (start == pos) return Status::Internal("could not read a sequence option value");
  size_t sign = start;
  while (sign > static_cast<size_t>(location) && text[sign - 1] == ' ') --sign;
  bool negative = sign > static_cast<size_t>(location) && text[sign - 1] == '-';
  std::string digits = (negative ? "-" : "") + text.substr(start, pos - start);
  errno = 0;
  long long v = std::strtoll(digits.c_str(), nullptr, 10);
  if (errno != 0) return Status::Error(sqlstate::kNumericValueOutOfRange, "value out of range");
  return static_cast<int64_t>(v);
}

// ---- nextval / currval / setval / lastval kernels.

exec::SequenceAccess* Access(const exec::KernelCall& c, std::string_view function) {
  (void)function;
  return c.context != nullptr ? c.context->sequences : nullptr;
}

Status NoSession(std::string_view function) {
  return Status::NotSupported(std::string(function) + "() outside a session");
}

Status NextvalKernel(const exec::KernelCall& c) {
  exec::SequenceAccess* access = Access(c, "nextval");
  if (access == nullptr) return NoSession("nextval");
  const auto* names = c.inputs[0]->values<std::string_view>();
  int64_t* out = c.result->values<int64_t>();
  return exec::ForEachRow(c, [&](uint32_t row) -> Status {
    ASSIGN_OR_RETURN(out[row], access->NextVal(names[row]));
    c.result->SetValid(row);
    return Status::Ok();
  });
}

Status CurrvalKernel(const exec::KernelCall& c) {
  exec::SequenceAccess* access = Access(c, "currval");
  if (access == nullptr) return NoSession("currval");
  const auto* names = c.inputs[0]->values<std::string_view>();
  int64_t* out = c.result->values<int64_t>();
  return exec::ForEachRow(c, [&](uint32_t row) -> Status {
    ASSIGN_OR_RETURN(out[row], access->CurrVal(names[row]));
    c.result->SetValid(row);
    return Status::Ok();
  });
}

Status SetvalKernel(const exec::KernelCall& c) {
  exec::SequenceAccess* access = Access(c, "setval");
  if (access == nullptr) return NoSession("setval");
  const auto* names = c.inputs[0]->values<std::string_view>();
  const auto* values = c.inputs[1]->values<int64_t>();
  const bool* called = c.inputs.size() > 2 ? c.inputs[2]->values<bool>() : nullptr;
  int64_t* out = c.result->values<int64_t>();
  return exec::ForEachRow(c, [&](uint32_t row) -> Status {
    ASSIGN_OR_RETURN(out[row], access->SetVal(names[row], values[row], called ? called[row] : true));
    c.result->SetValid(row);
    return Status::Ok();
  });
}

Status LastvalKernel(const exec::KernelCall& c) {
  exec::SequenceAccess* access = Access(c, "lastval");
  if (access == nullptr) return NoSession("lastval");
  int64_t* out = c.result->values<int64_t>();
  return exec::ForEachRow(c, [&](uint32_t row) -> Status {
    ASSIGN_OR_RETURN(out[row], access->LastVal());
    c.result->SetValid(row);
    return Status::Ok();
  });
}

exec::ScalarFunction MakeSequenceFunction(std::string name, std::vector<SqlType> args, exec::ScalarKernel kernel) {
  exec::ScalarFunction f;
  f.name = std::move(name);
  f.arg_types = std::move(args);
  f.return_type = SqlType::Of(types::kInt8Oid);
  f.kernel = kernel;
  f.strict = true;
  f.volatility = exec::Volatility::kVolatile;
  return f;
}

const exec::ScalarFunction& SequenceFunction(std::string_view name, size_t arity) {
  static const SqlType text = SqlType::Of(types::kTextOid);
  static const SqlType int8 = SqlType::Of(types::kInt8Oid);
  static const SqlType boolean = SqlType::Of(types::kBoolOid);
  static const exec::ScalarFunction nextval = MakeSequenceFunction("nextval", {text}, NextvalKernel);
  static const exec::ScalarFunction currval = MakeSequenceFunction("currval", {text}, CurrvalKernel);
  static const exec::ScalarFunction setval2 = MakeSequenceFunction("setval", {text, int8}, SetvalKernel);
  static const exec::ScalarFunction setval3 = MakeSequenceFunction("setval", {text, int8, boolean}, SetvalKernel);
  static const exec::ScalarFunction lastval = MakeSequenceFunction("lastval", {}, LastvalKernel);
  if (name == "nextval") return nextval;
  if (name == "currval") return currval;
  if (name == "lastval") return lastval;
  return arity == 3 ? setval3 : setval2;
}

bool IsTextLike(const SqlType& type) {
  return type.oid == types::kTextOid || type.oid == types::kVarcharOid || type.oid == types::kBpcharOid ||
         type.oid == types::kNameOid || type.oid == types::kUnknownOid;
}

}  // namespace

// ---------------------------------------------------------------------------
// Session state

Result<std::shared_ptr<const catalog::Sequence>> SessionSequences::Lookup(std::string_view name) {
  ASSIGN_OR_RETURN(auto parts, ParseRelationName(name));
  return catalog_.LookupSequence(statement_->txn, parts.first, parts.second);
}

Result<int64_t> SessionSequences::NextVal(std::string_view name) {
  ASSIGN_OR_RETURN(auto sequence, Lookup(name));
  ASSIGN_OR_RETURN(int64_t value, catalog_.NextVal(*sequence));
  current_[sequence->oid] = value;
  last_oid_ = sequence->oid;
  return value;
}

Result<int64_t> SessionSequences::CurrVal(std::string_view name) {
  ASSIGN_OR_RETURN(auto sequence, Lookup(name));
  auto it = current_.find(sequence->oid);
  if (it == current_.end()) {
    return Status::Error("55000", "currval of sequence \"" + sequence->name + "\" is not yet defined in this session");
  }
  return it->second;
}

Result<int64_t> SessionSequences::SetVal(std::string_view name, int64_t value, bool is_called) {
  ASSIGN_OR_RETURN(auto sequence, Lookup(name));
  RETURN_IF_ERROR(catalog_.SetVal(*sequence, value, is_called));
  if (is_called) current_[sequence->oid] = value;
  return value;
}

Result<int64_t> SessionSequences::LastVal() {
  auto it = current_.find(last_oid_);
  if (last_oid_ == 0 || it == current_.end()) {
    return Status::Error("55000", "lastval is not yet defined in this session");
  }
  return it->second;
}

// ---------------------------------------------------------------------------
// Binding the functions

bool IsSequenceFunction(std::string_view name) {
  return name == "nextval" || name == "currval" || name == "setval" || name == "lastval";
}

Result<ExprPtr> BindSequenceFunction(Binder& binder, std::string_view name, PgNode call, Frame& frame) {
  auto arg_nodes = call.List("args");
  size_t min_args = name == "lastval" ? 0 : name == "setval" ? 2 : 1;
  size_t max_args = name == "lastval" ? 0 : name == "setval" ? 3 : 1;
  std::vector<ExprPtr> args;
  std::optional<std::string> constant_name;
  int name_location = -1;
  for (size_t i = 0; i < arg_nodes.size(); ++i) {
    PgNode node = arg_nodes[i];
    if (i == 0 && node.Is("TypeCast")) {
      auto type_names = node.Field("typeName").List("names");
      if (!type_names.empty() && type_names.back().StringValue() == "regclass") node = node.Field("arg");
    }
    ASSIGN_OR_RETURN(ExprPtr e, binder.BindExpr(node, frame));
    if (i == 0) {
      name_location = node.Location();
      if (e->kind == exec::ExprKind::kConstant && !e->constant.is_null() && IsTextLike(e->type)) {
        constant_name = types::FormatText(e->constant);
      }
    }
    args.push_back(std::move(e));
  }
  auto no_such_function = [&]() -> Status {
    std::string signature = std::string(name) + "(";
    for (size_t i = 0; i < args.size(); ++i) {
      if (i > 0) signature += ", ";
      signature += exec::TypeDisplayName(args[i]->type);
    }
    signature += ")";
    return WithLocation(Status::Error(sqlstate::kUndefinedFunction, "function " + signature + " does not exist")
                            .WithHint("No function matches the given name and argument types. You might need to add "
                                      "explicit type casts."),
                        call.Location());
  };
  if (args.size() < min_args || args.size() > max_args) return no_such_function();
  static const SqlType kArgTypes[] = {SqlType::Of(types::kTextOid), SqlType::Of(types::kInt8Oid),
                                      SqlType::Of(types::kBoolOid)};
  for (size_t i = 0; i < args.size(); ++i) {
    if (i == 0 && !IsTextLike(args[0]->type)) return no_such_function();
    if (args[i]->type.oid == types::kUnknownOid && args[i]->kind == exec::ExprKind::kParameter) {
      binder.InferParameterType(*args[i], kArgTypes[i]);
    }
    auto coerced = exec::CoerceTo(std::move(args[i]), kArgTypes[i], exec::CastContext::kImplicit);
    if (!coerced.ok()) return no_such_function();
    args[i] = std::move(coerced).value();
  }
  if (constant_name) {
    // As PostgreSQL's regclass input: the relation must exist now.
    auto parts = ParseRelationName(*constant_name);
    if (!parts.ok()) return WithLocation(parts.TakeStatus(), name_location);
    BindState& state = binder.state();
    auto sequence = state.catalog->LookupSequence(state.statement ? state.statement->txn : nullptr, parts->first,
                                                  parts->second);
    if (!sequence.ok() &&
        (sequence.status().Is(sqlstate::kUndefinedTable) || sequence.status().Is(sqlstate::kInvalidSchemaName))) {
      return WithLocation(sequence.TakeStatus(), name_location);
    }
    // The sequence is the one found now, under this search_path (PostgreSQL
    // binds the regclass's oid): execution looks up the qualified name.
    if (sequence.ok()) {
      args[0] = exec::MakeConstant(types::Value::Text(types::QuoteIdentifier((*sequence)->schema_name) + "." +
                                                      types::QuoteIdentifier((*sequence)->name)),
                                   SqlType::Of(types::kTextOid));
    }
  }
  const exec::ScalarFunction& function = SequenceFunction(name, args.size());
  return exec::MakeFunction(&function, std::move(args), SqlType::Of(types::kInt8Oid));
}

// ---------------------------------------------------------------------------
// CREATE / ALTER SEQUENCE

Status ParseSequenceOptions(const ParseTree& tree, const std::vector<PgNode>& options, Binder* type_binder,
                            catalog::SequenceDefinition* definition, bool* owned_by_none) {
  std::set<std::string> seen;
  for (PgNode option : options) {
    std::string name(option.Str("defname"));
    if (!seen.insert(name).second) {
      return WithLocation(Status::Error(sqlstate::kSyntaxError, "conflicting or redundant options"), option.Location());
    }
    PgNode arg = option.Field("arg");
    if (name == "as") {
      if (type_binder == nullptr) return Status::NotSupported("AS type in identity options");
      ASSIGN_OR_RETURN(definition->type, type_binder->BindTypeName(arg));
      if (definition->type.oid != types::kInt2Oid && definition->type.oid != types::kInt4Oid &&
          definition->type.oid != types::kInt8Oid) {
        return WithLocation(Status::Error(sqlstate::kInvalidParameterValue,
                                          "sequence type must be smallint, integer, or bigint"),
                            option.Location());
      }
    } else if (name == "increment") {
      ASSIGN_OR_RETURN(int64_t v, OptionInteger(tree, option));
      definition->increment = v;
    } else if (name == "start") {
      ASSIGN_OR_RETURN(int64_t v, OptionInteger(tree, option));
      definition->start = v;
    } else if (name == "minvalue") {
      if (arg) {
        ASSIGN_OR_RETURN(int64_t v, OptionInteger(tree, option));
        definition->min_value = v;
      }
    } else if (name == "maxvalue") {
      if (arg) {
        ASSIGN_OR_RETURN(int64_t v, OptionInteger(tree, option));
        definition->max_value = v;
      }
    } else if (name == "cache") {
      ASSIGN_OR_RETURN(int64_t v, OptionInteger(tree, option));
      if (v <= 0) {
        return Status::Error(sqlstate::kInvalidParameterValue,
                             "CACHE (" + std::to_string(v) + ") must be greater than zero");
      }
      // Values are handed out one at a time from shared state; CACHE only
      // changes how many a PostgreSQL backend reserves, so it is accepted.
    } else if (name == "cycle") {
      definition->cycle = arg.Field("boolval").AsBool();
    } else if (name == "owned_by") {
      auto items = arg.Items();
      if (items.size() == 1 && items[0].StringValue() == "none") {
        *owned_by_none = true;
      } else {
        return WithLocation(Status::NotSupported("OWNED BY a column (use serial or an identity column)"),
                            option.Location());
      }
    } else if (name == "restart") {
      return WithLocation(Status::Error(sqlstate::kSyntaxError, "invalid sequence option RESTART"), option.Location());
    } else {
      return WithLocation(Status::NotSupported("sequence option " + name), option.Location());
    }
  }
  return Status::Ok();
}

Status ExecuteCreateSequence(const ParseTree& tree, PgNode stmt, DdlContext& context) {
  PgNode relation = stmt.Field("sequence");
  catalog::SequenceDefinition definition;
  ASSIGN_OR_RETURN(definition.schema_name, CreationSchemaName(relation));
  definition.name = relation.Str("relname");
  definition.if_not_exists = stmt.Bool("if_not_exists");
  BindState state;
  state.tree = &tree;
  Binder type_binder(state);
  bool owned_by_none = false;
  RETURN_IF_ERROR(ParseSequenceOptions(tree, stmt.List("options"), &type_binder, &definition, &owned_by_none));
  Status notice;
  auto sequence = context.catalog.CreateSequence(context.txn, definition, &notice);
  if (!sequence.ok()) return sequence.TakeStatus();
  if (!notice.ok()) context.sink.SendNotice("NOTICE", notice);
  return Status::Ok();
}

Status ExecuteAlterSequence(const ParseTree& tree, PgNode stmt, DdlContext& context) {
  PgNode relation = stmt.Field("sequence");
  auto sequence = context.catalog.LookupSequence(context.txn, relation.Str("schemaname"), relation.Str("relname"));
  if (!sequence.ok()) {
    if (stmt.Bool("missing_ok") && sequence.status().Is(sqlstate::kUndefinedTable)) {
      context.sink.SendNotice("NOTICE", Status::Error(sqlstate::kSuccessfulCompletion,
                                                      "relation \"" + std::string(relation.Str("relname")) +
                                                          "\" does not exist, skipping"));
      return Status::Ok();
    }
    return WithLocation(sequence.TakeStatus(), relation.Location());
  }
  for (PgNode option : stmt.List("options")) {
    std::string name(option.Str("defname"));
    if (name == "restart") {
      int64_t value = (*sequence)->start;
      if (option.Field("arg")) {
        ASSIGN_OR_RETURN(value, OptionInteger(tree, option));
      }
      const auto& s = **sequence;
      if (value < s.min_value) {
        return Status::Error(sqlstate::kInvalidParameterValue, "RESTART value (" + std::to_string(value) +
                                                                   ") cannot be less than MINVALUE (" +
                                                                   std::to_string(s.min_value) + ")");
      }
      if (value > s.max_value) {
        return Status::Error(sqlstate::kInvalidParameterValue, "RESTART value (" + std::to_string(value) +
                                                                   ") cannot be greater than MAXVALUE (" +
                                                                   std::to_string(s.max_value) + ")");
      }
      RETURN_IF_ERROR(context.catalog.SetVal(s, value, false));
    } else {
      return WithLocation(Status::NotSupported("ALTER SEQUENCE " + name), option.Location());
    }
  }
  return Status::Ok();
}

}  // namespace augur::sql
