// Private to storage/: WAL files whose syncs do not journal metadata
// (docs/storage-format.md "WAL files"). Nothing outside storage/ includes this.
#pragma once

#include <rocksdb/file_system.h>

#include <cstdint>
#include <memory>
#include <string_view>

namespace augur::storage {

// True for the names RocksDB gives WAL files ("<digits>.log", any directory).
bool IsWalFileName(std::string_view path);

// A FileSystem over `base` whose new WAL files are written into zeros written
// ahead of them, `chunk_bytes` at a time, so a WAL sync overwrites allocated,
// initialized blocks instead of growing the file: on ext4/xfs fdatasync then
// flushes data only, without a journal commit for the new size and extent.
// RocksDB's log reader skips the zeros after the last record (the format
// reserves a zero record type for preallocated space); Close() trims them.
// Every other file, and WAL files RocksDB reopens, pass straight to `base`.
std::shared_ptr<rocksdb::FileSystem> NewZeroFilledWalFileSystem(std::shared_ptr<rocksdb::FileSystem> base,
                                                                 uint64_t chunk_bytes);

}  // namespace augur::storage
