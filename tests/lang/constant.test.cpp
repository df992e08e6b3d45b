// constant.test.cpp — exact constant arithmetic: overflow, division, shifts, literals.
#include <doctest/doctest.h>

#include "lang/constant.h"

using namespace chanscope::lang;

namespace {

Constant I(long long v) { return Constant::Int(v); }

}  // namespace

TEST_CASE("constant: integer arithmetic is exact and detects 128-bit overflow") {
  CHECK(BinaryOp(I(7), ConstOp::kQuo, I(2)).value->int_value() == 3);
  CHECK(BinaryOp(I(-7), ConstOp::kRem, I(2)).value->int_value() == -1);
  CHECK(BinaryOp(I(6), ConstOp::kAndNot, I(3)).value->int_value() == 4);
  Constant big = *Shift(I(1), ConstOp::kShl, 100).value;
  CHECK(big.ToString() == "1267650600228229401496703205376");
  CHECK(Shift(big, ConstOp::kShr, 98).value->int_value() == 4);
  ConstResult over = BinaryOp(big, ConstOp::kMul, big);
  CHECK_FALSE(over.value);
  CHECK(over.error == "constant multiplication overflow");
  CHECK(Shift(I(1), ConstOp::kShl, 200).error == "constant shift overflow");
  CHECK(BinaryOp(I(1), ConstOp::kQuo, I(0)).error == "invalid operation: division by zero");
}

TEST_CASE("constant: mixed int and float operands become floats") {
  ConstResult r = BinaryOp(I(1), ConstOp::kAdd, Constant::Float(0.5));
  REQUIRE(r.value);
  CHECK(r.value->kind() == ConstKind::kFloat);
  CHECK(r.value->float_value() == 1.5L);
  CHECK(BinaryOp(Constant::Float(1), ConstOp::kQuo, I(4)).value->float_value() == 0.25L);
  CHECK(Constant::Float(3.0L).IsIntegral());
  CHECK(*Constant::Float(3.0L).ToInt() == 3);
  CHECK_FALSE(Constant::Float(3.5L).ToInt());
}

TEST_CASE("constant: representability in sized types") {
  CHECK(FitsInt(I(255), 8, false));
  CHECK_FALSE(FitsInt(I(256), 8, false));
  CHECK_FALSE(FitsInt(I(-1), 8, false));
  CHECK(FitsInt(I(-128), 8, true));
  CHECK_FALSE(FitsInt(I(128), 8, true));
  CHECK(FitsInt(Constant::Float(1e3L), 16, true));
  CHECK_FALSE(RoundFloat(Constant::Float(1e300L), 32));
  CHECK(RoundFloat(Constant::Float(1e300L), 64));
  CHECK(RoundFloat(Constant::Float(0.1L), 32)->float_value() == static_cast<float>(0.1));
}

TEST_CASE("constant: unary operators, with ^ sized for unsigned types") {
  CHECK(UnaryOp(ConstOp::kBitNot, I(1)).value->int_value() == -2);
  CHECK(UnaryOp(ConstOp::kBitNot, I(1), 8).value->int_value() == 254);
  CHECK(UnaryOp(ConstOp::kNeg, Constant::Float(2)).value->float_value() == -2);
  CHECK(UnaryOp(ConstOp::kNot, Constant::Bool(true)).value->bool_value() == false);
}

TEST_CASE("constant: comparison and strings") {
  CHECK(Compare(I(1), ConstOp::kLss, Constant::Float(1.5)));
  CHECK(Compare(Constant::String("a"), ConstOp::kLss, Constant::String("b")));
  CHECK(BinaryOp(Constant::String("go"), ConstOp::kAdd, Constant::String("pher"))
            .value->string_value() == "gopher");
  CHECK(Constant::String("a\"b").ToString() == "\"a\\\"b\"");
}

TEST_CASE("constant: literals in every base, with underscores") {
  CHECK(ParseIntLiteral("0x_FF")->int_value() == 255);
  CHECK(ParseIntLiteral("0b1010")->int_value() == 10);
  CHECK(ParseIntLiteral("0o17")->int_value() == 15);
  CHECK(ParseIntLiteral("017")->int_value() == 15);
  CHECK(ParseIntLiteral("1_000_000")->int_value() == 1000000);
  CHECK(ParseIntLiteral("0")->int_value() == 0);
  CHECK(ParseIntLiteral("170141183460469231731687303715884105727"));
  CHECK_FALSE(ParseIntLiteral("170141183460469231731687303715884105728"));
  CHECK(ParseFloatLiteral("1.5e3")->float_value() == 1500);
  CHECK(ParseFloatLiteral("0x1p-2")->float_value() == 0.25L);
  CHECK(Constant::Float(1e100L).ToString() == "1e+100");
  CHECK(Constant::Float(2.5L).ToString() == "2.5");
}
