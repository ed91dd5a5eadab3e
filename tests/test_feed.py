"""`monitor feed`: the change log as Atom 1.0, read back with feedparser (no bozo)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import feedparser
from conftest import Monitor
from pytest_httpserver import HTTPServer
from test_end_to_end import NEW_COMMANDER
from test_review import logged, serve_page


def test_the_feed_has_one_entry_per_change_and_leaves_rejected_ones_out(site: HTTPServer, monitor: Monitor,
                                                                        tmp_path: Path) -> None:
    serve_page(site, monitor, NEW_COMMANDER)
    monitor.run("check")
    changes = logged(monitor)
    first = feedparser.parse(monitor.run("feed").stdout)
    assert not first.bozo, first.get("bozo_exception")
    assert first.version == "atom10" and first.feed.title == "NATO Mission Iraq: mandate changes"
    assert len(first.entries) == 2

    monitor.run("review", "reject", str(changes["advised_institution"]["id"]), "--note", "not in the text")
    monitor.run("review", "accept", str(changes["commander"]["id"]), "--by", "alice", "--note", "NATO confirms")
    out = tmp_path / "changes.atom"
    assert "wrote 1 change" in monitor.run("feed", "--out", str(out)).stderr
    parsed = feedparser.parse(out.read_bytes())
    assert not parsed.bozo, parsed.get("bozo_exception")
    (entry,) = parsed.entries
    assert entry.title == "[NATO Mission Iraq] Leadership change: Dany Fortin -> Anna Lindqvist"
    assert entry.link == site.url_for("/news/change") and entry.author == "127.0.0.1"  # the outlet
    assert date(*entry.published_parsed[:3]) == date(2026, 5, 21)
    content = entry.content[0].value
    assert "Dany Fortin" in content and "Anna Lindqvist" in content and NEW_COMMANDER[1] in content
    assert "127.0.0.1" in content and "accepted by alice" in content and "NATO confirms" in content
    assert entry.id == next(e.id for e in first.entries if "Lindqvist" in e.title)  # the same id every time
    assert entry.id.startswith("urn:uuid:")

    confirmed = feedparser.parse(monitor.run("feed", "--min-confidence", "confirmed").stdout)
    assert not confirmed.bozo and confirmed.entries == []  # a press report is only 'reported'


def test_page_text_in_the_feed_is_escaped(site: HTTPServer, monitor: Monitor) -> None:
    trap = ("NATO Mission Iraq will now also advise the Iraqi Ministry of Oil <script>alert('x')</script> "
            "& others, officials said <b>today</b>.")
    serve_page(site, monitor, [NEW_COMMANDER[0], trap])
    monitor.run("check")
    raw = monitor.run("feed").stdout
    assert "<script>" not in raw and "<b>today" not in raw
    parsed = feedparser.parse(raw)
    assert not parsed.bozo and len(parsed.entries) == 1
    # the entry's HTML shows the page's markup as text: escaped once more than the XML needs
    assert "&lt;script&gt;alert(" in parsed.entries[0].content[0].value
