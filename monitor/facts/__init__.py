"""Document + mission profile -> mandate facts, each with the exact sentence that states it.

Pure functions; mission knowledge comes from the profile, language knowledge from the language
files (``monitor/languages/``). The stages:

1. text       paragraphs -> sentences -> clauses (``lexicon.py``: ``split_sentences``);
2. focus      which sentences are about the mission: it is named there, or a reference ("the
              mission") or a pronoun points back to it; a sentence naming another actor and not
              the mission is about that actor (``lexicon.classify_sentences``);
3. mentions   persons, the mission, other actors, dates, as spans; the sentence's skeleton
              (``mentions.py``);
4. frames     the language files' frames over the skeleton bind persons to a post and the
              mission to a state, with a role from the frame and the clause's tone
              (``frames.py``), for the slots a profile reads by frames (``frames = "command"``);
5. lexicon    the profile's lexicons and rules for the other slots (``lexicon.py``).
"""
from __future__ import annotations

from datetime import date

from ..language import Language, load_language
from ..models import Document, Fact
from ..profile import Profile, Slot
from .frames import Reader, person_fact, value_fact
from .lexicon import Sentence, classify_sentences, plain, sentence_facts, split_sentences
from .mentions import Finder, Mention, People, skeleton

__all__ = ["extract_facts", "plain", "split_sentences"]


# compiled once per language and profile (both are loaded once per process and never change)
_READERS: dict[int, tuple[Language, Reader]] = {}
_FINDERS: dict[tuple[int, int], tuple[Profile, Finder]] = {}


def _reader(language: Language) -> Reader:
    if id(language) not in _READERS:
        _READERS[id(language)] = (language, Reader(language))
    return _READERS[id(language)][1]


def _finder(language: Language, profile: Profile) -> Finder:
    key = (id(language), id(profile))
    if key not in _FINDERS:
        _FINDERS[key] = (profile, Finder(language, profile))
    return _FINDERS[key][1]


def extract_facts(document: Document, profile: Profile) -> list[Fact]:
    """Every mandate fact the document states about the mission, first statement of each kept
    (for events, the statement that dates it explicitly)."""
    language = load_language()
    reader, finder = _reader(language), _finder(language, profile)
    framed = [slot for slot in profile.slots.values() if slot.frames]
    lexical = [slot for slot in profile.slots.values() if not slot.frames or slot.rules or slot.values]
    people = People()
    facts: dict[tuple[str, str, str], Fact] = {}

    def keep(slot: Slot, fact: Fact) -> None:
        identity = (fact.slot, fact.key, fact.role)
        kept = facts.get(identity)
        if kept is None or (slot.kind == "event" and kept.as_of == document.published != fact.as_of):
            facts[identity] = fact
        elif slot.person and len(fact.value) > len(kept.value):
            facts[identity] = fact

    document_wide = [slot for slot in lexical if slot.context == "document"]

    def needed(lower: str) -> bool:  # a paragraph without a cue of the mission may still hold these
        return any(slot.cued(lower) for slot in document_wide)

    for sentence, about, focus in classify_sentences(document, profile, needed):
        for slot, fact in sentence_facts(sentence, about, lexical, profile, document.published):
            keep(slot, fact)
        if framed and about:
            for slot, fact in _framed_facts(sentence, about, focus, framed, finder, reader, people,
                                            document.published):
                keep(slot, fact)
    return list(facts.values())


def _framed_facts(sentence: Sentence, about: bool, focus: bool, slots: list[Slot], finder: Finder, reader: Reader,
                  people: People, published: date | None) -> list[tuple[Slot, Fact]]:
    text = sentence.plain
    persons = finder.persons(text, people)
    actors = finder.mission(text, focus)
    mentions: list[Mention] = [*persons, *actors, *finder.dates(text, published), *finder.places(text)]
    mentions += finder.pronouns(text, actors, focus)
    sk = skeleton(text, mentions)
    quote = sentence.text.strip()
    found: list[tuple[Slot, Fact]] = []
    for slot in slots:
        if slot.frames in ("status", "place"):
            read = reader.statuses if slot.frames == "status" else reader.places
            for value, role, tone, _ in read(sk, published):
                found.append((slot, value_fact(slot.name, value, role, tone, quote, published)))
            continue
        posts = reader.language.posts.get(slot.frames or "")
        if posts is None or not persons:
            continue
        for name, role, tone, _ in reader.people(sk, posts.frames, about, published):
            found.append((slot, person_fact(slot.name, name, role, tone, quote, published)))
    return found
