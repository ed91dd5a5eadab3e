"""A change of command read from its parts, where no frame reads the sentence.

Frames read a handover one word order at a time, and real news words it in more orders than any
list of frames holds ("the ceremony of change of command of NMI between X (outgoing) and Y
(incoming)", "la entrega del mando por parte del actual comandante, X, al nuevo comandante, Y",
"Danish Army Lt Gen X relinquished command of NMI to Spanish Army Lt Gen Y"). The parts stand in
every one of them, wherever the sentence puts them:

- the handover itself: a noun ("change of command", "passation", "relevo"), or a verb of giving
  the post up ("handed over", "entregó") or of taking it ("assumed", "overtog") with the post's sign
  after it ("command", "the flag", "el testigo");
- whose post it is: the mission after the handover's noun or sign ("command of NMI", "du
  commandement de la NMI"), or the mission's possessive before it ("NMI's change of command"); a
  post of anything else ("command of the Italian contingent", "the deputy commander's handover")
  is not the mission's, and a handover that names no owner counts only in a sentence about the
  mission that names no other actor;
- for each person, what marks them as the one leaving or the one taking the post: a word before
  the name or in its aside ("the outgoing commander, X", "X (cedente)", "al nuevo comandante, Y"),
  the word that links the name to the handover ("to Y" after a giving, "from X" after a taking
  or a handover's noun paired with a "to", "between X and Y"), or the verb the person is the
  subject of ("X relinquished", "Y assumed").

A person with marks both ways, or two persons with the same mark, gives nothing. The clause's tone
then decides the roles as for a frame (frames.Reader.weigh): the one taking the post is its
current holder (future in a handover still to come, when the one leaving holds it until then).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date

from ..language import Language, alternation, engine_words
from ..parsecache import compiled
from ..textutil import substrings
from .frames import Reader, Tone
from .mentions import Skeleton

_PERSON = re.compile(r"\bP\d+\b")
_TITLE_WORDS = 3  # before a person opening a sentence: an article and a title at most ("el almirante")
_PLACE = re.compile(r"L\d+")
_OTHER = re.compile(r"(?<![\w'])O\d*\b")
_ASIDE = re.compile(r" \( ([^()]{1,60}) \)| , ([^,;:()]{1,80}?)(?: ,| \.$|$)")
# an aside that may end with its body's name in brackets (" , commandant du commandement de ... L0 ( jfc L1 ) ,")
_BODY_ASIDE = re.compile(r" , ([^,;:()]{1,80}?(?: \( [^(),;:]{1,30} \))?)(?: ,| \.$|$)")
# between a person (or their aside) and the verb they are the subject of: auxiliaries, adverbs, a time
# ([words] subject_to_verb: regular expressions)
_AUX = re.compile(rf"(?: {alternation(engine_words('subject_to_verb'))}(?![\w']))*")
# after an aside, the name it is the title of ("X , al nuevo comandante , el entonces Y")
_TITLED = re.compile(r"(?: [a-z'-]+){0,2}? P\d")
# a name's possessive and up to two words before the noun it owns ("P0 's long-delayed assumption of command")
_OWNED = re.compile(r" 's (?:[a-z-]+ ){0,2}?(?=[a-z])")
_LEAVE, _TAKE = "leave", "take"
# between a verb and the post's sign, besides articles and possessives (see HandoverParts.signs_after)
# ([words] verb_to_sign)
_LIGHT = engine_words("verb_to_sign")
_LEFT_WORDS = 6  # how many words before a person may mark it
_STOPS = re.compile(r"P\d+|M|O\d*|L\d+|[;:.\"“”()]")


def _near(text: str, cue: re.Match[str], person: re.Match[str], link: re.Pattern[str]) -> bool:
    """The link before the person follows the cue within a few words and no comma ("the handover of command of M
    by X", "la entrega del mando por parte del actual comandante, X"), not after another verb ("the rotation, led
    by X"; "took place in Baghdad, presided over by X")."""
    left = _left(text, person.start())
    found = link.search(left)
    if found is None:
        return False
    between = text[cue.end():person.start() - len(left) + found.start()]
    return " , " not in f"{between} " and between.count(" ") <= 5


def _left(text: str, start: int) -> str:
    """The words before ``start`` back to a name, the mission or a clause's end, at most _LEFT_WORDS,
    each followed by a space ("to the new commander , ")."""
    words: list[str] = []
    for word in reversed(text[max(0, start - 160):start].split()):
        if _STOPS.fullmatch(word) or len(words) == _LEFT_WORDS:
            break
        words.append(word)
    return "".join(f"{w} " for w in reversed(words))


@dataclass(frozen=True)
class Handover:
    """A person of the sentence and their part in a change of command: who it is, the role the clause gives
    them, and the clause's tone."""

    symbol: str
    role: str
    tone: Tone
    titled: bool = False  # the mark is a word of the person's title alone ("the outgoing commander, X")


def _words(phrases: tuple[str, ...]) -> str:
    """The phrases as whole words of a skeleton, longest first."""
    return rf"(?<![\w'-]){alternation([re.escape(p) for p in phrases if p])}(?![\w'-])" if phrases else r"(?!x)x"


class HandoverParts:
    """The parts of a change of command in every language (``[handover]`` of the language files)."""

    def __init__(self, reader: Reader) -> None:
        self.reader = reader
        language: Language = reader.language
        parts = language.handover_parts
        nouns = parts.get("nouns", ())
        articles = alternation([re.escape(a.lower()) for a in (*language.articles, *language.rank_determiners) if a])
        signs = parts.get("signs", ())
        self.nouns = compiled(_words(nouns))
        relatives = alternation([re.escape(w) for w in language.relative_pronouns if w])
        # a relative clause on a person, open up to a point: "chefen for M , den P0 , der overtog kommandoen"
        self.holder_relative = compiled(rf"(?P<person>P\d+) , (?:{relatives}) (?:[^,;.()]* )?$") if relatives else None
        self.signs = compiled(_words(signs))
        self.give = compiled(_words(parts.get("give", ())))
        self.take = compiled(_words(parts.get("take", ())))
        # a verb-second language's finite verbs, after which the subject stands ("Op 24 mei nam P0 het commando over")
        self.inverted = compiled(_words(parts.get("inverted", ())))
        # ... and the subject after it ("nam P0 het commando", "nam de P0 het commando", "overtog P0 ledelsen"), or a
        # description of the subject with its name in apposition ("overdrog den danske styrkechef , P0 , kommandoen",
        # "overdrog chefen for M , P0 , kommandoen"), not one of a unit's or a part's head ("den danske kontingentchef")
        stems = alternation([re.escape(w.lower()) for w in (*language.parts, *language.units) if len(w) >= 5])
        described = rf"(?!\S*(?:{stems}))(?:[a-zà-ÿæøå'-]+|M)" if stems else r"(?:[a-zà-ÿæøå'-]+|M)"
        # ... and after it what the subject did it as ("overtog P0 som den første dansker ledelsen"): up to the sign
        as_words = alternation([re.escape(w.lower()) for w in parts.get("as", ()) if w])
        as_phrase = (rf"(?: (?:{as_words})(?: [a-zà-ÿæøå'-]+){{1,3}}?(?= (?:{_words(parts.get('signs', ()))})))?"
                     if as_words else "")
        self.inverted_subject = compiled(rf"(?: (?:{articles}))?(?P<desc>(?: {described}){{1,4}} ,)?"
                                         rf" (?P<subject>P\d+)(?(desc) ,){as_phrase}")
        self.cue = compiled(_words((*nouns, *parts.get("give", ()), *parts.get("take", ()))))
        # a change's noun after a name's possessive ("P0 's assumption of command"): that name takes or leaves the post
        self.owned_take = compiled(_words(parts.get("owned_take", ())))
        self.owned_give = compiled(_words(parts.get("owned_give", ())))
        self.put_off = compiled(_words(parts.get("put_off", ())))  # "the handover ... has been delayed"
        self.leaving = compiled(_words(parts.get("leaving", ())))
        self.taking = compiled(_words(parts.get("taking", ())))
        # the other posts' nouns ("senior civilian representative"): a handover in a sentence naming one is of it
        others = language.posts["command"].other_heads if "command" in language.posts else ()
        self.other_heads = compiled(rf"(?<![\w'-]){alternation(sorted({h.split('(')[0] for h in others if h}))}"
                                      rf"(?![\w'-])" if others else r"(?!x)x")
        # "as" another post than those read ("took up his post as chief of staff of M")
        as_words = alternation([re.escape(w) for w in parts.get("as", ()) if w])
        self.as_words = compiled(as_words or r"(?!x)x")
        side, other_posts = reader._sides, reader._others  # (the alternations the frames' post tests use)
        # a post no slot reads, or a side post, owning what changes hands ("handed the duties of chief of staff to Y")
        self.other_post = compiled(rf"(?:(?:{articles}) )?(?:[a-z'-]+ )?(?:{other_posts}|(?:{side})[ -]?[a-z'-]+)"
                                     rf"(?![\w'-])")
        self.as_other = compiled(rf"(?<![\w'-])(?:{as_words}) (?:(?:{articles}) )?(?:[a-z'-]+ ){{0,2}}?"
                                   rf"(?:{other_posts}|{side})(?![\w'-])" if as_words else r"(?!x)x")
        # a mark just before the name, or on the post's noun just before it ("outgoing Y", "the new commander , Y",
        # "il comandante cedente , Y"), not on another noun ("as a result of the new mandate , Y")
        heads = reader._heads
        # after the title's comma, the name's article and a word of its time ("al nuevo comandante , el entonces Y")
        titled = rf"(?:, (?:(?:{articles}) (?:[a-z'-]+ )?)?)?"
        # ... whose word of time is the title's, not the clause's ("el entonces Y": no history)
        self.title_time = compiled(rf", (?:{articles}) ([a-z'-]+) (?=P\d)")
        self.head = compiled(rf"(?:{heads})(?![\w'-])")  # "assumed the post of commander of M"
        self.head_word = compiled(rf"(?<![\w'-])(?:{heads})(?![\w'-])")
        # a post of another body in the title's own style, the body's name right after the post's noun, in a person's
        # aside (" , commander allied joint force command L0 ,"), or another actor the profile names (" , commander of
        # allied O ,")
        bodies = alternation([re.escape(w.lower()) for w in language.organisation_words if w])
        self.body_post = compiled(rf" , (?:(?:{articles}) )?(?:[a-z'-]+ ){{0,2}}?(?:{heads}) (?:[a-z'-]+ ){{0,3}}?"
                                  rf"(?:{bodies}|O\d*)(?![\w'-])")
        # right after the sign, another body named as the place of the post ("took over the reins at the iraqi ministry
        # of defence", "took the top job within iraq 's joint operations command"): that body's post
        self.at_body = compiled(rf"(?: over)? (?:at|within) (?:(?:{articles}) )?(?:(?!M |of |head )[a-z'-]+ ){{0,3}}?"
                                rf"(?:{bodies})(?![\w'-])")
        self.left_leaving, self.left_taking = (
            compiled(rf"{marks}(?: (?:[a-z'-]+ ){{0,2}}?(?:{heads}))? {titled}$|(?:{heads}) {marks} {titled}$")
            for marks in (self.leaving.pattern, self.taking.pattern))
        links = {part: alternation([re.escape(p) for p in parts.get(part, ()) if p])
                 for part in ("to", "from", "by", "between", "and")}
        # the words that link a name to the handover, at the head of what stands before it ("to the new
        # commander ,", "al nuevo comandante ,", "tra il", "to spanish army"): the link, then up to four words
        # (and a second noun for the same person: "to my successor and good friend Y", "à mon successeur et ami Y")
        also = rf"(?:(?:{links['and']}) (?:[a-z'-]+ ){{1,2}}?)?" if links.get("and") else ""
        self.link = {part: compiled(rf"(?:^|(?<= )){words} (?:[a-z'-]+ ){{0,4}}?{also}{titled}$|(?:^|(?<= )){words} $")
                     for part, words in links.items() if words}
        # before a link, going through the person, not from them ("ha asumido el mando de la M a través de la figura del
        # P0", "a pris le commandement par l'intermédiaire du P0": the nation takes it in the person of its general)
        self.means = compiled(_words(parts.get("means", ())))
        # words that link a name to the handover, never a post's owner ("droeg het commando over aan Y")
        self.link_words = frozenset(w for part in ("to", "from", "by", "between", "and") for w in parts.get(part, ()))
        # (a link of several words: "la bandiera della nato dalle mani del P1", "de manos del")
        self.link_phrases = tuple(f"{w} " for w in self.link_words if " " in w)
        # a post's owner after the handover's noun or sign: "of M", "de la M", "della M", "over M"
        owners = alternation([re.escape(w) for w in ("of", "of the", "over", "de", "du", "des", "de la", "del", "della",
                                                     "dello", "dei", "di", "van", "van de", "van het", "af")])
        # (an elided article joins the owner: "del cambio del comando dell'Italian National Contingent Command")
        # (past the owner's size as a compound, an adjective before it: "took over command of the enhanced
        # 2,400-member-strong M")
        # (past the event it is held as, and the rotations it is between: "the transfer of authority ceremony between
        # the 12th and 13th rotation of the lithuanian contingent")
        events = alternation([re.escape(w) for w in parts.get("events", ()) if w])
        between = alternation([re.escape(w) for w in parts.get("between", ()) if w])
        held = rf"(?: (?:{events}))?" if events else ""
        if between:
            held += rf"(?: (?:{between}) (?:(?!P\d)[^,;]){{1,40}}?(?= (?:{owners}) ))?"
        self.owned = compiled(rf"{held} (?:(?:{owners}) (?:(?:{articles}) )?|(?:dell'|de l'|d'))"
                              rf"(?:(?:[a-z-]+ )?N\d+ - (?:[a-z]+-)?strong )?(?P<owner>[^\s']\S*)")
        # the post given up or taken named after the verb as the mission's ("handed over as commander M to Y")
        # (a word of the post's time before its noun: "handed over to Y as the new commander of M")
        mods = alternation([re.escape(w) for w in language.modifiers if w])
        self.as_mission = compiled(rf" (?:{as_words}) (?:(?:{articles}) )?(?:(?:{mods}) )?(?:{heads})"
                                   rf"(?: (?:{owners}))? (?:(?:{articles}) )?M(?! 's)(?![\w'-])"
                                   if as_words else r"(?!x)x")
        self.possessor = compiled(r"(?P<owner>\S+) 's (?:[a-z-]+ )?$")
        # after a verb of giving, the one it goes to ("handed over to the new commander , Y")
        self.given_to = compiled(rf" (?:over )?(?:{links['to']}) (?:[a-z'-]+ ){{0,4}}?{also}(?:, )?P\d")
        # after a verb of taking, the one it comes from ("took over from the outgoing commander , Y")
        self.taken_from = compiled(rf" (?:over )?(?:{links['from']}) (?:[a-z'-]+ ){{0,4}}?{also}(?:, )?P\d")
        # before the handover's noun or sign, a part of the mission or a unit ("the Italian contingent command")
        units = alternation([re.escape(w) for w in (*language.parts, *language.units) if w])
        self.unit = compiled(rf"(?<![\w'-])(?:{units})(?![\w'-])")
        # a unit heading the owner's words ("the Danish contingent", "the italian national contingent")
        self.owner_unit = compiled(rf"(?:[a-z'-]+ ){{0,2}}?(?:{units})(?![\w'-])")
        # a sentence that opens on a unit as its subject ("The Spanish contingent of M changed commanders when ...")
        self.unit_subject = compiled(rf"(?:the |a |an |{articles} )?(?:[a-z'-]+ ){{0,2}}?(?:{units})(?![\w'-])")
        buildings = alternation([re.escape(w.lower()) for w in language.buildings if w])
        self.building = compiled(rf"(?:[a-z'-]+ )?(?:{buildings})(?![\w'-])")
        self.unit_ending = compiled(rf"(?<![\w'-])(?:{units})$")
        self.unit_before = compiled(rf"(?<![\w'-])(?:{units})(?:'s| 's)? (?:[a-z'-]+ )?$")
        # the mission's people, a count of them at most before ("command of M 's N0 peacekeepers", "of M 's troops"):
        # whoever commands them commands the mission
        people = alternation([re.escape(w.lower()) for w in language.staff if w])
        self.own_people = compiled(rf"(?:N\d+ )?(?:{people})(?![\w'-])" if people else r"(?!x)x")
        # after a verb, the post's sign as its object: only articles, possessives, "over" and a time between ("took
        # over command", "overtog i dag kommandoen"), not other words ("took over Regional Command North": a name)
        light = alternation([re.escape(w.lower()) for w in (*language.articles, *language.possessives, *_LIGHT,
                                                             *language.weekdays, *language.day_parts) if w])
        # (a noun's possessive too: "handed the unit's flag to Y", whose owner then says whose post it is)
        self.signs_after = compiled(rf"(?: (?:{light}|M 's|M_*|D\d+|[a-z-]+'s)(?![\w'-]))*? (?:{self.signs.pattern})")
        # a verb of taking whose object is a part of the mission, named ("takes over rc-w of M", "took over the
        # battle group of M"): the post of that part changes hands (see _object_of_mission)
        self.taken_object = compiled(rf"(?:{self.take.pattern}) (?P<object>(?:[a-z'-]+ ){{1,3}}?)(?:of|of the) "
                                       rf"M(?! 's)(?![\w'-])")
        self.object_opening = compiled(rf"(?:(?:{light}) )*(?P<head>[a-z'-]+)")
        # the head of a unit named, its owner after it or before it ("a new commander of the Dutch detachment", "the
        # commander of its Spanish training unit", "the Italian contingent's new commander", "the Dutch detachment
        # commander")
        self.unit_words = tuple(w.lower() for w in (*language.parts, *language.units) if w)
        # (whether one of them stands in a skeleton, in one scan: a substring test per word, a hundred and more, was
        # asked of every sentence about the mission)
        self.unit_test = substrings(self.unit_words)
        unit_words = alternation([re.escape(w) for w in self.unit_words])
        self.unit_head = compiled(
            rf"(?<![\w'-])(?:{heads}) (?:{owners}) (?:(?:{articles}) |M 's )?(?:[a-z'-]+ ){{0,2}}?"
            rf"(?:{unit_words})(?![\w'-])"
            rf"|(?<![\w'-])(?:{unit_words})(?:'s| 's)? (?:[a-z'-]+ )?(?:{heads})(?![\w'-])")

    # -- the handover and its owner ---------------------------------------------------------

    def _cues(self, sk: Skeleton, parent: re.Pattern[str] | None = None) -> list[re.Match[str]]:
        """The handover's nouns, and its verbs that have the post's sign (or the mission) after them; ``parent``:
        the parent organisation, whose name may stand before the sign as the mission's does ("passed the NATO
        flag to Y"). Found once per skeleton: a sentence asks for them for the veto and for the reading."""
        key = "handover_cues"  # (the parent is the profile's: one per document, as the skeleton is)
        if key not in sk.memo:
            sk.memo[key] = self._find_cues(sk.text, parent)
        cues: list[re.Match[str]] = sk.memo[key]
        return cues

    def _find_cues(self, text: str, parent: re.Pattern[str] | None) -> list[re.Match[str]]:
        probe: str | None = None  # the text with the parent's name as the mission's (only a verb needs it)
        cues = []
        for match in self.cue.finditer(text):
            word = match.group(0)
            if not self.nouns.fullmatch(word) and probe is None:
                probe = parent.sub(lambda m: "M" + "_" * (len(m.group(0)) - 1), text) if parent is not None else text
            # (the parent's name joined to the sign in a compound, "NATO-flaget", is the sign in the text itself)
            if (self.nouns.fullmatch(word) or self.signs_after.match(probe or text, match.end())
                    or (probe is not text and self.signs_after.match(text, match.end()))
                    or (word.endswith(" over") and text.startswith(" M", match.end()))):
                cues.append(match)
            elif (self.inverted.fullmatch(word) and (subject := self.inverted_subject.match(text, match.end()))
                  and (self.signs_after.match(probe or text, subject.end())
                       or (probe is not text and self.signs_after.match(text, subject.end())))):
                cues.append(match)  # "Mandag overtog P0 ledelsen af M": the subject between the verb and the sign
            elif not self.nouns.fullmatch(word) and self.as_mission.match(text, match.end()):
                cues.append(match)  # "handed over as commander M to Y"
            elif self.give.fullmatch(word) and self.given_to.match(text, match.end()):
                cues.append(match)
            elif self.take.fullmatch(word) and self.taken_from.match(text, match.end()):
                cues.append(match)  # "takes over from outgoing Lt Gen Y as the new head of M"
        return cues

    def _owner(self, sk: Skeleton, cues: list[re.Match[str]], about: bool, parent: re.Pattern[str] | None) -> str:
        """Whose post changes hands (see the module's docstring): "mission"; "other" when the sentence ties the
        handover to another actor, a unit or any other owner than the mission ("command of M 's advisory team",
        "the Italian contingent's change of command", "The Spanish contingent of M changed commanders when ...",
        "took command of NATO Rapid Deployable Corps"); "" when it names none in a sentence not about the mission.
        ``parent``: the mission's parent organisation, whose flag is passed at the mission's handovers ("la
        bandiera della NATO tra X e Y"), not a body of its own ("NATO Rapid Deployable Corps")."""
        key = f"handover_owner {about}"
        if key not in sk.memo:
            sk.memo[key] = self._find_owner(sk.text, cues, about, parent)
        owner: str = sk.memo[key]
        return owner

    def tied_to_mission(self, sk: Skeleton, parent: re.Pattern[str] | None = None) -> bool:
        """The sentence ties the handover it tells to the mission in its own words ("the handover of M", "M 's change
        of command", "the M flag"), not only by naming the mission elsewhere ("As an M note reported, the handover
        took place between X and Y")."""
        cues = self._cues(sk, parent)
        return bool(cues) and self._find_owner(sk.text, cues, False, parent, fallback=False) == "mission"

    def _find_owner(self, text: str, cues: list[re.Match[str]], about: bool, parent: re.Pattern[str] | None,
                    fallback: bool = True) -> str:
        mission = other = stated = False
        # each of two handovers told with its own owner after its sign ("X took command of M on the day Y assumed
        # command of O"): the mission's is told too
        owned_mission = owned_other = False
        # (a verb-second language's verb with its subject after it owns nothing there: "droeg de spaanse commandant ,
        # P0 , het commando over", the Dutch article no French "de")
        spans = [*((m.start(), m.end(), self._inverted_subject(text, m) is not None) for m in cues),
                 *((*m.span(), False) for m in self.signs.finditer(text)
                   # (not the last word of a unit's name: "seat of M 's regional command west , P0 handed the direction
                   # of the administrative centre to P1")
                   if self.unit_ending.search(text, max(0, m.start() - 40), m.end()) is None)]
        for start, end, inverted in spans:
            if self.as_mission.match(text, end):
                mission = True  # "handed over as commander M to Y", "handed over as the commander of M to Y"
                continue
            if self._as_mission_after_person(text, end):
                mission = True  # "handed over to Y as commander of M", "took over from Y as the new head of M"
                continue
            if not inverted and self.at_body.match(text, end):
                other = True
                continue
            after = None if inverted else self.owned.match(text, end)
            if after is not None:
                owner, at = after.group("owner"), after.start("owner")
                if owner == "M" and text.startswith(" 's", after.end()):
                    # "the handover of M 's command" (its post), "command of M 's N0 peacekeepers" (its people);
                    # "command of M 's regional command west" (a unit)
                    # (not "at M 's headquarters": a place)
                    if self.signs.match(text, after.end() + 4) or self.own_people.match(text, after.end() + 4):
                        mission = True
                    elif not self.building.match(text, after.end() + 4):
                        other = True
                elif owner == "M":
                    mission = owned_mission = True
                elif self.owner_unit.match(text, at) or self.other_post.match(text, at):
                    other = True  # "al comando del contingente italiano", "command of the Danish contingent"
                elif _OTHER.fullmatch(owner):
                    owned_other = True
                elif not (self.signs.match(text, at) or self.nouns.match(text, at) or self.head.match(text, at)
                          or owner.startswith(("P", "D", "L"))
                          or owner in self.link_words or self._parent_alone(text, at, parent)):
                    stated = True
            if self.unit_before.search(text, max(0, start - 60), start):
                other = True
            before = self.possessor.search(text, 0, start)
            if before is not None:
                if before.group("owner") == "M":
                    mission = True
                elif _OTHER.fullmatch(before.group("owner")) or self.unit.fullmatch(before.group("owner")):
                    other = True
                elif not (self._parent_alone(text, before.start("owner"), parent)
                          or _PLACE.fullmatch(before.group("owner"))
                          # (a person's own part in the change: "P0 's assumption of command", no post of theirs)
                          or (_PERSON.fullmatch(before.group("owner")) is not None
                              and (self.owned_take.match(text, start) or self.owned_give.match(text, start)))):
                    # (a country's turn is no post of its own: "France's leadership will follow that of X")
                    stated = True
            elif text.endswith("M ", 0, start):  # "the M flag", "the M change of command"
                mission = True
        if owned_other and not (owned_mission and not other and not stated):
            other = True
        if other or self.unit_subject.match(text) or (not mission and (stated or self._part_taken(text))):
            # (an owner named that is not the mission: "the passing of command between X and Y, who takes over the
            # leadership of RC-W")
            return "other"
        if mission:
            return "mission"
        # no owner said: the mission's, in a sentence that names it or is about it, and names no other actor nor
        # a unit ("X, who has led the contingent since May, handed command to Y")
        if (fallback and not stated and self.unit.search(text) is None and (about or " M" in f" {text}")
                and _OTHER.search(text) is None):
            return "mission"
        return ""

    def _as_mission_after_person(self, text: str, end: int) -> bool:
        """After a verb of giving or taking that ends at ``end``, the one it links names the post as the
        mission's after the name ("handed over to P1 as commander of M", "took over from P0 as the new head of M")."""
        for linked in (self.given_to, self.taken_from):
            found = linked.match(text, end)
            if found is not None:
                person = _PERSON.match(text, found.end() - 2)
                if person is not None and self.as_mission.match(text, person.end()):
                    return True
        return False

    def _part_taken(self, text: str) -> bool:
        """A verb of taking has a part of the mission as its object, named before "of M" with no sign nor noun of the
        post nor a link ("X, who takes over rc-w of M"; not "took over command of M", "took over at the head of M",
        "took over from the commander of M")."""
        for found in self.taken_object.finditer(text):
            taken = found.group("object")
            opening = self.object_opening.match(taken)
            word = opening.group("head") if opening is not None else ""
            if not (self.signs.search(taken) or self.head_word.search(taken) or word in self.link_words
                    or self.as_words.fullmatch(word)):
                return True  # (not "took over at the head of M": a post's word in it)
        return False

    def _parent_alone(self, text: str, at: int, parent: re.Pattern[str] | None) -> bool:
        """The parent organisation's name stands at ``at`` alone, not heading a body's name ("la bandiera della
        nato tra", "... della nato dalle mani del", not "nato rapid deployable corps")."""
        found = parent.match(text, at) if parent is not None else None
        if found is None:
            return False
        rest = text[found.end():].split(" ", 2)
        follower = rest[1] if len(rest) > 1 else ""
        return (not follower or not follower[0].isalpha() or follower in self.link_words or follower == "'s"
                or text.startswith(self.link_phrases, found.end() + 1))

    def names_mission_post(self, sk: Skeleton) -> bool:
        """The sentence names the mission's command by a sign of the post the mission owns ("France will assume
        command of NMI", "NMI's leadership passes to Spain"), whoever takes it."""
        for sign in self.signs.finditer(sk.text):
            owner = self.owned.match(sk.text, sign.end())
            before = self.possessor.search(sk.text, max(0, sign.start() - 40), sign.start())
            if any(found is not None and found.group("owner") == "M" for found in (owner, before)):
                return True
        return False

    def sign_before_person(self, sk: Skeleton) -> bool:
        """A sign of the post stands before the sentence's first person ("France's leadership will follow that
        of X, who ...")."""
        first = _PERSON.search(sk.text)
        return first is not None and self.signs.search(sk.text, 0, first.start()) is not None

    def told_of_titled(self, sk: Skeleton, names: frozenset[str], parent: re.Pattern[str] | None = None) -> bool:
        """Every handover the sentence tells stands in a relative clause on one of ``names`` (persons a title placed in
        the mission's command): how the holder came to the post the title names ("the KFOR commander, Maj Gen X, who
        took over command in October"; "chefen for KFOR, generalmajor X, der overtog kommandoen i oktober")."""
        cues = self._cues(sk, parent)
        if not cues or self.holder_relative is None:
            return False
        for cue in cues:
            holder = self.holder_relative.search(sk.text, 0, cue.start())
            if holder is None or sk.symbols[holder.group("person")].value not in names:
                return False
        return True

    def cued(self, sk: Skeleton, parent: re.Pattern[str] | None = None) -> bool:
        """The sentence tells a handover (a noun of one, or a verb of giving or taking a post's sign)."""
        return "P" in sk.text and bool(self._cues(sk, parent))

    def told_as_noun(self, sk: Skeleton, parent: re.Pattern[str] | None = None) -> bool:
        """The sentence tells a handover with a noun of one before its first person, and no possessive there ("la
        entrega del mando por parte del actual comandante, X, al nuevo comandante, Y"; not "Iraq's new army chief,
        X, took over from Y")."""
        first = _PERSON.search(sk.text)
        return (first is not None and " 's " not in sk.text[:first.start()]
                and any(self.nouns.fullmatch(c.group(0)) and c.end() <= first.start() for c in self._cues(sk, parent)))

    def told_before_person(self, sk: Skeleton, parent: re.Pattern[str] | None = None) -> bool:
        """The sentence tells a handover before its first person, by a noun of one (see told_as_noun) or by a verb
        of a verb-second language whose subject that person is, described before the name ("Under en ceremoni i
        Bagdad overdrog den danske styrkechef, generalløjtnant X, kommandoen til Y"): the handover's parts tell
        whose post it is, not the description."""
        first = _PERSON.search(sk.text)
        return first is not None and (self.told_as_noun(sk, parent) or any(
            self._inverted_subject(sk.text, c) == first.start() for c in self._cues(sk, parent)))

    def still_to_come(self, sk: Skeleton, published: date | None, parent: re.Pattern[str] | None = None) -> bool:
        """The sentence tells a handover by its noun in a clause of the future in words ("X will mark the handover of
        command tomorrow"), no wish nor denial: a title that places someone in the post ("the new commander of M, X")
        anticipates it."""
        for cue in self._cues(sk, parent):
            if self.nouns.fullmatch(cue.group(0)):
                tone = self.reader.tone(sk, cue.start(), cue.end(), [], published, comma=True)
                if tone.foretold and not (tone.modal or tone.negated or tone.historical):
                    return True
        return False

    def names_unit_head(self, sk: Skeleton) -> bool:
        """The sentence names the head of a unit ("KFOR welcomed a new commander of the Dutch detachment"): told
        before a sentence that names neither the mission nor an owner, the change that one tells is of that post
        ("Colonel X took command on Monday")."""
        return self.unit_test.search(sk.text) is not None and self.unit_head.search(sk.text) is not None

    def of_another_post(self, sk: Skeleton, about: bool, parent: re.Pattern[str] | None = None) -> bool:
        """The sentence tells a handover of another post than the mission's command ("the Italian contingent's
        change of command", "command of M 's advisory team in L0 passed from X to Y"): whoever it names takes
        or leaves that post. (A sentence that names nobody may tell it: the next one's handover is then of it.)"""
        cues = self._cues(sk, parent)
        return bool(cues) and self._owner(sk, cues, about, parent) == "other"

    # -- each person's part -------------------------------------------------------------------

    def _marks(self, text: str, person: re.Match[str], cues: list[re.Match[str]],
               persons: list[re.Match[str]]) -> tuple[set[str], bool]:
        """The marks of the person (leaving, taking), and whether they come from a title alone."""
        marks: set[str] = set()  # from the words that link the name to the handover, or its verb
        worded: set[str] = set()  # from a word of the name's title ("the outgoing commander, X", "X (cedente)")
        left = _left(text, person.start())
        if self.left_leaving.search(left):
            worded.add(_LEAVE)
        if self.left_taking.search(left):
            worded.add(_TAKE)
        cue_before = [c for c in cues if c.end() <= person.start()]
        gives = any(self.give.fullmatch(c.group(0)) for c in cue_before)
        takes = any(self.take.fullmatch(c.group(0)) for c in cue_before)
        noun = any(self.nouns.fullmatch(c.group(0)) for c in cue_before)
        paired_to = any(self._linked(text, other, "to") for other in persons if other.start() > person.start())
        # the subject of a verb before it ("nam de P0 het commando"): its article is no link ("de" is "from" in French)
        inverted = any(self._inverted_subject(text, c) == person.start() for c in cue_before)
        if cue_before and not inverted:
            if self._linked(text, person, "to") and (gives or noun):
                marks.add(_TAKE)
            if self._linked(text, person, "from") and (takes or (noun and paired_to) or (gives and paired_to)):
                marks.add(_LEAVE)
            if self._linked(text, person, "by") and _near(text, cue_before[-1], person, self.link["by"]):
                marks.add(_TAKE if takes and not gives else _LEAVE)
            if self._linked(text, person, "between") and any(
                    self._linked(text, other, "and") for other in persons if other.start() > person.start()):
                marks.add(_LEAVE)
            if self._linked(text, person, "and") and any(
                    self._linked(text, other, "between") for other in persons if other.start() < person.start()):
                marks.add(_TAKE)
        # the aside after the name ("X ( cedente )", "X , the outgoing commander ,"), then the verb it is the subject of
        end = person.end()
        for _ in range(2):  # (a caption's place, then the title: "X ( center ) , incoming commander , receives")
            aside = _ASIDE.match(text, end)
            if aside is None or _TITLED.match(text, aside.end()):
                break  # "X , al nuevo comandante , Y": the aside is the next one's title
            said = aside.group(1) or aside.group(2) or ""
            if self.leaving.search(said):
                worded.add(_LEAVE)
            if self.taking.search(said):
                worded.add(_TAKE)
            end = aside.end()
            if aside.group(1) is None:
                break
        owned = _OWNED.match(text, person.end())  # "P0 's assumption of command", "P0 's planned handover to P1"
        if owned is not None:
            if self.owned_take.match(text, owned.end()):
                marks.add(_TAKE)
            elif self.owned_give.match(text, owned.end()):
                marks.add(_LEAVE)
        auxiliaries = _AUX.match(text, end)  # (it matches nothing at worst)
        verb_at = auxiliaries.end() if auxiliaries is not None else end
        for cue in cues:
            # (or the verb just before it, where the subject follows it: "Op 24 mei nam P0 het commando over")
            if cue.start() == verb_at + 1 or self._inverted_subject(text, cue) == person.start():
                if self.give.fullmatch(cue.group(0)):
                    marks.add(_LEAVE)
                elif self.take.fullmatch(cue.group(0)):
                    marks.add(_TAKE)
        return marks | worded, not marks

    def _inverted_subject(self, text: str, cue: re.Match[str]) -> int | None:
        """Where the subject stands right after a verb-second language's verb ("Op 24 mei nam de P0 het commando
        over"), if it does."""
        subject = self.inverted_subject.match(text, cue.end()) if self.inverted.fullmatch(cue.group(0)) else None
        return subject.start("subject") if subject is not None else None

    def _elsewhere(self, text: str, person: re.Match[str]) -> bool:
        """The aside after the person gives them another post than the mission's command ("X , commander of
        the Estonian contingent in M ,", "Y ( deputy commander )")."""
        aside = _ASIDE.match(text, person.end())
        return aside is not None and self.reader._other_posts.search(aside.group(0)) is not None

    def _subject_elsewhere(self, text: str, person: re.Match[str], cues: list[re.Match[str]]) -> bool:
        """The first person's own clause, up to the handover's first word after them (past their aside), places them
        in a post no slot reads or a side post ("X is the new chief of staff of M, having taken over the duty from Y";
        "X became deputy commander on Monday, taking over from Y"): the handover is of that post."""
        after = [cue for cue in cues if cue.start() >= person.end()]
        if not after:
            return False
        clause = text[person.end():after[0].start()]
        if clause.startswith(" , ") and " , " in clause[3:]:
            clause = clause[clause.index(" , ", 3) + 3:]  # the subject's own aside ("X, once deputy commander, ...")
        reader = self.reader
        return (_PERSON.search(clause) is None
                and (reader._side.search(clause) is not None or reader._other_words.search(clause) is not None))

    def _presiding(self, text: str, person: re.Match[str]) -> bool:
        """The person the post's sign comes from holds a post of another body (not of the mission nor of a unit), said
        in their aside ("receives the flag from X , commander of allied O ,"): the superior who passes it at the
        ceremony, no party to the handover (also "from X , commander allied joint force command L0 ,": the body's
        name right after the post)."""
        aside = _ASIDE.match(text, person.end())
        return (aside is not None and " M" not in aside.group(0) and self.unit.search(aside.group(0)) is None
                and (self._elsewhere(text, person) or self.body_post.match(text, person.end()) is not None)
                and (self._linked(text, person, "from") or self._linked(text, person, "by")))

    def presiders(self, text: str) -> list[str]:
        """The persons (their symbols) whose aside places them in a post of another body, the body's name right after
        the post, not the mission's nor a unit's ("Adm X , commander of allied joint force command L0 ,")."""
        found = []
        for person in _PERSON.finditer(text):
            aside = _BODY_ASIDE.match(text, person.end())
            if (aside is not None and " M" not in aside.group(0) and self.unit.search(aside.group(0)) is None
                    and self.body_post.match(text, person.end()) is not None):
                found.append(person.group(0))
        return found

    def from_presider(self, text: str, symbol: str) -> bool:  # (see _Held.presiders)
        """The person ``symbol`` stands with no aside of their own, the post's sign coming from them ("receives the
        flag from Adm X")."""
        person = re.search(rf"\b{re.escape(symbol)}\b", text)
        # (or the subject that opens the sentence or a caption after its label, a title before it at most, giving the
        # sign to another: "Adm X hands the NATO flag to Gen Y", "Pie de foto: El almirante X entrega la bandera ...")
        return (person is not None and _ASIDE.match(text, person.end()) is None
                and (self._linked(text, person, "from") or self._linked(text, person, "by")
                     or (_PERSON.search(text, 0, person.start()) is None
                         and len(text[:person.start()].rpartition(" : ")[2].split()) <= _TITLE_WORDS
                         and _PERSON.search(text, person.end()) is not None)))

    def _linked(self, text: str, person: re.Match[str], part: str) -> bool:
        """The words before the person begin with the link ``part`` ("to", "between"...) and hold nothing
        else than up to four words of a title ("to the new commander ,")."""
        link = self.link.get(part)
        left = _left(text, person.start())
        return link is not None and link.search(left) is not None and not (
            part in ("from", "by") and self.means.search(left) is not None)

    # -- the reading --------------------------------------------------------------------------

    def read(self, sk: Skeleton, about: bool, published: date | None,
             parent: re.Pattern[str] | None = None) -> Iterator[Handover]:
        """Each person the sentence marks as leaving or taking the mission's command, with the role the
        clause gives them; ``parent``: see _owner."""
        text = sk.text
        if "P" not in text:
            return
        cues = self._cues(sk, parent)
        if not cues:
            return
        reader = self.reader
        if self.other_heads.search(text) is not None or self.as_other.search(text) is not None:
            return  # "X took up her post as Senior Civilian Representative (as chief of staff) of M": that post
        if reader.side_post(sk) or reader.names_other_post(sk) or self._owner(sk, cues, about, parent) != "mission":
            return
        persons = list(_PERSON.finditer(text))
        if persons and self._subject_elsewhere(text, persons[0], cues):
            return  # "X is the new chief of staff of M, having taken over the duty from Y": that post changes hands
        if any(reader._as_other_after.match(text, p.end()) for p in persons):
            return  # "X handed over to Y as commander of JFC Naples": that post changes hands
        presiding = {p.start() for p in persons if self._presiding(text, p)}
        if any(self._elsewhere(text, p) for p in persons if p.start() not in presiding):
            return  # "X , commander of the Estonian contingent in M , handed over to Y": that post changes hands
        persons = [p for p in persons if p.start() not in presiding]
        persons = [p for p in persons if not reader._after_other_handover(sk, p.start())]
        read = [(p, *self._marks(text, p, cues, persons)) for p in persons]
        marked = [(p, marks.pop(), titled) for p, marks, titled in read if len(marks) == 1]
        kinds = [mark for _, mark, _ in marked]
        if kinds.count(_TAKE) > 1 or kinds.count(_LEAVE) > 1:
            return  # two takers or two leavers: not one handover
        if not marked:
            return
        start = min(cues[0].start(), marked[0][0].start())
        end = max(max(c.end() for c in cues), marked[-1][0].end())
        tone = reader.tone(sk, start, end, [m.span(1) for m in self.title_time.finditer(text)], published, comma=True)
        if any(self.nouns.fullmatch(c.group(0)) for c in cues) and self.put_off.search(text, cues[0].end()):
            tone = replace(tone, future=True, foretold=True)  # "the handover of M to P0 has been delayed": to come
        for person, mark, titled in marked:
            if mark == _TAKE:
                role = reader.weigh("current", tone)
            elif tone.future:  # "X will hand over to Y in May": X holds the post until then (not "the former
                # commander, X, will attend the handover": a title says nothing of when the post is left); so too a
                # handover told in the present on a day still to come ("Op 13 mei draagt hij het bevel over aan Y")
                role = ("current" if (tone.foretold or tone.scheduled) and not (tone.modal or tone.negated or titled)
                        else None)
            else:
                role = reader.weigh("previous", tone)
            if role is not None:
                yield Handover(person.group(0), role, tone, titled)
