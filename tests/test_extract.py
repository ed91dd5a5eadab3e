"""Extraction: main text without page furniture, title, publication date, charsets, feeds, listings."""
from __future__ import annotations

from datetime import date

import pytest
from conftest import article_page, rss_feed

from monitor.errors import ExtractError
from monitor.extract import decode_html, extract_document, extract_listing, parse_feed

PARAGRAPHS = [
    "NATO Mission Iraq is a non-combat advisory and capacity-building mission, established in 2018 at the "
    "request of the Government of Iraq.",
    "On 24 May 2023, Lieutenant General José Antonio Agüero took command of the mission in Baghdad, "
    "succeeding Lieutenant General Giovanni Iannucci of Italy.",
    "The mission advises the Iraqi Ministry of Defence and the Office of the National Security Advisor.",
]


def test_main_text_leaves_out_navigation_adverts_sidebars_and_comments() -> None:
    html = article_page("Change of command", PARAGRAPHS, advert="Download the free sample of our market report.",
                        comments=["Posted by a reader: the mission should train the Ministry of Water Resources."],
                        sidebar=["Trending: NMI could soon advise the Ministry of Tourism"])
    doc = extract_document(html.encode(), "http://x.org/a", content_type="text/html")
    assert doc.title == "Change of command"
    assert any("José Antonio Agüero" in p for p in doc.paragraphs)
    for noise in ("free sample", "Water Resources", "Tourism", "Home", "Privacy", "Most read"):
        assert noise not in doc.text, noise
    assert doc.published == date(2024, 5, 1) and doc.date_source == "meta"


def test_json_ld_date_wins_and_an_undated_page_stays_undated() -> None:
    html = article_page("T", PARAGRAPHS, published=None).replace(
        "</head>", '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", '
                   '"datePublished": "2023-05-24T10:00:00Z"}]}</script></head>')
    doc = extract_document(html.encode(), "http://x.org/a", content_type="text/html")
    assert doc.published == date(2023, 5, 24) and doc.date_source == "json-ld"
    timeless = [p for p in PARAGRAPHS if "2023" not in p and "2018" not in p] * 3
    undated = extract_document(article_page("T", timeless, published=None).encode(), "http://x.org/b",
                               content_type="text/html")
    assert undated.published is None and undated.date_source == "none"
    in_text = extract_document(article_page("T", ["Dec 1 2019", *PARAGRAPHS], published=None).encode(),
                               "http://x.org/c", content_type="text/html")
    assert in_text.published == date(2019, 12, 1) and in_text.date_source == "text"


def test_a_source_selector_takes_precedence() -> None:
    html = article_page("T", PARAGRAPHS)
    doc = extract_document(html.encode(), "http://x.org/a", content_type="text/html", selector="aside.trending, h1")
    assert doc.paragraphs == ("T", "Most read")
    with pytest.raises(ExtractError, match="matched nothing"):
        extract_document(html.encode(), "http://x.org/a", content_type="text/html", selector="div.nothing")


@pytest.mark.parametrize("body, content_type, expected", [
    ("Agüero".encode("latin-1"), "text/html; charset=ISO-8859-1", "Agüero"),
    ('<meta charset="windows-1252"><p>Agüero</p>'.encode("cp1252"), "text/html", "Agüero"),
    (b"\xef\xbb\xbfAg\xc3\xbcero", "text/html; charset=latin-1", "Agüero"),  # the BOM wins
    ("Agüero".encode(), "", "Agüero"),
    (b"Ag\xfcero \xff", "", "Agüero ÿ"),  # not UTF-8, nothing declared: the safe fallback
    ("Agüero".encode(), "text/html; charset=no-such-codec", "Agüero"),
])
def test_charset_from_bom_header_meta_with_a_safe_fallback(body: bytes, content_type: str, expected: str) -> None:
    assert expected in decode_html(body, content_type)


def test_non_html_content_is_refused_clearly() -> None:
    with pytest.raises(ExtractError, match="application/pdf"):
        extract_document(b"%PDF-1.4", "http://x.org/a.pdf", content_type="application/pdf")
    with pytest.raises(ExtractError, match="empty"):
        extract_document(b"   ", "http://x.org/a", content_type="text/html")


def test_rss_and_atom_feeds_give_entries_with_dates() -> None:
    rss = rss_feed([("NMI news", "/a/1", "<b>NATO</b> Mission Iraq"), ("Other", "http://x.org/2", "x")])
    entries = parse_feed(rss.encode(), "http://x.org/feed.xml")
    assert [e.url for e in entries] == ["http://x.org/a/1", "http://x.org/2"]
    assert entries[0].summary == "NATO Mission Iraq" and entries[0].published == date(2024, 5, 1)
    atom = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
      <entry><title>NMI</title><link href="http://x.org/3"/><id>urn:3</id><updated>2025-05-22T00:00:00Z</updated>
      <summary>Change of command</summary></entry></feed>"""
    (entry,) = parse_feed(atom, "http://x.org/atom")
    assert entry.url == "http://x.org/3" and entry.published == date(2025, 5, 22)


def test_a_feed_never_expands_entities() -> None:
    laughs = b"""<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">
      <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;">]><rss version="2.0"><channel><title>t</title>
      <item><title>&c;</title><link>http://x.org/1</link></item></channel></rss>"""
    entries = parse_feed(laughs, "http://x.org/feed")
    assert all("aaaa" not in e.title for e in entries)


def test_malformed_feeds_are_errors_not_crashes() -> None:
    with pytest.raises(ExtractError, match="not a valid RSS or Atom feed"):
        parse_feed(b"<html><body>not a feed</body>", "http://x.org/feed")
    with pytest.raises(ExtractError, match="empty"):
        parse_feed(b"", "http://x.org/feed")


def test_listing_links_by_selector_or_all() -> None:
    html = b"""<html><body><nav><a href="/">Home</a></nav><ul>
      <li><a class="news-item" href="/news/1">NMI change of command</a></li>
      <li><a class="news-item" href="/news/2#top">Training resumes</a></li>
      <li><a href="mailto:press@x.org">Press</a></li></ul></body></html>"""
    picked = extract_listing(html, "http://x.org/news", link_selector="a.news-item")
    assert [(e.url, e.title) for e in picked] == [("http://x.org/news/1", "NMI change of command"),
                                                 ("http://x.org/news/2", "Training resumes")]
    everything = extract_listing(html, "http://x.org/news")
    assert "http://x.org/" in [e.url for e in everything] and all(e.url.startswith("http") for e in everything)
