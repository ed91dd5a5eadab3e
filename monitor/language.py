"""Language knowledge, apart from any mission: ranks, titles, months, tone cues and the frames
that say how a language states a change of command or of a mission's state.

One TOML file per language in ``monitor/languages/`` (``en.toml``, ``fr.toml``...). The engine
reads every language at once: an article's language is often unknown or wrong, and the words of
one language rarely mean something else in another. Files are read and compiled once per process.
"""
from __future__ import annotations

import functools
import re
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, TypeVar

from .errors import ConfigError
from .parsecache import compiled, starts_tested
from .parsecache import save as save_patterns
from .parsecache import toml as read_toml
from .profile import Guarded
from .textutil import fold, longest_first, substrings, trie_alternation

_MACRO = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")  # a name, never a quantifier ("{0,80}"): "{obj1}" is a macro too
# frame families read through a slot's values: what the mission is, on what basis it works
DESCRIBING = ("describe", "basis")
# the lists of a language file's [handover] table (see facts/handover.py)
HANDOVER_PARTS = ("give", "take", "nouns", "signs", "to", "from", "by", "between", "and", "as", "leaving", "taking",
                  "inverted", "events", "means", "owned_take", "owned_give",
                  "put_off")


@dataclass(frozen=True)
class Frame:
    """A compiled frame: its pattern over a skeleton (with the words any match contains, tested
    first: most sentences lack a frame's verb), and for status and place frames the value it gives."""

    pattern: Guarded
    language: str
    value: str = ""  # the status a status frame states; a place frame's value template ("areas beyond {place}")
    role: str = "current"
    # the frame's own words carry its tone, not the rest of its clause ("With X now at the helm of
    # NMI, the alliance hopes to ...": the hope is not about who commands)
    own_tone: bool = False
    # the frame speaks of the person the text last placed in a post ("He succeeds Y", "Her
    # predecessor, Y"): it holds for that post only, not for any post it is read for
    follows: bool = False
    # a frame that follows whose subject is the person the text placed in the post, named again ("(X was appointed
    # SCR of NMI.) X will succeed Y"): it holds only where that person is the one whose change the text told
    held: bool = False
    # a person frame whose holder stands in for the post's, named by the side post they hold ("KFOR is led on an acting
    # basis by its deputy commander, X"): the side post in its words is the stand-in's own, not the post it reads
    stands_in: bool = False
    # a size frame that states the mission's total ("bringing its strength to 5,200"): a count in the
    # same sentence ("the 700 soldiers") is then a part of it
    total: bool = False
    # a status frame whose state holds now, whatever the tense of its predicate ("the suspension of NMI's
    # activities will be reviewed weekly": suspended now); a size frame that describes the mission as it is
    # ("She will lead the 550-strong mission": 550 now)
    present: bool = False
    # a size frame whose count's noun is a clitic pointing to the sentence before ("(La M entrò in Kosovo con 50.000
    # militari.) Oggi ne conta 4.700"): the mission's size only where that sentence counts people
    back: bool = False
    # a size frame whose verb of sending counts all the mission has put in place so far ("has deployed only about 450 so
    # far"): that verb before the figure is the whole's, not a part on the move
    whole: bool = False
    # a status frame written for one status (a `value` of its own): over the same words as a frame read with
    # every status's words, it is the more particular reading ("the last troops of NMI left the country":
    # ended, not moved away)
    particular: bool = False
    # a status frame of a contrast with the mission going on ("the mission continues, but its training is suspended"):
    # the speaker's own account of the mission's state, which a denial that the mission itself stands still ("the
    # mission is not stopped") does not undo
    contrast: bool = False
    # a status frame of an end marked or announced ("the ceremony marked the formal end of NMI on 30 September"): the
    # status it gives once the day the clause dates has come (on or before the document's), "ended"
    come: str = ""
    # a status frame of a change to the mission stopped or put off ("the drawdown of KFOR has been suspended", "NATO
    # halted the withdrawal of NMI"): a change stopped is no change, it states no status, and the statuses its words
    # hold (the drawdown's ending, the suspension) are its object
    void: bool = False


@dataclass(frozen=True)
class Posts:
    """One kind of post (command, civilian) in all languages: its frames, and the head nouns of the
    other posts ("senior civilian representative" for the command)."""

    frames: tuple[Frame, ...]
    other_heads: tuple[str, ...] = ()


@dataclass(frozen=True)
class ListWords:
    """One language's words for reading a list of noun phrases ("la logistique, la cyberdéfense et la gestion des
    crises"): what joins two items, what stands before an item and is no part of it, what ends an item, and the
    preposition that joins a noun to its complement within one item."""

    joins: tuple[str, ...]  # "and", "or", "et", "y": between two items (after a comma too)
    adds: tuple[str, ...]  # "as well as", "ainsi que": one more item, not after a comma
    leads: frozenset[str]  # "the", "la", "el": before an item, no part of it, and no end of the list there
    owners: frozenset[str]  # "its", "ses": before an item, no part of it
    stops: frozenset[str]  # a preposition, a relative, an auxiliary, a verb-like participle: the item ends
    of: frozenset[str]  # "of", "de", "di", "van": a noun's complement follows, in the item
    # the nouns whose complement after ``of`` is the item's; none: any noun's is ("gestion des crises")
    of_heads: frozenset[str]
    verbs: re.Pattern[str] | None = None  # a verb's infinitive or participle: opens no item ("y aumentar su presencia")


@dataclass(frozen=True, eq=False)
class Accents:
    """The words of each language file as a text typed without any accent writes them ("asumio", "mision",
    "general de division", "ete"), and the word the file writes: a text's language is the one whose files' words it
    has most of, and only that language's words written in lower case are given their accents back, a word that
    language writes without accents ("division" in French) and a name staying as they are. A text with one accented
    word in lower case wrote its accents, and one with a single word to give them back wrote it so ("en el paso de
    Jarinje" is no "pasó")."""

    words: dict[str, frozenset[str]]  # by language: every word of its file, lower case
    restored: dict[str, dict[str, str]]  # by language: a word without its accents -> the word as the file writes it
    keys: frozenset[str]  # every language's words without their accents

    def restore(self, text: str) -> str:
        """``text`` with the accents of its language's words put back, one character for one."""
        # every paragraph and sentence passes here: the words that could take accents back, and a language that
        # could give two of them, are known from one scan and a set's intersection; most texts stop here (a text
        # with fewer than two such words keeps its spelling below anyway)
        # (a run of letters is a key only when all of them are ASCII in lower case, as ``_LOWER_WORD`` finds; in an
        # ASCII text the runs are what stays between its other characters made spaces, a split at C speed)
        # (the runs of an ASCII text as bytes: made in half the time of as many strings; the few texts with two keys
        # or more have theirs made strings again)
        if text.isascii():
            if len(keyed := self._ascii_keys.intersection(text.encode().translate(_NOT_LETTER).split())) < 2:
                return text
            candidates = frozenset(key.decode() for key in keyed)
        else:
            candidates = self.keys.intersection(_ANY_WORD.findall(text))
        if len(candidates) < 2 or not any(len(candidates & r.keys()) >= 2 for r in self.restored.values()):
            return text
        # the language with most of the text's words (the first of them on a tie): each distinct word counted with its
        # number of times, by a set's intersection with the language's words, not a test per word and language (an
        # ASCII text's words as bytes again: its runs of one letter are no language's word, and count for none)
        if text.isascii():
            scores = _scores(Counter(text.encode().lower().translate(_NOT_LETTER).split()), self._ascii_known)
        else:
            said = _ANY_WORD.findall(text)
            if any(word.islower() and not word.isascii() for word in said):
                return text  # a text that writes accents wrote them all: "el paso de X" is no "pasó"
            scores = _scores(Counter(word.lower() for word in said), self._known)
        code = max(self.words, key=scores.__getitem__)
        restored = self.restored[code]
        if len(candidates & restored.keys()) < 2:
            return text  # (the words below are among these: fewer than two, none is given back)
        found = [m for m in _LOWER_WORD.finditer(text) if m.group() in candidates]
        if len({m.group() for m in found if m.group() in restored}) < 2:
            return text  # one word is no sign of a text typed without accents: "el paso de X" is no "pasó"
        for match in found:
            if (word := restored.get(match.group())) is not None:
                text = f"{text[:match.start()]}{word}{text[match.end():]}"
        return text

    @functools.cached_property
    def _known(self) -> dict[str, frozenset[str]]:
        """By language: its file's words and the words it gives accents back to (what ``restore`` counts a text's
        language by)."""
        return {code: self.words[code] | self.restored[code].keys() for code in self.words}

    @functools.cached_property
    def _ascii_known(self) -> dict[str, frozenset[bytes]]:
        """``_known`` as bytes, for the words of an ASCII text (see ``restore``)."""
        return {code: frozenset(word.encode() for word in words if word.isascii())
                for code, words in self._known.items()}

    @functools.cached_property
    def _ascii_keys(self) -> frozenset[bytes]:
        """``keys`` as bytes, for the runs of an ASCII text (see ``restore``)."""
        return frozenset(key.encode() for key in self.keys)


_Word = TypeVar("_Word", str, bytes)


def _scores(counts: Counter[_Word], known: dict[str, frozenset[_Word]]) -> dict[str, int]:
    """By language, how many of a text's words (``counts``: how many times each stands) are its words."""
    return {code: sum(map(counts.__getitem__, words.intersection(counts))) for code, words in known.items()}


_LOWER_WORD = re.compile(r"(?<![^\W\d_])[a-z]{3,}(?![^\W\d_])")
_ANY_WORD = re.compile(r"[^\W\d_]{2,}")
# an ASCII text's bytes with every character but a letter made a space (bytes.translate's table: 256 bytes)
_NOT_LETTER = bytes(code if chr(code).isalpha() or code >= 128 else ord(" ") for code in range(256))
_FILE_WORD = re.compile(r"(?<![\\\w?])[^\W\d_]{2,}(?![\w(|\[])")


def _accents(files: dict[str, dict[str, Any]]) -> Accents:
    """Every language file's words, and those written with accents as a text typed without them writes them."""
    words: dict[str, frozenset[str]] = {}
    restored: dict[str, dict[str, str]] = {}
    for code, data in files.items():
        found: set[str] = set()
        pending: list[Any] = [data]
        while pending:
            value = pending.pop()
            if isinstance(value, str):
                found.update(w.lower() for w in _FILE_WORD.findall(value))
            elif isinstance(value, dict):
                pending.extend((*value.keys(), *value.values()))
            elif isinstance(value, list):
                pending.extend(value)
        spellings: dict[str, set[str]] = {}
        for word in found:
            if len(word) >= 3 and (bare := fold(word)) != word and bare not in found and bare.isascii():
                spellings.setdefault(bare, set()).add(word)
        words[code] = frozenset(found)
        # (one spelling only: "transfere" is "transfère" or "transféré", which the text does not say)
        restored[code] = {bare: next(iter(accented)) for bare, accented in spellings.items() if len(accented) == 1}
    return Accents(words, restored, frozenset(k for r in restored.values() for k in r))


@dataclass(frozen=True, eq=False)
class Language:
    """Every language file merged: the lists the mention finders use and the compiled frames."""

    codes: tuple[str, ...]
    ranks: tuple[str, ...]
    titles: tuple[str, ...]
    not_rank_after: frozenset[str]
    particles: frozenset[str]
    organisation_words: frozenset[str]
    unit_subjects: tuple[str, ...]  # a unit of another force as a subject ("the task force"): its "its"
    not_names: frozenset[str]
    months: dict[str, int]
    nationalities: tuple[str, ...]
    countries: tuple[str, ...]
    # the allies' and the region's capitals: standing for a government ("Madrid asumirá el mando"), never a surname
    capitals: frozenset[str]
    modal: tuple[str, ...]
    negation: tuple[str, ...]
    historical: tuple[str, ...]
    ending: tuple[str, ...]  # before a set's value, they end it ("no longer advises X")
    future: tuple[str, ...]
    clause_cuts: tuple[str, ...]
    background: tuple[str, ...]
    and_before: tuple[str, ...]
    not_future: tuple[str, ...]
    scheduled: tuple[str, ...]
    modifiers: dict[str, str]
    number_words: dict[str, int] = field(default_factory=dict)  # "a" 1, "thousand" 1000: "nearly a thousand"
    halves: tuple[str, ...] = ()  # "and a half": between number words and their multiplier, a half more of it
    half_of: tuple[str, ...] = ()  # "half a": before a multiplier, half of it ("half a thousand": 500)
    # between a multiplier and the number words after it ("seven hundred and fifty"): they join one figure
    number_joiners: tuple[str, ...] = ()
    partial_before: frozenset[str] = frozenset()  # before a figure: a part of the force ("redeployed 200 soldiers")
    # a person's noun beside a nationality ("a Portuguese commander", "un général portugais"): the person's, no troops'
    nation_person: frozenset[str] = frozenset()
    partial_after: tuple[str, ...] = ()  # after a count's noun: a part of the force ("150 militares adicionales")
    hurt_after: tuple[str, ...] = ()  # later in the count's clause: its casualties ("27 soldati ... rimasti feriti")
    # before the mission's people as a status verb's subject: a part of them ("some advisers of NMI left
    # the country"), who move without the mission
    part_of: tuple[str, ...] = ()
    # a noun the mission is the complement of ("talks on the future of NMI", "l'avenir de la NMI"): a state
    # said of that noun is not the mission's
    topics: tuple[str, ...] = ()
    # a preposition of company before the mission, after another actor ("EUAM works alongside NMI"): the mission
    # is that actor's complement, and a pronoun after it stands for the actor ("...; ministers extended its mandate")
    companions: tuple[str, ...] = ()
    such_as: tuple[str, ...] = ()  # after a comma, the examples of what came before ("partners, such as X and Y")
    # the preposition of a tie between two parties ("cooperation between the Kosovo Police and KFOR"): the mission among
    # its objects is one of the parties, not one cooperated with
    between: tuple[str, ...] = ()
    # between a list that ends with the mission and a word of the tie, the words that make the list the objects of
    # another's thanks ("thanks the Kosovo Police, EULEX and KFOR for their support"): no partner among them
    thanked_for: tuple[str, ...] = ()
    # after a reference to the mission ("the mission", "la misión"), a word that names whose it is: a
    # capitalised name after it that is none of the mission's words makes it another's ("la misión de
    # Naciones Unidas", "the mission of the African Union")
    genitive: tuple[str, ...] = ()
    # a genitive ending joined to a name with no apostrophe ("NATO Mission Iraqs rådgivere"): the mission's own
    genitive_endings: tuple[str, ...] = ()
    not_historical: tuple[str, ...] = ()  # a history word that states the present ("is back in Baghdad")
    # a verb of going on: a date ahead after it is how long the state lasts, not when it starts ("will continue next
    # year")
    goes_on: tuple[str, ...] = ()
    later: tuple[str, ...] = ()  # "days later": a time told from the one before it
    # a short time before a background word ("less than a week after", "days after"): what the background clause
    # tells of a post's holder is recent, no history (see frames.people)
    recent_gap: tuple[str, ...] = ()
    recent_back: tuple[str, ...] = ()
    # a time counted back from the document's and long gone ("last year", "a year ago"), and the words that tell a
    # state as temporary ("temporarily", "briefly"): together, the state is over ("temporarily suspended last year")
    past: tuple[str, ...] = ()
    temporary: tuple[str, ...] = ()
    # after a clause, in the same sentence, words that say what it told was undone ("..., but that has been
    # reversed"): the clause tells history
    undone: tuple[str, ...] = ()
    # after a clause that moves the mission's people to a place, in the same sentence, the words that bring them back to
    # another ("..., returning to Baghdad at the end of October"): the stay is over, the move history
    returned: tuple[str, ...] = ()
    moved_to: tuple[str, ...] = ()  # before the place a clause moves the people to ("moved to Kuwait")
    # after a main clause, a subordinate one telling what led to it ("..., after Baghdad asked ...")
    reasons: tuple[str, ...] = ()
    # after a main clause and a comma, the words of a subordinate one telling what it is for ("so that"): its modal
    # words are not the main clause's
    purposes: tuple[str, ...] = ()
    dated_nouns: tuple[str, ...] = ()  # "decision of": the date after it is the act's ("the decision of 12 June 1999")
    dated_by: tuple[str, ...] = ()  # "in line with", "under": before an act named as what the clause rests on
    fronted: tuple[str, ...] = ()  # at the start, a clause to the first comma ("Rather than end it, allies ...")
    awaiting: tuple[str, ...] = ()  # at the start, a wait for a person to its comma ("Until Y arrives in March, ...")
    backdrop: tuple[str, ...] = ()  # at the start, a clause of what goes on meanwhile ("While NMI waits, the EU ...")
    speech: tuple[str, ...] = ()  # a speaker's verb: ", the interior ministry said" names who spoke, no value
    receive: tuple[str, ...] = ()  # "X receives advice from NMI": X is advised
    not_negating: tuple[str, ...] = ()  # a negation word in these negates nothing ("not only")
    # a negation word said before each value of a list ("ni A ni B", "neither A nor B"): after a word of ending, the
    # ending's own list ("ne conseille plus ni A ni B": both ended), no second negation of the ending
    list_negation: tuple[str, ...] = ()
    # after a comma, the word that sets the true value against a negated one ("not a combat force, but a peacekeeping
    # force", "ikke en kampstyrke, men en fredsbevarende styrke"): the negation before it is not the value's
    corrects: tuple[str, ...] = ()
    ending_after: tuple[str, ...] = ()  # after a negated verb, an end ("is not advised by NMI any longer")
    # a separable verb of ending, its finite stem before the value and its particle after it ("heft … op")
    ending_split: tuple[str, ...] = ()
    # an end that closes a clause whose values stand before it, the verb second or its participle last ("adviseert X en
    # Y sinds maandag niet meer", "heeft de training in X en Y beëindigd"): the end of each of them
    ending_last: tuple[str, ...] = ()
    # a noun of ending or handing over a work before a set's value, and the verb after it that says that end is done
    # ("The handover of NMI's advisory role at X to the Ministry of Health was completed"): the value ended
    ending_nouns: tuple[str, ...] = ()
    ending_done: tuple[str, ...] = ()
    # a verb of replacing before a set's value and the word of what takes its place after it ("replaced its X module
    # with a course on Y"): the value between ended
    replacing: tuple[str, ...] = ()
    replacing_with: tuple[str, ...] = ()
    # a verb of moving people, the word of where from right before a set's value and the word of where to a few words
    # after it ("moved its advisers from X to Y"): the value they left ended
    moving: tuple[str, ...] = ()
    moving_from: tuple[str, ...] = ()
    moving_to: tuple[str, ...] = ()
    # a participation or contribution its giver stopped for now, told after it or its verb before it ("Ukraine's
    # contribution to KFOR has been suspended"): no partner now, and no end either
    paused: tuple[str, ...] = ()
    occasions: tuple[str, ...] = ()  # between an end and a value: where it was marked ("with a ceremony at")
    leaving: tuple[str, ...] = ()  # a verb of leaving a site ("moved out of", "vacated"): an ending too
    # between a verb of leaving a site (of ``leaving``) and a value: where the mission went ("moved out of its camp in X
    # to Camp Y"), no place it left
    destinations: tuple[str, ...] = ()
    future_lead: tuple[str, ...] = ()  # right after the mission's name opening a sentence: a plan ("NMI to extend ...")
    place_heads: tuple[str, ...] = ()  # a capitalised word that begins a place's name ("Camp Vrelo")
    place_tails: tuple[str, ...] = ()  # a word joined to a place's name, the area around it ("Bagdadområdet")
    place_before: tuple[str, ...] = ()  # a capitalised name after one is a place ("in", "à", "naar")
    place_at: tuple[str, ...] = ()  # a preposition of where something stands ("in", "en", "à")
    place_articles: tuple[str, ...] = ()  # an article a place takes after one ("in the Netherlands")
    # a place beside another actor's building ("near the headquarters of the coalition")
    landmarks: tuple[str, ...] = ()
    buildings: tuple[str, ...] = ()  # an actor's building named after a landmark word ("headquarters", "base")
    place_nouns: tuple[str, ...] = ()  # a kind of place before its name ("the Jordanian capital Amman")
    weekdays: dict[str, int] = field(default_factory=dict)  # "monday" 0 ... "sunday" 6
    day_parts: tuple[str, ...] = ()  # "morning", "afternoon": a time of day after a weekday or alone
    # a mission's noun, the end of a compound too ("training mission", "trainingsmissie"): beside a nationality, a
    # nation's own mission ("the Dutch training mission in Iraq"), not the profile's (see facts/text.py)
    mission_nouns: tuple[str, ...] = ()
    # another body's mission, "{body}" its owner's name ("the EU's mission", "la mission de l'UE"): another actor
    owned_missions: tuple[str, ...] = ()
    # a list entry's description after the name alone ("NATO Mission Iraq (NMI). A non-combat mission set up in
    # 2018"): its opening article and the verb that joins it to the name ("a is": "NATO Mission Iraq (NMI) is a ...")
    entry_descriptions: tuple[tuple[str, str], ...] = ()
    # ... or the entry's prose setting up a mission of an indefinite noun phrase, the verb ("NATO Mission Iraq (NMI):
    # ... allies agreed in 2018 to launch a non-combat advisory mission"): that mission is the entry's
    entry_foundings: tuple[str, ...] = ()
    time_units: dict[str, int] = field(default_factory=dict)  # "months" 30: a span of time, in days
    ago: tuple[str, ...] = ()  # after a span of time: that long before the document ("four months after")
    # after a span of time, that long before the document and the time of its clause ("five years ago")
    back: tuple[str, ...] = ()
    # after a month without its year, the year before the document's ("October last year")
    last_year: tuple[str, ...] = ()
    # the word that opens what a speaker said ("said on Tuesday that ..."): a report's tense after it (see
    # frames.reported_history)
    complementizers: tuple[str, ...] = ()
    speech_cuts: tuple[str, ...] = ()  # ", adding": a clause of its own tone, about the same subject
    # after a colon, a source (its article and a word or two) and one of these verbs open a clause of their own ("X
    # remains in command of NMI: the ministry denied the rumours": the denial is not the claim's)
    colon_sources: tuple[str, ...] = ()
    not_modal: tuple[str, ...] = ()  # a modal word in these states no plan ("logistics planning to its programme")
    instead: tuple[str, ...] = ()  # before an actor's name: not who acts ("rather than NMI")
    companion: tuple[str, ...] = ()  # before an actor's name: acting with, not the subject ("together with EUAM")
    coordination: tuple[str, ...] = ()  # between two actors' names: both act ("NMI and EUAM")
    origin: tuple[str, ...] = ()  # before an actor's name: what the mission takes over comes from it ("over from")
    articles: tuple[str, ...] = ()  # between those words and the name ("together with the EU Advisory Mission")
    subject_openers: tuple[str, ...] = ()  # besides clause_cuts, a word opening a clause its subject follows ("as")
    backshift: tuple[str, ...] = ()  # after a speaker's verb, a history word of the report's tense ("said NMI had")
    snapshot: tuple[str, ...] = ()  # before a date, the day a state is counted at: "had" after it is no history
    present: tuple[str, ...] = ()  # the present said outright ("this week", "now")
    now_told: tuple[str, ...] = ()  # the present told with a history word in it ("at the time of writing")
    handover: tuple[str, ...] = ()  # "handed X over to EUAM": with "to" and another actor, an end
    handed_to: tuple[str, ...] = ()  # after a work, handed to its country's people ("handed over to Iraqi instructors")
    handed_on: tuple[str, ...] = ()  # after a work handed by a verb before it, "to" whom ("handed X to EUAM")
    handed_over: tuple[str, ...] = ()  # of those, with the particle: also to a country's people ("X over to Iraqis")
    handed_charge: tuple[str, ...] = ()  # a handing verb's object before the work: "transferred responsibility for X"
    since: tuple[str, ...] = ()  # before a date: a state going on since then ("depuis mai 2025")
    until: tuple[str, ...] = ()  # before a date: the end of a term the clause dates the start of too
    starting: tuple[str, ...] = ()  # before a date: the start of a post or term ("from 16 October")
    figure_then: tuple[str, ...] = ()  # before a figure and a date: the figure a change starts from
    # a period the clause names by its end ("between August and October 2064": the opening and joining words; "until
    # September 2065": until) or by its length after its date ("in August ... for ten weeks": the word before the
    # length): once it has ended before the document, what the clause tells is over
    period_open: tuple[str, ...] = ()
    period_join: tuple[str, ...] = ()
    period_for: tuple[str, ...] = ()
    # time units whose length stands after its date with no word before it ("schortte ... twee weken op")
    period_bare: tuple[str, ...] = ()
    deadline: tuple[str, ...] = ()  # before a date: a deadline ("by 31 December", "d'ici la fin de l'année")
    # before a date without its year, a deadline still to come ("by December", "entro dicembre"): its next one
    due: tuple[str, ...] = ()
    # before a date without its year, the end of a state going on or still to come ("suspended until December",
    # "jusqu'en décembre"): its next one, and not when the clause's change happens
    lasting: tuple[str, ...] = ()
    # the simple past of a state held up to a time ("remained suspended until Monday"): with that time gone, the state
    # is over
    lasted: tuple[str, ...] = ()
    # a deadline a state is reached by ("by the end of the year there will remain 800"): "will remain" there tells the
    # state to come, not the present going on (see not_future)
    reached: tuple[str, ...] = ()
    # a participle and the word after it, as regular expressions: a phrase so begun between commas or before
    # the first one is an aside whose date is its own ("NMI, established in 2018, advises X")
    participles: tuple[str, ...] = ()
    # a present participle: after a comma that ends a background clause, the main clause goes on ("X left on Tuesday
    # after a year at M, handing over to Y": the handing over is not the background's)
    gerunds: tuple[str, ...] = ()
    # a founding and its date ("fue creada en junio de 1999", "is in juni 1999 opgericht"): the founding's date, not the
    # clause's (see tone._FOUNDING_DATE, the English)
    founding_dates: tuple[str, ...] = ()
    # after a word of coordination, words that may stand before a list's next value ("and also", "et à la")
    list_joiners: tuple[str, ...] = ()
    # before a list's first value, the word that makes the next one added to it with a word of "also" and no
    # "and" ("adviseert behalve het ministerie van Defensie ook het ministerie van Binnenlandse Zaken"), or, with
    # the first value and a comma before the clause, adds it to the verb's object ("Besides X, NMI also advises Y")
    besides: tuple[str, ...] = ()
    also: tuple[str, ...] = ()  # the word of "also" that adds the next value ("ook", "aussi", "også")
    also_now: tuple[str, ...] = ()  # after a fronted "besides X", the verb's "now" that adds its object ("désormais")
    rank_determiners: frozenset[str] = frozenset()  # "le général Hintzy": a surname after a lower-case rank
    # between a rank and the name, the service the rank is of ("el general de división del Ejército de Tierra X")
    rank_services: tuple[str, ...] = ()
    # in parentheses after a rank, the word that says the officer has retired ("Lt Gen (ret.) X"): part of the mention
    retired: tuple[str, ...] = ()
    # in parentheses after a rank, the grade within it ("Rear Admiral (UH) X", "Rear Admiral (lower half) X"): part
    # of the mention, as a word of retirement is
    rank_grades: tuple[str, ...] = ()
    # after a name, letters of an order, a degree or a generation ("Sir Rhodri ap Gwilym KBE", "X PhD", "X Jr."):
    # no part of the name, and no name of their own
    post_nominals: frozenset[str] = frozenset()
    # words a full stop after which ends no sentence ("Spc.", "Sqn. Ldr.", "approx."): lower case, without the stop
    abbreviations: frozenset[str] = frozenset()
    # between a rank and the name, in place of a nationality, the words that give it by another's ("el general de la
    # misma nacionalidad X"): part of the mention
    same_nationality: tuple[str, ...] = ()
    # the simple present of a change of post or of a ceremony ("hands over", "takes place"): with a weekday after the
    # document's own, the change is still to come that day ("X hands over command to Y on Thursday")
    coming: tuple[str, ...] = ()
    # after a change told in the simple present (``coming``), the word that opens a clause of when it happens: still to
    # come ("X overtager rollen som chef for NMI, når Y's periode udløber")
    coming_when: tuple[str, ...] = ()
    # the word opening a clause of condition after the main one ("NATO will expand the mission to 1,100, if the Iraqi
    # government agrees"): what the main clause states is only conditional
    condition_after: tuple[str, ...] = ()
    # ... and what opens no such clause though it starts with one of those words, another language's: the Italian
    # impersonal "si" of a source ("..., si legge nella nota"), not the French or Spanish "si" of a condition
    not_condition: tuple[str, ...] = ()
    # in a clause of when that follows, a condition not yet met: the change it follows is conditional ("will resume
    # its work once the security situation permits")
    unmet: tuple[str, ...] = ()
    # a clause of condition that opens the sentence and ends at its comma, then the main clause's auxiliary of what
    # would follow ("Als de situatie escaleert, zal de missie worden afgebouwd"): the main clause is conditional
    condition_first: tuple[str, ...] = ()
    condition_then: tuple[str, ...] = ()
    # in a language that puts the verb second, the words that open a clause of condition the main clause's auxiliary
    # follows with no comma between ("Als de zaak escaleert zal de missie worden afgebouwd", "Hvis situationen
    # forværres vil missionen ..."): a word that is also "as" only with the subject's article after it
    condition_bare: tuple[str, ...] = ()
    done: tuple[str, ...] = ()  # "took command": a change of post told as done (a later date is the page's gone wrong)
    # the simple past or imperfect of a state or a count ("numbered", "comptait"): a date without its year after a
    # deadline word is the last one, the state held then ("As of 1 May, the force numbered 4,100")
    past_states: tuple[str, ...] = ()
    # between a nationality and a rank, the service ("Danish Army Lieutenant General X"): part of the mention
    services: tuple[str, ...] = ()
    # ranks that are common words too ("general", "major"): in lower case, a surname alone after one is no
    # name without an article ("le général Hintzy"); a compound rank needs none ("generalløjtnant Hansen")
    common_ranks: frozenset[str] = frozenset()
    # words a sentence may give twice in a row ("what he had had", "nous nous sommes"): any other word given twice
    # ("took took over", "of the the mission") is a slip, read once
    twice: frozenset[str] = frozenset()
    # the word that pairs two lists item by item ("X and Y lead NMI and KFOR respectively"; see facts/respective.py)
    respectively: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()  # a nationality as a noun, besides the adjectives ("de Litouwer X")
    post_relatives: tuple[str, ...] = ()  # "predecessor": the person in a post just named
    holder_copulas: tuple[str, ...] = ()  # "is": a post before it, its holder after it ("NMI's commander is X")
    relative_pronouns: tuple[str, ...] = ()  # "who", "qui": after a comma, a relative clause begins
    # "who", "which": after a comma, a relative clause between commas the main clause may resume after
    # (text.Sentence.resumed)
    clause_relatives: tuple[str, ...] = ()
    # each language's words for "and" ([grammar] and_words) with its own ``and_before``: "and" before one of that
    # language's predicate words opens a clause of its own ("was cut in 2020 and has 700", "werd in 2020 ingekrompen
    # en telt 700"); paired per language, so that French "en" is never read before a Dutch verb
    and_clauses: tuple[tuple[str, tuple[str, ...]], ...] = ()
    person_relatives: tuple[str, ...] = ()  # "who": of clause_relatives, those on a person (frames.Reader.tone)
    subject_relatives: tuple[str, ...] = ()  # "which": after a comma, the value before is the clause's subject
    bare_relatives: tuple[str, ...] = ()  # "which": with no comma, a later clause begins (text._mission_leads)
    # after a person's name, the words of their origin: "X of the British Army," (sizes._origins_masked)
    origin_before: tuple[str, ...] = ()
    origin_articles: tuple[str, ...] = ()
    origin_joiners: tuple[str, ...] = ()
    origin_after: tuple[str, ...] = ()
    # in capitals, opening a sentence: the mission as the first clause's subject ("It", "The mission"; text.py)
    leading_subjects: tuple[str, ...] = ()
    # "its", "ses": after a colon, a clause of its own begins, not a list (text.Sentence's cuts, frames.Reader's)
    colon_clause: tuple[str, ...] = ()
    # regular expressions: where a clause of its own begins inside a sentence (", but", ", down from"; text.Sentence's
    # cuts), each beginning at a comma, a semicolon or a space
    clause_openers: tuple[str, ...] = ()
    # a participle aside between commas (text.Sentence's cuts): its regular endings ("ed"), its other forms ("built"),
    # the adverbs that may stand before it ("formerly") and the prepositions one of which follows it ("by", "in")
    aside_participle_endings: tuple[str, ...] = ()
    aside_participles: tuple[str, ...] = ()
    aside_participle_adverbs: tuple[str, ...] = ()
    aside_participle_prepositions: tuple[str, ...] = ()
    place_relatives: tuple[str, ...] = ()  # "where", "où": after a comma, a relative clause of place begins
    noun_relatives: tuple[str, ...] = ()  # "that", "qui": right after a noun, a relative clause on it begins
    # "protection", "maintenance": an area of training named by one of these goes on with its complement ("the
    # protection of critical energy infrastructure")
    of_heads: frozenset[str] = frozenset()
    # each language's words for a list of noun phrases, by language code (see ListWords)
    lists: dict[str, ListWords] = field(default_factory=dict)
    accents: Accents | None = None  # words typed without their accents (see Accents)
    name_before: tuple[str, ...] = ()  # "has been appointed": a name without rank or title before it
    name_after: tuple[str, ...] = ()  # "succeeds": a name without rank or title after it
    leader_before: tuple[str, ...] = ()  # "led by", "dirigée par": a name without rank or title after it leads
    # per language, the verbs of leading between a name without rank or title and the mission it leads ("X has led KFOR
    # since October", "X dirige la mission"): each language's alone, as ``copular_posts``
    leader_after: tuple[tuple[str, ...], ...] = ()
    # a person described by what they are, opening a sentence ("The Danish general, who ...", "De 54-jarige Nederlandse
    # nam ..."): its articles and its nouns (regular expressions: "\\d+-year-old")
    description_articles: tuple[str, ...] = ()
    description_nouns: tuple[str, ...] = ()
    # per language, its posts' heads and the copulas between a post and a name without rank or title ("The commander
    # of NMI is X", "X est la haute représentante civile de la NMI")
    copular_posts: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()
    # per language, its posts' heads and the words between a post and its owner ("of", "de", "for"): in apposition
    # before a name without rank or title ("le chef de la NMI, X, a déclaré")
    owned_posts: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()
    # "he", "she": no name; in a sentence naming nobody before it, the person the text last named
    subject_pronouns: tuple[str, ...] = ()
    # a first name that is a common word too ("Hans", Danish "his"): alone, no name ("Hans efterfølger er X")
    name_homographs: frozenset[str] = frozenset()
    # after a comma, the words that open a clause whose subject pronoun goes on with the post the clause before
    # placed someone in, as after a semicolon ("X's appointment as commander of NMI takes effect on 1 June, when he
    # will succeed Y")
    clause_joiners: tuple[str, ...] = ()
    # the same, as written, only where they open a sentence: a word another language uses otherwise
    # (the Danish "Hun" is the Dutch "hun", their)
    opening_pronouns: tuple[str, ...] = ()
    # a pronoun one language shares with another's other word, a pronoun where the words after it are its language's
    # verb (a regex: the French "il" before "a", "est", the Italian article "il" before a noun)
    verb_pronouns: tuple[str, ...] = ()
    # "I", "Je": the speaker's own subject, as written (capitalised: the Dutch "je" is "you"); in a transcript's turn,
    # the person its label names ("LT GEN X: I assumed command this morning")
    speaker_pronouns: tuple[str, ...] = ()
    # a social post's sentence opening with the poster's feeling, its subject dropped ("Proud and humbled to hand over
    # command of #KFOR to my friend X"): the post's author (its author line) is its subject
    speaker_moods: tuple[str, ...] = ()
    # a sentence opening with a verb whose dropped subject is the mission (see text.py): where it stands
    dropped_subject: tuple[str, ...] = ()
    # a sentence opening with a verb of taking or leaving a post whose dropped subject is a person ("Asumirá el cargo el
    # 11 de octubre"): where it stands; the person the text last named, read as a subject pronoun
    dropped_person: tuple[str, ...] = ()
    side_posts: tuple[str, ...] = ()  # before a post's head, another post ("deputy commander")
    # a possessive and the word of a post's holder's relative opening a sentence, the possessor a pronoun or a name
    # ("His predecessor, X, ...", "Vrba's predecessor, X"): told of the holder the text last spoke of (see text.py)
    relative_openers: tuple[str, ...] = ()
    # opening a line before a clock time, what follows was added to the page later ("Update, 15:20: ...")
    update_marks: tuple[str, ...] = ()
    become_side: tuple[str, ...] = ()  # after a holder's relative clause, a move to a side post ("will be his deputy")
    left_post: tuple[str, ...] = ()  # a holder's relative clause telling they have left ("who was evacuated in May")
    left_post_aux: tuple[str, ...] = ()  # ... and the auxiliaries before its verb ("was", "has been")
    biography: tuple[str, ...] = ()  # before a side or other post in its clause, held before ("previously", "former")
    other_posts: tuple[str, ...] = ()  # posts no slot reads ("spokesperson"): a person they introduce holds them
    # a handover as a noun ("handover", "passation de commandement"): one "for the Chief of Staff" is of that post
    handovers: tuple[str, ...] = ()
    # a change of command told by its parts (see facts/handover.py): for each of HANDOVER_PARTS, its words in
    # every language, lower case ("give": "handed over", "entregó"; "to": "to", "al"; "leaving": "outgoing"...)
    handover_parts: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # a post said with a bare noun, no body named ("The commander said ..."), over a sentence in lower case
    bare_post: re.Pattern[str] | None = None
    bare_post_cue: tuple[str, ...] = ()  # a word of every post's head: a sentence without any holds no post
    vague: frozenset[str] = frozenset()  # "various", "range": in a listed phrase, it names nothing
    # a noun of teaching after its subject in a listed phrase ("maritime security training", "the leadership course")
    course_heads: frozenset[str] = frozenset()
    list_people: frozenset[str] = frozenset()  # "personnel", "staff": a listed phrase they end names who, not what
    course_events: tuple[str, ...] = ()  # "course", "seminar": one teaching event, whose end is not the mission's
    one_course: tuple[str, ...] = ()  # "course", "séance": one teaching event in the singular, its stop not the work
    possessives: tuple[str, ...] = ()  # "its", "sa", "su": "NATO has suspended its training in Iraq"
    # the first parts of a compound that keep their hyphen where a line breaks after it ("non-" / "combat"): any other
    # word a line broke with a hyphen is one word again ("Resolu-" / "tion")
    # "violates", "in breach of": a norm so cited is one another's act is said to break, not a basis anyone states
    breaches: tuple[str, ...] = ()
    # "or", "also known as": between commas after a name, its other name ("Kosovo Force 48, or KFOR48, comprises ...")
    also_named: tuple[str, ...] = ()
    # "our", "nos", "nuestras": a speaker's own possessive, the mission's in its spokesperson's words
    first_person: tuple[str, ...] = ()
    # "'s = is", "'s been = has": a pronoun's verb joined to it ("it's"), the ending (and the word after) and the verb
    contractions: tuple[tuple[str, str], ...] = ()
    # "we", "nous", "wij": a speaker's own subject pronoun, the mission in its spokesperson's words
    first_person_subjects: tuple[str, ...] = ()
    # "to", "de", "d'": an infinitive's marker after an aside between commas ("has ceased, this month, to advise X")
    infinitive_marks: tuple[str, ...] = ()
    own_people: tuple[str, ...] = ()  # after a heading's first person: a nation's own people ("Our forces")
    defence_bodies: tuple[str, ...] = ()  # a nation's defence body heading a page of its deployments (see en.toml)
    speaker_offices: tuple[str, ...] = ()  # "Vice-President", "Deputy Speaker": before a name, a debate's speaker
    navigation: tuple[str, ...] = ()  # "related stories": a paragraph so begun lists other pages
    # "originally published", "publié initialement": a line so begun dates the text the page serves again (see en.toml)
    first_published: tuple[str, ...] = ()
    standing_heads: tuple[str, ...] = ()  # "About", "À propos": before a name, the heading of a page's standing text
    # "photo by", "photo:": a sentence so begun in its first words, and short, is a picture's credit, not the text's
    credits: tuple[str, ...] = ()
    bylines: tuple[str, ...] = ()  # the word opening an article's byline ("By X", "Door X", "Af X")
    # a fact box's label in capitals that no speaker bears ("HQ: Baghdad"): a field, not a transcript's turn
    field_abbreviations: frozenset[str] = frozenset()
    # right after the mission's name, a predicate that sets it outside what the text tells, then one of ``this``
    # ("KFOR falls outside this deployment"): a mission named in passing, the sentence is not about it
    outside: tuple[str, ...] = ()
    this: tuple[str, ...] = ()
    # a verb of getting ready whose purpose the mission is ("prepared for the mission in Naples"): the place after the
    # mission is where one got ready, not where the mission stands
    preparing: tuple[str, ...] = ()
    comments: frozenset[str] = frozenset()  # "Comments (12)": the readers' comments follow
    # "who": a question so begun asks for a subject; its answer is the subject (see facts/layout.py)
    subject_questions: frozenset[str] = frozenset()
    # "who", "what": a heading so begun, the mission after it, heads a list of what it does ("Who NMI advises:")
    list_questions: tuple[str, ...] = ()
    # a word a hyphen joins to the next one as a compound's first half ("civil-military", "non-combat"): broken at a
    # line's end after it ("civil-\nmilitary"), the hyphen is the compound's, not the line's (see facts/layout.py)
    compound_openers: frozenset[str] = frozenset()
    # a speaker's filler ("um", "uh", "euh"): set off by commas or dashes, no word of the sentence (see facts/text.py)
    fillers: tuple[str, ...] = ()
    # a sentence adverb of contrast or sequence set off by commas ("NMI, by contrast, has kept ...", "meanwhile"): no
    # word of the clause it stands in, which goes on around it (see facts/text.py)
    sentence_adverbs: tuple[str, ...] = ()
    # a reflexive right after the mission's name that stresses it ("the mission itself"): read without it
    intensifiers: tuple[str, ...] = ()
    # the indefinite articles that open a person's description by nationality in apposition before the name ("an
    # Italian, Lt Gen X", "a Norwegian officer, Lt Gen X"): the description read away (see facts.sentence_skeleton)
    described_person: tuple[str, ...] = ()
    # the words of a speech's title before its speaker ("Remarks by", "Speech by"): the speech's "I" is the one named
    speech_headings: tuple[str, ...] = ()
    # the words that open an answer rejecting what the question before it took for granted ("That figure is wrong",
    # "Dat klopt niet"): the question's turn states nothing (see facts/speakers.py)
    premise_denials: tuple[str, ...] = ()
    # the words that state the right figure in a correction ("The correct figure is"): the figures said before it in the
    # paragraph are taken back (see facts/speakers.py)
    corrected_figure: tuple[str, ...] = ()
    # the one named first and the one named second of two actors joined before ("NMI and EUAM advise the ministry, the
    # former on ..., the latter on ..."): each stands for its actor (patterns)
    pair_first: tuple[str, ...] = ()
    pair_second: tuple[str, ...] = ()
    # a speaker's correction after a dash ("well", "I mean", "enfin"): what follows restarts the words before the dash
    # and stands for them (see facts/text.py)
    repairs: tuple[str, ...] = ()
    # a list question's verb of doing at all ("What NMI does:"): each line under it is one of the mission's activities
    # (the first of ``activities`` its label), or its predicate where it opens with a verb ending in ``doing_endings``
    list_doings: frozenset[str] = frozenset()
    activities: tuple[str, ...] = ()
    doing_endings: tuple[str, ...] = ()
    # a written question's opening ("To ask the Secretary of State for Defence, what ..."): the sentence is a question
    asking: re.Pattern[str] | None = None
    table_totals: frozenset[str] = frozenset()  # "Total": a table's row of the whole (see facts/layout.py)
    # what a breakdown's figures count ("strength"): its lone total line is the mission's size (see facts/layout.py)
    table_wholes: tuple[str, ...] = ()
    kind_labels: tuple[str, ...] = ()  # a fact box's label of what kind of mission it is ("Type: non-combat mission")
    # a table of a post's holders (see facts/layout.py): the heading's words naming the holders ("commanders"), the
    # header's cells of a tenure's start and end ("from", "to"), an end cell telling the tenure goes on ("—",
    # "present"), and the sentences a row reads as (its holder, the mission, the start, the end)
    table_holders: tuple[str, ...] = ()
    table_starts: frozenset[str] = frozenset()
    table_ends: frozenset[str] = frozenset()
    table_open: frozenset[str] = frozenset()
    table_holder_now: str = ""
    table_holder_then: str = ""
    # per language, the words before a month alone and its months ("in May", "en mai", "i maj")
    month_before: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()
    date_joiners: tuple[str, ...] = ()  # "of", "de": between a day and its month, a month and its year
    seasons: frozenset[str] = frozenset()  # "spring", "printemps": a time, no value or place (lower case)
    # per language, the words before a language's name and the names ("in English", "en anglais"): the language a
    # course is taught in, no subject and no place
    tongues: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()
    today: tuple[str, ...] = ()  # "today", "aujourd'hui": the day the text is given (lower case)
    issued: tuple[str, ...] = ()  # "issued by", "publiée par": a statement's line of who gave it and when (lower case)
    # "the ministry", "le ministère": a body named again by its head noun alone, the one named before it (lower case)
    body_anaphors: tuple[str, ...] = ()
    heads: tuple[str, ...] = ()  # every post's head nouns ("commander", "senior civilian representative")
    posts: dict[str, Posts] = field(default_factory=dict)
    status_frames: tuple[Frame, ...] = ()
    place_frames: tuple[Frame, ...] = ()
    # a verb that stops work somewhere ([macros.place] stopped), and what may follow it, just before a place
    # frame's match: the place is where work stopped ("suspended its work in Erbil")
    place_stop: re.Pattern[str] | None = None
    # what the mission is ("describe"), on what basis it works ("basis"): group "desc" holds the
    # words the slot's values are read from
    describe_frames: dict[str, tuple[Frame, ...]] = field(default_factory=dict)
    founding_frames: tuple[Frame, ...] = ()  # the mission was set up: the clause's date is the value
    # the mission's size (see facts/sizes.py): the nouns of its people ("personnel", "militaires"),
    # the words before a figure that make it approximate ("about", "environ") and the figures
    # that name no number ("several hundred"); the frames that state a size, each with whether
    # it states the total (a count in the same sentence is then a part of it)
    staff: tuple[str, ...] = ()
    # the people's nouns with their article joined at the end ("rådgiverne"): opening a sentence, the mission's people
    # as its subject, as "The advisers" (never counted)
    staff_definite: tuple[str, ...] = ()
    asked: tuple[str, ...] = ()  # "how many": a question asks for a count
    asked_size: tuple[str, ...] = ()  # "how big": a question asks for the mission's size, no noun needed
    answer_own: tuple[str, ...] = ()  # "we are": a speaker's own count opening the answer to a size question
    measures: tuple[str, ...] = ()  # "the number of": opening a sentence, a measure of the people named after it
    # "training", "courses": the mission's work opening a sentence as the subject of a state ("Training of Iraqi army
    # units has been suspended since February"), right after a sentence about the mission: its work (see facts/text.py)
    work_subjects: tuple[str, ...] = ()
    # "the number", "antallet": a measure alone as a sentence's subject, right after a sentence about the mission, the
    # count of its people ("The number will rise to 1,000 by spring", "I dag er antallet reduceret til 4.700")
    measures_alone: tuple[str, ...] = ()
    # "zijn dat er": the count of people just told, said again by a pronoun and no noun ("Inmiddels zijn dat er ongeveer
    # achthonderd"), right after a sentence about the mission that counts its people
    counts_again: tuple[str, ...] = ()
    approximators: tuple[str, ...] = ()
    # right after a figure, it is approximate ("700-odd", "six hundred or so") or a floor ("500-plus")
    about_after: tuple[str, ...] = ()
    more_after: tuple[str, ...] = ()
    vague_figures: tuple[str, ...] = ()  # "several hundred", "des centaines": a figure that names no number
    vague_thousands: tuple[str, ...] = ()  # "several thousand", "des milliers": the same in the thousands
    units: tuple[str, ...] = ()  # "company", "bataillon": a count of people after one is the unit's
    numbered_units: tuple[str, ...] = ()  # "hold": a unit only with its number after it ("hold 12")
    # "course", "stage", "curso": a count after one and a word of its beneficiaries ("for", "pour", "attended by") in
    # its clause is of its trainees, no size ("a four-week course in military medicine for 24 instructors")
    events: tuple[str, ...] = ()
    events_for: tuple[str, ...] = ()
    # "contingent", "contingente": a part of the mission that, as a clause's subject, owns its count
    parts: tuple[str, ...] = ()
    # "forces", "fuerzas": a nation's forces, beside its nationality the subject of a clause, own its count
    forces: tuple[str, ...] = ()
    object_of: frozenset[str] = frozenset()  # "trained", "wounding": a count just after one is its object
    # after a count, before the mission's only mention: the count is besides the mission's staff
    # ("Italy has 650 troops in Iraq, in addition to its officers at NMI")
    additive: tuple[str, ...] = ()
    # before the mission's only name in a sentence, words that set what the sentence counts apart from it ("a US
    # detachment, separate from the NATO mission, has about 300 personnel"): the count is another's
    apart: tuple[str, ...] = ()
    # before a figure in its clause, a measure of what the mission may have, not what it has ("The authorised strength
    # of NMI is about 2,400"): a ceiling, no size (but the figure a change brings it to is: "raised the ceiling to
    # 2,400")
    ceiling: tuple[str, ...] = ()
    # after a count, a hedge and the article of a noun phrase it qualifies ("NMI is met 1.100 militairen misschien een
    # bescheiden missie", "with 1,100 people, perhaps a modest mission"): the hedge is the phrase's, not the count's
    hedged_predicate: tuple[str, ...] = ()
    # a verb of changing a size: the mission's count right after it and a possessive is the size before ("halved its
    # 800-strong staff")
    changed_from: tuple[str, ...] = ()
    # a ceiling's nouns and, after a change of it, words of a growth still to come ("will grow only step by step")
    ceiling_named: tuple[str, ...] = ()
    reached_later: tuple[str, ...] = ()
    # after a nation, before a part of a count: the whole is the nation's ("España retira a 10 de los 13 militares")
    withdraw: tuple[str, ...] = ()
    # a verb of lending people, after a nation opening the clause, right before a count ("Denmark has led the mission
    # for a year and contributed some 90 staff"): the nation's share, no size
    lend: tuple[str, ...] = ()
    # a speaker's own nation opening a clause, before a verb of lending and a count ("Our country contributes up to 60
    # personnel"): its share, as a nation's
    own_nation: tuple[str, ...] = ()
    # after a count's noun, before the mission (or opening the clause before it): the count's people placed in the
    # mission ("92 personnel serving in it", "In NMI we have 30 soldiers"), a holder other than the mission theirs
    held_in: tuple[str, ...] = ()
    # a word for the place just named before a count (French "y": "Nous y comptons 35 militaires"): a share there,
    # no size of the mission (sizes._counted_there)
    held_there: tuple[str, ...] = ()
    # in a count's clause after it: a sum over rotations, no size ("928 efectivos, teniendo en cuenta los relevos")
    cumulative: tuple[str, ...] = ()
    # near a count after the mission and another actor joined: one count for both, no size ("together number 950")
    combined: tuple[str, ...] = ()
    # a phrase for the time the clause before told, opening a clause after a comma or a semicolon ("...; at the time,
    # its 620 soldiers were based in Istok"): after a clause that names a part, the count is the part's then
    part_then: tuple[str, ...] = ()
    part_but: tuple[str, ...] = ()  # "but", "men": a contrast whose clause, naming no actor, goes on with the part
    # right before a size in an aside on the mission, or after "the" before it, a word that dates it to a time told
    # before ("KFOR, then some 17,000 strong, ...", "the then 5,000-strong force"): the size then, history
    size_then: tuple[str, ...] = ()
    # just before a count, a part of a group named before ("two-thirds of those - 272 troops -"): the group's share,
    # no size
    partitive: tuple[str, ...] = ()
    # a change's amount, then a comma and a word that says it again as a count ("cut its staff by a quarter, or about
    # 300 personnel"): the count is the change, no size
    amount_by: tuple[str, ...] = ()
    amount_again: tuple[str, ...] = ()
    # a verb of reinforcing, then its preposition of means right before a count ("reinforce KFOR with 600 soldiers",
    # "forstærke KFOR med 600 soldater"): the reinforcement, no size
    reinforce: tuple[str, ...] = ()
    reinforce_with: tuple[str, ...] = ()
    # a verb of giving to the mission, after a nation, then "the mission with" right before a count ("the United States
    # supports the mission with more than 640 troops"): the nation's share, no size
    contribute: tuple[str, ...] = ()
    # after a count, before a part of a force: the count is that part's ("700 soldiers will deploy as part of the US
    # contribution to KFOR")
    as_part: tuple[str, ...] = ()
    # right after a unit or a part, before a count: the count is the whole it belongs to ("the largest contributor to
    # the 5,500-strong force")
    whole_of: tuple[str, ...] = ()
    # a decision or step about the mission named as a subject ("the decision", "la medida"): the basis it answers is the
    # mission's ("The decision responds to a request from the Government of Iraq")
    basis_acts: tuple[str, ...] = ()
    # after (or just before) the figure a change of size starts from, words that make it the size now ("up from the
    # 550 it currently has", "contre 550 actuellement", "the current 550")
    size_now: tuple[str, ...] = ()
    size_allowed: tuple[str, ...] = ()  # after a word of the present: a ceiling ("currently authorised")
    # after a count of the mission now and a comma, before the figure a change started from and a past time ("now has
    # 800 personnel, down from about 1,100 two years ago"): that figure was the size then
    size_from_then: tuple[str, ...] = ()
    # right before the figure a change of size done started from ("has grown from 3,800 to 4,700"): the size before
    size_change_start: tuple[str, ...] = ()
    # the holder of the mission's command, then a count of people ("will be in charge of some 1,700 personnel"): the
    # mission's people
    in_charge: tuple[str, ...] = ()
    # after a verb of ``in_charge`` (a time between at most), the mission said as a noun with its count ("commandera
    # pendant un an une mission qui compte environ 500 conseillers", "guiderà una missione di circa 550 consiglieri")
    in_charge_of: tuple[str, ...] = ()
    # the simple past of holding a command, right before a count ("the first commander, who commanded nearly 50,000
    # troops"): the people in that charge then, history
    led_count: tuple[str, ...] = ()
    within: tuple[str, ...] = ()  # between a count and another actor: its count ("174 soldiers in the coalition")
    # after a count, in its clause: the count is spread over the mission and another actor ("up to 500 soldiers for both
    # missions combined", "1,200 personnel between them"): no size of the mission alone
    spread: tuple[str, ...] = ()
    # before the mission and another actor joined after a count: the count spread over both ("1,200 personnel across
    # NMI and the coalition", "répartis entre la NMI et la coalition")
    spread_over: tuple[str, ...] = ()
    # after a comma, before a count: the count is the name's before the comma ("KFOR, with about 4,500 troops")
    attached: tuple[str, ...] = ()
    # in an apposition on the subject, right before the mission closing it: the mission is the whole the subject belongs
    # to ("RC-East, one of two regional commands under KFOR, has 700 soldiers")
    whole_apposed: tuple[str, ...] = ()
    # after the figure a change brings, a comparison with the present: that figure is still to come ("some 25% more
    # than today")
    than_now: tuple[str, ...] = ()
    # after a count's noun, before one country: the people that country sends ("212 soldiers from the Netherlands")
    sent_from: tuple[str, ...] = ()
    # after a count's noun and a word of ``sent_from``, a reserve the people are drawn from ("700 troops from NATO's
    # operational reserve force"): a part sent to reinforce, no size
    reserves: tuple[str, ...] = ()
    sent_to: tuple[str, ...] = ()  # after a count's noun, before the mission: people given or sent to it, no size
    joining: tuple[str, ...] = ()  # after a count, before the mission: people joining it, no size
    taking_part: tuple[str, ...] = ()  # after a count: those who took part in an event ("took part in an exercise")
    part_of_whole: tuple[str, ...] = ()  # after a count: people told a part of a whole ("are a small part of")
    enrolled: tuple[str, ...] = ()  # after a count: people who joined a course ("had enrolled"), trainees
    reported_future: tuple[str, ...] = ()  # after a speaker's verb: a future told in the past ("would")
    national_marks: tuple[str, ...] = ()  # in brackets after a count: a nation's own ("60 personnel (national)")
    size_frames: tuple[Frame, ...] = ()
    # each language's most common short words ("the", "de", "het", "met"), by language code: what tells the language a
    # sentence is in, where a word of one language's list is another's everyday word (see spoken, own)
    common: dict[str, frozenset[str]] = field(default_factory=dict)
    # letters (or a few letters together) that only each language's words hold ("æ", "ø", "å" in Danish, "ij" in
    # Dutch), by language code: a word holding one counts in the guess as one of that language's common words
    marks: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # the languages each word of a list named here comes from, by list: [size] object_of, [words] then
    origins: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)
    # "dan", "then": a word that stands for the time the sentence before told ("Op 15 april ... X draagt dan ... over")
    then: frozenset[str] = frozenset()
    # how each language says what a mission does, by kind ("advise": "conseille", "asesora"): a
    # profile's slot trigger names a list as {scope_advise}
    scope: dict[str, list[str]] = field(default_factory=dict)
    # the nationalities of the languages whose adjectives follow their noun ([words] adjectives_follow: "la mission
    # française"), the only ones that may stand after a mission's noun as its own
    trailing_nationalities: tuple[str, ...] = ()

    def leading(self, lower: str, strict: bool = False) -> tuple[str, ...]:
        """The languages whose common words a (caseless) sentence holds most of (one, or those tied), in order of
        code; none when it holds none. ``strict``: only when they are three or more and more than twice English's
        (a few common words are no language: "a course in Amman" holds the French "a"), so English never leads."""
        counts = self.guess_counts(lower)
        best = max(counts.values(), default=0)
        if best == 0 or (strict and (best < 3 or best <= 2 * counts.get("en", 0))):
            return ()
        return tuple(sorted(code for code, count in counts.items() if count == best))

    def guess_counts(self, lower: str) -> dict[str, int]:
        """How many of each language's common words a (caseless) sentence holds: a phrase of a ``common`` list (the
        Dutch "den haag", whose "den" is a Danish word) counts once for its language and its words for no other; a
        word holding one of the language's ``marks`` counts as one of its words ("gøre", "blijven")."""
        counts = dict.fromkeys(self.common, 0)
        if self.common_phrases.pattern and (found := self.common_phrases.findall(lower)):
            for phrase in found:
                counts[self.phrase_languages[phrase]] += 1
            lower = self.common_phrases.sub(" ", lower)
        for word in _WORD.findall(lower):
            for code, common in self.common.items():
                if word in common or any(mark in word for mark in self.marks.get(code, ())):
                    counts[code] += 1
        return counts

    @functools.cached_property
    def phrase_languages(self) -> dict[str, str]:
        """The phrases of the ``common`` lists (words one space apart), each with its language."""
        return {w: code for code, common in self.common.items() for w in common if " " in w}

    @functools.cached_property
    def common_phrases(self) -> re.Pattern[str]:
        """The phrases of the ``common`` lists, as whole words, in one pattern (empty when there is none)."""
        phrases = self.phrase_languages
        return re.compile(rf"(?<!\w)(?:{trie_alternation(phrases)})(?!\w)" if phrases else "")

    def spoken(self, lower: str, strict: bool = False) -> str | None:
        """The language a (caseless) sentence is in: the one whose common words it holds most of; None when
        none leads (``strict``: see leading)."""
        leaders = self.leading(lower, strict)
        return leaders[0] if len(leaders) == 1 else None

    def spoken_in(self, kind: str, word: str, lower: str) -> bool:
        """``word`` (of the merged list ``kind``) may be read in the (caseless) sentence: no language leads it, or one
        of the languages whose list holds it does (the Danish "vi", we, is not the Italian "vi", there: "vi sono 500
        soldati")."""
        leaders = self.leading(lower, strict=True)  # (strict: a few common words are no language, see leading)
        return not leaders or bool(set(leaders) & self.origins.get(kind, {}).get(word, frozenset()))

    def opens_phrase(self, word: str, lower: str) -> bool:
        """``word`` (caseless) is an article of the (caseless) sentence's own language, one of its common words: a
        noun phrase of its own begins there ("met zo'n 650 militairen het Iraakse ministerie": the article opens the
        object, not the count's words; the Spanish "de" of "soldados de Italia" is no article)."""
        return word in self.articles and word in self.common.get(self.spoken(lower) or "", ())

    def own(self, kind: str, word: str, lower: str) -> bool:
        """``word`` (of the merged list ``kind``) counts in the (caseless) sentence: a word of one language's list
        that is another language's common word counts only in a sentence of its own languages (the English "met",
        a verb whose object a count is, is the Dutch "met", with: "The general met 40 advisers", "NMI is met 600
        militairen een bescheiden missie")."""
        codes = self.origins.get(kind, {}).get(word)
        if codes is None:
            return False
        if not any(word in common for code, common in self.common.items() if code not in codes):
            return True
        return self.spoken(lower) in codes

    @functools.cached_property
    def post_relative_test(self) -> re.Pattern[str]:
        """Whether a text (lower case) holds one of ``post_relatives``, in one scan (textutil.substrings): asked of
        every paragraph a page has passed over once the text has placed someone in a post, and of sentences after one
        about the mission, where a substring test per word, of a hundred and more, took several times as long."""
        return substrings(self.post_relatives) if all(self.post_relatives) else re.compile("")

    @functools.cached_property
    def staff_words(self) -> frozenset[str]:
        """``staff`` in lower case: a word of a text is one of the mission's people's nouns ("militaires", "troops")."""
        return frozenset(w.lower() for w in self.staff)

    @functools.cached_property
    def relative_words(self) -> str:
        """``relative_pronouns`` as one alternation, a phrase's words one space apart: after a comma, the opening of a
        relative clause, in a skeleton (frames.Reader) or a sentence (lexicon._abroad_country_acts)."""
        return trie_alternation(self.relative_pronouns, separator=" ")

    @functools.cached_property
    def noun_relative_words(self) -> str:
        """``noun_relatives`` as one alternation, a phrase's words one space apart: right after a noun, the opening of
        a relative clause on it, in a skeleton (frames.Reader, sizes)."""
        return trie_alternation(self.noun_relatives, separator=" ")

    @functools.cached_property
    def clause_relative_words(self) -> str:
        """``clause_relatives`` as one alternation, a phrase's words one space apart: after a comma, in a skeleton, the
        opening of a relative clause that is a clause of its own (frames.Reader's cuts)."""
        return trie_alternation(self.clause_relatives, separator=" ")

    @functools.cached_property
    def nation_words(self) -> frozenset[str]:
        """``nationalities`` and ``countries`` in lower case: a word of a text names a nation ("danske", "Denmark")."""
        return frozenset(w.lower() for w in (*self.nationalities, *self.countries))

    @functools.cached_property
    def clause_relative(self) -> re.Pattern[str]:
        """A comma, then one of ``clause_relatives``: a relative clause between commas, after whose closing comma the
        main clause may go on (text.Sentence.resumed)."""
        words = trie_alternation(self.clause_relatives, separator=r"\s+")
        return re.compile(rf",\s+(?:{words})\s+", re.IGNORECASE)

    @functools.cached_property
    def participle_aside(self) -> re.Pattern[str]:
        """A comma, then a participle (``aside_participle_endings``, ``aside_participles``; an adverb of
        ``aside_participle_adverbs`` before it at most) and one of ``aside_participle_prepositions``: a participle
        between commas is a clause of its own ("The expansion, approved by ministers in February, will ..."). The
        match ends at the participle (text.Sentence's cuts)."""
        adverbs = trie_alternation(self.aside_participle_adverbs, separator=r"\s+")
        endings = trie_alternation(self.aside_participle_endings)
        forms = trie_alternation(self.aside_participles, separator=r"\s+")
        prepositions = trie_alternation(self.aside_participle_prepositions, separator=r"\s+")
        return re.compile(rf",\s+(?=(?:(?:{adverbs})\s+)?(?:[a-z]+{endings}|{forms})\s+(?:{prepositions})\b)")

    @functools.cached_property
    def nationalities_set(self) -> frozenset[str]:
        return frozenset(self.nationalities)

    @functools.cached_property
    def lower_nationalities(self) -> frozenset[str]:
        return frozenset(n.lower() for n in self.nationalities)


_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def available_languages() -> list[str]:
    return sorted(p.name[:-5] for p in resources.files("monitor.languages").iterdir() if p.name.endswith(".toml"))


def _words(data: dict[str, Any], table: str, key: str, where: str) -> list[str]:
    value = data.get(table, {}).get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: [{table}] key {key!r}: expected a list of strings", file=where)
    return value


def _ranged(data: dict[str, Any], where: str) -> str:
    """The size frames' figure, after the low end of a range that stands before it ("between 800 and 900", "tra le 800 e
    le 900": ``size.range_open``, ``size.range_join``): the frame reads the range's high end as it reads one figure."""
    opens, joins = _words(data, "size", "range_open", where), _words(data, "size", "range_join", where)
    if not opens or not joins:
        return r"(?P<n>N\d+)"
    return rf"(?:(?:{alternation(opens)}) N\d+ (?:{alternation(joins)}) )?(?P<n>N\d+)"


def _asking(openings: list[str], asked: list[str]) -> re.Pattern[str] | None:
    """A written question's form: its opening, then after a comma the word of what it asks ("To ask the Secretary of
    State for Defence, what assessment he has made of ..."), after the asker's label in a record of turns when there is
    one ("Mrs X (Y North): To ask ..."); None when the language files name none."""
    if not openings or not asked:
        return None
    opening = "|".join(re.escape(w) for w in sorted(openings, key=len, reverse=True))
    words = "|".join(re.escape(w) for w in sorted(asked, key=len, reverse=True))
    label = r"(?:[^:.?!]{1,100}:\s+)?"  # the asker's name and seat, then a colon
    return re.compile(rf"^{label}\W{{0,3}}(?:{opening})\s[^.?!]{{1,160}}?,\s+(?:{words})(?![\w'-])", re.IGNORECASE)


def alternation(phrases: list[str] | tuple[str, ...] | set[str]) -> str:
    """Skeleton phrases (lower case, may hold regular expressions) as one group, longest first."""
    # (longest first, then in their order: the same pattern in every process, whatever the order of a set)
    return "(?:" + "|".join(sorted((p for p in phrases if p), key=longest_first)) + ")" if phrases else "(?!x)x"


def _expand(template: str, macros: dict[str, str], where: str, depth: int = 0) -> str:
    if depth > 8:
        raise ConfigError(f"{where}: macros nest too deeply in {template!r}", file=where)

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in macros:
            raise ConfigError(f"{where}: unknown macro {{{name}}} in {template!r} (known: {', '.join(sorted(macros))})",
                              file=where)
        return _expand(macros[name], macros, where, depth + 1)

    return _MACRO.sub(replace, template)


# the engine's own macros: mentions in the skeleton (see facts/mentions.py)
_PERSON = r"P\d+"
_ENGINE_MACROS = {
    "new": rf"(?P<new>{_PERSON})", "prev": rf"(?P<prev>{_PERSON})", "future": rf"(?P<future>{_PERSON})",
    "hist": rf"(?P<hist>{_PERSON})", "person": rf"(?P<person>{_PERSON})",
    # the one a successor still to come takes over from ("X will succeed Y"): in the post now
    "holder": rf"(?P<holder>{_PERSON})",
}


@functools.cache
def _mission_named() -> str:
    """{T}: the mission's name in a post's pattern, the words before it the language files' ``[words] mission_before``
    ("the", "its"), and those before its name said again in apposition ``mission_apposed``."""
    before, apposed = alternation(engine_words("mission_before")), alternation(engine_words("mission_apposed"))
    joins = alternation(engine_words("coordination"))
    # (its size as a compound before it, an adjective before that: "took command of the enhanced 2,400-member-strong
    # NMI", "leads the 650-strong NMI")
    return (rf"(?:{before} )*(?:(?:[a-z-]+ )?N\d+ - (?:[a-z]+-)?strong )?M"
            # (its acronym in brackets may carry a gloss: "la Misión de la OTAN en Irak (NMI, por sus siglas en
            # inglés)")
            r"(?: \( (?:[^()]{0,20}|M , [^()]{1,30}) \))?"
            # (with the mission named again in apposition: "commander of KFOR , the NATO-led force in Kosovo , from Y";
            # the comma closing the apposition before a word taken with it: "command of KFOR , the NATO-led force in
            # Kosovo , was handed over to X", "kommandoen over M , M , blev overdraget"; not before a word that joins
            # another verb to the clause: "commander of KFOR , the NATO mission in Kosovo , and will take over")
            rf"(?: , (?:{apposed} )?M(?: ,(?= [^\W\dA-Z_])(?! (?:{joins})(?![\w']))|(?= ,)))?")


@functools.cache
def _aside() -> str:
    """{ins}: between a person and its verb, appositives, "(NMI)", "of the Swedish Armed Forces", ", 54,": the
    words of its phrases are the language files' ``[words] aside_relatives``, ``aside_of``, ``aside_from``,
    ``aside_articles``, ``aside_verbs``, ``aside_forces``, ``person_and``, ``aside_owners`` and ``aside_companions``."""
    # (%-formatted, not an f-string: every brace of the regex, "{0,80}", would have to be doubled)
    return (r"(?P<ins>(?: \( [^()]{0,80}? \)| , (?:(?!P\d)[^;:])*? ,"  # noqa: UP031
            # a relative clause of the person's own may name another ("X, who served under Gen Y, took ...")
            r"| , %(who)s (?!P\d)(?:(?! , )[^;:\"]){0,160}? ,"
            # (a country's name in lower case may hold any Latin letter: "of türkiye")
            # (no verb nor negation among its words: "X of Austria has not taken command" is no "of" phrase)
            # (or a place the finder marks: "X of Italy", "X of L0")
            r"| %(of_from)s (?:%(the)s )?L\d+(?= )"
            r"| %(of)s (?:%(the)s )?(?:(?!%(verb)s)[a-z\u00df-\u024f'-]+ ){0,3}?(?!%(verb)s)[a-z\u00df-\u024f'-]+(?= )"
            # "X from the Swedish Armed Forces", "X, from the Royal Danish Army,"
            r"| %(from)s (?:%(the)s )?(?:[a-z\u00df-\u024f'-]+ ){0,3}?%(forces)s(?= )"
            # those who come with the person ("received X and his team, who will take over the command of KFOR")
            r"| %(and)s %(owners)s (?:[a-z-]+ )?%(companions)s(?= )"
            # a dash's aside: "X - a former paratrooper - took command"
            r"| - (?:(?!P\d)[^-;:\"]){1,80}? -)*(?: ,(?= [a-z]))?)" % {
                "who": alternation(engine_words("aside_relatives")), "of": alternation(engine_words("aside_of")),
                "from": alternation(engine_words("aside_from")), "the": alternation(engine_words("aside_articles")),
                "of_from": alternation([*engine_words("aside_of"), *engine_words("aside_from")]),
                "and": alternation(engine_words("person_and")),
                "verb": alternation(engine_words("aside_verbs")) + r"(?![a-z\u00df-\u024f'-])",
                "forces": alternation(engine_words("aside_forces")),
                "owners": alternation(engine_words("aside_owners")),
                "companions": alternation(engine_words("aside_companions"))})


def _owned(phrase: str) -> str:
    """"its" in a phrase ("continues its work") is the mission's own where it stands for the mission,
    which a skeleton writes "M 's" (the language files' ``[words] mission_possessives``)."""
    for possessive in engine_words("mission_possessives"):
        phrase = phrase.replace(f"{possessive} ", f"(?:{possessive}|M 's) ")
    return phrase


def _compile(pattern: str, where: str) -> Guarded:
    try:
        return Guarded.lazy(pattern)
    except re.error as exc:
        raise ConfigError(f"{where}: invalid frame pattern: {exc}", file=where) from None


def _read(codes: tuple[str, ...]) -> dict[str, dict[str, Any]]:
    files: dict[str, dict[str, Any]] = {}
    for code in codes:
        resource = resources.files("monitor.languages") / f"{code}.toml"
        if not resource.is_file():
            raise ConfigError(f"no language file {code!r} (available: {', '.join(available_languages())})")
        try:
            files[code] = read_toml(resource.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"language {code}: not valid TOML: {exc}") from exc
    return files


def _table(files: dict[str, dict[str, Any]], table: str) -> dict[str, list[str]]:
    """One table of word lists ([scope], [grammar]) over every language file: each key's words of all languages, each
    once, in the files' order."""
    words: dict[str, list[str]] = {}
    for code, data in files.items():
        for key in data.get(table, {}):
            for word in _words(data, table, key, f"language {code}"):
                if word not in words.setdefault(key, []):
                    words[key].append(word)
    return words


@functools.cache
def scope_words() -> dict[str, list[str]]:
    """Every language file's [scope] lists ("advise": "conseille", "asesora"...), read without
    compiling any frame: a profile's triggers name them ({scope_advise}) when it is loaded."""
    return _table(_read(tuple(available_languages())), "scope")


@functools.cache
def grammar_words() -> dict[str, list[str]]:
    """Every language file's [grammar] lists (``body_articles``: "de", "het"...), read without compiling any frame: a
    profile's patterns name them ({grammar_body_articles}) when it is loaded."""
    return _table(_read(tuple(available_languages())), "grammar")


@functools.cache
def engine_words(key: str, code: str | None = None) -> tuple[str, ...]:
    """One [words] list of every language file, each word once in the files' order, read without compiling any frame:
    the engine's own patterns (a person's aside, the words around a handover's verb, ...) are built from them. With
    ``code`` (a sentence's language, see Language.spoken), that language's list alone."""
    words: list[str] = []
    for own, data in _read(tuple(available_languages())).items():
        if code is not None and own != code:
            continue
        for word in _words(data, "words", key, f"language {own}"):
            if word not in words:
                words.append(word)
    return tuple(words)


@functools.cache
def focus_openings() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each language file's ``[words] focus_pronouns`` before its own ``focus_verbs`` ("Den ledes af ...", "Die telt
    ..."), as a pattern that opens a paragraph, with the phrases (lower case) a paragraph holding it holds."""
    openings = []
    for code, data in _read(tuple(available_languages())).items():
        where = f"language {code}"
        pronouns, verbs = _words(data, "words", "focus_pronouns", where), _words(data, "words", "focus_verbs", where)
        if not pronouns or not verbs:
            continue
        said = "|".join(r"\s+".join(re.escape(word) for word in verb.split()) for verb in verbs)
        # (or opening the clause after a comma and a joiner, in lower case: "I dag er den dobbelt så stor, og den
        # ledes af ...": ``[words] clause_joiners``)
        joiners = _words(data, "words", "clause_joiners", where)
        joined = "|".join(rf"(?<=,\s{re.escape(joiner)}\s)" for joiner in joiners) or r"(?!x)x"
        opened = "|".join(re.escape(pronoun) for pronoun in pronouns)
        pattern = (rf"(?:^\W*(?-i:{opened})|(?:{joined})(?-i:{opened.lower()}))(?=\s+(?:{said})(?![\w-]))")
        openings.append((pattern, tuple(f"{pronoun.lower()} {verb}" for pronoun in pronouns for verb in verbs)))
    return tuple(openings)


@functools.cache
def country_names() -> tuple[str, ...]:
    """Every language file's [words] countries ("Denmark", "Danemark", "Dinamarca"...), read without compiling
    any frame: a profile's patterns name them ({countries}) when it is loaded."""
    names: list[str] = []
    for code, data in _read(tuple(available_languages())).items():
        for word in _words(data, "words", "countries", f"language {code}"):
            if word not in names:
                names.append(word)
    return tuple(names)


@functools.cache
def name_translations() -> dict[str, tuple[str, ...]]:
    """Every language file's [names]: a name as a profile writes it (in English) and how each
    language writes it ("Austria": "Autriche", "Oostenrijk", "Østrig"), read without compiling any
    frame: a profile's values gain them when it is loaded."""
    names: dict[str, list[str]] = {}
    for code, data in _read(tuple(available_languages())).items():
        for key in data.get("names", {}):
            for word in _words(data, "names", key, f"language {code}"):
                if word not in names.setdefault(key.lower(), []):
                    names[key.lower()].append(word)
    return {key: tuple(words) for key, words in names.items()}


def _list_words(data: dict[str, Any], where: str) -> ListWords:
    """A language file's words for reading a list: its [tone] coordination (words, not signs: "and", "as well as"),
    its [words] list_leads, list_owners, list_stops, list_of and of_heads."""
    coordination = [w.lower() for w in _words(data, "tone", "coordination", where) if w.replace(" ", "").isalpha()]
    verbs = data.get("words", {}).get("list_verbs")

    def lower(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in _words(data, "words", key, where))

    return ListWords(joins=tuple(w for w in coordination if " " not in w),
                     adds=tuple(w for w in coordination if " " in w),
                     leads=lower("list_leads"), owners=lower("list_owners"), stops=lower("list_stops"),
                     of=lower("list_of"), of_heads=lower("of_heads"),
                     verbs=re.compile(verbs, re.IGNORECASE) if isinstance(verbs, str) else None)


_ORIGINS = {"object_of": ("size", "object_of"), "then": ("words", "then"),
            "first_person_subjects": ("words", "first_person_subjects"), "and_before": ("tone", "and_before"),
            "since": ("tone", "since")}


def _origins(files: dict[str, dict[str, Any]], table: str, key: str) -> dict[str, frozenset[str]]:
    """Each (caseless) word of the list, with the languages whose files hold it."""
    found: dict[str, set[str]] = {}
    for code, data in files.items():
        for word in _words(data, table, key, f"language {code}"):
            found.setdefault(word.lower(), set()).add(code)
    return {word: frozenset(codes) for word, codes in found.items()}


_LETTERS = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})


def _typed_plain(words: list[str]) -> tuple[str, ...]:
    """The words, and those with a Danish or Norwegian letter as a keyboard without it types them too
    ("generalloejtnant", "Ambassadoer")."""
    return tuple(dict.fromkeys([*words, *(word.translate(_LETTERS) for word in words)]))


@functools.cache
def load_language(codes: tuple[str, ...] | None = None) -> Language:
    """The language files named (default: every file in the package), merged and compiled once."""
    codes = codes or tuple(available_languages())
    files = _read(codes)

    def merged(table: str, key: str) -> list[str]:
        seen: dict[str, None] = {}
        for code, data in files.items():
            for word in _words(data, table, key, f"language {code}"):
                seen.setdefault(word, None)
        return list(seen)

    def lowered(table: str, key: str) -> tuple[str, ...]:
        # (most lists are read in lower case: their words in the files' order, each file's once)
        return tuple(w.lower() for w in merged(table, key))

    months: dict[str, int] = {}
    modifiers: dict[str, str] = {}
    number_words: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    time_units: dict[str, int] = {}
    for data in files.values():
        words = data.get("words", {})
        for names in ("months", "month_abbreviations"):
            for i, spellings in enumerate(words.get(names, []), 1):  # "Sep|Sept": one month, two spellings
                for month in spellings.split("|"):
                    months.setdefault(month.lower(), i)
        modifiers.update({k.lower(): str(v) for k, v in data.get("modifiers", {}).items()})
        number_words.update({k.lower(): int(v) for k, v in words.get("number_words", {}).items()})
        weekdays.update({day.lower(): i for i, day in enumerate(words.get("weekdays", []))})
        time_units.update({k.lower(): int(v) for k, v in words.get("time_units", {}).items()})
    posts: dict[str, list[Frame]] = {}
    heads: list[str] = [h for data in files.values() for post in data.get("posts", {}).values()
                        for h in post.get("head", [])]
    status_frames: list[Frame] = []
    place_frames: list[Frame] = []
    describe_frames: dict[str, list[Frame]] = {}
    founding_frames: list[Frame] = []
    size_frames: list[Frame] = []
    staff = merged("size", "staff")
    stops: list[str] = []
    bare_posts: list[str] = []
    bare_words = alternation(engine_words("bare_words"))
    for code, data in files.items():
        where = f"language {code}"
        own_heads = alternation([h for post in data.get("posts", {}).values() for h in post.get("head", [])])
        own_modifiers = alternation([re.escape(m.lower()) for m in data.get("modifiers", {})])
        bare_posts += [_expand(p, {"head": own_heads, "mod": own_modifiers}, where)
                       for p in _words(data, "words", "bare_post", where)]
        macros = {**{k: str(v) for k, v in data.get("macros", {}).items() if isinstance(v, str)}, **_ENGINE_MACROS,
                  "ins": _aside(), "T": _mission_named()}
        modifier_words = alternation([re.escape(m) for m in modifiers])
        # (a modifier may be joined to its word by a hyphen: "the ex-commander", and before a name, which a skeleton
        # sets apart, "ex - M chief")
        macros["mod"] = rf"(?:(?P<mod>{modifier_words})(?: - | |-))"
        # a modifier before the mission's name: "former NMI commander X", "ex-KFOR chief X"
        macros["mod_before"] = rf"(?:(?P<mod_before>{modifier_words})(?: - | ))"
        # the mission's name before another of its posts ("the post of KFOR deputy commander", "as NMI's chief
        # of staff"): the post named is that one, not the mission
        side_words = alternation([re.escape(w.lower()) for w in data.get("words", {}).get("side_posts", [])])
        # a country named as it stands in a skeleton: a place's symbol, or the language's own name for it ("Spain
        # leads the mission through Lt Gen X", "Sweden, which now leads the mission with X")
        country_words = alternation([re.escape(w.lower()) for w in data.get("words", {}).get("countries", [])])
        macros["country"] = rf"(?:L\d+|{country_words})" if country_words else r"L\d+"
        # a nationality of the language as a skeleton has it, in lower case: the holder's beside a post's noun ("the
        # Hungarian commander of KFOR, Maj Gen X", "de Hongaarse commandant van KFOR", "le commandant italien de la
        # KFOR")
        nationality_words = alternation([re.escape(w.lower()) for w in data.get("words", {}).get("nationalities", [])])
        macros["nat"] = rf"(?:{nationality_words})" if nationality_words else "(?!x)x"
        # the words that make a name an organisation, as they stand in a skeleton ("allied joint force command")
        macros["organisation"] = alternation([re.escape(w.lower()) for w in _words(data, "words", "organisation_words",
                                                                                 where)])
        other_words = alternation([re.escape(w.lower()) for w in data.get("words", {}).get("other_posts", [])])
        unit_words = alternation([re.escape(w.lower()) for w in (*data.get("size", {}).get("units", []),
                                                                 *data.get("size", {}).get("parts", []))])
        for kind, post in data.get("posts", {}).items():
            head = alternation(post.get("head", []))
            # (a deputy senior civilian stands in for the senior civilian: only the command's deputies are apart)
            sides = rf"(?:{side_words})[ -](?:[a-z-]+ )?{head}|" if kind == "command" else ""
            not_other = rf"(?! (?:'s )?(?:{sides}{other_words})(?![a-z]))"
            # the mission's name before a unit of it ("the commander of KFOR Regional Command West", "of the KFOR
            # Multinational Battle Group East"): that unit's post, not the mission's
            # (not across a word that begins no noun phrase of its own: [words] bare_words)
            not_unit = (rf"(?! (?:(?!{bare_words}(?![\w-]))[a-z-]+ ){{0,2}}?(?:{unit_words})(?![\w-]))"
                        if unit_words else "")
            local = {**macros, "head": head, "post": alternation(post.get("post", [])),
                     "leads": alternation(post.get("leads", [])), "led": alternation(post.get("led", [])),
                     "led_since": alternation(post.get("led_since", [])),
                     # a unit of the mission is not the mission: "took command of NMI's advisory
                     # division" (but "NMI's new commander, X", "NMI's 9th commander" is the mission's post, and
                     # "leads NATO's 550-strong mission in Iraq", its size after the possessive, the mission)
                     "T": _mission_named() + rf"(?! 's (?!N\d|(?:{modifier_words} )?(?:[\w-]+ )?"
                                                rf"{head})){not_other}{not_unit}"}
            for frame in data.get("frames", {}).get("person", []):
                if kind not in frame.get("posts", [kind]):
                    continue  # a frame of some posts only ("took over" is said of command)
                source = frame["pattern"]
                pattern = _compile(_expand(source, local, where), where)
                posts.setdefault(kind, []).append(Frame(pattern, code, own_tone=frame.get("tone") == "own",
                                                        follows=bool(frame.get("follows", False)),
                                                        held=bool(frame.get("held", False)),
                                                        stands_in=bool(frame.get("stands_in", False))))
        acts_of = data.get("frames", {}).get("acts", {})
        acts = acts_of.get("nouns", [])
        if acts:
            nouns = alternation(acts)
            # (no word that puts the work in the past among the words before its noun: "NMI's past work with X")
            past = alternation(acts_of.get("past", []))
            # (nor a verb or an auxiliary, which makes the noun its object, not the subject of what follows:
            # "NMI would restart activities suspended since January" is no stop of them)
            verbs = alternation(acts_of.get("verbs", []))
            filler = "".join(rf"(?!(?:{words}) )" for words in (past, verbs) if words) + "[a-z-]+ "
            behind = "".join(rf"(?<!{re.escape(w)} )" for w in acts_of.get("past", []))
            macros["bare"] = rf"{behind}(?:{filler}){{0,2}}?{nouns}"
            # "training activities of NMI", "courses run by NMI"
            macros["act"] = (rf"(?:(?:(?:the |all |its )?(?:[a-z-]+ ){{0,2}}?{nouns} "
                             rf"(?:(?:run|held|given|organised|organized|conducted|offered|provided|delivered) )?"
                             rf"(?:of|by|at|for|from) )?(?:the )?M"
                             # (its people counted: "the mission's 520 advisers continue to work"; not a part of
                             # them: "is moving some of its roughly 250 members to Kuwait")
                             rf"(?: 's)?(?: (?:(?<!of M 's )(?<!of the M 's )N\d+ )?(?:{filler}){{0,2}}?{nouns}"
                             + (rf"|(?! (?:{past}) )" if past else "") + ")"
                             # "the training that NMI provides to Iraqi units": the work a relative clause says is
                             # the mission's (the language's words of the relative and its verbs)
                             + (rf"|(?:the |all |its )?(?:[a-z-]+ ){{0,2}}?{nouns} (?:{relatives}) (?:the )?M "
                                rf"(?:{doing})" if (relatives := alternation(acts_of.get("relatives", [])))
                                and (doing := alternation(acts_of.get("done_by", []))) else "")
                             + ")")
        if "stopped" in data.get("macros", {}).get("place", {}):
            stops.append(str(data["macros"]["place"]["stopped"]))
        # "Erbil and Basra", "Erbil y Kirkuk": the file's own words that join two names, and English's
        joiners = "|".join(re.escape(w.lower()) for w in sorted({"and", "or", "as well as",
                                                                 *data.get("tone", {}).get("coordination", [])},
                                                                key=lambda w: (-len(w), w)) if w.isalpha() or " " in w)
        # a list that says its preposition of place again before each place ("in Basra, in Anbar and in Erbil", "en
        # Bagdad y en Erbil", "à Bagdad, à Erbil et à Bassora"): the file's words of being at a place, and English's
        again = alternation(sorted({"in", *(w.lower() for w in data.get("words", {}).get("place_at", []))}))
        # ... and an article there before a place its kind then follows ("in Basra and at the Ain al-Asad air base")
        named = alternation(sorted(w.lower() for w in data.get("words", {}).get("place_articles", [])))
        again = rf"(?:{again})(?: (?:{named}))?" if named else rf"(?:{again})"
        # a place in the one after it, by English's words and the file's ("la base Union III di Baghdad")
        within = alternation(sorted({"in", "of", *(w.lower() for w in data.get("words", {}).get("place_of", []))}))
        place_macros = {**macros, **{k: _owned(str(v)) for k, v in data.get("macros", {}).get("place", {}).items()}}
        # a listed place's kind of site after its name, as the file's sites name it ("at the Besmaya Range Complex, at
        # Habbaniyah Air Base and at Camp Taji")
        site = rf"(?: (?:[a-z-]+ )?{place_macros['sites']}(?![\w'-]))?" if "sites" in place_macros else ""
        place_macros = {**place_macros,
                        # "Union III in Baghdad", "the International Zone of Baghdad"
                        # (a place's gloss in brackets: "Baghdad (HQ), Taji and Erbil")
                        "places": rf"(?P<places>L\d+(?: 's L\d+| (?:{within}) L\d+)?(?: \( [^()]{{1,30}} \))?"
                                  rf"(?:{site}(?= , | (?:{joiners}) ))?"
                                  # (the joiner, a time set off by commas and an adverb in -ment/-mente before the
                                  # next one: "depuis L0 et , depuis cet été , également à L1")
                                  # (an aside on the place before the joiner: "in Erbil , in the north of the
                                  # country , and in Baghdad")
                                  rf"(?:(?: , (?:[a-zà-ÿ'-]+ ){{0,5}}[a-zà-ÿ'-]+(?= , (?:{joiners}) ))?"
                                  rf"(?:(?: ,)? (?:{joiners})(?: , (?:[\w'-]+ ){{1,4}}?,)?"
                                  rf"(?: [a-zà-ÿ]{{3,}}(?:ment|mente))?"
                                  rf" (?:{again} )?| , (?:{again} )?| )L\d+(?: \( [^()]{{1,30}} \))?"
                                  rf"(?:{site}(?= , | (?:{joiners}) ))?)*)"}
        for frame in data.get("frames", {}).get("place", []):
            pattern = _compile(r"(?<![a-z])" + _expand(frame["pattern"], place_macros, where), where)
            place_frames.append(Frame(pattern, code, value=frame.get("value", "{place}"),
                                      role=frame.get("role", "current"), present=frame.get("tense") == "present",
                                      own_tone=frame.get("tone") == "own"))
        for family in DESCRIBING:
            for frame in data.get("frames", {}).get(family, []):
                describe_frames.setdefault(family, []).append(
                    Frame(_compile(_expand(frame["pattern"], macros, where), where), code,
                          role=frame.get("role", "current")))
        for frame in data.get("frames", {}).get("founding", []):
            founding_frames.append(Frame(_compile(_expand(frame["pattern"], macros, where), where), code))
        size_macros = {**macros, **{k: str(v) for k, v in data.get("macros", {}).get("size", {}).items()},
                       # a figure (facts/mentions.py: "about 650", "some seven hundred"), and one the
                       # frame names only to pass it ("from 650 to 250": the 650)
                       "n": _ranged(data, where), "was": r"N\d+", "staff": alternation(staff),
                       # a unit or a part of the force ("the 118-strong Greek contingent": the part's count)
                       "unit": unit_words or r"(?!x)x"}
        for frame in data.get("frames", {}).get("size", []):
            size_frames.append(Frame(_compile(r"(?<![a-z])" + _expand(frame["pattern"], size_macros, where), where),
                                     code, role=frame.get("role", "current"), total=frame.get("total", False),
                                     present=frame.get("tense") == "present", back=frame.get("back", False),
                                     whole=frame.get("whole", False), own_tone=frame.get("tone") == "own"))
        for value, phrases in data.get("statuses", {}).items():
            verbs = alternation([_owned(_expand(p, macros, where)) for p in phrases])
            for frame in data.get("frames", {}).get("status", []):
                if frame.get("value", value) != value:
                    continue  # a frame of one status ("the freeze on NMI's training was lifted": resumed)
                source = frame["pattern"]
                pattern = _compile(r"(?<![a-z])" + _expand(source, {**macros, "verb": verbs}, where) + r"(?![a-z])",
                                   where)
                status_frames.append(Frame(pattern, code, value=value, present=frame.get("tense") == "present",
                                           particular="value" in frame, contrast=frame.get("contrast", False),
                                           come=frame.get("come", ""), own_tone=frame.get("tone") == "own",
                                           void=frame.get("void", False)))
    save_patterns()  # the frames' readings, for the next process (see parsecache.py)
    return Language(
        scope=_table(files, "scope"),
        trailing_nationalities=tuple(dict.fromkeys(
            word for code, data in files.items() if data.get("words", {}).get("adjectives_follow") is True
            for word in _words(data, "words", "nationalities", f"language {code}"))),
        codes=codes,
        ranks=_typed_plain(merged("words", "ranks")), titles=_typed_plain(merged("words", "titles")),
        not_rank_after=frozenset(lowered("words", "not_rank_after")),
        particles=frozenset(merged("words", "particles")),
        organisation_words=frozenset(merged("words", "organisation_words")),
        unit_subjects=lowered("words", "unit_subjects"),
        not_names=frozenset(merged("words", "not_names")),
        months=months,
        nationalities=tuple(merged("words", "nationalities")), countries=tuple(merged("words", "countries")),
        capitals=frozenset(merged("words", "capitals")),
        modal=tuple(merged("tone", "modal")), negation=tuple(merged("tone", "negation")),
        historical=tuple(merged("tone", "historical")), future=tuple(merged("tone", "future")),
        ending=tuple((*merged("tone", "ending"), *merged("tone", "leaving"))), leaving=tuple(merged("tone", "leaving")),
        clause_cuts=tuple(merged("tone", "clause_cuts")),
        background=tuple(merged("tone", "background")), and_before=tuple(merged("tone", "and_before")),
        not_future=tuple(merged("tone", "not_future")),
        not_historical=tuple(merged("tone", "not_historical")),
        goes_on=tuple(merged("tone", "goes_on")),
        snapshot=tuple(merged("tone", "snapshot")), fronted=tuple(merged("tone", "fronted")),
        awaiting=tuple(merged("tone", "awaiting")),
        backdrop=tuple(merged("tone", "backdrop")),
        corrects=tuple(merged("tone", "corrects")),
        later=tuple(merged("tone", "later")), recent_gap=tuple(merged("tone", "recent_gap")),
        recent_back=tuple(merged("tone", "recent_back")),
        past=tuple(merged("tone", "past")),
        temporary=tuple(merged("tone", "temporary")), undone=tuple(merged("tone", "undone")),
        returned=tuple(merged("tone", "returned")),
        moved_to=tuple(merged("tone", "moved_to")),
        reasons=tuple(merged("tone", "reasons")),
        purposes=tuple(merged("tone", "purposes")),
        dated_nouns=tuple(merged("tone", "dated_nouns")),
        dated_by=tuple(merged("tone", "dated_by")),
        scheduled=tuple(merged("tone", "scheduled")), since=tuple(merged("tone", "since")),
        until=tuple(merged("tone", "until")), starting=tuple(merged("tone", "starting")),
        figure_then=lowered("tone", "figure_then"),
        period_open=tuple(merged("tone", "period_open")), period_join=tuple(merged("tone", "period_join")),
        period_for=tuple(merged("tone", "period_for")), period_bare=tuple(merged("tone", "period_bare")),
        deadline=tuple(merged("tone", "deadline")), due=tuple(merged("tone", "due")),
        lasting=tuple(merged("tone", "lasting")),
        lasted=tuple(merged("tone", "lasted")),
        reached=tuple(merged("tone", "reached")),
        participles=tuple(merged("tone", "participles")), gerunds=tuple(merged("tone", "gerunds")),
        founding_dates=tuple(merged("tone", "founding_dates")),
        list_joiners=tuple(merged("tone", "list_joiners")),
        besides=tuple(merged("tone", "besides")), also=tuple(merged("tone", "also")),
        also_now=tuple(merged("tone", "also_now")),
        rank_determiners=frozenset(merged("words", "rank_determiners")),
        rank_services=tuple(merged("words", "rank_services")),
        retired=tuple(merged("words", "retired")),
        rank_grades=tuple(merged("words", "rank_grades")),
        post_nominals=frozenset(merged("words", "post_nominals")),
        # (and a rank said short, one word of four letters at most: "Amm. X", "TG. X", "Gén. X", never a sentence's end)
        # and each word of a rank said short in several words: "Gral. Div. X", "Gen. C.A. X", "Gen. D. X"
        abbreviations=frozenset(w.lower() for w in (*merged("words", "abbreviations"),
                                                     *(r for r in merged("words", "ranks")
                                                       if " " not in r and 2 <= len(r) <= 4 and r.isalpha()),
                                                     *(w for r in merged("words", "ranks") if " " in r
                                                       and all(len(w) <= 4 and w.isalpha() for w in r.split())
                                                       for w in r.split()))),
        same_nationality=tuple(merged("words", "same_nationality")),
        coming=lowered("tone", "coming"),
        coming_when=lowered("tone", "coming_when"),
        condition_after=lowered("tone", "condition_after"),
        not_condition=lowered("tone", "not_condition"),
        unmet=lowered("tone", "unmet"),
        condition_first=lowered("tone", "condition_first"),
        condition_then=lowered("tone", "condition_then"),
        condition_bare=lowered("tone", "condition_bare"),
        done=lowered("tone", "done"),
        past_states=lowered("tone", "past_states"),
        services=tuple(merged("words", "services")),
        common_ranks=frozenset(lowered("words", "common_ranks")),
        twice=frozenset(lowered("words", "twice")),
        respectively=lowered("words", "respectively"),
        demonyms=tuple(merged("words", "demonyms")),
        post_relatives=lowered("words", "post_relatives"),
        holder_copulas=lowered("words", "holder_copulas"),
        relative_pronouns=lowered("words", "relative_pronouns"),
        clause_relatives=lowered("words", "clause_relatives"),
        and_clauses=tuple((word, tuple(_words(data, "tone", "and_before", f"language {code}")))
                          for code, data in files.items()
                          for word in _words(data, "grammar", "and_words", f"language {code}")),
        person_relatives=lowered("words", "person_relatives"),
        subject_relatives=lowered("words", "subject_relatives"),
        bare_relatives=lowered("words", "bare_relatives"),
        origin_before=lowered("words", "origin_before"),
        origin_articles=lowered("words", "origin_articles"),
        origin_joiners=lowered("words", "origin_joiners"),
        origin_after=lowered("words", "origin_after"),
        leading_subjects=tuple(merged("words", "leading_subjects")),
        colon_clause=lowered("words", "colon_clause"),
        clause_openers=tuple(merged("words", "clause_openers")),
        aside_participle_endings=lowered("words", "aside_participle_endings"),
        aside_participles=lowered("words", "aside_participles"),
        aside_participle_adverbs=lowered("words", "aside_participle_adverbs"),
        aside_participle_prepositions=lowered("words", "aside_participle_prepositions"),
        place_relatives=lowered("words", "place_relatives"),
        noun_relatives=lowered("words", "noun_relatives"),
        of_heads=frozenset(lowered("words", "of_heads")),
        lists={code: _list_words(data, f"language {code}") for code, data in files.items()},
        accents=_accents(files),
        name_before=tuple(merged("words", "name_before")),
        name_after=tuple(merged("words", "name_after")),
        leader_before=tuple(merged("words", "leader_before")),
        description_articles=tuple(merged("words", "description_articles")),
        description_nouns=tuple(merged("words", "description_nouns")),
        leader_after=tuple(tuple(_words(data, "words", "leader_after", f"language {code}"))
                           for code, data in files.items()),
        copular_posts=tuple((tuple(h for post in data.get("posts", {}).values() for h in post.get("head", [])),
                             tuple(_words(data, "words", "post_copulas", f"language {code}")))
                            for code, data in files.items()),
        owned_posts=tuple((tuple(h for post in data.get("posts", {}).values() for h in post.get("head", [])),
                           tuple(_words(data, "words", "post_owners", f"language {code}")))
                          for code, data in files.items()),
        subject_pronouns=lowered("words", "subject_pronouns"),
        name_homographs=frozenset(merged("words", "name_homographs")),
        clause_joiners=lowered("words", "clause_joiners"),
        opening_pronouns=tuple(merged("words", "opening_pronouns")),
        verb_pronouns=tuple(merged("words", "verb_pronouns")),
        speaker_pronouns=tuple(merged("words", "speaker_pronouns")),
        speaker_moods=tuple(merged("words", "speaker_moods")),
        dropped_subject=tuple(merged("words", "dropped_subject")),
        dropped_person=tuple(merged("words", "dropped_person")),
        side_posts=lowered("words", "side_posts"),
        relative_openers=lowered("words", "relative_openers"),
        update_marks=lowered("words", "update_marks"),
        become_side=lowered("words", "become_side"),
        left_post=lowered("words", "left_post"),
        left_post_aux=lowered("words", "left_post_aux"),
        biography=lowered("words", "biography"),
        other_posts=lowered("words", "other_posts"),
        handovers=lowered("words", "handovers"),
        handover_parts={part: tuple(w.lower() for w in merged("handover", part)) for part in HANDOVER_PARTS},
        bare_post=starts_tested(compiled(alternation(bare_posts))) if bare_posts else None,
        # (the longest literal word of each head: "representative", "commander", "chef")
        bare_post_cue=tuple(sorted({max(re.split(r"[(\\[?]", h)[0].lower().split(), key=len)
                                    for h in heads if h.strip()})),
        vague=frozenset(lowered("words", "vague")),
        course_heads=frozenset(lowered("words", "course_heads")),
        list_people=frozenset(lowered("words", "list_people")),
        course_events=lowered("words", "course_events"),
        one_course=lowered("words", "one_course"),
        possessives=tuple(merged("words", "possessives")),
        breaches=tuple(merged("words", "breaches")),
        also_named=lowered("words", "also_named"),
        first_person=lowered("words", "first_person"),
        contractions=tuple((said.strip().lower(), verb.strip().lower())
                           for said, _, verb in (w.partition("=") for w in merged("words", "contractions"))),
        first_person_subjects=lowered("words", "first_person_subjects"),
        infinitive_marks=lowered("words", "infinitive_marks"),
        own_people=lowered("words", "own_people"),
        defence_bodies=lowered("words", "defence_bodies"),
        speaker_offices=tuple(merged("words", "speaker_offices")),
        navigation=lowered("words", "navigation"),
        first_published=tuple(sorted({w.lower() for w in merged("words", "first_published")}, key=len, reverse=True)),
        standing_heads=lowered("words", "standing_heads"),
        credits=lowered("words", "credits"),
        bylines=lowered("words", "bylines"),
        field_abbreviations=frozenset(merged("words", "field_abbreviations")),
        outside=lowered("words", "outside"),
        this=lowered("words", "this"),
        preparing=lowered("words", "preparing"),
        comments=frozenset(lowered("words", "comments")),
        subject_questions=frozenset(lowered("words", "subject_questions")),
        list_questions=tuple(sorted({w.lower() for w in merged("words", "list_questions")}, key=len, reverse=True)),
        compound_openers=frozenset(lowered("words", "compound_openers")),
        fillers=tuple(merged("words", "fillers")),
        sentence_adverbs=tuple(merged("words", "sentence_adverbs")),
        intensifiers=tuple(merged("words", "intensifiers")),
        described_person=lowered("words", "described_person"),
        speech_headings=lowered("words", "speech_headings"),
        premise_denials=lowered("words", "premise_denials"),
        corrected_figure=lowered("words", "corrected_figure"),
        pair_first=tuple(merged("words", "pair_first")),
        pair_second=tuple(merged("words", "pair_second")),
        repairs=tuple(sorted({w.lower() for w in merged("words", "repairs")})),
        list_doings=frozenset(lowered("words", "list_doings")),
        activities=tuple(merged("words", "activities")),
        doing_endings=tuple(merged("words", "doing_endings")),
        asking=_asking(merged("words", "asking"), merged("words", "asking_what")),
        table_totals=frozenset(lowered("words", "table_totals")),
        table_wholes=lowered("words", "table_wholes"),
        kind_labels=lowered("words", "kind_labels"),
        table_holders=lowered("words", "table_holders"),
        table_starts=frozenset(lowered("words", "table_starts")),
        table_ends=frozenset(lowered("words", "table_ends")),
        table_open=frozenset(lowered("words", "table_open")),
        table_holder_now=next(iter(merged("words", "table_holder_now")), ""),
        table_holder_then=next(iter(merged("words", "table_holder_then")), ""),
        month_before=tuple((tuple(_words(data, "words", "month_before", f"language {code}")),
                            tuple(m for names in ("months", "month_abbreviations")
                                  for spellings in _words(data, "words", names, f"language {code}")
                                  for m in spellings.split("|")))
                           for code, data in files.items()),
        date_joiners=tuple(merged("words", "date_joiners")),
        seasons=frozenset(lowered("words", "seasons")),
        tongues=tuple((tuple(_words(data, "words", "tongue_before", f"language {code}")),
                       tuple(_words(data, "words", "tongues", f"language {code}")))
                      for code, data in files.items()),
        today=lowered("words", "today"),
        issued=lowered("words", "issued"),
        body_anaphors=lowered("words", "body_anaphors"),
        partial_before=frozenset(lowered("words", "partial_before")),
        nation_person=frozenset(lowered("words", "nation_person")),
        partial_after=lowered("words", "partial_after"),
        hurt_after=lowered("words", "hurt_after"),
        part_of=lowered("words", "part_of"),
        topics=lowered("words", "topics"),
        companions=lowered("words", "companions"),
        such_as=lowered("words", "such_as"),
        between=lowered("words", "between"),
        thanked_for=lowered("words", "thanked_for"),
        genitive=lowered("words", "genitive"),
        genitive_endings=tuple(merged("words", "genitive_endings")),
        speech=tuple(merged("words", "speech")), receive=tuple(merged("words", "receive")),
        not_negating=tuple(merged("tone", "not_negating")), list_negation=lowered("tone", "list_negation"),
        not_modal=tuple(merged("tone", "not_modal")),
        ending_after=tuple(merged("tone", "ending_after")), ending_split=tuple(merged("tone", "ending_split")),
        ending_last=tuple(merged("tone", "ending_last")),
        ending_nouns=lowered("tone", "ending_nouns"), ending_done=lowered("tone", "ending_done"),
        replacing=tuple(merged("tone", "replacing")), replacing_with=tuple(merged("tone", "replacing_with")),
        moving=tuple(merged("tone", "moving")), moving_from=tuple(merged("tone", "moving_from")),
        moving_to=tuple(merged("tone", "moving_to")),
        paused=tuple(merged("tone", "paused")),
        occasions=tuple(merged("tone", "occasions")),
        destinations=tuple(merged("tone", "destinations")),
        speech_cuts=tuple(merged("tone", "speech_cuts")),
        colon_sources=lowered("tone", "colon_sources"),
        complementizers=tuple(merged("tone", "complementizers")),
        place_heads=tuple(merged("words", "place_heads")),
        place_tails=tuple(merged("words", "place_tails")),
        place_before=tuple(merged("words", "place_before")), place_at=tuple(merged("words", "place_at")),
        place_articles=tuple(merged("words", "place_articles")),
        landmarks=tuple(merged("words", "landmarks")),
        buildings=tuple(merged("words", "buildings")), place_nouns=tuple(merged("words", "place_nouns")),
        future_lead=tuple(merged("tone", "future_lead")),
        instead=tuple(merged("tone", "instead")),
        companion=tuple(merged("tone", "companion")), coordination=tuple(merged("tone", "coordination")),
        origin=tuple(merged("tone", "origin")), articles=tuple(merged("tone", "articles")),
        subject_openers=tuple(merged("tone", "subject_openers")),
        backshift=tuple(merged("tone", "backshift")),
        present=tuple(merged("tone", "present")), now_told=tuple(merged("tone", "now_told")),
        handover=tuple(merged("tone", "handover")), handed_to=tuple(merged("tone", "handed_to")),
        handed_on=tuple(merged("tone", "handed_on")), handed_over=tuple(merged("tone", "handed_over")),
        handed_charge=tuple(merged("tone", "handed_charge")),
        modifiers=modifiers, number_words=number_words,
        halves=lowered("words", "halves"),
        half_of=lowered("words", "half_of"),
        number_joiners=lowered("words", "number_joiners"),
        weekdays=weekdays, heads=tuple(heads),
        day_parts=lowered("words", "day_parts"),
        mission_nouns=lowered("words", "mission_nouns"),
        owned_missions=tuple(merged("words", "owned_missions")),
        entry_descriptions=tuple((w.split()[0].lower(), " ".join(w.split()[1:]))
                                 for w in merged("words", "entry_descriptions") if len(w.split()) >= 2),
        entry_foundings=lowered("words", "entry_foundings"),
        time_units=time_units, ago=tuple(merged("words", "ago")),
        back=tuple(merged("words", "back")), last_year=lowered("words", "last_year"),
        posts={k: Posts(tuple(v), tuple(h for data in files.values() for kind, post in data.get("posts", {}).items()
                                        if kind != k for h in post.get("head", [])))
               for k, v in posts.items()},
        status_frames=tuple(status_frames), place_frames=tuple(place_frames),
        place_stop=re.compile(rf"(?<![a-z])(?:{'|'.join(stops)}) (?:all |the |its |their |M 's )?$") if stops else None,
        describe_frames={k: tuple(v) for k, v in describe_frames.items()}, founding_frames=tuple(founding_frames),
        staff=tuple(staff), staff_definite=tuple(merged("size", "staff_definite")),
        asked=lowered("size", "asked"),
        asked_size=lowered("size", "asked_size"),
        answer_own=tuple(merged("size", "answer_own")),
        measures=lowered("size", "measures"),
        work_subjects=lowered("size", "work_subjects"),
        measures_alone=lowered("size", "measures_alone"),
        counts_again=lowered("size", "counts_again"),
        approximators=tuple(merged("size", "approximators")),
        about_after=tuple(merged("size", "about_after")), more_after=tuple(merged("size", "more_after")),
        vague_figures=tuple(merged("size", "vague")),
        vague_thousands=tuple(merged("size", "vague_thousands")),
        units=lowered("size", "units"),
        numbered_units=lowered("size", "numbered_units"),
        events=lowered("size", "events"),
        events_for=lowered("size", "events_for"),
        parts=lowered("size", "parts"),
        forces=lowered("size", "forces"),
        object_of=frozenset(lowered("size", "object_of")),
        common={code: frozenset(w.lower() for w in _words(data, "words", "common", f"language {code}"))
                for code, data in files.items()},
        marks={code: tuple(w.lower() for w in _words(data, "words", "marks", f"language {code}"))
               for code, data in files.items()},
        origins={kind: _origins(files, table, key) for kind, (table, key) in _ORIGINS.items()},
        then=frozenset(lowered("words", "then")),
        additive=lowered("size", "additive"),
        apart=lowered("size", "apart"),
        ceiling=lowered("size", "ceiling"),
        hedged_predicate=lowered("size", "hedged_predicate"),
        changed_from=lowered("size", "changed_from"),
        ceiling_named=lowered("size", "ceiling_named"),
        reached_later=lowered("size", "reached_later"),
        withdraw=lowered("size", "withdraw"),
        lend=lowered("size", "lend"),
        own_nation=lowered("size", "own_nation"),
        held_in=lowered("size", "held_in"),
        held_there=lowered("size", "held_there"),
        cumulative=lowered("size", "cumulative"),
        combined=lowered("size", "combined"),
        part_then=lowered("size", "part_then"),
        part_but=lowered("size", "part_but"),
        size_then=lowered("size", "size_then"),
        partitive=lowered("size", "partitive"),
        amount_by=lowered("size", "amount_by"),
        amount_again=lowered("size", "amount_again"),
        reinforce=lowered("size", "reinforce"),
        reinforce_with=lowered("size", "reinforce_with"),
        contribute=lowered("size", "contribute"),
        as_part=lowered("size", "as_part"),
        whole_of=lowered("size", "whole_of"),
        basis_acts=lowered("basis", "acts"),
        size_now=lowered("size", "now"),
        size_allowed=lowered("size", "allowed"),
        size_from_then=lowered("size", "from_then"),
        size_change_start=lowered("size", "change_start"),
        in_charge=lowered("size", "in_charge"),
        in_charge_of=lowered("size", "in_charge_of"),
        led_count=lowered("size", "led_count"),
        within=lowered("size", "within"),
        spread=lowered("size", "spread"),
        spread_over=lowered("size", "spread_over"),
        attached=lowered("size", "attached"),
        whole_apposed=lowered("size", "whole_apposed"),
        than_now=lowered("size", "than_now"),
        sent_from=lowered("size", "sent_from"),
        reserves=lowered("size", "reserves"),
        sent_to=lowered("size", "sent_to"),
        joining=lowered("size", "joining"),
        taking_part=lowered("size", "taking_part"),
        part_of_whole=lowered("size", "part_of_whole"),
        enrolled=lowered("size", "enrolled"),
        reported_future=lowered("size", "reported_future"),
        national_marks=lowered("size", "national_marks"),
        size_frames=tuple(size_frames),
    )
