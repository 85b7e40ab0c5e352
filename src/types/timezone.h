// Time zones: UTC, fixed offsets, and named zones read from the system's TZif
// files (/usr/share/zoneinfo, tzdata package; no zone data is compiled in).
// Time zone abbreviations in timestamp literals (EST, CEST, ...) come from
// PostgreSQL's own /usr/share/postgresql/15/timezonesets/Default when present.
//
// Offsets are seconds EAST of UTC (ISO 8601 sign, as timestamptz output shows).
// Thread-safety: TimeZone objects are immutable, loaded once and cached for
// the life of the process; Find() is safe to call concurrently.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"

namespace augur::types {

class TimeZone {
 public:
  static const TimeZone* Utc();
  // A zone with a constant offset (seconds east of UTC).
  static const TimeZone* FixedOffset(int32_t seconds_east);
  // A TimeZone setting value as PostgreSQL's TimeZone GUC reads it:
  //   a plain number of hours ("5", "-7", "5.5"): SQL sign, east positive;
  //   a zone name from the tz database ("UTC", "America/New_York", "Etc/GMT+5");
  //   a POSIX offset ("<+05>-5", "UTC+3": west positive, as POSIX).
  // 22023 invalid value for parameter "TimeZone": "..."
  static Result<const TimeZone*> Find(std::string_view name);
  // A zone named inside a timestamp literal ('... America/New_York', '... EST'):
  // tz database names, then abbreviations. 22023 time zone "..." not recognized.
  static Result<const TimeZone*> FindForLiteral(std::string_view name);

  const std::string& name() const { return name_; }
  bool is_fixed() const { return transitions_.empty(); }
  // Offset in effect at a UTC instant (seconds since 1970).
  int32_t OffsetAtUtc(int64_t utc_seconds) const;
  // Offset to use for a local wall-clock time (seconds since 1970, local), with
  // PostgreSQL's rule for gaps (use the offset before the transition) and
  // overlaps (use the offset after it).
  int32_t OffsetForLocal(int64_t local_seconds) const;
  // The abbreviation in effect at a UTC instant ("EST", "+0530", or "" for
  // zones that have none, such as a bare POSIX offset '+05:30').
  const std::string& AbbreviationAtUtc(int64_t utc_seconds) const;
  // The offset an abbreviation ("MSK", upper case) of this zone meant around
  // a UTC instant: its latest use at or before it, else its first use after
  // (PostgreSQL's pg_interpret_timezone_abbrev). False if the zone never used it.
  bool OffsetForAbbreviation(std::string_view abbreviation, int64_t utc_seconds, int32_t* offset) const;

  // Internal: built by the loader.
  TimeZone(std::string name, int32_t fixed_offset, std::string abbreviation = "")
      : name_(std::move(name)), initial_offset_(fixed_offset), initial_abbreviation_(std::move(abbreviation)) {}
  struct Transition {
    int64_t at_utc_seconds;
    int32_t offset_after;
    int32_t type;  // index into the local time types
  };
  struct LocalType {
    int32_t offset;
    std::string abbreviation;
  };
  // `explicit_count` transitions came from the file; the rest were generated
  // from its rule and repeat every 400 years after `cycle_start_utc_seconds`.
  void SetTransitions(std::vector<Transition> transitions, std::vector<LocalType> types, size_t explicit_count,
                      int64_t cycle_start_utc_seconds) {
    transitions_ = std::move(transitions);
    types_ = std::move(types);
    explicit_count_ = explicit_count;
    cycle_start_ = cycle_start_utc_seconds;
  }

 private:
  // Maps instants past the generated range back into it (the Gregorian
  // calendar, and so any weekday-based DST rule, repeats every 400 years).
  int64_t FoldIntoRange(int64_t seconds) const;

  std::string name_;
  int32_t initial_offset_ = 0;
  std::string initial_abbreviation_;
  std::vector<Transition> transitions_;  // sorted by time
  std::vector<LocalType> types_;
  size_t explicit_count_ = 0;
  int64_t cycle_start_ = INT64_MAX;  // no generated cycle
};

// A zone named in a timestamp literal: the zone, plus the abbreviation when the
// name was a dynamic abbreviation ("MSK" -> Europe/Moscow, meaning depends on date).
struct LiteralZone {
  const TimeZone* zone = nullptr;
  std::string abbreviation;  // upper case; empty for zone names and fixed abbreviations
};
Result<LiteralZone> ResolveLiteralZone(std::string_view name);
// A zone named in AT TIME ZONE / timezone(zone, ...), make_timestamptz(...,
// zone) and date_trunc(..., zone): abbreviations first ("EST", "msk"), then
// tz database names, then POSIX specs where a bare number is hours WEST
// ('+03' is UTC-3, as PostgreSQL's pg_tzset). 22023 time zone "..." not recognized.
Result<LiteralZone> ResolveAtTimeZone(std::string_view name);

// Parses a literal offset "+05", "-0800", "+05:30", "-03:30:15" (ISO sign).
// Returns false when it is not of that form.
bool ParseIsoOffset(std::string_view text, int32_t* seconds_east);

}  // namespace augur::types
