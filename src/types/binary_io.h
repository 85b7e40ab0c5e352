// Binary I/O: PostgreSQL 15's send/recv wire formats (network byte order),
// used for binary-format parameters and results in the extended protocol and
// COPY BINARY. Send output is byte-identical to PostgreSQL's; recv validates
// as PostgreSQL does.
//
// Errors from recv:
//   08P01 insufficient data left in message       (value shorter than the type)
//   22P03 incorrect binary data format            (bytes left over; net/ appends
//                                                  " in bind parameter N" as PostgreSQL does)
//   22P03 invalid sign/scale/digit in external "numeric" value
//   22008 date out of range / time out of range / timestamp out of range
//   22009 time zone displacement out of range (timetz)
//   22001 value too long for type character varying(n)   (typmod check)
//   22021 invalid byte sequence for encoding "UTF8": 0x..   (text types)
//
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>

#include "common/status.h"
#include "types/type.h"

namespace augur::types {

// typsend: appends the value's binary form (without the int32 length word).
// NULL values append nothing. Types without a binary form are an internal error.
void AppendBinary(const Value& value, std::string* out);
// typreceive with typmod: parses exactly `bytes` into a Value of `type`.
Result<Value> ParseBinary(std::string_view bytes, SqlType type);
// True for the types that have send/recv here.
bool HasBinaryFormat(uint32_t oid);

// timetz_send / timetz_recv over the packed in-memory form (datetime.h's
// PackTimeTz): int64 time of day in µs, then int32 zone in seconds west of
// UTC, as PostgreSQL's TimeTzADT. Read checks the 12 bytes' ranges.
void AppendTimeTzBinary(int64_t packed, std::string* out);
Result<int64_t> ReadTimeTzBinary(std::string_view bytes);

}  // namespace augur::types
