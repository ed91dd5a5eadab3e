"""The tone of a clause for the lexicon slots, and the role it gives their facts.

Pure functions; the tone words come from the language files and the profile's [language] table.
A value the lexicon slots found (``lexicon.py``) is weighed in its clause (``weigh``): a modal
clause ("might", "is considering", "ready to") gives nothing (or a ``future`` fact where the rule
says so); an ending in the words that govern a set's value ("no longer advises", "handed over",
"no longer embedded in A, B and C") gives a ``removed`` fact, unless negated ("has not ended its
work with X"); a negated value gives nothing; a clause that tells history ("previously", "had
been", "former") or is dated well before the document gives a ``historical`` fact, unless the
date is a founding's or a state going on ("established in 2018", "since June 1999"); a date in
the clause ("in November 2019") becomes the fact's ``as_of`` (``clause_date``).

The frames (``frames.py``) weigh their own clauses on the skeleton; this reads the plain text.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from ..language import load_language
from ..models import Fact
from ..parsecache import compiled, lower_case, phrase_alternation, starts_tested, trie_alternation
from ..profile import Profile, Slot
from ..textutil import CuedPattern, LowerCase, WordTest, caseless
from .actors import unnegated_actors
from .cues import handed_to_words
from .frames import (
    FUTURE_GRACE,
    HISTORY,
    act_date_before,
    participle_asides,
    past_times,
    period_last,
    period_patterns,
    reported_history,
    shift_date,
    told_past,
    unreported,
    until_gone,
)
from .mentions import date_cue, date_pattern, due_before, is_due, lasting_before, next_occurrence, read_date
from .text import ClauseTone, Sentence, clause_around

# (HISTORY: a clause dated this long before the document tells history)

# the month, not the modal verb: capitalised mid-sentence (behind the start test, see textutil)
_MONTH_MAY = starts_tested(compiled(r"(?<=\w[\s,(])May\b"))

ValueParts = tuple[str, str, float | None, str | None, date | None]  # value, key, number, qualifier, as_of


def weigh(sentence: Sentence, slot: Slot, profile: Profile, published: date | None, start: int, end: int,
          role: str, make_values: Callable[[], list[ValueParts]], scope: tuple[int, int] | None = None,
          at: int | None = None, inner: int | None = None) -> Iterator[Fact]:
    """Tense, modality and negation of the clause that ends the match (where its verb or value
    stands, or ``at``) decide the facts' role; an ending or a negation counts in ``scope`` (the
    words that govern a lexicon value), else just before the match, or in the match's own words before its value
    (``inner``, where it starts: "KFOR patruljerer ikke længere ved Jarinje", "non pattugliano più Zubin Potok": the
    end told after the verb)."""
    cues = _cues(profile)
    clause_start, clause_end = clause_around(sentence, max(start, end - 1) if at is None else at)
    tone = _tone(sentence, profile, published, clause_start, clause_end)
    # (a date between the verb and its object is none of the verb's words: "ha concluso il 12 giugno la sua
    # attività di consulenza presso X" ends that work as "ha concluso la sua attività ..." does)
    if scope is not None:
        lead = verb_lead = _unnegated(_uninserted(_dateless(sentence.plain[scope[0]:scope[1]])), profile)
    else:
        # the words just before (after a word of correction: "not a combat force, but a peacekeeping force")
        lead = _corrected(" ".join(_dateless(sentence.plain[max(clause_start, start - 60):start]).split()[-5:]))
        # the verb of the clause before the value: "no longer mentors officials at the Ministry of Interior"
        verb_lead = " ".join(_dateless(sentence.plain[max(clause_start, start - 100):start]).split()[-9:])
        if inner is not None and start < inner <= start + 100:  # (and its negation: "KFOR patruljerer ikke ved X"; a
            # name's words are none: "at Camp Nothing Hill near X")
            words = " ".join(w for w in _dateless(sentence.plain[start:inner]).split() if not w[:1].isupper())
            lead, verb_lead = f"{lead} {words}".strip(), f"{verb_lead} {words}".strip()
        # a fronted clause's verb, before its comma, is not this value's ("After Serbian forces withdrew in
        # June, the alliance deployed its peacekeeping mission": nothing ended)
        verb_lead = (verb_lead[verb_lead.rfind(", ") + 2:]
                     if _fronted_background().match(sentence.plain, clause_start) else verb_lead)
        # "not only" negates no verb there either ("KFOR protects not only the Visoki Dečani monastery but also ...")
        lead = cues.not_negating.sub(" ", lead)
    if role == "continuing":
        # "will remain in place and resume operations as soon as possible": the wish after it
        # does not make the going-on a wish
        if cues.modal.search(_MONTH_MAY.sub("", sentence.plain[clause_start:end])) or cues.negation.search(lead):
            return
    elif role in ("current", "removed"):
        if tone.modal:
            return
        ending = cues.ending.search(verb_lead) if slot.kind == "set" else None
        if ending is not None and scope is None and _occasion().search(verb_lead, ending.end()) is not None:
            ending = None  # "ended on Monday with a ceremony at Camp Film City in Pristina": where the end was marked
        if ending is not None and scope is None and _went_to().match(verb_lead, ending.start()) is not None:
            ending = None  # "moved out of their camp in X to Camp Y": where the mission went, not the site it left
        if ending is not None and _moved_on().search(verb_lead, ending.end()) is not None:
            ending = None  # "closed Camp X and moved its troops to Camp Y": where the people went after the end
        if ending is not None and scope is None and _to_officer().match(sentence.plain, end, clause_end) is not None:
            # "handed over the NATO-led peacekeeping force in Kosovo to Turkish Maj Gen X": a change of
            # command, the force goes on as it is
            ending = None
        if ending is None and slot.kind == "set":
            # "handed its work with X over to EUAM", "transferred responsibility for X to EUAM"; a rule's site too
            # ("transferred responsibility for the security of the Gazimestan monument to the Kosovo Police")
            ending = cues.handover.search(verb_lead) if to_other(sentence.plain, end, clause_end, profile) else None
            if ending is None and _charge_handed().search(verb_lead) is not None:
                # "transferred responsibility for X to the Iraqi ministry": the charge of the work handed, to the
                # country's own people or institutions too
                ending = (cues.handover.search(verb_lead)
                          if to_other(sentence.plain, end, clause_end, profile, people_after_on=True) else None)
            if ending is None and scope is not None:
                # the participle closing the clause ("heeft de cursus contra-IED aan de Iraakse landmacht overgedragen")
                ending = _handed_closing(cues, sentence.plain, end, clause_end, profile)
        if ending is None and slot.kind == "set":
            # "ha traspasado a la Dirección de Sanidad iraquí la formación en X": the receiver before the work
            ending = _handed_first().search(sentence.plain, clause_start, start)
        if ending is None and slot.kind == "set" and scope is not None and scope[1] <= start:
            # "El curso de EOD que la NMI impartía en Taji ha pasado a manos de instructores iraquíes": the work the
            # subject, handed to the country's own people after it (after an aside on the work too: "De opleiding in X,
            # jarenlang een paradepaardje van NMI, is overgedragen aan de Irakezen")
            ending = _handed_to_locals().search(sentence.plain, *_past_aside(sentence, end, clause_end))
        if ending is None and slot.kind == "set" and scope is None:
            # a rule's site, its guard handed to another actor by a verb after it ("heeft de bewaking van het klooster
            # Visoki Dečani overgedragen aan de Kosovaarse politie")
            ending = _site_handed_after(sentence.plain, end, clause_end, profile)
        if ending is None and slot.kind == "set" and scope is not None:
            # "NMI's support to X ended in June", "its work with X has been terminated"; the first values of a list
            # that is the subject of a plural verb ("advisers at X and Y have handed over their tasks")
            tail = _LIST_TAIL.match(sentence.plain, end, clause_end)
            after = _ENDED_AFTER.match(sentence.plain, tail.end() if tail is not None else end, clause_end)
            ending = cues.ending.match(sentence.plain[after.end():clause_end]) if after is not None else None
        if ending is None and slot.kind == "set" and scope is not None and scope[1] <= start:
            # the verb second, its end closing the clause after the value and what follows it ("De missie adviseert X en
            # Y sinds maandag niet meer", "NMI heeft de training in X vorige maand beëindigd")
            ending = _ending_closing(sentence.plain, start, end, clause_end)
        if ending is None and slot.kind == "set" and (scope is None or scope[1] <= start):
            # "replaced its armoured vehicle maintenance module with a course on logistics planning": the value the
            # verb of replacing takes away, what takes its place told after it
            ending = _replaced(verb_lead, sentence.plain, end, clause_end)
        if ending is None and slot.kind == "set":
            # "a déplacé ses conseillers de la Police fédérale vers le Commandement des opérations conjointes": the
            # value people were moved from, where they went told after it
            ending = _moved_from(verb_lead, sentence.plain, end, clause_end)
        if ending is None and slot.kind == "set" and scope is None:
            # a verb-final clause's participle right after the place, closing the clause ("heeft zijn aanwezigheid
            # bij de grensovergang Jarinje beëindigd, ..."): not a verb with an object ("at Jarinje stopped a truck")
            after = _ENDED_AFTER.match(sentence.plain, end, clause_end)
            closing = cues.ending.match(sentence.plain[after.end():clause_end]) if after is not None else None
            if after is not None and closing is not None and _CLOSED.match(sentence.plain, after.end() + closing.end(),
                                                                           clause_end):
                ending = closing
        if ending is None and slot.kind == "set" and scope is None:
            ending = _split_ending(verb_lead, sentence.plain, end, clause_end)
        if ending is None and slot.kind == "set":
            # "The handover of NMI's advisory role at X to the Ministry of Health was completed on Tuesday": the noun
            # of an end, told done after the value
            ending = _ended_by_noun(verb_lead, sentence.plain, end, clause_end)
        if ending is None and slot.kind == "set" and scope is not None and scope[0] >= end:
            # "Neither A nor B is advised by NMI any longer", "X is not mentored by NMI anymore": the
            # negation before the value or its verb, the end after the verb
            before = " ".join(sentence.plain[max(clause_start, start - 40):start].split()[-2:])
            if cues.negation.search(before) or cues.negation.search(lead):
                ending = cues.ending_after.search(sentence.plain, scope[1], clause_end)
                if ending is None:
                    return  # "Neither A nor B is advised by NMI": no fact
                verb_lead = ""
        if ending is None and slot.kind == "set" and scope is not None and scope[0] >= end:
            # the value the giver of the part its words after it name, that part the subject of a verb of ending or
            # pausing ("Ukraine's contribution to KFOR has been suspended", "Armenia's participation in the force
            # ended in March"), or the giver's verb of pausing before the part ("Moldova has frozen its participation
            # in KFOR"): an end, or nothing now
            told = _told_after(sentence.plain, scope[1], clause_end, cues)
            if (told is not None and told[0]) or cues.paused.search(verb_lead):
                return
            ending = told[1] if told is not None else None
        # "has not ended its work with X", "never stopped advising X": no end, and it goes on
        # (not the negation that opens each value of the ended list: "ne conseille plus ni A ni B")
        after_ending = verb_lead[ending.end():].split()[:1] if ending is not None else []
        goes_on = ending is not None and (cues.negation.search(" ".join(verb_lead[:ending.start()].split()[-2:]))
                                          or (cues.negation.match(" ".join(after_ending)) is not None
                                              and not _opens_list(after_ending)))
        if ending is not None and not goes_on:
            sentence.scope_ends.add(slot.name)
            if tone.future:
                return  # "will stop advising X next year": nothing has ended yet
            role = "removed"  # "no longer advises the Ministry of Interior": an explicit end
        elif not goes_on and cues.negation.search(lead):
            return
        elif tone.future:
            role = "future"
        elif tone.historical:
            role = "historical"
    clause_when = tone.when
    for value, key, number, qualifier, as_of in make_values():
        if not value or not key:
            continue
        when = as_of or clause_when or published
        if when and published and when > published:
            when = published  # a future date in the text is a plan; the fact holds from the document
        # "NMI will advise X from 2027, following a decision by the NAC on 3 October": the decision took place
        happened = (role == "future" and slot.kind == "event" and as_of is not None and published is not None
                    and as_of <= published)
        # "a year ago, ministers agreed to ...": a decision the value dates well before the document is history
        retold = (role == "current" and slot.kind == "event" and as_of is not None and published is not None
                  and published - as_of > HISTORY)
        yield Fact(slot=slot.name, value=value, key=key, quote=sentence.text.strip(),
                   role="current" if happened else "historical" if retold else role, as_of=when,
                   number=number, qualifier=qualifier)


@cache
def _dated_gap() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A date, with the short article or preposition before it ("il 12 giugno", "le 12 juin", "on 12 June"; not a
    negation), and the test for a date's digit or month name."""
    language = load_language()
    negations = trie_alternation([w.lower() for w in language.negation if "…" not in w], separator=r"\s+")
    short = rf"(?:(?<![\w'])(?!(?:{negations})\s)[^\W\d_]{{1,3}}\s+)?"
    return re.compile(rf"{short}(?:{date_pattern(language).pattern})", re.IGNORECASE), date_cue(language)


def _dateless(text: str) -> str:
    """The words without their dates (see ``_dated_gap``)."""
    gap, cue = _dated_gap()
    return gap.sub(" ", text) if cue.search(caseless(text)) else text


@cache
def _insertions() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An insertion between commas after a word in lower case (a verb: "a cessé, à la fin de l'année dernière, de
    conseiller X", "ha dejado, por falta de fondos, de asesorar a X"): one to eight words, then at most the
    infinitive's short marker before the trigger (the language files' infinitive_marks; not a conjunction: "are no
    longer suspended, the alliance said, as advisers returned" is no insertion inside one verb's words); and the same
    insertion inside a verb's words, the marker after it."""
    # (a marker written with its apostrophe, "d'", is elided: the apostrophe is what follows it)
    marks = "|".join(sorted({re.escape(w.rstrip("'")) for w in load_language().infinitive_marks}))
    mark = rf"(?:{marks})" if marks else r"(?!x)x"
    return (re.compile(rf"(?<=[a-zà-ÿ])\s*,\s+(?:[\w'’-]+\s+){{0,7}}[\w'’-]+\s*,\s*(?:{mark}(?:\s+|'))?$"),
            re.compile(rf"(?<=[a-zà-ÿ])\s*,\s+(?:[\w'’-]+\s+){{0,7}}[\w'’-]+\s*,(?=\s*{mark}(?:\s|'))"))


def insertion_before(text: str, position: int) -> int:
    """Where an insertion between commas that ends right before ``position`` starts (see ``_insertions``): the verb
    before it governs the trigger after it; else ``position``."""
    found = _insertions()[0].search(text, max(0, position - 80), position)
    return found.start() if found is not None else position


def _uninserted(text: str) -> str:
    """The words without an insertion between commas after a word in lower case (see ``_insertions``): "ha dejado, por
    falta de fondos, de asesorar" reads as "ha dejado de asesorar"."""
    found = _insertions()[1].search(text)
    return text if found is None else f"{text[:found.start()]} {text[found.end():]}"


def date_gaps(text: str) -> list[tuple[int, int]]:
    """The spans of the dates in ``text``, each with the short article or preposition before it (see ``_dated_gap``):
    no words of the verb that governs a value."""
    gap, cue = _dated_gap()
    return [m.span() for m in gap.finditer(text)] if cue.search(caseless(text)) else []


@cache
def _to_officer() -> re.Pattern[str]:
    """After a value, "to" an officer: a rank, with a nationality or a name's word before it ("... in Kosovo to
    Turkish Maj Gen X", "to Lieutenant General Y"): the language files' ranks."""
    ranks = trie_alternation(list(load_language().ranks), separator=r"[\s.-]+")
    return re.compile(rf"(?:\s+[\w'-]+){{0,4}}?\s+to\s+(?:the\s+)?(?:[A-Z][\w'-]+\s+){{0,2}}?(?:{ranks})\.?(?![\w-])")


@cache
def _went_to() -> re.Pattern[str]:
    """A verb of leaving a site, then the word for where the mission went (the language files' leaving and
    destinations: "moved out of their camp in X to Camp Y"); not after another end ("ended its support to X")."""
    language = load_language()
    if not language.destinations or not language.leaving:
        return re.compile(r"(?!x)x")
    return re.compile(rf"(?:{trie_alternation(list(language.leaving), separator=' ')})(?![\w'-]).*?"
                      rf"(?<![\w'-])(?:{trie_alternation(list(language.destinations), separator=' ')})(?![\w'-])",
                      re.IGNORECASE)


@cache
def _replacing() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """A verb of replacing with no word of what takes the place after it, a few words then that word (the language
    files' replacing and replacing_with), and that word closing the words before a value, an article maybe after it."""
    language = load_language()
    if not language.replacing or not language.replacing_with:
        return None
    with_words = phrase_alternation(language.replacing_with)
    verb = phrase_alternation(language.replacing)
    no_with = rf"(?!.*(?<![\w'-])(?:{with_words})(?![\w'-]))"
    articles = phrase_alternation(language.articles)
    return (re.compile(rf"(?<![\w'-])(?:{verb})(?![\w'-]){no_with}", re.IGNORECASE),
            re.compile(rf"(?:\s+[\w'-]+){{0,3}}?\s+(?:{with_words})\s", re.IGNORECASE),
            re.compile(rf"\s+(?:{with_words})(?:\s+(?:{articles}))?\s*$", re.IGNORECASE))


def _replaced(verb_lead: str, text: str, end: int, clause_end: int) -> re.Match[str] | None:
    """The verb of replacing before the value, in the words before it, and the word of what takes its place a few words
    after it ("replaced its X module with a course on Y": X ended; not Y, after that word): the verb."""
    patterns = _replacing()
    if patterns is None:
        return None
    verb, with_after, own_with = patterns
    # (the value's own word of "with" right before it is not what takes its place: "replaced its arrangement with the
    # Norwegian Refugee Council with a new agreement with the University of Prizren": the council ended)
    found = verb.search(own_with.sub("", verb_lead))
    return found if found is not None and with_after.match(text, end, clause_end) is not None else None


@cache
def _moving() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A verb of moving people, then (a few words between) the word of where from closing the words before a value, an
    article maybe after it; and a few words, then the word of where to (the language files' moving, moving_from and
    moving_to)."""
    language = load_language()
    if not language.moving or not language.moving_from or not language.moving_to:
        return None
    verb = phrase_alternation(language.moving)
    articles = phrase_alternation(language.articles)
    return (re.compile(rf"(?<![\w'-])(?:{verb})(?![\w'-])(?:\s+[\w'-]+){{0,4}}?\s+"
                       rf"(?:{phrase_alternation(language.moving_from)})(?:\s+(?:{articles}))?\s*$", re.IGNORECASE),
            re.compile(rf"(?:\s+[\w'-]+){{0,3}}?\s+(?:{phrase_alternation(language.moving_to)})\s", re.IGNORECASE))


@cache
def _moved_on() -> re.Pattern[str]:
    """A verb of moving people after an end, a few words, then the word of where to closing the words before a value,
    an article maybe after it (the language files' moving and moving_to: "closed Camp X and moved its troops to"): the
    value is where they went, not what ended."""
    language = load_language()
    if not language.moving or not language.moving_to:
        return re.compile(r"(?!x)x")
    return re.compile(rf"(?<![\w'-])(?:{phrase_alternation(language.moving)})(?![\w'-])(?:\s+[\w'-]+){{0,4}}?\s+"
                      rf"(?:{phrase_alternation(language.moving_to)})(?:\s+(?:{phrase_alternation(language.articles)}))?"
                      rf"\s*$", re.IGNORECASE)


def _moved_from(verb_lead: str, text: str, end: int, clause_end: int) -> re.Match[str] | None:
    """The verb of moving people and the word of where from right before the value, and the word of where to a few
    words after it ("moved its advisers from X to Y": X ended; not Y): the verb."""
    patterns = _moving()
    if patterns is None:
        return None
    moved, to_after = patterns
    found = moved.search(verb_lead)
    return found if found is not None and to_after.match(text, end, clause_end) is not None else None


@cache
def _occasion() -> re.Pattern[str]:
    """Between a verb of ending and a value, an occasion the end was marked at (the language files' occasions)."""
    words = load_language().occasions
    if not words:
        return re.compile(r"(?!x)x")
    return re.compile(rf"(?<![\w'-])(?:{trie_alternation(list(words), separator=' ')})(?![\w'-])", re.IGNORECASE)


@cache
def _handed_first() -> re.Pattern[str]:
    """A verb of handing over, then its receiver, right before the work handed ("ha traspasado a la Dirección de
    Sanidad Militar iraquí la formación en X", "a transféré aux forces irakiennes la formation au déminage"): no
    other predicate between (a word of ``handover.and``: "y", "et"), at most twelve words; the work's short form in
    brackets after it too ("el curso de lucha contra artefactos explosivos improvisados (C-IED)"). The language files'
    handover verbs and their "to"; not a word of "and" that is another language's preposition of place
    (``words.place_at``: Dutch "en", the "en" of "la formación en X")."""
    language = load_language()
    verbs = trie_alternation([w.lower() for w in language.handover], separator=r"\s+")
    to = trie_alternation(list(language.handover_parts.get("to", ())), separator=r"\s+")
    places = {w.lower() for w in language.place_at}
    joins = trie_alternation([w for w in language.handover_parts.get("and", ()) if w not in places], separator=r"\s+")
    return re.compile(rf"(?<![\w'])(?:{verbs})\s+(?:[\w'-]+\s+){{0,3}}?(?:{to})(?:\s+|(?<=')(?=\w))"
                      rf"(?:(?!{joins}\s)[\w'-]+\s+){{1,12}}(?:\(\s*)?$", re.IGNORECASE)


# Work handed over: the one reading of a work the mission did given to someone else, an end of that work. Its words are
# the language files' [tone] handed_to (the verb after the work), handed_on and handed_over (the words before whom it is
# given when the verb stood before the work) and their nationalities (a country's own people).


@dataclass(frozen=True)
class _HandedTo:
    """The patterns of work handed over (see :func:`_handed_to`)."""

    after: re.Pattern[str]  # the work, then the verb that hands it to a country's people (:func:`_handed_to_locals`)
    on: re.Pattern[str]  # the verb, the work, then the words before whom it is given (:func:`to_other`)
    verb: re.Pattern[str]  # two words at most, then the verb that hands a thing to someone (:func:`_site_handed_after`)
    people: re.Pattern[str]  # a country's people ("Iraqi instructors"), after handed_over


# the rest of a compound whose first part is the value ("Gazimestan-monumentet")
_COMPOUND_REST = r"(?:-[^\W\d_][\w'-]*)?"


@cache
def _handed_to() -> _HandedTo:
    """The work handed over, from the language files (see above)."""
    language = load_language()
    verbs = handed_to_words()
    nationals = trie_alternation([w.lower() for w in language.nationalities], separator=r"\s+")
    on = trie_alternation([w.lower() for w in language.handed_on], separator=r"\s+")
    over = trie_alternation([w.lower() for w in language.handed_over], separator=r"\s+")
    return _HandedTo(
        after=re.compile(rf"(?<![\w'])(?:{verbs})\s+(?:[\w'-]+\s+){{0,3}}?(?:{nationals})(?![\w'-])", re.IGNORECASE)
        if language.handed_to else re.compile(r"(?!x)x"),
        # the particle after a longer object too, where the course was held: "handed the counter-IED course at the
        # Besmaya range south-east of Baghdad over to Iraqi instructors" (no comma between)
        # (the value the first part of a compound, its rest after a hyphen: "de bewaking van het Gazimestan-monument
        # overgedragen aan", "droeg de bewaking van het Gazimestan-monument over aan")
        on=re.compile(rf"{_COMPOUND_REST}(?:(?:\s+[\w'-]+){{0,4}}?\s+(?:(?P<near>{over})|{on})"
                      rf"|(?:\s+[\w'-]+){{5,12}}?\s+(?P<far>{over}))\s+", re.IGNORECASE),
        # "overgedragen aan", "handed over to"
        verb=re.compile(rf"{_COMPOUND_REST}\s+(?:[\w'-]+\s+){{0,2}}?(?:{verbs})\s+", re.IGNORECASE),
        people=re.compile(rf"(?:{nationals})\s+[a-z][\w-]*", re.IGNORECASE))


def to_other(text: str, end: int, clause_end: int, profile: Profile, *,
             people_after_on: bool = False) -> re.Match[str] | None:
    """Shortly after ``end``, "(over) to" another actor: "... over to the EU Advisory Mission", or
    "over to" a country's own people: "handed the course over to Iraqi instructors" (``people_after_on``: after the
    words of handed_on too, "aan Iraakse instructeurs"). The match of the words before whom, else None."""
    handed = _handed_to()
    to = handed.on.match(text, end, clause_end)
    assert profile.others is not None
    if to is None:
        return None
    if profile.others.match(text, to.end(), clause_end) is not None:
        return to
    over = people_after_on or to.group("near") or to.group("far")
    return to if over and handed.people.match(text, to.end(), clause_end) is not None else None


def _handed_closing(cues: _Cues, text: str, end: int, clause_end: int, profile: Profile) -> re.Match[str] | None:
    """A verb-final clause: after the work, the words to whom it goes (the language files' [tone] handed_on), another
    actor or a country's own people, then the participle of handing over closing the clause ("heeft de cursus
    contra-IED aan de Iraakse landmacht overgedragen"): the work ends for the mission, as "handed the course to
    the Iraqi army" does."""
    to = to_other(text, end, clause_end, profile, people_after_on=True)
    if to is None:
        return None
    closing = cues.handover.search(text, to.end(), clause_end)
    if closing is None or _CLOSED.match(text, closing.end(), clause_end) is None:
        return None
    return closing


def _site_handed_after(text: str, end: int, clause_end: int, profile: Profile) -> re.Match[str] | None:
    """Right after ``end`` (two words at most between), a verb that hands a thing to someone (the language files' [tone]
    handed_to, "overgedragen aan"), another actor after it ("... overgedragen aan de Kosovaarse politie"): the verb's
    match, else None."""
    verb = _handed_to().verb.match(text, end, clause_end)
    assert profile.others is not None
    if verb is None:
        return None
    article = _LOWER_WORD.match(text, verb.end(), clause_end)  # "aan de Kosovaarse politie"
    if all(profile.others.match(text, at, clause_end) is None
           for at in (verb.end(), article.end() if article is not None else verb.end())):
        return None
    return verb


_LOWER_WORD = re.compile(r"[a-zà-ÿ][\w'-]*\s+")  # a word in lower case: an article ("de", "la")


@cache
def _charge_handed() -> re.Pattern[str]:
    """A verb of handing (the language files' [tone] handover, its particle or not), then the charge of a work
    (handed_charge: "responsibility for", "control of") ending the words before the value, an article or a possessive
    at most between ("transferred responsibility for its counter-IED courses")."""
    language = load_language()
    verbs = trie_alternation([w.lower() for w in language.handover], separator=r"\s+")
    charge = trie_alternation([w.lower() for w in language.handed_charge], separator=r"\s+") or "(?!x)x"
    # (a particle among the words between: "handed over responsibility for")
    return re.compile(rf"(?<![\w'])(?:{verbs})\s+(?:[\w'-]+\s+){{0,2}}?(?:{charge})(?:\s+[\w'-]+)?\s*$",
                      re.IGNORECASE)


def _handed_to_locals() -> re.Pattern[str]:
    """A verb that hands a work to a country's own people, a nationality within three words after it ("ha pasado a manos
    de instructores iraquíes", "is overgedragen aan Iraakse instructeurs", "handed over to Iraqi instructors"). The
    work told before it has ended for the mission."""
    return _handed_to().after


@cache
def _fronted_background() -> re.Pattern[str]:
    """A clause that opens the sentence with background, up to its comma ("After X withdrew, ...", "When the
    war ended, ...", "Après le retrait de X, ..."): the language files' background words."""
    words = trie_alternation([w.lower() for w in load_language().background], separator=r"\s+")
    return re.compile(rf"\W*(?:{words})\s+[^,;]{{1,80}},", re.IGNORECASE)


def _split_ending(verb_lead: str, text: str, end: int, clause_end: int) -> re.Match[str] | None:
    """A separable verb of ending (the language files' [tone] ending_split, "heft … op"): its finite stem among the
    words before the value, its particle right after the value and closing the clause ("KFOR heft zijn post bij de
    grensovergang Jarinje op, meldt ..."): the site ends as with the verb's participle ("heeft ... opgeheven"). The
    stem's match, so a negation before it still tells that nothing ended."""
    for stem, particle in _split_endings():
        stems = list(stem.finditer(verb_lead))
        after = particle.match(text, end, clause_end) if stems else None
        if after is not None and _CLOSED.match(text, after.end(), clause_end) is not None:
            return stems[-1]
    return None


def _ended_by_noun(verb_lead: str, text: str, end: int, clause_end: int) -> re.Match[str] | None:
    """A noun of ending or handing over a work among the words before the value (the language files' [tone]
    ending_nouns: "the handover of", "NMI's withdrawal from its programme with"), its verb of being done after the value
    in the same clause, no comma between (ending_done: "was completed", "took place"): that work ended ("The handover of
    NMI's advisory role at X to the Ministry of Health was completed"; not "... is expected next year": still to
    come). The noun's match, so a negation before it still tells that nothing ended."""
    nouns, done = _ending_nouns()
    found = list(nouns.finditer(verb_lead))
    if not found:
        return None
    after = done.search(text, end, clause_end)
    return found[-1] if after is not None and "," not in text[end:after.start()] else None


@cache
def _ending_nouns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    language = load_language()
    nouns = trie_alternation(list(language.ending_nouns), separator=r"\s+")
    done = trie_alternation(list(language.ending_done), separator=r"\s+")
    return (re.compile(rf"(?<![\w'-])(?:{nouns})(?![\w'-])" if nouns else r"(?!x)x", re.IGNORECASE),
            re.compile(rf"(?<![\w'-])(?:{done})(?![\w'-])" if done else r"(?!x)x", re.IGNORECASE))


@cache
def _split_endings() -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    pairs = [w.lower().split("…", 1) for w in load_language().ending_split if "…" in w]
    return tuple((re.compile(rf"(?<![\w'-]){re.escape(stem.strip())}(?![\w'-])", re.IGNORECASE),
                  re.compile(rf"\s+{re.escape(particle.strip())}(?![\w'-])", re.IGNORECASE))
                 for stem, particle in pairs)


# an aside between commas ("X, jarenlang een van de paradepaardjes van NMI, is ...")
_ASIDE = re.compile(r"\s*,[^,;:.!?]{1,80},")
# the words after a value, up to an end that closes its clause (see _ending_closing)
_CLOSING_GAP = 60


def _past_aside(sentence: Sentence, end: int, clause_end: int) -> tuple[int, int]:
    """Where the clause of a value that closes its clause goes on after an aside between commas right after it (an
    apposition on the value: "De opleiding in X, jarenlang een paradepaardje van NMI, is overgedragen aan ..."), and
    where that clause ends; else ``end`` and ``clause_end``."""
    aside = _ASIDE.match(sentence.plain, end) if not sentence.plain[end:clause_end].strip() else None
    return (aside.end(), clause_around(sentence, aside.end())[1]) if aside is not None else (end, clause_end)


def _ending_closing(text: str, start: int, end: int, clause_end: int) -> re.Match[str] | None:
    """An end that closes the clause a few words after the value, with no comma between (the language files' [tone]
    ending_last; the verb second of Dutch: "De missie adviseert X en de federale politie sinds maandag niet meer", its
    participle last: "heeft de cursus in X vorige maand beëindigd"): the end of every value before it in the clause. (A
    value read to the end of its list may hold the participle, "de training in X en Y beëindigd": after its first
    word.)"""
    first = text.find(" ", start, end)
    lead = end if first < 0 else first
    gap = text[lead:min(clause_end, end + _CLOSING_GAP)]
    endings, background = _endings_last()
    for ending in endings.finditer(gap):
        # (not after a word that opens a clause of background: "traint X nadat de gevechten voorbij waren niet meer")
        if ("," not in gap[:ending.start()] and background.search(gap, 0, ending.start()) is None
                and _CLOSED.match(gap, ending.end()) is not None):
            return ending
    return None


@cache
def _endings_last() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The language files' ending_last (patterns), and their background words (see ``_fronted_background``)."""
    language = load_language()
    words = "|".join(f"(?:{w})" for w in language.ending_last)
    background = trie_alternation([w.lower() for w in language.background], separator=r"\s+")
    return (re.compile(rf"(?<![\w'-])(?:{words})(?![\w'-])" if words else r"(?!x)x", re.IGNORECASE),
            re.compile(rf"(?<![\w'-])(?:{background})(?![\w'-])", re.IGNORECASE))


# the end of a clause or of a speaker's words, after a participle ("... Jarinje beëindigd, heeft de vredesmacht gemeld")
_CLOSED = re.compile(r"\s*(?:[,.;:!?\"')]|$)")
# the rest of a list of names after its first value, the subject of a plural verb after it (", Y and the Z have"; not
# "X, and EUAM has ended ...": one actor, a clause of its own)
_LIST_TAIL = re.compile(r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?-i:[A-Z][\w'-]*)"
                        r"(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?(?-i:[A-Z][\w'-]*)){0,5})+(?=\s+(?:have|were|are)\s)",
                        re.IGNORECASE)
# between a value and the ending after it: "X has been terminated", "X was formally ended"
_ENDED_AFTER = re.compile(r"\s+(?:(?:has|have|had|was|were|is|are|been|now|also|formally|officially|effectively|"
                          r"abruptly|quietly)\s+)*", re.IGNORECASE)


def _told_after(text: str, start: int, end: int, cues: _Cues) -> tuple[bool, re.Match[str] | None] | None:
    """After ``start`` in its clause (to ``end``), at most three words of the part's object ("KFOR", "the force"),
    then the verb that ends or pauses that part, auxiliaries before it ("has been suspended", "ended"): (paused,
    the ending's match), or None."""
    at = start
    for _ in range(4):
        verb = _ENDED_AFTER.match(text, at, end)
        rest = text[verb.end():end] if verb is not None else ""
        if cues.paused.match(rest) is not None:
            return True, None
        ending = cues.ending.match(rest)
        if ending is not None:
            return False, ending
        word = _NEXT_WORD.match(text, at, end)
        if word is None:
            return None
        at = word.end()
    return None


# a word and the space before it (see _told_after)
_NEXT_WORD = re.compile(r"\s+[\w'-]+")


def _opens_list(words: list[str]) -> bool:
    """Whether the word after a word of ending is a negation said before each value of a list (the language files'
    list_negation: "ni" in "ne conseille plus ni A ni B"): the ending's own list, not its negation."""
    return bool(words) and words[0].lower() in load_language().list_negation


def _unnegated(text: str, profile: Profile) -> str:
    """The words without the negations that negate no verb: "not only", and one before an actor's
    name ("NMI, and not EUAM, mentors X": the mentoring is not negated)."""
    return unnegated_actors(_cues(profile).not_negating.sub(" ", text), profile)


@dataclass(frozen=True)
class _Cues:
    """The tone words of the language files and of the profile's [language] table, together (each
    pattern behind the test for its words: most clauses hold none)."""

    modal: CuedPattern
    historical: CuedPattern
    negation: CuedPattern
    ending: CuedPattern
    future: CuedPattern  # "will": a later month without a year is next year's
    not_future: CuedPattern  # "will continue": the present going on
    goes_on: CuedPattern  # "will continue", "will remain": a date ahead is how long, the state holds now
    scheduled: CuedPattern  # "is set to", "next year": a scope or size still to come
    not_negating: CuedPattern  # "not only": no negation
    present: CuedPattern  # "this week", "now": the present said outright
    handover: CuedPattern  # "handed", "transferred": an end when the value goes to another actor
    not_modal: CuedPattern  # "planning to its programme": no plan
    ending_after: CuedPattern  # "is not advised by NMI any longer": after a negated verb, an end
    paused: CuedPattern  # "Ukraine's contribution to KFOR has been suspended": a giver's part stopped for now
    backshift: CuedPattern | None  # "said NMI had ...": the report's tense, no history


@cache
def _correction() -> re.Pattern[str]:
    """A comma and a word of correction (``tone.corrects``: "but", "men", "maar", "mais", "sino", "ma") before the
    value: what stands after it is set against what the clause denied before it."""
    words = phrase_alternation(load_language().corrects)
    return re.compile(rf",\s+(?:{words})\s+" if words else r"(?!x)x", re.IGNORECASE)


def _corrected(lead: str) -> str:
    """The words before a value after the last word of correction among them ("er ikke en kampstyrke , men en": "en"):
    a negation before the correction denies the value set against it, not this one ("KFOR is not a combat force, but a
    peacekeeping force", "KFOR is geen gevechtsmacht, maar een vredesmacht")."""
    ends = [found.end() for found in _correction().finditer(lead)]
    return lead[ends[-1]:] if ends else lead


@cache  # by profile
def _cues(profile: Profile) -> _Cues:
    language = load_language()

    def union(key: str | None, words: tuple[str, ...], unless: tuple[str, ...] = ()) -> CuedPattern:
        own = getattr(profile, key) if key is not None else None
        listed = trie_alternation([" ".join(w.lower().split()) for w in words if "…" not in w], separator=r"\s+")
        # (not the start of a longer phrase that means something else: "at the time of writing" is no "at the time")
        longer = trie_alternation([" ".join(w.lower().split()) for w in unless], separator=r"\s+")
        but = rf"(?!{longer}(?![\w']))" if unless else ""
        parts = [p for p in (own.pattern if own is not None else "", rf"(?<![\w']){but}{listed}(?![\w'])") if p]
        # a negation in two parts around a verb ("non … più": "non fornirà più", "ne conseillera plus")
        # ("n' … plus": "n'assistera plus", the first part joined to the verb)
        parts += [rf"(?<![\w']){re.escape(first.strip())}{'' if first.strip().endswith(chr(39)) else chr(92) + 's+'}"
                  rf"(?:[\w'-]+\s+){{1,2}}?{re.escape(second.strip())}(?![\w'])"
                  for first, second in (w.lower().split("…", 1) for w in words if "…" in w)]
        # a contraction's ending stands inside a word: "doesn't", "hasn't"
        parts += [rf"{re.escape(w.lower())}(?![\w'])" for w in words if w.startswith(("n'", "'"))]
        pattern = compiled("|".join(parts), re.IGNORECASE)
        if own is not None and key not in profile.language_words:
            return CuedPattern(pattern, None)  # the profile's phrases unknown: no test
        # (a negation in two parts is tested by its first part: "non", "n'")
        tested = [w.split("…", 1)[0].strip() if "…" in w else w for w in words]
        loose = [w for w in tested if w.startswith(("n'", "'")) or w.endswith("'")]
        return CuedPattern(pattern, WordTest(whole=[w for w in tested if w not in loose], loose=loose,
                                             bounded=profile.language_words.get(key or "", ())))

    history = union("historical", (*language.historical, *language.later), language.now_told)
    return _Cues(union("modal", language.modal), history,
                 union("negation", language.negation), union("ending", language.ending),
                 union(None, language.future), union(None, language.not_future), union(None, language.goes_on),
                 union(None, language.scheduled),
                 union(None, language.not_negating), union(None, language.present), union(None, language.handover),
                 union(None, language.not_modal), union(None, language.ending_after), union(None, language.paused),
                 reported_history(language, r"\s"))


# a year alone ("at its peak in 2022", "when it was launched in 2018"): history when before the document's year
_YEAR = starts_tested(compiled(
    r"\b(?:in|since|during|by|until|from|of)\s+((?:19|20|21)\d\d)\b(?!\s*(?:personnel|troops|staff|%))", re.IGNORECASE))
# a year alone that a scope or an end may be still to come in ("in 2027"; not "until 2027": a state until then)
_LATER_YEAR = re.compile(r"\b(?:in|from|during|starting|beginning)\s+((?:19|20|21)\d\d)\b"
                         r"(?!\s*(?:personnel|troops|staff|%))", re.IGNORECASE)
# "As agreed by allied defence ministers in February, ...": the fronted clause's date is its own too
_FRONTED = re.compile(r"^\s*(?:[A-Z][a-z]+ed|Set up|Built|Founded|Begun|Launched|As\s+(?:(?:previously|already|"
                      r"first)\s+)?[a-z]+(?:ed|en))\b[^,;]{0,100},\s+")
_FOUNDING_DATE = starts_tested(compiled(
    # ("set up under Resolution 1244 in June 1999": the legal basis between the verb and its date)
    r"\b(?:(?:established|set\s+up|launched|created|founded|formed|inaugurated|deployed)\s+"
    r"(?:under\s+[^,.;]{1,60}?\s+)?(?:in|on|during|at)|since)\s+(?:the\s+)?(?:[\w,]+\s+){0,6}?\d{4}\b"
    # "began advising the Ministry of Interior in 2024": the start of what goes on
    r"|\b(?:began|begun|started|starts|begins)\b[^.;]{0,80}?\b(?:in|on|during|since)\s+"
    r"(?:[\w,]+\s+){0,3}?\d{4}\b"
    # "has been advised by NMI since January": a state going on since then
    r"|\bsince\s+(?:early\s+|late\s+|mid-)?(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b", re.IGNORECASE))
@cache
def _since_month() -> re.Pattern[str]:
    """A month after a word of "since" in any language ("da gennaio", "depuis mars", "sinds mei"): a state
    going on since then, no history."""
    language = load_language()
    since = trie_alternation([w.lower() for w in language.since])
    months = trie_alternation(list(language.months))
    return starts_tested(compiled(rf"(?<![\w'])(?:{since})\s+(?:(?:early|late|mid|début|fin|inizio|fine|principios|"
                                    rf"finales)[\s-]+)?(?:{months})(?![\w'])", re.IGNORECASE))


@cache
def _founding_dates() -> re.Pattern[str]:
    """The other languages' foundings and their dates (``tone.founding_dates``: "fue creada en junio de 1999", "is in
    juni 1999 opgericht")."""
    words = "|".join(f"(?:{p})" for p in load_language().founding_dates)
    return re.compile(rf"(?<![\w])(?:{words})" if words else "(?!x)x", re.IGNORECASE)


def _without_act_dates(text: str) -> str:
    """The text without the dates that complete a noun (the language files' tone.dated_nouns: "the decision of 12
    June 1999", "Resolution 1244 of 10 June 1999", "l'accord du 3 mai 2018"): an act's date, not the clause's."""
    act = _act_before()
    if act is None:
        return text
    lower = caseless(text)
    if _date_cue().search(lower) is None:
        return text
    text = _blanked_dates(text, lower, lambda text, at: at.start() if act.search(text, 0, at.start()) else None)
    return act_year().sub(lambda m: m.group(0)[:m.start("year") - m.start()] + "    ", text)


@cache
def _act_before() -> re.Pattern[str] | None:
    return act_date_before(load_language(), r"\s")


@cache
def act_year() -> re.Pattern[str]:
    """A year alone after a noun it completes ("the decision of 2018")."""
    before = _act_before()
    year = r"(?P<year>(?:19|20|21)\d\d)(?!\w)"
    return re.compile(before.pattern[:-1] + year, re.IGNORECASE) if before else re.compile(r"(?!x)x")


_ONCE = re.compile(r",\s*once\s+[a-z]+ed\b", re.IGNORECASE)  # "X, once advised by NMI, ...": history
_FRONTED_PHRASE = re.compile(r"^\s*[A-Z][^,;]{3,100},\s+")


def _tone(sentence: Sentence, profile: Profile, published: date | None, start: int, end: int) -> ClauseTone:
    tone = sentence.tones.get((start, end))
    if tone is None:
        cues = _cues(profile)
        clause = sentence.plain[start:end]
        # "Established in 2018, NMI advises ...": the fronted participle's date is its own
        dated = _FRONTED.sub("", clause, count=1) if start == 0 else clause
        # "La NMI, créée en octobre 2018 à la demande de Bagdad, conseille X": an apposed participle's date
        # is its own too (one that opens the sentence only where the clause does)
        asides = _participle_asides()
        if asides is not None and "," in dated:
            dated = asides.sub(lambda aside: aside.group(0) if aside.start() == 0 and start > 0 else ",", dated)
        # "Following a decision in March, NMI started advising X this week": a fronted phrase's date
        # is not that of a clause that says it speaks of the present
        fronted = _FRONTED_PHRASE.match(dated) if start == 0 else None
        if fronted is not None and cues.present.search(dated, fronted.end()):
            dated = dated[fronted.end():]
        # "NMI now numbers around 650, well short of the 4,000 approved in February 2021": after the
        # present said outright, a date is another statement's (a comparison, a relative clause)
        now = cues.present.search(dated)
        if now is not None:
            dated = dated[:now.end()]
        # "was established in June 1999 under Resolution 1244": the founding's date, not the clause's;
        # "has been in Kosovo since June 1999": a state going on since then
        dated = _since_month().sub(" ", _founding_dates().sub(" ", _FOUNDING_DATE.sub(" ", dated)))
        # "in line with the UN Security Council decision of 12 June 1999, KFOR has 4,500 troops": the act's date
        dated = _without_act_dates(dated)
        # "NMI's training remains suspended until December", "resterà sospesa fino a dicembre": a date without its year
        # that ends a state, and the word before it, neither date the clause nor tell history (see
        # mentions.lasting_before), unless the clause tells history by another word ("had been suspended until March")
        told = _without_lasting(clause)
        if told != clause and cues.historical.search(unreported(cues.backshift, told)) is None:
            dated = _without_lasting(dated)
        present = cues.not_future.sub(" ", clause)
        # "from January, NMI will also advise ...": next January
        # ("by December": the next December, unless the clause tells history: see mentions.due_before)
        when = clause_date(dated, published, ahead=cues.future.search(present) is not None,
                           due=cues.historical.search(clause) is None and not _told_past_state(present))
        later = published is not None and when is not None and when > shift_date(published, FUTURE_GRACE)
        old = published is not None and when is not None and published - when > HISTORY
        year = _YEAR.search(dated)
        old = old or (published is not None and year is not None and int(year.group(1)) < published.year)
        # "temporarily moved its advisers out of Erbil last year": a state told as temporary, long gone, is over
        old = old or told_past(_past(), dated)
        # "Until September 2065, NMI also advised X": the period the clause tells ended before the document
        old = old or (published is not None and cues.future.search(present) is None
                      and _period_over(dated, when, published))
        # "NMI advised X until last year": held up to a time gone, the state is over
        until_past = _until_past()
        old = old or (until_past is not None and cues.future.search(present) is None
                      and until_past.search(dated) is not None)
        # "will end its support to X in 2027": a year alone after the document's is still to come
        ahead = _LATER_YEAR.search(dated) if when is None else None
        later = later or (published is not None and ahead is not None and int(ahead.group(1)) > published.year)
        # ("will stop advising X at the end of 2028": a year alone after "of", "by", "until" too)
        later = later or (published is not None and year is not None and int(year.group(1)) > published.year)
        tone = sentence.tones[(start, end)] = ClauseTone(
            # "agreed to wind down NMI, after Baghdad asked the alliance to leave": a reason told after the
            # main clause is no modality of it
            modal=_modal(cues, _MONTH_MAY.sub("", _without_reason(clause))),
            # (nor its tense: "took the decision on 14 March, ..., because the decision had not yet been published")
            historical=not later and (old or cues.historical.search(unreported(cues.backshift,
                                                                               _without_reason(told))) is not None
                                      or _ONCE.search(sentence.plain, max(0, start - 2), end) is not None
                                      or _undone_after(sentence.plain, end)),
            when=when,
            # "the mission's advisory support to X will continue unchanged next year": a state going on through a time
            # ahead holds now; that time is how long it lasts, not when it starts
            future=(later or cues.scheduled.search(present) is not None) and cues.goes_on.search(clause) is None)
    return tone


def _without_lasting(text: str) -> str:
    """``text`` without the dates without their year that end a state, and the words before them that say so ("until
    December", "jusqu'en décembre", "fino a fine marzo"; see mentions.lasting_before)."""
    pattern = _lasting_before()
    if pattern is None:
        return text
    lower = caseless(text)
    if _date_cue().search(lower) is None:
        return text

    def claimed(text: str, found: re.Match[str]) -> int | None:
        if not is_due(pattern, found, text):
            return None
        word = pattern.search(text, max(0, found.start() - 40), found.start())
        return word.start() if word is not None else found.start()
    return _blanked_dates(text, lower, claimed)


def _blanked_dates(text: str, lower: str, claimed: Callable[[str, re.Match[str]], int | None]) -> str:
    """``text`` with the dates that words before them claim blanked out, each from where ``claimed`` says those words
    begin (None: the clause's own date, kept); last first, so that what stands before a date is as written."""
    for found in reversed(list(_dates().finditer(text, lower))):
        start = claimed(text, found)
        if start is not None:
            text = text[:start] + " " * (found.end() - start) + text[found.end():]
    return text


@cache
def _lasting_before() -> re.Pattern[str] | None:
    return lasting_before(load_language())


def _undone_after(text: str, end: int) -> bool:
    """After the clause, in the same sentence, words say what it told was undone ("the mission was wound down,
    but since the situation worsened that has been reversed"; the language files' tone.undone)."""
    pattern = _undone()
    return pattern is not None and pattern.match(text, end, min(len(text), end + 160)) is not None


@cache
def _undone() -> re.Pattern[str] | None:
    words = load_language().undone
    if not words:
        return None
    return re.compile(rf"[^.;:]{{0,120}}?(?<![\w']){phrase_alternation(words)}(?![\w'])", re.IGNORECASE)


def _without_reason(clause: str) -> str:
    """The clause without a subordinate one after it that tells what led to it (the language files' tone.reasons:
    "..., after Baghdad asked the alliance to leave", "..., parce que Bagdad l'a demandé"), or, after a comma, what it
    is for (tone.purposes: "..., so that the Iraqis can teach it themselves", "..., så irakerne selv kan ...")."""
    pattern = _reason_after()
    return pattern.sub("", clause) if pattern is not None else clause


@cache
def _reason_after() -> re.Pattern[str] | None:
    """One pattern for both: a reason may follow with or without a comma, a purpose only after one; the clause is cut
    at whichever comes first."""
    language = load_language()
    heads = []
    if language.reasons:
        heads.append(rf"(?:\s*,)?\s+(?:{phrase_alternation(language.reasons)})")
    if language.purposes:
        heads.append(rf"\s*,\s+(?:{phrase_alternation(language.purposes)})")
    if not heads:
        return None
    return re.compile(rf"(?<=\w)(?:{'|'.join(heads)})\s+(?!\d)[^;]*$", re.IGNORECASE)


def _modal(cues: _Cues, clause: str) -> bool:
    """A modal word stands in the clause, but in words that state no plan ("planning to its programme")."""
    return cues.modal.search(clause) is not None and cues.modal.search(cues.not_modal.sub(" ", clause)) is not None


def clause_date(text: str, published: date | None, ahead: bool = False, due: bool = False) -> date | None:
    """The first explicit date in the text, read as the mentions read dates (every language's
    months), completed from the document's date when partial: the month's last occurrence up to
    the document, or its next one when the clause speaks of the future (``ahead``) or, with ``due``, when a
    deadline word stands before it ("by December", see mentions.due_before). A year alone
    is left to the caller (``_YEAR``): "in 2026" is no date of its own in a 2026 page."""
    language = load_language()
    lower = caseless(text)
    if _date_cue().search(lower) is None:
        return None  # no digit, no month: no date (see mentions.date_cue)
    for match in _dates().finditer(text, lower):
        if match.group("y7"):
            continue
        when, _ = read_date(match, language, published)
        if when is None:
            continue
        if ahead or (due and is_due(_due_before(), match, text)):
            return next_occurrence(match, when, published) or when
        return when
    return None


@cache
def _past() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    return past_times(load_language(), r"\s")


@cache
def _until_past() -> re.Pattern[str] | None:
    """A word of lasting before a time counted back and gone ("until last year"; no date: see _period_over)."""
    return until_gone(load_language(), r"\s", r"(?!x)x")


@cache
def _participle_asides() -> re.Pattern[str] | None:
    return participle_asides(load_language(), r"\s")


def _told_past_state(text: str) -> bool:
    """The clause tells a state or a count in the past ("numbered", "comptait"; the language files' tone.past_states):
    a date after a deadline word is the last one, when the state held ("As of 1 May, the force numbered 4,100")."""
    return _past_states().search(text) is not None


@cache
def _past_states() -> re.Pattern[str]:
    # (no words: an alternation that never matches)
    listed = trie_alternation([" ".join(w.split()) for w in load_language().past_states], separator=r"\s+")
    return compiled(rf"(?<![\w']){listed}(?![\w'])", re.IGNORECASE)


@cache
def _due_before() -> re.Pattern[str] | None:
    return due_before(load_language())


@cache
def _date_cue() -> re.Pattern[str]:
    return date_cue(load_language())


@cache
def _period() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    return period_patterns(load_language(), r"\s", r"(?=\w)")


@cache
def _full_date() -> re.Pattern[str]:
    return date_pattern(load_language())


def _period_over(text: str, when: date | None, published: date) -> bool:
    """The text names the end of its period with its year ("until September 2065", "between May and July 2064"), or its
    length after its date ("for ten weeks"), and that end is before the document's day (see frames.period_patterns)."""
    end, length = _period()
    language = load_language()
    for found in end.finditer(text) if end is not None and _date_cue().search(caseless(text)) else ():
        match = _full_date().match(text, found.start("end"))
        if match is None or not any(match.group(g) for g in ("y1", "y2", "y3", "y7", "y8", "y9")):
            continue  # ("until December": the next one, a state going on)
        last, exact = read_date(match, language, published)
        if last is not None and shift_date(period_last(last, exact), FUTURE_GRACE) < published:
            return True
    found_length = length.search(text) if length is not None and when is not None else None
    if found_length is None or when is None:
        return False
    count = found_length.group("count").lower()
    number = int(count) if count.isdigit() else language.number_words.get(count, 0)
    days = number * language.time_units.get(found_length.group("unit").lower(), 0)
    return bool(days) and shift_date(when, timedelta(days=days) + FUTURE_GRACE) < published


@cache
def _dates() -> LowerCase:
    return lower_case(starts_tested(date_pattern(load_language())))  # as the date finder's (mentions.py)
