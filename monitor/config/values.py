"""One value of a TOML file, read: the parsers and the reader that names where a value was wrong.

A parser takes a raw TOML value and returns it typed, or raises :class:`ValueError` whose words say
what was expected ("a duration like "90s""); :class:`TableReader` turns that into a
:class:`ConfigError` naming the file, the table and the key. The configuration uses both, and a
mission profile's reader (``profile/parse.py``) builds on :class:`TableReader`.
"""
from __future__ import annotations

import difflib
import ipaddress
import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from ..errors import ConfigError

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)\s*$")
_DURATION_UNITS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400}
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(B|KB|KiB|MB|MiB|GB|GiB)?\s*$", re.IGNORECASE)
_SIZE_UNITS = {"b": 1, "kb": 1000, "kib": 1024, "mb": 1000**2, "mib": 1024**2, "gb": 1000**3, "gib": 1024**3}


# the longest duration any setting takes: a year. Longer ones (or inf, nan) are typing mistakes,
# and would overflow the scheduler's dates or sleep for ever
MAX_DURATION = 366 * 86400.0


def parse_duration(value: object) -> float:
    """'90s', '30m', '6h', '1d', '250ms' -> seconds. A bare number is seconds. At most a year."""
    if isinstance(value, bool):
        raise ValueError("a duration like \"90s\", \"30m\", \"6h\" or \"1d\"")
    if isinstance(value, int | float):
        seconds = float(value)
        if seconds < 0:
            raise ValueError("a duration that is not negative")
    else:
        match = _DURATION.match(str(value))
        if not match:
            raise ValueError("a duration like \"90s\", \"30m\", \"6h\" or \"1d\"")
        seconds = float(match.group(1)) * _DURATION_UNITS[match.group(2)]
    if not seconds <= MAX_DURATION:  # also false for nan
        raise ValueError("a duration of at most 366d")
    return seconds


def parse_size(value: object) -> int:
    """'10MiB', '500KB', 1048576 -> bytes."""
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    match = _SIZE.match(str(value))
    if not match or isinstance(value, bool):
        raise ValueError("a size like \"10MiB\" or \"500KB\"")
    size = int(float(match.group(1)) * _SIZE_UNITS[(match.group(2) or "b").lower()])
    if size <= 0:
        raise ValueError("a size above zero")
    return size


def positive_int(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError("a whole number of at least 1")
    return value


def non_negative_int(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError("a whole number of at least 0")
    return value


def text(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("a non-empty string")
    return value.strip()


def header_text(value: object) -> str:
    """Text sent in an HTTP header: no line breaks or other control characters."""
    stripped = text(value)
    if any(ord(c) < 32 or ord(c) == 127 for c in stripped):
        raise ValueError("one line of text without control characters")
    return stripped


def boolean(value: object) -> bool:
    if not isinstance(value, bool):
        raise ValueError("true or false")
    return value


def positive_duration(value: object) -> float:
    seconds = parse_duration(value)
    if seconds <= 0:
        raise ValueError("a duration above zero, like \"30s\"")
    return seconds


def string_list(value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError("a list of non-empty strings")
    return tuple(v.strip() for v in value)


def env_name(value: object) -> str:
    name = text(value)
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        raise ValueError("the name of an environment variable, like MONITOR_SMTP_PASSWORD (not the secret itself)")
    return name


def address(value: object) -> str:
    stripped = text(value)
    if not re.fullmatch(r"[^@\s<>]+@[^@\s<>]+", stripped):
        raise ValueError("an email address like desk@example.org")
    return stripped


def addresses(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value:
        raise ValueError("a list of email addresses")
    return tuple(address(v) for v in value)


def port(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 65536:
        raise ValueError("a port number from 1 to 65535")
    return value


def host(value: object) -> str:
    """A host name or an IP address: no spaces, slashes or other characters no host has."""
    name = text(value)
    if not _HOST.fullmatch(name) and not _is_ip(name):
        raise ValueError("a host name like smtp.example.org or an IP address")
    return name


# labels of letters (any script), digits, '_' and '-', joined by dots
_HOST = re.compile(r"(?=.{1,253}$)\w[\w-]{0,62}(?:\.\w[\w-]{0,62})*\.?")


def _is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text.strip("[]"))
    except ValueError:
        return False
    return True


def http_url(value: object) -> str:
    """An http(s) URL whose host and port could be connected to (checked here, not at the first fetch)."""
    url = text(value)
    try:
        parts = urlsplit(url)
        number = parts.port  # raises ValueError for a port out of range or not a number
    except ValueError:
        raise ValueError("an http:// or https:// URL with a valid host and a port from 1 to 65535") from None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError("an http:// or https:// URL")
    name = parts.hostname or ""
    if not name or (not _HOST.fullmatch(name) and not _is_ip(name)) or number == 0:
        raise ValueError("an http:// or https:// URL with a valid host and a port from 1 to 65535")
    return url


def has_credentials(value: object) -> bool:
    try:
        return isinstance(value, str) and "@" in urlsplit(value.strip()).netloc
    except ValueError:
        return False


@dataclass(frozen=True)
class Setting:
    """One key of the ``[settings]`` table (or of ``[alerts]``)."""

    name: str
    default: Any
    parse: Callable[[object], Any]
    help: str


def suggest(word: str, choices: list[str]) -> str:
    """'; did you mean "X"?' for the closest of ``choices``, or nothing."""
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f'; did you mean "{close[0]}"?' if close else ""


class TableReader:
    """Carries the file name so that every error names file, table and key (the configuration's
    reader here; a mission profile's in ``profile/parse.py``)."""

    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, where: str, key: str | None, problem: str) -> ConfigError:
        at = f"{where} key \"{key}\"" if key else where
        return ConfigError(f"{self.file}: {at}: {problem}", file=self.file, table=where, key=key)

    def check_keys(self, where: str, table: Mapping[str, Any], valid: Collection[str]) -> None:
        for key in table:
            if key not in valid:
                raise self.fail(where, key, "unknown key" + (suggest(key, list(valid)) or
                                f"; valid keys are {', '.join(sorted(valid))}"))

    def value(self, where: str, key: str, raw: object, parse: Callable[[object], Any]) -> Any:
        try:
            return parse(raw)
        except ValueError as exc:
            # a *_env key may hold a pasted secret by mistake: never echo it
            got = "a value that is not shown (it may be the secret itself)" if key.endswith("_env") else repr(raw)
            raise self.fail(where, key, f"expected {exc}, got {got}") from None

    def optional(self, where: str, table: Mapping[str, Any], key: str) -> str | None:
        """The text at ``key``, or None when the table has no such key."""
        return self.value(where, key, table[key], text) if key in table else None

    def table(self, where: str, raw: object) -> Mapping[str, Any]:
        if not isinstance(raw, Mapping):
            raise self.fail(where, None, f"expected a table, got {type(raw).__name__}")
        return raw
