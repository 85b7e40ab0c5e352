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
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "exec/exec.h"
#include "sql/binder.h"
#include "storage/storage.h"

namespace augur::sql {

// Decodes one stored row into position `row` of `out`'s first
// table.columns.size() columns.
void DecodeRowInto(const storage::RowView& view, const catalog::Table& table, exec::DataChunk& out, uint32_t row);

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

 private:
  Status OpenRange(exec::ExecContext& context);
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
};

// Chooses an access path for `table` given conjuncts over its columns
// (ColumnRef i = table column i). Conjuncts fully answered by the key lookup
// are removed from `conjuncts`; the rest must be applied as a filter.
AccessPath ChooseAccessPath(const catalog::Table& table, std::vector<exec::ExprPtr>& conjuncts);

// Builds scan + filter for a table.
exec::OperatorPtr PlanTableAccess(std::shared_ptr<const catalog::Table> table, std::vector<exec::ExprPtr> conjuncts,
                                  StatementContext* statement, bool with_row_key);

}  // namespace augur::sql
