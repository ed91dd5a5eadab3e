"""Faults of the process and the disk, injected for real: ``monitor run`` killed with SIGKILL in the
middle of a sweep, and ``monitor check`` on a full file system (a small tmpfs where the machine lets
us mount one). Real HTTP and SMTP servers on 127.0.0.1, the real CLI, the real SQLite file.

    fault                                        expected
    kill -9 of the daemon mid-sweep, restart     integrity ok; the change log of a run never killed;
                                                 every alert once (Message-IDs at the SMTP server)
    disk full during `monitor check`             one line, exit 1, nothing half written; once there is
                                                 room, every change logged and alerted once

(Killed between writing a change and sending its alert: ``test_daemon.py``. Disk full under the
daemon: ``test_faults_config.py``.)
"""
from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

import pytest
from conftest import Daemon, Monitor, SMTPServer, article_page, wait_for
from pytest_httpserver import HTTPServer
from test_daemon import configure
from test_faults_config import fill, small_file_system
from werkzeug import Response

# the module's tests share one reference change log (a module fixture): kept in a row (tests/conftest.py)
pytestmark = pytest.mark.together

BASE = ["NATO Mission Iraq advises the Iraqi Ministry of Defence and the Office of the National Security "
        "Advisor, a spokesperson said on Monday at a briefing in Baghdad."] * 3
# one page per change, each dated on its own day, so that the change log does not depend on which
# page a sweep reads first
NEWS = {
    "p1": ("2026-05-21", "On 20 May 2026, Major General Anna Lindqvist became the new Commander of NATO Mission "
                         "Iraq, succeeding Major General Christophe Hintzy."),
    "p2": ("2026-05-22", "NATO Mission Iraq now has around 4,000 personnel, a spokesperson said on Monday at a "
                         "briefing in Baghdad."),
    "p3": ("2026-05-23", "Its scope now also includes the Federal Police, officials said on Monday."),
    "p4": ("2026-05-24", "NATO Mission Iraq now also advises the Iraqi Ministry of Peshmerga Affairs, officials said "
                         "on Monday."),
}




class Pages:
    """The pages p1..p4, each before or after its news; one of them can be made to hang."""

    def __init__(self, site: HTTPServer) -> None:
        self.after: set[str] = set()
        self.stalled: str | None = None
        self.release = threading.Event()
        self.hanging = 0  # requests of the stalled page waiting for the release
        for name in NEWS:
            site.expect_request(f"/{name}").respond_with_handler(lambda request, name=name: self.serve(name))
        self.sources = [{"name": name, "url": site.url_for(f"/{name}"), "authority": "official"} for name in NEWS]

    def serve(self, name: str) -> Response:
        if name == self.stalled:
            self.hanging += 1
            self.release.wait(30)  # a page that keeps its check, and so the sweep, in flight
        published, news = NEWS[name]
        text = [*BASE, news] if name in self.after else BASE
        return Response(article_page(f"NMI {name}", text, published=published), content_type="text/html")


def change_log(monitor: Monitor) -> list[tuple[Any, ...]]:
    return sorted((c["slot"], c["kind"], c["old"], c["new"], c["url"]) for c in monitor.json_lines("log", "--json"))


def logged_pages(monitor: Monitor) -> set[str]:
    """The pages whose changes are logged, read from the SQLite file (the tests poll it)."""
    return {c["url"].rsplit("/", 1)[-1] for c in monitor.logged()}


def all_alerted(monitor: Monitor) -> bool:
    return all(c["alerted"] == ["email", "slack"] for c in monitor.logged())


@pytest.fixture(scope="module")
def reference() -> dict[str, list[tuple[Any, ...]]]:
    """The reference change log (:func:`reference_log`), made once by the first test that asks: the
    two tests compare with the same one (the same pages on the same server, the same baseline)."""
    return {}


def reference_log(tmp_path: Path, pages: Pages, monitor: Monitor,
                  made: dict[str, list[tuple[Any, ...]]]) -> list[tuple[Any, ...]]:
    """The change log of `monitor check` never interrupted, over the same pages before and after
    (from the same seeded baseline as ``monitor``); kept in ``made`` for the next test."""
    if "log" in made:
        return made["log"]
    reference = Monitor(tmp_path / "reference", seeded=monitor.seeded)
    reference.folder.mkdir()
    reference.write_config(pages.sources)
    reference.seed()
    pages.after, pages.stalled = set(), None
    reference.run("check", "--no-deliver")
    pages.after = set(NEWS)
    reference.run("check", "--no-deliver")
    made["log"] = change_log(reference)
    return made["log"]


def test_kill_9_mid_sweep_then_restart_loses_and_doubles_nothing(tmp_path: Path, site: HTTPServer, monitor: Monitor,
                                                                 smtp: SMTPServer, daemon: Daemon,
                                                                 reference: dict[str, Any]) -> None:
    pages = Pages(site)
    received = configure(site, monitor, smtp, pages.sources, settings={"timeout": "40s"})
    daemon.start()
    wait_for(lambda: all(daemon.checks_of(name) for name in NEWS), what="a first check of every page")
    pages.stalled = "p4"
    pages.after = set(NEWS)
    # three pages' changes logged and alerted while the fourth page's check is still in flight
    wait_for(lambda: logged_pages(monitor) == {"p1", "p2", "p3"}, what="the changes of p1, p2 and p3")
    wait_for(lambda: all_alerted(monitor), what="their alerts delivered")
    wait_for(lambda: pages.hanging, what="a check of p4 in flight")
    assert daemon.process is not None
    daemon.process.kill()  # SIGKILL mid-sweep: no clean-up of any kind
    daemon.process.wait()
    assert {c["url"].rsplit("/", 1)[-1] for c in monitor.json_lines("log", "--json")} == {"p1", "p2", "p3"}  # (the CLI)
    pages.release.set()
    pages.stalled = None

    assert monitor.query("PRAGMA integrity_check")[0][0] == "ok"
    daemon.start()
    wait_for(lambda: "p4" in logged_pages(monitor), what="the change of p4 after the restart")
    wait_for(lambda: all_alerted(monitor), what="every alert delivered")
    checks = len(daemon.checks_of("p4"))
    wait_for(lambda: len(daemon.checks_of("p4")) >= checks + 2, what="more checks after the restart")
    assert daemon.stop() == 0

    assert monitor.query("PRAGMA integrity_check")[0][0] == "ok"
    logged = change_log(monitor)
    assert logged == reference_log(tmp_path, pages, monitor, reference)
    # one alert per page that changed: each Message-ID once at the SMTP server, each Slack message once
    message_ids = [m["Message-ID"] for m in smtp.mailbox.messages]
    assert len(message_ids) == len(set(message_ids)) == len({url for *_, url in logged}) == len(NEWS)
    assert len(received["slack"]) == len(NEWS)


def test_disk_full_during_check_writes_nothing_half_and_logs_the_change_once_there_is_room(
        tmp_path: Path, site: HTTPServer, monitor: Monitor, smtp: SMTPServer, reference: dict[str, Any]) -> None:
    pages = Pages(site)
    with small_file_system(tmp_path / "small", "8m") as folder:
        monitor.db = folder / "monitor.db"
        received = configure(site, monitor, smtp, pages.sources)
        monitor.run("check")
        before = monitor.run("log", "--json").stdout
        pages.after = set(NEWS)
        filler = fill(folder)
        full = monitor.run("check", check=False)
        output = full.stdout + full.stderr
        assert "Traceback" not in output and "internal error" not in output, output
        (line,) = output.strip().splitlines()
        assert full.returncode == 1 and "the disk is full" in line and "nothing was half written" in line, output
        assert monitor.query("PRAGMA integrity_check")[0][0] == "ok"
        assert monitor.run("log", "--json").stdout == before  # nothing of the failed check was kept
        assert smtp.mailbox.messages == [] and received["slack"] == []

        os.unlink(filler)
        monitor.run("check")
        monitor.run("check")  # and once more: nothing new, nothing twice
        assert monitor.query("PRAGMA integrity_check")[0][0] == "ok"
        logged = change_log(monitor)
        assert logged == reference_log(tmp_path, pages, monitor, reference)
        message_ids = [m["Message-ID"] for m in smtp.mailbox.messages]
        assert len(message_ids) == len(set(message_ids)) == len(NEWS) == len(received["slack"])
