// Password secrets as PostgreSQL 15 stores and checks them: SCRAM-SHA-256
// secrets (RFC 5802/7677), MD5 hashes, and the plain-password checks of the
// `password` method. Cryptography is OpenSSL 3's libcrypto (PBKDF2, HMAC,
// SHA-256, MD5, RAND_bytes); comparisons of secrets are constant-time.
//
// A stored password (pg_authid.rolpassword) is never plaintext:
//   SCRAM-SHA-256$<iterations>:<salt b64>$<StoredKey b64>:<ServerKey b64>
//   md5<32 lower-case hex digits>   (md5(password || role name))
// See docs/auth.md.
//
// Thread-safety: all functions are pure or use RAND_bytes; safe from any thread.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace augur::auth {

inline constexpr int kScramIterations = 4096;       // PostgreSQL 15's scram_iterations
inline constexpr size_t kScramSaltBytes = 16;       // SCRAM_DEFAULT_SALT_LEN
inline constexpr size_t kScramKeyBytes = 32;        // SHA-256 output
inline constexpr size_t kMd5HashChars = 35;         // "md5" + 32 hex digits

enum class PasswordType { kPlaintext, kMd5, kScramSha256 };
// password_encryption: how CREATE/ALTER ROLE hash a plaintext password.
enum class PasswordEncryption { kScramSha256, kMd5 };

// "scram-sha-256" / "md5" (PostgreSQL's accepted spellings) → value.
std::optional<PasswordEncryption> ParsePasswordEncryption(std::string_view name);
std::string_view PasswordEncryptionName(PasswordEncryption method);

struct ScramSecret {
  int iterations = 0;
  std::string salt;        // raw bytes
  std::string stored_key;  // kScramKeyBytes raw bytes: H(ClientKey)
  std::string server_key;  // kScramKeyBytes raw bytes: HMAC(SaltedPassword, "Server Key")
};

// get_password_type: what a stored (or CREATE ROLE-supplied) password is.
PasswordType GetPasswordType(std::string_view password);

// Parses the stored SCRAM form; nullopt when `text` is not one.
std::optional<ScramSecret> ParseScramSecret(std::string_view text);
std::string FormatScramSecret(const ScramSecret& secret);
// The secret for `password` with the given salt and iteration count.
ScramSecret ComputeScramSecret(std::string_view password, std::string_view salt, int iterations);

// "md5" + hex(md5(password || salt)); PostgreSQL's salt is the role name.
std::string Md5PasswordHash(std::string_view password, std::string_view salt);

// PostgreSQL 15's encrypt_password: a value that already is an MD5 hash or
// a SCRAM secret is returned as is; a plaintext one is hashed with `method`
// (SCRAM: fresh random salt, kScramIterations).
std::string EncryptPassword(PasswordEncryption method, std::string_view role_name, std::string_view password);

// plain_crypt_verify: true if the cleartext `password` (method `password`)
// matches the stored secret of `role_name`.
bool VerifyPlaintextPassword(std::string_view role_name, std::string_view stored, std::string_view password);

// md5_crypt_verify: `response` is the client's "md5..." answer to
// AuthenticationMD5Password with `salt` (4 bytes); `stored` the role's MD5 hash.
bool VerifyMd5Response(std::string_view stored, std::string_view salt, std::string_view response);

// ---- Primitives (also used by the SCRAM exchange).
std::string Base64Encode(std::string_view bytes);
// Strict RFC 4648 (padding required, no blanks); nullopt when malformed.
std::optional<std::string> Base64Decode(std::string_view text);
// Cryptographically strong random bytes (RAND_bytes); aborts if the CSPRNG fails.
std::string RandomBytes(size_t size_bytes);
std::string Sha256(std::string_view data);
std::string HmacSha256(std::string_view key, std::string_view data);
// Constant-time equality of two byte strings of the same length (false if the lengths differ).
bool ConstantTimeEquals(std::string_view a, std::string_view b);

}  // namespace augur::auth
