"""The change log as an Atom 1.0 feed (feedgen): one entry per change a person has not rejected.

An entry's id is derived from the change itself (its document, slot, values and when it was
logged), so it stays the same every time the feed is written; its title is the alert's subject;
its content says old -> new, the quote, the outlet, the publication date, the confidence and the
review, with the link to the article.
"""
from __future__ import annotations

import html
import uuid
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from .notify import render

if TYPE_CHECKING:
    from .profile import Profile

FEED_PATH = "/-/changes.atom"  # where `monitor browse` serves it


def entry_id(row: dict[str, Any]) -> str:
    key = "|".join(str(row.get(k) or "") for k in ("url", "slot", "kind", "old", "new", "detected_at"))
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'mandate-monitor:change:' + key)}"


def build_feed(rows: list[dict[str, Any]], profile: Profile, *, self_url: str | None = None,
               home_url: str | None = None, now: datetime | None = None) -> bytes:
    """Atom 1.0 for ``rows`` (changes, newest first, with the article's ``title``)."""
    from feedgen.feed import FeedGenerator

    feed = FeedGenerator()
    feed.id(f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'mandate-monitor:feed:' + profile.name)}")
    feed.title(f"{profile.name}: mandate changes")
    feed.subtitle(f"Changes to the mandate of {profile.name} found by mandate-monitor, newest first")
    feed.author({"name": "mandate-monitor"})
    feed.generator("mandate-monitor (feedgen)")
    feed.language("en")
    if self_url:
        feed.link(href=self_url, rel="self", type="application/atom+xml")
    if home_url:
        feed.link(href=home_url, rel="alternate", type="text/html")
    newest = None
    for row in rows:
        entry = feed.add_entry(order="append")
        updated = max(m for m in (_moment(row["detected_at"]), _moment(row.get("reviewed_at"))) if m is not None)
        payload = render.change_payload(profile, [row], title=row.get("title") or "", url=row["url"],
                                        outlet=row.get("outlet") or "", published=row.get("published"),
                                        source=row.get("source") or "")
        entry.id(entry_id(row))
        entry.title(render.subject(payload))
        entry.link(href=row["url"], rel="alternate", type="text/html")
        if row.get("outlet") or row.get("source"):
            entry.author({"name": row.get("outlet") or row.get("source")})
        entry.published(_moment(row.get("published")) or _moment(row["detected_at"]))
        entry.updated(updated)
        entry.category(term=row["slot"], label=payload["changes"][0]["label"])
        if row.get("category"):
            entry.category(term=row["category"], scheme="urn:mandate-monitor:category")
        entry.summary(f"{payload['changes'][0]['summary']} ({row['confidence']})")
        entry.content(entry_html(row, payload), type="html")
        newest = max(newest, updated) if newest else updated
    feed.updated(newest or now or datetime.now(UTC))
    return bytes(feed.atom_str(pretty=True))


def entry_html(row: dict[str, Any], payload: dict[str, Any]) -> str:
    e = html.escape
    change = payload["changes"][0]
    review = "not reviewed yet"
    if row.get("review"):
        review = f"{row['review']} by {row['reviewed_by']} on {row['reviewed_at'][:10]}"
        if row.get("review_note"):
            review += f": {row['review_note']}"
    return (f"<p><b>{e(change['label'])}</b>: {e(row.get('old') or '(none)')} &#8594; {e(row.get('new') or '(none)')}"
            f"</p><blockquote>{e(row.get('quote') or '')}</blockquote>"
            f"<p>{e(row.get('outlet') or row.get('source') or '')}, published {e(row.get('published') or 'undated')}"
            f" &#183; confidence: {e(row['confidence'])} &#183; review: {e(review)}</p>"
            f"<p><a href=\"{e(row['url'], quote=True)}\">{e(row.get('title') or row['url'])}</a></p>")


def _moment(value: str | None) -> datetime | None:
    """An ISO date or UTC timestamp as an aware datetime (a date is its midnight, UTC)."""
    if not value:
        return None
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
