// More built-in scalar functions and operators: regular expressions,
// translate/quote_*/encode/decode/sha2, to_number, trigonometry, factorial,
// setseed, scale functions, num_nulls, prefix operators. The scalar work is
// in types/func_string.h and types/func_math.h; this file adapts it to
// vectorized kernels and registers the PostgreSQL 15 signatures.
#include <cmath>
#include <optional>

#include "exec/kernels.h"
#include "types/func_math.h"
#include "types/func_string.h"
#include "types/numeric.h"

namespace augur::exec::internal {

namespace t = types;
using types::Numeric;
using types::SqlType;

namespace {

template <typename F>
Status EachRow(const KernelCall& c, F&& f) {
  for (uint32_t k = 0; k < c.count; k++) RETURN_IF_ERROR(f(c.sel ? c.sel[k] : k));
  return Status::Ok();
}
template <typename T>
T In(const KernelCall& c, size_t k, uint32_t i) {
  return c.inputs[k]->values<T>()[i];
}

// ---- float8 -> float8 (checked), float8 x float8 -> float8
template <Result<double> (*F)(double)>
Status Float1(const KernelCall& c) {
  double* r = c.result->values<double>();
  return EachRow(c, [&](uint32_t i) -> Status {
    ASSIGN_OR_RETURN(r[i], F(In<double>(c, 0, i)));
    return Status::Ok();
  });
}
template <Result<double> (*F)(double, double)>
Status Float2(const KernelCall& c) {
  double* r = c.result->values<double>();
  return EachRow(c, [&](uint32_t i) -> Status {
    ASSIGN_OR_RETURN(r[i], F(In<double>(c, 0, i), In<double>(c, 1, i)));
    return Status::Ok();
  });
}
template <typename T, Result<T> (*F)(T)>
Status IntAbs(const KernelCall& c) {
  T* r = c.result->values<T>();
  return EachRow(c, [&](uint32_t i) -> Status {
    ASSIGN_OR_RETURN(r[i], F(In<T>(c, 0, i)));
    return Status::Ok();
  });
}

// ---- strings
template <void (*F)(std::string_view, std::string*)>
Status Str1(const KernelCall& c) {
  std::string buf;
  return EachRow(c, [&](uint32_t i) -> Status {
    buf.clear();
    F(In<std::string_view>(c, 0, i), &buf);
    c.result->SetString(i, buf);
    return Status::Ok();
  });
}
template <Status (*F)(std::string_view, std::string_view, std::string*)>
Status Str2Checked(const KernelCall& c) {
  std::string buf;
  return EachRow(c, [&](uint32_t i) -> Status {
    buf.clear();
    RETURN_IF_ERROR(F(In<std::string_view>(c, 0, i), In<std::string_view>(c, 1, i), &buf));
    c.result->SetString(i, buf);
    return Status::Ok();
  });
}
Status TranslateKernel(const KernelCall& c) {
  std::string buf;
  return EachRow(c, [&](uint32_t i) -> Status {
    buf.clear();
    t::Translate(In<std::string_view>(c, 0, i), In<std::string_view>(c, 1, i), In<std::string_view>(c, 2, i), &buf);
    c.result->SetString(i, buf);
    return Status::Ok();
  });
}
template <bool kBytes>
Status OverlayKernel(const KernelCall& c) {
  std::string buf;
  return EachRow(c, [&](uint32_t i) -> Status {
    buf.clear();
    std::optional<int32_t> count;
    if (c.inputs.size() > 3) count = In<int32_t>(c, 3, i);
    RETURN_IF_ERROR(t::Overlay(In<std::string_view>(c, 0, i), In<std::string_view>(c, 1, i), In<int32_t>(c, 2, i),
                               count, kBytes, &buf));
    c.result->SetString(i, buf);
    return Status::Ok();
  });
}
// quote_nullable: not strict; NULL gives the text NULL.
Status QuoteNullableKernel(const KernelCall& c) {
  std::string buf;
  return EachRow(c, [&](uint32_t i) -> Status {
    buf.clear();
    if (c.inputs[0]->IsNull(i)) {
      buf = "NULL";
    } else {
      t::QuoteLiteral(In<std::string_view>(c, 0, i), &buf);
    }
    c.result->SetString(i, buf);
    return Status::Ok();
  });
}
Status BitLengthKernel(const KernelCall& c) {
  int32_t* r = c.result->values<int32_t>();
  return EachRow(c, [&](uint32_t i) -> Status {
    r[i] = static_cast<int32_t>(In<std::string_view>(c, 0, i).size() * 8);
    return Status::Ok();
  });
}
Status OctetLengthKernel(const KernelCall& c) {
  int32_t* r = c.result->values<int32_t>();
  return EachRow(c, [&](uint32_t i) -> Status {
    r[i] = static_cast<int32_t>(In<std::string_view>(c, 0, i).size());
    return Status::Ok();
  });
}
Status ToNumberKernel(const KernelCall& c) {
  Numeric* r = c.result->values<Numeric>();
  return EachRow(c, [&](uint32_t i) -> Status {
    ASSIGN_OR_RETURN(r[i], t::ToNumber(In<std::string_view>(c, 0, i), In<std::string_view>(c, 1, i)));
    return Status::Ok();
  });
}

// ---- regular expressions: the pattern (and flags) are usually constant, so
// the last compiled pattern is reused while they do not change.
struct PatternCache {
  std::string pattern, flags;
  std::optional<t::RegexPattern> compiled;
  Result<const t::RegexPattern*> Get(std::string_view pattern_text, std::string_view flag_text, bool allow_global) {
    if (!compiled || pattern_text != pattern || flag_text != flags) {
      ASSIGN_OR_RETURN(t::RegexPattern p, t::RegexPattern::Compile(pattern_text, flag_text, allow_global));
      compiled = std::move(p);
      pattern = pattern_text;
      flags = flag_text;
    }
    return &*compiled;
  }
};
template <bool kCaseInsensitive, bool kNegate>
Status RegexMatchKernel(const KernelCall& c) {
  PatternCache cache;
  bool* r = c.result->values<bool>();
  return EachRow(c, [&](uint32_t i) -> Status {
    ASSIGN_OR_RETURN(const t::RegexPattern* p, cache.Get(In<std::string_view>(c, 1, i), kCaseInsensitive ? "i" : "", false));
    r[i] = p->Matches(In<std::string_view>(c, 0, i)) != kNegate;
    return Status::Ok();
  });
}
Status RegexpLikeKernel(const KernelCall& c) {
  PatternCache cache;
  bool* r = c.result->values<bool>();
  return EachRow(c, [&](uint32_t i) -> Status {
    std::string_view flags = c.inputs.size() > 2 ? In<std::string_view>(c, 2, i) : std::string_view();
    ASSIGN_OR_RETURN(const t::RegexPattern* p, cache.Get(In<std::string_view>(c, 1, i), flags, false));
    r[i] = p->Matches(In<std::string_view>(c, 0, i));
    return Status::Ok();
  });
}
Status RegexpReplaceKernel(const KernelCall& c) {
  PatternCache cache;
  std::string buf;
  return EachRow(c, [&](uint32_t i) -> Status {
    std::string_view flags = c.inputs.size() > 3 ? In<std::string_view>(c, 3, i) : std::string_view();
    ASSIGN_OR_RETURN(const t::RegexPattern* p, cache.Get(In<std::string_view>(c, 1, i), flags, true));
    buf.clear();
    p->Replace(In<std::string_view>(c, 0, i), In<std::string_view>(c, 2, i), &buf);
    c.result->SetString(i, buf);
    return Status::Ok();
  });
}
Status RegexpCountKernel(const KernelCall& c) {
  PatternCache cache;
  int32_t* r = c.result->values<int32_t>();
  return EachRow(c, [&](uint32_t i) -> Status {
    int32_t start = c.inputs.size() > 2 ? In<int32_t>(c, 2, i) : 1;
    if (start <= 0) {
      return Status::Error(sqlstate::kInvalidParameterValue,
                           "invalid value for parameter \"start\": " + std::to_string(start));
    }
    std::string_view flags = c.inputs.size() > 3 ? In<std::string_view>(c, 3, i) : std::string_view();
    ASSIGN_OR_RETURN(const t::RegexPattern* p, cache.Get(In<std::string_view>(c, 1, i), flags, false));
    r[i] = p->Count(In<std::string_view>(c, 0, i), start);
    return Status::Ok();
  });
}

// regexp_substr(s, p [, start [, n [, flags [, subexpr]]]]) and
// regexp_instr(s, p [, start [, n [, endoption [, flags [, subexpr]]]]]).
Status CheckRegexpPositive(const char* name, int32_t v) {
  if (v > 0) return Status::Ok();
  return Status::Error(sqlstate::kInvalidParameterValue,
                       std::string("invalid value for parameter \"") + name + "\": " + std::to_string(v));
}
int32_t CharCount(std::string_view s, size_t bytes) {
  int32_t n = 0;
  for (size_t i = 0; i < bytes; ++i) n += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
  return n;
}
template <bool kInstr>
Status RegexpFindKernel(const KernelCall& c) {
  PatternCache cache;
  const size_t args = c.inputs.size();
  return EachRow(c, [&](uint32_t i) -> Status {
    int32_t start = args > 2 ? In<int32_t>(c, 2, i) : 1;
    int32_t n = args > 3 ? In<int32_t>(c, 3, i) : 1;
    int32_t end_option = 0;
    size_t next = 4;
    if (kInstr && args > 4) end_option = In<int32_t>(c, next++, i);
    std::string_view flags = args > next ? In<std::string_view>(c, next, i) : std::string_view();
    int32_t subexpression = args > next + 1 ? In<int32_t>(c, next + 1, i) : 0;
    RETURN_IF_ERROR(CheckRegexpPositive("start", start));
    RETURN_IF_ERROR(CheckRegexpPositive("n", n));
    if (kInstr && end_option != 0 && end_option != 1) {
      return Status::Error(sqlstate::kInvalidParameterValue,
                           "invalid value for parameter \"endoption\": " + std::to_string(end_option));
    }
    if (subexpression < 0) {
      return Status::Error(sqlstate::kInvalidParameterValue,
                           "invalid value for parameter \"subexpr\": " + std::to_string(subexpression));
    }
    ASSIGN_OR_RETURN(const t::RegexPattern* p, cache.Get(In<std::string_view>(c, 1, i), flags, false));
    std::string_view text = In<std::string_view>(c, 0, i);
    size_t begin = 0, end = 0;
    bool found = p->Find(text, start, n, subexpression, &begin, &end);
    if constexpr (kInstr) {
      c.result->values<int32_t>()[i] = !found ? 0 : CharCount(text, end_option ? end : begin) + 1;
    } else {
      if (found) c.result->SetString(i, text.substr(begin, end - begin));
      else c.result->SetNull(i);
    }
    return Status::Ok();
  });
}

// similar_to_escape(pattern[, escape]); NULL escape gives NULL (strict).
Status SimilarToEscapeKernel(const KernelCall& c) {
  std::string buf;
  return EachRow(c, [&](uint32_t i) -> Status {
    buf.clear();
    std::optional<std::string_view> escape;
    if (c.inputs.size() > 1) escape = In<std::string_view>(c, 1, i);
    RETURN_IF_ERROR(t::SimilarToEscape(In<std::string_view>(c, 0, i), escape, &buf));
    c.result->SetString(i, buf);
    return Status::Ok();
  });
}

// ---- numeric
Status FactorialKernel(const KernelCall& c) {
  Numeric* r = c.result->values<Numeric>();
  return EachRow(c, [&](uint32_t i) -> Status {
    ASSIGN_OR_RETURN(r[i], t::NumericFactorial(In<int64_t>(c, 0, i)));
    return Status::Ok();
  });
}
template <Result<Numeric> (*F)(const Numeric&, const Numeric&)>
Status Numeric2Kernel(const KernelCall& c) {
  Numeric* r = c.result->values<Numeric>();
  return EachRow(c, [&](uint32_t i) -> Status {
    ASSIGN_OR_RETURN(r[i], F(In<Numeric>(c, 0, i), In<Numeric>(c, 1, i)));
    return Status::Ok();
  });
}
template <int32_t (*F)(const Numeric&)>
Status NumericScaleKernel(const KernelCall& c) {
  int32_t* r = c.result->values<int32_t>();
  return EachRow(c, [&](uint32_t i) -> Status {
    int32_t v = F(In<Numeric>(c, 0, i));
    if (v < 0) c.result->SetNull(i);  // NaN / infinity: NULL
    else r[i] = v;
    return Status::Ok();
  });
}
Status TrimScaleKernel(const KernelCall& c) {
  Numeric* r = c.result->values<Numeric>();
  return EachRow(c, [&](uint32_t i) -> Status {
    r[i] = t::NumericTrimScale(In<Numeric>(c, 0, i));
    return Status::Ok();
  });
}
Status SetseedKernel(const KernelCall& c) {
  return EachRow(c, [&](uint32_t i) -> Status {
    RETURN_IF_ERROR(t::ThreadSessionRandom().SetSeed(In<double>(c, 0, i)));
    c.result->SetValid(i);
    return Status::Ok();
  });
}
// num_nulls / num_nonnulls(VARIADIC "any"): not strict.
template <bool kNulls>
Status CountNullsKernel(const KernelCall& c) {
  int32_t* r = c.result->values<int32_t>();
  return EachRow(c, [&](uint32_t i) -> Status {
    int32_t n = 0;
    for (const Vector* v : c.inputs) n += v->IsNull(i) == kNulls ? 1 : 0;
    r[i] = n;
    c.result->SetValid(i);
    return Status::Ok();
  });
}

void Reg(FunctionRegistry& r, const char* name, std::initializer_list<uint32_t> args, uint32_t ret, ScalarKernel k,
         bool is_operator = false, bool strict = true, Volatility volatility = Volatility::kImmutable,
         bool variadic = false) {
  ScalarFunction f;
  f.name = name;
  for (uint32_t a : args) f.arg_types.push_back(SqlType::Of(a));
  f.return_type = SqlType::Of(ret);
  f.kernel = k;
  f.is_operator = is_operator;
  f.strict = strict;
  f.volatility = volatility;
  f.variadic = variadic;
  r.Register(std::move(f));
}

}  // namespace

void RegisterMoreBuiltins(FunctionRegistry& r) {
  constexpr uint32_t kText = t::kTextOid, kBytea = t::kByteaOid, kInt4 = t::kInt4Oid, kInt8 = t::kInt8Oid,
                     kF8 = t::kFloat8Oid, kNum = t::kNumericOid, kBool = t::kBoolOid;
  // Strings.
  Reg(r, "translate", {kText, kText, kText}, kText, TranslateKernel);
  Reg(r, "overlay", {kText, kText, kInt4, kInt4}, kText, OverlayKernel<false>);
  Reg(r, "overlay", {kText, kText, kInt4}, kText, OverlayKernel<false>);
  Reg(r, "overlay", {kBytea, kBytea, kInt4, kInt4}, kBytea, OverlayKernel<true>);
  Reg(r, "overlay", {kBytea, kBytea, kInt4}, kBytea, OverlayKernel<true>);
  Reg(r, "quote_ident", {kText}, kText, Str1<t::QuoteIdent>);
  Reg(r, "quote_literal", {kText}, kText, Str1<t::QuoteLiteral>);
  Reg(r, "quote_nullable", {kText}, kText, QuoteNullableKernel, false, false);
  Reg(r, "encode", {kBytea, kText}, kText, Str2Checked<t::Encode>);
  Reg(r, "decode", {kText, kText}, kBytea, Str2Checked<t::Decode>);
  Reg(r, "sha224", {kBytea}, kBytea, Str1<t::Sha224>);
  Reg(r, "sha256", {kBytea}, kBytea, Str1<t::Sha256>);
  Reg(r, "sha384", {kBytea}, kBytea, Str1<t::Sha384>);
  Reg(r, "sha512", {kBytea}, kBytea, Str1<t::Sha512>);
  Reg(r, "bit_length", {kText}, kInt4, BitLengthKernel);
  Reg(r, "bit_length", {kBytea}, kInt4, BitLengthKernel);
  // octet_length(character) counts the padding.
  Reg(r, "octet_length", {t::kBpcharOid}, kInt4, OctetLengthKernel);
  Reg(r, "to_number", {kText, kText}, kNum, ToNumberKernel, false, true, Volatility::kStable);
  // Regular expressions.
  Reg(r, "~", {kText, kText}, kBool, RegexMatchKernel<false, false>, true);
  Reg(r, "!~", {kText, kText}, kBool, RegexMatchKernel<false, true>, true);
  Reg(r, "~*", {kText, kText}, kBool, RegexMatchKernel<true, false>, true);
  Reg(r, "!~*", {kText, kText}, kBool, RegexMatchKernel<true, true>, true);
  Reg(r, "similar_to_escape", {kText}, kText, SimilarToEscapeKernel);
  Reg(r, "similar_to_escape", {kText, kText}, kText, SimilarToEscapeKernel);
  Reg(r, "regexp_like", {kText, kText}, kBool, RegexpLikeKernel);
  Reg(r, "regexp_like", {kText, kText, kText}, kBool, RegexpLikeKernel);
  Reg(r, "regexp_replace", {kText, kText, kText}, kText, RegexpReplaceKernel);
  Reg(r, "regexp_replace", {kText, kText, kText, kText}, kText, RegexpReplaceKernel);
  Reg(r, "regexp_substr", {kText, kText}, kText, RegexpFindKernel<false>);
  Reg(r, "regexp_substr", {kText, kText, kInt4}, kText, RegexpFindKernel<false>);
  Reg(r, "regexp_substr", {kText, kText, kInt4, kInt4}, kText, RegexpFindKernel<false>);
  Reg(r, "regexp_substr", {kText, kText, kInt4, kInt4, kText}, kText, RegexpFindKernel<false>);
  Reg(r, "regexp_substr", {kText, kText, kInt4, kInt4, kText, kInt4}, kText, RegexpFindKernel<false>);
  Reg(r, "regexp_instr", {kText, kText}, kInt4, RegexpFindKernel<true>);
  Reg(r, "regexp_instr", {kText, kText, kInt4}, kInt4, RegexpFindKernel<true>);
  Reg(r, "regexp_instr", {kText, kText, kInt4, kInt4}, kInt4, RegexpFindKernel<true>);
  Reg(r, "regexp_instr", {kText, kText, kInt4, kInt4, kInt4}, kInt4, RegexpFindKernel<true>);
  Reg(r, "regexp_instr", {kText, kText, kInt4, kInt4, kInt4, kText}, kInt4, RegexpFindKernel<true>);
  Reg(r, "regexp_instr", {kText, kText, kInt4, kInt4, kInt4, kText, kInt4}, kInt4, RegexpFindKernel<true>);
  Reg(r, "regexp_count", {kText, kText}, kInt4, RegexpCountKernel);
  Reg(r, "regexp_count", {kText, kText, kInt4}, kInt4, RegexpCountKernel);
  Reg(r, "regexp_count", {kText, kText, kInt4, kText}, kInt4, RegexpCountKernel);
  // Math.
  Reg(r, "||/", {kF8}, kF8, Float1<t::Float8Cbrt>, true);
  Reg(r, "@", {t::kInt2Oid}, t::kInt2Oid, IntAbs<int16_t, t::Int2Abs>, true);
  Reg(r, "@", {kInt4}, kInt4, IntAbs<int32_t, t::Int4Abs>, true);
  Reg(r, "@", {kInt8}, kInt8, IntAbs<int64_t, t::Int8Abs>, true);
  Reg(r, "sin", {kF8}, kF8, Float1<t::Float8Sin>);
  Reg(r, "cos", {kF8}, kF8, Float1<t::Float8Cos>);
  Reg(r, "tan", {kF8}, kF8, Float1<t::Float8Tan>);
  Reg(r, "cot", {kF8}, kF8, Float1<t::Float8Cot>);
  Reg(r, "asin", {kF8}, kF8, Float1<t::Float8Asin>);
  Reg(r, "acos", {kF8}, kF8, Float1<t::Float8Acos>);
  Reg(r, "atan", {kF8}, kF8, Float1<t::Float8Atan>);
  Reg(r, "atan2", {kF8, kF8}, kF8, Float2<t::Float8Atan2>);
  Reg(r, "sind", {kF8}, kF8, Float1<t::Float8Sind>);
  Reg(r, "cosd", {kF8}, kF8, Float1<t::Float8Cosd>);
  Reg(r, "tand", {kF8}, kF8, Float1<t::Float8Tand>);
  Reg(r, "cotd", {kF8}, kF8, Float1<t::Float8Cotd>);
  Reg(r, "asind", {kF8}, kF8, Float1<t::Float8Asind>);
  Reg(r, "acosd", {kF8}, kF8, Float1<t::Float8Acosd>);
  Reg(r, "atand", {kF8}, kF8, Float1<t::Float8Atand>);
  Reg(r, "atan2d", {kF8, kF8}, kF8, Float2<t::Float8Atan2d>);
  Reg(r, "factorial", {kInt8}, kNum, FactorialKernel);
  Reg(r, "gcd", {kNum, kNum}, kNum, Numeric2Kernel<t::NumericGcd>);
  Reg(r, "lcm", {kNum, kNum}, kNum, Numeric2Kernel<t::NumericLcm>);
  Reg(r, "scale", {kNum}, kInt4, NumericScaleKernel<t::NumericScale>);
  Reg(r, "min_scale", {kNum}, kInt4, NumericScaleKernel<t::NumericMinScale>);
  Reg(r, "trim_scale", {kNum}, kNum, TrimScaleKernel);
  Reg(r, "setseed", {kF8}, t::kVoidOid, SetseedKernel, false, true, Volatility::kVolatile);
  Reg(r, "num_nulls", {kAnyOid}, kInt4, CountNullsKernel<true>, false, false, Volatility::kImmutable, true);
  Reg(r, "num_nonnulls", {kAnyOid}, kInt4, CountNullsKernel<false>, false, false, Volatility::kImmutable, true);
}

}  // namespace augur::exec::internal
