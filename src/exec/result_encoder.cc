// DataRow encoding of DataChunks and the QueryRunner. See result_encoder.h.
#include "exec/result_encoder.h"

#include <algorithm>
#include <bit>

#include "exec/kernels.h"
#include "types/binary_io.h"
#include "types/numeric.h"

namespace augur::exec {

namespace t = types;

namespace {

template <typename T>
void AppendBigEndian(T value, std::string& out) {
  using U = std::make_unsigned_t<T>;
  U u = static_cast<U>(value);
  char bytes[sizeof(T)];
  for (size_t i = 0; i < sizeof(T); i++) bytes[i] = static_cast<char>(u >> (8 * (sizeof(T) - 1 - i)));
  out.append(bytes, sizeof(T));
}

}  // namespace

ResultEncoder::ResultEncoder(std::vector<types::SqlType> types, std::span<const int16_t> formats)
    : types_(std::move(types)) {
  formats_.resize(types_.size(), sql::kTextFormat);
  if (formats.size() == 1) {
    for (auto& f : formats_) f = formats[0];
  } else {
    for (size_t i = 0; i < formats.size() && i < formats_.size(); i++) formats_[i] = formats[i];
  }
}

Status ResultEncoder::EncodeValue(const Vector& v, uint32_t i, int16_t format, std::string& out) const {
  if (format == sql::kTextFormat) return internal::AppendText(v, i, out, context_);
  switch (v.type().oid) {
    case t::kBoolOid: out.push_back(v.values<bool>()[i] ? 1 : 0); return Status::Ok();
    case t::kInt2Oid: AppendBigEndian(v.values<int16_t>()[i], out); return Status::Ok();
    case t::kInt4Oid:
    case t::kDateOid: AppendBigEndian(v.values<int32_t>()[i], out); return Status::Ok();
    case t::kOidOid: AppendBigEndian(v.values<uint32_t>()[i], out); return Status::Ok();
    case t::kInt8Oid:
    case t::kTimeOid:
    case t::kTimestampOid:
    case t::kTimestampTzOid: AppendBigEndian(v.values<int64_t>()[i], out); return Status::Ok();
    case t::kTimeTzOid: t::AppendTimeTzBinary(v.values<int64_t>()[i], &out); return Status::Ok();
    case t::kFloat4Oid: AppendBigEndian(std::bit_cast<uint32_t>(v.values<float>()[i]), out); return Status::Ok();
    case t::kFloat8Oid: AppendBigEndian(std::bit_cast<uint64_t>(v.values<double>()[i]), out); return Status::Ok();
    case t::kIntervalOid: {
      const t::Interval& iv = v.values<t::Interval>()[i];
      AppendBigEndian(iv.time_us, out);
      AppendBigEndian(iv.days, out);
      AppendBigEndian(iv.months, out);
      return Status::Ok();
    }
    case t::kUuidOid: out.append(reinterpret_cast<const char*>(v.values<t::Uuid>()[i].bytes), 16); return Status::Ok();
    case t::kNumericOid: t::NumericSend(v.values<t::Numeric>()[i], &out); return Status::Ok();
    case t::kTextOid:
    case t::kVarcharOid:
    case t::kBpcharOid:
    case t::kNameOid:
    case t::kByteaOid:
    case t::kUnknownOid: out.append(v.values<std::string_view>()[i]); return Status::Ok();
    default:
      if (!t::HasBinaryFormat(v.type().oid)) {
        return Status::Error(sqlstate::kFeatureNotSupported,
                             "no binary output function available for type " + t::FormatType(v.type()));
      }
      t::AppendBinary(v.GetValue(i), &out);
      return Status::Ok();
  }
}

Status ResultEncoder::Encode(const DataChunk& chunk, uint32_t begin, uint32_t end, std::string& buffer) {
  const int16_t fields = static_cast<int16_t>(chunk.column_count());
  for (uint32_t row = begin; row < end; row++) {
    uint32_t r = chunk.RowIndex(row);
    size_t start = sql::BeginDataRow(buffer, fields);
    for (size_t c = 0; c < chunk.column_count(); c++) {
      const Vector& v = chunk.column(c);
      if (v.IsNull(r)) {
        sql::AppendNullField(buffer);
        continue;
      }
      scratch_.clear();
      RETURN_IF_ERROR(EncodeValue(v, r, c < formats_.size() ? formats_[c] : sql::kTextFormat, scratch_));
      sql::AppendField(buffer, scratch_);
    }
    sql::EndDataRow(buffer, start);
  }
  return Status::Ok();
}

QueryRunner::QueryRunner(PhysicalOperator& plan, ExecContext& context, std::span<const int16_t> formats)
    : plan_(plan), context_(context), encoder_(plan.output_types(), formats), formats_(formats.begin(), formats.end()) {
  encoder_.set_context(&context);
}

bool QueryRunner::Restart(std::span<const int16_t> formats) {
  if (!done_ || !std::equal(formats.begin(), formats.end(), formats_.begin(), formats_.end())) return false;
  opened_ = false;
  done_ = false;
  chunk_offset_ = 0;
  rows_sent_ = 0;
  chunk_.ClearSelection();
  chunk_.SetSize(0);
  return true;
}

Status QueryRunner::OpenOnce() {
  if (opened_) return Status::Ok();
  RETURN_IF_ERROR(plan_.Open(context_));
  opened_ = true;
  return Status::Ok();
}

Status QueryRunner::LoadNextChunk() {
  chunk_offset_ = 0;
  chunk_.ClearSelection();
  chunk_.SetSize(0);
  ASSIGN_OR_RETURN(bool more, plan_.Next(chunk_));
  if (!more) {
    done_ = true;
    plan_.Close();
  }
  return Status::Ok();
}

Status QueryRunner::Drain(std::vector<DataChunk>* out) {
  RETURN_IF_ERROR(OpenOnce());
  std::vector<uint32_t> rows;
  while (!done_) {
    if (chunk_offset_ < chunk_.count()) {
      rows.clear();
      for (uint32_t i = chunk_offset_; i < chunk_.count(); ++i) rows.push_back(chunk_.RowIndex(i));
      DataChunk& copy = out->emplace_back();
      copy.Initialize(plan_.output_types());
      // Value by value, string bytes into the copy's own heap: the rows
      // outlive the plan and the transaction it read.
      for (size_t c = 0; c < chunk_.column_count(); ++c) {
        for (uint32_t i = 0; i < rows.size(); ++i) copy.column(c).CopyValue(chunk_.column(c), rows[i], i);
      }
      copy.SetSize(static_cast<uint32_t>(rows.size()));
    }
    RETURN_IF_ERROR(LoadNextChunk());
  }
  return Status::Ok();
}

Status QueryRunner::Prefetch() {
  RETURN_IF_ERROR(OpenOnce());
  while (!done_ && chunk_offset_ >= chunk_.count()) RETURN_IF_ERROR(LoadNextChunk());
  return Status::Ok();
}

void QueryRunner::set_formats(std::span<const int16_t> formats) {
  formats_.assign(formats.begin(), formats.end());
  encoder_ = ResultEncoder(plan_.output_types(), formats);
  encoder_.set_context(&context_);
}

Result<bool> QueryRunner::Run(sql::ResultSink& sink, int64_t max_rows) {
  RETURN_IF_ERROR(OpenOnce());
  int64_t sent = 0;
  while (!done_) {
    if (chunk_offset_ >= chunk_.count()) {
      RETURN_IF_ERROR(LoadNextChunk());
      if (done_) break;
    }
    uint32_t end = chunk_.count();
    if (max_rows > 0 && static_cast<int64_t>(end - chunk_offset_) > max_rows - sent) {
      end = chunk_offset_ + static_cast<uint32_t>(max_rows - sent);
    }
    RETURN_IF_ERROR(encoder_.Encode(chunk_, chunk_offset_, end, sink.RowBuffer()));
    sink.RowsAppended();
    sent += end - chunk_offset_;
    rows_sent_ += end - chunk_offset_;
    chunk_offset_ = end;
    // Suspended once max_rows are sent, without looking further: as
    // PostgreSQL's PortalRunSelect, a portal whose rows end exactly there is
    // suspended too, and its next Execute reports SELECT 0.
    if (max_rows > 0 && sent >= max_rows) return true;
  }
  return false;
}

}  // namespace augur::exec
