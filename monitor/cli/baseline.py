"""The baseline, what is known about the mission: `monitor baseline seed` starts it from the seed
articles, `monitor facts` shows it now, `monitor timeline` shows each slot's history."""
from __future__ import annotations

import textwrap
from pathlib import Path

import click

from ..config import suggest
from .common import Failure, Options, UsageProblem, counted, echo_json, json_option, translate_errors


@click.group()
def baseline() -> None:
    """Manage the baseline: what is known about the mission before watching."""


@baseline.command("seed")
@click.argument("folder", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.pass_obj
@translate_errors
def baseline_seed(opts: Options, folder: Path | None) -> None:
    """Seed the baseline from the seed articles in FOLDER (default: db/seed, else the copy shipped
    with the package), read in publication order. Running it again changes nothing."""
    from ..baseline import default_seed_folder, seed_baseline
    from ..profile import load_mission
    from ..store import utcnow

    config = opts.load()
    profile = load_mission(config)
    folder = folder or default_seed_folder()
    if not folder.is_dir():
        raise Failure(f"{folder}: no such folder")
    with opts.open_store(config) as store:
        result = seed_baseline(store, profile, folder, utcnow())
        held = len(store.baseline_rows())
    click.echo(f"seeded {counted(result.seeded, 'document')} from {result.folder} "
               f"({result.skipped} already seeded); {result.facts} facts read; the baseline holds {held} values")


@click.command()
@json_option
@click.pass_obj
@translate_errors
def facts(opts: Options, as_json: bool) -> None:
    """Show the baseline: each slot's current value(s), the date they hold from, the source and the
    sentence that states them."""
    config = opts.load()
    with opts.open_store(config, readonly=True) as store:
        rows = store.baseline_rows()
    if as_json:
        echo_json([{"slot": row["slot"], "value": row["value"], "as_of": row["as_of"], "url": row["url"],
                    "quote": row["quote"]} for row in rows])
        return
    if not rows:
        click.echo("the baseline is empty (run `monitor baseline seed` or `monitor check`)")
    slot = None
    for row in rows:
        if row["slot"] != slot:
            slot = row["slot"]
            click.echo(f"{slot}:")
        click.echo(f"  {row['value']}  (as of {row['as_of'] or 'unknown'})")
        click.echo(f"      \"{textwrap.shorten(row['quote'], 150)}\" <{row['url']}>")


@click.command()
@click.option("--slot", metavar="NAME", help="Only this slot (e.g. commander).")
@json_option
@click.pass_obj
@translate_errors
def timeline(opts: Options, slot: str | None, as_json: bool) -> None:
    """Print each slot's history: every value it held, from when until when, and the article that
    states it; the changes a person rejected are not part of it.

    `monitor browse` draws the same timeline at /-/timeline.
    """
    from ..profile import load_profile
    from ..timeline import build_timeline

    config = opts.load()
    profile = load_profile(config.profile)
    if slot is not None and slot not in profile.slots:
        raise UsageProblem(f"--slot: no slot {slot!r} in profile {profile.name}" + suggest(slot, list(profile.slots)))
    with opts.open_store(config, readonly=True) as store:
        lanes = build_timeline(store.history_rows(slot), store.changes(), profile, slot)
    if as_json:
        echo_json([{"slot": lane.slot, "value": period.value,
                    "from": period.since.isoformat() if period.since else None,
                    "until": period.until.isoformat() if period.until else None,
                    "url": period.url, "change_id": period.change_id}
                   for lane in lanes for period in lane.periods])
        return
    if not lanes:
        click.echo("no history yet (run `monitor baseline seed` or `monitor check`)")
    for lane in lanes:
        click.echo(f"{lane.label} ({lane.slot}):")
        width = min(40, max((len(p.value) for p in lane.periods), default=0))
        for period in lane.periods:
            since = period.since.isoformat() if period.since else "?"
            until = period.until.isoformat() if period.until else "now"
            brought = f"  (change #{period.change_id})" if period.change_id else ""
            value = textwrap.shorten(period.value, 40, placeholder="...")
            click.echo(f"  {value:<{width}}  {since:>10} .. {until:<10}  <{period.url or 'no link'}>{brought}")
