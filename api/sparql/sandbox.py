"""The second line of defence: a query worker cannot open a connection, start a program, or
read a file outside the Python installation and the dataset, whatever a query makes its
engine try.

Two locks, applied by each worker once its store is loaded:

* a seccomp filter (Linux, through libseccomp): the ``socket``, ``socketpair``, ``execve``
  and ``execveat`` system calls fail with EACCES. It binds native code too: Oxigraph's
  Rust HTTP client, which a ``SERVICE`` clause would use, cannot create its socket.
* a Python audit hook (PEP 578): opening a file for writing, or any file outside the allowed
  folders, creating a socket, resolving a name, starting a process or loading a native
  library raises ``PermissionError``. It binds what runs in Python, such as rdflib's
  ``SERVICE`` and ``FROM`` loading (urllib, ``open``).

Neither can be lifted by the process once applied.

With a remote store (``UNIKG_STORE`` a URL) a worker must reach that one server: its
seccomp filter then bans only ``execve``/``execveat``, and the audit hook lets sockets
connect to the store's host and port alone (its addresses resolved at lock-down). The query
still passes ``safety.check`` first: read-only, no ``SERVICE``, so the server is not asked to
reach anywhere either.
"""

from __future__ import annotations

import errno
import logging
import os
import sys
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger("unikg.api.sparql")

# audit events that only a process reaching out would raise
_DENIED_EVENTS = {
    "socket.__new__", "socket.connect", "socket.bind", "socket.getaddrinfo",
    "socket.gethostbyname", "socket.gethostbyaddr", "socket.sendto", "urllib.Request",
    "subprocess.Popen", "os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.fork",
    "os.forkpty", "ctypes.dlopen", "pty.spawn", "shutil.copyfile", "os.remove", "os.rename",
}
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC


def lock_down(*, readable: Iterable[Path], connect_to: tuple[str, int] | None = None) -> bool:
    """Apply both locks to this process; only files under ``readable`` may be opened, and
    sockets may only connect to ``connect_to`` (host, port), if given. False: the seccomp
    filter is missing (no libseccomp: logged), the audit hook alone is on."""
    allowed = _addresses(*connect_to) if connect_to else None
    seccomp = _install_seccomp(sockets=allowed is not None)
    _install_audit_hook([_real(p) for p in readable] + _python_folders(), connect_to=allowed)
    return seccomp


def _addresses(host: str, port: int) -> tuple[str, int, set[str]]:
    import socket

    found = {info[4][0] for info in socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)}
    return host, port, found


def _install_seccomp(*, sockets: bool = False) -> bool:
    try:
        import pyseccomp as seccomp

        denied = seccomp.ERRNO(errno.EACCES)
        syscall_filter = seccomp.SyscallFilter(defaction=seccomp.ALLOW)
        banned = ("execve", "execveat") if sockets else ("socket", "socketpair", "execve", "execveat")
        for name in banned:
            syscall_filter.add_rule(denied, name)
        syscall_filter.load()
        return True
    except Exception as error:  # no libseccomp, or a kernel without seccomp
        log.warning("query workers run without the seccomp filter: %s", error)
        return False


def _python_folders() -> list[Path]:
    """Where Python and the installed packages read their modules from."""
    folders = {Path(p) for p in (sys.prefix, sys.base_prefix, sys.exec_prefix)}
    for entry in sys.path:
        if entry and Path(entry).is_dir() and "site-packages" in entry:
            folders.add(Path(entry))
    import unikg.api
    import unikg.graph
    import unikg.ontology

    for package in (unikg.api, unikg.graph, unikg.ontology):
        folders.update(Path(p) for p in package.__path__)
    return [_real(f) for f in folders]


def _real(path: Path) -> str:
    return os.path.realpath(path)


def _install_audit_hook(readable: list[str], *, connect_to: tuple[str, int, set[str]] | None = None) -> None:
    denied_events = _DENIED_EVENTS
    if connect_to is not None:
        host, port, addresses = connect_to
        denied_events = _DENIED_EVENTS - {"socket.__new__", "socket.connect", "socket.getaddrinfo"}
    roots = tuple(sorted({r.rstrip("/") + "/" for r in readable} | {r for r in readable}))

    def allowed_to_read(path: str) -> bool:
        real = os.path.realpath(path)
        return any(real == root or real.startswith(root) for root in roots if root.endswith("/")) or real in roots

    def hook(event: str, args: tuple) -> None:
        if event == "open":
            path, mode, flags = args
            if isinstance(path, int) or path is None:
                return  # an already open descriptor
            writing = (mode and any(c in str(mode) for c in "wax+")) or (flags or 0) & _WRITE_FLAGS
            if writing or not allowed_to_read(os.fsdecode(path)):
                raise PermissionError(f"query workers may not open {path!r}")
        elif event in denied_events:
            raise PermissionError(f"query workers may not do {event}")
        elif connect_to is not None and event == "socket.connect":
            address = args[1]
            if not (isinstance(address, tuple) and address[0] in addresses and address[1] == port):
                raise PermissionError(f"query workers may only connect to the store at {host}:{port}")
        elif connect_to is not None and event == "socket.getaddrinfo":
            if args[0] not in (host, *addresses):
                raise PermissionError(f"query workers may only look up the store's host {host}")

    sys.addaudithook(hook)
