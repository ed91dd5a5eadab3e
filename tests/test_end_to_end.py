"""The real `monitor` command against a real HTTP server on 127.0.0.1, reading the real SQLite file."""
from __future__ import annotations

import hashlib
import threading

from conftest import Monitor, article_page, rss_feed
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

ARTICLE = [
    "NATO Mission Iraq is a non-combat advisory and capacity-building mission, established in 2018 "
    "at the request of the Government of Iraq.",
    "It advises the Iraqi Ministry of Defence and the Office of the National Security Advisor, and "
    "supports military education institutions in the greater Baghdad area.",
    "The mission works in full respect of Iraq's sovereignty and territorial integrity, officials said "
    "at a press conference in Baghdad on Tuesday.",
]


def page_versions(monitor: Monitor) -> int:
    return monitor.query("SELECT count(*) AS n FROM versions v JOIN documents d ON d.id = v.document_id "
                         "WHERE d.role = 'page'")[0]["n"]


class Page:
    """A page whose HTML can change; it answers a matching If-None-Match with 304."""

    def __init__(self, html: str) -> None:
        self.html = html
        self.seen: list[dict[str, str]] = []

    def __call__(self, request: Request) -> Response:
        self.seen.append(dict(request.headers))
        etag = '"' + hashlib.sha1(self.html.encode()).hexdigest()[:16] + '"'
        if request.headers.get("If-None-Match") == etag:
            return Response(status=304, headers={"ETag": etag})
        return Response(self.html, content_type="text/html; charset=utf-8", headers={"ETag": etag})


def test_first_sweep_stores_the_page_then_a_304_when_unchanged(site: HTTPServer, monitor: Monitor) -> None:
    page = Page(article_page("NMI at work", ARTICLE))
    site.expect_request("/nmi").respond_with_handler(page)
    monitor.write_config([{"name": "nmi", "url": site.url_for("/nmi")}])

    first = monitor.run("check")
    assert "nmi" in first.stdout and "first text stored" in first.stdout
    rows = monitor.query("SELECT d.url, d.title, d.published, d.etag, count(v.id) AS versions "
                         "FROM documents d JOIN versions v ON v.document_id = d.id WHERE d.role = 'page' GROUP BY d.id")
    assert len(rows) == 1
    assert rows[0]["title"] == "NMI at work" and rows[0]["published"] == "2024-05-01"
    assert rows[0]["versions"] == 1 and rows[0]["etag"]

    second = monitor.run("check")
    assert "304" in second.stdout and "not modified" in second.stdout
    assert page.seen[-1].get("If-None-Match") == rows[0]["etag"]
    assert page_versions(monitor) == 1
    assert monitor.query("SELECT last_status FROM sources WHERE name = 'nmi'")[0]["last_status"] == 304


def test_a_changed_page_gives_a_new_version_and_a_diff(site: HTTPServer, monitor: Monitor) -> None:
    page = Page(article_page("NMI at work", ARTICLE))
    site.expect_request("/nmi").respond_with_handler(page)
    monitor.write_config([{"name": "nmi", "url": site.url_for("/nmi")}])
    monitor.run("check")
    page.html = article_page("NMI at work", [*ARTICLE, "Its scope now also includes the Ministry of Interior."])

    out = monitor.run("check").stdout
    assert "text changed" in out
    assert page_versions(monitor) == 2
    diff = monitor.run("diff", "nmi").stdout
    assert "+Its scope now also includes the Ministry of Interior." in diff
    assert diff.startswith("--- " + site.url_for("/nmi"))
    changes = [c for c in monitor.json_lines("log", "--text", "--json") if c["source"] == "nmi"]
    assert [c["kind"] for c in changes] == ["changed", "added"]


def test_only_an_advert_or_a_comment_changed_gives_no_text_change(site: HTTPServer, monitor: Monitor) -> None:
    page = Page(article_page("NMI at work", ARTICLE, comments=["Great article."]))
    site.expect_request("/nmi").respond_with_handler(page)
    monitor.write_config([{"name": "nmi", "url": site.url_for("/nmi")}])
    monitor.run("check")
    page.html = article_page("NMI at work", ARTICLE, advert="Advertisement: the best VPN for travellers.",
                             comments=["Great article.", "NATO Mission Iraq must be 9,000 strong by now."],
                             sidebar=["Trending: NMI could soon advise the Ministry of Tourism"])

    out = monitor.run("check").stdout
    assert "unchanged" in out
    assert page_versions(monitor) == 1
    text = monitor.run("diff", "nmi").stdout
    assert "no change yet" in text


def test_a_feed_leads_to_exactly_the_matching_articles_once(site: HTTPServer, monitor: Monitor) -> None:
    hits: dict[str, int] = {}

    def article(name: str, title: str):
        def handler(request: Request) -> Response:
            hits[name] = hits.get(name, 0) + 1
            return Response(article_page(title, ARTICLE), content_type="text/html")
        return handler

    for name, title in (("a", "NMI trains engineers"), ("b", "Sports results"), ("c", "NATO Mission Iraq grows")):
        site.expect_request(f"/news/{name}").respond_with_handler(article(name, title))
    feed = rss_feed([("NMI trains engineers", site.url_for("/news/a"), "Training continues."),
                     ("Sports results", site.url_for("/news/b"), "The weekend's football."),
                     ("Week in review", site.url_for("/news/c"), "NATO Mission Iraq grows.")])
    site.expect_request("/feed.xml").respond_with_data(feed, content_type="application/rss+xml")
    monitor.write_config([{"name": "news", "url": site.url_for("/feed.xml"), "kind": "feed",
                           "keywords": ["NATO Mission Iraq", "NMI"]}])

    out = monitor.run("check").stdout
    assert "2 new articles" in out
    monitor.run("check")
    assert hits == {"a": 1, "c": 1}
    urls = {r["url"] for r in monitor.query("SELECT url FROM documents WHERE role = 'article'")}
    assert urls == {site.url_for("/news/a"), site.url_for("/news/c")}


def test_a_failing_and_a_hanging_source_do_not_stop_the_others(site: HTTPServer, monitor: Monitor) -> None:
    release = threading.Event()

    def hang(request: Request) -> Response:
        release.wait(10)
        return Response("too late", content_type="text/html")

    site.expect_request("/ok").respond_with_data(article_page("NMI", ARTICLE), content_type="text/html")
    site.expect_request("/broken").respond_with_data("oops", status=500)
    site.expect_request("/slow").respond_with_handler(hang)
    monitor.write_config([{"name": "ok", "url": site.url_for("/ok")},
                          {"name": "broken", "url": site.url_for("/broken")},
                          {"name": "slow", "url": site.url_for("/slow")}],
                         settings={"timeout": "3s"})  # the slow one hangs; the others answer well within
    try:
        result = monitor.run("check")
    finally:
        release.set()
    assert result.returncode == 0
    lines = {line.split()[0]: line for line in result.stdout.splitlines() if line.split()}
    assert "first text stored" in lines["ok"]
    assert "failed: HTTP 500" in lines["broken"]
    assert "failed: timed out" in lines["slow"]
    rows = {r["name"]: r for r in monitor.query("SELECT * FROM sources")}
    assert rows["ok"]["last_outcome"] == "changed" and rows["ok"]["failures"] == 0
    assert rows["broken"]["last_status"] == 500 and "HTTP 500" in rows["broken"]["last_error"]
    assert rows["slow"]["failures"] == 1 and "timed out" in rows["slow"]["last_error"]
    listing = monitor.run("sources").stdout
    assert "HTTP 500" in listing and "timed out" in listing


def test_sources_keeps_a_removed_source_with_its_history(site: HTTPServer, monitor: Monitor) -> None:
    site.expect_request("/ok").respond_with_data(article_page("NMI", ARTICLE), content_type="text/html")
    monitor.write_config([{"name": "ok", "url": site.url_for("/ok")}, {"name": "old", "url": site.url_for("/ok")}])
    monitor.run("check")
    monitor.write_config([{"name": "ok", "url": site.url_for("/ok")}])
    listing = monitor.run("sources").stdout
    assert "old (removed)" in listing
    assert monitor.query("SELECT checks FROM sources WHERE name = 'old'")[0]["checks"] == 1


def test_check_of_one_named_source_and_an_unknown_name(site: HTTPServer, monitor: Monitor) -> None:
    site.expect_request("/ok").respond_with_data(article_page("NMI", ARTICLE), content_type="text/html")
    monitor.write_config([{"name": "ok", "url": site.url_for("/ok")}, {"name": "other", "url": site.url_for("/x")}])
    out = monitor.run("check", "--source", "ok").stdout
    assert "ok " in out and "other" not in out
    bad = monitor.run("check", "--source", "okk", check=False)
    assert bad.returncode == 2 and 'did you mean "ok"' in bad.stderr


def test_the_database_is_in_wal_mode_with_a_schema_version(site: HTTPServer, monitor: Monitor) -> None:
    monitor.write_config([])
    monitor.run("baseline", "seed")  # a writing command creates the database (a reading one refuses a missing one)
    assert monitor.query("PRAGMA journal_mode")[0][0] == "wal"
    assert monitor.query("PRAGMA user_version")[0][0] >= 1


# -- mandate changes -----------------------------------------------------------------------------

NEW_COMMANDER = [
    "BAGHDAD - NATO Mission Iraq held a change of command ceremony at its headquarters on Tuesday, "
    "officials said.",
    "On 20 May 2026, Major General Anna Lindqvist became the new Commander of NATO Mission Iraq, "
    "succeeding Major General Christophe Hintzy.",
    "NATO Mission Iraq will now also advise the Iraqi Counter-Terrorism Service, the alliance said in a "
    "statement, adding that the work continues in full respect of Iraq's sovereignty.",
]
OLD_ARTICLE = [
    "NATO Mission Iraq continues its work in Baghdad with its partners, a spokesman said at a briefing.",
    "Maj. Gen. Dany Fortin, Commander of NATO Mission Iraq, made the comments at a press briefing at NATO "
    "headquarters in Brussels.",
    "The mission advises the Iraqi Ministry of Defence and military education institutions.",
]


def serve_feed(site: HTTPServer, articles: dict[str, tuple[str, list[str], str | None]], **page: object) -> str:
    for name, (title, paragraphs, published) in articles.items():
        site.expect_request(f"/news/{name}").respond_with_data(
            article_page(title, paragraphs, published=published, **page), content_type="text/html")
    feed = rss_feed([(title, site.url_for(f"/news/{name}"), " ".join(paragraphs)[:200],
                      "Thu, 21 May 2026 09:00:00 +0000" if published else "")
                     for name, (title, paragraphs, published) in articles.items()])
    site.expect_request("/feed.xml").respond_with_data(feed, content_type="application/rss+xml")
    return site.url_for("/feed.xml")


def test_a_new_commander_and_institution_are_logged_with_their_quotes(site: HTTPServer, monitor: Monitor) -> None:
    url = serve_feed(site, {"change": ("New commander for NATO Mission Iraq", NEW_COMMANDER, "2026-05-21")})
    monitor.write_config([{"name": "press", "url": url, "kind": "feed"}])
    monitor.seed()

    out = monitor.run("check").stdout
    assert "mandate change" in out
    changes = {c["slot"]: c for c in monitor.json_lines("log", "--json")}
    commander, institution = changes["commander"], changes["advised_institution"]
    assert (commander["kind"], commander["old"], commander["new"]) == ("changed", "Dany Fortin", "Anna Lindqvist")
    assert commander["quote"] == NEW_COMMANDER[1]
    assert commander["url"] == site.url_for("/news/change") and commander["published"] == "2026-05-21"
    assert commander["confidence"] == "reported" and commander["source"] == "press"
    assert (institution["kind"], institution["new"]) == ("added", "Counter-Terrorism Service")
    assert institution["quote"] == NEW_COMMANDER[2]
    for record in changes.values():
        assert {"id", "detected_at", "slot", "kind", "old", "new", "quote", "url", "source", "published",
                "confidence", "alerted"} <= set(record)
    facts = {f["slot"]: f for f in monitor.json_lines("facts", "--json")}
    assert facts["commander"]["value"] == "Anna Lindqvist" and facts["commander"]["as_of"] == "2026-05-20"


def test_an_older_article_naming_the_previous_commander_changes_nothing(site: HTTPServer, monitor: Monitor) -> None:
    url = serve_feed(site, {"change": ("New commander for NATO Mission Iraq", NEW_COMMANDER, "2026-05-21")})
    monitor.write_config([{"name": "press", "url": url, "kind": "feed"}])
    monitor.run("check")
    site.clear()
    site.expect_request("/robots.txt").respond_with_data("", status=404)
    serve_feed(site, {"change": ("New commander for NATO Mission Iraq", NEW_COMMANDER, "2026-05-21"),
                      "old": ("NMI briefing", OLD_ARTICLE, "2019-06-14")})
    monitor.run("check")
    slots = [c["slot"] for c in monitor.json_lines("log", "--json")]
    assert slots.count("commander") == 1
    facts = {f["slot"]: f["value"] for f in monitor.json_lines("facts", "--json")}
    assert facts["commander"] == "Anna Lindqvist"


DECIDED = ["NATO defence ministers on Wednesday agreed to expand NATO Mission Iraq to more Iraqi security "
           "institutions.",
           "The mission advises the Iraqi Ministry of Defence, a spokesman said."]
# the same decision, retold months later in other words, by a body named more briefly and dated back from the page
RETOLD = ["Only a handful of allies have pledged trainers since ministers decided four months ago to enlarge "
          "NATO Mission Iraq.",
          "The mission still advises the Iraqi Ministry of Defence."]


def test_a_decision_retold_in_a_later_article_is_not_logged_again(site: HTTPServer, monitor: Monitor) -> None:
    url = serve_feed(site, {"decided": ("Ministers agree to expand NATO Mission Iraq", DECIDED, "2026-05-21")})
    monitor.write_config([{"name": "press", "url": url, "kind": "feed"}])
    monitor.seed()
    monitor.run("check")
    site.clear()
    site.expect_request("/robots.txt").respond_with_data("", status=404)
    serve_feed(site, {"decided": ("Ministers agree to expand NATO Mission Iraq", DECIDED, "2026-05-21"),
                      "retold": ("Who will fill NMI?", RETOLD, "2026-09-18")})
    out = monitor.run("check").stdout
    assert "1 new article" in out
    decisions = monitor.query("SELECT id, new, as_of FROM changes WHERE slot = 'decision'")
    assert len(decisions) == 1, [dict(d) for d in decisions]
    assert decisions[0]["new"].startswith("2026-05-20 Defence Ministers")
    # the retelling is evidence for the decision it retells, not a change of its own
    evidence = monitor.query("SELECT url FROM evidence WHERE change_id = ?", (decisions[0]["id"],))
    assert site.url_for("/news/retold") in {e["url"] for e in evidence}
    assert [c["slot"] for c in monitor.json_lines("log", "--json")].count("decision") == 1


def test_traps_outside_the_main_text_and_undated_pages_change_nothing(site: HTTPServer, monitor: Monitor) -> None:
    quiet = ["NATO Mission Iraq continues to advise the Iraqi Ministry of Defence, a spokesman said on Monday.",
             "The mission works in full respect of Iraq's sovereignty and territorial integrity, he added."] * 2
    undated = ["NATO Mission Iraq will now also advise the Iraqi Ministry of Oil, officials said.",
               "Major General Example Person became the new Commander of NATO Mission Iraq, they added."] * 2
    url = serve_feed(site, {"quiet": ("NMI update", quiet, "2026-06-01"), "undated": ("NMI news", undated, None)},
                     advert="NATO Mission Iraq could soon advise the Ministry of Tourism. Subscribe now!",
                     comments=["NATO Mission Iraq must be at least 9,000 strong by now.",
                               "General Sample Person is the real commander of NATO Mission Iraq."],
                     sidebar=["Trending: a new commander for NATO Mission Iraq? Brigadier Example Name tipped"])
    monitor.write_config([{"name": "press", "url": url, "kind": "feed"}])
    out = monitor.run("check").stdout
    assert "2 new articles" in out
    assert monitor.json_lines("log", "--json") == []
    assert monitor.query("SELECT count(*) AS n FROM facts WHERE value LIKE '%Oil%'")[0]["n"] == 1  # kept as evidence


def test_worker_processes_read_changed_pages_like_the_main_process(site: HTTPServer, monitor: Monitor) -> None:
    url = serve_feed(site, {"change": ("New commander for NATO Mission Iraq", NEW_COMMANDER, "2026-05-21"),
                            "old": ("NMI briefing", OLD_ARTICLE, "2019-06-14")})
    monitor.write_config([{"name": "press", "url": url, "kind": "feed"}], settings={"workers": 2})
    out = monitor.run("check").stdout
    assert "2 new articles" in out
    slots = sorted(c["slot"] for c in monitor.json_lines("log", "--json"))
    assert slots == ["advised_institution", "commander"]


def test_a_batched_sweep_keeps_each_check_whole(tmp_path) -> None:
    """Checks in a batch commit together, but a failing one rolls back alone."""
    from datetime import UTC, datetime

    from monitor.errors import StoreError
    from monitor.store import Store

    now = datetime.now(UTC)
    with Store.open(tmp_path / "m.db") as store:
        with store.batch(checks=2, seconds=60):
            with store.transaction():
                store.record_source_check("a", checked_at=now, outcome="unchanged", status=304, error=None,
                                          elapsed=0.1, size=0)
            try:
                with store.transaction():
                    store.record_source_check("b", checked_at=now, outcome="unchanged", status=304, error=None,
                                              elapsed=0.1, size=0)
                    raise StoreError("boom")
            except StoreError:
                pass
            with store.transaction():
                store.record_source_check("c", checked_at=now, outcome="unchanged", status=304, error=None,
                                          elapsed=0.1, size=0)
        names = [r["name"] for r in store.list_sources()]
    assert names == ["a", "c"]


def test_a_broken_profile_file_or_unknown_profile_stops_check_before_any_fetch(site: HTTPServer,
                                                                               monitor: Monitor) -> None:
    # a profile is read when a page changes; a profile *file* is checked at start, so its mistake is
    # told once, with exit 2, not as a failure of every changed page
    (monitor.folder / "mine.toml").write_text('[mission]\nname = "X"\naliases = ["X"]\n[slots.a]\nkind = "sett"\n')
    monitor.write_config([{"name": "p", "url": site.url_for("/p")}], extra='\n[mission]\nprofile = "mine.toml"\n')
    result = monitor.run("check", check=False)
    assert result.returncode == 2 and "mine.toml" in result.stderr and "kind" in result.stderr, result.stderr
    typo = '\n[mission]\nprofile = "nato_mision_iraq"\n'
    monitor.write_config([{"name": "p", "url": site.url_for("/p")}], extra=typo)
    result = monitor.run("check", check=False)
    assert result.returncode == 2 and "no built-in profile 'nato_mision_iraq'" in result.stderr, result.stderr
    assert site.log == []


def test_a_text_left_unpacked_is_packed_by_the_store_when_it_must_be_stored(tmp_path) -> None:
    """A worker leaves a text unpacked when it is the one stored when the check began; should the
    stored one differ by the time it is saved, the store packs it itself: no version ever lands
    without its text."""
    from datetime import UTC, datetime

    from monitor.store import Store
    from monitor.textutil import pack_text

    now = datetime.now(UTC)
    text = "The mission advises the Ministry of Defence."
    unpacked = pack_text(text, known=pack_text(text).digest)
    assert unpacked.compressed is None and pack_text(text, known="0" * 64).compressed
    with Store.open(tmp_path / "m.db") as store:
        with store.transaction():
            saved = store.save_document(url="http://x/a", source="a", role="page", checked_at=now, status=200,
                                        text=text, packed=unpacked)
        assert saved.outcome == "new"
        assert store.text(unpacked.digest) == text
