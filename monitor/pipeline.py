"""One source through all stages, and a sweep of many with bounded concurrency.

The order of the stages, written down once:

    1. fetch      conditional GET of the source URL (fetch.py); a 304, or a body whose hash is the
                  stored one, ends the page here: nothing is re-extracted
    2. extract    bytes -> Document (main text, title, date) for a page, in worker processes on
                  every core (workers.py); bytes -> entries for a feed or listing (extract.py,
                  through the source kind in kinds.py)
    3. follow     feed/listing only: entries whose title or summary mentions the keywords and that
                  were never fetched, plus known articles due for a re-check, are fetched and
                  extracted like pages (each article once; re-checks back off, then stop); new
                  entries beyond ``max_articles`` are kept as a backlog, fetched by the next checks
                  even when the feed itself does not change
    4. facts      a new or changed text -> mandate facts with their sentences (facts.py)
    5. diff       facts vs the baseline -> changes (diff.py), oldest document first; the changes a
                  person rejected from the same document before are withheld
    6. store      one transaction per check: the source's fetch state, every document's fetch
                  state, new text versions, facts, baseline and changes (store/)

Every stage before ``store`` is pure or async I/O without shared state, so the daemon, ``monitor
check`` and the tests all call :func:`check_source` and get a :class:`SourceResult` back.

A failure is always the failure of one document: a page that cannot be fetched or read fails its
source's check, an article fails only itself (its feed's other articles are stored), and either is
recorded with what went wrong. A database another process keeps locked past the busy timeout
fails the check as "database busy", recorded as soon as the lock is free.
"""
from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from .config import Config, Source
from .diff import Origin, diff_facts, withhold_rejected
from .errors import ExtractError, FetchError, MonitorError, StoreError
from .fetch import Fetcher
from .kinds import SOURCE_KINDS
from .models import Document, DocumentResult, Entry, Fact, FetchResult, SourceResult
from .notify import Delivery, deliver_pending, enqueue_change_alert, enqueue_health_alert
from .store import Store, parse_iso, utcnow
from .textutil import PackedText, body_hash, mentions_any
from .workers import Reader

if TYPE_CHECKING:
    from .profile import Profile

logger = logging.getLogger(__name__)

FIRST_RECHECK = timedelta(hours=1)


@dataclass
class CheckContext:
    """What every check needs: the config, the open store, the shared fetcher, a clock."""

    config: Config
    store: Store
    fetcher: Fetcher
    reader: Reader
    clock: Callable[[], datetime] = utcnow

    @property
    def profile(self) -> Profile:
        """Read when a check first needs it: a sweep where nothing changed never compiles it."""
        from .profile import load_profile

        return load_profile(self.config.profile)


@dataclass
class _Fetched:
    """One document fetched and extracted, waiting for the store step."""

    url: str
    role: str
    fetch: FetchResult | None = None
    document: Document | None = None
    error: str | None = None
    entry: Entry | None = None
    first_seen: datetime | None = None
    facts: list[Fact] = field(default_factory=list)
    digest: str | None = None  # SHA-256 of the fetched body, computed once
    packed: PackedText | None = None


async def check_source(ctx: CheckContext, source: Source) -> SourceResult:
    """Check one source now: fetch, extract, follow its articles, store. Never raises for a
    failure of the source itself; the failure is in the result and in the store."""
    started = time.monotonic()
    checked_at = ctx.clock()
    state = ctx.store.source_state(source.name)
    kind = SOURCE_KINDS[source.kind]
    try:
        fetched = await ctx.fetcher.fetch(source.url, etag=state.get("etag"), last_modified=state.get("last_modified"))
    except FetchError as exc:
        return _record_failure(ctx, source, state, checked_at, started, exc.message, exc.status)

    digest = body_hash(fetched.body) if not fetched.not_modified else state.get("body_hash")
    same = fetched.not_modified or digest == state.get("body_hash")
    page: _Fetched | None = None
    entries: list[Entry] = []
    try:
        if kind.entries is None:
            page = _Fetched(source.url, "page", fetched, digest=digest)
            if not same:
                known = ctx.store.text_hash_of(source.url)
                page.document, page.facts, page.packed = await ctx.reader.read(fetched, source, None, known,
                                                                              _latest_date(checked_at))
                _say_if_future(source, page)
        elif not same:
            entries = await asyncio.to_thread(kind.entries, fetched.body, fetched.final_url,
                                              content_type=fetched.content_type, link_selector=source.link_selector)
    except ExtractError as exc:
        return _record_failure(ctx, source, state, checked_at, started, exc.message, fetched.status)
    except Exception as exc:  # a bug or a library's surprise: recorded for this source, the sweep goes on
        logger.debug("%s: unexpected error reading %s", source.name, source.url, exc_info=True)
        return _record_failure(ctx, source, state, checked_at, started, _unexpected(exc), fetched.status)

    backlog: list[Entry] = []
    articles = (await _fetch_articles(ctx, source, entries, checked_at, backlog)
                if kind.entries is not None else [])
    try:
        with ctx.store.transaction():
            if backlog:
                ctx.store.save_backlog(source.name, backlog, checked_at)
            documents = _store_documents(ctx, source, ([page] if page else []) + articles, checked_at)
            changed = any(d.outcome in ("new", "changed") for d in documents)
            outcome = "changed" if changed else "unchanged"
            ctx.store.record_source_check(
                source.name, checked_at=checked_at, outcome=outcome, status=fetched.status, error=None,
                elapsed=time.monotonic() - started, size=len(fetched.body), etag=fetched.etag or state.get("etag"),
                last_modified=fetched.last_modified or state.get("last_modified"), body_hash=digest)
            _watch_health(ctx, source, state, checked_at, failures=0, error=None, page=page, documents=documents)
    except StoreError as exc:
        # nothing of this check was saved (the next one repeats it); the failure itself is recorded
        # once the database takes writes again (a busy database is waited for once more)
        return _record_failure(ctx, source, state, checked_at, started, exc.message, fetched.status)
    result = SourceResult(source.name, outcome, fetched.status, time.monotonic() - started, len(fetched.body),
                          checked_at, documents=tuple(documents), facts=sum(d.facts for d in documents),
                          changes=sum(d.changes for d in documents))
    logger.debug("%s: %s, HTTP %s, %.2fs, %d bytes, %d documents, %d facts, %d changes", source.name, outcome,
                fetched.status, result.elapsed, result.bytes, len(documents), result.facts, result.changes)
    return result


def _record_failure(ctx: CheckContext, source: Source, state: dict[str, Any], checked_at: datetime, started: float,
                    error: str, status: int | None) -> SourceResult:
    elapsed = time.monotonic() - started
    logger.warning("%s: failed: %s", source.name, error)
    try:
        with ctx.store.transaction():
            failures = ctx.store.record_source_check(source.name, checked_at=checked_at, outcome="failed",
                                                     status=status, error=error, elapsed=elapsed, size=0)
            _watch_health(ctx, source, state, checked_at, failures=failures, error=error, page=None, documents=[])
    except StoreError as exc:
        error = f"{error}; and the failure could not be recorded: {exc.message}"
    return SourceResult(source.name, "failed", status, elapsed, 0, checked_at, error=error)


def _watch_health(ctx: CheckContext, source: Source, before: dict[str, Any], now: datetime, *, failures: int,
                  error: str | None, page: _Fetched | None, documents: list[DocumentResult]) -> None:
    """One health alert when a source starts failing (``health_failures`` checks in a row) and one when
    it recovers; likewise when a page that used to state mission facts stops stating any. ``before``
    is the source's row as the check found it; ``failures`` the failed checks in a row now."""
    alerts = ctx.config.alerts
    health = before.get("health") or "ok"

    def alert(state: str, detail: str) -> None:
        enqueue_health_alert(ctx.store, ctx.profile, alerts, source=source.name, url=source.url, state=state,
                             detail=detail, now=now)

    if error is not None:
        if failures >= alerts.health_failures and health != "failing":
            ctx.store.set_health(source.name, health="failing")
            alert("failing", f"{failures} checks in a row failed; the last: {error}")
        return
    if health == "failing":
        ctx.store.set_health(source.name, health="ok")
        alert("recovered", f"the check succeeded again after {before.get('failures') or 0} failed checks")
        health = "ok"
    if page is not None and page.document is not None and documents and documents[0].outcome in ("new", "changed"):
        seen, now_facts = before.get("facts_seen") or 0, len(page.facts)
        if seen and not now_facts and health != "silent":
            ctx.store.set_health(source.name, health="silent")
            alert("silent", f"the page used to state {seen} mission facts and now states none: has it moved?")
        elif now_facts and health == "silent":
            ctx.store.set_health(source.name, health="ok")
            alert("speaking", f"the page states {now_facts} mission facts again")
        ctx.store.set_health(source.name, facts_seen=now_facts)


async def _fetch_articles(ctx: CheckContext, source: Source, entries: list[Entry], checked_at: datetime,
                          backlog: list[Entry]) -> list[_Fetched]:
    """The new entries that mention the mission, and the known articles due for a re-check (and the
    backlog: entries found earlier beyond ``max_articles``). New entries beyond ``max_articles``
    are put in ``backlog``, for the store step to keep."""
    matching = [e for e in entries if _mentions_mission(ctx, source, e)]
    known = ctx.store.known_urls([e.url for e in matching])
    fresh: dict[str, Entry] = {}
    for entry in matching:
        if entry.url not in known and entry.url not in fresh:
            fresh[entry.url] = entry
    limit = ctx.config.settings.max_articles
    if len(fresh) > limit:
        logger.warning("%s: %d new articles, fetching the %d first; the rest in the next checks", source.name,
                       len(fresh), limit)
        backlog.extend(list(fresh.values())[limit:])
    jobs = [_Fetched(url, "article", entry=entry) for url, entry in list(fresh.items())[:limit]]
    for row in ctx.store.due_articles(source.name, checked_at, limit):
        listed = None
        if row["last_checked"] is None:  # from the backlog: never fetched, known from its feed entry
            listed = Entry(row["url"], row["title"] or "", published=_day(row["published"]))
        jobs.append(_Fetched(row["url"], "article", entry=listed, first_seen=parse_iso(row["first_seen"])))
    await asyncio.gather(*(_fetch_article(ctx, source, job, checked_at) for job in jobs))
    return jobs


def _mentions_mission(ctx: CheckContext, source: Source, entry: Entry) -> bool:
    """A source's own keywords, else the profile's names, aliases and co-occurring words."""
    text = f"{entry.title}\n{entry.summary}"
    return mentions_any(text, source.keywords) if source.keywords else ctx.profile.is_mentioned(text)


async def _fetch_article(ctx: CheckContext, source: Source, job: _Fetched, checked_at: datetime) -> None:
    """Fetch and read one article; any failure is the article's own (``job.error``)."""
    state = ctx.store.document(job.url) or {}
    try:
        job.fetch = await ctx.fetcher.fetch(job.url, etag=state.get("etag"), last_modified=state.get("last_modified"))
        job.digest = None if job.fetch.not_modified else body_hash(job.fetch.body)
        if job.fetch.not_modified or job.digest == state.get("body_hash"):
            return  # not modified, or the very same bytes: nothing to read again
        job.document, job.facts, job.packed = await ctx.reader.read(job.fetch, source, job.entry,
                                                                    state.get("text_hash"), _latest_date(checked_at))
        _say_if_future(source, job)
    except MonitorError as exc:
        job.error = exc.message
        logger.warning("%s: article %s: %s", source.name, job.url, exc.message)
    except Exception as exc:  # one article's surprise fails that article, not its feed
        job.error = _unexpected(exc)
        logger.warning("%s: article %s: %s", source.name, job.url, job.error)
        logger.debug("%s: unexpected error reading %s", source.name, job.url, exc_info=True)


def _latest_date(checked_at: datetime) -> date:
    """The latest publication date trusted: a day after the fetch, for time zones ahead of ours."""
    return (checked_at + timedelta(days=1)).date()


def _say_if_future(source: Source, job: _Fetched) -> None:
    if job.document is not None and job.document.date_source == "future":
        logger.warning("%s: %s states a publication date later than tomorrow; read as undated", source.name,
                       job.url)


def _unexpected(exc: Exception) -> str:
    return f"unexpected error: {type(exc).__name__}: {exc}"


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _store_documents(ctx: CheckContext, source: Source, jobs: list[_Fetched],
                     checked_at: datetime) -> list[DocumentResult]:
    """Write every fetched document; oldest publication first, so later stages see history in order."""
    results = []
    for job in sorted(jobs, key=_publication_order):
        status = job.fetch.status if job.fetch else None
        next_check = _next_check(ctx, job, checked_at) if job.role == "article" else None
        if job.error is not None:
            ctx.store.save_document(url=job.url, source=source.name, role=job.role, checked_at=checked_at,
                                    status=status, error=job.error, next_check=next_check)
            results.append(DocumentResult(job.url, job.role, "failed", status, error=job.error))
            continue
        fetch = job.fetch
        assert fetch is not None
        document = job.document
        if document is None:  # not modified, or the very same bytes as last time
            if not ctx.store.touch_document(url=job.url, checked_at=checked_at, status=fetch.status,
                                            next_check=next_check):
                ctx.store.save_document(url=job.url, source=source.name, role=job.role, checked_at=checked_at,
                                        status=fetch.status, next_check=next_check)
            results.append(DocumentResult(job.url, job.role, "not-modified" if fetch.not_modified else "unchanged",
                                          fetch.status, len(fetch.body)))
            continue
        published = document.published
        outlet = document.site or (urlsplit(job.url).hostname or "")
        saved = ctx.store.save_document(
            url=job.url, source=source.name, role=job.role, checked_at=checked_at, status=fetch.status,
            title=document.title or (job.entry.title if job.entry else ""),
            published=published.isoformat() if published else None, date_source=document.date_source,
            etag=fetch.etag, last_modified=fetch.last_modified, body_hash=job.digest or body_hash(fetch.body),
            text=document.text, packed=job.packed, next_check=next_check, outlet=outlet)
        change_ids: list[int] = []
        if saved.outcome in ("new", "changed"):
            ctx.store.save_facts(saved.document_id, job.facts, checked_at)
            origin = Origin(job.url, source.name, outlet, published, source.official)
            baseline = ctx.store.baseline()
            # what a person rejected from this very document is not raised again when it is re-read
            diff = withhold_rejected(diff_facts(baseline, job.facts, origin, ctx.profile),
                                     ctx.store.rejected_claims(job.url), baseline)
            applied = ctx.store.apply_diff(diff, origin, document_id=saved.document_id,
                                           detected_at=checked_at, categories=ctx.profile.categories)
            change_ids, confirmed = list(applied.changes), list(applied.confirmed)
            # with min_confidence = "confirmed", a change alerts when a second source confirms it
            alerts = ctx.config.alerts
            enqueue_change_alert(ctx.store, ctx.profile, alerts,
                                 change_ids + (confirmed if alerts.min_confidence == "confirmed" else []),
                                 document={"id": saved.document_id, "url": job.url, "title": document.title,
                                           "outlet": outlet, "source": source.name,
                                           "published": published.isoformat() if published else None},
                                 now=checked_at)
        results.append(DocumentResult(job.url, job.role, saved.outcome, fetch.status, len(fetch.body),
                                      document.title, published, facts=len(job.facts), changes=len(change_ids)))
    return results


def _publication_order(job: _Fetched) -> tuple[int, str]:
    published = job.document.published if job.document else None
    if published is None and job.entry is not None:
        published = job.entry.published
    return (0, published.isoformat()) if published else (1, job.url)


def _next_check(ctx: CheckContext, job: _Fetched, now: datetime) -> datetime | None:
    """Re-check an article often when new, rarely when old, then never: the gap doubles with age."""
    first_seen = job.first_seen or now
    age = now - first_seen
    gap = max(FIRST_RECHECK, age)
    due = now + gap
    if due - first_seen > timedelta(seconds=ctx.config.settings.recheck):
        return None
    return due


async def sweep(ctx: CheckContext, sources: tuple[Source, ...] | list[Source]) -> list[SourceResult]:
    """Check every source once, ``concurrency`` at a time; one failure never stops the others."""
    limit = asyncio.Semaphore(ctx.config.settings.concurrency)

    async def one(source: Source) -> SourceResult:
        async with limit:
            try:
                return await check_source(ctx, source)
            except Exception as exc:  # a bug in one source's check must not lose the sweep
                logger.exception("%s: unexpected error", source.name)
                return SourceResult(source.name, "failed", None, 0.0, 0, ctx.clock(),
                                    error=f"internal error: {type(exc).__name__}: {exc}")

    return list(await asyncio.gather(*(one(s) for s in sources)))


def prepare_store(config: Config, store: Store) -> None:
    """Before the first check of a run: the baseline seeded if it is empty, the sources table in
    step with the configuration."""
    if store.baseline_is_empty():
        from .baseline import default_seed_folder, seed_baseline
        from .profile import load_profile

        seed_baseline(store, load_profile(config.profile), default_seed_folder(), utcnow())
    store.sync_sources(config.sources)


async def run_check(config: Config, store: Store, sources: list[Source], *,
                    deliver: bool = True) -> tuple[list[SourceResult], list[Delivery]]:
    """Seed the baseline if it is empty, sweep ``sources`` once with one fetcher, then deliver the
    pending alerts (unless ``deliver`` is False: they stay in the outbox for the next run)."""
    prepare_store(config, store)
    reader = Reader(config.profile, config.settings.workers)
    try:
        async with Fetcher(config.settings) as fetcher:
            with store.batch():
                results = await sweep(CheckContext(config, store, fetcher, reader), sources)
    finally:
        reader.close()
    deliveries = await deliver_pending(store, config) if deliver else []
    return results, deliveries
