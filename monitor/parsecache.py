"""What building the fact engine reads off its patterns' parses, kept on disk between processes.

Of each of the language files' few hundred frames (and of a profile's patterns) the engine keeps
the words every match contains and the characters a match starts with (a
:class:`~monitor.textutil.Reading`), read from re's parse of the pattern: reading them, and
compiling every frame, was most of the second and a half each process that reads a page took to
start. Readings are kept in one file of the user's cache folder (``$XDG_CACHE_HOME/mandate-monitor/``,
else ``~/.cache/mandate-monitor/``), each under a hash of its pattern's source and flags; the
file's name holds a hash of the Python version and of the code that reads patterns
(``textutil.py``), so another Python or another reading of patterns starts a file of its own, then
a hash of the package's code and data (its ``.py`` and ``.toml`` files: the language files and
profiles that make the patterns): each version of the monitor keeps a file of its own, so that no
process loads what an older version made and this one never asks for (a developer's cache of
many versions had grown to 160 MB, and took each process 5 s and 450 MB to load). A version's
first process takes what it asks for from the file of the version used last, when it shares the
first hash (most patterns stay the same from one version to the next), and keeps only that. Of
each kind, the files of the ``_KEPT`` versions used last are kept; older ones are removed when a
file is written.

The file only saves time, never decides anything: one that cannot be read, is not valid (its
checksum is written with it) or cannot be written is left aside and the readings made again in
memory, so a read-only home or a full disk gives the same facts, a little later.

The mention finders' and the profile's patterns (long alternations of every rank, country and
nationality) are compiled whole each time the engine is built: what re compiles them to (the code
of its matching engine) is kept the same way, in a file of its own (``patterns-*.bin``, by a hash of
the Python version and of re's code format, then of the package), each under a hash of its pattern's source and flags
(:func:`compiled`), the frames' too as sentences first need them (written when the process exits).
re checks such code when it is loaded; code it refuses, like a file that is corrupt or cannot be
written, is left aside and the pattern compiled again.

Two more files of the same kind keep the data of the package's TOML files (``data-*.json``, by a hash
of each file's text: :func:`toml`) and the trie-shaped alternations of word lists (``tries-*.json``,
by a hash of the words: :func:`trie_alternation`), which were most of what each start still made; and a
fifth (``derived-*.bin``, by the hash of the readings' file) what ``textutil`` derives from a pattern's
parse to find its matches sooner (its form in lower case, its opening alternation's branches...:
:class:`DerivedCache`), a second of each start.
A key must be the same in every process: a source built from a set lists its phrases in an order
of their own (:func:`textutil.longest_first`), not the set's, which changes with string hashing.
"""
from __future__ import annotations

import atexit
import dataclasses
import functools
import hashlib
import importlib
import json
import marshal
import os
import re
import sys
import tempfile
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from . import textutil
from .textutil import Reading

_FORMAT = 1
_MOST = 4096  # readings kept in the file: beyond, only those the last process used
_KEPT = 4  # versions whose files are kept in the folder, of each kind: those used last


def cache_folder() -> Path | None:
    """The user's cache folder for the monitor (XDG base directories), or None without a home."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    try:
        root = Path(base) if os.path.isabs(base) else Path.home() / ".cache"
    except RuntimeError:  # no home directory to be found
        return None
    return root / "mandate-monitor"


class _KeptFile:
    """A cache file of entries by key: read when first asked for, the entries made in this process
    added by :meth:`save`, atomically (a new file renamed over the old) and not at all where the
    folder cannot be written; beyond ``_MOST`` entries, only those this process used are kept.
    A subclass names its file and says how its entries are written and read."""

    def __init__(self, folder: Path | None = None) -> None:
        self._folder = folder
        self._path: Path | None = None
        self._stored: dict[str, Any] | None = None  # the file's, as read
        self._donor: dict[str, Any] | None = None  # another version's file's, when this one has none
        self._made: dict[str, Any] = {}  # made in this process, not yet in the file
        self._used: set[str] = set()

    def _family(self) -> str:
        """The start of the file's name: its kind and a hash of what its entries depend on."""
        raise NotImplementedError

    def _name(self) -> str:
        return f"{self._family()}-{_package_version()}{self._suffix}"

    _suffix = ""

    def _encode(self, entries: dict[str, Any]) -> bytes:
        raise NotImplementedError

    def _decode(self, path: Path) -> dict[str, Any]:
        raise NotImplementedError

    def save(self) -> None:
        """Write the entries made since the file was read into it (nothing when none was made)."""
        if not self._made:
            return
        path = self._file()
        entries = {**self._load(), **self._made}
        if len(entries) > _MOST:
            entries = {key: value for key, value in entries.items() if key in self._used}
        self._stored, self._made = entries, {}
        if path is not None:
            _write_file(path, self._encode(entries))
            _remove_older(path)

    def _file(self) -> Path | None:
        if self._path is None:
            folder = self._folder or cache_folder()
            if folder is None:
                return None
            self._path = folder / self._name()
        return self._path

    def _load(self) -> dict[str, Any]:
        if self._stored is None:
            path = self._file()
            self._stored = self._decode(path) if path is not None else {}
            if self._stored:
                _touch(path)
        return self._stored

    def _entry(self, key: str) -> Any:
        """The stored entry of ``key``: the file's, else the donor's (then written to this file
        when it is saved), else None."""
        entry = self._load().get(key)
        if entry is None and not self._stored:
            entry = self._donated().get(key)
            if entry is not None:
                self._made[key] = entry
        return entry

    def _donated(self) -> dict[str, Any]:
        """The entries of the file of another version of the package with the same family, used
        last: only read when this version has no file (its first process)."""
        if self._donor is None:
            self._donor = {}
            path = self._file()
            if path is not None:
                try:
                    others = [p for p in path.parent.iterdir()
                              if p.name.startswith(self._family() + "-") and p.suffix == self._suffix and p != path]
                    newest = max(others, key=lambda p: p.stat().st_mtime, default=None)
                except OSError:  # no folder yet, removed meanwhile
                    newest = None
                if newest is not None:
                    self._donor = self._decode(newest)
        return self._donor


class _JsonFile(_KeptFile):
    """A kept file of JSON entries by key."""

    _suffix = ".json"

    def _encode(self, entries: dict[str, Any]) -> bytes:
        return json.dumps(entries, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    def _decode(self, path: Path) -> dict[str, Any]:
        body = _checked_body(path)
        try:
            entries = json.loads(body) if body is not None else {}
        except ValueError:  # not JSON, not UTF-8
            entries = {}
        return entries if isinstance(entries, dict) else {}


class _MarshalFile(_KeptFile):
    """A kept file of entries by key, written by marshal (re's code: lists of ints)."""

    _suffix = ".bin"

    def _encode(self, entries: dict[str, Any]) -> bytes:
        return marshal.dumps(entries)

    def _decode(self, path: Path) -> dict[str, Any]:
        body = _checked_body(path)
        try:
            entries = marshal.loads(body) if body is not None else {}
        except (EOFError, ValueError, TypeError):
            entries = {}
        return entries if isinstance(entries, dict) else {}


class ReadingCache(_JsonFile):
    """The readings of patterns by their source and flags: those of the file, loaded when first
    asked for, and those made since, written back by :meth:`save`."""

    def __init__(self, folder: Path | None = None) -> None:
        super().__init__(folder)
        self._readings: dict[str, Reading] = {}

    def get(self, source: str, flags: int) -> Reading | None:
        key = _key(source, flags)
        reading = self._readings.get(key)
        if reading is not None:
            self._used.add(key)
            return reading
        stored = self._entry(key)
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

    def _family(self) -> str:
        return f"readings-{_version()}"

    def _decode(self, path: Path) -> dict[str, Any]:
        entries = super()._decode(path)  # whole, or none: and each reading of its shape, or none
        return entries if all(_valid(value) for value in entries.values()) else {}


class PatternCache(_MarshalFile):
    """Compiled patterns by their source and flags: re's code of those of the file, loaded when
    first asked for, and of those compiled since, written back by :meth:`save`."""

    def __init__(self, folder: Path | None = None) -> None:
        super().__init__(folder)
        self._patterns: dict[str, re.Pattern[str]] = {}
        # compiled ahead of their first run (prepare), with their code: taken by compile
        self._ready: dict[str, tuple[re.Pattern[str], tuple[Any, ...]]] = {}

    def compile(self, source: str, flags: int = 0) -> re.Pattern[str]:
        """``re.compile(source, flags)``: the same pattern, its code read from the file when it
        is there (and re takes it), else compiled here (an invalid pattern raises :class:`re.error`
        as ``re.compile`` does)."""
        flags = int(flags)
        key = _key(source, flags)
        pattern = self._patterns.get(key)
        if pattern is None and key in self._ready:
            pattern, self._made[key] = self._ready.pop(key)
            self._patterns[key] = pattern
        if pattern is None:
            stored = self._entry(key)
            pattern = _loaded(source, stored) if stored is not None else None
            if pattern is None:
                compiled = _compiled(source, flags)
                if compiled is None:  # re's internals not as this code knows them: compile as usual
                    return re.compile(source, flags)
                pattern, self._made[key] = compiled
            self._patterns[key] = pattern
        self._used.add(key)
        return pattern

    def prepare(self, source: str, flags: int = 0) -> None:
        """Compile ``source`` now, so that an invalid pattern raises :class:`re.error` here, as
        ``re.compile`` does; :meth:`compile` takes it when the pattern first runs, and only then is
        its code written to the file (most of a language file's frames never run on a given page)."""
        flags = int(flags)
        key = _key(source, flags)
        if key in self._patterns or key in self._ready or self._entry(key) is not None:  # stored: it compiled before
            return
        made = _compiled(source, flags)
        if made is None:  # invalid (re.compile says why), or re's internals not as this code knows them
            re.compile(source, flags)
            return
        self._ready[key] = made

    def _family(self) -> str:
        return f"patterns-{_code_version()}"


class DerivedCache(_MarshalFile):
    """What ``textutil`` derives from a pattern's parse to find its matches sooner, by its kind and the
    pattern's source and flags: its form in lower case (:func:`textutil.lowered`), the anchor after
    its opening run (:func:`textutil.lead`), the branches of its opening alternation
    (:func:`textutil.branches`), whether every match opens the text (:func:`textutil.anchored`).
    The patterns derived are kept as re's code (as :class:`PatternCache` keeps them), the rest as
    it is. Each was a parse of its (long) pattern in every process: about a second of a process's
    start. What is derived depends on ``textutil.py``, so the file's family is the readings'."""

    def __init__(self, folder: Path | None = None) -> None:
        super().__init__(folder)
        self._derived: dict[str, Any] = {}

    def derive(self, kind: str, pattern: textutil.PatternSource, make: Any) -> Any:
        """``make(pattern, compile)`` (a textutil function of that ``kind``, its patterns compiled by
        ``compile`` from re's parse), read from the file when it is there."""
        key = _key(f"{kind}\0{pattern.pattern}", pattern.flags)
        if key in self._derived:
            self._used.add(key)
            return self._derived[key]
        stored = self._entry(key)
        try:
            made = _thawed(stored) if stored is not None else None
            found = stored is not None
        except (TypeError, ValueError, KeyError):  # not what _frozen wrote, or code re refuses
            found = False
        if not found:
            codes: dict[int, tuple[Any, ...]] = {}

            def compile(parsed: Any, flags: int) -> re.Pattern[str]:
                entry = _code_entry(parsed, flags)
                if entry is None:  # re's internals not as this code knows them
                    return textutil.compile_parsed(parsed, flags)
                made = _sre_compile(None, entry)
                codes[id(made)] = entry
                return made

            made = make(pattern, compile)
            try:
                self._made[key] = _frozen(made, codes)
            except (TypeError, KeyError):  # a pattern not compiled through ``compile``: made again next time
                pass
        self._derived[key] = made
        self._used.add(key)
        return made

    def _family(self) -> str:
        return f"derived-{_version()}"


# what DerivedCache keeps of a derived value: its patterns as their code, the types textutil derives by name
_DERIVED_TYPES: dict[str, Any] = {"Lead": textutil.Lead, "Branches": textutil.Branches}


def _frozen(value: Any, codes: dict[int, tuple[Any, ...]]) -> Any:
    """``value`` as data marshal writes: each pattern as its code (``codes``, by the pattern's id)."""
    if isinstance(value, re.Pattern):
        return ("pattern", codes[id(value)])
    if type(value).__name__ in _DERIVED_TYPES and dataclasses.is_dataclass(value):
        return (type(value).__name__, tuple(_frozen(getattr(value, field.name), codes)
                                            for field in dataclasses.fields(value)))
    if isinstance(value, tuple):
        return ("tuple", tuple(_frozen(item, codes) for item in value))
    if value is None or isinstance(value, (str, int)):
        return ("value", value)
    raise TypeError(f"cannot keep {type(value).__name__}")


def _thawed(entry: Any) -> Any:
    """The value :func:`_frozen` made ``entry`` of; ValueError, TypeError or KeyError when it did not."""
    kind, body = entry
    if kind == "pattern":
        pattern = _loaded(None, body)
        if pattern is None:
            raise ValueError("code re refuses")
        return pattern
    if kind == "tuple":
        return tuple(_thawed(item) for item in body)
    if kind == "value":
        if not (body is None or isinstance(body, (str, int))):
            raise TypeError(type(body).__name__)
        return body
    return _DERIVED_TYPES[kind](*(_thawed(item) for item in body))


class DataCache(_JsonFile):
    """The data of the package's TOML files (its language files and profiles) by a hash of their
    text, as JSON: tomllib, pure Python, took a fifth of a process's start to read them."""

    def load(self, text: str) -> dict[str, Any]:
        """``tomllib.loads(text)``: a new dict each call, read from the file when it is there, else
        parsed (a text that is not TOML raises :class:`tomllib.TOMLDecodeError` as tomllib does).
        Data JSON cannot hold as it is (a date) is parsed each time."""
        key = _digest(text)
        stored = self._entry(key)
        if isinstance(stored, str):
            try:
                data = json.loads(stored)
            except ValueError:
                data = None
            if isinstance(data, dict):
                self._used.add(key)
                return data
        data = tomllib.loads(text)
        try:
            encoded = json.dumps(data, ensure_ascii=False, allow_nan=False)
        except (TypeError, ValueError):  # a date, a time, an infinite float: not JSON
            return data
        if json.loads(encoded) == data:  # (a key JSON would change: nothing of the kind is kept)
            self._made[key] = encoded
            self._used.add(key)
        return data

    def _family(self) -> str:
        return f"data-{_code_version()}"


class TrieCache(_JsonFile):
    """The trie-shaped alternations of word lists (:func:`textutil.trie_alternation`) by a hash of
    their words: building the tries of the language files' words was half of building the engine."""

    def trie(self, words: list[str], separator: str | None = None) -> str:
        """``textutil._trie(words, separator)``, read from the file when it is there."""
        key = _digest("\0".join([separator or "", *words]))
        stored = self._entry(key)
        if not isinstance(stored, str):
            stored = self._made[key] = textutil._trie(words, separator)
        self._used.add(key)
        return stored

    def _family(self) -> str:
        return f"tries-{_version()}"


def _compiled(source: str, flags: int) -> tuple[re.Pattern[str], tuple[Any, ...]] | None:
    """``source`` compiled as ``re.compile`` does it (``re._compiler.compile``), with the code
    made on the way; None when re's internals are not as this code knows them, or the pattern is
    one to leave to ``re.compile`` (invalid, or with flags it checks)."""
    if flags & (re.DEBUG | re.LOCALE):
        return None
    try:
        # re's own parser and compiler, private (as textutil reads the parse): should they change,
        # patterns are compiled as usual
        entry = _code_entry(importlib.import_module("re._parser").parse(source, flags), flags)
        return (_sre_compile(source, entry), entry) if entry is not None else None
    except Exception:
        return None


def _code_entry(parsed: Any, flags: int) -> tuple[Any, ...] | None:
    """What re's compiler makes of ``parsed`` (re's parse of a pattern) to build the pattern
    (``re._compiler.compile``): its flags, code, groups and their names; None when re's internals
    are not as this code knows them."""
    try:
        code = importlib.import_module("re._compiler")._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        return (int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1,
                groupindex, tuple(indexgroup))
    except Exception:
        return None


def _sre_compile(source: str | None, entry: tuple[Any, ...]) -> re.Pattern[str]:
    import _sre

    pattern: re.Pattern[str] = _sre.compile(source, *entry)
    return pattern


def _loaded(source: str | None, entry: Any) -> re.Pattern[str] | None:
    """The pattern of ``source`` from its stored code, or None when the entry is not one
    :func:`_compiled` made or re refuses its code (re checks the code it is given)."""
    if not (isinstance(entry, tuple) and len(entry) == 5):
        return None
    flags, code, groups, groupindex, indexgroup = entry
    # (the code's items are re's to check: _sre.compile refuses any that is not an int it takes)
    if not (isinstance(flags, int) and isinstance(groups, int) and isinstance(code, list)
            and isinstance(groupindex, dict)
            and all(isinstance(k, str) and isinstance(v, int) for k, v in groupindex.items())
            and isinstance(indexgroup, tuple) and all(g is None or isinstance(g, str) for g in indexgroup)):
        return None
    try:
        import _sre

        return _sre.compile(source, flags, code, groups, groupindex, indexgroup)
    except Exception:  # "invalid SRE code", or another signature than this code knows
        return None


@functools.cache
def _code_version() -> str:
    """A hash of what compiled code depends on besides the pattern: the Python and re's format."""
    magic = getattr(importlib.import_module("re._constants"), "MAGIC", "")
    return hashlib.blake2b(f"{_FORMAT}\0{sys.version}\0{magic}".encode(), digest_size=8).hexdigest()


def _key(source: str, flags: int) -> str:
    return _digest(f"{flags}\0{source}")


def _digest(text: str) -> str:
    """The key of an entry made from ``text``."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


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


@functools.cache
def _package_version() -> str:
    """A hash of the package's code and data (its ``.py`` and ``.toml`` files, by path and
    content): what makes the patterns. About a millisecond."""
    digest = hashlib.blake2b(digest_size=8)
    package = Path(textutil.__file__).parent
    try:
        for path in sorted(package.rglob("*")):
            if path.suffix in (".py", ".toml") and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(package)).encode("utf-8", "surrogatepass") + b"\0")
                digest.update(path.read_bytes())
    except OSError:  # the package cannot be read: a file of its own, never one another code made
        digest.update(os.urandom(8))
    return digest.hexdigest()


def _touch(path: Path | None) -> None:
    """Mark ``path`` used now (its time of last change), so :func:`_remove_older` keeps it."""
    try:
        if path is not None:
            os.utime(path)
    except OSError:  # a read-only folder, removed meanwhile...
        pass


def _remove_older(path: Path) -> None:
    """Remove the files of ``path``'s kind ("patterns-", "readings-") beyond the ``_KEPT`` used or
    written last (by their time of last change), ``path`` among those kept; quietly where they
    cannot be listed or removed."""
    kind = path.name.split("-", 1)[0] + "-"
    try:
        others = [p for p in path.parent.iterdir() if p.name.startswith(kind) and p.suffix == path.suffix and p != path]
        others.sort(key=lambda p: p.stat().st_mtime, reverse=True)
        for old in others[_KEPT - 1:]:
            old.unlink()
    except OSError:  # another process removed it first, a read-only folder...
        pass


def _write_file(path: Path, body: bytes) -> None:
    """``body`` behind a header with its checksum, in ``path``: atomically (a new file renamed over
    the old), and not at all where the folder cannot be written."""
    header = json.dumps({"format": _FORMAT, "digest": hashlib.blake2b(body, digest_size=16).hexdigest()})
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
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


def _checked_body(path: Path) -> bytes | None:
    """What :func:`_write_file` wrote in ``path``, or None when it is missing, unreadable or not
    whole (its checksum)."""
    try:
        data = path.read_bytes()
    except (OSError, ValueError):
        return None
    header, _, body = data.partition(b"\n")
    try:
        told = json.loads(header)
    except ValueError:  # not JSON, not UTF-8
        return None
    if (not isinstance(told, dict) or told.get("format") != _FORMAT
            or told.get("digest") != hashlib.blake2b(body, digest_size=16).hexdigest()):
        return None
    return body


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


def compiled(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, its code kept on disk between processes (:class:`PatternCache`)."""
    return patterns.compile(source, flags)


def prepared(source: str, flags: int = 0) -> None:
    """:meth:`PatternCache.prepare` ``source``: compiled now, its code kept when it first runs."""
    patterns.prepare(source, flags)


def starts_tested(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """:func:`textutil.starts_tested` of ``pattern``, its start test (a reading) and its code kept
    on disk between processes."""
    source, flags = pattern.pattern, pattern.flags
    reading = readings.get(source, flags)
    if reading is None:
        reading = textutil.read_pattern(pattern)
        readings.put(source, flags, reading)
    if reading.test is None:
        return pattern
    try:
        return compiled(textutil.with_start_test(source, reading.test), flags)
    except re.error:
        return pattern


def save() -> None:
    """Write what this process read and compiled that the files lack, for the next process."""
    readings.save()
    patterns.save()
    derived.save()
    data.save()
    tries.save()


def trie_alternation(words: Iterable[str], separator: str | None = None) -> str:
    """:func:`textutil.trie_alternation`, the trie kept on disk between processes (:class:`TrieCache`)."""
    listed = sorted({w for w in words if w})
    return "(?:" + tries.trie(listed, separator) + ")" if listed else "(?!x)x"


def phrase_alternation(words: Iterable[str], separator: str = r"\s+") -> str:
    """The language file's phrases, lower case, matched with any run of white space between their words (``separator``:
    one space where the text is a skeleton or folded, its words one space apart)."""
    return trie_alternation([" ".join(w.lower().split()) for w in words], separator=separator)


@functools.cache
def whole_phrases(words: tuple[str, ...] | frozenset[str], flags: int = 0, separator: str = r"\s+") -> re.Pattern[str]:
    """:func:`phrase_alternation` of ``words`` as whole words: no letter, digit, apostrophe or hyphen joined to either
    end (none: never matches). The one builder of the engine's patterns of a list of the language files' words."""
    return compiled(rf"(?<![\w'-])(?:{phrase_alternation(words, separator)})(?![\w'-])", flags)


def vocabulary(words: Iterable[str]) -> textutil.Vocabulary:
    """:class:`textutil.Vocabulary` of ``words``, its trie and its pattern's code kept on disk between processes."""
    return textutil.Vocabulary(words, compiled, tries.trie)


def lowered(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """:func:`textutil.lowered`, kept on disk between processes (:class:`DerivedCache`)."""
    result: re.Pattern[str] | None = derived.derive("lowered", pattern, textutil.lowered)
    return result


def lead(pattern: re.Pattern[str]) -> textutil.Lead | None:
    """:func:`textutil.lead`, kept on disk between processes (:class:`DerivedCache`)."""
    result: textutil.Lead | None = derived.derive("lead", pattern, textutil.lead)
    return result


def branches(pattern: re.Pattern[str]) -> textutil.Branches | None:
    """:func:`textutil.branches`, kept on disk between processes (:class:`DerivedCache`)."""
    result: textutil.Branches | None = derived.derive("branches", pattern, textutil.branches)
    return result


def anchored(pattern: textutil.PatternSource) -> bool:
    """:func:`textutil.anchored`, kept on disk between processes (:class:`DerivedCache`)."""
    return bool(derived.derive("anchored", pattern, lambda pattern, compile: textutil.anchored(pattern)))


def opens_after_space(pattern: textutil.PatternSource) -> bool:
    """:func:`textutil.opens_after_space`, kept on disk between processes (:class:`DerivedCache`)."""
    return bool(derived.derive("after_space", pattern, lambda pattern, compile: textutil.opens_after_space(pattern)))


def lower_case(pattern: re.Pattern[str]) -> textutil.LowerCase:
    """:class:`textutil.LowerCase` of ``pattern``, its lower-case form kept on disk between processes."""
    return textutil.LowerCase(pattern, lowered)


def toml(text: str) -> dict[str, Any]:
    """``tomllib.loads(text)``, the data kept on disk between processes (:class:`DataCache`)."""
    return data.load(text)


# the process's: the engine reads and compiles its patterns through them, and saves them once built
# (and what it compiled since, at exit: the frames a sentence first needed)
readings = ReadingCache()
patterns = PatternCache()
derived = DerivedCache()
data = DataCache()
tries = TrieCache()
atexit.register(save)
