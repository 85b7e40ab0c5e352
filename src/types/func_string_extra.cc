// translate, quote_ident, quote_literal, encode/decode, sha2 digests and
// to_number: see func_string.h for the contract.
#include <openssl/evp.h>

#include <algorithm>
#include <array>
#include <cassert>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <string>

#include "types/func_string.h"
#include "types/numeric.h"

namespace augur::types {
namespace {

size_t CharBytes(std::string_view s, size_t at) {
  unsigned char lead = static_cast<unsigned char>(s[at]);
  size_t n = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 1;
  return std::min(n, s.size() - at);
}

std::vector<std::string_view> SplitChars(std::string_view s) {
  std::vector<std::string_view> chars;
  for (size_t i = 0; i < s.size();) {
    size_t n = CharBytes(s, i);
    chars.push_back(s.substr(i, n));
    i += n;
  }
  return chars;
}

// PostgreSQL 15 keywords that are not UNRESERVED (quote_ident quotes them).
constexpr std::string_view kQuotedKeywords[] = {
    "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization", "between",
    "bigint", "binary", "bit", "boolean", "both", "case", "cast", "char", "character", "check", "coalesce",
    "collate", "collation", "column", "concurrently", "constraint", "create", "cross", "current_catalog",
    "current_date", "current_role", "current_schema", "current_time", "current_timestamp", "current_user", "dec",
    "decimal", "default", "deferrable", "desc", "distinct", "do", "else", "end", "except", "exists", "extract",
    "false", "fetch", "float", "for", "foreign", "freeze", "from", "full", "grant", "greatest", "group", "grouping",
    "having", "ilike", "in", "initially", "inner", "inout", "int", "integer", "intersect", "interval", "into", "is",
    "isnull", "join", "lateral", "leading", "least", "left", "like", "limit", "localtime", "localtimestamp",
    "national", "natural", "nchar", "none", "normalize", "not", "notnull", "null", "nullif", "numeric", "offset",
    "on", "only", "or", "order", "out", "outer", "overlaps", "overlay", "placing", "position", "precision",
    "primary", "real", "references", "returning", "right", "row", "select", "session_user", "setof", "similar",
    "smallint", "some", "substring", "symmetric", "table", "tablesample", "then", "time", "timestamp", "to",
    "trailing", "treat", "trim", "true", "union", "unique", "user", "using", "values", "varchar", "variadic",
    "verbose", "when", "where", "window", "with", "xmlattributes", "xmlconcat", "xmlelement", "xmlexists",
    "xmlforest", "xmlnamespaces", "xmlparse", "xmlpi", "xmlroot", "xmlserialize", "xmltable",
};

Status InvalidParameter(std::string message) {
  return Status::Error(sqlstate::kInvalidParameterValue, std::move(message));
}

constexpr char kBase64Chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

void Digest(const EVP_MD* md, std::string_view bytes, std::string* out) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int digest_bytes = 0;
  int ok = EVP_Digest(bytes.data(), bytes.size(), digest, &digest_bytes, md, nullptr);
  assert(ok == 1);
  (void)ok;
  out->append(reinterpret_cast<const char*>(digest), digest_bytes);
}

}  // namespace

void Translate(std::string_view s, std::string_view from, std::string_view to, std::string* out) {
  std::vector<std::string_view> from_chars = SplitChars(from), to_chars = SplitChars(to);
  for (std::string_view ch : SplitChars(s)) {
    auto it = std::find(from_chars.begin(), from_chars.end(), ch);
    if (it == from_chars.end()) {
      out->append(ch);
      continue;
    }
    size_t index = static_cast<size_t>(it - from_chars.begin());
    if (index < to_chars.size()) out->append(to_chars[index]);
  }
}

Status Overlay(std::string_view s, std::string_view placing, int32_t start, std::optional<int32_t> count, bool bytes,
               std::string* out) {
  // Positions in units (characters, or bytes for bytea): offsets[k] = byte
  // offset of unit k (k = 0..n).
  auto offsets_of = [bytes](std::string_view text) {
    std::vector<size_t> offsets{0};
    for (size_t i = 0; i < text.size();) {
      i += bytes ? 1 : CharBytes(text, i);
      offsets.push_back(i);
    }
    return offsets;
  };
  std::vector<size_t> units = offsets_of(s);
  int64_t length = count ? *count : static_cast<int64_t>(offsets_of(placing).size() - 1);
  // substring(s, 1, start - 1) fails for start < 1; a negative count is fine.
  if (start < 1) return Status::Error("22011", "negative substring length not allowed");
  const int64_t n = static_cast<int64_t>(units.size() - 1);
  // s1 = substring(s, 1, start - 1); s2 = substring(s, start + length).
  int64_t head = std::clamp<int64_t>(int64_t{start} - 1, 0, n);
  int64_t tail = std::clamp<int64_t>(int64_t{start} + length - 1, 0, n);
  out->append(s.substr(0, units[head]));
  out->append(placing);
  out->append(s.substr(units[tail]));
  return Status::Ok();
}

void QuoteIdent(std::string_view s, std::string* out) {
  bool safe = !s.empty() && ((s[0] >= 'a' && s[0] <= 'z') || s[0] == '_');
  for (char c : s) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) safe = false;
  }
  if (safe && std::find(std::begin(kQuotedKeywords), std::end(kQuotedKeywords), s) != std::end(kQuotedKeywords)) safe = false;
  if (safe) {
    out->append(s);
    return;
  }
  out->push_back('"');
  for (char c : s) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

void QuoteLiteral(std::string_view s, std::string* out) {
  if (s.find('\\') != std::string_view::npos) out->push_back('E');
  out->push_back('\'');
  for (char c : s) {
    if (c == '\'' || c == '\\') out->push_back(c);
    out->push_back(c);
  }
  out->push_back('\'');
}

Status Encode(std::string_view bytes, std::string_view format, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  if (format == "hex") {
    for (unsigned char c : bytes) {
      out->push_back(kHex[c >> 4]);
      out->push_back(kHex[c & 0xF]);
    }
    return Status::Ok();
  }
  if (format == "base64") {
    // 76 characters per line, as PostgreSQL's pg_base64_encode.
    size_t line = 0;
    for (size_t i = 0; i < bytes.size(); i += 3) {
      uint32_t v = static_cast<unsigned char>(bytes[i]) << 16;
      if (i + 1 < bytes.size()) v |= static_cast<unsigned char>(bytes[i + 1]) << 8;
      if (i + 2 < bytes.size()) v |= static_cast<unsigned char>(bytes[i + 2]);
      if (line >= 76) {
        out->push_back('\n');
        line = 0;
      }
      out->push_back(kBase64Chars[(v >> 18) & 0x3F]);
      out->push_back(kBase64Chars[(v >> 12) & 0x3F]);
      out->push_back(i + 1 < bytes.size() ? kBase64Chars[(v >> 6) & 0x3F] : '=');
      out->push_back(i + 2 < bytes.size() ? kBase64Chars[v & 0x3F] : '=');
      line += 4;
    }
    return Status::Ok();
  }
  if (format == "escape") {
    for (unsigned char c : bytes) {
      if (c == '\\') {
        out->append("\\\\");
      } else if (c == 0 || c >= 0x80) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\%03o", c);
        out->append(buf);
      } else {
        out->push_back(static_cast<char>(c));
      }
    }
    return Status::Ok();
  }
  return InvalidParameter("unrecognized encoding: \"" + std::string(format) + "\"");
}

Status Decode(std::string_view text, std::string_view format, std::string* out) {
  if (format == "hex") {
    auto digit = [](char c) -> int {
      if (c >= '0' && c <= '9') return c - '0';
      if (c >= 'a' && c <= 'f') return c - 'a' + 10;
      if (c >= 'A' && c <= 'F') return c - 'A' + 10;
      return -1;
    };
    for (size_t i = 0; i < text.size();) {
      char c = text[i];
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
        ++i;
        continue;
      }
      int hi = digit(c);
      if (hi < 0) return InvalidParameter("invalid hexadecimal digit: \"" + std::string(text.substr(i, CharBytes(text, i))) + "\"");
      if (i + 1 >= text.size()) return InvalidParameter("invalid hexadecimal data: odd number of digits");
      int lo = digit(text[i + 1]);
      if (lo < 0) {
        return InvalidParameter("invalid hexadecimal digit: \"" + std::string(text.substr(i + 1, CharBytes(text, i + 1))) + "\"");
      }
      out->push_back(static_cast<char>(hi * 16 + lo));
      i += 2;
    }
    return Status::Ok();
  }
  if (format == "base64") {
    uint32_t acc = 0;
    int bits_count = 0, pad = 0, chars = 0;
    for (size_t i = 0; i < text.size(); ++i) {
      char c = text[i];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
      int v;
      if (c == '=') {
        // Padding: only at the end of a group.
        if (pad == 0) {
          if (chars % 4 == 2) pad = 2;
          else if (chars % 4 == 3) pad = 1;
          else return InvalidParameter("unexpected \"=\" while decoding base64 sequence");
        }
        ++chars;
        continue;
      }
      const char* p = std::strchr(kBase64Chars, c);
      if (c == '\0' || p == nullptr) {
        return InvalidParameter("invalid symbol \"" + std::string(text.substr(i, CharBytes(text, i))) +
                                "\" found while decoding base64 sequence");
      }
      if (pad != 0) return InvalidParameter("invalid base64 end sequence").WithHint(
          "Input data is missing padding, is truncated, or is otherwise corrupted.");
      v = static_cast<int>(p - kBase64Chars);
      acc = (acc << 6) | static_cast<uint32_t>(v);
      bits_count += 6;
      ++chars;
      if (bits_count >= 8) {
        bits_count -= 8;
        out->push_back(static_cast<char>((acc >> bits_count) & 0xFF));
      }
    }
    if (chars % 4 != 0) {
      return InvalidParameter("invalid base64 end sequence")
          .WithHint("Input data is missing padding, is truncated, or is otherwise corrupted.");
    }
    return Status::Ok();
  }
  if (format == "escape") {
    for (size_t i = 0; i < text.size();) {
      if (text[i] != '\\') {
        out->push_back(text[i++]);
        continue;
      }
      if (i + 1 < text.size() && text[i + 1] == '\\') {
        out->push_back('\\');
        i += 2;
        continue;
      }
      if (i + 3 < text.size() + 0 && text[i + 1] >= '0' && text[i + 1] <= '3' && text[i + 2] >= '0' &&
          text[i + 2] <= '7' && text[i + 3] >= '0' && text[i + 3] <= '7') {
        out->push_back(static_cast<char>((text[i + 1] - '0') * 64 + (text[i + 2] - '0') * 8 + (text[i + 3] - '0')));
        i += 4;
        continue;
      }
      return Status::Error(sqlstate::kInvalidTextRepresentation, "invalid input syntax for type bytea");
    }
    return Status::Ok();
  }
  return InvalidParameter("unrecognized encoding: \"" + std::string(format) + "\"");
}

void Sha224(std::string_view bytes, std::string* out) { Digest(EVP_sha224(), bytes, out); }
void Sha256(std::string_view bytes, std::string* out) { Digest(EVP_sha256(), bytes, out); }
void Sha384(std::string_view bytes, std::string* out) { Digest(EVP_sha384(), bytes, out); }
void Sha512(std::string_view bytes, std::string* out) { Digest(EVP_sha512(), bytes, out); }

Result<Numeric> ToNumber(std::string_view text, std::string_view format) {
  // Walk the format; each digit position takes one input digit when there
  // is one, separators take their character, sign positions a sign.
  std::string digits;
  bool negative = false, seen_point = false;
  int fraction_digits = 0;
  size_t at = 0;
  auto peek = [&]() -> char { return at < text.size() ? text[at] : '\0'; };
  auto upper_at = [&](size_t k) {
    return k < format.size() ? static_cast<char>(std::toupper(static_cast<unsigned char>(format[k]))) : '\0';
  };
  std::string upper_format(format);
  for (char& c : upper_format) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (upper_format.find("PR") != std::string::npos && peek() == '<') {
    negative = true;
    ++at;
  }
  for (size_t k = 0; k < format.size();) {
    char f = upper_at(k);
    if (f == 'F' && upper_at(k + 1) == 'M') {
      k += 2;
      continue;
    }
    if (f == '9' || f == '0') {
      while (peek() == ' ' && digits.empty()) ++at;  // leading blanks of the number
      if (peek() == '-' && digits.empty()) {
        negative = true;
        ++at;
      } else if (peek() == '+' && digits.empty()) {
        ++at;
      }
      if (peek() >= '0' && peek() <= '9') {
        digits.push_back(text[at++]);
        if (seen_point) ++fraction_digits;
      }
      ++k;
      continue;
    }
    if (f == '.' || f == 'D') {
      if (peek() == '.') ++at;
      seen_point = true;
      ++k;
      continue;
    }
    if (f == ',' || f == 'G') {
      if (peek() == ',') ++at;
      ++k;
      continue;
    }
    if (f == 'S' && upper_at(k + 1) == 'G') {
      if (peek() == '-') negative = true;
      if (peek() == '-' || peek() == '+') ++at;
      k += 2;
      continue;
    }
    if (f == 'S' || (f == 'M' && upper_at(k + 1) == 'I') || (f == 'P' && upper_at(k + 1) == 'L')) {
      if (peek() == '-') negative = true;
      if (peek() == '-' || peek() == '+') ++at;
      k += f == 'S' ? 1 : 2;
      continue;
    }
    if (f == 'P' && upper_at(k + 1) == 'R') {
      if (peek() == '>') ++at;
      k += 2;
      continue;
    }
    if (f == 'L' || f == 'V') {
      ++k;
      continue;
    }
    // Literal format text consumes one input character.
    if (at < text.size()) at += CharBytes(text, at);
    k += CharBytes(format, k);
  }
  if (digits.empty()) {
    return Status::Error(sqlstate::kInvalidTextRepresentation, "invalid input syntax for type numeric: \" \"");
  }
  std::string number = (negative ? "-" : "") + digits.substr(0, digits.size() - fraction_digits);
  if (fraction_digits > 0) number += "." + digits.substr(digits.size() - fraction_digits);
  return NumericFromString(number);
}

}  // namespace augur::types
