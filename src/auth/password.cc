// Password hashing and verification; see password.h and docs/auth.md.
#include "auth/password.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <cassert>
#include <charconv>
#include <cstdio>
#include <cstdlib>

namespace augur::auth {
namespace {

constexpr char kBase64Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr std::string_view kScramPrefix = "SCRAM-SHA-256$";

int Base64Value(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

std::string Digest(const EVP_MD* md, std::string_view data) {
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  if (EVP_Digest(data.data(), data.size(), out, &size, md, nullptr) != 1) {
    std::fprintf(stderr, "augurdb: EVP_Digest failed\n");
    std::abort();
  }
  return std::string(reinterpret_cast<const char*>(out), size);
}

std::string Hex(std::string_view bytes) {
  static const char digits[] = "0123456789abcdef";
  std::string out;
  out.reserve(bytes.size() * 2);
  for (unsigned char c : bytes) {
    out.push_back(digits[c >> 4]);
    out.push_back(digits[c & 15]);
  }
  return out;
}

// SaltedPassword = Hi(password, salt, i) = PBKDF2-HMAC-SHA-256.
std::string SaltedPassword(std::string_view password, std::string_view salt, int iterations) {
  std::string out(kScramKeyBytes, '\0');
  if (PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()),
                        reinterpret_cast<const unsigned char*>(salt.data()), static_cast<int>(salt.size()),
                        iterations, EVP_sha256(), static_cast<int>(out.size()),
                        reinterpret_cast<unsigned char*>(out.data())) != 1) {
    std::fprintf(stderr, "augurdb: PKCS5_PBKDF2_HMAC failed\n");
    std::abort();
  }
  return out;
}

bool IsMd5Hash(std::string_view password) {
  if (password.size() != kMd5HashChars || !password.starts_with("md5")) return false;
  for (char c : password.substr(3)) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

}  // namespace

std::optional<PasswordEncryption> ParsePasswordEncryption(std::string_view name) {
  if (name == "scram-sha-256") return PasswordEncryption::kScramSha256;
  if (name == "md5") return PasswordEncryption::kMd5;
  return std::nullopt;
}

std::string_view PasswordEncryptionName(PasswordEncryption method) {
  return method == PasswordEncryption::kMd5 ? "md5" : "scram-sha-256";
}

std::string Base64Encode(std::string_view bytes) {
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  size_t i = 0;
  for (; i + 3 <= bytes.size(); i += 3) {
    uint32_t v = (static_cast<uint8_t>(bytes[i]) << 16) | (static_cast<uint8_t>(bytes[i + 1]) << 8) |
                 static_cast<uint8_t>(bytes[i + 2]);
    for (int shift = 18; shift >= 0; shift -= 6) out.push_back(kBase64Alphabet[(v >> shift) & 63]);
  }
  size_t rest = bytes.size() - i;
  if (rest > 0) {
    uint32_t v = static_cast<uint8_t>(bytes[i]) << 16;
    if (rest == 2) v |= static_cast<uint8_t>(bytes[i + 1]) << 8;
    out.push_back(kBase64Alphabet[(v >> 18) & 63]);
    out.push_back(kBase64Alphabet[(v >> 12) & 63]);
    out.push_back(rest == 2 ? kBase64Alphabet[(v >> 6) & 63] : '=');
    out.push_back('=');
  }
  return out;
}

std::optional<std::string> Base64Decode(std::string_view text) {
  if (text.size() % 4 != 0) return std::nullopt;
  std::string out;
  out.reserve(text.size() / 4 * 3);
  for (size_t i = 0; i < text.size(); i += 4) {
    bool last = i + 4 == text.size();
    int values[4];
    int padding = 0;
    for (int j = 0; j < 4; ++j) {
      char c = text[i + j];
      if (c == '=' && last && j >= 2) {
        values[j] = 0;
        ++padding;
        continue;
      }
      if (padding > 0) return std::nullopt;  // data after '='
      values[j] = Base64Value(c);
      if (values[j] < 0) return std::nullopt;
    }
    uint32_t v = (values[0] << 18) | (values[1] << 12) | (values[2] << 6) | values[3];
    out.push_back(static_cast<char>(v >> 16));
    if (padding < 2) out.push_back(static_cast<char>((v >> 8) & 255));
    if (padding < 1) out.push_back(static_cast<char>(v & 255));
  }
  return out;
}

std::string RandomBytes(size_t size_bytes) {
  std::string out(size_bytes, '\0');
  if (size_bytes > 0 &&
      RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), static_cast<int>(size_bytes)) != 1) {
    // Without a working CSPRNG no salt or nonce is safe; this is not a user error.
    std::fprintf(stderr, "augurdb: RAND_bytes failed\n");
    std::abort();
  }
  return out;
}

std::string Sha256(std::string_view data) { return Digest(EVP_sha256(), data); }

std::string HmacSha256(std::string_view key, std::string_view data) {
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  if (HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
           reinterpret_cast<const unsigned char*>(data.data()), data.size(), out, &size) == nullptr) {
    std::fprintf(stderr, "augurdb: HMAC failed\n");
    std::abort();
  }
  return std::string(reinterpret_cast<const char*>(out), size);
}

bool ConstantTimeEquals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  return CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

PasswordType GetPasswordType(std::string_view password) {
  if (IsMd5Hash(password)) return PasswordType::kMd5;
  if (ParseScramSecret(password)) return PasswordType::kScramSha256;
  return PasswordType::kPlaintext;
}

std::optional<ScramSecret> ParseScramSecret(std::string_view text) {
  if (!text.starts_with(kScramPrefix)) return std::nullopt;
  text.remove_prefix(kScramPrefix.size());
  size_t colon = text.find(':');
  size_t dollar = text.find('$');
  if (colon == std::string_view::npos || dollar == std::string_view::npos || colon > dollar) return std::nullopt;
  ScramSecret secret;
  std::string_view iterations = text.substr(0, colon);
  auto [end, error] = std::from_chars(iterations.data(), iterations.data() + iterations.size(), secret.iterations);
  if (error != std::errc() || end != iterations.data() + iterations.size() || secret.iterations <= 0) {
    return std::nullopt;
  }
  std::optional<std::string> salt = Base64Decode(text.substr(colon + 1, dollar - colon - 1));
  std::string_view keys = text.substr(dollar + 1);
  size_t key_colon = keys.find(':');
  if (!salt || key_colon == std::string_view::npos) return std::nullopt;
  std::optional<std::string> stored_key = Base64Decode(keys.substr(0, key_colon));
  std::optional<std::string> server_key = Base64Decode(keys.substr(key_colon + 1));
  if (!stored_key || !server_key || stored_key->size() != kScramKeyBytes || server_key->size() != kScramKeyBytes) {
    return std::nullopt;
  }
  secret.salt = std::move(*salt);
  secret.stored_key = std::move(*stored_key);
  secret.server_key = std::move(*server_key);
  return secret;
}

std::string FormatScramSecret(const ScramSecret& secret) {
  return std::string(kScramPrefix) + std::to_string(secret.iterations) + ":" + Base64Encode(secret.salt) + "$" +
         Base64Encode(secret.stored_key) + ":" + Base64Encode(secret.server_key);
}

ScramSecret ComputeScramSecret(std::string_view password, std::string_view salt, int iterations) {
  assert(iterations > 0);
  std::string salted = SaltedPassword(password, salt, iterations);
  ScramSecret secret;
  secret.iterations = iterations;
  secret.salt = std::string(salt);
  secret.stored_key = Sha256(HmacSha256(salted, "Client Key"));
  secret.server_key = HmacSha256(salted, "Server Key");
  return secret;
}

std::string Md5PasswordHash(std::string_view password, std::string_view salt) {
  std::string input(password);
  input.append(salt);
  return "md5" + Hex(Digest(EVP_md5(), input));
}

std::string EncryptPassword(PasswordEncryption method, std::string_view role_name, std::string_view password) {
  if (GetPasswordType(password) != PasswordType::kPlaintext) return std::string(password);
  if (method == PasswordEncryption::kMd5) return Md5PasswordHash(password, role_name);
  return FormatScramSecret(ComputeScramSecret(password, RandomBytes(kScramSaltBytes), kScramIterations));
}

bool VerifyPlaintextPassword(std::string_view role_name, std::string_view stored, std::string_view password) {
  switch (GetPasswordType(stored)) {
    case PasswordType::kScramSha256: {
      std::optional<ScramSecret> secret = ParseScramSecret(stored);
      ScramSecret computed = ComputeScramSecret(password, secret->salt, secret->iterations);
      return ConstantTimeEquals(computed.server_key, secret->server_key);
    }
    case PasswordType::kMd5:
      return ConstantTimeEquals(Md5PasswordHash(password, role_name), stored);
    case PasswordType::kPlaintext:
      return false;  // never stored; treat as no usable password
  }
  return false;
}

bool VerifyMd5Response(std::string_view stored, std::string_view salt, std::string_view response) {
  if (GetPasswordType(stored) != PasswordType::kMd5 || salt.size() != 4) return false;
  std::string expected = Md5PasswordHash(stored.substr(3), salt);
  return ConstantTimeEquals(expected, response);
}

}  // namespace augur::auth
