"""People's reviews of logged changes (``reviews``, the audit trail; the latest also on the change),
and taking a rejected change back out of the baseline."""
from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from .connection import StoreConnection, _pk, isoformat


class ReviewQueries(StoreConnection):
    """Reviews of changes, and undoing a rejected one."""

    def change(self, change_id: int) -> dict[str, Any] | None:
        return self._one("SELECT c.*, (SELECT count(*) FROM evidence e WHERE e.change_id = c.id) AS corroborations "
                         "FROM changes c WHERE c.id = ?", [change_id])

    def unreviewed_changes(self) -> list[dict[str, Any]]:
        return self._rows("SELECT c.*, (SELECT count(*) FROM evidence e WHERE e.change_id = c.id) AS corroborations "
                          "FROM changes c WHERE c.review IS NULL ORDER BY c.detected_at DESC, c.id DESC")

    def record_review(self, change_id: int, *, verdict: str, by: str, at: datetime, note: str | None,
                      baseline: dict[str, Any] | None = None) -> int:
        """Keep the review (the audit trail) and put it on the change."""
        when = isoformat(at)
        review_id = _pk(self._insert("reviews", {
            "change_id": change_id, "verdict": verdict, "reviewed_by": by, "reviewed_at": when, "note": note,
            "baseline": json.dumps(baseline, ensure_ascii=False) if baseline else None}))
        self._update("changes", "id", change_id, {"review": verdict, "reviewed_by": by, "reviewed_at": when,
                                                  "review_note": note})
        return review_id

    def reviews(self, change_id: int) -> list[dict[str, Any]]:
        return self._rows("SELECT * FROM reviews WHERE change_id = ? ORDER BY id", [change_id])

    def undo_change(self, change: dict[str, Any], now: datetime) -> dict[str, list[str]]:
        """Take a change back out of the baseline: the values it brought go, and the values it
        ended are current again unless the slot has moved on since (a later change of the same
        slot stays; other slots are not touched). Says what it removed, restored and kept."""
        slot, change_id = change["slot"], change["id"]
        brought = self._rows("SELECT key, value FROM baseline WHERE slot = ? AND change_id = ?", [slot, change_id])
        self.conn.execute("DELETE FROM baseline WHERE slot = ? AND change_id = ?", [slot, change_id])
        self.conn.execute("DELETE FROM history WHERE change_id = ?", [change_id])
        restored: list[str] = []
        kept: list[str] = []
        for period in self._rows("SELECT * FROM history WHERE ended_by = ? ORDER BY id", [change_id]):
            # a removed value comes back unless it is held again; a replaced one unless the slot moved on
            if change["kind"] == "removed":
                taken = self._rows("SELECT value FROM baseline WHERE slot = ? AND key = ?", [slot, period["key"]])
            else:
                taken = self._rows("SELECT value FROM baseline WHERE slot = ?", [slot])
            if taken:
                kept.extend(r["value"] for r in taken)
                continue
            self._update("history", "id", period["id"], {"until": None, "ended_by": None})
            self._upsert("baseline", {
                "slot": slot, "key": period["key"], "value": period["value"],
                "as_of": period["as_of"] or period["since"],
                "url": period["url"], "quote": period["quote"], "number": period["number"],
                "change_id": period["change_id"], "updated_at": isoformat(now)}, ("slot", "key"))
            restored.append(period["value"])
        self._baseline = None  # the kept copy no longer matches
        return {"removed": [r["value"] for r in brought], "restored": restored, "kept": kept}

    def rejected_claims(self, url: str) -> list[dict[str, Any]]:
        """What rejected changes from the document at ``url`` claimed: never raised again from it."""
        return self._rows("SELECT slot, kind, old, new FROM changes WHERE url = ? AND review = 'rejected'", [url])
