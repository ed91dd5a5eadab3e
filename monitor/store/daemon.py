"""What the daemon keeps in the database: its heartbeat (is it running, since when, its last
successful check) and each source's next scheduled check."""
from __future__ import annotations

import os
from datetime import datetime
from typing import Any

from .connection import StoreConnection, isoformat, parse_iso


class DaemonQueries(StoreConnection):
    """The daemon's heartbeat and schedule."""

    def record_heartbeat(self, *, pid: int, started_at: datetime, now: datetime, last_success: datetime | None,
                         running: bool) -> None:
        """The daemon's heartbeat; its last one (``running=False``) also forgets the scheduled checks."""
        with self.transaction():
            self._upsert("daemon", {
                "id": 1, "pid": pid, "started_at": isoformat(started_at), "heartbeat_at": isoformat(now),
                "last_success": isoformat(last_success) if last_success else None, "running": int(running)}, ("id",))
            if not running:
                self.conn.execute("UPDATE sources SET next_check = NULL WHERE next_check IS NOT NULL")

    def daemon_state(self) -> dict[str, Any] | None:
        return self._one("SELECT * FROM daemon WHERE id = 1", [])

    def running_daemon(self) -> dict[str, Any] | None:
        """The daemon's state while it runs. One marked running whose process is gone (killed, or
        stopped on a full disk that took no last write) is not running."""
        state = self.daemon_state()
        if not state or not state["running"]:
            return None
        try:
            os.kill(int(state["pid"]), 0)
        except ProcessLookupError:
            return None
        except (PermissionError, OverflowError, ValueError, TypeError):
            pass  # another user's process: alive
        return state

    def last_success(self) -> datetime | None:
        row = self.conn.execute("SELECT max(last_checked) FROM sources WHERE last_outcome != 'failed'").fetchone()
        return parse_iso(row[0]) if row and row[0] else None

    def set_next_check(self, name: str, when: datetime | None) -> None:
        with self.transaction():
            self.conn.execute("UPDATE sources SET next_check = ? WHERE name = ?",
                            [isoformat(when) if when else None, name])
