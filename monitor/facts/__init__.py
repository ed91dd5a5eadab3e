"""Document + mission profile -> mandate facts, each with the exact sentence that states it.

Pure functions; mission knowledge comes from the profile, language knowledge from the language
files (``monitor/languages/``). The stages:

1. text       paragraphs -> sentences -> clauses (``text.py``: ``split_sentences``);
2. focus      which sentences are about the mission: it is named there, or a reference ("the
              mission") or a pronoun points back to it; a sentence naming another actor and not
              the mission is about that actor (``text.classify_sentences``);
3. mentions   persons, the mission, other actors, dates, as spans; the sentence's skeleton
              (``mentions.py``);
4. frames     the language files' frames over the skeleton bind persons to a post and the
              mission to a state, with a role from the frame and the clause's tone
              (``frames.py``), for the slots a profile reads by frames (``frames = "command"``);
5. lexicon    the profile's lexicons and rules for the other slots (``lexicon.py``; who acts in
              ``actors.py``), each value weighed by the tone of its clause (``tone.py``).
"""
from __future__ import annotations

import functools
import gc
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TypeVar

from ..language import Language, load_language
from ..models import Document, Fact
from ..parsecache import save as save_patterns
from ..parsecache import trie_alternation, whole_phrases
from ..profile import Guarded, Profile, Slot
from ..textutil import alternation, contains_any, fold, forget_parses, name_words, opening_end
from .frames import HISTORY, Reader, Tone, person_fact, person_key, shift_date, value_fact
from .handover import HandoverParts
from .layout import laid_out, statement_day
from .lexicon import SlotGroups, sentence_facts
from .mentions import MISSION_SYMBOL, Finder, Mention, People, Skeleton, skeleton
from .respective import respective
from .sizes import answered_size, asks_size, asks_size_alone, size_facts
from .speakers import denied_premises, post_author, turn_person, turn_speaker, withdrawn_figures
from .standing import standing_yields
from .text import Sentence, classify_sentences, flattened, opens_with_relative, plain, split_sentences

__all__ = ["extract_facts", "plain", "split_sentences"]


@dataclass(frozen=True)
class _Engine:
    """What reading a document under one profile needs, derived once per profile."""

    profile: Profile
    finder: Finder
    reader: Reader
    handovers: HandoverParts  # a change of command read from its parts, where no frame reads it
    framed: tuple[Slot, ...]  # read by the language files' frames
    lexical: SlotGroups  # read by the profile's lexicons and rules
    parented: tuple[Slot, ...]  # framed slots the parent organisation's sentences state too (basis)
    posted: tuple[Slot, ...]  # framed slots of persons in a post (command, civilian)
    sized: Slot | None  # the slot of the mission's size, read by the size frames
    name_words: frozenset[str]  # the words of the mission's name and aliases, folded


@functools.cache  # by profile (profiles are loaded once and never change)
def _engine(profile: Profile) -> _Engine:
    # Compiling the language files' few hundred frames is most of the time a process takes to
    # start (every `monitor check` and `extract`): the garbage collector would walk the parse trees
    # again and again meanwhile, for nothing (none of them holds a cycle to free), a third of it.
    collecting = gc.isenabled()
    gc.disable()
    try:
        language = load_language()
        slots = profile.slots.values()
        reader = _reader(language)
        return _Engine(profile, Finder(language, profile), reader, HandoverParts(reader),
                       framed=tuple(slot for slot in slots if slot.frames),
                       lexical=SlotGroups.of([s for s in slots if not s.frames or s.rules or s.values]),
                       parented=tuple(slot for slot in slots if slot.frames == "basis"),
                       posted=tuple(slot for slot in slots if slot.frames in language.posts),
                       sized=next((slot for slot in slots if slot.frames == "size"), None),
                       name_words=frozenset(w for n in (profile.name, *profile.aliases) for w in fold(n).split()))
    finally:
        save_patterns()  # the profile's and the mention finders' patterns too (see parsecache.py)
        forget_parses()
        if collecting:
            gc.enable()


@functools.cache
def _reader(language: Language) -> Reader:
    return Reader(language)


def extract_facts(document: Document, profile: Profile) -> list[Fact]:
    """Every mandate fact the document states about the mission, first statement of each kept
    (for events, the statement that dates it explicitly). A question states nothing, nor does a
    list of links to other stories; of two dated states of one single-valued slot the document
    gives, the older is history ("was suspended in early January ... It restarted its courses on
    Sunday")."""
    engine = _engine(profile)
    engine.finder.forget()  # (what it kept of the document read before)
    written = _first_published(document, engine.finder)
    if written is not None:
        # "This article is more than 3 years old ... Originally published 6 February 2105": the text is read as of the
        # day it was written, and what it told as the state then, or still to come then, is history now
        return [replace(fact, role="historical") if fact.role in _THEN_HISTORY else fact
                for fact in _read_facts(replace(document, published=written), profile, engine)]
    return _read_facts(document, profile, engine)


def _read_facts(document: Document, profile: Profile, engine: _Engine) -> list[Fact]:
    """``extract_facts`` on a document read as of its date (``_first_published`` read already)."""
    layout = laid_out(_without_navigation(document), profile)  # fact boxes, timelines, tables as sentences
    layout = respective(layout, engine.finder, engine.reader.language)  # "X and Y lead NMI and KFOR respectively"
    document = layout.document
    people = People()
    facts: dict[tuple[str, str, str], Fact] = {}

    headline = _headline(document)
    told: set[tuple[str, str, str]] = set()  # what a sentence other than the headline states
    said: dict[tuple[str, str, str], int] = {}  # on a live page, the latest entry stating it (see layout.py)

    def keep(slot: Slot, fact: Fact) -> None:
        if slot is engine.sized and sentence.paragraph in layout.apart:
            return  # "Our soldiers abroad ... NMI (Iraq): 42 soldiers serve with NMI": a nation's share, no size
        identity = (fact.slot, fact.key, fact.role)
        if fact.quote.strip() != headline:
            told.add(identity)
        if sentence.paragraph in layout.ranks:  # (the sentence being read)
            said[identity] = max(said.get(identity, 0), layout.ranks[sentence.paragraph])
        kept = facts.get(identity)
        if kept is None or (slot.kind == "event" and kept.as_of == document.published != fact.as_of):
            facts[identity] = fact
        elif slot.person and len(fact.value) > len(kept.value):
            facts[identity] = fact

    language = engine.reader.language
    bare = language.bare_post

    def needed(lower: str) -> bool:  # a paragraph without a cue of the mission may still hold these
        return (any(slot.cued(lower) for slot in engine.lexical.document_wide)
                # "Lt Gen X takes over from Y": a succession, once the text has placed someone in a post
                or (held.post in language.posts and language.post_relative_test.search(lower) is not None)
                # "(The new commander, X, spoke. Even the sergeants clapped.) His predecessor, Y, ...": a holder's
                # relative opening the paragraph, unless the post last told is another
                or (held.post != "other" and opens_with_relative(lower, language.relative_openers))
                # "(... The ceremony was chaired by Adm Y.) X will be in charge of some 550 personnel": the count
                # in the charge of the one the text placed in the command (see _held_in_charge)
                or (held.post == "command" and bool(held.people) and engine.sized is not None
                    and contains_any(lower, language.in_charge))
                # "(X took command of NMI. ... The JFC's admiral presided.) The outgoing commander, Y, thanked ...": a
                # post no body owns, once the text has placed someone in the mission's command, may be that post (the
                # sentence is read when the document is about the mission, see classify_sentences)
                or (held.post == "command" and bare is not None and contains_any(lower, language.bare_post_cue)
                    and bare.search(lower) is not None))

    held = _Held()
    read: dict[tuple[str, bool], _Read] = {}  # what the lexicon read in each sentence, by its text (see _lexicon_read)
    skeletons: dict[tuple[object, ...], Skeleton] = {}  # the skeletons read, by their content (see _framed_facts)
    asked: Slot | None = None  # a question about the mission just asked for its size
    def voice(index: int) -> bool:  # the turn at ``index`` is spoken by a holder of the mission's post read so far
        speaker = turn_person(document, index, engine.finder, people)
        return speaker is not None and any(
            role == "current" and key == person_key(speaker) and profile.slots[slot].person
            for slot, key, role in facts)

    premised = denied_premises(document)  # the questions whose premise the answer denies: they state nothing
    for sentence, about, focus in classify_sentences(document, profile, needed, layout.told, voice):
        if sentence.paragraph in premised:
            continue
        if _QUESTION.search(sentence.plain) or (language.asking is not None
                                                and language.asking.search(sentence.plain) is not None):
            # "Will NATO suspend its Iraq mission?" states nothing; "Q: How many personnel does the
            # mission have?" asks for what the answer's figure is ("A: Around 1,200.")
            # (or, in focus, a question of size alone that names no one and no people, "Hvor mange er I?": the mission's
            # people addressed; not "¿Cuántos militares tiene a sus órdenes?", a unit's soldiers)
            size_asked = (about and asks_size(sentence.lower, profile)) or (
                focus and asks_size_alone(sentence.lower, profile))
            asked = engine.sized if engine.sized and size_asked else None
            if about and engine.sized is not None:
                # "will you start withdrawing the 900-strong M this year?": what the question takes for granted
                sk, _, _ = sentence_skeleton(sentence.plain, engine.finder, people, focus, document.published,
                                         speakers=sentence.speakers_it)
                for fact in size_facts(engine.reader, sk, sentence.plain, engine.sized, profile,
                                       sentence.text.strip(), document.published, presumed=True):
                    keep(engine.sized, fact)
            continue
        if asked is not None and focus:
            sk, _, _ = sentence_skeleton(sentence.plain, engine.finder, people, focus, document.published,
                                         speakers=sentence.speakers_it)
            answer = answered_size(engine.reader, sk, asked, sentence.text.strip(), document.published)
            if answer is not None:
                keep(asked, answer)
        asked = None
        ended = False
        if engine.framed and contains_any(sentence.lower, engine.reader.language.side_posts):
            sk, _, _ = sentence_skeleton(sentence.plain, engine.finder, people, focus, document.published,
                                         speakers=sentence.speakers_it)
            aside = engine.reader.moved_aside(sk)
            if aside is not None:
                held.aside.add(person_key(aside))
        if engine.framed and "," in sentence.plain and engine.finder.persons(sentence.plain, people):
            # "The ceremony was presided over by Adm X, commander of JFC Naples": a sentence may place a person in
            # another body's post (see _Held.presiders), one about the mission too ("..., Commander of Allied Joint
            # Force Command Naples, which exercises operational command of KFOR")
            sk, _, _ = sentence_skeleton(sentence.plain, engine.finder, people, focus, document.published,
                                         speakers=sentence.speakers_it)
            held.presiders.update(person_key(sk.symbols[p].value) for p in engine.handovers.presiders(sk.text))
        for slot, fact in _ended_once(list(_lexicon_read(sentence, about, engine, document.published, read))):
            keep(slot, fact)
            ended = ended or (fact.role == "removed" and slot.kind == "set")
        if not about and focus and _names_act_alone(sentence, profile):
            # "(NATO announced the expansion of its mission in Iraq.) The decision was taken on 15 February by the North
            # Atlantic Council": a decision named back, while the mission is in focus, is the mission's
            for slot, fact in sentence_facts(sentence, True, engine.lexical, profile, document.published):
                if slot.kind == "event":
                    keep(slot, fact)
        ended = ended or bool(sentence.scope_ends)  # "will stop advising X next year": nothing has ended yet
        if engine.framed and about:
            # "(Lt Gen X hands over the national command to Y.) X was previously commander of NMI": a person the
            # sentences just before named in full, in a sentence about something else, is known by the surname alone
            _meet(document, sentence, engine.finder, people)
            past_holder = _past_holder_opening(sentence, engine, people, held)
            framed = _framed_facts(sentence, about, focus, engine, people, document.published, skeletons,
                                   held=held,
                                   named=functools.partial(_last_named, document, sentence, engine.finder,
                                                           people, held.presiders),
                                   alone=functools.partial(_last_named, document, sentence, engine.finder,
                                                           people, held.presiders, alone=True),
                                   recent=functools.partial(_recent_before, document, sentence,
                                                            engine.finder, document.published),
                                   before=functools.partial(_earlier, document, sentence),
                                   speaker=functools.partial(turn_speaker, document, sentence,
                                                             engine.finder, people),
                                   author=functools.partial(post_author, document, engine.finder, people))
            if past_holder is not None and _hands_over_still(framed, past_holder):
                # "(A year ago, X took command of M.) X will hand over to Y on 28 May": the one whose taking the text
                # told long ago holds the post until the handover still to come, which is of it
                past_holder = None
            for slot, fact in framed:
                # "NMI withdrew its advisers from the Ministry of Interior", "has ended its advisory
                # work with the Federal Police", "will stop advising X next year": what ends is that
                # work, not the mission
                if not (ended and slot.kind == "status" and fact.role != "continuing") and not (
                        past_holder is not None and slot.person):
                    keep(slot, fact)
            if engine.parented and _names_parent_alone(sentence, engine, profile):
                # "(Q: Will NATO leave Iraq?) NATO is in Iraq at the invitation of the Iraqi government, and we will
                # stay": in a sentence about the mission by its speaker's "we", the parent organisation's clause states
                # the mission's basis too
                for slot, fact in _framed_facts(sentence, about, focus, engine, people, document.published,
                                                skeletons, engine.parented):
                    keep(slot, fact)
            continue
        if engine.framed and _held_succeeds(sentence, engine, people, held,
                                            functools.partial(_last_named, document, sentence, engine.finder, people,
                                                              held.presiders, across=True)):
            # "(X assumed command of NMI on 22 May. The ceremony was chaired by the commander of JFC Naples.)
            # Lt Gen X takes over from Maj Gen Y": the person the text placed in a post, opening a sentence
            # of succession, speaks of that post
            for slot, fact in _framed_facts(sentence, True, focus, engine, people, document.published, skeletons,
                                            tuple(s for s in engine.posted if s.frames == held.post), held=held,
                                            titles=False, before=functools.partial(_earlier, document, sentence)):
                keep(slot, fact)
            continue
        last = functools.partial(_last_named, document, sentence, engine.finder, people)
        if engine.sized is not None and _held_in_charge(sentence, engine, people, held, last):
            # "(X will take over command of NMI.) X will be in charge of some 1,700 personnel from 25 countries": the
            # people in the charge of the one the text placed in the mission's command are the mission's
            for slot, fact in _framed_facts(sentence, True, focus, engine, people, document.published, skeletons,
                                            (engine.sized,), held=held):
                keep(slot, fact)
        if (engine.framed and focus and engine.reader.may_place(sentence.lower)
                and engine.finder.persons(sentence.plain, people)):
            # "(The change of command at NMI took place on Monday.) Lt Gen X assumed command from
            # Maj Gen Y": a change of a post that names no holder of its own, in a sentence right
            # after one about the mission (naming no other actor), is the mission's
            for slot, fact in _framed_facts(sentence, about, focus, engine, people, document.published, skeletons,
                                            engine.posted, held=held, titles=False, relatives=held.spoken,
                                            before=functools.partial(_earlier, document, sentence),
                                            speaker=functools.partial(turn_speaker, document, sentence,
                                                                      engine.finder, people),
                                            author=functools.partial(post_author, document, engine.finder, people)):
                keep(slot, fact)
        if engine.parented and (_names_parent_alone(sentence, engine, profile)
                                or (focus and _names_act_alone(sentence, profile))):
            # "NATO is in Iraq at the invitation of the Iraqi government": the parent organisation's
            # basis there is the mission's
            for slot, fact in _framed_facts(sentence, about, focus, engine, people, document.published, skeletons,
                                            engine.parented):
                keep(slot, fact)
        if engine.framed and not about and engine.reader.may_place(sentence.lower):
            # (after the sentence is read: its own change of a post is read as before; on a copy of the persons known,
            # so that a sentence about another actor makes no one known to the later sentences by their surname)
            seen = People(list(people.names))
            if engine.finder.persons(sentence.plain, seen):
                held.elsewhere.update(_others_people(sentence, engine, seen, focus, document.published))
    denied = held.denied - held.affirmed
    kept = [fact for fact in facts.values() if not (fact.role == "current" and fact.value in denied
                                                   and profile.slots[fact.slot].kind == "status")]
    withdrawn = withdrawn_figures(document)  # a figure a correction takes back ("Det korrekte tal er ca. 850")
    kept = [fact for fact in kept if not (withdrawn and profile.slots[fact.slot].kind == "number"
                                          and fact.number is not None and int(fact.number) in withdrawn)]
    if profile.founded is not None:
        # a state (a holder, a size, a status) dated before the mission existed is a predecessor's ("At the end of
        # 2010 it had some 180 personnel"); a set's value keeps a date of another clause's ("... signed the treaty
        # in 1949, and NATO came to Iraq at its government's request")
        kept = [fact for fact in kept if fact.as_of is None or fact.as_of.year >= profile.founded
                or profile.slots[fact.slot].kind not in _SINGLE]
    kept = _moved_aside(kept, profile, held.aside)
    kept = _titled_yields(kept, held)
    kept = _headline_yields(kept, document, profile, told, _planned_headline(document, engine.finder))
    kept = _reached(kept, document, profile)
    kept = _retold(kept, document, profile)
    kept = _term_retold(kept, document, profile)
    kept = _taken_since(kept, profile)
    kept = _overtaken(kept, said, profile)
    kept = _taken_today(kept, document, profile, engine.finder)
    if layout.lines:  # a line read as a sentence is quoted as the page has it
        kept = [replace(fact, quote=layout.quote(fact.quote)) for fact in kept]
    # "About KFOR" at the page's foot: its holder and size yield to the body's news
    kept = standing_yields(kept, document, engine.reader.language, profile)
    return _moved_away(_superseded(_end_come(_moved_not_ended(_named_more_fully(kept, profile), profile), profile),
                                   profile), profile)


_ROLES = ("current", "previous", "future", "historical", "removed", "continuing")
_QUESTION = re.compile(r"\?[\s\"')\]]*$")
_QUOTED_TAIL = re.compile(r"\S\s*:\s*[\"“'‘][^\"“”'‘’.!?]{1,80}[\"”'’]\s*$")
_STOPPED = re.compile(r"[.!?:;\"'”’)\]]\s*$")


_FIRST_LINES = 6  # the lines of a page's head where a line dating its text again stands
_SERVED_AGAIN = 90  # days: a text re-served within a season is the page's news still; older, the state of its day
_THEN_HISTORY = frozenset({"current", "continuing", "future"})


def _first_published(document: Document, finder: Finder) -> date | None:
    """The day the text a page serves again was written, when one of its first lines says so (``words.first_published``,
    "Originally published 6 February 2105", closing on that date) and it lies a season or more before the page's own."""
    language = finder.language
    published = document.published
    if published is None or not language.first_published:
        return None
    for line in document.paragraphs[:_FIRST_LINES]:
        line = line.strip()
        if "\n" in line or not line.lower().startswith(language.first_published):
            continue
        dates = finder.dates(line, published)
        last = max(dates, key=lambda mention: mention.end, default=None)
        if (last is not None and last.exact and last.when is not None and not line[last.end:].strip(" .)]")
                and (published - last.when).days > _SERVED_AGAIN):
            return last.when
    return None


def _moved_aside(facts: list[Fact], profile: Profile, aside: set[str]) -> list[Fact]:
    """A holder the text moves to a side post while it names another in the post ("X has led the mission since
    March. ... Y was put in charge of it. X will be his deputy") held it before: the other holds it now."""
    if not aside:
        return facts
    holders = {(fact.slot, fact.key) for fact in facts if fact.role == "current" and profile.slots[fact.slot].person}
    return [replace(fact, role="previous")
            if fact.role == "current" and profile.slots[fact.slot].person and fact.key in aside
            and any(slot == fact.slot and key != fact.key for slot, key in holders) else fact for fact in facts]


def _term_begun(facts: list[Fact], profile: Profile) -> dict[tuple[str, str, str], date]:
    """A holder one sentence places in the post now and, in a clause of its own, dates taking it long ago ("Lt Gen X,
    who took command in March 2024, leads M"): the term that began then goes on; by (slot, key, sentence), the day
    it began."""
    now = {(fact.slot, fact.key, fact.quote) for fact in facts
           if fact.role == "current" and profile.slots[fact.slot].person}
    return {(fact.slot, fact.key, fact.quote): fact.as_of for fact in facts
            if fact.role == "historical" and fact.as_of is not None and (fact.slot, fact.key, fact.quote) in now}


def _taken_since(facts: list[Fact], profile: Profile) -> list[Fact]:
    """A person the document places in a post to come and, in a later sentence, in it now (a live story's update: "X is
    due to assume command of M later today, succeeding Y. ... Update: X formally assumed command of the mission"): the
    change has happened since; the holder its sentence named, told of in no other sentence, held the post before."""
    taken: dict[tuple[str, str], str] = {}  # (slot, key) -> the sentence of the change still to come (the last one)
    later: dict[tuple[str, str], set[str]] = {}  # (slot, key) -> the sentences placing them in it now, further on
    for fact in reversed(facts):  # (one pass: a pass over the facts after each fact was quadratic)
        identity = (fact.slot, fact.key)
        if (fact.role == "future" and identity not in taken and profile.slots[fact.slot].person
                and later.get(identity, set()) - {fact.quote}):
            taken[identity] = fact.quote
        if fact.role == "current":
            later.setdefault(identity, set()).add(fact.quote)
    if not taken:
        return facts
    told = {(slot, quote) for (slot, _), quote in taken.items()}
    elsewhere = {(fact.slot, fact.key) for fact in facts
                 if fact.role == "current" and (fact.slot, fact.quote) not in told}
    relieved = {(fact.slot, fact.key) for fact in facts if fact.role == "current" and (fact.slot, fact.quote) in told
                and (fact.slot, fact.key) not in taken and (fact.slot, fact.key) not in elsewhere}
    return [replace(fact, role="previous") if fact.role == "current" and (fact.slot, fact.key) in relieved else fact
            for fact in facts if not (fact.role == "future" and (fact.slot, fact.key) in taken)]


def _titled_yields(facts: list[Fact], held: _Held) -> list[Fact]:
    """A person a title alone places in a post now ("The new commander of M, X, arrived in Pristina on Friday") whom
    the text then says will take it ("He will formally take up the post on 11 October") is the next holder: the title
    yields to the change still to come."""
    coming = {(fact.slot, fact.key) for fact in facts if fact.role == "future"}
    yielding = (held.titled - held.placed_now) & coming
    if not yielding:
        return facts
    return [fact for fact in facts if not (fact.role == "current" and (fact.slot, fact.key) in yielding)]


def _retold(facts: list[Fact], document: Document, profile: Profile) -> list[Fact]:
    """A state the document first dated as history and then tells again without a date of its own, while it gives
    another state for now or to come, is the same event told again as background ("NATO will resume its operations,
    one month after it suspended its training in early January ... The mission's training was halted after the
    strike"): history, not the present."""
    states = {fact.value for fact in facts if profile.slots[fact.slot].kind == "status"
              and fact.role in ("current", "future")}
    dated: set[tuple[str, str]] = set()
    present = _folded(load_language().present)  # "halted again this week": now
    retold = []
    for fact in facts:
        if profile.slots[fact.slot].kind != "status":
            retold.append(fact)
            continue
        if fact.role == "historical":
            dated.add((fact.slot, fact.key))
        elif (fact.role == "current" and fact.as_of == document.published and (fact.slot, fact.key) in dated
              and states - {fact.value, "active"} and not contains_any(fold(fact.quote), present)):
            fact = replace(fact, role="historical")
        retold.append(fact)
    return retold


@functools.cache  # by the language file's words (folded once a process, not once a document)
def _folded(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(fold(word) for word in words)


def _term_retold(facts: list[Fact], document: Document, profile: Profile) -> list[Fact]:
    """A holder the document first placed in the post years before it, then tells taking it without a date of
    its own ("General X, who commanded the mission from 2019 to 2020, has died ... X took command of it at a time
    when ..."): the same past term told again, history, not the present."""
    if document.published is None:
        return facts
    dated: set[tuple[str, str]] = set()
    # (not a holder the sentence hands the post on from, to one still to come: "(Two years ago X took command of M.)
    # X will hand over to Y in May": the term goes on until then)
    handing = {(fact.slot, fact.quote) for fact in facts if fact.role == "future" and profile.slots[fact.slot].person}
    begun = _term_begun(facts, profile)
    retold = []
    for fact in facts:
        if profile.slots[fact.slot].person:
            if (fact.slot, fact.key, fact.quote) in begun:
                if fact.role == "current":
                    retold.append(replace(fact, as_of=begun[fact.slot, fact.key, fact.quote]))
                continue
            if (fact.role in ("historical", "previous") and fact.as_of is not None
                    and (document.published - fact.as_of).days > 365):
                dated.add((fact.slot, fact.key))
            elif (fact.role == "current" and fact.as_of == document.published and (fact.slot, fact.key) in dated
                  and (fact.slot, fact.quote) not in handing):
                if any(told.role == "historical" and (told.slot, told.key) == (fact.slot, fact.key) for told in facts):
                    continue  # told as history already
                fact = replace(fact, role="historical")
        retold.append(fact)
    return retold


def _taken_today(facts: list[Fact], document: Document, profile: Profile, finder: Finder) -> list[Fact]:
    """A decision the text says was taken "today" ("Today ministers decided to enhance NMI", "ministers decided today
    that ..."; the language files' words.today), in a statement whose heading closes on its day ("Chair's statement -
    15 February 2104", "Press conference ..., Brussels, 18 February 2102"), was taken that day: the day the text was
    given, not the later one the page was published on."""
    # (the heading's day, layout.statement_day, is looked for only when a fact may take it: most pages hold no decision
    # said "today")
    if not finder.language.today or document.published is None:
        return facts
    today = whole_phrases(finder.language.today, separator=" ")
    published = document.published.isoformat()
    taken = [profile.slots[fact.slot].kind == "event" and fact.as_of == document.published
             and fact.value.startswith(published) and today.search(fact.quote.lower()) is not None for fact in facts]
    if not any(taken) or (day := statement_day(document, finder)) is None:
        return facts
    dated = []
    for fact, today_said in zip(facts, taken, strict=True):
        if today_said:
            body, _, _ = fact.key.rpartition("|")
            fact = replace(fact, value=day.isoformat() + fact.value[len(published):],
                           key=f"{body}|{day.isoformat()[:7]}", as_of=day)
        dated.append(fact)
    return dated


def _headline(document: Document) -> str | None:
    """The document's headline: its first paragraph when that is one line with no closing stop."""
    if not document.paragraphs:
        return None
    first = document.paragraphs[0].strip()
    # (a headline may end on a remark quoted after a colon, with no stop of its own: 'X hands over to Y: "Unity is
    # vital"')
    return first if first and "\n" not in first and (not _STOPPED.search(first)
                                                     or _QUOTED_TAIL.search(first)) else None


def _planned_headline(document: Document, finder: Finder) -> bool:
    """The headline tells a plan in its infinitive, the mission's name then the word of it ("NATO Mission Iraq to
    advise Iraq's Counter-Terrorism Service"; the language files' tone.future_lead)."""
    headline = _headline(document)
    if headline is None:
        return False
    leads = tuple(f" {word} " for word in finder.language.future_lead)
    return bool(leads) and any(headline[mention.end:].lower().startswith(leads)
                               for mention in finder.mission(headline, True) if mention.kind == "M")


def _headline_yields(facts: list[Fact], document: Document, profile: Profile,
                     told: set[tuple[str, str, str]], planned: bool = False) -> list[Fact]:
    """A headline says in the present what has happened and what is still to come ("X becomes new commander
    of NMI" over "X takes over on Friday"): a holder it places now whom the body names only as the next one
    is the next one. It titles a person by the post they hand over ("NMI commander X hands over to Y"): a
    holder it places now whom the body names only as the one leaving has left. A figure it gives in its
    infinitive's present ("NMI to grow to nearly 5,000") that the body gives only as still to come ("will grow to
    nearly five thousand over the next year") is still to come."""
    headline = _headline(document)
    if headline is None:
        return facts
    return [fact for fact in facts
            if not (fact.role == "current" and fact.quote.strip() == headline
                    and (fact.slot, fact.key, "current") not in told
                    and ((profile.slots[fact.slot].person
                          and ((fact.slot, fact.key, "future") in told or (fact.slot, fact.key, "previous") in told))
                         or (profile.slots[fact.slot].kind == "number" and (fact.slot, fact.key, "future") in told)
                         # "NMI to advise X" over a body that only weighs it ("is considering whether NMI should also
                         # advise X"): the plan the body states no fact of is no scope
                         or (planned and profile.slots[fact.slot].kind == "set"
                             and not any((fact.slot, fact.key, role) in told for role in _ROLES))))]

def _reached(facts: list[Fact], document: Document, profile: Profile) -> list[Fact]:
    """A person the document places in a post on its own day, taking it from another ("X takes command of M on
    Thursday from Y", dated that Thursday), whom a sentence without a date of its own then says becomes its holder ("X
    wordt de derde Nederlandse commandant van de missie"): the same change told again, already come, not one still
    to come."""
    if document.published is None:
        return facts
    taken = {(fact.slot, fact.key) for fact in facts if fact.role == "current" and fact.as_of == document.published
             and profile.slots[fact.slot].person}
    handed = {fact.slot for fact in facts if fact.role == "previous" and fact.as_of == document.published}
    return [fact for fact in facts
            if not (fact.role == "future" and fact.as_of == document.published
                    and (fact.slot, fact.key) in taken and fact.slot in handed)]


_Read = tuple[list[tuple[Slot, Fact]], frozenset[str]]  # the facts, and the slots the sentence says end


def _lexicon_read(sentence: Sentence, about: bool, engine: _Engine, published: date | None,
                  read: dict[tuple[str, bool], _Read]) -> list[tuple[Slot, Fact]]:
    """``sentence_facts`` of the sentence, read once per text and focus in a document (``read``): a
    page may say a sentence again (a standfirst or a pull quote repeats the body's, a box its lines),
    and what the lexicon reads depends on nothing but the sentence's text, whether it is about the
    mission, the profile and the document's date; the slots it says end go with it
    (``Sentence.scope_ends``)."""
    key = (sentence.text, about)
    known = read.get(key)
    if known is None:
        facts = list(sentence_facts(sentence, about, engine.lexical, engine.profile, published))
        known = read[key] = (facts, frozenset(sentence.scope_ends))
    else:
        sentence.scope_ends.update(known[1])
    return known[0]


def _ended_once(read: list[tuple[Slot, Fact]]) -> list[tuple[Slot, Fact]]:
    """A set's value one sentence tells ended, named again in it as where the ended work was ("The handover of NMI's
    role at the Military Medical Academy to the Ministry of Health was completed, ending seven years of mentoring at the
    academy"): the sentence tells it ended, not current too."""
    gone = {(fact.slot, fact.key) for slot, fact in read if slot.kind == "set" and fact.role == "removed"}
    return [(slot, fact) for slot, fact in read if not (fact.role == "current" and (fact.slot, fact.key) in gone)]


def _without_navigation(document: Document) -> Document:
    """The document without the paragraphs that list other stories ("Related stories: ...", "Read
    more: ...") and without the readers' comments (from a paragraph that is only their heading,
    "Comments (12)", on): neither is a statement of this page."""
    language = load_language()
    # a heading is short: the count is read off no longer paragraph (a fifth of reading a page, else)
    longest = max(map(len, language.comments), default=0) + 12
    headings = {heading.rstrip(":").strip() for heading in language.navigation}
    kept: list[str] = []
    listed = False  # after a heading of links standing alone ("More stories", "Related news")
    for paragraph in document.paragraphs:
        lower = paragraph.strip().lower()
        # (the heading alone on the paragraph's first line, the comments on the lines after it: "Comments (3)\nX: ...")
        first = lower.split("\n", 1)[0].strip()
        if len(first) <= longest and _COUNT.sub("", first).rstrip(":.").strip() in language.comments:
            break
        # (quotes and dashes made plain, no more: a heading's words are read as written, and cheaply)
        if _comments_inline(language.comments).match(flattened(lower)):
            break  # "Comments (3) — Dimitris: Proud day! | Anon: ...": the heading and the comments in one
        if listed and _headlines(paragraph):
            # "More stories" / "2 Mar 2041 – NATO suspends Iraq training after drone strike": the headlines the heading
            # lists link to other stories, whatever they retell
            continue
        listed = False
        if lower.startswith(language.navigation):
            listed = lower.rstrip(":").strip() in headings
        else:
            kept.append(paragraph)
    return document if len(kept) == len(document.paragraphs) else replace(document, paragraphs=tuple(kept))


_HEADLINE_REACH = 200  # a headline is one short line


def _headlines(paragraph: str) -> bool:
    """Every line of the paragraph is a headline: short, and no sentence's end closes it ("12 May 2043 – Lt Gen X
    takes command of NMI"; not the prose of a teaser: "Italy takes over KFOR: ... on Thursday.")."""
    lines = [line.strip() for line in paragraph.split("\n") if line.strip()]
    return bool(lines) and all(len(line) <= _HEADLINE_REACH and not line.endswith((".", "!", "?", "\"", "”"))
                               for line in lines)


_COUNT = re.compile(r"^\d+\s+|\s*\(\d+\)")  # "12 comments", "Comments (12)"


@functools.cache  # by the language files' headings
def _comments_inline(headings: frozenset[str]) -> re.Pattern[str]:
    """A paragraph that opens with the comments' heading, its count and a colon or a dash, then the
    comments themselves: "Comments (1): Marko: ...", "Comentarios (2) - 'Ya era hora'"."""
    words = alternation(headings)
    return re.compile(rf"(?:\d+\s+)?(?:{words})(?:\s*\(\d+\))?\s*(?::|-)\s*\S") if words else re.compile(r"(?!x)x")


def _named_more_fully(facts: list[Fact], profile: Profile) -> list[Fact]:
    """One place or body a sentence names once, read twice: of two values of a set slot with one role and one
    quote, one whose words are all in the other ("Baghdad" in "the greater Baghdad area") is the fuller one's
    part, not a value of its own."""
    words = {id(fact): name_words(fact.value) for fact in facts}

    def part(fact: Fact) -> bool:
        return any(other is not fact and other.slot == fact.slot and other.role == fact.role
                   and other.quote == fact.quote and words[id(fact)] < words[id(other)] for other in facts)
    return [fact for fact in facts if not (_set_slot(profile, fact.slot) and part(fact))]


def _set_slot(profile: Profile, name: str) -> bool:
    slot = profile.slots.get(name)
    return slot is not None and slot.kind == "set" and not slot.person


def _superseded(facts: list[Fact], profile: Profile) -> list[Fact]:
    """A single-valued slot's current state the document dates before another current state it
    gives is history: the document itself says the state moved on."""
    facts = _left_before(facts, profile)
    latest: dict[str, date] = {}
    for fact in facts:
        slot = profile.slots.get(fact.slot)
        if fact.role == "current" and fact.as_of is not None and slot is not None and slot.kind in _SINGLE:
            latest[fact.slot] = max(latest.get(fact.slot, fact.as_of), fact.as_of)
    # a value the document also states at that latest date stays as it is (not one it says was left then: "X handed
    # over command to Y on 15 January. X has led the mission since January 2041": X held it until then)
    lasting = {(fact.slot, fact.key) for fact in facts if fact.slot in latest and fact.as_of == latest[fact.slot]
               and fact.role not in _LEFT}
    return [replace(fact, role="historical")
            if fact.role == "current" and fact.as_of is not None and fact.slot in latest
            and fact.as_of < latest[fact.slot] and (fact.slot, fact.key) not in lasting
            else fact for fact in facts]


def _left_before(facts: list[Fact], profile: Profile) -> list[Fact]:
    """A holder the document tells left the post on a day (succeeded then: "Depuis le 2 juin, la mission est commandée
    par X, qui a succédé au général Y"), while a line of its own gives them in the post as of a later day only by the
    page's date (a fact box not brought up to date: "Commandant : général Y"): the older line is history, not the
    holder of now."""
    left: dict[tuple[str, str], date] = {}
    for fact in facts:
        slot = profile.slots.get(fact.slot)
        if fact.role == "previous" and fact.as_of is not None and slot is not None and slot.person:
            key = (fact.slot, fact.key)
            left[key] = min(left.get(key, fact.as_of), fact.as_of)
    # (only where the one who took over is in the post from that day: the text says the post moved on then)
    taken = {(fact.slot, fact.as_of) for fact in facts if fact.role == "current" and (fact.slot, fact.key) not in left}
    return [replace(fact, role="historical")
            if fact.role == "current" and fact.as_of is not None and (fact.slot, fact.key) in left
            and fact.as_of > left[(fact.slot, fact.key)] and (fact.slot, left[(fact.slot, fact.key)]) in taken
            else fact for fact in facts]


def _moved_away(facts: list[Fact], profile: Profile) -> list[Fact]:
    """A place of the mission told by the sentence that relocates it, when the document then gives a newer state
    ("In April, NATO relocated all NMI personnel to Naples. ... NMI has resumed its work in Baghdad"): the relocation
    is history, and the place it went to with it."""
    def status(fact: Fact) -> bool:
        slot = profile.slots.get(fact.slot)
        return slot is not None and slot.kind == "status"

    past = {(fact.quote, fact.as_of) for fact in facts
            if status(fact) and fact.value == "relocated" and fact.role == "historical"}
    if not past:
        return facts
    # (not a sentence that also tells the state now: "NMI has returned to Baghdad, seven months after its staff
    # were moved to Naples")
    now = {fact.quote for fact in facts if status(fact) and fact.role == "current"}
    return [replace(fact, role="historical")
            if fact.role == "current" and (fact.quote, fact.as_of) in past and fact.quote not in now
            and (slot := profile.slots.get(fact.slot)) is not None and slot.frames == "place"
            else fact for fact in facts]


def _overtaken(facts: list[Fact], said: dict[tuple[str, str, str], int], profile: Profile) -> list[Fact]:
    """On a live page or an updated article, a single-valued slot's current state that only earlier entries give,
    when a later entry gives another as of the same day (or later), is history: "08.30 uur – NATO heeft de trainingen
    opgeschort" under "16.42 uur – De NAVO hervat de trainingen"; "About 300 people work there. Update 14.30: the
    figure is 350"."""
    latest: dict[str, tuple[int, date | None]] = {}
    for fact in facts:
        slot = profile.slots.get(fact.slot)
        rank = said.get((fact.slot, fact.key, fact.role))
        if fact.role == "current" and rank is not None and slot is not None and slot.kind in _SINGLE:
            if rank > latest.get(fact.slot, (-1, None))[0]:
                latest[fact.slot] = (rank, fact.as_of)

    def overtaken(fact: Fact) -> bool:
        rank = said.get((fact.slot, fact.key, fact.role))
        if fact.role != "current" or rank is None or fact.slot not in latest:
            return False
        top, as_of = latest[fact.slot]
        return rank < top and (fact.as_of is None or as_of is None or fact.as_of <= as_of)

    return [replace(fact, role="historical") if overtaken(fact) else fact for fact in facts]


def _moved_not_ended(facts: list[Fact], profile: Profile) -> list[Fact]:
    """The mission moved elsewhere and its people leaving the country, told as of the same day in one document ("All
    personnel of M have been relocated to Naples ... The last members of the mission left Iraq today"): they left for
    the new place, and the mission goes on there; it has not ended."""
    def status(fact: Fact, value: str) -> bool:
        slot = profile.slots.get(fact.slot)
        return slot is not None and slot.kind == "status" and fact.role == "current" and fact.value == value

    moved = {(fact.slot, fact.as_of) for fact in facts if status(fact, "relocated")}
    return [fact for fact in facts if not (status(fact, "ended") and (fact.slot, fact.as_of) in moved)]


def _end_come(facts: list[Fact], profile: Profile) -> list[Fact]:
    """The mission's end announced and, in the same document, come ("held a closure ceremony to mark the end of its
    deployment ... the ceremony marked the formal end of the mission on Sept. 30"; "lowered the NATO flag, symbolically
    ending eight years of deployment ... the ceremony marked the end of its mandate"): the ending is over; the mission
    has ended."""
    def status(fact: Fact, value: str) -> bool:
        slot = profile.slots.get(fact.slot)
        return slot is not None and slot.kind == "status" and fact.role == "current" and fact.value == value

    come = {fact.slot for fact in facts if status(fact, "ended")}
    if not come:
        return facts
    return [replace(fact, role="historical") if status(fact, "ending") and fact.slot in come else fact
            for fact in facts]


_SINGLE = frozenset({"single", "status", "number"})
_LEFT = frozenset({"previous", "historical", "removed"})


def sentence_skeleton(text: str, finder: Finder, people: People, focus: bool,
                      published: date | None, antecedent: str | None = None,
                      before: Callable[[], list[str]] | None = None, speaker: str | None = None,
                      speakers: Callable[[], Sequence[re.Match[str]]] | None = None
                      ) -> tuple[Skeleton, list[Mention], list[Mention]]:
    """The skeleton of one (plain) sentence, the persons in it and the names of the mission and
    other actors; ``antecedent``: the person a subject pronoun before any name stands for; ``before``:
    the sentences before it (see _then_dates); ``speaker``: the person the speaker's own "I" stands for;
    ``speakers``: the names that report of themselves in ``text``, found once per sentence
    (``Sentence.speakers_it``).

    Read once per document for a text and all its skeleton depends on (``Finder.skeletons``): a page reads a sentence
    about the mission several times (for its frames, for the persons it places in another body's post, as a change
    right after the mission is named, ...) and may say it again; the persons it makes known are made known again."""
    then: list[Mention] = []
    if before is not None and not finder.once(finder.dates, text, published):
        then = _then_dates(text, finder, published, before)
    if then:  # (a date the sentence before told: it depends on where the sentence stands, so it is read anew)
        return _built_skeleton(text, finder, people, focus, published, antecedent, then, speaker, speakers)
    key = (text, focus, published, antecedent, speaker, speakers is not None, tuple(people.names))
    built = finder.skeletons.get(key)
    if built is None:
        sk, persons, actors = _built_skeleton(text, finder, people, focus, published, antecedent, [], speaker,
                                              speakers)
        if len(finder.skeletons) >= _SKELETONS_KEPT:
            finder.skeletons.clear()
        # (a copy kept: a reader writes what it works out on a skeleton in its memo, see _framed_facts)
        finder.skeletons[key] = (Skeleton(sk.text, sk.symbols), persons, actors, tuple(people.names))
        return sk, list(persons), list(actors)
    sk, persons, actors, known = built
    if len(people.names) != len(known) or tuple(people.names) != known:
        people.names[:] = known  # the persons reading the sentence made known (People.add)
    return Skeleton(sk.text, sk.symbols), list(persons), list(actors)


_SKELETONS_KEPT = 4096  # the sentences whose skeletons a document keeps at most (see sentence_skeleton)


def _built_skeleton(text: str, finder: Finder, people: People, focus: bool, published: date | None,
                    antecedent: str | None, then: list[Mention], speaker: str | None,
                    speakers: Callable[[], Sequence[re.Match[str]]] | None
                    ) -> tuple[Skeleton, list[Mention], list[Mention]]:
    """``sentence_skeleton`` read anew; ``then``: the dates the sentence before gives a sentence without its own
    (_then_dates)."""
    persons = finder.persons(text, people)
    if antecedent is not None:
        persons = sorted([*persons, *finder.pronoun_persons(text, persons, antecedent)], key=lambda m: m.start)
    if speaker is not None:
        persons = sorted([*persons, *finder.speaker_persons(text, persons, speaker)], key=lambda m: m.start)
    actors = finder.once(finder.mission, text, focus)
    dates = finder.once(finder.dates, text, published) or then
    mentions: list[Mention] = [*persons, *actors, *dates, *finder.once(finder.places, text),
                               *finder.once(finder.figures, text)]
    mentions += finder.pronouns(text, actors, focus, persons, speakers)
    sk = skeleton(text, mentions)
    if _TWICE_TEST.search(sk.text):  # "took took over command of the the mission": a word twice in a row, a slip
        once = _twice(finder.language.twice).sub(r"\1", sk.text)
        if once != sk.text:
            sk = Skeleton(once, sk.symbols)
    if " M " in f" {sk.text}" and finder.language.intensifiers:  # "the mission itself is commanded by X": the mission
        plain = _intensified(tuple(finder.language.intensifiers)).sub("M", sk.text)
        if plain != sk.text:
            sk = Skeleton(plain, sk.symbols)
    if " , P" in sk.text and finder.language.described_person:  # "led by a Norwegian officer, Lt Gen X": by X
        plain = _described_person(tuple(finder.language.described_person),
                                  tuple(sorted(finder.language.lower_nationalities))).sub("", sk.text)
        if plain != sk.text:
            sk = Skeleton(plain, sk.symbols)
    if "M" in sk.symbols and "O" in sk.symbols and (finder.language.pair_first or finder.language.pair_second):
        sk = _pair_anaphors(sk, finder.language.coordination, finder.language.pair_first, finder.language.pair_second)
    if " ( D" in sk.text:  # "assumed office on Monday (9 March 2060) as ...": the day, then its date between brackets
        dated = _dated_weekday(tuple(finder.language.weekdays)).sub(r"\1", sk.text)
        if dated != sk.text:
            sk = Skeleton(dated, sk.symbols)
    return sk, persons, actors


def _pair_anaphors(sk: Skeleton, joins: tuple[str, ...], first: tuple[str, ...], second: tuple[str, ...]) -> Skeleton:
    """The mission and another actor joined ("O and M", "both O iraq and M"), then words that stand for the one
    named first or second (``words.pair_first``, ``words.pair_second``: "the former", "the latter"): each read as
    its actor's symbol, so what follows is told of that actor ("O and M both have new commanders : the former is
    led by P0 , the latter by P1": P1 leads the mission, P0 the other)."""
    pair = _joined_pair(joins).search(sk.text)
    if pair is None or pair.group("a") == pair.group("b"):
        return sk
    tail = _anaphor(first).sub(pair.group("a"), sk.text[pair.end():])
    tail = _anaphor(second).sub(pair.group("b"), tail)
    return Skeleton(sk.text[:pair.end()] + tail, sk.symbols)


@functools.cache
def _joined_pair(joins: tuple[str, ...]) -> re.Pattern[str]:
    """Two actors joined by a word of coordination, a lower-case word of the first name's between ("O iraq and M")."""
    words = trie_alternation(joins)
    return re.compile(rf"(?<![\w'])(?P<a>[MO])(?: [a-z-]+)? {words} (?:[a-z-]+ )?(?P<b>[MO])(?![\w'])")


@functools.cache
def _anaphor(words: tuple[str, ...]) -> re.Pattern[str]:
    """One of a language's words for the first (or second) of a pair, standing alone (its pattern's own guard)."""
    return re.compile(rf"(?<![\w'])(?:{'|'.join(words)})(?![\w'])")


# a lower-case word twice in a row (a cheap test before _twice)
_TWICE_TEST = re.compile(r"(?<!\S)([^\W\d_A-Z]+) \1(?!\S)")


@functools.cache
def _intensified(intensifiers: tuple[str, ...]) -> re.Pattern[str]:
    """The mission's name and a reflexive right after it that stresses it (``words.intensifiers``: "M itself")."""
    words = "|".join(re.escape(word.lower()) for word in sorted(intensifiers, key=len, reverse=True))
    return re.compile(rf"(?<![\w'])M (?:{words})(?![\w'-])")


@functools.cache
def _described_person(articles: tuple[str, ...], nationalities: tuple[str, ...]) -> re.Pattern[str]:
    """A person's description by nationality in apposition before the name, opened by an indefinite article
    (``words.described_person``): "an italian , P0", "a norwegian officer , P0", "un officier norvégien , le P0"; a
    lower-case noun may stand before or after the nationality. The name is read in its place."""
    nationality = trie_alternation(nationalities, separator=" ")
    return re.compile(rf"(?<![\w'-])(?:{trie_alternation(articles)}) (?:[a-z\u00df-\u024f-]+ )?"
                      rf"(?:{nationality})(?: [a-z\u00df-\u024f-]+)? , (?=(?:[a-z']+ )?P\d)")


@functools.cache
def _twice(twice: frozenset[str]) -> re.Pattern[str]:
    """A lower-case word of the skeleton given twice in a row, but for the words a sentence may give twice
    (``words.twice``: "what he had had"): the first stands for both."""
    kept = "|".join(re.escape(word) for word in sorted(twice, key=len, reverse=True)) or "(?!x)x"
    return re.compile(rf"(?<!\S)(?!(?:{kept}) )([^\W\d_A-Z]+) \1(?!\S)")


@functools.cache
def _dated_weekday(weekdays: tuple[str, ...]) -> re.Pattern[str]:
    """A weekday and its date between brackets right after it ("on monday ( D0 ) as ..."): the date alone stands
    for both, as if the text had named it in the weekday's place."""
    days = "|".join(re.escape(day) for day in sorted(weekdays, key=len, reverse=True)) or "(?!x)x"
    return re.compile(rf"(?<![\w'])(?:{days}) \( (D\d+) \)")


def _then_dates(text: str, finder: Finder, published: date | None, before: Callable[[], list[str]]) -> list[Mention]:
    """A word that stands for the time the sentence before told ("Bagdad is op 15 april het decor voor de
    commando-overdracht. X draagt dan zijn functie over aan Y"), in a sentence of its language without a date of its
    own: that date, where the word stands (not after a comparative: "meer dan", "later dan", "anders dan")."""
    language = finder.language
    if not language.then:
        return []
    lower = text.lower()
    for match in whole_phrases(language.then, separator=" ").finditer(lower):
        ahead = lower[:match.start()].split()
        if ahead and (ahead[-1].endswith(("er", "ers")) or ahead[-1] in ("ander", "anders")):
            continue  # a comparison
        if language.spoken(lower) not in language.origins["then"].get(match.group(0), ()):
            continue  # another language's word ("les dan", they give)
        earlier = before()
        told = finder.dates(plain(earlier[-1]), published) if earlier else []
        if not told:
            return []
        # the time to come a date without its year told ("is op 15 april het decor ...": next April), as the word
        # says it ("dan", not the past's "toen")
        when = told[-1].ahead or told[-1].when
        return [replace(told[-1], start=match.start(), end=match.end(), when=when, ahead=None)]
    return []


def _described(text: str, values: tuple[tuple[str, Guarded], ...]) -> list[str]:
    """The values whose words a description holds ("train-and-advise": training, advisory)."""
    spaced = text.replace("-", " ")
    return [value for value, pattern in values if pattern.pattern.search(spaced) or pattern.pattern.search(text)]


def _named(text: str, values: tuple[tuple[str, Guarded], ...], name_words: frozenset[str]) -> list[str]:
    """The values the words of a name of the mission hold ("this capacity-building mission"): two or
    more, or one whose words say more than the mission's names ("NATO's training mission in Iraq" is
    a name, "its security training mission" a description)."""
    spaced = text.replace("-", " ")
    found, beyond = [], False
    for value, pattern in values:
        match = pattern.pattern.search(spaced) or pattern.pattern.search(text)
        if match is not None:
            found.append(value)
            beyond = beyond or any(w not in name_words for w in fold(match.group(0)).replace("-", " ").split())
    return found if len(found) > 1 or beyond else []


_MISSION = re.compile(r"\bM\b")


@functools.cache  # by the profile's parent
def _holders(parent: re.Pattern[str] | None) -> re.Pattern[str]:
    """Who, in a sentence that does not name the mission, holds the basis it states: the parent organisation ("NATO is
    in Iraq at the invitation of ...") or a step about the mission ("The decision responds to a request from ...")."""
    acts = _acts().pattern
    return re.compile(rf"{parent.pattern}|{acts}" if parent is not None else acts, re.IGNORECASE)


def _description_facts(slot: Slot, sentence: Sentence, sk: Skeleton, actors: list[Mention], engine: _Engine,
                       published: date | None, parent: bool) -> list[Fact]:
    """What the mission is (``describe``) or on what basis it works (``basis``), read through the
    slot's values; ``parent``: the sentence names the parent organisation, not the mission."""
    reader, quote = engine.reader, sentence.text.strip()
    facts = []
    holder = _holders(engine.finder.parent) if parent else _MISSION
    described = _read_once(sk, f"descriptions {slot.frames} {parent}",
                           functools.partial(reader.descriptions, sk, published, slot.frames or "", holder))
    for desc, negated, tone in described:
        role = reader.weigh("current", tone)
        if role is None or (negated and slot.frames == "basis"):
            continue
        for value in _described(desc, slot.negated if negated else slot.values):
            facts.append(value_fact(slot.name, value, role, tone, quote, published))
    named = [sentence.plain[m.start:m.end] for m in actors if m.kind == "M"]
    if slot.frames == "describe" and named:
        # the words a sentence names the mission with describe it too, whatever its clause says
        # ("X is expected to lead the alliance's training and capacity-building mission in Iraq")
        values = [value for text in named for value in _named(text, slot.values, engine.name_words)]
        if values:  # most names describe nothing: no clause to weigh then
            at = sk.text.find("M")
            tone = replace(reader.tone(sk, at, at + 1, [], published), negated=False, future=False, modal=False,
                           historical=False)
            facts += [value_fact(slot.name, value, "current", tone, quote, published) for value in values]
    return facts


def _later_change(placed: list[tuple[str, str, Tone, bool, bool]],
                  published: date | None) -> list[tuple[str, str, Tone, bool, bool]]:
    """Of two changes one sentence tells of one person, into the post and out of it, the later holds ("X, who took
    command of NMI in October, was relieved of command on Thursday": X left the post; "X, who left NMI in 2030,
    took command again on Monday": X holds it)."""
    def when(tone: Tone) -> date | None:
        return tone.when or published

    dated = {(name, role): when(tone) for name, role, tone, event, _ in placed if event}
    dropped = set()
    for (name, role), day in dated.items():
        other = {"current": "previous", "previous": "current"}.get(role)
        against = dated.get((name, other)) if other else None
        if day is not None and against is not None and day < against:
            dropped.add((name, role))
    return [item for item in placed if not (item[3] and (item[0], item[1]) in dropped)]


def _coming_holder(placed: list[tuple[str, str, Tone, bool, bool]], reader: Reader,
                   sk: Skeleton) -> list[tuple[str, str, Tone, bool, bool]]:
    """Of a person one sentence places in the post both now, in an undated clause that tells the change in the simple
    present, and to come, the coming one holds: the clause of now is the coming change told again ("From that date the
    mission will serve under the command of X, who succeeds Y": X takes the post then; not "X, who took over last
    week, will lead NMI for a year": the change told as done)."""
    if reader.coming.search(sk.text) is None or reader.done.search(sk.text) is not None:
        return placed
    coming = {name for name, role, tone, event, _ in placed if event and role == "future"}
    return [item for item in placed
            if not (item[0] in coming and item[1] == "current" and item[3] and item[2].when is None
                    and not item[2].historical)]


def _past_holder_opening(sentence: Sentence, engine: _Engine, people: People, held: _Held) -> str | None:
    """The sentence, which does not name the mission, opens with a person the text placed in its post only as history
    ("Until May, X led NMI. ... X replaces Y"): a succession it tells is of their next post, not the mission's. That
    person's key, else None."""
    if not held.past or engine.profile.is_mentioned(sentence.plain):
        return None
    persons = engine.finder.persons(sentence.plain, people)
    if persons and not sentence.plain[:persons[0].start].strip(" \"'“‘") and person_key(persons[0].value) in held.past:
        return person_key(persons[0].value)
    return None


def _hands_over_still(framed: list[tuple[Slot, Fact]], opener: str) -> bool:
    """Of a post's facts a sentence opening with a past holder gives (``opener``, their key: see
    _past_holder_opening), that holder holds the post now and another is still to take it: a handover still to come
    from them, of the post the text placed them in (not their next post, which they would take: "X replaces Y", "X
    will succeed Y")."""
    roles = {(slot.name, fact.key): fact.role for slot, fact in framed if slot.person}
    return any(role == "current" and key == opener and any(
        other_role == "future" and other_slot == slot and other_key != key
        for (other_slot, other_key), other_role in roles.items()) for (slot, key), role in roles.items())


def _held_succeeds(sentence: Sentence, engine: _Engine, people: People, held: _Held,
                   named: Callable[[], str | None] | None = None) -> bool:
    """The sentence opens with a person the text placed in a post (of a slot), and tells a succession; or with a
    subject pronoun, where the person the text last named is that one ("(X was appointed commander of NMI. As
    commander, X will be at the helm of ...) He succeeds Y": ``named``, the person the text last named)."""
    if held.post not in engine.reader.language.posts or not held.people:
        return False
    if engine.reader.language.post_relative_test.search(sentence.lower) is None:
        return False
    persons = engine.finder.persons(sentence.plain, people)
    if (bool(persons) and not sentence.plain[:persons[0].start].strip(" \"'“‘")
            and person_key(persons[0].value) in held.people - held.past):
        return True
    pronoun = engine.finder.subject_pronoun.match(sentence.plain.lstrip(" \"'“‘"))
    last = named() if pronoun is not None and named is not None else None
    return last is not None and person_key(last) in held.people


class _Every:
    """Every slot (``in`` holds for each)."""

    def __contains__(self, item: object) -> bool:
        return True


_ANY_POST = _Every()


def _opener_posts(text: str, persons: list[Mention], held: _Held) -> frozenset[str] | _Every:
    """The slots of the posts the text placed the person who opens the (plain) sentence ``text`` in (now, by a change
    or a holding of the post, or by a title; or named them to, still to come); every slot where it opens with no such
    person."""
    if not persons or text[:persons[0].start].strip(" \"'“‘"):
        return _ANY_POST
    key = person_key(persons[0].value)
    posts = frozenset(slot for slot, placed in (*held.placed_now, *held.titled, *held.placed_ahead) if placed == key)
    return posts or _ANY_POST


def _held_in_charge(sentence: Sentence, engine: _Engine, people: People, held: _Held,
                    named: Callable[[], str | None]) -> bool:
    """The sentence opens with a person the text placed in the mission's command, and says a count of people is in
    their charge ("X will be in charge of some 1,700 personnel", "X commands about 4,000 soldiers"); whatever other
    posts a sentence between placed others in ("The ceremony was attended by Adm Y, commander of JFC Naples. X takes
    over a mission of about 600 personnel"); or opens with a subject pronoun that stands for that person, the one the
    text last named (``named``: "(X, who took command of NMI in May, ...) She commands about 610 men and women")."""
    charge = engine.reader.language.in_charge
    if not held.people or not contains_any(sentence.lower, charge):
        return False
    persons = engine.finder.persons(sentence.plain, people)
    pronoun = engine.finder.subject_pronoun.match(sentence.plain.lstrip(" \"'“‘"))
    if persons and pronoun is None:
        lead = sentence.plain[:persons[0].start].strip(" \"'“‘")
        if lead and lead.lower() not in engine.reader.language.rank_determiners:
            return False  # (an article before the rank is no other subject: "Le général X commandera ...")
        key, end = person_key(persons[0].value), persons[0].end
    elif pronoun is not None:
        last = named()
        if last is None:
            return False
        key, end = person_key(last), len(sentence.plain) - len(sentence.plain.lstrip(" \"'“‘")) + pronoun.end()
    else:
        return False
    if not ((held.post == "command" and key in held.people)
            or any((slot.name, key) in held.placed_now for slot in engine.posted if slot.frames == "command")):
        return False
    return _in_charge(charge, engine.reader.language.in_charge_of).search(sentence.lower, end) is not None


@functools.cache
def _in_charge(charge: tuple[str, ...], of: tuple[str, ...]) -> re.Pattern[str]:
    words = trie_alternation(charge, separator=r"\s+")
    # (or the mission said as a noun with its count, a time between: "commandera pendant un an une mission qui compte
    # environ 500 conseillers")
    nouns = trie_alternation(of, separator=r"\s+")
    noun = rf"|(?:[\w'’-]+\s+){{0,3}}?(?:{nouns})(?:(?<=['’])|\s+)(?:[\w'’-]+\s+){{0,2}}?" if of else ""
    return re.compile(rf"(?<![\w'-])(?:{words})\s+(?:(?:[\w'-]+\s+){{0,2}}?{noun})\d")


def _handed_over(sk: Skeleton, placed: list[tuple[str, str, Tone, bool, bool]], engine: _Engine, about: bool,
                 published: date | None, follows: bool, elsewhere: bool, presiders: frozenset[str] = frozenset(),
                 ahead: bool = False) -> list[tuple[str, str, Tone, bool, bool]]:
    """What the frames placed in or out of the mission's command (``placed``), with the persons a change of
    command read from its parts places (see handover.py): none of these when they give a person the frames
    placed another role (the frames read the sentence, the parts misread it); none of the frames' changes when
    the handover is of another post (``elsewhere``: "the Spanish contingent of NMI changed commanders when X handed
    over to Y").
    ``follows``: the post the text last placed someone in is the command (a sentence that does not name the
    mission speaks of that post: "X became deputy commander of NMI. He took over command from Y").
    ``presiders``: see _Held.presiders. ``ahead``: the change the text last told is still to come; a frame that
    follows it gives the roles of the sentence that goes on with it ("(NMI will have a new commander from 15
    January, X.) She takes over from Y": Y holds the post until then), not the parts' present tense."""
    if elsewhere:
        return [entry for entry in placed if not entry[3]]
    tied = engine.handovers.tied_to_mission(sk, engine.finder.parent)
    if not follows and not tied and (titled := frozenset(name for name, role, _, event, title in placed
                                                         if title and role == "current")):
        # "(X took up her post as chief of staff.) She works with the KFOR commander, Maj Gen Y, who took over command
        # in October": a handover in a relative clause on the holder a title placed in the command is of that post
        tied = engine.handovers.told_of_titled(sk, titled, engine.finder.parent)
    if not follows and not tied:
        # the post last placed is another: a handover this sentence tells without tying it to the mission is of it
        # ("... a change of command of the mission's protection company. The outgoing commander, X, handed over
        # to Y"; "As an NMI note reported, the handover took place between Y and X")
        return [] if engine.handovers.cued(sk, engine.finder.parent) else placed
    framed = {name: (role, not event) for name, role, _, event, _ in placed}
    found, retitled = [], set()
    for handover in engine.handovers.read(sk, about, published, engine.finder.parent):
        name = sk.symbols[handover.symbol].value
        if handover.role == "previous" and person_key(name) in presiders and engine.handovers.from_presider(
                sk.text, handover.symbol):
            continue  # "(..., presided over by Adm X, commander of JFC Naples.) Y receives the flag from Adm X"
        if name in framed:
            role, title = framed[name]
            if ahead and role != handover.role:
                return placed
            if role != handover.role and title and (not handover.titled or handover.role == "future"):
                # "passed the flag to his successor, X": a title or a word of relation ("successor": one still to
                # come) yields to the part the sentence gives X in the handover it tells (X takes the post now);
                # "the new commander of M, X, will mark the handover tomorrow": the title anticipates a handover
                # still to come, X takes the post then
                retitled.add(name)
            elif role != handover.role:
                return placed
            else:
                continue
        found.append((name, handover.role, handover.tone, True, False))
    kept = [*(entry for entry in placed if entry[0] not in retitled), *found]
    if any(title and role == "current" for _, role, _, _, title in kept) and engine.handovers.still_to_come(
            sk, published, engine.finder.parent):
        # "the new commander of M, X, will mark the handover tomorrow": X takes the post then
        kept = [(name, "future" if title and role == "current" else role, tone, event, title)
                for name, role, tone, event, title in kept]
    if not tied and _witnessed(kept):
        sk.memo["witnessed"] = True  # (a handover of another post: the next sentence's, naming no owner, is of it)
        return [entry for entry in kept if not entry[3]]
    return kept


def _witnessed(placed: list[tuple[str, str, Tone, bool, bool]]) -> bool:
    """A title places a third person in the mission's command now, beside a handover done between two others: the
    mission has one commander, so in a sentence that does not tie that handover to the mission, it is of another
    post ("X handed over authority to Y in the presence of the NMI commander, Z"; "As NMI commander Z looked on,
    ...")."""
    changed = {name for name, _, _, event, _ in placed if event}
    taken = {name for name, role, _, event, _ in placed if event and role == "current"}
    left = {name for name, role, _, event, _ in placed if event and role == "previous"}
    witness = any(title and role == "current" and name not in changed for name, role, _, _, title in placed)
    return witness and bool(taken) and bool(left) and not taken & left


def _names_act_alone(sentence: Sentence, profile: Profile) -> bool:
    """The sentence names a decision or step (the language files' basis acts) and no other actor: while the mission is
    in focus, that step is about it ("(NATO decided to broaden NMI's support.) The decision responds to a request from
    the Government of Iraq")."""
    return _acts().search(sentence.plain) is not None and not profile.names_other(sentence.plain, sentence.lower)


@functools.cache
def _acts() -> re.Pattern[str]:
    words = load_language().basis_acts
    return re.compile(r"(?<![\w'])(?:" + alternation(words) + r")(?![\w'])"
                      if words else r"(?!x)x", re.IGNORECASE)


def _names_parent_alone(sentence: Sentence, engine: _Engine, profile: Profile) -> bool:
    parent = engine.finder.parent
    return (parent is not None and parent.search(sentence.plain) is not None
            and not profile.names_other(sentence.plain, sentence.lower))


@dataclass
class _Held:
    """The post the text last placed someone in ("command", "civilian"; "other" for a post no slot
    reads, such as deputy commander; None before any): "Her predecessor, Y" and "She succeeds Y"
    speak of that post. ``denied``: the states the text says the mission is not in ("The mission is
    not suspended. One strand of its activity is paused"): no pause it tells is the mission's; ``affirmed``: the states
    the text tells in contrast with the mission going on ("The mission continues, but its training is suspended"),
    which such a denial does not undo."""

    post: str | None = None
    people: set[str] = field(default_factory=set)  # the surnames (folded) of the persons placed in posts
    ahead: bool = False  # the last change told is still to come ("X will hand over command in May")
    done: bool = False  # the last change told has happened ("X handed over command to his successor on Tuesday")
    left: set[str] = field(default_factory=set)  # the surnames (folded) of those a change told placed out of a post
    # the text has named the mission's command ("France will assume command of NMI in May"): a change of command a
    # later sentence tells in a relative clause after a sign of the post is of it ("France's leadership will follow
    # that of X, who took command in May 2024")
    spoken: bool = False
    denied: set[str] = field(default_factory=set)
    affirmed: set[str] = field(default_factory=set)
    # the last sentence naming the mission or a handover told a handover of another post ("the change of command of
    # the Italian contingent of NMI"): a sentence after it that does not name the mission tells of that post
    other_change: bool = False
    # the surnames (folded) of the persons the text placed in a post no slot reads ("X was appointed deputy
    # commander of NMI"): a later sentence that does not name the mission's post tells of theirs ("X, who succeeds
    # Y, will also head the mission's advisory division")
    elsewhere: set[str] = field(default_factory=set)
    # the surnames (folded) of the persons a sentence of its own moved to a side post ("General X, as of a few minutes
    # ago, will be his deputy"): the post the text gave them is another's now
    aside: set[str] = field(default_factory=set)
    # the surnames (folded) of the persons an aside placed in another body's post ("presided over by Adm X, commander
    # of JFC Naples"): the one the post's sign comes from later is the superior who passes it
    presiders: set[str] = field(default_factory=set)
    # (slot, key) of the persons a title places in a post now ("The new commander of M, X, arrived on Friday"), and of
    # those a change or holding of the post does ("X took command on Monday")
    titled: set[tuple[str, str]] = field(default_factory=set)
    placed_now: set[tuple[str, str]] = field(default_factory=set)
    # (slot, key) of the persons named to a post still to come ("X has been named NATO's next senior civilian
    # representative in Iraq"): a later sentence opening with one of them and naming no post is of that one ("X will
    # take up his post on 1 June")
    placed_ahead: set[tuple[str, str]] = field(default_factory=set)
    # the surnames (folded) of the persons the text placed in a post only as history ("Hasta mayo, X mandó la misión"):
    # a later sentence opening with one of them and telling a succession tells of their next post ("X releva al general
    # Y"), not of the one they left
    past: set[str] = field(default_factory=set)

    def stands_for(self, name: str | None) -> str | None:
        """``name`` where a subject pronoun stands for it: the text has placed nobody in a post yet,
        or not that person (after "X took command", "He succeeds Y" is X, read by the frames that
        follow it)."""
        return name if name is not None and (self.post is None or person_key(name) not in self.people) else None


def _earlier(document: Document, sentence: Sentence) -> list[str]:
    """The sentences before ``sentence`` in its paragraph and the one before."""
    here = _sentences_of(document.paragraphs[sentence.paragraph])
    earlier = list(here[:here.index(sentence.text)] if sentence.text in here else here)
    if sentence.paragraph > 0:
        earlier = [*_sentences_of(document.paragraphs[sentence.paragraph - 1]), *earlier]
    return earlier


@functools.lru_cache(maxsize=256)
def _sentences_of(paragraph: str) -> tuple[str, ...]:
    # (asked again for every sentence about the mission after it, and of the paragraph before: split once)
    return tuple(split_sentences(paragraph))


def _recent_before(document: Document, sentence: Sentence, finder: Finder, published: date | None) -> bool:
    """The sentence just before ``sentence`` tells of recent days: a weekday, a word of the present or
    a date within the last months, and no older date ("X arrived in Pristina on Sunday.")."""
    earlier = _earlier(document, sentence)
    if not earlier or published is None:
        return False
    text = plain(earlier[-1])
    dates = [d.when for d in finder.dates(text, published) if d.when is not None]
    if any(when < shift_date(published, -HISTORY) for when in dates):
        return False
    return bool(dates) or finder.recent.search(text) is not None


def _meet(document: Document, sentence: Sentence, finder: Finder, people: People) -> None:
    """The persons the sentences before ``sentence`` name (in its paragraph and the one before), made known to
    ``people``, so that a surname alone in ``sentence`` is one of them."""
    for text in _earlier(document, sentence):
        # (a text met once is met: what it names is in ``people`` already, and every sentence about the mission
        # after it meets it again)
        if text not in people.met:
            people.met.add(text)
            finder.persons(plain(text), people)


@functools.cache
def _mood_pattern() -> re.Pattern[str] | None:
    """The poster's feeling that may open a post's sentence ("Proud and humbled to hand over ...":
    ``words.speaker_moods``), None where no language has one."""
    moods = load_language().speaker_moods
    if not moods:
        return None
    mood = alternation(moods)
    return re.compile(rf"(?:{mood})(?:\s+and\s+(?:{mood}))?(?=\s+to\s)", re.IGNORECASE)


def _last_named(document: Document, sentence: Sentence, finder: Finder, people: People,
                presiders: set[str] | frozenset[str] = frozenset(), across: bool = False,
                alone: bool = False) -> str | None:
    """The person the text named last before ``sentence``: the first one of the nearest sentence
    before it that names anyone, in its paragraph or the one before; not one the text placed in another body's post
    ("Lors d'une cérémonie présidée par l'amiral X, commandant du JFC Naples, le général Y a pris le commandement de
    M. Il succède ...": Y, not X; see _Held.presiders). ``across``: a paragraph that names nobody between is passed;
    ``alone``: only where that sentence names one person (None where it names several), nor the page's subject."""
    earlier = _earlier(document, sentence)
    if across and sentence.paragraph > 1:
        # (across a paragraph that names nobody: "X will take command of M. / The 55-year-old, who commanded a
        # brigade, was confirmed for the post in March. / He will take over from Y": X)
        earlier = [*_sentences_of(document.paragraphs[sentence.paragraph - 2]), *earlier]
    for text in reversed(earlier):
        persons = [person for person in finder.persons(plain(text), people)
                   if person_key(person.value) not in presiders]
        if persons:
            return persons[0].value if not alone or len({p.value for p in persons}) == 1 else None
    return _page_subject(document, sentence, finder, people) if not alone else None


def _page_subject(document: Document, sentence: Sentence, finder: Finder, people: People) -> str | None:
    """The person a page is about, whose heading names them alone ("Teniente General X", "CV - Generalmajor Y",
    "Général X – Inspecteur de l'armée de Terre"): a biography's, a CV's subject, the one its later sentences without
    a subject speak of ("Desde mayo de 2075 es Jefe de la misión", "Dal 2074 al 2075 ha comandato la NMI"), where no
    paragraph between names anyone else."""
    if not 2 <= sentence.paragraph <= 12:
        return None  # (the paragraph before is within reach already; a biography is short)
    heading = plain(document.title or document.paragraphs[0]).strip()
    if not heading or len(heading.split()) > 12 or heading.endswith((".", "!", "?", ":")):
        return None
    persons = {person.value for person in finder.persons(heading, people)}
    if len(persons) != 1:
        return None
    first = 0 if document.title else 1
    for index in range(first, sentence.paragraph - 1):
        if any(person.value not in persons for person in finder.persons(plain(document.paragraphs[index]), people)):
            return None
    return persons.pop()


_STAND_IN = "he"  # a subject pronoun every language's frames read as the person the text last named


def _described_holder(text: str) -> int | None:
    """Where a post told with a bare noun and a word of its newness (``words.bare_post``, ``[modifiers]`` of a current
    or coming holder: "Our new Senior Civilian Representative", "The incoming commander") ends, when it opens the
    sentence as its subject, a verb after it (not a name in apposition: "The new commander, X, ...")."""
    language = load_language()
    if language.bare_post is None or not text[:1].isupper():
        return None
    match = language.bare_post.match(text.lower())
    if match is None:
        return None
    following = text[match.end():match.end() + 2]  # a space and a verb's lower-case letter, no comma, no name
    if not re.match(r" [^\W\d_]", following) or following[1].isupper():
        return None
    said = f" {match.group(0)} "
    if not any(f" {word} " in said for word, role in language.modifiers.items() if role in ("current", "future")):
        return None
    # (the verb after it, an auxiliary or two before it at most, takes the post: "took up his post", "will assume her
    # duties"; not "The new commander welcomed her", which names no one the post)
    after = text[match.end():].lower().split()
    taking = language.handover_parts.get("take", ())
    if not any(f"{' '.join(after[skip:skip + 3])} ".startswith(f"{word} ") for skip in range(3) for word in taking):
        return None
    return match.end()


@functools.cache
def _described_subject(text: str) -> int | None:
    """Where a person described by what they are ends (``words.description_articles``, ``description_nouns``, a
    nationality before or after the noun: "The Danish general", "De 54-jarige Nederlandse", "Le général danois"), when
    it opens the sentence as its subject: a verb in lower case after it, or a relative clause set off by a comma (not a
    restrictive one, which introduces someone: "The Danish general who now leads NMI ...")."""
    pattern = _description_pattern()
    found = pattern.match(text) if pattern is not None and text[:1].isupper() else None
    return found.end() if found is not None else None


@functools.cache
def _description_pattern() -> re.Pattern[str] | None:
    language = load_language()
    if not language.description_articles or not language.description_nouns:
        return None
    articles = "|".join(re.escape(a) for a in language.description_articles)
    nouns = "|".join(sorted(language.description_nouns, key=lambda n: (-len(n), n)))
    # (a nationality or its noun: "The Danish general", "De 54-jarige Nederlander")
    nationality = trie_alternation(sorted({*language.lower_nationalities, *(d.lower() for d in language.demonyms)}),
                                   separator=r"\s+")
    relatives = "|".join(re.escape(r) for r in language.relative_pronouns) or "(?!x)x"
    return re.compile(rf"(?:{articles})(?:(?<=')|\s+)(?:[a-z\u00df-\u024f-]+\s+)?(?:(?i:{nationality})\s+)?"
                      rf"(?i:{nouns})(?:\s+(?i:{nationality}))?"
                      rf"(?=\s+(?!(?:{relatives})\s)[a-z\u00df-\u024f]|,\s+[a-z\u00df-\u024f])")


def _dropped_person_pattern() -> re.Pattern[str] | None:
    """The opening of a sentence with a verb of taking or leaving a post and its subject dropped
    (``words.dropped_person``: "Asumirá el cargo el 11 de octubre", "Prenderà il comando a maggio")."""
    words = load_language().dropped_person
    return re.compile("|".join(f"(?:{word})" for word in words), re.IGNORECASE) if words else None


_T = TypeVar("_T")


def _read_once(sk: Skeleton, what: str, read: Callable[[], Iterable[_T]]) -> list[_T]:
    """What ``read`` finds on a skeleton (the frames of one family: statuses, places, foundings, descriptions), read
    once: a sentence said again is read to the same skeleton (see _framed_facts), and what the frames find there
    depends on nothing but the skeleton and the document's date (the generated pages say their mission paragraph
    three times)."""
    key = "read " + what
    found = sk.memo.get(key)
    if found is None:
        found = sk.memo[key] = list(read())
    return found


def _clause_post(sk: Skeleton, reader: Reader) -> str | None:
    """The post a frame placed someone in (naming the mission) before a semicolon whose clause opens with a subject
    pronoun ("NATO installed X as Senior Civilian Representative of M on Sunday; he succeeds Y": the pronoun's
    succession is of that post), or before a comma and a joiner that opens it (", when she will replace Y":
    ``words.clause_joiners``), if one post only; None otherwise."""
    if "clause_post" not in sk.memo:
        sk.memo["clause_post"] = None
        pronouns = "|".join(map(re.escape, reader.language.subject_pronouns))
        joiners = "|".join(map(re.escape, reader.language.clause_joiners))
        joined = f"|, (?:{joiners})" if joiners else ""
        cut = (re.search(rf" (?:;{joined}) (?:{pronouns}) ", sk.text)
               if pronouns and (" ; " in sk.text or (joined and " , " in sk.text)) else None)
        if cut is not None:
            placed = {name for name, posts in reader.language.posts.items()
                      for frame in reader.candidates(posts.frames, sk) if not frame.follows
                      for match in frame.pattern.finditer(sk.text, sk.lower, reader.present(sk))
                      if match.end() <= cut.start() and " M" in f" {match.group(0)}"}
            sk.memo["clause_post"] = placed.pop() if len(placed) == 1 else None
    return sk.memo["clause_post"]


_PLACE_SYMBOL = re.compile(r"L\d")  # a place in a skeleton (L0, L1, ...)


def _may_place(sk: Skeleton) -> bool:
    """The skeleton names a place (``L0``): ``Reader.places`` yields only a place its match holds as a symbol (each of
    ``re.finditer(r"L\\d+", match.group("places"))``, a part of the skeleton's text), and so nothing where the text
    holds none; its frames are then not run (they read nothing, and keep nothing but the skeleton's own memo)."""
    return "L" in sk.text and _PLACE_SYMBOL.search(sk.text) is not None


def _framed_facts(sentence: Sentence, about: bool, focus: bool, engine: _Engine, people: People,
                  published: date | None, skeletons: dict[tuple[object, ...], Skeleton],
                  slots: tuple[Slot, ...] | None = None,
                  held: _Held | None = None, titles: bool = True, named: Callable[[], str | None] | None = None,
                  alone: Callable[[], str | None] | None = None,
                  recent: Callable[[], bool] | None = None, relatives: bool = False,
                  before: Callable[[], list[str]] | None = None,
                  speaker: Callable[[], str | None] | None = None,
                  author: Callable[[], str | None] | None = None) -> list[tuple[Slot, Fact]]:
    """``titles``: see ``Reader.people``; ``relatives``: without titles, a relative clause's change counts too
    where a sign of the post stands before the sentence's first person (see ``_Held.spoken``); ``named``: the
    person the text last named, for a subject pronoun (see ``_Held.stands_for``); ``recent``: whether the
    sentence before tells of recent days, for one that opens with a time told from it ("Two days later, ...");
    ``skeletons``: the document's skeletons read so far, by their content; ``speaker``: the person whose turn of a
    transcript, interview, quote or speech the sentence stands in, for the speaker's own "I" (see
    speakers.turn_speaker); ``author``: a social post's author, for a sentence opening with their feeling (see
    speakers.post_author)."""
    reader = engine.reader
    text = sentence.plain
    if (author is not None and sentence.paragraph > 0 and (mood := opening_end(_mood_pattern(), text)) is not None
            and (poster := author()) is not None):
        # (under a post's author line) "Proud and humbled to hand over command of #KFOR to my friend X": the author,
        # by their rank and name, is the subject the post dropped
        text = f"{poster} {text[:mood].lower()}{text[mood:]}"
    if (named is not None and held is not None
            and (stand_in := opening_end(_dropped_person_pattern(), text)) is not None
            and held.stands_for(named()) is not None):
        # "(The new commander of M, X, arrived on Friday.) Asumirá el cargo el 11 de octubre": the person the text
        # last named, where the language would name them, as a subject pronoun (not one the text placed in a post:
        # "Subentrerà a ottobre al generale Y" goes on with the post, read by the frames that follow it)
        text = f"{text[:stand_in]}{_STAND_IN} {text[stand_in:]}"
    elif (named is not None and held is not None and (described := _described_holder(text)) is not None
            and held.stands_for(named()) is not None):
        # "(Welcome to Baghdad, Ambassador X!) Our new Senior Civilian Representative took up his post yesterday": a
        # post told with a bare noun and a word of its newness, the subject opening a sentence that names nobody before
        # it, is the person the text last named, as a subject pronoun would be ("He, our new ..., took up his post")
        text = f"{_STAND_IN}, {text[:1].lower()}{text[1:described]},{text[described:]}"
    elif (alone is not None and held is not None and (described := _described_subject(text)) is not None
            and held.stands_for(alone()) is not None):
        # "(Lieutenant General X has been home for a month.) The Hungarian officer, who handed over command of M in May,
        # is now back ...": a person described by what they are, the subject opening the sentence, is the one person
        # the nearest sentence naming anyone names, as a subject pronoun would be
        text = f"{_STAND_IN}{text[described:]}"
    antecedent = (held.stands_for(named()) if named is not None and held is not None
                  and engine.finder.subject_pronoun.search(text) is not None else None)
    if (focus and named is not None and (opening := engine.finder.mission_subject.match(text)) is not None
            and named() is None):
        # "(La NMI est une mission non combattante.) Elle est basée à Bagdad": a subject pronoun the mission's own
        # pronouns share, opening a sentence in focus after sentences that name nobody, is the mission, its pronoun
        text = f"{text[:opening.start(1)]}it{text[opening.end(1):]}"
    # "LT GEN X: ... I assumed command this morning": the speaker's own "I" is the person the turn's label names
    spoken = speaker() if speaker is not None and engine.finder.speaker_pronoun.search(text) is not None else None
    # (the names that report of themselves, found once per sentence, where its text is the sentence's own)
    speakers = sentence.speakers_it if text == sentence.plain else None
    sk, persons, actors = sentence_skeleton(text, engine.finder, people, focus, published, antecedent, before, spoken,
                                            speakers)
    if recent is not None and reader.opens_later(sk) and recent():
        sk.memo["recent_before"] = True
    # a sentence said again, read to the same skeleton (its text, its mentions, after recent days or not):
    # what the reader works out on a skeleton (its frames' words, its cuts, its clauses' tones) is kept
    # with the first
    sk = skeletons.setdefault((sk.text, *sk.symbols.items(), sk.memo.get("recent_before", False)), sk)
    quote = sentence.text.strip()
    if held is not None and persons:
        held.presiders.update(person_key(sk.symbols[p].value) for p in engine.handovers.presiders(sk.text))
    named_mission = MISSION_SYMBOL.search(sk.text) is not None
    found: list[tuple[Slot, Fact]] = []
    placed: str | None = None  # the post a frame of this sentence placed someone in
    marked: str | None = None  # the post a title of one leaving it or coming to it named
    elsewhere = False  # the sentence tells a handover of another post (see HandoverParts.of_another_post)
    now = False  # a frame of this sentence placed someone in a post now or to come
    for slot in engine.framed if slots is None else slots:
        if slot.frames == "place" and not _may_place(sk):
            continue
        if slot.frames in ("status", "place"):
            read = reader.statuses if slot.frames == "status" else reader.places
            for value, role, tone in _read_once(sk, slot.frames, functools.partial(read, sk, published)):
                if role in ("denied", "affirmed"):
                    if held is not None:
                        (held.denied if role == "denied" else held.affirmed).add(value)
                    continue
                found.append((slot, value_fact(slot.name, value, role, tone, quote, published)))
            continue
        if slot.frames == "size":
            found += [(slot, fact) for fact in size_facts(reader, sk, sentence.plain, slot, engine.profile, quote,
                                                          published, before=before)]
            continue
        if slot.frames == "founding":
            for value, role, tone in _read_once(sk, "foundings", functools.partial(reader.foundings, sk, published)):
                # the founding as the profile tells it: its role, its date's year or month
                role = slot.founding_role if role == "historical" else role
                value = value.split()[-1] if slot.founding_date == "year" else value
                found.append((slot, value_fact(slot.name, value, role, tone, quote, published)))
            continue
        if slot.frames in ("describe", "basis"):
            found += [(slot, fact) for fact in _description_facts(slot, sentence, sk, actors, engine, published,
                                                                   parent=slots is not None)]
            continue
        posts = reader.language.posts.get(slot.frames or "")
        if slot.frames == "command":
            elsewhere = engine.handovers.of_another_post(sk, about or focus, engine.finder.parent)
            if held is not None and about and not held.spoken:
                held.spoken = engine.handovers.names_mission_post(sk)
        if posts is None or not persons:
            continue
        if slot.frames == "command" and held is not None and held.other_change and not named_mission:
            # "(The change of command of the Italian contingent of NMI took place on Monday.) Col X succeeded Col Y":
            # a sentence that does not name the mission goes on with the handover the text last told, of another post
            continue
        if held is not None and not named_mission and slot.name not in _opener_posts(text, persons, held):
            # "(X, che da lunedì ricopre l'incarico di rappresentante civile della M, ...) X succede al Y": a sentence
            # that does not name the mission, opening with a person the text placed in another of its posts, is of that
            continue
        # with no post named before, "He succeeds Y" speaks of the command; a clause after a semicolon that opens with
        # a subject pronoun goes on with the post the clause before placed someone in, as a sentence after it would
        follows = (_clause_post(sk, reader) or (held.post if held is not None else None) or "command") == slot.frames
        if not titles and (reader.side_post(sk, past=False) or (reader.introduced_by_post(sk)
                                                                and not reader.introduced_by_past_post(sk) and not (
                slot.frames == "command" and engine.handovers.told_before_person(sk, engine.finder.parent))
                and not reader.takes_post_named(sk, posts.frames))):
            # "Brig Gen X took over as deputy commander", "Iraq's army chief, X, ...": another post (but "the handover
            # by the current commander, X, to the new commander, Y": the handover's parts tell whose post it is)
            continue
        changes = []
        ahead = follows and held is not None and held.ahead
        # (the change is the one the person last named took part in: "His successor" is theirs)
        last = named() if follows and held is not None and held.done and named is not None else None
        done = last is not None and held is not None and person_key(last) in held.left
        # (not a sentence naming the mission only in a relative clause on another actor: "The handover at JFC Naples,
        # which oversees KFOR, went to X, who replaces Y": that actor's post)
        concerned = (about or focus) and not reader.in_other_relative(sk)
        placed_here = list(reader.people(sk, posts.frames, concerned, published, follows, titles,
                                         posts.other_heads, ahead=ahead,
                                         relatives=relatives and engine.handovers.sign_before_person(sk),
                                         others=frozenset(held.elsewhere) if held is not None else frozenset(),
                                          elsewhere=slot.frames == "command" and elsewhere, done=done,
                                          coming=frozenset(held.people) if ahead and held is not None else frozenset(),
                                          presiders=frozenset(held.presiders) if held is not None else frozenset()))
        # "The new KFOR commander, X, who will formally take up the post on 11 October, ...", "the handover
        # between the outgoing commander, Y, and ... will take place": a title yields to the change of the post
        # the same sentence tells of its holder
        if slot.frames == "command":
            placed_here = _handed_over(sk, placed_here, engine, concerned, published, follows, elsewhere,
                                       frozenset(held.presiders) if held is not None else frozenset(), ahead=ahead)
            elsewhere = elsewhere or sk.memo.get("witnessed", False)
        placed_here = _coming_holder(_later_change(placed_here, published), reader, sk)
        # (and to a succession told of the holder the text last placed: "He succeeds the Spanish KFOR commander Y")
        changed_here = {name for name, _, _, _, title in placed_here if not title}
        for name, role, tone, event, title in placed_here:
            if title and name in changed_here:
                continue
            fact = person_fact(slot.name, name, role, tone, quote, published)
            found.append((slot, fact))
            now = now or fact.role in ("current", "future")
            if held is not None and fact.role == "current":
                (held.placed_now if event else held.titled).add((slot.name, fact.key))
            elif held is not None and fact.role == "future":
                held.placed_ahead.add((slot.name, fact.key))
            placed = placed or (slot.frames if event else None)
            # "The outgoing Senior Civilian Representative of M, X, said goodbye": a title of one leaving or coming
            # to the post names it as a change does ("Her successor, Y, will arrive in September": that post's)
            marked = marked or (slot.frames if title and role in ("previous", "future") else None)
            if event and held is not None:
                held.people.add(fact.key)
                if fact.role == "historical":
                    held.past.add(fact.key)
                else:
                    held.past.discard(fact.key)
                changes.append(tone.future or role == "future")  # ("X wordt de nieuwe commandant": a future frame's)
                if role == "previous":
                    held.left.add(person_key(name))
        if changes and held is not None:
            held.ahead = any(changes)
            held.done = not held.ahead
    if held is not None:
        # (a ceremony's sentence that names nobody; until a sentence names the mission again)
        # (or one that names a unit's head: "KFOR welcomed a new commander of the Dutch detachment")
        held.other_change = (placed is None and not persons and (elsewhere or engine.handovers.names_unit_head(sk))
                             ) or (held.other_change and not named_mission)
    if held is not None and elsewhere and placed is None:
        # "the change of command of the Italian contingent took place on Monday. Col X handed command to Col Y"
        held.post = "other"
    if held is not None and persons:
        if placed is not None or marked is not None:
            held.post = placed or marked
            if not now and reader.placed_elsewhere(sk):
                # "X, who commanded M until May 2061, was appointed commander of the Turkish 2nd Army on Tuesday. He
                # succeeds Y": the sentence told the post only as history, the post it places X in now is another
                held.post = "other"
                held.elsewhere.add(person_key(persons[0].value))
        elif (side := reader.side_post(sk, past=False) or reader.names_other_post(sk, past=False)) or elsewhere:
            # "X assumed her duties as Deputy Commander of NMI"; "X, the mission's spokesman, left" (not a post
            # told as held before: "She previously served as deputy commander of KFOR. She succeeds Y")
            held.post = "other"
            held.people.update(person_key(m.value) for m in persons)
            if side:
                held.elsewhere.update(person_key(m.value) for m in persons)
    return _one_change(found)


def _others_people(sentence: Sentence, engine: _Engine, people: People, focus: bool,
                   published: date | None) -> set[str]:
    """The surnames (folded) of the persons a sentence about another actor, naming it and not the mission, may place in
    a post ("The US-led coalition moved its headquarters to Erbil, said Maj Gen X, who took command of the coalition's
    land component last month"): the post is that actor's, and a later sentence of succession naming them ("X replaced
    Y"), after one about the mission, tells of it (see _Held.elsewhere)."""
    sk, _, _ = sentence_skeleton(sentence.plain, engine.finder, people, focus, published,
                                 speakers=sentence.speakers_it)
    if MISSION_SYMBOL.search(sk.text) or not _OTHER_SYMBOL.search(sk.text):
        return set()
    return {person_key(mention.value) for symbol, mention in sk.symbols.items() if symbol.startswith("P")}


_OTHER_SYMBOL = re.compile(r"(?<![\w'])O\d*(?![\w'])")


def _one_change(found: list[tuple[Slot, Fact]]) -> list[tuple[Slot, Fact]]:
    """A person one sentence gives as the predecessor in two posts is the predecessor in the post whose change it tells,
    the one it names a successor to ("X a pris ses fonctions de haut représentant civil de la NMI le 5 septembre,
    succédant ainsi à Y": Y was the civilian representative, not the commander)."""
    left: dict[str, set[str]] = {}
    for slot, fact in found:
        if slot.person and fact.role == "previous":
            left.setdefault(fact.key, set()).add(slot.name)
    if all(len(posts) < 2 for posts in left.values()):
        return found
    succeeded = {slot.name for slot, fact in found if slot.person and fact.role in ("current", "future")}
    return [(slot, fact) for slot, fact in found
            if not (slot.person and fact.role == "previous" and slot.name not in succeeded
                    and left[fact.key] & succeeded)]
