// types_fuzz: a bounded random-input driver for the types library, meant to
// be built with -fsanitize=address,undefined. It feeds mutated literals to
// every input function and random numerics to every numeric operation, and
// checks that output -> input and send -> recv round-trip. Prints mismatches
// and a final count; a crash or sanitizer report is a bug.
//   cmake -B build-fuzz -DAUGUR_MODULES="common;types"
//         -DCMAKE_CXX_FLAGS="-fsanitize=address,undefined"   (one command line)
//   ninja -C build-fuzz types_fuzz
//   build-fuzz/src/types/types_fuzz [iterations]
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "types/types.h"

namespace {

using augur::Result;
using namespace augur::types;

long g_mismatches = 0;

void Mismatch(const char* what, uint32_t oid, const std::string& input, const std::string& output) {
  ++g_mismatches;
  std::printf("%s mismatch (oid %u): '%s' -> '%s'\n", what, oid, input.c_str(), output.c_str());
}

void FuzzLiterals(std::mt19937_64& rng, long iterations) {
  const char* alphabet = "0123456789+-.:/ eEtTzZaApPmMjJxX\\{}_,@yearmonthdayshourminutesecondagoinfnaBC";
  const size_t alphabet_size = std::strlen(alphabet);
  const std::vector<std::string> seeds = {
      "2024-01-31 04:05:06+05:30", "1 year 2 mons 3 days 04:05:06.789", "P1Y2M3DT4H5M6S", "12.345e-3", "\\x0102",
      "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", "Jan 31 2024 4:05pm EST", "1.5e308", "-infinity", "J2451545",
      "@ 1 minute ago", "99999999999999999999999.999", "2024-03-10 02:30 America/New_York"};
  const uint32_t oids[] = {kBoolOid,      kInt2Oid,        kInt4Oid,     kInt8Oid,  kFloat4Oid,  kFloat8Oid,
                           kNumericOid,   kDateOid,        kTimeOid,     kTimestampOid, kTimestampTzOid,
                           kIntervalOid,  kUuidOid,        kByteaOid,    kVarcharOid, kBpcharOid, kOidOid};
  for (long iter = 0; iter < iterations; ++iter) {
    std::string s;
    if (rng() % 2) {
      s = seeds[rng() % seeds.size()];
      for (int m = 1 + static_cast<int>(rng() % 4); m > 0 && !s.empty(); --m) {
        size_t pos = rng() % s.size();
        switch (rng() % 3) {
          case 0: s[pos] = alphabet[rng() % alphabet_size]; break;
          case 1: s.insert(pos, 1, alphabet[rng() % alphabet_size]); break;
          default: s.erase(pos, 1);
        }
      }
    } else {
      for (int len = static_cast<int>(rng() % 30); len > 0; --len) s.push_back(alphabet[rng() % alphabet_size]);
    }
    for (uint32_t oid : oids) {
      int32_t typmod = -1;
      if (oid == kVarcharOid || oid == kBpcharOid) typmod = CharTypmod(3);
      if (oid == kNumericOid && rng() % 2) typmod = NumericTypmod(10, 3);
      SqlType type{oid, typmod};
      auto v = ParseText(s, type);
      if (!v.ok()) continue;
      std::string text = FormatText(*v);
      std::string binary;
      AppendBinary(*v, &binary);
      auto from_binary = ParseBinary(binary, type);
      if (!from_binary.ok() || FormatText(*from_binary) != text) Mismatch("binary", oid, s, text);
      auto again = ParseText(text, type);
      if (!again.ok() || FormatText(*again) != text) Mismatch("text", oid, s, text);
      CastValue(*v, SqlType::Of(kTextOid), CastContext::kExplicit).status().IgnoreError();
    }
  }
}

void FuzzNumeric(std::mt19937_64& rng, long iterations) {
  auto random_numeric = [&]() {
    switch (rng() % 50) {
      case 0: return Numeric::Special(NumericKind::kNaN);
      case 1: return Numeric::Special(NumericKind::kPositiveInfinity);
      case 2: return Numeric::Special(NumericKind::kNegativeInfinity);
      default: break;
    }
    int128_t c = 0;
    for (int digits = static_cast<int>(rng() % 39); digits > 0; --digits) c = c * 10 + static_cast<int>(rng() % 10);
    if (rng() % 2) c = -c;
    return Numeric::Finite(c, static_cast<int16_t>(rng() % 39));
  };
  for (long i = 0; i < iterations; ++i) {
    Numeric a = random_numeric(), b = random_numeric();
    Result<Numeric> results[] = {
        NumericAdd(a, b), NumericSub(a, b), NumericMul(a, b), NumericDiv(a, b), NumericMod(a, b),
        NumericRound(a, static_cast<int32_t>(rng() % 100) - 50), NumericTrunc(a, static_cast<int32_t>(rng() % 100) - 50),
        NumericCeil(a), NumericFloor(a),
        NumericApplyTypmod(a, NumericTypmod(1 + static_cast<int32_t>(rng() % 1000), static_cast<int32_t>(rng() % 2000) - 1000))};
    for (auto& r : results) {
      if (!r.ok()) continue;
      std::string s = NumericToString(*r);
      auto back = NumericFromString(s);
      if (!back.ok() || NumericToString(*back) != s) Mismatch("numeric text", kNumericOid, s, s);
      std::string binary;
      NumericSend(*r, &binary);
      auto from_binary = NumericRecv(binary);
      if (!from_binary.ok() || NumericToString(*from_binary) != s) Mismatch("numeric binary", kNumericOid, s, s);
    }
    NumericToInt64(a).status().IgnoreError();
    NumericToFloat(a).status().IgnoreError();
  }
}

}  // namespace

int main(int argc, char** argv) {
  long iterations = argc > 1 ? std::atol(argv[1]) : 100000;
  std::mt19937_64 rng(42);
  FuzzLiterals(rng, iterations);
  FuzzNumeric(rng, iterations * 5);
  std::printf("%ld mismatches\n", g_mismatches);
  return g_mismatches == 0 ? 0 : 1;
}
