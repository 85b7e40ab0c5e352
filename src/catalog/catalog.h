// catalog/: the database's schema — database, roles, schemas, tables,
// columns, constraints, indexes and sequences — persisted in the `catalog` column family
// through storage::Transaction, so DDL is transactional like PostgreSQL's
// (CREATE TABLE inside BEGIN … ROLLBACK leaves nothing behind), and cached in
// memory for every session.
//
// Built-in objects (never stored): role "postgres" (oid 10, superuser),
// schemas pg_catalog (11) and public (2200) in every database (and the name
// information_schema, whose views the sql/ module provides). Databases and
// user schemas (CREATE SCHEMA) are stored; "postgres" (oid 5) exists from
// the start.
// User objects get oids >= 16384 from a persistent, non-transactional counter
// (like PostgreSQL's OID counter: rolled-back DDL leaves gaps).
//
// Visibility: lookups by a transaction that has not written the catalog read
// the shared committed cache (an immutable snapshot, swapped on every DDL
// commit and numbered by version()). A transaction that has changed the
// catalog reads through its own storage::Transaction, so it sees its own DDL
// and nobody else does until it commits.
//
// Names and messages follow PostgreSQL 15: implicit names "<table>_pkey",
// "<table>_<cols>_key", "<table>_<col>_check" (one column referenced) or
// "<table>_check",
// "<table>_<cols>_idx", truncated to 63 bytes, with a number appended to the
// label on collision ("t_a_key1").
//
// Ownership: one Catalog per database, owned by the engine; Table objects are
// shared_ptr<const Table>, valid as long as held even after DROP.
// Thread-safety: all Catalog methods are thread-safe; one Transaction is still
// used by one thread at a time.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "storage/storage.h"
#include "types/type.h"

namespace augur::catalog {

inline constexpr uint32_t kTemplate1DatabaseOid = 1;
inline constexpr uint32_t kTemplate0DatabaseOid = 4;
inline constexpr uint32_t kPostgresDatabaseOid = 5;
inline constexpr uint32_t kPostgresRoleOid = 10;
inline constexpr uint32_t kPgCatalogNamespaceOid = 11;
inline constexpr uint32_t kPublicNamespaceOid = 2200;
inline constexpr uint32_t kInformationSchemaNamespaceOid = 13207;  // PostgreSQL 15's
inline constexpr uint32_t kFirstNormalObjectId = 16384;
inline constexpr size_t kMaxIdentifierBytes = 63;  // NAMEDATALEN - 1

// A database (pg_database row). Databases are stored (docs/storage-format.md
// "Databases"); roles below are built-in, never stored.
struct DatabaseInfo {
  uint32_t oid = 0;
  std::string name;
  uint32_t owner_oid = 0;
  std::string encoding;  // "UTF8"
  std::string collate;   // "C"
  // datistemplate / datallowconn: true / false only for the databases
  // initdb makes, template1 (oid 1, connectable) and template0 (oid 4, not);
  // derived from the oid, not stored (ALTER DATABASE cannot change them here).
  bool is_template = false;
  bool allow_connections = true;
};
struct DatabaseDefinition {
  std::string name;
  uint32_t owner_oid = kPostgresRoleOid;
};
// A role: pg_authid's columns (pg_roles shows the same with rolpassword
// masked). Built-in "postgres" has every privilege; CREATE ROLE's defaults
// are the member initialisers below (CREATE USER sets can_login). See
// docs/auth.md.
struct RoleInfo {
  uint32_t oid = 0;
  std::string name;                // rolname
  bool superuser = false;          // rolsuper
  bool inherit = true;             // rolinherit
  bool create_role = false;        // rolcreaterole
  bool create_db = false;          // rolcreatedb
  bool can_login = true;           // rolcanlogin
  bool replication = false;        // rolreplication
  bool bypass_rls = false;         // rolbypassrls
  int32_t connection_limit = -1;   // rolconnlimit (-1: no limit)
  // rolpassword: a SCRAM-SHA-256 secret or an MD5 hash (auth/password.h),
  // never plaintext; nullopt is NULL (no password).
  std::optional<std::string> password;
  // rolvaliduntil as timestamptz microseconds since 2000-01-01 UTC
  // (INT64_MAX = 'infinity'); nullopt is NULL (no expiry).
  std::optional<int64_t> valid_until;
};
// A role membership (pg_auth_members row, PostgreSQL 15's columns): `member`
// is a member of `role`, granted by `grantor`, with ADMIN OPTION or not.
// Stored as 'M' ‖ role (4 BE) ‖ member (4 BE) → version, grantor, admin.
struct RoleMembership {
  uint32_t role_oid = 0;     // roleid
  uint32_t member_oid = 0;   // member
  uint32_t grantor_oid = 0;  // grantor
  bool admin_option = false;
};
// A schema (pg_namespace row): pg_catalog and public are built in, others
// are stored (docs/catalog.md "Schemas").
struct SchemaInfo {
  uint32_t oid = 0;
  std::string name;
  uint32_t owner_oid = 0;
};

// search_path as the lookups below see an unqualified name: the schemas in
// order, "$user" already replaced by the session user's name; names that are
// no schema are skipped. PostgreSQL searches pg_catalog first unless it is
// listed, but no stored relation lives there, so only the listed schemas
// matter here. The session installs its path on its thread for every call
// into it; without one the path is `public`.
// The search_path installed on this thread (`public` without one).
const std::vector<std::string>& ActiveSearchPath();
// The session's temporary schema ("pg_temp_<n>", docs/catalog.md "Temporary
// tables"): the first such name on the installed path ("" without one). The
// session puts it there once it has one; "pg_temp" names it.
std::string_view ActiveTempSchema();
bool IsTempSchemaName(std::string_view name);  // "pg_temp_<digits>"
// 0A000 "cannot access temporary tables of other sessions" for a relation in
// a temporary schema that is not this thread's session's.
Status CheckTemporaryAccess(std::string_view schema_name);

// Schema names bound to schemas: a view's query text finds the schemas it
// named when it was created under those names, even after ALTER SCHEMA
// RENAME (PostgreSQL keeps the view's analysed query, with oids).
using PinnedSchemas = std::vector<std::pair<std::string, uint32_t>>;

class ScopedSearchPath {
 public:
  explicit ScopedSearchPath(const std::vector<std::string>* schemas, const PinnedSchemas* pinned = nullptr);
  ~ScopedSearchPath();
  ScopedSearchPath(const ScopedSearchPath&) = delete;
  ScopedSearchPath& operator=(const ScopedSearchPath&) = delete;

 private:
  const std::vector<std::string>* previous_;
  const PinnedSchemas* previous_pinned_;
};

struct Column {
  std::string name;
  types::SqlType type;
  int16_t attnum = 0;  // 1-based, as pg_attribute.attnum
  bool not_null = false;
  std::optional<std::string> default_sql;  // expression text; the engine parses it
  // pg_attribute.attidentity: 0 = not an identity column, 'a' = GENERATED
  // ALWAYS, 'd' = BY DEFAULT. An identity column's default_sql is the
  // nextval() of its owned sequence.
  char identity = 0;
  std::optional<std::string> comment;  // COMMENT ON COLUMN (pg_description)
};

struct CheckConstraint {
  std::string name;
  std::string expression_sql;
};

struct Index {
  uint32_t oid = 0;
  std::string name;
  std::vector<int16_t> attnums;  // 1-based column numbers, in index order
  bool unique = false;
  bool primary = false;
  // true when the index implements a PRIMARY KEY / UNIQUE constraint of the
  // same name (pg_constraint row) rather than CREATE INDEX.
  bool is_constraint = false;
};

// FOREIGN KEY (pg_constraint row with contype 'f'), stored in the record of
// the referencing table. The referenced columns must match the columns of a
// primary key or unique constraint of the referenced table (checked when the
// constraint is created; conindid is found again from them). Actions and the
// match type use pg_constraint's letters. docs/sql.md "Foreign keys".
struct ForeignKey {
  uint32_t oid = 0;  // 0 = new (ReplaceTable assigns one)
  std::string name;
  std::vector<int16_t> attnums;             // conkey: referencing columns
  uint32_t referenced_table_oid = 0;        // confrelid (may be the table itself)
  std::vector<int16_t> referenced_attnums;  // confkey, aligned with attnums
  char update_action = 'a';  // confupdtype: a no action, r restrict, c cascade, n set null, d set default
  char delete_action = 'a';  // confdeltype
  char match_type = 's';     // confmatchtype: s simple, f full
  std::vector<int16_t> delete_set_attnums;  // confdelsetcols: ON DELETE SET NULL/DEFAULT (cols)
  bool validated = true;     // convalidated: false after ADD ... NOT VALID until VALIDATE CONSTRAINT
  bool deferrable = false;   // condeferrable
  bool initially_deferred = false;  // condeferred
};

struct Table {
  uint32_t oid = 0;
  uint32_t schema_oid = kPublicNamespaceOid;
  std::string schema_name;
  std::string name;
  uint32_t owner_oid = kPostgresRoleOid;
  std::vector<Column> columns;
  bool hidden_row_id = false;     // no primary key: rows keyed by an int64 row id
  std::vector<Index> indexes;     // the primary key's index (primary) first if any
  std::vector<CheckConstraint> checks;
  std::vector<ForeignKey> foreign_keys;  // constraints of this (referencing) table
  std::optional<std::string> comment;  // COMMENT ON TABLE (pg_description)
  // Key prefix of the rows in storage (PostgreSQL's relfilenode): the oid
  // until a rewrite (ALTER TABLE ... ADD PRIMARY KEY, ALTER COLUMN TYPE,
  // DROP COLUMN, ...) moves the rows to a fresh id.
  uint32_t storage_id = 0;
  // What storage::Transaction needs; kept consistent with the fields above.
  std::shared_ptr<const storage::TableDescriptor> storage;

  // 0-based position of a column by name, or -1.
  int FindColumn(std::string_view column_name) const;
  const Index* primary_key() const;
};

// ---- CREATE TABLE input, as the engine extracts it from the parse tree.

struct SequenceDefinition;

struct ColumnDefinition {
  std::string name;
  types::SqlType type;
  bool not_null = false;
  std::optional<std::string> default_sql;
  // serial/bigserial/smallserial: `type` is int4/int8/int2; CreateTable adds
  // the owned sequence "<table>_<column>_seq", NOT NULL and the default
  // "nextval('<seq>'::regclass)", as PostgreSQL does.
  bool serial = false;
  // GENERATED {ALWAYS|BY DEFAULT} AS IDENTITY: 'a' or 'd' (0 = none). Like
  // serial (owned sequence, NOT NULL, nextval default) plus attidentity;
  // `identity_options` holds the sequence options given in parentheses.
  char identity = 0;
  const SequenceDefinition* identity_options = nullptr;  // not owned; may be null
};

// A sequence (pg_sequence). Values are handed out by Catalog::NextVal.
struct Sequence {
  uint32_t oid = 0;
  uint32_t schema_oid = kPublicNamespaceOid;
  std::string schema_name;
  std::string name;
  types::SqlType type;  // int2, int4 or int8
  int64_t start = 1;
  int64_t increment = 1;
  int64_t min_value = 1;
  int64_t max_value = INT64_MAX;
  bool cycle = false;
  uint32_t owned_by_table = 0;  // 0 = not owned; dropped with its table
  int16_t owned_by_attnum = 0;
};

// CREATE VIEW: a SELECT kept as its SQL text, bound again at every
// reference (docs/catalog.md "Views").
struct ViewColumn {
  std::string name;        // the view's column name (after CREATE VIEW v (a, b))
  std::string query_name;  // the query's own output name, checked at every use
  types::SqlType type;
};

struct View {
  uint32_t oid = 0;
  uint32_t schema_oid = kPublicNamespaceOid;
  std::string schema_name;
  std::string name;
  uint32_t owner_oid = kPostgresRoleOid;
  std::string query;  // the SELECT as written
  std::vector<ViewColumn> columns;
  std::vector<uint32_t> depends_on;  // tables and views its query names (DROP checks them)
  // The search_path its query was written under (bound with it at every
  // use); empty: public. `schemas`: the schemas of that path and of the
  // relations it read, by the names they had then (bound pinned).
  std::vector<std::string> search_path;
  PinnedSchemas schemas;
  // WITH [CASCADED | LOCAL] CHECK OPTION: 'c', 'l', or 0 for none.
  char check_option = 0;
};

struct ViewDefinition {
  std::string schema_name;
  std::string name;
  std::string query;
  std::vector<ViewColumn> columns;
  std::vector<uint32_t> depends_on;
  std::vector<std::string> search_path;
  PinnedSchemas schemas;
  bool replace = false;  // CREATE OR REPLACE VIEW
  char check_option = 0;  // View::check_option
};

struct SequenceDefinition {
  std::string schema_name;
  std::string name;
  types::SqlType type = types::SqlType::Of(types::kInt8Oid);
  std::optional<int64_t> start;
  std::optional<int64_t> increment;
  std::optional<int64_t> min_value;
  std::optional<int64_t> max_value;
  bool cycle = false;
  bool if_not_exists = false;
};

// PRIMARY KEY / UNIQUE, either column-level or table-level.
struct KeyConstraintDefinition {
  std::optional<std::string> name;  // CONSTRAINT name, if given
  std::vector<std::string> columns;
};

struct CheckDefinition {
  std::optional<std::string> name;
  std::string expression_sql;
  // Column names the expression references (duplicates allowed). As in
  // PostgreSQL, an unnamed check is "<table>_<col>_check" when exactly one
  // distinct column is referenced, else "<table>_check".
  std::vector<std::string> referenced_columns;
};

struct TableDefinition {
  std::string schema_name;  // empty = first schema in the search path (public)
  std::string name;
  std::vector<ColumnDefinition> columns;
  std::optional<KeyConstraintDefinition> primary_key;
  std::vector<KeyConstraintDefinition> unique_constraints;
  std::vector<CheckDefinition> checks;
  bool if_not_exists = false;
};

struct IndexDefinition {
  std::string schema_name;
  std::optional<std::string> name;  // none: "<table>_<cols>_idx"
  std::string table_name;
  std::vector<std::string> columns;
  bool unique = false;
  bool if_not_exists = false;
};

// One Catalog describes one database (CREATE DATABASE). All databases live in
// the one storage::Database; their catalog records are kept apart by a key
// prefix, table and index ids are unique across the cluster. The Catalogs of
// one data directory share the oid counter and the list of databases, so the
// database functions below (ListDatabases, CreateDatabase, ...) are the same
// on every Catalog of the cluster.
class Catalog {
 public:
  // Loads the committed catalog of database "postgres" (oid 5) from
  // `database` (which must outlive it), and the cluster's database list.
  static Result<std::unique_ptr<Catalog>> Open(storage::Database* database);
  // The catalog of another database of the same cluster (an oid from
  // ListDatabases / CreateDatabase). It shares the cluster state with *this.
  Result<std::unique_ptr<Catalog>> OpenDatabase(uint32_t database_oid) const;
  ~Catalog();

  // The database this catalog describes, and its current name ("" once dropped).
  uint32_t database_oid() const;
  std::string database_name() const;

  // Incremented on every committed DDL; plans cached under an older version
  // must be re-bound.
  uint64_t version() const;

  // ---- Databases (cluster-wide). CREATE/DROP/RENAME are not transactional:
  // each commits (synced) before it returns, as PostgreSQL's CREATE DATABASE
  // cannot run in a transaction block either.
  // 3D000 database "x" does not exist
  Result<DatabaseInfo> LookupDatabase(std::string_view name) const;
  // Every database, by oid (pg_database).
  std::vector<DatabaseInfo> ListDatabases() const;
  // 42P04 database "x" already exists. The new database is empty (schemas
  // pg_catalog and public): CREATE DATABASE copies template1 or template0,
  // which the engine accepts only while they hold no tables or sequences.
  Result<DatabaseInfo> CreateDatabase(const DatabaseDefinition& definition);
  // 3D000; 42P04 when `new_name` is taken.
  Status RenameDatabase(std::string_view name, std::string_view new_name);
  // Removes the database's record, every catalog record of it and (after the
  // commit) all rows and index entries of its tables. The caller guarantees
  // that no session uses the database; a Catalog of it must not be used for
  // DDL afterwards.
  Status DropDatabase(uint32_t database_oid);
  // Approximate on-disk bytes of a table's rows (its storage_id) or of an
  // index's entries (storage::Database::ApproximateKeyPrefixBytes).
  uint64_t StorageBytes(uint32_t storage_id, bool is_index) const;
  // The sum of StorageBytes over every table and index of a database (as
  // committed); nullopt when no such database exists.
  Result<std::optional<uint64_t>> DatabaseStorageBytes(uint32_t database_oid) const;

  // ---- Roles (cluster-wide, like pg_authid: the same from every database's
  // Catalog). 28000 role "x" does not exist (committed state; what login uses).
  Result<RoleInfo> LookupRole(std::string_view name) const;
  // Every role (built-in postgres first, then by oid), committed state.
  std::vector<RoleInfo> ListRoles() const;

  // ---- Roles (CREATE/ALTER/DROP ROLE; sql/role.cc). Role records are
  // transactional like every catalog record. `txn` may be null for reads.
  // nullopt when no role has this name.
  Result<std::optional<RoleInfo>> FindRole(storage::Transaction* txn, std::string_view name) const;
  // Assigns the oid. 42710 role "x" already exists.
  Result<RoleInfo> CreateRole(storage::Transaction* txn, RoleInfo role);
  // Replaces the role named `current_name` (locked in `txn`) by `role`
  // (same oid); a different role.name renames it (42710 when taken).
  Status UpdateRole(storage::Transaction* txn, std::string_view current_name, const RoleInfo& role);
  // 42704 role "x" does not exist. Also removes the role's memberships (as
  // member and as the role granted), as DROP ROLE does in PostgreSQL.
  Status DropRole(storage::Transaction* txn, std::string_view name);
  // Memberships (GRANT role TO role; sql/role.cc). `txn` may be null: the
  // committed state. Ordered by (role, member).
  Result<std::vector<RoleMembership>> ListMemberships(storage::Transaction* txn) const;
  // Inserts or replaces the (role, member) row.
  Status PutMembership(storage::Transaction* txn, const RoleMembership& membership);
  Status DeleteMembership(storage::Transaction* txn, uint32_t role_oid, uint32_t member_oid);
  // ---- Schemas (CREATE/ALTER/DROP SCHEMA; sql/schema.cc). Transactional.
  // pg_catalog, public, then the stored schemas by oid, as `txn` sees them
  // (null: the committed state).
  std::vector<SchemaInfo> ListSchemas(storage::Transaction* txn = nullptr) const;
  // nullopt when no schema has this name.
  Result<std::optional<SchemaInfo>> FindSchema(storage::Transaction* txn, std::string_view name) const;
  // Assigns the oid. 42P06 schema "x" already exists; 42939 for names
  // starting with "pg_".
  // `temporary`: a session's pg_temp_<n> (the "pg_" prefix is allowed).
  Result<SchemaInfo> CreateSchema(storage::Transaction* txn, std::string_view name, uint32_t owner_oid,
                                  bool temporary = false);
  // 3F000; 42P06 / 42939 for the new name; 0A000 for the built-in schemas.
  Status RenameSchema(storage::Transaction* txn, std::string_view name, std::string_view new_name);
  Status SetSchemaOwner(storage::Transaction* txn, std::string_view name, uint32_t owner_oid);
  // Removes the schema's record; the caller has dropped what it held
  // (2BP01 if a relation still names it). 0A000 for the built-in schemas.
  Status DropSchema(storage::Transaction* txn, uint32_t schema_oid);
  // The schema an unqualified CREATE puts `object_name` in: the first schema
  // of the search path that exists, temporary schemas skipped (3F000 "no
  // schema has been selected to create in" when none does), or
  // `schema_name`'s (3F000 when missing).
  // 42501 for pg_catalog.
  Result<uint32_t> CreationSchema(storage::Transaction* txn, std::string_view schema_name,
                                  std::string_view object_name) const;

  // ---- Lookups. `txn` may be null: the committed state.
  // 3F000 schema "x" does not exist
  Result<uint32_t> LookupSchema(storage::Transaction* txn, std::string_view schema_name) const;
  // `schema_name` empty = the search path (ScopedSearchPath): the first
  // schema holding a relation of that name, whatever its kind.
  // 42P01 relation "t" does not exist
  Result<std::shared_ptr<const Table>> LookupTable(storage::Transaction* txn, std::string_view schema_name,
                                                   std::string_view table_name) const;
  // nullptr if absent.
  std::shared_ptr<const Table> FindTable(storage::Transaction* txn, uint32_t table_oid) const;
  std::vector<std::shared_ptr<const Table>> ListTables(storage::Transaction* txn) const;
  std::vector<std::shared_ptr<const Sequence>> ListSequences(storage::Transaction* txn) const;

  // ---- DDL, inside `txn` (never null). Errors as PostgreSQL:
  //   42P07 relation "t" already exists            (IF NOT EXISTS: notice, returns the existing table)
  //   42701 column "a" specified more than once
  //   42P16 multiple primary keys for table "t" are not allowed
  //   42703 column "x" named in key does not exist
  //   54011 tables can have at most 1600 columns
  // `notice` (may be null) receives a NOTICE such as
  //   42P07 relation "t" already exists, skipping.
  Result<std::shared_ptr<const Table>> CreateTable(storage::Transaction* txn, const TableDefinition& definition,
                                                   Status* notice = nullptr);
  // 42P01 table "t" does not exist   (IF EXISTS: notice `table "t" does not exist, skipping`)
  // Takes the table lock exclusively; the data is removed after commit.
  Status DropTable(storage::Transaction* txn, std::string_view schema_name, std::string_view table_name,
                   bool if_exists, Status* notice = nullptr);
  Result<std::shared_ptr<const Table>> CreateIndex(storage::Transaction* txn, const IndexDefinition& definition,
                                                   Status* notice = nullptr);
  // 42704 index "i" does not exist; 2BP01 when it backs a constraint.
  Status DropIndex(storage::Transaction* txn, std::string_view schema_name, std::string_view index_name,
                   bool if_exists, Status* notice = nullptr);
  // Takes the table lock exclusively and deletes every row inside `txn`.
  Status TruncateTable(storage::Transaction* txn, const Table& table);

  // ---- ALTER TABLE. The engine (sql/alter_table.cc) edits a copy of the
  // table and moves the data; the catalog keeps names, oids and records.
  //
  // Locks `table_name` exclusively (the table lock, as PostgreSQL's
  // AccessExclusiveLock) and returns its current definition as `txn` sees it.
  // 42P01 relation "t" does not exist; 42809 "t" is not a table.
  Result<std::shared_ptr<const Table>> LockTableForAlter(storage::Transaction* txn, std::string_view schema_name,
                                                         std::string_view table_name);
  // The same by oid (a referencing table whose foreign key a DROP removes).
  // nullptr if the table does not exist.
  Result<std::shared_ptr<const Table>> LockTableForAlterByOid(storage::Transaction* txn, uint32_t table_oid);
  // Foreign keys of every table that reference `table_oid` (the table's own
  // self-references included), with their table, ordered by table oid then
  // constraint position. `txn` may be null (committed state).
  std::vector<std::pair<std::shared_ptr<const Table>, const ForeignKey*>> ReferencingForeignKeys(
      storage::Transaction* txn, uint32_t table_oid) const;
  // Replaces `current` (from LockTableForAlter) by `updated` in `txn`:
  //  * columns: attnums are renumbered 1..n; `old_position_of` gives, for
  //    each column of `updated`, its 0-based position in `current` or -1 for
  //    a new column (sequences owned by dropped columns are dropped with them,
  //    the others follow their column);
  //  * indexes with oid 0 are new: they get an oid and a name entry, and
  //    (without a rewrite) are built from the rows; indexes missing from
  //    `updated` lose their name entry and their entries after commit;
  //  * a new name (RENAME TO) moves the relation's name entry (42P07);
  //  * foreign keys with oid 0 are new and get an oid; the referenced
  //    columns of the other tables' foreign keys that reference this table
  //    (and of its own existing self-references) follow `old_position_of`
  //    (the caller must have refused to drop a referenced column);
  //  * `rewrite`: the rows move to a fresh storage id and every secondary
  //    index to a fresh oid — the caller then copies the rows into the
  //    returned table's storage (whose inserts fill the indexes); the old
  //    keys are deleted after commit.
  // The schema version is bumped. Returns the table as now stored.
  Result<std::shared_ptr<const Table>> ReplaceTable(storage::Transaction* txn, const Table& current, Table updated,
                                                    const std::vector<int>& old_position_of, bool rewrite);
  // A constraint name PostgreSQL would choose (ChooseConstraintName):
  // MakeObjectName(table, column_part, label), then label1, label2, ... until
  // no relation of the schema and no constraint of the schema uses it and it
  // is not in `taken`.
  Result<std::string> ChooseConstraintName(storage::Transaction* txn, uint32_t schema_oid,
                                           std::string_view table_name, std::string_view column_part,
                                           std::string_view label, const std::vector<std::string>& taken = {});
  // True if a constraint (index-backed or CHECK) named `name` exists in the
  // schema (PostgreSQL's constraint names are unique per relation, but index
  // names per schema).
  Result<bool> ConstraintNameInUse(storage::Transaction* txn, uint32_t schema_oid, std::string_view name);
  // True if a relation (table, index, sequence) named `name` exists.
  Result<bool> RelationNameInUse(storage::Transaction* txn, uint32_t schema_oid, std::string_view name);
  // Creates the sequence owned by column `attnum` of table `table_oid`
  // (serial / identity), named "<table>_<column>_seq" (ChooseRelationName).
  // `options` may be null. Returns the sequence.
  Result<std::shared_ptr<const Sequence>> CreateOwnedSequence(storage::Transaction* txn, uint32_t schema_oid,
                                                              std::string_view table_name, uint32_t table_oid,
                                                              std::string_view column_name, int16_t attnum,
                                                              types::SqlType type,
                                                              const SequenceDefinition* options,
                                                              const std::vector<std::string>& taken = {});
  // Makes `sequence` owned by column `attnum` of `table_oid` (0 = unowned).
  Status SetSequenceOwner(storage::Transaction* txn, const Sequence& sequence, uint32_t table_oid, int16_t attnum);
  // Sequences owned by a table's columns.
  Result<std::vector<std::shared_ptr<const Sequence>>> OwnedSequences(storage::Transaction* txn, uint32_t table_oid);
  // COMMENT ON TABLE / COLUMN (attnum 0 = the table). nullopt removes it.
  Status SetComment(storage::Transaction* txn, const Table& table, int16_t attnum,
                    std::optional<std::string> comment);

  // ---- Sequences. The definition is transactional; the values are not
  // (nextval is never rolled back, as in PostgreSQL).
  //   22023 INCREMENT must not be zero
  //   22023 START value (0) cannot be less than MINVALUE (1)
  Result<std::shared_ptr<const Sequence>> CreateSequence(storage::Transaction* txn,
                                                         const SequenceDefinition& definition,
                                                         Status* notice = nullptr);
  // 42P01 sequence "s" does not exist (IF EXISTS: notice ... does not exist, skipping)
  // 2BP01 when a column's default uses it (an owned sequence).
  Status DropSequence(storage::Transaction* txn, std::string_view schema_name, std::string_view sequence_name,
                      bool if_exists, Status* notice = nullptr);
  // 42P01 relation "s" does not exist; 42809 "t" is not a sequence
  // CREATE [OR REPLACE] VIEW with PostgreSQL's rules for replacing (the old
  // columns must stay, same names and types, new ones only at the end).
  Result<std::shared_ptr<const View>> CreateView(storage::Transaction* txn, const ViewDefinition& definition);
  Status DropView(storage::Transaction* txn, std::string_view schema_name, std::string_view view_name, bool if_exists,
                  Status* notice);
  // The view of that name, or null when the name is free or another kind of
  // relation (or the schema does not exist).
  Result<std::shared_ptr<const View>> LookupView(storage::Transaction* txn, std::string_view schema_name,
                                                 std::string_view view_name) const;
  std::vector<std::shared_ptr<const View>> ListViews(storage::Transaction* txn) const;
  // nullptr if absent.
  std::shared_ptr<const View> FindView(storage::Transaction* txn, uint32_t view_oid) const;
  // ALTER VIEW ... RENAME TO (the oid stays).
  Status RenameView(storage::Transaction* txn, const View& view, std::string_view new_name);

  Result<std::shared_ptr<const Sequence>> LookupSequence(storage::Transaction* txn, std::string_view schema_name,
                                                         std::string_view sequence_name) const;
  // 2200H nextval: reached maximum value of sequence "s" (2147483647)
  Result<int64_t> NextVal(const Sequence& sequence);
  // 22003 setval: value 0 is out of bounds for sequence "s" (1..2147483647)
  Status SetVal(const Sequence& sequence, int64_t value, bool is_called = true);
  // Last value and is_called as persisted/in memory (for tests and pg_sequences).
  Result<std::pair<int64_t, bool>> ReadSequenceState(const Sequence& sequence);

  struct Impl;

 private:
  // True once the built-in superuser's record exists under another name.
  Result<bool> BuiltinRoleRenamed(storage::Transaction* txn) const;
  explicit Catalog(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// PostgreSQL's makeObjectName: "name1_name2_label" truncated to 63 bytes by
// shortening the longer of name1/name2 first (name2 may be empty). Exposed
// for tests and for the engine's own naming (e.g. sequences "<t>_<c>_seq").
std::string MakeObjectName(std::string_view name1, std::string_view name2, std::string_view label);

}  // namespace augur::catalog
