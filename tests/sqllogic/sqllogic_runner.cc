// sqllogic — runs sqllogictest-style .test files against a PostgreSQL-protocol
// server through libpq.
//
// The same files run against real PostgreSQL 15 (where `--complete` rewrites the
// expected output from the server's answers) and against augurdb (where every
// mismatch is reported). The file format is documented in docs/testing.md,
// section "SQL logic tests"; the short version:
//
//   statement ok [tag=<command tag>]
//   statement count <N> [tag=<command tag>]
//   statement error [<SQLSTATE>]
//   query <typechars> [nosort|rowsort|valuesort] [colnames] [tag=<command tag>]
//   query error [<SQLSTATE>]
//   skipif <engine> / onlyif <engine>   (apply to the next record)
//   hash-threshold <N>, halt, connection <name>, # comments
//
// Each record's SQL runs up to a blank line (or `----` for a query). Result
// rows are tab-separated values, NULL as `NULL`, the empty string as `(empty)`.
//
// Design notes: the runner is single-threaded and owns every connection it
// opens; one file = one default connection plus any named ones, all closed when
// the file ends. Each statement is sent with PQsendQuery (simple protocol) or,
// with --extended, PQsendQueryParams (extended protocol: Parse/Bind/Execute),
// and waited for with a timeout so that a hung server cannot hang the suite; on
// timeout the statement is cancelled and counted as a failure. Only libpq is used, so the runner
// can be built without any augurdb module.

#include <libpq-fe.h>
#include <poll.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace augur::sqllogic {
namespace {

// ---------------------------------------------------------------------------
// MD5 (RFC 1321), used only for `hash-threshold` result digests so that the
// digests match those of other sqllogictest runners.
// ---------------------------------------------------------------------------
class Md5 {
 public:
  static std::string HexDigest(const std::string& data) {
    static constexpr std::array<uint32_t, 64> kSine = {
        0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613,
        0xfd469501, 0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193,
        0xa679438e, 0x49b40821, 0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d,
        0x02441453, 0xd8a1e681, 0xe7d3fbc8, 0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed,
        0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a, 0xfffa3942, 0x8771f681, 0x6d9d6122,
        0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70, 0x289b7ec6, 0xeaa127fa,
        0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665, 0xf4292244,
        0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
        0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb,
        0xeb86d391};
    static constexpr std::array<uint32_t, 64> kShift = {
        7,  12, 17, 22, 7,  12, 17, 22, 7,  12, 17, 22, 7,  12, 17, 22, 5,  9,  14, 20, 5,  9,
        14, 20, 5,  9,  14, 20, 5,  9,  14, 20, 4,  11, 16, 23, 4,  11, 16, 23, 4,  11, 16, 23,
        4,  11, 16, 23, 6,  10, 15, 21, 6,  10, 15, 21, 6,  10, 15, 21, 6,  10, 15, 21};
    std::string msg = data;
    const uint64_t bit_length = static_cast<uint64_t>(data.size()) * 8;
    msg.push_back(static_cast<char>(0x80));
    while (msg.size() % 64 != 56) msg.push_back('\0');
    for (int i = 0; i < 8; ++i) msg.push_back(static_cast<char>((bit_length >> (8 * i)) & 0xff));

    uint32_t a0 = 0x67452301, b0 = 0xefcdab89, c0 = 0x98badcfe, d0 = 0x10325476;
    for (size_t chunk = 0; chunk < msg.size(); chunk += 64) {
      uint32_t m[16];
      for (int i = 0; i < 16; ++i) {
        const auto* p = reinterpret_cast<const unsigned char*>(msg.data() + chunk + 4 * i);
        m[i] = static_cast<uint32_t>(p[0]) | (static_cast<uint32_t>(p[1]) << 8) |
               (static_cast<uint32_t>(p[2]) << 16) | (static_cast<uint32_t>(p[3]) << 24);
      }
      uint32_t a = a0, b = b0, c = c0, d = d0;
      for (uint32_t i = 0; i < 64; ++i) {
        uint32_t f = 0, g = 0;
        if (i < 16) {
          f = (b & c) | (~b & d);
          g = i;
        } else if (i < 32) {
          f = (d & b) | (~d & c);
          g = (5 * i + 1) % 16;
        } else if (i < 48) {
          f = b ^ c ^ d;
          g = (3 * i + 5) % 16;
        } else {
          f = c ^ (b | ~d);
          g = (7 * i) % 16;
        }
        f = f + a + kSine[i] + m[g];
        a = d;
        d = c;
        c = b;
        b = b + ((f << kShift[i]) | (f >> (32 - kShift[i])));
      }
      a0 += a;
      b0 += b;
      c0 += c;
      d0 += d;
    }
    std::string hex;
    for (uint32_t word : {a0, b0, c0, d0}) {
      for (int i = 0; i < 4; ++i) {
        char buf[3];
        std::snprintf(buf, sizeof(buf), "%02x", (word >> (8 * i)) & 0xff);
        hex += buf;
      }
    }
    return hex;
  }
};

// ---------------------------------------------------------------------------
// Command line.
// ---------------------------------------------------------------------------
struct Options {
  std::string conninfo = "host=127.0.0.1 port=5432 user=postgres dbname=postgres";
  std::string engine;  // "postgresql" or "augurdb"; detected when empty.
  bool complete = false;
  bool verbose = false;
  bool extended = false;  // send single statements with the extended protocol
  bool per_file = false;  // print one summary line per file on stdout
  int timeout_ms = 30000;
  std::vector<std::string> files;
};

void PrintUsage() {
  std::cerr
      << "usage: sqllogic --conn \"<libpq conninfo>\" [--engine postgresql|augurdb]\n"
         "                [--complete] [--verbose] [--extended] [--per-file] [--timeout-ms N]\n"
         "                files...\n"
         "  --complete   rewrite expected results from the server (PostgreSQL 15 only)\n"
         "  --engine     name used by skipif/onlyif (default: detected from version())\n"
         "  --extended   use the extended query protocol for single-statement records\n"
         "  --per-file   print \"<file>: N passed, M failed\" for every file\n";
}

std::optional<Options> ParseArgs(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto next = [&](const char* name) -> std::optional<std::string> {
      if (i + 1 >= argc) {
        std::cerr << "sqllogic: " << name << " needs a value\n";
        return std::nullopt;
      }
      return std::string(argv[++i]);
    };
    if (arg == "--conn") {
      auto v = next("--conn");
      if (!v) return std::nullopt;
      options.conninfo = *v;
    } else if (arg == "--engine") {
      auto v = next("--engine");
      if (!v) return std::nullopt;
      options.engine = *v;
    } else if (arg == "--timeout-ms") {
      auto v = next("--timeout-ms");
      if (!v) return std::nullopt;
      options.timeout_ms = std::stoi(*v);
    } else if (arg == "--complete") {
      options.complete = true;
    } else if (arg == "--per-file") {
      options.per_file = true;
    } else if (arg == "--extended") {
      options.extended = true;
    } else if (arg == "--verbose" || arg == "-v") {
      options.verbose = true;
    } else if (arg == "--help" || arg == "-h") {
      PrintUsage();
      std::exit(0);
    } else if (!arg.empty() && arg[0] == '-') {
      std::cerr << "sqllogic: unknown option " << arg << "\n";
      return std::nullopt;
    } else {
      options.files.push_back(arg);
    }
  }
  if (options.files.empty()) {
    std::cerr << "sqllogic: no test files given\n";
    return std::nullopt;
  }
  return options;
}

// ---------------------------------------------------------------------------
// Executing SQL.
// ---------------------------------------------------------------------------
struct ExecResult {
  bool ok = false;
  std::string sqlstate;  // set when !ok
  std::string message;   // set when !ok
  bool has_tuples = false;
  std::vector<Oid> column_types;
  std::vector<std::string> column_names;  // RowDescription field names
  std::vector<std::vector<std::optional<std::string>>> rows;
  std::string command_tag;    // PQcmdStatus of the last result
  std::string rows_affected;  // PQcmdTuples of the last result
};

// True if `sql` holds more than one statement: a ';' outside quotes, quoted
// identifiers, dollar quotes and comments, followed by more than whitespace.
// Such text can only be sent with the simple query protocol.
bool HasSeveralStatements(const std::string& sql) {
  size_t i = 0;
  bool seen_separator = false;
  while (i < sql.size()) {
    const char c = sql[i];
    if (seen_separator && !std::isspace(static_cast<unsigned char>(c)) && c != ';') return true;
    if (c == '\'' || c == '"') {
      const size_t close = sql.find(c, i + 1);
      i = close == std::string::npos ? sql.size() : close + 1;
    } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
      const size_t eol = sql.find('\n', i);
      i = eol == std::string::npos ? sql.size() : eol + 1;
    } else if (c == '$') {
      const size_t tag_end = sql.find('$', i + 1);
      const std::string tag = tag_end == std::string::npos ? "" : sql.substr(i, tag_end - i + 1);
      const bool is_tag = !tag.empty() && std::all_of(tag.begin() + 1, tag.end() - 1, [](char t) {
        return std::isalnum(static_cast<unsigned char>(t)) || t == '_';
      });
      if (!is_tag) {
        ++i;
        continue;
      }
      const size_t close = sql.find(tag, tag_end + 1);
      i = close == std::string::npos ? sql.size() : close + tag.size();
    } else {
      if (c == ';') seen_separator = true;
      ++i;
    }
  }
  return false;
}

// Sends `sql` (possibly several statements) and collects every result. The
// outcome is the first error if any, else the last result. With `extended`,
// a single statement goes through Parse/Bind/Describe/Execute/Sync instead of
// a simple Query message.
ExecResult Execute(PGconn* conn, const std::string& sql, int timeout_ms, bool extended = false) {
  ExecResult out;
  if (PQstatus(conn) != CONNECTION_OK) {
    PQreset(conn);
    if (PQstatus(conn) != CONNECTION_OK) {
      out.sqlstate = "08006";
      out.message = "connection lost: " + std::string(PQerrorMessage(conn));
      return out;
    }
  }
  const bool sent =
      extended && !HasSeveralStatements(sql)
          ? PQsendQueryParams(conn, sql.c_str(), 0, nullptr, nullptr, nullptr, nullptr, 0) == 1
          : PQsendQuery(conn, sql.c_str()) == 1;
  if (!sent) {
    out.sqlstate = "08006";
    out.message = "PQsendQuery failed: " + std::string(PQerrorMessage(conn));
    return out;
  }
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  bool timed_out = false;
  while (true) {
    if (!PQconsumeInput(conn)) break;
    if (!PQisBusy(conn)) break;
    const auto remaining = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (remaining.count() <= 0) {
      timed_out = true;
      PGcancel* cancel = PQgetCancel(conn);
      if (cancel != nullptr) {
        char errbuf[256];
        PQcancel(cancel, errbuf, sizeof(errbuf));
        PQfreeCancel(cancel);
      }
      break;
    }
    pollfd pfd{PQsocket(conn), POLLIN, 0};
    poll(&pfd, 1, static_cast<int>(std::min<int64_t>(remaining.count(), 1000)));
  }

  bool have_error = false;
  while (PGresult* res = PQgetResult(conn)) {
    const ExecStatusType status = PQresultStatus(res);
    if (status == PGRES_COPY_IN) {
      PQputCopyEnd(conn, "sqllogic does not support COPY FROM STDIN");
    } else if (status == PGRES_COPY_OUT) {
      char* buf = nullptr;
      while (PQgetCopyData(conn, &buf, 0) > 0) PQfreemem(buf);
    }
    if (status == PGRES_FATAL_ERROR || status == PGRES_NONFATAL_ERROR) {
      if (!have_error) {
        have_error = true;
        const char* state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
        out.sqlstate = state != nullptr ? state : "XX000";
        const char* msg = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
        out.message = msg != nullptr ? msg : PQresultErrorMessage(res);
      }
    } else if (!have_error) {
      out.has_tuples = status == PGRES_TUPLES_OK;
      out.command_tag = PQcmdStatus(res);
      out.rows_affected = PQcmdTuples(res);
      out.column_types.clear();
      out.column_names.clear();
      out.rows.clear();
      if (out.has_tuples) {
        const int ncols = PQnfields(res);
        const int nrows = PQntuples(res);
        for (int c = 0; c < ncols; ++c) {
          out.column_types.push_back(PQftype(res, c));
          out.column_names.push_back(PQfname(res, c));
        }
        out.rows.reserve(static_cast<size_t>(nrows));
        for (int r = 0; r < nrows; ++r) {
          std::vector<std::optional<std::string>> row;
          row.reserve(static_cast<size_t>(ncols));
          for (int c = 0; c < ncols; ++c) {
            if (PQgetisnull(res, r, c)) {
              row.emplace_back(std::nullopt);
            } else {
              row.emplace_back(
                  std::string(PQgetvalue(res, r, c), static_cast<size_t>(PQgetlength(res, r, c))));
            }
          }
          out.rows.push_back(std::move(row));
        }
      }
    }
    PQclear(res);
  }
  if (timed_out && !have_error) {
    have_error = true;
    out.sqlstate = "57014";
    out.message = "timed out after " + std::to_string(timeout_ms) + " ms";
  }
  if (timed_out) {
    out.message = "runner timeout (" + std::to_string(timeout_ms) + " ms): " + out.message;
  }
  if (!have_error && PQstatus(conn) != CONNECTION_OK) {
    have_error = true;
    out.sqlstate = "08006";
    out.message = "connection lost: " + std::string(PQerrorMessage(conn));
  }
  out.ok = !have_error;
  return out;
}

// Opens a connection and puts the session into the settings every expectation
// assumes. A failed SET is reported but not fatal, so that an engine whose
// defaults already match can still be tested.
PGconn* Connect(const Options& options, std::string* error) {
  PGconn* conn = PQconnectdb(options.conninfo.c_str());
  if (PQstatus(conn) != CONNECTION_OK) {
    *error = PQerrorMessage(conn);
    PQfinish(conn);
    return nullptr;
  }
  // NOTICEs (e.g. from DROP TABLE IF EXISTS) are not part of any expectation.
  PQsetNoticeProcessor(
      conn,
      [](void* verbose, const char* message) {
        if (verbose != nullptr) std::cerr << "    " << message;
      },
      options.verbose ? const_cast<Options*>(&options) : nullptr);
  for (const char* set : {"SET TimeZone = 'UTC'", "SET DateStyle = 'ISO, MDY'",
                          "SET extra_float_digits = 1", "SET IntervalStyle = 'postgres'"}) {
    ExecResult r = Execute(conn, set, options.timeout_ms);
    // Warn once per setting, not once per connection.
    static std::set<std::string> warned;
    if (!r.ok && warned.insert(set).second) {
      std::cerr << "sqllogic: warning: '" << set << "' failed: " << r.sqlstate << " " << r.message
                << "\n";
    }
  }
  return conn;
}

// ---------------------------------------------------------------------------
// Formatting results.
// ---------------------------------------------------------------------------
std::string FormatValue(const std::optional<std::string>& value) {
  if (!value) return "NULL";
  if (value->empty()) return "(empty)";
  std::string out;
  out.reserve(value->size());
  for (char ch : *value) {
    switch (ch) {
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        out += ch;
    }
  }
  return out;
}

// One typechar per column: I integer, R float, N numeric, B boolean, T other.
char TypeChar(Oid oid) {
  switch (oid) {
    case 20:
    case 21:
    case 23:
      return 'I';  // int8, int2, int4
    case 700:
    case 701:
      return 'R';  // float4, float8
    case 1700:
      return 'N';  // numeric
    case 16:
      return 'B';  // bool
    default:
      return 'T';
  }
}

enum class SortMode { kNoSort, kRowSort, kValueSort };

// Renders a result as expected-file lines: tab-separated rows (nosort,
// rowsort) or one value per line (valuesort), sorted per `mode`, hashed when
// the number of values exceeds `hash_threshold` (0 = never hash).
std::vector<std::string> RenderResult(const ExecResult& result, SortMode mode, int hash_threshold) {
  std::vector<std::string> lines;
  size_t value_count = 0;
  for (const auto& row : result.rows) {
    value_count += row.size();
    if (mode == SortMode::kValueSort) {
      for (const auto& v : row) lines.push_back(FormatValue(v));
      continue;
    }
    std::string line;
    for (size_t c = 0; c < row.size(); ++c) {
      if (c > 0) line += '\t';
      line += FormatValue(row[c]);
    }
    if (row.empty()) line = "()";
    lines.push_back(std::move(line));
  }
  if (mode != SortMode::kNoSort) std::sort(lines.begin(), lines.end());
  if (hash_threshold > 0 && value_count > static_cast<size_t>(hash_threshold)) {
    std::string joined;
    for (const auto& l : lines) joined += l + "\n";
    return {std::to_string(value_count) + " values hashing to " + Md5::HexDigest(joined)};
  }
  return lines;
}

// ---------------------------------------------------------------------------
// Parsing helpers.
// ---------------------------------------------------------------------------
std::string Trim(const std::string& s) {
  const size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  const size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

std::vector<std::string> SplitWords(const std::string& s) {
  std::istringstream in(s);
  std::vector<std::string> words;
  std::string w;
  while (in >> w) words.push_back(w);
  return words;
}

bool IsBlank(const std::string& s) { return Trim(s).empty(); }

// Splits `header` into the part before " tag=" and the tag text after it.
std::pair<std::string, std::optional<std::string>> SplitTag(const std::string& header) {
  const size_t pos = header.find("tag=");
  if (pos == std::string::npos) return {header, std::nullopt};
  return {Trim(header.substr(0, pos)), Trim(header.substr(pos + 4))};
}

std::string Indent(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += "    " + l + "\n";
  if (lines.empty()) out = "    (no rows)\n";
  return out;
}

std::string Indent(const std::string& text) {
  std::string out;
  std::istringstream in(text);
  std::string l;
  while (std::getline(in, l)) out += "    " + l + "\n";
  return out;
}

// ---------------------------------------------------------------------------
// Running one file.
// ---------------------------------------------------------------------------
struct Totals {
  int passed = 0;
  int failed = 0;
  int skipped = 0;
};

class FileRunner {
 public:
  FileRunner(const Options& options, const std::string& path, Totals* totals)
      : options_(options), path_(path), totals_(totals) {}

  ~FileRunner() {
    for (auto& [name, conn] : connections_) PQfinish(conn);
  }

  // Returns false if the file could not be read or (in --complete) written.
  bool Run() {
    std::ifstream in(path_);
    if (!in) {
      std::cerr << path_ << ": cannot open\n";
      ++totals_->failed;
      return false;
    }
    std::string line;
    while (std::getline(in, line)) lines_.push_back(line);

    const int failed_before = totals_->failed;
    const int passed_before = totals_->passed;
    size_t i = 0;
    bool halted = false;
    while (i < lines_.size()) {
      const std::string trimmed = Trim(lines_[i]);
      if (halted || trimmed.empty() || trimmed[0] == '#') {
        out_.push_back(lines_[i++]);
        continue;
      }
      const std::vector<std::string> words = SplitWords(trimmed);
      const std::string& keyword = words[0];
      if (keyword == "skipif" || keyword == "onlyif") {
        if (words.size() < 2)
          ParseError(i, keyword + " needs an engine name");
        else if (keyword == "skipif" && words[1] == engine())
          skip_next_ = true;
        else if (keyword == "onlyif" && words[1] != engine())
          skip_next_ = true;
        out_.push_back(lines_[i++]);
      } else if (keyword == "hash-threshold") {
        if (!ConsumeSkip()) hash_threshold_ = words.size() > 1 ? std::stoi(words[1]) : 0;
        out_.push_back(lines_[i++]);
      } else if (keyword == "halt") {
        if (!ConsumeSkip()) halted = true;
        out_.push_back(lines_[i++]);
      } else if (keyword == "connection") {
        if (!ConsumeSkip()) current_ = words.size() > 1 ? words[1] : "default";
        out_.push_back(lines_[i++]);
      } else if (keyword == "statement" || keyword == "query") {
        i = RunRecord(i, keyword == "query");
      } else {
        ParseError(i, "unknown directive '" + keyword + "'");
        out_.push_back(lines_[i++]);
      }
    }
    if (options_.verbose || options_.per_file) {
      (options_.per_file ? std::cout : std::cerr)
          << path_ << ": " << totals_->passed - passed_before << " passed, "
          << totals_->failed - failed_before << " failed\n";
    }
    if (options_.complete && out_ != lines_) {
      std::ofstream o(path_, std::ios::trunc);
      for (const auto& l : out_) o << l << "\n";
      if (!o) {
        std::cerr << path_ << ": cannot write\n";
        return false;
      }
    }
    return true;
  }

 private:
  const std::string& engine() const { return options_.engine; }

  bool ConsumeSkip() {
    const bool skip = skip_next_;
    skip_next_ = false;
    return skip;
  }

  void ParseError(size_t line_index, const std::string& what) {
    std::cerr << path_ << ":" << line_index + 1 << ": parse error: " << what << "\n";
    ++totals_->failed;
  }

  void Fail(size_t line_index, const std::string& sql, const std::string& what) {
    ++totals_->failed;
    std::cerr << "FAIL " << path_ << ":" << line_index + 1 << "\n  SQL:\n" << Indent(sql) << what;
  }

  PGconn* Connection(std::string* error) {
    auto it = connections_.find(current_);
    if (it != connections_.end()) return it->second;
    PGconn* conn = Connect(options_, error);
    if (conn != nullptr) connections_[current_] = conn;
    return conn;
  }

  // One statement or query record as written in the file.
  struct Record {
    size_t start = 0;    // index of the header line
    size_t sql_end = 0;  // index one past the last SQL line
    size_t end = 0;      // index one past the record
    bool is_query = false;
    std::string sql;
    std::optional<std::string> tag;  // tag=... on the header
    bool expect_error = false;
    std::optional<std::string> expected_state;  // SQLSTATE after "error"
    std::optional<long long> expected_count;    // statement count N
    std::string typechars;                      // query only
    SortMode sort_mode = SortMode::kNoSort;
    std::string sort_word;  // as written, for --complete
    // colnames: the first expected line is the column names, tab-separated
    // (never sorted or hashed).
    bool colnames = false;
    bool has_separator = false;
    std::vector<std::string> expected;
  };

  // Finds the extent of the record starting at lines_[start] (its SQL runs to
  // a blank line, or to "----" for a query, whose expected block runs to the
  // next blank line). Returns false, after a parse error, on a bad header.
  bool ParseRecord(size_t start, bool is_query, Record* record) {
    Record& r = *record;
    r.start = start;
    r.is_query = is_query;
    const auto [header, tag] = SplitTag(Trim(lines_[start]));
    r.tag = tag;
    size_t i = start + 1;
    while (i < lines_.size() && !IsBlank(lines_[i]) && !(is_query && Trim(lines_[i]) == "----")) {
      if (!r.sql.empty()) r.sql += "\n";
      r.sql += lines_[i++];
    }
    r.sql_end = i;
    if (is_query && i < lines_.size() && Trim(lines_[i]) == "----") {
      r.has_separator = true;
      ++i;
      while (i < lines_.size() && !IsBlank(lines_[i])) r.expected.push_back(lines_[i++]);
    }
    r.end = i;

    std::vector<std::string> words = SplitWords(header);
    r.expect_error = words.size() >= 2 && words[1] == "error";
    if (r.expect_error) {
      if (words.size() >= 3) r.expected_state = words[2];
      return true;
    }
    if (!is_query) {
      if (words.size() >= 3 && words[1] == "count") {
        r.expected_count = std::stoll(words[2]);
        return true;
      }
      if (words.size() >= 2 && words[1] == "ok") return true;
      ParseError(start, "expected 'statement ok', 'statement count N' or 'statement error'");
      return false;
    }
    if (words.size() < 2) {
      ParseError(start, "query needs typechars");
      return false;
    }
    r.typechars = words[1];
    if (words.back() == "colnames") {
      r.colnames = true;
      words.pop_back();
    }
    if (words.size() >= 3) {
      r.sort_word = words[2];
      if (r.sort_word == "rowsort") {
        r.sort_mode = SortMode::kRowSort;
      } else if (r.sort_word == "valuesort") {
        r.sort_mode = SortMode::kValueSort;
      } else if (r.sort_word != "nosort") {
        ParseError(start, "unknown sort mode '" + r.sort_word + "'");
        return false;
      }
    }
    return true;
  }

  void KeepOriginal(const Record& r) {
    for (size_t k = r.start; k < r.end; ++k) out_.push_back(lines_[k]);
  }

  // Appends a record with a new header line and the original body.
  void KeepWithHeader(const Record& r, const std::string& header) {
    out_.push_back(header);
    for (size_t k = r.start + 1; k < r.end; ++k) out_.push_back(lines_[k]);
  }

  void Pass() { ++totals_->passed; }

  // Runs the record whose header is lines_[start]; returns the index of the
  // first line after it. Appends the (possibly completed) record to out_.
  size_t RunRecord(size_t start, bool is_query) {
    const bool skip = ConsumeSkip();
    Record r;
    if (!ParseRecord(start, is_query, &r)) {
      KeepOriginal(r);
      return r.end;
    }
    if (skip) {
      ++totals_->skipped;
      KeepOriginal(r);
      return r.end;
    }
    if (r.sql.empty()) {
      ParseError(start, "record without SQL");
      KeepOriginal(r);
      return r.end;
    }
    std::string connect_error;
    PGconn* conn = Connection(&connect_error);
    if (conn == nullptr) {
      Fail(start, r.sql, "  cannot connect: " + connect_error + "\n");
      KeepOriginal(r);
      return r.end;
    }
    if (options_.verbose) {
      std::cerr << path_ << ":" << start + 1 << ": " << Trim(lines_[start]) << "\n";
    }
    const ExecResult result = Execute(conn, r.sql, options_.timeout_ms, options_.extended);
    if (r.expect_error) {
      CheckError(r, result);
    } else if (!result.ok) {
      Fail(start, r.sql,
           "  expected success\n  got SQLSTATE " + result.sqlstate + ": " + result.message + "\n");
      KeepOriginal(r);
    } else if (!is_query) {
      CheckStatement(r, result);
    } else {
      CheckQuery(r, result);
    }
    return r.end;
  }

  // statement error / query error.
  void CheckError(const Record& r, const ExecResult& result) {
    if (result.ok) {
      Fail(r.start, r.sql,
           "  expected an error" + (r.expected_state ? " with SQLSTATE " + *r.expected_state : "") +
               ", but it succeeded\n");
      KeepOriginal(r);
      return;
    }
    if (options_.complete) {
      Pass();
      KeepWithHeader(r, (r.is_query ? "query error " : "statement error ") + result.sqlstate);
      return;
    }
    if (r.expected_state && *r.expected_state != result.sqlstate) {
      Fail(r.start, r.sql,
           "  expected SQLSTATE " + *r.expected_state + "\n  got SQLSTATE " + result.sqlstate +
               ": " + result.message + "\n");
    } else {
      Pass();
    }
    KeepOriginal(r);
  }

  // statement ok / statement count N, with an optional tag check.
  void CheckStatement(const Record& r, const ExecResult& result) {
    if (options_.complete) {
      Pass();
      std::string header =
          r.expected_count ? "statement count " + result.rows_affected : "statement ok";
      if (r.tag) header += " tag=" + result.command_tag;
      KeepWithHeader(r, header);
      return;
    }
    std::string problem;
    if (r.expected_count && result.rows_affected != std::to_string(*r.expected_count)) {
      problem += "  expected " + std::to_string(*r.expected_count) + " rows affected\n  got '" +
                 result.rows_affected + "'\n";
    }
    if (r.tag && *r.tag != result.command_tag) {
      problem += "  expected tag '" + *r.tag + "'\n  got tag '" + result.command_tag + "'\n";
    }
    if (problem.empty()) {
      Pass();
    } else {
      Fail(r.start, r.sql, problem);
    }
    KeepOriginal(r);
  }

  // query <typechars> [sortmode] [tag=...]: compares the rendered rows.
  void CheckQuery(const Record& r, const ExecResult& result) {
    if (!result.has_tuples) {
      Fail(r.start, r.sql, "  expected rows, got command tag '" + result.command_tag + "'\n");
      KeepOriginal(r);
      return;
    }
    std::vector<std::string> actual = RenderResult(result, r.sort_mode, hash_threshold_);
    if (r.colnames) {
      std::string names;
      for (size_t c = 0; c < result.column_names.size(); ++c) names += (c > 0 ? "\t" : "") + result.column_names[c];
      actual.insert(actual.begin(), names);
    }
    if (options_.complete) {
      Pass();
      std::string chars;
      for (Oid oid : result.column_types) chars += TypeChar(oid);
      if (chars.empty()) chars = "T";
      std::string header = "query " + chars;
      if (!r.sort_word.empty()) header += " " + r.sort_word;
      if (r.colnames) header += " colnames";
      if (r.tag) header += " tag=" + result.command_tag;
      out_.push_back(header);
      for (size_t k = r.start + 1; k < r.sql_end; ++k) out_.push_back(lines_[k]);
      out_.push_back("----");
      for (const auto& line : actual) out_.push_back(line);
      return;
    }
    std::string problem;
    if (!r.has_separator) problem += "  record has no ---- expected-results block\n";
    if (r.typechars.size() != result.column_types.size()) {
      problem += "  expected " + std::to_string(r.typechars.size()) + " columns (typechars '" +
                 r.typechars + "'), got " + std::to_string(result.column_types.size()) + "\n";
    }
    std::vector<std::string> expected = r.expected;
    const size_t first_row = r.colnames && !expected.empty() ? 1 : 0;  // the names line stays first
    const bool hashed = expected.size() == first_row + 1 &&
                        expected[first_row].find(" values hashing to ") != std::string::npos;
    if (r.sort_mode != SortMode::kNoSort && !hashed) std::sort(expected.begin() + first_row, expected.end());
    if (expected != actual) {
      problem += "  expected:\n" + Indent(r.expected) + "  got:\n" + Indent(actual);
    }
    if (r.tag && *r.tag != result.command_tag) {
      problem += "  expected tag '" + *r.tag + "'\n  got tag '" + result.command_tag + "'\n";
    }
    if (problem.empty()) {
      Pass();
    } else {
      Fail(r.start, r.sql, problem);
    }
    KeepOriginal(r);
  }

  const Options& options_;
  const std::string path_;
  Totals* totals_;
  std::vector<std::string> lines_;
  std::vector<std::string> out_;
  std::map<std::string, PGconn*> connections_;
  std::string current_ = "default";
  bool skip_next_ = false;
  int hash_threshold_ = 0;
};

// Names the engine for skipif/onlyif: "augurdb" if version() says so or
// fails, otherwise "postgresql".
std::string DetectEngine(const Options& options) {
  std::string error;
  PGconn* conn = Connect(options, &error);
  if (conn == nullptr) return "augurdb";
  ExecResult r = Execute(conn, "SELECT version()", options.timeout_ms);
  PQfinish(conn);
  if (!r.ok || r.rows.empty() || r.rows[0].empty() || !r.rows[0][0]) return "augurdb";
  std::string version = *r.rows[0][0];
  std::transform(version.begin(), version.end(), version.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return version.find("augurdb") != std::string::npos ? "augurdb" : "postgresql";
}

int Main(int argc, char** argv) {
  std::optional<Options> options = ParseArgs(argc, argv);
  if (!options) {
    PrintUsage();
    return 2;
  }
  if (options->engine.empty()) options->engine = DetectEngine(*options);
  if (options->verbose) std::cerr << "sqllogic: engine " << options->engine << "\n";

  Totals totals;
  for (const auto& file : options->files) {
    FileRunner runner(*options, file, &totals);
    runner.Run();
  }
  if (totals.skipped > 0) std::cout << totals.skipped << " skipped\n";
  std::cout << totals.passed << " passed, " << totals.failed << " failed" << std::endl;
  return totals.failed > 0 ? 1 : 0;
}

}  // namespace
}  // namespace augur::sqllogic

int main(int argc, char** argv) { return augur::sqllogic::Main(argc, argv); }
