"""The exception tree of mandate-monitor.

    MonitorError                 the root: anything the tool expects and can explain
    ├── ConfigError              sources.toml or a mission profile is wrong (file, table, key)
    ├── FetchError               a URL could not be fetched (source, url, status)
    ├── ExtractError             fetched bytes could not be turned into text or entries
    ├── StoreError               the SQLite file could not be opened, migrated or written
    ├── NotifyError              an alert channel refused or failed a delivery
    │   └── DeliveryDeferred     the server asked to try later (SMTP 4xx, HTTP 429/503, Retry-After)
    ├── ReviewError              no such change to review, or a verdict that cannot follow the last
    └── BrowseError              `monitor browse` cannot start (Datasette missing)

Third-party exceptions are translated at the boundary with ``raise ... from exc``, so callers
catch one of these and never an httpx, sqlite3 or tomllib error. Context travels as keyword
fields, not only inside the message.
"""
from __future__ import annotations


class MonitorError(Exception):
    """Something went wrong that the user can understand and act on."""

    def __init__(self, message: str, **context: object) -> None:
        super().__init__(message)
        self.message = message
        self.context = context


class ConfigError(MonitorError):
    """A configuration or profile file is invalid; the message names file, table and key."""


class FetchError(MonitorError):
    """A fetch failed after its retries."""

    def __init__(self, message: str, *, url: str, status: int | None = None, **context: object) -> None:
        super().__init__(message, url=url, status=status, **context)
        self.url = url
        self.status = status


class ExtractError(MonitorError):
    """Fetched content could not be decoded or parsed."""


class StoreError(MonitorError):
    """The database could not be opened, migrated or written."""


class NotifyError(MonitorError):
    """An alert could not be delivered."""


class ReviewError(MonitorError):
    """A review cannot be done: no such change, or a verdict that cannot follow the last one."""


class BrowseError(MonitorError):
    """``monitor browse`` cannot serve the database (Datasette is not installed)."""


class DeliveryDeferred(NotifyError):
    """The server is alive and asked to try later: a retry at the time it gives (``after``
    seconds, None when it named none), not a failed attempt."""

    def __init__(self, message: str, *, after: float | None = None, **context: object) -> None:
        super().__init__(message, after=after, **context)
        self.after = after
