#include "auth/scram.h"

#include <gtest/gtest.h>

namespace augur::auth {
namespace {

// RFC 7677 section 3: user "user", password "pencil".
const char kClientFirst[] = "n,,n=user,r=rOprNGfwEbeRWgbNEkqO";
const char kServerNonce[] = "%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0";
const char kServerFirst[] =
    "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";
const char kClientFinal[] =
    "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=";
const char kServerFinal[] = "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=";

std::string PencilSecret() {
  return FormatScramSecret(ComputeScramSecret("pencil", *Base64Decode("W22ZaJ0SNY7soEsUEjb6gQ=="), 4096));
}

ScramExchange Rfc7677Exchange(std::optional<std::string> secret = PencilSecret()) {
  ScramExchange exchange("user", secret, "mock-key", "");
  exchange.SetServerNonceForTest(kServerNonce);
  return exchange;
}

TEST(Scram, Rfc7677ExampleExactly) {
  ScramExchange exchange = Rfc7677Exchange();
  ASSERT_EQ(exchange.Mechanisms(), std::vector<std::string_view>{"SCRAM-SHA-256"});
  Result<std::string> server_first = exchange.HandleClientFirst("SCRAM-SHA-256", kClientFirst);
  ASSERT_TRUE(server_first.ok()) << server_first.status().ToString();
  EXPECT_EQ(*server_first, kServerFirst);
  std::string server_final;
  Result<bool> ok = exchange.HandleClientFinal(kClientFinal, &server_final);
  ASSERT_TRUE(ok.ok()) << ok.status().ToString();
  EXPECT_TRUE(*ok);
  EXPECT_EQ(server_final, kServerFinal);
}

TEST(Scram, WrongProofFails) {
  ScramExchange exchange = Rfc7677Exchange(
      FormatScramSecret(ComputeScramSecret("pencil2", *Base64Decode("W22ZaJ0SNY7soEsUEjb6gQ=="), 4096)));
  ASSERT_TRUE(exchange.HandleClientFirst("SCRAM-SHA-256", kClientFirst).ok());
  std::string server_final;
  Result<bool> ok = exchange.HandleClientFinal(kClientFinal, &server_final);
  ASSERT_TRUE(ok.ok());
  EXPECT_FALSE(*ok);
  EXPECT_TRUE(server_final.empty());
}

TEST(Scram, MockSecretAlwaysFailsWithStableSalt) {
  for (std::optional<std::string> stored : {std::optional<std::string>(), std::optional<std::string>("md5abc")}) {
    ScramExchange exchange = Rfc7677Exchange(stored);
    Result<std::string> first = exchange.HandleClientFirst("SCRAM-SHA-256", kClientFirst);
    ASSERT_TRUE(first.ok());
    ScramExchange again = Rfc7677Exchange(stored);
    EXPECT_EQ(*first, *again.HandleClientFirst("SCRAM-SHA-256", kClientFirst));  // same salt each time
    std::string server_final;
    Result<bool> ok = exchange.HandleClientFinal(kClientFinal, &server_final);
    ASSERT_TRUE(ok.ok());
    EXPECT_FALSE(*ok);
    EXPECT_FALSE(exchange.failure_detail().empty());
  }
}

Status FirstError(std::string_view mechanism, std::string_view message, std::string certificate_hash = "") {
  ScramExchange exchange("user", PencilSecret(), "k", std::move(certificate_hash));
  Result<std::string> result = exchange.HandleClientFirst(mechanism, message);
  return result.ok() ? Status::Ok() : result.TakeStatus();
}

TEST(Scram, ClientFirstErrorsAsPostgres) {
  Status s = FirstError("SCRAM-SHA-1", kClientFirst);
  EXPECT_EQ(s.sqlstate(), "08P01");
  EXPECT_EQ(s.message(), "client selected an invalid SASL authentication mechanism");
  s = FirstError("SCRAM-SHA-256-PLUS", kClientFirst);  // no TLS: PLUS was never offered
  EXPECT_EQ(s.message(), "client selected an invalid SASL authentication mechanism");
  s = FirstError("SCRAM-SHA-256", "x,,n=,r=abc");
  EXPECT_EQ(s.message(), "malformed SCRAM message");
  EXPECT_EQ(s.detail(), "Unexpected channel-binding flag \"x\".");
  s = FirstError("SCRAM-SHA-256", "n,a=bob,n=,r=abc");
  EXPECT_EQ(s.sqlstate(), "0A000");
  EXPECT_EQ(s.message(), "client uses authorization identity, but it is not supported");
  s = FirstError("SCRAM-SHA-256", "n,,m=ext,n=,r=abc");
  EXPECT_EQ(s.message(), "client requires an unsupported SCRAM extension");
  s = FirstError("SCRAM-SHA-256", "p=tls-server-end-point,,n=,r=abc");
  EXPECT_EQ(s.detail(),
            "The client selected SCRAM-SHA-256 without channel binding, but the SCRAM message includes channel "
            "binding data.");
  s = FirstError("SCRAM-SHA-256", "n,,n=,x=abc");
  EXPECT_EQ(s.detail(), "Expected attribute \"r\" but found \"x\".");
  s = FirstError("SCRAM-SHA-256", "");
  EXPECT_EQ(s.detail(), "The message is empty.");
  s = FirstError("SCRAM-SHA-256", "n,,n=,r=a\x01");
  EXPECT_EQ(s.message(), "non-printable characters in SCRAM nonce");
  // Under TLS: 'y' means the client thinks we do not offer channel binding.
  s = FirstError("SCRAM-SHA-256", "y,,n=,r=abc", "certificate-hash");
  EXPECT_EQ(s.message(), "SCRAM channel binding negotiation error");
  EXPECT_TRUE(FirstError("SCRAM-SHA-256", "y,,n=,r=abc").ok());
  EXPECT_TRUE(FirstError("SCRAM-SHA-256", "n,,n=,r=abc,x=ext").ok());
}

TEST(Scram, ClientFinalErrorsAsPostgres) {
  auto final_error = [](std::string_view message) {
    ScramExchange exchange = Rfc7677Exchange();
    EXPECT_TRUE(exchange.HandleClientFirst("SCRAM-SHA-256", kClientFirst).ok());
    std::string server_final;
    Result<bool> result = exchange.HandleClientFinal(message, &server_final);
    return result.ok() ? Status::Ok() : result.TakeStatus();
  };
  Status s = final_error("c=eSws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=YQ==");
  EXPECT_EQ(s.message(), "unexpected SCRAM channel-binding attribute in client-final-message");
  s = final_error("c=biws,r=rOprNGfwEbeRWgbNEkqOXXX,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=");
  EXPECT_EQ(s.message(), "invalid SCRAM response");
  EXPECT_EQ(s.detail(), "Nonce does not match.");
  s = final_error("c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=YQ==");
  EXPECT_EQ(s.detail(), "Malformed proof in client-final-message.");
  s = final_error(std::string(kClientFinal) + ",x=1");
  EXPECT_EQ(s.detail(), "Garbage found at the end of client-final-message.");
}

TEST(Scram, ChannelBindingUnderTls) {
  const std::string hash(32, '\x42');
  ScramExchange exchange("user", PencilSecret(), "k", hash);
  EXPECT_EQ(exchange.Mechanisms(), (std::vector<std::string_view>{"SCRAM-SHA-256-PLUS", "SCRAM-SHA-256"}));
  exchange.SetServerNonceForTest(kServerNonce);
  ASSERT_TRUE(exchange.HandleClientFirst("SCRAM-SHA-256-PLUS", "p=tls-server-end-point,,n=user,r=abc").ok());
  std::string server_final;
  Result<bool> wrong = exchange.HandleClientFinal(
      "c=" + Base64Encode("p=tls-server-end-point,," + std::string(32, 'x')) + ",r=abc" + kServerNonce + ",p=" +
          Base64Encode(std::string(32, 'p')),
      &server_final);
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.status().message(), "SCRAM channel binding check failed");
}

}  // namespace
}  // namespace augur::auth
