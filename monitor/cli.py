"""The command line: parse options, call one library function, render its result.

Library errors (:class:`MonitorError`) become click exceptions here and nowhere else; a bad
configuration exits with status 2 and a one-paragraph message, never a traceback.
"""
from __future__ import annotations

import asyncio
import difflib
import json
import logging
import os
import re
import sys
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from . import __version__
from .config import DEFAULT_CONFIG, Config, load_config, parse_config, suggest
from .errors import ConfigError, MonitorError
from .models import SourceResult

if TYPE_CHECKING:
    from .notify import Delivery
    from .profile import Profile
from .store import Store

F = TypeVar("F", bound=Callable[..., Any])


class Failure(click.ClickException):
    """An expected failure: exit status 1 and one line on stderr, no traceback."""

    def show(self, file: Any = None) -> None:
        click.echo(f"error: {self.message}", err=True)


class ConfigProblem(Failure):
    """A configuration error: exit status 2, like a usage error."""

    exit_code = 2


class UsageProblem(Failure):
    """A bad option value: exit status 2 and one line (click's own usage errors add the usage)."""

    exit_code = 2


@dataclass
class Options:
    config_path: str | None
    db_path: str | None

    def read(self) -> Config:
        """The configuration; raises ConfigError (the daemon's reload keeps the running one then)."""
        return load_config(self.config_path or DEFAULT_CONFIG, explicit=self.config_path is not None)

    def load(self) -> Config:
        try:
            return self.read()
        except ConfigError as exc:
            raise ConfigProblem(exc.message) from None

    def database(self, config: Config) -> Path:
        return Path(self.db_path) if self.db_path else config.settings.database

    def open_store(self, config: Config, *, readonly: bool = False) -> Store:
        """The database; ``readonly`` for the commands that only read it: they work on a read-only
        file or folder, and refuse a missing database rather than create an empty one."""
        try:
            return Store.open(self.database(config), readonly=readonly, busy_timeout=config.settings.busy_timeout)
        except MonitorError as exc:
            raise Failure(exc.message) from None


def translate_errors(func: F) -> F:
    """Turn expected library errors into clean messages (config errors exit 2)."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ConfigError as exc:
            raise ConfigProblem(exc.message) from None
        except MonitorError as exc:
            raise Failure(exc.message) from None

    return wrapper  # type: ignore[return-value]


def json_option(func: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON Lines, one object a line.")(func)


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


@cli.command()
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
    from .daemon import Daemon, configure_logging
    from .profile import load_mission

    opts: Options = ctx.obj
    configure_logging(log_format, ctx.parent.params.get("verbose", 0) if ctx.parent else 0)
    config = opts.load()
    load_mission(config)  # the profile and the alert slots, before the database is touched
    with opts.open_store(config) as store:
        code = asyncio.run(Daemon(config, store, opts.read, heartbeat_every=heartbeat).run())
    sys.exit(code)


@cli.command()
@click.option("--max-age", default=120, show_default=True, metavar="SECONDS",
              help="The heartbeat may be this old at most.")
@click.pass_obj
@translate_errors
def health(opts: Options, max_age: int) -> None:
    """Exit 0 when the daemon is running and its heartbeat is recent, else 1 (for HEALTHCHECK)."""
    from .store import parse_iso, utcnow

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


@cli.command()
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
    from .pipeline import run_check
    from .profile import load_mission

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


def summarise_deliveries(deliveries: list[Delivery]) -> str:
    sent = sum(d.ok for d in deliveries)
    problems = "; ".join(f"{d.channel}: {d.detail} ({d.status})" for d in deliveries if not d.ok)
    return f"alerts: {sent} sent, {len(deliveries) - sent} not sent" + (f": {problems}" if problems else "")


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
            parts.append(f"{counts[outcome]} {label} article{'s' * (counts[outcome] != 1)}")
    if not parts:
        parts.append("unchanged" if result.status != 304 else "not modified")
    if result.changes:
        parts.append(f"{result.changes} mandate change{'s' * (result.changes != 1)}")
    return ", ".join(parts)


def summarise(results: list[SourceResult]) -> str:
    changed = sum(r.outcome == "changed" for r in results)
    failed = sum(r.outcome == "failed" for r in results)
    articles = sum(r.new_documents for r in results)
    changes = sum(r.changes for r in results)
    return (f"{len(results)} source{'s' * (len(results) != 1)}: {changed} changed, "
            f"{len(results) - changed - failed} unchanged, {failed} failed; {articles} new document"
            f"{'s' * (articles != 1)}, {changes} mandate change{'s' * (changes != 1)}")


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


@cli.command()
@click.pass_obj
@translate_errors
def sources(opts: Options) -> None:
    """List each source with its last check, HTTP status, last change and last error."""
    config = opts.load()
    with opts.open_store(config, readonly=True) as store:
        rows = configured_sources(store.list_sources(), config)
        running = store.running_daemon() is not None
    if not rows:
        click.echo("no sources")
        return
    headers = ("NAME", "KIND", "LAST CHECK", "STATUS", "LAST CHANGE", "NEXT CHECK", "FAILS", "LAST ERROR")
    table = [(str(r["name"]) + ("" if r["in_config"] else " (removed)"), str(r["kind"] or ""),
              str(r["last_checked"] or "never"), str(r["last_status"] or "-") if r["last_checked"] else "-",
              str(r["last_changed"] or "-"), str(r["next_check"] or "-") if r["in_config"] and running else "-",
              str(r["failures"] or 0), str(r["last_error"] or "")) for r in rows]
    click.echo(render_table(headers, table))


def configured_sources(rows: list[dict[str, Any]], config: Config) -> list[dict[str, Any]]:
    """The stored sources as the configuration has them now (without writing: the database may be
    read-only): a source of the file not checked yet is listed, one no longer in it is removed."""
    kinds = {source.name: source.kind for source in config.sources}
    stored = {row["name"] for row in rows}
    merged = [{**row, "in_config": int(row["name"] in kinds), "kind": kinds.get(row["name"], row["kind"])}
              for row in rows]
    merged += [{"name": s.name, "kind": s.kind, "in_config": 1, "last_checked": None, "last_status": None,
                "last_changed": None, "next_check": None, "failures": 0, "last_error": None}
               for s in config.sources if s.name not in stored]
    return sorted(merged, key=lambda row: (-row["in_config"], row["name"]))


def render_table(headers: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=False)).rstrip()]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=False)).rstrip() for row in rows]
    return "\n".join(lines)


@cli.command()
@click.argument("source")
@click.pass_obj
@translate_errors
def diff(opts: Options, source: str) -> None:
    """Print the last change of a page's main text as a unified diff.

    SOURCE is a source name (its page) or the URL of any checked document.
    """
    config = opts.load()
    with opts.open_store(config, readonly=True) as store:
        is_url = source.startswith(("http://", "https://"))
        if not is_url:
            known = {r["name"] for r in store.list_sources()} | {s.name for s in config.sources}
            if source not in known:
                raise Failure(f"no source named {source!r}" + suggest(source, sorted(known)))
        found = store.last_text_change(url=source) if is_url else store.last_text_change(source=source)
        if found is None or not found["versions"]:
            raise Failure(f"{source}: no text stored yet (run `monitor check` first)")
        versions = found["versions"]
        new_text = store.text(versions[0]["text_hash"])
        old_text = store.text(versions[1]["text_hash"]) if len(versions) > 1 else None
    url = found["document"]["url"]
    if old_text is None:
        click.echo(f"{url}: one version only, first seen {versions[0]['seen_at']}; no change yet")
        return
    lines = difflib.unified_diff(old_text.splitlines(), new_text.splitlines(),
                                 fromfile=f"{url} ({versions[1]['seen_at']})",
                                 tofile=f"{url} ({versions[0]['seen_at']})", lineterm="")
    click.echo("\n".join(lines))


@cli.command()
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


def echo_json(records: list[dict[str, Any]]) -> None:
    """JSON Lines on standard output, one record a line."""
    for record in records:
        click.echo(json.dumps(record, ensure_ascii=False))


def text_change_record(row: dict[str, Any]) -> dict[str, Any]:
    return {"id": row["id"], "detected_at": row["detected_at"], "kind": "changed" if row["previous_hash"] else "added",
            "url": row["url"], "source": row["source"], "title": row["title"], "published": row["published"],
            "old": (row["previous_hash"] or "")[:12] or None, "new": row["text_hash"][:12]}


def render_change(record: dict[str, Any]) -> str:
    from .notify.render import short_change

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


@cli.command()
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
        for row in rows:
            click.echo(json.dumps({"slot": row["slot"], "value": row["value"], "as_of": row["as_of"],
                                   "url": row["url"], "quote": row["quote"]}, ensure_ascii=False))
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


@cli.command()
@json_option
@click.option("--date", "published", metavar="YYYY-MM-DD",
              help="The publication date when the page states none (plain text never does).")
@click.option("--profile", "profile_ref", metavar="NAME_OR_PATH",
              help="Mission profile (default: the configuration's [mission] profile, else nato_mission_iraq).")
@click.argument("target", metavar="FILE|URL|-")
@click.pass_obj
@translate_errors
def extract(opts: Options, as_json: bool, published: str | None, profile_ref: str | None, target: str) -> None:
    """Print the facts a text or page states, with role, date and quote; nothing is stored.

    FILE is an HTML page (its main text taken as in a check) or plain text (paragraphs separated by
    blank lines); - reads standard input; an http(s) URL is fetched as a check would (User-Agent,
    robots.txt, size cap, timeouts). Without a date in the page or --date, facts are undated.

    Exits 1 when the input cannot be read, 2 on bad usage (a bad date, an unknown profile).
    """
    from .reader import read_facts

    day = parse_day("--date", published, publication=True)
    config = config_or_defaults(opts)
    profile = extract_profile(profile_ref, config)
    reading = read_facts(target, profile, config.settings, published=day)
    facts = reading.facts
    if as_json:
        for fact in facts:
            click.echo(json.dumps({"slot": fact.slot, "value": fact.value, "role": fact.role,
                                   "as_of": fact.as_of.isoformat() if fact.as_of else None, "quote": fact.quote},
                                  ensure_ascii=False))
        return
    if not facts:
        click.echo("no facts")
    width = max((len(fact.slot) for fact in facts), default=0)
    for fact in facts:
        click.echo(f"{fact.slot:<{width}}  {fact.value}  ({fact.role}, {fact.as_of or 'undated'})")
        click.echo(f"    \"{fact.quote}\"")


def parse_day(option: str, value: str | None, *, publication: bool = False) -> date | None:
    """A YYYY-MM-DD option value (a date a page may be published on, with ``publication``);
    anything else is a one-line usage error."""
    if value is None:
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
            day = date.fromisoformat(value.strip())
            from .extract import EARLIEST_DATE, LATEST_DATE  # here: lxml is slow to import

            if publication and not EARLIEST_DATE <= day <= LATEST_DATE:
                raise UsageProblem(f"{option}: {value!r} is not a publication date (from {EARLIEST_DATE} to "
                                   f"{LATEST_DATE})")
            return day
    except ValueError:
        pass
    raise UsageProblem(f"{option}: {value!r} is not a date like 2026-11-02")


def config_or_defaults(opts: Options) -> Config:
    """The configuration; when none was named and ./sources.toml is unreadable, the defaults (with a
    warning), since extracting needs no sources."""
    try:
        return opts.read()
    except ConfigError as exc:
        if opts.config_path is not None:
            raise ConfigProblem(exc.message) from None
        click.echo(f"warning: configuration not used, defaults apply: {exc.message}", err=True)
        return parse_config({}, None)


def extract_profile(reference: str | None, config: Config) -> Profile:
    """The profile named by --profile, else the configuration's; an unknown one is a usage error."""
    from .profile import builtin_profiles, is_builtin, load_profile

    if reference is not None and not is_builtin(reference) and not Path(reference).is_file():
        raise UsageProblem(f"--profile: no built-in profile or profile file {reference!r} "
                           f"(built-in: {', '.join(builtin_profiles())})")
    return load_profile(reference or config.profile)


@cli.group()
def baseline() -> None:
    """Manage the baseline: what is known about the mission before watching."""


@baseline.command("seed")
@click.argument("folder", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.pass_obj
@translate_errors
def baseline_seed(opts: Options, folder: Path | None) -> None:
    """Seed the baseline from the seed articles in FOLDER (default: db/seed, else the copy shipped
    with the package), read in publication order. Running it again changes nothing."""
    from .baseline import default_seed_folder, seed_baseline
    from .profile import load_mission
    from .store import utcnow

    config = opts.load()
    profile = load_mission(config)
    folder = folder or default_seed_folder()
    if not folder.is_dir():
        raise Failure(f"{folder}: no such folder")
    with opts.open_store(config) as store:
        result = seed_baseline(store, profile, folder, utcnow())
        held = len(store.baseline_rows())
    click.echo(f"seeded {result.seeded} document{'s' * (result.seeded != 1)} from {result.folder} "
               f"({result.skipped} already seeded); {result.facts} facts read; the baseline holds {held} values")


@cli.group()
def alerts() -> None:
    """Alert channels (email, Slack) and the outbox of alerts."""


@alerts.command("test")
@click.pass_obj
@translate_errors
def alerts_test(opts: Options) -> None:
    """Send a clearly marked test alert to every configured channel and report each result.

    Exits 1 if any channel failed, with the server's own error.
    """
    from .notify import send_test
    from .profile import load_mission

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
    from .notify import deliver_pending

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
        state = f"{row['status']} after {row['attempts']} attempt{'s' * (row['attempts'] != 1)}"
        if row["deferrals"]:
            state += f", deferred {row['deferrals']}x"
        detail = row["response"] if row["status"] == "sent" else row["last_error"] or f"next {row['next_attempt']}"
        click.echo(f"#{row['alert_id']}  {row['created_at']}  {row['channel']:<6} {state:<24} {row['subject']}")
        if detail:
            click.echo(f"      {detail}")


@cli.command()
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
    from .feed import build_feed
    from .profile import load_profile

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
    click.echo(f"wrote {len(rows)} change{'s' * (len(rows) != 1)} to {out}", err=True)


@cli.command()
@click.option("--slot", metavar="NAME", help="Only this slot (e.g. commander).")
@json_option
@click.pass_obj
@translate_errors
def timeline(opts: Options, slot: str | None, as_json: bool) -> None:
    """Print each slot's history: every value it held, from when until when, and the article that
    states it; the changes a person rejected are not part of it.

    `monitor browse` draws the same timeline at /-/timeline.
    """
    from .profile import load_profile
    from .timeline import build_timeline

    config = opts.load()
    profile = load_profile(config.profile)
    if slot is not None and slot not in profile.slots:
        raise UsageProblem(f"--slot: no slot {slot!r} in profile {profile.name}" + suggest(slot, list(profile.slots)))
    with opts.open_store(config, readonly=True) as store:
        lanes = build_timeline(store.history_rows(slot), store.changes(), profile, slot)
    if as_json:
        for lane in lanes:
            for period in lane.periods:
                click.echo(json.dumps({"slot": lane.slot, "value": period.value,
                                       "from": period.since.isoformat() if period.since else None,
                                       "until": period.until.isoformat() if period.until else None,
                                       "url": period.url, "change_id": period.change_id}, ensure_ascii=False))
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


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(min=0, max=65535), default=8001, show_default=True,
              help="Port to listen on.")
@click.pass_obj
@translate_errors
def browse(opts: Options, host: str, port: int) -> None:
    """Serve the database in Datasette (read-only, safe while the daemon writes): the change log with
    facets, the mandate now, the changes waiting for review, source health, the timeline at
    /-/timeline and the Atom feed at /-/changes.atom. Runs until stopped (Ctrl-C).

    Needs the optional extra: pip install 'mandate-monitor[browse]' (or `make browse`).
    """
    from .browse import serve

    config = opts.load()
    database = opts.database(config)
    with opts.open_store(config):
        pass  # creates or upgrades the file once; Datasette then only reads it
    click.echo(f"browse {database} at http://{host}:{port}/ (Ctrl-C stops)", err=True)
    serve(database.resolve(), config, host=host, port=port)


@cli.group(invoke_without_command=True)
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

    from .notify import deliver_pending
    from .profile import load_profile
    from .review import review_change
    from .store import utcnow

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
    from .notify.render import short_change

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
        lines.append(f"{done.cancelled} unsent alert deliver{'ies' if done.cancelled != 1 else 'y'} cancelled")
    if deliveries:
        lines.append(summarise_deliveries(deliveries))
    click.echo("\n".join(lines))


def main() -> None:
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    cli(prog_name="monitor")
