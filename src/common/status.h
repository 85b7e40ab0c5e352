// Status and Result<T>: how every augurdb function reports failure.
//
// A Status is either OK or an error carrying a PostgreSQL SQLSTATE (five
// characters, see /usr/share/postgresql/15/errcodes.txt), a primary message,
// and optional detail, hint and 1-based cursor position into the query text.
// Errors travel unchanged from the layer that detects them to the wire, where
// net/ turns them into an ErrorResponse. Both types are [[nodiscard]]: an
// ignored error is a compile error; drop one deliberately with IgnoreError().
//
// Thread-safety: plain values; safe to copy and move between threads.
#pragma once

#include <cassert>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace augur {

// Frequently used SQLSTATE codes. Spelled as in errcodes.txt.
namespace sqlstate {
inline constexpr std::string_view kSuccessfulCompletion = "00000";
inline constexpr std::string_view kWarning = "01000";
inline constexpr std::string_view kConnectionException = "08000";
inline constexpr std::string_view kProtocolViolation = "08P01";
inline constexpr std::string_view kFeatureNotSupported = "0A000";
inline constexpr std::string_view kCardinalityViolation = "21000";
inline constexpr std::string_view kDataException = "22000";
inline constexpr std::string_view kStringDataRightTruncation = "22001";
inline constexpr std::string_view kNumericValueOutOfRange = "22003";
inline constexpr std::string_view kNullValueNotAllowed = "22004";
inline constexpr std::string_view kInvalidDatetimeFormat = "22007";
inline constexpr std::string_view kDatetimeFieldOverflow = "22008";
inline constexpr std::string_view kDivisionByZero = "22012";
inline constexpr std::string_view kInvalidParameterValue = "22023";
inline constexpr std::string_view kInvalidTextRepresentation = "22P02";
inline constexpr std::string_view kInvalidBinaryRepresentation = "22P03";
inline constexpr std::string_view kCharacterNotInRepertoire = "22021";
inline constexpr std::string_view kInvalidEscapeSequence = "22025";
inline constexpr std::string_view kSubstringError = "22011";
inline constexpr std::string_view kIntegrityConstraintViolation = "23000";
inline constexpr std::string_view kNotNullViolation = "23502";
inline constexpr std::string_view kForeignKeyViolation = "23503";
inline constexpr std::string_view kUniqueViolation = "23505";
inline constexpr std::string_view kCheckViolation = "23514";
inline constexpr std::string_view kInvalidCursorState = "24000";
inline constexpr std::string_view kInvalidTransactionState = "25000";
inline constexpr std::string_view kActiveSqlTransaction = "25001";
inline constexpr std::string_view kNoActiveSqlTransaction = "25P01";
inline constexpr std::string_view kInFailedSqlTransaction = "25P02";
inline constexpr std::string_view kReadOnlySqlTransaction = "25006";
inline constexpr std::string_view kInvalidSqlStatementName = "26000";
inline constexpr std::string_view kInvalidAuthorizationSpecification = "28000";
inline constexpr std::string_view kInvalidPassword = "28P01";
inline constexpr std::string_view kInvalidCursorName = "34000";
inline constexpr std::string_view kInvalidCatalogName = "3D000";
inline constexpr std::string_view kInvalidSchemaName = "3F000";
inline constexpr std::string_view kSavepointException = "3B000";
inline constexpr std::string_view kInvalidSavepointSpecification = "3B001";
inline constexpr std::string_view kSerializationFailure = "40001";
inline constexpr std::string_view kDeadlockDetected = "40P01";
inline constexpr std::string_view kSyntaxError = "42601";
inline constexpr std::string_view kInsufficientPrivilege = "42501";
inline constexpr std::string_view kUndefinedColumn = "42703";
inline constexpr std::string_view kUndefinedFunction = "42883";
inline constexpr std::string_view kUndefinedTable = "42P01";
inline constexpr std::string_view kUndefinedParameter = "42P02";
inline constexpr std::string_view kUndefinedObject = "42704";
inline constexpr std::string_view kDuplicateColumn = "42701";
inline constexpr std::string_view kDuplicateTable = "42P07";
inline constexpr std::string_view kDuplicateObject = "42710";
inline constexpr std::string_view kDuplicatePreparedStatement = "42P05";
inline constexpr std::string_view kDuplicateCursor = "42P03";
inline constexpr std::string_view kAmbiguousColumn = "42702";
inline constexpr std::string_view kAmbiguousFunction = "42725";
inline constexpr std::string_view kAmbiguousParameter = "42P08";
inline constexpr std::string_view kIndeterminateDatatype = "42P18";
inline constexpr std::string_view kDatatypeMismatch = "42804";
inline constexpr std::string_view kWrongObjectType = "42809";
inline constexpr std::string_view kGroupingError = "42803";
inline constexpr std::string_view kInvalidColumnReference = "42P10";
inline constexpr std::string_view kCannotCoerce = "42846";
inline constexpr std::string_view kInvalidTableDefinition = "42P16";
inline constexpr std::string_view kInvalidColumnDefinition = "42611";
inline constexpr std::string_view kUndefinedDatabase = "3D000";
inline constexpr std::string_view kTooManyConnections = "53300";
inline constexpr std::string_view kOutOfMemory = "53200";
inline constexpr std::string_view kProgramLimitExceeded = "54000";
inline constexpr std::string_view kStatementTooComplex = "54001";
inline constexpr std::string_view kLockNotAvailable = "55P03";
inline constexpr std::string_view kObjectInUse = "55006";
inline constexpr std::string_view kQueryCanceled = "57014";
inline constexpr std::string_view kAdminShutdown = "57P01";
inline constexpr std::string_view kIoError = "58030";
inline constexpr std::string_view kInternalError = "XX000";
inline constexpr std::string_view kDataCorrupted = "XX001";
}  // namespace sqlstate

class [[nodiscard]] Status {
 public:
  Status() = default;  // OK
  static Status Ok() { return Status(); }
  static Status Error(std::string_view sqlstate, std::string message) {
    assert(sqlstate.size() == 5);
    Status s;
    s.error_ = std::make_unique<ErrorInfo>();
    s.error_->sqlstate.assign(sqlstate);
    s.error_->message = std::move(message);
    return s;
  }
  // Shorthands for the commonest errors.
  static Status NotSupported(std::string construct) {
    return Error(sqlstate::kFeatureNotSupported, std::move(construct) + " is not supported");
  }
  static Status Internal(std::string message) {
    return Error(sqlstate::kInternalError, std::move(message));
  }

  Status(const Status& other) : error_(other.error_ ? std::make_unique<ErrorInfo>(*other.error_) : nullptr) {}
  Status& operator=(const Status& other) {
    if (this != &other) error_ = other.error_ ? std::make_unique<ErrorInfo>(*other.error_) : nullptr;
    return *this;
  }
  Status(Status&&) noexcept = default;
  Status& operator=(Status&&) noexcept = default;

  bool ok() const { return error_ == nullptr; }
  std::string_view sqlstate() const { return ok() ? sqlstate::kSuccessfulCompletion : std::string_view(error_->sqlstate); }
  const std::string& message() const { return ok() ? Empty() : error_->message; }
  const std::string& detail() const { return ok() ? Empty() : error_->detail; }
  const std::string& hint() const { return ok() ? Empty() : error_->hint; }
  // CONTEXT line(s), e.g. COPY's "COPY t, line 3, column a: \"x\"".
  const std::string& context() const { return ok() ? Empty() : error_->context; }
  // 1-based character position in the query text; 0 when unknown.
  int position() const { return ok() ? 0 : error_->position; }
  bool Is(std::string_view code) const { return sqlstate() == code; }

  // Builders; only meaningful on an error.
  Status&& WithDetail(std::string detail) && { if (error_) error_->detail = std::move(detail); return std::move(*this); }
  Status&& WithHint(std::string hint) && { if (error_) error_->hint = std::move(hint); return std::move(*this); }
  Status&& WithContext(std::string context) && { if (error_) error_->context = std::move(context); return std::move(*this); }
  Status&& WithPosition(int position) && { if (error_) error_->position = position; return std::move(*this); }
  void SetPosition(int position) { if (error_ && error_->position == 0) error_->position = position; }
  void ClearPosition() { if (error_) error_->position = 0; }

  // "42P01: relation "t" does not exist" — for logs and test failure output.
  std::string ToString() const {
    return ok() ? std::string("OK") : error_->sqlstate + ": " + error_->message;
  }
  // Explicitly discards this status (documents that dropping it is intended).
  void IgnoreError() const {}

 private:
  struct ErrorInfo {
    std::string sqlstate;
    std::string message;
    std::string detail;
    std::string hint;
    std::string context;
    int position = 0;
  };
  static const std::string& Empty() {
    static const std::string empty;
    return empty;
  }
  std::unique_ptr<ErrorInfo> error_;  // null when OK: an OK Status is one pointer.
};

// Either a T or an error Status.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : value_(std::move(status)) { assert(!std::get<Status>(value_).ok()); }  // NOLINT

  bool ok() const { return std::holds_alternative<T>(value_); }
  const Status& status() const {
    static const Status ok_status;
    return ok() ? ok_status : std::get<Status>(value_);
  }
  Status TakeStatus() { return ok() ? Status() : std::move(std::get<Status>(value_)); }
  T& value() & { assert(ok()); return std::get<T>(value_); }
  const T& value() const& { assert(ok()); return std::get<T>(value_); }
  T&& value() && { assert(ok()); return std::get<T>(std::move(value_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Status> value_;
};

}  // namespace augur

// Propagation helpers.
#define AUGUR_CONCAT_INNER(a, b) a##b
#define AUGUR_CONCAT(a, b) AUGUR_CONCAT_INNER(a, b)

// Returns the Status from the enclosing function if `expr` is an error.
#define RETURN_IF_ERROR(expr)                          \
  do {                                                 \
    ::augur::Status augur_status_ = (expr);            \
    if (!augur_status_.ok()) return augur_status_;     \
  } while (0)

// `ASSIGN_OR_RETURN(auto x, F())` declares x from a Result or returns its error.
#define ASSIGN_OR_RETURN(lhs, expr) ASSIGN_OR_RETURN_IMPL(AUGUR_CONCAT(augur_result_, __LINE__), lhs, expr)
#define ASSIGN_OR_RETURN_IMPL(tmp, lhs, expr) \
  auto tmp = (expr);                          \
  if (!tmp.ok()) return tmp.TakeStatus();     \
  lhs = std::move(tmp).value()
