// TlsContext: see tls.h. Key-file checks follow PostgreSQL 15's be_tls_init.
#include "net/tls.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace augur::net {
namespace {

constexpr std::string_view kConfigFileError = "F0000";

Status KeyFilePermissions(const std::string& key_file) {
  struct stat info;
  if (stat(key_file.c_str(), &info) != 0) {
    return Status::Error(kConfigFileError, "could not access private key file \"" + key_file +
                                               "\": " + std::strerror(errno));
  }
  if (!S_ISREG(info.st_mode)) {
    return Status::Error(kConfigFileError, "private key file \"" + key_file + "\" is not a regular file");
  }
  if (info.st_uid != geteuid() && info.st_uid != 0) {
    return Status::Error(kConfigFileError,
                         "private key file \"" + key_file + "\" must be owned by the database user or root");
  }
  if ((info.st_uid == geteuid() && (info.st_mode & (S_IRWXG | S_IRWXO)) != 0) ||
      (info.st_uid == 0 && (info.st_mode & (S_IWGRP | S_IXGRP | S_IRWXO)) != 0)) {
    return Status::Error(kConfigFileError, "private key file \"" + key_file + "\" has group or world access")
        .WithDetail(
            "File must have permissions u=rw (0600) or less if owned by the database user, or permissions "
            "u=rw,g=r (0640) or less if owned by root.");
  }
  return Status::Ok();
}

// be_tls_get_certificate_hash: the certificate's signature hash, with MD5
// and SHA-1 upgraded to SHA-256 (RFC 5929 section 4.1).
std::string CertificateHash(X509* certificate) {
  int algorithm = NID_undef;
  if (!OBJ_find_sigid_algs(X509_get_signature_nid(certificate), &algorithm, nullptr)) return "";
  const EVP_MD* digest = nullptr;
  if (algorithm == NID_md5 || algorithm == NID_sha1) {
    digest = EVP_sha256();
  } else if (algorithm != NID_undef) {
    digest = EVP_get_digestbynid(algorithm);
  }
  if (digest == nullptr) return "";
  unsigned char hash[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  if (!X509_digest(certificate, digest, hash, &size)) return "";
  return std::string(reinterpret_cast<const char*>(hash), size);
}

}  // namespace

std::string TlsErrorText() {
  std::string text;
  while (unsigned long code = ERR_get_error()) {
    char buffer[256];
    ERR_error_string_n(code, buffer, sizeof(buffer));
    if (!text.empty()) text += "; ";
    text += buffer;
  }
  return text.empty() ? "no SSL error reported" : text;
}

Result<std::unique_ptr<TlsContext>> TlsContext::Create(const std::string& certificate_file,
                                                       const std::string& key_file, const std::string& ca_file) {
  std::unique_ptr<TlsContext> tls(new TlsContext());
  ERR_clear_error();
  tls->context_ = SSL_CTX_new(TLS_server_method());
  if (tls->context_ == nullptr) {
    return Status::Error(kConfigFileError, "could not create SSL context: " + TlsErrorText());
  }
  SSL_CTX* context = tls->context_;
  SSL_CTX_set_min_proto_version(context, TLS1_2_VERSION);
  SSL_CTX_set_options(context, SSL_OP_NO_RENEGOTIATION | SSL_OP_NO_COMPRESSION | SSL_OP_NO_TICKET |
                                   SSL_OP_CIPHER_SERVER_PREFERENCE);
  SSL_CTX_set_session_cache_mode(context, SSL_SESS_CACHE_OFF);
  SSL_CTX_set_mode(context, SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
  if (SSL_CTX_use_certificate_chain_file(context, certificate_file.c_str()) != 1) {
    return Status::Error(kConfigFileError,
                         "could not load server certificate file \"" + certificate_file + "\": " + TlsErrorText());
  }
  RETURN_IF_ERROR(KeyFilePermissions(key_file));
  if (SSL_CTX_use_PrivateKey_file(context, key_file.c_str(), SSL_FILETYPE_PEM) != 1) {
    return Status::Error(kConfigFileError,
                         "could not load private key file \"" + key_file + "\": " + TlsErrorText());
  }
  if (SSL_CTX_check_private_key(context) != 1) {
    return Status::Error(kConfigFileError,
                         "check of private key failed: " + TlsErrorText());
  }
  tls->certificate_hash_ = CertificateHash(SSL_CTX_get0_certificate(context));
  if (!ca_file.empty()) {
    if (SSL_CTX_load_verify_locations(context, ca_file.c_str(), nullptr) != 1) {
      return Status::Error(kConfigFileError, "could not load root certificate file \"" + ca_file + "\": " +
                                                 TlsErrorText());
    }
    STACK_OF(X509_NAME)* names = SSL_load_client_CA_file(ca_file.c_str());
    if (names == nullptr) {
      return Status::Error(kConfigFileError, "could not load root certificate file \"" + ca_file + "\": " +
                                                 TlsErrorText());
    }
    SSL_CTX_set_client_CA_list(context, names);  // takes ownership
    SSL_CTX_set_verify(context, SSL_VERIFY_PEER | SSL_VERIFY_CLIENT_ONCE, nullptr);
    tls->verifies_clients_ = true;
  }
  return tls;
}

TlsContext::~TlsContext() {
  if (context_ != nullptr) SSL_CTX_free(context_);
}

void FreeTlsSession(ssl_st* ssl) {
  if (ssl == nullptr) return;
  SSL_set_quiet_shutdown(ssl, 0);
  SSL_shutdown(ssl);  // non-blocking socket: one attempt, no wait
  SSL_free(ssl);
  ERR_clear_error();
}

PeerCertificate GetPeerCertificate(ssl_st* ssl) {
  PeerCertificate peer;
  if (ssl == nullptr) return peer;
  X509* certificate = SSL_get1_peer_certificate(ssl);
  if (certificate == nullptr) return peer;
  peer.valid = SSL_get_verify_result(ssl) == X509_V_OK;
  X509_NAME* subject = X509_get_subject_name(certificate);
  int length = subject == nullptr ? -1 : X509_NAME_get_text_by_NID(subject, NID_commonName, nullptr, 0);
  if (length > 0) {
    std::string name(static_cast<size_t>(length) + 1, '\0');
    X509_NAME_get_text_by_NID(subject, NID_commonName, name.data(), length + 1);
    name.resize(static_cast<size_t>(length));
    // A name with an embedded NUL is refused, as PostgreSQL does.
    if (name.find('\0') == std::string::npos) peer.common_name = std::move(name);
  }
  X509_free(certificate);
  return peer;
}

ssl_st* TlsContext::NewSession(int socket_fd) const {
  SSL* ssl = SSL_new(context_);
  if (ssl == nullptr) return nullptr;
  if (SSL_set_fd(ssl, socket_fd) != 1) {
    SSL_free(ssl);
    return nullptr;
  }
  return ssl;
}

}  // namespace augur::net
