"""Alerts: what to alert (policy), the durable outbox, and delivery to email and Slack.

    a check logs changes ──► enqueue_change_alert()  (same transaction: alerts + deliveries rows)
                                      │
    end of a check / the daemon ──► deliver_pending()  each channel in its own task; a delivery
                                      │                 is marked sent with the server's answer, or
                                      ▼                 retried later with a doubling delay, up to
                             email.py / slack.py        max_attempts, then left 'failed' and visible

A crash after the changes are written but before delivery loses nothing: the pending rows are
delivered by the next run. Channel senders are registered in :data:`SENDERS` under the names the
configuration uses (``kinds.CHANNEL_KINDS``).
"""
from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from ..config import DEFAULT_ALERT_CATEGORIES, Alerts, Channel, Config, EmailChannel, SlackChannel
from ..errors import NotifyError
from ..store import Store, utcnow
from . import render

if TYPE_CHECKING:
    from ..profile import Profile

logger = logging.getLogger(__name__)


# the senders are imported when a message is sent (smtplib and email.policy cost ~8 ms at start)
async def _email(channel: Channel, payload: dict[str, Any], key: str) -> str:
    from .email import send_email

    assert isinstance(channel, EmailChannel)
    return await asyncio.to_thread(send_email, channel, payload, key)


async def _slack(channel: Channel, payload: dict[str, Any], key: str) -> str:
    from .slack import send_slack

    assert isinstance(channel, SlackChannel)
    return await send_slack(channel, payload, key)


SENDERS: dict[str, Callable[[Channel, dict[str, Any], str], Awaitable[str]]] = {"email": _email, "slack": _slack}


@dataclass(frozen=True)
class Delivery:
    alert_id: int
    channel: str
    ok: bool
    status: str  # sent | pending | failed
    detail: str


# -- policy ------------------------------------------------------------------------------------


def alertable(row: dict[str, Any], alerts: Alerts) -> bool:
    """A change alerts when its slot is chosen (default: the scope, leadership, size and status
    slots), its confidence reaches the minimum, and no person rejected it (with ``after_review``:
    once a person accepted it)."""
    if row.get("review") == "rejected" or (alerts.after_review and row.get("review") != "accepted"):
        return False
    if alerts.slots is not None:
        chosen = row["slot"] in alerts.slots
    else:
        chosen = row.get("category") in DEFAULT_ALERT_CATEGORIES
    confident = alerts.min_confidence == "reported" or row.get("confidence") == "confirmed"
    return chosen and confident


def enqueue_change_alert(store: Store, profile: Profile, alerts: Alerts, change_ids: list[int], *,
                         document: dict[str, Any], now: datetime) -> int | None:
    """One alert for the alertable changes among ``change_ids`` that no alert carries yet."""
    if not alerts.channels or not change_ids:
        return None
    done = store.alerted_changes(change_ids)
    rows = [r for r in store.change_rows(change_ids) if r["id"] not in done and alertable(r, alerts)]
    if not rows:
        return None
    payload = render.change_payload(profile, rows, title=document.get("title") or "", url=document["url"],
                                    outlet=document.get("outlet") or "", published=document.get("published"),
                                    source=document.get("source") or "")
    return store.enqueue_alert(kind="change", subject=render.subject(payload), payload=payload,
                               channels=[c.name for c in alerts.channels], created_at=now,
                               change_ids=[r["id"] for r in rows], document_id=document.get("id"))


def withdraw_change(store: Store, change_id: int) -> int:
    """A rejected change leaves the alerts not sent yet: one that carries nothing else is cancelled,
    one that carries other changes goes without it. Returns the deliveries cancelled."""
    cancelled = 0
    for alert in store.open_alerts_carrying(change_id):
        payload = json.loads(alert["payload"])
        rest = [c for c in payload.get("changes", []) if c.get("id") != change_id]
        if rest:
            payload["changes"] = rest
            store.rewrite_alert(alert["id"], without=change_id, subject=render.subject(payload), payload=payload)
        else:
            cancelled += store.cancel_alert(alert["id"], f"cancelled: change #{change_id} was rejected")
    return cancelled


def enqueue_health_alert(store: Store, profile: Profile, alerts: Alerts, *, source: str, url: str, state: str,
                         detail: str, now: datetime) -> int | None:
    if not alerts.channels:
        return None
    payload = render.health_payload(profile, source=source, url=url, state=state, detail=detail)
    return store.enqueue_alert(kind="health", subject=render.subject(payload), payload=payload,
                               channels=[c.name for c in alerts.channels], created_at=now)


# -- delivery ----------------------------------------------------------------------------------


async def deliver_pending(store: Store, config: Config, *, now: Callable[[], datetime] = utcnow) -> list[Delivery]:
    """Deliver every due delivery; each channel works through its own queue, so a channel that
    fails or hangs never holds back another. Never raises for a delivery's failure."""
    channels = {c.name: c for c in config.alerts.channels}
    due = store.due_deliveries(now())
    queues: dict[str, list[dict[str, Any]]] = {}
    for row in due:
        queues.setdefault(row["channel"], []).append(row)

    async def work(name: str, rows: list[dict[str, Any]]) -> list[Delivery]:
        results = []
        for row in rows:
            results.append(await _deliver(store, config.alerts, channels.get(name), row, now))
        return results

    batches = await asyncio.gather(*(work(name, rows) for name, rows in queues.items()))
    return [d for batch in batches for d in batch]


async def _deliver(store: Store, alerts: Alerts, channel: Channel | None, row: dict[str, Any],
                   now: Callable[[], datetime]) -> Delivery:
    if channel is None:
        status = store.mark_failed(row["id"], f"channel {row['channel']} is no longer configured", now(),
                                   retry=alerts.retry, max_attempts=1)
        return Delivery(row["alert_id"], row["channel"], False, status, "channel no longer configured")
    try:
        answer = await SENDERS[channel.name](channel, json.loads(row["payload"]), f"alert-{row['alert_id']}")
    except NotifyError as exc:
        status = store.mark_failed(row["id"], exc.message, now(), retry=alerts.retry, max_attempts=alerts.max_attempts)
        logger.warning("alert %s via %s: %s (%s)", row["alert_id"], channel.name, exc.message, status)
        return Delivery(row["alert_id"], channel.name, False, status, exc.message)
    store.mark_sent(row["id"], answer, now())
    logger.info("alert %s sent via %s: %s", row["alert_id"], channel.name, answer)
    return Delivery(row["alert_id"], channel.name, True, "sent", answer)


async def send_test(config: Config, profile: Profile) -> list[Delivery]:
    """A clearly marked test alert to every configured channel, now, outside the outbox."""
    payload = render.test_payload(profile.name)

    async def one(channel: Channel) -> Delivery:
        try:
            answer = await SENDERS[channel.name](channel, payload, f"test-{int(utcnow().timestamp())}")
        except NotifyError as exc:
            return Delivery(0, channel.name, False, "failed", exc.message)
        return Delivery(0, channel.name, True, "sent", answer)

    return list(await asyncio.gather(*(one(c) for c in config.alerts.channels)))
