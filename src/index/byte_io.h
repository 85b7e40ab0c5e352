// Little-endian byte writer/reader for index serialization. Internal to index/.
//
// ByteReader never reads past its input: every Read* checks the remaining
// length and returns a Status (SQLSTATE XX001 data_corrupted) naming what was
// truncated, so a damaged segment file yields an error, never a crash.
//
// Thread-safety: a writer or reader is used by one thread.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "common/status.h"

namespace augur::index {

inline Status CorruptIndex(std::string what) {
  return Status::Error(sqlstate::kDataCorrupted, "learned index data is corrupt: " + std::move(what));
}

class ByteWriter {
 public:
  explicit ByteWriter(std::string* out) : out_(out) {}
  template <typename T>
  void Write(T value) {
    static_assert(std::is_trivially_copyable_v<T>);
    char bytes[sizeof(T)];
    std::memcpy(bytes, &value, sizeof(T));
    out_->append(bytes, sizeof(T));
  }
  template <typename T, typename Alloc>
  void WriteArray(const std::vector<T, Alloc>& values) {
    static_assert(std::is_trivially_copyable_v<T>);
    Write<uint64_t>(values.size());
    out_->append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T));
  }

 private:
  std::string* out_;
};

class ByteReader {
 public:
  explicit ByteReader(std::string_view in) : in_(in) {}
  template <typename T>
  Status Read(T* value, const char* what) {
    static_assert(std::is_trivially_copyable_v<T>);
    if (in_.size() - offset_ < sizeof(T)) return Truncated(what, sizeof(T));
    std::memcpy(value, in_.data() + offset_, sizeof(T));
    offset_ += sizeof(T);
    return Status::Ok();
  }
  // Reads a length-prefixed array of at most max_count elements.
  template <typename T, typename Alloc>
  Status ReadArray(std::vector<T, Alloc>* values, uint64_t max_count, const char* what) {
    uint64_t count = 0;
    RETURN_IF_ERROR(Read(&count, what));
    if (count > max_count) {
      return CorruptIndex(std::string(what) + " has " + std::to_string(count) +
                          " entries, more than the limit " + std::to_string(max_count));
    }
    if ((in_.size() - offset_) / sizeof(T) < count) return Truncated(what, count * sizeof(T));
    values->resize(count);
    std::memcpy(values->data(), in_.data() + offset_, count * sizeof(T));
    offset_ += count * sizeof(T);
    return Status::Ok();
  }
  size_t remaining() const { return in_.size() - offset_; }
  size_t offset() const { return offset_; }

 private:
  Status Truncated(const char* what, size_t need) const {
    return CorruptIndex(std::string("truncated while reading ") + what + " (need " + std::to_string(need) +
                        " bytes at offset " + std::to_string(offset_) + ", have " +
                        std::to_string(in_.size() - offset_) + ")");
  }
  std::string_view in_;
  size_t offset_ = 0;
};

}  // namespace augur::index
