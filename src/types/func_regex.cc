// Regular expressions for ~ ~* !~ !~*, regexp_replace, regexp_like and
// regexp_count, on std::regex (ECMAScript grammar) — an approximation of
// PostgreSQL's Spencer ARE engine; docs/sql.md lists what differs.
#include <algorithm>
#include <regex>
#include <string>
#include <vector>

#include "types/func_string.h"

namespace augur::types {
namespace {

// Matching runs on code points (std::wregex over UTF-32: wchar_t is 32 bits
// here), so '.' and bracket expressions see characters, not UTF-8 bytes.
using WideIterator = std::wstring::const_iterator;
const std::wregex& Get(const std::shared_ptr<const void>& p) { return *static_cast<const std::wregex*>(p.get()); }

// UTF-8 -> UTF-32, with offsets[k] = byte offset of code point k (k = 0..n).
std::wstring Widen(std::string_view s, std::vector<size_t>* offsets) {
  std::wstring out;
  out.reserve(s.size());
  if (offsets != nullptr) offsets->clear();
  for (size_t i = 0; i < s.size();) {
    if (offsets != nullptr) offsets->push_back(i);
    unsigned char lead = static_cast<unsigned char>(s[i]);
    size_t n = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 1;
    if (i + n > s.size()) n = 1;
    uint32_t cp = n == 1 ? lead : lead & (0xFF >> (n + 1));
    for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(static_cast<wchar_t>(cp));
    i += n;
  }
  if (offsets != nullptr) offsets->push_back(s.size());
  return out;
}

// Index of the 1-based character `start` (clamped to the end).
size_t StartIndex(const std::wstring& text, int32_t start) {
  return std::min(static_cast<size_t>(std::max(start, 1) - 1), text.size());
}

}  // namespace

Status SimilarToEscape(std::string_view pattern, std::optional<std::string_view> escape, std::string* out) {
  std::string_view e = escape ? *escape : std::string_view("\\");
  if (!e.empty()) {
    unsigned char lead = static_cast<unsigned char>(e[0]);
    size_t first = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : 4;
    if (e.size() > first) {
      return Status::Error("22025", "invalid escape string").WithHint("Escape string must be empty or one character.");
    }
  }
  out->append("^(?:");
  bool after_escape = false, in_class = false;
  int quotes = 0;
  for (size_t i = 0; i < pattern.size();) {
    unsigned char lead = static_cast<unsigned char>(pattern[i]);
    size_t n = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : 4;
    n = std::min(n, pattern.size() - i);
    std::string_view ch = pattern.substr(i, n);
    i += n;
    if (after_escape) {
      if (ch == "\"" && !in_class) {
        if (quotes == 0) out->append("){1,1}?(");
        else if (quotes == 1) out->append("){1,1}(?:");
        else {
          return Status::Error("2200B", "SQL regular expression may not contain more than two escape-double-quote separators");
        }
        ++quotes;
      } else {
        out->push_back('\\');
        out->append(ch);
      }
      after_escape = false;
    } else if (!e.empty() && ch == e) {
      after_escape = true;
    } else if (in_class) {
      if (ch == "\\") out->push_back('\\');
      out->append(ch);
      if (ch == "]") in_class = false;
    } else if (ch == "[") {
      out->append(ch);
      in_class = true;
    } else if (ch == "%") {
      out->append(".*");
    } else if (ch == "_") {
      out->push_back('.');
    } else if (ch == "(") {
      out->append("(?:");
    } else if (ch == "\\" || ch == "." || ch == "^" || ch == "$") {
      out->push_back('\\');
      out->append(ch);
    } else {
      out->append(ch);
    }
  }
  out->append(")$");
  return Status::Ok();
}

Result<RegexPattern> RegexPattern::Compile(std::string_view pattern, std::string_view flags, bool allow_global) {
  auto options = std::regex::ECMAScript;
  RegexPattern out;
  for (char f : flags) {
    switch (f) {
      case 'i': options |= std::regex::icase; break;
      case 'c': options &= ~std::regex::icase; break;
      case 'g':
        if (!allow_global) {
          return Status::Error(sqlstate::kInvalidParameterValue, "invalid regular expression option: \"g\"");
        }
        out.global_ = true;
        break;
      case 'n': case 'p': case 'w': case 's': case 't': break;  // newline handling: ECMAScript default
      default:
        return Status::Error(sqlstate::kInvalidParameterValue,
                             std::string("invalid regular expression option: \"") + f + "\"");
    }
  }
  try {
    std::wstring wide = Widen(pattern, nullptr);
    out.regex_ = std::make_shared<const std::wregex>(wide.begin(), wide.end(), options);
  } catch (const std::regex_error& e) {
    return Status::Error("2201B", std::string("invalid regular expression: ") + e.what());
  }
  return out;
}

bool RegexPattern::Matches(std::string_view text) const {
  std::wstring wide = Widen(text, nullptr);
  return std::regex_search(wide.begin(), wide.end(), Get(regex_));
}

void RegexPattern::Replace(std::string_view text, std::string_view replacement, std::string* out) const {
  std::vector<size_t> offsets;
  std::wstring wide = Widen(text, &offsets);
  auto byte_at = [&](WideIterator it) { return offsets[static_cast<size_t>(it - wide.cbegin())]; };
  std::regex_iterator<WideIterator> it(wide.cbegin(), wide.cend(), Get(regex_)), end;
  size_t copied = 0;
  for (; it != end; ++it) {
    const auto& m = *it;
    size_t begin = byte_at(m[0].first);
    out->append(text.substr(copied, begin - copied));
    // PostgreSQL's replacement syntax: \1..\9 groups, \& whole match, \\ backslash.
    for (size_t k = 0; k < replacement.size(); ++k) {
      char c = replacement[k];
      if (c == '\\' && k + 1 < replacement.size()) {
        char n = replacement[k + 1];
        size_t group = n == '&' ? 0 : static_cast<size_t>(n - '0');
        if ((n >= '1' && n <= '9') || n == '&') {
          if (group < m.size() && m[group].matched) {
            size_t b = byte_at(m[group].first), e = byte_at(m[group].second);
            out->append(text.substr(b, e - b));
          }
          ++k;
          continue;
        }
        if (n == '\\') {
          out->push_back('\\');
          ++k;
          continue;
        }
      }
      out->push_back(c);
    }
    copied = byte_at(m[0].second);
    if (!global_) break;
  }
  out->append(text.substr(copied));
}

int32_t RegexPattern::Count(std::string_view text, int32_t start_char) const {
  std::wstring wide = Widen(text, nullptr);
  std::regex_iterator<WideIterator> it(wide.cbegin() + StartIndex(wide, start_char), wide.cend(), Get(regex_)), end;
  return static_cast<int32_t>(std::distance(it, end));
}

bool RegexPattern::Find(std::string_view text, int32_t start_char, int32_t n, int32_t subexpression, size_t* begin,
                        size_t* end) const {
  std::vector<size_t> offsets;
  std::wstring wide = Widen(text, &offsets);
  std::regex_iterator<WideIterator> it(wide.cbegin() + StartIndex(wide, start_char), wide.cend(), Get(regex_)), last;
  for (int32_t k = 1; it != last; ++it, ++k) {
    if (k < n) continue;
    const auto& m = *it;
    if (static_cast<size_t>(subexpression) >= m.size() || !m[subexpression].matched) return false;
    *begin = offsets[static_cast<size_t>(m[subexpression].first - wide.cbegin())];
    *end = offsets[static_cast<size_t>(m[subexpression].second - wide.cbegin())];
    return true;
  }
  return false;
}

}  // namespace augur::types
