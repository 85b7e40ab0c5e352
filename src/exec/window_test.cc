// WindowOperator unit tests: ranking and value functions over partitions
// spread across many small chunks, sliding frames (segment tree, growing
// state and recompute paths) checked against a brute-force evaluation, and
// the execution-time errors.
#include <random>

#include "exec/exec_test_util.h"

namespace augur::exec {
namespace {

using namespace augur::exec::testing;

WindowFunction Ranking(WindowFunctionKind kind, std::vector<ExprPtr> partition, std::vector<SortKey> order) {
  WindowFunction f;
  f.kind = kind;
  f.partition_by = std::move(partition);
  f.order_by = std::move(order);
  f.type = kind == WindowFunctionKind::kPercentRank || kind == WindowFunctionKind::kCumeDist ? kFloat8 : kInt8;
  return f;
}

WindowFunction Aggregate(const char* name, std::vector<ExprPtr> args, std::vector<ExprPtr> partition,
                         std::vector<SortKey> order, WindowFrame frame) {
  WindowFunction f;
  f.kind = WindowFunctionKind::kAggregate;
  auto agg = MakeAggregate(name, std::move(args), false, false, nullptr);
  EXPECT_TRUE(agg.ok()) << agg.status().ToString();
  f.aggregate = std::move(agg).value();
  f.type = f.aggregate.type;
  f.partition_by = std::move(partition);
  f.order_by = std::move(order);
  f.frame = std::move(frame);
  return f;
}

std::vector<SortKey> By(int column, types::SqlType type, bool descending = false) {
  std::vector<SortKey> keys;
  keys.push_back(SortKey::Make(Col(column, type), descending));
  return keys;
}

std::vector<ExprPtr> Exprs(ExprPtr e) {
  std::vector<ExprPtr> v;
  v.push_back(std::move(e));
  return v;
}

TEST(WindowOperator, RankingAcrossSmallChunks) {
  // (group text, value int4); chunks of 2 rows so partitions span chunks.
  TextRows rows = {{"b", "3"}, {"a", "1"}, {"b", "1"}, {"a", "1"}, {"NULL", "5"},
                   {"a", "2"}, {"b", "NULL"}, {"a", "NULL"}, {"NULL", "4"}};
  std::vector<WindowFunction> functions;
  functions.push_back(Ranking(WindowFunctionKind::kRowNumber, Exprs(Col(0, kText)), By(1, kInt4)));
  functions.push_back(Ranking(WindowFunctionKind::kRank, Exprs(Col(0, kText)), By(1, kInt4)));
  functions.push_back(Ranking(WindowFunctionKind::kDenseRank, Exprs(Col(0, kText)), By(1, kInt4)));
  functions.push_back(Ranking(WindowFunctionKind::kCumeDist, Exprs(Col(0, kText)), By(1, kInt4)));
  WindowOperator op(Scan({kText, kInt4}, rows, 2), std::move(functions));
  EXPECT_EQ(RunOk(op), (std::vector<std::string>{
                           "a|1|1|1|1|0.5", "a|1|2|1|1|0.5", "a|2|3|3|2|0.75", "a|NULL|4|4|3|1", "b|1|1|1|1|0.3333333333333333",
                           "b|3|2|2|2|0.6666666666666666", "b|NULL|3|3|3|1", "NULL|4|1|1|1|0.5", "NULL|5|2|2|2|1"}));
}

TEST(WindowOperator, TwoWindowsKeepStringsAlive) {
  TextRows rows;
  for (int i = 0; i < 5000; i++) rows.push_back({"s" + std::to_string(i % 7) + std::string(20, 'x'), std::to_string(i)});
  std::vector<WindowFunction> functions;
  functions.push_back(Ranking(WindowFunctionKind::kRowNumber, Exprs(Col(0, kText)), By(1, kInt4, true)));
  functions.push_back(Ranking(WindowFunctionKind::kRowNumber, {}, By(1, kInt4)));
  WindowOperator op(Scan({kText, kInt4}, rows, 1000), std::move(functions));
  std::vector<std::string> out = RunOk(op);
  ASSERT_EQ(out.size(), 5000u);
  // Output follows the last window: ORDER BY value.
  for (int i = 0; i < 5000; i++) {
    // Rank within the group i % 7 by descending value: the later members.
    int later = 0;
    for (int j = i + 7; j < 5000; j += 7) later++;
    std::string expected = "s" + std::to_string(i % 7) + std::string(20, 'x') + "|" + std::to_string(i) + "|" +
                           std::to_string(later + 1) + "|" + std::to_string(i + 1);
    ASSERT_EQ(out[i], expected) << i;
  }
}

// Brute force: sum / min / count over ROWS BETWEEN p PRECEDING AND f
// FOLLOWING within partitions, for the segment tree (int sum, min) and the
// recompute path (float8 sum).
TEST(WindowOperator, SlidingFramesMatchBruteForce) {
  std::mt19937 rng(7);
  const int n = 9000;
  std::vector<int> part(n), value(n);
  TextRows rows;
  for (int i = 0; i < n; i++) {
    part[i] = static_cast<int>(rng() % 3);
    value[i] = static_cast<int>(rng() % 1000) - 500;
    bool null = rng() % 10 == 0;
    rows.push_back({std::to_string(i), std::to_string(part[i]), null ? "NULL" : std::to_string(value[i])});
    if (null) value[i] = INT32_MIN;
  }
  for (auto [p, f] : std::vector<std::pair<int, int>>{{0, 0}, {3, 2}, {100, 0}, {0, 700}}) {
    WindowFrame frame;
    frame.mode = WindowFrameMode::kRows;
    frame.start = WindowFrameBound::kOffsetPreceding;
    frame.end = WindowFrameBound::kOffsetFollowing;
    frame.start_offset = Lit(std::to_string(p), kInt8);
    frame.end_offset = Lit(std::to_string(f), kInt8);
    std::vector<WindowFunction> functions;
    functions.push_back(Aggregate("sum", Exprs(Col(2, kInt4)), Exprs(Col(1, kInt4)), By(0, kInt4), frame.Clone()));
    functions.push_back(Aggregate("min", Exprs(Col(2, kInt4)), Exprs(Col(1, kInt4)), By(0, kInt4), frame.Clone()));
    functions.push_back(Aggregate("count", Exprs(Col(2, kInt4)), Exprs(Col(1, kInt4)), By(0, kInt4), frame.Clone()));
    auto as_float = MakeCast(Col(2, kInt4), kFloat8, CastContext::kExplicit);
    functions.push_back(Aggregate("sum", Exprs(std::move(as_float)), Exprs(Col(1, kInt4)), By(0, kInt4), frame.Clone()));
    // A second window (ORDER BY id DESC) over the same rows: a reorder.
    functions.push_back(Ranking(WindowFunctionKind::kRowNumber, {}, By(0, kInt4, true)));
    WindowOperator op(Scan({kInt4, kInt4, kInt4}, rows, 700), std::move(functions));
    std::vector<std::string> out = Sorted(RunOk(op));
    std::vector<std::string> expected;
    for (int i = 0; i < n; i++) {
      // Members of i's partition in id order.
      std::vector<int> members;
      for (int j = 0; j < n; j++) {
        if (part[j] == part[i]) members.push_back(j);
      }
      int k = static_cast<int>(std::find(members.begin(), members.end(), i) - members.begin());
      int64_t sum = 0, count = 0, min = INT64_MAX;
      for (int m = std::max(0, k - p); m <= std::min<int>(members.size() - 1, k + f); m++) {
        int v = value[members[m]];
        if (v == INT32_MIN) continue;
        sum += v;
        count++;
        min = std::min<int64_t>(min, v);
      }
      std::string s = count ? std::to_string(sum) : "NULL";
      expected.push_back(rows[i][0] + "|" + rows[i][1] + "|" + rows[i][2] + "|" + s + "|" +
                         (count ? std::to_string(min) : "NULL") + "|" + std::to_string(count) + "|" + s + "|" +
                         std::to_string(n - i));
    }
    EXPECT_EQ(out, Sorted(expected)) << "frame " << p << " preceding " << f << " following";
  }
}

TEST(WindowOperator, GrowingFrameAndEmptyInput) {
  TextRows rows = {{"1", "10"}, {"2", "20"}, {"2", "5"}, {"3", "NULL"}};
  std::vector<WindowFunction> functions;
  functions.push_back(Aggregate("sum", Exprs(Col(1, kInt4)), {}, By(0, kInt4), WindowFrame{}));
  functions.push_back(Aggregate("count", {}, {}, {}, WindowFrame{}));
  functions[1].aggregate = std::move(MakeAggregate("count", {}, true, false, nullptr)).value();
  WindowOperator op(Scan({kInt4, kInt4}, rows), std::move(functions));
  EXPECT_EQ(RunOk(op), (std::vector<std::string>{"1|10|10|4", "2|20|35|4", "2|5|35|4", "3|NULL|35|4"}));

  std::vector<WindowFunction> none;
  none.push_back(Ranking(WindowFunctionKind::kRowNumber, {}, By(0, kInt4)));
  WindowOperator empty(Scan({kInt4, kInt4}, {}), std::move(none));
  EXPECT_TRUE(RunOk(empty).empty());
}

TEST(WindowOperator, ExecutionErrors) {
  TextRows rows = {{"1", "0"}, {"2", "1"}};
  {
    WindowFunction f = Ranking(WindowFunctionKind::kNtile, {}, By(0, kInt4));
    f.type = kInt4;
    f.args.push_back(Col(1, kInt4));
    std::vector<WindowFunction> functions;
    functions.push_back(std::move(f));
    WindowOperator op(Scan({kInt4, kInt4}, rows), std::move(functions));
    ExecContext context;
    auto result = RunPlan(op, context);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.status().sqlstate(), "22014");
  }
  {
    WindowFrame frame;
    frame.mode = WindowFrameMode::kRows;
    frame.start = WindowFrameBound::kOffsetPreceding;
    frame.start_offset = Lit("-1", kInt8);
    std::vector<WindowFunction> functions;
    functions.push_back(Aggregate("sum", Exprs(Col(1, kInt4)), {}, By(0, kInt4), std::move(frame)));
    WindowOperator op(Scan({kInt4, kInt4}, rows), std::move(functions));
    ExecContext context;
    auto result = RunPlan(op, context);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.status().sqlstate(), "22013");
  }
}

}  // namespace
}  // namespace augur::exec
