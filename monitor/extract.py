"""Fetched bytes -> a :class:`Document` (main text, title, publication date) or feed entries.

Pure functions; no I/O. A page is decoded once and parsed once with lxml; that tree gives the
title and the date, and trafilatura takes the main content from it, leaving out navigation,
adverts, author boxes, related links and reader comments. A source's own CSS ``selector``, when
given, wins over trafilatura. Feeds go through feedparser, with any internal DTD subset removed
first so that no XML entity is ever expanded.

The publication date comes from, in order: JSON-LD ``datePublished``; ``<meta>`` tags
(``article:published_time`` and kin); the visible page (htmldate); the feed entry's date (set by
the pipeline). Without any, the document stays undated: never "today".
"""
from __future__ import annotations

import codecs
import email.utils
import json
import re
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml.etree import ParserError

from .errors import ExtractError
from .models import Document, Entry

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_DOCTYPE_SUBSET = re.compile(rb"<!DOCTYPE[^\[>]*\[.*?\]\s*>", re.IGNORECASE | re.DOTALL)
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)
_CHAR_REFERENCE = re.compile(rb"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# codecs Python knows that no web page is written in: declared but no BOM (UTF-16/32), or not a
# character encoding at all (rot13, base64 and zlib are not even text encodings: decode() refuses them)
_NOT_PAGE_ENCODINGS = frozenset({"utf-16-le", "utf-16-be", "utf-16", "utf-32", "unicode-escape", "raw-unicode-escape",
                                 "punycode", "idna", "undefined"})
# the first bytes of files that are no web page, whatever the Content-Type says
_MAGIC = ((b"%PDF-", "a PDF document"), (b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"GIF87a", "a GIF image"),
          (b"GIF89a", "a GIF image"), (b"\xff\xd8\xff", "a JPEG image"), (b"PK\x03\x04", "a ZIP archive"),
          (b"\x1f\x8b", "gzip data"), (b"II*\x00", "a TIFF image"), (b"MM\x00*", "a TIFF image"))

# the publication dates a page or feed may state; anything outside ("0001-01-01", "9999-12-31") is
# a placeholder or garbage, and the document is read as undated (date arithmetic on it overflows)
EARLIEST_DATE, LATEST_DATE = date(1900, 1, 1), date(9000, 12, 31)

FAST_PATH_MINIMUM = 500  # characters of main text below which the full extraction cascade runs

# <meta> names and properties that carry the publication date, most specific first
DATE_META = (
    "article:published_time", "og:published_time", "datepublished", "publishdate", "publish-date",
    "pubdate", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "date", "sailthru.date",
    "parsely-pub-date", "cxenseparse:recs:publishtime",
)


def decode_html(body: bytes, content_type: str = "") -> str:
    """Decode a page: BOM, then the Content-Type charset, then ``<meta charset>``, then UTF-8,
    then Windows-1252 (which accepts every byte) as the safe fallback."""
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            return body.decode(encoding, errors="replace")
    candidates = []
    header = re.search(r"charset\s*=\s*[\"']?([\w\-:.]+)", content_type or "", re.IGNORECASE)
    if header:
        candidates.append(header.group(1))
    meta = _META_CHARSET.search(body[:4096])
    if meta:
        candidates.append(meta.group(1).decode("ascii", "ignore"))
    for name in candidates:
        try:
            codec = codecs.lookup(name).name
            if codec not in _NOT_PAGE_ENCODINGS:
                return body.decode(codec, errors="replace")
        except (LookupError, UnicodeError, ValueError):  # unknown, or no text encoding at all
            continue
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return body.decode("cp1252", errors="replace")


def binary_kind(body: bytes) -> str | None:
    """What a body is when it is plainly no text ("a PDF document"), else None."""
    head = body[:1024]
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "a WebP image"
    if head.count(b"\x00") > len(head) // 8 and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "binary data"
    return None


def is_html(content_type: str, body: bytes) -> bool:
    kind = content_type.split(";")[0].strip().lower()
    if kind in ("text/html", "application/xhtml+xml"):
        return True
    if kind in ("", "application/octet-stream", "text/xml", "application/xml"):
        return b"<html" in body[:2048].lower() or b"<!doctype html" in body[:2048].lower()
    return False


def parse_html(body: bytes, content_type: str = "") -> lxml.html.HtmlElement:
    text = _XML_DECLARATION.sub("", decode_html(body, content_type), count=1)
    if not text.strip():
        raise ExtractError("the page is empty")
    try:
        return lxml.html.document_fromstring(text)
    except (ParserError, ValueError) as exc:
        raise ExtractError(f"the page is not parseable HTML: {exc}") from exc


def extract_document(body: bytes, url: str, *, content_type: str = "", selector: str | None = None) -> Document:
    """The main content of a page (or of a plain-text body) with its title and date."""
    kind = content_type.split(";")[0].strip().lower()
    binary = binary_kind(body)
    if binary:
        raise ExtractError(f"the body is {binary}, not a web page (Content-Type: {content_type or 'none'})")
    if kind == "text/plain":
        text = decode_html(body, content_type)
        paragraphs = tuple(p for p in (" ".join(b.split()) for b in re.split(r"\n\s*\n|\r\n\s*\r\n", text)) if p)
        return Document(url=url, title=paragraphs[0][:200] if paragraphs else "", paragraphs=paragraphs)
    if not is_html(content_type, body):
        raise ExtractError(f"cannot extract text from content of type {kind or 'unknown'!r}")
    tree = parse_html(body, content_type)
    title = _title(tree)
    language = tree.get("lang") or None
    published, date_source = _metadata_date(tree)
    if selector:
        paragraphs = _select_paragraphs(tree, selector)
    else:
        paragraphs = _main_paragraphs(tree, url)
    if published is None:
        published, date_source = _visible_date(tree, url)
    return Document(url=url, title=title, paragraphs=paragraphs, published=published,
                    date_source=date_source if published else "none", language=language, site=_site_name(tree))


def _title(tree: lxml.html.HtmlElement) -> str:
    for xpath in ('//meta[@property="og:title"]/@content', "//h1//text()", "//title/text()"):
        found = [t.strip() for t in tree.xpath(xpath) if t and t.strip()]
        if found:
            return " ".join(found[0].split())
    return ""


def _site_name(tree: lxml.html.HtmlElement) -> str:
    """og:site_name, else what follows the last " | " or " - " of <title> when it is short."""
    for name in tree.xpath('//meta[@property="og:site_name"]/@content'):
        if name.strip():
            return " ".join(name.split())
    titles = tree.xpath("//title/text()")
    if titles:
        parts = re.split(r"\s+[|\u2013\u2014-]\s+", " ".join(titles[0].split()))
        if len(parts) > 1 and 0 < len(parts[-1]) <= 60:
            return parts[-1]
    return ""


def _main_paragraphs(tree: lxml.html.HtmlElement, url: str) -> tuple[str, ...]:
    import trafilatura  # imported here: it is slow to import and only checks need it

    # the fast path first (no comparison with readability and justext: half the time on a news
    # page); the whole cascade only when it finds little, as on pages of unusual structure
    result = trafilatura.bare_extraction(tree, url=url, include_comments=False, include_tables=True,
                                         with_metadata=False, deduplicate=False, fast=True)
    text = getattr(result, "text", None) or ""
    if len(text) < FAST_PATH_MINIMUM:
        result = trafilatura.bare_extraction(tree, url=url, include_comments=False, include_tables=True,
                                             with_metadata=False, deduplicate=False)
        text = getattr(result, "text", None) or text
    if not text.strip():
        # trafilatura found no article: keep the body text, so a change is still seen
        text = "\n".join(t for t in tree.xpath("//body//text()[not(ancestor::script or ancestor::style)]"))
    return tuple(p for p in (" ".join(line.split()) for line in text.split("\n")) if p)


_BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "td", "th", "dd", "dt",
           "section", "article", "br", "tr", "pre", "figcaption"}


def _select_paragraphs(tree: lxml.html.HtmlElement, selector: str) -> tuple[str, ...]:
    from bs4 import BeautifulSoup  # CSS selectors by soupsieve: complete and well kept

    soup = BeautifulSoup(lxml.html.tostring(tree, encoding="unicode"), "lxml")
    try:
        nodes = soup.select(selector)
    except Exception as exc:  # soupsieve raises its own SelectorSyntaxError
        raise ExtractError(f"invalid CSS selector {selector!r}: {exc}") from exc
    if not nodes:
        raise ExtractError(f"selector {selector!r} matched nothing on the page (has the site changed?)")
    paragraphs: list[str] = []
    for node in nodes:
        for junk in node.select("script, style, noscript"):
            junk.decompose()
        for block in node.find_all(_BLOCKS):
            block.insert_before("\n")
            block.insert_after("\n")
        paragraphs.extend(" ".join(line.split()) for line in node.get_text().split("\n"))
    return tuple(p for p in paragraphs if p)


def _metadata_date(tree: lxml.html.HtmlElement) -> tuple[date | None, str]:
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        found = _json_ld_date(data)
        if found:
            return found, "json-ld"
    metas: dict[str, str] = {}
    for meta in tree.xpath("//meta[@content]"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        if key and key not in metas:
            metas[key] = meta.get("content", "")
    for key in DATE_META:
        parsed = parse_date(metas.get(key))
        if parsed:
            return parsed, "meta"
    return None, "none"


def _json_ld_date(data: Any) -> date | None:
    if isinstance(data, list):
        for item in data:
            found = _json_ld_date(item)
            if found:
                return found
    elif isinstance(data, dict):
        parsed = parse_date(data.get("datePublished") or data.get("dateCreated"))
        if parsed:
            return parsed
        return _json_ld_date(data.get("@graph"))
    return None


def _visible_date(tree: lxml.html.HtmlElement, url: str) -> tuple[date | None, str]:
    from htmldate import find_date  # trafilatura's own date finder: <time>, bylines, visible text

    try:
        found = find_date(tree, url=url, original_date=True, extensive_search=True,
                          max_date=date.today().isoformat())
    except Exception:  # htmldate is heuristic; a failure only means "undated"
        return None, "none"
    parsed = parse_date(found)
    return (parsed, "text") if parsed else (None, "none")


def parse_date(value: object) -> date | None:
    """An ISO date or date-time (with or without zone) between ``EARLIEST_DATE`` and ``LATEST_DATE``,
    or None."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return plausible_date(datetime.fromisoformat(text.replace("Z", "+00:00")).date())
    except ValueError:
        pass
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if match:
        try:
            return plausible_date(date(int(match.group(1)), int(match.group(2)), int(match.group(3))))
        except ValueError:
            return None
    return None


def plausible_date(day: date | None) -> date | None:
    """``day`` when a page could have been published on it, else None."""
    return day if day is not None and EARLIEST_DATE <= day <= LATEST_DATE else None


# -- feeds and listings ----------------------------------------------------------------------


def parse_feed(body: bytes, url: str) -> list[Entry]:
    """RSS or Atom -> entries, newest first as the feed gives them. A well-formed feed of the
    usual shape is read with lxml (a 50,000-entry feed in well under a second); anything else
    with feedparser, which forgives more and takes ten times as long."""
    import feedparser  # imported here: only checks need it

    if not body.strip():
        raise ExtractError("the feed is empty")
    # no entity ever gets expanded: an internal DTD subset (where entities are declared) is removed
    safe = _DOCTYPE_SUBSET.sub(b"", body[:65536], count=1) + body[65536:]
    if _ENTITY_DECL.search(safe[:65536]):
        raise ExtractError("the feed declares XML entities outside a DOCTYPE; refused")
    fast = _read_plain_feed(safe, url)
    if fast is not None:
        return fast
    try:
        parsed = feedparser.parse(_CHAR_REFERENCE.sub(_no_character_replaced, safe), sanitize_html=False,
                                  resolve_relative_uris=False)
    except ValueError as exc:  # feedparser's own surprise at odd input; the feed is unreadable, said once
        raise ExtractError(f"not a readable RSS or Atom feed: {type(exc).__name__}: {exc}") from exc
    if not parsed.entries and not parsed.get("version"):
        problem = parsed.get("bozo_exception")
        raise ExtractError("not a valid RSS or Atom feed" + (f": {problem}" if problem else ""))
    entries = []
    for item in parsed.entries:
        link = item.get("link") or (item.get("id") if str(item.get("id", "")).startswith("http") else None)
        if not link:
            continue
        absolute = _absolute(url, link)
        if absolute is None:
            continue
        published = _stamp_date(item.get("published_parsed") or item.get("updated_parsed"))
        entries.append(Entry(url=absolute, title=_strip_tags(item.get("title") or ""),
                             summary=_strip_tags(item.get("summary") or ""), published=published))
    return entries


def _stamp_date(stamp: Any) -> date | None:
    """feedparser's time tuple as a date; it makes year -99 of "<pubDate>00</pubDate>"."""
    try:
        return plausible_date(date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday)) if stamp else None
    except ValueError:
        return None


def _no_character_replaced(match: re.Match[bytes]) -> bytes:
    """A character reference to no character (a surrogate, beyond U+10FFFF) as U+FFFD: feedparser
    raises on it, and one bad reference must not cost the feed its entries."""
    digits, decimal = match.group(1), match.group(2)
    text = digits or decimal
    if len(text) > 8:
        return b"&#xFFFD;"
    point = int(text, 16) if digits else int(text)
    return b"&#xFFFD;" if 0xD800 <= point <= 0xDFFF or point > 0x10FFFF else match.group(0)


_ATOM = "{http://www.w3.org/2005/Atom}"
_RSS1 = "{http://purl.org/rss/1.0/}"
_DC_DATE = "{http://purl.org/dc/elements/1.1/}date"


class _Unusual(Exception):
    """Something the plain reader leaves to feedparser."""


def _read_plain_feed(body: bytes, url: str) -> list[Entry] | None:
    """Entries of a well-formed RSS 2.0, RSS 1.0 or Atom feed with plain links and dates, read the
    way feedparser reads them; None when the feed is anything else."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, recover=False)
    try:
        root = etree.fromstring(body, parser)
    except (etree.XMLSyntaxError, ValueError):
        return None
    if root.tag == "rss":
        items, read = root.findall("channel/item"), _rss_item
    elif root.tag == f"{_ATOM}feed":
        items, read = root.findall(f"{_ATOM}entry"), _atom_entry
    elif root.tag.endswith("}RDF"):
        items, read = root.findall(f"{_RSS1}item"), _rss_item
    else:
        return None
    if any(True for _ in root.iter(etree.Entity)):
        return None  # an entity left unexpanded: feedparser says what it makes of it
    if any("{http://www.w3.org/XML/1998/namespace}base" in e.attrib for e in root.iter()):
        return None  # xml:base changes what a relative link means
    entries = []
    try:
        for item in items:
            found = read(item)
            if found is None:
                continue
            link, title, summary, published = found
            absolute = _absolute(url, link)
            if absolute is not None:
                entries.append(Entry(url=absolute, title=_strip_tags(title), summary=_strip_tags(summary),
                                     published=published))
    except _Unusual:
        return None
    return entries


def _rss_item(item: Any) -> tuple[str, str, str, date | None] | None:
    ns = _RSS1 if item.tag.startswith(_RSS1) else ""
    link = (item.findtext(f"{ns}link") or "").strip()
    guid = (item.findtext("guid") or "").strip()
    if not link and guid.startswith("http"):
        link = guid
    if not link:
        return None
    stamp = item.findtext("pubDate") or item.findtext(_DC_DATE)
    return link, item.findtext(f"{ns}title") or "", item.findtext(f"{ns}description") or "", _feed_date(stamp)


def _atom_entry(item: Any) -> tuple[str, str, str, date | None] | None:
    links = item.findall(f"{_ATOM}link")
    alternate = [x for x in links if x.get("rel", "alternate") == "alternate" and x.get("href")]
    link = (alternate[0].get("href") if alternate else "").strip()
    ident = (item.findtext(f"{_ATOM}id") or "").strip()
    if not link and ident.startswith("http"):
        link = ident
    if not link:
        return None
    texts = []
    for name in ("title", "summary", "content"):
        node = item.find(f"{_ATOM}{name}")
        if node is not None and (node.get("type") == "xhtml" or len(node)):
            raise _Unusual(name)  # markup as XML: feedparser flattens it
        texts.append(node.text or "" if node is not None else "")
    title, summary, content = texts
    stamp = item.findtext(f"{_ATOM}published") or item.findtext(f"{_ATOM}updated")
    return link, title, summary or content, _feed_date(stamp)


def _feed_date(value: str | None) -> date | None:
    """An RSS (RFC 822) or Atom (ISO 8601) date, as a UTC day, like feedparser's."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        if text[:4].isdigit():
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        else:
            moment = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        raise _Unusual(text) from None
    if moment.tzinfo is not None:
        try:
            moment = moment.astimezone(UTC)
        except OverflowError:  # "0001-01-01T00:00:00+01:00"
            return None
    return plausible_date(moment.date())


def extract_listing(body: bytes, url: str, *, content_type: str = "", link_selector: str | None = None) -> list[Entry]:
    """The article links of a listing page: those ``link_selector`` picks, else every link."""
    tree = parse_html(body, content_type)
    if link_selector:
        from bs4 import BeautifulSoup

        soup = BeautifulSoup(lxml.html.tostring(tree, encoding="unicode"), "lxml")
        try:
            anchors = [(a.get("href"), a.get_text(" ")) for a in soup.select(link_selector)]
        except Exception as exc:
            raise ExtractError(f"invalid CSS selector {link_selector!r}: {exc}") from exc
        anchors = [(h, t) for h, t in anchors if h]
    else:
        anchors = [(a.get("href"), a.text_content()) for a in tree.xpath("//body//a[@href]")]
    entries, seen = [], set()
    for href, text in anchors:
        absolute = _absolute(url, str(href).split("#")[0])
        if absolute is None or absolute in seen or absolute == url:
            continue
        seen.add(absolute)
        entries.append(Entry(url=absolute, title=" ".join(str(text).split())))
    return entries


def _absolute(base: str, link: str) -> str | None:
    """A link made absolute, if it is a valid http(s) URL."""
    try:
        absolute = urljoin(base, link.strip())
        parts = urlsplit(absolute)
        parts.port  # noqa: B018  (raises ValueError for a port out of range)
    except ValueError:  # "http://[::1" and the like: one bad link is skipped, not the whole feed
        return None
    return absolute if parts.scheme in ("http", "https") and parts.hostname else None


def _strip_tags(value: str) -> str:
    if "<" not in value:
        return " ".join(value.split())
    try:
        return " ".join(lxml.html.fromstring(f"<div>{value}</div>").text_content().split())
    except (ParserError, ValueError):
        return " ".join(re.sub(r"<[^>]+>", " ", value).split())
