"""Alert content: plain data in, subject / email text / email HTML / Slack blocks out. Pure.

An alert is built when changes are logged, as a JSON-able *payload* stored in the outbox; every
channel renders its message from that payload at delivery time. Page text (quotes, titles, values)
is escaped wherever it is rendered: HTML-escaped in email, Slack-escaped in Slack.
"""
from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..profile import Profile

HEADLINES = {  # (category, kind) -> what a reader sees first
    ("scope", "added"): "Scope expanded",
    ("scope", "removed"): "Scope reduced",
    ("scope", "changed"): "Scope changed",
    ("leadership", "added"): "Leadership",
    ("leadership", "changed"): "Leadership change",
    ("leadership", "removed"): "Leadership change",
    ("size", "added"): "Size",
    ("size", "changed"): "Size change",
    ("status", "changed"): "Status change",
    ("status", "added"): "Status",
}
DEFAULT_PHRASES = {"added": "{label}: {new}", "removed": "{label}: no longer {old}",
                   "changed": "{label}: {new} (was {old})"}


def describe_change(row: dict[str, Any], profile: Profile) -> dict[str, Any]:
    """A logged change as an alert item, in words a reader understands."""
    slot = profile.slots.get(row["slot"])
    label = slot.label if slot else row["slot"]
    category = row.get("category") or (slot.category if slot else "info")
    kind = row["kind"]
    phrase = (slot.phrases if slot else {}).get(kind) or DEFAULT_PHRASES[kind]
    old, new = row.get("old") or "", row.get("new") or ""
    return {
        "id": row["id"], "slot": row["slot"], "label": label, "category": category, "kind": kind,
        "old": row.get("old"), "new": row.get("new"), "quote": row.get("quote") or "",
        "confidence": row.get("confidence") or "reported",
        "headline": HEADLINES.get((category, kind), "Update"),
        "summary": phrase.format(old=old, new=new, label=label), "short": short_change(kind, old, new),
    }


def short_change(kind: str, old: str | None, new: str | None) -> str:
    """"+ new", "- old" or "old -> new": a logged change in a few characters."""
    return f"+ {new}" if kind == "added" else f"- {old}" if kind == "removed" else f"{old} -> {new}"


def change_payload(profile: Profile, rows: list[dict[str, Any]], *, title: str, url: str, outlet: str,
                   published: str | None, source: str) -> dict[str, Any]:
    return {"kind": "change", "mission": profile.name, "title": title, "url": url, "outlet": outlet,
            "published": published, "source": source, "changes": [describe_change(r, profile) for r in rows]}


def health_payload(profile: Profile, *, source: str, url: str, state: str, detail: str) -> dict[str, Any]:
    return {"kind": "health", "mission": profile.name, "source": source, "url": url, "state": state, "detail": detail}


def test_payload(mission: str) -> dict[str, Any]:
    return {"kind": "test", "mission": mission}


HEALTH_HEADLINES = {"failing": "Source failing", "recovered": "Source recovered",
                    "stalled": "No check has succeeded for a long time",
                    "silent": "Source no longer states mission facts", "speaking": "Source states mission facts again"}


def subject(payload: dict[str, Any]) -> str:
    mission = payload["mission"]
    if payload["kind"] == "test":
        return f"[{mission}] TEST alert from mandate-monitor"
    if payload["kind"] == "health":
        return f"[{mission}] {HEALTH_HEADLINES[payload['state']]}: {payload['source']}"
    first, more = payload["changes"][0], len(payload["changes"]) - 1
    text = f"[{mission}] {first['headline']}: {first['short']}"
    return _one_line(text + (f" (+{more} more)" if more else ""), 200)


def _one_line(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _source_line(payload: dict[str, Any]) -> str:
    outlet = payload.get("outlet") or payload.get("source") or ""
    return f"{outlet}, published {payload.get('published') or 'undated'}"


def email_text(payload: dict[str, Any]) -> str:
    if payload["kind"] == "test":
        return (f"This is a TEST alert from mandate-monitor for {payload['mission']}.\n"
                "If you read this, the channel works. No mandate change is reported.\n")
    if payload["kind"] == "health":
        return (f"{HEALTH_HEADLINES[payload['state']]}: {payload['source']}\n\n{payload['detail']}\n\n"
                f"{payload['url']}\n")
    lines = [f"{payload['mission']}: mandate change", ""]
    for change in payload["changes"]:
        old, new = change["old"] or "(none)", change["new"] or "(none)"
        lines += [f"{change['headline']}: {change['summary']}",
                  f"  {change['label']}: {old} -> {new}",
                  f"  \"{change['quote']}\"",
                  f"  Confidence: {change['confidence']}", ""]
    lines += [f"Source: {_source_line(payload)}", payload["url"], ""]
    return "\n".join(lines)


def email_html(payload: dict[str, Any]) -> str:
    e = html.escape
    if payload["kind"] != "change":
        body = "".join(f"<p>{e(line)}</p>" for line in email_text(payload).split("\n") if line)
        return f"<!doctype html><html><body>{body}</body></html>"
    items = []
    for change in payload["changes"]:
        items.append(
            f"<h3>{e(change['headline'])}: {e(change['summary'])}</h3>"
            f"<table><tr><td><b>{e(change['label'])}</b></td><td>{e(change['old'] or '(none)')} &rarr; "
            f"{e(change['new'] or '(none)')}</td></tr>"
            f"<tr><td><b>Confidence</b></td><td>{e(change['confidence'])}</td></tr></table>"
            f"<blockquote>{e(change['quote'])}</blockquote>")
    return ("<!doctype html><html><body>"
            f"<h2>{e(payload['mission'])}: mandate change</h2>{''.join(items)}"
            f"<p>Source: {e(_source_line(payload))}<br><a href=\"{e(payload['url'], quote=True)}\">"
            f"{e(payload.get('title') or payload['url'])}</a></p></body></html>")


def slack_escape(text: str) -> str:
    """Slack's markup: only &, < and > need escaping (https://api.slack.com/reference/surfaces/formatting)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def slack_message(payload: dict[str, Any]) -> dict[str, Any]:
    s = slack_escape
    title = subject(payload)
    if payload["kind"] != "change":
        return {"text": title, "blocks": [
            {"type": "header", "text": {"type": "plain_text", "text": _one_line(title, 150)}},
            {"type": "section", "text": {"type": "mrkdwn", "text": s(email_text(payload))[:2900]}}]}
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text",
                                    "text": _one_line(f"{payload['mission']}: {payload['changes'][0]['headline']}",
                                                      150)}}]
    for change in payload["changes"]:
        quote = "\n".join("> " + line for line in s(change["quote"]).splitlines()) or "> (no quote)"
        blocks += [
            {"type": "section",
             "text": {"type": "mrkdwn", "text": f"*{s(change['headline'])}*: {s(change['summary'])}"},
             "fields": [{"type": "mrkdwn", "text": f"*Old*\n{s(change['old'] or '(none)')}"[:2000]},
                        {"type": "mrkdwn", "text": f"*New*\n{s(change['new'] or '(none)')}"[:2000]}]},
            {"type": "section", "text": {"type": "mrkdwn", "text": quote[:2900]}},
            {"type": "context", "elements": [{"type": "mrkdwn", "text": s(
                f"{change['label']} · confidence: {change['confidence']} · {_source_line(payload)}")[:2000]}]},
        ]
    blocks.append({"type": "actions", "elements": [
        {"type": "button", "text": {"type": "plain_text", "text": "Read the source"}, "url": payload["url"]}]})
    return {"text": title, "blocks": blocks[:50]}
