// Reads libpg_query's JSON parse tree into ParseTree's flat node array.
#include "sql/parse_tree.h"

#include <pg_query.h>

#include <cstdlib>
#include <cstring>

#include <simdjson.h>

namespace augur::sql {

namespace {

// Keeps one simdjson parser per thread: its buffers are reused across queries.
simdjson::dom::parser& ThreadParser() {
  thread_local simdjson::dom::parser parser;
  return parser;
}

}  // namespace

// Builds the flat node array. Children of each object/array are allocated as
// one contiguous block before recursing, so PgNode can index them directly.
class TreeBuilder {
 public:
  TreeBuilder(std::vector<ParseTree::Node>& nodes, std::string& strings)
      : nodes_(nodes), strings_(strings) {}

  std::string_view Intern(std::string_view s) {
    size_t offset = strings_.size();
    assert(strings_.size() + s.size() <= strings_.capacity());  // no reallocation
    strings_.append(s);
    return std::string_view(strings_.data() + offset, s.size());
  }

  void Fill(uint32_t index, simdjson::dom::element element, int depth) {
    if (depth > 2000) {  // the JSON nests ~3 levels per SQL level; PG limits depth too
      nodes_[index].kind = PgNode::Kind::kNull;
      too_deep = true;
      return;
    }
    using simdjson::dom::element_type;
    switch (element.type()) {
      case element_type::OBJECT: {
        simdjson::dom::object object = element.get_object().value_unsafe();
        uint32_t count = static_cast<uint32_t>(object.size());
        uint32_t first = static_cast<uint32_t>(nodes_.size());
        nodes_.resize(nodes_.size() + count);
        nodes_[index].kind = PgNode::Kind::kObject;
        nodes_[index].first_child = first;
        nodes_[index].child_count = count;
        uint32_t i = 0;
        for (auto field : object) {
          nodes_[first + i].key = Intern(field.key);
          Fill(first + i, field.value, depth + 1);
          ++i;
        }
        break;
      }
      case element_type::ARRAY: {
        simdjson::dom::array array = element.get_array().value_unsafe();
        uint32_t count = static_cast<uint32_t>(array.size());
        uint32_t first = static_cast<uint32_t>(nodes_.size());
        nodes_.resize(nodes_.size() + count);
        nodes_[index].kind = PgNode::Kind::kArray;
        nodes_[index].first_child = first;
        nodes_[index].child_count = count;
        uint32_t i = 0;
        for (auto item : array) Fill(first + i++, item, depth + 1);
        break;
      }
      case element_type::STRING:
        nodes_[index].kind = PgNode::Kind::kString;
        nodes_[index].string_value = Intern(element.get_string().value_unsafe());
        break;
      case element_type::INT64:
        nodes_[index].kind = PgNode::Kind::kInt;
        nodes_[index].int_value = element.get_int64().value_unsafe();
        break;
      case element_type::UINT64:
        nodes_[index].kind = PgNode::Kind::kInt;
        nodes_[index].int_value = static_cast<int64_t>(element.get_uint64().value_unsafe());
        break;
      case element_type::DOUBLE:
        nodes_[index].kind = PgNode::Kind::kDouble;
        nodes_[index].double_value = element.get_double().value_unsafe();
        break;
      case element_type::BOOL:
        nodes_[index].kind = PgNode::Kind::kBool;
        nodes_[index].bool_value = element.get_bool().value_unsafe();
        break;
      case element_type::NULL_VALUE:
        nodes_[index].kind = PgNode::Kind::kNull;
        break;
    }
  }

  bool too_deep = false;

 private:
  std::vector<ParseTree::Node>& nodes_;
  std::string& strings_;
};

ParseTree::~ParseTree() = default;

Result<std::unique_ptr<ParseTree>> ParseTree::Parse(std::string_view text) {
  std::unique_ptr<ParseTree> tree(new ParseTree());
  tree->text_.assign(text);
  PgQueryParseResult result = pg_query_parse(tree->text_.c_str());
  if (result.error != nullptr) {
    // The grammar raises its frame-clause errors (gram.y makeFrameOptions)
    // as 42P20 windowing errors, its own feature errors (ereport with
    // FEATURE_NOT_SUPPORTED) as 0A000, every other one as a syntax error.
    std::string_view message = result.error->message;
    bool frame_error = message.starts_with("frame start") || message.starts_with("frame end") ||
                       message.starts_with("frame starting from");
    // processCASbits: "CHECK constraints cannot be marked DEFERRABLE" and
    // the like are FEATURE_NOT_SUPPORTED too.
    const bool unsupported = message.ends_with(" not yet implemented") ||
                             message.find(" constraints cannot be marked ") != std::string_view::npos;
    Status status = Status::Error(frame_error   ? std::string_view("42P20")
                                  : unsupported ? sqlstate::kFeatureNotSupported
                                                : sqlstate::kSyntaxError,
                                  result.error->message)
                        .WithPosition(result.error->cursorpos);
    pg_query_free_parse_result(result);
    return status;
  }
  size_t json_size = std::strlen(result.parse_tree);
  auto document = ThreadParser().parse(result.parse_tree, json_size);
  if (document.error()) {
    pg_query_free_parse_result(result);
    return Status::Internal("could not read the parse tree");
  }
  tree->json_.reserve(json_size + 1);
  tree->nodes_.reserve(json_size / 16 + 4);
  tree->nodes_.resize(1);
  TreeBuilder builder(tree->nodes_, tree->json_);
  builder.Fill(0, document.value_unsafe(), 0);
  pg_query_free_parse_result(result);
  if (builder.too_deep) {
    return Status::Error(sqlstate::kStatementTooComplex, "stack depth limit exceeded");
  }

  PgNode root(tree.get(), 0);
  for (PgNode item : root.List("stmts")) {
    RawStatement statement;
    statement.node = item.Field("stmt");
    statement.location = static_cast<int>(item.Int("stmt_location"));
    statement.length = static_cast<int>(item.Int("stmt_len"));
    tree->statements_.push_back(statement);
  }
  return tree;
}

int64_t ParseTree::IntegerConstant(PgNode a_const) const {
  PgNode ival = a_const.Field("ival");
  if (ival.Field("ival")) return ival.Int("ival");
  // Lost by libpg_query's JSON writer: value is 0 or negative. Re-read it.
  int location = a_const.Location();
  if (location < 0 || static_cast<size_t>(location) >= text_.size()) return 0;
  const char* p = text_.c_str() + location;
  bool negative = false;
  if (*p == '-') {
    negative = true;
    ++p;
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') ++p;
  }
  int64_t value = 0;
  if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
    value = std::strtoll(p + 2, nullptr, 16);
  } else {
    while (*p >= '0' && *p <= '9') value = value * 10 + (*p++ - '0');
  }
  return negative ? -value : value;
}

std::string_view RawStatement::Text(std::string_view full) const {
  size_t start = static_cast<size_t>(location);
  if (start > full.size()) return {};
  return length == 0 ? full.substr(start) : full.substr(start, static_cast<size_t>(length));
}

// ---- PgNode ----

PgNode::Kind PgNode::kind() const {
  return tree_ == nullptr ? Kind::kNull : tree_->nodes_[index_].kind;
}

std::string_view PgNode::Tag() const {
  if (kind() != Kind::kObject) return {};
  const auto& node = tree_->nodes_[index_];
  if (node.child_count != 1) return {};
  std::string_view key = tree_->nodes_[node.first_child].key;
  if (key.empty() || !(key[0] >= 'A' && key[0] <= 'Z')) return {};
  return key;
}

PgNode PgNode::Body() const {
  if (Tag().empty()) return *this;
  return PgNode(tree_, tree_->nodes_[index_].first_child);
}

PgNode PgNode::Field(std::string_view name) const {
  PgNode body = Body();
  if (body.kind() != Kind::kObject) return {};
  const auto& node = tree_->nodes_[body.index_];
  for (uint32_t i = 0; i < node.child_count; ++i) {
    if (tree_->nodes_[node.first_child + i].key == name) return PgNode(tree_, node.first_child + i);
  }
  return {};
}

int64_t PgNode::Int(std::string_view name, int64_t fallback) const {
  PgNode field = Field(name);
  return field ? field.AsInt(fallback) : fallback;
}

std::string_view PgNode::AsString() const {
  return kind() == Kind::kString ? tree_->nodes_[index_].string_value : std::string_view();
}

int64_t PgNode::AsInt(int64_t fallback) const {
  switch (kind()) {
    case Kind::kInt: return tree_->nodes_[index_].int_value;
    case Kind::kDouble: return static_cast<int64_t>(tree_->nodes_[index_].double_value);
    case Kind::kBool: return tree_->nodes_[index_].bool_value ? 1 : 0;
    default: return fallback;
  }
}

double PgNode::AsDouble() const {
  switch (kind()) {
    case Kind::kInt: return static_cast<double>(tree_->nodes_[index_].int_value);
    case Kind::kDouble: return tree_->nodes_[index_].double_value;
    default: return 0;
  }
}

bool PgNode::AsBool() const { return kind() == Kind::kBool && tree_->nodes_[index_].bool_value; }

std::vector<PgNode> PgNode::Items() const {
  std::vector<PgNode> items;
  if (kind() != Kind::kArray) return items;
  const auto& node = tree_->nodes_[index_];
  items.reserve(node.child_count);
  for (uint32_t i = 0; i < node.child_count; ++i) items.push_back(PgNode(tree_, node.first_child + i));
  return items;
}

std::vector<PgNode> PgNode::Members() const {
  std::vector<PgNode> members;
  PgNode body = Body();
  if (body.kind() != Kind::kObject) return members;
  const auto& node = tree_->nodes_[body.index_];
  members.reserve(node.child_count);
  for (uint32_t i = 0; i < node.child_count; ++i) members.push_back(PgNode(tree_, node.first_child + i));
  return members;
}

std::string_view PgNode::Key() const { return tree_ == nullptr ? std::string_view() : tree_->nodes_[index_].key; }

size_t PgNode::Size() const {
  Kind k = kind();
  return (k == Kind::kArray || k == Kind::kObject) ? tree_->nodes_[index_].child_count : 0;
}

}  // namespace augur::sql
