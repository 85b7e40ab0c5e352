#include "sql/advisory_locks.h"

#include <chrono>

namespace augur::sql {

bool AdvisoryLockTable::ConflictsLocked(const Key& key, uint64_t owner, bool shared) const {
  auto it = locks_.find(key);
  if (it == locks_.end()) return false;
  for (const auto& [holder, hold] : it->second) {
    if (holder == owner || hold.empty()) continue;
    if (!shared || hold.exclusive()) return true;
  }
  return false;
}

Result<bool> AdvisoryLockTable::Acquire(const Key& key, uint64_t owner, bool shared, bool xact, bool wait,
                                        const std::function<Status()>& check) {
  std::unique_lock<std::mutex> lock(mutex_);
  while (ConflictsLocked(key, owner, shared)) {
    if (!wait) return false;
    released_.wait_for(lock, std::chrono::milliseconds(10));
    lock.unlock();
    Status status = check ? check() : Status::Ok();
    lock.lock();
    RETURN_IF_ERROR(status);
  }
  Hold& hold = locks_[key][owner];
  int& count =
      shared ? (xact ? hold.shared_xact : hold.shared_session) : (xact ? hold.exclusive_xact : hold.exclusive_session);
  ++count;
  by_owner_[owner].insert(key);
  return true;
}

bool AdvisoryLockTable::Release(const Key& key, uint64_t owner, bool shared) {
  std::lock_guard<std::mutex> guard(mutex_);
  auto it = locks_.find(key);
  if (it == locks_.end()) return false;
  auto holder = it->second.find(owner);
  if (holder == it->second.end()) return false;
  int& count = shared ? holder->second.shared_session : holder->second.exclusive_session;
  if (count == 0) return false;
  --count;
  if (holder->second.empty()) {
    it->second.erase(holder);
    by_owner_[owner].erase(key);
    if (it->second.empty()) locks_.erase(it);
  }
  released_.notify_all();
  return true;
}

void AdvisoryLockTable::ReleaseAll(uint64_t owner, bool xact_only) {
  std::lock_guard<std::mutex> guard(mutex_);
  auto keys = by_owner_.find(owner);
  if (keys == by_owner_.end()) return;
  for (auto key = keys->second.begin(); key != keys->second.end();) {
    auto it = locks_.find(*key);
    auto holder = it->second.find(owner);
    Hold& hold = holder->second;
    hold.shared_xact = hold.exclusive_xact = 0;
    if (!xact_only) hold.shared_session = hold.exclusive_session = 0;
    if (hold.empty()) {
      it->second.erase(holder);
      if (it->second.empty()) locks_.erase(it);
      key = keys->second.erase(key);
    } else {
      ++key;
    }
  }
  if (keys->second.empty()) by_owner_.erase(keys);
  released_.notify_all();
}

}  // namespace augur::sql
