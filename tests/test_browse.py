"""`monitor browse` end to end: a real Datasette started on 127.0.0.1 by the real CLI, read through
its JSON API while the CLI writes; the Atom feed fetched and parsed; the timeline page loaded in
headless Chromium (Debian's package; `.ci/run` installs it), which writes a screenshot."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import feedparser
import httpx
import pytest
from conftest import ROOT, Monitor, free_port
from pytest_httpserver import HTTPServer
from test_end_to_end import NEW_COMMANDER
from test_review import logged, serve_page

ARTEFACTS = Path(os.environ.get("MONITOR_TEST_ARTEFACTS", ROOT / "test-artefacts"))
FEED_LINK = re.compile(r'<link rel="alternate" type="application/atom\+xml"[^>]*href="([^"]+)"')


class Browse:
    """`monitor browse` in a child process, until stop()."""

    def __init__(self, monitor: Monitor) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "NO_COLOR": "1"}
        env.pop("MONITOR_CONFIG", None)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "monitor", "--config", str(monitor.config), "browse", "--port", str(self.port)],
            cwd=monitor.folder, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 30
        while True:  # poll until it answers, with a deadline
            if self.process.poll() is not None:
                raise AssertionError(f"monitor browse exited {self.process.returncode}: {self.process.stderr.read()}")
            try:
                if httpx.get(f"{self.url}/-/versions.json", timeout=2).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise AssertionError("monitor browse did not answer within 30 s")
            time.sleep(0.05)

    def get(self, path: str, **params: Any) -> httpx.Response:
        response = httpx.get(self.url + path, params=params, timeout=10)
        assert response.status_code == 200, (path, response.status_code, response.text[:500])
        return response

    def rows(self, path: str, **params: Any) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = self.get(path, _shape="array", **params).json()
        return rows

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@pytest.fixture
def desk(site: HTTPServer, monitor: Monitor) -> Iterator[tuple[Monitor, Browse]]:
    serve_page(site, monitor, NEW_COMMANDER)
    monitor.run("check")
    browse = Browse(monitor)
    yield monitor, browse
    browse.stop()


def test_browse_serves_the_desk_pages_the_feed_and_sees_writes_made_while_it_runs(
        desk: tuple[Monitor, Browse], site: HTTPServer) -> None:
    monitor, browse = desk
    changes = logged(monitor)
    database = "/monitor"

    listing = browse.get(f"{database}.json").json()
    shown = {t["name"] for t in listing["tables"] if not t["hidden"]}
    views = {v["name"] for v in listing["views"]}
    assert {"mandate_changes", "baseline", "history", "reviews", "sources"} <= shown | views
    assert not shown & {"texts", "versions", "alerts", "deliveries", "alert_changes", "daemon"}
    queries = {q["name"]: q["title"] for q in listing["queries"]}
    assert queries["mandate_now"] == "The mandate now" and queries["waiting_for_review"] == "Waiting for review"
    assert queries["source_health"] == "Source health"
    assert {"scope_changes", "leadership_changes", "size_changes", "status_changes", "other_changes"} <= set(queries)

    table = browse.get(f"{database}/mandate_changes.json").json()
    assert set(table["facet_results"]) >= {"slot", "category", "confidence", "review", "outlet"}
    slots = {f["value"]: f["count"] for f in table["facet_results"]["slot"]["results"]}
    assert slots == {"commander": 1, "advised_institution": 1}
    assert [r["slot"] for r in browse.rows(f"{database}/leadership_changes.json")] == ["commander"]
    now = {r["slot"]: r for r in browse.rows(f"{database}/mandate_now.json") if r["slot"] == "commander"}
    assert now["commander"]["value"] == "Anna Lindqvist" and now["commander"]["evidence"] == NEW_COMMANDER[1]
    health = browse.rows(f"{database}/source_health.json")
    assert [(r["name"], r["health"]) for r in health] == [("press", "ok")] and health[0]["last_success"]
    page = browse.get(f"{database}/mandate_changes").text
    assert "<h1>Mandate changes (view)</h1>" in page
    assert "Every change to the mandate, newest first" in page

    # the CLI writes while Datasette serves: the writes land, and the pages show them at once
    waiting = {r["id"] for r in browse.rows(f"{database}/waiting_for_review.json")}
    assert waiting == {changes["commander"]["id"], changes["advised_institution"]["id"]}
    monitor.run("review", "reject", str(changes["commander"]["id"]), "--note", "a deputy", "--by", "alice")
    waiting = {r["id"] for r in browse.rows(f"{database}/waiting_for_review.json")}
    assert waiting == {changes["advised_institution"]["id"]}
    rejected = browse.rows(f"{database}/mandate_changes.json", review="rejected")
    assert [(r["slot"], r["reviewed_by"], r["review_note"]) for r in rejected] == [("commander", "alice", "a deputy")]
    now = {r["slot"]: r for r in browse.rows(f"{database}/mandate_now.json") if r["slot"] == "commander"}
    assert now["commander"]["value"] == "Dany Fortin"
    monitor.run("check")  # a sweep's writes while Datasette reads

    # the feed: found from any page by its autodiscovery link, and clean Atom
    for path in ("/", database, f"{database}/mandate_changes", f"{database}/waiting_for_review", "/-/timeline"):
        (href,) = FEED_LINK.findall(browse.get(path).text)
        assert href == "/-/changes.atom", path
    response = browse.get("/-/changes.atom")
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert [e.title for e in feed.entries] == ["[NATO Mission Iraq] Scope expanded: + Counter-Terrorism Service"]
    assert feed.feed.links[0].href == f"{browse.url}/-/changes.atom"
    assert not feedparser.parse(browse.get("/-/changes.atom", min_confidence="confirmed").content).entries


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


SIZE = "NATO Mission Iraq now numbers about 1,100 personnel, a spokesman said on Tuesday."


def test_the_timeline_page_draws_lanes_and_marks_in_a_real_browser(site: HTTPServer, monitor: Monitor,
                                                                   tmp_path: Path) -> None:
    browser = chromium()
    if browser is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing: .ci/run installs it (apt-get install chromium)")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    serve_page(site, monitor, [*NEW_COMMANDER, SIZE])
    monitor.run("check")
    changes = logged(monitor)
    browse = Browse(monitor)
    try:
        dom = draw_timeline(browser, browse, tmp_path)
    finally:
        browse.stop()
    # the lanes and marks exist only once the page's script has drawn them in the browser
    assert re.search(r'<div id="timeline"[^>]*data-drawn="\d+"', dom), dom[:2000]
    lanes = re.findall(r'<g class="lane" data-slot="([a-z_]+)"', dom)
    assert lanes[:4] == ["commander", "senior_civilian", "status", "personnel"]  # leadership, status, size first
    assert {"advised_institution", "area"} <= set(lanes)
    marks = re.findall(r'<a class="mark" href="([^"]+)"[^>]*data-change="(\d+)"', dom)
    assert sorted(marks) == sorted((site.url_for("/news/change"), str(changes[slot]["id"]))
                                   for slot in ("commander", "personnel", "advised_institution"))
    size = dom.split('data-slot="personnel"')[1].split("</g>")[0]
    assert 'data-value="about 1,100"' in size and "about 1,100: 2026-05-21 to now" in size
    assert f'data-change="{changes["commander"]["id"]}"' in dom.split('data-slot="commander"')[1].split("</g>")[0]
    commander = dom.split('data-slot="commander"')[1].split("</g>")[0]
    assert 'data-value="Dany Fortin"' in commander and 'data-value="Anna Lindqvist"' in commander
    assert "Dany Fortin: 2018-11-05 to 2026-05-20" in commander


def draw_timeline(browser: str, browse: Browse, tmp_path: Path) -> str:
    """The timeline page's DOM once Chromium has run its script; its screenshot goes to ARTEFACTS."""
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    screenshot = ARTEFACTS / "timeline.png"
    screenshot.unlink(missing_ok=True)
    base = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
            f"--user-data-dir={tmp_path / 'chromium'}", "--window-size=1400,1300"]
    url = f"{browse.url}/-/timeline"
    dom = subprocess.run([*base, "--dump-dom", url], capture_output=True, text=True, timeout=90, check=True).stdout
    subprocess.run([*base, f"--screenshot={screenshot}", url], capture_output=True, timeout=90, check=True)
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and screenshot.stat().st_size > 10_000
    return dom


def test_browse_without_datasette_says_how_to_install_it(monitor: Monitor, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from monitor.cli import cli

    monitor.write_config([])
    monkeypatch.setitem(sys.modules, "datasette", None)  # as if the [browse] extra were not installed
    monkeypatch.setitem(sys.modules, "datasette.app", None)
    result = CliRunner().invoke(cli, ["--config", str(monitor.config), "browse", "--port", str(free_port())])
    assert result.exit_code == 1, result.output
    assert "pip install 'mandate-monitor[browse]'" in result.output and "Traceback" not in result.output


def test_every_table_and_column_people_see_has_a_title_and_a_description(tmp_path: Path) -> None:
    import yaml

    from monitor.browse import package_file
    from monitor.store import Store

    metadata = yaml.safe_load(package_file("metadata.yaml").read_text())
    tables = metadata["databases"]["monitor"]["tables"]
    with Store.open(tmp_path / "monitor.db") as store:
        names = [n for (n,) in store.conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")]
        shown = [n for n in names if not tables.get(n, {}).get("hidden") and not n.startswith("sqlite_")]
        assert shown
        for name in shown:
            assert tables.get(name, {}).get("title") and tables[name].get("description"), name
            columns = [row[1] for row in store.conn.execute(f"PRAGMA table_info({name})")]
            assert [c for c in columns if not tables[name].get("columns", {}).get(c)] == [], name
    for name, query in metadata["databases"]["monitor"]["queries"].items():
        assert query["title"] and query["description"] and query["hide_sql"], name
