"""`monitor alerts test|deliver|list`: the alert channels (email, Slack) and the outbox."""
from __future__ import annotations

import asyncio
import sys

import click

from .common import Failure, Options, counted, translate_errors


@click.group()
def alerts() -> None:
    """Alert channels (email, Slack) and the outbox of alerts."""


@alerts.command("test")
@click.pass_obj
@translate_errors
def alerts_test(opts: Options) -> None:
    """Send a clearly marked test alert to every configured channel and report each result.

    Exits 1 if any channel failed, with the server's own error.
    """
    from ..notify import send_test
    from ..profile import load_mission

    config = opts.load()
    if not config.alerts.channels:
        raise Failure("no alert channels configured: add [alerts.email] and/or [alerts.slack] to the configuration")
    results = asyncio.run(send_test(config, load_mission(config)))
    for result in results:
        click.echo(f"{result.channel:<6} {'ok' if result.ok else 'FAILED'}  {result.detail}")
    if not all(r.ok for r in results):
        sys.exit(1)


@alerts.command("deliver")
@click.pass_obj
@translate_errors
def alerts_deliver(opts: Options) -> None:
    """Deliver the alerts that are due now (after a `check --no-deliver`, or retries)."""
    from ..notify import deliver_pending

    config = opts.load()
    with opts.open_store(config) as store:
        deliveries = asyncio.run(deliver_pending(store, config))
        counts = store.outbox_counts()
    for d in deliveries:
        click.echo(f"alert {d.alert_id} {d.channel:<6} {d.status:<7} {d.detail}")
    click.echo(f"outbox: {counts.get('sent', 0)} sent, {counts.get('pending', 0)} pending, "
               f"{counts.get('failed', 0)} failed")


@alerts.command("list")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, metavar="N")
@click.pass_obj
@translate_errors
def alerts_list(opts: Options, limit: int) -> None:
    """List the newest alerts with each channel's delivery state and last error."""
    config = opts.load()
    with opts.open_store(config, readonly=True) as store:
        rows = store.alert_rows(limit)
    if not rows:
        click.echo("no alerts yet")
    for row in rows:
        state = f"{row['status']} after {counted(row['attempts'], 'attempt')}"
        if row["deferrals"]:
            state += f", deferred {row['deferrals']}x"
        detail = row["response"] if row["status"] == "sent" else row["last_error"] or f"next {row['next_attempt']}"
        click.echo(f"#{row['alert_id']}  {row['created_at']}  {row['channel']:<6} {state:<24} {row['subject']}")
        if detail:
            click.echo(f"      {detail}")
