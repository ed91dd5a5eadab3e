"""Reviews end to end: the real CLI on a real SQLite file, a real HTTP server for the article and a
real SMTP server for the alerts a review holds, rewrites or cancels."""
from __future__ import annotations

from conftest import Monitor, SMTPServer, article_page
from pytest_httpserver import HTTPServer
from test_end_to_end import NEW_COMMANDER, Page
from test_notify import setup

from monitor.diff import Change, DiffResult, Held, withhold_rejected


def serve_page(site: HTTPServer, monitor: Monitor, paragraphs: list[str]) -> Page:
    page = Page(article_page("New commander for NATO Mission Iraq", paragraphs, published="2026-05-21"))
    site.expect_request("/news/change").respond_with_handler(page)
    monitor.write_config([{"name": "press", "url": site.url_for("/news/change"), "kind": "page"}])
    monitor.seed()
    return page


def logged(monitor: Monitor) -> dict[str, dict]:
    return {c["slot"]: c for c in monitor.json_lines("log", "--json")}


def baseline(monitor: Monitor) -> dict[str, list[str]]:
    held: dict[str, list[str]] = {}
    for fact in monitor.json_lines("facts", "--json"):
        held.setdefault(fact["slot"], []).append(fact["value"])
    return held


def test_a_rejected_change_is_undone_kept_in_the_log_and_never_raised_again_by_its_article(
        site: HTTPServer, monitor: Monitor) -> None:
    page = serve_page(site, monitor, NEW_COMMANDER)
    monitor.run("check")
    changes = logged(monitor)
    commander, institution = changes["commander"], changes["advised_institution"]
    assert baseline(monitor)["commander"] == ["Anna Lindqvist"]
    waiting = {c["id"] for c in monitor.json_lines("review", "--json")}
    assert waiting == {commander["id"], institution["id"]}

    out = monitor.run("review", "reject", str(commander["id"]), "--note", "a deputy, not the commander",
                      "--by", "alice").stdout
    assert "rejected by alice" in out and "'Dany Fortin' current again" in out
    held = baseline(monitor)
    assert held["commander"] == ["Dany Fortin"]  # the value before it is current again
    assert "Counter-Terrorism Service" in held["advised_institution"]  # the other slot's change stays
    facts = {f["slot"]: f for f in monitor.json_lines("facts", "--json")}
    assert facts["commander"]["as_of"] == "2018-11-05" and "army-technology.com" in facts["commander"]["url"]

    record = logged(monitor)["commander"]
    assert (record["review"], record["reviewed_by"], record["review_note"]) == (
        "rejected", "alice", "a deputy, not the commander")
    assert record["reviewed_at"].endswith("Z")
    assert logged(monitor)["advised_institution"]["review"] is None
    assert "rejected by alice on" in monitor.run("log").stdout
    assert [c["id"] for c in monitor.json_lines("review", "--json")] == [institution["id"]]

    # the article is edited and read again: the same claim from it is not raised again
    page.html = article_page("New commander for NATO Mission Iraq", [*NEW_COMMANDER, "Officials gave no details."],
                             published="2026-05-21")
    assert "text changed" in monitor.run("check").stdout
    assert [c["slot"] for c in monitor.json_lines("log", "--json")].count("commander") == 1
    assert baseline(monitor)["commander"] == ["Dany Fortin"]

    monitor.run("review", "accept", str(institution["id"]), "--by", "bob")
    assert logged(monitor)["advised_institution"]["review"] == "accepted"
    assert monitor.run("review").stdout.strip() == "no changes waiting for review"
    trail = monitor.query("SELECT change_id, verdict, reviewed_by, note FROM reviews ORDER BY id")
    assert [tuple(r) for r in trail] == [(commander["id"], "rejected", "alice", "a deputy, not the commander"),
                                         (institution["id"], "accepted", "bob", None)]


def test_an_accepted_change_may_be_rejected_but_a_rejected_one_not_accepted(site: HTTPServer, monitor: Monitor) -> None:
    serve_page(site, monitor, NEW_COMMANDER)
    monitor.run("check")
    commander = logged(monitor)["commander"]
    unknown = monitor.run("review", "accept", "999", check=False)
    assert unknown.returncode == 1 and "no change #999" in unknown.stderr and "Traceback" not in unknown.stderr
    monitor.run("review", "accept", str(commander["id"]), env={"LOGNAME": "carol"})  # --by: the login name
    assert logged(monitor)["commander"]["reviewed_by"] == "carol"
    monitor.run("review", "reject", str(commander["id"]), "--note", "wrong after all", "--by", "bob")  # allowed
    assert baseline(monitor)["commander"] == ["Dany Fortin"]
    again = monitor.run("review", "accept", str(commander["id"]), check=False)
    assert again.returncode == 1 and "was rejected" in again.stderr
    assert monitor.run("review", "reject", str(commander["id"]), check=False).returncode == 2  # --note is required


def test_after_review_holds_each_alert_until_the_change_is_accepted(site: HTTPServer, monitor: Monitor,
                                                                   smtp: SMTPServer) -> None:
    setup(site, monitor, smtp, alerts="after_review = true")
    monitor.run("check")
    assert smtp.mailbox.messages == []
    changes = logged(monitor)
    assert changes["commander"]["alerted"] == [] and changes["commander"]["deliveries"] == {}

    out = monitor.run("review", "accept", str(changes["commander"]["id"]), "--by", "alice").stdout
    assert "alerts: 2 sent" in out
    (message,) = smtp.mailbox.messages
    assert message["Subject"] == "[NATO Mission Iraq] Leadership change: Dany Fortin -> Anna Lindqvist"
    monitor.run("review", "reject", str(changes["advised_institution"]["id"]), "--note", "not in the text")
    monitor.run("check")
    monitor.run("alerts", "deliver")
    assert len(smtp.mailbox.messages) == 1  # the rejected change never alerts
    assert logged(monitor)["commander"]["alerted"] == ["email", "slack"]


def test_a_rejected_change_leaves_the_unsent_alert_and_a_lone_one_is_cancelled(site: HTTPServer, monitor: Monitor,
                                                                                smtp: SMTPServer) -> None:
    slack = setup(site, monitor, smtp)
    monitor.run("check", "--no-deliver")
    changes = logged(monitor)
    out = monitor.run("review", "reject", str(changes["commander"]["id"]), "--note", "wrong").stdout
    assert "cancelled" not in out  # the alert still carries the institution
    monitor.run("alerts", "deliver")
    (message,) = smtp.mailbox.messages
    assert message["Subject"] == "[NATO Mission Iraq] Scope expanded: + Counter-Terrorism Service"
    assert "Lindqvist" not in message.get_body(("plain",)).get_content() and len(slack.posts) == 1
    changes = logged(monitor)
    assert changes["commander"]["deliveries"] == {} and changes["advised_institution"]["alerted"] == ["email", "slack"]


def test_a_rejected_change_alone_in_its_alert_cancels_it(site: HTTPServer, monitor: Monitor,
                                                         smtp: SMTPServer) -> None:
    setup(site, monitor, smtp, paragraphs=NEW_COMMANDER[:2])
    monitor.run("check", "--no-deliver")
    commander = logged(monitor)["commander"]
    out = monitor.run("review", "reject", str(commander["id"]), "--note", "wrong").stdout
    assert "2 unsent alert deliveries cancelled" in out
    assert "0 sent, 0 pending" in monitor.run("alerts", "deliver").stdout
    assert smtp.mailbox.messages == []
    assert logged(monitor)["commander"]["deliveries"] == {"email": "cancelled", "slack": "cancelled"}


def test_withholding_a_rejected_claim_keeps_the_value_it_would_replace() -> None:
    held = {"commander": [Held("commander", "fortin", "Dany Fortin", None, "u", "q")]}
    result = DiffResult(changes=[Change("commander", "changed", "Dany Fortin", "Anna Lindqvist", "q", "reported", None),
                                 Change("area", "added", None, "Erbil", "q", "reported", None)],
                        hold=[Held("commander", "lindqvist", "Anna Lindqvist", None, "u", "q"),
                              Held("area", "erbil", "Erbil", None, "u", "q")],
                        drop=[("commander", "fortin")])
    rejected = [{"slot": "commander", "kind": "changed", "old": "Dany Fortin", "new": "Anna Lindqvist"}]
    left = withhold_rejected(result, rejected, held)
    assert [c.slot for c in left.changes] == ["area"] and [h.slot for h in left.hold] == ["area"]
    assert left.drop == []
    assert withhold_rejected(result, [], held) is result
