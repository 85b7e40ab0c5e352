// One client connection: the PostgreSQL v3 protocol state machine between a
// socket and an sql::Session.
//
// Run() does the whole life of a connection on the calling thread: the startup
// handshake (SSLRequest/GSSENCRequest answered 'N', CancelRequest,
// StartupMessage, trust authentication, ParameterStatus, BackendKeyData), then
// the message loop (simple and extended query protocol) until Terminate, EOF,
// a fatal error or server shutdown. Messages are handled strictly in arrival
// order; output accumulates in one buffer that is sent at ReadyForQuery, on
// Flush/Sync, and whenever it grows past the flush threshold — never per row.
//
// The Connection is the ResultSink handed to the Session, and RowBuffer() is
// the output buffer itself, so DataRows the engine appends need no copy.
//
// Ownership: the Server owns the socket (it closes it after the thread ends);
// the Connection owns the Session and all prepared statements and portals.
// Thread-safety: used by one thread. The Session is registered with the
// CancelRegistry, through which other threads may call RequestCancel().
#pragma once

#include <sys/types.h>

#include <atomic>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "auth/hba.h"
#include "common/status.h"
#include "net/cancel_registry.h"
#include "net/cpu_steering.h"
#include "net/options.h"
#include "net/tls.h"
#include "sql/session.h"

namespace augur::net {

// What a Connection borrows from its Server. All pointers outlive it.
struct ConnectionContext {
  sql::Engine* engine = nullptr;
  const ServerOptions* options = nullptr;
  CancelRegistry* cancel_registry = nullptr;
  const std::atomic<bool>* stopping = nullptr;  // true once Server::Shutdown() began
  int stop_fd = -1;  // becomes readable (and stays so) when stopping
  const TlsContext* tls = nullptr;  // null: no TLS (SSLRequest answered 'N')
  // Client-CPU steering of the connection's thread; null: none (epoll model,
  // --connection-affinity none).
  CpuSteering* steering = nullptr;
  // The rules in force when the connection arrived; null: trust everyone.
  std::shared_ptr<const auth::HbaRules> hba_rules;
  std::string_view mock_auth_key;   // SCRAM mock salts for unknown roles
};

class Connection final : public sql::ResultSink, public sql::PreparedStatementDirectory {
 public:
  // kTooManyClients: the server is at max_connections; the connection still
  // answers SSL negotiation and CancelRequest, then rejects the StartupMessage
  // with FATAL 53300 as PostgreSQL does.
  enum class Admission { kAccepted, kTooManyClients };

  Connection(int socket_fd, const ConnectionContext& context, Admission admission);
  ~Connection() override;
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // What Run() returned: the connection ended (the caller closes it), or it
  // is parked — idle between messages, waiting for input — and Run() must be
  // called again once the socket is readable (docs/net.md "Threading").
  enum class RunResult { kEnded, kParked };

  // Runs the startup handshake on the first call, then the message loop.
  // With may_park false, Run() returns only when the connection ended. With
  // may_park true, it returns kParked instead of blocking when no complete
  // message is buffered and the connection is idle on a plain socket (no TLS,
  // no idle_in_transaction_session_timeout deadline, no COPY); every other
  // wait still blocks the calling thread as in the thread-per-connection model.
  RunResult Run(bool may_park = false);
  // Set by pg_terminate_backend; a parked connection is woken to act on it.
  bool terminate_requested() const { return terminate_requested_.load(); }

  // sql::ResultSink
  void SendRowDescription(std::span<const sql::ResultColumn> columns,
                          std::span<const int16_t> formats) override;
  std::string& RowBuffer() override { return output_; }
  void RowsAppended() override;
  void SendCommandComplete(std::string_view tag) override;
  void SendEmptyQueryResponse() override;
  void SendNotice(std::string_view severity, const Status& notice) override;
  void SendParameterStatus(std::string_view name, std::string_view value) override;
  // sql::PreparedStatementDirectory
  bool AddPreparedStatement(std::string_view name, std::shared_ptr<sql::PreparedStatement> statement) override;
  std::shared_ptr<sql::PreparedStatement> FindPreparedStatement(std::string_view name) const override;
  bool DeallocatePreparedStatement(std::string_view name) override;
  void ForEachPreparedStatement(
      const std::function<void(std::string_view, const sql::PreparedStatement&)>& visit) const override;

  Status BeginCopyIn(int16_t format, std::span<const int16_t> column_formats) override;
  Result<bool> ReadCopyData(std::string_view* data) override;
  Status BeginCopyOut(int16_t format, std::span<const int16_t> column_formats) override;
  void EndCopyOut() override;

 private:
  enum class ReadOutcome { kOk, kClosed, kStopping, kTimeout, kTerminated };
  struct Message {
    char type = 0;
    std::string_view body;  // points into input_; valid until the next read
  };

  // Startup phase; true when a session was established.
  bool Startup();
  bool HandleStartupPacket(std::string_view packet, bool* again);
  bool ReadStartupParameters(MessageReader& reader, uint32_t minor_version);
  bool EstablishSession();
  // The message loop; true when it parked (only with may_park).
  bool ServeMessages(bool may_park);
  // True when a whole message (or a header with an invalid length, which
  // ReadMessage reports) is buffered.
  bool MessageBuffered() const;
  // Compacts input_ and grows it to hold size_bytes plus a read chunk.
  void MakeInputRoom(size_t size_bytes);
  // One non-blocking recv() into the input buffer: > 0 bytes read,
  // kWouldBlock, 0 closed, -2 error.
  ssize_t ReceiveNow();

  // Authentication and TLS (connection_auth.cc, docs/auth.md). Each returns
  // false when the connection must end (the FATAL, if any, is already sent).
  bool StartTls();
  // The rules file's method (and clientcert=) for this connection.
  bool AuthenticateByMethod();
  // clientcert=verify-full / cert: the certificate's CN is the user (else FATAL).
  bool CertificateMatchesUser(auth::AuthMethod method);
  bool Authenticate();
  bool PasswordAuthentication();
  bool Md5Authentication(const std::string& stored_password);
  bool ScramAuthentication(const std::optional<std::string>& stored_password);
  // The role's usable password (nullopt: unknown role, none, or expired);
  // false when the engine failed (FATAL sent).
  bool StoredPassword(std::optional<std::string>* password);
  bool ReadAuthMessage(Message* message, std::string_view expected);
  void AuthenticationFailed(std::string_view log_detail);
  std::string ConnectionDescription() const;  // host "…", user "…", database "…", … encryption
  // Transport: the socket, or TLS on it once StartTls() succeeded.
  // ReceiveSome: > 0 bytes read, 0 closed, kWouldBlock, or -2 on error.
  static constexpr ssize_t kWouldBlock = -1;
  ssize_t ReceiveSome(char* data, size_t size_bytes);
  bool SendAll(const char* data, size_t size_bytes);
  bool TlsPending() const;

  // Reading. Fill() makes at least `size_bytes` unread bytes available.
  ReadOutcome Fill(size_t size_bytes, int64_t deadline_ms);
  void FollowClientCpu();
  ReadOutcome ReadMessage(Message* message, int64_t deadline_ms = -1);
  // ParameterStatus for settings the last message changed (before ReadyForQuery).
  void SendChangedParameterStatus();
  void ConsumeInput(size_t size_bytes);

  // Writing.
  void Flush();
  void MaybeFlush();
  void SendFatal(const Status& status);

  // Message handlers. They return the error to report; a malformed message
  // additionally sets protocol_violation_ (the error is then FATAL).
  Status HandleQuery(std::string_view body);
  Status HandleParse(std::string_view body);
  Status HandleBind(std::string_view body);
  Status HandleDescribe(std::string_view body);
  Status HandleExecute(std::string_view body);
  Status HandleClose(std::string_view body);
  Status HandleSync(std::string_view body);
  Status CheckMessage(MessageReader& reader);

  // Drops every portal once the session is outside a transaction block, since
  // PostgreSQL portals do not outlive their transaction.
  void DropPortalsIfIdle();

  const int socket_fd_;
  const ConnectionContext context_;
  const Admission admission_;

  std::string input_;          // [input_position_, input_end_) is unread input
  size_t input_position_ = 0;  // bytes of input_ already consumed
  size_t input_end_ = 0;       // bytes of input_ received
  std::string output_;
  bool broken_ = false;        // a send failed; the client is gone
  bool protocol_violation_ = false;
  bool ignore_till_sync_ = false;
  bool send_ready_for_query_ = false;
  // ReadyForQuery went out and no message came since: the client is idle,
  // and NOTIFY's NotificationResponses may be sent (AppendNotifications).
  bool idle_ = false;
  void AppendNotifications();
  // While idle between reads: sends notifications that arrived meanwhile.
  void DeliverNotificationsIfIdle();
  bool copy_in_active_ = false;  // between CopyInResponse and CopyDone/CopyFail
  bool lost_synchronization_ = false;  // an unexpected message arrived during COPY FROM

  struct ssl_st* ssl_ = nullptr;   // TLS session once negotiated (owned)
  bool local_ = false;             // Unix-domain socket
  auth::IpAddress peer_address_;   // TCP client address
  int64_t startup_deadline_ms_ = -1;  // authentication_timeout, until the session starts

  std::string user_;
  std::string database_;
  std::string application_name_;
  // Run-time settings of the StartupMessage, applied by the session.
  std::vector<sql::StartupParameter> startup_parameters_;
  // Set by another session's pg_terminate_backend (through the registry).
  std::atomic<bool> terminate_requested_{false};
  // Plain-socket reads without a deadline block in recv() (SO_RCVTIMEO set).
  bool blocking_reads_ = false;
  // Client-CPU steering (TCP connections only): the CPU this thread is pinned
  // to, and receives counted towards the next look at SO_INCOMING_CPU.
  CpuSteering* steering_ = nullptr;
  CpuSteering::Seat steering_seat_;
  uint32_t receives_ = 0;
  bool started_ = false;  // Startup() ran (Run() may be called again after kParked)
  // The last non-blocking recv() did not fill the buffer: the socket is most
  // likely drained, so parking need not try another recv() first (re-arming
  // the descriptor in epoll reports input that arrived meanwhile).
  bool input_drained_ = false;
  std::unique_ptr<sql::Session> session_;
  BackendKey backend_key_;
  bool registered_ = false;
  // "" is the unnamed statement. std::map keeps memory proportional to the
  // live entries; lookups are by name per message, not per row.
  std::map<std::string, std::shared_ptr<sql::PreparedStatement>, std::less<>> statements_;
  // Named portals, and the unnamed one on its own: a transaction of the
  // extended protocol binds and drops it once, so it costs no map node.
  std::map<std::string, std::unique_ptr<sql::Portal>, std::less<>> portals_;
  std::unique_ptr<sql::Portal> unnamed_portal_;
  sql::Portal* FindPortal(std::string_view name) const;
  void ClosePortal(std::string_view name);
  void CloseAllPortals();
  // HandleBind's scratch arrays, kept so a Bind per transaction allocates
  // none of them (the session copies what it keeps).
  std::vector<int16_t> bind_parameter_codes_;
  std::vector<int16_t> bind_result_codes_;
  std::vector<int16_t> bind_parameter_formats_;
  std::vector<int16_t> bind_result_formats_;
  std::vector<sql::BindParameter> bind_parameters_;
};

}  // namespace augur::net
