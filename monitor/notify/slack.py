"""Slack incoming webhooks over httpx: a message with blocks."""
from __future__ import annotations

import asyncio
import os
from typing import Any
from urllib.parse import SplitResult, urlsplit

import httpx

from ..config import SlackChannel, webhook_url_problem
from ..errors import DeliveryDeferred, NotifyError
from ..textutil import retry_after
from .render import slack_message


async def send_slack(channel: SlackChannel, payload: dict[str, Any], message_key: str, *,
                     deadline: float | None = None) -> str:
    """POST one alert to the webhook; return Slack's answer. The webhook URL is a secret: it never
    appears in an error or log line, only its host does (without any user:password). The whole
    request, however slowly the server answers, ends within ``deadline`` seconds. A 429 or 503 is
    a deferral, at the time its Retry-After gives."""
    url = os.environ.get(channel.webhook_url_env)
    if not url:
        raise NotifyError(f"slack: environment variable {channel.webhook_url_env} is not set (it holds the "
                          "webhook URL)", channel="slack")
    problem = webhook_url_problem(url)
    if problem:
        raise NotifyError(f"slack: {channel.webhook_url_env} {problem}", channel="slack")
    parts = urlsplit(url)
    host = _host(parts)
    try:
        async with asyncio.timeout(deadline), httpx.AsyncClient(timeout=channel.timeout) as client:
            response = await client.post(url, json=slack_message(payload))
    except TimeoutError as exc:
        raise NotifyError(f"slack: {host} did not answer within {deadline or 0:g}s (a server that answers too "
                          "slowly); it is retried", channel="slack") from exc
    except httpx.HTTPError as exc:
        reason = _scrub(str(exc) or type(exc).__name__, url, parts)
        raise NotifyError(f"slack: cannot reach {host}: {reason}", channel="slack") from exc
    body = _scrub(response.text.strip()[:300], url, parts)
    if response.status_code in (429, 503):
        after = retry_after(response.headers.get("retry-after"))
        wait = f", Retry-After {after:.0f}s" if after is not None else ""
        raise DeliveryDeferred(f"slack: {host} answered HTTP {response.status_code}{wait}: "
                               f"{body or response.reason_phrase}", after=after, channel="slack")
    if response.status_code != 200:
        raise NotifyError(f"slack: {host} answered HTTP {response.status_code}: {body or response.reason_phrase}",
                          channel="slack")
    return f"{host} answered {response.status_code} {body}".strip()


def _host(parts: SplitResult) -> str:
    """host[:port], never the user:password a URL may carry."""
    host = parts.hostname or "the webhook"
    if ":" in host:
        host = f"[{host}]"
    return f"{host}:{parts.port}" if parts.port else host


def _scrub(text: str, url: str, parts: SplitResult) -> str:
    """An error text without the URL's secret parts (the path holds Slack's token)."""
    for secret in (url, parts.path, parts.password, parts.username, parts.query):
        if secret and len(secret) > 1:
            text = text.replace(secret, "…")
    return text


