"""The configured sources: their fetch state (validators, body hash), each check's outcome, their
health (``sources``)."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from ..config import Source
from .connection import StoreConnection, isoformat


class SourceQueries(StoreConnection):
    """One row per configured source, kept when the source leaves the config."""

    def sync_sources(self, sources: tuple[Source, ...]) -> None:
        """Make the table match the config; a source that left the config keeps its history."""
        with self.transaction():
            self.conn.execute("UPDATE sources SET in_config = 0")
            # a source whose URL changed starts afresh: its validators belong to the old URL
            self.conn.executemany(
                "INSERT INTO sources (name, url, kind, authority, in_config) VALUES (?, ?, ?, ?, 1) "
                "ON CONFLICT(name) DO UPDATE SET in_config = 1, kind = excluded.kind, authority = excluded.authority, "
                "etag = CASE WHEN url = excluded.url THEN etag END, "
                "last_modified = CASE WHEN url = excluded.url THEN last_modified END, "
                "body_hash = CASE WHEN url = excluded.url THEN body_hash END, url = excluded.url",
                [(s.name, s.url, s.kind, s.authority) for s in sources])

    def source_state(self, name: str) -> dict[str, Any]:
        """What a check needs to know of its source's last one: validators, body hash, health."""
        return self._one("SELECT etag, last_modified, body_hash, health, failures, facts_seen FROM sources "
                         "WHERE name = ?", [name]) or {}

    def record_source_check(self, name: str, *, checked_at: datetime, outcome: str, status: int | None,
                            error: str | None, elapsed: float, size: int, etag: str | None = None,
                            last_modified: str | None = None, body_hash: str | None = None) -> int:
        """Record a check's outcome; returns the failed checks in a row, this one included."""
        failed = outcome == "failed"
        row: dict[str, Any] = {
            "name": name, "last_checked": isoformat(checked_at), "last_outcome": outcome,
            "last_status": status, "last_error": error, "last_elapsed": round(elapsed, 3), "last_bytes": size,
            "checks": 1, "failures": int(failed),
        }
        if not failed and status != 304:
            row.update(etag=etag, last_modified=last_modified, body_hash=body_hash)
        if outcome == "changed":
            row["last_changed"] = isoformat(checked_at)
        updates = ", ".join(f"{c} = excluded.{c}" for c in row if c not in ("name", "checks", "failures"))
        cursor = self.conn.execute(
            f"INSERT INTO sources ({', '.join(row)}) VALUES ({', '.join('?' * len(row))}) "
            f"ON CONFLICT(name) DO UPDATE SET {updates}, checks = coalesce(checks, 0) + 1, "
            f"failures = CASE WHEN excluded.failures THEN coalesce(failures, 0) + 1 ELSE 0 END RETURNING failures",
            list(row.values()))
        return int(cursor.fetchone()[0])

    def list_sources(self) -> list[dict[str, Any]]:
        return self._rows("SELECT * FROM sources ORDER BY in_config DESC, name")

    def set_health(self, name: str, *, health: str | None = None, facts_seen: int | None = None) -> None:
        row: dict[str, Any] = {"name": name}
        if health is not None:
            row["health"] = health
        if facts_seen is not None:
            row["facts_seen"] = facts_seen
        self._upsert("sources", row, ("name",))
