// COPY data formats: splitting COPY FROM input into records and fields, and
// writing COPY TO fields, in PostgreSQL 15's text, CSV and binary formats
// (copyfromparse.c / copyto.c). Pure byte work: no catalog, no types beyond
// UTF-8 validation, so the rules can be unit-tested in isolation
// (copy_format_test.cc) and the engine's load loop stays a plain loop.
//
// Text format: one record per line; fields split by the delimiter; backslash
// escapes \b \f \n \r \t \v \\, \ooo (octal), \xhh (hex), "\<c>" = c; a field
// whose raw bytes equal the NULL string ("\N") is NULL; "\." ends the data.
// CSV: fields may be quoted; quotes are doubled (or preceded by ESCAPE) inside
// a quoted field; quoted fields may hold delimiters and newlines; an unquoted
// field equal to the NULL string ("" by default) is NULL; "\." alone on a
// line ends the data.
// Lines end in \n, \r\n or \r — the first line fixes which, as in PostgreSQL.
//
// Thread-safety: one thread per object.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"

namespace augur::sql {

enum class CopyFormat : uint8_t { kText, kCsv, kBinary };

// What the parser and formatter need from COPY's options (copy.h has the rest).
struct CopyFormatOptions {
  CopyFormat format = CopyFormat::kText;
  char delimiter = '\t';        // ',' for CSV
  std::string null_string = "\\N";  // "" for CSV
  char quote = '"';             // CSV only
  char escape = '"';            // CSV only; defaults to quote
};

// One field of a parsed record. `value` is the de-escaped (de-quoted) bytes,
// valid until the next NextRecord()/Feed() call.
struct CopyField {
  std::string_view value;
  bool is_null = false;
};

// One input record.
struct CopyRecord {
  std::string_view line;         // the raw record without its line end (error context)
  std::vector<CopyField> fields; // text/CSV: the fields; binary: see BinaryRecord
  int64_t line_number = 0;       // PostgreSQL's cur_lineno for this record
  // Text/CSV: every field is 7-bit ASCII (the line is, and no escape made a
  // byte >= 0x80), so a field's length in characters is its size in bytes.
  bool ascii = false;
};

// Incremental text/CSV record splitter. Usage:
//   parser.Feed(chunk) ... while (parser.NextRecord(&r) is true) use r;
//   parser.FinishInput(); then drain NextRecord again.
// NextRecord returns false when it needs more input, or at the end (after
// FinishInput() or the "\." marker: then at_end() is true).
// Errors are 22P04 / 22021 with PostgreSQL's messages; `line_number()` then
// tells the line for the error context.
class CopyTextParser {
 public:
  explicit CopyTextParser(CopyFormatOptions options);

  void Feed(std::string_view data);
  void FinishInput() { input_finished_ = true; }
  Result<bool> NextRecord(CopyRecord* record);

  // True once the end-of-data marker was seen or all input was consumed.
  bool at_end() const { return at_end_; }
  bool saw_end_marker() const { return saw_end_marker_; }
  int64_t line_number() const { return line_number_; }
  // The raw bytes of the record being read when an error happened, if the
  // line was complete (PostgreSQL prints it only then).
  bool line_valid() const { return line_valid_; }
  std::string_view current_line() const { return current_line_; }
  // Bytes buffered and not yet returned (bounded by one record plus one chunk).
  size_t buffered_bytes() const { return buffer_.size() - position_; }

 private:
  enum class EndOfLine : uint8_t { kUnknown, kNewline, kCarriageReturn, kCrNewline };
  // Finds the end of the record starting at position_. Returns false when the
  // buffer holds no complete record yet.
  Result<bool> FindRecordEnd(size_t* content_end, size_t* next_start, bool* end_marker);
  Status SplitText(std::string_view line, CopyRecord* record);
  // SplitText for a line without backslashes: fields point into the line.
  void SplitPlainText(std::string_view line, CopyRecord* record);
  Status SplitCsv(std::string_view line, CopyRecord* record);
  Status BadFormat(std::string message, std::string hint = {}) const;

  CopyFormatOptions options_;
  bool csv_;
  std::string buffer_;
  size_t position_ = 0;       // start of the next record in buffer_
  bool input_finished_ = false;
  bool at_end_ = false;
  bool saw_end_marker_ = false;
  EndOfLine end_of_line_ = EndOfLine::kUnknown;
  int64_t line_number_ = 0;
  bool line_valid_ = false;
  bool line_plain_ = false;  // FindRecordEnd's fast path: no backslash in the line
  std::string_view current_line_;
  std::string field_bytes_;                 // de-escaped fields of the current record
  std::vector<std::pair<uint32_t, uint32_t>> field_spans_;  // offset, length in field_bytes_
};

// Incremental reader of PostgreSQL's binary COPY format (header, tuples,
// trailer). Field values are the types' binary representations.
class CopyBinaryParser {
 public:
  void Feed(std::string_view data);
  void FinishInput() { input_finished_ = true; }
  // Next tuple: fields[i].value holds the binary bytes (is_null for -1).
  // Errors: 22P04 "COPY file signature not recognized", "row field count is
  // %d, expected %d", "unexpected EOF in COPY data", "invalid field size", ...
  Result<bool> NextRecord(CopyRecord* record, size_t expected_fields);
  bool at_end() const { return at_end_; }
  int64_t line_number() const { return line_number_; }

 private:
  std::string buffer_;
  size_t position_ = 0;
  bool input_finished_ = false;
  bool header_done_ = false;
  bool at_end_ = false;
  int64_t line_number_ = 0;
};

// The binary COPY file header (signature, flags 0, extension length 0) and trailer.
std::string_view CopyBinaryHeader();
inline constexpr std::string_view kCopyBinaryTrailer{"\xff\xff", 2};

// Appends one field in text format: backslash-escapes '\\', the delimiter and
// control characters (\b \f \n \r \t \v).
void AppendCopyTextField(std::string_view value, char delimiter, std::string* out);
// Appends one field in CSV format, quoted when `force_quote`, when it equals
// the NULL string, contains the delimiter, quote, \r or \n, or is "\." as the
// only column (`single_column`).
void AppendCopyCsvField(std::string_view value, const CopyFormatOptions& options, bool force_quote,
                        bool single_column, std::string* out);

// The first `max_bytes` (100) of `text` on a UTF-8 boundary plus "..." when
// cut, as PostgreSQL's COPY error context prints values and lines.
std::string LimitCopyPrintout(std::string_view text);

}  // namespace augur::sql
