"""Guarded patterns: a regular expression behind the words every text it matches contains, so
that most sentences are passed over by a substring test instead of running the pattern. Profiles'
rules, triggers and values (``model.py``) and the language files' frames (``language.py``) are
guarded patterns."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..parsecache import branches, compiled, lead, lowered, prepared, readings
from ..textutil import (
    Branches,
    Lead,
    Reading,
    Source,
    branched_finditer,
    contains_any,
    lead_finditer,
    lowered_finditer,
    read_pattern,
    with_start_test,
)


@dataclass(frozen=True)
class Guarded:
    """A pattern and the words every text it matches contains (one of each group, and all the
    groups of one branch of each choice): most sentences lack them, and a substring test is far
    cheaper than running the pattern.

    The pattern is compiled when a text first passes the word tests (most of a language file's
    frames never run on a given page); what the words are is read from re's parse of the pattern,
    once per user and pattern (``parsecache.py``)."""

    source: str  # the pattern run: behind its start test (textutil.starts_tested)
    flags: int
    needs: tuple[tuple[str, ...], ...]
    need_sets: tuple[frozenset[str], ...] = ()
    # see textutil.required_choices: a status frame's verbs, each verb with all its words
    choices: tuple[tuple[tuple[frozenset[str], ...], ...], ...] = ()
    compiled: re.Pattern[str] | None = field(default=None, compare=False, repr=False)
    # the pattern in lower case, run on the caseless text to find where the pattern matches
    # (textutil.lowered); made when first needed, False when there is none
    fast: re.Pattern[str] | bool | None = field(default=None, compare=False, repr=False)
    # a pattern that opens with a run of characters before its anchor ("[^.;]{0,60}?" before the
    # mission's names): the anchor found first (textutil.lead); made when first needed, False when none
    opening: Lead | bool | None = field(default=None, compare=False, repr=False)
    # a pattern that opens with an alternation: each branch found by itself, the branches whose words a text
    # lacks never run (textutil.branches); made when first needed, False when none
    parts: Branches | bool | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> Guarded:
        """``pattern`` (compiled, so known to be valid), guarded by its words."""
        return cls._read(pattern.pattern, pattern.flags, pattern)

    @classmethod
    def lazy(cls, source: str, flags: int = 0) -> Guarded:
        """The pattern ``source``, guarded by its words, compiled when first run. A pattern read
        before (in this process, or by another one: ``parsecache.py``) compiled then; any other
        is compiled here, so an invalid one raises :class:`re.error` here as ``re.compile`` does."""
        guarded = cls._read(source, flags, None)
        # (runs whole: reading its branches, a parse of every frame a process runs, cost more than it saved)
        object.__setattr__(guarded, "parts", False)
        return guarded

    @classmethod
    def _read(cls, source: str, flags: int, pattern: re.Pattern[str] | None) -> Guarded:
        reading = readings.get(source, flags)
        if reading is None:
            reading = read_pattern(pattern or Source(source, flags))  # from re's parse: nothing compiled
            if pattern is None or reading.test is not None:
                # the pattern run compiled now (an invalid one raises re.error here), its code kept
                # for its first run, and written to the cache file only then (parsecache.prepared)
                try:
                    prepared(source if reading.test is None else with_start_test(source, reading.test), flags)
                except re.error:
                    if reading.test is None:
                        raise
                    prepared(source, flags)  # the pattern's own error, where it is at fault
                    reading = Reading(reading.needs, reading.choices, None)
            readings.put(source, flags, reading)
        # the pattern behind its start test compiled when first run, as in a process that finds the
        # reading in the file (and so its code, once one has run it: parsecache.compiled)
        return cls._made(source, flags, reading, pattern if reading.test is None else None)

    @classmethod
    def _made(cls, source: str, flags: int, reading: Reading, run: re.Pattern[str] | None) -> Guarded:
        choices = tuple(tuple(tuple(frozenset(words) for words in branch) for branch in choice)
                        for choice in reading.choices)
        return cls(source if reading.test is None else with_start_test(source, reading.test), flags,
                   reading.needs, tuple(frozenset(words) for words in reading.needs), choices, run)

    @property
    def pattern(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now, the first time it is asked for)."""
        pattern = self.compiled
        if pattern is None:
            pattern = compiled(self.source, self.flags)
            object.__setattr__(self, "compiled", pattern)  # a cache: the value stays the same
        return pattern

    @property
    def words(self) -> frozenset[str]:
        """Every word the tests look for (a :class:`~monitor.textutil.Vocabulary` of them tells
        ``finditer`` which a text holds)."""
        return frozenset(word for words in self.needs for word in words) | frozenset(
            word for choice in self.choices for branch in choice for words in branch for word in words)

    def finditer(self, text: str, lower: str, present: frozenset[str] | None = None) -> Iterator[re.Match[str]]:
        """The matches in ``text``; ``lower`` is ``caseless(text)``. ``present``: the words of a
        :class:`~monitor.textutil.Vocabulary` holding these patterns' words that ``lower`` holds,
        found in one scan for many patterns."""
        if present is not None:
            for group in self.need_sets:
                if present.isdisjoint(group):
                    return iter(())
            for choice in self.choices:
                if not _chosen(choice, present):
                    return iter(())
            return self._run(text, lower)
        return self._run(text, lower) if self.admits(lower) else iter(())

    def admits(self, lower: str) -> bool:
        """``lower`` (a caseless text) holds the words every match contains: the pattern runs on it."""
        # (loops, not all() over generators: asked of every sentence for every slot's rules and values)
        for words in self.needs:
            if not contains_any(lower, words):
                return False
        for choice in self.choices:
            if not _chosen_in(choice, lower):
                return False
        return True

    def _opening(self) -> Lead | None:
        """The pattern's opening run and anchor (textutil.lead) when it opens with one: then it is
        found from its anchor, never by its lower-case form."""
        opening = self.opening
        if opening is None:
            opening = (_OPENS_WITH_RUN.match(self.source) is not None and lead(self.compiled or self.pattern)) or False
            object.__setattr__(self, "opening", opening)  # a cache: the value stays the same
        return opening if isinstance(opening, Lead) else None

    @property
    def found_from_anchor(self) -> bool:
        return self._opening() is not None

    def _run(self, text: str, lower: str) -> Iterator[re.Match[str]]:
        """The pattern's matches in ``text``: found by its lower-case form on ``lower`` where there is one."""
        pattern = self.compiled or self.pattern
        opening = self._opening()
        if opening is not None:
            return lead_finditer(pattern, opening, text, lower)
        parts = self.parts
        if parts is None:
            parts = branches(pattern) or False
            object.__setattr__(self, "parts", parts)  # a cache: the value stays the same
        if parts is not False and len(lower) == len(text):
            assert isinstance(parts, Branches)
            return branched_finditer(pattern, parts, text, lower)
        fast = self.fast
        if fast is None:
            fast = lowered(pattern) or False
            object.__setattr__(self, "fast", fast)  # a cache: the value stays the same
        if fast is not False and len(lower) == len(text):
            assert isinstance(fast, re.Pattern)
            return lowered_finditer(pattern, fast, text, lower)
        return pattern.finditer(text)


# a pattern (or its first group) that opens with a negated set: "(?P<value>[^.;]{0,60}?..." (see textutil.lead)
_OPENS_WITH_RUN = re.compile(r"(?:\(\?P<\w+>)?\[\^")


def _chosen(choice: tuple[tuple[frozenset[str], ...], ...], present: frozenset[str]) -> bool:
    """Every group of one branch of ``choice`` has a word in ``present``."""
    for branch in choice:
        for group in branch:
            if present.isdisjoint(group):
                break
        else:
            return True
    return False


def _chosen_in(choice: tuple[tuple[frozenset[str], ...], ...], lower: str) -> bool:
    """Every group of one branch of ``choice`` has a word in ``lower``."""
    for branch in choice:
        for group in branch:
            if not contains_any(lower, group):
                break
        else:
            return True
    return False
