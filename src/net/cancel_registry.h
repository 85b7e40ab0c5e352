// The table of BackendKeyData keys that lets a CancelRequest, which arrives on
// a new connection, find the Session it targets.
//
// Each established connection registers its Session and gets a (process id,
// secret key) pair to send in BackendKeyData. Cancel() looks the pair up and
// calls Session::RequestCancel() while holding the table's mutex, and
// Unregister() takes the same mutex, so a Session is never cancelled after its
// connection unregistered it (the connection unregisters before destroying the
// Session). RequestCancel() must therefore be quick and must not block.
//
// Ownership: one registry per Server; Sessions are borrowed, not owned.
// Thread-safety: all methods may be called from any thread.
#pragma once

#include <atomic>
#include <cstdint>
#include <mutex>
#include <random>
#include <unordered_map>

#include "sql/session.h"

namespace augur::net {

struct BackendKey {
  int32_t process_id = 0;  // never 0 or negative; unique among live entries
  int32_t secret_key = 0;
};

class CancelRegistry final : public sql::BackendDirectory {
 public:
  CancelRegistry();

  // `terminate` (owned by the connection, may be null) is set by
  // TerminateBackend(); the connection then ends with FATAL 57P01.
  BackendKey Register(sql::Session* session, std::atomic<bool>* terminate = nullptr);
  void Unregister(int32_t process_id);
  // True when the key matched a live session (which was asked to cancel).
  bool Cancel(BackendKey key);
  // Asks every registered session to cancel (server shutdown).
  void CancelAll();

  // sql::BackendDirectory (pg_cancel_backend / pg_terminate_backend): by
  // process id alone; the caller is a session of this server.
  bool CancelBackend(int32_t process_id) override;
  bool TerminateBackend(int32_t process_id) override;

 private:
  struct Entry {
    int32_t secret_key;
    sql::Session* session;
    std::atomic<bool>* terminate;
  };
  std::mutex mutex_;
  std::mt19937_64 random_;  // seeded from std::random_device; guarded by mutex_
  std::unordered_map<int32_t, Entry> entries_;  // guarded by mutex_
};

}  // namespace augur::net
