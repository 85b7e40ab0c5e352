// augur::types — the scalar PostgreSQL type library (facade header).
//
// What: type OIDs and SqlType, the fixed in-memory representation of every
// scalar type, Value (a tagged owning scalar), text and binary I/O identical to
// PostgreSQL 15, casts, numeric arithmetic, date/time and time zones.
// Owner: helper TYPES (src/types/ except func_*.{h,cc}, which belong to FUNCS).
// Thread-safety: all functions are pure or read immutable process-wide tables;
// safe to call from any thread. Values are plain data.
// See docs/types.md for the representation table and differences from PostgreSQL.
#pragma once

#include "types/type.h"  // IWYU pragma: export
#include "types/numeric.h"  // IWYU pragma: export
#include "types/datetime.h"  // IWYU pragma: export
#include "types/timezone.h"  // IWYU pragma: export
#include "types/text_io.h"  // IWYU pragma: export
#include "types/binary_io.h"  // IWYU pragma: export
#include "types/cast.h"  // IWYU pragma: export
#include "types/arith.h"  // IWYU pragma: export
#include "types/compare.h"  // IWYU pragma: export
