"""The registries of things a configuration names by kind: source kinds and authorities.

Each source kind declares the options a ``[[sources]]`` table may give it, with help text. The
config loader rejects an option the kind does not declare, and the pipeline asks the kind how to
turn its fetched bytes into article entries; adding a kind means adding one entry here and its
``entries`` function in ``extract.py``.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .models import Entry

# Options every source has, whatever its kind.
COMMON_OPTIONS: dict[str, str] = {
    "name": "unique name of the source, used in the log and on the command line",
    "url": "the http(s) address to fetch",
    "kind": "what the URL is: page, feed or listing",
    "authority": "official (a government or NATO outlet) or press; official sources confirm changes",
    "interval": 'how often the daemon checks it, e.g. "30m", "6h"; default [settings].interval',
    "selector": "CSS selector of the main text (pages, and the articles a feed or listing leads to)",
}


@dataclass(frozen=True)
class SourceKind:
    name: str
    help: str
    options: dict[str, str] = field(default_factory=dict)
    # bytes of the fetched URL -> the entries (articles) it leads to; None: the URL is the document
    entries: Callable[..., list[Entry]] | None = None

    @property
    def all_options(self) -> dict[str, str]:
        return {**COMMON_OPTIONS, **self.options}


def _feed_entries(body: bytes, url: str, *, content_type: str = "", link_selector: str | None = None) -> list[Entry]:
    from .extract import parse_feed

    return parse_feed(body, url)


def _listing_entries(body: bytes, url: str, *, content_type: str = "", link_selector: str | None = None) -> list[Entry]:
    from .extract import extract_listing

    return extract_listing(body, url, content_type=content_type, link_selector=link_selector)


_KEYWORDS_HELP = ("follow only entries whose title or summary mentions one of these; "
                  "default: the mission profile's name and aliases")

SOURCE_KINDS: dict[str, SourceKind] = {
    kind.name: kind
    for kind in (
        SourceKind("page", "a single web page whose main text is watched for changes"),
        SourceKind("feed", "an RSS or Atom feed; matching entries are fetched as articles",
                   {"keywords": _KEYWORDS_HELP}, _feed_entries),
        SourceKind("listing", "a news listing page; matching links are fetched as articles",
                   {"keywords": _KEYWORDS_HELP,
                    "link_selector": "CSS selector of the article links, e.g. \"a.news-item\""},
                   _listing_entries),
    )
}

AUTHORITIES: dict[str, str] = {
    "official": "the mission, NATO or a government: a change it states is confirmed",
    "press": "a news outlet: a change it alone states is reported until corroborated",
}
