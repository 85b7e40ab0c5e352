// See literal_normalizer.h. A small lexer that knows just enough of
// PostgreSQL's lexical rules (scan.l) to find numeric constants safely:
// comments, quoted identifiers, string literals, operators, numbers.
#include "sql/literal_normalizer.h"

#include <charconv>
#include <cstdint>

#include "types/text_io.h"

namespace augur::sql {
namespace {

enum class TokenKind { kWord, kQuotedIdent, kString, kNumber, kOperator, kPunct };

struct Token {
  TokenKind kind;
  size_t begin;
  size_t end;
  std::string lower;  // words only: lower-cased text
};

bool IsIdentStart(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80; }
bool IsIdentChar(unsigned char c) { return IsIdentStart(c) || (c >= '0' && c <= '9') || c == '$'; }
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
bool IsSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool IsOperatorChar(unsigned char c) {
  switch (c) {
    case '+': case '-': case '*': case '/': case '<': case '>': case '=': case '~': case '!':
    case '@': case '#': case '%': case '^': case '&': case '|': case '`': case '?':
      return true;
    default:
      return false;
  }
}

// Advances `i` from an opening `quote` past its closing one (a doubled quote
// stands for itself; backslash escapes in E'' strings). False if unterminated.
bool SkipQuoted(std::string_view sql, char quote, bool backslash_escapes, size_t& i) {
  const size_t n = sql.size();
  for (++i; i < n; ++i) {
    if (backslash_escapes && sql[i] == '\\') {
      ++i;
    } else if (sql[i] == quote) {
      if (i + 1 < n && sql[i + 1] == quote) {
        ++i;
      } else {
        ++i;
        return true;
      }
    }
  }
  return false;
}

// Tokenizes `sql`; returns false when the text holds something this lexer
// does not handle (parameters, dollar quotes, unterminated literals).
bool Tokenize(std::string_view sql, std::vector<Token>& tokens) {
  size_t i = 0;
  const size_t n = sql.size();
  while (i < n) {
    unsigned char c = sql[i];
    if (IsSpace(c)) {
      ++i;
      continue;
    }
    if (c == '-' && i + 1 < n && sql[i + 1] == '-') {
      while (i < n && sql[i] != '\n' && sql[i] != '\r') ++i;
      continue;
    }
    if (c == '/' && i + 1 < n && sql[i + 1] == '*') {
      int depth = 0;
      while (i < n) {
        if (sql[i] == '/' && i + 1 < n && sql[i + 1] == '*') {
          ++depth;
          i += 2;
        } else if (sql[i] == '*' && i + 1 < n && sql[i + 1] == '/') {
          i += 2;
          if (--depth == 0) break;
        } else {
          ++i;
        }
      }
      if (depth != 0) return false;
      continue;
    }
    if (c == '$') return false;  // a parameter or a dollar-quoted string
    if (c == '\'') {
      // A string; a word glued in front of it (E, B, X, N, U&) is its prefix.
      bool backslash_escapes = false;
      if (!tokens.empty() && tokens.back().kind == TokenKind::kWord && tokens.back().end == i) {
        if (tokens.back().lower == "e") backslash_escapes = true;
        tokens.pop_back();
      }
      size_t begin = i;
      if (!SkipQuoted(sql, '\'', backslash_escapes, i)) return false;
      tokens.push_back({TokenKind::kString, begin, i, {}});
      continue;
    }
    if (c == '"') {
      size_t begin = i;
      if (!SkipQuoted(sql, '"', false, i)) return false;
      tokens.push_back({TokenKind::kQuotedIdent, begin, i, {}});
      continue;
    }
    if (IsIdentStart(c)) {
      size_t begin = i;
      while (i < n && IsIdentChar(static_cast<unsigned char>(sql[i]))) ++i;
      Token token{TokenKind::kWord, begin, i, std::string(sql.substr(begin, i - begin))};
      for (char& ch : token.lower) {
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
      }
      tokens.push_back(std::move(token));
      continue;
    }
    if (IsDigit(c) || (c == '.' && i + 1 < n && IsDigit(static_cast<unsigned char>(sql[i + 1])))) {
      size_t begin = i;
      while (i < n && IsDigit(static_cast<unsigned char>(sql[i]))) ++i;
      if (i < n && sql[i] == '.' && !(i + 1 < n && sql[i + 1] == '.')) {
        ++i;
        while (i < n && IsDigit(static_cast<unsigned char>(sql[i]))) ++i;
      }
      if (i < n && (sql[i] == 'e' || sql[i] == 'E')) {
        size_t j = i + 1;
        if (j < n && (sql[j] == '+' || sql[j] == '-')) ++j;
        if (j < n && IsDigit(static_cast<unsigned char>(sql[j]))) {
          i = j;
          while (i < n && IsDigit(static_cast<unsigned char>(sql[i]))) ++i;
        }
      }
      tokens.push_back({TokenKind::kNumber, begin, i, {}});
      continue;
    }
    if (c == ':' && i + 1 < n && sql[i + 1] == ':') {
      tokens.push_back({TokenKind::kPunct, i, i + 2, {}});
      i += 2;
      continue;
    }
    if (IsOperatorChar(c)) {
      size_t begin = i;
      while (i < n && IsOperatorChar(static_cast<unsigned char>(sql[i]))) {
        if (i > begin && ((sql[i] == '-' && sql[i - 1] == '-') || (sql[i] == '*' && sql[i - 1] == '/'))) {
          --i;  // a comment starts inside the operator characters
          break;
        }
        ++i;
      }
      // PostgreSQL: a multi-character operator may not end in + or - unless
      // it contains one of ~ ! @ # % ^ & | ` ?; trailing +/- split off.
      std::string_view op = sql.substr(begin, i - begin);
      if (op.size() > 1 && op.find_first_of("~!@#%^&|`?") == std::string_view::npos) {
        while (op.size() > 1 && (op.back() == '+' || op.back() == '-')) op.remove_suffix(1);
      }
      i = begin + op.size();
      tokens.push_back({TokenKind::kOperator, begin, i, {}});
      continue;
    }
    // ( ) , ; [ ] . : and anything else as single characters.
    tokens.push_back({TokenKind::kPunct, i, i + 1, {}});
    ++i;
  }
  return true;
}

bool IsPunct(std::string_view sql, const Token& t, char c) {
  return t.kind == TokenKind::kPunct && t.end - t.begin == 1 && sql[t.begin] == c;
}
bool IsOperator(std::string_view sql, const Token& t, std::string_view op) {
  return t.kind == TokenKind::kOperator && sql.substr(t.begin, t.end - t.begin) == op;
}
bool IsWord(const Token& t, std::string_view word) { return t.kind == TokenKind::kWord && t.lower == word; }

// Words after which a '-' is a prefix (unary) minus.
bool IsExpressionStartKeyword(const std::string& w) {
  static const char* const kWords[] = {"select", "where",  "and",   "or",     "not",   "then",   "else",
                                       "when",   "between", "limit", "offset", "in",    "returning", "on",
                                       "having", "by",     "case",  "like",   "ilike", "escape", "values",
                                       "is",     "set",    "first", "next",   "all",   "any",    "some",
                                       "distinct", "return", "using"};
  for (const char* k : kWords) {
    if (w == k) return true;
  }
  return false;
}

// Type names whose parenthesized numbers are type modifiers.
bool IsTypmodTypeName(const std::string& w) {
  static const char* const kWords[] = {"varchar", "char",   "character", "bpchar",  "nchar",    "numeric",
                                       "decimal", "dec",    "float",     "time",    "timestamp", "timestamptz",
                                       "timetz",  "interval", "bit",     "varbit",  "varying",  "second"};
  for (const char* k : kWords) {
    if (w == k) return true;
  }
  return false;
}

bool IsOperand(std::string_view sql, const Token& t) {
  switch (t.kind) {
    case TokenKind::kQuotedIdent:
    case TokenKind::kString:
    case TokenKind::kNumber:
      return true;
    case TokenKind::kWord:
      return !IsExpressionStartKeyword(t.lower);
    case TokenKind::kPunct:
      return IsPunct(sql, t, ')') || IsPunct(sql, t, ']');
    case TokenKind::kOperator:
      return false;
  }
  return false;
}

// Types a numeric literal like PostgreSQL's lexer and grammar do.
bool MakeValue(std::string_view text, bool negative, types::SqlType& type, types::Value& value) {
  std::string digits;
  if (negative) digits.push_back('-');
  digits.append(text);
  bool integer = text.find_first_of(".eE") == std::string_view::npos;
  if (integer) {
    int64_t v = 0;
    auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v);
    if (ec == std::errc() && ptr == digits.data() + digits.size()) {
      if (v >= INT32_MIN && v <= INT32_MAX) {
        type = types::SqlType::Of(types::kInt4Oid);
        value = types::Value::Int4(static_cast<int32_t>(v));
      } else {
        type = types::SqlType::Of(types::kInt8Oid);
        value = types::Value::Int8(v);
      }
      return true;
    }
  }
  type = types::SqlType::Of(types::kNumericOid);
  auto parsed = types::ParseText(digits, type);
  if (!parsed.ok()) return false;
  value = std::move(parsed).value();
  return true;
}

char TypeCode(const types::SqlType& type) {
  if (type.oid == types::kInt4Oid) return 'i';
  if (type.oid == types::kInt8Oid) return 'l';
  return 'n';
}

}  // namespace

std::optional<NormalizedStatement> NormalizeLiterals(std::string_view sql) {
  std::vector<Token> tokens;
  tokens.reserve(32);
  if (!Tokenize(sql, tokens)) return std::nullopt;
  // One statement only (a trailing ';' is fine).
  for (size_t t = 0; t < tokens.size(); ++t) {
    if (IsPunct(sql, tokens[t], ';') && t + 1 != tokens.size()) return std::nullopt;
  }

  NormalizedStatement out;
  out.text.reserve(sql.size() + 8);
  size_t copied = 0;  // sql[0, copied) is already in out.text

  // Paren groups whose direct numbers must stay literal (type modifiers,
  // DISTINCT ON lists), by depth.
  std::vector<bool> literal_group;
  int depth = 0;
  int by_depth = -1;  // depth of an active ORDER BY / GROUP BY list
  for (size_t t = 0; t < tokens.size(); ++t) {
    const Token& token = tokens[t];
    if (IsPunct(sql, token, '(')) {
      bool keep = false;
      if (t > 0 && tokens[t - 1].kind == TokenKind::kWord) {
        keep = IsTypmodTypeName(tokens[t - 1].lower) ||
               (tokens[t - 1].lower == "on" && t > 1 && IsWord(tokens[t - 2], "distinct"));
      }
      literal_group.push_back(keep);
      ++depth;
      continue;
    }
    if (IsPunct(sql, token, ')')) {
      if (!literal_group.empty()) literal_group.pop_back();
      --depth;
      if (depth < by_depth) by_depth = -1;
      continue;
    }
    if (IsWord(token, "by") && t > 0 &&
        (IsWord(tokens[t - 1], "order") || IsWord(tokens[t - 1], "group") || IsWord(tokens[t - 1], "partition"))) {
      by_depth = depth;
      continue;
    }
    if (token.kind != TokenKind::kNumber) continue;

    // A number glued to a following identifier ("1abc") stays as it is.
    if (token.end < sql.size() && IsIdentStart(static_cast<unsigned char>(sql[token.end]))) continue;
    if (token.begin > 0 && IsIdentChar(static_cast<unsigned char>(sql[token.begin - 1]))) continue;
    if (!literal_group.empty() && literal_group.back()) continue;
    const Token* prev = t > 0 ? &tokens[t - 1] : nullptr;
    const Token* next = t + 1 < tokens.size() ? &tokens[t + 1] : nullptr;
    if (by_depth >= 0 && depth >= by_depth && prev != nullptr &&
        (IsWord(*prev, "by") || IsPunct(sql, *prev, ',') || IsPunct(sql, *prev, '('))) {
      bool whole_item = next == nullptr || IsPunct(sql, *next, ',') || IsPunct(sql, *next, ')') ||
                        IsPunct(sql, *next, ';') || next->kind == TokenKind::kWord;
      if (whole_item) continue;  // possibly an ordinal
    }
    // A '-' directly in front is folded into the constant when it is a
    // prefix minus, as PostgreSQL's grammar does.
    bool negative = false;
    size_t replace_begin = token.begin;
    if (prev != nullptr && IsOperator(sql, *prev, "-")) {
      bool prefix = t < 2 || !IsOperand(sql, tokens[t - 2]);
      if (prefix) {
        if (next != nullptr && (IsPunct(sql, *next, '[') || (next->kind == TokenKind::kPunct &&
                                                              sql.substr(next->begin, next->end - next->begin) == "::"))) {
          continue;
        }
        negative = true;
        replace_begin = prev->begin;
      }
    }
    types::SqlType type;
    types::Value value;
    std::string_view text = sql.substr(token.begin, token.end - token.begin);
    if (!MakeValue(text, negative, type, value)) continue;
    if (prev != nullptr && !negative && IsOperator(sql, *prev, "-") && type.oid != types::kInt4Oid) {
      continue;  // "x - 2147483648": keep PostgreSQL's exact typing of the literal
    }
    out.text.append(sql.substr(copied, replace_begin - copied));
    out.types.push_back(type);
    out.values.push_back(std::move(value));
    out.text.push_back('$');
    out.text.append(std::to_string(out.types.size()));
    copied = token.end;
  }
  out.text.append(sql.substr(copied));
  out.key = out.text;
  out.key.push_back('\x1f');
  for (const auto& type : out.types) out.key.push_back(TypeCode(type));
  return out;
}

}  // namespace augur::sql
