"""Text and fact extraction off the event loop, on every core.

Extraction is pure CPU work (lxml, trafilatura, regular expressions), so threads only take turns
at the interpreter lock. A pool of worker processes does it on all cores instead. The pool starts
the first time a changed page needs reading (an unchanged sweep never starts it), from a fork
server that has imported the extraction code once, and it reads each mission profile once.
With ``workers = 1`` everything runs in the main process, in a thread.
"""
from __future__ import annotations

import asyncio
import os
from dataclasses import replace
from typing import TYPE_CHECKING

from .config import Source
from .models import Document, Entry, Fact, FetchResult
from .textutil import PackedText, pack_text

if TYPE_CHECKING:
    from concurrent.futures import Executor

    from .profile import Profile

Read = tuple[Document, list[Fact], PackedText]


def read_document(fetched: FetchResult, source: Source, profile: Profile, entry: Entry | None,
                  known_text: str | None = None) -> Read:
    """Extract the main text and its facts, and pack the text for storage (pure). A page without
    a date of its own takes its feed entry's. When the main text is the one already stored
    (``known_text``, its hash: only adverts or timestamps changed), its facts are not read again."""
    from .extract import extract_document  # imported here: a sweep where nothing changed never needs lxml
    from .facts import extract_facts

    document = extract_document(fetched.body, fetched.final_url, content_type=fetched.content_type,
                                selector=source.selector)
    if document.published is None and entry is not None and entry.published is not None:
        document = replace(document, published=entry.published, date_source="feed")
    packed = pack_text(document.text, known_text)
    facts = [] if packed.compressed is None else extract_facts(document, profile)
    return document, facts, packed


def _read_in_worker(fetched: FetchResult, source: Source, profile_reference: str, entry: Entry | None,
                    known_text: str | None) -> Read:
    from .profile import load_profile  # cached: each worker reads a profile once

    return read_document(fetched, source, load_profile(profile_reference), entry, known_text)


class Reader:
    """Reads documents in worker processes (or in a thread with ``workers = 1``)."""

    def __init__(self, profile_reference: str, workers: int) -> None:
        self.profile_reference = profile_reference
        self.workers = workers or os.cpu_count() or 1
        self._pool: Executor | None = None

    async def read(self, fetched: FetchResult, source: Source, entry: Entry | None,
                   known_text: str | None = None) -> Read:
        if self.workers <= 1:
            from .profile import load_profile

            return await asyncio.to_thread(read_document, fetched, source, load_profile(self.profile_reference),
                                           entry, known_text)
        if self._pool is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(["monitor.workers", "monitor.extract", "monitor.facts", "trafilatura"])
            self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=context)
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, _read_in_worker, fetched, source, self.profile_reference,
                                          entry, known_text)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
