// SCRAM-SHA-256 server exchange; messages and checks follow PostgreSQL 15's
// auth-scram.c (read_client_first_message, read_client_final_message,
// verify_client_proof). See scram.h.
#include "auth/scram.h"

#include <cassert>
#include <cctype>
#include <cstdio>

namespace augur::auth {
namespace {

constexpr size_t kRawNonceBytes = 18;  // SCRAM_RAW_NONCE_LEN

Status Malformed(std::string detail) {
  return Status::Error(sqlstate::kProtocolViolation, "malformed SCRAM message").WithDetail(std::move(detail));
}

// sanitize_char: printable ASCII as is, else 0xNN.
std::string Sanitize(std::string_view input, size_t position) {
  if (position >= input.size()) return "0x00";
  unsigned char c = static_cast<unsigned char>(input[position]);
  if (c >= 0x21 && c <= 0x7e) return std::string(1, static_cast<char>(c));
  char buffer[8];
  std::snprintf(buffer, sizeof(buffer), "0x%02x", c);
  return buffer;
}

// A cursor over one SCRAM message: attribute=value pairs separated by ','.
class AttributeReader {
 public:
  explicit AttributeReader(std::string_view input) : input_(input) {}
  size_t position() const { return position_; }
  bool AtEnd() const { return position_ >= input_.size(); }
  char Peek() const { return AtEnd() ? '\0' : input_[position_]; }
  void Skip() { ++position_; }
  std::string_view input() const { return input_; }

  // read_attr_value: "<attr>=<value>" followed by ',' or the end.
  Result<std::string_view> Value(char attribute) {
    if (Peek() != attribute) {
      return Malformed(std::string("Expected attribute \"") + attribute + "\" but found \"" +
                       Sanitize(input_, position_) + "\".");
    }
    ++position_;
    if (Peek() != '=') {
      return Malformed(std::string("Expected character \"=\" for attribute \"") + attribute + "\".");
    }
    ++position_;
    return TakeValue();
  }

  // read_any_attr: any lower- or upper-case letter attribute.
  Result<std::string_view> AnyValue(char* attribute) {
    char c = Peek();
    if (!std::isalpha(static_cast<unsigned char>(c))) {
      return Malformed("Attribute expected, but found invalid character \"" + Sanitize(input_, position_) + "\".");
    }
    *attribute = c;
    ++position_;
    if (Peek() != '=') {
      return Malformed(std::string("Expected character \"=\" for attribute \"") + c + "\".");
    }
    ++position_;
    return TakeValue();
  }

 private:
  std::string_view TakeValue() {
    size_t end = input_.find(',', position_);
    if (end == std::string_view::npos) end = input_.size();
    std::string_view value = input_.substr(position_, end - position_);
    position_ = end < input_.size() ? end + 1 : end;
    return value;
  }
  std::string_view input_;
  size_t position_ = 0;
};

bool IsPrintableNonce(std::string_view nonce) {
  for (unsigned char c : nonce) {
    if (c < 0x21 || c > 0x7e || c == ',') return false;
  }
  return true;
}

}  // namespace

ScramExchange::ScramExchange(std::string_view user, const std::optional<std::string>& stored_password,
                             std::string_view mock_key, std::string certificate_hash)
    : user_(user), certificate_hash_(std::move(certificate_hash)) {
  std::optional<ScramSecret> secret;
  if (!stored_password) {
    failure_detail_ = "User \"" + user_ + "\" has no password assigned.";
  } else if (!(secret = ParseScramSecret(*stored_password))) {
    failure_detail_ = "User \"" + user_ + "\" does not have a valid SCRAM secret.";
  }
  if (secret) {
    secret_ = std::move(*secret);
    return;
  }
  // Mock secret (scram_mock_salt): a salt that is stable per user name, so
  // probing twice shows the same salt as for a real role.
  doomed_ = true;
  secret_.iterations = kScramIterations;
  secret_.salt = Sha256(std::string(mock_key) + user_).substr(0, kScramSaltBytes);
  secret_.stored_key = std::string(kScramKeyBytes, '\0');
  secret_.server_key = std::string(kScramKeyBytes, '\0');
}

std::vector<std::string_view> ScramExchange::Mechanisms() const {
  if (!certificate_hash_.empty()) return {kScramSha256Plus, kScramSha256};
  return {kScramSha256};
}

Result<std::string> ScramExchange::HandleClientFirst(std::string_view mechanism, std::string_view message) {
  assert(state_ == State::kInit);
  if (mechanism == kScramSha256Plus && !certificate_hash_.empty()) {
    channel_binding_in_use_ = true;
  } else if (mechanism != kScramSha256) {
    return Status::Error(sqlstate::kProtocolViolation, "client selected an invalid SASL authentication mechanism");
  }
  if (message.empty()) return Malformed("The message is empty.");
  if (message.find('\0') != std::string_view::npos) return Malformed("Message length does not match input length.");

  AttributeReader reader(message);
  cbind_flag_ = reader.Peek();
  switch (cbind_flag_) {
    case 'n':
    case 'y':
      if (channel_binding_in_use_) {
        return Malformed(
            "The client selected SCRAM-SHA-256-PLUS, but the SCRAM message does not include channel binding "
            "data.");
      }
      if (cbind_flag_ == 'y' && !certificate_hash_.empty()) {
        return Status::Error(sqlstate::kProtocolViolation, "SCRAM channel binding negotiation error")
            .WithDetail(
                "The client supports SCRAM channel binding but thinks the server does not.  However, this server "
                "does support channel binding.");
      }
      reader.Skip();
      if (reader.Peek() != ',') {
        return Malformed("Comma expected, but found character \"" + Sanitize(message, reader.position()) + "\".");
      }
      reader.Skip();
      break;
    case 'p': {
      if (!channel_binding_in_use_) {
        return Malformed(
            "The client selected SCRAM-SHA-256 without channel binding, but the SCRAM message includes channel "
            "binding data.");
      }
      ASSIGN_OR_RETURN(std::string_view type, reader.Value('p'));
      if (type != "tls-server-end-point") {
        return Status::Error(sqlstate::kProtocolViolation,
                             "unsupported SCRAM channel-binding type \"" + std::string(type) + "\"");
      }
      break;
    }
    default:
      return Malformed("Unexpected channel-binding flag \"" + Sanitize(message, 0) + "\".");
  }
  if (reader.Peek() == 'a') {
    return Status::Error(sqlstate::kFeatureNotSupported,
                         "client uses authorization identity, but it is not supported");
  }
  if (reader.Peek() != ',') {
    return Malformed("Unexpected attribute \"" + Sanitize(message, reader.position()) +
                     "\" in client-first-message.");
  }
  reader.Skip();
  client_first_bare_ = std::string(message.substr(reader.position()));
  if (reader.Peek() == 'm') {
    return Status::Error(sqlstate::kFeatureNotSupported, "client requires an unsupported SCRAM extension");
  }
  ASSIGN_OR_RETURN(std::string_view client_user, reader.Value('n'));
  (void)client_user;  // ignored: the startup packet names the user
  ASSIGN_OR_RETURN(std::string_view nonce, reader.Value('r'));
  if (!IsPrintableNonce(nonce)) {
    return Status::Error(sqlstate::kProtocolViolation, "non-printable characters in SCRAM nonce");
  }
  client_nonce_ = std::string(nonce);
  while (!reader.AtEnd()) {  // optional extensions: ignored
    char attribute = 0;
    ASSIGN_OR_RETURN(std::string_view ignored, reader.AnyValue(&attribute));
    (void)ignored;
  }

  if (server_nonce_.empty()) server_nonce_ = Base64Encode(RandomBytes(kRawNonceBytes));
  server_first_ = "r=" + client_nonce_ + server_nonce_ + ",s=" + Base64Encode(secret_.salt) +
                  ",i=" + std::to_string(secret_.iterations);
  state_ = State::kSaltSent;
  return server_first_;
}

Result<bool> ScramExchange::HandleClientFinal(std::string_view message, std::string* server_final) {
  assert(state_ == State::kSaltSent);
  if (message.empty()) return Malformed("The message is empty.");
  if (message.find('\0') != std::string_view::npos) return Malformed("Message length does not match input length.");
  AttributeReader reader(message);
  ASSIGN_OR_RETURN(std::string_view channel_binding, reader.Value('c'));
  if (channel_binding_in_use_) {
    std::string expected = Base64Encode("p=tls-server-end-point,," + certificate_hash_);
    if (channel_binding != expected) {
      return Status::Error(sqlstate::kInvalidAuthorizationSpecification, "SCRAM channel binding check failed");
    }
  } else if (!(channel_binding == "biws" && cbind_flag_ == 'n') &&
             !(channel_binding == "eSws" && cbind_flag_ == 'y')) {
    return Status::Error(sqlstate::kProtocolViolation,
                         "unexpected SCRAM channel-binding attribute in client-final-message");
  }
  ASSIGN_OR_RETURN(std::string_view final_nonce, reader.Value('r'));
  size_t proof_start = 0;
  std::string_view proof_text;
  for (;;) {
    proof_start = reader.position();
    char attribute = 0;
    ASSIGN_OR_RETURN(std::string_view value, reader.AnyValue(&attribute));
    if (attribute == 'p') {
      proof_text = value;
      break;
    }
    if (reader.AtEnd()) return Malformed("Malformed proof in client-final-message.");
  }
  std::optional<std::string> proof = Base64Decode(proof_text);
  if (!proof || proof->size() != kScramKeyBytes) return Malformed("Malformed proof in client-final-message.");
  if (!reader.AtEnd()) return Malformed("Garbage found at the end of client-final-message.");
  // Without the ",p=..." part (the comma before 'p' is not included).
  std::string_view final_without_proof = message.substr(0, proof_start > 0 ? proof_start - 1 : 0);

  if (final_nonce != client_nonce_ + server_nonce_) {
    return Status::Error(sqlstate::kProtocolViolation, "invalid SCRAM response").WithDetail("Nonce does not match.");
  }
  state_ = State::kFinished;

  std::string auth_message = client_first_bare_ + "," + server_first_ + "," + std::string(final_without_proof);
  std::string client_signature = HmacSha256(secret_.stored_key, auth_message);
  std::string client_key(kScramKeyBytes, '\0');
  for (size_t i = 0; i < kScramKeyBytes; ++i) client_key[i] = static_cast<char>((*proof)[i] ^ client_signature[i]);
  bool proof_ok = ConstantTimeEquals(Sha256(client_key), secret_.stored_key);
  if (doomed_ || !proof_ok) {
    if (failure_detail_.empty()) failure_detail_ = "Password does not match for user \"" + user_ + "\".";
    return false;
  }
  *server_final = "v=" + Base64Encode(HmacSha256(secret_.server_key, auth_message));
  return true;
}

}  // namespace augur::auth
