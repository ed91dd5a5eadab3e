"""Configuration: parsed once into frozen dataclasses; every error names file, table and key."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from conftest import Monitor

from monitor.config import SETTINGS, load_config, parse_duration, parse_size
from monitor.errors import ConfigError

GOOD = """
[settings]
database = "data/watch.db"
concurrency = 4
host_delay = "500ms"
interval = "30m"

[mission]
profile = "nato_mission_iraq"

[[sources]]
name = "nato-nmi"
url = "https://www.nato.int/cps/en/natohq/topics_166936.htm"
kind = "page"
authority = "official"
interval = "6h"
selector = "div.content"

[[sources]]
name = "press"
url = "https://example.org/feed.xml"
kind = "feed"
keywords = ["NATO Mission Iraq", "NMI"]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(text)
    return path


def test_a_good_config_is_parsed_into_frozen_dataclasses(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, GOOD))
    assert config.settings.database == tmp_path / "data" / "watch.db"  # relative to the file's folder
    assert config.settings.host_delay == 0.5 and config.settings.interval == 1800
    assert config.settings.max_bytes == 10 * 1024 * 1024
    nmi, press = config.sources
    assert nmi.official and nmi.interval == 6 * 3600 and nmi.selector == "div.content"
    assert press.kind == "feed" and press.authority == "press" and press.keywords == ("NATO Mission Iraq", "NMI")
    assert config.interval_of(press) == 1800
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.settings.concurrency = 3  # type: ignore[misc]


def test_a_config_without_sources_is_valid(tmp_path: Path) -> None:
    assert load_config(write(tmp_path, "[settings]\nconcurrency = 2\n")).sources == ()


@pytest.mark.parametrize("text, expected", [
    ('[settings]\nconcurency = 4\n', '[settings] key "concurency": unknown key; did you mean "concurrency"?'),
    ('[[sources]]\nname = "a"\nurl = "https://x.org/"\nintervall = "1h"\n',
     '[[sources]] #1 ("a") key "intervall": unknown key; did you mean "interval"?'),
    ('[[sources]]\nname = "a"\nurl = "https://x.org/"\n[[sources]]\nname = "a"\nurl = "https://y.org/"\n',
     "[[sources]] #2 (\"a\") key \"name\": duplicate source name 'a' (also source #1)"),
    ('[[sources]]\nname = "a"\nurl = "ftp://x.org/feed"\n',
     '[[sources]] #1 ("a") key "url": expected an http:// or https:// URL, got \'ftp://x.org/feed\''),
    ('[[sources]]\nname = "a"\nurl = "https://x.org/"\nkind = "feeds"\n',
     "[[sources]] #1 (\"a\") key \"kind\": unknown kind 'feeds'; did you mean \"feed\"? (one of page, feed, listing)"),
    ('[settings]\ninterval = "5 minutes"\n',
     '[settings] key "interval": expected a duration like "90s", "30m", "6h" or "1d", got \'5 minutes\''),
    ('[[sources]]\nname = "a"\nurl = "https://x.org/"\nauthority = "gov"\n',
     '[[sources]] #1 ("a") key "authority": expected one of official, press, got \'gov\''),
    ('[[sources]]\nname = "a"\nurl = "https://x.org/"\nlink_selector = "a"\n',
     '[[sources]] #1 ("a") key "link_selector": unknown key'),
    ('[[sources]]\nurl = "https://x.org/"\n', '[[sources]] #1 key "name": missing'),
    ('[settings]\nconcurrency = 0\n', '[settings] key "concurrency": expected a whole number of at least 1, got 0'),
    ('[sources]\nname = "a"\n', '[[sources]]: expected an array of tables'),
    ('[setings]\n', 'top level key "setings": unknown key; did you mean "settings"?'),
    ('[settings\n', 'not valid TOML'),
])
def test_config_errors_name_file_table_and_key(tmp_path: Path, text: str, expected: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(path) in info.value.message
    assert expected in info.value.message


def test_a_missing_explicit_config_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="configuration file not found"):
        load_config(tmp_path / "nope.toml")
    assert load_config(tmp_path / "nope.toml", explicit=False).sources == ()


def test_bad_config_exits_2_with_one_paragraph_and_no_traceback(monitor: Monitor) -> None:
    monitor.config.write_text('[[sources]]\nname = "a"\nurl = "https://x.org/"\nkind = "rss"\n')
    for command in (["check"], ["sources"], ["log"]):
        result = monitor.run(*command, check=False)
        assert result.returncode == 2, command
        assert "Traceback" not in result.stderr
        assert result.stderr.startswith("error: ") and "unknown kind 'rss'" in result.stderr
        assert result.stderr.strip().count("\n") == 0


def test_durations_and_sizes() -> None:
    assert [parse_duration(v) for v in ("90s", "30m", "6h", "1d", "250ms", 5)] == [90, 1800, 21600, 86400, 0.25, 5]
    assert parse_size("10MiB") == 10 * 1024**2 and parse_size("500KB") == 500_000 and parse_size(2048) == 2048
    for bad in ("5 minutes", "1w", "", True, -1):
        with pytest.raises(ValueError):
            parse_duration(bad)


def test_every_setting_is_documented_in_the_readme() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    for setting in SETTINGS:
        assert f"`{setting.name}`" in readme, setting.name


@pytest.mark.parametrize("text, expected", [
    ('[alerts.email]\nhost = "h"\nsender = "m@x.org"\nto = ["a@x.org"]\nsecurty = "ssl"\n',
     '[alerts.email] key "securty": unknown key; did you mean "security"?'),
    ('[alerts.email]\nsender = "m@x.org"\nto = ["a@x.org"]\n', '[alerts.email] key "host": missing'),
    ('[alerts.email]\nhost = "h"\nsender = "m@x.org"\nto = ["a@x.org"]\nsecurity = "tls"\n',
     "expected starttls, ssl or none, got 'tls'"),
    ('[alerts.email]\nhost = "h"\nsender = "monitor"\nto = ["a@x.org"]\n', "expected an email address"),
    ('[alerts]\nmin_confidence = "sure"\n', "expected one of reported, confirmed, got 'sure'"),
    ('[alerts.teams]\nurl = "x"\n', '[alerts] key "teams": unknown key'),
])
def test_alert_config_errors(tmp_path: Path, text: str, expected: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(write(tmp_path, text))
    assert expected in info.value.message


def test_a_secret_pasted_into_the_file_is_never_echoed(tmp_path: Path) -> None:
    secret = "https://hooks.slack.com/services/T000/B000/XXXXSECRET"
    with pytest.raises(ConfigError) as info:
        load_config(write(tmp_path, f'[alerts.slack]\nwebhook_url_env = "{secret}"\n'))
    assert "XXXXSECRET" not in info.value.message and "not shown" in info.value.message


def test_alert_channels_parse_with_their_defaults(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, '[alerts.email]\nhost = "smtp.x.org"\nsecurity = "ssl"\n'
                                         'sender = "m@x.org"\nto = "desk@x.org"\n[alerts.slack]\n'
                                         'webhook_url_env = "HOOK"\n'))
    email, slack = config.alerts.channels
    assert (email.port, email.to, email.password_env) == (465, ("desk@x.org",), None)
    assert slack.webhook_url_env == "HOOK" and config.alerts.min_confidence == "reported"
