// Connection: TLS negotiation, transport I/O and client authentication
// (trust, reject, password, md5, SCRAM-SHA-256) chosen by the rules file.
// Messages and their order follow PostgreSQL 15's auth.c; see docs/auth.md.
#include <fcntl.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <poll.h>
#include <sys/socket.h>

#include <cassert>
#include <cerrno>
#include <chrono>
#include <climits>

#include <spdlog/spdlog.h>

#include "auth/password.h"
#include "auth/scram.h"
#include "net/connection.h"
#include "net/wire.h"

namespace augur::net {
namespace {

constexpr int32_t kAuthenticationOk = 0;
constexpr int32_t kAuthenticationCleartextPassword = 3;
constexpr int32_t kAuthenticationMd5Password = 5;
constexpr int32_t kAuthenticationSasl = 10;
constexpr int32_t kAuthenticationSaslContinue = 11;
constexpr int32_t kAuthenticationSaslFinal = 12;
constexpr size_t kMaxAuthTokenBytes = 65535;  // PG_MAX_AUTH_TOKEN_LENGTH
static_assert(kAuthenticationOk == 0);

Status ProtocolViolation(std::string message) {
  return Status::Error(sqlstate::kProtocolViolation, std::move(message));
}

int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

// Waits for `events` on `fd` (and the stop pipe) until `deadline_ms` (-1:
// none). True when `fd` is ready.
bool WaitFor(int fd, short events, int stop_fd, int64_t deadline_ms) {
  for (;;) {
    int timeout_ms = -1;
    if (deadline_ms >= 0) {
      int64_t left = deadline_ms - NowMs();
      if (left <= 0) return false;
      timeout_ms = static_cast<int>(std::min<int64_t>(left, INT_MAX));
    }
    pollfd fds[2] = {{fd, events, 0}, {stop_fd, POLLIN, 0}};
    int ready = poll(fds, stop_fd >= 0 ? 2 : 1, timeout_ms);
    if (ready < 0 && errno == EINTR) continue;
    if (ready <= 0) return false;
    if (stop_fd >= 0 && fds[1].revents != 0) return false;
    return true;
  }
}

}  // namespace

// ---- Transport ----------------------------------------------------------------

bool Connection::TlsPending() const { return ssl_ != nullptr && SSL_pending(ssl_) > 0; }

ssize_t Connection::ReceiveSome(char* data, size_t size_bytes) {
  if (ssl_ == nullptr) {
    ssize_t got = recv(socket_fd_, data, size_bytes, 0);
    if (got < 0) return errno == EINTR || errno == EAGAIN ? kWouldBlock : -2;
    return got;
  }
  ERR_clear_error();
  int got = SSL_read(ssl_, data, static_cast<int>(std::min<size_t>(size_bytes, INT_MAX)));
  if (got > 0) return got;
  switch (SSL_get_error(ssl_, got)) {
    case SSL_ERROR_WANT_READ:
      return kWouldBlock;  // the caller polls for input again
    case SSL_ERROR_WANT_WRITE:
      return WaitFor(socket_fd_, POLLOUT, context_.stop_fd, -1) ? kWouldBlock : -2;
    case SSL_ERROR_ZERO_RETURN:
      return 0;
    default:
      spdlog::debug("net: SSL read failed: {}", TlsErrorText());
      return -2;
  }
}

bool Connection::SendAll(const char* data, size_t size_bytes) {
  size_t sent = 0;
  while (sent < size_bytes) {
    if (ssl_ == nullptr) {
      ssize_t n = send(socket_fd_, data + sent, size_bytes - sent, MSG_NOSIGNAL);
      if (n < 0) {
        if (errno == EINTR) continue;
        return false;
      }
      sent += static_cast<size_t>(n);
      continue;
    }
    ERR_clear_error();
    int n = SSL_write(ssl_, data + sent, static_cast<int>(std::min<size_t>(size_bytes - sent, INT_MAX)));
    if (n > 0) {
      sent += static_cast<size_t>(n);
      continue;
    }
    int error = SSL_get_error(ssl_, n);
    // Blocking semantics as for the plain socket: Server::Shutdown() ends a
    // stuck send with shutdown(SHUT_RDWR), which makes poll() return.
    if (error == SSL_ERROR_WANT_WRITE && WaitFor(socket_fd_, POLLOUT, -1, -1)) continue;
    if (error == SSL_ERROR_WANT_READ && WaitFor(socket_fd_, POLLIN, -1, -1)) continue;
    spdlog::debug("net: SSL write failed: {}", TlsErrorText());
    return false;
  }
  return true;
}

// After 'S': the TLS handshake, bounded by authentication_timeout. The
// socket becomes non-blocking; all later I/O goes through OpenSSL.
bool Connection::StartTls() {
  assert(context_.tls != nullptr && ssl_ == nullptr);
  ssl_ = context_.tls->NewSession(socket_fd_);
  if (ssl_ == nullptr) {
    spdlog::warn("net: could not initialize SSL connection: {}", TlsErrorText());
    return false;
  }
  int flags = fcntl(socket_fd_, F_GETFL, 0);
  if (flags < 0 || fcntl(socket_fd_, F_SETFL, flags | O_NONBLOCK) != 0) return false;
  for (;;) {
    ERR_clear_error();
    int result = SSL_accept(ssl_);
    if (result == 1) break;
    int error = SSL_get_error(ssl_, result);
    short events = error == SSL_ERROR_WANT_READ ? POLLIN : error == SSL_ERROR_WANT_WRITE ? POLLOUT : 0;
    if (events == 0) {
      spdlog::info("net: could not accept SSL connection: {}", TlsErrorText());
      return false;
    }
    if (!WaitFor(socket_fd_, events, context_.stop_fd, startup_deadline_ms_)) return false;
  }
  spdlog::debug("net: SSL connection established: {} {}", SSL_get_version(ssl_), SSL_get_cipher(ssl_));
  return true;
}

// ---- Authentication -------------------------------------------------------------

std::string Connection::ConnectionDescription() const {
  return "host \"" + (local_ ? std::string("[local]") : peer_address_.ToString()) + "\", user \"" + user_ +
         "\", database \"" + database_ + "\", " + (ssl_ != nullptr ? "SSL encryption" : "no encryption");
}

bool Connection::Authenticate() {
  if (!AuthenticateByMethod()) return false;
  return true;
}

// PostgreSQL's CheckCertAuth without a user map: the certificate's CN must
// be the user name.
bool Connection::CertificateMatchesUser(auth::AuthMethod method) {
  PeerCertificate peer = GetPeerCertificate(ssl_);
  if (method == auth::AuthMethod::kCert && peer.common_name.empty()) {
    SendFatal(Status::Error(sqlstate::kInvalidAuthorizationSpecification,
                            "certificate authentication failed for user \"" + user_ +
                                "\": client certificate contains no user name"));
    return false;
  }
  if (peer.common_name == user_) return true;
  spdlog::info("net: provided user name ({}) and authenticated user name ({}) do not match", user_,
               peer.common_name);
  switch (method) {
    case auth::AuthMethod::kCert:
      SendFatal(Status::Error(sqlstate::kInvalidAuthorizationSpecification,
                              "certificate authentication failed for user \"" + user_ + "\""));
      break;
    case auth::AuthMethod::kPassword:
    case auth::AuthMethod::kMd5:
    case auth::AuthMethod::kScramSha256:
      SendFatal(Status::Error(sqlstate::kInvalidPassword, "password authentication failed for user \"" + user_ + "\""));
      break;
    default:
      SendFatal(Status::Error(sqlstate::kInvalidAuthorizationSpecification,
                              "authentication failed for user \"" + user_ + "\": invalid authentication method"));
  }
  return false;
}

bool Connection::AuthenticateByMethod() {
  auth::AuthMethod method = auth::AuthMethod::kTrust;
  auth::ClientCert client_cert = auth::ClientCert::kOff;
  if (const auth::HbaRules* rules = context_.hba_rules.get()) {
    auth::HbaConnection connection;
    connection.local = local_;
    connection.ssl = ssl_ != nullptr;
    connection.address = peer_address_;
    connection.user = user_;
    connection.database = database_;
    // +role and samerole need the user's memberships (an unknown role has none).
    std::vector<std::string> member_of;
    if (Result<std::optional<sql::LoginRole>> role = context_.engine->LookupLoginRole(user_); role.ok() && *role) {
      member_of = std::move((*role)->member_of);
    }
    connection.member_of = &member_of;
    const auth::HbaRule* rule = rules->Match(connection);
    if (rule == nullptr) {
      SendFatal(Status::Error(sqlstate::kInvalidAuthorizationSpecification,
                              "no pg_hba.conf entry for " + ConnectionDescription()));
      return false;
    }
    method = rule->method;
    client_cert = rule->client_cert;
    spdlog::debug("net: rules line {} ({}) for {}", rule->line_number, auth::AuthMethodName(method),
                  ConnectionDescription());
  }
  if (client_cert != auth::ClientCert::kOff) {
    if (context_.tls == nullptr || !context_.tls->verifies_clients()) {
      SendFatal(Status::Error(sqlstate::kInvalidAuthorizationSpecification,
                              "client certificates can only be checked if a root certificate store is available"));
      return false;
    }
    if (!GetPeerCertificate(ssl_).valid) {
      SendFatal(Status::Error(sqlstate::kInvalidAuthorizationSpecification,
                              "connection requires a valid client certificate"));
      return false;
    }
  }
  bool verify_full = client_cert == auth::ClientCert::kVerifyFull;
  switch (method) {
    case auth::AuthMethod::kCert:
      return CertificateMatchesUser(method);
    case auth::AuthMethod::kTrust:
      return !verify_full || CertificateMatchesUser(method);
    case auth::AuthMethod::kReject:
      SendFatal(Status::Error(sqlstate::kInvalidAuthorizationSpecification,
                              "pg_hba.conf rejects connection for " + ConnectionDescription()));
      return false;
    case auth::AuthMethod::kPassword:
      return PasswordAuthentication() && (!verify_full || CertificateMatchesUser(method));
    case auth::AuthMethod::kMd5:
    case auth::AuthMethod::kScramSha256: {
      // CheckPWChallengeAuth: md5 only for a role whose password is an MD5
      // hash; otherwise (SCRAM secret, no password, no role) SCRAM.
      std::optional<std::string> stored;
      if (!StoredPassword(&stored)) return false;
      if (method == auth::AuthMethod::kMd5 && stored &&
          auth::GetPasswordType(*stored) == auth::PasswordType::kMd5) {
        return Md5Authentication(*stored) && (!verify_full || CertificateMatchesUser(method));
      }
      return ScramAuthentication(stored) && (!verify_full || CertificateMatchesUser(method));
    }
  }
  return false;
}

bool Connection::StoredPassword(std::optional<std::string>* password) {
  Result<std::optional<sql::LoginRole>> role = context_.engine->LookupLoginRole(user_);
  if (!role.ok()) {
    SendFatal(role.status());
    return false;
  }
  password->reset();
  if (!role->has_value()) {
    spdlog::info("net: authentication: role \"{}\" does not exist", user_);
  } else if ((*role)->password_expired) {
    spdlog::info("net: authentication: user \"{}\" has an expired password", user_);
  } else {
    *password = (*role)->password;
  }
  return true;
}

void Connection::AuthenticationFailed(std::string_view log_detail) {
  spdlog::info("net: password authentication failed for user \"{}\"{}{}", user_, log_detail.empty() ? "" : ": ",
               log_detail);
  SendFatal(Status::Error(sqlstate::kInvalidPassword, "password authentication failed for user \"" + user_ + "\""));
}

// A PasswordMessage / SASLInitialResponse / SASLResponse ('p'). False when
// the client went away (psql does so to prompt for a password), the time ran
// out, or the message was not 'p' (FATAL 08P01).
bool Connection::ReadAuthMessage(Message* message, std::string_view expected) {
  if (Fill(5, startup_deadline_ms_) != ReadOutcome::kOk) return false;
  char type = input_[input_position_];
  if (type != 'p') {
    SendFatal(ProtocolViolation("expected " + std::string(expected) + " response, got message type " +
                                std::to_string(static_cast<int>(type))));
    return false;
  }
  int32_t length = DecodeInt32(input_.data() + input_position_ + 1);
  if (length < 4 || static_cast<size_t>(length) - 4 > kMaxAuthTokenBytes) {
    SendFatal(ProtocolViolation("invalid message length"));
    return false;
  }
  if (Fill(1 + static_cast<size_t>(length), startup_deadline_ms_) != ReadOutcome::kOk) return false;
  message->type = type;
  message->body = std::string_view(input_).substr(input_position_ + 5, length - 4);
  ConsumeInput(1 + static_cast<size_t>(length));
  return true;
}

bool Connection::PasswordAuthentication() {
  MessageBuilder(output_, 'R').Int32(kAuthenticationCleartextPassword);
  Flush();
  Message message;
  if (broken_ || !ReadAuthMessage(&message, "password")) return false;
  MessageReader reader(message.body);
  std::string password(reader.ReadString());
  reader.ExpectEnd();
  if (!reader.ok()) {
    SendFatal(ProtocolViolation("invalid password packet size"));
    return false;
  }
  std::optional<std::string> stored;
  if (!StoredPassword(&stored)) return false;
  if (password.empty()) {
    AuthenticationFailed("empty password returned by client");
    return false;
  }
  if (!stored) {
    AuthenticationFailed("no usable password");
    return false;
  }
  if (!auth::VerifyPlaintextPassword(user_, *stored, password)) {
    AuthenticationFailed("password does not match");
    return false;
  }
  return true;
}

bool Connection::Md5Authentication(const std::string& stored_password) {
  std::string salt = auth::RandomBytes(4);
  MessageBuilder(output_, 'R').Int32(kAuthenticationMd5Password).Bytes(salt);
  Flush();
  Message message;
  if (broken_ || !ReadAuthMessage(&message, "password")) return false;
  MessageReader reader(message.body);
  std::string response(reader.ReadString());
  reader.ExpectEnd();
  if (!reader.ok()) {
    SendFatal(ProtocolViolation("invalid password packet size"));
    return false;
  }
  if (!auth::VerifyMd5Response(stored_password, salt, response)) {
    AuthenticationFailed("password does not match");
    return false;
  }
  return true;
}

bool Connection::ScramAuthentication(const std::optional<std::string>& stored_password) {
  std::string certificate_hash = ssl_ != nullptr ? context_.tls->certificate_hash() : std::string();
  auth::ScramExchange exchange(user_, stored_password, context_.mock_auth_key, std::move(certificate_hash));
  {
    MessageBuilder mechanisms(output_, 'R');
    mechanisms.Int32(kAuthenticationSasl);
    for (std::string_view mechanism : exchange.Mechanisms()) mechanisms.String(mechanism);
    mechanisms.String("");
  }
  Flush();
  Message message;
  if (broken_ || !ReadAuthMessage(&message, "SASL")) return false;
  MessageReader reader(message.body);
  std::string mechanism(reader.ReadString());
  int32_t initial_length = reader.ReadInt32();
  std::string client_first;
  if (initial_length >= 0) client_first = std::string(reader.ReadBytes(static_cast<size_t>(initial_length)));
  reader.ExpectEnd();
  if (!reader.ok() || initial_length < -1) {
    SendFatal(ProtocolViolation("invalid SASL initial response"));
    return false;
  }
  if (initial_length == -1) {
    // No initial response: ask for it with an empty challenge.
    MessageBuilder(output_, 'R').Int32(kAuthenticationSaslContinue);
    Flush();
    if (broken_ || !ReadAuthMessage(&message, "SASL")) return false;
    client_first = std::string(message.body);
  }
  Result<std::string> server_first = exchange.HandleClientFirst(mechanism, client_first);
  if (!server_first.ok()) {
    SendFatal(server_first.status());
    return false;
  }
  MessageBuilder(output_, 'R').Int32(kAuthenticationSaslContinue).Bytes(*server_first);
  Flush();
  if (broken_ || !ReadAuthMessage(&message, "SASL")) return false;
  std::string server_final;
  Result<bool> authenticated = exchange.HandleClientFinal(message.body, &server_final);
  if (!authenticated.ok()) {
    SendFatal(authenticated.status());
    return false;
  }
  if (!*authenticated) {
    AuthenticationFailed(exchange.failure_detail());
    return false;
  }
  MessageBuilder(output_, 'R').Int32(kAuthenticationSaslFinal).Bytes(server_final);
  return true;
}

}  // namespace augur::net
