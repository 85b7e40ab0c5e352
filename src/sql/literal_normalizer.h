// Literal normalization for the simple-protocol plan cache.
//
// Clients that use the simple query protocol (psql scripts, pgbench -M simple,
// drivers that interpolate parameters client-side) send the same statement
// over and over with different numeric constants. Normalize() rewrites a
// statement's numeric literals into parameters ($1, $2, ...) and returns the
// rewritten text, the literals' types and values, so the session can cache one
// bound plan per statement shape and run it with the literals as parameter
// values — skipping parse and bind on every hit.
//
// Only numeric literals are replaced, and only where a parameter of the
// literal's own type is exactly equivalent to the literal:
//   - integer literals are int4 / int8 / numeric by value, like PostgreSQL's
//     lexer; decimals are numeric; a unary minus directly in front of a number
//     is folded into it, as PostgreSQL's grammar folds it;
//   - numbers that PostgreSQL reads as something other than a value stay
//     literal: ordinals in ORDER BY / GROUP BY / DISTINCT ON lists, type
//     modifiers (varchar(10), numeric(10,2), timestamp(3), ...), a negated
//     number followed by '::' or '[';
//   - strings, identifiers and comments are never touched.
// Anything the lexer is unsure about (a '$' parameter or dollar quote in the
// text, more than one statement, a number glued to an identifier) makes
// Normalize() return nullopt; the caller then caches by exact text.
//
// The caller still has to check that binding the rewritten text with the
// given parameter types succeeds; if it does not, it falls back to the
// original text.
//
// Thread-safety: pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "types/type.h"

namespace augur::sql {

struct NormalizedStatement {
  std::string text;                      // with $1..$n in place of the literals
  std::string key;                       // text plus the parameter types: the cache key
  std::vector<types::SqlType> types;     // one per parameter
  std::vector<types::Value> values;      // one per parameter
};

std::optional<NormalizedStatement> NormalizeLiterals(std::string_view sql);

}  // namespace augur::sql
