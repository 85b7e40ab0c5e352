// Row codec tests: round trip of every physical kind, NULLs, short rows
// after ADD COLUMN, corrupt input.
#include "storage/row_codec.h"

#include <gtest/gtest.h>

#include <random>

namespace augur::storage {
namespace {

using types::PhysicalKind;

TEST(RowCodecTest, RoundTripAllKinds) {
  const std::vector<PhysicalKind> layout = {
      PhysicalKind::kBool,    PhysicalKind::kChar,     PhysicalKind::kInt16, PhysicalKind::kInt32,
      PhysicalKind::kInt64,   PhysicalKind::kUint32,   PhysicalKind::kFloat32, PhysicalKind::kFloat64,
      PhysicalKind::kInterval, PhysicalKind::kUuid,    PhysicalKind::kNumeric, PhysicalKind::kBytes,
      PhysicalKind::kBytes};
  RowWriter writer;
  writer.Begin(7, layout);
  writer.AppendBool(true);
  writer.AppendChar('x');
  writer.AppendInt16(-3);
  writer.AppendInt32(123456);
  writer.AppendInt64(-1234567890123LL);
  writer.AppendUint32(4000000000u);
  writer.AppendFloat32(1.5f);
  writer.AppendFloat64(-2.25);
  writer.AppendInterval(types::Interval{5, 6, 7});
  types::Uuid uuid;
  uuid.bytes[0] = 0xab;
  writer.AppendUuid(uuid);
  writer.AppendNumeric(types::Numeric::Finite(-12345, 2));
  writer.AppendBytes(std::string("a\0b", 3));
  writer.AppendNull();
  std::string encoded(writer.Finish());

  RowView view;
  ASSERT_TRUE(view.Reset(encoded, layout).ok());
  EXPECT_EQ(view.schema_version(), 7u);
  EXPECT_TRUE(view.GetBool(0));
  EXPECT_EQ(view.GetChar(1), 'x');
  EXPECT_EQ(view.GetInt16(2), -3);
  EXPECT_EQ(view.GetInt32(3), 123456);
  EXPECT_EQ(view.GetInt64(4), -1234567890123LL);
  EXPECT_EQ(view.GetUint32(5), 4000000000u);
  EXPECT_EQ(view.GetFloat32(6), 1.5f);
  EXPECT_EQ(view.GetFloat64(7), -2.25);
  EXPECT_EQ(view.GetInterval(8).months, 7);
  EXPECT_EQ(view.GetUuid(9).bytes[0], 0xab);
  EXPECT_TRUE(view.GetNumeric(10).coefficient == -12345);
  EXPECT_EQ(view.GetNumeric(10).scale, 2);
  EXPECT_EQ(view.GetBytes(11), std::string("a\0b", 3));
  EXPECT_TRUE(view.IsNull(12));
  EXPECT_FALSE(view.IsNull(11));

  types::Value v = view.GetValue(4, types::SqlType::Of(types::kTimestampOid));
  EXPECT_EQ(v.oid(), types::kTimestampOid);
  EXPECT_EQ(v.GetInt8(), -1234567890123LL);
  EXPECT_TRUE(view.GetValue(12, types::SqlType::Of(types::kTextOid)).is_null());
  EXPECT_EQ(view.GetValue(11, types::SqlType::Of(types::kTextOid)).GetBytes(), std::string("a\0b", 3));
}

TEST(RowCodecTest, EncodeRowFromValuesAndShortRows) {
  const std::vector<PhysicalKind> old_layout = {PhysicalKind::kInt32, PhysicalKind::kBytes};
  std::vector<types::Value> values = {types::Value::Int4(42), types::Value::Text("hello")};
  std::string encoded;
  EncodeRow(1, old_layout, values, &encoded);
  // After ADD COLUMN the layout is longer; the old row reads the new column as NULL.
  const std::vector<PhysicalKind> new_layout = {PhysicalKind::kInt32, PhysicalKind::kBytes, PhysicalKind::kInt64};
  RowView view;
  ASSERT_TRUE(view.Reset(encoded, new_layout).ok());
  EXPECT_EQ(view.GetInt32(0), 42);
  EXPECT_EQ(view.GetBytes(1), "hello");
  EXPECT_TRUE(view.IsNull(2));
  EXPECT_EQ(view.column_count(), 3);
  // A row with more columns than the layout is corrupt, not silently truncated.
  RowView narrow;
  const std::vector<PhysicalKind> one = {PhysicalKind::kInt32};
  EXPECT_EQ(narrow.Reset(encoded, one).sqlstate(), sqlstate::kDataCorrupted);
}

TEST(RowCodecTest, CorruptRowsAreRejected) {
  const std::vector<PhysicalKind> layout = {PhysicalKind::kInt64, PhysicalKind::kBytes};
  std::vector<types::Value> values = {types::Value::Int8(1), types::Value::Text("abcdef")};
  std::string encoded;
  EncodeRow(1, layout, values, &encoded);
  RowView view;
  for (size_t cut = 0; cut < encoded.size(); ++cut) {
    EXPECT_FALSE(view.Reset(encoded.substr(0, cut), layout).ok()) << cut;
  }
  EXPECT_FALSE(view.Reset(encoded + "x", layout).ok());
  // A huge varint length must not read out of bounds.
  std::string bad = encoded;
  bad[bad.size() - 7] = '\x7f';
  EXPECT_FALSE(view.Reset(bad, layout).ok());
  std::mt19937_64 rng(1);
  for (int i = 0; i < 5000; ++i) {
    std::string garbage(rng() % 20, ' ');
    for (char& c : garbage) c = static_cast<char>(rng());
    (void)view.Reset(garbage, layout).ok();  // must not crash (ASan/valgrind clean)
  }
}

TEST(RowCodecTest, KeyFieldsFromRowsMatchKeyValues) {
  const std::vector<PhysicalKind> layout = {PhysicalKind::kInt32, PhysicalKind::kBytes, PhysicalKind::kNumeric};
  std::vector<types::Value> values = {types::Value::Int4(-5), types::Value::Text("k"),
                                      types::Value::MakeNumeric(types::Numeric::Finite(150, 2))};
  std::string encoded;
  EncodeRow(1, layout, values, &encoded);
  RowView view;
  ASSERT_TRUE(view.Reset(encoded, layout).ok());
  for (int i = 0; i < 3; ++i) {
    std::string from_row, from_value;
    AppendKeyField(view, i, layout[i], &from_row);
    AppendKeyValue(values[i], layout[i], &from_value);
    EXPECT_EQ(from_row, from_value) << i;
  }
  // numeric 1.50 and 1.5 give the same key.
  std::string a, b;
  AppendKeyValue(types::Value::MakeNumeric(types::Numeric::Finite(150, 2)), PhysicalKind::kNumeric, &a);
  AppendKeyValue(types::Value::MakeNumeric(types::Numeric::Finite(15, 1)), PhysicalKind::kNumeric, &b);
  EXPECT_EQ(a, b);
}

}  // namespace
}  // namespace augur::storage
