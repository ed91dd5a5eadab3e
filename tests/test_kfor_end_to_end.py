"""The real `monitor` command with the built-in KFOR profile against a local news site: a change
of KFOR's commander is logged; an article about NATO Mission Iraq on the same site logs nothing."""
from __future__ import annotations

from conftest import Monitor, article_page, rss_feed
from pytest_httpserver import HTTPServer

KFOR_PROFILE = '\n[mission]\nprofile = "kfor"\n'

EARLIER = [  # X commands KFOR
    "PRISTINA - KFOR commander Maj Gen Özkan Ulutaş visited troops at Camp Bondsteel on Tuesday, the force said.",
    "Maj Gen Özkan Ulutaş commands NATO's Kosovo Force, which has about 4,500 troops from 30 countries.",
    "The mission works to maintain a safe and secure environment and freedom of movement for all communities.",
]
NEWER = [  # Y took over command of KFOR from X
    "PRISTINA - NATO's Kosovo Force held a change of command ceremony at Camp Film City on Friday.",
    "Maj Gen Enrico Barduani took over command of KFOR from Maj Gen Özkan Ulutaş, officials said.",
    "Brig Gen Tamás Kovács, deputy commander of KFOR, attended the ceremony with local leaders from Mitrovica.",
]
NMI_ARTICLE = [  # on the same site, about the other mission
    "BAGHDAD - NATO Mission Iraq held a change of command ceremony at its headquarters on Monday.",
    "Lt Gen Erik Lindqvist assumed command of NATO Mission Iraq on Monday.",
    "NATO Mission Iraq has about 500 personnel and advises the Iraqi Ministry of Defence.",
]
RFC822 = {"2025-03-04": "Tue, 04 Mar 2025 09:00:00 +0000", "2025-10-10": "Fri, 10 Oct 2025 09:00:00 +0000",
          "2025-10-13": "Mon, 13 Oct 2025 09:00:00 +0000"}


def serve(site: HTTPServer, articles: dict[str, tuple[str, list[str], str]]) -> str:
    """The articles as pages, and a feed listing them; returns the feed's URL."""
    for name, (title, paragraphs, published) in articles.items():
        site.expect_request(f"/news/{name}").respond_with_data(
            article_page(title, paragraphs, published=published), content_type="text/html")
    feed = rss_feed([(title, site.url_for(f"/news/{name}"), paragraphs[0], RFC822[published])
                     for name, (title, paragraphs, published) in articles.items()])
    site.expect_request("/feed.xml").respond_with_data(feed, content_type="application/rss+xml")
    return site.url_for("/feed.xml")


def reset(site: HTTPServer) -> None:
    site.clear()
    site.no_handler_status_code = 404
    site.expect_request("/robots.txt").respond_with_data("User-agent: *\nAllow: /\n", content_type="text/plain")


def test_a_new_kfor_commander_is_logged_and_an_nmi_article_logs_nothing(site: HTTPServer, monitor: Monitor) -> None:
    # the feed names both missions; "NATO" in the keywords makes the monitor read the NMI article too
    url = serve(site, {"kfor-visit": ("KFOR commander visits Camp Bondsteel", EARLIER, "2025-03-04"),
                       "nmi": ("New commander for NATO Mission Iraq", NMI_ARTICLE, "2025-10-13")})
    monitor.write_config([{"name": "balkans", "url": url, "kind": "feed", "keywords": ["KFOR", "NATO"]}],
                         extra=KFOR_PROFILE)

    # the baseline starts empty: the profile has no seed folder, and the shipped (NMI) seeds give KFOR nothing
    first = monitor.run("check")
    assert "2 new articles" in first.stdout, first.stdout
    first_log = monitor.json_lines("log", "--json")
    commander = [c for c in first_log if c["slot"] == "commander"]
    assert [(c["kind"], c["new"]) for c in commander] == [("added", "Özkan Ulutaş")], first_log
    assert all(c["url"] != site.url_for("/news/nmi") for c in first_log), first_log
    assert not any("Lindqvist" in str(c["new"]) or c["new"] in ("about 500", "500") for c in first_log), first_log

    # a newer article: Y took over command from X
    reset(site)
    url = serve(site, {"kfor-visit": ("KFOR commander visits Camp Bondsteel", EARLIER, "2025-03-04"),
                       "nmi": ("New commander for NATO Mission Iraq", NMI_ARTICLE, "2025-10-13"),
                       "kfor-change": ("KFOR has a new commander", NEWER, "2025-10-10")})
    second = monitor.run("check")
    assert "1 new article" in second.stdout, second.stdout
    log = monitor.json_lines("log", "--json")
    change = next(c for c in log if c["slot"] == "commander" and c["kind"] == "changed")
    assert (change["old"], change["new"]) == ("Özkan Ulutaş", "Enrico Barduani"), log
    assert change["quote"] == NEWER[1]
    assert change["url"] == site.url_for("/news/kfor-change") and change["published"] == "2025-10-10"
    assert change["source"] == "balkans" and change["confidence"] == "reported"
    assert not any("Kovács" in str(c["new"]) for c in log), log  # the deputy is not the commander

    facts = {f["slot"]: f for f in monitor.json_lines("facts", "--json")}
    assert facts["commander"]["value"] == "Enrico Barduani"
    assert facts["personnel"]["value"] == "about 4,500"
    # the NMI article was read (it matched "NATO") and stated nothing about KFOR
    nmi = monitor.query("SELECT id FROM documents WHERE url = ?", (site.url_for("/news/nmi"),))
    assert len(nmi) == 1
    assert monitor.query("SELECT count(*) AS n FROM facts WHERE document_id = ?", (nmi[0]["id"],))[0]["n"] == 0


def test_an_nmi_page_logs_nothing_for_kfor_beside_a_kfor_page(site: HTTPServer, monitor: Monitor) -> None:
    site.expect_request("/nmi").respond_with_data(
        article_page("New commander for NATO Mission Iraq", NMI_ARTICLE, published="2025-10-13"),
        content_type="text/html")
    site.expect_request("/kfor").respond_with_data(
        article_page("KFOR has a new commander", NEWER, published="2025-10-10"), content_type="text/html")
    monitor.write_config([{"name": "nmi-page", "url": site.url_for("/nmi")},
                          {"name": "kfor-page", "url": site.url_for("/kfor")}], extra=KFOR_PROFILE)
    out = monitor.run("check").stdout
    lines = {line.split()[0]: line for line in out.splitlines() if line.split()}
    assert "first text stored" in lines["nmi-page"] and "first text stored" in lines["kfor-page"], out
    log = monitor.json_lines("log", "--json")
    assert {c["source"] for c in log} == {"kfor-page"}, log  # the KFOR page is read; the NMI page adds nothing
    assert ("commander", "added", "Enrico Barduani") in {(c["slot"], c["kind"], c["new"]) for c in log}, log
    assert {f["url"] for f in monitor.json_lines("facts", "--json")} == {site.url_for("/kfor")}
