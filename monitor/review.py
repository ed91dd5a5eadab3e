"""Reviewing the change log: a person accepts or rejects each change the machine logged.

    accept ──► the review is kept (the audit trail) and put on the change; with
               ``[alerts] after_review`` the change's alert is written now (it was held until then)
    reject ──► the review is kept and put on the change; the change is undone in the baseline (the
               value before it is current again, other slots are not touched: ``Store.undo_change``);
               its alerts not sent yet are withdrawn (``notify.withdraw_change``); the same claim from
               the same document is never raised again (``diff.withhold_rejected`` in the pipeline)

Every step of one review lands in one transaction.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .errors import ReviewError
from .notify import enqueue_change_alert, withdraw_change

if TYPE_CHECKING:
    from .config import Config
    from .profile import Profile
    from .store import Store

VERDICTS = ("accepted", "rejected")


@dataclass(frozen=True)
class Review:
    """What one review did."""

    change: dict[str, Any]  # the change as it was before the review
    verdict: str
    by: str
    at: datetime
    note: str | None
    baseline: dict[str, list[str]] = field(default_factory=dict)  # removed / restored / kept values
    cancelled: int = 0  # deliveries withdrawn
    alert_id: int | None = None  # the alert written on acceptance (after_review)


def review_change(store: Store, config: Config, profile: Profile, change_id: int, verdict: str, *, by: str,
                  note: str | None, now: datetime) -> Review:
    """Accept or reject one logged change (see the module docstring)."""
    if verdict not in VERDICTS:
        raise ReviewError(f"a review is one of {', '.join(VERDICTS)}, not {verdict!r}")
    with store.transaction():
        change = store.change(change_id)
        if change is None:
            raise ReviewError(f"no change #{change_id} in the log (`monitor log` lists them)", change_id=change_id)
        if change["review"] == "rejected" and verdict == "accepted":
            raise ReviewError(f"change #{change_id} was rejected by {change['reviewed_by']} on "
                              f"{change['reviewed_at'][:10]} and taken out of the baseline; it cannot be accepted "
                              "again (a newer document stating it makes a new change)", change_id=change_id)
        undone: dict[str, list[str]] = {}
        cancelled = 0
        if verdict == "rejected" and change["review"] != "rejected":
            undone = store.undo_change(change, now)
            cancelled = withdraw_change(store, change_id)
        store.record_review(change_id, verdict=verdict, by=by, at=now, note=note, baseline=undone or None)
        alert_id = None
        if verdict == "accepted" and config.alerts.after_review:
            document = store.document(change["url"]) or {}
            alert_id = enqueue_change_alert(
                store, profile, config.alerts, [change_id],
                document={"id": change["document_id"], "url": change["url"], "title": document.get("title") or "",
                          "outlet": change["outlet"], "source": change["source"], "published": change["published"]},
                now=now)
    return Review(change, verdict, by, now, note, undone, cancelled, alert_id)
