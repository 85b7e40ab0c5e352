// Vector / DataChunk storage and slow-path value access. See vector.h.
#include "exec/vector.h"

#include <algorithm>
#include <cassert>
#include <cstdlib>
#include <new>

namespace augur::exec {

size_t ValueWidth(PhysicalKind kind) {
  switch (kind) {
    case PhysicalKind::kBool: return sizeof(bool);
    case PhysicalKind::kChar: return sizeof(char);
    case PhysicalKind::kInt16: return sizeof(int16_t);
    case PhysicalKind::kInt32: return sizeof(int32_t);
    case PhysicalKind::kUint32: return sizeof(uint32_t);
    case PhysicalKind::kInt64: return sizeof(int64_t);
    case PhysicalKind::kFloat32: return sizeof(float);
    case PhysicalKind::kFloat64: return sizeof(double);
    case PhysicalKind::kNumeric: return sizeof(types::Numeric);
    case PhysicalKind::kInterval: return sizeof(types::Interval);
    case PhysicalKind::kUuid: return sizeof(types::Uuid);
    case PhysicalKind::kBytes: return sizeof(std::string_view);
    case PhysicalKind::kNone: return 8;
  }
  return 8;
}

// ---- StringHeap ----

std::string_view StringHeap::Add(std::string_view bytes) {
  if (bytes.empty()) return std::string_view();
  char* p = Allocate(bytes.size());
  std::memcpy(p, bytes.data(), bytes.size());
  return std::string_view(p, bytes.size());
}

char* StringHeap::Allocate(size_t size_bytes) {
  if (size_bytes > remaining_) {
    size_t block = size_bytes > kBlockBytes / 2 ? size_bytes : kBlockBytes;
    blocks_.emplace_back(new char[block]);
    allocated_bytes_ += block;
    if (size_bytes > kBlockBytes / 2) {
      // Dedicated block: keep the current bump block if any.
      char* p = blocks_.back().get();
      if (blocks_.size() >= 2 && remaining_ > 0) std::swap(blocks_[blocks_.size() - 1], blocks_[blocks_.size() - 2]);
      return p;
    }
    cursor_ = blocks_.back().get();
    remaining_ = block;
  }
  char* p = cursor_;
  cursor_ += size_bytes;
  remaining_ -= size_bytes;
  return p;
}

void StringHeap::KeepAlive(std::shared_ptr<const StringHeap> other) {
  if (other == nullptr || other.get() == this) return;
  for (const auto& kept : kept_alive_) {
    if (kept == other) return;
  }
  kept_alive_.push_back(std::move(other));
}

void StringHeap::Reset() {
  kept_alive_.clear();
  if (blocks_.empty()) {
    cursor_ = nullptr;
    remaining_ = 0;
    allocated_bytes_ = 0;
    return;
  }
  // Keep the first standard-size block for reuse.
  std::unique_ptr<char[]> first;
  for (auto& b : blocks_) {
    (void)b;
  }
  first = std::move(blocks_.front());
  blocks_.clear();
  blocks_.push_back(std::move(first));
  cursor_ = blocks_.back().get();
  remaining_ = kBlockBytes;
  allocated_bytes_ = kBlockBytes;
}

// ---- VectorBuffer ----

namespace {

// Value arrays are 2048 × width bytes (16-32 KB for 8- and 16-byte values):
// big enough that malloc serves them from its slow paths (memalign,
// consolidation). Every plan execution creates its operators' chunks, so a
// small per-thread free list of value arrays by size keeps statement setup
// cheap. Sessions run on their own threads, so no locking is needed; an array
// freed on another thread simply joins that thread's list.
class ValueArrayPool {
 public:
  ~ValueArrayPool() {
    for (auto& c : classes_) {
      for (void* p : c.free) std::free(p);
    }
  }
  // Returns a 64-byte aligned array of `bytes` (a multiple of 64): a reused
  // one holding what its previous user left (*fresh = false), or a new one.
  void* Acquire(size_t bytes, bool* fresh) {
    for (auto& c : classes_) {
      if (c.bytes == bytes && !c.free.empty()) {
        void* p = c.free.back();
        c.free.pop_back();
        *fresh = false;
        return p;
      }
    }
    void* p = std::aligned_alloc(64, bytes);
    if (p == nullptr) throw std::bad_alloc();
    *fresh = true;
    return p;
  }
  void Release(void* p, size_t bytes) {
    for (auto& c : classes_) {
      if (c.bytes == 0) c.bytes = bytes;
      if (c.bytes == bytes) {
        if (c.free.size() < kMaxFreePerClass) {
          c.free.push_back(p);
          return;
        }
        break;
      }
    }
    std::free(p);
  }

 private:
  static constexpr size_t kMaxFreePerClass = 64;
  struct SizeClass {
    size_t bytes = 0;
    std::vector<void*> free;
  };
  SizeClass classes_[6];
};

ValueArrayPool& Pool() {
  static thread_local ValueArrayPool pool;
  return pool;
}

}  // namespace

VectorBuffer::VectorBuffer(size_t value_bytes, bool zero) {
  value_bytes_ = std::max<size_t>(64, (value_bytes + 63) / 64 * 64);
  bool fresh = false;
  values = Pool().Acquire(value_bytes_, &fresh);
  // String slots are zeroed so a never-written one (e.g. under a NULL) is an
  // empty string view, never a wild pointer; so are new arrays. A reused
  // array of plain fixed-width values keeps its previous user's numbers in
  // slots nobody wrote, as after MakeWritable() reuse; kernels ignore them.
  if (fresh || zero) std::memset(values, 0, value_bytes_);
  std::memset(validity, 0, sizeof(validity));
}

VectorBuffer::~VectorBuffer() { Pool().Release(values, value_bytes_); }

namespace {

std::shared_ptr<VectorBuffer> NewBuffer(PhysicalKind physical) {
  bool zero = physical == PhysicalKind::kBytes || physical == PhysicalKind::kNumeric;
  return std::make_shared<VectorBuffer>(ValueWidth(physical) * kVectorSize, zero);
}

}  // namespace

// ---- Vector ----

Vector::Vector(types::SqlType type) : type_(type), physical_(types::PhysicalKindOf(type.oid)) {
  buffer_ = NewBuffer(physical_);
}

StringHeap& Vector::heap() { return *shared_heap(); }

const std::shared_ptr<StringHeap>& Vector::shared_heap() {
  if (buffer_->heap == nullptr) buffer_->heap = std::make_shared<StringHeap>();
  return buffer_->heap;
}

void Vector::Reference(const Vector& other) {
  type_ = other.type_;
  physical_ = other.physical_;
  buffer_ = other.buffer_;
}

void Vector::MakeWritable() {
  if (buffer_ != nullptr && buffer_.use_count() == 1) {
    if (buffer_->heap != nullptr) {
      if (buffer_->heap.use_count() == 1) {
        buffer_->heap->Reset();
      } else {
        buffer_->heap = nullptr;
      }
    }
    return;
  }
  buffer_ = NewBuffer(physical_);
}

void Vector::CopyValue(const Vector& other, uint32_t from, uint32_t to) {
  if (other.IsNull(from)) {
    SetNull(to);
    return;
  }
  SetValid(to);
  size_t width = ValueWidth(physical_);
  if (physical_ == PhysicalKind::kBytes) {
    values<std::string_view>()[to] = heap().Add(other.values<std::string_view>()[from]);
  } else {
    std::memcpy(static_cast<char*>(buffer_->values) + to * width,
                static_cast<const char*>(other.buffer_->values) + from * width, width);
  }
}

void Vector::CopyFrom(const Vector& other, const uint32_t* sel, uint32_t count) {
  AppendFrom(other, sel, count, 0);
}

void Vector::AppendFrom(const Vector& other, const uint32_t* sel, uint32_t count, uint32_t offset) {
  assert(offset + count <= kVectorSize);
  size_t width = ValueWidth(physical_);
  char* dst = static_cast<char*>(buffer_->values) + offset * width;
  const char* src = static_cast<const char*>(other.buffer_->values);
  if (physical_ == PhysicalKind::kBytes && other.buffer_->heap != nullptr) heap().KeepAlive(other.buffer_->heap);
  if (physical_ == PhysicalKind::kBytes && other.buffer_ == buffer_) {
    // Self-append: views stay valid.
  }
  for (uint32_t i = 0; i < count; i++) {
    uint32_t r = sel ? sel[i] : i;
    std::memcpy(dst + i * width, src + r * width, width);
    SetValidity(offset + i, other.IsValid(r));
  }
}

void Vector::SetValue(uint32_t i, const types::Value& value) {
  if (value.is_null()) {
    SetNull(i);
    return;
  }
  SetValid(i);
  switch (physical_) {
    case PhysicalKind::kBool: values<bool>()[i] = value.GetBool(); break;
    case PhysicalKind::kChar: values<char>()[i] = static_cast<char>(value.AsInt64()); break;
    case PhysicalKind::kInt16: values<int16_t>()[i] = static_cast<int16_t>(value.AsInt64()); break;
    case PhysicalKind::kInt32: values<int32_t>()[i] = static_cast<int32_t>(value.AsInt64()); break;
    case PhysicalKind::kUint32: values<uint32_t>()[i] = static_cast<uint32_t>(value.AsInt64()); break;
    case PhysicalKind::kInt64: values<int64_t>()[i] = value.AsInt64(); break;
    case PhysicalKind::kFloat32:
      values<float>()[i] = value.kind() == PhysicalKind::kFloat64 ? static_cast<float>(value.GetFloat8())
                                                                  : value.GetFloat4();
      break;
    case PhysicalKind::kFloat64:
      values<double>()[i] = value.kind() == PhysicalKind::kFloat32 ? value.GetFloat4() : value.GetFloat8();
      break;
    case PhysicalKind::kNumeric: values<types::Numeric>()[i] = value.GetNumeric(); break;
    case PhysicalKind::kInterval: values<types::Interval>()[i] = value.GetInterval(); break;
    case PhysicalKind::kUuid: values<types::Uuid>()[i] = value.GetUuid(); break;
    case PhysicalKind::kBytes: values<std::string_view>()[i] = heap().Add(value.GetBytes()); break;
    case PhysicalKind::kNone: SetNull(i); break;
  }
}

types::Value Vector::GetValue(uint32_t i) const {
  if (IsNull(i)) return types::Value::Null(type_);
  switch (physical_) {
    case PhysicalKind::kBool: return types::Value::Bool(values<bool>()[i]);
    case PhysicalKind::kChar: return types::Value::FromInt64(type_, values<char>()[i]);
    case PhysicalKind::kInt16: return types::Value::FromInt64(type_, values<int16_t>()[i]);
    case PhysicalKind::kInt32: return types::Value::FromInt64(type_, values<int32_t>()[i]);
    case PhysicalKind::kUint32: return types::Value::FromInt64(type_, values<uint32_t>()[i]);
    case PhysicalKind::kInt64: return types::Value::FromInt64(type_, values<int64_t>()[i]);
    case PhysicalKind::kFloat32: return types::Value::FromDouble(type_, values<float>()[i]);
    case PhysicalKind::kFloat64: return types::Value::FromDouble(type_, values<double>()[i]);
    case PhysicalKind::kNumeric: return types::Value::MakeNumeric(values<types::Numeric>()[i], type_.typmod);
    case PhysicalKind::kInterval: {
      types::Value v = types::Value::MakeInterval(values<types::Interval>()[i]);
      v.Relabel(type_);
      return v;
    }
    case PhysicalKind::kUuid: return types::Value::MakeUuid(values<types::Uuid>()[i]);
    case PhysicalKind::kBytes: return types::Value::Bytes(type_, std::string(values<std::string_view>()[i]));
    case PhysicalKind::kNone: return types::Value::Null(type_);
  }
  return types::Value::Null(type_);
}

// ---- DataChunk ----

void DataChunk::Initialize(std::span<const types::SqlType> types) {
  if (columns_.size() == types.size()) {
    // Re-initialized with as many columns (typically an operator opened again
    // for the next execution of a cached plan): a column that already has the
    // type keeps its storage and gets private storage as in Reset() (an
    // exclusively owned value array is reused: no allocation, no 16-32 KiB
    // memset) and all-NULL validity, as a fresh column has. Its slots hold
    // what the previous use left, exactly as after Reset() between batches.
    for (size_t i = 0; i < types.size(); i++) {
      Vector& c = columns_[i];
      if (c.initialized() && c.type() == types[i]) {
        c.MakeWritable();
        c.SetAllNull();
      } else {
        c = Vector(types[i]);
      }
    }
    size_ = 0;
    ClearSelection();
    return;
  }
  columns_.clear();
  columns_.reserve(types.size());
  for (const auto& t : types) columns_.emplace_back(t);
  size_ = 0;
  ClearSelection();
}

std::vector<types::SqlType> DataChunk::Types() const {
  std::vector<types::SqlType> out;
  out.reserve(columns_.size());
  for (const auto& c : columns_) out.push_back(c.type());
  return out;
}

void DataChunk::Reset() {
  for (auto& c : columns_) c.MakeWritable();
  size_ = 0;
  ClearSelection();
}

void DataChunk::Reference(const DataChunk& other) {
  if (columns_.size() != other.columns_.size()) columns_.resize(other.columns_.size());
  for (size_t i = 0; i < columns_.size(); i++) columns_[i].Reference(other.columns_[i]);
  size_ = other.size_;
  selection_ = other.selection_;
  selected_count_ = other.selected_count_;
}

void DataChunk::AppendRow(std::span<const types::Value> row) {
  assert(selection_ == nullptr);
  assert(size_ < kVectorSize);
  assert(row.size() == columns_.size());
  for (size_t c = 0; c < columns_.size(); c++) columns_[c].SetValue(size_, row[c]);
  size_++;
}

void DataChunk::CopyFrom(const DataChunk& other) {
  if (columns_.size() != other.columns_.size()) Initialize(other.Types());
  for (size_t c = 0; c < columns_.size(); c++) {
    columns_[c].MakeWritable();
    columns_[c].CopyFrom(other.columns_[c], other.selection_, other.count());
  }
  size_ = other.count();
  ClearSelection();
}

}  // namespace augur::exec
