"""Finding a profile: a built-in one by name (the package's ``monitor/profiles/*.toml``) or a file
by its path, read once per process; and the configuration's profile, with what the configuration
says of its slots checked against it."""
from __future__ import annotations

import functools
import tomllib
from importlib import resources
from pathlib import Path

from ..config import Config, TableReader, suggest
from ..errors import ConfigError
from ..parsecache import toml as read_toml
from .model import Profile
from .parse import parse_profile


def builtin_profiles() -> list[str]:
    return sorted(p.name[:-5] for p in resources.files("monitor.profiles").iterdir() if p.name.endswith(".toml"))


def _is_path(reference: str) -> bool:
    return reference.endswith(".toml") or "/" in reference


def is_builtin(reference: str) -> bool:
    """A built-in profile's name (tested with the package), not a path to a profile file."""
    return not _is_path(reference) and (resources.files("monitor.profiles") / f"{reference}.toml").is_file()


@functools.cache
def load_profile(name_or_path: str) -> Profile:
    """The profile named (built-in) or at a path, read and compiled once per process."""
    if _is_path(name_or_path):
        path = Path(name_or_path)
        if not path.exists():
            raise ConfigError(f"{path}: mission profile not found", file=str(path))
        try:
            text, where = path.read_text(encoding="utf-8"), str(path)
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read the mission profile: {exc}", file=str(path)) from exc
    else:
        resource = resources.files("monitor.profiles") / f"{name_or_path}.toml"
        if not resource.is_file():
            raise ConfigError(f'[mission] key "profile": no built-in profile {name_or_path!r} '
                              f"(built-in: {', '.join(builtin_profiles())}; or give a path to a .toml file)")
        text, where = resource.read_text(encoding="utf-8"), f"profile {name_or_path}"
    try:
        data = read_toml(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{where}: not valid TOML: {exc}", file=where) from exc
    return parse_profile(data, where)


def load_mission(config: Config) -> Profile:
    """The configuration's mission profile, with what the configuration says of its slots checked
    against it: an alert slot the profile does not have would silently never alert."""
    profile = load_profile(config.profile)
    for slot in config.alerts.slots or ():
        if slot not in profile.slots:
            reader = TableReader(str(config.path) if config.path else "<defaults>")
            raise reader.fail("[alerts]", "slots", f"no slot named {slot!r} in profile {profile.name}"
                              + (suggest(slot, sorted(profile.slots)) or
                                 f"; its slots are {', '.join(sorted(profile.slots))}"))
    return profile
