"""The alert outbox: alerts (written in the check's transaction, with the changes they carry), one
delivery per alert and channel with its attempts and retries, the per-channel delivery leases
(one sender per channel across processes), and the database id Message-IDs carry."""
from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from ..errors import StoreError
from .connection import StoreConnection, _pk, isoformat


class OutboxQueries(StoreConnection):
    """Alerts, their deliveries and the channel leases."""

    def open_alerts_carrying(self, change_id: int) -> list[dict[str, Any]]:
        """The alerts carrying a change that some channel has not sent yet."""
        return self._rows(
            "SELECT a.id, a.subject, a.payload FROM alerts a JOIN alert_changes ac ON ac.alert_id = a.id "
            "WHERE ac.change_id = ? AND EXISTS (SELECT 1 FROM deliveries d WHERE d.alert_id = a.id "
            "AND d.status = 'pending') ORDER BY a.id", [change_id])

    def cancel_alert(self, alert_id: int, reason: str) -> int:
        """Its deliveries not sent yet are cancelled (never sent); returns how many."""
        return self.conn.execute("UPDATE deliveries SET status = 'cancelled', last_error = ? "
                                 "WHERE alert_id = ? AND status = 'pending'", [reason, alert_id]).rowcount

    def rewrite_alert(self, alert_id: int, *, without: int, subject: str, payload: dict[str, Any]) -> None:
        """The alert no longer carries change ``without``; its message is ``subject`` and ``payload``."""
        self._update("alerts", "id", alert_id, {"subject": subject,
                                                "payload": json.dumps(payload, ensure_ascii=False)})
        self.conn.execute("DELETE FROM alert_changes WHERE alert_id = ? AND change_id = ?", [alert_id, without])

    def enqueue_alert(self, *, kind: str, subject: str, payload: dict[str, Any], channels: list[str],
                      created_at: datetime, change_ids: Sequence[int] = (), document_id: int | None = None) -> int:
        """An alert and one pending delivery per channel; call it inside the check's transaction."""
        alert_id = _pk(self._insert("alerts", {
            "kind": kind, "created_at": isoformat(created_at), "document_id": document_id, "subject": subject,
            "payload": json.dumps(payload, ensure_ascii=False)}))
        due = isoformat(created_at)
        self._insert_many("deliveries", [{"alert_id": alert_id, "channel": channel, "status": "pending",
                                          "attempts": 0, "next_attempt": due} for channel in channels])
        self._insert_many("alert_changes", [{"alert_id": alert_id, "change_id": c} for c in change_ids])
        return alert_id

    def alerted_changes(self, change_ids: list[int]) -> set[int]:
        """Those of ``change_ids`` some alert already carries."""
        if not change_ids:
            return set()
        marks = ",".join("?" * len(change_ids))
        return {r["change_id"] for r in self._rows(
            f"SELECT change_id FROM alert_changes WHERE change_id IN ({marks})", change_ids)}

    def due_deliveries(self, now: datetime, *, channel: str | None = None, skip: Sequence[int] = (),
                       limit: int = 100) -> list[dict[str, Any]]:
        """Pending deliveries whose attempt is due (of one channel, leaving out the ids in ``skip``)."""
        marks = ",".join("?" * len(skip))
        return self._rows(
            "SELECT d.*, a.kind, a.subject, a.payload, a.created_at "
            "FROM deliveries d JOIN alerts a ON a.id = d.alert_id "
            "WHERE d.status = 'pending' AND d.next_attempt <= ? AND (? IS NULL OR d.channel = ?) "
            f"AND d.id NOT IN ({marks}) ORDER BY d.next_attempt, d.id LIMIT ?",
            [isoformat(now), channel, channel, *skip, limit])

    def database_id(self) -> str:
        """A random id given to this database once (Message-IDs carry it, so two databases' first
        alerts differ)."""
        row = self._one("SELECT value FROM meta WHERE key = 'database_id'", [])
        if row is None:
            raise StoreError(f"{self.path}: the database has no id (table meta)", path=str(self.path))
        return str(row["value"])

    def claim_channel(self, channel: str, owner: str, now: datetime, *, ttl: float,
                      gone: Callable[[str], bool] = lambda owner: False) -> str | None:
        """Take (or renew) the lease to deliver through ``channel`` until ``now + ttl``: one sender
        per channel at a time, across processes. Returns None when the lease is ours, else its
        holder. An expired lease, or one whose holder is ``gone``, is taken over."""
        with self.transaction():
            row = self._one("SELECT owner, expires_at FROM delivery_leases WHERE channel = ?", [channel])
            if row is not None and row["owner"] != owner and row["expires_at"] > isoformat(now) \
                    and not gone(row["owner"]):
                return str(row["owner"])
            self._upsert("delivery_leases", {"channel": channel, "owner": owner, "acquired_at": isoformat(now),
                                             "expires_at": isoformat(now + timedelta(seconds=ttl))}, ("channel",))
        return None

    def release_channel(self, channel: str, owner: str, now: datetime, *, skip: Sequence[int] | None = None) -> bool:
        """Give the lease up. With ``skip`` (the deliveries this sender has tried), only when no
        other delivery of the channel is due, in the same transaction: a delivery another process
        queued while we held the lease is either seen here or finds the lease free. False when
        the lease is kept because deliveries are due."""
        with self.transaction():
            if skip is not None and self.due_deliveries(now, channel=channel, skip=skip, limit=1):
                return False
            self.conn.execute("DELETE FROM delivery_leases WHERE channel = ? AND owner = ?", [channel, owner])
        return True

    def mark_sent(self, delivery_id: int, response: str, now: datetime) -> None:
        with self.transaction():
            self.conn.execute("UPDATE deliveries SET status = 'sent', response = ?, sent_at = ?, "
                            "attempts = attempts + 1, last_error = NULL WHERE id = ?",
                            [response, isoformat(now), delivery_id])

    def mark_failed(self, delivery_id: int, error: str, now: datetime, *, retry: float, max_attempts: int) -> str:
        """Count a failed attempt: pending again after a doubling delay, or failed for good.
        Returns the new status."""
        with self.transaction():
            row = self._one("SELECT * FROM deliveries WHERE id = ?", [delivery_id])
            assert row is not None
            attempts = (row["attempts"] or 0) + 1
            status = "failed" if attempts >= max_attempts else "pending"
            delay = retry * 2 ** (attempts - 1)
            self._update("deliveries", "id", delivery_id, {
                "attempts": attempts, "status": status, "last_error": error,
                "next_attempt": isoformat(now + timedelta(seconds=delay))})
        return status

    def mark_deferred(self, delivery_id: int, error: str, now: datetime, *, after: float) -> None:
        """The server asked to try later (SMTP 4xx, HTTP 429 or 503): pending until ``after``
        seconds from now; not a failed attempt."""
        with self.transaction():
            self.conn.execute("UPDATE deliveries SET deferrals = coalesce(deferrals, 0) + 1, last_error = ?, "
                              "next_attempt = ? WHERE id = ?",
                              [error, isoformat(now + timedelta(seconds=after)), delivery_id])

    def delivery_states(self, change_ids: list[int]) -> dict[int, dict[str, str]]:
        """change id -> {channel: status} of the alerts carrying it."""
        if not change_ids:
            return {}
        marks = ",".join("?" * len(change_ids))
        states: dict[int, dict[str, str]] = {}
        for row in self._rows(
                f"SELECT ac.change_id, d.channel, d.status FROM alert_changes ac "
                f"JOIN deliveries d ON d.alert_id = ac.alert_id WHERE ac.change_id IN ({marks}) ORDER BY d.id",
                change_ids):
            states.setdefault(row["change_id"], {})[row["channel"]] = row["status"]
        return states

    def alert_rows(self, limit: int) -> list[dict[str, Any]]:
        return self._rows(
            "SELECT a.id AS alert_id, a.created_at, a.subject, d.channel, d.status, d.attempts, d.deferrals, "
            "d.next_attempt, d.last_error, d.response FROM alerts a JOIN deliveries d ON d.alert_id = a.id "
            "ORDER BY a.id DESC, d.channel LIMIT ?", [limit])

    def outbox_counts(self) -> dict[str, int]:
        return {r["status"]: r["n"] for r in self._rows(
            "SELECT status, count(*) AS n FROM deliveries GROUP BY status")}
