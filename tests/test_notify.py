"""Alerts end to end: the real CLI, a real SMTP server (aiosmtpd) and a real HTTP server receiving
the Slack webhook, all on 127.0.0.1; plus the renderers on plain data."""
from __future__ import annotations

import json
import shutil
import ssl
import subprocess
from pathlib import Path
from typing import Any

import pytest
from conftest import Mailbox, Monitor, SMTPServer, article_page, free_port, rss_feed
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from monitor.notify import render
from monitor.profile import load_profile

PROFILE = load_profile("nato_mission_iraq")
NEWS = [
    "BAGHDAD - NATO Mission Iraq held a change of command ceremony at its headquarters on Tuesday, officials said.",
    "On 20 May 2026, Major General Anna Lindqvist became the new Commander of NATO Mission Iraq, succeeding "
    "Major General Christophe Hintzy.",
    "NATO Mission Iraq will now also advise the Iraqi Counter-Terrorism Service, the alliance said in a statement.",
]


class Slack:
    """Receives the webhook POSTs; answers with ``status``."""

    def __init__(self) -> None:
        self.posts: list[dict[str, Any]] = []
        self.status = 200

    def __call__(self, request: Request) -> Response:
        self.posts.append(json.loads(request.get_data()))
        return Response("ok" if self.status == 200 else "internal_error", status=self.status)


def setup(site: HTTPServer, monitor: Monitor, smtp: SMTPServer, paragraphs: list[str] = NEWS,
          alerts: str = "", published: str = "2026-05-21") -> Slack:
    slack = Slack()
    site.expect_request("/slack", method="POST").respond_with_handler(slack)
    site.expect_request("/news/1").respond_with_data(article_page("NMI news", paragraphs, published=published),
                                                     content_type="text/html")
    site.expect_request("/feed.xml").respond_with_data(
        rss_feed([("NMI news", site.url_for("/news/1"), "NATO Mission Iraq news")]), content_type="application/rss+xml")
    monitor.env = {"TEST_SLACK_WEBHOOK": site.url_for("/slack"), "TEST_SMTP_PASSWORD": "secret"}
    monitor.write_config([{"name": "press", "url": site.url_for("/feed.xml"), "kind": "feed"}], extra=f"""
[alerts]
retry = "0s"
max_attempts = 3
{alerts}

[alerts.email]
host = "127.0.0.1"
port = {smtp.port}
security = "none"
username = "monitor"
password_env = "TEST_SMTP_PASSWORD"
sender = "monitor@example.org"
to = ["desk@example.org", "analyst@example.org"]
timeout = "5s"

[alerts.slack]
webhook_url_env = "TEST_SLACK_WEBHOOK"
timeout = "5s"
""")
    monitor.seed()
    return slack


def parts(message: Any) -> tuple[str, str]:
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    return text, html


def test_a_change_sends_exactly_one_email_and_one_slack_message(site: HTTPServer, monitor: Monitor,
                                                                smtp: SMTPServer) -> None:
    slack = setup(site, monitor, smtp)
    out = monitor.run("check").stdout
    assert "alerts: 2 sent, 0 not sent" in out
    monitor.run("check")  # nothing new: nothing sent again

    (message,) = smtp.mailbox.messages
    assert message["Subject"] == "[NATO Mission Iraq] Scope expanded: + Counter-Terrorism Service (+1 more)"
    assert message["To"] == "desk@example.org, analyst@example.org" and message["Message-ID"] and message["Date"]
    text, html = parts(message)
    assert "Scope expanded: now also advises the Counter-Terrorism Service" in text
    assert "Leadership change: new commander: Anna Lindqvist (was Dany Fortin)" in text
    assert NEWS[1] in text and site.url_for("/news/1") in text and "published 2026-05-21" in text
    assert "Confidence: reported" in text and "<blockquote>" in html

    (post,) = slack.posts
    assert post["text"] == message["Subject"]
    kinds = [block["type"] for block in post["blocks"]]
    assert kinds[0] == "header" and kinds[-1] == "actions"
    assert post["blocks"][-1]["elements"][0]["url"] == site.url_for("/news/1")
    assert any(b["type"] == "section" and b["text"]["text"].startswith("> On 20 May 2026") for b in post["blocks"])
    fields = [f["text"] for b in post["blocks"] if "fields" in b for f in b["fields"]]
    assert "*Old*\nDany Fortin" in fields and "*New*\nAnna Lindqvist" in fields

    for change in monitor.json_lines("log", "--json"):
        assert change["alerted"] == ["email", "slack"], change
    assert "alert: email sent, slack sent" in monitor.run("log").stdout


def test_html_in_a_quote_arrives_escaped(site: HTTPServer, monitor: Monitor, smtp: SMTPServer) -> None:
    trap = ("NATO Mission Iraq will now also advise the Iraqi Ministry of Oil <script>alert('x')</script> "
            "& others, officials said <b>today</b>.")
    slack = setup(site, monitor, smtp, paragraphs=[*NEWS[:1], trap, *NEWS[:1]])
    monitor.run("check")
    (message,) = smtp.mailbox.messages
    _, html = parts(message)
    assert "<script>" not in html and "<b>today" not in html
    assert "&lt;script&gt;" in html and "&lt;b&gt;today&lt;/b&gt;" in html and "&amp; others" in html
    body = json.dumps(slack.posts[0])
    assert "<script>" not in body and "&lt;script&gt;" in body and "&amp; others" in body


def test_smtp_down_then_up_delivers_exactly_once(site: HTTPServer, monitor: Monitor, smtp: SMTPServer) -> None:
    setup(site, monitor, smtp)
    smtp.stop()
    out = monitor.run("check").stdout
    assert "alerts: 1 sent, 1 not sent: email: email: cannot deliver through" in out
    first = monitor.json_lines("log", "--json")[0]
    assert first["deliveries"] == {"email": "pending", "slack": "sent"}
    smtp.start()
    delivered = monitor.run("alerts", "deliver").stdout
    assert "email  sent" in delivered and "outbox: 2 sent, 0 pending, 0 failed" in delivered
    monitor.run("alerts", "deliver")
    monitor.run("check")
    assert len(smtp.mailbox.messages) == 1
    listing = monitor.run("alerts", "list").stdout
    assert "sent after 2 attempts" in listing and "accepted by 127.0.0.1" in listing


def test_an_alert_written_but_not_sent_is_sent_once_after_a_restart(site: HTTPServer, monitor: Monitor,
                                                                    smtp: SMTPServer) -> None:
    # --no-deliver stops after the check's transaction, like a process killed before sending
    slack = setup(site, monitor, smtp)
    monitor.run("check", "--no-deliver")
    assert smtp.mailbox.messages == [] and slack.posts == []
    assert monitor.query("SELECT count(*) AS n FROM deliveries WHERE status = 'pending'")[0]["n"] == 2
    monitor.run("check")  # the next run delivers what the last one left
    monitor.run("alerts", "deliver")
    assert len(smtp.mailbox.messages) == 1 and len(slack.posts) == 1


def test_a_slack_failure_does_not_stop_the_email(site: HTTPServer, monitor: Monitor, smtp: SMTPServer) -> None:
    slack = setup(site, monitor, smtp)
    slack.status = 500
    out = monitor.run("check").stdout
    assert "slack: slack: 127.0.0.1" in out and "answered HTTP 500: internal_error" in out
    assert len(smtp.mailbox.messages) == 1
    for _ in range(2):  # max_attempts = 3: the third failure is final and stays visible
        monitor.run("alerts", "deliver")
    listing = monitor.run("alerts", "list").stdout
    assert "failed after 3 attempts" in listing and "HTTP 500" in listing
    slack.status = 200
    monitor.run("alerts", "deliver")
    assert len(slack.posts) == 3 and len(smtp.mailbox.messages) == 1


def test_alerts_test_reports_a_refused_login_with_the_servers_words(site: HTTPServer, monitor: Monitor) -> None:
    refusing = SMTPServer(refuse_login=True).start()
    try:
        slack = setup(site, monitor, refusing)
        result = monitor.run("alerts", "test", check=False)
    finally:
        refusing.stop()
    assert result.returncode == 1
    assert "email  FAILED  email: 127.0.0.1:" in result.stdout and "refused the login: 535" in result.stdout
    assert "Authentication credentials invalid (test server)" in result.stdout
    assert "slack  ok" in result.stdout and "TEST alert" in slack.posts[0]["text"]


def test_alerts_test_names_a_missing_secret(site: HTTPServer, monitor: Monitor, smtp: SMTPServer) -> None:
    setup(site, monitor, smtp)
    monitor.env = {}
    result = monitor.run("alerts", "test", check=False)
    assert result.returncode == 1
    assert "environment variable TEST_SMTP_PASSWORD is not set" in result.stdout
    assert "environment variable TEST_SLACK_WEBHOOK is not set" in result.stdout


def test_a_press_only_change_waits_for_confirmation_when_asked(site: HTTPServer, monitor: Monitor,
                                                               smtp: SMTPServer) -> None:
    slack = setup(site, monitor, smtp, alerts='min_confidence = "confirmed"')
    monitor.run("check")
    assert smtp.mailbox.messages == [] and slack.posts == []
    assert [c["confidence"] for c in monitor.json_lines("log", "--json")] == ["reported", "reported"]


def test_a_failing_source_alerts_once_and_once_more_when_it_recovers(site: HTTPServer, monitor: Monitor,
                                                                      smtp: SMTPServer) -> None:
    setup(site, monitor, smtp, alerts="health_failures = 2")
    site.clear()
    site.no_handler_status_code = 404
    site.expect_request("/robots.txt").respond_with_data("", status=404)
    site.expect_request("/feed.xml").respond_with_data("down", status=503)
    for _ in range(3):
        monitor.run("check")
    subjects = [m["Subject"] for m in smtp.mailbox.messages]
    assert subjects == ["[NATO Mission Iraq] Source failing: press"]
    assert "2 checks in a row failed; the last: HTTP 503" in parts(smtp.mailbox.messages[0])[0]
    site.clear()
    site.expect_request("/robots.txt").respond_with_data("", status=404)
    site.expect_request("/feed.xml").respond_with_data(rss_feed([]), content_type="application/rss+xml")
    monitor.run("check")
    monitor.run("check")
    assert [m["Subject"] for m in smtp.mailbox.messages][1:] == ["[NATO Mission Iraq] Source recovered: press"]


# -- renderers on plain data ------------------------------------------------------------------------

ROW = {"id": 1, "slot": "advised_institution", "kind": "added", "old": None, "new": "Ministry of Interior",
       "quote": "The scope will also include the Ministry of Interior.", "confidence": "confirmed",
       "category": "scope"}


def test_the_subject_says_what_changed_in_words() -> None:
    payload = render.change_payload(PROFILE, [ROW], title="T", url="http://x/", outlet="NATO",
                                    published="2023-08-17", source="nato")
    assert render.subject(payload) == "[NATO Mission Iraq] Scope expanded: + Ministry of Interior"
    assert payload["changes"][0]["summary"] == "now also advises the Ministry of Interior"
    commander = {**ROW, "slot": "commander", "kind": "changed", "old": "Dany Fortin", "new": "Jennie Carignan",
                 "category": "leadership"}
    assert render.subject(render.change_payload(PROFILE, [commander], title="", url="u", outlet="", published=None,
                                                source="s")) == \
        "[NATO Mission Iraq] Leadership change: Dany Fortin -> Jennie Carignan"


@pytest.mark.parametrize("text, expected", [("a < b & c > d", "a &lt; b &amp; c &gt; d"),
                                            ("<!channel> *bold*", "&lt;!channel&gt; *bold*")])
def test_slack_markup_is_escaped(text: str, expected: str) -> None:
    assert render.slack_escape(text) == expected


def test_a_page_that_stops_stating_mission_facts_alerts_once(site: HTTPServer, monitor: Monitor,
                                                             smtp: SMTPServer) -> None:
    setup(site, monitor, smtp)
    page = {"html": article_page("About NMI", [
        "NATO Mission Iraq advises the Iraqi Ministry of Defence and the Office of the National Security Advisor.",
        "The mission is a non-combat advisory and capacity-building mission, established in 2018."] * 2)}
    site.expect_request("/about").respond_with_handler(lambda request: Response(page["html"], content_type="text/html"))
    text = monitor.config.read_text().replace('[[sources]]\nname = "press"', '[[sources]]\nname = "about"\n'
                                              f'url = "{site.url_for("/about")}"\n\n[[sources]]\nname = "press"')
    monitor.config.write_text(text)
    monitor.run("check")
    smtp.mailbox.messages.clear()
    page["html"] = article_page("Page moved", ["This page has moved to our new website, please update your "
                                               "bookmarks and links to the new address for all content."] * 3)
    monitor.run("check")
    page["html"] = article_page("Page moved", ["This page has moved. Please update your bookmarks to the new "
                                               "address; all content is now on our new website."] * 3)
    monitor.run("check")
    assert [m["Subject"] for m in smtp.mailbox.messages] == [
        "[NATO Mission Iraq] Source no longer states mission facts: about"]


def _self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for "localhost" and its key, made by the openssl command."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    return cert, key


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command for a test certificate")
@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_email_over_tls_checks_the_servers_certificate_for_its_host_name(site: HTTPServer, monitor: Monitor,
                                                                         tmp_path: Path, security: str) -> None:
    from aiosmtpd.controller import Controller

    cert, key = _self_signed(tmp_path)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    mailbox = Mailbox()
    port = free_port()
    tls: dict[str, Any] = {"tls_context": context, "require_starttls": True} if security == "starttls" else \
        {"ssl_context": context}
    server = Controller(mailbox, hostname="127.0.0.1", port=port, ready_timeout=10, **tls)
    server.start()
    try:
        monitor.write_config([], extra=f"""
[alerts.email]
host = "localhost"
port = {port}
security = "{security}"
sender = "monitor@example.org"
to = ["desk@example.org"]
timeout = "5s"
""")
        monitor.env = {"SSL_CERT_FILE": str(cert)}  # the test certificate is the one authority trusted
        trusted = monitor.run("alerts", "test", check=False)
        monitor.env = {"SSL_CERT_FILE": str(tmp_path / "none.pem")}
        untrusted = monitor.run("alerts", "test", check=False)
    finally:
        server.stop()
    assert trusted.returncode == 0 and "email  ok" in trusted.stdout, trusted.stdout + trusted.stderr
    assert len(mailbox.messages) == 1 and "TEST" in mailbox.messages[0]["Subject"]
    assert untrusted.returncode == 1 and "CERTIFICATE_VERIFY_FAILED" in untrusted.stdout, untrusted.stdout
