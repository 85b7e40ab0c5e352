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

}  // namespace
}  // namespace augur::types
