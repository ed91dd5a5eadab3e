"""Mission profiles: what the monitor knows about one mission, as data (TOML).

A profile is found by name among the package's ``profiles/*.toml``, or read from a path
(``load.py``). ``parse.py`` validates and compiles it (patterns are compiled once, there) into the
frozen dataclasses of ``model.py``; ``facts`` applies it to text. The slot kinds a profile may use
are declared in :data:`SLOT_KINDS` with the keys each allows, so a typo in a profile fails at load
time with the closest valid key suggested. ``guarded.py``: the patterns, behind the words each
needs, that profiles and the language files run.
"""
from __future__ import annotations

from .guarded import Guarded
from .load import builtin_profiles, is_builtin, load_mission, load_profile
from .model import CATEGORIES, CONTEXTS, FRAME_FAMILIES, ROLES, SLOT_KINDS, Profile, Rule, Slot, SlotKind
from .parse import parse_profile

__all__ = [
    "CATEGORIES", "CONTEXTS", "FRAME_FAMILIES", "ROLES", "SLOT_KINDS", "Guarded", "Profile", "Rule", "Slot",
    "SlotKind", "builtin_profiles", "is_builtin", "load_mission", "load_profile", "parse_profile",
]
