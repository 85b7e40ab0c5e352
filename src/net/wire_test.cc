// Unit tests for wire.h primitives and the DataRow builders.
#include "net/wire.h"

#include <gtest/gtest.h>

#include "sql/session.h"

namespace augur::net {
namespace {

TEST(MessageReaderTest, ReadsFieldsInOrder) {
  std::string body;
  AppendInt16(body, -2);
  AppendInt32(body, 70000);
  body.append("name");
  body.push_back('\0');
  body.append("xy");
  MessageReader reader(body);
  EXPECT_EQ(reader.ReadInt16(), -2);
  EXPECT_EQ(reader.ReadInt32(), 70000);
  EXPECT_EQ(reader.ReadString(), "name");
  EXPECT_EQ(reader.ReadBytes(2), "xy");
  reader.ExpectEnd();
  EXPECT_TRUE(reader.status().ok());
}

TEST(MessageReaderTest, MissingTerminatorIsProtocolViolation) {
  MessageReader reader("abc");
  EXPECT_EQ(reader.ReadString(), "");
  EXPECT_FALSE(reader.ok());
  EXPECT_EQ(reader.status().sqlstate(), "08P01");
  EXPECT_EQ(reader.status().message(), "invalid string in message");
}

TEST(MessageReaderTest, ErrorIsStickyAndReadsReturnZero) {
  MessageReader reader(std::string_view("\x01", 1));
  EXPECT_EQ(reader.ReadInt32(), 0);
  EXPECT_EQ(reader.ReadByte(), 0);  // a byte was left, but the reader already failed
  EXPECT_EQ(reader.status().message(), "insufficient data left in message");
}

TEST(MessageReaderTest, TrailingBytesAreInvalidFormat) {
  MessageReader reader(std::string_view("a\0b", 3));
  EXPECT_EQ(reader.ReadString(), "a");
  reader.ExpectEnd();
  EXPECT_EQ(reader.status().message(), "invalid message format");
}

TEST(MessageBuilderTest, PatchesLength) {
  std::string out = "prefix";
  { MessageBuilder(out, 'C').String("SELECT 1"); }
  ASSERT_EQ(out.size(), 6u + 1 + 4 + 9);
  EXPECT_EQ(out[6], 'C');
  EXPECT_EQ(DecodeInt32(out.data() + 7), 4 + 9);
}

TEST(ErrorResponseTest, CarriesAllFields) {
  std::string out;
  Status status = Status::Error("42601", "syntax error").WithDetail("d").WithHint("h").WithPosition(7);
  AppendErrorOrNotice(out, 'E', "ERROR", status);
  ASSERT_EQ(out[0], 'E');
  EXPECT_EQ(static_cast<size_t>(DecodeInt32(out.data() + 1)), out.size() - 1);
  std::string expected("SERROR\0VERROR\0C42601\0Msyntax error\0Dd\0Hh\0P7\0\0", 45);
  EXPECT_EQ(out.substr(5), expected);
}

TEST(ErrorResponseTest, OmitsEmptyOptionalFields) {
  std::string out;
  AppendErrorOrNotice(out, 'N', "WARNING", Status::Error("01000", "w"));
  std::string expected("SWARNING\0VWARNING\0C01000\0Mw\0\0", 29);
  EXPECT_EQ(out.substr(5), expected);
}

TEST(DataRowTest, EncodesFieldsAndNulls) {
  std::string buffer = "x";
  size_t start = sql::BeginDataRow(buffer, 3);
  sql::AppendField(buffer, "ab");
  sql::AppendNullField(buffer);
  sql::AppendField(buffer, "");
  sql::EndDataRow(buffer, start);
  ASSERT_EQ(start, 1u);
  std::string expected("D\0\0\0\x14\0\x03\0\0\0\x02" "ab\xff\xff\xff\xff\0\0\0\0", 21);
  EXPECT_EQ(buffer.substr(1), expected);
  EXPECT_EQ(DecodeInt32(buffer.data() + 2), 20);
}

TEST(RowDescriptionTest, DefaultsToTextFormat) {
  sql::ResultColumn column;
  column.name = "a";
  column.type_oid = 23;
  column.type_size = 4;
  std::string out;
  AppendRowDescription(out, {&column, 1}, {});
  // 'T', length, count, "a\0", table oid, attnum, type oid, size, typmod, format
  ASSERT_EQ(out.size(), 1u + 4 + 2 + 2 + 4 + 2 + 4 + 2 + 4 + 2);
  EXPECT_EQ(out.substr(out.size() - 2), std::string("\0\0", 2));
  EXPECT_EQ(DecodeInt32(out.data() + 15), 23);
}

}  // namespace
}  // namespace augur::net
