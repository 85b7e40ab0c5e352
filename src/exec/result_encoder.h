// ResultEncoder / QueryRunner: turning DataChunks into PostgreSQL DataRow
// messages in a sql::ResultSink's RowBuffer.
//
// ResultEncoder writes rows with sql::BeginDataRow / AppendField /
// AppendNullField / EndDataRow (net/ implements those), each column in text
// or binary format using types/' output functions, so the bytes are exactly
// what PostgreSQL 15 sends (with DateStyle ISO, IntervalStyle postgres, and
// the session's extra_float_digits when a context is set; TimeZone from the
// thread's types::ScopedDateTimeContext).
//
// QueryRunner drives a plan into a sink with an optional row limit and
// remembers a partially sent chunk, which is what the extended protocol's
// Execute(max_rows) / PortalSuspended needs.
//
// Thread-safety: one thread per instance.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "common/status.h"
#include "exec/exec_context.h"
#include "exec/operators.h"
#include "exec/vector.h"
#include "sql/session.h"
#include "types/type.h"

namespace augur::exec {

class ResultEncoder {
 public:
  // `formats`: one per column, or a single entry applied to all, or empty
  // for all text (the protocol's rules for result-column format codes).
  ResultEncoder(std::vector<types::SqlType> types, std::span<const int16_t> formats);

  // Appends DataRows for logical rows [begin, end) of `chunk` to `buffer`.
  Status Encode(const DataChunk& chunk, uint32_t begin, uint32_t end, std::string& buffer);
  Status Encode(const DataChunk& chunk, std::string& buffer) { return Encode(chunk, 0, chunk.count(), buffer); }

  // Text/binary encoding of one value (exposed for tests and COPY TO).
  Status EncodeValue(const Vector& vector, uint32_t row, int16_t format, std::string& out) const;
  // The execution context whose extra_float_digits shapes float text
  // output; null = PostgreSQL's default (1).
  void set_context(const ExecContext* context) { context_ = context; }

 private:
  const ExecContext* context_ = nullptr;
  std::vector<types::SqlType> types_;
  std::vector<int16_t> formats_;
  std::string scratch_;
};

class QueryRunner {
 public:
  // `plan` and `context` must outlive the runner. Open() is called on the
  // first Run().
  QueryRunner(PhysicalOperator& plan, ExecContext& context, std::span<const int16_t> formats);

  // Sends up to `max_rows` rows (0 = all) as DataRows into sink.RowBuffer(),
  // calling sink.RowsAppended() after each chunk. Returns true when it
  // stopped after max_rows rows (suspended, even if none remain, as
  // PostgreSQL), false when the plan is exhausted. rows_sent()
  // accumulates across calls (for the "SELECT n" tag).
  Result<bool> Run(sql::ResultSink& sink, int64_t max_rows);
  int64_t rows_sent() const { return rows_sent_; }
  // Opens the plan and computes its first non-empty chunk now (a SQL cursor
  // reads at DECLARE: scans open their iterators, small results are read
  // whole) without sending anything.
  Status Prefetch();
  // Result formats for the rows sent from now on (FETCH through the extended
  // protocol takes the formats of its own Bind).
  void set_formats(std::span<const int16_t> formats);
  bool done() const { return done_ && chunk_offset_ >= chunk_.count(); }
  // Makes a runner whose plan ran to its end ready to run it again from the
  // start with the same result formats, keeping its encoder and chunk
  // storage (a cached plan executed again). False, changing nothing, when
  // the formats differ or the last run did not end.
  bool Restart(std::span<const int16_t> formats);
  // Runs the plan to its end and moves every row not sent yet into `out`,
  // as compact chunks (a cursor WITH HOLD kept past its transaction). The
  // runner is done afterwards.
  Status Drain(std::vector<DataChunk>* out);

 private:
  Status OpenOnce();
  // Replaces chunk_ by the plan's next chunk (done_ at the end).
  Status LoadNextChunk();
  PhysicalOperator& plan_;
  ExecContext& context_;
  ResultEncoder encoder_;
  std::vector<int16_t> formats_;  // as given to the constructor or set_formats()
  DataChunk chunk_;
  uint32_t chunk_offset_ = 0;  // rows of chunk_ already sent
  bool opened_ = false;
  bool done_ = false;
  int64_t rows_sent_ = 0;
};

}  // namespace augur::exec
