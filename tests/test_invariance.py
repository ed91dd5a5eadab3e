"""Invariance and direction, CheckList-style: each template of ``bench/perturb.py`` states one fact,
and whoever states it (a person of any nation, any rank spelling, a second person), however dated, with
whatever harmless phrase inserted and however the mission is named, the fact stays; the directional
templates (future, modal, negation, history) move its role as they say. The dimensions are the bench's
own lists; hypothesis draws a few combinations per template, the same ones every run."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor.facts import extract_facts
from monitor.models import Document

_BENCH = Path(__file__).resolve().parent.parent / "bench" / "perturb.py"
_spec = importlib.util.spec_from_file_location("perturb", _BENCH)
assert _spec is not None and _spec.loader is not None
perturb = importlib.util.module_from_spec(_spec)
sys.modules["perturb"] = perturb  # (dataclasses look their module up)
_spec.loader.exec_module(perturb)

PROFILES = perturb.load_profiles()


def _facts(case):
    document = Document("http://perturb.test/a", "", case.paragraphs, perturb.PUBLISHED, date_source="meta")
    return extract_facts(document, PROFILES[case.template.profile])


BASE_FACTS = {t.id: _facts(perturb.render(t, perturb._base(t))) for t in perturb.TEMPLATES}
BASES = {t.id: perturb.shape(BASE_FACTS[t.id], perturb.tested_slots(t)) for t in perturb.TEMPLATES}


@pytest.mark.parametrize("template", perturb.TEMPLATES, ids=[t.id for t in perturb.TEMPLATES])
@settings(derandomize=True, max_examples=3, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_the_fact_survives_who_and_how_it_is_written(template, data) -> None:
    choice = perturb._base(template)
    for dimension, values in perturb.dimension_values(template).items():
        choice[dimension] = data.draw(st.sampled_from(values), label=dimension)
    case = perturb.render(template, choice)
    facts = _facts(case)
    ok, why = perturb.check(case, facts, BASES[template.id])
    assert ok, (f"{' // '.join(case.paragraphs)}\n  {why}\n  got: "
                + ("; ".join(f"{f.slot}={f.value}[{f.role}]" for f in facts) or "nothing"))


def test_every_base_sentence_states_its_fact() -> None:
    """The templates' own sentences pass: a failure of the test above is the perturbation's."""
    for template in perturb.TEMPLATES:
        case = perturb.render(template, perturb._base(template))
        ok, why = perturb.check(case, BASE_FACTS[template.id])
        assert ok, f"{template.id}: {' // '.join(case.paragraphs)}: {why}"


@pytest.mark.parametrize("trap", [
    # a name-shaped word that is nobody, a rank alone, a nationality that is a contingent, a date that is history
    "The UN General Assembly took note of NATO Mission Iraq's work on Thursday.",
    "A Lieutenant General from Sweden will be chosen to lead NATO Mission Iraq, officials said.",
    "Lt Gen Erik Lindqvist of the Swedish Armed Forces took command of Sweden's contingent in NATO Mission Iraq.",
    "On 12.03.2020, Lt Gen Erik Lindqvist took command of NATO Mission Iraq.",
    "BAGHDAD (Reuters) - Lt Gen Erik Lindqvist - a former paratrooper - may take command of NATO Mission Iraq.",
])
def test_traps_the_perturbations_must_not_spring(trap: str) -> None:
    document = Document("http://perturb.test/t", "", (trap,), perturb.PUBLISHED, date_source="meta")
    facts = extract_facts(document, PROFILES["nmi"])
    assert not [f for f in facts if f.slot == "commander" and (f.role or "current") == "current"], facts
