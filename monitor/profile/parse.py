"""Reading a profile's TOML data into a :class:`~.model.Profile`: every table and key checked
(an error names the file, the table, the key and what was expected), macros expanded, patterns
compiled once (``parsecache.py`` keeps what their parses tell between processes)."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from ..config import TableReader, suggest
from ..errors import ConfigError
from ..parsecache import compiled, starts_tested, trie_alternation
from ..textutil import alternation, longest_first
from .guarded import Guarded
from .model import CATEGORIES, CONTEXTS, FRAME_FAMILIES, ROLES, SLOT_KINDS, Profile, Rule, Slot

_MACRO = re.compile(r"\{([a-z_]+)\}")
# a negated class of characters that stops at a full stop ("[^.;]{0,100}": a value up to the sentence's end), in a
# slot's rule: a dot between digits is a figure's ("from 500 to around 4.000", "4.5"), no full stop (see
# _through_figures)
_STOP_CLASS = re.compile(r"\[\^(?P<chars>[^\]\\]*\.[^\]\\]*)\]")
_OPENING_GROUP = re.compile(r"(?:\(\?P<\w+>)?")


def _through_figures(pattern: str) -> str:
    """``pattern`` with each negated class that excludes the full stop letting a dot between digits through: a value
    read up to the next full stop is not cut inside a figure ("increase NMI from 500 to around 4.000 soldiers")."""
    # (not a run that opens the pattern, "(?P<value>[^.;]{0,60}?...": the pattern is searched from what follows it, see
    # textutil.lead, and a figure there stands before the words the pattern reads)
    return _STOP_CLASS.sub(lambda m: m.group(0) if _OPENING_GROUP.fullmatch(pattern, 0, m.start())
                           else rf"(?:[^{m.group('chars')}]|(?<=\d)\.(?=\d))", pattern)


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

    def guarded(self, pattern: str, table: str, key: str) -> Guarded:
        """``pattern`` with its macros expanded, compiled, and guarded by its words."""
        return Guarded.of(self.compile(pattern, table, key))

    def guarded_if(self, table: str, data: dict[str, Any], key: str) -> Guarded | None:
        """``data[key]`` as a guarded pattern, or None when it is missing or empty."""
        return self.guarded(data[key], table, key) if data.get(key) else None


def _patterns(patterns: list[str]) -> str:
    """Regular expressions as one alternation, bounded by non-word characters."""
    return r"(?<![\w])(?:" + "|".join(f"(?:{p})" for p in patterns) + r")(?![\w])" if patterns else r"(?!x)x"


def _phrases(phrases: Iterable[str], genitive: bool = False) -> str:
    """Literal phrases as one alternation (a trie: fast), longest first, spaces matching any white space;
    ``genitive``: a name may be followed by a genitive ending joined to it ("NATO Mission Iraqs rådgivere": the
    language files' genitive_endings read it)."""
    listed = [" ".join(p.split()) for p in phrases if p.strip()]
    if genitive:
        # the parent's genitive written without its apostrophe, as Danish and Dutch write it ("NATOs styrke i Kosovo"
        # for the alias "NATO's styrke i Kosovo")
        listed += [p.replace("'s ", "s ") for p in listed if "'s " in p]
    endings = _genitive_endings() if genitive else ""
    end = rf"(?=(?:{endings})?(?![\w]))" if endings else r"(?![\w])"
    return r"(?<![\w])" + trie_alternation(listed, separator=r"\s+") + end if listed else r"(?!x)x"


def _phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """Literal phrases as one pattern, whatever their case."""
    return compiled(_phrases(phrases), re.IGNORECASE)


def _foreign_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """Literal phrases as one pattern, whatever their case, but an acronym in capitals as written ("US": not the
    pronoun "us", "a spokesperson told us the mission has about 550 personnel")."""
    listed = list(phrases)
    acronyms = [p for p in listed if p.isalpha() and p.isupper()]
    words = [p for p in listed if p not in acronyms]
    alternatives = [f"(?-i:{_phrases(acronyms)})"] if acronyms else []
    return compiled("|".join([*alternatives, *([_phrases(words)] if words else [])]), re.IGNORECASE)


# the [language] lists: a profile's own tone words, on top of the language files'
_LANGUAGE_KEYS = ("modal", "historical", "negation", "ending")


def _language(reader: _ProfileReader, language: dict[str, Any]) -> dict[str, Any]:
    """The [language] lists as the profile's fields: each list's pattern (``modal``...) and
    ``language_words``, the lists themselves."""
    words = {key: tuple(reader.strings("[language]", language, key)) for key in _LANGUAGE_KEYS}
    return {**{key: _phrase_pattern(phrases) for key, phrases in words.items()}, "language_words": words}


def parse_profile(data: dict[str, Any], where: str) -> Profile:
    """A profile's parsed TOML ``data`` checked and compiled; ``where`` (the file) names it in errors."""
    reader = _ProfileReader(where, {})
    reader.check_keys("top level", data, {"mission", "language", "macros", "slots"})
    mission = data.get("mission")
    if not isinstance(mission, dict) or not isinstance(mission.get("name"), str):
        raise ConfigError(f'{where}: [mission] key "name": missing; a profile names its mission', file=where)
    reader.check_keys("[mission]", mission, {"name", "aliases", "cooccurring", "mention_patterns", "references",
                                             "pronouns", "others", "cue", "reference_cue", "parent", "places",
                                             "abroad", "titles", "founded"})
    founded = reader.typed("[mission]", mission, "founded", None, "the year the mission was founded, like 2018",
                           lambda v: v is None or (isinstance(v, int) and not isinstance(v, bool) and 1900 < v < 2200))
    aliases = reader.strings("[mission]", mission, "aliases")
    groups = mission.get("cooccurring", [])
    if not isinstance(groups, list) or not all(isinstance(g, list) and all(isinstance(w, str) for w in g)
                                               for g in groups):
        raise reader.fail("[mission]", "cooccurring", "expected a list of lists of strings")
    macros = data.get("macros", {})
    if not isinstance(macros, dict) or not all(isinstance(v, str) for v in macros.values()):
        raise reader.fail("[macros]", None, "expected string values")
    places = reader.strings("[mission]", mission, "places")
    abroad = reader.strings("[mission]", mission, "abroad")
    listed = {entry.split("|")[0] for entry in places}
    for place in abroad:
        if place not in listed:
            raise reader.fail("[mission]", "abroad",
                              f"{place!r} is none of the places' names{suggest(place, sorted(listed))}")
    titles = mission.get("titles", {})
    if not isinstance(titles, dict) or not all(isinstance(v, str) and v.strip() for v in titles.values()):
        raise reader.fail("[mission]", "titles", 'expected a table of titles and the post each names, '
                          'like { COMKFOR = "commander" }')
    names = _phrases([mission["name"], *aliases, *titles], genitive=True)
    mention_patterns = reader.strings("[mission]", mission, "mention_patterns")
    references = reader.strings("[mission]", mission, "references")
    mention_source = "|".join([names, *(f"(?:{p})" for p in mention_patterns)])
    # a mention pattern may name the mission's own words "(?P<tail>...)" (the finder reads it); a
    # rule may name the mission twice, so the macro's group is a plain one
    plain_source = mention_source.replace("(?P<tail>", "(?:")
    reader.macros = {**macros, "mission": "|".join([plain_source, _patterns(references)]),
                     "mission_name": plain_source, "countries": _countries_macro(), **_scope_macros(),
                     **_grammar_macros(), "focus_opening": _focus_opening()[0]}
    cue = tuple(w.lower() for w in reader.strings("[mission]", mission, "cue"))
    reference_cue = tuple(w.lower() for w in reader.strings("[mission]", mission, "reference_cue"))
    if any("{focus_opening}" in reference for reference in references):
        # (the words of the languages' pronoun and verb a paragraph opening on {focus_opening} holds: "den ledes")
        reference_cue += tuple(w for w in _focus_opening()[1] if w not in reference_cue)
    if reference_cue and not cue:
        raise reader.fail("[mission]", "reference_cue", "a profile with reference cue words needs cue words too")
    for name in (mission["name"], *aliases):
        if cue and not any(word in name.lower() for word in cue):
            raise reader.fail("[mission]", "cue", f"the alias {name!r} contains none of the cue words")
    language = dict(reader.table("[language]", data.get("language", {})))
    reader.check_keys("[language]", language, set(_LANGUAGE_KEYS))
    slots_data = data.get("slots", {})
    if not isinstance(slots_data, dict):
        raise reader.fail("[slots]", None, "expected tables, one per slot")
    slots = {name: _parse_slot(reader, name, table) for name, table in slots_data.items()}
    for slot in slots.values():
        for other in sorted(slot.not_with - set(slots)):
            raise reader.fail(f"[slots.{slot.name}]", "not_with",
                              f"no slot named {other!r}{suggest(other, sorted(slots))}")
    return Profile(
        name=mission["name"], aliases=tuple(aliases), cooccurring=tuple(tuple(g) for g in groups), path=where,
        cue=cue + tuple(w for w in reference_cue if w not in cue), reference_cue=reference_cue,
        founded=founded,
        parent=tuple(reader.strings("[mission]", mission, "parent")),
        places=tuple(spelling for entry in places for spelling in entry.split("|")),
        place_names={spelling.lower(): entry.split("|")[0] for entry in places for spelling in entry.split("|")},
        abroad=frozenset(abroad),
        titles={title.lower(): " ".join(post.lower().split()) for title, post in titles.items()},
        others_words=tuple(w.lower() for w in (*reader.strings("[mission]", mission, "others"), *_owned_nouns())),
        # scanned over every sentence that may be about the mission, twice: the start test pays
        mention=starts_tested(reader.compile(mention_source, "[mission]", "mention_patterns")),
        # (and these over every sentence the mission is in, for its mentions: the start test pays too)
        reference=starts_tested(reader.compile(_patterns(references), "[mission]", "references")),
        reference_parts=tuple(reader.expand(_patterns([reference]), "[mission]", "references")
                              for reference in references),
        pronoun=starts_tested(_phrase_pattern(reader.strings("[mission]", mission, "pronouns"))),
        others=starts_tested(compiled("|".join((
            _phrases(reader.strings("[mission]", mission, "others")),
            _owned_missions((*reader.strings("[mission]", mission, "parent"), mission["name"], *aliases,
                             *(spelling for entry in places for spelling in entry.split("|"))),
                            reader.expand("{mission_name}", "[mission]", "mention_patterns")))), re.IGNORECASE)),
        **_language(reader, language), slots=slots,
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
        reader.check_keys(at, rule, {"pattern", "value", "role", "ends"})
        reader.typed(at, rule, "ends", True, "true or false", lambda v: isinstance(v, bool))
        reader.typed(at, rule, "pattern", "", "a regular expression (a string)", _is_str)
        reader.typed(at, rule, "value", None, "a string", lambda v: v is None or _is_text(v))
        role = rule.get("role", "current")
        if role not in ROLES:
            raise reader.fail(at, "role", f"expected one of {', '.join(ROLES)}, got {role!r}")
        rules.append(Rule(reader.guarded(_through_figures(rule["pattern"]), at, "pattern"), rule.get("value"), role,
                          names_mission="{mission}" in rule["pattern"], ends=rule.get("ends", True)))
    values = _lexicon(reader, name, table, "values", with_canonical=True)
    negated = _lexicon(reader, name, table, "negated", with_canonical=False)
    bodies = []
    for canonical, aliases in table.get("bodies", {}).items():
        bodies.append((canonical, _phrase_pattern([canonical, *aliases])))
    trigger = table.get("trigger")
    if table.get("open") and not trigger:
        raise reader.fail(where, "trigger", "a slot with open patterns needs a trigger")
    foreign = table.get("foreign")
    frames = table.get("frames")
    if frames is not None and frames not in FRAME_FAMILIES:
        raise reader.fail(where, "frames", f"expected one of {', '.join(FRAME_FAMILIES)}, got {frames!r}")
    founding_role = table.get("founding_role", "historical")
    if founding_role not in ("historical", "current"):
        raise reader.fail(where, "founding_role", f"expected historical or current, got {founding_role!r}")
    founding_date = table.get("founding_date", "month")
    if founding_date not in ("month", "year"):
        raise reader.fail(where, "founding_date", f"expected month or year, got {founding_date!r}")
    context = table.get("context", "sentence")
    if context not in CONTEXTS:
        raise reader.fail(where, "context", f"expected one of {', '.join(CONTEXTS)}, got {context!r}")
    return Slot(
        name=name, kind=kind.name, category=category, label=label, rules=tuple(rules),
        trigger=reader.guarded_if(where, table, "trigger"),
        trigger_after=reader.guarded_if(where, table, "trigger_after"),
        window=window, values=values, negated=negated,
        open=tuple(reader.guarded(p, where, "open") for p in reader.strings(where, table, "open")),
        reject=frozenset(r.lower() for r in reader.strings(where, table, "reject")),
        open_after=reader.guarded_if(where, table, "open_after"),
        person=person, tolerance=float(tolerance),
        foreign=_foreign_pattern(foreign) if foreign else None,
        bodies=tuple(bodies), context=context,
        cue=_cue(reader, where, _with_scope_cue(table.get("cue", []), table.get("trigger"))),
        phrases=_phrases_table(reader, where, table.get("phrases", {})),
        not_with=frozenset(reader.strings(where, table, "not_with")),
        ongoing=frozenset(reader.strings(where, table, "ongoing")), frames=frames,
        founding_role=founding_role, founding_date=founding_date,
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
        # a name the language files write their own way ("Austria": "Autriche", "Oostenrijk")
        translations = _name_translations()
        phrases = [*phrases, *(word for phrase in phrases for word in translations.get(phrase.lower(), ()))]
        lexicon.append((canonical, Guarded.of(_value_pattern(phrases))))
    return tuple(lexicon)


_ACRONYM = re.compile(r"[A-Z]{2}")


def _value_pattern(phrases: list[str]) -> re.Pattern[str]:
    """A value's phrases as one pattern, whatever their case, but for a two-letter acronym, written in
    capitals: "UN", "EU", "VN" are never the article "un", the participle "eu" or a word spelt so."""
    acronyms = [p for p in phrases if _ACRONYM.fullmatch(p.strip())]
    words = [p for p in phrases if p not in acronyms]
    if not acronyms:
        return _phrase_pattern(words)
    return compiled(f"{_phrases(words)}|(?-i:{_phrases(acronyms)})", re.IGNORECASE)


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
    from ..language import scope_words  # (the language files compile their frames with this package)
    return scope_words()


def _owned_missions(own: Iterable[str], mission: str) -> str:
    """Another body's mission in the language files' words (``owned_missions``: "the EU's mission", "la mission de
    l'UE"), the body a name in capitals that is not ``own`` (the mission's names, its parent's, its places) nor a rank
    (a person's) nor a day or a month ("Monday's mission"), and no word in capitals right before it ("NATO Mission
    Iraq's mission" is no "Mission Iraq's"); not where the mission itself is named (``mission``, a pattern: "la misión
    de la OTAN en Kosovo")."""
    from ..language import load_language
    language = load_language()
    if not language.owned_missions:
        return r"(?!x)x"
    # (the mission's own names also without their article: "la mission de l'Alliance", "la misión de la Alianza" are the
    # parent's, named "l'Alliance", "la Alianza")
    own = (*own, *(_ARTICLE.sub("", w) for w in own))
    names = trie_alternation([" ".join(w.split()) for w in (*own, *language.ranks, *language.weekdays, *language.months)
                              if w.strip()], separator=r"[\s.-]+")
    word = rf"(?!{names}(?![\w-]))(?-i:[A-Z])[\w-]*"  # (none of the run's words: "Leading NATO's mission" is NATO's)
    body = rf"{word}(?:\s+{word}){{0,3}}"
    guard = r"(?<![\w'’-])" + "".join(rf"(?<![A-Z]\w{{{n}}}\s)" for n in range(13))
    owned = "(?:" + "|".join(f"(?:{p.replace('{body}', body)})" for p in language.owned_missions) + ")"
    # (the mission's names tried only where another's mission stands: a cheap test first)
    return rf"{guard}(?={owned})(?!(?:[\w']+\s+)?(?:{mission})){owned}"


# a name's leading article in lower case ("the alliance", "la Alianza", "l'Alliance", "het bondgenootschap")
_ARTICLE = re.compile(r"^(?:[a-zà-ÿ]+\s+|[a-z]+['’]\s*)")


def _owned_nouns() -> tuple[str, ...]:
    """The mission nouns of the language files' ``owned_missions``: a sentence with none names no body's mission."""
    from ..language import load_language
    return load_language().mission_nouns if load_language().owned_missions else ()


def _genitive_endings() -> str:
    """The endings a name takes in the genitive in any language file (Danish "s"), an alternation ("": none)."""
    from ..language import load_language
    return alternation(load_language().genitive_endings)


def _countries_macro() -> str:
    """{countries}: the countries every language file names, longest first (another owner than the mission's)."""
    from ..language import country_names
    return alternation(country_names())


def _name_translations() -> dict[str, tuple[str, ...]]:
    """The language files' [names]: how each language writes a name a profile gives in English."""
    from ..language import name_translations
    return name_translations()


def _scope_macros() -> dict[str, str]:
    """{scope_advise}: the [scope] list "advise" of every language file, for a slot's trigger."""
    return {f"scope_{key}": "|".join(sorted(words, key=longest_first)) for key, words in _scope_words().items()}


def _grammar_macros() -> dict[str, str]:
    """{grammar_body_articles}: the [grammar] list of that name of every language file, longest first (a list no
    language fills matches nothing)."""
    from ..language import grammar_words
    return {f"grammar_{key}": "|".join(sorted(words, key=longest_first)) if words else r"(?!x)x"
            for key, words in grammar_words().items()}


def _focus_opening() -> tuple[str, tuple[str, ...]]:
    """{focus_opening}: a pronoun standing for the mission opening a paragraph before a verb of what a mission is or
    does, each language's (``[words] focus_pronouns`` and ``focus_verbs``: "Den ledes af ..."), and the phrases such a
    paragraph holds, for ``reference_cue``."""
    from ..language import focus_openings
    openings = focus_openings()
    pattern = "|".join(f"(?:{opening})" for opening, _ in openings) or r"(?!x)x"
    return pattern, tuple(cue for _, cues in openings for cue in cues)


def _with_scope_cue(raw: object, trigger: object) -> object:
    """A slot whose trigger holds {scope_X} is cued by those words too (what each starts with,
    after its lookbehinds and before any other regular expression: "conseill" for "conseill\\w*")."""
    if not isinstance(raw, list) or not raw or not all(isinstance(w, str) for w in raw) or not isinstance(trigger, str):
        return raw
    stems = [stem for key, words in _scope_words().items() if f"{{scope_{key}}}" in trigger for word in words
             for stem in _leading_stems(re.sub(r"^(?:\(\?<[!=][^)]*\))+", "", word))]
    return [*raw, *(stem for stem in stems if len(stem) >= 4)]


def _leading_stems(word: str) -> list[str]:
    """What a scope word starts with: its literal head ("conseill" for "conseill\\w*"), or, when it opens on a
    group of verbs, each of the group's words ("coordonne", "coordonnent" for "(?:se )?(?:coordonne|coordonnent)
    avec"; an optional group before it is skipped)."""
    while True:
        optional = re.match(r"\(\?:[^()]*\)\?\s*", word)
        if optional is None:
            break
        word = word[optional.end():]
    group = re.match(r"\(\?:([^()]*)\)", word)
    heads = group.group(1).split("|") if group is not None else [word]
    return [re.split(r"[\\(\[.?*+{|]", head, maxsplit=1)[0].lower().strip() for head in heads]


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
