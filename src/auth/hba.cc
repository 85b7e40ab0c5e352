// pg_hba.conf-style rules: tokenizer, parser and matcher; see hba.h.
#include "auth/hba.h"

#include <arpa/inet.h>

#include <cstring>
#include <fstream>
#include <sstream>

namespace augur::auth {
namespace {

constexpr std::string_view kConfigFileError = "F0000";

using Field = std::vector<HbaToken>;

// Splits one line into fields; a field is a comma-separated list of tokens
// (blanks after a comma continue the list, as in PostgreSQL's next_field_expand).
// Double quotes group blanks, commas and '#' into a token and mark it quoted.
Result<std::vector<Field>> Tokenize(std::string_view line) {
  std::vector<Field> fields;
  size_t pos = 0;
  auto is_blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  for (;;) {
    while (pos < line.size() && is_blank(line[pos])) ++pos;
    if (pos >= line.size() || line[pos] == '#') break;
    Field field;
    for (;;) {
      HbaToken token;
      bool in_quotes = false;
      while (pos < line.size()) {
        char c = line[pos];
        if (!in_quotes && (is_blank(c) || c == ',' || c == '#')) break;
        ++pos;
        if (c == '"') {
          in_quotes = !in_quotes;
          token.quoted = true;
          continue;
        }
        token.text.push_back(c);
      }
      if (in_quotes) return Status::Error(kConfigFileError, "unterminated quoted string");
      field.push_back(std::move(token));
      if (pos < line.size() && line[pos] == ',') {
        ++pos;
        while (pos < line.size() && is_blank(line[pos])) ++pos;
        continue;
      }
      break;
    }
    fields.push_back(std::move(field));
  }
  return fields;
}

bool IsKeyword(const HbaToken& token, std::string_view keyword) { return !token.quoted && token.text == keyword; }

Status SingleValue(const Field& field, std::string_view what) {
  if (field.size() != 1) return Status::Error(kConfigFileError, "multiple values specified for " + std::string(what));
  return Status::Ok();
}

// Mask of `bits` leading ones for `family`.
IpAddress MaskOfLength(int family, int bits) {
  IpAddress mask;
  mask.family = family;
  for (int i = 0; i < 16; ++i) {
    int remaining = bits - i * 8;
    mask.bytes[i] = remaining >= 8 ? 0xff : remaining <= 0 ? 0 : static_cast<uint8_t>(0xff << (8 - remaining));
  }
  return mask;
}

Status ParseRuleAddress(const std::vector<Field>& fields, size_t* index, HbaRule* rule) {
  if (*index >= fields.size()) return Status::Error(kConfigFileError, "end-of-line before IP address specification");
  const Field& field = fields[*index];
  RETURN_IF_ERROR(SingleValue(field, "IP address"));
  const HbaToken& token = field[0];
  ++*index;
  if (IsKeyword(token, "all")) {
    rule->any_address = true;
    return Status::Ok();
  }
  if (IsKeyword(token, "samehost") || IsKeyword(token, "samenet")) {
    return Status::Error(kConfigFileError, "\"" + token.text + "\" addresses are not supported");
  }
  std::string_view text = token.text;
  size_t slash = text.find('/');
  std::optional<IpAddress> address = IpAddress::Parse(text.substr(0, slash));
  if (!address) {
    return Status::Error(kConfigFileError, "invalid IP address \"" + token.text +
                                               "\" (host names are not supported; use an address)");
  }
  rule->address = *address;
  int max_bits = address->family == AF_INET ? 32 : 128;
  if (slash != std::string_view::npos) {
    std::string_view bits_text = text.substr(slash + 1);
    int bits = 0;
    bool ok = !bits_text.empty() && bits_text.size() <= 3;
    for (char c : bits_text) {
      ok = ok && c >= '0' && c <= '9';
      bits = bits * 10 + (c - '0');
    }
    if (!ok || bits > max_bits) {
      return Status::Error(kConfigFileError, "invalid CIDR mask in address \"" + token.text + "\"");
    }
    rule->mask = MaskOfLength(address->family, bits);
    return Status::Ok();
  }
  // Address followed by a separate netmask field.
  if (*index >= fields.size()) return Status::Error(kConfigFileError, "end-of-line before netmask specification");
  const Field& mask_field = fields[*index];
  RETURN_IF_ERROR(SingleValue(mask_field, "netmask"));
  ++*index;
  std::optional<IpAddress> mask = IpAddress::Parse(mask_field[0].text);
  if (!mask) return Status::Error(kConfigFileError, "invalid IP mask \"" + mask_field[0].text + "\"");
  if (mask->family != address->family) {
    return Status::Error(kConfigFileError, "IP address and mask do not match");
  }
  rule->mask = *mask;
  return Status::Ok();
}

Result<HbaRule> ParseRule(const std::vector<Field>& fields) {
  HbaRule rule;
  size_t index = 0;
  RETURN_IF_ERROR(SingleValue(fields[0], "connection type"));
  const std::string& type = fields[0][0].text;
  if (type == "local") {
    rule.type = ConnectionType::kLocal;
  } else if (type == "host") {
    rule.type = ConnectionType::kHost;
  } else if (type == "hostssl") {
    rule.type = ConnectionType::kHostSsl;
  } else if (type == "hostnossl") {
    rule.type = ConnectionType::kHostNoSsl;
  } else if (type == "hostgssenc") {
    rule.type = ConnectionType::kHostGssEnc;
  } else if (type == "hostnogssenc") {
    rule.type = ConnectionType::kHostNoGssEnc;
  } else {
    return Status::Error(kConfigFileError, "invalid connection type \"" + type + "\"");
  }
  index = 1;
  if (index >= fields.size()) return Status::Error(kConfigFileError, "end-of-line before database specification");
  rule.databases = fields[index++];
  for (const HbaToken& token : rule.databases) {
    if (!token.quoted && (token.text == "replication" || token.text.starts_with("@"))) {
      return Status::Error(kConfigFileError, "database \"" + token.text + "\" in the rules file is not supported");
    }
  }
  if (index >= fields.size()) return Status::Error(kConfigFileError, "end-of-line before role specification");
  rule.users = fields[index++];
  for (const HbaToken& token : rule.users) {
    if (!token.quoted && token.text.starts_with("@")) {
      return Status::Error(kConfigFileError, "user \"" + token.text + "\" in the rules file is not supported");
    }
  }
  if (rule.type == ConnectionType::kLocal) {
    rule.any_address = true;
  } else {
    RETURN_IF_ERROR(ParseRuleAddress(fields, &index, &rule));
  }
  if (index >= fields.size()) return Status::Error(kConfigFileError, "end-of-line before authentication method");
  RETURN_IF_ERROR(SingleValue(fields[index], "authentication type"));
  const std::string& method = fields[index][0].text;
  ++index;
  if (method == "trust") {
    rule.method = AuthMethod::kTrust;
  } else if (method == "reject") {
    rule.method = AuthMethod::kReject;
  } else if (method == "password") {
    rule.method = AuthMethod::kPassword;
  } else if (method == "md5") {
    rule.method = AuthMethod::kMd5;
  } else if (method == "scram-sha-256") {
    rule.method = AuthMethod::kScramSha256;
  } else if (method == "cert") {
    if (rule.type != ConnectionType::kHostSsl) {
      return Status::Error(kConfigFileError, "cert authentication is only supported on hostssl connections");
    }
    rule.method = AuthMethod::kCert;
    rule.client_cert = ClientCert::kVerifyFull;  // cert implies clientcert=verify-full
  } else {
    return Status::Error(kConfigFileError, "invalid authentication method \"" + method + "\"");
  }
  for (; index < fields.size(); ++index) {
    const std::string& option = fields[index][0].text;
    size_t equals = option.find('=');
    if (equals == std::string::npos) {
      return Status::Error(kConfigFileError, "authentication option not in name=value format: " + option);
    }
    std::string name = option.substr(0, equals), value = option.substr(equals + 1);
    if (name != "clientcert") {
      return Status::Error(kConfigFileError, "authentication option \"" + name + "\" is not supported");
    }
    if (rule.type != ConnectionType::kHostSsl) {
      return Status::Error(kConfigFileError, "clientcert can only be configured for \"hostssl\" rows");
    }
    if (value == "verify-full") {
      rule.client_cert = ClientCert::kVerifyFull;
    } else if (value == "verify-ca") {
      if (rule.method == AuthMethod::kCert) {
        return Status::Error(kConfigFileError,
                             "clientcert only accepts \"verify-full\" when using \"cert\" authentication");
      }
      rule.client_cert = ClientCert::kVerifyCa;
    } else {
      return Status::Error(kConfigFileError, "invalid value for clientcert: \"" + value + "\"");
    }
  }
  return rule;
}

bool IsMemberOf(const HbaConnection& connection, std::string_view role) {
  if (connection.member_of == nullptr) return false;
  for (const auto& name : *connection.member_of) {
    if (name == role) return true;
  }
  return false;
}

bool MatchesDatabase(const HbaRule& rule, const HbaConnection& connection) {
  for (const HbaToken& token : rule.databases) {
    if (IsKeyword(token, "all")) return true;
    if ((IsKeyword(token, "sameuser") || IsKeyword(token, "samerole") || IsKeyword(token, "samegroup")) &&
        connection.database == connection.user) {
      return true;
    }
    if ((IsKeyword(token, "samerole") || IsKeyword(token, "samegroup")) && IsMemberOf(connection, connection.database)) {
      return true;
    }
    if (token.text == connection.database) return true;
  }
  return false;
}

bool MatchesUser(const HbaRule& rule, const HbaConnection& connection) {
  for (const HbaToken& token : rule.users) {
    if (IsKeyword(token, "all")) return true;
    if (!token.quoted && token.text.starts_with("+")) {
      std::string_view role = std::string_view(token.text).substr(1);
      if (role == connection.user || IsMemberOf(connection, role)) return true;
      continue;
    }
    if (token.text == connection.user) return true;
  }
  return false;
}

bool MatchesAddress(const HbaRule& rule, const HbaConnection& connection) {
  if (rule.any_address) return true;
  if (rule.address.family != connection.address.family) return false;
  size_t size = rule.address.family == AF_INET ? 4 : 16;
  for (size_t i = 0; i < size; ++i) {
    if ((rule.address.bytes[i] & rule.mask.bytes[i]) != (connection.address.bytes[i] & rule.mask.bytes[i])) {
      return false;
    }
  }
  return true;
}

bool MatchesType(const HbaRule& rule, const HbaConnection& connection) {
  switch (rule.type) {
    case ConnectionType::kLocal: return connection.local;
    case ConnectionType::kHost: return !connection.local;
    case ConnectionType::kHostSsl: return !connection.local && connection.ssl;
    case ConnectionType::kHostNoSsl: return !connection.local && !connection.ssl;
    case ConnectionType::kHostGssEnc: return false;
    case ConnectionType::kHostNoGssEnc: return !connection.local;
  }
  return false;
}

}  // namespace

std::string_view AuthMethodName(AuthMethod method) {
  switch (method) {
    case AuthMethod::kTrust: return "trust";
    case AuthMethod::kReject: return "reject";
    case AuthMethod::kPassword: return "password";
    case AuthMethod::kMd5: return "md5";
    case AuthMethod::kScramSha256: return "scram-sha-256";
    case AuthMethod::kCert: return "cert";
  }
  return "?";
}

std::optional<IpAddress> IpAddress::Parse(std::string_view text) {
  std::string copy(text);
  IpAddress address;
  if (inet_pton(AF_INET, copy.c_str(), address.bytes.data()) == 1) {
    address.family = AF_INET;
    return address;
  }
  if (inet_pton(AF_INET6, copy.c_str(), address.bytes.data()) == 1) {
    address.family = AF_INET6;
    return address;
  }
  return std::nullopt;
}

std::optional<IpAddress> IpAddress::FromSockaddr(const sockaddr* address) {
  IpAddress result;
  if (address->sa_family == AF_INET) {
    const auto* v4 = reinterpret_cast<const sockaddr_in*>(address);
    result.family = AF_INET;
    std::memcpy(result.bytes.data(), &v4->sin_addr, 4);
    return result;
  }
  if (address->sa_family == AF_INET6) {
    const auto* v6 = reinterpret_cast<const sockaddr_in6*>(address);
    result.family = AF_INET6;
    std::memcpy(result.bytes.data(), &v6->sin6_addr, 16);
    return result;
  }
  return std::nullopt;
}

std::string IpAddress::ToString() const {
  char buffer[INET6_ADDRSTRLEN] = {};
  if (family != AF_INET && family != AF_INET6) return "";
  inet_ntop(family, bytes.data(), buffer, sizeof(buffer));
  return buffer;
}

Result<HbaRules> HbaRules::Parse(std::string_view text, std::string_view file_name) {
  HbaRules rules;
  int line_number = 0;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    ++line_number;
    start = end + 1;
    Result<std::vector<Field>> fields = Tokenize(line);
    Status status;
    if (fields.ok() && !fields->empty()) {
      Result<HbaRule> rule = ParseRule(*fields);
      if (rule.ok()) {
        rule->line_number = line_number;
        rule->line = std::string(line);
        rules.rules_.push_back(std::move(rule).value());
      } else {
        status = rule.TakeStatus();
      }
    } else if (!fields.ok()) {
      status = fields.TakeStatus();
    }
    if (!status.ok()) {
      return std::move(status).WithContext("line " + std::to_string(line_number) + " of configuration file \"" +
                                           std::string(file_name) + "\"");
    }
    if (end == text.size()) break;
  }
  return rules;
}

Result<HbaRules> HbaRules::Load(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    return Status::Error(sqlstate::kIoError, "could not open configuration file \"" + path + "\": " +
                                                 std::strerror(errno));
  }
  std::ostringstream contents;
  contents << file.rdbuf();
  return Parse(contents.str(), path);
}

const HbaRule* HbaRules::Match(const HbaConnection& connection) const {
  for (const HbaRule& rule : rules_) {
    if (MatchesType(rule, connection) && MatchesAddress(rule, connection) && MatchesDatabase(rule, connection) &&
        MatchesUser(rule, connection)) {
      return &rule;
    }
  }
  return nullptr;
}

}  // namespace augur::auth
