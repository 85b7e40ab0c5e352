// Hash aggregation, hash DISTINCT, UNION/INTERSECT/EXCEPT and WITH RECURSIVE's
// recursive union.
//
// Groups are found by their normalized key bytes (internal::AppendKeyBytes)
// in an unordered_map; each group gets a dense id, its key values are kept
// in a RowCollection (so output chunk k is exactly groups [k*2048, ...)) and
// its aggregate states live in fixed-size slots of an arena.
#include <cassert>
#include <unordered_map>
#include <unordered_set>

#include "exec/expression_executor.h"
#include "exec/kernels.h"
#include "exec/operators.h"
#include "exec/ordered_aggregate.h"
#include "exec/row_collection.h"

namespace augur::exec {

using internal::RowCollection;

namespace {

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return internal::HashBytes(s); }
};
using KeyMap = std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>>;
using KeySet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

constexpr int64_t kMapEntryOverheadBytes = 64;

// Puts into `sel` the physical positions of the rows of `input` whose key
// (`key_columns`, or all columns when empty) is not in `seen` yet, and adds
// those keys to it; `*bytes` grows by what they take. Returns the count.
uint32_t SelectUnseenRows(const DataChunk& input, const std::vector<int>& key_columns, KeySet& seen,
                          SelectionVector& sel, int64_t* bytes) {
  std::string key;
  uint32_t n = 0;
  for (uint32_t i = 0; i < input.count(); i++) {
    uint32_t r = input.RowIndex(i);
    key.clear();
    if (key_columns.empty()) {
      for (size_t c = 0; c < input.column_count(); c++) internal::AppendKeyBytes(input.column(c), r, key);
    } else {
      for (int c : key_columns) internal::AppendKeyBytes(input.column(c), r, key);
    }
    if (seen.find(std::string_view(key)) != seen.end()) continue;
    seen.emplace(key);
    *bytes += static_cast<int64_t>(key.size()) + kMapEntryOverheadBytes;
    sel[n++] = r;
  }
  return n;
}

std::vector<types::SqlType> AggregateOutputTypes(const std::vector<GroupingSetKeys>& sets,
                                                 const std::vector<BoundAggregate>& aggregates) {
  std::vector<types::SqlType> out;
  for (const auto& k : sets.front().keys) out.push_back(k->type);
  for (const auto& a : aggregates) out.push_back(a.type);
  return out;
}

}  // namespace

// ============================ HashAggregate ============================

std::vector<GroupingSetKeys> OneSet(std::vector<ExprPtr> keys) {
  std::vector<GroupingSetKeys> sets(1);
  sets[0].total = keys.empty();
  sets[0].keys = std::move(keys);
  return sets;
}

struct HashAggregateOperator::State {
  ExecContext* context = nullptr;
  std::vector<std::vector<ExpressionExecutor>> key_exec;  // per grouping set
  struct AggregateExec {
    std::vector<ExpressionExecutor> args;
    std::unique_ptr<ExpressionExecutor> filter;
    std::vector<Vector> arg_values;
    Vector filter_value;
    size_t state_offset = 0;
    // ORDER BY inside the call: rows are buffered and replayed sorted.
    std::vector<ExpressionExecutor> order_exec;
    std::vector<Vector> order_values;
    std::unique_ptr<internal::OrderedAggregateBuffer> ordered;
  };
  std::vector<AggregateExec> aggregates;
  std::vector<Vector> key_values;
  KeyMap groups;
  KeySet distinct_seen;  // group id ++ aggregate index ++ argument key bytes
  RowCollection group_keys;
  size_t state_row_bytes = 0;
  std::vector<std::unique_ptr<char[]>> state_blocks;
  static constexpr uint32_t kGroupsPerBlock = 1024;
  uint32_t group_count = 0;
  MemoryReservation memory;
  // Emission.
  uint32_t next_group = 0;
  DataChunk out;
  bool finished_input = false;

  char* GroupStates(uint32_t group) {
    return state_blocks[group / kGroupsPerBlock].get() + (group % kGroupsPerBlock) * state_row_bytes;
  }
};

HashAggregateOperator::HashAggregateOperator(OperatorPtr child, std::vector<ExprPtr> group_keys,
                                             std::vector<BoundAggregate> aggregates)
    : HashAggregateOperator(WithGroupingSets{}, std::move(child), OneSet(std::move(group_keys)),
                            std::move(aggregates)) {}

HashAggregateOperator::HashAggregateOperator(WithGroupingSets, OperatorPtr child, std::vector<GroupingSetKeys> sets,
                                             std::vector<BoundAggregate> aggregates)
    : PhysicalOperator(AggregateOutputTypes(sets, aggregates)),
      child_(std::move(child)),
      sets_(std::move(sets)),
      aggregates_(std::move(aggregates)) {}

HashAggregateOperator::~HashAggregateOperator() { Close(); }

Status HashAggregateOperator::Open(ExecContext& context) {
  Close();
  state_ = std::make_unique<State>();
  State& s = *state_;
  s.context = &context;
  std::vector<types::SqlType> key_types;
  for (const auto& k : sets_.front().keys) {
    s.key_values.emplace_back(k->type);
    key_types.push_back(k->type);
  }
  s.key_exec.resize(sets_.size());
  for (size_t g = 0; g < sets_.size(); g++) {
    for (const auto& k : sets_[g].keys) s.key_exec[g].emplace_back(*k, &context);
  }
  s.group_keys.Reset(key_types, &context.memory);
  s.memory.Bind(&context.memory);
  size_t offset = 0;
  for (const auto& a : aggregates_) {
    State::AggregateExec ae;
    for (const auto& arg : a.args) {
      ae.args.emplace_back(*arg, &context);
      ae.arg_values.emplace_back(arg->type);
    }
    if (a.filter) {
      ae.filter = std::make_unique<ExpressionExecutor>(*a.filter, &context);
      ae.filter_value = Vector(types::SqlType::Of(types::kBoolOid));
    }
    if (!a.order_by.empty()) {
      for (const auto& k : a.order_by) {
        ae.order_exec.emplace_back(*k.expr, &context);
        ae.order_values.emplace_back(k.expr->type);
      }
      ae.ordered = std::make_unique<internal::OrderedAggregateBuffer>(a, &context.memory);
    }
    ae.state_offset = offset;
    offset += a.function->state_bytes;
    s.aggregates.push_back(std::move(ae));
  }
  s.state_row_bytes = (offset + 15) / 16 * 16;
  if (s.state_row_bytes == 0) s.state_row_bytes = 16;
  s.out.Initialize(output_types_);
  return child_->Open(context);
}

Result<bool> HashAggregateOperator::Next(DataChunk& out) {
  State& s = *state_;
  // Finds or creates the group of each logical row of `input`.
  // Groups of different grouping sets never merge: with several sets the
  // key bytes start with the set's index.
  auto assign_groups = [&](const DataChunk& input, uint32_t set, std::vector<uint32_t>& group_ids) -> Status {
    uint32_t count = input.count();
    group_ids.resize(count);
    std::string key;
    std::vector<const Vector*> key_columns;
    for (const auto& v : s.key_values) key_columns.push_back(&v);
    for (uint32_t i = 0; i < count; i++) {
      uint32_t r = input.RowIndex(i);
      key.clear();
      if (sets_.size() > 1) key.append(reinterpret_cast<const char*>(&set), sizeof(set));
      for (const auto& v : s.key_values) internal::AppendKeyBytes(v, r, key);
      auto it = s.groups.find(std::string_view(key));
      if (it != s.groups.end()) {
        group_ids[i] = it->second;
        continue;
      }
      uint32_t id = s.group_count++;
      s.groups.emplace(key, id);
      RETURN_IF_ERROR(s.group_keys.Append(key_columns, &r, 1));
      if (id % State::kGroupsPerBlock == 0) {
        s.state_blocks.emplace_back(new char[State::kGroupsPerBlock * s.state_row_bytes]);
        RETURN_IF_ERROR(s.memory.Grow(static_cast<int64_t>(State::kGroupsPerBlock * s.state_row_bytes)));
      }
      RETURN_IF_ERROR(s.memory.Grow(static_cast<int64_t>(key.size()) + kMapEntryOverheadBytes));
      group_ids[i] = id;
    }
    return Status::Ok();
  };
  if (!s.finished_input) {
    DataChunk input;
    std::vector<uint32_t> group_ids;
    std::vector<void*> states(kVectorSize);
    std::vector<uint32_t> rows(kVectorSize);
    std::vector<uint32_t> row_groups(kVectorSize);
    std::string key;
    while (true) {
      RETURN_IF_ERROR(s.context->CheckCancel());
      ASSIGN_OR_RETURN(bool more, child_->Next(input));
      if (!more) break;
      // Arguments, filters and ORDER BY keys once per chunk, whatever the
      // number of grouping sets.
      for (State::AggregateExec& ae : s.aggregates) {
        for (size_t k = 0; k < ae.args.size(); k++) RETURN_IF_ERROR(ae.args[k].Execute(input, ae.arg_values[k]));
        if (ae.filter) RETURN_IF_ERROR(ae.filter->Execute(input, ae.filter_value));
        for (size_t k = 0; k < ae.order_exec.size(); k++) {
          RETURN_IF_ERROR(ae.order_exec[k].Execute(input, ae.order_values[k]));
        }
      }
      for (uint32_t set = 0; set < sets_.size(); set++) {
        std::vector<ExpressionExecutor>& key_exec = s.key_exec[set];
        for (size_t k = 0; k < key_exec.size(); k++) RETURN_IF_ERROR(key_exec[k].Execute(input, s.key_values[k]));
        uint32_t before = s.group_count;
        RETURN_IF_ERROR(assign_groups(input, set, group_ids));
        // Initialize states of new groups.
        for (uint32_t g = before; g < s.group_count; g++) {
          char* base = s.GroupStates(g);
          for (size_t a = 0; a < aggregates_.size(); a++) {
            aggregates_[a].function->initialize(base + s.aggregates[a].state_offset);
          }
        }
        for (size_t a = 0; a < aggregates_.size(); a++) {
          const BoundAggregate& agg = aggregates_[a];
          State::AggregateExec& ae = s.aggregates[a];
          uint32_t n = 0;
          for (uint32_t i = 0; i < input.count(); i++) {
            uint32_t r = input.RowIndex(i);
            if (ae.filter && (ae.filter_value.IsNull(r) || !ae.filter_value.values<bool>()[r])) continue;
            // All built-ins ignore rows whose first argument is NULL (count(x),
            // sum, min, string_agg's value...).
            if (!agg.row_argument && !ae.arg_values.empty() && ae.arg_values[0].IsNull(r) &&
                !agg.function->keeps_nulls) {
              continue;
            }
            if (agg.distinct) {
              key.clear();
              key.append(reinterpret_cast<const char*>(&group_ids[i]), sizeof(uint32_t));
              uint32_t agg_index = static_cast<uint32_t>(a);
              key.append(reinterpret_cast<const char*>(&agg_index), sizeof(uint32_t));
              for (const auto& v : ae.arg_values) internal::AppendKeyBytes(v, r, key);
              if (s.distinct_seen.find(std::string_view(key)) != s.distinct_seen.end()) continue;
              s.distinct_seen.emplace(key);
              RETURN_IF_ERROR(s.memory.Grow(static_cast<int64_t>(key.size()) + kMapEntryOverheadBytes));
            }
            rows[n] = r;
            row_groups[n] = group_ids[i];
            states[n] = s.GroupStates(group_ids[i]) + ae.state_offset;
            n++;
          }
          if (n == 0) continue;
          std::vector<const Vector*> inputs;
          for (const auto& v : ae.arg_values) inputs.push_back(&v);
          if (ae.ordered) {
            std::vector<const Vector*> order_keys;
            for (const Vector& v : ae.order_values) order_keys.push_back(&v);
            RETURN_IF_ERROR(ae.ordered->Append(inputs, order_keys, rows.data(), row_groups.data(), n));
            continue;
          }
          RETURN_IF_ERROR(agg.function->update(inputs, rows.data(), n, states.data(), s.context));
        }
      }
    }
    child_->Close();
    for (size_t a = 0; a < aggregates_.size(); a++) {
      State::AggregateExec& ae = s.aggregates[a];
      if (!ae.ordered) continue;
      size_t offset = ae.state_offset;
      RETURN_IF_ERROR(ae.ordered->Replay([&](uint32_t group) -> void* { return s.GroupStates(group) + offset; },
                                         s.context));
    }
    if (s.group_count == 0) {
      // Empty input: one row for each set that groups by nothing (an
      // ungrouped aggregate, the () of ROLLUP).
      for (uint32_t set = 0; set < sets_.size(); set++) {
        if (!sets_[set].total) continue;
        std::vector<uint32_t> ids;
        DataChunk one;
        one.SetSize(1);
        std::vector<ExpressionExecutor>& key_exec = s.key_exec[set];
        for (size_t k = 0; k < key_exec.size(); k++) RETURN_IF_ERROR(key_exec[k].Execute(one, s.key_values[k]));
        RETURN_IF_ERROR(assign_groups(one, set, ids));
        char* base = s.GroupStates(ids[0]);
        for (size_t a = 0; a < aggregates_.size(); a++) {
          aggregates_[a].function->initialize(base + s.aggregates[a].state_offset);
        }
      }
    }
    s.finished_input = true;
  }
  if (s.next_group >= s.group_count) return false;
  uint32_t first = s.next_group;
  uint32_t n = std::min(kVectorSize, s.group_count - first);
  s.out.Reset();
  const size_t key_count = sets_.front().keys.size();
  if (key_count > 0) {
    const DataChunk& keys = s.group_keys.chunk(first / kVectorSize);
    assert(keys.size() >= n);
    for (size_t c = 0; c < key_count; c++) s.out.column(c).Reference(keys.column(c));
  }
  for (size_t a = 0; a < aggregates_.size(); a++) {
    Vector& col = s.out.column(key_count + a);
    for (uint32_t g = 0; g < n; g++) {
      RETURN_IF_ERROR(aggregates_[a].function->finalize(s.GroupStates(first + g) + s.aggregates[a].state_offset, col, g));
    }
  }
  s.out.SetSize(n);
  s.next_group += n;
  out.Reference(s.out);
  return true;
}

void HashAggregateOperator::Close() {
  if (!state_) return;
  State& s = *state_;
  for (uint32_t g = 0; g < s.group_count; g++) {
    char* base = s.GroupStates(g);
    for (size_t a = 0; a < aggregates_.size(); a++) {
      if (aggregates_[a].function->destroy) aggregates_[a].function->destroy(base + s.aggregates[a].state_offset);
    }
  }
  state_.reset();
}

std::string HashAggregateOperator::ExplainText() const {
  const std::vector<ExprPtr>& keys = sets_.front().keys;
  std::string s = sets_.size() > 1 ? "GroupingSets (" + std::to_string(sets_.size()) + " sets)"
                  : keys.empty()   ? "Aggregate"
                                   : "HashAggregate";
  if (sets_.size() > 1) {
    for (size_t g = 0; g < sets_.size(); g++) {
      s += g == 0 ? " group by: (" : ", (";
      bool first = true;
      for (const auto& k : sets_[g].keys) {
        if (k->kind == ExprKind::kConstant) continue;
        s += first ? "" : ", ";
        s += k->ToString();
        first = false;
      }
      s += ")";
    }
  } else if (!keys.empty()) {
    s += " group by: ";
    for (size_t i = 0; i < keys.size(); i++) {
      if (i) s += ", ";
      s += keys[i]->ToString();
    }
  }
  if (!aggregates_.empty()) {
    s += " aggregates: ";
    for (size_t i = 0; i < aggregates_.size(); i++) {
      if (i) s += ", ";
      s += aggregates_[i].ToString();
    }
  }
  return s;
}

// ============================ Distinct ============================

struct DistinctOperator::State {
  ExecContext* context = nullptr;
  KeySet seen;
  MemoryReservation memory;
  DataChunk input;
  SelectionVector sel;
};

DistinctOperator::DistinctOperator(OperatorPtr child, std::vector<int> key_columns)
    : PhysicalOperator(child->output_types()), child_(std::move(child)), key_columns_(std::move(key_columns)) {}
DistinctOperator::~DistinctOperator() = default;

Status DistinctOperator::Open(ExecContext& context) {
  state_ = std::make_unique<State>();
  state_->context = &context;
  state_->memory.Bind(&context.memory);
  return child_->Open(context);
}

Result<bool> DistinctOperator::Next(DataChunk& out) {
  State& s = *state_;
  while (true) {
    RETURN_IF_ERROR(s.context->CheckCancel());
    ASSIGN_OR_RETURN(bool more, child_->Next(s.input));
    if (!more) return false;
    int64_t bytes = 0;
    uint32_t n = SelectUnseenRows(s.input, key_columns_, s.seen, s.sel, &bytes);
    RETURN_IF_ERROR(s.memory.Grow(bytes));
    if (n == 0) continue;
    out.Reference(s.input);
    out.SetSelection(s.sel.data(), n);
    return true;
  }
}

void DistinctOperator::Close() {
  child_->Close();
  state_.reset();
}

std::string DistinctOperator::ExplainText() const {
  if (key_columns_.empty()) return "HashAggregate (distinct)";
  std::string s = "Unique on";
  for (size_t i = 0; i < key_columns_.size(); i++) s += (i ? ", #" : " #") + std::to_string(key_columns_[i]);
  return s;
}

// ====================== UNION / INTERSECT / EXCEPT ======================

struct SetOperationOperator::State {
  ExecContext* context = nullptr;
  // Per distinct row: its stored copy and counts on each side.
  KeyMap index;
  RowCollection rows;
  std::vector<int64_t> left_count, right_count;
  MemoryReservation memory;
  bool built = false;
  uint64_t next_row = 0;
  int64_t repeat_left = 0;  // copies of the current row still to emit
  DataChunk out;
  std::vector<internal::RowRef> refs;
};

SetOperationOperator::SetOperationOperator(SetOpKind kind, bool all, OperatorPtr left, OperatorPtr right)
    : PhysicalOperator(left->output_types()), kind_(kind), all_(all), left_(std::move(left)), right_(std::move(right)) {}
SetOperationOperator::~SetOperationOperator() = default;

Status SetOperationOperator::Open(ExecContext& context) {
  state_ = std::make_unique<State>();
  state_->context = &context;
  state_->rows.Reset(output_types_, &context.memory);
  state_->memory.Bind(&context.memory);
  state_->out.Initialize(output_types_);
  RETURN_IF_ERROR(left_->Open(context));
  return right_->Open(context);
}

Result<bool> SetOperationOperator::Next(DataChunk& out) {
  State& s = *state_;
  if (!s.built) {
    std::string key;
    DataChunk input;
    for (int side = 0; side < 2; side++) {
      PhysicalOperator& child = side == 0 ? *left_ : *right_;
      while (true) {
        RETURN_IF_ERROR(s.context->CheckCancel());
        ASSIGN_OR_RETURN(bool more, child.Next(input));
        if (!more) break;
        std::vector<const Vector*> columns;
        for (size_t c = 0; c < input.column_count(); c++) columns.push_back(&input.column(c));
        for (uint32_t i = 0; i < input.count(); i++) {
          uint32_t r = input.RowIndex(i);
          key.clear();
          for (const auto* v : columns) internal::AppendKeyBytes(*v, r, key);
          auto it = s.index.find(std::string_view(key));
          uint32_t id;
          if (it == s.index.end()) {
            id = static_cast<uint32_t>(s.left_count.size());
            s.index.emplace(key, id);
            s.left_count.push_back(0);
            s.right_count.push_back(0);
            RETURN_IF_ERROR(s.rows.Append(columns, &r, 1));
            RETURN_IF_ERROR(s.memory.Grow(static_cast<int64_t>(key.size()) + kMapEntryOverheadBytes));
          } else {
            id = it->second;
          }
          (side == 0 ? s.left_count : s.right_count)[id]++;
        }
      }
      child.Close();
    }
    s.built = true;
  }
  // Emit rows with their multiplicity.
  s.refs.clear();
  while (s.refs.size() < kVectorSize) {
    if (s.repeat_left == 0) {
      if (s.next_row >= s.left_count.size()) break;
      uint64_t id = s.next_row;
      int64_t l = s.left_count[id], r = s.right_count[id];
      int64_t copies = 0;
      switch (kind_) {
        case SetOpKind::kUnion: copies = all_ ? l + r : 1; break;
        case SetOpKind::kIntersect: copies = all_ ? std::min(l, r) : (l > 0 && r > 0 ? 1 : 0); break;
        case SetOpKind::kExcept: copies = all_ ? std::max<int64_t>(l - r, 0) : (l > 0 && r == 0 ? 1 : 0); break;
      }
      s.repeat_left = copies;
      s.next_row++;
      if (copies == 0) continue;
    }
    uint64_t id = s.next_row - 1;
    s.refs.push_back(internal::RowRef{static_cast<uint32_t>(id / kVectorSize), static_cast<uint32_t>(id % kVectorSize)});
    s.repeat_left--;
  }
  uint32_t n = static_cast<uint32_t>(s.refs.size());
  if (n == 0) return false;
  s.out.Reset();
  for (size_t c = 0; c < output_types_.size(); c++) {
    Vector& dst = s.out.column(c);
    for (uint32_t k = 0; k < n; k++) dst.CopyValue(s.rows.column(s.refs[k], c), s.refs[k].row, k);
  }
  s.out.SetSize(n);
  out.Reference(s.out);
  return true;
}

void SetOperationOperator::Close() {
  left_->Close();
  right_->Close();
  state_.reset();
}

std::string SetOperationOperator::ExplainText() const {
  const char* name = kind_ == SetOpKind::kUnion ? "Union" : (kind_ == SetOpKind::kIntersect ? "Intersect" : "Except");
  return std::string("HashSetOp ") + name + (all_ ? " All" : "");
}

// ============================ WITH RECURSIVE ============================

struct WorkTable {
  std::vector<types::SqlType> types;
  RowCollection rows;  // the previous round's output
};

std::shared_ptr<WorkTable> NewWorkTable(std::vector<types::SqlType> types) {
  auto table = std::make_shared<WorkTable>();
  table->types = std::move(types);
  return table;
}

Status WorkTableScanOperator::Open(ExecContext& context) {
  next_chunk_ = 0;
  return Status::Ok();
}

Result<bool> WorkTableScanOperator::Next(DataChunk& out) {
  if (next_chunk_ >= work_table_->rows.chunk_count()) return false;
  out.Reference(work_table_->rows.chunk(next_chunk_++));
  return true;
}

struct RecursiveUnionOperator::State {
  ExecContext* context = nullptr;
  bool in_base = true;
  RowCollection produced;  // this round's rows: the next round's work table
  KeySet seen;             // UNION: every row produced so far
  MemoryReservation memory;
  DataChunk input;
  SelectionVector sel;
};

RecursiveUnionOperator::RecursiveUnionOperator(bool all, OperatorPtr base, OperatorPtr recursive,
                                               std::shared_ptr<WorkTable> work_table)
    : PhysicalOperator(base->output_types()),
      all_(all),
      base_(std::move(base)),
      recursive_(std::move(recursive)),
      work_table_(std::move(work_table)) {}
RecursiveUnionOperator::~RecursiveUnionOperator() = default;

Status RecursiveUnionOperator::Open(ExecContext& context) {
  state_ = std::make_unique<State>();
  state_->context = &context;
  state_->produced.Reset(output_types_, &context.memory);
  state_->memory.Bind(&context.memory);
  work_table_->rows.Reset(output_types_, &context.memory);
  return base_->Open(context);
}

Result<bool> RecursiveUnionOperator::Next(DataChunk& out) {
  State& s = *state_;
  while (true) {
    RETURN_IF_ERROR(s.context->CheckCancel());
    PhysicalOperator& child = s.in_base ? *base_ : *recursive_;
    ASSIGN_OR_RETURN(bool more, child.Next(s.input));
    if (!more) {
      // End of a round: the rows it produced feed the next one.
      if (s.produced.row_count() == 0) return false;
      if (s.in_base) {
        base_->Close();
        s.in_base = false;
      } else {
        recursive_->Close();
      }
      std::swap(work_table_->rows, s.produced);
      s.produced.Reset(output_types_, &s.context->memory);
      RETURN_IF_ERROR(recursive_->Open(*s.context));
      continue;
    }
    uint32_t n = 0;
    int64_t bytes = 0;
    if (all_) {
      for (uint32_t i = 0; i < s.input.count(); i++) s.sel[n++] = s.input.RowIndex(i);
    } else {
      n = SelectUnseenRows(s.input, {}, s.seen, s.sel, &bytes);
    }
    RETURN_IF_ERROR(s.memory.Grow(bytes));
    if (n == 0) continue;
    std::vector<const Vector*> columns;
    for (size_t c = 0; c < s.input.column_count(); c++) columns.push_back(&s.input.column(c));
    RETURN_IF_ERROR(s.produced.Append(columns, s.sel.data(), n));
    out.Reference(s.input);
    out.SetSelection(s.sel.data(), n);
    return true;
  }
}

void RecursiveUnionOperator::Close() {
  base_->Close();
  recursive_->Close();
  work_table_->rows.Reset(output_types_, nullptr);
  state_.reset();
}

}  // namespace augur::exec
