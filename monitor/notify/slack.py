"""Slack incoming webhooks over httpx: a message with blocks."""
from __future__ import annotations

import os
from typing import Any
from urllib.parse import urlsplit

import httpx

from ..config import SlackChannel
from ..errors import NotifyError
from .render import slack_message


async def send_slack(channel: SlackChannel, payload: dict[str, Any], message_key: str) -> str:
    """POST one alert to the webhook; return Slack's answer. The webhook URL is a secret: it never
    appears in an error or log line, only its host does."""
    url = os.environ.get(channel.webhook_url_env)
    if not url:
        raise NotifyError(f"slack: environment variable {channel.webhook_url_env} is not set (it holds the "
                          "webhook URL)", channel="slack")
    parts = urlsplit(url)
    host = parts.netloc or "the webhook"
    if parts.scheme not in ("http", "https"):
        raise NotifyError(f"slack: {channel.webhook_url_env} does not hold an http(s) URL", channel="slack")
    try:
        async with httpx.AsyncClient(timeout=channel.timeout) as client:
            response = await client.post(url, json=slack_message(payload))
    except httpx.HTTPError as exc:
        raise NotifyError(f"slack: cannot reach {host}: {exc or type(exc).__name__}", channel="slack") from exc
    body = response.text.strip()[:300]
    if response.status_code != 200:
        raise NotifyError(f"slack: {host} answered HTTP {response.status_code}: {body or response.reason_phrase}",
                          channel="slack")
    return f"{host} answered {response.status_code} {body}".strip()
