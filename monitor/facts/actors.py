"""Who a name in a sentence is to a lexicon value: the one who acts, the one who spoke, the one who
receives; and which values a trigger's list still holds.

The lexicon slots (``lexicon.py``) read a value after a trigger ("advises the Ministry of
Interior"); these tell whose verb the trigger is ("EUAM Iraq, not NMI, advises ...", "NMI, together
with EUAM, advises ..."), which names are speakers rather than values (", the interior ministry
said"), and where a list of values ends ("helped the Ministry of Defence draft a plan agreed with
X": X is no object of "helped"). The words come from the language files.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from ..language import engine_words, load_language
from ..parsecache import phrase_alternation, trie_alternation
from ..profile import Profile
from ..textutil import alternation


@dataclass(frozen=True)
class Roles:
    """The language files' words that say what part a name next to them plays."""

    spoke_after: re.Pattern[str]  # "X said": X spoke
    spoke_before: re.Pattern[str]  # "according to X": X spoke
    receive: re.Pattern[str]  # "X receives advice from NMI": X is advised
    instead: re.Pattern[str]  # "not NMI", "rather than NMI": not who acts
    companion: re.Pattern[str]  # "together with EUAM" (at the end of the words before a name): not who acts
    coordination: re.Pattern[str]  # "NMI and" (at the end of the words before a name): the names act together
    origin: re.Pattern[str]  # "took over from" (at the end of the words before a name): the work comes from it


@cache
def roles() -> Roles:
    language = load_language()
    words = phrase_alternation(language.speech)
    # "the Ministry of Interior said", "a Defence Ministry spokesman told ...", not "... and said"
    # (not a passive: "X has been added to ...")
    word = r"(?!(?:and|or|but|that|which|who|it|they|he|she|been|being|be|is|are|was|were)\b)[a-z]+"
    after = rf"(?:'s)?(?:\s+(?:{word}\s+){{0,2}}?)?\s*(?:has\s+|had\s+)?(?:{words})(?![\w'])"
    # "according to the Ministry of Defence", "according to a statement from the Ministry of Defence"
    source = (r"(?:(?:a|an|the)\s+)?(?:[a-z]+\s+)?(?:statement|spokes\w+|officials?|source|sources)"
              r"\s+(?:from|of|at|for)\s+")
    before = rf"(?<![\w']){words}\s+(?:{source})?(?:the\s+|a\s+|an\s+)?(?:[A-Z]\w+\s+)?$"
    instead = rf"(?<![\w'])(?:{phrase_alternation((*language.negation, *language.instead))})(?![\w'])"
    # a contraction's ending stands inside a word: "isn't"
    instead += "".join(rf"|{re.escape(w.lower())}(?![\w'])" for w in language.negation if w.startswith("n'"))
    return Roles(re.compile(after, re.IGNORECASE), re.compile(before, re.IGNORECASE),
                 re.compile(rf"(?<![\w']){phrase_alternation(language.receive)}(?![\w'])", re.IGNORECASE),
                 re.compile(instead, re.IGNORECASE), *(_at_end(words, language.articles) for words in (
                     language.companion, language.coordination, language.origin)))


def _at_end(words: tuple[str, ...], articles: tuple[str, ...]) -> re.Pattern[str]:
    """Words that end the text before a name, an article aside ("NMI, together with the EU Advisory
    Mission", "NMI and EUAM")."""
    article = rf"(?:\s+(?:{phrase_alternation(articles)}))?" if articles else ""
    return re.compile(rf"(?<![\w']){phrase_alternation(words)}{article}\s*[,(]?\s*$", re.IGNORECASE)


def speaker(text: str, start: int, end: int) -> bool:
    """The value at ``start:end`` names who spoke: ", the interior ministry said", "according to
    the Ministry of Defence"."""
    words = roles()
    if words.spoke_after.match(text, end) is not None:
        return True
    offset = max(0, start - 40)
    before = words.spoke_before.search(text[offset:start])
    if before is not None and _MOVED_TO.match(text, end) is not None:
        return False  # "... and had added maritime security to its work": the verb's object, put where it goes
    # a speaker's verb with a name just before it has its subject there, and the name after it is its object ("NMI
    # added the Counter-Terrorism Service to its portfolio", "Iraq confirmed the Federal Police ..."), not who spoke
    return before is not None and not _named_subject(text[:offset + before.start()])


# the words that send an object somewhere ("added maritime security to its work": [words] object_moved_to)
_MOVED_TO = re.compile(rf"\s+(?:{phrase_alternation(engine_words('object_moved_to'))})\s", re.IGNORECASE)


def _named_subject(text: str) -> bool:
    """The text before a verb ends in a capitalised word, up to two lower-case words after it (its subject, an
    auxiliary, an adverb: "NATO Mission Iraq added", "NMI has also added"), with no punctuation between."""
    words = text.rstrip().split()[-3:]
    while words and words[-1].isalpha() and words[-1].islower():
        words.pop()
    return bool(words) and words[-1][:1].isupper() and words[-1][-1:].isalnum()


def subject_before(text: str, profile: Profile) -> str | None:
    """Who acts at the end of ``text``: "mission" or "other", the nearest name before it that no
    negation, companion or origin word introduces; None when no name stands there."""
    assert profile.others is not None and profile.mention is not None
    words = roles()
    names = [(m.start(), m.end(), "other") for m in profile.others_in(text)]
    names += [(m.start(), m.end(), "mission") for m in profile.mention.finditer(text)]
    ends = [end for _, end, _ in names]
    for start, _, who in sorted(names, key=lambda n: n[1], reverse=True):
        lead = _lead(text, start, ends)
        if words.instead.search(lead) or words.companion.search(lead) or words.origin.search(lead):
            continue  # "rather than EUAM", "together with EUAM", "took over from the coalition": not who acts
        if _listed_companion(text, start):
            continue  # "cooperates with UNAMI and the EU's advisory mission EUAM Iraq": a companion too
        joined = words.coordination.search(text[:start])
        # "NMI and EUAM advise ...": names joined by "and" act together, the mission with them
        if joined is not None and any(w == "mission" and abs(joined.start() - e) <= 6 for _, e, w in names):
            return "mission"
        return who
    return None


def _listed_companion(text: str, start: int) -> bool:
    """The name at ``start`` is a later item of a list a companion word opens, in the same stretch between commas
    ("NMI cooperates with UNAMI and the EU's advisory mission EUAM Iraq"): the first item, a word of coordination and a
    few words describing the name before it."""
    bound = max(text.rfind(",", 0, start), text.rfind(";", 0, start), start - 160) + 1
    return _list_after_companion().search(text, bound, start) is not None


@cache
def _list_after_companion() -> re.Pattern[str]:
    language = load_language()
    return re.compile(rf"(?<![\w']){phrase_alternation(language.companion)}\s+(?:[^\s,;]+\s+){{1,8}}?"
                      rf"(?:{phrase_alternation(language.coordination)})\s+(?:[^\s,;]+\s+){{0,4}}$", re.IGNORECASE)


def mission_negated(text: str, profile: Profile) -> bool:
    """Every naming of the mission in ``text`` is negated: "EUAM Iraq, not NMI, advises ..."."""
    assert profile.mention is not None
    words = roles()
    # ("not NMI", "rather than NMI", "rather than by NMI")
    assert profile.others is not None
    ends = [m.end() for m in profile.others_in(text)]
    return all(words.instead.search(_lead(text, m.start(), ends)) for m in profile.mention.finditer(text))


def _lead(text: str, start: int, ends: list[int]) -> str:
    """The (up to three) words right before a name at ``start``, not across a comma nor another name (``ends``: where
    the names end): "Unlike KFOR, NMI advises X" sets no contrast against the mission, "EUAM Iraq, not NMI, advises X"
    does."""
    before = text[:start]
    bound = max([before.rfind(","), before.rfind(";"), *(end - 1 for end in ends if end <= start)])
    return " ".join(before[bound + 1:].split()[-3:])


def unnegated_actors(text: str, profile: Profile) -> str:
    """``text`` without the negations that stand before an actor's name ("NMI, and not EUAM,
    mentors X": the mentoring is not negated)."""
    words = roles()
    if words.instead.search(text) is None:
        return text
    assert profile.others is not None and profile.mention is not None
    for actor in (*profile.others_in(text), *profile.mention.finditer(text)):
        lead = re.search(r"(?:\S+\s+){0,2}$", text[:actor.start()])
        if lead is not None and words.instead.search(lead.group(0)):
            text = text[:lead.start()] + " " * (actor.start() - lead.start()) + text[actor.start():]
    return text


# between two values of one list: "A, B and C", "A and, since 2024, B", "not only A but also B", "A and the
# Kurdistan Region's B" (a possessor of the next value),
# "one on A and one on B", "NCOs, military engineers and federal police" (a word that describes the next
# value: no verb, "visited", "supports", "training", nor a word that ends the list)
@cache
def _list_glue() -> re.Pattern[str]:
    """What may join two values of one list: a comma or a word of coordination of any language ("and",
    "et", "og"), then the words that may stand before the next value ("et à la", "y en", "og i": the
    language files' list_joiners, their articles)."""
    language = load_language()
    # (and the negation said again before each value: "ni A ni B", "né A né B")
    coordination = trie_alternation([w.lower() for w in (*language.coordination, *language.list_negation)
                                     if w.strip() not in ("&",)], separator=r"\s+")
    joiners = trie_alternation([w.lower() for w in language.list_joiners if not w.endswith("'")], separator=r"\s+")
    articles, elided = article_alternations()
    # a joiner elided with the next word's vowel ("all'Ufficio"), as an elided article is
    elided_joiners = alternation(w.lower() for w in language.list_joiners if w.endswith("'"))
    elided = "|".join(p for p in (elided, elided_joiners) if p)
    # (whole words: the "o" of "to" is no Spanish "or")
    # (a time the next item was added from, and a word of "also": "X, Y og siden februar også Z", "X and since
    # March also Y")
    since = trie_alternation([w.lower() for w in language.since], separator=r"\s+")
    also = also_words()
    added = rf"(?:(?:{since})\s+[\w.-]+(?:\s+\d{{4}})?\s+(?:(?:{also})\s+)?)?" if since and also else ""
    nationalities = trie_alternation(sorted(language.lower_nationalities), separator=r"\s+")
    return re.compile(rf"(?:\s+[\w-]+(?![\w-])){{0,2}}?\s*(?:,\s*(?:(?:{coordination})\s+{added})?"
                      rf"|(?<![\w'-])(?:{coordination}|&|but\s+also|plus|nor)\s+{added})"
                      # "one on A and one on B": each item of a list of courses
                      rf"(?:,?[^,;]{{1,40}},\s*)?(?:(?:one|another|a\s+second|a\s+third)\s+(?=(?:on|in)\s))?"
                      rf"(?:(?:{joiners})\s+|(?:{elided}))*"
                      rf"(?:(?:{articles}|its|their)\s+|(?:{elided}))?"
                      # a possessor of the next value ("and the Kurdistan Region's Ministry of ...", "Iraq's"; a noun
                      # in lower case after the article: "and the country's military schools")
                      rf"(?:(?:(?-i:[A-Z][\w-]*)\s+){{0,2}}(?-i:[A-Z][\w-]*)'s\s+|(?-i:[a-z][a-z-]*)['’]s\s+)?"
                      # a nationality before the next value ("and the Iraqi ...", "en de Iraakse militaire ...")
                      rf"(?:(?:Iraqi|{nationalities})\s+)?"
                      # (an owner's acronym joined to the noun: "og FN-missionen UNMIK", "en de VN-missie UNMIK")
                      # (a word that describes the next value, its letters any of the languages': "og militær logistik")
                      rf"(?:(?!(?:and|or|nor|but|to|for|from|by|of|who|which|that|is|are|was|were|be|been|has|have|"
                      rf"had|will|would|can|could|may|might|should|must|not|no)\b)(?-i:(?:[A-Z]{{2,5}}-)?[a-zà-öø-ÿ][a-zà-öø-ÿ-]*)"
                      rf"(?<![sd])(?<!ing)\s+)?"
                      # (a slash straight between two values, as the jargon writes them: "EOD/C-IED", "MoD/MoI")
                      rf"|(?<=[\w)])/"
                      rf"|\s*", re.IGNORECASE)


def listed_after(text: str, values: list[tuple[int, int]], trigger_end: int, start: int) -> bool:
    """Every value between the trigger and ``start`` is joined to the next by list words only: the
    value at ``start`` is still the trigger's object."""
    between = sorted((s, e) for s, e in values if trigger_end <= s and e <= start)
    previous = None
    # "adviseert behalve het ministerie van Defensie ook het ministerie van Binnenlandse Zaken": after the first
    # value, a word of "also" adds the next
    besides = bool(between) and _besides_before().search(text, trigger_end, between[0][0]) is not None
    for s, e in [*between, (start, start)]:
        if previous is not None and s > previous and not _glued(text, previous, s) and not (
                besides and previous == between[0][1] and _added().fullmatch(text, previous, s) is not None):
            return False
        previous = max(previous or e, e)
    return True


def unnamed_between(text: str, values: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The names of bodies the profile does not know that stand between two listed values, joined to both by list
    words ("advises the Ministry of Defence, the Office of Veterans Affairs and the Federal Police Command"): items of
    the same list, so values of it too, and the list goes on through them. A name opens with a capital and holds a
    language file's word of an organisation ("Office", "Direction", "Commando"), at most seven words, no comma."""
    ordered = sorted(values)
    found = []
    for (_, end), (start, _) in pairwise(ordered):
        if start - end > 120 or "," not in text[end:start] or _list_glue().fullmatch(text, end, start) is not None:
            continue
        name = _unnamed(text, end, start)
        if name is not None:
            found.append(name)
    return found


def _unnamed(text: str, end: int, start: int) -> tuple[int, int] | None:
    """The longest name between the value ending at ``end`` and the one at ``start`` that list words join to both."""
    for opening in _CAPITAL_WORD.finditer(text, end, start):
        if _list_glue().fullmatch(text, end, opening.start()) is None:
            continue
        for closing in reversed(list(_WORD_END.finditer(text, opening.end() - 1, start))):
            span = text[opening.start():closing.end()]
            if (_list_glue().fullmatch(text, closing.end(), start) is not None and _joins(text[closing.end():start])
                    and len(span.split()) <= 7
                    and not re.search(r"[,;:.()\d]", span) and _organisation_word(span)):
                return opening.start(), closing.end()
        return None
    return None


def _joins(gap: str) -> bool:
    """The words between two items hold a comma or a word of coordination ("and the", ", y el", " og "), not just an
    article the next item opens with."""
    return "," in gap or any(word in _lowered("coordination") for word in gap.lower().split())


def _organisation_word(name: str) -> bool:
    """The name holds a word of an organisation in any language file ("Office", "Commandement", "Kommando")."""
    return any(word.lower() in _lowered("organisation_words") for word in re.findall(r"[\w-]+", name))


@cache
def _lowered(field: str) -> frozenset[str]:
    """A word list of the language files, lower-cased once (not at each pair of items a list is read for)."""
    return frozenset(w.strip().lower() for w in getattr(load_language(), field))


_CAPITAL_WORD = re.compile(r"(?<![\w-])(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]*")  # a word that opens with a capital
_WORD_END = re.compile(r"[\w'’-](?![\w'’-])")  # the last letter of a word


@cache
def article_alternations() -> tuple[str, str]:
    """The language files' articles as two alternations: those a space follows ("the", "het", "la") and the elided
    ones ("l'", "dell'"), which the next word follows straight."""
    articles = load_language().articles
    return (trie_alternation([w.lower() for w in articles if not w.endswith("'")], separator=r"\s+"),
            alternation(w.lower() for w in articles if w.endswith("'")))


@cache
def also_words() -> str:
    """The words of "also" that add the next value ("ook", "aussi", "også"), an alternation."""
    return phrase_alternation(load_language().also)


@cache
def besides_then_article(lead: str) -> re.Pattern[str]:
    """After ``lead``, a word of "besides" and an article, ending where the value it names begins ("adviseert behalve
    het ", "Udover "); a nationality may stand between the article and the value ("naast het Iraakse ministerie van
    Defensie ook ...", "besides the Iraqi Ministry of Defence")."""
    language = load_language()
    words = trie_alternation([w.lower() for w in language.besides], separator=r"\s+")
    articles, elided = article_alternations()
    nationalities = trie_alternation(sorted(language.lower_nationalities), separator=r"\s+")
    return re.compile(rf"{lead}(?:{words})(?:\s+(?:{articles})\s+|\s+(?:{elided})|\s+)"
                      rf"(?:(?:{nationalities})\s+)?$", re.IGNORECASE)


def _besides_before() -> re.Pattern[str]:
    """A word of "besides" and an article at the end of the words before a list's first value."""
    return besides_then_article(r"(?<![\w'-])")


@cache
def _added() -> re.Pattern[str]:
    """Between the first value after "besides" and the next: a word of "also", an article, a word that describes
    the next value ("ook het Iraakse ministerie van ...", ", also the ...")."""
    articles, elided = article_alternations()
    return re.compile(rf"\s*,?\s*(?<![\w'-])(?:{also_words()})\s+(?:(?:{articles})\s+|(?:{elided}))?"
                      rf"(?:[^\W\d_][\w-]*\s+)?", re.IGNORECASE)


def _glued(text: str, end: int, start: int) -> bool:
    """The value ending at ``end`` and the one at ``start`` are of one list, or the first owns a body the second
    names in parentheses ("with the EU's civilian rule of law mission (EULEX)") or right after its possessive ("with the
    EU's EULEX mission"). A value's gloss in parentheses is of the list too ("the Ministry of Defence (MoD), the
    Ministry of Interior (MoI) and ...", "het ministerie van Defensie (MoD), het ministerie van ...")."""
    if _GLOSS_OPENS.fullmatch(text, end, start) is not None:
        return True  # "ministerie van Defensie (MoD": the value's own gloss
    gloss = _GLOSS_CLOSES.match(text, end, start)
    if gloss is not None:
        end = gloss.end()  # "(MoD), het ministerie ...", "MoD), het ministerie ...": the list goes on after it
    return (_list_glue().fullmatch(text, end, start) is not None or _OWNED_NAMED.fullmatch(text, end, start) is not None
            or POSSESSIVE.fullmatch(text, end, start) is not None
            or _OWNER_COMPOUND.fullmatch(text, end, start) is not None)


def owns_named(text: str, end: int, values: list[tuple[int, int]]) -> bool:
    """The value ending at ``end`` is the owner of a body whose own name, a value, follows in parentheses ("the EU's
    civilian rule of law mission (EULEX)", "EU's civile retsstatsmission (EULEX Kosovo)"): the owner is no value."""
    found = _OWNED_NAMED.match(text, end)
    return found is not None and any(s == found.end() for s, _ in values)


_GLOSS_OPENS = re.compile(r"\s*\(\s*")  # between a value and its gloss in parentheses
_GLOSS_CLOSES = re.compile(r"\s*(?:\([^()]{1,60}\)|\))")  # a value's gloss, or its closing parenthesis
POSSESSIVE = re.compile(r"['’]s\s+")  # "the EU's ", before what the owner has
# the owner joined to the body's noun, the body's name next ("met de EU-missie EULEX", "FN-missionen UNMIK")
_OWNER_COMPOUND = re.compile(r"-(?-i:[a-z\u00df-\u024f])[\w-]*\s+")
# a possessive, a few lower-case words, an opening parenthesis: the owner's body, named next
_OWNED_NAMED = re.compile(r"['’]s\s+(?:[^\W\d_A-Z][\w-]*\s+){1,6}\(\s*")
