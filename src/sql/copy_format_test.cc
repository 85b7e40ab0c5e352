// Tests of the COPY text/CSV/binary parser and formatter against PostgreSQL
// 15's rules (copyfromparse.c / copyto.c); expected bytes were checked with
// psql against a PostgreSQL 15 server.
#include "sql/copy_format.h"

#include <gtest/gtest.h>

namespace augur::sql {
namespace {

CopyFormatOptions Text() { return CopyFormatOptions{}; }
CopyFormatOptions Csv() {
  CopyFormatOptions options;
  options.format = CopyFormat::kCsv;
  options.delimiter = ',';
  options.null_string = "";
  return options;
}

// A parsed field: "<NULL>" for NULL.
using Row = std::vector<std::string>;

struct Parsed {
  std::vector<Row> rows;
  std::vector<int64_t> line_numbers;
  Status status;
};

// Feeds `input` in chunks of `chunk` bytes, then finishes.
Parsed Parse(const CopyFormatOptions& options, std::string_view input, size_t chunk = 1 << 20) {
  Parsed parsed;
  CopyTextParser parser(options);
  CopyRecord record;
  size_t fed = 0;
  for (;;) {
    Result<bool> next = parser.NextRecord(&record);
    if (!next.ok()) {
      parsed.status = next.TakeStatus();
      return parsed;
    }
    if (*next) {
      Row row;
      for (const CopyField& f : record.fields) row.push_back(f.is_null ? "<NULL>" : std::string(f.value));
      parsed.rows.push_back(row);
      parsed.line_numbers.push_back(record.line_number);
      continue;
    }
    if (parser.at_end()) return parsed;
    if (fed < input.size()) {
      size_t n = std::min(chunk, input.size() - fed);
      parser.Feed(input.substr(fed, n));
      fed += n;
    } else {
      parser.FinishInput();
    }
  }
}

TEST(CopyTextParser, SplitsFieldsAndLines) {
  Parsed p = Parse(Text(), "1\tabc\t\\N\n2\t\t x \n");
  ASSERT_TRUE(p.status.ok()) << p.status.ToString();
  ASSERT_EQ(p.rows.size(), 2u);
  EXPECT_EQ(p.rows[0], (Row{"1", "abc", "<NULL>"}));
  EXPECT_EQ(p.rows[1], (Row{"2", "", " x "}));
  EXPECT_EQ(p.line_numbers, (std::vector<int64_t>{1, 2}));
}

TEST(CopyTextParser, BackslashEscapes) {
  Parsed p = Parse(Text(), "a\\tb\\nc\\\\d\\be\\ff\\rg\\vh\\101\\x41\\x4a\\z\\\t|\n");
  ASSERT_TRUE(p.status.ok()) << p.status.ToString();
  ASSERT_EQ(p.rows.size(), 1u);
  EXPECT_EQ(p.rows[0], (Row{std::string("a\tb\nc\\d\be\ff\rg\vhAAJz\t|")}));
}

TEST(CopyTextParser, OctalAndHexEdgeCases) {
  // \x without hex digits is a plain 'x'; \7 is one octal digit; \1234 is \123 then '4'.
  Parsed p = Parse(Text(), "\\xg\t\\7\t\\1234\n");
  ASSERT_TRUE(p.status.ok()) << p.status.ToString();
  EXPECT_EQ(p.rows[0], (Row{"xg", "\a", "S4"}));
  // Escapes producing invalid UTF-8 or NUL are rejected.
  Parsed bad = Parse(Text(), "\\xff\n");
  EXPECT_TRUE(bad.status.Is("22021")) << bad.status.ToString();
  Parsed nul = Parse(Text(), "a\\0b\n");
  EXPECT_TRUE(nul.status.Is("22021")) << nul.status.ToString();
}

TEST(CopyTextParser, NullIsMatchedOnRawText) {
  // "\\N" (escaped backslash + N) is the text \N, not NULL.
  Parsed p = Parse(Text(), "\\N\t\\\\N\n");
  ASSERT_TRUE(p.status.ok());
  EXPECT_EQ(p.rows[0], (Row{"<NULL>", "\\N"}));
}

TEST(CopyTextParser, EndMarkerStopsInput) {
  Parsed p = Parse(Text(), "1\n2\n\\.\n3\n");
  ASSERT_TRUE(p.status.ok()) << p.status.ToString();
  EXPECT_EQ(p.rows.size(), 2u);
  // Data before the marker on the same line is the last row.
  Parsed q = Parse(Text(), "1\n2\\.\n");
  ASSERT_TRUE(q.status.ok()) << q.status.ToString();
  ASSERT_EQ(q.rows.size(), 2u);
  EXPECT_EQ(q.rows[1], (Row{"2"}));
  // An escaped backslash before '.' is data.
  Parsed r = Parse(Text(), "a\\\\.\n");
  ASSERT_TRUE(r.status.ok());
  EXPECT_EQ(r.rows[0], (Row{"a\\."}));
  Parsed corrupt = Parse(Text(), "1\n\\.x\n");
  EXPECT_EQ(corrupt.status.message(), "end-of-copy marker corrupt");
}

TEST(CopyTextParser, CrLfLineEnds) {
  Parsed p = Parse(Text(), "1\ta\r\n2\tb\r\n\\.\r\n");
  ASSERT_TRUE(p.status.ok()) << p.status.ToString();
  ASSERT_EQ(p.rows.size(), 2u);
  EXPECT_EQ(p.rows[1], (Row{"2", "b"}));
  Parsed mixed = Parse(Text(), "1\r\n2\n");
  EXPECT_TRUE(mixed.status.Is("22P04"));
  EXPECT_EQ(mixed.status.message(), "literal newline found in data");
  EXPECT_EQ(mixed.status.hint(), "Use \"\\n\" to represent newline.");
  Parsed cr = Parse(Text(), "1\n2\r3\n");
  EXPECT_EQ(cr.status.message(), "literal carriage return found in data");
  Parsed old_mac = Parse(Text(), "1\r2\r");
  ASSERT_TRUE(old_mac.status.ok());
  EXPECT_EQ(old_mac.rows.size(), 2u);
}

TEST(CopyTextParser, LastLineWithoutNewline) {
  Parsed p = Parse(Text(), "1\n2");
  ASSERT_TRUE(p.status.ok());
  ASSERT_EQ(p.rows.size(), 2u);
  EXPECT_EQ(p.rows[1], (Row{"2"}));
}

TEST(CopyTextParser, ByteAtATimeMatchesWhole) {
  std::string input = "1\tx\\ty\t\\N\r\n2\t\\\\\t\r\n\\.\r\n";
  Parsed whole = Parse(Text(), input);
  Parsed bytes = Parse(Text(), input, 1);
  ASSERT_TRUE(whole.status.ok()) << whole.status.ToString();
  ASSERT_TRUE(bytes.status.ok()) << bytes.status.ToString();
  EXPECT_EQ(whole.rows, bytes.rows);
  std::string csv = "1,\"a\r\nb\",\"\"\"\"\r\n2,,\"\"\r\n";
  Parsed csv_whole = Parse(Csv(), csv);
  Parsed csv_bytes = Parse(Csv(), csv, 1);
  ASSERT_TRUE(csv_whole.status.ok()) << csv_whole.status.ToString();
  EXPECT_EQ(csv_whole.rows, csv_bytes.rows);
  EXPECT_EQ(csv_whole.rows[0], (Row{"1", "a\r\nb", "\""}));
  EXPECT_EQ(csv_whole.rows[1], (Row{"2", "<NULL>", ""}));
}

// Lines without backslashes take a memchr fast path (fields point into the
// line); mixed with escaped lines, NULLs, non-ASCII, errors and any chunking
// it must give the same fields, line numbers and errors as the byte loop.
TEST(CopyTextParser, PlainLineFastPathMatchesEscapedPath) {
  std::string input = "1\tabc\t\\N\n2\t\t\n3\tx\\ty\t\\N\n4\t\xc3\xa9t\xc3\xa9\tz\n\t\n5\n\\.\n";
  Parsed whole = Parse(Text(), input);
  ASSERT_TRUE(whole.status.ok()) << whole.status.ToString();
  ASSERT_EQ(whole.rows.size(), 6u);
  EXPECT_EQ(whole.rows[0], (Row{"1", "abc", "<NULL>"}));
  EXPECT_EQ(whole.rows[1], (Row{"2", "", ""}));
  EXPECT_EQ(whole.rows[2], (Row{"3", "x\ty", "<NULL>"}));
  EXPECT_EQ(whole.rows[3], (Row{"4", "\xc3\xa9t\xc3\xa9", "z"}));
  EXPECT_EQ(whole.rows[4], (Row{"", ""}));
  EXPECT_EQ(whole.rows[5], (Row{"5"}));
  EXPECT_EQ(whole.line_numbers, (std::vector<int64_t>{1, 2, 3, 4, 5, 6}));
  for (size_t chunk : {1, 2, 3, 7}) {
    Parsed part = Parse(Text(), input, chunk);
    ASSERT_TRUE(part.status.ok()) << part.status.ToString();
    EXPECT_EQ(part.rows, whole.rows) << "chunk " << chunk;
  }
  // Still validated: invalid UTF-8 and NUL bytes on a plain line.
  EXPECT_EQ(Parse(Text(), "1\n\xff\n").status.sqlstate(), "22021");
  EXPECT_FALSE(Parse(Text(), std::string("1\na\0b\n", 6)).status.ok());
  // A carriage return inside a later line is still an error.
  EXPECT_EQ(Parse(Text(), "1\n2\r3\n").status.sqlstate(), "22P04");
}

TEST(CopyTextParser, AsciiFlag) {
  CopyTextParser parser(Text());
  parser.Feed("a\tb\nc\n\xc3\xa9\nx\\ty\n");
  parser.FinishInput();
  CopyRecord record;
  std::vector<bool> flags;
  while (true) {
    Result<bool> next = parser.NextRecord(&record);
    ASSERT_TRUE(next.ok()) << next.status().ToString();
    if (!*next) break;
    flags.push_back(record.ascii);
  }
  // The first line decides the line-end style (slow path); escapes never
  // claim ASCII (an escape may produce any byte).
  EXPECT_EQ(flags, (std::vector<bool>{false, true, false, false}));
}

TEST(CopyCsvParser, QuotesNullsAndEmbeddedNewlines) {
  Parsed p = Parse(Csv(), "1,\"a,b\",\"x\ny\"\n2,,\"\"\n3,ab\"c\"d,\"q\"\"q\"\n");
  ASSERT_TRUE(p.status.ok()) << p.status.ToString();
  ASSERT_EQ(p.rows.size(), 3u);
  EXPECT_EQ(p.rows[0], (Row{"1", "a,b", "x\ny"}));
  EXPECT_EQ(p.rows[1], (Row{"2", "<NULL>", ""}));
  EXPECT_EQ(p.rows[2], (Row{"3", "abcd", "q\"q"}));
  // PostgreSQL counts an embedded newline as a line only once the line end is
  // known (not in the first record).
  EXPECT_EQ(p.line_numbers, (std::vector<int64_t>{1, 2, 3}));
  Parsed q = Parse(Csv(), "0\n1,\"x\ny\"\n2\n");
  ASSERT_TRUE(q.status.ok());
  EXPECT_EQ(q.line_numbers, (std::vector<int64_t>{1, 3, 4}));
}

TEST(CopyCsvParser, EscapeDifferentFromQuote) {
  CopyFormatOptions options = Csv();
  options.escape = '\\';
  Parsed p = Parse(options, "\"a\\\"b\",\"c\\\\d\",e\\f\n");
  ASSERT_TRUE(p.status.ok()) << p.status.ToString();
  EXPECT_EQ(p.rows[0], (Row{"a\"b", "c\\d", "e\\f"}));
}

TEST(CopyCsvParser, EndMarkerOnlyAloneOnALine) {
  Parsed p = Parse(Csv(), "1\n\\.x\n\\.\n2\n");
  ASSERT_TRUE(p.status.ok()) << p.status.ToString();
  ASSERT_EQ(p.rows.size(), 2u);
  EXPECT_EQ(p.rows[1], (Row{"\\.x"}));
}

TEST(CopyCsvParser, UnterminatedQuote) {
  Parsed p = Parse(Csv(), "1,\"abc\n\\.\n");
  EXPECT_TRUE(p.status.Is("22P04"));
  EXPECT_EQ(p.status.message(), "unterminated CSV quoted field");
}

TEST(CopyCsvParser, CustomNullAndDelimiter) {
  CopyFormatOptions options = Csv();
  options.delimiter = '|';
  options.null_string = "NULL";
  Parsed p = Parse(options, "NULL|\"NULL\"||x\n");
  ASSERT_TRUE(p.status.ok());
  EXPECT_EQ(p.rows[0], (Row{"<NULL>", "NULL", "", "x"}));
}

TEST(CopyTextFormatter, EscapesLikePostgres) {
  std::string out;
  AppendCopyTextField("a\tb\nc\\d\re\bf\fg\vh\x01|", '\t', &out);
  EXPECT_EQ(out, "a\\tb\\nc\\\\d\\re\\bf\\fg\\vh\x01|");
  out.clear();
  AppendCopyTextField("a|b", '|', &out);
  EXPECT_EQ(out, "a\\|b");
}

// The word-at-a-time scan for the first byte to escape: every position of
// every special byte in long values, next to non-ASCII bytes, must give the
// byte-by-byte result (PostgreSQL's CopyAttributeOutText).
TEST(CopyTextFormatter, LongValuesMatchByteByByteEscaping) {
  auto reference = [](std::string_view value, char delimiter) {
    std::string out;
    for (char c : value) {
      const char* escape = nullptr;
      switch (c) {
        case '\b': escape = "\\b"; break;
        case '\f': escape = "\\f"; break;
        case '\n': escape = "\\n"; break;
        case '\r': escape = "\\r"; break;
        case '\t': escape = "\\t"; break;
        case '\v': escape = "\\v"; break;
        default: break;
      }
      if (escape != nullptr) {
        out += escape;
      } else if (c == '\\' || c == delimiter) {
        out += '\\';
        out += c;
      } else {
        out += c;
      }
    }
    return out;
  };
  const std::string base = "account-filler-\xc3\xa9-0123456789-abcdefghij-\x7f\xff";
  for (char delimiter : {'\t', '|', ','}) {
    for (char special : {'\t', '\n', '\\', '|', ',', '\x01', '\x1f', ' ', '\x20', '\x80'}) {
      for (size_t at = 0; at <= base.size(); ++at) {
        std::string value = base;
        value.insert(at, 1, special);
        std::string out = "prefix";
        AppendCopyTextField(value, delimiter, &out);
        ASSERT_EQ(out, "prefix" + reference(value, delimiter))
            << "delimiter " << int(delimiter) << " special " << int(special) << " at " << at;
      }
    }
  }
}

TEST(CopyCsvFormatter, QuotesWhenNeeded) {
  CopyFormatOptions options = Csv();
  std::string out;
  auto field = [&](std::string_view v, bool force = false, bool single = false) {
    out.clear();
    AppendCopyCsvField(v, options, force, single, &out);
    return out;
  };
  EXPECT_EQ(field("abc"), "abc");
  EXPECT_EQ(field(""), "\"\"");  // equals the NULL string
  EXPECT_EQ(field("a,b"), "\"a,b\"");
  EXPECT_EQ(field("a\"b"), "\"a\"\"b\"");
  EXPECT_EQ(field("a\nb"), "\"a\nb\"");
  EXPECT_EQ(field("abc", true), "\"abc\"");
  EXPECT_EQ(field("\\.", false, true), "\"\\.\"");
  EXPECT_EQ(field("\\.", false, false), "\\.");
  options.escape = '\\';
  EXPECT_EQ(field("a\"b\\c"), "\"a\\\"b\\\\c\"");
}

// Round trip: what the formatter writes, the parser reads back.
TEST(CopyFormat, RoundTrip) {
  const std::vector<std::string> values = {"", "plain", "tab\there", "nl\nx", "cr\rx", "back\\slash", "\\N", "q\"uote",
                                           "comma,", "\\.", "é ü"};
  for (const CopyFormatOptions& options : {Text(), Csv()}) {
    std::string line;
    for (size_t i = 0; i < values.size(); ++i) {
      if (i > 0) line.push_back(options.delimiter);
      if (options.format == CopyFormat::kCsv) {
        AppendCopyCsvField(values[i], options, false, false, &line);
      } else {
        AppendCopyTextField(values[i], options.delimiter, &line);
      }
    }
    line.push_back('\n');
    Parsed p = Parse(options, line + line);
    ASSERT_TRUE(p.status.ok()) << p.status.ToString();
    ASSERT_EQ(p.rows.size(), 2u);
    EXPECT_EQ(p.rows[0], Row(values.begin(), values.end()));
  }
}

TEST(CopyBinaryParser, HeaderRowsTrailer) {
  std::string input(CopyBinaryHeader());
  input += std::string("\x00\x02", 2) + std::string("\x00\x00\x00\x04", 4) + std::string("\x00\x00\x00\x07", 4) +
           std::string("\xff\xff\xff\xff", 4);
  input += std::string(kCopyBinaryTrailer);
  CopyBinaryParser parser;
  CopyRecord record;
  for (size_t i = 0; i < input.size(); ++i) {
    parser.Feed(input.substr(i, 1));
    Result<bool> next = parser.NextRecord(&record, 2);
    ASSERT_TRUE(next.ok()) << next.status().ToString();
    if (*next) {
      ASSERT_EQ(record.fields.size(), 2u);
      EXPECT_EQ(record.fields[0].value, std::string("\x00\x00\x00\x07", 4));
      EXPECT_TRUE(record.fields[1].is_null);
    }
  }
  parser.FinishInput();
  Result<bool> end = parser.NextRecord(&record, 2);
  ASSERT_TRUE(end.ok());
  EXPECT_FALSE(*end);
  EXPECT_TRUE(parser.at_end());

  CopyBinaryParser bad;
  bad.Feed("PGCOPXxxxxxxxxxxxxxxxxxxx");
  EXPECT_EQ(bad.NextRecord(&record, 1).status().message(), "COPY file signature not recognized");
  CopyBinaryParser wrong_count;
  wrong_count.Feed(std::string(CopyBinaryHeader()) + std::string("\x00\x03", 2));
  EXPECT_EQ(wrong_count.NextRecord(&record, 2).status().message(), "row field count is 3, expected 2");
}

TEST(CopyPrintout, LimitsTo100Bytes) {
  EXPECT_EQ(LimitCopyPrintout("abc"), "abc");
  std::string long_text(150, 'x');
  EXPECT_EQ(LimitCopyPrintout(long_text), std::string(100, 'x') + "...");
}

}  // namespace
}  // namespace augur::sql
