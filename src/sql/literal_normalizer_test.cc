#include "sql/literal_normalizer.h"

#include <gtest/gtest.h>

namespace augur::sql {
namespace {

std::string Text(std::string_view sql) {
  auto n = NormalizeLiterals(sql);
  return n ? n->text : "<none>";
}

std::string Types(std::string_view sql) {
  auto n = NormalizeLiterals(sql);
  std::string out;
  if (!n) return "<none>";
  for (const auto& t : n->types) out += t.oid == types::kInt4Oid ? 'i' : t.oid == types::kInt8Oid ? 'l' : 'n';
  return out;
}

TEST(LiteralNormalizerTest, ReplacesNumbersWithParameters) {
  EXPECT_EQ(Text("SELECT abalance FROM a WHERE aid = 42"), "SELECT abalance FROM a WHERE aid = $1");
  EXPECT_EQ(Text("insert into t values (1, 2.5, 'x3', 4e2)"), "insert into t values ($1, $2, 'x3', $3)");
  EXPECT_EQ(Types("insert into t values (1, 2.5, 'x3', 4e2)"), "inn");
  EXPECT_EQ(Types("select 2147483647, 2147483648, 9223372036854775807, 9223372036854775808"), "illn");
}

TEST(LiteralNormalizerTest, SameShapeSameKey) {
  auto a = NormalizeLiterals("SELECT x FROM t WHERE id = 1");
  auto b = NormalizeLiterals("SELECT x FROM t WHERE id = 99999");
  auto c = NormalizeLiterals("SELECT x FROM t WHERE id = 99999999999");
  ASSERT_TRUE(a && b && c);
  EXPECT_EQ(a->key, b->key);
  EXPECT_NE(a->key, c->key);  // int4 vs int8 literal
  EXPECT_EQ(a->values[0].AsInt64(), 1);
  EXPECT_EQ(b->values[0].AsInt64(), 99999);
}

TEST(LiteralNormalizerTest, FoldsPrefixMinus) {
  EXPECT_EQ(Text("UPDATE a SET b = b + -5 WHERE id = -7"), "UPDATE a SET b = b + $1 WHERE id = $2");
  auto n = NormalizeLiterals("SELECT -2147483648");
  ASSERT_TRUE(n);
  EXPECT_EQ(n->text, "SELECT $1");
  EXPECT_EQ(n->types[0].oid, types::kInt4Oid);
  EXPECT_EQ(n->values[0].AsInt64(), -2147483648LL);
  EXPECT_EQ(Text("SELECT a-5 FROM t"), "SELECT a-$1 FROM t");
  EXPECT_EQ(Text("SELECT a - 2147483648 FROM t"), "SELECT a - 2147483648 FROM t");
  EXPECT_EQ(Text("SELECT (a)-5, x=-5 FROM t"), "SELECT (a)-$1, x=$2 FROM t");
  // A negated number followed by a cast keeps PostgreSQL's order: -(5::int).
  EXPECT_EQ(Text("SELECT -5::int2"), "SELECT -5::int2");
  EXPECT_EQ(Text("SELECT 5::int2"), "SELECT $1::int2");
}

TEST(LiteralNormalizerTest, KeepsOrdinalsAndTypeModifiers) {
  EXPECT_EQ(Text("SELECT a, b FROM t ORDER BY 2 DESC, 1 LIMIT 5"), "SELECT a, b FROM t ORDER BY 2 DESC, 1 LIMIT $1");
  EXPECT_EQ(Text("SELECT a FROM t GROUP BY 1 HAVING count(*) > 3"), "SELECT a FROM t GROUP BY 1 HAVING count(*) > $1");
  EXPECT_EQ(Text("SELECT a FROM t GROUP BY (1)"), "SELECT a FROM t GROUP BY (1)");
  EXPECT_EQ(Text("SELECT a FROM t ORDER BY a + 1"), "SELECT a FROM t ORDER BY a + $1");
  EXPECT_EQ(Text("SELECT DISTINCT ON (1) a FROM t"), "SELECT DISTINCT ON (1) a FROM t");
  EXPECT_EQ(Text("SELECT x::varchar(10), y::numeric(10, 2), CAST(z AS timestamp(3)) FROM t WHERE q = 4"),
            "SELECT x::varchar(10), y::numeric(10, 2), CAST(z AS timestamp(3)) FROM t WHERE q = $1");
  EXPECT_EQ(Text("SELECT x::character varying(5) FROM t"), "SELECT x::character varying(5) FROM t");
  // A subquery's ORDER BY does not make later numbers ordinals.
  EXPECT_EQ(Text("SELECT (SELECT a FROM t ORDER BY 1 LIMIT 1), 7"), "SELECT (SELECT a FROM t ORDER BY 1 LIMIT $1), $2");
}

TEST(LiteralNormalizerTest, LeavesStringsIdentifiersAndComments) {
  EXPECT_EQ(Text("SELECT 'it''s 5', E'\\' 6', \"col 7\", t1.c2 FROM t3 -- 8\n WHERE a = 9 /* 10 /* 11 */ */"),
            "SELECT 'it''s 5', E'\\' 6', \"col 7\", t1.c2 FROM t3 -- 8\n WHERE a = $1 /* 10 /* 11 */ */");
  EXPECT_EQ(Text("SELECT B'101', X'1F'"), "SELECT B'101', X'1F'");
  EXPECT_EQ(Text("SELECT 1abc"), "SELECT 1abc");
}

TEST(LiteralNormalizerTest, RefusesWhatItDoesNotKnow) {
  EXPECT_FALSE(NormalizeLiterals("SELECT $1"));
  EXPECT_FALSE(NormalizeLiterals("SELECT $$5$$"));
  EXPECT_FALSE(NormalizeLiterals("SELECT 1; SELECT 2"));
  EXPECT_FALSE(NormalizeLiterals("SELECT 'unterminated"));
  EXPECT_FALSE(NormalizeLiterals("SELECT /* unterminated"));
  EXPECT_TRUE(NormalizeLiterals("SELECT 1;"));
}

TEST(LiteralNormalizerTest, OperatorsEndingInMinusSplitLikePostgres) {
  // "=-" is "=" then "-": the minus is a prefix minus.
  EXPECT_EQ(Text("SELECT 1 FROM t WHERE a=-3"), "SELECT $1 FROM t WHERE a=$2");
  // "@-" contains '@': one operator, the number stays positive.
  auto n = NormalizeLiterals("SELECT @-3");
  ASSERT_TRUE(n);
  EXPECT_EQ(n->text, "SELECT @-$1");
  EXPECT_EQ(n->values[0].AsInt64(), 3);
}

}  // namespace
}  // namespace augur::sql
