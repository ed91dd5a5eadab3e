"""Shared fixtures: a real threaded HTTP server on 127.0.0.1, and the real `monitor` CLI.

Tests never touch the internet: every URL points at the local server.
"""
from __future__ import annotations

import html
import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def fact_cases() -> list[dict[str, Any]]:
    """The fact rules' sentence table: tests/data/fact_cases.toml, then every file of tests/data/fact_cases/
    in name order (one file a round of work, so that work done side by side never edits the same file)."""
    data = ROOT / "tests" / "data"
    paths = [data / "fact_cases.toml", *sorted((data / "fact_cases").glob("*.toml"))]
    return [case for path in paths for case in tomllib.loads(path.read_text(encoding="utf-8")).get("case", [])]


def pytest_configure(config: pytest.Config) -> None:
    # the fact engine's readings of its patterns and their code (monitor/parsecache.py) kept in a
    # folder of this session, not in the user's cache: this process, its workers (pytest-xdist: they
    # inherit it) and every CLI they start share it, made once before any test runs
    if not hasattr(config, "workerinput"):
        config.stash[_CACHE_HOME] = os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="monitor-test-cache-")
        _fill_cache()
    config.addinivalue_line("markers", "together: the module's tests run in a row wherever the slowest-first order "
                                       "puts them (they share a module fixture: made once per worker)")


# The slowest tests as measured (seconds, node id), slowest first: run first, so that no worker is
# left with a long test at the end while the other has finished (make test: --dist loadgroup
# --no-loadscope-reorder hands the tests out one by one in this order). Only the order changes: a
# test missing from the list runs after those in it, in its place in the files. The tests of a
# module marked `together` stay in a row, in their order, where its slowest one goes: each worker
# then gets a run of them and makes their module fixture once.
SLOWEST = Path(__file__).parent / "data" / "slowest.txt"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not SLOWEST.is_file():
        return
    rank: dict[str, int] = {}
    for line in SLOWEST.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rank.setdefault(line.split(maxsplit=1)[1], len(rank))

    def unit(item: pytest.Item) -> str:
        return item.nodeid.split("::")[0] if item.get_closest_marker("together") else item.nodeid

    first: dict[str, int] = {}
    for item in items:
        first[unit(item)] = min(first.get(unit(item), len(rank)), rank.get(item.nodeid, len(rank)))
    items.sort(key=lambda item: first[unit(item)])  # stable: the others keep their order


def pytest_unconfigure(config: pytest.Config) -> None:
    parsecache = sys.modules.get("monitor.parsecache")
    if parsecache is not None:  # what this process compiled, written now rather than at exit, into a removed folder
        parsecache.save()
    if _CACHE_HOME in config.stash:  # the process that made it (the workers end first)
        shutil.rmtree(config.stash[_CACHE_HOME], ignore_errors=True)


def _fill_cache() -> None:
    """The fact engine of each profile built once, by the real CLI, into the session's cache folder:
    the readings of every pattern and the code of those it compiled. A process that finds none
    takes seconds to start; without this, each worker and each CLI started before one had
    finished would make them again."""
    for profile in ("nato_mission_iraq", "kfor"):
        subprocess.run([sys.executable, "-m", "monitor", "extract", "--profile", profile, "-"],
                       input="NATO Mission Iraq.\n", capture_output=True, text=True, timeout=300, cwd=ROOT,
                       env={**os.environ, "NO_COLOR": "1"}, check=True)


_CACHE_HOME = pytest.StashKey[str]()


@pytest.fixture(scope="session")
def make_httpserver() -> Iterator[HTTPServer]:
    # threaded, so that a handler that hangs (the timeout tests) does not block the others
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    yield server
    server.clear()
    if server.is_running():
        server.stop()


@pytest.fixture
def site(httpserver: HTTPServer) -> HTTPServer:
    """The local server with a permissive robots.txt and 404 for anything unexpected."""
    httpserver.no_handler_status_code = 404
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nAllow: /\n",
                                                               content_type="text/plain")
    return httpserver


def toml_value(value: Any) -> str:
    return json.dumps(value) if not isinstance(value, bool) else str(value).lower()


class Monitor:
    """Writes a sources.toml into a temporary folder and runs the real CLI against it."""

    def __init__(self, folder: Path, seeded: Callable[[], Path] | None = None) -> None:
        self.folder = folder
        self.config = folder / "sources.toml"
        self.db = folder / "monitor.db"
        self.env: dict[str, str] = {}  # secrets the configuration names, e.g. the Slack webhook
        self.seeded = seeded  # the seeded database to copy (conftest.seeded_db), made when first asked for

    def write_config(self, sources: list[dict[str, Any]], *, settings: dict[str, Any] | None = None,
                     extra: str = "") -> Path:
        # workers = 1: extraction in the main process, so that each short test run starts no pool
        # (test_end_to_end has one test with worker processes)
        base = {"database": str(self.db), "host_delay": "0s", "host_concurrency": 4, "timeout": "2s",
                "retries": 0, "backoff": "0.05s", "workers": 1}
        lines = ["[settings]"] + [f"{k} = {toml_value(v)}" for k, v in {**base, **(settings or {})}.items()]
        for source in sources:
            lines += ["", "[[sources]]"] + [f"{k} = {toml_value(v)}" for k, v in source.items()]
        self.config.write_text("\n".join(lines) + "\n" + extra)
        return self.config

    def run(self, *args: str, check: bool = True, timeout: float = 120,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        cmd = [sys.executable, "-m", "monitor", "--config", str(self.config), *args]
        env = {**os.environ, "NO_COLOR": "1", **self.env, **(env or {})}
        env.pop("MONITOR_CONFIG", None)
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=self.folder, env=env)
        if check and result.returncode != 0:
            raise AssertionError(f"monitor {' '.join(args)} exited {result.returncode}\n"
                                 f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}")
        return result

    def seed(self) -> None:
        """The baseline seeded from db/seed, as `monitor baseline seed` leaves a new database: a
        copy of the one the real CLI seeded once this session (``seeded_db``), for the tests that
        start from a seeded baseline. Each process that seeds builds the fact engine (~1.2 s);
        test_baseline.py and test_faults_config.py run the command itself."""
        if self.seeded is None or self.db.exists() or "[mission]" in self.config.read_text():
            self.run("baseline", "seed", str(ROOT / "db" / "seed"))
        else:
            shutil.copyfile(self.seeded(), self.db)

    def json_lines(self, *args: str) -> list[dict[str, Any]]:
        """The JSON Lines a command prints."""
        return [json.loads(line) for line in self.run(*args).stdout.splitlines() if line.strip()]

    def logged(self) -> list[dict[str, Any]]:
        """The change log as `monitor log --json` lists it (newest first; ``alerted``: the channels
        that delivered each change), read from the SQLite file by the store: for the tests that poll
        it while the daemon writes, where a `monitor log` process per poll would cost a start each
        time (and slow the daemon it waits for). The tests still run `monitor log` for what they assert."""
        from monitor.store import Store

        with Store.open(self.db, readonly=True) as store:
            changes = store.changes()
            states = store.delivery_states([change["id"] for change in changes])
        return [{**change, "alerted": sorted(channel for channel, status in states.get(change["id"], {}).items()
                                             if status == "sent")} for change in changes]

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        conn = sqlite3.connect(self.db)
        conn.row_factory = sqlite3.Row
        try:
            return list(conn.execute(sql, params))
        finally:
            conn.close()


@pytest.fixture(scope="session")
def seeded_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database the real CLI seeded from db/seed under the default profile, once a session, all
    of it in the main file (no -wal beside it), for :meth:`Monitor.seed` to copy."""
    template = Monitor(tmp_path_factory.mktemp("seeded"))
    template.write_config([])
    template.run("baseline", "seed", str(ROOT / "db" / "seed"))
    assert not Path(f"{template.db}-wal").exists()
    return template.db


@pytest.fixture
def monitor(tmp_path: Path, request: pytest.FixtureRequest) -> Monitor:
    # the seeded template is made the first time a test asks for it (not for every session)
    return Monitor(tmp_path, seeded=lambda: request.getfixturevalue("seeded_db"))


def article_page(title: str, paragraphs: list[str], *, published: str | None = "2024-05-01",
                 advert: str = "Subscribe to our newsletter and save 20% this month.",
                 comments: list[str] = (), sidebar: list[str] = ()) -> str:
    """A realistic news article page: navigation, an advert, the article, a sidebar, comments."""
    meta = (f'<meta property="article:published_time" content="{published}T09:00:00+00:00">'
            if published else "")
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    side = "".join(f"<li><a href='/trending/{i}'>{html.escape(s)}</a></li>" for i, s in enumerate(sidebar))
    talk = "".join(f"<div class='comment'><p>{html.escape(c)}</p></div>" for c in comments)
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
{meta}</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/defence">Defence</a></nav></header>
<div class="advert">{html.escape(advert)}</div>
<main><article><h1>{html.escape(title)}</h1>
<div class="entry-content">{body}</div></article>
<aside class="trending"><h3>Most read</h3><ul>{side}</ul></aside>
<section class="comments"><h3>Comments</h3>{talk}</section></main>
<footer><p>Copyright. Terms | Privacy | Cookies</p></footer></body></html>"""


def rss_feed(items: list[tuple[str, ...]], *, title: str = "Defence news") -> str:
    """items: (title, link, description[, RFC 822 date or "" for none])."""
    entries = "".join(f"<item><title>{html.escape(t)}</title><link>{html.escape(link)}</link>"
                      f"<description>{html.escape(d)}</description>"
                      + (f"<pubDate>{rest[0]}</pubDate>" if rest and rest[0] else
                         "" if rest else "<pubDate>Wed, 01 May 2024 09:00:00 +0000</pubDate>")
                      + "</item>" for t, link, d, *rest in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>http://example.org/</link><description>{title}</description>{entries}</channel></rss>")


# -- a real SMTP server -----------------------------------------------------------------------------


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Mailbox:
    """An aiosmtpd handler that keeps every message it accepts."""

    def __init__(self) -> None:
        self.messages: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        from email import message_from_bytes, policy

        self.messages.append(message_from_bytes(envelope.content, policy=policy.default))
        return "250 Message accepted for delivery"


class SMTPServer:
    """aiosmtpd on 127.0.0.1; start() and stop() may be called to take it up and down."""

    def __init__(self, refuse_login: bool = False) -> None:
        self.port = free_port()
        self.mailbox = Mailbox()
        self.refuse_login = refuse_login
        self.controller: Any = None

    def start(self) -> SMTPServer:
        from aiosmtpd.controller import Controller
        from aiosmtpd.smtp import AuthResult

        def authenticate(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> Any:
            if self.refuse_login:
                return AuthResult(success=False, handled=False,
                                  message="535 5.7.8 Authentication credentials invalid (test server)")
            return AuthResult(success=True)

        self.controller = Controller(self.mailbox, hostname="127.0.0.1", port=self.port,
                                     authenticator=authenticate, auth_require_tls=False)
        self.controller.start()
        return self

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


@pytest.fixture
def smtp() -> Iterator[SMTPServer]:
    server = SMTPServer().start()
    yield server
    server.stop()


def wait_for(condition: Callable[[], Any], timeout: float = 30, what: str = "condition") -> Any:
    """Poll ``condition`` until it holds (its value) or the deadline passes (an AssertionError): the
    tests wait on what they expect, never for a fixed time. Polled often at first, then every 0.2 s
    at most: a long wait (a daemon's next check) does not take the CPU from what it waits for."""
    deadline = time.monotonic() + timeout
    interval = 0.05
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(interval)
        interval = min(interval * 1.25, 0.2)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


class Daemon:
    """`monitor run` as a subprocess, its JSON log lines read from a file."""

    def __init__(self, monitor: Monitor) -> None:
        self.monitor = monitor
        self.log = monitor.folder / "daemon.log"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, *args: str) -> Daemon:
        env = {**os.environ, **self.monitor.env}
        env.pop("MONITOR_CONFIG", None)
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "monitor", "--config", str(self.monitor.config), "run", "--log-format", "json",
                 *args], stdout=log, stderr=log, cwd=self.monitor.folder, env=env)
        return self

    def signal(self, sig: int) -> None:
        assert self.process is not None
        self.process.send_signal(sig)

    def stop(self, timeout: float = 10) -> int:
        assert self.process is not None
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout)

    def lines(self) -> list[dict[str, Any]]:
        out = []
        for line in self.log.read_text().splitlines():
            if line.startswith("{"):
                out.append(json.loads(line))
        return out

    def checks_of(self, source: str) -> list[dict[str, Any]]:
        return [line for line in self.lines() if line.get("source") == source and "outcome" in line]


@pytest.fixture
def daemon(monitor: Monitor) -> Iterator[Daemon]:
    running = Daemon(monitor)
    yield running
    if running.process is not None and running.process.poll() is None:
        running.process.kill()
        running.process.wait()


class TCPServer:
    """A raw TCP server on 127.0.0.1 (a port of its own) that hands every connection to
    :meth:`handle` in a thread of its own, for servers that misbehave below HTTP or SMTP."""

    def __init__(self, backlog: int = 8) -> None:
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(backlog)
        self.port = self.sock.getsockname()[1]
        self.stopped = threading.Event()
        self.connections = 0
        threading.Thread(target=self._accept, daemon=True).start()

    def handle(self, conn: socket.socket) -> None:
        raise NotImplementedError

    def close(self) -> None:
        self.stopped.set()
        self.sock.close()

    def _accept(self) -> None:
        while not self.stopped.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self.handle, args=(conn,), daemon=True).start()
