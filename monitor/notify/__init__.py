"""Alerts: what to alert (policy), the durable outbox, and delivery to email and Slack.

    a check logs changes ──► enqueue_change_alert()  (same transaction: alerts + deliveries rows)
                                      │
    end of a check / the daemon ──► deliver_pending()  each channel in its own task, under the
                                      │                 channel's lease (one sender at a time, across
                                      │                 processes); a delivery is marked sent with the
                                      ▼                 server's answer, deferred when the server asks
                             email.py / slack.py        to wait, or retried later with a doubling delay
                                                        up to max_attempts, then left 'failed'

A crash after the changes are written but before delivery loses nothing: the pending rows are
delivered by the next run. Every delivery ends within ``DEADLINE_FACTOR`` times the channel's
timeout, however slowly its server answers. Channel senders are registered in :data:`SENDERS`
under the names the configuration uses (``kinds.CHANNEL_KINDS``).
"""
from __future__ import annotations

import asyncio
import json
import logging
import os
import socket
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from ..config import DEFAULT_ALERT_CATEGORIES, Alerts, Channel, Config, EmailChannel, SlackChannel
from ..errors import DeliveryDeferred, NotifyError
from ..store import Store, utcnow
from . import render

if TYPE_CHECKING:
    from ..profile import Profile

logger = logging.getLogger(__name__)

# a whole delivery (connect, every read, the server's answers) ends within this many times the
# channel's timeout, however slowly the server trickles its bytes
DEADLINE_FACTOR = 3
# a channel's lease outlives the delivery it covers by this much; a sender killed mid-delivery
# holds the channel at most that long (on this host, its death frees the channel at once)
LEASE_MARGIN = 30.0
_PROCESS = uuid.uuid4().hex[:8]  # tells this process from an earlier one that had the same pid


# the senders are imported when a message is sent (smtplib and email.policy cost ~8 ms at start)
async def _email(channel: Channel, payload: dict[str, Any], key: str, deadline: float) -> str:
    from .email import Guard, send_email

    assert isinstance(channel, EmailChannel)
    guard = Guard()
    task = asyncio.ensure_future(asyncio.to_thread(send_email, channel, payload, key, guard, deadline=deadline))
    task.add_done_callback(lambda done: done.cancelled() or done.exception())  # read even when abandoned
    try:
        return await asyncio.shield(task)
    except asyncio.CancelledError:
        guard.abort()  # the daemon is stopping: the thread's conversation ends now, not at the deadline
        raise


async def _slack(channel: Channel, payload: dict[str, Any], key: str, deadline: float) -> str:
    from .slack import send_slack

    assert isinstance(channel, SlackChannel)
    return await send_slack(channel, payload, key, deadline=deadline)


SENDERS: dict[str, Callable[[Channel, dict[str, Any], str, float], Awaitable[str]]] = {
    "email": _email, "slack": _slack}


def deadline_of(channel: Channel) -> float:
    return channel.timeout * DEADLINE_FACTOR


@dataclass(frozen=True)
class Delivery:
    alert_id: int
    channel: str
    ok: bool
    status: str  # sent | pending | deferred | failed
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
    fails or hangs never holds back another. Never raises for a delivery's failure.

    A channel is delivered through by one sender at a time: this call takes the channel's lease
    in the database first (another process, or another call in the daemon, holding it keeps the
    channel; the holder delivers what is due), so no delivery goes out twice. A failed or
    deferred delivery ends the channel's pass: the rest wait for the next one."""
    channels = {c.name: c for c in config.alerts.channels}
    names = sorted({row["channel"] for row in store.due_deliveries(now())})
    owner = f"{socket.gethostname()}:{os.getpid()}:{_PROCESS}:{uuid.uuid4().hex[:8]}"
    batches = await asyncio.gather(*(_work(store, config, name, channels.get(name), owner, now) for name in names))
    return [d for batch in batches for d in batch]


async def _work(store: Store, config: Config, name: str, channel: Channel | None, owner: str,
                now: Callable[[], datetime]) -> list[Delivery]:
    ttl = (deadline_of(channel) if channel else 0.0) + LEASE_MARGIN
    holder = store.claim_channel(name, owner, now(), ttl=ttl, gone=_gone)
    if holder is not None:
        logger.info("%s: another sender (%s) is delivering; it takes the due alerts too", name, holder)
        return []
    results: list[Delivery] = []
    tried: list[int] = []
    try:
        while True:
            rows = store.due_deliveries(now(), channel=name, skip=tried, limit=20)
            if not rows and store.release_channel(name, owner, now(), skip=tried):
                return results
            for row in rows:
                if store.claim_channel(name, owner, now(), ttl=ttl, gone=_gone) is not None:
                    logger.warning("%s: the delivery lease was taken over; the rest is left to its holder", name)
                    return results
                tried.append(row["id"])
                delivery = await _deliver(store, config, channel, row, now)
                results.append(delivery)
                if not delivery.ok and channel is not None:  # the server is failing or asks to wait
                    return results
    finally:
        store.release_channel(name, owner, now())


def _gone(owner: str) -> bool:
    """Whether the holder of a lease is a process of this host that no longer runs."""
    try:
        host, pid_text, process, _ = owner.rsplit(":", 3)
        pid = int(pid_text)
    except ValueError:
        return False
    if host != socket.gethostname():
        return False
    if pid == os.getpid():
        return process != _PROCESS  # an earlier process with our pid (a restarted container)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


async def _deliver(store: Store, config: Config, channel: Channel | None, row: dict[str, Any],
                   now: Callable[[], datetime]) -> Delivery:
    alerts = config.alerts
    if channel is None:
        status = store.mark_failed(row["id"], f"channel {row['channel']} is no longer configured", now(),
                                   retry=alerts.retry, max_attempts=1)
        return Delivery(row["alert_id"], row["channel"], False, status, "channel no longer configured")
    key = f"alert-{row['alert_id']}.{store.database_id()}"
    try:
        answer = await SENDERS[channel.name](channel, json.loads(row["payload"]), key, deadline_of(channel))
    except DeliveryDeferred as exc:
        cap = config.settings.retry_after_max
        after = exc.after if exc.after is not None else alerts.retry * 2 ** (row.get("deferrals") or 0)
        store.mark_deferred(row["id"], exc.message, now(), after=min(after, cap))
        logger.warning("alert %s via %s: %s (deferred %.0fs)", row["alert_id"], channel.name, exc.message,
                       min(after, cap))
        return Delivery(row["alert_id"], channel.name, False, "deferred", exc.message)
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
            answer = await SENDERS[channel.name](channel, payload, f"test-{uuid.uuid4().hex[:16]}",
                                                 deadline_of(channel))
        except NotifyError as exc:
            return Delivery(0, channel.name, False, "failed", exc.message)
        return Delivery(0, channel.name, True, "sent", answer)

    return list(await asyncio.gather(*(one(c) for c in config.alerts.channels)))
