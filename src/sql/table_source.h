// TableSource: the exec::ChunkSource that reads a table's rows from the row
// store (storage::Transaction) into DataChunks, and the access-path choice
// that picks how: full scan, primary-key point lookup, primary-key range
// scan, or secondary-index scan, from the conjuncts of the WHERE clause that
// reference only this table.
//
// Key values come from expressions without column references (constants,
// $n parameters, outer-row values), evaluated when the source is opened, so
// a prepared statement keeps its plan and still looks up the right key.
//
// Ownership: owned by its SourceOperator; holds the catalog Table by
// shared_ptr and reads the transaction from the session's StatementContext at
// Open(). Thread-safety: one executing thread.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "exec/exec.h"
#include "sql/binder.h"
#include "storage/storage.h"

namespace augur::exec {
class ResultEncoder;
}  // namespace augur::exec

namespace augur::sql {

// Decodes one stored row into position `row` of `out`'s first
// table.columns.size() columns.
void DecodeRowInto(const storage::RowView& view, const catalog::Table& table, exec::DataChunk& out, uint32_t row);
// Decodes column `column` (stored as `kind`) of one stored row into
// position `row` of `out`.
void DecodeColumnInto(const storage::RowView& view, types::PhysicalKind kind, int column, exec::Vector& out,
                      uint32_t row);

struct AccessPath {
  enum class Kind { kFullScan, kPointLookup, kRangeScan, kIndexScan };
  Kind kind = Kind::kFullScan;
  const catalog::Index* index = nullptr;  // primary key index for point/range, else the secondary index
  // Equality key values for the leading key columns (point lookup / index
  // prefix / range prefix), already of the key columns' types after casting
  // at Open().
  std::vector<exec::ExprPtr> equal_values;
  // Optional range on the key column after the equality prefix.
  exec::ExprPtr lower, upper;
  bool lower_inclusive = true, upper_inclusive = true;
};

class TableSource final : public exec::ChunkSource {
 public:
  // `with_row_key`: append a bytea column holding each row's storage key
  // (UPDATE/DELETE need it).
  TableSource(std::shared_ptr<const catalog::Table> table, AccessPath path, StatementContext* statement,
              bool with_row_key);
  ~TableSource() override;

  std::vector<types::SqlType> types() const override;
  Status Open(exec::ExecContext& context) override;
  Result<bool> Fill(exec::DataChunk& out) override;
  void Close() override;
  std::string ExplainText() const override;

  const catalog::Table& table() const { return *table_; }
  const AccessPath& path() const { return path_; }
  bool with_row_key() const { return with_row_key_; }
  // A point lookup read without a chunk (PointRead): reads the row of the
  // key the parameters give into row_view(); false when there is none.
  Result<bool> ReadPointRow(exec::ExecContext& context);
  const storage::RowView& row_view() const { return view_; }

 private:
  // The equality key values, converted to the key columns' types, into
  // key_values_; false when no row can match (NULL, out of range).
  Result<bool> EvaluateKeyValues(exec::ExecContext& context);
  // The point lookup's key into point_key_ (false: no row can match), and
  // the row stored under it into row_view() (false: none).
  Result<bool> EncodePointKey(exec::ExecContext& context);
  Result<bool> GetPointRow();
  std::shared_ptr<const catalog::Table> table_;
  AccessPath path_;
  StatementContext* statement_;
  bool with_row_key_;
  std::unique_ptr<storage::RowIterator> rows_;
  std::unique_ptr<storage::IndexIterator> index_rows_;
  bool point_pending_ = false;  // point lookup: the one key still to read
  bool exhausted_ = false;
  std::string point_key_;
  std::string row_buffer_;
  storage::RowView view_;
  std::vector<types::Value> key_values_;
};

// SELECT of stored columns by the whole primary key (SELECT a, b FROM t
// WHERE pk = $1), the commonest OLTP read, run without the operator tree:
// the key is evaluated, the row read, and the chosen columns decoded into a
// one-row chunk and encoded as a DataRow. It stands for exactly the plan
// Project(column references) over a point-lookup TableSource, with the same
// results and errors; it saves the operators' Open/Next work, 12 % of a
// prepared point SELECT's instructions (docs/benchmarks.md).
class PointRead {
 public:
  // The shortcut for `plan`, or null when the plan is not of that shape.
  static std::unique_ptr<PointRead> Match(exec::PhysicalOperator& plan);
  ~PointRead();
  // Sends the row, if any, as one DataRow in `formats` (the protocol's
  // result format codes) to `sink`; returns the number of rows sent.
  Result<int64_t> Run(exec::ExecContext& context, std::span<const int16_t> formats, ResultSink& sink);

 private:
  PointRead(TableSource& source, std::vector<int> columns, std::vector<types::SqlType> types);
  TableSource& source_;
  std::vector<int> columns_;  // the table columns sent, in output order
  std::vector<types::SqlType> types_;
  exec::DataChunk chunk_;
  // The encoder for the formats and context of the last run.
  std::unique_ptr<exec::ResultEncoder> encoder_;
  std::vector<int16_t> formats_;
  const exec::ExecContext* encoder_context_ = nullptr;
};

// Chooses an access path for `table` given conjuncts over its columns
// (ColumnRef i = table column i). Conjuncts fully answered by the key lookup
// are removed from `conjuncts`; the rest must be applied as a filter.
AccessPath ChooseAccessPath(const catalog::Table& table, std::vector<exec::ExprPtr>& conjuncts);

// Builds scan + filter for a table.
exec::OperatorPtr PlanTableAccess(std::shared_ptr<const catalog::Table> table, std::vector<exec::ExprPtr> conjuncts,
                                  StatementContext* statement, bool with_row_key);

}  // namespace augur::sql
