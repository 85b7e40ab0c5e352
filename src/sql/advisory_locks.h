// Advisory locks (pg_advisory_lock and its family; docs/sql.md "Advisory
// locks"): application-defined locks on 64-bit keys, held by sessions, in
// memory only (like PostgreSQL's, they do not survive a restart). The
// two-int4 form pg_advisory_lock(a, b) is its own key space.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <set>
#include <utility>

#include "common/status.h"

namespace augur::sql {

class AdvisoryLockTable {
 public:
  struct Key {
    uint32_t database = 0;  // advisory locks are per database, as in PostgreSQL
    int64_t value = 0;
    bool pair = false;  // pg_advisory_lock(int4, int4)
    auto operator<=>(const Key&) const = default;
  };

  // Takes the lock for `owner` (a session), counted: a session's own locks
  // never conflict with each other. `xact` locks go at EndTransaction.
  // Without `wait`, returns false at once when another owner's lock
  // conflicts; with it, waits, calling `check` every few milliseconds and
  // giving up with its error (cancel, lock_timeout).
  Result<bool> Acquire(const Key& key, uint64_t owner, bool shared, bool xact, bool wait,
                       const std::function<Status()>& check);
  // Releases one session-level hold; false when `owner` has none of that mode.
  bool Release(const Key& key, uint64_t owner, bool shared);
  // Releases the owner's transaction-level locks (xact) or all of them.
  void ReleaseAll(uint64_t owner, bool xact_only);

 private:
  struct Hold {
    int shared_session = 0, shared_xact = 0, exclusive_session = 0, exclusive_xact = 0;
    bool empty() const { return shared_session + shared_xact + exclusive_session + exclusive_xact == 0; }
    bool exclusive() const { return exclusive_session + exclusive_xact > 0; }
  };
  bool ConflictsLocked(const Key& key, uint64_t owner, bool shared) const;

  std::mutex mutex_;
  std::condition_variable released_;
  std::map<Key, std::map<uint64_t, Hold>> locks_;  // guarded by mutex_
  std::map<uint64_t, std::set<Key>> by_owner_;     // guarded by mutex_
};

}  // namespace augur::sql
