"""The change log: `monitor log` lists it, `monitor feed` writes it as Atom, `monitor review`
records a person's verdict on a change (`review accept|reject ID`)."""
from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .common import (
    F,
    Failure,
    Options,
    UsageProblem,
    counted,
    echo_json,
    json_option,
    parse_day,
    summarise_deliveries,
    translate_errors,
)

if TYPE_CHECKING:
    from ..store import Store


@click.command()
@json_option
@click.option("--since", metavar="DATE", help="Only changes detected on or after DATE (YYYY-MM-DD).")
@click.option("--limit", type=click.IntRange(min=1), metavar="N", help="At most N changes.")
@click.option("--text", "text_changes", is_flag=True, help="List changes of page texts instead of mandate changes.")
@click.pass_obj
@translate_errors
def log(opts: Options, as_json: bool, since: str | None, limit: int | None, text_changes: bool) -> None:
    """List the change log of the mission's mandate, newest first.

    Each change shows the slot, old -> new, the confidence, the sentence that states it, its
    publication date and link. With --text, list the text changes of pages and articles instead
    (what `monitor diff` shows).
    """
    day = parse_day("--since", since)
    since = day.isoformat() if day else None
    config = opts.load()
    with opts.open_store(config, readonly=True) as store:
        if text_changes:
            rows = [text_change_record(r) for r in store.text_changes(since=since, limit=limit)]
        else:
            rows = change_records(store, store.changes(since=since, limit=limit))
    if as_json:
        echo_json(rows)
        return
    if not rows:
        click.echo("no changes yet")
    for record in rows:
        if text_changes:
            click.echo(f"{record['detected_at']}  text {record['kind']:<7}  {record['source']:<16}  "
                       f"{record['title'] or ''}  <{record['url']}>")
        else:
            click.echo(render_change(record))


def change_record(row: dict[str, Any], deliveries: dict[str, str]) -> dict[str, Any]:
    """A change as the JSON Lines contract has it (DESIGN section 3); ``alerted`` lists the channels
    that delivered it, ``deliveries`` every channel's state."""
    return {"id": row["id"], "detected_at": row["detected_at"], "slot": row["slot"], "kind": row["kind"],
            "old": row["old"], "new": row["new"], "quote": row["quote"], "url": row["url"], "source": row["source"],
            "outlet": row["outlet"], "published": row["published"], "as_of": row["as_of"],
            "confidence": row["confidence"], "category": row["category"],
            "corroborations": row["corroborations"],
            "alerted": sorted(c for c, status in deliveries.items() if status == "sent"), "deliveries": deliveries,
            "review": row["review"], "reviewed_by": row["reviewed_by"], "reviewed_at": row["reviewed_at"],
            "review_note": row["review_note"]}


def change_records(store: Store, changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The changes as records, each with its channels' delivery states (``log``, ``review``)."""
    states = store.delivery_states([c["id"] for c in changes])
    return [change_record(row, states.get(row["id"], {})) for row in changes]


def text_change_record(row: dict[str, Any]) -> dict[str, Any]:
    return {"id": row["id"], "detected_at": row["detected_at"], "kind": "changed" if row["previous_hash"] else "added",
            "url": row["url"], "source": row["source"], "title": row["title"], "published": row["published"],
            "old": (row["previous_hash"] or "")[:12] or None, "new": row["text_hash"][:12]}


def render_change(record: dict[str, Any]) -> str:
    from ..notify.render import short_change

    what = short_change(record["kind"], record["old"], record["new"])
    seen = f" (+{record['corroborations']} more)" if record["corroborations"] else ""
    alerted = ", ".join(f"{c} {s}" for c, s in record["deliveries"].items())
    review = ""
    if record["review"]:
        note = f": {record['review_note']}" if record["review_note"] else ""
        review = f"\n    {record['review']} by {record['reviewed_by']} on {record['reviewed_at']}{note}"
    return (f"#{record['id']}  {record['detected_at'][:10]}  {record['slot']} {record['kind']}: {what}  "
            f"[{record['confidence']}{seen}]" + (f"  alert: {alerted}" if alerted else "") + "\n"
            f"    \"{record['quote']}\"\n"
            f"    {record['outlet'] or record['source']}, published {record['published'] or 'undated'} "
            f"<{record['url']}>" + review)


@click.command()
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
              help="Write the feed to FILE (default: standard output).")
@click.option("--min-confidence", type=click.Choice(["reported", "confirmed"]), default="reported",
              show_default=True, help="Leave out the changes below this confidence.")
@click.option("--limit", type=click.IntRange(min=1), default=200, show_default=True, metavar="N",
              help="At most the N newest changes.")
@click.pass_obj
@translate_errors
def feed(opts: Options, out: Path | None, min_confidence: str, limit: int) -> None:
    """Write the change log as an Atom 1.0 feed: one entry per change (rejected ones left out), with
    the alert's subject as title, old -> new, the quote, the outlet, the date and the link.

    `monitor browse` serves the same feed at /-/changes.atom for feed readers.
    """
    from ..feed import build_feed
    from ..profile import load_profile

    config = opts.load()
    with opts.open_store(config, readonly=True) as store:
        rows = store.feed_changes(min_confidence=min_confidence, limit=limit)
    atom = build_feed(rows, load_profile(config.profile))
    if out is None:
        click.echo(atom.decode("utf-8"), nl=False)
        return
    try:
        out.write_bytes(atom)
    except OSError as exc:
        raise Failure(f"{out}: cannot write the feed: {exc.strerror or exc}") from None
    click.echo(f"wrote {counted(len(rows), 'change')} to {out}", err=True)


@click.group(invoke_without_command=True)
@json_option
@click.pass_context
@translate_errors
def review(ctx: click.Context, as_json: bool) -> None:
    """List the changes nobody has reviewed yet, newest first; `review accept ID` and `review reject
    ID --note WHY` record a person's verdict on one (who and when; every review is kept).

    A rejected change is undone in the baseline (the value before it is current again), its alerts
    not sent yet are cancelled, and the same claim from the same article is never raised again.
    """
    if ctx.invoked_subcommand is not None:
        return
    opts: Options = ctx.obj
    config = opts.load()
    with opts.open_store(config, readonly=True) as store:
        records = change_records(store, store.unreviewed_changes())
    if as_json:
        echo_json(records)
        return
    click.echo("\n".join(render_change(r) for r in records) if records else "no changes waiting for review")


def review_options(func: F) -> F:
    func = click.option("--by", "reviewer", metavar="NAME",
                        help="Who reviews (default: your login name).")(func)
    return click.argument("change_id", metavar="ID", type=int)(func)


@review.command("accept")
@review_options
@click.option("--note", metavar="TEXT", help="Why, or what was checked.")
@click.pass_obj
@translate_errors
def review_accept(opts: Options, change_id: int, reviewer: str | None, note: str | None) -> None:
    """Accept change ID: a person checked it. With `[alerts] after_review = true` its alert goes
    out now. Exits 1 for an unknown ID."""
    run_review(opts, change_id, "accepted", reviewer, note)


@review.command("reject")
@review_options
@click.option("--note", metavar="TEXT", required=True, help="Why the change is wrong (kept with the review).")
@click.pass_obj
@translate_errors
def review_reject(opts: Options, change_id: int, reviewer: str | None, note: str) -> None:
    """Reject change ID: it is undone in the baseline, its unsent alerts are cancelled, and the same
    claim from the same article is never raised again. Exits 1 for an unknown ID."""
    run_review(opts, change_id, "rejected", reviewer, note)


def run_review(opts: Options, change_id: int, verdict: str, reviewer: str | None, note: str | None) -> None:
    import getpass

    from ..notify import deliver_pending
    from ..profile import load_profile
    from ..review import review_change
    from ..store import utcnow

    config = opts.load()
    if reviewer is None:
        try:
            reviewer = getpass.getuser()
        except (OSError, KeyError):  # no login name in the environment nor the password database
            raise UsageProblem("--by: no login name found; say who reviews with --by NAME") from None
    by = reviewer
    with opts.open_store(config) as store:
        done = review_change(store, config, load_profile(config.profile), change_id, verdict, by=by, note=note,
                             now=utcnow())
        deliveries = asyncio.run(deliver_pending(store, config)) if done.alert_id is not None else []
    from ..notify.render import short_change

    change = done.change
    lines = [f"change #{change_id} {verdict} by {by}: {change['slot']} "
             f"{short_change(change['kind'], change['old'], change['new'])}"]
    undone = done.baseline
    if undone.get("removed") or undone.get("restored"):
        lines.append("baseline: " + "; ".join(
            [f"{change['slot']} {v!r} removed" for v in undone.get("removed", [])]
            + [f"{v!r} current again" for v in undone.get("restored", [])]))
    if undone.get("kept"):
        lines.append(f"baseline: {change['slot']} has changed since; {', '.join(map(repr, undone['kept']))} stays")
    if done.cancelled:
        lines.append(f"{counted(done.cancelled, 'unsent alert delivery', 'unsent alert deliveries')} cancelled")
    if deliveries:
        lines.append(summarise_deliveries(deliveries))
    click.echo("\n".join(lines))
