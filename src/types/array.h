// One-dimensional PostgreSQL arrays (int4[], text[], ...): the array type
// OIDs, the physical representation, text and binary I/O, comparison,
// hashing, the normalized key encoding, and casts between array types.
//
// Physical representation (see docs/types.md, "Arrays"): an array value is a
// kBytes value whose bytes are exactly PostgreSQL's binary send format
// (array_send), so binary output is a copy and the row codec, vectors and
// Value need no new physical kind:
//
//   int32 ndim (0 for an empty array, else 1)   int32 has-null flag (0/1)
//   uint32 element type OID
//   per dimension: int32 length, int32 lower bound      (ndim times)
//   per element:   int32 byte length (-1 = NULL), then the element's binary form
//
// All integers are big-endian. Values built here are canonical: ndim is 0 iff
// there are no elements, the has-null flag is exact, and the element OID is
// the array type's element type. Multidimensional arrays are not supported
// (0A000) in either text or binary input. SQL comparison of two arrays is
// PostgreSQL's array_cmp: element by element (NULL elements sort after
// values, NULL = NULL), then the shorter array first, then the lower bound.
//
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "types/cast.h"
#include "types/datetime.h"
#include "types/type.h"

namespace augur::types {

// int2vector (22) and oidvector (30): PostgreSQL's system-catalog arrays
// (pg_index.indkey, pg_proc.proargtypes). They are arrays here too (same
// representation, element int2 / oid, lower bound 0, no NULLs) whose text
// form is the elements separated by spaces ("1 2 3").
inline constexpr uint32_t kInt2VectorOid = 22;
inline constexpr uint32_t kOidVectorOid = 30;
inline bool IsVectorOid(uint32_t oid) { return oid == kInt2VectorOid || oid == kOidVectorOid; }

// True for the array types augurdb knows (int4[] = 1007, text[] = 1009, ...,
// and int2vector / oidvector).
bool IsArrayOid(uint32_t oid);
// Element type of an array type (int4 for int4[]); kInvalidOid when `oid` is
// not an array type.
uint32_t ArrayElementOid(uint32_t array_oid);
// Array type whose elements are `element_oid` (1007 for int4); kInvalidOid
// when there is none (e.g. for an array type: no multidimensional types).
uint32_t ArrayOidOf(uint32_t element_oid);
// The array type's element type with the array's typmod (varchar(3)[] has
// elements varchar(3)): PostgreSQL keeps the element typmod on the array.
inline SqlType ArrayElementType(SqlType array_type) {
  return SqlType{ArrayElementOid(array_type.oid), array_type.typmod};
}
inline SqlType ArrayTypeOf(SqlType element_type) {
  return SqlType{ArrayOidOf(element_type.oid), element_type.typmod};
}

// A decoded array: its elements as Values (NULL elements are NULL Values of
// the element type) and the lower bound of its one dimension.
struct ArrayContents {
  SqlType element_type{};
  int32_t lower_bound = 1;
  std::vector<Value> elements;
};

// Header facts readable without decoding the elements.
struct ArrayHeader {
  uint32_t element_oid = kInvalidOid;
  int32_t count = 0;        // number of elements (0 for an empty array)
  int32_t lower_bound = 1;  // 1 for an empty array
  bool has_null = false;
};
// `bytes` must be a canonical array (as produced by this file).
ArrayHeader ReadArrayHeader(std::string_view bytes);

// Decodes a canonical array of type `array_type`.
Result<ArrayContents> DecodeArray(std::string_view bytes, SqlType array_type);
// Encodes; every element must be of contents.element_type (or NULL).
std::string EncodeArray(const ArrayContents& contents);
Value MakeArrayValue(SqlType array_type, const ArrayContents& contents);

// array_in: '{1,2,NULL}', '{"a b","x\"y"}', '[0:1]={1,2}', '{}'. Elements are
// parsed with the element type's input function (and typmod).
// Errors: 22P02 malformed array literal: "..." (with PostgreSQL's DETAIL),
// 0A000 for multidimensional arrays, and the element type's own errors.
Result<Value> ParseArrayText(std::string_view text, SqlType array_type, const DateTimeContext* context);
// array_out: elements with their output function, quoted and escaped when
// they are empty, "NULL", or contain whitespace, braces, commas, quotes or
// backslashes; NULL elements as NULL; "[lb:ub]=" first when lb != 1.
void AppendArrayText(std::string_view bytes, SqlType array_type, std::string* out,
                     const DateTimeContext* context);
// array_recv: validates PostgreSQL's binary array format and returns the
// canonical value. Errors: 22P03 / 08P01 as binary_io.h, 42804 for a wrong
// element type, 0A000 for more than one dimension.
Result<Value> ParseArrayBinary(std::string_view bytes, SqlType array_type);

// PostgreSQL's array_cmp over two canonical arrays of the same type.
int CompareArrays(std::string_view a, std::string_view b, SqlType array_type);
// Appends a memcmp-ordered encoding with CompareArrays' order whose bytes are
// equal exactly for equal arrays (1.0 = 1.00, -0 = 0, 'a ' = 'a' for
// character(n) elements): each element as a common/key_codec field (NULL
// after values), then 0x00, then the lower bound.
void AppendArrayKey(std::string_view bytes, SqlType array_type, std::string* out);
uint64_t HashArray(std::string_view bytes, SqlType array_type);
// One element's part of AppendArrayKey (a common/key_codec field, NULL
// after every value); records (types/record.h) use it for their fields.
void AppendElementKey(const Value& v, std::string* out);

// Appends one element's text to an array or record literal as array_out and
// record_out do: bare unless empty, `force_quote`, or holding '"', '\\', ',',
// whitespace, `open` or `close`; otherwise in double quotes, each '"' and '\\'
// preceded by a backslash (arrays) or doubled (`double_escapes`, records).
void AppendCompositeElementText(std::string_view text, char open, char close, bool force_quote, bool double_escapes,
                                std::string* out);

// Array-to-array casts element by element (int4[] -> int8[], text[] ->
// int4[] ...): possible exactly when the element cast is possible.
bool CanCastArray(uint32_t from_oid, uint32_t to_oid, CastContext context);
Result<Value> CastArray(const Value& value, SqlType target, CastContext context, const DateTimeContext* dt);

}  // namespace augur::types
