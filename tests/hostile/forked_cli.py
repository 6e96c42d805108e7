"""Runs of the real ``unikg`` command, each in a process of its own, without paying the
command's start-up (importing every subcommand takes seconds of CPU) once per run.

This script imports ``unikg.cli``, all its subcommands and the modules they import when
they run (``preload``) once. Then, for each run it is asked for, it forks: the child sets the
run's environment, points its standard input at /dev/null and its output and errors at files,
calls ``main(argv)`` (what ``python -m unikg.cli`` calls) and exits with its status, as
``sys.exit(main())`` does; an uncaught exception prints its traceback and exits 1, as the
interpreter does. The parent collects each child's exit status, CPU time and peak memory (the
child's own rusage, from wait4; the peak counts the memory the child shares with the parent).

Protocol (tests/hostile/conftest.py speaks it): one JSON request per line on standard input,
one line ``result <JSON>`` in answer.

- ``{"runs": [{"argv": [...], "env": {...}}, ...], "parallel": 2, "timeout": 240}``: a list of
  ``{"returncode", "stdout", "stderr", "seconds", "max_rss_mb"}``, in the order of the runs;
- ``{"start": {"argv": [...], "env": {...}, "log": FILE}}``: a run in the background (a server),
  its PID; ``{"poll": PID}``: its exit status, or null while it runs; ``{"stop": PID}``: SIGTERM
  (SIGKILL after 15 s), its exit status.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import tempfile
import time
import traceback


def child(argv: list[str], env: dict[str, str], out: str, err: str) -> None:
    """In the forked process: run the command, never return."""
    code = 1
    try:
        os.environ.update(env)
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        for fd, path in ((1, out), (2, err)):
            target = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(target, fd)
            os.close(target)
        from unikg.cli import main

        try:
            code = main(argv)
        except SystemExit as exit:  # argparse, --help
            if exit.code is None or isinstance(exit.code, int):
                code = exit.code or 0
            else:
                print(exit.code, file=sys.stderr)
                code = 1
        except BaseException:  # what the interpreter does with an uncaught exception
            traceback.print_exc()
            code = 1
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:
                pass
        os._exit(code if isinstance(code, int) else 1)


def scratch() -> str:
    """An empty file for a child's output (its name; the parent keeps no descriptor open)."""
    fd, path = tempfile.mkstemp(prefix="unikg-fork-")
    os.close(fd)
    return path


def run_all(runs: list[dict], *, parallel: int, timeout: float) -> list[dict]:
    """Each run in a child of its own, ``parallel`` at a time; their results in order."""
    results: list[dict | None] = [None] * len(runs)
    waiting = list(enumerate(runs))
    running: dict[int, tuple[int, float, str, str]] = {}  # pid -> (index, deadline, out, err)
    while waiting or running:
        while waiting and len(running) < parallel:
            index, run = waiting.pop(0)
            out, err = scratch(), scratch()
            sys.stdout.flush()
            sys.stderr.flush()
            pid = os.fork()
            if pid == 0:
                child(run["argv"], run.get("env") or {}, out, err)
            running[pid] = (index, time.monotonic() + timeout, out, err)
        pid, status, usage = next(
            (found for found in (os.wait4(pid, os.WNOHANG) for pid in running) if found[0]), (0, 0, None)
        )
        if not pid:
            for pid, (index, deadline, *_) in running.items():
                if time.monotonic() > deadline:
                    os.kill(pid, signal.SIGKILL)  # our own child, by its PID
            time.sleep(0.02)
            continue
        index, deadline, out, err = running.pop(pid)
        texts = []
        for path in (out, err):
            with open(path, "rb") as file:
                texts.append(file.read().decode("utf-8", "replace"))
            os.unlink(path)
        code = os.waitstatus_to_exitcode(status)
        if time.monotonic() > deadline:
            texts[1] += f"\n(killed after {timeout} s)"
        results[index] = {
            "returncode": code, "stdout": texts[0], "stderr": texts[1],
            "seconds": usage.ru_utime + usage.ru_stime, "max_rss_mb": usage.ru_maxrss / 1024,
        }
    return results


BACKGROUND: set[int] = set()  # runs started and not yet reaped


def start(run: dict) -> int:
    """A run that goes on in the background (``unikg serve``): its PID; its output is dropped,
    its errors go to the file ``run["log"]``."""
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:
        child(run["argv"], run.get("env") or {}, os.devnull, run["log"])
    BACKGROUND.add(pid)
    return pid


def poll(pid: int) -> int | None:
    """The exit status of a background run, None while it runs."""
    found, status = os.waitpid(pid, os.WNOHANG)
    if not found:
        return None
    BACKGROUND.discard(pid)
    return os.waitstatus_to_exitcode(status)


def stop(pid: int, *, timeout: float = 15) -> int:
    """Stop a background run as ``stop_server`` does: SIGTERM, then SIGKILL; its exit status."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        os.kill(pid, sig)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if (code := poll(pid)) is not None:
                return code
            time.sleep(0.05)
    raise RuntimeError(f"{pid} did not stop")


# modules a subcommand imports when it runs (``unikg ingest`` imports spaCy and trafilatura, a
# second or two of CPU; ``unikg serve`` the app); importing them reads none of our data
PRELOADED = ("unikg.graph.ingest.apply", "unikg.graph.ingest.draft", "unikg.graph.ingest.extract",
             "unikg.graph.ingest.text", "trafilatura", "spacy_legacy", "spacy_loggers",
             "unikg.api.app", "unikg.api.state", "uvicorn")


def preload() -> None:
    import importlib

    from unikg.cli import parser

    parser()  # imports every subcommand's module: the start-up each child no longer pays
    for name in PRELOADED:
        importlib.import_module(name)
    # the stop words of every language, which trafilatura reads from its package on the first
    # HTML page it cannot place (0.8 s of CPU); the same for every run
    external = importlib.import_module("trafilatura.external")
    getattr(external, "jt_stoplist_init", lambda: None)()


def main() -> None:
    preload()
    print("ready", flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        if "start" in request:
            answer = start(request["start"])
        elif "poll" in request:
            answer = poll(request["poll"])
        elif "stop" in request:
            answer = stop(request["stop"])
        else:
            answer = run_all(request["runs"], parallel=request.get("parallel", 2), timeout=request.get("timeout", 240))
        print("result " + json.dumps(answer), flush=True)
    for pid in list(BACKGROUND):  # the tests are over (or gone): stop what they left running
        stop(pid)


if __name__ == "__main__":
    main()
