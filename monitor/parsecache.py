"""What building the fact engine reads off its patterns' parses, kept on disk between processes.

Of each of the language files' few hundred frames (and of a profile's patterns) the engine keeps
the words every match contains and the characters a match starts with (a
:class:`~monitor.textutil.Reading`), read from re's parse of the pattern: reading them, and
compiling every frame, was most of the second and a half each process that reads a page took to
start. Readings are kept in one file of the user's cache folder (``$XDG_CACHE_HOME/mandate-monitor/``,
else ``~/.cache/mandate-monitor/``), each under a hash of its pattern's source and flags; the
file's name holds a hash of the Python version and of the code that reads patterns
(``textutil.py``), so another Python or another reading of patterns starts a file of its own.

The file only saves time, never decides anything: one that cannot be read, is not valid (its
checksum is written with it) or cannot be written is left aside and the readings made again in
memory, so a read-only home or a full disk gives the same facts, a little later.
"""
from __future__ import annotations

import functools
import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from . import textutil
from .textutil import Reading

_FORMAT = 1
_MOST = 4096  # readings kept in the file: beyond, only those the last process used


def cache_folder() -> Path | None:
    """The user's cache folder for the monitor (XDG base directories), or None without a home."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    try:
        root = Path(base) if os.path.isabs(base) else Path.home() / ".cache"
    except RuntimeError:  # no home directory to be found
        return None
    return root / "mandate-monitor"


class ReadingCache:
    """The readings of patterns by their source and flags: those of the file, loaded when first
    asked for, and those made since, written back by :meth:`save`."""

    def __init__(self, folder: Path | None = None) -> None:
        self._folder = folder
        self._path: Path | None = None
        self._stored: dict[str, list[Any]] | None = None  # the file's, as read (JSON values)
        self._made: dict[str, list[Any]] = {}  # made in this process, not yet in the file
        self._used: set[str] = set()
        self._readings: dict[str, Reading] = {}

    def get(self, source: str, flags: int) -> Reading | None:
        key = _key(source, flags)
        reading = self._readings.get(key)
        if reading is not None:
            self._used.add(key)
            return reading
        stored = self._load().get(key)
        if stored is None:
            return None
        reading = self._readings[key] = _reading(stored)
        self._used.add(key)
        return reading

    def put(self, source: str, flags: int, reading: Reading) -> None:
        key = _key(source, flags)
        self._readings[key] = reading
        self._used.add(key)
        if key not in self._load():
            self._made[key] = [reading.needs, reading.choices, reading.test]

    def save(self) -> None:
        """Write the readings made since the file was read into it (nothing when none was made);
        atomically (a new file renamed over the old), and not at all where the folder cannot be
        written."""
        if not self._made:
            return
        path = self._file()
        entries = {**self._load(), **self._made}
        if len(entries) > _MOST:
            entries = {key: value for key, value in entries.items() if key in self._used}
        self._stored, self._made = entries, {}
        if path is None:
            return
        body = json.dumps(entries, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        header = json.dumps({"format": _FORMAT, "digest": hashlib.blake2b(body, digest_size=16).hexdigest()})
        temporary = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=".readings-", suffix=".tmp")
            with os.fdopen(descriptor, "wb") as out:
                out.write(header.encode("ascii") + b"\n" + body)
            os.replace(temporary, path)
            temporary = None
        except OSError:  # a read-only or full disk, a file where the folder should be...
            pass
        finally:
            if temporary is not None:
                try:
                    os.unlink(temporary)
                except OSError:
                    pass

    def _file(self) -> Path | None:
        if self._path is None:
            folder = self._folder or cache_folder()
            if folder is None:
                return None
            self._path = folder / f"readings-{_version()}.json"
        return self._path

    def _load(self) -> dict[str, list[Any]]:
        if self._stored is None:
            path = self._file()
            self._stored = _read_file(path) if path is not None else {}
        return self._stored


def _key(source: str, flags: int) -> str:
    return hashlib.blake2b(f"{flags}\0{source}".encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


@functools.cache
def _version() -> str:
    """A hash of what a reading depends on besides the pattern: the Python (re's parser) and the
    code that reads the parse."""
    digest = hashlib.blake2b(f"{_FORMAT}\0{sys.version}\0".encode(), digest_size=8)
    try:
        digest.update(Path(textutil.__file__).read_bytes())
    except OSError:  # the code cannot be read: a file of its own, never one another code made
        digest.update(os.urandom(8))
    return digest.hexdigest()


def _read_file(path: Path) -> dict[str, list[Any]]:
    """The readings in ``path``, or none when it is missing, unreadable or not one this code wrote
    whole (its checksum, its shape)."""
    try:
        data = path.read_bytes()
    except (OSError, ValueError):
        return {}
    header, _, body = data.partition(b"\n")
    try:
        told = json.loads(header)
        if (not isinstance(told, dict) or told.get("format") != _FORMAT
                or told.get("digest") != hashlib.blake2b(body, digest_size=16).hexdigest()):
            return {}
        entries = json.loads(body)
    except ValueError:  # not JSON, not UTF-8
        return {}
    if not isinstance(entries, dict) or not all(_valid(value) for value in entries.values()):
        return {}
    return entries


def _valid(value: Any) -> bool:
    """The JSON of a reading: [needs, choices, test] (see :class:`~monitor.textutil.Reading`)."""
    if not isinstance(value, list) or len(value) != 3:
        return False
    needs, choices, test = value
    return (_strings(needs, 2) and isinstance(choices, list) and all(
        isinstance(choice, list) and all(_strings(branch, 2) for branch in choice) for choice in choices)
        and (test is None or isinstance(test, str)))


def _strings(value: Any, depth: int) -> bool:
    """``value`` is a list of lists (``depth`` levels) ending in strings."""
    if depth == 0:
        return isinstance(value, str)
    return isinstance(value, list) and all(_strings(item, depth - 1) for item in value)


def _reading(value: list[Any]) -> Reading:
    needs, choices, test = value
    return Reading(tuple(tuple(words) for words in needs),
                   tuple(tuple(tuple(tuple(words) for words in branch) for branch in choice) for choice in choices),
                   test)


# the process's: the engine reads its patterns through it, and saves it once they are read
readings = ReadingCache()
