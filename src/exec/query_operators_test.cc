// Tests for the operators behind ORDER BY inside aggregates, DISTINCT ON,
// FETCH ... WITH TIES and LATERAL joins. Expected rows were checked against
// PostgreSQL 15 with the equivalent SQL (shown above each case).
#include <gtest/gtest.h>

#include "exec/exec_test_util.h"

namespace augur::exec {
namespace {

using namespace testing;  // NOLINT: test helpers
using Rows = std::vector<std::string>;

// (g text, k int4, t text)
OperatorPtr Input(uint32_t chunk_rows) {
  return Scan({kText, kInt4, kText},
              {{"a", "3", "c"}, {"a", "1", "a"}, {"b", "2", "b"}, {"b", "NULL", "d"}, {"a", "2", "NULL"},
               {"c", "5", "e"}, {"b", "2", "x"}, {"NULL", "1", "z"}},
              chunk_rows);
}

BoundAggregate OrderedStringAgg(bool descending, bool nulls_first, bool distinct = false, int key_column = 1) {
  std::vector<ExprPtr> args;
  args.push_back(Col(2, kText));
  args.push_back(Lit(",", kText));
  auto agg = MakeAggregate("string_agg", std::move(args), false, distinct, nullptr);
  EXPECT_TRUE(agg.ok());
  BoundAggregate a = std::move(agg).value();
  a.order_by.push_back(AggregateOrderKey{Col(key_column, key_column == 2 ? kText : kInt4), descending, nulls_first});
  return a;
}

TEST(OrderedAggregate, GroupedAndPlainInEveryChunking) {
  for (uint32_t chunk_rows : {kVectorSize, 1u, 3u}) {
    // SELECT g, string_agg(t, ',' ORDER BY k DESC) FROM v GROUP BY g
    std::vector<ExprPtr> keys;
    keys.push_back(Col(0, kText));
    std::vector<BoundAggregate> aggs;
    aggs.push_back(OrderedStringAgg(true, true));
    HashAggregateOperator grouped(Input(chunk_rows), std::move(keys), std::move(aggs));
    EXPECT_EQ(Sorted(RunOk(grouped)), (Rows{"NULL|z", "a|c,a", "b|d,b,x", "c|e"}));
    // SELECT string_agg(t, ',' ORDER BY k NULLS FIRST) FROM v  (ties keep input order)
    std::vector<BoundAggregate> plain_aggs;
    plain_aggs.push_back(OrderedStringAgg(false, true));
    HashAggregateOperator plain(Input(chunk_rows), {}, std::move(plain_aggs));
    EXPECT_EQ(RunOk(plain), (Rows{"d,a,z,b,x,c,e"}));
  }
}

TEST(OrderedAggregate, DistinctAndEmptyInput) {
  // SELECT string_agg(DISTINCT t, ',' ORDER BY t DESC) FROM v
  std::vector<BoundAggregate> aggs;
  aggs.push_back(OrderedStringAgg(true, true, /*distinct=*/true, /*key_column=*/2));
  HashAggregateOperator plain(Input(2), {}, std::move(aggs));
  EXPECT_EQ(RunOk(plain), (Rows{"z,x,e,d,c,b,a"}));
  std::vector<BoundAggregate> empty_aggs;
  empty_aggs.push_back(OrderedStringAgg(false, false));
  HashAggregateOperator empty(Scan({kText, kInt4, kText}, {}), {}, std::move(empty_aggs));
  EXPECT_EQ(RunOk(empty), (Rows{"NULL"}));
}

TEST(OrderedAggregate, ManyRowsAcrossChunks) {
  // 5000 rows arriving in descending k; ORDER BY k ASC must reverse them.
  TextRows rows;
  for (int i = 4999; i >= 0; i--) rows.push_back({"g", std::to_string(i), std::to_string(i)});
  std::vector<BoundAggregate> aggs;
  aggs.push_back(OrderedStringAgg(false, false));
  HashAggregateOperator plain(Scan({kText, kInt4, kText}, rows), {}, std::move(aggs));
  Rows out = RunOk(plain);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].substr(0, 10), "0,1,2,3,4,");
  EXPECT_EQ(out[0].substr(out[0].size() - 10), ",4998,4999");
}

TEST(DistinctOn, FirstRowPerKey) {
  // Sorted input; DISTINCT ON (column 0) keeps the first row of each key, NULLs together.
  DistinctOperator distinct(Scan({kInt4, kText}, {{"1", "x"}, {"1", "y"}, {"2", "z"}, {"NULL", "n"}, {"NULL", "m"}}, 1),
                            {0});
  EXPECT_EQ(RunOk(distinct), (Rows{"1|x", "2|z", "NULL|n"}));
}

std::vector<std::string> WithTies(int64_t limit, int64_t offset) {
  LimitWithTiesOperator op(Scan({kInt4, kText}, {{"1", "a"}, {"1", "b"}, {"2", "c"}, {"2", "d"}, {"2", "e"}, {"3", "f"}}, 2),
                           Lit(std::to_string(limit), kInt8), Lit(std::to_string(offset), kInt8), {0});
  return RunOk(op);
}

TEST(LimitWithTies, PeersOfTheLastRow) {
  // SELECT * FROM v ORDER BY 1 [OFFSET m] FETCH FIRST n ROWS WITH TIES
  EXPECT_EQ(WithTies(1, 0), (Rows{"1|a", "1|b"}));
  EXPECT_EQ(WithTies(3, 0), (Rows{"1|a", "1|b", "2|c", "2|d", "2|e"}));
  EXPECT_EQ(WithTies(1, 2), (Rows{"2|c", "2|d", "2|e"}));
  EXPECT_EQ(WithTies(0, 0), (Rows{}));
  EXPECT_EQ(WithTies(10, 5), (Rows{"3|f"}));
  LimitWithTiesOperator null_count(Scan({kInt4}, {{"1"}}), Null(kInt8), nullptr, {0});
  ExecContext context;
  auto rows = RunPlan(null_count, context);
  ASSERT_FALSE(rows.ok());
  EXPECT_EQ(rows.status().sqlstate(), "2201W");
}

// Right side: SELECT k FROM inner WHERE o = $slot (slot 0).
OperatorPtr CorrelatedInner() {
  return std::make_unique<FilterOperator>(Scan({kInt4, kInt4}, {{"1", "10"}, {"1", "11"}, {"3", "30"}}, 1),
                                          Op("=", Col(0, kInt4), MakeParameter(0, kInt4)));
}

TEST(LateralJoin, InnerAndLeft) {
  for (uint32_t chunk_rows : {kVectorSize, 1u}) {
    for (JoinType type : {JoinType::kInner, JoinType::kLeft}) {
      std::vector<ExprPtr> values;
      values.push_back(Col(0, kInt4));
      LateralJoinOperator join(type, Scan({kInt4}, {{"1"}, {"2"}, {"3"}, {"NULL"}}, chunk_rows), CorrelatedInner(),
                               std::move(values), {0}, nullptr);
      Rows expected = type == JoinType::kInner ? Rows{"1|1|10", "1|1|11", "3|3|30"}
                                               : Rows{"1|1|10", "1|1|11", "2|NULL|NULL", "3|3|30", "NULL|NULL|NULL"};
      EXPECT_EQ(RunOk(join), expected);
    }
  }
  // ... LEFT JOIN LATERAL (...) l ON l.k > 10: the predicate decides matches.
  std::vector<ExprPtr> values;
  values.push_back(Col(0, kInt4));
  LateralJoinOperator filtered(JoinType::kLeft, Scan({kInt4}, {{"1"}, {"3"}}), CorrelatedInner(), std::move(values), {0},
                               Op(">", Col(2, kInt4), Lit("10", kInt4)));
  EXPECT_EQ(RunOk(filtered), (Rows{"1|1|11", "3|3|30"}));
}

TEST(Materialize, OncePerExecution) {
  auto source = std::make_unique<RowsSource>(std::vector<types::SqlType>{kInt4}, TextRows{{"1"}, {"2"}, {"3"}}, 2);
  RowsSource* raw = source.get();
  MaterializeOperator materialize(std::make_unique<SourceOperator>(std::move(source)));
  ExecContext context;
  context.execution_id = 7;
  for (int run = 0; run < 3; run++) {
    auto rows = RunPlan(materialize, context);
    ASSERT_TRUE(rows.ok());
    EXPECT_EQ(*rows, (Rows{"1", "2", "3"}));
  }
  EXPECT_EQ(raw->opens_, 1);
  context.execution_id = 8;  // a new execution re-reads its input
  ASSERT_TRUE(RunPlan(materialize, context).ok());
  EXPECT_EQ(raw->opens_, 2);
  context.execution_id = 0;  // unknown execution: never cached
  ASSERT_TRUE(RunPlan(materialize, context).ok());
  ASSERT_TRUE(RunPlan(materialize, context).ok());
  EXPECT_EQ(raw->opens_, 4);
}

TEST(Materialize, SharedByTwoReaders) {
  // A WITH query referenced twice: one run per execution for both readers,
  // each with its own position, and a fresh context is a new execution.
  auto source = std::make_unique<RowsSource>(std::vector<types::SqlType>{kInt4}, TextRows{{"1"}, {"2"}, {"3"}}, 2);
  RowsSource* raw = source.get();
  auto shared = NewMaterialization(std::make_unique<SourceOperator>(std::move(source)));
  MaterializeOperator first(shared), second(shared);
  ExecContext context;
  ASSERT_TRUE(first.Open(context).ok());
  DataChunk chunk;
  ASSERT_TRUE(*first.Next(chunk));
  auto rows = RunPlan(second, context);
  ASSERT_TRUE(rows.ok());
  EXPECT_EQ(*rows, (Rows{"1", "2", "3"}));
  EXPECT_EQ(raw->opens_, 1);
  ExecContext next_execution;
  EXPECT_NE(next_execution.execution_id, context.execution_id);
  ASSERT_TRUE(RunPlan(first, next_execution).ok());
  EXPECT_EQ(raw->opens_, 2);
}

}  // namespace
}  // namespace augur::exec
