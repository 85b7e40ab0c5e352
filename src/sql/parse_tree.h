// ParseTree: PostgreSQL's own raw parse tree for a query text, as produced by
// libpg_query (the real PostgreSQL 15 grammar), in a compact read-only form.
//
// libpg_query emits the tree as JSON; we read it with simdjson into a flat
// array of nodes so the binder can walk it without pulling simdjson into every
// translation unit. PostgreSQL nodes appear as one-key objects
// ({"SelectStmt": {...}}); PgNode::Tag() names the node type and
// PgNode::Field() reads a member. Missing members read as null/0/false/empty,
// which is exactly how libpg_query encodes default values.
//
// Known libpg_query defect handled here: an Integer constant whose value is 0
// or negative is emitted as "ival": {}; A_Const integers are therefore
// re-read from the query text at their location (see IntegerConstant()).
//
// Ownership: a ParseTree owns its nodes and strings and the query text; PgNode
// is a cheap view valid while its tree lives. Thread-safety: immutable after
// Parse(); safe to read from several threads.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"

namespace augur::sql {

class ParseTree;

// A view of one JSON value in a ParseTree.
class PgNode {
 public:
  enum class Kind : uint8_t { kNull, kBool, kInt, kDouble, kString, kArray, kObject };

  PgNode() = default;
  bool IsNull() const { return tree_ == nullptr || kind() == Kind::kNull; }
  explicit operator bool() const { return !IsNull(); }
  Kind kind() const;

  // For a PostgreSQL node ({"Tag": {...}}): the tag, else "".
  std::string_view Tag() const;
  // For a PostgreSQL node: the object inside the tag; otherwise *this.
  PgNode Body() const;
  bool Is(std::string_view tag) const { return Tag() == tag; }

  // Object member (on a node, looks inside its body). Missing → null node.
  PgNode Field(std::string_view name) const;
  std::string_view Str(std::string_view name) const { return Field(name).AsString(); }
  int64_t Int(std::string_view name, int64_t fallback = 0) const;
  bool Bool(std::string_view name) const { return Field(name).AsBool(); }
  // Array member as a list of nodes (empty when missing).
  std::vector<PgNode> List(std::string_view name) const { return Field(name).Items(); }
  // "location" of a node (0-based byte offset into the text), -1 when absent.
  int Location() const { return static_cast<int>(Int("location", -1)); }

  std::string_view AsString() const;
  int64_t AsInt(int64_t fallback = 0) const;
  double AsDouble() const;
  bool AsBool() const;
  std::vector<PgNode> Items() const;
  // Values of an object's members (on a node: of its body), in order.
  std::vector<PgNode> Members() const;
  // Name of the member this node is (when its parent is an object), else "".
  std::string_view Key() const;
  size_t Size() const;  // members of an object / items of an array
  // For {"String": {"sval": "x"}} nodes (names in lists): "x".
  std::string_view StringValue() const { return Field("sval").AsString(); }

  const ParseTree* tree() const { return tree_; }

 private:
  friend class ParseTree;
  PgNode(const ParseTree* tree, uint32_t index) : tree_(tree), index_(index) {}
  const ParseTree* tree_ = nullptr;
  uint32_t index_ = 0;
};

// One statement of a multi-statement text.
struct RawStatement {
  PgNode node;          // e.g. {"SelectStmt": {...}}
  int location = 0;     // byte offset of the statement in the text
  int length = 0;       // byte length (0 = to the end)
  std::string_view Text(std::string_view full) const;
};

class ParseTree {
 public:
  // Parses `text` (one or more ;-separated statements). Syntax errors carry
  // SQLSTATE 42601 and the 1-based cursor position.
  static Result<std::unique_ptr<ParseTree>> Parse(std::string_view text);
  ~ParseTree();

  const std::string& text() const { return text_; }
  const std::vector<RawStatement>& statements() const { return statements_; }

  // The value of an A_Const integer node, recovered from the text when the
  // JSON lost it (see header comment).
  int64_t IntegerConstant(PgNode a_const) const;

 private:
  friend class PgNode;
  friend class TreeBuilder;
  struct Node {
    PgNode::Kind kind = PgNode::Kind::kNull;
    bool bool_value = false;
    uint32_t first_child = 0;  // children are contiguous: [first, first+count)
    uint32_t child_count = 0;
    std::string_view key;      // member name when the parent is an object
    std::string_view string_value;
    int64_t int_value = 0;
    double double_value = 0;
  };
  ParseTree() = default;
  std::string text_;
  std::string json_;           // owns all string_views in nodes_
  std::vector<Node> nodes_;
  std::vector<RawStatement> statements_;
};

}  // namespace augur::sql
