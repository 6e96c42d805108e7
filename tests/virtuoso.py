"""A real Virtuoso 7 (Debian's ``virtuoso-opensource``) for the remote-store tests.

``Virtuoso.start(folder)`` writes a ``virtuoso.ini`` with its database in ``folder`` and both
ports (SQL and HTTP) free ports of 127.0.0.1, starts ``virtuoso-t +foreground`` and waits
until its SPARQL endpoint answers; ``stop()`` ends that process, by its PID. The database is
new, so the administrator is ``dba`` with password ``dba``: the SPARQL Update endpoint
``/sparql-auth`` takes those credentials (HTTP digest), the query endpoint ``/sparql`` is
read-only and anonymous, as on a public deployment.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

VIRTUOSO = "virtuoso-t"
INSTALL_HINT = "virtuoso-opensource is not installed (.ci/system-deps installs it as root)"

INI = """\
[Database]
DatabaseFile = {folder}/virtuoso.db
ErrorLogFile = {folder}/virtuoso.log
LockFile = {folder}/virtuoso.lck
TransactionFile = {folder}/virtuoso.trx
xa_persistent_file = {folder}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {folder}/virtuoso-temp.db
TransactionFile = {folder}/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
CheckpointInterval = 0
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
DirsAllowed = ., {folder}
ThreadsPerQuery = 2

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
ServerThreads = 8
MaxClientConnections = 8
Charset = UTF-8
EnabledGzipContent = 0

[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
MaxQueryCostEstimationTime = 400
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def available() -> str | None:
    """None when Virtuoso can be started here, else why not (a skip message)."""
    if shutil.which(VIRTUOSO) is None:
        return f"{INSTALL_HINT}: no `{VIRTUOSO}` on PATH"
    return None


@dataclass
class Virtuoso:
    process: subprocess.Popen
    folder: Path
    http_port: int

    @property
    def query_url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/sparql"

    @property
    def update_url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/sparql-auth"

    def store_env(self) -> dict[str, str]:
        """The ``UNIKG_*`` settings that make unikg use this server as its store."""
        return {
            "UNIKG_STORE": self.query_url,
            "UNIKG_STORE_UPDATE_URL": self.update_url,
            "UNIKG_STORE_USER": "dba",
            "UNIKG_STORE_PASSWORD": "dba",
        }

    @classmethod
    def start(cls, folder: Path, *, timeout: float = 90) -> Virtuoso:
        folder.mkdir(parents=True, exist_ok=True)
        http_port, sql_port = _free_port(), _free_port()
        (folder / "virtuoso.ini").write_text(
            INI.format(folder=folder, sql_port=sql_port, http_port=http_port)
        )
        return cls._run(folder, http_port, timeout=timeout)

    def restart(self, *, timeout: float = 90) -> Virtuoso:
        """The same server (database, ports) started again after ``stop()``: a store that
        comes back."""
        return self._run(self.folder, self.http_port, timeout=timeout)

    @classmethod
    def _run(cls, folder: Path, http_port: int, *, timeout: float) -> Virtuoso:
        import httpx

        log = open(folder / "stdout.log", "a")
        process = subprocess.Popen(
            [VIRTUOSO, "+foreground", "+configfile", str(folder / "virtuoso.ini")],
            cwd=folder, stdout=log, stderr=subprocess.STDOUT,
        )
        server = cls(process, folder, http_port)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError(f"virtuoso-t exited with {process.returncode}: {server.log_tail()}")
            try:
                answer = httpx.get(server.query_url, params={"query": "ASK {}"}, timeout=5)
                if answer.status_code == 200:
                    return server
            except httpx.TransportError:
                pass
            time.sleep(0.3)
        server.stop()
        raise RuntimeError(f"virtuoso-t did not answer within {timeout} s: {server.log_tail()}")

    def log_tail(self) -> str:
        path = self.folder / "virtuoso.log"
        return path.read_text(errors="replace")[-2000:] if path.exists() else "(no log)"

    def stop(self) -> None:
        """End the server we started, by its PID (SIGTERM: Virtuoso checkpoints and exits)."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=15)
