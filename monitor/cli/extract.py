"""`monitor extract`: the facts one text or page states, as the engine reads them (nothing stored)."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..config import Config, parse_config
from ..errors import ConfigError
from .common import ConfigProblem, Options, UsageProblem, echo_json, json_option, parse_day, translate_errors

if TYPE_CHECKING:
    from ..profile import Profile


@click.command()
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
    from ..reader import read_facts

    day = parse_day("--date", published, publication=True)
    config = config_or_defaults(opts)
    profile = extract_profile(profile_ref, config)
    reading = read_facts(target, profile, config.settings, published=day)
    facts = reading.facts
    if as_json:
        echo_json([{"slot": fact.slot, "value": fact.value, "role": fact.role,
                    "as_of": fact.as_of.isoformat() if fact.as_of else None, "quote": fact.quote} for fact in facts])
        return
    if not facts:
        click.echo("no facts")
    width = max((len(fact.slot) for fact in facts), default=0)
    for fact in facts:
        click.echo(f"{fact.slot:<{width}}  {fact.value}  ({fact.role}, {fact.as_of or 'undated'})")
        click.echo(f"    \"{fact.quote}\"")


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
    from ..profile import builtin_profiles, is_builtin, load_profile

    if reference is not None and not is_builtin(reference) and not Path(reference).is_file():
        raise UsageProblem(f"--profile: no built-in profile or profile file {reference!r} "
                           f"(built-in: {', '.join(builtin_profiles())})")
    return load_profile(reference or config.profile)
