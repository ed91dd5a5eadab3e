"""Text and fact extraction off the event loop, on every core.

Extraction is pure CPU work (lxml, trafilatura, regular expressions), so threads only take turns
at the interpreter lock. A pool of worker processes does it on all cores instead. The pool starts
the first time a changed page needs reading (an unchanged sweep never starts it), from a fork
server that has imported the extraction code once, and it reads each mission profile once.
With ``workers = 1`` everything runs in the main process, in a thread.

The parent decides the workers' fate: they ignore SIGINT (a Ctrl-C in a terminal reaches the
whole process group; the parent stops them in its own time), and each exits when the parent
dies, so a killed daemon or ``check`` leaves no worker behind. A worker that dies (killed, out of
memory) breaks the pool: the next read starts a new one and tries that document once more.
"""
from __future__ import annotations

import asyncio
import logging
import os
import select
import signal
import threading
import time
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from .config import Source
from .errors import ExtractError
from .models import Document, Entry, Fact, FetchResult
from .textutil import PackedText, pack_text

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

    from .profile import Profile

logger = logging.getLogger(__name__)

Read = tuple[Document, list[Fact], PackedText]


def read_document(fetched: FetchResult, source: Source, profile: Profile, entry: Entry | None,
                  known_text: str | None = None, latest: date | None = None) -> Read:
    """Extract the main text and its facts, and pack the text for storage (pure). A page without
    a date of its own takes its feed entry's. A date after ``latest`` (the fetch's day plus one) is
    not trusted: the page is read as undated, with ``date_source`` "future". When the main text is
    the one already stored (``known_text``, its hash: only adverts or timestamps changed), its
    facts are not read again."""
    from .extract import extract_document  # imported here: a sweep where nothing changed never needs lxml
    from .facts import extract_facts

    document = extract_document(fetched.body, fetched.final_url, content_type=fetched.content_type,
                                selector=source.selector)
    if document.published is None and entry is not None and entry.published is not None:
        document = replace(document, published=entry.published, date_source="feed")
    if latest is not None and document.published is not None and document.published > latest:
        # a date in the future would outrank every genuine later change: read the page as undated
        document = replace(document, published=None, date_source="future")
    packed = pack_text(document.text, known_text)
    facts = [] if packed.compressed is None else extract_facts(document, profile)
    return document, facts, packed


def _read_in_worker(fetched: FetchResult, source: Source, profile_reference: str, entry: Entry | None,
                    known_text: str | None, latest: date | None) -> Read:
    from .profile import load_profile  # cached: each worker reads a profile once

    return read_document(fetched, source, load_profile(profile_reference), entry, known_text, latest)


def _start_worker(parent: int) -> None:
    """In each new worker: leave SIGINT to the parent, and exit when the parent does. (Not with the
    fork server: every worker holds the pipe whose end tells the fork server that the parent is
    gone, so the fork server outlives a killed parent as long as its workers do.)"""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with, args=(parent,), name="parent-watch", daemon=True).start()


def _start_fork_server() -> None:
    """Start the fork server with SIGINT ignored, so that every worker forked from it is born ignoring
    it: a Ctrl-C while a worker starts, before ``_start_worker`` runs, would print a child's
    KeyboardInterrupt traceback. (A disposition set to ignore survives fork and exec; the server
    gives its children the disposition it started with.) The parent ignores SIGINT only while the
    server process is spawned, and only from the main thread, where signals are handled."""
    import multiprocessing.forkserver

    if threading.current_thread() is not threading.main_thread():
        multiprocessing.forkserver.ensure_running()
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        multiprocessing.forkserver.ensure_running()
    finally:
        signal.signal(signal.SIGINT, previous)


def _exit_with(parent: int) -> None:
    try:
        handle = os.pidfd_open(parent)  # Linux 5.3+: readable when the process has exited
    except (AttributeError, OSError):
        while _exists(parent):  # elsewhere, or the parent is gone already: look every second
            time.sleep(1.0)
    else:
        select.select([handle], [], [])
    os._exit(1)


def _exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class Reader:
    """Reads documents in worker processes (or in a thread with ``workers = 1``)."""

    def __init__(self, profile_reference: str, workers: int) -> None:
        self.profile_reference = profile_reference
        self.workers = workers or os.cpu_count() or 1
        self._pool: ProcessPoolExecutor | None = None

    async def read(self, fetched: FetchResult, source: Source, entry: Entry | None,
                   known_text: str | None = None, latest: date | None = None) -> Read:
        """Raises :class:`ExtractError` when the page cannot be read, or when a worker dies
        reading it twice (each time in a new pool)."""
        if self.workers <= 1:
            from .profile import load_profile

            return await asyncio.to_thread(read_document, fetched, source, load_profile(self.profile_reference),
                                           entry, known_text, latest)
        for attempt in (1, 2):
            pool = self._pool_now()
            try:
                return await asyncio.get_running_loop().run_in_executor(
                    pool, _read_in_worker, fetched, source, self.profile_reference, entry, known_text, latest)
            except BrokenProcessPool:
                # a worker died (killed, out of memory): every read in this pool fails from now on
                if self._pool is pool:
                    self._pool = None
                    pool.shutdown(wait=False, cancel_futures=True)
                logger.warning("%s: an extraction worker died%s", fetched.url,
                               "; starting new workers and reading it again" if attempt == 1 else " again")
        raise ExtractError("an extraction worker died twice reading this page (out of memory?)", url=fetched.url)

    def _pool_now(self) -> ProcessPoolExecutor:
        if self._pool is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(["monitor.workers", "monitor.extract", "monitor.facts", "trafilatura"])
            _start_fork_server()
            self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=context,
                                             initializer=_start_worker, initargs=(os.getpid(),))
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
