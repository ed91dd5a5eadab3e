"""Faults of the configuration, the database file and the reading commands, injected for real:
the real CLI (and `monitor run` as a process), real SQLite files, real file systems (a small
tmpfs where the machine lets us mount one). One row per bad input or fault.

    fault                              expected
    bad value in sources.toml          exit 2, one line naming file, table and key
    bad value in a mission profile     exit 2, one line naming file, table and key
    bad value in a SIGHUP reload       logged, the running configuration stays whole
    newer schema                       exit 1, "newer", the file's bytes unchanged
    a failing migration step           exit 1, the schema of the last whole step
    damaged data page                  exit 1, one line with PRAGMA integrity_check advice
    another writer holds the lock      reads work; writes wait busy_timeout, then "database busy"
    read-only folder                   reads work; writes fail in one line
    missing database (mistyped --db)   reads refuse it (exit 1) and create nothing
    disk full under the daemon         one line per failed heartbeat, SIGTERM exits 0, not "running"
    any configuration or profile       read, or refused with a ConfigError (hypothesis); every
                                       duration accepted can be scheduled
"""
from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from apscheduler.triggers.interval import IntervalTrigger
from conftest import ROOT, Daemon, Monitor, article_page, wait_for
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytest_httpserver import HTTPServer

from monitor.config import ALERT_SETTINGS, SETTINGS, Config, parse_config
from monitor.errors import ConfigError
from monitor.kinds import CHANNEL_KINDS, SOURCE_KINDS
from monitor.profile import SLOT_KINDS, parse_profile
from monitor.store import MIGRATIONS

PAGE = article_page("NMI", ["NATO Mission Iraq advises the Iraqi Ministry of Defence, a spokesperson said "
                            "on Monday at a briefing in Baghdad."] * 3, published="2026-05-21")




def one_clean_line(result: subprocess.CompletedProcess[str]) -> str:
    """stderr is one line starting with "error: ", without a traceback."""
    assert "Traceback" not in result.stderr, result.stderr
    assert result.stderr.startswith("error: ") and result.stderr.strip().count("\n") == 0, result.stderr
    return result.stderr


# -- item 9: values no configuration should hold -------------------------------------------------

EMAIL = '[alerts.email]\nsender = "m@x.org"\nto = ["desk@x.org"]\n'
CONFIG_FAULTS = [
    ("interval-inf", "[settings]\ninterval = inf\n", '[settings] key "interval"', "at most 366d"),
    ("interval-nan", "[settings]\ninterval = nan\n", '[settings] key "interval"', "at most 366d"),
    ("interval-huge", '[settings]\ninterval = "99999999999d"\n', '[settings] key "interval"', "at most 366d"),
    ("retry-after-max-inf", "[settings]\nretry_after_max = inf\n", '[settings] key "retry_after_max"',
     "at most 366d"),
    ("backoff-nan", "[settings]\nbackoff = nan\n", '[settings] key "backoff"', "at most 366d"),
    ("source-interval-inf", '[[sources]]\nname = "a"\nurl = "http://127.0.0.1:9/"\ninterval = inf\n',
     '[[sources]] #1 ("a") key "interval"', "at most 366d"),
    ("user-agent-newline", '[settings]\nuser_agent = "monitor\\nX-Injected: 1"\n', '[settings] key "user_agent"',
     "without control characters"),
    ("alert-slot-typo", '[alerts]\nslots = ["comander"]\n', '[alerts] key "slots"', 'did you mean "commander"'),
    ("alert-slot-unknown", '[alerts]\nslots = ["weather"]\n', '[alerts] key "slots"', "its slots are"),
    ("email-port-70000", EMAIL + 'host = "smtp.x.org"\nport = 70000\n', '[alerts.email] key "port"',
     "from 1 to 65535"),
    ("email-host-space", EMAIL + 'host = "smtp x.org"\n', '[alerts.email] key "host"', "a host name"),
    ("source-port-99999", '[[sources]]\nname = "a"\nurl = "http://x.org:99999/"\n',
     '[[sources]] #1 ("a") key "url"', "from 1 to 65535"),
    ("source-host-space", '[[sources]]\nname = "a"\nurl = "http://exa mple.org/"\n',
     '[[sources]] #1 ("a") key "url"', "valid host"),
    ("source-ipv6-unclosed", '[[sources]]\nname = "a"\nurl = "http://[::1/"\n',
     '[[sources]] #1 ("a") key "url"', "valid host"),
]


@pytest.mark.parametrize("text, where, expected", [row[1:] for row in CONFIG_FAULTS],
                         ids=[row[0] for row in CONFIG_FAULTS])
def test_a_bad_value_in_the_configuration_exits_2_naming_file_table_and_key(
        monitor: Monitor, text: str, where: str, expected: str) -> None:
    monitor.config.write_text(text)
    for command in ("check", "run"):
        result = monitor.run(command, check=False, timeout=60)
        assert result.returncode == 2, result.stdout + result.stderr
        message = one_clean_line(result)
        assert str(monitor.config) in message and where in message and expected in message
    assert not monitor.db.exists() and not (monitor.folder / "db").exists()


# -- item 16: a mission profile with wrong-typed values --------------------------------------------

PROFILE_FAULTS = [
    ("window-ten", "set", 'window = "ten"', 'key "window"', "expected a whole number of words"),
    ("window-zero", "set", "window = 0", 'key "window"', "expected a whole number of words"),
    ("tolerance-x", "number", 'tolerance = "x"', 'key "tolerance"', "expected a number from 0 to 1"),
    ("tolerance-nan", "number", "tolerance = nan", 'key "tolerance"', "expected a number from 0 to 1"),
    ("person-no", "single", 'person = "no"', 'key "person"', "expected true or false, got 'no'"),
    ("label-number", "single", "label = 5", 'key "label"', "expected a string"),
    ("trigger-list", "set", 'trigger = ["x"]', 'key "trigger"', "expected a regular expression"),
    ("values-list", "set", 'values = ["MoD"]', 'key "values"', "expected a table"),
    ("rules-table", "single", 'rules = { pattern = "x" }', 'key "rules"', "expected an array of tables"),
    ("rule-pattern-number", "single", "rules = [{ pattern = 5 }]", 'key "pattern"', "expected a regular expression"),
]


@pytest.mark.parametrize("kind, line, key, expected", [row[1:] for row in PROFILE_FAULTS],
                         ids=[row[0] for row in PROFILE_FAULTS])
def test_a_wrong_typed_profile_value_is_a_config_error(monitor: Monitor, kind: str, line: str, key: str,
                                                       expected: str) -> None:
    profile = monitor.folder / "mission.toml"
    profile.write_text(f'[mission]\nname = "Test Mission"\n\n[slots.thing]\nkind = "{kind}"\n'
                       f'category = "info"\n{line}\n')
    monitor.write_config([], extra='[mission]\nprofile = "mission.toml"\n')
    for command in (["check"], ["extract", "--profile", str(profile), "-"]):
        result = subprocess.run([*monitor_command(monitor), *command], input="NATO.", capture_output=True,
                                text=True, cwd=monitor.folder, timeout=60)
        assert result.returncode == 2, (command, result.stdout, result.stderr)
        message = one_clean_line(result)
        assert str(profile) in message and "[slots.thing" in message and key in message and expected in message


def monitor_command(monitor: Monitor) -> list[str]:
    return [sys.executable, "-m", "monitor", "--config", str(monitor.config)]


# -- item 9: a SIGHUP with a bad value keeps the running configuration whole ------------------------


def test_a_reload_with_a_bad_value_keeps_the_running_configuration_whole(site: HTTPServer, monitor: Monitor,
                                                                         daemon: Daemon) -> None:
    for name in ("a", "b", "c"):
        site.expect_request(f"/{name}").respond_with_data(PAGE, content_type="text/html")
    monitor.write_config([{"name": "a", "url": site.url_for("/a")}], settings={"interval": "1s"})
    daemon.start()
    wait_for(lambda: daemon.checks_of("a"), what="the first check of a")
    # a removed, b added, c with an interval the scheduler cannot take, [alerts] naming no slot
    for bad in ('[[sources]]\nname = "c"\nurl = "URL/c"\ninterval = inf\n',
                '[[sources]]\nname = "c"\nurl = "URL/c"\ninterval = "99999999999d"\n',
                '[alerts]\nslots = ["comander"]\n'):
        reloads = sum("keeping the running one" in line["message"] for line in daemon.lines())
        monitor.write_config([{"name": "b", "url": site.url_for("/b")}], settings={"interval": "1s"},
                             extra=bad.replace("URL", site.url_for("").rstrip("/")))
        daemon.signal(signal.SIGHUP)
        wait_for(lambda reloads=reloads: sum("keeping the running one" in line["message"]
                                             for line in daemon.lines()) > reloads, what="the reload error")
    checks = len(daemon.checks_of("a"))
    wait_for(lambda: len(daemon.checks_of("a")) >= checks + 2, what="a still checked")
    assert daemon.checks_of("b") == [] and daemon.checks_of("c") == []
    assert [(r["name"], r["in_config"]) for r in monitor.query("SELECT name, in_config FROM sources")] == [("a", 1)]
    assert not any("traceback" in line for line in daemon.lines())
    assert daemon.stop() == 0


# -- item 11: a database from a newer version; a failing migration step ------------------------------


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def seeded(monitor: Monitor) -> Monitor:
    """``monitor`` with a copy of the seeded database (conftest's ``seeded_db``) and one
    (unreachable) source, "a"."""
    monitor.write_config([{"name": "a", "url": "http://127.0.0.1:9/a"}])
    monitor.seed()
    return monitor


ALL_COMMANDS = [["log"], ["log", "--json"], ["facts"], ["sources"], ["diff", "a"], ["health"], ["alerts", "list"],
                ["check"], ["baseline", "seed"], ["alerts", "deliver"]]


@pytest.mark.parametrize("command", ALL_COMMANDS, ids=[" ".join(c) for c in ALL_COMMANDS])
def test_a_database_of_a_newer_schema_is_refused_and_never_written(seeded: Monitor, command: list[str]) -> None:
    monitor = seeded
    conn = sqlite3.connect(monitor.db)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    conn.execute("PRAGMA journal_mode = delete")  # no -wal file: every byte is in monitor.db
    conn.close()
    before = digest(monitor.db)
    result = monitor.run(*command, check=False)
    assert result.returncode == 1, result.stdout + result.stderr
    message = one_clean_line(result)
    assert f"schema version {len(MIGRATIONS) + 1}, newer" in message and "was not changed" in message
    assert digest(monitor.db) == before
    assert sorted(p.name for p in monitor.folder.iterdir() if p.name.startswith("monitor.db")) == ["monitor.db"]


def test_a_failing_migration_step_leaves_the_schema_of_the_last_whole_step(monitor: Monitor) -> None:
    from sqlite_utils import Database

    conn = sqlite3.connect(monitor.db, isolation_level=None)
    for step in MIGRATIONS[:2]:
        step(Database(conn))
    conn.execute("PRAGMA user_version = 2")
    # step 4 creates the daemon table: one already there makes that step fail
    conn.execute("CREATE TABLE daemon (id INTEGER PRIMARY KEY, note TEXT)")
    conn.close()
    monitor.write_config([])
    result = monitor.run("baseline", "seed", str(ROOT / "db" / "seed"), check=False)
    assert result.returncode == 1
    message = one_clean_line(result)
    assert "step 4 (m004_daemon)" in message and "stays at schema version 3" in message
    assert monitor.query("PRAGMA user_version")[0][0] == 3
    columns = {row["name"] for row in monitor.query("PRAGMA table_info(sources)")}
    assert "health" in columns and "next_check" not in columns  # step 3 whole, nothing of step 4
    assert [row["name"] for row in monitor.query("PRAGMA table_info(daemon)")] == ["id", "note"]
    assert monitor.query("PRAGMA integrity_check")[0][0] == "ok"
    # the obstacle gone, the next start finishes the upgrade
    conn = sqlite3.connect(monitor.db)
    conn.execute("DROP TABLE daemon")
    conn.close()
    monitor.run("baseline", "seed", str(ROOT / "db" / "seed"))
    assert monitor.query("PRAGMA user_version")[0][0] == len(MIGRATIONS)


def test_a_file_the_earlier_runner_left_half_upgraded_is_finished(tmp_path: Path) -> None:
    """The runner before this one recorded steps in sqlite-utils' _sqlite_migrations table and set
    user_version only at the end: a crash between left version 0 with steps applied."""
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    from monitor.store import Store

    path = tmp_path / "old.db"
    steps = Migrations("mandate-monitor")
    for step in MIGRATIONS[:2]:
        steps()(step)
    conn = sqlite3.connect(path)
    steps.apply(Database(conn))
    conn.close()
    with Store.open(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert store.baseline_is_empty() and store.daemon_state() is None


# -- item 12: a damaged data page ---------------------------------------------------------------------

CORRUPT = [
    (["log", "--json"], "changes"),
    (["log", "--text"], "versions"),
    (["log"], "evidence"),  # the corroborations counted for each change
    (["facts", "--json"], "baseline"),
    (["diff", "a"], "documents"),
    (["sources"], "sources"),
    (["alerts", "list"], "alerts"),
    (["health"], "daemon"),
]


@pytest.mark.parametrize("command, table", CORRUPT, ids=[f"{' '.join(c)}-{t}" for c, t in CORRUPT])
def test_a_damaged_page_is_one_line_with_integrity_check_advice(seeded: Monitor, command: list[str],
                                                                table: str) -> None:
    monitor = seeded
    conn = sqlite3.connect(monitor.db)
    conn.execute("INSERT INTO changes (detected_at, slot, kind) VALUES ('2026-01-01T00:00:00Z', 'status', 'added')")
    conn.execute("INSERT INTO evidence (change_id, url) VALUES (1, 'http://x.org/')")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    roots = [row[0] for row in conn.execute("SELECT rootpage FROM sqlite_master WHERE tbl_name = ? AND rootpage",
                                            [table])]
    conn.close()
    with open(monitor.db, "r+b") as file:  # the root pages of the table and its indexes: garbage headers
        for root in roots:
            file.seek((root - 1) * page_size)
            file.write(b"\xff" * 64)
    result = monitor.run(*command, check=False)
    assert result.returncode == 1, result.stdout + result.stderr
    message = one_clean_line(result)
    assert "the database is damaged" in message and "PRAGMA integrity_check" in message


# -- item 17: a missing database, a bad --since ----------------------------------------------------------

READ_COMMANDS = [["log"], ["log", "--json"], ["facts"], ["sources"], ["diff", "a"], ["health"], ["alerts", "list"]]


@pytest.mark.parametrize("command", READ_COMMANDS, ids=[" ".join(c) for c in READ_COMMANDS])
def test_a_mistyped_db_is_refused_by_read_commands_and_not_created(monitor: Monitor, command: list[str]) -> None:
    monitor.write_config([{"name": "a", "url": "http://127.0.0.1:9/a"}])
    typo = monitor.folder / "monitr.db"
    result = monitor.run("--db", str(typo), *command, check=False)
    assert result.returncode == 1
    assert "no database there" in one_clean_line(result)
    assert not typo.exists()


def test_a_db_that_is_no_database_is_named_so(seeded: Monitor) -> None:
    for command in (["log"], ["check"]):
        result = seeded.run("--db", str(seeded.config), *command, check=False)
        assert result.returncode == 1 and "not an SQLite database" in one_clean_line(result)
    assert seeded.config.read_text().startswith("[settings]")


@pytest.mark.parametrize("since", ["garbage", "2026-13-01", "yesterday", ""])
def test_log_since_garbage_is_a_usage_error(seeded: Monitor, since: str) -> None:
    monitor = seeded
    result = monitor.run("log", "--since", since, check=False)
    assert result.returncode == 2 and "--since" in one_clean_line(result)
    assert monitor.run("log", "--since", "2026-01-01").returncode == 0


# -- another writer holds the lock -------------------------------------------------------------------


@pytest.mark.parametrize("command, outcome", [
    (["log"], "works"), (["facts", "--json"], "works"), (["sources"], "works"), (["alerts", "list"], "works"),
    (["baseline", "seed"], "busy"), (["check"], "busy"),
], ids=["log", "facts", "sources", "alerts-list", "seed", "check"])
def test_another_writer_holding_the_lock(seeded: Monitor, command: list[str], outcome: str) -> None:
    monitor = seeded
    monitor.write_config([{"name": "a", "url": "http://127.0.0.1:9/a"}], settings={"busy_timeout": "1s"})
    holder = sqlite3.connect(monitor.db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # the write lock, as a long write of another process holds it
    holder.execute("UPDATE daemon SET pid = pid")
    try:
        result = monitor.run(*command, check=False)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    if outcome == "works":
        assert result.returncode == 0, result.stderr
    else:
        assert result.returncode == 1, result.stdout + result.stderr
        assert "database busy" in one_clean_line(result) and "1s" in result.stderr


# -- a read-only database folder --------------------------------------------------------------------


@contextlib.contextmanager
def read_only_folder(tmp_path: Path, files: list[Path]) -> Iterator[Path]:
    """A folder holding copies of ``files`` that nobody may write: a tmpfs remounted read-only when
    we are root (root ignores file modes), else plain modes."""
    folder = tmp_path / "ro"
    folder.mkdir()
    if os.geteuid() != 0:
        for file in files:
            shutil.copy(file, folder)
            (folder / file.name).chmod(0o444)
        folder.chmod(0o555)
        try:
            yield folder
        finally:
            folder.chmod(0o755)
        return
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(folder)],
                      capture_output=True).returncode != 0:
        pytest.skip("mounting a tmpfs is not allowed here (needed for a read-only folder as root)")
    try:
        for file in files:
            shutil.copy(file, folder)
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True, capture_output=True)
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def test_read_commands_work_on_a_read_only_database(tmp_path: Path, seeded: Monitor) -> None:
    monitor = seeded
    with read_only_folder(tmp_path, [monitor.db]) as folder:
        db = str(folder / "monitor.db")
        for command in (["log"], ["log", "--json"], ["log", "--text"], ["facts", "--json"], ["sources"],
                        ["alerts", "list"]):
            result = monitor.run("--db", db, *command, check=False)
            assert result.returncode == 0, (command, result.stderr)
        assert len(monitor.run("--db", db, "facts", "--json").stdout.splitlines()) > 10
        assert monitor.run("--db", db, "health", check=False).stdout.startswith("not running")
        assert "no text stored yet" in one_clean_line(monitor.run("--db", db, "diff", "a", check=False))
        write = monitor.run("--db", db, "baseline", "seed", str(ROOT / "db" / "seed"), check=False)
        assert write.returncode == 1 and "read-only" in one_clean_line(write)


# -- item 17: disk full under the daemon --------------------------------------------------------------


@contextlib.contextmanager
def small_file_system(folder: Path, size: str) -> Iterator[Path]:
    folder.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                      capture_output=True).returncode != 0:
        pytest.skip("mounting a small tmpfs is not allowed here (needs root or CAP_SYS_ADMIN)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def fill(folder: Path) -> Path:
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"\0" * 65536)
    except OSError:
        pass
    try:
        while True:
            os.write(fd, b"\0" * 512)
    except OSError:
        pass
    finally:
        os.close(fd)
    return filler


def test_disk_full_under_the_daemon(tmp_path: Path, site: HTTPServer, monitor: Monitor, daemon: Daemon) -> None:
    site.expect_request("/a").respond_with_data(PAGE, content_type="text/html")
    with small_file_system(tmp_path / "small", "8m") as folder:
        monitor.db = folder / "monitor.db"
        monitor.write_config([{"name": "a", "url": site.url_for("/a")}], settings={"interval": "1s"})
        daemon.start("--heartbeat", "0.2")
        wait_for(lambda: len(daemon.checks_of("a")) >= 2, what="two checks")
        assert "a" in monitor.run("sources").stdout
        next_checks = [r["next_check"] for r in monitor.query("SELECT next_check FROM sources")]
        assert next_checks != [None]
        filler = fill(folder)
        wait_for(lambda: sum(line["message"].startswith("heartbeat failed") for line in daemon.lines()) >= 3,
                 what="failed heartbeats")
        assert daemon.stop() == 0
        lines = daemon.lines()
        assert not any("traceback" in line for line in lines), [line for line in lines if "traceback" in line]
        assert any("disk is full" in line["message"] for line in lines)
        assert any(line["message"].startswith("stopped after") for line in lines)
        filler.unlink()
        health = monitor.run("health", check=False)
        assert health.returncode == 1 and health.stdout.startswith("not running")
        listing = monitor.run("sources").stdout.splitlines()
        assert listing[1].split()[5] == "-"  # no NEXT CHECK
        assert monitor.query("PRAGMA integrity_check")[0][0] == "ok"


def test_sources_shows_no_next_check_once_the_daemon_stopped(site: HTTPServer, monitor: Monitor,
                                                            daemon: Daemon) -> None:
    site.expect_request("/a").respond_with_data(PAGE, content_type="text/html")
    monitor.write_config([{"name": "a", "url": site.url_for("/a")}], settings={"interval": "1h"})
    daemon.start()
    wait_for(lambda: daemon.checks_of("a"), what="the first check")
    assert any(line["message"].startswith("heartbeat:") for line in daemon.lines())  # before any check
    running = monitor.run("sources").stdout.splitlines()
    assert running[1].split()[5] != "-"  # the next check, an hour on
    assert daemon.stop() == 0
    stopped = monitor.run("sources").stdout.splitlines()
    assert stopped[1].split()[5] == "-"
    assert [r["next_check"] for r in monitor.query("SELECT next_check FROM sources")] == [None]


# -- fuzzing: arbitrary configurations and profiles through their readers ----------------------------

# what TOML can hold: strings, integers, floats (inf and nan too), booleans, dates, arrays, tables
SCALARS = st.one_of(
    st.text(max_size=20), st.sampled_from(["90s", "1d", "366d", "367d", "99999999999d", "0s", "1e400s", "10MiB",
                                           "http://x.org:99999/", "http://exa mple.org/", "https://x.org/a",
                                           "commander", "page", "feed", "official", "starttls", "a@b.org"]),
    st.integers(min_value=-(2**63), max_value=2**63 - 1), st.floats(),
    st.sampled_from([float("inf"), float("-inf"), float("nan"), 1e300, 2**62]), st.booleans(),
    st.dates(), st.datetimes(), st.times())
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
    st.text(max_size=8), inner, max_size=4), max_leaves=12)


# numbers and durations as a hostile or careless hand writes them
NUMBERS = st.one_of(st.floats(), st.integers(), st.sampled_from([float("inf"), float("nan"), 1e300, 2**62, 0, -1]),
                    st.from_regex(r"\A-?[0-9]{1,14}(\.[0-9])?(ms|s|m|h|d)?\Z"))


def some_of(keys: list[str], base: dict[str, object] | None = None) -> st.SearchStrategy[dict[str, object]]:
    """A valid ``base`` table with one or two of ``keys`` (or an unknown key) set to anything: a
    single bad value at a time reaches the reader's deepest checks."""
    extra = st.dictionaries(st.sampled_from(keys) | st.text(max_size=10), VALUES | NUMBERS, max_size=2)
    return extra.map(lambda values: {**(base or {}), **values})


SOURCE_KEYS = sorted({key for kind in SOURCE_KINDS.values() for key in kind.all_options})
CHANNELS = {"email": {"host": "smtp.x.org", "sender": "m@x.org", "to": ["desk@x.org"]},
            "slack": {"webhook_url_env": "FUZZ_WEBHOOK"}}
CONFIGS = st.fixed_dictionaries({}, optional={
    "settings": some_of([s.name for s in SETTINGS]),
    "mission": some_of(["profile"]),
    "sources": st.lists(some_of(SOURCE_KEYS, {"name": "a", "url": "https://x.org/", "kind": "feed"}), max_size=2)
    | VALUES,
    "alerts": some_of([s.name for s in ALERT_SETTINGS] + ["slots"]) | st.fixed_dictionaries(
        {}, optional={name: some_of(list(CHANNEL_KINDS[name].options), CHANNELS[name]) for name in CHANNELS}),
})


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(CONFIGS)
def test_any_configuration_is_read_or_refused_with_a_config_error(data: dict[str, object]) -> None:
    try:
        config = parse_config(data, Path("/fuzz/sources.toml"))
    except ConfigError as exc:
        assert exc.message.startswith("/fuzz/sources.toml: ")
        return
    assert isinstance(config, Config)
    # every duration accepted is finite and can be waited or scheduled (the daemon builds these triggers)
    now = datetime(2026, 12, 1, tzinfo=UTC)
    for setting in SETTINGS:
        value = getattr(config.settings, setting.name)
        if isinstance(value, float):
            assert now + timedelta(seconds=value) > now - timedelta(seconds=1), setting.name
    for seconds in (config.settings.interval, *(config.interval_of(s) for s in config.sources)):
        assert IntervalTrigger(seconds=seconds).get_next_fire_time(None, now) is not None


# a top-level table of the wrong type: a ConfigError naming the table, never a crash
TOP_LEVEL_FAULTS = [
    ("language-list", {"language": ["modal"]}, "[language]", "expected a table, got list"),
    ("language-string", {"language": "en"}, "[language]", "expected a table, got str"),
    ("macros-list", {"macros": ["x"]}, "[macros]", "expected string values"),
    ("slots-list", {"slots": ["commander"]}, "[slots]", "expected tables, one per slot"),
    ("mission-string", {"mission": "Test Mission"}, "[mission]", 'key "name": missing'),
    ("reference-cue-alone", {"mission": {"name": "Test Mission", "reference_cue": ["training"]}}, "[mission]",
     'key "reference_cue": a profile with reference cue words needs cue words too'),
    ("reference-cue-string", {"mission": {"name": "Test Mission", "cue": ["test"], "reference_cue": "training"}},
     "[mission]", 'key "reference_cue": expected a list of strings'),
]


@pytest.mark.parametrize("data, table, expected", [row[1:] for row in TOP_LEVEL_FAULTS],
                         ids=[row[0] for row in TOP_LEVEL_FAULTS])
def test_a_top_level_table_of_the_wrong_type_is_a_config_error(data: dict[str, object], table: str,
                                                                expected: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_profile({"mission": {"name": "Test Mission"}, **data}, "/p/mission.toml")
    assert caught.value.message.startswith("/p/mission.toml: ") and table in caught.value.message
    assert expected in caught.value.message


SLOT_KEYS = sorted({key for kind in SLOT_KINDS.values() for key in kind.keys} | {"negated", "values", "bodies"})
PROFILES = st.fixed_dictionaries(
    {"mission": some_of(["aliases", "cue", "reference_cue", "references", "pronouns", "others", "parent", "places"],
                        {"name": "Test Mission"})},
    optional={"slots": st.dictionaries(st.sampled_from(["a", "b"]), st.sampled_from(sorted(SLOT_KINDS)).flatmap(
        lambda kind: some_of(SLOT_KEYS, {"kind": kind, "category": "info"})), max_size=2),
              "language": st.one_of(some_of(["modal", "historical", "negation", "ending"]), st.lists(st.text()),
                                    st.text())})


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PROFILES)
def test_any_profile_is_read_or_refused_with_a_config_error(data: dict[str, object]) -> None:
    try:
        parse_profile(data, "/fuzz/mission.toml")
    except ConfigError as exc:
        assert exc.message.startswith("/fuzz/mission.toml: ")

