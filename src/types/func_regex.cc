// Regular expressions for ~ ~* !~ !~*, regexp_replace, regexp_like and
// regexp_count, on std::regex (ECMAScript grammar) — an approximation of
// PostgreSQL's Spencer ARE engine; docs/sql.md lists what differs.
#include <algorithm>
#include <regex>

#include "types/func_string.h"

namespace augur::types {
namespace {

const std::regex& Get(const std::shared_ptr<const void>& p) { return *static_cast<const std::regex*>(p.get()); }

// Byte offset of the 1-based character `start` (clamped to the end).
size_t CharOffset(std::string_view s, int32_t start) {
  size_t at = 0;
  for (int32_t c = 1; c < start && at < s.size(); ++c) {
    unsigned char lead = static_cast<unsigned char>(s[at]);
    at += lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : 4;
  }
  return std::min(at, s.size());
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
    out.regex_ = std::make_shared<const std::regex>(pattern.begin(), pattern.end(), options);
  } catch (const std::regex_error& e) {
    return Status::Error("2201B", std::string("invalid regular expression: ") + e.what());
  }
  return out;
}

bool RegexPattern::Matches(std::string_view text) const {
  return std::regex_search(text.begin(), text.end(), Get(regex_));
}

void RegexPattern::Replace(std::string_view text, std::string_view replacement, std::string* out) const {
  auto it = std::regex_iterator<std::string_view::const_iterator>(text.begin(), text.end(), Get(regex_));
  std::regex_iterator<std::string_view::const_iterator> end;
  size_t copied = 0;
  for (; it != end; ++it) {
    const auto& m = *it;
    size_t begin = static_cast<size_t>(m[0].first - text.begin());
    out->append(text.substr(copied, begin - copied));
    // PostgreSQL's replacement syntax: \1..\9 groups, \& whole match, \\ backslash.
    for (size_t k = 0; k < replacement.size(); ++k) {
      char c = replacement[k];
      if (c == '\\' && k + 1 < replacement.size()) {
        char n = replacement[k + 1];
        if (n >= '1' && n <= '9') {
          size_t group = static_cast<size_t>(n - '0');
          if (group < m.size() && m[group].matched) out->append(m[group].first, m[group].second);
          ++k;
          continue;
        }
        if (n == '&') {
          out->append(m[0].first, m[0].second);
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
    copied = static_cast<size_t>(m[0].second - text.begin());
    if (!global_) break;
  }
  out->append(text.substr(copied));
}

int32_t RegexPattern::Count(std::string_view text, int32_t start_char) const {
  size_t from = CharOffset(text, start_char);
  auto it = std::regex_iterator<std::string_view::const_iterator>(text.begin() + from, text.end(), Get(regex_));
  return static_cast<int32_t>(std::distance(it, std::regex_iterator<std::string_view::const_iterator>()));
}

}  // namespace augur::types
