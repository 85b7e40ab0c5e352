// Built-in operators and scalar functions: vectorized kernels over typed
// arrays, registered into the FunctionRegistry. Arithmetic and comparisons
// are implemented here; string and math functions wrap the scalar kernels
// of types/func_string.h and types/func_math.h (helper FUNCS), numeric
// arithmetic wraps types/numeric.h.
#include <cmath>
#include <limits>

#include "exec/array_internal.h"
#include "exec/kernels.h"
#include "types/datetime.h"
#include "types/func_math.h"
#include "types/func_string.h"
#include "types/numeric.h"

namespace augur::exec::internal {

using types::Interval;
using types::Numeric;
using types::SqlType;
namespace t = types;

Status IntegerOutOfRange(const SqlType& type) {
  const char* msg = "integer out of range";
  if (type.oid == t::kInt2Oid) msg = "smallint out of range";
  if (type.oid == t::kInt8Oid) msg = "bigint out of range";
  return Status::Error(sqlstate::kNumericValueOutOfRange, msg);
}
Status DivisionByZero() { return Status::Error(sqlstate::kDivisionByZero, "division by zero"); }

namespace {

Status FloatOverflow() { return Status::Error(sqlstate::kNumericValueOutOfRange, "value out of range: overflow"); }
Status FloatUnderflow() { return Status::Error(sqlstate::kNumericValueOutOfRange, "value out of range: underflow"); }

// Iterates the rows of a kernel call.
template <typename F>
inline Status ForRows(const KernelCall& c, F&& f) {
  if (c.sel) {
    for (uint32_t i = 0; i < c.count; i++) RETURN_IF_ERROR(f(c.sel[i]));
  } else {
    for (uint32_t i = 0; i < c.count; i++) RETURN_IF_ERROR(f(i));
  }
  return Status::Ok();
}
// Same for infallible bodies (lets the compiler vectorize the dense case).
template <typename F>
inline void ForRowsNoFail(const KernelCall& c, F&& f) {
  if (c.sel) {
    for (uint32_t i = 0; i < c.count; i++) f(c.sel[i]);
  } else {
    for (uint32_t i = 0; i < c.count; i++) f(i);
  }
}

// ---- Integer arithmetic (checked) ----

enum class ArithOp { kAdd, kSub, kMul, kDiv, kMod };

template <typename T, ArithOp kOp>
Status IntArith(const KernelCall& c) {
  const T* a = c.inputs[0]->values<T>();
  const T* b = c.inputs[1]->values<T>();
  T* r = c.result->values<T>();
  const SqlType type = c.result->type();
  if constexpr (kOp == ArithOp::kAdd || kOp == ArithOp::kSub || kOp == ArithOp::kMul) {
    bool overflow = false;
    ForRowsNoFail(c, [&](uint32_t i) {
      T out;
      bool o;
      if constexpr (kOp == ArithOp::kAdd) o = __builtin_add_overflow(a[i], b[i], &out);
      else if constexpr (kOp == ArithOp::kSub) o = __builtin_sub_overflow(a[i], b[i], &out);
      else o = __builtin_mul_overflow(a[i], b[i], &out);
      r[i] = out;
      overflow |= o;
    });
    if (overflow) return IntegerOutOfRange(type);
    return Status::Ok();
  } else {
    return ForRows(c, [&](uint32_t i) -> Status {
      if (b[i] == 0) return DivisionByZero();
      if (b[i] == -1) {
        // Avoid INT_MIN / -1 trap: PostgreSQL reports overflow for division,
        // and 0 for modulo.
        if constexpr (kOp == ArithOp::kDiv) {
          if (a[i] == std::numeric_limits<T>::min()) return IntegerOutOfRange(type);
          r[i] = static_cast<T>(-a[i]);
        } else {
          r[i] = 0;
        }
        return Status::Ok();
      }
      if constexpr (kOp == ArithOp::kDiv) r[i] = static_cast<T>(a[i] / b[i]);
      else r[i] = static_cast<T>(a[i] % b[i]);
      return Status::Ok();
    });
  }
}

enum class BitOp { kAnd, kOr, kXor, kShl, kShr };

template <typename T, BitOp kOp>
Status IntBitwise(const KernelCall& c) {
  const T* a = c.inputs[0]->values<T>();
  T* r = c.result->values<T>();
  if constexpr (kOp == BitOp::kShl || kOp == BitOp::kShr) {
    // Shift count is int4; PostgreSQL shifts as C does on the promoted type.
    const int32_t* b = c.inputs[1]->values<int32_t>();
    ForRowsNoFail(c, [&](uint32_t i) {
      using U = std::make_unsigned_t<T>;
      int32_t n = b[i] & (sizeof(T) * 8 - 1);
      if constexpr (kOp == BitOp::kShl) r[i] = static_cast<T>(static_cast<U>(a[i]) << n);
      else r[i] = static_cast<T>(a[i] >> n);
    });
  } else {
    const T* b = c.inputs[1]->values<T>();
    ForRowsNoFail(c, [&](uint32_t i) {
      if constexpr (kOp == BitOp::kAnd) r[i] = static_cast<T>(a[i] & b[i]);
      else if constexpr (kOp == BitOp::kOr) r[i] = static_cast<T>(a[i] | b[i]);
      else r[i] = static_cast<T>(a[i] ^ b[i]);
    });
  }
  return Status::Ok();
}

template <typename T>
Status IntBitNot(const KernelCall& c) {
  const T* a = c.inputs[0]->values<T>();
  T* r = c.result->values<T>();
  ForRowsNoFail(c, [&](uint32_t i) { r[i] = static_cast<T>(~a[i]); });
  return Status::Ok();
}

template <typename T>
Status IntNegate(const KernelCall& c) {
  const T* a = c.inputs[0]->values<T>();
  T* r = c.result->values<T>();
  return ForRows(c, [&](uint32_t i) -> Status {
    if (a[i] == std::numeric_limits<T>::min()) return IntegerOutOfRange(c.result->type());
    r[i] = static_cast<T>(-a[i]);
    return Status::Ok();
  });
}

template <typename T>
Status Identity(const KernelCall& c) {
  const T* a = c.inputs[0]->values<T>();
  T* r = c.result->values<T>();
  ForRowsNoFail(c, [&](uint32_t i) { r[i] = a[i]; });
  return Status::Ok();
}

// ---- Float arithmetic (PostgreSQL checks overflow/underflow) ----

template <typename A, typename B, typename R, ArithOp kOp>
Status FloatArith(const KernelCall& c) {
  const A* a = c.inputs[0]->values<A>();
  const B* b = c.inputs[1]->values<B>();
  R* r = c.result->values<R>();
  return ForRows(c, [&](uint32_t i) -> Status {
    R x = static_cast<R>(a[i]), y = static_cast<R>(b[i]);
    R out;
    if constexpr (kOp == ArithOp::kAdd) out = x + y;
    else if constexpr (kOp == ArithOp::kSub) out = x - y;
    else if constexpr (kOp == ArithOp::kMul) out = x * y;
    else {
      if (y == 0) return DivisionByZero();
      out = x / y;
    }
    if (std::isinf(out) && !std::isinf(x) && !std::isinf(y)) return FloatOverflow();
    if constexpr (kOp == ArithOp::kMul) {
      if (out == 0 && x != 0 && y != 0) return FloatUnderflow();
    }
    if constexpr (kOp == ArithOp::kDiv) {
      if (out == 0 && x != 0 && !std::isinf(y)) return FloatUnderflow();
    }
    r[i] = out;
    return Status::Ok();
  });
}

template <typename T>
Status FloatNegate(const KernelCall& c) {
  const T* a = c.inputs[0]->values<T>();
  T* r = c.result->values<T>();
  ForRowsNoFail(c, [&](uint32_t i) { r[i] = -a[i]; });
  return Status::Ok();
}

// ---- Numeric ----

template <Result<Numeric> (*F)(const Numeric&, const Numeric&)>
Status NumericBinary(const KernelCall& c) {
  const Numeric* a = c.inputs[0]->values<Numeric>();
  const Numeric* b = c.inputs[1]->values<Numeric>();
  Numeric* r = c.result->values<Numeric>();
  return ForRows(c, [&](uint32_t i) -> Status {
    ASSIGN_OR_RETURN(r[i], F(a[i], b[i]));
    return Status::Ok();
  });
}

Status NumericNegateKernel(const KernelCall& c) {
  const Numeric* a = c.inputs[0]->values<Numeric>();
  Numeric* r = c.result->values<Numeric>();
  ForRowsNoFail(c, [&](uint32_t i) { r[i] = t::NumericNegate(a[i]); });
  return Status::Ok();
}

// ---- Comparisons ----

enum class CmpOp { kEq, kNe, kLt, kLe, kGt, kGe };

template <CmpOp kOp>
inline bool ApplyCmp(int c) {
  if constexpr (kOp == CmpOp::kEq) return c == 0;
  else if constexpr (kOp == CmpOp::kNe) return c != 0;
  else if constexpr (kOp == CmpOp::kLt) return c < 0;
  else if constexpr (kOp == CmpOp::kLe) return c <= 0;
  else if constexpr (kOp == CmpOp::kGt) return c > 0;
  else return c >= 0;
}

template <typename T, bool kBpchar, CmpOp kOp>
Status CompareKernel(const KernelCall& c) {
  const T* a = c.inputs[0]->values<T>();
  const T* b = c.inputs[1]->values<T>();
  bool* r = c.result->values<bool>();
  if constexpr (std::is_integral_v<T>) {
    ForRowsNoFail(c, [&](uint32_t i) {
      if constexpr (kOp == CmpOp::kEq) r[i] = a[i] == b[i];
      else if constexpr (kOp == CmpOp::kNe) r[i] = a[i] != b[i];
      else if constexpr (kOp == CmpOp::kLt) r[i] = a[i] < b[i];
      else if constexpr (kOp == CmpOp::kLe) r[i] = a[i] <= b[i];
      else if constexpr (kOp == CmpOp::kGt) r[i] = a[i] > b[i];
      else r[i] = a[i] >= b[i];
    });
  } else {
    ForRowsNoFail(c, [&](uint32_t i) { r[i] = ApplyCmp<kOp>(ValueOps<T, kBpchar>::Compare(a[i], b[i])); });
  }
  return Status::Ok();
}

// float4 op float8 (and reverse): compare as double.
template <typename A, typename B, CmpOp kOp>
Status MixedFloatCompare(const KernelCall& c) {
  const A* a = c.inputs[0]->values<A>();
  const B* b = c.inputs[1]->values<B>();
  bool* r = c.result->values<bool>();
  ForRowsNoFail(c, [&](uint32_t i) { r[i] = ApplyCmp<kOp>(CompareFloat(a[i], b[i])); });
  return Status::Ok();
}

}  // namespace

namespace {

// ---- Strings ----

Status TextConcatKernel(const KernelCall& c) {
  const auto* a = c.inputs[0]->values<std::string_view>();
  const auto* b = c.inputs[1]->values<std::string_view>();
  auto* r = c.result->values<std::string_view>();
  StringHeap& heap = c.result->heap();
  ForRowsNoFail(c, [&](uint32_t i) {
    char* p = heap.Allocate(a[i].size() + b[i].size());
    if (!a[i].empty()) std::memcpy(p, a[i].data(), a[i].size());
    if (!b[i].empty()) std::memcpy(p + a[i].size(), b[i].data(), b[i].size());
    r[i] = std::string_view(p, a[i].size() + b[i].size());
  });
  return Status::Ok();
}

// Reads argument k of row i as the C++ type F expects.
template <typename T>
inline T Arg(const KernelCall& c, size_t k, uint32_t i) {
  return c.inputs[k]->values<T>()[i];
}

// Adapters from FUNCS' scalar signatures to kernels.
template <void (*F)(std::string_view, std::string*)>
Status StrToStr(const KernelCall& c) {
  std::string buf;
  ForRowsNoFail(c, [&](uint32_t i) {
    buf.clear();
    F(Arg<std::string_view>(c, 0, i), &buf);
    c.result->SetString(i, buf);
  });
  return Status::Ok();
}
template <typename R, R (*F)(std::string_view)>
Status StrToScalar(const KernelCall& c) {
  R* r = c.result->values<R>();
  ForRowsNoFail(c, [&](uint32_t i) { r[i] = F(Arg<std::string_view>(c, 0, i)); });
  return Status::Ok();
}
template <typename R, R (*F)(std::string_view, std::string_view)>
Status StrStrToScalar(const KernelCall& c) {
  R* r = c.result->values<R>();
  ForRowsNoFail(c, [&](uint32_t i) { r[i] = F(Arg<std::string_view>(c, 0, i), Arg<std::string_view>(c, 1, i)); });
  return Status::Ok();
}
template <void (*F)(std::string_view, std::string_view, std::string*)>
Status StrStrToStr(const KernelCall& c) {
  std::string buf;
  ForRowsNoFail(c, [&](uint32_t i) {
    buf.clear();
    F(Arg<std::string_view>(c, 0, i), Arg<std::string_view>(c, 1, i), &buf);
    c.result->SetString(i, buf);
  });
  return Status::Ok();
}
// f(s) with a default second string argument.
template <void (*F)(std::string_view, std::string_view, std::string*), const std::string_view* kDefault>
Status StrDefaultToStr(const KernelCall& c) {
  std::string buf;
  ForRowsNoFail(c, [&](uint32_t i) {
    buf.clear();
    F(Arg<std::string_view>(c, 0, i), *kDefault, &buf);
    c.result->SetString(i, buf);
  });
  return Status::Ok();
}
template <void (*F)(std::string_view, std::string_view, std::string_view, std::string*)>
Status Str3ToStr(const KernelCall& c) {
  std::string buf;
  ForRowsNoFail(c, [&](uint32_t i) {
    buf.clear();
    F(Arg<std::string_view>(c, 0, i), Arg<std::string_view>(c, 1, i), Arg<std::string_view>(c, 2, i), &buf);
    c.result->SetString(i, buf);
  });
  return Status::Ok();
}
template <void (*F)(std::string_view, int32_t, std::string*)>
Status StrIntToStr(const KernelCall& c) {
  std::string buf;
  ForRowsNoFail(c, [&](uint32_t i) {
    buf.clear();
    F(Arg<std::string_view>(c, 0, i), Arg<int32_t>(c, 1, i), &buf);
    c.result->SetString(i, buf);
  });
  return Status::Ok();
}
template <Status (*F)(std::string_view, int32_t, std::string*)>
Status StrIntToStrChecked(const KernelCall& c) {
  std::string buf;
  return ForRows(c, [&](uint32_t i) -> Status {
    buf.clear();
    RETURN_IF_ERROR(F(Arg<std::string_view>(c, 0, i), Arg<int32_t>(c, 1, i), &buf));
    c.result->SetString(i, buf);
    return Status::Ok();
  });
}
Status Substring3(const KernelCall& c) {
  std::string buf;
  return ForRows(c, [&](uint32_t i) -> Status {
    buf.clear();
    RETURN_IF_ERROR(t::Substring(Arg<std::string_view>(c, 0, i), Arg<int32_t>(c, 1, i), Arg<int32_t>(c, 2, i), &buf));
    c.result->SetString(i, buf);
    return Status::Ok();
  });
}
Status Substring2(const KernelCall& c) {
  std::string buf;
  ForRowsNoFail(c, [&](uint32_t i) {
    buf.clear();
    t::Substring(Arg<std::string_view>(c, 0, i), Arg<int32_t>(c, 1, i), &buf);
    c.result->SetString(i, buf);
  });
  return Status::Ok();
}
template <Status (*F)(std::string_view, int32_t, std::string_view, std::string*)>
Status PadKernel(const KernelCall& c) {
  std::string buf;
  bool has_fill = c.inputs.size() > 2;
  return ForRows(c, [&](uint32_t i) -> Status {
    buf.clear();
    std::string_view fill = has_fill ? Arg<std::string_view>(c, 2, i) : t::kDefaultPadFill;
    RETURN_IF_ERROR(F(Arg<std::string_view>(c, 0, i), Arg<int32_t>(c, 1, i), fill, &buf));
    c.result->SetString(i, buf);
    return Status::Ok();
  });
}
Status SplitPartKernel(const KernelCall& c) {
  std::string buf;
  return ForRows(c, [&](uint32_t i) -> Status {
    buf.clear();
    RETURN_IF_ERROR(t::SplitPart(Arg<std::string_view>(c, 0, i), Arg<std::string_view>(c, 1, i),
                                 Arg<int32_t>(c, 2, i), &buf));
    c.result->SetString(i, buf);
    return Status::Ok();
  });
}
// concat / concat_ws are not strict: NULL arguments are skipped.
template <bool kWs>
Status ConcatKernel(const KernelCall& c) {
  std::string buf;
  std::vector<std::optional<std::string_view>> args;
  std::string text;
  return ForRows(c, [&](uint32_t i) -> Status {
    args.clear();
    size_t first = kWs ? 1 : 0;
    if (kWs && c.inputs[0]->IsNull(i)) {
      c.result->SetNull(i);
      return Status::Ok();
    }
    for (size_t k = first; k < c.inputs.size(); k++) {
      const Vector& v = *c.inputs[k];
      if (v.IsNull(i)) {
        args.push_back(std::nullopt);
      } else if (v.physical() == types::PhysicalKind::kBytes && v.type().oid != t::kByteaOid) {
        args.push_back(v.values<std::string_view>()[i]);
      } else {
        // Non-text argument: its text output, kept alive in the result heap.
        text.clear();
        RETURN_IF_ERROR(AppendText(v, i, text));
        args.push_back(c.result->heap().Add(text));
      }
    }
    buf.clear();
    if (kWs) t::ConcatWs(Arg<std::string_view>(c, 0, i), args, &buf);
    else t::Concat(args, &buf);
    c.result->SetString(i, buf);
    return Status::Ok();
  });
}
Status RepeatKernel(const KernelCall& c) { return StrIntToStrChecked<t::Repeat>(c); }
template <typename T>
Status ToHexKernel(const KernelCall& c) {
  std::string buf;
  ForRowsNoFail(c, [&](uint32_t i) {
    buf.clear();
    t::ToHex(Arg<T>(c, 0, i), &buf);
    c.result->SetString(i, buf);
  });
  return Status::Ok();
}
Status ChrKernel(const KernelCall& c) {
  std::string buf;
  return ForRows(c, [&](uint32_t i) -> Status {
    buf.clear();
    RETURN_IF_ERROR(t::Chr(Arg<int32_t>(c, 0, i), &buf));
    c.result->SetString(i, buf);
    return Status::Ok();
  });
}
bool StartsWithFn(std::string_view a, std::string_view b) { return t::StartsWith(a, b); }
int32_t OctetLengthFn(std::string_view s) { return t::OctetLength(s); }

// ---- Math ----

template <typename T, T (*F)(T)>
Status UnaryPure(const KernelCall& c) {
  const T* a = c.inputs[0]->values<T>();
  T* r = c.result->values<T>();
  ForRowsNoFail(c, [&](uint32_t i) { r[i] = F(a[i]); });
  return Status::Ok();
}
template <typename T, Result<T> (*F)(T)>
Status UnaryChecked(const KernelCall& c) {
  const T* a = c.inputs[0]->values<T>();
  T* r = c.result->values<T>();
  return ForRows(c, [&](uint32_t i) -> Status {
    ASSIGN_OR_RETURN(r[i], F(a[i]));
    return Status::Ok();
  });
}
template <typename T, Result<T> (*F)(T, T)>
Status BinaryChecked(const KernelCall& c) {
  const T* a = c.inputs[0]->values<T>();
  const T* b = c.inputs[1]->values<T>();
  T* r = c.result->values<T>();
  return ForRows(c, [&](uint32_t i) -> Status {
    ASSIGN_OR_RETURN(r[i], F(a[i], b[i]));
    return Status::Ok();
  });
}
template <Result<Numeric> (*F)(const Numeric&)>
Status NumericUnaryChecked(const KernelCall& c) {
  const Numeric* a = c.inputs[0]->values<Numeric>();
  Numeric* r = c.result->values<Numeric>();
  return ForRows(c, [&](uint32_t i) -> Status {
    ASSIGN_OR_RETURN(r[i], F(a[i]));
    return Status::Ok();
  });
}
template <Numeric (*F)(const Numeric&)>
Status NumericUnaryPure(const KernelCall& c) {
  const Numeric* a = c.inputs[0]->values<Numeric>();
  Numeric* r = c.result->values<Numeric>();
  ForRowsNoFail(c, [&](uint32_t i) { r[i] = F(a[i]); });
  return Status::Ok();
}
template <Result<Numeric> (*F)(const Numeric&, int32_t)>
Status NumericIntChecked(const KernelCall& c) {
  const Numeric* a = c.inputs[0]->values<Numeric>();
  const int32_t* b = c.inputs[1]->values<int32_t>();
  Numeric* r = c.result->values<Numeric>();
  return ForRows(c, [&](uint32_t i) -> Status {
    ASSIGN_OR_RETURN(r[i], F(a[i], b[i]));
    return Status::Ok();
  });
}
Result<Numeric> NumericRound0(const Numeric& a) { return t::NumericRound(a, 0); }
Result<Numeric> NumericTrunc0(const Numeric& a) { return t::NumericTrunc(a, 0); }
Status PiKernel(const KernelCall& c) {
  double* r = c.result->values<double>();
  ForRowsNoFail(c, [&](uint32_t i) { r[i] = t::Pi(); });
  return Status::Ok();
}
Status RandomKernel(const KernelCall& c) {
  t::SessionRandom& random = t::ThreadSessionRandom();  // setseed() seeds the same one
  double* r = c.result->values<double>();
  ForRowsNoFail(c, [&](uint32_t i) { r[i] = random.Next(); });
  return Status::Ok();
}
Status WidthBucketKernel(const KernelCall& c) {
  int32_t* r = c.result->values<int32_t>();
  return ForRows(c, [&](uint32_t i) -> Status {
    ASSIGN_OR_RETURN(r[i], t::Float8WidthBucket(Arg<double>(c, 0, i), Arg<double>(c, 1, i), Arg<double>(c, 2, i),
                                                Arg<int32_t>(c, 3, i)));
    return Status::Ok();
  });
}
Result<double> Float8Power2(double a, double b) { return t::Float8Power(a, b); }

// ---- Registration ----

struct Registrar {
  FunctionRegistry& registry;

  void Op(const char* name, std::initializer_list<uint32_t> args, uint32_t ret, ScalarKernel kernel) {
    ScalarFunction f;
    f.name = name;
    for (uint32_t a : args) f.arg_types.push_back(SqlType::Of(a));
    f.return_type = SqlType::Of(ret);
    f.kernel = kernel;
    f.is_operator = true;
    registry.Register(std::move(f));
  }
  void Fn(const char* name, std::initializer_list<uint32_t> args, uint32_t ret, ScalarKernel kernel,
          bool strict = true, Volatility volatility = Volatility::kImmutable, bool variadic = false) {
    ScalarFunction f;
    f.name = name;
    for (uint32_t a : args) f.arg_types.push_back(SqlType::Of(a));
    f.return_type = SqlType::Of(ret);
    f.kernel = kernel;
    f.strict = strict;
    f.volatility = volatility;
    f.variadic = variadic;
    registry.Register(std::move(f));
  }

  template <typename T, bool kBpchar = false>
  void Comparisons(uint32_t oid) {
    Op("=", {oid, oid}, t::kBoolOid, CompareKernel<T, kBpchar, CmpOp::kEq>);
    Op("<>", {oid, oid}, t::kBoolOid, CompareKernel<T, kBpchar, CmpOp::kNe>);
    Op("<", {oid, oid}, t::kBoolOid, CompareKernel<T, kBpchar, CmpOp::kLt>);
    Op("<=", {oid, oid}, t::kBoolOid, CompareKernel<T, kBpchar, CmpOp::kLe>);
    Op(">", {oid, oid}, t::kBoolOid, CompareKernel<T, kBpchar, CmpOp::kGt>);
    Op(">=", {oid, oid}, t::kBoolOid, CompareKernel<T, kBpchar, CmpOp::kGe>);
  }
  template <typename A, typename B>
  void MixedFloatComparisons(uint32_t a, uint32_t b) {
    Op("=", {a, b}, t::kBoolOid, MixedFloatCompare<A, B, CmpOp::kEq>);
    Op("<>", {a, b}, t::kBoolOid, MixedFloatCompare<A, B, CmpOp::kNe>);
    Op("<", {a, b}, t::kBoolOid, MixedFloatCompare<A, B, CmpOp::kLt>);
    Op("<=", {a, b}, t::kBoolOid, MixedFloatCompare<A, B, CmpOp::kLe>);
    Op(">", {a, b}, t::kBoolOid, MixedFloatCompare<A, B, CmpOp::kGt>);
    Op(">=", {a, b}, t::kBoolOid, MixedFloatCompare<A, B, CmpOp::kGe>);
  }
  template <typename T>
  void IntegerOps(uint32_t oid) {
    Op("+", {oid, oid}, oid, IntArith<T, ArithOp::kAdd>);
    Op("-", {oid, oid}, oid, IntArith<T, ArithOp::kSub>);
    Op("*", {oid, oid}, oid, IntArith<T, ArithOp::kMul>);
    Op("/", {oid, oid}, oid, IntArith<T, ArithOp::kDiv>);
    Op("%", {oid, oid}, oid, IntArith<T, ArithOp::kMod>);
    Op("-", {oid}, oid, IntNegate<T>);
    Op("+", {oid}, oid, Identity<T>);
    Op("&", {oid, oid}, oid, IntBitwise<T, BitOp::kAnd>);
    Op("|", {oid, oid}, oid, IntBitwise<T, BitOp::kOr>);
    Op("#", {oid, oid}, oid, IntBitwise<T, BitOp::kXor>);
    Op("<<", {oid, t::kInt4Oid}, oid, IntBitwise<T, BitOp::kShl>);
    Op(">>", {oid, t::kInt4Oid}, oid, IntBitwise<T, BitOp::kShr>);
    Op("~", {oid}, oid, IntBitNot<T>);
    Comparisons<T>(oid);
  }
  template <typename A, typename B, typename R>
  void FloatOps(uint32_t a, uint32_t b, uint32_t r) {
    Op("+", {a, b}, r, FloatArith<A, B, R, ArithOp::kAdd>);
    Op("-", {a, b}, r, FloatArith<A, B, R, ArithOp::kSub>);
    Op("*", {a, b}, r, FloatArith<A, B, R, ArithOp::kMul>);
    Op("/", {a, b}, r, FloatArith<A, B, R, ArithOp::kDiv>);
  }
};

}  // namespace

void RegisterBuiltins(FunctionRegistry& registry) {
  Registrar r{registry};
  // Integers.
  r.IntegerOps<int16_t>(t::kInt2Oid);
  r.IntegerOps<int32_t>(t::kInt4Oid);
  r.IntegerOps<int64_t>(t::kInt8Oid);
  // Floats (and float4/float8 mixes, which yield float8 like PostgreSQL's float48pl).
  r.FloatOps<float, float, float>(t::kFloat4Oid, t::kFloat4Oid, t::kFloat4Oid);
  r.FloatOps<double, double, double>(t::kFloat8Oid, t::kFloat8Oid, t::kFloat8Oid);
  r.FloatOps<float, double, double>(t::kFloat4Oid, t::kFloat8Oid, t::kFloat8Oid);
  r.FloatOps<double, float, double>(t::kFloat8Oid, t::kFloat4Oid, t::kFloat8Oid);
  r.Op("-", {t::kFloat4Oid}, t::kFloat4Oid, FloatNegate<float>);
  r.Op("-", {t::kFloat8Oid}, t::kFloat8Oid, FloatNegate<double>);
  r.Op("+", {t::kFloat4Oid}, t::kFloat4Oid, Identity<float>);
  r.Op("+", {t::kFloat8Oid}, t::kFloat8Oid, Identity<double>);
  r.Comparisons<float>(t::kFloat4Oid);
  r.Comparisons<double>(t::kFloat8Oid);
  r.MixedFloatComparisons<float, double>(t::kFloat4Oid, t::kFloat8Oid);
  r.MixedFloatComparisons<double, float>(t::kFloat8Oid, t::kFloat4Oid);
  // Numeric.
  r.Op("+", {t::kNumericOid, t::kNumericOid}, t::kNumericOid, NumericBinary<t::NumericAdd>);
  r.Op("-", {t::kNumericOid, t::kNumericOid}, t::kNumericOid, NumericBinary<t::NumericSub>);
  r.Op("*", {t::kNumericOid, t::kNumericOid}, t::kNumericOid, NumericBinary<t::NumericMul>);
  r.Op("/", {t::kNumericOid, t::kNumericOid}, t::kNumericOid, NumericBinary<t::NumericDiv>);
  r.Op("%", {t::kNumericOid, t::kNumericOid}, t::kNumericOid, NumericBinary<t::NumericMod>);
  r.Op("-", {t::kNumericOid}, t::kNumericOid, NumericNegateKernel);
  r.Op("+", {t::kNumericOid}, t::kNumericOid, Identity<Numeric>);
  r.Comparisons<Numeric>(t::kNumericOid);
  // Other comparable types.
  r.Comparisons<bool>(t::kBoolOid);
  r.Comparisons<char>(t::kCharOid);
  r.Comparisons<uint32_t>(t::kOidOid);
  r.Comparisons<std::string_view>(t::kTextOid);
  r.Comparisons<std::string_view>(t::kNameOid);
  r.Comparisons<std::string_view, true>(t::kBpcharOid);
  r.Comparisons<std::string_view>(t::kByteaOid);
  r.Comparisons<int32_t>(t::kDateOid);
  r.Comparisons<int64_t>(t::kTimeOid);
  r.Comparisons<int64_t>(t::kTimeTzOid);  // packed in PostgreSQL's timetz order
  r.Comparisons<int64_t>(t::kTimestampOid);
  r.Comparisons<int64_t>(t::kTimestampTzOid);
  r.Comparisons<Interval>(t::kIntervalOid);
  r.Comparisons<t::Uuid>(t::kUuidOid);
  // Concatenation.
  r.Op("||", {t::kTextOid, t::kTextOid}, t::kTextOid, TextConcatKernel);
  r.Op("||", {t::kByteaOid, t::kByteaOid}, t::kByteaOid, TextConcatKernel);
  RegisterDatetimeBuiltins(registry);
  RegisterMoreBuiltins(registry);
  RegisterSessionBuiltins(registry);
  RegisterCatalogBuiltins(registry);

  // String functions (FUNCS' kernels).
  constexpr uint32_t kText = t::kTextOid, kInt4 = t::kInt4Oid, kBool = t::kBoolOid;
  static constexpr std::string_view kSpace = t::kDefaultTrimCharacters;
  for (const char* name : {"length", "char_length", "character_length"}) {
    r.Fn(name, {kText}, kInt4, StrToScalar<int32_t, t::CharLength>);
  }
  r.Fn("length", {t::kByteaOid}, kInt4, StrToScalar<int32_t, OctetLengthFn>);
  r.Fn("octet_length", {kText}, kInt4, StrToScalar<int32_t, OctetLengthFn>);
  r.Fn("octet_length", {t::kByteaOid}, kInt4, StrToScalar<int32_t, OctetLengthFn>);
  r.Fn("lower", {kText}, kText, StrToStr<t::Lower>);
  r.Fn("upper", {kText}, kText, StrToStr<t::Upper>);
  r.Fn("initcap", {kText}, kText, StrToStr<t::Initcap>);
  for (const char* name : {"substring", "substr"}) {
    r.Fn(name, {kText, kInt4}, kText, Substring2);
    r.Fn(name, {kText, kInt4, kInt4}, kText, Substring3);
  }
  r.Fn("strpos", {kText, kText}, kInt4, StrStrToScalar<int32_t, t::Strpos>);
  // POSITION(needle IN haystack) arrives as position(haystack, needle).
  r.Fn("position", {kText, kText}, kInt4, StrStrToScalar<int32_t, t::Strpos>);
  r.Fn("btrim", {kText, kText}, kText, StrStrToStr<t::Btrim>);
  r.Fn("ltrim", {kText, kText}, kText, StrStrToStr<t::Ltrim>);
  r.Fn("rtrim", {kText, kText}, kText, StrStrToStr<t::Rtrim>);
  r.Fn("btrim", {kText}, kText, StrDefaultToStr<t::Btrim, &kSpace>);
  r.Fn("ltrim", {kText}, kText, StrDefaultToStr<t::Ltrim, &kSpace>);
  r.Fn("rtrim", {kText}, kText, StrDefaultToStr<t::Rtrim, &kSpace>);
  r.Fn("replace", {kText, kText, kText}, kText, Str3ToStr<t::Replace>);
  r.Fn("left", {kText, kInt4}, kText, StrIntToStr<t::Left>);
  r.Fn("right", {kText, kInt4}, kText, StrIntToStr<t::Right>);
  r.Fn("lpad", {kText, kInt4}, kText, PadKernel<t::Lpad>);
  r.Fn("lpad", {kText, kInt4, kText}, kText, PadKernel<t::Lpad>);
  r.Fn("rpad", {kText, kInt4}, kText, PadKernel<t::Rpad>);
  r.Fn("rpad", {kText, kInt4, kText}, kText, PadKernel<t::Rpad>);
  r.Fn("split_part", {kText, kText, kInt4}, kText, SplitPartKernel);
  r.Fn("repeat", {kText, kInt4}, kText, RepeatKernel);
  r.Fn("reverse", {kText}, kText, StrToStr<t::Reverse>);
  r.Fn("md5", {kText}, kText, StrToStr<t::Md5>);
  r.Fn("md5", {t::kByteaOid}, kText, StrToStr<t::Md5>);
  r.Fn("to_hex", {kInt4}, kText, ToHexKernel<int32_t>);
  r.Fn("to_hex", {t::kInt8Oid}, kText, ToHexKernel<int64_t>);
  r.Fn("ascii", {kText}, kInt4, StrToScalar<int32_t, t::Ascii>);
  r.Fn("chr", {kInt4}, kText, ChrKernel);
  r.Fn("starts_with", {kText, kText}, kBool, StrStrToScalar<bool, StartsWithFn>);
  r.Op("^@", {kText, kText}, kBool, StrStrToScalar<bool, StartsWithFn>);
  // concat("any"...): arguments of any type, formatted by the kernel.
  r.Fn("concat", {kAnyOid}, kText, ConcatKernel<false>, /*strict=*/false, Volatility::kStable, /*variadic=*/true);
  r.Fn("concat_ws", {kText, kAnyOid}, kText, ConcatKernel<true>, false, Volatility::kStable, true);

  // Math (FUNCS' kernels).
  constexpr uint32_t kF8 = t::kFloat8Oid, kNum = t::kNumericOid;
  r.Fn("abs", {t::kInt2Oid}, t::kInt2Oid, UnaryChecked<int16_t, t::Int2Abs>);
  r.Fn("abs", {kInt4}, kInt4, UnaryChecked<int32_t, t::Int4Abs>);
  r.Fn("abs", {t::kInt8Oid}, t::kInt8Oid, UnaryChecked<int64_t, t::Int8Abs>);
  r.Fn("abs", {kF8}, kF8, UnaryPure<double, t::Float8Abs>);
  r.Fn("abs", {kNum}, kNum, NumericUnaryPure<t::NumericAbs>);
  r.Fn("round", {kF8}, kF8, UnaryPure<double, t::Float8Round>);
  r.Fn("trunc", {kF8}, kF8, UnaryPure<double, t::Float8Trunc>);
  r.Fn("floor", {kF8}, kF8, UnaryPure<double, t::Float8Floor>);
  r.Fn("ceil", {kF8}, kF8, UnaryPure<double, t::Float8Ceil>);
  r.Fn("ceiling", {kF8}, kF8, UnaryPure<double, t::Float8Ceil>);
  r.Fn("sign", {kF8}, kF8, UnaryPure<double, t::Float8Sign>);
  r.Fn("round", {kNum}, kNum, NumericUnaryChecked<NumericRound0>);
  r.Fn("trunc", {kNum}, kNum, NumericUnaryChecked<NumericTrunc0>);
  r.Fn("round", {kNum, kInt4}, kNum, NumericIntChecked<t::NumericRound>);
  r.Fn("trunc", {kNum, kInt4}, kNum, NumericIntChecked<t::NumericTrunc>);
  r.Fn("floor", {kNum}, kNum, NumericUnaryChecked<t::NumericFloor>);
  r.Fn("ceil", {kNum}, kNum, NumericUnaryChecked<t::NumericCeil>);
  r.Fn("ceiling", {kNum}, kNum, NumericUnaryChecked<t::NumericCeil>);
  r.Fn("sign", {kNum}, kNum, NumericUnaryPure<t::NumericSign>);
  r.Fn("sqrt", {kF8}, kF8, UnaryChecked<double, t::Float8Sqrt>);
  r.Fn("cbrt", {kF8}, kF8, UnaryChecked<double, t::Float8Cbrt>);
  r.Fn("exp", {kF8}, kF8, UnaryChecked<double, t::Float8Exp>);
  r.Fn("ln", {kF8}, kF8, UnaryChecked<double, t::Float8Ln>);
  r.Fn("log", {kF8}, kF8, UnaryChecked<double, t::Float8Log10>);
  r.Fn("log10", {kF8}, kF8, UnaryChecked<double, t::Float8Log10>);
  r.Fn("degrees", {kF8}, kF8, UnaryChecked<double, t::Float8Degrees>);
  r.Fn("radians", {kF8}, kF8, UnaryChecked<double, t::Float8Radians>);
  r.Fn("power", {kF8, kF8}, kF8, BinaryChecked<double, Float8Power2>);
  r.Fn("pow", {kF8, kF8}, kF8, BinaryChecked<double, Float8Power2>);
  r.Op("^", {kF8, kF8}, kF8, BinaryChecked<double, Float8Power2>);
  r.Op("^", {kNum, kNum}, kNum, NumericBinary<t::NumericPower>);
  r.Op("|/", {kF8}, kF8, UnaryChecked<double, t::Float8Sqrt>);
  r.Op("@", {kF8}, kF8, UnaryPure<double, t::Float8Abs>);
  r.Op("@", {kNum}, kNum, NumericUnaryPure<t::NumericAbs>);
  r.Fn("sqrt", {kNum}, kNum, NumericUnaryChecked<t::NumericSqrt>);
  r.Fn("exp", {kNum}, kNum, NumericUnaryChecked<t::NumericExp>);
  r.Fn("ln", {kNum}, kNum, NumericUnaryChecked<t::NumericLn>);
  r.Fn("log", {kNum}, kNum, NumericUnaryChecked<t::NumericLog10>);
  r.Fn("log10", {kNum}, kNum, NumericUnaryChecked<t::NumericLog10>);
  r.Fn("log", {kNum, kNum}, kNum, NumericBinary<t::NumericLog>);
  r.Fn("power", {kNum, kNum}, kNum, NumericBinary<t::NumericPower>);
  r.Fn("pow", {kNum, kNum}, kNum, NumericBinary<t::NumericPower>);
  r.Fn("div", {kNum, kNum}, kNum, NumericBinary<t::NumericDivTrunc>);
  r.Fn("mod", {t::kInt2Oid, t::kInt2Oid}, t::kInt2Oid, BinaryChecked<int16_t, t::Int2Mod>);
  r.Fn("mod", {kInt4, kInt4}, kInt4, BinaryChecked<int32_t, t::Int4Mod>);
  r.Fn("mod", {t::kInt8Oid, t::kInt8Oid}, t::kInt8Oid, BinaryChecked<int64_t, t::Int8Mod>);
  r.Fn("mod", {kNum, kNum}, kNum, NumericBinary<t::NumericMod>);
  r.Fn("gcd", {kInt4, kInt4}, kInt4, BinaryChecked<int32_t, t::Int4Gcd>);
  r.Fn("gcd", {t::kInt8Oid, t::kInt8Oid}, t::kInt8Oid, BinaryChecked<int64_t, t::Int8Gcd>);
  r.Fn("lcm", {kInt4, kInt4}, kInt4, BinaryChecked<int32_t, t::Int4Lcm>);
  r.Fn("lcm", {t::kInt8Oid, t::kInt8Oid}, t::kInt8Oid, BinaryChecked<int64_t, t::Int8Lcm>);
  r.Fn("pi", {}, kF8, PiKernel);
  r.Fn("random", {}, kF8, RandomKernel, true, Volatility::kVolatile);
  r.Fn("width_bucket", {kF8, kF8, kF8, kInt4}, kInt4, WidthBucketKernel);
  RegisterArrayFunctions(registry);  // array_functions.cc
  RegisterRecordFunctions(registry);  // record_functions.cc
}

}  // namespace augur::exec::internal
