// null_server: a PostgreSQL wire-protocol v3 responder that does no work.
//
// It answers every query with one int4 row (value 0) and nothing else: no
// parser, no catalog, no storage, no augurdb code. Its only purpose is to
// measure the ceiling of a pgbench point-SELECT benchmark on this machine:
// whatever TPS pgbench reaches against it is the most ANY server could reach
// with the same client, kernel and hardware (see bench/wire/ceiling.sh and
// docs/benchmarks.md, "Ceiling: a server that does no work").
//
//   null_server --port 56321 [--io-model threads|epoll] [--workers N]
//
// What it answers (enough for pgbench -M simple / extended / prepared):
//   SSLRequest, GSSENCRequest     'N'
//   StartupMessage                AuthenticationOk, ParameterStatus x6,
//                                 BackendKeyData, ReadyForQuery
//   CancelRequest                 connection closed
//   Query                         SELECT…: RowDescription, DataRow, CommandComplete
//                                 "SELECT 1"; anything else: CommandComplete with the
//                                 first word as tag; empty: EmptyQueryResponse;
//                                 then ReadyForQuery
//   Parse / Bind / Close          ParseComplete / BindComplete / CloseComplete
//   Describe                      statement: ParameterDescription + RowDescription
//                                 (or NoData); portal: RowDescription (or NoData)
//   Execute                       DataRow + CommandComplete (SELECT), or the tag
//   Sync                          ReadyForQuery 'I'
//   Flush                         send what is pending
//   Terminate                     connection closed
//
// I/O models (like augurdb's --io-model):
//   threads  one blocking thread per connection: recv() into a buffer, handle
//            every complete message, ONE send() of all responses once a
//            Sync/Query/Flush was handled, recv() again.
//   epoll    --workers N threads, each with its own level-triggered epoll set;
//            the accepting thread hands connections out round-robin. Same
//            one-send-per-batch rule.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace {

constexpr int32_t kProtocolV3 = 196608;        // 3 << 16
constexpr int32_t kSslRequest = 80877103;
constexpr int32_t kGssEncRequest = 80877104;
constexpr int32_t kCancelRequest = 80877102;
constexpr uint32_t kInt4Oid = 23;

// ---- message building --------------------------------------------------------

// Appends backend messages to one output buffer; the length word of each
// message is patched in by End().
class Out {
 public:
  void Begin(char type) {
    buf_.push_back(type);
    start_ = buf_.size();
    buf_.append(4, '\0');
  }
  void Int16(int v) {
    uint16_t n = htons(static_cast<uint16_t>(v));
    buf_.append(reinterpret_cast<const char*>(&n), 2);
  }
  void Int32(int32_t v) {
    uint32_t n = htonl(static_cast<uint32_t>(v));
    buf_.append(reinterpret_cast<const char*>(&n), 4);
  }
  void CStr(std::string_view s) {
    buf_.append(s);
    buf_.push_back('\0');
  }
  void Bytes(std::string_view s) { buf_.append(s); }
  void End() {
    uint32_t n = htonl(static_cast<uint32_t>(buf_.size() - start_));
    std::memcpy(&buf_[start_], &n, 4);
  }
  void Simple(char type) {  // a message with no payload (ParseComplete, …)
    Begin(type);
    End();
  }
  std::string& buf() { return buf_; }

 private:
  std::string buf_;
  size_t start_ = 0;
};

// Reads the fields of one frontend message payload; a short message sets !ok.
struct Reader {
  const char* p;
  const char* end;
  bool ok = true;
  int Int16() {
    if (end - p < 2) return ok = false, 0;
    uint16_t n;
    std::memcpy(&n, p, 2);
    p += 2;
    return static_cast<int16_t>(ntohs(n));
  }
  int32_t Int32() {
    if (end - p < 4) return ok = false, 0;
    uint32_t n;
    std::memcpy(&n, p, 4);
    p += 4;
    return static_cast<int32_t>(ntohl(n));
  }
  std::string_view CStr() {
    const void* nul = std::memchr(p, '\0', static_cast<size_t>(end - p));
    if (nul == nullptr) return ok = false, std::string_view();
    std::string_view s(p, static_cast<size_t>(static_cast<const char*>(nul) - p));
    p += s.size() + 1;
    return s;
  }
  void Skip(int64_t n) {
    if (n < 0 || end - p < n) ok = false; else p += n;
  }
};

// ---- the "engine" ------------------------------------------------------------

// What we remember about a statement: whether it returns our one row, its
// command tag otherwise, and its parameter types.
struct Statement {
  bool is_select = false;
  std::string tag;
  std::vector<int32_t> param_types;
};

Statement Analyze(std::string_view sql, std::vector<int32_t> param_types) {
  Statement st;
  size_t i = 0;
  while (i < sql.size() && std::isspace(static_cast<unsigned char>(sql[i]))) ++i;
  while (i < sql.size() && std::isalpha(static_cast<unsigned char>(sql[i])))
    st.tag.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(sql[i++]))));
  st.is_select = st.tag == "SELECT";
  // Parameters the client did not type: as many as the highest $n, all int4.
  int max_param = 0;
  for (size_t k = 0; k + 1 < sql.size(); ++k) {
    if (sql[k] != '$' || !std::isdigit(static_cast<unsigned char>(sql[k + 1]))) continue;
    max_param = std::max(max_param, std::atoi(sql.data() + k + 1));
  }
  param_types.resize(std::max<size_t>(param_types.size(), static_cast<size_t>(max_param)), 0);
  for (int32_t& t : param_types)
    if (t == 0) t = kInt4Oid;
  st.param_types = std::move(param_types);
  return st;
}

void RowDescription(Out& out, int format) {
  out.Begin('T');
  out.Int16(1);
  out.CStr("abalance");
  out.Int32(0);         // table oid
  out.Int16(0);         // column number
  out.Int32(kInt4Oid);  // type
  out.Int16(4);         // typlen
  out.Int32(-1);        // typmod
  out.Int16(format);    // 0 text, 1 binary
  out.End();
}

void Results(Out& out, const Statement& st, int format) {
  if (!st.is_select) {
    out.Begin('C');
    out.CStr(st.tag);
    out.End();
    return;
  }
  out.Begin('D');
  out.Int16(1);
  if (format == 1) {
    out.Int32(4);
    out.Int32(0);
  } else {
    out.Int32(1);
    out.Bytes("0");
  }
  out.End();
  out.Begin('C');
  out.CStr("SELECT 1");
  out.End();
}

// ---- one connection ------------------------------------------------------------

struct Portal {
  Statement stmt;
  int format = 0;
};

class Connection {
 public:
  explicit Connection(int fd) : fd_(fd) {}
  ~Connection() { close(fd_); }
  int fd() const { return fd_; }

  // Called after each recv(): handles every complete message in the input
  // buffer. Returns false when the connection is to be closed (responses
  // already queued are still sent by the caller).
  bool Process() {
    size_t pos = 0;
    bool keep = true;
    while (keep) {
      const size_t avail = in_.size() - pos;
      const size_t header = started_ ? 5 : 4;  // the startup packet has no type byte
      if (avail < header) break;
      uint32_t len;
      std::memcpy(&len, in_.data() + pos + header - 4, 4);
      len = ntohl(len);
      if (len < 4 || len > (1u << 30)) return false;
      if (avail < header - 4 + len) break;
      const char* body = in_.data() + pos + header;
      Reader r{body, body + (len - 4)};
      keep = started_ ? Message(in_[pos], r) : Startup(r);
      pos += header - 4 + len;
    }
    in_.erase(0, pos);
    return keep;
  }

  // Reads what the socket has (blocking unless flags say otherwise) and
  // appends it to the input buffer. Returns false on EOF or error.
  bool Receive(int flags) {
    char chunk[16384];
    ssize_t n = recv(fd_, chunk, sizeof chunk, flags);
    if (n > 0) {
      in_.append(chunk, static_cast<size_t>(n));
      return true;
    }
    return n < 0 && (errno == EAGAIN || errno == EINTR);
  }

  // One send() of everything queued, once a Sync/Query/Flush (or the startup)
  // asked for it. Returns false if the peer is gone.
  bool SendPending() {
    if (!flush_ || out_.buf().empty()) return true;
    flush_ = false;
    std::string& b = out_.buf();
    size_t off = 0;
    while (off < b.size()) {
      ssize_t n = send(fd_, b.data() + off, b.size() - off, MSG_NOSIGNAL);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) return false;
      off += static_cast<size_t>(n);
    }
    b.clear();
    return true;
  }

 private:
  bool Startup(Reader& r) {
    int32_t code = r.Int32();
    if (code == kSslRequest || code == kGssEncRequest) {
      out_.buf().push_back('N');
      flush_ = true;
      return true;
    }
    if (code != kProtocolV3) return false;  // CancelRequest or unknown: hang up
    started_ = true;
    out_.Begin('R');
    out_.Int32(0);  // AuthenticationOk
    out_.End();
    static const char* const kParams[][2] = {
        {"server_version", "15.0"}, {"server_encoding", "UTF8"},
        {"client_encoding", "UTF8"}, {"DateStyle", "ISO, MDY"},
        {"integer_datetimes", "on"}, {"standard_conforming_strings", "on"}};
    for (const auto& p : kParams) {
      out_.Begin('S');
      out_.CStr(p[0]);
      out_.CStr(p[1]);
      out_.End();
    }
    out_.Begin('K');
    out_.Int32(getpid());
    out_.Int32(fd_);
    out_.End();
    ReadyForQuery();
    return true;
  }

  void ReadyForQuery() {
    out_.Begin('Z');
    out_.Bytes("I");
    out_.End();
    flush_ = true;
  }

  bool Message(char type, Reader& r) {
    switch (type) {
      case 'Q': {  // Query
        std::string_view sql = r.CStr();
        Statement st = Analyze(sql, {});
        if (st.tag.empty()) {
          out_.Simple('I');  // EmptyQueryResponse
        } else {
          if (st.is_select) RowDescription(out_, 0);
          Results(out_, st, 0);
        }
        ReadyForQuery();
        return r.ok;
      }
      case 'P': {  // Parse: name, query, n, n × type oid
        std::string name(r.CStr());
        std::string_view sql = r.CStr();
        std::vector<int32_t> types(static_cast<size_t>(std::max(0, r.Int16())));
        for (int32_t& t : types) t = r.Int32();
        if (!r.ok) return false;
        statements_[name] = Analyze(sql, std::move(types));
        out_.Simple('1');
        return true;
      }
      case 'B': {  // Bind: portal, statement, formats, values, result formats
        std::string portal(r.CStr());
        std::string stmt(r.CStr());
        r.Skip(2 * int64_t{r.Int16()});
        for (int n = r.Int16(); n > 0 && r.ok; --n) r.Skip(std::max(0, r.Int32()));
        int nfmt = r.Int16();
        int format = nfmt > 0 ? r.Int16() : 0;  // one code for our one column
        auto it = statements_.find(stmt);
        if (!r.ok || it == statements_.end()) return Error("unknown prepared statement");
        portals_[portal] = Portal{it->second, format};
        out_.Simple('2');
        return true;
      }
      case 'D': {  // Describe 'S'tatement or 'P'ortal
        char what = r.p < r.end ? *r.p++ : '\0';
        std::string name(r.CStr());
        if (what == 'S') {
          auto it = statements_.find(name);
          if (it == statements_.end()) return Error("unknown prepared statement");
          out_.Begin('t');  // ParameterDescription
          out_.Int16(static_cast<int>(it->second.param_types.size()));
          for (int32_t t : it->second.param_types) out_.Int32(t);
          out_.End();
          if (it->second.is_select) RowDescription(out_, 0); else out_.Simple('n');
        } else {
          auto it = portals_.find(name);
          if (it == portals_.end()) return Error("unknown portal");
          if (it->second.stmt.is_select) RowDescription(out_, it->second.format);
          else out_.Simple('n');
        }
        return r.ok;
      }
      case 'E': {  // Execute: portal, max rows (ignored: we have one row)
        auto it = portals_.find(std::string(r.CStr()));
        if (it == portals_.end()) return Error("unknown portal");
        Results(out_, it->second.stmt, it->second.format);
        return r.ok;
      }
      case 'C': {  // Close 'S'/'P' name
        char what = r.p < r.end ? *r.p++ : '\0';
        std::string name(r.CStr());
        if (what == 'S') statements_.erase(name); else portals_.erase(name);
        out_.Simple('3');
        return r.ok;
      }
      case 'S':  // Sync; the unnamed portal dies with the transaction
        portals_.erase(std::string());
        ReadyForQuery();
        return true;
      case 'H':  // Flush
        flush_ = true;
        return true;
      case 'X':  // Terminate
        return false;
      default:
        return Error("unsupported message type");
    }
  }

  // ErrorResponse, then hang up: nothing pgbench sends should get here.
  bool Error(const char* message) {
    out_.Begin('E');
    out_.Bytes("S");
    out_.CStr("FATAL");
    out_.Bytes("C");
    out_.CStr("08P01");
    out_.Bytes("M");
    out_.CStr(message);
    out_.Bytes(std::string_view("\0", 1));
    out_.End();
    flush_ = true;
    return false;
  }

  int fd_;
  bool started_ = false;  // startup packet handled
  bool flush_ = false;    // a Sync/Query/Flush asked for the queued output
  std::string in_;
  Out out_;
  std::map<std::string, Statement> statements_;
  std::map<std::string, Portal> portals_;
};

// ---- I/O models ----------------------------------------------------------------

void ServeBlocking(int fd) {
  Connection c(fd);
  while (c.Receive(0)) {
    bool keep = c.Process();
    if (!c.SendPending() || !keep) break;
  }
}

// One epoll worker: waits on its own set, serves whatever is ready.
void EpollWorker(int epfd) {
  epoll_event events[64];
  for (;;) {
    int n = epoll_wait(epfd, events, 64, -1);
    for (int i = 0; i < n; ++i) {
      auto* c = static_cast<Connection*>(events[i].data.ptr);
      bool keep = c->Receive(MSG_DONTWAIT);
      keep = keep && c->Process();
      if (!c->SendPending() || !keep) {
        epoll_ctl(epfd, EPOLL_CTL_DEL, c->fd(), nullptr);
        delete c;  // closes the socket
      }
    }
  }
}

[[noreturn]] void Usage() {
  std::fprintf(stderr, "usage: null_server --port P [--io-model threads|epoll] [--workers N]\n");
  std::exit(2);
}

}  // namespace

int main(int argc, char** argv) {
  int port = 0, workers = 2;
  std::string io_model = "threads";
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (i + 1 >= argc) Usage();
    if (a == "--port") port = std::atoi(argv[++i]);
    else if (a == "--io-model") io_model = argv[++i];
    else if (a == "--workers") workers = std::atoi(argv[++i]);
    else Usage();
  }
  if (port <= 0 || workers <= 0 || (io_model != "threads" && io_model != "epoll")) Usage();
  signal(SIGPIPE, SIG_IGN);

  int lfd = socket(AF_INET, SOCK_STREAM, 0);
  int one = 1;
  setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (bind(lfd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || listen(lfd, 128) != 0) {
    std::perror("null_server: bind/listen");
    return 1;
  }

  std::vector<int> epfds;
  if (io_model == "epoll") {
    for (int w = 0; w < workers; ++w) {
      epfds.push_back(epoll_create1(0));
      std::thread(EpollWorker, epfds.back()).detach();
    }
  }
  std::printf("null_server listening on 127.0.0.1:%d (io-model %s", port, io_model.c_str());
  if (io_model == "epoll") std::printf(", %d workers", workers);
  std::printf(")\n");
  std::fflush(stdout);

  for (size_t next = 0;; ++next) {
    int fd = accept(lfd, nullptr, nullptr);
    if (fd < 0) continue;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);  // as PostgreSQL does
    if (epfds.empty()) {
      std::thread(ServeBlocking, fd).detach();
    } else {
      epoll_event ev{};
      ev.events = EPOLLIN;  // level-triggered
      ev.data.ptr = new Connection(fd);
      if (epoll_ctl(epfds[next % epfds.size()], EPOLL_CTL_ADD, fd, &ev) != 0)
        delete static_cast<Connection*>(ev.data.ptr);
    }
  }
}
