// Connection: the per-client protocol state machine; see connection.h and
// docs/net.md. Message semantics follow PostgreSQL 15's postgres.c
// (PostgresMain, exec_parse_message, exec_bind_message, ...).
#include "net/connection.h"

#include <poll.h>
#include <sys/socket.h>
#include <sys/time.h>

#include <algorithm>
#include <cassert>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <exception>
#include <new>
#include <vector>

#include <spdlog/spdlog.h>

#include "net/wire.h"

namespace augur::net {
namespace {

// Read size when more input is needed; also the most unrequested (pipelined)
// input a connection buffers beyond the message it is assembling.
constexpr size_t kReadChunkBytes = 64 * 1024;
// After a large message, an idle input buffer above this size is released.
constexpr size_t kInputKeepBytes = 1024 * 1024;
// How often a connection waiting for input checks for pg_terminate_backend.
constexpr int64_t kTerminateCheckMs = 200;

int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

Status ProtocolViolation(std::string message) {
  return Status::Error(sqlstate::kProtocolViolation, std::move(message));
}

std::string Quoted(std::string_view name) { return "\"" + std::string(name) + "\""; }

// Expands a Bind message's 0, 1 or n format codes to one per value. `what`
// names the values for the 08P01 message.
Status ExpandFormats(std::span<const int16_t> codes, size_t value_count,
                     std::vector<int16_t>* formats) {
  formats->clear();
  for (int16_t code : codes) {
    if (code != sql::kTextFormat && code != sql::kBinaryFormat) {
      return Status::Error(sqlstate::kInvalidParameterValue,
                           "unsupported format code: " + std::to_string(code));
    }
  }
  if (codes.empty()) {
    formats->assign(value_count, sql::kTextFormat);
  } else if (codes.size() == 1) {
    formats->assign(value_count, codes[0]);
  } else {
    assert(codes.size() == value_count);  // callers check the count first
    formats->assign(codes.begin(), codes.end());
  }
  return Status::Ok();
}

// std::map::erase by a string_view key is C++23; find() is heterogeneous now.
template <typename Map>
void EraseByName(Map& map, std::string_view name) {
  auto it = map.find(name);
  if (it != map.end()) map.erase(it);
}

bool IsFalse(std::string_view value) {
  return value == "0" || value == "false" || value == "off" || value == "no" || value == "f" ||
         value == "n";
}

}  // namespace

Connection::Connection(int socket_fd, const ConnectionContext& context, Admission admission)
    : socket_fd_(socket_fd), context_(context), admission_(admission) {
  assert(socket_fd >= 0);
  assert(context.engine && context.options && context.cancel_registry && context.stopping);
  // A blocking recv() sleeps on the socket's one wait queue, which a Unix
  // socket also wakes whenever the peer consumes what we sent (write space,
  // EPOLLOUT): a request would then cost two sleeps and wake-ups instead of
  // one (docs/net.md "Waiting for input"). poll(POLLIN) ignores those
  // wake-ups, so Unix-domain connections wait in poll().
  sockaddr_storage address{};
  socklen_t address_size = sizeof(address);
  bool unix_domain = getsockname(socket_fd_, reinterpret_cast<sockaddr*>(&address), &address_size) == 0 &&
                     address.ss_family == AF_UNIX;
  timeval timeout{0, static_cast<suseconds_t>(kTerminateCheckMs * 1000)};
  blocking_reads_ = !unix_domain && setsockopt(socket_fd_, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof(timeout)) == 0;
  if (context_.steering != nullptr && context_.steering->active() && !unix_domain) {
    steering_ = context_.steering;
    steering_->Join();
  }
}

Connection::~Connection() {
  if (steering_ != nullptr) steering_->Leave(steering_seat_);
  if (registered_) context_.cancel_registry->Unregister(backend_key_.process_id);
  FreeTlsSession(ssl_);
  // Portals and statements may refer to engine state that Close() tears down.
  CloseAllPortals();
  statements_.clear();
  if (session_) session_->Close();
}

Connection::RunResult Connection::Run(bool may_park) {
  // An exception escaping the engine must not take the whole server down
  // (std::terminate); it ends this connection only. Output not yet sent may
  // hold a half-built message, so it is dropped before the FATAL.
  try {
    if (!started_) {
      started_ = true;
      if (!Startup()) return RunResult::kEnded;
      spdlog::debug("net: session started: user={} database={} application_name={} pid={}", user_,
                    database_, application_name_, backend_key_.process_id);
    }
    input_drained_ = false;  // woken because input arrived (or first call)
    if (!may_park) {
      ServeMessages(false);
      return RunResult::kEnded;
    }
    // This thread serves other sessions too (epoll model).
    session_->EnterThread();
    struct Leave {
      sql::Session* session;
      ~Leave() { session->LeaveThread(); }
    } leave{session_.get()};
    if (ServeMessages(true)) return RunResult::kParked;
  } catch (const std::bad_alloc&) {
    output_.clear();
    SendFatal(Status::Error(sqlstate::kOutOfMemory, "out of memory"));
    spdlog::error("net: connection ended: out of memory");
  } catch (const std::exception& exception) {
    output_.clear();
    SendFatal(Status::Internal(std::string("internal error: ") + exception.what()));
    spdlog::error("net: connection ended by an exception: {}", exception.what());
  }
  return RunResult::kEnded;
}

// ---- Reading ----------------------------------------------------------------

// Every kSteerEveryReceives-th receive re-reads the CPU the client's packets
// arrive on: often enough to follow a client thread that moved, rarely
// enough that the extra getsockopt() is noise (docs/net.md "Client-CPU
// steering").
void Connection::FollowClientCpu() {
  constexpr uint32_t kSteerEveryReceives = 16;
  if (steering_ != nullptr && receives_++ % kSteerEveryReceives == 0) {
    steering_->Steer(&steering_seat_, CpuSteering::IncomingCpu(socket_fd_));
  }
}

Connection::ReadOutcome Connection::Fill(size_t size_bytes, int64_t deadline_ms) {
  while (input_end_ - input_position_ < size_bytes) {
    MakeInputRoom(size_bytes);

    if (deadline_ms < 0 && ssl_ == nullptr && blocking_reads_) {
      // The common case, a plain socket with no deadline: one blocking recv()
      // instead of poll() + recv() (a syscall less per message; syscalls are
      // most of a point query's server time, docs/benchmarks.md). The socket's
      // SO_RCVTIMEO (kTerminateCheckMs, set by the server) wakes an idle
      // connection to notice shutdown and pg_terminate_backend.
      ssize_t got = recv(socket_fd_, input_.data() + input_end_, input_.size() - input_end_, 0);
      if (got > 0) {
        input_end_ += static_cast<size_t>(got);
        FollowClientCpu();
        continue;
      }
      if (got == 0) return ReadOutcome::kClosed;
      if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) return ReadOutcome::kClosed;
      if (terminate_requested_.load()) return ReadOutcome::kTerminated;
      if (context_.stopping->load()) return ReadOutcome::kStopping;
      DeliverNotificationsIfIdle();
      continue;
    }
    pollfd fds[2] = {{socket_fd_, POLLIN, 0}, {context_.stop_fd, POLLIN, 0}};
    // Wake up now and then to notice pg_terminate_backend.
    int timeout_ms = kTerminateCheckMs;
    if (deadline_ms >= 0) {
      timeout_ms = static_cast<int>(std::min<int64_t>(kTerminateCheckMs, std::max<int64_t>(0, deadline_ms - NowMs())));
    }
    // Decrypted TLS input may already be buffered inside OpenSSL.
    int ready = TlsPending() ? 1 : poll(fds, context_.stop_fd >= 0 ? 2 : 1, timeout_ms);
    if (ready < 0) {
      if (errno == EINTR) continue;
      return ReadOutcome::kClosed;
    }
    if (terminate_requested_.load()) return ReadOutcome::kTerminated;
    if (ready == 0) {
      if (deadline_ms >= 0 && NowMs() >= deadline_ms) return ReadOutcome::kTimeout;
      DeliverNotificationsIfIdle();
      continue;
    }
    if (fds[1].revents != 0) return ReadOutcome::kStopping;
    ssize_t got = ReceiveSome(input_.data() + input_end_, input_.size() - input_end_);
    if (got == 0) return ReadOutcome::kClosed;
    if (got == kWouldBlock) continue;
    if (got < 0) return ReadOutcome::kClosed;
    input_end_ += static_cast<size_t>(got);
    FollowClientCpu();
  }
  return ReadOutcome::kOk;
}

bool Connection::MessageBuffered() const {
  size_t available = input_end_ - input_position_;
  if (available < 5) return false;
  int32_t length = DecodeInt32(input_.data() + input_position_ + 1);
  // An invalid type or length (ReadMessage reports it), or a message too
  // large to wait for without blocking (ReadMessage reads the rest blocking,
  // which bounds what a parked connection buffers).
  if (length < 4 || static_cast<size_t>(length) > std::min(kReadChunkBytes, kSmallMessageMaxBytes)) {
    return true;
  }
  return available >= 1 + static_cast<size_t>(length);
}

// Moves the unread tail to the front, then makes room for `size_bytes` in all
// and one more read chunk. input_ only grows here (its bytes past input_end_
// are scratch), so steady-state reads do not zero-fill or allocate.
void Connection::MakeInputRoom(size_t size_bytes) {
  if (input_position_ > 0) {
    std::memmove(input_.data(), input_.data() + input_position_, input_end_ - input_position_);
    input_end_ -= input_position_;
    input_position_ = 0;
  }
  if (input_end_ == 0 && input_.size() > kInputKeepBytes) {
    input_.resize(kReadChunkBytes);  // release the space a huge message needed
    input_.shrink_to_fit();
  }
  size_t wanted_size = std::max(size_bytes, input_end_ + kReadChunkBytes);
  if (input_.size() < wanted_size) input_.resize(wanted_size);
}

ssize_t Connection::ReceiveNow() {
  MakeInputRoom(0);
  size_t space = input_.size() - input_end_;
  ssize_t got = recv(socket_fd_, input_.data() + input_end_, space, MSG_DONTWAIT);
  if (got > 0) {
    input_end_ += static_cast<size_t>(got);
    input_drained_ = static_cast<size_t>(got) < space;
    return got;
  }
  if (got == 0) return 0;
  if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) {
    input_drained_ = true;
    return kWouldBlock;
  }
  return -2;
}

void Connection::ConsumeInput(size_t size_bytes) {
  assert(input_position_ + size_bytes <= input_end_);
  input_position_ += size_bytes;
}

Connection::ReadOutcome Connection::ReadMessage(Message* message, int64_t deadline_ms) {
  ReadOutcome outcome = Fill(5, deadline_ms);
  if (outcome != ReadOutcome::kOk) return outcome;
  char type = input_[input_position_];
  size_t limit_bytes = kSmallMessageMaxBytes;
  switch (type) {
    case 'Q': case 'P': case 'B': case 'F': case 'd':
      limit_bytes = context_.options->max_message_size_bytes;
      break;
    case 'E': case 'D': case 'C': case 'S': case 'H': case 'X': case 'c': case 'f':
      break;
    default:
      protocol_violation_ = true;
      SendFatal(ProtocolViolation("invalid frontend message type " +
                                  std::to_string(static_cast<unsigned char>(type))));
      return ReadOutcome::kClosed;
  }
  int32_t length = DecodeInt32(input_.data() + input_position_ + 1);
  if (length < 4 || static_cast<size_t>(length) - 4 > limit_bytes) {
    protocol_violation_ = true;
    SendFatal(ProtocolViolation("invalid message length"));
    return ReadOutcome::kClosed;
  }
  outcome = Fill(1 + static_cast<size_t>(length), -1);
  if (outcome != ReadOutcome::kOk) return outcome;
  message->type = type;
  message->body = std::string_view(input_).substr(input_position_ + 5, length - 4);
  ConsumeInput(1 + static_cast<size_t>(length));
  return ReadOutcome::kOk;
}

// ---- Writing ----------------------------------------------------------------

void Connection::Flush() {
  if (!broken_ && !output_.empty() && !SendAll(output_.data(), output_.size())) {
    // The client is gone. Stop the running statement, if any; the message
    // loop ends after the current message.
    broken_ = true;
    if (session_) session_->RequestCancel();
  }
  output_.clear();
  if (output_.capacity() > 4 * context_.options->output_flush_threshold_bytes) {
    output_.shrink_to_fit();
  }
}

void Connection::MaybeFlush() {
  if (output_.size() >= context_.options->output_flush_threshold_bytes) Flush();
}

void Connection::SendFatal(const Status& status) {
  assert(!status.ok());
  if (status.Is(sqlstate::kProtocolViolation)) {
    spdlog::warn("net: closing connection (user \"{}\"): {}", user_, status.ToString());
  } else {
    spdlog::debug("net: closing connection (user \"{}\"): {}", user_, status.ToString());
  }
  AppendErrorOrNotice(output_, 'E', "FATAL", status);
  Flush();
}

// ---- ResultSink -------------------------------------------------------------

void Connection::SendRowDescription(std::span<const sql::ResultColumn> columns,
                                    std::span<const int16_t> formats) {
  AppendRowDescription(output_, columns, formats);
}

void Connection::RowsAppended() { MaybeFlush(); }

void Connection::SendCommandComplete(std::string_view tag) {
  MessageBuilder(output_, 'C').String(tag);
}

void Connection::SendEmptyQueryResponse() { MessageBuilder(output_, 'I'); }

void Connection::SendNotice(std::string_view severity, const Status& notice) {
  // client_min_messages decides what reaches the client.
  if (session_ && !session_->WantsNotice(severity)) return;
  AppendErrorOrNotice(output_, 'N', severity, notice);
}

void Connection::SendChangedParameterStatus() {
  for (const auto& [name, value] : session_->TakeParameterStatus(false)) {
    AppendParameterStatus(output_, name, value);
  }
}

bool Connection::AddPreparedStatement(std::string_view name, std::shared_ptr<sql::PreparedStatement> statement) {
  return statements_.emplace(std::string(name), std::move(statement)).second;
}

std::shared_ptr<sql::PreparedStatement> Connection::FindPreparedStatement(std::string_view name) const {
  auto it = statements_.find(name);
  return it == statements_.end() ? nullptr : it->second;
}

bool Connection::DeallocatePreparedStatement(std::string_view name) {
  if (name.empty()) {
    statements_.clear();
    return true;
  }
  auto it = statements_.find(name);
  if (it == statements_.end()) return false;
  statements_.erase(it);
  return true;
}

void Connection::ForEachPreparedStatement(
    const std::function<void(std::string_view, const sql::PreparedStatement&)>& visit) const {
  for (const auto& [name, statement] : statements_) {
    if (!name.empty() && statement != nullptr) visit(name, *statement);
  }
}

void Connection::SendParameterStatus(std::string_view name, std::string_view value) {
  AppendParameterStatus(output_, name, value);
}

// ---- COPY ---------------------------------------------------------------------

namespace {
void AppendCopyResponse(std::string& out, char type, int16_t format, std::span<const int16_t> column_formats) {
  MessageBuilder message(out, type);  // CopyInResponse 'G' / CopyOutResponse 'H'
  message.Byte(static_cast<uint8_t>(format));
  message.Int16(static_cast<int16_t>(column_formats.size()));
  for (int16_t column_format : column_formats) message.Int16(column_format);
}
}  // namespace

Status Connection::BeginCopyIn(int16_t format, std::span<const int16_t> column_formats) {
  AppendCopyResponse(output_, 'G', format, column_formats);
  Flush();  // the client sends nothing before it sees CopyInResponse
  copy_in_active_ = true;
  return Status::Ok();
}

// PostgreSQL's CopyGetData: CopyData is data, CopyDone ends it, CopyFail
// aborts the COPY, Flush and Sync are ignored (libpq may send them without
// noticing the statement was a COPY); anything else is a protocol violation.
Result<bool> Connection::ReadCopyData(std::string_view* data) {
  if (!copy_in_active_) return false;
  for (;;) {
    Message message;
    ReadOutcome outcome = ReadMessage(&message);
    if (outcome == ReadOutcome::kStopping) {
      protocol_violation_ = true;
      copy_in_active_ = false;
      return Status::Error(sqlstate::kAdminShutdown, "terminating connection due to administrator command");
    }
    if (outcome != ReadOutcome::kOk) {
      broken_ = true;
      copy_in_active_ = false;
      return Status::Error(sqlstate::kConnectionException,
                           "unexpected EOF on client connection with an open transaction");
    }
    switch (message.type) {
      case 'd':
        *data = message.body;
        return true;
      case 'c':
        copy_in_active_ = false;
        return false;
      case 'f': {
        copy_in_active_ = false;
        MessageReader reader(message.body);
        std::string_view reason = reader.ReadString();
        return Status::Error(sqlstate::kQueryCanceled, "COPY from stdin failed: " + std::string(reason));
      }
      case 'H':
      case 'S':
        continue;
      default: {
        // PostgreSQL reports this as an ERROR of the COPY (with its context),
        // then ends the connection: the stream can no longer be trusted.
        copy_in_active_ = false;
        lost_synchronization_ = true;
        char text[64];
        std::snprintf(text, sizeof(text), "unexpected message type 0x%02X during COPY from stdin",
                      static_cast<unsigned char>(message.type));
        return ProtocolViolation(text);
      }
    }
  }
}

Status Connection::BeginCopyOut(int16_t format, std::span<const int16_t> column_formats) {
  AppendCopyResponse(output_, 'H', format, column_formats);
  return Status::Ok();
}

void Connection::EndCopyOut() { MessageBuilder(output_, 'c'); }

// ---- Startup ----------------------------------------------------------------

bool Connection::Startup() {
  startup_deadline_ms_ = NowMs() + context_.options->startup_timeout_ms;
  const int64_t deadline_ms = startup_deadline_ms_;
  sockaddr_storage peer{};
  socklen_t peer_size = sizeof(peer);
  if (getpeername(socket_fd_, reinterpret_cast<sockaddr*>(&peer), &peer_size) == 0) {
    local_ = peer.ss_family == AF_UNIX;
    if (std::optional<auth::IpAddress> address = auth::IpAddress::FromSockaddr(reinterpret_cast<sockaddr*>(&peer))) {
      peer_address_ = *address;
    }
  }
  // At most SSLRequest, GSSENCRequest, then the StartupMessage.
  for (int packet_count = 0; packet_count < 3; ++packet_count) {
    if (Fill(4, deadline_ms) != ReadOutcome::kOk) return false;
    int32_t length = DecodeInt32(input_.data() + input_position_);
    if (length < 8 || static_cast<size_t>(length) > kStartupPacketMaxBytes) {
      SendFatal(ProtocolViolation("invalid length of startup packet"));
      return false;
    }
    if (Fill(static_cast<size_t>(length), deadline_ms) != ReadOutcome::kOk) return false;
    std::string packet = input_.substr(input_position_ + 4, length - 4);
    ConsumeInput(static_cast<size_t>(length));
    bool again = false;
    if (!HandleStartupPacket(packet, &again)) return false;
    if (!again) return true;
  }
  SendFatal(ProtocolViolation("too many negotiation packets before the startup packet"));
  return false;
}

bool Connection::HandleStartupPacket(std::string_view packet, bool* again) {
  MessageReader reader(packet);
  int32_t code = reader.ReadInt32();
  if (code == kSslRequestCode && context_.tls != nullptr && ssl_ == nullptr && !local_) {
    output_.push_back('S');
    Flush();
    if (broken_ || !StartTls()) return false;
    // Bytes that arrived before the handshake were not encrypted: they may
    // have been injected by a man in the middle (CVE-2021-23214).
    if (input_end_ > input_position_) {
      SendFatal(ProtocolViolation("received unencrypted data after SSL request")
                    .WithDetail("This could be either a client-software bug or evidence of an attempted "
                                "man-in-the-middle attack."));
      return false;
    }
    *again = true;
    return true;
  }
  if ((code == kSslRequestCode && ssl_ == nullptr) || code == kGssEncRequestCode) {
    // No TLS configured (or a Unix socket), and never GSSAPI encryption: the
    // client continues in plain text (or gives up, if it requires encryption).
    output_.push_back('N');
    Flush();
    *again = true;
    return !broken_;
  }
  if (code == kCancelRequestCode) {
    BackendKey key;
    key.process_id = reader.ReadInt32();
    key.secret_key = reader.ReadInt32();
    reader.ExpectEnd();
    if (reader.ok() && !context_.cancel_registry->Cancel(key)) {
      spdlog::info("net: cancel request for unknown process id {} or wrong key", key.process_id);
    }
    return false;  // no reply, as in PostgreSQL
  }
  uint32_t major = static_cast<uint32_t>(code) >> 16;
  uint32_t minor = static_cast<uint32_t>(code) & 0xffff;
  if (major != 3) {
    SendFatal(Status::Error(sqlstate::kFeatureNotSupported,
                            "unsupported frontend protocol " + std::to_string(major) + "." +
                                std::to_string(minor) + ": server supports 3.0 to 3.0"));
    return false;
  }
  *again = false;
  return ReadStartupParameters(reader, minor) && EstablishSession();
}

// The StartupMessage's name/value pairs after the version word; answers
// NegotiateProtocolVersion when needed and checks admission.
bool Connection::ReadStartupParameters(MessageReader& reader, uint32_t minor_version) {
  std::vector<std::string> unrecognized_options;
  for (;;) {
    std::string_view name = reader.ReadString();
    if (!reader.ok() || name.empty()) break;
    std::string_view value = reader.ReadString();
    if (name == "user") {
      user_ = value;
    } else if (name == "database") {
      database_ = value;
    } else if (name.starts_with("_pq_.")) {
      unrecognized_options.emplace_back(name);
    } else if (name == "replication" && !IsFalse(value)) {
      SendFatal(Status::Error(sqlstate::kFeatureNotSupported,
                              "replication connections are not supported"));
      return false;
    } else if (name != "replication") {
      // Run-time settings (options, client_encoding, DateStyle, ...): the
      // session applies them once it exists (EstablishSession).
      if (name == "application_name") application_name_ = value;
      startup_parameters_.emplace_back(std::string(name), std::string(value));
    }
  }
  reader.ExpectEnd();
  if (!reader.ok()) {
    SendFatal(ProtocolViolation("invalid startup packet layout: expected terminator as last byte"));
    return false;
  }
  if (minor_version > 0 || !unrecognized_options.empty()) {
    MessageBuilder negotiate(output_, 'v');
    negotiate.Int32(kProtocolVersion30).Int32(static_cast<int32_t>(unrecognized_options.size()));
    for (const std::string& option : unrecognized_options) negotiate.String(option);
  }
  if (user_.empty()) {
    SendFatal(Status::Error(sqlstate::kInvalidAuthorizationSpecification,
                            "no PostgreSQL user name specified in startup packet"));
    return false;
  }
  if (database_.empty()) database_ = user_;
  if (context_.stopping->load()) {
    SendFatal(Status::Error("57P03" /* cannot_connect_now */, "the database system is shutting down"));
    return false;
  }
  if (admission_ == Admission::kTooManyClients) {
    SendFatal(Status::Error(sqlstate::kTooManyConnections, "sorry, too many clients already"));
    return false;
  }
  return true;
}

// Trust authentication, Engine::NewSession, then the ParameterStatus /
// BackendKeyData greeting; ReadyForQuery follows in ServeMessages().
bool Connection::EstablishSession() {
  if (!Authenticate()) return false;
  MessageBuilder(output_, 'R').Int32(0);  // AuthenticationOk
  Result<std::unique_ptr<sql::Session>> session =
      context_.engine->NewSession(user_, database_);
  if (!session.ok()) {
    SendFatal(session.status());
    return false;
  }
  session_ = std::move(session).value();
  assert(session_ != nullptr);
  // Invalid settings fail the connection as in PostgreSQL (FATAL 22023/42704).
  if (Status applied = session_->ApplyStartupParameters(startup_parameters_); !applied.ok()) {
    SendFatal(applied);
    return false;
  }
  backend_key_ = context_.cancel_registry->Register(session_.get(), &terminate_requested_);
  registered_ = true;
  session_->SetBackend(backend_key_.process_id, context_.cancel_registry);
  session_->SetPreparedStatements(this);

  std::vector<std::pair<std::string, std::string>> reported = session_->TakeParameterStatus(true);
  if (!reported.empty()) {
    for (const auto& [name, value] : reported) AppendParameterStatus(output_, name, value);
    MessageBuilder(output_, 'K').Int32(backend_key_.process_id).Int32(backend_key_.secret_key);
    send_ready_for_query_ = true;
    return true;
  }
  // An engine without settings (the fake engine of net/'s tests): the
  // greeting PostgreSQL 15 sends with default settings.
  const std::string_view parameters[][2] = {
      {"application_name", application_name_},
      {"client_encoding", "UTF8"},
      {"DateStyle", "ISO, MDY"},
      {"default_transaction_read_only", "off"},
      {"in_hot_standby", "off"},
      {"integer_datetimes", "on"},
      {"IntervalStyle", "postgres"},
      {"is_superuser", "on"},
      {"server_encoding", "UTF8"},
      {"server_version", context_.options->server_version},
      {"session_authorization", user_},
      {"standard_conforming_strings", "on"},
      {"TimeZone", "UTC"},
  };
  for (const auto& [name, value] : parameters) AppendParameterStatus(output_, name, value);
  MessageBuilder(output_, 'K').Int32(backend_key_.process_id).Int32(backend_key_.secret_key);
  send_ready_for_query_ = true;
  return true;
}

// ---- Notifications (LISTEN / NOTIFY) --------------------------------------------

void Connection::AppendNotifications() {
  for (const sql::Notification& n : session_->TakeNotifications()) {
    MessageBuilder(output_, 'A').Int32(n.process_id).String(n.channel).String(n.payload);
  }
}

// Idle connections wake every kTerminateCheckMs (the read timeout), so a
// notification reaches an idle listener within that time.
void Connection::DeliverNotificationsIfIdle() {
  if (!idle_ || session_ == nullptr || input_end_ != input_position_ || session_->TransactionStatus() != 'I') return;
  size_t before = output_.size();
  AppendNotifications();
  if (output_.size() != before) Flush();
}

// ---- Message loop -------------------------------------------------------------

bool Connection::ServeMessages(bool may_park) {
  assert(session_ != nullptr);
  while (!broken_) {
    if (send_ready_for_query_) {
      DropPortalsIfIdle();
      SendChangedParameterStatus();
      if (session_->TransactionStatus() == 'I') AppendNotifications();
      AppendReadyForQuery(output_, session_->TransactionStatus());
      send_ready_for_query_ = false;
      idle_ = true;
      Flush();
    }
    Message message;
    // idle_in_transaction_session_timeout bounds the wait inside a block.
    int64_t deadline_ms = -1;
    if (session_->TransactionStatus() != 'I') {
      int64_t idle_ms = session_->IdleInTransactionTimeoutMs();
      if (idle_ms > 0) deadline_ms = NowMs() + idle_ms;
    }
    // Event-driven front end: rather than block for the next message, hand
    // the connection back to the caller (epoll) while it is idle.
    if (may_park && deadline_ms < 0 && ssl_ == nullptr && !context_.stopping->load() &&
        !terminate_requested_.load() && !MessageBuffered()) {
      if (input_drained_) return true;
      ssize_t got = ReceiveNow();
      if (got == kWouldBlock) return true;
      if (got <= 0) return false;  // EOF or error: the client is gone
      continue;
    }
    ReadOutcome outcome = ReadOutcome::kOk;
    if (context_.stopping->load()) {
      outcome = ReadOutcome::kStopping;
    } else if (may_park && terminate_requested_.load()) {
      outcome = ReadOutcome::kTerminated;
    } else {
      outcome = ReadMessage(&message, deadline_ms);
      idle_ = false;
    }
    if (outcome == ReadOutcome::kStopping || outcome == ReadOutcome::kTerminated) {
      SendFatal(Status::Error(sqlstate::kAdminShutdown,
                              "terminating connection due to administrator command"));
      return false;
    }
    if (outcome == ReadOutcome::kTimeout) {
      SendFatal(Status::Error("25P03" /* idle_in_transaction_session_timeout */,
                              "terminating connection due to idle-in-transaction timeout"));
      return false;
    }
    if (outcome != ReadOutcome::kOk) return false;  // EOF, or FATAL already sent
    if (message.type == 'X') return false;
    // After an error in an extended-protocol message everything up to Sync
    // is skipped, so a pipeline does not run past its failed step.
    if (ignore_till_sync_ && message.type != 'S') continue;

    Status status;
    bool extended = false;
    switch (message.type) {
      case 'Q':
        send_ready_for_query_ = true;
        status = HandleQuery(message.body);
        break;
      case 'P': extended = true; status = HandleParse(message.body); break;
      case 'B': extended = true; status = HandleBind(message.body); break;
      case 'D': extended = true; status = HandleDescribe(message.body); break;
      case 'E': extended = true; status = HandleExecute(message.body); break;
      case 'C': extended = true; status = HandleClose(message.body); break;
      case 'S':
        ignore_till_sync_ = false;
        send_ready_for_query_ = true;
        status = HandleSync(message.body);
        break;
      case 'H': {
        MessageReader reader(message.body);
        status = CheckMessage(reader);
        if (status.ok()) Flush();
        extended = true;
        break;
      }
      case 'F':
        send_ready_for_query_ = true;
        status = Status::Error(sqlstate::kFeatureNotSupported,
                               "function call messages are not supported");
        break;
      case 'd': case 'c': case 'f':
        break;  // Copy messages outside COPY are ignored, as in PostgreSQL.
      default:
        assert(false && "ReadMessage admits only known types");
    }
    copy_in_active_ = false;  // a COPY FROM STDIN ends with its statement
    if (!status.ok()) {
      if (protocol_violation_) {
        SendFatal(status);
        return false;
      }
      if ((context_.stopping->load() || terminate_requested_.load()) &&
          status.Is(sqlstate::kQueryCanceled)) {
        SendFatal(Status::Error(sqlstate::kAdminShutdown,
                                "terminating connection due to administrator command"));
        return false;
      }
      AppendErrorOrNotice(output_, 'E', "ERROR", status);
      if (lost_synchronization_) {
        SendFatal(ProtocolViolation("terminating connection because protocol synchronization was lost"));
        return false;
      }
      if (extended) ignore_till_sync_ = true;
    }
    MaybeFlush();
  }
  return false;
}

Status Connection::CheckMessage(MessageReader& reader) {
  reader.ExpectEnd();
  if (reader.ok()) return Status::Ok();
  protocol_violation_ = true;
  return reader.status();
}

void Connection::DropPortalsIfIdle() {
  if (session_->TransactionStatus() == 'I') CloseAllPortals();
}

sql::Portal* Connection::FindPortal(std::string_view name) const {
  if (name.empty()) return unnamed_portal_.get();
  auto it = portals_.find(name);
  return it == portals_.end() ? nullptr : it->second.get();
}

void Connection::ClosePortal(std::string_view name) {
  if (name.empty()) {
    unnamed_portal_.reset();
  } else {
    EraseByName(portals_, name);
  }
}

void Connection::CloseAllPortals() {
  unnamed_portal_.reset();
  if (!portals_.empty()) portals_.clear();
}

// ---- Handlers ---------------------------------------------------------------

Status Connection::HandleQuery(std::string_view body) {
  MessageReader reader(body);
  std::string_view text = reader.ReadString();
  RETURN_IF_ERROR(CheckMessage(reader));
  // A simple Query replaces the unnamed statement and portal (exec_simple_query).
  EraseByName(statements_, "");
  unnamed_portal_.reset();
  return session_->ExecuteSimpleQuery(text, *this);
}

Status Connection::HandleParse(std::string_view body) {
  MessageReader reader(body);
  std::string_view name = reader.ReadString();
  std::string_view text = reader.ReadString();
  uint16_t type_count = reader.ReadUint16();
  std::vector<uint32_t> type_oids(reader.ok() ? type_count : 0);
  for (uint32_t& oid : type_oids) oid = static_cast<uint32_t>(reader.ReadInt32());
  RETURN_IF_ERROR(CheckMessage(reader));

  if (name.empty()) {
    // The old unnamed statement goes even if the new one fails to parse.
    EraseByName(statements_, "");
  } else if (statements_.contains(name)) {
    return Status::Error(sqlstate::kDuplicatePreparedStatement,
                         "prepared statement " + Quoted(name) + " already exists");
  }
  ASSIGN_OR_RETURN(std::shared_ptr<sql::PreparedStatement> statement,
                   session_->Prepare(text, type_oids));
  assert(statement != nullptr);
  statements_.emplace(std::string(name), std::move(statement));
  MessageBuilder(output_, '1');  // ParseComplete
  return Status::Ok();
}

Status Connection::HandleBind(std::string_view body) {
  MessageReader reader(body);
  std::string_view portal_name = reader.ReadString();
  std::string_view statement_name = reader.ReadString();
  uint16_t format_count = reader.ReadUint16();
  std::vector<int16_t>& parameter_codes = bind_parameter_codes_;
  parameter_codes.assign(reader.ok() ? format_count : 0, 0);
  for (int16_t& code : parameter_codes) code = reader.ReadInt16();
  uint16_t parameter_count = reader.ReadUint16();
  std::vector<sql::BindParameter>& parameters = bind_parameters_;
  parameters.assign(reader.ok() ? parameter_count : 0, sql::BindParameter());
  for (sql::BindParameter& parameter : parameters) {
    int32_t length = reader.ReadInt32();
    if (length == -1) continue;  // is_null stays true
    if (length < -1) {
      reader.ReadBytes(reader.remaining_bytes() + 1);  // records the malformed field
      break;
    }
    parameter.is_null = false;
    parameter.bytes = reader.ReadBytes(static_cast<size_t>(length));
  }
  uint16_t result_code_count = reader.ReadUint16();
  std::vector<int16_t>& result_codes = bind_result_codes_;
  result_codes.assign(reader.ok() ? result_code_count : 0, 0);
  for (int16_t& code : result_codes) code = reader.ReadInt16();
  RETURN_IF_ERROR(CheckMessage(reader));

  auto statement_it = statements_.find(statement_name);
  if (statement_it == statements_.end()) {
    if (statement_name.empty()) {
      return Status::Error(sqlstate::kInvalidSqlStatementName,
                           "unnamed prepared statement does not exist");
    }
    return Status::Error(sqlstate::kInvalidSqlStatementName,
                         "prepared statement " + Quoted(statement_name) + " does not exist");
  }
  const std::shared_ptr<sql::PreparedStatement>& statement = statement_it->second;
  if (parameter_codes.size() > 1 && parameter_codes.size() != parameters.size()) {
    return ProtocolViolation("bind message has " + std::to_string(parameter_codes.size()) +
                             " parameter formats but " + std::to_string(parameters.size()) +
                             " parameters");
  }
  size_t expected_parameters = statement->parameter_type_oids().size();
  if (parameters.size() != expected_parameters) {
    return ProtocolViolation("bind message supplies " + std::to_string(parameters.size()) +
                             " parameters, but prepared statement " + Quoted(statement_name) +
                             " requires " + std::to_string(expected_parameters));
  }
  size_t column_count = statement->result_columns().size();
  if (result_codes.size() > 1 && result_codes.size() != column_count) {
    return ProtocolViolation("bind message has " + std::to_string(result_codes.size()) +
                             " result formats but query has " + std::to_string(column_count) +
                             " columns");
  }
  std::vector<int16_t>& parameter_formats = bind_parameter_formats_;
  RETURN_IF_ERROR(ExpandFormats(parameter_codes, parameters.size(), &parameter_formats));
  for (size_t i = 0; i < parameters.size(); ++i) parameters[i].format = parameter_formats[i];
  std::vector<int16_t>& result_formats = bind_result_formats_;
  RETURN_IF_ERROR(ExpandFormats(result_codes, column_count, &result_formats));
  // A statement without columns of its own (FETCH from a SQL cursor) keeps a
  // single format code: the session applies it to the rows it returns.
  if (column_count == 0 && result_codes.size() == 1) result_formats.assign(result_codes.begin(), result_codes.end());

  if (portal_name.empty()) {
    unnamed_portal_.reset();  // replaced, even if this Bind fails
  } else if (portals_.contains(portal_name)) {
    return Status::Error(sqlstate::kDuplicateCursor,
                         "cursor " + Quoted(portal_name) + " already exists");
  }
  ASSIGN_OR_RETURN(std::unique_ptr<sql::Portal> portal,
                   session_->Bind(statement, parameters, result_formats));
  assert(portal != nullptr);
  if (portal_name.empty()) {
    unnamed_portal_ = std::move(portal);
  } else {
    portals_.emplace(std::string(portal_name), std::move(portal));
  }
  MessageBuilder(output_, '2');  // BindComplete
  return Status::Ok();
}

Status Connection::HandleDescribe(std::string_view body) {
  MessageReader reader(body);
  uint8_t kind = reader.ReadByte();
  std::string_view name = reader.ReadString();
  RETURN_IF_ERROR(CheckMessage(reader));
  if (kind == 'S') {
    auto it = statements_.find(name);
    if (it == statements_.end()) {
      return Status::Error(sqlstate::kInvalidSqlStatementName,
                           name.empty() ? std::string("unnamed prepared statement does not exist")
                                        : "prepared statement " + Quoted(name) + " does not exist");
    }
    std::span<const uint32_t> type_oids = it->second->parameter_type_oids();
    MessageBuilder description(output_, 't');  // ParameterDescription
    description.Int16(static_cast<int16_t>(type_oids.size()));
    for (uint32_t oid : type_oids) description.Int32(static_cast<int32_t>(oid));
    description.Finish();
    std::span<const sql::ResultColumn> columns = it->second->result_columns();
    if (columns.empty()) {
      MessageBuilder(output_, 'n');  // NoData
    } else {
      AppendRowDescription(output_, columns, {});  // formats unknown before Bind: text
    }
    return Status::Ok();
  }
  if (kind == 'P') {
    sql::Portal* portal = FindPortal(name);
    if (portal == nullptr) {
      // A SQL cursor is a portal as well (psycopg 3 describes its DECLAREd
      // cursors this way).
      ASSIGN_OR_RETURN(std::vector<sql::ResultColumn> cursor_columns, session_->DescribeCursor(name));
      if (cursor_columns.empty()) {
        MessageBuilder(output_, 'n');
      } else {
        AppendRowDescription(output_, cursor_columns, {});
      }
      return Status::Ok();
    }
    std::span<const sql::ResultColumn> columns = portal->result_columns();
    if (columns.empty()) {
      MessageBuilder(output_, 'n');
      return Status::Ok();
    }
    std::span<const int16_t> formats = portal->result_formats();
    sql::Portal::DescriptionCache* cache = portal->description_cache();
    if (cache != nullptr && !cache->message.empty() &&
        std::equal(formats.begin(), formats.end(), cache->formats.begin(), cache->formats.end())) {
      output_.append(cache->message);
      return Status::Ok();
    }
    size_t start = output_.size();
    AppendRowDescription(output_, columns, formats);
    if (cache != nullptr) {
      cache->formats.assign(formats.begin(), formats.end());
      cache->message.assign(output_, start);
    }
    return Status::Ok();
  }
  return ProtocolViolation("invalid DESCRIBE message subtype " + std::to_string(kind));
}

Status Connection::HandleExecute(std::string_view body) {
  MessageReader reader(body);
  std::string_view name = reader.ReadString();
  int32_t max_rows = reader.ReadInt32();
  RETURN_IF_ERROR(CheckMessage(reader));
  sql::Portal* portal = FindPortal(name);
  if (portal == nullptr) {
    return Status::Error(sqlstate::kInvalidCursorName, "portal " + Quoted(name) + " does not exist");
  }
  ASSIGN_OR_RETURN(sql::ExecuteOutcome outcome, session_->Execute(*portal, max_rows > 0 ? max_rows : 0, *this));
  if (outcome.suspended) MessageBuilder(output_, 's');  // PortalSuspended
  return Status::Ok();
}

Status Connection::HandleClose(std::string_view body) {
  MessageReader reader(body);
  uint8_t kind = reader.ReadByte();
  std::string_view name = reader.ReadString();
  RETURN_IF_ERROR(CheckMessage(reader));
  // Closing something that does not exist is not an error.
  if (kind == 'S') {
    EraseByName(statements_, name);
  } else if (kind == 'P') {
    ClosePortal(name);
  } else {
    return ProtocolViolation("invalid CLOSE message subtype " + std::to_string(kind));
  }
  MessageBuilder(output_, '3');  // CloseComplete
  return Status::Ok();
}

Status Connection::HandleSync(std::string_view body) {
  MessageReader reader(body);
  RETURN_IF_ERROR(CheckMessage(reader));
  return session_->Sync();
}

}  // namespace augur::net
