// augur::exec — the vectorized execution engine (facade header).
//
// What: columnar batches (vector.h), bound scalar expressions and their
// vectorized evaluator (expression.h, expression_executor.h), built-in
// functions/operators with PostgreSQL overload resolution
// (function_registry.h), aggregates (aggregate.h), pull-based physical
// operators (operators.h) and DataRow encoding (result_encoder.h).
// Owner: helper EXEC (src/exec/, docs/exec.md). sql/ builds Expr trees and
// operator trees; storage/column plug in through ChunkSource.
// Thread-safety: the registries are immutable and shared; expression
// executors, operators and chunks belong to one thread at a time.
// See docs/exec.md for the data layout and how to build plans.
#pragma once

#include "exec/aggregate.h"            // IWYU pragma: export
#include "exec/exec_context.h"         // IWYU pragma: export
#include "exec/expression.h"           // IWYU pragma: export
#include "exec/expression_executor.h"  // IWYU pragma: export
#include "exec/function_registry.h"    // IWYU pragma: export
#include "exec/operators.h"            // IWYU pragma: export
#include "exec/vector.h"               // IWYU pragma: export
