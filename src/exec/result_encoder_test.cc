// DataRow encoding (text and binary) and QueryRunner's row limits.
#include <gtest/gtest.h>

#include "exec/exec_test_util.h"
#include "exec/result_encoder.h"

// net/ implements these (net/data_row.cc); the test carries a minimal copy
// of the protocol framing so exec/ can be tested alone.
namespace augur::sql {
namespace {
void PutInt32(std::string& b, size_t at, int32_t v) {
  for (int i = 0; i < 4; i++) b[at + i] = static_cast<char>((static_cast<uint32_t>(v) >> (24 - 8 * i)) & 0xff);
}
void AppendInt32(std::string& b, int32_t v) {
  b.append(4, '\0');
  PutInt32(b, b.size() - 4, v);
}
}  // namespace
size_t BeginDataRow(std::string& buffer, int16_t field_count) {
  size_t start = buffer.size();
  buffer.push_back('D');
  AppendInt32(buffer, 0);
  buffer.push_back(static_cast<char>(field_count >> 8));
  buffer.push_back(static_cast<char>(field_count & 0xff));
  return start;
}
void AppendField(std::string& buffer, std::string_view bytes) {
  AppendInt32(buffer, static_cast<int32_t>(bytes.size()));
  buffer.append(bytes);
}
void AppendNullField(std::string& buffer) { AppendInt32(buffer, -1); }
void EndDataRow(std::string& buffer, size_t start) {
  PutInt32(buffer, start + 1, static_cast<int32_t>(buffer.size() - start - 1));
}
}  // namespace augur::sql

namespace augur::exec {
namespace {

using namespace testing;  // NOLINT

class CollectingSink : public sql::ResultSink {
 public:
  void SendRowDescription(std::span<const sql::ResultColumn>, std::span<const int16_t>) override {}
  std::string& RowBuffer() override { return buffer; }
  void RowsAppended() override { batches++; }
  void SendCommandComplete(std::string_view) override {}
  void SendEmptyQueryResponse() override {}
  void SendNotice(std::string_view, const Status&) override {}
  void SendParameterStatus(std::string_view, std::string_view) override {}
  std::string buffer;
  int batches = 0;
};

// Decodes DataRow messages back into "a|b|NULL" lines (hex for binary).
std::vector<std::string> Decode(const std::string& b, bool hex) {
  std::vector<std::string> rows;
  size_t p = 0;
  auto int32 = [&](size_t at) {
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) v = (v << 8) | static_cast<uint8_t>(b[at + i]);
    return static_cast<int32_t>(v);
  };
  while (p < b.size()) {
    EXPECT_EQ(b[p], 'D');
    int32_t len = int32(p + 1);
    int16_t fields = static_cast<int16_t>((static_cast<uint8_t>(b[p + 5]) << 8) | static_cast<uint8_t>(b[p + 6]));
    size_t q = p + 7;
    std::string row;
    for (int f = 0; f < fields; f++) {
      if (f) row += "|";
      int32_t n = int32(q);
      q += 4;
      if (n < 0) {
        row += "NULL";
        continue;
      }
      std::string field = b.substr(q, static_cast<size_t>(n));
      if (hex) {
        static const char* digits = "0123456789abcdef";
        for (unsigned char c : field) {
          row.push_back(digits[c >> 4]);
          row.push_back(digits[c & 15]);
        }
      } else {
        row += field;
      }
      q += static_cast<size_t>(n);
    }
    EXPECT_EQ(q, p + 1 + static_cast<size_t>(len));
    p = q;
    rows.push_back(row);
  }
  return rows;
}

TEST(ResultEncoder, TextAndBinary) {
  DataChunk chunk(std::vector<types::SqlType>{kInt4, kText, kFloat8, kNumeric, kDate, kBool});
  chunk.AppendRow(std::vector<types::Value>{V("-1", kInt4), V("héllo", kText), V("1.5", kFloat8), V("12.50", kNumeric),
                                            V("2000-01-02", kDate), V("t", kBool)});
  chunk.AppendRow(std::vector<types::Value>{V("NULL", kInt4), V("NULL", kText), V("NaN", kFloat8), V("-0.001", kNumeric),
                                            V("1999-12-31", kDate), V("f", kBool)});
  std::string text;
  ResultEncoder enc(chunk.Types(), {});
  ASSERT_TRUE(enc.Encode(chunk, text).ok());
  EXPECT_EQ(Decode(text, false), (std::vector<std::string>{"-1|héllo|1.5|12.50|2000-01-02|t",
                                                           "NULL|NULL|NaN|-0.001|1999-12-31|f"}));
  std::string binary;
  const int16_t kBinary[] = {sql::kBinaryFormat};
  ResultEncoder bin(chunk.Types(), kBinary);
  ASSERT_TRUE(bin.Encode(chunk, 0, 1, binary).ok());
  // int4 -1, text bytes, float8 1.5, numeric 12.50 (ndigits 2, weight 0, sign +, dscale 2: 12, 5000),
  // date 1 day, bool true — as PostgreSQL's send functions produce them.
  EXPECT_EQ(Decode(binary, true),
            (std::vector<std::string>{"ffffffff|68c3a96c6c6f|3ff8000000000000|000200000000000200"
                                      "0c1388|00000001|01"}));
}

TEST(QueryRunner, SuspendsAtRowLimit) {
  TextRows rows;
  for (int i = 0; i < 5; i++) rows.push_back({std::to_string(i)});
  auto plan = Scan({kInt4}, rows, 2);
  ExecContext context;
  QueryRunner runner(*plan, context, {});
  CollectingSink sink;
  auto r1 = runner.Run(sink, 3);
  ASSERT_TRUE(r1.ok());
  EXPECT_TRUE(*r1);
  EXPECT_EQ(Decode(sink.buffer, false), (std::vector<std::string>{"0", "1", "2"}));
  sink.buffer.clear();
  auto r2 = runner.Run(sink, 2);
  ASSERT_TRUE(r2.ok());
  // Exactly exhausted, but as PostgreSQL it does not look past the limit:
  // still suspended, and the next call sends nothing and ends.
  EXPECT_TRUE(*r2);
  EXPECT_EQ(Decode(sink.buffer, false), (std::vector<std::string>{"3", "4"}));
  sink.buffer.clear();
  auto r3 = runner.Run(sink, 2);
  ASSERT_TRUE(r3.ok());
  EXPECT_FALSE(*r3);
  EXPECT_TRUE(sink.buffer.empty());
  EXPECT_EQ(runner.rows_sent(), 5);
}

TEST(Vector, StringsSurviveReferenceAndGather) {
  Vector v(kText);
  v.SetString(0, "alpha");
  v.SetNull(1);
  v.SetString(2, std::string(100000, 'x'));
  Vector ref;
  ref.Reference(v);
  Vector copy(kText);
  uint32_t sel[2] = {2, 0};
  copy.CopyFrom(ref, sel, 2);
  v.MakeWritable();  // detaches v; copy keeps the bytes alive
  v.SetString(0, "other");
  EXPECT_EQ(copy.values<std::string_view>()[0].size(), 100000u);
  EXPECT_EQ(copy.values<std::string_view>()[1], "alpha");
  EXPECT_EQ(ref.values<std::string_view>()[0], "alpha");
  EXPECT_TRUE(ref.IsNull(1));
  EXPECT_EQ(copy.GetValue(1).GetBytes(), "alpha");
}

}  // namespace
}  // namespace augur::exec
