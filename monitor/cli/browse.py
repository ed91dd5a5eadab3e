"""`monitor browse`: Datasette on the database, with the feed and the timeline page."""
from __future__ import annotations

import click

from .common import Options, translate_errors


@click.command()
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
    from ..browse import serve

    config = opts.load()
    database = opts.database(config)
    with opts.open_store(config):
        pass  # creates or upgrades the file once; Datasette then only reads it
    click.echo(f"browse {database} at http://{host}:{port}/ (Ctrl-C stops)", err=True)
    serve(database.resolve(), config, host=host, port=port)
