"""What one query worker may use, and how long it lives (Linux; elsewhere nothing is capped).

* It dies with the server: ``PR_SET_PDEATHSIG`` asks the kernel to SIGKILL it when its parent
  does (even a parent killed with SIGKILL, which cannot stop its workers itself). The kernel
  watches the parent *thread* that started it: the pool starts workers from the event loop's
  thread, which lives as long as the server.
* Its memory: its address space (``RLIMIT_AS``) is capped at what it holds once the dataset
  is loaded plus ``UNIKG_QUERY_MEMORY`` MiB. A query over it fails to allocate: in Oxigraph
  (Rust) that aborts the process; in Python it is a ``MemoryError``, after which the worker
  exits with ``OUT_OF_MEMORY``. Either way the pool replaces the worker and says why.
* Its CPU time: before each query, ``RLIMIT_CPU`` is set a little (``CPU_MARGIN`` seconds)
  above the time limit, counted from the CPU time used so far: a worker whose server is
  frozen, and cannot stop it, stops itself (SIGXCPU).
* No core file (``RLIMIT_CORE`` 0): a worker stopped for memory would write gigabytes.

>>> limit_reached(OUT_OF_MEMORY), limit_reached(-signal.SIGABRT), limit_reached(-signal.SIGXCPU), limit_reached(0)
('memory', 'memory', 'cpu', None)
"""

from __future__ import annotations

import ctypes
import math
import os
import resource
import signal

OUT_OF_MEMORY = 3  # a worker's exit status after a MemoryError
CPU_MARGIN = 2.0  # CPU seconds a query may use past the time limit before RLIMIT_CPU stops it
PR_SET_PDEATHSIG = 1  # linux/prctl.h


def die_with_parent() -> None:
    """SIGKILL this process when its parent dies (and now, if it already has)."""
    parent = os.getppid()
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux
        return
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)


def cap_memory(mib: int) -> None:
    """Cap the address space at its size now plus ``mib`` MiB (before the sandbox: it reads
    /proc/self/statm). A query stopped at the cap leaves one line in the log and no core file."""
    os.environ["RUST_BACKTRACE"] = "0"  # Rust's allocation failure: its message, not a backtrace
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    size = _address_space()
    if size is not None:
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        wanted = size + mib * 2**20
        resource.setrlimit(resource.RLIMIT_AS, (wanted if hard == resource.RLIM_INFINITY else min(wanted, hard), hard))


def cap_cpu(seconds: float) -> None:
    """Let the next query use ``seconds`` (+ ``CPU_MARGIN``) more CPU seconds at most."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    soft = math.ceil(usage.ru_utime + usage.ru_stime + seconds + CPU_MARGIN)
    resource.setrlimit(resource.RLIMIT_CPU, (soft if hard == resource.RLIM_INFINITY else min(soft, hard), hard))


def limit_reached(exit_code: int | None) -> str | None:
    """Which limit a worker's exit status says it reached: ``"memory"`` (it exited after a
    ``MemoryError``, Rust aborted on a failed allocation, or the kernel's OOM killer stopped
    it), ``"cpu"`` (SIGXCPU), or None."""
    if exit_code in (OUT_OF_MEMORY, -signal.SIGABRT, -signal.SIGKILL):
        return "memory"
    if exit_code == -signal.SIGXCPU:
        return "cpu"
    return None


def _address_space() -> int | None:
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        return None
