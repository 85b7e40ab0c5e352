// ExecContext: per-statement execution state shared by all operators and
// expressions of one plan run — parameters, cancel flag, memory budget.
//
// Ownership: created by sql/ for each execution (Execute of a portal, or one
// simple-protocol statement) and outliving the plan's Open()..last Next().
// Thread-safety: one thread executes a plan; only `cancel` may be set from
// another thread (Session::RequestCancel).
#pragma once

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

#include "common/status.h"
#include "types/type.h"

namespace augur::exec {

// Bounds the bytes a query keeps in operator state (hash tables, sort
// buffers, aggregation states, materialized rows). Exceeding it fails the
// statement with 53200 (PostgreSQL's "out of memory") instead of
// exhausting the machine.
class MemoryTracker {
 public:
  explicit MemoryTracker(int64_t limit_bytes = kDefaultLimitBytes) : limit_bytes_(limit_bytes) {}
  static constexpr int64_t kDefaultLimitBytes = int64_t{1} << 30;  // 1 GiB

  // Charges `bytes`; fails (charging nothing) when the limit would be passed.
  Status Reserve(int64_t bytes) {
    if (used_bytes_ + bytes > limit_bytes_) {
      return Status::Error(sqlstate::kOutOfMemory, "out of memory")
          .WithDetail("Failed on request of size " + std::to_string(bytes) +
                      " bytes: query memory limit of " + std::to_string(limit_bytes_) + " bytes reached.");
    }
    used_bytes_ += bytes;
    if (used_bytes_ > peak_bytes_) peak_bytes_ = used_bytes_;
    return Status::Ok();
  }
  void Release(int64_t bytes) { used_bytes_ -= bytes; }
  int64_t used_bytes() const { return used_bytes_; }
  int64_t peak_bytes() const { return peak_bytes_; }
  int64_t limit_bytes() const { return limit_bytes_; }
  void set_limit_bytes(int64_t limit) { limit_bytes_ = limit; }

 private:
  int64_t limit_bytes_;
  int64_t used_bytes_ = 0;
  int64_t peak_bytes_ = 0;
};

// RAII charge against a MemoryTracker that grows with a data structure.
class MemoryReservation {
 public:
  MemoryReservation() = default;
  explicit MemoryReservation(MemoryTracker* tracker) : tracker_(tracker) {}
  ~MemoryReservation() { ReleaseAll(); }
  MemoryReservation(const MemoryReservation&) = delete;
  MemoryReservation& operator=(const MemoryReservation&) = delete;
  MemoryReservation(MemoryReservation&& other) noexcept : tracker_(other.tracker_), bytes_(other.bytes_) {
    other.bytes_ = 0;
  }
  MemoryReservation& operator=(MemoryReservation&& other) noexcept {
    if (this != &other) {
      ReleaseAll();
      tracker_ = other.tracker_;
      bytes_ = other.bytes_;
      other.bytes_ = 0;
    }
    return *this;
  }
  void Bind(MemoryTracker* tracker) { ReleaseAll(); tracker_ = tracker; }
  // Sets the charge to `bytes` total (grow or shrink).
  Status Resize(int64_t bytes) {
    if (tracker_ == nullptr) { bytes_ = bytes; return Status::Ok(); }
    if (bytes > bytes_) RETURN_IF_ERROR(tracker_->Reserve(bytes - bytes_));
    else tracker_->Release(bytes_ - bytes);
    bytes_ = bytes;
    return Status::Ok();
  }
  Status Grow(int64_t bytes) { return Resize(bytes_ + bytes); }
  void ReleaseAll() { if (tracker_ && bytes_) tracker_->Release(bytes_); bytes_ = 0; }
  int64_t bytes() const { return bytes_; }

 private:
  MemoryTracker* tracker_ = nullptr;
  int64_t bytes_ = 0;
};

struct ExecContext {
  // $1..$n are slots 0..n-1; sql/ may append slots for correlated outer-row
  // values (Expr::outer_param_slots). Typed Values; NULL allowed.
  std::vector<types::Value> parameters;
  // Set (from any thread) to cancel: operators check it once per chunk.
  const std::atomic<bool>* cancel = nullptr;
  MemoryTracker memory;

  Status CheckCancel() const {
    if (cancel != nullptr && cancel->load(std::memory_order_relaxed)) {
      return Status::Error(sqlstate::kQueryCanceled, "canceling statement due to user request");
    }
    return Status::Ok();
  }
};

}  // namespace augur::exec
