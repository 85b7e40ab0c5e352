// WindowOperator: window functions with PostgreSQL 15 semantics.
//
// The input is materialized column-wise (child columns, then every distinct
// expression the functions need: arguments, FILTERs, PARTITION BY / ORDER
// BY keys, RANGE bounds), then one result column per function is added.
// Functions are grouped by window (same PARTITION BY and ORDER BY); for each
// window the rows are sorted by their normalized keys (sort_key.h, the same
// encoding as SortOperator) and physically reordered, so that partitions
// and peer groups are contiguous position ranges. Each function then fills
// its result column position by position. The rows come out in the order of
// the last window.
//
// Frames are computed per row as position ranges [start, end) inside the
// partition, minus the EXCLUDE set (at most three ranges). Aggregates:
//   * start UNBOUNDED PRECEDING, no EXCLUDE: the frame only grows, one state
//     is updated incrementally (O(n) per partition);
//   * otherwise, if AggregateFunction::combine exists: a segment tree of
//     states over the sorted rows answers each frame in O(log n) combines;
//   * else (float sums, string_agg, array_agg): each distinct frame is
//     recomputed from its rows (PostgreSQL does the same for those).
// A row whose frame equals the previous row's copies its result.
#include <algorithm>
#include <cstring>
#include <new>

#include "exec/expression_executor.h"
#include "exec/kernels.h"
#include "exec/operators.h"
#include "exec/row_collection.h"
#include "exec/sort_key.h"
#include "types/numeric.h"

namespace augur::exec {

namespace {

constexpr uint32_t kShift = 11;  // log2(kVectorSize)
static_assert((1u << kShift) == kVectorSize);
constexpr uint64_t kMask = kVectorSize - 1;

// A frame as up to three ascending position ranges (EXCLUDE splits it).
struct FrameRanges {
  uint64_t begin[3];
  uint64_t end[3];
  int count = 0;
  void Add(uint64_t b, uint64_t e) {
    if (b < e) {
      begin[count] = b;
      end[count] = e;
      count++;
    }
  }
  bool operator==(const FrameRanges& o) const {
    if (count != o.count) return false;
    for (int i = 0; i < count; i++) {
      if (begin[i] != o.begin[i] || end[i] != o.end[i]) return false;
    }
    return true;
  }
  uint64_t size() const {
    uint64_t n = 0;
    for (int i = 0; i < count; i++) n += end[i] - begin[i];
    return n;
  }
};

// Heap-allocated aggregate states, 16-byte aligned (state_bytes is a
// multiple of 16).
class StateArray {
 public:
  StateArray() = default;
  StateArray(const AggregateFunction* fn, uint64_t count) : fn_(fn), count_(count) {
    size_t words = std::max<size_t>(1, (fn->state_bytes + sizeof(std::max_align_t) - 1) / sizeof(std::max_align_t));
    stride_ = words * sizeof(std::max_align_t);
    data_.reset(new std::max_align_t[words * count]);
    for (uint64_t i = 0; i < count; i++) fn->initialize(at(i));
  }
  ~StateArray() { Clear(); }
  StateArray(StateArray&&) = default;
  StateArray& operator=(StateArray&& o) noexcept {
    Clear();
    fn_ = o.fn_;
    count_ = o.count_;
    stride_ = o.stride_;
    data_ = std::move(o.data_);
    o.count_ = 0;
    return *this;
  }
  void* at(uint64_t i) { return reinterpret_cast<char*>(data_.get()) + i * stride_; }
  // Makes state i empty again.
  void Reset(uint64_t i) {
    if (fn_->destroy) fn_->destroy(at(i));
    fn_->initialize(at(i));
  }
  uint64_t bytes() const { return count_ * stride_; }

 private:
  void Clear() {
    if (data_ && fn_->destroy) {
      for (uint64_t i = 0; i < count_; i++) fn_->destroy(at(i));
    }
    data_.reset();
    count_ = 0;
  }
  const AggregateFunction* fn_ = nullptr;
  uint64_t count_ = 0;
  size_t stride_ = 0;
  std::unique_ptr<std::max_align_t[]> data_;
};

// A row's normalized key with its first 16 bytes as two big-endian words:
// most comparisons end there.
struct KeyedRow {
  uint64_t prefix_high;
  uint64_t prefix_low;
  std::string_view key;
  uint32_t part_len;
  uint32_t index;
};

uint64_t KeyWord(std::string_view key, size_t offset) {
  uint64_t p = 0;
  size_t n = key.size() > offset ? std::min<size_t>(8, key.size() - offset) : 0;
  for (size_t i = 0; i < n; i++) p |= static_cast<uint64_t>(static_cast<uint8_t>(key[offset + i])) << (56 - 8 * i);
  return p;
}

// Copies `count` values of `width` bytes from src[rows[k]] to dst[k].
template <typename T>
void GatherValues(char* dst, const char* const* sources, const uint32_t* rows, uint32_t count) {
  T* d = reinterpret_cast<T*>(dst);
  for (uint32_t k = 0; k < count; k++) std::memcpy(&d[k], sources[k] + rows[k] * sizeof(T), sizeof(T));
}
void GatherWidth(size_t width, char* dst, const char* const* sources, const uint32_t* rows, uint32_t count) {
  switch (width) {
    case 1: return GatherValues<uint8_t>(dst, sources, rows, count);
    case 2: return GatherValues<uint16_t>(dst, sources, rows, count);
    case 4: return GatherValues<uint32_t>(dst, sources, rows, count);
    case 8: return GatherValues<uint64_t>(dst, sources, rows, count);
    case 16: return GatherValues<__int128>(dst, sources, rows, count);
    default:
      for (uint32_t k = 0; k < count; k++) std::memcpy(dst + k * width, sources[k] + rows[k] * width, width);
  }
}

const char* FunctionName(WindowFunctionKind kind) {
  switch (kind) {
    case WindowFunctionKind::kAggregate: return "aggregate";
    case WindowFunctionKind::kRowNumber: return "row_number";
    case WindowFunctionKind::kRank: return "rank";
    case WindowFunctionKind::kDenseRank: return "dense_rank";
    case WindowFunctionKind::kPercentRank: return "percent_rank";
    case WindowFunctionKind::kCumeDist: return "cume_dist";
    case WindowFunctionKind::kNtile: return "ntile";
    case WindowFunctionKind::kLag: return "lag";
    case WindowFunctionKind::kLead: return "lead";
    case WindowFunctionKind::kFirstValue: return "first_value";
    case WindowFunctionKind::kLastValue: return "last_value";
    case WindowFunctionKind::kNthValue: return "nth_value";
  }
  return "?";
}

const char* BoundText(WindowFrameBound b) {
  switch (b) {
    case WindowFrameBound::kUnboundedPreceding: return "UNBOUNDED PRECEDING";
    case WindowFrameBound::kOffsetPreceding: return "PRECEDING";
    case WindowFrameBound::kCurrentRow: return "CURRENT ROW";
    case WindowFrameBound::kOffsetFollowing: return "FOLLOWING";
    case WindowFrameBound::kUnboundedFollowing: return "UNBOUNDED FOLLOWING";
  }
  return "?";
}

bool IsOffset(WindowFrameBound b) {
  return b == WindowFrameBound::kOffsetPreceding || b == WindowFrameBound::kOffsetFollowing;
}

}  // namespace

WindowFrame WindowFrame::Clone() const {
  WindowFrame f;
  f.mode = mode;
  f.start = start;
  f.end = end;
  if (start_offset) f.start_offset = start_offset->Clone();
  if (end_offset) f.end_offset = end_offset->Clone();
  if (range_key) f.range_key = range_key->Clone();
  if (start_bound) f.start_bound = start_bound->Clone();
  if (end_bound) f.end_bound = end_bound->Clone();
  f.exclusion = exclusion;
  return f;
}

std::string WindowFrame::ToString() const {
  std::string s = mode == WindowFrameMode::kRows ? "ROWS" : (mode == WindowFrameMode::kRange ? "RANGE" : "GROUPS");
  s += " BETWEEN ";
  if (IsOffset(start)) s += start_offset->ToString() + " ";
  s += BoundText(start);
  s += " AND ";
  if (IsOffset(end)) s += end_offset->ToString() + " ";
  s += BoundText(end);
  switch (exclusion) {
    case WindowExclusion::kNoOthers: break;
    case WindowExclusion::kCurrentRow: s += " EXCLUDE CURRENT ROW"; break;
    case WindowExclusion::kGroup: s += " EXCLUDE GROUP"; break;
    case WindowExclusion::kTies: s += " EXCLUDE TIES"; break;
  }
  return s;
}

WindowFunction WindowFunction::Clone() const {
  WindowFunction f;
  f.kind = kind;
  if (kind == WindowFunctionKind::kAggregate) f.aggregate = aggregate.Clone();
  for (const auto& a : args) f.args.push_back(a->Clone());
  for (const auto& p : partition_by) f.partition_by.push_back(p->Clone());
  for (const auto& k : order_by) f.order_by.push_back(SortKey::Make(k.expr->Clone(), k.descending, k.nulls_first));
  f.frame = frame.Clone();
  f.type = type;
  return f;
}

std::string WindowFunction::ToString() const {
  std::string s;
  if (kind == WindowFunctionKind::kAggregate) {
    s = aggregate.ToString();
  } else {
    s = std::string(FunctionName(kind)) + "(";
    for (size_t i = 0; i < args.size(); i++) s += (i ? ", " : "") + args[i]->ToString();
    s += ")";
  }
  s += " OVER (";
  for (size_t i = 0; i < partition_by.size(); i++) s += (i ? ", " : "PARTITION BY ") + partition_by[i]->ToString();
  for (size_t i = 0; i < order_by.size(); i++) {
    s += (i ? ", " : (partition_by.empty() ? "ORDER BY " : " ORDER BY ")) + order_by[i].expr->ToString();
    if (order_by[i].descending) s += " DESC";
    if (order_by[i].nulls_first != order_by[i].descending) s += order_by[i].nulls_first ? " NULLS FIRST" : " NULLS LAST";
  }
  s += ")";
  return s;
}

// ---- State ------------------------------------------------------------------

struct WindowOperator::State {
  ExecContext* context = nullptr;
  size_t child_width = 0;
  // Distinct expressions, stored after the child's columns.
  std::vector<std::string> slot_texts;
  std::vector<const Expr*> slot_exprs;
  std::vector<ExpressionExecutor> slot_exec;
  std::vector<Vector> slot_values;

  struct FunctionSlots {
    std::vector<int> args;  // column index in the stored rows
    int filter = -1;
    int range_key = -1, start_bound = -1, end_bound = -1;
    int64_t start_offset = 0, end_offset = 0;
    int result = -1;  // column of the result
  };
  std::vector<FunctionSlots> slots;
  struct Window {
    std::vector<int> keys;  // partition slots, then order slots
    std::vector<bool> descending, nulls_first;
    size_t partition_count = 0;
    std::vector<size_t> functions;
  };
  std::vector<Window> windows;

  internal::RowCollection input;  // holds the memory charge of the rows
  std::vector<DataChunk> chunks;  // the rows, reordered per window
  uint64_t n = 0;
  MemoryReservation memory;

  // Per window, over the current order.
  struct Partition {
    uint64_t begin, end;
    uint32_t first_group, end_group;
  };
  std::vector<Partition> partitions;
  std::vector<uint32_t> group_of;    // peer group per position
  std::vector<uint64_t> group_begin;  // start position per group, + n

  bool computed = false;
  size_t emit_chunk = 0;
  DataChunk out;

  const Vector& column(uint64_t pos, int c) const { return chunks[pos >> kShift].column(c); }
  Vector& column(uint64_t pos, int c) { return chunks[pos >> kShift].column(c); }

  int AddSlot(const Expr& e) {
    std::string text = e.ToString() + "::" + std::to_string(e.type.oid);
    for (size_t i = 0; i < slot_texts.size(); i++) {
      if (slot_texts[i] == text) return static_cast<int>(child_width + i);
    }
    slot_texts.push_back(std::move(text));
    slot_exprs.push_back(&e);
    return static_cast<int>(child_width + slot_texts.size() - 1);
  }

  Status Materialize(PhysicalOperator& child, const std::vector<WindowFunction>& functions);
  Status SortWindow(const Window& w);
  Status ComputeFrame(const WindowFunction& f, const FunctionSlots& fs, const Partition& p, uint64_t i,
                      FrameRanges* out) const;
  Status Evaluate(const WindowFunction& f, const FunctionSlots& fs);
  Status EvaluateRanking(const WindowFunction& f, const FunctionSlots& fs);
  Status EvaluateOffset(const WindowFunction& f, const FunctionSlots& fs);
  Status EvaluateValue(const WindowFunction& f, const FunctionSlots& fs);
  Status EvaluateAggregate(const WindowFunction& f, const FunctionSlots& fs);
};

WindowOperator::WindowOperator(OperatorPtr child, std::vector<WindowFunction> functions)
    : PhysicalOperator([&] {
        std::vector<types::SqlType> types = child->output_types();
        for (const auto& f : functions) types.push_back(f.type);
        return types;
      }()),
      child_(std::move(child)),
      functions_(std::move(functions)) {}

WindowOperator::~WindowOperator() = default;

namespace {

Result<int64_t> EvaluateFrameOffset(const Expr& e, ExecContext& context, bool start, bool range) {
  ASSIGN_OR_RETURN(types::Value v, EvaluateConstant(e, &context));
  if (v.is_null()) {
    return Status::Error(sqlstate::kNullValueNotAllowed,
                         std::string("frame ") + (start ? "starting" : "ending") + " offset must not be null");
  }
  if (range) {
    // RANGE offsets of any type: only the sign matters here.
    bool negative = false;
    switch (v.kind()) {
      case types::PhysicalKind::kInt16:
      case types::PhysicalKind::kInt32:
      case types::PhysicalKind::kInt64: negative = v.AsInt64() < 0; break;
      case types::PhysicalKind::kFloat32: negative = v.GetFloat4() < 0; break;
      case types::PhysicalKind::kFloat64: negative = v.GetFloat8() < 0; break;
      case types::PhysicalKind::kNumeric:
        negative = types::NumericCompare(v.GetNumeric(), types::Numeric::Finite(0, 0)) < 0;
        break;
      case types::PhysicalKind::kInterval: {
        const types::Interval& iv = v.GetInterval();
        negative = iv.months < 0 || iv.days < 0 || iv.time_us < 0;
        break;
      }
      default: break;
    }
    if (negative) return Status::Error("22013", "invalid preceding or following size in window function");
    return 0;
  }
  int64_t n = v.AsInt64();
  if (n < 0) {
    return Status::Error("22013", std::string("frame ") + (start ? "starting" : "ending") + " offset must not be negative");
  }
  return n;
}

}  // namespace

Status WindowOperator::Open(ExecContext& context) {
  state_ = std::make_unique<State>();
  State& s = *state_;
  s.context = &context;
  s.child_width = child_->output_types().size();
  s.memory.Bind(&context.memory);
  for (const WindowFunction& f : functions_) {
    State::FunctionSlots fs;
    if (f.kind == WindowFunctionKind::kAggregate) {
      for (const auto& a : f.aggregate.args) fs.args.push_back(s.AddSlot(*a));
      if (f.aggregate.filter) fs.filter = s.AddSlot(*f.aggregate.filter);
    } else {
      for (const auto& a : f.args) fs.args.push_back(s.AddSlot(*a));
    }
    if (f.frame.range_key) {
      fs.range_key = s.AddSlot(*f.frame.range_key);
      if (f.frame.start_bound) fs.start_bound = s.AddSlot(*f.frame.start_bound);
      if (f.frame.end_bound) fs.end_bound = s.AddSlot(*f.frame.end_bound);
    }
    bool range = f.frame.mode == WindowFrameMode::kRange;
    if (IsOffset(f.frame.start)) {
      ASSIGN_OR_RETURN(fs.start_offset, EvaluateFrameOffset(*f.frame.start_offset, context, true, range));
    }
    if (IsOffset(f.frame.end)) {
      ASSIGN_OR_RETURN(fs.end_offset, EvaluateFrameOffset(*f.frame.end_offset, context, false, range));
    }
    // Window: same partition and order keys.
    State::Window w;
    for (const auto& p : f.partition_by) {
      w.keys.push_back(s.AddSlot(*p));
      w.descending.push_back(false);
      w.nulls_first.push_back(false);
    }
    w.partition_count = f.partition_by.size();
    for (const auto& k : f.order_by) {
      w.keys.push_back(s.AddSlot(*k.expr));
      w.descending.push_back(k.descending);
      w.nulls_first.push_back(k.nulls_first);
    }
    size_t index = s.slots.size();
    bool found = false;
    for (auto& existing : s.windows) {
      if (existing.keys == w.keys && existing.descending == w.descending && existing.nulls_first == w.nulls_first &&
          existing.partition_count == w.partition_count) {
        existing.functions.push_back(index);
        found = true;
        break;
      }
    }
    if (!found) {
      w.functions.push_back(index);
      s.windows.push_back(std::move(w));
    }
    s.slots.push_back(std::move(fs));
  }
  size_t first_result = s.child_width + s.slot_texts.size();
  for (size_t i = 0; i < s.slots.size(); i++) s.slots[i].result = static_cast<int>(first_result + i);
  for (const Expr* e : s.slot_exprs) {
    s.slot_exec.emplace_back(*e, &context);
    s.slot_values.emplace_back(e->type);
  }
  return child_->Open(context);
}

Status WindowOperator::State::Materialize(PhysicalOperator& child, const std::vector<WindowFunction>& functions) {
  std::vector<types::SqlType> stored = child.output_types();
  for (const Expr* e : slot_exprs) stored.push_back(e->type);
  input.Reset(stored, &context->memory);
  DataChunk chunk;
  std::vector<const Vector*> columns(stored.size());
  while (true) {
    RETURN_IF_ERROR(context->CheckCancel());
    ASSIGN_OR_RETURN(bool more, child.Next(chunk));
    if (!more) break;
    for (size_t k = 0; k < slot_exec.size(); k++) RETURN_IF_ERROR(slot_exec[k].Execute(chunk, slot_values[k]));
    for (size_t c = 0; c < child_width; c++) columns[c] = &chunk.column(c);
    for (size_t k = 0; k < slot_values.size(); k++) columns[child_width + k] = &slot_values[k];
    RETURN_IF_ERROR(input.Append(columns, chunk.selection(), chunk.count()));
  }
  n = input.row_count();
  chunks.clear();
  for (size_t i = 0; i < input.chunk_count(); i++) {
    DataChunk& c = input.chunk(i);
    for (const WindowFunction& f : functions) {
      Vector v(f.type);
      v.SetAllNull();
      c.columns().push_back(std::move(v));
    }
    chunks.push_back(std::move(c));
  }
  return memory.Grow(static_cast<int64_t>(chunks.size() * functions.size()) * 16 * kVectorSize);
}

// Sorts the rows by the window's keys (stable), reorders them physically,
// and finds partitions and peer groups.
Status WindowOperator::State::SortWindow(const Window& w) {
  partitions.clear();
  group_of.assign(n, 0);
  group_begin.clear();
  if (n == 0) {
    group_begin.push_back(0);
    return Status::Ok();
  }
  if (w.keys.empty()) {
    partitions.push_back(Partition{0, n, 0, 1});
    group_begin = {0, n};
    return Status::Ok();
  }
  std::string arena;
  std::vector<uint64_t> offsets(n + 1);
  std::vector<uint32_t> part_len(n);
  for (uint64_t i = 0; i < n; i++) {
    if ((i & kMask) == 0) RETURN_IF_ERROR(context->CheckCancel());
    offsets[i] = arena.size();
    for (size_t k = 0; k < w.keys.size(); k++) {
      if (k == w.partition_count) part_len[i] = static_cast<uint32_t>(arena.size() - offsets[i]);
      internal::AppendSortKey(column(i, w.keys[k]), static_cast<uint32_t>(i & kMask), w.descending[k],
                              w.nulls_first[k], arena);
    }
    if (w.partition_count == w.keys.size()) part_len[i] = static_cast<uint32_t>(arena.size() - offsets[i]);
  }
  offsets[n] = arena.size();
  MemoryReservation key_memory(&context->memory);
  RETURN_IF_ERROR(key_memory.Resize(static_cast<int64_t>(arena.capacity() + n * (sizeof(KeyedRow) + 12))));
  std::vector<KeyedRow> keyed(n);
  for (uint64_t i = 0; i < n; i++) {
    std::string_view key(arena.data() + offsets[i], offsets[i + 1] - offsets[i]);
    keyed[i] = KeyedRow{KeyWord(key, 0), KeyWord(key, 8), key, part_len[i], static_cast<uint32_t>(i)};
  }
  offsets = {};
  part_len = {};
  bool sorted = true;
  auto less = [](const KeyedRow& a, const KeyedRow& b) {
    if (a.prefix_high != b.prefix_high) return a.prefix_high < b.prefix_high;
    if (a.prefix_low != b.prefix_low) return a.prefix_low < b.prefix_low;
    int c = a.key.size() > 16 || b.key.size() > 16 ? a.key.compare(b.key) : 0;
    if (c == 0 && a.key.size() != b.key.size()) c = a.key.size() < b.key.size() ? -1 : 1;
    if (c != 0) return c < 0;
    return a.index < b.index;
  };
  for (uint64_t i = 1; i < n && sorted; i++) sorted = less(keyed[i - 1], keyed[i]);
  if (!sorted) {
    std::sort(keyed.begin(), keyed.end(), less);
    // Physical reorder. String bytes stay where they are: one holder keeps
    // every source heap alive for the new chunks.
    auto holder = std::make_shared<StringHeap>();
    size_t width = chunks.empty() ? 0 : chunks[0].column_count();
    std::vector<bool> is_bytes(width);
    std::vector<size_t> value_width(width);
    for (size_t c = 0; c < width; c++) {
      is_bytes[c] = chunks[0].column(c).physical() == types::PhysicalKind::kBytes;
      value_width[c] = ValueWidth(chunks[0].column(c).physical());
    }
    for (auto& chunk : chunks) {
      for (size_t c = 0; c < width; c++) {
        if (is_bytes[c]) holder->KeepAlive(chunk.column(c).shared_heap());
      }
    }
    std::vector<types::SqlType> types = chunks[0].Types();
    std::vector<DataChunk> reordered;
    reordered.reserve(chunks.size());
    std::vector<const char*> sources(kVectorSize);
    std::vector<uint32_t> rows(kVectorSize);
    for (uint64_t base = 0; base < n; base += kVectorSize) {
      RETURN_IF_ERROR(context->CheckCancel());
      uint32_t count = static_cast<uint32_t>(std::min<uint64_t>(kVectorSize, n - base));
      DataChunk dst(types);
      for (uint32_t k = 0; k < count; k++) rows[k] = keyed[base + k].index & kMask;
      for (size_t c = 0; c < width; c++) {
        Vector& d = dst.column(c);
        if (is_bytes[c]) d.heap().KeepAlive(holder);
        for (uint32_t k = 0; k < count; k++) sources[k] = chunks[keyed[base + k].index >> kShift].column(c).values<char>();
        GatherWidth(value_width[c], d.values<char>(), sources.data(), rows.data(), count);
        for (uint32_t k = 0; k < count; k++) {
          uint32_t src = keyed[base + k].index;
          d.SetValidity(k, chunks[src >> kShift].column(c).IsValid(src & kMask));
        }
      }
      dst.SetSize(count);
      reordered.push_back(std::move(dst));
    }
    chunks = std::move(reordered);
  }
  // Partitions and peer groups.
  uint64_t part_begin = 0;
  uint32_t part_first_group = 0;
  uint32_t group = 0;
  group_begin.push_back(0);
  for (uint64_t i = 1; i <= n; i++) {
    bool new_partition = i == n;
    bool new_group = i == n;
    if (i < n) {
      const KeyedRow& a = keyed[i - 1];
      const KeyedRow& b = keyed[i];
      new_partition = a.part_len != b.part_len || a.key.substr(0, a.part_len) != b.key.substr(0, b.part_len);
      new_group = new_partition || a.key != b.key;
    }
    if (new_group) {
      group++;
      group_begin.push_back(i);
    }
    if (new_partition) {
      partitions.push_back(Partition{part_begin, i, part_first_group, group});
      part_begin = i;
      part_first_group = group;
    }
    if (i < n) group_of[i] = group;
  }
  return Status::Ok();
}

// The frame of row `i` (in partition `p`) as position ranges.
Status WindowOperator::State::ComputeFrame(const WindowFunction& f, const FunctionSlots& fs, const Partition& p,
                                           uint64_t i, FrameRanges* out) const {
  const WindowFrame& frame = f.frame;
  const uint64_t ps = p.begin, pe = p.end;
  const uint32_t g = group_of[i];
  uint64_t start = ps, end = pe;
  auto clamp_sub = [&](uint64_t k) { return i >= ps + k ? i - k : ps; };
  switch (frame.mode) {
    case WindowFrameMode::kRows: {
      uint64_t so = static_cast<uint64_t>(fs.start_offset), eo = static_cast<uint64_t>(fs.end_offset);
      switch (frame.start) {
        case WindowFrameBound::kUnboundedPreceding: start = ps; break;
        case WindowFrameBound::kOffsetPreceding: start = clamp_sub(so); break;
        case WindowFrameBound::kCurrentRow: start = i; break;
        case WindowFrameBound::kOffsetFollowing: start = pe - i > so ? i + so : pe; break;
        case WindowFrameBound::kUnboundedFollowing: start = pe; break;
      }
      switch (frame.end) {
        case WindowFrameBound::kUnboundedPreceding: end = ps; break;
        case WindowFrameBound::kOffsetPreceding: end = i >= ps + eo ? i - eo + 1 : ps; break;
        case WindowFrameBound::kCurrentRow: end = i + 1; break;
        case WindowFrameBound::kOffsetFollowing: end = pe - i > eo ? i + eo + 1 : pe; break;
        case WindowFrameBound::kUnboundedFollowing: end = pe; break;
      }
      break;
    }
    case WindowFrameMode::kGroups: {
      uint64_t so = static_cast<uint64_t>(fs.start_offset), eo = static_cast<uint64_t>(fs.end_offset);
      switch (frame.start) {
        case WindowFrameBound::kUnboundedPreceding: start = ps; break;
        case WindowFrameBound::kOffsetPreceding:
          start = group_begin[g >= p.first_group + so ? g - so : p.first_group];
          break;
        case WindowFrameBound::kCurrentRow: start = group_begin[g]; break;
        case WindowFrameBound::kOffsetFollowing: start = p.end_group - g > so ? group_begin[g + so] : pe; break;
        case WindowFrameBound::kUnboundedFollowing: start = pe; break;
      }
      switch (frame.end) {
        case WindowFrameBound::kUnboundedPreceding: end = ps; break;
        case WindowFrameBound::kOffsetPreceding: end = g >= p.first_group + eo ? group_begin[g - eo + 1] : ps; break;
        case WindowFrameBound::kCurrentRow: end = group_begin[g + 1]; break;
        case WindowFrameBound::kOffsetFollowing: end = p.end_group - g > eo ? group_begin[g + eo + 1] : pe; break;
        case WindowFrameBound::kUnboundedFollowing: end = pe; break;
      }
      break;
    }
    case WindowFrameMode::kRange: {
      // Offsets compare the single ORDER BY key with key ∓ offset. NULL keys
      // form one peer group at one end of the partition that offset bounds
      // of non-NULL rows never reach (and that is the frame of its rows).
      uint64_t nn_begin = ps, nn_end = pe;
      bool desc = !f.order_by.empty() && f.order_by[0].descending;
      bool current_null = false;
      if (fs.range_key >= 0) {
        const Vector& cur = column(i, fs.range_key);
        current_null = cur.IsNull(static_cast<uint32_t>(i & kMask));
        bool nulls_first = f.order_by[0].nulls_first;
        // NULL keys sort as one group at the start or the end.
        if (nulls_first) {
          uint32_t first = p.first_group;
          if (column(group_begin[first], fs.range_key).IsNull(static_cast<uint32_t>(group_begin[first] & kMask))) {
            nn_begin = group_begin[first + 1];
          }
        } else {
          uint32_t last = p.end_group - 1;
          if (column(group_begin[last], fs.range_key).IsNull(static_cast<uint32_t>(group_begin[last] & kMask))) {
            nn_end = group_begin[last];
          }
        }
      }
      internal::RowCompareFn compare = fs.range_key >= 0 ? internal::GetRowCompare(f.frame.range_key->type) : nullptr;
      // First position in [nn_begin, nn_end) whose key is past `bound`
      // (strict: key > bound for ASC; else key >= bound).
      auto search = [&](int bound_slot, bool strict) -> uint64_t {
        const Vector& bv = column(i, bound_slot);
        uint32_t br = static_cast<uint32_t>(i & kMask);
        uint64_t lo = nn_begin, hi = nn_end;
        while (lo < hi) {
          uint64_t mid = lo + (hi - lo) / 2;
          int c = compare(column(mid, fs.range_key), static_cast<uint32_t>(mid & kMask), bv, br);
          if (desc) c = -c;
          bool past = strict ? c > 0 : c >= 0;
          if (past) {
            hi = mid;
          } else {
            lo = mid + 1;
          }
        }
        return lo;
      };
      switch (frame.start) {
        case WindowFrameBound::kUnboundedPreceding: start = ps; break;
        case WindowFrameBound::kCurrentRow: start = group_begin[g]; break;
        case WindowFrameBound::kOffsetPreceding:
        case WindowFrameBound::kOffsetFollowing:
          start = current_null ? group_begin[g] : search(fs.start_bound, false);
          break;
        case WindowFrameBound::kUnboundedFollowing: start = pe; break;
      }
      switch (frame.end) {
        case WindowFrameBound::kUnboundedPreceding: end = ps; break;
        case WindowFrameBound::kCurrentRow: end = group_begin[g + 1]; break;
        case WindowFrameBound::kOffsetPreceding:
        case WindowFrameBound::kOffsetFollowing:
          end = current_null ? group_begin[g + 1] : search(fs.end_bound, true);
          break;
        case WindowFrameBound::kUnboundedFollowing: end = pe; break;
      }
      break;
    }
  }
  if (end < start) end = start;
  out->count = 0;
  switch (frame.exclusion) {
    case WindowExclusion::kNoOthers: out->Add(start, end); break;
    case WindowExclusion::kCurrentRow:
      out->Add(start, std::min(end, i));
      out->Add(std::max(start, i + 1), end);
      break;
    case WindowExclusion::kGroup:
      out->Add(start, std::min(end, group_begin[g]));
      out->Add(std::max(start, group_begin[g + 1]), end);
      break;
    case WindowExclusion::kTies:
      out->Add(start, std::min(end, group_begin[g]));
      if (i >= start && i < end) out->Add(i, i + 1);
      out->Add(std::max(start, group_begin[g + 1]), end);
      break;
  }
  return Status::Ok();
}

Status WindowOperator::State::Evaluate(const WindowFunction& f, const FunctionSlots& fs) {
  switch (f.kind) {
    case WindowFunctionKind::kAggregate: return EvaluateAggregate(f, fs);
    case WindowFunctionKind::kRowNumber:
    case WindowFunctionKind::kRank:
    case WindowFunctionKind::kDenseRank:
    case WindowFunctionKind::kPercentRank:
    case WindowFunctionKind::kCumeDist:
    case WindowFunctionKind::kNtile: return EvaluateRanking(f, fs);
    case WindowFunctionKind::kLag:
    case WindowFunctionKind::kLead: return EvaluateOffset(f, fs);
    case WindowFunctionKind::kFirstValue:
    case WindowFunctionKind::kLastValue:
    case WindowFunctionKind::kNthValue: return EvaluateValue(f, fs);
  }
  return Status::Ok();
}

Status WindowOperator::State::EvaluateRanking(const WindowFunction& f, const FunctionSlots& fs) {
  for (const Partition& p : partitions) {
    RETURN_IF_ERROR(context->CheckCancel());
    const uint64_t rows = p.end - p.begin;
    int64_t buckets = 0;
    bool ntile_null = false;
    if (f.kind == WindowFunctionKind::kNtile) {
      // Evaluated at the partition's first row, as PostgreSQL does.
      const Vector& v = column(p.begin, fs.args[0]);
      uint32_t r = static_cast<uint32_t>(p.begin & kMask);
      ntile_null = v.IsNull(r);
      if (!ntile_null) {
        buckets = v.values<int32_t>()[r];
        if (buckets <= 0) return Status::Error("22014", "argument of ntile must be greater than zero");
      }
    }
    for (uint64_t i = p.begin; i < p.end; i++) {
      Vector& out = column(i, fs.result);
      uint32_t r = static_cast<uint32_t>(i & kMask);
      uint32_t g = group_of[i];
      uint64_t rank = group_begin[g] - p.begin + 1;
      switch (f.kind) {
        case WindowFunctionKind::kRowNumber: out.values<int64_t>()[r] = static_cast<int64_t>(i - p.begin + 1); break;
        case WindowFunctionKind::kRank: out.values<int64_t>()[r] = static_cast<int64_t>(rank); break;
        case WindowFunctionKind::kDenseRank: out.values<int64_t>()[r] = g - p.first_group + 1; break;
        case WindowFunctionKind::kPercentRank:
          out.values<double>()[r] = rows > 1 ? static_cast<double>(rank - 1) / static_cast<double>(rows - 1) : 0.0;
          break;
        case WindowFunctionKind::kCumeDist:
          out.values<double>()[r] = static_cast<double>(group_begin[g + 1] - p.begin) / static_cast<double>(rows);
          break;
        case WindowFunctionKind::kNtile: {
          if (ntile_null) {
            out.SetNull(r);
            continue;
          }
          // PostgreSQL: the first (rows % buckets) buckets hold one row more.
          uint64_t nb = static_cast<uint64_t>(buckets);
          uint64_t per = rows / nb, extra = rows % nb;
          uint64_t k = i - p.begin;
          uint64_t big = extra * (per + 1);
          uint64_t bucket = k < big ? k / (per + 1) : extra + (k - big) / std::max<uint64_t>(per, 1);
          out.values<int32_t>()[r] = static_cast<int32_t>(bucket + 1);
          break;
        }
        default: break;
      }
      out.SetValid(r);
    }
  }
  return Status::Ok();
}

Status WindowOperator::State::EvaluateOffset(const WindowFunction& f, const FunctionSlots& fs) {
  const bool lag = f.kind == WindowFunctionKind::kLag;
  for (const Partition& p : partitions) {
    RETURN_IF_ERROR(context->CheckCancel());
    for (uint64_t i = p.begin; i < p.end; i++) {
      Vector& out = column(i, fs.result);
      uint32_t r = static_cast<uint32_t>(i & kMask);
      int64_t offset = 1;
      if (fs.args.size() >= 2) {
        const Vector& ov = column(i, fs.args[1]);
        if (ov.IsNull(r)) {
          out.SetNull(r);
          continue;
        }
        offset = ov.values<int32_t>()[r];
      }
      int64_t target = static_cast<int64_t>(i) + (lag ? -offset : offset);
      if (target >= static_cast<int64_t>(p.begin) && target < static_cast<int64_t>(p.end)) {
        uint64_t t = static_cast<uint64_t>(target);
        out.CopyValue(column(t, fs.args[0]), static_cast<uint32_t>(t & kMask), r);
      } else if (fs.args.size() >= 3) {
        out.CopyValue(column(i, fs.args[2]), r, r);
      } else {
        out.SetNull(r);
      }
    }
  }
  return Status::Ok();
}

Status WindowOperator::State::EvaluateValue(const WindowFunction& f, const FunctionSlots& fs) {
  FrameRanges frame;
  for (const Partition& p : partitions) {
    RETURN_IF_ERROR(context->CheckCancel());
    for (uint64_t i = p.begin; i < p.end; i++) {
      Vector& out = column(i, fs.result);
      uint32_t r = static_cast<uint32_t>(i & kMask);
      int64_t nth = 1;
      if (f.kind == WindowFunctionKind::kNthValue) {
        const Vector& nv = column(i, fs.args[1]);
        if (nv.IsNull(r)) {
          out.SetNull(r);
          continue;
        }
        nth = nv.values<int32_t>()[r];
        if (nth <= 0) return Status::Error("22016", "argument of nth_value must be greater than zero");
      }
      RETURN_IF_ERROR(ComputeFrame(f, fs, p, i, &frame));
      bool found = false;
      uint64_t pos = 0;
      if (f.kind == WindowFunctionKind::kLastValue) {
        if (frame.count > 0) {
          pos = frame.end[frame.count - 1] - 1;
          found = true;
        }
      } else {
        uint64_t skip = static_cast<uint64_t>(nth - 1);
        for (int k = 0; k < frame.count && !found; k++) {
          uint64_t len = frame.end[k] - frame.begin[k];
          if (skip < len) {
            pos = frame.begin[k] + skip;
            found = true;
          } else {
            skip -= len;
          }
        }
      }
      if (found) {
        out.CopyValue(column(pos, fs.args[0]), static_cast<uint32_t>(pos & kMask), r);
      } else {
        out.SetNull(r);
      }
    }
  }
  return Status::Ok();
}

Status WindowOperator::State::EvaluateAggregate(const WindowFunction& f, const FunctionSlots& fs) {
  const BoundAggregate& agg = f.aggregate;
  const AggregateFunction* fn = agg.function;
  // Which rows reach update(): FILTER true, first argument not NULL (as
  // HashAggregateOperator).
  std::vector<uint8_t> accepted(n, 1);
  for (uint64_t i = 0; i < n; i++) {
    uint32_t r = static_cast<uint32_t>(i & kMask);
    if (fs.filter >= 0) {
      const Vector& fv = column(i, fs.filter);
      if (fv.IsNull(r) || !fv.values<bool>()[r]) accepted[i] = 0;
    }
    if (!agg.row_argument && !fs.args.empty() && !fn->keeps_nulls && column(i, fs.args[0]).IsNull(r)) accepted[i] = 0;
  }
  std::vector<const Vector*> inputs(fs.args.size());
  std::vector<uint32_t> sel(kVectorSize);
  std::vector<void*> state_ptrs(kVectorSize);
  // Adds the accepted rows of [a, b) to `state`.
  auto update_range = [&](uint64_t a, uint64_t b, void* state) -> Status {
    while (a < b) {
      uint64_t chunk = a >> kShift;
      uint32_t r0 = static_cast<uint32_t>(a & kMask);
      uint32_t r1 = static_cast<uint32_t>(std::min<uint64_t>(kVectorSize, r0 + (b - a)));
      uint32_t count = 0;
      for (uint32_t r = r0; r < r1; r++) {
        if (accepted[(chunk << kShift) + r]) {
          sel[count] = r;
          state_ptrs[count] = state;
          count++;
        }
      }
      if (count > 0) {
        for (size_t k = 0; k < fs.args.size(); k++) inputs[k] = &chunks[chunk].column(fs.args[k]);
        RETURN_IF_ERROR(fn->update(inputs, sel.data(), count, state_ptrs.data(), context));
      }
      a += r1 - r0;
    }
    return Status::Ok();
  };
  const WindowFrame& frame = f.frame;
  const bool growing = frame.start == WindowFrameBound::kUnboundedPreceding &&
                       frame.exclusion == WindowExclusion::kNoOthers;
  FrameRanges ranges, previous;
  if (growing) {
    for (const Partition& p : partitions) {
      RETURN_IF_ERROR(context->CheckCancel());
      StateArray state(fn, 1);
      uint64_t added = p.begin;
      uint64_t previous_end = 0;
      for (uint64_t i = p.begin; i < p.end; i++) {
        if ((i & kMask) == 0) RETURN_IF_ERROR(context->CheckCancel());
        RETURN_IF_ERROR(ComputeFrame(f, fs, p, i, &ranges));
        uint64_t end = ranges.count ? ranges.end[0] : p.begin;
        Vector& out = column(i, fs.result);
        uint32_t r = static_cast<uint32_t>(i & kMask);
        if (i > p.begin && end == previous_end) {
          out.CopyValue(column(i - 1, fs.result), static_cast<uint32_t>((i - 1) & kMask), r);
          continue;
        }
        if (end > added) {
          RETURN_IF_ERROR(update_range(added, end, state.at(0)));
          added = end;
        }
        RETURN_IF_ERROR(fn->finalize(state.at(0), out, r));
        previous_end = end;
      }
    }
    return Status::Ok();
  }
  // Sliding frames: when the aggregate combines, a segment tree whose
  // leaves are blocks of kBlockRows rows (a frame's partial blocks at
  // either end are added row by row); else recompute each distinct frame.
  constexpr uint64_t kBlockRows = 32;
  const uint64_t blocks = (n + kBlockRows - 1) / kBlockRows;
  StateArray tree;
  if (fn->combine != nullptr && blocks > 0) {
    tree = StateArray(fn, 2 * blocks);
    RETURN_IF_ERROR(memory.Grow(static_cast<int64_t>(tree.bytes())));
    for (uint64_t b = 0; b < blocks; b++) {
      if ((b & 63) == 0) RETURN_IF_ERROR(context->CheckCancel());
      RETURN_IF_ERROR(update_range(b * kBlockRows, std::min(n, (b + 1) * kBlockRows), tree.at(blocks + b)));
    }
    for (uint64_t node = blocks - 1; node >= 1; node--) {
      RETURN_IF_ERROR(fn->combine(tree.at(node), tree.at(2 * node)));
      RETURN_IF_ERROR(fn->combine(tree.at(node), tree.at(2 * node + 1)));
    }
  }
  std::vector<uint64_t> right_nodes;
  // Adds rows [a, b) to `state` in order: partial block, whole blocks
  // through the tree (left nodes in order, right nodes reversed), partial
  // block.
  auto query = [&](uint64_t a, uint64_t b, void* state) -> Status {
    uint64_t first_block = (a + kBlockRows - 1) / kBlockRows, end_block = b / kBlockRows;
    if (first_block >= end_block) return update_range(a, b, state);
    RETURN_IF_ERROR(update_range(a, first_block * kBlockRows, state));
    right_nodes.clear();
    uint64_t l = first_block + blocks, r = end_block + blocks;
    while (l < r) {
      if (l & 1) RETURN_IF_ERROR(fn->combine(state, tree.at(l++)));
      if (r & 1) right_nodes.push_back(--r);
      l >>= 1;
      r >>= 1;
    }
    for (auto it = right_nodes.rbegin(); it != right_nodes.rend(); ++it) RETURN_IF_ERROR(fn->combine(state, tree.at(*it)));
    return update_range(end_block * kBlockRows, b, state);
  };
  StateArray scratch(fn, 1);
  for (const Partition& p : partitions) {
    RETURN_IF_ERROR(context->CheckCancel());
    for (uint64_t i = p.begin; i < p.end; i++) {
      if ((i & kMask) == 0) RETURN_IF_ERROR(context->CheckCancel());
      RETURN_IF_ERROR(ComputeFrame(f, fs, p, i, &ranges));
      Vector& out = column(i, fs.result);
      uint32_t r = static_cast<uint32_t>(i & kMask);
      if (i > p.begin && ranges == previous) {
        out.CopyValue(column(i - 1, fs.result), static_cast<uint32_t>((i - 1) & kMask), r);
        continue;
      }
      scratch.Reset(0);
      for (int k = 0; k < ranges.count; k++) {
        if (fn->combine != nullptr) {
          RETURN_IF_ERROR(query(ranges.begin[k], ranges.end[k], scratch.at(0)));
        } else {
          RETURN_IF_ERROR(update_range(ranges.begin[k], ranges.end[k], scratch.at(0)));
        }
      }
      RETURN_IF_ERROR(fn->finalize(scratch.at(0), out, r));
      previous = ranges;
    }
  }
  return Status::Ok();
}

Result<bool> WindowOperator::Next(DataChunk& out) {
  State& s = *state_;
  if (!s.computed) {
    RETURN_IF_ERROR(s.Materialize(*child_, functions_));
    child_->Close();
    for (const State::Window& w : s.windows) {
      RETURN_IF_ERROR(s.SortWindow(w));
      for (size_t fi : w.functions) RETURN_IF_ERROR(s.Evaluate(functions_[fi], s.slots[fi]));
    }
    s.computed = true;
    s.out.Initialize(output_types_);
  }
  if (s.emit_chunk >= s.chunks.size()) return false;
  RETURN_IF_ERROR(s.context->CheckCancel());
  DataChunk& chunk = s.chunks[s.emit_chunk++];
  for (size_t c = 0; c < s.child_width; c++) s.out.column(c).Reference(chunk.column(c));
  for (size_t f = 0; f < functions_.size(); f++) {
    s.out.column(s.child_width + f).Reference(chunk.column(static_cast<size_t>(s.slots[f].result)));
  }
  s.out.SetSize(chunk.size());
  out.Reference(s.out);
  return true;
}

void WindowOperator::Close() {
  child_->Close();
  state_.reset();
}

std::string WindowOperator::ExplainText() const {
  std::string s = "WindowAgg: ";
  for (size_t i = 0; i < functions_.size(); i++) {
    if (i) s += ", ";
    s += functions_[i].ToString();
  }
  return s;
}

}  // namespace augur::exec
