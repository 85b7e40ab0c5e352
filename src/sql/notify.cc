#include "sql/notify.h"

#include <utility>

namespace augur::sql {

void NotificationInbox::Push(Notification notification) {
  std::lock_guard<std::mutex> guard(mutex_);
  pending_.push_back(std::move(notification));
  any_.store(true, std::memory_order_release);
}

std::vector<Notification> NotificationInbox::Take() {
  if (!any_.load(std::memory_order_acquire)) return {};
  std::lock_guard<std::mutex> guard(mutex_);
  any_.store(false, std::memory_order_relaxed);
  return std::exchange(pending_, {});
}

void NotificationHub::Listen(uint32_t database, const std::string& channel,
                             const std::shared_ptr<NotificationInbox>& inbox) {
  std::lock_guard<std::mutex> guard(mutex_);
  listeners_[{database, channel}][inbox.get()] = inbox;
}

void NotificationHub::Unlisten(uint32_t database, const std::string& channel, const NotificationInbox* inbox) {
  std::lock_guard<std::mutex> guard(mutex_);
  auto it = listeners_.find({database, channel});
  if (it == listeners_.end()) return;
  it->second.erase(inbox);
  if (it->second.empty()) listeners_.erase(it);
}

void NotificationHub::UnlistenAll(const NotificationInbox* inbox) {
  std::lock_guard<std::mutex> guard(mutex_);
  for (auto it = listeners_.begin(); it != listeners_.end();) {
    it->second.erase(inbox);
    it = it->second.empty() ? listeners_.erase(it) : std::next(it);
  }
}

void NotificationHub::Notify(uint32_t database, const Notification& notification) {
  std::vector<std::shared_ptr<NotificationInbox>> targets;
  {
    std::lock_guard<std::mutex> guard(mutex_);
    auto it = listeners_.find({database, notification.channel});
    if (it == listeners_.end()) return;
    for (const auto& [raw, weak] : it->second) {
      if (auto inbox = weak.lock()) targets.push_back(std::move(inbox));
    }
  }
  for (const auto& inbox : targets) inbox->Push(notification);
}

}  // namespace augur::sql
