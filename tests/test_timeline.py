"""`monitor timeline`: each slot's history from the history table, which a rejection rewrites;
and the migration that fills that table for a database logged before it existed."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from conftest import Monitor
from pytest_httpserver import HTTPServer
from test_end_to_end import NEW_COMMANDER
from test_review import logged, serve_page

from monitor.store import MIGRATIONS, Store, utcnow


def test_timeline_prints_each_value_from_until_with_its_evidence(site: HTTPServer, monitor: Monitor) -> None:
    serve_page(site, monitor, NEW_COMMANDER)
    monitor.run("check")
    url = site.url_for("/news/change")
    periods = monitor.json_lines("timeline", "--slot", "commander", "--json")
    assert [(p["value"], p["from"], p["until"]) for p in periods] == [
        ("Dany Fortin", "2018-11-05", "2026-05-20"), ("Anna Lindqvist", "2026-05-20", None)]
    assert periods[1]["url"] == url and periods[1]["change_id"] == logged(monitor)["commander"]["id"]
    text = monitor.run("timeline", "--slot", "commander").stdout.splitlines()
    assert text[0] == "commander (commander):"
    assert text[2].split() == ["Anna", "Lindqvist", "2026-05-20", "..", "now", f"<{url}>",
                               "(change", f"#{periods[1]['change_id']})"]
    everything = monitor.run("timeline").stdout
    assert everything.index("commander (commander):") < everything.index("advised institutions")
    assert "Counter-Terrorism Service" in everything

    monitor.run("review", "reject", str(logged(monitor)["commander"]["id"]), "--note", "wrong")
    periods = monitor.json_lines("timeline", "--slot", "commander", "--json")
    assert [(p["value"], p["from"], p["until"]) for p in periods] == [("Dany Fortin", "2018-11-05", None)]

    unknown = monitor.run("timeline", "--slot", "comander", check=False)
    assert unknown.returncode == 2 and 'did you mean "commander"' in unknown.stderr


def test_the_migration_fills_the_history_of_a_database_logged_before_it(tmp_path: Path) -> None:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    steps = Migrations("mandate-monitor")
    for step in MIGRATIONS[:4]:
        steps()(step)
    steps.apply(Database(conn))
    conn.execute("PRAGMA user_version = 4")
    conn.execute("INSERT INTO changes (id, slot, kind, old, new, as_of, url) VALUES "
                 "(1, 'commander', 'changed', 'Dany Fortin', 'Anna Lindqvist', '2026-05-20', 'http://a/1')")
    conn.execute("INSERT INTO baseline (slot, key, value, as_of, url, quote, change_id) VALUES "
                 "('commander', 'lindqvist', 'Anna Lindqvist', '2026-05-20', 'http://a/1', 'q', 1)")
    conn.commit()
    conn.close()
    with Store.open(path) as store:
        rows = [(r["value"], r["since"], r["until"], r["change_id"], r["ended_by"]) for r in store.history_rows()]
        assert rows == [("Dany Fortin", None, "2026-05-20", None, 1), ("Anna Lindqvist", "2026-05-20", None, 1, None)]
        undone = store.undo_change(store.change(1), utcnow())
    assert undone == {"removed": ["Anna Lindqvist"], "restored": ["Dany Fortin"], "kept": []}

