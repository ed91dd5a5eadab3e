"""Email over SMTP (the standard library's smtplib): STARTTLS, implicit TLS or plain, optional login."""
from __future__ import annotations

import os
import smtplib
import ssl
from email import policy
from email.message import EmailMessage
from email.utils import formatdate
from typing import Any

from ..config import EmailChannel
from ..errors import NotifyError
from .render import email_html, email_text, subject


def build_email(channel: EmailChannel, payload: dict[str, Any], message_key: str) -> EmailMessage:
    """A multipart text + HTML message. ``message_key`` makes the Message-ID stable across retries,
    so a mail client shows a message sent twice (after a crash mid-delivery) only once."""
    # the SMTP line limit, not 78 columns: some readers keep the space of a folded Subject line
    message = EmailMessage(policy=policy.SMTP.clone(max_line_length=998))
    message["Subject"] = subject(payload)
    message["From"] = channel.sender
    message["To"] = ", ".join(channel.to)
    message["Date"] = formatdate(localtime=False)
    domain = channel.sender.rsplit("@", 1)[-1]
    message["Message-ID"] = f"<mandate-monitor.{message_key}@{domain}>"
    message["X-Mailer"] = "mandate-monitor"
    message.set_content(email_text(payload))
    message.add_alternative(email_html(payload), subtype="html")
    return message


def send_email(channel: EmailChannel, payload: dict[str, Any], message_key: str) -> str:
    """Send one alert; return the server's answer, or raise NotifyError with the server's own words."""
    password = None
    if channel.password_env:
        password = os.environ.get(channel.password_env)
        if password is None:
            raise NotifyError(f"email: environment variable {channel.password_env} is not set (it holds the "
                              "SMTP password)", channel="email")
    message = build_email(channel, payload, message_key)
    where = f"{channel.host}:{channel.port}"
    try:
        if channel.security == "ssl":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(channel.host, channel.port, timeout=channel.timeout,
                                                 context=ssl.create_default_context())
        else:
            smtp = smtplib.SMTP(channel.host, channel.port, timeout=channel.timeout)
        with smtp:
            if channel.security == "starttls":
                smtp.starttls(context=ssl.create_default_context())
            if channel.username:
                smtp.login(channel.username, password or "")
            refused = smtp.send_message(message)
    except smtplib.SMTPAuthenticationError as exc:
        raise NotifyError(f"email: {where} refused the login: {exc.smtp_code} {_text(exc.smtp_error)}",
                          channel="email") from exc
    except smtplib.SMTPRecipientsRefused as exc:
        refusals = "; ".join(f"{rcpt}: {code} {_text(msg)}" for rcpt, (code, msg) in exc.recipients.items())
        raise NotifyError(f"email: {where} refused every recipient: {refusals}", channel="email") from exc
    except smtplib.SMTPResponseException as exc:
        raise NotifyError(f"email: {where} answered {exc.smtp_code} {_text(exc.smtp_error)}", channel="email") from exc
    except (smtplib.SMTPException, OSError) as exc:
        raise NotifyError(f"email: cannot deliver through {where}: {exc or type(exc).__name__}",
                          channel="email") from exc
    accepted = len(channel.to) - len(refused)
    note = f"; refused: {', '.join(refused)}" if refused else ""
    return f"accepted by {where} for {accepted} recipient{'s' * (accepted != 1)}{note}"


def _text(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
