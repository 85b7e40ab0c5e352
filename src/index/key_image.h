// Order-preserving 64-bit images of key types, and exact lookup when images tie.
//
// Every structure in index/ indexes sorted uint64 values. Other key types are
// indexed through an image: a function f with a < b  =>  f(a) <= f(b). For
// fixed-width integers, timestamps and floats the image is also injective
// (a != b => f(a) != f(b)); for text and composite keys it is the first eight
// bytes of the memcomparable encoding, so distinct keys can share an image.
// ImageLowerBound() resolves such ties exactly with the caller's comparator on
// the full keys: it finds the run of equal images with the index, then
// binary-searches the run.
//
// Thread-safety: pure functions.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace augur::index {

// Signed integers: flip the sign bit so that two's complement order becomes
// unsigned order (INT64_MIN -> 0, -1 -> 2^63 - 1, 0 -> 2^63).
constexpr uint64_t ImageOfInt64(int64_t value) {
  return static_cast<uint64_t>(value) ^ (uint64_t{1} << 63);
}
constexpr uint64_t ImageOfInt32(int32_t value) { return ImageOfInt64(value); }
constexpr uint64_t ImageOfInt16(int16_t value) { return ImageOfInt64(value); }
constexpr int64_t Int64OfImage(uint64_t image) {
  return static_cast<int64_t>(image ^ (uint64_t{1} << 63));
}

// PostgreSQL timestamp / timestamptz: int64 microseconds since 2000-01-01
// (the infinities are INT64_MIN / INT64_MAX and keep their order). date is
// int32 days, time int64 microseconds.
constexpr uint64_t ImageOfTimestampMicros(int64_t micros_since_2000) {
  return ImageOfInt64(micros_since_2000);
}

// float8 in PostgreSQL's sort order: -Inf < negatives < -0 = +0 < positives <
// +Inf < NaN (every NaN equal and largest). -0 and +0 map to the same image,
// as PostgreSQL treats them as equal.
inline uint64_t ImageOfFloat64(double value) {
  if (value != value) return ~uint64_t{0};  // NaN: largest, all NaNs equal
  if (value == 0.0) value = 0.0;            // fold -0 onto +0
  const uint64_t bits = std::bit_cast<uint64_t>(value);
  return (bits >> 63) != 0 ? ~bits : bits | (uint64_t{1} << 63);
}

// Byte strings in memcmp order (text under the "C" collation, bytea, or a
// memcomparable-encoded composite key from common/key_codec.h): the first
// eight bytes, big-endian, zero-padded. Not injective: "ab" and "ab\0" share
// an image, as do all keys with the same 8-byte prefix.
inline uint64_t ImageOfBytes(std::string_view bytes) {
  unsigned char buffer[8] = {0, 0, 0, 0, 0, 0, 0, 0};
  std::memcpy(buffer, bytes.data(), bytes.size() < 8 ? bytes.size() : 8);
  uint64_t image = 0;
  for (unsigned char byte : buffer) image = (image << 8) | byte;
  return image;
}

// Exact lower bound over full keys that are indexed by their images.
//
// `images` is the sorted image array the index was built over; `index` is any
// structure with `LowerBound(std::span<const uint64_t>, uint64_t)` and
// `UpperBound(...)` (e.g. LearnedIndex); `key_less(position)` must return
// whether the full key stored at `position` is < the probe. Within a run of
// equal images the full keys are sorted, so the run is binary-searched with
// key_less. Cost: one index lookup, plus log2(run length) full comparisons
// when the image run has more than one key.
template <typename Index, typename Span, typename KeyLess>
size_t ImageLowerBound(const Index& index, Span images, uint64_t probe_image, KeyLess key_less) {
  size_t lo = index.LowerBound(images, probe_image);
  if (lo == images.size() || images[lo] != probe_image) return lo;
  size_t hi = index.UpperBound(images, probe_image);
  // Binary search for the first position in [lo, hi) whose full key is not less.
  while (lo < hi) {
    const size_t mid = lo + (hi - lo) / 2;
    if (key_less(mid)) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

}  // namespace augur::index
