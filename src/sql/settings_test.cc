// Unit tests of the settings registry and SessionSettings' transactional
// rules (expected values and messages as PostgreSQL 15 gives them).
#include "sql/settings.h"

#include <gtest/gtest.h>

namespace augur::sql {
namespace {

using Action = SessionSettings::Action;
using Source = SessionSettings::Source;

std::string Normalize(std::string_view name, std::string_view value) {
  const SettingDefinition* d = FindSetting(name);
  EXPECT_NE(d, nullptr) << name;
  auto result = NormalizeSettingValue(*d, value);
  return result.ok() ? *result : "ERROR " + std::string(result.status().sqlstate()) + " " + result.status().message();
}

TEST(SettingsRegistry, SortedUniqueAndFindable) {
  const auto& all = AllSettings();
  ASSERT_GT(all.size(), 40u);
  for (size_t i = 1; i < all.size(); ++i) {
    std::string a(all[i - 1].name), b(all[i].name);
    for (char& c : a) c = static_cast<char>(std::tolower(c));
    for (char& c : b) c = static_cast<char>(std::tolower(c));
    EXPECT_LT(a, b);
  }
  EXPECT_EQ(FindSetting("datestyle"), FindSetting("DateStyle"));
  EXPECT_EQ(FindSetting("DATESTYLE")->name, "DateStyle");
  EXPECT_EQ(FindSetting("nope"), nullptr);
  // Every boot value is valid for its own definition.
  for (const SettingDefinition& d : all) {
    auto normalized = NormalizeSettingValue(d, d.boot_value);
    ASSERT_TRUE(normalized.ok()) << d.name << ": " << normalized.status().ToString();
    EXPECT_EQ(*normalized, d.boot_value) << d.name;
  }
}

TEST(SettingsRegistry, ReportedSettingsMatchPostgres15) {
  std::vector<std::string> reported;
  for (const SettingDefinition& d : AllSettings()) {
    if (d.report) reported.emplace_back(d.name);
  }
  EXPECT_EQ(reported, (std::vector<std::string>{"application_name", "client_encoding", "DateStyle",
                                                "default_transaction_read_only", "in_hot_standby",
                                                "integer_datetimes", "IntervalStyle", "is_superuser",
                                                "server_encoding", "server_version", "session_authorization",
                                                "standard_conforming_strings", "TimeZone"}));
}

TEST(SettingsRegistry, IntegersWithUnits) {
  EXPECT_EQ(Normalize("statement_timeout", "60000"), "1min");
  EXPECT_EQ(Normalize("statement_timeout", "1.5s"), "1500ms");
  EXPECT_EQ(Normalize("statement_timeout", "2 min"), "2min");
  EXPECT_EQ(Normalize("statement_timeout", "1000us"), "1ms");
  EXPECT_EQ(Normalize("statement_timeout", "500us"), "0");
  EXPECT_EQ(Normalize("statement_timeout", "1d"), "1d");
  EXPECT_EQ(Normalize("lock_timeout", "0.5"), "0");
  EXPECT_EQ(Normalize("work_mem", "64MB"), "64MB");
  EXPECT_EQ(Normalize("work_mem", "1GB"), "1GB");
  EXPECT_EQ(Normalize("extra_float_digits", "1.6"), "2");
  EXPECT_EQ(Normalize("statement_timeout", "-5"),
            "ERROR 22023 -5 ms is outside the valid range for parameter \"statement_timeout\" (0 .. 2147483647)");
  EXPECT_EQ(Normalize("extra_float_digits", "5"),
            "ERROR 22023 5 is outside the valid range for parameter \"extra_float_digits\" (-15 .. 3)");
  EXPECT_EQ(Normalize("statement_timeout", "10x"),
            "ERROR 22023 invalid value for parameter \"statement_timeout\": \"10x\"");
  const SettingDefinition* d = FindSetting("statement_timeout");
  EXPECT_EQ(NormalizeSettingValue(*d, "10x").status().hint(),
            "Valid units for this parameter are \"us\", \"ms\", \"s\", \"min\", \"h\", and \"d\".");
  EXPECT_EQ(SettingIntValue(*d, "1500ms"), 1500);
  EXPECT_EQ(SettingIntValue(*d, "2min"), 120000);
}

TEST(SettingsRegistry, BooleansEnumsAndStrings) {
  EXPECT_EQ(Normalize("enable_seqscan", "of"), "off");
  EXPECT_EQ(Normalize("enable_seqscan", "TR"), "on");
  EXPECT_EQ(Normalize("enable_seqscan", "1"), "on");
  EXPECT_EQ(Normalize("enable_seqscan", "o"), "ERROR 22023 parameter \"enable_seqscan\" requires a Boolean value");
  EXPECT_EQ(Normalize("synchronous_commit", "true"), "on");
  EXPECT_EQ(Normalize("synchronous_commit", "OFF"), "off");
  EXPECT_EQ(Normalize("default_transaction_isolation", "REPEATABLE READ"), "repeatable read");
  const SettingDefinition* d = FindSetting("synchronous_commit");
  EXPECT_EQ(NormalizeSettingValue(*d, "bogus").status().hint(),
            "Available values: local, remote_write, remote_apply, on, off.");
  EXPECT_EQ(Normalize("DateStyle", "iso"), "ISO, MDY");
  EXPECT_EQ(Normalize("DateStyle", "ISO, US"), "ISO, MDY");
  EXPECT_EQ(Normalize("DateStyle", "foo"), "ERROR 22023 invalid value for parameter \"DateStyle\": \"foo\"");
  EXPECT_EQ(NormalizeSettingValue(*FindSetting("DateStyle"), "iso,sql").status().detail(),
            "Conflicting \"datestyle\" specifications.");
  // Styles augurdb cannot print are refused, never printed as ISO.
  EXPECT_EQ(Normalize("DateStyle", "SQL").substr(0, 11), "ERROR 0A000");
  EXPECT_EQ(Normalize("DateStyle", "ISO, DMY").substr(0, 11), "ERROR 0A000");
  EXPECT_EQ(Normalize("client_encoding", "utf-8"), "UTF8");
  EXPECT_EQ(Normalize("client_encoding", "LATIN1").substr(0, 11), "ERROR 0A000");
  EXPECT_EQ(Normalize("client_encoding", "foo"), "ERROR 22023 invalid value for parameter \"client_encoding\": \"foo\"");
  EXPECT_EQ(Normalize("application_name", "h\xc3\xa9llo"), "h??llo");
  EXPECT_EQ(Normalize("search_path", "\"$user\", public"), "\"$user\", public");
  EXPECT_EQ(Normalize("search_path", "a,,b").substr(0, 11), "ERROR 22023");
  EXPECT_EQ(Normalize("TimeZone", "UTC"), "UTC");
  EXPECT_EQ(Normalize("TimeZone", "bogus/zone"),
            "ERROR 22023 invalid value for parameter \"TimeZone\": \"bogus/zone\"");
}

TEST(SessionSettings, SetResetAndErrors) {
  SessionSettings s;
  EXPECT_EQ(*s.Get("search_path"), "\"$user\", public");
  ASSERT_TRUE(s.Set("search_path", "foo", Action::kSet).ok());
  EXPECT_EQ(*s.Get("SEARCH_PATH"), "foo");
  ASSERT_TRUE(s.Set("search_path", std::nullopt, Action::kSet).ok());
  EXPECT_EQ(*s.Get("search_path"), "\"$user\", public");
  EXPECT_TRUE(s.Set("nope", "1", Action::kSet).Is("42704"));
  EXPECT_TRUE(s.Set("server_version", "1", Action::kSet).Is("55P02"));
  EXPECT_TRUE(s.Set("max_connections", "5", Action::kSet).Is("55P02"));
  EXPECT_TRUE(s.Set("standard_conforming_strings", "off", Action::kSet).Is("0A000"));
  EXPECT_TRUE(s.Set("IntervalStyle", "sql_standard", Action::kSet).Is("0A000"));
  // Startup values become the RESET value.
  ASSERT_TRUE(s.Set("application_name", "psql", Action::kSet, Source::kStartup).ok());
  ASSERT_TRUE(s.Set("application_name", "other", Action::kSet).ok());
  s.ResetAll();
  EXPECT_EQ(*s.Get("application_name"), "psql");
  // Custom placeholders.
  EXPECT_FALSE(s.Get("app.user").has_value());
  ASSERT_TRUE(s.Set("app.user", "7", Action::kSet).ok());
  EXPECT_EQ(*s.Get("APP.user"), "7");
  EXPECT_EQ(s.statement_timeout_ms(), 0);
  ASSERT_TRUE(s.Set("statement_timeout", "2s", Action::kSet).ok());
  EXPECT_EQ(s.statement_timeout_ms(), 2000);
  ASSERT_TRUE(s.Set("synchronous_commit", "off", Action::kSet).ok());
  EXPECT_FALSE(s.synchronous_commit());
  ASSERT_TRUE(s.Set("extra_float_digits", "-3", Action::kSet).ok());
  EXPECT_EQ(s.extra_float_digits(), -3);
}

TEST(SessionSettings, TransactionRules) {
  SessionSettings s;
  auto get = [&] { return *s.Get("search_path"); };
  // Abort undoes SET.
  s.BeginTransaction();
  ASSERT_TRUE(s.Set("search_path", "a", Action::kSet).ok());
  s.EndTransaction(false);
  EXPECT_EQ(get(), "\"$user\", public");
  // Commit keeps SET; SET LOCAL ends with the transaction.
  s.BeginTransaction();
  ASSERT_TRUE(s.Set("search_path", "a", Action::kSet).ok());
  s.EndTransaction(true);
  EXPECT_EQ(get(), "a");
  s.BeginTransaction();
  ASSERT_TRUE(s.Set("search_path", "local", Action::kLocal).ok());
  EXPECT_EQ(get(), "local");
  s.EndTransaction(true);
  EXPECT_EQ(get(), "a");
  // SET then SET LOCAL: commit keeps the SET's value.
  s.BeginTransaction();
  ASSERT_TRUE(s.Set("search_path", "b", Action::kSet).ok());
  ASSERT_TRUE(s.Set("search_path", "c", Action::kLocal).ok());
  s.EndTransaction(true);
  EXPECT_EQ(get(), "b");
  // SET LOCAL then SET: the SET wins.
  s.BeginTransaction();
  ASSERT_TRUE(s.Set("search_path", "d", Action::kLocal).ok());
  ASSERT_TRUE(s.Set("search_path", "e", Action::kSet).ok());
  s.EndTransaction(true);
  EXPECT_EQ(get(), "e");
  // Savepoints: rollback to undoes, release keeps, local migrates down.
  s.BeginTransaction();
  s.BeginSubtransaction();
  ASSERT_TRUE(s.Set("search_path", "f", Action::kSet).ok());
  s.EndSubtransaction(false);
  EXPECT_EQ(get(), "e");
  s.BeginSubtransaction();
  ASSERT_TRUE(s.Set("search_path", "g", Action::kSet).ok());
  s.BeginSubtransaction();
  ASSERT_TRUE(s.Set("search_path", "h", Action::kLocal).ok());
  s.EndSubtransaction(true);
  EXPECT_EQ(get(), "h");
  s.EndSubtransaction(true);
  EXPECT_EQ(get(), "h");
  s.EndTransaction(true);
  EXPECT_EQ(get(), "g");
  // Nested SET in a subtransaction, aborting the whole transaction.
  s.BeginTransaction();
  s.BeginSubtransaction();
  s.BeginSubtransaction();
  ASSERT_TRUE(s.Set("search_path", "i", Action::kSet).ok());
  s.EndSubtransaction(true);
  s.EndSubtransaction(true);
  EXPECT_EQ(get(), "i");
  s.EndTransaction(false);
  EXPECT_EQ(get(), "g");
  // Custom placeholders follow the same rules.
  s.BeginTransaction();
  ASSERT_TRUE(s.Set("app.x", "1", Action::kSet).ok());
  s.EndTransaction(false);
  EXPECT_EQ(*s.Get("app.x"), "");
}

TEST(SessionSettings, ParameterStatusOnlyWhenChanged) {
  SessionSettings s;
  auto all = s.TakeAllReports();
  ASSERT_EQ(all.size(), 13u);
  EXPECT_EQ(all[0], (std::pair<std::string, std::string>("application_name", "")));
  EXPECT_TRUE(s.TakeChangedReports().empty());
  // Changed and rolled back: nothing to report.
  s.BeginTransaction();
  ASSERT_TRUE(s.Set("application_name", "x", Action::kSet).ok());
  s.EndTransaction(false);
  EXPECT_TRUE(s.TakeChangedReports().empty());
  // Unreported settings never appear.
  ASSERT_TRUE(s.Set("search_path", "x", Action::kSet).ok());
  EXPECT_TRUE(s.TakeChangedReports().empty());
  ASSERT_TRUE(s.Set("application_name", "y", Action::kSet).ok());
  ASSERT_TRUE(s.Set("TimeZone", "UTC", Action::kSet).ok());
  auto changed = s.TakeChangedReports();
  ASSERT_EQ(changed.size(), 1u);
  EXPECT_EQ(changed[0], (std::pair<std::string, std::string>("application_name", "y")));
  // SET LOCAL: reported, then reported again when the transaction ends.
  s.BeginTransaction();
  ASSERT_TRUE(s.Set("application_name", "z", Action::kLocal).ok());
  EXPECT_EQ(s.TakeChangedReports().size(), 1u);
  s.EndTransaction(true);
  changed = s.TakeChangedReports();
  ASSERT_EQ(changed.size(), 1u);
  EXPECT_EQ(changed[0].second, "y");
}

TEST(Version, LooksLikePostgres15) {
  EXPECT_EQ(VersionString().rfind("PostgreSQL 15.", 0), 0u);
  EXPECT_NE(VersionString().find("(augurdb "), std::string::npos);
  EXPECT_NE(VersionString().find("x86_64-pc-linux-gnu"), std::string::npos);
}

}  // namespace
}  // namespace augur::sql
