// Functions clients call on the system catalogs: format_type, pg_get_expr,
// pg_get_indexdef, pg_get_constraintdef, pg_get_userbyid, pg_*_is_visible,
// obj_description, col_description, shobj_description, pg_encoding_to_char,
// has_*_privilege, current_schemas. The catalog-dependent ones reach the
// catalog through ExecContext::catalog (exec::CatalogAccess, implemented by
// sql/system_catalog.h); see docs/catalog.md.
#include <cctype>
#include <cstdio>
#include <iterator>
#include <optional>
#include <string>

#include "exec/function_registry.h"
#include "exec/kernels.h"
#include "types/array.h"
#include "types/reg_types.h"

namespace augur::exec::internal {

namespace t = types;

namespace {

Result<CatalogAccess*> Catalog(const KernelCall& c, std::string_view function) {
  if (c.context == nullptr || c.context->catalog == nullptr) {
    return Status::Internal(std::string(function) + "() called without a session");
  }
  return c.context->catalog;
}

// format_type(oid, typmod): not strict; a NULL typmod means "no typmod given".
Status FormatTypeKernel(const KernelCall& c) {
  return ForEachRow(c, [&](uint32_t i) {
    if (c.inputs[0]->IsNull(i)) {
      c.result->SetNull(i);
      return;
    }
    uint32_t oid = c.inputs[0]->values<uint32_t>()[i];
    bool typmod_given = !c.inputs[1]->IsNull(i);
    int32_t typmod = typmod_given ? c.inputs[1]->values<int32_t>()[i] : -1;
    std::string text;
    if (t::TypeName(oid) == "???") {
      text = "???";
    } else if (!typmod_given && oid == t::kBpcharOid) {
      text = "character";  // format_type(1042, NULL); with -1 it is "bpchar"
    } else {
      text = t::FormatType(t::SqlType{oid, typmod});
    }
    c.result->SetString(i, text);
  });
}

Status GetExprKernel(const KernelCall& c) {
  ASSIGN_OR_RETURN(CatalogAccess * catalog, Catalog(c, "pg_get_expr"));
  return ForEachRow(c, [&](uint32_t i) -> Status {
    bool pretty = c.inputs.size() > 2 && c.inputs[2]->values<bool>()[i];
    ASSIGN_OR_RETURN(auto text, catalog->ExpressionText(c.inputs[0]->values<std::string_view>()[i],
                                                        c.inputs[1]->values<uint32_t>()[i], pretty));
    SetTextOrNull(c, i, text);
    return Status::Ok();
  });
}

Status GetIndexDefKernel(const KernelCall& c) {
  ASSIGN_OR_RETURN(CatalogAccess * catalog, Catalog(c, "pg_get_indexdef"));
  return ForEachRow(c, [&](uint32_t i) -> Status {
    int32_t column = c.inputs.size() > 1 ? c.inputs[1]->values<int32_t>()[i] : 0;
    bool pretty = c.inputs.size() > 2 && c.inputs[2]->values<bool>()[i];
    ASSIGN_OR_RETURN(auto text, catalog->IndexDefinition(c.inputs[0]->values<uint32_t>()[i], column, pretty));
    SetTextOrNull(c, i, text);
    return Status::Ok();
  });
}

Status GetConstraintDefKernel(const KernelCall& c) {
  ASSIGN_OR_RETURN(CatalogAccess * catalog, Catalog(c, "pg_get_constraintdef"));
  return ForEachRow(c, [&](uint32_t i) -> Status {
    bool pretty = c.inputs.size() > 1 && c.inputs[1]->values<bool>()[i];
    ASSIGN_OR_RETURN(auto text, catalog->ConstraintDefinition(c.inputs[0]->values<uint32_t>()[i], pretty));
    SetTextOrNull(c, i, text);
    return Status::Ok();
  });
}

Status GetUserByIdKernel(const KernelCall& c) {
  ASSIGN_OR_RETURN(CatalogAccess * catalog, Catalog(c, "pg_get_userbyid"));
  return ForEachRow(c, [&](uint32_t i) {
    uint32_t oid = c.inputs[0]->values<uint32_t>()[i];
    auto name = catalog->RoleName(oid);
    c.result->SetString(i, name ? *name : "unknown (OID=" + std::to_string(oid) + ")");
  });
}

template <uint32_t kRegType>
Status IsVisibleKernel(const KernelCall& c) {
  ASSIGN_OR_RETURN(CatalogAccess * catalog, Catalog(c, "pg_table_is_visible"));
  return ForEachRow(c, [&](uint32_t i) {
    uint32_t oid = c.inputs[0]->values<uint32_t>()[i];
    // PostgreSQL returns NULL for an oid that names nothing.
    if (kRegType == t::kRegtypeOid && t::TypeName(oid) == "???") {
      c.result->SetNull(i);
      return;
    }
    c.result->values<bool>()[i] = catalog->IsVisible(kRegType, oid);
    c.result->SetValid(i);
  });
}

Status ObjDescriptionKernel(const KernelCall& c) {
  ASSIGN_OR_RETURN(CatalogAccess * catalog, Catalog(c, "obj_description"));
  return ForEachRow(c, [&](uint32_t i) {
    std::string_view catalog_name = c.inputs.size() > 1 ? c.inputs[1]->values<std::string_view>()[i] : "";
    SetTextOrNull(c, i, catalog->Description(c.inputs[0]->values<uint32_t>()[i], catalog_name, 0));
  });
}

Status ColDescriptionKernel(const KernelCall& c) {
  ASSIGN_OR_RETURN(CatalogAccess * catalog, Catalog(c, "col_description"));
  return ForEachRow(c, [&](uint32_t i) {
    int32_t attnum = c.inputs[1]->values<int32_t>()[i];
    if (attnum == 0) {
      c.result->SetNull(i);
      return;
    }
    SetTextOrNull(c, i, catalog->Description(c.inputs[0]->values<uint32_t>()[i], "pg_class", attnum));
  });
}

// shobj_description: augurdb stores no comments on shared objects.
Status SerialSequenceKernel(const KernelCall& c) {
  ASSIGN_OR_RETURN(CatalogAccess * catalog, Catalog(c, "pg_get_serial_sequence"));
  return ForEachRow(c, [&](uint32_t i) -> Status {
    ASSIGN_OR_RETURN(auto name, catalog->SerialSequence(c.inputs[0]->values<std::string_view>()[i],
                                                        c.inputs[1]->values<std::string_view>()[i]));
    SetTextOrNull(c, i, name);
    return Status::Ok();
  });
}

Status ViewDefinitionKernel(const KernelCall& c) {
  ASSIGN_OR_RETURN(CatalogAccess * catalog, Catalog(c, "pg_get_viewdef"));
  return ForEachRow(c, [&](uint32_t i) {
    SetTextOrNull(c, i, catalog->ViewDefinition(c.inputs[0]->values<uint32_t>()[i]));
  });
}

Status NullTextKernel(const KernelCall& c) {
  return ForEachRow(c, [&](uint32_t i) { c.result->SetNull(i); });
}

Status IdentityKernel(const KernelCall& c) {
  return ForEachRow(c, [&](uint32_t i) {
    c.result->values<uint32_t>()[i] = c.inputs[0]->values<uint32_t>()[i];
    c.result->SetValid(i);
  });
}

Status FalseKernel(const KernelCall& c) {
  SetEveryRow(c, false);
  return Status::Ok();
}

Status EncodingToCharKernel(const KernelCall& c) {
  return ForEachRow(c, [&](uint32_t i) {
    int32_t encoding = c.inputs[0]->values<int32_t>()[i];
    c.result->SetString(i, encoding == 6 ? "UTF8" : encoding == 0 ? "SQL_ASCII" : "");
  });
}

Status CharToEncodingKernel(const KernelCall& c) {
  return ForEachRow(c, [&](uint32_t i) {
    std::string name;
    for (char ch : c.inputs[0]->values<std::string_view>()[i]) {
      if (ch != '_' && ch != '-') name.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(ch))));
    }
    c.result->values<int32_t>()[i] = name == "UTF8" || name == "UNICODE" ? 6 : name == "SQLASCII" ? 0 : -1;
    c.result->SetValid(i);
  });
}

// has_*_privilege: augurdb has no privilege system; every role may do
// everything (docs/catalog.md).
Status TrueKernel(const KernelCall& c) {
  SetEveryRow(c, true);
  return Status::Ok();
}

Status MyTempSchemaKernel(const KernelCall& c) {
  ASSIGN_OR_RETURN(CatalogAccess * catalog, Catalog(c, "pg_my_temp_schema"));
  SetEveryRow(c, catalog->MyTempSchema());
  return Status::Ok();
}

Status CurrentSchemasKernel(const KernelCall& c) {
  ASSIGN_OR_RETURN(CatalogAccess * catalog, Catalog(c, "current_schemas"));
  return ForEachRow(c, [&](uint32_t i) {
    t::ArrayContents contents;
    contents.element_type = t::SqlType::Of(t::kNameOid);
    for (const auto& name : catalog->CurrentSchemas(c.inputs[0]->values<bool>()[i])) {
      contents.elements.push_back(t::Value::Bytes(t::SqlType::Of(t::kNameOid), name));
    }
    c.result->SetString(i, t::EncodeArray(contents));
  });
}

// json_build_object(k1, v1, ...): PostgreSQL's text form ({"k" : v, ...});
// booleans and numbers unquoted, NULL as null, everything else as a JSON
// string of its text output. (SQLAlchemy's column reflection builds its
// identity options with it; json values have no input function.)
void AppendJsonString(std::string_view text, std::string* out) {
  out->push_back('"');
  for (char ch : text) {
    switch (ch) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\b': out->append("\\b"); break;
      case '\f': out->append("\\f"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      default:
        if (static_cast<unsigned char>(ch) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof(buf), "\\u%04x", static_cast<unsigned char>(ch));
          out->append(buf);
        } else {
          out->push_back(ch);
        }
    }
  }
  out->push_back('"');
}

Status JsonBuildObjectKernel(const KernelCall& c) {
  if (c.inputs.size() % 2 != 0) {
    return Status::Error(sqlstate::kInvalidParameterValue, "argument list must have even number of elements")
        .WithHint("The arguments of json_build_object() must consist of alternating keys and values.");
  }
  std::string out, text;
  for (uint32_t row = 0; row < c.count; ++row) {
    uint32_t i = c.row(row);
    out = "{";
    for (size_t k = 0; k < c.inputs.size(); k += 2) {
      if (c.inputs[k]->IsNull(i)) {
        return Status::Error(sqlstate::kInvalidParameterValue,
                             "argument " + std::to_string(k + 1) + ": key must not be null");
      }
      if (k > 0) out += ", ";
      text.clear();
      RETURN_IF_ERROR(AppendText(*c.inputs[k], i, text));
      AppendJsonString(text, &out);
      out += " : ";
      const Vector& value = *c.inputs[k + 1];
      if (value.IsNull(i)) {
        out += "null";
        continue;
      }
      text.clear();
      RETURN_IF_ERROR(AppendText(value, i, text));
      switch (value.type().oid) {
        case t::kBoolOid: out += value.values<bool>()[i] ? "true" : "false"; break;
        case t::kInt2Oid: case t::kInt4Oid: case t::kInt8Oid: case t::kOidOid: case t::kNumericOid:
        case t::kFloat4Oid: case t::kFloat8Oid:
          if (text == "NaN" || text == "Infinity" || text == "-Infinity") {
            AppendJsonString(text, &out);
          } else {
            out += text;
          }
          break;
        default: AppendJsonString(text, &out); break;
      }
    }
    out += "}";
    c.result->SetString(i, out);
  }
  return Status::Ok();
}

// convert_role_priv_string: a comma-separated list of USAGE, MEMBER and
// their WITH ADMIN/GRANT OPTION forms, any case, blanks around each.
Result<int> RolePrivilegeMode(std::string_view text) {
  int mode = 0;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find(',', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view item = text.substr(start, end - start);
    while (!item.empty() && std::isspace(static_cast<unsigned char>(item.front()))) item.remove_prefix(1);
    while (!item.empty() && std::isspace(static_cast<unsigned char>(item.back()))) item.remove_suffix(1);
    std::string upper;
    for (char ch : item) upper.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(ch))));
    if (upper == "USAGE") {
      mode |= CatalogAccess::kRoleUsage;
    } else if (upper == "MEMBER") {
      mode |= CatalogAccess::kRoleMember;
    } else if (upper == "USAGE WITH GRANT OPTION" || upper == "USAGE WITH ADMIN OPTION" ||
               upper == "MEMBER WITH GRANT OPTION" || upper == "MEMBER WITH ADMIN OPTION") {
      mode |= CatalogAccess::kRoleAdmin;
    } else {
      return Status::Error(sqlstate::kInvalidParameterValue,
                           "unrecognized privilege type: \"" + std::string(item) + "\"");
    }
    start = end + 1;
  }
  return mode;
}

// pg_has_role([user,] role, privilege): user and role by name or oid.
template <bool kUserGiven, bool kUserByName, bool kRoleByName>
Status HasRoleKernel(const KernelCall& c) {
  ASSIGN_OR_RETURN(CatalogAccess * catalog, Catalog(c, "pg_has_role"));
  constexpr size_t kRoleArg = kUserGiven ? 1 : 0;
  return ForEachRow(c, [&](uint32_t i) -> Status {
    uint32_t user = catalog->SessionUserOid();
    if constexpr (kUserGiven) {
      if constexpr (kUserByName) {
        ASSIGN_OR_RETURN(user, catalog->RoleOid(c.inputs[0]->values<std::string_view>()[i]));
      } else {
        user = c.inputs[0]->values<uint32_t>()[i];
      }
    }
    uint32_t role = 0;
    if constexpr (kRoleByName) {
      ASSIGN_OR_RETURN(role, catalog->RoleOid(c.inputs[kRoleArg]->values<std::string_view>()[i]));
    } else {
      role = c.inputs[kRoleArg]->values<uint32_t>()[i];
    }
    ASSIGN_OR_RETURN(int mode, RolePrivilegeMode(c.inputs[kRoleArg + 1]->values<std::string_view>()[i]));
    c.result->values<bool>()[i] = catalog->RoleHasPrivilege(user, role, mode);
    c.result->SetValid(i);
    return Status::Ok();
  });
}

void SetSize(const KernelCall& c, uint32_t i, std::optional<int64_t> bytes) {
  if (!bytes) {
    c.result->SetNull(i);
    return;
  }
  c.result->values<int64_t>()[i] = *bytes;
  c.result->SetValid(i);
}

// pg_relation_size(rel [, fork]), pg_table_size, pg_indexes_size,
// pg_total_relation_size: NULL for an oid that names no relation.
template <CatalogAccess::SizeOf kWhat>
Status RelationSizeKernel(const KernelCall& c) {
  ASSIGN_OR_RETURN(CatalogAccess * catalog, Catalog(c, "pg_relation_size"));
  return ForEachRow(c, [&](uint32_t i) -> Status {
    auto bytes = catalog->RelationSize(c.inputs[0]->values<uint32_t>()[i], kWhat);
    if (bytes && c.inputs.size() > 1) {
      std::string_view fork = c.inputs[1]->values<std::string_view>()[i];
      if (fork != "main" && fork != "fsm" && fork != "vm" && fork != "init") {
        return Status::Error(sqlstate::kInvalidParameterValue, "invalid fork name")
            .WithHint("Valid fork names are \"main\", \"fsm\", \"vm\", and \"init\".");
      }
      if (fork != "main") bytes = 0;  // no free space map, visibility map or init fork
    }
    SetSize(c, i, bytes);
    return Status::Ok();
  });
}

template <bool kByName>
Status DatabaseSizeKernel(const KernelCall& c) {
  ASSIGN_OR_RETURN(CatalogAccess * catalog, Catalog(c, "pg_database_size"));
  return ForEachRow(c, [&](uint32_t i) -> Status {
    uint32_t oid = 0;
    if constexpr (kByName) {
      ASSIGN_OR_RETURN(oid, catalog->DatabaseOid(c.inputs[0]->values<std::string_view>()[i]));
    } else {
      oid = c.inputs[0]->values<uint32_t>()[i];
    }
    ASSIGN_OR_RETURN(auto bytes, catalog->DatabaseSize(oid));
    SetSize(c, i, bytes);
    return Status::Ok();
  });
}

template <bool kResult>
Status FunctionTextKernel(const KernelCall& c) {
  ASSIGN_OR_RETURN(CatalogAccess * catalog, Catalog(c, "pg_get_function_result"));
  return ForEachRow(c, [&](uint32_t i) { SetTextOrNull(c, i, catalog->FunctionText(c.inputs[0]->values<uint32_t>()[i], kResult)); });
}

// pg_size_pretty(bigint): bytes below 10 kB, then kB, MB, GB, TB, PB, each
// used while the value (kept with one extra bit for half rounding) is below
// 20 * 1024 - 1; rounding halves away from zero, division truncates toward
// zero so negative sizes mirror positive ones (PostgreSQL 15's dbsize.c rules).
std::string SizePretty(int64_t size) {
  static constexpr const char* kUnits[] = {"kB", "MB", "GB", "TB", "PB"};
  auto magnitude = [](int64_t v) { return v < 0 ? -static_cast<uint64_t>(v) : static_cast<uint64_t>(v); };
  if (magnitude(size) < 10 * 1024) return std::to_string(size) + " bytes";
  size /= int64_t{1} << 9;  // kB with one extra bit
  for (size_t unit = 0;; ++unit) {
    if (unit + 1 == std::size(kUnits) || magnitude(size) < 20 * 1024 - 1) {
      int64_t rounded = (size + (size < 0 ? -1 : 1)) / 2;
      return std::to_string(rounded) + " " + kUnits[unit];
    }
    size /= int64_t{1} << 10;
  }
}

Status SizePrettyKernel(const KernelCall& c) {
  return ForEachRow(c, [&](uint32_t i) { c.result->SetString(i, SizePretty(c.inputs[0]->values<int64_t>()[i])); });
}

void Fn(FunctionRegistry& registry, const char* name, std::initializer_list<uint32_t> args, uint32_t ret,
        ScalarKernel kernel, bool strict = true) {
  ScalarFunction f;
  f.name = name;
  for (uint32_t a : args) f.arg_types.push_back(t::SqlType::Of(a));
  f.return_type = t::SqlType::Of(ret);
  f.kernel = kernel;
  f.strict = strict;
  f.volatility = Volatility::kStable;
  registry.Register(std::move(f));
}

}  // namespace

void RegisterCatalogBuiltins(FunctionRegistry& r) {
  constexpr uint32_t kText = t::kTextOid, kBool = t::kBoolOid, kInt4 = t::kInt4Oid, kOid = t::kOidOid,
                     kName = t::kNameOid, kNode = t::kPgNodeTreeOid;
  Fn(r, "format_type", {kOid, kInt4}, kText, FormatTypeKernel, false);
  Fn(r, "pg_get_expr", {kNode, kOid}, kText, GetExprKernel);
  Fn(r, "pg_get_expr", {kNode, kOid, kBool}, kText, GetExprKernel);
  Fn(r, "pg_get_indexdef", {kOid}, kText, GetIndexDefKernel);
  Fn(r, "pg_get_indexdef", {kOid, kInt4, kBool}, kText, GetIndexDefKernel);
  Fn(r, "pg_get_constraintdef", {kOid}, kText, GetConstraintDefKernel);
  Fn(r, "pg_get_constraintdef", {kOid, kBool}, kText, GetConstraintDefKernel);
  Fn(r, "pg_get_userbyid", {kOid}, kName, GetUserByIdKernel);
  Fn(r, "pg_table_is_visible", {kOid}, kBool, IsVisibleKernel<t::kRegclassOid>);
  Fn(r, "pg_type_is_visible", {kOid}, kBool, IsVisibleKernel<t::kRegtypeOid>);
  Fn(r, "pg_function_is_visible", {kOid}, kBool, IsVisibleKernel<t::kRegprocOid>);
  Fn(r, "pg_collation_is_visible", {kOid}, kBool, IsVisibleKernel<t::kRegcollationOid>);
  Fn(r, "pg_operator_is_visible", {kOid}, kBool, IsVisibleKernel<t::kRegoperOid>);
  Fn(r, "pg_opclass_is_visible", {kOid}, kBool, IsVisibleKernel<0>);
  Fn(r, "pg_conversion_is_visible", {kOid}, kBool, IsVisibleKernel<0>);
  Fn(r, "pg_statistics_obj_is_visible", {kOid}, kBool, IsVisibleKernel<0>);
  Fn(r, "obj_description", {kOid, kName}, kText, ObjDescriptionKernel);
  Fn(r, "obj_description", {kOid}, kText, ObjDescriptionKernel);
  Fn(r, "col_description", {kOid, kInt4}, kText, ColDescriptionKernel);
  Fn(r, "shobj_description", {kOid, kName}, kText, NullTextKernel);
  Fn(r, "pg_get_statisticsobjdef_columns", {kOid}, kText, NullTextKernel);
  Fn(r, "pg_get_viewdef", {kOid}, kText, ViewDefinitionKernel);
  Fn(r, "pg_get_viewdef", {kOid, kBool}, kText, ViewDefinitionKernel);
  Fn(r, "pg_get_serial_sequence", {kText, kText}, kText, SerialSequenceKernel);
  // No triggers exist (foreign keys are enforced without pg_trigger rows).
  Fn(r, "pg_get_triggerdef", {kOid}, kText, NullTextKernel);
  Fn(r, "pg_get_triggerdef", {kOid, kBool}, kText, NullTextKernel);
  // No partitioned tables: a relation's only "ancestor" is itself. In a
  // select list the call is this scalar (psql's \d runs `SELECT
  // pg_partition_ancestors('oid')`); in FROM it is the table function.
  Fn(r, "pg_partition_ancestors", {t::kRegclassOid}, t::kRegclassOid, IdentityKernel);
  Fn(r, "pg_relation_is_publishable", {t::kRegclassOid}, kBool, FalseKernel);
  using SizeOf = CatalogAccess::SizeOf;
  constexpr uint32_t kRegclass = t::kRegclassOid, kInt8 = t::kInt8Oid;
  Fn(r, "pg_relation_size", {kRegclass}, kInt8, RelationSizeKernel<SizeOf::kRelation>);
  Fn(r, "pg_relation_size", {kRegclass, kText}, kInt8, RelationSizeKernel<SizeOf::kRelation>);
  Fn(r, "pg_table_size", {kRegclass}, kInt8, RelationSizeKernel<SizeOf::kTable>);
  Fn(r, "pg_indexes_size", {kRegclass}, kInt8, RelationSizeKernel<SizeOf::kIndexes>);
  Fn(r, "pg_total_relation_size", {kRegclass}, kInt8, RelationSizeKernel<SizeOf::kTotal>);
  Fn(r, "pg_database_size", {kName}, kInt8, DatabaseSizeKernel<true>);
  Fn(r, "pg_database_size", {kOid}, kInt8, DatabaseSizeKernel<false>);
  Fn(r, "pg_size_pretty", {kInt8}, kText, SizePrettyKernel);
  Fn(r, "pg_get_function_result", {kOid}, kText, FunctionTextKernel<true>);
  Fn(r, "pg_get_function_arguments", {kOid}, kText, FunctionTextKernel<false>);
  Fn(r, "pg_get_function_identity_arguments", {kOid}, kText, FunctionTextKernel<false>);
  // No function has a SQL-standard body (BEGIN ATOMIC): always NULL.
  Fn(r, "pg_get_function_sqlbody", {kOid}, kText, NullTextKernel);
  Fn(r, "pg_encoding_to_char", {kInt4}, kName, EncodingToCharKernel);
  Fn(r, "pg_char_to_encoding", {kName}, kInt4, CharToEncodingKernel);
  Fn(r, "current_schemas", {kBool}, 1003 /* name[] */, CurrentSchemasKernel);
  Fn(r, "pg_my_temp_schema", {}, kOid, MyTempSchemaKernel);
  {
    ScalarFunction f;
    f.name = "json_build_object";
    f.arg_types = {t::SqlType::Of(kAnyOid)};
    f.return_type = t::SqlType::Of(t::kJsonOid);
    f.kernel = JsonBuildObjectKernel;
    f.strict = false;
    f.variadic = true;
    f.volatility = Volatility::kStable;
    r.Register(std::move(f));
  }
  for (const char* name : {"has_table_privilege", "has_schema_privilege", "has_database_privilege",
                           "has_sequence_privilege", "has_function_privilege", "has_any_column_privilege"}) {
    Fn(r, name, {kText, kText}, kBool, TrueKernel);
    Fn(r, name, {kOid, kText}, kBool, TrueKernel);
    Fn(r, name, {kName, kText, kText}, kBool, TrueKernel);
    Fn(r, name, {kName, kOid, kText}, kBool, TrueKernel);
    Fn(r, name, {kOid, kText, kText}, kBool, TrueKernel);
    Fn(r, name, {kOid, kOid, kText}, kBool, TrueKernel);
  }
  Fn(r, "pg_has_role", {kName, kName, kText}, kBool, HasRoleKernel<true, true, true>);
  Fn(r, "pg_has_role", {kName, kOid, kText}, kBool, HasRoleKernel<true, true, false>);
  Fn(r, "pg_has_role", {kOid, kName, kText}, kBool, HasRoleKernel<true, false, true>);
  Fn(r, "pg_has_role", {kOid, kOid, kText}, kBool, HasRoleKernel<true, false, false>);
  Fn(r, "pg_has_role", {kName, kText}, kBool, HasRoleKernel<false, false, true>);
  Fn(r, "pg_has_role", {kOid, kText}, kBool, HasRoleKernel<false, false, false>);
  Fn(r, "has_column_privilege", {kText, kText, kText}, kBool, TrueKernel);
  Fn(r, "has_column_privilege", {kOid, kText, kText}, kBool, TrueKernel);
  Fn(r, "has_column_privilege", {kText, t::kInt2Oid, kText}, kBool, TrueKernel);
  Fn(r, "has_column_privilege", {kOid, t::kInt2Oid, kText}, kBool, TrueKernel);
}

}  // namespace augur::exec::internal
