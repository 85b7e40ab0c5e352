// types_probe: reads lines "TYPE<TAB>TEXT" or "FROM>TO<TAB>TEXT" from stdin and
// prints, one line each, what augurdb's types library makes of them: the
// output-function text of the parsed (and optionally explicitly cast) value, or
// "ERROR: SQLSTATE message". compare_with_postgres.py runs the same lines
// through a real PostgreSQL 15 and diffs the two. A development tool, not
// part of the server.
#include <iostream>
#include <string>
#include <vector>

#include "types/types.h"

namespace {

using augur::Result;
using namespace augur::types;

// Resolves a type as written in SQL ("numeric(10,2)", "char(3)", "\"char\"",
// "interval day to second(1)") the way the grammar hands it to TypeFromName.
Result<SqlType> ResolveType(std::string spec) {
  std::vector<int32_t> args;
  size_t open = spec.find('(');
  if (open != std::string::npos) {
    size_t close = spec.find(')', open);
    std::string inner = spec.substr(open + 1, close - open - 1);
    size_t start = 0;
    while (start <= inner.size()) {
      size_t comma = inner.find(',', start);
      args.push_back(std::stoi(inner.substr(start, comma == std::string::npos ? std::string::npos : comma - start)));
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
    spec = spec.substr(0, open) + spec.substr(close + 1);
  }
  while (!spec.empty() && spec.back() == ' ') spec.pop_back();
  if (spec == "\"char\"") return TypeFromName("char", args);
  if (spec == "char" || spec == "character") {
    if (args.empty()) args.push_back(1);
    return TypeFromName("bpchar", args);
  }
  if (spec.rfind("interval", 0) == 0) {
    static const std::pair<const char*, int32_t> kFields[] = {
        {"interval year", 1 << 2}, {"interval month", 1 << 1}, {"interval day", 1 << 3},
        {"interval hour", 1 << 10}, {"interval minute", 1 << 11}, {"interval second", 1 << 12},
        {"interval year to month", (1 << 2) | (1 << 1)}, {"interval day to hour", (1 << 3) | (1 << 10)},
        {"interval day to minute", (1 << 3) | (1 << 10) | (1 << 11)},
        {"interval day to second", (1 << 3) | (1 << 10) | (1 << 11) | (1 << 12)},
        {"interval hour to minute", (1 << 10) | (1 << 11)},
        {"interval hour to second", (1 << 10) | (1 << 11) | (1 << 12)},
        {"interval minute to second", (1 << 11) | (1 << 12)}};
    int32_t range = 0x7FFF;
    for (const auto& [name, mask] : kFields) {
      if (spec == name) range = mask;
    }
    std::vector<int32_t> interval_args = {range};
    if (!args.empty()) interval_args.push_back(args[0]);
    if (range == 0x7FFF && args.empty()) interval_args.clear();
    return TypeFromName("interval", interval_args);
  }
  return TypeFromName(spec, args);
}

std::string Error(const augur::Status& s) {
  return "ERROR: " + std::string(s.sqlstate()) + " " + s.message();
}

std::string Probe(const std::string& type_spec, const std::string& text) {
  std::string from_spec = type_spec, to_spec;
  size_t arrow = type_spec.find('>');
  if (arrow != std::string::npos) {
    from_spec = type_spec.substr(0, arrow);
    to_spec = type_spec.substr(arrow + 1);
  }
  auto from = ResolveType(from_spec);
  if (!from.ok()) return Error(from.status());
  // 'literal'::type(n) is the base type's input function followed by an
  // explicit length coercion, as in PostgreSQL.
  SqlType base = *from;
  if (base.oid != kNumericOid && base.oid != kIntervalOid) base.typmod = -1;
  auto value = ParseText(text, base);
  if (!value.ok()) return Error(value.status());
  if (base != *from) {
    value = CastValue(*value, *from, CastContext::kExplicit);
    if (!value.ok()) return Error(value.status());
  }
  if (to_spec.empty()) return FormatText(*value);
  auto to = ResolveType(to_spec);
  if (!to.ok()) return Error(to.status());
  auto cast = CastValue(*value, *to, CastContext::kExplicit);
  if (!cast.ok()) return Error(cast.status());
  return FormatText(*cast);
}

std::string Hex(const std::string& b) {
  static const char* d = "0123456789abcdef";
  std::string out = "\\x";
  for (unsigned char c : b) {
    out.push_back(d[c >> 4]);
    out.push_back(d[c & 15]);
  }
  return out;
}

// "@OP<TAB>A[<TAB>B]": numeric operations and binary send.
std::string ProbeOp(const std::string& op, const std::string& a, const std::string& b) {
  if (op.rfind("send:", 0) == 0) {
    auto type = ResolveType(op.substr(5));
    if (!type.ok()) return Error(type.status());
    auto v = ParseText(a, *type);
    if (!v.ok()) return Error(v.status());
    std::string bytes;
    AppendBinary(*v, &bytes);
    return Hex(bytes);
  }
  auto x = NumericFromString(a);
  if (!x.ok()) return Error(x.status());
  Result<Numeric> r = *x;
  if (op == "abs" || op == "neg" || op == "sign" || op == "ceil" || op == "floor") {
    if (op == "abs") r = NumericAbs(*x);
    if (op == "neg") r = NumericNegate(*x);
    if (op == "sign") r = NumericSign(*x);
    if (op == "ceil") r = NumericCeil(*x);
    if (op == "floor") r = NumericFloor(*x);
  } else if (op == "round" || op == "trunc") {
    int32_t scale = std::stoi(b);
    r = op == "round" ? NumericRound(*x, scale) : NumericTrunc(*x, scale);
  } else if (op == "int8" || op == "float8") {
    if (op == "int8") {
      auto i = NumericToInt64(*x);
      return i.ok() ? std::to_string(*i) : Error(i.status());
    }
    std::string out;
    AppendFloat8(NumericToDouble(*x), &out);
    return out;
  } else {
    auto y = NumericFromString(b);
    if (!y.ok()) return Error(y.status());
    if (op == "+") r = NumericAdd(*x, *y);
    if (op == "-") r = NumericSub(*x, *y);
    if (op == "*") r = NumericMul(*x, *y);
    if (op == "/") r = NumericDiv(*x, *y);
    if (op == "%") r = NumericMod(*x, *y);
    if (op == "cmp") return std::to_string(NumericCompare(*x, *y));
  }
  if (!r.ok()) return Error(r.status());
  return NumericToString(*r);
}

}  // namespace

int main() {
  std::string line;
  while (std::getline(std::cin, line)) {
    size_t tab = line.find('\t');
    if (tab == std::string::npos) {
      std::cout << "ERROR: bad probe line\n";
      continue;
    }
    if (line[0] == '@') {
      std::string rest = line.substr(tab + 1);
      size_t tab2 = rest.find('\t');
      std::string a = rest.substr(0, tab2), b = tab2 == std::string::npos ? "" : rest.substr(tab2 + 1);
      std::cout << ProbeOp(line.substr(1, tab - 1), a, b) << "\n";
      continue;
    }
    std::cout << Probe(line.substr(0, tab), line.substr(tab + 1)) << "\n";
  }
  return 0;
}
