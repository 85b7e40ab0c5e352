// Role DDL: CREATE ROLE/USER/GROUP, ALTER ROLE/USER (options, PASSWORD,
// RENAME TO), DROP ROLE/USER/GROUP, with PostgreSQL 15's privilege rules,
// errors and notices. Passwords are hashed here (auth::EncryptPassword with
// the session's password_encryption) so plaintext never reaches the catalog.
// See docs/auth.md "Role DDL".
#pragma once

#include <string>
#include <string_view>

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

// CreateRoleStmt, AlterRoleStmt, AlterRoleSetStmt, DropRoleStmt, and
// RenameStmt of a role.
bool IsRoleStatement(PgNode stmt);
// Runs one; `command_tag` receives CREATE ROLE / ALTER ROLE / DROP ROLE.
Status ExecuteRoleStatement(const ParseTree& tree, PgNode stmt, RoleDdlContext& context, std::string* command_tag);

}  // namespace augur::sql
