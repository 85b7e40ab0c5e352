// Unit tests for the session time zone plumbing, AT TIME ZONE lookups and the
// functions added with it (func_datetime.h "session time zone", func_math.h
// trigonometry/factorial/setseed, func_string.h translate/encode/regex/...).
// Expected values come from PostgreSQL 15.
#include <gtest/gtest.h>

#include <string>

#include "types/datetime.h"
#include "types/func_datetime.h"
#include "types/func_math.h"
#include "types/func_string.h"
#include "types/numeric.h"
#include "types/timezone.h"

namespace augur::types {
namespace {

int64_t TsTz(std::string_view text, const DateTimeContext* dt = nullptr) {
  auto r = ParseTimestampTz(text, -1, dt);
  EXPECT_TRUE(r.ok()) << text;
  return r.ok() ? *r : 0;
}
std::string ShowTz(int64_t v) {
  std::string out;
  AppendTimestampTz(v, &out);
  return out;
}

TEST(SessionTimeZone, FindCanonicalNames) {
  EXPECT_EQ((*TimeZone::Find("america/new_york"))->name(), "America/New_York");
  EXPECT_EQ((*TimeZone::Find("-5"))->name(), "<-05>+05");
  EXPECT_EQ((*TimeZone::Find("5.5"))->name(), "<+05:30>-05:30");
  EXPECT_EQ((*TimeZone::Find("UTC+3"))->name(), "UTC+3");
  EXPECT_EQ((*TimeZone::Find("utc"))->name(), "UTC");
  EXPECT_FALSE(TimeZone::Find("Z").ok());
  EXPECT_FALSE(TimeZone::Find("Mars/Olympus").ok());
  EXPECT_TRUE(TimeZone::Find("Mars/Olympus").status().Is("22023"));
}

TEST(SessionTimeZone, PosixOffsetsAreWestPositive) {
  const TimeZone* plus = *TimeZone::Find("+05:30");
  EXPECT_EQ(plus->OffsetAtUtc(0), -(5 * 3600 + 1800));
  EXPECT_EQ(plus->AbbreviationAtUtc(0), "");
  const TimeZone* utc3 = *TimeZone::Find("UTC+3");
  EXPECT_EQ(utc3->OffsetAtUtc(0), -3 * 3600);
  EXPECT_EQ(utc3->AbbreviationAtUtc(0), "UTC");
  EXPECT_EQ((*TimeZone::Find("-5"))->AbbreviationAtUtc(0), "-05");
}

TEST(SessionTimeZone, ScopedContextDrivesOutputAndDst) {
  DateTimeContext dt;
  dt.time_zone = *TimeZone::Find("America/New_York");
  ScopedDateTimeContext scope(&dt);
  // Gap: 02:30 does not exist, PostgreSQL reads it with the offset before (EST).
  EXPECT_EQ(ShowTz(TsTz("2024-03-10 02:30")), "2024-03-10 03:30:00-04");
  // Overlap: 01:30 happens twice, PostgreSQL takes the later (EST) one.
  EXPECT_EQ(ShowTz(TsTz("2024-11-03 01:30")), "2024-11-03 01:30:00-05");
  // '1 day' moves the wall clock: 23 hours across spring-forward.
  int64_t noon = TsTz("2024-03-09 12:00");
  EXPECT_EQ(ShowTz(*TimestampTzPlusInterval(noon, Interval{0, 1, 0})), "2024-03-10 12:00:00-04");
  EXPECT_EQ(ShowTz(*TimestampTzPlusInterval(noon, Interval{24 * 3600 * kMicrosPerSecond, 0, 0})),
            "2024-03-10 13:00:00-04");
  EXPECT_EQ(ShowTz(*DateTruncTimestampTz("day", TsTz("2024-11-03 12:00"))), "2024-11-03 00:00:00-04");
  std::string text;
  ASSERT_TRUE(ToCharTimestampTz(TsTz("2024-07-01 12:00+00"), "HH24:MI TZ OF", &text).ok());
  EXPECT_EQ(text, "08:00 EDT -04");
  auto tz = ExtractTimestampTz("timezone", TsTz("2024-01-01 12:00"));
  ASSERT_TRUE(tz.ok() && tz->has_value());
  EXPECT_EQ(NumericToString(**tz), "-18000");
}

TEST(SessionTimeZone, WithoutContextIsUtc) {
  EXPECT_EQ(ShowTz(TsTz("2024-07-01 12:00")), "2024-07-01 12:00:00+00");
}

TEST(AtTimeZone, LookupOrderAndSigns) {
  int64_t local = *ParseTimestamp("2024-06-01 12:00");
  std::string out;
  AppendTimestampTz(*TimestampAtZone("+03", local), &out);
  EXPECT_EQ(out, "2024-06-01 15:00:00+00");  // '+03' is POSIX: UTC-3
  out.clear();
  AppendTimestampTz(*TimestampAtZone("EST", local), &out);
  EXPECT_EQ(out, "2024-06-01 17:00:00+00");
  out.clear();
  AppendTimestamp(*TimestampTzAtZone("Asia/Tokyo", TsTz("2024-06-01 12:00+00")), &out);
  EXPECT_EQ(out, "2024-06-01 21:00:00");
  EXPECT_TRUE(TimestampAtZone("foo", local).status().Is("22023"));
  EXPECT_TRUE(TimestampAtIntervalZone(Interval{0, 1, 0}, local).status().Is("22023"));
}

TEST(DateTimeExtra, OverlapsNullRulesAndDateBin) {
  EXPECT_EQ(Overlaps(1, 5, 4, 8), std::optional<bool>(true));
  EXPECT_EQ(Overlaps(1, 5, 5, 8), std::optional<bool>(false));
  EXPECT_EQ(Overlaps(5, 1, 2, 3), std::optional<bool>(true));  // ends swapped
  EXPECT_EQ(Overlaps(1, std::nullopt, 0, 2), std::optional<bool>(true));
  EXPECT_EQ(Overlaps(1, std::nullopt, 1, 2), std::nullopt);
  EXPECT_EQ(Overlaps(std::nullopt, std::nullopt, 1, 2), std::nullopt);
  int64_t minute = 60 * kMicrosPerSecond;
  EXPECT_EQ(*DateBin(Interval{15 * minute, 0, 0}, 37 * minute, 0), 30 * minute);
  EXPECT_EQ(*DateBin(Interval{15 * minute, 0, 0}, 37 * minute, 60 * minute), 30 * minute);
  EXPECT_TRUE(DateBin(Interval{0, 0, 1}, 0, 0).status().Is("0A000"));
  EXPECT_TRUE(DateBin(Interval{0, 0, 0}, 0, 0).status().Is("22008"));
}

TEST(MathExtra, DegreeFunctionsAreExact) {
  EXPECT_EQ(*Float8Sind(30), 0.5);
  EXPECT_EQ(*Float8Cosd(60), 0.5);
  EXPECT_EQ(*Float8Tand(45), 1.0);
  EXPECT_EQ(*Float8Cotd(45), 1.0);
  EXPECT_EQ(*Float8Asind(0.5), 30.0);
  EXPECT_EQ(*Float8Acosd(0.5), 60.0);
  EXPECT_EQ(*Float8Atand(1), 45.0);
  EXPECT_EQ(*Float8Tand(135), -1.0);
  EXPECT_TRUE(Float8Asin(2).status().Is("22003"));
  EXPECT_TRUE(Float8Sind(1.0 / 0.0).status().Is("22003"));
}

TEST(MathExtra, FactorialScaleAndSetseed) {
  EXPECT_EQ(NumericToString(*NumericFactorial(20)), "2432902008176640000");
  EXPECT_TRUE(NumericFactorial(-1).status().Is("22003"));
  Numeric x = *NumericFromString("1.2300");
  EXPECT_EQ(NumericScale(x), 4);
  EXPECT_EQ(NumericMinScale(x), 2);
  EXPECT_EQ(NumericToString(NumericTrimScale(x)), "1.23");
  // setseed(0.5); random(); random() in PostgreSQL 15.
  SessionRandom random;
  ASSERT_TRUE(random.SetSeed(0.5).ok());
  EXPECT_EQ(random.Next(), 0.9851677175347999);
  EXPECT_EQ(random.Next(), 0.825301858027981);
  EXPECT_TRUE(random.SetSeed(2).Is("22023"));
}

TEST(StringExtra, TranslateQuoteEncode) {
  std::string out;
  Translate("12345", "143", "ax", &out);
  EXPECT_EQ(out, "a2x5");
  out.clear();
  QuoteIdent("select", &out);
  EXPECT_EQ(out, "\"select\"");
  out.clear();
  QuoteIdent("user_1", &out);
  EXPECT_EQ(out, "user_1");
  out.clear();
  QuoteLiteral("a\\b'", &out);
  EXPECT_EQ(out, "E'a\\\\b'''");
  out.clear();
  ASSERT_TRUE(Encode("hello", "base64", &out).ok());
  EXPECT_EQ(out, "aGVsbG8=");
  std::string back;
  ASSERT_TRUE(Decode(out, "base64", &back).ok());
  EXPECT_EQ(back, "hello");
  out.clear();
  EXPECT_TRUE(Decode("abc", "hex", &out).Is("22023"));
  EXPECT_TRUE(Encode("x", "foo", &out).Is("22023"));
}

TEST(StringExtra, RegexAndToNumber) {
  auto p = RegexPattern::Compile("b..", "g", true);
  ASSERT_TRUE(p.ok());
  std::string out;
  p->Replace("foobarbaz", "X", &out);
  EXPECT_EQ(out, "fooXX");
  auto swap = RegexPattern::Compile("(\\w+) (\\w+)", "", true);
  out.clear();
  swap->Replace("Hello World", "\\2 \\1", &out);
  EXPECT_EQ(out, "World Hello");
  EXPECT_TRUE(RegexPattern::Compile("(", "", false).status().Is("2201B"));
  EXPECT_TRUE(RegexPattern::Compile("a", "z", false).status().Is("22023"));
  std::string similar;
  ASSERT_TRUE(SimilarToEscape("a%b_c.d", std::nullopt, &similar).ok());
  EXPECT_EQ(similar, "^(?:a.*b.c\\.d)$");
  similar.clear();
  ASSERT_TRUE(SimilarToEscape("(a|b)#%", "#", &similar).ok());
  EXPECT_EQ(similar, "^(?:(?:a|b)\\%)$");
  EXPECT_TRUE(SimilarToEscape("a", "xy", &similar).Is("22025"));
  EXPECT_EQ(NumericToString(*ToNumber("1,234.5", "9G999.9")), "1234.5");
  EXPECT_EQ(NumericToString(*ToNumber("<12>", "99PR")), "-12");
}

}  // namespace
}  // namespace augur::types
