// Anonymous record tests. Expected bytes come from PostgreSQL 15's
// record_send (SELECT record_send(k) FROM (SELECT
// information_schema._pg_expandarray(ARRAY['ab', NULL]) k) s) and expected
// text from its record_out.
#include "types/record.h"

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

Value Record(std::vector<Value> fields) { return MakeRecordValue(SqlType::Of(kRecordOid), fields); }

TEST(RecordTest, BytesAreRecordSend) {
  Value a = Record({Value::Text("ab"), Value::Int4(1)});
  EXPECT_EQ(Hex(a.GetBytes()), "\\x0000000200000019000000026162000000170000000400000001");
  Value b = Record({Value::Null(SqlType::Of(kTextOid)), Value::Int4(2)});
  EXPECT_EQ(Hex(b.GetBytes()), "\\x0000000200000019ffffffff000000170000000400000002");
  std::string wire;
  AppendBinary(a, &wire);
  EXPECT_EQ(wire, a.GetBytes());
}

TEST(RecordTest, TextIsRecordOut) {
  EXPECT_EQ(FormatText(Record({Value::Int4(10), Value::Int4(1)})), "(10,1)");
  EXPECT_EQ(FormatText(Record({Value::Null(SqlType::Of(kTextOid)), Value::Int4(2)})), "(,2)");
  EXPECT_EQ(FormatText(Record({Value::Text(""), Value::Text("a b")})), "(\"\",\"a b\")");
  EXPECT_EQ(FormatText(Record({Value::Text("x\"y"), Value::Text("a\\b")})), "(\"x\"\"y\",\"a\\\\b\")");
  EXPECT_EQ(FormatText(Record({Value::Text("p,q"), Value::Text("(z)")})), "(\"p,q\",\"(z)\")");
  EXPECT_EQ(FormatText(Record({})), "()");
}

TEST(RecordTest, FieldsDecodeWithTheirTypes) {
  Value r = Record({Value::Text("ab"), Value::Null(SqlType::Of(kInt4Oid)), Value::Int8(-7)});
  auto fields = DecodeRecord(r.GetBytes());
  ASSERT_TRUE(fields.ok());
  ASSERT_EQ(fields->size(), 3u);
  EXPECT_EQ((*fields)[0].GetBytes(), "ab");
  EXPECT_TRUE((*fields)[1].is_null());
  EXPECT_EQ((*fields)[2].GetInt8(), -7);
  auto x = GetRecordField(r.GetBytes(), 2, SqlType::Of(kInt8Oid));
  ASSERT_TRUE(x.ok());
  EXPECT_EQ(x->GetInt8(), -7);
  auto wrong = GetRecordField(r.GetBytes(), 2, SqlType::Of(kInt4Oid));
  EXPECT_FALSE(wrong.ok());
  auto missing = GetRecordField(r.GetBytes(), 5, SqlType::Of(kInt4Oid));
  ASSERT_TRUE(missing.ok());
  EXPECT_TRUE(missing->is_null());
}

TEST(RecordTest, CompareIsRecordCmp) {
  Value minus = Record({Value::Int4(-5), Value::Int4(5)});
  Value one_two = Record({Value::Int4(1), Value::Int4(2)});
  Value one_three = Record({Value::Int4(1), Value::Int4(3)});
  Value null_four = Record({Value::Null(SqlType::Of(kInt4Oid)), Value::Int4(4)});
  const Value* ordered[] = {&minus, &one_two, &one_three, &null_four};
  for (size_t i = 0; i < 4; ++i) {
    for (size_t j = 0; j < 4; ++j) {
      int expected = i < j ? -1 : (i > j ? 1 : 0);
      EXPECT_EQ(CompareValues(*ordered[i], *ordered[j]), expected) << i << " " << j;
      std::string ki, kj;
      AppendRecordKey(ordered[i]->GetBytes(), &ki);
      AppendRecordKey(ordered[j]->GetBytes(), &kj);
      int c = ki.compare(kj);
      EXPECT_EQ(c < 0 ? -1 : (c > 0 ? 1 : 0), expected) << i << " " << j;
    }
  }
  EXPECT_EQ(HashValue(one_two), HashValue(Record({Value::Int4(1), Value::Int4(2)})));
  // numeric fields compare by value: 1.0 = 1.00.
  Value a = Record({Value::MakeNumeric(Numeric::Finite(10, 1))});
  Value b = Record({Value::MakeNumeric(Numeric::Finite(100, 2))});
  EXPECT_EQ(CompareValues(a, b), 0);
  EXPECT_EQ(HashValue(a), HashValue(b));
}

TEST(RecordTest, TypmodsNameFieldLists) {
  std::vector<RecordField> xn = {{"x", SqlType::Of(kInt4Oid)}, {"n", SqlType::Of(kInt4Oid)}};
  int32_t t1 = RecordTypmod(xn);
  EXPECT_GE(t1, 0);
  EXPECT_EQ(RecordTypmod(xn), t1);
  std::vector<RecordField> other = {{"x", SqlType::Of(kTextOid)}, {"n", SqlType::Of(kInt4Oid)}};
  EXPECT_NE(RecordTypmod(other), t1);
  EXPECT_EQ(RecordFields(t1), xn);
  EXPECT_TRUE(RecordFields(-1).empty());
}

TEST(RecordTest, InputIsNotImplemented) {
  auto text = ParseText("(1,2)", SqlType::Of(kRecordOid));
  ASSERT_FALSE(text.ok());
  EXPECT_EQ(text.status().sqlstate(), "0A000");
  auto binary = ParseBinary("\x00\x00\x00\x00"s, SqlType::Of(kRecordOid));
  ASSERT_FALSE(binary.ok());
}

}  // namespace
}  // namespace augur::types
