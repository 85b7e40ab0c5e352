// Physical operators and aggregates. Expected rows checked against
// PostgreSQL 15 with the same data (see comments).
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>

#include "exec/exec_test_util.h"

namespace augur::exec {
namespace {

using namespace testing;  // NOLINT
using Rows = std::vector<std::string>;

// L(id int, v text) and R(id int, w text), with NULL keys on both sides.
OperatorPtr Left(uint32_t chunk_rows = kVectorSize) {
  return Scan({kInt4, kText}, {{"1", "a"}, {"2", "b"}, {"NULL", "c"}, {"3", "d"}}, chunk_rows);
}
OperatorPtr Right(uint32_t chunk_rows = kVectorSize) {
  return Scan({kInt4, kText}, {{"1", "x"}, {"1", "y"}, {"NULL", "z"}, {"4", "w"}}, chunk_rows);
}
std::vector<ExprPtr> Key0() {
  std::vector<ExprPtr> k;
  k.push_back(Col(0, kInt4));
  return k;
}

Rows HashJoin(JoinType type, uint32_t chunk_rows = kVectorSize) {
  HashJoinOperator join(type, Left(chunk_rows), Right(chunk_rows), Key0(), Key0(), nullptr);
  return Sorted(RunOk(join));
}
Rows LoopJoin(JoinType type) {
  // Same join as a nested loop with predicate l.id = r.id (columns 0 and 2).
  NestedLoopJoinOperator join(type, Left(), Right(), Op("=", Col(0, kInt4), Col(2, kInt4)));
  return Sorted(RunOk(join));
}

TEST(Join, KindsWithNullKeys) {
  // SELECT * FROM l JOIN r USING... (PostgreSQL, ORDER BY all columns).
  const Rows inner = {"1|a|1|x", "1|a|1|y"};
  const Rows left = {"1|a|1|x", "1|a|1|y", "2|b|NULL|NULL", "3|d|NULL|NULL", "NULL|c|NULL|NULL"};
  const Rows right = {"1|a|1|x", "1|a|1|y", "NULL|NULL|4|w", "NULL|NULL|NULL|z"};
  const Rows full = {"1|a|1|x", "1|a|1|y", "2|b|NULL|NULL", "3|d|NULL|NULL",
                     "NULL|NULL|4|w", "NULL|NULL|NULL|z", "NULL|c|NULL|NULL"};
  const Rows semi = {"1|a"};
  const Rows anti = {"2|b", "3|d", "NULL|c"};
  for (uint32_t chunk_rows : {kVectorSize, 1u}) {
    EXPECT_EQ(HashJoin(JoinType::kInner, chunk_rows), inner);
    EXPECT_EQ(HashJoin(JoinType::kLeft, chunk_rows), left);
    EXPECT_EQ(HashJoin(JoinType::kRight, chunk_rows), right);
    EXPECT_EQ(HashJoin(JoinType::kFull, chunk_rows), full);
    EXPECT_EQ(HashJoin(JoinType::kSemi, chunk_rows), semi);
    EXPECT_EQ(HashJoin(JoinType::kAnti, chunk_rows), anti);
  }
  EXPECT_EQ(LoopJoin(JoinType::kInner), inner);
  EXPECT_EQ(LoopJoin(JoinType::kLeft), left);
  EXPECT_EQ(LoopJoin(JoinType::kRight), right);
  EXPECT_EQ(LoopJoin(JoinType::kFull), full);
  EXPECT_EQ(LoopJoin(JoinType::kSemi), semi);
  EXPECT_EQ(LoopJoin(JoinType::kAnti), anti);
}

TEST(Join, ResidualPredicate) {
  // l JOIN r ON l.id = r.id AND r.w <> 'x'  /  LEFT JOIN likewise.
  HashJoinOperator inner(JoinType::kInner, Left(), Right(), Key0(), Key0(),
                         Op("<>", Col(3, kText), Lit("x", kText)));
  EXPECT_EQ(Sorted(RunOk(inner)), (Rows{"1|a|1|y"}));
  HashJoinOperator left(JoinType::kLeft, Left(), Right(), Key0(), Key0(), Op("=", Col(3, kText), Lit("q", kText)));
  EXPECT_EQ(Sorted(RunOk(left)), (Rows{"1|a|NULL|NULL", "2|b|NULL|NULL", "3|d|NULL|NULL", "NULL|c|NULL|NULL"}));
}

TEST(Join, NotInIsNullAware) {
  // SELECT * FROM l WHERE id NOT IN (SELECT id FROM r)            → no rows (r has NULL)
  HashJoinOperator with_null(JoinType::kAntiNullAware, Left(), Right(), Key0(), Key0(), nullptr);
  EXPECT_EQ(RunOk(with_null), Rows{});
  // ... NOT IN (SELECT id FROM r WHERE id IS NOT NULL)           → 2|b, 3|d
  auto non_null_right = std::make_unique<FilterOperator>(Right(), MakeIsNull(Col(0, kInt4), true));
  HashJoinOperator no_null(JoinType::kAntiNullAware, Left(), std::move(non_null_right), Key0(), Key0(), nullptr);
  EXPECT_EQ(Sorted(RunOk(no_null)), (Rows{"2|b", "3|d"}));
  // ... NOT IN (SELECT id FROM r WHERE false)                      → all rows, NULL included
  auto empty_right = std::make_unique<FilterOperator>(Right(), Lit("f", kBool));
  HashJoinOperator empty(JoinType::kAntiNullAware, Left(), std::move(empty_right), Key0(), Key0(), nullptr);
  EXPECT_EQ(Sorted(RunOk(empty)), (Rows{"1|a", "2|b", "3|d", "NULL|c"}));
  // Nested-loop form with the '=' predicate gives the same answers.
  NestedLoopJoinOperator loop(JoinType::kAntiNullAware, Left(), Right(), Op("=", Col(0, kInt4), Col(2, kInt4)));
  EXPECT_EQ(RunOk(loop), Rows{});
}

TEST(Join, CrossJoin) {
  NestedLoopJoinOperator cross(JoinType::kInner, Scan({kInt4}, {{"1"}, {"2"}}), Scan({kText}, {{"a"}, {"b"}}),
                               nullptr);
  EXPECT_EQ(Sorted(RunOk(cross)), (Rows{"1|a", "1|b", "2|a", "2|b"}));
}

TEST(Join, ManyMatchesSpanSeveralChunks) {
  TextRows left_rows, right_rows;
  for (int i = 0; i < 100; i++) left_rows.push_back({"7"});
  for (int i = 0; i < 100; i++) right_rows.push_back({"7"});
  HashJoinOperator join(JoinType::kInner, Scan({kInt4}, left_rows), Scan({kInt4}, right_rows), Key0(), Key0(), nullptr);
  EXPECT_EQ(RunOk(join).size(), 10000u);
}

std::vector<SortKey> Keys(std::vector<std::pair<int, bool>> cols, types::SqlType t) {
  std::vector<SortKey> keys;
  for (auto [c, desc] : cols) keys.push_back(SortKey::Make(Col(c, t), desc));
  return keys;
}

TEST(Sort, NullsAndDirectionDefaults) {
  TextRows rows = {{"3"}, {"NULL"}, {"1"}, {"2"}};
  // ORDER BY x → 1,2,3,NULL ; ORDER BY x DESC → NULL,3,2,1 (PostgreSQL defaults)
  SortOperator asc(Scan({kInt4}, rows), Keys({{0, false}}, kInt4));
  EXPECT_EQ(RunOk(asc), (Rows{"1", "2", "3", "NULL"}));
  SortOperator desc(Scan({kInt4}, rows), Keys({{0, true}}, kInt4));
  EXPECT_EQ(RunOk(desc), (Rows{"NULL", "3", "2", "1"}));
  std::vector<SortKey> nf;
  nf.push_back(SortKey::Make(Col(0, kInt4), false, true));
  SortOperator asc_nulls_first(Scan({kInt4}, rows), std::move(nf));
  EXPECT_EQ(RunOk(asc_nulls_first), (Rows{"NULL", "1", "2", "3"}));
}

TEST(Sort, FloatNaNAndTextBytewise) {
  // ORDER BY f: -Infinity, -1, 0, Infinity, NaN
  SortOperator floats(Scan({kFloat8}, {{"NaN"}, {"Infinity"}, {"-1"}, {"0"}, {"-Infinity"}}), Keys({{0, false}}, kFloat8));
  EXPECT_EQ(RunOk(floats), (Rows{"-Infinity", "-1", "0", "Infinity", "NaN"}));
  // C collation: 'B' < 'a' < 'ab' < 'b'
  SortOperator texts(Scan({kText}, {{"b"}, {"ab"}, {"B"}, {"a"}}), Keys({{0, false}}, kText));
  EXPECT_EQ(RunOk(texts), (Rows{"B", "a", "ab", "b"}));
  // numeric by value: 1.50 = 1.5 keeps arrival order (stable)
  SortOperator nums(Scan({kNumeric}, {{"10"}, {"1.50"}, {"1.5"}, {"-2"}}), Keys({{0, false}}, kNumeric));
  EXPECT_EQ(RunOk(nums), (Rows{"-2", "1.50", "1.5", "10"}));
}

TEST(Sort, MultiKeyTopNAndLimit) {
  TextRows rows;
  for (int i = 0; i < 5000; i++) rows.push_back({std::to_string(i % 7), std::to_string(i)});
  std::vector<SortKey> keys;
  keys.push_back(SortKey::Make(Col(0, kInt4), true));
  keys.push_back(SortKey::Make(Col(1, kInt4), false));
  SortOperator top(Scan({kInt4, kInt4}, rows, 300), std::move(keys), 3, 2);
  EXPECT_EQ(RunOk(top), (Rows{"6|20", "6|27", "6|34"}));

  LimitOperator limit(Scan({kInt4}, {{"1"}, {"2"}, {"3"}, {"4"}, {"5"}}, 2), 2, 1);
  EXPECT_EQ(RunOk(limit), (Rows{"2", "3"}));
  LimitOperator offset_only(Scan({kInt4}, {{"1"}, {"2"}, {"3"}}), std::nullopt, 2);
  EXPECT_EQ(RunOk(offset_only), (Rows{"3"}));
}

BoundAggregate Agg(const char* name, ExprPtr arg, bool distinct = false) {
  std::vector<ExprPtr> args;
  if (arg) args.push_back(std::move(arg));
  auto a = MakeAggregate(name, std::move(args), arg == nullptr && std::string(name) == "count", distinct, nullptr);
  EXPECT_TRUE(a.ok()) << a.status().ToString();
  return std::move(a).value();
}

TEST(Aggregate, EmptyInputUngrouped) {
  // SELECT count(*), count(x), sum(x), avg(x), min(x), max(x), bool_and(x>0),
  //        string_agg(x::text, ',') FROM (SELECT 1 AS x WHERE false) s;
  // → 0|0|NULL|NULL|NULL|NULL|NULL|NULL
  std::vector<BoundAggregate> aggs;
  aggs.push_back(Agg("count", nullptr));
  aggs.push_back(Agg("count", Col(0, kInt4)));
  aggs.push_back(Agg("sum", Col(0, kInt4)));
  aggs.push_back(Agg("avg", Col(0, kInt4)));
  aggs.push_back(Agg("min", Col(0, kInt4)));
  aggs.push_back(Agg("max", Col(0, kInt4)));
  aggs.push_back(Agg("bool_and", Op(">", Col(0, kInt4), Lit("0", kInt4))));
  std::vector<ExprPtr> sa;
  sa.push_back(MakeCast(Col(0, kInt4), kText, CastContext::kExplicit));
  sa.push_back(Lit(",", kText));
  auto string_agg = MakeAggregate("string_agg", std::move(sa), false, false, nullptr);
  ASSERT_TRUE(string_agg.ok());
  aggs.push_back(std::move(string_agg).value());
  HashAggregateOperator agg(Scan({kInt4}, {}), {}, std::move(aggs));
  EXPECT_EQ(RunOk(agg), (Rows{"0|0|NULL|NULL|NULL|NULL|NULL|NULL"}));
  // Grouped aggregation over empty input gives no rows.
  std::vector<ExprPtr> keys;
  keys.push_back(Col(0, kInt4));
  std::vector<BoundAggregate> one;
  one.push_back(Agg("count", nullptr));
  HashAggregateOperator grouped(Scan({kInt4}, {}), std::move(keys), std::move(one));
  EXPECT_EQ(RunOk(grouped), Rows{});
}

TEST(Aggregate, GroupingSetsKeepTheirGroupsApart) {
  // GROUP BY ROLLUP(x): the set (x) and the total (); a NULL x of the data
  // and the total's NULL stay separate groups, told apart by GROUPING(x).
  auto sets = [] {
    std::vector<GroupingSetKeys> out(2);
    out[0].keys.push_back(Col(0, kInt4));
    out[0].keys.push_back(Lit("0", kInt4));
    out[1].keys.push_back(MakeNullConstant(kInt4));
    out[1].keys.push_back(Lit("1", kInt4));
    out[1].total = true;
    return out;
  };
  auto count = [] {
    std::vector<BoundAggregate> aggs;
    aggs.push_back(Agg("count", nullptr));
    return aggs;
  };
  HashAggregateOperator rollup(HashAggregateOperator::WithGroupingSets{}, Scan({kInt4}, {{"1"}, {"NULL"}, {"1"}}),
                               sets(), count());
  Rows rows = RunOk(rollup);
  std::sort(rows.begin(), rows.end());
  EXPECT_EQ(rows, (Rows{"1|0|2", "NULL|0|1", "NULL|1|3"}));
  // Empty input: only the total's row, as PostgreSQL gives for ROLLUP.
  HashAggregateOperator empty(HashAggregateOperator::WithGroupingSets{}, Scan({kInt4}, {}), sets(), count());
  EXPECT_EQ(RunOk(empty), (Rows{"NULL|1|0"}));
}

TEST(Aggregate, ResultTypesAndValues) {
  EXPECT_EQ(Agg("sum", Col(0, kInt4)).type, kInt8);
  EXPECT_EQ(Agg("sum", Col(0, kInt2)).type, kInt8);
  EXPECT_EQ(Agg("sum", Col(0, kInt8)).type, kNumeric);
  EXPECT_EQ(Agg("sum", Col(0, kFloat4)).type, kFloat4);
  EXPECT_EQ(Agg("avg", Col(0, kInt8)).type, kNumeric);
  EXPECT_EQ(Agg("avg", Col(0, kFloat4)).type, kFloat8);
  EXPECT_EQ(Agg("count", Col(0, kText)).type, kInt8);
  EXPECT_EQ(Agg("max", Col(0, T(types::kVarcharOid))).type, kText);
  // SELECT avg(x), sum(x), avg(x::int8), count(DISTINCT x) FROM (VALUES (1),(2),(4),(NULL),(2))
  std::vector<BoundAggregate> aggs;
  aggs.push_back(Agg("avg", Col(0, kInt4)));
  aggs.push_back(Agg("sum", Col(0, kInt4)));
  aggs.push_back(Agg("avg", MakeCast(Col(0, kInt4), kInt8, CastContext::kExplicit)));
  aggs.push_back(Agg("count", Col(0, kInt4), true));
  HashAggregateOperator agg(Scan({kInt4}, {{"1"}, {"2"}, {"4"}, {"NULL"}, {"2"}}), {}, std::move(aggs));
  EXPECT_EQ(RunOk(agg), (Rows{"2.2500000000000000|9|2.2500000000000000|3"}));
  // avg of numeric 1.5, 2.25 → 1.8750000000000000 ; avg(interval) of 1 day, 2 hours → 13:00:00
  std::vector<BoundAggregate> a2;
  a2.push_back(Agg("avg", Col(0, kNumeric)));
  HashAggregateOperator navg(Scan({kNumeric}, {{"1.5"}, {"2.25"}}), {}, std::move(a2));
  EXPECT_EQ(RunOk(navg), (Rows{"1.8750000000000000"}));
  std::vector<BoundAggregate> a3;
  a3.push_back(Agg("avg", Col(0, kInterval)));
  a3.push_back(Agg("sum", Col(0, kInterval)));
  HashAggregateOperator iavg(Scan({kInterval}, {{"1 day"}, {"2 hours"}}), {}, std::move(a3));
  EXPECT_EQ(RunOk(iavg), (Rows{"13:00:00|1 day 02:00:00"}));
}

TEST(Aggregate, GroupByWithNullsAndStrings) {
  // SELECT k, count(*), min(v), max(v), string_agg(v, '-') FROM t GROUP BY k
  TextRows rows = {{"1", "b"}, {"NULL", "x"}, {"1", "a"}, {"2", "c"}, {"NULL", "y"}, {"1", "NULL"}};
  std::vector<ExprPtr> keys;
  keys.push_back(Col(0, kInt4));
  std::vector<BoundAggregate> aggs;
  aggs.push_back(Agg("count", nullptr));
  aggs.push_back(Agg("min", Col(1, kText)));
  aggs.push_back(Agg("max", Col(1, kText)));
  std::vector<ExprPtr> sa;
  sa.push_back(Col(1, kText));
  sa.push_back(Lit("-", kText));
  aggs.push_back(std::move(MakeAggregate("string_agg", std::move(sa), false, false, nullptr)).value());
  HashAggregateOperator agg(Scan({kInt4, kText}, rows, 2), std::move(keys), std::move(aggs));
  EXPECT_EQ(Sorted(RunOk(agg)), (Rows{"1|3|a|b|b-a", "2|1|c|c|c", "NULL|2|x|y|x-y"}));
}

TEST(Aggregate, SumOverflowAndUnknownFunction) {
  std::vector<BoundAggregate> aggs;
  aggs.push_back(Agg("sum", Col(0, kInt8)));
  HashAggregateOperator agg(Scan({kInt8}, {{"9223372036854775807"}, {"9223372036854775807"}}), {}, std::move(aggs));
  EXPECT_EQ(RunOk(agg), (Rows{"18446744073709551614"}));
  std::vector<ExprPtr> args;
  args.push_back(Lit("a", kText));
  auto bad = MakeAggregate("sum", std::move(args), false, false, nullptr);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().ToString(), "42883: function sum(text) does not exist");
}

TEST(Distinct, AndSetOperations) {
  DistinctOperator distinct(Scan({kInt4, kText}, {{"1", "a"}, {"1", "a"}, {"NULL", "a"}, {"NULL", "a"}, {"2", "b"}}));
  EXPECT_EQ(Sorted(RunOk(distinct)), (Rows{"1|a", "2|b", "NULL|a"}));
  auto l = [] { return Scan({kInt4}, {{"1"}, {"1"}, {"2"}, {"NULL"}, {"3"}}); };
  auto r = [] { return Scan({kInt4}, {{"1"}, {"NULL"}, {"4"}}); };
  // PostgreSQL: l UNION r → 1,2,3,4,NULL ; l INTERSECT r → 1,NULL ; l EXCEPT r → 2,3
  //             l INTERSECT ALL r → 1,NULL ; l EXCEPT ALL r → 1,2,3
  SetOperationOperator u(SetOpKind::kUnion, false, l(), r());
  EXPECT_EQ(Sorted(RunOk(u)), (Rows{"1", "2", "3", "4", "NULL"}));
  SetOperationOperator i(SetOpKind::kIntersect, false, l(), r());
  EXPECT_EQ(Sorted(RunOk(i)), (Rows{"1", "NULL"}));
  SetOperationOperator e(SetOpKind::kExcept, false, l(), r());
  EXPECT_EQ(Sorted(RunOk(e)), (Rows{"2", "3"}));
  SetOperationOperator ea(SetOpKind::kExcept, true, l(), r());
  EXPECT_EQ(Sorted(RunOk(ea)), (Rows{"1", "2", "3"}));
  std::vector<OperatorPtr> inputs;
  inputs.push_back(l());
  inputs.push_back(r());
  UnionAllOperator ua(std::move(inputs));
  EXPECT_EQ(RunOk(ua).size(), 8u);
}

TEST(Subquery, ScalarExistsInCorrelated) {
  // SELECT id, (SELECT max(w) FROM r WHERE r.id = l.id), EXISTS(...), id IN (SELECT id FROM r) FROM l
  auto correlated_plan = [] {
    auto filter = std::make_unique<FilterOperator>(Right(), Op("=", Col(0, kInt4), MakeParameter(0, kInt4)));
    std::vector<BoundAggregate> aggs;
    aggs.push_back(Agg("max", Col(1, kText)));
    return std::shared_ptr<PhysicalOperator>(
        std::make_shared<HashAggregateOperator>(std::move(filter), std::vector<ExprPtr>{}, std::move(aggs)));
  };
  std::vector<ExprPtr> outer;
  outer.push_back(Col(0, kInt4));
  std::vector<ExprPtr> projections;
  projections.push_back(Col(0, kInt4));
  projections.push_back(MakeSubquery(SubqueryKind::kScalar, correlated_plan(), kText, std::move(outer), {0}));
  std::vector<ExprPtr> outer2;
  outer2.push_back(Col(0, kInt4));
  auto exists_plan = std::make_shared<FilterOperator>(Right(), Op("=", Col(0, kInt4), MakeParameter(0, kInt4)));
  projections.push_back(MakeSubquery(SubqueryKind::kExists, exists_plan, kBool, std::move(outer2), {0}));
  auto in_plan = std::make_shared<ProjectionOperator>(Right(), Key0());
  projections.push_back(MakeQuantifiedSubquery(SubqueryKind::kAny, Col(0, kInt4), Equals(kInt4), in_plan, {}, {}));
  ProjectionOperator proj(Left(), std::move(projections));
  // PostgreSQL: 1|y|t|t, 2|NULL|f|NULL, NULL|NULL|f|NULL, 3|NULL|f|NULL
  EXPECT_EQ(RunOk(proj), (Rows{"1|y|t|t", "2|NULL|f|NULL", "NULL|NULL|f|NULL", "3|NULL|f|NULL"}));

  std::vector<ExprPtr> scalar;
  scalar.push_back(MakeSubquery(SubqueryKind::kScalar, std::make_shared<ProjectionOperator>(Right(), Key0()), kInt4, {},
                                {}));
  ProjectionOperator too_many(Left(), std::move(scalar));
  ExecContext context;
  auto rows = RunPlan(too_many, context);
  ASSERT_FALSE(rows.ok());
  EXPECT_EQ(rows.status().ToString(), "21000: more than one row returned by a subquery used as an expression");
}

TEST(Limits, MemoryLimitAndCancel) {
  TextRows rows;
  for (int i = 0; i < 20000; i++) rows.push_back({std::to_string(i), "some text value " + std::to_string(i)});
  SortOperator sort(Scan({kInt4, kText}, rows), Keys({{0, false}}, kInt4));
  ExecContext small;
  small.memory.set_limit_bytes(256 * 1024);
  auto r = RunPlan(sort, small);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().ToString(), "53200: out of memory");

  std::atomic<bool> cancel{true};
  ExecContext canceled;
  canceled.cancel = &cancel;
  FilterOperator filter(Scan({kInt4, kText}, rows), Lit("t", kBool));
  auto c = RunPlan(filter, canceled);
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.status().ToString(), "57014: canceling statement due to user request");
}

TEST(Explain, TreeText) {
  auto filter = std::make_unique<FilterOperator>(Left(), Op(">", Col(0, kInt4), Lit("1", kInt4)));
  HashJoinOperator join(JoinType::kLeft, std::move(filter), Right(), Key0(), Key0(), nullptr);
  EXPECT_EQ(join.Explain(),
            "Hash Join (Left) on #0 = #0\n"
            "  ->  Filter: (#0 > 1)\n"
            "        ->  Rows Scan\n"
            "  ->  Rows Scan\n");
}

TEST(Values, ConstantRowsAndSelectWithoutFrom) {
  std::vector<std::vector<ExprPtr>> rows;
  std::vector<ExprPtr> r1;
  r1.push_back(Lit("1", kInt4));
  r1.push_back(Lit("a", kText));
  rows.push_back(std::move(r1));
  std::vector<ExprPtr> r2;
  r2.push_back(Null(kInt4));
  r2.push_back(Lit("b", kText));
  rows.push_back(std::move(r2));
  ValuesOperator values({kInt4, kText}, std::move(rows));
  EXPECT_EQ(RunOk(values), (Rows{"1|a", "NULL|b"}));
  std::vector<std::vector<ExprPtr>> one_row(1);
  std::vector<ExprPtr> select_list;
  select_list.push_back(Op("+", Lit("1", kInt4), Lit("2", kInt4)));
  ProjectionOperator select(std::make_unique<ValuesOperator>(std::vector<types::SqlType>{}, std::move(one_row)),
                            std::move(select_list));
  EXPECT_EQ(RunOk(select), (Rows{"3"}));
}

}  // namespace
}  // namespace augur::exec

namespace augur::exec {
namespace {

using namespace testing;  // NOLINT

TEST(Limits, CachedPlanOutlivesItsContexts) {
  // A prepared statement keeps its plan while each execution gets a fresh
  // ExecContext; state left from an abandoned run must not touch the old one.
  std::vector<SortKey> keys;
  keys.push_back(SortKey::Make(Col(0, kInt4), true));
  SortOperator sort(Scan({kInt4}, {{"1"}, {"3"}, {"2"}}, 1), std::move(keys));
  {
    ExecContext first;
    ASSERT_TRUE(sort.Open(first).ok());
    DataChunk chunk;
    ASSERT_TRUE(sort.Next(chunk).ok());
    EXPECT_GT(first.memory.used_bytes(), 0);
  }  // abandoned without Close()
  ExecContext second;
  auto rows = RunPlan(sort, second);
  ASSERT_TRUE(rows.ok());
  EXPECT_EQ(*rows, (std::vector<std::string>{"3", "2", "1"}));
  EXPECT_EQ(second.memory.used_bytes(), 0);  // Close() released everything
  EXPECT_GT(second.memory.peak_bytes(), 0);
}

}  // namespace
}  // namespace augur::exec

namespace augur::exec {
namespace {

using namespace testing;  // NOLINT

TEST(Sort, NormalizedKeysAcrossTypes) {
  // PostgreSQL: ORDER BY x DESC over ('ab'),('abc'),('a'),(''),(NULL) → NULL, abc, ab, a, ''
  SortOperator text(Scan({kText}, {{"ab"}, {"abc"}, {"a"}, {""}, {"NULL"}}), Keys({{0, true}}, kText));
  EXPECT_EQ(RunOk(text), (Rows{"NULL", "abc", "ab", "a", ""}));
  // ORDER BY x DESC NULLS LAST over numerics → NaN, 10, 1.5, 1.50, -2, NULL (ties stable)
  std::vector<SortKey> nk;
  nk.push_back(SortKey::Make(Col(0, kNumeric), true, false));
  SortOperator nums(Scan({kNumeric}, {{"1.5"}, {"-2"}, {"10"}, {"NaN"}, {"NULL"}, {"1.50"}}), std::move(nk));
  EXPECT_EQ(RunOk(nums), (Rows{"NaN", "10", "1.5", "1.50", "-2", "NULL"}));
  // intervals by span: -1 days, 1 day 01:00:00, 29 days, 1 mon
  SortOperator ivs(Scan({kInterval}, {{"1 mon"}, {"29 days"}, {"-1 day"}, {"1 day 1 hour"}}), Keys({{0, false}}, kInterval));
  EXPECT_EQ(RunOk(ivs), (Rows{"-1 days", "1 day 01:00:00", "29 days", "1 mon"}));
  // character(n) ignores trailing blanks: ORDER BY x, y DESC → y = 2, 1, 3, 1
  std::vector<SortKey> bk;
  bk.push_back(SortKey::Make(Col(0, T(types::kBpcharOid)), false));
  bk.push_back(SortKey::Make(Col(1, kInt4), true));
  std::vector<ExprPtr> y;
  y.push_back(Col(1, kInt4));
  ProjectionOperator only_y(
      std::make_unique<SortOperator>(
          Scan({T(types::kBpcharOid), kInt4}, {{"b  ", "1"}, {"a", "2"}, {"b", "3"}, {"a ", "1"}}), std::move(bk)),
      std::move(y));
  EXPECT_EQ(RunOk(only_y), (Rows{"2", "1", "3", "1"}));
}

// WITH RECURSIVE r(n) AS (base UNION [ALL] SELECT n % 3 + 1 FROM r WHERE n < limit):
// every round reads exactly the rows the previous round produced.
Rows RecursiveRows(bool all, Rows base, const char* limit, uint32_t chunk_rows = kVectorSize) {
  std::vector<std::vector<std::string>> base_rows;
  for (const auto& row : base) base_rows.push_back({row});
  auto work_table = NewWorkTable({kInt4});
  auto scan = std::make_unique<WorkTableScanOperator>(std::vector<types::SqlType>{kInt4}, work_table);
  auto filtered = std::make_unique<FilterOperator>(std::move(scan), Op("<", Col(0, kInt4), Lit(limit, kInt4)));
  std::vector<ExprPtr> next;
  next.push_back(Op("+", Op("%", Col(0, kInt4), Lit("3", kInt4)), Lit("1", kInt4)));
  auto recursive = std::make_unique<ProjectionOperator>(std::move(filtered), std::move(next));
  RecursiveUnionOperator plan(all, Scan({kInt4}, base_rows, chunk_rows), std::move(recursive), work_table);
  Rows first = RunOk(plan);
  EXPECT_EQ(RunOk(plan), first) << "a second run starts from the base rows again";
  return first;
}

TEST(RecursiveUnion, RoundsReadThePreviousRound) {
  // PostgreSQL: WITH RECURSIVE r(n) AS (VALUES (1) UNION ALL SELECT n % 3 + 1 FROM r WHERE n < 3) ...
  EXPECT_EQ(RecursiveRows(true, {"1"}, "3"), (Rows{"1", "2", "3"}));
  // Two base rows, one chunk row at a time: 1 → 2 → 3 and 2 → 3.
  EXPECT_EQ(RecursiveRows(true, {"1", "2"}, "3", 1), (Rows{"1", "2", "2", "3", "3"}));
  // UNION: 1 → 2 → 3 → 1 (seen, so the recursion ends) in the cycle 1, 2, 3.
  EXPECT_EQ(RecursiveRows(false, {"1"}, "4"), (Rows{"1", "2", "3"}));
  EXPECT_EQ(RecursiveRows(false, {"1", "1"}, "4"), (Rows{"1", "2", "3"}));
  EXPECT_EQ(RecursiveRows(true, {}, "4"), Rows{});
}

}  // namespace
}  // namespace augur::exec
