"""What every command shares: the global options (:class:`Options`: the configuration and the
database), the failures and their exit statuses, and the small renderers several commands use.

Library errors (:class:`MonitorError`) become click exceptions here and nowhere else: a bad
configuration or a bad option value exits with status 2, any other expected failure with 1, each
as one line on stderr, never a traceback.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from ..config import DEFAULT_CONFIG, Config, load_config
from ..errors import ConfigError, MonitorError
from ..store import Store

if TYPE_CHECKING:
    from ..notify import Delivery

F = TypeVar("F", bound=Callable[..., Any])


class Failure(click.ClickException):
    """An expected failure: exit status 1 and one line on stderr, no traceback."""

    def show(self, file: Any = None) -> None:
        click.echo(f"error: {self.message}", err=True)


class ConfigProblem(Failure):
    """A configuration error: exit status 2, like a usage error."""

    exit_code = 2


class UsageProblem(Failure):
    """A bad option value: exit status 2 and one line (click's own usage errors add the usage)."""

    exit_code = 2


@dataclass
class Options:
    config_path: str | None
    db_path: str | None

    def read(self) -> Config:
        """The configuration; raises ConfigError (the daemon's reload keeps the running one then)."""
        return load_config(self.config_path or DEFAULT_CONFIG, explicit=self.config_path is not None)

    def load(self) -> Config:
        try:
            return self.read()
        except ConfigError as exc:
            raise ConfigProblem(exc.message) from None

    def database(self, config: Config) -> Path:
        return Path(self.db_path) if self.db_path else config.settings.database

    def open_store(self, config: Config, *, readonly: bool = False) -> Store:
        """The database; ``readonly`` for the commands that only read it: they work on a read-only
        file or folder, and refuse a missing database rather than create an empty one."""
        try:
            return Store.open(self.database(config), readonly=readonly, busy_timeout=config.settings.busy_timeout)
        except MonitorError as exc:
            raise Failure(exc.message) from None


def translate_errors(func: F) -> F:
    """Turn expected library errors into clean messages (config errors exit 2)."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ConfigError as exc:
            raise ConfigProblem(exc.message) from None
        except MonitorError as exc:
            raise Failure(exc.message) from None

    return wrapper  # type: ignore[return-value]


def json_option(func: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON Lines, one object a line.")(func)


def echo_json(records: list[dict[str, Any]]) -> None:
    """JSON Lines on standard output, one record a line."""
    for record in records:
        click.echo(json.dumps(record, ensure_ascii=False))


def counted(count: int, singular: str, plural: str | None = None) -> str:
    """'1 source', '3 sources' (``plural`` where adding an s is wrong)."""
    return f"{count} {singular if count == 1 else plural or singular + 's'}"


def summarise_deliveries(deliveries: list[Delivery]) -> str:
    """The line `check` and `review` end with when alerts were due."""
    sent = sum(d.ok for d in deliveries)
    problems = "; ".join(f"{d.channel}: {d.detail} ({d.status})" for d in deliveries if not d.ok)
    return f"alerts: {sent} sent, {len(deliveries) - sent} not sent" + (f": {problems}" if problems else "")


def parse_day(option: str, value: str | None, *, publication: bool = False) -> date | None:
    """A YYYY-MM-DD option value (a date a page may be published on, with ``publication``);
    anything else is a one-line usage error."""
    if value is None:
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
            day = date.fromisoformat(value.strip())
            from ..extract import EARLIEST_DATE, LATEST_DATE  # here: lxml is slow to import

            if publication and not EARLIEST_DATE <= day <= LATEST_DATE:
                raise UsageProblem(f"{option}: {value!r} is not a publication date (from {EARLIEST_DATE} to "
                                   f"{LATEST_DATE})")
            return day
    except ValueError:
        pass
    raise UsageProblem(f"{option}: {value!r} is not a date like 2026-11-02")
