#include "sql/parse_tree.h"

#include <gtest/gtest.h>

namespace augur::sql {
namespace {

TEST(ParseTreeTest, SplitsStatementsAndReadsNodes) {
  auto tree = ParseTree::Parse("SELECT a + 1 AS x FROM t; BEGIN ISOLATION LEVEL REPEATABLE READ");
  ASSERT_TRUE(tree.ok()) << tree.status().ToString();
  const auto& statements = (*tree)->statements();
  ASSERT_EQ(statements.size(), 2u);
  EXPECT_EQ(statements[0].node.Tag(), "SelectStmt");
  EXPECT_EQ(statements[1].node.Tag(), "TransactionStmt");
  EXPECT_EQ(statements[1].node.Str("kind"), "TRANS_STMT_BEGIN");
  auto targets = statements[0].node.List("targetList");
  ASSERT_EQ(targets.size(), 1u);
  EXPECT_EQ(targets[0].Str("name"), "x");
  PgNode expr = targets[0].Field("val");
  EXPECT_EQ(expr.Tag(), "A_Expr");
  EXPECT_EQ(expr.List("name")[0].StringValue(), "+");
  EXPECT_EQ(expr.Field("lexpr").Location(), 7);
  EXPECT_EQ(statements[0].Text((*tree)->text()), "SELECT a + 1 AS x FROM t");
}

TEST(ParseTreeTest, RecoversZeroAndNegativeIntegerConstants) {
  auto tree = ParseTree::Parse("SELECT -1, 0, 5, - 42, -16");
  ASSERT_TRUE(tree.ok());
  auto targets = (*tree)->statements()[0].node.List("targetList");
  std::vector<int64_t> values;
  for (PgNode target : targets) values.push_back((*tree)->IntegerConstant(target.Field("val")));
  EXPECT_EQ(values, (std::vector<int64_t>{-1, 0, 5, -42, -16}));
}

TEST(ParseTreeTest, SyntaxErrorHasSqlStateAndPosition) {
  auto tree = ParseTree::Parse("SELECT 1 FROM");
  ASSERT_FALSE(tree.ok());
  EXPECT_EQ(tree.status().sqlstate(), "42601");
  EXPECT_EQ(tree.status().message(), "syntax error at end of input");
  EXPECT_EQ(tree.status().position(), 14);
}

TEST(ParseTreeTest, EmptyAndCommentOnlyTextHasNoStatements) {
  for (const char* text : {"", "   ", "-- just a comment", "/* c */ ;"}) {
    auto tree = ParseTree::Parse(text);
    ASSERT_TRUE(tree.ok()) << text;
    EXPECT_TRUE((*tree)->statements().empty()) << text;
  }
}

}  // namespace
}  // namespace augur::sql
