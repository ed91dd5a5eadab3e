"""Small text helpers shared by the stages: normalising, hashing, keyword matching."""
from __future__ import annotations

import email.utils
import functools
import hashlib
import importlib
import re
import sys
import time
import unicodedata
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple, Protocol


def longest_first(phrase: str) -> tuple[int, str]:
    """A sort key for an alternation's phrases: the longest first, those of one length in their
    order, so that a pattern made from a set is the same in every process (its source is the key of
    its code kept between processes, parsecache.py)."""
    return -len(phrase), phrase


def alternation(words: Iterable[str]) -> str:
    """``words`` escaped, as the branches of one alternation, the longest first (:func:`longest_first`), each once;
    with no words, a branch that never matches (an empty alternation would match everywhere)."""
    return "|".join(sorted({re.escape(w) for w in words if w}, key=longest_first)) or "(?!x)x"


def fold(text: str) -> str:
    """Lower-case, accents removed, curly quotes and dashes made plain, white space folded."""
    if not text.isascii():  # an ASCII text has no accents, curly quotes or dashes to take out
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
        text = text.translate(_PLAIN)
    return re.sub(r"\s+", " ", text).strip().lower()


def name_words(text: str) -> frozenset[str]:
    """The words of a name, folded (:func:`fold`): one place, body or person named more or less fully has the words of
    the shorter name among the fuller one's ("Baghdad" and "the greater Baghdad area", "Federal Police" and "Federal
    Police Command"; a hyphen joins its words: "non-combat" is not "combat")."""
    return frozenset(fold(text).split())


_PLAIN = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
                        "\u2014": "-", "\u2011": "-", "\u00a0": " ",
                        # letters Unicode does not decompose into a base letter and an accent, as outlets write
                        # them without it: "Kılıç" and "Kilic", "Paweł" and "Pawel", "Jørgen Bækgaard" and
                        # "Jorgen Baekgaard" are one person
                        "ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
                        "ħ": "h", "Ħ": "H", "þ": "th", "Þ": "TH", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
                        "ß": "ss"})

# what a case-insensitive regular expression matches to an ASCII letter beyond str.lower(): the
# dotless i and the long s (re's own extra cases), and the dot that lower() adds to a capital İ
_CASELESS = str.maketrans({"\u0131": "i", "\u017f": "s", "\u0307": None})
_OTHER_DIGIT = re.compile(r"[^\D0-9]")  # what \d matches beyond 0-9: "٣", "३"...
_DIGITS = tuple("0123456789")


def caseless(text: str) -> str:
    r"""``text`` in lower case such that an ASCII word a case-insensitive pattern matches in
    ``text`` stands in it as a substring, and any digit ``\d`` matches as one of 0-9 (see
    :func:`required_words`)."""
    lower = text.lower()
    if lower.isascii():
        return lower
    return _OTHER_DIGIT.sub(lambda digit: str(unicodedata.decimal(digit.group(0))), lower.translate(_CASELESS))


@dataclass(frozen=True)
class PackedText:
    """A main text ready for storage: its SHA-256 and its zlib-compressed UTF-8. Made where the
    text was extracted (a worker process), so the main process does neither. ``compressed`` is
    None when the text was the one already stored (``known``): nothing to store, nothing packed."""

    digest: str
    size: int
    compressed: bytes | None


def pack_text(text: str, known: str | None = None) -> PackedText:
    data = text.encode("utf-8")
    digest = hashlib.sha256(data).hexdigest()
    return PackedText(digest, len(text), None if digest == known else zlib.compress(data, 6))


def body_hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


@lru_cache(maxsize=256)
def _keyword_pattern(keywords: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = sorted((re.escape(fold(k)) for k in keywords if k.strip()), key=longest_first)
    return re.compile(r"(?<![\w])(?:" + "|".join(alternatives) + r")(?![\w])")


def mentions_any(text: str, keywords: tuple[str, ...]) -> bool:
    """True when one of ``keywords`` stands in ``text`` as whole words, ignoring case and accents."""
    if not keywords:
        return False
    return _keyword_pattern(keywords).search(fold(text)) is not None


@functools.lru_cache(maxsize=1024)
def _parsed(source: str, flags: int) -> Any:
    """re's parse of a pattern (read, never changed, by the three readers below): a frame's pattern
    is parsed once, not once for each (parsing is most of the time a process takes to start)."""
    return importlib.import_module("re._parser").parse(source, flags)


def forget_parses() -> None:
    """Drop the parses kept while a profile's and the language files' patterns were compiled."""
    _parsed.cache_clear()


def required_words(pattern: PatternSource, most: int = 3, asserted: bool = False) -> tuple[tuple[str, ...], ...]:
    r"""Groups of ASCII words (lower case) such that every text ``pattern`` matches contains a word
    of each group, or ``()`` when none can be told: substring tests on :func:`caseless` text that
    rule a sentence out before the regular expression runs.

    Read from the parsed pattern: runs of literal characters outside optional parts, a digit
    (``\d``: the group of the ten digits), and for an alternation one group of words from every
    branch. The ``most`` most selective groups are kept (those whose shortest word is longest), the
    most selective first. ``asserted``: the words of a positive lookahead or lookbehind count too
    (they stand in the text around the match: "the(?=\s+\d+-strong\s+force)" needs "-strong")."""
    try:  # re's own parser, private: should it ever change, no words are told and patterns just run
        groups = sorted(set(_needed(_parsed(pattern.pattern, pattern.flags), asserted)),
                        key=lambda words: (*_selectivity(words), words), reverse=True)
    except Exception:
        return ()
    return tuple(groups[:most])


def _selectivity(words: tuple[str, ...]) -> tuple[int, int]:
    return min(map(len, words)), -len(words)


# one branch of an alternation: the groups of words it needs, all of them
Branch = tuple[tuple[str, ...], ...]


def required_choices(pattern: PatternSource, most: int = 3) -> tuple[tuple[Branch, ...], ...]:
    """The alternations a match cannot do without whose branches need more than one group of
    words: for each, the groups of every branch (the ``most`` most selective, as
    :func:`required_words` reads them), every text ``pattern`` matches holding all the groups of
    one branch. The branches that need a single group stand as one branch, the union of those groups.

    Sharper than the one group :func:`required_words` keeps of an alternation: of a status frame's
    verbs ("suspended", "halt on", "put ... on hold"), "halt on" needs "halt" and " on ", and a
    sentence with " on " alone holds none of them."""
    try:  # re's own parser, private (see required_words)
        return tuple(_choices(_parsed(pattern.pattern, pattern.flags), most))
    except Exception:
        return ()


def _choices(items: Any, most: int) -> list[tuple[Branch, ...]]:
    from re._constants import ATOMIC_GROUP, BRANCH, MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT, SUBPATTERN

    found: list[tuple[Branch, ...]] = []
    for op, argument in items:
        if op is SUBPATTERN:
            found += _choices(argument[3], most)
        elif op is ATOMIC_GROUP:
            found += _choices(argument, most)
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT) and argument[0] >= 1:
            found += _choices(argument[2], most)
        elif op is BRANCH:
            branches = [tuple(sorted(set(_needed(branch)), key=lambda words: (*_selectivity(words), words),
                                     reverse=True)[:most]) for branch in argument[1]]
            if not all(branches) or all(len(groups) == 1 for groups in branches):
                continue  # a branch needing no word, or one group each: required_words tells as much
            single = {word for groups in branches if len(groups) == 1 for word in groups[0]}
            merged = ((tuple(sorted(w for w in single if not any(o != w and o in w for o in single))),),)
            found.append(tuple(groups for groups in branches if len(groups) > 1) + (merged if single else ()))
    return found


def _needed(items: Any, asserted: bool = False) -> list[tuple[str, ...]]:
    from re._constants import (
        ASSERT,
        ATOMIC_GROUP,
        BRANCH,
        CATEGORY,
        CATEGORY_DIGIT,
        IN,
        LITERAL,
        MAX_REPEAT,
        MIN_REPEAT,
        POSSESSIVE_REPEAT,
        SUBPATTERN,
    )

    found: list[tuple[str, ...]] = []
    run: list[str] = []

    def end_run() -> None:
        word = "".join(run).lower()
        if len(word.strip()) >= 2:
            found.append((word,))
        run.clear()

    for op, argument in items:
        if op is LITERAL and argument < 128:
            run.append(chr(argument))
            continue
        end_run()
        if op is SUBPATTERN:
            found += _needed(argument[3], asserted)
        elif op is ATOMIC_GROUP:
            found += _needed(argument, asserted)
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT) and argument[0] >= 1:
            found += _needed(argument[2], asserted)
        elif op is ASSERT and asserted:
            found += _needed(argument[1], asserted)
        elif op is IN and argument == [(CATEGORY, CATEGORY_DIGIT)]:
            # "\d+ troops", "(?:\d+|a\s+hundred)": a figure's digit is a word of its own
            found.append(_DIGITS)
        elif op is BRANCH:
            branches = [max(_needed(branch, asserted), key=_selectivity, default=()) for branch in argument[1]]
            if all(branches):
                words = {word for words in branches for word in words}
                # a word that contains another of the group adds nothing: "the mission" has "mission"
                found.append(tuple(sorted(w for w in words if not any(o != w and o in w for o in words))))
    end_run()
    return found


@dataclass(frozen=True)
class Reading:
    """What the fact engine keeps of a pattern's parse (see ``profile.Guarded``): the words every
    match contains (:func:`required_words`, :func:`required_choices`) and the start test put
    before it (:func:`start_test`; None: the pattern runs as written). Plain data, kept on disk
    between processes (``parsecache.py``): reading it is most of what compiling a frame costs."""

    needs: tuple[tuple[str, ...], ...]
    choices: tuple[tuple[Branch, ...], ...]
    test: str | None


class PatternSource(Protocol):
    """What the readers below read of a pattern: its source and flags (a compiled
    :class:`re.Pattern`, or a :class:`Source` not compiled yet)."""

    @property
    def pattern(self) -> str: ...

    @property
    def flags(self) -> int: ...


class Source(NamedTuple):
    """A pattern's source and flags, read without compiling it (``re``'s parse is all a
    :class:`Reading` needs, and compiling is most of its cost)."""

    pattern: str
    flags: int = 0


# global flags at a pattern's start ("(?i)..."): they must stay there, so no start test goes before them
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def read_pattern(pattern: PatternSource) -> Reading:
    """``pattern``'s reading, from one parse of it (never compiled here: an invalid pattern gives
    an empty reading, its caller compiles it)."""
    return Reading(required_words(pattern), required_choices(pattern), start_test(pattern))


def starts_tested(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind a lookahead for the characters a match can start with: the engine then
    tries its alternatives only where one of them stands, not at every position. The same matches;
    ``pattern`` itself when those characters cannot be told (or a match may be empty).

    Worth it for a case-insensitive alternation of many branches (the mission's names and mention
    patterns) or a pattern behind a lookbehind (the frames), which re tries branch by branch at
    every position. A pattern that begins with a case-sensitive literal, a character class or
    ``^`` is left alone: re already searches such a pattern by its start, faster."""
    test = start_test(pattern)
    return pattern if test is None else re.compile(with_start_test(pattern.pattern, test), pattern.flags)


def with_start_test(source: str, test: str) -> str:
    """A pattern's source behind its start test (see :func:`start_test`)."""
    return test + "(?:" + source + ")"


def start_test(pattern: PatternSource) -> str | None:
    """The lookahead :func:`starts_tested` puts before ``pattern`` ("(?=[Mm]|(?i:[p]))"), or None
    when it leaves the pattern alone."""
    if _GLOBAL_FLAGS.match(pattern.pattern):
        return None
    try:  # re's own parser, private (see required_words)
        parsed = _parsed(pattern.pattern, pattern.flags)
        caseless = bool(parsed.state.flags & re.IGNORECASE)
        if _searched_by_start(parsed, caseless):
            return None
        first = _first_chars(parsed, caseless)
    except Exception:
        return None
    if first is None or first[1]:
        return None
    # what a case-insensitive part lets start, in a pattern that is not: tested case-insensitively
    own = "".join(sorted(item for item, folded in first[0] if caseless or not folded))
    folded = "".join(sorted(item for item, folded in first[0] if folded and not caseless))
    tests = ([f"[{own}]"] if own else []) + ([f"(?i:[{folded}])"] if folded else [])
    openings = _opening_test(parsed)
    return "(?=" + "|".join(tests) + ")" + (openings or "")


_OPENING = 4  # characters of a match's opening that a start test holds
_OPENINGS_MOST = 300  # openings a start test holds at most: past them, the first characters alone


def _opening_test(parsed: Any) -> str | None:
    """A lookahead for the first characters of every match ("(?=(?i:(?:mis|n(?:ato|mi)|the)))"): where one of the
    characters a match starts with stands, which of the pattern's openings does. "the" and "n" open "the alliance"
    and "NMI", but the letters alone let the engine try every branch at most positions of a sentence (the mission's
    names, at half of the positions). None when some match may open with a class ("\\d", "[A-Z]") or a character
    of no fixed value: the first characters say as much."""
    found = _openings(parsed, _OPENING)
    if found is None or not found or any(not text for text, _ in found):
        return None
    words: dict[str, str] = {}
    for text, _ in sorted(found):  # (in order: the same test in every process, whatever the strings' hashing)
        words.setdefault(text.lower(), text)
    # an opening that begins with another is tested by it ("mis" stands wherever "misi" does)
    kept = [text for key, text in words.items()
            if len(key) != len(text) or not any(
                other != key and key.startswith(other) and len(other) == len(words[other]) for other in words)]
    return "(?=(?i:" + _trie(sorted(kept)) + "))"


def _openings(items: Any, most: int) -> set[tuple[str, bool]] | None:
    """The texts of at most ``most`` characters a match of ``items`` opens with (in some case), each with whether
    what follows ``items`` may still continue it; None when there are too many or they cannot be told."""
    current: set[tuple[str, bool]] = {("", True)}
    for op, argument in items:
        each = _item_openings(op, argument, most)
        if each is None:
            return None
        grown: set[tuple[str, bool]] = set()
        for text, open_ in current:
            if not open_:
                grown.add((text, False))
                continue
            for more, goes_on in each:
                joined = text + more
                grown.add((joined[:most], goes_on and len(joined) < most))
        if len(grown) > _OPENINGS_MOST:
            return None
        current = grown
        if not any(open_ for _, open_ in current):
            break
    return current


def _item_openings(op: Any, argument: Any, most: int) -> set[tuple[str, bool]] | None:
    """What one item of a parse opens with (see :func:`_openings`)."""
    from re import _constants as sre

    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return {("", True)}  # consumes nothing
    if op is sre.LITERAL:
        # (a parenthesis ends the opening: the test stays free of one, see the tests' reading of it)
        return {("", False)} if chr(argument) in "()" else {(chr(argument), True)}
    if op is sre.IN:
        if len(argument) <= 6 and all(kind is sre.LITERAL and chr(value) not in "()" for kind, value in argument):
            return {(chr(value), True) for _, value in argument}
        return {("", False)}  # a class, a category: the opening ends before it
    if op is sre.SUBPATTERN:
        _, added, removed, body = argument
        if (added | removed) & ~(re.IGNORECASE | re.DOTALL | re.MULTILINE):
            return None
        return _openings(body, most)
    if op is sre.ATOMIC_GROUP:
        return _openings(argument, most)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, body = argument
        inner = _openings(body, most)
        if inner is None:
            return None
        once = inner if high == 1 else {(text, False) for text, _ in inner}  # (a second time: not told)
        return once | {("", True)} if low == 0 else once
    if op is sre.BRANCH:
        found: set[tuple[str, bool]] = set()
        for branch in argument[1]:
            inner = _openings(branch, most)
            if inner is None:
                return None
            found |= inner
            if len(found) > _OPENINGS_MOST:
                return None
        return found
    if op in (sre.GROUPREF, sre.GROUPREF_EXISTS):
        return None
    return {("", False)}  # any character, a negated literal...


def anchored(pattern: PatternSource) -> bool:
    """Every match of ``pattern`` starts at the start of the text (each of its branches opens with
    ``^``, behind lookarounds at most, and it is not MULTILINE): ``match`` finds what ``search``
    does, without trying every other position."""
    if pattern.flags & re.MULTILINE:
        return False
    try:  # re's own parser, private (see required_words)
        return _opens_anchored(_parsed(pattern.pattern, pattern.flags).data) is True
    except Exception:
        return False


def _opens_anchored(items: Any) -> bool | None:
    """Whether ``items`` open with ``^`` on every way through them; None when they consume nothing."""
    from re import _constants as sre

    for op, argument in items:
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            continue  # consumes nothing
        if op is sre.AT:
            if argument in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING):
                return True
            continue
        if op is sre.SUBPATTERN:
            if argument[1] & re.MULTILINE:
                return False
            inner = _opens_anchored(argument[3])
        elif op is sre.BRANCH:
            ways = [_opens_anchored(branch) for branch in argument[1]]
            inner = True if all(way is True for way in ways) else False
        else:
            return False
        if inner is not None:
            return inner
    return None


def opens_after_space(pattern: PatternSource) -> bool:
    r"""Every match of ``pattern`` starts at the start of the text or right after a whitespace character: each way
    through its opening reaches ``^`` or a lookbehind ending in whitespace ("(?:^|(?<=[,;:]\s)|(?<=\sthat\s))")
    before it consumes anything. Whether it matches at all is then ``match``, or a search of ``\s`` before it: re
    skips by itself to the whitespace, where the pattern as written is tried at almost every position."""
    try:  # re's own parser, private (see required_words)
        return _opens_after_space(_parsed(pattern.pattern, pattern.flags).data) is True
    except Exception:
        return False


def _opens_after_space(items: Any) -> bool | None:
    """Whether ``items`` open after a space on every way through them; None when they consume and assert nothing."""
    from re import _constants as sre

    for op, argument in items:
        if op is sre.ASSERT_NOT:
            continue  # consumes nothing and tells no position
        if op is sre.AT:
            if argument in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING):
                return True
            return False
        if op is sre.ASSERT:
            if argument[0] < 0 and _ends_in_space(argument[1].data):
                return True
            continue
        if op is sre.SUBPATTERN:
            inner = _opens_after_space(argument[3])
        elif op is sre.BRANCH:
            inner = all(_opens_after_space(branch) is True for branch in argument[1])
        else:
            return False
        if inner is not None:
            return inner
    return None


def _ends_in_space(items: Any) -> bool:
    """The last character ``items`` match is whitespace, however they match."""
    from re import _constants as sre

    if not items:
        return False
    op, argument = items[-1]
    if op is sre.LITERAL:
        return chr(argument).isspace()
    if op is sre.IN:
        return all((kind is sre.LITERAL and chr(value).isspace()) or (kind, value) == (sre.CATEGORY, sre.CATEGORY_SPACE)
                   for kind, value in argument)
    if op is sre.SUBPATTERN:
        return _ends_in_space(argument[3])
    if op is sre.BRANCH:
        return all(_ends_in_space(branch) for branch in argument[1])
    return False


def _searched_by_start(items: Any, caseless: bool) -> bool:
    """re finds where ``items`` may match by itself: anchored at the start, or (case-sensitive)
    opening with a literal, a character class or an alternation of literals."""
    from re import _constants as sre

    if not items:
        return False
    op, argument = items[0]
    if op is sre.AT:
        return argument in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING)
    if caseless:
        return False
    if op is sre.BRANCH:
        return all(branch and branch[0][0] is sre.LITERAL for branch in argument[1])
    return op in (sre.LITERAL, sre.IN)


def _first_chars(items: Any, caseless: bool) -> tuple[set[tuple[str, bool]], bool] | None:
    """(character class items the first character of a match is one of, each with whether it is
    matched ignoring case; whether ``items`` may match nothing at all), or None when unknown."""
    from re import _constants as sre

    categories = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
                  "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}
    found: set[tuple[str, bool]] = set()
    for op, argument in items:
        inner: tuple[set[tuple[str, bool]], bool] | None
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # consumes nothing: what follows starts the match
        if op is sre.LITERAL:
            found.add((re.escape(chr(argument)), caseless))
            return found, False
        if op is sre.IN:
            for kind, value in argument:
                if kind is sre.LITERAL:
                    found.add((re.escape(chr(value)), caseless))
                elif kind is sre.RANGE:
                    found.add((f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}", caseless))
                elif kind is sre.CATEGORY and str(value) in categories:
                    found.add((categories[str(value)], caseless))
                else:  # a negated class, or a category without an escape here
                    return None
            return found, False
        if op is sre.SUBPATTERN:
            _, added, removed, body = argument
            if (added | removed) & ~(re.IGNORECASE | re.DOTALL | re.MULTILINE):
                return None  # (?a:...), (?u:...): classes would mean something else here
            inner = _first_chars(body, bool(added & re.IGNORECASE) or (caseless and not removed & re.IGNORECASE))
        elif op is sre.ATOMIC_GROUP:
            inner = _first_chars(argument, caseless)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            inner = _first_chars(argument[2], caseless)
            if inner is not None and argument[0] == 0:
                inner = inner[0], True
        elif op is sre.BRANCH:
            branches = [_first_chars(branch, caseless) for branch in argument[1]]
            if any(branch is None for branch in branches):
                return None
            inner = ({item for branch in branches if branch for item in branch[0]},
                     any(branch[1] for branch in branches if branch))
        else:  # a back reference, a conditional, any character...
            return None
        if inner is None:
            return None
        found |= inner[0]
        if not inner[1]:
            return found, False
    return found, True


# compiles a pattern from re's parse of one: re's own compiler, or parsecache's (which keeps the code it makes)
CompileParsed = Callable[[Any, int], re.Pattern[str]]


def compile_parsed(parsed: Any, flags: int) -> re.Pattern[str]:
    """A pattern from re's parse of one (a ``SubPattern``), as ``re.compile`` makes it from a source."""
    return importlib.import_module("re._compiler").compile(parsed, flags)


def lowered(pattern: re.Pattern[str], compile: CompileParsed = compile_parsed) -> re.Pattern[str] | None:
    """A case-sensitive pattern that, on the :func:`caseless` form of a text (of the same length),
    matches at least wherever the case-insensitive ``pattern`` matches in the text: its letters in
    lower case. re tries a case-insensitive alternation branch by branch at every position, each
    letter compared through its case; in lower case, a branch whose first letter differs is
    passed over at once (a slot's trigger, which holds the advise words of every language, is
    found four times faster). None when that cannot be made sure of: a pattern that ignores no
    case, may match an empty text, or holds a back reference, a letter outside ASCII and Latin-1
    (whose other cases lower() may not give), or a letter in a negated set or in the negative
    lookaround of a part that heeds case (where lower case would rule out more, not less), but for such a
    lookaround outside any negative one, which is left out (leaving it out lets only more match: the advised
    institution's trigger, 'advis...(?!{peers})', found three times faster).
    ``compile``: what compiles the pattern made (:func:`compile_parsed`; parsecache's keeps its code)."""
    if not pattern.flags & re.IGNORECASE:
        return None
    try:  # re's own parser and compiler, private: should they change, the pattern just runs as written
        parser = importlib.import_module("re._parser")
        parsed = parser.parse(pattern.pattern, pattern.flags)
        if parsed.getwidth()[0] == 0:
            return None
        data = _lowered(parsed.data, True, False, parser, loose=True)
        if data is None:
            return None
        parsed.state.flags &= ~re.IGNORECASE
        return compile(parser.SubPattern(parsed.state, data), pattern.flags & ~re.IGNORECASE)
    except Exception:
        return None


def _safe(char: int) -> bool:
    """A character of ASCII or Latin-1 (but the micro sign): its other case is the one lower() gives."""
    return char < 0x80 or (0xC0 <= char <= 0xFF and char not in (0xD7, 0xF7))


def _cased(char: int) -> bool:
    return chr(char).lower() != chr(char).upper()


def _lowered(items: Any, caseless: bool, negative: bool, parser: Any, loose: bool = False) -> list[Any] | None:
    r"""``items`` (of re's parse) with their letters in lower case; None when unsure (see :func:`lowered`).
    ``caseless``: the part ignores case; ``negative``: it stands in a negative lookaround; ``loose``: a lookaround
    that cannot be put in lower case is left out where leaving it out only lets more match (one not inside a negative
    lookaround: "advis\w*+(?!\s+(?:from|of)\s+(?-i:[A-Z])...)")."""
    from re import _constants as sre

    out: list[Any] = []
    for op, argument in items:
        if op is sre.LITERAL:
            if _cased(argument) and (not _safe(argument) or (negative and not caseless)):
                return None
            out.append((op, ord(chr(argument).lower())))
        elif op is sre.NOT_LITERAL:
            if _cased(argument):
                return None
            out.append((op, argument))
        elif op is sre.IN:
            negated = any(kind is sre.NEGATE for kind, _ in argument)
            members: list[Any] = []
            for kind, value in argument:
                members.append((kind, value))
                chars: Iterable[int] = ()
                if kind is sre.LITERAL:
                    chars = (value,)
                elif kind is sre.RANGE:
                    if value[1] - value[0] > 5000:
                        return None
                    chars = range(value[0], value[1] + 1)
                for char in chars:
                    if not _cased(char):
                        continue
                    if negated or not _safe(char) or (negative and not caseless):
                        return None
                    if chr(char).lower() != chr(char):
                        members.append((sre.LITERAL, ord(chr(char).lower())))
            out.append((op, members))
        elif op is sre.SUBPATTERN:
            group, added, removed, body = argument
            inner = (caseless or bool(added & re.IGNORECASE)) and not removed & re.IGNORECASE
            lowered_body = _lowered(body, inner, negative, parser, loose)
            if lowered_body is None:
                return None
            out.append((op, (group, added & ~re.IGNORECASE, removed & ~re.IGNORECASE,
                             parser.SubPattern(body.state, lowered_body))))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, high, body = argument
            lowered_body = _lowered(body, caseless, negative, parser, loose)
            if lowered_body is None:
                return None
            out.append((op, (low, high, parser.SubPattern(body.state, lowered_body))))
        elif op is sre.BRANCH:
            branches = []
            for branch in argument[1]:
                lowered_branch = _lowered(branch, caseless, negative, parser, loose)
                if lowered_branch is None:
                    return None
                branches.append(parser.SubPattern(branch.state, lowered_branch))
            out.append((op, (argument[0], branches)))
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            direction, body = argument
            lowered_body = _lowered(body, caseless, negative != (op is sre.ASSERT_NOT), parser, loose)
            if lowered_body is None and loose and not negative:
                continue  # (a test the lower case form need not make: it matches at least where the pattern does)
            if lowered_body is None:
                return None
            out.append((op, (direction, parser.SubPattern(body.state, lowered_body))))
        elif op is sre.ATOMIC_GROUP:
            lowered_body = _lowered(argument, caseless, negative, parser, loose)
            if lowered_body is None:
                return None
            out.append((op, parser.SubPattern(argument.state, lowered_body)))
        elif op in (sre.AT, sre.ANY, sre.CATEGORY):
            out.append((op, argument))
        else:  # a back reference, a conditional: their text's case counts
            return None
    return out


def lowered_finditer(pattern: re.Pattern[str], fast: re.Pattern[str], text: str,
                     lower: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, the positions found by ``fast`` (:func:`lowered`) on ``lower``
    (``caseless(text)``, as long) and each match made there by ``pattern`` itself: the same
    matches, as ``fast`` matches wherever ``pattern`` does."""
    position = 0
    search, match = fast.search, pattern.match
    while True:
        found = search(lower, position)
        if found is None:
            return
        start = found.start()
        made = match(text, start)
        if made is None:
            position = start + 1
            continue
        yield made
        position = made.end()



@dataclass(frozen=True)
class Branches:
    r"""A case-insensitive pattern whose every match opens with one branch of an alternation (its
    own, or its first group's), each branch with the words it needs (as :func:`required_words`
    reads them, lookarounds' too) and its own search in lower case (:func:`lowered`). See
    :func:`branched_finditer`. Made when a branch opens with a lookaround (the mission's names,
    behind ``(?<![\w])``): re tries such a branch at every position of every sentence."""

    needs: tuple[tuple[tuple[str, ...], ...], ...]
    searches: tuple[re.Pattern[str], ...]


def branches(pattern: PatternSource, compile: CompileParsed = compile_parsed) -> Branches | None:
    """``pattern``'s opening alternation (:class:`Branches`), or None when it has none, a branch
    needs no word, or it cannot be made sure of (see :func:`lowered`): a back reference, a branch
    that may match an empty text or that cannot be put in lower case. ``compile``: see :func:`lowered`."""
    if not pattern.flags & re.IGNORECASE:
        return None
    try:  # re's own parser and compiler, private (see lowered)
        from re import _constants as sre

        if (parse := _parse_anew(pattern)) is None:
            return None
        parser, parsed = parse
        items = parsed.data
        while items and items[0][0] in (sre.ASSERT, sre.ASSERT_NOT):
            items = items[1:]  # a start test: each branch's search needs it not
        while items and items[0][0] is sre.SUBPATTERN and not items[0][1][1] and not items[0][1][2]:
            items = items[0][1][3].data  # (a group that changes no flag)
        if not items or items[0][0] is not sre.BRANCH:
            return None
        alternation = items[0][1][1]
        if not any(_opens_with_lookaround(branch) for branch in alternation):
            return None  # (re finds a branch that opens with a character as fast in the whole, behind its start test)
        needs = tuple(tuple(sorted(set(_needed(branch, asserted=True)),
                                   key=lambda words: (*_selectivity(words), words), reverse=True)[:3])
                      for branch in alternation)
        lowered_branches = [_lowered(branch, True, False, parser) for branch in alternation]
        if not all(needs) or any(data is None for data in lowered_branches) or any(
                parser.SubPattern(parsed.state, data).getwidth()[0] == 0 for data in lowered_branches):
            return None
        parts = [_searched_part(branch, sre) for branch in alternation]
        lowered_branches = [data if part is branch else _lowered(part, True, False, parser) or data
                            for branch, part, data in zip(alternation, parts, lowered_branches, strict=True)]
        parsed.state.flags &= ~re.IGNORECASE
        flags = pattern.flags & ~re.IGNORECASE
        return Branches(needs, tuple(compile(parser.SubPattern(parsed.state, data), flags)
                                     for data in lowered_branches))
    except Exception:
        return None


def _searched_part(branch: Any, sre: Any) -> Any:
    r"""What of ``branch`` (of re's parse, in a case-insensitive pattern) its search in lower case looks for: its items
    up to the first part that heeds case ("advise ... (?-i:[A-Z])\w* (?:of|and|the|(?-i:[A-Z])\w*){0,10} on"), when
    the items before it are four characters or more; else the whole branch. In lower case such a part matches more
    than in the text: "[A-Z]" any letter, so the words "of", "and" or "the" each two ways, and a failing search
    backtracks through all their combinations. A branch's beginning matches wherever the branch does (the pattern
    itself then tries each place it finds, on the text: see :func:`branched_finditer`), so the matches stay the same."""
    for index, item in enumerate(branch):
        if _heeds_case([item], True, sre):
            if index and branch[:index].getwidth()[0] >= 4:
                return branch[:index]
            break
    return branch


def _heeds_case(items: Any, caseless: bool, sre: Any) -> bool:
    """``items`` (of re's parse) hold a letter in a part that heeds case (``caseless``: the part around them ignores
    case): one its form in lower case (:func:`_lowered`) matches more than."""
    for op, argument in items:
        if op in (sre.LITERAL, sre.NOT_LITERAL):
            if not caseless and _cased(argument):
                return True
        elif op is sre.IN:
            for kind, value in argument:
                chars = (value,) if kind is sre.LITERAL else range(value[0], value[1] + 1) if kind is sre.RANGE else ()
                if not caseless and any(_cased(char) for char in chars):
                    return True
        elif op is sre.SUBPATTERN:
            _group, added, removed, body = argument
            if _heeds_case(body, (caseless or bool(added & re.IGNORECASE)) and not removed & re.IGNORECASE, sre):
                return True
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            if _heeds_case(argument[2], caseless, sre):
                return True
        elif op is sre.BRANCH:
            if any(_heeds_case(branch, caseless, sre) for branch in argument[1]):
                return True
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            if _heeds_case(argument[1], caseless, sre):
                return True
        elif op is sre.ATOMIC_GROUP:
            if _heeds_case(argument, caseless, sre):
                return True
    return False


def _opens_with_lookaround(items: Any) -> bool:
    """``items`` (of re's parse) may open with a lookaround or an anchor: re tries them at every position."""
    from re import _constants as sre

    if not items:
        return False
    op, argument = items[0]
    if op is sre.SUBPATTERN:
        return _opens_with_lookaround(argument[3])
    if op is sre.BRANCH:
        return any(_opens_with_lookaround(branch) for branch in argument[1])
    return op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT)


def branched_finditer(pattern: re.Pattern[str], parts: Branches, text: str, lower: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, where ``parts`` is ``pattern``'s :func:`branches`: a match opens
    where one of the branches whose words ``lower`` holds (``caseless(text)``, as long) matches, each
    found by its own search, and the pattern is tried only there. The same matches, as
    :func:`lowered_finditer` makes them; a branch whose words a sentence lacks (the mission's names
    before "focuses on") is never run."""
    searches = [search.search for words, search in zip(parts.needs, parts.searches, strict=True)
                if all(contains_any(lower, group) for group in words)]
    found = [search(lower) for search in searches]
    position, match = 0, pattern.match
    while True:
        start = -1
        for index, made in enumerate(found):
            if made is not None and made.start() < position:
                made = found[index] = searches[index](lower, position)
            if made is not None and (start < 0 or made.start() < start):
                start = made.start()
        if start < 0:
            return
        made = match(text, start)
        if made is None:
            position = start + 1
            continue
        yield made
        position = made.end()


@dataclass(frozen=True)
class Lead:
    """A pattern that opens with a run of at most ``most`` characters none of which is in ``stops``
    (``[^.;]{0,60}?``, lazy or greedy), then ``anchor``: "the value up to 60 characters before the
    mission's name". re tries the run at every position and, at each of its lengths, what follows
    (the mission's names: a long alternation), where a match can only start at most ``most``
    characters before a place ``anchor`` matches at. ``anchor``: what follows the run in its group
    (or in the pattern, when the run opens it). See :func:`lead_finditer`."""

    most: int
    stops: str
    anchor: re.Pattern[str]
    # the anchor in lower case (:func:`lowered`), run on the caseless text; None: the anchor as written
    fast: re.Pattern[str] | None


def lead(pattern: re.Pattern[str], compile: CompileParsed = compile_parsed) -> Lead | None:
    """``pattern``'s opening run and what follows it (:class:`Lead`), or None when it has none (or
    it cannot be made sure of: a back reference or a conditional anywhere, a run that may not be
    empty, stops that are letters, a pattern that may match an empty text). ``compile``: see :func:`lowered`."""
    try:  # re's own parser and compiler, private (see lowered)
        from re import _constants as sre

        if (parse := _parse_anew(pattern)) is None:
            return None
        parser, parsed = parse
        items = parsed.data
        if items and items[0][0] is sre.SUBPATTERN and not items[0][1][1] and not items[0][1][2]:
            items = items[0][1][3].data  # the run opens a group: "(?P<value>[^.;]{0,60}?..."
        if len(items) < 2 or items[0][0] not in (sre.MIN_REPEAT, sre.MAX_REPEAT):
            return None
        low, high, body = items[0][1]
        if low != 0 or high == sre.MAXREPEAT or len(body) != 1:
            return None
        # "[^.;]", or "[^.]" (re reads a single stop as a character other than it)
        members = [(sre.NEGATE, None), (sre.LITERAL, body[0][1])] if body[0][0] is sre.NOT_LITERAL else (
            body[0][1] if body[0][0] is sre.IN else [])
        if not members or members[0][0] is not sre.NEGATE or not all(
                kind is sre.LITERAL and not _cased(value) for kind, value in members[1:]):
            return None
        stops = "".join(chr(value) for _, value in members[1:])
        # what follows the run in its sequence (re's parse puts a group without a name in its place)
        state, rest = parsed.state, parser.SubPattern(parsed.state, list(items[1:]))
        if rest.getwidth()[0] == 0:
            return None  # an anchor that may match nothing stands everywhere
        anchor = compile(rest, pattern.flags)
        fast = None
        if pattern.flags & re.IGNORECASE:
            data = _lowered(list(items[1:]), True, False, parser)
            if data is not None:
                state.flags &= ~re.IGNORECASE
                fast = compile(parser.SubPattern(state, data), pattern.flags & ~re.IGNORECASE)
        return Lead(high, stops, anchor, fast)
    except Exception:
        return None


def _parse_anew(pattern: PatternSource) -> tuple[Any, Any] | None:
    """re's parser and a parse of ``pattern`` of its own (not :func:`_parsed`'s: the caller changes its
    state's flags), or None when no reading derived from it can be made sure of: the pattern may match an
    empty text, or holds a back reference or a conditional (read by :func:`branches` and :func:`lead`)."""
    parser = importlib.import_module("re._parser")
    parsed = parser.parse(pattern.pattern, pattern.flags)
    return None if parsed.getwidth()[0] == 0 or _refers(parsed.data) else (parser, parsed)


def _refers(items: Any) -> bool:
    """A back reference or a conditional stands in ``items`` (of re's parse)."""
    from re import _constants as sre

    for op, argument in items:
        if op in (sre.GROUPREF, sre.GROUPREF_EXISTS, sre.GROUPREF_IGNORE, sre.GROUPREF_LOC_IGNORE,
                  sre.GROUPREF_UNI_IGNORE):
            return True
        inner: list[Any] = []
        if op is sre.SUBPATTERN:
            inner = [argument[3]]
        elif op in (sre.MIN_REPEAT, sre.MAX_REPEAT, sre.POSSESSIVE_REPEAT):
            inner = [argument[2]]
        elif op is sre.BRANCH:
            inner = list(argument[1])
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            inner = [argument[1]]
        elif op is sre.ATOMIC_GROUP:
            inner = [argument]
        if any(_refers(part) for part in inner):
            return True
    return False


def lead_finditer(pattern: re.Pattern[str], opening: Lead, text: str, lower: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, where ``opening`` is ``pattern``'s :func:`lead`: the anchor is
    found once per place it matches at, and the pattern tried only from the first position whose
    run can reach it. The same matches: a match starting at p holds an anchor's match at some q
    (p <= q <= p + most, no stop between), from which the pattern also matches starting at
    max(q - most, the last stop before q + 1): the leftmost match starts there for the first
    such q, and any earlier q's start is tried before it. ``lower``: ``caseless(text)``."""
    anchor, on = (opening.fast, lower) if opening.fast is not None and len(lower) == len(text) else (
        opening.anchor, text)
    search, match, most, stops = anchor.search, pattern.match, opening.most, opening.stops
    position, tried, at = 0, -1, 0
    while True:
        found = search(on, at)
        if found is None:
            return
        place = found.start()
        start = max(place - most, position, *(text.rfind(stop, position, place) + 1 for stop in stops))
        at = place + 1
        if start <= tried:
            continue
        tried = start
        made = match(text, start)
        if made is not None:
            yield made
            position = made.end()
            at = max(at, position)


class LowerCase:
    """A case-insensitive pattern and its lower-case form (:func:`lowered`), for texts whose
    :func:`caseless` form is at hand: the pattern's own matches, found in lower case."""

    __slots__ = ("fast", "last", "pattern", "rest")

    def __init__(self, pattern: re.Pattern[str],
                 lower: Callable[[re.Pattern[str]], re.Pattern[str] | None] = lowered) -> None:
        # (``lower``: parsecache's :func:`lowered`, to keep the lower-case pattern between processes)
        self.pattern = pattern
        self.fast = lower(pattern)
        # the last text asked about (this very object), its matches found so far and the search for the others (None
        # once all are found): a sentence is asked whether it names the mission, then, when it is read, for the names
        # themselves; a paragraph is asked only whether it names it, and the search stops at the first name
        self.last: tuple[str | None, list[re.Match[str]]] = (None, [])
        self.rest: Iterator[re.Match[str]] | None = None

    def _start(self, text: str, lower: str) -> list[re.Match[str]]:
        last, found = self.last
        if text is not last:
            found = []
            self.last = (text, found)
            self.rest = (self.pattern.finditer(text) if self.fast is None or len(lower) != len(text)
                         else lowered_finditer(self.pattern, self.fast, text, lower))
        return found

    def finditer(self, text: str, lower: str) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)``; ``lower`` is ``caseless(text)``."""
        found = self._start(text, lower)
        if self.rest is not None:
            found.extend(self.rest)
            self.rest = None
        return iter(found)

    def search(self, text: str, lower: str) -> re.Match[str] | None:
        """``pattern.search(text)``; ``lower`` is ``caseless(text)``."""
        found = self._start(text, lower)
        if not found and self.rest is not None:
            first = next(self.rest, None)
            if first is None:
                self.rest = None
            else:
                found.append(first)
        return found[0] if found else None


def opening_end(pattern: re.Pattern[str] | None, text: str) -> int | None:
    """Where ``pattern`` (a language's words that may open a text, None where the language has none) ends, matched
    at the start of ``text``; else None."""
    match = pattern.match(text) if pattern is not None else None
    return match.end() if match is not None else None


def contains_any(text: str, words: Iterable[str]) -> bool:
    """One of ``words`` is a substring of ``text``: a plain loop, several times faster than any()
    over a generator on the hot path of fact extraction."""
    for word in words:
        if word in text:
            return True
    return False


class Vocabulary:
    """Which of many words a text holds, in one scan: the words as a trie-shaped regular expression
    tried at every position (each position costs a few character tests, not one per word), each
    longest word found standing also for the words that begin it ("suspended": "suspend").

    The frames of the language files test a thousand words on every sentence about the mission;
    one substring test per word was a quarter of fact extraction."""

    def __init__(self, words: Iterable[str], compile: Callable[[str], re.Pattern[str]] = re.compile,
                 trie: Callable[[list[str]], str] | None = None) -> None:
        # (``compile`` and ``trie``: parsecache's, to keep the long alternation and its code between processes)
        vocabulary = sorted({w for w in words if w})
        known = set(vocabulary)
        # each word's beginnings that are words too (a set test per beginning, not a test per word)
        self.prefixes = {w: frozenset(w[:end] for end in range(1, len(w) + 1) if w[:end] in known)
                         for w in vocabulary}
        # the words of one or two characters ("of", "en", a digit) are looked for one by one: in the
        # trie they stand at most positions of a text, and the scan took twice as long
        self.short = tuple(w for w in vocabulary if len(w) <= 2)
        longer = [w for w in vocabulary if len(w) > 2]
        self.pattern = compile("(?=(" + (trie or _trie)(longer) + "))") if longer else None

    def present(self, lower: str) -> frozenset[str]:
        """The words that stand in ``lower`` (``caseless`` text) as substrings."""
        # (the longer words found, each with the words that begin it; the same word stands many times)
        found = (frozenset().union(*map(self.prefixes.__getitem__, set(self.pattern.findall(lower))))
                 if self.pattern is not None else frozenset())
        short = [word for word in self.short if word in lower]
        return found.union(short) if short else found


def _trie(words: list[str], separator: str | None = None) -> str:
    """An alternation of ``words`` as a trie of characters: shared beginnings once, the longest
    continuation first. With ``separator`` (a pattern), a space in a word stands for it ("[\\s.-]+":
    "Maj Gen" matches "Maj.-Gen")."""
    return _trie_of(tuple(words), separator)


@functools.lru_cache(maxsize=512)
def _trie_of(words: tuple[str, ...], separator: str | None) -> str:
    # (built once a process for each list of words: several patterns share one; the characters escaped
    # once each, not once per node: building the tries was half of building the engine)
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in (" ".join(word.split()) if separator is not None else word):
            node = node.setdefault(char, {})
        node[""] = {}
    escaped: dict[str, str] = {}
    if separator is not None:
        escaped[" "] = separator

    def build(node: dict[str, Any]) -> str:
        branches = []
        for char in sorted(node):
            if char:
                mark = escaped.get(char)
                if mark is None:
                    mark = escaped[char] = re.escape(char)
                branches.append(mark + build(node[char]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return build(root)


def trie_alternation(words: Iterable[str], separator: str | None = None) -> str:
    """``words`` (or phrases of words, with ``separator``) as one fast group: at each position a
    pattern tries a few characters, not every word."""
    listed = sorted({w for w in words if w})
    return "(?:" + _trie(listed, separator) + ")" if listed else "(?!x)x"


# characters of English text, the most frequent first (a word is looked for from its rarest one)
_FREQUENT = " etaoinsrhldcumfpgwybvkxjqz"


def substrings(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern whose ``search`` tells whether one of ``words`` stands in a text as a substring:
    a substring test per word, in one scan. Each word is looked for from its least common
    character, the rest after it and then the whole word behind ("cj" + "t" + "f" for "cjtf": "j",
    "tf", then "cjtf" behind), so the scan stops at few positions of an ordinary text; a quarter
    faster than a trie. The words looked for from one character are one branch behind it: where the
    scan stops, only the words of that character are tried, each first by the character after it (re
    skips an alternative whose first character differs at once; a look behind first was tried in
    every one: the scan took twice as long). A match spans the same characters either way."""
    by_char: dict[str, list[str]] = {}
    for word in sorted({w for w in words if w}):
        at = max(range(len(word)), key=lambda i: (_rarity(word[i]), i))
        behind = f"(?<={re.escape(word)})" if at else ""
        by_char.setdefault(word[at], []).append(re.escape(word[at + 1:]) + behind)
    branches = [re.escape(char) + "(?:" + "|".join(rests) + ")" for char, rests in sorted(by_char.items())]
    return re.compile("|".join(branches) if branches else "(?!x)x")


# what stands as it is in the caseless text: ASCII and Latin-1's letters (each has one other case,
# which lower() gives back)
_LITERAL = re.compile("[\x21-\x7e\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]+")


class WordTest:
    """Whether a text may hold one of some phrases, each matched ignoring case as whole words: with
    ``(?<![\\w'])`` before it and ``(?![\\w'])`` after (``whole``), or with ``(?<![\\w])`` and
    ``(?![\\w])`` (``bounded``); spaces inside a phrase may stand for any white space. Every run
    of word characters of such a phrase is then a word of the text, split the same way: a phrase
    is told by its words all standing among the text's (one set lookup per phrase of the text's
    rarest words). ``loose`` phrases may stand inside a word ("n't" of "doesn't"), and a phrase
    without a word ("?") is no word of the text: told by a substring test of their longest piece
    without a space on the caseless text (:func:`substrings`). ``always``: a phrase none of these
    can tell (the text is then never ruled out)."""

    def __init__(self, whole: Iterable[str] = (), bounded: Iterable[str] = (), loose: Iterable[str] = ()) -> None:
        self.index: tuple[dict[str, list[frozenset[str]]], dict[str, list[frozenset[str]]]] = ({}, {})
        spare = list(loose)
        self.always = False
        for apostrophe, phrases in ((1, whole), (0, bounded)):
            for phrase in phrases:
                lower = phrase.lower()
                if len(lower) != len(phrase):  # ("İ": its lower case is two characters)
                    self.always = True
                    continue
                runs = frozenset(_RUNS[apostrophe].findall(lower))
                if not runs:
                    spare.append(phrase)  # "?": no word, the phrase itself
                    continue
                key = max(runs, key=lambda run: (len(run), sum(map(_rarity, run)), run))
                self.index[apostrophe].setdefault(key, []).append(runs)
        self.keys = (frozenset(self.index[0]), frozenset(self.index[1]))
        # the others by their longest piece without a space, as it stands in the caseless text
        pieces = [max(phrase.lower().split(), key=len) for phrase in spare if phrase.strip()]
        if not all(_LITERAL.fullmatch(piece) for piece in pieces):
            self.always = True
        self.loose = substrings(pieces) if pieces else None

    def may_hold(self, text: str) -> bool:
        if self.always:
            return True
        for apostrophe in (1, 0):
            keys = self.keys[apostrophe]
            if not keys:
                continue
            words = text_words(text, apostrophe == 1)
            for key in keys.intersection(words):
                for runs in self.index[apostrophe][key]:
                    if runs <= words:
                        return True
        return self.loose is not None and self.loose.search(caseless(text)) is not None


_RUNS = (re.compile(r"\w+"), re.compile(r"[\w']+"))
_FOLD_CASE = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


@functools.lru_cache(maxsize=1024)
def text_words(text: str, apostrophe: bool = True) -> frozenset[str]:
    """The words of ``text`` in lower case, runs of ``[\\w']`` (``\\w`` alone without
    ``apostrophe``): the runs a case-insensitive match of a phrase's words covers whole (see
    :class:`WordTest`). Lower case one character for one, as re ignores case: "İ", the dotless i
    and the long s read as "i", "i" and "s". Kept for the last texts: the tone tests of a clause
    ask about the same text one after another."""
    lower = text.lower() if text.isascii() else text.translate(_FOLD_CASE).lower()
    return frozenset(_RUNS[apostrophe].findall(lower))


class CuedPattern:
    """A pattern of phrases behind a :class:`WordTest` of them: ``search``, ``match``,
    ``finditer`` and ``sub`` as the pattern's, but a text that cannot hold a phrase is answered at
    once (no match; ``sub`` gives it back), without running the pattern. The tone words'
    patterns are asked of every clause several times, and most clauses hold none of their words:
    a set lookup, not a case-insensitive alternation tried at every position."""

    __slots__ = ("pattern", "test")

    def __init__(self, pattern: re.Pattern[str], test: WordTest | None) -> None:
        self.pattern = pattern
        self.test = test

    def _absent(self, text: str) -> bool:
        return self.test is not None and not self.test.may_hold(text)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._absent(text) else self.pattern.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._absent(text) else self.pattern.match(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return iter(()) if self._absent(text) else self.pattern.finditer(text, pos, endpos)

    def sub(self, replacement: str | Callable[[re.Match[str]], str], text: str) -> str:
        return text if self._absent(text) else self.pattern.sub(replacement, text)


def _rarity(char: str) -> int:
    found = _FREQUENT.find(char)
    return len(_FREQUENT) if found < 0 else found


def retry_after(value: str | None) -> float | None:
    """Seconds an HTTP Retry-After header asks to wait: either seconds or an HTTP date (fetching
    and Slack delivery both honour it)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
