"""The command line: parse options, call one library function, render its result.

This module holds the `monitor` group (the global options, the logging) and :func:`main`, the
console script; each command lives in the module named after what it works on:

    common.py     Options (configuration, database), failures and exit statuses, shared renderers
    daemon.py     run, health
    check.py      check
    sources.py    sources, diff
    changes.py    log, feed, review (accept, reject)
    baseline.py   baseline seed, facts, timeline
    extract.py    extract
    alerts.py     alerts test, deliver, list
    browse.py     browse

Library errors (:class:`MonitorError`) become click exceptions in ``common.py`` and nowhere else;
a bad configuration exits with status 2 and a one-paragraph message, never a traceback.
"""
from __future__ import annotations

import logging
import os
import sys

import click

from .. import __version__
from .alerts import alerts
from .baseline import baseline, facts, timeline
from .browse import browse
from .changes import feed, log, review
from .check import check
from .common import Options
from .daemon import health, run
from .extract import extract
from .sources import diff, sources


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", "config_path", envvar="MONITOR_CONFIG", metavar="PATH",
              help="Configuration file (default: $MONITOR_CONFIG, else ./sources.toml).")
@click.option("--db", "db_path", metavar="PATH",
              help="SQLite database (default: [settings].database, else db/monitor.db).")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for debug).")
@click.version_option(__version__, prog_name="monitor")
@click.pass_context
def cli(ctx: click.Context, config_path: str | None, db_path: str | None, verbose: int) -> None:
    """mandate-monitor: watch pages and feeds about a mission and log changes to its mandate."""
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    if verbose == 0:
        logging.getLogger("monitor").setLevel(logging.ERROR)  # check prints its own summary lines
    for name in ("httpx", "httpcore", "hpack", "aiohttp", "httpx_aiohttp"):
        # httpx logs each request's URL at INFO, and the Slack webhook URL is a secret
        logging.getLogger(name).setLevel(logging.WARNING)
    ctx.obj = Options(config_path, db_path)


for command in (run, health, check, sources, diff, log, feed, review, baseline, facts, timeline, extract, alerts,
                browse):
    cli.add_command(command)


def main() -> None:
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    cli(prog_name="monitor")
