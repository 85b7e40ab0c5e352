// Role DDL: CREATE ROLE/USER/GROUP, ALTER ROLE/USER (options, PASSWORD,
// RENAME TO), DROP ROLE/USER/GROUP, with PostgreSQL 15's privilege rules,
// errors and notices. Passwords are hashed here (auth::EncryptPassword with
// the session's password_encryption) so plaintext never reaches the catalog.
// See docs/auth.md "Role DDL".
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "auth/password.h"
#include "catalog/catalog.h"
#include "sql/parse_tree.h"
#include "sql/session.h"
#include "storage/storage.h"

namespace augur::sql {

struct RoleDdlContext {
  catalog::Catalog& catalog;
  storage::Transaction* txn;
  ResultSink& sink;
  // The session (and current) user: SET ROLE is not modelled, so both agree.
  std::string_view session_user;
  auth::PasswordEncryption password_encryption = auth::PasswordEncryption::kScramSha256;
};

// Role memberships as PostgreSQL 15's acl.c walks them (roles_is_member_of):
// which roles a role belongs to, directly or through other roles.
class RoleGraph {
 public:
  // `roles` gives rolsuper and rolinherit; roles missing from it are neither.
  RoleGraph(const std::vector<catalog::RoleInfo>& roles, std::vector<catalog::RoleMembership> memberships);

  // is_member_of_role_nosuper: member == role, or a member through any chain.
  bool IsMemberNoSuper(uint32_t member, uint32_t role) const;
  // is_member_of_role: superusers are members of every role.
  bool IsMember(uint32_t member, uint32_t role) const;
  // has_privs_of_role: superusers, the role itself, or a chain of INHERIT roles.
  bool HasPrivileges(uint32_t member, uint32_t role) const;
  // is_admin_of_role: superusers, or a chain whose last membership carries
  // ADMIN OPTION (a role is not admin of itself). `session_user` is unused
  // (kept for SET ROLE).
  bool IsAdmin(uint32_t member, uint32_t role, uint32_t session_user) const;

 private:
  // Every role reachable from `member` (itself included); `privileges` stops
  // at NOINHERIT roles. `admin_of`/`is_admin` as roles_is_member_of.
  std::vector<uint32_t> Closure(uint32_t member, bool privileges, uint32_t admin_of, bool* is_admin) const;
  bool Flag(uint32_t oid, bool catalog::RoleInfo::*field) const;

  std::map<uint32_t, catalog::RoleInfo> roles_;
  std::vector<catalog::RoleMembership> memberships_;
};

// CreateRoleStmt, AlterRoleStmt, AlterRoleSetStmt, DropRoleStmt, GrantRoleStmt
// and RenameStmt of a role.
bool IsRoleStatement(PgNode stmt);
// Runs one; `command_tag` receives CREATE ROLE / ALTER ROLE / DROP ROLE.
Status ExecuteRoleStatement(const ParseTree& tree, PgNode stmt, RoleDdlContext& context, std::string* command_tag);

}  // namespace augur::sql
