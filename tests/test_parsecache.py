"""The fact engine's readings of its patterns, and the code of the patterns it compiles whole (the
mention finders', the profile's), kept between processes (monitor/parsecache.py), and its frames
compiled when first needed: the cache only saves time, so whatever state its files are in (missing,
kept, corrupt, unwritable) the real CLI gives the same facts.
"""
from __future__ import annotations

import hashlib
import json
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import fact_cases

# the module's tests share the first process's cache files (a module fixture): kept in a row (tests/conftest.py)
pytestmark = pytest.mark.together

# a long text that runs many frames: the fact cases' texts, one after the other
CASES = fact_cases()[:80]


def extract(cache_home: Path, text: Path) -> list[dict[str, Any]]:
    """The facts `monitor extract` reads in ``text`` with ``cache_home`` as $XDG_CACHE_HOME."""
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home), "NO_COLOR": "1"}
    env.pop("MONITOR_CONFIG", None)
    result = subprocess.run([sys.executable, "-m", "monitor", "extract", "--json", "--date", "2026-11-02", str(text)],
                            capture_output=True, text=True, timeout=120, cwd=text.parent, env=env)
    assert result.returncode == 0 and not result.stderr, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def cache_files(cache_home: Path, kind: str = "readings") -> list[Path]:
    """The cache folder's files (those of ``kind``: "readings", "patterns"; "" for all)."""
    return sorted(p for p in (cache_home / "mandate-monitor").iterdir() if p.name.startswith(kind))


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
    [code] = cache_files(home, "patterns")
    assert code.name.endswith(".bin")
    assert sorted(p.name.split("-", 1)[0] for p in cache_files(home, "")) == [
        "data", "derived", "patterns", "readings", "tries"]
    return text, facts, written.read_bytes()


def kept_copy(text: Path, home: Path) -> Path:
    """Every file the process with no cache left (``text``'s "cold" folder) copied into ``home``'s cache
    folder, which is returned: a test then spoils the one kind it is about, and the process it starts
    makes that kind alone again (not the others as well, which only cost time)."""
    folder = home / "mandate-monitor"
    folder.mkdir(parents=True)
    for path in cache_files(text.parent / "cold", ""):
        (folder / path.name).write_bytes(path.read_bytes())
    return folder


@pytest.fixture(scope="module")
def first_patterns(first: tuple[Path, list[dict[str, Any]], bytes]) -> tuple[str, bytes]:
    """The name and the content of the patterns' file the process with no cache left."""
    [code] = cache_files(first[0].parent / "cold", "patterns")
    return code.name, code.read_bytes()


def test_a_kept_cache_gives_the_same_facts_and_is_not_written_again(
        first: tuple[Path, list[dict[str, Any]], bytes], first_patterns: tuple[str, bytes], tmp_path: Path) -> None:
    text, facts, stored = first
    cold = cache_files(text.parent / "cold")[0]  # its name: a hash of the Python and of textutil.py
    code_name, code = first_patterns  # its name: a hash of the Python and of re's format
    folder = tmp_path / "mandate-monitor"
    folder.mkdir()
    (folder / cold.name).write_bytes(stored)
    (folder / code_name).write_bytes(code)
    kept = {path.name: path.read_bytes() for kind in ("data", "tries", "derived")
            for path in cache_files(text.parent / "cold", kind)}  # the TOML files' data, the words' tries, derivations
    for name, content in kept.items():
        (folder / name).write_bytes(content)

    assert extract(tmp_path, text) == facts
    assert [p.name for p in cache_files(tmp_path, "")] == sorted([cold.name, code_name, *kept])
    assert (folder / cold.name).read_bytes() == stored  # every reading was found in it: nothing to write
    assert (folder / code_name).read_bytes() == code  # ... nor any pattern: its code was taken as it was
    assert all((folder / name).read_bytes() == content for name, content in kept.items())  # ... nor data, trie...


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


# Through the real CLI, one corruption per kind of file (each kind's process makes every reading again:
# the slowest of these); every corruption of every kind, in one process: test_a_corrupt_file_of_any_kind_...
@pytest.mark.parametrize("corrupt", [pytest.param(_altered, id="altered-reading")])
def test_a_corrupt_cache_gives_the_same_facts_and_is_written_again(
        first: tuple[Path, list[dict[str, Any]], bytes], first_patterns: tuple[str, bytes], tmp_path: Path,
        corrupt: Any) -> None:
    text, facts, stored = first
    name = cache_files(text.parent / "cold")[0].name
    folder = kept_copy(text, tmp_path)  # the patterns' code (and the data, the tries) kept: only the readings made
    (folder / name).write_bytes(corrupt(stored))

    assert extract(tmp_path, text) == facts
    assert (folder / name).read_bytes() == stored  # made again, as a process without one made it
    assert [p.name for p in cache_files(tmp_path)] == [name]
    assert (folder / first_patterns[0]).read_bytes() == first_patterns[1]  # no pattern compiled again


def _refused_code(stored: bytes) -> bytes:
    """The patterns' file with one pattern's code made nonsense, its checksum right: re refuses it."""
    _, _, body = stored.partition(b"\n")
    entries = marshal.loads(body)
    key = next(iter(entries))
    flags, code, *rest = entries[key]
    entries[key] = (flags, [255] * len(code), *rest)
    return _with_digest(marshal.dumps(entries))


def _refused_derived_code(stored: bytes) -> bytes:
    """The derivations' file with one derived pattern's code made nonsense, its checksum right."""
    _, _, body = stored.partition(b"\n")
    entries = marshal.loads(body)
    key = next(key for key, (kind, _) in entries.items() if kind == "pattern")
    flags, code, *rest = entries[key][1]
    entries[key] = ("pattern", (flags, [255] * len(code), *rest))
    return _with_digest(marshal.dumps(entries))


def _misshapen_code(stored: bytes) -> bytes:
    """The patterns' file with an entry of the wrong shape, its checksum right."""
    _, _, body = stored.partition(b"\n")
    entries = marshal.loads(body)
    entries[next(iter(entries))] = ("not", "code")
    return _with_digest(marshal.dumps(entries))


@pytest.mark.parametrize("corrupt", [pytest.param(_refused_code, id="refused-code")])
def test_a_corrupt_patterns_file_gives_the_same_facts_and_is_written_again(
        first: tuple[Path, list[dict[str, Any]], bytes], first_patterns: tuple[str, bytes], tmp_path: Path,
        corrupt: Any) -> None:
    text, facts, _ = first
    name, code = first_patterns
    folder = kept_copy(text, tmp_path)
    (folder / name).write_bytes(corrupt(code))

    assert extract(tmp_path, text) == facts
    assert _entries((folder / name).read_bytes()) == _entries(code)  # made again, as a process without one made it


def _not_a_string(stored: bytes) -> bytes:
    """A file of entries by key with one entry of the wrong kind (a number), its checksum right."""
    _, _, body = stored.partition(b"\n")
    entries = json.loads(body)
    entries[next(iter(entries))] = 5
    return _with_digest(json.dumps(entries).encode())


def _not_json_data(stored: bytes) -> bytes:
    """The TOML files' data file with one entry that is no JSON of a table, its checksum right."""
    _, _, body = stored.partition(b"\n")
    entries = json.loads(body)
    entries[next(iter(entries))] = "[1, 2"
    return _with_digest(json.dumps(entries).encode())


@pytest.mark.parametrize("kind, corrupt", [
    pytest.param("data", _not_json_data, id="data-not-json-inside"),
    pytest.param("tries", _not_a_string, id="tries-misshapen"),
])
def test_a_corrupt_data_or_tries_file_gives_the_same_facts_and_is_written_again(
        first: tuple[Path, list[dict[str, Any]], bytes], tmp_path: Path,
        kind: str, corrupt: Any) -> None:
    text, facts, _ = first
    [made] = cache_files(text.parent / "cold", kind)
    folder = kept_copy(text, tmp_path)
    (folder / made.name).write_bytes(corrupt(made.read_bytes()))

    assert extract(tmp_path, text) == facts
    assert json.loads((folder / made.name).read_bytes().partition(b"\n")[2]) == json.loads(
        made.read_bytes().partition(b"\n")[2])  # made again, as a process without one made it


def _entries(stored: bytes) -> Any:
    """The patterns' file's entries (marshal's bytes for equal values may differ)."""
    return marshal.loads(stored.partition(b"\n")[2])


def test_an_unwritable_cache_folder_gives_the_same_facts(
        first: tuple[Path, list[dict[str, Any]], bytes], tmp_path: Path) -> None:
    text, facts, _ = first
    # a file where the cache folder's parent should be: nothing can be made there (by root either)
    blocked = tmp_path / "home-is-a-file"
    blocked.write_text("not a folder")

    assert extract(blocked, text) == facts


def test_a_cache_file_that_cannot_be_read_or_replaced_gives_the_same_facts(
        first: tuple[Path, list[dict[str, Any]], bytes], first_patterns: tuple[str, bytes], tmp_path: Path) -> None:
    text, facts, _ = first
    names = [path.name for path in cache_files(text.parent / "cold", "")]  # every kind
    assert len(names) == 5
    for name in names:
        (tmp_path / "mandate-monitor" / name).mkdir(parents=True)  # a folder where the file should be

    assert extract(tmp_path, text) == facts
    # the new files written beside them could not take their place, and are gone
    assert [p.name for p in cache_files(tmp_path, "")] == sorted(names)
    assert all((tmp_path / "mandate-monitor" / name).is_dir() for name in names)


def _made_by(kind: str, cache: Any) -> list[Any]:
    """What a cache of ``kind`` gives for a few things asked of it (made, where it has none of them)."""
    from monitor.textutil import read_pattern

    sources = [r"(?:nato|nmi) mission iraq", r"(?<![a-z])M (?:has )?(?:suspended|put (?:\w+ )?on hold) its training",
               r"^\d+ troops"]
    if kind == "readings":
        made = []
        for source in sources:
            reading = cache.get(source, re.IGNORECASE)
            if reading is None:
                reading = read_pattern(re.compile(source, re.IGNORECASE))
                cache.put(source, re.IGNORECASE, reading)
            made.append(reading)
        return made
    if kind == "patterns":
        return [cache.compile(source, re.IGNORECASE) for source in sources]
    if kind == "derived":
        return [cache.derive(kind, pattern, make) for kind, pattern, make in _DERIVED]
    if kind == "data":
        return [cache.load(f'[mission]\nname = "NMI {n}"\naliases = ["NATO Mission Iraq", "NMI"]\n') for n in range(3)]
    return [cache.trie([f"maj gen {n}", "major general", "lt gen"], r"[\s.-]+") for n in range(3)]


def _stored_entries(kind: str, stored: bytes) -> Any:
    body = stored.partition(b"\n")[2]
    return marshal.loads(body) if kind in ("patterns", "derived") else json.loads(body)


_GARBAGE, _ALTERED = (lambda stored: b"\x00\xff not json at all"), (lambda stored: stored[:-40] + b"0" * 40)


# (kind, corruption, whole): ``whole``, the file is left aside whole; else the spoilt entry alone
@pytest.mark.parametrize("kind, corrupt, whole", [
    *(pytest.param(kind, corrupt, True, id=f"{kind}-{name}")
      for kind in ("readings", "patterns", "data", "tries", "derived")
      for name, corrupt in [("garbage", _GARBAGE), ("altered", _ALTERED)]),
    pytest.param("readings", _altered, True, id="readings-altered-reading"),
    pytest.param("readings", _misshapen, True, id="readings-misshapen-reading"),
    pytest.param("patterns", lambda stored: b"\x00\xff not marshal at all", True, id="patterns-garbage-marshal"),
    pytest.param("patterns", _refused_code, False, id="patterns-refused-code"),
    pytest.param("patterns", _misshapen_code, False, id="patterns-misshapen-code"),
    pytest.param("data", _not_a_string, False, id="data-misshapen"),
    pytest.param("derived", _refused_derived_code, False, id="derived-refused-code"),
    pytest.param("derived", _misshapen_code, False, id="derived-misshapen"),
    pytest.param("data", _not_json_data, False, id="data-not-json-inside"),
    pytest.param("tries", _not_a_string, False, id="tries-misshapen"),
])
def test_a_corrupt_file_of_any_kind_is_left_aside_and_written_again(tmp_path: Path, kind: str, corrupt: Any,
                                                                    whole: bool) -> None:
    """Each kind of cache file, spoilt each way (the real CLI's tests above spoil one of each kind),
    in this process: what is spoilt is not taken, what is asked for is what a cache with no file
    gives, and the file is written again as such a cache writes it."""
    from monitor import parsecache

    caches = {"readings": parsecache.ReadingCache, "patterns": parsecache.PatternCache,
              "data": parsecache.DataCache, "tries": parsecache.TrieCache, "derived": parsecache.DerivedCache}
    made = caches[kind](tmp_path)
    expected = _made_by(kind, made)
    made.save()
    [path] = tmp_path.iterdir()
    stored = path.read_bytes()
    kept = caches[kind](tmp_path)
    assert _made_by(kind, kept) == expected and kept._made == {}  # (as it was written, all is taken from it)
    path.write_bytes(corrupt(stored))

    again = caches[kind](tmp_path)
    assert _made_by(kind, again) == expected
    assert len(again._made) == (len(expected) if whole else 1)  # made again: nothing spoilt was taken
    again.save()
    assert _stored_entries(kind, path.read_bytes()) == _stored_entries(kind, stored)


def test_readings_come_back_from_the_file_as_they_were_made(tmp_path: Path) -> None:
    import re

    from monitor.parsecache import ReadingCache
    from monitor.textutil import read_pattern

    patterns = [(r"(?<![a-z])M (?:has )?(?:suspended|put (?:\w+ )?on hold|halt(?:ed)? on) (?:its )?training", 0),
                (r"(?:nato|nmi) mission iraq", re.IGNORECASE), (r"^\d+ troops", 0)]
    made = ReadingCache(tmp_path)
    for source, flags in patterns:
        assert made.get(source, flags) is None
        made.put(source, flags, read_pattern(re.compile(source, flags)))
    made.save()

    again = ReadingCache(tmp_path)
    for source, flags in patterns:
        assert again.get(source, flags) == read_pattern(re.compile(source, flags))
    assert again.get(patterns[0][0], re.IGNORECASE) is None  # the flags are part of the key


def test_patterns_come_back_from_the_file_as_re_compiles_them(tmp_path: Path) -> None:
    from monitor.parsecache import PatternCache

    patterns = [(r"(?<![\w-])(?P<rank>(?i:maj(?:or)?|gen(?:eral)?))\.?\s+(?P<name>[A-Z]\w+)", 0),
                (r"(?:nato|nmi) mission iraq", re.IGNORECASE), (r"^\d+ troops", 0), (r"(?<=\bin\s)May\b", 0)]
    made = PatternCache(tmp_path)
    for source, flags in patterns:
        assert made.compile(source, flags) == re.compile(source, flags)
    made.save()
    with pytest.raises(re.error, match="unterminated character set"):
        made.compile("[a-", 0)  # an invalid pattern raises as re.compile does

    again = PatternCache(tmp_path)
    text = "Maj. Gen. Anna Lindqvist of NMI MISSION IRAQ in May: 40 troops"
    for source, flags in patterns:
        pattern, expected = again.compile(source, flags), re.compile(source, flags)
        assert pattern == expected and pattern.groupindex == expected.groupindex  # the same code, the same groups
        assert [(m.span(), m.groupdict()) for m in pattern.finditer(text)] == [
            (m.span(), m.groupdict()) for m in expected.finditer(text)]
    assert again._made == {}  # every one came from the file
    assert again.compile(patterns[1][0], 0) == re.compile(patterns[1][0])  # the flags are part of the key
    assert again._made


def test_a_new_version_takes_only_what_it_asks_for_from_the_last_one_and_old_versions_go(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each version of the package keeps a file of its own: its first process takes the patterns it
    asks for from the file of the version used last (no other's, and nothing it never asks for), and
    the files of versions beyond the last few used are removed."""
    import os as os_

    from monitor import parsecache

    def at_version(version: str) -> parsecache.PatternCache:
        monkeypatch.setattr(parsecache, "_package_version", lambda: version)
        return parsecache.PatternCache(tmp_path)

    shared, dropped, new = r"(?:nato|nmi) mission iraq", r"^\d+ troops", r"(?<=\bin\s)May\b"
    old = at_version("0000000000000001")
    old.compile(shared)
    old.compile(dropped)
    old.save()
    [old_file] = tmp_path.iterdir()

    upgraded = at_version("0000000000000002")
    assert upgraded.compile(shared) == re.compile(shared)
    assert list(upgraded._made) == [parsecache._key(shared, 0)]  # taken from the old file, not compiled again
    upgraded.compile(new)
    upgraded.save()
    again = at_version("0000000000000002")
    for source in (shared, new):
        again.compile(source)
    assert again._made == {}  # both in the new version's own file ...
    assert parsecache._key(dropped, 0) not in again._load()  # ... and nothing the new version never asked for
    assert old_file.exists()  # an older version's file is kept while it is among the last few used

    # versions used one after the other (the times of last change set apart: a coarse clock may give two the same)
    os_.utime(old_file, (100, 100))
    for number in (3, 4, 5):
        [written] = [path for path in tmp_path.iterdir() if path.name.endswith(f"{number - 1}.bin")]
        os_.utime(written, (100 * number, 100 * number))
        cache = at_version(f"{number:016}")
        cache.compile(new)
        cache.save()
    names = sorted(path.name.rsplit("-", 1)[1] for path in tmp_path.iterdir())
    assert names == [f"{number:016}.bin" for number in (2, 3, 4, 5)]  # the last few used: the oldest removed


def _anchored(pattern: Any, compile: Any) -> bool:
    from monitor.textutil import anchored

    return anchored(pattern)


def _derivations() -> list[tuple[str, Any, Any]]:
    """One pattern of each kind textutil derives (kind, pattern, textutil's function): a pattern in lower
    case, an opening run's anchor, an opening alternation's branches, whether every match opens the text;
    and one with nothing to derive."""
    from monitor import textutil

    return [("lowered", re.compile(r"(?:nato|nmi) mission iraq", re.IGNORECASE), textutil.lowered),
            ("lowered", re.compile(r"^\d+ troops"), textutil.lowered),  # (heeds case: none)
            ("lead", re.compile(r"(?P<value>[^.;]{0,60}?\s+(?:NMI|NATO\s+Mission\s+Iraq))", re.IGNORECASE),
             textutil.lead),
            ("branches", re.compile(r"(?:(?<![\w])NMI|(?<![\w])the\s+mission)\s+(?:advises|trains)", re.IGNORECASE),
             textutil.branches),
            ("anchored", textutil.Source(r"^\W*the\s+force", re.IGNORECASE), _anchored)]


_DERIVED = _derivations()


def test_derivations_come_back_from_the_file_as_textutil_makes_them(tmp_path: Path) -> None:
    from monitor.parsecache import DerivedCache
    from monitor.textutil import Branches, Lead, branched_finditer, caseless, lead_finditer, lowered_finditer

    made = DerivedCache(tmp_path)
    derived = [made.derive(kind, pattern, make) for kind, pattern, make in _DERIVED]
    assert derived == [make(pattern) if kind != "anchored" else True for kind, pattern, make in _DERIVED]
    assert derived[1] is None and isinstance(derived[2], Lead) and isinstance(derived[3], Branches)
    made.save()

    again = DerivedCache(tmp_path)
    assert [again.derive(kind, pattern, make) for kind, pattern, make in _DERIVED] == derived
    assert again._made == {}  # every one came from the file
    text = "Officials said NMI advises the ministry. The Mission trains officers, NATO MISSION IRAQ said."
    lower = caseless(text)
    fast, opening, parts = (again.derive(kind, pattern, make) for kind, pattern, make in _DERIVED[0:1] + _DERIVED[2:4])
    for pattern, found in ((_DERIVED[0][1], lowered_finditer(_DERIVED[0][1], fast, text, lower)),
                           (_DERIVED[2][1], lead_finditer(_DERIVED[2][1], opening, text, lower)),
                           (_DERIVED[3][1], branched_finditer(_DERIVED[3][1], parts, text, lower))):
        expected = [m.span() for m in pattern.finditer(text)]
        assert expected and [m.span() for m in found] == expected


def test_the_toml_files_data_comes_back_from_the_file_as_tomllib_reads_it(tmp_path: Path) -> None:
    import tomllib

    from monitor.parsecache import DataCache

    texts = ['[mission]\nname = "NMI"\naliases = ["NATO Mission Iraq", "NMI"]\n[slots.personnel]\nwindow = 3\n',
             'a = 1.5\nb = true\nc = [[1, "x"], []]\n[d.e]\nf = "ü"\n']
    made = DataCache(tmp_path)
    for text in texts:
        assert made.load(text) == tomllib.loads(text)
    dated = "when = 2026-11-02\n"  # a date, which JSON cannot hold: read, never kept
    assert made.load(dated) == tomllib.loads(dated)
    with pytest.raises(tomllib.TOMLDecodeError):
        made.load("a = [")  # not TOML: raises as tomllib does
    made.save()

    again = DataCache(tmp_path)
    for text in texts:
        data = again.load(text)
        assert data == tomllib.loads(text)
        data["changed"] = True  # each call a new dict: a caller's change is its own
        assert "changed" not in again.load(text)
    assert again.load(dated) == tomllib.loads(dated)
    assert again._made == {}  # every one came from the file, and the date was not kept


def test_tries_come_back_from_the_file_as_textutil_builds_them(tmp_path: Path) -> None:
    from monitor.parsecache import TrieCache
    from monitor.textutil import _trie

    lists = [(["maj gen", "major general", "lt gen"], r"[\s.-]+"), (["suspend", "suspended", "halt"], None),
             (["a.b", "a+b", "(x)"], None)]
    made = TrieCache(tmp_path)
    for words, separator in lists:
        assert made.trie(words, separator) == _trie(words, separator)
    made.save()

    again = TrieCache(tmp_path)
    for words, separator in lists:
        assert again.trie(words, separator) == _trie(words, separator)
    assert again._made == {}
    assert again.trie(lists[0][0], None) == _trie(lists[0][0])  # the separator is part of the key
    assert again._made


def test_a_process_with_other_string_hashing_writes_nothing_to_the_cache(tmp_path: Path) -> None:
    """Every cached thing (a pattern's source, a trie's words, a TOML file's text) is keyed the same in
    every process: one whose keys changed with the string hashing (the order of a set) would be made
    again, and written, by every process."""
    import shutil

    text = tmp_path / "cases.txt"
    text.write_text("\n\n".join(case["text"].strip() for case in CASES[:20]) + "\n", encoding="utf-8")
    home = tmp_path / "cache"  # the session's cache (tests/conftest.py: filled by a process of its own hashing)
    shutil.copytree(Path(os.environ["XDG_CACHE_HOME"]) / "mandate-monitor", home / "mandate-monitor")
    done = []
    for seed in ("1", "2"):
        env = {**os.environ, "XDG_CACHE_HOME": str(home), "NO_COLOR": "1", "PYTHONHASHSEED": seed}
        env.pop("MONITOR_CONFIG", None)
        result = subprocess.run([sys.executable, "-m", "monitor", "extract", "--json", "--date", "2026-11-02",
                                 str(text)], capture_output=True, text=True, timeout=300, env=env)
        assert result.returncode == 0, result.stderr
        done.append((result.stdout, {p.name: p.read_bytes() for p in cache_files(home, "")}))
    assert done[0] == done[1]  # the same facts, and not one file written again


def test_the_mention_finders_are_the_same_patterns_in_every_process() -> None:
    """Their sources are the cache's keys: a source that changed with the process's string hashing
    (the order of a set) would be compiled again by every process."""
    script = ("import hashlib, re; from monitor.facts import _engine; from monitor.profile import load_profile; "
              "finder = _engine(load_profile('nato_mission_iraq')).finder; "
              "print(sorted((k, hashlib.sha256(v.pattern.encode()).hexdigest()) for k, v in vars(finder).items() "
              "if isinstance(v, re.Pattern)))")
    seen = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(seen) == 1 and "person" in next(iter(seen))


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
