"""Plain, frozen data passed between the pipeline stages (see ``pipeline.py`` for the order).

Stages never pass httpx responses, lxml trees or database rows to each other: only these.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class FetchResult:
    """What one conditional GET returned. ``not_modified`` is a result, not an error."""

    url: str
    final_url: str
    status: int
    body: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    elapsed: float = 0.0
    attempts: int = 1

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass(frozen=True)
class Document:
    """The main content of one page, with what we know of its date.

    ``paragraphs`` keeps the main text's paragraph boundaries (fact extraction resolves "the
    mission"/"it" within a paragraph); ``text`` is the paragraphs joined by blank lines.
    """

    url: str
    title: str
    paragraphs: tuple[str, ...]
    published: date | None = None
    date_source: str = "none"  # json-ld | meta | text | feed | seed | given | none
    language: str | None = None
    site: str = ""  # the outlet's name (og:site_name or the title's suffix), for corroboration

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True)
class Fact:
    """One mandate fact a sentence states, with the sentence as evidence.

    ``role`` says how the sentence states it: ``current`` (true now), ``previous`` (a former value,
    "the former commander"), ``future`` (announced, not yet true), ``historical`` (history retold),
    ``removed`` (explicitly ended). ``as_of`` is the date it holds from: a date in the sentence
    itself when there is one, else the document's. ``key`` identifies the value for comparison
    (a person's surname, a number, a decision's body and month).
    """

    slot: str
    value: str
    key: str
    quote: str
    role: str = "current"
    as_of: date | None = None
    number: float | None = None
    qualifier: str | None = None


@dataclass(frozen=True)
class Entry:
    """An article a feed or listing leads to."""

    url: str
    title: str = ""
    summary: str = ""
    published: date | None = None


@dataclass(frozen=True)
class DocumentResult:
    """One document checked within a source: a page itself, or an article it led to."""

    url: str
    role: str  # page | article
    outcome: str  # new | changed | unchanged | not-modified | failed
    status: int | None = None
    bytes: int = 0
    title: str = ""
    published: date | None = None
    error: str | None = None
    facts: int = 0
    changes: int = 0


@dataclass(frozen=True)
class SourceResult:
    """The summary of one check of one source, printed as one line and stored in ``sources``."""

    source: str
    outcome: str  # changed | unchanged | failed
    status: int | None
    elapsed: float
    bytes: int
    checked_at: datetime
    error: str | None = None
    documents: tuple[DocumentResult, ...] = field(default_factory=tuple)
    facts: int = 0
    changes: int = 0

    @property
    def new_documents(self) -> int:
        return sum(1 for d in self.documents if d.outcome == "new")
