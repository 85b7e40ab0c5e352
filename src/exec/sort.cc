// ORDER BY (full sort) and top-N (ORDER BY ... LIMIT). Input rows and their
// evaluated sort keys are materialized in a RowCollection; at the end each
// row's keys are normalized into one memcmp-ordered byte string (marker for
// NULLS FIRST/LAST, common/key_codec's encoding, inverted for DESC) and the
// rows are sorted by those strings. Ties are broken by arrival order, so the
// sort is stable. Top-N keeps at most ~2*(limit+offset) rows by compacting
// (with a typed comparator) whenever the buffer grows past that.
#include <algorithm>

#include "exec/expression_executor.h"
#include "types/array.h"
#include "types/record.h"
#include "exec/kernels.h"
#include "exec/operators.h"
#include "common/key_codec.h"
#include "exec/row_collection.h"
#include "exec/sort_key.h"
#include "types/numeric.h"

namespace augur::exec {

using internal::RowCollection;
using internal::RowRef;

struct SortOperator::State {
  ExecContext* context = nullptr;
  std::vector<ExpressionExecutor> key_exec;
  std::vector<Vector> key_values;
  std::vector<internal::RowCompareFn> compare;
  RowCollection rows;
  std::vector<RowRef> order;
  bool sorted = false;
  uint64_t emit_pos = 0;
  uint64_t emit_end = 0;
  DataChunk out;
};

SortOperator::SortOperator(OperatorPtr child, std::vector<SortKey> keys, std::optional<int64_t> limit, int64_t offset)
    : PhysicalOperator(child->output_types()),
      child_(std::move(child)),
      keys_(std::move(keys)),
      limit_(limit),
      offset_(offset) {}

SortOperator::~SortOperator() = default;

Status SortOperator::Open(ExecContext& context) {
  state_ = std::make_unique<State>();
  State& s = *state_;
  s.context = &context;
  std::vector<types::SqlType> stored = output_types_;
  for (const auto& k : keys_) {
    s.key_exec.emplace_back(*k.expr, &context);
    s.key_values.emplace_back(k.expr->type);
    s.compare.push_back(internal::GetRowCompare(k.expr->type));
    stored.push_back(k.expr->type);
  }
  s.rows.Reset(stored, &context.memory);
  s.out.Initialize(output_types_);
  return child_->Open(context);
}

namespace internal {

// Appends the normalized (memcmp-ordered) form of v[r] for one sort key:
// a marker byte placing NULLs first or last, then common/key_codec's
// ascending encoding, bit-inverted for DESC (the encoding is prefix-free,
// so inversion reverses the order exactly).
void AppendSortKey(const Vector& v, uint32_t r, bool descending, bool nulls_first, std::string& out) {
  if (v.IsNull(r)) {
    out.push_back(nulls_first ? '\x00' : '\x02');
    return;
  }
  // The codec writes its own NOT NULL marker at `start`; ours replaces it.
  size_t start = out.size();
  switch (v.physical()) {
    case types::PhysicalKind::kBool: common::AppendKeyBool(&out, v.values<bool>()[r]); break;
    case types::PhysicalKind::kChar: common::AppendKeyChar(&out, v.values<char>()[r]); break;
    case types::PhysicalKind::kInt16: common::AppendKeyInt16(&out, v.values<int16_t>()[r]); break;
    case types::PhysicalKind::kInt32: common::AppendKeyInt32(&out, v.values<int32_t>()[r]); break;
    case types::PhysicalKind::kUint32: common::AppendKeyUint32(&out, v.values<uint32_t>()[r]); break;
    case types::PhysicalKind::kInt64: common::AppendKeyInt64(&out, v.values<int64_t>()[r]); break;
    case types::PhysicalKind::kFloat32: common::AppendKeyFloat32(&out, v.values<float>()[r]); break;
    case types::PhysicalKind::kFloat64: common::AppendKeyFloat64(&out, v.values<double>()[r]); break;
    case types::PhysicalKind::kNumeric: {
      const types::Numeric& n = v.values<types::Numeric>()[r];
      types::AppendNumericKey(n, &out);
      break;
    }
    case types::PhysicalKind::kInterval: {
      const types::Interval& iv = v.values<types::Interval>()[r];
      common::AppendKeyInterval(&out, iv.time_us, iv.days, iv.months);
      break;
    }
    case types::PhysicalKind::kUuid: common::AppendKeyUuid(&out, v.values<types::Uuid>()[r].bytes); break;
    case types::PhysicalKind::kBytes:
      if (types::IsArrayOid(v.type().oid)) {
        out.push_back('\x01');  // stands in for the codec's marker
        types::AppendArrayKey(v.values<std::string_view>()[r], v.type(), &out);
        break;
      }
      if (v.type().oid == types::kRecordOid) {
        out.push_back('\x01');  // stands in for the codec's marker
        types::AppendRecordKey(v.values<std::string_view>()[r], &out);
        break;
      }
      [[fallthrough]];
    case types::PhysicalKind::kNone: {
      std::string_view bytes = v.physical() == types::PhysicalKind::kBytes ? v.values<std::string_view>()[r]
                                                                            : std::string_view();
      if (v.type().oid == types::kBpcharOid) bytes = internal::StripTrailingSpaces(bytes);
      common::AppendKeyBytes(&out, bytes);
      break;
    }
  }
  out[start] = '\x01';
  if (descending) {
    for (size_t i = start + 1; i < out.size(); i++) out[i] = static_cast<char>(~out[i]);
  }
}

}  // namespace internal

namespace {

struct RowLess {
  const RowCollection* rows;
  const std::vector<SortKey>* keys;
  const std::vector<internal::RowCompareFn>* compare;
  size_t key_offset;

  bool operator()(const RowRef& a, const RowRef& b) const {
    for (size_t k = 0; k < keys->size(); k++) {
      const Vector& va = rows->column(a, key_offset + k);
      const Vector& vb = rows->column(b, key_offset + k);
      bool na = va.IsNull(a.row), nb = vb.IsNull(b.row);
      int c;
      if (na || nb) {
        if (na && nb) continue;
        bool nulls_first = (*keys)[k].nulls_first;
        c = na ? (nulls_first ? -1 : 1) : (nulls_first ? 1 : -1);
        return c < 0;
      }
      c = (*compare)[k](va, a.row, vb, b.row);
      if (c != 0) return (*keys)[k].descending ? c > 0 : c < 0;
    }
    // Arrival order breaks ties (stable sort).
    return a.chunk != b.chunk ? a.chunk < b.chunk : a.row < b.row;
  }
};

struct KeyedRow {
  uint64_t prefix;  // first 8 key bytes, big-endian: most comparisons end here
  std::string_view key;
  RowRef ref;
};

uint64_t KeyPrefix(std::string_view key) {
  uint64_t p = 0;
  size_t n = key.size() < 8 ? key.size() : 8;
  for (size_t i = 0; i < n; i++) p |= static_cast<uint64_t>(static_cast<uint8_t>(key[i])) << (56 - 8 * i);
  return p;
}

}  // namespace

Result<bool> SortOperator::Next(DataChunk& out) {
  State& s = *state_;
  const size_t columns = output_types_.size();
  RowLess less{&s.rows, &keys_, &s.compare, columns};
  const uint64_t keep = limit_ ? static_cast<uint64_t>(*limit_ + offset_) : 0;

  if (!s.sorted) {
    DataChunk input;
    std::vector<const Vector*> stored(columns + keys_.size());
    while (true) {
      RETURN_IF_ERROR(s.context->CheckCancel());
      ASSIGN_OR_RETURN(bool more, child_->Next(input));
      if (!more) break;
      for (size_t k = 0; k < keys_.size(); k++) RETURN_IF_ERROR(s.key_exec[k].Execute(input, s.key_values[k]));
      for (size_t c = 0; c < columns; c++) stored[c] = &input.column(c);
      for (size_t k = 0; k < keys_.size(); k++) stored[columns + k] = &s.key_values[k];
      RETURN_IF_ERROR(s.rows.Append(stored, input.selection(), input.count()));
      if (limit_ && s.rows.row_count() > std::max<uint64_t>(2 * keep, keep + 4 * kVectorSize)) {
        // Top-N compaction: keep the best `keep` rows only.
        std::vector<RowRef> refs;
        for (uint32_t ci = 0; ci < s.rows.chunk_count(); ci++) {
          for (uint32_t r = 0; r < s.rows.chunk(ci).size(); r++) refs.push_back(RowRef{ci, r});
        }
        size_t k = std::min<size_t>(keep, refs.size());
        std::partial_sort(refs.begin(), refs.begin() + static_cast<ptrdiff_t>(k), refs.end(), less);
        RowCollection kept(s.rows.types(), s.context ? &s.context->memory : nullptr);
        std::vector<const Vector*> cols(s.rows.types().size());
        for (size_t i = 0; i < k; i++) {
          for (size_t c = 0; c < cols.size(); c++) cols[c] = &s.rows.column(refs[i], c);
          RETURN_IF_ERROR(kept.Append(cols, &refs[i].row, 1));
        }
        s.rows = std::move(kept);
        less.rows = &s.rows;
      }
    }
    child_->Close();
    s.order.clear();
    s.order.reserve(s.rows.row_count());
    for (uint32_t ci = 0; ci < s.rows.chunk_count(); ci++) {
      for (uint32_t r = 0; r < s.rows.chunk(ci).size(); r++) s.order.push_back(RowRef{ci, r});
    }
    // Normalized keys: one memcmp per comparison instead of per-key typed
    // compares through row references.
    std::string arena;
    std::vector<size_t> offsets;
    offsets.reserve(s.order.size() + 1);
    for (const RowRef& ref : s.order) {
      offsets.push_back(arena.size());
      for (size_t k = 0; k < keys_.size(); k++) internal::AppendSortKey(s.rows.column(ref, columns + k), ref.row, keys_[k].descending,
                                                             keys_[k].nulls_first, arena);
    }
    offsets.push_back(arena.size());
    MemoryReservation key_memory(&s.context->memory);
    RETURN_IF_ERROR(key_memory.Resize(static_cast<int64_t>(arena.capacity() + s.order.size() * sizeof(KeyedRow))));
    std::vector<KeyedRow> keyed(s.order.size());
    for (size_t i = 0; i < s.order.size(); i++) {
      std::string_view key(arena.data() + offsets[i], offsets[i + 1] - offsets[i]);
      keyed[i] = KeyedRow{KeyPrefix(key), key, s.order[i]};
    }
    auto keyed_less = [](const KeyedRow& a, const KeyedRow& b) {
      if (a.prefix != b.prefix) return a.prefix < b.prefix;
      int c = a.key.compare(b.key);
      if (c != 0) return c < 0;
      return a.ref.chunk != b.ref.chunk ? a.ref.chunk < b.ref.chunk : a.ref.row < b.ref.row;
    };
    if (limit_ && keep < keyed.size()) {
      std::partial_sort(keyed.begin(), keyed.begin() + static_cast<ptrdiff_t>(keep), keyed.end(), keyed_less);
      keyed.resize(keep);
    } else {
      std::sort(keyed.begin(), keyed.end(), keyed_less);
    }
    s.order.resize(keyed.size());
    for (size_t i = 0; i < keyed.size(); i++) s.order[i] = keyed[i].ref;
    s.emit_pos = std::min<uint64_t>(static_cast<uint64_t>(offset_), s.order.size());
    s.emit_end = s.order.size();
    s.sorted = true;
  }
  if (s.emit_pos >= s.emit_end) return false;
  RETURN_IF_ERROR(s.context->CheckCancel());
  uint32_t n = static_cast<uint32_t>(std::min<uint64_t>(kVectorSize, s.emit_end - s.emit_pos));
  s.out.Reset();
  for (size_t c = 0; c < columns; c++) {
    Vector& dst = s.out.column(c);
    for (uint32_t k = 0; k < n; k++) {
      const RowRef& ref = s.order[s.emit_pos + k];
      dst.CopyValue(s.rows.column(ref, c), ref.row, k);
    }
  }
  s.out.SetSize(n);
  s.emit_pos += n;
  out.Reference(s.out);
  return true;
}

void SortOperator::Close() {
  child_->Close();
  state_.reset();
}

std::string SortOperator::ExplainText() const {
  std::string s = limit_ ? "Top-N Sort" : "Sort";
  s += " key: ";
  for (size_t i = 0; i < keys_.size(); i++) {
    if (i) s += ", ";
    s += keys_[i].expr->ToString();
    if (keys_[i].descending) s += " DESC";
    if (keys_[i].nulls_first != keys_[i].descending) s += keys_[i].nulls_first ? " NULLS FIRST" : " NULLS LAST";
  }
  if (limit_) s += " limit " + std::to_string(*limit_);
  if (offset_) s += " offset " + std::to_string(offset_);
  return s;
}

}  // namespace augur::exec
