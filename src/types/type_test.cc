// Tests for type.h: OIDs, typlen, format_type, name resolution, Value.
// Expected strings come from PostgreSQL 15 (format_type, pg_type).
#include "types/types.h"

#include <gtest/gtest.h>

namespace augur::types {
namespace {

TEST(TypeTest, TypeLengthMatchesPgType) {
  EXPECT_EQ(TypeLength(kBoolOid), 1);
  EXPECT_EQ(TypeLength(kInt2Oid), 2);
  EXPECT_EQ(TypeLength(kInt4Oid), 4);
  EXPECT_EQ(TypeLength(kInt8Oid), 8);
  EXPECT_EQ(TypeLength(kNameOid), 64);
  EXPECT_EQ(TypeLength(kTextOid), -1);
  EXPECT_EQ(TypeLength(kUnknownOid), -2);
  EXPECT_EQ(TypeLength(kIntervalOid), 16);
  EXPECT_EQ(TypeLength(kUuidOid), 16);
  EXPECT_EQ(TypeLength(kNumericOid), -1);
  EXPECT_EQ(TypeLength(kVoidOid), 4);
  EXPECT_EQ(TypeLength(12345), 0);
}

TEST(TypeTest, FormatTypeMatchesPostgres) {
  EXPECT_EQ(FormatType(SqlType::Of(kInt4Oid)), "integer");
  EXPECT_EQ(FormatType(SqlType::Of(kBoolOid)), "boolean");
  EXPECT_EQ(FormatType(SqlType::Of(kCharOid)), "\"char\"");
  EXPECT_EQ(FormatType(SqlType::Of(kFloat8Oid)), "double precision");
  EXPECT_EQ(FormatType(SqlType{kVarcharOid, CharTypmod(10)}), "character varying(10)");
  EXPECT_EQ(FormatType(SqlType::Of(kVarcharOid)), "character varying");
  EXPECT_EQ(FormatType(SqlType{kBpcharOid, CharTypmod(1)}), "character(1)");
  EXPECT_EQ(FormatType(SqlType::Of(kBpcharOid)), "bpchar");
  EXPECT_EQ(FormatType(SqlType{kNumericOid, NumericTypmod(10, 2)}), "numeric(10,2)");
  EXPECT_EQ(FormatType(SqlType{kNumericOid, NumericTypmod(5, -2)}), "numeric(5,-2)");
  EXPECT_EQ(FormatType(SqlType::Of(kNumericOid)), "numeric");
  EXPECT_EQ(FormatType(SqlType::Of(kTimestampOid)), "timestamp without time zone");
  EXPECT_EQ(FormatType(SqlType{kTimestampOid, 3}), "timestamp(3) without time zone");
  EXPECT_EQ(FormatType(SqlType{kTimestampTzOid, 0}), "timestamp(0) with time zone");
  EXPECT_EQ(FormatType(SqlType{kTimeOid, 1}), "time(1) without time zone");
  EXPECT_EQ(FormatType(SqlType{kIntervalOid, 470286338}), "interval day to second(2)");
  EXPECT_EQ(FormatType(SqlType{kIntervalOid, 2147418115}), "interval(3)");
  EXPECT_EQ(FormatType(SqlType{kIntervalOid, (4 << 16) | 65535}), "interval year");
  EXPECT_EQ(FormatType(SqlType::Of(9999)), "???");
  EXPECT_EQ(TypeName(kTimestampTzOid), "timestamptz");
}

TEST(TypeTest, TypeFromName) {
  EXPECT_EQ(*TypeFromName("int4"), SqlType::Of(kInt4Oid));
  EXPECT_EQ(*TypeFromName("pg_catalog.int4"), SqlType::Of(kInt4Oid));
  EXPECT_EQ(*TypeFromName("integer"), SqlType::Of(kInt4Oid));
  EXPECT_EQ(*TypeFromName("double precision"), SqlType::Of(kFloat8Oid));
  EXPECT_EQ(*TypeFromName("timestamptz"), SqlType::Of(kTimestampTzOid));
  const int32_t ten[] = {10};
  EXPECT_EQ(*TypeFromName("character varying", ten), (SqlType{kVarcharOid, 14}));
  const int32_t ps[] = {10, 2};
  EXPECT_EQ(*TypeFromName("numeric", ps), (SqlType{kNumericOid, NumericTypmod(10, 2)}));
  const int32_t five[] = {5};
  EXPECT_EQ(*TypeFromName("numeric", five), (SqlType{kNumericOid, 327684}));
  EXPECT_EQ(*TypeFromName("character"), (SqlType{kBpcharOid, 5}));
  EXPECT_EQ(*TypeFromName("char"), SqlType::Of(kCharOid));

  auto bad = TypeFromName("foo");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().sqlstate(), "42704");
  EXPECT_EQ(bad.status().message(), "type \"foo\" does not exist");
  const int32_t zero[] = {0};
  auto zero_len = TypeFromName("varchar", zero);
  EXPECT_EQ(zero_len.status().message(), "length for type varchar must be at least 1");
  auto zero_prec = TypeFromName("numeric", zero);
  EXPECT_EQ(zero_prec.status().message(), "NUMERIC precision 0 must be between 1 and 1000");
}

TEST(TypeTest, PhysicalLayout) {
  EXPECT_TRUE(IsFixedWidth(kInt4Oid));
  EXPECT_FALSE(IsFixedWidth(kTextOid));
  EXPECT_EQ(PhysicalSize(kDateOid), 4);
  EXPECT_EQ(PhysicalSize(kTimestampTzOid), 8);
  EXPECT_EQ(PhysicalSize(kNumericOid), 32);
  EXPECT_EQ(PhysicalSize(kIntervalOid), 16);
  EXPECT_EQ(PhysicalSize(kVarcharOid), -1);
}

TEST(ValueTest, ConstructAndGet) {
  Value v = Value::Int4(42);
  EXPECT_FALSE(v.is_null());
  EXPECT_EQ(v.GetInt4(), 42);
  EXPECT_EQ(v.AsInt64(), 42);
  Value t = Value::Varchar("abc", CharTypmod(5));
  EXPECT_EQ(t.GetBytes(), "abc");
  EXPECT_EQ(t.type().typmod, 9);
  Value n = Value::Null(SqlType::Of(kTextOid));
  EXPECT_TRUE(n.is_null());
  EXPECT_TRUE(n.IdenticalTo(Value::Null(SqlType::Of(kTextOid))));
  EXPECT_FALSE(v.IdenticalTo(Value::Int4(43)));
  Value num = Value::MakeNumeric(Numeric::Finite(150, 2));
  EXPECT_EQ(num.GetNumeric().scale, 2);
  Value copy = t;
  EXPECT_TRUE(copy.IdenticalTo(t));
}

}  // namespace
}  // namespace augur::types
