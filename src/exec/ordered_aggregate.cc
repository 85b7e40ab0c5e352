// OrderedAggregateBuffer: see ordered_aggregate.h.
#include "exec/ordered_aggregate.h"

#include <algorithm>
#include <cstring>

namespace augur::exec::internal {

namespace {

constexpr types::SqlType kGroupType = types::SqlType::Of(types::kInt8Oid);

}  // namespace

OrderedAggregateBuffer::OrderedAggregateBuffer(const BoundAggregate& aggregate, MemoryTracker* tracker)
    : aggregate_(aggregate), tracker_(tracker), group_values_(kGroupType) {
  std::vector<types::SqlType> stored{kGroupType};
  for (const auto& a : aggregate.args) {
    arg_types_.push_back(a->type);
    stored.push_back(a->type);
  }
  for (const auto& k : aggregate.order_by) {
    stored.push_back(k.expr->type);
    compare_.push_back(GetRowCompare(k.expr->type));
  }
  rows_.Reset(std::move(stored), tracker_);
}

Status OrderedAggregateBuffer::Append(const std::vector<const Vector*>& args, const std::vector<const Vector*>& keys,
                                     const uint32_t* rows, const uint32_t* groups, uint32_t n) {
  if (n == 0) return Status::Ok();
  group_values_.MakeWritable();
  int64_t* g = group_values_.values<int64_t>();
  for (uint32_t i = 0; i < n; i++) {
    g[rows[i]] = groups[i];
    group_values_.SetValid(rows[i]);
  }
  std::vector<const Vector*> columns;
  columns.reserve(1 + args.size() + keys.size());
  columns.push_back(&group_values_);
  columns.insert(columns.end(), args.begin(), args.end());
  columns.insert(columns.end(), keys.begin(), keys.end());
  return rows_.Append(columns, rows, n);
}

Status OrderedAggregateBuffer::Replay(const std::function<void*(uint32_t group)>& state_of, ExecContext* context) {
  const size_t arg_count = arg_types_.size();
  const size_t key_offset = 1 + arg_count;
  std::vector<RowRef> order;
  order.reserve(rows_.row_count());
  for (uint32_t c = 0; c < rows_.chunk_count(); c++) {
    for (uint32_t r = 0; r < rows_.chunk(c).size(); r++) order.push_back(RowRef{c, r});
  }
  MemoryReservation order_memory(tracker_);
  RETURN_IF_ERROR(order_memory.Grow(static_cast<int64_t>(order.size() * sizeof(RowRef))));
  const auto& keys = aggregate_.order_by;
  auto less = [&](const RowRef& a, const RowRef& b) {
    int64_t ga = rows_.column(a, 0).values<int64_t>()[a.row];
    int64_t gb = rows_.column(b, 0).values<int64_t>()[b.row];
    if (ga != gb) return ga < gb;
    for (size_t k = 0; k < keys.size(); k++) {
      const Vector& va = rows_.column(a, key_offset + k);
      const Vector& vb = rows_.column(b, key_offset + k);
      bool na = va.IsNull(a.row), nb = vb.IsNull(b.row);
      if (na || nb) {
        if (na && nb) continue;
        return na ? keys[k].nulls_first : !keys[k].nulls_first;
      }
      int c = compare_[k](va, a.row, vb, b.row);
      if (c != 0) return keys[k].descending ? c > 0 : c < 0;
    }
    return a.chunk != b.chunk ? a.chunk < b.chunk : a.row < b.row;
  };
  std::sort(order.begin(), order.end(), less);

  // Replay in batches: gather the argument values (string views keep
  // pointing into the buffered chunks, which live until the end).
  DataChunk batch(arg_types_);
  std::vector<void*> states(kVectorSize);
  std::vector<const Vector*> inputs;
  for (size_t a = 0; a < arg_count; a++) inputs.push_back(&batch.column(a));
  for (size_t begin = 0; begin < order.size(); begin += kVectorSize) {
    if (context != nullptr) RETURN_IF_ERROR(context->CheckCancel());
    uint32_t n = static_cast<uint32_t>(std::min<size_t>(kVectorSize, order.size() - begin));
    batch.Reset();
    for (size_t a = 0; a < arg_count; a++) {
      Vector& dst = batch.column(a);
      size_t width = ValueWidth(dst.physical());
      char* d = dst.values<char>();
      for (uint32_t i = 0; i < n; i++) {
        const RowRef& ref = order[begin + i];
        const Vector& src = rows_.column(ref, 1 + a);
        if (src.IsNull(ref.row)) {
          dst.SetNull(i);
          continue;
        }
        std::memcpy(d + i * width, src.values<char>() + ref.row * width, width);
        dst.SetValid(i);
      }
    }
    for (uint32_t i = 0; i < n; i++) {
      const RowRef& ref = order[begin + i];
      states[i] = state_of(static_cast<uint32_t>(rows_.column(ref, 0).values<int64_t>()[ref.row]));
    }
    batch.SetSize(n);
    RETURN_IF_ERROR(aggregate_.function->update(inputs, nullptr, n, states.data(), context));
  }
  rows_.Reset(rows_.types(), tracker_);
  return Status::Ok();
}

}  // namespace augur::exec::internal
