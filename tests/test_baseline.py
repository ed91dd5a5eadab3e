"""Seeding: the seeds state the facts of expected_baseline.json, and none of its not_facts."""
from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import Monitor

from monitor.baseline import seed_baseline
from monitor.errors import ConfigError
from monitor.profile import load_profile
from monitor.store import Store
from monitor.textutil import fold

# the module's tests share one seeded baseline (a module fixture): kept in a row (tests/conftest.py)
pytestmark = pytest.mark.together

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = json.loads((Path(__file__).parent / "data" / "expected_baseline.json").read_text())


def norm(text: str) -> str:
    return re.sub(r"[^a-z0-9 ]", "", fold(text).replace("-", " "))


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    with Store.open(tmp_path_factory.mktemp("seed") / "monitor.db") as store:
        seed_baseline(store, load_profile("nato_mission_iraq"), ROOT / "db" / "seed", datetime.now(UTC))
        return store.baseline_rows()


@pytest.mark.parametrize("expected", EXPECTED["facts"],
                         ids=[f"{f['slot']}:{f['value'][:30]}" for f in EXPECTED["facts"]])
def test_every_expected_seed_fact_is_in_the_baseline(seeded: list[dict], expected: dict) -> None:
    spellings = {norm(s) for s in [expected["value"], *expected["accept"]]}
    values = [norm(r["value"]) for r in seeded if r["slot"] == expected["slot"]]
    assert any(v in spellings or any(s in v for s in spellings) for v in values), \
        f"{expected['slot']}: {expected['value']!r} not among {values}"
    if "as_of" in expected:
        row = next(r for r in seeded if r["slot"] == expected["slot"])
        assert row["as_of"] == expected["as_of"]


def test_no_not_fact_is_in_the_baseline(seeded: list[dict]) -> None:
    for row in seeded:
        for bad in EXPECTED["not_facts"]:
            for word in re.findall(r"[A-Za-z]{4,}|\d+", bad["text"]):
                if word.lower() in ("soldiers", "iraq", "security", "profiles", "company"):
                    continue
                assert word.lower() not in row["value"].lower(), (bad["text"], row)


def test_seeding_twice_changes_nothing(monitor: Monitor) -> None:
    monitor.write_config([])
    first = monitor.run("baseline", "seed", str(ROOT / "db" / "seed")).stdout
    assert first.startswith("seeded 2 documents")
    before = monitor.json_lines("facts", "--json")
    second = monitor.run("baseline", "seed", str(ROOT / "db" / "seed")).stdout
    assert second.startswith("seeded 0 documents") and "2 already seeded" in second
    assert monitor.json_lines("facts", "--json") == before
    assert {"slot", "value", "as_of", "url", "quote"} <= set(before[0])
    assert monitor.json_lines("log", "--json") == []  # seeding logs no change


def test_a_seed_folder_without_its_index_is_a_clear_error(tmp_path: Path) -> None:
    from monitor.baseline import read_seeds

    with pytest.raises(ConfigError, match=r"SOURCES\.toml"):
        read_seeds(tmp_path)
    (tmp_path / "SOURCES.toml").write_text('[[seed]]\nfile = "a.txt"\nurl = "http://x/"\npublished = "soon"\n')
    with pytest.raises(ConfigError, match=r'key "published": expected a date'):
        read_seeds(tmp_path)
