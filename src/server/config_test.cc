// Tests of augurdb's flag and environment handling.
#include "server/config.h"

#include <stdlib.h>

#include <gtest/gtest.h>

namespace augur::server {
namespace {

ServerConfig Parse(std::vector<std::string> args) {
  CLI::App app;
  ServerConfig config;
  AddServerFlags(app, config);
  std::vector<const char*> argv = {"augurdb"};
  for (const std::string& arg : args) argv.push_back(arg.c_str());
  app.parse(static_cast<int>(argv.size()), const_cast<char**>(argv.data()));
  return config;
}

TEST(ServerConfigTest, DefaultsMatchPostgres) {
  ServerConfig config = Parse({});
  EXPECT_EQ(config.listen_addresses, "127.0.0.1");
  EXPECT_EQ(config.port, 5432);
  EXPECT_EQ(config.data_dir, "augurdb-data");
  EXPECT_EQ(config.max_connections, 100);
  net::ServerOptions options = *ToServerOptions(config);
  EXPECT_EQ(options.port, 5432);
  EXPECT_EQ(options.max_connections, 100);
}

TEST(ServerConfigTest, ConnectionSliceIsZeroOrWhatLinuxAccepts) {
  EXPECT_EQ(ToServerOptions(Parse({}))->connection_slice_ns, 0u);
  EXPECT_EQ(ToServerOptions(Parse({"--connection-slice-us", "100"}))->connection_slice_ns, 100000u);
  EXPECT_EQ(ToServerOptions(Parse({"--connection-slice-us", "0"}))->connection_slice_ns, 0u);
  EXPECT_THROW(Parse({"--connection-slice-us", "50"}), CLI::ValidationError);
  EXPECT_THROW(Parse({"--connection-slice-us", "100001"}), CLI::ValidationError);
  EXPECT_THROW(Parse({"--connection-slice-us", "-1"}), CLI::ValidationError);
}

TEST(ServerConfigTest, ConnectionAffinityIsClientUnlessNone) {
  EXPECT_EQ(ToServerOptions(Parse({}))->connection_affinity, net::ConnectionAffinity::kClientCpu);
  EXPECT_EQ(ToServerOptions(Parse({"--connection-affinity", "none"}))->connection_affinity,
            net::ConnectionAffinity::kNone);
  EXPECT_EQ(ToServerOptions(Parse({"--connection-affinity", "client"}))->connection_affinity,
            net::ConnectionAffinity::kClientCpu);
  EXPECT_THROW(Parse({"--connection-affinity", "cpu0"}), CLI::ValidationError);
}

TEST(ServerConfigTest, FlagsBeatEnvironmentWhichBeatsDefaults) {
  setenv("AUGURDB_PORT", "6001", 1);
  setenv("AUGURDB_DATA_DIR", "/tmp/from-env", 1);
  setenv("AUGURDB_LISTEN", "*", 1);
  ServerConfig config = Parse({"--port", "6002", "--max-connections", "7"});
  unsetenv("AUGURDB_PORT");
  unsetenv("AUGURDB_DATA_DIR");
  unsetenv("AUGURDB_LISTEN");
  EXPECT_EQ(config.port, 6002);
  EXPECT_EQ(config.data_dir, "/tmp/from-env");
  EXPECT_EQ(config.listen_addresses, "*");
  EXPECT_EQ(config.max_connections, 7);
}

TEST(ServerConfigTest, RejectsOutOfRangeValues) {
  EXPECT_THROW(Parse({"--port", "70000"}), CLI::ValidationError);
  EXPECT_THROW(Parse({"--max-connections", "0"}), CLI::ValidationError);
  EXPECT_THROW(Parse({"--log-level", "loud"}), CLI::ValidationError);
}

}  // namespace
}  // namespace augur::server
