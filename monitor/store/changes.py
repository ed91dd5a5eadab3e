"""What the documents state and what changed: the facts, the baseline (each slot's current value)
and its history (every period a value held), the change log, the evidence that corroborates a
change, and the change log as read by the Atom feed and the timeline."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from ..diff import Baseline, DiffResult, Held, Origin
from ..models import Fact
from .connection import StoreConnection, _day, _parse_day, _pk, isoformat


@dataclass(frozen=True)
class AppliedDiff:
    """What writing a diff did: the id of every change it logged (one per change, in the diff's
    order; two removals in one slot are two ids) and of the earlier changes it confirmed."""

    changes: tuple[int, ...] = ()
    confirmed: tuple[int, ...] = ()


class ChangeQueries(StoreConnection):
    """Facts, the baseline and its history, the change log and its evidence."""

    def save_facts(self, document_id: int, facts: list[Fact], seen_at: datetime) -> None:
        """The facts a document's current text states (earlier ones of the same document go)."""
        self.conn.execute("DELETE FROM facts WHERE document_id = ?", [document_id])
        self._insert_many("facts", [{
            "document_id": document_id, "slot": f.slot, "key": f.key, "value": f.value, "role": f.role,
            "as_of": _day(f.as_of), "quote": f.quote, "number": f.number, "qualifier": f.qualifier,
            "seen_at": isoformat(seen_at)} for f in facts], ignore=True)

    def baseline(self) -> Baseline:
        """The baseline, read once and kept while no other connection commits (SQLite's
        data_version tells); this connection's own writes are applied to the kept copy too. A sweep
        asks for it for every document."""
        version = self.conn.execute("PRAGMA data_version").fetchone()[0]
        if self._baseline is None or self._baseline[0] != version:
            self._baseline = (version, self._read_baseline())
        return self._baseline[1]

    def _mirror(self, drop: list[tuple[str, str]], hold: list[Held]) -> None:
        """Apply baseline writes to the kept copy (a rollback drops the copy: see transaction())."""
        if self._baseline is None:
            return
        held = self._baseline[1]
        for slot, key in drop:
            held[slot] = [h for h in held.get(slot, []) if h.key != key]
        for value in hold:
            rows = [h for h in held.get(value.slot, []) if h.key != value.key]
            held[value.slot] = sorted([*rows, value], key=lambda h: (h.as_of or date.min, h.key))

    def _read_baseline(self) -> Baseline:
        held: Baseline = {}
        for row in self.baseline_rows():
            held.setdefault(row["slot"], []).append(Held(
                slot=row["slot"], key=row["key"], value=row["value"], as_of=_parse_day(row["as_of"]),
                url=row["url"], quote=row["quote"], number=row["number"], change_id=row["change_id"]))
        return held

    def baseline_rows(self) -> list[dict[str, Any]]:
        return self._rows("SELECT * FROM baseline ORDER BY slot, as_of, key")

    def baseline_is_empty(self) -> bool:
        return self.conn.execute("SELECT count(*) FROM baseline").fetchone()[0] == 0

    def apply_diff(self, result: DiffResult, origin: Origin, *, document_id: int | None, detected_at: datetime,
                   categories: dict[str, str], log_changes: bool = True) -> AppliedDiff:
        """Write a diff: changes (unless seeding), the baseline and its history, corroborating
        evidence."""
        now = isoformat(detected_at)
        logged: list[int] = []
        brought: dict[tuple[str, str], int] = {}  # (slot, value) -> the change that added it
        ended: dict[tuple[str, str], tuple[str | None, int | None]] = {}  # (slot, old value) -> (until, change)
        for change in result.changes:
            change_id = None
            if log_changes:
                change_id = _pk(self._insert("changes", {
                    "detected_at": now, "slot": change.slot, "category": categories.get(change.slot, "info"),
                    "kind": change.kind, "old": change.old, "new": change.new, "quote": change.quote,
                    "url": origin.url, "source": origin.source, "outlet": origin.outlet,
                    "published": _day(origin.published), "as_of": _day(change.as_of),
                    "confidence": change.confidence, "document_id": document_id}))
                logged.append(change_id)
                if change.new is not None:
                    brought[(change.slot, change.new)] = change_id
            if change.old is not None:
                ended[(change.slot, change.old)] = (_day(change.as_of or origin.published), change_id)
        for slot, key in result.drop:
            row = self._one("SELECT value FROM baseline WHERE slot = ? AND key = ?", [slot, key])
            self.conn.execute("DELETE FROM baseline WHERE slot = ? AND key = ?", [slot, key])
            until, ended_by = ended.get((slot, row["value"] if row else ""), (_day(origin.published), None))
            self.conn.execute("UPDATE history SET until = ?, ended_by = ? WHERE slot = ? AND key = ? AND until IS NULL",
                              [until, ended_by, slot, key])
        mirrored: list[Held] = []
        for held in result.hold:
            brought_by = brought.get((held.slot, held.value), held.change_id)
            mirrored.append(replace(held, change_id=brought_by))
            self._upsert("baseline", {
                "slot": held.slot, "key": held.key, "value": held.value, "as_of": _day(held.as_of),
                "url": held.url, "quote": held.quote, "number": held.number, "change_id": brought_by,
                "updated_at": now}, ("slot", "key"))
            self._open_period(held, brought_by)
        self._mirror(result.drop, mirrored)
        confirmed = [held.change_id for held, fact in result.corroborations
                     if held.change_id is not None and held.url != origin.url
                     and self._corroborate(held.change_id, fact, origin, now)]
        return AppliedDiff(tuple(logged), tuple(confirmed))

    def _open_period(self, held: Held, change_id: int | None) -> None:
        """A value the baseline holds has an open period in ``history``: a new one, or the open
        one with its newer date."""
        cursor = self.conn.execute("UPDATE history SET as_of = ? WHERE slot = ? AND key = ? AND until IS NULL",
                                   [_day(held.as_of), held.slot, held.key])
        if cursor.rowcount == 0:
            self._insert("history", {
                "slot": held.slot, "key": held.key, "value": held.value, "since": _day(held.as_of),
                "as_of": _day(held.as_of), "url": held.url, "quote": held.quote, "number": held.number,
                "change_id": change_id})

    def _corroborate(self, change_id: int, fact: Fact, origin: Origin, now: str) -> bool:
        """Attach the evidence; an official source or a second outlet confirms the change.
        True when this evidence is what confirmed it."""
        self._insert("evidence", {
            "change_id": change_id, "url": origin.url, "quote": fact.quote, "outlet": origin.outlet,
            "published": _day(origin.published), "official": int(origin.official), "seen_at": now}, ignore=True)
        change = self._one("SELECT * FROM changes WHERE id = ?", [change_id])
        assert change is not None
        if change["confidence"] == "confirmed":
            return False
        if origin.official or (origin.outlet and origin.outlet != change["outlet"]):
            self._update("changes", "id", change_id, {"confidence": "confirmed"})
            return True
        return False

    def change_rows(self, ids: list[int]) -> list[dict[str, Any]]:
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        return self._rows(f"SELECT * FROM changes WHERE id IN ({marks}) ORDER BY id", ids)

    def changes(self, *, since: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        sql = ("SELECT c.*, (SELECT count(*) FROM evidence e WHERE e.change_id = c.id) AS corroborations "
               "FROM changes c WHERE (:since IS NULL OR c.detected_at >= :since) "
               "ORDER BY c.detected_at DESC, c.id DESC")
        if limit:
            sql += f" LIMIT {int(limit)}"
        return self._rows(sql, {"since": since})

    def feed_changes(self, *, min_confidence: str = "reported", limit: int = 200) -> list[dict[str, Any]]:
        """The newest changes for the Atom feed: none a person rejected; only confirmed ones when asked."""
        return self._rows(
            "SELECT c.*, d.title FROM changes c LEFT JOIN documents d ON d.id = c.document_id "
            "WHERE coalesce(c.review, '') != 'rejected' AND (:min = 'reported' OR c.confidence = 'confirmed') "
            "ORDER BY c.detected_at DESC, c.id DESC LIMIT :limit", {"min": min_confidence, "limit": limit})


    def history_rows(self, slot: str | None = None) -> list[dict[str, Any]]:
        """Every period a value held in the baseline, per slot from the oldest."""
        return self._rows(
            "SELECT h.*, c.review, c.kind AS change_kind, c.old AS change_old, c.url AS change_url "
            "FROM history h LEFT JOIN changes c ON c.id = h.change_id "
            "WHERE (:slot IS NULL OR h.slot = :slot) ORDER BY h.slot, coalesce(h.since, ''), h.id", {"slot": slot})
