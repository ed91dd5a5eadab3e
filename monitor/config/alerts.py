"""The ``[alerts]`` table: which changes alert, how delivery retries, and the channels
(``[alerts.email]``, ``[alerts.slack]``; their keys are declared in ``kinds.py``)."""
from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..kinds import CHANNEL_KINDS
from .values import (
    Setting,
    TableReader,
    address,
    addresses,
    boolean,
    env_name,
    host,
    http_url,
    parse_duration,
    port,
    positive_duration,
    positive_int,
    string_list,
    text,
)


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
    Setting("min_confidence", "reported", text, "reported (alert at once) or confirmed (wait for a second source)"),
    Setting("retry", "1m", parse_duration, "first retry delay of a failed delivery; doubled each time"),
    Setting("max_attempts", 8, positive_int, "delivery attempts before an alert stays failed"),
    Setting("health_failures", 3, positive_int, "consecutive failed checks of a source before a health alert"),
    Setting("after_review", False, boolean, "hold each change's alert until `monitor review accept` (false: at once)"),
)


def parse_alerts(reader: TableReader, table: Mapping[str, Any]) -> Alerts:
    valid = {s.name: s.help for s in ALERT_SETTINGS} | {"slots": "the slots that alert"} | {
        name: kind.help for name, kind in CHANNEL_KINDS.items()}
    reader.check_keys("[alerts]", table, valid)
    values = {s.name: reader.value("[alerts]", s.name, table.get(s.name, s.default), s.parse) for s in ALERT_SETTINGS}
    if values["min_confidence"] not in CONFIDENCES:
        raise reader.fail("[alerts]", "min_confidence",
                          f"expected one of {', '.join(CONFIDENCES)}, got {values['min_confidence']!r}")
    slots = reader.value("[alerts]", "slots", table["slots"], string_list) if "slots" in table else None
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
    timeout = reader.value(where, "timeout", table.get("timeout", "20s"), positive_duration)
    if name == "slack":
        env = reader.value(where, "webhook_url_env", table["webhook_url_env"], env_name)
        # the URL is read again when a message is sent; a malformed one is this file's error now
        url = os.environ.get(env)
        problem = webhook_url_problem(url) if url else None
        if problem:
            raise reader.fail(where, "webhook_url_env", f"the environment variable {env} {problem}")
        return SlackChannel(webhook_url_env=env, timeout=timeout)
    security = reader.value(where, "security", table.get("security", "starttls"), text)
    if security not in ("starttls", "ssl", "none"):
        raise reader.fail(where, "security", f"expected starttls, ssl or none, got {security!r}")
    default_port = {"starttls": 587, "ssl": 465, "none": 25}[security]
    return EmailChannel(
        host=reader.value(where, "host", table["host"], host),
        sender=reader.value(where, "sender", table["sender"], address),
        to=reader.value(where, "to", table["to"], addresses),
        port=reader.value(where, "port", table.get("port", default_port), port),
        security=security,
        username=reader.optional(where, table, "username"),
        password_env=reader.value(where, "password_env", table["password_env"], env_name)
        if "password_env" in table else None,
        timeout=timeout,
    )


def webhook_url_problem(url: str) -> str | None:
    """What is wrong with a webhook URL, in words that never repeat it (it is a secret), or None."""
    try:
        http_url(url)
    except ValueError as exc:  # its words name what was expected, never the value
        return f"does not hold {exc} (the URL is not shown: it is a secret)"
    return None
