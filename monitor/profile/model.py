"""What a loaded profile holds: its slots and their rules (frozen dataclasses, patterns compiled),
and the slot kinds, categories, roles, frame families and contexts a profile may name. A slot kind
declares the keys it allows (:data:`SLOT_KINDS`), so that ``parse.py`` refuses a typo naming the
closest valid key."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from ..parsecache import anchored, compiled, lower_case, opens_after_space, starts_tested
from ..textutil import LowerCase, Source, Vocabulary, WordTest, contains_any, mentions_any, required_words, substrings
from .guarded import Guarded


@dataclass(frozen=True)
class SlotKind:
    name: str
    help: str
    keys: frozenset[str]


_COMMON_SLOT_KEYS = {"kind", "category", "label", "rules", "context", "cue", "phrases", "not_with", "frames"}
# the frame families of the language files a slot may be read by (see monitor/languages/en.toml):
# posts (a person in or out of a post: "command", "civilian") and the mission's "status"
# and what the mission is ("describe": "a non-combat advisory mission", read through the slot's values)
# on what basis it works ("basis": "at the request of the Iraqi government"), and when it was set up
# ("founding": "NMI, established in 2018")
# and its size ("size": "NMI has about 650 personnel", "cut from 650 to 250")
FRAME_FAMILIES = ("command", "civilian", "status", "place", "describe", "basis", "founding", "size")
CONTEXTS = ("sentence", "document")
SLOT_KINDS: dict[str, SlotKind] = {k.name: k for k in (
    SlotKind("set", "many values at once (institutions advised); a value is removed only when a text says it ended",
             frozenset(_COMMON_SLOT_KEYS | {"trigger", "trigger_after", "window", "values", "open", "reject",
                                            "open_after", "negated"})),
    SlotKind("single", "one value at a time (the commander); a newer document naming another one changes it",
             frozenset(_COMMON_SLOT_KEYS | {"person", "founding_role", "founding_date"})),
    SlotKind("number", "one figure at a time (personnel); changes beyond the tolerance count",
             frozenset(_COMMON_SLOT_KEYS | {"tolerance", "foreign"})),
    SlotKind("status", "the mission's state: active, suspended, resumed, relocated, ending, ended",
             frozenset(_COMMON_SLOT_KEYS | {"ongoing"})),
    SlotKind("event", "dated events (decisions); each new one is logged once",
             frozenset(_COMMON_SLOT_KEYS | {"bodies"})),
)}
CATEGORIES = ("scope", "leadership", "size", "status", "info")
# continuing: the state goes on ("no interruptions to its training", "no fixed timeline"); it
# corroborates an ongoing status and never changes one
ROLES = ("current", "previous", "future", "historical", "removed", "continuing")


@dataclass(frozen=True)
class Rule:
    pattern: Guarded
    value: str | None = None
    role: str = "current"
    # the pattern names the mission itself ({mission}), so it holds in any sentence of a document
    # about the mission, not only in the sentences about it
    names_mission: bool = False
    # false: an end told in its clause removes nothing, the value being only where the things that end stand ("no longer
    # keeps a presence at the Jarinje crossing on the Administrative Boundary Line": the line goes on)
    ends: bool = True


@dataclass(frozen=True)
class Slot:
    name: str
    kind: str
    category: str
    label: str
    rules: tuple[Rule, ...] = ()
    trigger: Guarded | None = None
    # a value also counts when one of these follows it shortly ("Australia also contributes personnel")
    trigger_after: Guarded | None = None
    window: int = 25
    values: tuple[tuple[str, Guarded], ...] = ()
    # values a negated description gives: "has no combat role" -> non-combat (read by describe frames)
    negated: tuple[tuple[str, Guarded], ...] = ()
    open: tuple[Guarded, ...] = ()
    reject: frozenset[str] = frozenset()
    # after these words, a list of noun phrases gives values nobody listed ("trains officers in X, Y and Z")
    open_after: Guarded | None = None
    person: bool = False
    tolerance: float = 0.0
    foreign: re.Pattern[str] | None = None
    bodies: tuple[tuple[str, re.Pattern[str]], ...] = ()
    # "sentence": only sentences about the mission; "document": any sentence of a document that
    # names the mission (for phrases specific enough to need no context)
    context: str = "sentence"
    # how an alert words a change: {"added": "now also advises the {new}", ...}
    phrases: dict[str, str] = field(default_factory=dict)
    # words without which the slot cannot match, as groups of alternatives that must all be
    # present (lower case, plain substrings): a cheap test before any regular expression runs
    cue: tuple[tuple[str, ...], ...] = ()
    # slots whose fact in the same sentence takes this slot's words as their own circumstance:
    # "established in 2018 at Baghdad's request" is the founding, not a statement of today's basis
    not_with: frozenset[str] = frozenset()
    # status values under which the mission is running, which a continuing statement corroborates
    ongoing: frozenset[str] = frozenset()
    # read by the language files' frames of this family (a post's name, or "status")
    frames: str | None = None
    # the founding as the profile tells it (a slot read by the founding frames): the role a founding of the past takes
    # ("historical": an event long past; "current": the mission's founding date, a fact that holds today), and what of
    # its date the value names ("month": "October 2018" when the month is known; "year": "1999")
    founding_role: str = "historical"
    founding_date: str = "month"

    def cued(self, lower: str) -> bool:
        for test in self._cue_tests:
            if test is not None and test.search(lower) is None:
                return False
        return True

    @functools.cached_property
    def _cue_tests(self) -> tuple[re.Pattern[str] | None, ...]:
        """Each group of cue words as one scan of a text (textutil.substrings), a quarter faster than
        a substring test per word: asked of every sentence of a page read, and for the document-wide
        slots of every paragraph. None: a group holding an empty word, which every text holds."""
        return tuple(substrings(group) if all(group) else None for group in self.cue)

    def values_present(self, lower: str) -> frozenset[str] | None:
        """The words of the ``values`` patterns' word tests that ``lower`` (a caseless text) holds, for
        ``Guarded.finditer``'s ``present``: one scan of a sentence for all of the slot's values, where each value's
        tests scanned it again. None (each pattern tests the text itself) where a test holds an empty word, which
        every text holds and a vocabulary does not keep."""
        vocabulary = self._values_vocabulary
        return vocabulary.present(lower) if vocabulary is not None else None

    @functools.cached_property
    def _values_vocabulary(self) -> Vocabulary | None:
        words = [word for _, pattern in self.values for word in pattern.words]
        return Vocabulary(words) if all(words) else None

    @property
    def names_mission(self) -> bool:
        """Some rule names the mission itself, so the slot is read in every sentence."""
        return any(rule.names_mission for rule in self.rules)


def _holds_all(lower: str, needs: tuple[tuple[str, ...], ...]) -> bool:
    """``lower`` holds a word of each group of ``needs`` (a loop: all() over a generator cost as much as the tests)."""
    for words in needs:
        if not contains_any(lower, words):
            return False
    return True


@dataclass(frozen=True, eq=False)  # one object per loaded profile: compared and hashed by identity
class Profile:
    name: str
    aliases: tuple[str, ...]
    cooccurring: tuple[tuple[str, ...], ...]
    path: str
    # the organisation the mission belongs to ("NATO", "the alliance"): "its" after it may be the mission's
    parent: tuple[str, ...] = ()
    places: tuple[str, ...] = ()  # places of the mission's region (every spelling), found wherever they stand
    place_names: dict[str, str] = field(default_factory=dict)  # a spelling (lower case) -> the place's name
    # the places (their names) outside the mission's country: a move there is a relocation, a move to another is not
    abroad: frozenset[str] = frozenset()
    # titles that name one of the mission's posts: "COMKFOR" is KFOR's "commander" (read as "KFOR commander")
    titles: dict[str, str] = field(default_factory=dict)
    # the year the mission was founded: a holder, size or status dated before it is a predecessor's ("NTM-I had some
    # 180 personnel at the end of 2010"), never this mission's
    founded: int | None = None
    cue: tuple[str, ...] = ()  # a sentence naming or referring to the mission contains one of these
    # the words of ``cue`` a sentence holds when it refers to the mission by ``reference`` alone ("Training has been on
    # hold since September"): a paragraph with no other cue word is read only when a reference stands in it
    reference_cue: tuple[str, ...] = ()
    others_words: tuple[str, ...] = ()  # the `others` phrases in lower case, a cheap first test
    mention: re.Pattern[str] | None = None
    reference: re.Pattern[str] | None = None
    # each of the references as ``reference`` holds it (macros expanded, bounded by non-word characters), a pattern
    # of its own: whether a paragraph holds one is asked of each apart (see may_concern)
    reference_parts: tuple[str, ...] = ()
    pronoun: re.Pattern[str] | None = None
    others: re.Pattern[str] | None = None
    modal: re.Pattern[str] | None = None
    historical: re.Pattern[str] | None = None
    negation: re.Pattern[str] | None = None
    ending: re.Pattern[str] | None = None
    # the phrases of the four patterns above, by name ("modal": ...): what each pattern's every match holds
    language_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    slots: dict[str, Slot] = field(default_factory=dict)

    @functools.cached_property
    def categories(self) -> dict[str, str]:
        """Each slot's category (what a change to it alerts as), by slot name."""
        return {name: slot.category for name, slot in self.slots.items()}

    @property
    def keywords(self) -> tuple[str, ...]:
        """What feeds and listings follow when a source gives no ``keywords``."""
        return (self.name, *self.aliases)

    def cued(self, lower: str) -> bool:
        # (asked of one sentence several times running, by classify_sentences's tests and the lexicon's: the last
        # answer is kept, by its text)
        last = self._cued_last
        if last and last[0][0] == lower:
            return last[0][1]
        cued = not self.cue or self._cue_test.search(lower) is not None
        last[:] = [(lower, cued)]
        return cued

    @functools.cached_property
    def _cued_last(self) -> list[tuple[str, bool]]:
        return []  # the last text cued was asked of and its answer

    @functools.cached_property
    def _cue_test(self) -> re.Pattern[str]:
        # one scan for all the words (asked of every sentence read, several times): a substring test per word took
        # three times as long on a sentence that holds none (an empty word stands in every text)
        return substrings(self.cue) if all(self.cue) else re.compile("")

    def may_concern(self, flat: str, lower: str) -> bool:
        """Whether a paragraph (plain, and its ``caseless`` text) may concern the mission at all, asked of every
        paragraph of a page: a word of ``cue`` or of ``others_words`` stands in it; or a word of
        ``reference_cue`` alone, and a reference with it (those words, "training", "courses", stand in many a
        paragraph on other things: "the first batch of training aircraft")."""
        if not self.cue:
            return True
        # (most paragraphs of a page hold no cue word at all: one scan for every word tells them, where the two
        # tests below each scanned them whole)
        first = self._any_cue.search(lower)
        if first is None:
            return False
        # (the second scan goes on from where the first stopped: both look for each word from the same character, so
        # every match of it is one of the first's, none before the first's)
        if self._cue_or_other.search(lower, first.start()) is not None:
            return True
        # (what the first scan found is then a word of ``reference_cue``)
        return bool(self.reference_cue) and self._holds_reference(flat, lower)

    def _holds_reference(self, flat: str, lower: str) -> bool:
        """``references`` matches in a paragraph that holds no cue word but those of ``reference_cue``: one of the
        references does. The whole alternation was tried at almost every position of such a paragraph (a seventh of
        fact extraction on long pages); each reference alone runs only where the words it needs stand, and most
        need a cue word no such paragraph holds ("mission")."""
        if not self.reference_parts:
            return self.references.search(flat, lower) is not None
        # (the references that open a paragraph, "^\W*son(?=\s+personnel)", are tried there, all at once: one
        # position is cheaper than the substring tests of their words, and one alternation than a match each)
        openings = self._openings
        if openings is not None and openings.match(flat) is not None:
            return True
        runs = self._reference_runs
        gate, gated = self._reference_gate
        shut = gate is not None and gate.search(lower) is None
        for index, (needs, source, start) in enumerate(self._reference_plan):
            if not start and ((shut and index in gated) or not _holds_all(lower, needs)):
                continue
            run = runs.get(source)
            if run is None:
                run = runs[source] = self._reference_run(source)
            pattern, after_space = run
            if start or after_space is not None:
                if pattern.match(flat) is not None:
                    return True
                # (a reference whose matches open after a space, "(?:^|(?<=[,;:]\s)|(?<=\sthat\s))training": re
                # skips by itself to the spaces, where the pattern's start test let it try almost every position)
                if after_space is not None and after_space.search(flat) is not None:
                    return True
            elif pattern.search(flat) is not None:
                return True
        return False

    def _reference_run(self, source: str) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
        """One of ``_uncued_references`` compiled, and for one whose every match opens the text or follows a
        whitespace character (textutil.opens_after_space), the search for it behind that whitespace."""
        pattern = starts_tested(compiled(source, re.IGNORECASE))
        if source in self._opening_references or not opens_after_space(Source(source, re.IGNORECASE)):
            return pattern, None
        return pattern, compiled(r"\s(?:" + pattern.pattern + ")", re.IGNORECASE)

    @functools.cached_property
    def _opening_references(self) -> frozenset[str]:
        """Those of ``_uncued_references`` whose every match opens the text (textutil.anchored)."""
        return frozenset(source for _, source in self._uncued_references if anchored(Source(source, re.IGNORECASE)))

    @functools.cached_property
    def _reference_plan(self) -> tuple[tuple[tuple[tuple[str, ...], ...], str, bool], ...]:
        """``_uncued_references`` as ``_holds_reference`` tries them one by one, each with whether it opens the text:
        without those ``_openings`` tried already."""
        opening, together = self._opening_references, self._openings is not None
        return tuple((needs, source, source in opening) for needs, source in self._uncued_references
                     if not (together and source in opening))

    @functools.cached_property
    def _reference_gate(self) -> tuple[re.Pattern[str] | None, frozenset[int]]:
        """One scan in front of the word tests of ``_reference_plan`` (a substring test per group, twenty entries on
        every paragraph that holds a word of ``reference_cue`` alone, which almost none passes): of each entry, a group
        of its words none of which stands inside a word of ``reference_cue`` (those the paragraph may hold anyway),
        and the indexes of the entries that have one. A paragraph holding none of these words holds no word of that
        group of any such entry, so each of them fails its word tests: they are passed over at once."""
        chosen: list[str] = []
        gated = set()
        for index, (needs, _, start) in enumerate(self._reference_plan):
            group = next((words for words in needs if words and all(words) and sum(
                any(word in cue for word in words) for cue in self.reference_cue) * 10 < len(self.reference_cue)), None)
            if not start and group is not None:
                chosen.extend(group)
                gated.add(index)
        return (substrings(chosen) if gated else None), frozenset(gated)

    @functools.cached_property
    def _openings(self) -> re.Pattern[str] | None:
        """``_opening_references`` as one alternation, matched at a paragraph's start: it matches there exactly when
        one of them does (the alternation tries each). None when there are none, or when they cannot stand in one
        pattern (a group's name twice, a back reference whose number would move): each is then tried alone."""
        sources = sorted(self._opening_references)
        if not sources or any(re.search(r"\(\?P[<=]|\\[1-9]", source) for source in sources):
            return None
        try:
            return compiled("|".join(f"(?:{source})" for source in sources), re.IGNORECASE)
        except re.error:
            return None

    @functools.cached_property
    def _reference_runs(self) -> dict[str, tuple[re.Pattern[str], re.Pattern[str] | None]]:
        return {}  # each of _uncued_references compiled when a paragraph first holds its words

    @functools.cached_property
    def _uncued_references(self) -> tuple[tuple[tuple[tuple[str, ...], ...], str], ...]:
        """The references that may match in a paragraph without a cue word (but those of ``reference_cue``), each
        with the words it needs (in lookarounds too: "the(?=\\s+\\d+-strong\\s+force)" needs "-strong")."""
        absent = [word for word in (*self.cue, *self.others_words) if word and word not in self.reference_cue]
        kept = []
        for source in self.reference_parts:
            needs = required_words(Source(source, re.IGNORECASE), most=8, asserted=True)
            # (a word that holds a word the paragraph lacks is not in it either)
            if not any(all(any(cue in word for cue in absent) for word in words) for words in needs):
                kept.append((needs, source))
        return tuple(kept)

    @functools.cached_property
    def _cue_or_other(self) -> re.Pattern[str]:
        # one scan for all the words: twice as fast as a substring test per word
        return substrings([*(w for w in self.cue if w not in self.reference_cue), *self.others_words])

    @functools.cached_property
    def _any_cue(self) -> re.Pattern[str]:
        return substrings([*self.cue, *self.reference_cue, *self.others_words])

    def names_mission(self, flat: str, lower: str) -> bool:
        """The mission is named in this (plain) sentence."""
        return self.cued(lower) and self.mentions.search(flat, lower) is not None

    def refers_to_mission(self, flat: str, lower: str) -> bool:
        """"the mission", "NATO's training mission"... stands in this sentence."""
        return self.cued(lower) and self.references.search(flat, lower) is not None

    @functools.cached_property
    def mentions(self) -> LowerCase:
        """``mention``, found in lower case on a sentence's caseless text (textutil.lowered)."""
        assert self.mention is not None
        return lower_case(self.mention)

    @functools.cached_property
    def references(self) -> LowerCase:
        """``reference``, found in lower case on a sentence's caseless text."""
        assert self.reference is not None
        return lower_case(self.reference)

    def names_other(self, flat: str, lower: str) -> bool:
        """Another actor (the EU mission, the US-led coalition) is named in this sentence."""
        # (asked of one sentence several times running: by classify_sentences and by each of its tests of a sentence
        # naming the mission, _apposed_only, _spoken_only, _reported_only; others_in keeps where, and so whether)
        return self.may_name_other(flat) and self.holds_other_word(lower) and bool(self.others_in(flat))

    def holds_other_word(self, lower: str) -> bool:
        """One of ``others_words`` stands in ``lower`` (a caseless text) as a substring: the cheap first test before
        ``others`` is run."""
        return self._others_words_test.search(lower) is not None

    @functools.cached_property
    def _others_words_test(self) -> re.Pattern[str]:
        # one scan for all the phrases (asked of every sentence read, and for each trigger of the lexicon): a substring
        # test per phrase took as long as the rest of names_other (an empty phrase stands in every text)
        return substrings(self.others_words) if all(self.others_words) else re.compile("")

    def others_in(self, text: str, start: int = 0, end: int | None = None) -> tuple[re.Match[str], ...]:
        """Every match of ``others`` in ``text`` from ``start`` to ``end`` (``others.finditer(text, start, end)``; the
        first is ``others.search(text, start, end)``), found once for the last texts asked about: one sentence is asked
        whether it names another actor, where, before which name of the mission, and for each of its triggers whether
        it stands in one (a scan of ``others``, the phrases and every owner's missions, took a tenth of fact
        extraction)."""
        key = (text, start, len(text) if end is None else end)
        found = self._others_found.get(key)
        if found is None:
            assert self.others is not None
            if len(self._others_found) >= 64:
                self._others_found.clear()
            found = self._others_found[key] = tuple(self.others.finditer(*key))
        return found

    def first_other(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """``others.search(text, start, end)``, from ``others_in``."""
        found = self.others_in(text, start, end)
        return found[0] if found else None

    @functools.cached_property
    def _others_found(self) -> dict[tuple[str, int, int], tuple[re.Match[str], ...]]:
        return {}  # the last texts (and stretches) others_in was asked about, and their matches

    def may_name_other(self, flat: str) -> bool:
        """The words of one of the `others` phrases stand in this (plain) text as words: without
        them ``others`` matches nothing. A set lookup, where a substring test per phrase took most
        of the time of telling that a sentence names no other actor."""
        return self._others_test.may_hold(flat)

    @functools.cached_property
    def _others_test(self) -> WordTest:
        return WordTest(bounded=self.others_words)  # (``others`` is made of them: see parse._phrases)

    def is_mentioned(self, text: str) -> bool:
        """The mission is named, or a word of every co-occurring group appears."""
        if mentions_any(text, self.keywords):
            return True
        return bool(self.cooccurring) and all(mentions_any(text, group) for group in self.cooccurring)
