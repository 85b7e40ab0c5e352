// reg* types: text input/output through the thread's ObjectNameResolver.
#include "types/reg_types.h"

#include <algorithm>
#include <vector>

#include "types/text_io.h"

namespace augur::types {

namespace {

thread_local ObjectNameResolver* current_resolver = nullptr;

// PostgreSQL 15's keywords that are not UNRESERVED_KEYWORD (quote_identifier
// quotes them); from pg_get_keywords(), sorted.
constexpr std::string_view kQuotedKeywords[] = {"all","analyse","analyze","and","any","array","as","asc","asymmetric","authorization","between","bigint","binary","bit","boolean","both","case","cast","char","character","check","coalesce","collate","collation","column","concurrently","constraint","create","cross","current_catalog","current_date","current_role","current_schema","current_time","current_timestamp","current_user","dec","decimal","default","deferrable","desc","distinct","do","else","end","except","exists","extract","false","fetch","float","for","foreign","freeze","from","full","grant","greatest","group","grouping","having","ilike","in","initially","inner","inout","int","integer","intersect","interval","into","is","isnull","join","lateral","leading","least","left","like","limit","localtime","localtimestamp","national","natural","nchar","none","normalize","not","notnull","null","nullif","numeric","offset","on","only","or","order","out","outer","overlaps","overlay","placing","position","precision","primary","real","references","returning","right","row","select","session_user","setof","similar","smallint","some","substring","symmetric","table","tablesample","then","time","timestamp","to","trailing","treat","trim","true","union","unique","user","using","values","varchar","variadic","verbose","when","where","window","with","xmlattributes","xmlconcat","xmlelement","xmlexists","xmlforest","xmlnamespaces","xmlparse","xmlpi","xmlroot","xmlserialize","xmltable"};

bool IsDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

bool IsRegOid(uint32_t oid) {
  switch (oid) {
    case kRegprocOid: case kRegprocedureOid: case kRegoperOid: case kRegoperatorOid: case kRegclassOid:
    case kRegtypeOid: case kRegconfigOid: case kRegdictionaryOid: case kRegnamespaceOid: case kRegroleOid:
    case kRegcollationOid:
      return true;
    default:
      return false;
  }
}

ObjectNameResolver* CurrentObjectNames() { return current_resolver; }

ScopedObjectNames::ScopedObjectNames(ObjectNameResolver* resolver) : previous_(current_resolver) {
  current_resolver = resolver;
}
ScopedObjectNames::~ScopedObjectNames() { current_resolver = previous_; }

Result<uint32_t> ParseRegText(uint32_t reg_type, std::string_view text) {
  std::string_view trimmed = text;
  while (!trimmed.empty() && (trimmed.front() == ' ' || trimmed.front() == '\t' || trimmed.front() == '\n')) {
    trimmed.remove_prefix(1);
  }
  while (!trimmed.empty() && (trimmed.back() == ' ' || trimmed.back() == '\t' || trimmed.back() == '\n')) {
    trimmed.remove_suffix(1);
  }
  if (trimmed == "-") return 0u;
  if (IsDigits(trimmed)) {
    uint64_t value = 0;
    for (char c : trimmed) {
      value = value * 10 + static_cast<uint64_t>(c - '0');
      if (value > UINT32_MAX) {
        return Status::Error(sqlstate::kNumericValueOutOfRange,
                             "value \"" + std::string(text) + "\" is out of range for type oid");
      }
    }
    return static_cast<uint32_t>(value);
  }
  if (current_resolver == nullptr) {
    return Status::NotSupported("name input of type " + std::string(TypeName(reg_type)) + " outside a session");
  }
  return current_resolver->Lookup(reg_type, trimmed);
}

void AppendRegText(uint32_t reg_type, uint32_t oid, std::string* out) {
  if (oid == 0) {
    out->push_back('-');
    return;
  }
  if (reg_type == kRegtypeOid) {
    std::string_view name = TypeName(oid);
    if (name != "???") {
      out->append(FormatType(SqlType::Of(oid)));
      return;
    }
  }
  if (current_resolver != nullptr) {
    if (auto name = current_resolver->NameOf(reg_type, oid)) {
      out->append(*name);
      return;
    }
  }
  out->append(std::to_string(oid));
}

std::string QuoteIdentifier(std::string_view name) {
  bool safe = !name.empty() && ((name[0] >= 'a' && name[0] <= 'z') || name[0] == '_');
  for (char c : name) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) safe = false;
  }
  if (safe && std::binary_search(std::begin(kQuotedKeywords), std::end(kQuotedKeywords), name)) safe = false;
  if (safe) return std::string(name);
  std::string quoted = "\"";
  for (char c : name) {
    if (c == '"') quoted.push_back('"');
    quoted.push_back(c);
  }
  quoted.push_back('"');
  return quoted;
}

Result<std::vector<std::string>> ParseQualifiedName(std::string_view text) {
  std::vector<std::string> parts;
  auto invalid = [&] { return Status::Error("42602", "invalid name syntax"); };
  size_t i = 0;
  while (true) {
    std::string part;
    if (i < text.size() && text[i] == '"') {
      ++i;
      bool closed = false;
      while (i < text.size()) {
        if (text[i] == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            part.push_back('"');
            i += 2;
            continue;
          }
          ++i;
          closed = true;
          break;
        }
        part.push_back(text[i++]);
      }
      if (!closed || part.empty()) return invalid();
    } else {
      while (i < text.size() && text[i] != '.' && text[i] != ' ') {
        char c = text[i++];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        part.push_back(c);
      }
      if (part.empty()) return invalid();
    }
    while (i < text.size() && text[i] == ' ') ++i;
    parts.push_back(std::move(part));
    if (i == text.size()) break;
    if (text[i] != '.') return invalid();
    ++i;
    while (i < text.size() && text[i] == ' ') ++i;
  }
  return parts;
}

}  // namespace augur::types
