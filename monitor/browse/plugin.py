"""A Datasette plugin (registered by ``monitor browse``): the Atom feed, the timeline page, and a
menu entry for each. Each request reads the database through a read-only :class:`Store`."""
from __future__ import annotations

import asyncio
from typing import Any

from datasette import hookimpl
from datasette.utils.asgi import Response

from ..feed import FEED_PATH, build_feed
from ..profile import load_profile
from ..store import Store, utcnow
from ..timeline import TIMELINE_PATH, build_timeline, timeline_json

PLUGIN = "mandate-monitor"


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [(r"^/-/changes\.atom$", feed_page), (r"^/-/timeline$", timeline_page)]


@hookimpl
def menu_links(datasette: Any) -> list[dict[str, str]]:
    return [{"href": datasette.urls.path(TIMELINE_PATH), "label": "Mandate timeline"},
            {"href": datasette.urls.path(FEED_PATH), "label": "Atom feed of changes"}]


def _settings(datasette: Any) -> dict[str, str]:
    settings: dict[str, str] = datasette.plugin_config(PLUGIN)
    return settings


async def feed_page(datasette: Any, request: Any) -> Response:
    settings = _settings(datasette)
    confidence = request.args.get("min_confidence", "reported")
    if confidence not in ("reported", "confirmed"):
        return Response.text("min_confidence is reported or confirmed", status=400)

    def read() -> bytes:
        with Store.open(settings["database"], readonly=True) as store:
            rows = store.feed_changes(min_confidence=confidence)
        home = datasette.absolute_url(request, datasette.urls.path(f"/{settings['name']}/mandate_changes"))
        return build_feed(rows, load_profile(settings["profile"]), self_url=request.url, home_url=home)

    atom = await asyncio.to_thread(read)
    return Response(atom, content_type="application/atom+xml; charset=utf-8")


async def timeline_page(datasette: Any, request: Any) -> Response:
    settings = _settings(datasette)
    profile = await asyncio.to_thread(load_profile, settings["profile"])

    def read() -> dict[str, Any]:
        with Store.open(settings["database"], readonly=True) as store:
            lanes = build_timeline(store.history_rows(), store.changes(), profile)
        return timeline_json(lanes, utcnow().date())

    timeline = await asyncio.to_thread(read)
    html = await datasette.render_template("timeline.html", {
        "timeline": timeline, "mission": profile.name, "database": settings["name"],
        "changes_url": datasette.urls.path(f"/{settings['name']}/mandate_changes")}, request=request)
    return Response.html(html)
