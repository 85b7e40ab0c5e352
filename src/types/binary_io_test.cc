// Binary send/recv tests. Expected bytes come from PostgreSQL 15's *send
// functions (boolsend, int4send, timestamp_send, ...).
#include "types/binary_io.h"

#include <gtest/gtest.h>

#include "types/datetime.h"
#include "types/text_io.h"

namespace augur::types {
namespace {

// Bytes as PostgreSQL's bytea hex text ("\\x0102"), to compare byte strings readably.
std::string Hex(std::string_view b) {
  std::string out;
  AppendByteaHex(b, &out);
  return out;
}

// text -> value -> binary, then binary -> value -> text must round-trip.
std::string Send(std::string_view text, SqlType type) {
  auto v = ParseText(text, type);
  EXPECT_TRUE(v.ok()) << v.status().ToString();
  std::string bytes;
  AppendBinary(*v, &bytes);
  auto back = ParseBinary(bytes, type);
  EXPECT_TRUE(back.ok()) << back.status().ToString();
  if (back.ok()) {
    EXPECT_EQ(FormatText(*back), FormatText(*v)) << text;
  }
  return Hex(bytes);
}

TEST(BinaryIoTest, SendMatchesPostgres) {
  EXPECT_EQ(Send("true", SqlType::Of(kBoolOid)), "\\x01");
  EXPECT_EQ(Send("-2", SqlType::Of(kInt2Oid)), "\\xfffe");
  EXPECT_EQ(Send("123456", SqlType::Of(kInt4Oid)), "\\x0001e240");
  EXPECT_EQ(Send("-1", SqlType::Of(kInt8Oid)), "\\xffffffffffffffff");
  EXPECT_EQ(Send("1.5", SqlType::Of(kFloat4Oid)), "\\x3fc00000");
  EXPECT_EQ(Send("-0.1", SqlType::Of(kFloat8Oid)), "\\xbfb999999999999a");
  EXPECT_EQ(Send("h\xC3\xA9llo", SqlType::Of(kTextOid)), "\\x68c3a96c6c6f");
  EXPECT_EQ(Send("ab", SqlType{kBpcharOid, CharTypmod(4)}), "\\x61622020");
  EXPECT_EQ(Send("2024-01-31", SqlType::Of(kDateOid)), "\\x0000225c");
  EXPECT_EQ(Send("04:05:06.789", SqlType::Of(kTimeOid)), "\\x000000036c97ca88");
  EXPECT_EQ(Send("2024-01-31 04:05:06", SqlType::Of(kTimestampOid)), "\\x0002b334c0b24080");
  EXPECT_EQ(Send("2024-01-31 04:05:06+00", SqlType::Of(kTimestampTzOid)), "\\x0002b334c0b24080");
  EXPECT_EQ(Send("1 year 2 mons 3 days 04:05:06.789", SqlType::Of(kIntervalOid)),
            "\\x000000036c97ca88000000030000000e");
  EXPECT_EQ(Send("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", SqlType::Of(kUuidOid)),
            "\\xa0eebc999c0b4ef8bb6d6bb9bd380a11");
  EXPECT_EQ(Send("infinity", SqlType::Of(kDateOid)), "\\x7fffffff");
  EXPECT_EQ(Send("-infinity", SqlType::Of(kTimestampOid)), "\\x8000000000000000");
  EXPECT_EQ(Send("\\x00ff", SqlType::Of(kByteaOid)), "\\x00ff");
  EXPECT_EQ(Send("a", SqlType::Of(kCharOid)), "\\x61");
  EXPECT_EQ(Send("12.50", SqlType::Of(kNumericOid)), "\\x0002000000000002000c1388");
}

TEST(BinaryIoTest, RecvValidates) {
  EXPECT_EQ(ParseBinary(std::string("\x00\x01", 2), SqlType::Of(kInt4Oid)).status().ToString(),
            "08P01: insufficient data left in message");
  EXPECT_EQ(ParseBinary(std::string("\x00\x00\x00\x00\x01", 5), SqlType::Of(kInt4Oid)).status().ToString(),
            "22P03: incorrect binary data format");
  EXPECT_EQ(ParseBinary(std::string("\x00\x00\x00\x15\x00\x00\x00\x00", 8), SqlType::Of(kTimeOid)).status().ToString(),
            "22008: time out of range");
  EXPECT_EQ(ParseBinary(std::string("\x7f\xff\xff\xf0", 4), SqlType::Of(kDateOid)).status().ToString(),
            "22008: date out of range");
  EXPECT_EQ(ParseBinary("abcdef", SqlType{kVarcharOid, CharTypmod(5)}).status().ToString(),
            "22001: value too long for type character varying(5)");
  EXPECT_EQ(ParseBinary("\xff", SqlType::Of(kTextOid)).status().ToString(),
            "22021: invalid byte sequence for encoding \"UTF8\": 0xff");
  EXPECT_TRUE(ParseBinary(std::string("\x02", 1), SqlType::Of(kBoolOid))->GetBool());
}

// timetz: timetz_send bytes from PostgreSQL 15 (int64 time µs, int32 zone in
// seconds west of UTC, big-endian), and the round trip through recv.
TEST(BinaryIoTest, TimeTzSendMatchesPostgres) {
  const SqlType timetz = SqlType::Of(kTimeTzOid);
  EXPECT_EQ(Send("12:34:56+00", timetz), "\\x0000000a8bda1c0000000000");
  EXPECT_EQ(Send("12:34:56.789-05:30", timetz), "\\x0000000a8be6260800004d58");
  EXPECT_EQ(Send("00:00:00+15:59:59", timetz), "\\x0000000000000000ffff1f01");
  EXPECT_EQ(Send("24:00:00-15:59:59", timetz), "\\x000000141dd760000000e0ff");
  EXPECT_EQ(Send("04:05:06.5+02:30:15", timetz), "\\x000000036c9361a0ffffdcc9");
  EXPECT_EQ(Send("allballs", timetz), "\\x000000000000000000000000");
}

TEST(BinaryIoTest, TimeTzRecvValidates) {
  const SqlType timetz = SqlType::Of(kTimeTzOid);
  auto bytes = [](int64_t time_us, int32_t zone_west_s) {
    std::string b;
    for (int shift = 56; shift >= 0; shift -= 8) {
      b.push_back(static_cast<char>((static_cast<uint64_t>(time_us) >> shift) & 0xff));
    }
    for (int shift = 24; shift >= 0; shift -= 8) {
      b.push_back(static_cast<char>((static_cast<uint32_t>(zone_west_s) >> shift) & 0xff));
    }
    return b;
  };
  EXPECT_EQ(ParseBinary(bytes(kMicrosPerDay + 1, 0), timetz).status().ToString(), "22008: time out of range");
  EXPECT_EQ(ParseBinary(bytes(-1, 0), timetz).status().ToString(), "22008: time out of range");
  EXPECT_EQ(ParseBinary(bytes(0, 57600), timetz).status().ToString(), "22009: time zone displacement out of range");
  EXPECT_EQ(ParseBinary(bytes(0, -57600), timetz).status().ToString(), "22009: time zone displacement out of range");
  EXPECT_EQ(ParseBinary(bytes(0, 0).substr(0, 11), timetz).status().ToString(),
            "08P01: insufficient data left in message");
  auto edge = ParseBinary(bytes(0, 57599), timetz);
  ASSERT_TRUE(edge.ok()) << edge.status().ToString();
  EXPECT_EQ(FormatText(*edge), "00:00:00-15:59:59");
  // typmod rounds the time part.
  auto rounded = ParseBinary(bytes(1500000, -3600), SqlType{kTimeTzOid, 0});
  ASSERT_TRUE(rounded.ok());
  EXPECT_EQ(FormatText(*rounded), "00:00:02+01");
}

// The packed in-memory form orders as PostgreSQL's timetz_cmp_internal: the
// UTC instant first, then the zone; it round-trips every part.
TEST(BinaryIoTest, TimeTzPackingOrder) {
  auto packed = [](std::string_view text) {
    auto v = ParseText(text, SqlType::Of(kTimeTzOid));
    EXPECT_TRUE(v.ok()) << text;
    return v.ok() ? v->GetInt8() : 0;
  };
  EXPECT_LT(packed("12:00+02"), packed("10:00:01+00"));  // 10:00 UTC < 10:00:01 UTC
  EXPECT_NE(packed("12:00+02"), packed("10:00+00"));     // same instant, different zone
  EXPECT_LT(packed("12:00+02"), packed("10:00+00"));     // same instant: zone -7200 (west) < 0
  for (TimeTz t : {TimeTz{0, -kMaxZoneSeconds}, TimeTz{kMicrosPerDay, kMaxZoneSeconds}, TimeTz{45296789000, 19800},
                   TimeTz{0, 0}}) {
    TimeTz back = UnpackTimeTz(PackTimeTz(t));
    EXPECT_EQ(back.time_us, t.time_us);
    EXPECT_EQ(back.zone_west_s, t.zone_west_s);
  }
  EXPECT_LT(PackTimeTz({0, -kMaxZoneSeconds}), PackTimeTz({kMicrosPerDay, kMaxZoneSeconds}));
}

}  // namespace
}  // namespace augur::types
