"""Typed mentions in a sentence, and the sentence's skeleton for the frames.

A mention is a span of the (plain) sentence with a type:

- ``P`` a person: a rank or title and a name of any shape ("Lt Gen Hans-Peter Köhler", "Major
  General Dany Fortin", "Lt Gen Salah al-Tamimi", "Maj Gen A. Costa"), later in the document the
  surname alone ("Zieliński replaces ..."); one person however named keeps the fullest name;
- ``M`` the mission: its name, an alias, a reference ("the mission") while it is in focus, and
  "it"/"its" when the nearest actor before it is the mission or its parent organisation;
- ``O`` another actor the profile names (the coalition, the EU mission);
- ``D`` a date ("on 3 June", "in May 2024", "in 2019");
- ``L`` a place: one the profile lists, or a capitalised name after "in", "to", "from"...
- ``N`` a figure: digits ("4,000", "4.000", "4 000") or number words with a multiplier ("seven
  hundred", "quatre mille"), with the word before it that makes it approximate ("about", "environ"),
  or a figure that names no number ("several hundred"); what it counts is the frames' business
  (``sizes.py``).

The skeleton is the sentence with each mention replaced by its symbol (``P0``, ``M``, ``O``,
``D0``) and every other word in lower case, one space between tokens: the frames of the language
files are patterns over it, so "Lt Gen Erik Lindqvist of the Swedish Armed Forces took command of
NATO Mission Iraq on Monday" and "Maj Gen A. Costa took command of NMI" are one shape.
"""
from __future__ import annotations

import functools
import re
from calendar import monthrange
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property
from typing import Any

from ..language import Language, engine_words, load_language
from ..parsecache import compiled, lower_case, starts_tested, trie_alternation
from ..profile import Profile
from ..textutil import WordTest, alternation, caseless, fold, longest_first, substrings

_UPPER = "".join(chr(c) for c in range(0x41, 0x250) if chr(c).isupper())
# (a name may open with a particle joined by an apostrophe: "D'Alessandro", "dall'Oglio", "dell'Acqua")
# (an Arabic article joined to its name, assimilated or not: "al-Asad", "ad-Din", "as-Sulaymaniyah", "an-Najaf")
_NAME_WORD = rf"(?:(?:[Aa]l|[Ee]l|[Dd]'|O'|[Mm]c|[Dd]all'|[Dd]ell')[-']?|[Aa](?:[dnrstz]|sh)-)?[{_UPPER}][\w'’-]*"
_INITIAL = rf"[{_UPPER}]\.(?:-?[{_UPPER}]\.)?"
# a word of a name that may be a surname: no initial, no particle ("Ramón Echevarría Olaizola": "Echevarría")
_FIRST_SURNAME = re.compile(rf"[{_UPPER}][^\W\d_]{{2,}}")
_DIGIT = re.compile(r"\d")
_INDEFINITE = re.compile(r"(?:an?|une?|una|uno|een|en|et)\s", re.IGNORECASE)  # "a training mission in Iraq"
_APPOSED_NAME = re.compile(r"\s*,\s*")  # "..., NTM-I": a name in apposition
_BRACKETED_NAME = re.compile(r"\s*\(\s*")  # "... (NTM-I)": the name's short form in brackets
_DESCRIBED_AFTER = re.compile(r"\s*,\s*(?:[\w']{1,3}\s*)?$")  # "NTM-I, la ...": another's name, then a reference to it
_WORD = re.compile(r"\S+")
_NAMED_KEPT = 4096  # the texts whose persons' places and names a finder keeps at most (see Finder.persons)
# after a rank in lower case, a comma: the rank is a noun ("commanding general, Lt Gen X")
_APPOSED = re.compile(r"\.?,")
_POSSESSIVE = re.compile(r"\s*['’]s?(?![\w'-])")  # "the mission's training": what follows is the mission's, not it
# (an abbreviation of dotted letters keeps its last full stop, a word of the sentence, not its end: "p.t.", "bl.a.",
# "f.eks.", "e.g.")
_TOKEN = re.compile(r"'s\b|(?:[^\W\d_]{1,4}\.){2,}(?=\s|$)|[^\W_][\w'’.-]*[\w]|[^\W_]|[^\w\s]")


@dataclass(frozen=True)
class Mention:
    kind: str  # P M O D L
    start: int
    end: int
    value: str = ""  # a person's name; a date's ISO form
    when: date | None = None
    exact: bool = True  # a date with its day (not a month or a year alone)
    # a date without its year: its next occurrence from the document's date, for a clause about the
    # future ("will take command in May"); ``when`` is the last one up to the document
    ahead: date | None = None
    # a date without its year after a word of a deadline ("by December", "entro dicembre"): a time still
    # to come, its ``ahead`` read unless the clause tells history ("By March, NMI had suspended ...")
    due: bool = False
    # a date without its year after a word that ends a state ("suspended until December", "jusqu'en décembre"): the
    # end of what holds now or is still to come, no date of the clause's change (see lasting_before)
    lasting: bool = False
    number: float | None = None  # a figure's number (None: "several hundred")
    qualifier: str | None = None  # the word that makes a figure approximate ("about", "environ")
    known: bool = False  # a place the profile lists (not one read from a capitalised name after "in", "to")
    # a place in the mission's country: one the profile lists and does not put abroad, or a name holding one
    # ("Camp Taji")
    home: bool = False


@dataclass
class People:
    """The persons named so far in one document, for the surname alone and the fullest name."""

    names: list[str] = field(default_factory=list)
    # the sentences whose persons are known already: meeting one again adds none (see ``facts._meet``)
    met: set[str] = field(default_factory=set, compare=False, repr=False)

    def add(self, name: str) -> str:
        """The fullest known form of ``name`` (registering it)."""
        words = set(fold(name).split())
        for known in self.names:
            known_words = set(fold(known).split())
            if words <= known_words:
                return known
            if known_words < words:
                self.names[self.names.index(known)] = name
                return name
        self.names.append(name)
        return name

    def surnames(self) -> dict[str, str]:
        found: dict[str, str] = {}
        for name in self.names:
            words = name.split()
            if len(words) >= 2:
                found.setdefault(words[-1], name)
                found.setdefault(" ".join(words[-2:]), name)
                if len(words) >= 3 and _FIRST_SURNAME.fullmatch(words[-2]):
                    # of two surnames, the first alone ("el teniente general Ramón Echevarría Olaizola ...
                    # Echevarría ha tomado el relevo")
                    found.setdefault(words[-2], name)
                # the surname with its particles, capitalised where it opens a sentence ("Van der Heijden volgt Y op")
                particle = next((i for i, word in enumerate(words[1:-1], 1) if word[:1].islower()), None)
                if particle is not None:
                    surname = " ".join(words[particle:])
                    found.setdefault(surname, name)
                    found.setdefault(surname[:1].upper() + surname[1:], name)
        return found

    def surname_pattern(self) -> tuple[re.Pattern[str], dict[str, str]] | None:
        """One pattern for every known surname (longest first), and the full name of each: built
        again only when the names change, not for every sentence."""
        key = tuple(self.names)
        if self._cached is None or self._cached[0] != key:
            surnames = self.surnames()
            pattern = (re.compile(r"(?<![\w-])(?:" + alternation(surnames)
                                  + r")(?![\w-])") if surnames else None)
            self._cached = (key, pattern, surnames)
        _, pattern, surnames = self._cached
        return (pattern, surnames) if pattern is not None else None

    _cached: tuple[tuple[str, ...], re.Pattern[str] | None, dict[str, str]] | None = field(
        default=None, repr=False, compare=False)


# the mission in a skeleton (its name, alias or reference, written "M")
MISSION_SYMBOL = re.compile(r"(?<![\w'])M(?![\w'])")
# a place the text named, in a skeleton ("L0")
PLACE_SYMBOL = re.compile(r"(?<![\w'])L\d+(?![\w'])")


@dataclass(frozen=True)
class Skeleton:
    text: str  # tokens joined by single spaces
    symbols: dict[str, Mention]  # each symbol's mention ("M" may stand several times: any of them)
    # what the reader works out once per skeleton: the frames' words in it, its cuts, its clauses' tones
    memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @cached_property
    def lower(self) -> str:
        """``caseless(text)``, for the frames' word gates (see ``profile.Guarded``)."""
        return caseless(self.text)

    @cached_property
    def spoken(self) -> str | None:
        """The language the skeleton's sentence is in (``Language.spoken``), guessed once for every reader that asks:
        the size's words, its "and", the since-words."""
        return load_language().spoken(self.lower)


# a compound's first part, an acronym glued by a hyphen to the noun after it ("EU-missionen", "FN-missionen",
# "de VN-missie")
_ACRONYM_BEFORE = re.compile(rf"(?<![\w'-])[{_UPPER}]{{2,6}}-$")
# a compound of an acronym and a lower-case noun ("NATO-flaget", "de NAVO-vlag", "FN-missionen"): a thing, no word of a
# name ("overrakte generalmajor X NATO-flaget til Y")
_ACRONYM_COMPOUND = re.compile(rf"[{_UPPER}]{{2,6}}-[a-zà-ÿæøå]")
# right after the mission's name, the number of one of its rotations or contingents ("Kosovo Force 48", "KFOR 26"): one
# to three digits, no figure, then a stop, a bracket or the word "rotation" / "contingent"
_NUMBERED = re.compile(r" ?\d{1,3}(?![\d,.]?\d)(?=\s*[,;:.()](?!\d)|\s*$|\s+(?:rotation|contingent|task force)\b)")


# an elided preposition or article glued to the name after it ("d'Erbil", "l'Anbar")
_ELIDED_BEFORE = re.compile(r"[dl]['’]", re.IGNORECASE)

# after a given name or its initial ("James T. \"Hawk\" McCready")
_NICKNAME = re.compile(rf"(?:(?<=[^\W\d_] )|(?<=\b[{_UPPER}]\. ))['\"“‘][^\W\d_][\w.-]{{0,15}}['\"”’](?= [^\W\d_])")


# what stands between a person's name and the country they are of ("X of Norway", "X, of Greece,", "X (Norway)")
# (the language files' [words] country_of_person and country_of_articles)
_OF_PERSON = re.compile(rf",?\s+(?:{alternation(engine_words('country_of_person'))})\s+"
                        rf"(?:(?:{alternation(engine_words('country_of_articles'))})\s+)?|\s*\(\s*")
# what stands between a nationality and the person it describes: a noun or two in lower case, perhaps a comma ("a Danish
# officer, X", "the Danish general X")
_PERSON_NOUN = re.compile(r"(?:\s+[a-z-]+){1,2},?\s+")


# the groups of the Finder's patterns that hold a name (``bare`` and the patterns after names): the first that matched
# holds it
_NAME_GROUPS = ("name", *(f"name{i}" for i in range(2, 23)))
# where a surname alone may stand ("Spain's Ruiz", "the commander Wasowicz", "succeeded Ruiz as")
_SURNAME_ALONE = frozenset({"name4", "name6", "name7", "name8", "name9", "name17"})
# a name the words of a handover, of leading or a copula alone find, no rank or title before it ("handed command to
# X", "took over from X", "led by X", "the commander of NMI is X"): no name where a word of it is no name's
_UNTITLED = frozenset({"name12", "name13", "name14", "name18", "name19", "name20", "name21", "name22"})
# a name whose words may be a body's or a nation's ("the Swedish Armed Forces took command"): no name where they are
_BODY_OR_NAME = frozenset({"name3", "name5", "name9", "name11", "name16", "name17"}) | _UNTITLED
# a name before a post in apposition ("X of the Swedish Armed Forces, the commander of NMI"): a force is no name
_BEFORE_APPOSED = frozenset({"name", "name2", "name15"})


def _verb_cut(words: list[str]) -> re.Pattern[str]:
    """A predicate word, between spaces: where a mission's name ends ("a NATO-led mission has started in Iraq")."""
    return compiled(r"\s(?:" + "|".join(re.escape(word) for word in words) + r")\s")


class Finder:
    """Mention finders compiled from a language and a profile."""

    def __init__(self, language: Language, profile: Profile) -> None:
        self.language = language
        self.profile = profile
        # (read ignoring case: one trie of the lower-case forms, so that a longer rank is tried before a
        # shorter one spelt in another case: "Gen. D. olandese X" is "gen D" and a name, not "Gen" and "D.")
        rank = _phrase_alternation(sorted({r.lower() for r in language.ranks}))
        title = _phrase_alternation(sorted({t.lower() for t in language.titles}))
        # longest first, and in one order in every process (the source is the patterns' key in parsecache)
        particles = "|".join(sorted(map(re.escape, language.particles), key=lambda p: (-len(p), p)))
        name = (rf"(?:{_INITIAL}|{_NAME_WORD})(?:\s+(?:(?:{particles})\s+)*(?:{_INITIAL}|{_NAME_WORD})){{0,4}}")
        nationality = _phrase_alternation(language.nationalities)
        # (the mention patterns below behind the start test, see textutil: their first part ignores
        # case, which re can only try at every position)
        services = _phrase_alternation(language.rank_services, dot=False) if language.rank_services else "(?!x)x"
        # ("Lt Gen (ret.) X", "Maj. Gen. (Ret.) X", "le général (2S) X": the word of retirement in parentheses)
        retired = _phrase_alternation(language.retired) if language.retired else "(?!x)x"
        # ("Rear Admiral (UH) X", "Rear Admiral (lower half) X": the grade within the rank in parentheses)
        if language.rank_grades:
            retired = rf"{retired}|{_phrase_alternation(language.rank_grades)}"
        # ("el general de la misma nacionalidad X": the nationality given by another's)
        same = _phrase_alternation(language.same_nationality, dot=False) if language.same_nationality else "(?!x)x"
        self.person = starts_tested(compiled(
            # (a title after the rank, or a second title, or a third: "Air Marshal Sir Rhodri X", "Ambassador Dr.
            # Henrik X", "H.E. Ambassador Dr. X")
            rf"(?<![\w-])(?P<rank>(?i:{rank}|{title}))\.?(?:[\s.-]+(?i:{rank}|{title})\.?){{0,2}}(?:\s+(?i:{services}))?"
            rf"(?:\s*\(\s*(?i:{retired})\s*\))?"
            # (the officer's country, a staff's three-letter code, perhaps with the service's letter: "général de corps
            # d'armée (ESP) X", "Lt Gen (NLD A) X")
            rf"(?:\s*\(\s*[A-Z]{{3}}(?:\s+[A-Z]{{1,2}})?\s*\))?"
            # (another army's rank, its translation in parentheses: "Kindralmajor (Major General) X"; or the rank's
            # own abbreviation in capitals, as an army's releases give it: "Generalmajor (GM) X", "Major General (MG)
            # X", "luitenant-generaal (LGEN) X")
            rf"(?:\s*\(\s*(?:(?i:{rank})\.?(?:[\s.-]+(?i:{rank})\.?)?|[A-Z]{{2,6}})\s*\))?,?\s+"
            # (the nationality may close an apposition: "a su homóloga española, María José Ortega")
            rf"(?:(?i:{nationality.lower()}|{same}),?\s+)?(?P<name>(?:(?:{particles})\s+)*{name})"))
        served = _phrase_alternation(language.services, dot=False) if language.services else "(?!x)x"
        # after a name, the letters of an order or a degree, or a generation ("X KBE", "Y, PhD,", "Z Jr."): in the
        # mention, not in the name
        post_nominals = "|".join(sorted(map(re.escape, language.post_nominals), key=lambda p: (-len(p), p)))
        self.post_nominals = compiled(rf"(?:,?\s+(?:{post_nominals or '(?!x)x'})(?:\.(?=\s*[,a-z]))?(?![\w-]))+")
        self.served = compiled(rf"(?<![\w-])(?:{nationality})\s+(?:{served})\s+$")
        self.rank_words = frozenset(w.lower().rstrip(".") for r in language.ranks for w in r.split())
        # (a rank's or a title's word opening the name in apposition: "commanding general, Lt Gen X" has a rank)
        self.rank_or_title_words = self.rank_words | {w.lower().rstrip(".") for t in language.titles for w in t.split()}
        # a name without rank or title, introduced by a post ("Senior Civilian Representative Claire
        # Duval") or followed by one ("Claire Duval, the former senior civilian")
        heads = _phrase_alternation([h.split("(")[0] for h in language.heads])
        placed = _phrase_alternation(sorted(language.place_before), dot=False) if language.place_before else "(?!x)x"
        bare = rf"{_NAME_WORD}(?:\s+(?:(?:{particles})\s+)*{_NAME_WORD}){{1,3}}"
        # after a rank or a civilian's noun in lower case and a comma, a name with no rank of its own, closed by a
        # comma ("a senior Irish diplomat, Siobhán Ní Bhriain, to be ...", "a Spanish general, Carlos Ruiz, said")
        self.apposed_name = compiled(rf"\.?,\s+(?P<name>{bare})(?=\s*(?:[,;.]|$))")
        # ... or by a verb of appointment ("Former Slovak diplomat Zuzana Horvathova has been appointed")
        appointed = _phrase_alternation(language.name_before, dot=False)
        # ... or by a verb of giving a post up or taking it, with the post's sign at most two words on
        # ("Ines Costa has taken command of", "Jan Berg formally handed over the reins"; the handover's words)
        parts = language.handover_parts
        verbs = _phrase_alternation(sorted({*parts["give"], *parts["take"]}), dot=False)
        signs = _phrase_alternation(sorted({w for w in parts["signs"] if not w.endswith("duties")}), dot=False)
        handing = (rf"(?:(?:has|have|had|will|formally|officially|now|ha|hat|heeft|har|a|hanno|han|ont)\s+){{0,2}}"
                   rf"(?i:{verbs})\s+(?:[a-zà-ÿ'’]+\s+){{0,2}}?(?i:{signs})(?![\w-])"
                   if parts["give"] or parts["take"] else "(?!x)x")
        # ... or after a verb of succession ("succeeds Sigridur Thordardottir as senior civilian")
        # (a time of one or two words in lower case may stand inside the phrase: "sustituyó en enero a X", "a succédé en
        # juin à X")
        succeeded = (trie_alternation(language.name_after, separator=r"\s+(?:[a-zà-ÿ]+\s+){0,2}?") + r"(?![\w])"
                     if language.name_after else "(?!x)x")
        # (their words' tests: each phrase's longest word, which stands whole whatever the time inside it; its first
        # word, "was", "has", "a", "took", would pass nearly every sentence)
        succession_verbs = sorted({max(phrase.split(), key=len) for phrase in language.name_after})
        speech = _phrase_alternation(language.speech, dot=False)
        # ... or by a country's possessive ("Poland's Bartosz Wasowicz", "replaces Türkiye's Yildirimkaya":
        # one word, where the sentence goes on in lower case)
        country = _phrase_alternation(language.countries, dot=False)
        # ("the Netherlands' Maj Gen X": a plural's possessive is its apostrophe alone)
        owned = r"(?:['’]s|(?<=s)['’])"
        self.possessor = compiled(rf"(?<![\w-])(?:{country}){owned}\s+$")
        self.bare = starts_tested(compiled(
            # (the post joined to a name in capitals, a compound: "NMI-commandant Ilse Gerritsen-Maas", "KFOR-chef X")
            rf"(?:(?<![\w-])|(?<=[{_UPPER}]{{2}}-))(?i:{heads})\s+(?P<name>{bare})"
            # (an owner's possessive before the post: "Hendrik Voskuijlen, NMI's new commanding general, said",
            # "X, the mission's commander"; the post only looked at, free for a name after it: "works with the
            # United Nations, the mission's Senior Civilian Representative X said")
            rf"|(?<![\w-])(?P<name2>{bare})(?=,\s+(?:the\s+|a\s+)?(?:(?:[A-Z][\w-]*\s+){{0,3}}[\w-]+['’]s\s+)?(?:\w+\s+)?(?i:{heads}))"
            # ... or in apposition after one ("after meeting the force's commander, Özkan Ulutaş, the day before")
            # (the post's owner named between, capitalised: "Commander of KFOR, Witold Zaręba, presided over ...")
            # (... or a place, or both: "the new Commander of the NATO Mission in Iraq, X", "NATO's Senior
            # Civilian Representative in Iraq, X": the language's words before a place)
            # (the owner's noun in lower case between: "the new commander of the NATO mission in Iraq, X")
            rf"|(?<![\w-])(?i:{heads})(?:\s+(?:of|{placed})\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*|[a-z]+)\s+(?:(?:{placed})\s+)?){{0,3}}"
            rf"[A-Z][\w'’-]*)?,\s+"
            rf"(?P<name15>{bare})(?=\s*(?:[,;.]|$))"
            # ... or by a rank in lower case in apposition ("Ferenc Kajari, a major general of the Hungarian
            # Defence Forces, took over ...", "Ozan Demirkaya, a Turkish general and former chief of KFOR, ...")
            # (or closing the sentence: "..., Anna Kessler, a German Generalleutnant.")
            # (... or a civilian's noun: "Katrin Ploom, an Estonian diplomat who has been ...")
            rf"|(?<![\w-])(?P<name10>{bare}),\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?i:{rank}|{title})"
            rf"(?=\s+(?:of|in|from|with|at|serving|and|who)\s|\s*[,;]|\.\s|\.?$)"
            # (the country the person is of between: "Ilse Vandersteene of Belgium took up her post as ...")
            rf"|(?<![\w-])(?P<name14>{bare})(?=(?:\s+of\s+(?:the\s+)?(?:{country}))?\s+{handing})"
            rf"|(?<![\w-])(?P<name3>{bare})(?=(?:\s+\(\d{{1,3}}\))?,?\s+(?:{appointed})"
            # ... after an appositive ("Sigridur Hallgrimsdottir, an Icelandic diplomat, has become ...", "Joost
            # Hartog, geboren in Zwolle, wordt de nieuwe ...", "Erik Lund, 53, has been appointed")
            rf"|,\s+(?:(?:an?|the)\s+|(?=[a-zà-ÿ0-9]))[^,;()]{{1,60}},\s+(?:{appointed}))"
            # ... or a surname alone that opens the sentence before a verb of succession ("Papadakis
            # replaces Y") or of taking or giving up a post ("Ulutaş a pris le commandement", "Rossi ha assunto
            # il comando", "Schreurs nam het commando over")
            rf"|^(?P<name7>{_NAME_WORD})(?=\s+(?:{succeeded}|{appointed})\s)"))
        # ... after a verb of succession ("succeeds Sigridur Thordardottir"), a speaker's verb ("... ," said
        # Papadakis, who leads NMI), a country's possessive, or a post in lower case after a name ("NMI
        # commander Wasowicz told": the word before the post is checked in persons()); apart from the
        # patterns above: each opens with its words, which re searches for, not at every capital
        # ... or after an article and a nationality said as a noun ("le Lituanien Mindaugas Žilinskas",
        # "al portugués João Tavares", "de Litouwer Mindaugas Žilinskas")
        given = _phrase_alternation(parts["give"], dot=False) if parts["give"] else "(?!x)x"
        taken = _phrase_alternation(parts["take"], dot=False) if parts["take"] else "(?!x)x"
        to = _phrase_alternation(parts["to"], dot=False) if parts["to"] else "(?!x)x"
        from_ = _phrase_alternation(parts["from"], dot=False) if parts["from"] else "(?!x)x"
        determiner = _phrase_alternation(sorted(d for d in language.rank_determiners if not d.endswith("'")), dot=False)
        # (an elided one is written against its noun: "ha preso il posto dell'ungherese Zoltán Fekete")
        elided = trie_alternation(sorted(d for d in language.rank_determiners if d.endswith("'")), separator=r"\s+")
        relative_words = sorted(w for w in language.post_relatives if w.isalpha())
        relatives = _phrase_alternation(relative_words, dot=False)
        demonym = _phrase_alternation([*language.nationalities, *language.demonyms], dot=False)
        article = _phrase_alternation(sorted(language.articles), dot=False)
        head_phrases = [h.split("(")[0] for h in language.heads]
        # an article before the object of a verb of leading ("leads the mission", "dirige l'opération")
        self.object_article = compiled(rf"(?i:{article})(?:(?<=['’])|\s+)")
        # (a nationality noun that holds its article, in lower case: "overtog kommandoen fra nederlænderen X")
        definite = _phrase_alternation(sorted(d for d in language.demonyms if d[:1].islower()), dot=False)
        branches = (
            (rf"(?<![\w'-])(?:(?:(?i:{determiner})\s+|(?i:{elided}))(?P<demonym>(?i:{demonym}))|(?-i:{definite}))\s+"
             rf"(?P<name9>{bare}|{_NAME_WORD})",
             [*language.nationalities, *language.demonyms]),
            # (a nationality said as a noun between: "took the place of the Norwegian Håkon Vestby")
            (rf"(?<![\w-])(?:{succeeded})\s+(?:(?:(?P<article5>(?i:{article}))\s+)?(?P<demonym5>(?i:{demonym}))\s+)?"
             # (not a post's title: "appointed Senior Civilian Representative of ...")
             rf"(?!(?:the\s+)?(?:{country}){owned}\s)(?!(?i:{heads})(?![\w-]))(?P<name5>{bare})", succession_verbs),
            # ... or a surname alone there, where a post frames it ("predecessore di Sartori alla guida della NMI",
            # "succède à Martin à la tête de", "succeeds Papadakis as commander": the post's sign or head after it)
            (rf"(?<![\w-])(?:{succeeded})\s+(?P<name17>{_NAME_WORD})(?=\s+(?:[a-zà-ÿ'’]+\s+){{0,2}}?"
             rf"(?i:{signs}|{heads})(?![\w-]))", succession_verbs),
            # (not a body's name and a post joined: "siger KFOR-chefen, generalmajor X")
            (rf"(?<![\w-])(?:{speech})\s+(?![{_UPPER}]{{2,}}-[a-zà-ÿ])(?P<name8>{_NAME_WORD})(?=\s*,)",
             language.speech),
            # ... or in apposition to a word of the people in a post ("the work of his predecessor, Franco
            # Federici": the language files' post relatives of one word)
            (rf"(?<![\w-])(?i:{relatives}),\s+(?P<name11>{bare})", relative_words),
            # ... or with the word after it ("continuing the work of Íñigo Larrañaga, his predecessor")
            (rf"(?<![\w-])(?P<name16>{bare}),\s+(?:his|her|their|my|our)\s+(?i:{relatives})(?![\w-])", relative_words),
            (rf"(?<![\w-])(?:{heads})\s+(?P<name6>{_NAME_WORD})(?![\w'’-])(?!\s+(?:(?:{particles})\s+)*{_NAME_WORD})",
             head_phrases),
            # ... or the one a post is given to, or taken from ("handed command of NMI to Ines Costa", "took the
            # reins from Tomasz Wrona", "a transmis le commandement à Paul Girard"; the handover's words)
            (rf"(?<![\w-])(?i:{given})\s[^,;.()]{{0,80}}?(?<![\w-])(?i:{to})\s+(?P<name12>{bare})", parts["give"]),
            (rf"(?<![\w-])(?i:{taken})\s+(?:[a-zà-ÿ'’]+\s+){{0,2}}?(?i:{signs})(?![\w-])[^,;.()]{{0,80}}?"
             rf"(?<![\w-])(?i:{from_})\s+(?P<name13>{bare})", parts["take"]),
            # (a country alone as the words: "the Netherlands' Maj Gen X", a plural's possessive, holds no "s")
            (rf"(?<![\w-])(?:{country}){owned}\s+(?P<name4>{bare}|{_NAME_WORD}(?=\s*(?:[,.;:]|$)"
             rf"|\s+(?:on|in|as|at|who|and|to|from|said|says|told)\s))", language.countries),
            # ... or the one a passive of leading names ("NMI is led by Ines Costa", "La NMI est dirigée par X",
            # "NMI ledes af X")
            (rf"(?<![\w-])(?i:{_phrase_alternation(language.leader_before, dot=False)})\s+(?P<name18>{bare})",
             language.leader_before),
            *_copular_branches(language, bare), *_owned_post_branches(language, bare),
            *_leader_branches(language, bare))
        # each searched by itself, only in a sentence holding its words: a sentence holding a nationality or a
        # speaker's verb ("announced") ran the nine of them as one pattern at almost every position (a capital, a
        # letter of a verb of the handover)
        self.bare_after = tuple((starts_tested(compiled(source)), WordTest(bounded=words))
                                for source, words in branches)
        # a weekday or a word of the present: a sentence telling of recent days
        recent = [*language.weekdays, *language.present]
        self.recent = compiled(rf"(?<![\w'])(?:{'|'.join(map(re.escape, recent)) or '(?!x)x'})(?![\w'])",
                                 re.IGNORECASE)
        pronouns = "|".join(map(re.escape, language.subject_pronouns)) or "(?!x)x"
        opening = "|".join(map(re.escape, language.opening_pronouns)) or "(?!x)x"
        # a person's subject pronoun that the profile's pronouns of the mission share ("elle", "ella": "la mission ...
        # Elle est basée à Bagdad"), opening a sentence
        shared = [w for w in language.subject_pronouns if profile.pronoun is not None and profile.pronoun.fullmatch(w)]
        self.mission_subject = compiled(rf"^[\"'«“‘]?\s*({'|'.join(map(re.escape, shared)) or '(?!x)x'})(?![\w'-])",
                                        re.IGNORECASE)
        # ... or opening the clause after a semicolon ("La NMI conseille le ministère ; elle compte 650 personnes")
        self.clause_subject = compiled(rf"(?<=;\s)({'|'.join(map(re.escape, shared)) or '(?!x)x'})(?![\w'-])",
                                       re.IGNORECASE)
        verbal = "".join(f"|(?<![\\w'-])(?:{word})" for word in language.verb_pronouns)
        self.subject_pronoun = compiled(rf"(?<![\w'-])(?i:{pronouns})(?![\w'-])|^[\"'«“‘]?\s*(?:{opening})(?![\w'-])"
                                        rf"{verbal}")
        selves = "|".join(map(re.escape, language.speaker_pronouns)) or "(?!x)x"
        self.speaker_pronoun = compiled(rf"(?<![\w'-])(?:{selves})(?![\w'-])")
        # what every match of each pattern above holds, as whole words (textutil.WordTest): a rank
        # or title; a post, a verb of appointment or succession; for the patterns after a word, each
        # branch's words (a nationality, a verb of succession or speech, a post, a country's
        # possessive). Most sentences hold none, and the patterns are slow to tell (a capitalised
        # word may start a name anywhere)
        self.person_test = WordTest(bounded=[*language.ranks, *language.titles])
        self.bare_test = WordTest(bounded=[*head_phrases, *language.name_before, *language.name_after,
                                           *(r.lower() for r in language.ranks), *language.handover_parts["signs"]])
        self.bare_after_test = WordTest(bounded=[*language.nationalities, *language.demonyms, *succession_verbs,
                                                 *relative_words,
                                                 *language.speech, *head_phrases,
                                                 *(f"{country}'s" for country in language.countries),
                                                 *parts["give"], *parts["take"], *language.leader_before,
                                                 *(verb for verbs in language.leader_after for verb in verbs)])
        self.capitalised_before = compiled(rf"[{_UPPER}][\w'-]*\s+$")
        self.countries = frozenset(language.countries)
        self.not_person = frozenset([*language.organisation_words, *language.not_names, *language.nationalities,
                                     *language.countries, *language.capitals,
                                     *(m.capitalize() for m in language.months),
                                     *(w.capitalize() for w in self.rank_words), *profile.place_names.values(),
                                     # the mission's own names of one word ("X leder KFOR siden maj": after a post's
                                     # word, the mission led, no surname)
                                     *(name for name in profile.keywords if " " not in name)])
        self.tail = profile.mention is not None and "tail" in profile.mention.groupindex
        self._named: dict[str, tuple[tuple[int, int, str], ...]] = {}  # the texts read by persons (see there)
        self._read: dict[tuple[object, ...], list[Mention]] = {}  # the texts read by the finders below (see once)
        # the sentences read to their skeletons, by all the skeleton depends on (see facts.sentence_skeleton): the
        # skeleton, its persons and actors, and the persons known after reading it
        self.skeletons: dict[tuple[object, ...], tuple[Skeleton, list[Mention], list[Mention], tuple[str, ...]]] = {}
        self.parent = starts_tested(compiled(
            r"(?<![\w])(?:" + "|".join(map(re.escape, profile.parent)) + r")(?![\w])",
            re.IGNORECASE)) if profile.parent else None
        self.actor_words = compiled(_phrase_alternation(language.countries))
        self.nationality_words = compiled(_phrase_alternation(language.nationalities))
        # "we" and "our" in a spokesperson's words about the mission
        # (and the other languages' "our": "« Nos activités ont été suspendues »", read as "our")
        # (and their "we": "Nous avons renforcé nos patrouilles autour de Zubin Potok", read as "we")
        own = "|".join(re.escape(w) for w in sorted({"ours", "its", "it", "our", "we", *language.first_person,
                                                    *language.first_person_subjects},
                                                   key=lambda w: (-len(w), w)))
        # (with its verb joined to it, "it's a non-combat mission": the ending, read as the verb it stands for)
        joined = sorted(language.contractions, key=lambda pair: -len(pair[0]))
        endings = "|".join(re.escape(said.split(" ", 1)[0]) + (rf"(?=\s+{re.escape(said.split(' ', 1)[1])}(?![\w'-]))"
                                                               if " " in said else "") for said, _ in joined)
        self.joined_verbs = joined
        self.pronoun = compiled(rf"(?<![\w'])({own})(?P<joined>{endings})?(?![\w'])" if endings else
                                rf"(?<![\w'])({own})(?![\w'])", re.IGNORECASE)
        self.first_person = frozenset(language.first_person) - {"our", "ours"}
        self.first_person_subjects = frozenset(language.first_person_subjects) - {"we"}
        # a noun the mission is the complement of, just before its name ("the Romanian contingent in KFOR", "talks on
        # the future of NMI"): that noun, not the mission, is what a pronoun after them stands for
        topics = trie_alternation([w.lower() for w in language.topics], separator=r"\s+") if language.topics else None
        # (not across a word that opens a clause of time, the mission its subject: "The talks came a month after NMI
        # opened its Erbil office": "its" is the mission's)
        opens = (trie_alternation([w.lower() for w in language.background], separator=r"\s+")
                 if language.background else "(?!x)x")
        self.topic_before = compiled(rf"(?<![\w-])(?i:{topics})(?:\s+(?!(?i:{opens})\s)[\w'-]+){{0,5}}\s+$"
                                     if topics else "(?!x)x")
        companions = (trie_alternation([w.lower() for w in language.companions], separator=r"\s+")
                      if language.companions else None)
        # (an article between: "alongside the mission", "aux côtés de la NMI", "aux côtés de l'OTAN")
        self.companion_before = compiled(rf"(?<![\w-])(?i:{companions})(?:\s+\w{{1,3}}\s+|\s+\w['’]|\s+)$"
                                         if companions else "(?!x)x")
        # "NATO has suspended its training in Iraq": the mission is "its training in Iraq"
        self.its = starts_tested(compiled(r"(?<![\w'])(?:" + "|".join(map(re.escape, language.possessives)) + r")\s",
                                            re.IGNORECASE)) if language.possessives else compiled("(?!x)x")
        # the predicate words ([tone] and_before) that end the mission's name (see mission): the sentence's language's
        # own; where no language leads, every language's but those that are also another's article (French "a", "has",
        # is English "a", inside "maintains a non-combat advisory presence in Iraq")
        articles = {word.lower() for word in language.articles}
        self.verb_cut = _verb_cut([word for word in language.and_before if word.lower() not in articles])
        spoken: dict[str, list[str]] = {}
        for word in language.and_before:
            for code in sorted(language.origins.get("and_before", {}).get(word.lower(), ())):
                spoken.setdefault(code, []).append(word)
        self.verb_cuts = {code: _verb_cut(words) for code, words in spoken.items()}
        self.any_verb_cut = _verb_cut(list(language.and_before))  # (every language's: no cut where none stands)
        self._coordination = frozenset(w.lower() for w in language.coordination)  # (see _describes)
        # behind the start test (see textutil): a third faster over a sentence
        self.date = starts_tested(date_pattern(language))
        self.date_cue = date_cue(language)
        self.dates_lower = lower_case(self.date)  # (found in lower case: textutil.lowered)
        self.back = back_pattern(language)
        self.back_cue = substrings([w.lower() for w in language.back]) if self.back is not None else None
        self.due_before = due_before(language)
        self.lasting_before = lasting_before(language)
        # places: the profile's, and any capitalised name after a preposition of place
        known = _phrase_alternation(profile.places, dot=False) if profile.places else "(?!x)x"
        # (a word of the area around it may be joined to the name: "i Bagdadområdet", the place)
        tails = alternation(language.place_tails)  # (a branch that never matches when there is none)
        if profile.places and language.place_tails:
            known = trie_alternation(profile.places, separator=r"[\s.-]+") + rf"(?=(?:{tails})?(?![\w]))"
        self.known_place = starts_tested(compiled(rf"(?<![\w-])(?P<known>{known})(?:{tails})?"))
        # ... or a name a place's head word begins ("closed Camp Vrelo")
        heads = "|".join(re.escape(h) for h in language.place_heads) or "(?!x)x"
        # ... after a preposition of place and, between them, a kind of place ("to the Jordanian capital
        # Amman", "in the northern city of Mosul", "en la ciudad de Mosul")
        before = "|".join(sorted(language.place_before, key=longest_first)) or "(?!x)x"
        kinds = alternation(language.place_nouns)
        self.place = compiled(
            rf"(?:(?<![\w'’-])(?:{before})\s+(?:the\s+)?(?:(?:[\w-]+\s+){{0,2}}?(?:{kinds})\s+(?:of\s+|de\s+|di\s+|van\s+)?)?"
            rf"|(?=(?:{heads})\s))"
            rf"(?P<open>(?:(?:{heads})\s+)?{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|[IVX]+\b)){{0,2}})")
        joiners = "|".join(sorted((re.escape(w) for w in language.coordination if w.isalpha()), key=longest_first))
        # (a kind after the listed names, "in Diyala and Salah ad-Din provinces": not a two-letter one, which the merged
        # word lists share with another language's preposition, Danish "by" (town) with English "by")
        after_kinds = alternation(w for w in language.place_nouns if len(w) > 2)
        self.listed_place = compiled(
            rf"(?:\s*,\s*(?:(?:{joiners})\s+)?|\s+(?:{joiners})\s+)(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})"
            rf"(?=\s*(?:[.;:)]|,|$)|\s+(?:{joiners}|{before})\s|\s+(?:{after_kinds})s?(?![\w-]))")
        self.not_places = frozenset([*language.not_names, *language.nationalities,
                                     *(m.capitalize() for m in language.months),
                                     *(s.capitalize() for s in language.seasons),  # "in Spring 2026"
                                     # "trains Iraqi officers in English": the language it teaches in
                                     *(w[:1].upper() + w[1:] for _, tongues in language.tongues for w in tongues)])
        self.figure = figure_patterns(language)

    def forget(self) -> None:
        """Drop the texts kept by ``persons`` and ``once``: they are kept for one document (a page reads a
        sentence several times, and may say it again), not from one document to the next."""
        self._named.clear()
        self._read.clear()
        self.skeletons.clear()

    def once(self, read: Callable[..., list[Mention]], text: str, *args: object) -> list[Mention]:
        """``read(text, *args)``, one of the finders below whose mentions depend on their arguments alone (the
        mission's, the dates', the places', the figures'), kept per text: a page may say a sentence again (the
        generated pages say their mission paragraph three times), and each is read to its skeleton each time."""
        key = (read.__name__, text, *args)
        found = self._read.get(key)
        if found is None:
            if len(self._read) >= _NAMED_KEPT:
                self._read.clear()
            found = self._read[key] = read(text, *args)
        return list(found)

    # -- persons ----------------------------------------------------------------------------

    def persons(self, text: str, people: People) -> list[Mention]:
        # the typographic apostrophe read as the plain one the language files write ("général de corps d’armée
        # italien X"); one character for one, so the mentions' offsets hold in the text
        text = text.replace("’", "'")
        # a nickname in quotes between a given name and the surname ("Lt Gen Lucas 'Cas' Schreurs", "James "Jim"
        # O'Neill"): no part of the name; blanked, one character for one
        if "'" in text or '"' in text or "“" in text:
            text = _NICKNAME.sub(lambda found: " " * len(found.group(0)), text)
        # (the names and where they stand depend on the text alone: a sentence is asked again and again, as the one
        # a sentence about the mission is and as one of those before the next, and a page may say it twice)
        named = self._named.get(text)
        if named is None:
            if len(self._named) >= _NAMED_KEPT:
                self._named.clear()
            named = self._named[text] = self._person_spans(text)
        found = [Mention("P", start, end, people.add(name)) for start, end, name in named]
        taken = [(start, end) for start, end, _ in named]
        known = people.surname_pattern()
        if known is not None:
            pattern, full = known
            for match in pattern.finditer(text):
                if not any(s <= match.start() < e for s, e in taken):
                    found.append(Mention("P", match.start(), match.end(), full[match.group(0)]))
                    taken.append((match.start(), match.end()))
        return sorted(found, key=lambda m: m.start)

    def _person_spans(self, text: str) -> tuple[tuple[int, int, str], ...]:
        """Where ``persons`` finds a person by a rank, a title or a post, or a name in its place, and the name."""
        found: list[tuple[int, int, str]] = []
        held = self.person_test.may_hold(text)  # (see person_test)
        position = 0
        while held and (match := self.person.search(text, position)) is not None:
            position = match.end()
            rank = match.group("rank")
            if rank[:1].islower() and _APPOSED.match(text, match.end("rank")):
                # "NMI's new commanding general, Lt Gen A. J. Berg": the noun of a post, a rank and a name
                # in apposition after it (read from the next position)
                position = match.end("rank")
                apposed = self.apposed_name.match(text, position)
                words = self._name_words(apposed.group("name")) if apposed is not None else []
                if (apposed is not None and len(words) > 1
                        and words[0].rstrip(".").lower() not in self.rank_or_title_words
                        and not any(_unelided(w) in self.not_person for w in words)):
                    # "a senior Irish diplomat, Siobhán Ní Bhriain, to be ...": the name alone in apposition
                    start = apposed.start("name")
                    found.append((start, start + _span_of(apposed.group("name"), words), " ".join(words)))
                    position = start + _span_of(apposed.group("name"), words)
                continue
            before = text[:match.start()].split()
            if before and before[-1].strip("-").lower() in self.language.not_rank_after:
                continue
            words = self._name_words(match.group("name"))
            while (len(words) > 1 and words[0].rstrip(".").lower() in self.rank_words
                   and not re.fullmatch(_INITIAL, words[0]) and words[0] not in self.language.particles):
                words.pop(0)  # "a Spanish general, Lt Gen Carlos Ruiz": the name is Carlos Ruiz
            # a rank alone ("Greek Major General to command KFOR") or an organisation ("the Army General
            # Staff") names nobody
            if not words or words[0] in self.language.organisation_words or all(
                    w.rstrip(".").lower() in self.rank_words for w in words):
                continue
            # "le général Hintzy", "Hungarian general Kovacs": an article or a nationality before
            determined = bool(before) and (before[-1].lower() in self.language.rank_determiners
                                           or before[-1] in self.language.nationalities_set)
            # ... or between commas, in apposition ("tra l'uscente, generale Sannino, e il subentrante")
            determined = determined or (bool(before) and before[-1].endswith(",") and len(words) == 1
                                        and words[0] not in self.language.nationalities_set
                                        and text.startswith(",", match.start("name") + _span_of(match.group("name"),
                                                                                                  words)))
            if (rank[:1].islower() and len(words) < 2 and not determined
                    and " ".join(re.split(r"[\s.-]+", rank.lower())).strip() in self.language.common_ranks):
                # "general Iraqi": a lower-case common rank needs a full name, or an article ("le général Hintzy")
                continue
            name = " ".join(words)
            end = match.start("name") + _span_of(match.group("name"), words)
            start = match.start()
            # "from Italian Lt. Gen. Marco Bianchi", "Italy's Lt Gen Marco Bianchi": a nationality or a
            # country's possessive before the rank is part of the mention
            served = self.served.search(text, max(0, start - 60), start) if before else None
            if served is not None:  # "Danish Army Lt Gen X": the nationality and its service
                start = served.start()
            elif before and before[-1] in self.language.nationalities_set:
                start = text.rindex(before[-1], 0, start)
            elif len(before) > 1 and " ".join(before[-2:]) in self.language.nationalities_set:
                start = text.rindex(before[-2], 0, start)  # "New Zealand Lt Gen X": a nationality of two words
            elif before and (owner := self.possessor.search(text, 0, start)) is not None:
                start = _with_article(text, owner.start())  # (of any length: "New Zealand's Lt Gen X")
            found.append((start, end, name))
        taken = [(start, end) for start, end, _ in found]
        for match in [*_tested(self.bare, self.bare_test, text), *self._after_names(text)]:
            group = next(g for g in _NAME_GROUPS if g in match.re.groupindex and match.group(g))
            start, end = match.span(group)
            if group == "name22":
                opening = self._leader_start(text, start, end)
                if opening is None or not self._leads_mission(text, match.start("object22")):
                    continue  # "Denmark has led the mission's training", "X leads EUAM Iraq": not the mission
                start = opening
            words = self._name_words(text[start:end])
            if len(words) > 2 and self.possessor.search(words[0] + " ") is not None:
                # "Sweden's Erik Lindqvist, a lieutenant general, took command": the country owns the name
                start = match.start(group) + match.group(group).index(words[1], len(words[0]))
                words = words[1:]
            if group == "name6" and self.capitalised_before.search(text, max(0, match.start() - 40),
                                                                   match.start()) is None:
                continue  # "the commander Wasowicz": no name of the mission before the post
            alone = group in _SURNAME_ALONE
            if (len(words) < (1 if alone else 2) or any(s < end and start < e for s, e in taken)
                    or (alone and any(_unelided(w) in self.not_person for w in words))):
                continue
            if words[0] in self.language.place_heads:
                continue  # "Oggi a Camp Film City ha ricevuto il comando": a place's head word opens no name
            if group == "name17" and words[0].isupper():
                continue  # "She replaced KFOR commander Maj Gen X": an acronym before a post is a body, no surname
            if len(words) == 1 and words[0] in self.language.name_homographs:
                continue  # "Hans efterfølger er generalmajor X": "his", a first name alone is no name
            if group in _UNTITLED and (any(
                    len(w) == 1 or w in self.language.not_names or _unelided(w) in self.not_person for w in words)
                    or (words[0].lower() in self.language.rank_determiners
                        and words[0] not in self.language.particles)):
                # "Today I take command", "In Baghdad Lt Gen X took command", "La Spagna ha assunto il comando",
                # "L'Espagne a pris le commandement": no name
                continue
            if group in _BODY_OR_NAME and (
                    len(words) < len([w for w in match.group(group).split()
                                      if w.rstrip(".,") not in self.language.post_nominals]) or any(
                    w in self.language.organisation_words or w in self.language.nationalities_set for w in words)):
                continue  # "the Swedish Armed Forces took command": the words before the verb are no name
            if group in _BEFORE_APPOSED and (
                    any(w in self.language.organisation_words for w in match.group(group).split())
                    or words[0] in self.language.nationalities_set):
                continue  # "X of the Swedish Armed Forces, the commander of NMI": a force is no name
            if " ".join(words) in self.countries:
                continue  # "X of the United Kingdom took command", "X of New Zealand, the commander of ...": a country
            # (from where the name begins: after a country's possessive the group holds, "Spain's Elena Ruiz")
            end = start + _span_of(text[start:match.end(group)], words)
            if group == "name4":  # the possessive is part of the mention, as a nationality is
                following = re.match(r"\s+(\w+)", text[end:end + 30])
                if following and following.group(1).capitalize() in self.language.organisation_words:
                    continue  # "Lithuania's Iron Wolf brigade": a unit, in lower case, follows the name
                start = _with_article(text, match.start())
            elif group == "name9":  # the nationality is part of the mention, its article is not (a suffixed one is)
                start = match.start("demonym") if match.group("demonym") else match.start()
            elif group == "name5" and match.group("demonym5"):
                # after a verb of succession, the article too ("took the place of the Norwegian X": the object); a
                # language that suffixes its article has none before ("afløser nordmanden X", "afløste belgiske X")
                start = match.start("article5") if match.group("article5") else match.start("demonym5")
            found.append((start, end, " ".join(words)))
            taken.append((start, end))
        if self.language.post_nominals:
            found = [(start, self._past_post_nominals(text, start, end), name) for start, end, name in found]
        return tuple(found)

    def _leader_start(self, text: str, start: int, end: int) -> int | None:
        """Where a name before a verb of leading begins: after the last word between ``start`` and ``end`` that names
        nobody ("Since October Hanna Verhoeven has led KFOR": a month, a time word opening the sentence); None when
        fewer than two words are left (a name without rank or title there has two at least)."""
        words = list(re.finditer(r"\S+", text[start:end]))
        kept = [w for w in words[max((i + 1 for i, w in enumerate(words)
                                      if w.group(0) in self.not_person or w.group(0) in self.language.not_names),
                                     default=0):]]
        return start + kept[0].start() if len(kept) > 1 else None

    def _leads_mission(self, text: str, at: int) -> bool:
        """Whether the mission (its name or a reference to it) is the object that opens at ``at``, an article before
        it at most, and no other actor's nor a part of it ("the mission's training" is no mission)."""
        profile = self.profile
        assert profile.mention is not None and profile.reference is not None
        article = self.object_article.match(text, at)
        for position in {at, article.end() if article is not None else at}:
            if profile.others is not None and profile.others.match(text, position):
                return False
            found = profile.mention.match(text, position) or profile.reference.match(text, position)
            if found is not None and found.end() > position and not _POSSESSIVE.match(text, found.end()):
                return True
        return False

    def _past_post_nominals(self, text: str, start: int, end: int) -> int:
        """Where a name ending at ``end`` ends with the letters after it ("Sir Rhodri ap Gwilym KBE took over")."""
        after = self.post_nominals.match(text, end)
        if after is None:
            return end
        # (set off by commas, the closing one too: "X, CMG, took command"; not the one closing an apposition: "the
        # commander, Lt Gen X, MBE, said")
        closed = (text.startswith(",", end) and text.startswith(",", after.end())
                  and not text[:start].rstrip().endswith(","))
        return after.end() + 1 if closed else after.end()

    def _after_names(self, text: str) -> Iterator[re.Match[str]]:
        """The matches of the branches of ``bare_after`` in ``text``, as one alternation of them finds them: at the
        first position where one matches, the first of those matching there, then on from its end. A text without
        the words of any branch (``bare_after_test``) has none; a branch runs only where its own words stand."""
        if not self.bare_after_test.may_hold(text):
            return
        searches = [pattern.search for pattern, test in self.bare_after if test.may_hold(text)]
        found = [search(text) for search in searches]
        while True:
            first = None
            for made in found:
                if made is not None and (first is None or made.start() < first.start()):
                    first = made
            if first is None:
                return
            yield first
            position = first.end()  # (no branch matches an empty text)
            for index, made in enumerate(found):
                if made is not None and made.start() < position:
                    found[index] = searches[index](text, position)

    def pronoun_persons(self, text: str, persons: list[Mention], name: str) -> list[Mention]:
        """The subject pronouns ("he", "she") that no person named in the sentence stands before: each
        is ``name``, the person the text last named ("Lt Gen X arrived in Baghdad last week. On Friday he
        assumed command of NMI")."""
        first = min((m.start for m in persons), default=len(text))
        return [Mention("P", m.start(), m.end(), name) for m in self.subject_pronoun.finditer(text, 0, first)]

    def speaker_persons(self, text: str, persons: list[Mention], name: str) -> list[Mention]:
        """The speaker's own subjects ("I") outside the persons named: each is ``name``, the person a transcript's turn
        is labelled with ("LT GEN X: Thank you. I assumed command this morning from General Y")."""
        return [Mention("P", m.start(), m.end(), name) for m in self.speaker_pronoun.finditer(text)
                if not any(p.start <= m.start() < p.end for p in persons)]

    def _name_words(self, raw: str) -> list[str]:
        words: list[str] = []
        for word in raw.split():
            initial = re.fullmatch(_INITIAL, word) is not None  # "A. Costa": an initial, not the article
            if not initial and (_ACRONYM_COMPOUND.match(word) is not None
                                or word in self.language.not_names or word.rstrip(".,") in self.language.not_names
                                or word.lower() in self.language.subject_pronouns
                                or (words and word.rstrip(".,") in self.language.post_nominals)):
                break
            words.append(word)
        while words and words[-1] in self.language.particles:
            words.pop()
        if words and words[-1].endswith(("'s", "’s")) and len(words[-1]) > 2:
            words[-1] = words[-1][:-2]  # "Lt Gen Ana Costa's tenure": the possessive is no part of the name
        return words

    # -- places -----------------------------------------------------------------------------

    def places(self, text: str) -> list[Mention]:
        names, abroad = self.profile.place_names, self.profile.abroad
        found = [Mention("L", m.start(), m.end(), name, known=True, home=name not in abroad)
                 for m in self.known_place.finditer(text)
                 if self._body_of.search(text, max(0, m.start() - 40), m.start()) is None
                 for name in (names.get(m.group("known").lower(), m.group("known")),)]
        for match in self.place.finditer(text):
            words = match.group("open").split()
            if any(word in self.language.organisation_words for word in words):
                continue  # "Joint Force Command": an organisation
            if any(m.start <= match.start("open") < m.end for m in found):
                continue
            if _ELIDED_BEFORE.match(match.group("open")) and any(m.start == match.start("open") + 2 for m in found):
                continue  # "la région d'Erbil": the known place after the elided "de", not a name "d'Erbil"
            # "from Portugal's Maj Gen X": a possessor is no place, nor what follows it
            possessor = next((i for i, word in enumerate(words) if word.endswith(("'s", "’s", "s'", "s’"))), None)
            if possessor is not None:
                words = words[:possessor]
            ranked = next((i for i, word in enumerate(words) if word[:1].isupper()
                           and word.rstrip(".").lower() in self.rank_words), None)
            if ranked is not None:
                words = words[:ranked]  # "to New Zealand Lt Gen X": the place's name stops at a rank
                if " ".join(words) in self.language.nationalities_set:
                    continue  # ... and a nationality before a rank is the person's
            while words and words[-1] in self.not_places:  # (no possessor is left: cut above)
                words.pop()
            if not words or words[0] in self.not_places:
                continue
            start = match.start("open")
            end = start + _span_of(match.group("open"), words)
            found.append(Mention("L", start, end, " ".join(words),
                                 home=any(m.known and m.home and start <= m.start < end for m in found)))
        return self._listed_places(text, found)

    @cached_property
    def _body_of(self) -> re.Pattern[str]:
        """A word of an organisation and a genitive right before a place ("the University of Baghdad", "de
        Universiteit van Bagdad", "l'Università di Mosul"): the place names the body, no place of the mission's."""
        bodies = alternation(self.language.organisation_words)
        genitives = alternation(w for w in self.language.genitive if not w.endswith("'"))
        return re.compile(rf"(?<![\w'-])(?:{bodies})\s+(?i:{genitives})\s+$")

    def _listed_places(self, text: str, found: list[Mention]) -> list[Mention]:
        """A name coordinated with a place, closing the list ("in Baghdad, Erbil and Umm Qasr", "in Tal Afar and Umm
        Qasr."): a place too, though no preposition stands before it; not a name a verb or a noun follows ("in Baghdad,
        Prime Minister X said")."""
        if not found:
            return found
        spans = sorted(found, key=lambda m: m.start)
        added = True
        while added:
            added = False
            for mention in list(spans):
                match = self.listed_place.match(text, mention.end)
                if match is None or any(m.start < match.end("name") and match.start("name") < m.end for m in spans):
                    continue
                words = match.group("name").split()
                if any(w in self.language.organisation_words or w in self.not_places or w.isupper()
                       or w.rstrip(".").lower() in self.rank_words for w in words):
                    continue
                spans.append(Mention("L", match.start("name"), match.end("name"), " ".join(words)))
                spans.sort(key=lambda m: m.start)
                added = True
        return spans

    # -- figures ----------------------------------------------------------------------------

    def figures(self, text: str) -> list[Mention]:
        patterns = self.figure
        found = []
        spans: list[tuple[re.Match[str], str | None]] = (
            [(m, None) for m in patterns.digits.finditer(text)] if _DIGIT.search(text) else [])
        worded = patterns.words_cue.search(caseless(text)) is not None
        if worded:  # "seven hundred", "several hundred"
            spans += [(m, "several hundred" if m.group("vague") else
                       "several thousand" if m.group("thousands") else None) for m in patterns.words.finditer(text)]
        scaled = [m for m in patterns.scaled.finditer(text)] if _DIGIT.search(text) else []
        scaled += patterns.halved.finditer(text) if spans else ()
        scaled += patterns.half_of.finditer(text) if worded else ()  # ("un demi-millier": no figure of words alone)
        if scaled:
            # ("6 thousand": neither the "6" nor the "thousand" alone)
            spans = [(m, v) for m, v in spans if not any(s.start() < m.end() and m.start() < s.end() for s in scaled)]
        for match in scaled:
            start = match.start()
            approx = patterns.approximator(text, start)
            qualifier = approx[1] if approx is not None else None
            start = approx[0] if approx is not None else start
            if "half" in match.re.groupindex:  # "half a thousand"
                number = 0.5 * self.language.number_words[match.group("times").lower()]
            elif "unit" in match.re.groupindex:  # "four and a half thousand"
                unit = match.group("unit")
                whole = float(unit) if unit.isdigit() else read_figure(unit, self.language.number_words)
                if whole is None:
                    continue
                number = (whole + 0.5) * self.language.number_words[match.group("times").lower()]
            else:
                number = float(match.group("digits").replace(",", ".")) * (
                    1000 if match.group("k") else self.language.number_words[match.group("times").lower()])
            shown = f"{int(number):,}"
            found.append(Mention("N", start, match.end(), _qualified(qualifier, shown),
                                 number=number, qualifier=qualifier))
        for match, vague in spans:
            start = match.start()
            approx = patterns.approximator(text, start)
            qualifier = approx[1] if approx is not None else None
            start = approx[0] if approx is not None else start
            if vague:
                found.append(Mention("N", start, match.end(), vague, qualifier="approximate"))
                continue
            read = read_figure(match.group(0), self.language.number_words, self.language.number_joiners)
            if read is None:
                continue
            shown = f"{int(read):,}"
            end = match.end()
            if qualifier is None and text.startswith("+", end) and not text[end + 1:end + 2].isalnum():
                qualifier, end = "more than", end + 1  # "the 1,000+ men and women of NMI"
            elif text[end:end + 1] in "- ":  # "700-odd", "600 or so", "500-plus": approximate, or a floor
                end, qualifier = _after_figure(self.language, text, end, qualifier)
            found.append(Mention("N", start, end, _qualified(qualifier, shown),
                                 number=read, qualifier=qualifier))
        return found

    # -- dates ------------------------------------------------------------------------------

    def dates(self, text: str, published: date | None) -> list[Mention]:
        lower = caseless(text)
        found = self._back(text, lower, published)
        if self.date_cue.search(lower) is None:
            return found  # most sentences name no month and hold no figure
        for match in self.dates_lower.finditer(text, lower):
            when, exact = read_date(match, self.language, published)
            if when is not None:
                # "in mid-May", "à la mi-mai": the word joined to the month is the date's ("in D0", no dash in it)
                start = match.start()
                if match.group("m6") and start > 0 and text[start - 1] == "-":
                    start -= len(_JOINED.search(text, 0, start - 1).group(0)) + 1  # type: ignore[union-attr]
                found.append(Mention("D", start, match.end(), when.isoformat(), when, exact,
                                     next_occurrence(match, when, published),
                                     due=is_due(self.due_before, match, text),
                                     lasting=is_due(self.lasting_before, match, text)))
        return found

    def _back(self, text: str, lower: str, published: date | None) -> list[Mention]:
        """A span of time back from the document that times its clause ("twenty-five years ago today"): the day
        that long before the document, not exact (see back_pattern)."""
        if self.back is None or self.back_cue is None or published is None or self.back_cue.search(lower) is None:
            return []
        found = []
        for match in self.back.finditer(text):
            count = read_figure(match.group("count"), self.language.number_words)
            days = self.language.time_units.get(match.group("unit").lower(), 0)
            if count is None or not days:
                continue
            when = _days_back(published, count * days)
            found.append(Mention("D", match.start(), match.end(), when.isoformat(), when, False))
        return found

    # -- the mission and other actors --------------------------------------------------------

    def mission(self, text: str, in_focus: bool) -> list[Mention]:
        profile = self.profile
        assert profile.mention is not None and profile.reference is not None and profile.others is not None
        found = []
        lower = caseless(text)
        for match in profile.mentions.finditer(text, lower):
            start = match.start()
            # "the alliance is winding down its mission in Iraq": the mission is "its mission in Iraq";
            # "NATO names X to lead Iraq mission": a pattern's "tail" is the mission's own words
            its = self.its.search(match.group(0))
            tail = match.start("tail") if self.tail else -1
            if its is not None and its.start() > 0 and (tail < 0 or start + its.end() >= tail):
                start += its.start()
            elif tail > start:
                # ("NATO says last of its roughly 450 Iraq mission staff have left": the figure between the
                # possessive and the mission's own words is no part of its name)
                start = match.start("tail")
            if start > 0 and text[start - 1] in "#@":
                start -= 1  # a hashtag or a handle ("#NMI", "@NATOMissionIraq") is the name
            # "a NATO-led mission has started in Iraq": the mission is the noun phrase, not its verb
            end = match.end()
            verb = (self.verb_cuts.get(self.language.spoken(lower) or "", self.verb_cut).search(text, start, end)
                    if self.any_verb_cut.search(text, start, end) is not None else None)
            if verb is not None and verb.start() > start:
                end = verb.start()
            if end > start and its is not None and self._owned_by_other(text, start):
                # "The US-led coalition ended its military mission in Iraq, while NMI continues": the possessive's
                # owner is the other actor named before it, and the mission is that actor's
                found.append(Mention("O", start, end))
                continue
            if end > start:
                # a title of one of its posts ("COMKFOR") stands for the mission and the post
                post = profile.titles.get(text[start:end].lower())
                # "NATO Mission Iraqs rådgivere": a genitive ending joined to the name, written "M 's"
                ending = self._genitive_ending.match(text, end) if not post else None
                if ending is not None:
                    found.append(Mention("M", start, ending.end(), "'s"))
                    continue
                inflected = _INFLECTED.match(text, end) if text[end - 1:end].isupper() else None
                if inflected is not None:
                    end = inflected.end()  # "KFOR-i", "KFOR-it": an acronym with a case ending joined by a hyphen
                numbered = _NUMBERED.match(text, end) if not post else None
                if numbered is not None:
                    # "Kosovo Force 48", "KFOR 26": a rotation or contingent numbered after the mission, another's name
                    found.append(Mention("O", start, numbered.end()))
                    continue
                found.append(Mention("M", start, end, f"post:{post}" if post else ""))
        if in_focus:  # a reference overlapping a name is part of it ("the NATO Mission in Iraq")
            named = [(m.start, m.end) for m in found]
            found += [self._reference_mention(text, m)
                      for m in profile.references.finditer(text, lower)
                      if m.end() > m.start() and not any(s < m.end() and m.start() < e for s, e in named)
                      and not self._anothers(text, m.start(), m.end())
                      and not self._placed_elsewhere(text, m.end())]
        found = _with_acronyms(text, found)
        if profile.may_name_other(text):  # (most sentences name no other actor)
            others = [Mention("O", m.start(), m.end()) for m in profile.others_in(text)]
            starts = {m.start for m in others}
            ends = {m.end for m in others}
            found = [Mention("O", m.start, m.end)
                     if apposed(text, m.start, m.end, starts) or self._describes(text, m.start, m.end, ends) else m
                     for m in found]
            found += others
        return found

    def _describes(self, text: str, start: int, end: int, others: set[int]) -> bool:
        """"La NTM-I, la missione di addestramento della NATO in Iraq chiusa nel 2011, contava ...": a reference in
        apposition right after another actor's name (ending at one of ``others``), an article between at most, and
        closed by a comma, is that actor described: a description (a word of four letters or more in lower case:
        "NATO's training mission", not the name "Mission de l'OTAN en Irak"), not an item of a list ("la coalizione,
        la missione NATO e l'EUAM", "the coalition, NATO's mission, and EUAM": a word of coordination in its stretch
        or in the first three words of the next)."""
        before = _DESCRIBED_AFTER.search(text, max(0, start - 12), start)
        if before is None or before.start() not in others:
            return False
        if not any(len(w) > 3 and w.isalpha() and w.islower() for w in text[start:end].split()):
            return False
        after = text[end:].split(",", 2)
        if len(after) < 2:
            return False
        words = {w.lower() for w in [*after[0].split(), *after[1].split()[:3]]}
        return not words & self._coordination

    def _reference_mention(self, text: str, match: re.Match[str]) -> Mention:
        """A reference to the mission found at ``match``, or another actor's: a possessive another actor owns ("its
        military mission in Iraq" after EUAM's name), or the head of a compound naming another body ("EU-missionen")."""
        start, end = match.span()
        # (or a lone article standing for a force its size describes, "the 9,000-strong force" after the Kosovo
        # Police's name: the body just named)
        if (self.its.match(match.group(0)) or match.group(0).isalpha()) and self._owned_by_other(text, start):
            return Mention("O", start, end)
        if (body := self._body_before(text, start)) < start:
            return Mention("O", body, end)
        return Mention("M", start, end, self._genitive_of_reference(match.group(0)))

    def _body_before(self, text: str, start: int) -> int:
        """Where a compound whose first part names another body begins, the reference its head ("EU-missionen",
        "FN-missionen", "UN-missionen": that body's mission); ``start`` when the first part names none, or the parent or
        the mission itself ("NATO-missionen", "NMI-missionen")."""
        if start < 3 or text[start - 1] != "-":
            return start
        first = _ACRONYM_BEFORE.search(text, max(0, start - 8), start)
        if first is None:
            return start
        name = text[first.start():start - 1]
        if self._parent_name.fullmatch(name) is not None or self.profile.mentions.search(name, caseless(name)):
            return start
        return first.start()

    def _owned_by_other(self, text: str, start: int) -> bool:
        """Before a possessive reference ("its military mission in Iraq"), another actor is named and neither the
        mission nor its parent organisation is: the possessive is that actor's."""
        profile = self.profile
        before = text[:start]
        return (profile.may_name_other(before) and profile.first_other(before) is not None
                and self._parent_name.search(before) is None
                and profile.mentions.search(before, caseless(before)) is None)

    @cached_property
    def _parent_name(self) -> re.Pattern[str]:
        parent = self.profile.parent
        return re.compile(rf"(?<![\w])(?:{trie_alternation(parent)})(?![\w])", re.IGNORECASE) if parent else \
            re.compile(r"(?!x)x")

    def _genitive_of_reference(self, matched: str) -> str:
        """A reference that is another one with a genitive ending joined to it ("missionens chef"): written "M 's"."""
        reference = self.profile.reference
        for ending in self.language.genitive_endings:
            if (ending and matched.endswith(ending) and reference is not None
                    and reference.fullmatch(matched[:-len(ending)]) is not None):
                return "'s"
        return ""

    @cached_property
    def _genitive_ending(self) -> re.Pattern[str]:
        endings = alternation(self.language.genitive_endings)
        return re.compile(rf"(?:{endings})(?![\w'’-])" if endings else r"(?!x)x")

    def _anothers(self, text: str, start: int, end: int) -> bool:
        """After a reference ("the mission", "la misión"), a name of whose it is that is none of the
        mission's words ("la misión de Naciones Unidas", "the mission of the African Union"): another's; not the
        one a post is taken from, where "from" is a word of whose too ("overtage ledelsen af missionen fra
        Spanien")."""
        match = self._whose.match(text, end) or self._named_after.match(text, end)
        if match is None or self._own_words.match(match.group("name")) is not None:
            return False
        return self._taken_from.match(text, end) is None or self._taking.search(text[max(0, start - 80):start]) is None

    @cached_property
    def _placed_elsewhere(self) -> PlacedElsewhere:
        return PlacedElsewhere(self.language, self.profile)

    @cached_property
    def _taken_from(self) -> re.Pattern[str]:
        words = self.language.handover_parts["from"]
        return re.compile(rf"\s+(?i:{_phrase_alternation(words, dot=False)})\s" if words else r"(?!x)x")

    @cached_property
    def _taking(self) -> re.Pattern[str]:
        """Before a reference, a verb of taking a post and the post's sign ("overtage ledelsen af ")."""
        parts = self.language.handover_parts
        if not parts["take"] or not parts["signs"]:
            return re.compile(r"(?!x)x")
        take, signs = (_phrase_alternation(parts[k], dot=False) for k in ("take", "signs"))
        return re.compile(rf"(?<![\w-])(?i:{take})\s+(?:[\w'-]+\s+){{0,3}}?(?i:{signs})\s+(?:[\w'-]+\s+)?$")

    @cached_property
    def _named_after(self) -> re.Pattern[str]:
        """A name right after a reference, which it is the name of ("la missione Eulex", "della Missione Ue sullo
        Stato di diritto", "la mission Barkhane"; not a day or a month: "the mission Monday said")."""
        language = self.language
        days = "|".join(re.escape(w) for w in sorted({*language.weekdays, *language.months}, key=longest_first))
        return re.compile(rf"\s+(?!(?i:{days})(?![\w'-]))(?P<name>(?-i:[A-Z])[\w'-]*)" if days
                          else r"\s+(?P<name>(?-i:[A-Z])[\w'-]*)")

    @cached_property
    def _whose(self) -> re.Pattern[str]:
        words = alternation(self.language.genitive)
        return re.compile(rf"\s+(?i:{words})\s*(?P<name>(?-i:[A-Z])[\w'-]*)" if words else r"(?!x)x")

    @cached_property
    def _own_words(self) -> re.Pattern[str]:
        """The first words of the mission's names, of its parent and of its country: "la misión de la
        OTAN" is the mission's own."""
        profile = self.profile
        names = [profile.name, *profile.aliases, *profile.parent, *(w for group in profile.cooccurring for w in group)]
        firsts = {re.sub(r"^(?:the|la|le|l'|el)\s+", "", n, flags=re.IGNORECASE).split()[0].lower()
                  for n in names if n.split()}
        words = alternation(firsts)
        return re.compile(r"(?i:" + words + r")(?![\w])")

    def _clause_subjects(self, text: str, actors: list[Mention], persons: list[Mention] | None) -> list[Mention]:
        """A subject pronoun the mission's own pronouns share ("elle", "ella"), opening the clause after a semicolon,
        where the mission is the last name before it and the sentence names no person: the mission ("La NMI conseille
        le ministère ; elle compte 650 personnes"; "she" of a person otherwise)."""
        if persons or ";" not in text:
            return []
        found = []
        for match in self.clause_subject.finditer(text):
            before = [m for m in actors if m.end <= match.start()]
            if before and before[-1].kind == "M":
                found.append(Mention("M", match.start(1), match.end(1), "it"))
        return found

    def pronouns(self, text: str, actors: list[Mention], in_focus: bool,
                 persons: list[Mention] | None = None,
                 speakers: Callable[[], Sequence[re.Match[str]]] | None = None) -> list[Mention]:
        """"it", "its" that stand for the mission: the nearest actor before is the mission or its
        parent organisation, or none at all while the mission is in focus. (A country inside a person's
        name is no actor: "Past commanders include Canada's Maj Gen X, the first to lead it".) ``speakers``: the
        matches of ``speaker_it`` in ``text``, when the sentence has found them already (``Sentence.speakers_it``)."""
        pronouns = list(self.pronoun.finditer(text))
        if any(match.group(1).lower() in self.first_person_subjects for match in pronouns):
            # a speaker's "we" of one language is another's word of its own ("vi"): read in a sentence of its languages
            lower = caseless(text)
            pronouns = [match for match in pronouns if match.group(1).lower() not in self.first_person_subjects
                        or self.language.spoken_in("first_person_subjects", match.group(1).lower(), lower)]
        found = self._clause_subjects(text, actors, persons)
        if not pronouns:
            return found
        spans = [(p.start, p.end) for p in persons or ()]
        # (a country a preposition of place puts as where people went or work is no actor: "NMI moved 200 of its staff
        # to Jordan, while a core team remains at its headquarters in Baghdad")
        others = [(m.start(), "O") for m in self.actor_words.finditer(text)
                  if not any(start <= m.start() < end for start, end in spans)
                  and self._place_before.search(text, max(0, m.start() - 20), m.start()) is None]
        # (nor a nationality that describes the person named right after it: "A Danish officer, Maj Gen X, who arrived
        # in March, leads it")
        others += [(m.start(), "O") for m in self.nationality_words.finditer(text)
                   if not any(start <= m.start() < end
                              or (m.end() <= start and _PERSON_NOUN.fullmatch(text, m.end(), start))
                              for start, end in spans)]
        # (nor the country a person is of, right after their name: "A: Lt Gen X of Norway leads it today", "X (Norway)")
        others = [(start, kind) for start, kind in others
                  if not any(end <= start and _OF_PERSON.fullmatch(text, end, start) for _, end in spans)]
        parents = [(m.start(), "parent") for m in self.parent.finditer(text)] if self.parent else []
        marks = sorted([(m.start, "topic" if m.kind == "M" and self._complement(text, m.start) else m.kind)
                        for m in actors] + others + parents)
        # "EUAM Iraq works alongside NMI ...; EU ministers extended its mandate": the mission in company of another
        # actor named before it is that actor's complement
        company = [(m.start, m.end) for m in actors if m.kind == "M" and any(k == "O" for s, k in marks if s < m.start)
                   and self.companion_before.search(text, max(0, m.start - _TOPIC_REACH), m.start)]
        if company:  # (the parent's name inside the mission's goes with it: "alongside NATO Mission Iraq")
            marks = [(start, "topic" if kind == "M" and any(start == s for s, _ in company) else kind)
                     for start, kind in marks
                     if not (kind == "parent" and any(s <= start < e for s, e in company))]
        # "NMI works with the E.U., which runs its own advisory mission": a relative clause whose subject is a name
        # of another's, "its" in it is that name's
        antecedents = [(m.start("verb"), "O") for m in self._subject_relative.finditer(text)
                       if not any(a.start <= m.start() < a.end for a in actors if a.kind == "M")
                       and not any(start <= m.start() < end for start, end in spans)  # (a person's: "X, who led it")
                       and not (self.parent and self.parent.match(text, m.start()))] if "," in text else []
        # "The EU relaunched its advisory mission, while NMI waited": a body named as its clause's subject, "its" after
        # it is that body's (not the mission's, nor its parent's, nor a person's)
        antecedents += [(m.start("body"), "O") for m in self._body_subject.finditer(text)
                        if not any(a.start <= m.start("body") < a.end for a in actors if a.kind == "M")
                        and not any(start <= m.start("body") < end for start, end in spans)
                        and not (self.parent and self.parent.match(text, m.start("body")))]
        # "Whitcombe's task force will move most of its staff to Erbil": a unit of another force opening the sentence as
        # its subject, "its" after it is that unit's
        antecedents += [(m.start("body"), "O") for m in self._unit_subject.finditer(text)
                        if not any(a.start <= m.start("body") < a.end for a in actors if a.kind == "M")]
        # "Belgrade says it has 28,000 soldiers on alert": a name that is a speaker's subject, "it" right after its verb
        # is that speaker (a person's "it" is the one they speak of: "X said it would stay")
        antecedents += [(m.start("speaker"), "O") for m in (speakers() if speakers else self._speaker_it.finditer(text))
                        if not any(a.start <= m.start("speaker") < a.end for a in actors if a.kind == "M")
                        and not any(start <= m.start("speaker") < end for start, end in spans)
                        and not (self.parent and self.parent.match(text, m.start("speaker")))]
        for match in pronouns:
            third = match.group(1).lower() in ("it", "its")
            before = [kind for start, kind in sorted(marks + antecedents if third else marks)
                      if start < match.start()]
            nearest = before[-1] if before else None
            if nearest in ("M", "parent") or (nearest is None and in_focus):
                word = match.group(1).lower()
                word = "our" if word in self.first_person else "we" if word in self.first_person_subjects else word
                if match.groupdict().get("joined"):  # "it's": "it" and the verb it stands for ("M is")
                    word = f"{word} {self._joined_verb(text, match.end('joined'), match.group('joined').lower())}"
                found.append(Mention("M", match.start(), match.end(), word))
        return found

    def _joined_verb(self, text: str, end: int, ending: str) -> str:
        """The verb a pronoun's joined ending stands for (``words.contractions``), the word after it considered ("it's
        been": has)."""
        after = text[end:].split(None, 1)[0].lower() if text[end:].strip() else ""
        return next(verb for said, verb in self.joined_verbs
                    if said.split(" ", 1)[0] == ending and (" " not in said or said.split(" ", 1)[1] == after))

    @cached_property
    def _subject_relative(self) -> re.Pattern[str]:
        """A name, a comma and a relative pronoun that is its clause's subject (a word other than a pronoun after it:
        "the E.U., which runs ...", not "the ministry, which it advises", nor a person's: "X, who has led it
        since May"); ``verb`` where its clause's words begin."""
        relatives = trie_alternation(sorted({w.lower() for w in self.language.relative_pronouns}), separator=r"\s+")
        return re.compile(rf"(?<![\w'-])[A-Z][\w.'-]*,\s+(?!who\s|whom\s)(?:{relatives})\s+(?P<verb>)"
                          r"(?!(?i:its?|we|our)(?![\w'-]))")

    @cached_property
    def _body_subject(self) -> re.Pattern[str]:
        """A body's name opening a sentence or a clause (after one of the language files' words that cut a clause or
        open one with its subject: "while", "whereas", "but", "as"), its verb right after it: an acronym ("the EU
        relaunched") or capitalised words ending in a word of an organisation ("the United Nations resumed"); ``body``
        where the name starts (the verb only looked at: the name a speaker's verb reports may follow it, "NMI said the
        EU would ...")."""
        cuts = alternation(w for w in (*self.language.clause_cuts, *self.language.subject_openers) if w.isalpha())
        # (or a speaker's verb, a complementizer at most after it, opening the clause it reports: "NMI said the EU would
        # resume its police training", "NMI says that the UN will move its office")
        speech = alternation(w for w in self.language.speech if w.replace(" ", "").isalpha())
        that = alternation(w for w in self.language.complementizers if w.isalpha())
        reported = rf"|(?<![\w'])(?i:{speech})\s+(?:(?i:{that})\s+)?" if speech and that else ""
        articles = alternation(w for w in self.language.articles if w.isalpha())
        bodies = alternation(self.language.organisation_words)
        return starts_tested(compiled(
            rf"(?:^[\W]*|(?<![\w'])(?i:{cuts})\s+{reported})(?:(?i:{articles})\s+)?(?P<body>(?-i:[A-Z]{{2,6}})"
            rf"|(?:(?!(?i:{articles})\s)(?-i:[A-Z][\w'-]*)\s+){{1,3}}(?-i:{bodies}))(?![\w'-])(?=\s+(?-i:[a-z]))"))

    @cached_property
    def _unit_subject(self) -> re.Pattern[str]:
        """A unit of another force (``words.unit_subjects``) opening a sentence or a clause as its subject, after an
        article or an owner's possessive and two words at most, its verb after it ("Whitcombe's task force will move",
        "The brigade has moved"); ``body`` where the unit's word starts."""
        units = alternation(self.language.unit_subjects)
        if not units:
            return compiled("(?!x)x")
        cuts = alternation(w for w in (*self.language.clause_cuts, *self.language.subject_openers) if w.isalpha())
        articles = alternation(w for w in self.language.articles if w.isalpha())
        return compiled(rf"(?:^[\W]*|(?<![\w'])(?i:{cuts})\s+)(?:(?i:{articles})\s+|(?-i:[A-Z][\w-]*)'s?\s+)"
                        rf"(?:[\w-]+\s+){{0,2}}?(?P<body>(?i:{units}))(?![\w'-])(?=\s+(?-i:[a-z]))")

    @cached_property
    def _speaker_it(self) -> re.Pattern[str]:
        return speaker_it(self.language)

    @cached_property
    def _place_before(self) -> re.Pattern[str]:
        """A preposition of place right before a name ("to", "in", "naar")."""
        words = alternation(w for w in self.language.place_before if w.isalpha())
        return re.compile(rf"(?<![\w'-])(?:{words})\s+(?:the\s+)?$", re.IGNORECASE)

    def _complement(self, text: str, start: int) -> bool:
        """The mission's name at ``start`` is the complement of a noun just before it ("sending 120 soldiers to the
        Romanian contingent in KFOR, bringing it to 175"): a pronoun after it stands for that noun."""
        return self.topic_before.search(text, max(0, start - _TOPIC_REACH), start) is not None



@functools.cache  # by language (loaded once)
def speaker_it(language: Language) -> re.Pattern[str]:
    """A capitalised name opening a sentence, a clause or a speaker's turn, a speaker's verb after it, a complementizer
    at most, then "it" ("Belgrade says it has ...", "Serbia claimed that it would ..."): the name reports of itself, the
    pronoun is the name's; ``speaker`` where the name starts, the match's end where "it" does."""
    cuts = alternation(w for w in (*language.clause_cuts, *language.subject_openers) if w.isalpha())
    speech = alternation(w for w in language.speech if w.replace(" ", "").isalpha())
    that = alternation(w for w in language.complementizers if w.isalpha())
    articles = alternation(w for w in language.articles if w.isalpha())
    if not (speech and that and cuts and articles):
        return re.compile(r"(?!x)x")
    return compiled(
        rf"(?:^[\W]*|[:;]\s+|(?<![\w'])(?i:{cuts})\s+)(?:(?i:{articles})\s+)?"
        rf"(?P<speaker>(?-i:[A-Z][\w'-]*)(?:\s+(?-i:[A-Z][\w'-]*)){{0,2}})\s+(?i:{speech})\s+"
        rf"(?:(?i:{that})\s+)?(?=(?i:it)(?![\w']))")


_TOPIC_REACH = 80  # how far before the mission's name its noun's words may start
# a parenthesis or a square bracket, as some outlets write it ("NATO Mission Iraq [NMI]")
_OPEN_PARENTHESIS = re.compile(r"\s*[(\[]\s*")
_DASHED_NAME = re.compile(r"\s+[-–—]\s+")  # "NATO Mission Iraq - NMI": the short name after a dash
_PHRASE_END = re.compile(r"\s*(?:[,;:.)]|$)")
_CLOSE_PARENTHESIS = re.compile(r"\s*[)\]]")


def _copular_branches(language: Language, bare: str) -> list[tuple[str, list[str]]]:
    """Per language, a name without rank or title that a copula joins to a post, the post first or the name ("The
    commander of NMI is Ines Costa", "NMI's commander is X", "Il comandante della NMI è X"; "X is the senior civilian
    representative of NMI", "X er ny chef for NMI"), each with the post's heads as its words. Only that language's
    heads and copulas meet (not the Danish "er" after an English post). Between the post and its copula, its owner
    (eight words at most, no punctuation: "of the NATO mission in Iraq"); between the copula and the post, an article,
    a modifier, an owner's possessive."""
    branches = []
    for heads, copulas in language.copular_posts:
        if not heads or not copulas:
            continue
        head = "|".join(sorted(heads, key=lambda h: (-len(h), h)))  # (regular expressions: "chief(?! of staff)")
        copula = _phrase_alternation(copulas, dot=False)
        words = sorted({h.split("(")[0] for h in heads})
        branches.append((rf"(?<![\w-])(?i:{head})(?![\w'’-])(?:\s+[^\s,;:.()]+){{0,8}}?\s+(?i:{copula})\s+"
                         rf"(?P<name19>{bare})(?=\s*(?:[,;.:)]|$)|\s+[a-zà-ÿ(])", words))
        branches.append((rf"(?<![\w-])(?P<name20>{bare})\s+(?i:{copula})\s+(?:[^\s,;:.()]+\s+){{0,3}}?"
                         rf"(?i:{head})(?![\w'’-])", words))
    return branches


def _leader_branches(language: Language, bare: str) -> list[tuple[str, list[str]]]:
    """Per language, a name without rank or title before a verb of leading ("Hanna Verhoeven has led KFOR since
    October", "X est à la tête de la NMI", "X leidt de missie"), an appositive between at most ("X, 54, has led ..."),
    each with its verbs as its words; ``object22`` is where the verb's object opens (Finder._leads_mission: only the
    mission makes the name a person). Only that language's verbs meet (not the Danish "leder" in English text)."""
    branches = []
    for verbs in language.leader_after:
        if verbs:
            branches.append((rf"(?<![\w'-])(?P<name22>{bare})(?=(?:,\s+[^,;()]{{1,60}},)?\s+"
                             rf"(?i:{_phrase_alternation(verbs, dot=False)})\s+(?P<object22>))", list(verbs)))
    return branches


def _owned_post_branches(language: Language, bare: str) -> list[tuple[str, list[str]]]:
    """Per language, a name without rank or title in apposition after a post and its owner, set off by commas ("le
    chef de la Mission OTAN en Irak, X, a déclaré", "Chefen for KFOR, X, sagde"), each with the post's heads as its
    words. The owner opens with that language's own word of owning and holds eight words at most, no punctuation."""
    branches = []
    for heads, owners in language.owned_posts:
        if not heads or not owners:
            continue
        head = "|".join(sorted(heads, key=lambda h: (-len(h), h)))  # (regular expressions: "chief(?! of staff)")
        owner = "|".join(rf"{re.escape(o)}(?<=')" if o.endswith("'") else rf"{re.escape(o)}\s"
                         for o in sorted(owners, key=lambda o: (-len(o), o)))
        words = sorted({h.split("(")[0] for h in heads})
        branches.append((rf"(?<![\w-])(?i:{head})(?![\w'’-])\s+(?i:{owner})\s*(?:[^\s,;:.()]+\s+){{0,7}}?"
                         rf"[^\s,;:.()]+,\s+(?P<name21>{bare})(?=\s*(?:[,;]|\.?$))", words))
    return branches


def _unelided(word: str) -> str:
    """``word`` without an elided article before it: "L'Italia" is "Italia"."""
    return _ELIDED.sub("", word)


_ELIDED = re.compile(r"^[Ll][’']")


def _with_acronyms(text: str, found: list[Mention]) -> list[Mention]:
    """A name of the mission and another of its names in parentheses after it ("NATO Mission Iraq (NMI)",
    "the Kosovo Force (KFOR)"; or after a dash: "NATO Mission Iraq - NMI,") are one mention: the frames read one
    name, as the sentence without it."""
    if len(found) < 2:
        return found
    merged: list[Mention] = []
    for mention in sorted(found, key=lambda m: m.start):
        if merged and not merged[-1].value and not mention.value and mention.start > merged[-1].end and (
                _OPEN_PARENTHESIS.fullmatch(text, merged[-1].end, mention.start)
                and (close := _CLOSE_PARENTHESIS.match(text, mention.end)) is not None):
            merged[-1] = Mention("M", merged[-1].start, close.end())
            continue
        # ... or after a dash, closing the phrase ("the Commander of NATO Mission Iraq - NMI, Lt Gen X")
        if merged and not merged[-1].value and not mention.value and mention.start > merged[-1].end and (
                _DASHED_NAME.fullmatch(text, merged[-1].end, mention.start)
                and _PHRASE_END.match(text, mention.end)):
            merged[-1] = Mention("M", merged[-1].start, mention.end)
            continue
        # the rest of a longer name after its first words, then the acronym ("la Force multinationale de l'Otan au
        # Kosovo (KFOR)": "la Force" is the force, its name goes on to the parenthesis)
        if merged and not merged[-1].value and not mention.value and mention.start > merged[-1].end and (
                (rest := _NAME_RUN.fullmatch(text, merged[-1].end, mention.start)) is not None
                and (close := _CLOSE_PARENTHESIS.match(text, mention.end)) is not None
                and len(rest.group(0).split()) <= 7):  # (six words and the parenthesis)
            merged[-1] = Mention("M", merged[-1].start, close.end())
            continue
        merged.append(mention)
    return merged


# the words that go on with a name to the opening parenthesis of its acronym: no clause's punctuation
# between, no figure
_NAME_RUN = re.compile(r"(?:\s+[^\W\d_][\w'’-]*)+\s*[(\[]\s*")


def _qualified(qualifier: str | None, shown: str) -> str:
    """A figure as shown with its approximator before it, straight after one that ends elided ("près d'1,000")."""
    if not qualifier:
        return shown
    return f"{qualifier}{shown}" if qualifier.endswith("'") else f"{qualifier} {shown}"


def _after_figure(language: Language, text: str, end: int, qualifier: str | None) -> tuple[int, str | None]:
    """Where a figure ending at ``end`` ends with a word of approximation after it ("700-odd", "six hundred or so",
    "500-plus"), and its qualifier (one before it stays: "some 500-plus")."""
    for phrases, said in ((language.about_after, "about"), (language.more_after, "more than")):
        for phrase in phrases:
            if text.startswith(phrase, end) and not text[end + len(phrase):end + len(phrase) + 1].isalnum():
                return end + len(phrase), qualifier or said
    return end, qualifier


def _tested(pattern: re.Pattern[str], test: WordTest, text: str) -> Iterator[re.Match[str]]:
    """``pattern``'s matches in ``text``, none when the text cannot hold the words of any (``test``)."""
    return pattern.finditer(text) if test.may_hold(text) else iter(())


def apposed(text: str, start: int, end: int, others: set[int]) -> bool:
    """"NATO ran a training mission in Iraq, NTM-I, which ...": a mission said with an indefinite article
    that another actor's name (starting at one of ``others``) then names in apposition is that actor; so is
    any mission's name whose short form in brackets is another's ("the NATO Training Mission in Iraq (NTM-I)")."""
    bracket = _BRACKETED_NAME.match(text, end)
    if bracket is not None and bracket.end() in others:
        return True
    comma = _APPOSED_NAME.match(text, end)
    return _INDEFINITE.match(text, start) is not None and comma is not None and comma.end() in others


def _phrase_alternation(phrases: tuple[str, ...] | list[str], dot: bool = True) -> str:
    """Phrases where a space may be any run of spaces, dots and hyphens ("Maj.-Gen."), and a final dot
    may follow (``dot``)."""
    end = r"\.?" if dot else ""
    # a trie of characters: at each position a few character tests, not one per phrase
    return trie_alternation(phrases, separator=r"[\s.-]+") + end + r"(?![\w])" if phrases else "(?!x)x"


def _with_article(text: str, start: int) -> int:
    """Where a country's possessive before a name starts, with its article ("the Netherlands' Maj Gen X")."""
    article = re.search(r"(?<![\w'])the\s+$", text[max(0, start - 5):start], re.IGNORECASE)
    return start - len(article.group(0)) if article is not None else start


def _span_of(raw: str, words: list[str]) -> int:
    """The length of ``raw`` up to the end of its ``len(words)``-th word."""
    position = 0
    for word in words:
        position = raw.index(word, position) + len(word)
    return position


# -- figures --------------------------------------------------------------------------------

@dataclass(frozen=True)
class FigurePatterns:
    """How figures are found: digits (the test for one is a digit), number words and vague figures
    (tested for by their multipliers' words: "hundred", "mille"), and the word before either that
    makes it approximate (searched for just before a figure found: trying it at every word of a
    sentence cost more than the figures themselves)."""

    digits: re.Pattern[str]
    # digits before a multiplier of a thousand or more ("6 thousand", "the 4.3 thousand-strong force", "1,2 mila"):
    # one figure, the digits (a decimal comma or point too) times the word
    scaled: re.Pattern[str]
    # number words or digits, a half, a multiplier ("four and a half thousand", "2 and a half thousand", "twee en een
    # half duizend"): the number and a half, times the multiplier
    halved: re.Pattern[str]
    # a half of a multiplier ("half a thousand", "un demi-millier", "medio millar", "mezzo migliaio", "et halvt
    # tusind"): half the multiplier, not the multiplier ("a thousand") it ends on
    half_of: re.Pattern[str]
    words: re.Pattern[str]
    words_cue: re.Pattern[str]
    approx: frozenset[str]  # lower case, one space between words
    approx_words: int  # the most words an approximator has

    def approximator(self, text: str, start: int) -> tuple[int, str] | None:
        """The approximator right before ``start`` ("about", "more than"; "environ" in "forte
        d'environ 900"), and where it starts."""
        if start and text[start - 1] in "~≈" and (start == 1 or not text[start - 2].isalnum()):
            return start - 1, "about"  # a post's "~4k", "≈ 550": about
        if start > 1 and text[start - 1].isspace() and text[start - 2] in "~≈":
            return start - 2, "about"
        if not start or not (text[start - 1].isspace() or text[start - 1] in "'’"):
            return None  # (an approximator may end elided: "près d'un millier")
        words = [(m.start(), m.group(0).replace("’", "'")) for m in _WORD.finditer(text, max(0, start - 40), start)]
        for count in range(min(len(words), self.approx_words), 0, -1):
            at, phrase = words[-count][0], " ".join(w for _, w in words[-count:]).lower()
            if phrase in self.approx:
                return at, phrase
            if count == 1 and "'" in phrase[:-1]:  # after an elided article
                cut = phrase.rindex("'") + 1
                if phrase[cut:] in self.approx:
                    return at + cut, phrase[cut:]
        return None


def figure_patterns(language: Language) -> FigurePatterns:
    words = language.number_words
    multipliers = [w for w, v in words.items() if v >= 100]
    # a word may be number words written together ("quattromilacinquecento", "vierduizend", "femhundrede")
    piece = trie_alternation(list(words))
    # (written together in lower case: "UNMIL" is no "un" and "mil")
    any_word = rf"{piece}(?-i:(?:{piece})*)"
    # number words hold a multiplier ("seven hundred", "a thousand", "two thousand five hundred"):
    # "a", "two", "un" alone are no figure of a size; nor is a "one" after one ("a thousand a year")
    after = rf"(?:{piece}(?-i:(?:{piece})*))?(?-i:{trie_alternation([w for w, v in words.items() if v > 1])})"
    times = trie_alternation(multipliers)
    multiplier = rf"(?:(?:{piece})(?-i:(?:{piece})*){times}|{times})(?-i:(?:{piece})*)"
    # (a joiner between a multiplier and the words after it: "seven hundred and fifty", "syv hundrede og halvtreds")
    joiner = rf"(?:\s+{trie_alternation(list(language.number_joiners))}(?=\s))?" if language.number_joiners else ""
    spelled = rf"(?:(?:{any_word})[\s-]+){{0,3}}{multiplier}(?:{joiner}[\s-]+(?:{after})){{0,3}}"
    vague = trie_alternation([" ".join(v.lower().split()) for v in language.vague_figures], separator=r"\s+")
    thousands = trie_alternation([" ".join(v.lower().split()) for v in language.vague_thousands], separator=r"\s+")
    halves = trie_alternation(list(language.halves), separator=r"\s+") if language.halves else "(?!x)x"
    half_of = trie_alternation(list(language.half_of), separator=r"\s+") if language.half_of else "(?!x)x"
    return FigurePatterns(
        digits=re.compile(r"(?<![\w.,-])(?:\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:\.\d{3})+(?!\d)"
                          r"|\d{1,3}(?:\s\d{3})+(?!\d)|\d+)(?![\w]|[.,]\d)"),
        # (a post's or a headline's "4k", "1.5K": the letter of a thousand joined to the digits)
        scaled=re.compile(rf"(?<![\w.,-])(?P<digits>\d{{1,3}}(?:[.,]\d{{1,2}})?)(?:\s+(?P<times>"
                          rf"{trie_alternation([w for w, v in words.items() if v >= 1000])})|(?P<k>k))(?![\w])",
                          re.IGNORECASE),
        halved=re.compile(rf"(?<![\w.,-])(?P<unit>{any_word}|\d{{1,3}})\s+(?:{halves})\s+(?P<times>{times})(?![\w])",
                          re.IGNORECASE),
        half_of=re.compile(rf"(?<![\w.,-])(?P<half>{half_of})[\s-]+(?P<times>{times})(?![\w])", re.IGNORECASE),
        words=starts_tested(compiled(rf"(?<![\w.,-])(?:(?P<vague>{vague})|(?P<thousands>{thousands})|{spelled})(?![\w])",
                                     re.IGNORECASE)),
        # (a vague figure by its longest word: "hundreds", "centaines"; never "a" of "a few hundred")
        words_cue=substrings([*multipliers, *(max(v.lower().split(), key=len)
                                              for v in (*language.vague_figures, *language.vague_thousands))]),
        approx=frozenset(" ".join(a.lower().split()) for a in language.approximators),
        approx_words=max((len(a.split()) for a in language.approximators), default=0))


def read_figure(raw: str, words: dict[str, int], joiners: tuple[str, ...] = ()) -> float | None:
    """"1,100", "4.000", "4 000" -> 1100, 4000; number words: "twelve hundred" -> 1200, "two thousand
    five hundred" -> 2500, "a thousand" -> 1000; a joiner after a multiplier joins the words after it
    ("seven hundred and fifty" -> 750)."""
    if raw[:1].isdigit():
        return float("".join(raw.replace(",", "").replace(".", "").split()))
    total = current = 0
    before = 100  # the word before's value (none yet: as after a multiplier)
    for word in _number_pieces(raw.lower(), words):
        if word in joiners and before >= 100:
            continue
        value = words.get(word)
        if value is None or (value < 10 and before < 20):  # two units in a row count nothing ("fire a thousand")
            return None
        before = value
        if value >= 1000:
            total, current = total + max(current, 1) * value, 0
        elif value >= 100:
            current = max(current, 1) * value
        else:
            current += value
    return float(total + current) or None


_PIECES: dict[int, re.Pattern[str]] = {}


def _number_pieces(raw: str, words: dict[str, int]) -> list[str]:
    """The number words of ``raw``, those written together split ("quattromilacinquecento": "quattro",
    "mila", "cinquecento"; the longest word first); a word that is no number word is kept whole."""
    pieces = _PIECES.get(id(words))
    if pieces is None:
        pieces = _PIECES[id(words)] = re.compile(alternation(words))
    found: list[str] = []
    for word in re.split(r"[\s-]+", raw):
        if word in words:
            found.append(word)
            continue
        parts = pieces.findall(word)
        found += parts if "".join(parts) == word else [word]
    return found


# -- dates ----------------------------------------------------------------------------------

_JOINED = re.compile(r"\w*$")


def date_pattern(language: Language) -> re.Pattern[str]:
    month = trie_alternation(language.months) + r"\.?"
    day = r"(?:[0-3]?\d)(?:st|nd|rd|th|er|[°º]|\.(?=\s))?"  # "4th", "6. juni", "1er mai", "1° maggio", "1º de mayo"
    year = r"(?:19|20|21)\d\d"
    # "the 12th of October", "12 de octubre de 2018"
    joiners = "|".join(map(re.escape, language.date_joiners))
    joined = rf"(?:(?:{joiners})\s+)?" if joiners else ""
    # a month alone after one of its language's words ("in May", "en mai"), or joined to it by a hyphen
    # ("in mid-May", "à la mi-mai"): one lookbehind a word
    alone = "|".join(
        "(?:" + "|".join(rf"(?<=\b{re.escape(word)}[\s-])" for word in before) + ")" + trie_alternation(months)
        for before, months in language.month_before if before and months) or "(?!x)x"
    # a range of days before the day, one date with it ("11.-12. juli 2018", "11-12 July"): the range's first day and
    # its dash no mention of their own that would hide the date (its last day is the date's)
    first = r"(?:[0-3]?\d\.?\s?[-–]\s?)?"
    return compiled(
        rf"(?<![\w])(?:{first}(?P<d1>{day})\s+{joined}(?P<m1>{month}),?\s+{joined}(?P<y1>{year})"
        rf"|(?P<m2>{month})\s+(?P<d2>{day}),?\s+(?P<y2>{year})"
        rf"|(?P<m3>{month})\s+{joined}(?P<y3>{year})"
        rf"|{first}(?P<d4>{day})\s+{joined}(?P<m4>{month})"
        rf"|(?P<m5>{month})\s+(?P<d5>{day})(?!\d|:\d)"  # ("May 14:30" is a time; "on May 14: X will ..." a date)
        rf"|(?P<m6>{alone})"
        # all in figures: the day first ("29.10.2026", "29/10/2026", "29-10-2026"), or ISO ("2026-10-29")
        # (no back reference to the first separator: the lower-case finder, textutil.LowerCase, takes none)
        rf"|(?P<d8>[0-3]?\d)[./-](?P<n8>[01]?\d)[./-](?P<y8>{year})"
        rf"|(?P<y9>{year})-(?P<n9>[01]\d)-(?P<d9>[0-3]\d)"
        rf"|(?P<y7>{year})(?:[-/–](?:\d\d|{year}))?)(?![\w])", re.IGNORECASE)


def _days_back(published: date, days: float) -> date:
    """The day ``days`` before ``published``, in whole years where the span is years ("fifty years ago today" is
    the same day of the month)."""
    years = round(days / 365.2)
    if years and abs(days / 365.2 - years) < 0.05:
        try:
            return published.replace(year=published.year - years)
        except ValueError:  # 29 February
            return published.replace(year=published.year - years, day=28)
    return published - timedelta(days=round(days))


def back_pattern(language: Language) -> re.Pattern[str] | None:
    """A span of time, in figures or number words, and a word after it that makes it that long before the document
    (the language files' words.back): "five years ago", "twenty-five years ago", "a decade ago"."""
    if not language.back or not language.time_units or not language.number_words:
        return None
    words = trie_alternation(list(language.number_words))
    units = trie_alternation(list(language.time_units))
    back = trie_alternation([w.lower() for w in language.back], separator=r"\s+")
    return compiled(rf"(?<![\w'.,-])(?P<count>\d{{1,3}}|(?:{words})(?:[\s-]+(?:{words})){{0,2}})\s+(?P<unit>{units})"
                    rf"\s+(?:{back})(?![\w'])", re.IGNORECASE)


def date_cue(language: Language) -> re.Pattern[str]:
    """A pattern whose ``search`` on the :func:`~monitor.textutil.caseless` text tells whether a date
    may stand in it: every date :func:`date_pattern` finds holds a digit or a month's name. (The
    accented letters of the months' names, "é" and "û", have no other case than their capital,
    which lower() gives back.)"""
    return substrings([*"0123456789", *language.months])


def due_before(language: Language) -> re.Pattern[str] | None:
    """A word of a deadline ("by", "entro", "uiterlijk") and perhaps a word that stands before a month alone
    ("in", "fine", "udgangen af"), right before a date: "by December", "uiterlijk in december"."""
    if not language.due:
        return None
    due = trie_alternation([w.lower() for w in language.due], separator=r"\s+")
    fill = trie_alternation(sorted({w.lower() for before, _ in language.month_before for w in before}),
                            separator=r"\s+")
    return re.compile(rf"(?<![\w'])(?:{due})\s+(?:(?:{fill})\s+)?$", re.IGNORECASE)


def lasting_before(language: Language) -> re.Pattern[str] | None:
    """A word that ends a state ("until", "jusqu'en", "hasta", "fino a", "tot", "indtil"), then perhaps a word that
    stands before a month alone or an article ("fino alla fine di", "indtil udgangen af", "hasta el"), right before a
    date: "suspended until December", "restera à Bagdad jusqu'à fin mars"."""
    if not language.lasting:
        return None
    words = trie_alternation([w.lower() for w in language.lasting], separator=r"\s+").replace("'", "['’]")
    fill = trie_alternation(sorted({w.lower() for before, _ in language.month_before for w in before}
                                   | {w.lower() for w in language.articles}), separator=r"\s+")
    return re.compile(rf"(?<![\w'])(?:{words})\s+(?:(?:{fill})\s+){{0,2}}$", re.IGNORECASE)


def is_due(pattern: re.Pattern[str] | None, match: re.Match[str], text: str) -> bool:
    """The date ``match`` found in ``text`` names no year and a deadline word stands before it (see due_before)."""
    return (pattern is not None and yearless(match)
            and pattern.search(text, max(0, match.start() - 40), match.start()) is not None)


def yearless(match: re.Match[str]) -> bool:
    """The date names no year ("in May", "on 24 May")."""
    return any(match.group(g) for g in ("m4", "m5", "m6"))


def next_occurrence(match: re.Match[str], when: date, published: date | None) -> date | None:
    """A date without its year read as the last one up to the document (``when``, from
    :func:`read_date`): its next occurrence, for a clause about the future ("will take command in
    May"); None when the date names its year or is not before the document."""
    if published is None or when >= published or not yearless(match):
        return None
    try:
        return when.replace(year=when.year + 1)
    except ValueError:  # 29 February, or the calendar's end
        return None


@functools.cache
def _last_year_words(listed: tuple[str, ...]) -> re.Pattern[str]:
    words = trie_alternation(list(listed), separator=r"\s+") if listed else "(?!x)x"
    return re.compile(rf",?\s+(?:{words})(?![\w'])", re.IGNORECASE)


def _last_year_after(match: re.Match[str], language: Language) -> bool:
    """The month without its year is followed by the words of the year before the document's (the language files'
    words.last_year: "October last year", "oktober sidste år", "octobre de l'année dernière")."""
    return _last_year_words(language.last_year).match(match.string, match.end()) is not None


def read_date(match: re.Match[str], language: Language, published: date | None) -> tuple[date | None, bool]:
    g = match.groupdict()
    try:
        for i in ("1", "2"):
            if g[f"y{i}"]:
                month = language.months[g[f"m{i}"].lower().rstrip(".")]
                return date(int(g[f"y{i}"]), month, int(re.sub(r"\D", "", g[f"d{i}"]))), True
        for i in ("8", "9"):
            if g[f"y{i}"]:
                day, month = int(g[f"d{i}"]), int(g[f"n{i}"])
                if month > 12 and day <= 12:  # "10/29/2026": the month first
                    day, month = month, day
                return date(int(g[f"y{i}"]), month, day), True
        if g["y3"]:
            return date(int(g["y3"]), language.months[g["m3"].lower().rstrip(".")], 1), False
        if g["y7"]:
            return date(int(g["y7"]), 1, 1), False
        if published is None:
            return None, False
        for i, exact in (("4", True), ("5", True), ("6", False)):
            if g[f"m{i}"]:
                token = g[f"m{i}"].lower().rstrip(".")
                if token == "may" and i != "6" and g[f"m{i}"][0].islower():
                    return None, False  # the verb, not the month
                month = language.months[token]
                year = published.year if month <= published.month else published.year - 1
                if _last_year_after(match, language):
                    year = published.year - 1  # "in October last year": that month of the year before the document's
                day = int(re.sub(r"\D", "", g[f"d{i}"])) if exact else 1
                return date(year, month, min(day, monthrange(year, month)[1])), exact
    except (KeyError, ValueError):
        return None, False
    return None, False


# -- the skeleton ---------------------------------------------------------------------------

def skeleton(text: str, mentions: list[Mention]) -> Skeleton:
    """``text`` with its mentions as symbols, the rest tokenised in lower case."""
    chosen: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if chosen and mention.start < chosen[-1].end:
            continue  # overlapping: the first and longest wins
        chosen.append(mention)
    tokens: list[str] = []
    symbols: dict[str, Mention] = {}
    counters = {"P": 0, "D": 0, "L": 0, "N": 0}
    position = 0

    def words(start: int, end: int) -> None:
        found = _TOKEN.findall(text, start, end)
        if found:  # (tokens hold no space: lower case once for them all)
            tokens.append(" ".join(found).lower().replace("’", "'"))

    for mention in chosen:
        if mention.kind == "M" and tokens and tokens[-1] == "M" and not text[position:mention.start].strip():
            position = mention.end  # the mission named twice in a row ("NATO's mission in Kosovo KFOR"): once
            continue
        words(position, mention.start)
        if mention.kind in counters:
            symbol = f"{mention.kind}{counters[mention.kind]}"
            counters[mention.kind] += 1
        else:
            symbol = mention.kind
        if mention.kind == "M" and mention.value.startswith("post:"):
            tokens += ["M", *mention.value[5:].split()]  # "COMKFOR": "M commander"
        else:
            tokens += ["M", "'s"] if mention.kind == "M" and mention.value in ("its", "our", "'s") else (
                # (a pronoun with its verb joined to it: "it's", "M is")
                ["M", *mention.value.split()[1:]] if mention.kind == "M" and " " in mention.value else [symbol])
        symbols[symbol] = mention
        position = mention.end
    words(position, len(text))
    joined = " ".join(tokens)
    if "M" in symbols:  # the mission's name between quotation marks ("commander of the 'Nato Mission Iraq'")
        joined = _QUOTED_MISSION.sub("M", joined)
    if joined.count('"') >= 2:
        joined = " ".join(_unquoted(joined.split(" ")))
    if "P" in joined:  # a person between two dashes is in apposition, as between commas
        joined = _DASHED_PERSON.sub(r", \1 ,", joined)
    if " ( " in joined:
        joined = _without_abbreviations(joined)
    if joined.count("M") >= 2:  # (the symbol's letter: no lower-case token holds it)
        joined = _DESCRIBED_MISSION.sub("M , M ,", joined)
    return Skeleton(joined, symbols)


def _without_abbreviations(joined: str) -> str:
    """The skeleton without the abbreviation in parentheses that follows the words it stands for ("the new senior
    civilian representative ( scr ) of M", "ministry of defence ( mod )", "deputy commander ( d-com )"): the words
    read on as if it were not there."""
    def drop(found: re.Match[str]) -> str:
        letters = found.group(1).replace("-", "")
        words = [part for word in joined[max(0, found.start() - 120):found.start()].split(" ")
                 for part in word.split("-") if part]
        initials = "".join(word[0] for word in words)
        content = "".join(word[0] for word in words if len(word) > 3)
        return "" if initials.endswith(letters) or content.endswith(letters) else found.group(0)
    return _ABBREVIATION.sub(drop, joined)


_ABBREVIATION = re.compile(r" \( ([a-z][a-z-]{1,7}) \)(?= )")


# the mission described, then named in apposition ("The alliance's advisory mission in Baghdad, NATO Mission Iraq, has
# suspended ...", "La mission de conseil de l'Alliance à Bagdad, la NMI, a suspendu ...", "De adviesmissie van het
# bondgenootschap in Bagdad, NMI, heeft ... opgeschort"): the description's words (its kind, its parent, its place) are
# the first name's, read as "M , M ," (the apposition the frames read), where the description opens the sentence or a
# clause after a comma; only words and places stand in it (no person, date, count, nor a second comma)
_DESCRIBED_MISSION = re.compile(r"(?:^|(?<=, ))M(?: (?:[a-z\u00df-\u024f'][^ ,;:]*|L\d+)){1,8} , M ,(?= )")


# "the commander of KFOR - Major General X - was ...", "the commander of M – P0 – said" (the same length: ", P0 ,")
_DASHED_PERSON = re.compile(r"(?<= )[-\u2013\u2014] (P\d+) [-\u2013\u2014](?= )")


# a case ending an Albanian text (or its translation) joins to an acronym with a hyphen ("KFOR-i ka njoftuar", "KFOR-i,
# which counts ...", "komandanti i KFOR-it"): the name, inflected
_INFLECTED = re.compile(r"-(?:i|it|in|ja|në|së)(?![\w-])")
_QUOTED_MISSION = re.compile(r"(?<![^ ])[‘'“\"«] M [’'”\"»](?![^ ])")
_QUOTED_WORD = re.compile(r"[a-z\u00df-\u024f][a-z\u00df-\u024f'-]*")
_ENDS = frozenset({".", "!", ";", ""})


def _unquoted(tokens: list[str]) -> list[str]:
    """The tokens without the quotation marks around a few words of the sentence's own ("had \"temporarily
    suspended\" its training", "a \"non-combat\" mission"): the words are quoted, no one speaks there."""
    marks = [i for i, token in enumerate(tokens) if token == '"']
    dropped: set[int] = set()
    for opening, closing in zip(marks[::2], marks[1::2], strict=False):  # (an odd mark left over closes nothing)
        inside = tokens[opening + 1:closing]
        if 1 <= len(inside) <= 4 and all(_QUOTED_WORD.fullmatch(word) for word in inside):
            dropped.update((opening, closing))
        elif (opening > 0 and tokens[opening - 1] == "M" and inside and _QUOTED_WORD.fullmatch(inside[0])
              and all(token in _ENDS for token in tokens[closing + 1:])):
            # the mission's predicate quoted to the end of the sentence ('NMI "maintains a presence in Baghdad and
            # continues its work".'): the writer tells the mission's own words as what it does
            dropped.update((opening, closing))
    return [token for i, token in enumerate(tokens) if i not in dropped] if dropped else tokens


class PlacedElsewhere:
    """After a reference to the mission, a preposition of where it stands and a place outside the mission's country
    ("the force in Iraq", "la force de l'OTAN en Irak", "la fuerza de la OTAN en Irak"): another force, there; not one
    in the mission's own country ("the force in Kosovo", "the mission in Pristina"), nor a name of no place ("the
    mission in March", "the force in Italian hands")."""

    def __init__(self, language: Language, profile: Profile) -> None:
        self.profile = profile
        # (not the end of a handover: "handed over the mission to Major General X", "... to Spain")
        at = [w for w in language.place_at if w.lower() not in language.handover_parts.get("to", ())]
        words = _phrase_alternation(at, dot=False) if at else "(?!x)x"
        article = rf"(?:(?:{alternation(language.place_articles)})\s+)?" if language.place_articles else ""
        self.after = re.compile(rf"\s+(?i:{words})\s+(?i:{article})(?P<name>{_NAME_WORD})")
        self.no_place = frozenset([*language.weekdays, *(m.capitalize() for m in language.months),
                                   *(s.capitalize() for s in language.seasons), *language.organisation_words,
                                   *language.nationalities])
        known = trie_alternation(profile.places, separator=r"[\s.-]+") if profile.places else "(?!x)x"
        self.known = re.compile(rf"(?P<known>{known})(?![\w])")
        # the first words of the mission's names, of its parent and of its country ("Kosovo", "NATO")
        names = [profile.name, *profile.aliases, *profile.parent, *(w for group in profile.cooccurring for w in group)]
        firsts = {re.sub(r"^(?:the|la|le|l'|el)\s+", "", n, flags=re.IGNORECASE).split()[0].lower()
                  for n in names if n.split()}
        self.own = re.compile(r"(?i:" + alternation(firsts) + r")(?![\w])")

    def __call__(self, text: str, end: int) -> bool:
        """The reference ending at ``end`` in ``text`` is placed elsewhere."""
        match = self.after.match(text, end)
        if match is None:
            return False
        name = match.group("name")
        if name in self.no_place or self.own.match(name) is not None:
            return False
        known = self.known.match(text, match.start("name"))
        if known is None:
            return True
        return self.profile.place_names.get(known.group("known").lower(), known.group("known")) in self.profile.abroad
