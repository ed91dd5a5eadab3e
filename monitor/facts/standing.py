"""A page's standing text: the block an organisation puts under every release about itself ("About KFOR", "À propos de
la KFOR", "Over NATO Mission Iraq", "Om KFOR"; the language files' ``words.standing_heads``), a heading alone on its
paragraph naming a body, with the block after it to the page's end, or a label of a few words opening its paragraph
before a colon or a dash ("About KFOR: KFOR is a NATO-led ...", "À propos de la mission : ..."). It is written once and
left standing, dated by no release it sits under: a state of a single-valued slot it gives (a holder, a size, a status)
that the page's body states otherwise, or tells as past, is no news of the page's day but history; its scope, its
founding and its basis read as they are."""
from __future__ import annotations

import functools
import re
from dataclasses import replace

from ..language import Language
from ..models import Document, Fact
from ..parsecache import trie_alternation
from ..profile import Profile

_HEADING_WORDS = 8  # a heading is a few words: "About the Kosovo Force", "Over NATO Mission Iraq"
_LABEL_WORDS = 6  # and a label before its colon: "About the Kosovo Force (KFOR):", "À propos de la mission :"


def standing_paragraphs(document: Document, language: Language) -> tuple[str, ...]:
    """The paragraphs of the page's standing text (see the module's docstring)."""
    heads = _heads(language.standing_heads)
    if heads is None:
        return ()
    standing: list[str] = []
    block = False
    for paragraph in document.paragraphs:
        text = paragraph.strip()
        if block:
            standing.append(paragraph)
            continue
        opened = heads.match(text)
        if opened is None:
            continue
        rest = text[opened.end():]
        if _NAMED.match(rest) and _heading_alone(rest):
            block = True  # "About KFOR": the block after it, to the page's end
        elif (split := _LABEL_END.search(rest)) is not None and _named_alone(rest[:split.start()]):
            standing.append(paragraph)  # "About KFOR: KFOR is a NATO-led ..."
    return tuple(standing)


def standing_yields(facts: list[Fact], document: Document, language: Language, profile: Profile) -> list[Fact]:
    """A current state of a single-valued slot (a holder, a size, a status) quoted from the page's standing text alone
    (not from a paragraph of the body saying it too), where the body gives that slot another current value or tells
    this one as past, is history: the page's news is the body's ("The force currently numbers about 4,700" over the
    block's "It consists of about 4,400 troops"); where the body says nothing of it, the block is what the page says."""
    standing = standing_paragraphs(document, language)
    if not standing:
        return facts
    body = tuple(paragraph for paragraph in document.paragraphs if paragraph not in standing)

    def single(fact: Fact) -> bool:
        slot = profile.slots.get(fact.slot)
        return slot is not None and (slot.person or slot.kind in ("number", "status"))

    def told(fact: Fact, paragraphs: tuple[str, ...]) -> bool:
        return any(fact.quote in paragraph for paragraph in paragraphs)

    news = {(fact.slot, fact.key) for fact in facts
            if fact.role == "current" and single(fact) and told(fact, body)}
    past = {(fact.slot, fact.key) for fact in facts  # "X took over from Y", "cut from about 900 to around 550"
            if fact.role != "current" and single(fact) and told(fact, body)}
    return [replace(fact, role="historical")
            if fact.role == "current" and single(fact) and told(fact, standing) and not told(fact, body)
            and ((fact.slot, fact.key) in past or any(slot == fact.slot and key != fact.key for slot, key in news))
            else fact for fact in facts]


# after the heading's words, the label's few words ("About the Kosovo Force", "À propos de la mission"), then its colon
# or dash
_LABEL_END = re.compile(r"\s*(?::|\s[-–—]\s)\s*\S")


def _named_alone(name: str) -> bool:
    """A label's name: a few words, no comma ("About the Kosovo Force (KFOR)"; not "About KFOR's future, she said")."""
    return 0 < len(name.split()) <= _LABEL_WORDS and "," not in name


def _heading_alone(rest: str) -> bool:
    """What follows the heading's words is a name alone: a few words, no sentence's end."""
    words = rest.split()
    return 0 < len(words) <= _HEADING_WORDS and not rest.rstrip().endswith((".", "!", "?", ",", ";"))


# a heading alone names a body: a capital within two small words ("About the Kosovo Force", "À propos de la KFOR"; not
# "About us")
_NAMED = re.compile(r"(?:[a-zà-ÿ'’]+\s+){0,2}?[A-ZÀ-Þ]")


@functools.cache  # by the language files' words
def _heads(words: tuple[str, ...]) -> re.Pattern[str] | None:
    if not words:
        return None
    # (not a count: "About 4,000 troops")
    return re.compile(rf"(?i:{trie_alternation(words, separator=' ')})(?![\w'’-])\s+(?!\d)")
