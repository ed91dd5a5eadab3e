"""The docs are part of the product: every command has help text and a README entry."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from monitor.cli import cli
from monitor.kinds import SOURCE_KINDS

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()


def test_every_command_has_help_and_a_readme_section() -> None:
    for name, command in cli.commands.items():
        assert command.help and command.help.strip(), name
        assert f"### `monitor {name}" in README, name
        result = CliRunner().invoke(cli, [name, "--help"])
        assert result.exit_code == 0 and "Usage:" in result.output


def test_every_source_option_is_documented() -> None:
    for kind in SOURCE_KINDS.values():
        assert f"`{kind.name}`" in README
        for option in kind.all_options:
            assert f"| `{option}` |" in README, option


def test_the_first_screen_gives_make_run_and_make_test() -> None:
    first_screen = "\n".join(README.splitlines()[:15])
    assert "make run" in first_screen and "make test" in first_screen


def test_the_seed_shipped_in_the_package_is_the_one_in_db_seed() -> None:
    root = Path(__file__).resolve().parent.parent
    for copy in (root / "db" / "seed").iterdir():
        assert (root / "monitor" / "seed" / copy.name).read_bytes() == copy.read_bytes(), copy.name


def test_every_alert_key_is_documented_and_every_channel_has_a_sender() -> None:
    from monitor.config import ALERT_SETTINGS
    from monitor.kinds import CHANNEL_KINDS
    from monitor.notify import SENDERS

    assert set(SENDERS) == set(CHANNEL_KINDS)
    for setting in ALERT_SETTINGS:
        assert f"| `{setting.name}` |" in README, setting.name
    for kind in CHANNEL_KINDS.values():
        for option in kind.options:
            assert f"\n{option} = " in README, (kind.name, option)
