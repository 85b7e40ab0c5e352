// LISTEN / NOTIFY (docs/sql.md "LISTEN and NOTIFY"): channels per database;
// a committed NOTIFY reaches the inbox of every session listening on its
// channel, which net/ empties while that session is idle.
#pragma once

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "sql/session.h"

namespace augur::sql {

class NotificationInbox {
 public:
  void Push(Notification notification);
  // Every ReadyForQuery asks: without notifications it takes no lock.
  std::vector<Notification> Take();

 private:
  std::mutex mutex_;
  std::atomic<bool> any_{false};
  std::vector<Notification> pending_;  // guarded by mutex_
};

class NotificationHub {
 public:
  void Listen(uint32_t database, const std::string& channel, const std::shared_ptr<NotificationInbox>& inbox);
  void Unlisten(uint32_t database, const std::string& channel, const NotificationInbox* inbox);
  void UnlistenAll(const NotificationInbox* inbox);
  void Notify(uint32_t database, const Notification& notification);

 private:
  std::mutex mutex_;
  // (database, channel) → listening inboxes
  std::map<std::pair<uint32_t, std::string>, std::map<const NotificationInbox*, std::weak_ptr<NotificationInbox>>>
      listeners_;
};

}  // namespace augur::sql
