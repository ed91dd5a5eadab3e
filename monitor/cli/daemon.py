"""`monitor run` (the daemon) and `monitor health` (is it running: the Docker HEALTHCHECK)."""
from __future__ import annotations

import asyncio
import sys

import click

from .common import Options, translate_errors


@click.command()
@click.option("--log-format", type=click.Choice(["auto", "text", "json"]), default="auto", show_default=True,
              help="Plain text on a terminal, JSON Lines otherwise (auto), or as chosen.")
@click.option("--heartbeat", type=click.FloatRange(min=0.1), default=30.0, show_default=True, metavar="SECONDS",
              help="How often the daemon records its heartbeat and runs the watchdog.")
@click.pass_context
@translate_errors
def run(ctx: click.Context, log_format: str, heartbeat: float) -> None:
    """Run the daemon: check every source at start and then on its own interval, deliver alerts,
    until SIGINT or SIGTERM; then finish the checks in flight, flush the outbox and exit 0.

    SIGHUP re-reads the configuration: new sources start, removed ones stop (their history stays).
    """
    from ..daemon import Daemon, configure_logging
    from ..profile import load_mission

    opts: Options = ctx.obj
    configure_logging(log_format, ctx.parent.params.get("verbose", 0) if ctx.parent else 0)
    config = opts.load()
    load_mission(config)  # the profile and the alert slots, before the database is touched
    with opts.open_store(config) as store:
        code = asyncio.run(Daemon(config, store, opts.read, heartbeat_every=heartbeat).run())
    sys.exit(code)


@click.command()
@click.option("--max-age", default=120, show_default=True, metavar="SECONDS",
              help="The heartbeat may be this old at most.")
@click.pass_obj
@translate_errors
def health(opts: Options, max_age: int) -> None:
    """Exit 0 when the daemon is running and its heartbeat is recent, else 1 (for HEALTHCHECK)."""
    from ..store import parse_iso, utcnow

    config = opts.load()
    with opts.open_store(config, readonly=True) as store:
        state = store.daemon_state()
        running = store.running_daemon()
    if not running:
        click.echo("not running" + (f" (last heartbeat {state['heartbeat_at']})" if state else ""))
        sys.exit(1)
    state = running
    beat = parse_iso(state["heartbeat_at"])
    age = (utcnow() - beat).total_seconds() if beat else float("inf")
    last = state["last_success"] or "never"
    click.echo(f"pid {state['pid']}, heartbeat {age:.0f}s ago, last successful check {last}")
    if age > max_age:
        sys.exit(1)
