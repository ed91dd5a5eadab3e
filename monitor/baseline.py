"""Seeding the baseline from the seed articles: what we already know before watching anything.

A seed folder holds plain-text articles and ``SOURCES.toml`` naming each one's file, URL, outlet and
publication date. The seeds are read in publication order through the same fact extraction and
diff as any checked document; their facts fill the baseline and no change is logged. Seeding is
idempotent: a document already seeded with the same text is skipped.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date, datetime
from importlib import resources
from pathlib import Path

from .diff import Origin, diff_facts
from .errors import ConfigError
from .facts import extract_facts
from .models import Document
from .profile import Profile
from .store import Store

SEED_INDEX = "SOURCES.toml"


@dataclass(frozen=True)
class Seed:
    file: Path
    url: str
    outlet: str
    published: date


@dataclass(frozen=True)
class SeedResult:
    seeded: int
    skipped: int
    facts: int
    folder: Path


def default_seed_folder() -> Path:
    """``db/seed`` in the current directory, else the copy shipped inside the package."""
    local = Path("db") / "seed"
    if (local / SEED_INDEX).exists():
        return local
    return Path(str(resources.files("monitor") / "seed"))


def read_seeds(folder: Path) -> list[Seed]:
    index = folder / SEED_INDEX
    if not index.exists():
        raise ConfigError(f"{index}: not found; a seed folder needs {SEED_INDEX} listing its articles", file=str(index))
    try:
        data = tomllib.loads(index.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{index}: not valid TOML: {exc}", file=str(index)) from exc
    seeds = []
    for i, entry in enumerate(data.get("seed", []), 1):
        where = f"{index}: [[seed]] #{i}"
        missing = [k for k in ("file", "url", "published") if k not in entry]
        if missing:
            raise ConfigError(f"{where}: missing {', '.join(missing)}", file=str(index))
        published = entry["published"]
        if isinstance(published, str):
            try:
                published = date.fromisoformat(published)
            except ValueError:
                raise ConfigError(f'{where} key "published": expected a date like 2018-11-05',
                                  file=str(index)) from None
        if not isinstance(published, date):
            raise ConfigError(f'{where} key "published": expected a date like 2018-11-05', file=str(index))
        file = folder / entry["file"]
        if not file.exists():
            raise ConfigError(f'{where} key "file": {file} not found', file=str(index))
        seeds.append(Seed(file, entry["url"], entry.get("outlet", ""), published))
    return sorted(seeds, key=lambda s: s.published)


def seed_document(seed: Seed) -> Document:
    text = seed.file.read_text(encoding="utf-8")
    paragraphs = tuple(line.strip() for line in text.splitlines() if line.strip())
    return Document(url=seed.url, title="", paragraphs=paragraphs, published=seed.published,
                    date_source="seed", site=seed.outlet)


def seed_baseline(store: Store, profile: Profile, folder: Path, now: datetime) -> SeedResult:
    """Read the seeds in publication order into the baseline, in one transaction."""
    seeds = read_seeds(folder)
    seeded = skipped = facts_count = 0
    with store.transaction():
        for seed in seeds:
            document = seed_document(seed)
            saved = store.save_document(url=seed.url, source="seed", role="seed", checked_at=now, status=None,
                                        title=document.title, published=seed.published.isoformat(),
                                        date_source="seed", text=document.text, outlet=seed.outlet)
            if saved.outcome == "unchanged":
                skipped += 1
                continue
            facts = extract_facts(document, profile)
            store.save_facts(saved.document_id, facts, now)
            origin = Origin(seed.url, "seed", seed.outlet, seed.published, official=False)
            result = diff_facts(store.baseline(), facts, origin, profile)
            store.apply_diff(result, origin, document_id=saved.document_id, detected_at=now,
                             categories=profile.categories, log_changes=False)  # seeding alerts nothing
            seeded += 1
            facts_count += len(facts)
    return SeedResult(seeded, skipped, facts_count, folder)
