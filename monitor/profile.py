"""Mission profiles: what the monitor knows about one mission, as data (TOML).

A profile is found by name among the package's ``profiles/*.toml``, or read from a path. This
module loads, validates and compiles it (patterns are compiled once, here); ``facts.py`` applies
it to text. The slot kinds a profile may use are declared in :data:`SLOT_KINDS` with the keys
each allows, so a typo in a profile fails at load time with the closest valid key suggested.
"""
from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from .config import Config, TableReader, suggest
from .errors import ConfigError
from .parsecache import compiled, readings, starts_tested
from .textutil import (
    Lead,
    LowerCase,
    Reading,
    WordTest,
    contains_any,
    lead,
    lead_finditer,
    lowered,
    lowered_finditer,
    mentions_any,
    read_pattern,
    substrings,
    trie_alternation,
    with_start_test,
)


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
             frozenset(_COMMON_SLOT_KEYS | {"person"})),
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
_MACRO = re.compile(r"\{([a-z_]+)\}")


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

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> Guarded:
        """``pattern`` (compiled, so known to be valid), guarded by its words."""
        return cls._read(pattern.pattern, pattern.flags, pattern)

    @classmethod
    def lazy(cls, source: str, flags: int = 0) -> Guarded:
        """The pattern ``source``, guarded by its words, compiled when first run. A pattern read
        before (in this process, or by another one: ``parsecache.py``) compiled then; any other
        is compiled here, so an invalid one raises :class:`re.error` here as ``re.compile`` does."""
        return cls._read(source, flags, None)

    @classmethod
    def _read(cls, source: str, flags: int, pattern: re.Pattern[str] | None) -> Guarded:
        reading = readings.get(source, flags)
        if reading is None:
            reading, _ = read_pattern(pattern or re.compile(source, flags))
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
        for words in self.needs:
            if not contains_any(lower, words):
                return iter(())
        for choice in self.choices:
            if not _chosen_in(choice, lower):
                return iter(())
        return self._run(text, lower)

    def _run(self, text: str, lower: str) -> Iterator[re.Match[str]]:
        """The pattern's matches in ``text``: found by its lower-case form on ``lower`` where there is one."""
        pattern = self.compiled or self.pattern
        opening = self.opening
        if opening is None:
            opening = (_OPENS_WITH_RUN.match(self.source) is not None and lead(pattern)) or False
            object.__setattr__(self, "opening", opening)  # a cache: the value stays the same
        if opening is not False:
            assert isinstance(opening, Lead)
            return lead_finditer(pattern, opening, text, lower)
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


@dataclass(frozen=True)
class Rule:
    pattern: Guarded
    value: str | None = None
    role: str = "current"
    # the pattern names the mission itself ({mission}), so it holds in any sentence of a document
    # about the mission, not only in the sentences about it
    names_mission: bool = False


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

    def cued(self, lower: str) -> bool:
        for group in self.cue:
            if not contains_any(lower, group):
                return False
        return True

    @property
    def names_mission(self) -> bool:
        """Some rule names the mission itself, so the slot is read in every sentence."""
        return any(rule.names_mission for rule in self.rules)


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
    # titles that name one of the mission's posts: "COMKFOR" is KFOR's "commander" (read as "KFOR commander")
    titles: dict[str, str] = field(default_factory=dict)
    cue: tuple[str, ...] = ()  # a sentence naming or referring to the mission contains one of these
    others_words: tuple[str, ...] = ()  # the `others` phrases in lower case, a cheap first test
    mention: re.Pattern[str] | None = None
    reference: re.Pattern[str] | None = None
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
        return not self.cue or contains_any(lower, self.cue)

    def cued_or_other(self, lower: str) -> bool:
        """``cued(lower)`` or one of ``others_words`` stands in ``lower``: whether a paragraph may
        concern the mission at all, asked of every paragraph of a page."""
        return not self.cue or self._cue_or_other.search(lower) is not None

    @functools.cached_property
    def _cue_or_other(self) -> re.Pattern[str]:
        # one scan for all the words: twice as fast as a substring test per word
        return substrings([*self.cue, *self.others_words])

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
        return LowerCase(self.mention)

    @functools.cached_property
    def references(self) -> LowerCase:
        """``reference``, found in lower case on a sentence's caseless text."""
        assert self.reference is not None
        return LowerCase(self.reference)

    def names_other(self, flat: str, lower: str) -> bool:
        """Another actor (the EU mission, the US-led coalition) is named in this sentence."""
        assert self.others is not None
        return (self.may_name_other(flat) and contains_any(lower, self.others_words)
                and self.others.search(flat) is not None)

    def may_name_other(self, flat: str) -> bool:
        """The words of one of the `others` phrases stand in this (plain) text as words: without
        them ``others`` matches nothing. A set lookup, where a substring test per phrase took most
        of the time of telling that a sentence names no other actor."""
        return self._others_test.may_hold(flat)

    @functools.cached_property
    def _others_test(self) -> WordTest:
        return WordTest(bounded=self.others_words)  # (``others`` is made of them: see _phrases)

    def is_mentioned(self, text: str) -> bool:
        """The mission is named, or a word of every co-occurring group appears."""
        if mentions_any(text, self.keywords):
            return True
        return bool(self.cooccurring) and all(mentions_any(text, group) for group in self.cooccurring)


def builtin_profiles() -> list[str]:
    return sorted(p.name[:-5] for p in resources.files("monitor.profiles").iterdir() if p.name.endswith(".toml"))


def _is_path(reference: str) -> bool:
    return reference.endswith(".toml") or "/" in reference


def is_builtin(reference: str) -> bool:
    """A built-in profile's name (tested with the package), not a path to a profile file."""
    return not _is_path(reference) and (resources.files("monitor.profiles") / f"{reference}.toml").is_file()


@functools.cache
def load_profile(name_or_path: str) -> Profile:
    """The profile named (built-in) or at a path, read and compiled once per process."""
    if _is_path(name_or_path):
        path = Path(name_or_path)
        if not path.exists():
            raise ConfigError(f"{path}: mission profile not found", file=str(path))
        try:
            text, where = path.read_text(encoding="utf-8"), str(path)
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read the mission profile: {exc}", file=str(path)) from exc
    else:
        resource = resources.files("monitor.profiles") / f"{name_or_path}.toml"
        if not resource.is_file():
            raise ConfigError(f'[mission] key "profile": no built-in profile {name_or_path!r} '
                              f"(built-in: {', '.join(builtin_profiles())}; or give a path to a .toml file)")
        text, where = resource.read_text(encoding="utf-8"), f"profile {name_or_path}"
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{where}: not valid TOML: {exc}", file=where) from exc
    return parse_profile(data, where)


def load_mission(config: Config) -> Profile:
    """The configuration's mission profile, with what the configuration says of its slots checked
    against it: an alert slot the profile does not have would silently never alert."""
    profile = load_profile(config.profile)
    for slot in config.alerts.slots or ():
        if slot not in profile.slots:
            reader = TableReader(str(config.path) if config.path else "<defaults>")
            raise reader.fail("[alerts]", "slots", f"no slot named {slot!r} in profile {profile.name}"
                              + (suggest(slot, sorted(profile.slots)) or
                                 f"; its slots are {', '.join(sorted(profile.slots))}"))
    return profile


class _ProfileReader(TableReader):
    def __init__(self, where: str, macros: dict[str, str]) -> None:
        super().__init__(where)
        self.macros = macros

    def typed(self, table: str, data: dict[str, Any], key: str, default: Any, expected: str,
              accept: Callable[[Any], bool]) -> Any:
        """``data[key]`` (or the default) when ``accept`` takes it; else an error saying what was expected."""
        value = data.get(key, default)
        if not accept(value):
            raise self.fail(table, key, f"expected {expected}, got {value!r}")
        return value

    def strings(self, table: str, data: dict[str, Any], key: str) -> list[str]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(table, key, "expected a list of strings")
        return value

    def expand(self, pattern: str, table: str, key: str, depth: int = 0) -> str:
        if depth > 10:
            raise self.fail(table, key, "macros nest too deeply (a macro that uses itself?)")

        def replace(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in self.macros:
                raise self.fail(table, key, f"unknown macro {{{name}}} (defined: {', '.join(sorted(self.macros))})")
            return "(?:" + self.expand(self.macros[name], table, key, depth + 1) + ")"

        return _MACRO.sub(replace, pattern)

    def compile(self, pattern: str, table: str, key: str) -> re.Pattern[str]:
        expanded = self.expand(pattern, table, key)
        try:
            return compiled(expanded, re.IGNORECASE)
        except re.error as exc:
            raise self.fail(table, key, f"invalid regular expression: {exc}") from None


def _patterns(patterns: list[str]) -> str:
    """Regular expressions as one alternation, bounded by non-word characters."""
    return r"(?<![\w])(?:" + "|".join(f"(?:{p})" for p in patterns) + r")(?![\w])" if patterns else r"(?!x)x"


def _phrases(phrases: list[str]) -> str:
    """Literal phrases as one alternation (a trie: fast), longest first, spaces matching any white space."""
    listed = [" ".join(p.split()) for p in phrases if p.strip()]
    return r"(?<![\w])" + trie_alternation(listed, separator=r"\s+") + r"(?![\w])" if listed else r"(?!x)x"


def parse_profile(data: dict[str, Any], where: str) -> Profile:
    _ProfileReader(where, {}).check_keys("top level", data, {"mission", "language", "macros", "slots"})
    mission = data.get("mission")
    if not isinstance(mission, dict) or not isinstance(mission.get("name"), str):
        raise ConfigError(f'{where}: [mission] key "name": missing; a profile names its mission', file=where)
    reader = _ProfileReader(where, {})
    reader.check_keys("[mission]", mission, {"name", "aliases", "cooccurring", "mention_patterns", "references",
                                             "pronouns", "others", "cue", "parent", "places", "titles"})
    aliases = reader.strings("[mission]", mission, "aliases")
    groups = mission.get("cooccurring", [])
    if not isinstance(groups, list) or not all(isinstance(g, list) and all(isinstance(w, str) for w in g)
                                               for g in groups):
        raise reader.fail("[mission]", "cooccurring", "expected a list of lists of strings")
    macros = data.get("macros", {})
    if not isinstance(macros, dict) or not all(isinstance(v, str) for v in macros.values()):
        raise reader.fail("[macros]", None, "expected string values")
    places = reader.strings("[mission]", mission, "places")
    titles = mission.get("titles", {})
    if not isinstance(titles, dict) or not all(isinstance(v, str) and v.strip() for v in titles.values()):
        raise reader.fail("[mission]", "titles", 'expected a table of titles and the post each names, '
                          'like { COMKFOR = "commander" }')
    names = _phrases([mission["name"], *aliases, *titles])
    mention_patterns = reader.strings("[mission]", mission, "mention_patterns")
    references = reader.strings("[mission]", mission, "references")
    mention_source = "|".join([names, *(f"(?:{p})" for p in mention_patterns)])
    # a mention pattern may name the mission's own words "(?P<tail>...)" (the finder reads it); a
    # rule may name the mission twice, so the macro's group is a plain one
    plain_source = mention_source.replace("(?P<tail>", "(?:")
    reader.macros = {**macros, "mission": "|".join([plain_source, _patterns(references)]),
                     "mission_name": plain_source, **_scope_macros()}
    cue = tuple(w.lower() for w in reader.strings("[mission]", mission, "cue"))
    for name in (mission["name"], *aliases):
        if cue and not any(word in name.lower() for word in cue):
            raise reader.fail("[mission]", "cue", f"the alias {name!r} contains none of the cue words")
    language = data.get("language", {})
    reader.check_keys("[language]", language, {"modal", "historical", "negation", "ending"})
    slots_data = data.get("slots", {})
    if not isinstance(slots_data, dict):
        raise reader.fail("[slots]", None, "expected tables, one per slot")
    slots = {name: _parse_slot(reader, name, table) for name, table in slots_data.items()}
    for slot in slots.values():
        for other in sorted(slot.not_with - set(slots)):
            raise reader.fail(f"[slots.{slot.name}]", "not_with",
                              f"no slot named {other!r}{suggest(other, sorted(slots))}")
    return Profile(
        name=mission["name"], aliases=tuple(aliases), cooccurring=tuple(tuple(g) for g in groups), path=where, cue=cue,
        parent=tuple(reader.strings("[mission]", mission, "parent")),
        places=tuple(spelling for entry in places for spelling in entry.split("|")),
        place_names={spelling.lower(): entry.split("|")[0] for entry in places for spelling in entry.split("|")},
        titles={title.lower(): " ".join(post.lower().split()) for title, post in titles.items()},
        others_words=tuple(w.lower() for w in reader.strings("[mission]", mission, "others")),
        # scanned over every sentence that may be about the mission, twice: the start test pays
        mention=starts_tested(reader.compile(mention_source, "[mission]", "mention_patterns")),
        # (and these over every sentence the mission is in, for its mentions: the start test pays too)
        reference=starts_tested(reader.compile(_patterns(references), "[mission]", "references")),
        pronoun=starts_tested(compiled(_phrases(reader.strings("[mission]", mission, "pronouns")), re.IGNORECASE)),
        others=starts_tested(compiled(_phrases(reader.strings("[mission]", mission, "others")), re.IGNORECASE)),
        modal=compiled(_phrases(reader.strings("[language]", language, "modal")), re.IGNORECASE),
        historical=compiled(_phrases(reader.strings("[language]", language, "historical")), re.IGNORECASE),
        negation=compiled(_phrases(reader.strings("[language]", language, "negation")), re.IGNORECASE),
        ending=compiled(_phrases(reader.strings("[language]", language, "ending")), re.IGNORECASE),
        language_words={key: tuple(reader.strings("[language]", language, key))
                        for key in ("modal", "historical", "negation", "ending")},
        slots=slots,
    )


def _parse_slot(reader: _ProfileReader, name: str, table: Any) -> Slot:
    where = f"[slots.{name}]"
    if not isinstance(table, dict):
        raise reader.fail(where, None, "expected a table")
    kind_name = table.get("kind")
    kind = SLOT_KINDS.get(kind_name) if isinstance(kind_name, str) else None
    if kind is None:
        raise reader.fail(where, "kind", f"expected one of {', '.join(SLOT_KINDS)}, got {kind_name!r}")
    reader.check_keys(where, table, kind.keys)
    category = table.get("category", "info")
    if category not in CATEGORIES:
        raise reader.fail(where, "category", f"expected one of {', '.join(CATEGORIES)}, got {category!r}")
    label = reader.typed(where, table, "label", name, "a string", _is_text)
    window = reader.typed(where, table, "window", 25, "a whole number of words of at least 1", _is_count)
    person = reader.typed(where, table, "person", False, "true or false", _is_bool)
    tolerance = reader.typed(where, table, "tolerance", 0.0, "a number from 0 to 1 (0.25: a quarter)", _is_share)
    for key in ("trigger", "trigger_after", "open_after"):
        reader.typed(where, table, key, "", "a regular expression (a string)", _is_str)
    bodies_table = reader.typed(where, table, "bodies", {}, "a table of canonical values and their aliases",
                                lambda v: isinstance(v, dict))
    for canonical, aliases in bodies_table.items():
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise reader.fail(f"[slots.{name}.bodies]", canonical, f"expected a list of aliases, got {aliases!r}")
    reader.strings(where, table, "foreign")
    raw_rules = reader.typed(where, table, "rules", [], "an array of tables ([[slots.NAME.rules]])",
                             lambda v: isinstance(v, list))
    rules = []
    for i, rule in enumerate(raw_rules, 1):
        at = f"[[slots.{name}.rules]] #{i}"
        if not isinstance(rule, dict) or "pattern" not in rule:
            raise reader.fail(at, "pattern", "missing")
        reader.check_keys(at, rule, {"pattern", "value", "role"})
        reader.typed(at, rule, "pattern", "", "a regular expression (a string)", _is_str)
        reader.typed(at, rule, "value", None, "a string", lambda v: v is None or _is_text(v))
        role = rule.get("role", "current")
        if role not in ROLES:
            raise reader.fail(at, "role", f"expected one of {', '.join(ROLES)}, got {role!r}")
        rules.append(Rule(Guarded.of(reader.compile(rule["pattern"], at, "pattern")), rule.get("value"), role,
                          names_mission="{mission}" in rule["pattern"]))
    values = _lexicon(reader, name, table, "values", with_canonical=True)
    negated = _lexicon(reader, name, table, "negated", with_canonical=False)
    bodies = []
    for canonical, aliases in table.get("bodies", {}).items():
        bodies.append((canonical, compiled(_phrases([canonical, *aliases]), re.IGNORECASE)))
    trigger = table.get("trigger")
    if table.get("open") and not trigger:
        raise reader.fail(where, "trigger", "a slot with open patterns needs a trigger")
    foreign = table.get("foreign")
    frames = table.get("frames")
    if frames is not None and frames not in FRAME_FAMILIES:
        raise reader.fail(where, "frames", f"expected one of {', '.join(FRAME_FAMILIES)}, got {frames!r}")
    context = table.get("context", "sentence")
    if context not in CONTEXTS:
        raise reader.fail(where, "context", f"expected one of {', '.join(CONTEXTS)}, got {context!r}")
    return Slot(
        name=name, kind=kind.name, category=category, label=label, rules=tuple(rules),
        trigger=Guarded.of(reader.compile(trigger, where, "trigger")) if trigger else None,
        trigger_after=(Guarded.of(reader.compile(table["trigger_after"], where, "trigger_after"))
                       if table.get("trigger_after") else None),
        window=window, values=values, negated=negated,
        open=tuple(Guarded.of(reader.compile(p, where, "open")) for p in reader.strings(where, table, "open")),
        reject=frozenset(r.lower() for r in reader.strings(where, table, "reject")),
        open_after=(Guarded.of(reader.compile(table["open_after"], where, "open_after"))
                    if table.get("open_after") else None),
        person=person, tolerance=float(tolerance),
        foreign=compiled(_phrases(foreign), re.IGNORECASE) if foreign else None,
        bodies=tuple(bodies), context=context,
        cue=_cue(reader, where, _with_scope_cue(table.get("cue", []), table.get("trigger"))),
        phrases=_phrases_table(reader, where, table.get("phrases", {})),
        not_with=frozenset(reader.strings(where, table, "not_with")),
        ongoing=frozenset(reader.strings(where, table, "ongoing")), frames=frames,
    )


def _lexicon(reader: _ProfileReader, name: str, table: dict[str, Any], key: str,
             with_canonical: bool) -> tuple[tuple[str, Guarded], ...]:
    """A table of canonical values and their aliases (``values``; ``negated``: the words that, said
    in a negated clause, state the value), compiled."""
    raw = table.get(key, {})
    if not isinstance(raw, dict):
        raise reader.fail(f"[slots.{name}]", key, "expected a table of values and their aliases")
    lexicon = []
    for canonical, aliases in raw.items():
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise reader.fail(f"[slots.{name}.{key}]", canonical, "expected a list of aliases")
        phrases = [canonical, *aliases] if with_canonical else aliases
        lexicon.append((canonical, Guarded.of(compiled(_phrases(phrases), re.IGNORECASE))))
    return tuple(lexicon)


def _is_str(value: object) -> bool:
    return isinstance(value, str)


def _is_text(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _is_bool(value: object) -> bool:
    return isinstance(value, bool)


def _is_count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1


def _is_share(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= 1


def _phrases_table(reader: _ProfileReader, where: str, raw: object) -> dict[str, str]:
    if not isinstance(raw, dict):
        raise reader.fail(where, "phrases", "expected a table like {added = \"now also advises the {new}\"}")
    reader.check_keys(f"{where[:-1]}.phrases]", raw, {"added", "removed", "changed"})
    for kind, template in raw.items():
        if not isinstance(template, str):
            raise reader.fail(f"{where[:-1]}.phrases]", kind, "expected a string")
        try:
            template.format(old="", new="", label="")
        except (KeyError, IndexError, ValueError) as exc:
            raise reader.fail(f"{where[:-1]}.phrases]", kind,
                              f"only {{old}}, {{new}} and {{label}} may be used: {exc}") from None
    return dict(raw)


def _scope_words() -> dict[str, list[str]]:
    """The language files' [scope] lists: how each language says what a mission does ("advise":
    "conseille", "asesora"...), phrases that may hold regular expressions."""
    from .language import scope_words  # (the language files compile their frames with this module)
    return scope_words()


def _scope_macros() -> dict[str, str]:
    """{scope_advise}: the [scope] list "advise" of every language file, for a slot's trigger."""
    return {f"scope_{key}": "|".join(sorted(words, key=len, reverse=True)) for key, words in _scope_words().items()}


def _with_scope_cue(raw: object, trigger: object) -> object:
    """A slot whose trigger holds {scope_X} is cued by those words too (what each starts with,
    after its lookbehinds and before any other regular expression: "conseill" for "conseill\\w*")."""
    if not isinstance(raw, list) or not raw or not all(isinstance(w, str) for w in raw) or not isinstance(trigger, str):
        return raw
    stems = [re.split(r"[\\(\[.?*+{|]", re.sub(r"^(?:\(\?<[!=][^)]*\))+", "", word), maxsplit=1)[0].lower()
             for key, words in _scope_words().items() if f"{{scope_{key}}}" in trigger for word in words]
    return [*raw, *(stem for stem in stems if len(stem) >= 4)]


def _cue(reader: _ProfileReader, where: str, raw: object) -> tuple[tuple[str, ...], ...]:
    """["a", "b"] -> one group (a or b); [["a", "b"], ["c"]] -> (a or b) and c."""
    if not isinstance(raw, list):
        raise reader.fail(where, "cue", "expected a list of words, or a list of lists of words")
    if all(isinstance(w, str) for w in raw):
        groups = [raw] if raw else []
    elif all(isinstance(g, list) and all(isinstance(w, str) for w in g) for g in raw):
        groups = raw
    else:
        raise reader.fail(where, "cue", "expected a list of words, or a list of lists of words")
    return tuple(tuple(w.lower() for w in group) for group in groups)
