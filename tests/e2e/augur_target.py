"""Which server the end-to-end and stress tests talk to, and how to start one.

Every test in tests/e2e and tests/stress runs against ANY PostgreSQL-compatible
server. The target is chosen by environment variables:

  AUGUR_HOST, AUGUR_PORT   an already running server (default host 127.0.0.1)
  AUGUR_USER, AUGUR_DB     login role and database (default postgres / postgres)
  AUGUR_BIN                path to the augurdb binary; tests that must own the server
                           (crash.py) start it themselves with
                           `augurdb --port P --listen 127.0.0.1 --data-dir DIR`
  AUGUR_PG=1               tests that must own the server start a throw-away
                           PostgreSQL 15 instead (proves the harness on the reference)

ManagedServer is the small interface crash.py needs: start(), kill() (a crash:
SIGKILL for augurdb, `pg_ctl stop -m immediate` for PostgreSQL), stop().
Not thread-safe: one owner per ManagedServer.
"""

import os
import signal
import socket
import subprocess
import sys
import threading
import time

REPO_ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
START_POSTGRES = os.path.join(REPO_ROOT, "scripts", "start-postgres.sh")


def conn_params():
    """Connection keyword arguments for psycopg2 / psycopg from the environment."""
    port = os.environ.get("AUGUR_PORT")
    if not port:
        sys.exit("AUGUR_PORT is not set: point the test at a server "
                 "(AUGUR_HOST/AUGUR_PORT) or use tests/e2e/run-all.sh")
    return dict(host=os.environ.get("AUGUR_HOST", "127.0.0.1"), port=int(port),
                user=os.environ.get("AUGUR_USER", "postgres"),
                dbname=os.environ.get("AUGUR_DB", "postgres"))


def conninfo():
    p = conn_params()
    return "host=%s port=%d user=%s dbname=%s" % (p["host"], p["port"], p["user"], p["dbname"])


def free_port():
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_accepting(host, port, timeout_s, alive=lambda: True):
    """Waits until a login succeeds (not merely a TCP accept). Returns seconds waited."""
    import psycopg2
    start = time.monotonic()
    last_error = None
    while time.monotonic() - start < timeout_s:
        if not alive():
            raise RuntimeError("server process exited during startup")
        try:
            c = psycopg2.connect(host=host, port=port, user=os.environ.get("AUGUR_USER", "postgres"),
                                 dbname=os.environ.get("AUGUR_DB", "postgres"), connect_timeout=2)
            c.close()
            return time.monotonic() - start
        except Exception as e:  # noqa: BLE001 - any failure means "not ready yet"
            last_error = e
            time.sleep(0.05)
    raise RuntimeError("server on %s:%d not accepting logins after %.0f s: %s"
                       % (host, port, timeout_s, last_error))


class ManagedServer:
    host = "127.0.0.1"

    def start(self, timeout_s=60):
        raise NotImplementedError

    def kill(self):
        raise NotImplementedError

    def stop(self):
        raise NotImplementedError

    def kill_during(self, workers, kill_after_s, join_timeout_s):
        """One crash round: runs each worker(stop_event) on its own thread, SIGKILLs the
        server after kill_after_s, sets the event, waits for the workers and starts the
        server again. Returns (problem or None, seconds the restart took)."""
        stop = threading.Event()
        threads = [threading.Thread(target=w, args=(stop,), daemon=True) for w in workers]
        for t in threads:
            t.start()
        time.sleep(kill_after_s)
        self.kill()
        stop.set()
        for t in threads:
            t.join(timeout=join_timeout_s)
        if any(t.is_alive() for t in threads):
            return "clients still blocked %.0f s after the kill" % join_timeout_s, 0.0
        try:
            return None, self.start()
        except RuntimeError as e:
            return "restart failed: %s" % e, 0.0

    def log_tail(self, lines=30):
        try:
            with open(self.log_path, errors="replace") as f:
                return "".join(f.readlines()[-lines:])
        except OSError:
            return "(no log)"


class AugurServer(ManagedServer):
    """augurdb started from its binary on a data directory it creates if absent."""

    name = "augurdb"

    def __init__(self, binary, data_dir, port):
        self.binary, self.data_dir, self.port = binary, data_dir, port
        self.log_path = data_dir.rstrip("/") + ".log"
        self.proc = None

    def start(self, timeout_s=60):
        os.makedirs(self.data_dir, exist_ok=True)
        log = open(self.log_path, "ab")
        self.proc = subprocess.Popen(
            [self.binary, "--port", str(self.port), "--listen", self.host,
             "--data-dir", self.data_dir],
            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True)  # its own process group: kill() takes any children too
        log.close()
        try:
            return wait_accepting(self.host, self.port, timeout_s,
                                  alive=lambda: self.proc.poll() is None)
        except RuntimeError as e:
            raise RuntimeError("%s\n--- %s ---\n%s" % (e, self.log_path, self.log_tail()))

    def kill(self):
        if self.proc and self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.proc.wait()
        self.proc = None

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None


class PostgresServer(ManagedServer):
    """A throw-away PostgreSQL 15 via scripts/start-postgres.sh (initdb on first start)."""

    name = "postgresql"

    def __init__(self, data_dir, port, extra_settings=()):
        self.data_dir, self.port = data_dir, port
        self.log_path = os.path.join(data_dir, "server.log")
        self.extra = []
        for s in extra_settings:
            self.extra += ["-c", s]

    def _script(self, *args):
        r = subprocess.run([START_POSTGRES] + list(args), capture_output=True, text=True)
        if r.returncode != 0:
            raise RuntimeError("start-postgres.sh %s failed: %s%s\n--- log ---\n%s"
                               % (" ".join(args), r.stdout, r.stderr, self.log_tail()))

    def start(self, timeout_s=60):
        t0 = time.monotonic()
        self._script("start", "--port", str(self.port), "--data-dir", self.data_dir, *self.extra)
        wait_accepting(self.host, self.port, timeout_s)
        return time.monotonic() - t0

    def kill(self):
        # SIGKILL of the postmaster alone would leave its children running; immediate
        # shutdown is PostgreSQL's sanctioned crash: no checkpoint, WAL replay on start.
        self._script("stop", "--data-dir", self.data_dir, "--mode", "immediate")

    def stop(self):
        self._script("stop", "--data-dir", self.data_dir, "--mode", "fast")


def managed_server_from_env(data_dir, port=None):
    """The server a test should start itself, or None if the environment names none."""
    port = port or free_port()
    binary = os.environ.get("AUGUR_BIN")
    if binary:
        return AugurServer(os.path.abspath(binary), data_dir, port)
    if os.environ.get("AUGUR_PG") == "1":
        return PostgresServer(data_dir, port)
    return None


def ensure_target():
    """Makes AUGUR_PORT point at a server, starting one (AUGUR_BIN / AUGUR_PG=1) if unset.

    A server started here lives in a temporary directory and is stopped at exit.
    """
    if os.environ.get("AUGUR_PORT"):
        os.environ.setdefault("AUGUR_HOST", "127.0.0.1")
        return None
    import atexit
    import shutil
    import tempfile
    tmp = tempfile.mkdtemp(prefix="augur-e2e.")
    os.chmod(tmp, 0o755)
    server = managed_server_from_env(os.path.join(tmp, "data"))
    if server is None:
        sys.exit("no server: set AUGUR_HOST/AUGUR_PORT, AUGUR_BIN (augurdb binary) or AUGUR_PG=1")
    server.start()

    def cleanup():
        try:
            server.stop()
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    atexit.register(cleanup)
    # `timeout` and CI send SIGTERM: exit through atexit so the server is stopped.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    os.environ["AUGUR_HOST"] = server.host
    os.environ["AUGUR_PORT"] = str(server.port)
    return server
