#include "auth/password.h"

#include <gtest/gtest.h>

namespace augur::auth {
namespace {

TEST(Base64, RoundTripAndStrictness) {
  EXPECT_EQ(Base64Encode(""), "");
  EXPECT_EQ(Base64Encode("n,,"), "biws");
  EXPECT_EQ(Base64Encode("y,,"), "eSws");
  EXPECT_EQ(Base64Encode("ab"), "YWI=");
  EXPECT_EQ(Base64Encode("a"), "YQ==");
  for (const std::string& s : std::vector<std::string>{"", "a", "ab", "abc", "abcd", std::string("\0\xff\x10", 3)}) {
    EXPECT_EQ(Base64Decode(Base64Encode(s)), s);
  }
  EXPECT_FALSE(Base64Decode("YQ"));       // no padding
  EXPECT_FALSE(Base64Decode("Y=Q="));     // data after '='
  EXPECT_FALSE(Base64Decode("YQ==YQ=="));  // padding in the middle
  EXPECT_FALSE(Base64Decode("Y Q="));
}

TEST(ScramSecret, ComputesRfc7677Keys) {
  ScramSecret secret = ComputeScramSecret("pencil", *Base64Decode("W22ZaJ0SNY7soEsUEjb6gQ=="), 4096);
  EXPECT_EQ(FormatScramSecret(secret),
            "SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$WG5d8oPm3OtcPnkdi4Uo7BkeZkBFzpcXkuLmtbsT4qY=:"
            "wfPLwcE6nTWhTAmQ7tl2KeoiWGPlZqQxSrmfPwDl2dU=");
}

TEST(ScramSecret, ParsesOnlyWellFormedSecrets) {
  const std::string good =
      "SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$WG5d8oPm3OtcPnkdi4Uo7BkeZkBFzpcXkuLmtbsT4qY=:"
      "wfPLwcE6nTWhTAmQ7tl2KeoiWGPlZqQxSrmfPwDl2dU=";
  std::optional<ScramSecret> parsed = ParseScramSecret(good);
  ASSERT_TRUE(parsed);
  EXPECT_EQ(parsed->iterations, 4096);
  EXPECT_EQ(parsed->salt.size(), 16u);
  EXPECT_EQ(FormatScramSecret(*parsed), good);
  EXPECT_EQ(GetPasswordType(good), PasswordType::kScramSha256);
  EXPECT_FALSE(ParseScramSecret("SCRAM-SHA-256$0:W22ZaJ0SNY7soEsUEjb6gQ==$WG5d8oPm3OtcPnkdi4Uo7BkeZkBFzpcXkuLmtbsT4qY=:"
                                "wfPLwcE6nTWhTAmQ7tl2KeoiWGPlZqQxSrmfPwDl2dU="));
  EXPECT_FALSE(ParseScramSecret("SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$YQ==:YQ=="));  // short keys
  EXPECT_FALSE(ParseScramSecret("SCRAM-SHA-256$x:YQ==$a:b"));
  EXPECT_FALSE(ParseScramSecret("SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ=="));
  EXPECT_EQ(GetPasswordType("SCRAM-SHA-256$garbage"), PasswordType::kPlaintext);
}

TEST(Md5, HashesAndTypes) {
  EXPECT_EQ(Md5PasswordHash("secret", "alice"), "md54a0a68b43b6cd5cf266fa02f196e2371");
  EXPECT_EQ(GetPasswordType("md54a0a68b43b6cd5cf266fa02f196e2371"), PasswordType::kMd5);
  EXPECT_EQ(GetPasswordType("md54A0A68B43B6CD5CF266FA02F196E2371"), PasswordType::kPlaintext);  // upper case
  EXPECT_EQ(GetPasswordType("md54a0a68b43b6cd5cf266fa02f196e237"), PasswordType::kPlaintext);   // short
  EXPECT_EQ(GetPasswordType("secret"), PasswordType::kPlaintext);
}

TEST(EncryptPassword, HashesPlaintextAndKeepsHashes) {
  std::string scram = EncryptPassword(PasswordEncryption::kScramSha256, "alice", "secret");
  EXPECT_EQ(GetPasswordType(scram), PasswordType::kScramSha256);
  EXPECT_EQ(scram.find("secret"), std::string::npos);
  EXPECT_NE(scram, EncryptPassword(PasswordEncryption::kScramSha256, "alice", "secret"));  // fresh salt
  EXPECT_EQ(EncryptPassword(PasswordEncryption::kMd5, "alice", "secret"), "md54a0a68b43b6cd5cf266fa02f196e2371");
  // Pre-hashed values are stored as given, whatever the method.
  EXPECT_EQ(EncryptPassword(PasswordEncryption::kScramSha256, "bob", "md54a0a68b43b6cd5cf266fa02f196e2371"),
            "md54a0a68b43b6cd5cf266fa02f196e2371");
  EXPECT_EQ(EncryptPassword(PasswordEncryption::kMd5, "bob", scram), scram);
}

TEST(Verify, PlaintextAgainstEitherSecret) {
  std::string scram = EncryptPassword(PasswordEncryption::kScramSha256, "alice", "secret");
  EXPECT_TRUE(VerifyPlaintextPassword("alice", scram, "secret"));
  EXPECT_FALSE(VerifyPlaintextPassword("alice", scram, "Secret"));
  EXPECT_FALSE(VerifyPlaintextPassword("alice", scram, ""));
  std::string md5 = Md5PasswordHash("secret", "alice");
  EXPECT_TRUE(VerifyPlaintextPassword("alice", md5, "secret"));
  EXPECT_FALSE(VerifyPlaintextPassword("bob", md5, "secret"));  // the salt is the name
  EXPECT_FALSE(VerifyPlaintextPassword("alice", "secret", "secret"));  // plaintext never matches
}

TEST(Verify, Md5Response) {
  std::string md5 = Md5PasswordHash("secret", "alice");
  const std::string salt("\x01\x02\x03\x04", 4);
  EXPECT_TRUE(VerifyMd5Response(md5, salt, "md598a0412b9c31436fc53776e863350083"));
  EXPECT_FALSE(VerifyMd5Response(md5, salt, "md598a0412b9c31436fc53776e863350084"));
  EXPECT_FALSE(VerifyMd5Response(md5, std::string("\x01\x02\x03\x05", 4), "md598a0412b9c31436fc53776e863350083"));
  EXPECT_FALSE(VerifyMd5Response("SCRAM-SHA-256$...", salt, "md598a0412b9c31436fc53776e863350083"));
}

TEST(PasswordEncryptionNames, Parse) {
  EXPECT_EQ(ParsePasswordEncryption("md5"), PasswordEncryption::kMd5);
  EXPECT_EQ(ParsePasswordEncryption("scram-sha-256"), PasswordEncryption::kScramSha256);
  EXPECT_FALSE(ParsePasswordEncryption("on"));
}

}  // namespace
}  // namespace augur::auth
