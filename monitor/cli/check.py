"""`monitor check`: one sweep of the sources, a line per source, then the alerts due."""
from __future__ import annotations

import asyncio
import sys
from typing import TYPE_CHECKING

import click

from ..config import DEFAULT_CONFIG
from .common import Options, counted, summarise_deliveries, translate_errors

if TYPE_CHECKING:
    from ..models import SourceResult


@click.command()
@click.option("--source", "names", multiple=True, metavar="NAME", help="Check only this source (repeatable).")
@click.option("--no-deliver", is_flag=True,
              help="Leave new alerts in the outbox (deliver with `monitor alerts deliver`).")
@click.pass_obj
@translate_errors
def check(opts: Options, names: tuple[str, ...], no_deliver: bool) -> None:
    """Check every source (or the named ones) once, print one line per source, deliver the pending
    alerts, and exit.

    Exits 0 even when some sources or deliveries failed: failures are printed and recorded.
    Ctrl-C stops it at once (exit 130): the checks that had finished are saved, the others are not.
    """
    from ..pipeline import run_check
    from ..profile import load_mission

    config = opts.load()
    load_mission(config)  # a profile's mistakes are told now, not at the first changed page
    sources = [config.source(n) for n in names] if names else list(config.sources)
    if not sources:
        where = config.path or f"{DEFAULT_CONFIG} (not found)"
        click.echo(f"no sources configured in {where}")
        return
    with opts.open_store(config) as store:
        try:
            results, deliveries = asyncio.run(run_check(config, store, sources, deliver=not no_deliver))
        except KeyboardInterrupt:  # Ctrl-C: the checks in flight rolled back, the finished ones are saved
            click.echo("interrupted: the checks that had finished are saved; the others are not", err=True)
            sys.exit(130)
    width = max(len(r.source) for r in results)
    click.echo("\n".join([*(format_result(result, width) for result in results), summarise(results)]))
    if deliveries:
        click.echo(summarise_deliveries(deliveries))


def format_result(result: SourceResult, width: int) -> str:
    """One line: source, HTTP status, time, bytes, and what happened."""
    status = str(result.status) if result.status is not None else "-"
    size = human_size(result.bytes) if result.outcome != "failed" else "-"
    return f"{result.source:<{width}}  {status:>3}  {result.elapsed:6.2f}s  {size:>9}  {describe(result)}"


PAGE_OUTCOMES = {"new": "first text stored", "changed": "text changed", "unchanged": "unchanged",
                 "not-modified": "not modified", "failed": "failed"}


def describe(result: SourceResult) -> str:
    if result.outcome == "failed":
        return f"failed: {result.error}"
    parts = [PAGE_OUTCOMES[d.outcome] for d in result.documents if d.role == "page"]
    articles = [d for d in result.documents if d.role == "article"]
    counts = {outcome: sum(d.outcome == outcome for d in articles) for outcome in ("new", "changed", "failed")}
    for outcome, label in (("new", "new"), ("changed", "edited"), ("failed", "failed")):
        if counts[outcome]:
            parts.append(counted(counts[outcome], f"{label} article"))
    if not parts:
        parts.append("unchanged" if result.status != 304 else "not modified")
    if result.changes:
        parts.append(counted(result.changes, "mandate change"))
    return ", ".join(parts)


def summarise(results: list[SourceResult]) -> str:
    changed = sum(r.outcome == "changed" for r in results)
    failed = sum(r.outcome == "failed" for r in results)
    articles = sum(r.new_documents for r in results)
    changes = sum(r.changes for r in results)
    return (f"{counted(len(results), 'source')}: {changed} changed, {len(results) - changed - failed} unchanged, "
            f"{failed} failed; {counted(articles, 'new document')}, {counted(changes, 'mandate change')}")


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1024 / 1024:.1f} MB"
