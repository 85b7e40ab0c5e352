// The contract between the wire protocol (net/) and the SQL engine (sql/).
//
// net/ owns sockets, message framing, authentication and the protocol state
// machine; it knows nothing of SQL. The engine owns parsing, planning,
// execution and transactions; it knows nothing of sockets. net/ calls a
// Session for each protocol action and hands it a ResultSink to write results
// into. Field values arrive already encoded (text or binary, per the format the
// client asked for) so net/ never interprets a value.
//
// Ownership: one Session per client connection, owned by net/'s connection.
// Thread-safety: a Session is used by one thread at a time, except
// RequestCancel(), which may be called from any thread (CancelRequest arrives
// on a different connection).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/status.h"

namespace augur::sql {

// One column of a RowDescription. For a column taken straight from a table,
// table_oid and column_attnum identify it; otherwise both are 0.
struct ResultColumn {
  std::string name;
  uint32_t table_oid = 0;
  int16_t column_attnum = 0;
  uint32_t type_oid = 0;   // never 0: the real PostgreSQL type OID
  int16_t type_size = 0;   // pg_type.typlen (-1 for varlena)
  int32_t type_modifier = -1;
};

// Format codes as in the protocol.
inline constexpr int16_t kTextFormat = 0;
inline constexpr int16_t kBinaryFormat = 1;

// Where a Session writes results. Implemented by net/. Calls are per message
// or per batch of rows, never per field.
class PreparedStatement;

class ResultSink {
 public:
  virtual ~ResultSink() = default;

  // RowDescription; `formats` has one entry per column.
  virtual void SendRowDescription(std::span<const ResultColumn> columns,
                                  std::span<const int16_t> formats) = 0;

  // The engine appends complete DataRow messages (see AppendDataRow* below)
  // to this buffer; net/ sends it. The engine calls RowsAppended() after each
  // batch so net/ can flush when the buffer is large.
  virtual std::string& RowBuffer() = 0;
  virtual void RowsAppended() = 0;

  // CommandComplete with a tag such as "INSERT 0 3", "SELECT 2", "BEGIN".
  virtual void SendCommandComplete(std::string_view tag) = 0;
  virtual void SendEmptyQueryResponse() = 0;
  // NoticeResponse (e.g. "there is no transaction in progress", 25P01 WARNING).
  virtual void SendNotice(std::string_view severity, const Status& notice) = 0;
  // ParameterStatus, when a reported setting changes.
  virtual void SendParameterStatus(std::string_view name, std::string_view value) = 0;
  // ---- COPY (docs/net.md "COPY"). The engine drives COPY: it asks net/ to
  // start the copy sub-protocol, then pulls (FROM STDIN) or pushes (TO
  // STDOUT) the data itself, and finally sends CommandComplete "COPY n" as
  // for any statement. The defaults reject COPY (sinks without a client).

  // COPY FROM STDIN: sends CopyInResponse (overall format, one format per
  // column) and flushes, so the client starts sending.
  virtual Status BeginCopyIn(int16_t format, std::span<const int16_t> column_formats) {
    (void)format;
    (void)column_formats;
    return Status::Error("0A000", "COPY FROM STDIN is not supported here");
  }
  // The next CopyData payload → true (`*data` valid until the next call);
  // CopyDone → false. CopyFail → 57014 "COPY from stdin failed: <message>".
  // Flush and Sync are ignored, as in PostgreSQL. Any other message, or the
  // connection ending, is an 08P01 error after which net/ closes the
  // connection. After an error the engine simply stops reading: net/
  // discards the rest of the stream (CopyData/CopyDone/CopyFail) itself.
  virtual Result<bool> ReadCopyData(std::string_view* data) {
    (void)data;
    return Status::Error("0A000", "COPY FROM STDIN is not supported here");
  }
  // COPY TO STDOUT: sends CopyOutResponse. The engine then appends CopyData
  // messages (BeginCopyData/EndCopyData below) to RowBuffer(), calls
  // RowsAppended() after each batch, and ends with EndCopyOut() (CopyDone).
  virtual Status BeginCopyOut(int16_t format, std::span<const int16_t> column_formats) {
    (void)format;
    (void)column_formats;
    return Status::Error("0A000", "COPY TO STDOUT is not supported here");
  }
  virtual void EndCopyOut() {}
};

// Writing CopyData ('d') messages into ResultSink::RowBuffer():
//   size_t start = BeginCopyData(buf); buf.append(bytes...); EndCopyData(buf, start);
size_t BeginCopyData(std::string& buffer);
void EndCopyData(std::string& buffer, size_t start);

// Writing DataRow messages into ResultSink::RowBuffer(). Usage per row:
//   size_t start = BeginDataRow(buf, field_count);
//   AppendField(buf, bytes) / AppendNullField(buf) ... for each field
//   EndDataRow(buf, start);
size_t BeginDataRow(std::string& buffer, int16_t field_count);
void AppendField(std::string& buffer, std::string_view bytes);
void AppendNullField(std::string& buffer);
void EndDataRow(std::string& buffer, size_t start);

// A parameter value as Bind delivers it.
struct BindParameter {
  bool is_null = true;
  int16_t format = kTextFormat;
  std::string_view bytes;  // valid only for the duration of the Bind call
};

// What a prepared statement needs to tell the client.
class PreparedStatement {
 public:
  virtual ~PreparedStatement() = default;
  // Parameter types after inference ($n without a given type resolved from
  // context, or 42P18 at Prepare time).
  virtual std::span<const uint32_t> parameter_type_oids() const = 0;
  // Empty when the statement returns no rows (Describe answers NoData).
  virtual std::span<const ResultColumn> result_columns() const = 0;
};

// A bound statement ready to run, possibly partially executed.
class Portal {
 public:
  virtual ~Portal() = default;
  virtual std::span<const ResultColumn> result_columns() const = 0;
  virtual std::span<const int16_t> result_formats() const = 0;
  // Where the protocol may keep the encoded RowDescription of these columns
  // for the formats it was encoded with, reused by later portals of the same
  // plan (a prepared statement is described at every execution); null: none.
  struct DescriptionCache {
    std::vector<int16_t> formats;
    std::string message;
  };
  virtual DescriptionCache* description_cache() const { return nullptr; }
};

struct ExecuteOutcome {
  // True when the row limit stopped execution before the end (PortalSuspended);
  // false when the statement completed and a CommandComplete was sent.
  bool suspended = false;
};

// The connection's named prepared statements: Parse messages and SQL
// PREPARE share one namespace, as in PostgreSQL. Implemented by net/ (the
// statements live as long as the connection). Thread: the session's.
class PreparedStatementDirectory {
 public:
  virtual ~PreparedStatementDirectory() = default;
  // SQL PREPARE: false when the name is taken (42P05).
  virtual bool AddPreparedStatement(std::string_view name, std::shared_ptr<PreparedStatement> statement) = 0;
  // SQL EXECUTE: null when there is no statement of that name.
  virtual std::shared_ptr<PreparedStatement> FindPreparedStatement(std::string_view name) const = 0;
  // SQL DEALLOCATE: an empty name means ALL. False when the named statement
  // does not exist.
  virtual bool DeallocatePreparedStatement(std::string_view name) = 0;
  // pg_prepared_statements: every named statement, in name order.
  virtual void ForEachPreparedStatement(
      const std::function<void(std::string_view name, const PreparedStatement& statement)>& visit) const = 0;
};

// What a session may ask of the other sessions of the server
// (pg_cancel_backend, pg_terminate_backend). Implemented by net/'s registry of
// connections. Thread-safety: any thread.
class BackendDirectory {
 public:
  virtual ~BackendDirectory() = default;
  // False when no session has this process id.
  virtual bool CancelBackend(int32_t process_id) = 0;
  // Cancels the session's statement and ends its connection with FATAL 57P01.
  virtual bool TerminateBackend(int32_t process_id) = 0;
};

// A run-time setting from the StartupMessage (name, value), in packet order;
// "options" is passed as is (the session splits its "-c name=value" words).
using StartupParameter = std::pair<std::string, std::string>;

// NOTIFY delivered to a listening session (NotificationResponse).
struct Notification {
  int32_t process_id = 0;  // of the notifying session
  std::string channel;
  std::string payload;
};

// The engine's view of one client session.
class Session {
 public:
  virtual ~Session() = default;

  // LISTEN/NOTIFY: notifications committed for the channels this session
  // listens on, oldest first; net/ sends them while the session is idle.
  virtual std::vector<Notification> TakeNotifications() { return {}; }

  // Simple query protocol: `text` may hold several statements. For each, the
  // session sends RowDescription/DataRows as needed and CommandComplete, or
  // EmptyQueryResponse for empty text. On the first error it stops and
  // returns the error (net/ sends the ErrorResponse). Statements outside an
  // explicit transaction block run in one implicit transaction per message.
  virtual Status ExecuteSimpleQuery(std::string_view text, ResultSink& sink) = 0;

  // Extended protocol. `parameter_type_oids` may contain 0 for "infer".
  virtual Result<std::shared_ptr<PreparedStatement>> Prepare(
      std::string_view text, std::span<const uint32_t> parameter_type_oids) = 0;
  virtual Result<std::unique_ptr<Portal>> Bind(std::shared_ptr<PreparedStatement> statement,
                                               std::span<const BindParameter> parameters,
                                               std::span<const int16_t> result_formats) = 0;
  // Runs the portal, sending at most `max_rows` DataRows (0 = no limit). On
  // completion sends CommandComplete (or EmptyQueryResponse). RowDescription
  // is NOT sent here: Describe does that in the extended protocol.
  virtual Result<ExecuteOutcome> Execute(Portal& portal, int64_t max_rows, ResultSink& sink) = 0;
  // Describe of a portal name the protocol does not know: SQL cursors
  // (DECLARE) are portals too. Their result columns (text formats), or
  // 34000 when there is no such cursor either.
  virtual Result<std::vector<ResultColumn>> DescribeCursor(std::string_view name) {
    return Status::Error(sqlstate::kInvalidCursorName, "portal \"" + std::string(name) + "\" does not exist");
  }
  // Sync: ends the implicit transaction of the extended protocol (commits it,
  // or rolls it back after an error).
  virtual Status Sync() = 0;

  // 'I' idle, 'T' in a transaction block, 'E' in a failed transaction block.
  virtual char TransactionStatus() const = 0;

  // Cancels the statement running now, if any (57014). Any thread.
  virtual void RequestCancel() = 0;

  // Called once when the connection ends; rolls back an open transaction.
  virtual void Close() = 0;

  // ---- Session settings (see docs/settings.md). Defaults suit fakes.

  // Applies the StartupMessage's run-time parameters before the greeting. An
  // error fails the connection (FATAL), as PostgreSQL does: 42704 unknown
  // setting, 22023 invalid value, 42601 bad "options" word.
  virtual Status ApplyStartupParameters(std::span<const StartupParameter> parameters) {
    (void)parameters;
    return Status::Ok();
  }
  // ParameterStatus messages to send: every reported setting when `all`
  // (the greeting), else those whose value changed since last reported
  // (called before each ReadyForQuery).
  virtual std::vector<std::pair<std::string, std::string>> TakeParameterStatus(bool all) {
    (void)all;
    return {};
  }
  // client_min_messages: false when a NoticeResponse of this severity
  // ("NOTICE", "WARNING", ...) is not to be sent.
  virtual bool WantsNotice(std::string_view severity) const {
    (void)severity;
    return true;
  }
  // idle_in_transaction_session_timeout in ms (0 = none): how long the
  // connection may wait for the next message while in a transaction block.
  virtual int64_t IdleInTransactionTimeoutMs() const { return 0; }
  // Called by net/ once the session is registered: the BackendKeyData
  // process id (pg_backend_pid) and the directory of other sessions.
  virtual void SetBackend(int32_t process_id, BackendDirectory* directory) {
    (void)process_id;
    (void)directory;
  }
  // Called by net/ once: where SQL PREPARE, EXECUTE and DEALLOCATE find the
  // connection's prepared statements (null: those statements fail).
  virtual void SetPreparedStatements(PreparedStatementDirectory* directory) { (void)directory; }

  // net/'s epoll model runs a session on whichever worker thread is free.
  // EnterThread() is called before the calling thread runs anything of this
  // session, LeaveThread() after (same thread): a session keeps per-session
  // state that lives in thread-locals (the random() generator) here.
  virtual void EnterThread() {}
  virtual void LeaveThread() {}
};

// Process-wide engine: owns the storage and catalog, creates sessions.
// What authentication (net/) needs to know about a role before the session
// exists (docs/auth.md).
struct LoginRole {
  // pg_authid.rolpassword: a SCRAM-SHA-256 secret or an MD5 hash; nullopt
  // when the role has none.
  std::optional<std::string> password;
  // rolvaliduntil has passed: password authentication must fail.
  bool password_expired = false;
  // Names of the roles this role is a member of, directly or not (itself
  // excluded): the rules file's +role and samerole match these.
  std::vector<std::string> member_of;
};

class Engine {
 public:
  virtual ~Engine() = default;
  // Checks the role, then the database, as PostgreSQL's InitPostgres does:
  // 28000 role "x" does not exist / role "x" is not permitted to log in;
  // 3D000 database "x" does not exist. `user` is already authenticated.
  virtual Result<std::unique_ptr<Session>> NewSession(std::string_view user,
                                                      std::string_view database) = 0;
  // The role's password for authentication; nullopt when no role has this
  // name. Thread-safe. The default (fakes) knows every role, without password.
  virtual Result<std::optional<LoginRole>> LookupLoginRole(std::string_view user) {
    (void)user;
    return std::optional<LoginRole>(LoginRole{});
  }
};

}  // namespace augur::sql
