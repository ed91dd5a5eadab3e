"""The documents checked (pages and articles), their fetch state, and their main texts: each distinct
text stored once, compressed (``texts``), and a row each time a document's text became different
(``versions``)."""
from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..errors import StoreError
from ..models import Entry
from ..textutil import PackedText, pack_text
from .connection import StoreConnection, _day, _pk, isoformat


@dataclass(frozen=True)
class SavedText:
    """What saving a document's text did: ``new`` (first text), ``changed``, or ``unchanged``."""

    outcome: str
    document_id: int


class DocumentQueries(StoreConnection):
    """Documents, their texts and the text versions."""

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
