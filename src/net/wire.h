// PostgreSQL v3 wire-format primitives: reading fields out of a received
// message body and building outgoing messages into a byte buffer.
//
// Everything here is pure byte manipulation over caller-owned buffers; no
// sockets, no protocol state. MessageReader uses a sticky error: after the
// first malformed read every later read returns a zero value and status()
// reports the first problem, so a handler can read all fields and check once.
// Integers on the wire are big-endian (network order).
//
// Thread-safety: plain values, no shared state.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "common/status.h"
#include "sql/session.h"

namespace augur::net {

// Codes sent in place of a protocol version in the first packet.
inline constexpr int32_t kProtocolVersion30 = 196608;  // (3 << 16) | 0
inline constexpr int32_t kCancelRequestCode = 80877102;
inline constexpr int32_t kSslRequestCode = 80877103;
inline constexpr int32_t kGssEncRequestCode = 80877104;

// PostgreSQL's limits (pqcomm.h / libpq-be.h): startup packets above 10000
// bytes are rejected, and messages that can only carry names are capped at
// PQ_SMALL_MESSAGE_LIMIT; Query/Parse/Bind/FunctionCall/CopyData may be large.
inline constexpr size_t kStartupPacketMaxBytes = 10000;
inline constexpr size_t kSmallMessageMaxBytes = 10000;
inline constexpr size_t kDefaultLargeMessageMaxBytes = (size_t{1} << 30) - 2;  // PQ_LARGE_MESSAGE_LIMIT

// Reads fields from one message body (without type byte and length word).
class MessageReader {
 public:
  explicit MessageReader(std::string_view body) : body_(body) {}

  uint8_t ReadByte();
  int16_t ReadInt16();
  uint16_t ReadUint16();
  int32_t ReadInt32();
  // A NUL-terminated string; the view excludes the NUL.
  std::string_view ReadString();
  std::string_view ReadBytes(size_t size_bytes);
  // Fails unless every byte was consumed ("invalid message format").
  void ExpectEnd();

  size_t remaining_bytes() const { return body_.size() - position_; }
  bool ok() const { return error_ == nullptr; }
  // OK, or 08P01 with PostgreSQL's message for the first malformed read.
  Status status() const;

 private:
  void Fail(const char* message);

  std::string_view body_;
  size_t position_ = 0;
  const char* error_ = nullptr;  // static string; null while all reads succeeded
};

// Appends one message to `out`: type byte, length placeholder, fields; the
// length is patched in by the destructor (or Finish()).
class MessageBuilder {
 public:
  MessageBuilder(std::string& out, char type);
  ~MessageBuilder() { Finish(); }
  MessageBuilder(const MessageBuilder&) = delete;
  MessageBuilder& operator=(const MessageBuilder&) = delete;

  MessageBuilder& Byte(uint8_t value);
  MessageBuilder& Int16(int16_t value);
  MessageBuilder& Int32(int32_t value);
  // Writes `value` followed by a NUL terminator.
  MessageBuilder& String(std::string_view value);
  MessageBuilder& Bytes(std::string_view value);
  void Finish();

 private:
  std::string& out_;
  size_t start_;  // offset of the length word
  bool finished_ = false;
};

void AppendInt16(std::string& out, int16_t value);
void AppendInt32(std::string& out, int32_t value);
int32_t DecodeInt32(const char* bytes);

// ErrorResponse ('E') or NoticeResponse ('N') with fields S, V, C, M and, when
// present, D, H, P. `severity` is e.g. "ERROR", "FATAL", "WARNING", "NOTICE".
void AppendErrorOrNotice(std::string& out, char type, std::string_view severity,
                         const Status& status);
void AppendRowDescription(std::string& out, std::span<const sql::ResultColumn> columns,
                          std::span<const int16_t> formats);
void AppendParameterStatus(std::string& out, std::string_view name, std::string_view value);
void AppendReadyForQuery(std::string& out, char transaction_status);

}  // namespace augur::net
