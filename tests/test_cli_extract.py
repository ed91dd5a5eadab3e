"""`monitor extract`: the real CLI on a text file, an HTML file, stdin and a URL on 127.0.0.1.

The fact engine is rewritten independently of this command, so these tests assert only on a fact
every version reads: "NATO Mission Iraq advises the Iraqi Ministry of Defence." (advised_institution).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import Monitor, article_page
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

ADVISES = "NATO Mission Iraq advises the Iraqi Ministry of Defence."
KEYS = {"slot", "value", "role", "as_of", "quote"}


@pytest.fixture
def cli(monitor: Monitor) -> Monitor:
    monitor.write_config([], settings={"user_agent": "extract-test/1.0 (+http://example.org)"})
    return monitor


def facts_of(result: subprocess.CompletedProcess[str]) -> list[dict[str, Any]]:
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def advised(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [f for f in facts if f["slot"] == "advised_institution" and "Ministry of Defence" in f["value"]]


def one_error_line(result: subprocess.CompletedProcess[str], code: int) -> str:
    assert result.returncode == code, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def test_a_plain_text_file_is_read_as_paragraphs_with_the_given_date(cli: Monitor, tmp_path: Path) -> None:
    text = tmp_path / "case.txt"
    # a single newline inside a paragraph is a space; blank lines separate paragraphs
    text.write_text("NMI at work\n\nNATO Mission Iraq advises the Iraqi\nMinistry of Defence.\n\n"
                    "The weather in Baghdad was mild.\n", encoding="utf-8")

    facts = facts_of(cli.run("extract", "--json", "--date", "2026-11-02", str(text), check=False))
    assert all(KEYS <= set(f) for f in facts)
    found = advised(facts)
    assert found, facts
    assert found[0]["as_of"] == "2026-11-02"
    assert "Iraqi Ministry of Defence" in found[0]["quote"]
    assert not cli.db.exists()  # nothing is stored


def test_plain_output_has_a_line_per_fact_and_its_quote(cli: Monitor, tmp_path: Path) -> None:
    text = tmp_path / "case.txt"
    text.write_text(ADVISES + "\n", encoding="utf-8")

    lines = cli.run("extract", "--date", "2026-11-02", str(text)).stdout.splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith("advised_institution")
                 and "Ministry of Defence" in line)
    assert lines[index].endswith(", 2026-11-02)")
    assert lines[index + 1].startswith("    ") and ADVISES in lines[index + 1]


def test_without_a_date_facts_are_undated(cli: Monitor, tmp_path: Path) -> None:
    text = tmp_path / "case.txt"
    text.write_text(ADVISES + "\n", encoding="utf-8")

    found = advised(facts_of(cli.run("extract", "--json", str(text), check=False)))
    assert found and found[0]["as_of"] is None


def test_a_text_without_facts_says_so(cli: Monitor, tmp_path: Path) -> None:
    text = tmp_path / "case.txt"
    text.write_text("The weather in Baghdad was mild.\n", encoding="utf-8")

    assert cli.run("extract", str(text)).stdout.strip() == "no facts"
    assert cli.run("extract", "--json", str(text)).stdout.strip() == ""


def test_an_html_file_gives_the_main_text_and_the_page_date_wins(cli: Monitor, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(article_page("NMI at work", [ADVISES], published="2024-05-01",
                                 comments=["NATO Mission Iraq advises the Iraqi Ministry of Interior."]),
                    encoding="utf-8")

    facts = facts_of(cli.run("extract", "--json", "--date", "2026-11-02", str(page), check=False))
    found = advised(facts)
    assert found and found[0]["as_of"] == "2024-05-01"
    assert not [f for f in facts if "Interior" in f["value"]]  # a reader comment is not main text


def test_html_is_recognised_by_its_content_and_dated_by_date_when_undated(cli: Monitor, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(article_page("NMI at work", [ADVISES], published=None), encoding="utf-8")

    found = advised(facts_of(cli.run("extract", "--json", "--date", "2026-11-02", str(page), check=False)))
    assert found and found[0]["as_of"] == "2026-11-02"
    assert "<p>" not in found[0]["quote"]


def test_a_dash_reads_standard_input(cli: Monitor) -> None:
    command = [sys.executable, "-m", "monitor", "--config", str(cli.config), "extract", "--json", "--date",
               "2026-11-02", "-"]
    env = {k: v for k, v in os.environ.items() if k != "MONITOR_CONFIG"}
    result = subprocess.run(command, input=ADVISES + "\n", capture_output=True, text=True, timeout=120,
                            cwd=cli.folder, env=env)
    found = advised(facts_of(result))
    assert found and found[0]["as_of"] == "2026-11-02"


def test_a_url_is_fetched_politely_and_nothing_is_stored(site: HTTPServer, cli: Monitor) -> None:
    seen: list[str] = []

    def page(request: Request) -> Response:
        seen.append(request.headers.get("User-Agent", ""))
        return Response(article_page("NMI at work", [ADVISES], published="2024-05-01"),
                        content_type="text/html; charset=utf-8")

    site.expect_request("/nmi").respond_with_handler(page)

    found = advised(facts_of(cli.run("extract", "--json", site.url_for("/nmi"), check=False)))
    assert found and found[0]["as_of"] == "2024-05-01"
    assert seen == ["extract-test/1.0 (+http://example.org)"]
    assert [r.path for r, _ in site.log][:1] == ["/robots.txt"]
    assert not cli.db.exists()


def test_a_url_disallowed_by_robots_txt_is_not_fetched(httpserver: HTTPServer, cli: Monitor) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /\n",
                                                               content_type="text/plain")
    line = one_error_line(cli.run("extract", httpserver.url_for("/nmi"), check=False), 1)
    assert "robots.txt" in line
    assert [r.path for r, _ in httpserver.log] == ["/robots.txt"]


def test_an_http_error_is_one_line_naming_the_url(site: HTTPServer, cli: Monitor) -> None:
    url = site.url_for("/gone")
    line = one_error_line(cli.run("extract", url, check=False), 1)
    assert url in line and "404" in line


def test_a_missing_file_exits_1(cli: Monitor, tmp_path: Path) -> None:
    line = one_error_line(cli.run("extract", str(tmp_path / "nope.txt"), check=False), 1)
    assert "nope.txt" in line


@pytest.mark.parametrize("value", ["2026-13-01", "yesterday", "02/11/2026"])
def test_a_bad_date_is_a_usage_error(cli: Monitor, tmp_path: Path, value: str) -> None:
    text = tmp_path / "case.txt"
    text.write_text(ADVISES + "\n", encoding="utf-8")
    line = one_error_line(cli.run("extract", "--date", value, str(text), check=False), 2)
    assert "--date" in line and value in line


def test_an_unknown_profile_is_a_usage_error(cli: Monitor, tmp_path: Path) -> None:
    text = tmp_path / "case.txt"
    text.write_text(ADVISES + "\n", encoding="utf-8")
    line = one_error_line(cli.run("extract", "--profile", "no_such_mission", str(text), check=False), 2)
    assert "no_such_mission" in line and "nato_mission_iraq" in line


def test_the_profile_defaults_to_the_configuration(monitor: Monitor, tmp_path: Path) -> None:
    monitor.write_config([], extra='\n[mission]\nprofile = "no_such_mission"\n')
    text = tmp_path / "case.txt"
    text.write_text(ADVISES + "\n", encoding="utf-8")

    assert "no_such_mission" in one_error_line(monitor.run("extract", str(text), check=False), 2)
    named = facts_of(monitor.run("extract", "--json", "--profile", "nato_mission_iraq", str(text), check=False))
    assert advised(named)
