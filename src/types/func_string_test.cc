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

}  // namespace
}  // namespace augur::types
