// Wire-format primitives; see wire.h.
#include "net/wire.h"

#include <arpa/inet.h>

#include <cassert>
#include <cstring>
#include <limits>

namespace augur::net {

// ---- MessageReader ---------------------------------------------------------

void MessageReader::Fail(const char* message) {
  if (error_ == nullptr) error_ = message;
  position_ = body_.size();  // later reads fail too and return zero values
}

Status MessageReader::status() const {
  if (error_ == nullptr) return Status::Ok();
  return Status::Error(sqlstate::kProtocolViolation, error_);
}

uint8_t MessageReader::ReadByte() {
  if (!ok() || remaining_bytes() < 1) {
    Fail("insufficient data left in message");
    return 0;
  }
  return static_cast<uint8_t>(body_[position_++]);
}

uint16_t MessageReader::ReadUint16() {
  if (!ok() || remaining_bytes() < 2) {
    Fail("insufficient data left in message");
    return 0;
  }
  uint16_t network;
  std::memcpy(&network, body_.data() + position_, 2);
  position_ += 2;
  return ntohs(network);
}

int16_t MessageReader::ReadInt16() { return static_cast<int16_t>(ReadUint16()); }

int32_t MessageReader::ReadInt32() {
  if (!ok() || remaining_bytes() < 4) {
    Fail("insufficient data left in message");
    return 0;
  }
  int32_t value = DecodeInt32(body_.data() + position_);
  position_ += 4;
  return value;
}

std::string_view MessageReader::ReadString() {
  if (!ok()) return {};
  size_t nul = body_.find('\0', position_);
  if (nul == std::string_view::npos) {
    Fail("invalid string in message");
    return {};
  }
  std::string_view value = body_.substr(position_, nul - position_);
  position_ = nul + 1;
  return value;
}

std::string_view MessageReader::ReadBytes(size_t size_bytes) {
  if (!ok() || remaining_bytes() < size_bytes) {
    Fail("insufficient data left in message");
    return {};
  }
  std::string_view value = body_.substr(position_, size_bytes);
  position_ += size_bytes;
  return value;
}

void MessageReader::ExpectEnd() {
  if (ok() && remaining_bytes() != 0) Fail("invalid message format");
}

// ---- MessageBuilder --------------------------------------------------------

void AppendInt16(std::string& out, int16_t value) {
  uint16_t network = htons(static_cast<uint16_t>(value));
  out.append(reinterpret_cast<const char*>(&network), 2);
}

void AppendInt32(std::string& out, int32_t value) {
  uint32_t network = htonl(static_cast<uint32_t>(value));
  out.append(reinterpret_cast<const char*>(&network), 4);
}

int32_t DecodeInt32(const char* bytes) {
  uint32_t network;
  std::memcpy(&network, bytes, 4);
  return static_cast<int32_t>(ntohl(network));
}

MessageBuilder::MessageBuilder(std::string& out, char type) : out_(out) {
  out_.push_back(type);
  start_ = out_.size();
  out_.append(4, '\0');
}

MessageBuilder& MessageBuilder::Byte(uint8_t value) {
  out_.push_back(static_cast<char>(value));
  return *this;
}
MessageBuilder& MessageBuilder::Int16(int16_t value) {
  AppendInt16(out_, value);
  return *this;
}
MessageBuilder& MessageBuilder::Int32(int32_t value) {
  AppendInt32(out_, value);
  return *this;
}
MessageBuilder& MessageBuilder::String(std::string_view value) {
  // A NUL inside would truncate the field on the client; PostgreSQL cannot
  // produce one either, so it is a bug in the caller.
  assert(value.find('\0') == std::string_view::npos);
  out_.append(value);
  out_.push_back('\0');
  return *this;
}
MessageBuilder& MessageBuilder::Bytes(std::string_view value) {
  out_.append(value);
  return *this;
}

void MessageBuilder::Finish() {
  if (finished_) return;
  finished_ = true;
  size_t length = out_.size() - start_;
  assert(length >= 4 && length <= static_cast<size_t>(std::numeric_limits<int32_t>::max()));
  uint32_t network = htonl(static_cast<uint32_t>(length));
  std::memcpy(out_.data() + start_, &network, 4);
}

// ---- Whole messages --------------------------------------------------------

namespace {
// Message text must not contain NUL; replace rather than assert, since error
// text can echo user input.
std::string WithoutNul(std::string_view text) {
  std::string copy(text);
  for (char& c : copy) {
    if (c == '\0') c = ' ';
  }
  return copy;
}
}  // namespace

void AppendErrorOrNotice(std::string& out, char type, std::string_view severity,
                         const Status& status) {
  assert(type == 'E' || type == 'N');
  MessageBuilder message(out, type);
  message.Byte('S').String(severity);
  message.Byte('V').String(severity);
  message.Byte('C').String(status.sqlstate());
  message.Byte('M').String(WithoutNul(status.message()));
  if (!status.detail().empty()) message.Byte('D').String(WithoutNul(status.detail()));
  if (!status.hint().empty()) message.Byte('H').String(WithoutNul(status.hint()));
  if (status.position() > 0) message.Byte('P').String(std::to_string(status.position()));
  if (!status.context().empty()) message.Byte('W').String(WithoutNul(status.context()));
  message.Byte(0);
}

void AppendRowDescription(std::string& out, std::span<const sql::ResultColumn> columns,
                          std::span<const int16_t> formats) {
  // An empty `formats` means text for every column (Describe of a statement).
  assert(formats.empty() || formats.size() == columns.size());
  assert(columns.size() <= static_cast<size_t>(std::numeric_limits<int16_t>::max()));
  MessageBuilder message(out, 'T');
  message.Int16(static_cast<int16_t>(columns.size()));
  for (size_t i = 0; i < columns.size(); ++i) {
    const sql::ResultColumn& column = columns[i];
    message.String(WithoutNul(column.name))
        .Int32(static_cast<int32_t>(column.table_oid))
        .Int16(column.column_attnum)
        .Int32(static_cast<int32_t>(column.type_oid))
        .Int16(column.type_size)
        .Int32(column.type_modifier)
        .Int16(formats.empty() ? sql::kTextFormat : formats[i]);
  }
}

void AppendParameterStatus(std::string& out, std::string_view name, std::string_view value) {
  MessageBuilder(out, 'S').String(name).String(WithoutNul(value));
}

void AppendReadyForQuery(std::string& out, char transaction_status) {
  assert(transaction_status == 'I' || transaction_status == 'T' || transaction_status == 'E');
  MessageBuilder(out, 'Z').Byte(static_cast<uint8_t>(transaction_status));
}

}  // namespace augur::net
