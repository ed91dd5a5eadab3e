"""Two lists paired item by item ("X and Y lead NMI and KFOR respectively", "La KFOR et la NMI comptent respectivement
4 700 et 650 personnels"): the sentence is read as the mission's part of it alone ("Y leads KFOR", "La KFOR compte
4 700 personnels"), its quote staying the page's own.

A sentence holding a word of ``words.respectively`` is read so when the mission stands in a pair of two actors joined
by a word of coordination (``tone.coordination``, the words every rule that reads two actors joined reads: "NMI and
KFOR", "KFOR ed EULEX", "KFOR en de NAVO-missie in Irak") and another pair of two persons, two figures or two places
stands in it ("Lt Gen X and Maj Gen Y", "4 700 et 650", "circa 4.600 militari e 400 funzionari"): of that pair the
item in the mission's place stays, the other goes, and so does the other actor when it is named (a description of
it, "de NAVO-missie in Irak", stays: no fact reads it).
"""
from __future__ import annotations

import functools
import itertools
import re
from dataclasses import replace
from typing import NamedTuple

from ..language import Language
from ..parsecache import trie_alternation
from ..textutil import caseless, substrings
from .layout import Layout
from .mentions import Finder, Mention, People
from .text import plain, split_sentences

_VALUES = frozenset("PNL")  # the kinds of mention a list paired with the actors may hold
_GAP = re.compile(r"^\s*(?:[^\W\d_][\w'’-]*\s+){0,2}$")  # at most two words, no sign, between an item and its join


def respective(layout: Layout, finder: Finder, language: Language) -> Layout:
    """The laid-out document with each paragraph read as the mission's part of its paired lists (see the module),
    the page's own paragraph its quote."""
    document = layout.document
    paragraphs = [respective_paragraph(p, finder, language) for p in document.paragraphs]
    if paragraphs == list(document.paragraphs):
        return layout
    lines = dict(layout.lines)
    for read, page in zip(paragraphs, document.paragraphs, strict=True):
        if read != page:
            lines[read] = layout.lines.get(page, page)
    return replace(layout, document=replace(document, paragraphs=tuple(paragraphs)), lines=lines)


def respective_paragraph(paragraph: str, finder: Finder, language: Language) -> str:
    """The paragraph with each sentence that pairs the mission's list with another read as the mission's part."""
    word = _respectively(tuple(language.respectively))
    cue = _respectively_cue(tuple(language.respectively))
    said = not (word is None or (cue is not None and cue.search(caseless(paragraph)) is None)
                or word.search(paragraph) is None)
    joins = _joins(language.coordination)
    if not said and (not _joined_twice(joins, paragraph) or not finder.profile.may_name_other(paragraph)):
        # no sentence of it pairs the mission and another actor with two persons unsaid (see _mission_part): split
        # no paragraph that cannot, most of a page
        return paragraph
    read = paragraph
    for sentence in split_sentences(paragraph):
        if sentence not in read:
            continue
        if said and word is not None and word.search(sentence) is not None:
            own = _mission_part(plain(sentence), finder, language, word)
        elif _joined_twice(joins, sentence):
            own = _mission_part(plain(sentence), finder, language, None)
        else:
            continue
        if own is not None:
            read = read.replace(sentence, own, 1)
    return read


def _joined_twice(joins: re.Pattern[str], text: str) -> bool:
    """Two words of coordination stand in ``text``: the scan stops at the second (every paragraph of a page is asked,
    and ``findall`` scanned each to its end)."""
    found = joins.finditer(text)
    return next(found, None) is not None and next(found, None) is not None


def _mission_part(text: str, finder: Finder, language: Language, word: re.Pattern[str] | None) -> str | None:
    """The sentence with the other items of its paired lists left out, or None when it pairs no list of the
    mission's. Without a word of "respectively" (``word`` None), only two actors, then two persons after them ("KFOR
    and NMI are led by X and Y"): each actor's person in order."""
    mentions = _mentions(text, finder)
    pairs = [pair for join in _joins(language.coordination).finditer(text)
             if (pair := _pair(text, mentions, join)) is not None]
    actors = [pair for pair in pairs if pair.left.kind == "M" or (pair.right and pair.right.kind == "M")]
    values = [pair for pair in pairs if pair.right is not None and pair.left.kind == pair.right.kind
              and pair.left.kind in _VALUES]
    if len(actors) != 1 or not values:
        return None
    if word is None and not (actors[0].right is not None and {actors[0].left.kind, actors[0].right.kind} == {"M", "O"}
                             and len(values) == 1 and values[0].left.kind == "P"
                             and values[0].left.start > actors[0].right.end):
        return None
    actor = actors[0]
    place = 0 if actor.left.kind == "M" else 1
    cuts: list[tuple[int, int]] = []
    other = actor.right
    if other is not None and other.kind in "MO" and actor.left.kind != other.kind:
        cuts.append((actor.left.end, other.end) if place == 0 else (actor.left.start, other.start))
    cuts += [_cut(text, pair, place) for pair in values]
    if word is not None:
        cuts.append(_word_cut(text, word))
    return _without(text, cuts)


class _Pair(NamedTuple):
    left: Mention
    right: Mention | None
    join: int  # where the join between them opens


def _mentions(text: str, finder: Finder) -> list[Mention]:
    """The persons, actors, places and figures of the sentence, the first and longest of overlapping ones."""
    found = [*finder.persons(text, People()), *finder.mission(text, True), *finder.places(text),
             *finder.figures(text)]
    chosen: list[Mention] = []
    for mention in sorted(found, key=lambda m: (m.start, -(m.end - m.start))):
        if not chosen or mention.start >= chosen[-1].end:
            chosen.append(mention)
    return chosen


def _pair(text: str, mentions: list[Mention], join: re.Match[str]) -> _Pair | None:
    """The items a join stands between: the mention before it and the one after it, each at most two words away
    ("N0 militari e N1", "M et la O"); the mission before it with no mention after it is a pair of its own ("M en de
    navo-missie in Irak")."""
    before = [m for m in mentions if m.end <= join.start() and _GAP.match(text[m.end:join.start()] + " ")]
    after = [m for m in mentions if m.start >= join.end() and _GAP.match(text[join.end():m.start] + " ")]
    if not before:
        return None
    if not after:
        return _Pair(before[-1], None, join.start()) if before[-1].kind == "M" else None
    return _Pair(before[-1], after[0], join.start())


def _cut(text: str, pair: _Pair, place: int) -> tuple[int, int]:
    """The span of a value pair that goes: the second item with as many words after it as follow the first ("circa
    4.600 militari[ e 400 funzionari]", "4 700[ et 650] personnels"), or the first item up to the second ("[zo'n 4.700
    en ]650 militairen")."""
    first, second = pair.left, pair.right
    assert second is not None
    if place == 1:
        return first.start, second.start
    trail = len(text[first.end:pair.join].split())  # the first item's own words before the join ("militari")
    return _after_words(text, first.end, trail), _after_words(text, second.end, trail)


def _after_words(text: str, end: int, count: int) -> int:
    """Where ``count`` words after ``end`` end."""
    for _ in range(count):
        more = _NEXT_WORD.match(text, end)
        if more is None:
            break
        end = more.end()
    return end


def _word_cut(text: str, word: re.Pattern[str]) -> tuple[int, int]:
    """The span of the word "respectively" with the comma before it ("..., respectively,": one comma stays)."""
    found = word.search(text)
    assert found is not None
    start, end = found.start(), found.end()
    before = text[:start].rstrip()
    if before.endswith(","):
        start = len(before) - 1
        if text[end:].lstrip().startswith(","):
            start = len(before)
    elif start > 0 and text[start - 1] == " ":
        start -= 1
    return start, end


def _without(text: str, cuts: list[tuple[int, int]]) -> str | None:
    """The text with the spans cut (None when two of them overlap), its spaces made single again."""
    cuts = sorted(cuts)
    for (_, end), (start, _) in itertools.pairwise(cuts):
        if start < end:
            return None
    for start, end in reversed(cuts):
        text = text[:start] + text[end:]
    return re.sub(r"\s+([,.;:!?])", r"\1", re.sub(r"\s{2,}", " ", text)).strip()


_NEXT_WORD = re.compile(r"\s+[^\W\d_][\w'’-]*")


@functools.cache
def _respectively(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """A word of ``words.respectively``, whole, in any case."""
    if not words:
        return None
    return _whole(trie_alternation(words, separator=r"\s+"), re.IGNORECASE)


@functools.cache
def _respectively_cue(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """Whether a word of ``words`` may stand in a paragraph, by one substring scan of its ``caseless`` text (every
    paragraph of a page is asked; the case-insensitive pattern, behind its look-behind, was tried at each position);
    None where a word is not ASCII (``caseless`` holds those as substrings only)."""
    return substrings([w.lower() for w in words]) if words and all(w.isascii() for w in words) else None


@functools.cache
def _joins(words: tuple[str, ...]) -> re.Pattern[str]:
    """A word of coordination, whole, as written (lower case: "And" opening a sentence joins no pair)."""
    return _whole(trie_alternation(words, separator=r"\s+"))


def _whole(alternation: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'’-]){alternation}(?![\w'’-])", flags)
