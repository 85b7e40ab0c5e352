// WAL files written into zeros written ahead of them (wal_file.h).
#include "storage/wal_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string>

namespace augur::storage {
namespace {

constexpr size_t kZeroBlock = 64 << 10;
alignas(4096) const char kZeros[kZeroBlock] = {};

// RocksDB's log reader works in 32 KiB blocks; keeping the zeroed end on a
// block boundary means a reader never meets a partial block of zeros at EOF.
constexpr uint64_t kLogBlock = 32 << 10;

rocksdb::IOStatus ErrnoStatus(const std::string& what, const std::string& path, int error) {
  return rocksdb::IOStatus::IOError(what + " " + path + ": " + std::strerror(error));
}

class ZeroFilledWalFile : public rocksdb::FSWritableFileOwnerWrapper {
 public:
  ZeroFilledWalFile(std::unique_ptr<rocksdb::FSWritableFile> file, std::string path, int fd, uint64_t chunk_bytes)
      : FSWritableFileOwnerWrapper(std::move(file)), path_(std::move(path)), fd_(fd), chunk_bytes_(chunk_bytes) {}
  ~ZeroFilledWalFile() override {
    if (fd_ >= 0) ::close(fd_);
  }

  rocksdb::IOStatus Append(const rocksdb::Slice& data, const rocksdb::IOOptions& options,
                           rocksdb::IODebugContext* dbg) override {
    rocksdb::IOStatus s = ZeroAhead(data.size());
    if (s.ok()) s = target()->Append(data, options, dbg);
    if (s.ok()) written_ += data.size();
    return s;
  }
  rocksdb::IOStatus Append(const rocksdb::Slice& data, const rocksdb::IOOptions& options,
                           const rocksdb::DataVerificationInfo& verification_info,
                           rocksdb::IODebugContext* dbg) override {
    rocksdb::IOStatus s = ZeroAhead(data.size());
    if (s.ok()) s = target()->Append(data, options, verification_info, dbg);
    if (s.ok()) written_ += data.size();
    return s;
  }
  // The log writer only appends; a positioned write would bypass the count
  // the trim at Close relies on.
  rocksdb::IOStatus PositionedAppend(const rocksdb::Slice&, uint64_t, const rocksdb::IOOptions&,
                                     rocksdb::IODebugContext*) override {
    return rocksdb::IOStatus::NotSupported("PositionedAppend on a zero-filled WAL file");
  }
  rocksdb::IOStatus PositionedAppend(const rocksdb::Slice&, uint64_t, const rocksdb::IOOptions&,
                                     const rocksdb::DataVerificationInfo&, rocksdb::IODebugContext*) override {
    return rocksdb::IOStatus::NotSupported("PositionedAppend on a zero-filled WAL file");
  }
  rocksdb::IOStatus Truncate(uint64_t size, const rocksdb::IOOptions& options, rocksdb::IODebugContext* dbg) override {
    rocksdb::IOStatus s = target()->Truncate(size, options, dbg);
    if (s.ok()) {
      written_ = size;
      zeroed_ = std::min(zeroed_, size);
    }
    return s;
  }
  rocksdb::IOStatus Close(const rocksdb::IOOptions& options, rocksdb::IODebugContext* dbg) override {
    rocksdb::IOStatus s = target()->Close(options, dbg);
    if (fd_ >= 0) {
      // Trim the zeros nobody wrote over (RocksDB's own file trims only
      // what it preallocated itself).
      if (s.ok() && zeroed_ > written_ && ::ftruncate(fd_, static_cast<off_t>(written_)) != 0) {
        s = ErrnoStatus("could not trim WAL file", path_, errno);
      }
      ::close(fd_);
      fd_ = -1;
    }
    return s;
  }

 private:
  // Before `n` more bytes are appended: make sure they land on zeros already
  // written, extending the zeroed region by whole chunks, and start writing
  // the new zeros back so the next sync finds them mostly on disk.
  rocksdb::IOStatus ZeroAhead(size_t n) {
    const uint64_t need = written_ + n;
    if (need + chunk_bytes_ / 2 <= zeroed_) return rocksdb::IOStatus::OK();
    uint64_t end = (need + chunk_bytes_ + kLogBlock - 1) / kLogBlock * kLogBlock;
    const uint64_t begin = zeroed_;
    while (zeroed_ < end) {
      size_t piece = static_cast<size_t>(std::min<uint64_t>(kZeroBlock, end - zeroed_));
      ssize_t done = ::pwrite(fd_, kZeros, piece, static_cast<off_t>(zeroed_));
      if (done < 0) {
        if (errno == EINTR) continue;
        return ErrnoStatus("could not zero-fill WAL file", path_, errno);
      }
      zeroed_ += static_cast<uint64_t>(done);
    }
    // Best effort: only schedules writeback, durability comes from the sync.
    (void)::sync_file_range(fd_, static_cast<off_t>(begin), static_cast<off_t>(end - begin), SYNC_FILE_RANGE_WRITE);
    return rocksdb::IOStatus::OK();
  }

  std::string path_;
  int fd_;  // our own descriptor for the zeros; the target keeps its own offset
  uint64_t chunk_bytes_;
  uint64_t written_ = 0;  // bytes appended through this file
  uint64_t zeroed_ = 0;   // [0, zeroed_) has been written (zeros or data)
};

class ZeroFilledWalFileSystem : public rocksdb::FileSystemWrapper {
 public:
  ZeroFilledWalFileSystem(std::shared_ptr<rocksdb::FileSystem> base, uint64_t chunk_bytes)
      : FileSystemWrapper(std::move(base)), chunk_bytes_(chunk_bytes) {}
  const char* Name() const override { return "AugurZeroFilledWalFileSystem"; }

  rocksdb::IOStatus NewWritableFile(const std::string& path, const rocksdb::FileOptions& options,
                                    std::unique_ptr<rocksdb::FSWritableFile>* result,
                                    rocksdb::IODebugContext* dbg) override {
    rocksdb::IOStatus s = FileSystemWrapper::NewWritableFile(path, options, result, dbg);
    if (!s.ok() || !IsWalFileName(path) || options.use_direct_writes || options.use_mmap_writes) return s;
    // The target created (and truncated) the file and writes it from offset
    // 0 through its own descriptor; this one only writes the zeros ahead.
    int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) return ErrnoStatus("could not open WAL file", path, errno);
    *result = std::make_unique<ZeroFilledWalFile>(std::move(*result), path, fd, chunk_bytes_);
    return s;
  }

 private:
  uint64_t chunk_bytes_;
};

}  // namespace

bool IsWalFileName(std::string_view path) {
  size_t slash = path.rfind('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  constexpr std::string_view kSuffix = ".log";
  if (name.size() <= kSuffix.size() || name.substr(name.size() - kSuffix.size()) != kSuffix) return false;
  std::string_view number = name.substr(0, name.size() - kSuffix.size());
  return std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::shared_ptr<rocksdb::FileSystem> NewZeroFilledWalFileSystem(std::shared_ptr<rocksdb::FileSystem> base,
                                                                 uint64_t chunk_bytes) {
  return std::make_shared<ZeroFilledWalFileSystem>(std::move(base), std::max<uint64_t>(chunk_bytes, kLogBlock));
}

}  // namespace augur::storage
