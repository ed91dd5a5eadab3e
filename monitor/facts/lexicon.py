"""The lexicon and rule slots: the values a profile's lexicons, triggers and rules read in a sentence.

Pure functions; all mission knowledge comes from the profile. Each slot's rules and lexicon apply
to the sentences about the mission (``text.py``; outside them only the rules that name the mission
and the document-wide slots): a value after its trigger, or before it when the trigger is a
passive or has its object before it ("X, which NMI stopped advising"); open shapes for
institutions nobody listed ("Ministry of ..."), lists of noun phrases after a list opener, and the
numbers, persons, years and events of the rule slots. Whose verb the trigger is, who spoke and
where a list ends is read by ``actors.py``; the clause each value stands in is weighed by
``tone.py``, which gives the fact its role and date.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, partial
from itertools import pairwise
from typing import NamedTuple

from ..language import ListWords, engine_words, load_language
from ..models import Fact
from ..parsecache import compiled, phrase_alternation, starts_tested, trie_alternation, whole_phrases
from ..profile import Profile, Rule, Slot
from ..textutil import alternation, caseless, contains_any, fold, substrings
from .actors import (
    POSSESSIVE,
    besides_then_article,
    listed_after,
    mission_negated,
    owns_named,
    roles,
    speaker,
    subject_before,
    unnamed_between,
)
from .cues import nations_of
from .mentions import apposed, read_figure
from .text import Sentence, clause_around, cut_between
from .tone import ValueParts, clause_date, date_gaps, insertion_before, weigh

# the words before a name a person's value drops ("the new General X": [words] name_noise)
_PERSON_NOISE = re.compile(rf"^{phrase_alternation(engine_words('name_noise'))}\s+", re.IGNORECASE)


@dataclass(frozen=True)
class SlotGroups:
    """The lexicon and rule slots of a profile, and those of them that hold outside the sentences
    about the mission: derived once per profile, used on every sentence."""

    all: tuple[Slot, ...]
    naming: tuple[Slot, ...]  # a rule names the mission itself, or the slot holds document-wide
    document_wide: tuple[Slot, ...]

    @classmethod
    def of(cls, slots: list[Slot]) -> SlotGroups:
        return cls(tuple(slots), tuple(s for s in slots if s.context == "document" or s.names_mission),
                   tuple(s for s in slots if s.context == "document"))


def sentence_facts(sentence: Sentence, about: bool, slots: SlotGroups, profile: Profile,
                   published: date | None) -> Iterator[tuple[Slot, Fact]]:
    """The facts the lexicon and rule slots read in one sentence. Outside the sentences about the
    mission, only the rules that name it and the document-wide slots apply."""
    if about and _set_apart(sentence, profile):
        about = False  # "a bilateral programme, separate from NATO's mission in Iraq": another's work
    pool = slots.all if about else slots.naming if profile.cued(sentence.lower) else slots.document_wide
    cued = [slot for slot in pool if slot.cued(sentence.lower)]
    if not cued:
        return
    lexicon = _lexicon_matches(sentence, [s for s in cued if about or s.context == "document"], profile)
    found = {slot.name: list(_slot_facts(sentence, slot, profile, published, lexicon.get(slot.name, []),
                                         about or slot.context == "document", about)) for slot in cued}
    for slot in cued:
        if any(found.get(other) for other in slot.not_with):
            continue  # the other slot's fact takes these words as its circumstance
        for fact in found[slot.name]:
            yield slot, fact


def _set_apart(sentence: Sentence, profile: Profile) -> bool:
    """The sentence names the mission, and only behind a word that sets what it tells apart from it ("Italian trainers
    will teach X under a bilateral agreement, separate from NATO's mission in Iraq"): the work is another's."""
    if not contains_any(sentence.lower, _apart_words()):
        return False
    assert profile.mention is not None
    names = list(profile.mention.finditer(sentence.plain))
    return bool(names) and all(_apart().search(sentence.plain, max(0, name.start() - 40), name.start()) is not None
                               for name in names)


@cache
def _apart_words() -> tuple[str, ...]:
    return tuple(load_language().apart)


@cache
def _apart() -> re.Pattern[str]:
    words = trie_alternation(list(load_language().apart), separator=r"\s+")
    return re.compile(rf"(?<![\w'-])(?:{words})\s+(?:the\s+)?$", re.IGNORECASE)


# -- one slot on one sentence ------------------------------------------------------------------

Match = tuple[int, int, str]  # start, end, canonical value


@dataclass(frozen=True)
class Found:
    """A lexicon value in a sentence, and where it is weighed."""

    start: int
    end: int
    value: str
    # the words that govern the value, where an ending or a negation counts: from shortly before its
    # trigger to the value ("no longer embedded in A, B and C": all three), or from the value to a
    # trigger after it ("X is no longer advised by NMI")
    scope: tuple[int, int]
    # the clause around this position gives the tone (a relative clause's own: "which NMI stopped advising in March")
    at: int


# the preposition that names a body's owner after it ("the Border Guard Command of the Ministry of Interior", "la
# Dirección General de Planeamiento del Ministerio de Defensa", "la Direction du Renseignement du ministère de
# l'Intérieur")
_OF_BODY = re.compile(r" (?:of|del|du|de la|della|dello) ")

# after a trigger's preposition: a word, then its year, then what ends a time ("in March and the
# outbreak", "on Monday, ..."), not another noun ("winter warfare": a subject)
_TIME_AFTER = re.compile(r"\s*(?:(?:the|early|late|mid)\s+)?(?P<word>[\w-]+)(?:\s+\d{4})?"
                         r"(?=\s*[,.;:)]|\s*$|\s+(?:and|or|but|when|after|before|as|amid|while|until)\b)"
                         r"(?P<own>\s+and\s+(?:in|on|of)\b)?")


def _set_apart_by(text: str, trigger: re.Match[str]) -> bool:
    """The trigger's word ends a phrase that sets what follows apart from the mission (the language files' ``instead``:
    "NMI, separate from the EU's mission, advises X", "distincte de la mission européenne"): no partner, no object."""
    return _set_apart_end().search(text, max(0, trigger.start() - 30), trigger.end()) is not None


@cache
def _set_apart_end() -> re.Pattern[str]:
    words = trie_alternation([w.lower() for w in load_language().instead if " " in w], separator=r"\s+")
    return re.compile(rf"(?<![\w'-])(?:{words})$", re.IGNORECASE) if words else re.compile(r"(?!x)x")


def _a_time(text: str, at: int) -> bool:
    """Right after ``at`` (a trigger's preposition), a month, a weekday or a season ("in January",
    "in the spring"): the preposition says when, and what follows is none of the slot's values."""
    language = load_language()
    found = _TIME_AFTER.match(text, at)
    if found is None:
        return False
    word = found.group("word").lower()
    # "in early summer and in logistics": the list goes on with a preposition of its own
    return (word in language.months or word in language.weekdays or word in language.seasons) and not found.group("own")


def _lexicon_matches(sentence: Sentence, slots: list[Slot], profile: Profile) -> dict[str, list[Found]]:
    """Lexicon values of every slot that stand after one of its triggers (or before a trigger whose
    object they are: "X will now also be advised by NMI"). Where values of two slots of the same
    category cover the same words, one reading wins: the longer value ("Federal Police Command", an
    institution, over "federal police", a training area), and between equally long ones, the one
    whose trigger stands nearer ("training and education of ... federal police")."""
    found: dict[str, list[tuple[Found, int]]] = {}
    places = _place_words(profile)
    named = tuple(m.start() for m in profile.mentions.finditer(sentence.plain, sentence.lower))  # (the mission's names)
    taught_in = _taught_in_spans(sentence.plain)  # ("in English": the language a course is taught in)
    for slot in slots:
        if slot.trigger is None:
            continue
        # (a trigger whose preposition takes a time says when: "the suspension of training in January and
        # the pandemic" lists no areas)
        triggers = [m.span() for m in slot.trigger.finditer(sentence.plain, sentence.lower)
                    if not _others_clause(sentence, profile, m.start()) and not _in_other_name(sentence, profile, m)
                    and not _a_time(sentence.plain, m.end()) and not _set_apart_by(sentence.plain, m)
                    and not _mission_among_objects(sentence, named, m) and not _mission_thanked(sentence, named, m)]
        lists = [m for m in slot.open_after.finditer(sentence.plain, sentence.lower)
                 if not _others_clause(sentence, profile, m.start()) and not _a_time(sentence.plain, m.end())
                 ] if slot.open_after else []
        if not triggers and not lists and slot.trigger_after is None:
            continue
        matches: list[tuple[Found, int]] = []
        present = slot.values_present(sentence.lower)
        candidates = [(m.start(), m.end(), canonical) for canonical, pattern in slot.values
                      for m in pattern.finditer(sentence.plain, sentence.lower, present)]
        for pattern in slot.open:
            for m in pattern.finditer(sentence.plain, sentence.lower):
                value = _clean_open(m.group(0))
                # a body of a listed institution ("the Ministry of Interior's Border Guard Directorate") is
                # named whole, not as the institution it belongs to
                # (or after its head: "the Border Guard Command of the Ministry of Interior", "la Dirección General de
                # Planeamiento del Ministerio de Defensa")
                candidates = [(s, e, v) for s, e, v in candidates
                              if not (m.start() <= s and e < m.end() and sentence.plain.startswith("'s ", e))
                              and not (m.start() < s and e == m.end()
                                       and _OF_BODY.search(sentence.plain, m.start(), s))]
                overlaps = any(s < m.end() and m.start() < e for s, e, _ in candidates)
                if value.lower() not in slot.reject and not overlaps and not _only_time(value):
                    candidates.append((m.start(), m.end(), value))
        if slot.category == "scope":
            candidates = _with_name_heads(sentence.plain, candidates)
            candidates += _named_again(sentence.plain, candidates)
        if slot.open:
            # a body the profile does not know, listed between two it knows: a value of the list too
            candidates += [(s, e, sentence.plain[s:e]) for s, e in unnamed_between(sentence.plain, [
                (s, e) for s, e, _ in candidates]) if sentence.plain[s:e].lower() not in places]
        verbs = list(triggers)  # a verb after its object: only the slot's own triggers, not list openers
        for trigger in lists:
            resumed: list[int] = []
            known: dict[int, int] = {}  # where a value the profile names opens, and where its longest ends
            for s, e, _ in candidates:
                known[s] = max(known.get(s, e), e)
            for start, end, value in _noun_list(sentence.plain, trigger.end(), resumed, known):
                # a listed value inside an item stands for the whole item ("combat engineering"):
                # the list goes on after it
                candidates = [(min(s, start), max(e, end), v) if start <= s and e <= end and (s, e) != (start, end)
                              else (s, e, v) for s, e, v in candidates]
                overlaps = any(s < end and start < e for s, e, _ in candidates)
                # a place in the list is where, not what ("extended its activities to include Mosul")
                if (value.lower() not in slot.reject and not overlaps and not _place_then_time(value, places)
                        and not _only_time(value)):
                    candidates.append((start, end, value))
                if cut_between(sentence, trigger.end(), start) or any(r < start < r + 12 for r in resumed):
                    # an item of a list parted by semicolons stands in a clause of its own, one after an item's
                    # complement ("courses on X in military operations and on Y") after words no list joins: the
                    # list's opener governs it there
                    triggers.append((trigger.start(), start))
            triggers.append(trigger.span())
        after = [m.span() for m in slot.trigger_after.finditer(sentence.plain, sentence.lower)
                 if not _others_clause(sentence, profile, m.start())] if slot.trigger_after else []
        for start, end, value in candidates:
            if speaker(sentence.plain, start, end):
                continue  # ", the interior ministry said": who spoke, not what
            if any(s <= start and end == e for s, e in taught_in):
                continue  # "trains Iraqi officers in English": the language it teaches in, no subject
            if owns_named(sentence.plain, end, [(s, e) for s, e, _ in candidates]):
                continue  # "with the EU's civilian rule of law mission (EULEX)": the owner, not the partner
            if slot.category == "info" and _inside_longer_name(sentence.plain, start, end, candidates, places):
                # "UN Security Council Resolution 1244", "le Conseil de sécurité des Nations unies": another's (a
                # partner is named whole; an institution may be read inside its fuller name: "la Comandancia de la
                # Policía Federal")
                continue
            before = _trigger_before(sentence, triggers, start, slot.window, profile)
            if before is not None and not listed_after(sentence.plain, [(s, _mission_named_end(sentence.plain, e))
                                                                        for s, e, _ in candidates],
                                                            max(before[1], _pair_gap(sentence, start)), start):
                before = None  # "helped the Ministry of Defence draft a plan agreed with X": X is no object of it
            if before is not None and _other_is_object(sentence, profile, before[1], start,
                                                       [(s, e) for s, e, _ in candidates]):
                before = None  # "works with EUAM Iraq on anything that touches X": the trigger's object is the other
            if before is not None and _other_leads_after(sentence, profile, before[1], start):
                # "NMI works with UNAMI, and the EU's mission advises X": a clause another actor leads after the
                # trigger's is that actor's, its object none of the trigger's
                before = None
            if before is not None:
                # from three words before the trigger, not across a comma ("Without a mandate change, NMI
                # advises X" is not negated), but for an insertion between commas right before it
                anchor = insertion_before(sentence.plain, before[0])
                back = _words_back(sentence.plain, anchor, 3)
                if (_OWNER.search(sentence.plain, back, before[0]) is not None
                        or _own_work().search(sentence.plain, back, before[0]) is not None):
                    # "agreed to end NMI's work with X", "ha concluido su labor de asesoramiento al X": the verb
                    # governs the owner's work
                    back = _words_back(sentence.plain, back, 3)
                elif _own_people().search(sentence.plain, back, before[0]) is not None:
                    # "no longer has advisers embedded with X": the verb governs the people the trigger places
                    back = _words_back(sentence.plain, back, 3)
                elif _second_parts().search(sentence.plain, back, before[0]) is not None:
                    # the second part of a negation in two parts before the trigger ("ne dispense plus de formation
                    # à X"): its first part stands before the verb
                    back = _words_back(sentence.plain, back, 2)
                else:
                    back = _inverted_verb(sentence.plain, back, before[0], profile)
                lo = max(clause_around(sentence, start)[0], back, sentence.plain.rfind(",", 0, anchor) + 1)
                matches.append((Found(start, end, value, (lo, start), max(start, end - 1)), start - before[1]))
                continue
            behind = _trigger_after(sentence, after, end, slot.window)  # "Australia also contributes personnel"
            if behind is not None:
                # a relative clause between the value and its verb has a verb and a negation of its own ("Moldova,
                # which is not a NATO member, has participated in KFOR"): it governs nothing of the value's
                aside = _relative_aside().match(sentence.plain, end, behind[1])
                lead = aside.end() if aside is not None else end
                matches.append((Found(start, end, value, (lead, behind[1]), max(start, end - 1)), behind[0] - end))
                continue
            verb = _verb_after_object(sentence, profile, verbs, start, end, slot.window,
                                      tuple((s, e) for s, e, _ in candidates if s >= end))
            if verb is not None:
                matches.append((Found(start, end, value, (end, verb[1]), verb[0]), verb[0] - end))
                continue
            verb = _besides_fronted(sentence, [(s, e) for s, e, _ in candidates], triggers, start, end, slot.window)
            if verb is not None:
                matches.append((Found(start, end, value, (end, verb[1]), verb[0]), verb[0] - end))
        found[slot.name] = matches
    category = {slot.name: slot.category for slot in slots}
    kept: dict[str, list[Found]] = {}
    for name, matches in found.items():
        rivals = [m for other, ms in found.items() if other != name and category[other] == category[name] for m in ms]
        kept[name] = [f for f, d in matches
                      if not any(r.start <= f.start and f.end <= r.end
                                 and ((r.end - r.start) > (f.end - f.start)
                                      or ((r.end - r.start) == (f.end - f.start) and rd < d))
                                 for r, rd in rivals)]
    return kept


def _taught_in_spans(text: str) -> frozenset[tuple[int, int]]:
    """Where a language's name stands after the words that give the language something is taught in ("in English",
    "en anglais", "in het Engels"), up to the name's end: a value read there, closing on the name, is no subject (one
    that goes on past the name, "in English language and leadership", or the name joined to a word of its own,
    "English-language courses", is)."""
    pattern = _taught_in()
    if pattern is None or not contains_any(text.lower(), _tongue_words()):
        return frozenset()
    return frozenset((m.start(), m.end()) for m in pattern.finditer(text))


@cache
def _tongue_words() -> tuple[str, ...]:
    return tuple(w.lower() for _, tongues in load_language().tongues for w in tongues)


@cache
def _taught_in() -> re.Pattern[str] | None:
    """A language's name after its own language's words before it (each language with its own, never merged)."""
    branches = [rf"(?:{alternation(before)})\s+(?:{alternation(tongues)})"
                for before, tongues in load_language().tongues if before and tongues]
    if not branches:
        return None
    return re.compile(rf"(?<![\w-])(?:{'|'.join(branches)})(?![\w-])", re.IGNORECASE)


def _mission_among_objects(sentence: Sentence, named: tuple[int, ...], trigger: re.Match[str]) -> bool:
    """The trigger's objects, up to the next comma or stop, name the mission itself (one of ``named``, where the
    sentence's names of the mission start), joined to another by a word of a list ("said cooperation with the Kosovo
    Police and KFOR would remain close"): the one who cooperates is someone else, the mission one of those it works
    with, so none of them is the mission's partner; not a tie between two parties, the mission one of them
    ("cooperation between the Kosovo Police and KFOR": ``words.between``)."""
    language = load_language()
    last = _LAST_WORD.search(sentence.plain, 0, trigger.end())
    if last is not None and last.group(1).lower() in language.between:
        return False
    stop = _OBJECTS_END.search(sentence.plain, trigger.end())
    if stop is not None and stop.group(0) == "," and (examples := _examples().match(sentence.plain, stop.end())):
        # "d'autres partenaires internationaux, comme l'ONU ou la mission de l'OTAN": the examples go on past the comma
        stop = _OBJECTS_END.search(sentence.plain, examples.end())
    end = stop.start() if stop is not None else len(sentence.plain)
    joins = _one_word_joins()
    for mention in named:
        if not trigger.end() <= mention < end:
            continue
        before = sentence.plain[trigger.end():mention].split()
        if any(w.lower() in joins for w in before[-2:]) and len(before) > 1:  # not first: "by NMI and not X"
            return True
    return False


_OBJECTS_END = re.compile(r"[,;.:!?]")


def _mission_thanked(sentence: Sentence, named: tuple[int, ...], trigger: re.Match[str]) -> bool:
    """Right before the trigger, words that make what precedes them the objects of another's thanks
    (``words.thanked_for``: "for their", "pour leur"), and before those a list whose last item is the mission, joined to
    another by a word of a list ("the report thanks the Kosovo Police, EULEX and KFOR for their support"): the thanked
    are others' partners, the mission one of them, so none of them is the mission's."""
    words = _thanked_for()
    if words is None:
        return False
    between = words.search(sentence.plain, max(0, trigger.start() - 40), trigger.start())
    if between is None or sentence.plain[between.end():trigger.start()].strip():
        return False
    joins = _one_word_joins()
    for mention in named:
        if not max(0, between.start() - 60) <= mention < between.start():
            continue
        after = sentence.plain[mention:between.start()]
        before = sentence.plain[max(0, mention - 40):mention].split()
        if len(after.split()) <= 3 and not any(c in after for c in ",;:") and any(w.lower() in joins
                                                                                 for w in before[-2:]):
            return True
    return False


@cache
def _thanked_for() -> re.Pattern[str] | None:
    words = load_language().thanked_for
    if not words:
        return None
    return re.compile(rf"(?<![\w-]){phrase_alternation(words)}(?![\w-])\s*", re.IGNORECASE)


@cache
def _examples() -> re.Pattern[str]:
    """After a comma, a word opening the examples of what was named before it (the language files' ``such_as``)."""
    words = sorted(load_language().such_as, key=len, reverse=True)
    if not words:
        return re.compile(r"(?!)")
    return re.compile(rf"\s*(?:{'|'.join(map(re.escape, words))})(?![\w-])", re.IGNORECASE)


@cache
def _one_word_joins() -> frozenset[str]:
    """The language files' words of coordination of one word ("and", "et", "og")."""
    return frozenset(w for w in load_language().coordination if " " not in w)


def _inside_longer_name(text: str, start: int, end: int, candidates: list[tuple[int, int, str]],
                       places: frozenset[str]) -> bool:
    """The value at ``start:end`` is a word of a longer name, another body's or an act's: the first word of a compound
    ("the EU-facilitated dialogue"), a name going on in capitals ("UN Security Council Resolution 1244", "the EU
    Special Representative") or the complement of a name's head ("le Conseil de sécurité des Nations unies",
    "the Secretary-General of the United Nations"), or the owner of another value named right after ("the EU's
    EULEX mission"). Not a longer value that holds it (the longest value is read), nor a name going on with a place
    ("EULEX Kosovo") or naming one of the body's missions ("the United Nations Assistance Mission for Iraq": the body
    in the field stands for it)."""
    # (a longer value that goes on with a list holds both: "the Ministries of Defense and Interior")
    if any(s <= start and end <= e and (s, e) != (start, end) and _NAME_GOES_ON.match(text, end, e)
           for s, e, _ in candidates):
        return True
    if _COMPOUND.match(text, end):
        return True
    owned = POSSESSIVE.match(text, end)
    if owned is not None and any(s == owned.end() for s, _, _ in candidates):
        return True
    language = load_language()
    after = _NAME_GOES_ON.match(text, end)
    if after is not None and not any(s == after.start(1) for s, _, _ in candidates):
        words = after.group(1).split()
        first = words[0].lower().rstrip(".,")
        if (first not in places and first not in language.months and first not in language.weekdays
                and first not in _countries_lower() and not _of_mission(words, language.mission_nouns)):
            return True
    head = _NAME_HEAD.search(text, max(0, start - 70), start)
    if head is None:
        return False
    # (not a list: "la Coalition mondiale contre Daech et des Nations unies"; nor a place and the words after it: "la
    # mission de l'OTAN en Irak travaille aux côtés des Nations unies")
    words = head.group(1).split()
    first = words[0].lower()
    return (not _of_mission(words, language.mission_nouns) and first not in places and first not in _countries_lower()
            and not any(word.endswith(("'s", "’s")) for word in words)
            and not any(word.lower() in language.coordination for word in words[1:]))


def _mission_named_end(text: str, end: int) -> int:
    """Where a value's name ends when it goes on naming one of the body's missions ("the United Nations Assistance
    Mission for Iraq and the EU ...": the list goes on after the mission's whole name), else ``end``."""
    after = _NAME_GOES_ON.match(text, end)
    if after is None or not _of_mission(after.group(1).split(), load_language().mission_nouns):
        return end
    return after.end()


def _of_mission(words: list[str], nouns: tuple[str, ...]) -> bool:
    return any(word.lower().strip(",.'’") in nouns for word in words)


# right after a value: a hyphen and a word ("EU-facilitated", "UN-backed"); a possessive before another value; a name
# going on in capitals (up to four words, "of" or "for" between them)
_COMPOUND = re.compile(r"-[^\W\d_]")
_NAME_GOES_ON = re.compile(r"\s+((?-i:[A-Z])[\w'’-]*(?:\s+(?:(?:of|for|on|and)\s+)?(?-i:[A-Z])[\w'’-]*){0,3})")
# before a value: a name's head in capitals, a few lower-case words, and a preposition with its article ("Conseil de
# sécurité des", "Misión de Asistencia de las", "the Security Council of the")
_NAME_HEAD = re.compile(r"(?<![\w'’-])((?-i:[A-Z])[\w'’-]*(?:[\s-]+(?:[\w'’-]+)){0,2}?)\s+"
                        r"(?:of\s+the|des|de\s+las|de\s+los|de\s+la|del|della|delle|degli|dei|dell['’]|van\s+de|van\s+het)\s*$")



# before a value, the head of the fuller name it completes: a word in capitals (after an elided article or none) and a
# preposition ("l'Office du", "the Office of the", "la Oficina del", "l'Ufficio del")
_HEAD_BEFORE = re.compile(r"(?:(?<=[\w]['’])|(?<![\w'’-]))((?-i:[A-Z])[\w-]+)\s+"
                          r"(?:of\s+the|of|du|des|de\s+la|de\s+l['’]|de|del|de\s+los|de\s+las|della|dello|dell['’]|degli|"
                          r"delle|dei|di|van\s+de|van\s+het|van)\s*$")


def _with_name_heads(text: str, candidates: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Each listed value with the head of the fuller name it completes, when one stands right before it and inside
    the sentence ("l'Office du conseiller à la sécurité nationale", "the Office of the National Security Advisor"):
    the value is named whole, so a list goes on through it ("le ministère de la Défense et l'Office du ...")."""
    out = []
    articles = {w.lower().rstrip("'’") for w in load_language().articles}
    bodies = load_language().organisation_words
    for start, end, value in candidates:
        head = _HEAD_BEFORE.search(text, max(0, start - 40), start)
        if head is None and text[start:start + 1].isupper():
            # (or a body's word in capitals right before it, with no preposition: "het Commando Federale Politie",
            # "Kommandoen Føderalt Politi")
            head = _BODY_BEFORE.search(text, max(0, start - 40), start)
            head = head if head is not None and head.group(1) in bodies else None
        if (head is not None and head.start(1) > 0 and head.group(1).lower() not in articles
                and not any(s < start and e > head.start(1) for s, e, _ in candidates)):
            start = head.start(1)
        out.append((start, end, value))
    return out


_BODY_BEFORE = re.compile(r"(?<![\w'’-])((?-i:[A-Z])[\w-]+) $")


def _named_again(text: str, candidates: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A body the sentence names again by the head noun of its name alone, with its article (the language files'
    body_anaphors: "met officials of the Iraqi Ministry of Interior to review the mission's support to the ministry"):
    the value named before it, when all the names before it with that noun are one value (not "the Ministry of Defence
    and the Ministry of Interior ... the ministry"), and no fuller name ("the ministry of ...") or owner ("the
    ministry's directorate") goes on after it."""
    if not candidates:
        return []
    found = []
    for anaphor in _anaphor().finditer(text):
        if any(s < anaphor.end() and anaphor.start() < e for s, e, _ in candidates):
            continue
        noun = anaphor.group(0).lower().split()[-1].split("'")[-1]
        before = {value for s, e, value in candidates if e <= anaphor.start() and noun in text[s:e].lower()}
        if len(before) == 1:
            found.append((anaphor.start(), anaphor.end(), before.pop()))
    return found


@cache
def _anaphor() -> re.Pattern[str]:
    words = trie_alternation(load_language().body_anaphors, separator=r"\s+")
    return re.compile(rf"(?i)(?<![\w'’-]){words}(?![\w'’-])(?!\s+(?:of|de|del|della|dell|van|for)(?![\w-]))")


def _only_time(value: str) -> bool:
    """The value is a time, in any language, and no subject: weekdays, months, parts of the day and numbers alone
    ("resumed its training on Wednesday evening", "on 3 March", "le lundi matin")."""
    words = _time_words()
    return all(word in words or word.isdigit() for word in re.findall(r"[^\W_]+", value.lower()))


def _place_then_time(value: str, places: frozenset[str]) -> bool:
    """The value is a place, a time after it at most ("resume its police training in Basra next month"): where and
    when, no subject. Cheap: only a value whose first word begins a place's name is split."""
    lower = value.lower()
    if lower in places:
        return True
    head, _, rest = lower.partition(" ")
    if not rest or not any(place == head or place.startswith(head + " ") for place in places):
        return False
    words = value.split()
    for cut in range(len(words) - 1, 0, -1):
        if " ".join(words[:cut]).lower() in places:
            rest = " ".join(words[cut:]).lower()
            # (or the present said outright: "in Baghdad this week", the language files' [tone] present)
            return rest in load_language().present or _only_time(
                " ".join(w for w in words[cut:] if w.lower() not in _time_openers()))
    return False


@cache
def _time_openers() -> frozenset[str]:
    """The words before a month in any language ("next", "last", "early"): before a unit of time too ("next month")."""
    return frozenset(word.lower() for words, _ in load_language().month_before for word in words)


@cache
def _time_words() -> frozenset[str]:
    language = load_language()
    # (and a count of units of time: "seis semanas después de su suspensión")
    return frozenset([*language.weekdays, *language.months, *language.day_parts, *language.number_words,
                      *language.time_units])


@cache
def _own_work() -> re.Pattern[str]:
    """The mission's possessive before its work ("its", "su", "sa"): the words before it say what the work does."""
    words = trie_alternation([w.lower() for w in load_language().possessives], separator=r"\s+")
    return re.compile(rf"(?<![\w'])(?:{words})(?![\w'])", re.IGNORECASE)


@cache
def _second_parts() -> re.Pattern[str]:
    """The second part of an ending in two parts ("ne … plus": "plus"), the first part standing before the verb."""
    words = trie_alternation(sorted({w.split("…", 1)[1].strip().lower() for w in load_language().ending if "…" in w}),
                             separator=r"\s+")
    return re.compile(rf"(?<![\w'])(?:{words})(?![\w'])", re.IGNORECASE)


@cache
def _own_people() -> re.Pattern[str]:
    """The mission's people as the trigger's subject ("has advisers embedded with X"; the language files' staff)."""
    words = trie_alternation([w.lower() for w in load_language().staff], separator=r"\s+")
    return re.compile(rf"(?<![\w'])(?:{words})\s*$", re.IGNORECASE)


def _inverted_verb(text: str, back: int, trigger: int, profile: Profile) -> int:
    """Where the governing words start when the mission, the subject, stands after its verb and before the trigger
    (the verb second of Dutch and Danish: "Tegelijk stopt de missie met het adviseren van X", "Samtidig stopper
    missionen med at rådgive X"): the verb before the mission's name governs the trigger's object too; else ``back``."""
    lo = _words_back(text, back, 2)
    named = [m for pattern in (profile.mention, profile.reference, profile.pronoun) if pattern is not None
             for m in pattern.finditer(text, lo, trigger)
             if m.start() <= back + 1 and "," not in text[m.end():trigger]]
    return _words_back(text, min(m.start() for m in named), 1) if named else back


@cache  # by profile
def _place_words(profile: Profile) -> frozenset[str]:
    return frozenset(place.lower() for place in profile.places)


def _others_clause(sentence: Sentence, profile: Profile, position: int) -> bool:
    """The clause at ``position`` names another actor and not the mission ("EUAM advises the
    Ministry of Interior, while NMI advises ..."), or names the mission only to say it is not the
    one acting ("EUAM Iraq, not NMI, advises ...", "rather than NMI"): its values are that actor's; or a
    programme for another country stands before it ("expand NATO's package for Jordan to cover cyber defence,
    alongside its support to NMI"): its values are that programme's."""
    if _for_another_country(sentence, profile, position):
        return True
    if not profile.may_name_other(sentence.plain) or not profile.holds_other_word(sentence.lower):
        return False  # most sentences name no other actor at all
    start, end = clause_around(sentence, position)
    paired = _pair_for_other(sentence, profile, position)
    if paired is not None:
        return paired
    if _resumed_by_mission(sentence, profile, start, position):
        # "Unlike KFOR, which still trains the KSF in X, NMI no longer trains ... in Y": the relative clause on another
        # actor ended at its comma, the mission acts in the main clause that resumes after it
        return False
    known = sentence.others.get((start, end))  # (kept only where the answer holds for the whole clause)
    if known is not None:
        return known
    clause = sentence.plain[start:end]
    opened = sentence.resumed.get(start - 1)
    if opened is not None:  # "EUAM, based in Baghdad, advises X": the main clause began before the comma
        clause = sentence.plain[clause_around(sentence, max(0, opened - 1))[0]:opened] + " " + clause
    lower = caseless(clause)
    if not profile.names_other(clause, lower):
        # "NMI works with the EU Advisory Mission, which advises the Ministry of Interior": a
        # relative clause's subject is the actor just before it
        known = sentence.others[(start, end)] = _relative_of_other(sentence, profile, start)
        return known
    # "EUAM advises the Ministry of Oil and NMI advises ...": the name nearest before the verb acts,
    # unless the words before it say it does not ("not EUAM") or only goes along ("together with EUAM")
    subject = subject_before(clause[:len(clause) - (end - position)], profile)
    if subject is not None:
        return subject == "other"
    if _relative_of_other(sentence, profile, start):
        # "UNMIK, which works alongside KFOR, EULEX and the OSCE": the relative clause's subject is its antecedent,
        # another actor, and the mission only one of those it works with
        return True
    if not profile.names_mission(clause, lower) and (_referred_first(clause, lower, profile)
                                                     or (start == 0 and _pronoun_opens(clause, profile))):
        # "In that task the force cooperates closely with the Kosovo Police", "(KFOR ...) Elle travaille en étroite
        # coordination avec la police du Kosovo": the mission acts
        return False
    return not profile.names_mission(clause, lower) or mission_negated(clause, profile)


def _pair_for_other(sentence: Sentence, profile: Profile, position: int) -> bool | None:
    """The stretch of ``position`` opens with a word for the first or the second of two actors joined before it ("Both
    EUAM and NMI advise the ministry, the former on reform, the latter on the police"; :func:`_pair_opening`): whether
    the one it stands for is another actor; None where no such word opens it (the word read whole, even where
    ``position`` stands inside it: at "former" of "the former on reform")."""
    opening = _pair_opening(sentence, position, whole=True)
    if opening is None:
        return None
    first, start = opening.first, opening.separator
    assert profile.mention is not None
    names = sorted([(m.start(), m.end(), False) for m in profile.others_in(sentence.plain, 0, start)]
                   + [(m.start(), m.end(), True) for m in profile.mention.finditer(sentence.plain, 0, start)])
    joins = set(load_language().coordination)
    for (_, end, mission), (after, _, then) in pairwise(names):
        between = caseless(sentence.plain[end:after]).split()
        if mission != then and len(between) <= 3 and any(word in joins for word in between):
            return not (mission if first else then)
    return None


def _pair_gap(sentence: Sentence, start: int) -> int:
    """Where the stretch of the value at ``start`` opens with a word for one of a pair (:func:`_pair_opening`), the end
    of that word; else 0."""
    opening = _pair_opening(sentence, start, whole=False)
    return opening.end if opening is not None else 0


class _PairWord(NamedTuple):
    first: bool  # the word stands for the first of the pair ("the former"), not the second ("the latter")
    separator: int  # where the stretch it opens starts, after its comma, semicolon or colon
    end: int  # where the word ends


def _pair_opening(sentence: Sentence, position: int, whole: bool) -> _PairWord | None:
    """The word for the first or the second of a pair (``words.pair_first``, ``pair_second``: "the former", "the
    latter") that opens the stretch after the last comma, semicolon or colon before ``position``; None where no such
    word opens it. ``whole``: the word and what follows it read in the stretch's first 40 characters, wherever
    ``position`` stands; else only what stands before ``position`` (the value's own words after the word are not read
    with it: "the latter Ministry of Defence")."""
    separator = max(sentence.plain.rfind(sign, 0, position) for sign in ",;:") + 1
    if separator <= 0:
        return None
    language = load_language()
    opening = caseless(sentence.plain[separator:separator + 40 if whole else position])
    skipped = len(opening) - len(opening.lstrip())
    for first, words in ((True, language.pair_first), (False, language.pair_second)):
        found = _pair_word(words).match(opening, skipped)
        if found is not None:
            return _PairWord(first, separator, separator + found.end())
    return None


@cache
def _pair_word(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?:{'|'.join(words)})(?![\w'])") if words else re.compile(r"(?!x)x")


def _other_leads_after(sentence: Sentence, profile: Profile, trigger_end: int, start: int) -> bool:
    """Between a trigger and the value at ``start``, a comma, a word that joins clauses and another actor's name with a
    verb of its own before the value ("works with UNAMI, and EUAM Iraq advises X", "..., while the EU's advisory mission
    works with X"): the value is that actor's; not a list of names ("works with the Kosovo Police, EULEX and X")."""
    if "," not in sentence.plain[trigger_end:start] or not profile.names_other(sentence.plain, sentence.lower):
        return False
    joined = _clause_join().search(sentence.plain, trigger_end, start)
    if joined is None:
        return False
    other = profile.first_other(sentence.plain, joined.end(), start)
    return (other is not None and _ARTICLE_ONLY.fullmatch(sentence.plain, joined.end(), other.start()) is not None
            and _OWN_VERB.match(sentence.plain, other.end(), start) is not None
            and _others_clause(sentence, profile, start))


def _other_is_object(sentence: Sentence, profile: Profile, trigger_end: int, start: int,
                     values: list[tuple[int, int]]) -> bool:
    """Right after a trigger, an article at most between, another actor's name: the trigger's object is that actor,
    and a value further on not listed with it is none of the trigger's ("NMI works with EUAM Iraq on anything that
    touches the Interior Ministry"; not "works with EUAM Iraq and the Ministry of Interior")."""
    if not profile.names_other(sentence.plain, sentence.lower):
        return False
    other = profile.first_other(sentence.plain, trigger_end, start)
    return (other is not None and _ARTICLE_ONLY.fullmatch(sentence.plain, trigger_end, other.start()) is not None
            and not listed_after(sentence.plain, [*values, other.span()], trigger_end, start))


_ARTICLE_ONLY = re.compile(r"\s*(?:(?:the|a|an)\s+)?", re.IGNORECASE)  # (English: the rule reads English clauses)
# a word in lower case after the actor's name, its verb ("EUAM Iraq advises"), with no comma before it
_OWN_VERB = re.compile(r"(?:\s+(?-i:[A-Z])[\w.'-]*)*\s+(?-i:[a-z])[\w'-]*(?<!and)(?<!or)\s")


@cache
def _clause_join() -> re.Pattern[str]:
    """A comma, then a word that joins clauses ("and", "while", "but") and an article or none."""
    language = load_language()
    words = [w for w in (*language.coordination, *language.clause_cuts) if w.strip() and w[0].isalpha()]
    return re.compile(rf",\s*(?:{phrase_alternation(words)})\s+", re.IGNORECASE)


@cache
def _programme_for() -> re.Pattern[str] | None:
    """A programme of support and the country it is for ("NATO's defence capacity building package for Jordan"):
    the language files' [scope] programme_for."""
    words = load_language().scope.get("programme_for", [])
    if not words:
        return None
    listed = "|".join(f"(?:{word})" for word in words).replace(" ", r"\s+")
    return re.compile(rf"(?<![\w-])(?:{listed})\s+(?P<country>(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)?)",
                      re.IGNORECASE)


def _for_another_country(sentence: Sentence, profile: Profile, position: int) -> bool:
    """A programme for a country the mission's names do not hold stands in the clause before ``position``, the
    mission not named after it."""
    pattern = _programme_for()
    if pattern is None or _any_country().search(sentence.lower) is None:
        return False
    start, _ = clause_around(sentence, position)
    before = sentence.plain[start:position]
    programmes = list(pattern.finditer(before))
    if not programmes:
        return False
    last = programmes[-1]
    country = last.group("country")
    # (not the mission's own country or one of its names: "its programme for the Iraqi army", "support to the Mission")
    own = {word.lower() for name in (profile.name, *profile.aliases, *profile.parent)
           for word in re.findall(r"[\w]{4,}", name)}
    if country not in _countries() or any(country.lower().startswith(word) for word in own):
        return False
    after = before[last.end():]
    return not profile.names_mission(after, caseless(after))


@cache
def _countries() -> frozenset[str]:
    return frozenset(load_language().countries)


@cache
def _countries_lower() -> tuple[str, ...]:
    return tuple(country.lower() for country in load_language().countries)


@cache
def _any_country() -> re.Pattern[str]:
    """Whether a country's name stands in a caseless text, in one scan (a substring test per country was asked for
    every trigger of a sentence)."""
    countries = _countries_lower()
    return substrings(countries) if all(countries) else re.compile("")


def _referred_first(clause: str, lower: str, profile: Profile) -> bool:
    """The clause points back to the mission ("the force", "the mission") before it names any other actor."""
    if not profile.cued(lower):
        return False
    assert profile.others is not None
    reference = profile.references.search(clause, lower)
    other = profile.first_other(clause)
    return reference is not None and (other is None or reference.start() < other.start())


def _pronoun_opens(clause: str, profile: Profile) -> bool:
    """The clause opens with one of the mission's pronouns, its subject ("It works closely with ...", "Elle
    travaille ...")."""
    assert profile.pronoun is not None
    opening = len(clause) - len(clause.lstrip(" \"'«“‘("))
    pronoun = profile.pronoun.match(clause, opening)
    return pronoun is not None and pronoun.start() == opening


def _in_other_name(sentence: Sentence, profile: Profile, match: re.Match[str]) -> bool:
    """The trigger is a word of another actor's name ("the EU Advisory Mission")."""
    if not profile.may_name_other(sentence.plain) or not profile.holds_other_word(sentence.lower):
        return False
    assert profile.others is not None
    return any(m.start() <= match.start() < m.end() for m in profile.others_in(sentence.plain))


def _resumed_by_mission(sentence: Sentence, profile: Profile, clause_start: int, position: int) -> bool:
    """In a relative clause on another actor, the words before ``position`` name the mission as the subject right after
    a comma (the main clause resumed: "which still trains X, NMI trains Y")."""
    comma = sentence.plain.rfind(",", clause_start, position)
    if comma < 0:
        return False
    assert profile.mention is not None
    named = profile.mention.search(sentence.plain, comma + 1, position)
    return (named is not None and not sentence.plain[comma + 1:named.start()].strip()
            and _relative_of_other(sentence, profile, clause_start))


def _in_others_relative(sentence: Sentence, profile: Profile, position: int) -> bool:
    """``position`` stands in a relative clause (or participle aside) on another actor, before the mission's own clause
    resumes after a comma ("Unlike KFOR, which has 4,500 troops under UNSCR 1244, NMI ...": the resolution is
    KFOR's)."""
    if not profile.may_name_other(sentence.plain):
        return False
    start = clause_around(sentence, position)[0]
    return (_relative_of_other(sentence, profile, start)
            and not _resumed_by_mission(sentence, profile, start, position))


def _relative_of_other(sentence: Sentence, profile: Profile, clause_start: int) -> bool:
    """The clause starting at ``clause_start`` is a relative clause ("..., which advises X"), or a participle aside that
    does not name the mission ("UNMIK, established in 1999 under Resolution 1244, marked ..."), whose antecedent, the
    last name before it, is another actor's."""
    cut = next((c for c in sentence.cuts if c[1] == clause_start), None)
    if cut is None:
        return False
    relative = load_language().clause_relative.fullmatch(sentence.plain, *cut)
    if not (relative or _participle_aside(sentence, profile, cut)):
        return False
    before = sentence.plain[max(0, cut[0] - 80):cut[0]]
    assert profile.others is not None and profile.mention is not None
    names = [(m.end(), False) for m in profile.others_in(before)]
    names += [(m.end(), True) for m in profile.mention.finditer(before)]
    if not names:
        return False
    last, mission = max(names)
    return not mission and len(before[last:].split()) <= 1


def _participle_aside(sentence: Sentence, profile: Profile, cut: tuple[int, int]) -> bool:
    """``cut`` opens a participle aside between commas whose words name no mission ("..., established in 1999 under
    Resolution 1244, ..."; not "..., trained by KFOR since 2009, ..."): its subject is the name before it."""
    participle = load_language().participle_aside.match(sentence.plain, cut[0])
    if participle is None or participle.end() != cut[1]:
        return False
    close = sentence.plain.find(",", cut[1])
    aside = sentence.plain[cut[1]:close if close >= 0 else len(sentence.plain)]
    return not profile.names_mission(aside, caseless(aside))


def _words_back(text: str, position: int, count: int) -> int:
    """Where the ``count``-th word before ``position`` starts; a date, and the article or preposition before it,
    counts as no word ("ha concluso il 12 giugno la sua attività di consulenza presso X": the verb governs X)."""
    window = text[max(0, position - 120):position]
    gaps = date_gaps(window)
    starts = [m.start() for m in re.finditer(r"\S+", window) if not any(s <= m.start() < e for s, e in gaps)]
    if not starts:
        return position
    return max(0, position - 120) + starts[max(0, len(starts) - count)]


_LIST_ITEM = re.compile(r"[^\W\d_][\w'-]*")
# two gerunds joined, sharing the object after them and their preposition ("preventing and responding to", "detecting
# and countering")
_GERUND_PAIR = re.compile(r"(?-i:([a-z]+ing)\s+(?:and|or)\s+([a-z]+ing))"
                          r"(?:\s+(?:to|on|against|from|with))?(?=\s+[^\W\d_])")
# words after a list's opener said again after a comma that make a phrase of their own, no item ("in particular", "in
# addition", "in het bijzonder", "i alt"), or a determiner of a place or time ("in the north", "in de regio")
_NO_ITEM_AFTER_OPENER = ("(?:particular|addition|general|turn|order|short|fact|total|part|time|the|a|an|its|their|"
                         "this|that|"
                         "these|those|which|het|de|een|dit|deze|die|dat|bijzonder|totaal|het\\s+bijzonder|alt|den|det|de|en|et|"
                         "særdeleshed|øvrigt|dag|la|le|les|el|los|las|il|lo|gli|particolare|particulier|particular|resumen)")
_LAST_WORD = re.compile(r"(?<![\w'-])([^\W\d_]+)\s*$")  # the word a list follows


@cache
def _list_words(code: str | None) -> ListWords:
    """The words of the language ``code`` that read a list (English's where the sentence's language is unknown)."""
    lists = load_language().lists
    return lists.get(code or "en") or lists["en"]


def _list_language(lower: str, start: int = 0) -> str | None:
    """The language of a (caseless) sentence holding a list: the one whose common words it holds most of, three or more
    and more than twice English's; between languages with as many, the one whose list words (articles, joining words,
    prepositions of a complement) it holds most of ("la logistica ... e la gestione delle crisi"); in a sentence too
    short to hold three common words, the one language whose joining word stands in the list after ``start`` (see
    _joined_language)."""
    tied = load_language().leading(lower, strict=True)
    if len(tied) <= 1:
        return tied[0] if tied else _joined_language(lower, start)
    words = _WORD.findall(lower)
    listed = sorted(((sum(w in _list_vocabulary(code) for w in words), code) for code in tied), reverse=True)
    return listed[0][1] if listed[0][0] > listed[1][0] else None


def _joined_language(lower: str, start: int) -> str | None:
    """The language of a short (caseless) sentence, read from the joining words of the list that starts at ``start``
    ("traint officieren in logistiek, kampbeheer en cyberdefensie": the Dutch "en" joins its items, no Spanish
    preposition nor Danish article there): the one language whose joining words stand there; None when none or several
    do (the "e" of Italian and Spanish)."""
    words = set(_WORD.findall(lower, start))
    joined = [code for code in load_language().common if words & set(_list_words(code).joins)]
    return joined[0] if len(joined) == 1 else None


@cache
def _list_vocabulary(code: str) -> frozenset[str]:
    words = _list_words(code)
    return words.leads | words.of | frozenset(words.joins) | load_language().common.get(code, frozenset())


_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def _article_next(text: str, end: int, grammar: ListWords) -> bool:
    """The word after ``end`` is an article opening a noun phrase ("covering the ..."): an object follows."""
    after = _NEXT_WORD.match(text, end)
    return after is not None and after.group(1).lower() in grammar.leads


@cache
def _list_gap(code: str | None) -> str:
    """What stands between two items of a list, in the language ``code``, as a pattern whose ``{again}`` is the list's
    opener said again (``{again_comma}``: after a comma), a comma (and a joining word), a joining word ("and", "et",
    "y"), a phrase that adds one more ("as well as", "ainsi que"), "but also", a slash ("EOD/C-IED")."""
    words = _list_words(code)
    joins = trie_alternation(list(words.joins), separator=r"\s+")
    adds = "".join(re.escape(a).replace("\\ ", r"\s+") + r"\s+|" for a in words.adds)
    # (after a comma too, a phrase that adds one: "cyber defence, on top of military medicine")
    added = "|" + adds.rstrip("|") if adds else ""
    # (a short abbreviation in brackets after an item is the item's: "counter-IED (C-IED), in military medicine")
    return (rf"(?:\s*\([^()\s]{{1,15}}\)(?=\s*,))?\s*({{again_comma}},\s*(?:(?:{joins})\s+{added})?"
            r"(?:(?:one|another|a\s+second|a\s+third)\s+(?:on|in)\s+)?|"
            rf"{{again}}(?:{joins})\s+(?:one|another|a\s+second|a\s+third)\s+(?:on|in)\s+|"
            # (two items joined by a slash, as the jargon writes them: "EOD/C-IED", "logistics/maintenance")
            r"/(?=[^\W\d_])|"
            rf"(?:{joins}),\s+(?:since|from|until|as\s+of|starting|now|more\s+recently|most\s+recently|lately|"
            rf"recently|also)(?:\s+[\w'-]+){{0,3}},\s+|(?:{joins})\s+|{adds}"
            r"but\s+also\s+(?:in\s+|on\s+)?)?")


def _complement(text: str, of: re.Match[str], grammar: ListWords) -> list[re.Match[str]] | None:
    """After ``of``, a preposition of a complement ("of", "de"): the words that stay in the item, the preposition, an
    article where any noun's complement is the item's ("de la perspectiva") and a common noun; None when a name, a stop
    word or nothing follows ("security of the capital", "protection of Baghdad")."""
    words = [of]
    after = _LIST_ITEM.match(text, of.end() + 1)
    if after is not None and not grammar.of_heads and after.group(0).lower() in grammar.leads:
        words.append(after)
        after = _LIST_ITEM.match(text, after.end() + 1)
    if after is None or not after.group(0).islower() or after.group(0) in grammar.stops:
        return None
    return [*words, after]


@cache
def _elided(code: str | None) -> re.Pattern[str]:
    """An article joined to the noun after it by an apostrophe ("l'", "dell'"), of the language ``code``."""
    elided = [w[:-1] for w in _list_words(code).leads if w.endswith(("'", "’"))]
    return re.compile(rf"{trie_alternation(elided)}['’](?=\w)", re.IGNORECASE) if elided else re.compile(r"(?!x)x")


# after a value named whole, the list goes on at a comma or a semicolon, or ends with the text (not "Women, Peace and
# Security in military operations and on preventing ...", where the value's words go on)
_LIST_GOES_ON = re.compile(r"\s*(?:[,;.]|$)")


def _noun_list(text: str, start: int, resumed: list[int] | None = None, known: Mapping[int, int] | None = None
               ) -> list[Match]:
    """The coordinated noun phrases right after ``start``: "civil-military planning, logistics and
    cyber defence", "English language and leadership (for Iraqi officers)", "la logistique, la cyberdéfense et la
    gestion des crises". Each item is at most five words (the articles and prepositions inside it not counted); the
    list ends at a preposition, a verb-like word or punctuation, in the words of the sentence's language, but for a word
    where a value the profile names opens (``known``, its start and end: "formación en desminado, ...", a noun a
    participle's ending; one with a comma of its own is one item, "the agenda for women, peace and security, the
    protection of civilians and ...")."""
    known = {} if known is None else known
    code = _list_language(text.lower(), start)
    grammar = _list_words(code)
    semicolons = _semicolon_list(text, start, grammar)
    if semicolons is not None:
        return semicolons
    lead = grammar.leads | grammar.owners
    inner = grammar.leads | grammar.of  # no word of an item's length: "la integración de la perspectiva de género"
    items: list[Match] = []
    words: list[re.Match[str]] = []
    position = start

    def close() -> None:
        # "the", "its", a possessor ("Iraq's") or a nationality ("Iraqi") before the phrase is no part of it
        nationalities = load_language().lower_nationalities
        organisations = load_language().organisation_words
        vague = load_language().vague
        heads = load_language().course_heads
        course = next((i for i, w in enumerate(words) if i and w.group(0).lower() in heads), None)
        if course is not None:
            # "maritime security training", "NMI's defence planning course (ended)": the subject the training is in
            del words[course:]
        while words and (words[0].group(0).lower() in lead or words[0].group(0).endswith(("'s", "’s"))
                         or words[0].group(0).lower() in nationalities):
            words.pop(0)
        # an article joined to its noun ("l'armée", "dell'esercito") is no part of the item either
        first = words[0].start() + len(elided.group(0)) if words and (elided := _elided(code).match(
            words[0].group(0))) is not None and len(elided.group(0)) < len(words[0].group(0)) else None
        # "covering aspects such as X and Y": the words before "such as" announce the list; a phrase
        # naming an organisation ("providing Iraq's Ministry ...") is who, not what
        # "various military skills", "a range of subjects": a vague word names no area; a month or
        # a season is when, not what ("suspended its courses in January 2020", "in the spring", "in
        # early summer"; not "winter warfare")
        if (words and sum(w.group(0).lower() not in inner for w in words) <= 5 and words[-1].group(0).lower() != "such"
                and not any(w.group(0) in organisations for w in words)
                and not any(w.group(0).lower() in vague for w in words)
                and words[0].group(0).lower() not in load_language().months
                and words[-1].group(0).lower() not in load_language().seasons
                # "Iraqis teach Iraqis": a people is who is taught, not what
                and not (len(words) == 1 and words[0].group(0).lower().removesuffix("s") in nationalities)
                # "covering the personnel of the ministry": people alone are who is covered, not a subject (but
                # "amministrazione del personale" is one)
                and not (len(words) == 1 and words[0].group(0).lower() in load_language().list_people)
                # ", a NATO spokesman said": who spoke
                and roles().spoke_after.search(text, words[0].start(), words[-1].end()) is None):
            begin = words[0].start() if first is None else first
            items.append((begin, words[-1].end(), text[begin:words[-1].end()]))
        words.clear()

    # the word that opens the list, said again before an item ("advising officers on border security and on
    # countering drones", "trained in logistics and in cyber defence"): the list goes on, to a common noun's phrase
    # (not "and in the Kurdistan region": where)
    opener = _LAST_WORD.search(text, 0, start)
    joins = trie_alternation(list(grammar.joins), separator=r"\s+")
    again = rf"(?:{joins})\s+{re.escape(opener.group(1))}\s+(?=[a-z])(?!\S+\s+[A-Z])|" if opener is not None else ""
    # "one on cyber defence and one on military bridging": each course names its own area
    # (after a comma too: "in counter-IED, in military medicine and in civil-military cooperation"; not a phrase of its
    # own, "in particular", "in het bijzonder", "i alt")
    # (not a phrase that adds one, opening with the same word: "advise on cyber defence, on top of military medicine")
    adding = "".join(f"(?!{phrase}" + r"\s)"
                     for phrase in (r"\s+".join(map(re.escape, a.split())) for a in grammar.adds))
    comma = (rf",\s*{adding}{re.escape(opener.group(1))}\s+(?=[a-z])(?!\S+\s+[A-Z])"
             rf"(?!{_NO_ITEM_AFTER_OPENER}(?![\w'-]))|"
             if opener is not None else "")
    gaps = _list_gap(code).replace("{again_comma}", comma).replace("{again}", again)
    complemented = False  # the last words read are a complement ("of critical infrastructure", "des crises")
    while len(items) < 8:
        gap = re.match(gaps, text[position:])
        assert gap is not None
        if (complemented and words and gap.group(1) and "," not in gap.group(1)
                and (of := _LIST_ITEM.match(text, position + gap.end())) is not None
                and of.group(0).lower() in grammar.of and (after := _complement(text, of, grammar)) is not None):
            # "la gestion des crises et des catastrophes", "the protection of ports and of pipelines": the noun's second
            # complement, in the item
            words.extend(after)
            position = after[-1].end()
            continue
        if gap.group(1):
            complemented = False
            if words:
                close()
        if not words and (pair := _GERUND_PAIR.match(text, position + gap.end())) is not None:
            # "on preventing and responding to sexual violence": two verbs sharing their object open one item
            words.extend(_LIST_ITEM.finditer(text, pair.start(), pair.end(2)))
            position = pair.end()
            continue
        match = _LIST_ITEM.match(text, position + gap.end())
        if match is None:
            break
        if (items and "," in gap.group(0) and not words and match.group(0).endswith("ing")
                and (last := _LAST_WORD.search(text, 0, position)) is not None
                and (last.group(1).lower() in load_language().course_heads
                     or _article_next(text, match.end(), grammar))):
            # "maritime security training, covering port protection": a participle on the course, no item; a participle
            # with its object's article ("in logistics, covering the personnel of ..."): on the clause
            break
        word = match.group(0).lower()
        if (word in grammar.of and words
                and (not grammar.of_heads or (words[-1].group(0).lower() in grammar.of_heads
                                              and all(w.group(0).lower() in lead for w in words[:-1])))
                and (after := _complement(text, match, grammar)) is not None):
            # "the protection of critical energy infrastructure", "la gestion des crises", "la integración de la
            # perspectiva de género": a common noun's complement is the item's (not "security of the capital",
            # "protection of Baghdad")
            words.extend(after)
            position = after[-1].end()
            complemented = True
            continue
        if word == "as" and words and words[-1].group(0).lower() == "such":
            # "to include emerging fields such as X and Y": the words before "such as" announce the list
            words.clear()
            position = match.end()
            continue
        if word in grammar.stops and words and opener is not None and (skip := re.match(
                rf"{re.escape(word)}\s+(?:[a-z][\w'-]*\s+){{1,4}}?(?=(?:{joins})\s+{re.escape(opener.group(1))}\s)",
                text[match.start():])) is not None:
            # "courses on X in military operations and on Y": the item's complement, then the list goes on with its
            # opener said again
            close()
            position = match.start() + skip.end()
            if resumed is not None:
                resumed.append(position)
            continue
        whole = known.get(match.start())
        if (whole is not None and "," in text[match.start():whole] and all(w.group(0).lower() in lead for w in words)
                and _LIST_GOES_ON.match(text, whole)):
            words.clear()  # a value named whole, its own comma inside it: one item, and the list goes on after it
            items.append((match.start(), whole, text[match.start():whole]))
            position = whole
            continue
        if not words and grammar.verbs is not None and grammar.verbs.fullmatch(word) and match.start() not in known:
            break  # "... y aumentar su presencia", ", suspendidas desde enero": a verb, no item
        if word in grammar.stops and not (word in grammar.leads and not words):
            break  # (an article opens an item: "the", "la")
        words.append(match)
        position = match.end()
    close()
    return items


# a list whose items are parted by semicolons, three or more of them, the last one after "; and" ("include policy and
# strategy; force generation and development; resource management; and good governance"): an item may hold its own "and"
_AUXILIARIES = frozenset("is are was were be been has have had will would can could may might should must".split())
_SEMICOLON_ITEM = re.compile(r"\s*(?:(?:and|or)\s+)?((?:[^\W\d_][\w'-]*)(?:[ \t]+[^\W\d_][\w'-]*){0,6})\s*(?=;|\.|$)")


def _semicolon_list(text: str, start: int, grammar: ListWords) -> list[Match] | None:
    """The items of a list parted by semicolons right after ``start``, when three or more stand there up to the
    sentence's end and each is a short phrase of common nouns; else None (the list is read item by item). An item
    ends at a preposition ("good governance in the security sector"); one holding a verb's auxiliary or opening with
    a name is a clause, not an item ("EUAM advises on ...; the coalition has left")."""
    if text.count(";", start) < 2:
        return None
    items: list[Match] = []
    position = start
    while position < len(text):
        item = _SEMICOLON_ITEM.match(text, position)
        if item is None:
            return None
        words = list(_LIST_ITEM.finditer(text, item.start(1), item.end(1)))
        while words and words[0].group(0).lower() in grammar.leads | grammar.owners:
            words.pop(0)
        if not words or not words[0].group(0)[0].islower() or any(w.group(0).lower() in _AUXILIARIES for w in words):
            return None
        kept = next((i for i, w in enumerate(words) if i and w.group(0).lower() in grammar.stops), len(words))
        first, last = words[0], words[kept - 1]
        items.append((first.start(), last.end(), text[first.start():last.end()]))
        position = item.end()
        if not text.startswith(";", position):
            break
        position += 1
    return items if len(items) >= 3 else None


@cache
def _relative_aside() -> re.Pattern[str]:
    """A relative clause between commas right after a value ("Moldova, which is not a NATO member, ..."), opened by
    one of the language files' relative pronouns."""
    words = trie_alternation(sorted(load_language().relative_pronouns), separator=r"\s+")
    return re.compile(rf"\s*,\s+(?:{words})\s+[^,;.()]{{1,80}}?,\s+", re.IGNORECASE)


def _trigger_before(sentence: Sentence, triggers: list[tuple[int, int]], start: int,
                    window: int, profile: Profile) -> tuple[int, int] | None:
    """The nearest trigger before ``start`` in the same clause, within ``window`` words; where a word for the mission
    as the second (or first) of a pair opens the value's stretch, the trigger's verb is understood there ("advise the
    ministry, the former on reform, the latter on the police": the window counts from "the latter")."""
    best = None
    gapped = _pair_gap(sentence, start)
    for trigger in triggers:
        if trigger[1] <= start and (best is None or trigger[1] > best[1]):
            between = sentence.plain[max(trigger[1], gapped):start]
            if len(between.split()) <= window and not cut_between(sentence, trigger[1], start):
                best = trigger
    return best


def _trigger_after(sentence: Sentence, triggers: list[tuple[int, int]], end: int,
                   window: int) -> tuple[int, int] | None:
    """The nearest trigger after ``end`` in the same clause, within ``window`` words, or in a relative clause on the
    value itself ("Japan, which joined NMI in February, has sent ...": the value is the relative pronoun's
    antecedent, so the trigger's subject)."""
    best = None
    end = _past_gloss(sentence.plain, end)
    relative = _relative_on().match(sentence.plain, end)
    allowed = end if relative is not None else None
    # (or in the main clause that clause's closing comma resumes: "Ireland, which has long sent troops to KFOR, said it
    # would also contribute staff officers to NMI")
    resume = next((at for at, opened in sentence.resumed.items() if opened == end), None) if relative else None
    for trigger in triggers:
        if trigger[0] >= end and (best is None or trigger[0] < best[0]):
            between = sentence.plain[end:trigger[0]]
            if len(between.split()) <= window and not cut_between(sentence, end, trigger[0], allowed):
                best = trigger
            elif (resume is not None and trigger[0] > resume
                  and len(sentence.plain[resume:trigger[0]].split()) <= window
                  and not cut_between(sentence, resume + 1, trigger[0])):
                best = trigger
    return best


# a value's gloss in parentheses right after it, its other name or its abbreviation: no words between it and a trigger
_GLOSS_AFTER = re.compile(r"\s*\([^()]{1,80}\)")


def _past_gloss(text: str, end: int) -> int:
    """Where the value ending at ``end`` ends with its gloss in parentheses ("de antiterreurdienst (Counter-Terrorism
    Service, CTS) adviseren": the verb after the gloss governs the value as it would with nothing between)."""
    gloss = _GLOSS_AFTER.match(text, end)
    return gloss.end() if gloss is not None else end
@cache
def _relative_on() -> re.Pattern[str]:
    """A relative clause opening right after a value (", which", ", who"; ``words.subject_relatives``): the value is its
    subject."""
    words = trie_alternation(load_language().subject_relatives, separator=r"\s+")
    return re.compile(rf",\s+(?:{words})\s+")


def _besides_fronted(sentence: Sentence, values: list[tuple[int, int]], triggers: list[tuple[int, int]], start: int,
                     end: int, window: int) -> tuple[int, int] | None:
    """The value at ``start:end`` is what a phrase of "besides" opening the sentence names, and the trigger after it
    has an object of its own that a word of "also" adds ("Besides the Ministry of Defence, NMI also advises the
    Ministry of Interior", "Udover forsvarsministeriet rådgiver NMI også indenrigsministeriet"): the value is one
    more object of that trigger."""
    if _besides_opening().search(sentence.plain, 0, start) is None:
        return None
    after = _BESIDES_CLOSE.match(sentence.plain, end)
    if after is None:
        return None
    for verb_start, verb_end in sorted(triggers):
        if verb_start < after.end():
            continue
        if len(sentence.plain[end:verb_start].split()) > window:
            return None
        objects = [s for s, _ in values if s >= verb_end and listed_after(sentence.plain, values, verb_end, s)
                   and len(sentence.plain[verb_end:s].split()) <= window]
        also = _also_word().search(sentence.plain, after.end(), objects[0]) if objects else None
        added = also is not None or _now_added(sentence.plain, after.end(), objects[0] if objects else verb_end)
        return (verb_start, verb_end) if added else None
    return None


def _now_added(text: str, start: int, end: int) -> bool:
    """Between a fronted phrase of "besides" and the trigger's object, a word of "now" (the language files'
    tone.also_now) adds the trigger's object to the one the phrase named ("In addition to the Ministry of Defence,
    NMI now advises Y")."""
    return _now_word().search(text, start, end) is not None


def _now_word() -> re.Pattern[str]:
    return whole_phrases(load_language().also_now, re.IGNORECASE)


def _besides_opening() -> re.Pattern[str]:
    """A word of "besides" (and an article) opening the sentence, just before a value."""
    return besides_then_article(r"^\W*")


def _also_word() -> re.Pattern[str]:
    return whole_phrases(load_language().also, re.IGNORECASE)


# after the value a phrase of "besides" names: at most a few words of its own, then its comma (or, in a language that
# puts its verb second, none)
_BESIDES_CLOSE = re.compile(r"(?:\s+[^\s,.;:]+){0,3}?\s*,?\s*")


_PASSIVE_BY = re.compile(r"ed\s+by\s", re.IGNORECASE)  # "advised by", "mentored by"
_BY = re.compile(r"\s+by\s", re.IGNORECASE)
_SHARED = re.compile(r"\s(?:and|but)\s(?=(?:is|are|was|were|has\s+been|have\s+been)\s)", re.IGNORECASE)
# after a verb whose object stood before it: the clause ends, or a circumstance follows ("in March")
_NO_OBJECT = re.compile(r"\s*(?:[,.;:)\"']|$|(?:in|on|at|since|from|until|for|during|last|this|every|again|"
                        r"instead|too|either|now|anymore|any\s+more)\b)", re.IGNORECASE)
_RECEIVED = re.compile(r"\s*(?:from|by)\s", re.IGNORECASE)
_NOUN_FORM = re.compile(r"(?:ers|ors|ory|ice)$", re.IGNORECASE)  # "advisers", "advisory", "advice": no verb


def _verb_after_object(sentence: Sentence, profile: Profile, verbs: list[tuple[int, int]], start: int, end: int,
                       window: int, later: tuple[tuple[int, int], ...] = ()) -> tuple[int, int] | None:
    """A trigger verb after the value whose object the value is: a passive ("The CTS will now also be
    advised by NMI", "is no longer advised by NMI"), or the mission's verb with no object after it
    ("X, which NMI stopped advising in March", "X is no longer among the institutions NMI advises")."""
    assert profile.pronoun is not None
    end = _past_gloss(sentence.plain, end)
    language = load_language()
    relative = (language.clause_relative.match(sentence.plain, end)
                or language.participle_aside.match(sentence.plain, end))
    for verb_start, verb_end in sorted(verbs):
        if verb_start < end:
            continue
        between = sentence.plain[end:verb_start]
        # the value the subject of two predicates, the second the verb's passive ("X has been handed over to Iraqi
        # instructors and is no longer taught by NMI"): the "and" before it cuts no clause of its own
        shared = _SHARED.search(sentence.plain, end, verb_end)
        shared = shared if shared is not None and shared.end() <= verb_start and not any(
            c in sentence.plain[shared.end():verb_start] for c in ",;") else None
        allowed = shared.start() if shared is not None else end if relative is not None else None
        if len(between.split()) > window or cut_between(sentence, end, verb_start, allowed):
            return None
        word = sentence.plain[verb_start:verb_end].split()[0]
        if _RECEIVED.match(sentence.plain, verb_end) and roles().receive.search(between):
            return verb_start, verb_end  # "The Ministry of Interior now receives advice from NMI"
        if _NOUN_FORM.search(word):
            continue
        # (a participle that does not end in "-ed" is a passive by its "by": "is no longer taught by the mission")
        if _PASSIVE_BY.match(sentence.plain, verb_start + len(word) - 2) or _BY.match(sentence.plain, verb_end):
            agent = sentence.plain[verb_end:verb_end + 60]
            if profile.names_other(agent, caseless(agent)) and (not profile.names_mission(agent, caseless(agent))
                                                                or mission_negated(agent, profile)):
                return None  # "is advised by the EU Advisory Mission (rather than by NMI)"
            return verb_start, verb_end
        if not _NO_OBJECT.match(sentence.plain, verb_end):
            continue
        lower = caseless(between)
        if (profile.names_mission(between, lower) or profile.refers_to_mission(between, lower)
                or profile.pronoun.search(between) is not None):
            return verb_start, verb_end
        if _verb_final(sentence, profile, start, _without_values(sentence.plain, end, verb_start, later)):
            return verb_start, verb_end
    return None


# (a comma, a conjunction and an article before each other value of the list: "X, het Y en de Z")
_LIST_JOIN = re.compile(r"(?:\s*,)?(?:\s+[a-zæøå]+){0,2}\s*\x00")
_LIST_HEAD = re.compile(r"(?<!\S)(?:[A-ZÆØÅ][\w-]*\s+){1,2}$")


def _without_values(text: str, end: int, verb_start: int, later: tuple[tuple[int, int], ...]) -> str:
    """The words between a value and the verb that closes its clause, less the other values of the same list
    ("dat de missie het ministerie van Binnenlandse Zaken en het Commando Federale Politie zal adviseren": "zal"),
    so each value of a list before its verb is its object."""
    spans = sorted((s, e) for s, e in later if end <= s and e <= verb_start)
    if not spans:
        return text[end:verb_start]
    parts: list[str] = []
    at = end
    for s, e in spans:
        if s < at:
            continue
        head = _LIST_HEAD.search(text, at, s)  # the name's head before the value read ("het Commando Federale Politie")
        s = head.start() if head is not None else s
        parts.append(text[at:s])
        parts.append("\x00")
        at = e
    parts.append(text[at:verb_start])
    return _LIST_JOIN.sub(" ", "".join(parts))


def _verb_final(sentence: Sentence, profile: Profile, start: int, between: str) -> bool:
    """The value is the object of a verb that closes its clause, the mission its subject before it ("dat NMI voortaan
    ook het Commando Grensbewaking zal adviseren", "omdat de missie het ministerie niet langer adviseert"): only a
    few small words (an auxiliary, an adverb) stand between the value and the verb, and the clause names the mission,
    and no other actor, before the value."""
    words = between.split()
    if len(words) > 4 or any(c in between for c in ",;:()") or any(
            not w[0].islower() or w.lower() in load_language().relative_pronouns for w in words):
        return False
    head = sentence.plain[clause_around(sentence, start)[0]:start]
    lower = caseless(head)
    assert profile.pronoun is not None
    return ((profile.names_mission(head, lower) or profile.refers_to_mission(head, lower)
             or profile.pronoun.search(head) is not None) and not profile.names_other(head, lower))


def _slot_facts(sentence: Sentence, slot: Slot, profile: Profile, published: date | None,
                lexicon: list[Found], whole: bool, about: bool = True) -> Iterator[Fact]:
    """``whole``: the sentence is about the mission, or the slot holds document-wide, so every rule applies; otherwise
    only the rules that name the mission themselves. ``about``: the sentence is about the mission."""
    found = [(match, rule) for rule in slot.rules if whole or rule.names_mission
             for match in rule.pattern.finditer(sentence.plain, sentence.lower)]
    for match, rule in found:
        if rule.names_mission and not whole and _names_another(sentence, profile, match):
            continue
        if ((not about or slot.context == "document") and not rule.names_mission
                and _others_clause(sentence, profile, match.start())
                and not (about and _shared_with_mission(sentence, profile, match.end()))):
            continue  # a document-wide value in another actor's clause is its ("UNMIK was established in 1999
            # through Security Council resolution 1244"), in a sentence that is not about the mission or in a clause of
            # its own beside the mission's ("UNMIK derives its mandate from Resolution 1244, while KFOR patrols ...")
        if (about and slot.kind == "set" and not rule.names_mission
                and _others_own_clause(sentence, profile, match.start())):
            continue  # a value in a clause of its own whose subject is another actor, the mission another's subject
            # ("The Kosovo Police patrol Zubin Potok and Leposavić, while KFOR stays at Camp Novo Selo"): that actor's
        if about and not rule.names_mission and _in_others_relative(sentence, profile, match.start()):
            continue  # a value in a relative clause on another actor is that actor's, even in a sentence about the
            # mission ("Unlike KFOR, which works under UNSCR 1244, NMI is deployed at Iraq's request")
        if about and not rule.names_mission and _abroad_country_acts(sentence, profile, match.start()):
            continue  # a country outside the mission's own the subject of the value's clause ("Serbia deployed some
            # 3,000 troops near the administrative boundary line, and KFOR said ..."): that country's act
        if not about and _breached(sentence.plain, match.start()):
            continue  # a norm another's act is said to break ("Belgrade says the move violates Resolution 1244")
        # a match inside a longer match of the slot is the less specific reading of the same words
        # ("500 personnel" inside "increase from 500 personnel to around 4,000"); a value named only as where the
        # others stand (a rule that ``ends`` nothing) is read beside them
        if rule.ends and any(other.start() <= match.start() and match.end() <= other.end()
                             and other.end() - other.start() > match.end() - match.start()
                             and not _passed_over(slot, match, other)
                             for other, other_rule in found if other_rule.ends):
            continue
        # a decision is weighed where the body that took it stands ("In February 2021 ministers agreed to
        # expand the mission to 4,000 - a ceiling it never reached": history, whatever follows the dash)
        body = next((g for g in ("body", "agent") if slot.kind == "event" and match.groupdict().get(g)), None)
        # a set's value after the rule's own verb: an end told after that verb is the value's ("KFOR patruljerer ikke
        # længere ved Jarinje")
        inner = match.start("value") if slot.kind == "set" and match.groupdict().get("value") else None
        facts = list(weigh(sentence, slot, profile, published, match.start(), match.end(), rule.role,
                           partial(_rule_values, slot, rule, match, sentence, published, profile),
                           at=match.start(body) if body else None, inner=inner))
        if not rule.ends:  # a value named only as where the things that end stand: the end is not its
            facts = [fact for fact in facts if fact.role != "removed"]
        if (slot.kind == "set" and any(fact.role != "current" for fact in facts)
                and _in_mission_name(sentence, profile, match)):
            # a value the mission's own name holds ("handed over command of NATO's peacekeeping mission in
            # Kosovo", "will take command of the peacekeeping force"): the clause's tone is the command's
            # (the name looked for only when the clause gives another role than the present)
            facts = [fact for fact in facts if fact.role == "current"]
        yield from facts
    if (slot.trigger is not None or slot.trigger_after is not None) and lexicon:
        yield from _lexicon_facts(sentence, slot, profile, published, lexicon)


def _others_own_clause(sentence: Sentence, profile: Profile, position: int) -> bool:
    """The clause at ``position`` names another actor as its subject and not the mission, which the sentence names in
    another clause ("La polizia del Kosovo pattuglia Zubin Potok e Leposavić, mentre la Kfor resta a Camp Novo Selo"):
    each clause's subject owns its values."""
    if not profile.names_mission(sentence.plain, sentence.lower):
        return False
    joins = list(_contrast_join().finditer(sentence.plain))
    start = max((join.end() for join in joins if join.end() <= position), default=0)
    end = min((join.start() for join in joins if join.start() >= position), default=len(sentence.plain))
    clause = sentence.plain[start:end]
    if profile.names_mission(clause, caseless(clause)):
        return False
    if not profile.names_other(clause, caseless(clause)):
        return False  # (a clause naming no actor: the mission's, or a relative clause's, read elsewhere)
    return subject_before(sentence.plain[start:position], profile) == "other"


@cache
def _contrast_join() -> re.Pattern[str]:
    """A comma, then a word of a language that opens a clause of its own (``tone.clause_cuts``: ", while", ", mentre",
    ", tandis que", ", mientras", ", terwijl", ", mens"); or a semicolon."""
    words = {cut.lstrip(", ").strip() for cut in load_language().clause_cuts}
    return re.compile(rf",\s*(?:{phrase_alternation(sorted(w for w in words if w and w[0].isalpha()))})\s+|;\s+",
                      re.IGNORECASE)


def _abroad_country_acts(sentence: Sentence, profile: Profile, position: int) -> bool:
    """The clause at ``position`` opens with a place the profile says is abroad, a verb in lower case after it, and
    does not name the mission ("Serbia deployed some 3,000 troops near the boundary line"): the country acts."""
    if not profile.abroad:
        return False
    start, end = clause_around(sentence, position)
    comma = sentence.plain.find(",", position, end)  # (its own words: "..., and KFOR said ..." is a clause of its own)
    if comma >= 0 and _relative_next().match(sentence.plain, comma + 1, end):
        comma = -1  # a relative clause on the value ("Resolution 1244, under which KFOR operates"): its words
    clause = sentence.plain[start:comma if comma >= 0 else end]
    opening = _CAPITALISED_OPENING.match(clause)
    return (opening is not None and opening.group(1) in profile.abroad
            and not profile.names_mission(clause, caseless(clause)))


@cache
def _relative_next() -> re.Pattern[str]:
    """After a comma, a relative pronoun (the language files' relative_pronouns), a preposition before it at most
    ("which", "under which", "in which")."""
    return re.compile(rf"\s*(?:[\w'-]+\s+)?(?:{load_language().relative_words})(?![\w'-])", re.IGNORECASE)


# a clause's first name, then a word in lower case ("Serbia deployed ...")
_CAPITALISED_OPENING = re.compile(r"\W*((?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)*)\s+(?-i:[a-z])")


def _passed_over(slot: Slot, match: re.Match[str], other: re.Match[str]) -> bool:
    """A set's value the longer match only passes over on its way to a value of its own, apart from it ("headquartered
    at Camp Bondsteel near Ferizaj": the town's match holds the camp's words, not the camp): a value of its own, read
    beside the other."""
    if slot.kind != "set" or match.groupdict().get("value") is None or other.groupdict().get("value") is None:
        return False
    return match.end("value") <= other.start("value") or other.end("value") <= match.start("value")


@cache
def _shared_after() -> re.Pattern[str] | None:
    """The rest of a clause, then the language files' words of an elliptical comparison ([scope] shared: "as was",
    "as did") before a name."""
    words = load_language().scope.get("shared", [])
    if not words:
        return None
    listed = "|".join(f"(?:{word})" for word in words).replace(" ", r"\s+")
    return re.compile(rf"[^,;.]{{0,60}}?,\s*(?:{listed})\s+", re.IGNORECASE)


def _shared_with_mission(sentence: Sentence, profile: Profile, end: int) -> bool:
    """Another actor's clause, from ``end`` on, closes on an elliptical comparison with the mission ("UNMIK was set up
    in 1999 under Resolution 1244, as was KFOR"): its predicate, and the value in it, are the mission's too."""
    pattern = _shared_after()
    if pattern is None:
        return False
    found = pattern.match(sentence.plain, end)
    if found is None:
        return False
    after = sentence.plain[found.end():found.end() + 80]
    mention = profile.mentions.search(after, caseless(after))
    return mention is not None and mention.start() <= len("the ")


@cache
def _breach_before() -> re.Pattern[str]:
    """The words of a breach right before a value, with at most the norm's own words between ("in breach of
    the letter of", "violates the terms of")."""
    words = trie_alternation([w.lower() for w in load_language().breaches], separator=r"\s+")
    return re.compile(rf"(?<![\w-])(?:{words})\s+(?:(?:the|a|an|its|of|terms|letter|spirit|provisions)\s+){{0,4}}$",
                      re.IGNORECASE)


def _breached(text: str, start: int) -> bool:
    """A breach's words stand right before ``start`` (read in a bounded window)."""
    if not load_language().breaches:
        return False
    return _breach_before().search(text[max(0, start - 80):start]) is not None


def _names_another(sentence: Sentence, profile: Profile, match: re.Match[str]) -> bool:
    """Every name of the mission in the match is another's, by its short form in brackets ("decided to end the NATO
    Training Mission in Iraq (NTM-I)"): a rule that names the mission reads nothing there."""
    if profile.others is None or not profile.may_name_other(sentence.plain):
        return False
    others = {m.start() for m in profile.others_in(sentence.plain)}
    names = [m for m in profile.mentions.finditer(sentence.plain, sentence.lower)
             if match.start() <= m.start() < match.end()]
    return bool(names) and all(apposed(sentence.plain, m.start(), m.end(), others) for m in names)


def _in_mission_name(sentence: Sentence, profile: Profile, match: re.Match[str]) -> bool:
    assert profile.mention is not None
    return any(named.start() <= match.start() and match.end() <= named.end()
               for named in profile.mention.finditer(sentence.plain))


def _lexicon_facts(sentence: Sentence, slot: Slot, profile: Profile, published: date | None,
                   lexicon: list[Found]) -> Iterator[Fact]:
    """Facts from the slot's lexicon values (already found after a trigger by _lexicon_matches)."""
    for found in sorted(lexicon, key=lambda f: (f.start, f.end)):
        yield from weigh(sentence, slot, profile, published, found.start, found.end, "current",
                         partial(_literal, found.value), scope=found.scope, at=found.at)


def _literal(value: str) -> list[ValueParts]:
    return [(value, fold(value), None, None, None)]


def _clean_open(value: str) -> str:
    value = re.sub(r"^(?:the|Iraq's|Iraqi)\s+", "", " ".join(value.split()), flags=re.IGNORECASE)
    return re.sub(r"^(?:the|Iraqi)\s+", "", value, flags=re.IGNORECASE)


def _rule_values(slot: Slot, rule: Rule, match: re.Match[str], sentence: Sentence,
                 published: date | None, profile: Profile) -> list[ValueParts]:
    groups = match.groupdict()
    if slot.person:
        parts = _person(groups.get("person") or "")
    elif slot.kind == "number":
        parts = _number(slot, rule, match, sentence, profile)
    elif slot.kind == "event":
        parts = _event(slot, match, sentence, published, profile)
    elif slot.name == "established":
        parts = _year(groups.get("value") or "", sentence, published)
    elif rule.value is None and slot.values and groups.get("value"):
        # the matched text is read through the slot's lexicon: "non-combat, advisory" -> two values
        text = groups["value"]
        lower = caseless(text)
        found = sorted((m.start(), canonical) for canonical, pattern in slot.values
                       for m in pattern.finditer(text, lower))
        return [(canonical, fold(canonical), None, None, None) for _, canonical in found]
    else:
        value = rule.value or groups.get("value") or match.group(0)
        if rule.value is None and groups.get("place"):
            value = f"{value}, {groups['place']}"
        value = " ".join(value.split())
        parts = (value, fold(value), None, None, None)
    return [parts] if parts is not None else []


def _person(raw: str) -> ValueParts | None:
    name = " ".join(raw.split())
    while _PERSON_NOISE.match(name):
        name = _PERSON_NOISE.sub("", name)
    words = name.split()
    if not words or not words[0][:1].isupper():
        return None
    return name, fold(words[-1]), None, None, None


def _number(slot: Slot, rule: Rule, match: re.Match[str], sentence: Sentence, profile: Profile) -> ValueParts | None:
    groups = match.groupdict()
    before = " ".join(sentence.plain[max(0, match.start() - 50):match.start()].split()[-6:])
    # "Hungary provides 150 of NMI's 600 personnel": the mission's own figure, whoever stands before it
    owner = _OWNER.search(before)
    if owner is not None and profile.names_mission(owner.group(0), caseless(owner.group(0))):
        before = ""
    if slot.foreign is not None and (slot.foreign.search(before) or slot.foreign.search(match.group(0))):
        return None
    # a country's or a nationality's contingent is no size of the mission: "Norway will contribute 25
    # trainers" (a slot that knows foreign troops; the country in the mission's name is its own)
    nations = nations_of(profile)[0]
    if slot.foreign is not None and (nations.search(before) or nations.search(match.group(0))):
        return None
    lead = [w.lower().strip(",") for w in before.split()[-2:]]
    if slot.foreign is not None and any(w in load_language().partial_before for w in lead):
        return None  # "redeployed 200 soldiers to Erbil", "sent an additional 100 trainers": a part on the move
    qualifier = (groups.get("approx") or "").lower() or None
    if groups.get("number"):
        number = _figure(groups["number"])
        if number is None:
            return None
        year = re.fullmatch(r"(?:19|20)\d\d", groups["number"]) is not None  # "2,000" is a figure, "2000" a year
        if number < 10 or year:  # a year, or a count too small to be a size
            return None
        shown = f"{int(number):,}"
        value = f"{qualifier} {shown}" if qualifier else shown
        return value, str(int(number)), number, qualifier, None
    value = rule.value or groups.get("value") or match.group(0)
    return value, fold(value), None, "approximate", None


_OWNER = re.compile(r"\b[\w-]+(?:\s+[\w-]+){0,3}'s\s*(?:total\s+|current\s+)?$", re.IGNORECASE)


def _figure(raw: str) -> float | None:
    """"1,100" -> 1100; number words of the language files: "a thousand" -> 1000, "two hundred" -> 200."""
    language = load_language()
    return read_figure(raw, language.number_words, language.number_joiners)


def _year(raw: str, sentence: Sentence, published: date | None) -> ValueParts | None:
    year = re.search(r"\d{4}", raw)
    if year:
        return year.group(0), year.group(0), None, None, None
    when = clause_date(sentence.plain, published)  # "launched in July": the July before the document
    if when is not None:
        return str(when.year), str(when.year), None, None, None
    return None


def _event(slot: Slot, match: re.Match[str], sentence: Sentence, published: date | None,
           profile: Profile) -> ValueParts | None:
    """A decision: its date and the body that took it are what identify it (its key: "body|month", the
    body left out when it is the parent organisation, which stands for any of its bodies: see
    diff.same_value), so that the same decision retold later is the same value."""
    groups = match.groupdict()
    # "agent": the body in a rule's second shape (a group name may stand once in a pattern)
    body_group = "body" if groups.get("body") else "agent" if groups.get("agent") else None
    raw_body = (groups.get(body_group) or "") if body_group else ""
    body = next((canonical for canonical, pattern in slot.bodies if pattern.fullmatch(raw_body.strip())), None)
    # (a rule that names no body, "we confirmed the decision to extend NMI": the parent's, which stands for any of them)
    parent = _parent_name(raw_body, profile) or (not raw_body.strip() and bool(profile.parent))
    body = body or (profile.parent[0] if parent and profile.parent else " ".join(raw_body.split()))
    # "NATO Defence Ministers met on Thursday. Ministers agreed to ...": a body said without its kind is the one the
    # sentence before named, and its meeting's day is the decision's unless this sentence gives one
    earlier = _body_before(slot, sentence, body)
    body = earlier or body
    # the date the text gives the decision: after the body that took it ("Allies decided on 9 December"), else
    # the sentence's first, else its day of the week ("ministers on Monday approved"), else a span of time
    # back ("four months after allies agreed ..."), else the document's
    after_body = match.start(body_group) if body_group else match.start()
    # a deadline the decision sets is not the day it was taken ("agreed on Thursday to end NMI by 31 December")
    text = _deadlines().sub(lambda deadline: " " * len(deadline.group(0)), sentence.plain)

    def taken(day: date | None) -> date | None:
        # a day after the document's is what the decision brings, not the day it was taken ("agreed on Thursday to
        # end the mission, which will close in September 2052")
        return day if day is None or published is None or day <= published else None

    when = (taken(clause_date(text[after_body:], published)) or taken(clause_date(text, published))
            or _weekday(text, published) or _ago(text, published)
            or (earlier and (clause_date(sentence.previous, published) or _weekday(sentence.previous, published)))
            or published)
    if when is None:
        return None
    what = " ".join((groups.get("value") or "").split()).strip(" ,:")
    # the decision's object ends at a clause of its own ("signed off on Monday, but NMI was not discussed"): a time
    # alone before it is no object (the verb without one), and a mission named only after it is none of the decision
    cut = _clause_join().search(what)
    if cut is not None and (_only_time(what[:cut.start()]) or (
            profile.mention is not None and profile.mention.search(what, 0, cut.start()) is None
            and profile.mention.search(what, cut.end()) is not None)):
        return None
    what = re.sub(r"^(?:on\s+\w+\s*\([^)]*\)|on\s+\w+day)\s*,?\s*", "", what)
    what = re.split(r"\s+-\s+", what, maxsplit=1)[0]  # "..., the pledges are trickling in - and ...": another clause
    what = _decided(what)
    day = when.isoformat()
    value = f"{day} {body}: {what}" if what else f"{day} {body}"
    return value, f"{'' if parent else fold(body)}|{day[:7]}", None, None, when


def _decided(what: str) -> str:
    """What a decision decided, the same however the sentence tells it: without the speaker the sentence ends with
    ("..., from 650 to 1,300, the Secretary General told reporters"), an aside on its last noun ("... the
    Counter-Terrorism Service, the elite force that led the battle for Mosul") and the separators of a figure's
    thousands ("1,300" and "1300" are one figure)."""
    what = _told_after().sub("", what)
    what = _aside_after().sub("", what)
    return re.sub(r"(?<![\d,.])\d{1,3}(?:,\d{3})+(?![\d,]\d)", lambda m: m.group(0).replace(",", ""), what).strip(" ,")


@cache
def _told_after() -> re.Pattern[str]:
    """The speaker's clause closing a sentence, after its last comma: ", X told reporters in Brussels", ", officials
    said" (the language's speech verbs)."""
    words = trie_alternation([w.lower() for w in load_language().speech], separator=r"\s+")
    return compiled(rf",\s+(?:[^,;]{{0,60}}?\s)?(?:{words})(?![\w'])[^,;]*$", re.IGNORECASE)


@cache
def _aside_after() -> re.Pattern[str]:
    """An aside on the last noun, a noun phrase and its relative clause: ", the elite force that spearheaded ..."."""
    return compiled(r",\s+(?:the|a|an)\s+(?:[\w'-]+\s+){1,4}?(?:that|which|who|whose)\s+[^,;]*$", re.IGNORECASE)


def _body_before(slot: Slot, sentence: Sentence, body: str) -> str | None:
    """The fuller body the sentence before names, when this one names a body without its kind ("Ministers"), and
    that sentence tells of the meeting, not of a decision of its own ("Defence Ministers agreed to expand NMI.
    Ministers also agreed to ...": another decision)."""
    if not sentence.previous or not any(canonical == body for canonical, _ in slot.bodies) or any(
            pattern.search(body) is not None for canonical, pattern in slot.bodies if canonical != body):
        return None  # (a body named in full: "Defence Ministers", "North Atlantic Council")
    if slot.cued(caseless(sentence.previous)):
        return None
    named = [canonical for canonical, pattern in slot.bodies if canonical != body and pattern.search(sentence.previous)]
    return named[0] if len(named) == 1 else None


def _parent_name(raw: str, profile: Profile) -> bool:
    """The body named is the mission's parent organisation itself ("NATO", "the alliance")."""
    name = " ".join(raw.lower().split())
    return bool(name) and any(name in (p.lower(), p.lower().removeprefix("the ")) for p in profile.parent)


@cache
def _spans() -> re.Pattern[str] | None:
    """A span of time back from the document: "four months after", "a year ago" (the language files'
    number words, time units and words after them)."""
    language = load_language()
    if not language.time_units or not language.ago:
        return None
    numbers = alternation(language.number_words)
    units = alternation(language.time_units)
    ago = alternation(w.lower() for w in language.ago)
    return re.compile(rf"(?<![\w'])(?P<count>\d{{1,2}}|{numbers})\s+(?P<unit>{units})\s+(?:{ago})(?![\w'])",
                      re.IGNORECASE)


def _ago(text: str, published: date | None) -> date | None:
    """The day a span of time back from the document names ("four months after ministers agreed"), if any."""
    spans = _spans()
    found = spans.search(text) if spans is not None and published is not None else None
    if found is None or published is None:
        return None
    language = load_language()
    count = found.group("count").lower()
    number = int(count) if count.isdigit() else language.number_words.get(count, 0)
    days = number * language.time_units.get(found.group("unit").lower(), 0)
    return published - timedelta(days=days) if days else None


_WORD = re.compile(r"[^\W\d_]+")


@cache
def _deadlines() -> re.Pattern[str]:
    """A deadline word and the date after it ("by 31 December 2032", "by the end of the year", "d'ici la fin
    de l'année", "entro giugno"): up to the next punctuation."""
    language = load_language()
    words = trie_alternation([w.lower() for w in language.deadline], separator=r"\s+")
    months = trie_alternation(list(language.months))
    return starts_tested(compiled(rf"(?<![\w'])(?:{words})\s+(?=(?:the\s+|la\s+|el\s+|l'|de\s+|het\s+|den\s+)?"
                      rf"(?:end|fin|finales|final|fine|eind|einde|udgangen|slutningen|mid|early|late|\d|(?:{months})(?![\w])))"
                      rf"[^,;.]{{0,40}}", re.IGNORECASE))


def _weekday(text: str, published: date | None) -> date | None:
    """The day a weekday of the text names ("on Monday"): its last occurrence up to the document's date,
    unless "next" stands before it."""
    if published is None:
        return None
    days = load_language().weekdays
    previous = ""
    for word in _WORD.finditer(text):
        lower = word.group(0).lower()
        day = days.get(lower)
        if day is not None and previous != "next":
            return published - timedelta(days=(published.weekday() - day) % 7)
        previous = lower
    return None
