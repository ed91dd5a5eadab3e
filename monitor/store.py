"""The SQLite store: the schema, its migrations and every query. Nothing else writes SQL.

Tables (schema version in ``PRAGMA user_version``, one step per migration below):

    sources     one row per configured source, kept when the source leaves the config:
                fetch state (ETag, Last-Modified, body hash) and the last check's outcome
    documents   every page and article ever checked: URL, title, publication date, fetch
                state, text hash, when it is next due for a re-check
    texts       the distinct main texts, zlib-compressed, keyed by their SHA-256
    versions    one row each time a document's main text became different
    facts       every mandate fact a document stated, with its sentence (the evidence)
    baseline    what we know now: each slot's current value(s), the date they hold from, and
                the document and sentence that state them
    changes     the change log: slot, kind, old -> new, quote, URL, date, confidence
    evidence    later documents that stated a logged change again (corroboration)
    alerts      the outbox: one alert per document's changes (or per health event), with the data
                its messages are rendered from; written in the same transaction as the changes
    deliveries  one row per alert and channel: pending, sent (with the server's answer) or failed,
                attempts, when the next attempt is due, the last error
    alert_changes  which changes an alert carries
    reviews     every review of a change (accepted or rejected, by whom, when, why): the audit
                trail; the latest one is also on the change itself (``changes.review``...)
    history     every period a value held in the baseline: since, until, the evidence and the
                changes that began and ended it (the timeline; and what a rejection restores)
    mandate_changes  a view of the change log for people (Datasette): review state spelled out
    delivery_leases  one row per channel while a process delivers through it: the owner and when
                the lease expires (one sender per channel at a time, across processes)
    meta        values stored once per database: its random id (part of every Message-ID)

The file is in WAL mode, so ``monitor log`` or Datasette can read while a check writes; the busy
timeout lets two writers (the daemon and a manual ``monitor check``) take turns.
"""
from __future__ import annotations

import itertools
import json
import os
import sqlite3
import time
import uuid
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

from .config import Source
from .diff import Baseline, DiffResult, Held, Origin
from .errors import StoreError
from .models import Entry, Fact
from .textutil import PackedText, pack_text


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


_SAVEPOINTS = itertools.count()
BUSY_TIMEOUT = 30.0  # seconds a write waits for another process's lock before it fails as "database busy"


def utcnow() -> datetime:
    return datetime.now(UTC)


def isoformat(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(value: str | None) -> datetime | None:
    if not value:
        return None
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


@dataclass(frozen=True)
class SavedText:
    """What saving a document's text did: ``new`` (first text), ``changed``, or ``unchanged``."""

    outcome: str
    document_id: int


@dataclass(frozen=True)
class AppliedDiff:
    """What writing a diff did: the id of every change it logged (one per change, in the diff's
    order; two removals in one slot are two ids) and of the earlier changes it confirmed."""

    changes: tuple[int, ...] = ()
    confirmed: tuple[int, ...] = ()


class Store:
    """One open database. Use as ``with Store.open(path) as store``."""

    def __init__(self, conn: sqlite3.Connection, path: Path, *, busy_timeout: float = BUSY_TIMEOUT) -> None:
        self.conn = conn
        self.path = path
        self.busy_timeout = busy_timeout
        self._baseline: tuple[int, Baseline] | None = None
        self._batch: list[Any] | None = None  # [checks, seconds, done, started] while batch() is open
        self._depth = 0  # transaction() nesting

    @classmethod
    def open(cls, path: str | Path, *, readonly: bool = False, busy_timeout: float = BUSY_TIMEOUT) -> Store:
        """Open (creating it, or bringing its schema up to date) the database at ``path``. A write
        waits up to ``busy_timeout`` seconds for another process's lock. ``readonly``: an existing
        database, for reading only (see :meth:`_open_readonly`)."""
        path = Path(path)
        if readonly:
            return cls._open_readonly(path, busy_timeout=busy_timeout)
        try:
            _refuse_newer(path, busy_timeout=busy_timeout)  # before anything can write to it
            path.parent.mkdir(parents=True, exist_ok=True)
            # isolation_level=None: no implicit transactions; transaction() says where each begins
            conn = sqlite3.connect(str(path), timeout=busy_timeout, isolation_level=None)
            conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode = wal")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            if _schema_version(conn) < len(MIGRATIONS):
                _migrate(conn, path)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: cannot open the database: {explain(exc, path, busy_timeout)}",
                             path=str(path)) from exc
        except OSError as exc:
            raise StoreError(f"{path}: cannot create the database: {exc}", path=str(path)) from exc
        return cls(conn, path, busy_timeout=busy_timeout)

    @classmethod
    def _open_readonly(cls, path: Path, *, busy_timeout: float) -> Store:
        """Open an existing database for reading only (``log``, ``facts``, ``sources``...): it works
        in a read-only folder or file, and a mistyped path is an error, not a new empty database.
        Only a database whose schema is behind is opened for writing, to bring it up to date."""
        if not path.is_file():
            raise StoreError(f"{path}: no database there (is the path right? `monitor check` or "
                             "`monitor baseline seed` creates it)", path=str(path))
        try:
            conn = _connect_readonly(path, busy_timeout)
            version = _schema_version(conn)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: cannot open the database: {explain(exc, path, busy_timeout)}",
                             path=str(path)) from exc
        if version != len(MIGRATIONS):
            conn.close()
            _refuse_newer(path, version)
            if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
                raise StoreError(f"{path}: the database has schema version {version} and needs upgrading to "
                                 f"{len(MIGRATIONS)}, which needs write access: run `monitor check` once as a user "
                                 "who may write it", path=str(path))
            return cls.open(path, busy_timeout=busy_timeout)
        return cls(conn, path, busy_timeout=busy_timeout)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: object, exc: BaseException | None, traceback: object) -> None:
        self.close()
        # an SQLite error while the database was in use (a damaged page met by a query, a lock held
        # too long, a full disk) reaches the caller as one StoreError that says what to do
        if isinstance(exc, sqlite3.Error):
            raise StoreError(f"{self.path}: {explain(exc, self.path, self.busy_timeout)}",
                             path=str(self.path)) from exc

    @contextmanager
    def batch(self, *, checks: int = 500, seconds: float = 0.5) -> Iterator[Store]:
        """Group the transactions of many checks: each still lands whole or not at all (a
        savepoint), and they are committed together every ``checks`` checks or ``seconds``, so a
        sweep of thousands of quiet checks does not pay a commit each, and another process never
        waits longer than that for the write lock."""
        self._batch = [checks, seconds, 0, 0.0]
        try:
            yield self
        finally:
            self._batch = None
            if self.conn.in_transaction:
                try:
                    self.conn.execute("COMMIT")
                except sqlite3.DatabaseError as exc:
                    raise StoreError(f"{self.path}: write failed, the last checks were not saved: "
                                     f"{explain(exc, self.path, self.busy_timeout)}",
                                     path=str(self.path)) from exc

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """All writes of one check go through one of these: all land, or none."""
        batched = self._batch is not None and self._depth == 0  # a check's own transaction, not one within it
        savepoint = f"check_{next(_SAVEPOINTS)}"
        try:
            if self._batch is not None and not self.conn.in_transaction:
                self.conn.execute("BEGIN IMMEDIATE")
                self._batch[2:] = [0, time.monotonic()]
            nested = self.conn.in_transaction
            self.conn.execute(f"SAVEPOINT {savepoint}" if nested else "BEGIN IMMEDIATE")
            self._depth += 1
            try:
                try:
                    yield self
                except BaseException:
                    self._baseline = None  # the kept copy may hold what is being rolled back
                    if self.conn.in_transaction:
                        self.conn.execute(f"ROLLBACK TO {savepoint}" if nested else "ROLLBACK")
                        if nested:
                            self.conn.execute(f"RELEASE {savepoint}")
                    raise
                self.conn.execute(f"RELEASE {savepoint}" if nested else "COMMIT")
            finally:
                self._depth -= 1
            if batched and self._batch is not None:
                self._batch[2] += 1
                if self._batch[2] >= self._batch[0] or time.monotonic() - self._batch[3] >= self._batch[1]:
                    self.conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            if _is_busy(exc):
                raise StoreError(f"database busy: another process held {self.path.name} locked for more than "
                                 f"{self.busy_timeout:.0f}s; nothing of this check was saved", path=str(self.path),
                                 busy=True) from exc
            raise StoreError(f"{self.path}: write failed, nothing of this check was saved: "
                             f"{explain(exc, self.path, self.busy_timeout)}",
                             path=str(self.path)) from exc

    # -- plain SQL for the hot path: sqlite-utils looks the table up on every insert or upsert,
    # which cost 80+ statements per checked page; these cost one each ---------------------------

    def _insert(self, table: str, row: dict[str, Any], *, ignore: bool = False) -> int | None:
        """The new row's id (None when an ignored insert added no row)."""
        columns = ", ".join(row)
        sql = f"INSERT {'OR IGNORE ' if ignore else ''}INTO {table} ({columns}) VALUES ({', '.join('?' * len(row))})"
        return self.conn.execute(sql, list(row.values())).lastrowid or None

    def _insert_many(self, table: str, rows: list[dict[str, Any]], *, ignore: bool = False) -> None:
        if not rows:
            return
        columns = list(rows[0])
        sql = (f"INSERT {'OR IGNORE ' if ignore else ''}INTO {table} ({', '.join(columns)}) "
               f"VALUES ({', '.join('?' * len(columns))})")
        self.conn.executemany(sql, [[row[c] for c in columns] for row in rows])

    def _upsert(self, table: str, row: dict[str, Any], pk: tuple[str, ...]) -> None:
        updates = ", ".join(f"{c} = excluded.{c}" for c in row if c not in pk)
        sql = (f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))}) "
               f"ON CONFLICT({', '.join(pk)}) DO " + (f"UPDATE SET {updates}" if updates else "NOTHING"))
        self.conn.execute(sql, list(row.values()))

    def _update(self, table: str, key: str, value: object, row: dict[str, Any]) -> None:
        if row:
            sql = f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in row)} WHERE {key} = ?"
            self.conn.execute(sql, [*row.values(), value])

    def _rows(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        """Rows as dicts, straight from the connection (sqlite-utils' query() adds a savepoint each)."""
        cursor = self.conn.execute(sql, params)
        keys = [d[0] for d in cursor.description]
        return [dict(zip(keys, row, strict=True)) for row in cursor]

    def _one(self, sql: str, params: list[Any]) -> dict[str, Any] | None:
        rows = self._rows(sql, params)
        return rows[0] if rows else None

    # -- sources ---------------------------------------------------------------------------

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

    # -- documents -------------------------------------------------------------------------

    def document(self, url: str) -> dict[str, Any] | None:
        return self._one("SELECT * FROM documents WHERE url = ?", [url])

    def text_hash_of(self, url: str) -> str | None:
        """The hash of the main text stored for ``url``, if any."""
        row = self.conn.execute("SELECT text_hash FROM documents WHERE url = ?", [url]).fetchone()
        return row[0] if row else None

    def known_urls(self, urls: list[str]) -> set[str]:
        known: set[str] = set()
        for start in range(0, len(urls), 500):
            chunk = urls[start:start + 500]
            marks = ",".join("?" * len(chunk))
            known.update(r["url"] for r in self._rows(f"SELECT url FROM documents WHERE url IN ({marks})", chunk))
        return known

    def due_articles(self, source: str, now: datetime, limit: int) -> list[dict[str, Any]]:
        """Articles of ``source`` whose re-check for edits is due, and those of its backlog
        (``last_checked`` null), oldest first."""
        return self._rows(
            "SELECT * FROM documents WHERE source = ? AND role = 'article' AND next_check IS NOT NULL "
            "AND next_check <= ? ORDER BY next_check, id LIMIT ?", [source, isoformat(now), limit])

    def save_backlog(self, source: str, entries: list[Entry], now: datetime) -> None:
        """Entries of a feed or listing found but not fetched yet (beyond ``max_articles``): kept as
        articles due now, never checked, so that the next checks fetch them."""
        stamp = isoformat(now)
        self._insert_many("documents", [
            {"url": e.url, "source": source, "role": "article", "title": e.title, "published": _day(e.published),
             "date_source": "feed" if e.published else "none", "first_seen": stamp, "next_check": stamp}
            for e in entries], ignore=True)

    def save_document(self, *, url: str, source: str, role: str, checked_at: datetime, status: int | None,
                      error: str | None = None, title: str | None = None, published: str | None = None,
                      date_source: str | None = None, etag: str | None = None,
                      last_modified: str | None = None, body_hash: str | None = None,
                      text: str | None = None, packed: PackedText | None = None,
                      next_check: datetime | None = None, outlet: str | None = None) -> SavedText:
        """Record one fetch of a document and, when ``text`` is given, its main text."""
        existing = self.document(url)
        row: dict[str, Any] = {"url": url, "last_checked": isoformat(checked_at), "last_status": status,
                               "last_error": error,
                               "next_check": isoformat(next_check) if next_check else None}
        if existing is None:
            row.update(source=source, role=role, first_seen=isoformat(checked_at))
        if error is None and status != 304:
            row.update(etag=etag, last_modified=last_modified, body_hash=body_hash)
        if title is not None:
            row["title"] = title
        if outlet is not None:
            row["outlet"] = outlet
        if published is not None or existing is None or date_source == "future":
            row.update(published=published, date_source=date_source or "none")
        if existing is None:
            document_id = _pk(self._insert("documents", row))
        else:
            document_id = int(existing["id"])
            self._update("documents", "id", document_id, row)
        previous = existing["text_hash"] if existing else None
        if text is None:
            return SavedText("unchanged", document_id)
        packed = packed or pack_text(text)
        digest = packed.digest
        if digest == previous:
            return SavedText("unchanged", document_id)
        if packed.compressed is None:  # the text was the stored one when it was read, and is no longer
            packed = pack_text(text)
        self._insert("texts", {"hash": digest, "size": packed.size, "body": packed.compressed}, ignore=True)
        self._insert("versions", {"document_id": document_id, "text_hash": digest, "seen_at": isoformat(checked_at)})
        self._update("documents", "id", document_id, {"text_hash": digest})
        return SavedText("new" if previous is None else "changed", document_id)

    def touch_document(self, *, url: str, checked_at: datetime, status: int | None,
                       next_check: datetime | None = None) -> bool:
        """Record a fetch that brought nothing new (304, or the same bytes) in one statement;
        False when the document has no row yet."""
        cursor = self.conn.execute(
            "UPDATE documents SET last_checked = ?, last_status = ?, last_error = NULL, next_check = ? WHERE url = ?",
            [isoformat(checked_at), status, isoformat(next_check) if next_check else None, url])
        return cursor.rowcount > 0

    def text(self, digest: str) -> str:
        row = self._one("SELECT body FROM texts WHERE hash = ?", [digest])
        if row is None:
            raise StoreError(f"text {digest[:12]} is missing from the database")
        return zlib.decompress(row["body"]).decode("utf-8")

    # -- text changes --------------------------------------------------------------------

    def text_changes(self, *, since: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        """Every new main text of a document, newest first: the first is 'added', later 'changed'."""
        sql = """
            SELECT v.id, v.seen_at AS detected_at, d.url, d.source, d.title, d.published, v.text_hash,
                   (SELECT p.text_hash FROM versions p WHERE p.document_id = v.document_id AND p.id < v.id
                    ORDER BY p.id DESC LIMIT 1) AS previous_hash
            FROM versions v JOIN documents d ON d.id = v.document_id
            WHERE (:since IS NULL OR v.seen_at >= :since)
            ORDER BY v.seen_at DESC, v.id DESC"""
        if limit:
            sql += f" LIMIT {int(limit)}"
        return self._rows(sql, {"since": since})

    def last_text_change(self, *, source: str | None = None, url: str | None = None) -> dict[str, Any] | None:
        """The two newest texts of a source's page (or of the document at ``url``)."""
        if url is not None:
            document = self.document(url)
        else:
            document = self._one("SELECT * FROM documents WHERE source = ? AND role = 'page' "
                                 "ORDER BY last_checked DESC LIMIT 1", [source])
        if document is None:
            return None
        versions = self._rows("SELECT text_hash, seen_at FROM versions WHERE document_id = ? "
                                      "ORDER BY id DESC LIMIT 2", [document["id"]])
        return {"document": document, "versions": versions}

    # -- facts, baseline, changes -----------------------------------------------------------

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

    # -- reviews ------------------------------------------------------------------------------

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

    def feed_changes(self, *, min_confidence: str = "reported", limit: int = 200) -> list[dict[str, Any]]:
        """The newest changes for the Atom feed: none a person rejected; only confirmed ones when asked."""
        return self._rows(
            "SELECT c.*, d.title FROM changes c LEFT JOIN documents d ON d.id = c.document_id "
            "WHERE coalesce(c.review, '') != 'rejected' AND (:min = 'reported' OR c.confidence = 'confirmed') "
            "ORDER BY c.detected_at DESC, c.id DESC LIMIT :limit", {"min": min_confidence, "limit": limit})

    # -- the timeline ---------------------------------------------------------------------------

    def history_rows(self, slot: str | None = None) -> list[dict[str, Any]]:
        """Every period a value held in the baseline, per slot from the oldest."""
        return self._rows(
            "SELECT h.*, c.review, c.kind AS change_kind, c.old AS change_old, c.url AS change_url "
            "FROM history h LEFT JOIN changes c ON c.id = h.change_id "
            "WHERE (:slot IS NULL OR h.slot = :slot) ORDER BY h.slot, coalesce(h.since, ''), h.id", {"slot": slot})

    # -- the alert outbox ---------------------------------------------------------------------

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

    # -- the daemon ---------------------------------------------------------------------------

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

    # -- source health ------------------------------------------------------------------------

    def set_health(self, name: str, *, health: str | None = None, facts_seen: int | None = None) -> None:
        row: dict[str, Any] = {"name": name}
        if health is not None:
            row["health"] = health
        if facts_seen is not None:
            row["facts_seen"] = facts_seen
        self._upsert("sources", row, ("name",))


def _is_busy(exc: sqlite3.DatabaseError) -> bool:
    """Another connection kept the lock past the busy timeout."""
    return getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_BUSY or "database is locked" in str(exc)


def _has_sqlite_header(path: Path) -> bool:
    try:
        with open(path, "rb") as file:
            return file.read(16) == b"SQLite format 3\0"
    except OSError:
        return False


def _refuse_newer(path: Path, version: int | None = None, busy_timeout: float = 30.0) -> None:
    """A database from a newer version of the program is never opened for writing (nor read: its
    tables may mean something else). The version is read through a read-only connection."""
    if version is None:
        if not path.is_file() or path.stat().st_size == 0:
            return
        conn = _connect_readonly(path, busy_timeout)
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        finally:
            conn.close()
    if version > len(MIGRATIONS):
        raise StoreError(f"{path}: the database has schema version {version}, newer than this mandate-monitor knows "
                         f"({len(MIGRATIONS)}): it was written by a newer version. Upgrade mandate-monitor (or give "
                         "another --db); the file was not changed", path=str(path))


def _connect_readonly(path: Path, busy_timeout: float) -> sqlite3.Connection:
    """A read-only connection. In a read-only folder a WAL database cannot get its shared-memory
    file; then nobody can be writing it either, and it is read as immutable."""
    uri = path.resolve().as_uri()
    # check_same_thread=False: a reader may be handed to another thread (a web view of the database)
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=busy_timeout, isolation_level=None,
                           check_same_thread=False)
    try:
        conn.execute("PRAGMA user_version").fetchone()
    except sqlite3.OperationalError as exc:
        conn.close()
        if _code(exc) != SQLITE_CANTOPEN or os.access(path.parent, os.W_OK):
            raise
        conn = sqlite3.connect(f"{uri}?immutable=1", uri=True, isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
    return conn


def _pk(value: int | None) -> int:
    if value is None:
        raise StoreError("SQLite returned no id for a new row")
    return value


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _parse_day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None
