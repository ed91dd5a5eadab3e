"""Fault injection for alert delivery: real SMTP servers (aiosmtpd, and a raw socket server that
trickles), a real Slack receiver, the real CLI and daemon, the real SQLite file.

Each fault is a row: what the server does, what the monitor must do. Servers that are slow on
purpose (a delay per message, a byte at a time) are the fault, not a wait for work: the tests wait
by polling with a deadline.
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from conftest import Mailbox, Monitor, SMTPServer, TCPServer, article_page, rss_feed, wait_for
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from monitor.diff import Change, DiffResult, Origin
from monitor.notify import render
from monitor.profile import load_profile
from monitor.store import Store

PROFILE = load_profile("nato_mission_iraq")
TOKEN = "T0SECRET/B0SECRET/XyZwebhookTOKEN123"  # the secret part of a Slack webhook URL
PASSWORD = "pw-Secret-987"


# -- servers ----------------------------------------------------------------------------------------


class Slack:
    """The webhook receiver: keeps every post; answers from ``script`` (then 200), each answer
    after ``delay`` seconds (a slow server widens any race between senders)."""

    def __init__(self, delay: float = 0.0, script: list[tuple[int, dict[str, str]]] | None = None) -> None:
        self.posts: list[dict[str, Any]] = []
        self.delay = delay
        self.script = list(script or [])
        self.lock = threading.Lock()

    def __call__(self, request: Request) -> Response:
        time.sleep(self.delay)
        with self.lock:
            self.posts.append(json.loads(request.get_data()))
            status, headers = self.script.pop(0) if self.script else (200, {})
        return Response("ok" if status == 200 else "rate_limited", status=status, headers=headers)


class ScriptedMailbox(Mailbox):
    """aiosmtpd handler: records the Message-ID of every DATA, accepted or not; answers DATA, RCPT
    and QUIT from a script; takes ``delay`` seconds per message."""

    def __init__(self, *, data: list[str] = (), rcpt: list[str] = (), quit: str | None = None,
                 delay: float = 0.0) -> None:
        super().__init__()
        self.data_script, self.rcpt_script, self.quit = list(data), list(rcpt), quit
        self.delay = delay
        self.offered: list[str] = []  # Message-IDs of every DATA, refused ones too

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: list[str]) -> str:
        if self.rcpt_script:
            return self.rcpt_script.pop(0)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        import asyncio
        from email import message_from_bytes, policy

        await asyncio.sleep(self.delay)
        message = message_from_bytes(envelope.content, policy=policy.default)
        self.offered.append(message["Message-ID"])
        if self.data_script:
            return self.data_script.pop(0)
        self.messages.append(message)
        return "250 Message accepted for delivery"

    async def handle_QUIT(self, server: Any, session: Any, envelope: Any) -> str:
        return self.quit or "221 Bye"


def scripted_smtp(**script: Any) -> SMTPServer:
    server = SMTPServer()
    server.mailbox = ScriptedMailbox(**script)
    return server.start()


class Trickler(TCPServer):
    """A TCP server that answers every connection a byte at a time, each byte well within the
    client's read timeout, and never finishes: an SMTP banner or HTTP headers without end."""

    def __init__(self, opening: bytes, gap: float = 0.2) -> None:
        self.opening, self.gap = opening, gap
        super().__init__()

    def handle(self, conn: socket.socket) -> None:
        with conn:
            data = self.opening
            while not self.stopped.is_set():
                byte, data = (data[:1], data[1:]) if data else (b"x", b"")
                try:
                    conn.sendall(byte)
                except OSError:
                    return
                self.stopped.wait(self.gap)


# -- setup ------------------------------------------------------------------------------------------


def configure(monitor: Monitor, site: HTTPServer, *, smtp_port: int, slack_url: str,
              settings: dict[str, Any] | None = None, alerts: str = "max_attempts = 3", timeout: str = "5s",
              sources: list[dict[str, Any]] | None = None) -> None:
    """Both channels; by default one quiet page as the only source (a check of it changes nothing
    and then delivers what is due)."""
    if sources is None:
        site.expect_request("/quiet").respond_with_data(article_page("Weather", ["Sunny all week."] * 3),
                                                        content_type="text/html")
        sources = [{"name": "quiet", "url": site.url_for("/quiet")}]
    monitor.env = {"TEST_SLACK_WEBHOOK": slack_url, "TEST_SMTP_PASSWORD": PASSWORD}
    monitor.write_config(sources, settings=settings, extra=f"""
[alerts]
retry = "0s"
{alerts}

[alerts.email]
host = "127.0.0.1"
port = {smtp_port}
security = "none"
username = "monitor"
password_env = "TEST_SMTP_PASSWORD"
sender = "monitor@example.org"
to = ["desk@example.org"]
timeout = "{timeout}"

[alerts.slack]
webhook_url_env = "TEST_SLACK_WEBHOOK"
timeout = "{timeout}"
""")


def slack_at(site: HTTPServer, slack: Slack) -> str:
    site.expect_request(f"/services/{TOKEN}", method="POST").respond_with_handler(slack)
    return site.url_for(f"/services/{TOKEN}")


def enqueue(monitor: Monitor, count: int, channels: tuple[str, ...] = ("email", "slack")) -> list[int]:
    """``count`` alerts in the outbox, as a check writes them (the library's own call)."""
    ids = []
    with Store.open(monitor.db) as store, store.transaction():
        for i in range(count):
            payload = render.health_payload(PROFILE, source=f"source-{i:02d}", url="", state="failing",
                                            detail=f"fault {i}")
            ids.append(store.enqueue_alert(kind="health", subject=render.subject(payload), payload=payload,
                                           channels=list(channels), created_at=datetime.now(UTC)))
    return ids


def deliveries(monitor: Monitor) -> list[dict[str, Any]]:
    return [dict(r) for r in monitor.query("SELECT * FROM deliveries ORDER BY id")]


def popen(monitor: Monitor, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "NO_COLOR": "1", **monitor.env}
    env.pop("MONITOR_CONFIG", None)
    return subprocess.Popen([sys.executable, "-m", "monitor", "--config", str(monitor.config), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=monitor.folder, env=env)


@pytest.fixture
def processes() -> Iterator[list[subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []
    yield started
    for process in started:
        if process.poll() is None:
            process.kill()
            process.wait()


# -- item 1: every alert exactly once, whoever sends ---------------------------------------------------


def test_three_concurrent_senders_deliver_every_alert_exactly_once(site: HTTPServer, monitor: Monitor,
                                                                    processes: list[subprocess.Popen[str]]) -> None:
    # the daemon (its outbox job, its stop flush) and two `monitor check` started together, against
    # servers that take a while per message, with thirty alerts due
    smtp = scripted_smtp(delay=0.06)
    slack = Slack(delay=0.06)
    try:
        configure(monitor, site, smtp_port=smtp.port, slack_url=slack_at(site, slack))
        monitor.seed()
        alerts = enqueue(monitor, 30)
        processes.append(popen(monitor, "run", "--log-format", "json"))
        processes += [popen(monitor, "check"), popen(monitor, "check")]
        for check in processes[1:]:
            check.wait(60)
        wait_for(lambda: all(d["status"] == "sent" for d in deliveries(monitor)), what="every delivery sent")
        processes[0].send_signal(signal.SIGTERM)
        assert processes[0].wait(30) == 0
    finally:
        smtp.stop()
    ids = Counter(m["Message-ID"] for m in smtp.mailbox.messages)
    posts = Counter(p["text"] for p in slack.posts)
    assert len(ids) == len(posts) == len(alerts)
    assert set(ids.values()) == {1}, [i for i, n in ids.items() if n > 1]
    assert set(posts.values()) == {1}, [p for p, n in posts.items() if n > 1]
    assert {d["attempts"] for d in deliveries(monitor)} == {1}
    assert monitor.query("SELECT count(*) AS n FROM delivery_leases")[0]["n"] == 0  # every lease given back


MINISTRIES = ["Water Resources", "Agriculture", "Health", "Transport", "Oil", "Finance", "Justice", "Education"]


def test_checks_of_the_daemon_that_log_changes_deliver_each_alert_once(site: HTTPServer, monitor: Monitor,
                                                                       processes: list[subprocess.Popen[str]]) -> None:
    # eight pages, each stating a new advised institution: the daemon's checks log a change each
    # and each delivers, while the others (and the outbox job) deliver too
    smtp = scripted_smtp(delay=0.2)
    slack = Slack(delay=0.2)
    sources = []
    for i, ministry in enumerate(MINISTRIES):
        text = [f"NATO Mission Iraq will now also advise the Iraqi Ministry of {ministry}, the alliance said."] * 3
        site.expect_request(f"/nmi/{i}").respond_with_data(article_page("NMI", text, published="2026-05-21"),
                                                           content_type="text/html")
        sources.append({"name": f"nmi-{i}", "url": site.url_for(f"/nmi/{i}")})
    try:
        configure(monitor, site, smtp_port=smtp.port, slack_url=slack_at(site, slack), sources=sources,
                  settings={"interval": "1s", "host_concurrency": 8})
        monitor.seed()
        processes.append(popen(monitor, "run", "--log-format", "json"))

        def delivered() -> bool:
            rows = deliveries(monitor) if monitor.db.exists() else []
            return len(rows) == 2 * len(MINISTRIES) and all(d["status"] == "sent" for d in rows)

        wait_for(delivered, what="every change alerted on both channels")
        processes[0].send_signal(signal.SIGTERM)
        assert processes[0].wait(30) == 0
    finally:
        smtp.stop()
    assert sorted(Counter(m["Message-ID"] for m in smtp.mailbox.messages).values()) == [1] * len(MINISTRIES)
    assert sorted(Counter(p["text"] for p in slack.posts).values()) == [1] * len(MINISTRIES)
    assert {d["attempts"] for d in deliveries(monitor)} == {1}


def test_a_lease_held_by_a_live_sender_keeps_others_off_its_channel(site: HTTPServer, monitor: Monitor,
                                                                     smtp: SMTPServer) -> None:
    slack = Slack()
    configure(monitor, site, smtp_port=smtp.port, slack_url=slack_at(site, slack))
    enqueue(monitor, 2)
    # this test process holds the email channel (it runs, so its lease is not taken over)
    with Store.open(monitor.db) as store:
        assert store.claim_channel("email", f"{socket.gethostname()}:{os.getpid()}:x:y",
                                   datetime.now(UTC), ttl=60) is None
    monitor.run("alerts", "deliver")
    assert smtp.mailbox.messages == [] and len(slack.posts) == 2
    assert [d["status"] for d in deliveries(monitor) if d["channel"] == "email"] == ["pending", "pending"]
    with Store.open(monitor.db) as store:
        store.release_channel("email", f"{socket.gethostname()}:{os.getpid()}:x:y", datetime.now(UTC))
    monitor.run("alerts", "deliver")
    assert len(smtp.mailbox.messages) == 2 and len(slack.posts) == 2


def test_a_sender_killed_mid_delivery_leaves_nothing_held_or_doubled(site: HTTPServer, monitor: Monitor,
                                                                      smtp: SMTPServer,
                                                                      processes: list[subprocess.Popen[str]]) -> None:
    # `kill -9` while the email channel's lease is held (its server trickling); the next sender, at
    # once (not when the lease expires), delivers every alert once, the half-sent one included
    trickler = Trickler(b"220-")
    slack = Slack()
    try:
        configure(monitor, site, smtp_port=trickler.port, slack_url=slack_at(site, slack), timeout="10s")
        enqueue(monitor, 3, channels=("email",))
        sender = popen(monitor, "alerts", "deliver")
        processes.append(sender)
        wait_for(lambda: trickler.connections, what="the delivery to start")
        assert monitor.query("SELECT channel FROM delivery_leases")[0]["channel"] == "email"
        sender.kill()
        sender.wait()
    finally:
        trickler.close()
    configure(monitor, site, smtp_port=smtp.port, slack_url=slack_at(site, slack), timeout="10s")
    monitor.run("alerts", "deliver")
    assert sorted(Counter(m["Message-ID"] for m in smtp.mailbox.messages).values()) == [1, 1, 1]
    assert [(d["status"], d["attempts"]) for d in deliveries(monitor)] == [("sent", 1)] * 3


# -- items 5, 6, 17: slow, trickling and refusing servers --------------------------------------------


@pytest.mark.parametrize("channel", ["email", "slack"])
def test_a_trickling_server_cannot_hold_check(site: HTTPServer, monitor: Monitor, smtp: SMTPServer,
                                              channel: str) -> None:
    trickler = Trickler(b"220-" if channel == "email" else b"HTTP/1.1 200 OK\r\nX-Slow: ")
    try:
        slack_url = f"http://127.0.0.1:{trickler.port}/services/{TOKEN}" if channel == "slack" else \
            slack_at(site, Slack())
        configure(monitor, site, smtp_port=trickler.port if channel == "email" else smtp.port, slack_url=slack_url,
                  timeout="0.5s")
        enqueue(monitor, 2)
        out = monitor.run("check", timeout=60).stdout
    finally:
        trickler.close()
    assert "alerts: 2 sent, 1 not sent" in out and "within 1.5s (a server that answers too slowly)" in out
    slow = [d for d in deliveries(monitor) if d["channel"] == channel]
    # the first delivery ran out of time; the second waits for the next pass
    assert [(d["status"], d["attempts"]) for d in slow] == [("pending", 1), ("pending", 0)]
    assert trickler.connections == 1


@pytest.mark.parametrize("channel", ["email", "slack"])
def test_a_trickling_server_cannot_hold_the_daemon_past_its_grace(site: HTTPServer, monitor: Monitor,
                                                                  smtp: SMTPServer, channel: str,
                                                                  processes: list[subprocess.Popen[str]]) -> None:
    trickler = Trickler(b"220-" if channel == "email" else b"HTTP/1.1 200 OK\r\nX-Slow: ")
    try:
        slack_url = f"http://127.0.0.1:{trickler.port}/services/{TOKEN}" if channel == "slack" else \
            slack_at(site, Slack())
        # a delivery could take 180 s (3 x timeout); the grace is 1 s (the wait below leaves a loaded
        # machine time to start the daemon and stop it, far short of the delivery)
        configure(monitor, site, smtp_port=trickler.port if channel == "email" else smtp.port, slack_url=slack_url,
                  timeout="60s", settings={"shutdown_grace": "1s"})
        enqueue(monitor, 1)
        daemon = popen(monitor, "run", "--log-format", "json")
        processes.append(daemon)
        wait_for(lambda: monitor.query("SELECT running FROM daemon"), what="the daemon's first heartbeat")
        daemon.send_signal(signal.SIGTERM)  # its stop flushes the outbox, into the trickle
        assert daemon.wait(60) == 0
    finally:
        trickler.close()
    assert trickler.connections == 1
    log = daemon.stdout.read() if daemon.stdout else ""
    assert "the outbox was not flushed in time; it is kept for the next start" in log
    (slow,) = [d for d in deliveries(monitor) if d["channel"] == channel]
    assert slow["status"] == "pending"
    assert monitor.query("SELECT count(*) AS n FROM delivery_leases")[0]["n"] == 0


def test_a_421_to_quit_after_the_message_was_accepted_counts_as_sent(site: HTTPServer, monitor: Monitor) -> None:
    smtp = scripted_smtp(quit="421 4.3.2 Service shutting down")
    try:
        configure(monitor, site, smtp_port=smtp.port, slack_url=slack_at(site, Slack()))
        enqueue(monitor, 1, channels=("email",))
        out = monitor.run("check").stdout
        monitor.run("alerts", "deliver")
        monitor.run("alerts", "deliver")
    finally:
        smtp.stop()
    assert "alerts: 1 sent, 0 not sent" in out
    assert len(smtp.mailbox.messages) == 1
    assert [(d["status"], d["attempts"]) for d in deliveries(monitor)] == [("sent", 1)]


SETTLE = [  # (id, channel, server's first answer, Retry-After honoured) : then it accepts
    ("smtp-421-to-data", "email", {"data": ["421 4.7.0 Try again later"]}, None),
    ("smtp-450-to-rcpt", "email", {"rcpt": ["450 4.2.1 Mailbox busy, try later"]}, None),
    ("slack-429-retry-after-1", "slack", [(429, {"Retry-After": "1"})], 1),
    ("slack-503-retry-after-1", "slack", [(503, {"Retry-After": "1"})], 1),
]


@pytest.mark.parametrize("name, channel, first, after", SETTLE, ids=[row[0] for row in SETTLE])
def test_try_later_is_a_retry_not_a_failure(site: HTTPServer, monitor: Monitor, name: str, channel: str,
                                            first: Any, after: float | None) -> None:
    smtp = scripted_smtp(**(first if channel == "email" else {}))
    slack = Slack(script=first if channel == "slack" else None)
    try:
        # one attempt only: a failure would be final, a deferral is not
        configure(monitor, site, smtp_port=smtp.port, slack_url=slack_at(site, slack), alerts="max_attempts = 1")
        enqueue(monitor, 1, channels=(channel,))
        before = datetime.now(UTC).replace(microsecond=0)
        monitor.run("check")
        (row,) = deliveries(monitor)
        assert (row["status"], row["attempts"], row["deferrals"]) == ("pending", 0, 1)
        if after is not None:
            due = datetime.fromisoformat(row["next_attempt"].replace("Z", "+00:00"))
            assert (due - before).total_seconds() >= after
        assert "deferred 1x" in monitor.run("alerts", "list").stdout
        wait_for(lambda: monitor.run("alerts", "deliver") and deliveries(monitor)[0]["status"] == "sent",
                 what="the retry to be sent")
    finally:
        smtp.stop()
    (row,) = deliveries(monitor)
    assert (row["status"], row["attempts"], row["deferrals"]) == ("sent", 1, 1)
    if channel == "email":
        # item 13: the retry carries the same Message-ID as the refused attempt
        assert len(smtp.mailbox.offered) == 1 + ("data" in first) and len(set(smtp.mailbox.offered)) == 1
        assert len(smtp.mailbox.messages) == 1
    else:
        assert len(slack.posts) == 2


def test_a_long_retry_after_is_capped_by_retry_after_max(site: HTTPServer, monitor: Monitor,
                                                         smtp: SMTPServer) -> None:
    slack = Slack(script=[(429, {"Retry-After": "86400"})])
    configure(monitor, site, smtp_port=smtp.port, slack_url=slack_at(site, slack), settings={"retry_after_max": "30s"})
    enqueue(monitor, 1, channels=("slack",))
    before = datetime.now(UTC).replace(microsecond=0)
    monitor.run("check")
    monitor.run("alerts", "deliver")  # not due yet: nothing is posted again
    after = datetime.now(UTC)
    (row,) = deliveries(monitor)
    due = datetime.fromisoformat(row["next_attempt"].replace("Z", "+00:00"))
    assert row["status"] == "pending" and 30 <= (due - before).total_seconds() and (due - after).total_seconds() <= 31
    assert len(slack.posts) == 1 and "HTTP 429, Retry-After 86400s" in row["last_error"]


# -- items 7, 8: malformed webhook URLs, and secrets that never show -----------------------------------

BAD_WEBHOOKS = [
    ("port-99999", "http://127.0.0.1:99999/services/" + TOKEN),
    ("unclosed-ipv6", "http://[::1"),
    ("not-http", "ftp://example.org/services/" + TOKEN),
    ("no-host", "https:///services/" + TOKEN),
    ("credentials-and-bad-port", f"https://user:{PASSWORD}@hooks.example.org:0/services/{TOKEN}"),
]


WEBHOOK_CASES = [pytest.param(("check",), url, id=f"check-{name}") for name, url in BAD_WEBHOOKS] + [
    pytest.param(command, BAD_WEBHOOKS[0][1], id=f"{'-'.join(command)}-{BAD_WEBHOOKS[0][0]}")
    for command in (("alerts", "test"), ("alerts", "deliver"))]


@pytest.mark.parametrize("command, url", WEBHOOK_CASES)
def test_a_malformed_webhook_url_is_a_config_error(site: HTTPServer, monitor: Monitor, smtp: SMTPServer, url: str,
                                                   command: tuple[str, ...]) -> None:
    configure(monitor, site, smtp_port=smtp.port, slack_url=url)
    result = monitor.run(*command, check=False)
    assert result.returncode == 2, result.stdout + result.stderr
    assert f'{monitor.config}: [alerts.slack] key "webhook_url_env": the environment variable TEST_SLACK_WEBHOOK' \
        in result.stderr
    assert "Traceback" not in result.stderr
    for secret in (TOKEN, PASSWORD, url):
        assert secret not in result.stdout + result.stderr


def test_credentials_in_a_source_url_are_refused_unshown(monitor: Monitor) -> None:
    monitor.write_config([{"name": "nmi", "url": f"https://reader:{PASSWORD}@example.org/nmi"}])
    result = monitor.run("check", check=False)
    assert result.returncode == 2
    assert '[[sources]] #1 ("nmi") key "url": a user name or password in the URL is not supported' in result.stderr
    assert PASSWORD not in result.stdout + result.stderr


def dump(monitor: Monitor) -> str:
    import sqlite3

    conn = sqlite3.connect(monitor.db)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def test_secrets_never_reach_an_error_a_log_or_the_database(site: HTTPServer, monitor: Monitor,
                                                            smtp: SMTPServer) -> None:
    # the webhook URL carries a user:password as well as Slack's token in its path; it answers 500
    slack = Slack(script=[(500, {})])
    url = slack_at(site, slack).replace("http://", f"http://hookuser:{PASSWORD}@")
    configure(monitor, site, smtp_port=smtp.port, slack_url=url, alerts="max_attempts = 1")
    enqueue(monitor, 1)
    result = monitor.run("-v", "check")
    test = monitor.run("-vv", "alerts", "test", check=False)
    listing = monitor.run("-vv", "alerts", "list")
    assert len(slack.posts) == 2 and len(smtp.mailbox.messages) == 2  # they did reach the servers
    assert "answered HTTP 500" in result.stdout and "127.0.0.1:" in result.stdout
    seen = "\n".join(r.stdout + r.stderr for r in (result, test, listing)) + dump(monitor)
    for secret in (TOKEN, PASSWORD, "hookuser"):
        assert secret not in seen


# -- item 13: Message-IDs unique per database ---------------------------------------------------------


def test_the_first_alerts_of_two_databases_have_different_message_ids(site: HTTPServer, tmp_path: Path,
                                                                      smtp: SMTPServer) -> None:
    for name in ("one", "two"):
        folder = tmp_path / name
        folder.mkdir()
        monitor = Monitor(folder)
        configure(monitor, site, smtp_port=smtp.port, slack_url=slack_at(site, Slack()))
        assert enqueue(monitor, 1, channels=("email",)) == [1]
        monitor.run("alerts", "deliver")
    first, second = (m["Message-ID"] for m in smtp.mailbox.messages)
    assert first != second
    assert first.startswith("<mandate-monitor.alert-1.") and first.endswith("@example.org>")


# -- item 15: two removals in one slot from one document ----------------------------------------------


def test_apply_diff_returns_an_id_for_every_change(tmp_path: Path) -> None:
    removals = [Change("advised_institution", "removed", value, None, f"It no longer advises the {value}.",
                       "confirmed", None) for value in ("Ministry of Defence", "Ministry of Interior")]
    added = Change("advised_institution", "added", None, "Ministry of Oil", "It now advises the Ministry of Oil.",
                   "confirmed", None)
    origin = Origin("http://example.org/a", "nmi", "NATO", None, official=True)
    with Store.open(tmp_path / "m.db") as store, store.transaction():
        applied = store.apply_diff(DiffResult(changes=[*removals, added]), origin, document_id=None,
                                   detected_at=datetime.now(UTC), categories={"advised_institution": "scope"})
        rows = store.change_rows(list(applied.changes))
    assert len(applied.changes) == len(set(applied.changes)) == 3
    assert [(r["kind"], r["old"], r["new"]) for r in rows] == [
        ("removed", "Ministry of Defence", None), ("removed", "Ministry of Interior", None),
        ("added", None, "Ministry of Oil")]


def test_two_removals_from_one_document_are_both_alerted(site: HTTPServer, monitor: Monitor,
                                                         smtp: SMTPServer) -> None:
    ended = ["NATO Mission Iraq stopped advising the Iraqi Ministry of Defence, officials said on Tuesday.",
             "NATO Mission Iraq also stopped advising the Office of the National Security Advisor."]
    site.expect_request("/news/1").respond_with_data(article_page("NMI news", ended, published="2026-05-21"),
                                                     content_type="text/html")
    site.expect_request("/feed.xml").respond_with_data(
        rss_feed([("NMI news", site.url_for("/news/1"), "NATO Mission Iraq news")]), content_type="application/rss+xml")
    configure(monitor, site, smtp_port=smtp.port, slack_url=slack_at(site, Slack()),
              sources=[{"name": "press", "url": site.url_for("/feed.xml"), "kind": "feed"}])
    monitor.run("check")
    removed = monitor.query("SELECT id FROM changes WHERE slot = 'advised_institution' AND kind = 'removed'")
    assert len(removed) == 2, "the text must state two removals for this test to mean anything"
    carried = monitor.query("SELECT change_id FROM alert_changes")
    assert {r["id"] for r in removed} <= {r["change_id"] for r in carried}
    (message,) = smtp.mailbox.messages
    text = message.get_body(("plain",)).get_content()
    assert "Ministry of Defence" in text and "Office of the National Security Advisor" in text
