// Table scans over the row store and the choice of access path.
#include "sql/table_source.h"

#include <algorithm>
#include <cassert>
#include <optional>

#include "exec/result_encoder.h"

namespace augur::sql {

using exec::DataChunk;
using exec::Expr;
using exec::ExprKind;
using exec::ExprPtr;
using types::SqlType;
using types::Value;

void DecodeColumnInto(const storage::RowView& view, types::PhysicalKind kind, int column, exec::Vector& v,
                      uint32_t row) {
  if (view.IsNull(column)) {
    v.SetNull(row);
    // Keep NULL string slots well-formed: operators may copy a slot without
    // looking at validity first.
    if (kind == types::PhysicalKind::kBytes || kind == types::PhysicalKind::kChar) {
      v.values<std::string_view>()[row] = std::string_view();
    }
    return;
  }
  switch (kind) {
    case types::PhysicalKind::kBool:
      v.values<bool>()[row] = view.GetBool(column);
      break;
    case types::PhysicalKind::kChar: {
      char c = view.GetChar(column);
      v.SetString(row, std::string_view(&c, 1));
      return;
    }
    case types::PhysicalKind::kInt16:
      v.values<int16_t>()[row] = view.GetInt16(column);
      break;
    case types::PhysicalKind::kInt32:
      v.values<int32_t>()[row] = view.GetInt32(column);
      break;
    case types::PhysicalKind::kUint32:
      v.values<uint32_t>()[row] = view.GetUint32(column);
      break;
    case types::PhysicalKind::kInt64:
      v.values<int64_t>()[row] = view.GetInt64(column);
      break;
    case types::PhysicalKind::kFloat32:
      v.values<float>()[row] = view.GetFloat32(column);
      break;
    case types::PhysicalKind::kFloat64:
      v.values<double>()[row] = view.GetFloat64(column);
      break;
    case types::PhysicalKind::kNumeric:
      v.values<types::Numeric>()[row] = view.GetNumeric(column);
      break;
    case types::PhysicalKind::kInterval:
      v.values<types::Interval>()[row] = view.GetInterval(column);
      break;
    case types::PhysicalKind::kUuid:
      v.values<types::Uuid>()[row] = view.GetUuid(column);
      break;
    case types::PhysicalKind::kBytes:
      v.SetString(row, view.GetBytes(column));
      return;
    case types::PhysicalKind::kNone:
      v.SetNull(row);
      return;
  }
  v.SetValid(row);
}

void DecodeRowInto(const storage::RowView& view, const catalog::Table& table, DataChunk& out, uint32_t row) {
  const auto& layout = table.storage->layout;
  for (size_t c = 0; c < table.columns.size(); ++c) {
    DecodeColumnInto(view, layout[c], static_cast<int>(c), out.column(c), row);
  }
}

namespace {

bool IsIntegerType(uint32_t oid) {
  return oid == types::kInt2Oid || oid == types::kInt4Oid || oid == types::kInt8Oid;
}

// The value converted to the key column's type; nullopt when no row can
// match (NULL, or out of the column type's range).
std::optional<Value> ToKeyValue(const Value& value, SqlType column_type) {
  if (value.is_null()) return std::nullopt;
  if (value.oid() == column_type.oid) return value;
  if (IsIntegerType(value.oid()) && IsIntegerType(column_type.oid)) {
    int64_t x = value.AsInt64();
    switch (column_type.oid) {
      case types::kInt2Oid:
        if (x < INT16_MIN || x > INT16_MAX) return std::nullopt;
        return Value::Int2(static_cast<int16_t>(x));
      case types::kInt4Oid:
        if (x < INT32_MIN || x > INT32_MAX) return std::nullopt;
        return Value::Int4(static_cast<int32_t>(x));
      default:
        return Value::Int8(x);
    }
  }
  return std::nullopt;
}

// A key-usable comparison: column op value, value without column refs.
struct KeyPredicate {
  int column = -1;
  std::string op;  // "=", "<", "<=", ">", ">="
  const Expr* value = nullptr;
  size_t conjunct = 0;
};

bool IsKeyValue(const Expr& expr) {
  std::vector<int> refs;
  CollectColumnRefs(expr, &refs);
  return refs.empty() && !IsVolatile(expr) && !HasSubquery(expr);
}

std::string FlipOperator(const std::string& op) {
  if (op == "<") return ">";
  if (op == "<=") return ">=";
  if (op == ">") return "<";
  if (op == ">=") return "<=";
  return op;
}

std::vector<KeyPredicate> FindKeyPredicates(const catalog::Table& table, const std::vector<ExprPtr>& conjuncts) {
  std::vector<KeyPredicate> out;
  for (size_t i = 0; i < conjuncts.size(); ++i) {
    const Expr& e = *conjuncts[i];
    if (e.kind != ExprKind::kFunction || e.function == nullptr || e.children.size() != 2) continue;
    const std::string& name = e.function->name;
    if (name != "=" && name != "<" && name != "<=" && name != ">" && name != ">=") continue;
    for (int side = 0; side < 2; ++side) {
      const Expr& column = *e.children[side];
      const Expr& value = *e.children[1 - side];
      if (column.kind != ExprKind::kColumnRef || !IsKeyValue(value)) continue;
      SqlType column_type = table.columns[column.index].type;
      bool compatible = value.type.oid == column_type.oid ||
                        (IsIntegerType(value.type.oid) && IsIntegerType(column_type.oid));
      if (!compatible) continue;
      out.push_back(KeyPredicate{column.index, side == 0 ? name : FlipOperator(name), &value, i});
      break;
    }
  }
  return out;
}

}  // namespace

AccessPath ChooseAccessPath(const catalog::Table& table, std::vector<ExprPtr>& conjuncts) {
  AccessPath path;
  std::vector<KeyPredicate> predicates = FindKeyPredicates(table, conjuncts);
  if (predicates.empty()) return path;

  auto find_equal = [&](int column) -> const KeyPredicate* {
    for (const auto& p : predicates) {
      if (p.column == column && p.op == "=") return &p;
    }
    return nullptr;
  };
  // Score each index by the number of leading columns bound by equality.
  const catalog::Index* best = nullptr;
  size_t best_equal = 0;
  bool best_full = false;
  for (const catalog::Index& index : table.indexes) {
    size_t n = 0;
    while (n < index.attnums.size() && find_equal(index.attnums[n] - 1) != nullptr) ++n;
    bool full = n == index.attnums.size();
    bool better = (full && !best_full) || (full == best_full && n > best_equal) ||
                  (full == best_full && n == best_equal && best != nullptr && index.primary && !best->primary);
    if (n > 0 && (best == nullptr || better)) {
      best = &index;
      best_equal = n;
      best_full = full;
    }
  }
  const catalog::Index* primary = table.primary_key();
  std::vector<size_t> consumed;
  if (best != nullptr) {
    path.index = best;
    path.kind = best->primary && best_full ? AccessPath::Kind::kPointLookup
                : best->primary            ? AccessPath::Kind::kRangeScan
                                           : AccessPath::Kind::kIndexScan;
    for (size_t k = 0; k < best_equal; ++k) {
      const KeyPredicate* p = find_equal(best->attnums[k] - 1);
      path.equal_values.push_back(p->value->Clone());
      consumed.push_back(p->conjunct);
    }
  }
  // A range on the primary key column after its equality prefix.
  if (primary != nullptr && (path.index == nullptr || (path.index == primary && !best_full))) {
    size_t prefix = path.index == primary ? best_equal : 0;
    if (prefix < primary->attnums.size()) {
      int column = primary->attnums[prefix] - 1;
      for (const auto& p : predicates) {
        if (p.column != column || p.op == "=") continue;
        if ((p.op == ">" || p.op == ">=") && !path.lower) {
          path.lower = p.value->Clone();
          path.lower_inclusive = p.op == ">=";
        } else if ((p.op == "<" || p.op == "<=") && !path.upper) {
          path.upper = p.value->Clone();
          path.upper_inclusive = p.op == "<=";
        }
      }
      if (path.lower || path.upper) {
        path.kind = AccessPath::Kind::kRangeScan;
        path.index = primary;
      }
    }
  }
  // Equality conjuncts answered exactly by the key are dropped from the
  // filter (range conjuncts stay: the bounds only narrow the scan).
  std::sort(consumed.rbegin(), consumed.rend());
  for (size_t i : consumed) conjuncts.erase(conjuncts.begin() + static_cast<long>(i));
  return path;
}

exec::OperatorPtr PlanTableAccess(std::shared_ptr<const catalog::Table> table, std::vector<ExprPtr> conjuncts,
                                  StatementContext* statement, bool with_row_key) {
  AccessPath path = ChooseAccessPath(*table, conjuncts);
  exec::OperatorPtr plan = std::make_unique<exec::SourceOperator>(
      std::make_unique<TableSource>(std::move(table), std::move(path), statement, with_row_key));
  if (!conjuncts.empty()) {
    plan = std::make_unique<exec::FilterOperator>(std::move(plan), CombineConjuncts(std::move(conjuncts)));
  }
  return plan;
}

// ---------------------------------------------------------------------------

TableSource::TableSource(std::shared_ptr<const catalog::Table> table, AccessPath path, StatementContext* statement,
                         bool with_row_key)
    : table_(std::move(table)), path_(std::move(path)), statement_(statement), with_row_key_(with_row_key) {}

TableSource::~TableSource() = default;

std::vector<SqlType> TableSource::types() const {
  std::vector<SqlType> out;
  out.reserve(table_->columns.size() + 1);
  for (const auto& c : table_->columns) out.push_back(c.type);
  if (with_row_key_) out.push_back(SqlType::Of(types::kByteaOid));
  return out;
}

std::string TableSource::ExplainText() const {
  switch (path_.kind) {
    case AccessPath::Kind::kFullScan: return "Seq Scan on " + table_->name;
    case AccessPath::Kind::kPointLookup: return "Index Scan (point lookup) using " + path_.index->name + " on " + table_->name;
    case AccessPath::Kind::kRangeScan: return "Index Scan (range) using " + path_.index->name + " on " + table_->name;
    case AccessPath::Kind::kIndexScan: return "Index Scan using " + path_.index->name + " on " + table_->name;
  }
  return "Scan on " + table_->name;
}

void TableSource::Close() {
  rows_.reset();
  index_rows_.reset();
}

Result<bool> TableSource::EvaluateKeyValues(exec::ExecContext& context) {
  key_values_.clear();
  for (size_t k = 0; k < path_.equal_values.size(); ++k) {
    ASSIGN_OR_RETURN(Value v, exec::EvaluateConstant(*path_.equal_values[k], &context));
    int column = path_.index->attnums[k] - 1;
    std::optional<Value> key = ToKeyValue(v, table_->columns[column].type);
    if (!key) return false;
    key_values_.push_back(std::move(*key));
  }
  return true;
}

Result<bool> TableSource::EncodePointKey(exec::ExecContext& context) {
  ASSIGN_OR_RETURN(bool can_match, EvaluateKeyValues(context));
  if (can_match) storage::Transaction::EncodeRowKey(*table_->storage, key_values_, &point_key_);
  return can_match;
}

Result<bool> TableSource::GetPointRow() {
  ASSIGN_OR_RETURN(bool found, statement_->txn->Get(*table_->storage, point_key_, &row_buffer_));
  if (found) RETURN_IF_ERROR(view_.Reset(row_buffer_, table_->storage->layout));
  return found;
}

Result<bool> TableSource::ReadPointRow(exec::ExecContext& context) {
  assert(path_.kind == AccessPath::Kind::kPointLookup);
  if (statement_->txn == nullptr) return Status::Internal("table scan without a transaction");
  ASSIGN_OR_RETURN(bool can_match, EncodePointKey(context));
  if (!can_match) return false;
  return GetPointRow();
}

Status TableSource::Open(exec::ExecContext& context) {
  Close();
  exhausted_ = false;
  point_pending_ = false;
  storage::Transaction* txn = statement_->txn;
  if (txn == nullptr) return Status::Internal("table scan without a transaction");
  const storage::TableDescriptor& descriptor = *table_->storage;
  if (path_.kind == AccessPath::Kind::kFullScan) {
    rows_ = txn->Scan(descriptor);
    return Status::Ok();
  }
  if (path_.kind == AccessPath::Kind::kPointLookup) {
    ASSIGN_OR_RETURN(bool can_match, EncodePointKey(context));
    exhausted_ = !can_match;
    point_pending_ = can_match;
    return Status::Ok();
  }
  ASSIGN_OR_RETURN(bool can_match, EvaluateKeyValues(context));
  if (!can_match) {
    exhausted_ = true;
    return Status::Ok();
  }
  const std::vector<Value>& key_values = key_values_;
  std::string prefix;
  for (size_t k = 0; k < key_values.size(); ++k) {
    int column = path_.index->attnums[k] - 1;
    storage::AppendKeyValue(key_values[k], descriptor.layout[column], &prefix);
  }
  if (path_.kind == AccessPath::Kind::kIndexScan) {
    const storage::IndexDescriptor* index = nullptr;
    for (const auto& candidate : descriptor.indexes) {
      if (candidate.name == path_.index->name) index = &candidate;
    }
    if (index == nullptr) return Status::Internal("index " + path_.index->name + " has no storage descriptor");
    index_rows_ = txn->IndexScan(descriptor, *index, storage::KeyRange::Prefix(prefix));
    return Status::Ok();
  }
  // Range scan on the primary key.
  storage::KeyRange range;
  if (!prefix.empty()) range = storage::KeyRange::Prefix(prefix);
  int range_column = path_.index->attnums[key_values.size()] - 1;
  SqlType range_type = table_->columns[range_column].type;
  auto bound = [&](const ExprPtr& expr, bool inclusive, storage::KeyBound* out) -> Status {
    if (!expr) return Status::Ok();
    ASSIGN_OR_RETURN(Value v, exec::EvaluateConstant(*expr, &context));
    if (v.is_null()) {
      exhausted_ = true;  // col < NULL matches nothing
      return Status::Ok();
    }
    std::optional<Value> key = ToKeyValue(v, range_type);
    if (!key) return Status::Ok();  // out of the column's range: leave unbounded, the filter decides
    std::string p = prefix;
    storage::AppendKeyValue(*key, descriptor.layout[range_column], &p);
    *out = inclusive ? storage::KeyBound::Inclusive(std::move(p)) : storage::KeyBound::Exclusive(std::move(p));
    return Status::Ok();
  };
  RETURN_IF_ERROR(bound(path_.lower, path_.lower_inclusive, &range.lower));
  RETURN_IF_ERROR(bound(path_.upper, path_.upper_inclusive, &range.upper));
  if (!exhausted_) rows_ = txn->Scan(descriptor, range);
  return Status::Ok();
}

Result<bool> TableSource::Fill(DataChunk& out) {
  if (exhausted_) return false;
  const catalog::Table& table = *table_;
  const auto& layout = table.storage->layout;
  size_t key_column = table.columns.size();
  uint32_t n = 0;
  auto emit_key = [&](std::string_view key) {
    if (with_row_key_) out.column(key_column).SetString(n, key);
  };
  if (path_.kind == AccessPath::Kind::kPointLookup) {
    if (!point_pending_) return false;
    point_pending_ = false;
    exhausted_ = true;
    ASSIGN_OR_RETURN(bool found, GetPointRow());
    if (!found) return false;
    DecodeRowInto(view_, table, out, 0);
    emit_key(point_key_);
    out.SetSize(1);
    return true;
  }
  if (index_rows_) {
    for (; index_rows_->Valid() && n < exec::kVectorSize; index_rows_->Next()) {
      ASSIGN_OR_RETURN(bool found, statement_->txn->Get(*table.storage, index_rows_->row_key(), &row_buffer_));
      if (!found) continue;
      RETURN_IF_ERROR(view_.Reset(row_buffer_, layout));
      DecodeRowInto(view_, table, out, n);
      emit_key(index_rows_->row_key());
      ++n;
    }
    RETURN_IF_ERROR(index_rows_->status());
    if (n == 0) return false;
    out.SetSize(n);
    return true;
  }
  if (!rows_) return false;
  for (; rows_->Valid() && n < exec::kVectorSize; rows_->Next()) {
    DecodeRowInto(rows_->row(), table, out, n);
    emit_key(rows_->key());
    ++n;
  }
  RETURN_IF_ERROR(rows_->status());
  if (n == 0) return false;
  out.SetSize(n);
  return true;
}

// ---------------------------------------------------------------------------

std::unique_ptr<PointRead> PointRead::Match(exec::PhysicalOperator& plan) {
  auto* projection = dynamic_cast<exec::ProjectionOperator*>(&plan);
  if (projection == nullptr) return nullptr;
  auto* scan = dynamic_cast<exec::SourceOperator*>(&projection->child());
  if (scan == nullptr) return nullptr;
  auto* source = dynamic_cast<TableSource*>(&scan->source());
  if (source == nullptr || source->path().kind != AccessPath::Kind::kPointLookup || source->with_row_key()) {
    return nullptr;
  }
  const catalog::Table& table = source->table();
  std::vector<int> columns;
  std::vector<SqlType> types;
  for (const auto& expr : projection->exprs()) {
    if (expr->kind != exec::ExprKind::kColumnRef || expr->index < 0 ||
        expr->index >= static_cast<int>(table.columns.size()) || !(expr->type == table.columns[expr->index].type)) {
      return nullptr;
    }
    columns.push_back(expr->index);
    types.push_back(expr->type);
  }
  return std::unique_ptr<PointRead>(new PointRead(*source, std::move(columns), std::move(types)));
}

PointRead::PointRead(TableSource& source, std::vector<int> columns, std::vector<SqlType> types)
    : source_(source), columns_(std::move(columns)), types_(std::move(types)) {
  chunk_.Initialize(types_);
}

PointRead::~PointRead() = default;

Result<int64_t> PointRead::Run(exec::ExecContext& context, std::span<const int16_t> formats, ResultSink& sink) {
  RETURN_IF_ERROR(context.CheckCancel());
  ASSIGN_OR_RETURN(bool found, source_.ReadPointRow(context));
  if (!found) return 0;
  if (encoder_ == nullptr || encoder_context_ != &context ||
      !std::equal(formats.begin(), formats.end(), formats_.begin(), formats_.end())) {
    encoder_ = std::make_unique<exec::ResultEncoder>(types_, formats);
    encoder_->set_context(&context);
    encoder_context_ = &context;
    formats_.assign(formats.begin(), formats.end());
  }
  chunk_.Reset();
  const auto& layout = source_.table().storage->layout;
  for (size_t i = 0; i < columns_.size(); ++i) {
    DecodeColumnInto(source_.row_view(), layout[columns_[i]], columns_[i], chunk_.column(i), 0);
  }
  chunk_.SetSize(1);
  RETURN_IF_ERROR(encoder_->Encode(chunk_, sink.RowBuffer()));
  sink.RowsAppended();
  return 1;
}

}  // namespace augur::sql
