// The server side of a SCRAM-SHA-256 exchange (RFC 5802, RFC 7677) as
// PostgreSQL 15 runs it inside AuthenticationSASL: one client-first message
// (from SASLInitialResponse), one server-first message (SASLContinue), one
// client-final message (SASLResponse), then the server-final message
// (SASLFinal) on success.
//
// The user name inside the SCRAM messages is ignored (PostgreSQL uses the
// startup packet's). When the role has no usable SCRAM secret (no role, no
// password, an MD5 hash, an expired password) the exchange runs against a
// mock secret and always fails at the end, so a client cannot tell why.
// Channel binding (SCRAM-SHA-256-PLUS, type tls-server-end-point) is offered
// only when the connection is under TLS and the certificate hash is known.
//
// Errors in the client's messages are returned as Status with PostgreSQL's
// SQLSTATE and text (08P01 "malformed SCRAM message" with a detail, 0A000
// for unsupported features); the caller sends them as FATAL.
//
// Thread-safety: one exchange per connection, used by one thread.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "auth/password.h"
#include "common/status.h"

namespace augur::auth {

inline constexpr std::string_view kScramSha256 = "SCRAM-SHA-256";
inline constexpr std::string_view kScramSha256Plus = "SCRAM-SHA-256-PLUS";

class ScramExchange {
 public:
  // `stored_password`: the role's rolpassword (nullopt when there is none or
  // the role does not exist). `mock_key`: a per-server secret for mock salts.
  // `certificate_hash`: tls-server-end-point data when under TLS, else empty.
  ScramExchange(std::string_view user, const std::optional<std::string>& stored_password,
                std::string_view mock_key, std::string certificate_hash);

  // Mechanisms for AuthenticationSASL, in PostgreSQL's order.
  std::vector<std::string_view> Mechanisms() const;

  // Why the exchange is doomed (for the server log), empty if it is not.
  const std::string& failure_detail() const { return failure_detail_; }

  // For tests: use this server nonce instead of a random one.
  void SetServerNonceForTest(std::string nonce) { server_nonce_ = std::move(nonce); }

  // SASLInitialResponse: the selected mechanism and the client-first message.
  // Returns the server-first message.
  Result<std::string> HandleClientFirst(std::string_view mechanism, std::string_view message);

  // SASLResponse: the client-final message. True with `server_final` set when
  // the proof is right; false when authentication failed (28P01 follows).
  Result<bool> HandleClientFinal(std::string_view message, std::string* server_final);

 private:
  std::string user_;
  ScramSecret secret_;
  bool doomed_ = false;
  std::string failure_detail_;
  std::string certificate_hash_;
  bool channel_binding_in_use_ = false;
  char cbind_flag_ = 0;
  std::string client_nonce_;
  std::string server_nonce_;
  std::string client_first_bare_;
  std::string server_first_;
  enum class State { kInit, kSaltSent, kFinished } state_ = State::kInit;
};

}  // namespace augur::auth
