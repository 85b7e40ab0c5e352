// Host-based authentication rules in PostgreSQL 15's pg_hba.conf format:
// which authentication method applies to a connection, decided by its type
// (Unix socket, TCP with or without TLS), database, user and client address.
// The first matching rule wins; no match means the connection is rejected.
// Format and supported subset: docs/auth.md "The rules file".
//
// Thread-safety: HbaRules is immutable after Parse(); share it freely.
#pragma once

#include <netinet/in.h>
#include <sys/socket.h>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"

namespace augur::auth {

enum class ConnectionType { kLocal, kHost, kHostSsl, kHostNoSsl, kHostGssEnc, kHostNoGssEnc };
enum class AuthMethod { kTrust, kReject, kPassword, kMd5, kScramSha256, kCert };
// clientcert=: off (no option), verify-ca, verify-full (the `cert` method's).
enum class ClientCert { kOff, kVerifyCa, kVerifyFull };

std::string_view AuthMethodName(AuthMethod method);

// An IPv4 or IPv6 address in network byte order.
struct IpAddress {
  int family = AF_UNSPEC;  // AF_INET or AF_INET6
  std::array<uint8_t, 16> bytes{};  // 4 used for AF_INET
  static std::optional<IpAddress> Parse(std::string_view text);
  static std::optional<IpAddress> FromSockaddr(const sockaddr* address);
  std::string ToString() const;
};

// One entry of a list field: a keyword (all, sameuser, +role) or a name.
struct HbaToken {
  std::string text;
  bool quoted = false;
};

struct HbaRule {
  int line_number = 0;
  std::string line;  // the rule as written (for logs)
  ConnectionType type = ConnectionType::kHost;
  std::vector<HbaToken> databases;
  std::vector<HbaToken> users;
  bool any_address = false;          // "all" (or a local rule)
  IpAddress address;                 // when !any_address and not local
  IpAddress mask;
  AuthMethod method = AuthMethod::kReject;
  ClientCert client_cert = ClientCert::kOff;
};

// What a rule is matched against.
struct HbaConnection {
  bool local = false;  // Unix-domain socket
  bool ssl = false;    // TLS in use
  IpAddress address;   // client address (TCP only)
  std::string_view user;
  std::string_view database;
  // Roles the user is a member of (not itself), for +role and samerole;
  // null = none.
  const std::vector<std::string>* member_of = nullptr;
};

class HbaRules {
 public:
  // Parses the whole file; the first invalid line is an error naming it:
  // F0000 `invalid connection type "x"` ... `line 3 of configuration file "f"`.
  static Result<HbaRules> Parse(std::string_view text, std::string_view file_name);
  static Result<HbaRules> Load(const std::string& path);

  // The first rule that matches, or nullptr (reject).
  const HbaRule* Match(const HbaConnection& connection) const;
  const std::vector<HbaRule>& rules() const { return rules_; }

 private:
  std::vector<HbaRule> rules_;
};

}  // namespace augur::auth
