// index/: learned indexes mapping a key to its position in a sorted,
// immutable array — the primary-key index of the column store's segments.
//
// Public API (include this header):
//   LearnedIndex (learned_index.h)  build / BuildAuto (chooser), LowerBound,
//                                   UpperBound, Find, Range, Serialize /
//                                   Deserialize. The one type callers need.
//   IndexConfig, ChooserOptions     which structure and its parameters.
//   key_image.h                     order-preserving uint64 images of signed
//                                   integers, timestamps, floats and byte
//                                   strings; ImageLowerBound() resolves ties.
//   CountPlaSegments (pla.h)        ε-PLA segment count: a data set's hardness.
// The structures themselves (PgmIndex, RadixSpline, Rmi) and the last-mile
// search (search.h) are usable directly, e.g. by the benchmark.
//
// Ownership: an index never owns the key array; callers keep the array alive
// and pass it to every lookup. Thread-safety: indexes are immutable after
// construction and safe for concurrent lookups.
//
// Depends only on common/ (Status) and the standard library. Design and
// measurements: docs/learned-index.md.
#pragma once

#include "index/key_image.h"
#include "index/learned_index.h"
#include "index/pla.h"
#include "index/search.h"
