// Internal to exec/: the input buffer of an aggregate called with ORDER BY
// (string_agg(x, ',' ORDER BY y), sum(x ORDER BY y) ...).
//
// HashAggregateOperator hands each ordered aggregate's accepted rows
// (after FILTER, NULL-argument and DISTINCT elimination) to an
// OrderedAggregateBuffer together with the group each row belongs to and
// the evaluated ORDER BY keys. At the end of the input the buffer sorts the
// rows by (group, keys..., arrival) — stable, PostgreSQL's rule that ties
// keep input order — and replays them to the aggregate's update() in
// batches of up to kVectorSize rows, so the transition function sees each
// group's rows in the requested order. Memory is charged to the query's
// MemoryTracker (53200 beyond the limit).
//
// Thread-safety: one operator instance, one thread.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "exec/aggregate.h"
#include "exec/exec_context.h"
#include "exec/row_collection.h"
#include "exec/vector.h"
#include "exec/kernels.h"

namespace augur::exec::internal {

class OrderedAggregateBuffer {
 public:
  // `aggregate` must outlive the buffer (its order_by keys describe the sort).
  OrderedAggregateBuffer(const BoundAggregate& aggregate, MemoryTracker* tracker);

  // Adds rows[0..n) (physical positions in `args`/`keys`); row rows[i]
  // belongs to group groups[i].
  Status Append(const std::vector<const Vector*>& args, const std::vector<const Vector*>& keys, const uint32_t* rows,
                const uint32_t* groups, uint32_t n);

  // Sorts and feeds every buffered row to aggregate.function->update, with
  // state_of(group) as the state pointer of each row. Empties the buffer.
  Status Replay(const std::function<void*(uint32_t group)>& state_of, ExecContext* context);

 private:
  const BoundAggregate& aggregate_;
  MemoryTracker* tracker_;
  std::vector<types::SqlType> arg_types_;
  std::vector<RowCompareFn> compare_;
  RowCollection rows_;  // group (int8), args..., keys...
  Vector group_values_;
};

}  // namespace augur::exec::internal
