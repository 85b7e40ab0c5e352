// Cast and arithmetic-helper tests; expected values and errors are from
// PostgreSQL 15 (SELECT x::type, pg_cast).
#include "types/cast.h"

#include <gtest/gtest.h>

#include <cmath>

#include "types/arith.h"
#include "types/text_io.h"
#include "types/timezone.h"

namespace augur::types {
namespace {

// Parses `text` as `from`, casts to `to` and prints, or "SQLSTATE: message".
std::string Cast(std::string_view text, SqlType from, SqlType to, CastContext ctx = CastContext::kExplicit) {
  auto v = ParseText(text, from);
  if (!v.ok()) return "input: " + v.status().ToString();
  auto r = CastValue(*v, to, ctx);
  if (!r.ok()) return r.status().ToString();
  EXPECT_EQ(r->type(), to);
  return FormatText(*r);
}
SqlType T(uint32_t oid, int32_t typmod = -1) { return SqlType{oid, typmod}; }

TEST(CastTest, CanCastFollowsPgCast) {
  EXPECT_TRUE(CanCast(kInt4Oid, kInt8Oid, CastContext::kImplicit));
  EXPECT_FALSE(CanCast(kInt8Oid, kInt4Oid, CastContext::kImplicit));
  EXPECT_TRUE(CanCast(kInt8Oid, kInt4Oid, CastContext::kAssignment));
  EXPECT_FALSE(CanCast(kInt4Oid, kBoolOid, CastContext::kAssignment));
  EXPECT_TRUE(CanCast(kInt4Oid, kBoolOid, CastContext::kExplicit));
  EXPECT_TRUE(CanCast(kNumericOid, kFloat8Oid, CastContext::kImplicit));
  EXPECT_FALSE(CanCast(kFloat8Oid, kNumericOid, CastContext::kImplicit));
  EXPECT_TRUE(CanCast(kDateOid, kTimestampTzOid, CastContext::kImplicit));
  EXPECT_FALSE(CanCast(kTimestampTzOid, kDateOid, CastContext::kImplicit));
  // Automatic I/O conversion: to string types in assignment, from them only explicitly.
  EXPECT_FALSE(CanCast(kInt4Oid, kTextOid, CastContext::kImplicit));
  EXPECT_TRUE(CanCast(kInt4Oid, kTextOid, CastContext::kAssignment));
  EXPECT_FALSE(CanCast(kTextOid, kInt4Oid, CastContext::kAssignment));
  EXPECT_TRUE(CanCast(kTextOid, kInt4Oid, CastContext::kExplicit));
  EXPECT_TRUE(CanCast(kTextOid, kVarcharOid, CastContext::kImplicit));
  EXPECT_FALSE(CanCast(kUuidOid, kInt4Oid, CastContext::kExplicit));
  EXPECT_EQ(CastValue(Value::Int4(1), T(kDateOid), CastContext::kExplicit).status().ToString(),
            "42846: cannot cast type integer to date");
}

TEST(CastTest, Integers) {
  EXPECT_EQ(Cast("100000", T(kInt4Oid), T(kInt2Oid)), "22003: smallint out of range");
  EXPECT_EQ(Cast("3000000000", T(kInt8Oid), T(kInt4Oid)), "22003: integer out of range");
  EXPECT_EQ(Cast("-32768", T(kInt8Oid), T(kInt2Oid)), "-32768");
  EXPECT_EQ(Cast("2.5", T(kFloat8Oid), T(kInt4Oid)), "2");
  EXPECT_EQ(Cast("3.5", T(kFloat8Oid), T(kInt2Oid)), "4");
  EXPECT_EQ(Cast("-2.5", T(kFloat8Oid), T(kInt8Oid)), "-2");
  EXPECT_EQ(Cast("2.5", T(kFloat4Oid), T(kInt4Oid)), "2");
  EXPECT_EQ(Cast("nan", T(kFloat8Oid), T(kInt4Oid)), "22003: integer out of range");
  EXPECT_EQ(Cast("3e9", T(kFloat8Oid), T(kInt4Oid)), "22003: integer out of range");
  EXPECT_EQ(Cast("1e19", T(kFloat8Oid), T(kInt8Oid)), "22003: bigint out of range");
  EXPECT_EQ(Cast("2.5", T(kNumericOid), T(kInt4Oid)), "3");
  EXPECT_EQ(Cast("-2.5", T(kNumericOid), T(kInt2Oid)), "-3");
  EXPECT_EQ(Cast("1e10", T(kNumericOid), T(kInt4Oid)), "22003: integer out of range");
  EXPECT_EQ(Cast("200", T(kInt4Oid), T(kCharOid)), "22003: \"char\" out of range");
  EXPECT_EQ(Cast("65", T(kInt4Oid), T(kCharOid)), "A");
  EXPECT_EQ(Cast("a", T(kCharOid), T(kInt4Oid)), "97");
  EXPECT_EQ(Cast("-1", T(kInt8Oid), T(kOidOid)), "22003: OID out of range");
  EXPECT_EQ(Cast("4294967295", T(kInt8Oid), T(kOidOid)), "4294967295");
  EXPECT_EQ(Cast("5", T(kInt4Oid), T(kBoolOid)), "t");
  EXPECT_EQ(Cast("0", T(kInt4Oid), T(kBoolOid)), "f");
  EXPECT_EQ(Cast("true", T(kBoolOid), T(kInt4Oid)), "1");
}

TEST(CastTest, FloatsAndNumeric) {
  EXPECT_EQ(Cast("1e300", T(kFloat8Oid), T(kFloat4Oid)), "22003: value out of range: overflow");
  EXPECT_EQ(Cast("1e-300", T(kFloat8Oid), T(kFloat4Oid)), "22003: value out of range: underflow");
  EXPECT_EQ(Cast("0.1", T(kFloat4Oid), T(kFloat8Oid)), "0.10000000149011612");
  EXPECT_EQ(Cast("1.5", T(kFloat8Oid), T(kNumericOid, NumericTypmod(3, 2))), "1.50");
  EXPECT_EQ(Cast("123.456", T(kNumericOid, NumericTypmod(5, 1)), T(kFloat8Oid)), "123.5");
  EXPECT_EQ(Cast("1e39", T(kNumericOid), T(kFloat4Oid)),
            "22003: \"1000000000000000000000000000000000000000\" is out of range for type real");
  EXPECT_EQ(Cast("1e400", T(kNumericOid), T(kFloat8Oid)).substr(0, 9), "22003: \"1");
  EXPECT_EQ(Cast("12345", T(kInt4Oid), T(kNumericOid, NumericTypmod(4, 0))), "22003: numeric field overflow");
  EXPECT_EQ(Cast("inf", T(kFloat8Oid), T(kNumericOid)), "Infinity");
}

TEST(CastTest, Strings) {
  EXPECT_EQ(Cast("true", T(kBoolOid), T(kTextOid)), "true");
  EXPECT_EQ(Cast("abc  ", T(kBpcharOid, CharTypmod(5)), T(kTextOid)), "abc");
  EXPECT_EQ(Cast("abc  ", T(kBpcharOid, CharTypmod(5)), T(kVarcharOid)), "abc");
  EXPECT_EQ(Cast("abcdef", T(kTextOid), T(kVarcharOid, CharTypmod(3))), "abc");
  EXPECT_EQ(Cast("abcdef", T(kTextOid), T(kVarcharOid, CharTypmod(3)), CastContext::kAssignment),
            "22001: value too long for type character varying(3)");
  EXPECT_EQ(Cast("abc   ", T(kTextOid), T(kVarcharOid, CharTypmod(3)), CastContext::kAssignment), "abc");
  EXPECT_EQ(Cast("ab", T(kVarcharOid, CharTypmod(5)), T(kBpcharOid, CharTypmod(4))), "ab  ");
  EXPECT_EQ(Cast("abc", T(kTextOid), T(kBpcharOid, CharTypmod(2))), "ab");
  EXPECT_EQ(Cast("xyz  ", T(kTextOid), T(kBpcharOid, CharTypmod(3)), CastContext::kAssignment), "xyz");
  EXPECT_EQ(Cast("yes", T(kTextOid), T(kBoolOid)), "t");
  EXPECT_EQ(Cast("abc", T(kTextOid), T(kCharOid)), "a");
  EXPECT_EQ(Cast("1.5e20", T(kFloat8Oid), T(kTextOid)), "1.5e+20");
  EXPECT_EQ(Cast("\\x00ff", T(kByteaOid), T(kTextOid)), "\\x00ff");
  EXPECT_EQ(Cast("12", T(kTextOid), T(kInt4Oid)), "12");
  EXPECT_EQ(Cast("x", T(kTextOid), T(kInt4Oid)), "22P02: invalid input syntax for type integer: \"x\"");
  EXPECT_EQ(Cast("2024-01-31", T(kUnknownOid), T(kDateOid), CastContext::kImplicit), "2024-01-31");
}

TEST(CastTest, DateTime) {
  EXPECT_EQ(Cast("2024-01-31", T(kDateOid), T(kTimestampTzOid)), "2024-01-31 00:00:00+00");
  EXPECT_EQ(Cast("2024-01-31", T(kDateOid), T(kTimestampOid)), "2024-01-31 00:00:00");
  EXPECT_EQ(Cast("2024-01-31 12:34:56.5", T(kTimestampOid), T(kDateOid)), "2024-01-31");
  EXPECT_EQ(Cast("2024-01-31 12:34:56.5", T(kTimestampOid), T(kTimeOid)), "12:34:56.5");
  EXPECT_EQ(Cast("1969-12-31 23:00:00+00", T(kTimestampTzOid), T(kDateOid)), "1969-12-31");
  EXPECT_EQ(Cast("2024-01-31 12:34:56+00", T(kTimestampTzOid), T(kTimestampOid)), "2024-01-31 12:34:56");
  EXPECT_EQ(Cast("-2 hours", T(kIntervalOid), T(kTimeOid)), "22:00:00");
  EXPECT_EQ(Cast("27 hours", T(kIntervalOid), T(kTimeOid)), "03:00:00");
  EXPECT_EQ(Cast("12:00", T(kTimeOid), T(kIntervalOid)), "12:00:00");
  EXPECT_EQ(Cast("2024-01-01 10:00:00.55", T(kTimestampOid), T(kTimestampOid, 1)), "2024-01-01 10:00:00.6");
  EXPECT_EQ(Cast("infinity", T(kDateOid), T(kTimestampOid)), "infinity");
  auto inf_time = CastValue(Value::Timestamp(kTimestampInfinity), T(kTimeOid), CastContext::kExplicit);
  ASSERT_TRUE(inf_time.ok());
  EXPECT_TRUE(inf_time->is_null());  // timestamp_time returns NULL for infinities
  auto ny = TimeZone::Find("America/New_York");
  ASSERT_TRUE(ny.ok());
  DateTimeContext dt;
  dt.time_zone = *ny;
  auto r = CastValue(Value::Date(*ParseDate("2024-07-04")), T(kTimestampTzOid), CastContext::kImplicit, &dt);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(FormatText(*r), "2024-07-04 04:00:00+00");
  EXPECT_EQ(FormatText(*r, &dt), "2024-07-04 00:00:00-04");
}

TEST(ArithTest, IntegerOverflowAndDivision) {
  EXPECT_EQ(IntAdd<int16_t>(32767, 1).status().ToString(), "22003: smallint out of range");
  EXPECT_EQ(IntAdd<int32_t>(2147483647, 1).status().ToString(), "22003: integer out of range");
  EXPECT_EQ(IntAdd<int64_t>(INT64_MAX, 1).status().ToString(), "22003: bigint out of range");
  EXPECT_EQ(IntDiv<int32_t>(1, 0).status().ToString(), "22012: division by zero");
  EXPECT_EQ(IntDiv<int32_t>(INT32_MIN, -1).status().ToString(), "22003: integer out of range");
  EXPECT_EQ(*IntMod<int32_t>(INT32_MIN, -1), 0);
  EXPECT_EQ(*IntMod<int32_t>(7, -3), 1);
  EXPECT_EQ(*IntDiv<int32_t>(-7, 2), -3);
  EXPECT_EQ(IntAbs<int32_t>(INT32_MIN).status().ToString(), "22003: integer out of range");
  EXPECT_EQ(IntNegate<int32_t>(INT32_MIN).status().ToString(), "22003: integer out of range");
  EXPECT_EQ(*IntMul<int64_t>(3037000499LL, 3037000499LL), 9223372030926249001LL);
}

TEST(ArithTest, Floats) {
  EXPECT_EQ(FloatMul<double>(1e308, 10).status().ToString(), "22003: value out of range: overflow");
  EXPECT_EQ(FloatMul<double>(1e-308, 1e-308).status().ToString(), "22003: value out of range: underflow");
  EXPECT_EQ(FloatDiv<double>(1.0, 0).status().ToString(), "22012: division by zero");
  EXPECT_TRUE(std::isnan(*FloatSub<double>(HUGE_VAL, HUGE_VAL)));
  EXPECT_EQ(FloatCompare<double>(std::nan(""), std::nan("")), 0);
  EXPECT_EQ(FloatCompare<double>(-0.0, 0.0), 0);
  EXPECT_GT(FloatCompare<double>(std::nan(""), HUGE_VAL), 0);
}

}  // namespace
}  // namespace augur::types
