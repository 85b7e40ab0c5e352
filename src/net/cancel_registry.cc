// CancelRegistry; see cancel_registry.h.
#include "net/cancel_registry.h"

#include <cassert>

namespace augur::net {

CancelRegistry::CancelRegistry() {
  std::random_device device;
  random_.seed((static_cast<uint64_t>(device()) << 32) ^ device());
}

BackendKey CancelRegistry::Register(sql::Session* session, std::atomic<bool>* terminate) {
  assert(session != nullptr);
  std::lock_guard lock(mutex_);
  BackendKey key;
  // Process ids look like real ones (positive) and are random rather than
  // sequential so they do not hint at how many sessions came before.
  do {
    key.process_id = static_cast<int32_t>(random_() & 0x3fffffff);
  } while (key.process_id == 0 || entries_.contains(key.process_id));
  key.secret_key = static_cast<int32_t>(random_());
  entries_.emplace(key.process_id, Entry{key.secret_key, session, terminate});
  return key;
}

void CancelRegistry::Unregister(int32_t process_id) {
  std::lock_guard lock(mutex_);
  size_t erased = entries_.erase(process_id);
  assert(erased == 1);
  (void)erased;
}

bool CancelRegistry::Cancel(BackendKey key) {
  std::lock_guard lock(mutex_);
  auto it = entries_.find(key.process_id);
  if (it == entries_.end() || it->second.secret_key != key.secret_key) return false;
  it->second.session->RequestCancel();
  return true;
}

bool CancelRegistry::CancelBackend(int32_t process_id) {
  std::lock_guard lock(mutex_);
  auto it = entries_.find(process_id);
  if (it == entries_.end()) return false;
  it->second.session->RequestCancel();
  return true;
}

bool CancelRegistry::TerminateBackend(int32_t process_id) {
  std::lock_guard lock(mutex_);
  auto it = entries_.find(process_id);
  if (it == entries_.end()) return false;
  if (it->second.terminate != nullptr) it->second.terminate->store(true);
  it->second.session->RequestCancel();
  return true;
}

void CancelRegistry::CancelAll() {
  std::lock_guard lock(mutex_);
  for (auto& [process_id, entry] : entries_) entry.session->RequestCancel();
}

}  // namespace augur::net
