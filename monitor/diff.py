"""Baseline + one document's facts -> the changes they make. Pure: no I/O.

The rules (DESIGN section 5):

1. Dated. A fact holds from its ``as_of`` (a date in its sentence, else the document's). A
   single-valued slot changes only when a newer fact states another value; an older article
   retelling history never overwrites the present. An undated document changes nothing.
2. Silence is not removal. A set value is removed only by a fact whose role is ``removed``.
3. Tense and modality. Only ``current`` facts change anything; ``historical`` and ``previous``
   ones fill a gap in the baseline silently; ``future`` ones wait for the event itself;
   ``continuing`` ones ("no interruptions to its training") corroborate a status under which the
   mission is running and change nothing.
4. About the mission: decided upstream (``facts.py`` reads only sentences about the mission).
5. Open world: a value nobody listed is as good as a listed one.
6. Evidence and corroboration. Every change keeps its sentence and URL; it is ``confirmed`` when
   the source is official, else ``reported``. A later document stating a value the baseline
   already holds corroborates the change that brought it (a second outlet, or an official
   source, confirms it) instead of making a new change. A decision is the value of who took it
   and when ("same_value"): retold in a later article, in other words, it is the same decision.
7. Order-free on equal dates. Documents of the same date may be read in any order (a sweep stores
   them by publication date, then URL, and sources race) and give the same baseline:

   - a single-valued slot: among equally dated statements of different values, the value whose
     folded key comes first holds (the dates cannot tell which is true; first-come would make
     the baseline depend on fetch order). Within one document the last statement in the text
     still wins ("paused, but now rebuilding"). Of two namings of one value the fuller one is
     held (more words, then longer); figures equal only within the tolerance (4,000 and 4,100
     personnel) keep the first read.
   - a set: a value stated again later is held as of that later date, and a removal removes a
     value only when it is newer than the last statement that the value holds: an equally
     dated statement that it holds stands.

   An official source does not outrank the press here: the baseline does not record which kind
   of source stated a value. Two cases stay order-dependent, since the baseline keeps no record
   of removals: a set value stated as of an earlier day (a date in its sentence) and removed as
   of the documents' day; and a value a history retold ("historical") fills in right after an
   equally dated removal. (Which naming of a value is shown may also depend on the order when
   another value was held between two statements of it.)
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from .models import Fact
from .textutil import fold, name_words

if TYPE_CHECKING:
    from .profile import Profile, Slot


@dataclass(frozen=True)
class Held:
    """One value the baseline holds."""

    slot: str
    key: str
    value: str
    as_of: date | None
    url: str
    quote: str
    number: float | None = None
    change_id: int | None = None  # the logged change that brought it, if any


@dataclass(frozen=True)
class Origin:
    """Where a document comes from, for evidence and confidence."""

    url: str
    source: str
    outlet: str
    published: date | None
    official: bool


@dataclass(frozen=True)
class Change:
    slot: str
    kind: str  # added | removed | changed
    old: str | None
    new: str | None
    quote: str
    confidence: str  # reported | confirmed
    as_of: date | None


@dataclass
class DiffResult:
    changes: list[Change] = field(default_factory=list)
    hold: list[Held] = field(default_factory=list)  # values to add to or replace in the baseline
    drop: list[tuple[str, str]] = field(default_factory=list)  # (slot, key) leaving the baseline
    corroborations: list[tuple[Held, Fact]] = field(default_factory=list)


Baseline = dict[str, list[Held]]


def diff_facts(baseline: Baseline, facts: list[Fact], origin: Origin, profile: Profile) -> DiffResult:
    """What ``facts`` from one document change in ``baseline``."""
    result = DiffResult()
    if origin.published is None:
        return result  # rule 1: an undated page changes nothing
    confidence = "confirmed" if origin.official else "reported"
    for name, slot in profile.slots.items():
        mine = [f for f in facts if f.slot == name]
        if not mine:
            continue
        held = baseline.get(name, [])
        if slot.kind in ("set", "event"):
            _diff_set(slot, held, mine, origin, confidence, result)
        else:
            _diff_single(slot, held, mine, origin, confidence, result)
    return result


def _held(fact: Fact, origin: Origin) -> Held:
    return Held(fact.slot, fact.key, fact.value, fact.as_of, origin.url, fact.quote, fact.number)


def _diff_set(slot: Slot, held: list[Held], facts: list[Fact], origin: Origin, confidence: str,
              result: DiffResult) -> None:
    by_key = {h.key: h for h in held}
    for fact in facts:
        existing = by_key.get(fact.key) or next((h for h in held if same_value(slot, h, fact)), None)
        if fact.role == "current":
            if existing is None:
                result.changes.append(Change(slot.name, "added", None, fact.value, fact.quote, confidence, fact.as_of))
                by_key[fact.key] = _held(fact, origin)
                result.hold.append(by_key[fact.key])
            else:
                result.corroborations.append((existing, fact))
                if fact.as_of and existing in held and (existing.as_of is None or fact.as_of > existing.as_of):
                    result.hold.append(replace(existing, as_of=fact.as_of))  # rule 7: stated again, later
        elif fact.role == "removed" and existing is not None:
            if existing in held and existing.as_of and fact.as_of and fact.as_of <= existing.as_of:
                continue  # rule 7: a removal no newer than the last statement that the value holds
            result.changes.append(Change(slot.name, "removed", existing.value, None, fact.quote, confidence,
                                         fact.as_of))
            result.drop.append((slot.name, existing.key))
            result.hold = [h for h in result.hold if (h.slot, h.key) != (slot.name, existing.key)]
            by_key.pop(existing.key, None)
        elif fact.role in ("historical", "previous") and existing is None:
            by_key[fact.key] = _held(fact, origin)
            result.hold.append(by_key[fact.key])


def _diff_single(slot: Slot, held: list[Held], facts: list[Fact], origin: Origin, confidence: str,
                 result: DiffResult) -> None:
    current = held[0] if held else None
    stated = [f for f in facts if f.role == "current"]
    going_on = next((f for f in facts if f.role == "continuing"), None)
    if going_on is not None and current is not None and not stated and (
            current.key == going_on.key or current.value in slot.ongoing):
        result.corroborations.append((current, going_on))  # "no interruptions": the state goes on
        return
    if not stated:
        gap = next((f for f in facts if f.role in ("historical", "previous")), None)
        if current is None and gap is not None and slot.kind != "status":
            result.hold.append(_held(gap, origin))
        return
    # the newest statement wins; among equally dated ones, the last in the text ("paused, but now rebuilding")
    fact = max(enumerate(stated), key=lambda pair: (pair[1].as_of or date.min, pair[0]))[1]
    if current is None:
        result.changes.append(Change(slot.name, "added", None, fact.value, fact.quote, confidence, fact.as_of))
        result.hold.append(_held(fact, origin))
        return
    if same_value(slot, current, fact):
        result.corroborations.append((current, fact))
        as_of = fact.as_of if fact.as_of and (current.as_of is None or fact.as_of > current.as_of) else current.as_of
        # rule 7: the fullest naming (of a figure, only of the very same figure: its number stays)
        fuller = _fuller(fact.value, current.value) and (slot.kind != "number" or fact.key == current.key)
        value = fact.value if fuller else current.value
        if (as_of, value) != (current.as_of, current.value):
            result.hold.append(replace(current, as_of=as_of, value=value))
        return
    if current.as_of is not None and (fact.as_of is None or fact.as_of < current.as_of):
        return  # rule 1: older than what we know; history, not news
    if fact.as_of == current.as_of and not _ranks_first(fact.key, current.key):
        return  # rule 7: an equally dated statement of another value, later in the stable order
    result.changes.append(Change(slot.name, "changed", current.value, fact.value, fact.quote, confidence, fact.as_of))
    result.drop.append((slot.name, current.key))
    result.hold.append(_held(fact, origin))


def _fuller(value: str, than: str) -> bool:
    """Rule 7: of two namings of one value, the one with more words, then the longer, then the first
    in folded order."""
    return (-len(value.split()), -len(value), fold(value), value) < (-len(than.split()), -len(than), fold(than), than)


def _ranks_first(key: str, than: str) -> bool:
    """Rule 7: of two equally dated values of a single-valued slot, the one whose folded key comes first."""
    return (fold(key), key) < (fold(than), than)


_VAGUE_HUNDREDS = re.compile(r"hundred", re.IGNORECASE)
_VAGUE_THOUSANDS = re.compile(r"thousand", re.IGNORECASE)


def same_value(slot: Slot, held: Held, fact: Fact) -> bool:
    """Two statements of the same value: one person, place or body named more or less fully, two figures within
    the slot's tolerance, a vague "several hundred" and a figure in the hundreds
    (or "several thousand" and one in the thousands), one decision retold (the
    same month, one body named more or less fully, or the parent organisation for any of its bodies)."""
    if held.key == fact.key:
        return True
    if slot.kind == "event":
        return _same_decision(held.key, fact.key)
    if slot.person or slot.kind == "set":
        # one person named more or less fully; one place or body named more or less fully
        # ("Baghdad", "the greater Baghdad area"; "Federal Police", "Federal Police Command")
        a, b = name_words(held.value), name_words(fact.value)
        return bool(a) and bool(b) and (a <= b or b <= a)
    if slot.kind == "number":
        if held.number is not None and fact.number is not None:
            biggest = max(held.number, fact.number)
            return abs(held.number - fact.number) <= slot.tolerance * biggest
        vague = held if held.number is None else fact if fact.number is None else None
        figure = fact.number if vague is held else held.number
        if vague is not None and figure is not None and _VAGUE_HUNDREDS.search(vague.value):
            return 100 <= figure < 1000
        if vague is not None and figure is not None and _VAGUE_THOUSANDS.search(vague.value):
            return 1000 <= figure < 10000
    return False


def _same_decision(key: str, other: str) -> bool:
    """Keys "body|YYYY-MM" (facts/lexicon.py): a decision is identified by who took it and when, not by the
    words that retell it ("defence ministers|2021-02", "ministers|2021-02" and "|2021-02", the parent
    organisation, are one decision)."""
    body, _, month = key.rpartition("|")
    other_body, _, other_month = other.rpartition("|")
    if not month or month != other_month:
        return False
    a, b = name_words(body), name_words(other_body)
    return a <= b or b <= a


def withhold_rejected(result: DiffResult, rejected: list[dict[str, str | None]], baseline: Baseline) -> DiffResult:
    """``result`` without the changes a person rejected when this same document claimed them before
    (``rejected``: their slot, kind, old and new), nor the baseline writes those changes made."""
    if not rejected:
        return result
    claims = {(r["slot"], r["new"]) if r["new"] is not None else (r["slot"], "-", r["old"]) for r in rejected}

    def claimed(change: Change) -> bool:
        claim = (change.slot, change.new) if change.new is not None else (change.slot, "-", change.old)
        return claim in claims

    dropped = [c for c in result.changes if claimed(c)]
    if not dropped:
        return result
    added = {(c.slot, c.new) for c in dropped if c.new is not None}
    # a withheld change leaves the value it would have replaced or removed where it is
    kept = {(c.slot, h.key) for c in dropped if c.old is not None for h in baseline.get(c.slot, []) if h.value == c.old}
    return replace(result, changes=[c for c in result.changes if not claimed(c)],
                   hold=[h for h in result.hold if (h.slot, h.value) not in added],
                   drop=[d for d in result.drop if d not in kept])
