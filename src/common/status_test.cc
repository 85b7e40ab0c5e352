// Tests for Status and Result<T>.
#include "common/status.h"

#include <gtest/gtest.h>

namespace augur {
namespace {

Result<int> Half(int x) {
  if (x % 2 != 0) return Status::Error(sqlstate::kInvalidParameterValue, "odd");
  return x / 2;
}

Result<int> Quarter(int x) {
  ASSIGN_OR_RETURN(int half, Half(x));
  ASSIGN_OR_RETURN(int quarter, Half(half));
  return quarter;
}

Status CheckEven(int x) {
  RETURN_IF_ERROR(Half(x).status());
  return Status::Ok();
}

TEST(StatusTest, OkAndError) {
  Status ok;
  EXPECT_TRUE(ok.ok());
  EXPECT_EQ(ok.sqlstate(), "00000");
  EXPECT_EQ(ok.ToString(), "OK");
  Status err = Status::Error(sqlstate::kUniqueViolation, "dup").WithDetail("Key (id)=(1) already exists.");
  EXPECT_FALSE(err.ok());
  EXPECT_TRUE(err.Is(sqlstate::kUniqueViolation));
  EXPECT_EQ(err.detail(), "Key (id)=(1) already exists.");
  Status copy = err;
  EXPECT_EQ(copy.ToString(), "23505: dup");
  copy.SetPosition(7);
  copy.SetPosition(9);  // first position wins
  EXPECT_EQ(copy.position(), 7);
}

TEST(StatusTest, ResultPropagation) {
  EXPECT_EQ(*Quarter(8), 2);
  auto odd = Quarter(6);
  ASSERT_FALSE(odd.ok());
  EXPECT_EQ(odd.status().sqlstate(), sqlstate::kInvalidParameterValue);
  EXPECT_TRUE(CheckEven(4).ok());
  EXPECT_FALSE(CheckEven(3).ok());
}

}  // namespace
}  // namespace augur
