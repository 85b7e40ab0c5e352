// Text I/O: each type's PostgreSQL 15 input function (text -> value, with its
// exact errors) and output function (value -> text, byte-identical to the
// server with DateStyle ISO, MDY, IntervalStyle postgres, extra_float_digits 1).
//
// ParseText/AppendText dispatch on the SqlType; the per-type functions below
// are the fast paths exec/ and the row codecs call directly.
//
// Thread-safety: pure functions (the DateTimeContext is read only).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "common/status.h"
#include "types/datetime.h"
#include "types/type.h"

namespace augur::types {

// --- generic ---------------------------------------------------------------

// The type's input function, typmod included: varchar(n)/char(n) reject
// over-long values (after trimming trailing spaces), numeric(p,s) rounds,
// timestamp(p) rounds. A NULL context means UTC and the current clock.
Result<Value> ParseText(std::string_view text, SqlType type, const DateTimeContext* context = nullptr);
// The type's output function; appends to *out. NULL values append nothing.
void AppendText(const Value& value, std::string* out, const DateTimeContext* context = nullptr);
std::string FormatText(const Value& value, const DateTimeContext* context = nullptr);

// --- per type --------------------------------------------------------------

// boolin: t/true/y/yes/on/1 and f/false/n/no/off/0, case-insensitive, unique
// prefixes, surrounding spaces.
Result<bool> ParseBool(std::string_view text);
inline void AppendBool(bool b, std::string* out) { out->push_back(b ? 't' : 'f'); }

// int2in/int4in/int8in: optional spaces and sign, decimal digits.
Result<int16_t> ParseInt2(std::string_view text);
Result<int32_t> ParseInt4(std::string_view text);
Result<int64_t> ParseInt8(std::string_view text);
void AppendInt64(int64_t x, std::string* out);
Result<uint32_t> ParseOid(std::string_view text);

// float4in/float8in: decimal or exponent, NaN, [+-]Infinity, [+-]inf.
Result<float> ParseFloat4(std::string_view text);
Result<double> ParseFloat8(std::string_view text);
// float4out/float8out with extra_float_digits >= 1: shortest round-trip digits,
// exponent form below 1e-4 or from 1e15 (float8) / 1e6 (float4): "1e+20", "1.5e-07".
void AppendFloat4(float x, std::string* out);
void AppendFloat8(double x, std::string* out);
// With a session's extra_float_digits: > 0 is the shortest form above; <= 0
// prints "%.{6|15 + extra_float_digits}g" as PostgreSQL does.
void AppendFloat4(float x, std::string* out, int extra_float_digits);
void AppendFloat8(double x, std::string* out, int extra_float_digits);

// "char": the first byte of the input (empty input = '\0').
char ParseChar(std::string_view text);
void AppendChar(char c, std::string* out);

// uuid: 32 hex digits, optional '-' after any group of four, optional braces.
Result<Uuid> ParseUuid(std::string_view text);
void AppendUuid(const Uuid& u, std::string* out);

// bytea: "\x" hex format or the escape format; output is hex ("\x0102").
Result<std::string> ParseBytea(std::string_view text);
void AppendByteaHex(std::string_view bytes, std::string* out);

// 22021 invalid byte sequence for encoding "UTF8": 0x.. (as PostgreSQL reports it).
Status ValidateUtf8(std::string_view text);
// Number of characters in valid UTF-8 text.
int64_t Utf8Length(std::string_view text);
// Byte length of the first `chars` characters of valid UTF-8 text.
size_t Utf8PrefixBytes(std::string_view text, int64_t chars);
// Longest prefix of valid UTF-8 text that is at most max_bytes long and ends
// on a character boundary (pg_mbcliplen; used for name's 63 bytes).
std::string_view ClipUtf8(std::string_view text, size_t max_bytes);

// varchar/bpchar input with typmod (varchar_input/bpchar_input): over-long
// values are 22001 unless the excess is all spaces (then truncated); bpchar is
// blank-padded to its length. typmod -1 = unconstrained.
Result<std::string> ParseVarchar(std::string_view text, int32_t typmod);
Result<std::string> ParseBpchar(std::string_view text, int32_t typmod);

}  // namespace augur::types
