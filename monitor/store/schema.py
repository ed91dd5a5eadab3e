"""The schema: its migration steps, how a database is brought up to date, and what SQLite's errors
mean for the user. Each step is applied once, in order; ``PRAGMA user_version`` counts those applied.
A step is never edited once released (existing databases ran it): a schema change is a new step."""
from __future__ import annotations

import os
import sqlite3
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

from ..errors import StoreError


def m001_sources_documents_texts(db: Database) -> None:
    db.table("sources").create({
        "name": str, "url": str, "kind": str, "authority": str, "in_config": int,
        "etag": str, "last_modified": str, "body_hash": str,
        "last_checked": str, "last_outcome": str, "last_status": int, "last_error": str,
        "last_elapsed": float, "last_bytes": int, "last_changed": str,
        "checks": int, "failures": int,
    }, pk="name", defaults={"checks": 0, "failures": 0, "in_config": 1})
    db.table("documents").create({
        "id": int, "url": str, "source": str, "role": str, "title": str,
        "published": str, "date_source": str, "first_seen": str, "last_checked": str,
        "etag": str, "last_modified": str, "body_hash": str, "text_hash": str,
        "last_status": int, "last_error": str, "next_check": str,
    }, pk="id", not_null={"url"})
    db.table("documents").create_index(["url"], unique=True)
    db.table("documents").create_index(["source", "role"])
    db.table("texts").create({"hash": str, "size": int, "body": bytes}, pk="hash")
    db.table("versions").create({"id": int, "document_id": int, "text_hash": str, "seen_at": str},
                          pk="id", foreign_keys=[("document_id", "documents", "id")])
    db.table("versions").create_index(["document_id", "id"])


def m002_facts_baseline_changes(db: Database) -> None:
    db.table("facts").create({
        "id": int, "document_id": int, "slot": str, "key": str, "value": str, "role": str, "as_of": str,
        "quote": str, "number": float, "qualifier": str, "seen_at": str,
    }, pk="id", foreign_keys=[("document_id", "documents", "id")])
    db.table("facts").create_index(["document_id", "slot", "key", "role"], unique=True)
    db.table("changes").create({
        "id": int, "detected_at": str, "slot": str, "category": str, "kind": str, "old": str, "new": str,
        "quote": str, "url": str, "source": str, "outlet": str, "published": str, "as_of": str,
        "confidence": str, "document_id": int,
    }, pk="id")
    db.table("changes").create_index(["detected_at"])
    db.table("baseline").create({
        "slot": str, "key": str, "value": str, "as_of": str, "url": str, "quote": str, "number": float,
        "change_id": int, "updated_at": str,
    }, pk=("slot", "key"))
    db.table("evidence").create({
        "id": int, "change_id": int, "url": str, "quote": str, "outlet": str, "published": str,
        "official": int, "seen_at": str,
    }, pk="id", foreign_keys=[("change_id", "changes", "id")])
    db.table("evidence").create_index(["change_id", "url"], unique=True)
    db.table("documents").add_column("outlet", str)


def m003_outbox_and_health(db: Database) -> None:
    db.table("alerts").create({"id": int, "kind": str, "created_at": str, "document_id": int, "subject": str,
                               "payload": str}, pk="id")
    db.table("deliveries").create({
        "id": int, "alert_id": int, "channel": str, "status": str, "attempts": int, "next_attempt": str,
        "last_error": str, "response": str, "sent_at": str,
    }, pk="id", foreign_keys=[("alert_id", "alerts", "id")], defaults={"attempts": 0, "status": "pending"})
    db.table("deliveries").create_index(["status", "next_attempt"])
    db.table("deliveries").create_index(["alert_id", "channel"], unique=True)
    db.table("alert_changes").create({"alert_id": int, "change_id": int}, pk=("alert_id", "change_id"))
    db.table("sources").add_column("health", str)
    db.table("sources").add_column("facts_seen", int)


def m004_daemon(db: Database) -> None:
    db.table("daemon").create({"id": int, "pid": int, "started_at": str, "heartbeat_at": str, "last_success": str,
                               "running": int}, pk="id")
    db.table("sources").add_column("next_check", str)


def m005_reviews_and_history(db: Database) -> None:
    for column in ("review", "reviewed_by", "reviewed_at", "review_note"):
        db.table("changes").add_column(column, str)
    db.table("reviews").create({"id": int, "change_id": int, "verdict": str, "reviewed_by": str, "reviewed_at": str,
                                "note": str, "baseline": str},
                               pk="id", foreign_keys=[("change_id", "changes", "id")])
    db.table("reviews").create_index(["change_id"])
    db.table("changes").create_index(["url"])
    db.table("history").create({
        "id": int, "slot": str, "key": str, "value": str, "since": str, "as_of": str, "until": str, "url": str,
        "quote": str, "number": float, "change_id": int, "ended_by": int}, pk="id")
    db.table("history").create_index(["slot", "key", "until"])
    db.table("history").create_index(["change_id"])
    db.table("history").create_index(["ended_by"])
    # the periods we can still tell: what the baseline holds now, and each value a logged change replaced
    db.execute("INSERT INTO history (slot, key, value, since, as_of, url, quote, number, change_id) "
               "SELECT slot, key, value, as_of, as_of, url, quote, number, change_id FROM baseline")
    changes = db.execute("SELECT id, slot, old, as_of FROM changes WHERE old IS NOT NULL ORDER BY id").fetchall()
    for change_id, slot, old, until in changes:
        brought = db.execute("SELECT id, as_of, url, quote FROM changes WHERE slot = ? AND new = ? AND id < ? "
                             "ORDER BY id DESC LIMIT 1", [slot, old, change_id]).fetchone()
        fact = db.execute("SELECT key FROM facts WHERE slot = ? AND value = ? ORDER BY id DESC LIMIT 1",
                          [slot, old]).fetchone()
        db.execute("INSERT INTO history (slot, key, value, since, as_of, until, url, quote, change_id, ended_by) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   [slot, fact[0] if fact else old.casefold(), old, brought[1] if brought else None,
                    brought[1] if brought else None, until, brought[2] if brought else None,
                    brought[3] if brought else None, brought[0] if brought else None, change_id])
    db.execute("""CREATE VIEW mandate_changes AS
        SELECT c.id, c.published, c.slot, c.category, c.kind,
               CASE c.kind WHEN 'added' THEN '+ ' || c.new WHEN 'removed' THEN '- ' || c.old
                           ELSE c.old || ' -> ' || c.new END AS change,
               c.old, c.new, c.confidence, coalesce(c.review, 'unreviewed') AS review, c.reviewed_by,
               c.review_note, coalesce(c.outlet, c.source) AS outlet, c.quote, c.url, c.detected_at,
               (SELECT count(*) FROM evidence e WHERE e.change_id = c.id) AS corroborations
        FROM changes c""")


def m006_delivery_leases(db: Database) -> None:
    db.table("delivery_leases").create({"channel": str, "owner": str, "acquired_at": str, "expires_at": str},
                                       pk="channel")
    db.table("deliveries").add_column("deferrals", int, not_null_default=0)
    db.table("meta").create({"key": str, "value": str}, pk="key")
    db.execute("INSERT INTO meta (key, value) VALUES ('database_id', ?)", [uuid.uuid4().hex[:16]])


# The schema's steps, in order; PRAGMA user_version counts those applied. sqlite-utils runs them
# (and is imported) only when the file is behind: the common start-up skips its import.
MIGRATIONS = (m001_sources_documents_texts, m002_facts_baseline_changes, m003_outbox_and_health, m004_daemon,
              m005_reviews_and_history, m006_delivery_leases)


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    """Apply the missing steps, each in its own transaction together with the new user_version: a
    crash or a failing step leaves the schema of the last whole step, never half of one. The
    version is read again under the write lock, so two processes starting at once take turns."""
    from sqlite_utils import Database

    db = Database(conn, execute_plugins=False)
    for version, step in enumerate(MIGRATIONS, 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            current = _schema_version(conn)
            if current < version:
                step(db)
                conn.execute(f"PRAGMA user_version = {version}")
        except Exception as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.DatabaseError) and _code(exc) in _NOT_A_SCHEMA_PROBLEM:
                raise
            raise StoreError(f"{path}: upgrading the database failed at step {version} ({step.__name__}): {exc}; "
                             f"it stays at schema version {version - 1}, unchanged by that step",
                             path=str(path)) from exc
        conn.execute("COMMIT")


def _schema_version(conn: sqlite3.Connection) -> int:
    """The steps applied. A file the earlier runner left half upgraded (user_version 0, its steps
    listed in sqlite-utils' _sqlite_migrations table) counts those steps."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version == 0 and conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'").fetchone():
        names = {step.__name__ for step in MIGRATIONS}
        recorded = {row[0] for row in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = 'mandate-monitor'")}
        while version < len(MIGRATIONS) and MIGRATIONS[version].__name__ in recorded & names:
            version += 1
    return version


# SQLite's primary result codes this module explains in words (sqlite3.Error.sqlite_errorcode & 0xFF)
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN = (
    5, 6, 8, 10, 11, 13, 14)
SQLITE_NOTADB = 26
_NOT_A_SCHEMA_PROBLEM = {SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL,
                         SQLITE_CANTOPEN, SQLITE_NOTADB}


def _code(exc: sqlite3.Error) -> int:
    return int(getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF


def explain(exc: sqlite3.Error, path: Path, busy_timeout: float) -> str:
    """What an SQLite error means for the user, in one line, with what to do about it."""
    code = _code(exc)
    if code == SQLITE_NOTADB and not _has_sqlite_header(path):
        return f"not an SQLite database ({exc}): is the path right?"
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return (f"the database is damaged ({exc}); check it with: sqlite3 {path} 'PRAGMA integrity_check' "
                "and restore a backup if it does not say ok")
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return (f"database busy: another process (the daemon, a check) held its lock for more than "
                f"{busy_timeout:g}s; try again ({exc})")
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    if code == SQLITE_READONLY or (code == SQLITE_CANTOPEN and not writable):
        return (f"the database or its folder is read-only ({exc}); reading commands work, writing needs "
                "write access to the file and its folder")
    if code == SQLITE_FULL:
        return f"the disk is full ({exc}); nothing was half written, free some space"
    return str(exc)


def _has_sqlite_header(path: Path) -> bool:
    try:
        with open(path, "rb") as file:
            return file.read(16) == b"SQLite format 3\0"
    except OSError:
        return False
