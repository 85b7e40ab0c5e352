// Internal to exec/: the hooks through which sort, hashing, casts, the
// function registry and aggregation handle array values (array_functions.cc).
#pragma once

#include <cstdint>
#include <string>

#include "common/status.h"
#include "exec/exec_context.h"
#include "exec/function_registry.h"
#include "exec/vector.h"

namespace augur::exec::internal {

// Registers every array operator and function (called by RegisterBuiltins).
void RegisterArrayFunctions(FunctionRegistry& registry);

// PostgreSQL's array_cmp over a[i] and b[j] (same array type, non-NULL).
int CompareArrayRows(const Vector& a, uint32_t i, const Vector& b, uint32_t j);
// Equality-normalized, self-delimiting key of v[i] (non-NULL) for hashing.
void AppendArrayKeyBytes(const Vector& v, uint32_t i, std::string& key);
// Records (record_functions.cc): $record_field, and record_cmp's order
// and key for sort and hashing (a[i], b[j] non-NULL records).
void RegisterRecordFunctions(FunctionRegistry& registry);
int CompareRecordRows(const Vector& a, uint32_t i, const Vector& b, uint32_t j);
void AppendRecordKeyBytes(const Vector& v, uint32_t i, std::string& key);
// Array-to-array casts element by element.
Status CastArrayVector(const Vector& in, const uint32_t* sel, uint32_t count, Vector& out, CastContext context);
// Casts between arrays exist when the element cast exists in that context;
// never implicitly (PostgreSQL's polymorphic operators need identical types).
bool CanCastArray(uint32_t from, uint32_t to, CastContext context);

// array_agg(E) → E[]: keeps NULL inputs (unlike the other built-ins).
struct ArrayAggState {
  std::string* elements = nullptr;  // concatenated (length, bytes) element records
  int32_t count = 0;
  bool has_null = false;
};
void ArrayAggInitialize(void* state);
void ArrayAggDestroy(void* state);
Status ArrayAggUpdate(std::span<const Vector* const> inputs, const uint32_t* sel, uint32_t count,
                      void* const* states, ExecContext* context);
Status ArrayAggFinalize(void* state, Vector& result, uint32_t index);

// min(A) / max(A) → A with array_cmp's order.
struct ArrayMinMaxState {
  std::string* value = nullptr;  // null until the first input
};
void ArrayMinMaxInitialize(void* state);
void ArrayMinMaxDestroy(void* state);
template <bool kMax>
Status ArrayMinMaxUpdate(std::span<const Vector* const> inputs, const uint32_t* sel, uint32_t count,
                         void* const* states, ExecContext* context);
Status ArrayMinMaxFinalize(void* state, Vector& result, uint32_t index);

}  // namespace augur::exec::internal
