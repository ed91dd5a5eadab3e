"""Mission profiles: what the monitor knows about one mission, as data (TOML).

A profile is found by name among the package's ``profiles/*.toml``, or read from a path. This
module only loads and validates; ``facts.py`` applies the profile to text.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .textutil import mentions_any


@dataclass(frozen=True)
class Profile:
    name: str
    aliases: tuple[str, ...]
    cooccurring: tuple[tuple[str, ...], ...]
    path: str

    @property
    def keywords(self) -> tuple[str, ...]:
        """What feeds and listings follow when a source gives no ``keywords``."""
        return (self.name, *self.aliases)

    def is_mentioned(self, text: str) -> bool:
        """The mission is named, or a word of every co-occurring group appears."""
        if mentions_any(text, self.keywords):
            return True
        return bool(self.cooccurring) and all(mentions_any(text, group) for group in self.cooccurring)


def builtin_profiles() -> list[str]:
    return sorted(p.name[:-5] for p in resources.files("monitor.profiles").iterdir() if p.name.endswith(".toml"))


def load_profile(name_or_path: str) -> Profile:
    if name_or_path.endswith(".toml") or "/" in name_or_path:
        path = Path(name_or_path)
        if not path.exists():
            raise ConfigError(f"{path}: mission profile not found", file=str(path))
        text, where = path.read_text(encoding="utf-8"), str(path)
    else:
        resource = resources.files("monitor.profiles") / f"{name_or_path}.toml"
        if not resource.is_file():
            raise ConfigError(f'[mission] key "profile": no built-in profile {name_or_path!r} '
                              f"(built-in: {', '.join(builtin_profiles())}; or give a path to a .toml file)")
        text, where = resource.read_text(encoding="utf-8"), f"profile {name_or_path}"
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{where}: not valid TOML: {exc}", file=where) from exc
    return parse_profile(data, where)


def parse_profile(data: dict[str, Any], where: str) -> Profile:
    mission = data.get("mission")
    if not isinstance(mission, dict) or not isinstance(mission.get("name"), str):
        raise ConfigError(f'{where}: [mission] key "name": missing; a profile names its mission', file=where)
    aliases = mission.get("aliases", [])
    groups = mission.get("cooccurring", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise ConfigError(f'{where}: [mission] key "aliases": expected a list of strings', file=where)
    if not isinstance(groups, list) or not all(isinstance(g, list) and all(isinstance(w, str) for w in g)
                                               for g in groups):
        raise ConfigError(f'{where}: [mission] key "cooccurring": expected a list of lists of strings', file=where)
    return Profile(name=mission["name"], aliases=tuple(aliases),
                   cooccurring=tuple(tuple(g) for g in groups), path=where)
