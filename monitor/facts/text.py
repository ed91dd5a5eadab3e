"""Text: paragraphs -> sentences -> clauses, and which sentences are about the mission.

Pure functions over a document and the profile's names; the first stage of the fact engine.

1. split the main text into paragraphs, sentences and clauses (clauses end at ";", "but",
   "while", a spaced dash, or "and" before a new verb; a relative clause or a participle between
   commas is a clause of its own, and the main clause goes on after it): ``split_sentences``,
   ``Sentence.cuts``, ``clause_around``;
2. keep the sentences about the mission (the focus): it is named there, or a reference ("the
   mission", "NATO's training mission") or a pronoun ("it", "its") points back to it within the
   paragraph (references may also reach into the paragraph before); a sentence that names another
   actor (the US-led coalition, the EU mission) and not the mission is about that actor:
   ``classify_sentences``.

A ``Sentence`` also keeps, per clause, the ``ClauseTone`` that ``tone.py`` works out and whether
the clause is another actor's (``lexicon.py``), so that several rules matching in one clause read
it once.
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from itertools import chain
from typing import NamedTuple

from ..language import load_language
from ..models import Document
from ..parsecache import compiled, phrase_alternation, starts_tested, trie_alternation
from ..profile import Profile
from ..textutil import (
    CuedPattern,
    WordTest,
    alternation,
    caseless,
    contains_any,
    longest_first,
    mentions_any,
    opening_end,
)
from .actors import speaker
from .cues import ceilings, handed_to_words, in_size_words, part_words
from .mentions import PlacedElsewhere, apposed, date_pattern, speaker_it

_PLAIN = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
                        "\u2011": "-", "\u00a0": " ", "\u202f": " ", "\u00ab": '"', "\u00bb": '"',
                        # a post's flag emoji (two regional indicator letters: "Maj Gen X 🇭🇺 handed over ...") is
                        # no word between a person and the verb
                        **{chr(code): " " for code in range(0x1F1E6, 0x1F200)}})
# a post's hashtag ("handed over the command of the #KFOR mission in #Kosovo"): the word without its sign
_HASHTAG = re.compile(r"(?<![\w#&])#(?=[^\W\d_])")

# an insertion between two spaced dashes after a word, opening and going on with a word in lower case ("NMI - set up in
# 2018 at the invitation of the Government of Iraq - is a non-combat ..."): as between commas, an apposition or a
# participle, three words at least (not a word or two set off: "med cirka tolv soldater - stabsofficerer - til"); not a
# range ("2018 - 2019") nor a dash opening the next sentence's words
_DASHED_INSERT = re.compile(r"(?<=[\w)]) - (?P<insert>(?-i:[a-zà-ÿ])[^.;:!?\s]*(?:\s(?!-\s)[^.;:!?\s]+){2,20}?)"
                            r" - (?=(?-i:[a-zà-ÿ]))")
# (the words a full stop after which ends no sentence are the language files' abbreviations)
# abbreviations only before a number
_BEFORE_NUMBER = frozenset({"no"})
# a news agency's dateline opening a paragraph ("NAPLES, Italy -- ", "BRUSSELS, Nov. 2 (AP) - ",
# "BAGHDAD (Reuters) - ", "MITROVICA, Kosovo, March 3 (Reuters) - "): a sentence of its own, so that its place (a
# country) is no word of the first sentence's
# (a place, a date or an agency after the city: "NMI - Commander: X" is a fact box's line, see layout.py)
# (or the agency before the city: "(ANSA) - ROMA, 30 LUG - ")
_DATELINE = re.compile(r"^(?:\([A-Z][A-Za-z.]{1,15}\)\s+(?:-{1,2}|[\u2013\u2014])\s+)?"
                       r"[A-Z][A-Z'.-]+(?:\s[A-Z][A-Z'.-]+){0,2}(?=[,\s]+[(A-Z0-9])"
                       r"(?:,\s[A-Z0-9][\w.]*(?:,?\s[\w.]+){0,3}?)?"
                       r"(?:\s\([^()]{1,40}\))?(?<=[\w.)])\s+(?:-{1,2}|[\u2013\u2014])\s+"
                       r"(?=[A-Z0-9][\w'.,-]*\s(?![\w'.-]*:))")
# a first line without a stop at its end, then a line that opens as a sentence does
_HEADING_LINE = re.compile(r"""(?P<line>[^\n]*[^\s.!?:;,\n])[ \t]*\n\s*(?=["'(\[«“]*[A-Z0-9\u00c0-\u00de])""")
_HEADING_WORDS = 10


@functools.cache
def _fillers() -> re.Pattern[str]:
    """A filler of speech (``words.fillers``: "um", "uh", "euh") set off by commas or dashes, with them (one opening a
    quotation or a sentence keeps its own mark)."""
    words = trie_alternation(sorted({w.lower() for w in load_language().fillers}))
    # (and a sentence adverb between commas, words.sentence_adverbs: "NMI, by contrast, has kept its advisers in Y")
    adverbs = trie_alternation(sorted({w.lower() for w in load_language().sentence_adverbs}), separator=r"\s+")
    return re.compile(rf"(?:,|\s-|(?<=^)|(?<=[\"(]))\s*(?<![\w'-])(?:{words})(?![\w'-])\s*(?:,|-(?=\s))"
                      rf"|(?<=\w),\s*(?:{adverbs}),(?=\s)", re.IGNORECASE)


@functools.cache
def _repair() -> re.Pattern[str] | None:
    """A speaker's correction (``words.repairs``: "well", "I mean", "enfin"): a dash, the word of correction and the
    words that replace what came before the dash, up to the next dash or the clause's end."""
    marks = _repair_marks()
    if marks is None:
        return None
    return re.compile(rf"(?P<dash>\s-\s|(?<=\w)-(?=\w))(?P<mark>(?:{marks}))(?![\w'-]),?\s+"
                      r"(?P<repair>[^-.;:!?\"()]{1,80}?)(?:(?P<close>\s-\s|(?<=\w)-(?=\w))|(?=\s*(?:[.;:!?\"()]|$)))",
                      re.IGNORECASE)


@functools.cache
def _repair_mark() -> re.Pattern[str] | None:
    """A dash and a word of correction right after it ("- well", "-sorry"), as every match of ``_repair`` opens: a
    cheap test before the words of correction are sought in the text (a scan for the dash, where a substring test
    for each word ran on every text with a hyphen in it)."""
    marks = _repair_marks()
    return re.compile(rf"-\s?(?:{marks})", re.IGNORECASE) if marks is not None else None


@functools.cache
def _repair_marks() -> str | None:
    """The words of correction (``words.repairs``) as one alternation, None where the language has none."""
    words = load_language().repairs
    return trie_alternation(sorted(words), separator=r"\s+") if words else None


_REPAIR_REACH = 6  # how many words before the dash a restart may take back
_CLAUSE_OPEN = re.compile(r"""[,;:"(]|\s-\s""")


def _same_form(said: str, meant: str) -> bool:
    """Two words of one form, the one said and the one meant: two figures ("500 - sorry, 600"), or two words with the
    same ending ("enseñamos - bueno, asesoramos"; a pronoun dropped, the verb restarts alone)."""
    said, meant = said.strip(",").lower(), meant.lower()
    if said[:1].isdigit() and meant[:1].isdigit():
        return True
    return min(len(said), len(meant)) >= 4 and said.isalpha() and meant.isalpha() and said[-2:] == meant[-2:]


def _self_repaired(flat: str, text: str) -> str:
    """A speaker's correction read as what they meant ("we teach - well, we advise on - military medicine": "we advise
    on military medicine"): the words its first word restarts (the nearest before the dash said again, or a last word
    of the same form) with the dash and the word of correction blanked, and the dash that closes it, one character for
    one; a dash of no correction, or one that restarts nothing ("we teach - well, mostly - medicine"), stays."""
    pattern = _repair()
    if pattern is None:
        return flat
    for match in reversed(list(pattern.finditer(flat))):
        dash = match.start("dash")
        if flat[dash] == "-" and text[dash] == "-":
            continue  # a hyphen of a compound ("right-well"), no dash
        opened = max((m.end() for m in _CLAUSE_OPEN.finditer(flat, max(0, dash - 80), dash)), default=max(0, dash - 80))
        said = list(re.finditer(r"\S+", flat[opened:dash]))[-_REPAIR_REACH:]
        meant = match.group("repair").split()
        if not said or not meant:
            continue
        restart = next((word for word in reversed(said) if word.group().lower() == meant[0].lower()), None)
        if restart is None and _same_form(said[-1].group(), meant[0]):
            restart = said[-1]
        if restart is None:
            continue
        start = opened + restart.start()
        close = match.span("close") if match.group("close") is not None else (match.end(), match.end())
        flat = (flat[:start] + " " * (match.start("repair") - start) + flat[match.start("repair"):close[0]]
                + " " * (close[1] - close[0]) + flat[close[1]:])
    return flat


@functools.cache
def _rank_at_end() -> re.Pattern[str]:
    language = load_language()
    words = trie_alternation([w.lower() for w in (*language.ranks, *language.titles)], separator=" ")
    return re.compile(rf"(?<![\w'-])(?:{words})$", re.IGNORECASE)
_BOUNDARY = re.compile(r"""[.!?]+["')\]]*\s+(?=["'(\[]*[A-Z0-9\u00c0-\u00de])""")
@functools.cache
def _clause() -> re.Pattern[str]:
    """Where a clause of its own begins inside a sentence: a semicolon, a spaced dash, a relative clause between commas
    (Language.clause_relative), a colon before a possessive or a subject pronoun ([words] colon_clause: "a non-combat
    mission: its advisers do not accompany Iraqi units", "une mission non combattante : ses personnels n'accompagnent
    pas ...": a clause, not a list) and the language files' [words] clause_openers (", but", ", down from")."""
    language = load_language()
    colon = trie_alternation(language.colon_clause, separator=r"\s+")
    openers = "".join(f"|(?:{opener})" for opener in language.clause_openers)
    # (behind the start test, see textutil: tried only at a ";", a "," or a space)
    return starts_tested(compiled(rf";|\s-\s|{language.clause_relative.pattern}|\s?:\s+(?=(?:{colon})\s){openers}",
                                  re.IGNORECASE))


@functools.cache
def _dash_addition() -> re.Pattern[str]:
    """After a spaced dash, one more value of the list before it, no clause of its own: a word of coordination, a few
    words in lower case (no subject: no name, no article) and a word of "also" before a noun (an article, a
    possessive, a name, or one word ending the sentence): "advises the MoD and the ONSA - and from now on also the
    Ministry of Interior", "- og fremover også indenrigsministeriet"; not a verb: "- and it may soon also advise X"."""
    language = load_language()
    lists = language.lists.values()
    joins = trie_alternation({w.lower() for words in lists for w in words.joins})
    also = trie_alternation([w.lower() for w in language.also], separator=r"\s+")
    leads = trie_alternation({w.lower() for words in lists for w in (*words.leads, *words.owners) if w.isalpha()})
    return re.compile(rf"(?:{joins})\s+(?:(?!(?:{leads})\s)(?-i:[a-zà-ÿ])[^\s,;:.!?]*\s+){{0,4}}?(?:{also})\s+"
                      rf"(?:(?:{leads})\s|(?-i:[A-Z])|[^\s,;:.!?]+\s*[.!?]?\s*$)", re.IGNORECASE)


@functools.cache
def _contrast_after() -> re.Pattern[str]:
    """Before a contrast that follows the main clause to the sentence's end ("we advise X on curriculum design, rather
    than teaching cadets ourselves", "advises the MoD instead of the MoI"; tone.fronted): a clause of its own, so what
    was not done is no modality of what was. The contrast's words stay in its clause, which they make modal ("will
    reduce its movements rather than suspend its work"); not an aside between commas ("NMI, rather than EUAM, ...")."""
    words = trie_alternation([w.lower() for w in load_language().fronted], separator=r"\s+")
    return re.compile(rf"(?<=\w),?\s+(?=(?:{words})\s+[^,;]+$)", re.IGNORECASE)


@functools.cache
def _contrast_before() -> re.Pattern[str]:
    """The comma that closes a contrast opening the sentence ("Instead of advising X, the mission now advises Y",
    "Rather than train cadets, we advise the ministry"; tone.fronted): the contrast is a clause of its own, modal by
    its words, and the main clause after the comma states what is done."""
    words = trie_alternation([w.lower() for w in load_language().fronted], separator=r"\s+")
    return re.compile(rf"^\W*(?:{words})\s+[^,;]+?(,)\s", re.IGNORECASE)


@functools.cache
def _date_head() -> re.Pattern[str]:
    """A sentence's opening that is only a date, its weekday before it or not ("Thursday 8 May", "Giovedì 8 maggio",
    "Jeudi 8 mai"): the spaced dash after it (an agenda's entry: "Giovedì 8 maggio - X assume il comando") cuts no
    clause, the date is the sentence's.

    The skeleton's reader of the same opening is ``frames._dash_after_date``, for the frames' clauses. They differ as
    their texts do: here the date is still words, so the language's date pattern and weekdays read it (only a weekday,
    with its dot or comma, before the date); there the mention finder has made it one symbol (D0), and any one word may
    stand before it."""
    language = load_language()
    days = trie_alternation([day.lower() for day in language.weekdays]) if language.weekdays else "(?!x)x"
    return re.compile(rf"\s*(?:(?:{days})\.?,?\s+)?(?:{date_pattern(language).pattern})\s*", re.IGNORECASE)


# after a relative clause between commas the main clause goes on, its predicate first: "NMI, which
# paused its activities in 2020, now has about 700 personnel"
# ("suspended its courses", "advises the Ministry": a verb and its object or place; not "armoured vehicle
# maintenance" in a list)
_RESUME = re.compile(r",\s+(?=(?:now|still|also|currently|today|already|meanwhile|recently|is|are|was|were|will|"
                     r"has|have|had|would|can|continues|remains|began|begun|took|became|made|gave|left|sent|"
                     r"kept|held|won|set\s+up|brought)\b|[a-z]+(?:ed|s)\s+(?:its|their|the|a|an|to|in|on|at|"
                     r"from|over|out|up|\d)\b"
                     # (or a speaker's tag closes the sentence: "NATO should add X to its mission, whose 800 advisers
                     # teach Y, the think tank argues": the aside is the writer's, the hedge the main clause's)
                     r"|(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?:argues|argued|says|said|writes|wrote|contends|"
                     r"contended|believes|insists|insisted)\b)")


@functools.cache
def _speech_resume() -> re.Pattern[str]:
    """The comma after which a speaker's verb goes on with the main clause ("Lt Gen X, who took command in May, said the
    mission advises Y", "X, che ha assunto il comando a maggio, ha detto ..."): the relative clause before it is the
    person's, its time none of what the person said (the language's ``speech`` words, not those that name a source
    before it: "according to", ``dated_by``)."""
    language = load_language()
    sources = {w.lower() for w in language.dated_by}
    verbs = trie_alternation([w.lower() for w in language.speech if w.lower() not in sources], separator=r"\s+")
    return re.compile(rf",\s+(?=(?:{verbs})\s)", re.IGNORECASE)


def flattened(text: str) -> str:
    """Quotes and dashes made plain, one character for one: ``plain`` without its readings of words."""
    # every paragraph of a page passes here: most are plain ASCII already, which is known at once
    return text if text.isascii() else text.translate(_PLAIN)


@functools.lru_cache(maxsize=4096)
def plain(text: str) -> str:
    """Quotes and dashes made plain and the accents a text typed without them lost given back to its language's
    words ("asumio el mando de la mision": "asumió", "misión"; see ``Accents``), one character for one, so offsets
    stay the same; a speaker's filler between commas or dashes blanked ("military medicine and, uh, counter-IED",
    "advise on - uh - cyber defence"); a pair of dashes around an insertion made commas ("NMI - set up in 2018 at
    Iraq's invitation - is ...": "NMI,  set up in 2018 at Iraq's invitation,  is ...")."""
    flat = flattened(text)
    if (accents := load_language().accents) is not None:
        flat = accents.restore(flat)
    if ("," in flat or " - " in flat) and _fillers().search(flat) is not None:
        flat = _fillers().sub(lambda filler: " " * len(filler.group()), flat)
    if ("-" in flat and (mark := _repair_mark()) is not None and mark.search(flat) is not None
            and contains_any(caseless(flat), load_language().repairs)):
        flat = _self_repaired(flat, text)
    if " - " in flat and flat.count(" - ") >= 2:
        flat = _DASHED_INSERT.sub(r",  \g<insert>,  ", flat)
    return _HASHTAG.sub(" ", flat) if "#" in flat else flat


@dataclass(frozen=True)
class Sentence:
    text: str  # the exact text, for the quote
    plain: str  # the same with plain quotes and dashes, for matching
    paragraph: int
    lower: str = ""  # caseless(plain), for the cheap substring tests before any pattern runs
    # the tone of each clause, worked out once: several rules often match in the same clause
    tones: dict[tuple[int, int], ClauseTone] = field(default_factory=dict, compare=False, repr=False)
    # whether each clause is another actor's, worked out once: every trigger in it asks
    others: dict[tuple[int, int], bool] = field(default_factory=dict, compare=False, repr=False)
    # the set slots whose values the sentence says end, now or to come ("will stop advising X next
    # year"): what ends is that work, not the mission (see ``tone.weigh``)
    scope_ends: set[str] = field(default_factory=set, compare=False, repr=False)
    # the sentence read just before it (plain): "Defence ministers met on Thursday. Ministers agreed to ..."
    previous: str = field(default="", compare=False, repr=False)

    def speakers_it(self) -> tuple[re.Match[str], ...]:
        """Where a name reports of itself, "it" right after its speaker's verb ("Belgrade says it has 28,000 soldiers on
        alert": see ``mentions.speaker_it``), found once: both whether the sentence is about the mission
        (``_own_pronoun``) and its mentions' pronouns (``Finder.pronouns``) read it."""
        return self._speakers_it

    @cached_property
    def _speakers_it(self) -> tuple[re.Match[str], ...]:
        return tuple(speaker_it(load_language()).finditer(self.plain))

    @cached_property
    def cuts(self) -> tuple[tuple[int, int], ...]:
        """The spans of the clause separators, in order; a relative clause between commas ends at
        the comma after which the main clause's predicate goes on."""
        return tuple(sorted([*self._openers, *((at, at + 1) for at in self.resumed)]))

    @cached_property
    def _openers(self) -> tuple[tuple[int, int], ...]:
        return tuple(sorted([*(match.span() for match in _clause().finditer(self.plain)
                               if match.group() != " - " or (_dash_addition().match(self.plain, match.end()) is None
                                                              and _date_head().fullmatch(self.plain, 0,
                                                                                         match.start()) is None)),
                             *(match.span() for match in load_language().participle_aside.finditer(self.plain)),
                             *(match.span() for match in _contrast_after().finditer(self.plain)),
                             *(match.span(1) for match in _contrast_before().finditer(self.plain)),
                             *((match.span() for match in _staff_colon().finditer(self.plain))
                               if ":" in self.plain else ())]))

    @cached_property
    def resumed(self) -> dict[int, int]:
        """Where the main clause goes on after a relative or participle clause between commas (the
        closing comma), and where that clause opened: "NMI, which works with EUAM, advises X"."""
        spans, found = self._openers, {}
        for index, (start, end) in enumerate(spans):
            language = load_language()
            participle = language.participle_aside.match(self.plain, start)
            aside = participle is not None and participle.end() == end
            if language.clause_relative.fullmatch(self.plain, start, end) or aside:
                limit = spans[index + 1][0] if index + 1 < len(spans) else len(self.plain)
                resume = _RESUME.search(self.plain, end, limit) or _speech_resume().search(self.plain, end, limit)
                if resume is not None:
                    found[resume.start()] = start
        return found


@dataclass(frozen=True)
class ClauseTone:
    """What one clause says about the facts in it, whatever slot they fill (worked out by ``tone.py``)."""

    modal: bool  # "might", "is considering": nothing is stated as current
    historical: bool  # "previously", "had been"
    when: date | None  # an explicit date in the clause
    future: bool = False  # a date after the document, or a schedule ("will start advising X next year")


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of one paragraph; a full stop after an abbreviation or an initial does not end one. A short line
    without a stop at its end, before a line that opens as a sentence does, is a heading of its own ("Om NATO Mission
    Iraq" over "NATO Mission Iraq opererer ...")."""
    heading = _HEADING_LINE.match(paragraph) if "\n" in paragraph else None
    if (heading is not None and len(heading.group("line").split()) <= _HEADING_WORDS
            and _rank_at_end().search(heading.group("line")) is None):  # ("Lieutenant General\nAnna Berg took ...")
        return [heading.group("line").strip(), *split_sentences(paragraph[heading.end():])]
    sentences, start = [], 0
    abbreviations = load_language().abbreviations  # ("Spc. X", "approx. 500": no end of a sentence)
    dateline = _DATELINE.match(paragraph)
    if dateline is not None and not paragraph[dateline.end():dateline.end() + 1].islower():
        sentences.append(paragraph[:dateline.end()].strip())
        start = dateline.end()
    for match in _BOUNDARY.finditer(plain(paragraph), start):  # curly quotes too: 'said. "That is why...'
        before = paragraph[start:match.start() + 1].rstrip(".!?\"')]").split()
        # (an abbreviation may open a parenthesis or a quotation: "(Oct. 29)", "(Lt. Gen. X)")
        # (and after an elided article: "dall'Amm. X", "l'Amm. X")
        last = re.split(r"[.\-'’]", before[-1].lower().lstrip("(\"'[«“‘"))[-1] if before else ""
        if last in _BEFORE_NUMBER and not paragraph[match.end():match.end() + 1].isdigit():
            pass  # "No. 5 Squadron", but "A: No. The mission goes on."
        elif paragraph[match.start() - 1:match.start()] in (")", "]"):
            pass  # a bracket closed before the stop ends no abbreviation nor initial: "(RC-W). Overall, ..."
        elif last in abbreviations or (len(last) == 1 and last.isalpha()):
            continue
        sentences.append(paragraph[start:match.end()].strip())
        start = match.end()
    tail = paragraph[start:].strip()
    if tail:
        sentences.append(tail)
    return [s for s in sentences if s]


def _pronouns_in(sentence: Sentence, profile: Profile) -> list[re.Match[str]]:
    """The profile's pronouns of the mission in the sentence; a speaker's "we" of one language that is another's word of
    its own ("vi": Danish "we", Italian "there") only in a sentence of its languages."""
    assert profile.pronoun is not None
    language = load_language()
    return [match for match in profile.pronoun.finditer(sentence.plain)
            if (word := match.group(0).lower()) not in language.first_person_subjects
            or language.spoken_in("first_person_subjects", word, sentence.lower)]


def _first_person(sentence: Sentence, profile: Profile) -> bool:
    """A speaker's own first person ([words] first_person, first_person_subjects: "we", "our", "nous", "vi") stands in
    the sentence as one of the mission's pronouns (the profile's), in a sentence of its language."""
    language = load_language()
    own = frozenset(language.first_person) | frozenset(language.first_person_subjects)
    return any(match.group(0).lower() in own for match in _pronouns_in(sentence, profile))


def _own_pronoun(sentence: Sentence, profile: Profile) -> bool:
    """A pronoun in the sentence may stand for the mission: not only "it" right after another name's speaker's verb
    ("Belgrade says it has 28,000 soldiers on alert": Belgrade's)."""
    pronouns = _pronouns_in(sentence, profile)
    if not pronouns:
        return False
    reported = {m.end() for m in sentence.speakers_it()
                if not profile.names_mission(name := m.group("speaker"), name.lower())
                and _parent(profile).search(name) is None}
    return any(match.start() not in reported for match in pronouns)


def classify_sentences(document: Document, profile: Profile, needed: Callable[[str], bool] | None = None,
                       told: frozenset[int] = frozenset(),
                       voice: Callable[[int], bool] | None = None) -> Iterator[tuple[Sentence, bool, bool]]:
    """Every sentence of a document that names the mission, with whether it is about the mission.

    Named: the mission's name, an alias or a mention pattern stands in it. Referenced: "the
    mission" (or another reference) while the mission is in focus: from the start of a document
    that names it anywhere, until a sentence names another actor and not the mission (unless it
    opens with the mission as subject: "It now also advises X, while EUAM ..."), and again after the
    next naming. A pronoun or demonstrative ("it", "its", "this") counts when the mission
    was named in the same paragraph or the sentence before was about it.

    ``needed(paragraph_lower)`` lets the caller skip paragraphs that cannot be about the mission
    (no cue word, no other actor, no sentence about it just before) and that it has no use for.
    ``told``: the paragraphs the page's layout puts under the mission (a fact box's or a timeline's
    lines under a heading naming it, see ``layout.py``): their sentences are about it unless they
    name another actor. ``voice(index)``: the turn at paragraph ``index`` is spoken by a person the text has placed
    in the mission's post so far (see ``_spoken_for``).
    """
    assert profile.mention is not None and profile.reference is not None
    assert profile.pronoun is not None and profile.others is not None
    title = plain(document.title or "")
    named_anywhere = profile.names_mission(title, title.lower()) or any(
        profile.names_mission(flat, flat.lower()) for flat in map(plain, document.paragraphs)) or any(
        _parent_refers(plain(text), profile)
        for paragraph in document.paragraphs for text in _with_before(split_sentences(paragraph)))
    if not named_anywhere:
        return
    in_focus, previous_about, previous_focus = True, False, False
    exchange = False  # a speaker's turn in focus just before ("Q: How many ...?" / "A: About 900.")
    language = load_language()
    relatives, bare_post = language.post_relative_test, language.bare_post
    topic: list[bool] = []  # whether the document is about the mission, worked out when first needed
    last = ""  # the sentence read before
    away = False  # focus was lost to an actor named away from the mission's country
    asked = _questions(document.paragraphs)
    for index, paragraph in enumerate(document.paragraphs):
        # a transcript's or an interview's turn ("SPOKESPERSON:", "Q (Reuters):", "A:") goes on with
        # the exchange it answers: the turn is in focus as a paragraph naming the mission would be
        # (an interview printed without labels, its questions paragraphs of their own: a question and the paragraph
        # after it are turns as labelled ones are: "General, how big is the mission today?" / "We are now about ...")
        turn = speaks(paragraph) or index in asked or index - 1 in asked
        if index in asked and (_asks_own_size(paragraph, profile) or _asks_parent_size(paragraph, profile)) and (
                topic := topic or [_mission_topic(title, document.paragraphs, profile)])[0]:
            # ("Mon général, ... l'OTAN se retire-t-elle ? – Non. ..." / "Combien êtes-vous aujourd'hui ?"): in an
            # interview about the mission, a question asking its speaker how many they are names no other actor:
            # the exchange is about the mission again, whatever actor the last turn named
            in_focus = previous_about = previous_focus = exchange = True
            for text in split_sentences(paragraph):
                flat = plain(text)
                before, last = last, flat
                yield Sentence(text, flat, index, caseless(flat), previous=before), True, True
            continue
        # (the sentence before may be the last of the previous paragraph)
        # (or the interview's first question, right after a standfirst that names the mission and keeps it in focus:
        # "El general X manda la Misión de la OTAN en Irak. Recibe a EL PAÍS en su despacho." / "P. ¿Cuántos militares
        # tiene hoy a sus órdenes?" / "R. Somos unos 1.100": the exchange is the interview with the mission's speaker)
        named_here = exchange = turn and in_focus and (
            exchange or previous_about or (previous_focus and index == min(asked, default=-1)))
        # an answer of that exchange: its speaker speaks for the mission throughout the turn
        answering = named_here and not paragraph.rstrip().endswith("?")
        voiced = named_here  # the turn is the mission's speaker's (see _first_person)
        if turn and not named_here and _spoken_for(paragraph, index, profile, voice):
            # "(Q: Is that NATO's number?) MAJ GEN X (Deputy Commander, NATO Mission Iraq): No. The 2,500 are American
            # troops under the coalition. Our mission is a separate one, with about 620 people": the speaker's "we"
            # and "our" are the mission's, whatever actor the turn names first
            named_here = voiced = True
        if needed is not None and not previous_about and not named_here and index not in told:
            flat = plain(paragraph)
            if (not profile.may_concern(flat, caseless(flat)) and not needed(flat.lower())
                    and not (previous_focus and _opens_with_handed_command(caseless(flat)))):
                continue
        if _byline(plain(paragraph), language.bylines, profile):
            # "Door Femke Oudshoorn", "Af Line Jensen": the author's line between two paragraphs breaks no reference
            continue
        sentences = split_sentences(paragraph)
        for place, text in enumerate(sentences):
            flat = plain(text)
            lower = caseless(flat)
            if _credit(lower, language.credits):
                continue  # "(NATO photo by Sgt X)": a picture's credit between two sentences breaks no reference
            before, last = last, flat
            if "; " in flat and (joined := _subject_after_semicolon(flat, profile)) != flat:
                # "la misión ... llegó a tener 1.300 efectivos; hoy ronda los 500": the clause after the semicolon
                # opens with its verb, the mission its dropped subject, read as its pronoun ("it")
                flat, lower = joined, caseless(joined)
            excluded = _excluded_only(flat, profile)  # "KFOR valt buiten deze inzet": named in passing
            if (profile.names_mission(flat, lower) and not _apposed_only(flat, lower, profile)
                    and not _spoken_only(flat, lower, profile) and not _reported_only(flat, lower, profile)
                    and not excluded and not _set_against_only(flat, profile)
                    and not _quoted_for_other(flat, profile)):
                # a sentence naming the mission only as the owner of a part of it ("Within the Czech contingent
                # of KFOR, the handover of commander duties took place") is about that part: what the next
                # sentence says of "the new commander" or "we" is the part's
                # a sentence naming the mission only in a relative clause on something else, in a document about
                # another actor ("..., commander of the allied command in Naples, which also oversees KFOR"): the
                # sentence is read, but "the mission" after it is still the document's other actor's
                aside = not in_focus and _relative_only(flat, profile) and not (
                    topic := topic or [_mission_topic(title, document.paragraphs, profile)])[0]
                # (or only in a clause of what goes on meanwhile, the main clause another actor's: read, but "the
                # mission" after it is that actor's)
                backdrop = not aside and _backdrop_only(flat, profile)
                named_here = previous_about = not aside and not backdrop and not _part_only(flat, profile)
                in_focus = previous_focus = not aside and not backdrop
                exchange = turn
                yield Sentence(text, flat, index, lower, previous=before), True, True
                continue
            if previous_about and in_focus and profile.names_other(flat, lower) and _past_posts_only(flat, profile):
                # "(X took command of NMI on Monday.) She previously served as deputy commander of KFOR. She succeeds
                # Y": another actor named only as where the person held a post before, told as biography, is no
                # sentence about it; what the next one says is still of the mission
                yield Sentence(text, flat, index, lower, previous=before), False, True
                continue
            if (profile.names_other(flat, lower) and not (
                    in_focus and (named_here or previous_about or _reference_opens(flat, lower, profile)) and (
                        _mission_leads(flat, profile) or _partners_only(flat, lower, profile)
                        or _presiders_only(flat, profile) or _receivers_only(flat, profile)
                        or (previous_about and _weighed_cooperation(flat) and _named_as_partners(flat, profile))))
                    and not (
                    # "(A: ... our basis.) Q: Do you coordinate with the EU mission that advises X?": a question in an
                    # exchange about the mission, naming other actors only as those its speaker works with, keeps it
                    in_focus and exchange and named_here and flat.rstrip().endswith("?")
                    and _named_as_partners(flat, profile)) and not (
                    in_focus and _contrasted_only(flat, lower, profile))) or (
                    _national_mission(profile).search(flat) is not None):
                # (a nation's own mission, "The Dutch training mission in Iraq will resume", "la mission française de
                # formation": another actor, what "the mission" says after it is that one's)
                in_focus = previous_about = previous_focus = exchange = False
                # (a side story told away from the mission's country: "Meanwhile in the Balkans, KFOR moved a company
                # to Zubin Potok")
                away = not _host_named(flat, profile)
                yield Sentence(text, flat, index, lower, previous=before), False, False
                continue
            if answering and not in_focus and _speaker_own(flat) and not profile.names_other(flat, lower):
                # "(R. ... Lo de Besmaya era de la coalición.) Nosotros asesoramos a los ministerios": in an answer of
                # an exchange about the mission, another actor set aside, the speaker's own "we" or "our" is the
                # mission again
                in_focus = exchange = True
            # (or a speaker's turn in an exchange about the mission: "Q: Is it true that NMI stopped advising X? /
            # A: No. Seguimos asesorando al Ministerio del Interior", the speaker's "we" dropped)
            if ((previous_about or exchange) and in_focus and (stand_in := _dropped_subject(flat)) is not None
                    # (not a participle fronted before the mission it names: "Avviata nel 2018, la missione aveva
                    # contato ...", "Creada en 2018, la misión ...": the sentence names it)
                    and not profile.refers_to_mission(opening := " ".join(flat[stand_in:].split()[:2]),
                                                      caseless(opening))):
                # "(La missione è di consulenza.) È stata istituita nel 2018": the mission, its dropped subject, is
                # read where the language would name it, as its pronoun ("it")
                flat = f"{flat[:stand_in]}it {flat[stand_in:]}"
                lower = caseless(flat)
            sentence = Sentence(text, flat, index, lower, previous=before)
            if not in_focus and voiced and _first_person(sentence, profile):
                # "(Q: Is KFOR taking over EULEX's tasks? A: No.) EULEX has its own mandate. We patrol in Mitrovica":
                # in the mission's speaker's turn, another actor named does not change who "we" are
                in_focus = True
            if not in_focus and _parent_held(flat, lower, profile):
                # "(EUAM Iraq advises the Ministry of Interior.) The NATO mission's senior civilian, X, welcomed the
                # appointment": a reference that holds the parent's name tells the mission the document named from
                # the other actor just told, and brings it back in focus
                in_focus = True
            if (not in_focus and away and _host_named(flat, profile) and profile.refers_to_mission(flat, lower)
                    and (topic := topic or [_mission_topic(title, document.paragraphs, profile)])[0]):
                # "(NMI will continue its work from Naples. Meanwhile in the Balkans, KFOR moved a company north.) The
                # mission remains a non-combat mission advising Iraqi institutions": after a side story told away from
                # the mission's country, a reference placed back in that country, in a document about the mission, is
                # the mission again
                in_focus = True
            away = away and not in_focus
            about = (not excluded and index in told) or (not excluded and in_focus and (
                profile.refers_to_mission(flat, lower)
                or ((named_here or previous_about) and _own_pronoun(sentence, profile))
                # "(Q: What does the mission do? A: We advise ...) Onze adviseurs werken met het ministerie van
                # Defensie", "vores rådgivere sidder i forsvarsministeriet": in a turn of an exchange about the
                # mission, the speaker's own possessive of the language files is the mission's, as the profile's
                # English "our"
                or (turn and named_here and _speaker_own(flat, subjects=False))
                # "His predecessor, X, ...": the person in the post just named
                or (previous_about and relatives.search(lower) is not None)
                # "(The new commander, X, spoke. Even the sergeants clapped.) His predecessor, Y, looked relieved":
                # a holder's relative opening the sentence, whatever came between while the mission is in focus
                or opens_with_relative(lower, language.relative_openers)
                # "(NMI has resumed its training.) The Secretary General stressed the importance of working closely with
                # the Global Coalition": the weight of a work with no subject of its own, right after it, is its work
                or (previous_about and _weighed_cooperation(flat))
                # "(NMI no longer advises X.) Advisers will stay at Y": its people
                or (previous_about and _opens_with_staff(flat, before, profile))
                # "(The ceiling of NMI remains 4,000.) In practice, only 1,150 troops are deployed": the people it has
                # against what it may have
                or (previous_about and _opens_with_count_under_ceiling(flat, before))
                # "(The mission keeps its mandate intact.) However, training of Iraqi army units has been suspended":
                # its work, the subject of a state
                or (previous_about and _opens_with_work(flat))
                # "(NMI has about 500 personnel.) The number will rise to 1,000 by spring", "(I august 1999 var det
                # samlede antal soldater cirka 50.000.) I dag er antallet reduceret til cirka 4.700 soldater": a
                # measure alone, the count of its people, right after a sentence in focus
                or (previous_focus and _opens_with_measure(flat, before))
                # "(De missie telde 500 militairen.) Inmiddels zijn dat er ongeveer achthonderd": the count again
                or (previous_about and _counts_again(flat, before))
                # "(Depuis sa création, la mission ... a été dirigée par ...) Son premier commandant fut X": its post
                or (previous_about and _opens_with_own_post(flat, before))
                # "(X ended his tour as KFOR commander. X said the north is calm.) Kommandoen blev samme dag overtaget
                # af Y": the command handed over, opening a sentence while the mission is still in focus, is its own
                or (previous_focus and _opens_with_handed_command(lower))))
            # "« Nos activités ont été suspendues », a déclaré le porte-parole de l'OTAN. (Les conseillers de la mission
            # de l'OTAN en Irak restent sur place.)": a quote opening the text, its speaker the parent's, the mission
            # named in the next sentence: "our" is the mission's
            about = about or (not previous_about and in_focus and place + 1 < len(sentences)
                              and _lead_quote(flat, plain(sentences[place + 1]), profile))
            # "The European Union has suspended the work of its advisory mission in Iraq": another's
            about = about and not (profile.cued(lower) and _owned_elsewhere(flat, lower, profile))
            # "(KFOR has 4,500 troops.) The force in Iraq has 500 advisers": another force, where it stands
            about = about and not (profile.cued(lower) and _placed_elsewhere_only(flat, lower, profile))
            # "The new commander, X, ...", "The commander said ...": a post no body owns is the post of
            # what the document is about, whatever actor was named just before
            if not about and bare_post is not None and contains_any(lower, language.bare_post_cue):
                topic = topic or [_mission_topic(title, document.paragraphs, profile)]
                about = topic[0] and bare_post.search(lower) is not None
            focus = about or (in_focus and (named_here or previous_about))
            previous_about, previous_focus = about, focus
            exchange = exchange or (turn and about)
            yield sentence, about, focus


def _spoken_for(paragraph: str, index: int, profile: Profile, voice: Callable[[int], bool] | None) -> bool:
    """The turn (no question) speaks for the mission: its label's aside names the mission ("MAJ GEN X (Deputy
    Commander, NATO Mission Iraq):"), or its speaker holds the mission's post as far as the text has told
    (``voice``: "(The commander of KFOR, Major General X, and the Head of EULEX, Ambassador Y, will take your
    questions.) X: Across Kosovo we are about 4,400")."""
    flat = plain(paragraph)
    if flat.rstrip().endswith("?"):
        return False
    label = _LABEL.match(flat) if turn_label(flat) is not None else None
    aside = label.group(2) if label is not None else None
    if aside is not None and profile.names_mission(aside, caseless(aside)):
        return True
    return voice is not None and voice(index)


_ASKED = 2  # an interview printed without labels asks two questions at least


def _asks_own_size(paragraph: str, profile: Profile) -> bool:
    """A question paragraph asks for a size in words of size alone (cues.in_size_words: "Combien êtes-vous
    aujourd'hui ?", "Hvor mange er I?", "Hoe groot is de missie nu?") and names no other actor: what the interviewer
    asks the mission's speaker."""
    flat = plain(paragraph)
    lower = caseless(flat)
    return flat.rstrip().endswith("?") and in_size_words(lower, profile) and not profile.names_other(flat, lower)


def _asks_parent_size(paragraph: str, profile: Profile) -> bool:
    """A question paragraph asks for the count of the parent's people in the mission's country ("How many NATO personnel
    are in Iraq now?", "How many troops does the alliance still have in Iraq?"; the language files' [size] asked and
    staff) and names no other actor nor a nation: the parent's people there are the mission's."""
    flat = plain(paragraph)
    lower = caseless(flat)
    language = load_language()
    return (flat.rstrip().endswith("?") and contains_any(lower, language.asked)
            and contains_any(lower, language.staff_words)
            and _parent(profile).search(flat) is not None and _host_named(flat, profile)
            and not profile.names_other(flat, lower) and _national_mission(profile).search(flat) is None)


def _questions(paragraphs: tuple[str, ...]) -> frozenset[int]:
    """The paragraphs ending with a question, in a page of two or more (an interview printed without its speakers'
    labels: "General, how big is the mission today?" / "We are now about 650 people ..."); none in another page."""
    asked = frozenset(index for index, paragraph in enumerate(paragraphs) if paragraph.rstrip().endswith("?"))
    return asked if len(asked) >= _ASKED else frozenset()


_OPENER_WORDS = 4  # "His predecessor, X", "Major Vrba's predecessor, X": a short opening before the comma


def opens_with_relative(lower: str, openers: tuple[str, ...]) -> bool:
    """The sentence opens with a possessive and a word of a post holder's relative, then a comma (the language's
    relative_openers: "His predecessor, X, ...", "Vrba's predecessor, X")."""
    head, comma, _ = lower.partition(",")
    return bool(openers and comma) and len(head.split()) <= _OPENER_WORDS and head.rstrip().endswith(openers)


def _opens_with_own_post(flat: str, before: str | None) -> bool:
    """The sentence opens with a possessive and a post's head (one word between at most: "Son premier commandant fut
    X", "Su actual jefe es X"), right after a sentence about the mission that names no person by a rank or a title
    (whose post the possessive could be: "(X visited NMI.) His first commander ..."): the mission's post."""
    return _own_post().match(flat) is not None and (before is None or _rank_anywhere().search(before) is None)


def _opens_with_handed_command(lower: str) -> bool:
    """The sentence opens with the sign of a post handed over (the language files' handover.signs: "Kommandoen",
    "Le commandement", "Il comando") and tells it given or taken (its verbs of giving or taking): the command
    just spoken of changes hands ("Kommandoen blev samme dag overtaget af Y")."""
    opening, verbs = _handed_command()
    return opening.match(lower) is not None and verbs.search(lower) is not None


@functools.cache
def _handed_command() -> tuple[re.Pattern[str], re.Pattern[str]]:
    parts = load_language().handover_parts
    signs = trie_alternation([w.lower() for w in parts.get("signs", ())], separator=" ")
    verbs = trie_alternation([w.lower() for w in (*parts.get("give", ()), *parts.get("take", ()))], separator=" ")
    return (re.compile(rf"\W*(?:{signs})(?![\w'-])"),
            re.compile(rf"(?<![\w'-])(?:{verbs})(?![\w'-])"))


@functools.cache
def _own_post() -> re.Pattern[str]:
    language = load_language()
    owners = trie_alternation([w.lower() for w in language.possessives], separator=" ")
    heads = trie_alternation(list(language.bare_post_cue), separator=" ")
    return re.compile(rf"(?:{owners}) (?:[\w'-]+ )?(?:{heads})(?![\w'-])", re.IGNORECASE)


@functools.cache
def _rank_anywhere() -> re.Pattern[str]:
    language = load_language()
    words = trie_alternation([w.lower() for w in (*language.ranks, *language.titles)], separator=" ")
    return re.compile(rf"(?<![\w'-])(?:{words})(?![\w'-])", re.IGNORECASE)


_CREDIT_REACH = 100  # a picture's credit is short: a longer sentence so begun is the text's own


def _credit(lower: str, credits: tuple[str, ...]) -> bool:
    """The sentence is a picture's credit: it opens (after a parenthesis, within its first four words: "(NATO photo by
    Sgt X)", "U.S. Army photo by ...") with a word of the language's credits, and is short."""
    if not credits or len(lower) > _CREDIT_REACH:
        return False
    words = lower.lstrip("([ ").split(" ")
    return any(" ".join(words[start:]).startswith(credits) for start in range(min(4, len(words))))


def _byline(flat: str, bylines: tuple[str, ...], profile: Profile) -> bool:
    """The paragraph is an article's byline: a short line opening with the language's byline word and ending with a
    name, no stop, figure or actor in it ("Door onze correspondent Midden-Oosten Thijs Verhoeven-Bakker", "Af Line
    Jensen", "By Jane Miller")."""
    words = flat.split()
    if not bylines or not 2 <= len(words) <= _BYLINE_WORDS or flat.rstrip()[-1] in ".?!:;,\"'»”" or any(
            c.isdigit() for c in flat):
        return False
    opening = " ".join(words).lower()
    if not any(opening.startswith(f"{word} ") for word in bylines) or not words[-1][:1].isupper():
        return False
    lower = caseless(flat)
    return not profile.names_mission(flat, lower) and not profile.names_other(flat, lower)


_BYLINE_WORDS = 8  # "Door onze correspondent Midden-Oosten Thijs Verhoeven-Bakker": a title and a name at most


# (after a broadcast's time stamp, a podcast's or a radio transcript's: "[00:14:15] MARTA ITURRIAGA:", "22.41 HOST:")
_LABEL = re.compile(r"\s*(?:\[?\d{1,2}[.:]\d\d(?:[.:]\d\d)?\]?\s+)?"
                    r"([^\W\d][\w.' -]{0,39}?)\s*(\([^()]{1,60}\))?\s*:\s")


def speaks(paragraph: str) -> bool:
    """The paragraph opens with a speaker's label, a turn of a transcript or an interview: "Q:", "A:",
    "SPOKESPERSON:", "MAJ GEN X:" (words in capitals), "Q (Agence Europe):", "Question (Mr X):" (a
    word with a parenthesis); not "Correction:" or "Photo:"."""
    return turn_label(paragraph) is not None


def turn_label(paragraph: str) -> str | None:
    """The speaker's label a turn of a transcript or an interview opens with (see speaks), as written; else None."""
    # (most paragraphs hold no colon, which every label ends with: a test of one character, where the
    # label's pattern tries forty lengths of it)
    label = _LABEL.match(paragraph) if ":" in paragraph else None
    if label is None:
        return None
    words = label.group(1).split()
    if label.group(1) in load_language().field_abbreviations:
        return None  # "HQ: Baghdad": a fact box's field
    if (label.group(1).isupper() and len(words) <= 4) or (label.group(2) is not None and len(words) == 1):
        return label.group(1)
    return None


def _with_before(sentences: list[str]) -> Iterator[str]:
    """Each sentence, then each with the two before it in its paragraph: the parent and the country may be named a
    sentence or two before the reference ("¿Abandonará la OTAN Irak? La pregunta sobrevuela la reunión de ministros.
    La misión, que cuenta con unos 500 efectivos, ...": the parent's mission there)."""
    yield from sentences
    for place in range(1, len(sentences)):
        yield " ".join(sentences[max(0, place - 2):place + 1])


def _parent_refers(flat: str, profile: Profile) -> bool:
    """The sentence names the parent organisation, the mission's country (a word of every group the
    profile's entries follow) and refers to a mission, naming no other actor ("Les ambassadeurs de l'OTAN
    ... discutent de l'avenir de la mission en Irak", "la OTAN anunció que las labores de la misión quedaban
    suspendidas" in a sentence on troops in Iraq): the parent's mission there, named by its reference alone."""
    lower = caseless(flat)
    if not profile.cooccurring or not profile.cued(lower) or not profile.is_mentioned(flat):
        return False
    parents = [m.span() for m in _parent(profile).finditer(flat)]
    # a reference of its own ("la misión", "the mission") and the parent named apart from it, or a reference that
    # holds the parent's name ("de NAVO-missie", "NATO-missionen": the parent may have more than one, and the
    # sentence names the country: "Ze beveiligen in en rond Bagdad de adviseurs van de NAVO-missie") (nor a
    # possessive's: "Denmark announced it would end its training mission in Iraq" is Denmark's)
    possessives = tuple(f"{word} " for word in load_language().possessives)
    found = [m for m in profile.references.finditer(flat, lower)
             if m.end() > m.start() and not m.group(0).lower().startswith(possessives)]
    bare = [m.span() for m in found if not any(m.start() <= s < m.end() for s, _ in parents)]
    held = len(bare) < len(found)
    # (or one only in a later clause, after the reference opening the sentence: see _mission_leads)
    return ((held or (bool(bare) and any(not any(b <= s < e for b, e in bare) for s, _ in parents)))
            and (not profile.names_other(flat, lower) or _mission_leads(flat, profile)))


def _parent_held(flat: str, lower: str, profile: Profile) -> bool:
    """The sentence refers to a mission by a reference that holds the parent's name ("the NATO mission", "the
    alliance's mission") and names no other actor."""
    if not profile.parent or not profile.cued(lower) or profile.names_other(flat, lower):
        return False
    parents = [m.span() for m in _parent(profile).finditer(flat)]
    return bool(parents) and any(m.start() <= s < m.end() and not _placed_elsewhere(flat, m.end(), profile)
                                 for m in profile.references.finditer(flat, lower) for s, _ in parents)


def _placed_elsewhere(flat: str, end: int, profile: Profile) -> bool:
    """After a reference, a word before a place and a place that is none of the mission's ("the former commander of
    NATO Mission in Kosovo"): another mission's."""
    place = _place_after().match(flat, end)
    if place is None:
        return False
    name = place.group(1).lower()
    return name not in profile.place_names and name not in caseless(" ".join((profile.name, *profile.aliases)))


@functools.cache
def _place_after() -> re.Pattern[str]:
    """A word before a place (the language's) and a capitalised name."""
    words = trie_alternation([w.lower() for w in load_language().place_before]) or "(?!x)x"
    return re.compile(rf"\s+(?:{words})\s+([A-Z][\w'-]*)")


def _mission_topic(title: str, paragraphs: tuple[str, ...], profile: Profile) -> bool:
    """The document is about the mission: the first actor its title names, else the first actor the
    first sentence naming one names, is the mission ("The US-led coalition has a new leader, while
    NMI ..." is about the coalition)."""
    assert profile.mention is not None and profile.others is not None
    # (lazily: most documents name an actor in their first sentences)
    for flat in chain((title,), (plain(text) for paragraph in paragraphs for text in split_sentences(paragraph))):
        lower = caseless(flat)
        mission = profile.mentions.search(flat, lower) if profile.cued(lower) else None
        other = profile.first_other(flat) if profile.holds_other_word(lower) else None
        if mission is not None or other is not None:
            return (other is None or (mission is not None and mission.start() < other.start())) and not (
                other is None and _part_only(flat, profile))
    return False


def _part_only(flat: str, profile: Profile) -> bool:
    """Every naming of the mission in the sentence is the owner of a part of it, a unit or a nation's contingent
    ("the Czech contingent of KFOR", "KFOR's Multinational Specialized Unit", "the Czech KFOR contingent",
    "NMI's Danish contingent"): the sentence is about that part (not "the KFOR contingent" alone: the whole force)."""
    assert profile.mention is not None
    found = list(profile.mentions.finditer(flat, caseless(flat)))  # (the names just found, kept: textutil.LowerCase)
    parts = _parts()
    return bool(found) and all(
        parts.before.search(flat, 0, m.start()) is not None or parts.owned.match(flat, m.end()) is not None
        or parts.named.match(flat, m.end()) is not None
        or (parts.nation.search(flat, 0, m.start()) is not None and parts.bare.match(flat, m.end()) is not None)
        for m in found)


class _Parts(NamedTuple):
    before: re.Pattern[str]  # "the Czech contingent of " KFOR
    owned: re.Pattern[str]  # KFOR "'s Czech contingent", KFOR "'s Multinational Specialized Unit"
    named: re.Pattern[str]  # KFOR " Regional Command West", KFOR " Multinational Battle Group East" (a unit's name)
    nation: re.Pattern[str]  # "the Czech " KFOR contingent
    bare: re.Pattern[str]  # the Czech KFOR " contingent"


@functools.cache
def _parts() -> _Parts:
    """The patterns of _part_only, from the language files' parts and units of a force."""
    language = load_language()
    words = [*language.parts, *language.units]
    nouns = trie_alternation(words, separator=" ")
    names = trie_alternation([" ".join(w[:1].upper() + w[1:] for w in noun.split()) for noun in words], separator=" ")
    nations = trie_alternation([*language.nationalities, *language.countries])
    return _Parts(
        re.compile(rf"(?<![\w-])(?i:{nouns}) (?:of|in|within|to) (?:the )?$", re.IGNORECASE),
        re.compile(rf"(?:'s|’s)\s+(?:[A-Z][\w-]*\s+){{0,3}}(?i:{nouns})(?![\w-])"),
        re.compile(rf"\s+(?:[A-Z][\w-]*\s+){{0,3}}(?:{names})(?![\w-])"),
        re.compile(rf"(?<![\w-])(?:{nations})(?:'s)? (?:[\w-]+ )?$"),
        re.compile(rf"\s+(?i:{nouns})(?![\w-])"))


@functools.cache  # by profile
def _national_mission(profile: Profile) -> re.Pattern[str]:
    """A nation's own mission: an article, a nationality and the mission's noun (a word between, or the noun ending a
    compound: "the Dutch training mission", "De Nederlandse trainingsmissie", "den danske træningsmission"), or the
    nationality right after the noun ("la mission française", "la misión española", "la missione italiana"); not
    the parent's ("de Nederlandse NAVO-missie") nor a noun a verb or a preposition stands before ("un militar español
    dirige la misión": see the language files' words.mission_nouns)."""
    language = load_language()
    nations = trie_alternation(sorted(language.nationalities))
    # (after the noun, only a nationality of a language whose adjectives follow their noun: "Nu traint de missie Iraakse
    # instructeurs" is the mission's, its object's nationality opening the object)
    trailing = trie_alternation(sorted(language.trailing_nationalities)) or r"(?!x)x"
    nouns = trie_alternation(sorted(language.mission_nouns))
    articles = trie_alternation(sorted(a for a in language.articles if not a.endswith("'")))
    parent = trie_alternation(profile.parent)
    word = rf"(?!(?i:{parent})(?![\w]))[^\W\d][\w]*"
    # ... or another body's opening the sentence, its name in capitals before the noun in lower case ("The EU mission
    # held a ceremony at its base", "The European Union mission ..."; not one named further on, "in the presence of the
    # head of the EULEX mission"): not the parent's, the mission's own names or its region's ("the NATO-led mission",
    # "the Kosovo mission"), nor a heading's capitalised noun ("The Training Mission Ends")
    own = trie_alternation(sorted({*profile.parent, profile.name, *profile.aliases,
                                   *(w for group in profile.cooccurring for w in group)}))
    name = rf"(?!(?:{own})(?![\w]))(?-i:[A-Z])[\w'-]*"
    return re.compile(rf"(?<![\w'-])(?i:{articles})\s+(?:(?:{nations})\s+(?:{word}\s+)?(?:{word})?(?i:{nouns})"
                      rf"|(?i:{nouns})\s+(?:{trailing}))(?![\w-])"
                      rf"|^\W*(?i:{articles})\s+(?:{name}\s+){{1,3}}(?-i:{nouns})(?![\w-])")


# a body named with its article before a possessive ("The European Union has suspended the work of its
# advisory mission"): capitalised words after "the", none of them the first word of a sentence alone
_OWNER = re.compile(r"(?<![\w'])(?:[Tt]he\s+)(?:[A-Z][\w'-]+\s+){0,3}[A-Z][\w'-]+(?![\w'-])")


@functools.cache
def _staff_colon() -> re.Pattern[str]:
    """A colon before the mission's people as a subject, with their article, opens a clause of its own as one before a
    possessive does (see _clause): "It is not a combat mission: the advisers support the Ministry of Defence", "Het is
    geen gevechtsmissie: de adviseurs staan het ministerie bij" (the negation before it is not the advice's)."""
    staff = alternation(w for w in load_language().staff if " " not in w)
    articles = alternation(w for w in load_language().articles if not w.endswith("'"))
    return re.compile(rf"\s?:\s+(?=(?:{articles})\s+(?:{staff})\s)", re.IGNORECASE)


@functools.cache
def _staff_opening() -> re.Pattern[str]:
    """A sentence that opens with a bare plural of people as its subject ("Advisers will stay at Y", "The
    trainers have moved to Erbil"): right after a sentence about the mission, its people."""
    # (or the noun with its article joined at the end: "Rådgiverne arbejder hver dag i ...")
    staff = alternation(w for w in (*load_language().staff, *load_language().staff_definite) if " " not in w)
    articles = alternation(load_language().articles)
    # ... or with a measure of them ("The number of NATO personnel is around 700", "Le nombre de militaires de l'OTAN
    # est d'environ 700"), a name or two between
    measures = "|".join(sorted({re.escape(w).replace(r"\ ", r"\s+") for w in load_language().measures},
                               key=longest_first)) or "(?!x)x"
    # ... or with a group of them ("A small team of advisers remains at Y"; not "A Canadian team of advisers")
    units = alternation(w for w in load_language().units if " " not in w)
    return re.compile(rf"^\W*(?:(?:{measures})\s*(?P<between>(?:[\w-]+\s+){{0,3}}?)(?=(?:{staff})(?![\w'-]))"
                      rf"|(?:(?:{articles})\s+(?:(?-i:[a-z][\w-]*)\s+){{0,2}}?(?:{units})\s+of\s+)?"
                      rf"(?:(?:{articles})\s+)?(?:{staff})(?![\w'-])(?!\s+(?:of|from)\b))", re.IGNORECASE)


def _opens_with_work(flat: str) -> bool:
    """The sentence opens with the mission's work as the subject of a state (see _work_opening)."""
    opening = _work_opening()
    return opening is not None and opening.match(flat) is not None


@functools.cache
def _work_opening() -> re.Pattern[str] | None:
    """A sentence that opens (after one connective word and its comma: "However,") with a bare noun of the mission's
    work ("training", "courses"; one lower-case word before it, words of its object after it) and then an auxiliary of
    a state ("has been", "is", "remains") and its participle: "Training of Iraqi army units has been suspended since
    February" (not a plan: "The police training is due to begin in September"), or a verb of going on ending the clause:
    "Work with the Office of the National Security Adviser continues"."""
    work = load_language().work_subjects
    if not work:
        return None
    return re.compile(rf"^\W*(?:[\w-]+\s*,\s+)?(?:(?:the|all|its)\s+)?(?:(?-i:[a-z][\w-]*)\s+)?(?:{alternation(work)})"
                      rf"(?:\s+(?:of|for|at|with|in)\s+(?:the\s+)?(?:(?!by\s)[\w-]+\s+){{0,5}}?(?!by\s)[\w-]+)?"
                      rf"\s+(?:(?:has\s+been|have\s+been|had\s+been|is|are|was|were|remains|remain|remained)\s+"
                      # (a state: a participle, not a plan, "is due to begin", "is expected to resume")
                      rf"(?:(?:now|still|temporarily|also|again|largely|fully|all)\s+)?"
                      rf"(?:[a-z]+ed(?!\s+to\b)|frozen|on\s+(?:hold|ice|pause)|under\s*way)"
                      # (or goes on as it was: "Work with the Office of the National Security Adviser continues")
                      rf"|(?:continues|continue|goes\s+on|go\s+on|carries\s+on|carry\s+on)(?=\s*[.;,]|\s*$))(?![\w-])",
                      re.IGNORECASE)


def _opens_with_staff(flat: str, before: str | None, profile: Profile) -> bool:
    """The sentence opens with the mission's people (see _staff_opening). A measure of them is the mission's when a
    name between is the parent's only ("The number of NATO personnel", not "The number of US troops") and the
    sentence before names no nation's part ("The Dutch contribution to NMI goes on. The number of soldiers falls to
    25": the contribution's)."""
    opening = _staff_opening().match(flat)
    if opening is None:
        return False
    if opening.group("between") is None:
        return True
    return not any(word[:1].isupper() and _parent(profile).fullmatch(word) is None
                   for word in opening.group("between").split()) and (
        before is None or _national_part().search(before) is None)


def _opens_with_count_under_ceiling(flat: str, before: str | None) -> bool:
    """The sentence before names a ceiling (``size.ceiling``: "Le plafond autorisé pour la NMI reste fixé à 4 000") and
    this one opens, after a phrase and its comma at most ("Dans les faits,", "In practice,"), with a word or none
    ("seuls", "only", "solo") and a count of people (``size.staff``): the people the mission has against what it may
    have (not a nation's ceiling or a part's: "Le plafond du contingent belge reste fixé à 60 militaires")."""
    return (before is not None and ceilings().search(before.lower()) is not None
            and _nation().search(before) is None and _part_named().search(before) is None
            and _count_opening().match(flat) is not None)


@functools.cache
def _part_named() -> re.Pattern[str]:
    """A word of a part of the mission ("contingent", "contribución")."""
    return re.compile(rf"(?<![\w'-])(?:{part_words()})(?![\w'-])", re.IGNORECASE)


@functools.cache
def _count_opening() -> re.Pattern[str]:
    staff = alternation(w for w in load_language().staff if " " not in w)
    return re.compile(rf"^\W*(?:[^\W\d][\w' -]{{0,30}}?,\s+)?(?:[^\W\d][\w'-]*\s+)?\d(?:[\d.,]|\s(?=\d{{3}}))*\s+"
                      rf"(?:{staff})(?![\w'-])", re.IGNORECASE)


def _opens_with_measure(flat: str, before: str | None) -> bool:
    """The sentence's subject is a measure of people alone or of the mission's people ("The number will rise to 1,000",
    "Le nombre a été réduit à 400", "The total number of soldiers is 4,700"), opening it or after a time said first
    and, where the language puts the verb second, the verb ("Today, the number ...", "I dag er antallet reduceret
    ..."), and the sentence before is about the mission's people: it names no nation ("Spain has 150 soldiers in NMI.
    The number will rise to 200": Spain's) and counts no one the mission works on ("NMI trained 2,000 officers last
    year. The number will rise to 3,000": trainees, the language files' size.object_of)."""
    if before is None or _measure_opening().match(flat) is None or _nation().search(before) is not None:
        return False
    object_of = load_language().object_of
    return not any(word in object_of for word in re.findall(r"[^\W\d][\w'-]*", before.lower()))


def _counts_again(flat: str, before: str | None) -> bool:
    """The sentence opens with the count of people the sentence before told, said again by a pronoun ("Inmiddels zijn
    dat er ongeveer achthonderd", the language files' size.counts_again), and that sentence counts the mission's people
    (a word of its staff, no nation, no one it works on: not "NMI adviseert drie ministeries. Inmiddels zijn dat er
    vier")."""
    opening = _count_again_opening()
    found = None if opening is None or before is None else opening.match(flat)
    if found is None or before is None:
        return False
    language = load_language()
    words = re.findall(r"[^\W\d][\w'-]*", before.lower())
    # (or the people it counts named here, right after its figure: "(Styrken blev etableret i 1999.) I august 1999 var
    # der omkring 50.000 soldater")
    counted = re.match(r"\s+(?:[^\W\d][\w'-]*\s+){0,2}?[\d.,]+\s+([^\W\d][\w'-]*)", flat[found.end():])
    if counted is not None and counted.group(1).lower() in language.staff_words:
        words = [*words, counted.group(1).lower()]
    staff = language.staff_words
    nations = language.nation_words
    # (a nation's people: "400 Deense militairen", not "op verzoek van de Iraakse regering ... 500 militairen")
    return (any(word in staff and nations.isdisjoint(words[max(0, i - 2):i]) for i, word in enumerate(words))
            and not any(word in language.object_of for word in words))


@functools.cache
def _count_again_opening() -> re.Pattern[str] | None:
    language = load_language()
    if not language.counts_again:
        return None
    again = trie_alternation(sorted(language.counts_again), separator=r"\s+")
    present = trie_alternation(sorted(w.lower() for w in language.present), separator=r"\s+")
    # (a time first, now or a year's: "Hoy son unos 4.300", "I august 1999 var der omkring 50.000 soldater")
    fronted = rf"(?:{present}|[^\W\d]{{1,4}}(?:\s+[^\W\d]+)?\s+(?:19|20|21)\d\d)"
    return re.compile(rf"^\W*(?:{fronted}\s*,?\s+)?(?:{again})(?![\w'-])", re.IGNORECASE)


@functools.cache
def _nation() -> re.Pattern[str]:
    """A nationality anywhere ("150 Spanish soldiers"), or a country as the subject, in the sentence's first words
    ("Spain has 150 soldiers in NMI"; not a place: "troops moved into Kosovo")."""
    language = load_language()
    nationalities = trie_alternation(sorted(language.nationalities))
    countries = trie_alternation(sorted(language.countries))
    return re.compile(rf"(?<![\w])(?:{nationalities})(?![\w])|^\W*(?:[\w'-]+\s+){{0,2}}?(?:{countries})(?![\w])")


@functools.cache
def _measure_opening() -> re.Pattern[str]:
    language = load_language()
    alone = trie_alternation(sorted({*language.measures_alone, *(m for m in language.measures if " " in m)}),
                             separator=r"\s+")
    staff = trie_alternation(sorted({w.lower() for w in language.staff}), separator=r"\s+")
    present = trie_alternation(sorted({w.lower() for w in language.present}), separator=r"\s+")
    # (a measure that names whose it is after it is another's count, unless it counts the mission's people: "the
    # number of US troops", "antallet af danske soldater", not "the number of soldiers", "det samlede antal soldater")
    owner = trie_alternation(sorted({*language.genitive, "af", "van", "de", "des", "du", "del", "della", "di", "dei"}),
                             separator=r"\s+")
    # (a time first: "Today,", "I dag er", "In 2043", "I august 1999 var")
    fronted = rf"(?:{present}|[^\W\d]{{1,4}}(?:\s+[^\W\d]+)?\s+(?:19|20|21)\d\d)\s*,?\s+(?:[^\W\d][\w'-]*\s+)?"
    return re.compile(rf"^\W*(?:{fronted})?"
                      rf"(?:{alone})(?![\w'-])(?:\s+(?:{owner}\s+)?(?:{staff})(?![\w'-])|(?!\s+(?:{owner})(?![\w'-])))",
                      re.IGNORECASE)


@functools.cache
def _national_part() -> re.Pattern[str]:
    """A nation's part of the mission, the nationality or the country's possessive a word or two before the part's
    noun ("the Dutch force protection contribution", "Spain's contingent", "la aportación española")."""
    language = load_language()
    nations = trie_alternation([*language.nationalities, *language.countries])
    parts = part_words()
    return re.compile(rf"(?<![\w])(?:(?:{nations})(?:'s)?\s+(?:[\w-]+\s+){{0,2}}?(?:{parts})"
                      rf"|(?:{parts})\s+(?:[\w-]+\s+){{0,1}}?(?:{nations}))(?![\w])", re.IGNORECASE)


def national_part() -> re.Pattern[str]:
    """A nation's part of the mission (see ``_national_part``)."""
    return _national_part()


def _owned_elsewhere(flat: str, lower: str, profile: Profile) -> bool:
    """Every reference to the mission is a possessive ("its advisory mission in Iraq") that belongs to a
    body or a country named before it, not the parent organisation ("The European Union has suspended
    the work of its advisory mission in Iraq", "Denmark has withdrawn its training mission in Iraq"):
    that owner's mission, not this one."""
    possessives = tuple(f"{word} " for word in load_language().possessives)
    matches = list(profile.references.finditer(flat, lower))
    if not matches or not all(m.group(0).lower().startswith(possessives) for m in matches):
        return False
    before = flat[:matches[0].start()]
    if _parent(profile).search(before):
        return False  # "NATO has suspended its training mission in Iraq"
    owner = _OWNER.search(before)
    if owner is not None and not profile.names_mission(owner.group(0), caseless(owner.group(0))):
        return True
    return _countries().search(before) is not None


def _placed_elsewhere_only(flat: str, lower: str, profile: Profile) -> bool:
    """Every reference to the mission is followed by a place outside its country ("The force in Iraq has 500
    advisers", "La fuerza de la OTAN en Irak cuenta con 500 asesores"): a force there, not this one (see
    ``PlacedElsewhere``)."""
    matches = list(profile.references.finditer(flat, lower))
    if not matches:
        return False
    elsewhere = _elsewhere(profile)
    # ("has since prepared for the mission in Naples": where she got ready, not where the mission is)
    preparing = _preparing()
    return all(elsewhere(flat, m.end())
               and preparing.search(flat, max(0, m.start() - _PREPARING_REACH), m.start()) is None for m in matches)


_PREPARING_REACH = 40


@functools.cache
def _preparing() -> re.Pattern[str]:
    words = trie_alternation(sorted({w.lower() for w in load_language().preparing}), separator=r"\s+")
    return re.compile(rf"(?<![\w'])(?:{words})\s+$", re.IGNORECASE)


def _host_named(flat: str, profile: Profile) -> bool:
    """The sentence names the mission's country or its people (a word of a group the profile's entries follow that
    holds no name of the parent: "Iraq", "Iraqi", "Bagdad")."""
    return any(mentions_any(flat, group) for group in _host_groups(profile))


@functools.cache  # by profile
def _host_groups(profile: Profile) -> tuple[tuple[str, ...], ...]:
    """The groups of words the profile's entries follow that hold no name of the parent (the mission's country)."""
    parents = {word.lower() for word in profile.parent}
    return tuple(tuple(group) for group in profile.cooccurring if not parents & {word.lower() for word in group})


@functools.cache  # by profile
def _elsewhere(profile: Profile) -> PlacedElsewhere:
    return PlacedElsewhere(load_language(), profile)


@functools.cache  # by profile
def _lead_quote(flat: str, following: str, profile: Profile) -> bool:
    """The sentence opens with a quotation holding the speaker's own possessive ("« Nos activités ... »", "“Our
    training ...”"), then its speaker, of the parent organisation, naming no other actor; and the next sentence names
    the mission."""
    quote = _LEAD_QUOTE.match(flat)
    if quote is None or not profile.parent:
        return False
    words = set(re.findall(r"[^\W\d]+", quote.group(1).lower()))
    if not words & set(load_language().first_person):
        return False
    said = flat[quote.end():]
    return (_parent(profile).search(said) is not None and not profile.names_other(flat, caseless(flat))
            and profile.names_mission(following, caseless(following)))


# a quotation opening the sentence, then what follows it (its speaker)
_LEAD_QUOTE = re.compile(r"\W{0,3}[\"“«„]\s*([^\"”»“]{1,300}?)\s*[\"”»“]")


def _parent(profile: Profile) -> re.Pattern[str]:
    """The profile's parent organisation ("NATO", "the alliance") as whole words, in any case."""
    return re.compile(r"(?<![\w])" + trie_alternation(profile.parent) + r"(?![\w])", re.IGNORECASE)


@functools.cache
def _countries() -> re.Pattern[str]:
    """The language files' countries as whole words."""
    return re.compile(r"(?<![\w])" + trie_alternation(load_language().countries) + r"(?![\w])")


def _apposed_only(flat: str, lower: str, profile: Profile) -> bool:
    """Every naming of the mission in the sentence is another actor's description ("NATO ran a training
    mission in Iraq, NTM-I, which ..."): the sentence names that actor, not the mission."""
    assert profile.mention is not None and profile.others is not None
    if not profile.names_other(flat, lower):
        return False
    others = {m.start() for m in profile.others_in(flat)}
    return all(apposed(flat, m.start(), m.end(), others) for m in profile.mentions.finditer(flat, lower))


def _set_against_only(flat: str, profile: Profile) -> bool:
    """The sentence names another actor and names the mission only as what that one is set against, a word of contrast
    (the language files' ``[tone] instead``) right before each naming ("the EU force, some 1,100 strong and, unlike
    KFOR, an EU-led operation", "EUAM, rather than NMI, advises the ministry"): the other actor's sentence."""
    assert profile.mention is not None and profile.others is not None
    words = _instead()
    if words is None or not profile.may_name_other(flat) or profile.first_other(flat) is None:
        return False
    found = list(profile.mention.finditer(flat))
    return bool(found) and all(words.search(flat, max(0, m.start() - 40), m.start()) is not None for m in found)


def _backdrop_only(flat: str, profile: Profile) -> bool:
    """Every naming of the mission stands in a clause opening the sentence with a word of what goes on meanwhile (the
    language files' ``[tone] backdrop``) up to its first comma, and the main clause after it names another actor
    ("Mentre la missione Nato in Iraq attende il vertice, l'Ue ha scelto il nuovo capo di EUAM", "Alors que la mission
    de l'OTAN se réduit, l'EUAM ouvre un bureau à Bassora"): the sentence tells the other actor's news, and "the
    mission" after it is that one's."""
    assert profile.mention is not None
    pattern = _backdrop()
    if pattern is None or (opening := pattern.match(flat)) is None:
        return False
    rest = flat[opening.end():]
    found = list(profile.mention.finditer(flat))
    return (bool(found) and all(m.end() <= opening.end() for m in found)
            and profile.first_other(rest) is not None and not profile.refers_to_mission(rest, caseless(rest)))


@functools.cache
def _backdrop() -> re.Pattern[str] | None:
    """The clause of ``_backdrop_only``: a backdrop word at the sentence's start, then words to the first comma."""
    words = load_language().backdrop
    if not words:
        return None
    return compiled(rf"^\W*(?:{trie_alternation([w.lower() for w in words], separator=_SPACES)})\s[^,;]*?,",
                    re.IGNORECASE)


def _excluded_only(flat: str, profile: Profile) -> bool:
    """Every naming of the mission in the sentence is the subject of a predicate that sets it outside what the text
    tells ("De militaire NAVO-vredesmacht KFOR valt buiten deze inzet", "KFOR is not part of this deployment", "la
    KFOR ne participe pas à cette opération"): a mission named in passing, the sentence is not about it."""
    assert profile.mention is not None
    pattern = _outside()
    if pattern is None or pattern.search(flat) is None:  # (no such predicate: the mission's names are not sought)
        return False
    found = list(profile.mention.finditer(flat))
    return bool(found) and all(pattern.match(flat, mention.end()) is not None for mention in found)


@functools.cache
def _outside() -> CuedPattern | None:
    """The predicate of ``_excluded_only``, behind a test of its words: asked of every sentence read, the pattern tried
    at every space of it, and almost none holds one of ``outside`` (each stands between spaces in a match, so its words
    are whole words of the text: a text without them has no match)."""
    language = load_language()
    if not language.outside or not language.this:
        return None
    return CuedPattern(re.compile(rf"(?:\s*,)?\s+(?:{trie_alternation(language.outside, separator=' ')})\s+"
                                  rf"(?:{trie_alternation(language.this, separator=' ')})(?![\w'-])", re.IGNORECASE),
                       WordTest(whole=language.outside))


def _relative_only(flat: str, profile: Profile) -> bool:
    """Every naming of the mission in the sentence stands in a relative clause after a comma, on something named before
    it that is not the mission ("..., commander of Joint Force Command Naples, which also oversees KFOR", "..., que
    también supervisa la KFOR en Kosovo")."""
    assert profile.mention is not None
    found = list(profile.mentions.finditer(flat, caseless(flat)))  # (the names just found, kept: textutil.LowerCase)
    if not found:
        return False
    opening = _relative_opening()
    for mention in found:
        comma = flat.rfind(",", 0, mention.start())
        if comma < 0 or opening.match(flat, comma + 1) is None or ";" in flat[comma:mention.start()]:
            return False
        if profile.mention.search(flat, 0, comma) is not None:
            return False
    return True


@functools.cache
def _relative_opening() -> re.Pattern[str]:
    words = trie_alternation(sorted({w.lower() for w in load_language().relative_pronouns}), separator=" ")
    return re.compile(rf"\s*(?:{words})(?![\w'-])", re.IGNORECASE)
def _spoken_only(flat: str, lower: str, profile: Profile) -> bool:
    """The mission is named only as the one who says what another actor, the sentence's subject, does ("EULEX keeps a
    presence at the bridge in Mitrovica, KFOR said", "..., according to KFOR"): the sentence is about that actor (not
    the mission's own words of another: "'We will act in close coordination with the Kosovo Police,' KFOR said")."""
    assert profile.mention is not None and profile.others is not None
    if not profile.names_other(flat, lower):
        return False
    first = profile.first_other(flat)
    if first is None or len(flat[:first.start()].split()) > _SUBJECT_REACH or speaker(flat, first.start(), first.end()):
        return False
    return all(speaker(flat, m.start(), m.end()) for m in profile.mention.finditer(flat))


_SUBJECT_REACH = 2  # the words before a subject that opens its sentence ("The EU's EULEX ...")


def _reported_only(flat: str, lower: str, profile: Profile) -> bool:
    """The mission is named only as the speaker whose verb opens what another actor, that clause's subject, does ("NMI
    said the EU had resumed its work in Erbil", "La NMI a indiqué que l'UE avait repris ..."): the sentence is about
    that actor (not the mission's own words of itself: "NMI said it had resumed ...", nor of what it does to another:
    "NMI said it would advise the EU mission")."""
    assert profile.mention is not None and profile.others is not None
    first = profile.mention.search(flat)  # (the cheap test first: the first mention, not all of them)
    if first is None or _reported().match(flat, first.end()) is None:
        return False
    found = list(profile.mention.finditer(flat))
    others = list(profile.others_in(flat)) if profile.names_other(flat, lower) else []
    own = _own_names(profile)
    for mention in found:
        said = _reported().match(flat, mention.end())
        if said is None:
            return False
        # that clause's subject: another actor, or a body's name in capitals before its verb ("the EU had resumed")
        body = _BODY_SUBJECT.match(flat, said.end())
        subject = next((other for other in others if said.end() <= other.start()
                        and len(flat[said.end():other.start()].split()) <= _SUBJECT_REACH), None)
        if subject is None and (body is None or own.match(body.group("name")) is not None):
            return False
        # (with no word opening what was said, the report's tense after the subject: "NMI has added the Border Guard
        # Command to ..." names the verb's object)
        end = subject.end() if subject is not None else body.end("name") if body is not None else said.end()
        if said.group("that") is None and _report_tense().match(flat, end) is None:
            return False
    return True


# a body's name in capitals, an article before it, then its verb in lower case ("the EU had", "l'UE a")
_BODY_SUBJECT = re.compile(r"(?:(?:the|la|le|el|il|de|l')\s*)?(?P<name>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,3})"
                           r"\s+(?-i:[a-z])", re.IGNORECASE)


@functools.cache
def _own_names(profile: Profile) -> re.Pattern[str]:
    """The mission's own names and its parent's, a rank's words, a day's and a month's ("announced Sunday it has"): no
    other body."""
    language = load_language()
    words = sorted({*profile.parent, profile.name, *profile.aliases, *language.ranks, *language.weekdays,
                    *language.months})
    names = trie_alternation(words, separator=r"[\s.-]+")
    return re.compile(rf"(?:{names})(?![\w])", re.IGNORECASE)


@functools.cache
def _reported() -> re.Pattern[str]:
    """After a speaker, its verb of speech and the word opening what it said, an adverb or a time between ("said on
    Monday that", "a indiqué que"; the language files' speech and complementizers), or the verb alone, followed by
    what it said ("said the EU had ...")."""
    language = load_language()
    speech = [w for w in language.speech if w.lower() not in ("according to", "selon", "d'après")]
    if not speech or not language.complementizers:
        return re.compile(r"(?!x)x")
    verbs = trie_alternation(speech, separator=r"\s+")
    that = trie_alternation(list(language.complementizers), separator=r"\s+")
    return re.compile(rf"(?:\s+[\w']+){{0,2}}?\s+(?:{verbs})(?:(?:\s+[\w']+){{0,3}}?\s+(?P<that>{that})(?![\w])|"
                      rf"(?=\s+[^\W\d]))\s*", re.IGNORECASE)


@functools.cache
def _report_tense() -> re.Pattern[str]:
    """Right after the subject of what a speaker said with no word opening it, the report's tense ("said the EU had
    resumed"; the language files' backshift): a clause, not the verb's object ("has added the Border Guard Command to
    ...")."""
    words = load_language().backshift
    if not words:
        return re.compile(r"(?!x)x")
    tense = trie_alternation(list(words), separator=r"\s+")
    return re.compile(rf"\s+(?:{tense})(?![\w'])", re.IGNORECASE)


# a sentence that opens with the mission as its subject ("It now also advises X, while EUAM ...")
# (and a speaker's "we" or "our" for the mission in focus: "Our position remains unchanged and in our mission we ...")
# (``words.leading_subjects``, in capitals)
@functools.cache
def _leading_pronoun() -> re.Pattern[str]:
    words = trie_alternation(load_language().leading_subjects, separator=r"\s+")
    return re.compile(rf"^\W*(?:{words})\b(?![\w'])")


@functools.cache
def _bare_relative() -> re.Pattern[str]:
    """A relative clause without its comma ("... a United Nations mandate which is not affected by X";
    ``words.bare_relatives``): a later clause."""
    words = trie_alternation(load_language().bare_relatives, separator=r"\s")
    return re.compile(rf"\s(?:{words})\s")


def _mission_leads(flat: str, profile: Profile) -> bool:
    """The sentence's first clause is the mission's, another actor standing only in a later clause:
    "It now also advises the Ministry of Oil, while EUAM keeps the Ministry of Interior"; or only as
    a landmark of a place: "The mission is based in Union III, near the headquarters of the US-led
    coalition"."""
    assert profile.others is not None
    if _leading_pronoun().match(flat) is None and not _reference_opens(flat, caseless(flat), profile):
        return False
    others = list(profile.others_in(flat))
    if not others:
        return False
    cut = _clause().search(flat)
    if cut is not None and cut.end() <= others[0].start():
        return True
    cut = _bare_relative().search(flat, 0, others[0].start())
    if cut is not None:
        return True
    landmark = _landmark()
    return all(landmark.search(flat[max(0, other.start() - 120):other.start()]) is not None for other in others)


def _reference_opens(flat: str, lower: str, profile: Profile) -> bool:
    """The sentence opens with a reference to the mission, an article and a word before it at most ("The 4,600-strong
    NATO-led force stepped up patrols in Mitrovica, while the Kosovo Police sent 900 officers north"): its subject."""
    if not profile.cued(lower):
        return False
    found = profile.references.search(flat, lower)
    return found is not None and len(flat[:found.start()].split()) <= 2


def _subject_after_semicolon(flat: str, profile: Profile) -> str:
    """The sentence with the mission's pronoun ("it") where a clause after a semicolon drops its subject (the language
    files' ``words.dropped_subject``: "..., la missione ... crescerà fino a 4.000 unità; attualmente conta circa 600
    persone"), when the clause before it names or points back to the mission and no other actor; else as it is."""
    head, _, _ = flat.partition("; ")
    if not profile.refers_to_mission(head, caseless(head)) and not profile.names_mission(head, caseless(head)):
        return flat
    if profile.names_other(head, caseless(head)):
        return flat
    parts = flat.split("; ")
    for index in range(1, len(parts)):
        stand_in = _dropped_subject(parts[index])
        if stand_in is not None and not profile.refers_to_mission(
                opening := " ".join(parts[index][stand_in:].split()[:2]), caseless(opening)):
            parts[index] = f"{parts[index][:stand_in]}it {parts[index][stand_in:]}"
    return "; ".join(parts)


def _quoted_for_other(flat: str, profile: Profile) -> bool:
    """The sentence opens with a quote in the first person that does not name the mission, and its attribution names
    another actor before the mission ("“We advise the Ministry of Interior on reform,” said X, head of EUAM Iraq, after
    meeting NATO Mission Iraq's senior civilian"): the speaker's "we" is that actor's, and so is the sentence."""
    opening = flat.lstrip()[:1]
    if opening not in QUOTE_OPENERS:
        return False
    close = QUOTE_CLOSERS.search(flat, flat.index(opening) + 1)
    if close is None:
        return False
    quote, attribution = flat[:close.start()], flat[close.end():]
    if not _speaker_own(quote) or profile.names_mission(quote, caseless(quote)):
        return False
    first = profile.first_other(attribution)
    before = attribution[:first.start()] if first is not None else ""
    return first is not None and not profile.names_mission(before, caseless(before))


# the marks that open a quotation (also where speakers.py finds a quote opening a paragraph)
QUOTE_OPENERS = "“\"«„"
QUOTE_CLOSERS = re.compile(r"[”\"»“]")


def _speaker_own(flat: str, *, subjects: bool = True) -> bool:
    """The sentence holds a speaker's own possessive (``words.first_person``: "our", "notre", "onze", "vores") or, with
    ``subjects``, subject pronoun (``words.first_person_subjects``: "we", "nous", "nosotros")."""
    return _own_words(subjects).search(flat) is not None


@functools.cache
def _own_words(subjects: bool) -> re.Pattern[str]:
    language = load_language()
    words = [*language.first_person_subjects, *language.first_person] if subjects else language.first_person
    return compiled(rf"(?<![\w'-])(?:{alternation(words)})(?![\w'-])", re.IGNORECASE)


def _dropped_subject(flat: str) -> int | None:
    """Where the dropped subject of a sentence opening with its verb stands (``words.dropped_subject``:
    "È stata istituita ...", "Creada en 2018, asesora ..."), if the sentence is one."""
    return opening_end(_dropped(), flat)


@functools.cache
def _dropped() -> re.Pattern[str] | None:
    words = load_language().dropped_subject
    return re.compile("|".join(f"(?:{word})" for word in words), re.IGNORECASE) if words else None


def _contrasted_only(flat: str, lower: str, profile: Profile) -> bool:
    """The sentence points back to the mission and names other actors only as those it is set against ("Unlike the
    US-led coalition, NATO's mission does not take part in combat operations"): a word of contrast (the language files'
    ``[tone] instead``) stands right before each of them."""
    assert profile.others is not None
    words = _instead()
    if words is None or not profile.refers_to_mission(flat, lower):
        return False
    return all(words.search(flat, max(0, other.start() - 40), other.start()) is not None
               for other in profile.others_in(flat))


@functools.cache
def _instead() -> re.Pattern[str] | None:
    words = load_language().instead
    if not words:
        return None
    # (right before the name, an article between: "unlike the US-led coalition", "distincte de la mission européenne")
    articles = trie_alternation(sorted({w.lower() for w in load_language().articles}))
    return compiled(rf"(?<![\w']){trie_alternation([w.lower() for w in words], separator=_SPACES)}"
                    rf"\s*(?:(?:{articles})\s*)?$", re.IGNORECASE)


_SPACES = r"\s+"


def _partners_only(flat: str, lower: str, profile: Profile) -> bool:
    """The sentence points back to the mission (or opens with its pronoun) and names other actors only as those it
    works with ("In that task the force cooperates closely with the Kosovo Police and with EULEX"): the language
    files' words of cooperation (``[scope] cooperate``) stand shortly before each of them."""
    assert profile.others is not None and profile.pronoun is not None
    # (or opens with the mission's own pronoun as its subject: "Elle travaille en étroite coordination avec EULEX")
    opening = len(flat) - len(flat.lstrip(" \"'«“‘("))
    pronoun = profile.pronoun.match(flat, opening)
    if not profile.refers_to_mission(flat, lower) and (pronoun is None or pronoun.start() != opening):
        return False
    return _named_as_partners(flat, profile)


def _named_as_partners(flat: str, profile: Profile) -> bool:
    """Every other actor the sentence names stands shortly after the language files' words of cooperation ("works
    closely with EULEX", "Do you coordinate with the EU mission ...?")."""
    assert profile.others is not None
    cooperation = [match.end() for match in _cooperation().finditer(flat)]
    return bool(cooperation) and all(
        any(0 <= other.start() - end <= 80 for end in cooperation) for other in profile.others_in(flat))


def _weighed_cooperation(flat: str) -> bool:
    """The sentence tells the weight of working with another body, the working with no subject of its own: the language
    files' words of weight (``[scope] weighed``: "the importance of", "the need for", "l'importance de") and shortly
    after them, in the same clause, the words of cooperation ("The Secretary General noted the importance of moving
    forward in close coordination with the Global Coalition"; the caller asks it only of a sentence right after one
    about the mission, whose work it is)."""
    weights = _weighed()
    if weights is None:
        return False
    ends = [match.end() for match in weights.finditer(flat)]
    return any(0 <= start - end <= _WEIGHED_REACH and not any(mark in flat[end:start] for mark in ",;:")
               for start in (match.start() for match in _cooperation().finditer(flat)) for end in ends)


_WEIGHED_REACH = 40  # the working between: "moving forward in close", "continuing to work"


@functools.cache
def _weighed() -> re.Pattern[str] | None:
    words = load_language().scope.get("weighed", [])
    if not words:
        return None
    return re.compile(rf"(?<![\w'-])(?:{phrase_alternation(words)})(?![\w'-])", re.IGNORECASE)


def _presiders_only(flat: str, profile: Profile) -> bool:
    """The sentence names other actors only as those presiding over or witnessing the ceremony it tells, in a later
    clause ("X assumed command from Y as the colours were passed by the commander of JFC Naples", "in the presence of
    the EU ambassador"): the language files' words of presiding (``[scope] preside``) stand shortly before each of them
    (the caller asks it only of a sentence right after one about the mission)."""
    pattern = _preside()
    if pattern is None:
        return False
    ends = [match.end() for match in pattern.finditer(flat)]
    assert profile.others is not None
    return bool(ends) and all(any(0 <= other.start() - end <= 12 for end in ends)
                              for other in profile.others_in(flat))


def _receivers_only(flat: str, profile: Profile) -> bool:
    """The sentence names other actors only as those a work is handed to ("(NMI has stopped advising X.) The task passes
    to EUAM Iraq", "Opgaven overgår til EU's rådgivningsmission EUAM Iraq"): the language files' words of handing a
    work on (``[tone] handed_to``) stand shortly before each of them; the work was the mission's, told just before (the
    caller asks it only of a sentence right after one about the mission), and the mission stays in focus."""
    pattern = _handed_to_other()
    if pattern is None:
        return False
    ends = [match.end() for match in pattern.finditer(flat)]
    assert profile.others is not None
    return bool(ends) and all(any(0 <= other.start() - end <= _RECEIVER_REACH for end in ends)
                              for other in profile.others_in(flat))


_RECEIVER_REACH = 40  # the verb, then the receiver described at most ("til EU's rådgivningsmission EUAM Iraq")


@functools.cache
def _handed_to_other() -> re.Pattern[str] | None:
    """The words of handing a work on in every language file ("handed over to", "overgår til", "overgenomen door")."""
    if not load_language().handed_to:
        return None
    return re.compile(rf"(?<![\w'-])(?:{handed_to_words()})\s+", re.IGNORECASE)


def _past_posts_only(flat: str, profile: Profile) -> bool:
    """Every other actor the sentence names stands after a post ("deputy commander of", "chief of staff at") in a
    clause that tells it as held before, in biography ("She previously served as deputy commander of KFOR", "Before
    that, he was chief of staff of EUFOR": the language files' `words.biography`)."""
    assert profile.others is not None
    lower = flat.lower()
    return all(_biography_post().search(lower, max(0, other.start() - _PAST_REACH), other.start()) is not None
               for other in profile.others_in(flat))


_PAST_REACH = 120  # the biography word, the post and the actor are one short clause


@functools.cache
def _biography_post() -> re.Pattern[str]:
    """A word of biography, then (in its clause) a post's noun and its preposition, ending where the actor begins (after
    a space or an elided article: "commandant adjoint de l'EUFOR")."""
    language = load_language()
    words = alternation(language.biography)
    posts = "|".join(sorted({h.split("(")[0].lower() for h in (*language.heads, *language.other_posts) if h},
                            key=longest_first))
    return compiled(rf"(?<![\w'-])(?:{words}),? (?:[^,;.:]{{0,80}}? )?(?:{posts})(?: [^,;.:]{{0,25}})?(?<=[ '])$")


@functools.cache
def _cooperation() -> re.Pattern[str]:
    """The words of working with another body in every language file ("cooperates closely with", "en étroite
    coordination avec", "in nauwe samenwerking met")."""
    words = load_language().scope.get("cooperate", [])
    return re.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{word})" for word in words) + r")(?![\w-])", re.IGNORECASE)


@functools.cache
def _preside() -> re.Pattern[str] | None:
    """The words of presiding over or witnessing a ceremony in every language file ("as the colours were passed by the
    commander of", "presided over by", "in the presence of")."""
    words = load_language().scope.get("preside", [])
    if not words:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{word})" for word in words) + r")\s+(?:the\s+)?",
                      re.IGNORECASE)


@functools.cache
def _landmark() -> re.Pattern[str]:
    """A place beside a building of what follows ("near the headquarters of the ", "next to the base of ",
    "près du siège de la "): the language files' landmarks, buildings and genitives."""
    language = load_language()
    words = trie_alternation([w.lower() for w in language.landmarks], separator=r"\s+")
    buildings = trie_alternation([w.lower() for w in language.buildings], separator=r"\s+")
    articles = trie_alternation([w.lower() for w in language.articles if not w.endswith("'")], separator=r"\s+")
    owner = trie_alternation([w.lower() for w in language.genitive], separator=r"\s+")
    return re.compile(rf"(?<![\w'-])(?:{words})\s+(?:[\w'-]+\s+){{0,8}}?(?:{buildings})\s+"
                      rf"(?:{owner})\s*(?:(?:{articles})\s+)?$",
                      re.IGNORECASE)


def clause_around(sentence: Sentence, position: int) -> tuple[int, int]:
    """The start and end of the clause ``position`` stands in."""
    clause_start, clause_end = 0, len(sentence.plain)
    for cut_start, cut_end in sentence.cuts:
        if cut_end <= position:
            clause_start = cut_end
        elif cut_start > position:
            clause_end = cut_start
            break
    return clause_start, clause_end


def cut_between(sentence: Sentence, start: int, end: int, allowed: int | None = None) -> bool:
    """A clause separator stands between ``start`` and ``end`` (but the one starting at ``allowed``)."""
    cuts = sentence.cuts
    for index in range(bisect_left(cuts, (start, -1)), len(cuts)):
        cut_start, cut_end = cuts[index]
        if cut_end > end:
            return False
        if cut_start != allowed:
            return True
    return False
