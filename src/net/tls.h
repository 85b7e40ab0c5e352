// TLS for pgwire connections (OpenSSL 3): the server's certificate and key
// loaded once into an SSL_CTX, and the tls-server-end-point channel-binding
// hash of that certificate (for SCRAM-SHA-256-PLUS). A Connection answers
// SSLRequest with 'S' only when the Server has a TlsContext. See docs/auth.md.
//
// Settings follow PostgreSQL 15's defaults: TLS 1.2 minimum, no
// renegotiation, no compression, no session tickets or cache.
//
// Thread-safety: immutable after Create(); NewSession() may be called from
// any thread (SSL_new on a shared SSL_CTX is thread-safe in OpenSSL 3).
#pragma once

#include <memory>
#include <string>

#include "common/status.h"

struct ssl_st;
struct ssl_ctx_st;

namespace augur::net {

class TlsContext {
 public:
  // Loads the PEM certificate (chain) and private key. Errors (F0000) name
  // the file and OpenSSL's reason; a key readable by group/others is refused
  // as PostgreSQL does.
  // `ca_file` (may be empty): CA certificates client certificates must chain
  // to; clients are then asked for one (SSL_VERIFY_PEER, not required), and an
  // invalid one fails the handshake, as PostgreSQL's ssl_ca_file.
  static Result<std::unique_ptr<TlsContext>> Create(const std::string& certificate_file,
                                                    const std::string& key_file, const std::string& ca_file = "");
  ~TlsContext();
  TlsContext(const TlsContext&) = delete;
  TlsContext& operator=(const TlsContext&) = delete;

  // A new server-side TLS session on `socket_fd` (caller owns; SSL_free).
  ssl_st* NewSession(int socket_fd) const;
  // tls-server-end-point data (RFC 5929), empty when the certificate's
  // signature algorithm has no usable hash (then -PLUS is not offered).
  const std::string& certificate_hash() const { return certificate_hash_; }
  // A CA file was loaded: client certificates can be verified.
  bool verifies_clients() const { return verifies_clients_; }

 private:
  TlsContext() = default;
  ssl_ctx_st* context_ = nullptr;
  std::string certificate_hash_;
  bool verifies_clients_ = false;
};

// The client's certificate on `ssl`: whether it was presented and verified
// against the CA file, and its subject's common name ("" if none).
struct PeerCertificate {
  bool valid = false;
  std::string common_name;
};
PeerCertificate GetPeerCertificate(ssl_st* ssl);

// Sends close_notify (without waiting for the peer's) and frees `ssl` (may be null).
void FreeTlsSession(ssl_st* ssl);

// OpenSSL's queued error messages, joined (for logs and startup errors).
std::string TlsErrorText();

}  // namespace augur::net
