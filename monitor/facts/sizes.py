"""The mission's size: the figures the language files' size frames state of it.

A figure is a mention (``N`` in the skeleton, see ``mentions.py``: "about 650", "some seven
hundred", "several hundred"); the size frames of the language files say which figure a sentence
gives as the mission's size: a count of its people ("650 personnel", "quelque 500 militaires"), a
figure its strength is ("NMI's headcount stands at 650", "a staff of 400", "the 500-strong
mission", "telt 600 militairen"), or the figure a change brings it to ("cut from 650 to 250", "has
been brought down from 650 to around 250", "will rise to two thousand", "passera de 600 à 1 200").
The figure a change starts from, or any other figure a frame passes ("from 650"), is no size.

Then what the language files know of figures that are not the mission's size:

- a figure inside a longer statement that gives another figure as the size is that statement's
  own ("from 650 personnel to around 250": not 650);
- a count of people in a sentence that also states the total ("The 700 soldiers will bring
  KFOR's strength to 5,200") is a part of it;
- a country or a nationality just before the figure, or the profile's ``foreign`` words there or
  inside the frame, make it a national contingent or someone else's troops ("Norway will
  contribute 25 trainers", "2,500 US troops") unless the mission owns it ("Italy provides 200 of
  NMI's 650 personnel");
- a word of a part on the move just before it ("sent 100 more", "an additional 200", "a
  contingent of 80"), or a unit a few words before ("a company of 145 soldiers");
- the object of a verb just before it ("trained 500 soldiers", "wounding 12 soldiers");
- a count in a stretch of another actor's ("while the coalition keeps 2,000 troops in Erbil");
- a count below ten is no size ("two advisers were wounded").

The clause's tone weighs what is left as the frames' (``frames.Reader.tone``, to the first comma
after the figure: "NMI has 650 personnel, against a ceiling of 4,000" is no ceiling of the 650).
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from functools import cache

from ..language import Frame, Language, engine_words, grammar_words, load_language
from ..models import Fact
from ..parsecache import trie_alternation, whole_phrases
from ..profile import Profile, Slot
from ..textutil import alternation, fold
from .actors import roles, speaker
from .cues import ceilings, in_size_words, nations_of, part_words
from .frames import Reader, Tone, fact_date
from .mentions import MISSION_SYMBOL, PLACE_SYMBOL, Mention, Skeleton

_FIGURE = re.compile(r"\bN\d+\b")
_DATE = re.compile(r"\bD\d+\b")
_ACTOR_SYMBOL = re.compile(r"(?<![\w'])(?:M|O\d+|P\d+)(?![\w'])")  # the mission, another actor, a person


@cache
def _brought_to(code: str | None) -> re.Pattern[str]:
    """The figure a change brings the size to: "to 4,000", "à 900", "a 900", "til 900", "naar 900", "tot 900", "hasta
    900", "fino a 900", "will reach 1,500" ([words] brought_to, and brought_up_to: "to up to 800"), in the language
    ``code`` (a sentence's: the Spanish and Italian "a" is no English "a 900-strong force"), or in any language."""
    return re.compile(rf"(?:^| )(?:{alternation(engine_words('brought_to', code))})"
                      rf"(?: (?:{alternation(engine_words('brought_up_to', code))}))? $")


def _brought(sk: Skeleton, start: int, end: int) -> re.Match[str] | None:
    """A word that brings the size to the figure, right before ``end``, in the sentence's language (see _brought_to)."""
    return _brought_to(sk.spoken).search(sk.text, start, end)


# the mission opening its clause, a verb and at most two more words before the figure ("..., M has N0", "; M now
# numbers N0")
_PARENTHESIS = re.compile(r"\([^()]*\)")
# the definite article before a word of the mission's size, and the mission's name right after it ("the N0 - strong M"):
# the mission as it is, taken for granted
_DEFINITE = re.compile(r"(?:^| )the $")
_DEFINITE_OR_MISSION = re.compile(r"(?:^| )(?:the|M) $")
_MISSION_NEXT = re.compile(r" M(?![\w'])")
# an aside on the mission between commas ("KFOR, a peace-support operation first deployed in June 1999,"):
# its date is its own, not the main clause's
_ASIDE = re.compile(r"(?<![\w'])M(?: \( [^()]{0,20} \))? , (?!(?:and|or|but|while|whereas)(?![\w']))[^,;]{1,160}? , ")
# "M 's total 650", "of M 's 650 personnel", "63 of the 1,300"; an apposition to the mission as the
# subject ("..., at the Iraqi government's request, the mission, some 750 strong", "la mission, forte de
# 750"): whatever nationality stood before the mission
_OWN = re.compile(r"M 's (?:[a-z-]+ ){0,2}$|(?:of|among) the $"
                  r"|(?:^|[,;:] )M(?: \( [^()]{0,20} \))? , (?:[a-zà-ÿ'-]+ ){0,3}$")


# the mission's own people opening the sentence or a clause after a comma and a conjunction, up to the figure
_POSSESSED_SUBJECT = re.compile(r"(?:^|[,;] (?:and |but |while |whereas )?)(?:the )?M 's (?:[a-z-]+ )?$")
# the noun of people right after the figure, then the predicate's auxiliary ("N0 personnel do not", "N0 staff are not")
_PEOPLE_NEXT = re.compile(r" (?:[a-z-]+ )?(?:personnel|staff|troops|soldiers|advisers|advisors|trainers|people|members)"
                          r" (?:do|does|did|are|were|will|would|have|has|had|can|could) ")


def _brought_by_relative(reader: Reader, sk: Skeleton, frame: Frame, match: re.Match[str]) -> bool:
    """A total a change opening a relative clause on something else brings the mission to, told in the future ("the
    deployment of a further battalion, which will bring the force to some 5,200 troops", "le déploiement d'un bataillon,
    qui portera la force à 5 200 militaires"): the size still to come, not the size now (the relative's antecedent is
    the decision or the reinforcement, not the mission: "M , which will grow to 5,000" opens on the mission itself)."""
    if not frame.total or MISSION_SYMBOL.match(sk.text, match.start()) or len(_FIGURE.findall(match.group(0))) > 1:
        return False  # (a change told from one figure to another states the size it starts from and its end alike)
    before = sk.text[max(0, match.start() - 40):match.start()].split()
    pronouns = set(reader.language.relative_pronouns) | set(reader.language.noun_relatives)
    # the pronoun and at most two words of the verb's (an auxiliary, an adverb) before the change, after a comma or a
    # noun not the mission's ("a move that will raise ...")
    tail = before[-4:]
    return any(word in pronouns and tail[i - 1] != "M" for i, word in enumerate(tail) if i > 0)


def size_facts(reader: Reader, sk: Skeleton, text: str, slot: Slot, profile: Profile, quote: str,
               published: date | None, presumed: bool = False,
               before: Callable[[], list[str]] | None = None) -> Iterator[Fact]:
    """The sizes of the mission the sentence (``text``, plain; ``sk`` its skeleton) states; ``presumed``: only
    those a word of the mission as it is gives, which a question takes for granted ("will you start withdrawing
    the 900-strong M this year?"); ``before``: the sentences before it, whose last one a clitic's count points to
    (see ``Frame.back``)."""
    if "N0" not in sk.symbols:
        return  # no figure at all
    found = [(frame, match) for frame in reader.candidates(reader.language.size_frames, sk)
             if frame.present or not presumed
             for match in frame.pattern.finditer(sk.text, sk.lower, reader.present(sk))]
    kept: list[tuple[Frame, re.Match[str], Mention, Tone, str, bool]] = []
    planned_from: list[tuple[Mention, Tone]] = []  # the size now a change only proposed or denied starts from
    for frame, match in found:
        if frame.back and not people_counted(_told_before(sk, text, match.start(), before)):
            continue  # "(Vi partecipano dodici paesi alleati.) Oggi ne conta 28": the countries the clitic points to
        symbol = match.group("n")
        # a figure another statement passes ("from N0 to N1": the N0) is no size (not one that statement's aside on
        # the mission, a clause of its own, says is today's: "les effectifs de M , aujourd'hui d'N0 , seront ramenés à
        # N1"; nor one in a relative clause on the mission that a statement of the future holds: "M , which has N0
        # personnel , would grow to N1", not "M , which numbered N0 before , now has N1")
        if any(other.group("n") != symbol and other.start() <= match.start("n") < other.end()
               and not (_inserted(other, match.start("n"))
                        and (_said_now(sk, match) or (_in_mission_relative(reader, sk, match)
                                                      and _told_ahead(reader, sk, other, published))))
               for _, other in found):
            continue
        figure = sk.symbols[symbol]
        if figure.number is not None and figure.number < 10:
            continue  # a count too small to be a size ("two advisers")
        if (_others(sk, match) or _beside(sk, match) or _set_apart(sk) or _mission_only_speaks(sk, match)
                or (_part_subject(reader, sk, match.start("n")) and not _changed_object(frame, sk, match))
                or _nation_subject(reader, sk, match.start("n"), profile)
                or _elsewhere(sk, match) or _several_actors(sk, match.start("n"), match.end())
                or _part_relative(reader, sk, match.start("n"))
                or _fronted_for_nation(sk, match, profile) or _coordinated_object(sk, match.start("n"))
                or _added_to(sk, match.start("n")) or _withdrawn_share(sk, match.start("n"), profile)
                or _summed(sk, match.end())
                or _share_of(sk, match) or _amount_again(sk, match.start("n")) or _reinforcing(sk, match.start("n"))
                or _from_one_nation(sk, match, profile) or _from_reserve(sk, match.end())
                or _nation_gives(sk, match.start("n"), profile)
                or _nation_lends(sk, match.start("n"), profile) or _trainees(sk, match.start("n"))
                or _nation_gives_to_effort(sk, match.start("n"), profile)
                or _nation_coordinated(reader, sk, match.start("n"), profile)
                or _trained_by_mission(reader, sk, match)
                or _named_in_relative_only(reader, sk, match.start("n")) or _part_when(sk, match.start("n"))
                or _whole_of_part_only(sk, match.start("n"))
                or (reader.national_part_opens(sk.text, match) and not _relative_on_mission(reader, sk, match))
                or _capped(sk, match.start("n")) or _changed_from(sk, match.start("n"))
                or _led_before(sk, match.start("n"))
                or _given_to(sk, match) or _part_apposed(reader, sk, match.start("n")) or _joining(sk, match)
                or _taking_part(sk, match.start("n")) or _ours_within(sk, match.start("n"))
                or _a_part(sk, match.start("n"))
                or _whole_apposed(sk, match.start("n")) or _planned_for_other(sk, frame, match, profile)
                or _marked_national(sk, match) or _team_told_before(reader, sk, match, before, profile)
                or _held_in(sk, text, match, profile) or _roundup_item(sk, match.start("n"))
                or _others_part(sk, match.start("n"))
                # a part of the mission the frame's change acts on ("doubled its KFOR contingent, to 780 soldiers")
                or _mission_part().search(sk.text, match.start(), match.start("n")) is not None):
            continue
        # the frame's words and the two after it ("140 militares españoles")
        # (not past a verb whose object follows: "900 personnel advising Iraqi ministries"; nor past an article opening
        # the verb's object: "die met N0 militairen het Iraakse ministerie adviseert")
        after = list(itertools.takewhile(lambda w: w.isalpha() and not reader.language.own("object_of", w, sk.text)
                                         and not reader.language.opens_phrase(w, sk.text),
                                         sk.text[match.end():].split()[:2]))
        # an aside on the mission, its subject, before the figure ("KFOR, dat onder bevel staat van de
        # Hongaarse generaal X, telt 4.400 militairen"): its words are the aside's, not the count's
        # (the mission opens the frame, after its article at most: "de M , ... , telt N0"), or a clause
        # of its own before the verb of the count ("M blev oprettet ... på invitation fra den irakiske
        # regering og består af N0 personer": the frame's "ins"): the count's words begin after it
        aside = _ASIDE.search(sk.text, match.start(), match.start("n"))
        resume = (aside.end() if aside is not None and len(sk.text[match.start():aside.start()].split()) <= 1
                  else match.end("ins") if "ins" in match.re.groupindex and match.group("ins") else None)
        framed = " ".join([sk.text[resume if resume is not None else match.start():match.end()], *after])
        # a total the mission is brought to ("The reinforcements will bring KFOR to 5,100"): the mission's
        # own, whatever part on the move stood before it
        brought = frame.total and MISSION_SYMBOL.search(sk.text, match.start(), match.start("n")) is not None
        # the mission the subject just before ("Set up at the Iraqi government's request, NMI has 500"): the words
        # before it are another phrase's, not the count's
        subject = _subject().search(sk.text, 0, match.start("n")) is not None
        # a total of the mission's named after it ("fournit 40 des quelque 550 militaires de la M", "aporta 40 de los
        # 550 efectivos de la M"): the country before is the giver of a part, its own word after the noun is not
        owned = frame.total and MISSION_SYMBOL.search(sk.text, match.end("n"), match.end()) is not None
        # a whole the frame's own words state before the figure ("..., 285 militares españoles, sobre un total de unos
        # 4.700 efectivos", "out of a total of 4,700"): the nationality before them is the part's, not the whole's
        whole = frame.total and len(sk.text[match.start():match.start("n")].split()) >= 3
        # the count an apposition after a comma gives to the clause the mission opens ("it works at the invitation
        # of the Iraqi government, with some 450 personnel"): the words of that clause are not the count's
        apposed = _apposed_to_mission(reader, sk, match.start("n"))
        if not _own(sk, match.start("n")) and (
                _someone_elses(_origins_masked(sk, text, profile), framed, _range_start(sk, match.start("n"), figure),
                               slot, profile, within=not brought and not subject and not owned and not whole
                               and resume is None and not apposed, moved=not frame.whole)
                or _partial_after(sk, match) or _unit_after(reader, sk, text, match)):
            continue
        skip = [match.span("ins")] if "ins" in match.re.groupindex and match.group("ins") else []
        # (an aside with a figure of its own too, where it dates it: "M , qui a pu compter N0 militaires en D0 , n'en
        # aligne plus qu'N1")
        skip += [(aside.start() + 1, aside.end()) for aside in _ASIDE.finditer(sk.text, 0, match.start("n"))
                 if not _FIGURE.search(aside.group(0))
                 or (_DATE.search(aside.group(0)) and match.group("n") not in _FIGURE.findall(aside.group(0)))]
        skip += _foundings_before(reader, sk, match.start("n"))
        skip += _start_looked_back(sk, match)
        skip += _start_dated(sk, match)
        skip += _mission_relative(reader, sk, match.start(), match.start("n"))
        skip += _person_asides(reader, sk, match.start("n"))
        skip += _hedged_after(sk, match.end())
        skip += _coordinated_counts(sk, match, found)
        # (a frame of its own tone: ", leaving M at N0" after a plan shelved is the result, not the plan)
        tone = reader.tone(sk, match.start(), match.end(), skip, published, comma=True, main=True,
                           clause=not frame.own_tone)
        if not tone.modal and _predicate_past_aside_modal(reader, sk, match.end()):
            tone = replace(tone, modal=True)  # "A planned increase of M to N0 , approved in June , has been shelved"
        done = not (tone.future or tone.modal or tone.negated)  # a change told as done (its start then the size before)
        if tone.future and frame.total and _deadline_after(sk, match.end()):
            tone = replace(tone, scheduled=True)  # "will halve M , from N0 to N1 personnel , by the end of the year"
        if (tone.future and not tone.scheduled and not _brought_by_relative(reader, sk, frame, match)
                and not _foretold_then(reader, sk, match)):
            # "its 900 personnel would stay", "NMI, with a staff of 400, will be led by X", "NATO will deploy 300
            # more troops, raising KFOR's strength to 4,800", "the size of our mission will increase from 500 to
            # around 4,000" (a decision's): the size is stated now; anything a schedule ("is set to", "next year")
            # or a later date puts in the future is still to come
            tone = replace(tone, future=False)
        if frame.present and tone.future:
            tone = replace(tone, future=False, scheduled=False, foretold=False)  # "will lead the 550-strong mission"
        if (tone.modal or tone.negated or tone.future) and _aside_now(sk, match):
            # "has asked NATO to swell its Iraq mission, now some 500 strong, to 3,000": an aside on the mission that
            # says it is today's states the size now, whatever the request, wish or plan around it
            tone = replace(tone, modal=False, negated=False, future=False, scheduled=False, foretold=False)
        if tone.negated and not tone.modal and _possessed_subject(sk, match):
            tone = replace(tone, negated=False)  # "its roughly 600 personnel do not accompany Iraqi forces": the count
            # in the subject is the mission's as it is, the negation its predicate's
        if (frame.present and (tone.modal or tone.negated or presumed)
                and ((sk.text.endswith("M ", 0, match.start()) and sk.text.startswith(" mission", match.end()))
                     or (_DEFINITE.search(sk.text, 0, match.start()) is not None
                         and _MISSION_NEXT.match(sk.text, match.end()) is not None))):
            # "a plan to raise civilian advice alongside the 3,800-strong mission", "might cut the 900-strong M":
            # the mission as it is, whatever the clause's modality (not "a 4,000-strong mission" proposed, nor
            # "asked the 12,000-strong force to leave", a force the reference may not be the mission's); a date of
            # the clause is its act's, still to come ("could decide in June to scale back the 1,050-strong M")
            tone = (replace(tone, modal=False, negated=False, historical=False, when=None, dated_past=False)
                    if tone.modal or presumed else replace(tone, negated=False))
        elif presumed:
            continue
        if _said_then(reader, sk, match.start("n")):
            tone = replace(tone, historical=True)  # "KFOR, then some 17,000 strong, had just moved ...": history
        elif not tone.historical and _then_of_past(reader, sk, match.start("n"), published):
            tone = replace(tone, historical=True)  # "On 12 June 1999 KFOR entered; at the time it counted 50,000"
        elif tone.historical and not tone.modal and _now_after(sk, match):
            # "De N0 conseillers à ses débuts en D0 , la M est passée à N1 aujourd'hui": the figure's own word of the
            # present dates it, the clause's date being the start's
            tone = replace(tone, historical=False, when=None, dated_past=False, since=False)
        role = reader.weigh(frame.role, tone)
        if role is not None:
            kept.append((frame, match, figure, tone, role, done))
        elif frame.total and (tone.modal or tone.negated) and not tone.historical:
            planned_from += [(sk.symbols[symbol], tone) for symbol in _now_started_from(sk, match)]
    # (a size a frame gives as still to come, "NMI numbers 650 and will grow to 1,800", is no total the count beside it
    # is a part of: that count is the size now)
    totals = {figure.number for frame, _, figure, _, _, _ in kept if frame.total and frame.role != "future"}
    # a count said to be today's beside a change ("NMI, which currently has 550 staff, will grow to 800", "la mission,
    # qui compte aujourd'hui 550 militaires, verra ses effectifs augmenter à 800"): the size now, and the change's
    # figure still to come
    # (or said in the present in a relative clause on the mission: "NATO said M , which has N0 personnel , would grow to
    # N1": the relative's count is the size now, the change's still to come)
    today = {figure.number for frame, match, figure, _, role, _ in kept
             if totals and not frame.total and role == "current" and figure.number not in totals
             and (_said_now(sk, match) or (_in_mission_relative(reader, sk, match)
                                           and _change_ahead(reader, sk, kept, published)))}
    kept = _one_time(kept)
    seen = set()
    for frame, match, figure, tone, role, done in kept:
        if totals and not frame.total and figure.number not in totals | today:
            continue  # "The 700 soldiers will bring KFOR's strength to 5,200": a part of the total
        if today and frame.total and role == "current" and figure.number not in today:
            if not _brought(sk, match.start(), match.start("n")):
                continue  # "NMI's authorised strength is 1,200, but only 950 personnel are currently deployed"
            role = "future"
        based = [symbol for symbol in _FIGURE.findall(match.group(0)) if symbol != match.group("n")
                 and _now(sk, symbol, match.group("n"))] if frame.total else []
        if based and role == "current":
            role = "future"  # "raise it to 700, up from the 550 it has today": the 700 is still to come
        if frame.total and role == "current" and _ceiling_changed(sk, match):
            role = "future"  # "agreed to raise M 's personnel ceiling to N0": what it may grow to, not its size now
        if frame.total and role == "current" and _than_now(sk, match.end()):
            role = "future"  # "is to grow to about 4,900 troops, some 25% more than today": not today's
        stated = [(figure, role)] + [(sk.symbols[symbol], "current") for symbol in based]
        if frame.total and role == "current" and done and not based:
            # "KFOR has grown from 3,800 to about 4,700 troops": the size the change started from is the size before it
            stated += [(sk.symbols[symbol], "historical") for symbol in _started_from(sk, match)]
        if frame.total and role == "future" and tone.scheduled and not _deadline_after(sk, match.end()):
            # "will be cut to 400 by the end of 2027 from some 900 today": the size a change yet to
            # come starts from is today's (not a decided change whose deadline only an aside adds: "will halve M ,
            # from N0 to N1 personnel , by the end of the year", its start said of no time)
            stated += [(sk.symbols[symbol], "current") for symbol in _FIGURE.findall(match.group(0))
                       if symbol != match.group("n")]
        for figure, role in stated:
            if (figure.start, role) in seen:
                continue
            seen.add((figure.start, role))
            key = str(int(figure.number)) if figure.number is not None else fold(figure.value)
            yield Fact(slot=slot.name, value=figure.value, key=key, quote=quote, role=role,
                       as_of=fact_date(tone, published), number=figure.number, qualifier=figure.qualifier)
        if role == "current" and not frame.total:
            for figure, then in _then_figures(reader, sk, match.end(), published):
                if (figure.start, "historical") not in seen:
                    seen.add((figure.start, "historical"))
                    key = str(int(figure.number)) if figure.number is not None else fold(figure.value)
                    yield Fact(slot=slot.name, value=figure.value, key=key, quote=quote, role="historical",
                               as_of=fact_date(then, published), number=figure.number, qualifier=figure.qualifier)
    for figure, tone in planned_from:
        # "Allies are discussing a draft plan that would raise M 's strength to N1 from the current N0": the plan states
        # no size, but the figure it would start from, said to be today's, is the size now
        if (figure.start, "current") not in seen:
            seen.add((figure.start, "current"))
            key = str(int(figure.number)) if figure.number is not None else fold(figure.value)
            yield Fact(slot=slot.name, value=figure.value, key=key, quote=quote, role="current",
                       as_of=fact_date(tone, published), number=figure.number, qualifier=figure.qualifier)


def _one_time(kept: list[tuple[Frame, re.Match[str], Mention, Tone, str, bool]]
              ) -> list[tuple[Frame, re.Match[str], Mention, Tone, str, bool]]:
    """A figure one frame reads as today's and another as history is today's: the frame that reads it as history reads
    a tense the sentence's own time overrules, told in the report's tense or by a word of the present that frame's
    words do not reach ("NATO said M , which had N0 personnel , would grow to N1", "M ... består i dag af omkring N0",
    "before NATO's KFOR, which has about N0 troops")."""
    today = {figure.start for _, _, figure, _, role, _ in kept if role == "current"}
    return [entry for entry in kept if not (entry[4] == "historical" and entry[2].start in today)]


def _coordinated_counts(sk: Skeleton, match: re.Match[str], found: list[tuple[Frame, re.Match[str]]]
                        ) -> list[tuple[int, int]]:
    """The other predicates of size a word of coordination joins to the count's, each another figure's, as clauses of
    their own ("KFOR was at N0 last year and is now at N1", "M cuenta con N0 efectivos y pasará a N1 el próximo año",
    "la KFOR contava N0 militari l'anno scorso e oggi conta N1"): their words (their times) are none of the count's
    tone. One after the count reaches its comma; one before it, from its start to the word of coordination."""
    spans = []
    for _, other in found:
        if other.group("n") == match.group("n") or (other.start() < match.end() and match.start() < other.end()):
            continue
        if other.start() >= match.end():
            joined = _last_coordinator(sk, match.end("n"), other.start("n"))
            if joined is not None and not _FIGURE.search(sk.text, match.end("n"), other.start("n")):
                comma = sk.text.find(" , ", other.end())
                spans.append((joined.start(), comma if comma >= 0 else len(sk.text)))
        elif other.end() <= match.start("n"):
            joined = _last_coordinator(sk, other.end("n"), match.start("n"))
            if joined is not None and not _FIGURE.search(sk.text, other.end("n"), match.start("n")):
                spans.append((other.start(), joined.start()))
    return spans


def _last_coordinator(sk: Skeleton, start: int, end: int) -> re.Match[str] | None:
    """The last word of coordination of the sentence's language between ``start`` and ``end``, the one that joins the
    second predicate ("M comptait N0 militaires en D0 et compte N1": "et", not the French "en" that the Dutch "and"
    spells; "M contaba N0 efectivos en D0 y ...": no Dutch "and" in Spanish text either); any language's where the
    sentence's language is not told."""
    found = list(_coordinator(sk.spoken).finditer(sk.text, start, end))
    return found[-1] if found else None


@cache
def _coordinator(code: str | None) -> re.Pattern[str]:
    """A word of coordination between two predicates, of the language ``code`` ([tone] coordination: "og", "y", "e"),
    or of any language ("and", "et", "y", "e", "en", "og") when ``code`` is None."""
    language = load_language()
    own = language.lists.get(code or "")
    coordination = own.joins if own is not None else language.coordination
    words = trie_alternation(sorted({w for w in coordination if w.isalpha()}), separator=" ")
    return re.compile(rf" (?:{words}) ")


# the first actor a sentence names, its article at most before it
_FIRST_ACTOR = re.compile(r"(?<![\w'])(?:M|O\d+|P\d+|L\d+)(?![\w'])")


def _planned_for_other(sk: Skeleton, frame: Frame, match: re.Match[str], profile: Profile) -> bool:
    """A size still to come told by a second predicate after "and" (a frame of role ``future``: "M numbers N0 and will
    grow to N1") whose subject, the sentence's first actor or a nation before it, is not the mission ("Italy has N0
    troops in M and will increase to N1", "Danmark har N0 soldater i M og vokser til N1"): that actor's."""
    if frame.role != "future":
        return False
    first = _FIRST_ACTOR.search(sk.text, 0, match.start())
    return (first is None or first.group(0) != "M"
            or nations_of(profile)[1].search(sk.text, 0, first.start()) is not None)


def _started_from(sk: Skeleton, match: re.Match[str]) -> list[str]:
    """In a change's frame, the figures right after a word of its start (``size.change_start``: "has grown from N0 to
    N1", "was cut from its N0 to N1"), before the figure it goes to: the sizes before the change (not its step, "by
    N0", nor one said to be today's, nor the start of a change told in the infinitive, a plan or a decision not yet
    carried out: "announced a decision to increase the size of M from N0 to N1")."""
    language = load_language()
    if not language.size_change_start:
        return []
    before = sk.text[:match.start()].split()[-1:]  # (the word before the frame: "decided to cut M from N0 to N1")
    started = []
    for found in _FIGURE.finditer(sk.text, match.start(), match.start("n")):
        start = _start_words().search(sk.text, match.start(), found.start())
        told = before + sk.text[match.start():start.start()].split() if start is not None else []
        if start is not None and not {word.lower() for word in told} & set(language.infinitive_marks):
            started.append(found.group(0))
    return started


@cache
def _start_words() -> re.Pattern[str]:
    words = trie_alternation(load_language().size_change_start, separator=" ")
    return re.compile(r"(?<![\w'])(?:" + words + r") (?:current |present |existing )?$")


def _possessed_subject(sk: Skeleton, match: re.Match[str]) -> bool:
    """The count is the mission's people owned by it ("M 's N0 personnel", "its" read as "M 's") opening the sentence or
    a clause, the subject of the verb the negation is on ("M is a non-combat mission , and M 's N0 personnel do not
    accompany Iraqi forces"): what the negation denies is what those people do, not that there are so many."""
    return (not _FIGURE.search(sk.text, match.end())
            and _POSSESSED_SUBJECT.search(sk.text, 0, match.start("n")) is not None
            and _PEOPLE_NEXT.match(sk.text, match.end("n")) is not None)


def _deadline_after(sk: Skeleton, end: int) -> bool:
    """Right after the comma that closes the count's frame, an aside opening on a schedule or deadline of the language
    files' (``tone.scheduled``: "will halve M , from N0 to N1 personnel , by the end of the year"): the time the change
    is due, so the figure it brings is still to come, as without the comma."""
    return sk.text.startswith(" , ", end) and _schedules().match(sk.lower, end + 3) is not None


def _schedules() -> re.Pattern[str]:
    return whole_phrases(load_language().scheduled, separator=" ")


def _then_of_past(reader: Reader, sk: Skeleton, at: int, published: date | None) -> bool:
    """Before the figure at ``at``, a clause opened by a phrase of the language files' ``part_then`` after a comma or a
    semicolon ("; at the time the force counted some 50,000"), and a date in the clause before it that its tone tells
    is history ("On 12 June 1999 the first troops crossed ..."): the figure is the size at that time, not now (the time
    told of the present year keeps it today's: "NMI had 500 staff this year; at the time its advisers ...")."""
    openers = list(_then_opener().finditer(sk.text, 0, at))
    if not openers:
        return False
    opener = openers[-1]
    dates = list(_DATE.finditer(sk.text, 0, opener.start()))
    if not dates:
        return False
    tone = reader.tone(sk, dates[-1].start(), dates[-1].end(), [], published, clause=False)
    return tone.historical and not tone.future


@cache
def _then_opener() -> re.Pattern[str]:
    return re.compile(r" [,;] (?:" + trie_alternation(load_language().part_then, separator=" ") + r")(?![\w'])")


def _foretold_then(reader: Reader, sk: Skeleton, match: re.Match[str]) -> bool:
    """Between a speaker's verb and the figure, in its sentence, a word of the future told in the past (``size.
    reported_future``: "You said last year the mission would grow to N0", "NATO announced in 2108 it would raise M to
    N0"), the speech dated before it: a forecast of then, still to come, no size now."""
    found = _told_would().search(sk.text, 0, match.start("n"))
    return found is not None and sk.text.count(" ; ", found.end(), match.start("n")) == 0


@cache
def _told_would() -> re.Pattern[str]:
    language = load_language()
    said = trie_alternation([w.lower() for w in language.speech], separator=" ")
    would = trie_alternation(language.reported_future, separator=" ")
    gone = trie_alternation([w.lower() for w in language.past], separator=" ")  # "last year", "l'an dernier"
    if not would:
        return re.compile(r"(?!x)x")
    # (the speech dated, a date or a time long gone between its verb and the future: a forecast of then; "said NMI
    # would keep its 600 personnel", undated, tells what it has now)
    dated = rf"(?: [^;:.]{{0,40}}?)? (?:D\d+|{gone})(?: [^;:.]{{0,60}}?)?"
    return re.compile(rf"(?<![\w'-])(?:{said})(?![\w'-]){dated} (?:{would})(?![\w'-])", re.IGNORECASE)


def _said_then(reader: Reader, sk: Skeleton, at: int) -> bool:
    """Right before the figure at ``at`` (or a word before it), a word of the language files' ``size_then`` opening an
    aside or after an article, two words between at most ("M , then N0 strong ,", "the then N0 - strong force", "la M
    , alors forte de N0"), or in a relative clause on the mission, after its pronoun or its verb ("M , which then
    numbered N0", "la M , qui comptait alors N0"): the size at a time told before, not now ("KFOR then had 17,000": a
    sequence, no)."""
    words = reader.language.size_then
    if not words:
        return False
    if _brought(sk, 0, at):
        return False  # "..., then to 3,000 next year": the next step of a change
    before = sk.text[max(0, at - 60):at].split()[-4:]
    for index in (len(before) - 1, len(before) - 2, len(before) - 3):
        if index >= 1 and before[index] in words:
            opener = before[index - 1]
            return (opener in (",", "(") or opener in reader.language.articles
                    or _relative_opens(reader, before[:index]))
    return False


def _relative_opens(reader: Reader, words: list[str]) -> bool:
    """The words before the word of ``size_then`` open a relative clause after a comma, its verb between at most
    (", which then", ", qui comptait alors")."""
    relatives = reader.language.relative_pronouns
    return any(words[i] in relatives and words[i - 1] == "," for i in range(max(1, len(words) - 2), len(words)))


def _hedged_after(sk: Skeleton, end: int) -> list[tuple[int, int]]:
    """After the count in its clause, a hedge on a noun phrase of its own ("M is met N0 militairen misschien een
    bescheiden missie"): from the hedge to the clause's end, no tone of the count's."""
    stop = min((i for i in (sk.text.find(" , ", end), sk.text.find(" ; ", end), sk.text.find(" . ", end)) if i >= 0),
               default=len(sk.text))
    found = _hedges().search(sk.text, end, stop)
    return [] if found is None else [(found.start(), stop)]


def _hedges() -> re.Pattern[str]:
    return whole_phrases(load_language().hedged_predicate, separator=" ")


def _inserted(match: re.Match[str], at: int) -> bool:
    """The position stands in the match's aside, a clause of its own (its ``ins`` group)."""
    return ("ins" in match.re.groupindex and match.group("ins") is not None
            and match.start("ins") <= at < match.end("ins"))


def _capped(sk: Skeleton, at: int) -> bool:
    """A ceiling's measure before the figure in its clause, the figure no change brings it to ("The authorised strength
    of M is N0 personnel", not "raised the authorised strength of M to up to N0"): what the mission may have, no
    size."""
    start = max(sk.text.rfind(cut, 0, at) for cut in _ceiling_cuts())
    return (ceilings().search(sk.text, start, at) is not None
            and _brought(sk, max(0, at - 30), at) is None)


@cache
def _ceiling_cuts() -> tuple[str, ...]:
    """Where the clause before a figure begins, for a ceiling's measure in it: a comma, a semicolon, a colon, a stop or
    a word of contrast (the language files' ``[words] ceiling_cuts``: "but", "while")."""
    return (" , ", " ; ", " : ", " . ", *(f" {word} " for word in engine_words("ceiling_cuts")))


def _ceiling_changed(sk: Skeleton, match: re.Match[str]) -> bool:
    """A change's words name a ceiling before the figure it brings it to, and the sentence then says the mission is
    still to grow to it ("raise M 's personnel ceiling to N0 , but the mission will grow only step by step", "to be
    reached gradually"; the language files' ``size.ceiling_named`` and ``size.reached_later``): the figure is a size
    still to come, not the one it has."""
    language = load_language()
    named = whole_phrases(language.ceiling_named, separator=" ")
    later = whole_phrases(language.reached_later, separator=" ")
    return (named.search(sk.text, match.start(), match.start("n")) is not None
            and later.search(sk.text, match.end()) is not None)


def _changed_from(sk: Skeleton, at: int) -> bool:
    """A verb of changing a size, then the mission's possessive right before the figure ("M has halved M 's N0 - strong
    staff", "cut its N0 personnel by a third"): the figure is what the change starts from, no size now."""
    return _changed_from_pattern().search(sk.text, max(0, at - 60), at) is not None


@cache
def _changed_from_pattern() -> re.Pattern[str]:
    verbs = load_language().changed_from
    if not verbs:
        return re.compile(r"(?!x)x")
    # (then the mission's possessive or another, and a word of the whole: the files' [words] changed_from_owners and
    # changed_from_wholes)
    owners, wholes = alternation(engine_words("changed_from_owners")), alternation(engine_words("changed_from_wholes"))
    return re.compile(r"(?<![\w'-])" + trie_alternation(verbs, separator=" ")
                      + rf" (?:M 's|{owners}) (?:(?:{wholes}) )?$")


def _changed_object(frame: Frame, sk: Skeleton, match: re.Match[str]) -> bool:
    """A total frame opening on its verb, the mission its object before the figure ("The NATO contribution would take
    M to around N0"): the mission's total, whatever part is the verb's subject (not "the Danish contingent in M will
    grow to N0", whose frame opens on the mission, the part's subject)."""
    found = MISSION_SYMBOL.search(sk.text, match.start(), match.start("n"))
    return (frame.total and found is not None and found.start() > match.start()
            and sk.text[match.start():found.start()].split()[0] not in {"the", "its"})


def _relative_on_mission(reader: Reader, sk: Skeleton, match: re.Match[str]) -> bool:
    """The match opens on the mission's name and a relative clause on it ("85 UK personnel serving with M , which has a
    total strength of N1"): the relative's antecedent is the mission, whatever nation's people the name ended (a part's
    own relative is its own: "the Romanian contingent in M , which numbers N1", "el contingente español en la M , que
    pasará de N0 a N1")."""
    found = MISSION_SYMBOL.search(sk.text, match.start(), match.start("n"))
    if found is None or _relative_after(reader.language.relative_words).match(sk.text, found.end()) is None:
        return False
    parts = (*reader.language.parts, *reader.language.units)
    return not any(_unit(word, parts) for word in sk.text[:found.start()].split()[-5:])


# (``who`` in the patterns below: Language.relative_words, the relative pronouns of every language file as one
# alternation of a skeleton's words, the opening of a relative clause)
@cache
def _relative_after(who: str) -> re.Pattern[str]:
    return re.compile(rf" , (?:{who}) ")


def _range_start(sk: Skeleton, at: int, figure: Mention) -> Mention:
    """The first figure of a range the figure closes ("mellem 200 og 250 soldater", "between 200 and 250"): the
    words before the range are the second figure's too ("Danmark vil bidrage med et sted mellem 200 og 250")."""
    found = _range_before().search(sk.text, 0, at)
    return sk.symbols[found.group("first")] if found is not None else figure


@cache
def _range_before() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'])(?P<first>N\d+) (?:{_joiners()}|-) $")


def _then_figures(reader: Reader, sk: Skeleton, end: int, published: date | None) -> list[tuple[Mention, Tone]]:
    """After a count of the mission now, the figure a change started from and a past time right after it ("M now has
    N0 personnel , down from N1 D0": "down from about 1,100 two years ago"): the size then, history."""
    then = _from_then().match(sk.text, end)
    if then is None:
        return []
    tone = reader.tone(sk, then.start("n"), then.end(), [], published, clause=False)
    return [(sk.symbols[then.group("n")], tone)] if tone.historical and not tone.future else []


@cache
def _from_then() -> re.Pattern[str]:
    words = trie_alternation(load_language().size_from_then, separator=" ")
    return re.compile(rf"(?: [a-z-]+){{0,2}}? , (?:{words}) (?:the )?(?P<n>N\d+)(?: [a-z-]+)? "
                      rf"(?:in |at the end of )?D\d+(?= [,;.:]|$)")


def _said_now(sk: Skeleton, match: re.Match[str]) -> bool:
    """A word of the present in a count's frame, the two words before it or the four after it in its clause and before
    another figure ("which currently has 550", "qui compte aujourd'hui 550", "que actualmente cuenta con 550", "but only
    4,900 troops are currently deployed")."""
    after = re.split(r" [,;.:()] |(?<![\w'])N\d+(?![\w'])", sk.text[match.end():] + " ", maxsplit=1)[0].split()[:4]
    words = " ".join([*sk.text[:match.start()].split()[-2:], sk.text[match.start():match.start("n")], "#", *after])
    return _now_words().search(words) is not None


def _in_mission_relative(reader: Reader, sk: Skeleton, match: re.Match[str]) -> bool:
    """The count's figure stands in a relative clause on the mission, no comma between its pronoun and the figure ("M ,
    which has N0 personnel ,", "M , qui compte N0 militaires ,"): what the mission is as the sentence speaks."""
    at = match.start("n")
    opened = [m.end() for m in _mission_relative_pattern(reader.language.relative_words).finditer(sk.text, 0, at)]
    return bool(opened) and " , " not in sk.text[opened[-1] - 1:at] and len(sk.text[opened[-1]:at].split()) <= 4


def _change_ahead(reader: Reader, sk: Skeleton, kept: list[tuple[Frame, re.Match[str], Mention, Tone, str, bool]],
                  published: date | None) -> bool:
    """A total a change brings the mission to is told in the future in its own clause ("..., would grow to N1", "will
    be cut to N1"; not "..., has grown to N1")."""
    return any(frame.total and _told_ahead(reader, sk, match, published) for frame, match, _, _, _, _ in kept)


def _told_ahead(reader: Reader, sk: Skeleton, match: re.Match[str], published: date | None) -> bool:
    """The figure of a size frame's match is told in the future in its own clause ("would grow to N1")."""
    return reader.tone(sk, match.start("n"), match.end("n"), [], published, main=True).future


def _now_after(sk: Skeleton, match: re.Match[str]) -> bool:
    """Right after a count's figure, its noun at most between, a word of the present before another figure or the
    clause's end ("N1 aujourd'hui", "N1 personnel today", "N1 hoy"), a figure and a date before it (the start of a
    change, its own time): the figure's own time is now."""
    if not re.search(r"(?<![\w'])N\d+(?![\w']).*(?<![\w'])D\d+(?![\w'])", sk.text[:match.start("n")]):
        return False  # (only a figure before, dated before it, is what the clause's date is of)
    after = re.split(r" [,;.:()] |(?<![\w'])N\d+(?![\w'])", sk.text[match.end("n"):] + " ", maxsplit=1)[0].split()[:3]
    return _now_words().match(" ".join(after[1:] if after and not _now_words().match(after[0]) else after)) is not None


def _than_now(sk: Skeleton, at: int) -> bool:
    """After the figure at ``at``, in its sentence and clause, a comparison with the present (``size.than_now``: "some
    N0 % more than today"): the figure a change brings is measured against today's size, so it is still to come."""
    return _than_now_words().search(sk.text, at, _part_end(sk.text, at)) is not None


@cache
def _than_now_words() -> re.Pattern[str]:
    words = trie_alternation(load_language().than_now, separator=" ")  # none: never matches
    return re.compile(rf"(?<![\w']){words}(?![\w'])")


def _others_part(sk: Skeleton, at: int) -> bool:
    """The count stands in a part of the sentence of its own (between semicolons) that does not name the mission and
    names a country's or another actor's people or speaker ("L0 's chief of general staff , P0 , said N0 troops had
    been pulled back from the line ; M said M was following developments"): that part is theirs, its count too."""
    start, end = _part_start(sk.text, at), _part_end(sk.text, at)
    if start == 0 and end == len(sk.text):
        return False  # (one part: the sentence's own reading decides)
    part = sk.text[start:end]
    return MISSION_SYMBOL.search(part) is None and _OTHERS_OWN.search(part) is not None


# another actor, or a country's possessive ("L0 's chief of general staff")
_OTHERS_OWN = re.compile(r"(?<![\w'])(?:O|L\d+ 's)(?![\w'])")


def _part_start(text: str, at: int) -> int:
    """Where the part of the sentence holding ``at`` starts: after the last " ; " or " . " before it (0 if none)."""
    return max(text.rfind(" ; ", 0, at), text.rfind(" . ", 0, at)) + 1


def _part_end(text: str, at: int) -> int:
    """Where the part of the sentence holding ``at`` ends: the first " ; " or " . " from it (the text's end if none)."""
    return min((found for found in (text.find(" ; ", at), text.find(" . ", at)) if found >= 0), default=len(text))


@cache
def _relatives() -> frozenset[str]:
    """The language files' relative pronouns, lower case."""
    return frozenset(w.lower() for w in load_language().relative_pronouns)


def _aside_now(sk: Skeleton, match: re.Match[str]) -> bool:
    """The count stands in an aside right after the mission, closed by a comma or the sentence's end, with a word of
    the present ("M , now N0 strong ,", "M , currently N0 personnel ,", "M , with N0 advisers today ,")."""
    opened = sk.text.rfind(" , ", 0, match.start("n"))
    if opened < 0 or not sk.text.endswith("M", 0, opened) or len(sk.text[opened + 3:match.start("n")].split()) > 3:
        return False
    closed = re.match(r"[^,;:]*?(?: [,;] | [.?!]?$)", sk.text[match.end():])
    return closed is not None and _said_now(sk, match)


def _predicate_past_aside_modal(reader: Reader, sk: Skeleton, end: int) -> bool:
    """Right after the frame, a participle aside between commas, then a predicate with a modal word up to the next
    comma ("A planned increase of M to N0 personnel , approved by ministers last June , has been shelved"): the
    subject's own verb, past the aside that cut the clause, says the change did not happen or is no more than a
    plan."""
    if reader.participle_asides is None:
        return False
    comma = sk.text.find(" , ", end)
    if comma < 0 or sk.text[end:comma].strip():
        return False  # no aside right after the frame
    aside = reader.participle_asides.match(sk.text, comma + 1)
    if aside is None:
        return False
    stop = min((at for at in (sk.text.find(cut, aside.end()) for cut in (" , ", " ; ")) if at >= 0),
               default=len(sk.text))
    predicate = sk.text[aside.end():stop]
    return reader.modal.search(predicate) is not None and reader.modal.search(reader.not_modal.sub(" ", predicate)) \
        is not None


def _now_started_from(sk: Skeleton, match: re.Match[str]) -> list[str]:
    """The figures a change of size starts from, in its frame, that words of the present say are today's ("from the
    current N0", "up from the N0 it has today"), not the figure it goes to, nor those of a ceiling the frame names."""
    if whole_phrases(load_language().ceiling_named, separator=" ").search(sk.text, match.start(), match.end()):
        return []  # "raise the personnel ceiling of M to N1 , up from about N0 today": the ceiling's, no size
    return [symbol for symbol in _FIGURE.findall(match.group(0))
            if symbol != match.group("n") and _now(sk, symbol, match.group("n"))]


def _now(sk: Skeleton, symbol: str, target: str) -> bool:
    """Around the figure a change starts from, a word of the present: the size now ("up from the 550 staff the
    mission currently has", "against some 550 today", "contre 550 actuellement", "the current 550"; "from 650 today
    to 900", not "from 500 to 4,000 and its courses will now include ...": no further than the figure it goes to)."""
    found = re.search(rf"(?<![\w']){symbol}(?![\w'])", sk.text)
    if found is None:
        return False
    to = re.compile(rf"(?<![\w']){target}(?![\w'])").search(sk.text, found.end())
    after = re.split(r" [,;.:] | (?:but|while|whereas|mais|pero|ma|maar|men) ",
                     sk.text[found.end():to.start() if to is not None else len(sk.text)] + " ", maxsplit=1)[0]
    words = " ".join([*sk.text[:found.start()].split()[-2:], "#", *after.split()[:10]])
    return _now_words().search(words) is not None


@cache
def _now_words() -> re.Pattern[str]:
    language = load_language()
    # (not before a word of what is allowed: "the N0 currently authorised" is a ceiling)
    allowed = (rf"(?! (?:{trie_alternation(language.size_allowed, separator=' ')})(?![\w'-]))"
               if language.size_allowed else "")
    return re.compile(r"(?<![\w'-])" + trie_alternation(language.size_now, separator=" ") + r"(?![\w'-])" + allowed)


def _start_looked_back(sk: Skeleton, match: re.Match[str]) -> list[tuple[int, int]]:
    """The figure a change starts from closes the frame, after the figure it goes to, and a look back opens right after
    it ("has drawn down to roughly 3,900 from some 4,600 at the height of the 2055 tensions", "cut to 900 from 1,300 at
    its peak in 2050"), or a date ("has risen to 1,100 from 600 a year ago"): the look back, up to the clause's end,
    dates the starting figure, not the size."""
    figures = _FIGURE.findall(match.group(0))
    if not figures or figures[-1] == match.group("n"):
        return []
    # (or a date right after it: "has risen to about 1,100 from 600 a year ago", "down to 250 from 650 in January")
    # (a change told in the present perfect runs up to now: the date is its start's; "was cut to 300 from 900 in 2052"
    # dates the change)
    back = _looked_back().match(sk.text, match.end()) or (
        _START_DATED.match(sk.text, match.end()) if _PERFECT.search(sk.text, 0, match.start("n")) else None)
    if back is None:
        return []
    ends = [at for at in (sk.text.find(" , ", back.end()), sk.text.find(" ; ", back.end())) if at >= 0]
    return [(match.end(), min(ends) if ends else len(sk.text))]


def _start_dated(sk: Skeleton, match: re.Match[str]) -> list[tuple[int, int]]:
    """The figure a change starts from opens the frame, a date right after it ("has nearly doubled, from some 4,100
    troops last December to about 7,900 today"): the date is the start's, not the size's."""
    if "D" not in sk.text[match.start():match.start("n")]:
        return []
    return [found.span("d") for found in _DATED_START.finditer(sk.text, match.start(), match.start("n"))]


# a change's starting figure, its noun and a date right after it ("from N0 troops last D0 ")
_DATED_START = re.compile(r"(?<![\w'])from (?:[\w'-]+ )?N\d+ (?:[a-z-]+ ){0,3}?"
                          r"(?:last |in |on |at the end of )?(?P<d>D\d+) ")
# a date right after a change's starting figure, a preposition of time before it or none
_PERFECT = re.compile(r"(?<![\w'])(?:has|have)(?![\w'])")
_START_DATED = re.compile(r" (?:(?:in|on|at|as of|back in) )?D\d+(?!\w)(?= ?[,;.]| ?$)")


@cache
def _looked_back() -> re.Pattern[str]:
    # (the mission's own "its" the skeleton reads as "M 's": "at its peak")
    words = "|".join(re.escape(w.lower()).replace(r"its\ ", r"(?:its|M\ 's)\ ").replace(r"\ ", " ")
                     for w in sorted(load_language().historical, key=len, reverse=True))
    told = load_language().now_told  # "at the time of writing": the present, no "at the time"
    but = "(?!" + "|".join(re.escape(w.lower()).replace(r"\ ", " ") for w in told) + r")" if told else ""
    return re.compile(rf" ?{but}(?:{words})(?![\w'-])", re.IGNORECASE)


def _foundings_before(reader: Reader, sk: Skeleton, at: int) -> list[tuple[int, int]]:
    """The founding the sentence tells before the figure ("Launched in 2018 at Baghdad's request, the
    mission, some 750 strong, ..."; "NMI, set up in 2018, now has ..."): its date is the founding's,
    not the size's."""
    if "D" not in sk.text[:at]:
        return []
    return [founding.span() for frame in reader.candidates(reader.language.founding_frames, sk)
            for founding in frame.pattern.finditer(sk.text, sk.lower, reader.present(sk))
            if founding.end() <= at and not _FIGURE.search(founding.group(0))]


def _mission_only_speaks(sk: Skeleton, match: re.Match[str]) -> bool:
    """The sentence names the mission only as who said it, the count's words not at all ("The Iraqi army has cut its
    staff to about 90,000 soldiers, NMI said", "selon la M, ..."): the mission speaks of another's people, not its own.
    A name before the count speaks only when its speech word stands before it and a comma after it ("According to
    NMI, ..."): "He noted that NMI has some 500 personnel", "We recently added X, and our 490 advisers" (the
    speaker's "we") name the count's own subject."""
    named = [m.span() for m in MISSION_SYMBOL.finditer(sk.text)]
    return (bool(named) and not any(match.start() <= s < match.end() for s, _ in named)
            and all(_only_speaker(sk.text, s, e, match.start()) for s, e in named))


def _only_speaker(text: str, start: int, end: int, count: int) -> bool:
    """The name at ``start:end`` is who speaks of a count that starts at ``count``, apart from it."""
    if end > count:  # ("..., NMI said"; not "The 4,300-strong M said the area was calm", the count its subject's)
        return speaker(text, start, end) and "," in text[count:start]
    # (a source fronted at the sentence's or a clause's start: not "The minister said M, to which some 600 advisers
    # contribute, will stay", the count its own)
    offset = max(0, start - 40)
    fronted = roles().spoke_before.search(text[offset:start])
    return (fronted is not None and "," in text[end:count]
            and text[:offset + fronted.start()].rstrip()[-1:] in {"", ",", ";", ":", "(", '"'})


def _others(sk: Skeleton, match: re.Match[str]) -> bool:
    """The frame stands in a stretch of another actor's and not the mission's, from the comma before
    it ("While the coalition keeps some 2,000 troops in Erbil, NMI has about 1,000")."""
    if "O" not in sk.symbols:
        return False
    if "M" not in sk.symbols and _other_described().match(sk.text):
        # "La NTM-I, la misión de entrenamiento de la OTAN en Irak, contaba con unos 200 instructores": a sentence
        # opening on another actor's name and an aside on it, naming no mission, counts that actor's people
        return True
    start = max(sk.text.rfind(" , ", 0, match.start()), sk.text.rfind(" ; ", 0, match.start())) + 1
    language = load_language()
    before = sk.text.rfind(" , ", 0, max(0, start - 1)) + 1
    if start > 0 and before > 0 and _also_named(language.also_named, sk.text[before:start + 1]):
        # "O , or kfor48 , comprises N0": the aside is the other name of the one before it, whose stretch it is
        start = max(sk.text.rfind(" , ", 0, before - 1), sk.text.rfind(" ; ", 0, before - 1)) + 1
    words = sk.text[start:match.end()].split()
    if (len(words) > 1 and words[0] == "," and start > 0
            and (words[1] in language.relative_pronouns or words[1] in language.attached)):
        # a relative clause's count is its antecedent's ("EUAM, which has around 90 staff, works alongside NMI"), and
        # so is an apposition's ("KFOR, with about 4,500 troops in Kosovo, and NMI, ...")
        before = max(sk.text.rfind(" , ", 0, start - 1), sk.text.rfind(" ; ", 0, start - 1),
                     sk.text.rfind(" : ", 0, start - 1)) + 1
        antecedent = sk.text[before:start].split()
        if "O" in antecedent and ("M" not in antecedent or antecedent[-1] == "O"):
            # (of two actors joined before it, the relative clause is the nearer one's: "oversees both KFOR and NMI,
            # whose some 500 personnel advise ...")
            return True  # (and so is the main clause's after it: "UNMIK, which works alongside KFOR, has 340 staff")
        words = sk.text[before:match.end()].split()
    elif (len(words) > 1 and words[0] == "," and sk.text.endswith(" O ", 0, start) and "M" not in words
          and sk.text.startswith(" , ", match.end())):
        return True  # an apposition's count after another actor's name ("The Kosovo Security Force, now 6,200 strong,")
    if start > 0 and "O" not in words and "M" not in words:
        # the main clause's verb after a relative clause on its subject ("UNMIK, which works alongside KFOR and
        # EULEX, has some 340 staff"): the count is the antecedent's, whoever the relative clause names
        found = _antecedent(language.relative_words).search(sk.text, max(0, start - 250), start)
        if found is not None:
            return found.group("who") == "O"
    return "O" in words and "M" not in words


@cache
def _antecedent(who: str) -> re.Pattern[str]:
    return re.compile(rf"(?:^|[,;:] )(?:the )?(?P<who>O|M)(?: \( [^()]{{0,20}} \))? , (?:{who}) [^;]{{1,200}}? $")


def _also_named(words: tuple[str, ...], aside: str) -> bool:
    """``aside`` (", or X ,") names again the one before it: one of ``words``, then a name of at most three words."""
    parts = aside.split()
    if len(parts) < 3 or parts[0] != "," or parts[-1] != ",":
        return False
    inner = " ".join(parts[1:-1])
    return any(inner.startswith(word + " ") and 1 <= len(inner[len(word):].split()) <= 3 for word in words)


def _elsewhere(sk: Skeleton, match: re.Match[str]) -> bool:
    """Right after the count (a verb may stand between), another actor it is in ("174 soldiers in the coalition
    and 128 in NMI", "174 militares en la coalición"), or a country the mission's profile does not list ("NATO's
    9,600-strong support mission in Afghanistan", "some 2,000 troops deployed in Syria"): that actor's count, or the
    count of a force elsewhere, not the mission's."""
    if "O" in sk.symbols and _within().match(sk.text, match.end()) is not None:
        return True
    there = _within_place().match(sk.text, match.end()) if "L0" in sk.symbols else None
    if there is None:
        return False
    place = sk.symbols.get(there.group("place"))
    return (place is not None and not place.known and not place.home
            and fold(place.value) in _countries())


def _several_actors(sk: Skeleton, at: int, end: int) -> bool:
    """The count (its figure at ``at``, its frame's words to ``end``) is one of several actors, the mission one of
    them, not the mission's size: its clause says so after it or fronted (:func:`_spread`), or joins the mission and
    another actor as the places its people serve in (:func:`_spread_over`), as the count's subject
    (:func:`_joint_subject`) or as the two whose sum it is (:func:`_combined`). (Two word lists: ``size.spread`` tells
    a shared count on its own, ``size.combined`` only beside the two actors joined: "500 troops working together
    with the Iraqi army" is the mission's.)"""
    return _spread(sk, end) or _spread_over(sk, end) or _joint_subject(sk, at) or _combined(sk, at, end)


def _spread(sk: Skeleton, end: int) -> bool:
    """A word of ``size.spread`` after the count, in its clause and before any other figure ("a ceiling of up to 500
    soldiers for both missions combined", "M and O have 1,200 personnel between them"), or fronted before a comma
    ("Between them, M and O have 1,200")."""
    stop = _part_end(sk.text, end)
    following = _FIGURE.search(sk.text, end, stop)
    if _spread_pattern().search(sk.text, end, following.start() if following is not None else stop) is not None:
        return True
    opening = _spread_pattern().match(sk.text)
    if opening is not None and sk.text.startswith(" , ", opening.end()):
        return True  # (fronted before a comma: "between them , M and O have N0 personnel")
    # (two places joined and summed, one of them abroad: "N0 allied troops serve in L0 and iraq combined")
    return _places_summed(sk, end, following.start() if following is not None else stop)


def _spread_over(sk: Skeleton, end: int) -> bool:
    """After the count, in its clause, the mission and another actor joined as the places its people serve in ("our
    120 soldiers in Iraq, both in M and in O", "sus 120 militares en Irak, tanto en la M como en O", "servent à la
    fois dans la M et dans O", "1,200 personnel across M and O", ``size.spread_over``): a nation's people spread over
    both."""
    if "O" not in sk.symbols or "M" not in sk.text[end:]:
        return False
    return _spanning_pattern().search(sk.text, end, _part_end(sk.text, end)) is not None


def _places_summed(sk: Skeleton, end: int, stop: int) -> bool:
    """After the count, before any other figure, two places joined and a word of their sum right after them, one of
    them outside the mission's country ("N0 allied troops serve in L0 and iraq combined"; the language files'
    size.within, coordination and size.combined): one count for both places, not the mission's size."""
    for found in _places_summed_pattern().finditer(sk.text, end, stop):
        places = [sk.symbols.get(found.group(side)) for side in ("first", "second")]
        if not all(place is not None and place.home for place in places):
            return True
    return False


@cache
def _places_summed_pattern() -> re.Pattern[str]:
    language = load_language()
    joins = trie_alternation(sorted({w.lower() for w in language.coordination if w.replace(" ", "").isalpha()}),
                             separator=" ")
    within = trie_alternation(language.within, separator=" ")
    summed = trie_alternation(language.combined, separator=" ") or "(?!x)x"
    return re.compile(rf"(?<![\w'-])(?:{within}) (?:(?:{_articles()}) ?)?(?P<first>L\d+|[\w'-]+) (?:{joins}) "
                      rf"(?:(?:{_articles()}) ?)?(?P<second>L\d+|[\w'-]+) (?:{summed})(?![\w'-])")


@cache
def _spread_pattern() -> re.Pattern[str]:
    words = trie_alternation(load_language().spread, separator=" ") or "(?!x)x"
    return re.compile(rf"(?<![\w'-])(?:{words})(?![\w'-])")


@cache
def _spanning_pattern() -> re.Pattern[str]:
    language = load_language()
    joins = trie_alternation(sorted({*(w.lower() for w in language.coordination), *language.companion}),
                             separator=" ")
    words = trie_alternation([*language.within, *language.spread_over], separator=" ")
    place = rf"(?:{words}) (?:(?:{_articles()}) ?)?"
    pair = _two_actors(joins, r"(?: [\w'-]+)?", rf"(?:{place})?")  # ("M and O", "M iraq and in O")
    return re.compile(rf"(?<![\w'-]){place}{pair}(?![\w'])")


def _two_actors(joins: str, near: str, far: str) -> str:
    """The mission and another actor, either first, joined by a word of ``joins``; ``near``: what may stand after the
    first, ``far``: what may stand before the second (each with its spaces: "M{near} and {far}O")."""
    return rf"(?:M{near} (?:{joins}) {far}O|O{near} (?:{joins}) {far}M)"


@cache
def _joiners() -> str:
    """The words of coordination of every language, lower case, as one alternation."""
    return trie_alternation([w.lower() for w in load_language().coordination], separator=" ")


def _pair_before(sk: Skeleton, at: int, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The last of the two actors ``pattern`` finds joined before ``at`` in its part of the sentence."""
    found = pattern.finditer(sk.text, _part_start(sk.text, at), at)
    return max(found, key=lambda pair: pair.start(), default=None)


@cache
def _countries() -> frozenset[str]:
    return frozenset(fold(country) for country in load_language().countries)


@cache
def _within_place() -> re.Pattern[str]:
    language = load_language()
    # (where they are, not where they come from: "4,300 troops from Italy, Germany ...")
    words = trie_alternation([w for w in language.within if w not in language.sent_from], separator=" ")
    articles = _articles()
    return re.compile(rf"(?: (?!M(?![\w']))[\w'-]+){{0,2}}? (?:{words}) (?:(?:{articles}) ?)?(?P<place>L\d+)(?![\w'])")


def _ours_within(sk: Skeleton, at: int) -> bool:
    """The count right after a first-person possessive, and after its noun's words a word of ``within`` and the
    mission: a speaker's own people in the mission, a nation's part of it, no size ("our 140 soldiers deployed in KFOR",
    "« nos 350 soldats au sein de la KFOR »", "onze 140 militairen bij KFOR"; not "our 4,500 soldiers", the mission's
    own people in its commander's words)."""
    found = _ours_pattern()
    return (found[0].search(sk.text, max(0, at - 30), at) is not None
            and found[1].match(sk.text, sk.text.find(" ", at)) is not None)


@cache
def _ours_pattern() -> tuple[re.Pattern[str], re.Pattern[str]]:
    language = load_language()
    ours = trie_alternation([w.lower() for w in language.first_person], separator=" ")
    within = trie_alternation([w for w in language.within if w not in language.sent_from], separator=" ")
    # (the skeleton writes a speaker's "our" as the mission's: "M 's N0 soldiers deployed in M")
    return (re.compile(rf"(?:(?<![\w'-])(?:{ours})|(?<![\w'])M 's) (?:(?:{_articles()}) )?$", re.IGNORECASE),
            re.compile(rf"(?: [\w'-]+){{1,3}}? (?:{within}) (?:(?:{_articles()}) ?)?M(?![\w'])", re.IGNORECASE))


@cache
def _within() -> re.Pattern[str]:
    language = load_language()
    words = trie_alternation(language.within, separator=" ")
    articles = _articles()
    # (a verb may stand between: "174 soldiers serve in the coalition", "600 militaires servent dans la coalition";
    # and a clause of its own with no relative pronoun, whose subject may be the mission's pronoun, which stands for
    # the giver: "the 150 troops it has deployed with the coalition")
    return re.compile(rf"(?:(?: (?!M(?![\w']))[\w'-]+){{0,2}}?| M(?: (?!M(?![\w']))[\w'-]+){{1,2}}?) (?:{words}) "
                      rf"(?:(?:{articles}) ?)?O(?![\w'])")  # none: never


def _coordinated_object(sk: Skeleton, at: int) -> bool:
    """The count is coordinated with the object of a verb that takes trainees, guests or what it runs ("launched 3 new
    courses and 200 trainers", "trained 3,000 officers, 40 pilots and 200 instructors"): it is that verb's object
    too, no size (but "has three bases and 500 personnel": the count of a verb of having is)."""
    return _coordinated_pattern().search(sk.text, max(0, at - 120), at) is not None


@cache
def _coordinated_pattern() -> re.Pattern[str]:
    language = load_language()
    verbs = trie_alternation(sorted(language.object_of), separator=" ")
    item = r"(?:(?:N\d+|[\w'-]+) ){1,4}"
    return re.compile(rf"(?<![\w'-])(?:{verbs}) {item}(?:, {item})*(?:, )?(?:{_joiners()}) $")


def _joint_subject(sk: Skeleton, at: int) -> bool:
    """Before the count in its clause, the mission and another actor joined by a word of coordination, and the mission
    not named again on its own ("NMI and the coalition have some 2,500 troops", "Samen hebben de NAVO-missie en de
    coalitie zo'n 2.500 militairen"): a count of both together, the mission's own share not told."""
    found = _pair_before(sk, at, _joint_pattern())
    if found is None or _own(sk, at):
        return False
    between = sk.text[found.end():at].split()
    # (a relative clause after the pair is the nearer one's: "the coalition and NMI, which has some 600 advisers")
    return "M" not in between and not (between[:1] == [","] and between[1:2] and between[1] in _relatives())


@cache
def _joint_pattern() -> re.Pattern[str]:
    # (a few words of the first one's name or place between: "O iraq og M", "M in L0 and O")
    words = r"(?: (?![MONP]\d*(?![\w'-]))[\w'-]+){0,3}"
    article = rf"(?:(?:{_articles()}) )?"  # ("M and the O", "la M y la O")
    return re.compile(rf"(?<![\w'-]){_two_actors(_joiners(), words, article)}(?![\w'-])")


def _part_relative(reader: Reader, sk: Skeleton, at: int) -> bool:
    """The count stands in a relative clause on a part of a force ("in addition to its contingent in
    Kosovo, which already numbers 400 soldiers", "son contingent, qui compte 300 militaires"): the part's."""
    return _part_relative_pattern(reader.language.relative_words).search(
        sk.text, max(0, at - 120), at) is not None


def _named_in_relative_only(reader: Reader, sk: Skeleton, at: int) -> bool:
    """The mission is named only in relative clauses on the subject, closed before the count ("X, who commanded the
    Austrian contingent in KFOR, will be in charge of some 1,100 troops", "X, qui a servi au sein de la KFOR,
    commandera 1 100 soldats"): the count is what the subject's new post holds, not the mission's."""
    # (not a clause that ends on the mission, whose comma may open the mission's own relative: "the NATO chief, who
    # said M , which has around 900 personnel , would stay")
    asides = [m.span() for m in _relative_aside(reader.language.relative_words).finditer(sk.text, 0, at)
              if not m.group(0).endswith(" M , ")]
    named = [m.start() for m in MISSION_SYMBOL.finditer(sk.text)]
    return bool(asides) and bool(named) and all(any(start <= m < end for start, end in asides) for m in named)


def _mission_relative(reader: Reader, sk: Skeleton, start: int, at: int) -> list[tuple[int, int]]:
    """A relative clause on the mission, the subject of the frame's count (at ``at``; the frame begins at
    ``start``), closed by the last comma before the count's verb, with its own figure and time ("M , che nel D0 ,
    al suo apice , contava N0 unità , conta oggi N1"): its tense is not the count's."""
    opened = _mission_relative_pattern(reader.language.relative_words).search(sk.text, 0, at)
    if opened is None or opened.end() >= at or opened.start() > start:
        return []
    close = sk.text.rfind(" , ", opened.end(), at)
    if close < 0 or len(sk.text[close + 3:at].split()) > 3 or not _FIGURE.search(sk.text, opened.end(), close):
        return []  # (one without a figure is an aside the frame skips already: see _ASIDE)
    return [(opened.end() - 1, close + 2)]


def _person_asides(reader: Reader, sk: Skeleton, at: int) -> list[tuple[int, int]]:
    """A relative clause on the person who opens the sentence, between commas before the count, telling their past ("X ,
    who previously commanded France's 3rd Division , takes over a mission of N0 personnel"): the person's own past, not
    the count's tense (not one that dates the clause: "Under X, who led NMI from 2021 to 2022, the mission grew to
    ...")."""
    found = _person_relative(reader.language.relative_words).match(sk.text, 0, at)
    if found is None or _DATE.search(found.group(0)) or not _biography(found.group("aside")):
        return []
    return [(found.start("aside") + 1, found.end() - 1)]


@cache
def _other_described() -> re.Pattern[str]:
    """A skeleton opening on another actor's name, an article before it at most, and a comma: an aside on that actor
    follows ("La NTM-I , la misión de entrenamiento de la OTAN en Irak , contaba con ...")."""
    return re.compile(rf"(?:(?:{_articles()}) )?O , ")


@cache
def _article_set() -> frozenset[str]:
    """The language files' articles in lower case."""
    return frozenset(w.lower() for w in load_language().articles)


@cache
def _articles() -> str:
    """The language files' articles in lower case (the skeleton's words), as one alternation."""
    return trie_alternation([w.lower() for w in load_language().articles], separator=" ")

def _led_before(sk: Skeleton, at: int) -> bool:
    """Right before the count (at ``at``), the simple past of holding a command, two words between at most ("The first
    commander of M was P0 , who commanded N0 troops", "die het bevel voerde over N0 militairen"): the people a person
    had in their charge once, of the mission then or of another force (a career's), no size of the mission now."""
    return _led().search(sk.text, max(0, at - 60), at) is not None


@cache
def _led() -> re.Pattern[str]:
    words = trie_alternation(load_language().led_count, separator=" ")
    return re.compile(rf"(?<![\w'-])(?:{words}) (?:[a-zà-ÿ'-]+ ){{0,2}}$")


def _biography(lower: str) -> bool:
    """The words (lower case) tell a person's past ("who previously commanded France's 3rd Division")."""
    return _biography_words().search(lower) is not None


@cache
def _biography_words() -> re.Pattern[str]:
    words = trie_alternation(load_language().biography, separator=" ")
    return re.compile(rf"(?<![\w'-])(?:{words})(?![\w'-])")


@cache
def _person_relative(who: str) -> re.Pattern[str]:
    return re.compile(rf"P\d+(?P<aside> , (?:{who}) [^,;]{{1,160}}? , )")


@cache
def _mission_relative_pattern(who: str) -> re.Pattern[str]:
    return re.compile(rf"(?:[a-zà-ÿ']+ )?M(?: \( [^()]{{0,20}} \))? , (?:{who}) ")


@cache
def _relative_aside(who: str) -> re.Pattern[str]:
    return re.compile(rf", (?:{who}) [^,;]{{1,200}}? , ")


@cache
def _part_relative_pattern(who: str) -> re.Pattern[str]:
    language = load_language()
    part = trie_alternation([*language.parts, *language.units])
    # (the nationality after the part, the whole's article before it: "del contingente español en la M , que en esta
    # rotación suma N0"; a phrase of time before the relative's verb)
    return re.compile(rf"(?<![\w'-])(?:{part})(?: [\w'-]+){{0,4}}? , (?:{who}) (?:[\w'-]+ ){{0,7}}?$")


def _set_apart(sk: Skeleton) -> bool:
    """The sentence names the mission only behind a word that sets what it counts apart from it ("A US logistics
    detachment at Erbil, separate from the NATO mission, has about 300 personnel"): the figure is another's."""
    names = list(MISSION_SYMBOL.finditer(sk.text))
    return bool(names) and all(_apart().search(sk.text, max(0, name.start() - 40), name.start()) is not None
                               for name in names)


@cache
def _apart() -> re.Pattern[str]:
    words = load_language().apart
    return re.compile(r"(?<![\w'-])(?:" + trie_alternation(words, separator=" ") + r") (?:the )?$")  # none: never


def _beside(sk: Skeleton, match: re.Match[str]) -> bool:
    """The mission is named only after the figure, behind a word that adds to it ("Italy keeps about
    650 troops in Iraq, in addition to its officers at NMI"; "oltre al personale della missione"): the
    figure is beside the mission's staff, someone else's."""
    found = _additive().search(sk.text, match.end("n"))
    return (found is not None and MISSION_SYMBOL.search(sk.text, 0, found.start()) is None
            and MISSION_SYMBOL.search(sk.text, found.end()) is not None)


def _added_to(sk: Skeleton, at: int) -> bool:
    """The figure stands in a phrase of what something is added to, in its own clause ("Foruden de 133 soldater på
    Al-Asad-basen bidrager Danmark med otte stabsofficerer til M", "In addition to the 200 troops in Erbil, Italy has 40
    officers at NMI"): the count beside the one the clause is about, not the mission's."""
    start = max(sk.text.rfind(" , ", 0, at), sk.text.rfind(" ; ", 0, at), sk.text.rfind(" : ", 0, at)) + 1
    found = max(_additive().finditer(sk.text, start, at), key=lambda m: m.start(), default=None)
    return (found is not None and len(sk.text[found.end():at].split()) <= 3
            and MISSION_SYMBOL.search(sk.text, found.end(), at) is None)


def _withdrawn_share(sk: Skeleton, at: int, profile: Profile) -> bool:
    """The figure is the whole of a part a nation, the subject, takes out ("España retira de Bagdad a 10 de los 13
    militares de la misión", "Spain has pulled 10 of the 13 troops it had in NMI out of Baghdad"): the nation's own."""
    start = max(sk.text.rfind(" , ", 0, at), sk.text.rfind(" ; ", 0, at), sk.text.rfind(" : ", 0, at)) + 1
    part = _PART_OF.search(sk.text, start, at)
    if part is None:
        return False
    verb = max(_withdraw().finditer(sk.text, start, part.start()), key=lambda m: m.start(), default=None)
    if verb is None:
        return False
    # a short aside between the subject and its verb ("La France a, de son côté, rapatrié 11 de ses 14
    # militaires"): the subject is before it
    aside = _SHORT_ASIDE.search(sk.text, 0, start + 1)
    if aside is not None:
        start = max(sk.text.rfind(" , ", 0, aside.start()), sk.text.rfind(" ; ", 0, aside.start()),
                    sk.text.rfind(" : ", 0, aside.start())) + 1
    nations = nations_of(profile)
    # (a country may stand as a place: "L'Italia ha rimpatriato ...")
    return (nations[1].search(sk.text, start, verb.start()) is not None
            or any(nations[0].fullmatch(sk.symbols[symbol].value)
                   for symbol in PLACE_SYMBOL.findall(sk.text, start, verb.start()) if symbol in sk.symbols))


# " , de son côté , ", " , por su parte , ", " , for its part , ": an aside of a few words, no figure
_SHORT_ASIDE = re.compile(r" , (?:(?!N\d)[^ ,;:]+ ){1,4},$")


# "N0 de los ", "N0 of the ", "N0 des ": a part, then its whole
_PART_OF = re.compile(r"(?<![\w'])N\d+ (?:[\w']+ ){1,2}$")


@cache
def _withdraw() -> re.Pattern[str]:
    words = load_language().withdraw
    return re.compile(r"(?<![\w'-])" + trie_alternation(words, separator=" ") + r"(?![\w'-])")  # none: never


def _share_of(sk: Skeleton, match: re.Match[str]) -> bool:
    """A part of a group named before stands just before the figure ("Almost two-thirds of those - 272 troops - are in
    KFOR", "Most of them, some 300 soldiers, serve with NMI"): the group's share, no size of the mission (unless the
    group is the frame's own figure of the mission, its aside: "la M cuenta con un techo de N0 efectivos , de los
    cuales están desplegados N1")."""
    at = match.start("n")
    found = _partitive().search(sk.text, max(0, at - 60), at)
    return found is not None and not (_inserted(match, match.start()) and found.start() >= match.end("ins"))


def _amount_again(sk: Skeleton, at: int) -> bool:
    """A change's amount, a comma and a word that says it again stand just before the count ("NMI cut its staff by a
    quarter, or about 300 personnel", "a réduit ses effectifs d'un quart, soit environ 300"): the count is the change,
    not the size it leaves."""
    return _restated().search(sk.text, max(0, at - 60), at) is not None


@cache
def _restated() -> re.Pattern[str]:
    language = load_language()
    by = trie_alternation(list(language.amount_by), separator=" ")
    again = trie_alternation(list(language.amount_again), separator=" ")
    if not by or not again:
        return re.compile(r"(?!x)x")
    return re.compile(rf"(?<![\w'-])(?:{by})(?: |(?<=')) ?[^,;]{{1,30}}? , (?:{again}) (?:[\w-]+ )?$")


@cache
def _partitive() -> re.Pattern[str]:
    words = load_language().partitive
    return re.compile(r"(?<![\w'-])" + trie_alternation(words, separator=" ")  # none: never
                      + r"(?: [-–—,(:])?(?: [\w-]+){0,2}? $")


def _given_to(sk: Skeleton, match: re.Match[str]) -> bool:
    """The count's noun, then a word of where people go and the mission ("some 40 personnel to NMI", "contributes 84
    personnel to NMI", "the dispatch of 90 trainers to NMI"): people given or sent to it, a share, no size."""
    # (and the next of a list of such shares: "some 40 personnel to M and 120 personnel to the coalition")
    return (_to_mission().match(sk.text, match.end()) is not None
            or _to_mission_listed().search(sk.text, max(0, match.start("n") - 80), match.start("n")) is not None)


def _sent_to_mission() -> str:
    language = load_language()
    words = trie_alternation(language.sent_to, separator=" ")
    articles = _articles()
    # (another of the count's nouns between: "90 soldiers and civilians to M"; no verb: "700 personnel are assigned to
    # M" are its own)
    staff = trie_alternation([*language.staff, *(w for w in language.coordination if w.isalpha())], separator=" ")
    return rf"(?: (?:{staff})(?![\w'-])){{0,3}} (?:{words}) (?:(?:{articles}) )?M(?! 's)(?![\w'])"


@cache
def _to_mission() -> re.Pattern[str]:
    return re.compile(_sent_to_mission() if load_language().sent_to else "(?!x)x")


@cache
def _to_mission_listed() -> re.Pattern[str]:
    language = load_language()
    if not language.sent_to:
        return re.compile("(?!x)x")
    joiners = trie_alternation([w for w in language.coordination if w.replace(" ", "").isalpha()], separator=" ")
    return re.compile(rf"(?<![\w'])N\d+{_sent_to_mission()} (?:, )?(?:{joiners}) (?:[\w'-]+ )?$")


def _roundup_item(sk: Skeleton, at: int) -> bool:
    """The count stands in brackets after one item of a roundup that gives every item its own count in brackets, and
    that item names no mission ("led by COMKFOR P0 ( about N0 troops ) , COM M P1 ( about N1 personnel ) and P2 at
    nato hq sarajevo ( some N2 staff )", "M ( N0 personnel ) and O ( N1 troops )"): the count is that item's."""
    opened = sk.text.rfind("( ", 0, at)
    if opened < 0 or ")" in sk.text[opened:at] or sk.text.find(" )", at) < 0 or sk.text.count("( ") < 2:
        return False
    brackets = _BRACKETED_FIGURE.findall(sk.text)
    if len(brackets) < 2:
        return False  # (one count in brackets is the sentence's, whatever it names before)
    item = sk.text[sk.text.rfind(")", 0, opened) + 1:opened].split()
    return "M" not in item and "M" in sk.text.split()


_BRACKETED_FIGURE = re.compile(r"\( (?:[^()]{0,30} )?N\d+ [^()]{0,40}\)")


def _held_in(sk: Skeleton, text: str, match: re.Match[str], profile: Profile) -> bool:
    """The count's people placed in the mission (``size.held_in``), after the count's noun ("92 personnel serving in
    it") or in a phrase that opens the clause ("In NMI we have 30 soldiers"), and before the count a holder other than
    the mission: a speaker's "we" after that opening phrase, or a nation or a speaker's own nation where the count's
    verb has no mission for its subject ("Türkiye has contributed to the mission since its start and currently has 92
    personnel serving in it"): the holder's share, no size (not "the Turkish general said the mission has 600
    personnel serving in it")."""
    at = match.start("n")
    told = text[:sk.symbols[match.group("n")].start]  # the text before the count
    if _counted_there(told):
        return True
    start = _clause_start(sk.text, at)
    fronted = _held_before().match(sk.text, start) is not None
    if not fronted and _held_after().match(sk.text, match.end("n")) is None:
        return False
    own = _own_match(sk, at)
    if own is not None and _own_nation().match(sk.text, own.start()) is None:
        return False  # the mission's own whole ("Britain provides 63 of the 1,300 personnel in M"; not "M 's country")
    before = sk.text[start:at]
    if _PART_FIRST.search(before):
        return False  # a part's count just before, the count the whole it is of ("Norge bidrager med 35 af de N1")
    language = load_language()
    if any(sk.text.endswith("M", 0, found.start()) for found in
           _relative_after(language.relative_words).finditer(sk.text, start, at)):
        return False  # "Poland leads M , which has N0 personnel serving in M": the relative's antecedent is the mission
    if fronted and any(w in language.first_person_subjects for w in _last_words(told, 8)):
        # a speaker's "we" after the mission set out as a place, one of a list of where they have people ("In KFOR we
        # have 240 soldiers"): the mission is not the speaker (not "Today we have around 5,500 troops in KFOR", the
        # alliance's Secretary General: the speaker's "we" may be the parent's)
        return True
    # the mission as the subject of the count's verb, an adverb at most between ("M currently has N0"; not "in M have
    # N0", the mission a place, nor "M 's establishment and has N0")
    subject = _SUBJECT_MISSION.search(before)
    if subject is not None and (sk.text[:start + subject.start()].split() or [""])[-1] not in language.held_in:
        return False
    return (nations_of(profile)[1].search(before) is not None or _own_nation().search(before) is not None
            or any(_nation_place(sk, symbol, profile) for symbol in PLACE_SYMBOL.findall(before)))


def _last_words(told: str, count: int) -> list[str]:
    """The last ``count`` words of the text told before a count, in its clause after a semicolon, in lower case and
    without a comma or colon of their own (where a speaker's "we" before the count is looked for)."""
    return [w.strip(",:") for w in told[told.rfind(";") + 1:].lower().split()[-count:]]


def _counted_there(told: str) -> bool:
    """Right before the count, a speaker's "we", a pronoun of place for the mission (``size.held_there``) and the
    count's verb: "Nous y comptons 35 militaires", the speaker's own people in the mission (a nation's), no size."""
    language = load_language()
    if not language.held_there:
        return False
    words = _last_words(told, 5)
    return any(first in language.first_person_subjects and there in language.held_there
               for first, there in itertools.pairwise(words))


# a figure a word to three before the count: a part of the whole the count is ("35 of the N1", "35 af de N1")
_PART_FIRST = re.compile(r"(?<![\w'])N\d+(?: [^ ,;:.]+){1,3} $")
_SUBJECT_MISSION = re.compile(r"(?<![\w'])M (?:[a-zà-ÿ-]+ ){1,2}$")


@cache
def _held_after() -> re.Pattern[str]:
    held = _held_in_mission()
    return re.compile(rf"(?: [^ ,;:.()]+){{0,3}}? {held}" if held else "(?!x)x")


@cache
def _held_before() -> re.Pattern[str]:
    held = _held_in_mission()
    return re.compile(rf" ?{held}" if held else "(?!x)x")


def _held_in_mission() -> str:
    """A word of ``size.held_in`` and the mission after it, an article between at most ("serving in the M"); none when
    the language lists no such word."""
    words = load_language().held_in
    if not words:
        return ""
    return rf"(?:{trie_alternation(words, separator=' ')}) (?:(?:{_articles()}) )?M(?! 's)(?![\w'])"


def _marked_national(sk: Skeleton, match: re.Match[str]) -> bool:
    """Right after the count's noun, brackets that mark it a nation's own (``size.national_marks``: "60 personnel
    (national ceiling)", a budget table's column read as its row's words): the nation's contingent, no size."""
    return _national_brackets().match(sk.text, match.end()) is not None


@cache
def _national_brackets() -> re.Pattern[str]:
    words = trie_alternation(load_language().national_marks, separator=" ")
    return re.compile(rf" \( (?:[^()]{{0,40}} )?(?:{words})(?: [^()]{{0,40}})? \)")  # none: never


def _joining(sk: Skeleton, match: re.Match[str]) -> bool:
    """The count's clause goes on with a verb of joining the mission ("some 150 soldiers and civilians prepare to join
    the mission", "200 more trainers will join NMI in May"): newcomers, no size of it."""
    return _joins().match(sk.text, match.end()) is not None


@cache
def _joins() -> re.Pattern[str]:
    language = load_language()
    verbs = trie_alternation(language.joining, separator=" ")
    articles = _articles()
    # (the count's noun may go on: "soldiers and civilians", then the verb and the mission)
    # (the mission named back by its noun where the skeleton kept it a word: "join the mission")
    nouns = trie_alternation(["M", *language.mission_nouns], separator=" ")
    # (a time or a preposition may stand between the verb and the mission: "que se incorporarán en las próximas semanas
    # a la misión", "qui rejoindront en juin la mission")
    gap = r"(?: (?![,;:.])[^ ]+)"
    return re.compile(rf"{gap}{{0,4}}? (?:{verbs}){gap}{{0,5}}? (?:(?:{articles}) )?(?:{nouns})(?! 's)(?![\w'])")


def _taking_part(sk: Skeleton, at: int) -> bool:
    """The count's clause goes on, its noun's words between, with a verb of taking part (``size.taking_part``) in
    something that is not the mission ("Some N0 M troops took part this week in a crowd-control exercise"): those of
    an exercise or an event, no size (not "N0 troops take part in M": the mission's)."""
    found = _clause_goes_on("taking_part").match(sk.text, at)
    if found is None:
        return False
    after = sk.text[found.end():].split()[:4]
    return not any(word == "M" or word in load_language().mission_nouns for word in after)


def _a_part(sk: Skeleton, at: int) -> bool:
    """The count's clause goes on, its noun's words between, with a copula that makes those people a part of a whole
    (``size.part_of_whole``: "Our N0 women and men here are a small part of something larger", "the N0 Italians are
    a part of M"; not "N0 soldiers form part of M", its size), or with a verb of joining a course (``size.enrolled``:
    "The mission said N0 instructors had enrolled", "N0 cadets graduated"): a share of the mission or its trainees, no
    size of it."""
    return any(_clause_goes_on(key).match(sk.text, at) is not None for key in ("part_of_whole", "enrolled"))


@cache
def _clause_goes_on(key: str) -> re.Pattern[str]:
    """The count, then its noun's words (the mission's name among them: "N0 M troops", "N0 militaires de la M"), then
    a phrase of the language files' ``[size]`` list ``key`` (taking_part, part_of_whole, enrolled)."""
    words = trie_alternation(getattr(load_language(), key), separator=" ")
    return re.compile(rf"N\d+(?: (?![,;:.])[^ ]+){{0,5}}? (?:{words})(?![\w'])") if words else re.compile(r"(?!x)x")


def _part_apposed(reader: Reader, sk: Skeleton, at: int) -> bool:
    """The count opens an apposition after a comma (``size.attached``: ", with up to N0 personnel") to a clause that
    names a part of the mission last ("extend the Danish contribution to M until D0 , with up to N0 personnel"): the
    part's count, not the mission's."""
    start = sk.text.rfind(" , ", 0, at)
    if start < 0 or sk.text[start + 3:at].strip() not in reader.language.attached:
        return False
    before = max(sk.text.rfind(" , ", 0, start), sk.text.rfind(" ; ", 0, start), sk.text.rfind(" : ", 0, start)) + 1
    part = _part_named().search(sk.text, before, start)
    return part is not None and MISSION_SYMBOL.search(sk.text, part.end(), start) is None


def _whole_apposed(sk: Skeleton, at: int) -> bool:
    """The mission closes an apposition on the clause's subject, after a word of the whole it belongs to
    (``size.whole_apposed``), the count after it ("O0 , one of two regional commands under M , brings together N0
    soldiers", "the battle group , part of M , counts N0"): the subject's count, not the mission's (not "the
    alliance 's mission , M , has N0")."""
    close = sk.text.rfind(" , ", 0, at)
    whole = _whole_before().search(sk.text, 0, close) if close >= 0 else None
    if whole is None:
        return False
    opened = sk.text.rfind(" , ", 0, whole.start())
    if opened < 0 or re.search(r"(?<![\w'])P\d", sk.text[opened:whole.start()]):
        return False  # (a person's clause, the mission its object: "On the D , P0 took command of M , whose ...")
    if sk.text[close + 3:].split(" ", 1)[0].lower() in _relatives():
        return False  # (a relative clause on the mission follows: the count is the mission's)
    subject = sk.text[_clause_start(sk.text, opened):opened]
    return bool(subject.strip(" ,;:")) and MISSION_SYMBOL.search(subject) is None


@cache
def _whole_before() -> re.Pattern[str]:
    whole = trie_alternation(load_language().whole_apposed, separator=" ")  # none: never matches
    # (the whole's possessive before the parts it has: "the regional command , one of M 's two , counts N0")
    return re.compile(rf"(?<![\w'])(?:{whole}) (?:(?:{_articles()}) )?M(?: 's(?: [\w-]+){{1,3}})?$")


def _told_before(sk: Skeleton, text: str, at: int, before: Callable[[], list[str]] | None) -> list[str]:
    """What a count at ``at`` follows: the clause before it where a semicolon opens its own ("aveva 6.000 agenti nel
    nord; oggi ne conta"), else the sentences before the sentence (``text``, ``sk`` its skeleton), if known."""
    if ";" in sk.text[:at]:
        return [text.split(";")[sk.text.count(";", 0, at) - 1]]
    return before() if before is not None else []


def _team_told_before(reader: Reader, sk: Skeleton, match: re.Match[str], before: Callable[[], list[str]] | None,
                      profile: Profile) -> bool:
    """The figure sizes a part by its definite noun ("The 14-strong team worked at the school") and the sentence
    before names a nation's people as its subject, not its object ("The last of the Czech Army's medical advisers have
    returned ..."; not "NMI trains Iraqi soldiers."): the part is that nation's, not the mission."""
    # (the skeleton may have read the definite noun as the mission's: "M N0 - strong team")
    if before is None or not _DEFINITE_OR_MISSION.search(sk.text, 0, match.start("n")):
        return False
    noun = sk.text[match.end():].split()[:1]
    if not noun or not _unit(noun[0], (*reader.language.parts, *reader.language.units)):
        return False
    told = before()
    if not told:
        return False
    for found in _nation_people(profile).finditer(told[-1]):
        if not reader.language.own("object_of", (told[-1][:found.start()].split() or [""])[-1].lower(),
                                    told[-1].lower()):
            return True
    return False


@cache  # by profile
def _nation_people(profile: Profile) -> re.Pattern[str]:
    """A nation's people in plain text: a country or nationality, up to three words, then a word of
    ``size.staff`` ("the Czech Army's medical advisers", "Danish trainers")."""
    staff = trie_alternation(load_language().staff, separator=" ")
    return re.compile(rf"{nations_of(profile)[0].pattern}(?:\s+[\w'’-]+){{0,3}}?\s+(?i:{staff})(?![\w'-])")


def people_counted(sentences: list[str]) -> bool:
    """The last of ``sentences`` counts people: a figure ("50.000", "dodici") followed by a word of ``size.staff``
    ("con 50.000 militari", "circa 500 addestratori"), not only countries or allies ("Vi partecipano dodici paesi
    alleati", "riunisce i militari di 20 nazioni")."""
    return bool(sentences) and _counted().search(sentences[-1]) is not None


@cache
def _counted() -> re.Pattern[str]:
    language = load_language()
    words = trie_alternation(list(language.number_words), separator=" ")
    staff = trie_alternation(language.staff, separator=" ")
    return re.compile(rf"(?:(?<![\w.,])\d(?:[\d.,\u00a0]*\d)?|(?<![\w'-])(?i:{words}))(?![\w'-])"
                      rf" (?i:{staff})(?![\w'-])")


def _apposed_to_mission(reader: Reader, sk: Skeleton, at: int) -> bool:
    """The count opens an apposition after a comma (``size.attached``: ", with some N0 personnel") to a clause the
    mission opens as its subject, naming no other actor, person or people of its own after it ("M works at the
    invitation of the iraqi government , with N0 personnel"): the mission's count; not "M works alongside O0 , with
    N0 staff" nor "M trains iraqi troops , with N0 soldiers"."""
    start = sk.text.rfind(" , ", 0, at)
    if start < 0 or sk.text[start + 3:at].strip() not in reader.language.attached:
        return False
    before = max(sk.text.rfind(" , ", 0, start), sk.text.rfind(" ; ", 0, start), sk.text.rfind(" : ", 0, start))
    clause = sk.text[before + 3 if before >= 0 else 0:start].split()
    if clause[:1] == ["the"]:
        clause = clause[1:]
    language = reader.language
    people = {w for w in (*language.forces, *language.staff) if " " not in w}
    return (len(clause) > 1 and clause[0] == "M"
            and not any(w[:1].isupper() or w in people for w in clause[1:]))


@cache
def _part_named() -> re.Pattern[str]:
    part = part_words()  # none: never matches
    return re.compile(rf"(?<![\w'])(?:{part})(?: [\w'-]+){{0,2}}? M(?! 's)(?![\w'])|(?<![\w'])M 's (?:[\w-]+ ){{0,2}}?"
                      rf"(?:{part})(?![\w'])")


def _reinforcing(sk: Skeleton, at: int) -> bool:
    """A verb of reinforcing, then its preposition of means right before the figure ("decided to reinforce KFOR with
    600 soldiers", "de forstærke KFOR med 600 soldater", "reforzar la KFOR con 600 soldados"): the reinforcement, no
    size."""
    return (_reinforce().search(sk.text, max(0, at - 80), at) is not None
            or (_reinforce_means().search(sk.text, max(0, at - 30), at) is not None
                and _reinforce_last().match(sk.text, sk.text.find(" ", at)) is not None))


@cache
def _reinforce_means() -> re.Pattern[str]:
    """The preposition of means, a word or two between it and the figure at most ("met zo'n 600")."""
    means = trie_alternation(load_language().reinforce_with, separator=" ")
    return re.compile(rf"(?<![\w'-])(?:{means}) (?:[^ ,;:.]+ ){{0,2}}?$")  # none: never


@cache
def _reinforce_last() -> re.Pattern[str]:
    """After the figure, its noun and the verb of reinforcing that ends the clause, as Dutch puts it last ("besloot KFOR
    met 600 militairen te versterken", "NMI wordt met 200 adviseurs uitgebreid")."""
    verbs = trie_alternation(load_language().reinforce, separator=" ")
    return re.compile(rf"(?: [^ ,;:.]+){{1,3}}? (?:{verbs})(?= ?[,.;:»)]|$| (?:en|om|nadat|omdat|and|og)(?![\w'-]))")


@cache
def _reinforce() -> re.Pattern[str]:
    language = load_language()
    verbs = trie_alternation(language.reinforce, separator=" ")
    means = trie_alternation(language.reinforce_with, separator=" ")
    return re.compile(rf"(?<![\w'-])(?:{verbs}) (?:[^ ,;:.]+ ){{0,4}}?(?:{means}) ?$")  # none: never
def _nation_gives(sk: Skeleton, at: int, profile: Profile) -> bool:
    """A nation, then a verb of giving to the mission and "the mission with" right before the figure ("the United States
    continues to play a role in KFOR and supports the mission with more than 640 troops", "Italy contributes to KFOR
    with some 700 soldiers"), or a unit it names there, the count in a relative clause on it ("L'Autriche participe à la
    KFOR avec le bataillon AUTCON, qui compte environ 300 soldats"): the nation's share, no size."""
    found = _gives().search(sk.text, max(0, at - 90), at)
    if found is None:
        return False
    start = _clause_start(sk.text, found.start())
    _, nations = nations_of(profile)
    # (or a place the text named that is a nation: "L'Italie contribue à la NMI avec 120 militaires")
    return nations.search(sk.text, start, found.start()) is not None or any(
        _nation_place(sk, symbol, profile) for symbol in PLACE_SYMBOL.findall(sk.text, start, found.start()))


@cache
def _subject() -> re.Pattern[str]:
    """The mission the subject opening the sentence or a clause, a word or three before the figure ("M has N0"), after a
    comma and perhaps a word that opens a clause of its own (``clause_cuts``, ``subject_openers``: "KFOR keeps 4,200
    troops in Kosovo, while M has some N0"): the words before it are another clause's, not the count's."""
    language = load_language()
    cuts = trie_alternation([w.lower() for w in (*language.clause_cuts, *language.subject_openers) if w.isalpha()],
                            separator=" ")
    # (after any language's article: "A diferencia de la KFOR, que despliega 4.500 soldados, la M cuenta con N0")
    return re.compile(rf"(?:^|[,;:] (?:(?:{cuts}) )?)(?:(?:{_articles()}) ?(?:' )?)?M (?:[a-zà-ÿ'-]+ ){{1,3}}$")


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding ``at`` starts: after the last semicolon or colon before it."""
    return max(text.rfind(" ; ", 0, at), text.rfind(" : ", 0, at)) + 1


def _nation_place(sk: Skeleton, symbol: str, profile: Profile) -> bool:
    """A place the text named (its symbol, "L3") that is a nation."""
    return symbol in sk.symbols and nations_of(profile)[0].fullmatch(sk.symbols[symbol].value) is not None


def _nation_lends(sk: Skeleton, at: int, profile: Profile) -> bool:
    """A nation opens the count's clause, and a verb of lending people stands right before the count ("Denmark has led
    the mission for a year and contributed some 90 staff", "Norway sends 60 trainers to NMI"): the nation's share,
    no size (not the mission's own: "Italy provides 200 of NMI's 650 personnel"; a speaker's own country, "Our country
    contributes up to 60 personnel", is a nation, its "our" maybe the skeleton's "M 's")."""
    start = _clause_start(sk.text, at)
    opening = _clause_subject(sk, at)
    speaker = _own_nation().match(sk.text, opening)
    own = _own_match(sk, at)
    if own is not None and (speaker is None or own.start() != speaker.start()):
        return False
    if _lend().search(sk.text, start, at) is None:
        return False
    # (or a capital standing for its government: "Ankara contributes about 400 soldiers to KFOR"; a capital the
    # profile knows as a place of the mission is a place symbol in the skeleton, no word)
    return (_nation_at(sk, opening, profile) or _capital().match(sk.text, opening) is not None
            or speaker is not None)


def _clause_subject(sk: Skeleton, at: int) -> int:
    """Where the subject of the clause holding ``at`` begins: past a definite article (``_opening``) and an elided one,
    joined to its noun or as the skeleton splits it ("l ' L0 a rejoint la M")."""
    start = _clause_start(sk.text, at)
    opened = _opening().match(sk.text, start)
    opening = opened.end() if opened is not None else start
    elided = _elided().match(sk.text, opening)
    return elided.end() if elided is not None else opening


def _nation_at(sk: Skeleton, at: int, profile: Profile) -> bool:
    """A nation's word at ``at``, or a place the text named there that is a nation ("L0" for "Italy")."""
    place = PLACE_SYMBOL.match(sk.text, at)
    return nations_of(profile)[1].match(sk.text, at) is not None or (
        place is not None and _nation_place(sk, place.group(0), profile))


@cache
def _elided() -> re.Pattern[str]:
    """An elided article ([grammar] elided_articles), joined to its noun or as the skeleton splits it ("l ' L0")."""
    forms = {form for article in grammar_words().get("elided_articles", [])
             for form in (article.lower(), f"{article[:-1].lower()} ' ")}
    return re.compile("|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True)) or r"(?!x)x")


def _nation_coordinated(reader: Reader, sk: Skeleton, at: int, profile: Profile) -> bool:
    """A nation opens the sentence, and a word of coordination with no comma and no subject of its own opens the
    count's clause ("Italy joined M in D0 and now has N0 troops", "L'Italie a rejoint la M en D0 et compte aujourd'hui
    N0 militaires", "Italien kom med i M i D0 og har i dag N0 soldater"): the nation is the subject of both clauses,
    the count its people (not "M was cut in D0 and has N0", nor "Italy joined M , which now has N0")."""
    opening = _clause_subject(sk, at)
    if not _nation_at(sk, opening, profile):
        return False
    # (every clause between a bare word of coordination: not "Slovenia deploys eight officers to M , which advises
    # O0 and has around N0", where the relative clause's subject is the mission)
    joins = list(reader.cuts.finditer(sk.text, opening, at))
    return bool(joins) and all(cut.group(0).strip() in reader.and_words for cut in joins) and not (
        MISSION_SYMBOL.search(sk.text, joins[-1].end(), at))


@cache
def _own_nation() -> re.Pattern[str]:
    """A speaker's own nation ("our country"), as a whole phrase; its possessive may be the skeleton's "M 's" (the
    speaker's "our" read as the mission's: a mission has no country)."""
    language = load_language()
    owners = set(language.first_person)
    words = {" ".join(w.split()[1:]) if w.split()[0] in owners else w for w in language.own_nation}
    owned = {w for w in language.own_nation if w.split()[0] in owners}
    return re.compile(rf"(?:{trie_alternation(owned, separator=' ')}|M 's (?:{trie_alternation(words, separator=' ')}))"
                      rf"(?![\w-])" if owned else r"(?!x)x")


@cache
def _capital() -> re.Pattern[str]:
    """The language files' capitals, in lower case (the skeleton's words), as a whole word."""
    words = {c.lower() for c in load_language().capitals if c.replace(" ", "").isalpha()}
    return re.compile(rf"(?:{trie_alternation(words, separator=' ')})(?![\w-])")


@cache
def _opening() -> re.Pattern[str]:
    """The start of a clause up to its subject: a definite article at most (the language files' ``[grammar]
    definite_articles``: "the", "il" of "Il nostro Paese schiera ...")."""
    articles = {word.lower() for word in grammar_words().get("definite_articles", [])}
    return re.compile(rf" ?(?:(?:{trie_alternation(articles, separator=' ')}) )?" if articles else r" ?")


def _nation_gives_to_effort(sk: Skeleton, at: int, profile: Profile) -> bool:
    """A nation opens the count's clause, then a verb of giving or lending people, what it gives to (not the mission:
    that is ``_nation_gives``'s) and the means word right before the count ("Italy contributes to the international
    effort in Iraq with some 650 troops, deployed in both the coalition and M", "L'Italia contribuisce all'impegno
    internazionale in Iraq con circa N0 militari"): the nation's share, no size."""
    opening = _clause_subject(sk, at)  # ("l ' L0 contribuisce")
    return _gives_to_effort().search(sk.text, opening, at) is not None and _nation_at(sk, opening, profile)


@cache
def _gives_to_effort() -> re.Pattern[str]:
    language = load_language()
    verbs = trie_alternation([*language.lend, *language.contribute], separator=" ")
    means = trie_alternation(language.reinforce_with, separator=" ")
    # (up to eight words of what it gives to, none the mission nor a clause's punctuation; with no verbs or means words
    # in the language files, the empty alternation never matches)
    return re.compile(rf"(?<![\w'-])(?:{verbs}) (?:(?!M |N\d)[^ ,;:.]+ ){{1,8}}?(?:{means}) $")


@cache
def _lend() -> re.Pattern[str]:
    words = trie_alternation(load_language().lend, separator=" ")
    # (the verb right before the count, not the mission's own verb: "Denmark says NMI keeps 600")
    return re.compile(rf"(?<![\w'-])(?<!M )(?:{words}) $")  # (none: never matches)


def _trainees(sk: Skeleton, at: int) -> bool:
    """A course, a workshop or a training cycle, then a word of whom it is for or who attended it right before the
    count (or before the range it closes), in its clause ("concluded a four-week course in military medicine for 24
    instructors", "un stage de trois semaines sur la médecine militaire à Bagdad pour 30 formateurs", "a training event
    attended by some 120 NCOs"): its trainees, no size. Read on the skeleton: a name is one word of the gap and the
    count's approximator is in its figure ("un curso para unos 40 instructores")."""
    found = _range_before().search(sk.text, 0, at)
    start = found.start("first") if found is not None else at
    return _events_for().search(sk.text, max(0, start - 160), start) is not None


def _trained_by_mission(reader: Reader, sk: Skeleton, match: re.Match[str]) -> bool:
    """The people counted are the object of the mission's own verb in a relative clause right after them ("the 900
    instructors that NMI has so far certified", "the 2,000 officers M trained"): its trainees or guests (a verb of the
    language files' [size] object_of), not its people ("the 500 advisers that NMI has deployed" are)."""
    if sk.text[:match.end()].split()[-2:-1] == ["-"]:
        return False  # "The 500-strong M trains": a compound adjective before the mission, no noun a relative opens on
    found = _relative_object().match(sk.text, match.end())
    return found is not None and reader.language.own("object_of", found.group("verb"), sk.text)


@cache
def _relative_object() -> re.Pattern[str]:
    language = load_language()
    who = f"{language.relative_words}|{language.noun_relative_words}"
    verbs = trie_alternation(sorted(language.object_of), separator=" ")
    # the relative's subject the mission, then at most three words of its auxiliary and adverbs before the verb
    return re.compile(rf" (?:(?:{who}) )?(?:the )?M (?:[a-z]+ ){{0,3}}?(?P<verb>{verbs})(?![\w'-])")


@cache
def _events_for() -> re.Pattern[str]:
    language = load_language()
    events = trie_alternation(language.events, separator=" ")
    beneficiaries = trie_alternation(language.events_for, separator=" ")
    # up to twelve words between, none a clause's punctuation (Romance noun phrases are long: "de trois semaines sur la
    # médecine militaire à L0"); (none: never matches)
    return re.compile(rf"(?<![\w'-])(?:{events})(?![\w'-])(?: (?![,;:])[^ ]+){{0,12}}? (?:{beneficiaries}) $")


@cache
def _gives() -> re.Pattern[str]:
    language = load_language()
    # (a word may sit inside the verb's phrase, an adverb of its time or degree: "La Belgique contribue actuellement à
    # la NMI avec 14 militaires", "Spain also takes part in ...")
    verbs = trie_alternation(language.contribute, separator=r" (?:[^ ,;:.]+ )?")
    articles = _articles()
    means = trie_alternation(language.reinforce_with, separator=" ")
    who = language.relative_words
    # (or a unit it names after the means word, the count in a relative clause on it: "La Suisse participe à la KFOR
    # avec la Swisscoy, qui compte actuellement 195 militaires"; no verbs: never matches)
    # (a time of the giving between the mission and the means word: "Denmark took part in KFOR from 1999 to 2009 with
    # up to 850 soldiers"; up to four words, no clause's punctuation)
    return re.compile(rf"(?<![\w'-])(?:{verbs}) (?:(?:{articles}) )?M (?:[^ ,;:.]+ ){{0,4}}?(?:{means}) "
                      rf"(?:(?:[^ ,;:.]+ ){{0,3}}?"
                      rf"|(?:[^ ,;:.]+ ){{1,4}}, (?:{who}) (?:[^ ,;:.]+ ){{1,3}}?)$")


def _from_one_nation(sk: Skeleton, match: re.Match[str], profile: Profile) -> bool:
    """Right after the count's noun, the one country its people come from ("KFOR currently has 212 soldiers from the
    Netherlands"): that country's contingent, no size (not a count of countries nor a list: "from 28 countries",
    "from Italy, Germany and 25 other nations")."""
    found = _origin().match(sk.text, match.end())
    if found is None:
        return False
    place = found.group("place")
    name = sk.symbols[place].value if place in sk.symbols else place
    return nations_of(profile)[0 if place in sk.symbols else 1].fullmatch(name) is not None


@cache
def _origin() -> re.Pattern[str]:
    words = load_language().sent_from
    return re.compile(r" " + trie_alternation(words, separator=" ")  # none: never matches
                      + r" (?:the )?(?P<place>L\d+|[a-z]+(?: [a-z]+)?)(?= [.;]| in | at |$)")


def _from_reserve(sk: Skeleton, end: int) -> bool:
    """Right after the count's noun, a reserve its people are drawn from ("KFOR received 700 troops from NATO's
    operational reserve force", "some 500 soldiers from the strategic reserves arrived"): a part sent, no size."""
    return _reserve().match(sk.text, end) is not None


@cache
def _reserve() -> re.Pattern[str]:
    language = load_language()
    if not language.reserves or not language.sent_from:
        return re.compile(r"(?!x)x")
    return re.compile(r" " + trie_alternation(language.sent_from, separator=" ") + r" (?:[^ ,;:.]+ ){0,3}?"
                      + trie_alternation(language.reserves, separator=" ") + r"(?![\w-])")


def _summed(sk: Skeleton, end: int) -> bool:
    """In the count's clause after it, a sum over rotations ("durante el año 2031 han desplegado un total de 928
    efectivos, teniendo en cuenta los distintos relevos"): the people who served in turn, not the size."""
    stop = min((i for i in (sk.text.find(" ; ", end), sk.text.find(" . ", end)) if i >= 0), default=len(sk.text))
    return _cumulative().search(sk.text, end, stop) is not None


def _combined(sk: Skeleton, at: int, end: int) -> bool:
    """The mission and another actor joined before the count, and a word of their sum right before it (after the
    last of them), right after it or opening the sentence ("NMI and EUAM together number about 950", "suman, entre
    ambas, cerca de 950 efectivos", "have some 950 staff between them"): one count for both, neither's size."""
    if "O" not in sk.symbols:
        return False
    start, stop = _part_start(sk.text, at), _part_end(sk.text, end)
    pair = _pair_before(sk, at, _joined_actors())
    if pair is None or re.search(r"(?<![\w'])[MO](?![\w'])", re.sub(r"\( [^()]* \)", "", sk.text[pair.end():at])):
        return False  # (not another clause's subject after them: "NMI and EUAM work together, and NMI has 500")
    after = sk.text[end:stop].split()[:4]
    near = [(pair.end(), at), (end, end + len(" ".join(after)) + 1), (start, pair.start())]
    return any(found is not None and not _companion_at(sk.text, found.start())
               for begin, finish in near for found in [_together().search(sk.text, begin, finish)])


def _companion_at(text: str, at: int) -> bool:
    """A companion's words start at ``at`` ("together with"): who acts beside the subject, not a sum."""
    return any(text.startswith(word + " ", at) for word in load_language().companion if " " in word)


@cache
def _joined_actors() -> re.Pattern[str]:
    """The mission and another actor joined, up to 60 characters of the first's words or the second's between
    ("NMI and the EU's advisory mission EUAM")."""
    pair = _two_actors(_joiners(), r"(?: [^;]{0,60}?)?", r"(?:[^;]{0,60}? )?")
    return re.compile(rf"(?<![\w']){pair}(?![\w'])")


@cache
def _together() -> re.Pattern[str]:
    words = load_language().combined
    return re.compile(r"(?<![\w'-])" + trie_alternation(words, separator=" ") + r"(?![\w'-])")  # none: never


@cache
def _cumulative() -> re.Pattern[str]:
    words = load_language().cumulative
    return re.compile(r"(?<![\w'-])" + trie_alternation(words, separator=" ") + r"(?![\w'-])")  # none: never


@cache
def _additive() -> re.Pattern[str]:
    words = load_language().additive
    return re.compile(r"(?<![\w'-])" + trie_alternation(words, separator=" ") + r"(?![\w-])")  # none: never


def _part_subject(reader: Reader, sk: Skeleton, at: int) -> bool:
    """The figure's clause has a part of the mission for its subject ("The Belgian contingent of NMI, 30
    soldiers strong, ..."; "Il contingente italiano della M conta 280 militari"; "NMI's Danish
    detachment of 60"): the count is the part's, unless the figure is the mission's own ("of NMI's 650")."""
    start = sk.text.rfind(" ; ", 0, at) + 1
    subject = _part_before().match(sk.text, start + (start > 0))
    if subject is None or subject.end() > at or _own(sk, at):
        return False
    # (a relative clause on the part goes on with it: "le contingent belge de M , qui compte N0 militaires")
    relatives = reader.language.relative_pronouns
    return all(cut.group(0).strip(" ,") in relatives or _part_goes_on(sk, cut, at)
               for cut in reader.cuts.finditer(sk.text, subject.end(), at))


def _part_goes_on(sk: Skeleton, cut: re.Match[str], at: int) -> bool:
    """The clause ``cut`` opens is a contrast that names no actor up to the figure at ``at`` ("the Danish contribution
    to M has a ceiling of N0 , but the current strength is N1"): it sets another figure of the same subject, the part's
    (not "..., but M has N1")."""
    return (cut.group(0).strip(" ,") in load_language().part_but
            and _ACTOR_SYMBOL.search(sk.text, cut.end(), at) is None)


def _whole_of_part_only(sk: Skeleton, at: int) -> bool:
    """Before the figure, in its clause and the ones its "and" goes on from, the mission is named only as the whole a
    part belongs to ("extended the Bundeswehr's participation in M for another year and kept the ceiling at N0
    soldiers", "the German contingent in M will grow to N0 soldiers"): the part's count (not past a comma, where a
    relative clause or an apposition may speak of the mission itself: "its contingent in M , which has N0 troops")."""
    start = max(sk.text.rfind(" ; ", 0, at), sk.text.rfind(" : ", 0, at), -1) + 1
    named = [found.start() for found in MISSION_SYMBOL.finditer(sk.text, start, at)]
    return (bool(named) and "," not in sk.text[named[-1]:at] and not _own(sk, at)
            and all(_part_whole().search(sk.text, max(0, m - 60), m + 1) is not None for m in named))


@cache
def _part_whole() -> re.Pattern[str]:
    """A part's noun, then a word of whose it is, right before the mission ("participation in M", "the Spanish
    contingent of the M")."""
    part = part_words()  # none: never matches
    return re.compile(rf"(?<![\w-]){part} (?:in|to|of|with|within) (?:the )?M$")


def _part_when(sk: Skeleton, at: int) -> bool:
    """The figure stands in a clause of when with no subject of its own (a verb, a pronoun at most), after a clause
    that names a part of the mission ("España retiró su contingente de la M en 2009, cuando contaba con unos 600
    militares", "Spain withdrew its contingent in 2009, when it numbered 600 troops", "..., toen het nog 450 militairen
    telde"): the part's count then, not the mission's."""
    opener = max(_when_clause().finditer(sk.text, 0, at), key=lambda m: m.start(), default=None)
    if opener is None:
        opener = _then_owned().search(sk.text, max(0, at - 80), at)
        if opener is None:
            return False
    if opener is None or len(sk.text[opener.end():at].split()) > 3 or "," in sk.text[opener.end():at]:
        return False
    start = max(sk.text.rfind(" , ", 0, opener.start()), sk.text.rfind(" ; ", 0, opener.start()), -1) + 1
    parts = frozenset(load_language().parts)
    return any(word in parts for word in sk.text[start:opener.start()].split())


@cache
def _then_owned() -> re.Pattern[str]:
    """A comma or a semicolon, a phrase for the time before, then a possessive right before the count ("; en aquel
    momento sus 620 militares", "; at the time its 620 soldiers"): the possessive's owner is the clause before's."""
    language = load_language()
    owners = trie_alternation([w.lower() for w in language.possessives], separator=" ")
    return re.compile(r" [,;] (?:" + trie_alternation(language.part_then, separator=" ") + r")(?: ,)? (?:[\w-]+ )?"
                      + r"(?:" + owners + r") (?:[\w-]+ )?$")


@cache
def _when_clause() -> re.Pattern[str]:
    """A comma, then the word of a clause of when (or after, before, until), elided too ("lorsqu'il")."""
    words = load_language().background
    elided = [w[:-1] + "'" for w in words if w.endswith("e") and " " not in w]
    return re.compile(r" , (?:" + trie_alternation(words, separator=" ") + r"(?= )|"
                      + trie_alternation(elided) + r"[\w-]+)")


@cache
def _mission_part() -> re.Pattern[str]:
    """The mission's name as the word of one of its parts ("its M contingent", "the M detachment")."""
    return re.compile(rf"(?<![\w'])M (?:{part_words()})(?![\w'-])")


@cache
def _part_before() -> re.Pattern[str]:
    part = part_words()  # none: never matches
    # "the belgian contingent in M", "le contingent belge de M", "el contingente español en la M",
    # "M 's danish detachment"
    # (after a fronted phrase or a dateline: "On Thursday, Sweden's contingent in M numbers N0")
    return re.compile(rf"(?:(?:[^,;]{{1,80}}? ,|[^,;-]{{1,80}}? -) )?"
                      rf"(?:(?:[\w'-]+ ){{0,3}}?{part}(?: [\w'-]+){{0,2}}? (?:[\w']+ ){{1,2}}?M(?! 's)(?![\w])"
                      rf"|(?:the )?M 's (?:[\w-]+ ){{0,2}}?{part})(?![\w])")


def _unit_after(reader: Reader, sk: Skeleton, text: str, match: re.Match[str]) -> bool:
    """After the count's noun, a preposition of whose they are and a unit ("De 36 soldater fra KFOR Hold 48", "the
    150 soldiers of the mission's third rotation", "les 120 militaires du détachement belge"): the unit's count, not the
    mission's ("500 militaires et un détachement belge": no)."""
    # (in the skeleton, where the mission's name is one word, and in the text, where a unit's name may read as a
    # place's: "fra KFOR Hold 48")
    for skeleton, rest in ((True, sk.text[match.end("n"):]), (False, text[sk.symbols[match.group("n")].end:])):
        rest = re.split(r"[,;:.()]", rest, maxsplit=1)[0]
        found = _whose_after().match(rest)
        if found is not None and _names_unit(rest[found.end():].split()[:4], reader.language.units):
            return True
        # "NMI works with the 2,500 troops of the coalition", "de 2.500 militairen van de coalitie": another actor's
        # people, that actor the owner after the preposition (its article at most; in the skeleton, its name O)
        if found is not None and skeleton and _other_owner().match(rest, found.end()) is not None:
            return True
        # "Some 300 soldiers of the Austrian Armed Forces' 51st KFOR contingent": a part of the mission its owner's
        # phrase ends with, the mission's name as the part's word (in the skeleton)
        if found is not None and _mission_part().search(" ".join(rest[found.end():].split()[:8])):
            return True
        # "700 soldiers will deploy to Kosovo as part of the US contribution to KFOR": the part's
        within = _part_of().search(rest)
        parts = (*reader.language.parts, *reader.language.units)
        if within is not None and any(_unit(w.lower(), parts) for w in rest[within.end():].split()[:4]):
            return True
    return False


@cache
def _other_owner() -> re.Pattern[str]:
    return re.compile(rf" (?:(?:{_articles()}) )?O(?![\w'-])")


@cache
def _part_of() -> re.Pattern[str]:
    words = load_language().as_part
    return re.compile(r"(?<![\w'-])" + trie_alternation(words, separator=" ") + r"(?![\w'-])", re.IGNORECASE)


@cache
def _whose_after() -> re.Pattern[str]:
    """The count's noun (a word or three), then a preposition of whose they are."""
    language = load_language()
    whose = trie_alternation([w.lower() for w in (*language.genitive, "from")], separator=" ")
    return re.compile(rf" (?:[\w'-]+ ){{1,3}}?(?:{whose})(?= )", re.IGNORECASE)

def _nation_subject(reader: Reader, sk: Skeleton, at: int, profile: Profile) -> bool:
    """The figure's clause has a nation's forces for its subject, the noun beside the nationality ("Las fuerzas
    españolas en la M se incrementarán, pasando de los actuales N0 efectivos a N1"; "la aportación española ... con
    unos N0 efectivos"; "De Nederlandse militairen in M zijn met N0"): the nation's count, unless the figure is the
    mission's own ("of NMI's 650") or a clause of its own comes between ("Spanish troops serve in NMI, which has
    N0")."""
    subject = _nation_before(profile).match(sk.text)
    if subject is None or subject.end() > at or _own(sk, at):
        return False
    return all(_part_goes_on(sk, cut, at) for cut in reader.cuts.finditer(sk.text, subject.end(), at))


def _fronted_for_nation(sk: Skeleton, match: re.Match[str], profile: Profile) -> bool:
    """The figure stands in a phrase fronted before its clause's subject, and that subject is a nation ("With around
    45 soldiers, Austria provides one of the larger contingents in NMI"): the nation's count."""
    comma = sk.text.find(" , ", match.end("n"))
    if comma < 0 or sk.text.find(" , ", 0, match.start()) >= 0 or MISSION_SYMBOL.search(sk.text, 0, comma):
        return False
    return _nation_after_comma(profile).match(sk.text, comma) is not None


@cache  # by profile
def _nation_after_comma(profile: Profile) -> re.Pattern[str]:
    articles = _articles()
    return re.compile(rf" , (?:(?:{articles}) )?(?:{nations_of(profile)[1].pattern})")


@cache  # by profile
def _nation_before(profile: Profile) -> re.Pattern[str]:
    language = load_language()
    nouns = trie_alternation([*language.parts, *language.forces], separator=" ")
    nations = nations_of(profile)[1].pattern
    # at the sentence's start, after a fronted phrase at most ("De acuerdo con lo publicado, la aportación española")
    # (an article before it, no count: "63 UK personnel were deployed to NMI, of a mission total of 1,300")
    # (or after a heading's topic and its colon: "NMI: Det danske bidrag har ...")
    return re.compile(rf"(?:[^,;]{{1,80}}? , |[^,;:]{{1,40}}? : )?(?:(?!N\d)[\w'-]+ )?"
                      rf"(?:(?:{nouns}) {nations}|{nations} (?:{nouns}))(?![\w-])")


def _partial_after(sk: Skeleton, match: re.Match[str]) -> bool:
    """Right after the count's noun, a word of a part of the force: a reinforcement, not the size
    ("enviará 150 militares adicionales", "150 soldats supplémentaires"); or a few words on, in its clause, past its
    owner and a verb, a word of casualties ("27 soldati della forza di pace sono rimasti feriti"), or that word right
    before the count, the verb first ("feriti 25 militari KFOR", "the clashes wounded 25 KFOR soldiers"): the hurt,
    no size."""
    return (_after_words().match(sk.text, match.end()) is not None
            or _hurt_words().match(sk.text, match.end()) is not None
            or _hurt_before().search(sk.text, max(0, match.start() - 40), match.start()) is not None)


@cache
def _after_words() -> re.Pattern[str]:
    words = load_language().partial_after
    return re.compile(r" " + trie_alternation(words, separator=" ") + r"(?![\w'-])")  # none: never matches


@cache
def _hurt_before() -> re.Pattern[str]:
    words = load_language().hurt_after
    return re.compile(r"(?<![\w'-])" + trie_alternation(words, separator=" ") + r" $")


@cache
def _hurt_words() -> re.Pattern[str]:
    words = load_language().hurt_after
    # no other figure, no clause boundary between ("4,300 soldiers after 27 were wounded" keeps the 4,300)
    return re.compile(r"(?: (?!N\d)[^\s,;:()\"]+){0,5}? " + trie_alternation(words, separator=" ") + r"(?![\w'-])")


def _own(sk: Skeleton, at: int) -> bool:
    """The figure is the mission's own, whoever stands before it ("Italy provides 200 of NMI's 650
    personnel"); not "of the" after a noun of an event ("a review of the 1,100 soldiers": those reviewed)."""
    found = _own_match(sk, at)
    return found is not None and not (found.group().startswith(("of ", "among "))
                                      and _event_object(sk.text[max(0, at - 40):at], load_language(), sk.text))


def _own_match(sk: Skeleton, at: int) -> re.Match[str] | None:
    """The words before the figure that make it the mission's own (see ``_own``), where they stand."""
    return _OWN.search(sk.text, max(0, at - 40), at)


def _someone_elses(text: str, framed: str, figure: Mention, slot: Slot, profile: Profile,
                   within: bool = True, moved: bool = True) -> bool:
    """A country, a nationality or a foreign word just before the figure or in the frame's words,
    or a word of a part on the move just before it: a national contingent, someone else's troops,
    a reinforcement. ``within``: the words a few before the frame count too (not for a total the
    mission is brought to: there they are the change's subject); ``moved``: a word of sending just before counts (not
    for a frame whose verb of sending counts the whole so far: "has deployed only about 450 so far")."""
    # from the clause's start ("Lt Gen X (Bulgaria); about 900 personnel": a bulletin line), and
    # without a parenthesis (the country of a person named there)
    before = (text[_word_start(text, figure.start - 50):figure.start] if within
              else text[max(0, figure.start - 12):figure.start])
    if within and ")" in before:  # a parenthesis takes no room ("Il Reggimento MSU (Multinational Specialized Unit)
        # dei Carabinieri, 260 militari": the regiment's)
        before = _PARENTHESIS.sub(" ", text[max(0, figure.start - 150):figure.start])[-50:]
    words_before = _PARENTHESIS.sub(" ", before[before.rfind(";") + 1:]).split()
    # (and the word before them, which tells whose the nationality is: "by Turkish Lt Gen X")
    wide = text[max(0, figure.start - 90):figure.start] if within else before
    words_wide = _PARENTHESIS.sub(" ", wide[wide.rfind(";") + 1:]).split()
    language = load_language()
    if words_before and words_before[-1].lower() in language.handover_parts["between"]:
        words_before.pop()  # the word that opens a range ("mellem 200 og 250"): the words before it count
        words_wide.pop()
    counted = len(words_before[-6:])
    before = " ".join(words_before[-6:])
    context, begin = before, 0
    if len(words_wide) > counted:
        context, begin = " ".join(words_wide[-counted - 1:]), len(words_wide[-counted - 1]) + 1
    nations, words = nations_of(profile)
    if any(not _persons(text, found, language.nation_person, at)
           for text, pattern, at in ((context, nations, begin), (framed, words, 0))
           for found in pattern.finditer(text, at)):
        return True
    if slot.foreign is not None and any(not _persons(text, found, language.nation_person, at)
                                        for text, at in ((context, begin), (framed, 0))
                                        for found in slot.foreign.finditer(text, at)):
        return True
    lead = [w.lower().strip(",") for w in before.split()[-2:]]
    return ((moved and any(w in language.partial_before for w in lead))
            or (bool(lead) and language.own("object_of", lead[-1], text.lower()))
            # (past the count's article: "addressed the 85 soldiers of the contingent")
            or (len(lead) == 2 and lead[-1] in _article_set()
                and language.own("object_of", lead[0], text.lower()))
            # (a noun of an event and its preposition: "for a review of the 1,100 soldiers", "een inspectie van de ...")
            or _event_object(text[max(0, figure.start - 40):figure.start], language, text.lower())
            # (a unit the count spells out after a colon: "reinforce NMI with an infantry company: 145 troops in all")
            or _unit_before(before, language.units, language.whole_of, text[max(0, figure.start - 150):figure.start])
            or _numbered_unit_before(before, language.numbered_units)
            or _part_of_count(text[max(0, figure.start - 60):figure.start], framed))


def _event_object(before: str, language: Language, lower: str) -> bool:
    """Right before the count (its article between at most), a noun of an event and its preposition, an entry of two
    words of ``object_of``: those the event is of, reviewed or inspected, no size ("for a review of the 1,100 soldiers
    under his command", "une inspection des 300 militaires", "pasó revista a los 500 soldados")."""
    words = [w.lower().strip(",") for w in before.split()[1:][-3:]]  # (the first word may be cut)
    if words and words[-1] in _article_set():
        words.pop()
    return len(words) >= 2 and language.own("object_of", " ".join(words[-2:]), lower)


def _word_start(text: str, at: int) -> int:
    """Where the word ``at`` falls in starts (0 before the text): a window of the words before a count takes its first
    word whole ("[n]ational operation, Operation X, of 90 trainers": the unit is a "national operation")."""
    at = max(0, at)
    while 0 < at and text[at - 1].isalnum():
        at -= 1
    return at


def _unit_before(before: str, units: tuple[str, ...], whole_of: tuple[str, ...], wide: str) -> bool:
    """A unit stands in the words before the count, and the count is not the whole it belongs to, said right after it
    ("the largest contributor to the 5,500-strong force": the force's count), nor told past an aside the unit stands in
    ("X, formerly commander of the 1st Armoured Brigade, will lead a mission of about 1,100": the aside's unit is a
    person's former post)."""
    words = [w.lower().strip(",:") for w in before.split()]
    found = [i for i, w in enumerate(words) if _unit(w, units)]
    # (or a unit of two words: "a task force of 200", da "et hold på 35 soldater", where "hold" alone is no unit, as
    # English "hold" is a verb)
    found += [i + 1 for i in range(len(words) - 1) if f"{words[i]} {words[i + 1]}" in _joined_units(units)]
    return bool(found) and " ".join(words[max(found) + 1:]) not in whole_of and not _in_aside(wide, units)


def _in_aside(wide: str, units: tuple[str, ...]) -> bool:
    """The last unit in the words before a count stands between two commas, an aside ("X, formerly commander of the
    1st Armoured Brigade, will lead a mission of about 1,100")."""
    raw = wide.replace(",", " , ").split()
    found = [i for i, w in enumerate(raw) if _unit(w.lower().strip(":"), units)]
    return bool(found) and "," in raw[:max(found)] and "," in raw[max(found):]


def _part_of_count(before: str, framed: str) -> bool:
    """A count, then a comma and a word that opens a list's items right before the figure ("a ceiling of 550 personnel,
    including 80 civilian advisers", "dont 80 civils"): the figure is a part of that count, no size of its own; unless
    the frame that read it reads that word too ("un plafond de 2 000 militaires, dont environ 1 150 sont déployés": the
    part deployed is the size)."""
    found = _part_of_count_pattern().search(before)
    return found is not None and found.group("word").lower() not in framed.lower()


@cache
def _part_of_count_pattern() -> re.Pattern[str]:
    """A count, a comma and a word that opens a list's items right before the figure (the language files' [scope]
    including, read with the other size rules' words: ``load_language``)."""
    including = "|".join(load_language().scope.get("including", []))
    return re.compile(rf"\d[^;:]{{0,40}}?,\s*(?P<word>{including})\s*$", re.IGNORECASE)


def _numbered_unit_before(before: str, numbered: tuple[str, ...]) -> bool:
    """A numbered team stands in the words before the count ("Hold 12 består af 92 soldater"): the team's count. (Its
    number must follow it there: "hold" before the count itself is English's verb, "will hold 550 troops".)"""
    words = [w.lower().strip(",:") for w in before.split()]
    return any(word in numbered and following.isdigit() for word, following in itertools.pairwise(words))


@cache
def _joined_units(units: tuple[str, ...]) -> frozenset[str]:
    return frozenset(u.lower() for u in units if u.count(" ") == 1)


def _origins_masked(sk: Skeleton, text: str, profile: Profile) -> str:
    """``text`` with a person's country after their name blanked ("Maj. Gen. X of France, who has led the roughly
    4,600-strong force"): the person's origin, not the troops'."""
    if "P0" not in sk.symbols:
        return text
    nations = nations_of(profile)[0]
    for symbol, mention in sk.symbols.items():
        if symbol.startswith("P"):
            # (and a nationality inside the person's mention, between the rank and the name: "el general de cuerpo
            # de ejército italiano X", "le général italien X": the officer's, not the troops')
            # (only between a rank and a name: a mention that opens on the country is no officer's, "España
            # contribuye a la M con cerca de 150 militares")
            for inside in nations.finditer(text, mention.start, mention.end):
                if inside.start() > mention.start and inside.end() < mention.end:
                    text = text[:inside.start()] + " " * (inside.end() - inside.start()) + text[inside.end():]
            found = _origin_of().match(text, mention.end)
            if found is not None and nations.search(found.group("nation")):
                text = text[:mention.end] + " " * (found.end() - mention.end) + text[found.end():]
    # the relative clause on the person who opens the sentence, telling their past ("Vermeer, who previously led a Dutch
    # airmobile brigade, inherits a force of about 750 personnel"): that person's past, not the troops'
    opener = sk.symbols.get(sk.text.split(" ", 1)[0])
    if opener is not None and opener.kind == "P" and not text[:opener.start].strip():
        aside = _person_aside(tuple(load_language().relative_pronouns)).match(text, opener.end)
        if aside is not None and _biography(aside.group(0).lower()):
            text = text[:aside.start()] + " " * (aside.end() - aside.start()) + text[aside.end():]
    return text


@cache
def _person_aside(relatives: tuple[str, ...]) -> re.Pattern[str]:
    who = trie_alternation([w.lower() for w in relatives], separator=" ")
    return re.compile(rf", (?i:{who}) [^,;]{{1,160}}?,")


@cache
def _origin_of() -> re.Pattern[str]:
    """A person's country or the service they come from, after the name ("X of France,", "X from Ireland and", "X of the
    British Army,", "X of the Royal Danish Army, who"; ``words.origin_before`` ...): a name of a few capitalised words
    that ends the phrase."""
    language = load_language()
    before, articles, joiners, after = (trie_alternation(words, separator=" ") for words in (
        language.origin_before, language.origin_articles, language.origin_joiners, language.origin_after))
    # (a list no language fills is an alternation that matches nothing)
    article = rf"(?:(?:{articles}) )?"
    joined = rf"(?:(?:{joiners}) {article})?"
    return re.compile(rf" (?:{before}) {article}(?P<nation>[A-Z][\w-]+(?: {joined}[A-Z][\w-]+){{0,3}})"
                      rf"(?=\s*[,;)]|$| (?:{after})(?![\w'-]))")


def _persons(text: str, nation: re.Match[str], nouns: frozenset[str], begin: int = 0) -> bool:
    """The nationality is a person's, its noun beside it ("a Portuguese commander heads the mission, which has N0",
    "le général portugais"): no troops'. ``begin``: where the words read for the figure start, the word before them
    told only whose the nationality is by a preposition."""
    after = text[nation.end():].split()[:1]
    before = text[:nation.start()].split()[-1:]
    nouned = before if nation.start() > begin else []
    # (or, after a word that makes the person no subject of the count, a rank as written and a name: "commanded since
    # May by Turkish Lieutenant General X, has about 600 personnel": the officer's nationality, not a contingent's; not
    # "Its first commander, Canadian Major General X, led some 580 personnel", the count that officer's own)
    return (any(w.lower().strip(",;:") in nouns for w in (*after, *nouned))
            or ([w.lower() for w in before] in (["by"], ["under"])
                and _ranked_after().match(text, nation.end()) is not None))


@cache
def _ranked_after() -> re.Pattern[str]:
    """A rank as written, a capitalised word after it: a person's mention goes on after a nationality."""
    ranks = trie_alternation(sorted(load_language().ranks), separator=r"[\s.-]+")
    return re.compile(rf" (?:{ranks})\.?[\s.-]+[A-Z]")


def _names_unit(words: list[str], units: tuple[str, ...]) -> bool:
    """One of the words is a unit's, or they hold a unit of several words ("150 soldiers from M 's regional command
    east", "of its task force")."""
    joined = f" {' '.join(words).lower()} "
    return (any(_unit(w.lower(), units) for w in words)
            or any(" " in unit and f" {unit} " in joined for unit in units))


def _unit(word: str, units: tuple[str, ...]) -> bool:
    """The word is a unit's, or ends with a long one ("infanteriecompagnie"); a short one is the whole word only
    ("a new team of 120", "et nyt hold på 120", not "i forhold til 550")."""
    return any(word == unit or (len(unit) >= 5 and word.endswith(unit)) for unit in units)


@cache  # by profile
def _asking(profile: Profile) -> re.Pattern[str]:
    language = load_language()
    asked = trie_alternation(language.asked, separator=r"\s+")
    staff = trie_alternation([s.lower() for s in language.staff], separator=r"\s+")
    return re.compile(rf"(?<![\w])(?:{asked})\s*(?P<between>(?:[\w'-]+\s+){{0,2}}?)(?:{staff})(?![\w])")


def asks_size(lower: str, profile: Profile) -> bool:
    """A question asks for the count of the mission's people ("How many personnel does the mission
    have in Iraq today?", "How big is it?"), not of a country's ("How many British soldiers serve in
    KFOR?", "How big is the Italian contingent?")."""
    match = _asking(profile).search(lower)
    if match is None:
        return in_size_words(lower, profile)
    return nations_of(profile)[1].search(match.group("between")) is None


def asks_size_alone(lower: str, profile: Profile) -> bool:
    """A question asks for a size in words of size alone (the language files' [size] asked_size: "How big are you
    now?", "Hvor mange er I?"), no people's noun ("How many soldiers ...") and no country in it: the size of those
    asked."""
    return _asking(profile).search(lower) is None and in_size_words(lower, profile)


@cache
def _answer() -> re.Pattern[str]:
    """The figure that opens an answer, after a speaker's label, a quotation mark or a turn's dash ("– Nous sommes
    environ 600") and the speaker's own count (the language files' [size] answer_own: "We are about 650 now", "Vi er
    omkring 600 nu")."""
    own = "|".join(f"(?:{w})" for w in load_language().answer_own) or "(?!x)x"
    return re.compile(rf"^(?:[^:]{{0,60}} : )?(?:[\"'“”„»«] |[-–—] )?(?:(?:{own}) )?(?P<n>N\d+)(?= [,.;]| [a-z]| ?$)",
                      re.IGNORECASE)


def answered_size(reader: Reader, sk: Skeleton, slot: Slot, quote: str, published: date | None) -> Fact | None:
    """The figure that opens the answer to a question asking for the mission's size ("A: Around
    1,200, military and civilian."), or the speaker's own count opening it ("We zijn nu met ongeveer 650 mensen"):
    that size."""
    match = _answer().match(sk.text)
    if match is None:
        return None
    figure = sk.symbols[match.group("n")]
    if figure.number is None or figure.number < 10:
        return None
    tone = reader.tone(sk, match.start("n"), match.end("n"), [], published, comma=True, main=True)
    role = reader.weigh("current", tone)
    if role is None:
        return None
    return Fact(slot=slot.name, value=figure.value, key=str(int(figure.number)), quote=quote, role=role,
                as_of=fact_date(tone, published), number=figure.number, qualifier=figure.qualifier)
