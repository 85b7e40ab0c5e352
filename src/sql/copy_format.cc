// COPY text/CSV/binary parsing and formatting; see copy_format.h. The rules
// (and error texts) follow PostgreSQL 15's CopyReadLineText,
// CopyReadAttributesText, CopyReadAttributesCSV, CopyReadBinaryData,
// CopyAttributeOutText and CopyAttributeOutCSV.
#include "sql/copy_format.h"

#include <arpa/inet.h>

#include <cassert>
#include <cstring>

#include "types/text_io.h"

namespace augur::sql {
namespace {

constexpr size_t kMaxPrintoutBytes = 100;  // PostgreSQL's MAX_COPY_DATA_DISPLAY

Status BadCopyFormat(std::string message) {
  return Status::Error("22P04" /* bad_copy_file_format */, std::move(message));
}

int OctalValue(char c) { return c - '0'; }
bool IsOctal(char c) { return c >= '0' && c <= '7'; }
int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Whether `bytes` are 7-bit ASCII without NUL, eight bytes at a time.
bool IsPlainAscii(std::string_view bytes) {
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  const char* data = bytes.data();
  const size_t size = bytes.size();
  size_t i = 0;
  for (; i + 8 <= size; i += 8) {
    uint64_t word;
    std::memcpy(&word, data + i, 8);
    // A byte >= 0x80, or a zero byte (the classic has-zero-byte test).
    if (((word | ((word - kOnes) & ~word)) & kHigh) != 0) return false;
  }
  for (; i < size; ++i) {
    unsigned char c = static_cast<unsigned char>(data[i]);
    if (c == 0 || c >= 0x80) return false;
  }
  return true;
}

// Fast check: only ASCII without NUL needs no full UTF-8 validation. Sets
// `*ascii` when the bytes were plain ASCII.
Status ValidateInputBytes(std::string_view bytes, bool* ascii) {
  *ascii = IsPlainAscii(bytes);
  if (*ascii) return Status::Ok();
  return types::ValidateUtf8(bytes);
}

bool ReadInt32At(std::string_view buffer, size_t position, int32_t* value) {
  if (buffer.size() - position < 4) return false;
  uint32_t network;
  std::memcpy(&network, buffer.data() + position, 4);
  *value = static_cast<int32_t>(ntohl(network));
  return true;
}

}  // namespace

std::string LimitCopyPrintout(std::string_view text) {
  if (text.size() <= kMaxPrintoutBytes) return std::string(text);
  std::string out(types::ClipUtf8(text, kMaxPrintoutBytes));
  out += "...";
  return out;
}

// ---------------------------------------------------------------------------
// Text and CSV input

CopyTextParser::CopyTextParser(CopyFormatOptions options)
    : options_(std::move(options)), csv_(options_.format == CopyFormat::kCsv) {}

void CopyTextParser::Feed(std::string_view data) {
  if (at_end_) return;  // after "\." everything up to CopyDone is ignored
  if (position_ > 0) {
    buffer_.erase(0, position_);
    position_ = 0;
  }
  buffer_.append(data);
}

Status CopyTextParser::BadFormat(std::string message, std::string hint) const {
  Status status = BadCopyFormat(std::move(message));
  if (!hint.empty()) status = std::move(status).WithHint(std::move(hint));
  return status;
}

// Scans from position_ for the end of one record. Returns true with
// [position_, *content_end) the record and *next_start the following one;
// false when more input is needed. At the end of the input (no more data) the
// rest of the buffer is the record. `*end_marker` is set for "\.".
Result<bool> CopyTextParser::FindRecordEnd(size_t* content_end, size_t* next_start, bool* end_marker) {
  const char* data = buffer_.data();
  const size_t size = buffer_.size();
  const char quote = options_.quote;
  const char escape = options_.escape;
  bool in_quote = false;
  bool last_was_escape = false;
  int64_t embedded_lines = 0;
  *end_marker = false;
  auto fail = [&](Status status) -> Result<bool> {
    line_number_ += 1 + embedded_lines;
    line_valid_ = false;
    return status;
  };
  // Text format with newline line ends (after the first line): a line
  // without backslash or carriage return ends at the next newline. memchr
  // finds the three bytes far faster than the byte loop below.
  if (!csv_ && end_of_line_ == EndOfLine::kNewline && position_ < size) {
    const char* start = data + position_;
    const size_t rest = size - position_;
    const char* newline = static_cast<const char*>(std::memchr(start, '\n', rest));
    if (newline != nullptr) {
      const size_t length = static_cast<size_t>(newline - start);
      if (std::memchr(start, '\\', length) == nullptr && std::memchr(start, '\r', length) == nullptr) {
        *content_end = position_ + length;
        *next_start = position_ + length + 1;
        line_number_ += 1;
        line_plain_ = true;
        return true;
      }
    }
  }
  line_plain_ = false;
  size_t i = position_;
  for (;;) {
    if (i >= size) {
      if (!input_finished_) return false;
      *content_end = size;
      *next_start = size;
      line_number_ += 1 + embedded_lines;
      return true;
    }
    const size_t char_start = i;
    char c = data[i++];
    if (csv_) {
      // With ESCAPE = QUOTE every quote toggles ("" inside quotes toggles
      // twice); otherwise an escape inside quotes protects the next quote.
      if (quote == escape) {
        if (c == quote) in_quote = !in_quote;
      } else {
        if (in_quote && c == escape) last_was_escape = !last_was_escape;
        if (c == quote && !last_was_escape) in_quote = !in_quote;
        if (c != escape) last_was_escape = false;
      }
      if (in_quote && c == (end_of_line_ == EndOfLine::kNewline ? '\n' : '\r')) ++embedded_lines;
    }
    if (c == '\r' && (!csv_ || !in_quote)) {
      if (end_of_line_ == EndOfLine::kUnknown || end_of_line_ == EndOfLine::kCrNewline) {
        if (i >= size && !input_finished_) return false;
        if (i < size && data[i] == '\n') {
          ++i;
          end_of_line_ = EndOfLine::kCrNewline;
        } else {
          if (end_of_line_ == EndOfLine::kCrNewline) {
            return fail(csv_ ? BadFormat("unquoted carriage return found in data",
                                         "Use quoted CSV field to represent carriage return.")
                             : BadFormat("literal carriage return found in data",
                                         "Use \"\\r\" to represent carriage return."));
          }
          end_of_line_ = EndOfLine::kCarriageReturn;
        }
      } else if (end_of_line_ == EndOfLine::kNewline) {
        return fail(csv_ ? BadFormat("unquoted carriage return found in data",
                                     "Use quoted CSV field to represent carriage return.")
                         : BadFormat("literal carriage return found in data",
                                     "Use \"\\r\" to represent carriage return."));
      }
      *content_end = char_start;
      *next_start = i;
      line_number_ += 1 + embedded_lines;
      return true;
    }
    if (c == '\n' && (!csv_ || !in_quote)) {
      if (end_of_line_ == EndOfLine::kCarriageReturn || end_of_line_ == EndOfLine::kCrNewline) {
        return fail(csv_ ? BadFormat("unquoted newline found in data",
                                     "Use quoted CSV field to represent newline.")
                         : BadFormat("literal newline found in data", "Use \"\\n\" to represent newline."));
      }
      end_of_line_ = EndOfLine::kNewline;
      *content_end = char_start;
      *next_start = i;
      line_number_ += 1 + embedded_lines;
      return true;
    }
    if (c == '\\' && (!csv_ || char_start == position_)) {
      if (i >= size) {
        if (!input_finished_) return false;
        continue;  // a backslash as the last input byte is data
      }
      if (data[i] == '.') {
        ++i;
        bool not_marker = false;
        if (end_of_line_ == EndOfLine::kCrNewline) {
          if (i >= size && !input_finished_) return false;
          char c2 = i < size ? data[i++] : '\0';
          if (c2 == '\n') {
            if (!csv_) return fail(BadFormat("end-of-copy marker does not match previous newline style"));
            not_marker = true;
          } else if (c2 != '\r') {
            if (!csv_) return fail(BadFormat("end-of-copy marker corrupt"));
            not_marker = true;
          }
        }
        if (!not_marker) {
          if (i >= size && !input_finished_) return false;
          char c2 = i < size ? data[i++] : '\0';
          if (c2 != '\r' && c2 != '\n') {
            if (!csv_) return fail(BadFormat("end-of-copy marker corrupt"));
            not_marker = true;
          } else if ((end_of_line_ == EndOfLine::kNewline && c2 != '\n') ||
                     (end_of_line_ == EndOfLine::kCrNewline && c2 != '\n') ||
                     (end_of_line_ == EndOfLine::kCarriageReturn && c2 != '\r')) {
            return fail(BadFormat("end-of-copy marker does not match previous newline style"));
          }
        }
        if (not_marker) {
          i = char_start + 1;  // CSV: "\." followed by more text is data
          continue;
        }
        *content_end = char_start;
        *next_start = size;
        *end_marker = true;
        line_number_ += 1 + embedded_lines;
        return true;
      }
      if (!csv_) ++i;  // text: the escaped character is never special
    }
  }
}

Result<bool> CopyTextParser::NextRecord(CopyRecord* record) {
  if (at_end_) return false;
  if (input_finished_ && position_ >= buffer_.size()) {
    at_end_ = true;
    return false;
  }
  size_t content_end = 0;
  size_t next_start = 0;
  bool end_marker = false;
  line_valid_ = false;
  ASSIGN_OR_RETURN(bool found, FindRecordEnd(&content_end, &next_start, &end_marker));
  if (!found) return false;
  std::string_view line(buffer_.data() + position_, content_end - position_);
  position_ = next_start;
  if (end_marker) {
    at_end_ = true;
    saw_end_marker_ = true;
    // Nothing before the marker: no record (PostgreSQL: EOF with an empty line buffer).
    if (line.empty()) return false;
  }
  current_line_ = line;
  bool ascii = false;
  RETURN_IF_ERROR(ValidateInputBytes(line, &ascii));
  line_valid_ = true;
  record->line = line;
  record->line_number = line_number_;
  if (!csv_ && line_plain_) {
    record->ascii = ascii;
    SplitPlainText(line, record);
    return true;
  }
  record->ascii = false;
  RETURN_IF_ERROR(csv_ ? SplitCsv(line, record) : SplitText(line, record));
  return true;
}

void CopyTextParser::SplitPlainText(std::string_view line, CopyRecord* record) {
  const char delimiter = options_.delimiter;
  const std::string_view null_string = options_.null_string;
  const char* data = line.data();
  const size_t size = line.size();
  size_t count = 0;
  size_t p = 0;
  for (;;) {
    const char* found = static_cast<const char*>(std::memchr(data + p, delimiter, size - p));
    const size_t end = found != nullptr ? static_cast<size_t>(found - data) : size;
    if (count == record->fields.size()) record->fields.emplace_back();
    CopyField& field = record->fields[count++];
    std::string_view raw(data + p, end - p);
    field.is_null = raw == null_string;
    field.value = field.is_null ? std::string_view() : raw;
    if (found == nullptr) break;
    p = end + 1;
  }
  record->fields.resize(count);
}

Status CopyTextParser::SplitText(std::string_view line, CopyRecord* record) {
  field_bytes_.clear();
  field_spans_.clear();
  const char delimiter = options_.delimiter;
  const std::string_view null_string = options_.null_string;
  const char* data = line.data();
  const size_t size = line.size();
  size_t p = 0;
  bool saw_non_ascii = false;
  for (;;) {
    const size_t raw_start = p;
    size_t raw_end = p;
    const size_t out_start = field_bytes_.size();
    bool found_delimiter = false;
    for (;;) {
      // Copy the run of ordinary bytes in one append.
      size_t run = p;
      while (run < size && data[run] != delimiter && data[run] != '\\') ++run;
      field_bytes_.append(data + p, run - p);
      p = run;
      raw_end = p;
      if (p >= size) break;
      char c = data[p++];
      if (c == delimiter) {
        found_delimiter = true;
        break;
      }
      // Backslash escape.
      if (p >= size) break;  // a trailing backslash is dropped
      c = data[p++];
      switch (c) {
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
          int value = OctalValue(c);
          if (p < size && IsOctal(data[p])) {
            value = (value << 3) + OctalValue(data[p++]);
            if (p < size && IsOctal(data[p])) value = (value << 3) + OctalValue(data[p++]);
          }
          c = static_cast<char>(value & 0377);
          if (c == '\0' || (c & 0x80) != 0) saw_non_ascii = true;
          break;
        }
        case 'x':
          if (p < size && HexValue(data[p]) >= 0) {
            int value = HexValue(data[p++]);
            if (p < size && HexValue(data[p]) >= 0) value = (value << 4) + HexValue(data[p++]);
            c = static_cast<char>(value & 0xff);
            if (c == '\0' || (c & 0x80) != 0) saw_non_ascii = true;
          }
          break;
        case 'b': c = '\b'; break;
        case 'f': c = '\f'; break;
        case 'n': c = '\n'; break;
        case 'r': c = '\r'; break;
        case 't': c = '\t'; break;
        case 'v': c = '\v'; break;
        default: break;  // any other character stands for itself
      }
      field_bytes_.push_back(c);
    }
    std::string_view raw(data + raw_start, raw_end - raw_start);
    uint32_t length = static_cast<uint32_t>(field_bytes_.size() - out_start);
    if (raw == null_string) length = UINT32_MAX;  // marks NULL
    if (saw_non_ascii && length != UINT32_MAX) {
      RETURN_IF_ERROR(types::ValidateUtf8(std::string_view(field_bytes_).substr(out_start)));
    }
    saw_non_ascii = false;
    field_spans_.emplace_back(static_cast<uint32_t>(out_start), length);
    if (!found_delimiter) break;
  }
  record->fields.resize(field_spans_.size());
  for (size_t i = 0; i < field_spans_.size(); ++i) {
    auto [offset, length] = field_spans_[i];
    CopyField& field = record->fields[i];
    field.is_null = length == UINT32_MAX;
    field.value = field.is_null ? std::string_view() : std::string_view(field_bytes_).substr(offset, length);
  }
  return Status::Ok();
}

Status CopyTextParser::SplitCsv(std::string_view line, CopyRecord* record) {
  field_bytes_.clear();
  field_spans_.clear();
  const char delimiter = options_.delimiter;
  const char quote = options_.quote;
  const char escape = options_.escape;
  const std::string_view null_string = options_.null_string;
  const char* data = line.data();
  const size_t size = line.size();
  size_t p = 0;
  for (;;) {
    const size_t raw_start = p;
    size_t raw_end = p;
    const size_t out_start = field_bytes_.size();
    bool found_delimiter = false;
    bool saw_quote = false;
    bool done = false;
    while (!done) {
      // Not in quotes.
      for (;;) {
        raw_end = p;
        if (p >= size) {
          done = true;
          break;
        }
        char c = data[p++];
        if (c == delimiter) {
          found_delimiter = true;
          done = true;
          break;
        }
        if (c == quote) {
          saw_quote = true;
          break;
        }
        field_bytes_.push_back(c);
      }
      if (done) break;
      // In quotes.
      for (;;) {
        raw_end = p;
        if (p >= size) return BadCopyFormat("unterminated CSV quoted field");
        char c = data[p++];
        if (c == escape && p < size && (data[p] == escape || data[p] == quote)) {
          field_bytes_.push_back(data[p++]);
          continue;
        }
        if (c == quote) break;
        field_bytes_.push_back(c);
      }
    }
    std::string_view raw(data + raw_start, raw_end - raw_start);
    uint32_t length = static_cast<uint32_t>(field_bytes_.size() - out_start);
    if (!saw_quote && raw == null_string) length = UINT32_MAX;
    field_spans_.emplace_back(static_cast<uint32_t>(out_start), length);
    if (!found_delimiter) break;
  }
  record->fields.resize(field_spans_.size());
  for (size_t i = 0; i < field_spans_.size(); ++i) {
    auto [offset, length] = field_spans_[i];
    CopyField& field = record->fields[i];
    field.is_null = length == UINT32_MAX;
    field.value = field.is_null ? std::string_view() : std::string_view(field_bytes_).substr(offset, length);
  }
  return Status::Ok();
}

// ---------------------------------------------------------------------------
// Binary input

std::string_view CopyBinaryHeader() {
  static constexpr char kHeader[] = "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0";
  return std::string_view(kHeader, 19);
}

void CopyBinaryParser::Feed(std::string_view data) {
  if (position_ > 0) {
    buffer_.erase(0, position_);
    position_ = 0;
  }
  buffer_.append(data);
}

Result<bool> CopyBinaryParser::NextRecord(CopyRecord* record, size_t expected_fields) {
  if (at_end_) return false;
  std::string_view buffer(buffer_);
  if (!header_done_) {
    // Signature, flags, extension length, extension.
    size_t p = position_;
    if (buffer.size() - p < 11) {
      if (!input_finished_) return false;
      return BadCopyFormat("COPY file signature not recognized");
    }
    if (buffer.substr(p, 11) != CopyBinaryHeader().substr(0, 11)) {
      return BadCopyFormat("COPY file signature not recognized");
    }
    p += 11;
    int32_t flags = 0;
    if (!ReadInt32At(buffer, p, &flags)) {
      if (!input_finished_) return false;
      return BadCopyFormat("invalid COPY file header (missing flags)");
    }
    p += 4;
    if ((flags & (1 << 16)) != 0) return BadCopyFormat("invalid COPY file header (WITH OIDS)");
    if ((static_cast<uint32_t>(flags) & ~(1u << 16)) >> 16 != 0) {
      return BadCopyFormat("unrecognized critical flags in COPY file header");
    }
    int32_t extension = 0;
    if (!ReadInt32At(buffer, p, &extension) || extension < 0) {
      if (!input_finished_ && extension >= 0) return false;
      return BadCopyFormat("invalid COPY file header (missing length)");
    }
    p += 4;
    if (buffer.size() - p < static_cast<size_t>(extension)) {
      if (!input_finished_) return false;
      return BadCopyFormat("invalid COPY file header (wrong length)");
    }
    p += static_cast<size_t>(extension);
    position_ = p;
    header_done_ = true;
  }
  size_t p = position_;
  if (buffer.size() - p < 2) {
    if (!input_finished_) return false;
    if (buffer.size() - p == 0) {
      at_end_ = true;
      return false;
    }
    ++line_number_;
    return BadCopyFormat("unexpected EOF in COPY data");
  }
  int16_t field_count = static_cast<int16_t>((static_cast<uint8_t>(buffer[p]) << 8) | static_cast<uint8_t>(buffer[p + 1]));
  if (field_count == -1) {
    // The trailer; nothing may follow it.
    if (buffer.size() - p > 2) {
      ++line_number_;
      return BadCopyFormat("received copy data after EOF marker");
    }
    if (!input_finished_) return false;
    at_end_ = true;
    return false;
  }
  if (field_count != static_cast<int>(expected_fields)) {
    ++line_number_;
    return BadCopyFormat("row field count is " + std::to_string(field_count) + ", expected " +
                         std::to_string(expected_fields));
  }
  p += 2;
  record->fields.resize(expected_fields);
  for (size_t i = 0; i < expected_fields; ++i) {
    int32_t length = 0;
    if (!ReadInt32At(buffer, p, &length)) {
      if (!input_finished_) return false;
      ++line_number_;
      return BadCopyFormat("unexpected EOF in COPY data");
    }
    p += 4;
    if (length == -1) {
      record->fields[i] = CopyField{std::string_view(), true};
      continue;
    }
    if (length < -1) {
      ++line_number_;
      return BadCopyFormat("invalid field size");
    }
    if (buffer.size() - p < static_cast<size_t>(length)) {
      if (!input_finished_) return false;
      ++line_number_;
      return BadCopyFormat("unexpected EOF in COPY data");
    }
    record->fields[i] = CopyField{buffer.substr(p, static_cast<size_t>(length)), false};
    p += static_cast<size_t>(length);
  }
  position_ = p;
  ++line_number_;
  record->line_number = line_number_;
  record->line = std::string_view();
  return true;
}

// ---------------------------------------------------------------------------
// Output

void AppendCopyTextField(std::string_view value, char delimiter, std::string* out) {
  const char* data = value.data();
  const size_t size = value.size();
  // Most values need no escaping: find the first byte that does, if any,
  // eight bytes at a time (a byte < 0x20, a backslash or the delimiter; the
  // has-less-than and has-zero-byte word tricks).
  size_t first = 0;
  const unsigned char delimiter_byte = static_cast<unsigned char>(delimiter);
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  const uint64_t backslashes = kOnes * static_cast<unsigned char>('\\');
  const uint64_t delimiters = kOnes * delimiter_byte;
  for (; first + 8 <= size; first += 8) {
    uint64_t word;
    std::memcpy(&word, data + first, 8);
    const uint64_t control = (word - kOnes * 0x20) & ~word;
    const uint64_t b = word ^ backslashes;
    const uint64_t d = word ^ delimiters;
    if (((control | ((b - kOnes) & ~b) | ((d - kOnes) & ~d)) & kHigh) != 0) break;
  }
  while (first < size) {
    const unsigned char c = static_cast<unsigned char>(data[first]);
    if (c < 0x20 || c == '\\' || c == delimiter_byte) break;
    ++first;
  }
  if (first == size) {
    out->append(data, size);
    return;
  }
  size_t start = 0;
  for (size_t i = first; i < size; ++i) {
    char c = data[i];
    char escaped;
    if (static_cast<unsigned char>(c) < 0x20) {
      switch (c) {
        case '\b': escaped = 'b'; break;
        case '\f': escaped = 'f'; break;
        case '\n': escaped = 'n'; break;
        case '\r': escaped = 'r'; break;
        case '\t': escaped = 't'; break;
        case '\v': escaped = 'v'; break;
        default:
          if (c != delimiter) continue;
          escaped = c;
          break;
      }
    } else if (c == '\\' || c == delimiter) {
      escaped = c;
    } else {
      continue;
    }
    out->append(data + start, i - start);
    out->push_back('\\');
    out->push_back(escaped);
    start = i + 1;
  }
  out->append(data + start, size - start);
}

void AppendCopyCsvField(std::string_view value, const CopyFormatOptions& options, bool force_quote,
                        bool single_column, std::string* out) {
  bool use_quote = force_quote || value == options.null_string;
  if (!use_quote) {
    if (single_column && value == "\\.") {
      use_quote = true;
    } else {
      for (char c : value) {
        if (c == options.delimiter || c == options.quote || c == '\n' || c == '\r') {
          use_quote = true;
          break;
        }
      }
    }
  }
  if (!use_quote) {
    out->append(value);
    return;
  }
  out->push_back(options.quote);
  size_t start = 0;
  for (size_t i = 0; i < value.size(); ++i) {
    char c = value[i];
    if (c == options.quote || c == options.escape) {
      out->append(value.data() + start, i - start);
      out->push_back(options.escape);
      start = i;  // the character itself goes out with the next run
    }
  }
  out->append(value.data() + start, value.size() - start);
  out->push_back(options.quote);
}

}  // namespace augur::sql
