"""Document + mission profile -> mandate facts, each with the exact sentence that states it.

Pure functions; all mission knowledge comes from the profile. The steps:

1. split the main text into paragraphs, sentences and clauses (clauses end at ";", "but",
   "while", a spaced dash, or "and" before a new verb; a relative clause or a participle between
   commas is a clause of its own, and the main clause goes on after it);
2. keep the sentences about the mission: it is named there, or a reference ("the mission",
   "NATO's training mission") or a pronoun ("it", "its") points back to it within the paragraph
   (references may also reach into the paragraph before); a sentence that names another actor
   (the US-led coalition, the EU mission) and not the mission is about that actor;
3. apply each slot's rules and lexicon to those sentences: a value after its trigger, or before
   it when the trigger is a passive or has its object before it ("X, which NMI stopped advising");
   whose verb the trigger is, who spoke and where a list ends is read by ``actors.py``;
4. weigh the clause a value stands in: a modal clause ("might", "is considering", "ready to")
   gives nothing (or a ``future`` fact where the rule says so); an ending in the words that govern
   a set's value ("no longer advises", "handed over", "no longer embedded in A, B and C") gives a
   ``removed`` fact, unless negated ("has not ended its work with X"); a negated value gives
   nothing; a clause that tells history ("previously", "had been", "former") gives a
   ``historical`` fact; a date in the clause ("in November 2019") becomes the fact's ``as_of``.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache, cached_property, partial

from ..language import load_language
from ..models import Document, Fact
from ..profile import Profile, Rule, Slot
from ..textutil import caseless, contains_any, fold, starts_tested, trie_alternation
from .actors import listed_after, mission_negated, roles, speaker, subject_before, to_other, unnegated_actors
from .frames import FUTURE_GRACE, HISTORY, shift_date  # HISTORY: a clause dated this long before tells history
from .mentions import date_pattern, read_date, yearless

_PLAIN = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
                        "\u2011": "-", "\u00a0": " ", "\u202f": " ", "\u00ab": '"', "\u00bb": '"'})

# words before a full stop that do not end a sentence
_ABBREVIATIONS = frozenset("""maj gen lt col brig adm mr ms mrs dr st no mgen lgen bgen capt cpl sgt rev prof
    jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n inc ltd co corp vs etc approx dept govt est""".split())
_BOUNDARY = re.compile(r"""[.!?]+["')\]]*\s+(?=["'(\[]*[A-Z0-9\u00c0-\u00de])""")
# (behind the start test, see textutil: tried only at a ";", a "," or a space)
_CLAUSE = starts_tested(re.compile(
    r";|\s-\s|,\s+(?:who|whose|which)\s+|,?\s+but\s+(?!also\b)|,?\s+while\s+|,?\s+although\s+|,?\s+whereas\s+"
    # "now has 650 personnel, down from 4,000 in 2021": the comparison has its own date
    r"|,\s+(?:down|up)\s+from\s+|,\s+compared\s+(?:with|to)\s+"
    r"|,?\s+however,?\s+"
    r"|,?\s+and\s+(?=(?:(?:now|still|also|currently|today)\s+)?(?:is|are|was|were|will|has|have|had)\b)"
    # "... in 2021 and now also advises the Federal Police": a predicate of its own
    r"|,?\s+and\s+(?=(?:now|still|also|currently|today)\s+(?:(?:now|still|also)\s+)?[a-z]+s\s+"
    r"(?:the|its|a|an|to|with|in|on)\b)", re.IGNORECASE))
_RELATIVE = re.compile(r",\s+(?:who|whose|which)\s+", re.IGNORECASE)
# a participle between commas is a clause of its own too: "The expansion, approved by ministers in February, will ..."
_PARTICIPLE = re.compile(r",\s+(?=(?:(?:once|formerly|previously|long)\s+)?(?:[a-z]+ed|set\s+up|built|begun)\s+"
                         r"(?:by|in|on|at|from|since|under|with)\b)")
# after a relative clause between commas the main clause goes on, its predicate first: "NMI, which
# paused its activities in 2020, now has about 700 personnel"
# ("suspended its courses", "advises the Ministry": a verb and its object or place; not "armoured vehicle
# maintenance" in a list)
_RESUME = re.compile(r",\s+(?=(?:now|still|also|currently|today|already|meanwhile|recently|is|are|was|were|will|"
                     r"has|have|had|would|can|continues|remains|began|begun|took|became|made|gave|left|sent|"
                     r"kept|held|won|set\s+up|brought)\b|[a-z]+(?:ed|s)\s+(?:its|their|the|a|an|to|in|on|at|"
                     r"from|over|out|up|\d)\b)")
# the month, not the modal verb: capitalised mid-sentence (behind the start test, see textutil)
_MONTH_MAY = starts_tested(re.compile(r"(?<=\w[\s,(])May\b"))
_PERSON_NOISE = re.compile(r"^(?:the|a|an|new|former|general|gen|mgen|lgen)\s+", re.IGNORECASE)


def plain(text: str) -> str:
    """Quotes and dashes made plain, one character for one, so offsets stay the same."""
    # every paragraph of a page passes here: most are plain ASCII already, which is known at once
    return text if text.isascii() else text.translate(_PLAIN)


@dataclass(frozen=True)
class Sentence:
    text: str  # the exact text, for the quote
    plain: str  # the same with plain quotes and dashes, for matching
    paragraph: int
    lower: str = ""  # caseless(plain), for the cheap substring tests before any pattern runs
    # the tone of each clause, worked out once: several rules often match in the same clause
    tones: dict[tuple[int, int], _Tone] = field(default_factory=dict, compare=False, repr=False)
    # whether each clause is another actor's, worked out once: every trigger in it asks
    others: dict[tuple[int, int], bool] = field(default_factory=dict, compare=False, repr=False)

    @cached_property
    def cuts(self) -> tuple[tuple[int, int], ...]:
        """The spans of the clause separators, in order; a relative clause between commas ends at
        the comma after which the main clause's predicate goes on."""
        return tuple(sorted([*self._openers, *((at, at + 1) for at in self.resumed)]))

    @cached_property
    def _openers(self) -> tuple[tuple[int, int], ...]:
        return tuple(sorted([*(match.span() for match in _CLAUSE.finditer(self.plain)),
                             *(match.span() for match in _PARTICIPLE.finditer(self.plain))]))

    @cached_property
    def resumed(self) -> dict[int, int]:
        """Where the main clause goes on after a relative or participle clause between commas (the
        closing comma), and where that clause opened: "NMI, which works with EUAM, advises X"."""
        spans, found = self._openers, {}
        for index, (start, end) in enumerate(spans):
            participle = _PARTICIPLE.match(self.plain, start)
            if _RELATIVE.fullmatch(self.plain, start, end) or (participle is not None and participle.end() == end):
                limit = spans[index + 1][0] if index + 1 < len(spans) else len(self.plain)
                resume = _RESUME.search(self.plain, end, limit)
                if resume is not None:
                    found[resume.start()] = start
        return found


@dataclass(frozen=True)
class _Tone:
    """What one clause says about the facts in it, whatever slot they fill."""

    modal: bool  # "might", "is considering": nothing is stated as current
    historical: bool  # "previously", "had been"
    when: date | None  # an explicit date in the clause
    future: bool = False  # a date after the document, or a schedule ("will start advising X next year")


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of one paragraph; a full stop after an abbreviation or an initial does not end one."""
    sentences, start = [], 0
    for match in _BOUNDARY.finditer(plain(paragraph)):  # curly quotes too: 'said. "That is why...'
        before = paragraph[start:match.start() + 1].rstrip(".!?\"')]").split()
        last = re.split(r"[.\-]", before[-1].lower())[-1] if before else ""
        if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
            continue
        sentences.append(paragraph[start:match.end()].strip())
        start = match.end()
    tail = paragraph[start:].strip()
    if tail:
        sentences.append(tail)
    return [s for s in sentences if s]


def classify_sentences(document: Document, profile: Profile,
                       needed: Callable[[str], bool] | None = None) -> Iterator[tuple[Sentence, bool, bool]]:
    """Every sentence of a document that names the mission, with whether it is about the mission.

    Named: the mission's name, an alias or a mention pattern stands in it. Referenced: "the
    mission" (or another reference) while the mission is in focus: from the start of a document
    that names it anywhere, until a sentence names another actor and not the mission (unless it
    opens with the mission as subject: "It now also advises X, while EUAM ..."), and again after the
    next naming. A pronoun or demonstrative ("it", "its", "this") counts when the mission
    was named in the same paragraph or the sentence before was about it.

    ``needed(paragraph_lower)`` lets the caller skip paragraphs that cannot be about the mission
    (no cue word, no other actor, no sentence about it just before) and that it has no use for.
    """
    assert profile.mention is not None and profile.reference is not None
    assert profile.pronoun is not None and profile.others is not None
    title = plain(document.title or "")
    named_anywhere = profile.names_mission(title, title.lower()) or any(
        profile.names_mission(flat, flat.lower()) for flat in map(plain, document.paragraphs))
    if not named_anywhere:
        return
    in_focus, previous_about = True, False
    relatives = load_language().post_relatives
    for index, paragraph in enumerate(document.paragraphs):
        named_here = False  # the sentence before may be the last of the previous paragraph
        if needed is not None and not previous_about:
            lower = plain(paragraph).lower()
            if not profile.cued_or_other(lower) and not needed(lower):
                continue
        for text in split_sentences(paragraph):
            flat = plain(text)
            lower = caseless(flat)
            if profile.names_mission(flat, lower):
                named_here = in_focus = previous_about = True
                yield Sentence(text, flat, index, lower), True, True
                continue
            if profile.names_other(flat, lower) and not (
                    in_focus and (named_here or previous_about) and _mission_leads(flat, profile)):
                in_focus = previous_about = False
                yield Sentence(text, flat, index, lower), False, False
                continue
            about = in_focus and (profile.refers_to_mission(flat, lower)
                                  or ((named_here or previous_about) and profile.pronoun.search(flat) is not None)
                                  # "His predecessor, X, ...": the person in the post just named
                                  or (previous_about and contains_any(lower, relatives)))
            focus = in_focus and (named_here or previous_about or about)
            previous_about = about
            yield Sentence(text, flat, index, lower), about, focus


# a sentence that opens with the mission as its subject ("It now also advises X, while EUAM ...")
_LEADING_PRONOUN = re.compile(r"^\W*(?:It|Its|They|Their|The\s+mission(?:'s)?)\b(?![\w'])")


def _mission_leads(flat: str, profile: Profile) -> bool:
    """The sentence's first clause is the mission's, another actor standing only in a later clause:
    "It now also advises the Ministry of Oil, while EUAM keeps the Ministry of Interior"."""
    assert profile.others is not None
    first_other = profile.others.search(flat)
    cut = _CLAUSE.search(flat)
    return (_LEADING_PRONOUN.match(flat) is not None and first_other is not None and cut is not None
            and cut.end() <= first_other.start())


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
    pool = slots.all if about else slots.naming if profile.cued(sentence.lower) else slots.document_wide
    cued = [slot for slot in pool if slot.cued(sentence.lower)]
    if not cued:
        return
    lexicon = _lexicon_matches(sentence, [s for s in cued if about or s.context == "document"], profile)
    found = {slot.name: list(_slot_facts(sentence, slot, profile, published, lexicon.get(slot.name, []),
                                         about or slot.context == "document")) for slot in cued}
    for slot in cued:
        if any(found.get(other) for other in slot.not_with):
            continue  # the other slot's fact takes these words as its circumstance
        for fact in found[slot.name]:
            yield slot, fact


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


def _lexicon_matches(sentence: Sentence, slots: list[Slot], profile: Profile) -> dict[str, list[Found]]:
    """Lexicon values of every slot that stand after one of its triggers (or before a trigger whose
    object they are: "X will now also be advised by NMI"). Where values of two slots of the same
    category cover the same words, one reading wins: the longer value ("Federal Police Command", an
    institution, over "federal police", a training area), and between equally long ones, the one
    whose trigger stands nearer ("training and education of ... federal police")."""
    found: dict[str, list[tuple[Found, int]]] = {}
    places = {place.lower() for place in profile.places}
    for slot in slots:
        if slot.trigger is None:
            continue
        triggers = [m.span() for m in slot.trigger.finditer(sentence.plain, sentence.lower)
                    if not _others_clause(sentence, profile, m.start()) and not _in_other_name(sentence, profile, m)]
        lists = [m for m in slot.open_after.finditer(sentence.plain, sentence.lower)
                 if not _others_clause(sentence, profile, m.start())] if slot.open_after else []
        if not triggers and not lists and slot.trigger_after is None:
            continue
        matches: list[tuple[Found, int]] = []
        candidates = [(m.start(), m.end(), canonical) for canonical, pattern in slot.values
                      for m in pattern.finditer(sentence.plain, sentence.lower)]
        for pattern in slot.open:
            for m in pattern.finditer(sentence.plain, sentence.lower):
                value = _clean_open(m.group(0))
                overlaps = any(s < m.end() and m.start() < e for s, e, _ in candidates)
                if value.lower() not in slot.reject and not overlaps:
                    candidates.append((m.start(), m.end(), value))
        verbs = list(triggers)  # a verb after its object: only the slot's own triggers, not list openers
        for trigger in lists:
            for start, end, value in _noun_list(sentence.plain, trigger.end()):
                overlaps = any(s < end and start < e for s, e, _ in candidates)
                # a place in the list is where, not what ("extended its activities to include Mosul")
                if value.lower() not in slot.reject and not overlaps and value.lower() not in places:
                    candidates.append((start, end, value))
            triggers.append(trigger.span())
        after = [m.span() for m in slot.trigger_after.finditer(sentence.plain, sentence.lower)
                 if not _others_clause(sentence, profile, m.start())] if slot.trigger_after else []
        for start, end, value in candidates:
            if speaker(sentence.plain, start, end):
                continue  # ", the interior ministry said": who spoke, not what
            before = _trigger_before(sentence, triggers, start, slot.window)
            if before is not None and not listed_after(sentence.plain, [(s, e) for s, e, _ in candidates],
                                                         before[1], start):
                before = None  # "helped the Ministry of Defence draft a plan agreed with X": X is no object of it
            if before is not None:
                # from three words before the trigger, not across a comma ("Without a mandate change, NMI
                # advises X" is not negated)
                lo = max(_clause_around(sentence, start)[0], _words_back(sentence.plain, before[0], 3),
                         sentence.plain.rfind(",", 0, before[0]) + 1)
                matches.append((Found(start, end, value, (lo, start), max(start, end - 1)), start - before[1]))
                continue
            behind = _trigger_after(sentence, after, end, slot.window)  # "Australia also contributes personnel"
            if behind is not None:
                matches.append((Found(start, end, value, (end, behind[1]), max(start, end - 1)), behind[0] - end))
                continue
            verb = _verb_after_object(sentence, profile, verbs, start, end, slot.window)
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


def _others_clause(sentence: Sentence, profile: Profile, position: int) -> bool:
    """The clause at ``position`` names another actor and not the mission ("EUAM advises the
    Ministry of Interior, while NMI advises ..."), or names the mission only to say it is not the
    one acting ("EUAM Iraq, not NMI, advises ...", "rather than NMI"): its values are that actor's."""
    if not contains_any(sentence.lower, profile.others_words):
        return False  # most sentences name no other actor at all
    start, end = _clause_around(sentence, position)
    known = sentence.others.get((start, end))  # (kept only where the answer holds for the whole clause)
    if known is not None:
        return known
    clause = sentence.plain[start:end]
    opened = sentence.resumed.get(start - 1)
    if opened is not None:  # "EUAM, based in Baghdad, advises X": the main clause began before the comma
        clause = sentence.plain[_clause_around(sentence, max(0, opened - 1))[0]:opened] + " " + clause
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
    return not profile.names_mission(clause, lower) or mission_negated(clause, profile)


def _in_other_name(sentence: Sentence, profile: Profile, match: re.Match[str]) -> bool:
    """The trigger is a word of another actor's name ("the EU Advisory Mission")."""
    if not contains_any(sentence.lower, profile.others_words):
        return False
    assert profile.others is not None
    return any(m.start() <= match.start() < m.end() for m in profile.others.finditer(sentence.plain))


def _relative_of_other(sentence: Sentence, profile: Profile, clause_start: int) -> bool:
    """The clause starting at ``clause_start`` is a relative clause ("..., which advises X") whose
    antecedent, the last name before it, is another actor's."""
    cut = next((c for c in sentence.cuts if c[1] == clause_start), None)
    if cut is None or not _RELATIVE.fullmatch(sentence.plain, *cut):
        return False
    before = sentence.plain[max(0, cut[0] - 80):cut[0]]
    assert profile.others is not None and profile.mention is not None
    names = [(m.end(), False) for m in profile.others.finditer(before)]
    names += [(m.end(), True) for m in profile.mention.finditer(before)]
    if not names:
        return False
    last, mission = max(names)
    return not mission and len(before[last:].split()) <= 1


def _words_back(text: str, position: int, count: int) -> int:
    """Where the ``count``-th word before ``position`` starts."""
    starts = [m.start() for m in re.finditer(r"\S+", text[max(0, position - 120):position])]
    if not starts:
        return position
    return max(0, position - 120) + starts[max(0, len(starts) - count)]


# what ends a list of noun phrases: a preposition, a verb-like word, punctuation other than a comma
_LIST_STOP = frozenset("""to for at from with by in of on into under since after before during while when which who
    that whose as is are was were be been has have had will would can could may might should their its his her our
    through across among against per via until because so than the""".split())
_LIST_ITEM = re.compile(r"[^\W\d_][\w'-]*")
_LIST_LEAD = frozenset("the a an its their".split())


def _noun_list(text: str, start: int) -> list[Match]:
    """The coordinated noun phrases right after ``start``: "civil-military planning, logistics and
    cyber defence", "English language and leadership (for Iraqi officers)". Each item is at most
    five words; the list ends at a preposition, a verb-like word or punctuation."""
    items: list[Match] = []
    words: list[re.Match[str]] = []
    position = start

    def close() -> None:
        # "the", "its", a possessor ("Iraq's") or a nationality ("Iraqi") before the phrase is no part of it
        nationalities = load_language().lower_nationalities
        organisations = load_language().organisation_words
        vague = load_language().vague
        while words and (words[0].group(0).lower() in _LIST_LEAD or words[0].group(0).endswith(("'s", "’s"))
                         or words[0].group(0).lower() in nationalities):
            words.pop(0)
        # "covering aspects such as X and Y": the words before "such as" announce the list; a phrase
        # naming an organisation ("providing Iraq's Ministry ...") is who, not what
        # "various military skills", "a range of subjects": a vague word names no area; a month is
        # when, not what ("suspended its courses in January 2020")
        if (words and len(words) <= 5 and words[-1].group(0).lower() != "such"
                and not any(w.group(0) in organisations for w in words)
                and not any(w.group(0).lower() in vague for w in words)
                and words[0].group(0).lower() not in load_language().months
                # ", a NATO spokesman said": who spoke
                and roles().spoke_after.search(text, words[0].start(), words[-1].end()) is None):
            items.append((words[0].start(), words[-1].end(), text[words[0].start():words[-1].end()]))
        words.clear()

    while len(items) < 8:
        gap = re.match(r"\s*(,\s*(?:and\s+|or\s+)?|and\s+|or\s+|as well as\s+|but\s+also\s+(?:in\s+|on\s+)?)?",
                       text[position:])
        assert gap is not None
        if gap.group(1) and words:
            close()
        match = _LIST_ITEM.match(text, position + gap.end())
        if match is None:
            break
        word = match.group(0).lower()
        if word in _LIST_STOP and not (word == "the" and not words):
            break
        words.append(match)
        position = match.end()
    close()
    return items


def _cut_between(sentence: Sentence, start: int, end: int, allowed: int | None = None) -> bool:
    """A clause separator stands between ``start`` and ``end`` (but the one starting at ``allowed``)."""
    cuts = sentence.cuts
    for index in range(bisect_left(cuts, (start, -1)), len(cuts)):
        cut_start, cut_end = cuts[index]
        if cut_end > end:
            return False
        if cut_start != allowed:
            return True
    return False


def _trigger_before(sentence: Sentence, triggers: list[tuple[int, int]], start: int,
                    window: int) -> tuple[int, int] | None:
    """The nearest trigger before ``start`` in the same clause, within ``window`` words."""
    best = None
    for trigger in triggers:
        if trigger[1] <= start and (best is None or trigger[1] > best[1]):
            between = sentence.plain[trigger[1]:start]
            if len(between.split()) <= window and not _cut_between(sentence, trigger[1], start):
                best = trigger
    return best


def _trigger_after(sentence: Sentence, triggers: list[tuple[int, int]], end: int,
                   window: int) -> tuple[int, int] | None:
    """The nearest trigger after ``end`` in the same clause, within ``window`` words."""
    best = None
    for trigger in triggers:
        if trigger[0] >= end and (best is None or trigger[0] < best[0]):
            between = sentence.plain[end:trigger[0]]
            if len(between.split()) <= window and not _cut_between(sentence, end, trigger[0]):
                best = trigger
    return best


_PASSIVE_BY = re.compile(r"ed\s+by\s", re.IGNORECASE)  # "advised by", "mentored by"
# after a verb whose object stood before it: the clause ends, or a circumstance follows ("in March")
_NO_OBJECT = re.compile(r"\s*(?:[,.;:)\"']|$|(?:in|on|at|since|from|until|for|during|last|this|every|again|"
                        r"instead|too|either|now|anymore|any\s+more)\b)", re.IGNORECASE)
_RECEIVED = re.compile(r"\s*(?:from|by)\s", re.IGNORECASE)
_NOUN_FORM = re.compile(r"(?:ers|ors|ory|ice)$", re.IGNORECASE)  # "advisers", "advisory", "advice": no verb


def _verb_after_object(sentence: Sentence, profile: Profile, verbs: list[tuple[int, int]], start: int, end: int,
                       window: int) -> tuple[int, int] | None:
    """A trigger verb after the value whose object the value is: a passive ("The CTS will now also be
    advised by NMI", "is no longer advised by NMI"), or the mission's verb with no object after it
    ("X, which NMI stopped advising in March", "X is no longer among the institutions NMI advises")."""
    assert profile.pronoun is not None
    relative = _RELATIVE.match(sentence.plain, end) or _PARTICIPLE.match(sentence.plain, end)
    for verb_start, verb_end in sorted(verbs):
        if verb_start < end:
            continue
        between = sentence.plain[end:verb_start]
        if len(between.split()) > window or _cut_between(sentence, end, verb_start,
                                                          end if relative is not None else None):
            return None
        word = sentence.plain[verb_start:verb_end].split()[0]
        if _RECEIVED.match(sentence.plain, verb_end) and roles().receive.search(between):
            return verb_start, verb_end  # "The Ministry of Interior now receives advice from NMI"
        if _NOUN_FORM.search(word):
            continue
        if _PASSIVE_BY.match(sentence.plain, verb_start + len(word) - 2):
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
    return None


def _slot_facts(sentence: Sentence, slot: Slot, profile: Profile, published: date | None,
                lexicon: list[Found], whole: bool) -> Iterator[Fact]:
    """``whole``: the sentence is about the mission, so every rule applies; otherwise only the
    rules that name the mission themselves."""
    found = [(match, rule) for rule in slot.rules if whole or rule.names_mission
             for match in rule.pattern.finditer(sentence.plain, sentence.lower)]
    for match, rule in found:
        # a match inside a longer match of the slot is the less specific reading of the same words
        # ("500 personnel" inside "increase from 500 personnel to around 4,000")
        if any(other.start() <= match.start() and match.end() <= other.end()
               and other.end() - other.start() > match.end() - match.start() for other, _ in found):
            continue
        yield from _weigh(sentence, slot, profile, published, match.start(), match.end(), rule.role,
                          partial(_rule_values, slot, rule, match, sentence, published, profile))
    if (slot.trigger is not None or slot.trigger_after is not None) and lexicon:
        yield from _lexicon_facts(sentence, slot, profile, published, lexicon)


def _lexicon_facts(sentence: Sentence, slot: Slot, profile: Profile, published: date | None,
                   lexicon: list[Found]) -> Iterator[Fact]:
    """Facts from the slot's lexicon values (already found after a trigger by _lexicon_matches)."""
    for found in sorted(lexicon, key=lambda f: (f.start, f.end)):
        yield from _weigh(sentence, slot, profile, published, found.start, found.end, "current",
                          partial(_literal, found.value), scope=found.scope, at=found.at)


def _literal(value: str) -> list[ValueParts]:
    return [(value, fold(value), None, None, None)]


def _clean_open(value: str) -> str:
    value = re.sub(r"^(?:the|Iraq's|Iraqi)\s+", "", " ".join(value.split()), flags=re.IGNORECASE)
    return re.sub(r"^(?:the|Iraqi)\s+", "", value, flags=re.IGNORECASE)


ValueParts = tuple[str, str, float | None, str | None, date | None]  # value, key, number, qualifier, as_of


def _weigh(sentence: Sentence, slot: Slot, profile: Profile, published: date | None, start: int, end: int,
           role: str, make_values: Callable[[], list[ValueParts]], scope: tuple[int, int] | None = None,
           at: int | None = None) -> Iterator[Fact]:
    """Tense, modality and negation of the clause that ends the match (where its verb or value
    stands, or ``at``) decide the facts' role; an ending or a negation counts in ``scope`` (the
    words that govern a lexicon value), else just before the match."""
    cues = _cues(profile)
    clause_start, clause_end = _clause_around(sentence, max(start, end - 1) if at is None else at)
    tone = _tone(sentence, profile, published, clause_start, clause_end)
    if scope is not None:
        lead = verb_lead = _unnegated(sentence.plain[scope[0]:scope[1]], profile)
    else:
        lead = " ".join(sentence.plain[max(clause_start, start - 60):start].split()[-5:])  # the words just before
        # the verb of the clause before the value: "no longer mentors officials at the Ministry of Interior"
        verb_lead = " ".join(sentence.plain[max(clause_start, start - 100):start].split()[-9:])
    if role == "continuing":
        # "will remain in place and resume operations as soon as possible": the wish after it
        # does not make the going-on a wish
        if cues.modal.search(_MONTH_MAY.sub("", sentence.plain[clause_start:end])) or cues.negation.search(lead):
            return
    elif role in ("current", "removed"):
        if tone.modal:
            return
        ending = cues.ending.search(verb_lead) if slot.kind == "set" else None
        if ending is None and slot.kind == "set" and scope is not None:
            # "handed its work with X over to EUAM", "transferred responsibility for X to EUAM"
            ending = cues.handover.search(verb_lead) if to_other(sentence.plain, end, clause_end, profile) else None
        if ending is None and slot.kind == "set" and scope is not None:
            # "NMI's support to X ended in June", "its work with X has been terminated"
            after = _ENDED_AFTER.match(sentence.plain, end, clause_end)
            ending = cues.ending.match(sentence.plain[after.end():clause_end]) if after is not None else None
        # "has not ended its work with X", "never stopped advising X": no end, and it goes on
        goes_on = ending is not None and (cues.negation.search(" ".join(verb_lead[:ending.start()].split()[-2:]))
                                          or cues.negation.match(" ".join(verb_lead[ending.end():].split()[:1])))
        if ending is not None and not goes_on:
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
        yield Fact(slot=slot.name, value=value, key=key, quote=sentence.text.strip(), role=role, as_of=when,
                   number=number, qualifier=qualifier)


# between a value and the ending after it: "X has been terminated", "X was formally ended"
_ENDED_AFTER = re.compile(r"\s+(?:(?:has|have|had|was|were|is|are|been|now|also|formally|officially|effectively|"
                          r"abruptly|quietly)\s+)*", re.IGNORECASE)


def _unnegated(text: str, profile: Profile) -> str:
    """The words without the negations that negate no verb: "not only", and one before an actor's
    name ("NMI, and not EUAM, mentors X": the mentoring is not negated)."""
    return unnegated_actors(_cues(profile).not_negating.sub(" ", text), profile)


def _clause_around(sentence: Sentence, position: int) -> tuple[int, int]:
    clause_start, clause_end = 0, len(sentence.plain)
    for cut_start, cut_end in sentence.cuts:
        if cut_end <= position:
            clause_start = cut_end
        elif cut_start > position:
            clause_end = cut_start
            break
    return clause_start, clause_end


@dataclass(frozen=True)
class _Cues:
    """The tone words of the language files and of the profile's [language] table, together."""

    modal: re.Pattern[str]
    historical: re.Pattern[str]
    negation: re.Pattern[str]
    ending: re.Pattern[str]
    future: re.Pattern[str]  # "will": a later month without a year is next year's
    not_future: re.Pattern[str]  # "will continue": the present going on
    scheduled: re.Pattern[str]  # "is set to", "next year": a scope or size still to come
    not_negating: re.Pattern[str]  # "not only": no negation
    present: re.Pattern[str]  # "this week", "now": the present said outright
    handover: re.Pattern[str]  # "handed", "transferred": an end when the value goes to another actor


@cache  # by profile
def _cues(profile: Profile) -> _Cues:
    language = load_language()

    def union(own: re.Pattern[str] | None, words: tuple[str, ...]) -> re.Pattern[str]:
        listed = trie_alternation([" ".join(w.lower().split()) for w in words], separator=r"\s+")
        parts = [p for p in (own.pattern if own is not None else "", rf"(?<![\w']){listed}(?![\w'])") if p]
        # a contraction's ending stands inside a word: "doesn't", "hasn't"
        parts += [rf"{re.escape(w.lower())}(?![\w'])" for w in words if w.startswith(("n'", "'"))]
        return re.compile("|".join(parts), re.IGNORECASE)

    return _Cues(union(profile.modal, language.modal), union(profile.historical, language.historical),
                 union(profile.negation, language.negation), union(profile.ending, language.ending),
                 union(None, language.future), union(None, language.not_future), union(None, language.scheduled),
                 union(None, language.not_negating), union(None, language.present), union(None, language.handover))


# a year alone ("at its peak in 2022", "when it was launched in 2018"): history when before the document's year
_YEAR = starts_tested(re.compile(
    r"\b(?:in|since|during|by|until|from|of)\s+((?:19|20)\d\d)\b(?!\s*(?:personnel|troops|staff|%))", re.IGNORECASE))
# "As agreed by allied defence ministers in February, ...": the fronted clause's date is its own too
_FRONTED = re.compile(r"^\s*(?:[A-Z][a-z]+ed|Set up|Built|Founded|Begun|Launched|As\s+(?:(?:previously|already|"
                      r"first)\s+)?[a-z]+(?:ed|en))\b[^,;]{0,100},\s+")
_FOUNDING_DATE = starts_tested(re.compile(
    r"\b(?:(?:established|set\s+up|launched|created|founded|formed|inaugurated|deployed)\s+"
    r"(?:in|on|during|at)|since)\s+(?:the\s+)?(?:[\w,]+\s+){0,6}?\d{4}\b"
    # "began advising the Ministry of Interior in 2024": the start of what goes on
    r"|\b(?:began|begun|started|starts|begins)\b[^.;]{0,80}?\b(?:in|on|during|since)\s+"
    r"(?:[\w,]+\s+){0,3}?\d{4}\b"
    # "has been advised by NMI since January": a state going on since then
    r"|\bsince\s+(?:early\s+|late\s+|mid-)?(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b", re.IGNORECASE))
_ONCE = re.compile(r",\s*once\s+[a-z]+ed\b", re.IGNORECASE)  # "X, once advised by NMI, ...": history
_FRONTED_PHRASE = re.compile(r"^\s*[A-Z][^,;]{3,100},\s+")


def _tone(sentence: Sentence, profile: Profile, published: date | None, start: int, end: int) -> _Tone:
    tone = sentence.tones.get((start, end))
    if tone is None:
        cues = _cues(profile)
        clause = sentence.plain[start:end]
        # "Established in 2018, NMI advises ...": the fronted participle's date is its own
        dated = _FRONTED.sub("", clause, count=1) if start == 0 else clause
        # "Following a decision in March, NMI started advising X this week": a fronted phrase's date
        # is not that of a clause that says it speaks of the present
        fronted = _FRONTED_PHRASE.match(dated) if start == 0 else None
        if fronted is not None and cues.present.search(dated, fronted.end()):
            dated = dated[fronted.end():]
        # "was established in June 1999 under Resolution 1244": the founding's date, not the clause's;
        # "has been in Kosovo since June 1999": a state going on since then
        dated = _FOUNDING_DATE.sub(" ", dated)
        present = cues.not_future.sub(" ", clause)
        # "from January, NMI will also advise ...": next January
        when = _clause_date(dated, published, ahead=cues.future.search(present) is not None)
        later = published is not None and when is not None and when > shift_date(published, FUTURE_GRACE)
        old = published is not None and when is not None and published - when > HISTORY
        year = _YEAR.search(dated)
        old = old or (published is not None and year is not None and int(year.group(1)) < published.year)
        tone = sentence.tones[(start, end)] = _Tone(
            modal=cues.modal.search(_MONTH_MAY.sub("", clause)) is not None,
            historical=not later and (old or cues.historical.search(clause) is not None
                                      or _ONCE.search(sentence.plain, max(0, start - 2), end) is not None),
            when=when,
            future=later or cues.scheduled.search(present) is not None)
    return tone


def _rule_values(slot: Slot, rule: Rule, match: re.Match[str], sentence: Sentence,
                 published: date | None, profile: Profile) -> list[ValueParts]:
    groups = match.groupdict()
    if slot.person:
        parts = _person(groups.get("person") or "")
    elif slot.kind == "number":
        parts = _number(slot, rule, match, sentence, profile)
    elif slot.kind == "event":
        parts = _event(slot, match, sentence, published)
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
    if slot.foreign is not None and (_nations(profile).search(before) or _nations(profile).search(match.group(0))):
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


@cache  # by profile
def _nations(profile: Profile) -> re.Pattern[str]:
    """The countries and nationalities of the language files, but those in the mission's names."""
    language = load_language()
    own = {w.lower() for n in (profile.name, *profile.aliases) for w in re.findall(r"[\w-]+", n)}
    words = [w for w in (*language.countries, *language.nationalities) if w.lower() not in own]
    return re.compile(r"(?<![\w-])" + trie_alternation(words) + r"(?![\w-])")


def _figure(raw: str) -> float | None:
    """"1,100" -> 1100; number words of the language files: "a thousand" -> 1000, "two hundred" -> 200."""
    if not re.search(r"[^\W\d_]", raw):
        return float(re.sub(r"[,.\s]", "", raw))
    words = load_language().number_words
    total = 1.0
    for word in raw.lower().split():
        if word not in words:
            return None
        total *= words[word]
    return total


def _year(raw: str, sentence: Sentence, published: date | None) -> ValueParts | None:
    year = re.search(r"\d{4}", raw)
    if year:
        return year.group(0), year.group(0), None, None, None
    when = _clause_date(sentence.plain, published)  # "launched in July": the July before the document
    if when is not None:
        return str(when.year), str(when.year), None, None, None
    return None


def _event(slot: Slot, match: re.Match[str], sentence: Sentence, published: date | None) -> ValueParts | None:
    groups = match.groupdict()
    raw_body = groups.get("body") or ""
    body = next((canonical for canonical, pattern in slot.bodies if pattern.fullmatch(raw_body.strip())), None)
    body = body or ("NATO" if raw_body.lower() in ("alliance", "nato") else " ".join(raw_body.split()))
    when = _clause_date(sentence.plain, published) or published
    if when is None:
        return None
    what = " ".join((groups.get("value") or "").split()).strip(" ,:")
    what = re.sub(r"^(?:on\s+\w+\s*\([^)]*\)|on\s+\w+day)\s*,?\s*", "", what)
    day = when.isoformat()
    value = f"{day} {body}: {what}" if what else f"{day} {body}"
    return value, f"{fold(body)}|{day[:7]}", None, None, when


def _clause_date(text: str, published: date | None, ahead: bool = False) -> date | None:
    """The first explicit date in the text, read as the mentions read dates (every language's
    months), completed from the document's date when partial: the month's last occurrence up to
    the document, or its next one when the clause speaks of the future (``ahead``). A year alone
    is left to the caller (``_YEAR``): "in 2026" is no date of its own in a 2026 page."""
    language = load_language()
    for match in _dates().finditer(text):
        if match.group("y7"):
            continue
        when, _ = read_date(match, language, published)
        if when is None:
            continue
        if ahead and published is not None and when < published and yearless(match):
            try:
                when = when.replace(year=when.year + 1)
            except ValueError:  # 29 February, or the calendar's end
                pass
        return when
    return None


@cache
def _dates() -> re.Pattern[str]:
    return starts_tested(date_pattern(load_language()))  # as the date finder's (mentions.py)
