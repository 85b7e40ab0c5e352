// Tests for func_string.h. Expected values were produced by PostgreSQL 15.18
// (collation "C", UTF8) for the SQL expression quoted above each line.
#include "types/func_string.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <functional>
#include <string>

namespace augur::types {
namespace {

template <typename F>
std::string Out(F f) {
  std::string s;
  f(&s);
  return s;
}
template <typename F>
Result<std::string> OutStatus(F f) {
  std::string s;
  Status status = f(&s);
  if (!status.ok()) return status;
  return s;
}
#define OUT(call) Out([&](std::string* o) { call; })
#define OUTS(call) OutStatus([&](std::string* o) { return call; })

template <typename T>
void ExpectValue(const Result<T>& r, const T& expected) {
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(*r, expected);
}
void ExpectErrorStatus(const Status& s, std::string_view code, std::string_view message) {
  EXPECT_EQ(s.sqlstate(), code) << s.ToString();
  EXPECT_EQ(s.message(), message);
}
template <typename T>
void ExpectErrorStatus(const Result<T>& r, std::string_view code, std::string_view message) {
  ExpectErrorStatus(r.status(), code, message);
}
#define ExpectError(call, code, message) \
  do {                                   \
    std::string buffer;                  \
    [[maybe_unused]] std::string* o = &buffer; \
    ExpectErrorStatus(call, code, message); \
  } while (0)

TEST(FuncStringTest, MatchesPostgres) {
  // length, octet_length
  // length('héllo')
  EXPECT_EQ(CharLength("héllo"), 5);
  // char_length('')
  EXPECT_EQ(CharLength(""), 0);
  // octet_length('héllo')
  EXPECT_EQ(OctetLength("héllo"), 6);
  // lower, upper, initcap (C collation: ASCII only)
  // lower('HeLLo WÖRLD É')
  EXPECT_EQ(OUT(Lower("HeLLo WÖRLD É", o)), "hello wÖrld É");
  // upper('hello wörld é')
  EXPECT_EQ(OUT(Upper("hello wörld é", o)), "HELLO WöRLD é");
  // initcap('hello wORLD éa-b 3x_y  z')
  EXPECT_EQ(OUT(Initcap("hello wORLD éa-b 3x_y  z", o)), "Hello World éA-B 3x_Y  Z");
  // initcap('o''neil mcDONALD')
  EXPECT_EQ(OUT(Initcap("o'neil mcDONALD", o)), "O'Neil Mcdonald");
  // substring
  // substr('hello', 2)
  EXPECT_EQ(OUT(Substring("hello", 2, o)), "ello");
  // substr('hello', -5)
  EXPECT_EQ(OUT(Substring("hello", -5, o)), "hello");
  // substr('hello', 10)
  EXPECT_EQ(OUT(Substring("hello", 10, o)), "");
  // substr('hello', 2, 3)
  ExpectValue(OUTS(Substring("hello", 2, 3, o)), std::string("ell"));
  // substr('hello', 0, 3)
  ExpectValue(OUTS(Substring("hello", 0, 3, o)), std::string("he"));
  // substr('hello', -3, 5)
  ExpectValue(OUTS(Substring("hello", -3, 5, o)), std::string("h"));
  // substr('hello', -3, 3)
  ExpectValue(OUTS(Substring("hello", -3, 3, o)), std::string(""));
  // substring('hello' from 4 for 100)
  ExpectValue(OUTS(Substring("hello", 4, 100, o)), std::string("lo"));
  // substr('héllo wörld', 2, 8)
  ExpectValue(OUTS(Substring("héllo wörld", 2, 8, o)), std::string("éllo wör"));
  // substr('hello', 2, 0)
  ExpectValue(OUTS(Substring("hello", 2, 0, o)), std::string(""));
  // substr('hello', 2, -1)
  ExpectError(Substring("hello", 2, -1, o), "22011", "negative substring length not allowed");
  // substr('hello', 2147483647, 2147483647)
  ExpectValue(OUTS(Substring("hello", 2147483647, 2147483647, o)), std::string(""));
  // substr('hello', -2147483647, 2147483647)
  ExpectValue(OUTS(Substring("hello", -2147483647, 2147483647, o)), std::string(""));
  // position / strpos
  // strpos('héllo', 'l')
  EXPECT_EQ(Strpos("héllo", "l"), 3);
  // position('' in 'hello')
  EXPECT_EQ(Strpos("hello", ""), 1);
  // position('xyz' in 'hello')
  EXPECT_EQ(Strpos("hello", "xyz"), 0);
  // strpos('', '')
  EXPECT_EQ(Strpos("", ""), 1);
  // strpos('ab€cd€', 'cd€')
  EXPECT_EQ(Strpos("ab€cd€", "cd€"), 4);
  // trim family
  // btrim('  hi  ')
  EXPECT_EQ(OUT(Btrim("  hi  ", " ", o)), "hi");
  // ltrim('  hi  ')
  EXPECT_EQ(OUT(Ltrim("  hi  ", " ", o)), "hi  ");
  // rtrim('  hi  ')
  EXPECT_EQ(OUT(Rtrim("  hi  ", " ", o)), "  hi");
  // btrim('xxhixyx', 'xy')
  EXPECT_EQ(OUT(Btrim("xxhixyx", "xy", o)), "hi");
  // btrim('éaéhiaé', 'éa')
  EXPECT_EQ(OUT(Btrim("éaéhiaé", "éa", o)), "hi");
  // trim(trailing 'é' from 'héé')
  EXPECT_EQ(OUT(Rtrim("héé", "é", o)), "h");
  // trim(leading 'x' from 'xxx')
  EXPECT_EQ(OUT(Ltrim("xxx", "x", o)), "");
  // btrim('abc', '')
  EXPECT_EQ(OUT(Btrim("abc", "", o)), "abc");
  // replace
  // replace('abcabc', 'bc', 'X')
  EXPECT_EQ(OUT(Replace("abcabc", "bc", "X", o)), "aXaX");
  // replace('aaaa', 'aa', 'b')
  EXPECT_EQ(OUT(Replace("aaaa", "aa", "b", o)), "bb");
  // replace('abc', '', 'X')
  EXPECT_EQ(OUT(Replace("abc", "", "X", o)), "abc");
  // replace('', 'a', 'X')
  EXPECT_EQ(OUT(Replace("", "a", "X", o)), "");
  // replace('héllo', 'é', 'e')
  EXPECT_EQ(OUT(Replace("héllo", "é", "e", o)), "hello");
  // left / right
  // left('héllo', 2)
  EXPECT_EQ(OUT(Left("héllo", 2, o)), "hé");
  // left('héllo', -2)
  EXPECT_EQ(OUT(Left("héllo", -2, o)), "hél");
  // left('hello', 10)
  EXPECT_EQ(OUT(Left("hello", 10, o)), "hello");
  // left('hello', -10)
  EXPECT_EQ(OUT(Left("hello", -10, o)), "");
  // right('héllo', 4)
  EXPECT_EQ(OUT(Right("héllo", 4, o)), "éllo");
  // right('héllo', -2)
  EXPECT_EQ(OUT(Right("héllo", -2, o)), "llo");
  // right('hello', -10)
  EXPECT_EQ(OUT(Right("hello", -10, o)), "");
  // right('hello', 0)
  EXPECT_EQ(OUT(Right("hello", 0, o)), "");
  // lpad / rpad
  // lpad('hi', 5)
  ExpectValue(OUTS(Lpad("hi", 5, " ", o)), std::string("   hi"));
  // lpad('hello', 2)
  ExpectValue(OUTS(Lpad("hello", 2, " ", o)), std::string("he"));
  // lpad('hi', 7, 'ab')
  ExpectValue(OUTS(Lpad("hi", 7, "ab", o)), std::string("ababahi"));
  // lpad('hi', 5, '')
  ExpectValue(OUTS(Lpad("hi", 5, "", o)), std::string("hi"));
  // lpad('hi', -1, 'x')
  ExpectValue(OUTS(Lpad("hi", -1, "x", o)), std::string(""));
  // rpad('hi', 5, 'ab')
  ExpectValue(OUTS(Rpad("hi", 5, "ab", o)), std::string("hiaba"));
  // rpad('héllo', 3, 'x')
  ExpectValue(OUTS(Rpad("héllo", 3, "x", o)), std::string("hél"));
  // rpad('é', 4, '€ö')
  ExpectValue(OUTS(Rpad("é", 4, "€ö", o)), std::string("é€ö€"));
  // lpad('x', 1000000000)
  ExpectError(Lpad("x", 1000000000, " ", o), "54000", "requested length too large");
  // rpad('x', 268435455, '')
  ExpectValue(OUTS(Rpad("x", 268435455, "", o)), std::string("x"));
  // split_part
  // split_part('a,b,c', ',', 2)
  ExpectValue(OUTS(SplitPart("a,b,c", ",", 2, o)), std::string("b"));
  // split_part('a,b,c', ',', 4)
  ExpectValue(OUTS(SplitPart("a,b,c", ",", 4, o)), std::string(""));
  // split_part('a,b,c', ',', -1)
  ExpectValue(OUTS(SplitPart("a,b,c", ",", -1, o)), std::string("c"));
  // split_part('a,b,c', ',', -3)
  ExpectValue(OUTS(SplitPart("a,b,c", ",", -3, o)), std::string("a"));
  // split_part('a,b,c', ',', -4)
  ExpectValue(OUTS(SplitPart("a,b,c", ",", -4, o)), std::string(""));
  // split_part('a,,c,', ',', 4)
  ExpectValue(OUTS(SplitPart("a,,c,", ",", 4, o)), std::string(""));
  // split_part('a::b::c', '::', 3)
  ExpectValue(OUTS(SplitPart("a::b::c", "::", 3, o)), std::string("c"));
  // split_part('abc', '', 1)
  ExpectValue(OUTS(SplitPart("abc", "", 1, o)), std::string("abc"));
  // split_part('abc', '', -1)
  ExpectValue(OUTS(SplitPart("abc", "", -1, o)), std::string("abc"));
  // split_part('abc', '', 2)
  ExpectValue(OUTS(SplitPart("abc", "", 2, o)), std::string(""));
  // split_part('', ',', 1)
  ExpectValue(OUTS(SplitPart("", ",", 1, o)), std::string(""));
  // split_part('abc', 'abc', 1)
  ExpectValue(OUTS(SplitPart("abc", "abc", 1, o)), std::string(""));
  // split_part('a,b', ',', 0)
  ExpectError(SplitPart("a,b", ",", 0, o), "22023", "field position must not be zero");
  // repeat, reverse, md5, to_hex, ascii, chr, starts_with
  // repeat('ab', 3)
  ExpectValue(OUTS(Repeat("ab", 3, o)), std::string("ababab"));
  // repeat('ab', -1)
  ExpectValue(OUTS(Repeat("ab", -1, o)), std::string(""));
  // repeat('x', 2000000000)
  ExpectError(Repeat("x", 2000000000, o), "54000", "requested length too large");
  // repeat('', 2000000000)
  ExpectValue(OUTS(Repeat("", 2000000000, o)), std::string(""));
  // reverse('héllo€')
  EXPECT_EQ(OUT(Reverse("héllo€", o)), "€olléh");
  // md5('abc')
  EXPECT_EQ(OUT(Md5("abc", o)), "900150983cd24fb0d6963f7d28e17f72");
  // md5('')
  EXPECT_EQ(OUT(Md5("", o)), "d41d8cd98f00b204e9800998ecf8427e");
  // to_hex(255)
  EXPECT_EQ(OUT(ToHex(int32_t{255}, o)), "ff");
  // to_hex(-1)
  EXPECT_EQ(OUT(ToHex(int32_t{-1}, o)), "ffffffff");
  // to_hex(0)
  EXPECT_EQ(OUT(ToHex(int32_t{0}, o)), "0");
  // to_hex(-1::int8)
  EXPECT_EQ(OUT(ToHex(int64_t{-1}, o)), "ffffffffffffffff");
  // to_hex(1::int8 << 40)
  EXPECT_EQ(OUT(ToHex(int64_t{1} << 40, o)), "10000000000");
  // ascii('A')
  EXPECT_EQ(Ascii("A"), 65);
  // ascii('é')
  EXPECT_EQ(Ascii("é"), 233);
  // ascii('€x')
  EXPECT_EQ(Ascii("€x"), 8364);
  // ascii('😀')
  EXPECT_EQ(Ascii("😀"), 128512);
  // ascii('')
  EXPECT_EQ(Ascii(""), 0);
  // chr(65)
  ExpectValue(OUTS(Chr(65, o)), std::string("A"));
  // chr(233)
  ExpectValue(OUTS(Chr(233, o)), std::string("é"));
  // chr(8364)
  ExpectValue(OUTS(Chr(8364, o)), std::string("€"));
  // chr(128512)
  ExpectValue(OUTS(Chr(128512, o)), std::string("😀"));
  // chr(0)
  ExpectError(Chr(0, o), "54000", "null character not permitted");
  // chr(-1)
  ExpectError(Chr(-1, o), "22023", "character number must be positive");
  // chr(1114112)
  ExpectError(Chr(1114112, o), "54000", "requested character too large for encoding: 1114112");
  // chr(55296)
  ExpectError(Chr(55296, o), "54000", "requested character not valid for encoding: 55296");
  // starts_with('hello', 'he')
  EXPECT_EQ(StartsWith("hello", "he"), true);
  // starts_with('hello', '')
  EXPECT_EQ(StartsWith("hello", ""), true);
  // 'he' ^@ 'hello'
  EXPECT_EQ(StartsWith("he", "hello"), false);
  // LIKE
  // 'hello' like 'hello'
  ExpectValue(Like("hello", "hello"), true);
  // 'hello' like 'hel'
  ExpectValue(Like("hello", "hel"), false);
  // 'hello' like 'he%'
  ExpectValue(Like("hello", "he%"), true);
  // 'hello' like '%llo'
  ExpectValue(Like("hello", "%llo"), true);
  // 'hello' like '%ell%'
  ExpectValue(Like("hello", "%ell%"), true);
  // 'hello' like '%elx%'
  ExpectValue(Like("hello", "%elx%"), false);
  // 'hello' like 'h_llo'
  ExpectValue(Like("hello", "h_llo"), true);
  // 'héllo' like 'h_llo'
  ExpectValue(Like("héllo", "h_llo"), true);
  // 'héllo' like 'h__llo'
  ExpectValue(Like("héllo", "h__llo"), false);
  // '' like '%'
  ExpectValue(Like("", "%"), true);
  // '' like '_'
  ExpectValue(Like("", "_"), false);
  // '' like ''
  ExpectValue(Like("", ""), true);
  // 'abc' like '%%%'
  ExpectValue(Like("abc", "%%%"), true);
  // 'abcbcd' like 'a%bcd'
  ExpectValue(Like("abcbcd", "a%bcd"), true);
  // 'abcabd' like '%ab_'
  ExpectValue(Like("abcabd", "%ab_"), true);
  // 'aXbXc' like 'a%b%c'
  ExpectValue(Like("aXbXc", "a%b%c"), true);
  // 'ab' like 'a%b%c'
  ExpectValue(Like("ab", "a%b%c"), false);
  // 'abc' like '_%_'
  ExpectValue(Like("abc", "_%_"), true);
  // 'a' like '_%_'
  ExpectValue(Like("a", "_%_"), false);
  // 'a%b' like 'a\\%b'
  ExpectValue(Like("a%b", "a\\%b"), true);
  // 'axb' like 'a\\%b'
  ExpectValue(Like("axb", "a\\%b"), false);
  // 'a_b' like 'a\\_b'
  ExpectValue(Like("a_b", "a\\_b"), true);
  // 'a\\b' like 'a\\\\b'
  ExpectValue(Like("a\\b", "a\\\\b"), true);
  // 'ab' like 'a\\b'
  ExpectValue(Like("ab", "a\\b"), true);
  // 'abc' like 'x\\'
  ExpectValue(Like("abc", "x\\"), false);
  // 'abc' like 'abc\\'
  ExpectValue(Like("abc", "abc\\"), false);
  // 'abcd' like 'abc\\'
  ExpectError(Like("abcd", "abc\\"), "22025", "LIKE pattern must not end with escape character");
  // 'abc' like 'a%\\'
  ExpectError(Like("abc", "a%\\"), "22025", "LIKE pattern must not end with escape character");
  // 'ab' like 'a\\'
  ExpectError(Like("ab", "a\\"), "22025", "LIKE pattern must not end with escape character");
  // 'a' like 'a%\\'
  ExpectValue(Like("a", "a%\\"), false);
  // 'a%b' like 'a#%b' escape '#'
  ExpectValue(Like("a%b", "a#%b", "#"), true);
  // 'a\\b' like 'a\\b' escape '#'
  ExpectValue(Like("a\\b", "a\\b", "#"), true);
  // 'a#b' like 'a##b' escape '#'
  ExpectValue(Like("a#b", "a##b", "#"), true);
  // 'ab' like 'a#' escape '#'
  ExpectError(Like("ab", "a#", "#"), "22025", "LIKE pattern must not end with escape character");
  // 'a\\b' like 'a\\b' escape ''
  ExpectValue(Like("a\\b", "a\\b", ""), true);
  // 'a%' like 'a%' escape ''
  ExpectValue(Like("a%", "a%", ""), true);
  // 'axyz' like 'a%' escape ''
  ExpectValue(Like("axyz", "a%", ""), true);
  // 'a' like 'a' escape 'xy'
  ExpectError(Like("a", "a", "xy"), "22025", "invalid escape string");
  // 'aé%' like 'aé%' escape 'é'
  ExpectValue(Like("aé%", "aé%", "é"), false);
  // 'a%' like 'aé%' escape 'é'
  ExpectValue(Like("a%", "aé%", "é"), true);
  // 'HELLO' like 'he%'
  ExpectValue(Like("HELLO", "he%"), false);
  // 'HELLO' ilike 'he%'
  ExpectValue(Ilike("HELLO", "he%"), true);
  // 'xHeLLo' ilike '%ELL%'
  ExpectValue(Ilike("xHeLLo", "%ELL%"), true);
  // 'HÉLLO' ilike 'hé%'
  ExpectValue(Ilike("HÉLLO", "hé%"), false);
  // 'ABC' ilike 'a_C'
  ExpectValue(Ilike("ABC", "a_C"), true);
  // 'aBc' ilike '%B'
  ExpectValue(Ilike("aBc", "%B"), false);
  // 'ABC' ~~* 'abc'
  ExpectValue(Ilike("ABC", "abc"), true);
}

TEST(FuncStringTest, ConcatSkipsNulls) {
  // concat('a', NULL, 'b', '') = 'ab'; concat_ws(',', 'a', NULL, 'b') = 'a,b'
  std::optional<std::string_view> args[] = {"a", std::nullopt, "b", ""};
  EXPECT_EQ(OUT(Concat(args, o)), "ab");
  EXPECT_EQ(OUT(ConcatWs(",", args, o)), "a,b,");
  std::optional<std::string_view> none[] = {std::nullopt, std::nullopt};
  EXPECT_EQ(OUT(Concat(none, o)), "");
  EXPECT_EQ(OUT(ConcatWs(",", none, o)), "");
  EXPECT_EQ(OUT(TextConcat("ab", "cd", o)), "abcd");
}

TEST(FuncStringTest, AppendsToCallerBuffer) {
  std::string buffer = "x";
  Upper("ab", &buffer);
  Lower("CD", &buffer);
  EXPECT_EQ(buffer, "xABcd");
}

TEST(FuncStringTest, LikeShapes) {
  auto shape = [](std::string_view pattern) {
    return LikePattern::Compile(pattern, std::nullopt, false)->shape();
  };
  EXPECT_EQ(shape("abc"), LikePattern::Shape::kExact);
  EXPECT_EQ(shape("a\\%c"), LikePattern::Shape::kExact);
  EXPECT_EQ(shape("abc%"), LikePattern::Shape::kPrefix);
  EXPECT_EQ(shape("%abc"), LikePattern::Shape::kSuffix);
  EXPECT_EQ(shape("%%abc%"), LikePattern::Shape::kInfix);
  EXPECT_EQ(shape("%"), LikePattern::Shape::kMatchAll);
  EXPECT_EQ(shape("a_c"), LikePattern::Shape::kGeneral);
  EXPECT_EQ(shape("ab\\"), LikePattern::Shape::kGeneral);
  EXPECT_TRUE(LikePattern::Compile("ab\\", std::nullopt, false)->can_error());
  EXPECT_FALSE(LikePattern::Compile("ab\\\\", std::nullopt, false)->can_error());
}

// Cross-checks every fast path against the general matcher on many strings.
TEST(FuncStringTest, LikeFastPathsAgreeWithGeneralMatcher) {
  const char* texts[] = {"", "a", "ab", "abc", "xabcx", "abab", "ABC", "cab", "aabc", "abcc", "é", "aé", "éabcé"};
  const char* literals[] = {"", "a", "ab", "abc", "b", "é"};
  for (const char* lit : literals) {
    for (const char* shape : {"%s", "%s%%", "%%%s", "%%%s%%"}) {
      char pattern[32];
      std::snprintf(pattern, sizeof pattern, shape, lit);
      // Appending "_%" then trimming is not equivalent; instead force the
      // general path by prefixing "%" + pattern with an equivalent form.
      std::string general = std::string(pattern) + "%%";  // "%%" collapses to one %; shape changes
      for (bool fold : {false, true}) {
        auto fast = LikePattern::Compile(pattern, std::nullopt, fold);
        ASSERT_TRUE(fast.ok());
        for (const char* text : texts) {
          // Reference: a tiny recursive matcher.
          std::function<bool(std::string_view, std::string_view)> ref = [&](std::string_view t,
                                                                           std::string_view p) {
            if (p.empty()) return t.empty();
            if (p[0] == '%') {
              for (size_t i = 0; i <= t.size(); ++i) {
                if (ref(t.substr(i), p.substr(1))) return true;
              }
              return false;
            }
            if (t.empty()) return false;
            char a = t[0], b = p[0];
            if (fold && a >= 'A' && a <= 'Z') a = static_cast<char>(a + 32);
            if (fold && b >= 'A' && b <= 'Z') b = static_cast<char>(b + 32);
            return a == b && ref(t.substr(1), p.substr(1));
          };
          EXPECT_EQ(fast->Matches(text), ref(text, pattern)) << text << " LIKE " << pattern << " fold=" << fold;
        }
      }
    }
  }
}

// 600 random LIKE/ILIKE cases; expected results computed by PostgreSQL 15.18
// (a PL/pgSQL wrapper turned errors into "error <sqlstate>").
struct RandomLikeCase {
  const char* text;
  const char* pattern;
  bool case_insensitive;
  const char* expected;  // "true", "false" or "error 22025"
};
constexpr RandomLikeCase kRandomLikeCases[] = {
    {"", "", true, "true"},
    {"", "", false, "true"},
    {"", "%", true, "true"},
    {"", "%", false, "true"},
    {"", "%%", false, "true"},
    {"", "%%aé", false, "false"},
    {"", "%%é_%", false, "false"},
    {"", "%B", true, "false"},
    {"", "%B", false, "false"},
    {"", "%_%aé", false, "false"},
    {"", "%_b\\a", false, "false"},
    {"", "%_é", true, "false"},
    {"", "%a_aé", true, "false"},
    {"", "%b", false, "false"},
    {"", "%é", false, "false"},
    {"", "B", true, "false"},
    {"", "B", false, "false"},
    {"", "B\\_", true, "false"},
    {"", "B_aa", false, "false"},
    {"", "B_é", false, "false"},
    {"", "\\", false, "false"},
    {"", "\\B", false, "false"},
    {"", "\\_", true, "false"},
    {"", "_%%b_", false, "false"},
    {"", "_%_%a", true, "false"},
    {"", "___a%", false, "false"},
    {"", "_aéé", true, "false"},
    {"", "_b_é_", false, "false"},
    {"", "_ba%", false, "false"},
    {"", "_bé%é", false, "false"},
    {"", "_é", true, "false"},
    {"", "_é_", true, "false"},
    {"", "a", false, "false"},
    {"", "a%", false, "false"},
    {"", "a%%é%", false, "false"},
    {"", "a%b", true, "false"},
    {"", "a%é", false, "false"},
    {"", "aBab%", false, "false"},
    {"", "aBéa", false, "false"},
    {"", "a\\%BB", false, "false"},
    {"", "a_%", true, "false"},
    {"", "a_%%b", true, "false"},
    {"", "a_%\\a", true, "false"},
    {"", "a__", false, "false"},
    {"", "aa_é", true, "false"},
    {"", "aé%", true, "false"},
    {"", "aéaé", false, "false"},
    {"", "b", true, "false"},
    {"", "b", false, "false"},
    {"", "b%__", true, "false"},
    {"", "bB_", true, "false"},
    {"", "b\\_\\%", true, "false"},
    {"", "b_", false, "false"},
    {"", "b_é_a", true, "false"},
    {"", "ba", true, "false"},
    {"", "ba%_b", true, "false"},
    {"", "baéa%", false, "false"},
    {"", "bb", true, "false"},
    {"", "bb", false, "false"},
    {"", "bb%é", false, "false"},
    {"", "bbb", false, "false"},
    {"", "bé", true, "false"},
    {"", "é", false, "false"},
    {"", "é%_", false, "false"},
    {"", "é\\b\\", false, "false"},
    {"", "é_éé_", false, "false"},
    {"", "ébaBB", false, "false"},
    {"", "ébab", true, "false"},
    {"", "éé", true, "false"},
    {"", "ééB%", false, "false"},
    {"%", "", true, "false"},
    {"%", "", false, "false"},
    {"%", "%\\a", false, "false"},
    {"%", "%é", true, "false"},
    {"%", "B%\\", false, "false"},
    {"%", "\\ab", false, "false"},
    {"%", "aaB%b", false, "false"},
    {"%", "bé", true, "false"},
    {"%", "éB\\a", true, "false"},
    {"%%", "", true, "false"},
    {"%%%éb", "bB%éé", true, "false"},
    {"%%\\A", "_%ba", false, "false"},
    {"%%b\\é", "BB", true, "false"},
    {"%%é\\", "\\\\B_b", true, "false"},
    {"%A", "_", true, "false"},
    {"%A", "é%", false, "false"},
    {"%A_%a_", "%", false, "true"},
    {"%\\", "", true, "false"},
    {"%\\", "bb", false, "false"},
    {"%\\b%", "Bb", false, "false"},
    {"%\\é_", "Béa", true, "false"},
    {"%_", "Ba", true, "false"},
    {"%_", "a", false, "false"},
    {"%a\\aA", "%aB", true, "false"},
    {"%a_", "b", false, "false"},
    {"%b", "\\B\\_", false, "false"},
    {"%b\\", "%\\Bé%", true, "false"},
    {"%ba\\", "%", true, "true"},
    {"%béé", "b\\%", false, "false"},
    {"%é", "%b%", false, "false"},
    {"%é%A", "\\", false, "error 22025"},
    {"%éA\\\\", "%", false, "true"},
    {"%éA_\\_", "", true, "false"},
    {"%é_", "_b", false, "false"},
    {"A", "", true, "false"},
    {"A", "%%\\_", true, "false"},
    {"A", "BB\\\\", true, "false"},
    {"A", "Bé%B", false, "false"},
    {"A", "\\", true, "error 22025"},
    {"A", "éB", false, "false"},
    {"A%", "", false, "false"},
    {"A%%", "_", false, "false"},
    {"A%\\\\%b", "bbé", true, "false"},
    {"A%béA_", "ééé", true, "false"},
    {"AA", "ba", true, "false"},
    {"AAA_A_", "", true, "false"},
    {"AAAbé", "b%_é%", true, "false"},
    {"AA\\a", "Bé%B", false, "false"},
    {"AAa\\_é", "Bé", true, "false"},
    {"AAba", "b", true, "false"},
    {"AAé\\b%", "", false, "false"},
    {"A\\", "éa%", true, "false"},
    {"A\\%a%%", "ab__", true, "false"},
    {"A\\A", "%b%_", true, "false"},
    {"A\\\\\\_%", "bb__B", true, "false"},
    {"A\\é_", "%", true, "true"},
    {"A_", "B", false, "false"},
    {"A_%é", "\\%%ba", true, "false"},
    {"Aa", "B%b%b", false, "false"},
    {"Aa", "_%", true, "true"},
    {"Aa_a", "Béb", true, "false"},
    {"Aaa", "", true, "false"},
    {"Aaab\\b", "Ba%é%", false, "false"},
    {"Ab", "%\\%a%", false, "false"},
    {"Ab%", "é%ba%", false, "false"},
    {"Ab%\\\\_", "Béé%b", false, "false"},
    {"AbA_%é", "\\", true, "error 22025"},
    {"Ab\\a", "%Bé%", false, "false"},
    {"Abéb", "%a\\", true, "error 22025"},
    {"Aé", "b%\\B", true, "false"},
    {"Aé%_\\", "%aaB", true, "false"},
    {"AéA", "%B", false, "false"},
    {"AéaéA%", "%", false, "true"},
    {"Aéba", "%", true, "true"},
    {"\\", "%", true, "true"},
    {"\\", "%%bé", false, "false"},
    {"\\", "%\\", false, "error 22025"},
    {"\\", "%bBéa", true, "false"},
    {"\\", "B", true, "false"},
    {"\\", "Bé%%", true, "false"},
    {"\\", "\\B_é%", true, "false"},
    {"\\", "b", false, "false"},
    {"\\%%%a", "_béé", false, "false"},
    {"\\%ab\\", "_", false, "false"},
    {"\\%b", "\\B", false, "false"},
    {"\\%b%é", "", false, "false"},
    {"\\%é\\", "B", true, "false"},
    {"\\A%", "%%éb%", false, "false"},
    {"\\AAaé", "Béb", false, "false"},
    {"\\A__b", "b_", false, "false"},
    {"\\Ab", "%éb_", false, "false"},
    {"\\Aé\\%", "_a%%", false, "false"},
    {"\\Aéé", "_bB", true, "false"},
    {"\\\\%\\", "", false, "false"},
    {"\\\\AaAa", "baB", true, "false"},
    {"\\\\é_", "%é", true, "false"},
    {"\\\\éé\\", "", true, "false"},
    {"\\_", "_Bé%a", false, "false"},
    {"\\_b", "Ba", true, "false"},
    {"\\_b\\_", "_a", true, "false"},
    {"\\_b_", "_b_a", false, "false"},
    {"\\a", "_a%éé", true, "false"},
    {"\\a", "a\\B%", false, "false"},
    {"\\aA", "%", false, "true"},
    {"\\ab\\", "", true, "false"},
    {"\\ab\\\\", "bb%%", true, "false"},
    {"\\b%_é\\", "b\\_", true, "false"},
    {"\\b\\b%a", "bb", true, "false"},
    {"\\é", "", true, "false"},
    {"\\é", "aba%", true, "false"},
    {"\\éAb", "", true, "false"},
    {"\\é\\aA%", "%_éBé", false, "false"},
    {"_", "%", true, "true"},
    {"_", "%\\", true, "error 22025"},
    {"_", "\\%a", true, "false"},
    {"_", "a\\%BB", false, "false"},
    {"_%", "é%", false, "false"},
    {"_A", "", false, "false"},
    {"_A", "%%a\\_", true, "false"},
    {"_Ab", "\\b", false, "false"},
    {"_AbA", "_aa\\", false, "false"},
    {"_Abé\\%", "aB", false, "false"},
    {"_\\", "", false, "false"},
    {"_\\%é%b", "__\\b\\", true, "false"},
    {"_\\_bbé", "B%a", false, "false"},
    {"_\\aébb", "baa\\B", false, "false"},
    {"__Aé%a", "a", false, "false"},
    {"_aA\\", "__%_a", true, "false"},
    {"_a\\aba", "", true, "false"},
    {"_b", "", true, "false"},
    {"_bAbb", "", false, "false"},
    {"_b\\aA_", "%\\%%", true, "false"},
    {"_bbba", "%%%", true, "true"},
    {"_bé", "_B", false, "false"},
    {"_béba%", "%baa", true, "false"},
    {"_é%é\\", "_b\\éb", false, "false"},
    {"_éa", "éaB", false, "false"},
    {"_éa_é", "_%%a%", true, "true"},
    {"a", "", true, "false"},
    {"a", "", false, "false"},
    {"a", "%", false, "true"},
    {"a", "%\\", false, "error 22025"},
    {"a", "%_", true, "true"},
    {"a", "%_é", true, "false"},
    {"a", "%é", true, "false"},
    {"a", "%éa%%", false, "false"},
    {"a", "BB", false, "false"},
    {"a", "\\\\éB", false, "false"},
    {"a", "_B_", true, "false"},
    {"a", "__", true, "false"},
    {"a", "___", false, "false"},
    {"a", "a", true, "true"},
    {"a", "a", false, "true"},
    {"a", "aB%%\\", false, "false"},
    {"a", "aaa", false, "false"},
    {"a", "abéaé", true, "false"},
    {"a", "b%", false, "false"},
    {"a", "bbba", true, "false"},
    {"a", "béa%", false, "false"},
    {"a", "é", true, "false"},
    {"a", "éa", false, "false"},
    {"a%", "%a__", true, "false"},
    {"a%", "\\%%", false, "false"},
    {"a%a_", "\\%Ba", false, "false"},
    {"aA", "_é%_%", false, "false"},
    {"aA_\\\\", "%%", false, "true"},
    {"aAa", "B", true, "false"},
    {"a\\abé_", "B%", true, "false"},
    {"a\\aé", "%bB\\", false, "false"},
    {"a_", "%a", false, "false"},
    {"a_", "\\B%%_", true, "false"},
    {"a_", "a", true, "false"},
    {"a_b%", "", true, "false"},
    {"aa", "%_éB\\", true, "false"},
    {"aa", "_", false, "false"},
    {"aa\\", "B_%%", false, "false"},
    {"aaa", "", false, "false"},
    {"aaa", "ba%%é", false, "false"},
    {"aaa", "é_%a_", true, "false"},
    {"aaa", "éaaa", false, "false"},
    {"aaaab", "%bééa", false, "false"},
    {"aaaaé", "b_", true, "false"},
    {"aaabé", "a%é", false, "true"},
    {"aaaé", "__b", true, "false"},
    {"aaaé", "é", true, "false"},
    {"aab", "", true, "false"},
    {"aab", "ab%%é", false, "false"},
    {"aab", "éb", false, "false"},
    {"aab\\A", "é", true, "false"},
    {"aababa", "ab%", true, "false"},
    {"aababé", "", false, "false"},
    {"aabaéb", "abb_", true, "false"},
    {"aabba", "a%", false, "true"},
    {"aabbbé", "%%", true, "true"},
    {"aabé", "%a", false, "false"},
    {"aabé", "_", true, "false"},
    {"aabééé", "", false, "false"},
    {"aaé", "%a_b", false, "false"},
    {"aaéab", "é", true, "false"},
    {"aaébé", "aa", false, "false"},
    {"aaééa", "__a%", true, "false"},
    {"aaééaé", "é%", true, "false"},
    {"ab", "", true, "false"},
    {"ab", "%a", false, "false"},
    {"ab", "%b", false, "true"},
    {"ab", "_", true, "false"},
    {"ab", "_%b_", true, "false"},
    {"ab", "_b", true, "true"},
    {"ab", "b", false, "false"},
    {"ab", "bab_", true, "false"},
    {"ab", "é%éé", false, "false"},
    {"aba%A", "é", true, "false"},
    {"abaa", "aé%é%", true, "false"},
    {"abaa", "b%bbb", false, "false"},
    {"ababéa", "_", true, "false"},
    {"abaéé", "%b", false, "false"},
    {"abb", "__é%", true, "false"},
    {"abb", "_é_%", false, "false"},
    {"abb", "éa%", true, "false"},
    {"abb%b%", "a%\\Bb", false, "false"},
    {"abbAAb", "\\BB_B", false, "false"},
    {"abba", "__b", false, "false"},
    {"abbaa", "", true, "false"},
    {"abbaé", "_", true, "false"},
    {"abbaé", "_", false, "false"},
    {"abbb", "", false, "false"},
    {"abbbaé", "a", true, "false"},
    {"abbbb", "éa__", true, "false"},
    {"abbé", "a", false, "false"},
    {"abbébé", "__%_é", false, "true"},
    {"abbééa", "__ab", false, "false"},
    {"abé", "é", true, "false"},
    {"abéaéb", "bé_", true, "false"},
    {"abébé", "%é%_", true, "true"},
    {"abéébb", "a", true, "false"},
    {"abéébé", "", false, "false"},
    {"aé", "_", true, "false"},
    {"aé", "_\\aa", false, "false"},
    {"aé", "aéa", false, "false"},
    {"aé", "aéba", true, "false"},
    {"aé%", "\\", false, "error 22025"},
    {"aé%éba", "_%é", false, "false"},
    {"aé\\", "_a", false, "false"},
    {"aé_", "Bé", true, "false"},
    {"aéa", "a%_é", true, "false"},
    {"aéaa", "", false, "false"},
    {"aéaabé", "%ééé", true, "false"},
    {"aéaaéb", "%_%a_", true, "false"},
    {"aéabb", "%%_%", false, "true"},
    {"aéaé", "_a", false, "false"},
    {"aéaééé", "%", true, "true"},
    {"aéb", "%%é%b", true, "true"},
    {"aéb", "___", false, "true"},
    {"aéb", "__éa", false, "false"},
    {"aéb", "ab", true, "false"},
    {"aéb", "aé", false, "false"},
    {"aéb", "b%bb", false, "false"},
    {"aébaa", "%bb%", true, "false"},
    {"aébbba", "ab", true, "false"},
    {"aébbé", "éa", true, "false"},
    {"aébéa", "%", false, "true"},
    {"aéé", "", false, "false"},
    {"aééb", "%", true, "true"},
    {"aééb", "_", true, "false"},
    {"aéébaé", "é", true, "false"},
    {"aéébba", "%ab%", true, "false"},
    {"aéééa", "", true, "false"},
    {"b", "", true, "false"},
    {"b", "%", false, "true"},
    {"b", "%_ab", false, "false"},
    {"b", "%a__", true, "false"},
    {"b", "%abb", false, "false"},
    {"b", "%ba%%", true, "false"},
    {"b", "BB", false, "false"},
    {"b", "BB%é", true, "false"},
    {"b", "\\_", true, "false"},
    {"b", "_b", false, "false"},
    {"b", "a", true, "false"},
    {"b", "a", false, "false"},
    {"b", "a%_", true, "false"},
    {"b", "aB", true, "false"},
    {"b", "aé", true, "false"},
    {"b", "b%b", false, "false"},
    {"b", "bb", false, "false"},
    {"b", "é", false, "false"},
    {"b", "é%%", true, "false"},
    {"b", "é%éé", false, "false"},
    {"b", "éa", false, "false"},
    {"b", "éab_", false, "false"},
    {"b%", "aa", true, "false"},
    {"b%A", "B", true, "false"},
    {"b%A\\a", "_%%é", true, "false"},
    {"b%é%a", "B%_b", false, "false"},
    {"b%é_%", "", true, "false"},
    {"bA%", "BbBé", false, "false"},
    {"bAAbb", "%%%\\_", true, "false"},
    {"bAéa", "é", false, "false"},
    {"b\\", "\\%", false, "false"},
    {"b\\\\%b", "B%a\\", true, "false"},
    {"b\\_", "_", true, "false"},
    {"b\\_Ab", "", true, "false"},
    {"b\\bA", "_\\é%", false, "false"},
    {"b_", "B\\%%%", false, "false"},
    {"b_Abb", "é", false, "false"},
    {"b__\\", "%%B", false, "false"},
    {"b_a", "a_b\\%", false, "false"},
    {"b_bé\\", "", true, "false"},
    {"b_é\\%\\", "", true, "false"},
    {"ba", "%", false, "true"},
    {"ba", "%a%%b", false, "false"},
    {"ba", "B%é", true, "false"},
    {"ba", "_%%%", false, "true"},
    {"ba", "_bb", true, "false"},
    {"ba", "é%aba", true, "false"},
    {"ba", "ébb", true, "false"},
    {"ba", "éééa", false, "false"},
    {"ba\\b", "a%\\\\%", true, "false"},
    {"baa", "a_b__", true, "false"},
    {"baaaa", "bé%aé", false, "false"},
    {"baaab", "__%b", false, "true"},
    {"baab", "b%", true, "true"},
    {"baabb", "éé%éa", true, "false"},
    {"baabé", "b_", true, "false"},
    {"bab", "%ba_", false, "true"},
    {"bab", "é%é_", true, "false"},
    {"baba", "__ba", true, "true"},
    {"baba", "b", false, "false"},
    {"babab", "", false, "false"},
    {"bababé", "_%a", false, "false"},
    {"babb", "_%é", false, "false"},
    {"babbbb", "aééaa", false, "false"},
    {"babé", "b_", false, "false"},
    {"babéé", "", true, "false"},
    {"baé", "éaba", true, "false"},
    {"baéb", "bb", true, "false"},
    {"baébéé", "_a", false, "false"},
    {"baéé", "aé", true, "false"},
    {"baéé", "b", false, "false"},
    {"bb", "", true, "false"},
    {"bb", "%\\bB", false, "false"},
    {"bb", "%b", false, "true"},
    {"bb", "%éé%", true, "false"},
    {"bbA", "a", true, "false"},
    {"bbaA", "\\", true, "error 22025"},
    {"bbaa", "b%b", true, "false"},
    {"bbaa", "éa%", true, "false"},
    {"bbaaa", "b%%", false, "true"},
    {"bbabaa", "abb", false, "false"},
    {"bbabb", "aa", false, "false"},
    {"bbabé", "_éé", false, "false"},
    {"bbaé", "", false, "false"},
    {"bbaé", "bab", false, "false"},
    {"bbb", "%a", false, "false"},
    {"bbb", "_é%é\\", false, "false"},
    {"bbba", "b%%", true, "true"},
    {"bbbaab", "", true, "false"},
    {"bbbab", "", true, "false"},
    {"bbbéa", "_", true, "false"},
    {"bbé", "", true, "false"},
    {"bbéaaé", "", false, "false"},
    {"bbébab", "", false, "false"},
    {"bbééba", "%a%b", true, "false"},
    {"bbééé", "", false, "false"},
    {"bbéééé", "", false, "false"},
    {"bé", "_%%", false, "true"},
    {"bé", "_b", true, "false"},
    {"bé", "a", false, "false"},
    {"bé", "bb%", true, "false"},
    {"bé", "éB\\bé", false, "false"},
    {"bé%ééb", "é%", true, "false"},
    {"bé\\A", "%%%a_", false, "false"},
    {"bé___%", "\\%_", false, "false"},
    {"béa", "%", false, "true"},
    {"béa", "b_éé", false, "false"},
    {"béaa", "%_a", true, "true"},
    {"béaa", "_é_éb", true, "false"},
    {"béaaab", "é_ab", false, "false"},
    {"béaab", "éé_", false, "false"},
    {"béaaé", "é", true, "false"},
    {"béabba", "a_", false, "false"},
    {"béabbé", "é%bba", true, "false"},
    {"béaéa", "%ba", true, "false"},
    {"béaéé", "ba", true, "false"},
    {"béb", "_%", false, "true"},
    {"bébbéa", "_%", false, "true"},
    {"bébé", "%", false, "true"},
    {"bébéé", "", false, "false"},
    {"béé", "a__", true, "false"},
    {"béé", "éab", false, "false"},
    {"bééa", "", false, "false"},
    {"bééabé", "b", false, "false"},
    {"béééAb", "", true, "false"},
    {"é", "", true, "false"},
    {"é", "", false, "false"},
    {"é", "%", false, "true"},
    {"é", "%a\\é", true, "false"},
    {"é", "_", true, "true"},
    {"é", "_", false, "true"},
    {"é", "a", true, "false"},
    {"é", "aB_é", false, "false"},
    {"é", "a_éé", true, "false"},
    {"é", "aa\\éb", true, "false"},
    {"é", "ab", false, "false"},
    {"é", "b", true, "false"},
    {"é", "b", false, "false"},
    {"é", "b%", true, "false"},
    {"é", "ba", false, "false"},
    {"é", "bb_aa", true, "false"},
    {"é", "bbb%é", false, "false"},
    {"é", "é", true, "true"},
    {"é", "é%", false, "true"},
    {"é", "é_", true, "false"},
    {"é", "é__a", false, "false"},
    {"é", "éaé_é", false, "false"},
    {"é%%b", "%a\\é", true, "false"},
    {"é%A%", "é", false, "false"},
    {"é%\\%", "b%B", false, "false"},
    {"é%ab", "", true, "false"},
    {"é%é", "\\_", true, "false"},
    {"é%é\\b", "%éé", false, "false"},
    {"é%é\\é", "", false, "false"},
    {"éA", "\\\\\\", true, "false"},
    {"éA", "éé%%a", false, "false"},
    {"éAAAéA", "\\", true, "error 22025"},
    {"éA\\_", "B_%b", false, "false"},
    {"éAb%_A", "ba", false, "false"},
    {"éAb\\%", "bbb", true, "false"},
    {"éAé_é", "%b%", false, "false"},
    {"é\\", "%%\\", true, "error 22025"},
    {"é_", "é", false, "false"},
    {"é_%a", "_", true, "false"},
    {"é_AA_é", "", true, "false"},
    {"é_\\bé", "bB%é", true, "false"},
    {"é__", "%\\_", false, "true"},
    {"é__bb", "B", true, "false"},
    {"é_b", "a", false, "false"},
    {"é_éA_", "", true, "false"},
    {"éa", "%B", false, "false"},
    {"éa", "%é", false, "false"},
    {"éa", "__éa", true, "false"},
    {"éa", "_é_é", false, "false"},
    {"éa", "é%", false, "true"},
    {"éa%aé\\", "", true, "false"},
    {"éa\\_%", "%\\\\%", true, "true"},
    {"éa_%ba", "_%_", true, "true"},
    {"éa_A%é", "aB%é", true, "false"},
    {"éaa", "%_%B", false, "false"},
    {"éaaba", "b%bb", true, "false"},
    {"éaabéé", "b_%", true, "false"},
    {"éaaé", "b", true, "false"},
    {"éaaéaa", "%bb", true, "false"},
    {"éaaébb", "__", false, "false"},
    {"éaaéé", "é_é", true, "false"},
    {"éab", "%a", false, "false"},
    {"éabA%A", "a_%_", false, "false"},
    {"éabaé", "b%a_é", false, "false"},
    {"éabaéb", "__b_", true, "false"},
    {"éabba", "aé_aa", false, "false"},
    {"éabbaa", "%%", false, "true"},
    {"éabéab", "%", true, "true"},
    {"éabéaé", "a%%", true, "false"},
    {"éaé", "", true, "false"},
    {"éaé", "", false, "false"},
    {"éaé", "b", false, "false"},
    {"éaéab", "a", false, "false"},
    {"éaéb", "\\é%", false, "true"},
    {"éaéb", "bb%a", false, "false"},
    {"éaéb", "éba", true, "false"},
    {"éaéba", "", true, "false"},
    {"éaébaa", "a", true, "false"},
    {"éaébba", "a__a_", false, "false"},
    {"éaéé", "_%", true, "true"},
    {"éaéé", "béé", false, "false"},
    {"éaééa", "é", true, "false"},
    {"éaéééa", "__%", false, "true"},
    {"éb", "", true, "false"},
    {"éb", "__", false, "true"},
    {"éb", "__é_", false, "false"},
    {"éb", "a%é_", true, "false"},
    {"éb", "babé", true, "false"},
    {"éb%aa", "_%\\", true, "error 22025"},
    {"ébaa", "%%%", true, "true"},
    {"ébaa", "b", false, "false"},
    {"ébab", "aa_", false, "false"},
    {"ébabb", "%_b", true, "true"},
    {"ébb", "", true, "false"},
    {"ébb", "%__a", true, "false"},
    {"ébb", "ébé", true, "false"},
    {"ébbb", "b", false, "false"},
    {"ébbbaé", "%é_%é", false, "true"},
    {"ébbbbb", "_b_a_", true, "false"},
    {"ébbbéa", "_éé", false, "false"},
    {"ébbbéé", "%", true, "true"},
    {"ébbé", "%b", true, "false"},
    {"ébbéaa", "aébb", false, "false"},
    {"ébbéé", "", false, "false"},
    {"ébé", "%_ab", true, "false"},
    {"ébé", "_a_%b", false, "false"},
    {"ébé", "bébé", true, "false"},
    {"ébéa", "%aa", false, "false"},
    {"ébéa", "_%%_%", false, "true"},
    {"ébéb", "bbé", false, "false"},
    {"ébébab", "aa", false, "false"},
    {"ébéébé", "", false, "false"},
    {"ébéééé", "%", false, "true"},
    {"éé", "", true, "false"},
    {"éé", "", false, "false"},
    {"éé", "%_aé", false, "false"},
    {"éé", "_", false, "false"},
    {"éé", "_b", true, "false"},
    {"éé", "_é_%", true, "false"},
    {"éé", "é", false, "false"},
    {"éé", "é%", true, "true"},
    {"éé_a", "é%", true, "true"},
    {"ééa", "b", false, "false"},
    {"ééaAé", "_bé\\\\", true, "false"},
    {"ééaba", "babb", false, "false"},
    {"ééabéé", "ééb%_", true, "false"},
    {"ééb", "aé", true, "false"},
    {"ééb\\", "BBa\\b", false, "false"},
    {"éébaa", "%", true, "true"},
    {"éébaa", "_", false, "false"},
    {"éébaab", "", true, "false"},
    {"éébab", "éb_ab", true, "false"},
    {"éébb", "é", false, "false"},
    {"éébbéb", "b%_", false, "false"},
    {"ééé", "", false, "false"},
    {"ééé", "_éa_", false, "false"},
    {"ééé", "bBB_", true, "false"},
    {"éééébé", "éé%é", true, "true"},
};

TEST(FuncStringTest, RandomLikeCasesMatchPostgres) {
  for (const RandomLikeCase& c : kRandomLikeCases) {
    Result<bool> r = c.case_insensitive ? Ilike(c.text, c.pattern) : Like(c.text, c.pattern);
    std::string got = r.ok() ? (*r ? "true" : "false") : "error " + std::string(r.status().sqlstate());
    EXPECT_EQ(got, c.expected) << "'" << c.text << "' " << (c.case_insensitive ? "ILIKE" : "LIKE") << " '"
                               << c.pattern << "'";
  }
}

// 1050 random cases of the string kernels over multi-byte text (é € 😀),
// computed by PostgreSQL 15.18; expected is "[result]" or "error <sqlstate>".
struct RandomStringCase {
  const char* function;
  const char* a;
  const char* b;
  int32_t i;
  int32_t j;
  const char* expected;
};
constexpr RandomStringCase kRandomStringCases[] = {
    {"substr2", "😀xx😀-éC", "", 1, 0, "[😀xx😀-éC]"},
    {"substr2", "bx", "", 1, 0, "[bx]"},
    {"substr2", "a-,x-C-a", "", 10, 0, "[]"},
    {"substr2", "", "", -6, 0, "[]"},
    {"substr2", "", "", 0, 0, "[]"},
    {"substr2", "-é😀é€xa", "", 1, 0, "[-é😀é€xa]"},
    {"substr2", ",😀b€", "", 12, 0, "[]"},
    {"substr2", "€ab-b,b€", "", 3, 0, "[b-b,b€]"},
    {"substr2", "", "", 0, 0, "[]"},
    {"substr2", ",,,b-é€", "", 0, 0, "[,,,b-é€]"},
    {"substr2", "a,bCé", "", 8, 0, "[]"},
    {"substr2", "", "", 3, 0, "[]"},
    {"substr2", "éx😀éC,,b", "", 1, 0, "[éx😀éC,,b]"},
    {"substr2", "", "", 0, 0, "[]"},
    {"substr2", "", "", 1, 0, "[]"},
    {"substr2", "a", "", 1, 0, "[a]"},
    {"substr2", "a- €", "", 3, 0, "[ €]"},
    {"substr2", "é", "", 8, 0, "[]"},
    {"substr2", "", "", 0, 0, "[]"},
    {"substr2", "C-x-C,C", "", 0, 0, "[C-x-C,C]"},
    {"substr2", "-éé", "", 11, 0, "[]"},
    {"substr2", "x-b,ab", "", 0, 0, "[x-b,ab]"},
    {"substr2", ",€,", "", 1, 0, "[,€,]"},
    {"substr2", "😀CbC", "", 0, 0, "[😀CbC]"},
    {"substr2", "ééab", "", 1, 0, "[ééab]"},
    {"substr2", "aaC", "", -1, 0, "[aaC]"},
    {"substr2", " ", "", 0, 0, "[ ]"},
    {"substr2", "-C-aax €", "", -3, 0, "[-C-aax €]"},
    {"substr2", "b€ Cbbx", "", 5, 0, "[bbx]"},
    {"substr2", "  ", "", 1, 0, "[  ]"},
    {"substr2", ",", "", 1, 0, "[,]"},
    {"substr2", "", "", 1, 0, "[]"},
    {"substr2", "-a-bbb", "", 0, 0, "[-a-bbb]"},
    {"substr2", " ,-xxx", "", 10, 0, "[]"},
    {"substr2", "😀a€-bxaé", "", 1, 0, "[😀a€-bxaé]"},
    {"substr2", "€a €C-é", "", 0, 0, "[€a €C-é]"},
    {"substr2", "xé ,€é,", "", 12, 0, "[]"},
    {"substr2", ",é-", "", -6, 0, "[,é-]"},
    {"substr2", "x ", "", 10, 0, "[]"},
    {"substr2", "Cbxx", "", 1, 0, "[Cbxx]"},
    {"substr2", "😀x -x ", "", 0, 0, "[😀x -x ]"},
    {"substr2", "", "", 0, 0, "[]"},
    {"substr2", "€-aC,", "", 4, 0, "[C,]"},
    {"substr2", "éCab", "", 0, 0, "[éCab]"},
    {"substr2", "é", "", 0, 0, "[é]"},
    {"substr2", "ax", "", 5, 0, "[]"},
    {"substr2", "é€", "", -1, 0, "[é€]"},
    {"substr2", "éb,,Cx", "", 4, 0, "[,Cx]"},
    {"substr2", "😀-😀 x ", "", 7, 0, "[]"},
    {"substr2", "é", "", 0, 0, "[é]"},
    {"substr2", "😀 €a", "", 2, 0, "[ €a]"},
    {"substr2", "", "", 1, 0, "[]"},
    {"substr2", "xaéb", "", -11, 0, "[xaéb]"},
    {"substr2", " CxC😀😀xx", "", 6, 0, "[😀xx]"},
    {"substr2", "x😀😀", "", 11, 0, "[]"},
    {"substr2", "😀😀€€,-é€", "", 0, 0, "[😀😀€€,-é€]"},
    {"substr2", "é,😀b😀a-", "", 3, 0, "[😀b😀a-]"},
    {"substr2", ",😀-bxbCb", "", 1, 0, "[,😀-bxbCb]"},
    {"substr2", "€éxxC ", "", 0, 0, "[€éxxC ]"},
    {"substr2", "é", "", 3, 0, "[]"},
    {"substr2", "Caaé", "", -1, 0, "[Caaé]"},
    {"substr2", "  é-", "", 1, 0, "[  é-]"},
    {"substr2", "😀", "", -4, 0, "[😀]"},
    {"substr2", ",a,,😀-C😀", "", 8, 0, "[😀]"},
    {"substr2", "é😀--Cé C", "", 0, 0, "[é😀--Cé C]"},
    {"substr2", "ééb", "", -5, 0, "[ééb]"},
    {"substr2", "€", "", 1, 0, "[€]"},
    {"substr2", "😀Cé,ab", "", 0, 0, "[😀Cé,ab]"},
    {"substr2", "b😀 😀é", "", 1, 0, "[b😀 😀é]"},
    {"substr2", "a", "", 1, 0, "[a]"},
    {"substr2", "éC", "", -6, 0, "[éC]"},
    {"substr2", "€b", "", -11, 0, "[€b]"},
    {"substr2", "bb ,x,😀", "", 1, 0, "[bb ,x,😀]"},
    {"substr2", "aaéC,", "", 0, 0, "[aaéC,]"},
    {"substr2", "é-Cb😀a", "", 1, 0, "[é-Cb😀a]"},
    {"substr2", "😀- ", "", 0, 0, "[😀- ]"},
    {"substr2", "bC,C", "", 0, 0, "[bC,C]"},
    {"substr2", "C,éCb ", "", 1, 0, "[C,éCb ]"},
    {"substr2", "", "", 2, 0, "[]"},
    {"substr2", "€€ ", "", 1, 0, "[€€ ]"},
    {"substr2", "😀b", "", 1, 0, "[😀b]"},
    {"substr2", "b,-", "", -3, 0, "[b,-]"},
    {"substr2", "€x,", "", -11, 0, "[€x,]"},
    {"substr2", "ab€€€ ", "", 1, 0, "[ab€€€ ]"},
    {"substr2", "-bxb😀-a,", "", 1, 0, "[-bxb😀-a,]"},
    {"substr2", "x😀", "", 6, 0, "[]"},
    {"substr2", "x,€😀,-", "", 0, 0, "[x,€😀,-]"},
    {"substr2", "€😀€€aaé", "", -11, 0, "[€😀€€aaé]"},
    {"substr2", ",a ,a-", "", 8, 0, "[]"},
    {"substr2", ",x€", "", 9, 0, "[]"},
    {"substr2", "bxCé-ba-", "", 3, 0, "[Cé-ba-]"},
    {"substr2", "a 😀", "", 0, 0, "[a 😀]"},
    {"substr2", "C,x-€-,", "", 12, 0, "[]"},
    {"substr2", "Céxb", "", 0, 0, "[Céxb]"},
    {"substr2", "€---", "", 0, 0, "[€---]"},
    {"substr2", "éé😀", "", 7, 0, "[]"},
    {"substr2", "", "", 0, 0, "[]"},
    {"substr2", "a-abé😀", "", 1, 0, "[a-abé😀]"},
    {"substr2", "😀é", "", 1, 0, "[😀é]"},
    {"substr2", " é  xCb", "", 1, 0, "[ é  xCb]"},
    {"substr3", "x,€", "", 0, 0, "[]"},
    {"substr3", "😀C, ", "", 1, 2, "[😀C]"},
    {"substr3", "--xx€a", "", -3, 7, "[--x]"},
    {"substr3", "x €C", "", 0, 0, "[]"},
    {"substr3", "--€x😀€x", "", 1, 4, "[--€x]"},
    {"substr3", " ", "", 10, 1, "[]"},
    {"substr3", "é- ,😀C", "", 6, 1, "[C]"},
    {"substr3", "aé😀a", "", 0, 1, "[]"},
    {"substr3", "-", "", 5, 0, "[]"},
    {"substr3", " ", "", -12, 1, "[]"},
    {"substr3", "éx😀", "", 1, 0, "[]"},
    {"substr3", "Cxx😀b", "", 8, 0, "[]"},
    {"substr3", "", "", 9, 4, "[]"},
    {"substr3", " ab,,CéC", "", 0, 1, "[]"},
    {"substr3", "😀€€ax€", "", 0, -8, "error 22011"},
    {"substr3", "", "", 9, 6, "[]"},
    {"substr3", "béC é", "", 1, 4, "[béC ]"},
    {"substr3", "C€,C€😀😀", "", 1, 3, "[C€,]"},
    {"substr3", "é,aéC,😀", "", 0, -11, "error 22011"},
    {"substr3", "", "", 0, 1, "[]"},
    {"substr3", ",C", "", -2, 4, "[,]"},
    {"substr3", "😀😀aC", "", 12, -6, "error 22011"},
    {"substr3", "b ", "", 1, 1, "[b]"},
    {"substr3", "-", "", 0, 1, "[]"},
    {"substr3", "bxé", "", 1, 3, "[bxé]"},
    {"substr3", " €,b", "", 1, 7, "[ €,b]"},
    {"substr3", "bCb,x", "", 1, 1, "[b]"},
    {"substr3", "€-b", "", 4, 11, "[]"},
    {"substr3", "€,", "", 0, 1, "[]"},
    {"substr3", "b€éé,b €", "", 1, 0, "[]"},
    {"substr3", ",bbC-bC", "", 8, 1, "[]"},
    {"substr3", "", "", 10, -2, "error 22011"},
    {"substr3", "b,", "", 3, 1, "[]"},
    {"substr3", "C,x", "", 2, 0, "[]"},
    {"substr3", "-😀a", "", -2, 1, "[]"},
    {"substr3", "😀", "", 0, 9, "[😀]"},
    {"substr3", "€😀", "", 5, 7, "[]"},
    {"substr3", "😀é-", "", 8, -10, "error 22011"},
    {"substr3", "x-,", "", 0, 0, "[]"},
    {"substr3", "bxCé-😀😀", "", 0, 0, "[]"},
    {"substr3", "ba", "", 0, 0, "[]"},
    {"substr3", "C-", "", 1, 0, "[]"},
    {"substr3", "€,", "", 6, 1, "[]"},
    {"substr3", "aC😀,b-,", "", -2, 0, "[]"},
    {"substr3", "", "", -11, 3, "[]"},
    {"substr3", " ,--,€x", "", 1, 10, "[ ,--,€x]"},
    {"substr3", "😀", "", 1, 0, "[]"},
    {"substr3", "", "", 1, 0, "[]"},
    {"substr3", "-béb", "", 2, 5, "[béb]"},
    {"substr3", "b😀é😀€,é", "", 0, 1, "[]"},
    {"substr3", "é,", "", 6, 4, "[]"},
    {"substr3", "😀", "", 6, 0, "[]"},
    {"substr3", "", "", 2, 1, "[]"},
    {"substr3", " -", "", 0, 0, "[]"},
    {"substr3", " xCx", "", 0, 10, "[ xCx]"},
    {"substr3", "  x", "", -7, 8, "[]"},
    {"substr3", "ab€", "", 0, 1, "[]"},
    {"substr3", "x,bCé", "", 10, 10, "[]"},
    {"substr3", "Cé😀€", "", 0, 9, "[Cé😀€]"},
    {"substr3", "é€Cé€Cbx", "", -2, 5, "[é€]"},
    {"substr3", "😀€,-", "", 0, -6, "error 22011"},
    {"substr3", "€😀", "", -7, 1, "[]"},
    {"substr3", "axaCb😀", "", 0, 1, "[]"},
    {"substr3", "", "", -3, 12, "[]"},
    {"substr3", "-", "", 1, 0, "[]"},
    {"substr3", "€x😀", "", 1, -11, "error 22011"},
    {"substr3", "", "", 2, 2, "[]"},
    {"substr3", ",😀x€abb", "", 6, 6, "[bb]"},
    {"substr3", ",a -", "", 0, 1, "[]"},
    {"substr3", "😀", "", 0, 1, "[]"},
    {"substr3", "a ,x éa", "", 3, 1, "[,]"},
    {"substr3", "aaé,😀Cb,", "", 1, 3, "[aaé]"},
    {"substr3", "€€b", "", 1, -10, "error 22011"},
    {"substr3", "€ -éa", "", -1, -2, "error 22011"},
    {"substr3", ",é,,aé,", "", -5, 5, "[]"},
    {"substr3", "é,é-x€x", "", 3, 3, "[é-x]"},
    {"substr3", ",,ba€ €-", "", 4, 1, "[a]"},
    {"substr3", "€b ", "", 0, 12, "[€b ]"},
    {"substr3", "a", "", 1, 0, "[]"},
    {"substr3", "😀a€,", "", 1, -6, "error 22011"},
    {"substr3", "-Caé€,,x", "", 10, 0, "[]"},
    {"substr3", "x,Cé€", "", 1, 1, "[x]"},
    {"substr3", " éb€  -é", "", -1, 1, "[]"},
    {"substr3", "", "", 0, 7, "[]"},
    {"substr3", "😀 b", "", -1, 0, "[]"},
    {"substr3", ",", "", 1, 1, "[,]"},
    {"substr3", "€x€éC", "", 1, 0, "[]"},
    {"substr3", "😀b ", "", 1, 0, "[]"},
    {"substr3", "", "", 0, 0, "[]"},
    {"substr3", "", "", 0, 0, "[]"},
    {"substr3", "baa ", "", 0, 9, "[baa ]"},
    {"substr3", ",-  a-é", "", 9, 1, "[]"},
    {"substr3", "b€bxx,", "", -11, 0, "[]"},
    {"substr3", "x xa", "", 7, 0, "[]"},
    {"substr3", "é😀a", "", 5, 1, "[]"},
    {"substr3", "b-😀 € ba", "", 10, 0, "[]"},
    {"substr3", "CC ", "", 1, 0, "[]"},
    {"substr3", ",€ 😀x", "", 8, -2, "error 22011"},
    {"substr3", "Cbbb€bx😀", "", 1, 1, "[C]"},
    {"substr3", "a €,😀,€", "", 0, 0, "[]"},
    {"substr3", " é", "", 6, 1, "[]"},
    {"substr3", "CCé,", "", 0, 8, "[CCé,]"},
    {"substr3", "", "", 6, 0, "[]"},
    {"substr3", "€,,CaC", "", 8, 0, "[]"},
    {"substr3", "b, a😀xC ", "", 1, 0, "[]"},
    {"substr3", ",-,", "", 1, 10, "[,-,]"},
    {"substr3", "€CxCb😀€x", "", -9, 0, "[]"},
    {"substr3", "€,", "", -2, 3, "[]"},
    {"substr3", "😀€😀aC", "", 0, 7, "[😀€😀aC]"},
    {"substr3", " x", "", 1, 1, "[ ]"},
    {"substr3", "😀,😀aé", "", 0, 0, "[]"},
    {"substr3", "x-a", "", -12, 5, "[]"},
    {"substr3", " a😀€", "", 1, -3, "error 22011"},
    {"substr3", "a😀€éx", "", 3, 1, "[€]"},
    {"substr3", "-aa-", "", 0, 0, "[]"},
    {"substr3", "€ x €€b ", "", 0, -6, "error 22011"},
    {"substr3", "aC😀", "", 9, -1, "error 22011"},
    {"substr3", "C ", "", 1, 1, "[C]"},
    {"substr3", "a,b 😀éaC", "", 2, 1, "[,]"},
    {"substr3", "éx,C€b,", "", 0, -12, "error 22011"},
    {"substr3", "aé-- x", "", 1, 5, "[aé-- ]"},
    {"substr3", "x", "", 1, 0, "[]"},
    {"substr3", "-😀-a😀a", "", 1, 4, "[-😀-a]"},
    {"substr3", "", "", 1, 0, "[]"},
    {"substr3", "x😀,", "", 1, -5, "error 22011"},
    {"substr3", "bb", "", 0, -2, "error 22011"},
    {"substr3", "€😀 xé", "", 1, 0, "[]"},
    {"substr3", "bb😀", "", 1, 1, "[b]"},
    {"substr3", "", "", 9, 0, "[]"},
    {"substr3", "b ", "", -1, 10, "[b ]"},
    {"substr3", "C-,a-x", "", 4, 0, "[]"},
    {"substr3", "😀,,", "", 0, 0, "[]"},
    {"substr3", "éCC", "", 1, 0, "[]"},
    {"substr3", "€", "", 0, 1, "[]"},
    {"substr3", "é", "", 0, 1, "[]"},
    {"substr3", "Cb€", "", 1, 2, "[Cb]"},
    {"substr3", "bb 😀,éx-", "", -2, 10, "[bb 😀,éx]"},
    {"substr3", "éx,é,-é", "", 4, 0, "[]"},
    {"substr3", "-x€€", "", 7, 7, "[]"},
    {"substr3", "", "", -1, 1, "[]"},
    {"substr3", "€ b-b😀", "", 1, 0, "[]"},
    {"substr3", "", "", 0, -12, "error 22011"},
    {"substr3", "b Cx😀 x", "", 7, 1, "[x]"},
    {"substr3", "é😀babx", "", 0, 6, "[é😀bab]"},
    {"substr3", " C😀,bba", "", 0, 1, "[]"},
    {"substr3", ",", "", 4, 2, "[]"},
    {"substr3", " ", "", 3, 0, "[]"},
    {"substr3", "-bb-éCb😀", "", 0, 12, "[-bb-éCb😀]"},
    {"substr3", "-,x", "", 1, -1, "error 22011"},
    {"substr3", "Cb😀CC-😀", "", -1, -12, "error 22011"},
    {"strpos", "b,", "", 0, 0, "[1]"},
    {"strpos", "😀-a,", "", 0, 0, "[1]"},
    {"strpos", "€😀a,,€b", "", 0, 0, "[1]"},
    {"strpos", "😀b, ", "é", 0, 0, "[0]"},
    {"strpos", "C-😀b,€€-", "é", 0, 0, "[0]"},
    {"strpos", "b,x, ", ", ", 0, 0, "[4]"},
    {"strpos", "ba€😀aC😀", "😀", 0, 0, "[4]"},
    {"strpos", ",éb a", " ", 0, 0, "[4]"},
    {"strpos", "é😀😀xa ,", "ba", 0, 0, "[0]"},
    {"strpos", "é - €", "", 0, 0, "[1]"},
    {"strpos", "", "C", 0, 0, "[0]"},
    {"strpos", "b😀 abé€", "€,", 0, 0, "[0]"},
    {"strpos", ",b€-b", "", 0, 0, "[1]"},
    {"strpos", "é€ a C", "", 0, 0, "[1]"},
    {"strpos", "€axa", "-", 0, 0, "[0]"},
    {"strpos", "😀", "", 0, 0, "[1]"},
    {"strpos", "a-é-😀", "", 0, 0, "[1]"},
    {"strpos", ", bCbxC", "x", 0, 0, "[6]"},
    {"strpos", "bx bb ", "😀b", 0, 0, "[0]"},
    {"strpos", ",", "😀", 0, 0, "[0]"},
    {"strpos", "é", "", 0, 0, "[1]"},
    {"strpos", " 😀CbC€", ",", 0, 0, "[0]"},
    {"strpos", "", ",", 0, 0, "[0]"},
    {"strpos", "xx,", ",😀", 0, 0, "[0]"},
    {"strpos", "b😀C- éa", "C", 0, 0, "[3]"},
    {"strpos", ",-😀,x", "-x", 0, 0, "[0]"},
    {"strpos", "-Cx, ", "", 0, 0, "[1]"},
    {"strpos", "é€ ,-a€", "", 0, 0, "[1]"},
    {"strpos", ",éé,", "b😀", 0, 0, "[0]"},
    {"strpos", ",😀", ",", 0, 0, "[1]"},
    {"strpos", "béC-b€😀", "", 0, 0, "[1]"},
    {"strpos", "", " -", 0, 0, "[0]"},
    {"strpos", "😀x", "x", 0, 0, "[2]"},
    {"strpos", "x ", "b", 0, 0, "[0]"},
    {"strpos", "Céé", "- ", 0, 0, "[0]"},
    {"strpos", "C", "", 0, 0, "[1]"},
    {"strpos", "  ", "b", 0, 0, "[0]"},
    {"strpos", "-€bé", "a", 0, 0, "[0]"},
    {"strpos", "😀€", "€€", 0, 0, "[0]"},
    {"strpos", "😀C€x", "", 0, 0, "[1]"},
    {"strpos", "a€€😀", "", 0, 0, "[1]"},
    {"strpos", "C😀C-b😀", "C😀", 0, 0, "[1]"},
    {"strpos", "€a, ", "😀é", 0, 0, "[0]"},
    {"strpos", "x  é😀€-", " é", 0, 0, "[3]"},
    {"strpos", "😀", "", 0, 0, "[1]"},
    {"strpos", "€", "", 0, 0, "[1]"},
    {"strpos", "-", "", 0, 0, "[1]"},
    {"strpos", " € ", "", 0, 0, "[1]"},
    {"strpos", "", "bC", 0, 0, "[0]"},
    {"strpos", "", "-", 0, 0, "[0]"},
    {"strpos", "😀😀", "", 0, 0, "[1]"},
    {"strpos", "😀Cb😀 -", "é", 0, 0, "[0]"},
    {"strpos", ",", "", 0, 0, "[1]"},
    {"strpos", "ébxa😀😀b", "", 0, 0, "[1]"},
    {"strpos", "€ é€", "", 0, 0, "[1]"},
    {"strpos", "C,a-x---", " C", 0, 0, "[0]"},
    {"strpos", "😀", "", 0, 0, "[1]"},
    {"strpos", "", "", 0, 0, "[1]"},
    {"strpos", "€", "a", 0, 0, "[0]"},
    {"strpos", "aCC-😀-", "ba", 0, 0, "[0]"},
    {"btrim", "bé,é,", " é", 0, 0, "[bé,é,]"},
    {"btrim", ",aé€a", "😀 ", 0, 0, "[,aé€a]"},
    {"btrim", " xé,CéCé", "xx", 0, 0, "[ xé,CéCé]"},
    {"btrim", " Cé", "-😀", 0, 0, "[ Cé]"},
    {"btrim", "-aC€", "b", 0, 0, "[-aC€]"},
    {"btrim", "😀 éa", "😀", 0, 0, "[ éa]"},
    {"btrim", "b", "x", 0, 0, "[b]"},
    {"btrim", "a,😀", " ", 0, 0, "[a,😀]"},
    {"btrim", "bb,C,", " ", 0, 0, "[bb,C,]"},
    {"btrim", ",€😀", "", 0, 0, "[,€😀]"},
    {"btrim", "aaxa,b,", "C", 0, 0, "[aaxa,b,]"},
    {"btrim", "é", "x", 0, 0, "[é]"},
    {"btrim", "  C", "C", 0, 0, "[  ]"},
    {"btrim", "aééCé", "  b", 0, 0, "[aééCé]"},
    {"btrim", "CbC ", "", 0, 0, "[CbC ]"},
    {"btrim", "€", "C-", 0, 0, "[€]"},
    {"btrim", "€", "😀€b", 0, 0, "[]"},
    {"btrim", "é", "", 0, 0, "[é]"},
    {"btrim", "€", "C", 0, 0, "[€]"},
    {"btrim", "-b€x-", " -x", 0, 0, "[b€]"},
    {"btrim", "aéCxax-", "😀a€", 0, 0, "[éCxax-]"},
    {"btrim", "aC", "éaa", 0, 0, "[C]"},
    {"btrim", ",x-", "", 0, 0, "[,x-]"},
    {"btrim", "aC aC€a", "€-", 0, 0, "[aC aC€a]"},
    {"btrim", " x€- C C", ",😀-", 0, 0, "[ x€- C C]"},
    {"btrim", "€ xé-Cx", "C ", 0, 0, "[€ xé-Cx]"},
    {"btrim", "😀-,", " ", 0, 0, "[😀-,]"},
    {"btrim", "ba x", "", 0, 0, "[ba x]"},
    {"btrim", "😀,ax,€x", "ab ", 0, 0, "[😀,ax,€x]"},
    {"btrim", "xaCa€😀x", "", 0, 0, "[xaCa€😀x]"},
    {"btrim", "€", "", 0, 0, "[€]"},
    {"btrim", "-,a", "é😀", 0, 0, "[-,a]"},
    {"btrim", ",", "😀a", 0, 0, "[,]"},
    {"btrim", "x", "C€ ", 0, 0, "[x]"},
    {"btrim", "😀 ééx€Cé", "€C", 0, 0, "[😀 ééx€Cé]"},
    {"btrim", "x", "éa", 0, 0, "[x]"},
    {"btrim", "", "x-", 0, 0, "[]"},
    {"btrim", "bCb€€,", "€C", 0, 0, "[bCb€€,]"},
    {"btrim", "-Ca,", ",a-", 0, 0, "[C]"},
    {"btrim", "xxé,", "aa", 0, 0, "[xxé,]"},
    {"btrim", "xé", "-", 0, 0, "[xé]"},
    {"btrim", "C", " x€", 0, 0, "[C]"},
    {"btrim", "a€", "", 0, 0, "[a€]"},
    {"btrim", " aa€😀", "xa", 0, 0, "[ aa€😀]"},
    {"btrim", "b€é😀x", "", 0, 0, "[b€é😀x]"},
    {"btrim", "", "", 0, 0, "[]"},
    {"btrim", "ax😀é€é- ", ",", 0, 0, "[ax😀é€é- ]"},
    {"btrim", ",b a ", "😀😀", 0, 0, "[,b a ]"},
    {"btrim", "é,éxbb", ",x,", 0, 0, "[é,éxbb]"},
    {"btrim", "😀€-😀,a😀b", "C", 0, 0, "[😀€-😀,a😀b]"},
    {"btrim", "", "C", 0, 0, "[]"},
    {"btrim", "€- €aaxa", "bxé", 0, 0, "[€- €aaxa]"},
    {"btrim", "a😀ba", "x-", 0, 0, "[a😀ba]"},
    {"btrim", "C,x-é,é", "ab-", 0, 0, "[C,x-é,é]"},
    {"btrim", "éa", ",a,", 0, 0, "[é]"},
    {"btrim", ",", "-bé", 0, 0, "[,]"},
    {"btrim", "x- ", "", 0, 0, "[x- ]"},
    {"btrim", "€aé😀-", ",é€", 0, 0, "[aé😀-]"},
    {"btrim", "", "", 0, 0, "[]"},
    {"btrim", "xé ,", "x", 0, 0, "[é ,]"},
    {"ltrim", " é-a,€", "", 0, 0, "[ é-a,€]"},
    {"ltrim", "x😀x,😀,b", "€", 0, 0, "[x😀x,😀,b]"},
    {"ltrim", "--x", "é€é", 0, 0, "[--x]"},
    {"ltrim", "😀", "-,", 0, 0, "[😀]"},
    {"ltrim", "", " ,€", 0, 0, "[]"},
    {"ltrim", "-", "é,€", 0, 0, "[-]"},
    {"ltrim", ",ax", "", 0, 0, "[,ax]"},
    {"ltrim", ",b-", " -", 0, 0, "[,b-]"},
    {"ltrim", "€€😀,😀Ca", "-", 0, 0, "[€€😀,😀Ca]"},
    {"ltrim", "😀a€- ", " Cx", 0, 0, "[😀a€- ]"},
    {"ltrim", "€,Cb-ax", "😀😀x", 0, 0, "[€,Cb-ax]"},
    {"ltrim", "", " ,", 0, 0, "[]"},
    {"ltrim", "", "", 0, 0, "[]"},
    {"ltrim", "", "😀C", 0, 0, "[]"},
    {"ltrim", "é,€C ", "", 0, 0, "[é,€C ]"},
    {"ltrim", " ,,C€-éé", "a", 0, 0, "[ ,,C€-éé]"},
    {"ltrim", "b", "", 0, 0, "[b]"},
    {"ltrim", "€ax", "", 0, 0, "[€ax]"},
    {"ltrim", "", " é", 0, 0, "[]"},
    {"ltrim", "  éx ", "", 0, 0, "[  éx ]"},
    {"ltrim", "-€-😀 é😀", "-", 0, 0, "[€-😀 é😀]"},
    {"ltrim", "C x,C", "-", 0, 0, "[C x,C]"},
    {"ltrim", "x ", "é ", 0, 0, "[x ]"},
    {"ltrim", "x a", "x", 0, 0, "[ a]"},
    {"ltrim", "", "", 0, 0, "[]"},
    {"ltrim", "-ab a- x", "bb,", 0, 0, "[-ab a- x]"},
    {"ltrim", "", "😀", 0, 0, "[]"},
    {"ltrim", "aC a", "€é😀", 0, 0, "[aC a]"},
    {"ltrim", "", "é ", 0, 0, "[]"},
    {"ltrim", "", "€", 0, 0, "[]"},
    {"ltrim", "€aa ", ",-", 0, 0, "[€aa ]"},
    {"ltrim", "€C", "", 0, 0, "[€C]"},
    {"ltrim", "bx", "€", 0, 0, "[bx]"},
    {"ltrim", "-x😀é,, 😀", "xx", 0, 0, "[-x😀é,, 😀]"},
    {"ltrim", "-😀é€a€€,", "", 0, 0, "[-😀é€a€€,]"},
    {"ltrim", "", "€😀é", 0, 0, "[]"},
    {"ltrim", "😀x xb", "😀😀é", 0, 0, "[x xb]"},
    {"ltrim", "bbé", "😀,", 0, 0, "[bbé]"},
    {"ltrim", "😀€a€😀 b😀", "", 0, 0, "[😀€a€😀 b😀]"},
    {"ltrim", "", ",", 0, 0, "[]"},
    {"ltrim", "x", "-😀-", 0, 0, "[x]"},
    {"ltrim", "", "b", 0, 0, "[]"},
    {"ltrim", "éxéx😀 -", "", 0, 0, "[éxéx😀 -]"},
    {"ltrim", "", "é", 0, 0, "[]"},
    {"ltrim", "é", " C", 0, 0, "[é]"},
    {"ltrim", "😀bC€ééCa", "aC", 0, 0, "[😀bC€ééCa]"},
    {"ltrim", "aCx", "€C", 0, 0, "[aCx]"},
    {"ltrim", "b-aa-", ",€", 0, 0, "[b-aa-]"},
    {"ltrim", "C,xaé-", "€é", 0, 0, "[C,xaé-]"},
    {"ltrim", "b", "Cé", 0, 0, "[b]"},
    {"ltrim", "€b, xa", "", 0, 0, "[€b, xa]"},
    {"ltrim", "x-,b😀€", "", 0, 0, "[x-,b😀€]"},
    {"ltrim", "a", "- ", 0, 0, "[a]"},
    {"ltrim", " ,C--Cé😀", "", 0, 0, "[ ,C--Cé😀]"},
    {"ltrim", "-éxéxab", "", 0, 0, "[-éxéxab]"},
    {"ltrim", "é,", "é,-", 0, 0, "[]"},
    {"ltrim", "C a bC", "C-", 0, 0, "[ a bC]"},
    {"ltrim", "", "", 0, 0, "[]"},
    {"ltrim", ",Cb", "", 0, 0, "[,Cb]"},
    {"ltrim", " -", "", 0, 0, "[ -]"},
    {"rtrim", "é", "Cé", 0, 0, "[]"},
    {"rtrim", "b,éb😀Cb", "😀", 0, 0, "[b,éb😀Cb]"},
    {"rtrim", ",C,-😀b", "ax€", 0, 0, "[,C,-😀b]"},
    {"rtrim", "", "", 0, 0, "[]"},
    {"rtrim", " a,", "€😀€", 0, 0, "[ a,]"},
    {"rtrim", "C,", "ba", 0, 0, "[C,]"},
    {"rtrim", "€€€é", "", 0, 0, "[€€€é]"},
    {"rtrim", ", ", "b😀", 0, 0, "[, ]"},
    {"rtrim", ",", "--", 0, 0, "[,]"},
    {"rtrim", "éx€-", "€", 0, 0, "[éx€-]"},
    {"rtrim", "x-bCa,", "é ", 0, 0, "[x-bCa,]"},
    {"rtrim", "é€xa€C", "😀-", 0, 0, "[é€xa€C]"},
    {"rtrim", "😀€é", "😀- ", 0, 0, "[😀€é]"},
    {"rtrim", "", "", 0, 0, "[]"},
    {"rtrim", "", "", 0, 0, "[]"},
    {"rtrim", "€x😀ab", "éxC", 0, 0, "[€x😀ab]"},
    {"rtrim", "x,€ 😀,é", "x😀", 0, 0, "[x,€ 😀,é]"},
    {"rtrim", "éC", "a", 0, 0, "[éC]"},
    {"rtrim", ",C😀é- ", "", 0, 0, "[,C😀é- ]"},
    {"rtrim", "baCx€", "😀x", 0, 0, "[baCx€]"},
    {"rtrim", "baaxé", "", 0, 0, "[baaxé]"},
    {"rtrim", "", "b", 0, 0, "[]"},
    {"rtrim", "😀 ", "b", 0, 0, "[😀 ]"},
    {"rtrim", "b  ,😀", "a", 0, 0, "[b  ,😀]"},
    {"rtrim", " €x€,xéa", "x€x", 0, 0, "[ €x€,xéa]"},
    {"rtrim", "C😀€a😀C -", "b€", 0, 0, "[C😀€a😀C -]"},
    {"rtrim", "x", "€,x", 0, 0, "[]"},
    {"rtrim", "x bba,", "", 0, 0, "[x bba,]"},
    {"rtrim", "xC", "b-é", 0, 0, "[xC]"},
    {"rtrim", "x€", " ,", 0, 0, "[x€]"},
    {"rtrim", "aaC", "CCC", 0, 0, "[aa]"},
    {"rtrim", "bb", "é", 0, 0, "[bb]"},
    {"rtrim", "xC-a€", "", 0, 0, "[xC-a€]"},
    {"rtrim", "C,bb😀", "", 0, 0, "[C,bb😀]"},
    {"rtrim", "x,éa-", "x", 0, 0, "[x,éa-]"},
    {"rtrim", "€€,éb,C", "-C ", 0, 0, "[€€,éb,]"},
    {"rtrim", "", "a😀é", 0, 0, "[]"},
    {"rtrim", "😀😀", "éC", 0, 0, "[😀😀]"},
    {"rtrim", "😀 C-€é ,", "x", 0, 0, "[😀 C-€é ,]"},
    {"rtrim", "b", "", 0, 0, "[b]"},
    {"rtrim", "Cé,", "x é", 0, 0, "[Cé,]"},
    {"rtrim", "bCé--", "C", 0, 0, "[bCé--]"},
    {"rtrim", "😀", ",é ", 0, 0, "[😀]"},
    {"rtrim", " b€ x ", "C€", 0, 0, "[ b€ x ]"},
    {"rtrim", "a€, -b", "€", 0, 0, "[a€, -b]"},
    {"rtrim", "bC😀b😀€", "ébb", 0, 0, "[bC😀b😀€]"},
    {"rtrim", "xé€,€", "xa", 0, 0, "[xé€,€]"},
    {"rtrim", "- x", "a", 0, 0, "[- x]"},
    {"rtrim", ",", "", 0, 0, "[,]"},
    {"rtrim", "-", "", 0, 0, "[-]"},
    {"rtrim", "xx-", "  a", 0, 0, "[xx-]"},
    {"rtrim", ",x €C --", "", 0, 0, "[,x €C --]"},
    {"rtrim", " b", "😀", 0, 0, "[ b]"},
    {"rtrim", "😀", "", 0, 0, "[😀]"},
    {"rtrim", ",-", "€", 0, 0, "[,-]"},
    {"rtrim", "-€€bx", "", 0, 0, "[-€€bx]"},
    {"rtrim", "C bC😀😀,", "bCa", 0, 0, "[C bC😀😀,]"},
    {"rtrim", "€b", "CxC", 0, 0, "[€b]"},
    {"rtrim", "- b ", "ax😀", 0, 0, "[- b ]"},
    {"rtrim", "béb €-", ",", 0, 0, "[béb €-]"},
    {"replace", "😀é,xa", "a", 0, 0, "[😀é,x<>]"},
    {"replace", "b😀C-é-😀", "-x", 0, 0, "[b😀C-é-😀]"},
    {"replace", "", "", 0, 0, "[]"},
    {"replace", "CxxCx-", "", 0, 0, "[CxxCx-]"},
    {"replace", " ", "", 0, 0, "[ ]"},
    {"replace", "ébaxC ", "", 0, 0, "[ébaxC ]"},
    {"replace", "€😀 ", "x", 0, 0, "[€😀 ]"},
    {"replace", "", " ", 0, 0, "[]"},
    {"replace", "😀 -CCa😀", "-", 0, 0, "[😀 <>CCa😀]"},
    {"replace", "a😀b,é", "a", 0, 0, "[<>😀b,é]"},
    {"replace", " ", "", 0, 0, "[ ]"},
    {"replace", "b€Ca-", "-,", 0, 0, "[b€Ca-]"},
    {"replace", "CCb a", "é", 0, 0, "[CCb a]"},
    {"replace", "bé", "", 0, 0, "[bé]"},
    {"replace", " xb€ax", " ", 0, 0, "[<>xb€ax]"},
    {"replace", "x", "", 0, 0, "[x]"},
    {"replace", "b€- ", "bC", 0, 0, "[b€- ]"},
    {"replace", "éébx€", "b", 0, 0, "[éé<>x€]"},
    {"replace", "éb,😀a", "", 0, 0, "[éb,😀a]"},
    {"replace", "€€,,", "", 0, 0, "[€€,,]"},
    {"replace", "b,é,- ", "é", 0, 0, "[b,<>,- ]"},
    {"replace", "ba€,€😀€", "-", 0, 0, "[ba€,€😀€]"},
    {"replace", "€ axa -x", "b", 0, 0, "[€ axa -x]"},
    {"replace", "-aa€", "C", 0, 0, "[-aa€]"},
    {"replace", "é", "", 0, 0, "[é]"},
    {"replace", "-aa ax😀", "Ca", 0, 0, "[-aa ax😀]"},
    {"replace", "b,😀xb ", "€", 0, 0, "[b,😀xb ]"},
    {"replace", ",C€x😀-😀😀", "", 0, 0, "[,C€x😀-😀😀]"},
    {"replace", "-😀a-xC,a", "C-", 0, 0, "[-😀a-xC,a]"},
    {"replace", "Cxb€", "a", 0, 0, "[Cxb€]"},
    {"replace", "é,€b,", "xa", 0, 0, "[é,€b,]"},
    {"replace", "baxxé Cb", ",x", 0, 0, "[baxxé Cb]"},
    {"replace", "x", "", 0, 0, "[x]"},
    {"replace", "😀😀bC", ",", 0, 0, "[😀😀bC]"},
    {"replace", "😀x😀,C-", "a", 0, 0, "[😀x😀,C-]"},
    {"replace", "éééxx- €", "a", 0, 0, "[éééxx- €]"},
    {"replace", "bé", "aé", 0, 0, "[bé]"},
    {"replace", "é", "", 0, 0, "[é]"},
    {"replace", "€", "bx", 0, 0, "[€]"},
    {"replace", "-xC ", "€😀", 0, 0, "[-xC ]"},
    {"replace", "CC€éC", "", 0, 0, "[CC€éC]"},
    {"replace", "a", ", ", 0, 0, "[a]"},
    {"replace", "a", "", 0, 0, "[a]"},
    {"replace", "a😀xa-x", "é ", 0, 0, "[a😀xa-x]"},
    {"replace", " ab,,x", "", 0, 0, "[ ab,,x]"},
    {"replace", "xx", "😀b", 0, 0, "[xx]"},
    {"replace", "a,", "", 0, 0, "[a,]"},
    {"replace", "Cé,", "-C", 0, 0, "[Cé,]"},
    {"replace", "", "-C", 0, 0, "[]"},
    {"replace", "-C b", "b", 0, 0, "[-C <>]"},
    {"replace", "a😀ax-", "b", 0, 0, "[a😀ax-]"},
    {"replace", "xa---C-", " ", 0, 0, "[xa---C-]"},
    {"replace", "", "", 0, 0, "[]"},
    {"replace", "-xx-é", "", 0, 0, "[-xx-é]"},
    {"replace", "x,a", "  ", 0, 0, "[x,a]"},
    {"replace", "", ", ", 0, 0, "[]"},
    {"replace", "bb-€", ",b", 0, 0, "[bb-€]"},
    {"replace", "-", ", ", 0, 0, "[-]"},
    {"replace", "", "-", 0, 0, "[]"},
    {"replace", "-😀€", "", 0, 0, "[-😀€]"},
    {"left", "a😀€,€", "", 0, 0, "[]"},
    {"left", " b, €-C€", "", 8, 0, "[ b, €-C€]"},
    {"left", "Céb😀-", "", -1, 0, "[Céb😀]"},
    {"left", "-xC, 😀€", "", 1, 0, "[-]"},
    {"left", "a", "", -9, 0, "[]"},
    {"left", "€x", "", 0, 0, "[]"},
    {"left", "é€ b--bx", "", 4, 0, "[é€ b]"},
    {"left", "😀-a", "", 10, 0, "[😀-a]"},
    {"left", "xxax€a😀", "", -3, 0, "[xxax]"},
    {"left", "C, -C", "", 0, 0, "[]"},
    {"left", "€ b,", "", -6, 0, "[]"},
    {"left", "", "", 1, 0, "[]"},
    {"left", "", "", 4, 0, "[]"},
    {"left", "-,€€é", "", -2, 0, "[-,€]"},
    {"left", "aC", "", 1, 0, "[a]"},
    {"left", " 😀 €é😀", "", 1, 0, "[ ]"},
    {"left", "", "", 2, 0, "[]"},
    {"left", "Cé ", "", 11, 0, "[Cé ]"},
    {"left", "€C😀", "", -9, 0, "[]"},
    {"left", "xa ébC€a", "", -3, 0, "[xa éb]"},
    {"left", "aé,é-", "", 9, 0, "[aé,é-]"},
    {"left", " ", "", 5, 0, "[ ]"},
    {"left", "xb", "", 0, 0, "[]"},
    {"left", "bé-,€a😀", "", 0, 0, "[]"},
    {"left", "Cxéébx€", "", 0, 0, "[]"},
    {"left", " ,a😀bax,", "", 0, 0, "[]"},
    {"left", "😀éaéCxb", "", 1, 0, "[😀]"},
    {"left", "baC€Ca", "", -4, 0, "[ba]"},
    {"left", "xC,x", "", -12, 0, "[]"},
    {"left", "Cxé  éa", "", 1, 0, "[C]"},
    {"left", "xC€€,€é", "", 0, 0, "[]"},
    {"left", "b-😀-C😀-😀", "", 1, 0, "[b]"},
    {"left", ",", "", 4, 0, "[,]"},
    {"left", "x😀xab-", "", 1, 0, "[x]"},
    {"left", "bCb😀b,b", "", -1, 0, "[bCb😀b,]"},
    {"left", "x", "", 9, 0, "[x]"},
    {"left", "---😀", "", -12, 0, "[]"},
    {"left", ",bC-b", "", 1, 0, "[,]"},
    {"left", "😀 ,", "", 4, 0, "[😀 ,]"},
    {"left", "ééa,ab,", "", -1, 0, "[ééa,ab]"},
    {"left", "- éC-", "", 0, 0, "[]"},
    {"left", "€€é€é😀 C", "", 5, 0, "[€€é€é]"},
    {"left", "a€ba", "", 7, 0, "[a€ba]"},
    {"left", "bbé", "", 9, 0, "[bbé]"},
    {"left", "€é aC--", "", 7, 0, "[€é aC--]"},
    {"left", "b,--€", "", 1, 0, "[b]"},
    {"left", "éa", "", 0, 0, "[]"},
    {"left", "C😀€😀-😀", "", 9, 0, "[C😀€😀-😀]"},
    {"left", "😀-é€b-x€", "", -2, 0, "[😀-é€b-]"},
    {"left", "😀xxC-b", "", 0, 0, "[]"},
    {"left", "aéb", "", 4, 0, "[aéb]"},
    {"left", "x-C€😀x😀", "", 4, 0, "[x-C€]"},
    {"left", "b-€-", "", 5, 0, "[b-€-]"},
    {"left", "€ ,x", "", 11, 0, "[€ ,x]"},
    {"left", "C😀x😀 ", "", 1, 0, "[C]"},
    {"left", "bba --é", "", 1, 0, "[b]"},
    {"left", "-😀 😀€b😀", "", 1, 0, "[-]"},
    {"left", "xC,😀- €", "", -12, 0, "[]"},
    {"left", "CC", "", 4, 0, "[CC]"},
    {"left", "bxa😀", "", 0, 0, "[]"},
    {"right", "C  x€b-", "", 5, 0, "[ x€b-]"},
    {"right", " é-€ 😀", "", 5, 0, "[é-€ 😀]"},
    {"right", "x €", "", 1, 0, "[€]"},
    {"right", "éxé", "", 0, 0, "[]"},
    {"right", "-xCé-😀 ", "", 1, 0, "[ ]"},
    {"right", "x€--€,", "", 1, 0, "[,]"},
    {"right", ",-C😀😀,", "", -5, 0, "[,]"},
    {"right", "b b", "", -3, 0, "[]"},
    {"right", "aCxb", "", 10, 0, "[aCxb]"},
    {"right", " a", "", 1, 0, "[a]"},
    {"right", "xx-é-", "", -11, 0, "[]"},
    {"right", "  xb,,x", "", -6, 0, "[x]"},
    {"right", "x€é-ab-", "", -11, 0, "[]"},
    {"right", "😀,béa", "", 0, 0, "[]"},
    {"right", "", "", 1, 0, "[]"},
    {"right", "é😀C€bba", "", -2, 0, "[C€bba]"},
    {"right", "aé€-x Cx", "", 5, 0, "[-x Cx]"},
    {"right", "😀é,😀éab", "", 10, 0, "[😀é,😀éab]"},
    {"right", "éC-😀€€a ", "", 1, 0, "[ ]"},
    {"right", "ax,€", "", 0, 0, "[]"},
    {"right", " b😀 ,é", "", 9, 0, "[ b😀 ,é]"},
    {"right", "€😀Cx-€,", "", 0, 0, "[]"},
    {"right", ",😀,😀 😀bx", "", 0, 0, "[]"},
    {"right", ",-xb", "", -1, 0, "[-xb]"},
    {"right", ",", "", 0, 0, "[]"},
    {"right", "😀€", "", 2, 0, "[😀€]"},
    {"right", "Ca😀xbxé", "", 12, 0, "[Ca😀xbxé]"},
    {"right", "😀a--C😀😀", "", -1, 0, "[a--C😀😀]"},
    {"right", "€😀-", "", 1, 0, "[-]"},
    {"right", ",x😀 éb😀", "", 5, 0, "[😀 éb😀]"},
    {"right", "€", "", 8, 0, "[€]"},
    {"right", ",- ,éC€a", "", 1, 0, "[a]"},
    {"right", "😀xb,-", "", 7, 0, "[😀xb,-]"},
    {"right", "-,xx😀€ é", "", 1, 0, "[é]"},
    {"right", "😀😀,", "", 2, 0, "[😀,]"},
    {"right", "x😀Cb", "", 0, 0, "[]"},
    {"right", "", "", 7, 0, "[]"},
    {"right", " 😀-C", "", 1, 0, "[C]"},
    {"right", "x €", "", 9, 0, "[x €]"},
    {"right", "€a----,", "", 4, 0, "[---,]"},
    {"right", "😀€", "", 8, 0, "[😀€]"},
    {"right", "xa xé", "", 12, 0, "[xa xé]"},
    {"right", "€€-xéxa ", "", 1, 0, "[ ]"},
    {"right", "€é", "", -2, 0, "[]"},
    {"right", "x,C-  € ", "", 10, 0, "[x,C-  € ]"},
    {"right", ",,C", "", -2, 0, "[C]"},
    {"right", "€,", "", 0, 0, "[]"},
    {"right", "€ éCC", "", 3, 0, "[éCC]"},
    {"right", " €C,", "", 1, 0, "[,]"},
    {"right", ",x,C", "", 6, 0, "[,x,C]"},
    {"right", "", "", 0, 0, "[]"},
    {"right", "- axb,", "", -3, 0, "[xb,]"},
    {"right", "C", "", -2, 0, "[]"},
    {"right", ",-", "", 2, 0, "[,-]"},
    {"right", "😀€  ", "", 2, 0, "[  ]"},
    {"right", "b xb-aC,", "", -5, 0, "[aC,]"},
    {"right", "€b a😀C", "", 1, 0, "[C]"},
    {"right", "😀", "", 1, 0, "[😀]"},
    {"right", "€,", "", 0, 0, "[]"},
    {"right", "€aa,é", "", 1, 0, "[é]"},
    {"lpad", "😀Cbx€,😀C", "-C", -9, 0, "[]"},
    {"lpad", "x😀aa€-b", "x €", 0, 0, "[]"},
    {"lpad", ",xa a", "", 3, 0, "[,xa]"},
    {"lpad", "b-,-,b x", "x", 1, 0, "[b]"},
    {"lpad", "aé-Cx- 😀", ",,x", 1, 0, "[a]"},
    {"lpad", "€😀", "b", 1, 0, "[€]"},
    {"lpad", "a", "€😀a", 0, 0, "[]"},
    {"lpad", "x😀a", "Cxb", 4, 0, "[Cx😀a]"},
    {"lpad", "éCx€xCC", "aa", 0, 0, "[]"},
    {"lpad", "xCb😀x€", "", 1, 0, "[x]"},
    {"lpad", "", "", 0, 0, "[]"},
    {"lpad", "a-", "b", 2, 0, "[a-]"},
    {"lpad", "", ",bé", 1, 0, "[,]"},
    {"lpad", ",xa", " ", -11, 0, "[]"},
    {"lpad", "éx€Cbx", "", 1, 0, "[é]"},
    {"lpad", "😀xax,xC", "-x", 1, 0, "[😀]"},
    {"lpad", " a€-x-😀", "C", 1, 0, "[ ]"},
    {"lpad", "€ €", "", -11, 0, "[]"},
    {"lpad", "€", "a€x", 10, 0, "[a€xa€xa€x€]"},
    {"lpad", "x,aéa", "", 1, 0, "[x]"},
    {"lpad", "b€Cé😀C-x", " x", 0, 0, "[]"},
    {"lpad", "-,€", "é-", 1, 0, "[-]"},
    {"lpad", "-€  a€ C", "C", 1, 0, "[-]"},
    {"lpad", "😀x   aéb", " €-", 0, 0, "[]"},
    {"lpad", "😀éxb€x", "", 7, 0, "[😀éxb€x]"},
    {"lpad", "b-bbb", "C😀 ", -2, 0, "[]"},
    {"lpad", "béx-C-C-", "", 1, 0, "[b]"},
    {"lpad", "-a,b", "", 1, 0, "[-]"},
    {"lpad", "éé---é", "C C", 0, 0, "[]"},
    {"lpad", "", "bb,", 7, 0, "[bb,bb,b]"},
    {"lpad", "é,xCa😀 ", "", 1, 0, "[é]"},
    {"lpad", "😀-éx-€,a", "-xC", 0, 0, "[]"},
    {"lpad", "", "", 1, 0, "[]"},
    {"lpad", "bxC-Cx", "😀", 8, 0, "[😀😀bxC-Cx]"},
    {"lpad", "a-é", "-", 5, 0, "[--a-é]"},
    {"lpad", "é€-😀", "😀é", 1, 0, "[é]"},
    {"lpad", "€", "", 1, 0, "[€]"},
    {"lpad", "C", "Cx", 5, 0, "[CxCxC]"},
    {"lpad", ",, C€b", "x", 1, 0, "[,]"},
    {"lpad", " éxéxx ", "b ", 11, 0, "[b b  éxéxx ]"},
    {"lpad", "C,,b€", "", 1, 0, "[C]"},
    {"lpad", "", "", 1, 0, "[]"},
    {"lpad", "", "-😀x", 0, 0, "[]"},
    {"lpad", "éa😀", "é ", 7, 0, "[é é éa😀]"},
    {"lpad", "éC-,x", " b,", 1, 0, "[é]"},
    {"lpad", "😀😀", ",€", 1, 0, "[😀]"},
    {"lpad", "é", "", 0, 0, "[]"},
    {"lpad", "Cé-bba€", "-", 1, 0, "[C]"},
    {"lpad", "😀€€C", "😀", 0, 0, "[]"},
    {"lpad", "😀€€b", "€", 0, 0, "[]"},
    {"lpad", "Cab,x", "b", 10, 0, "[bbbbbCab,x]"},
    {"lpad", " b😀b", "", 0, 0, "[]"},
    {"lpad", "x😀", "", -10, 0, "[]"},
    {"lpad", "éxaé-€😀a", "b", 6, 0, "[éxaé-€]"},
    {"lpad", "a", "C,", 6, 0, "[C,C,Ca]"},
    {"lpad", "a", "", 8, 0, "[a]"},
    {"lpad", "- é--CCé", "éb😀", 0, 0, "[]"},
    {"lpad", "", "-Cb", 1, 0, "[-]"},
    {"lpad", "", "", 9, 0, "[]"},
    {"lpad", "Cb😀😀ba", "x😀", 1, 0, "[C]"},
    {"lpad", " 😀éé ", "", -12, 0, "[]"},
    {"lpad", ",xx-é", "é-€", 1, 0, "[,]"},
    {"lpad", "bxé€", "", 0, 0, "[]"},
    {"lpad", "", " ", 6, 0, "[      ]"},
    {"lpad", "é€C", "a", -11, 0, "[]"},
    {"lpad", "", "-😀", 3, 0, "[-😀-]"},
    {"lpad", "", "", -2, 0, "[]"},
    {"lpad", " a  -C", "", 6, 0, "[ a  -C]"},
    {"lpad", " aC- b", "x ", 12, 0, "[x x x  aC- b]"},
    {"lpad", "C", " b", 8, 0, "[ b b b C]"},
    {"lpad", "a,😀bx€C😀", "a", -3, 0, "[]"},
    {"lpad", "", "€", 7, 0, "[€€€€€€€]"},
    {"lpad", " 😀xx", "", 5, 0, "[ 😀xx]"},
    {"lpad", "-éC  a", "a,x", 0, 0, "[]"},
    {"lpad", "b,,-", "😀", 0, 0, "[]"},
    {"lpad", "x€😀b€😀", " ", 6, 0, "[x€😀b€😀]"},
    {"lpad", "x ", "x--", 0, 0, "[]"},
    {"lpad", " éb-C", "éC", 0, 0, "[]"},
    {"lpad", " -xb", "", 1, 0, "[ ]"},
    {"lpad", " bxéC,a", "x-", 0, 0, "[]"},
    {"rpad", "b,axbC", "bé", -11, 0, "[]"},
    {"rpad", " bC,C", "ab ", 3, 0, "[ bC]"},
    {"rpad", "é,€-aéx ", "b,", 8, 0, "[é,€-aéx ]"},
    {"rpad", "😀a é", "-😀", 0, 0, "[]"},
    {"rpad", "😀,", "a,😀", -4, 0, "[]"},
    {"rpad", "-ébbb-x€", "-,", 0, 0, "[]"},
    {"rpad", "b bé-", "€a", -2, 0, "[]"},
    {"rpad", " C", "C C", -3, 0, "[]"},
    {"rpad", "-aa a", "€😀-", 10, 0, "[-aa a€😀-€😀]"},
    {"rpad", "😀- ,€€€", " ", -2, 0, "[]"},
    {"rpad", "x-é,é😀aa", "", 1, 0, "[x]"},
    {"rpad", "a", "xb", 0, 0, "[]"},
    {"rpad", "", "", -5, 0, "[]"},
    {"rpad", "éaéaCx,😀", "b😀", 2, 0, "[éa]"},
    {"rpad", "-x-aaé", "€xx", 12, 0, "[-x-aaé€xx€xx]"},
    {"rpad", "", "b,b", 10, 0, "[b,bb,bb,bb]"},
    {"rpad", " ", "éé", 9, 0, "[ éééééééé]"},
    {"rpad", "", "", 1, 0, "[]"},
    {"rpad", ",b😀😀x😀b ", "a", 11, 0, "[,b😀😀x😀b aaa]"},
    {"rpad", "C C", " ", 1, 0, "[C]"},
    {"rpad", "xab", "😀😀,", 1, 0, "[x]"},
    {"rpad", "b -", "", 10, 0, "[b -]"},
    {"rpad", "a ,-", "b😀x", 4, 0, "[a ,-]"},
    {"rpad", "CbéaCa ", "", 4, 0, "[Cbéa]"},
    {"rpad", "-béé- ", ",bb", 1, 0, "[-]"},
    {"rpad", "€😀x ,😀x", "", 0, 0, "[]"},
    {"rpad", "Ca€é,-x", " C,", 11, 0, "[Ca€é,-x C, ]"},
    {"rpad", ",😀-", " ", 1, 0, "[,]"},
    {"rpad", "x€éC", "Cx", 2, 0, "[x€]"},
    {"rpad", ",axx, 😀", "", -2, 0, "[]"},
    {"rpad", ",x,😀€-aa", "x", -4, 0, "[]"},
    {"rpad", "😀- 😀Cb-", "é,,", 0, 0, "[]"},
    {"rpad", "", "", 1, 0, "[]"},
    {"rpad", "😀-C-x", "a 😀", 0, 0, "[]"},
    {"rpad", " b,", "", 1, 0, "[ ]"},
    {"rpad", "€Cbx  😀é", "--", -1, 0, "[]"},
    {"rpad", " 😀€,,😀😀", "€€x", 4, 0, "[ 😀€,]"},
    {"rpad", "b", ",b", 0, 0, "[]"},
    {"rpad", "C€x-", "a😀", 1, 0, "[C]"},
    {"rpad", ",béa-a", "", 4, 0, "[,béa]"},
    {"rpad", "-x", "€C", 0, 0, "[]"},
    {"rpad", "😀C-x,-😀x", "€b", 4, 0, "[😀C-x]"},
    {"rpad", "abé-€😀x", "😀éC", 0, 0, "[]"},
    {"rpad", " x", "x", 1, 0, "[ ]"},
    {"rpad", "€b-", "", 5, 0, "[€b-]"},
    {"rpad", "éxaéx", " éa", -4, 0, "[]"},
    {"rpad", "😀,é€a", "xaC", 2, 0, "[😀,]"},
    {"rpad", "bx", "", 0, 0, "[]"},
    {"rpad", "€,,Cé-", "😀a", 6, 0, "[€,,Cé-]"},
    {"rpad", "éC😀-xb", "a€ ", 1, 0, "[é]"},
    {"rpad", ",b😀,", "a", 0, 0, "[]"},
    {"rpad", ",C", "", 2, 0, "[,C]"},
    {"rpad", "é😀a", "x€", 1, 0, "[é]"},
    {"rpad", "b,é€ éxé", ",€", 0, 0, "[]"},
    {"rpad", "€,😀a-", "", 1, 0, "[€]"},
    {"rpad", ",x", "€", 2, 0, "[,x]"},
    {"rpad", "", " ", 8, 0, "[        ]"},
    {"rpad", "- Cbé", "€😀", 1, 0, "[-]"},
    {"rpad", "x-€", "", 0, 0, "[]"},
    {"rpad", "€CC-", "", -10, 0, "[]"},
    {"rpad", "", "😀", 1, 0, "[😀]"},
    {"rpad", "-x-x", "😀😀", 0, 0, "[]"},
    {"rpad", "C", "a-,", 0, 0, "[]"},
    {"rpad", "é€,😀😀 ,", "", 0, 0, "[]"},
    {"rpad", "xa€x€b€", "a,", 0, 0, "[]"},
    {"rpad", "€😀€€a", "x😀", -3, 0, "[]"},
    {"rpad", "é€", "😀😀", 0, 0, "[]"},
    {"rpad", "b€😀", "", 6, 0, "[b€😀]"},
    {"rpad", "-😀,b,😀-", "😀b€", -3, 0, "[]"},
    {"rpad", "b ", "b", -8, 0, "[]"},
    {"rpad", "a😀éé 😀", "a,a", 8, 0, "[a😀éé 😀a,]"},
    {"rpad", "a", "éb", 9, 0, "[aébébébéb]"},
    {"rpad", "b, ", "C--", 4, 0, "[b, C]"},
    {"rpad", " xCx😀", "", 4, 0, "[ xCx]"},
    {"rpad", "b ", "", -8, 0, "[]"},
    {"rpad", "Cx😀xx", "é", 1, 0, "[C]"},
    {"rpad", "😀😀€😀,€", ",€b", 7, 0, "[😀😀€😀,€,]"},
    {"rpad", "a,,aax", "", 0, 0, "[]"},
    {"rpad", "éC-  ", "", 7, 0, "[éC-  ]"},
    {"rpad", "x, 😀", ",€", 0, 0, "[]"},
    {"split_part", "€😀😀 ,é,", "-", 0, 0, "error 22023"},
    {"split_part", ",aC,,😀é", "é€", 0, 0, "error 22023"},
    {"split_part", " ba😀,-C", "", -2, 0, "[]"},
    {"split_part", "-  --", "é€", -3, 0, "[]"},
    {"split_part", "abCxCC", "-", 1, 0, "[abCxCC]"},
    {"split_part", "😀bb", "", 1, 0, "[😀bb]"},
    {"split_part", "-€a", ",", 0, 0, "error 22023"},
    {"split_part", "éaC ,é", "", 0, 0, "error 22023"},
    {"split_part", "", " ", 7, 0, "[]"},
    {"split_part", "C -a€b", "a", 1, 0, "[C -]"},
    {"split_part", "", ",", 0, 0, "error 22023"},
    {"split_part", "", "a", -7, 0, "[]"},
    {"split_part", " - ", " ", 0, 0, "error 22023"},
    {"split_part", "😀-C", "a", 1, 0, "[😀-C]"},
    {"split_part", "C", "", 0, 0, "error 22023"},
    {"split_part", "C€😀", "é€", 0, 0, "error 22023"},
    {"split_part", "😀bx-,x- ", "é€", 0, 0, "error 22023"},
    {"split_part", "é😀", "é€", 3, 0, "[]"},
    {"split_part", " ", "a", 1, 0, "[ ]"},
    {"split_part", "a", "", 1, 0, "[a]"},
    {"split_part", "bCCa😀", "a", 1, 0, "[bCC]"},
    {"split_part", " xaCé", "-", 5, 0, "[]"},
    {"split_part", "a😀a 😀bxa", " ", -11, 0, "[]"},
    {"split_part", "", "", 0, 0, "error 22023"},
    {"split_part", "€Cé- é", "a", 5, 0, "[]"},
    {"split_part", "", ",", -8, 0, "[]"},
    {"split_part", "C", "a", 10, 0, "[]"},
    {"split_part", "x €", "", -8, 0, "[]"},
    {"split_part", "-ax-,€😀€", "é€", 3, 0, "[]"},
    {"split_part", "😀ééCé ", ",", 3, 0, "[]"},
    {"split_part", "Cé€é", ",", 0, 0, "error 22023"},
    {"split_part", " 😀 x😀é", "-", -1, 0, "[ 😀 x😀é]"},
    {"split_part", "éx", "-", 8, 0, "[]"},
    {"split_part", "-C éxx", "é€", 0, 0, "error 22023"},
    {"split_part", "bx-CaC", ",", 0, 0, "error 22023"},
    {"split_part", "€,😀--", "-", 1, 0, "[€,😀]"},
    {"split_part", "€Cb ", ",", 1, 0, "[€Cb ]"},
    {"split_part", "", "a", -9, 0, "[]"},
    {"split_part", "", "-", -3, 0, "[]"},
    {"split_part", "-😀C", ",", 9, 0, "[]"},
    {"split_part", "aab,😀€", "a", 11, 0, "[]"},
    {"split_part", "b", ",", 0, 0, "error 22023"},
    {"split_part", "éxé", ",", -11, 0, "[]"},
    {"split_part", "😀 b😀b", "", 1, 0, "[😀 b😀b]"},
    {"split_part", " x", "-", 2, 0, "[]"},
    {"split_part", "€x😀a€", "", 1, 0, "[€x😀a€]"},
    {"split_part", "", " ", -5, 0, "[]"},
    {"split_part", "", "a", -1, 0, "[]"},
    {"split_part", "C ,,", "-", 1, 0, "[C ,,]"},
    {"split_part", "Cb,Cax", "-", 5, 0, "[]"},
    {"split_part", "-ab😀€€bé", " ", -4, 0, "[]"},
    {"split_part", "", "é€", 10, 0, "[]"},
    {"split_part", "€a😀C", ",", 1, 0, "[€a😀C]"},
    {"split_part", "", "é€", 0, 0, "error 22023"},
    {"split_part", "éb 😀", "-", 3, 0, "[]"},
    {"split_part", "-b, é bx", "a", -2, 0, "[]"},
    {"split_part", ",Cx ", "", 0, 0, "error 22023"},
    {"split_part", "éaé😀€😀", "a", -10, 0, "[]"},
    {"split_part", "-", ",", 0, 0, "error 22023"},
    {"split_part", " xCé-éC,", " ", 1, 0, "[]"},
    {"split_part", "a,éa", ",", 0, 0, "error 22023"},
    {"split_part", "", " ", 0, 0, "error 22023"},
    {"split_part", "😀a-C xCa", "-", 0, 0, "error 22023"},
    {"split_part", "", "", -2, 0, "[]"},
    {"split_part", "éxééa", "-", 0, 0, "error 22023"},
    {"split_part", "b€éCC", ",", 4, 0, "[]"},
    {"split_part", "a éxx", ",", -12, 0, "[]"},
    {"split_part", "C ,C😀", "-", 0, 0, "error 22023"},
    {"split_part", "éCx,€", "", 6, 0, "[]"},
    {"split_part", ",aC", "é€", 8, 0, "[]"},
    {"split_part", "€é😀😀-x ", "-", 6, 0, "[]"},
    {"split_part", "  ,", " ", 12, 0, "[]"},
    {"split_part", " a", "", 0, 0, "error 22023"},
    {"split_part", ",😀,CbC ", "", 9, 0, "[]"},
    {"split_part", "", "-", 1, 0, "[]"},
    {"split_part", "C", "-", 0, 0, "error 22023"},
    {"split_part", "aa😀-xx😀", "-", -4, 0, "[]"},
    {"split_part", "xCé😀Cx€", ",", 0, 0, "error 22023"},
    {"split_part", "😀bCb", " ", 2, 0, "[]"},
    {"split_part", "bC,a,€a", "a", 1, 0, "[bC,]"},
    {"split_part", "xb😀-€", " ", 0, 0, "error 22023"},
    {"split_part", "€x", "-", 1, 0, "[€x]"},
    {"split_part", "a😀", ",", 1, 0, "[a😀]"},
    {"split_part", "é-xx€", "a", 0, 0, "error 22023"},
    {"split_part", "xaé-", "", -1, 0, "[xaé-]"},
    {"split_part", "é€C a😀€", "é€", 1, 0, "[]"},
    {"split_part", "b", ",", 4, 0, "[]"},
    {"split_part", "€€😀bC,C", ",", 9, 0, "[]"},
    {"split_part", "C", "a", 10, 0, "[]"},
    {"split_part", "bxC- C😀", "", 1, 0, "[bxC- C😀]"},
    {"split_part", " ", "", 2, 0, "[]"},
    {"split_part", "xa x, é😀", "é€", -11, 0, "[]"},
    {"split_part", "é é", "a", 0, 0, "error 22023"},
    {"split_part", "€-a ", ",", 1, 0, "[€-a ]"},
    {"split_part", ",€😀a", "", -3, 0, "[]"},
    {"split_part", "", "é€", 7, 0, "[]"},
    {"split_part", " ", ",", 0, 0, "error 22023"},
    {"split_part", "C😀xé😀C é", "a", 1, 0, "[C😀xé😀C é]"},
    {"split_part", "€éC€😀é", "a", 1, 0, "[€éC€😀é]"},
    {"split_part", "", ",", -1, 0, "[]"},
    {"initcap", "aé😀", "", 0, 0, "[Aé😀]"},
    {"initcap", "xa-", "", 0, 0, "[Xa-]"},
    {"initcap", "€b", "", 0, 0, "[€B]"},
    {"initcap", "ab", "", 0, 0, "[Ab]"},
    {"initcap", "😀C C", "", 0, 0, "[😀C C]"},
    {"initcap", "", "", 0, 0, "[]"},
    {"initcap", "  b", "", 0, 0, "[  B]"},
    {"initcap", "C😀,b-😀bx", "", 0, 0, "[C😀,B-😀Bx]"},
    {"initcap", "é x,é", "", 0, 0, "[é X,é]"},
    {"initcap", " -x€", "", 0, 0, "[ -X€]"},
    {"initcap", ",xx-a", "", 0, 0, "[,Xx-A]"},
    {"initcap", "C,€aaxéé", "", 0, 0, "[C,€Aaxéé]"},
    {"initcap", " C😀,,", "", 0, 0, "[ C😀,,]"},
    {"initcap", "b -€é,,a", "", 0, 0, "[B -€é,,A]"},
    {"initcap", ",,€é,", "", 0, 0, "[,,€é,]"},
    {"initcap", "bbx😀€😀", "", 0, 0, "[Bbx😀€😀]"},
    {"initcap", "a-,,xax-", "", 0, 0, "[A-,,Xax-]"},
    {"initcap", "a€", "", 0, 0, "[A€]"},
    {"initcap", "éa, ", "", 0, 0, "[éA, ]"},
    {"initcap", "😀é😀Cax", "", 0, 0, "[😀é😀Cax]"},
    {"initcap", "bx😀😀", "", 0, 0, "[Bx😀😀]"},
    {"initcap", ",", "", 0, 0, "[,]"},
    {"initcap", "xxC-a", "", 0, 0, "[Xxc-A]"},
    {"initcap", "éx😀é,", "", 0, 0, "[éX😀é,]"},
    {"initcap", "😀 a😀", "", 0, 0, "[😀 A😀]"},
    {"initcap", "aab", "", 0, 0, "[Aab]"},
    {"initcap", "C", "", 0, 0, "[C]"},
    {"initcap", "€bx,éxC,", "", 0, 0, "[€Bx,éXc,]"},
    {"initcap", "xx€,C", "", 0, 0, "[Xx€,C]"},
    {"initcap", "-bC€€b€é", "", 0, 0, "[-Bc€€B€é]"},
    {"initcap", "éx-a", "", 0, 0, "[éX-A]"},
    {"initcap", " éCab,", "", 0, 0, "[ éCab,]"},
    {"initcap", "ax,", "", 0, 0, "[Ax,]"},
    {"initcap", ", b,", "", 0, 0, "[, B,]"},
    {"initcap", "xCbC-", "", 0, 0, "[Xcbc-]"},
    {"initcap", "ab😀C😀aé", "", 0, 0, "[Ab😀C😀Aé]"},
    {"initcap", "C  ", "", 0, 0, "[C  ]"},
    {"initcap", "", "", 0, 0, "[]"},
    {"initcap", "😀,", "", 0, 0, "[😀,]"},
    {"initcap", "😀x😀é", "", 0, 0, "[😀X😀é]"},
    {"reverse", "€€😀bbé ", "", 0, 0, "[ ébb😀€€]"},
    {"reverse", "", "", 0, 0, "[]"},
    {"reverse", "", "", 0, 0, "[]"},
    {"reverse", "😀é,", "", 0, 0, "[,é😀]"},
    {"reverse", "", "", 0, 0, "[]"},
    {"reverse", "€b€€ébaé", "", 0, 0, "[éabé€€b€]"},
    {"reverse", "😀a€-x éé", "", 0, 0, "[éé x-€a😀]"},
    {"reverse", "€b€", "", 0, 0, "[€b€]"},
    {"reverse", "", "", 0, 0, "[]"},
    {"reverse", "x", "", 0, 0, "[x]"},
    {"reverse", "x€CC", "", 0, 0, "[CC€x]"},
    {"reverse", "xCa", "", 0, 0, "[aCx]"},
    {"reverse", "", "", 0, 0, "[]"},
    {"reverse", "€", "", 0, 0, "[€]"},
    {"reverse", "€😀,😀--", "", 0, 0, "[--😀,😀€]"},
    {"reverse", "😀éé😀", "", 0, 0, "[😀éé😀]"},
    {"reverse", "😀", "", 0, 0, "[😀]"},
    {"reverse", "aaa😀😀x,x", "", 0, 0, "[x,x😀😀aaa]"},
    {"reverse", ",Cxéa😀😀", "", 0, 0, "[😀😀aéxC,]"},
    {"reverse", "é", "", 0, 0, "[é]"},
    {"reverse", "€x€aaé", "", 0, 0, "[éaa€x€]"},
    {"reverse", "€ €", "", 0, 0, "[€ €]"},
    {"reverse", "b😀-😀", "", 0, 0, "[😀-😀b]"},
    {"reverse", "", "", 0, 0, "[]"},
    {"reverse", "- C,", "", 0, 0, "[,C -]"},
    {"reverse", " bC€aaéC", "", 0, 0, "[Céaa€Cb ]"},
    {"reverse", "b", "", 0, 0, "[b]"},
    {"reverse", "C ", "", 0, 0, "[ C]"},
    {"reverse", "b, ,b ,", "", 0, 0, "[, b, ,b]"},
    {"reverse", ",Cé", "", 0, 0, "[éC,]"},
    {"reverse", "é-", "", 0, 0, "[-é]"},
    {"reverse", "€,,a-😀x😀", "", 0, 0, "[😀x😀-a,,€]"},
    {"reverse", "€-", "", 0, 0, "[-€]"},
    {"reverse", "-😀bba-", "", 0, 0, "[-abb😀-]"},
    {"reverse", "", "", 0, 0, "[]"},
    {"reverse", "-x- €-€b", "", 0, 0, "[b€-€ -x-]"},
    {"reverse", "-éb", "", 0, 0, "[bé-]"},
    {"reverse", "€xCaxC", "", 0, 0, "[CxaCx€]"},
    {"reverse", "-C", "", 0, 0, "[C-]"},
    {"reverse", "ab,baxéx", "", 0, 0, "[xéxab,ba]"},
    {"upper", "😀😀-x", "", 0, 0, "[😀😀-X]"},
    {"upper", ",baébb😀", "", 0, 0, "[,BAéBB😀]"},
    {"upper", "CéxaCx ", "", 0, 0, "[CéXACX ]"},
    {"upper", ",C, ", "", 0, 0, "[,C, ]"},
    {"upper", " xx-,😀xb", "", 0, 0, "[ XX-,😀XB]"},
    {"upper", "ab,x€", "", 0, 0, "[AB,X€]"},
    {"upper", ",", "", 0, 0, "[,]"},
    {"upper", "C😀x,,", "", 0, 0, "[C😀X,,]"},
    {"upper", "€-", "", 0, 0, "[€-]"},
    {"upper", "😀😀,😀😀 é", "", 0, 0, "[😀😀,😀😀 é]"},
    {"upper", "b", "", 0, 0, "[B]"},
    {"upper", "x€😀a€", "", 0, 0, "[X€😀A€]"},
    {"upper", "xa", "", 0, 0, "[XA]"},
    {"upper", "x😀C,-aé", "", 0, 0, "[X😀C,-Aé]"},
    {"upper", " 😀aaé-😀", "", 0, 0, "[ 😀AAé-😀]"},
    {"upper", " €a,-Cé", "", 0, 0, "[ €A,-Cé]"},
    {"upper", "€Céé ", "", 0, 0, "[€Céé ]"},
    {"upper", "a €xb€", "", 0, 0, "[A €XB€]"},
    {"upper", ",", "", 0, 0, "[,]"},
    {"upper", "bé€é", "", 0, 0, "[Bé€é]"},
    {"upper", "b,ébb", "", 0, 0, "[B,éBB]"},
    {"upper", "€bx-,", "", 0, 0, "[€BX-,]"},
    {"upper", ",", "", 0, 0, "[,]"},
    {"upper", "é", "", 0, 0, "[é]"},
    {"upper", "bCx€-€C😀", "", 0, 0, "[BCX€-€C😀]"},
    {"upper", "xaéb", "", 0, 0, "[XAéB]"},
    {"upper", ",", "", 0, 0, "[,]"},
    {"upper", "b😀é€xéé", "", 0, 0, "[B😀é€Xéé]"},
    {"upper", " -€xa-", "", 0, 0, "[ -€XA-]"},
    {"upper", " éa ", "", 0, 0, "[ éA ]"},
    {"upper", "-😀€€-- 😀", "", 0, 0, "[-😀€€-- 😀]"},
    {"upper", "C,", "", 0, 0, "[C,]"},
    {"upper", "éaaé😀x", "", 0, 0, "[éAAé😀X]"},
    {"upper", "--😀C", "", 0, 0, "[--😀C]"},
    {"upper", "a€a😀éxéa", "", 0, 0, "[A€A😀éXéA]"},
    {"upper", "", "", 0, 0, "[]"},
    {"upper", "😀-", "", 0, 0, "[😀-]"},
    {"upper", "€é€-", "", 0, 0, "[€é€-]"},
    {"upper", "😀 éC ,x", "", 0, 0, "[😀 éC ,X]"},
    {"upper", "€--éa", "", 0, 0, "[€--éA]"},
};

Result<std::string> RunStringCase(const RandomStringCase& c) {
  std::string_view f = c.function;
  std::string o;
  Status s;
  if (f == "substr2") Substring(c.a, c.i, &o);
  else if (f == "substr3") s = Substring(c.a, c.i, c.j, &o);
  else if (f == "strpos") o = std::to_string(Strpos(c.a, c.b));
  else if (f == "btrim") Btrim(c.a, c.b, &o);
  else if (f == "ltrim") Ltrim(c.a, c.b, &o);
  else if (f == "rtrim") Rtrim(c.a, c.b, &o);
  else if (f == "replace") Replace(c.a, c.b, "<>", &o);
  else if (f == "left") Left(c.a, c.i, &o);
  else if (f == "right") Right(c.a, c.i, &o);
  else if (f == "lpad") s = Lpad(c.a, c.i, c.b, &o);
  else if (f == "rpad") s = Rpad(c.a, c.i, c.b, &o);
  else if (f == "split_part") s = SplitPart(c.a, c.b, c.i, &o);
  else if (f == "initcap") Initcap(c.a, &o);
  else if (f == "reverse") Reverse(c.a, &o);
  else if (f == "upper") Upper(c.a, &o);
  if (!s.ok()) return s;
  return "[" + o + "]";
}

TEST(FuncStringTest, RandomCasesMatchPostgres) {
  for (const RandomStringCase& c : kRandomStringCases) {
    Result<std::string> r = RunStringCase(c);
    std::string got = r.ok() ? *r : "error " + std::string(r.status().sqlstate());
    EXPECT_EQ(got, c.expected) << c.function << "('" << c.a << "', '" << c.b << "', " << c.i << ", " << c.j << ")";
  }
}

}  // namespace
}  // namespace augur::types
