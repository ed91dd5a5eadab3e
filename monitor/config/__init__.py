"""sources.toml -> a frozen, typed :class:`Config`.

The file is parsed once. Every setting is declared in :data:`SETTINGS` with its default, parser
and help text (the README's table is generated from the same list and a test keeps them in step).
Every error names the file, the table and the key, says what was expected and, for an unknown
key, suggests the closest valid one.

This module reads the file, ``[settings]``, ``[mission]`` and ``[[sources]]``; ``alerts.py`` reads
``[alerts]`` and its channels; ``values.py`` holds the parsers of single values (durations, sizes,
hosts, URLs...) and :class:`TableReader`, which names the file, table and key of a wrong one.
"""
from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..kinds import AUTHORITIES, SOURCE_KINDS
from .alerts import (
    ALERT_SETTINGS,
    CONFIDENCES,
    DEFAULT_ALERT_CATEGORIES,
    Alerts,
    Channel,
    EmailChannel,
    SlackChannel,
    parse_alerts,
    webhook_url_problem,
)
from .values import (
    MAX_DURATION,
    Setting,
    TableReader,
    boolean,
    has_credentials,
    header_text,
    http_url,
    non_negative_int,
    parse_duration,
    parse_size,
    positive_duration,
    positive_int,
    string_list,
    suggest,
    text,
)

__all__ = [
    "ALERT_SETTINGS", "CONFIDENCES", "DEFAULT_ALERT_CATEGORIES", "DEFAULT_CONFIG", "DEFAULT_DATABASE",
    "DEFAULT_PROFILE", "MAX_DURATION", "SETTINGS", "Alerts", "Channel", "Config", "EmailChannel", "Setting",
    "Settings", "SlackChannel", "Source", "TableReader", "load_config", "parse_config", "parse_duration",
    "parse_size", "suggest", "webhook_url_problem",
]

DEFAULT_CONFIG = "sources.toml"
DEFAULT_DATABASE = "db/monitor.db"
DEFAULT_PROFILE = "nato_mission_iraq"


def _transport(value: object) -> str:
    name = text(value)
    if name not in ("aiohttp", "httpx"):
        raise ValueError("aiohttp or httpx")
    return name


SETTINGS: tuple[Setting, ...] = (
    Setting("database", DEFAULT_DATABASE, text, "the SQLite file, relative to this file's folder"),
    Setting("concurrency", 16, positive_int, "simultaneous fetches in a sweep"),
    Setting("host_concurrency", 2, positive_int, "simultaneous requests to one host"),
    Setting("host_delay", "1s", parse_duration, "minimum gap between two requests to one host"),
    Setting("interval", "1h", positive_duration, "default check interval of a source"),
    Setting("user_agent", "mandate-monitor/0.1 (+https://github.com/mandate-monitor/mandate-monitor)",
            header_text, "the User-Agent header sent with every request and matched in robots.txt"),
    Setting("timeout", "30s", positive_duration, "connect and read timeout of one request"),
    Setting("max_bytes", "10MiB", parse_size, "largest body read; a larger one fails the fetch"),
    Setting("retries", 2, non_negative_int, "retries after a connection error, timeout, 429 or 5xx"),
    Setting("backoff", "1s", parse_duration, "first retry delay; doubled each retry, with jitter"),
    Setting("retry_after_max", "2m", parse_duration, "longest Retry-After honoured; longer fails"),
    Setting("max_redirects", 5, non_negative_int, "redirects followed before giving up"),
    Setting("robots", True, boolean, "honour robots.txt (disallowed URLs are not fetched)"),
    Setting("recheck", "3d", parse_duration, "how long a discovered article is re-checked for edits"),
    Setting("max_articles", 50, positive_int, "most new articles fetched from one feed or listing per check"),
    Setting("transport", "aiohttp", _transport,
            "the connections under httpx: aiohttp (measured fastest, see bench/) or httpx's own pool"),
    Setting("workers", 0, non_negative_int,
            "processes that extract text and facts when pages changed; 0: one per core, 1: in the main process"),
    Setting("shutdown_grace", "30s", positive_duration, "how long `monitor run` lets checks in flight finish on stop"),
    Setting("watchdog", "6h", positive_duration, "`monitor run` alerts once when no check has succeeded this long"),
    Setting("busy_timeout", "30s", positive_duration,
            "how long a write waits while another process (the daemon, a check) holds the database; "
            "then it fails with \"database busy\""),
)


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
    profile = reader.value("[mission]", "profile", raw_mission.get("profile", DEFAULT_PROFILE), text)
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

    alerts = parse_alerts(reader, reader.table("[alerts]", data.get("alerts", {})))
    return Config(path=path, settings=settings, profile=profile, sources=sources, alerts=alerts)


def _parse_source(reader: TableReader, index: int, raw: object) -> Source:
    where = f"[[sources]] #{index}"
    table = reader.table(where, raw)
    if isinstance(table.get("name"), str):
        where = f'[[sources]] #{index} ("{table["name"]}")'
    for key in ("name", "url"):
        if key not in table:
            raise reader.fail(where, key, "missing; every source needs a name and a url")
    name = reader.value(where, "name", table["name"], text)
    if not re.fullmatch(r"[\w.\-]+", name):
        raise reader.fail(where, "name", f"expected letters, digits, '.', '_' or '-' only, got {name!r}")
    kind_name = reader.value(where, "kind", table.get("kind", "page"), text)
    kind = SOURCE_KINDS.get(kind_name)
    if kind is None:
        raise reader.fail(where, "kind", f"unknown kind {kind_name!r}{suggest(kind_name, list(SOURCE_KINDS))} "
                                         f"(one of {', '.join(SOURCE_KINDS)})")
    reader.check_keys(where, table, kind.all_options)
    if has_credentials(table["url"]):
        # it would be stored in the database and shown in every error: refused, and never echoed
        raise reader.fail(where, "url", "a user name or password in the URL is not supported (the URL is not shown)")
    url = reader.value(where, "url", table["url"], http_url)
    authority = reader.value(where, "authority", table.get("authority", "press"), text)
    if authority not in AUTHORITIES:
        raise reader.fail(where, "authority", f"expected one of {', '.join(AUTHORITIES)}, got {authority!r}")
    interval = table.get("interval")
    return Source(
        name=name,
        url=url,
        kind=kind_name,
        authority=authority,
        interval=None if interval is None else reader.value(where, "interval", interval, positive_duration),
        selector=reader.optional(where, table, "selector"),
        keywords=reader.value(where, "keywords", table.get("keywords", []), string_list),
        link_selector=reader.optional(where, table, "link_selector"),
    )
