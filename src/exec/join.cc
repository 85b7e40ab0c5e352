// Hash join and nested-loop join. See operators.h for semantics.
//
// Hash join: the right input is materialized into a RowCollection and
// indexed by a chained hash table over normalized key bytes (see
// internal::AppendKeyBytes); the left input streams through. Output batches
// of (left row, right row) pairs are built column-wise; an optional residual
// predicate is evaluated over each batch. Outer/semi/anti rows are emitted
// per left chunk (match flags), unmatched right rows at the end.
#include <algorithm>
#include <cassert>

#include "exec/expression_executor.h"
#include "exec/kernels.h"
#include "exec/operators.h"
#include "exec/row_collection.h"

namespace augur::exec {

using internal::RowCollection;
using internal::RowRef;

namespace {

bool OutputsPairs(JoinType t) {
  return t == JoinType::kInner || t == JoinType::kLeft || t == JoinType::kRight || t == JoinType::kFull;
}
bool KeepsUnmatchedRight(JoinType t) { return t == JoinType::kRight || t == JoinType::kFull; }
bool LeftOnly(JoinType t) { return !OutputsPairs(t); }

std::vector<types::SqlType> Concat(const std::vector<types::SqlType>& a, const std::vector<types::SqlType>& b) {
  std::vector<types::SqlType> out = a;
  out.insert(out.end(), b.begin(), b.end());
  return out;
}

// Writes `count` NULLs into columns [from, to) of `chunk` at positions 0..count.
void SetNullColumns(DataChunk& chunk, size_t from, size_t to, uint32_t count) {
  for (size_t c = from; c < to; c++) {
    Vector& v = chunk.column(c);
    for (uint32_t i = 0; i < count; i++) v.SetNull(i);
  }
}

// Copies build rows into columns starting at `offset` of `out`.
void GatherBuildRows(const RowCollection& build, const RowRef* refs, uint32_t count, DataChunk& out, size_t offset) {
  for (size_t c = 0; c < build.types().size(); c++) {
    Vector& dst = out.column(offset + c);
    for (uint32_t k = 0; k < count; k++) dst.CopyValue(build.column(refs[k], c), refs[k].row, k);
  }
}

// RIGHT/FULL joins' tail: the next up to kVectorSize right rows that matched
// nothing, from (*chunk, *row) on, as rows with NULL left columns in `out`.
// Returns how many (0: the tail is done).
struct UnmatchedCursor {
  size_t chunk = 0;
  uint32_t row = 0;
};
uint32_t NextUnmatchedRight(const RowCollection& right, const std::vector<std::vector<uint8_t>>& matched,
                            size_t left_columns, UnmatchedCursor& cursor, std::vector<RowRef>& refs,
                            DataChunk& out) {
  refs.clear();
  while (cursor.chunk < right.chunk_count() && refs.size() < kVectorSize) {
    const auto& chunk_matched = matched[cursor.chunk];
    if (cursor.row >= chunk_matched.size()) {
      cursor.chunk++;
      cursor.row = 0;
      continue;
    }
    if (!chunk_matched[cursor.row]) refs.push_back(RowRef{static_cast<uint32_t>(cursor.chunk), cursor.row});
    cursor.row++;
  }
  auto n = static_cast<uint32_t>(refs.size());
  if (n == 0) return 0;
  out.Reset();
  SetNullColumns(out, 0, left_columns, n);
  GatherBuildRows(right, refs.data(), n, out, left_columns);
  out.SetSize(n);
  return n;
}

}  // namespace

// ============================== Hash join ==============================

struct HashJoinOperator::State {
  ExecContext* context = nullptr;
  std::vector<ExpressionExecutor> left_key_exec, right_key_exec;
  std::unique_ptr<ExpressionExecutor> residual;

  // Build side.
  RowCollection build;
  struct Entry {
    uint64_t hash;
    RowRef ref;
    uint32_t key_offset;
    uint32_t key_size;
    int64_t next;
  };
  std::vector<Entry> entries;
  std::string key_arena;
  std::vector<int64_t> buckets;
  uint64_t mask = 0;
  std::vector<std::vector<uint8_t>> right_matched;
  bool build_has_null_key = false;
  MemoryReservation table_memory;

  // Probe side.
  enum class Phase { kProbe, kLeftTail, kRightTail, kDone } phase = Phase::kProbe;
  DataChunk left;
  bool have_left = false;
  std::vector<Vector> left_keys;
  std::string left_key_arena;
  std::vector<uint32_t> left_key_offset, left_key_size;
  std::vector<uint64_t> left_hash;
  std::vector<uint8_t> left_key_null, left_matched;
  uint32_t probe_pos = 0;  // logical row of `left`
  bool probe_started = false;
  int64_t chain = -1;

  // Output batches.
  std::vector<uint32_t> pair_left;          // physical positions in `left`
  std::vector<uint32_t> pair_left_logical;  // logical indices (for match flags)
  std::vector<RowRef> pair_right;
  DataChunk pairs;  // left ++ right columns
  DataChunk out;
  SelectionVector sel;
  UnmatchedCursor tail;  // RIGHT/FULL: position in the right rows
};

HashJoinOperator::HashJoinOperator(JoinType type, OperatorPtr left, OperatorPtr right, std::vector<ExprPtr> left_keys,
                                   std::vector<ExprPtr> right_keys, ExprPtr residual)
    : PhysicalOperator(JoinOutputTypes(type, left->output_types(), right->output_types())),
      type_(type),
      left_(std::move(left)),
      right_(std::move(right)),
      left_keys_(std::move(left_keys)),
      right_keys_(std::move(right_keys)),
      residual_(std::move(residual)) {
  assert(left_keys_.size() == right_keys_.size());
  assert(type_ != JoinType::kAntiNullAware || (left_keys_.size() == 1 && residual_ == nullptr));
}

HashJoinOperator::~HashJoinOperator() = default;

Status HashJoinOperator::Open(ExecContext& context) {
  state_ = std::make_unique<State>();
  State& s = *state_;
  s.context = &context;
  for (const auto& k : left_keys_) {
    s.left_key_exec.emplace_back(*k, &context);
    s.left_keys.emplace_back(k->type);
  }
  for (const auto& k : right_keys_) s.right_key_exec.emplace_back(*k, &context);
  if (residual_) s.residual = std::make_unique<ExpressionExecutor>(*residual_, &context);
  s.build.Reset(right_->output_types(), &context.memory);
  s.table_memory.Bind(&context.memory);
  s.pairs.Initialize(Concat(left_->output_types(), right_->output_types()));
  s.out.Initialize(output_types_);

  // Build: materialize the right input, then hash its keys.
  RETURN_IF_ERROR(right_->Open(context));
  DataChunk chunk;
  while (true) {
    RETURN_IF_ERROR(context.CheckCancel());
    ASSIGN_OR_RETURN(bool more, right_->Next(chunk));
    if (!more) break;
    RETURN_IF_ERROR(s.build.AppendChunk(chunk));
  }
  right_->Close();
  std::vector<Vector> keys;
  for (const auto& k : right_keys_) keys.emplace_back(k->type);
  std::string key;
  for (size_t ci = 0; ci < s.build.chunk_count(); ci++) {
    const DataChunk& bc = s.build.chunk(ci);
    for (size_t k = 0; k < keys.size(); k++) RETURN_IF_ERROR(s.right_key_exec[k].Execute(bc, keys[k]));
    s.right_matched.emplace_back(bc.size(), 0);
    for (uint32_t r = 0; r < bc.size(); r++) {
      bool has_null = false;
      for (const auto& kv : keys) has_null |= kv.IsNull(r);
      if (has_null) {
        s.build_has_null_key = true;
        continue;
      }
      key.clear();
      for (const auto& kv : keys) internal::AppendKeyBytes(kv, r, key);
      State::Entry e;
      e.hash = internal::HashBytes(key);
      e.ref = RowRef{static_cast<uint32_t>(ci), r};
      e.key_offset = static_cast<uint32_t>(s.key_arena.size());
      e.key_size = static_cast<uint32_t>(key.size());
      e.next = -1;
      s.key_arena.append(key);
      s.entries.push_back(e);
    }
    RETURN_IF_ERROR(s.table_memory.Resize(static_cast<int64_t>(s.entries.capacity() * sizeof(State::Entry) +
                                                               s.key_arena.capacity())));
  }
  uint64_t buckets = 16;
  while (buckets < s.entries.size() * 2) buckets <<= 1;
  s.buckets.assign(buckets, -1);
  s.mask = buckets - 1;
  for (size_t i = 0; i < s.entries.size(); i++) {
    auto& head = s.buckets[s.entries[i].hash & s.mask];
    s.entries[i].next = head;
    head = static_cast<int64_t>(i);
  }
  RETURN_IF_ERROR(s.table_memory.Grow(static_cast<int64_t>(buckets * sizeof(int64_t))));
  return left_->Open(context);
}

Result<bool> HashJoinOperator::Next(DataChunk& out) {
  State& s = *state_;
  const size_t left_columns = left_->output_types().size();
  const size_t right_columns = right_->output_types().size();
  const bool short_circuit = LeftOnly(type_) && residual_ == nullptr;
  while (true) {
    switch (s.phase) {
      case State::Phase::kProbe: {
        if (!s.have_left) {
          RETURN_IF_ERROR(s.context->CheckCancel());
          ASSIGN_OR_RETURN(bool more, left_->Next(s.left));
          if (!more) {
            s.phase = KeepsUnmatchedRight(type_) ? State::Phase::kRightTail : State::Phase::kDone;
            continue;
          }
          s.have_left = true;
          uint32_t count = s.left.count();
          for (size_t k = 0; k < s.left_keys.size(); k++) {
            RETURN_IF_ERROR(s.left_key_exec[k].Execute(s.left, s.left_keys[k]));
          }
          s.left_key_arena.clear();
          s.left_key_offset.resize(count);
          s.left_key_size.resize(count);
          s.left_hash.resize(count);
          s.left_key_null.assign(count, 0);
          s.left_matched.assign(count, 0);
          for (uint32_t i = 0; i < count; i++) {
            uint32_t r = s.left.RowIndex(i);
            size_t start = s.left_key_arena.size();
            for (const auto& kv : s.left_keys) {
              if (kv.IsNull(r)) s.left_key_null[i] = 1;
              internal::AppendKeyBytes(kv, r, s.left_key_arena);
            }
            s.left_key_offset[i] = static_cast<uint32_t>(start);
            s.left_key_size[i] = static_cast<uint32_t>(s.left_key_arena.size() - start);
            s.left_hash[i] = internal::HashBytes(
                std::string_view(s.left_key_arena.data() + start, s.left_key_arena.size() - start));
          }
          s.probe_pos = 0;
          s.probe_started = false;
        }
        // Collect up to one vector of candidate pairs.
        s.pair_left.clear();
        s.pair_left_logical.clear();
        s.pair_right.clear();
        uint32_t count = s.left.count();
        while (s.probe_pos < count && s.pair_left.size() < kVectorSize) {
          uint32_t i = s.probe_pos;
          if (!s.probe_started) {
            if (s.left_key_null[i] || s.entries.empty()) {
              s.probe_pos++;
              continue;
            }
            s.chain = s.buckets[s.left_hash[i] & s.mask];
            s.probe_started = true;
          }
          std::string_view probe_key(s.left_key_arena.data() + s.left_key_offset[i], s.left_key_size[i]);
          while (s.chain >= 0 && s.pair_left.size() < kVectorSize) {
            const State::Entry& e = s.entries[static_cast<size_t>(s.chain)];
            s.chain = e.next;
            if (e.hash != s.left_hash[i] || e.key_size != probe_key.size() ||
                std::memcmp(s.key_arena.data() + e.key_offset, probe_key.data(), probe_key.size()) != 0) {
              continue;
            }
            if (short_circuit) {
              s.left_matched[i] = 1;
              s.chain = -1;
              break;
            }
            s.pair_left.push_back(s.left.RowIndex(i));
            s.pair_left_logical.push_back(i);
            s.pair_right.push_back(e.ref);
          }
          if (s.chain < 0) {
            s.probe_pos++;
            s.probe_started = false;
          }
        }
        uint32_t n = static_cast<uint32_t>(s.pair_left.size());
        if (n == 0) {
          if (s.probe_pos >= count) s.phase = State::Phase::kLeftTail;
          continue;
        }
        s.pairs.Reset();
        for (size_t c = 0; c < left_columns; c++) {
          s.pairs.column(c).AppendFrom(s.left.column(c), s.pair_left.data(), n, 0);
        }
        GatherBuildRows(s.build, s.pair_right.data(), n, s.pairs, left_columns);
        s.pairs.SetSize(n);
        uint32_t kept = n;
        const uint32_t* kept_sel = nullptr;
        if (s.residual) {
          ASSIGN_OR_RETURN(kept, s.residual->Select(s.pairs, s.sel.data()));
          kept_sel = s.sel.data();
        }
        for (uint32_t k = 0; k < kept; k++) {
          uint32_t p = kept_sel ? kept_sel[k] : k;
          s.left_matched[s.pair_left_logical[p]] = 1;
          const RowRef& ref = s.pair_right[p];
          s.right_matched[ref.chunk][ref.row] = 1;
        }
        if (!OutputsPairs(type_) || kept == 0) continue;
        out.Reference(s.pairs);
        if (kept_sel) out.SetSelection(kept_sel, kept);
        return true;
      }
      case State::Phase::kLeftTail: {
        s.have_left = false;
        s.phase = State::Phase::kProbe;
        uint32_t count = s.left.count();
        uint32_t n = 0;
        for (uint32_t i = 0; i < count; i++) {
          bool emit = false;
          switch (type_) {
            case JoinType::kLeft:
            case JoinType::kFull:
            case JoinType::kAnti: emit = !s.left_matched[i]; break;
            case JoinType::kSemi: emit = s.left_matched[i]; break;
            case JoinType::kAntiNullAware:
              emit = s.build.row_count() == 0 ||
                     (!s.left_key_null[i] && !s.left_matched[i] && !s.build_has_null_key);
              break;
            default: break;
          }
          if (emit) s.sel[n++] = s.left.RowIndex(i);
        }
        if (n == 0) continue;
        if (LeftOnly(type_)) {
          out.Reference(s.left);
          out.SetSelection(s.sel.data(), n);
          return true;
        }
        s.out.Reset();
        for (size_t c = 0; c < left_columns; c++) s.out.column(c).AppendFrom(s.left.column(c), s.sel.data(), n, 0);
        SetNullColumns(s.out, left_columns, left_columns + right_columns, n);
        s.out.SetSize(n);
        out.Reference(s.out);
        return true;
      }
      case State::Phase::kRightTail: {
        RETURN_IF_ERROR(s.context->CheckCancel());
        if (NextUnmatchedRight(s.build, s.right_matched, left_columns, s.tail, s.pair_right, s.out) == 0) {
          s.phase = State::Phase::kDone;
          continue;
        }
        out.Reference(s.out);
        return true;
      }
      case State::Phase::kDone: return false;
    }
  }
}

void HashJoinOperator::Close() {
  left_->Close();
  right_->Close();
  state_.reset();
}

std::string HashJoinOperator::ExplainText() const {
  std::string s = "Hash Join (" + std::string(JoinTypeName(type_)) + ")";
  for (size_t i = 0; i < left_keys_.size(); i++) {
    s += i == 0 ? " on " : " AND ";
    s += left_keys_[i]->ToString() + " = " + right_keys_[i]->ToString();
  }
  if (residual_) s += " filter: " + residual_->ToString();
  return s;
}

// ============================ Nested loop join ============================

struct NestedLoopJoinOperator::State {
  ExecContext* context = nullptr;
  std::unique_ptr<ExpressionExecutor> predicate;
  RowCollection inner;
  std::vector<std::vector<uint8_t>> right_matched;
  enum class Phase { kLoop, kLeftTail, kRightTail, kDone } phase = Phase::kLoop;
  DataChunk left;
  bool have_left = false;
  uint32_t left_pos = 0;     // logical row of `left`
  size_t right_chunk = 0;    // chunk of `inner`
  std::vector<uint8_t> left_matched;  // per logical row: 1 = TRUE match; 2 = NULL seen (null-aware anti)
  DataChunk pairs;
  DataChunk out;
  SelectionVector sel;
  Vector predicate_result;
  UnmatchedCursor tail;
  std::vector<RowRef> refs;
};

NestedLoopJoinOperator::NestedLoopJoinOperator(JoinType type, OperatorPtr left, OperatorPtr right, ExprPtr predicate)
    : PhysicalOperator(JoinOutputTypes(type, left->output_types(), right->output_types())),
      type_(type),
      left_(std::move(left)),
      right_(std::move(right)),
      predicate_(std::move(predicate)) {}

NestedLoopJoinOperator::~NestedLoopJoinOperator() = default;

Status NestedLoopJoinOperator::Open(ExecContext& context) {
  state_ = std::make_unique<State>();
  State& s = *state_;
  s.context = &context;
  if (predicate_) s.predicate = std::make_unique<ExpressionExecutor>(*predicate_, &context);
  s.inner.Reset(right_->output_types(), &context.memory);
  s.pairs.Initialize(Concat(left_->output_types(), right_->output_types()));
  s.out.Initialize(output_types_);
  s.predicate_result = Vector(types::SqlType::Of(types::kBoolOid));
  RETURN_IF_ERROR(right_->Open(context));
  DataChunk chunk;
  while (true) {
    RETURN_IF_ERROR(context.CheckCancel());
    ASSIGN_OR_RETURN(bool more, right_->Next(chunk));
    if (!more) break;
    RETURN_IF_ERROR(s.inner.AppendChunk(chunk));
  }
  right_->Close();
  for (size_t i = 0; i < s.inner.chunk_count(); i++) s.right_matched.emplace_back(s.inner.chunk(i).size(), 0);
  return left_->Open(context);
}

Result<bool> NestedLoopJoinOperator::Next(DataChunk& out) {
  State& s = *state_;
  const size_t left_columns = left_->output_types().size();
  const size_t right_columns = right_->output_types().size();
  while (true) {
    switch (s.phase) {
      case State::Phase::kLoop: {
        if (!s.have_left) {
          ASSIGN_OR_RETURN(bool more, left_->Next(s.left));
          if (!more) {
            s.phase = KeepsUnmatchedRight(type_) ? State::Phase::kRightTail : State::Phase::kDone;
            continue;
          }
          s.have_left = true;
          s.left_pos = 0;
          s.right_chunk = 0;
          s.left_matched.assign(s.left.count(), 0);
        }
        if (s.left_pos >= s.left.count()) {
          s.phase = State::Phase::kLeftTail;
          continue;
        }
        if (s.right_chunk >= s.inner.chunk_count()) {
          s.left_pos++;
          s.right_chunk = 0;
          continue;
        }
        RETURN_IF_ERROR(s.context->CheckCancel());
        // Pair left row `left_pos` with every row of inner chunk `right_chunk`.
        const DataChunk& rc = s.inner.chunk(s.right_chunk);
        uint32_t i = s.left_pos;
        size_t chunk_index = s.right_chunk++;
        // Semi/anti already decided for this row: skip the rest.
        if (LeftOnly(type_) && s.left_matched[i] != 0) continue;
        uint32_t n = rc.size();
        uint32_t lr = s.left.RowIndex(i);
        for (size_t c = 0; c < left_columns; c++) {
          Vector& dst = s.pairs.column(c);
          dst.MakeWritable();
          dst.CopyValue(s.left.column(c), lr, 0);
          size_t width = ValueWidth(dst.physical());
          char* base = dst.values<char>();
          bool valid = dst.IsValid(0);
          for (uint32_t k = 1; k < n; k++) {
            std::memcpy(base + k * width, base, width);
            dst.SetValidity(k, valid);
          }
        }
        for (size_t c = 0; c < right_columns; c++) s.pairs.column(left_columns + c).Reference(rc.column(c));
        s.pairs.SetSize(n);
        uint32_t kept = n;
        const uint32_t* kept_sel = nullptr;
        if (s.predicate) {
          RETURN_IF_ERROR(s.predicate->Execute(s.pairs, s.predicate_result));
          const bool* pv = s.predicate_result.values<bool>();
          kept = 0;
          for (uint32_t k = 0; k < n; k++) {
            if (s.predicate_result.IsNull(k)) {
              if (type_ == JoinType::kAntiNullAware) s.left_matched[i] = 2;
            } else if (pv[k]) {
              s.sel[kept++] = k;
            }
          }
          kept_sel = s.sel.data();
        }
        if (kept > 0) {
          s.left_matched[i] = 1;
          auto& rm = s.right_matched[chunk_index];
          for (uint32_t k = 0; k < kept; k++) rm[kept_sel ? kept_sel[k] : k] = 1;
        }
        if (!OutputsPairs(type_) || kept == 0) continue;
        out.Reference(s.pairs);
        if (kept_sel) out.SetSelection(kept_sel, kept);
        return true;
      }
      case State::Phase::kLeftTail: {
        s.have_left = false;
        s.phase = State::Phase::kLoop;
        uint32_t n = 0;
        for (uint32_t i = 0; i < s.left.count(); i++) {
          bool emit = false;
          switch (type_) {
            case JoinType::kLeft:
            case JoinType::kFull:
            case JoinType::kAnti:
            case JoinType::kAntiNullAware: emit = s.left_matched[i] == 0; break;
            case JoinType::kSemi: emit = s.left_matched[i] == 1; break;
            default: break;
          }
          if (emit) s.sel[n++] = s.left.RowIndex(i);
        }
        if (n == 0) continue;
        if (LeftOnly(type_)) {
          out.Reference(s.left);
          out.SetSelection(s.sel.data(), n);
          return true;
        }
        s.out.Reset();
        for (size_t c = 0; c < left_columns; c++) s.out.column(c).AppendFrom(s.left.column(c), s.sel.data(), n, 0);
        SetNullColumns(s.out, left_columns, left_columns + right_columns, n);
        s.out.SetSize(n);
        out.Reference(s.out);
        return true;
      }
      case State::Phase::kRightTail: {
        if (NextUnmatchedRight(s.inner, s.right_matched, left_columns, s.tail, s.refs, s.out) == 0) {
          s.phase = State::Phase::kDone;
          continue;
        }
        out.Reference(s.out);
        return true;
      }
      case State::Phase::kDone: return false;
    }
  }
}

void NestedLoopJoinOperator::Close() {
  left_->Close();
  right_->Close();
  state_.reset();
}

std::string NestedLoopJoinOperator::ExplainText() const {
  std::string s = "Nested Loop (" + std::string(JoinTypeName(type_)) + ")";
  if (predicate_) s += " join filter: " + predicate_->ToString();
  return s;
}

}  // namespace augur::exec
