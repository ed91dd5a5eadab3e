"""Email over SMTP (the standard library's smtplib): STARTTLS, implicit TLS or plain, optional login.

smtplib blocks, so a message is sent in a thread. Its socket timeout bounds each read, not the
whole conversation: a server that trickles a byte at a time within each timeout would hold the
thread for ever. A :class:`Guard` bounds the whole conversation: at the deadline (or when the
delivery is cancelled, as the daemon does on stop) it shuts the socket, and the blocked read
ends at once.
"""
from __future__ import annotations

import os
import smtplib
import socket
import ssl
import threading
from email import policy
from email.message import EmailMessage
from email.utils import formatdate
from typing import Any

from ..config import EmailChannel
from ..errors import DeliveryDeferred, NotifyError
from .render import email_html, email_text, subject


def build_email(channel: EmailChannel, payload: dict[str, Any], message_key: str) -> EmailMessage:
    """A multipart text + HTML message. ``message_key`` (the alert and the database's id) makes the
    Message-ID stable across retries, so a mail client shows a message sent twice (after a crash
    mid-delivery) only once, and distinct across databases."""
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


class Guard:
    """Ends one SMTP conversation from another thread: ``abort()`` shuts its socket down."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._smtp: smtplib.SMTP | None = None
        self.aborted = False

    def attach(self, smtp: smtplib.SMTP) -> None:
        with self._lock:
            self._smtp = smtp
            if self.aborted:
                self._shut()

    def abort(self) -> None:
        with self._lock:
            self.aborted = True
            self._shut()

    def _shut(self) -> None:
        sock = getattr(self._smtp, "sock", None)
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # already closed


def send_email(channel: EmailChannel, payload: dict[str, Any], message_key: str, guard: Guard | None = None,
               *, deadline: float | None = None) -> str:
    """Send one alert; return the server's answer, or raise NotifyError with the server's own words
    (DeliveryDeferred when it answered 4xx: try later). Once the server has accepted the message
    (250 to DATA), it is sent, whatever happens to QUIT."""
    password = None
    if channel.password_env:
        password = os.environ.get(channel.password_env)
        if password is None:
            raise NotifyError(f"email: environment variable {channel.password_env} is not set (it holds the "
                              "SMTP password)", channel="email")
    message = build_email(channel, payload, message_key)
    where = f"{channel.host}:{channel.port}"
    guard = guard or Guard()
    timer = threading.Timer(deadline, guard.abort) if deadline else None
    if timer is not None:
        timer.daemon = True
        timer.start()
    smtp: smtplib.SMTP | None = None
    try:
        if channel.security == "ssl":
            smtp = smtplib.SMTP_SSL(timeout=channel.timeout, context=ssl.create_default_context())
        else:
            smtp = smtplib.SMTP(timeout=channel.timeout)
        _connect(smtp, channel, guard)
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
        text = f"email: {where} refused every recipient: {refusals}"
        if all(400 <= code < 500 for code, _ in exc.recipients.values()):
            raise DeliveryDeferred(text, channel="email") from exc
        raise NotifyError(text, channel="email") from exc
    except smtplib.SMTPResponseException as exc:
        text = f"email: {where} answered {exc.smtp_code} {_text(exc.smtp_error)}"
        if 400 <= exc.smtp_code < 500:  # 421 service not available, 450/451/452: a temporary refusal
            raise DeliveryDeferred(text, channel="email") from exc
        raise NotifyError(text, channel="email") from exc
    except (smtplib.SMTPException, OSError) as exc:
        if guard.aborted:
            raise NotifyError(f"email: {where} did not finish the delivery within {deadline or 0:g}s "
                              "(a server that answers too slowly); it is retried", channel="email") from exc
        raise NotifyError(f"email: cannot deliver through {where}: {exc or type(exc).__name__}",
                          channel="email") from exc
    finally:
        if smtp is not None:
            _quit(smtp, guard)  # still under the deadline
        if timer is not None:
            timer.cancel()
    accepted = len(channel.to) - len(refused)
    note = f"; refused: {', '.join(refused)}" if refused else ""
    return f"accepted by {where} for {accepted} recipient{'s' * (accepted != 1)}{note}"


def _connect(smtp: smtplib.SMTP, channel: EmailChannel, guard: Guard) -> None:
    """SMTP.connect in two steps: the guard holds the socket from the moment it exists, so a stop
    that came while the thread was starting or connecting ends the banner's read too (connect()
    would read a trickling banner until the deadline); and with the host name TLS checks the
    server's certificate against (``SMTP()`` without a host leaves it empty, and SMTP_SSL and
    starttls() give that to TLS). A banner other than 220 (e.g. 421 busy) is the server's refusal."""
    # (smtplib's own connect() does the same; neither attribute is in its type stubs)
    smtp._host = channel.host  # type: ignore[attr-defined]
    smtp.sock = smtp._get_socket(channel.host, channel.port, smtp.timeout)  # type: ignore[attr-defined]
    smtp.file = None
    guard.attach(smtp)  # shuts it at once if the stop came first
    code, text = smtp.getreply()
    if code != 220:
        smtp.close()
        raise smtplib.SMTPConnectError(code, text)


def _quit(smtp: smtplib.SMTP, guard: Guard) -> None:
    """Say goodbye; after a 250 to DATA the message is sent, so a 421 or a dropped line here
    changes nothing."""
    try:
        if not guard.aborted and smtp.sock is not None:
            smtp.quit()
    except (smtplib.SMTPException, OSError):
        pass
    finally:
        smtp.close()


def _text(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
