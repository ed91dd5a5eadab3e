"""`monitor sources` (each source's last check) and `monitor diff` (a page's last text change)."""
from __future__ import annotations

import difflib
from collections.abc import Sequence
from typing import Any

import click

from ..config import Config, suggest
from .common import Failure, Options, translate_errors


@click.command()
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


@click.command()
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
