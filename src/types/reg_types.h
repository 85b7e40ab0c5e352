// The object-identifier alias types of PostgreSQL (regclass, regtype,
// regproc, regnamespace, regrole, ...): 4-byte oids whose text form is an
// object's name. Their input and output need the catalog, which types/ does
// not know; they go through the calling thread's ObjectNameResolver, which
// the SQL session installs around each statement it binds and runs
// (ScopedObjectNames, the same pattern as ScopedDateTimeContext).
//
// Without a resolver (unit tests, a worker thread that did not install one)
// output is the number and name input fails with 0A000; numeric input always
// works ('1259'::regclass). regtype needs no catalog: augurdb's types are the
// built-in ones, named by format_type.
//
// Thread-safety: the current resolver is per thread; resolvers are used by
// the thread that installed them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "types/type.h"

namespace augur::types {

inline constexpr uint32_t kRegprocedureOid = 2202;
inline constexpr uint32_t kRegoperOid = 2203;
inline constexpr uint32_t kRegoperatorOid = 2204;
inline constexpr uint32_t kRegclassOid = 2205;
inline constexpr uint32_t kRegtypeOid = 2206;
inline constexpr uint32_t kRegconfigOid = 3734;
inline constexpr uint32_t kRegdictionaryOid = 3769;
inline constexpr uint32_t kRegnamespaceOid = 4089;
inline constexpr uint32_t kRegroleOid = 4096;
inline constexpr uint32_t kRegcollationOid = 4191;
// pg_node_tree: catalog expression trees (pg_attrdef.adbin); text here.
inline constexpr uint32_t kPgNodeTreeOid = 194;
// xid: 32-bit transaction ids (pg_stat_activity.backend_xid).
inline constexpr uint32_t kXidOid = 28;

// regproc (24) and the oids above except pg_node_tree.
bool IsRegOid(uint32_t oid);

// Names of catalog objects by oid and back, as the session's transaction
// sees the catalog. `reg_type` is one of the reg* OIDs above (or regproc).
class ObjectNameResolver {
 public:
  virtual ~ObjectNameResolver() = default;
  // The object's name as the type's output function prints it (regclass:
  // schema-qualified when not visible in the search path, quoted when
  // needed); nullopt when no such object exists.
  virtual std::optional<std::string> NameOf(uint32_t reg_type, uint32_t oid) = 0;
  // The oid named by `text` (already known not to be a number), or
  // PostgreSQL's error: 42P01 relation "x" does not exist, 42704 ... .
  virtual Result<uint32_t> Lookup(uint32_t reg_type, std::string_view text) = 0;
};

ObjectNameResolver* CurrentObjectNames();
class ScopedObjectNames {
 public:
  explicit ScopedObjectNames(ObjectNameResolver* resolver);
  ~ScopedObjectNames();
  ScopedObjectNames(const ScopedObjectNames&) = delete;
  ScopedObjectNames& operator=(const ScopedObjectNames&) = delete;

 private:
  ObjectNameResolver* previous_;
};

// Text input of a reg* type: "-" is 0, digits are the oid, anything else is
// resolved by name.
Result<uint32_t> ParseRegText(uint32_t reg_type, std::string_view text);
// Text output: the name, the number when the object does not exist, "-" for 0.
void AppendRegText(uint32_t reg_type, uint32_t oid, std::string* out);

// PostgreSQL's quote_identifier: the name in double quotes unless it is a
// lower-case identifier that is not a reserved keyword.
std::string QuoteIdentifier(std::string_view name);
// Splits "a.b" / "\"A\".b" into identifiers as PostgreSQL's stringToQualifiedNameList
// (unquoted parts are lower-cased). 42602 invalid name syntax.
Result<std::vector<std::string>> ParseQualifiedName(std::string_view text);

}  // namespace augur::types
