"""One open database: opening it (creating it, or bringing its schema up to date, or read-only),
transactions and batches of them, and the plain-SQL row helpers every query goes through; the
query modules beside this one build :class:`~monitor.store.Store` on it. Also how values are
written: moments as ISO 8601 in UTC (``2026-05-21T09:30:00Z``), days as ISO dates."""
from __future__ import annotations

import itertools
import os
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Self

from ..diff import Baseline
from ..errors import StoreError
from .schema import MIGRATIONS, SQLITE_CANTOPEN, _code, _migrate, _schema_version, explain

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


class StoreConnection:
    """The connection and what every query needs: transactions and the row helpers."""

    def __init__(self, conn: sqlite3.Connection, path: Path, *, busy_timeout: float = BUSY_TIMEOUT) -> None:
        self.conn = conn
        self.path = path
        self.busy_timeout = busy_timeout
        self._baseline: tuple[int, Baseline] | None = None
        self._batch: list[Any] | None = None  # [checks, seconds, done, started] while batch() is open
        self._depth = 0  # transaction() nesting

    @classmethod
    def open(cls, path: str | Path, *, readonly: bool = False, busy_timeout: float = BUSY_TIMEOUT) -> Self:
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
    def _open_readonly(cls, path: Path, *, busy_timeout: float) -> Self:
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

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: object, exc: BaseException | None, traceback: object) -> None:
        self.close()
        # an SQLite error while the database was in use (a damaged page met by a query, a lock held
        # too long, a full disk) reaches the caller as one StoreError that says what to do
        if isinstance(exc, sqlite3.Error):
            raise StoreError(f"{self.path}: {explain(exc, self.path, self.busy_timeout)}",
                             path=str(self.path)) from exc

    @contextmanager
    def batch(self, *, checks: int = 500, seconds: float = 0.5) -> Iterator[Self]:
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
    def transaction(self) -> Iterator[Self]:
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


def _is_busy(exc: sqlite3.DatabaseError) -> bool:
    """Another connection kept the lock past the busy timeout."""
    return getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_BUSY or "database is locked" in str(exc)


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
