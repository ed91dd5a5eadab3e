"""Fault injection for fetching and ingest: one row per fault, each against a real server on
127.0.0.1 (a raw socket server, so that the HTTP itself can be broken), the real pipeline and the
real SQLite file. Every failure is the failure of one document and is recorded for it: in the
``sources`` table (``monitor sources``), as a failed check, and as a health alert; it is never an
"internal error". Faults that must not fail (a charset that names no text encoding, a 500 then a
200) are rows too, and show the document read.

The worker-pool faults (a dead worker, Ctrl-C, a killed parent) are at the end; they use the real
CLI in its own process group, as a terminal would run it.
"""
from __future__ import annotations

import asyncio
import gzip
import json
import logging
import os
import re
import resource
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from conftest import Monitor, TCPServer, article_page, rss_feed, wait_for

from monitor.config import parse_config
from monitor.fetch import Fetcher
from monitor.models import SourceResult
from monitor.pipeline import CheckContext, check_source, prepare_store, run_check
from monitor.store import Store
from monitor.workers import Reader

# the module's tests share one seeded database (a module fixture): kept in a row (tests/conftest.py)
pytestmark = pytest.mark.together

TEXT = ["NATO Mission Iraq advises the Iraqi Ministry of Defence and the Office of the National Security "
        "Advisor, a spokesperson said on Monday at a briefing in Baghdad."] * 3
PAGE = article_page("NATO Mission Iraq", TEXT).encode()
MIB = 1 << 20

Route = Callable[[socket.socket, int], None]


# -- a raw HTTP server: whatever bytes a row wants, or none ---------------------------------------------


def response(status: int = 200, body: bytes = b"", headers: dict[str, str] | None = None,
             content_type: str = "text/html; charset=utf-8") -> bytes:
    fields = {"Content-Type": content_type, "Content-Length": str(len(body)), "Connection": "close",
              **(headers or {})}
    head = f"HTTP/1.1 {status} X\r\n" + "".join(f"{k}: {v}\r\n" for k, v in fields.items()) + "\r\n"
    return head.encode("latin-1") + body


class RawServer(TCPServer):
    """Answers each request by its path with a route: bytes to send, or a function of the socket
    and the number of the request to that path. Anything else is a 404 (robots.txt too: allowed)."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.log: list[tuple[str, float]] = []  # (path, monotonic time) of every request
        self.sent: dict[str, int] = {}  # bytes an endless route managed to send
        self.done: set[str] = set()  # paths whose route returned
        super().__init__(backlog=64)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def route(self, path: str, answer: bytes | Route | list[bytes | Route]) -> str:
        """Install a route; a list answers the first request with its first item, and so on (the
        last one repeats). Returns the path's URL."""
        answers = answer if isinstance(answer, list) else [answer]

        def pick(conn: socket.socket, n: int) -> None:
            chosen = answers[min(n, len(answers)) - 1]
            if callable(chosen):
                chosen(conn, n)
            else:
                conn.sendall(chosen)

        self.routes[path] = pick
        return self.url(path)

    def requests(self, path: str) -> list[float]:
        return [when for p, when in self.log if p == path]

    def handle(self, conn: socket.socket) -> None:
        with conn:
            data = b""
            try:
                conn.settimeout(10)
                while b"\r\n\r\n" not in data:
                    chunk = conn.recv(65536)
                    if not chunk:
                        return
                    data += chunk
                path = data.split(b"\r\n", 1)[0].decode("latin-1").split(" ")[1].split("?")[0]
                self.log.append((path, time.monotonic()))
                route = self.routes.get(path)
                if route is None:
                    conn.sendall(response(404, b"not here", content_type="text/plain"))
                else:
                    route(conn, len(self.requests(path)))
                    self.done.add(path)
            except OSError:
                pass


@pytest.fixture
def servers() -> Iterator[tuple[RawServer, RawServer]]:
    """Two origins: most rows need one; a redirect to another origin needs two."""
    pair = (RawServer(), RawServer())
    yield pair
    for server in pair:
        server.close()


def stall(prefix: bytes = b"") -> Route:
    """Send ``prefix`` (nothing: accept and never answer), then hold the connection open."""
    def route(conn: socket.socket, n: int) -> None:
        conn.sendall(prefix)
        stopped = threading.Event()
        while not stopped.wait(0.05):
            try:
                if conn.recv(1, socket.MSG_DONTWAIT) == b"":  # the client gave up
                    return
            except BlockingIOError:
                pass
    return route


def reset_after(prefix: bytes) -> Route:
    """Send ``prefix``, then reset the connection (RST, not FIN)."""
    def route(conn: socket.socket, n: int) -> None:
        conn.sendall(prefix)
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
    return route


def endless(server: RawServer, path: str) -> Route:
    """A chunked body that never ends (2 GB and more), sent as fast as the client reads it."""
    def route(conn: socket.socket, n: int) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n")
        chunk = b"%x\r\n%s\r\n" % (65536, b"<p>" + b"x" * (65536 - 3))
        server.sent[path] = 0
        try:
            while server.sent[path] < 2 * 1024 * MIB:
                conn.sendall(chunk)
                server.sent[path] += 65536
        except OSError:
            pass
    return route


def ssh_banner(conn: socket.socket, n: int) -> None:
    """What an SSH server says to an HTTP request: a banner, then a complaint, then goodbye."""
    conn.sendall(b"SSH-2.0-OpenSSH_9.6\r\nInvalid SSH identification string.\r\n")


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# -- the real pipeline on a real (seeded) database ------------------------------------------------------


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with the seed baseline, made once and copied for each row."""
    path = tmp_path_factory.mktemp("seeded") / "monitor.db"
    config = parse_config({"settings": {"database": str(path)}}, path.parent / "sources.toml")
    with Store.open(path) as store:
        prepare_store(config, store)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def db(seeded: Path, tmp_path: Path) -> Path:
    path = tmp_path / "monitor.db"
    shutil.copy(seeded, path)
    return path


def make_config(db: Path, sources: list[dict[str, Any]], **settings: Any) -> Any:
    base = {"database": str(db), "host_delay": "0s", "host_concurrency": 8, "timeout": "10s", "retries": 0,
            "backoff": "0.01s", "workers": 1, "retry_after_max": "5s"}
    # a Slack channel, never delivered to here (deliver=False): health alerts go to the outbox
    alerts = {"health_failures": 1, "slack": {"webhook_url_env": "FAULTS_SLACK_WEBHOOK"}}
    return parse_config({"settings": {**base, **settings}, "sources": sources, "alerts": alerts},
                        db.parent / "sources.toml")


def check(db: Path, url: str, kind: str = "page", **settings: Any) -> SourceResult:
    """One `monitor check` of one source named "s", as the CLI runs it (without delivering)."""
    config = make_config(db, [{"name": "s", "url": url, "kind": kind, "authority": "official"}], **settings)
    with Store.open(db) as store:
        results, _ = asyncio.run(run_check(config, store, list(config.sources), deliver=False))
    return results[0]


def rows(db: Path, sql: str, params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in conn.execute(sql, params)]
    finally:
        conn.close()


def assert_recorded_failure(db: Path, result: SourceResult, expected: str) -> None:
    """Failed with the expected error, recorded for the source, counted, and a health alert raised."""
    assert result.outcome == "failed", result
    assert result.error and re.search(expected, result.error), result.error
    assert "internal error" not in result.error and "unexpected error" not in result.error
    assert "ssl:default" not in result.error and "Traceback" not in result.error
    (source,) = rows(db, "SELECT * FROM sources WHERE name = 's'")
    assert (source["last_outcome"], source["failures"], source["last_error"]) == ("failed", 1, result.error)
    (alert,) = rows(db, "SELECT subject, payload FROM alerts WHERE kind = 'health'")
    assert result.error in json.loads(alert["payload"])["detail"]


# -- the table -------------------------------------------------------------------------------------------


Setup = Callable[[RawServer, RawServer], str]  # installs the routes, returns the source's URL


@dataclass(frozen=True)
class Fault:
    name: str
    setup: Setup
    expected: str  # a regex of the recorded error; "" when the document must be read
    transports: tuple[str, ...] = ("aiohttp",)
    kind: str = "page"
    settings: dict[str, Any] = field(default_factory=dict)
    also: Callable[[RawServer, RawServer, Path, SourceResult], None] | None = None  # more checks


BOTH = ("aiohttp", "httpx")
NOT_HTTP = r"not a valid HTTP response|connection failed: Server disconnected"


def gzip_bomb() -> bytes:
    return response(200, gzip.compress(b"\0" * 64 * MIB, 1), {"Content-Encoding": "gzip"})


def billion_laughs(a: RawServer) -> bytes:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{(f"&lol{i - 1};" if i > 1 else "&lol;") * 10}">' for i in range(1, 10))
    good = rss_feed([("NATO Mission Iraq advises", a.url("/good"), "NATO Mission Iraq news")])
    body = good.replace('<rss version="2.0">', f'<!DOCTYPE rss [{entities}]><rss version="2.0">')
    body = body.replace("<channel><title>Defence news</title>", "<channel><title>&lol9;</title>")
    return response(200, body.encode(), content_type="application/rss+xml")


def external_entities(a: RawServer) -> bytes:
    good = rss_feed([("NATO Mission Iraq advises &xxe; &local;", a.url("/good"), "NATO Mission Iraq news")])
    doctype = (f'<!DOCTYPE rss [<!ENTITY xxe SYSTEM "{a.url("/secret")}">'
               '<!ENTITY local SYSTEM "file:///etc/passwd">]>')
    body = good.replace("&amp;xxe; &amp;local;", "&xxe; &local;").replace('<rss version="2.0">',
                                                                         doctype + '<rss version="2.0">')
    return response(200, body.encode(), content_type="application/rss+xml")


def huge_feed(a: RawServer) -> bytes:
    items = [(f"NATO Mission Iraq item {i}", a.url(f"/a/{i}"), "") for i in range(50_000)]
    for i in range(5):  # max_articles
        a.route(f"/a/{i}", response(200, PAGE))
    return response(200, rss_feed(items).encode(), content_type="application/rss+xml")


def mission_page() -> bytes:
    sentences = [f"NATO Mission Iraq met Iraqi officers for the {i}th time." for i in range(10_000)]
    return response(200, article_page("NATO Mission Iraq", [*TEXT, *sentences]).encode())


def requested_once(path: str) -> Callable[[RawServer, RawServer, Path, SourceResult], None]:
    def also(a: RawServer, b: RawServer, db: Path, result: SourceResult) -> None:
        assert len(a.requests(path)) == 1, a.log
    return also


def waited_for_retry_after(a: RawServer, b: RawServer, db: Path, result: SourceResult) -> None:
    first, second = a.requests("/p")
    assert second - first >= 1.0  # the server's Retry-After: 1 (a lower bound: never flaky)


def capped_stream(a: RawServer, b: RawServer, db: Path, result: SourceResult) -> None:
    deadline = time.monotonic() + 10
    while "/p" not in a.done and time.monotonic() < deadline:
        time.sleep(0.02)
    assert "/p" in a.done and a.sent["/p"] < 64 * MIB  # stopped reading: not 2 GB


def nothing_fetched_from_b(a: RawServer, b: RawServer, db: Path, result: SourceResult) -> None:
    assert b.requests("/robots.txt") and not b.requests("/page")


def laughs_not_expanded(a: RawServer, b: RawServer, db: Path, result: SourceResult) -> None:
    (good,) = rows(db, "SELECT * FROM documents WHERE url = ?", (a.url("/good"),))
    assert good["text_hash"] and "lollol" not in (good["title"] or "")


def entities_not_resolved(a: RawServer, b: RawServer, db: Path, result: SourceResult) -> None:
    assert not a.requests("/secret")
    assert not rows(db, "SELECT 1 FROM documents WHERE title LIKE '%root:%'")
    assert rows(db, "SELECT text_hash FROM documents WHERE url = ?", (a.url("/good"),))[0]["text_hash"]


def bounded_backlog(a: RawServer, b: RawServer, db: Path, result: SourceResult) -> None:
    assert len(result.documents) == 5  # max_articles fetched
    (count,) = rows(db, "SELECT count(*) AS n FROM documents WHERE source = 's'")
    assert count["n"] == 50_000  # the rest kept as the backlog
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss < 2 * 1024 * 1024  # KiB: under 2 GiB


def page_read(a: RawServer, b: RawServer, db: Path, result: SourceResult) -> None:
    (page,) = result.documents
    assert page.outcome == "new" and 2 <= page.facts <= 10, page  # the two institutions of TEXT, once each


FAULTS = [
    Fault("connection refused", lambda a, b: f"http://127.0.0.1:{closed_port()}/p",
          r"^connection failed: 127\.0\.0\.1:\d+: Connection refused \(after 1 attempts\)$", BOTH),
    Fault("DNS failure", lambda a, b: "http://mandate-monitor-test.invalid/p",
          r"^connection failed: DNS lookup of mandate-monitor-test\.invalid failed \(.+\) \(after 1 attempts\)$",
          BOTH),
    Fault("redirect to a host no DNS knows",
          lambda a, b: a.route("/p", response(302, headers={"Location": "http://mandate-monitor-test.invalid/x"})),
          r"^redirected to http://mandate-monitor-test\.invalid/x, but connection failed: DNS lookup of "
          r"mandate-monitor-test\.invalid failed", BOTH),
    # only the stalls wait for the time-out, so only they get a short one: a loaded machine may take
    # longer than half a second to accept a connection
    Fault("accept and never answer", lambda a, b: a.route("/p", stall()), r"timed out", settings={"timeout": "0.5s"}),
    Fault("headers then stall", lambda a, b: a.route("/p", stall(response(200, b"x" * 5000)[:-4000])),
          r"timed out", settings={"timeout": "0.5s"}),
    Fault("reset mid-body", lambda a, b: a.route("/p", reset_after(response(200, PAGE)[:-2000])),
          r"connection failed: .*(reset|not complete|payload)", BOTH),
    Fault("redirect loop", lambda a, b: a.route("/p", response(302, headers={"Location": "/p"})),
          r"more than 5 redirects"),
    Fault("redirect to ftp:", lambda a, b: a.route("/p", response(301, headers={"Location": "ftp://x.org/p"})),
          r"^HTTP 301 redirected to ftp://x\.org/p, not an http\(s\) URL$"),
    Fault("redirect to data:", lambda a, b: a.route("/p", response(302, headers={"Location": "data:text/html,hi"})),
          r"^HTTP 302 redirected to data:text/html,hi, not an http\(s\) URL$", BOTH),
    Fault("redirect to javascript:",
          lambda a, b: a.route("/p", response(302, headers={"Location": "javascript:alert(1)"})),
          r"^HTTP 302 redirected to javascript:alert\(1\), not an http\(s\) URL$", BOTH),
    Fault("redirect to an invalid URL", lambda a, b: a.route("/p", response(302, headers={"Location": "http://[::1"})),
          r"^HTTP 302 redirected to http://\[::1, not a valid URL$", BOTH),
    Fault("redirect to an origin whose robots.txt disallows it",
          lambda a, b: (b.route("/robots.txt", response(200, b"User-agent: *\nDisallow: /\n",
                                                        content_type="text/plain")),
                        a.route("/p", response(302, headers={"Location": b.url("/page")})))[1],
          r"^redirected to http://127\.0\.0\.1:\d+/page, but disallowed by robots\.txt of 127\.0\.0\.1:\d+$",
          also=nothing_fetched_from_b),
    Fault("404", lambda a, b: a.route("/p", response(404, b"gone")), r"^HTTP 404", also=requested_once("/p")),
    Fault("410", lambda a, b: a.route("/p", response(410, b"gone for good")), r"^HTTP 410",
          also=requested_once("/p")),
    Fault("429 with Retry-After, then 200",
          lambda a, b: a.route("/p", [response(429, headers={"Retry-After": "1"}), response(200, PAGE)]), "",
          settings={"retries": 1}, also=waited_for_retry_after),
    Fault("503 with a Retry-After beyond retry_after_max",
          lambda a, b: a.route("/p", response(503, headers={"Retry-After": "3600"})),
          r"HTTP 503; the server asks to wait 3600s, more than retry_after_max \(5s\)", settings={"retries": 3},
          also=requested_once("/p")),
    Fault("500 then 200", lambda a, b: a.route("/p", [response(500), response(200, PAGE)]), "",
          settings={"retries": 1}, also=page_read),
    Fault("2 GB body declared", lambda a, b: a.route("/p", response(200, headers={"Content-Length": str(2 << 30)})),
          r"body of 2,147,483,648 bytes is larger than max_bytes"),
    Fault("2 GB body streamed", lambda a, b: a.route("/p", endless(a, "/p")),
          r"body larger than max_bytes \(1,048,576 bytes\); stopped reading", settings={"max_bytes": "1MiB"},
          also=capped_stream),
    Fault("gzip bomb", lambda a, b: a.route("/p", gzip_bomb()),
          r"body larger than max_bytes \(1,048,576 bytes\); stopped reading", BOTH, settings={"max_bytes": "1MiB"}),
    Fault("Content-Encoding gzip on a plain body",
          lambda a, b: a.route("/p", response(200, PAGE, {"Content-Encoding": "gzip"})),
          r"^the body is not encoded as its Content-Encoding \(gzip\) says", BOTH),
    Fault("Content-Encoding doubled",
          lambda a, b: a.route("/p", response(200, gzip.compress(PAGE), {"Content-Encoding": "gzip, gzip"})),
          r"^the body is not encoded as its Content-Encoding \(gzip, gzip\) says", BOTH),
    *(Fault(f"charset={codec}", lambda a, b, codec=codec: a.route("/p", response(
        200, PAGE, content_type=f"text/html; charset={codec}")), "", also=page_read)
      for codec in ("rot13", "base64", "zlib")),
    Fault("<meta charset=zlib>", lambda a, b: a.route("/p", response(
        200, PAGE.replace(b'<meta charset="utf-8">', b'<meta charset="zlib">'), content_type="text/html")), "",
          also=page_read),
    Fault("bad status line", lambda a, b: a.route("/p", b"HTTP/1.1 abc OK\r\nContent-Length: 2\r\n\r\nhi"),
          NOT_HTTP, BOTH),
    Fault("bad header line", lambda a, b: a.route("/p", b"HTTP/1.1 200 OK\r\nContent-Type text/html\r\n\r\nhi"),
          NOT_HTTP, BOTH),
    Fault("negative Content-Length", lambda a, b: a.route("/p", b"HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\nhello"),
          NOT_HTTP, BOTH),
    Fault("bad chunk size", lambda a, b: a.route("/p", b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                                      b"ZZZ\r\nhello\r\n0\r\n\r\n"), NOT_HTTP, BOTH),
    Fault("HTTP/0.9 (a body without status line)", lambda a, b: a.route("/p", PAGE), NOT_HTTP, BOTH),
    Fault("a port that speaks no HTTP (SSH)", lambda a, b: a.route("/p", ssh_banner), NOT_HTTP, BOTH),
    Fault("PDF served as text/html",
          lambda a, b: a.route("/p", response(200, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + os.urandom(4000))),
          r"^the body is a PDF document, not a web page \(Content-Type: text/html; charset=utf-8\)$"),
    Fault("PNG served as text/html", lambda a, b: a.route("/p", response(200, b"\x89PNG\r\n\x1a\n" + os.urandom(4000))),
          r"^the body is a PNG image, not a web page"),
    Fault("billion laughs in a feed", lambda a, b: (a.route("/good", response(200, PAGE)),
                                                     a.route("/feed", billion_laughs(a)))[1], "", kind="feed",
          also=laughs_not_expanded),
    Fault("external entities in a feed", lambda a, b: (a.route("/good", response(200, PAGE)),
                                                        a.route("/feed", external_entities(a)))[1], "", kind="feed",
          also=entities_not_resolved),
    Fault("50,000-entry feed", lambda a, b: a.route("/feed", huge_feed(a)), "", kind="feed",
          settings={"max_articles": 5, "max_bytes": "20MiB"}, also=bounded_backlog),
    Fault("a page naming the mission 10,000 times", lambda a, b: a.route("/p", mission_page()), "",
          also=page_read),
]


@pytest.mark.parametrize("fault,transport", [pytest.param(f, t, id=f"{f.name} [{t}]")
                                             for f in FAULTS for t in f.transports])
def test_a_fault_is_recorded_for_its_document(fault: Fault, transport: str, servers: tuple[RawServer, RawServer],
                                              db: Path) -> None:
    a, b = servers
    url = fault.setup(a, b)
    result = check(db, url, fault.kind, transport=transport, **fault.settings)
    if fault.expected:
        assert_recorded_failure(db, result, fault.expected)
    else:
        assert result.outcome != "failed", result.error
        assert not [d for d in result.documents if d.outcome == "failed"], result.documents
    if fault.also:
        fault.also(a, b, db, result)


# one bad article in a feed fails only itself: the feed's good articles are stored
ARTICLE_FAULTS = {
    "redirect to data:": (response(302, headers={"Location": "data:text/html,hi"}), r"redirected to data:"),
    "Content-Encoding gzip on a plain body": (response(200, PAGE, {"Content-Encoding": "gzip"}),
                                              r"Content-Encoding \(gzip\)"),
    "bad status line": (b"HTTP/1.1 abc OK\r\n\r\n", NOT_HTTP),
    "PDF served as text/html": (response(200, b"%PDF-1.7\n" + b"\0" * 100), r"a PDF document"),
    "charset=rot13 (read as UTF-8)": (response(200, PAGE, content_type="text/html; charset=rot13"), ""),
}


@pytest.mark.parametrize("transport", BOTH)
def test_one_bad_article_fails_only_itself(servers: tuple[RawServer, RawServer], db: Path, transport: str) -> None:
    a, _ = servers
    items = [("NATO Mission Iraq: good news", a.route("/good", response(200, PAGE)), "")]
    for i, (answer, _) in enumerate(ARTICLE_FAULTS.values()):
        items.append((f"NATO Mission Iraq: article {i}", a.route(f"/bad/{i}", answer), ""))
    a.route("/feed", response(200, rss_feed(items).encode(), content_type="application/rss+xml"))
    result = check(db, a.url("/feed"), "feed", transport=transport)
    assert result.outcome == "changed", result.error
    outcomes = {d.url: d for d in result.documents}
    assert outcomes[a.url("/good")].outcome == "new"
    for i, (name, (_, expected)) in enumerate(ARTICLE_FAULTS.items()):
        document = outcomes[a.url(f"/bad/{i}")]
        if expected:
            assert document.outcome == "failed" and re.search(expected, document.error or ""), (name, document)
            (row,) = rows(db, "SELECT last_error FROM documents WHERE url = ?", (document.url,))
            assert row["last_error"] == document.error
        else:
            assert document.outcome == "new", (name, document)
    assert rows(db, "SELECT failures FROM sources WHERE name = 's'")[0]["failures"] == 0


# -- the CLI says it in one line -------------------------------------------------------------------------


def test_monitor_check_and_sources_say_what_failed_without_a_traceback(servers: tuple[RawServer, RawServer],
                                                                      monitor: Monitor, db: Path) -> None:
    a, _ = servers
    monitor.write_config([
        {"name": "data", "url": a.route("/data", response(302, headers={"Location": "data:text/html,hi"}))},
        {"name": "status", "url": a.route("/status", b"HTTP/1.1 abc OK\r\n\r\n")},
        {"name": "offline", "url": "http://mandate-monitor-test.invalid/"},
    ], settings={"timeout": "10s"})
    checked = monitor.run("check")
    assert "Traceback" not in checked.stdout + checked.stderr and checked.stderr == ""
    lines = {line.split()[0]: line for line in checked.stdout.splitlines()}
    assert "failed: HTTP 302 redirected to data:text/html,hi, not an http(s) URL" in lines["data"]
    assert "failed: not a valid HTTP response: Bad status line" in lines["status"]
    assert lines["offline"].count("mandate-monitor-test.invalid") == 1 and "ssl:default" not in lines["offline"]
    assert "robots.txt" not in lines["offline"]
    table = monitor.run("sources").stdout
    assert "redirected to data:" in table and "not a valid HTTP response" in table and "DNS lookup" in table


# -- dates, redirects, backlog, a busy database ----------------------------------------------------------


def test_a_publication_date_in_the_future_is_not_trusted(servers: tuple[RawServer, RawServer], db: Path,
                                                         caplog: pytest.LogCaptureFixture) -> None:
    a, _ = servers
    future = article_page("NMI", [*TEXT, "Major General Jan Kowalski became the new Commander of NATO Mission "
                                  "Iraq, succeeding Major General Christophe Hintzy."], published="2999-01-01")
    today = article_page("NMI", [*TEXT, "Major General Anna Lindqvist became the new Commander of NATO Mission "
                                 "Iraq, succeeding Major General Christophe Hintzy."],
                         published=datetime.now(UTC).date().isoformat())
    url = a.route("/p", [response(200, future.encode()), response(200, today.encode())])
    caplog.set_level(logging.WARNING, logger="monitor")
    assert check(db, url).outcome == "changed"
    assert "states a publication date later than tomorrow; read as undated" in caplog.text
    (document,) = rows(db, "SELECT published, date_source FROM documents WHERE url = ?", (url,))
    assert document == {"published": None, "date_source": "future"}
    assert not rows(db, "SELECT * FROM changes WHERE slot = 'commander'")  # undated: no change
    assert check(db, url).changes >= 1  # the genuine change from an official source
    (change,) = rows(db, "SELECT new FROM changes WHERE slot = 'commander'")
    assert change["new"] == "Anna Lindqvist"


def test_feed_backlog_arrives_on_later_checks_while_the_feed_is_unchanged(
        servers: tuple[RawServer, RawServer], db: Path) -> None:
    a, _ = servers
    items = [(f"NATO Mission Iraq news {i}", a.route(f"/a/{i}", response(200, article_page(
        f"NATO Mission Iraq news {i}", TEXT, published=f"2024-05-0{i + 1}").encode())), "") for i in range(5)]
    feed = response(200, rss_feed(items).encode(), {"ETag": '"v1"'}, content_type="application/rss+xml")
    url = a.route("/feed", lambda conn, n: conn.sendall(response(304, headers={"ETag": '"v1"'}) if n > 1 else feed))
    fetched = []
    for _ in range(3):
        result = check(db, url, "feed", max_articles=2)
        assert result.outcome != "failed", result.error
        fetched.append(sorted(d.url for d in result.documents if d.outcome == "new"))
    assert [len(urls) for urls in fetched] == [2, 2, 1]
    assert sorted(url for urls in fetched for url in urls) == sorted(link for _, link, _ in items)
    assert all(len(a.requests(f"/a/{i}")) == 1 for i in range(5))
    assert a.requests("/feed") and len(a.requests("/feed")) == 3


def test_robots_txt_is_read_on_every_redirect_hop(servers: tuple[RawServer, RawServer]) -> None:
    a, b = servers
    b.route("/robots.txt", response(200, b"User-agent: *\nDisallow: /private/\n", content_type="text/plain"))
    b.route("/public", response(200, PAGE))
    a.route("/to-public", response(301, headers={"Location": b.url("/public")}))

    async def go() -> str:
        settings = make_config(Path("/nonexistent/db"), []).settings
        async with Fetcher(settings) as fetcher:
            return (await fetcher.fetch(a.url("/to-public"))).final_url

    assert asyncio.run(go()) == b.url("/public")
    assert b.requests("/robots.txt") and a.requests("/robots.txt")


def test_a_database_locked_past_the_busy_timeout_is_recorded_as_busy(
        servers: tuple[RawServer, RawServer], db: Path, caplog: pytest.LogCaptureFixture) -> None:
    """Another process takes the write lock mid-sweep and keeps it past the busy timeout; the check
    fails as "database busy", and that is recorded as soon as the lock is free."""
    a, _ = servers
    caplog.set_level(logging.WARNING, logger="monitor")
    holder = sqlite3.connect(db, check_same_thread=False, isolation_level=None)

    def release_once_failed() -> None:
        deadline = time.monotonic() + 30
        while "database busy" not in caplog.text and time.monotonic() < deadline:
            time.sleep(0.01)
        holder.execute("ROLLBACK")

    def lock_then_answer(conn: socket.socket, n: int) -> None:
        holder.execute("BEGIN IMMEDIATE")  # another writer, in the middle of the sweep
        threading.Thread(target=release_once_failed, daemon=True).start()
        conn.sendall(response(200, PAGE))

    url = a.route("/p", lock_then_answer)
    config = make_config(db, [{"name": "s", "url": url}])
    try:
        with Store.open(db, busy_timeout=1.0) as store:
            (result,), _ = asyncio.run(run_check(config, store, list(config.sources), deliver=False))
    finally:
        holder.close()
    assert result.outcome == "failed" and result.error.startswith("database busy: another process held"), result
    (source,) = rows(db, "SELECT last_error, failures FROM sources WHERE name = 's'")
    assert source == {"last_error": result.error, "failures": 1}


# -- the worker pool -------------------------------------------------------------------------------------


def descendants(pid: int) -> set[int]:
    """Every live process below ``pid`` (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            fields = stat[stat.rindex(")") + 2:].split()
            if fields[0] != "Z":
                children.setdefault(int(fields[1]), []).append(int(entry.name))
    found: set[int] = set()
    todo = [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def alive(pids: set[int]) -> set[int]:
    living = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            continue
        if state[state.rindex(")") + 2] != "Z":
            living.add(pid)
    return living


def workers_of(pid: int) -> set[int]:
    """The pool's worker processes: the children of the fork server that ``pid`` started."""
    found = set()
    for child in descendants(pid):
        try:
            if b"forkserver" in Path(f"/proc/{child}/cmdline").read_bytes():
                found |= descendants(child)
        except OSError:
            pass
    return found


linux_only = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")


@linux_only
def test_a_dead_worker_is_replaced_and_the_document_read_again(servers: tuple[RawServer, RawServer],
                                                               db: Path) -> None:
    a, _ = servers
    today = datetime.now(UTC).date().isoformat()
    before = article_page("NMI", TEXT, published=today)
    after = article_page("NMI", [*TEXT, "NATO Mission Iraq now also advises the Iraqi Counter-Terrorism Service, "
                                 "a spokesperson said."], published=today)
    url = a.route("/p", [response(200, before.encode()), response(200, after.encode())])
    config = make_config(db, [{"name": "s", "url": url}], workers=2)
    reader = Reader(config.profile, 2)

    async def go() -> list[SourceResult]:
        results = []
        async with Fetcher(config.settings) as fetcher:
            ctx = CheckContext(config, store, fetcher, reader)
            results.append(await check_source(ctx, config.sources[0]))
            pool = wait_for(lambda: workers_of(os.getpid()), what="the worker processes")
            for pid in pool:
                os.kill(pid, signal.SIGKILL)  # killed, as by the out-of-memory killer
            wait_for(lambda: not alive(pool), what="the workers to die")
            results.append(await check_source(ctx, config.sources[0]))
        return results

    try:
        with Store.open(db) as store:
            first, second = asyncio.run(go())
    finally:
        reader.close()
    assert first.outcome == "changed" and second.outcome == "changed", (first, second)
    assert second.documents[0].outcome == "changed"
    assert rows(db, "SELECT new FROM changes WHERE new = 'Counter-Terrorism Service'")


def start(monitor: Monitor, *args: str) -> subprocess.Popen[bytes]:
    """The real CLI in its own process group, as a terminal runs it (Ctrl-C reaches the whole group)."""
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("MONITOR_CONFIG", None)
    with open(monitor.folder / "out.log", "wb") as log:
        return subprocess.Popen([sys.executable, "-m", "monitor", "--config", str(monitor.config), *args],
                                stdout=log, stderr=subprocess.STDOUT, cwd=monitor.folder, env=env,
                                start_new_session=True)


def pool_started(monitor: Monitor, servers: tuple[RawServer, RawServer], *, stalled: bool) -> None:
    """A page that starts the worker pool, and (``stalled``) one that never answers, so a sweep is in flight."""
    a, _ = servers
    sources = [{"name": "page", "url": a.route("/p", response(200, PAGE))}]
    if stalled:
        sources.append({"name": "stalled", "url": a.route("/stalled", stall())})
    monitor.write_config(sources, settings={"workers": 2, "timeout": "60s", "interval": "1h",
                                              "shutdown_grace": "1s"})
    assert monitor.db.exists()  # the seeded copy (the db fixture), so the command starts checking at once


@linux_only
@pytest.mark.parametrize("command,exit_code", [(("run", "--log-format", "text"), 0), (("check",), 130)])
def test_ctrl_c_is_quiet_and_leaves_no_worker(servers: tuple[RawServer, RawServer], monitor: Monitor, db: Path,
                                              command: tuple[str, ...], exit_code: int) -> None:
    pool_started(monitor, servers, stalled=True)
    process = start(monitor, *command)
    try:
        workers = wait_for(lambda: workers_of(process.pid), what="the worker processes")
        wait_for(lambda: servers[0].requests("/stalled"), what="the stalled request")
        if command[0] == "run":
            wait_for(lambda: "check page: changed" in (monitor.folder / "out.log").read_text(), what="a check")
        family = descendants(process.pid)
        os.killpg(process.pid, signal.SIGINT)  # Ctrl-C in a terminal
        assert process.wait(30) == exit_code
    finally:
        if process.poll() is None:
            process.kill()
    output = (monitor.folder / "out.log").read_text()
    assert "Traceback" not in output and "KeyboardInterrupt" not in output and "Aborted!" not in output, output
    if command[0] == "check":
        assert output.strip() == "interrupted: the checks that had finished are saved; the others are not"
    assert workers and wait_for(lambda: not alive(family), timeout=10, what="no process left")


@linux_only
@pytest.mark.parametrize("command,sig", [(("run",), signal.SIGKILL), (("check",), signal.SIGTERM)])
def test_workers_exit_when_their_parent_dies(servers: tuple[RawServer, RawServer], monitor: Monitor, db: Path,
                                             command: tuple[str, ...], sig: int) -> None:
    pool_started(monitor, servers, stalled=True)
    process = start(monitor, *command)
    try:
        wait_for(lambda: workers_of(process.pid), what="the worker processes")
        wait_for(lambda: servers[0].requests("/stalled"), what="the stalled request")
        family = descendants(process.pid)
        process.send_signal(sig)  # the parent only
        process.wait(30)
    finally:
        if process.poll() is None:
            process.kill()
    assert wait_for(lambda: not alive(family), timeout=10, what="the orphaned workers to exit")


def test_workers_are_born_ignoring_ctrl_c() -> None:
    """A worker ignores SIGINT from its first instruction, before its initializer runs: a Ctrl-C while
    workers start prints no child's KeyboardInterrupt traceback (it did, now and then, in the test
    above). In a fresh process, so that no fork server of another test is running already."""
    script = (
        "import signal\n"
        "from concurrent.futures import ProcessPoolExecutor\n"
        "import multiprocessing\n"
        "from monitor.workers import _start_fork_server\n"
        "if __name__ == '__main__':\n"
        "    _start_fork_server()\n"
        "    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # the parent's is restored\n"
        "    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context('forkserver')) as pool:\n"
        "        print(pool.submit(signal.getsignal, signal.SIGINT).result() == signal.SIG_IGN)\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "True", (result.stdout, result.stderr)
