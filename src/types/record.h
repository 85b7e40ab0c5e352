// Anonymous records (PostgreSQL's type "record", oid 2249): the values of a
// set-returning function with a composite result, such as
// information_schema._pg_expandarray(anyarray) → (x anyelement, n int4).
//
// Physical representation (docs/types.md, "Records"): like arrays, a record
// value is a kBytes value whose bytes are exactly PostgreSQL's binary send
// format (record_send), so binary output is a copy:
//
//   int32 number of fields
//   per field: uint32 type OID, int32 byte length (-1 = NULL), the field's binary form
//
// All integers are big-endian. A value carries its fields' types, so output,
// comparison and hashing need nothing else.
//
// Field names live in the record's typmod, as PostgreSQL's "blessed" row
// descriptors do: RecordTypmod() registers a field list (name and type per
// field) and returns a typmod >= 0 that the binder keeps in the SqlType, so
// `(expr).field` can be resolved when binding. typmod -1 is a record whose
// fields are unknown to the binder (field selection then fails with 42703,
// as in PostgreSQL). On the wire the typmod of a record column is always -1.
//
// Text and binary input of records is PostgreSQL's 0A000 "input of anonymous
// composite types is not implemented".
//
// Thread-safety: the functions on values are pure; the field-list registry is
// process-wide, append-only, bounded (kMaxRecordTypes) and locked.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "types/datetime.h"
#include "types/type.h"

namespace augur::types {

struct RecordField {
  std::string name;
  SqlType type;
  friend bool operator==(const RecordField&, const RecordField&) = default;
};

// At most this many distinct field lists get a typmod; later ones get -1.
inline constexpr int32_t kMaxRecordTypes = 65536;

// The typmod naming `fields` (the same list always yields the same typmod),
// or -1 when the registry is full.
int32_t RecordTypmod(const std::vector<RecordField>& fields);
// The fields of a record typmod; empty for -1 or an unknown typmod.
std::vector<RecordField> RecordFields(int32_t typmod);

// Encodes fields (any types with a binary format; NULLs allowed).
std::string EncodeRecord(const std::vector<Value>& fields);
Value MakeRecordValue(SqlType record_type, const std::vector<Value>& fields);
// Decodes a record produced by EncodeRecord (fields typed by their OIDs, typmod -1).
Result<std::vector<Value>> DecodeRecord(std::string_view bytes);
// Field `index` (0-based) of a record, decoded and relabelled to `type`; a
// NULL Value of `type` when the field is NULL or the record has no such field.
Result<Value> GetRecordField(std::string_view bytes, size_t index, SqlType type);

// record_out: "(f1,f2)", fields with their output functions, NULL as nothing,
// a field quoted when it is empty or holds '"', '\\', '(', ')', ',' or white
// space (quotes and backslashes doubled inside the quotes).
void AppendRecordText(std::string_view bytes, std::string* out, const DateTimeContext* context);

// PostgreSQL's record_cmp: field by field, a NULL field after any value,
// NULL = NULL; then the record with fewer fields first.
int CompareRecords(std::string_view a, std::string_view b);
// The same for the SQL operators (record_eq, record_lt, ...): 42804 "cannot
// compare record types with different numbers of columns" / "cannot compare
// dissimilar column types integer and text at record column 1" (1-based)
// when the records' field types differ.
Result<int> CompareRecordsForOperator(std::string_view a, std::string_view b);
// PostgreSQL's IS NULL / IS NOT NULL on a non-NULL record: every field NULL /
// no field NULL.
bool RecordAllFieldsNull(std::string_view bytes);
bool RecordNoFieldNull(std::string_view bytes);
// Appends a memcmp-ordered encoding with CompareRecords' order whose bytes
// are equal exactly for equal records (each field as an array element key).
void AppendRecordKey(std::string_view bytes, std::string* out);
uint64_t HashRecord(std::string_view bytes);

// 0A000 input of anonymous composite types is not implemented.
Status RecordInputNotSupported();

}  // namespace augur::types
