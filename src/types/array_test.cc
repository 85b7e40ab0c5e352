// Array type tests. Expected text comes from PostgreSQL 15 (SELECT '...'::t[])
// and expected bytes from PostgreSQL 15's array_send (SELECT array_send(...)).
#include "types/array.h"

#include <gtest/gtest.h>

#include "types/binary_io.h"
#include "types/compare.h"
#include "types/text_io.h"

namespace augur::types {
namespace {

using namespace std::string_literals;

// Bytes as PostgreSQL's bytea hex text ("\\x0102"), to compare byte strings readably.
std::string Hex(std::string_view b) {
  std::string out;
  AppendByteaHex(b, &out);
  return out;
}

SqlType Array(uint32_t element_oid, int32_t typmod = -1) { return SqlType{ArrayOidOf(element_oid), typmod}; }

// text -> value -> text
std::string RoundTrip(std::string_view text, SqlType type) {
  auto v = ParseText(text, type);
  if (!v.ok()) return "ERROR " + std::string(v.status().sqlstate()) + " " + v.status().message();
  return FormatText(*v);
}

// text -> binary (hex), and the binary must parse back to the same text.
std::string Send(std::string_view text, SqlType type) {
  auto v = ParseText(text, type);
  EXPECT_TRUE(v.ok()) << v.status().ToString();
  if (!v.ok()) return "";
  std::string bytes;
  AppendBinary(*v, &bytes);
  auto back = ParseBinary(bytes, type);
  EXPECT_TRUE(back.ok()) << back.status().ToString();
  if (back.ok()) {
    EXPECT_EQ(FormatText(*back), FormatText(*v)) << text;
  }
  return Hex(bytes);
}

TEST(ArrayTest, TypeCatalog) {
  EXPECT_EQ(ArrayOidOf(kInt4Oid), 1007u);
  EXPECT_EQ(ArrayOidOf(kInt8Oid), 1016u);
  EXPECT_EQ(ArrayOidOf(kInt2Oid), 1005u);
  EXPECT_EQ(ArrayOidOf(kTextOid), 1009u);
  EXPECT_EQ(ArrayOidOf(kVarcharOid), 1015u);
  EXPECT_EQ(ArrayOidOf(kBoolOid), 1000u);
  EXPECT_EQ(ArrayOidOf(kFloat8Oid), 1022u);
  EXPECT_EQ(ArrayOidOf(kFloat4Oid), 1021u);
  EXPECT_EQ(ArrayOidOf(kNumericOid), 1231u);
  EXPECT_EQ(ArrayOidOf(kDateOid), 1182u);
  EXPECT_EQ(ArrayOidOf(kTimestampOid), 1115u);
  EXPECT_EQ(ArrayOidOf(kTimestampTzOid), 1185u);
  EXPECT_EQ(ArrayOidOf(kUuidOid), 2951u);
  EXPECT_EQ(ArrayOidOf(kByteaOid), 1001u);
  EXPECT_EQ(ArrayOidOf(kOidOid), 1028u);
  EXPECT_EQ(ArrayOidOf(kNameOid), 1003u);
  EXPECT_EQ(ArrayOidOf(kCharOid), 1002u);
  EXPECT_EQ(ArrayOidOf(kBpcharOid), 1014u);
  EXPECT_EQ(ArrayOidOf(kIntervalOid), 1187u);
  EXPECT_EQ(ArrayOidOf(kTimeOid), 1183u);
  EXPECT_EQ(ArrayOidOf(1007), kInvalidOid);
  EXPECT_EQ(ArrayElementOid(1009), kTextOid);
  EXPECT_TRUE(IsArrayOid(1007));
  EXPECT_FALSE(IsArrayOid(kInt4Oid));
  EXPECT_EQ(TypeName(1007), "_int4");
  EXPECT_EQ(TypeLength(1007), -1);
  EXPECT_EQ(PhysicalKindOf(1009), PhysicalKind::kBytes);
  EXPECT_EQ(FormatType(SqlType::Of(1007)), "integer[]");
  EXPECT_EQ(FormatType(SqlType{1015, CharTypmod(10)}), "character varying(10)[]");
  EXPECT_EQ(FormatType(SqlType::Of(1115)), "timestamp without time zone[]");
  auto t = TypeFromName("_int8");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->oid, 1016u);
}

TEST(ArrayTest, TextIoMatchesPostgres) {
  EXPECT_EQ(RoundTrip("{1,2,NULL}", Array(kInt4Oid)), "{1,2,NULL}");
  EXPECT_EQ(RoundTrip("{}", Array(kInt4Oid)), "{}");
  EXPECT_EQ(RoundTrip("  {  1  ,  2}  ", Array(kInt4Oid)), "{1,2}");
  EXPECT_EQ(RoundTrip("{a,\"\",null,\"NULL\",\" x \"}", Array(kTextOid)), "{a,\"\",NULL,\"NULL\",\" x \"}");
  EXPECT_EQ(RoundTrip("{\"a b\",\"\",NULL,\"NULL\",x\\\\y,\"q\\\"\"}", Array(kTextOid)),
            "{\"a b\",\"\",NULL,\"NULL\",\"x\\\\y\",\"q\\\"\"}");
  EXPECT_EQ(RoundTrip("{ a , b c }", Array(kTextOid)), "{a,\"b c\"}");
  EXPECT_EQ(RoundTrip("{\"a\\\"b\"}", Array(kVarcharOid)), "{\"a\\\"b\"}");
  EXPECT_EQ(RoundTrip("{\"2020-01-01 10:00\",NULL}", Array(kTimestampOid)), "{\"2020-01-01 10:00:00\",NULL}");
  EXPECT_EQ(RoundTrip("{\"1 day 02:00\"}", Array(kIntervalOid)), "{\"1 day 02:00:00\"}");
  EXPECT_EQ(RoundTrip("{\"\\\\x0aff\"}", Array(kByteaOid)), "{\"\\\\x0aff\"}");
  EXPECT_EQ(RoundTrip("{1.0,2.50}", Array(kNumericOid)), "{1.0,2.50}");
  EXPECT_EQ(RoundTrip("[0:1]={1,2}", Array(kInt4Oid)), "[0:1]={1,2}");
  EXPECT_EQ(RoundTrip("{t,f}", Array(kBoolOid)), "{t,f}");
  EXPECT_EQ(RoundTrip("{ab}", Array(kBpcharOid, CharTypmod(3))), "{\"ab \"}");
}

TEST(ArrayTest, TextInputErrorsMatchPostgres) {
  EXPECT_EQ(RoundTrip("{1,2", Array(kInt4Oid)), "ERROR 22P02 malformed array literal: \"{1,2\"");
  EXPECT_EQ(RoundTrip("1,2}", Array(kInt4Oid)), "ERROR 22P02 malformed array literal: \"1,2}\"");
  EXPECT_EQ(RoundTrip("{1,2}x", Array(kInt4Oid)), "ERROR 22P02 malformed array literal: \"{1,2}x\"");
  EXPECT_EQ(RoundTrip("{1,{2}}", Array(kInt4Oid)), "ERROR 22P02 malformed array literal: \"{1,{2}}\"");
  EXPECT_EQ(RoundTrip("{a}", Array(kInt4Oid)), "ERROR 22P02 invalid input syntax for type integer: \"a\"");
  EXPECT_EQ(RoundTrip("{{1},{2}}", Array(kInt4Oid)).substr(0, 12), "ERROR 0A000 ");
  auto detail = ParseText("{1,2", Array(kInt4Oid));
  ASSERT_FALSE(detail.ok());
  EXPECT_EQ(detail.status().detail(), "Unexpected end of input.");
}

TEST(ArrayTest, SendMatchesPostgres) {
  EXPECT_EQ(Send("{1,NULL,3}", Array(kInt4Oid)),
            "\\x00000001000000010000001700000003000000010000000400000001ffffffff0000000400000003");
  EXPECT_EQ(Send("{}", Array(kTextOid)), "\\x000000000000000000000019");
  EXPECT_EQ(Send("{}", Array(kInt4Oid)), "\\x000000000000000000000017");
  EXPECT_EQ(Send("{\"a b\",NULL,\"x\\\\y\"}", Array(kTextOid)),
            "\\x000000010000000100000019000000030000000100000003612062ffffffff00000003785c79");
  EXPECT_EQ(Send("[0:1]={7,8}", Array(kInt8Oid)),
            "\\x0000000100000000000000140000000200000000000000080000000000000007000000080000000000000008");
  EXPECT_EQ(Send("{1.5,-2}", Array(kNumericOid)),
            "\\x0000000100000000000006a400000002000000010000000c0002000000000001000113880000000a00010000400000000002");
  EXPECT_EQ(Send("{t,f}", Array(kBoolOid)), "\\x000000010000000000000010000000020000000100000001010000000100");
  EXPECT_EQ(Send("{2020-01-02}", Array(kDateOid)), "\\x00000001000000000000043a00000001000000010000000400001c8a");
  EXPECT_EQ(Send("{1.5}", Array(kFloat8Oid)), "\\x0000000100000000000002bd0000000100000001000000083ff8000000000000");
  EXPECT_EQ(Send("{a,b}", Array(kVarcharOid)), "\\x000000010000000000000413000000020000000100000001610000000162");
  EXPECT_EQ(Send("{abc}", Array(kNameOid)), "\\x000000010000000000000013000000010000000100000003616263");
  EXPECT_EQ(Send("{ab}", Array(kBpcharOid, CharTypmod(3))),
            "\\x000000010000000000000412000000010000000100000003616220");
}

TEST(ArrayTest, ReceiveValidates) {
  // Wrong element type (int8 bytes for int4[]).
  std::string int8_array = "\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x14\x00\x00\x00\x00\x00\x00\x00\x01"s;
  auto r = ParseBinary(int8_array, Array(kInt4Oid));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().sqlstate(), "42804");
  // Truncated.
  r = ParseBinary(std::string_view("\x00\x00\x00\x01", 4), Array(kInt4Oid));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().sqlstate(), "08P01");
  // Two dimensions.
  std::string two_dims = "\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x17"s;
  r = ParseBinary(two_dims, Array(kInt4Oid));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().sqlstate(), "0A000");
}

TEST(ArrayTest, CompareLikePostgres) {
  auto v = [](std::string_view text) { return *ParseText(text, Array(kNumericOid)); };
  EXPECT_EQ(CompareValues(v("{1,2}"), v("{1,2}")), 0);
  EXPECT_EQ(CompareValues(v("{1.0,2}"), v("{1,2.00}")), 0);
  EXPECT_EQ(CompareValues(v("{1,2}"), v("{1,3}")), -1);
  EXPECT_EQ(CompareValues(v("{1,2}"), v("{1,2,0}")), -1);  // shorter first
  EXPECT_EQ(CompareValues(v("{}"), v("{0}")), -1);
  EXPECT_EQ(CompareValues(v("{1,NULL}"), v("{1,5}")), 1);  // NULL element after values
  EXPECT_EQ(CompareValues(v("{1,NULL}"), v("{1,NULL}")), 0);
  EXPECT_EQ(HashValue(v("{1.0,NULL}")), HashValue(v("{1.00,NULL}")));
  // The key encoding orders like CompareValues.
  auto key = [&](std::string_view text) {
    std::string k;
    Value x = v(text);
    AppendArrayKey(x.GetBytes(), x.type(), &k);
    return k;
  };
  EXPECT_LT(key("{1,2}"), key("{1,3}"));
  EXPECT_LT(key("{1,2}"), key("{1,2,0}"));
  EXPECT_LT(key("{1,5}"), key("{1,NULL}"));
  EXPECT_LT(key("{}"), key("{-5}"));
  EXPECT_EQ(key("{1.0}"), key("{1}"));
}

TEST(ArrayTest, Casts) {
  auto v = ParseText("{1,NULL,3}", Array(kInt4Oid));
  ASSERT_TRUE(v.ok());
  auto t = CastValue(*v, Array(kTextOid), CastContext::kExplicit);
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(FormatText(*t), "{1,NULL,3}");
  auto n = CastValue(*ParseText("{1.5,2.4}", Array(kNumericOid)), Array(kInt4Oid), CastContext::kExplicit);
  ASSERT_TRUE(n.ok());
  EXPECT_EQ(FormatText(*n), "{2,2}");
  auto s = CastValue(*v, SqlType::Of(kTextOid), CastContext::kExplicit);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->GetBytes(), "{1,NULL,3}");
  auto bad = CastValue(*ParseText("{a}", Array(kTextOid)), Array(kInt4Oid), CastContext::kExplicit);
  EXPECT_FALSE(bad.ok());
}

}  // namespace
}  // namespace augur::types
