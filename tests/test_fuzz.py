"""Fuzzing with hypothesis: hostile bytes, markup and text through the pure stages, and the diff's
independence of the order of equally dated documents. (Configurations and mission profiles are
fuzzed in ``test_faults_config.py``.)

    input                                              expected
    arbitrary bytes, any Content-Type                  a Document of plain values, or an ExtractError
    arbitrary HTML (nesting, broken tags, entities,    a Document of plain values, or an ExtractError
      scripts, odd charsets, huge attributes)
    arbitrary bytes and XML as an RSS/Atom feed        entries with absolute http(s) URLs, or an ExtractError
    arbitrary HTML as a listing page                   entries with absolute http(s) URLs, or an ExtractError
    arbitrary text (unicode, long tokens, many         facts of plain values, each of a slot of the profile
      sentences, mission names, numbers, dates)
    equally dated documents in every order             the same final baseline

Nothing but a :class:`MonitorError` ever escapes. Each test is bounded (examples, sizes) so the
file runs in well under half a minute.
"""
from __future__ import annotations

import html
import itertools
import math
from datetime import date

import pytest
from conftest import Monitor
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from monitor.diff import Baseline, Held, Origin, diff_facts
from monitor.errors import MonitorError
from monitor.extract import EARLIEST_DATE, LATEST_DATE, extract_document, extract_listing, parse_feed
from monitor.facts import extract_facts
from monitor.models import Document, Entry, Fact
from monitor.profile import Profile, load_profile

# feedparser warns about its own date-field fallback on feeds with only an updated date
pytestmark = pytest.mark.filterwarnings("ignore:To avoid breaking existing software:DeprecationWarning")
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                        HealthCheck.data_too_large])
URL = "http://news.example.org/world/article.html"
DATE_SOURCES = {"json-ld", "meta", "text", "feed", "seed", "given", "none", "future"}
ROLES = {"current", "previous", "future", "historical", "removed", "continuing"}
PROFILES = {name: load_profile(name) for name in ("nato_mission_iraq", "kfor")}

# -- markup ---------------------------------------------------------------------------------------

CONTENT_TYPES = st.sampled_from(["", "text/html", "text/html; charset=utf-8", "text/html; charset=rot13",
                                 "text/html; charset=utf-16", "text/html; charset=base64", "text/html; charset=zlib",
                                 "text/html; charset=x-nonsense", "text/html; charset=\"shift_jis\"",
                                 "application/xhtml+xml", "text/plain", "text/plain; charset=cp1252",
                                 "application/octet-stream", "text/xml", "application/json", "image/png"])
CHARSETS = st.sampled_from(["utf-8", "UTF-8", "latin-1", "cp1252", "koi8-r", "shift_jis", "utf-16", "utf-32",
                            "rot13", "base64", "zlib", "hex", "idna", "punycode", "unicode-escape", "undefined",
                            "x-user-defined", "", "'", "utf-8\"><script>", "\u00e9"])
TAGS = st.sampled_from(["p", "div", "span", "a", "article", "main", "section", "h1", "h2", "li", "ul", "table",
                        "tr", "td", "script", "style", "noscript", "iframe", "svg", "math", "template", "title",
                        "meta", "time", "br", "img", "form", "textarea", "pre", "code", "blockquote", "x-y",
                        "html", "body", "head", "?xml", "!DOCTYPE"])
ATTRS = st.sampled_from(["class", "id", "href", "src", "content", "property", "name", "charset", "lang",
                         "datetime", "type", "itemprop", "style", "onload", "xmlns", "xml:base", "data-x"])
WORDS = st.sampled_from(["NATO Mission Iraq", "NMI", "KFOR", "Kosovo Force", "the mission", "commander",
                         "Major General Anna Lindqvist", "advises the Ministry of Defence", "4,000 personnel",
                         "suspended", "on 20 May 2026", "2999-01-01", "1 January 0001", "Baghdad", "Pristina",
                         "&amp;", "&nbsp;", "&#0;", "&#x110000;", "&#xD800;", "&bogus;", "&lt;script&gt;", "]]>",
                         "<!--", "-->", "<![CDATA[", "\x00", "\ufeff", "\u202e", "\U0001f600", "\r\n\r\n", " "])
TEXT = st.one_of(WORDS, st.text(max_size=40), st.text(alphabet="<>&;\"'=/!-#x ", max_size=20))
LONG = st.integers(min_value=1, max_value=60_000).map(lambda n: "A" * n)  # a huge attribute or token
ATTR_VALUES = st.one_of(TEXT, LONG, st.sampled_from(["application/ld+json", "article:published_time",
                                                     "og:title", "og:site_name", "2024-05-01T09:00:00Z",
                                                     "9999-99-99", "0001-01-01", "9999-12-31T23:59:59-12:00",
                                                     "javascript:alert(1)", "http://[::1",
                                                     "http://x.org:99999/"]))


def element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """One tag with attributes and children, closed, left open, or broken."""
    return st.builds(
        lambda tag, attrs, inner, ending: (
            f"<{tag}" + "".join(f' {k}="{html.escape(v, quote=True) if q else v}"' for k, v, q in attrs)
            + ">" + "".join(inner) + ending.format(tag=tag)),
        TAGS, st.lists(st.tuples(ATTRS, ATTR_VALUES, st.booleans()), max_size=3), st.lists(children, max_size=4),
        st.sampled_from(["</{tag}>", "</{tag}>", "", "</{tag}", "</ {tag}>", "</wrong>", "<{tag}/>"]))


MARKUP = st.recursive(TEXT, element, max_leaves=25)
JSON_LD = st.sampled_from(['{"datePublished": "2024-05-01"}', '{"@graph": [{"datePublished": "2999-12-31"}]}',
                           '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]',
                           '{"datePublished": 20240501}', '{"datePublished": "0000-00-00"}', "{bad json",
                           '{"datePublished": "0001-01-01T00:00:00+01:00"}', '{"datePublished": "9999-12-31"}',
                           '{"datePublished": "2024-02-30"}'])


@st.composite
def html_pages(draw: st.DrawFn) -> bytes:
    charset = draw(CHARSETS)
    head = f'<meta charset="{charset}">' if draw(st.booleans()) else ""
    if draw(st.booleans()):
        head += f'<script type="application/ld+json">{draw(JSON_LD)}</script>'
    body = draw(st.lists(MARKUP, max_size=6))
    page = f"<!doctype html><html><head>{head}<title>{draw(TEXT)}</title></head><body>{''.join(body)}</body></html>"
    if draw(st.booleans()):
        page = page.replace("</body></html>", "")  # cut short
    encoding = draw(st.sampled_from(["utf-8", "utf-16", "cp1252", "latin-1", "shift_jis", "koi8-r"]))
    data = page.encode(encoding, errors="replace")
    prefix = draw(st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"<?xml version='1.0'?>",
                                   b"\x00\x00"]))
    return prefix + data


def check_document(document: Document) -> None:
    assert isinstance(document, Document) and document.url == URL
    assert isinstance(document.title, str)
    assert isinstance(document.paragraphs, tuple) and all(isinstance(p, str) and p for p in document.paragraphs)
    assert document.published is None or type(document.published) is date
    assert document.date_source in DATE_SOURCES and (document.published is None) == (document.date_source == "none")
    assert document.language is None or isinstance(document.language, str)
    assert isinstance(document.site, str) and isinstance(document.text, str)


def read_page(body: bytes, content_type: str, selector: str | None = None) -> None:
    try:
        document = extract_document(body, URL, content_type=content_type, selector=selector)
    except MonitorError:
        return
    check_document(document)


@FUZZ
@given(st.binary(max_size=4096), CONTENT_TYPES)
def test_arbitrary_bytes_make_a_document_or_an_extract_error(body: bytes, content_type: str) -> None:
    read_page(body, content_type)


@FUZZ
@given(html_pages(), CONTENT_TYPES, st.sampled_from([None, None, "article", "p", "div > p", "[[[", "h1 ~ *",
                                                     ":has(", "*"]))
def test_arbitrary_html_makes_a_document_or_an_extract_error(body: bytes, content_type: str,
                                                            selector: str | None) -> None:
    read_page(body, content_type, selector)


# -- feeds and listings ---------------------------------------------------------------------------

FEED_TEXT = st.one_of(TEXT, st.sampled_from(["Wed, 01 May 2024 09:00:00 +0000", "2024-05-01T09:00:00Z", "garbage",
                                             "Thu, 31 Feb 2024 25:61:00 +9999", "99999-01-01", "0000-01-01T00:00:00",
                                             "http://x.org/a", "/relative", "javascript:alert(1)", "http://[::1",
                                             "http://x.org:99999/", "mailto:a@b", "&xxe;", "&amp;"]))


@st.composite
def feeds(draw: st.DrawFn) -> bytes:
    def node(name: str) -> str:
        value = draw(FEED_TEXT)
        return f"<{name}>{html.escape(value) if draw(st.booleans()) else value}</{name}>"

    atom = draw(st.booleans())
    item = ("entry", ["title", "summary", "content", "id", "published", "updated"]) if atom else \
        ("item", ["title", "link", "description", "guid", "pubDate"])
    entries = []
    for _ in range(draw(st.integers(0, 6))):
        fields = draw(st.lists(st.sampled_from(item[1]), max_size=5))
        links = "".join(f'<link rel="{draw(st.sampled_from(["alternate", "self", ""]))}" href="'
                        f'{html.escape(draw(FEED_TEXT))}"/>' for _ in range(draw(st.integers(0, 2)))) if atom else ""
        extra = draw(MARKUP) if draw(st.booleans()) else ""
        entries.append(f"<{item[0]}>{links}{''.join(node(f) for f in fields)}{extra}</{item[0]}>")
    doctype = draw(st.sampled_from(["", '<!DOCTYPE r [<!ENTITY xxe SYSTEM "http://127.0.0.1:9/x">]>',
                                    '<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>',
                                    "<!DOCTYPE html>", '<!ENTITY x "y">']))
    declaration = draw(st.sampled_from(['<?xml version="1.0" encoding="utf-8"?>', "",
                                        '<?xml version="1.0" encoding="rot13"?>', '<?xml version="2.0"?>']))
    if atom:
        base = draw(st.sampled_from(["", 'xml:base="ftp://x/"', 'xml:base="http://other.example/"']))
        body = f'<feed xmlns="http://www.w3.org/2005/Atom" {base}><title>t</title>{"".join(entries)}</feed>'
    else:
        body = f'<rss version="2.0"><channel><title>t</title>{"".join(entries)}</channel></rss>'
    if draw(st.booleans()):
        body = body[:draw(st.integers(0, len(body)))]  # cut anywhere
    return (declaration + doctype + body).encode("utf-8", errors="replace")


def check_entries(entries: list[Entry]) -> None:
    assert isinstance(entries, list)
    for entry in entries:
        assert isinstance(entry, Entry) and entry.url.startswith(("http://", "https://"))
        assert isinstance(entry.title, str) and isinstance(entry.summary, str)
        assert entry.published is None or type(entry.published) is date


ATOM = b'<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry>%s</entry></feed>'


@FUZZ
@given(st.one_of(feeds(), st.binary(max_size=2048)))
# character references to no character: feedparser raised ValueError / UnicodeEncodeError on them
@example(ATOM % b"&#xD800;")
@example(ATOM % b"&#x110000;")
@example(ATOM % b"&#99999999999999999999;")
# an unclosed tag where the title is: feedparser's title is None
@example(b'<rss version="2.0"><channel><title>t</title><item><link>NATO Mission Iraq</link><TITLE</BODY</item>'
         b"</channel></rss>")
# feedparser reads "00" as year -99
@example(b'<rss version="2.0"><channel><item><link>http://x.org/a</link><pubDate>00</pubDate></item></channel></rss>')
def test_arbitrary_feeds_make_entries_or_an_extract_error(body: bytes) -> None:
    try:
        entries = parse_feed(body, URL)
    except MonitorError:
        return
    check_entries(entries)


@FUZZ
@given(html_pages(), CONTENT_TYPES, st.sampled_from([None, "a", "h2 a", "[[[", "a[href^=http]"]))
def test_arbitrary_listings_make_entries_or_an_extract_error(body: bytes, content_type: str,
                                                            selector: str | None) -> None:
    try:
        entries = extract_listing(body, URL, content_type=content_type, link_selector=selector)
    except MonitorError:
        return
    check_entries(entries)


# -- text through fact extraction -----------------------------------------------------------------


def mission_words(profile: Profile) -> list[str]:
    return [profile.name, *profile.aliases[:6], "the mission", "it", "its", "NATO", "the Alliance"]


FACT_WORDS = ["Commander", "commander", "Major General", "Lieutenant General", "Brigadier", "assumed command",
              "took over from", "succeeding", "former", "new", "will", "no longer", "suspended", "resumed", "ended",
              "paused", "advises", "the Ministry of Defence", "the Federal Police", "troops", "personnel", "soldiers",
              "around", "about", "several hundred", "4,000", "1,200", "4.500", "1e400", "99999999999999999999", "0",
              "-12", "½", "٣٬٠٠٠", "Ⅻ", "on 20 May 2026", "in 1999", "since June 1999", "2999-12-31",
              "31 February 2024",
              "May 40, 2024", "yesterday", "at the invitation of", "UN Security Council Resolution 1244", "Baghdad",
              "Kosovo", "northern Kosovo", "Pristina", "Anna Lindqvist", "Özgür Çelik", "Jean-Pierre de la Tour",
              "O'Neill", "Mr.", "Dr.", "U.S.", "e.g.", "\u00a0", "\u200b", "\u2028", "\u0301", "ﬁ", "İ", ".", "!", "?",
              ";", ",", "(", ")", '"', "\u201c", "\u201d", "'s", "-", "\u2013", "\n", "\n\n"]


# sentences of the shapes that state facts, their blanks filled with anything
TEMPLATES = ["{rank} {name} assumed command of {m} on {date}, succeeding {rank} {name}.",
             "{rank} {name} handed over command of {m} to {rank} {name} at a ceremony in {place} on {date}.",
             "{m} currently consists of about {n} troops provided by {n} countries.",
             "{m} will increase from {n} personnel to around {n}.", "{m} has been suspended since {date}.",
             "{m} resumed its activities on {date}.", "{m} advises {body} and {body}.",
             "{m} no longer advises {body}.", "{m} was established in {date} under {word}.",
             "The former commander of {m}, {rank} {name}, spoke in {place}.",
             "{m} is a non-combat advisory mission at the invitation of {body}.",
             "{m}'s strength stands at {n}; today it has around {n}.", "It is led by {rank} {name}."]


@st.composite
def fact_texts(draw: st.DrawFn, profile: Profile) -> list[str]:
    words = st.one_of(st.sampled_from(mission_words(profile) + FACT_WORDS), st.text(max_size=12),
                      st.integers(1, 3000).map(lambda n: "x" * n),  # a very long token
                      st.integers(0, 10**12).map(str), st.dates().map(lambda d: d.strftime("%d %B %Y")))
    blanks = {"m": st.sampled_from(mission_words(profile)) | words,
              "rank": st.sampled_from(["Major General", "Maj Gen", "Lt. Gen.", "General", "Commodore", ""]) | words,
              "name": st.sampled_from(["Anna Lindqvist", "Özkan Ulutaş", "José Antonio Agüero", "Li", "O'Neill-Smith",
                                       "Ferenc Kajári", "Enrico Barduani"]) | words,
              "date": st.tuples(st.dates(), st.sampled_from(["%d %B %Y", "%B %Y", "%Y", "%A"])).map(
                  lambda pair: pair[0].strftime(pair[1])) | words,
              "n": st.sampled_from(["500", "4,000", "4.500", "several hundred", "1e9", "0", "-1", "three"])
              | st.integers(0, 10**15).map(str) | words,
              "place": st.sampled_from(["Baghdad", "Pristina", "northern Kosovo", "Camp Film City"]) | words,
              "body": st.sampled_from(["the Ministry of Defence", "the Federal Police", "the Office of the National "
                                       "Security Advisor", "the Iraqi government"]) | words,
              "word": words}
    templated = st.sampled_from(TEMPLATES).flatmap(
        lambda template: st.fixed_dictionaries(blanks).map(lambda filled: template.format(**filled)))
    sentence = templated | st.lists(words, min_size=1, max_size=30).map(lambda ws: " ".join(ws) + ".")
    paragraphs = draw(st.lists(st.lists(sentence, min_size=1, max_size=12).map(" ".join), min_size=1, max_size=6))
    if draw(st.booleans()):  # the mission named many times over, in one paragraph
        paragraphs.append(" ".join([f"{draw(st.sampled_from(mission_words(profile)))} is the commander."] *
                                   draw(st.integers(50, 400))))
    return paragraphs


def check_facts(facts: list[Fact], profile: Profile) -> None:
    assert isinstance(facts, list)
    for fact in facts:
        assert isinstance(fact, Fact) and fact.slot in profile.slots
        assert isinstance(fact.value, str) and fact.value and isinstance(fact.key, str) and fact.key
        assert isinstance(fact.quote, str) and fact.role in ROLES
        assert fact.as_of is None or type(fact.as_of) is date
        assert fact.number is None or (isinstance(fact.number, float | int) and math.isfinite(fact.number))
        assert fact.qualifier is None or isinstance(fact.qualifier, str)


@pytest.mark.parametrize("name", sorted(PROFILES))
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.data_too_large])
@given(data=st.data())
def test_arbitrary_text_makes_plain_facts(name: str, data: st.DataObject) -> None:
    profile = PROFILES[name]
    paragraphs = data.draw(fact_texts(profile))
    # dates a page may state (extract.plausible_date); extreme ones: test_facts_on_a_document_dated_year_1
    published = data.draw(st.none() | st.dates(EARLIEST_DATE, LATEST_DATE))
    document = Document(URL, data.draw(TEXT), tuple(p for p in paragraphs if p.strip()) or ("x",), published,
                        "meta" if published else "none")
    try:
        facts = extract_facts(document, profile)
    except MonitorError:
        return
    check_facts(facts, profile)


OLD_PAGE = (b'<html><head><meta property="article:published_time" content="0001-01-01T00:00:00+01:00"></head>'
            b"<body><p>Major General Anna Lindqvist assumed command of NATO Mission Iraq on 1 January 2100, "
            b"succeeding Major General Per Olsen.</p></body></html>")


@pytest.mark.parametrize("name", sorted(PROFILES))
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page=html_pages())
@example(page=OLD_PAGE)  # dated year 1: fact extraction's date arithmetic overflowed
def test_arbitrary_html_through_text_and_facts(name: str, page: bytes) -> None:
    try:
        document = extract_document(page, URL, content_type="text/html")
        facts = extract_facts(document, PROFILES[name])
    except MonitorError:
        return
    check_facts(facts, PROFILES[name])


@pytest.mark.parametrize("day,expected", [("0001-01-01T00:00:00+01:00", None), ("0001-01-01", None),
                                          ("9999-12-31", None), ("1899-12-31", None), ("2024-05-01", date(2024, 5, 1))])
def test_a_publication_date_no_page_can_have_leaves_the_page_undated(day: str, expected: date | None) -> None:
    page = OLD_PAGE.replace(b"0001-01-01T00:00:00+01:00", day.encode())
    assert extract_document(page, URL, content_type="text/html").published == expected
    feed = (b'<rss version="2.0"><channel><item><link>http://x.org/a</link><pubDate>%s</pubDate></item></channel></rss>'
            % day.encode())
    assert [e.published for e in parse_feed(feed, URL)] == [expected]


def test_monitor_extract_of_a_page_dated_year_1_reads_it_undated(monitor: Monitor) -> None:
    page = monitor.folder / "old.html"
    page.write_bytes(OLD_PAGE)
    monitor.write_config([])
    out = monitor.run("extract", str(page)).stdout
    # the page's year-1 date is dropped; the fact is dated by its own sentence ("on 1 January 2100"), never by year 1
    assert "commander" in out and "2100-01-01" in out and "0001" not in out
    for day in ("0001-01-01", "9999-12-31"):
        refused = monitor.run("extract", "--date", day, str(page), check=False)
        assert refused.returncode == 2 and "is not a publication date" in refused.stderr
        assert "Traceback" not in refused.stderr


@pytest.mark.parametrize("published", [date(1, 1, 1), date(9999, 12, 31)])
def test_facts_on_a_document_dated_at_the_calendars_ends(published: date) -> None:
    # no page can carry such a date (extract.plausible_date), but the engine reads one without overflowing
    document = Document(URL, "t", ("Major General Anna Lindqvist assumed command of Kosovo Force on 01 January 2100, "
                                   "succeeding Major General Anna Lindqvist.",), published, "meta")
    check_facts(extract_facts(document, PROFILES["kfor"]), PROFILES["kfor"])


# -- the diff: equally dated documents in any order -----------------------------------------------

NMI = PROFILES["nato_mission_iraq"]
DAY = date(2026, 5, 20)
SEEDED: Baseline = {
    "commander": [Held("commander", "carignan", "Jennie Carignan", date(2019, 11, 26), "http://seed/", "q")],
    "personnel": [Held("personnel", "500", "500", date(2018, 7, 11), "http://seed/", "q", 500.0)],
    "status": [Held("status", "active", "active", date(2018, 10, 1), "http://seed/", "q")],
    "advised_institution": [Held("advised_institution", "ministry of defence", "Ministry of Defence",
                                 date(2018, 10, 1), "http://seed/", "q")],
}
# values of each kind of slot, some of them the same value stated otherwise ("Lindqvist", "Anna Lindqvist")
STATED = {
    "commander": [("Anna Lindqvist", "lindqvist", None), ("Lindqvist", "lindqvist", None),
                  ("Per Pugholm Olsen", "olsen", None), ("Jennie Carignan", "carignan", None)],
    "personnel": [("4,000", "4000", 4000.0), ("around 4,000", "4000", 4000.0), ("1,100", "1100", 1100.0),
                  ("500", "500", 500.0)],
    "status": [("suspended", "suspended", None), ("resumed", "resumed", None), ("active", "active", None)],
    "advised_institution": [("Federal Police", "federal police", None),
                            ("Ministry of Interior", "ministry of interior", None),
                            ("Ministry of Defence", "ministry of defence", None)],
}


@st.composite
def statements(draw: st.DrawFn) -> Fact:
    slot = draw(st.sampled_from(sorted(STATED)))
    value, key, number = draw(st.sampled_from(STATED[slot]))
    # (a history retold, "historical", fills a set's gap silently, also right after an equally dated removal:
    # order-dependent, see the README)
    role = draw(st.sampled_from(["current", "current", "removed"] if slot == "advised_institution"
                                else ["current", "current", "future"]))
    # the document's date, or (single-valued slots) an earlier one its sentence states; a set value stated
    # as of an earlier day and removed as of the documents' day stays order-dependent (see the README)
    as_of = draw(st.sampled_from([DAY, DAY, date(2026, 5, 1)])) if slot != "advised_institution" else DAY
    return Fact(slot, value, key, f"A sentence stating {value}.", role, as_of, number)


def documents(count: int) -> st.SearchStrategy[list[tuple[Origin, list[Fact]]]]:
    one = st.tuples(st.booleans(), st.lists(statements(), min_size=1, max_size=3))
    return st.lists(one, min_size=2, max_size=count).map(lambda docs: [
        (Origin(f"http://outlet{i}.example/a", f"source{i}", f"Outlet {i}", DAY, official), facts)
        for i, (official, facts) in enumerate(docs)])


def apply(baseline: Baseline, documents: list[tuple[Origin, list[Fact]]]) -> dict[str, set[tuple[object, ...]]]:
    """Each document's diff applied to the baseline in turn, the way ``Store.apply_diff`` writes it:
    the dropped values out, the held ones in (replacing the slot and key's row). What the baseline
    holds: each value's key, date and figure. (Which naming of a value it shows, "4,000" or "around
    4,000", may still depend on the order when another value came between them.)"""
    held = {slot: list(values) for slot, values in baseline.items()}
    for origin, facts in documents:
        result = diff_facts(held, facts, origin, NMI)
        for slot, key in result.drop:
            held[slot] = [h for h in held.get(slot, []) if h.key != key]
        for value in result.hold:
            rows = [h for h in held.get(value.slot, []) if h.key != value.key]
            held[value.slot] = sorted([*rows, value], key=lambda h: (h.as_of or date.min, h.key))
    return {slot: {(h.key, h.as_of, h.number) for h in values} for slot, values in held.items() if values}


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([SEEDED, {}]), documents(4))
def test_equally_dated_documents_give_one_baseline_in_any_order(baseline: Baseline,
                                                                docs: list[tuple[Origin, list[Fact]]]) -> None:
    first = apply(baseline, docs)
    for order in itertools.permutations(docs):
        assert apply(baseline, list(order)) == first, [(o.url, o.official, f) for o, f in order]
