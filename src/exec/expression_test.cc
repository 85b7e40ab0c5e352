// Expression evaluation and function resolution, expected values checked
// against PostgreSQL 15 (psql, TimeZone UTC).
#include <gtest/gtest.h>

#include "exec/exec_test_util.h"

namespace augur::exec {
namespace {

using namespace testing;  // NOLINT

// Bool literals: "t", "f", "NULL".
ExprPtr B(const std::string& s) { return s == "NULL" ? Null(kBool) : Lit(s, kBool); }

ExprPtr And2(ExprPtr a, ExprPtr b) {
  std::vector<ExprPtr> v;
  v.push_back(std::move(a));
  v.push_back(std::move(b));
  return MakeAnd(std::move(v));
}
ExprPtr Or2(ExprPtr a, ExprPtr b) {
  std::vector<ExprPtr> v;
  v.push_back(std::move(a));
  v.push_back(std::move(b));
  return MakeOr(std::move(v));
}

TEST(ThreeValuedLogic, AndOrNotTruthTables) {
  const std::vector<std::string> vals = {"t", "f", "NULL"};
  // PostgreSQL: SELECT a AND b, a OR b over (true,false,null)^2.
  const char* kAnd[3][3] = {{"t", "f", "NULL"}, {"f", "f", "f"}, {"NULL", "f", "NULL"}};
  const char* kOr[3][3] = {{"t", "t", "t"}, {"t", "f", "NULL"}, {"t", "NULL", "NULL"}};
  for (int i = 0; i < 3; i++) {
    for (int j = 0; j < 3; j++) {
      EXPECT_EQ(Eval1(*And2(B(vals[i]), B(vals[j]))), kAnd[i][j]) << vals[i] << " AND " << vals[j];
      EXPECT_EQ(Eval1(*Or2(B(vals[i]), B(vals[j]))), kOr[i][j]) << vals[i] << " OR " << vals[j];
    }
  }
  EXPECT_EQ(Eval1(*MakeNot(B("t"))), "f");
  EXPECT_EQ(Eval1(*MakeNot(B("NULL"))), "NULL");
  EXPECT_EQ(Eval1(*MakeIsTrue(B("NULL"), false)), "f");
  EXPECT_EQ(Eval1(*MakeIsTrue(B("NULL"), true)), "t");
  EXPECT_EQ(Eval1(*MakeIsFalse(B("f"), false)), "t");
  EXPECT_EQ(Eval1(*MakeIsNull(B("NULL"), false)), "t");
  EXPECT_EQ(Eval1(*MakeIsNull(B("f"), true)), "t");
}

TEST(ThreeValuedLogic, AndSkipsRightSideForDecidedRows) {
  // WHERE x <> 0 AND 10 / x > 1 must not divide by zero.
  auto plan = std::make_unique<FilterOperator>(
      Scan({kInt4}, {{"0"}, {"5"}, {"20"}, {"NULL"}}),
      And2(Op("<>", Col(0, kInt4), Lit("0", kInt4)), Op(">", Op("/", Lit("10", kInt4), Col(0, kInt4)), Lit("1", kInt4))));
  EXPECT_EQ(RunOk(*plan), std::vector<std::string>{"5"});
}

TEST(Arithmetic, ResultTypesFollowPostgres) {
  EXPECT_EQ(Op("+", Lit("1", kInt2), Lit("1", kInt4))->type, kInt4);
  EXPECT_EQ(Op("+", Lit("1", kInt4), Lit("1", kInt8))->type, kInt8);
  EXPECT_EQ(Op("+", Lit("1", kInt4), Lit("1", kNumeric))->type, kNumeric);
  EXPECT_EQ(Op("+", Lit("1", kInt4), Lit("1", kFloat8))->type, kFloat8);
  EXPECT_EQ(Op("+", Lit("1", kFloat4), Lit("1", kInt8))->type, kFloat8);
  EXPECT_EQ(Op("+", Lit("1", kNumeric), Lit("1", kFloat8))->type, kFloat8);
  EXPECT_EQ(Op("+", Lit("1", kFloat4), Lit("1", kFloat4))->type, kFloat4);
  EXPECT_EQ(Op("+", Lit("1", kInt2), Lit("1", kInt2))->type, kInt2);
  EXPECT_EQ(Op("+", Lit("2020-01-01", kDate), Lit("1", kInt4))->type, kDate);
  EXPECT_EQ(Op("-", Lit("2020-01-01", kDate), Lit("2019-01-01", kDate))->type, kInt4);
  EXPECT_EQ(Op("-", Lit("2020-01-01", kTimestamp), Lit("2019-01-01", kTimestamp))->type, kInterval);
  EXPECT_EQ(Op("||", Lit("a", kText), Lit("1", kInt4))->type, kText);
  EXPECT_EQ(Op("||", Lit("1", kInt4), Lit("a", kText))->type, kText);
  EXPECT_EQ(Op("+", Lit("1", kInt4), Unknown("2"))->type, kInt4);
}

TEST(Arithmetic, Values) {
  EXPECT_EQ(Eval1(*Op("+", Lit("1", kInt4), Lit("2", kInt8))), "3");
  EXPECT_EQ(Eval1(*Op("/", Lit("7", kInt4), Lit("2", kInt4))), "3");
  EXPECT_EQ(Eval1(*Op("%", Lit("-7", kInt4), Lit("2", kInt4))), "-1");
  EXPECT_EQ(Eval1(*Op("/", Lit("1", kNumeric), Lit("3", kInt4))), "0.33333333333333333333");
  EXPECT_EQ(Eval1(*Op("+", Lit("2020-01-31", kDate), Lit("1", kInt4))), "2020-02-01");
  EXPECT_EQ(Eval1(*Op("+", Lit("2020-01-31", kTimestamp), Lit("1 month", kInterval))), "2020-02-29 00:00:00");
  EXPECT_EQ(Eval1(*Op("-", Lit("2020-03-01", kTimestamp), Lit("2020-01-01 12:00", kTimestamp))), "59 days 12:00:00");
  EXPECT_EQ(Eval1(*Op("*", Lit("1 day", kInterval), Lit("1.5", kFloat8))), "1 day 12:00:00");
  EXPECT_EQ(Eval1(*Op("/", Lit("1 month", kInterval), Lit("7", kFloat8))), "4 days 06:51:25.6896");
  EXPECT_EQ(Eval1(*Op("||", Lit("a", kText), Lit("1", kInt4))), "a1");
  EXPECT_EQ(Eval1(*Op("||", Lit("a", kText), Null(kText))), "NULL");
  EXPECT_EQ(Eval1(*Op("+", Lit("1", kInt4), Unknown("2"))), "3");
}

TEST(Arithmetic, Errors) {
  EXPECT_EQ(Eval1(*Op("+", Lit("2147483647", kInt4), Lit("1", kInt4))), "ERROR 22003: integer out of range");
  EXPECT_EQ(Eval1(*Op("*", Lit("9223372036854775807", kInt8), Lit("2", kInt8))), "ERROR 22003: bigint out of range");
  EXPECT_EQ(Eval1(*Op("/", Lit("-32768", kInt2), Lit("-1", kInt2))), "ERROR 22003: smallint out of range");
  EXPECT_EQ(Eval1(*Op("/", Lit("1", kInt4), Lit("0", kInt4))), "ERROR 22012: division by zero");
  EXPECT_EQ(Eval1(*Op("/", Lit("1", kNumeric), Lit("0", kNumeric))), "ERROR 22012: division by zero");
  EXPECT_EQ(Eval1(*Op("/", Lit("1", kFloat8), Lit("0", kFloat8))), "ERROR 22012: division by zero");
  // NULL rows never raise errors: NULL / 0 is NULL.
  EXPECT_EQ(Eval1(*Op("/", Null(kInt4), Lit("0", kInt4))), "NULL");
}

TEST(Resolution, ErrorsMatchPostgres) {
  auto bad_literal = MakeOperator("+", Lit("1", kInt4), Unknown("a"));
  ASSERT_FALSE(bad_literal.ok());
  EXPECT_EQ(bad_literal.status().ToString(), "22P02: invalid input syntax for type integer: \"a\"");

  auto no_op = MakeOperator("+", Lit("1", kInt4), Lit("a", kText));
  ASSERT_FALSE(no_op.ok());
  EXPECT_EQ(no_op.status().ToString(), "42883: operator does not exist: integer + text");
  EXPECT_EQ(no_op.status().hint(),
            "No operator matches the given name and argument types. You might need to add explicit type casts.");

  std::vector<ExprPtr> args;
  args.push_back(Lit("1", kInt4));
  auto no_fn = MakeFunctionCall("foo", std::move(args), 7);
  ASSERT_FALSE(no_fn.ok());
  EXPECT_EQ(no_fn.status().ToString(), "42883: function foo(integer) does not exist");
  EXPECT_EQ(no_fn.status().position(), 8);
  EXPECT_EQ(no_fn.status().hint(),
            "No function matches the given name and argument types. You might need to add explicit type casts.");
}

TEST(Resolution, FunctionsWithImplicitCasts) {
  std::vector<ExprPtr> args;
  args.push_back(Lit("-5", kInt2));
  auto abs = MakeFunctionCall("abs", std::move(args));
  ASSERT_TRUE(abs.ok()) << abs.status().ToString();
  EXPECT_EQ((*abs)->type, kInt2);
  EXPECT_EQ(Eval1(**abs), "5");

  std::vector<ExprPtr> args2;
  args2.push_back(Unknown("Hello"));
  auto upper = MakeFunctionCall("upper", std::move(args2));
  ASSERT_TRUE(upper.ok()) << upper.status().ToString();
  EXPECT_EQ(Eval1(**upper), "HELLO");

  std::vector<ExprPtr> args3;
  args3.push_back(Lit("a", kText));
  args3.push_back(Null(kInt4));
  args3.push_back(Lit("2.5", kNumeric));
  auto concat = MakeFunctionCall("concat", std::move(args3));
  ASSERT_TRUE(concat.ok()) << concat.status().ToString();
  EXPECT_EQ(Eval1(**concat), "a2.5");

  std::vector<ExprPtr> args4;
  args4.push_back(Lit("2", kInt4));
  args4.push_back(Lit("10", kInt4));
  auto power = MakeFunctionCall("power", std::move(args4));
  ASSERT_TRUE(power.ok()) << power.status().ToString();
  EXPECT_EQ((*power)->type, kFloat8);
  EXPECT_EQ(Eval1(**power), "1024");
}

TEST(Expressions, CaseCoalesceNullIfGreatest) {
  std::vector<ExprPtr> wt;
  wt.push_back(B("NULL"));
  wt.push_back(Lit("1", kInt4));
  wt.push_back(B("t"));
  wt.push_back(Lit("2", kInt4));
  EXPECT_EQ(Eval1(*MakeCase(std::move(wt), Lit("3", kInt4), kInt4)), "2");

  // CASE WHEN false THEN 1/0 ELSE 0 END never divides.
  std::vector<ExprPtr> wt2;
  wt2.push_back(B("f"));
  wt2.push_back(Op("/", Lit("1", kInt4), Lit("0", kInt4)));
  EXPECT_EQ(Eval1(*MakeCase(std::move(wt2), Lit("0", kInt4), kInt4)), "0");

  std::vector<ExprPtr> wt3;
  wt3.push_back(B("f"));
  wt3.push_back(Lit("1", kInt4));
  EXPECT_EQ(Eval1(*MakeCase(std::move(wt3), nullptr, kInt4)), "NULL");

  std::vector<ExprPtr> co;
  co.push_back(Null(kText));
  co.push_back(Lit("x", kText));
  co.push_back(Lit("y", kText));
  EXPECT_EQ(Eval1(*MakeCoalesce(std::move(co), kText)), "x");

  EXPECT_EQ(Eval1(*MakeNullIf(Lit("1", kInt4), Lit("1", kInt4), Equals(kInt4))), "NULL");
  EXPECT_EQ(Eval1(*MakeNullIf(Lit("1", kInt4), Lit("2", kInt4), Equals(kInt4))), "1");
  EXPECT_EQ(Eval1(*MakeNullIf(Null(kInt4), Lit("2", kInt4), Equals(kInt4))), "NULL");

  std::vector<ExprPtr> g;
  g.push_back(Lit("3", kInt4));
  g.push_back(Null(kInt4));
  g.push_back(Lit("7", kInt4));
  EXPECT_EQ(Eval1(*MakeGreatestLeast(true, std::move(g), nullptr, kInt4)), "7");
  std::vector<ExprPtr> l;
  l.push_back(Lit("b", kText));
  l.push_back(Lit("a", kText));
  EXPECT_EQ(Eval1(*MakeGreatestLeast(false, std::move(l), nullptr, kText)), "a");
}

ExprPtr In(ExprPtr needle, std::vector<std::string> items, bool negated) {
  std::vector<ExprPtr> list;
  for (const auto& s : items) list.push_back(s == "NULL" ? Null(kInt4) : Lit(s, kInt4));
  return MakeInList(std::move(needle), std::move(list), Equals(kInt4), negated);
}

TEST(Expressions, InListWithNulls) {
  // PostgreSQL: 1 IN (1, NULL) = t; 2 IN (1, NULL) = NULL; 2 NOT IN (1, NULL) = NULL;
  // 2 NOT IN (1, 3) = t; NULL IN (1) = NULL; NULL NOT IN () n/a.
  EXPECT_EQ(Eval1(*In(Lit("1", kInt4), {"1", "NULL"}, false)), "t");
  EXPECT_EQ(Eval1(*In(Lit("2", kInt4), {"1", "NULL"}, false)), "NULL");
  EXPECT_EQ(Eval1(*In(Lit("2", kInt4), {"1", "NULL"}, true)), "NULL");
  EXPECT_EQ(Eval1(*In(Lit("2", kInt4), {"1", "3"}, true)), "t");
  EXPECT_EQ(Eval1(*In(Lit("1", kInt4), {"1", "3"}, true)), "f");
  EXPECT_EQ(Eval1(*In(Null(kInt4), {"1"}, false)), "NULL");
}

TEST(Expressions, IsDistinctFrom) {
  EXPECT_EQ(Eval1(*MakeIsDistinctFrom(Null(kInt4), Null(kInt4), Equals(kInt4), false)), "f");
  EXPECT_EQ(Eval1(*MakeIsDistinctFrom(Null(kInt4), Lit("1", kInt4), Equals(kInt4), false)), "t");
  EXPECT_EQ(Eval1(*MakeIsDistinctFrom(Lit("1", kInt4), Lit("1", kInt4), Equals(kInt4), true)), "t");
}

TEST(Expressions, LikeAndBetween) {
  EXPECT_EQ(Eval1(*MakeLike(Lit("hello", kText), Lit("h%o", kText), nullptr, false, false)), "t");
  EXPECT_EQ(Eval1(*MakeLike(Lit("HELLO", kText), Lit("h%", kText), nullptr, true, false)), "t");
  EXPECT_EQ(Eval1(*MakeLike(Lit("hello", kText), Lit("h%", kText), nullptr, false, true)), "f");
  EXPECT_EQ(Eval1(*MakeLike(Null(kText), Lit("h%", kText), nullptr, false, false)), "NULL");
  auto between = MakeBetween(Lit("5", kInt4), Lit("1", kInt4), Lit("10", kInt8), false);
  ASSERT_TRUE(between.ok());
  EXPECT_EQ(Eval1(**between), "t");
  auto not_between = MakeBetween(Lit("5", kInt4), Lit("1", kInt4), Lit("10", kInt4), true);
  ASSERT_TRUE(not_between.ok());
  EXPECT_EQ(Eval1(**not_between), "f");
}

TEST(Casts, ValuesAndErrors) {
  auto cast = [](ExprPtr e, types::SqlType t, CastContext ctx = CastContext::kExplicit) {
    return Eval1(*MakeCast(std::move(e), t, ctx));
  };
  EXPECT_EQ(cast(Lit("2.5", kFloat8), kInt4), "2");  // rint: half to even
  EXPECT_EQ(cast(Lit("3.5", kFloat8), kInt4), "4");
  EXPECT_EQ(cast(Lit("2.5", kNumeric), kInt4), "3");  // numeric rounds half away from zero
  EXPECT_EQ(cast(Lit("70000", kInt4), kInt2), "ERROR 22003: smallint out of range");
  EXPECT_EQ(cast(Lit("12", kInt4), kText), "12");
  EXPECT_EQ(cast(Lit("abc", kText), kInt4), "ERROR 22P02: invalid input syntax for type integer: \"abc\"");
  EXPECT_EQ(cast(Lit("2020-01-02 03:04:05", kTimestamp), kDate), "2020-01-02");
  EXPECT_EQ(cast(Lit("abcdef", kText), types::SqlType{types::kVarcharOid, types::CharTypmod(3)}), "abc");
  EXPECT_EQ(cast(Lit("abcdef", kText), types::SqlType{types::kVarcharOid, types::CharTypmod(3)},
                 CastContext::kAssignment),
            "ERROR 22001: value too long for type character varying(3)");
  EXPECT_EQ(cast(Lit("1.239", kNumeric), types::SqlType{types::kNumericOid, types::NumericTypmod(4, 2)}), "1.24");
}

TEST(Executor, RespectsSelectionAndColumnRefs) {
  DataChunk chunk(std::vector<types::SqlType>{kInt4, kInt4});
  for (int i = 0; i < 10; i++) chunk.AppendRow(std::vector<types::Value>{types::Value::Int4(i), types::Value::Int4(i * 10)});
  uint32_t sel[3] = {1, 5, 9};
  chunk.SetSelection(sel, 3);
  auto sum = Op("+", Col(0, kInt4), Col(1, kInt4));
  ExpressionExecutor exec(*sum, nullptr);
  Vector result(kInt4);
  ASSERT_TRUE(exec.Execute(chunk, result).ok());
  EXPECT_EQ(result.values<int32_t>()[1], 11);
  EXPECT_EQ(result.values<int32_t>()[5], 55);
  EXPECT_EQ(result.values<int32_t>()[9], 99);
  // An overflow in an unselected row is not evaluated.
  DataChunk big(std::vector<types::SqlType>{kInt4});
  big.AppendRow(std::vector<types::Value>{types::Value::Int4(1)});
  big.AppendRow(std::vector<types::Value>{types::Value::Int4(2147483647)});
  uint32_t first[1] = {0};
  big.SetSelection(first, 1);
  auto plus = Op("+", Col(0, kInt4), Lit("1", kInt4));
  ExpressionExecutor exec2(*plus, nullptr);
  EXPECT_TRUE(exec2.Execute(big, result).ok());
}

TEST(Executor, ParametersAndErrorsPosition) {
  ExecContext context;
  context.parameters.push_back(types::Value::Int4(41));
  auto e = Op("+", MakeParameter(0, kInt4), Lit("1", kInt4));
  auto v = EvaluateConstant(*e, &context);
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(v->GetInt4(), 42);
  auto missing = EvaluateConstant(*MakeParameter(3, kInt4), &context);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().ToString(), "42P02: there is no parameter $4");
}

// A VALUES cell of a cached plan keeps its executor between executions: each
// execution must see that execution's parameters, errors must not stick, and
// a different context must not reuse an executor bound to the old one.
TEST(Executor, ConstantEvaluatorReusedAcrossExecutions) {
  auto e = Op("+", MakeParameter(0, kInt4), Lit("1", kInt4));
  ConstantEvaluator evaluator(*e);
  ExecContext context;
  context.parameters.push_back(types::Value::Int4(41));
  auto first = evaluator.Evaluate(&context);
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first->GetInt4(), 42);
  context.parameters[0] = types::Value::Int4(2147483647);
  auto overflow = evaluator.Evaluate(&context);
  ASSERT_FALSE(overflow.ok());
  EXPECT_EQ(overflow.status().sqlstate(), "22003");
  context.parameters[0] = types::Value::Int4(-5);
  auto again = evaluator.Evaluate(&context);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->GetInt4(), -4);
  ExecContext other;
  other.parameters.push_back(types::Value::Int4(99));
  auto rebound = evaluator.Evaluate(&other);
  ASSERT_TRUE(rebound.ok());
  EXPECT_EQ(rebound->GetInt4(), 100);
  // A parameter of the expression's own type is returned as it is.
  auto parameter = MakeParameter(0, kInt4);
  ConstantEvaluator direct(*parameter);
  auto value = direct.Evaluate(&other);
  ASSERT_TRUE(value.ok());
  EXPECT_EQ(value->GetInt4(), 99);
}

}  // namespace
}  // namespace augur::exec

namespace augur::exec {
namespace {

using namespace testing;  // NOLINT

std::string Call(const char* name, std::vector<ExprPtr> args) {
  auto e = MakeFunctionCall(name, std::move(args));
  if (!e.ok()) return "ERROR " + e.status().ToString();
  return Eval1(**e);
}
template <typename... E>
std::vector<ExprPtr> Args(E... e) {
  std::vector<ExprPtr> v;
  (v.push_back(std::move(e)), ...);
  return v;
}

TEST(DateTimeFunctions, WrapFuncsKernels) {
  // PostgreSQL 15, TimeZone UTC.
  EXPECT_EQ(Call("date_trunc", Args(Unknown("month"), Lit("2020-02-15 10:00", kTimestamp))), "2020-02-01 00:00:00");
  EXPECT_EQ(Call("extract", Args(Unknown("year"), Lit("2020-02-15", kDate))), "2020");
  EXPECT_EQ(Call("date_part", Args(Unknown("dow"), Lit("2020-02-15 10:00", kTimestamp))), "6");
  EXPECT_EQ(Call("to_char", Args(Lit("12.5", kNumeric), Unknown("999.99"))), "  12.50");
  EXPECT_EQ(Call("make_date", Args(Lit("2020", kInt4), Lit("2", kInt4), Lit("30", kInt4))),
            "ERROR 22008: date field value out of range: 2020-02-30");
  EXPECT_EQ(Eval1(*Op("+", Lit("10:00", T(types::kTimeOid)), Lit("15 hours", kInterval))), "01:00:00");
  EXPECT_EQ(Eval1(*Op("+", Lit("2020-01-01", kDate), Lit("10:00", T(types::kTimeOid)))), "2020-01-01 10:00:00");
}

}  // namespace
}  // namespace augur::exec

namespace augur::exec {
namespace {

using namespace testing;  // NOLINT

TEST(Operators, BitwisePowerPosition) {
  // PostgreSQL: 5 & 3 = 1, 5 | 3 = 7, 5 # 3 = 6, 1 << 4 = 16, -16 >> 2 = -4, ~5 = -6,
  // 2 ^ 10 = 1024 (double precision), position('b' in 'abc') = 2.
  EXPECT_EQ(Eval1(*Op("&", Lit("5", kInt4), Lit("3", kInt4))), "1");
  EXPECT_EQ(Eval1(*Op("|", Lit("5", kInt4), Lit("3", kInt4))), "7");
  EXPECT_EQ(Eval1(*Op("#", Lit("5", kInt8), Lit("3", kInt8))), "6");
  EXPECT_EQ(Eval1(*Op("<<", Lit("1", kInt4), Lit("4", kInt4))), "16");
  EXPECT_EQ(Eval1(*Op(">>", Lit("-16", kInt4), Lit("2", kInt4))), "-4");
  auto bit_not = MakeOperator("~", nullptr, Lit("5", kInt4));
  ASSERT_TRUE(bit_not.ok());
  EXPECT_EQ(Eval1(**bit_not), "-6");
  auto pow = Op("^", Lit("2", kInt4), Lit("10", kInt4));
  EXPECT_EQ(pow->type, kFloat8);
  EXPECT_EQ(Eval1(*pow), "1024");
  std::vector<ExprPtr> args;
  args.push_back(Lit("abc", kText));
  args.push_back(Unknown("b"));
  auto position = MakeFunctionCall("position", std::move(args));
  ASSERT_TRUE(position.ok());
  EXPECT_EQ(Eval1(**position), "2");
}

}  // namespace
}  // namespace augur::exec

namespace augur::exec {
namespace {

using namespace testing;  // NOLINT

TEST(Resolution, CommonTypeLikePostgres) {
  // SELECT pg_typeof(coalesce(a, b)) for these pairs, PostgreSQL 15.
  auto common = [](types::SqlType a, types::SqlType b) {
    std::vector<types::SqlType> v = {a, b};
    auto r = CommonType(v, "COALESCE");
    return r.ok() ? types::FormatType(*r) : r.status().ToString();
  };
  EXPECT_EQ(common(kFloat4, kNumeric), "real");
  EXPECT_EQ(common(kNumeric, kFloat4), "real");
  EXPECT_EQ(common(kInt2, kInt8), "bigint");
  EXPECT_EQ(common(T(types::kVarcharOid), kText), "character varying");
  EXPECT_EQ(common(kDate, kTimestamp), "timestamp without time zone");
  EXPECT_EQ(common(kInt4, kNumeric), "numeric");
  EXPECT_EQ(common(kUnknown, kText), "text");
  EXPECT_EQ(common(kUnknown, kUnknown), "text");
  EXPECT_EQ(common(kInt4, kText), "42804: COALESCE types integer and text cannot be matched");
}

}  // namespace
}  // namespace augur::exec

namespace augur::exec {
namespace {

using namespace testing;  // NOLINT

TEST(Casts, BoolToTextSpellsOut) {
  // PostgreSQL: true::text = 'true', false::varchar = 'false', but concat(true) = 't'.
  EXPECT_EQ(Eval1(*MakeCast(Lit("t", kBool), kText, CastContext::kExplicit)), "true");
  EXPECT_EQ(Eval1(*MakeCast(Lit("f", kBool), T(types::kVarcharOid), CastContext::kExplicit)), "false");
  std::vector<ExprPtr> args;
  args.push_back(Lit("t", kBool));
  auto concat = MakeFunctionCall("concat", std::move(args));
  ASSERT_TRUE(concat.ok());
  EXPECT_EQ(Eval1(**concat), "t");
}

}  // namespace
}  // namespace augur::exec
