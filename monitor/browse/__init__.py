"""``monitor browse``: Datasette on the monitor's database, for people who read the change log.

    metadata.yaml     titles, descriptions, facets, hidden tables and canned queries (package data)
    templates/        base.html adds the Atom feed's autodiscovery link to every page;
                      timeline.html draws the mandate's timeline
    plugin.py         the routes Datasette does not have: /-/changes.atom and /-/timeline

The database is opened like ``datasette serve monitor.db`` opens a file (not ``--immutable``, which
assumes nobody writes and skips locking): every Datasette connection is ``mode=ro``, so browsing
never writes, and SQLite's WAL mode lets the daemon write while pages read a consistent snapshot.
Datasette is an optional extra: ``pip install 'mandate-monitor[browse]'`` (``make browse``).
"""
from __future__ import annotations

import copy
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import BrowseError

if TYPE_CHECKING:
    from datasette.app import Datasette

    from ..config import Config

PLUGIN = "mandate-monitor"
METADATA_DATABASE = "monitor"  # the key metadata.yaml files the database under


def package_file(name: str) -> Path:
    return Path(str(resources.files(__package__) / name))


def load_metadata(database: Path, profile: str) -> dict[str, Any]:
    """metadata.yaml with the database under its own name, and the plugin's settings."""
    import yaml  # Datasette's own dependency

    data = yaml.safe_load(package_file("metadata.yaml").read_text(encoding="utf-8"))
    name = database_name(database)
    data["databases"] = {name: data["databases"][METADATA_DATABASE]}
    data["description_html"] = data["description_html"].replace("{database}", name)
    data.setdefault("plugins", {})[PLUGIN] = {"database": str(database), "profile": profile, "name": name}
    return data


def database_name(database: Path) -> str:
    """The name Datasette gives a database file (its stem)."""
    return database.stem


def create_app(database: Path, config: Config) -> Datasette:
    """A Datasette instance on ``database`` with the monitor's metadata, templates and routes."""
    try:
        from datasette.app import Datasette
        from datasette.plugins import pm
    except ImportError as exc:
        raise BrowseError("monitor browse needs Datasette: pip install 'mandate-monitor[browse]' "
                          "(or `make browse`)") from exc
    from . import plugin

    if not pm.is_registered(plugin):
        pm.register(plugin, name=PLUGIN)
    return Datasette(files=[str(database)], metadata=copy.deepcopy(load_metadata(database, config.profile)),
                     template_dir=str(package_file("templates")),
                     settings={"default_page_size": 50, "facet_time_limit_ms": 500})


def serve(database: Path, config: Config, *, host: str, port: int) -> None:
    """Serve until interrupted (uvicorn stops on SIGINT and SIGTERM)."""
    import asyncio

    import uvicorn  # Datasette's own dependency

    app = create_app(database, config)
    asyncio.run(app.invoke_startup())
    uvicorn.run(app.app(), host=host, port=port, log_level="warning", lifespan="on")
