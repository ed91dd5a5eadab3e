"""sources.toml -> a frozen, typed :class:`Config`.

The file is parsed once. Every setting is declared in :data:`SETTINGS` with its default, parser
and help text (the README's table is generated from the same list and a test keeps them in step).
Every error names the file, the table and the key, says what was expected and, for an unknown
key, suggests the closest valid one.
"""
from __future__ import annotations

import difflib
import ipaddress
import os
import re
import tomllib
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .errors import ConfigError
from .kinds import AUTHORITIES, CHANNEL_KINDS, SOURCE_KINDS

DEFAULT_CONFIG = "sources.toml"
DEFAULT_DATABASE = "db/monitor.db"
DEFAULT_PROFILE = "nato_mission_iraq"

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


def _positive_int(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError("a whole number of at least 1")
    return value


def _non_negative_int(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError("a whole number of at least 0")
    return value


def _text(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("a non-empty string")
    return value.strip()


def _header_text(value: object) -> str:
    """Text sent in an HTTP header: no line breaks or other control characters."""
    text = _text(value)
    if any(ord(c) < 32 or ord(c) == 127 for c in text):
        raise ValueError("one line of text without control characters")
    return text


def _transport(value: object) -> str:
    text = _text(value)
    if text not in ("aiohttp", "httpx"):
        raise ValueError("aiohttp or httpx")
    return text


def _bool(value: object) -> bool:
    if not isinstance(value, bool):
        raise ValueError("true or false")
    return value


def _positive_duration(value: object) -> float:
    seconds = parse_duration(value)
    if seconds <= 0:
        raise ValueError("a duration above zero, like \"30s\"")
    return seconds


@dataclass(frozen=True)
class Setting:
    """One key of the ``[settings]`` table."""

    name: str
    default: Any
    parse: Callable[[object], Any]
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("database", DEFAULT_DATABASE, _text, "the SQLite file, relative to this file's folder"),
    Setting("concurrency", 16, _positive_int, "simultaneous fetches in a sweep"),
    Setting("host_concurrency", 2, _positive_int, "simultaneous requests to one host"),
    Setting("host_delay", "1s", parse_duration, "minimum gap between two requests to one host"),
    Setting("interval", "1h", _positive_duration, "default check interval of a source"),
    Setting("user_agent", "mandate-monitor/0.1 (+https://github.com/mandate-monitor/mandate-monitor)",
            _header_text, "the User-Agent header sent with every request and matched in robots.txt"),
    Setting("timeout", "30s", _positive_duration, "connect and read timeout of one request"),
    Setting("max_bytes", "10MiB", parse_size, "largest body read; a larger one fails the fetch"),
    Setting("retries", 2, _non_negative_int, "retries after a connection error, timeout, 429 or 5xx"),
    Setting("backoff", "1s", parse_duration, "first retry delay; doubled each retry, with jitter"),
    Setting("retry_after_max", "2m", parse_duration, "longest Retry-After honoured; longer fails"),
    Setting("max_redirects", 5, _non_negative_int, "redirects followed before giving up"),
    Setting("robots", True, _bool, "honour robots.txt (disallowed URLs are not fetched)"),
    Setting("recheck", "3d", parse_duration, "how long a discovered article is re-checked for edits"),
    Setting("max_articles", 50, _positive_int, "most new articles fetched from one feed or listing per check"),
    Setting("transport", "aiohttp", _transport,
            "the connections under httpx: aiohttp (measured fastest, see bench/) or httpx's own pool"),
    Setting("workers", 0, _non_negative_int,
            "processes that extract text and facts when pages changed; 0: one per core, 1: in the main process"),
    Setting("shutdown_grace", "30s", _positive_duration, "how long `monitor run` lets checks in flight finish on stop"),
    Setting("watchdog", "6h", _positive_duration, "`monitor run` alerts once when no check has succeeded this long"),
    Setting("busy_timeout", "30s", _positive_duration,
            "how long a write waits while another process (the daemon, a check) holds the database; "
            "then it fails with \"database busy\""),
)
_SETTING_BY_NAME = {s.name: s for s in SETTINGS}


@dataclass(frozen=True)
class Settings:
    database: Path
    concurrency: int
    host_concurrency: int
    host_delay: float
    interval: float
    user_agent: str
    timeout: float
    max_bytes: int
    retries: int
    backoff: float
    retry_after_max: float
    max_redirects: int
    robots: bool
    recheck: float
    max_articles: int
    transport: str
    workers: int
    shutdown_grace: float
    watchdog: float
    busy_timeout: float


@dataclass(frozen=True)
class Source:
    name: str
    url: str
    kind: str = "page"
    authority: str = "press"
    interval: float | None = None
    selector: str | None = None
    keywords: tuple[str, ...] = ()
    link_selector: str | None = None

    @property
    def official(self) -> bool:
        return self.authority == "official"


@dataclass(frozen=True)
class EmailChannel:
    host: str
    sender: str
    to: tuple[str, ...]
    port: int
    security: str = "starttls"
    username: str | None = None
    password_env: str | None = None
    timeout: float = 20.0
    name: str = "email"


@dataclass(frozen=True)
class SlackChannel:
    webhook_url_env: str
    timeout: float = 20.0
    name: str = "slack"


Channel = EmailChannel | SlackChannel
CONFIDENCES = ("reported", "confirmed")
DEFAULT_ALERT_CATEGORIES = ("scope", "leadership", "size", "status")


@dataclass(frozen=True)
class Alerts:
    """The ``[alerts]`` table: what alerts, and how delivery retries."""

    channels: tuple[Channel, ...] = ()
    min_confidence: str = "reported"
    slots: tuple[str, ...] | None = None  # None: every slot of the alerted categories
    retry: float = 60.0
    max_attempts: int = 8
    health_failures: int = 3
    after_review: bool = False  # hold change alerts until a person accepts the change (`monitor review`)


ALERT_SETTINGS: tuple[Setting, ...] = (
    Setting("min_confidence", "reported", _text, "reported (alert at once) or confirmed (wait for a second source)"),
    Setting("retry", "1m", parse_duration, "first retry delay of a failed delivery; doubled each time"),
    Setting("max_attempts", 8, _positive_int, "delivery attempts before an alert stays failed"),
    Setting("health_failures", 3, _positive_int, "consecutive failed checks of a source before a health alert"),
    Setting("after_review", False, _bool, "hold each change's alert until `monitor review accept` (false: at once)"),
)


@dataclass(frozen=True)
class Config:
    path: Path | None
    settings: Settings
    profile: str = DEFAULT_PROFILE
    sources: tuple[Source, ...] = ()
    alerts: Alerts = field(default_factory=Alerts)

    def source(self, name: str) -> Source:
        for source in self.sources:
            if source.name == name:
                return source
        raise ConfigError(f"no source named {name!r}" + suggest(name, [s.name for s in self.sources]),
                          file=str(self.path))

    def interval_of(self, source: Source) -> float:
        return source.interval if source.interval is not None else self.settings.interval


def suggest(word: str, choices: list[str]) -> str:
    """'; did you mean "X"?' for the closest of ``choices``, or nothing."""
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f'; did you mean "{close[0]}"?' if close else ""


class TableReader:
    """Carries the file name so that every error names file, table and key (the configuration's
    reader here; a mission profile's in ``profile.py``)."""

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

    def table(self, where: str, raw: object) -> Mapping[str, Any]:
        if not isinstance(raw, Mapping):
            raise self.fail(where, None, f"expected a table, got {type(raw).__name__}")
        return raw


def load_config(path: str | os.PathLike[str] | None = None, *, explicit: bool = True) -> Config:
    """Read and validate a configuration file.

    With ``explicit=False`` a missing file is not an error: the defaults apply, with no sources
    (reading the log or seeding the baseline needs no sources).
    """
    file = Path(path or DEFAULT_CONFIG)
    if not file.exists():
        if explicit:
            raise ConfigError(f"{file}: configuration file not found (give --config PATH or set MONITOR_CONFIG)",
                              file=str(file))
        return parse_config({}, None)
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{file}: not valid TOML: {exc}", file=str(file)) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{file}: cannot read the file: {exc}", file=str(file)) from exc
    return parse_config(data, file)


TOP_LEVEL = {
    "settings": "global settings: database, concurrency, politeness, timeouts",
    "mission": "which mission profile to use",
    "sources": "the pages, feeds and listings to watch ([[sources]] tables)",
    "alerts": "alert channels: [alerts.email], [alerts.slack]",
}


def parse_config(data: Mapping[str, Any], path: Path | None) -> Config:
    """Validate already-parsed TOML data; relative paths are relative to ``path``'s folder."""
    reader = TableReader(str(path) if path else "<defaults>")
    reader.check_keys("top level", data, TOP_LEVEL)
    base = path.resolve().parent if path else Path.cwd()

    raw_settings = reader.table("[settings]", data.get("settings", {}))
    reader.check_keys("[settings]", raw_settings, {s.name: s.help for s in SETTINGS})
    values: dict[str, Any] = {}
    for setting in SETTINGS:
        raw = raw_settings.get(setting.name, setting.default)
        values[setting.name] = reader.value("[settings]", setting.name, raw, setting.parse)
    values["database"] = base / values["database"]
    settings = Settings(**values)

    raw_mission = reader.table("[mission]", data.get("mission", {}))
    reader.check_keys("[mission]", raw_mission, {"profile": "a built-in profile name or a path"})
    profile = reader.value("[mission]", "profile", raw_mission.get("profile", DEFAULT_PROFILE), _text)
    if profile.endswith(".toml") or "/" in profile:
        profile = str(base / profile)

    raw_sources = data.get("sources", [])
    if not isinstance(raw_sources, list):
        raise reader.fail("[[sources]]", None, "expected an array of tables: write each source as [[sources]]")
    sources = tuple(_parse_source(reader, i, raw) for i, raw in enumerate(raw_sources, 1))
    seen: dict[str, int] = {}
    for i, source in enumerate(sources, 1):
        if source.name in seen:
            raise reader.fail(f'[[sources]] #{i} ("{source.name}")', "name",
                              f"duplicate source name {source.name!r} (also source #{seen[source.name]})")
        seen[source.name] = i

    alerts = _parse_alerts(reader, reader.table("[alerts]", data.get("alerts", {})))
    return Config(path=path, settings=settings, profile=profile, sources=sources, alerts=alerts)


def _parse_alerts(reader: TableReader, table: Mapping[str, Any]) -> Alerts:
    valid = {s.name: s.help for s in ALERT_SETTINGS} | {"slots": "the slots that alert"} | {
        name: kind.help for name, kind in CHANNEL_KINDS.items()}
    reader.check_keys("[alerts]", table, valid)
    values = {s.name: reader.value("[alerts]", s.name, table.get(s.name, s.default), s.parse) for s in ALERT_SETTINGS}
    if values["min_confidence"] not in CONFIDENCES:
        raise reader.fail("[alerts]", "min_confidence",
                          f"expected one of {', '.join(CONFIDENCES)}, got {values['min_confidence']!r}")
    slots = reader.value("[alerts]", "slots", table["slots"], _keywords) if "slots" in table else None
    channels = tuple(_parse_channel(reader, name, reader.table(f"[alerts.{name}]", table[name]))
                     for name in CHANNEL_KINDS if name in table)
    return Alerts(channels=channels, slots=slots, **values)


def _parse_channel(reader: TableReader, name: str, table: Mapping[str, Any]) -> Channel:
    where = f"[alerts.{name}]"
    kind = CHANNEL_KINDS[name]
    reader.check_keys(where, table, kind.options)
    for key in kind.required:
        if key not in table:
            raise reader.fail(where, key, f"missing; {kind.required[key]}")
    timeout = reader.value(where, "timeout", table.get("timeout", "20s"), _positive_duration)
    if name == "slack":
        env = reader.value(where, "webhook_url_env", table["webhook_url_env"], _env_name)
        # the URL is read again when a message is sent; a malformed one is this file's error now
        url = os.environ.get(env)
        problem = webhook_url_problem(url) if url else None
        if problem:
            raise reader.fail(where, "webhook_url_env", f"the environment variable {env} {problem}")
        return SlackChannel(webhook_url_env=env, timeout=timeout)
    security = reader.value(where, "security", table.get("security", "starttls"), _text)
    if security not in ("starttls", "ssl", "none"):
        raise reader.fail(where, "security", f"expected starttls, ssl or none, got {security!r}")
    default_port = {"starttls": 587, "ssl": 465, "none": 25}[security]
    return EmailChannel(
        host=reader.value(where, "host", table["host"], _host),
        sender=reader.value(where, "sender", table["sender"], _address),
        to=reader.value(where, "to", table["to"], _addresses),
        port=reader.value(where, "port", table.get("port", default_port), _port),
        security=security,
        username=_optional(reader, where, table, "username"),
        password_env=reader.value(where, "password_env", table["password_env"], _env_name)
        if "password_env" in table else None,
        timeout=timeout,
    )


def _env_name(value: object) -> str:
    text = _text(value)
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", text):
        raise ValueError("the name of an environment variable, like MONITOR_SMTP_PASSWORD (not the secret itself)")
    return text


def _address(value: object) -> str:
    text = _text(value)
    if not re.fullmatch(r"[^@\s<>]+@[^@\s<>]+", text):
        raise ValueError("an email address like desk@example.org")
    return text


def _addresses(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value:
        raise ValueError("a list of email addresses")
    return tuple(_address(v) for v in value)


def _port(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 65536:
        raise ValueError("a port number from 1 to 65535")
    return value


def _parse_source(reader: TableReader, index: int, raw: object) -> Source:
    where = f"[[sources]] #{index}"
    table = reader.table(where, raw)
    if isinstance(table.get("name"), str):
        where = f'[[sources]] #{index} ("{table["name"]}")'
    for key in ("name", "url"):
        if key not in table:
            raise reader.fail(where, key, "missing; every source needs a name and a url")
    name = reader.value(where, "name", table["name"], _text)
    if not re.fullmatch(r"[\w.\-]+", name):
        raise reader.fail(where, "name", f"expected letters, digits, '.', '_' or '-' only, got {name!r}")
    kind_name = reader.value(where, "kind", table.get("kind", "page"), _text)
    kind = SOURCE_KINDS.get(kind_name)
    if kind is None:
        raise reader.fail(where, "kind", f"unknown kind {kind_name!r}{suggest(kind_name, list(SOURCE_KINDS))} "
                                         f"(one of {', '.join(SOURCE_KINDS)})")
    reader.check_keys(where, table, kind.all_options)
    if _has_credentials(table["url"]):
        # it would be stored in the database and shown in every error: refused, and never echoed
        raise reader.fail(where, "url", "a user name or password in the URL is not supported (the URL is not shown)")
    url = reader.value(where, "url", table["url"], _http_url)
    authority = reader.value(where, "authority", table.get("authority", "press"), _text)
    if authority not in AUTHORITIES:
        raise reader.fail(where, "authority", f"expected one of {', '.join(AUTHORITIES)}, got {authority!r}")
    interval = table.get("interval")
    return Source(
        name=name,
        url=url,
        kind=kind_name,
        authority=authority,
        interval=None if interval is None else reader.value(where, "interval", interval, _positive_duration),
        selector=_optional(reader, where, table, "selector"),
        keywords=reader.value(where, "keywords", table.get("keywords", []), _keywords),
        link_selector=_optional(reader, where, table, "link_selector"),
    )


def _optional(reader: TableReader, where: str, table: Mapping[str, Any], key: str) -> str | None:
    return reader.value(where, key, table[key], _text) if key in table else None


def _host(value: object) -> str:
    """A host name or an IP address: no spaces, slashes or other characters no host has."""
    text = _text(value)
    if not _HOST.fullmatch(text) and not _is_ip(text):
        raise ValueError("a host name like smtp.example.org or an IP address")
    return text


# labels of letters (any script), digits, '_' and '-', joined by dots
_HOST = re.compile(r"(?=.{1,253}$)\w[\w-]{0,62}(?:\.\w[\w-]{0,62})*\.?")


def _is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text.strip("[]"))
    except ValueError:
        return False
    return True


def _http_url(value: object) -> str:
    """An http(s) URL whose host and port could be connected to (checked here, not at the first fetch)."""
    text = _text(value)
    try:
        parts = urlsplit(text)
        port = parts.port  # raises ValueError for a port out of range or not a number
    except ValueError:
        raise ValueError("an http:// or https:// URL with a valid host and a port from 1 to 65535") from None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError("an http:// or https:// URL")
    host = parts.hostname or ""
    if not host or (not _HOST.fullmatch(host) and not _is_ip(host)) or port == 0:
        raise ValueError("an http:// or https:// URL with a valid host and a port from 1 to 65535")
    return text


def _has_credentials(value: object) -> bool:
    try:
        return isinstance(value, str) and "@" in urlsplit(value.strip()).netloc
    except ValueError:
        return False


def webhook_url_problem(url: str) -> str | None:
    """What is wrong with a webhook URL, in words that never repeat it (it is a secret), or None."""
    try:
        _http_url(url)
    except ValueError as exc:  # its words name what was expected, never the value
        return f"does not hold {exc} (the URL is not shown: it is a secret)"
    return None


def _keywords(value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError("a list of non-empty strings")
    return tuple(v.strip() for v in value)

