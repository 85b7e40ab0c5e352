#include "auth/hba.h"

#include <gtest/gtest.h>

namespace augur::auth {
namespace {

HbaConnection Tcp(std::string_view address, std::string_view user, std::string_view database, bool ssl = false) {
  HbaConnection connection;
  connection.address = *IpAddress::Parse(address);
  connection.user = user;
  connection.database = database;
  connection.ssl = ssl;
  return connection;
}

TEST(Hba, ParsesAndMatchesFirstRule) {
  Result<HbaRules> rules = HbaRules::Parse(
      "# comment line\n"
      "local   all        postgres                  trust\n"
      "hostssl app        alice,bob   ::1/128       md5   # trailing comment\n"
      "host    all        \"all\"       127.0.0.1/32  password\n"
      "hostnossl sameuser all        127.0.0.0 255.0.0.0 scram-sha-256\n"
      "host    \"db one\", db2  +admin  0.0.0.0/0     reject\n"
      "host    all        all         all           scram-sha-256\n",
      "hba.conf");
  ASSERT_TRUE(rules.ok()) << rules.status().ToString() << " " << rules.status().context();
  ASSERT_EQ(rules->rules().size(), 6u);
  EXPECT_EQ(rules->rules()[1].line_number, 3);

  HbaConnection local;
  local.local = true;
  local.user = "postgres";
  local.database = "x";
  ASSERT_NE(rules->Match(local), nullptr);
  EXPECT_EQ(rules->Match(local)->method, AuthMethod::kTrust);
  local.user = "alice";
  EXPECT_EQ(rules->Match(local), nullptr);  // no local rule for alice

  EXPECT_EQ(rules->Match(Tcp("::1", "alice", "app", true))->method, AuthMethod::kMd5);
  EXPECT_EQ(rules->Match(Tcp("::1", "alice", "app", false))->method, AuthMethod::kScramSha256);  // hostssl skipped
  // "all" quoted is a role named all.
  EXPECT_EQ(rules->Match(Tcp("127.0.0.1", "all", "d"))->method, AuthMethod::kPassword);
  EXPECT_EQ(rules->Match(Tcp("127.0.0.1", "carol", "carol"))->line_number, 5);  // sameuser, mask
  EXPECT_EQ(rules->Match(Tcp("127.0.0.1", "carol", "other"))->line_number, 7);
  EXPECT_EQ(rules->Match(Tcp("127.0.0.1", "carol", "carol", true))->line_number, 7);  // hostnossl skipped
  EXPECT_EQ(rules->Match(Tcp("10.1.2.3", "admin", "db one"))->method, AuthMethod::kReject);
  EXPECT_EQ(rules->Match(Tcp("10.1.2.3", "admin", "db2"))->method, AuthMethod::kReject);
  EXPECT_EQ(rules->Match(Tcp("10.1.2.3", "admin", "db3"))->line_number, 7);
}

TEST(Hba, PlusRoleAndSameroleMatchMembers) {
  Result<HbaRules> rules = HbaRules::Parse(
      "host  samerole  all     127.0.0.1/32  trust\n"
      "host  all       +staff  127.0.0.1/32  md5\n"
      "host  all       all     127.0.0.1/32  reject\n",
      "f");
  ASSERT_TRUE(rules.ok()) << rules.status().ToString();
  std::vector<std::string> member_of = {"staff", "readers"};
  HbaConnection alice = Tcp("127.0.0.1", "alice", "readers");
  EXPECT_EQ(rules->Match(alice)->line_number, 3);  // no memberships given
  alice.member_of = &member_of;
  EXPECT_EQ(rules->Match(alice)->line_number, 1);  // samerole: member of role "readers"
  alice.database = "app";
  EXPECT_EQ(rules->Match(alice)->line_number, 2);  // +staff: member of staff
  EXPECT_EQ(rules->Match(Tcp("127.0.0.1", "staff", "app"))->line_number, 2);  // the role itself
  EXPECT_EQ(rules->Match(Tcp("127.0.0.1", "bob", "app"))->line_number, 3);
}

TEST(Hba, ClientCertificateOptions) {
  Result<HbaRules> rules = HbaRules::Parse(
      "hostssl all a 127.0.0.1/32 cert\n"
      "hostssl all b 127.0.0.1/32 scram-sha-256 clientcert=verify-ca\n"
      "hostssl all c 127.0.0.1/32 md5 clientcert=verify-full\n"
      "hostssl all d 127.0.0.1/32 md5\n",
      "f");
  ASSERT_TRUE(rules.ok()) << rules.status().ToString();
  EXPECT_EQ(rules->rules()[0].method, AuthMethod::kCert);
  EXPECT_EQ(rules->rules()[0].client_cert, ClientCert::kVerifyFull);
  EXPECT_EQ(rules->rules()[1].client_cert, ClientCert::kVerifyCa);
  EXPECT_EQ(rules->rules()[2].client_cert, ClientCert::kVerifyFull);
  EXPECT_EQ(rules->rules()[3].client_cert, ClientCert::kOff);
}

TEST(Hba, NoMatch) {
  Result<HbaRules> rules = HbaRules::Parse("host all all 127.0.0.1/32 trust\n", "f");
  ASSERT_TRUE(rules.ok());
  EXPECT_EQ(rules->Match(Tcp("127.0.0.2", "u", "d")), nullptr);
  EXPECT_EQ(rules->Match(Tcp("::1", "u", "d")), nullptr);
  EXPECT_NE(rules->Match(Tcp("127.0.0.1", "u", "d")), nullptr);
  EXPECT_TRUE(HbaRules::Parse("", "f")->rules().empty());
}

TEST(Hba, CidrMasks) {
  Result<HbaRules> rules = HbaRules::Parse("host all all 192.168.4.0/22 trust\nhost all all fe80::/10 md5", "f");
  ASSERT_TRUE(rules.ok());
  EXPECT_NE(rules->Match(Tcp("192.168.7.255", "u", "d")), nullptr);
  EXPECT_EQ(rules->Match(Tcp("192.168.8.0", "u", "d")), nullptr);
  EXPECT_EQ(rules->Match(Tcp("fe80::1", "u", "d"))->method, AuthMethod::kMd5);
  EXPECT_EQ(rules->Match(Tcp("fec0::1", "u", "d")), nullptr);
}

TEST(Hba, ErrorsNameTheLine) {
  auto error = [](std::string_view text) {
    Result<HbaRules> rules = HbaRules::Parse(text, "hba.conf");
    EXPECT_FALSE(rules.ok());
    return rules.ok() ? Status::Ok() : rules.TakeStatus();
  };
  Status s = error("\n\nhosts all all 127.0.0.1/32 trust");
  EXPECT_EQ(s.sqlstate(), "F0000");
  EXPECT_EQ(s.message(), "invalid connection type \"hosts\"");
  EXPECT_EQ(s.context(), "line 3 of configuration file \"hba.conf\"");
  EXPECT_EQ(error("host all all 127.0.0.1/32 ident").message(), "invalid authentication method \"ident\"");
  EXPECT_EQ(error("host all all 127.0.0.1/33 trust").message(), "invalid CIDR mask in address \"127.0.0.1/33\"");
  EXPECT_EQ(error("host all all").message(), "end-of-line before IP address specification");
  EXPECT_EQ(error("host all").message(), "end-of-line before role specification");
  EXPECT_EQ(error("local all all").message(), "end-of-line before authentication method");
  EXPECT_EQ(error("host all all 127.0.0.1/32 md5 clientcert=verify-full").message(),
            "clientcert can only be configured for \"hostssl\" rows");
  EXPECT_EQ(error("hostssl all all 127.0.0.1/32 md5 map=x").message(), "authentication option \"map\" is not supported");
  EXPECT_EQ(error("hostssl all all 127.0.0.1/32 md5 clientcert=maybe").message(),
            "invalid value for clientcert: \"maybe\"");
  EXPECT_EQ(error("hostssl all all 127.0.0.1/32 cert clientcert=verify-ca").message(),
            "clientcert only accepts \"verify-full\" when using \"cert\" authentication");
  EXPECT_EQ(error("host all all 127.0.0.1/32 cert").message(),
            "cert authentication is only supported on hostssl connections");
  EXPECT_FALSE(HbaRules::Parse("host all all localhost trust", "f").ok());
  EXPECT_FALSE(HbaRules::Parse("host all all 127.0.0.1 trust", "f").ok());  // mask missing/invalid
  EXPECT_FALSE(HbaRules::Parse("host \"unterminated all all 127.0.0.1/32 trust", "f").ok());
}

}  // namespace
}  // namespace augur::auth
