// DataRow ('D') and CopyData ('d') builders declared in sql/session.h. They live in net/ because
// they encode wire format; the engine calls them to append rows straight into
// the connection's output buffer (ResultSink::RowBuffer()), so a row costs no
// copy and no virtual call per field.
//
// Layout: 'D', int32 length (including itself), int16 field count, then per
// field int32 byte length (-1 for NULL) followed by the bytes.
#include <arpa/inet.h>

#include <cassert>
#include <cstring>
#include <limits>

#include "net/wire.h"
#include "sql/session.h"

namespace augur::sql {

size_t BeginDataRow(std::string& buffer, int16_t field_count) {
  assert(field_count >= 0);
  size_t start = buffer.size();
  buffer.push_back('D');
  buffer.append(4, '\0');  // length, patched by EndDataRow
  net::AppendInt16(buffer, field_count);
  return start;
}

void AppendField(std::string& buffer, std::string_view bytes) {
  assert(bytes.size() <= static_cast<size_t>(std::numeric_limits<int32_t>::max()));
  net::AppendInt32(buffer, static_cast<int32_t>(bytes.size()));
  buffer.append(bytes);
}

void AppendNullField(std::string& buffer) { net::AppendInt32(buffer, -1); }

void EndDataRow(std::string& buffer, size_t start) {
  assert(start < buffer.size() && buffer[start] == 'D');
  size_t length = buffer.size() - start - 1;
  assert(length >= 6 && length <= static_cast<size_t>(std::numeric_limits<int32_t>::max()));
  uint32_t network = htonl(static_cast<uint32_t>(length));
  std::memcpy(buffer.data() + start + 1, &network, 4);
}

size_t BeginCopyData(std::string& buffer) {
  size_t start = buffer.size();
  buffer.push_back('d');
  buffer.append(4, '\0');  // length, patched by EndCopyData
  return start;
}

void EndCopyData(std::string& buffer, size_t start) {
  assert(start < buffer.size() && buffer[start] == 'd');
  size_t length = buffer.size() - start - 1;
  assert(length >= 4 && length <= static_cast<size_t>(std::numeric_limits<int32_t>::max()));
  uint32_t network = htonl(static_cast<uint32_t>(length));
  std::memcpy(buffer.data() + start + 1, &network, 4);
}

}  // namespace augur::sql
