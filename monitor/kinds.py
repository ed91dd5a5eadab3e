"""The registries of things a configuration names by kind: source kinds, authorities, alert channels.

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


@dataclass(frozen=True)
class ChannelKind:
    """An alert channel: the keys its ``[alerts.NAME]`` table takes (required ones first)."""

    name: str
    help: str
    required: dict[str, str]
    optional: dict[str, str]

    @property
    def options(self) -> dict[str, str]:
        return {**self.required, **self.optional}


CHANNEL_KINDS: dict[str, ChannelKind] = {
    kind.name: kind
    for kind in (
        ChannelKind("email", "email over SMTP: multipart plain text and HTML", {
            "host": "the SMTP server",
            "sender": "the From address",
            "to": "a list of recipient addresses",
        }, {
            "port": "the SMTP port (default 587 for starttls, 465 for ssl, 25 for none)",
            "security": "starttls (default), ssl or none",
            "username": "login name, when the server wants a login",
            "password_env": "the environment variable holding the password (never the password itself)",
            "timeout": 'how long to wait for the server, e.g. "20s"',
        }),
        ChannelKind("slack", "a Slack incoming webhook: a message with blocks", {
            "webhook_url_env": "the environment variable holding the webhook URL (it is a secret)",
        }, {
            "timeout": 'how long to wait for Slack, e.g. "20s"',
        }),
    )
}
