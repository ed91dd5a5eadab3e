"""The fact engine's readings of its patterns kept between processes (monitor/parsecache.py), and
its frames compiled when first needed: the cache only saves time, so whatever state its file is in
(missing, kept, corrupt, unwritable) the real CLI gives the same facts.
"""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT

# a long text that runs many frames: the fact cases' texts, one after the other
CASES = tomllib.loads((ROOT / "tests" / "data" / "fact_cases.toml").read_text(encoding="utf-8"))["case"][:80]


def extract(cache_home: Path, text: Path) -> list[dict[str, Any]]:
    """The facts `monitor extract` reads in ``text`` with ``cache_home`` as $XDG_CACHE_HOME."""
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home), "NO_COLOR": "1"}
    env.pop("MONITOR_CONFIG", None)
    result = subprocess.run([sys.executable, "-m", "monitor", "extract", "--json", "--date", "2026-11-02", str(text)],
                            capture_output=True, text=True, timeout=120, cwd=text.parent, env=env)
    assert result.returncode == 0 and not result.stderr, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def cache_files(cache_home: Path) -> list[Path]:
    return sorted((cache_home / "mandate-monitor").iterdir())


@pytest.fixture(scope="module")
def first(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, Any]], bytes]:
    """The text, the facts a process with no cache reads in it, and the cache file it leaves."""
    folder = tmp_path_factory.mktemp("parsecache")
    text = folder / "cases.txt"
    text.write_text("\n\n".join(case["text"].strip() for case in CASES) + "\n", encoding="utf-8")
    home = folder / "cold"
    facts = extract(home, text)
    assert len(facts) > 30
    [written] = cache_files(home)
    assert written.name.startswith("readings-") and written.name.endswith(".json")
    return text, facts, written.read_bytes()


def test_a_kept_cache_gives_the_same_facts_and_is_not_written_again(
        first: tuple[Path, list[dict[str, Any]], bytes], tmp_path: Path) -> None:
    text, facts, stored = first
    cold = cache_files(text.parent / "cold")[0]  # its name: a hash of the Python and of textutil.py
    folder = tmp_path / "mandate-monitor"
    folder.mkdir()
    (folder / cold.name).write_bytes(stored)

    assert extract(tmp_path, text) == facts
    assert [p.name for p in cache_files(tmp_path)] == [cold.name]
    assert (folder / cold.name).read_bytes() == stored  # every reading was found in it: nothing to write


def _with_digest(body: bytes) -> bytes:
    header = json.dumps({"format": 1, "digest": hashlib.blake2b(body, digest_size=16).hexdigest()})
    return header.encode() + b"\n" + body


def _altered(stored: bytes) -> bytes:
    """The file with one reading's words changed (its checksum no longer holds)."""
    header, _, body = stored.partition(b"\n")
    entries = json.loads(body)
    key = next(k for k, v in entries.items() if v[0])
    entries[key][0] = [["zzzz"]]
    return header + b"\n" + json.dumps(entries).encode()


def _misshapen(stored: bytes) -> bytes:
    """The file with a reading of the wrong shape, its checksum right."""
    _, _, body = stored.partition(b"\n")
    entries = json.loads(body)
    entries[next(iter(entries))] = [5, [], None]
    return _with_digest(json.dumps(entries).encode())


@pytest.mark.parametrize("corrupt", [
    pytest.param(lambda stored: b"\x00\xff not json at all", id="garbage"),
    pytest.param(_altered, id="altered-reading"),
    pytest.param(_misshapen, id="misshapen-reading"),
])
def test_a_corrupt_cache_gives_the_same_facts_and_is_written_again(
        first: tuple[Path, list[dict[str, Any]], bytes], tmp_path: Path, corrupt: Any) -> None:
    text, facts, stored = first
    name = cache_files(text.parent / "cold")[0].name
    folder = tmp_path / "mandate-monitor"
    folder.mkdir()
    (folder / name).write_bytes(corrupt(stored))

    assert extract(tmp_path, text) == facts
    assert (folder / name).read_bytes() == stored  # made again, as a process without one made it
    assert [p.name for p in cache_files(tmp_path)] == [name]


def test_an_unwritable_cache_folder_gives_the_same_facts(
        first: tuple[Path, list[dict[str, Any]], bytes], tmp_path: Path) -> None:
    text, facts, _ = first
    # a file where the cache folder's parent should be: nothing can be made there (by root either)
    blocked = tmp_path / "home-is-a-file"
    blocked.write_text("not a folder")

    assert extract(blocked, text) == facts


def test_a_cache_file_that_cannot_be_read_or_replaced_gives_the_same_facts(
        first: tuple[Path, list[dict[str, Any]], bytes], tmp_path: Path) -> None:
    text, facts, _ = first
    name = cache_files(text.parent / "cold")[0].name
    (tmp_path / "mandate-monitor" / name).mkdir(parents=True)  # a folder where the file should be

    assert extract(tmp_path, text) == facts
    # the new file written beside it could not take its place, and is gone
    assert [p.name for p in cache_files(tmp_path)] == [name]
    assert (tmp_path / "mandate-monitor" / name).is_dir()


def test_readings_come_back_from_the_file_as_they_were_made(tmp_path: Path) -> None:
    import re

    from monitor.parsecache import ReadingCache
    from monitor.textutil import read_pattern

    patterns = [(r"(?<![a-z])M (?:has )?(?:suspended|put (?:\w+ )?on hold|halt(?:ed)? on) (?:its )?training", 0),
                (r"(?:nato|nmi) mission iraq", re.IGNORECASE), (r"^\d+ troops", 0)]
    made = ReadingCache(tmp_path)
    for source, flags in patterns:
        assert made.get(source, flags) is None
        made.put(source, flags, read_pattern(re.compile(source, flags))[0])
    made.save()

    again = ReadingCache(tmp_path)
    for source, flags in patterns:
        assert again.get(source, flags) == read_pattern(re.compile(source, flags))[0]
    assert again.get(patterns[0][0], re.IGNORECASE) is None  # the flags are part of the key


def test_the_built_engine_compiles_no_frame_until_a_sentence_holds_its_words() -> None:
    from monitor.language import load_language
    from monitor.textutil import caseless

    load_language()  # every frame read once in this process (or in an earlier one, from the file)
    language = load_language.__wrapped__()  # ... and the language built again
    frames = [*language.status_frames, *language.place_frames, *language.founding_frames, *language.size_frames,
              *(f for family in language.describe_frames.values() for f in family),
              *(f for posts in language.posts.values() for f in posts.frames)]
    assert len(frames) > 100
    assert not [f for f in frames if f.pattern.compiled is not None]

    skeleton = "M has suspended its training activities in L0 until further notice"
    matched = [f for f in language.status_frames if list(f.pattern.finditer(skeleton, caseless(skeleton)))]
    compiled = [f for f in frames if f.pattern.compiled is not None]
    assert matched and set(map(id, matched)) <= set(map(id, compiled))
    assert len(compiled) < len(language.status_frames) / 2  # the frames whose words the sentence lacks wait
