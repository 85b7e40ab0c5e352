// Scalar string function kernels; see func_string.h for the contract.
//
// UTF-8 handling: input is valid UTF-8, so a character starts at every byte
// that is not a continuation byte (10xxxxxx), and byte-wise search finds only
// matches that start on character boundaries.
#include "types/func_string.h"

#include <openssl/evp.h>

#include <cassert>
#include <cstring>

namespace augur::types {
namespace {

// PostgreSQL's MaxAllocSize: the largest value a varlena may hold.
constexpr int64_t kMaxAllocSizeBytes = 0x3fffffff;
constexpr int64_t kMaxUtf8CharBytes = 4;

inline int Utf8CharBytes(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead & 0xe0) == 0xc0) return 2;
  if ((lead & 0xf0) == 0xe0) return 3;
  if ((lead & 0xf8) == 0xf0) return 4;
  return 1;
}

inline bool IsContinuation(unsigned char c) { return (c & 0xc0) == 0x80; }

// Byte offset of character `char_index` (0-based), or s.size() if past the end.
size_t ByteOffsetOfChar(std::string_view s, int64_t char_index) {
  size_t pos = 0;
  while (char_index > 0 && pos < s.size()) {
    pos += Utf8CharBytes(static_cast<unsigned char>(s[pos]));
    --char_index;
  }
  return pos < s.size() ? pos : s.size();
}

// Byte offset where the last `n` characters start.
size_t ByteOffsetOfLastChars(std::string_view s, int64_t n) {
  size_t pos = s.size();
  while (n > 0 && pos > 0) {
    --pos;
    while (pos > 0 && IsContinuation(static_cast<unsigned char>(s[pos]))) --pos;
    --n;
  }
  return pos;
}

inline char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c; }
inline char AsciiUpper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - ('a' - 'A')) : c; }

Status RequestedLengthTooLarge() {
  return Status::Error(sqlstate::kProgramLimitExceeded, "requested length too large");
}

// True if the character at s[pos] (of `len` bytes) is one of `set`'s characters.
bool InCharacterSet(std::string_view s, size_t pos, int len, std::string_view set) {
  size_t i = 0;
  while (i < set.size()) {
    int set_len = Utf8CharBytes(static_cast<unsigned char>(set[i]));
    if (set_len == len && std::memcmp(set.data() + i, s.data() + pos, len) == 0) return true;
    i += set_len;
  }
  return false;
}

size_t TrimLeftBytes(std::string_view s, std::string_view set) {
  size_t pos = 0;
  while (pos < s.size()) {
    int len = Utf8CharBytes(static_cast<unsigned char>(s[pos]));
    if (!InCharacterSet(s, pos, len, set)) break;
    pos += len;
  }
  return pos;
}

size_t TrimRightEnd(std::string_view s, size_t begin, std::string_view set) {
  size_t end = s.size();
  while (end > begin) {
    size_t start = end - 1;
    while (start > begin && IsContinuation(static_cast<unsigned char>(s[start]))) --start;
    if (!InCharacterSet(s, start, static_cast<int>(end - start), set)) break;
    end = start;
  }
  return end;
}

void AppendUtf8(uint32_t code, std::string* out) {
  if (code < 0x80) {
    out->push_back(static_cast<char>(code));
  } else if (code < 0x800) {
    out->push_back(static_cast<char>(0xc0 | (code >> 6)));
    out->push_back(static_cast<char>(0x80 | (code & 0x3f)));
  } else if (code < 0x10000) {
    out->push_back(static_cast<char>(0xe0 | (code >> 12)));
    out->push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3f)));
    out->push_back(static_cast<char>(0x80 | (code & 0x3f)));
  } else {
    out->push_back(static_cast<char>(0xf0 | (code >> 18)));
    out->push_back(static_cast<char>(0x80 | ((code >> 12) & 0x3f)));
    out->push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3f)));
    out->push_back(static_cast<char>(0x80 | (code & 0x3f)));
  }
}

// Shared body of lpad and rpad: the truncated string and the padding.
Status Pad(std::string_view s, int32_t length, std::string_view fill, bool left, std::string* out) {
  int64_t target_chars = length < 0 ? 0 : length;
  int64_t s_chars = CharLength(s);
  if (s_chars > target_chars) s_chars = target_chars;
  if (fill.empty()) target_chars = s_chars;
  if (kMaxUtf8CharBytes * target_chars + 4 > kMaxAllocSizeBytes) return RequestedLengthTooLarge();
  std::string_view kept = s.substr(0, ByteOffsetOfChar(s, s_chars));
  if (!left) out->append(kept);
  int64_t pad_chars = target_chars - s_chars;
  size_t fill_pos = 0;
  while (pad_chars-- > 0) {
    int len = Utf8CharBytes(static_cast<unsigned char>(fill[fill_pos]));
    out->append(fill.data() + fill_pos, len);
    fill_pos += len;
    if (fill_pos >= fill.size()) fill_pos = 0;
  }
  if (left) out->append(kept);
  return Status::Ok();
}

void AppendHex(uint64_t value, std::string* out) {
  static constexpr char kDigits[] = "0123456789abcdef";
  char buf[16];
  int n = 0;
  do {
    buf[n++] = kDigits[value & 0xf];
    value >>= 4;
  } while (value != 0);
  while (n > 0) out->push_back(buf[--n]);
}

}  // namespace

int32_t CharLength(std::string_view s) {
  int32_t count = 0;
  for (char c : s) count += !IsContinuation(static_cast<unsigned char>(c));
  return count;
}

void Lower(std::string_view s, std::string* out) {
  size_t base = out->size();
  out->resize(base + s.size());
  char* dst = out->data() + base;
  for (size_t i = 0; i < s.size(); ++i) dst[i] = AsciiLower(s[i]);
}

void Upper(std::string_view s, std::string* out) {
  size_t base = out->size();
  out->resize(base + s.size());
  char* dst = out->data() + base;
  for (size_t i = 0; i < s.size(); ++i) dst[i] = AsciiUpper(s[i]);
}

void Initcap(std::string_view s, std::string* out) {
  bool previous_alnum = false;
  for (char c : s) {
    c = previous_alnum ? AsciiLower(c) : AsciiUpper(c);
    out->push_back(c);
    previous_alnum = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }
}

void Substring(std::string_view s, int32_t start, std::string* out) {
  int64_t first = start < 1 ? 1 : start;
  out->append(s.substr(ByteOffsetOfChar(s, first - 1)));
}

Status Substring(std::string_view s, int32_t start, int32_t count, std::string* out) {
  if (count < 0) {
    return Status::Error(sqlstate::kSubstringError, "negative substring length not allowed");
  }
  int64_t end = static_cast<int64_t>(start) + count;  // exclusive, 1-based
  int64_t first = start < 1 ? 1 : start;
  if (end <= first) return Status::Ok();
  size_t begin_byte = ByteOffsetOfChar(s, first - 1);
  std::string_view rest = s.substr(begin_byte);
  out->append(rest.substr(0, ByteOffsetOfChar(rest, end - first)));
  return Status::Ok();
}

int32_t Strpos(std::string_view haystack, std::string_view needle) {
  size_t byte_pos = haystack.find(needle);
  if (byte_pos == std::string_view::npos) return 0;
  return CharLength(haystack.substr(0, byte_pos)) + 1;
}

void Btrim(std::string_view s, std::string_view characters, std::string* out) {
  size_t begin = TrimLeftBytes(s, characters);
  size_t end = TrimRightEnd(s, begin, characters);
  out->append(s.substr(begin, end - begin));
}

void Ltrim(std::string_view s, std::string_view characters, std::string* out) {
  out->append(s.substr(TrimLeftBytes(s, characters)));
}

void Rtrim(std::string_view s, std::string_view characters, std::string* out) {
  out->append(s.substr(0, TrimRightEnd(s, 0, characters)));
}

void Replace(std::string_view s, std::string_view from, std::string_view to, std::string* out) {
  if (from.empty()) {
    out->append(s);
    return;
  }
  size_t pos = 0;
  while (true) {
    size_t hit = s.find(from, pos);
    if (hit == std::string_view::npos) break;
    out->append(s.substr(pos, hit - pos));
    out->append(to);
    pos = hit + from.size();
  }
  out->append(s.substr(pos));
}

void Left(std::string_view s, int32_t n, std::string* out) {
  if (n >= 0) {
    out->append(s.substr(0, ByteOffsetOfChar(s, n)));
  } else {
    out->append(s.substr(0, ByteOffsetOfLastChars(s, -static_cast<int64_t>(n))));
  }
}

void Right(std::string_view s, int32_t n, std::string* out) {
  if (n >= 0) {
    out->append(s.substr(ByteOffsetOfLastChars(s, n)));
  } else {
    out->append(s.substr(ByteOffsetOfChar(s, -static_cast<int64_t>(n))));
  }
}

Status Lpad(std::string_view s, int32_t length, std::string_view fill, std::string* out) {
  return Pad(s, length, fill, /*left=*/true, out);
}

Status Rpad(std::string_view s, int32_t length, std::string_view fill, std::string* out) {
  return Pad(s, length, fill, /*left=*/false, out);
}

Status SplitPart(std::string_view s, std::string_view delimiter, int32_t field, std::string* out) {
  if (field == 0) {
    return Status::Error(sqlstate::kInvalidParameterValue, "field position must not be zero");
  }
  if (s.empty()) return Status::Ok();
  if (delimiter.empty()) {
    if (field == 1 || field == -1) out->append(s);
    return Status::Ok();
  }
  // Split positions: collect fields left to right (non-overlapping matches).
  if (field > 0) {
    size_t pos = 0;
    for (int32_t i = 1;; ++i) {
      size_t hit = s.find(delimiter, pos);
      if (i == field) {
        out->append(s.substr(pos, hit == std::string_view::npos ? std::string_view::npos : hit - pos));
        return Status::Ok();
      }
      if (hit == std::string_view::npos) return Status::Ok();
      pos = hit + delimiter.size();
    }
  }
  // Negative field: count the fields, then take number (count + field + 1).
  int64_t fields = 1;
  for (size_t pos = s.find(delimiter); pos != std::string_view::npos;
       pos = s.find(delimiter, pos + delimiter.size())) {
    ++fields;
  }
  int64_t wanted = fields + field + 1;
  if (wanted < 1) return Status::Ok();
  return SplitPart(s, delimiter, static_cast<int32_t>(wanted), out);
}

void Concat(std::span<const std::optional<std::string_view>> args, std::string* out) {
  for (const auto& arg : args) {
    if (arg) out->append(*arg);
  }
}

void ConcatWs(std::string_view separator, std::span<const std::optional<std::string_view>> args,
              std::string* out) {
  bool first = true;
  for (const auto& arg : args) {
    if (!arg) continue;
    if (!first) out->append(separator);
    out->append(*arg);
    first = false;
  }
}

Status Repeat(std::string_view s, int32_t count, std::string* out) {
  if (count <= 0 || s.empty()) return Status::Ok();
  int64_t total_bytes = static_cast<int64_t>(count) * static_cast<int64_t>(s.size());
  if (total_bytes + 4 > kMaxAllocSizeBytes || total_bytes > INT32_MAX) return RequestedLengthTooLarge();
  out->reserve(out->size() + total_bytes);
  for (int32_t i = 0; i < count; ++i) out->append(s);
  return Status::Ok();
}

void Reverse(std::string_view s, std::string* out) {
  size_t end = s.size();
  out->reserve(out->size() + s.size());
  while (end > 0) {
    size_t start = end - 1;
    while (start > 0 && IsContinuation(static_cast<unsigned char>(s[start]))) --start;
    out->append(s.substr(start, end - start));
    end = start;
  }
}

void Md5(std::string_view s, std::string* out) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int digest_bytes = 0;
  int ok = EVP_Digest(s.data(), s.size(), digest, &digest_bytes, EVP_md5(), nullptr);
  assert(ok == 1 && digest_bytes == 16);
  (void)ok;
  static constexpr char kDigits[] = "0123456789abcdef";
  for (unsigned int i = 0; i < digest_bytes; ++i) {
    out->push_back(kDigits[digest[i] >> 4]);
    out->push_back(kDigits[digest[i] & 0xf]);
  }
}

void ToHex(int32_t value, std::string* out) { AppendHex(static_cast<uint32_t>(value), out); }
void ToHex(int64_t value, std::string* out) { AppendHex(static_cast<uint64_t>(value), out); }

int32_t Ascii(std::string_view s) {
  if (s.empty()) return 0;
  auto b = [&](size_t i) { return static_cast<uint32_t>(static_cast<unsigned char>(s[i])); };
  int len = Utf8CharBytes(static_cast<unsigned char>(s[0]));
  if (static_cast<size_t>(len) > s.size()) len = 1;
  switch (len) {
    case 2: return static_cast<int32_t>(((b(0) & 0x1f) << 6) | (b(1) & 0x3f));
    case 3: return static_cast<int32_t>(((b(0) & 0x0f) << 12) | ((b(1) & 0x3f) << 6) | (b(2) & 0x3f));
    case 4:
      return static_cast<int32_t>(((b(0) & 0x07) << 18) | ((b(1) & 0x3f) << 12) | ((b(2) & 0x3f) << 6) |
                                  (b(3) & 0x3f));
    default: return static_cast<int32_t>(b(0));
  }
}

Status Chr(int32_t code, std::string* out) {
  if (code < 0) return Status::Error(sqlstate::kInvalidParameterValue, "character number must be positive");
  if (code == 0) return Status::Error(sqlstate::kProgramLimitExceeded, "null character not permitted");
  if (code > 0x10ffff) {
    return Status::Error(sqlstate::kProgramLimitExceeded,
                         "requested character too large for encoding: " + std::to_string(code));
  }
  if (code >= 0xd800 && code <= 0xdfff) {
    return Status::Error(sqlstate::kProgramLimitExceeded,
                         "requested character not valid for encoding: " + std::to_string(code));
  }
  AppendUtf8(static_cast<uint32_t>(code), out);
  return Status::Ok();
}

// ---------------------------------------------------------------- LIKE

namespace {

Status TrailingEscapeError() {
  return Status::Error(sqlstate::kInvalidEscapeSequence, "LIKE pattern must not end with escape character");
}

template <bool kFold>
inline bool BytesEqual(const char* text, const char* pattern, size_t n) {
  if constexpr (!kFold) {
    return std::memcmp(text, pattern, n) == 0;
  } else {
    for (size_t i = 0; i < n; ++i) {
      if (AsciiLower(text[i]) != pattern[i]) return false;
    }
    return true;
  }
}

template <bool kFold>
size_t FindBytes(std::string_view text, std::string_view needle) {
  if constexpr (!kFold) {
    return text.find(needle);
  } else {
    if (needle.empty()) return 0;
    if (needle.size() > text.size()) return std::string_view::npos;
    size_t last = text.size() - needle.size();
    for (size_t i = 0; i <= last; ++i) {
      if (AsciiLower(text[i]) == needle[0] && BytesEqual<true>(text.data() + i, needle.data(), needle.size())) {
        return i;
      }
    }
    return std::string_view::npos;
  }
}

}  // namespace

Result<LikePattern> LikePattern::Compile(std::string_view pattern, std::optional<std::string_view> escape,
                                         bool case_insensitive) {
  // Decide the escape character (as bytes; may be a multi-byte character).
  std::string_view escape_char = "\\";
  if (escape) {
    if (escape->empty()) {
      escape_char = {};
    } else if (static_cast<size_t>(Utf8CharBytes(static_cast<unsigned char>((*escape)[0]))) != escape->size()) {
      return Status::Error(sqlstate::kInvalidEscapeSequence, "invalid escape string")
          .WithHint("Escape string must be empty or one character.");
    } else {
      escape_char = *escape;
    }
  }
  LikePattern p;
  p.case_insensitive_ = case_insensitive;
  auto add_literal = [&p](std::string_view bytes) {
    if (p.tokens_.empty() || p.tokens_.back().kind != TokenKind::kLiteral) {
      p.tokens_.push_back({TokenKind::kLiteral, static_cast<uint32_t>(p.literals_.size()), 0});
    }
    p.literals_.append(bytes);
    p.tokens_.back().length += static_cast<uint32_t>(bytes.size());
  };
  size_t pos = 0;
  while (pos < pattern.size()) {
    size_t len = Utf8CharBytes(static_cast<unsigned char>(pattern[pos]));
    if (pos + len > pattern.size()) len = pattern.size() - pos;
    std::string_view ch = pattern.substr(pos, len);
    pos += len;
    if (!escape_char.empty() && ch == escape_char) {
      if (pos >= pattern.size()) {
        p.trailing_escape_ = true;
        break;
      }
      size_t next_len = Utf8CharBytes(static_cast<unsigned char>(pattern[pos]));
      if (pos + next_len > pattern.size()) next_len = pattern.size() - pos;
      add_literal(pattern.substr(pos, next_len));
      pos += next_len;
    } else if (ch == "%") {
      // Consecutive %s are one % (PostgreSQL skips them too).
      if (p.tokens_.empty() || p.tokens_.back().kind != TokenKind::kAnyString) {
        p.tokens_.push_back({TokenKind::kAnyString, 0, 0});
      }
    } else if (ch == "_") {
      p.tokens_.push_back({TokenKind::kAnyChar, 0, 0});
    } else {
      add_literal(ch);
    }
  }
  if (case_insensitive) {
    for (char& c : p.literals_) c = AsciiLower(c);
  }
  // Classify the shape for the fast paths.
  auto kind = [&p](size_t i) { return p.tokens_[i].kind; };
  size_t n = p.tokens_.size();
  if (p.trailing_escape_) {
    p.shape_ = Shape::kGeneral;
  } else if (n == 0 || (n == 1 && kind(0) == TokenKind::kLiteral)) {
    p.shape_ = Shape::kExact;
  } else if (n == 1 && kind(0) == TokenKind::kAnyString) {
    p.shape_ = Shape::kMatchAll;
  } else if (n == 2 && kind(0) == TokenKind::kLiteral && kind(1) == TokenKind::kAnyString) {
    p.shape_ = Shape::kPrefix;
  } else if (n == 2 && kind(0) == TokenKind::kAnyString && kind(1) == TokenKind::kLiteral) {
    p.shape_ = Shape::kSuffix;
  } else if (n == 3 && kind(0) == TokenKind::kAnyString && kind(1) == TokenKind::kLiteral &&
             kind(2) == TokenKind::kAnyString) {
    p.shape_ = Shape::kInfix;
  } else {
    p.shape_ = Shape::kGeneral;
  }
  return p;
}

template <bool kFold>
bool LikePattern::MatchFast(std::string_view text) const {
  std::string_view lit = literals_;
  switch (shape_) {
    case Shape::kExact: return text.size() == lit.size() && BytesEqual<kFold>(text.data(), lit.data(), lit.size());
    case Shape::kPrefix:
      return text.size() >= lit.size() && BytesEqual<kFold>(text.data(), lit.data(), lit.size());
    case Shape::kSuffix:
      return text.size() >= lit.size() &&
             BytesEqual<kFold>(text.data() + text.size() - lit.size(), lit.data(), lit.size());
    case Shape::kInfix: return FindBytes<kFold>(text, lit) != std::string_view::npos;
    case Shape::kMatchAll: return true;
    case Shape::kGeneral: break;
  }
  return MatchGeneral<kFold>(text, 0) == MatchResult::kTrue;
}

// PostgreSQL's MatchText (like_match.c) over tokens. kAbort means "no match
// possible for any later start either", which stops the caller's % loop.
template <bool kFold>
LikePattern::MatchResult LikePattern::MatchGeneral(std::string_view text, size_t i) const {
  const size_t n = tokens_.size();
  size_t t = 0;
  while (t < text.size() && i < n) {
    const Token& token = tokens_[i];
    if (token.kind == TokenKind::kLiteral) {
      size_t avail = text.size() - t;
      size_t cmp = token.length < avail ? token.length : avail;
      if (!BytesEqual<kFold>(text.data() + t, literals_.data() + token.offset, cmp)) return MatchResult::kFalse;
      t += cmp;
      if (cmp < token.length) return MatchResult::kAbort;  // text ended inside the literal
      ++i;
    } else if (token.kind == TokenKind::kAnyChar) {
      t += Utf8CharBytes(static_cast<unsigned char>(text[t]));
      ++i;
    } else {
      ++i;
      // Swallow following _s (each needs one character) and %s.
      while (i < n && tokens_[i].kind != TokenKind::kLiteral) {
        if (tokens_[i].kind == TokenKind::kAnyChar) {
          if (t >= text.size()) return MatchResult::kAbort;
          t += Utf8CharBytes(static_cast<unsigned char>(text[t]));
        }
        ++i;
      }
      if (i == n) return trailing_escape_ ? MatchResult::kError : MatchResult::kTrue;
      char first = literals_[tokens_[i].offset];
      while (t < text.size()) {
        char c = kFold ? AsciiLower(text[t]) : text[t];
        if (c == first) {
          MatchResult r = MatchGeneral<kFold>(text.substr(t), i);
          if (r != MatchResult::kFalse) return r;
        }
        t += Utf8CharBytes(static_cast<unsigned char>(text[t]));
      }
      return MatchResult::kAbort;
    }
  }
  if (t < text.size()) {
    // Pattern exhausted with text left: the trailing escape is reached here.
    return trailing_escape_ ? MatchResult::kError : MatchResult::kFalse;
  }
  while (i < n && tokens_[i].kind == TokenKind::kAnyString) ++i;
  return (i == n && !trailing_escape_) ? MatchResult::kTrue : MatchResult::kAbort;
}

bool LikePattern::Matches(std::string_view text) const {
  assert(!trailing_escape_);
  return case_insensitive_ ? MatchFast<true>(text) : MatchFast<false>(text);
}

Result<bool> LikePattern::MatchesChecked(std::string_view text) const {
  if (!trailing_escape_) return Matches(text);
  MatchResult r = case_insensitive_ ? MatchGeneral<true>(text, 0) : MatchGeneral<false>(text, 0);
  if (r == MatchResult::kError) return TrailingEscapeError();
  return r == MatchResult::kTrue;
}

Result<bool> Like(std::string_view text, std::string_view pattern, std::optional<std::string_view> escape) {
  ASSIGN_OR_RETURN(LikePattern p, LikePattern::Compile(pattern, escape, false));
  return p.MatchesChecked(text);
}

Result<bool> Ilike(std::string_view text, std::string_view pattern, std::optional<std::string_view> escape) {
  ASSIGN_OR_RETURN(LikePattern p, LikePattern::Compile(pattern, escape, true));
  return p.MatchesChecked(text);
}

}  // namespace augur::types
