"""Readings of the language files' cue words that more than one reader shares, below them all (text, tone, sizes and
lexicon import this module; it imports none of them).

- A question asks for a size in the words of size alone, no country in it ("How big are you now?", "Combien
  êtes-vous aujourd'hui ?", "Hvor mange er I?"): an interview's question to the mission's speaker (text) and the
  question whose answer is the mission's size (sizes).
- The words of handing a work on ("handed over to", "overgår til", "overgedragen aan"): the receivers a sentence
  names without taking the focus from the mission (text), and the work that ends for the mission (tone).
- The words of a ceiling of strength ("authorised strength", "plafond autorisé"): a ceiling named in the sentence before
  a count (text) and before the figure in its clause (sizes).
- The nouns of a part of the mission ("contingent", "contribución"): a nation's part (text) and the part a figure
  counts, not the mission (sizes).
"""
from __future__ import annotations

import re
from functools import cache

from ..language import load_language
from ..parsecache import trie_alternation, whole_phrases
from ..profile import Profile
from ..textutil import contains_any


@cache  # by profile
def nations_of(profile: Profile) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The countries and nationalities of the language files but those in the mission's names: as
    written (before the figure, in the text), and in lower case (in the skeleton's words)."""
    language = load_language()
    own = {w.lower() for n in (profile.name, *profile.aliases) for w in re.findall(r"[\w-]+", n)}
    words = [w for w in (*language.countries, *language.nationalities) if w.lower() not in own]
    return (re.compile(r"(?<![\w-])" + trie_alternation(words) + r"(?![\w-])"),
            re.compile(r"(?<![\w-])" + trie_alternation({w.lower() for w in words if w.replace(" ", "").isalpha()},
                                                        separator=" ") + r"(?![\w-])"))


def in_size_words(lower: str, profile: Profile) -> bool:
    """The question (lower case) holds words of size ([size] asked_size: "how big", "combien", "hvor mange") and no
    country or nationality but the mission's own names' (not "How big is the Italian contingent?")."""
    return contains_any(lower, load_language().asked_size) and nations_of(profile)[1].search(lower) is None


@cache
def handed_to_words() -> str:
    """The language files' words of handing a work on ([tone] handed_to: "handed over to", "overgår til",
    "overgedragen aan") as one alternation, any white space between a phrase's words ("(?!x)x", never matching, when
    there are none)."""
    return trie_alternation([w.lower() for w in load_language().handed_to], separator=r"\s+")


def ceilings() -> re.Pattern[str]:
    """The language files' words of a ceiling of strength ([size] ceiling: "authorised strength", "plafond autorisé"),
    whole words, as a skeleton or a lower-case text writes them (one space between a phrase's words)."""
    return whole_phrases(load_language().ceiling, separator=" ")


@cache
def part_words() -> str:
    """The language files' nouns of a part of the mission ([size] parts: "contingent", "contribución"), as written, as
    one alternation ("(?!x)x", never matching, when there are none)."""
    return trie_alternation(load_language().parts)
