"""The mandate's timeline: each slot's history as periods (value, from, until, evidence) and its
logged changes as dated marks. Pure: rows in (``Store.history_rows``, ``Store.changes``), lanes out;
``monitor timeline`` prints them and ``monitor browse`` draws them at /-/timeline.

A lane is one slot; a period is a span during which the baseline held a value (a set slot holds
several at once, so its periods overlap); a mark is a change a person has not rejected, on the
date it holds from, linking to the article that stated it.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from .notify.render import short_change

if TYPE_CHECKING:
    from .profile import Profile

TIMELINE_PATH = "/-/timeline"  # where `monitor browse` draws it
# the lanes people look at first; the other slots follow in the profile's order
LANE_ORDER = ("leadership", "status", "size", "scope", "info")


@dataclass(frozen=True)
class Period:
    value: str
    since: date | None  # None: held before anything we read says
    until: date | None  # None: still held
    url: str | None
    quote: str | None
    change_id: int | None  # the change that brought it (None: the seed articles)


@dataclass(frozen=True)
class Mark:
    day: date
    label: str  # "+ new", "- old", "old -> new"
    url: str
    change_id: int
    confidence: str
    review: str | None


@dataclass(frozen=True)
class Lane:
    slot: str
    label: str
    kind: str
    periods: tuple[Period, ...]
    marks: tuple[Mark, ...]


def build_timeline(history: list[dict[str, Any]], changes: list[dict[str, Any]], profile: Profile,
                   slot: str | None = None) -> list[Lane]:
    """One lane per slot that has a history or a change, the main ones first."""
    periods: dict[str, list[Period]] = {}
    for row in history:
        periods.setdefault(row["slot"], []).append(Period(
            row["value"], _day(row["since"]), _day(row["until"]), row["url"], row["quote"], row["change_id"]))
    marks: dict[str, list[Mark]] = {}
    for row in changes:
        day = _day(row["as_of"]) or _day(row["published"]) or _day(row["detected_at"][:10])
        if row.get("review") == "rejected" or day is None:
            continue
        marks.setdefault(row["slot"], []).append(Mark(day, short_change(row["kind"], row["old"], row["new"]),
                                                      row["url"], row["id"], row["confidence"], row.get("review")))
    names = [n for n in profile.slots if n in periods or n in marks]
    names += sorted(n for n in {*periods, *marks} if n not in profile.slots)  # a slot a newer profile dropped
    if slot is not None:
        names = [n for n in names if n == slot]

    def rank(name: str) -> tuple[int, int]:
        found = profile.slots.get(name)
        category = found.category if found else "info"
        order = list(profile.slots).index(name) if found else len(profile.slots)
        return (LANE_ORDER.index(category) if category in LANE_ORDER else len(LANE_ORDER), order)

    lanes = []
    for name in sorted(names, key=rank):
        found = profile.slots.get(name)
        lane_periods = sorted(periods.get(name, []), key=lambda p: (p.since or date.min, p.value))
        lanes.append(Lane(name, found.label if found else name, found.kind if found else "single",
                          tuple(lane_periods), tuple(sorted(marks.get(name, []), key=lambda m: m.day))))
    return lanes


def timeline_json(lanes: list[Lane], today: date) -> dict[str, Any]:
    """The lanes as JSON for the page's drawing code, with the span of years to draw."""
    days = [d for lane in lanes for p in lane.periods for d in (p.since, p.until) if d]
    days += [m.day for lane in lanes for m in lane.marks]
    start = min(days, default=today)
    end = max([*days, today])
    return {"start": start.isoformat(), "end": end.isoformat(), "today": today.isoformat(),
            "lanes": [_jsonable(asdict(lane)) for lane in lanes]}


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value.isoformat() if isinstance(value, date) else value


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None
