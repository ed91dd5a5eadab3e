"""`monitor run` as a real subprocess against real local HTTP, SMTP and Slack servers.

Waiting uses deadlines (poll until a condition holds or time runs out), never fixed sleeps.
"""
from __future__ import annotations

import json
import signal
import threading
import time
from typing import Any

from conftest import Daemon, Monitor, SMTPServer, article_page, wait_for
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

BEFORE = ["NATO Mission Iraq advises the Iraqi Ministry of Defence and the Office of the National Security "
          "Advisor, a spokesperson said on Monday at a briefing in Baghdad."] * 3
AFTER = [*BEFORE, "On 20 May 2026, Major General Anna Lindqvist became the new Commander of NATO Mission Iraq, "
                  "succeeding Major General Christophe Hintzy."]


def configure(site: HTTPServer, monitor: Monitor, smtp: SMTPServer, sources: list[dict[str, Any]],
              settings: dict[str, Any] | None = None) -> dict[str, Any]:
    received: dict[str, Any] = {"slack": []}
    site.expect_request("/slack", method="POST").respond_with_handler(
        lambda request: (received["slack"].append(json.loads(request.get_data())), Response("ok"))[1])
    monitor.env = {"TEST_SLACK_WEBHOOK": site.url_for("/slack")}
    monitor.write_config(sources, settings={"interval": "1s", "host_concurrency": 8, **(settings or {})}, extra=f"""
[alerts]
retry = "0s"
[alerts.email]
host = "127.0.0.1"
port = {smtp.port}
security = "none"
sender = "monitor@example.org"
to = ["desk@example.org"]
[alerts.slack]
webhook_url_env = "TEST_SLACK_WEBHOOK"
""")
    monitor.seed()
    return received


def test_a_change_is_logged_and_alerted_and_a_restart_sends_nothing_twice(
        site: HTTPServer, monitor: Monitor, smtp: SMTPServer, daemon: Daemon) -> None:
    page = {"html": article_page("NMI", BEFORE, published="2026-05-21")}
    site.expect_request("/nmi").respond_with_handler(lambda request: Response(page["html"], content_type="text/html"))
    received = configure(site, monitor, smtp, [{"name": "nmi", "url": site.url_for("/nmi"), "authority": "official"}])
    daemon.start()
    wait_for(lambda: len(daemon.checks_of("nmi")) >= 2, what="two checks of the page")
    # another terminal reads while the daemon writes
    assert "nmi" in monitor.run("sources").stdout and monitor.run("facts").returncode == 0
    page["html"] = article_page("NMI", AFTER, published="2026-05-21")
    wait_for(lambda: smtp.mailbox.messages and received["slack"], what="the email and the Slack message")
    (change,) = monitor.json_lines("log", "--json")
    assert (change["slot"], change["new"], change["confidence"]) == ("commander", "Anna Lindqvist", "confirmed")
    wait_for(lambda: monitor.logged()[0]["alerted"] == ["email", "slack"], what="delivery marks")
    assert monitor.json_lines("log", "--json")[0]["alerted"] == ["email", "slack"]

    started = time.monotonic()
    assert daemon.stop() == 0
    assert time.monotonic() - started < 5
    assert any(line["message"].startswith("stopped after") for line in daemon.lines())
    assert monitor.query("PRAGMA integrity_check")[0][0] == "ok"

    checks_before = len(daemon.checks_of("nmi"))
    daemon.start()
    wait_for(lambda: len(daemon.checks_of("nmi")) >= checks_before + 2, what="checks after the restart")
    assert daemon.stop() == 0
    assert len(smtp.mailbox.messages) == 1 and len(received["slack"]) == 1
    assert len(monitor.json_lines("log", "--json")) == 1


def test_a_hanging_source_does_not_delay_the_others(site: HTTPServer, monitor: Monitor, smtp: SMTPServer,
                                                    daemon: Daemon) -> None:
    release = threading.Event()

    def hang(request: Request) -> Response:  # (released at the end; the bound outlasts a loaded machine)
        release.wait(90)
        return Response("late", content_type="text/html")

    site.expect_request("/slow").respond_with_handler(hang)
    site.expect_request("/fast").respond_with_data(article_page("NMI", BEFORE), content_type="text/html")
    configure(site, monitor, smtp, [{"name": "slow", "url": site.url_for("/slow")},
                                    {"name": "fast", "url": site.url_for("/fast")}], settings={"timeout": "80s"})
    daemon.start()
    try:
        wait_for(lambda: len(daemon.checks_of("fast")) >= 4, timeout=60, what="four checks of the fast source")
        assert daemon.checks_of("slow") == []  # still hanging
    finally:
        release.set()
    assert daemon.stop() == 0


def test_sighup_applies_a_new_configuration_and_keeps_history(site: HTTPServer, monitor: Monitor, smtp: SMTPServer,
                                                              daemon: Daemon) -> None:
    for name in ("a", "b"):
        site.expect_request(f"/{name}").respond_with_data(article_page("NMI", BEFORE), content_type="text/html")
    sources = [{"name": "a", "url": site.url_for("/a")}]
    configure(site, monitor, smtp, sources)
    daemon.start()
    wait_for(lambda: daemon.checks_of("a"), what="the first check of a")
    text = monitor.config.read_text().replace('name = "a"', 'name = "b"').replace("/a", "/b")
    monitor.config.write_text(text)
    daemon.signal(signal.SIGHUP)
    wait_for(lambda: daemon.checks_of("b"), what="the new source b")
    listing = monitor.run("sources").stdout
    assert "a (removed)" in listing
    checks_of_a = len(daemon.checks_of("a"))
    wait_for(lambda: len(daemon.checks_of("b")) >= 3, what="more checks of b")
    assert len(daemon.checks_of("a")) <= checks_of_a + 1  # a is no longer scheduled
    monitor.config.write_text("[settings\nbroken")
    daemon.signal(signal.SIGHUP)
    wait_for(lambda: any("keeping the running one" in line["message"] for line in daemon.lines()),
             what="the reload error")
    monitor.config.write_text(text + '\n[mission]\nprofile = "nowhere.toml"\n')  # valid, but no such profile
    daemon.signal(signal.SIGHUP)
    wait_for(lambda: sum("keeping the running one" in line["message"] for line in daemon.lines()) == 2,
             what="the reload error for a missing profile")
    assert daemon.stop() == 0


def test_the_watchdog_alerts_once_when_nothing_succeeds(site: HTTPServer, monitor: Monitor, smtp: SMTPServer,
                                                        daemon: Daemon) -> None:
    site.expect_request("/down").respond_with_data("no", status=503)
    configure(site, monitor, smtp, [{"name": "down", "url": site.url_for("/down")}], settings={"watchdog": "2s"})
    daemon.start("--heartbeat", "0.5")
    wait_for(lambda: any("Source failing" in m["Subject"] for m in smtp.mailbox.messages), what="the failing alert")
    wait_for(lambda: any("No check has succeeded" in m["Subject"] for m in smtp.mailbox.messages),
             what="the watchdog alert")
    wait_for(lambda: len(daemon.checks_of("down")) >= 6, what="more failing checks")
    assert sum("No check has succeeded" in m["Subject"] for m in smtp.mailbox.messages) == 1
    assert daemon.stop() == 0


def test_killed_between_writing_the_change_and_sending_it_sends_once_after_restart(
        site: HTTPServer, monitor: Monitor, daemon: Daemon) -> None:
    import socket

    smtp = SMTPServer()  # its port, not yet served
    silent = socket.socket()  # accepts connections and never greets: the delivery hangs
    silent.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    silent.bind(("127.0.0.1", smtp.port))
    silent.listen(8)
    page = {"html": article_page("NMI", AFTER, published="2026-05-21")}
    site.expect_request("/nmi").respond_with_handler(lambda request: Response(page["html"], content_type="text/html"))
    received = configure(site, monitor, smtp, [{"name": "nmi", "url": site.url_for("/nmi"), "authority": "official"}])
    # a long SMTP timeout: the delivery is still hanging when the daemon is killed
    monitor.config.write_text(monitor.config.read_text().replace('security = "none"',
                                                                 'security = "none"\ntimeout = "30s"'))
    try:
        daemon.start()
        wait_for(lambda: monitor.logged(), what="the change in the log")
        wait_for(lambda: received["slack"], what="the Slack message (the email hangs)")
        # the webhook answered before the daemon writes "sent": kill it only once that is on file
        wait_for(lambda: any("slack" in change["alerted"] for change in monitor.logged()),
                 what="the Slack delivery recorded as sent")
        assert daemon.process is not None
        daemon.process.kill()  # SIGKILL: no clean-up of any kind
        daemon.process.wait()
    finally:
        silent.close()
    (change,) = monitor.json_lines("log", "--json")
    assert change["deliveries"] == {"email": "pending", "slack": "sent"}
    smtp.start()
    try:
        daemon.start()
        wait_for(lambda: smtp.mailbox.messages, what="the email after the restart")
        checks = len(daemon.checks_of("nmi"))
        wait_for(lambda: len(daemon.checks_of("nmi")) >= checks + 2, what="more checks")
        assert daemon.stop() == 0
    finally:
        smtp.stop()
    assert len(smtp.mailbox.messages) == 1 and len(received["slack"]) == 1
    assert monitor.json_lines("log", "--json")[0]["alerted"] == ["email", "slack"]
