// Text input/output tests. Every expected output and error text below was
// produced by PostgreSQL 15 (TimeZone UTC, DateStyle ISO, MDY, extra_float_digits 1).
#include "types/text_io.h"

#include <gtest/gtest.h>

#include <cmath>

#include "types/timezone.h"

namespace augur::types {
namespace {

// Parses with the type's input function and prints with its output function,
// or returns "SQLSTATE: message".
std::string RoundTrip(std::string_view text, SqlType type, const DateTimeContext* ctx = nullptr) {
  auto v = ParseText(text, type, ctx);
  if (!v.ok()) return v.status().ToString();
  return FormatText(*v, ctx);
}
std::string RT(std::string_view text, uint32_t oid, int32_t typmod = -1) {
  return RoundTrip(text, SqlType{oid, typmod});
}

TEST(TextIoTest, Integers) {
  EXPECT_EQ(RT(" 12 ", kInt4Oid), "12");
  EXPECT_EQ(RT("abc", kInt4Oid), "22P02: invalid input syntax for type integer: \"abc\"");
  EXPECT_EQ(RT("99999999999", kInt4Oid), "22003: value \"99999999999\" is out of range for type integer");
  EXPECT_EQ(RT("", kInt2Oid), "22P02: invalid input syntax for type smallint: \"\"");
  EXPECT_EQ(RT("40000", kInt2Oid), "22003: value \"40000\" is out of range for type smallint");
  EXPECT_EQ(RT("99999999999999999999", kInt8Oid),
            "22003: value \"99999999999999999999\" is out of range for type bigint");
  EXPECT_EQ(RT("+0", kInt8Oid), "0");
  EXPECT_EQ(RT("-9223372036854775808", kInt8Oid), "-9223372036854775808");
  EXPECT_EQ(RT("-32768", kInt2Oid), "-32768");
  EXPECT_EQ(RT("1.0", kInt4Oid), "22P02: invalid input syntax for type integer: \"1.0\"");
  EXPECT_EQ(RT("4294967296", kOidOid), "22003: value \"4294967296\" is out of range for type oid");
  EXPECT_EQ(RT("x", kOidOid), "22P02: invalid input syntax for type oid: \"x\"");
}

TEST(TextIoTest, Bool) {
  EXPECT_EQ(RT("tr", kBoolOid), "t");
  EXPECT_EQ(RT("Of", kBoolOid), "f");
  EXPECT_EQ(RT(" yes ", kBoolOid), "t");
  EXPECT_EQ(RT("1", kBoolOid), "t");
  EXPECT_EQ(RT("off", kBoolOid), "f");
  EXPECT_EQ(RT("on", kBoolOid), "t");
  EXPECT_EQ(RT("FALSE", kBoolOid), "f");
  EXPECT_EQ(RT("o", kBoolOid), "22P02: invalid input syntax for type boolean: \"o\"");
  EXPECT_EQ(RT("abc", kBoolOid), "22P02: invalid input syntax for type boolean: \"abc\"");
}

TEST(TextIoTest, Float8Output) {
  auto f8 = [](double x) {
    std::string s;
    AppendFloat8(x, &s);
    return s;
  };
  EXPECT_EQ(f8(1e15), "1e+15");
  EXPECT_EQ(f8(1e14), "100000000000000");
  EXPECT_EQ(f8(123456789012345678.0), "1.2345678901234568e+17");
  EXPECT_EQ(f8(1e-5), "1e-05");
  EXPECT_EQ(f8(0.0001), "0.0001");
  EXPECT_EQ(f8(1e20), "1e+20");
  EXPECT_EQ(f8(1.5e-7), "1.5e-07");
  EXPECT_EQ(f8(-0.0), "-0");
  EXPECT_EQ(f8(std::nan("")), "NaN");
  EXPECT_EQ(f8(-HUGE_VAL), "-Infinity");
  EXPECT_EQ(f8(0.1), "0.1");
  EXPECT_EQ(f8(1e100), "1e+100");
  EXPECT_EQ(f8(1.7976931348623157e308), "1.7976931348623157e+308");
  EXPECT_EQ(f8(5e-324), "5e-324");
  EXPECT_EQ(f8(1500), "1500");
  EXPECT_EQ(f8(-2.5), "-2.5");
  EXPECT_EQ(f8(5.33707855653364e+17), "5.3370785565336397e+17");  // halfway case, as PostgreSQL
}

TEST(TextIoTest, FloatOutputWithExtraFloatDigits) {
  auto f8 = [](double x, int efd) {
    std::string s;
    AppendFloat8(x, &s, efd);
    return s;
  };
  EXPECT_EQ(f8(0.1, 0), "0.1");
  EXPECT_EQ(f8(1e15, 0), "1e+15");
  EXPECT_EQ(f8(1.0 / 3, 0), "0.333333333333333");
  EXPECT_EQ(f8(123456789012345678.0, 0), "1.23456789012346e+17");
  EXPECT_EQ(f8(0.1 + 0.2, -3), "0.3");
  EXPECT_EQ(f8(0.1 + 0.2, 3), "0.30000000000000004");
  std::string f4;
  AppendFloat4(1.0f / 3, &f4, -3);
  EXPECT_EQ(f4, "0.333");
}

TEST(TextIoTest, NameTruncatesAtCharacterBoundary) {
  std::string e40;
  for (int i = 0; i < 40; ++i) e40 += "\xC3\xA9";
  EXPECT_EQ(RT(e40, kNameOid).size(), 62u);  // 31 characters, as PostgreSQL
  EXPECT_EQ(RT(std::string(70, 'a'), kNameOid).size(), 63u);
}

TEST(TextIoTest, Float4Output) {
  auto f4 = [](float x) {
    std::string s;
    AppendFloat4(x, &s);
    return s;
  };
  EXPECT_EQ(f4(1e6f), "1e+06");
  EXPECT_EQ(f4(1e5f), "100000");
  EXPECT_EQ(f4(123456.0f), "123456");
  EXPECT_EQ(f4(1234567.0f), "1.234567e+06");
  EXPECT_EQ(f4(0.1f), "0.1");
  EXPECT_EQ(f4(1e-5f), "1e-05");
  EXPECT_EQ(f4(1.5e-7f), "1.5e-07");
  EXPECT_EQ(f4(3.4028235e38f), "3.4028235e+38");
  EXPECT_EQ(f4(1e-45f), "1e-45");
  // The shortest decimal lies exactly halfway to a neighbour: PostgreSQL's Ryu
  // (without STRICTLY_SHORTEST) prints one more digit.
  EXPECT_EQ(f4(111417187.442f), "1.11417184e+08");
  EXPECT_EQ(f4(73402867.201f), "7.3402864e+07");
}

TEST(TextIoTest, FloatInput) {
  EXPECT_EQ(RT(" 1.5e3 ", kFloat8Oid), "1500");
  EXPECT_EQ(RT("inFINity", kFloat8Oid), "Infinity");
  EXPECT_EQ(RT("-inf", kFloat4Oid), "-Infinity");
  EXPECT_EQ(RT(" nan", kFloat8Oid), "NaN");
  EXPECT_EQ(RT("1e400", kFloat8Oid), "22003: \"1e400\" is out of range for type double precision");
  EXPECT_EQ(RT("1e-400", kFloat8Oid), "22003: \"1e-400\" is out of range for type double precision");
  EXPECT_EQ(RT("1e40", kFloat4Oid), "22003: \"1e40\" is out of range for type real");
  EXPECT_EQ(RT("x", kFloat4Oid), "22P02: invalid input syntax for type real: \"x\"");
  EXPECT_EQ(RT("4.9e-324", kFloat8Oid), "5e-324");
  EXPECT_EQ(RT("0x1p3", kFloat8Oid), "8");  // strtod syntax, as PostgreSQL
  EXPECT_EQ(RT("1e-45", kFloat4Oid), "1e-45");
}

TEST(TextIoTest, ByteaUuidChar) {
  EXPECT_EQ(RT("\\x 01 Ab", kByteaOid), "\\x01ab");
  EXPECT_EQ(RT("a\\\\b\\001", kByteaOid), "\\x615c6201");
  EXPECT_EQ(RT("\\x0g", kByteaOid), "22023: invalid hexadecimal digit: \"g\"");
  EXPECT_EQ(RT("\\x012", kByteaOid), "22023: invalid hexadecimal data: odd number of digits");
  EXPECT_EQ(RT("a\\9", kByteaOid), "22P02: invalid input syntax for type bytea");
  EXPECT_EQ(RT("{a0eebc99-9c0b4ef8-bb6d-6bb9bd380a11}", kUuidOid), "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");
  EXPECT_EQ(RT("A0EEBC999C0B4EF8BB6D6BB9BD380A11", kUuidOid), "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");
  EXPECT_EQ(RT("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a1", kUuidOid),
            "22P02: invalid input syntax for type uuid: \"a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a1\"");
  EXPECT_EQ(RT("abc", kCharOid), "a");
  EXPECT_EQ(RT("", kCharOid), "");
}

TEST(TextIoTest, CharacterTypes) {
  EXPECT_EQ(RT("abc  ", kVarcharOid, CharTypmod(3)), "abc");
  EXPECT_EQ(RT("abcdef", kVarcharOid, CharTypmod(5)), "22001: value too long for type character varying(5)");
  EXPECT_EQ(RT("abcdef", kBpcharOid, CharTypmod(5)), "22001: value too long for type character(5)");
  EXPECT_EQ(RT("ab", kBpcharOid, CharTypmod(4)), "ab  ");
  EXPECT_EQ(RT("h\xC3\xA9llo", kVarcharOid, CharTypmod(5)), "h\xC3\xA9llo");  // 5 characters, 6 bytes
  EXPECT_EQ(RT("\xff", kTextOid), "22021: invalid byte sequence for encoding \"UTF8\": 0xff");
}

TEST(TextIoTest, Numeric) {
  EXPECT_EQ(RT("12.345", kNumericOid, NumericTypmod(4, 2)), "12.35");
  EXPECT_EQ(RT("1 2", kNumericOid), "22P02: invalid input syntax for type numeric: \"1 2\"");
}

TEST(DateTimeTest, DateInput) {
  EXPECT_EQ(RT("1/31/24", kDateOid), "2024-01-31");
  EXPECT_EQ(RT("Jan 31 2024", kDateOid), "2024-01-31");
  EXPECT_EQ(RT("31-Jan-2024", kDateOid), "2024-01-31");
  EXPECT_EQ(RT("2024-Jan-31", kDateOid), "2024-01-31");
  EXPECT_EQ(RT("January 31, 2024", kDateOid), "2024-01-31");
  EXPECT_EQ(RT("20240131", kDateOid), "2024-01-31");
  EXPECT_EQ(RT("2024.01.31", kDateOid), "2024-01-31");
  EXPECT_EQ(RT("0044-03-15 BC", kDateOid), "0044-03-15 BC");
  EXPECT_EQ(RT("1/31/70", kDateOid), "1970-01-31");
  EXPECT_EQ(RT("12/31/69", kDateOid), "2069-12-31");
  EXPECT_EQ(RT("10000-01-01", kDateOid), "10000-01-01");
  EXPECT_EQ(RT("4714-11-24 BC", kDateOid), "4714-11-24 BC");
  EXPECT_EQ(RT("epoch", kDateOid), "1970-01-01");
  EXPECT_EQ(RT("infinity", kDateOid), "infinity");
  EXPECT_EQ(RT("-infinity", kDateOid), "-infinity");
  EXPECT_EQ(RT("x", kDateOid), "22007: invalid input syntax for type date: \"x\"");
  EXPECT_EQ(RT("2024-13-01", kDateOid), "22008: date/time field value out of range: \"2024-13-01\"");
  EXPECT_EQ(RT("2024-02-30", kDateOid), "22008: date/time field value out of range: \"2024-02-30\"");
  EXPECT_EQ(RT("13/01/2024", kDateOid), "22008: date/time field value out of range: \"13/01/2024\"");
  EXPECT_EQ(RT("0000-01-01", kDateOid), "22008: date/time field value out of range: \"0000-01-01\"");
  EXPECT_EQ(RT("5874898-01-01", kDateOid), "22008: date out of range: \"5874898-01-01\"");
  EXPECT_EQ(RT("4714-11-23 BC", kDateOid), "22008: date out of range: \"4714-11-23 BC\"");
  EXPECT_EQ(RT("1 2024-01-31", kDateOid), "22007: invalid input syntax for type date: \"1 2024-01-31\"");
  EXPECT_EQ(RT("040506", kDateOid), "2004-05-06");
  EXPECT_EQ(RT("J2451545", kDateOid), "2000-01-01");
  EXPECT_EQ(RT("+infinity", kDateOid), "22007: invalid input syntax for type date: \"+infinity\"");
  EXPECT_EQ(RT("0405", kDateOid), "22007: invalid input syntax for type date: \"0405\"");
  auto hint = ParseDate("13/01/2024");
  EXPECT_EQ(hint.status().hint(), "Perhaps you need a different \"datestyle\" setting.");
  EXPECT_EQ(DaysFromCivil(5874897, 12, 31), 2145031948);
  EXPECT_EQ(DaysFromCivil(1970, 1, 1), kUnixEpochDays);
}

TEST(DateTimeTest, RelativeDates) {
  DateTimeContext ctx;
  ASSERT_TRUE(ParseTimestampTz("2024-03-10 15:00:00+00").ok());
  ctx.now_us = *ParseTimestampTz("2024-03-10 15:00:00.5+00");
  EXPECT_EQ(RoundTrip("today", SqlType::Of(kDateOid), &ctx), "2024-03-10");
  EXPECT_EQ(RoundTrip("tomorrow", SqlType::Of(kDateOid), &ctx), "2024-03-11");
  EXPECT_EQ(RoundTrip("yesterday", SqlType::Of(kTimestampOid), &ctx), "2024-03-09 00:00:00");
  EXPECT_EQ(RoundTrip("now", SqlType::Of(kTimestampTzOid), &ctx), "2024-03-10 15:00:00.5+00");
  EXPECT_EQ(RoundTrip("now", SqlType::Of(kTimeOid), &ctx), "15:00:00.5");
}

TEST(DateTimeTest, TimeInput) {
  EXPECT_EQ(RT("24:00:00", kTimeOid), "24:00:00");
  EXPECT_EQ(RT("23:59:60", kTimeOid), "24:00:00");
  EXPECT_EQ(RT("allballs", kTimeOid), "00:00:00");
  EXPECT_EQ(RT("4:05 PM", kTimeOid), "16:05:00");
  EXPECT_EQ(RT("040506", kTimeOid), "04:05:06");
  EXPECT_EQ(RT("12:00:00.1234565", kTimeOid), "12:00:00.123456");
  EXPECT_EQ(RT("12:00:00.1234575", kTimeOid), "12:00:00.123458");
  EXPECT_EQ(RT("12:00:00.5", kTimeOid, 0), "12:00:01");
  EXPECT_EQ(RT("x", kTimeOid), "22007: invalid input syntax for type time: \"x\"");
  EXPECT_EQ(RT("0405", kTimeOid), "04:05:00");
  EXPECT_EQ(RT("040506.5", kTimeOid), "04:05:06.5");
  EXPECT_EQ(RT("12:00 040506", kTimeOid), "22007: invalid input syntax for type time: \"12:00 040506\"");
  EXPECT_EQ(RT("13:00 pm", kTimeOid), "22008: date/time field value out of range: \"13:00 pm\"");
}

TEST(DateTimeTest, TimestampInput) {
  EXPECT_EQ(RT("2024-01-31 23:59:60", kTimestampOid), "2024-02-01 00:00:00");
  EXPECT_EQ(RT("2024-01-31 04:05:06+05", kTimestampOid), "2024-01-31 04:05:06");
  EXPECT_EQ(RT("epoch", kTimestampOid), "1970-01-01 00:00:00");
  EXPECT_EQ(RT("-infinity", kTimestampOid), "-infinity");
  EXPECT_EQ(RT("2024-01-31 040506", kTimestampOid), "2024-01-31 04:05:06");
  EXPECT_EQ(RT("2024-01-01 10:00:00.55", kTimestampOid, 1), "2024-01-01 10:00:00.6");
  EXPECT_EQ(RT("2024-01-31 10:00:00 BC", kTimestampOid), "2024-01-31 10:00:00 BC");
  EXPECT_EQ(RT("294276-12-31 23:59:59.999999", kTimestampOid), "294276-12-31 23:59:59.999999");
  EXPECT_EQ(RT("294277-01-01", kTimestampOid), "22008: timestamp out of range: \"294277-01-01\"");
  EXPECT_EQ(RT("x", kTimestampOid), "22007: invalid input syntax for type timestamp: \"x\"");
  EXPECT_EQ(RT("2024-01-31 25:00", kTimestampOid),
            "22008: date/time field value out of range: \"2024-01-31 25:00\"");
  EXPECT_EQ(RT("2024-01-31 4pm", kTimestampOid),
            "22007: invalid input syntax for type timestamp: \"2024-01-31 4pm\"");
  EXPECT_EQ(RT("010203 04:05", kTimestampOid), "2001-02-03 04:05:00");
  EXPECT_EQ(RT("J2451545 12:00", kTimestampOid), "2000-01-01 12:00:00");
  EXPECT_EQ(RT("2024-01-31 040506.5", kTimestampOid), "2024-01-31 04:05:06.5");
  EXPECT_EQ(RT("2024-01-31 10:00 allballs", kTimestampOid),
            "22007: invalid input syntax for type timestamp: \"2024-01-31 10:00 allballs\"");
}

TEST(DateTimeTest, TimestampTzInput) {
  EXPECT_EQ(RT("2024-01-31T04:05:06.5Z", kTimestampTzOid), "2024-01-31 04:05:06.5+00");
  EXPECT_EQ(RT("2024-01-31 04:05:06-08", kTimestampTzOid), "2024-01-31 12:05:06+00");
  EXPECT_EQ(RT("2024-01-31 04:05:06 +05:30", kTimestampTzOid), "2024-01-30 22:35:06+00");
  EXPECT_EQ(RT("2024-01-31 04:05:06 -8:00", kTimestampTzOid), "2024-01-31 12:05:06+00");
  EXPECT_EQ(RT("2024-01-31 04:05:06-0830", kTimestampTzOid), "2024-01-31 12:35:06+00");
  EXPECT_EQ(RT("2024-01-31 04:05:06.789+02:30:15", kTimestampTzOid), "2024-01-31 01:34:51.789+00");
  EXPECT_EQ(RT("2024-01-31 04:05 America/New_York", kTimestampTzOid), "2024-01-31 09:05:00+00");
  EXPECT_EQ(RT("2024-07-31 04:05 EST", kTimestampTzOid), "2024-07-31 09:05:00+00");
  EXPECT_EQ(RT("epoch", kTimestampTzOid), "1970-01-01 00:00:00+00");
  EXPECT_EQ(RT("2024-01-31 10:00:00 BC", kTimestampTzOid), "2024-01-31 10:00:00+00 BC");
  EXPECT_EQ(RT("2024-01-31 04:05 Foo/Bar", kTimestampTzOid), "22023: time zone \"foo/bar\" not recognized");
  EXPECT_EQ(RT("2024-01-31 04:05 foo", kTimestampTzOid),
            "22007: invalid input syntax for type timestamp with time zone: \"2024-01-31 04:05 foo\"");
  EXPECT_EQ(RT("2024-01-31 04:05:06+16", kTimestampTzOid),
            "22009: time zone displacement out of range: \"2024-01-31 04:05:06+16\"");
  EXPECT_EQ(RT("x", kTimestampTzOid), "22007: invalid input syntax for type timestamp with time zone: \"x\"");
  // "US" is a directory under /usr/share/zoneinfo, not a zone.
  EXPECT_EQ(RT("2024-01-01 12:00 US", kTimestampTzOid),
            "22007: invalid input syntax for type timestamp with time zone: \"2024-01-01 12:00 US\"");
}

TEST(DateTimeTest, NamedZones) {
  auto ny = TimeZone::Find("America/New_York");
  ASSERT_TRUE(ny.ok()) << ny.status().ToString();
  DateTimeContext ctx;
  ctx.time_zone = *ny;
  auto tz = SqlType::Of(kTimestampTzOid);
  EXPECT_EQ(RoundTrip("2024-01-31 04:05:06", tz, &ctx), "2024-01-31 04:05:06-05");
  EXPECT_EQ(RoundTrip("2024-07-31 04:05:06", tz, &ctx), "2024-07-31 04:05:06-04");
  // Spring-forward gap and fall-back overlap, as PostgreSQL resolves them.
  EXPECT_EQ(RoundTrip("2024-03-10 02:30", tz, &ctx), "2024-03-10 03:30:00-04");
  EXPECT_EQ(RoundTrip("2024-11-03 01:30", tz, &ctx), "2024-11-03 01:30:00-05");
  EXPECT_EQ(RoundTrip("2024-01-31 04:05:06+00", tz, &ctx), "2024-01-30 23:05:06-05");
  // Far future: from the TZif footer rule.
  EXPECT_EQ(RoundTrip("2100-07-01 12:00", tz, &ctx), "2100-07-01 12:00:00-04");
  EXPECT_EQ(RoundTrip("1900-01-01 12:00", tz, &ctx), "1900-01-01 12:00:00-05");
  EXPECT_EQ(RoundTrip("1800-01-01 12:00", tz, &ctx), "1800-01-01 12:00:00-04:56:02");  // local mean time
  EXPECT_EQ(RoundTrip("0044-03-15 12:00 BC", tz, &ctx), "0044-03-15 12:00:00-04:56:02 BC");
  DateTimeContext amsterdam;
  amsterdam.time_zone = *TimeZone::Find("Europe/Amsterdam");
  EXPECT_EQ(RoundTrip("1930-06-01 12:00", tz, &amsterdam), "1930-06-01 12:00:00+01:19:32");
  // Beyond the generated 400 years the rule repeats (PostgreSQL: -04 in summer 9433).
  EXPECT_EQ(RoundTrip("9433-05-13 23:03", tz, &ctx), "9433-05-13 23:03:00-04");
  // Dynamic abbreviation: MSK meant +03 when first used, also for earlier dates.
  EXPECT_EQ(RT("1911-11-07 17:01 MSK", kTimestampTzOid), "1911-11-07 14:01:00+00");
  EXPECT_EQ(RT("1919-07-04 16:18:53.2 MSK", kTimestampTzOid), "1919-07-04 13:18:53.2+00");
  auto kolkata = TimeZone::Find("asia/kolkata");
  ASSERT_TRUE(kolkata.ok());
  ctx.time_zone = *kolkata;
  EXPECT_EQ(RoundTrip("2024-01-31 04:05:06+00", tz, &ctx), "2024-01-31 09:35:06+05:30");
  auto fixed = TimeZone::Find("-7");
  ASSERT_TRUE(fixed.ok());
  ctx.time_zone = *fixed;
  EXPECT_EQ(RoundTrip("2024-01-31 04:05:06+00", tz, &ctx), "2024-01-30 21:05:06-07");
  EXPECT_EQ(TimeZone::Find("Mars/Base").status().ToString(),
            "22023: invalid value for parameter \"TimeZone\": \"Mars/Base\"");
}

TEST(IntervalTest, InputOutput) {
  EXPECT_EQ(RT("1 day 2 hours", kIntervalOid), "1 day 02:00:00");
  EXPECT_EQ(RT("1-2", kIntervalOid), "1 year 2 mons");
  EXPECT_EQ(RT("P1D", kIntervalOid), "1 day");
  EXPECT_EQ(RT("@ 1 minute ago", kIntervalOid), "-00:01:00");
  EXPECT_EQ(RT("01:02:03", kIntervalOid), "01:02:03");
  EXPECT_EQ(RT("1 year 2 mons 3 days 04:05:06.789", kIntervalOid), "1 year 2 mons 3 days 04:05:06.789");
  EXPECT_EQ(RT("-1 days +02:03", kIntervalOid), "-1 days +02:03:00");
  EXPECT_EQ(RT("1.5 days", kIntervalOid), "1 day 12:00:00");
  EXPECT_EQ(RT("1.5 months", kIntervalOid), "1 mon 15 days");
  EXPECT_EQ(RT("1.5 years", kIntervalOid), "1 year 6 mons");
  EXPECT_EQ(RT("5", kIntervalOid), "00:00:05");
  EXPECT_EQ(RT("1 2:03", kIntervalOid), "1 day 02:03:00");
  EXPECT_EQ(RT("-1-2", kIntervalOid), "-1 years -2 mons");
  EXPECT_EQ(RT("P1Y2M3DT4H5M6.5S", kIntervalOid), "1 year 2 mons 3 days 04:05:06.5");
  EXPECT_EQ(RT("PT1H", kIntervalOid), "01:00:00");
  EXPECT_EQ(RT("P0001-02-03T04:05:06", kIntervalOid), "1 year 2 mons 3 days 04:05:06");
  EXPECT_EQ(RT("1 day -2 hours", kIntervalOid), "1 day -02:00:00");
  EXPECT_EQ(RT("-1 day", kIntervalOid), "-1 days");
  EXPECT_EQ(RT("1 mon -1 day", kIntervalOid), "1 mon -1 days");
  EXPECT_EQ(RT("-01:02:03.5", kIntervalOid), "-01:02:03.5");
  EXPECT_EQ(RT("2 hours 30 minutes ago", kIntervalOid), "-02:30:00");
  EXPECT_EQ(RT("100 hours", kIntervalOid), "100:00:00");
  EXPECT_EQ(RT("1 week", kIntervalOid), "7 days");
  EXPECT_EQ(RT("1 millisecond", kIntervalOid), "00:00:00.001");
  EXPECT_EQ(RT("3 microseconds", kIntervalOid), "00:00:00.000003");
  EXPECT_EQ(RT("0", kIntervalOid), "00:00:00");
  EXPECT_EQ(RT("1 decade 1 century", kIntervalOid), "110 years");
  EXPECT_EQ(RT("-1 year -2 mons +3 days -04:05:06", kIntervalOid), "-1 years -2 mons +3 days -04:05:06");
  EXPECT_EQ(RT("1 year -1 mon", kIntervalOid), "11 mons");
  EXPECT_EQ(RT("1.5 weeks", kIntervalOid), "10 days 12:00:00");
  EXPECT_EQ(RT("0.1 sec", kIntervalOid), "00:00:00.1");
  EXPECT_EQ(RT("1.99999999 sec", kIntervalOid), "00:00:02");
  EXPECT_EQ(RT("12:34.5", kIntervalOid), "00:12:34.5");
  EXPECT_EQ(RT("P-1DT-1H", kIntervalOid), "-1 days -01:00:00");
  EXPECT_EQ(RT("1 day ago -2 hours", kIntervalOid), "-1 days +02:00:00");
  EXPECT_EQ(RT("1 day day", kIntervalOid), "1 day");  // PostgreSQL 15 lets the later unit word win
  EXPECT_EQ(RT("1 day hour", kIntervalOid), "1 day");
  EXPECT_EQ(RT("1 day 1 day", kIntervalOid), "22007: invalid input syntax for type interval: \"1 day 1 day\"");
  EXPECT_EQ(RT("1 fortnight", kIntervalOid), "22007: invalid input syntax for type interval: \"1 fortnight\"");
  EXPECT_EQ(RT("x", kIntervalOid), "22007: invalid input syntax for type interval: \"x\"");
  EXPECT_EQ(RT("99999999999 days", kIntervalOid),
            "22015: interval field value out of range: \"99999999999 days\"");
  EXPECT_EQ(RT("1:60", kIntervalOid), "22015: interval field value out of range: \"1:60\"");
}

TEST(IntervalTest, Typmod) {
  const int32_t kMinute = (1 << 11) << 16 | 0xFFFF;
  const int32_t kDayToMinute = ((1 << 3) | (1 << 10) | (1 << 11)) << 16 | 0xFFFF;
  const int32_t kPrecision2 = 0x7FFF << 16 | 2;
  const int32_t kYear = (1 << 2) << 16 | 0xFFFF;
  EXPECT_EQ(RT("5", kIntervalOid, kMinute), "00:05:00");
  EXPECT_EQ(RT("1 day 10:11:12.5678", kIntervalOid, kDayToMinute), "1 day 10:11:00");
  EXPECT_EQ(RT("1 day 10:11:12.5678", kIntervalOid, kPrecision2), "1 day 10:11:12.57");
  EXPECT_EQ(RT("14 mons", kIntervalOid, kYear), "1 year");
  EXPECT_EQ(IntervalCompare(*ParseInterval("1 mon"), *ParseInterval("30 days")), 0);
  EXPECT_LT(IntervalCompare(*ParseInterval("1 day"), *ParseInterval("25 hours")), 0);
}

}  // namespace
}  // namespace augur::types
