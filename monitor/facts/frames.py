"""Frames: who took or left a post, what became of the mission, read from a sentence's skeleton.

A frame of a language file is matched on the skeleton (see ``mentions.py``); its named groups bind
the persons it speaks of (``new``, ``prev``, ``future``, ``hist``, ``holder``: the one a successor still
to come takes over from, in the post now; or ``person`` with a modifier such as "outgoing"). A frame
counts only when its target is the mission: the mission's symbol stands in the match, or the frame
names no target and the sentence is about the mission.

The tone of the clause around the match (the words an appositive inserts between a person and
the verb do not count) then decides the role:

- a modal or reporting word ("may", "is expected to", "denied") or a negation: no fact;
- a future cue ("will", "next month") or a date after the document's: ``future``;
- a history cue ("previously", "had") or a date well before the document's: ``historical``;
- a date in the clause becomes the fact's ``as_of``.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cached_property

from ..language import Frame, Language, engine_words
from ..models import Fact
from ..parsecache import compiled, phrase_alternation, trie_alternation, vocabulary
from ..textutil import CuedPattern, WordTest, alternation, fold, longest_first
from .mentions import MISSION_SYMBOL, PLACE_SYMBOL, Mention, Skeleton

# a date this long before the document's tells history, not news
HISTORY = timedelta(days=200)  # also the lexicon slots' (tone.py)
FUTURE_GRACE = timedelta(days=2)
# a day without its year this long before the document, of a change told in the simple present, is the next one
COMING_REACH = timedelta(days=45)

# an aside set off by commas right after the mission's name, naming nobody ("M , de carácter no combativo , que ...")
# a figure or a date in a clause ("once N1 reinforcements arrive", "when the battalion arrives in D0")
_COUNT_OR_DATE = re.compile(r"(?<![\w'])[ND]\d+(?![\w'])")
_ASIDE_BEFORE_RELATIVE = re.compile(r" , (?:(?!P\d)[^,;:]){1,140}?(?= , )")


def shift_date(day: date, delta: timedelta) -> date:
    """``day + delta``, held at the calendar's ends (a document dated in year 1 or 9999)."""
    try:
        return day + delta
    except OverflowError:
        return date.min if delta < timedelta(0) else date.max


_QUOTES = ('"', "“")
_OPENING = 40  # how far into a sentence its opening words may reach

_APPOSED_REACH = 120  # how far before a person a post in apposition may begin
# a date in a skeleton, with the two words before it ("since last D0")
_DATE_SYMBOL = re.compile(r"(?:(\S+) )?(?:(\S+) )?\b(D\d+)\b")
# a date alone opening a skeleton, then a spaced dash (see _dash_after_date)
_DATE_HEAD = re.compile(r"(?:[^\W\d_]+ )?D\d+ - ")
# a speaker's label ("a :", "spokesperson :", "q ( reuters ) :") before what the turn says
_TURN = re.compile(r"^(?:[^ :]+ ){1,4}?: ")
_COMMA = re.compile(" , ")
# a time phrase a word of lasting opens ("until the end of D1 ,", "jusqu'au D1 ."): a date, no clause
_LASTING_DATE = re.compile(r"(?:[^ ,;.]+ ){0,3}?D\d+ (?:[,;.]|$)")
_PERSON_SYMBOL = re.compile(r"P\d+")
# a short aside in parentheses right after a person: their country or its code ("P1 ( nor )", "P0 ( ita )"), no word
# of the clause (the Norwegian code is no "nor")
_PERSON_CODE = re.compile(r"(P\d+) \( [a-z]{2,3} \)")
# the few words between a negation and what its verb governs: "not set up", "pas été créée" (no comma, no clause)
_GOVERNED = re.compile(r"(?: (?![,;:]|M )[^ ]+){0,3} ?")
_FIGURE = re.compile(r"N\d+")
_SYMBOL_WORD = re.compile(r"[PMDNLO]\d*|[,;:]")
_OTHER_ACTOR = re.compile(r"(?<![\w'])O\d*(?![\w'])")
_OTHER_ACTOR_END = re.compile(r"(?<![\w'])O\d*(?: \( O\d* \))?$")  # another actor ends the text
_BREAK = re.compile(r"[,;:]|P\d")  # what ends a post's own words ("commander of the Turkish battalion in M")
_ASIDE_OPENING = re.compile(r"P\d+ , (?=[^,;]*$)")  # a person's aside, open up to where the search ends


def _dash_after_date(skeleton: str) -> int | None:
    """Where the spaced dash starts after a skeleton that opens with a date alone, one word before it or none (an
    agenda's entry or a dated line: "Thursday 8 May - X takes command of M", "giovedì D0 - L0 : P0 assume il comando"):
    the date is the sentence's, the dash no clause's cut; else None.

    The plain text's reader of the same opening is ``text._date_head``, for the clauses the lexicon slots weigh. They
    differ as their texts do: here the mention finder has already made the date one symbol (D0) in whatever form the
    language wrote it, so no language's words are needed, and the word before it may be any one word (a weekday, or
    "le", "on"); there the date is still words, read with the language's date pattern, and only a weekday (with its
    dot or comma: "Jeudi, 8 mai") may come before it."""
    head = _DATE_HEAD.match(skeleton)
    return None if head is None else head.end() - len(" - ")


def _inserted(outer: re.Match[str], inner: re.Match[str]) -> bool:
    """The inner match lies in the outer's aside ("NMI, whose courses were suspended, has resumed"), or is a clause
    the outer's subject opens before it ("NMI has suspended its courses and moved its staff": the first clause)."""
    if "ins" not in outer.re.groupindex or not outer.group("ins"):
        return False
    start, end = outer.span("ins")
    return (start <= inner.start() or inner.start() == outer.start()) and inner.end() <= end
# after a post in apposition to a person: the post's owner ("... of the mission", "de la M"), the comma, an article
# ([words] apposed_owners)
_APPOSED_TAIL = (rf"(?: (?:{alternation(engine_words('apposed_owners'))})(?: [a-z'-]+){{0,2}}?"
                 r"(?: M| O| L\d+)?)? , (?:[a-z']+ )?$")
# how far after a match its clause may close on a short time counted back ("only two weeks earlier"): see _recent_back
_BACK_REACH = 40
_ROLE_GROUPS = {"new": "current", "prev": "previous", "future": "future", "hist": "historical", "holder": "holder"}


@dataclass(frozen=True)
class Tone:
    modal: bool
    negated: bool
    future: bool
    historical: bool
    when: date | None
    exact: bool
    # a schedule ("is set to", "next year") or a later date, not a plain "will" (what a decision made so)
    scheduled: bool = False
    # the future said in words ("will", "next week"), not only by a date after the document's
    foretold: bool = False
    # history from a date that names its year ("in 2029", "on 3 May 2029"), not a month alone read as the last
    # one ("was appointed to command NMI from June": next June, for what is still to come)
    dated_past: bool = False
    # the start of a post or term the clause dates has come ("appointed X as commander of NMI from 16 October", in
    # a page of April): the appointee holds the post
    started: bool = False
    since: bool = False  # the clause's date opens a state that goes on ("deployed in Baghdad since 2018"): no event's


def reported_history(language: Language, space: str) -> CuedPattern | None:
    """A speaker's verb, then a history word of the report's tense ("said on Monday that NMI had suspended
    its training": the past perfect tells what held when it was said, not history); ``space``: what stands
    between words (a skeleton's single space, or white space)."""
    if not language.speech or not language.backshift:
        return None
    # (what a speaker added: ", adding that NMI had suspended ...")
    speech = trie_alternation(sorted({w.lower() for w in language.speech}
                                     | {c.lstrip(", ").lower() for c in language.speech_cuts}))
    back = trie_alternation([w.lower() for w in language.backshift])
    # the speaker's words up to the word that opens what was said, the clause's own ("told reporters at the
    # alliance's headquarters in Brussels on Tuesday that NMI had ...", "qu'elle avait"), or the second of its
    # that-clauses ("stressed that the safety of its staff is paramount and that the Alliance had suspended ...")
    that = trie_alternation([w.lower() for w in language.complementizers]) if language.complementizers else "(?!x)x"
    said = (rf"(?:(?:{space}+[^\s]+){{0,24}}?{space}+(?:and{space}+)?(?:{that})(?:(?<=')[^\s]*)?)?"
            rf"(?:{space}+[^\s]+){{0,8}}?{space}+")
    # ... or the speaker after what was said, in the same clause ("NMI had suspended its training, the spokesperson
    # said on Tuesday")
    after = rf"(?:{space}+[^\s,;]+){{1,20}}?{space}*,{space}+(?:[^\s,;]+{space}+){{0,6}}?(?:{speech})(?![\w'])"
    pattern = compiled(rf"(?:(?<![\w'])(?P<said>{speech}){said})?(?<![\w'])(?P<had>{back})(?![\w'])"
                       rf"(?(said)|(?={after}))", re.IGNORECASE)
    return CuedPattern(pattern, WordTest(whole=[w.lower() for w in language.backshift]))


def past_times(language: Language, space: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A time counted back from the document's and long gone (the language files' tone.past: "last year", "a year
    ago"), with the word of a state's start that may stand before it (tone.since, tone.starting: "has been suspended
    since last year" goes on); and the words that tell a state as temporary (tone.temporary: "temporarily",
    "briefly"); ``space``: what stands between words (see reported_history)."""
    if not language.past or not language.temporary:
        return None
    past = trie_alternation([" ".join(w.lower().split()) for w in language.past], separator=rf"{space}+")
    start = trie_alternation([w.lower() for w in (*language.since, *language.starting)], separator=rf"{space}+")
    temporary = trie_alternation([" ".join(w.lower().split()) for w in language.temporary], separator=rf"{space}+")
    return (compiled(rf"(?<![\w'])(?:(?P<start>{start}){space}+)?{past}(?![\w'])", re.IGNORECASE),
            compiled(rf"(?<![\w']){temporary}(?![\w'])", re.IGNORECASE))


def until_gone(language: Language, space: str, when: str) -> re.Pattern[str] | None:
    """A word of lasting before a time gone ("until last year", "until a year ago": the language files' tone.lasting
    and tone.past) or before a date (``when``: a skeleton's symbol, the group ``end``; its day the caller weighs): the
    time up to which the state the clause tells held; ``space``: what stands between words (see reported_history)."""
    if not language.lasting or not language.past:
        return None
    lasting = phrase_alternation(language.lasting, separator=rf"{space}+")
    past = phrase_alternation(language.past, separator=rf"{space}+")
    dated = rf"(?:[^\s,;.]+{space}+){{0,3}}?(?P<end>{when})"
    return compiled(rf"(?<![\w'])(?:{lasting}){space}+(?:(?:{past})(?![\w'])|{dated})", re.IGNORECASE)


def period_patterns(language: Language, space: str, when: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The end of a period the clause names ("between August and D0", "from March to D0", "until D0": the group
    ``end``), and its length after a word that opens it ("for ten weeks": ``count`` and ``unit``); ``when``: what a date
    is in the text searched (a skeleton's symbol), ``space``: what stands between words (see reported_history)."""
    if not language.period_join or not language.until:
        return None, None
    opening = trie_alternation([w.lower() for w in language.period_open], separator=rf"{space}+")
    joins = trie_alternation([w.lower() for w in language.period_join], separator=rf"{space}+")
    until = trie_alternation([w.lower() for w in language.until if w.lower() not in ("to",)], separator=rf"{space}+")
    end = compiled(rf"(?<![\w'])(?:(?:{opening}){space}+(?:[^\s,;]+{space}+){{1,3}}?(?:{joins})|{until})"
                   rf"{space}+(?:the{space}+end{space}+of{space}+)?(?P<end>{when})", re.IGNORECASE)
    if not language.period_for or not language.time_units:
        return end, None
    words = trie_alternation(list(language.number_words)) if language.number_words else r"(?!x)x"
    units = trie_alternation(list(language.time_units))
    opens = trie_alternation([w.lower() for w in language.period_for], separator=rf"{space}+")
    bare = _bare_length(language, words, space)
    length = compiled(rf"(?<![\w'])(?:(?:{opens}){space}+(?:(?:about|some|nearly|almost){space}+)?|{bare})"
                      rf"(?P<count>\d{{1,3}}|(?:{words}))[\s-]+(?P<unit>{units})(?![\w'])", re.IGNORECASE)
    return end, length


def _bare_length(language: Language, words: str, space: str) -> str:
    """A length with no word before it, in the units a language says so ("schortte haar activiteiten twee weken
    op"), not counted back from the clause ("twee weken geleden": the ago words after it)."""
    if not language.period_bare:
        return r"(?!x)x"
    bare = trie_alternation([w.lower() for w in language.period_bare])
    ago = trie_alternation([w.lower() for w in language.ago]) if language.ago else r"(?!x)x"
    return rf"(?=(?:\d{{1,3}}|(?:{words})){space}+(?:{bare})(?![\w'])(?!{space}+(?:{ago})(?![\w'])))"


def period_last(when: date, exact: bool) -> date:
    """The last day a date names: the day itself, the month's last, or the year's for a year alone (read as its
    first of January)."""
    if exact:
        return when
    if when.month == 1 and when.day == 1:
        return date(when.year, 12, 31)
    following = date(when.year + (when.month == 12), when.month % 12 + 1, 1)
    return following - timedelta(days=1)


def told_past(patterns: tuple[re.Pattern[str], re.Pattern[str]] | None, text: str) -> bool:
    """The text tells a state as temporary at a time long gone that is no state's start ("its training was
    temporarily suspended last year"): the stop is over (see past_times). (A change told at such a time with no
    such word may still hold: "grew last year to 950 personnel".)"""
    if patterns is None:
        return False
    past, temporary = patterns
    return (temporary.search(text) is not None
            and any(found.group("start") is None for found in past.finditer(text)))


def act_date_before(language: Language, space: str) -> re.Pattern[str] | None:
    """Ends where a date that completes a noun would begin (the language files' tone.dated_nouns: "in line with the
    decision of 12 June 1999", "under Resolution 1244 of 10 June 1999", "conformément à l'accord du 3 mai 2018", "in
    linea con la decisione dell'8 maggio"), the act named as what the clause rests on (tone.dated_by): the act's date,
    not the clause's; one word may stand between the noun and the word that links the date; ``space``: what stands
    between words (see reported_history)."""
    if not language.dated_nouns or not language.dated_by:
        return None
    by = "|".join(re.escape(" ".join(w.lower().split())).replace("\\ ", " ").replace(" ", f"{space}+")
                  for w in sorted(language.dated_by, key=longest_first))
    phrases = []
    for phrase in sorted({" ".join(w.lower().split()) for w in language.dated_nouns}, key=longest_first):
        head, _, link = phrase.rpartition(" ")
        # ("dell'": the skeleton parts the apostrophe from its word, the plain text joins it to the date)
        linked = re.escape(link).replace("'", f"{space}*'") + (f"{space}*" if link.endswith("'") else f"{space}+")
        phrases.append(f"{re.escape(head)}(?:{space}+[\\w/.-]+)?{space}+{linked}" if head else linked)
    # (the act named after a word that makes it what the clause rests on: "in line with the UN Security Council
    # decision of", "under Resolution 1244 of", "conformément à la décision du")
    return compiled(rf"(?<![\w'])(?:{by}){space}+(?:[^{space},;]+{space}+){{0,6}}?(?:{'|'.join(phrases)})$",
                      re.IGNORECASE)


def participle_asides(language: Language, space: str) -> re.Pattern[str] | None:
    """A phrase a participle begins, between commas or opening the sentence before its first comma ("M ,
    established in D0 , advises", "Créée en octobre 2018 , la M ..."): an aside with a time of its own (the
    language files' participles); ``space``: what stands between words (see reported_history)."""
    if not language.participles:
        return None
    words = "|".join(f"(?:{p.replace(' ', space + '+')})" for p in language.participles)
    return compiled(rf"(?:^|,){space}*(?:{words})[^,;]{{0,100}}?{space}*,", re.IGNORECASE)


def apposed_participles(language: Language) -> re.Pattern[str] | None:
    """In an apposition after a comma, its article and a few words naming what the mission is, the participle that
    ends it, up to the closing comma (group ``p``: "M , a non-combat nato mission established in D0 , advises"): its
    time is the participle's own, not the apposition's nor the clause's (see participle_asides)."""
    if not language.participles:
        return None
    words = "|".join(f"(?:{p})" for p in language.participles)
    articles = "|".join(re.escape(a.lower()) for a in language.articles if not a.endswith("'"))
    return compiled(rf" , (?:{articles}) (?:[^\W\d_][\w'-]* ){{1,6}}?(?P<p>(?:{words})[^,;]{{0,100}}?) ,",
                    re.IGNORECASE)


def unreported(backshift: CuedPattern | None, text: str) -> str:
    """``text`` without the history words a report's tense puts after a speaker's verb (see reported_history)."""
    if backshift is None:
        return text
    return backshift.sub(lambda m: m.group(0)[:m.start("had") - m.start()], text)


# the possessives that stand for the mission ([words] mission_possessives: "its")
_ITS = compiled(rf"(?<![\w'])(?:{alternation(engine_words('mission_possessives'))})(?![\w'])")


def _words(phrases: tuple[str, ...], unless: tuple[str, ...] = ()) -> CuedPattern:
    """The phrases (lower case, as a skeleton writes them) as whole words, behind the test for them:
    each is asked of every clause the frames weigh, and most clauses hold none. ``unless``: longer phrases
    that begin with one of them and mean something else ("at the time of writing" is no "at the time")."""
    listed = [p.lower() for p in phrases if p]
    if not listed:
        return CuedPattern(compiled(r"(?!x)x"), None)
    # the mission's possessive stands as the mission's in a skeleton: "at its height" is "at M 's height" there
    listed += [_ITS.sub("M 's", p) for p in listed if _ITS.search(p)]
    # a phrase in two parts with a word or two between, as tone reads it ("signed off … on plans to": "signed off on
    # Thursday on plans to"), told by its first part
    gapped = [p.split("…", 1) for p in listed if "…" in p]
    listed = [p for p in listed if "…" not in p]
    # a contraction's ending stands inside a word of the skeleton: "hasn't", "didn't" (as in tone._cues)
    loose = [p for p in listed if p.startswith(("n'", "'"))]
    whole = [p for p in listed if p not in loose]
    but = rf"(?!{trie_alternation([w.lower() for w in unless])}(?![\w']))" if unless else ""
    parts = [rf"(?<![\w']){but}{trie_alternation(whole)}(?![\w'])" if whole else "",
             *(rf"{re.escape(p)}(?![\w'])" for p in loose),
             *(rf"(?<![\w']){re.escape(first.strip())}\s+(?:[\w'-]+\s+){{1,2}}?{re.escape(second.strip())}(?![\w'])"
               for first, second in gapped)]
    tested = whole + [first.strip() for first, _ in gapped]
    return CuedPattern(compiled("|".join(p for p in parts if p)), WordTest(whole=tested, loose=loose))


class Reader:
    """The frames and tone cues of a language, ready to read skeletons."""

    def __init__(self, language: Language) -> None:
        self.language = language
        self.modal = _words(language.modal)
        self.negation = _words(language.negation)
        # "not only has NMI resumed training, it has also ...": a negation word that negates nothing
        self.not_negating = _words(language.not_negating)
        # "added a course on logistics planning to its programme": a modal word that states no plan
        self.not_modal = _words(language.not_modal)
        self.future = _words(language.future)
        self.scheduled = _words(language.scheduled)
        self.historical = _words(language.historical, language.now_told)
        self.later = _words(language.later)
        # after the clause, in the same sentence, what it told said undone ("..., but that has been reversed")
        undone = trie_alternation([" ".join(w.lower().split()) for w in language.undone], separator=" ")
        self.undone = compiled(rf"[^.;:]{{0,120}}?(?<![\w']){undone}(?![\w'])") if language.undone else None
        # after the clause, the words that bring the people it moved back ("..., returning to L1"; see _returned_after)
        returned = trie_alternation([" ".join(w.lower().split()) for w in language.returned], separator=" ")
        self.returned = compiled(rf"(?<![\w'])(?:{returned}) L\d+") if language.returned else None
        # a move to a place ("were moved to L0"), which those words undo
        moved = trie_alternation([" ".join(w.lower().split()) for w in language.moved_to], separator=" ")
        self.moved_to = compiled(rf"(?<![\w'])(?:{moved}) L\d+") if language.moved_to else None
        cuts = "|".join(re.escape(c) for c in sorted((*language.clause_cuts, *language.speech_cuts),
                                                     key=longest_first))
        self.speech_cuts = frozenset(c.lstrip(", ") for c in language.speech_cuts)
        # each language's "and" ([grammar] and_words), before its own predicate words only (see _and_clause)
        self.and_words = frozenset(word for word, _ in language.and_clauses)
        ands = alternation(self.and_words)
        and_clause, and_subject = self._and_clause(""), self._and_clause(r"(?:[\w'-]+ ){1,2}")
        # every cut opens with a space, taken out of the branches: re then searches for the space alone
        # (", and" before the mission as a new subject: "we no longer have advisers in X, and we have opened ...")
        # (not a word of "since" before a date: "has been appointed commander since 19 December" is one clause)
        since = alternation(language.since)
        # (nor a cut word that opens a schedule: "pasará de 900 a 500 efectivos antes de fin de año", "passera à 500
        # avant la fin de l'année" is one clause, its deadline the change's)
        schedule = alternation(w for w in language.scheduled
                               if any(w.startswith(c + " ") for c in language.clause_cuts))
        # (not the hyphen of a compound whose last part the next one shares: "et sikrings- og eskortebidrag",
        # "trainings- en adviesactiviteiten")
        shared = alternation(w for w in language.coordination if w.isalpha())
        # (a colon before a possessive or a subject pronoun opens a clause, not a list: see text._clause; so does one
        # before the mission as a subject, its article or none: "« Il n'est pas question de partir : la M poursuit son
        # travail à L0 »", "there is no question of leaving: M goes on working": the negation before it is not its own;
        # not after a date, a timeline's line: "D0 : M ends its mission" is dated by it)
        articles = alternation(w for w in language.articles if not w.endswith("'"))
        # (and one before a source and its verb: "X remains in command of M : the ministry denied the rumours")
        sources = alternation(language.colon_sources)
        source = rf"|(?:{articles}) (?:[a-z'-]+ ){{1,2}}?(?:{sources})(?![a-z'-])" if language.colon_sources else ""
        possessives = trie_alternation(language.colon_clause, separator=" ")
        colon = rf"(?=(?:{possessives}) |(?<!D\d : )(?<!D\d\d : )(?:(?:{articles}) )?M {source})"
        # (nor a dash after a date that opens the text, a timeline's line: "D0 — allied leaders launch M" is dated by
        # it)
        # (a relative clause after a comma: "NMI, which paused its activities in 2020, now has ...")
        relative_cut = rf"|, (?:{language.clause_relative_words}) "
        # (of those, a relative clause on a person: "X, who took command in May 2024, ..."; see tone)
        person = trie_alternation(language.person_relatives, separator=" ")
        # (after the cut's comma: "prima che", "desde que" hold the word, but open no relative clause)
        self.person_relative = compiled(rf", (?:{person})(?![\w'-])")
        self.cuts = compiled(rf" (?:; |: {colon}|(?<!^D\d )(?<!^D\d\d )(?:- (?!(?:{shared}) )|– |— )|\" |“ "
                               rf"{relative_cut}"
                               rf"|(?:, )?(?!(?:{since}) D\d)(?!(?:{schedule}) )(?:{cuts}) "
                               rf"|(?:, )?{and_clause}|, (?:{ands}) (?=M )"
                               # (after a comma, "and" before a subject of one or two words and such a verb: ", and
                               # officials hope to ...", ", and its staff has ...")
                               rf"|, {and_subject})")
        # a quote opened right after a preposition or an article is a phrase the clause quotes, no clause of its own
        # ("auraient proposé de « mettre la mission en sommeil »", "proposed to \"put the mission on ice\"")
        governors = trie_alternation(sorted({w.lower() for w in (*language.list_joiners, *language.articles)
                                             if not w.endswith("'") and " " not in w}), separator=" ")
        self.quoted_phrase = compiled(rf"(?<![\w'])(?:{governors})$")
        self.background = _words(language.background)
        # a short time right before a background word ("less than a week after"): see _recent_background
        gap = trie_alternation([" ".join(w.lower().split()) for w in language.recent_gap], separator=" ")
        background = trie_alternation([w.lower() for w in language.background], separator=" ")
        self.recent_gap = (compiled(rf"(?<![\w'])(?:{gap}) (?:{background}) (?!.* (?:{background}) )")
                           if language.recent_gap else None)
        # ... or a short time counted back from the story's own, closing the clause ("who had taken command of M only
        # two weeks earlier , said"): see _recent_back
        back = trie_alternation([" ".join(w.lower().split()) for w in language.recent_back], separator=" ")
        self.recent_back = (compiled(rf" (?:[a-z]+ )?(?:{gap}) (?:{back})(?= [,.;:]|$)")
                            if language.recent_gap and language.recent_back else None)
        # a predicate "and" joins to the one before, with no subject of its own ("was set up , and continues to ..."):
        # by "and", that language's own predicate words after it (as _and_clause pairs them)
        # (a word two languages spell alike takes both languages' words)
        predicates: dict[str, list[str]] = {}
        for word, verbs in language.and_clauses:
            predicates.setdefault(word, []).extend(verbs)
        self.and_predicates = {word: compiled(rf"(?:{alternation(verbs)}) ") for word, verbs in predicates.items()}
        gerunds = "|".join(f"(?:{g})" for g in language.gerunds)
        self.resumed = compiled(rf" , (?=(?:{gerunds}) )") if gerunds else None
        fronted = alternation(language.fronted)
        self.fronted = compiled(rf"^(?:{fronted}) [^,;]*?(?= , )") if fronted else None
        # a wait for a person fronted ("until P0 arrives in L0 in D0 , M is led ..."): a clause of its own time
        awaiting = alternation(language.awaiting)
        self.awaiting = compiled(rf"^(?:{awaiting}) (?:[a-z-]+ ){{0,3}}?P\d+ [^,;]*?(?= , )") if awaiting else None
        self.not_future = _words(language.not_future)
        self.goes_on = _words(language.goes_on)
        self.reached = _words(language.reached)
        self.coming = _words(language.coming)
        when_words = alternation(language.coming_when)
        self.coming_when = compiled(rf" (?:, )?(?:{when_words}) " if when_words else r"(?!x)x")
        # a clause of when fronted ("Cuando lleguen los refuerzos, la KFOR pasará a 4.800"): what follows waits on it
        self.when_first = compiled(rf"^(?:{when_words}) [^,;]{{1,80}}? , " if when_words else r"(?!x)x")
        if_words = alternation(language.condition_after)
        not_if = alternation(language.not_condition)
        self.condition_after = compiled(rf" , (?!(?:{not_if}) )(?:{if_words}) " if if_words else r"(?!x)x")
        self.done = _words(language.done)
        self.past_states = _words(language.past_states)
        self.unmet = _words(language.unmet)
        first = alternation(language.condition_first)
        then = alternation(language.condition_then)
        # (the clause of condition bounded: a comma within 80 characters)
        bare = alternation(language.condition_bare)
        # (a verb-second language may leave the comma out: the auxiliary then follows the clause's own verb)
        self.condition_first = (compiled(rf"^(?:(?:{first}) [^,;]{{1,80}}? , |(?:{bare}) [^,;]{{1,80}}? )(?:{then}) "
                                         if bare else rf"^(?:{first}) [^,;]{{1,80}}? , (?:{then}) ")
                                if first and then else None)
        days = alternation(language.weekdays)
        self.weekday = compiled(rf"(?<![\w'])(?:{days})(?![\w'])" if days else r"(?!x)x")
        lead = "|".join(re.escape(w.lower()) for w in language.future_lead)
        # "M to extend its activities beyond L0": a headline's plan
        self.future_lead = compiled(rf"^(?:the )?M (?:{lead}) [a-z]") if lead else None
        self.present_words = _words(language.present)
        # "Austria suspended the deployment of its KFOR reinforcements": the mission's name as a
        # modifier of what another owns (a skeleton writes the mission's own "its" as "M 's")
        owners = alternation(c.lower() for c in language.countries)
        self.owned = compiled(rf"(?:(?<![\w'])its|(?<![\w'])(?:{owners}) ?'s) M(?! 's)(?![\w])")
        self.not_historical = _words(language.not_historical)
        # "as of D0 , M had N0": the day a state is counted at, its "had" the state's, no history
        snap, shifted = alternation(language.snapshot), alternation(language.backshift)
        self.snapshot = (compiled(rf"(?<![\w'])(?:{snap}) D\d+(?![\w'])") if snap else None,
                         compiled(rf"(?<![\w'])(?:{shifted})(?![\w'])") if shifted else None)
        self.past = past_times(language, " ")
        # "some advisers of NMI left the country": a part of the staff moves, not the mission
        part = alternation(language.part_of)
        self.part_before = compiled(rf"(?<![\w'])(?:{part}|N\d+) (?:of )?(?:the |its |M 's )?(?:[a-z-]+ )?$"
                                      if part else r"(?!x)x")
        self.part_opening = compiled(rf"^(?:{part}|N\d+) " if part else r"(?!x)x")
        # a part of the force the mission's name opens a compound with ("de KFOR-eenheid is teruggetrokken naar Camp
        # Novo Selo"): the part moves, not the mission (the language files' parts of a force)
        compound = alternation(sorted({re.escape(p.lower()) for p in language.parts}))
        self.part_compound = compiled(rf"(?<![\w'])M - (?:{compound})(?![\w'-])" if compound else r"(?!x)x")
        # a nation's part of the mission, the object or subject the mission's name ends ("Nederland heeft de
        # militaire bijdrage aan M beëindigd", "the Austrian contingent of M was withdrawn")
        parts = trie_alternation([w.lower() for w in language.parts], separator=" ") if language.parts else None
        self.part_owner = (compiled(rf"(?<![\w'])(?:{parts}) (?:[\w'-]+ ){{0,2}}?$") if parts
                           else compiled(r"(?!x)x"))
        # in every language, a part and the people's noun before the mission ("les premiers militaires de la NMI",
        # "de første soldater fra NMI")
        people = trie_alternation([w.lower() for w in language.staff], separator=" ")
        self.part_staff_before = compiled(rf"(?<![\w'])(?:{part}) (?:[\w-]+ )?(?:{people}) (?:[\w'-]+ ){{0,2}}$"
                                            if part else r"(?!x)x")
        # the verb's object right after it a count of people ("la KFOR trasladó 200 soldados a Mitrovica", "hanno
        # fermato due uomini"): some people moved or held, not the mission's work (the Spanish "a" before people; not
        # "was replaced by a liaison office of about 50 staff", whose count is the office's). A part moved is the
        # mission's relocation, a count is not: "ha trasladado a parte de su personal a Kuwait"
        self.staff_after = compiled(rf" (?:a )?(?:(?P<part>{part})|N\d+) (?:[\w-]+ )?(?:{people})(?![\w'-])"
                                    if part else rf" (?:a )?N\d+ (?:[\w-]+ )?(?:{people})(?![\w'-])")
        # "the Danish troops of NMI left Iraq", "les derniers militaires danois de la NMI": a nation's own people
        nations = trie_alternation(sorted(language.lower_nationalities), separator=" ")
        # (and a nation's part of the mission: "the Danish detachment of NMI passed under the command of Maj X")
        # ([words] national_troops)
        own = (*language.staff, *language.parts, *engine_words("national_troops"))
        staff = trie_alternation([w.lower() for w in own], separator=" ")
        self.national_staff = compiled(
            rf"(?<![\w'])(?:(?:{nations}) (?:[\w-]+ )?(?:{staff})|(?:{staff}) (?:{nations}))(?![\w'])")
        # the mission's name ending a nation's part of it ("le contingent français de la M , sous le commandement
        # de X", "le détachement belge de la M , sous les ordres de X"): the part's command, not the mission's
        owners = trie_alternation(sorted({w.lower() for w in (*language.staff, *language.parts,
                                                              *engine_words("national_troops"))}), separator=" ")
        self.national_owner = compiled(rf"(?<![\w'])(?:(?:{nations}) (?:[\w-]+ )?(?:{owners})|(?:{owners}) "
                                         rf"(?:{nations}))(?P<tail>(?: [\w'-]+){{0,3}}) $")
        # the mission's name ending a unit's ("the multinational battle group east of M , whose commander , P0",
        # "el mando regional oeste de la M , cuyo comandante , el P0"): a relative after it may be the unit's
        units = trie_alternation(sorted({w.lower() for w in language.units if w}), separator=" ")
        genitives = trie_alternation(sorted({w.lower().replace("'", " '") for w in language.genitive}), separator=" ")
        self.unit_owner = compiled(rf"(?<![\w'])(?:{units})(?: [\w'-]+){{0,3}} (?:{genitives}) "
                                   rf"(?:the |la |il |l ' |de )?$")
        relatives = language.relative_words
        # a relative clause right after a noun ("a non-combat mission that seeks to ...")
        self.noun_relative = (re.compile(rf" (?:{language.noun_relative_words})(?![\w'])") if language.noun_relatives
                              else None)
        # the mission's name, then a relative on it ("M , whose", "M , cuyo", "M , dont le", "M , il cui", "M , hvis")
        self.opens_relative = re.compile(rf"(?:[a-z]+ )?M , (?:(?:il|la|i|le) )?(?:{relatives})(?![\w'])")
        # a clause cut that opens a relative clause ("M , which", "M , som", "M , die", "M , qui"): on the mission just
        # before it, a clause the main clause resumes after (see tone)
        self.relative_cut = re.compile(rf" , (?:{relatives}) ")
        # the mission's building moved ("moved its headquarters (from L0) to L1", "M 's headquarters was moved to
        # L1"): the places it goes to, the first and the ones that place it ("to L1 in L2", "to L1 , L2")
        buildings = trie_alternation([w.lower() for w in language.buildings], separator=" ")
        self.site_move = re.compile(
            rf"(?<![\w'-])(?:{buildings})(?![\w'-])(?: (?!to )(?:[\w'-]+|,)){{0,10}}? to (?:the )?(?:[a-z-]+ ){{0,2}}?"
            rf"(?P<to>L\d+(?: (?:,|in|near|outside) (?:the )?L\d+)*)" if language.buildings else r"(?!x)x")
        # the countries (folded): the last of the mission's people leaving one is its end ("left Kosovo"), not one city
        self._countries = frozenset(fold(c) for c in language.countries)
        # an ally's or a neighbour's capital or country the mission's profile does not list: where its people go home to
        self._homes = frozenset(fold(c) for c in (*language.countries, *language.capitals))
        # "talks on the future of NMI are on hold", "l'avenir de la NMI est en suspens": the mission is another
        # noun's complement, whose state that is
        topics = trie_alternation(list(language.topics), separator=" ") if language.topics else None
        self.topic_before = (compiled(rf"(?<![\w-])(?:{topics})(?: [\w'-]+){{0,5}} $") if topics
                             else compiled(r"(?!x)x"))
        # ... as the subject of a verb whose object the frame read ("the Danish contingent in NMI has suspended its
        # activities": the contingent's)
        self.topic_subject = (compiled(rf"(?<![\w-])(?:{topics})(?: [\w'-]+){{0,5}} M(?: [\w'-]+){{0,2}} $")
                              if topics else compiled(r"(?!x)x"))
        articles = trie_alternation([a.lower() for a in language.articles if a], separator=" ")
        self.mission_opening = compiled(rf"(?:(?:{articles}) )?M(?![\w'])" if articles else r"M(?![\w'])")
        self.backshift = reported_history(language, r" ")
        that = trie_alternation([w.lower() for w in language.complementizers]) if language.complementizers else None
        self.reported_opening = compiled(rf"[ ,]*(?:{that})(?:(?<=')|(?![\w']))" if that else r"(?!x)x")
        self.since = frozenset(w.lower() for w in language.since)
        self.until = frozenset(w.lower() for w in language.until)
        # "numbered N0 personnel until last year", "until D0" of a year gone: the time the state lasted (see until_gone)
        self.until_gone = until_gone(language, " ", r"D\d+")
        self.period_end, self.period_for = period_patterns(language, " ", r"D\d+")
        # the word that ends a state before a date without its year ("jusqu'en D0", "fino a fine D0"; see
        # mentions.lasting_before)
        lasting = trie_alternation([w.lower().replace("’", "'") for w in language.lasting], separator=" ")
        self.lasting = compiled(rf"(?<![^ ])(?:{lasting})(?: [^ ]+){{0,2}} $" if lasting else r"(?!x)x")
        # "NMI's training remained suspended until D0": a state told in the simple past up to a time (tone.lasted)
        # (or a weekday, the last one: "remained closed until Monday"; or a part of the date: "until the end of D0")
        lasted = trie_alternation([w.lower().replace("’", "'") for w in language.lasted], separator=" ")
        weekdays = alternation(language.weekdays)
        self.lasted = compiled(rf"(?<![^ ])(?:{lasted})(?: [^ ]+){{0,3}}? (?:{lasting})(?: the [a-z]+ of)? "
                               rf"(D\d+|{weekdays or 'D'})(?![\w'])" if lasted and lasting else r"(?!x)x")
        self.act_date = act_date_before(language, " ")
        self.starting = frozenset(w.lower() for w in language.starting)
        # a holder's term told after a title's person, its start ("COM M : P0 ( prt a ) , from D0"; "P0 ( from D0 )")
        starts = trie_alternation(sorted(self.starting), separator=" ")
        self.term_start = compiled(rf"(?: \( [^()]{{1,40}} \))? (?:, |\( )(?:[^\s(),;]+ )?(?:{starts}) "
                                   rf"(?:[^\s(),;]+ )?D\d+" if starts else r"(?!x)x")
        self.figure_then = frozenset(language.figure_then)
        self.participle_asides = participle_asides(language, " ")
        self.apposed_participles = apposed_participles(language)
        events = trie_alternation(list(language.course_events), separator=" ") if language.course_events else r"(?!x)x"
        self.course_event = compiled(rf"(?<![\w'-]){events}(?![\w'-])")
        one = trie_alternation(list(language.one_course), separator=" ") if language.one_course else r"(?!x)x"
        self.one_course = compiled(rf"(?<![\w'-]){one}(?![\w'-])")
        # (its object: the mission's or an article's, a few words naming the subject taught, then the event's noun)
        self.course_object = compiled(rf" (?:M 's |[a-z]+ )(?:[a-z-]+ ){{0,3}}?{events}(?![\w'-])")
        frames = [*language.status_frames, *language.place_frames, *language.founding_frames, *language.size_frames,
                  *(f for family in language.describe_frames.values() for f in family),
                  *(f for posts in language.posts.values() for f in posts.frames)]
        self.vocabulary = vocabulary(w for frame in frames for w in frame.pattern.words)
        self._contributor: re.Pattern[str] | None = None
        # a word every frame of a post needs one of: a cheap test of a sentence before its skeleton
        # (a need may open on a space, " het ": the test before it is of a letter, so the space goes)
        post_words = {w.lstrip() for posts in language.posts.values() for f in posts.frames for w in f.pattern.needs[0]}
        self._post_words = compiled(r"(?<![a-z])" + trie_alternation(post_words))
        self._apposed_cache: dict[tuple[str, ...], re.Pattern[str]] = {}
        self._index: dict[int, tuple[tuple[Frame, ...], list[int], dict[str, list[int]], frozenset[str]]] = {}

    def candidates(self, frames: tuple[Frame, ...], sk: Skeleton) -> list[Frame]:
        """The frames whose first word test the skeleton passes, in their order: a sentence about
        the mission holds the words of a few of the hundred frames, and the others are not visited."""
        index = self._index.get(id(frames))
        if index is None:
            always: list[int] = []
            by_word: dict[str, list[int]] = {}
            for i, frame in enumerate(frames):
                if not frame.pattern.needs:
                    always.append(i)
                for word in frame.pattern.needs[0] if frame.pattern.needs else ():
                    by_word.setdefault(word, []).append(i)
            index = self._index[id(frames)] = (frames, always, by_word, frozenset(by_word))
        _, always, by_word, words = index
        chosen = set(always)
        for word in self.present(sk) & words:
            chosen.update(by_word[word])
        return [frames[i] for i in sorted(chosen)]

    def present(self, sk: Skeleton) -> frozenset[str]:
        """The frames' words the skeleton holds: one scan for every frame's word test."""
        if "present" not in sk.memo:
            sk.memo["present"] = self.vocabulary.present(sk.lower)
        return sk.memo["present"]

    # -- tone -------------------------------------------------------------------------------

    def opens_later(self, sk: Skeleton) -> bool:
        """The sentence opens with a time told from the one before it ("Two days later, he ...")."""
        found = self.later.search(sk.text, 0, _OPENING)
        return found is not None and sk.text.count(" ", 0, found.start()) <= 2

    def _and_clause(self, subject: str) -> str:
        """A language's "and", ``subject`` (a pattern: "" or a subject's words) and one of that language's own
        ``and_before`` after it, looked ahead: "and" that opens a clause of its own ("was cut in D0 and has N0",
        "werd in D0 ingekrompen en telt N0", "blev skåret ned i D0 og har N0")."""
        return "(?:" + "|".join(rf"{re.escape(word)} (?={subject}(?:{alternation(verbs)}) )"
                                for word, verbs in self.language.and_clauses if verbs) + "|(?!x)x)"

    def _cuts(self, sk: Skeleton) -> list[re.Match[str]]:
        """Where the skeleton's clauses begin and end, found once per skeleton."""
        if "cuts" not in sk.memo:
            cuts = [cut for cut in self.cuts.finditer(sk.text)
                    if not (cut.group(0) in (' " ', ' “ ') and self.quoted_phrase.search(sk.text, 0, cut.start()))]
            fronted = self.fronted.match(sk.text) if self.fronted is not None else None
            if fronted is None and self.awaiting is not None:
                fronted = self.awaiting.match(sk.text)
            comma = _COMMA.match(sk.text, fronted.end()) if fronted is not None else None
            if comma is not None:  # "Rather than end the mission , allies suspended its training"
                cuts = sorted([*cuts, comma], key=lambda cut: cut.start())
            biography = self._fronted_posts.match(sk.text)
            after = _COMMA.match(sk.text, biography.end()) if biography is not None else None
            if after is not None:
                # "Già comandante della KFOR nel 2034 e vice comandante della M nel 2032 , il generale X assume oggi il
                # comando": the posts fronted before the person are the person's past, not the main clause's time
                cuts = sorted([*cuts, after], key=lambda cut: cut.start())
            dash = _dash_after_date(sk.text)
            if dash is not None:  # "Giovedì 8 maggio - X assume il comando": an agenda's day heads it, no clause
                cuts = [cut for cut in cuts if cut.start() != dash]
            label = _TURN.match(sk.text) if " : " in sk.text[:40] else None
            if label is not None:  # "A: Since May, X leads it": a speaker's label opens the sentence, no clause
                cuts = [cut for cut in cuts if cut.start() != label.end() - 1]
            sk.memo["cuts"] = cuts
        return sk.memo["cuts"]

    def tone(self, sk: Skeleton, start: int, end: int, skip: list[tuple[int, int]], published: date | None,
             clause: bool = True, before: bool = False, comma: bool = False, main: bool = False) -> Tone:
        """The tone of the clause around ``start:end`` (of the span alone when ``clause`` is false:
        a noun phrase such as "the outgoing commander of NMI, X" carries its own tone, whatever the
        sentence then says X did; ``main``: a subordinate clause fronted before a comma, up to the
        match, is not the match's clause)."""
        clause_start, clause_end = (0, len(sk.text)) if clause else (start, end)
        opener = ""
        prior = clause_start  # where the clause before the last cut began
        relative = False  # the match goes on with the person's relative clause after its comma ("X, who took over ...")
        for cut in self._cuts(sk) if clause else ():
            inserted = any(s <= cut.start() < e for s, e in skip)
            on_person = self.person_relative.search(cut.group(0)) is not None
            relative = relative or (inserted and start <= cut.start() and cut.end() <= end and on_person)
            if cut.end() <= start or (cut.start() >= start and cut.end() <= end and on_person and not inserted):
                # before the match; or a relative clause inside it ("X, who took command in May
                # 2024"): its verb's clause is the relative one
                prior, clause_start = clause_start, cut.start() + 1
                # a relative clause on the mission ("NMI, which ..."), or another opener
                opener = "relative" if sk.text.endswith("M", 0, cut.start()) and (
                    "wh" in cut.group(0) or self._dated_relative(sk, cut, start)) else cut.group(0)
                closed = self._person_relative_closed(sk, cut, start) if on_person else None
                if closed is not None:
                    # "P0 , who took command in D0 , leads M with N0": the main clause resumes after the person's
                    # relative clause, whose date and tense are its own
                    skip, clause_start = [*skip, (cut.start(), closed)], prior
            elif cut.start() >= end and clause_end == len(sk.text):
                clause_end = cut.start()
        opening = len(sk.text) - len(sk.text[clause_start:].lstrip(" ,")) if main or relative else 0
        reported = False
        # ("Speaking after a meeting, X, who took over NMI last week, said ...": the subordinate clause fronted before
        # the person is not that of the person's relative clause either)
        if (main and clause_start > 0 and (self.background.match(sk.text, opening) or opener == "relative")) or (
                relative and clause_start > 0 and self.background.match(sk.text, opening)):
            # "Led since May by X, NMI has 600 personnel": a subordinate clause inside a phrase fronted
            # before a comma is not the main clause's; nor is a relative one the main clause resumes
            # after ("NMI, which Canada led in 2019, has 600 personnel"). (A subordinate clause that
            # opens the sentence sets its time: "When it was launched in 2018, it numbered 500".)
            fronted_end = sk.text.rfind(" , ", clause_start, start)
            if fronted_end >= 0:
                # what stood before the subordinate clause is the main clause's still ("In January 2020,
                # after the killing of X, the mission suspended ..."): only the subordinate clause is left out
                skip = [*skip, (clause_start, fronted_end + 3)]
                # ... but where the match is what its verb reported ("..., efter at irakiske medier har skrevet, at M
                # skal afsluttes"), a report nobody owns there makes the match no more than hearsay
                reported = (self.reported_opening.match(sk.text, fronted_end) is not None
                            and self.modal.search(sk.text, clause_start, fronted_end) is not None)
                clause_start = prior
        if self.resumed is not None and 0 < clause_start < start and " , " in sk.text[clause_start:start]:
            # "X left on Tuesday after a year at M , handing over to P": a participle after the background clause's
            # comma is the main clause's again: its tone, without the background
            opened = len(sk.text) - len(sk.text[clause_start:].lstrip(" ,"))
            resumed = (self.resumed.search(sk.text, clause_start, end)
                       if self.background.match(sk.text, opened) is not None else None)
            if resumed is not None and resumed.end() <= start:
                skip = [*skip, (clause_start, resumed.end())]
                clause_start = prior
        if before:  # the clause up to the match: "will remain in place and resume as soon as possible"
            clause_end = end
        elif comma:  # up to the first comma after the match: "X replaced Y as commander of NMI, a post
            # she had taken over in 2025, said ...": the apposition after it tells of another time
            after = sk.text.find(" , ", end)
            while after >= 0 and self._title_comma.search(sk.text, 0, after + 5) is not None:
                after = sk.text.find(" , ", after + 3)  # "assumes the duties of Commander, M on 14 May": the title's
            if 0 <= after < clause_end:
                clause_end = after
        # "M , established in D0 , has suspended its training": the aside's date is its own, not the match's
        # (unless the match begins or ends in it: "M , established in D0" is the founding)
        for aside_start, aside_end in self._asides(sk):
            if (clause_start <= aside_start and aside_end <= clause_end
                    and not aside_start <= start < aside_end and not aside_start < end <= aside_end
                    and not any(aside_start < e and s < aside_end for s, e in skip)):
                skip = [*skip, (aside_start, aside_end)]
        inside = tuple(sorted((s, e) for s, e in skip if clause_start <= s <= e <= clause_end))
        # many frames of one sentence weigh the same clause: its tone is worked out once
        tones = sk.memo.setdefault("tones", {})
        known = tones.get((clause_start, clause_end, inside, published))
        if known is None:
            known = tones[(clause_start, clause_end, inside, published)] = self._clause_tone(
                sk, clause_start, clause_end, inside, published)
        return replace(known, modal=True) if reported else known

    @cached_property
    def _subject_person(self) -> re.Pattern[str]:
        """A person opening the skeleton or a clause after a comma, an article before it at most ("P0 , who", "el P0 ,
        que"): the subject its relative clause follows."""
        articles = trie_alternation([w.lower() for w in self.language.articles if not w.endswith("'")], separator=" ")
        return compiled(rf"(?:^|[,;:] )(?:(?:{articles}) )?P\d+ $")

    def _person_relative_closed(self, sk: Skeleton, cut: re.Match[str], start: int) -> int | None:
        """Where the relative clause ``cut`` opens on the person right before it ends, its closing comma the one comma
        between it and ``start``, after which the main clause goes on with its verb ("P0 , who took command in D0 ,
        leads M", "P0 , die in D0 het bevel overnam , leidt M"); None if the match is not after it, or if the person
        is no subject opening the clause ("Under P0 , who led M from D0 to D1 , M grew ...": a phrase fronted before
        another subject, whose time the relative clause tells)."""
        if self._subject_person.search(sk.text, 0, cut.start() + 1) is None:
            return None
        close = sk.text.find(" , ", cut.end(), start)
        if close < 0 or sk.text.rfind(" , ", cut.end(), start) != close:
            return None
        return close + 3

    def _dated_relative(self, sk: Skeleton, cut: re.Match[str], start: int) -> bool:
        """``cut`` opens a relative clause of any language on the mission ("M , som O satte på pause i D0 , opererer i
        dag ...", "M , die in D0 werd stilgelegd , telt ..."), closed by the last comma before ``start``, with a date of
        its own: a clause the main clause resumes after, its date not the main clause's."""
        if self.relative_cut.fullmatch(cut.group(0)) is None:
            return False
        close = sk.text.find(" , ", cut.end(), start)
        # (the one comma between it and the match: in "M , che nel D0 , al suo apice , contava N0" the match is its own)
        return (close >= 0 and sk.text.rfind(" , ", cut.end(), start) == close
                and _DATE_SYMBOL.search(sk.text, cut.end(), close) is not None)

    def _snapshot_told(self, text: str) -> str:
        """The clause without its backshift words ("had") where it holds the day a state is counted at
        (tone.snapshot: "As of 1 March, NMI had 1,150 personnel"): the state held that day, not history; the date
        says how old."""
        dated, shifted = self.snapshot
        if dated is None or shifted is None or dated.search(text) is None:
            return text
        return shifted.sub(" ", text)

    def _unreported(self, sk: Skeleton, clause_start: int, text: str) -> str:
        """The clause without its history words of a report's tense (see reported_history), and of its speaker's
        before it when the clause is the speaker's second that-clause ("stressed that ... and that the Alliance had
        suspended ...") or what a clause cut parts from its speaker opens it ("a déclaré mardi à la presse, au siège
        de l'OTAN à Bruxelles, que la mission avait suspendu ...")."""
        plain = self._snapshot_told(self.not_historical.sub(" ", text))
        if self.backshift is None or clause_start == 0 or not (
                text.startswith("and that ") or self.reported_opening.match(text) is not None):
            return unreported(self.backshift, plain)
        said = unreported(self.backshift, f"{sk.text[:clause_start]}\x00 {plain}")
        return said.partition("\x00")[2] if "\x00" in said else unreported(self.backshift, plain)

    def _past_state_then(self, text: str) -> bool:
        """The clause tells a state or a count in the simple past (tone.past_states: "counted", "telde") at a time
        counted back from the document's and long gone that is no state's start (tone.past: "last year", not "since
        last year")."""
        if self.past is None or self.past_states.search(text) is None:
            return False
        return any(found.group("start") is None for found in self.past[0].finditer(text))

    def _told_past_after(self, sk: Skeleton, text: str, clause_end: int, published: date) -> bool:
        """The clause tells a state as temporary (tone.temporary: "briefly") and the clause of time right after it
        (tone.background: "after", "until") names a time long gone ("was briefly halted after rocket attacks in
        January 2054"): the state is over."""
        if self.past is None or self.past[1].search(text) is None:
            return False
        rest = sk.text[clause_end:].lstrip(" ,")
        if self.background.match(rest) is None:
            return False
        rest = rest.split(" , ")[0].split(" ; ")[0]
        for found in _DATE_SYMBOL.finditer(rest) if "D" in rest else ():
            when = sk.symbols[found.group(3)].when
            if when is not None and when < shift_date(published, -HISTORY):
                return True
        return False

    def _returned_after(self, sk: Skeleton, start: int, end: int) -> bool:
        """After the match, in the same sentence, the words that bring the mission's people back to a place
        (tone.returned: ", returning to L1"), the match having moved them to another ("moved to L0"): the stay there
        is over."""
        assert self.returned is not None
        back = self.returned.search(sk.text, start, min(len(sk.text), end + 160))
        return (back is not None and self.moved_to is not None
                and self.moved_to.search(sk.text, start, back.start()) is not None)

    def _period_over(self, sk: Skeleton, text: str, when: date | None, published: date) -> bool:
        """The clause names the end of its period, or its length after its date, and that end is before the
        document's day (see period_patterns)."""
        if "D" not in text:
            return False
        for found in self.period_end.finditer(text) if self.period_end is not None else ():
            mention = sk.symbols[found.group("end")]
            if mention.when is not None and mention.ahead is None and not mention.lasting and shift_date(
                    period_last(mention.when, mention.exact), FUTURE_GRACE) < published:
                return True
        length = self.period_for.search(text) if self.period_for is not None and when is not None else None
        if length is None or when is None:
            return False
        count = length.group("count").lower()
        number = int(count) if count.isdigit() else self.language.number_words.get(count, 0)
        days = number * self.language.time_units.get(length.group("unit").lower(), 0)
        return bool(days) and shift_date(when, timedelta(days=days) + FUTURE_GRACE) < published

    def _lasted_over(self, sk: Skeleton, start: int, end: int, published: date) -> bool:
        """The clause tells a state in the simple past held until a date up to the document's day ("remained
        suspended until D0", see tone.lasted; the lasting word may open the next clause): the state is over."""
        for found in self.lasted.finditer(sk.text, start, min(len(sk.text), end + 40)):
            if found.start() >= end:
                break
            if not found.group(1).startswith("D"):
                return True  # a weekday in the simple past: the last one
            mention = sk.symbols.get(found.group(1))
            if mention is not None and mention.when is not None and mention.when <= published:
                return True
        return False

    def _held_until_gone(self, sk: Skeleton, text: str, clause_end: int, published: date) -> bool:
        """The clause, or the phrase of lasting right after it, tells the time the state held up to, and that time is
        gone ("numbered N0 personnel until last year", "until D0" of a year before the document's; see until_gone):
        the state is over. (A date without its year after the word is a state's next end: "remains suspended until
        December" goes on.)"""
        if self.until_gone is None:
            return False
        found = self.until_gone.search(text) or self.until_gone.match(sk.text, clause_end + 1)
        if found is None:
            return False
        if found.group("end") is None:
            return True
        mention = sk.symbols.get(found.group("end"))
        return (mention is not None and mention.when is not None and not mention.lasting and mention.ahead is None
                and shift_date(period_last(mention.when, mention.exact), FUTURE_GRACE) < published)

    def _coming_day(self, text: str, published: date) -> bool:
        """A change told in the simple present with a weekday after it other than the document's own ("X hands over
        command to Y on Thursday" in a page of Monday): the change is still to come that day."""
        verb = self.coming.search(text)
        return verb is not None and self._other_day_after(text, verb.end(), published)

    def _other_day_after(self, text: str, at: int, published: date) -> bool:
        """After ``at``, a weekday other than the document's own ("... on Thursday" in a page of Monday)."""
        day = self.weekday.search(text, at)
        return day is not None and (self.language.weekdays[day.group(0)] - published.weekday()) % 7 != 0

    def _since_word(self, word: str, sk: Skeleton) -> bool:
        """A word of the start of a state that goes on ("since", "depuis", "siden"), in a sentence of a language whose
        list holds it (the Italian "da", since, is the Danish "da", when: "Da jeg ankom i januar 2127, var vi 3.800"
        tells a time gone; the Spanish "desde" in an Italian sentence is no Italian word); where the sentence's
        language is not told, a word no other language has, "depuis", counts wherever it stands."""
        if word not in self.since:
            return False
        spoken = sk.spoken
        if spoken is None:
            return self.language.own("since", word, sk.lower)
        return spoken in self.language.origins.get("since", {}).get(word, ())

    def _put_to_day(self, text: str, published: date) -> bool:
        """A future word of the present going on that is no verb of lasting, then a weekday other than the document's
        own ("X will now take command on Friday"; not "the mission will now serve under X", "will remain there on
        Friday"): a change moved to that day, still to come."""
        for found in self.not_future.finditer(text):
            phrase = found.group(0)
            lasting = self.goes_on.match(phrase)
            if (lasting is not None and lasting.end() == len(phrase)) or self.future.match(phrase) is None:
                continue
            if self._other_day_after(text, found.end(), published):
                return True
        return False

    def _waits_on_when(self, sk: Skeleton, clause_end: int) -> bool:
        """The sentence opens on a clause of when and the clause read follows it, or such a clause comes right after the
        clause read and names a count of people or a time of its own: a change told in the future there waits on that
        time ("When the battalion arrives, the force will number 5,000", "KFOR will grow to about 5,200 troops once 600
        reinforcements arrive"), still to come (not a condition: "said NMI would rise to 850 once Baghdad agreed")."""
        found = self.when_first.match(sk.text)
        if found is not None and found.end() <= clause_end:
            return True
        after = self.coming_when.match(sk.text, clause_end)
        if after is None:
            return False
        when = sk.text[after.end():].split(" , ")[0].split(" ; ")[0]
        return _COUNT_OR_DATE.search(when) is not None or self.scheduled.search(when) is not None

    def _asides(self, sk: Skeleton) -> list[tuple[int, int]]:
        """The participle asides of the skeleton (see participle_asides), found once per skeleton."""
        if "asides" not in sk.memo:
            found = self.participle_asides.finditer(sk.text) if self.participle_asides and " , " in sk.text else ()
            apposed = (self.apposed_participles.finditer(sk.text) if self.apposed_participles and " , " in sk.text
                       else ())
            sk.memo["asides"] = [match.span() for match in found] + [match.span("p") for match in apposed]
        return sk.memo["asides"]

    def _figure_then(self, text: str, at: int) -> bool:
        """The date at ``at`` comes right after the figure a change starts from ("from N1 D0": "from 600 a year ago",
        "against 500 last year"; not "cut to 300 from 900 in 2052", the change's year): it dates that figure, not the
        clause; a few plain words may name the old figure between: "from a peak of N1 D0")."""
        words = text[max(0, at - 60):at].split()[-5:]
        if len(words) < 2 or _FIGURE.fullmatch(words[-1]) is None:
            return False
        for word in reversed(words[:-1]):
            if word in self.figure_then:
                return True
            if _SYMBOL_WORD.fullmatch(word):
                return False
        return False

    def _clause_tone(self, sk: Skeleton, clause_start: int, clause_end: int, skip: tuple[tuple[int, int], ...],
                     published: date | None) -> Tone:
        text = sk.text[clause_start:clause_end]
        background = clause_start > 0 and self.background.match(text.lstrip(" ,")) is not None
        for s, e in reversed(skip):
            text = text[:s - clause_start] + " " + text[e - clause_start:]
        when, exact, history, later, dated_past, started = None, False, False, False, False, False
        since = False
        # "will remain" is the present going on, not where a deadline says what will be left by then ("by the end of the
        # year there will remain 800 personnel")
        present = text if self.reached.search(text) is not None else self.not_future.sub(" ", text)
        future = self.future.search(present) is not None
        future = future or (clause_start == 0 and self.future_lead is not None
                            and self.future_lead.match(text) is not None)
        future = future or (published is not None and self._coming_day(present, published))
        future = future or (published is not None and self._put_to_day(text, published))
        # "X overtager rollen som chef for M , når Y's periode udløber": a present change, then when it will happen
        future = future or (self.coming_when.match(sk.text, clause_end) is not None
                            and self.coming.search(present) is not None)
        done = not future and self.done.search(present) is not None
        # most clauses hold no date, which the pattern (tried at every word) is slow to tell
        # "NMI's training remains suspended until December", "resterà sospesa fino a dicembre": a date without its year
        # that ends a state is its next one and no date of the clause's change, and the word before it no history
        # word ("jusqu'en", "fino a" are before a year), unless the clause tells history by another ("had been
        # suspended until March": the last March)
        told, ancient = text, False
        if "D" in text:
            for found in reversed(list(_DATE_SYMBOL.finditer(text))):
                word = self.lasting.search(told, 0, found.start(3)) if sk.symbols[found.group(3)].lasting else None
                if word is not None:
                    told = told[:word.start()] + " " * (word.end() - word.start()) + told[word.end():]
            ancient = told != text and self.historical.search(self._unreported(sk, clause_start, told)) is not None
        starts = 0  # the dates before: "from D1 until D2" ends a term D1 starts
        for found in _DATE_SYMBOL.finditer(text) if "D" in text else ():
            mention = sk.symbols[found.group(3)]
            if mention.lasting and not ancient:
                continue
            if self._figure_then(text, found.start(3)):
                continue  # "has risen to N0 from N1 D0": the date of the figure the change starts from
            starts += 1
            if starts > 1 and ((found.group(2) or "") in self.until or (found.group(1) or "") in self.until):
                continue
            # "will take command in May": next May; "decided to cut it to 300 by December": the next December,
            # unless the clause tells history ("By March, NMI had suspended its training")
            # "X se hace cargo del mando de M el 26 de mayo" in January: a change told in the simple present on a day
            # without its year long gone is still to come, that day next
            # ("As of 1 May, the force numbered 4,100": a count told in the past held at the last 1 May)
            if mention.ahead is not None and (future or (mention.due and self.historical.search(text) is None
                                                         and self.past_states.search(present) is None)
                                              or (published is not None and mention.when is not None
                                                  and mention.when < shift_date(published, -COMING_REACH)
                                                  and self.coming.search(present) is not None
                                                  and self.done.search(present) is None)):
                mention = replace(mention, when=mention.ahead)
            if mention.when is None:
                continue
            if self.act_date is not None and self.act_date.search(text, 0, found.start(3)) is not None:
                continue  # "in line with the UN Security Council decision of D0": the act's date, not the clause's
            if published is not None and mention.when > shift_date(published, FUTURE_GRACE):
                # "X took command of NMI on 24 May" in a page dated 15 May: a change told as done, the page's
                # date is wrong or rough; the change has happened
                later = later or not done
                continue
            starting = (found.group(1) or "") in self.starting or (found.group(2) or "") in self.starting
            started = started or (published is not None and starting and mention.exact)
            # "qui commande la NMI depuis mai 2025", "has led it since last August"
            ongoing = direct = self._since_word(found.group(2) or "", sk) or self._since_word(found.group(1) or "", sk)
            # ... and a part of the month or year between ("depuis la fin novembre 2030", "since the end of May",
            # "siden slutningen af maj")
            before = text[:found.start(3)].split()[-4:]
            ongoing = ongoing or (any(self._since_word(w, sk) for w in before[:2])
                                  and not any(_SYMBOL_WORD.fullmatch(w) for w in before[1:]))
            # "has been appointed as commander since 19 December": an appointment that holds since a day gone
            started = started or (published is not None and ongoing)
            if published is not None and not ongoing and (
                    mention.when < shift_date(published, -HISTORY) if mention.exact or mention.when.month > 1
                    else mention.when.year < published.year):
                history = True
                # (a day without its year names none: "Op 1 mei wordt X bevelhebber" in January is next May's)
                dated_past = dated_past or (mention.ahead is None and (mention.exact or mention.when.month == 1))
            if when is None:
                # (the date right after the word: "desde su creación en octubre de 2018" dates the founding)
                when, exact, since = mention.when, mention.exact, direct
        # "its training was temporarily suspended last year": a stop told as temporary, long gone, is over
        history = history or told_past(self.past, text)
        # "Last year NMI still counted about 800 soldiers", "telde NMI vorig jaar nog zo'n 800": a count or a state
        # told in the simple past at a time long gone is the size then
        history = history or self._past_state_then(present)
        # "was briefly halted after rocket attacks in January 2054": a stop told as temporary, at an event long gone
        # that the clause of time right after it names, is over too
        history = history or (published is not None and self._told_past_after(sk, text, clause_end, published))
        # "its staff were moved to Kuwait for ten weeks, returning to Baghdad at the end of October": brought back, the
        # stay is over
        history = history or (self.returned is not None and not future
                              and self._returned_after(sk, clause_start, clause_end))
        # "Between August and D0 its staff were moved to L0", "In D0 ... moved to L0 for ten weeks": the period the
        # clause tells ended before the document
        history = history or (published is not None and not future and self._period_over(sk, text, when, published))
        # "NMI's training remained suspended until Monday, when advisers returned": held up to a time gone, it is over
        history = history or (published is not None and not future
                              and self._lasted_over(sk, clause_start, clause_end, published))
        # "NMI numbered about 750 personnel until last year": held up to a time gone, cut off as a clause of its own or
        # not, it is over
        history = history or (published is not None and not future
                              and self._held_until_gone(sk, text, clause_end, published))
        coded = _PERSON_CODE.sub(r"\1", text) if " ( " in text else text
        negated = self.negation.search(self.not_negating.sub(" ", coded)) is not None  # not "not only"
        # (the words that state no plan are taken out only where a modal word stands: most clauses hold none)
        modal = self.modal.search(text) is not None and self.modal.search(self.not_modal.sub(" ", text)) is not None
        # "NATO would resume the mission's work once the security situation permits": the clause of when that follows
        # waits on a condition not yet met, so the change is no more than conditional
        condition = self.coming_when.match(sk.text, clause_end)
        modal = modal or (condition is not None
                          and self.unmet.search(sk.text[condition.end():].split(" , ")[0].split(" ; ")[0]) is not None)
        # "NATO will expand the mission from 500 to 1,100, if the Iraqi government agrees": a clause of condition after
        # the comma
        modal = modal or self.condition_after.match(sk.text, clause_end) is not None
        # "Als de zaak escaleert, zal de missie worden afgebouwd": the main clause after a fronted condition
        modal = modal or (clause_start == 0 and self.condition_first is not None
                          and self.condition_first.match(sk.text) is not None)

        return Tone(modal=modal, negated=negated,
                    future=later or future,
                    scheduled=later or (future and (self.scheduled.search(present) is not None
                                                    or self._waits_on_when(sk, clause_end))), foretold=future,
                    historical=history or background
                    or self.historical.search(self._unreported(sk, clause_start, told)) is not None
                    # "months later": history, unless told from recent days (see recent_before)
                    or (self.later.search(text) is not None and not sk.memo.get("recent_before", False))
                    # "the mission was wound down, but since ... that has been reversed": what the clause told is undone
                    or (self.undone is not None
                        and self.undone.match(sk.text, clause_end, clause_end + 160) is not None),
                    when=when,
                    exact=exact, dated_past=dated_past, started=started, since=since)

    @staticmethod
    def weigh(role: str, tone: Tone) -> str | None:
        """The role a frame's role becomes in its clause; None: no fact."""
        if tone.modal or (tone.negated and role != "removed"):
            return None
        if role == "holder":  # "X will succeed Y (in May)": the future is X's; Y holds the post now
            return "historical" if tone.historical else "current"
        if role == "future" and tone.dated_past and not tone.future:
            return "historical"  # "In 2029 he was appointed to command NMI": a future long past
        if role == "future" and tone.started and not tone.future:
            return "current"  # "(In October) the Council appointed X as commander of NMI from 16 October"
        if role == "current" and tone.future:
            return "future"
        if role == "current" and tone.historical:
            return "historical"
        return role

    # -- persons in posts --------------------------------------------------------------------

    def people(self, sk: Skeleton, frames: tuple[Frame, ...], about: bool,
               published: date | None, follows: bool = True,
               titles: bool = True, other_heads: tuple[str, ...] = (),
               ahead: bool = False, relatives: bool = False, others: frozenset[str] = frozenset(),
                 elsewhere: bool = False, coming: frozenset[str] = frozenset(), done: bool = False,
                 presiders: frozenset[str] = frozenset()) -> Iterator[tuple[str, str, Tone, bool, bool]]:
        """(name, role, tone, event, title) of every person a frame places in or out of the post; ``event``:
        the frame tells a change or holding of the post, not a title ("NMI commander X said"); ``title``: the
        frame reads a title ("the outgoing commander, X"), not a change nor a holder told from another's.
        ``follows``: the frames that speak of the person the text last placed in a post ("Her
        predecessor, Y") hold for this post. ``titles``: a frame that reads a title ("the outgoing
        commander, X") counts too; without, only a change or holding of the post does.
        ``other_heads``: the other posts' nouns (a person after one in apposition holds that post:
        "The new Senior Civilian Representative of NMI, X, succeeds Y" tells nothing of the command).
        ``relatives``: without titles, a relative clause's change counts too (the text named the mission's
        command, and this sentence a sign of the post before the person: "France's leadership will follow that
        of X, who took command in May 2024").
        ``done``: the change the text last told has happened: a word of relation to its holder ("His successor, Y")
        names the one who holds the post now.
        ``ahead``: the change the text last told is still to come ("X will hand over command in May"):
        who a frame that follows it places in the post takes it then ("His successor is Y": future). ``coming``: the
        surnames (folded) of the persons that change places in the post; a succession in the present that names one
        of them is that change again ("X wordt de nieuwe commandant van NMI. X volgt Y op": X still to come, Y holds
        the post until then).
        ``others``: the surnames (folded) of the persons the text placed in a post no slot reads; a match that
        does not name the mission and binds one of them tells of that post ("(X was named deputy commander of
        NMI.) X, who succeeds Y, will also head its advisory division"). ``elsewhere``: the sentence tells a handover
        of another post; a title that does not name the mission is of that post ("X took over command of the Croatian
        contingent of NMI from outgoing commander Y"). ``presiders``: the surnames (folded) of the persons the text
        placed in another body's post in their aside ("presided over by Adm X, commander of JFC Naples"): one of them
        the post's sign comes from, with no aside here, is the superior who passes it, not the one who leaves."""
        apposed = self._post_before(other_heads) if other_heads else None
        for frame in self.candidates(frames, sk):
            if frame.follows and not follows:
                continue
            for match in frame.pattern.finditer(sk.text, sk.lower, self.present(sk)):
                named = " M" in f" {match.group(0)}"
                if not named and not about:
                    continue
                if frame.held and not (ahead and person_key(sk.symbols[match.group("future")].value) in coming):
                    continue  # "X will succeed Y": X is the one the text placed in the post, still to take it
                if not named and elsewhere and "person" in match.re.groupindex:
                    continue
                if not named and not follows and self._handover_noun.match(sk.text, match.start()):
                    continue  # "(X presided over the change of command of a task group.) The handover took place
                    # between Y and Z": the handover the text last told of, of another post
                if (frame.follows and not named and not self._names_head(match)
                        and self._post_held_before(sk.text, match.start())):
                    continue  # "X relinquished his position of NMI chief of staff to his successor, Y": that post's
                if not named and others and any(person_key(sk.symbols[match.group(group)].value) in others
                                                for group, _ in self._roles(match)):
                    continue
                relative = self._relative(match.group(0))
                if not titles and ("person" in match.re.groupindex or (relative and not relatives)):
                    continue  # a title, or a relative clause ("France follows X, who took command in May")
                if relative and match.groupdict().get("new") and match.start("new") == match.start():
                    # "France's leadership will follow that of X, who took command in May 2024": the main clause
                    # before X tells a succession still to come, so X holds the post until then
                    lead = self.tone(sk, 0, match.start(), [], published, clause=False)
                    if lead.future and not lead.modal and not lead.negated:
                        for group, role in self._roles(match):
                            if role == "current":
                                yield sk.symbols[match.group(group)].value, "current", lead, True, False
                        continue
                if not named and not self._names_head(match) and self._apposed_to_other_post(sk.text, match):
                    continue  # "said the mission's spokesperson, X, who took up her duties in May"
                if not named and _apposed_before(self._apposed_body, sk.text, match):
                    continue  # "a new commander of the Iraqi army's 9th division, X, took over on Sunday": that post
                if not named and self._after_other_handover(sk, match.start()):
                    continue  # "a handover ceremony for the Chief of Staff, where Col X passed his duties to Col Y"
                if not named and self._relative(match.group(0)) and self._apposed_to_side_post(sk.text, match):
                    continue  # "its deputy commander, X, who took over in May": took over as deputy
                # (or the match opens an aside right after that post: "X a pris ses fonctions de représentante
                # civile de M , où elle succède au Y": the succession is in that post)
                apposed_end = match.start() + 2 if sk.text.startswith(", ", match.start()) else match.start()
                if apposed is not None and apposed.search(sk.text, max(0, apposed_end - _APPOSED_REACH),
                                                          apposed_end) is not None:
                    continue
                skip = [match.span("ins")] if "ins" in match.re.groupindex and match.group("ins") else []
                if skip and self._elsewhere(sk.text, match, *skip[0]):
                    continue
                if skip and other_heads and self._apposed_other_in(other_heads, sk.text, match, *skip[0]):
                    continue  # "X, M 's new senior civilian representative, took up his post": that post
                if not named and self._as_other_after.match(sk.text, match.end()) is not None:
                    continue  # "X handed over to Y as commander of JFC Naples": the post said after it is another's
                if "person" not in match.re.groupindex and self._as_other_in_match(sk, match, skip):
                    continue  # "X handed over his duties as chief of staff to Y": the frame's gap named that post
                if "person" not in match.re.groupindex and not frame.stands_in and self._side_in_match(sk, match, skip):
                    # "X wordt plaatsvervangend commandant van de M": a frame's gap took the side post (a title
                    # with one is weighed with the sentence's: see side_post)
                    continue
                if self._owner_in_aside(sk.text, match.start()):
                    continue
                if self._relative_on_unit(sk.text, match):
                    continue  # "the battle group east of KFOR, whose commander, Col X, ...": the unit's commander
                if named and self._national_owner(sk.text, match) and not self._relative_past_staff(sk.text, match):
                    continue  # "The French contingent of KFOR, under the command of X, entered Kosovo": the part's
                if not named and self._national_subject(sk.text, match.start()):
                    continue  # "The Austrian contingent in KFOR began service under the command of X, who succeeds Y"
                if not named and _other_subject(sk.text, match.start()):
                    continue  # "The 49th rotation of PKW KFOR will deploy under the command of X": that contingent's
                if not named and self._unit_apposed.search(sk.text, max(0, match.start() - _APPOSED_REACH),
                                                           match.start()) is not None:
                    continue  # "Soldiers of the Multinational Battle Group West, under the command of X": its
                if "person" in match.re.groupindex and self._listed_pairs(sk.text, match):
                    continue  # "the head of EULEX, X, the commander of KFOR, Y": the post before Y is Y's
                if frame.follows and not self._names_head(match) and self._other_post_before(sk.text, match.start()):
                    continue  # "X was named head of EULEX; she replaces Y": the post just named is Y's
                if self._predecessor_in_other_post(sk.text, match):
                    continue  # "X took over as KFOR deputy commander, succeeding Y": Y held that post
                tone = self.tone(sk, match.start(), match.end(), skip, published,
                                 clause="person" not in match.re.groupindex and not frame.own_tone, comma=True)
                term = (self.term_start.match(sk.text, match.end("person"))
                        if "person" in match.re.groupindex and match.group("person") else None)
                if term is not None:
                    # the title's holder from a day still to come ("COM M : P0 , from D0" in a page dated before it):
                    # the one who will hold the post
                    termed = self.tone(sk, match.start(), term.end(), skip, published, clause=False)
                    if termed.future and not tone.future:
                        tone = replace(tone, future=True)
                if tone.historical and not tone.dated_past and (self._recent_background(sk, match.start(), published)
                                                                or self._recent_back(sk, match.end())):
                    # "The pause comes less than a week after X took command of M from Y": a change days before
                    # the main clause's, which is not history itself, leaves X in the post
                    tone = replace(tone, historical=False)
                event = not frame.follows and "person" not in match.re.groupindex
                title = not frame.follows and "person" in match.re.groupindex
                # a handover: the match names the newcomer, or is a participle clause after a comma whose
                # subject is the sentence's ("X prendra le commandement en mai, succédant au général Y")
                handover = bool(match.groupdict().get("new") or match.groupdict().get("future")
                                or match.group(0).startswith(", "))
                newcomer = match.groupdict().get("new")
                # (not a holding the clause dates before the document: "(X takes over from Y on Friday.) Y, who has
                # led the mission since May 2031, returns home": Y holds the post until then)
                again = (bool(coming) and newcomer is not None and not tone.historical and not tone.dated_past
                         and not (tone.when is not None and published is not None and tone.when < published)
                         and person_key(sk.symbols[newcomer].value) in coming
                         # (not a change told as done: "(X is due to assume command of M later today.) Update: X
                         # formally assumed command of the mission": the change has happened since)
                         and self.done.search(match.group(0)) is None)
                for group, role in self._roles(match):
                    if (role == "previous" and presiders and not sk.text.startswith((" , ", " ( "), match.end(group))
                            and person_key(sk.symbols[match.group(group)].value) in presiders):
                        continue  # "(The ceremony was presided over by Adm X, commander of JFC Naples.) Y received
                        # the flag from Adm X": the superior who passes it
                    if role == "future" and self._relation(match) and self._past_after(sk, match, skip, published):
                        # "(When X took command of M in May 2066, ...) Her successor, Y, oversaw the first expansion
                        # in 2067": the successor's own clause dates a past tenure, so the succession is history
                        role = "historical"
                    if (done and frame.follows and role == "future" and self._relation(match)
                            and not self._coming_after(sk, match, skip, published)):
                        # "(X handed over command of M to his successor on Tuesday.) His successor, Y, arrived last
                        # week": the change told has happened, so the successor holds the post now
                        role = "current"
                    if ahead and (frame.follows or again) and role == "current":
                        role = "future"
                    elif ahead and (frame.follows or again) and role == "previous":
                        # "(X is to lead NMI from May.) He relieves Y": Y holds the post until then
                        role = "holder"
                    elif (ahead and role == "previous" and self._subject_before(match)
                          and not tone.historical and not tone.dated_past):
                        # "(X has been named the next commander of M.) He takes up the post in October and
                        # relieves Y": the clause goes on with the subject of the change still to come
                        role = "holder"
                    weighed = self.weigh(role, tone)
                    if weighed == "previous" and handover and tone.future:
                        # "X hands over command of NMI to Y next week": the handover is still to come, and
                        # X holds the post until then (a later date alone, told in the past tense, leaves X
                        # in no role: "X handed over to Y on 24 May" in a page dated before it)
                        # (the same told in the simple present, a later date after it: "X volgt in mei Y op als
                        # commandant", "X succeeds Y in May": Y holds the post until then)
                        weighed = "current" if tone.foretold or (
                            self.coming.search(match.group(0)) is not None
                            and self.done.search(match.group(0)) is None) else None
                        if weighed is None:
                            continue
                    if (weighed == "previous" and role == "previous" and not newcomer
                            and not match.groupdict().get("future")):
                        cut = _participle_cut(sk.text, match.start(), match.start(group))
                        if cut is not None:
                            # "Spain will take over command of M on 10 October, replacing Y": the participle's
                            # subject is the main clause's, whose taking is still to come, and Y holds the post
                            # until then
                            lead = self.tone(sk, 0, cut, [], published, clause=False)
                            # (or a change told in the simple present on a day to come: "X assumes the duties of
                            # SCR of M on 1 February, succeeding Y")
                            told = lead.foretold or self.coming.search(sk.text, 0, cut) is not None
                            if lead.future and told and not lead.modal and not lead.negated:
                                weighed = "current"
                    if (weighed == "current" and role in ("holder", "previous")
                            and self._left_already.match(sk.text, match.end(group)) is not None):
                        # "(X will head NMI.) He replaces Y, who was medically evacuated in August": Y holds it no
                        # longer
                        weighed = "previous"
                    if weighed == "current" and relative and self._moves_aside(sk.text, match):
                        # "X, who has led M since the spring, will be his deputy": X leaves the post for a side one
                        weighed = "previous"
                    if weighed is not None:
                        yield sk.symbols[match.group(group)].value, weighed, tone, event, title
                        if group == "hist":
                            # "Previous commanders of M include P0 ( D0 ) , P1 ( D1 ) and P2": every past holder
                            # the list names
                            for symbol in _listed_after(sk.text, match.end(group)):
                                yield sk.symbols[symbol].value, weighed, tone, event, title

    def _recent_background(self, sk: Skeleton, start: int, published: date | None) -> bool:
        """The clause of ``start`` is a background one that a short time opens ("less than a week after", "days
        after") and no cut ends before ``start``, after a main clause that is no history ("The pause comes ..."; not
        "The mission was paused in 2061, days after ...")."""
        if self.recent_gap is None or " " not in sk.text[:start]:
            return False
        found = self.recent_gap.search(sk.text, 0, start)
        if found is None or any(found.end() <= cut.start() < start for cut in self._cuts(sk)):
            return False
        main = self.tone(sk, 0, found.start(), [], published, clause=False)
        return not (main.historical or main.dated_past or main.modal or main.negated)

    def _recent_back(self, sk: Skeleton, end: int) -> bool:
        """The match's clause closes right after ``end`` on a short time counted back from the story's own ("P0 , who
        had taken command of M only two weeks earlier , said ..."): the pluperfect tells a change days or weeks
        before what the story reports, not history."""
        return self.recent_back is not None and self.recent_back.match(sk.text, end, end + _BACK_REACH) is not None

    def _coming_after(self, sk: Skeleton, match: re.Match[str], skip: list[tuple[int, int]],
                      published: date | None) -> bool:
        """The clause a title opens goes on with a start still to come ("(X handed over command of M on Tuesday.) His
        successor, Y, arrives next month"): the successor takes the post then."""
        if "person" not in match.re.groupindex:
            return False
        tone = self.tone(sk, match.start(), match.end(), skip, published)
        return tone.future and not tone.modal and not tone.negated

    def _past_after(self, sk: Skeleton, match: re.Match[str], skip: list[tuple[int, int]],
                    published: date | None) -> bool:
        """The clause a title opens is dated in the past and tells nothing to come ("Her successor, Y, oversaw the first
        expansion in 2067", in a page of 2072)."""
        tone = self.tone(sk, match.start(), match.end(), skip, published)
        return tone.dated_past and not tone.future and not tone.modal and not tone.negated

    def _subject_before(self, match: re.Match[str]) -> bool:
        """The match names only the one who leaves the post, in a clause joined to the one before (", succeeding Y",
        "and relieves Y"): its subject is the sentence's, named before it."""
        groups = match.groupdict()
        if groups.get("new") or groups.get("future") or not groups.get("prev") or match.start("prev") == match.start():
            return False
        return self._joined.match(match.group(0)) is not None

    @cached_property
    def _joined(self) -> re.Pattern[str]:
        words = alternation(self.language.coordination)
        return re.compile(rf"(?:, |(?:{words}) )")

    @cached_property
    def _left_already(self) -> re.Pattern[str]:
        """After a person, their relative clause telling they left the post (see Language.left_post)."""
        gone = alternation(self.language.left_post) if self.language.left_post else r"(?!x)x"
        who = self.language.relative_words
        # (past the person's own words: "Y of the French Army, who ...")
        aux = alternation(self.language.left_post_aux) if self.language.left_post_aux else r"(?!x)x"
        return re.compile(rf"(?: [a-z'-]+){{0,4}}? , (?:{who})(?: (?:{aux}))?(?: [a-z]+ly)? (?:{gone})(?![\w'-])")

    def _moves_aside(self, text: str, match: re.Match[str]) -> bool:
        """After the relative clause the match reads, the main clause makes its subject a side post's holder ("X,
        who has led M since May, will be his deputy", "..., becomes deputy commander")."""
        return self._to_side.match(text, match.end()) is not None

    @cached_property
    def _to_side(self) -> re.Pattern[str]:
        return re.compile(rf"(?:[^,;]{{0,80}}? )?, (?:[^,;]{{0,60}}? )?{self._becoming_side}")

    @cached_property
    def _becoming_side(self) -> str:
        """A verb that makes its subject a side post's holder, and the post ("will be his deputy", "becomes deputy
        commander"): the words after the holder in :meth:`_moves_aside` and :meth:`moved_aside`."""
        become = alternation(self.language.become_side)
        owners = "|".join(re.escape(w.lower()) for w in (*self.language.articles, *self.language.possessives) if w)
        # (not an ordinal before a person's noun that is no post's: "se convierte en el segundo general español que
        # asume el mando", the second to take the post, not its deputy)
        heads = re.compile(rf"(?:{self._heads})$")
        nouns = alternation([re.escape(w) for w in self.language.nation_person if not heads.match(w)])
        ordinal = rf"(?! (?:{nouns})(?![\w'-]))" if nouns else ""
        return rf"(?:{become}) (?:(?:{owners}|M 's) )?(?:[a-z-]+ )?(?:{self._sides})(?![\w'-]){ordinal}"

    def moved_aside(self, sk: Skeleton) -> str | None:
        """The person a sentence of its own moves to a side post, its subject ("(X has led M since March.) General X,
        as of a few minutes ago, will be his deputy", "Y becomes her deputy"): X leaves the post the text gave him."""
        match = self._aside_subject.match(sk.text)
        return sk.symbols[match.group("person")].value if match is not None else None

    @cached_property
    def _aside_subject(self) -> re.Pattern[str]:
        return re.compile(rf"^(?:[\"'“‘] )?(?P<person>P\d+)(?: , [^,;]{{0,60}} ,)? {self._becoming_side}")

    def _apposed_other_in(self, heads: tuple[str, ...], text: str, match: re.Match[str], start: int, end: int) -> bool:
        """The aside gives the person another of the mission's posts ("X, M 's new senior civilian representative,
        took up his post"), and the frame names the mission only there: what the person takes is that post."""
        if " M" in f" {text[match.start():start]}{text[end:match.end()]}":
            return False
        key = ("in", *heads)
        pattern = self._apposed_cache.get(key)
        if pattern is None:
            other = "|".join(sorted({h.split("(")[0] for h in heads if h}, key=longest_first))
            pattern = self._apposed_cache[key] = re.compile(rf"(?<![a-z])(?:{other})(?![a-z])")
        return pattern.search(text, start, end) is not None

    def _post_before(self, heads: tuple[str, ...]) -> re.Pattern[str]:
        """Another post's noun (and its mission) in apposition just before a position: "the new senior
        civilian representative of M , ". (Not a side post: "The mission's deputy commander, X, has
        assumed command on an interim basis" takes the command.)"""
        pattern = self._apposed_cache.get(heads)
        if pattern is None:
            other = "|".join(sorted({h.split("(")[0] for h in heads if h}, key=longest_first))
            pattern = self._apposed_cache[heads] = re.compile(
                rf"(?<![a-z])(?:{other})(?: (?:of|at|for|in|de|du|des|del|della|di|van|af) (?:the |la |le |el |il )?M)?"
                # (the post's country or city after it: "M 's senior civilian representative in iraq , ")
                rf"(?: (?:{self._place_words}) (?:L\d+|[a-z-]+))?"
                # (or the copula joining the post to its holder: "M 's senior civilian representative is P0 , who took
                # up the post in D0"; the person's own article: "la representante civil de M , la P0 , que asumió el
                # cargo en D0")
                rf"(?: ,| (?:{self._copulas}))(?: (?:the|la|le|el|il|lo|l'|l '))? $")
        return pattern

    @cached_property
    def _copulas(self) -> str:
        """The verbs joining a post to its holder ("is", "est"), as an alternation."""
        return alternation(self.language.holder_copulas) or "(?!x)x"

    @cached_property
    def _place_words(self) -> str:
        """The words before a place ("in", "à"), as an alternation."""
        return alternation(p.lower() for p in self.language.place_before) or "(?!x)x"

    def _elsewhere(self, text: str, match: re.Match[str], start: int, end: int) -> bool:
        """The aside gives the person another post ("X, commander of the Estonian contingent in NMI,
        handed over to Y"; "X, deputy commander of NMI, ..."), and the frame names the mission only
        there: what the person hands over or takes is that post."""
        if self._other_posts.search(text, start, end) is None:
            return False
        return " M" not in f" {text[match.start():start]}{text[end:match.end()]}"

    @cached_property
    def _heads(self) -> str:
        """The posts' head nouns ("commander", "commandant"), longest first, as an alternation."""
        return "|".join(sorted({h.split("(")[0] for h in self.language.heads if h}, key=longest_first))

    @cached_property
    def _title_comma(self) -> re.Pattern[str]:
        """A post's head, a comma and the mission, the formal title's style ("Commander, M"): the comma joins the post
        to its owner, no clause ends there."""
        return re.compile(rf"(?<![\w'-])(?:{self._heads}) , M(?: |$)$")

    @cached_property
    def _fronted_posts(self) -> re.Pattern[str]:
        """Posts fronted before the person a sentence is about, a phrase of its own up to the comma (a word before them
        at most: "Former commander of KFOR, X ...", "Già comandante della KFOR nel 2034 e vice comandante della M,
        X")."""
        return re.compile(rf"^(?:[\w'-]+ )?(?:(?:{self._sides}) )?(?:{self._heads})(?![\w-])(?:(?!P\d)[^,;]){{0,120}}?"
                          rf"(?= , (?:[\w'-]+ )?P\d)")

    @cached_property
    def _sides(self) -> str:
        """The side posts' words ("deputy", "adjoint") as an alternation."""
        return "|".join(map(re.escape, self.language.side_posts)) or "(?!x)x"

    @cached_property
    def _others(self) -> str:
        """The posts no slot reads ("spokesperson", "chief of staff"), longest first, as an alternation."""
        return alternation(self.language.other_posts)

    @cached_property
    def _other_posts(self) -> re.Pattern[str]:
        """A side post ("deputy commander") or a post of something else than the mission ("commander
        of the Estonian contingent")."""
        side, head = self._sides, self._heads
        return re.compile(rf"(?<![a-z])(?:(?:{side})[ -](?:[a-z-]+ )?(?:{head})(?![a-z])|"
                          rf"(?:{head}) (?:of|in|at) (?!(?:the )?M(?! 's)\b))")

    @cached_property
    def _handover_noun(self) -> re.Pattern[str]:
        """A noun of handing over a post ("handover", "change of command")."""
        nouns = alternation(self.language.handovers)
        return re.compile(rf"(?:{nouns})(?![a-z])")

    @cached_property
    def _post_elsewhere(self) -> re.Pattern[str]:
        """A post no slot reads ("chief of staff", "spokesperson") or a side post ("deputy commander")."""
        return re.compile(f"{self._other_words.pattern}|{self._side.pattern}")

    def _post_held_before(self, text: str, start: int) -> bool:
        """A post no slot reads or a side post stands before ``start``, and no verb of speech between: the
        match speaks of it ("X relinquished his position of chief of staff to his successor, Y"), not of the
        post of the one a speaker names ("The minister said she will be succeeded by Y")."""
        ends = [found.end() for found in self._post_elsewhere.finditer(text, 0, start)
                if not self._in_biography(text, found.start())]
        return bool(ends) and self._speech.search(text, ends[-1], start) is None

    @cached_property
    def _speech(self) -> re.Pattern[str]:
        words = trie_alternation([w.lower() for w in self.language.speech]) if self.language.speech else "(?!x)x"
        return re.compile(rf"(?<![\w']){words}(?![\w'])")

    def _owner_in_aside(self, text: str, start: int) -> bool:
        """The match opens inside a person's aside that gives them another post, whose owner the
        mission is ("X, commander of the Czech contingent in NMI, took over, replacing Y"): what
        follows speaks of that post, not of the mission's."""
        if not text.startswith("M", start):
            return False
        aside = _ASIDE_OPENING.search(text, max(0, start - _APPOSED_REACH), start)
        if aside is None:
            return False
        return self._other_posts.search(text, aside.end(), start) is not None

    @cached_property
    def _unit_apposed(self) -> re.Pattern[str]:
        """A unit's or a part's name just before a comma where a match opens ("the multinational battle group west
        ( mnbg-w ) , under the command of P0"): the clause set off after it tells of that unit."""
        units = trie_alternation([w.lower() for w in (*self.language.parts, *self.language.units) if w])
        # (or its place and a relative clause of place: "M 's regional command west in L0 / L1 , where P0 took
        # command": the unit's commander)
        where = trie_alternation([w.lower() for w in self.language.place_relatives], separator=" ")
        return re.compile(rf"(?<![\w'-])(?:{units})(?:(?: [a-z'-]+){{0,2}}(?: \( [^()]{{1,40}} \))? , "
                          rf"|(?: [\w'-]+){{0,4}}? [\w'-]+ L\d+(?: / L\d+)? , (?:{where}) (?:[a-z']{{1,3}} )?)$")

    def national_part_opens(self, text: str, match: re.Match[str]) -> bool:
        """The match opens on the mission's name that ends a nation's part of it ("sending 120 soldiers to the
        Romanian contingent in M , bringing it to N1"): what the match tells is that part's. (Not a verb of the
        match's before the name: "Some 250 Danish advisers will take M to roughly 900" is the mission's.)"""
        mission = MISSION_SYMBOL.search(text, match.start(), match.end())
        articles = {a.lower() for a in self.language.articles}
        return (mission is not None and set(text[match.start():mission.start()].split()) <= articles
                and self._national_owner(text, match))

    def _relative_on_unit(self, text: str, match: re.Match[str]) -> bool:
        """The match opens on the mission's name, a relative of whose after it ("M , whose commander , P0"), and
        the name ends a unit's ("the battle group east of M"): the relative may be the unit's."""
        if not self.opens_relative.match(text, match.start()):
            return False
        return self.unit_owner.search(text, max(0, match.start() - 80), match.start()) is not None

    def in_other_relative(self, sk: Skeleton) -> bool:
        """Every naming of the mission stands in a relative clause on another actor named just before its comma ("The
        handover at O0 , which oversees M , went to P0 , who replaces P1"): a change of a post the sentence tells that
        names no target is that actor's."""
        found = False
        for mission in MISSION_SYMBOL.finditer(sk.text):
            comma = sk.text.rfind(" , ", 0, mission.start())
            if (comma < 0 or self.relative_cut.match(sk.text, comma) is None or ";" in sk.text[comma:mission.start()]
                    or _OTHER_ACTOR_END.search(sk.text, 0, comma) is None):
                return False
            found = True
        return found

    def _national_owner(self, text: str, match: re.Match[str]) -> bool:
        """The match opens on the mission's name (an article or two before it at most), and that name ends a
        nation's part of the mission ("le contingent français de la M , sous le commandement du P0"): the match's
        subject is that part."""
        mission = MISSION_SYMBOL.search(text, match.start(), match.end())
        if mission is None or len(text[match.start():mission.start()].split()) > 2:
            return False
        owner = self.national_owner.search(text, 0, mission.start())
        if owner is None:
            return False
        # (the words between the people and the mission a word that holds them in it at most, an article aside: not a
        # verb of theirs that placed them there, "Canadian staff officers serve in M , currently led by P0", where what
        # follows the mission is its own)
        tail = [w for w in owner.group("tail").split() if w not in self.language.articles]
        return len(tail) <= 1 or " ".join(tail) in self.language.held_in

    def _relative_past_staff(self, text: str, match: re.Match[str]) -> bool:
        """The mission's name the match opens on ends a nation's people, not a part of it, and a relative clause on the
        mission follows ("one of the Danish instructors in M , who under the command of P0 advise the military
        schools"): the relative is the mission's, as a size's is (see sizes._relative_on_mission); a part's own
        relative stays its own ("the French contingent of M , which is under the command of P0")."""
        mission = MISSION_SYMBOL.search(text, match.start(), match.end())
        if mission is None:
            return False
        # (an aside on the mission before its relative: "M , à vocation non combattante , qui opère sous ...")
        aside = _ASIDE_BEFORE_RELATIVE.match(text, mission.end())
        # (or a noun apposed to the mission with its own relative: "M , de trainingsmissie die sinds april ...")
        apposed = (text.startswith(" , M", mission.end()) and self.noun_relative is not None
                   and self.noun_relative.match(text, mission.end() + 4) is not None)
        if not apposed and self.relative_cut.match(text, mission.end()) is None and (
                aside is None or self.relative_cut.match(text, aside.end()) is None):
            return False
        units = {w.lower() for w in (*self.language.parts, *self.language.units) if w}
        return not any(word == unit or (len(unit) >= 5 and word.endswith(unit))
                       for word in text[:mission.start()].split()[-5:] for unit in units)

    def _national_subject(self, text: str, start: int) -> bool:
        """The sentence opens on a nation's part of the mission, its subject ("the 47th rotation of the Austrian
        contingent in M began service ... under the command of P0 , who succeeds P1"; "les militaires français de
        la M"): a change of command it tells without naming the mission's post is that part's."""
        found = self.national_staff.search(text, 0, start)
        # (after an opening phrase of time that names neither the mission nor a person: "Following the handover, the
        # Italian contingent of M is now under the command of P0")
        return (found is not None and len(text[:found.start()].split()) <= 5
                and _PERSON_SYMBOL.search(text, 0, found.start()) is None
                and ("," not in text[:found.start()] or MISSION_SYMBOL.search(text, 0, found.start()) is None))

    def _other_post_before(self, text: str, start: int) -> bool:
        """The sentence names a post before ``start`` that is a side post or one of another body ("the new head
        of EULEX", "a new commander of the Turkish battalion in KFOR"), and does not name the mission again
        after it: a pronoun's succession there ("she replaces Y") is of that post; not one told as held before ("A
        former deputy commander of the mission, she succeeds Y": see :meth:`_in_biography`)."""
        posts = [post for post in self._other_posts.finditer(text, 0, start)
                 if not self._in_biography(text, post.start())]
        if not posts:
            return False
        last = posts[-1]
        for mission in MISSION_SYMBOL.finditer(text, last.end(), start):
            between = text[last.end():mission.start()]
            if _BREAK.search(between) is not None or len(between.split()) > 6:
                return False  # past the post's words: "..., a former commander of the Swedish army, took command of M"
        return True

    def _predecessor_in_other_post(self, text: str, match: re.Match[str]) -> bool:
        """The match names only who leaves a post ("..., succeeding Y"), and its subject's clause, from the
        person before it (past the person's own aside), places that subject in a side post or a post no slot
        reads ("X became deputy commander of NMI on Monday, replacing Y"; "X took over as KFOR chief of staff,
        succeeding Y"): Y left that post, not the mission's command."""
        groups = match.groupdict()
        if not groups.get("prev") or any(groups.get(g) for g in ("new", "future", "hist", "holder", "person")):
            return False
        opening = 0
        for person in _PERSON_SYMBOL.finditer(text, 0, match.start()):
            opening = person.end()
        clause = text[opening:match.start("prev")]
        if clause.startswith(" , ") and " , " in clause[3:]:
            clause = clause[clause.index(" , ", 3) + 3:]  # the subject's own aside ("X, once deputy commander, ...")
        # (not a post told as held before: "A former deputy commander of the mission, she succeeds Y")
        return any(not self._in_biography(clause, post.start())
                   for post in (*self._side.finditer(clause), *self._other_words.finditer(clause)))

    @cached_property
    def _other_words(self) -> re.Pattern[str]:
        """A post no slot reads, named anywhere ("chief of staff", "spokesperson")."""
        return re.compile(rf"(?<![a-z'-])(?:{self._others})(?![a-z'-])")

    @cached_property
    def _post_word(self) -> re.Pattern[str]:
        """A post's head noun, a side post's word or a post no slot reads, named anywhere."""
        return re.compile(rf"(?<![\w'-])(?:{self._heads}|{self._others}|{self._sides})(?![\w'-])")

    def _listed_pairs(self, text: str, match: re.Match[str]) -> bool:
        """The person a title frame reads follows a post of its own, and the title it reads after the person
        stands before the next one ("the head of O , P0 , the commander of M , P1"; "il comandante del covi , P0 ,
        il comandante di M P1"; "fn's særlige repræsentant , P0 , chefen for M , P1"): in a list of posts each
        said before its holder, the title is the next person's."""
        if match.start("person") != match.start() or _NEXT_PERSON.match(text, match.end()) is None:
            return False
        if _POST_THEN_PERSON.search(text, 0, match.start("person")) is not None:
            return True
        # (the list's item before the person, in any language: a post's word in it, up to the comma before the
        # person and the rank's words the name left)
        item = _ITEM_BEFORE_PERSON.search(text[max(0, match.start() - _APPOSED_REACH):match.start()])
        return item is not None and self._post_word.search(item.group("item")) is not None

    def _names_head(self, match: re.Match[str]) -> bool:
        """The match names the post by its head ("Y, her chief of staff, will serve as acting commander"): the post a
        person holds in apposition is the one they leave for it, not the one the match speaks of."""
        return re.search(rf"(?<![a-z])(?:{self._heads})(?![a-z])", match.group(0)) is not None

    def _apposed_to_other_post(self, text: str, match: re.Match[str]) -> bool:
        """A person of the match stands in apposition to a post no slot reads ("M 's spokesperson , P0",
        "le porte-parole de la M , le P0"): what a frame that names no post of the mission says of
        that person is said of that post. (Not a side post's: "its deputy commander, X, has assumed
        command on an interim basis" is the command.)"""
        return _apposed_before(self._apposed_other, text, match)

    def _after_other_handover(self, sk: Skeleton, start: int) -> bool:
        """A handover told as a noun of a post no slot reads or of a side post stands before ``start`` ("a
        handover ceremony for the M Chief of Staff , where P1 passed his duties to P2"; "the change of command
        of the deputy commander"): a change that names no post after it is that one."""
        if "other_handover" not in sk.memo:
            found = self._other_handover.search(sk.text) if self.language.handovers else None
            sk.memo["other_handover"] = found.end() if found is not None else None
        end = sk.memo["other_handover"]
        return end is not None and end <= start

    @cached_property
    def _other_handover(self) -> re.Pattern[str]:
        nouns = alternation(self.language.handovers)
        side, head, other = self._sides, self._heads, self._others
        # (an elided word between: "la cerimonia di avvicendamento nell'incarico di vice comandante"; the noun's article
        # elided: "l'avvicendamento")
        elided = r"(?<=(?<![a-z])l')|(?<=(?<![a-z])l ')"
        return re.compile(rf"(?:(?<![a-z'-])|{elided})(?:{nouns})(?: [a-zà-ÿ'-]+){{0,2}}? "
                          rf"(?:for|of|de|du|des|del|della|dello|di|van|af|i) (?:the |la |le |il |el |de |het |l')?"
                          rf"(?:M (?:'s )?)?(?:[a-z-]+ )?(?:{other}|"
                          rf"(?:{side})[ -](?:[a-z-]+ )?(?:{head})|(?:{head}) (?:{side}))(?![a-z])")

    def _apposed_to_side_post(self, text: str, match: re.Match[str]) -> bool:
        """A person of the match stands in apposition to a side post of the mission ("M 's deputy commander ,
        P0", "le commandant adjoint de la M , le P0"): a relative clause after the person that tells of a
        post taken without naming it ("who took over in May", "qui a pris ses fonctions") tells of that
        post. (Not the main clause: "its deputy commander, X, has assumed command on an interim basis".)"""
        return _apposed_before(self._apposed_side, text, match)

    @cached_property
    def _apposed_other(self) -> re.Pattern[str]:
        return re.compile(rf"(?<![a-z'-])(?:{self._others}){_APPOSED_TAIL}")

    @cached_property
    def _apposed_body(self) -> re.Pattern[str]:
        """A post's head of another body than the mission, in apposition before a person ("a new commander of the
        iraqi army's 9th armoured division , P0"; not "the commander of M , P0")."""
        # (the heads with their own lookaheads: "chief of staff , P0" is no head of a body)
        heads = "|".join(sorted({h for h in self.language.heads if h}, key=longest_first))
        # (the body with its article: "représentante civile de haut niveau , la P0" names no body)
        # (or a country's armed service as the post's owner or its modifier, the heads' language's order: "iraq's new
        # army commander , P0", "the iraqi army's new chief , P0": the army's post)
        services = trie_alternation([s.lower() for s in self.language.services if s], separator=" ")
        served = (rf"|(?<![a-z'-])(?:{services})(?: ?'s)? (?:[a-z-]+ ){{0,2}}?(?:{heads}) , (?:[a-z']+ )?$"
                  if self.language.services else "")
        return re.compile(rf"(?<![a-z'-])(?:{heads}) (?:(?:of|for|at|in) (?:the|a|an)|du|des|de la|de l'|del|della|"
                          r"dello|van de|van het) (?!M(?![\w']))"
                          # (no other head among its words: "the handover at the head of the operation between the
                          # outgoing commander , P0" names P0's post last)
                          rf"(?:(?!(?:{heads})(?![a-z-]))[a-z0-9'-]+ |L\d+ ){{1,6}}, (?:[a-z']+ )?$" + served)

    @cached_property
    def _apposed_side(self) -> re.Pattern[str]:
        side, head = self._sides, self._heads
        return re.compile(rf"(?<![a-z'-])(?:(?:{side})[ -]?(?:[a-z-]+ )?(?:{head})|(?:{head}) (?:{side}))"
                          + _APPOSED_TAIL)

    def placed_elsewhere(self, sk: Skeleton) -> bool:
        """After the sentence's first person, a side post or a post of something else than the mission, not told as
        held before ("X, who commanded M until 2061, was appointed commander of the Turkish 2nd Army")."""
        first = _PERSON_SYMBOL.search(sk.text)
        return first is not None and any(not self._in_biography(sk.lower, post.start())
                                         for post in self._other_posts.finditer(sk.text, first.end()))

    def side_post(self, sk: Skeleton, *, past: bool = True) -> bool:
        """The skeleton names another post of the mission than those read ("deputy commander"); without ``past``,
        not one told as held before, in biography ("She previously served as deputy commander", "A former deputy
        commander of the mission, she succeeds Y": see :meth:`_in_biography`)."""
        if past:
            return self._side.search(sk.lower) is not None
        return any(not self._in_biography(sk.lower, m.start()) for m in self._side.finditer(sk.lower))

    def _in_biography(self, lower: str, at: int) -> bool:
        """A word of biography ("previously", "former", "auparavant", "eerder", "tidligere": `words.biography`) stands
        before ``at`` in its clause (after the word a comma may stand: "Auparavant, elle était commandant adjoint")."""
        return self._biography_before.search(lower, max(0, at - 80), at) is not None

    @cached_property
    def _biography_before(self) -> re.Pattern[str]:
        words = alternation(self.language.biography)
        return compiled(rf"(?<![\w'-])(?:{words})(?: ,)? (?:[^,;.:]{{0,60}} )?$")

    def _side_in_match(self, sk: Skeleton, match: re.Match[str], skip: list[tuple[int, int]]) -> bool:
        """The match's own words (not an appositive's) name a side post ("X wordt plaatsvervangend commandant van
        de M", "X è il nuovo vicecomandante"): the frame's gap took the side word, the post is not the one read."""
        return bool(self.language.side_posts) and self._side_command.search(_own_words(sk, match, skip)) is not None

    def _as_other_in_match(self, sk: Skeleton, match: re.Match[str], skip: list[tuple[int, int]]) -> bool:
        """The match's own words (not an appositive's) give the post that changes as one no slot reads ("X handed
        over his duties as chief of staff to Y"): the frame's gap took it."""
        return self._as_other.search(_own_words(sk, match, skip)) is not None

    @cached_property
    def _as_words(self) -> str:
        """The words that say in which post one gives or takes ("as"), an alternation."""
        return "|".join(re.escape(w) for w in self.language.handover_parts.get("as", ()) if w) or "(?!x)x"

    @cached_property
    def _as_other_after(self) -> re.Pattern[str]:
        as_words = self._as_words
        articles = "|".join(re.escape(a.lower()) for a in self.language.articles if a)
        # (or a side post, whoever owns it: "X handed over to Y as deputy commander (of M)")
        return re.compile(rf" (?:{as_words}) (?:(?:{articles}) )?(?:(?:[a-z-]+ )?(?:{self._heads}) "
                          rf"(?:of|at|for) (?!(?:(?:{articles}) )?M(?! 's)(?![\w'-]))|(?:{self._sides})[ -]"
                          rf"(?:[a-z-]+ )?(?:{self._heads})(?![\w'-]))")

    @cached_property
    def _as_other(self) -> re.Pattern[str]:
        as_words = self._as_words
        articles = "|".join(re.escape(a.lower()) for a in (*self.language.articles, *self.language.possessives) if a)
        # (not a post a slot reads that holds another's noun: "comme (nouvelle) conseillère civile principale de M")
        held = self._heads_with_others
        return re.compile(rf"(?<![\w'-])(?:{as_words}) (?:(?:{articles}|M 's) )?(?!(?:[a-zà-ÿ]+ )?(?:{held})(?![\w'-]))"
                          rf"(?:[a-z'-]+ ){{0,2}}?(?:{self._others})(?![\w'-])")

    @cached_property
    def _heads_with_others(self) -> str:
        """The posts' head nouns that hold a post no slot reads and more ("conseillère civile principale", "haut
        conseiller civil"), longest first, as an alternation."""
        other = re.compile(rf"(?<![\w'-])(?:{self._others})(?![\w'-])")
        heads = {h.split("(")[0] for h in self.language.heads if h} - set(self.language.other_posts)
        return "|".join(sorted((h for h in heads if other.search(h)), key=longest_first)) or "(?!x)x"

    @cached_property
    def _side_command(self) -> re.Pattern[str]:
        # a side post of the command only ("plaatsvervangend commandant"): a deputy of a civilian post is read as
        # that post's holder elsewhere
        command = self.language.posts.get("command")
        others = set(command.other_heads) if command is not None else set()
        heads = "|".join(sorted({h.split("(")[0] for h in self.language.heads if h and h not in others},
                                key=longest_first)) or "(?!x)x"
        return self._side_of(heads)

    @cached_property
    def _side(self) -> re.Pattern[str]:
        return self._side_of(self._heads)

    def _side_of(self, heads: str) -> re.Pattern[str]:
        """A side post of one of ``heads`` (an alternation): its word before the head ("deputy commander") or
        after it ("commandant adjoint")."""
        side = self._sides
        return re.compile(rf"(?<![a-z])(?:(?:{side})[ -](?:[a-z-]+ )?(?:{heads})|(?:{heads}) (?:{side}))(?![a-z])")

    def _relative(self, text: str) -> bool:
        return self.relative_cut.search(text) is not None

    def may_place(self, lower: str) -> bool:
        """The sentence (caseless) holds a word some frame of a post needs: it may place a person."""
        return self._post_words.search(lower) is not None

    def takes_post_named(self, sk: Skeleton, frames: tuple[Frame, ...]) -> bool:
        """A frame places the person it names first in the post by the post's head said after them ("His chief of
        staff, Y, will serve as acting commander"): a post named before the person is the one they leave for it."""
        for frame in self.candidates(frames, sk):
            for match in frame.pattern.finditer(sk.text, sk.lower, self.present(sk)):
                newcomer = match.groupdict().get("new")
                if newcomer is not None and match.start("new") == match.start() and re.search(
                        rf"(?<![a-z])(?:{self._heads})(?![a-z])", sk.text[match.end("new"):match.end()]) is not None:
                    return True
                if frame.follows and newcomer is not None and match.start() < match.start("new"):
                    # a cleft of the one who replaces the holder the text last placed ("Sarà il suo vice, il generale
                    # X, a sostituirlo"): the frame's own words introduce the person, and place them in that post
                    return True
        return False

    def introduced_by_post(self, sk: Skeleton) -> bool:
        """A post is named before the sentence's first person or in the aside after it ("Iraq's new
        army chief, Lt Gen X, assumed command"; "Lt Gen X, the head of the academy, took over"): in a
        sentence that does not name the mission, whose post that is is not known. (Not the post of a
        possessive, right after a sentence about the mission: "(The mission will have 500 personnel.)
        Its commander will be X", "su jefe será X".)"""
        return self._introduced.search(sk.text) is not None

    def introduced_by_past_post(self, sk: Skeleton) -> bool:
        """:meth:`introduced_by_post`, where each post named there is told as held before, in biography ("A former
        deputy commander of the mission, she succeeds Y"; see :meth:`_in_biography`)."""
        match = self._introduced.search(sk.text)
        if match is None or not self.language.biography:
            return False
        heads = list(self._head_word.finditer(sk.lower, match.start(), match.end()))
        return bool(heads) and all(self._in_biography(sk.lower, head.start()) for head in heads)

    @cached_property
    def _head_word(self) -> re.Pattern[str]:
        return re.compile(rf"(?<![a-z])(?:(?:{self._sides})[ -](?:[a-z-]+ )?)?(?:{self._heads})(?![a-z])")

    @cached_property
    def _introduced(self) -> re.Pattern[str]:
        head = self._heads
        # one fixed-width look-behind per possessive
        owned = "".join(rf"(?<!(?<![a-z]){re.escape(word.lower())} )" for word in self.language.possessives)
        return re.compile(rf"^(?:(?!P\d).)*?(?<![a-z]){owned}(?:{head})(?![a-z])(?:(?!P\d).)*P\d|"
                          rf"^(?:(?!P\d).)*P\d+ (?:\( [^()]*?(?<![a-z])(?:{head})(?![a-z])[^()]* \)"
                          rf"|, [^,]*?(?<![a-z])(?:{head})(?![a-z]))")

    def names_other_post(self, sk: Skeleton, *, past: bool = True) -> bool:
        """A person stands in apposition to a post no slot reads ("X, the spokesman of NMI, left";
        "NMI's spokesperson, X, said"), or their clause places them in it by "as" ("X on Thursday assumed office as
        KFOR chief of staff", "Y will serve as the mission's spokesperson"): "His successor is Y", "X took over from
        Y" after it speak of that post. Without ``past``, not a post told as held before ("X previously served as
        chief of staff of KFOR"; see :meth:`_in_biography`)."""
        if past:
            return self._other_holder.search(sk.text) is not None
        for match in self._other_holder.finditer(sk.text):
            post = self._other_word.search(sk.text, match.start(), match.end())
            if not self._in_biography(sk.lower, post.start() if post is not None else match.start()):
                return True
        return False

    @cached_property
    def _other_word(self) -> re.Pattern[str]:
        return re.compile(rf"(?<![a-z'-])(?:{self._others})(?![a-z'-])")

    @cached_property
    def _other_holder(self) -> re.Pattern[str]:
        other = self._others
        articles = "|".join(re.escape(a.lower()) for a in (*self.language.articles, *self.language.possessives) if a)
        return re.compile(rf"(?<![a-z'-])(?:{other})(?![a-z'-])(?: [^,;]{{0,40}})? , (?:[a-z']+ )?P\d"
                          rf"|P\d+ , (?:[a-z'-]+ ){{0,3}}?(?:{other})(?![a-z'-])"
                          rf"|P\d+ (?:(?!P\d)[^,;]){{0,60}}?(?<![\w'-])(?:{self._as_words}) (?:(?:{articles}) )?"
                          rf"(?:M (?:'s )?)?(?:[a-z'-]+ ){{0,2}}?(?:{other})(?![\w'-])")

    def _relation(self, match: re.Match[str]) -> bool:
        """The match's person is named by a word of relation to another holder ("his successor, Y")."""
        modifier = (match.groupdict().get("mod") or "").strip()
        return bool(modifier) and modifier in self._post_relatives

    @cached_property
    def _post_relatives(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.language.post_relatives)

    def _roles(self, match: re.Match[str]) -> Iterator[tuple[str, str]]:
        groups = match.groupdict()
        for group, role in _ROLE_GROUPS.items():
            if groups.get(group):
                yield group, role
        if groups.get("person"):
            modifier = (groups.get("mod") or groups.get("mod_before") or "").strip()
            role = self.language.modifiers.get(modifier, "current") if modifier else "current"
            yield "person", role

    # -- the mission's state ------------------------------------------------------------------

    def _course_ends(self, text: str, match: re.Match[str]) -> bool:
        """The end the match tells is of one course or teaching event of the mission's (words.course_events), its
        subject in the match ("M 's summer course ended") or its object right after it ("M is phasing out M 's
        logistics course")."""
        return (self.course_event.search(match.group(0)) is not None
                or self.course_object.match(text, match.end()) is not None)

    def statuses(self, sk: Skeleton, published: date | None) -> Iterator[tuple[str, str, Tone]]:
        found = [(frame, match) for frame in self.candidates(self.language.status_frames, sk)
                 for match in frame.pattern.finditer(sk.text, sk.lower, self.present(sk))]
        for frame, match in found:
            if any((other.value != frame.value or other.void) and other_match.span() != match.span()
                   and other_match.start() <= match.start() and match.end() <= other_match.end()
                   and not _inserted(other_match, match) for other, other_match in found):
                # a status inside another's statement is its object: "lifted the freeze on NMI's
                # training" resumes it, and so does "the pause in NMI's work has ended"
                continue
            if not frame.particular and any(other.particular and other.value != frame.value
                                            and other_match.span() == match.span() for other, other_match in found):
                continue  # "the last troops of NMI left the country": the mission has ended, it moved nowhere
            if frame.void:
                continue  # "the drawdown of KFOR has been suspended": a change stopped states no status
            opening = self.mission_opening.match(match.group(0))
            if (opening is not None and self.topic_before.search(sk.text, max(0, match.start() - 80),
                                                                  match.start() + opening.end() - 1)) or (
                    opening is None and self.topic_subject.search(sk.text, max(0, match.start() - 100),
                                                                  match.start())):
                continue  # "les négociations sur l'avenir de la NMI sont en pause": the talks pause
            if (frame.value == "ended" and "left" in match.re.groupindex and match.group("left")
                    and fold(sk.symbols[match.group("left")].value) not in self._countries):
                continue  # "the last advisers of NMI left Basra": one city, not the country
            if frame.value == "resumed" and self._gone_home(sk, match.group(0)):
                continue  # "the mission's Italian staff returned to Rome": they went home, the work did not resume
            if (frame.value != "continuing" and match.group(0).startswith("M")
                    and self.part_owner.search(sk.text, max(0, match.start() - 40), match.start()) is not None):
                continue  # "Nederland heeft de militaire bijdrage aan M beëindigd": a nation's part ends, not the force
            if frame.value in ("ended", "ending") and self._course_ends(sk.text, match):
                continue  # "NMI's summer course ended", "is phasing out its logistics course": one course only
            if frame.value == "suspended" and self.one_course.search(match.group(0)) is not None:
                continue  # "M 's course in L0 was postponed": one teaching event put off, the work goes on
            if frame.value in ("ended", "ending") and self._local(match):
                continue  # "NMI's presence in the area ended": its work there, the mission goes on elsewhere
            if frame.value in ("relocated", "ended") and self._national(sk.text, match):
                continue  # "the last Danish troops of NMI left Iraq": a nation's contingent leaves, the mission stays
            if not frame.present and any(other.present and other.value == frame.value
                                         and other_match.start() <= match.start() and match.end() <= other_match.end()
                                         for other, other_match in found):
                # "the suspension of NMI's activities will be reviewed", "will leave NMI's courses suspended": said
                # once, of now (the same words too)
                continue
            role = "continuing" if frame.value == "continuing" else "current"
            if role == "continuing" and match.re.groupindex.get("deny") and match.group("deny"):
                continue  # "NMI will not continue its work": no going-on
            # "NMI, whose courses were suspended in March, has resumed them": the aside is not the
            # clause's tone
            skip = [match.span("ins")] if "ins" in match.re.groupindex and match.group("ins") else []
            # "Four months after moving its staff to Amman, NMI has returned to Baghdad": the phrase fronted
            # before the comma is background, not the main clause's tone
            # (a frame of an aside carries its own tone: "NMI's training role, temporarily suspended due to the attacks,
            # will resume as conditions permit": the condition is the resumption's, the stop holds)
            tone = self.tone(sk, match.start(), match.end(), skip, published, before=role == "continuing", main=True,
                             clause=not frame.own_tone)
            if frame.present:  # "the suspension of NMI's activities will be reviewed weekly": it holds now
                tone = replace(tone, future=False)
            if role == "continuing":
                weighed: str | None = None if tone.modal and not tone.negated else role
            elif frame.value == "ending":  # "will wind down": the ending is announced now
                if (tone.negated and not match.groupdict().get("deny")
                        and not self.tone(sk, match.start(), match.end(), [*skip, match.span()], published,
                                          main=True).negated):
                    # "ont décidé de ne pas proroger le mandat de la NMI": the frame's own negation is the end (not
                    # the denial the frame passes: "NMI is not ending its work in Basra" goes on)
                    tone = replace(tone, negated=False)
                weighed = self.weigh(role, replace(tone, future=False))
            else:
                if (frame.value == "resumed" and tone.negated and not match.groupdict().get("deny")
                        and not self.tone(sk, match.start(), match.end(), [*skip, match.span()], published,
                                          main=True).negated):
                    # "NMI's activities are no longer suspended": the frame's own negation is the resumption
                    tone = replace(tone, negated=False)
                weighed = self.weigh(role, tone)
            if self.owned.search(match.group(0)) is not None or self._contributed(match.group(0)):
                continue
            staff = self.staff_after.match(sk.text, match.end()) if frame.value != "continuing" else None
            if staff is not None and not (frame.value == "relocated" and staff.groupdict().get("part")):
                continue  # "la KFOR trasladó 200 soldados a Mitrovica": some people moved or held, the mission stays
            if staff is not None and self._moved_within(sk, staff.end()):
                continue  # "ha trasladado parte de sus asesores desde L0 a L1": a part moved in the country, an area
            if frame.value == "relocated" and self._part_moves(sk.text, match):
                continue  # "some advisers of NMI left the country": a part of the staff, not the mission
            if frame.value == "relocated" and self._site_moves_home(sk, match):
                continue  # "NMI moved its headquarters from Union III to Camp Taji": it works elsewhere in the country
            abroad = match.groupdict().get("abroad")
            if frame.value == "relocated" and abroad and sk.symbols[abroad].home:
                continue  # "NMI wordt vanuit Erbil voortgezet": where it works now, in the country, no relocation
            if weighed == "current" and self._aside_before_present(sk.text, match.start(), match.end()):
                weighed = "historical"
            if weighed == "current" and self._fronted_before_other(sk.text, frame.value, match, found):
                weighed = "historical"
            if (weighed is None and role == "current" and match.re.groupindex.get("deny") and match.group("deny")
                    and not tone.modal and not tone.future and not tone.historical
                    and re.search(r"(?<![\w'])M(?! 's)", match.group(0))):
                # "The mission is not suspended": the mission itself denied in a state, now
                yield frame.value, "denied", tone
                continue
            if weighed is None:
                continue
            value = "active" if frame.value == "continuing" else frame.value
            if (frame.come and weighed == "current" and tone.when is not None and published is not None
                    and tone.when <= published and not tone.future):
                # "the ceremony marked the formal end of NMI on 30 September" (read on 1 October): it has ended
                value = frame.come
            if frame.contrast and weighed == "current":
                yield value, "affirmed", tone  # "the mission continues, but its courses are suspended" (see Frame)
            yield value, weighed, tone

    def _local(self, match: re.Match[str]) -> bool:
        """The status's subject is narrowed to a place by a phrase the frame passes ("M 's presence in L0", "M 's
        presence in the province")."""
        ins = match.group("ins") if "ins" in match.re.groupindex else None
        return isinstance(ins, str) and self._local_phrase.match(ins) is not None

    @cached_property
    def _local_phrase(self) -> re.Pattern[str]:
        places = alternation(p.lower() for p in self.language.place_nouns)
        before = alternation(p.lower() for p in self.language.place_before)
        articles = "|".join(re.escape(a.lower()) for a in self.language.articles)
        return re.compile(rf" (?:{before or '(?!x)x'}) (?:(?:{articles}) )?(?:[a-z-]+ )?"
                          rf"(?:L\d+|(?:{places or '(?!x)x'})(?![\w'-]))")

    def _part_moves(self, text: str, match: re.Match[str]) -> bool:
        """The match's subject is a part of the mission's people ("some advisers of NMI left", "ten
        members of NMI departed"), or a unit its name opens a compound with ("de KFOR-eenheid"): they move, the
        mission stays."""
        return (self.part_opening.match(match.group(0)) is not None
                or self.part_compound.search(match.group(0)) is not None
                or self.part_before.search(text, max(0, match.start() - 30), match.start()) is not None
                or self.part_staff_before.search(text, max(0, match.start() - 60), match.start()) is not None)

    @staticmethod
    def _moved_within(sk: Skeleton, at: int) -> bool:
        """The places the clause names after ``at`` (the people a verb of moving moves) are all in the mission's country
        ("ha trasladado parte de sus asesores desde Bagdad a Erbil"): a part of its people works elsewhere in the
        country, the mission does not relocate (but "a parte de su personal a Kuwait" does)."""
        ends = [end for end in (sk.text.find(" ; ", at), sk.text.find(" . ", at), sk.text.find(" , ", at)) if end >= 0]
        clause = sk.text[at:min(ends, default=len(sk.text))]
        places = [sk.symbols[name] for name in PLACE_SYMBOL.findall(clause) if name in sk.symbols]
        # (from one of them to another: "flyttet en del af sit personel til Erbil" alone stays a relocation)
        return len(places) >= 2 and all(place.home for place in places)

    def _site_moves_home(self, sk: Skeleton, match: re.Match[str]) -> bool:
        """What the match moves is the mission's building (its headquarters, its base), to a place in the mission's
        country and none abroad ("NMI moved its headquarters from Union III to Camp Taji"): where it works changes,
        the mission does not relocate (but "moved its headquarters to Naples, Italy" does)."""
        stop = sk.text.find(" ; ", match.start())
        moved = self.site_move.search(sk.text, match.start(), stop if stop >= 0 else len(sk.text))
        if moved is None or len(sk.text[match.end():moved.start()].split()) > 4:
            return False  # (the building is the moved thing: "M moved M 's main headquarters", "moved the old base")
        places = [sk.symbols[name] for name in re.findall(r"L\d+", moved.group("to"))]
        return bool(places) and places[0].home and not any(
            not place.home and (place.known or fold(place.value) in self._homes) for place in places)

    def _national(self, text: str, match: re.Match[str]) -> bool:
        """The match's subject, up to the mission (or the match without it), is a nation's people ("the last
        Danish troops of NMI", "les militaires danois de la NMI ont quitté l'Irak")."""
        mission = re.search(r"(?<![\w'])M(?![\w'])", match.group(0))
        end = match.start() + mission.start() if mission else match.end()
        start = max(text.rfind(" , ", 0, end), text.rfind(" ; ", 0, end), match.start() - 60, 0)
        return self.national_staff.search(text, start, end) is not None

    def _contributed(self, matched: str) -> bool:
        """The status words hold another's own troops taken from the mission ("Spain withdrew its troops from
        KFOR", "España retiró sus tropas de la M"): a contributor leaves, the mission stays (the mission's own
        are "M 's troops" in a skeleton)."""
        if self._contributor is None:
            owners = trie_alternation([w.lower() for w in (*self.language.possessives, "their", "his", "her",
                                                             "leurs", "sue", "suoi", "le sue", "i suoi", "hun")],
                                      separator=" ")
            staff = trie_alternation([w.lower() for w in (*self.language.staff, "troops", "troupes", "truppe",
                                                          "troepen", "tropper", "contingent", "contingente")],
                                     separator=" ")
            self._contributor = re.compile(rf"(?<![\w'])(?:{owners}) (?:[\w-]+ ){{0,2}}?(?:{staff})(?![\w])"
                                           rf"(?: [\w'-]+){{0,3}}? (?:the |la |el |il |de |het )?M(?! 's)(?![\w])")
        return self._contributor.search(matched) is not None

    def _fronted_before_other(self, text: str, value: str, match: re.Match[str],
                              found: list[tuple[Frame, re.Match[str]]]) -> bool:
        """The match stands in a phrase of background that opens the sentence ("After a three-week freeze on its
        operations, KFOR is back in business"; not one of "since": the state may go on), and the main clause after its
        comma states another state of the mission: the background tells what came before it."""
        comma = text.find(" , ", match.end())
        if comma < 0 or text.find(" , ", 0, match.start()) >= 0:
            return False
        opening = self.background.match(text)
        if opening is None or opening.group(0).strip() in self.since:
            return False
        return any(other.value not in (value, "continuing") and other_match.start() > comma
                   for other, other_match in found)

    def _aside_before_present(self, text: str, start: int, end: int) -> bool:
        """The match stands in a relative aside whose main clause then states the present ("NMI, whose
        activities were suspended for six weeks last autumn, now trains instructors"; "la NMI, que suspendió sus
        actividades en enero, mantiene ahora 200 asesores"): the aside tells what came before."""
        opening = max((m.start() for m in self.relative_cut.finditer(text, 0, end)), default=-1)
        if opening < 0 or text.find(" , ", opening + 1, start) >= 0:
            return False
        closing = text.find(" , ", end)
        return closing >= 0 and self.present_words.search(text, closing) is not None and (
            self.cuts.search(text, end, closing) is None)

    def places(self, sk: Skeleton, published: date | None) -> Iterator[tuple[str, str, Tone]]:
        stop = self.language.place_stop
        for frame in self.candidates(self.language.place_frames, sk):
            for match in frame.pattern.finditer(sk.text, sk.lower, self.present(sk)):
                if (frame.role == "current" and stop is not None
                        and stop.search(sk.text, max(0, match.start() - 40), match.start())):
                    continue  # "suspended its work in Erbil": where the mission no longer works, for now
                if frame.role == "removed" and self._part_moves(sk.text, match):
                    continue  # "ten advisers of NMI left Baghdad for a conference": a part of the staff
                if self._national(sk.text, match) and not all(
                        sk.symbols[name].home for name in re.findall(r"L\d+", match.group("places"))):
                    # "the Italian contingent of NMI returned to Italy": a nation's people leave, not the mission (but
                    # "the Portuguese advisers of NMI will work in Baghdad" place it there)
                    continue
                # "NMI, which was set up in 2018, operates in Erbil": the aside's date is not the clause's
                skip = [match.span("ins")] if "ins" in match.re.groupindex and match.group("ins") else []
                # a seat fronted before the mission ("Based in Baghdad, NMI is no combat mission"): its tone
                # ends at its comma, whatever the main clause then says
                fronted = match.start() == 0 and sk.text.startswith(" , ", match.end())
                # a frame with a tone of its own names a place the mission holds in a noun phrase ("..., in addition
                # to its headquarters in Baghdad"): the verb's plan or wish is not that phrase's ("is considering
                # opening an office in Erbil in addition to its headquarters in Baghdad")
                tone = self.tone(sk, match.start(), match.end(), skip, published, main=True, comma=fronted,
                                 clause=not frame.own_tone)
                if frame.present:  # "the officers will work at the mission's headquarters in Baghdad": it is there now
                    tone = replace(tone, future=False)
                if tone.historical and not tone.dated_past and (self._recent_background(sk, match.start(), published)
                                                                or self._recent_back(sk, match.end())):
                    # "The talks came a month after M opened its office in L0": a move days or weeks before the main
                    # clause's, which is not history itself, leaves the mission there
                    tone = replace(tone, historical=False)
                weighed = self.weigh(frame.role, tone)
                if weighed is None:
                    continue
                asked = self._askers(sk)
                for found in re.finditer(r"L\d+", match.group("places")):
                    at = match.start("places") + found.start()
                    if any(start <= at < end for start, end in asked):
                        continue  # "opera a petición de Bagdad": who asked for the mission, no place of its work
                    if self._gone_home(sk, found.group(0)) and self._returned_to(sk, found.group(0)):
                        continue  # "its staff returned to Rome": home, no place of the mission's
                    yield frame.value.format(place=sk.symbols[found.group(0)].value), weighed, tone

    def _gone_home(self, sk: Skeleton, text: str) -> bool:
        """Every place in ``text`` (a skeleton's) is an ally's or a neighbour's capital or country the profile does
        not list ("returned to Rome", "flew back to Denmark"): where the mission's people go home to, not where it
        works."""
        places = [sk.symbols[symbol] for symbol in re.findall(r"L\d+", text)]
        return bool(places) and all(not place.known and fold(place.value) in self._homes for place in places)

    def _returned_to(self, sk: Skeleton, symbol: str) -> bool:
        """A frame of return (the resumed status's) names the place ``symbol``: "returned to Rome" (not "moved
        its staff to Amman", a relocation there)."""
        return any(re.search(rf"(?<![\w]){symbol}(?![\w])", match.group(0))
                   for frame in self.candidates(self.language.status_frames, sk) if frame.value == "resumed"
                   for match in frame.pattern.finditer(sk.text, sk.lower, self.present(sk)))

    def _askers(self, sk: Skeleton) -> list[tuple[int, int]]:
        """Where the basis frames name who asked for the mission ("at the request of L0", "à la demande
        de L0"), found once per skeleton."""
        if "askers" not in sk.memo:
            sk.memo["askers"] = [match.span(group) for frame in self.candidates(self.language.describe_frames.get(
                "basis", ()), sk) for match in frame.pattern.finditer(sk.text, sk.lower, self.present(sk))
                for group in match.re.groupindex if group.startswith("desc") and match.group(group)]
        return sk.memo["askers"]


    def clause(self, sk: Skeleton, start: int, end: int) -> str:
        """The clause of the skeleton around ``start:end``, between the cuts before and after it."""
        # a quote opens no clause of its own here: "it undertakes is \"carried out at Iraq's request\""
        # nor what a speaker added: "..., adding that the mission was requested by the Iraqi government"
        # nor what led to it after a comma: "launched NMI, following a request from the Government of Iraq"
        cuts = [cut for cut in self._cuts(sk) if cut.group(0).strip() not in _QUOTES
                and cut.group(0).strip(" ,") not in self.speech_cuts
                and not (cut.group(0).strip().startswith(",") and cut.group(0).strip(" ,") in self.language.reasons)
                # nor the time it lasts: "extended the mandate of M until the end of D1 , following a request from ..."
                and not (cut.group(0).strip(" ,") in self.language.lasting
                         and _LASTING_DATE.match(sk.text, cut.end()) is not None)]
        before = [cut.end() for cut in cuts if cut.end() <= start]
        after = [cut.start() for cut in cuts if cut.start() >= end]
        return sk.text[before[-1] if before else 0:after[0] if after else len(sk.text)]

    def descriptions(self, sk: Skeleton, published: date | None, family: str = "describe",
                     holder: re.Pattern[str] = re.compile(r"\bM\b")) -> Iterator[tuple[str, bool, Tone]]:
        """(description, negated, tone) of every frame of the family that says what the mission is
        ("M is a non-combat advisory mission", "M has no combat role": negated, the slot's negated
        words) or on what basis it works ("at the request of the Iraqi government": in a clause
        ``holder`` finds, the mission's, never "the EU mission operates at the invitation of Iraq,
        while NMI trains officers")."""
        for frame in self.candidates(self.language.describe_frames.get(family, ()), sk):
            for match in frame.pattern.finditer(sk.text, sk.lower, self.present(sk)):
                if (family != "describe" and holder.search(self.clause(sk, match.start(), match.end())) is None
                        and not self._holders_relative(sk, match.start(), holder)
                        and not self._holders_coordinated(sk, match.start(), holder)
                        and not self._holders_people(sk, match.start(), holder)
                        and not self._holders_quote(sk, match.start(), holder)):
                    continue
                # "NMI, established in 2018 at Baghdad's request, is a non-combat mission": the
                # appositive's date is not the description's
                skip = [match.span(name) for name in ("ins", "aside", "first")
                        if name in match.re.groupindex and match.group(name)]
                # what comes before the mission belongs to another clause ("Set up in 2018 at Baghdad's
                # request, NMI is a non-combat mission"); a past copula is a frame of its own
                skip.append((0, match.start()))
                if family != "describe":
                    # "M , set up at L0 's request , has no combat role": a basis in a participle aside is the aside's,
                    # what the main clause goes on to say after it (its negation, its modal) no part of its tone
                    skip += [(aside_end, len(sk.text)) for aside_start, aside_end in self._asides(sk)
                             if aside_start <= match.start() and match.end() <= aside_end]
                if (family == "describe" and self.noun_relative is not None
                        and self.noun_relative.match(sk.text, match.end())):
                    # "NMI is a non-combat mission that seeks to strengthen ...": the relative clause on the noun
                    # tells what the mission aims at or will do, its own clause, not a wish that it be so
                    after = sk.text.find(" , ", match.end())
                    skip.append((match.end(), after if after >= 0 else len(sk.text)))
                # "NMI is a non-combat mission, established in 2018": the participle after the comma
                # tells its own time, not the description's
                tone = self.tone(sk, match.start(), match.end(), skip, published, comma=family == "describe")
                if tone.modal:
                    continue
                # "M was not set up at L0 's request": what stands before the basis is out of its tone, but the
                # negation of the clause that states it denies it (not the main clause's after an aside)
                negated = tone.negated or (family != "describe" and self._denied_before(sk, match.start()))
                desc = " , ".join(text for name, text in match.groupdict().items() if name.startswith("desc") and text)
                desc = re.sub(r"\b[LP]\d+\b", lambda m: sk.symbols[m.group(0)].value, desc)  # "at L0 's request"
                desc = re.sub(r"\bM 's\b", "its", desc)  # "the request of its government"
                # "will not take part in combat": a stance the mission holds now, not a plan; "told the committee
                # that the mission had no combat role": the report's tense (its speaker's verb stands before the
                # match, out of the tone's view), no history
                reported = tone.historical and self.backshift is not None and any(
                    match.start() <= said.start("had") < match.end() for said in self.backshift.finditer(sk.text))
                historical = (tone.historical and not reported) or frame.role == "historical"
                yield desc, negated, replace(tone, negated=False, future=False, historical=historical)


    def _denied_before(self, sk: Skeleton, start: int) -> bool:
        """The clause around ``start`` is negated before it, its negation at most a few words (no comma) before
        ``start``: the verb that states what follows is denied ("M was not set up at L0 's request", "M was never
        established at the request of ...", "M n'a pas été créée à la demande de ..."; not "M , set up at L0 's
        request , has no combat role", nor "not only at the request of ...")."""
        begun = [cut.end() for cut in self._cuts(sk) if cut.end() <= start]
        stretch = self.not_negating.sub(" ", sk.text[begun[-1] if begun else 0:start])
        found = list(self.negation.finditer(stretch))
        return bool(found) and _GOVERNED.fullmatch(stretch, found[-1].end()) is not None

    def _holders_coordinated(self, sk: Skeleton, start: int, holder: re.Pattern[str]) -> bool:
        """The clause around ``start`` is a second predicate "and" joins to the clause before, with no subject of its
        own ("M was set up , and continues to operate , at the invitation of L0"): the first clause's subject holds
        it."""
        begun = [cut for cut in self._cuts(sk) if cut.end() <= start]
        while (begun and (predicate := self.and_predicates.get(begun[-1].group(0).strip(" ,"))) is not None
               and predicate.match(sk.text, begun[-1].end())):
            cut = begun.pop()
            if holder.search(sk.text, begun[-1].end() if begun else 0, cut.start()) is not None:
                return True
        return False

    @staticmethod
    def _holders_quote(sk: Skeleton, start: int, holder: re.Pattern[str]) -> bool:
        """The clause around ``start`` is in a quote that opens the sentence, and the words after the quote (its
        speaker's attribution) name the holder ("\" siamo qui su richiesta del governo , e resteremo \" , ha detto il
        comandante del M"): the speaker's "we", a second clause of the quote cut off from the attribution, is the
        holder's."""
        opened = sk.text.lstrip()
        if not opened.startswith('"'):
            return False
        first = sk.text.find('"')
        closing = sk.text.find('"', first + 1)
        return closing > start and holder.search(sk.text, closing) is not None

    def _holders_people(self, sk: Skeleton, start: int, holder: re.Pattern[str]) -> bool:
        """The clause around ``start`` is a speaker's second that-clause, its subject "they", after a first whose
        subject is the holder and which counts its people ("noted that M has N0 personnel and that they, at the request
        of L0, help ..."): the holder's people, so the holder's."""
        begun = [cut for cut in self._cuts(sk) if cut.end() <= start]
        if not begun or begun[-1].group(0).strip() != "and that" or not sk.text.startswith("they ", begun[-1].end()):
            return False
        first = sk.text.rfind("that ", 0, begun[-1].start())
        if first < 0:
            return False
        said = sk.text[first + len("that "):begun[-1].start()]
        return holder.match(said) is not None and re.search(r"\bN\d+ ", said) is not None

    def _holders_relative(self, sk: Skeleton, start: int, holder: re.Pattern[str]) -> bool:
        """The clause around ``start`` is a relative clause on the holder ("M , which was set up at the
        request of L0", "de M , die op verzoek van de iraakse regering werkt"): the holder's."""
        begun = [cut for cut in self._cuts(sk) if cut.end() <= start]
        if not begun:
            return False
        before = sk.text[:begun[-1].end()]
        pronoun = re.search(r"(?:\( [^()]{0,40} \) )?, (?P<pronoun>[\w' ]+?) ?$", before)
        if pronoun is None or pronoun.group("pronoun").strip() not in self.language.relative_pronouns:
            return False
        owner = before[:pronoun.start()].rstrip()
        if owner and holder.search(owner.split()[-1]) is not None:
            return True
        # "M is a non-combat advisory mission , which works at the request of L0", "M , its non-combat mission ,
        # which ...": the relative on the noun that says what the holder is (a describe frame's match ends at it) is
        # the holder's
        return any(match.end() == len(owner) and holder.search(match.group(0)) is not None
                   for match in self._described(sk))

    def _described(self, sk: Skeleton) -> list[re.Match[str]]:
        """The matches of the describe frames ("M is a non-combat advisory mission"), found once per skeleton."""
        if "described" not in sk.memo:
            sk.memo["described"] = [match for frame in self.candidates(self.language.describe_frames.get(
                "describe", ()), sk) for match in frame.pattern.finditer(sk.text, sk.lower, self.present(sk))]
        return sk.memo["described"]

    def foundings(self, sk: Skeleton, published: date | None) -> Iterator[tuple[str, str, Tone]]:
        """(when, role, tone): the mission was set up ("NMI, established in October 2018", "Launched
        at the Brussels Summit in July 2018, NMI ..."), on the clause's date ("October 2018", "2018")."""
        for frame in self.candidates(self.language.founding_frames, sk):
            for match in frame.pattern.finditer(sk.text, sk.lower, self.present(sk)):
                # "NMI is een niet-gevechtsmissie, opgericht in 2018": what the mission is, before its founding,
                # negates nothing of it
                skip = [match.span("aside")] if "aside" in match.re.groupindex and match.group("aside") else []
                tone = self.tone(sk, match.start(), match.end(), skip, published)
                own = self._own_date(sk, match, skip)
                if own is not None and own.when is not None and own.when != tone.when:
                    # "On 25 October, a reception marks the anniversary of M , launched in D1": the founding's own
                    # date, not the one the clause opened with
                    tone = replace(tone, when=own.when, exact=own.exact)
                if tone.when is None or (tone.since and _DATE_SYMBOL.search(match.group(0)) is None):
                    # "the mission was set up to advise": no date, no fact; "deployed in Baghdad since 2018": a state
                    # since then, no founding (not a date the founding's own words name: "Since 2018, the year of its
                    # creation")
                    continue
                # a founding is an event of its date: "Depuis 2018, date de sa création" dates it, "since" or not
                past = published is not None and tone.when < published
                role = self.weigh("current", replace(tone, future=False, historical=tone.historical or past))
                if role is not None:
                    when = tone.when
                    known = when.month > 1 or tone.exact
                    yield (f"{_MONTHS[when.month]} {when.year}" if known else str(when.year)), role, tone


    @staticmethod
    def _own_date(sk: Skeleton, match: re.Match[str], skip: list[tuple[int, int]]) -> Mention | None:
        """The one date a founding's own words name, or the phrase right after them up to its comma (not one of its
        aside's: "M , launched in D1 ,"), or None."""
        tail = _OWN_PHRASE.match(sk.text, match.end())
        end = tail.end() if tail is not None else match.end()
        found = [sk.symbols[d.group(3)] for d in _DATE_SYMBOL.finditer(sk.text, match.start(), end)
                 if d.group(3) in sk.symbols and not any(s <= d.start(3) < e for s, e in skip)]
        return found[0] if len(found) == 1 else None


# the words right after a founding's verb, up to its phrase's end: no comma, no clause joined ("launched in D1")
# ([words] phrase_joiners)
_OWN_PHRASE = re.compile(rf"(?: (?!(?:{alternation(engine_words('phrase_joiners'))}) |,|;|\.)[^ ]+){{1,12}}?"
                         r"(?= [,;.]|$)")


_MONTHS = ("", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def fact_date(tone: Tone, published: date | None) -> date | None:
    """The clause's date, unless it lies after the document's (a plan: the fact holds from the document)."""
    return tone.when if tone.when and (published is None or tone.when <= published) else published


def person_key(name: str) -> str:
    """What a person is known by across a document and the log: the surname, folded (a fact's key)."""
    return fold(name.split()[-1])


def person_fact(slot: str, name: str, role: str, tone: Tone, quote: str, published: date | None) -> Fact:
    """A person is identified by the surname of the fullest name the document gives."""
    return Fact(slot=slot, value=name, key=person_key(name), quote=quote, role=role,
                as_of=fact_date(tone, published))


def value_fact(slot: str, value: str, role: str, tone: Tone, quote: str, published: date | None) -> Fact:
    return Fact(slot=slot, value=value, key=fold(value), quote=quote, role=role, as_of=fact_date(tone, published))


def _apposed_before(post: re.Pattern[str], text: str, match: re.Match[str]) -> bool:
    """A person the match binds has ``post`` in apposition just before it."""
    groups = [g for g in (*_ROLE_GROUPS, "person") if g in match.re.groupindex and match.group(g)]
    return any(post.search(text, max(0, match.start(g) - _APPOSED_REACH), match.start(g)) is not None
               for g in groups)


# a list of posts each before its holder: one post, then a person in apposition to it ("the head of O , ")
# (a rank's words the name left may stand before the person: "the commander of O , army corps P0")
# ([words] holders_list_before and holders_list_articles)
_POST_THEN_PERSON = re.compile(rf"(?:^|[,;:] |(?<![\w'-])(?:{alternation(engine_words('holders_list_before'))}) )"
                               rf"(?:{alternation(engine_words('holders_list_articles'))}) (?:(?!P\d)[^,;:]){{1,60}} , "
                               r"(?:[a-z'-]+ ){0,2}$")
# (the next title may run into its holder's name: "P0 , the commander of M P1")
_NEXT_PERSON = re.compile(r"(?: \( [^()]{0,40} \))?(?: ,)? P\d")


# the next person of a list after one, each with its aside in brackets ("P0 ( 2066-67 ) , P1 ( 2067-68 ) and P2")
# (its "and": [words] person_and; not the one a relative clause of its own follows, [words] aside_relatives)
_LISTED_NEXT = re.compile(rf"(?: \( [^()]{{0,40}} \))?(?: , (?:(?:{alternation(engine_words('person_and'))}) )?"
                          rf"| (?:{alternation(engine_words('person_and'))}) )(P\d+)"
                          rf"(?! , (?:{alternation(engine_words('aside_relatives'))}))")


def _listed_after(text: str, at: int) -> list[str]:
    """The persons a list goes on with after the one ending at ``at``."""
    found = []
    while (listed := _LISTED_NEXT.match(text, at)) is not None:
        found.append(listed.group(1))
        at = listed.end()
    return found


# a comma then a participle's words before the one it replaces (", replacing Y", ", reemplazando así al Y")
_PARTICIPLE_CUT = re.compile(r", (?:[^,;:P ]+ ){1,4}$")


def _participle_cut(text: str, start: int, person: int) -> int | None:
    """Where the main clause ends before a participle clause of succession a match from ``start`` reads up to the
    person it replaces, at ``person`` (", replacing Y" after "X will take command of M on D0"): the comma's position,
    or None."""
    found = _PARTICIPLE_CUT.search(text, start, person)
    return found.start() if found is not None and found.start() > 0 else None


# the item of a list just before a person in apposition: its words since the last break, then the comma
_ITEM_BEFORE_PERSON = re.compile(r"(?P<item>(?:(?!P\d)[^,;:]){1,100}) , (?:[\w'-]+ ){0,2}$")


def _own_words(sk: Skeleton, match: re.Match[str], skip: list[tuple[int, int]]) -> str:
    """The match's words in lower case without those of its appositives (``skip``: their spans)."""
    words = sk.lower[match.start():match.end()]
    for start, end in sorted(skip, reverse=True):
        words = words[:start - match.start()] + " " + words[end - match.start():]
    return words


def _other_subject(text: str, start: int) -> bool:
    """The sentence opens on another actor, its subject or the owner of its subject, before ``start`` with no person
    and no mission between ("the 49th rotation of O will deploy in D0 under the command of P0", "O 's new contingent
    began service under the command of P0"): a command it tells without naming the mission's post is that actor's."""
    found = _OTHER_ACTOR.search(text, 0, start)
    return (found is not None and len(text[:found.start()].split()) <= 5 and "," not in text[:found.start()]
            and _PERSON_SYMBOL.search(text, 0, start) is None and MISSION_SYMBOL.search(text, 0, start) is None)
