// Role DDL (PostgreSQL 15's commands/user.c: CreateRole, AlterRole,
// RenameRole, DropRole); see role.h.
#include "sql/role.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <optional>

#include "types/datetime.h"

namespace augur::sql {
namespace {

constexpr std::string_view kReservedName = "42939";

// Options of CREATE/ALTER ROLE after the grammar (DefElem names).
struct RoleOptions {
  std::optional<bool> superuser, inherit, create_role, create_db, can_login, replication, bypass_rls;
  std::optional<int32_t> connection_limit;
  bool password_given = false;
  std::optional<std::string> password;  // nullopt with password_given: PASSWORD NULL
  std::optional<std::string> valid_until;
};

Status Conflicting(PgNode option) {
  Status status = Status::Error(sqlstate::kSyntaxError, "conflicting or redundant options");
  int location = option.Location();
  if (location >= 0) status.SetPosition(location + 1);
  return status;
}

std::string Quote(std::string_view name) { return "\"" + std::string(name) + "\""; }

// CONNECTION LIMIT n: libpg_query drops Integer values <= 0 ({"Integer": {}}),
// so the number is read back from the text after LIMIT.
Result<int32_t> ConnectionLimit(const ParseTree& tree, PgNode option) {
  PgNode value = option.Field("arg").Field("ival");
  int64_t limit = value ? value.AsInt() : 0;
  if (!value) {
    const std::string& text = tree.text();
    size_t pos = static_cast<size_t>(std::max(0, option.Location()));
    std::string lower;
    for (size_t i = pos; i < text.size() && i < pos + 64; ++i) {
      lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(text[i]))));
    }
    size_t at = lower.find("limit");
    if (at != std::string::npos) limit = std::strtoll(text.c_str() + pos + at + 5, nullptr, 10);
  }
  if (limit < -1 || limit > INT32_MAX) {
    return Status::Error(sqlstate::kInvalidParameterValue, "invalid connection limit: " + std::to_string(limit));
  }
  return static_cast<int32_t>(limit);
}

Status ParseRoleOptions(const ParseTree& tree, PgNode stmt, RoleDdlContext& context, RoleOptions* options) {
  for (PgNode option : stmt.List("options")) {
    std::string_view name = option.Str("defname");
    PgNode arg = option.Field("arg");
    auto set_bool = [&](std::optional<bool>* field) -> Status {
      if (field->has_value()) return Conflicting(option);
      *field = arg.Field("boolval").AsBool();
      return Status::Ok();
    };
    if (name == "superuser") {
      RETURN_IF_ERROR(set_bool(&options->superuser));
    } else if (name == "inherit") {
      RETURN_IF_ERROR(set_bool(&options->inherit));
    } else if (name == "createrole") {
      RETURN_IF_ERROR(set_bool(&options->create_role));
    } else if (name == "createdb") {
      RETURN_IF_ERROR(set_bool(&options->create_db));
    } else if (name == "canlogin") {
      RETURN_IF_ERROR(set_bool(&options->can_login));
    } else if (name == "isreplication") {
      RETURN_IF_ERROR(set_bool(&options->replication));
    } else if (name == "bypassrls") {
      RETURN_IF_ERROR(set_bool(&options->bypass_rls));
    } else if (name == "connectionlimit") {
      if (options->connection_limit) return Conflicting(option);
      ASSIGN_OR_RETURN(options->connection_limit, ConnectionLimit(tree, option));
    } else if (name == "password") {
      if (options->password_given) return Conflicting(option);
      options->password_given = true;
      if (arg) options->password = std::string(arg.Field("sval").AsString());
    } else if (name == "validUntil") {
      if (options->valid_until) return Conflicting(option);
      options->valid_until = std::string(arg.Field("sval").AsString());
    } else if (name == "sysid") {
      context.sink.SendNotice("NOTICE", Status::Error(sqlstate::kSuccessfulCompletion,
                                                      "SYSID can no longer be specified"));
    } else if (name == "addroleto" || name == "rolemembers" || name == "adminmembers") {
      if (stmt.Tag() != "CreateRoleStmt") return Status::NotSupported("role option \"" + std::string(name) + "\"");
      // Applied after the role exists (ApplyCreateMemberships).
    } else {
      return Status::NotSupported("role option \"" + std::string(name) + "\"");
    }
  }
  return Status::Ok();
}

// Applies parsed options to `role`: hashes the password, parses VALID UNTIL.
Status ApplyRoleOptions(const RoleOptions& options, RoleDdlContext& context, catalog::RoleInfo* role) {
  if (options.superuser) role->superuser = *options.superuser;
  if (options.inherit) role->inherit = *options.inherit;
  if (options.create_role) role->create_role = *options.create_role;
  if (options.create_db) role->create_db = *options.create_db;
  if (options.can_login) role->can_login = *options.can_login;
  if (options.replication) role->replication = *options.replication;
  if (options.bypass_rls) role->bypass_rls = *options.bypass_rls;
  if (options.connection_limit) role->connection_limit = *options.connection_limit;
  if (options.password_given) {
    if (options.password && options.password->empty()) {
      context.sink.SendNotice("NOTICE", Status::Error(sqlstate::kSuccessfulCompletion,
                                                      "empty string is not a valid password, clearing password"));
      role->password.reset();
    } else if (options.password) {
      role->password = auth::EncryptPassword(context.password_encryption, role->name, *options.password);
    } else {
      role->password.reset();
    }
  }
  if (options.valid_until) {
    ASSIGN_OR_RETURN(int64_t micros, types::ParseTimestampTz(*options.valid_until));
    role->valid_until = micros;
  }
  return Status::Ok();
}

Status CheckReservedName(std::string_view name) {
  if (name.starts_with("pg_")) {
    return Status::Error(kReservedName, "role name " + Quote(name) + " is reserved")
        .WithDetail("Role names starting with \"pg_\" are reserved.");
  }
  return Status::Ok();
}

// The role a RoleSpec names (CURRENT_USER, SESSION_USER, CURRENT_ROLE: the session user).
std::string RoleSpecName(PgNode spec, const RoleDdlContext& context) {
  std::string_view type = spec.Str("roletype");
  if (type == "ROLESPEC_CSTRING") return std::string(spec.Str("rolename"));
  return std::string(context.session_user);
}

Result<catalog::RoleInfo> RequireRole(RoleDdlContext& context, std::string_view name) {
  ASSIGN_OR_RETURN(std::optional<catalog::RoleInfo> role, context.catalog.FindRole(context.txn, name));
  if (!role) return Status::Error(sqlstate::kUndefinedObject, "role " + Quote(name) + " does not exist");
  return std::move(*role);
}

Result<catalog::RoleInfo> CurrentRole(RoleDdlContext& context) {
  ASSIGN_OR_RETURN(std::optional<catalog::RoleInfo> role, context.catalog.FindRole(context.txn, context.session_user));
  if (!role) return Status::Error(sqlstate::kUndefinedObject, "role " + Quote(context.session_user) + " does not exist");
  return std::move(*role);
}

Status PermissionDenied(std::string message) {
  return Status::Error(sqlstate::kInsufficientPrivilege, std::move(message));
}

// ---- Memberships: GRANT role TO role / REVOKE (PostgreSQL 15's GrantRole,
// AddRoleMems, DelRoleMems in commands/user.c).

struct MemberSpec {
  uint32_t oid = 0;
  std::string name;
};

Result<MemberSpec> ResolveRoleSpec(PgNode spec, RoleDdlContext& context) {
  if (spec.Str("roletype") == "ROLESPEC_PUBLIC") {
    return Status::Error(sqlstate::kUndefinedObject, "role \"public\" does not exist");
  }
  std::string name = RoleSpecName(spec, context);
  ASSIGN_OR_RETURN(catalog::RoleInfo role, RequireRole(context, name));
  return MemberSpec{role.oid, name};
}

Result<RoleGraph> LoadGraph(RoleDdlContext& context) {
  ASSIGN_OR_RETURN(std::vector<catalog::RoleMembership> memberships, context.catalog.ListMemberships(context.txn));
  return RoleGraph(context.catalog.ListRoles(), std::move(memberships));
}

constexpr uint32_t kDatabaseOwnerRole = 6171;  // pg_database_owner

Status AddRoleMembers(const catalog::RoleInfo& role, const std::vector<MemberSpec>& members, uint32_t grantor,
                      bool admin_option, RoleDdlContext& context) {
  ASSIGN_OR_RETURN(catalog::RoleInfo me, CurrentRole(context));
  ASSIGN_OR_RETURN(RoleGraph graph, LoadGraph(context));
  if (role.superuser) {
    if (!me.superuser) return PermissionDenied("must be superuser to alter superusers");
  } else if (!me.superuser && !me.create_role && !graph.IsAdmin(grantor, role.oid, me.oid)) {
    return PermissionDenied("must have admin option on role " + Quote(role.name));
  }
  if (grantor != me.oid && !me.superuser) return PermissionDenied("must be superuser to set grantor");
  ASSIGN_OR_RETURN(std::vector<catalog::RoleMembership> existing, context.catalog.ListMemberships(context.txn));
  for (const MemberSpec& member : members) {
    // Refuse loops, the trivial one (GRANT a TO a) included.
    if (graph.IsMemberNoSuper(role.oid, member.oid)) {
      return Status::Error("0LP01", "role " + Quote(role.name) + " is a member of role " + Quote(member.name));
    }
    const catalog::RoleMembership* found = nullptr;
    for (const auto& m : existing) {
      if (m.role_oid == role.oid && m.member_oid == member.oid) found = &m;
    }
    if (found != nullptr && (!admin_option || found->admin_option)) {
      context.sink.SendNotice("NOTICE", Status::Error(sqlstate::kSuccessfulCompletion,
                                                      "role " + Quote(member.name) + " is already a member of role " +
                                                          Quote(role.name)));
      continue;
    }
    RETURN_IF_ERROR(context.catalog.PutMembership(context.txn, {role.oid, member.oid, grantor, admin_option}));
    existing.push_back({role.oid, member.oid, grantor, admin_option});
    graph = RoleGraph(context.catalog.ListRoles(), existing);
  }
  return Status::Ok();
}

Status DeleteRoleMembers(const catalog::RoleInfo& role, const std::vector<MemberSpec>& members, bool admin_option,
                         RoleDdlContext& context) {
  ASSIGN_OR_RETURN(catalog::RoleInfo me, CurrentRole(context));
  ASSIGN_OR_RETURN(RoleGraph graph, LoadGraph(context));
  if (role.superuser) {
    if (!me.superuser) return PermissionDenied("must be superuser to alter superusers");
  } else if (!me.superuser && !me.create_role && !graph.IsAdmin(me.oid, role.oid, me.oid)) {
    return PermissionDenied("must have admin option on role " + Quote(role.name));
  }
  ASSIGN_OR_RETURN(std::vector<catalog::RoleMembership> existing, context.catalog.ListMemberships(context.txn));
  for (const MemberSpec& member : members) {
    std::optional<catalog::RoleMembership> found;
    for (const auto& m : existing) {
      if (m.role_oid == role.oid && m.member_oid == member.oid) found = m;
    }
    if (!found) {
      context.sink.SendNotice("WARNING", Status::Error("01000", "role " + Quote(member.name) +
                                                                   " is not a member of role " + Quote(role.name)));
      continue;
    }
    if (admin_option) {
      found->admin_option = false;
      RETURN_IF_ERROR(context.catalog.PutMembership(context.txn, *found));
    } else {
      RETURN_IF_ERROR(context.catalog.DeleteMembership(context.txn, role.oid, member.oid));
    }
    ASSIGN_OR_RETURN(existing, context.catalog.ListMemberships(context.txn));
  }
  return Status::Ok();
}

Status ExecuteGrantRole(PgNode stmt, RoleDdlContext& context) {
  ASSIGN_OR_RETURN(catalog::RoleInfo me, CurrentRole(context));
  uint32_t grantor = me.oid;
  if (PgNode spec = stmt.Field("grantor")) {
    ASSIGN_OR_RETURN(MemberSpec who, ResolveRoleSpec(spec, context));
    grantor = who.oid;
  }
  std::vector<MemberSpec> members;
  for (PgNode spec : stmt.List("grantee_roles")) {
    ASSIGN_OR_RETURN(MemberSpec member, ResolveRoleSpec(spec, context));
    members.push_back(std::move(member));
  }
  bool is_grant = stmt.Bool("is_grant");
  bool admin_option = stmt.Bool("admin_opt");
  for (PgNode priv : stmt.List("granted_roles")) {
    std::string name(priv.Str("priv_name"));
    if (name.empty() || priv.Field("cols")) {
      return Status::Error("0LP01", "column names cannot be included in GRANT/REVOKE ROLE");
    }
    ASSIGN_OR_RETURN(catalog::RoleInfo role, RequireRole(context, name));
    if (is_grant) {
      RETURN_IF_ERROR(AddRoleMembers(role, members, grantor, admin_option, context));
    } else {
      RETURN_IF_ERROR(DeleteRoleMembers(role, members, admin_option, context));
    }
  }
  return Status::Ok();
}

// CREATE ROLE's IN ROLE / ROLE / ADMIN: memberships of the new role.
struct MembershipOptions {
  std::vector<PgNode> in_role, role, admin;
};

Status ApplyCreateMemberships(const catalog::RoleInfo& created, const MembershipOptions& options,
                              RoleDdlContext& context) {
  ASSIGN_OR_RETURN(catalog::RoleInfo me, CurrentRole(context));
  MemberSpec self{created.oid, created.name};
  for (PgNode spec : options.in_role) {
    ASSIGN_OR_RETURN(MemberSpec target, ResolveRoleSpec(spec, context));
    ASSIGN_OR_RETURN(catalog::RoleInfo role, RequireRole(context, target.name));
    RETURN_IF_ERROR(AddRoleMembers(role, {self}, me.oid, false, context));
  }
  for (auto [specs, admin] : {std::pair<const std::vector<PgNode>*, bool>{&options.admin, true},
                              std::pair<const std::vector<PgNode>*, bool>{&options.role, false}}) {
    std::vector<MemberSpec> members;
    for (PgNode spec : *specs) {
      ASSIGN_OR_RETURN(MemberSpec member, ResolveRoleSpec(spec, context));
      members.push_back(std::move(member));
    }
    if (!members.empty()) RETURN_IF_ERROR(AddRoleMembers(created, members, me.oid, admin, context));
  }
  return Status::Ok();
}

Status ExecuteCreateRole(const ParseTree& tree, PgNode stmt, RoleDdlContext& context) {
  std::string name(stmt.Str("role"));
  RoleOptions options;
  RETURN_IF_ERROR(ParseRoleOptions(tree, stmt, context, &options));
  ASSIGN_OR_RETURN(catalog::RoleInfo me, CurrentRole(context));
  if (options.superuser.value_or(false) && !me.superuser) {
    return PermissionDenied("must be superuser to create superusers");
  }
  if ((options.replication.value_or(false) || options.bypass_rls.value_or(false)) && !me.superuser) {
    return PermissionDenied(options.replication.value_or(false)
                                ? "must be superuser to create replication users"
                                : "must be superuser to create bypassrls users");
  }
  if (!me.superuser && !me.create_role) return PermissionDenied("permission denied to create role");
  RETURN_IF_ERROR(CheckReservedName(name));
  catalog::RoleInfo role;
  role.name = name;
  role.can_login = stmt.Str("stmt_type") == "ROLESTMT_USER";
  ASSIGN_OR_RETURN(std::optional<catalog::RoleInfo> existing, context.catalog.FindRole(context.txn, name));
  if (existing) return Status::Error(sqlstate::kDuplicateObject, "role " + Quote(name) + " already exists");
  RETURN_IF_ERROR(ApplyRoleOptions(options, context, &role));
  ASSIGN_OR_RETURN(catalog::RoleInfo created, context.catalog.CreateRole(context.txn, std::move(role)));
  MembershipOptions memberships;
  for (PgNode option : stmt.List("options")) {
    std::string_view option_name = option.Str("defname");
    std::vector<PgNode> specs = option.Field("arg").List("items");
    if (option_name == "addroleto") memberships.in_role = specs;
    if (option_name == "rolemembers") memberships.role = specs;
    if (option_name == "adminmembers") memberships.admin = specs;
  }
  return ApplyCreateMemberships(created, memberships, context);
}

Status ExecuteAlterRole(const ParseTree& tree, PgNode stmt, RoleDdlContext& context) {
  std::string name = RoleSpecName(stmt.Field("role"), context);
  RoleOptions options;
  RETURN_IF_ERROR(ParseRoleOptions(tree, stmt, context, &options));
  ASSIGN_OR_RETURN(catalog::RoleInfo role, RequireRole(context, name));
  ASSIGN_OR_RETURN(catalog::RoleInfo me, CurrentRole(context));
  if (!me.superuser) {
    if (role.superuser || options.superuser) {
      return PermissionDenied("must be superuser to alter superuser roles or change superuser attribute");
    }
    if (role.replication || options.replication) {
      return PermissionDenied("must be superuser to alter replication roles or change replication attribute");
    }
    if (options.bypass_rls) return PermissionDenied("must be superuser to change bypassrls attribute");
    // Without CREATEROLE a role may only change its own password.
    bool only_own_password = role.oid == me.oid && !options.inherit && !options.create_role && !options.create_db &&
                             !options.can_login && !options.connection_limit && !options.valid_until;
    if (!me.create_role && !only_own_password) return PermissionDenied("permission denied");
  }
  RETURN_IF_ERROR(ApplyRoleOptions(options, context, &role));
  return context.catalog.UpdateRole(context.txn, name, role);
}

Status ExecuteRenameRole(PgNode stmt, RoleDdlContext& context) {
  std::string old_name(stmt.Str("subname"));
  std::string new_name(stmt.Str("newname"));
  ASSIGN_OR_RETURN(std::optional<catalog::RoleInfo> found, context.catalog.FindRole(context.txn, old_name));
  if (!found) return Status::Error(sqlstate::kUndefinedObject, "role " + Quote(old_name) + " does not exist");
  catalog::RoleInfo role = std::move(*found);
  if (old_name == context.session_user) {
    return Status::Error(sqlstate::kFeatureNotSupported, "session user cannot be renamed");
  }
  ASSIGN_OR_RETURN(std::optional<catalog::RoleInfo> taken, context.catalog.FindRole(context.txn, new_name));
  if (taken) return Status::Error(sqlstate::kDuplicateObject, "role " + Quote(new_name) + " already exists");
  RETURN_IF_ERROR(CheckReservedName(new_name));
  ASSIGN_OR_RETURN(catalog::RoleInfo me, CurrentRole(context));
  if (role.superuser && !me.superuser) return PermissionDenied("must be superuser to rename superusers");
  if (!me.superuser && !me.create_role) return PermissionDenied("permission denied to rename role");
  // An MD5 hash is salted with the role name, so it no longer matches.
  if (role.password && auth::GetPasswordType(*role.password) == auth::PasswordType::kMd5) {
    role.password.reset();
    context.sink.SendNotice("NOTICE", Status::Error(sqlstate::kSuccessfulCompletion,
                                                    "MD5 password cleared because of role rename"));
  }
  role.name = new_name;
  return context.catalog.UpdateRole(context.txn, old_name, role);
}

Status ExecuteDropRole(PgNode stmt, RoleDdlContext& context) {
  ASSIGN_OR_RETURN(catalog::RoleInfo me, CurrentRole(context));
  if (!me.superuser && !me.create_role) return PermissionDenied("permission denied to drop role");
  bool missing_ok = stmt.Bool("missing_ok");
  for (PgNode spec : stmt.List("roles")) {
    if (spec.Str("roletype") != "ROLESPEC_CSTRING") {
      return Status::Error(sqlstate::kSyntaxError, "cannot use special role specifier in DROP ROLE");
    }
    std::string name(spec.Str("rolename"));
    ASSIGN_OR_RETURN(std::optional<catalog::RoleInfo> role, context.catalog.FindRole(context.txn, name));
    if (!role) {
      if (!missing_ok) return Status::Error(sqlstate::kUndefinedObject, "role " + Quote(name) + " does not exist");
      context.sink.SendNotice("NOTICE", Status::Error(sqlstate::kSuccessfulCompletion,
                                                      "role " + Quote(name) + " does not exist, skipping"));
      continue;
    }
    if (name == context.session_user) {
      return Status::Error(sqlstate::kObjectInUse, "current user cannot be dropped");
    }
    if (role->superuser && !me.superuser) return PermissionDenied("must be superuser to drop superusers");
    if (role->oid == catalog::kPostgresRoleOid) {
      return Status::Error("2BP01", "cannot drop role " + name + " because it is required by the database system");
    }
    for (const auto& table : context.catalog.ListTables(context.txn)) {
      if (table->owner_oid == role->oid) {
        return Status::Error("2BP01", "role " + Quote(name) + " cannot be dropped because some objects depend on it")
            .WithDetail("owner of table " + table->name);
      }
    }
    RETURN_IF_ERROR(context.catalog.DropRole(context.txn, name));
  }
  return Status::Ok();
}

}  // namespace

RoleGraph::RoleGraph(const std::vector<catalog::RoleInfo>& roles, std::vector<catalog::RoleMembership> memberships)
    : memberships_(std::move(memberships)) {
  for (const auto& role : roles) roles_.emplace(role.oid, role);
}

bool RoleGraph::Flag(uint32_t oid, bool catalog::RoleInfo::*field) const {
  auto it = roles_.find(oid);
  return it != roles_.end() && it->second.*field;
}

std::vector<uint32_t> RoleGraph::Closure(uint32_t member, bool privileges, uint32_t admin_of, bool* is_admin) const {
  std::vector<uint32_t> found{member};
  for (size_t i = 0; i < found.size(); ++i) {
    uint32_t current = found[i];
    if (privileges && !Flag(current, &catalog::RoleInfo::inherit)) continue;
    for (const auto& m : memberships_) {
      if (m.member_oid != current) continue;
      if (admin_of != 0 && m.role_oid == admin_of && m.admin_option && is_admin != nullptr) *is_admin = true;
      if (std::find(found.begin(), found.end(), m.role_oid) == found.end()) found.push_back(m.role_oid);
    }
  }
  return found;
}

bool RoleGraph::IsMemberNoSuper(uint32_t member, uint32_t role) const {
  if (member == role) return true;
  auto closure = Closure(member, false, 0, nullptr);
  return std::find(closure.begin(), closure.end(), role) != closure.end();
}

bool RoleGraph::IsMember(uint32_t member, uint32_t role) const {
  return Flag(member, &catalog::RoleInfo::superuser) || IsMemberNoSuper(member, role);
}

bool RoleGraph::HasPrivileges(uint32_t member, uint32_t role) const {
  if (member == role || Flag(member, &catalog::RoleInfo::superuser)) return true;
  auto closure = Closure(member, true, 0, nullptr);
  return std::find(closure.begin(), closure.end(), role) != closure.end();
}

bool RoleGraph::IsAdmin(uint32_t member, uint32_t role, uint32_t session_user) const {
  if (Flag(member, &catalog::RoleInfo::superuser)) return true;
  // A role does not administer itself (what PostgreSQL 15 answers: GRANT u
  // TO v as u is 42501 "must have admin option on role u").
  if (member == role) return false;
  bool is_admin = false;
  Closure(member, false, role, &is_admin);
  return is_admin;
}

bool IsRoleStatement(PgNode stmt) {
  std::string_view tag = stmt.Tag();
  return tag == "CreateRoleStmt" || tag == "GrantRoleStmt" || tag == "AlterRoleStmt" || tag == "AlterRoleSetStmt" || tag == "DropRoleStmt" ||
         (tag == "RenameStmt" && stmt.Str("renameType") == "OBJECT_ROLE");
}

Status ExecuteRoleStatement(const ParseTree& tree, PgNode stmt, RoleDdlContext& context, std::string* command_tag) {
  std::string_view tag = stmt.Tag();
  if (tag == "CreateRoleStmt") {
    *command_tag = "CREATE ROLE";
    return ExecuteCreateRole(tree, stmt, context);
  }
  if (tag == "AlterRoleStmt") {
    *command_tag = "ALTER ROLE";
    return ExecuteAlterRole(tree, stmt, context);
  }
  if (tag == "RenameStmt") {
    *command_tag = "ALTER ROLE";
    return ExecuteRenameRole(stmt, context);
  }
  if (tag == "DropRoleStmt") {
    *command_tag = "DROP ROLE";
    return ExecuteDropRole(stmt, context);
  }
  if (tag == "GrantRoleStmt") {
    *command_tag = stmt.Bool("is_grant") ? "GRANT ROLE" : "REVOKE ROLE";
    return ExecuteGrantRole(stmt, context);
  }
  return Status::NotSupported("ALTER ROLE ... SET");
}

}  // namespace augur::sql
