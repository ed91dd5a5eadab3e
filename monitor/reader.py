"""One text or page read for ``monitor extract``: a file, standard input or an http(s) URL -> a
:class:`Document` -> the facts it states. Nothing is stored.

The only I/O is reading the input: a file or stdin (capped at ``max_bytes`` like a fetch), or one
polite GET through :class:`~monitor.fetch.Fetcher` (the configured User-Agent, robots.txt, size cap,
timeouts, retries). The bytes then become a Document through :func:`~monitor.extract.extract_document`,
exactly as in a check. A file or stdin is HTML when its name says so (``.html``, ``.htm``...) or its
content starts like markup; otherwise it is plain text: paragraphs separated by blank lines, a
single newline inside a paragraph being a space.

``published`` is the date to use when the page itself gives none (plain text never does).
"""
from __future__ import annotations

import asyncio
import re
import sys
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from .errors import ExtractError, FetchError
from .extract import extract_document, is_html
from .models import Document, Fact

if TYPE_CHECKING:
    from .config import Settings
    from .models import FetchResult
    from .profile import Profile

STDIN = "-"
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
_SCHEME = re.compile(r"[a-z][a-z0-9+.-]*://", re.IGNORECASE)
# a body that opens with an HTML tag or comment (a fragment pasted without <html>)
_MARKUP_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*<(?:!--|!doctype|[a-z][a-z0-9]*[\s>/])", re.IGNORECASE)


@dataclass(frozen=True)
class Reading:
    """What ``monitor extract`` shows: the document as the engine sees it, and its facts."""

    document: Document
    facts: list[Fact]


def is_url(target: str) -> bool:
    """Anything with a scheme goes to the fetcher, which refuses all but http(s) with a clear error."""
    return _SCHEME.match(target) is not None


def read_facts(target: str, profile: Profile, settings: Settings, *, published: date | None = None,
               stdin: BinaryIO | None = None) -> Reading:
    """The facts ``target`` (a path, ``-`` for stdin, or an http(s) URL) states under ``profile``.

    Raises :class:`FetchError` when the input cannot be read and :class:`ExtractError` when it
    holds no text the extractor can read.
    """
    from .facts import extract_facts  # the engine: imported only when there is a document for it

    document = read_document(target, settings, published=published, stdin=stdin)
    return Reading(document, extract_facts(document, profile))


def read_document(target: str, settings: Settings, *, published: date | None = None,
                  stdin: BinaryIO | None = None) -> Document:
    """The main text of ``target`` as a Document, dated ``published`` when it carries no date."""
    try:
        if is_url(target):
            fetched = asyncio.run(fetch_once(target, settings))
            document = extract_document(fetched.body, fetched.final_url, content_type=fetched.content_type)
        else:
            body, url, name = _read_local(target, settings.max_bytes, stdin)
            document = extract_document(body, url, content_type=sniff_content_type(name, body))
    except ExtractError as exc:  # the extractor's messages do not name the input
        where = "standard input" if target == STDIN else target
        raise ExtractError(f"{where}: {exc.message}", **exc.context) from exc
    if document.published is None and published is not None:
        document = replace(document, published=published, date_source="given")
    return document


async def fetch_once(url: str, settings: Settings) -> FetchResult:
    """One polite GET of ``url``, with the fetcher every check uses."""
    from .fetch import Fetcher  # httpx and its transports: only a URL needs them

    async with Fetcher(settings) as fetcher:
        try:
            return await fetcher.fetch(url)
        except FetchError as exc:
            if url in exc.message:
                raise
            raise FetchError(f"{url}: {exc.message}", url=url, status=exc.status) from exc


def sniff_content_type(name: str, body: bytes) -> str:
    """``text/html`` for a file named like a page or a body that opens with markup, else ``text/plain``."""
    if Path(name).suffix.lower() in HTML_SUFFIXES or is_html("", body) or _MARKUP_START.match(body[:1024]):
        return "text/html"
    return "text/plain"


def _read_local(target: str, cap: int, stdin: BinaryIO | None) -> tuple[bytes, str, str]:
    """(body, the document's URL, the name to sniff) of a file or of stdin."""
    if target == STDIN:
        stream = stdin if stdin is not None else sys.stdin.buffer
        try:
            body = stream.read(cap + 1)
        except OSError as exc:
            raise FetchError(f"cannot read standard input: {exc.strerror or exc}", url="stdin:") from exc
        where, url, name = "standard input", "stdin:", ""
    else:
        path = Path(target)
        where, url, name = str(path), path.resolve().as_uri(), path.name
        try:
            with path.open("rb") as file:
                body = file.read(cap + 1)
        except FileNotFoundError:
            raise FetchError(f"{path}: no such file", url=url) from None
        except IsADirectoryError:
            raise FetchError(f"{path}: is a folder, not a file", url=url) from None
        except OSError as exc:
            raise FetchError(f"{path}: cannot read the file: {exc.strerror or exc}", url=url) from exc
    if len(body) > cap:
        raise FetchError(f"{where}: larger than max_bytes ({cap:,} bytes)", url=url)
    return body, url, name
