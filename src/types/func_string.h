// Scalar string function kernels: PostgreSQL 15 text functions over UTF-8.
//
// What is here: length/char_length (CharLength), octet_length, lower, upper,
// initcap, substring/substr, position/strpos, btrim/ltrim/rtrim (trim),
// replace, left, right, lpad, rpad, split_part, concat, concat_ws, repeat,
// reverse, md5, to_hex, ascii, chr, starts_with, the || operator, and
// LIKE / ILIKE / NOT LIKE through a precompiled LikePattern.
//
// Conventions. Each kernel is a plain function over one row's values; the
// vectorized engine (exec/) loops over vectors and handles NULLs for strict
// functions itself (every function here is strict except concat/concat_ws,
// which take optional arguments). Text results are appended to a caller-owned
// std::string so a loop can reuse one buffer. Strings are valid UTF-8 (the
// input layer validates them); lengths and positions count characters.
// Case mapping follows PostgreSQL's "C" collation: only ASCII letters change.
// Errors carry PostgreSQL's SQLSTATE and message text exactly.
//
// Thread-safety: all functions are pure; a compiled LikePattern is immutable
// and may be shared by threads.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "types/type.h"

namespace augur::types {

// length(text), char_length(text), character_length(text): characters.
int32_t CharLength(std::string_view s);
// octet_length(text): bytes.
inline int32_t OctetLength(std::string_view s) { return static_cast<int32_t>(s.size()); }

// lower/upper/initcap in the C collation (ASCII letters only). initcap
// upper-cases a letter that follows a non-[A-Za-z0-9] byte, lowers the rest.
void Lower(std::string_view s, std::string* out);
void Upper(std::string_view s, std::string* out);
void Initcap(std::string_view s, std::string* out);

// substring(s from start [for count]) / substr(s, start [, count]).
// Positions are 1-based characters; start may be zero or negative (the
// window [start, start+count) is clipped to the string). count < 0 is
// 22011 "negative substring length not allowed".
void Substring(std::string_view s, int32_t start, std::string* out);
Status Substring(std::string_view s, int32_t start, int32_t count, std::string* out);

// position(needle in haystack) / strpos(haystack, needle): 1-based character
// position of the first occurrence, 0 if absent, 1 for an empty needle.
int32_t Strpos(std::string_view haystack, std::string_view needle);

// btrim/ltrim/rtrim(s [, characters]); trim(both|leading|trailing ...) maps
// onto these. `characters` is a set of characters (default one space).
void Btrim(std::string_view s, std::string_view characters, std::string* out);
void Ltrim(std::string_view s, std::string_view characters, std::string* out);
void Rtrim(std::string_view s, std::string_view characters, std::string* out);
inline constexpr std::string_view kDefaultTrimCharacters = " ";

// replace(s, from, to): every non-overlapping occurrence, left to right.
void Replace(std::string_view s, std::string_view from, std::string_view to, std::string* out);

// left(s, n) / right(s, n): first/last n characters; negative n means all
// but the last/first |n| characters.
void Left(std::string_view s, int32_t n, std::string* out);
void Right(std::string_view s, int32_t n, std::string* out);

// lpad/rpad(s, length [, fill]): pads to `length` characters with repeated
// `fill` (default space) or truncates to `length` characters. Empty fill
// means no padding. 54000 "requested length too large" beyond 1 GB.
Status Lpad(std::string_view s, int32_t length, std::string_view fill, std::string* out);
Status Rpad(std::string_view s, int32_t length, std::string_view fill, std::string* out);
inline constexpr std::string_view kDefaultPadFill = " ";

// split_part(s, delimiter, field): field counted from 1, negative from the
// end; 22023 "field position must not be zero".
Status SplitPart(std::string_view s, std::string_view delimiter, int32_t field, std::string* out);

// concat(...) skips NULL arguments (nullopt) and never returns NULL.
// concat_ws(sep, ...) likewise; a NULL separator makes the result NULL, which
// the caller handles (the function is not called).
void Concat(std::span<const std::optional<std::string_view>> args, std::string* out);
void ConcatWs(std::string_view separator, std::span<const std::optional<std::string_view>> args,
              std::string* out);
// text || text (NULL if either side is NULL: handled by the caller).
inline void TextConcat(std::string_view a, std::string_view b, std::string* out) {
  out->append(a);
  out->append(b);
}

// repeat(s, count): count <= 0 gives ''. 54000 "requested length too large".
Status Repeat(std::string_view s, int32_t count, std::string* out);
// reverse(s): by characters.
void Reverse(std::string_view s, std::string* out);
// md5(text or bytea): 32 lowercase hex digits.
void Md5(std::string_view s, std::string* out);
// to_hex(int4) / to_hex(int8): two's-complement hex without leading zeros.
void ToHex(int32_t value, std::string* out);
void ToHex(int64_t value, std::string* out);
// ascii(s): code point of the first character, 0 for ''.
int32_t Ascii(std::string_view s);
// chr(code): the character with that Unicode code point.
// 22023 "character number must be positive", 54000 "null character not
// permitted", 54000 "requested character too large for encoding: N",
// 54000 "requested character not valid for encoding: N" (surrogates).
Status Chr(int32_t code, std::string* out);
// starts_with(s, prefix); also the ^@ operator.
inline bool StartsWith(std::string_view s, std::string_view prefix) { return s.starts_with(prefix); }

// ---- more string functions (func_string_extra.cc) -----------------------------
// translate(s, from, to): each character of `from` becomes the one at the same
// position in `to`, or is removed when `to` is shorter.
void Translate(std::string_view s, std::string_view from, std::string_view to, std::string* out);
// overlay(s PLACING r FROM start [FOR count]): characters (bytes when
// `bytes`); count defaults to the length of r. 22011 "negative substring
// length not allowed" for start < 1 (PostgreSQL's substring(s, 1, start - 1)).
Status Overlay(std::string_view s, std::string_view placing, int32_t start, std::optional<int32_t> count, bool bytes,
               std::string* out);
// quote_ident: double-quoted unless a plain lower-case identifier that is not
// a reserved/column-name/type-function-name keyword.
void QuoteIdent(std::string_view s, std::string* out);
// quote_literal: single-quoted, ' and \ doubled, E prefix when there was a \.
void QuoteLiteral(std::string_view s, std::string* out);
// encode(bytes, format) / decode(text, format): hex, base64, escape.
// 22023 unrecognized encoding: "x"; decode errors as PostgreSQL's.
Status Encode(std::string_view bytes, std::string_view format, std::string* out);
Status Decode(std::string_view text, std::string_view format, std::string* out);
// sha224/sha256/sha384/sha512(bytea) -> raw digest bytes (OpenSSL).
void Sha224(std::string_view bytes, std::string* out);
void Sha256(std::string_view bytes, std::string* out);
void Sha384(std::string_view bytes, std::string* out);
void Sha512(std::string_view bytes, std::string* out);
// to_number(text, format) -> numeric (formatting.c's NUM_processor, read side):
// 9 0 . , D G S MI PL SG PR L V FM and literal text.
Result<Numeric> ToNumber(std::string_view text, std::string_view format);

// ---- regular expressions (func_regex.cc) ------------------------------------
// PostgreSQL uses Henry Spencer's ARE engine; augurdb uses std::regex's
// ECMAScript grammar (docs/sql.md lists the differences). A pattern compiled
// once and matched against many strings. Invalid patterns: 2201B "invalid
// regular expression: ..." (the message text differs from PostgreSQL's).
// similar_to_escape(pattern[, escape]): SIMILAR TO pattern -> regular
// expression, as PostgreSQL's similar_escape_internal ("^(?:...)$").
// 22025 invalid escape string (escape longer than one character).
Status SimilarToEscape(std::string_view pattern, std::optional<std::string_view> escape, std::string* out);

class RegexPattern {
 public:
  // flags: PostgreSQL's option letters; supported: i c g (g only where the
  // function allows it) n p w s t; others 22023 invalid regular expression option.
  static Result<RegexPattern> Compile(std::string_view pattern, std::string_view flags, bool allow_global);
  bool Matches(std::string_view text) const;
  bool global() const { return global_; }
  // regexp_replace: \1..\9 and \& in `replacement`.
  void Replace(std::string_view text, std::string_view replacement, std::string* out) const;
  int32_t Count(std::string_view text, int32_t start_char) const;
  // The n-th (1-based) match at or after character `start_char`: its byte
  // range in `text` (whole match, or group `subexpression` when > 0); false
  // when there is none (or the group did not participate).
  bool Find(std::string_view text, int32_t start_char, int32_t n, int32_t subexpression, size_t* begin,
            size_t* end) const;

 private:
  std::shared_ptr<const void> regex_;  // std::regex, hidden from this header
  bool global_ = false;
};

// A LIKE/ILIKE pattern compiled once and matched against many strings.
//
//   ASSIGN_OR_RETURN(LikePattern p, LikePattern::Compile(pattern, escape, false));
//   for (...) matches[i] = p.Matches(texts[i]);  // NOT LIKE: negate
//
// `escape` is nullopt for the default escape (backslash), "" to disable
// escaping, or exactly one character (ESCAPE clause); anything longer is
// 22025 "invalid escape string". Patterns shaped exact, prefix%, %suffix and
// %infix% take fast paths; the rest run PostgreSQL's backtracking matcher.
//
// A pattern that ends in an unpaired escape character is not an error by
// itself: PostgreSQL raises 22025 "LIKE pattern must not end with escape
// character" only when matching reaches that point. For such patterns
// (can_error() true) call MatchesChecked; Matches is for the others.
class LikePattern {
 public:
  static Result<LikePattern> Compile(std::string_view pattern, std::optional<std::string_view> escape,
                                     bool case_insensitive);

  bool can_error() const { return trailing_escape_; }
  // Precondition: !can_error().
  bool Matches(std::string_view text) const;
  Result<bool> MatchesChecked(std::string_view text) const;

  enum class Shape : uint8_t { kExact, kPrefix, kSuffix, kInfix, kMatchAll, kGeneral };
  Shape shape() const { return shape_; }

 private:
  enum class TokenKind : uint8_t { kLiteral, kAnyChar, kAnyString };
  struct Token {
    TokenKind kind;
    uint32_t offset;  // kLiteral: bytes [offset, offset+length) of literals_
    uint32_t length;
  };
  enum class MatchResult : uint8_t { kTrue, kFalse, kAbort, kError };

  template <bool kFold>
  MatchResult MatchGeneral(std::string_view text, size_t token_index) const;
  template <bool kFold>
  bool MatchFast(std::string_view text) const;

  std::vector<Token> tokens_;
  std::string literals_;  // concatenated literal bytes (lower-cased for ILIKE)
  std::string_view literal() const { return literals_; }
  Shape shape_ = Shape::kGeneral;
  bool case_insensitive_ = false;
  bool trailing_escape_ = false;
};

// One-shot helpers: compile and match (use LikePattern in loops).
Result<bool> Like(std::string_view text, std::string_view pattern,
                  std::optional<std::string_view> escape = std::nullopt);
Result<bool> Ilike(std::string_view text, std::string_view pattern,
                   std::optional<std::string_view> escape = std::nullopt);

}  // namespace augur::types
