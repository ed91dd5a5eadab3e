"""Layout: the lines of a page that are not prose, read as the sentences they stand for.

Pure functions over a document and the profile's names; run before the text is split. A page
often tells the mission's facts in lines without a verb, which no frame reads as they stand:

- a fact box, a run of label-value lines ("Commander: Lt Gen X (Estonia)", "Personnel: approx.
  700", "Advises: A; B; C") under a heading, or with a line, naming the mission: each line is the
  mission's ("NATO Mission Iraq Commander Lt Gen X (Estonia)", "NATO Mission Iraq - approx. 700
  Personnel"); a line naming another actor (or the mission itself) is left as it is;
- a timeline, a run of lines each opening with a year or a date and a dash ("2033 - X takes
  command; the mission grows to 1,000"): every clause of a line is dated by it ("2033, X takes
  command. 2033, the mission grows to 1,000."), so the latest line is the current state and the
  earlier ones history; under a heading naming the mission, the lines speak of it;
- a table rendered as lines ("Country | Personnel", "Italy | 280", "Total NMI | 1,120"): each row
  after the header reads as "Italy: 280 Personnel";
- a question and its answer: the answer to a question asking who does something ("Q: Who runs the
  mission?" "A: Since May, Lt Gen X.") is that person doing it ("Since May, Lt Gen X runs the
  mission.");
- a live page, a run of entries each opening with a clock time ("16.42 uur – ...", "14h32 – ..."), newest first or
  oldest first, and an article's updates ("Update, 15:20: ...", "Mise à jour, 18h40 : ...") wherever they stand: each
  paragraph's place in the page's own time (``Layout.ranks``), so that of two states the page gives as of one day the
  later entry's holds;
- a sentence broken over two paragraphs (a PDF's lines: "Lt Gen X assumed" / "command of NMI on 22 May."): the
  paragraph ending in a word in lower case, with no stop, and the next opening with one are one paragraph;
- a word a PDF's line broke with a hyphen ("Resolu-" / "tion 1244") is one word again, but for a compound's first part
  that keeps its hyphen (``words.compound_openers``: "non-" / "combat") or an acronym's ("NATO-" / "led"); a page's
  running head or foot on a line of its own inside a sentence ("12 | NATO Annual Report 2078") is dropped;
- footnotes: a note's mark ("... 480 personnel.[12]") is no part of the sentence, and the notes
  themselves ("[12] Interview with ...") are references, not statements of the page.

``laid_out`` gives the document as read, the paragraphs whose lines speak of the mission (a box's,
a timeline's under a heading naming it) and, for each paragraph it rewrote, the
page's own line, which stays the facts' quote.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from itertools import pairwise
from typing import TypeVar

from ..language import load_language, name_translations
from ..models import Document
from ..profile import Profile
from ..textutil import alternation, caseless, longest_first
from .mentions import Finder
from .text import national_part, plain, speaks, split_sentences

# a label and its value: "Commander: X", "Based in: Baghdad", "Senior Civilian Representative: Y",
# "Commandant : X" (not a speaker's turn in capitals, "HOST:", nor a sentence: at most four words)
# (up to four words, or two words, the short words of a Romance label and two more: "Efectivos totales de la misión",
# "Lieu d'affectation", "Area geografica di intervento")
_LABEL_LINE = re.compile(r"^\s*(?P<label>[^\W\d_][\w'’.-]*(?:(?:\s+[\w'’.-]+){0,3}?|(?:\s+[\w'’.-]+)?"
                         r"(?:\s+(?-i:[a-zà-ÿ]{1,3})){1,2}\s+[\w'’.-]+(?:\s+[\w'’.-]+)?))\s*:\s+(?P<value>\S.{0,199})$")
# a figure opening a value: "approx. 700", "c. 4,400", "about 900", "27" (not a year: "2018")
_FIGURE_FIRST = re.compile(r"^(?:[a-zà-ÿ]+\.?\s+){0,2}?(?!(?:1[89]|20)\d\d\b)\d[\d,.\s]*(?:\s|$)")
# a line of a label (its place in brackets, "NMI (Iraq)") and a count opening its value ("NMI (Iraq): 42 soldiers ...")
_COUNT_LINE = re.compile(r"^\s*[^\W\d_][^:.;]{0,60}?\s*:\s+(?:[^\W\d_]+\.?\s+){0,2}?(?!(?:1[89]|20)\d\d\b)\d")
# a note's mark after a word or a stop ("personnel.[12]", "Kuwait,[13]"); a note itself ("[12] Ibid.")
_NOTE_MARK = re.compile(r"(?<=[\w.,;:!?\"')])\[\d{1,3}\]")
_NOTE = re.compile(r"^\s*\[\d{1,3}\]\s")
_CELL = re.compile(r"\s+\|\s+")
# a breakdown's line: a label and a figure alone, parted by a dash or a colon ("Italy – 520", "Other nations: 330")
_BREAKDOWN_LINE = re.compile(r"^\s*[^\W\d_][^\d:|–—]{0,40}?\s*(?:[–—:]|\s-)\s*(?:ca\.|c\.|~)?\s*\d[\d,.\s]*\s*$")
# a fact box's label in a table's first cell ("Troop strength", "Commander"): at most four words, no figure
_LABEL_CELL = re.compile(r"^[^\W\d_][^\W\d_'’.-]*(?:\s+[^\W\d_][^\W\d_'’.-]*){0,3}$")
# a term that has ended, two dates joined by a dash: "May 2049 – May 2050", "2047-2049"
_CLOSED_TERM = re.compile(r"(?:1[89]|20)\d\d\s*[–—-]\s*(?:[^\W\d_]+\.?\s+)?(?:1[89]|20)\d\d(?!\d)")
_SIGNED = re.compile(r"^[^\w\s]{1,2}\s*\d")  # a figure after a sign: "~900", "+120", "≈ 80"
# the fields of a box on one line: "X — Commander: Y; Personnel: 900", "Created: 2018 · Seat: Baghdad | Role: ..."
_FIELD_SEP = re.compile(r"\s+[—–|·•]\s+|;\s+")
# a bullet opening a line of a list ("* Oprettet i 2018", "• About 550 soldiers"; not a dash, which opens a quote in
# some languages: "- Vi står skulder ved skulder")
_BULLET = re.compile(r"^\s*[*•·▪◦●■►]\s*")
# the bullets that may stand inside a line whose breaks were lost (not "·" nor "*", a box's separator and a note's mark)
_GLUED = "•▪◦●■►"
_GLUED_SPLIT = re.compile(r"\s*(?=[•▪◦●■►])")
# a dash or a number opening a line of a list, after a line ending with a colon ("asesorará a:", "- el Ministerio ...";
# "in these areas:", "1. logistics", "2) medicine")
_MARK = re.compile(r"^\s*(?:[-–—]|\d{1,2}[.)])\s+(?=\S)")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")  # in a timeline line's first words
# a clock time opening a line, after at most a few words (an update's mark), and before a dash, a colon or a closing
# bracket: "16.42 uur – ", "14h32 – ", "Update, 15:20: ", "[Versione delle 10:05] " (not "2.500 soldiers", nor a date
# "12.05.2024 -")
# (its day may follow, in brackets or after a comma: "09:15 (17 Jan) — ", "09:40, 22 January — ": entries of several
# days, ordered by their day first)
_STAMP = re.compile(r"\W{0,2}(?P<mark>[^\W\d][^\d]{0,24}?)?\b(?P<hour>[01]?\d|2[0-3])[.:h](?P<minute>[0-5]\d)(?!\d)"
                    r"(?:\s*[^\W\d][\w.]{0,4})?"
                    r"(?:,?\s*\(?(?:(?P<day>[0-3]?\d)\.?\s+(?P<month>[^\W\d]{3,10})|(?P<month_first>[^\W\d]{3,10})\.?\s+"
                    r"(?P<day_after>[0-3]?\d))\.?\)?)?"
                    r"(?:\s*[])]|\s*[–—:|-])\s*\S")

# a word broken at a line's end by a hyphen ("im-\nprovised", "civil-\nmilitary", "NATO-\nled"), as a PDF's text has it
_BROKEN = re.compile(r"(?P<word>[^\W_]+)-[ \t]*\n[ \t]*(?=(?P<next>[^\W_]+))")
# a printed page's running head or foot standing on a line of its own inside a sentence ("12 | NATO Annual Report
# 2078", "NATO Annual Report 2078 | 12"), the next line going on in lower case: dropped
_PAGE_FURNITURE = re.compile(r"\n(?:[ \t]*\n)?[ \t]*(?:\d{1,4}[ \t]*[|•·][ \t]*[^\n|]{3,80}?"
                             r"|[^\n|]{3,80}?[ \t]*[|•·][ \t]*\d{1,4})[ \t]*\n(?:[ \t]*\n)?(?=[ \t]*[^\W\d_A-Z])")
# a name's initials with their dots ("U.N.", "E.U.", "N.M.I.", "EE.UU."): the name without them ("UN", "EU", "NMI");
# not a person's initials before the surname ("Maj Gen A.B. Costa"), a capital word after them
# (two of them in a row, a cheap test first: a search for a literal dot is fast where the lookbehind at every
# character is not)
_DOTTED_PAIR = re.compile(r"\.[A-Z]{1,2}\.")
_UNDOTTED = re.compile(r"(?<![\w.'’-])(?:[A-Z]{1,2}\.){2,}(?![\w])(?!\s+[A-Z][a-z])")
# a paragraph opening with a word and a colon or a dash, maybe a date in brackets between ("Correction: ...", "UPDATE
# (May 7) - ..."): a mark of an update where the word is one of the language's (see _entry_ranks)
_MARKED = re.compile(r"\W{0,2}(?P<mark>[^\W\d][^\d:()–—|-]{0,24}?)\s*(?:\([^()]{0,40}\)\s*)?[:–—-]\s+\S")
# cheap tests before _STAMP and _MARKED, which most paragraphs fail: a clock time's first digit stands in a paragraph's
# first 28 characters (two before the mark, 25 of it), a mark's dash or colon with a space after it in its first 80
_STAMP_DIGIT = re.compile(r"\d")
_MARKED_SEP = re.compile(r"[:–—-]\s")


@dataclass(frozen=True)
class Layout:
    document: Document  # the paragraphs as read
    told: frozenset[int]  # the paragraphs whose lines speak of the mission
    lines: dict[str, str]  # a rewritten paragraph -> the page's own line (the quote)
    # a live page's or an updated article's paragraphs (their index) -> their place in the page's time, earliest 0
    ranks: dict[int, int] = field(default_factory=dict)
    # the label lines under a heading of a nation's own people ("Our soldiers abroad"): their counts are its contingents
    apart: frozenset[int] = frozenset()

    def quote(self, quote: str) -> str:
        """The page's own line for a quote taken from a rewritten paragraph."""
        if not self.lines:
            return quote
        for read, line in self.lines.items():
            if quote in read:
                return line
        return quote


def laid_out(document: Document, profile: Profile) -> Layout:
    """The document's lines that are not prose read as the sentences they stand for (see the module)."""
    paragraphs = [_NOTE_MARK.sub("", p) if "[" in p else p for p in document.paragraphs
                  if not (p[:8].lstrip().startswith("[") and _NOTE.match(p))]
    mended: dict[str, str] = {}  # a paragraph whose words were made whole -> the page's own (the quote)
    for index, paragraph in enumerate(paragraphs):
        whole = _page_lines_dropped(_PAGE_FURNITURE.sub("\n", paragraph)) if "\n" in paragraph else paragraph
        whole = _mended(whole) if "-\n" in whole or "- \n" in whole else whole
        whole = _UNDOTTED.sub(_undotted, whole) if _DOTTED_PAIR.search(whole) and _UNDOTTED.search(whole) else whole
        if whole != paragraph:
            paragraphs[index] = whole
            mended[whole] = paragraph
    rejoined: dict[str, str] = {}  # a sentence broken over two paragraphs, as one -> the page's two paragraphs
    if any(p[:1].islower() for p in paragraphs[1:]):
        paragraphs = _rejoined(paragraphs, rejoined)
    # a list whose bullet lines came as one block, broken by lines alone: each line a paragraph, as a list's are
    paragraphs = [line for p in paragraphs for line in _block_lines(p)]
    told: set[int] = set()
    lines: dict[int, str] = {}
    _month_headings(paragraphs, document.published, lines)  # (before the boxes: "July:" is no box's label)
    _entry_descriptions(paragraphs, profile, lines)
    _entry_fields(paragraphs, profile, lines)
    _marked_lists(paragraphs, lines)
    _bullets(paragraphs, document.title, profile, told, lines)
    _celled_boxes(paragraphs, document.title, profile, lines)
    national: set[int] = set()
    _boxes(paragraphs, document.title, profile, told, lines, national)
    _timelines(paragraphs, document.title, profile, told, lines)
    _tables(paragraphs, document.title, profile, lines)
    _breakdown_totals(paragraphs, document.title, profile, told, lines)
    _answers(paragraphs, lines)
    ranks = _entry_ranks(paragraphs)
    apart = _own_people_lines(paragraphs, document.title) | national
    if not told and not lines and tuple(paragraphs) == document.paragraphs:
        return Layout(document, frozenset(), {}, ranks, apart)
    kept = set(paragraphs) if mended else set()
    return Layout(replace(document, paragraphs=tuple(paragraphs)), frozenset(told),
                  {**{read: line for read, line in mended.items() if read in kept}, **rejoined,
                   **{paragraphs[i]: line for i, line in lines.items()}}, ranks, apart)


# A statement's own day: the day its heading closes on, within the first lines (a decision it says was taken "today"
# was taken then; see facts._taken_today)
_DATELINE_LINES = 3  # the first lines of a page, where a statement's heading gives its day
_DATELINE_REACH = 7  # how many days after its heading's day a statement may be published


def statement_day(document: Document, finder: Finder) -> date | None:
    """A statement's own day (the engine's one reader), the one its heading closes on: one of its first lines, with
    no closing stop, that ends on a date with its day, in the week before the page was published ("Meeting of NATO
    Ministers of Defence - Chair's statement - 15 February 2104", "Baghdad, 27 February 2103"); or a line that says
    who issued the statement, closing on its day with its stop (the language files' words.issued: "Issued by the Heads
    of State and Government ... on 10 July 2102."). Asked for only where a fact may take it (it reads dates: not on
    every page's way)."""
    published = document.published
    if published is None:
        return None
    issued = finder.language.issued
    for line in (document.title, *document.paragraphs[:_DATELINE_LINES]):
        line = (line or "").strip()
        stated = bool(issued) and line.lower().startswith(issued)
        if not line or "\n" in line or (line.endswith(".") and not stated):
            continue
        dates = finder.dates(line, published)
        last = max(dates, key=lambda mention: mention.end, default=None)
        closing = " )]." if stated else " )]"
        if (last is not None and last.exact and last.when is not None and not line[last.end:].strip(closing)
                and 0 < (published - last.when).days <= _DATELINE_REACH):
            return last.when
    return None


def _undotted(match: re.Match[str]) -> str:
    return match.group().replace(".", "")


def _mended(paragraph: str) -> str:
    """The paragraph with its words broken at a line's end made whole: a syllable's hyphen goes ("im-\nprovised":
    "improvised", "main-\ntenance"), a compound's stays ("civil-\nmilitary": "civil-military", after one of
    ``words.compound_openers`` and before a word of its own; "NATO-\nled", "anti-\nISIS", "2018-\n2019": a capital
    or a figure on either side)."""
    openers = load_language().compound_openers

    def mend(match: re.Match[str]) -> str:
        word, after = match.group("word"), match.group("next")
        joined = (not after[0].islower() or not word.isalpha() or any(c.isupper() for c in word[1:])
                  or (word.lower() in openers and len(after) >= 4))
        return f"{word}-" if joined else word
    return _BROKEN.sub(mend, paragraph)


def _rejoined(paragraphs: list[str], pages: dict[str, str]) -> list[str]:
    """A sentence a page broke over two paragraphs (a PDF's lines) as one paragraph: one ending in a word in lower
    case, no stop after it, the next opening with a word in lower case and ending with a stop ("Lt Gen X assumed" /
    "command of NMI on 22 May, succeeding Y."); ``pages``: each paragraph joined -> the page's two, its quote."""
    joined: list[str] = []
    for paragraph in paragraphs:
        if joined and paragraph[:1].islower() and paragraph.rstrip()[-1:] in _STOPS and _broken(joined[-1]):
            page = f"{pages.pop(joined[-1], joined[-1])}\n\n{paragraph}"
            joined[-1] = f"{joined[-1].rstrip()} {paragraph.lstrip()}"
            pages[joined[-1]] = page
        else:
            joined.append(paragraph)
    return joined


def _broken(paragraph: str) -> bool:
    """The paragraph ends inside a sentence: its last word (after a space, a comma after it at most) is in lower
    case."""
    words = paragraph.rstrip().removesuffix(",").rsplit(None, 1)
    return len(words) == 2 and words[1].isalpha() and words[1].islower()


_STOPS = frozenset('.!?"\'”’»)')


def _own_people_lines(paragraphs: list[str], title: str) -> frozenset[int]:
    """The label lines right under a heading (or a title) of a speaker's own people ("Our soldiers abroad", "Our forces
    on operations": ``words.first_person`` and a word of people; "Ministry of Defence – Deployments in 2084":
    ``words.defence_bodies`` and one of ``words.own_people``): a nation's page of its contingents, each line's count
    ("NMI (Iraq): 42 soldiers serve with ...") its own share, no mission's size."""
    heading = _own_people_heading()
    apart: set[int] = set()
    under = heading.search(caseless(title)) is not None if title else False
    for index, paragraph in enumerate(paragraphs):
        if len(paragraph) < 60 and not paragraph.rstrip().endswith(".") and ":" not in paragraph:
            under = heading.search(caseless(paragraph)) is not None  # a heading: the lines after it are its
        elif under and _COUNT_LINE.match(paragraph) is not None:
            apart.add(index)
        else:
            under = False
            if _deployments_list(paragraph):
                apart.add(index)
    return frozenset(apart)


def _deployments_list(paragraph: str) -> bool:
    """A line labelled with a nation's own people and listing, entry by entry, a count for each mission ("Current
    deployments: M – 14 personnel (Baghdad); X – 180 personnel (Pristina)", "Contingents abroad: M, 40 soldiers; X, 12
    soldiers"): each count is that nation's share."""
    colon = paragraph.find(":", 0, 40)
    if colon < 0 or paragraph.count(";", colon) < 1:
        return False
    label = caseless(paragraph[:colon]).strip()
    if _deployments_label().fullmatch(label) is None:
        return False
    entries = paragraph[colon + 1:].split(";")
    return all(any(char.isdigit() for char in entry) for entry in entries)


@cache
def _deployments_label() -> re.Pattern[str]:
    people = alternation(sorted(load_language().own_people))
    return re.compile(rf"(?:[^\W\d_]+ ){{0,2}}(?:{people})(?: [^\W\d_]+){{0,2}}")


@cache
def _own_people_heading() -> re.Pattern[str]:
    language = load_language()
    people = alternation(sorted({*language.staff, *language.own_people}))
    # (or a nation's defence body before them: "Ministry of Defence – Deployments in 2084")
    bodies = alternation(language.defence_bodies) if language.defence_bodies else "(?!x)x"
    return re.compile(rf"(?<!\w)(?:(?:{alternation(language.first_person)}) (?:\w+ )?(?:{people})"
                      rf"|(?:{bodies})(?!\w)\W{{1,5}}(?:\w+ )?(?:{alternation(language.own_people)}))(?!\w)")


def _entry_ranks(paragraphs: list[str]) -> dict[int, int]:
    """Each paragraph's place in the page's own time, where the page tells it (see the module), else nothing.

    A live page (two or more lines opening with a clock time): its entries oldest first, whichever way the page runs
    (the way most of its times go), each paragraph after an entry's line that entry's; the lines above the first
    entry (a headline, a summary kept up to date or not) have no place. An article with updates: its paragraphs
    first, then each update by its time."""
    marks = load_language().update_marks
    entries: list[tuple[int, int]] = []  # (paragraph, minutes)
    updates: list[tuple[int, int]] = []
    for index, paragraph in enumerate(paragraphs):
        stamp = _STAMP.match(paragraph[:60]) if _STAMP_DIGIT.search(paragraph, 0, 28) is not None else None
        if stamp is None:
            marked = _MARKED.match(paragraph[:80]) if _MARKED_SEP.search(paragraph, 0, 80) is not None else None
            if marked is not None and caseless(marked.group("mark")).strip().startswith(marks):
                # "Correction: ... It has about 600 personnel, not 500", "UPDATE (May 7) - ...": an update without
                # its time, after those with one, in the page's order
                updates.append((index, 24 * 60 + index))
            continue
        mark = caseless(stamp.group("mark") or "").strip(" ,:;[(")
        if mark and not mark.startswith(marks):
            continue  # "Baghdad, 10:30 - ...": a dateline's place, no update
        (updates if mark else entries).append((index, _stamp_day(stamp) * 24 * 60 + int(stamp.group("hour")) * 60
                                               + int(stamp.group("minute"))))
    if len(entries) >= 2:
        stamped = sorted(entries + updates)
        later = sum(a[1] < b[1] for a, b in pairwise(stamped))
        earlier = sum(a[1] > b[1] for a, b in pairwise(stamped))
        place = {index: rank for rank, (index, _) in enumerate(stamped[::-1] if earlier > later else stamped, 1)}
        ranks, rank = {}, None
        for index in range(len(paragraphs)):
            rank = place.get(index, rank)
            if rank is not None:
                ranks[index] = rank
        return ranks
    if not updates:
        return {}
    ranks = dict.fromkeys(range(len(paragraphs)), 0)
    for rank, (index, _) in enumerate(sorted(updates, key=lambda update: update[1]), 1):
        ranks[index] = rank
    return ranks


def _stamp_day(stamp: re.Match[str]) -> int:
    """The day an entry's stamp gives after its time ("09:15 (17 Jan) — "), counted from the year's start (a month
    31 days), or 0 where it gives none or its month is no month of the languages'."""
    day, month = stamp.group("day") or stamp.group("day_after"), stamp.group("month") or stamp.group("month_first")
    number = load_language().months.get(caseless(month).rstrip(".")) if month else None
    return number * 31 + int(day) if day and number else 0


# a page's number on a line of its own, between dashes or bars or not ("— 14 —", "- 3 -", "14")
_PAGE_NUMBER = re.compile(r"\s*(?:[-–—|·•]\s*)?\d{1,4}(?:\s*[-–—|·•])?\s*")


def _page_lines_dropped(paragraph: str) -> str:
    """A paragraph taken from a printed page (a PDF's lines) without a page's number on a line of its own and the
    running title beside it ("— 14 —", "NATO Annual Report 2079": no sentence's line)."""
    lines = paragraph.split("\n")
    if len(lines) < 3 or not any(_PAGE_NUMBER.fullmatch(line) for line in lines[1:-1]):
        return paragraph
    dropped = set()
    for index, line in enumerate(lines):
        if not (0 < index < len(lines) - 1 and _PAGE_NUMBER.fullmatch(line)):
            continue
        # (the running title: a short line of capitalised words)
        titles = {near for near in (index - 1, index + 1) if 0 < near < len(lines) - 1 and _running_title(lines[near])}
        # a bare figure is a page's number only where the sentence goes on in lower case after it (and its running
        # title); one with its dashes or bars always: else it may be a table's cell ("Personnel\n500\nCountries")
        after = max((index, *titles)) + 1
        if not line.strip().isdigit() or (after < len(lines) and lines[after].lstrip()[:1].islower()):
            dropped |= {index, *titles}
    return "\n".join(line for index, line in enumerate(lines) if index not in dropped)


def _running_title(line: str) -> bool:
    """A line a page prints above or below its text: a few words, each long one capitalised or a figure, no stop."""
    words = line.split()
    return (0 < len(words) <= 10 and not line.rstrip().endswith((".", "!", "?", ",", ";", ":"))
            and all(word[:1].isupper() or word[:1].isdigit() or len(word) < 4 for word in words))


def _block_lines(paragraph: str) -> list[str] | tuple[str, ...]:
    """The lines of a block that is a list, a fact box or a table alone, or of a box or a bullet list written on one
    line, each a paragraph; else the paragraph alone. (A paragraph of one line, with no colon in its first 120
    characters and all ASCII, is known at once to be none: each test below needs a line break, that colon or two
    bullets outside ASCII; most paragraphs of a page are such prose.)"""
    if "\n" not in paragraph and ":" not in paragraph[:120] and paragraph.isascii():
        return (paragraph,)
    if paragraph[:1] in _GLUED and (glued := _glued_bullets(paragraph)) is not None:
        # a bullet line holding the next one ("• Hovedkvarter: Bagdad • Størrelse: ca. 1.000 personer"): the list's
        # lines, each with its bullet, not a box on one line whose first field alone keeps its bullet
        return glued
    return (_bullet_lines(paragraph) or _box_lines(paragraph) or _table_lines(paragraph) or _inline_box(paragraph)
            or _glued_bullets(paragraph) or (paragraph,))


def _bullet_lines(paragraph: str) -> list[str] | None:
    """The lines of a block that is a bullet list alone ("* Danmark vil bidrage med 200 soldater.\n* NATO-missionen
    tæller i dag omkring 700 personer."), else None."""
    if "\n" not in paragraph or paragraph[:3].lstrip()[:1] not in "*•·▪◦●■►":
        return None
    lines = [line for line in paragraph.split("\n") if line.strip()]
    return lines if len(lines) >= 2 and all(_BULLET.match(line) for line in lines) else None


def _glued_bullets(paragraph: str) -> list[str] | None:
    """The lines of a bullet list whose line breaks were lost, two or more bullets inside one line ("What NMI does:•
    trains Iraqi instructors• military medicine• cyber defense"): the text before the first bullet (its heading) and
    each bullet's line a paragraph, as a list's are; else None."""
    if paragraph.isascii() or sum(paragraph.count(bullet) for bullet in _GLUED) < 2:  # (the bullets are not ASCII)
        return None
    parts = [part.strip() for part in _GLUED_SPLIT.split(paragraph)]
    # (a space before a bullet splits off nothing: "• A • B", where a bullet opens the line)
    items = [part for part in parts[1:] if part] if not parts[0] else parts[1:]
    if len(items) < 2 or not all(item[1:].strip() for item in items):
        return None
    return [parts[0], *items] if parts[0] else items


def _box_lines(paragraph: str) -> list[str] | None:
    """The lines of a block that is a fact box alone, its heading line first or not ("At a glance\nEstablished:
    July 2018\nPersonnel: approx. 700"): each line a paragraph, as a box's are; else None."""
    if "\n" not in paragraph or ":" not in paragraph:
        return None
    lines = [line for line in paragraph.split("\n") if line.strip()]
    boxed = lines[1:] if lines and not _is_label_line(lines[0]) and len(lines[0]) <= 60 else lines
    return lines if len(boxed) >= 2 and all(_is_label_line(line) for line in boxed) else None


def _table_lines(paragraph: str) -> list[str] | None:
    """The lines of a block that is a table alone, its rows broken by lines alone ("Commander | Maj Gen X | since
    10/2079\nTroops | approx. 4 600 | 28 nations"): each row a paragraph, as a table's are; else None."""
    if "\n" not in paragraph or " | " not in paragraph:
        return None
    lines = [line for line in paragraph.split("\n") if line.strip()]
    return lines if len(lines) >= 2 and all(_is_table_row(line) for line in lines) else None


def _inline_box(paragraph: str) -> list[str] | None:
    """The lines of a fact box written on one line, its fields parted by a dash, a semicolon, a bar or a dot, a name
    or a heading before them or not ("NMI — Commander: Lt Gen X; Personnel: about 1,100; Established: 2018",
    "Created: July 2018 · Seat: Baghdad", "KEY FACTS — Mission: NMI | Commander: X"): the heading and each field a
    paragraph, as a box's are; else None (a value listing things, "Advises: A; B; C", is no field)."""
    if len(paragraph) > 600 or ":" not in paragraph[:120] or paragraph.count(":") < 2:
        return None
    if not (";" in paragraph or "|" in paragraph or "—" in paragraph or "–" in paragraph or "·" in paragraph
            or "•" in paragraph):
        return _stopped_box(paragraph)
    parts = [part.strip() for part in _FIELD_SEP.split(paragraph.strip())]
    if len(parts) < 2 or not all(parts):
        return None
    fields = parts[1:] if not _is_label_line(parts[0]) and len(parts[0]) <= 60 else parts
    if len(fields) >= 2 and all(_is_label_line(part) for part in fields):
        return parts
    # (its fields parted by full stops after a dashed heading: "L'essentiel — NATO Mission Iraq (NMI). Commandant : X.
    # Effectifs : environ 700. QG : Bagdad": the heading, the name it gives, and each field)
    stopped = [piece.strip() for part in parts for piece in _STOP_BEFORE_LABEL.split(part)]
    heads = 0
    while heads < min(2, len(stopped)) and not _is_label_line(stopped[heads]) and len(stopped[heads]) <= 60:
        heads += 1
    fields = stopped[heads:]
    return stopped if len(fields) >= 2 and all(_is_label_line(part) for part in fields) else None


def _stopped_box(paragraph: str) -> list[str] | None:
    """The fields of a fact box written as one paragraph of sentences, each opening with its label and no heading
    among them ("Oprettet: 2018 efter anmodning fra Iraks regering. Chef: Generalløjtnant X (Portugal). Styrke: ca. 800
    militære og civile. Hovedkvarter: Bagdad."): each field a paragraph, as a box's are; else None (a sentence of
    prose among them, "Chef: X. Han kom i maj.", makes it no box)."""
    text = paragraph.strip()
    ends = [0, *(stop.start() + 1 for stop in _STOP_BEFORE_LABEL.finditer(text)), len(text)]  # (each keeps its stop)
    fields = [text[start:end].strip() for start, end in pairwise(ends)]
    return fields if len(fields) >= 3 and all(_is_label_line(field) for field in fields) else None


# a full stop, then a box's label and its colon ("... (Pologne). Effectifs : environ 700"): a field's end
_STOP_BEFORE_LABEL = re.compile(r"(?<=[\w)])\.\s+(?=[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,3}\s*:\s)")


def _names(text: str, profile: Profile) -> tuple[bool, bool]:
    """Whether the text names the mission, and another actor."""
    flat = plain(text)
    lower = caseless(flat)
    return profile.names_mission(flat, lower), profile.names_other(flat, lower)


_Line = TypeVar("_Line")  # a paragraph, or what was read of it


def _runs(paragraphs: Sequence[_Line], is_line: Callable[[_Line], bool]) -> list[tuple[int, int]]:
    """The runs of two or more consecutive paragraphs that are such lines: (first, end) (the paragraphs, or what was
    read of each once: a match)."""
    runs, start = [], None
    for index, line in enumerate(map(is_line, paragraphs)):
        if line:
            start = index if start is None else start
        else:
            if start is not None and index - start >= 2:
                runs.append((start, index))
            start = None
    if start is not None and len(paragraphs) - start >= 2:
        runs.append((start, len(paragraphs)))
    return runs


def _heading_names(paragraphs: list[str], start: int, title: str, profile: Profile) -> bool | None:
    """Whether the heading of lines starting at ``start`` (the paragraph before, else the title)
    names the mission (True), another actor (False) or neither (None)."""
    heading = paragraphs[start - 1] if start > 0 else title
    mission, other = _names(heading or "", profile)
    if not mission and not other and start > 0 and (_is_heading(heading) or _list_label(heading)):
        # a heading naming nothing under one that does ("NATO Mission Iraq: key facts", then "At a glance")
        return _heading_names(paragraphs, start - 1, title, profile)
    return True if mission and not other else False if other else None


def _is_heading(line: str) -> bool:
    """A short line without a sentence's stop: a heading ("At a glance", "Key facts")."""
    return len(line.split()) <= 5 and not line.rstrip().endswith((".", "!", "?", ":", ";", ","))


def _list_label(line: str) -> bool:
    """A short line ending with a colon and naming nothing else: the label of the list under it ("Areas of focus:",
    "Key tasks:")."""
    stripped = line.strip()
    return stripped.endswith(":") and ":" not in stripped[:-1] and len(stripped.split()) <= 5


def _is_label_line(paragraph: str) -> bool:
    if len(paragraph) > 260 or ":" not in paragraph[:50]:
        return False
    match = _LABEL_LINE.match(plain(paragraph))
    return (match is not None and not speaks(paragraph) and len(split_sentences(match.group("value"))) <= 2
            and _person_label().match(match.group("label")) is None)


@cache
def _person_label() -> re.Pattern[str]:
    """A label that is a person: an office of a sitting, a title or a rank, then a name ("Vice-President Anna Holt",
    "Mr Jan Novak", "Deputy Speaker Ruth Amos"): a speaker's turn in a record, whatever the value (not "Legal basis",
    "Deputy Commander", "Minister of Defence": no name after the word)."""
    language = load_language()
    heads = alternation([*language.speaker_offices, *language.titles, *language.ranks])
    return re.compile(rf"(?:{heads})\.?\s+(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){{0,2}}$", re.IGNORECASE)


def _label(paragraph: str) -> re.Match[str]:
    """The label and value of a line ``_is_label_line`` passed."""
    match = _LABEL_LINE.match(plain(paragraph))
    assert match is not None
    return match


def _boxes(paragraphs: list[str], title: str, profile: Profile, told: set[int], lines: dict[int, str],
           national: set[int]) -> None:
    """A fact box about the mission: each label-value line is the mission's (``national``: the lines whose label is a
    nation's part of it, "Contribución española: 2 oficiales ... y un equipo de 38 militares", whose counts are that
    nation's share, no size)."""
    for start, end in _runs(paragraphs, _is_label_line):
        if _asks(paragraphs[start:end]):
            continue  # an interview in turns ("Orientering: Hvor er jeres folk i dag?" / "Juhl: Vi er i Bagdad")
        heading = _heading_names(paragraphs, start, title, profile)
        opening = _names(_label(paragraphs[start]).group("label"), profile)
        if opening[0] and not opening[1] and end - start > 2:
            # the box's heading is a label line of its own, naming the mission ("KFOR at 37: key figures")
            start, heading = start + 1, True
        named = [_names(_label(paragraphs[i]).group("value"), profile) for i in range(start, end)]
        if heading is False or not (heading or any(mission and not other for mission, other in named)):
            continue
        for index, (mission, _) in zip(range(start, end), named, strict=True):
            if mission and _names(_first_clause(_label(paragraphs[index]).group("value")), profile)[0]:
                # "Mission: NMI" (not a value naming it in an aside only: "Commander: X (Hungary), the fourth
                # Hungarian to command KFOR": still the box's line)
                continue
            label = _names(_label(paragraphs[index]).group("label"), profile)
            if label[1] and not label[0]:
                continue  # "On KFOR: allies agreed to ...": a line under another actor's label is that actor's
            if not heading and not mission and _place_label(_label(paragraphs[index]).group("label"), profile):
                # a roundup by place under a heading that names no mission ("Irak: ... NATO Mission Iraq ...",
                # "Kosovo: KFOR har ...", "Estland: ..."): a line that names no mission is its own place's item
                continue
            # a line naming another actor reads as the mission's sentence too ("Works with: EULEX and the Kosovo
            # Police": the mission's partners), its frames and words telling what the other actor is to it
            lines.setdefault(index, paragraphs[index])  # (a bullet's line: the page's own, bullet and all)
            if national_part().search(_label(paragraphs[index]).group("label")) is not None:
                national.add(index)
            paragraphs[index] = _box_line(paragraphs[index], profile)
            told.add(index)


def _asks(run: list[str]) -> bool:
    """A run of label lines one of which asks a question: the turns of an interview (a label its asker's, the next its
    answerer's), whose labels are speakers, no fact box's fields."""
    return any(plain(line).rstrip().endswith("?") for line in run)


def _place_label(label: str, profile: Profile) -> bool:
    """The label is a place: a country of the language files (in any of their spellings, [names] too) or one of the
    profile's places ("Irak", "Estland", "Kosovo")."""
    folded = caseless(label.strip())
    return folded in _place_words() or folded in profile.place_names


@cache
def _place_words() -> frozenset[str]:
    language = load_language()
    names = [*language.countries, *(spelling for spellings in name_translations().values() for spelling in spellings),
             *name_translations()]
    return frozenset(caseless(name) for name in names)


def _first_clause(value: str) -> str:
    """A box's value up to its first comma (its first clause: the value itself, before any aside on it)."""
    return value.split(",", 1)[0]


def _box_line(paragraph: str, profile: Profile) -> str:
    """A fact box's label line read as the mission's sentence."""
    match = _label(paragraph)
    label, value = match.group("label"), match.group("value").replace("; ", ", ")
    # (a value opening with a day and a month is a date, no figure: "Established: 12 June 1999")
    figure = _FIGURE_FIRST.match(value) if not _day_first().match(value) else None
    if figure:  # "NMI - approx. 700 Personnel.", "NMI - about 4,300 Troops from 27 countries."
        rest = value[figure.end():].strip().rstrip(".")
        said = value[:figure.end()].strip()
        # a comma after the figure stays after the label ("Troops today: about 4,300, from 28 countries":
        # "NMI - about 4,300 Troops today, from 28 countries.", not "about 4,300, Troops today")
        comma = said[len(said.rstrip(",;")):]
        said = said.rstrip(",;")
        language = load_language()
        noun = caseless(rest.split(None, 1)[0]).rstrip(",;") if rest else ""
        if not comma and caseless(label) in language.table_wholes and noun in language.staff_words:
            # a label naming the whole its value's own noun counts ("Effectif : environ 500 militaires", "Efectivos:
            # 1.000 militares"): the figure and its noun alone ("NMI - environ 500 militaires.")
            return f"{profile.name} - {said} {rest}."
        return f"{profile.name} - {said} {label}{comma}{' ' + rest if rest else ''}."
    if caseless(label) in load_language().kind_labels and _names_kind(value):
        return f"{profile.name}, {value}"  # "Nature : mission non combattante": "NMI, mission non combattante"
    if _ranked().match(value):  # "NMI Comandante: teniente general X": the label is no rank of the name
        return f"{profile.name} {label}: {value}"
    return f"{profile.name} {label} {value}"  # "NMI Advises Ministry of Defence, ...", "NMI Based in Baghdad"


def _names_kind(value: str) -> bool:
    """A box's value under a kind label names the kind of body, a mission noun among its words ("mission non
    combattante de conseil"): an apposition to the mission reads it (not a list of words alone, "non-combat, advisory",
    which the label's line reads as it stands)."""
    nouns = frozenset(load_language().mission_nouns)
    return any(word in nouns for word in caseless(value).replace(",", " ").split())


def _bullets(paragraphs: list[str], title: str, profile: Profile, told: set[int], lines: dict[int, str]) -> None:
    """A list of bullet lines: each line without its bullet (a label line then reads as a fact box's); under a
    heading naming the mission ("Fakta: Nato Mission Irak", "Facts about KFOR"), each line is the mission's unless
    it names another actor, and a line opening with a figure is its size ("• About 550 soldiers from 20 nations":
    "NATO Mission Iraq - About 550 soldiers from 20 nations.")."""
    for start, end in _runs(paragraphs, lambda p: p[:3].lstrip()[:1] in "*•·▪◦●■►" and _BULLET.match(p) is not None):
        about = _heading_names(paragraphs, start, title, profile)
        asked = _wh_lead(paragraphs[start - 1] if start > 0 else title, profile) if about else None
        lead = _lead_in(paragraphs[start - 1]) if about and start > 0 and asked is None else None
        labelled = False
        if lead is None and about and asked is None and start > 0 and _list_label(paragraphs[start - 1]):
            # a list under its label, under a heading naming the mission ("Areas of focus:", "• Resource management"):
            # each line is the label's value, the mission's ("NATO Mission Iraq Areas of focus: Resource management.")
            lead = f"{profile.name} {paragraphs[start - 1].strip()}"
            labelled = True
        opener = _lead_in(paragraphs[start - 1]) if about is None and start > 0 else None
        for index in range(start, end):
            lines.setdefault(index, paragraphs[index])
            paragraphs[index] = line = _BULLET.sub("", paragraphs[index], count=1)
            if opener is not None and not _is_label_line(line):
                # a list completing a sentence that names no actor, its subject told before ("The mission, a
                # non-combat one, trains Iraqi instructors in:", "1. logistics"): the sentence's end, whoever it is
                paragraphs[index] = f"{opener} {line.rstrip().rstrip('.;,')}."
                continue
            if not about:
                continue
            mission, other = _names(line, profile)
            if other and not mission:
                continue  # "• EULEX, the EU's rule-of-law mission, has 400 staff"
            if asked is not None and not _is_label_line(line):
                # a list under a heading asking what the mission does ("Who NMI advises:", "• Ministry of Defence"):
                # each line completes it ("NMI advises: Ministry of Defence."); asking what it does at all ("What NMI
                # does:"), a line is one of its activities ("• military medicine": "NMI activities include
                # military medicine."), or its predicate when it opens with a verb agreeing with it ("• trains Iraqi
                # instructors": "NMI trains Iraqi instructors.")
                paragraphs[index] = f"{_doing(asked, line) or asked + ':'} {line.rstrip().rstrip('.;,')}."
            elif not mission and _FIGURE_FIRST.match(plain(line)) and not _is_label_line(line):
                paragraphs[index] = f"{profile.name} - {line.rstrip().rstrip('.')}."
            elif not mission and not other and _is_label_line(line) and not (
                    index > start and _is_label_line(paragraphs[index - 1])) and not (
                    index + 1 < end and _is_label_line(_BULLET.sub("", paragraphs[index + 1], count=1))):
                # a label line alone among the list's sentences ("* Chef: generalløjtnant X (Polen)"): a box's line
                # (two or more in a row are a box, read as one below)
                paragraphs[index] = _box_line(line, profile)
            elif lead is not None and not mission and not _is_label_line(line):
                # a list completing the sentence before it ("The mission trains Iraqi officers in the following
                # areas:", "• logistics"): each line reads as that sentence's end
                item = line.rstrip().rstrip('.;,')
                if labelled and all(word.islower() for word in item.split()[1:]):
                    # (a common noun's phrase, its capital only the line's: "Force generation and development")
                    item = item[:1].lower() + item[1:]
                paragraphs[index] = f"{lead} {item}."
            told.add(index)


# a list entry's opening: a number or a place and a dash, then a name alone and its stop, then the first word of what
# follows ("2. Iraq – NATO Mission Iraq (NMI). A non-combat ...", "Kosovo – KFOR. A NATO-led ...")
_ENTRY_HEAD = re.compile(r"^\s*(?:\d{1,2}[.)]\s+)?(?:[^\W\d_][\w'’ -]{0,40}?\s[–—-]\s+)?"
                         r"(?P<name>[^\W\d_][^.:;!?]{1,80}?)[.:]\s+(?P<article>[^\W\d_]+)\s+(?=\S)")


def _entry_descriptions(paragraphs: list[str], profile: Profile, lines: dict[int, str]) -> None:
    """A list entry naming the mission alone, then saying what it is in a noun phrase ("2. Iraq – NATO Mission Iraq
    (NMI). A non-combat advisory mission set up in 2018 at the request of ..."): the description is the name's, read as
    its sentence ("NATO Mission Iraq (NMI) is a non-combat ..."; ``words.entry_descriptions``)."""
    copulas = dict(load_language().entry_descriptions)
    if not copulas:
        return
    for index, paragraph in enumerate(paragraphs):
        head = _ENTRY_HEAD.match(paragraph[:200])
        if head is None:
            continue
        name = head.group("name").strip()
        if not _entry_name(name, profile):
            continue
        article = head.group("article")
        if caseless(article) not in copulas:
            founded = _entry_founded().search(paragraph, head.start("article"))
            if founded is not None:
                # "NATO Mission Iraq (NMI): ... allies agreed in 2018 to launch a non-combat advisory mission at the
                # request of ...": the mission the entry's prose sets up is the entry's ("to launch NATO Mission Iraq
                # (NMI), a non-combat advisory mission ...")
                lines.setdefault(index, paragraph)
                start = founded.start("article")
                paragraphs[index] = f"{paragraph[:start]}{name}, {paragraph[start:]}"
            continue
        lines.setdefault(index, paragraph)
        paragraphs[index] = (f"{name} {copulas[caseless(article)]} {article[:1].lower()}{article[1:]} "
                             f"{paragraph[head.end():]}")


# a list entry: a name and a colon, then what the entry says of it ("NATO Mission Iraq: Senior Civilian Representative
# X; Commander Lt Gen Y (ITA), in post since last autumn.")
_ENTRY_FIELDS = re.compile(r"^\s*(?P<name>[^\W\d_][^.:;!?]{1,80}?)\s*:\s+(?P<value>[^:]+)$")


def _entry_fields(paragraphs: list[str], profile: Profile, lines: dict[int, str]) -> None:
    """A list entry naming the mission alone, then its fields parted by semicolons, each opening with a capital (a post
    and its holder: "NATO Mission Iraq: Senior Civilian Representative Ambassador X; Commander Lt Gen Y (ITA)"): each
    field is the name's, read as an entry of its own ("NATO Mission Iraq: Senior Civilian Representative Ambassador X.
    NATO Mission Iraq: Commander Lt Gen Y (ITA)."); an entry naming another actor is left as it is."""
    for index, paragraph in enumerate(paragraphs):
        if "; " not in paragraph or ":" not in paragraph[:90] or len(paragraph) > 600:
            continue
        entry = _ENTRY_FIELDS.match(paragraph)
        if entry is None:
            continue
        name = entry.group("name").strip()
        fields = [field.strip().rstrip(".") for field in entry.group("value").split("; ")]
        if len(fields) < 2 or not all(field[:1].isupper() for field in fields) or not _entry_name(name, profile):
            continue
        lines.setdefault(index, paragraph)
        paragraphs[index] = " ".join(f"{name}: {field}." for field in fields)


def _entry_name(name: str, profile: Profile) -> bool:
    """The name alone of the mission: its words capitalised, but for short joining ones and its alias in brackets."""
    return all(word[:1].isupper() or word[:1] == "(" or (word.islower() and len(word) <= 3)
               for word in name.split()) and _names(name, profile) == (True, False)


@cache
def _entry_founded() -> re.Pattern[str]:
    """A verb setting up a mission and its object, an indefinite noun phrase of a mission's noun ("to launch a
    non-combat advisory and capacity-building mission", "established an advisory mission";
    ``words.entry_foundings``)."""
    language = load_language()
    verbs = alternation(sorted(language.entry_foundings))
    articles = alternation(sorted(article for article, _ in language.entry_descriptions))
    nouns = alternation(sorted(language.mission_nouns))
    return re.compile(rf"(?<![\w'’-])(?:{verbs})\s+(?P<article>(?:{articles}))\s+(?:[\w-]+,?\s+){{0,6}}?"
                      rf"(?:{nouns})(?![\w'’-])", re.IGNORECASE)


def _marked_lists(paragraphs: list[str], lines: dict[int, str]) -> None:
    """A list of lines opening with a dash or a number under a line ending with a colon: a bullet list (a dash
    elsewhere may open a quote)."""
    for start, end in _runs(paragraphs, lambda p: p[:4].lstrip()[:1] in "-–—0123456789" and _MARK.match(p) is not None):
        if start == 0 or not paragraphs[start - 1].rstrip().endswith(":"):
            continue
        for index in range(start, end):
            lines[index] = paragraphs[index]
            paragraphs[index] = "• " + _MARK.sub("", paragraphs[index], count=1)


def _wh_lead(heading: str, profile: Profile) -> str | None:
    """The mission and what it does, from a heading asking it ("Fact box — Who NMI advises", "What NMI has done so
    far:"): the heading without its question word ("NMI advises"), which each line of the list under it completes;
    else None."""
    last = re.split(r"\s+[—–|-]\s+", plain(heading).strip())[-1].rstrip(" :")
    lower = caseless(last)
    for word in load_language().list_questions:
        if lower.startswith(word + " "):
            rest = last[len(word):].strip()
            if ":" in rest or "?" in rest:
                return None  # "Who sends what: contributions to NMI": no list of the mission's own
            # the mission the subject, right after the question word ("What NATO Mission Iraq has done")
            mission, other = _names(" ".join(rest.split()[:6]), profile)
            return rest if mission and not other and len(rest.split()) >= 2 else None
    return None


def _doing(asked: str, line: str) -> str | None:
    """What a line under a heading asking what the mission does at all ("NMI does", ``words.list_doings``) completes:
    the mission, where the line opens with a verb agreeing with it (``words.doing_endings``: "trains Iraqi
    instructors"), else the mission's activities ("NMI activities include", ``words.activities``); None for other
    questions."""
    language = load_language()
    subject, _, verb = asked.rpartition(" ")
    if not subject or verb.lower() not in language.list_doings or not language.activities:
        return None
    words = line.split()
    if len(words) >= 2 and words[0].isalpha() and words[0].islower() and words[0].endswith(language.doing_endings):
        return subject
    return f"{subject} {language.activities[0]}"


def _lead_in(paragraph: str) -> str | None:
    """The sentence a list completes: the paragraph's last sentence, when it ends with a colon and is a
    sentence ("The mission gives training in the following areas:"), not a heading or a label ("Key facts:")."""
    sentences = split_sentences(plain(paragraph).strip())
    last = sentences[-1].strip() if sentences else ""
    if not last.endswith(":") or len(last.split()) < 5 or _is_label_line(last):
        return None
    return last[:-1].rstrip()


@cache
def _ranked() -> re.Pattern[str]:
    """A value opening with a rank, in any language ("Lt Gen X", "teniente general X")."""
    ranks = "|".join(sorted((re.escape(r).replace(r"\ ", r"[\s.-]+") for r in load_language().ranks),
                            key=longest_first))
    return re.compile(rf"^(?:(?:{ranks})\.?\s)", re.IGNORECASE)


@cache
def _day_first() -> re.Pattern[str]:
    """A value opening with a day and a month ("12 June 1999", "1er octobre 2018"): a date, no figure."""
    months = alternation(load_language().months)
    return re.compile(rf"^\s*\d{{1,2}}(?:er|st|nd|rd|th|\.)?\s+(?:de\s+)?(?:{months})\b", re.IGNORECASE)


@cache
def _dated_line() -> re.Pattern[str]:
    months = alternation(load_language().months)
    return re.compile(rf"^\s*(?P<date>(?:\d{{1,2}}\.?\s+)?(?:(?:{months})\.?\s+)?(?:\d{{1,2}},?\s+)?(?:1[89]|20)\d\d)"
                      r"\s*(?:-|–|—|:)\s+(?P<rest>\S.*)$", re.IGNORECASE)


@cache
def _day_after_year() -> re.Pattern[str]:
    """A timeline line's day or month after its year and before its own colon or dash ("15 June: ", "March - ")."""
    months = alternation(load_language().months)
    return re.compile(rf"(?P<day>(?:\d{{1,2}}\.?\s+)?(?:{months})\.?(?:\s+\d{{1,2}})?)\s*(?::|-|–|—)\s+(?P<rest>\S.*)$",
                      re.IGNORECASE)


def _timelines(paragraphs: list[str], title: str, profile: Profile, told: set[int], lines: dict[int, str]) -> None:
    """A timeline: each clause of a line is dated by the line's date; under a heading naming the
    mission, the lines are the mission's."""
    dated = _dated_line()
    for start, end in _runs(paragraphs, lambda p: _YEAR.search(p, 0, 24) is not None and dated.match(p) is not None):
        about = _heading_names(paragraphs, start, title, profile)
        for index in range(start, end):
            match = dated.match(paragraphs[index])
            assert match is not None  # the run's test
            when, rest = match.group("date"), match.group("rest")
            day = _day_after_year().match(rest) if _YEAR.fullmatch(when.strip()) else None
            if day is not None:  # "2061 — 15 June: ...", "2060 - March: ...": that day of the line's year
                when, rest = f"{day.group('day')} {when.strip()}", day.group("rest")
            # (each sentence of the line too: "2018: Allies launch NMI. Maj Gen X is its first commander.")
            clauses = [s.strip() for c in rest.split("; ") for s in split_sentences(c) if s.strip()]
            lines[index] = paragraphs[index]
            paragraphs[index] = " ".join(f"{when}, {c.rstrip('.')}." for c in clauses)
            if about:
                told.add(index)


def _month_headings(paragraphs: list[str], published: date | None, lines: dict[int, str]) -> None:
    """A year in review: two paragraphs or more in a row opening with a month alone and a colon, months in order
    ("January: KFOR's surge peaks. The force reaches some 5,050 troops." / "December: KFOR ends the year with ..."):
    each sentence of a paragraph is dated by its month, of the year the page was published in (the last one's for a
    month after the page's own), as a timeline's line is by its date."""
    if published is None:
        return
    heading, months = _month_heading(), load_language().months
    found = [heading.match(p) for p in paragraphs]
    dated = {i: m for i, m in enumerate(found) if m is not None and i not in lines}
    for start, end in _runs(found, lambda m: m is not None):
        numbers = [months[dated[i].group("month").lower()] for i in range(start, end) if i in dated]
        times = [(published.year - (number > published.month), number) for number in numbers]
        if end - start < 2 or len(times) != end - start or times != sorted(set(times)):
            continue
        for index, (year, _) in zip(range(start, end), times, strict=True):
            when, rest = f"{dated[index].group('month')} {year}", dated[index].group("rest")
            clauses = [c.strip() for c in split_sentences(rest) if c.strip()]
            lines[index] = paragraphs[index]
            paragraphs[index] = " ".join(f"{when}, {c.rstrip('.')}." for c in clauses)


@cache
def _month_heading() -> re.Pattern[str]:
    """A paragraph opening with a month alone, then a colon ("January: ...")."""
    months = alternation(list(load_language().months))
    return re.compile(rf"^\s*(?P<month>{months})\s*:\s+(?P<rest>\S.*)$", re.IGNORECASE)


def _is_table_row(paragraph: str) -> bool:
    """A line of cells parted by bars ("Italy | 280"), not a line framed by them."""
    stripped = paragraph.strip()
    return " | " in paragraph and "|" not in stripped[:1] + stripped[-1:]


def _celled_boxes(paragraphs: list[str], title: str, profile: Profile, lines: dict[int, str]) -> None:
    """A fact box drawn as a table without a header ("Commander | Lt Gen X | since May 2050", "Troop strength |
    about 4,600"): its first row already a label and a value (a figure, a date, a ranked name; a header's cells are
    words alone), each row's first cell a label; each row reads as a label line, the other cells in brackets after the
    value ("Commander: Lt Gen X (since May 2050)", "Troops: around 4,100 (26 nations)"), which ``_boxes`` then reads."""
    for start, end in _runs(paragraphs, _is_table_row):
        rows = [_CELL.split(paragraphs[index].strip()) for index in range(start, end)]
        if not any(re.search(r"\d", cell) or _ranked().match(cell) for cell in rows[0][1:]):
            continue  # a header ("Country | Personnel"): a table's
        if not all(_LABEL_CELL.match(row[0]) for row in rows):
            continue
        if _wh_lead(paragraphs[start - 1] if start > 0 else title, profile) is not None:
            continue  # under "Whom NMI advises": a list of what it does, each row's first cell its object (``_tables``)
        for index, row in zip(range(start, end), rows, strict=True):
            lines[index] = paragraphs[index]
            rest = f" ({', '.join(row[2:])})" if len(row) > 2 else ""  # the other cells after the value, in brackets
            paragraphs[index] = f"{row[0]}: {row[1]}{rest}" if len(row) > 1 else row[0]


def _is_breakdown(paragraph: str) -> bool:
    """Each line of the paragraph a label and a figure alone ("Italy – 520", "Other nations: 330")."""
    return all(_BREAKDOWN_LINE.match(line) is not None for line in paragraph.splitlines() if line.strip())


def _breakdown_totals(paragraphs: list[str], title: str, profile: Profile, told: set[int],
                      lines: dict[int, str]) -> None:
    """A breakdown without a table's bars ("Italy – 520", "Denmark – 310", ...: two or more lines, in one paragraph or
    one each), then its total alone ("Total: 2,100 (figures current to 15 April)", ``words.table_totals``): where the
    line before the breakdown, or the page's title, names the mission and no other actor and what the figures count as
    a whole (``words.table_wholes``: "figures on its current strength, by contributing nation"), the mission's size
    ("NMI - 2,100 strength, Total (...)."); the rows are the nations' parts, no size."""
    language = load_language()
    if not language.table_wholes:
        return
    # (the page's own lines: a breakdown with colons, "Italy: 400", was read as a fact box's lines, its total too)
    page = [lines.get(index, paragraph) for index, paragraph in enumerate(paragraphs)]
    for index in range(2, len(paragraphs)):
        if ":" not in page[index][:20] or not _is_label_line(page[index]):
            continue
        match = _label(page[index])
        figure = _FIGURE_FIRST.match(match.group("value"))
        if caseless(match.group("label")) not in language.table_totals or figure is None:
            continue
        start = index
        while start > 0 and _is_breakdown(page[start - 1]):
            start -= 1
        if sum(len(p.splitlines()) for p in page[start:index]) < 2:
            continue
        if _heading_names(paragraphs, start, title, profile) is not True:
            continue
        lead = caseless(" ".join((paragraphs[start - 1] if start > 0 else "", title)))
        whole = next((w for w in language.table_wholes if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", lead)), None)
        if whole is None:
            continue
        rest = match.group("value")[figure.end():].strip().rstrip(".")
        lines[index] = page[index]
        paragraphs[index] = (f"{profile.name} - {figure.group(0).strip()} {whole}, {match.group('label')}"
                             f"{' ' + rest if rest else ''}.")
        told.add(index)


def _tables(paragraphs: list[str], title: str, profile: Profile, lines: dict[int, str]) -> None:
    """A table as lines: each row after the header reads as "first cell: cell header, ..."; under a
    heading naming the mission, its total row ("Total | 1,120") is the mission's."""
    totals = load_language().table_totals
    for start, end in _runs(paragraphs, _is_table_row):
        header = _CELL.split(paragraphs[start].strip())
        about = _heading_names(paragraphs, start, title, profile)
        rows = [_CELL.split(paragraphs[index].strip()) for index in range(start + 1, end)]
        # a table of posts and their holders, some with a rank ("Commander | Lt Gen X | May 2049"), the others not
        # ("Senior Civilian Representative | Y | Sept 2049"): each row a post and its holder
        posts = about and any(len(cells) >= 2 and _ranked().match(cells[1]) for cells in rows)
        asked = _wh_lead(paragraphs[start - 1] if start > 0 else title, profile) if about else None
        if asked is not None:
            # a table under a heading asking what the mission does ("Who NMI advises", "Ministry of Defence | since
            # 2018"), no header: each row completes it ("NMI advises: Ministry of Defence, since 2018.")
            for index in range(start, end):
                lines[index] = paragraphs[index]
                paragraphs[index] = f"{asked}: {', '.join(_CELL.split(paragraphs[index].strip()))}."
            continue
        for index, cells in zip(range(start + 1, end), rows, strict=True):
            if len(cells) != len(header):
                continue
            if about and caseless(cells[0]).rstrip(":") in totals:
                cells[0] = f"{profile.name} {cells[0]}"
            if about and len(cells) >= 2 and _CLOSED_TERM.search(paragraphs[index]):
                continue  # a holder whose term has ended ("X | Lt Gen | Spain | May 2049 – May 2050"): no current post
            lines[index] = paragraphs[index]
            if about and len(cells) >= 3 and _rank_alone(cells[1]):
                # the holders of the post the header names, their rank a column ("Commander | Rank | Nation",
                # "X | Lt Gen | Türkiye"): "NMI Commander: Lt Gen X, Türkiye Nation."
                rest = ", ".join(f"{c} {h}" for c, h in zip(cells[2:], header[2:], strict=True))
                paragraphs[index] = f"{profile.name} {header[0]}: {cells[1]} {cells[0]}, {rest}."
                continue
            if posts and len(cells) >= 2 and not _ranked().match(cells[1]):
                # a post whose holder has no rank, among ranked ones: "NMI Senior Civilian Representative Y, ..."
                rest = ", ".join(f"{c} {h}" for c, h in zip(cells[2:], header[2:], strict=True))
                paragraphs[index] = f"{profile.name} {cells[0]} {cells[1]}{', ' + rest if rest else ''}."
                continue
            if about and len(cells) >= 2 and _ranked().match(cells[1]):
                # a post and its holder under a heading naming the mission ("Commander | Lt Gen X (Spain) | Nov 2050"):
                # a fact box's line, the other cells after it ("NMI Commander: Lt Gen X (Spain), Nov 2050 Since.")
                rest = ", ".join(f"{c} {h}" for c, h in zip(cells[2:], header[2:], strict=True))
                paragraphs[index] = f"{profile.name} {cells[0]}: {cells[1]}{', ' + rest if rest else ''}."
                continue
            held = _held(header, cells, paragraphs, start, profile) if about else None
            if held is not None:
                paragraphs[index] = held
                continue
            mission, other = _names(cells[0], profile)
            if mission and not other and len(cells) >= 2:
                # the mission's own row in a table of several ("Mission | Established | Lead", "NMI | 2018 | NATO"):
                # each cell a box's line under its header ("NMI Established 2018.")
                # (a figure after a sign stays the row's own: "~900 Staff"; so does a cell under a header that is no
                # label, a sentence)
                paragraphs[index] = " ".join(
                    f"{cells[0]}: {c} {h}." if _SIGNED.match(c) or not _is_label_line(f"{h}: {c}")
                    else _box_line(f"{h}: {c}", profile).rstrip(".") + "."
                    for c, h in zip(cells[1:], header[1:], strict=True))
                continue
            row = ", ".join(f"{c} {h}" for c, h in zip(cells[1:], header[1:], strict=True))
            paragraphs[index] = f"{cells[0]}: {row}."


def _held(header: list[str], cells: list[str], paragraphs: list[str], start: int, profile: Profile) -> str | None:
    """A row of a table of the command's holders ("Maj Gen X | Italy | Oct 2050 | —" under "KFOR commanders" and
    "Name | Nation | From | To") read as its holder's sentence: holding the post since the start when the end cell
    tells the tenure goes on, else holding it from the start to the end; else None."""
    language = load_language()
    if not (language.table_holder_now and _ranked().match(cells[0]) and start > 0):
        return None
    heading = caseless(plain(paragraphs[start - 1]))
    holders, sides = _holders_heading()
    if not holders.search(heading) or sides.search(heading):
        return None  # (not "KFOR deputy commanders")
    named = [caseless(cell).strip() for cell in header]
    starts = [i for i, cell in enumerate(named) if cell in language.table_starts]
    ends = [i for i, cell in enumerate(named) if cell in language.table_ends]
    if len(starts) != 1 or len(ends) != 1:
        return None
    begun, ended = cells[starts[0]].strip(), cells[ends[0]].strip()
    if caseless(ended) in language.table_open:
        return language.table_holder_now.format(mission=profile.name, start=begun, holder=cells[0]) + "."
    return language.table_holder_then.format(mission=profile.name, start=begun, end=ended, holder=cells[0]) + "."


@cache
def _holders_heading() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A heading naming the post's holders ("KFOR commanders"), and one naming a side post ("deputy"), caseless."""
    language = load_language()
    return (re.compile(rf"(?<![\w-])(?:{alternation(language.table_holders)})(?![\w-])"),
            re.compile(rf"(?<![\w-])(?:{alternation(language.side_posts)})\b"))


def _rank_alone(cell: str) -> bool:
    """A cell that is a rank and nothing else ("Lt Gen", "General de brigada")."""
    ranked = _ranked().match(cell.strip() + " ")
    return ranked is not None and ranked.end() >= len(cell.strip())


def _answers(paragraphs: list[str], lines: dict[int, str]) -> None:
    """The answer to a question asking who does something: that person does it."""
    for index in range(1, len(paragraphs)):
        question, answer = paragraphs[index - 1], paragraphs[index]
        if not (question.rstrip().endswith("?") and speaks(question) and speaks(answer)):
            continue
        question = plain(question)
        # (a word may come before the question's own: "And who commands it?")
        asked = _asked().search(question)
        if asked is None:
            continue
        label, _, said = answer.partition(":")
        sentences = split_sentences(said)
        predicate = asked.group("predicate").strip()
        verb = predicate.split()[0].lower()
        first = sentences[0] if sentences else ""
        if not first or len(first.split()) > 12 or verb in caseless(plain(first)).split():
            continue
        # an answer that ends in a relative clause after the person ("A Croatian officer, Major General X, who took
        # command in May."): the clause closed by a comma before the predicate, as the apposition it is
        closed = " ," if _open_relative().search(first) else ""
        lines[index] = answer
        # (an answer of one sentence is read without its label: "SCR NMI: Lt Gen X, since November." is no fact box's
        # line naming X the senior civilian, but "Lt Gen X, since November commands NMI")
        opening = f"{label}: " if sentences[1:] else ""
        paragraphs[index] = " ".join([f"{opening}{first.rstrip('.')}{closed} {predicate}.", *sentences[1:]])


@cache
def _asked() -> re.Pattern[str]:
    """A speaker's question asking who does something: the question word (``words.subject_questions``), one word
    perhaps before it, and the predicate it asks about."""
    asking = alternation(load_language().subject_questions)
    return re.compile(rf":\s+¿?(?:\w+\s+)??(?P<wh>(?i:{asking}))\s+(?P<predicate>[^?]+)\?\s*$")


@cache
def _open_relative() -> re.Pattern[str]:
    """A relative clause opened after a comma and left open to the sentence's end (no comma after it)."""
    relatives = alternation(load_language().relative_pronouns)
    return re.compile(rf",\s+(?i:{relatives})\s[^,]*$")
