// COPY statement execution; see copy.h. Option checks follow PostgreSQL 15's
// ProcessCopyOptions (copy.c) message for message, in the same order.
#include "sql/copy.h"

#include <algorithm>
#include <cstring>
#include <optional>

#include "exec/result_encoder.h"
#include "sql/engine_impl.h"
#include "sql/table_source.h"
#include "types/binary_io.h"
#include "types/text_io.h"

namespace augur::sql {
namespace {

using types::SqlType;

constexpr std::string_view kCopyFileHint =
    "Anyone can COPY to stdout or from stdin. psql's \\copy command also works for anyone.";

Status AtLocation(Status status, PgNode node) {
  int location = node.Location();
  if (location >= 0) status.SetPosition(location + 1);
  return status;
}

Status Conflicting(PgNode def) {
  return AtLocation(Status::Error(sqlstate::kSyntaxError, "conflicting or redundant options"), def);
}

// defGetString: the option's argument as text.
Result<std::string> DefString(PgNode def) {
  PgNode arg = def.Field("arg");
  std::string name(def.Str("defname"));
  if (!arg) return Status::Error(sqlstate::kSyntaxError, name + " requires a parameter");
  std::string_view tag = arg.Tag();
  if (tag == "String") return std::string(arg.Field("sval").AsString());
  if (tag == "Integer") return std::to_string(arg.Field("ival").AsInt(0));
  if (tag == "Float") return std::string(arg.Field("fval").AsString());
  if (tag == "Boolean") return std::string(arg.Field("boolval").AsBool() ? "true" : "false");
  if (tag == "A_Star") return std::string("*");
  return Status::Error(sqlstate::kSyntaxError, name + " requires a parameter");
}

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// defGetBoolean.
Result<bool> DefBoolean(PgNode def) {
  PgNode arg = def.Field("arg");
  if (!arg) return true;
  if (arg.Is("Integer")) {
    int64_t value = arg.Field("ival").AsInt(0);
    if (value == 0 || value == 1) return value == 1;
  } else {
    ASSIGN_OR_RETURN(std::string text, DefString(def));
    std::string lower = Lower(text);
    if (lower == "true" || lower == "on") return true;
    if (lower == "false" || lower == "off") return false;
  }
  return Status::Error(sqlstate::kSyntaxError, std::string(def.Str("defname")) + " requires a Boolean value");
}

Result<std::vector<std::string>> DefColumnList(PgNode def) {
  PgNode arg = def.Field("arg");
  if (!arg || !arg.Is("List")) {
    return AtLocation(Status::Error(sqlstate::kInvalidParameterValue,
                                    "argument to option \"" + std::string(def.Str("defname")) +
                                        "\" must be a list of column names"),
                      def);
  }
  std::vector<std::string> names;
  for (PgNode item : arg.List("items")) names.emplace_back(item.StringValue());
  return names;
}

bool IsUtf8EncodingName(std::string_view name) {
  std::string lower;
  for (char c : name) {
    if (c == '-' || c == '_') continue;  // pg_char_to_encoding ignores these
    lower.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return lower == "utf8" || lower == "unicode";
}

// Known encodings other than UTF8 that PostgreSQL would accept by name; COPY
// with them is 0A000 here (no transcoding).
bool IsOtherEncodingName(std::string_view name) {
  static const char* const kNames[] = {"sqlascii", "latin1", "latin2", "latin9", "win1252", "win1251",
                                       "euc_jp",   "eucjp",  "sjis",   "gbk",    "big5",    "koi8r"};
  std::string lower = Lower(name);
  std::erase(lower, '-');
  for (const char* known : kNames) {
    std::string k(known);
    std::erase(k, '_');
    std::string l = lower;
    std::erase(l, '_');
    if (k == l) return true;
  }
  return false;
}

std::string QuoteName(std::string_view name) { return "\"" + std::string(name) + "\""; }

}  // namespace

Result<CopyOptions> ParseCopyOptions(PgNode copy_stmt, bool is_from) {
  CopyOptions options;
  bool format_set = false, freeze_set = false, header_set = false, force_quote_set = false;
  bool force_not_null_set = false, force_null_set = false, encoding_set = false;
  std::optional<std::string> delimiter, null_string, quote, escape;
  bool binary = false, csv = false;
  for (PgNode def : copy_stmt.List("options")) {
    std::string name(def.Str("defname"));
    if (name == "format") {
      ASSIGN_OR_RETURN(std::string format, DefString(def));
      if (format_set) return Conflicting(def);
      format_set = true;
      if (format == "text") {
      } else if (format == "csv") {
        csv = true;
      } else if (format == "binary") {
        binary = true;
      } else {
        return AtLocation(Status::Error(sqlstate::kInvalidParameterValue, "COPY format \"" + format + "\" not recognized"),
                          def);
      }
    } else if (name == "freeze") {
      if (freeze_set) return Conflicting(def);
      freeze_set = true;
      ASSIGN_OR_RETURN(options.freeze, DefBoolean(def));
    } else if (name == "delimiter" || name == "null" || name == "quote" || name == "escape") {
      std::optional<std::string>& slot =
          name == "delimiter" ? delimiter : name == "null" ? null_string : name == "quote" ? quote : escape;
      if (slot) return Conflicting(def);
      ASSIGN_OR_RETURN(std::string value, DefString(def));
      slot = std::move(value);
    } else if (name == "header") {
      if (header_set) return Conflicting(def);
      header_set = true;
      PgNode arg = def.Field("arg");
      bool valid = false;
      if (!arg) {
        options.header = valid = true;
      } else if (arg.Is("Integer")) {
        int64_t value = arg.Field("ival").AsInt(0);
        if (value == 0 || value == 1) {
          options.header = value == 1;
          valid = true;
        }
      } else {
        ASSIGN_OR_RETURN(std::string text, DefString(def));
        std::string lower = Lower(text);
        if (lower == "true" || lower == "on") {
          options.header = valid = true;
        } else if (lower == "false" || lower == "off") {
          valid = true;
        } else if (lower == "match") {
          if (!is_from) {
            return Status::Error(sqlstate::kFeatureNotSupported, "cannot use \"" + text + "\" with HEADER in COPY TO");
          }
          options.header = options.header_match = valid = true;
        }
      }
      if (!valid) return Status::Error(sqlstate::kSyntaxError, "header requires a Boolean value or \"match\"");
    } else if (name == "force_quote") {
      if (force_quote_set) return Conflicting(def);
      force_quote_set = true;
      PgNode arg = def.Field("arg");
      if (arg && arg.Is("A_Star")) {
        options.force_quote_all = true;
      } else {
        ASSIGN_OR_RETURN(options.force_quote, DefColumnList(def));
      }
    } else if (name == "force_not_null") {
      if (force_not_null_set) return Conflicting(def);
      force_not_null_set = true;
      ASSIGN_OR_RETURN(options.force_not_null, DefColumnList(def));
    } else if (name == "force_null") {
      if (force_null_set) return Conflicting(def);
      force_null_set = true;
      ASSIGN_OR_RETURN(options.force_null, DefColumnList(def));
    } else if (name == "encoding") {
      if (encoding_set) return Conflicting(def);
      encoding_set = true;
      ASSIGN_OR_RETURN(std::string encoding, DefString(def));
      if (!IsUtf8EncodingName(encoding)) {
        if (IsOtherEncodingName(encoding)) {
          return Status::NotSupported("COPY with ENCODING '" + encoding + "' (only UTF8)");
        }
        return AtLocation(Status::Error(sqlstate::kInvalidParameterValue,
                                        "argument to option \"encoding\" must be a valid encoding name"),
                          def);
      }
    } else {
      return AtLocation(Status::Error(sqlstate::kSyntaxError, "option \"" + name + "\" not recognized"), def);
    }
  }

  if (binary && delimiter) return Status::Error(sqlstate::kSyntaxError, "cannot specify DELIMITER in BINARY mode");
  if (binary && null_string) return Status::Error(sqlstate::kSyntaxError, "cannot specify NULL in BINARY mode");
  std::string delimiter_text = delimiter ? *delimiter : (csv ? "," : "\t");
  options.null_string = null_string ? *null_string : (csv ? "" : "\\N");
  if (csv) {
    if (!quote) quote = "\"";
    if (!escape) escape = *quote;
  }
  if (delimiter_text.size() != 1) {
    return Status::Error(sqlstate::kFeatureNotSupported, "COPY delimiter must be a single one-byte character");
  }
  if (delimiter_text[0] == '\r' || delimiter_text[0] == '\n') {
    return Status::Error(sqlstate::kInvalidParameterValue, "COPY delimiter cannot be newline or carriage return");
  }
  if (options.null_string.find_first_of("\r\n") != std::string::npos) {
    return Status::Error(sqlstate::kInvalidParameterValue,
                         "COPY null representation cannot use newline or carriage return");
  }
  if (!csv && std::string_view("\\.abcdefghijklmnopqrstuvwxyz0123456789").find(delimiter_text[0]) !=
                  std::string_view::npos) {
    return Status::Error(sqlstate::kInvalidParameterValue, "COPY delimiter cannot be \"" + delimiter_text + "\"");
  }
  if (binary && options.header) {
    return Status::Error(sqlstate::kFeatureNotSupported, "cannot specify HEADER in BINARY mode");
  }
  if (!csv && quote) return Status::Error(sqlstate::kFeatureNotSupported, "COPY quote available only in CSV mode");
  if (csv && quote->size() != 1) {
    return Status::Error(sqlstate::kFeatureNotSupported, "COPY quote must be a single one-byte character");
  }
  if (csv && delimiter_text[0] == (*quote)[0]) {
    return Status::Error(sqlstate::kInvalidParameterValue, "COPY delimiter and quote must be different");
  }
  if (!csv && escape) return Status::Error(sqlstate::kFeatureNotSupported, "COPY escape available only in CSV mode");
  if (csv && escape->size() != 1) {
    return Status::Error(sqlstate::kFeatureNotSupported, "COPY escape must be a single one-byte character");
  }
  const bool any_force_quote = options.force_quote_all || !options.force_quote.empty();
  if (!csv && any_force_quote) {
    return Status::Error(sqlstate::kFeatureNotSupported, "COPY force quote available only in CSV mode");
  }
  if (any_force_quote && is_from) {
    return Status::Error(sqlstate::kFeatureNotSupported, "COPY force quote only available using COPY TO");
  }
  if (!csv && !options.force_not_null.empty()) {
    return Status::Error(sqlstate::kFeatureNotSupported, "COPY force not null available only in CSV mode");
  }
  if (!options.force_not_null.empty() && !is_from) {
    return Status::Error(sqlstate::kFeatureNotSupported, "COPY force not null only available using COPY FROM");
  }
  if (!csv && !options.force_null.empty()) {
    return Status::Error(sqlstate::kFeatureNotSupported, "COPY force null available only in CSV mode");
  }
  if (!options.force_null.empty() && !is_from) {
    return Status::Error(sqlstate::kFeatureNotSupported, "COPY force null only available using COPY FROM");
  }
  if (options.null_string.find(delimiter_text[0]) != std::string::npos) {
    return Status::Error(sqlstate::kInvalidParameterValue, "COPY delimiter must not appear in the NULL specification");
  }
  if (csv && options.null_string.find((*quote)[0]) != std::string::npos) {
    return Status::Error(sqlstate::kInvalidParameterValue,
                         "CSV quote character must not appear in the NULL specification");
  }
  options.format = binary ? CopyFormat::kBinary : csv ? CopyFormat::kCsv : CopyFormat::kText;
  options.delimiter = delimiter_text[0];
  if (csv) {
    options.quote = (*quote)[0];
    options.escape = (*escape)[0];
  }
  return options;
}

namespace {

// ---------------------------------------------------------------------------
// COPY FROM: the row source

// How one target column's text is turned into its vector value.
enum class FieldKind : uint8_t { kInt2, kInt4, kInt8, kText, kVarcharLimited, kBpchar, kGeneric };

FieldKind FieldKindFor(SqlType type) {
  switch (type.oid) {
    case types::kInt2Oid: return FieldKind::kInt2;
    case types::kInt4Oid: return FieldKind::kInt4;
    case types::kInt8Oid: return FieldKind::kInt8;
    case types::kTextOid: return FieldKind::kText;
    case types::kVarcharOid: return type.typmod < 4 ? FieldKind::kText : FieldKind::kVarcharLimited;
    case types::kBpcharOid: return type.typmod < 4 ? FieldKind::kGeneric : FieldKind::kBpchar;
    default: return FieldKind::kGeneric;
  }
}

class CopyFromSource final : public exec::ChunkSource {
 public:
  CopyFromSource(ResultSink& sink, const CopyOptions& options, std::string table_name, std::vector<std::string> names,
                 std::vector<SqlType> types, std::vector<bool> force_not_null, std::vector<bool> force_null)
      : sink_(sink),
        options_(options),
        table_name_(std::move(table_name)),
        names_(std::move(names)),
        types_(std::move(types)),
        force_not_null_(std::move(force_not_null)),
        force_null_(std::move(force_null)),
        binary_(options.format == CopyFormat::kBinary),
        text_parser_(options) {
    for (const SqlType& type : types_) kinds_.push_back(FieldKindFor(type));
    header_pending_ = options.header;
  }

  std::vector<SqlType> types() const override { return types_; }
  Status Open(exec::ExecContext& context) override {
    context_ = &context;
    return Status::Ok();
  }
  Result<bool> Fill(exec::DataChunk& out) override;
  std::string ExplainText() const override { return "Copy From " + table_name_; }

  // Line number and raw line of physical row `row` of the last chunk.
  int64_t LineNumberOf(uint32_t row) const { return line_numbers_[row]; }
  std::string_view LineOf(uint32_t row) const {
    return std::string_view(lines_).substr(line_offsets_[row], line_offsets_[row + 1] - line_offsets_[row]);
  }
  bool binary() const { return binary_; }
  // Reads and drops input up to CopyDone (after "\." or an error).
  Status DrainInput();

 private:
  Result<bool> NextRecord();
  Status LineContext(Status status) const;
  Status ConvertField(const CopyField& field, bool ascii, size_t column, exec::Vector& vector, uint32_t row);
  Status CheckHeader();

  ResultSink& sink_;
  const CopyOptions& options_;
  std::string table_name_;
  std::vector<std::string> names_;
  std::vector<SqlType> types_;
  std::vector<FieldKind> kinds_;
  std::vector<bool> force_not_null_;
  std::vector<bool> force_null_;
  bool binary_;
  CopyTextParser text_parser_;
  CopyBinaryParser binary_parser_;
  CopyRecord record_;
  bool input_done_ = false;
  bool header_pending_ = false;
  exec::ExecContext* context_ = nullptr;
  std::vector<int64_t> line_numbers_ = std::vector<int64_t>(exec::kVectorSize);
  std::string lines_;
  std::vector<uint32_t> line_offsets_;
};

Status CopyFromSource::LineContext(Status status) const {
  if (!status.context().empty()) return status;
  int64_t line = binary_ ? binary_parser_.line_number() : text_parser_.line_number();
  std::string context = "COPY " + table_name_ + ", line " + std::to_string(line);
  if (!binary_ && text_parser_.line_valid()) {
    context += ": \"" + LimitCopyPrintout(text_parser_.current_line()) + "\"";
  }
  return std::move(status).WithContext(std::move(context));
}

// The next input record, pulling CopyData as needed; false at the end.
Result<bool> CopyFromSource::NextRecord() {
  for (;;) {
    Result<bool> found = binary_ ? binary_parser_.NextRecord(&record_, types_.size())
                                 : text_parser_.NextRecord(&record_);
    if (!found.ok()) {
      // Errors of the file header have no line context in PostgreSQL.
      if (binary_ && binary_parser_.line_number() == 0) return found.TakeStatus();
      return LineContext(found.TakeStatus());
    }
    if (*found) return true;
    bool at_end = binary_ ? binary_parser_.at_end() : text_parser_.at_end();
    if (at_end) {
      RETURN_IF_ERROR(DrainInput());
      return false;
    }
    std::string_view data;
    Result<bool> read = sink_.ReadCopyData(&data);
    if (!read.ok()) {
      // CopyFail or a protocol error while reading the next line.
      int64_t line = (binary_ ? binary_parser_.line_number() : text_parser_.line_number()) + 1;
      return read.TakeStatus().WithContext("COPY " + table_name_ + ", line " + std::to_string(line));
    }
    bool more = *read;
    if (!more) {
      input_done_ = true;
      if (binary_) {
        binary_parser_.FinishInput();
      } else {
        text_parser_.FinishInput();
      }
    } else if (binary_) {
      binary_parser_.Feed(data);
    } else {
      text_parser_.Feed(data);
    }
  }
}

Status CopyFromSource::DrainInput() {
  while (!input_done_) {
    std::string_view data;
    Result<bool> read = sink_.ReadCopyData(&data);
    if (!read.ok()) {
      // CopyFail or a protocol error while reading the next line.
      int64_t line = (binary_ ? binary_parser_.line_number() : text_parser_.line_number()) + 1;
      return read.TakeStatus().WithContext("COPY " + table_name_ + ", line " + std::to_string(line));
    }
    bool more = *read;
    if (!more) {
      input_done_ = true;
    } else if (binary_ && !data.empty()) {
      return Status::Error("22P04", "received copy data after EOF marker")
          .WithContext("COPY " + table_name_ + ", line " + std::to_string(binary_parser_.line_number() + 1));
    }
  }
  return Status::Ok();
}

Status CopyFromSource::CheckHeader() {
  if (!options_.header_match) return Status::Ok();
  if (record_.fields.size() != names_.size()) {
    return LineContext(Status::Error("22P04", "wrong number of fields in header line: got " +
                                                  std::to_string(record_.fields.size()) + ", expected " +
                                                  std::to_string(names_.size())));
  }
  for (size_t i = 0; i < names_.size(); ++i) {
    const CopyField& field = record_.fields[i];
    if (field.is_null) {
      return LineContext(Status::Error("22P04", "column name mismatch in header line field " + std::to_string(i + 1) +
                                                    ": got null value (\"" + options_.null_string +
                                                    "\"), expected \"" + names_[i] + "\""));
    }
    if (field.value != names_[i]) {
      return LineContext(Status::Error("22P04", "column name mismatch in header line field " + std::to_string(i + 1) +
                                                    ": got \"" + std::string(field.value) + "\", expected \"" +
                                                    names_[i] + "\""));
    }
  }
  return Status::Ok();
}

Status CopyFromSource::ConvertField(const CopyField& field, bool ascii, size_t column, exec::Vector& vector,
                                    uint32_t row) {
  if (binary_) {
    ASSIGN_OR_RETURN(types::Value value, types::ParseBinary(field.value, types_[column]));
    vector.SetValue(row, value);
    return Status::Ok();
  }
  switch (kinds_[column]) {
    case FieldKind::kInt2: {
      ASSIGN_OR_RETURN(vector.values<int16_t>()[row], types::ParseInt2(field.value));
      vector.SetValid(row);
      return Status::Ok();
    }
    case FieldKind::kInt4: {
      ASSIGN_OR_RETURN(vector.values<int32_t>()[row], types::ParseInt4(field.value));
      vector.SetValid(row);
      return Status::Ok();
    }
    case FieldKind::kInt8: {
      ASSIGN_OR_RETURN(vector.values<int64_t>()[row], types::ParseInt8(field.value));
      vector.SetValid(row);
      return Status::Ok();
    }
    case FieldKind::kText:
      // The record was validated as UTF-8 (escapes producing bytes too).
      vector.SetString(row, field.value);
      return Status::Ok();
    case FieldKind::kVarcharLimited:
    case FieldKind::kBpchar: {
      // varchar(n)/char(n) that fit: no temporary string. Longer values take
      // the input function (trailing-space trimming or 22001).
      const int64_t max_chars = types::CharLengthFromTypmod(types_[column].typmod);
      const int64_t chars = ascii ? static_cast<int64_t>(field.value.size()) : types::Utf8Length(field.value);
      if (chars > max_chars) break;
      if (kinds_[column] == FieldKind::kVarcharLimited || chars == max_chars) {
        vector.SetString(row, field.value);
        return Status::Ok();
      }
      const size_t padded = field.value.size() + static_cast<size_t>(max_chars - chars);
      char* bytes = vector.heap().Allocate(padded);
      std::memcpy(bytes, field.value.data(), field.value.size());
      std::memset(bytes + field.value.size(), ' ', padded - field.value.size());
      vector.values<std::string_view>()[row] = std::string_view(bytes, padded);
      vector.SetValid(row);
      return Status::Ok();
    }
    case FieldKind::kGeneric:
      break;
  }
  ASSIGN_OR_RETURN(types::Value value, types::ParseText(field.value, types_[column]));
  vector.SetValue(row, value);
  return Status::Ok();
}

Result<bool> CopyFromSource::Fill(exec::DataChunk& out) {
  RETURN_IF_ERROR(context_->CheckCancel());
  lines_.clear();
  line_offsets_.assign(1, 0);
  const size_t columns = types_.size();
  uint32_t rows = 0;
  while (rows < exec::kVectorSize) {
    ASSIGN_OR_RETURN(bool found, NextRecord());
    if (!found) break;
    if (header_pending_) {
      header_pending_ = false;
      RETURN_IF_ERROR(CheckHeader());
      continue;
    }
    std::vector<CopyField>& fields = record_.fields;
    // A table without columns takes empty lines (PostgreSQL's special case).
    if (columns == 0 && fields.size() == 1 && !fields[0].is_null && fields[0].value.empty()) fields.clear();
    if (fields.size() > columns) {
      return LineContext(Status::Error("22P04", "extra data after last expected column"));
    }
    if (fields.size() < columns) {
      return LineContext(Status::Error("22P04", "missing data for column \"" + names_[fields.size()] + "\""));
    }
    for (size_t c = 0; c < columns; ++c) {
      CopyField field = fields[c];
      if (options_.format == CopyFormat::kCsv) {
        if (field.is_null && force_not_null_[c]) {
          field.is_null = false;
          field.value = options_.null_string;
        } else if (!field.is_null && force_null_[c] && field.value == options_.null_string) {
          field.is_null = true;
        }
      }
      exec::Vector& vector = out.column(c);
      if (field.is_null) {
        vector.SetNull(rows);
        continue;
      }
      Status converted = ConvertField(field, record_.ascii, c, vector, rows);
      if (!converted.ok()) {
        std::string context = "COPY " + table_name_ + ", line " + std::to_string(record_.line_number) + ", column " +
                              names_[c];
        if (!binary_) context += ": \"" + LimitCopyPrintout(field.value) + "\"";
        return std::move(converted).WithContext(std::move(context));
      }
    }
    line_numbers_[rows] = record_.line_number;
    lines_.append(record_.line);
    line_offsets_.push_back(static_cast<uint32_t>(lines_.size()));
    ++rows;
  }
  if (rows == 0) return false;
  out.SetSize(rows);
  return true;
}

// ---------------------------------------------------------------------------

Result<std::vector<int>> ResolveColumns(const catalog::Table& table, PgNode stmt) {
  std::vector<int> targets;
  for (PgNode item : stmt.List("attlist")) {
    std::string name(item.StringValue());
    int index = table.FindColumn(name);
    if (index < 0) {
      return Status::Error(sqlstate::kUndefinedColumn,
                           "column " + QuoteName(name) + " of relation " + QuoteName(table.name) + " does not exist");
    }
    if (std::find(targets.begin(), targets.end(), index) != targets.end()) {
      return Status::Error(sqlstate::kDuplicateColumn, "column " + QuoteName(name) + " specified more than once");
    }
    targets.push_back(index);
  }
  if (targets.empty()) {
    for (size_t c = 0; c < table.columns.size(); ++c) targets.push_back(static_cast<int>(c));
  }
  return targets;
}

// FORCE_* column lists → one flag per COPY column. `names` are the COPY's
// columns; `all_names` the relation's (for the 42703 check), or empty for a query.
Result<std::vector<bool>> ForceFlags(const std::vector<std::string>& list, std::string_view option,
                                     const std::vector<std::string>& names, const catalog::Table* table) {
  std::vector<bool> flags(names.size(), false);
  for (const std::string& name : list) {
    if (table != nullptr && table->FindColumn(name) < 0) {
      return Status::Error(sqlstate::kUndefinedColumn,
                           "column " + QuoteName(name) + " of relation " + QuoteName(table->name) + " does not exist");
    }
    auto it = std::find(names.begin(), names.end(), name);
    if (it == names.end()) {
      if (table == nullptr) return Status::Error(sqlstate::kUndefinedColumn, "column " + QuoteName(name) + " does not exist");
      return Status::Error(sqlstate::kInvalidColumnReference,
                           std::string(option) + " column " + QuoteName(name) + " not referenced by COPY");
    }
    flags[it - names.begin()] = true;
  }
  return flags;
}

Result<std::shared_ptr<const catalog::Table>> LookupCopyTable(const CopyInvocation& invocation) {
  PgNode relation = invocation.stmt.Field("relation");
  auto table = invocation.catalog->LookupTable(invocation.statement->txn, relation.Str("schemaname"),
                                               relation.Str("relname"));
  if (!table.ok()) {
    Status status = table.TakeStatus();
    status.ClearPosition();  // PostgreSQL reports no position here
    return status;
  }
  return table;
}

Status ExecuteCopyFrom(const CopyInvocation& invocation, ResultSink& sink) {
  ASSIGN_OR_RETURN(std::shared_ptr<const catalog::Table> table, LookupCopyTable(invocation));
  if (invocation.read_only) {
    return Status::Error(sqlstate::kReadOnlySqlTransaction, "cannot execute COPY FROM in a read-only transaction");
  }
  ASSIGN_OR_RETURN(CopyOptions options, ParseCopyOptions(invocation.stmt, /*is_from=*/true));
  if (invocation.stmt.Field("whereClause")) return Status::NotSupported("COPY FROM ... WHERE");
  ASSIGN_OR_RETURN(std::vector<int> targets, ResolveColumns(*table, invocation.stmt));
  std::vector<std::string> names;
  std::vector<SqlType> types;
  for (int t : targets) {
    names.push_back(table->columns[t].name);
    types.push_back(table->columns[t].type);
  }
  ASSIGN_OR_RETURN(std::vector<bool> force_not_null, ForceFlags(options.force_not_null, "FORCE_NOT_NULL", names, table.get()));
  ASSIGN_OR_RETURN(std::vector<bool> force_null, ForceFlags(options.force_null, "FORCE_NULL", names, table.get()));

  // The table lock is taken exclusively (PostgreSQL takes ROW EXCLUSIVE):
  // concurrent writers of this table wait for the COPY's transaction, and in
  // exchange rows go in without per-row locks (storage's bulk path).
  RETURN_IF_ERROR(invocation.statement->txn->LockTable(table->storage->lock_key(), /*exclusive=*/true));

  BindState state;
  state.tree = invocation.tree.get();
  state.catalog = invocation.catalog;
  state.statement = invocation.statement;
  state.session_user = invocation.user;
  state.now_slot = 0;
  state.next_slot = 1;
  Binder binder(state);
  auto source_owner = std::make_unique<CopyFromSource>(sink, options, table->name, names, types,
                                                       std::move(force_not_null), std::move(force_null));
  CopyFromSource* source = source_owner.get();
  auto source_operator = std::make_unique<exec::SourceOperator>(std::move(source_owner));
  ASSIGN_OR_RETURN(std::unique_ptr<ModifyOperator> insert,
                   BindInsertFromSource(binder, table, targets, std::move(source_operator)));

  exec::ExecContext context;
  context.parameters.resize(static_cast<size_t>(state.next_slot));
  context.parameters[0] = types::Value::TimestampTz(invocation.transaction_start_us);
  context.cancel = invocation.cancel;

  const int16_t format = options.format == CopyFormat::kBinary ? kBinaryFormat : kTextFormat;
  std::vector<int16_t> formats(targets.size(), format);
  RETURN_IF_ERROR(sink.BeginCopyIn(format, formats));
  Status status = insert->Open(context);
  exec::DataChunk chunk;
  while (status.ok()) {
    Result<bool> more = insert->Next(chunk);
    if (!more.ok()) {
      status = more.TakeStatus();
      int64_t row = insert->failed_row();
      if (row >= 0 && status.context().empty()) {
        std::string context_line =
            "COPY " + table->name + ", line " + std::to_string(source->LineNumberOf(static_cast<uint32_t>(row)));
        // As PostgreSQL: NOT NULL/CHECK failures show the line; unique
        // violations (found when the buffered rows are flushed) do not.
        if (!source->binary() && !status.Is(sqlstate::kUniqueViolation)) {
          context_line += ": \"" + LimitCopyPrintout(source->LineOf(static_cast<uint32_t>(row))) + "\"";
        }
        status = std::move(status).WithContext(std::move(context_line));
      }
      break;
    }
    if (!*more) break;
  }
  insert->Close();
  RETURN_IF_ERROR(status);
  sink.SendCommandComplete("COPY " + std::to_string(insert->rows_affected()));
  return Status::Ok();
}

// ---------------------------------------------------------------------------
// COPY TO

Status ExecuteCopyTo(const CopyInvocation& invocation, ResultSink& sink) {
  PgNode stmt = invocation.stmt;
  std::unique_ptr<BoundStatement> bound;  // COPY (query)
  exec::OperatorPtr table_plan;            // COPY table
  exec::PhysicalOperator* plan = nullptr;
  std::vector<int> columns;                // plan output columns to write
  std::vector<std::string> names;
  std::vector<SqlType> types;
  std::shared_ptr<const catalog::Table> table;
  exec::ExecContext table_context;
  exec::ExecContext* context = &table_context;
  if (PgNode query = stmt.Field("query")) {
    std::string_view tag = query.Tag();
    if (tag != "SelectStmt") {
      if (tag == "InsertStmt" || tag == "UpdateStmt" || tag == "DeleteStmt") {
        if (query.List("returningList").empty()) {
          return Status::Error(sqlstate::kFeatureNotSupported, "COPY query must have a RETURNING clause");
        }
      }
      return Status::NotSupported("COPY (" + CommandTagFor(query) + ") TO");
    }
    RawStatement raw;
    raw.node = query;
    ASSIGN_OR_RETURN(bound, BindStatement(invocation.tree, raw, *invocation.catalog, invocation.statement, {},
                                          invocation.user));
    context = &bound->context;
    context->parameters.resize(std::max<size_t>(context->parameters.size(), static_cast<size_t>(bound->slot_count)));
    if (bound->now_slot >= 0) {
      context->parameters[bound->now_slot] = types::Value::TimestampTz(invocation.transaction_start_us);
    }
    plan = bound->plan.get();
    for (size_t i = 0; i < bound->columns.size(); ++i) {
      columns.push_back(static_cast<int>(i));
      names.push_back(bound->columns[i].name);
      types.push_back(plan->output_types()[i]);
    }
  } else {
    ASSIGN_OR_RETURN(table, LookupCopyTable(invocation));
    ASSIGN_OR_RETURN(columns, ResolveColumns(*table, stmt));
    for (int c : columns) {
      names.push_back(table->columns[c].name);
      types.push_back(table->columns[c].type);
    }
    table_plan = PlanTableAccess(table, {}, invocation.statement, /*with_row_key=*/false);
    plan = table_plan.get();
  }
  ASSIGN_OR_RETURN(CopyOptions options, ParseCopyOptions(stmt, /*is_from=*/false));
  std::vector<bool> force_quote(names.size(), options.force_quote_all);
  if (!options.force_quote_all) {
    ASSIGN_OR_RETURN(force_quote, ForceFlags(options.force_quote, "FORCE_QUOTE", names, table.get()));
  }
  context->cancel = invocation.cancel;
  context->memory = exec::MemoryTracker();

  const bool binary = options.format == CopyFormat::kBinary;
  const bool csv = options.format == CopyFormat::kCsv;
  const int16_t format = binary ? kBinaryFormat : kTextFormat;
  std::vector<int16_t> formats(names.size(), format);
  RETURN_IF_ERROR(sink.BeginCopyOut(format, formats));
  std::string& buffer = sink.RowBuffer();
  const bool single_column = names.size() == 1;
  bool header_pending = binary;  // binary: the file header goes with the first row
  if (options.header && !binary) {
    size_t start = BeginCopyData(buffer);
    for (size_t i = 0; i < names.size(); ++i) {
      if (i > 0) buffer.push_back(options.delimiter);
      if (csv) {
        AppendCopyCsvField(names[i], options, false, single_column, &buffer);
      } else {
        AppendCopyTextField(names[i], options.delimiter, &buffer);
      }
    }
    buffer.push_back('\n');
    EndCopyData(buffer, start);
  }
  exec::ResultEncoder encoder(types, {});
  std::string value;
  int64_t rows = 0;
  // Text format: integers and strings are written straight into the
  // message buffer (no intermediate string, no per-value type dispatch).
  // Integers never need escaping unless '-' is the delimiter.
  enum class OutKind : uint8_t { kGeneric, kInt16, kInt32, kInt64, kString };
  std::vector<OutKind> out_kinds(columns.size(), OutKind::kGeneric);
  if (options.format == CopyFormat::kText) {
    for (size_t k = 0; k < columns.size(); ++k) {
      switch (types[k].oid) {
        case types::kInt2Oid: out_kinds[k] = options.delimiter == '-' ? OutKind::kGeneric : OutKind::kInt16; break;
        case types::kInt4Oid: out_kinds[k] = options.delimiter == '-' ? OutKind::kGeneric : OutKind::kInt32; break;
        case types::kInt8Oid: out_kinds[k] = options.delimiter == '-' ? OutKind::kGeneric : OutKind::kInt64; break;
        case types::kTextOid:
        case types::kVarcharOid:
        case types::kBpcharOid:
        case types::kNameOid: out_kinds[k] = OutKind::kString; break;
        default: break;
      }
    }
  }
  Status status = plan->Open(*context);
  exec::DataChunk chunk;
  while (status.ok()) {
    status = context->CheckCancel();
    if (!status.ok()) break;
    Result<bool> more = plan->Next(chunk);
    if (!more.ok()) {
      status = more.TakeStatus();
      break;
    }
    if (!*more) break;
    for (uint32_t i = 0; i < chunk.count() && status.ok(); ++i) {
      uint32_t row = chunk.RowIndex(i);
      size_t start = BeginCopyData(buffer);
      if (header_pending) {
        buffer.append(CopyBinaryHeader());
        header_pending = false;
      }
      if (binary) {
        buffer.push_back(static_cast<char>((names.size() >> 8) & 0xff));
        buffer.push_back(static_cast<char>(names.size() & 0xff));
      }
      for (size_t k = 0; k < columns.size(); ++k) {
        const exec::Vector& vector = chunk.column(static_cast<size_t>(columns[k]));
        if (binary) {
          if (vector.IsNull(row)) {
            buffer.append("\xff\xff\xff\xff", 4);
            continue;
          }
          size_t length_at = buffer.size();
          buffer.append(4, '\0');
          status = encoder.EncodeValue(vector, row, kBinaryFormat, buffer);
          if (!status.ok()) break;
          uint32_t length = static_cast<uint32_t>(buffer.size() - length_at - 4);
          for (int b = 0; b < 4; ++b) buffer[length_at + b] = static_cast<char>((length >> (24 - 8 * b)) & 0xff);
          continue;
        }
        if (k > 0) buffer.push_back(options.delimiter);
        if (vector.IsNull(row)) {
          buffer.append(options.null_string);
          continue;
        }
        switch (out_kinds[k]) {
          case OutKind::kInt16: types::AppendInt64(vector.values<int16_t>()[row], &buffer); continue;
          case OutKind::kInt32: types::AppendInt64(vector.values<int32_t>()[row], &buffer); continue;
          case OutKind::kInt64: types::AppendInt64(vector.values<int64_t>()[row], &buffer); continue;
          case OutKind::kString:
            AppendCopyTextField(vector.values<std::string_view>()[row], options.delimiter, &buffer);
            continue;
          case OutKind::kGeneric: break;
        }
        value.clear();
        status = encoder.EncodeValue(vector, row, kTextFormat, value);
        if (!status.ok()) break;
        if (csv) {
          AppendCopyCsvField(value, options, force_quote[k], single_column, &buffer);
        } else {
          AppendCopyTextField(value, options.delimiter, &buffer);
        }
      }
      if (!binary) buffer.push_back('\n');
      EndCopyData(buffer, start);
      ++rows;
    }
    sink.RowsAppended();
  }
  plan->Close();
  if (!status.ok()) return status;
  if (binary) {
    size_t start = BeginCopyData(buffer);
    if (header_pending) buffer.append(CopyBinaryHeader());
    buffer.append(kCopyBinaryTrailer);
    EndCopyData(buffer, start);
  }
  sink.EndCopyOut();
  sink.SendCommandComplete("COPY " + std::to_string(rows));
  return Status::Ok();
}

}  // namespace

Status ExecuteCopy(const CopyInvocation& invocation, ResultSink& sink) {
  PgNode stmt = invocation.stmt;
  const bool is_from = stmt.Bool("is_from");
  if (stmt.Bool("is_program")) {
    return Status::Error(sqlstate::kFeatureNotSupported, "COPY to or from an external program is not supported")
        .WithHint(std::string(kCopyFileHint));
  }
  if (!stmt.Str("filename").empty()) {
    return Status::Error(sqlstate::kFeatureNotSupported,
                         is_from ? "COPY from a file is not supported" : "COPY to a file is not supported")
        .WithHint(std::string(kCopyFileHint));
  }
  return is_from ? ExecuteCopyFrom(invocation, sink) : ExecuteCopyTo(invocation, sink);
}

}  // namespace augur::sql
