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

The package, by what each module keeps:

    schema.py       the migration steps, upgrading a database, what SQLite's errors mean
    connection.py   opening and closing, transactions and batches, the row helpers, timestamps
    sources.py      sources: fetch state, check outcomes, health
    documents.py    documents, texts, versions
    changes.py      facts, the baseline and its history, the change log, evidence, the feed
    reviews.py      reviews of changes, undoing a rejected one
    outbox.py       alerts, deliveries, delivery leases, the database id
    daemon.py       the daemon's heartbeat and schedule

:class:`Store` is all of them in one class: ``with Store.open(path) as store``.
"""
from __future__ import annotations

from .changes import AppliedDiff, ChangeQueries
from .connection import BUSY_TIMEOUT, isoformat, parse_iso, utcnow
from .daemon import DaemonQueries
from .documents import DocumentQueries, SavedText
from .outbox import OutboxQueries
from .reviews import ReviewQueries
from .schema import (
    MIGRATIONS,
    SQLITE_BUSY,
    SQLITE_CANTOPEN,
    SQLITE_CORRUPT,
    SQLITE_FULL,
    SQLITE_IOERR,
    SQLITE_LOCKED,
    SQLITE_NOTADB,
    SQLITE_READONLY,
    explain,
)
from .sources import SourceQueries

__all__ = [
    "BUSY_TIMEOUT", "MIGRATIONS", "SQLITE_BUSY", "SQLITE_CANTOPEN", "SQLITE_CORRUPT", "SQLITE_FULL", "SQLITE_IOERR",
    "SQLITE_LOCKED", "SQLITE_NOTADB", "SQLITE_READONLY", "AppliedDiff", "SavedText", "Store",
    "explain", "isoformat", "parse_iso", "utcnow",
]


class Store(SourceQueries, DocumentQueries, ChangeQueries, ReviewQueries, OutboxQueries, DaemonQueries):
    """One open database. Use as ``with Store.open(path) as store``."""
