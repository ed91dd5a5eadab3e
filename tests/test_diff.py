"""The diff rules of DESIGN section 5, on plain data."""
from __future__ import annotations

from datetime import date

import pytest

from monitor.diff import Held, Origin, diff_facts
from monitor.models import Fact
from monitor.profile import load_profile
from monitor.textutil import fold

PROFILE = load_profile("nato_mission_iraq")
PRESS = Origin("http://press.example/a", "press", "Daily Defence", date(2020, 11, 24), official=False)
OFFICIAL = Origin("http://nato.example/a", "nato", "NATO", date(2020, 11, 24), official=True)


def fact(slot: str, value: str, role: str = "current", as_of: date = date(2020, 11, 24),
         number: float | None = None) -> Fact:
    key = str(int(number)) if number is not None else fold(value.split()[-1] if slot == "commander" else value)
    return Fact(slot=slot, value=value, key=key, quote=f"A sentence about {value}.", role=role, as_of=as_of,
                number=number)


def held(slot: str, value: str, as_of: date, number: float | None = None, change_id: int | None = None) -> Held:
    f = fact(slot, value, as_of=as_of, number=number)
    return Held(slot, f.key, value, as_of, "http://seed.example/", f.quote, number, change_id)


COMMANDER = {"commander": [held("commander", "Jennie Carignan", date(2019, 11, 26))]}


def test_a_newer_document_naming_another_commander_changes_it() -> None:
    result = diff_facts(COMMANDER, [fact("commander", "Per Pugholm Olsen")], PRESS, PROFILE)
    (change,) = result.changes
    assert (change.slot, change.kind, change.old, change.new) == ("commander", "changed", "Jennie Carignan",
                                                                  "Per Pugholm Olsen")
    assert change.confidence == "reported"
    assert [h.value for h in result.hold] == ["Per Pugholm Olsen"] and result.drop == [("commander", "carignan")]


def test_an_older_article_never_moves_the_commander_back() -> None:
    baseline = {"commander": [held("commander", "Per Pugholm Olsen", date(2020, 11, 24))]}
    old = Origin("http://press.example/b", "press", "Daily Defence", date(2019, 12, 15), official=False)
    result = diff_facts(baseline, [fact("commander", "Jennie Carignan", as_of=date(2019, 12, 15))], old, PROFILE)
    assert result.changes == [] and result.hold == []


def test_a_retold_appointment_dated_in_its_sentence_is_history() -> None:
    # a 2020 article: "Carignan assumed command of NMI in November 2019"
    baseline = {"commander": [held("commander", "Per Pugholm Olsen", date(2020, 11, 24))]}
    result = diff_facts(baseline, [fact("commander", "Jennie Carignan", as_of=date(2019, 11, 1))], PRESS, PROFILE)
    assert result.changes == []


def test_the_same_person_named_more_fully_is_no_change() -> None:
    baseline = {"commander": [held("commander", "Jose Antonio", date(2023, 5, 24))]}
    later = fact("commander", "José Antonio Agüero", as_of=date(2023, 6, 1))
    result = diff_facts(baseline, [Fact(**{**later.__dict__, "key": "aguero"})], PRESS, PROFILE)
    assert result.changes == [] and len(result.corroborations) == 1


@pytest.mark.parametrize("stored, written", [("Jørgen Bækgaard", "Jorgen Baekgaard"),
                                             ("Paweł Wróbelski", "Pawel Wrobelski"),
                                             ("Mert Kılıç", "Mert Kilic"), ("Mert Kilic", "Mert Kılıç")])
def test_a_name_written_without_its_own_letters_is_no_change(stored: str, written: str) -> None:
    # the key a database holds from before these letters were folded ("bækgaard") is read again from its value
    baseline = {"commander": [Held("commander", stored.split()[-1].lower(), stored, date(2023, 5, 24),
                                   "http://seed.example/", f"{stored} took command.", None)]}
    result = diff_facts(baseline, [fact("commander", written, as_of=date(2023, 6, 1))], PRESS, PROFILE)
    assert result.changes == []


def test_previous_and_future_commanders_change_nothing() -> None:
    facts = [fact("commander", "Dany Fortin", role="previous"), fact("commander", "Per Pugholm Olsen", role="future")]
    assert diff_facts(COMMANDER, facts, PRESS, PROFILE).changes == []


def test_silence_is_not_removal_and_an_explicit_end_is() -> None:
    baseline = {"advised_institution": [held("advised_institution", "Ministry of Defence", date(2018, 11, 5)),
                                        held("advised_institution", "Ministry of Interior", date(2023, 8, 18))]}
    silent = diff_facts(baseline, [fact("advised_institution", "Ministry of Defence")], PRESS, PROFILE)
    assert silent.changes == [] and silent.drop == []
    ended = diff_facts(baseline, [fact("advised_institution", "Ministry of Interior", role="removed",
                                       as_of=date(2024, 2, 1))], PRESS, PROFILE)
    (change,) = ended.changes
    assert (change.kind, change.old, change.new) == ("removed", "Ministry of Interior", None)
    assert ended.drop == [("advised_institution", "ministry of interior")] and ended.hold == []


def test_an_end_no_newer_than_the_last_statement_that_a_value_holds_removes_nothing() -> None:
    baseline = {"advised_institution": [held("advised_institution", "Ministry of Interior", date(2023, 8, 18))]}
    for day in (date(2020, 11, 24), date(2023, 8, 18)):  # history retold; or equally dated: the statement stands
        ended = fact("advised_institution", "Ministry of Interior", role="removed", as_of=day)
        assert diff_facts(baseline, [ended], PRESS, PROFILE).changes == []


def test_equally_dated_statements_of_a_single_valued_slot_settle_on_one_value_in_any_order() -> None:
    day = date(2026, 5, 20)
    base = {"commander": [held("commander", "Jennie Carignan", date(2019, 11, 26))]}
    olsen, lindqvist = fact("commander", "Per Pugholm Olsen", as_of=day), fact("commander", "Anna Lindqvist", as_of=day)
    for first, second in ((olsen, lindqvist), (lindqvist, olsen)):
        after_first = {"commander": diff_facts(base, [first], PRESS, PROFILE).hold}
        result = diff_facts(after_first, [second], OFFICIAL, PROFILE)
        final = (result.hold or after_first["commander"])[-1]
        assert final.value == "Anna Lindqvist"  # the folded key first: "lindqvist" before "olsen"
    # the same person named more fully on the same day: the fuller naming is held
    short = {"commander": [held("commander", "Lindqvist", day)]}
    (fuller,) = diff_facts(short, [lindqvist], PRESS, PROFILE).hold
    assert (fuller.value, fuller.key) == ("Anna Lindqvist", "lindqvist")


def test_a_new_institution_is_added_and_history_fills_gaps_silently() -> None:
    facts = [fact("advised_institution", "Counter-Terrorism Service"),
             fact("advised_institution", "Prime Minister's National Operations Centre", role="historical")]
    result = diff_facts({}, facts, OFFICIAL, PROFILE)
    added = [(c.kind, c.new, c.confidence) for c in result.changes]
    assert added == [("added", "Counter-Terrorism Service", "confirmed")]
    assert {h.value for h in result.hold} == {"Counter-Terrorism Service",
                                              "Prime Minister's National Operations Centre"}


def test_an_undated_document_changes_nothing() -> None:
    undated = Origin("http://press.example/c", "press", "Daily Defence", None, official=False)
    result = diff_facts(COMMANDER, [fact("commander", "Sample Person"), fact("advised_institution", "Ministry of Oil")],
                        undated, PROFILE)
    assert result.changes == [] and result.hold == []


def test_sizes_within_tolerance_are_the_same_size() -> None:
    baseline = {"personnel": [held("personnel", "about 580", date(2019, 12, 15), number=580)]}
    for value, number in (("roughly 500", 500), ("several hundred", None)):
        f = fact("personnel", value, number=number)
        assert diff_facts(baseline, [f], PRESS, PROFILE).changes == [], value
    (change,) = diff_facts(baseline, [fact("personnel", "around 4,000", number=4000)], PRESS, PROFILE).changes
    assert (change.old, change.new) == ("about 580", "around 4,000")


def test_the_last_status_in_a_document_wins_among_equal_dates() -> None:
    baseline = {"status": [held("status", "suspended", date(2020, 1, 4))]}
    facts = [fact("status", "suspended", as_of=date(2020, 6, 4)), fact("status", "resumed", as_of=date(2020, 6, 4))]
    (change,) = diff_facts(baseline, facts, OFFICIAL, PROFILE).changes
    assert (change.old, change.new) == ("suspended", "resumed")


def test_a_known_value_from_another_outlet_corroborates_the_change_that_brought_it() -> None:
    baseline = {"status": [held("status", "suspended", date(2020, 1, 4), change_id=7)]}
    result = diff_facts(baseline, [fact("status", "suspended", as_of=date(2020, 1, 6))], PRESS, PROFILE)
    assert result.changes == []
    ((known, evidence),) = result.corroborations
    assert known.change_id == 7 and evidence.value == "suspended"


def test_a_new_decision_is_an_event_logged_once() -> None:
    decision = Fact("decision", "2023-08-17 North Atlantic Council: scope extended", "north atlantic council|2023-08",
                    "quote", as_of=date(2023, 8, 17))
    first = diff_facts({}, [decision], OFFICIAL, PROFILE)
    assert [c.kind for c in first.changes] == ["added"]
    again = diff_facts({"decision": first.hold}, [decision], PRESS, PROFILE)
    assert again.changes == []


def test_a_decision_is_who_took_it_and_when_so_a_retelling_is_the_same_decision() -> None:
    taken = diff_facts({}, [Fact("decision", "2021-02-18 Defence Ministers: expand NMI", "defence ministers|2021-02",
                                 "quote", as_of=date(2021, 2, 18))], OFFICIAL, PROFILE)
    held = {"decision": taken.hold}
    # the body named more briefly, or as the parent organisation (key without a body), the same month
    for key in ("ministers|2021-02", "|2021-02"):
        retold = Fact("decision", "2021-02-01 Ministers: grow the mission to 4,000", key, "other words",
                      as_of=date(2021, 2, 1))
        result = diff_facts(held, [retold], PRESS, PROFILE)
        assert result.changes == [] and [h.key for h, _ in result.corroborations] == ["defence ministers|2021-02"]
    # another body, or another month: another decision
    for key in ("foreign ministers|2021-02", "defence ministers|2021-06", "|2021-06"):
        other = Fact("decision", "2021-06-10 Ministers: something else", key, "quote", as_of=date(2021, 6, 10))
        assert [c.kind for c in diff_facts(held, [other], PRESS, PROFILE).changes] == ["added"]


def test_a_continuing_statement_corroborates_a_running_mission_and_changes_nothing() -> None:
    # "NMI said there have been no interruptions to its training"
    going_on = fact("status", "active", role="continuing")
    for running in ("active", "resumed"):
        baseline = {"status": [held("status", running, date(2020, 6, 4), change_id=7)]}
        result = diff_facts(baseline, [going_on], OFFICIAL, PROFILE)
        assert result.changes == [] and result.drop == []
        assert [h.value for h, _ in result.corroborations] == [running]
    for stopped in ("suspended", "relocated"):  # "will remain in place" while suspended: no resumption
        baseline = {"status": [held("status", stopped, date(2020, 1, 4))]}
        result = diff_facts(baseline, [going_on], OFFICIAL, PROFILE)
        assert result.changes == [] and result.hold == [] and result.corroborations == []
    assert diff_facts({}, [going_on], OFFICIAL, PROFILE).changes == []  # nor does it start a status


def test_a_status_stated_beside_a_continuing_one_still_changes_it() -> None:
    # "NATO's mission is continuing, but training activities are temporarily suspended."
    baseline = {"status": [held("status", "active", date(2019, 6, 1))]}
    facts = [fact("status", "active", role="continuing"), fact("status", "suspended")]
    (change,) = diff_facts(baseline, facts, OFFICIAL, PROFILE).changes
    assert (change.old, change.new) == ("active", "suspended")
