"""The second built-in profile, NATO's Kosovo Force (KFOR): the same engine and language files as
NATO Mission Iraq, only the profile differs. Realistic KFOR news sentences, and the guarantee that
an article about one mission gives the other nothing."""
from __future__ import annotations

from datetime import date

import pytest

from monitor.facts import extract_facts
from monitor.models import Document, Fact
from monitor.profile import builtin_profiles, load_profile

KFOR = load_profile("kfor")
NMI = load_profile("nato_mission_iraq")
PUBLISHED = date(2025, 10, 10)


def facts(text: str, profile=KFOR, published: date = PUBLISHED, title: str = "") -> list[Fact]:
    paragraphs = tuple(p.strip() for p in text.split("\n\n") if p.strip())
    return extract_facts(Document(url="http://example.org/kfor", title=title, paragraphs=paragraphs,
                                  published=published), profile)


def of(found: list[Fact], slot: str) -> set[tuple[str, str]]:
    """(value, role) of every fact of one slot."""
    return {(f.value, f.role) for f in found if f.slot == slot}


def describe(found: list[Fact]) -> str:
    return "\n".join(f"  {f.slot} = {f.value!r} [{f.role}] as of {f.as_of}" for f in found) or "  (none)"


# -- the profile itself --------------------------------------------------------------------------

def test_kfor_is_a_builtin_profile_with_its_names_and_the_contract_slots() -> None:
    assert "kfor" in builtin_profiles() and "nato_mission_iraq" in builtin_profiles()
    assert KFOR.name == "Kosovo Force"
    assert {"KFOR", "NATO's Kosovo Force", "NATO-led Kosovo Force",
            "NATO's peacekeeping mission in Kosovo"} <= set(KFOR.aliases)
    assert {"commander", "status", "personnel", "area", "partner", "legal_basis", "established",
            "nature", "decision"} <= set(KFOR.slots)
    assert KFOR.slots["commander"].frames == "command" and KFOR.slots["status"].frames == "status"
    assert KFOR.categories["commander"] == "leadership" and KFOR.categories["personnel"] == "size"


def test_feeds_follow_kfor_entries_and_not_nmi_ones() -> None:
    assert KFOR.is_mentioned("New commander for KFOR")
    assert KFOR.is_mentioned("NATO sends more peacekeepers to Kosovo after clashes")  # NATO ... Kosovo
    assert not KFOR.is_mentioned("New commander for NATO Mission Iraq")
    assert not NMI.is_mentioned("New commander for KFOR")


# -- change of command ---------------------------------------------------------------------------

def test_handed_over_command_of_kfor_to() -> None:
    found = facts("Maj Gen Özkan Ulutaş handed over command of KFOR to Maj Gen Enrico Barduani at a ceremony "
                  "at Camp Film City in Pristina on Friday.")
    assert of(found, "commander") == {("Enrico Barduani", "current"), ("Özkan Ulutaş", "previous")}, describe(found)


def test_an_italian_major_general_assumed_command_of_the_kosovo_force_on_a_date() -> None:
    found = facts("Italian Major General Enrico Barduani assumed command of the Kosovo Force on 10 October "
                  "during a ceremony attended by NATO's Deputy Secretary General.")
    assert of(found, "commander") == {("Enrico Barduani", "current")}, describe(found)
    assert next(f for f in found if f.slot == "commander").as_of == date(2025, 10, 10)


def test_took_over_command_of_kfor_from() -> None:
    found = facts("Maj Gen Enrico Barduani took over command of KFOR from Maj Gen Özkan Ulutaş on Friday, "
                  "becoming the force's 29th commander.")
    assert of(found, "commander") == {("Enrico Barduani", "current"), ("Özkan Ulutaş", "previous")}, describe(found)


def test_replaced_as_commander_of_kfor() -> None:
    found = facts("Turkish Major General Özkan Ulutaş replaced Maj Gen Ferenc Kajári as commander of KFOR.")
    assert of(found, "commander") == {("Özkan Ulutaş", "current"), ("Ferenc Kajári", "previous")}, describe(found)


@pytest.mark.parametrize("text", [
    "KFOR commander Maj Gen Enrico Barduani said the force would stay vigilant in the north of Kosovo.",
    "Maj Gen Enrico Barduani, the commander of NATO's Kosovo Force, said the situation remained calm but fragile.",
    "The commander of KFOR, Maj Gen Enrico Barduani, met Prime Minister Albin Kurti in Pristina.",
    "NATO's peacekeeping mission in Kosovo is led by Maj Gen Enrico Barduani of the Italian Army.",
    "KFOR's new commander, Maj Gen Enrico Barduani, visited troops at Camp Bondsteel on Tuesday.",
])
def test_the_commander_named_in_passing(text: str) -> None:
    found = facts(text)
    assert of(found, "commander") == {("Enrico Barduani", "current")}, describe(found)


def test_a_handover_article_with_references_and_an_eulex_side_story() -> None:
    text = "\n\n".join([
        "PRISTINA - NATO's Kosovo Force held a change of command ceremony at Camp Film City on Friday.",
        "Maj Gen Özkan Ulutaş, who had led the mission since October 2024, handed over to Maj Gen Enrico "
        "Barduani.",
        '"The mission remains essential for a safe and secure environment and freedom of movement for all '
        'communities," Barduani said.',
        "EULEX, the EU's rule of law mission, separately announced that Col Marco Rossi had taken command of "
        "its formed police unit.",
        "KFOR currently comprises some 4,500 troops from 30 Allied and partner countries, operating under UN "
        "Security Council Resolution 1244.",
    ])
    found = facts(text)
    assert ("Enrico Barduani", "current") in of(found, "commander"), describe(found)
    assert ("Özkan Ulutaş", "current") not in of(found, "commander")
    assert not any("Rossi" in f.value for f in found), describe(found)
    assert of(found, "personnel") == {("some 4,500", "current")}
    assert of(found, "legal_basis") == {("UN Security Council Resolution 1244", "current")}
    assert {"safe and secure environment", "freedom of movement"} <= {v for v, _ in of(found, "nature")}
    assert of(found, "partner") == set(), describe(found)  # "partner countries" names no partner


def test_an_old_change_of_command_retold_is_history() -> None:
    found = facts("Maj Gen Özkan Ulutaş succeeded Maj Gen Angelo Michele Ristuccia at the head of KFOR "
                  "on 11 October 2024.")
    assert ("Özkan Ulutaş", "current") not in of(found, "commander"), describe(found)
    assert ("Özkan Ulutaş", "historical") in of(found, "commander")


def test_an_announced_commander_is_future_and_a_rumoured_one_nothing() -> None:
    announced = facts("Maj Gen Enrico Barduani will take command of KFOR next month.")
    assert of(announced, "commander") == {("Enrico Barduani", "future")}, describe(announced)
    rumoured = facts("Italy is expected to nominate Maj Gen Enrico Barduani as the next KFOR commander.")
    assert of(rumoured, "commander") == set(), describe(rumoured)


@pytest.mark.parametrize("text", [
    "Maj Gen Lars Vik handed over command of NATO's peacekeeping mission in Kosovo to Maj Gen Ece Öztürk on Friday.",
    "Maj Gen Ece Öztürk will take command of the NATO-led peacekeeping force in Kosovo in October.",
    "Maj Gen Ece Öztürk stepped down as commander of NATO's peacekeeping mission in Kosovo on Friday.",
])
def test_the_nature_in_the_forces_own_name_takes_no_tone_of_the_command(text: str) -> None:
    found = facts(text)
    assert not {role for _, role in of(found, "nature")} - {"current"}, describe(found)
    assert of(found, "commander"), describe(found)


def test_the_nature_said_of_the_force_keeps_its_tone() -> None:
    found = facts("KFOR is no longer a peacekeeping mission, its commander said.")
    assert of(found, "nature") == {("peace-support", "removed")}, describe(found)


# -- traps: someone else's post, someone else's mission ------------------------------------------

@pytest.mark.parametrize("text", [
    "Brig Gen Tamás Kovács, deputy commander of KFOR, visited Camp Bondsteel on Tuesday.",
    "KFOR Deputy Commander Brig Gen Tamás Kovács met local leaders in Mitrovica.",
])
def test_the_deputy_commander_is_not_the_commander(text: str) -> None:
    found = facts(text)
    assert of(found, "commander") == set(), describe(found)


@pytest.mark.parametrize("text", [
    "EULEX head Giovanni Pietro Barbano said the rule-of-law mission would continue to support the Kosovo Police.",
    "The EU rule-of-law mission EULEX will keep a formed police unit in the north. Brig Gen Anna Weber took "
    "command of the mission's police unit on Monday, and the mission has 400 staff.",
    "The Kosovo Security Force commander, Lt Gen Bashkim Jashari, said the KSF would reach 5,000 active members.",
    "Serbian Armed Forces chief of staff Gen Milan Mojsilović said 4,000 soldiers had been raised to the highest "
    "level of combat readiness.",
])
def test_other_actors_give_kfor_nothing(text: str) -> None:
    found = facts(text)
    assert found == [], describe(found)


def test_an_article_about_nato_mission_iraq_gives_kfor_nothing() -> None:
    found = facts("Lt Gen Erik Lindqvist assumed command of NATO Mission Iraq on Monday.")
    assert found == [], describe(found)
    article = """NATO Mission Iraq held a change of command ceremony in Baghdad on Monday.

Lt Gen Erik Lindqvist assumed command of NATO Mission Iraq from Maj Gen Christophe Hintzy.

The mission has about 500 personnel and advises the Iraqi Ministry of Defence."""
    found = facts(article, title="New commander for NATO Mission Iraq")
    assert found == [], describe(found)


def test_nmi_named_beside_kfor_gives_kfor_nothing_from_the_nmi_clause() -> None:
    found = facts("Lt Gen Erik Lindqvist assumed command of NATO Mission Iraq on Monday, while KFOR marked its "
                  "anniversary in Pristina.")
    assert of(found, "commander") == set(), describe(found)


def test_an_article_about_kfor_gives_nmi_nothing() -> None:
    found = facts("Maj Gen Stefano Rinaldi took command of NATO's Kosovo Force (KFOR) on Friday.", profile=NMI)
    assert found == [], describe(found)
    found = facts("Maj Gen Stefano Rinaldi took command of NATO's Kosovo Force (KFOR) on Friday. The mission has "
                  "about 4,500 troops.", profile=NMI)
    assert found == [], describe(found)


# -- size, basis, founding, nature, area, partners -----------------------------------------------

def test_personnel_figures_and_a_reinforcement_that_is_not_the_size() -> None:
    found = facts("KFOR currently consists of about 4,500 troops provided by 30 countries.")
    assert [(f.value, f.number, f.role) for f in found if f.slot == "personnel"] == [("about 4,500", 4500.0, "current")]
    found = facts("More than 4,500 KFOR troops from 30 countries serve in Kosovo.")
    assert of(found, "personnel") == {("more than 4,500", "current")}, describe(found)
    reinforcement = facts("NATO deployed an additional 700 troops to KFOR after the clashes in Banjska.")
    assert of(reinforcement, "personnel") == set(), describe(reinforcement)
    national = facts("The alliance approved the deployment of 200 Turkish soldiers to KFOR. NATO's Kosovo Force "
                     "numbers about 4,800 troops.")
    assert of(national, "personnel") == {("about 4,800", "current")}, describe(national)


def test_legal_basis_founding_and_nature() -> None:
    found = facts("KFOR was established in June 1999 under UN Security Council Resolution 1244 to maintain a safe "
                  "and secure environment and freedom of movement for all communities in Kosovo.")
    assert of(found, "legal_basis") == {("UN Security Council Resolution 1244", "current")}, describe(found)
    assert of(found, "established") == {("1999", "current")}
    assert of(found, "nature") == {("safe and secure environment", "current"), ("freedom of movement", "current")}
    found = facts("KFOR operates under UNSCR 1244 and the Military Technical Agreement.")
    assert {v for v, _ in of(found, "legal_basis")} == {"UN Security Council Resolution 1244",
                                                        "Military Technical Agreement"}
    found = facts("KFOR has been in Kosovo since June 1999.")
    assert of(found, "established") == {("1999", "current")}, describe(found)


def test_areas_and_partners() -> None:
    found = facts("NATO's Kosovo Force (KFOR) has about 4,500 troops and is headquartered at Camp Film City "
                  "in Pristina.")
    assert {v for v, _ in of(found, "area")} == {"Camp Film City", "Pristina"}, describe(found)
    found = facts("The NATO-led peacekeeping force in Kosovo increased patrols in the north of Kosovo after the "
                  "attack, working closely with EULEX and the Kosovo Police.")
    assert {v for v, _ in of(found, "area")} == {"north of Kosovo"}, describe(found)
    assert {v for v, _ in of(found, "partner")} == {"EULEX", "Kosovo Police"}
    assert ("peace-support", "current") in of(found, "nature")
    found = facts("KFOR troops based at Camp Bondsteel near Novo Selo reinforced their presence in Mitrovica.")
    assert {"Camp Bondsteel", "Mitrovica"} <= {v for v, _ in of(found, "area")}, describe(found)


def test_the_language_place_frames_read_kfor_too() -> None:
    # a camp closed and handed over is a place left; a base set up near a place is a place the force works in
    found = facts("KFOR shut down Camp Vrelo and handed the compound over to the Kosovo Police last week.")
    assert of(found, "area") == {("Camp Vrelo", "removed")}, describe(found)
    found = facts("KFOR has set up a forward patrol base near Zubin Potok, the force said.")
    assert ("Zubin Potok", "current") in of(found, "area"), describe(found)
    found = facts("KFOR opened a temporary outpost close to the Bernjak crossing on Tuesday.")
    assert ("Bernjak", "current") in of(found, "area"), describe(found)
    # a plan is no place yet, and where patrols were suspended is none
    found = facts("KFOR could set up a base near Jarinje, a diplomat said.")
    assert not of(found, "area"), describe(found)
    found = facts("KFOR has suspended its patrols in Bistrica after the clashes.")
    assert ("Bistrica", "current") not in of(found, "area"), describe(found)
    # (a town the profile lists is read by its area rule wherever a preposition of place stands before
    # it, "suspended its patrols in Leposavić" too: the rule does not see the stop; left as it is)


def test_a_nationality_before_the_rank_of_the_predecessor() -> None:
    found = facts("Major General Özkan Ulutaş replaced Hungarian Major General Ferenc Kajári as commander of KFOR.")
    assert of(found, "commander") == {("Özkan Ulutaş", "current"), ("Ferenc Kajári", "previous")}, describe(found)


def test_a_modifier_before_the_mission_name() -> None:
    found = facts("Outgoing KFOR commander Maj Gen Özkan Ulutaş thanked the troops.")
    assert of(found, "commander") == {("Özkan Ulutaş", "previous")}, describe(found)


def test_moving_some_troops_within_kosovo_is_no_relocation() -> None:
    found = facts("KFOR moved additional troops to the north of Kosovo after the attack in Banjska.")
    assert of(found, "status") == set(), describe(found)


def test_the_commanders_title_named_by_the_profile() -> None:
    found = facts("COMKFOR Maj Gen Enrico Barduani met the Serbian liaison team.")
    assert of(found, "commander") == {("Enrico Barduani", "current")}, describe(found)
    found = facts("Maj Gen Enrico Barduani, COMKFOR, met the Serbian liaison team.")
    assert of(found, "commander") == {("Enrico Barduani", "current")}, describe(found)


@pytest.mark.parametrize(("text", "expected"), [
    ("KFOR's headcount now stands at 4,800, NATO said.", {("4,800", "current")}),
    ("KFOR, with a strength of some 4,700, patrols the north.", {("some 4,700", "current")}),
    ("KFOR, which had 50,000 troops in 1999, now has about 4,500.", {("about 4,500", "current")}),
    ("KFOR's strength is 30 percent higher than planned.", set()),
])
def test_a_size_without_a_troops_noun(text: str, expected: set[tuple[str, str]]) -> None:
    found = facts(text)
    assert of(found, "personnel") == expected, describe(found)


@pytest.mark.parametrize("text, expected", [
    ("Maj Gen Paolo Neri, a former KFOR commander, was appointed head of Italy's Joint Operations Command.",
     {("Paolo Neri", "previous")}),
    ("Il generale di divisione Zoltán Kovács ha assunto il comando della missione KFOR a Pristina, subentrando "
     "al generale italiano Davide Marchetti.", {("Zoltán Kovács", "current"), ("Davide Marchetti", "previous")}),
    ("PRISTINA - Two months after taking command of KFOR, Major General Zoltán Kovács says the force has no "
     "intention of reducing its presence in the north.", {("Zoltán Kovács", "current")}),
    ("Colonel James Whitaker took over Regional Command-East, KFOR's US-led component, at Camp Bondsteel.", set()),
    # the force named in Italian, French and Dutch ("la missione NATO in Kosovo", "la force de l'OTAN au Kosovo")
    ("Il generale di brigata Marco Neri ha assunto il comando della missione NATO in Kosovo (KFOR), subentrando al "
     "generale ungherese Zoltán Kovács.", {("Marco Neri", "current"), ("Zoltán Kovács", "previous")}),
    ("Le général de brigade Paul Girard a pris le commandement de la mission de l'OTAN au Kosovo (KFOR).",
     {("Paul Girard", "current")}),
    ("Le général de division Paul Girard a été désigné pour prendre le commandement de la KFOR au printemps.",
     {("Paul Girard", "future")}),
    ("Il generale Marco Rossi ha assunto il comando della missione NATO in Kosovo, subentrando al generale "
     "Ferenc Kajári.", {("Marco Rossi", "current"), ("Ferenc Kajári", "previous")}),
    ("Le général de division Pierre Lenoir a pris le commandement de la mission de l'OTAN au Kosovo.",
     {("Pierre Lenoir", "current")}),
    ("De Italiaanse generaal Marco Rossi heeft het commando over de NAVO-missie in Kosovo overgenomen.",
     {("Marco Rossi", "current")}),
    # a surname alone after a country's possessive, or after the force and its post
    ("Hungarian Maj Gen Zoltán Kovács took over KFOR from Italy's Marchetti on Friday.",
     {("Zoltán Kovács", "current"), ("Marchetti", "previous")}),
    ("The Serbian army's chief of staff met KFOR commander Kovács in Raška.", {("Kovács", "current")}),
    ("Le général Paul Girard a pris le commandement de la brigade franco-allemande, a indiqué la KFOR.", set()),
])
def test_command_in_passing_in_other_shapes_and_languages(text: str, expected: set[tuple[str, str]]) -> None:
    found = facts(text)
    assert of(found, "commander") == expected, describe(found)


# -- misc5 (blind set 5): the other NATO mission named by its place, a contingent's commander, a
# country's own contribution, the towns of the north -----------------------------------------------

@pytest.mark.parametrize("text", [
    "KFOR marked its anniversary in Pristina. In Baghdad, Lt Gen Omar Haddad leads the alliance's Iraq mission, "
    "which has about 900 personnel.",
    "KFOR has about 4,500 troops. NATO's Iraq mission, commanded by Lt Gen Ana Ribeiro, was suspended last week.",
    "KFOR patrols the north. Maj Gen Pietro Conti took command of the alliance's Afghan mission on Monday.",
    "KFOR held an exercise. NATO's Baltic mission, which has 1,200 troops, is led by Maj Gen Jan Novak.",
])
def test_another_nato_mission_named_by_its_place_gives_kfor_nothing(text: str) -> None:
    found = facts(text)
    assert of(found, "commander") == set() and of(found, "status") == set(), describe(found)
    assert not [f for f in found if f.slot == "personnel" and f.number != 4500], describe(found)


def test_the_alliances_kosovo_mission_is_still_kfor() -> None:
    found = facts("Maj Gen Pietro Conti took command of the alliance's Kosovo mission on Monday.")
    assert ("Pietro Conti", "current") in of(found, "commander"), describe(found)
    found = facts("KFOR held a ceremony in Pristina. Maj Gen Pietro Conti took command of the alliance's NATO-led "
                  "mission on Monday.")
    assert ("Pietro Conti", "current") in of(found, "commander"), describe(found)


@pytest.mark.parametrize("text", [
    "Lt Col Arben Hoxha, commander of the Albanian contingent in KFOR, handed over to Lt Col Drita Kola.",
    "Colonel Jan Novak, head of the Czech helicopter unit at KFOR, handed over to Lt Col Petr Dvorak on Friday.",
    "Colonel Ana Lopes, commander of KFOR's Portuguese battalion, passed command to Lt Col Rui Costa.",
])
def test_a_contingents_commander_handing_over_is_not_kfors(text: str) -> None:
    found = facts(text)
    assert of(found, "commander") == set(), describe(found)


def test_kfors_commander_handing_over_is() -> None:
    found = facts("Maj Gen Stefano Rinaldi, commander of KFOR, handed over to Maj Gen Özkan Ulutaş on Friday.")
    assert {("Özkan Ulutaş", "current"), ("Stefano Rinaldi", "previous")} <= of(found, "commander"), describe(found)


@pytest.mark.parametrize("text", [
    "Austria suspended the deployment of its KFOR reinforcements after a vote in parliament.",
    "Germany has halted the rotation of its KFOR troops for the winter.",
    "Poland paused its KFOR contribution, the defence ministry said.",
])
def test_a_country_stopping_its_own_contribution_is_no_suspension_of_kfor(text: str) -> None:
    found = facts(text)
    assert of(found, "status") == set(), describe(found)


def test_nato_suspending_kfors_patrols_is() -> None:
    found = facts("NATO suspended KFOR's patrols in the north after the clashes.")
    assert ("suspended", "current") in of(found, "status"), describe(found)


@pytest.mark.parametrize(("text", "place"), [
    ("KFOR has deployed a company to Leposavić to reinforce its presence in the north.", "Leposavić"),
    ("KFOR troops set up a checkpoint near the Jarinje crossing point.", "Jarinje"),
    ("KFOR soldiers patrol in the municipality of Zubin Potok.", "Zubin Potok"),
    ("KFOR has stationed troops in Zvečan since the riots.", "Zvečan"),
])
def test_the_towns_and_crossings_of_the_north_are_areas(text: str, place: str) -> None:
    found = facts(text)
    assert place in {value for value, _ in of(found, "area")}, describe(found)


def test_a_town_named_without_presence_is_no_area() -> None:
    found = facts("KFOR's commander met the mayor of Leposavić and the police chief of Zubin Potok.")
    assert {value for value, _ in of(found, "area")} == set(), describe(found)


def test_a_name_without_rank_before_who_commanded_kfor() -> None:
    found = facts("Gábor Kovács, who commanded KFOR until August, has been appointed chief of the Hungarian "
                  "defence staff.")
    assert ("Gábor Kovács", "previous") in of(found, "commander"), describe(found)
    assert not {role for _, role in of(found, "commander")} & {"current", "future"}, describe(found)


# -- art6: the force referred back to, in every language, and page shapes ------------------------

@pytest.mark.parametrize(("text", "size"), [
    ("Maj Gen Anna Berg took command of KFOR on Monday. The force now has about 4,600 troops.", "4,600"),
    ("Le général Paul Morand a pris le commandement de la KFOR. La force compte environ 4 300 soldats.", "4,300"),
    ("Il generale Marco Rossi ha assunto il comando di KFOR. L'Italia torna alla guida della missione, "
     "che conta circa 3.900 militari.", "3,900"),
    ("El general Juan Pérez asumió el mando de la KFOR. La fuerza cuenta con unos 4.500 efectivos.", "4,500"),
    ("De Griekse generaal Nikos Papas nam het commando over KFOR over. De vredesmacht telt zo'n 4.400 militairen.",
     "4,400"),
])
def test_the_force_named_back_in_the_next_sentence_is_kfor(text: str, size: str) -> None:
    found = facts(text)
    assert any(size in value and role == "current" for value, role in of(found, "personnel")), describe(found)


def test_a_force_that_is_not_kfor_is_no_reference() -> None:
    found = facts("KFOR patrols the north.\n\nThe force of the protests surprised the Kosovo Police, which has "
                  "300 officers there. La police a dû recourir à la force contre 200 manifestants.")
    assert of(found, "personnel") == set(), describe(found)


def test_a_whos_who_bulletin_gives_each_mission_its_own_line() -> None:
    found = facts("Who's who in the Balkans\n\nEULEX Kosovo: Ms Anna Lind (Sweden).\n\nEUFOR Althea: Maj Gen Karl "
                  "Brandt (Austria); about 1,100 troops.\n\nKFOR: Maj Gen Pal Nagy (Hungary); about 4,700 troops.\n\n"
                  "NATO Mission Iraq – commander: Lt Gen Ivo Petrov (Bulgaria); about 900 personnel.")
    assert of(found, "commander") == {("Pal Nagy", "current")}, describe(found)
    assert {value for value, _ in of(found, "personnel")} == {"about 4,700"}, describe(found)


# -- cmd7: command snippets --------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "holder", "role"), [
    # a list of the post's holders: the last one, of the clause's time; those it includes, history
    ("Germany has provided four KFOR commanders since 1999, most recently Lt Gen Karl Brandt in 2019.",
     "Karl Brandt", "historical"),
    ("Hungary has given KFOR more commanders than any other new member, the latest being Maj Gen Pal Nagy, "
     "who took over in October.", "Pal Nagy", "current"),
    ("KFOR's past commanders include Lt Gen Marco Rossi and Maj Gen Erik Sand.", "Marco Rossi", "historical"),
])
def test_a_list_of_kfors_commanders(text: str, holder: str, role: str) -> None:
    found = facts(text)
    assert (holder, role) in of(found, "commander"), describe(found)


def test_a_list_of_another_forces_commanders_is_not_kfors() -> None:
    found = facts("While KFOR patrols the north, EUFOR's commanders have included Maj Gen Karl Brandt.")
    assert of(found, "commander") == set(), describe(found)


def test_the_parents_count_of_peacekeepers_names_kfor_and_its_size() -> None:
    found = facts("A Norwegian admiral now commands NATO's roughly 4,300 peacekeepers in Kosovo. Rear Admiral "
                  "Ingrid Solberg took over on Tuesday from Maj Gen Pal Nagy.")
    assert ("Ingrid Solberg", "current") in of(found, "commander"), describe(found)
    assert ("Pal Nagy", "previous") in of(found, "commander"), describe(found)
    assert any("4,300" in value for value, _ in of(found, "personnel")), describe(found)


def test_relevo_with_a_time_after_the_verb() -> None:
    found = facts("El general Juan Pérez relevó este lunes al general húngaro Pal Nagy al frente de la KFOR.")
    assert of(found, "commander") == {("Juan Pérez", "current"), ("Pal Nagy", "previous")}, describe(found)


def test_the_parents_strong_force_in_kosovo_is_kfor_and_its_size() -> None:
    found = facts("The alliance's 4,300-strong force in Kosovo stepped up patrols near Jarinje on Sunday.")
    assert any("4,300" in value and role == "current" for value, role in of(found, "personnel")), describe(found)


# -- branch sss7: the force itself, not one of its units or activities ----------------------------

@pytest.mark.parametrize("text", [
    "KFOR's new Multinational Battle Group East was set up in 2024 at Camp Bondsteel.",
    "A KFOR liaison office was established in 2023 in North Mitrovica.",
    "KFOR, the force whose new battalion was deployed in 2024, patrols the north.",
])
def test_a_unit_of_kfor_set_up_is_no_founding_of_kfor(text: str) -> None:
    assert of(facts(text), "established") == set(), describe(facts(text))


@pytest.mark.parametrize("text", [
    "KFOR, a NATO-led operation first deployed in June 1999, patrols the north.",
    "NATO's Kosovo Force was established in June 1999.",
    "KFOR, which was set up in 1999, keeps about 4,500 troops in Kosovo.",
])
def test_the_force_set_up_is_its_founding(text: str) -> None:
    assert ("1999", "current") in of(facts(text), "established"), describe(facts(text))


@pytest.mark.parametrize("text", [
    "KFOR has suspended joint exercises with the Kosovo Security Force after the incident.",
    "KFOR halted its contacts with the Serbian army on Monday.",
    "The NATO-led force has paused joint patrols with the Kosovo Police in the north. KFOR said it would review them.",
])
def test_an_activity_shared_with_others_stopped_is_no_status_of_kfor(text: str) -> None:
    assert of(facts(text), "status") == set(), describe(facts(text))


def test_kfor_stopping_its_own_patrols_is_still_a_status() -> None:
    found = facts("KFOR has suspended its patrols in the north after the attack.")
    assert ("suspended", "current") in of(found, "status"), describe(found)


@pytest.mark.parametrize("text", [
    "KFOR opera sulla base della risoluzione 1244 delle Nazioni Unite.",
    "La KFOR agit en vertu de la résolution 1244 du Conseil de sécurité.",
    "La KFOR actúa conforme a la resolución 1244 de la ONU.",
    "KFOR opereert op basis van resolutie 1244 van de VN-Veiligheidsraad.",
])
def test_resolution_1244_in_the_other_languages(text: str) -> None:
    assert {v for v, _ in of(facts(text), "legal_basis")} == {"UN Security Council Resolution 1244"}, \
        describe(facts(text))


@pytest.mark.parametrize("text", [
    "KFOR troops patrolled the north on Friday.\n\nThe 4,300-strong NATO-led force has stepped up patrols.",
    "KFOR reinforced its presence in Zvecan. The 4,300-strong NATO peacekeeping force said the area was calm.",
])
def test_the_force_named_back_after_its_size(text: str) -> None:
    assert ("4,300", "current") in of(facts(text), "personnel"), describe(facts(text))


def test_another_forces_size_before_force_is_not_kfors() -> None:
    found = facts("KFOR troops patrolled the north. The Serbian army's 20,000-strong force was put on alert.")
    assert of(found, "personnel") == set(), describe(found)


@pytest.mark.parametrize("text, size", [
    ("La misión de la OTAN en Kosovo cuenta con unos tres mil ochocientos militares.", "3,800"),
    ("La KFOR conta circa quattromilacento militari.", "4,100"),
    ("KFOR har omkring fire tusind syv hundrede soldater.", "4,700"),
])
def test_number_words_compose_for_kfor(text: str, size: str) -> None:
    assert any(size in v for v, _ in of(facts(text), "personnel")), describe(facts(text))


@pytest.mark.parametrize("text", [
    "Spain withdrew its troops from KFOR in 2009.",
    "L'Espagne a retiré ses troupes de la KFOR en 2009.",
    "Italia ha ritirato le sue truppe dalla KFOR nel 2010.",
])
def test_a_contributor_withdrawing_its_troops_is_no_status_of_kfor(text: str) -> None:
    assert of(facts(text, published=date(2030, 1, 1)), "status") == set(), describe(facts(text))


# -- misc8: blind set 8 (English, every slot but the commander) -----------------------------------

@pytest.mark.parametrize(("text", "place"), [
    # a part of a place before it: "the four municipalities of", "the vicinity of the"
    ("KFOR has reinforced its presence in the three municipalities of northern Kosovo.", "north of Kosovo"),
    ("KFOR troops are stationed in the vicinity of the Jarinje crossing.", "Jarinje"),
    ("KFOR increased its presence around the villages of the north of Kosovo.", "north of Kosovo"),
    # a whole said first, then a part of it
    ("KFOR patrols throughout Kosovo, including in the north of Kosovo, the force said.", "north of Kosovo"),
    ("KFOR troops are deployed across Kosovo, especially in northern Kosovo.", "north of Kosovo"),
    # the place said first, then the force's presence there
    ("In northern Kosovo, KFOR has doubled its patrols.", "north of Kosovo"),
    ("Across the north of Kosovo, KFOR troops have set up new checkpoints.", "north of Kosovo"),
    # "presence" is a word of the force's area
    ("KFOR has a presence in northern Kosovo.", "north of Kosovo"),
    ("KFOR increased its presence near Brnjak.", "Brnjak"),
])
def test_parts_of_the_north_and_places_said_first_are_areas(text: str, place: str) -> None:
    found = facts(text)
    assert place in {value for value, _ in of(found, "area")}, describe(found)


@pytest.mark.parametrize("text", [
    "In the north of Kosovo, the EU police mission increased its presence.",
    "KFOR said tensions rose in the municipalities of northern Kosovo.",
    "In the north of Kosovo, tensions rose; KFOR said nothing.",
])
def test_the_north_named_without_the_forces_presence_is_no_area(text: str) -> None:
    found = facts(text)
    assert "north of Kosovo" not in {value for value, _ in of(found, "area")}, describe(found)


@pytest.mark.parametrize("text", [
    "Deployed in June 1999 under a UN Security Council mandate, KFOR remains a peace-support operation.",
    "Deployed in 1999 under UN Security Council Resolution 1244, KFOR still has about 4,500 troops.",
    "First deployed in June 1999 after the Kumanovo agreement, the force now counts 4,600 soldiers.\n\nKFOR said so.",
    "Deployed in June 1999 to end the war and let the refugees return home, KFOR is still in Kosovo.",
])
def test_a_fronted_deployment_with_a_long_phrase_is_the_founding(text: str) -> None:
    assert "1999" in {value for value, _ in of(facts(text), "established")}, describe(facts(text))


def test_a_fronted_deployment_of_a_unit_is_no_founding() -> None:
    found = facts("Deployed in 2023 with a mandate from the North Atlantic Council, "
                  "the reserve battalion supports KFOR.")
    assert of(found, "established") == set(), describe(found)


@pytest.mark.parametrize("text", [
    "NATO announced that 200 British soldiers arrived to reinforce KFOR. They come in addition to the UK contingent "
    "in Kosovo, which already numbers 400 soldiers.",
    "Poland will add 50 troops to its contingent in KFOR, which now counts 250 soldiers.",
    "Hungary's battalion in KFOR, which numbers some 400 troops, took over the northern sector.",
])
def test_a_count_in_a_relative_clause_on_a_contingent_is_not_kfors(text: str) -> None:
    assert of(facts(text), "personnel") == set(), describe(facts(text))


def test_kfor_in_a_relative_clause_of_its_own_gives_its_size() -> None:
    found = facts("KFOR, which numbers about 4,500 troops, patrols the north.")
    assert {value for value, _ in of(found, "personnel")} == {"about 4,500"}, describe(found)


@pytest.mark.parametrize(("text", "size"), [
    ("A Hungarian now heads NATO's 25-year-old Kosovo mission, to which some four thousand troops contribute.",
     "4,000"),
    ("NATO's decades-old Kosovo force has about 4,500 troops.", "4,500"),
    ("The North Atlantic Treaty Organisation's peacekeeping force in Kosovo has about 4,600 troops.", "4,600"),
])
def test_the_alliances_kosovo_mission_with_its_age_or_the_british_spelling(text: str, size: str) -> None:
    assert any(size in value for value, _ in of(facts(text), "personnel")), describe(facts(text))


@pytest.mark.parametrize("text", [
    "Türkiye is second among the 27 countries with soldiers in KFOR.",
    "Italy is first among the 28 nations with troops in KFOR.",
    "Of the 30 allies with peacekeepers in KFOR, Germany sends the most.",
])
def test_a_count_of_countries_with_troops_in_kfor_is_no_size(text: str) -> None:
    assert of(facts(text), "personnel") == set(), describe(facts(text))


def test_a_share_of_kfors_troops_still_gives_the_total() -> None:
    found = facts("Britain contributes 63 of the 4,300 troops in KFOR.")
    assert {value for value, _ in of(found, "personnel")} == {"4,300"}, describe(found)


@pytest.mark.parametrize("text", [
    "After Serbian forces withdrew in June 1999, NATO deployed its peacekeeping force, KFOR, into Kosovo.",
    "When the fighting stopped, the alliance sent its peacekeeping mission, KFOR, to Kosovo.",
    "Once the war had ended, KFOR began its peace-support operation.",
])
def test_an_ending_in_a_fronted_background_clause_ends_nothing_of_kfor(text: str) -> None:
    found = facts(text)
    assert not [f for f in found if f.slot == "nature" and f.role == "removed"], describe(found)


def test_an_ending_in_the_main_clause_after_a_fronted_one_still_ends() -> None:
    found = facts("After a review in May, NATO Mission Iraq no longer advises the Ministry of Oil.", profile=NMI)
    assert ("Ministry of Oil", "removed") in of(found, "advised_institution"), describe(found)


@pytest.mark.parametrize("text", [
    "Hungarian Maj Gen Ferenc Kajári handed over the NATO-led peacekeeping force in Kosovo "
    "to Turkish Maj Gen Özkan Ulutaş.",
    "Lt Gen Marco Bellini handed over the NATO-led peacekeeping mission in Kosovo to Polish Maj Gen Tomasz Nowak.",
    "KFOR's outgoing commander handed over the peace-support operation to Lieutenant General Ahmet Kaya.",
])
def test_a_force_handed_over_to_an_officer_keeps_its_nature(text: str) -> None:
    found = facts(text)
    assert not [f for f in found if f.slot == "nature" and f.role == "removed"], describe(found)


def test_a_role_handed_over_to_another_body_is_removed() -> None:
    found = facts("KFOR handed over its peacekeeping role in the north to the Kosovo Police.")
    assert ("peace-support", "removed") in of(found, "nature"), describe(found)


# -- slotsxx8: KFOR's nature, founding and partners in the other languages -----------------------

@pytest.mark.parametrize("text, expected", [
    ("La KFOR continue de garantir un environnement sûr et sécurisé dans tout le Kosovo.",
     {"safe and secure environment"}),
    ("La KFOR vela por la libertad de movimiento de todas las comunidades de Kosovo.", {"freedom of movement"}),
    ("KFOR skal sikre et sikkert og trygt miljø og bevægelsesfrihed for alle i Kosovo.",
     {"safe and secure environment", "freedom of movement"}),
    ("KFOR is een vredesmacht van de NAVO in Kosovo.", {"peace-support"}),
    # another body's work is not the force's nature
    ("EULEX lavora per la libertà di movimento dei giudici in Kosovo.", set()),
])
def test_the_forces_mandate_words_in_other_languages(text: str, expected: set[str]) -> None:
    assert {v for v, _ in of(facts(text), "nature")} == expected, describe(facts(text))


@pytest.mark.parametrize("text, expected", [
    ("KFOR está presente en Kosovo desde 1999.", {"1999"}),
    ("La KFOR è in Kosovo dal giugno 1999, in base alla risoluzione 1244.", {"1999"}),
    ("KFOR is sinds de zomer van 1999 in Kosovo.", {"1999"}),
    ("KFOR har været i Kosovo siden 1999.", {"1999"}),
    # a person in Kosovo since a year is no founding of the force
    ("Il generale è in Kosovo dal 2023 come vicecomandante della KFOR.", set()),
    # the force set out in a year
    ("La KFOR, a guida Nato, è partita nel 1999.", {"1999"}),
    ("La KFOR comenzó en junio de 1999 su despliegue.", {"1999"}),
    # another mission it started is not the force
    ("La KFOR ha avviato nel 2023 una nuova missione di addestramento che è partita nel 2024.", set()),
])
def test_present_in_kosovo_since_in_other_languages(text: str, expected: set[str]) -> None:
    assert {v for v, _ in of(facts(text), "established")} == expected, describe(facts(text))


@pytest.mark.parametrize("text, expected", [
    ("La KFOR agit en étroite coordination avec la police du Kosovo.", {"Kosovo Police"}),
    ("La KFOR lavora in stretta collaborazione con EULEX nel nord.", {"EULEX"}),
    ("KFOR werkt nauw samen met de Kosovaarse politie en EULEX.", {"Kosovo Police", "EULEX"}),
    ("KFOR arbejder i tæt samarbejde med EULEX.", {"EULEX"}),
    # (EULEX named in full names the European Union too, as in English)
    ("La KFOR opera in stretto coordinamento con i carabinieri e con la missione dell'Unione europea sullo stato di "
     "diritto.", {"EULEX", "European Union"}),
    # a protest against the police at a camp of the force names no partner
    ("Des manifestants ont protesté contre la police du Kosovo devant un camp de la KFOR.", set()),
])
def test_partners_in_other_languages(text: str, expected: set[str]) -> None:
    assert {v for v, _ in of(facts(text), "partner")} == expected, describe(facts(text))


@pytest.mark.parametrize("text", [
    "Sono arrivati 150 militari austriaci per rafforzare la KFOR.",
    "Oltre 90 militari romeni sono giunti in Kosovo per rafforzare la KFOR.",
])
def test_a_nations_troops_after_their_noun_are_not_the_size(text: str) -> None:
    assert of(facts(text), "personnel") == set(), describe(facts(text))


@pytest.mark.parametrize("text, expected", [
    ("La KFOR ha reforzado su presencia en el norte de Kosovo.", {"north of Kosovo"}),
    ("Des soldats de la KFOR patrouillent dans le nord depuis lundi.", {"north of Kosovo"}),
    ("KFOR heeft haar aanwezigheid in het noorden van Kosovo versterkt.", {"north of Kosovo"}),
    ("La KFOR ha intensificato le pattuglie a Zubin Potok.", {"Zubin Potok"}),
    # the north of another country is no area of the force
    ("La KFOR a salué l'accord signé dans le nord de l'Italie.", set()),
])
def test_areas_in_other_languages(text: str, expected: set[str]) -> None:
    assert {v for v, _ in of(facts(text), "area")} == expected, describe(facts(text))


# -- cmd8: the force's command as regional outlets tell it ----------------------------------------

@pytest.mark.parametrize("text", [
    "Maj Gen Lajos Varga took over command of NATO's KFOR mission at a ceremony in Pristina on Friday.",
    "Lajos Varga, a major general of the Hungarian Defence Forces, assumed command of NATO's KFOR force on Friday.",
    "The alliance's KFOR operation is now led by Maj Gen Lajos Varga, who took over on Friday.",
])
def test_the_force_named_with_the_parents_possessive(text: str) -> None:
    assert ("Lajos Varga", "current") in of(facts(text), "commander"), describe(facts(text))


def test_a_commander_still_to_take_up_the_post_is_future() -> None:
    found = facts("The new KFOR commander, Maj Gen Paolo Conti, who will formally take up the post on 20 October, "
                  "arrived in Pristina on Monday.")
    assert of(found, "commander") == {("Paolo Conti", "future")}, describe(found)


def test_the_force_handed_over_keeps_its_nature() -> None:
    found = facts("Maj Gen Paolo Conti handed over the NATO-led peacekeeping force in Kosovo to Maj Gen Emre Aksoy "
                  "on Thursday.")
    assert of(found, "commander") == {("Emre Aksoy", "current"), ("Paolo Conti", "previous")}, describe(found)
    assert not {role for _, role in of(found, "nature")} & {"removed"}, describe(found)


def test_a_handover_of_the_chief_of_staff_is_no_change_of_command() -> None:
    found = facts("KFOR commander Maj Gen Paolo Conti chaired a handover ceremony for the KFOR Chief of Staff on "
                  "Friday, where Colonel Anna Weber handed over to Colonel Tomas Lind.")
    assert of(found, "commander") == {("Paolo Conti", "current")}, describe(found)


def test_a_term_finished_and_command_taken_over_by() -> None:
    found = facts("Maj Gen Paolo Conti of the Italian Army finished his one-year term as commander of NATO's "
                  "peacekeeping troops in Kosovo on Monday.\n\nCommand will be taken over by Maj Gen Emre Aksoy.")
    assert of(found, "commander") == {("Paolo Conti", "previous"), ("Emre Aksoy", "future")}, describe(found)


def test_a_handover_still_to_come_told_as_a_noun() -> None:
    found = facts("The change of command between the outgoing KFOR commander, Maj Gen Paolo Conti, and the incoming "
                  "commander, Maj Gen Emre Aksoy, will take place in Pristina on 20 October.")
    assert of(found, "commander") == {("Paolo Conti", "current"), ("Emre Aksoy", "future")}, describe(found)


def test_a_count_of_countries_with_troops_in_the_force_is_no_size() -> None:
    found = facts("Hungary is third among the 28 countries with troops in KFOR.")
    assert of(found, "personnel") == set(), describe(found)


@pytest.mark.parametrize("text, expected", [
    ("Maj Gen Paolo Conti took over command of the NATO-led KFOR peacekeeping force on Friday from Maj Gen Emre Aksoy.",
     {("Paolo Conti", "current"), ("Emre Aksoy", "previous")}),
    ("Maj Gen Paolo Conti arrived in Pristina on Monday ahead of taking command of KFOR on Friday.",
     {("Paolo Conti", "future")}),
    ("Maj Gen Paolo Conti took command of the multinational peacekeeping force in Kosovo on Friday.",
     {("Paolo Conti", "current")}),
    ("UNMIK, the international civil presence in Kosovo, said Maj Gen Paolo Conti took command of the mission.",
     set()),
])
def test_the_force_named_with_its_noun_and_a_taking_still_to_come(text: str, expected: set) -> None:
    assert of(facts(text), "commander") == expected, describe(facts(text))


@pytest.mark.parametrize("text", [
    "Il comandante della KFOR, il generale Paolo Conti, ha presieduto la cerimonia di avvicendamento del capo di "
    "stato maggiore, in cui il colonnello Marco Ferri ha ceduto il comando al colonnello Luca Bianchi.",
    "Le commandant de la KFOR, le général Paolo Conti, a présidé la passation de commandement du chef "
    "d'état-major, où le colonel Marc Petit a passé le commandement au colonel Luc Martin.",
])
def test_a_handover_of_the_chief_of_staff_in_other_languages(text: str) -> None:
    assert of(facts(text), "commander") == {("Paolo Conti", "current")}, describe(facts(text))


@pytest.mark.parametrize("text, expected", [
    # (stat10) the force's last people leaving the country it works in: its end; one town they leave is not it
    ("The last KFOR troops left Kosovo on Sunday, NATO said.", {("ended", "current")}),
    ("Les derniers soldats de la KFOR ont quitté le Kosovo dimanche.", {("ended", "current")}),
    ("The last KFOR troops left Pristina on Sunday for Camp Bondsteel.", set()),
    # a withdrawal begun or planned, an end marked before it comes: ending
    ("The withdrawal of KFOR began on Monday with the handover of its first base to the Kosovo Security Force.",
     {("ending", "current")}),
    ("A ceremony in Pristina marked the end of KFOR, which will formally close at the end of the year.",
     {("ending", "current")}),
])
def test_the_force_ended_by_its_last_troops_leaving_and_ending_by_a_withdrawal_begun(text: str, expected: set) -> None:
    assert of(facts(text), "status") == expected, describe(facts(text))


# -- size10: the force's size in a comparison, in a change to come, in a fact box; a group sent ---------------

@pytest.mark.parametrize("text, expected", [
    # the figure a comparison starts from, said to be today's: the size now; the new one is still to come
    ("NATO agreed to lift KFOR's strength to 5,200 troops, up from the 4,300 the force fields today.",
     {("5,200", "future"), ("4,300", "current")}),
    ("Les Alliés ont décidé de porter les effectifs de la KFOR à 5 000 militaires, contre 4 300 actuellement.",
     {("5,000", "future"), ("4,300", "current")}),
    # the change's own verb says it is to come
    ("KFOR's troop numbers will climb to 5,000 next month.", {("5,000", "future")}),
    # a change in another clause's future: the size the force is brought to is stated now
    ("NATO will deploy 200 more troops to Kosovo, bringing KFOR's strength to 4,700.", {("4,700", "current")}),
])
def test_a_comparison_and_a_change_to_come(text: str, expected: set) -> None:
    assert of(facts(text), "personnel") == expected, describe(facts(text))


@pytest.mark.parametrize("text, size", [
    # the force named back by the article before its size, even after a future verb
    ("KFOR changed commanders on Friday.\n\nGen Paolo Conti will lead the roughly 4,400-strong force until next "
     "autumn.", "4,400"),
    # digits before "thousand": one figure
    ("KFOR patrols the north.\n\nThe 4.3 thousand-strong force is led by an Italian general.", "4,300"),
    # a fact box, bullets and all, under a heading naming the force
    ("Fakta: KFOR\n\n* Oprettet: juni 1999\n\n* Styrke: omkring 4.400 soldater\n\n* Danmark: cirka 35 soldater",
     "4,400"),
    ("Facts about KFOR\n\n• Deployed in June 1999\n\n• Some 4,400 troops from 27 countries\n\n• Headquarters: Pristina",
     "4,400"),
    # a box's figure with more words after it: the label goes with the figure
    ("Facts: KFOR\n\n• Established: June 1999\n\n• Troops: about 4,400 from 27 countries\n\n• Commander: Maj Gen Paolo "
     "Conti", "4,400"),
])
def test_the_forces_size_named_back_in_a_box_or_with_a_thousand(text: str, size: str) -> None:
    assert {(value.split()[-1], role) for value, role in of(facts(text), "personnel")} == {(size, "current")}, \
        describe(facts(text))


@pytest.mark.parametrize("text", [
    "Hungary will send a new team of about 100 soldiers to KFOR in March.",
    "Danmark sender et nyt hold på cirka 40 soldater til KFOR i Kosovo.",
    "More than 400 thousand troops have served with KFOR since 1999.",
    "KFOR patrols the north. The Serbian army's 20,000-strong force was put on alert.",
])
def test_a_group_sent_or_everyone_who_served_is_no_size(text: str) -> None:
    assert of(facts(text), "personnel") == set(), describe(facts(text))


# -- desc10: partners the force is said to work with after a reference to it, and a fact box's founding line ------

@pytest.mark.parametrize("text, expected", [
    # a sentence pointing back to the force that names other bodies only as those it works with is the force's
    ("KFOR patrols the north. In this effort the force coordinates closely with the Kosovo Police and with EULEX.",
     {"Kosovo Police", "EULEX"}),
    ("KFOR held an exercise near Pristina. The force cooperates with the Kosovo Police on border security.",
     {"Kosovo Police"}),
    ("KFOR held an exercise near Pristina. There the force worked alongside UNMIK and the OSCE.", {"UNMIK", "OSCE"}),
    # another body's own cooperation is not the force's
    ("KFOR held an exercise near Pristina. The Kosovo Police cooperates closely with EULEX, the force said.", set()),
])
def test_partners_after_a_reference_to_the_force(text: str, expected: set[str]) -> None:
    assert {v for v, _ in of(facts(text), "partner")} == expected, describe(facts(text))


@pytest.mark.parametrize("text, expected", [
    ("KFOR FACT SHEET\n\nDeployed: June 1999\n\nTroops: about 4,500\n\nHeadquarters: Pristina", {"1999"}),
    ("KFOR AT A GLANCE\n\nEstablished: 12 June 1999, under Resolution 1244\n\nTroops: about 4,500", {"1999"}),
    ("KFOR AT A GLANCE\n\nWorks with: EULEX and the Kosovo Police\n\nTroops: about 4,500", set()),
])
def test_a_fact_boxs_founding_line(text: str, expected: set[str]) -> None:
    assert {v for v, _ in of(facts(text), "established")} == expected, describe(facts(text))


def test_a_fact_boxs_partner_line_naming_other_bodies() -> None:
    found = facts("KFOR AT A GLANCE\n\nWorks with: EULEX and the Kosovo Police\n\nTroops: about 4,500")
    assert {v for v, _ in of(found, "partner")} == {"EULEX", "Kosovo Police"}, describe(found)


@pytest.mark.parametrize("text, expected", [
    # the force's own formula: the first and second security responders it stands behind
    ("KFOR remains the third security responder, after the Kosovo Police and EULEX.", {"Kosovo Police", "EULEX"}),
    ("In the north KFOR acts as third responder, behind the Kosovo Police.", {"Kosovo Police"}),
    ("KFOR supports the Kosovo Police and EULEX, the first and second security responders.",
     {"Kosovo Police", "EULEX"}),
    # the responders named in a sentence about them alone give the force nothing
    ("KFOR patrols the north. The Kosovo Police and EULEX, the first and second responders, arrested two men.", set()),
])
def test_partners_as_the_security_responders(text: str, expected: set[str]) -> None:
    assert {v for v, _ in of(facts(text), "partner")} == expected, describe(facts(text))


# -- kfor12: the force's founding and name in more shapes ----------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a participle apposed or fronted, with its date
    ("KFOR, established in Kosovo on 12 June 1999 under a UN mandate, comprises about 4,500 troops.", {"1999"}),
    ("Established on 12 June 1999, following a UN Security Council resolution, KFOR now has 4,500 troops.",
     {"1999"}),
    ("KFOR, established in Kosovo in 1999, is led by NATO.", {"1999"}),
    # deployed in a year, in the other languages
    ("La Fuerza de Kosovo fue desplegada en junio de 1999.", {"1999"}),
    ("Den NATO-ledede styrke i Kosovo (KFOR) blev indsat i sommeren 1999 på mandat fra FN.", {"1999"}),
    ("La KFOR, attiva nel Paese dal 1999, conta circa 4.500 militari.", {"1999"}),
    ("KFOR blev oprettet i juni 1999 på grundlag af FN's Sikkerhedsrådsresolution 1244.", {"1999"}),
    ("La KFOR fue creada en junio de 1999.", {"1999"}),
    ("KFOR werd opgericht in juni 1999.", {"1999"}),
    # a unit of the force set up, a person deployed, a year with no founding: none
    ("KFOR's new Regional Command North was established in 2034.", set()),
    ("Il generale è stato schierato nel 2031 in Kosovo, dove la KFOR conta 4.500 militari.", set()),
    ("KFOR held an exercise in 1999 style near Pristina.", set()),
])
def test_the_founding_apposed_fronted_and_deployed_in_other_languages(text: str, expected: set[str]) -> None:
    assert {v for v, _ in of(facts(text), "established")} == expected, describe(facts(text))


@pytest.mark.parametrize("text, expected", [
    # "a peacekeeping operation in Kosovo" led by NATO is the force; "it" then points back to it
    ("NATO has been leading a peacekeeping operation in Kosovo since 1999. It currently consists of well over 4,500 "
     "troops.", {("well over 4,500", "current")}),
    ("The peacekeeping force in Kosovo now numbers about 4,300 soldiers.", {("about 4,300", "current")}),
    # the police in Kosovo is no peacekeeping force
    ("A peacekeeping mission in Kosovo Police terms has 500 officers.", set()),
])
def test_a_peacekeeping_operation_in_kosovo_is_the_force(text: str, expected: set[tuple[str, str]]) -> None:
    assert of(facts(text), "personnel") == expected, describe(facts(text))


def test_the_force_after_an_italian_joined_article() -> None:
    found = facts("La KFOR ha un nuovo comandante. Il generale Marco Neri ha assunto la guida della forza "
                  "multinazionale rilevando l'incarico dal generale Jan Kowal.")
    assert of(found, "commander") == {("Marco Neri", "current"), ("Jan Kowal", "previous")}, describe(found)


@pytest.mark.parametrize("text, expected", [
    # the force's own handle in a first-person post
    ("Today I handed over command of @NATO_KFOR to Maj Gen Jan Novak at Film City. Thank you, KFOR. — Maj Gen M. Neri",
     {("Jan Novak", "current")}),
    ("Maj Gen Marco Neri handed over command of @KFOR to Maj Gen Jan Novak today.",
     {("Jan Novak", "current"), ("Marco Neri", "previous")}),
    # another handle is not the force's
    ("Today I handed over command of @EUFOR_BiH to Maj Gen Jan Novak at Camp Butmir.", set()),
])
def test_the_forces_handle_in_a_social_post(text: str, expected: set[tuple[str, str]]) -> None:
    assert of(facts(text), "commander") == expected, describe(facts(text))


# -- kfor13b: another mission named right after the word "mission"; a unit's English name after KFOR's ---------------

@pytest.mark.parametrize("text", [
    "Alla cerimonia erano presenti il comandante della Missione Ue di addestramento, generale Paolo Neri, il "
    "comandante di Kfor Regional Command East, colonnello Luca Sarti, e il sindaco.",
    "Erano presenti il capo della missione Eulex, generale Paolo Neri, e il comandante di Kfor Regional Command West, "
    "colonnello Luca Sarti.",
    "Étaient présents le chef de la mission Eulex, le général Paul Durand, et le commandant de la KFOR Regional "
    "Command East, le colonel Luc Morel.",
    "Asistieron el jefe de la misión Eulex, general Pablo Ruiz, y el comandante de la KFOR Regional Command West, "
    "coronel Luis Vera.",
])
def test_another_missions_name_and_a_units_english_name_give_no_commander(text: str) -> None:
    assert of(facts(text), "commander") == set(), describe(facts(text))


def test_kfors_commander_named_beside_another_missions_is_kept() -> None:
    found = facts("Erano presenti il capo della missione Eulex, generale Paolo Neri, e il comandante della KFOR, "
                  "generale Luca Sarti.")
    assert of(found, "commander") == {("Luca Sarti", "current")}, describe(found)


# -- kfor13b: the force entered Kosovo, or NATO set it up, in a year (the other languages) ---------------------------

@pytest.mark.parametrize(("text", "year"), [
    ("La KFOR est entrée au Kosovo le 12 juin 1999, deux jours après la résolution 1244.", "1999"),
    ("La KFOR entró en Kosovo el 11 de junio de 1999.", "1999"),
    ("La KFOR è entrata in Kosovo il 12 giugno 1999.", "1999"),
    ("De Kosovo Force (KFOR) is een vredesmacht. De vredesmacht trok op 12 juni 1999 Kosovo binnen.", "1999"),
    ("KFOR rykkede ind i Kosovo den 12. juni 1999.", "1999"),
    ("NATO etablerede Kosovo Force – KFOR – i 1999.", "1999"),
    ("L'OTAN a créé la KFOR en 1999.", "1999"),
    # a nation's troops or a unit entering Kosovo is no founding of the force
    ("La brigata italiana della KFOR è entrata in Kosovo il 12 giugno 1999.", None),
    ("Le contingent français de la KFOR est entré au Kosovo le 12 juin 1999.", None),
    ("De Nederlandse militairen van KFOR trokken op 12 juni 1999 Kosovo binnen.", None),
])
def test_the_force_entering_kosovo_or_set_up_by_nato_in_the_other_languages(text: str, year: str | None) -> None:
    found = {value for value, _ in of(facts(text), "established")}
    assert found == ({year} if year else set()), describe(facts(text))


# -- kfor14a: a share of a group named before, a claim told as someone's, a past term told again, a part's command ---

@pytest.mark.parametrize(("text", "expected"), [
    ("Almost two-thirds of those — 272 troops — are in the Kosovo Force, the UN-mandated NATO-led peacekeeping "
     "mission.", set()),
    ("Most of them, some 300 soldiers, serve with KFOR in the north of Kosovo.", set()),
    ("Of the 900 Austrian troops abroad, about a third of these (some 310 personnel) are deployed with KFOR.", set()),
    ("Half of whom – about 260 soldiers – are in the Kosovo Force, the NATO-led peacekeeping mission.", set()),
    # no share: the force's own count
    ("Some 300 soldiers serve with KFOR in the north of Kosovo.", {("some 300", "current")}),
])
def test_a_share_of_a_group_named_before_is_no_size(text: str, expected: set[tuple[str, str]]) -> None:
    assert of(facts(text), "personnel") == expected, describe(facts(text))


@pytest.mark.parametrize("text", [
    "The tabloid had claimed that allies would start a drawdown of the 4,300-strong force in the spring.",
    "A Belgrade daily claimed that KFOR would start withdrawing its troops from the north next month.",
    "Opposition MPs have claimed that KFOR had suspended its patrols along the boundary line.",
    "Pro-government outlets alleged that NATO was ending KFOR by the end of the year.",
])
def test_a_claim_told_as_someones_gives_no_status(text: str) -> None:
    assert of(facts(text), "status") == set(), describe(facts(text))


@pytest.mark.parametrize(("text", "person"), [
    ("General Hans-Ulrich Brenneke, who commanded NATO's Kosovo Force from 2019 to 2020, has died aged 76.\n\n"
     "Brenneke took command of KFOR at a time when the force numbered about 3,500 troops.", "Hans-Ulrich Brenneke"),
    ("General Lars Eikeland, who commanded KFOR from 2012 to 2013, died on Sunday aged 81.\n\n"
     "Eikeland took command of KFOR when the force had some 6,000 troops.", "Lars Eikeland"),
    ("Lt Gen Marco Neri, who led KFOR in 2021, has written a memoir.\n\n"
     "Neri took over the force in a tense period, he writes.", "Marco Neri"),
])
def test_a_past_term_told_again_is_history(text: str, person: str) -> None:
    found = of(facts(text, published=date(2030, 5, 5)), "commander")
    assert (person, "historical") in found and (person, "current") not in found, describe(facts(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Within the Czech contingent of KFOR's Multinational Specialized Unit, the handover of commander duties took "
     "place on Friday. \"We said goodbye to Colonel Radek Ocelka, the outgoing commander, and welcomed Colonel Jan "
     "Fiala, the new commander,\" the unit wrote.", set()),
    ("Within the Polish contingent of KFOR, the handover took place on Monday. \"We said goodbye to Colonel Adam "
     "Nowak, the outgoing commander, and welcomed Colonel Piotr Zielinski, the new commander,\" the contingent said.",
     set()),
    ("KFOR's Multinational Battle Group East held a change of command on Tuesday. The new commander, Colonel John "
     "Smith, replaced Colonel Mark Brown.", set()),
    ("The Italian KFOR contingent has a new commander. Colonel Luca Sarti took over from Colonel Paolo Neri on Monday.",
     set()),
    # the force's own change of command
    ("The change of command at KFOR took place on Monday. Major General Jan Novak, the new commander, took over from "
     "Major General Marco Neri.", {("Jan Novak", "current"), ("Marco Neri", "previous")}),
])
def test_a_parts_change_of_command_is_not_the_forces(text: str, expected: set[tuple[str, str]]) -> None:
    assert of(facts(text), "commander") == expected, describe(facts(text))


# -- kfor14a: the post and its owner before a name without rank, a person between dashes, "the NATO KFOR mission" ----

@pytest.mark.parametrize(("text", "expected"), [
    ("Commander of KFOR, Witold Zaręba, today presided over a ceremony at Film City.", {("Witold Zaręba", "current")}),
    ("The commander of NATO's KFOR, Anna Berg, met the mayor of Mitrovica on Monday.", {("Anna Berg", "current")}),
    ("The Commander of the Kosovo Force, Marco Neri, visited Camp Bondsteel.", {("Marco Neri", "current")}),
    # another body's post
    ("The commander of the Kosovo Police, Gazmend Hoxha, met KFOR officers.", set()),
    # between dashes, as between commas
    ("General Wierzbicki, received on arrival by the commander of KFOR - Major General Witold Zaręba - was updated "
     "on the situation.", {("Witold Zaręba", "current")}),
    ("The commander of KFOR – Major General Anna Berg – said the situation in the north was calm.",
     {("Anna Berg", "current")}),
    ("The delegation met the new commander of KFOR — Lieutenant General Marco Neri — at Film City.",
     {("Marco Neri", "current")}),
    ("The delegation met the commander of the Kosovo Police – General Gazmend Hoxha – and KFOR officers.", set()),
    # the parent's name before the force's, its noun after
    ("Italy currently leads the NATO KFOR mission, with Major General Raffaele Dell'Acqua, and the EULEX mission, "
     "with Ambassador Piero Santangelo.", {("Raffaele Dell'Acqua", "current")}),
    ("Hungary now leads the NATO KFOR force, with Major General Ferenc Kovacs.", {("Ferenc Kovacs", "current")}),
    ("The NATO KFOR mission is commanded by Major General Anna Berg.", {("Anna Berg", "current")}),
])
def test_the_forces_commander_named_after_the_post_or_between_dashes(text: str, expected: set[tuple[str, str]]) -> None:
    assert of(facts(text), "commander") == expected, describe(facts(text))


# -- kfor14a: a name without rank, then "his predecessor" after it -------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Luís Almeida-Ferraz, a major general of the Portuguese armed forces, took over the command of NATO's KFOR "
     "mission in Pristina on Friday.\n\nAddressing the ceremony, Almeida-Ferraz stated his commitment towards "
     "continuing the work of Íñigo Larrañaga, his predecessor.",
     {("Luís Almeida-Ferraz", "current"), ("Íñigo Larrañaga", "previous")}),
    ("Major General Anna Berg took command of KFOR on Monday. In her speech she praised Jan Novak, her predecessor, "
     "and the troops.", {("Anna Berg", "current"), ("Jan Novak", "previous")}),
    ("Major General Anna Berg took command of KFOR on Monday. She said she would build on the work of Marco Neri, her "
     "predecessor.", {("Anna Berg", "current"), ("Marco Neri", "previous")}),
    # another word after the name: no post
    ("Major General Anna Berg took command of KFOR on Monday. She met Jan Novak, her driver, and the troops.",
     {("Anna Berg", "current")}),
])
def test_a_name_then_his_predecessor_is_the_previous_holder(text: str, expected: set[tuple[str, str]]) -> None:
    assert of(facts(text), "commander") == expected, describe(facts(text))
# -- kfor14b: a change still to come told over two sentences; a handover of a regional command --------------------
SPRING = date(2035, 3, 15)


@pytest.mark.parametrize("text, expected", [
    # the clause goes on with the subject of a change still to come: the one it relieves holds the post until then
    ("Generalmajor Mette Lund er udpeget som ny chef for KFOR. Hun tiltræder i september og afløser den tyske "
     "generalmajor Klaus Weber.", {("Mette Lund", "future"), ("Klaus Weber", "current")}),
    ("Il generale Marco Bianchi è stato designato nuovo comandante della KFOR. Assumerà l'incarico a ottobre, "
     "subentrando al generale turco Emre Kaya.", {("Marco Bianchi", "future"), ("Emre Kaya", "current")}),
    ("Le général de division Marc Olivier a été désigné nouveau commandant de la KFOR. Elle prendra ses fonctions en "
     "octobre, succédant au général italien Paolo Verdi.", {("Marc Olivier", "future"), ("Paolo Verdi", "current")}),
    # a change told as done keeps the one it relieves as the previous holder
    ("Major General Anna Lind took command of KFOR on Monday, succeeding Hungarian Major General Peter Nagy.",
     {("Anna Lind", "current"), ("Peter Nagy", "previous")}),
])
def test_a_predecessor_after_a_change_still_to_come_holds_the_post(text: str, expected: set) -> None:
    assert of(facts(text, published=SPRING), "commander") == expected, describe(facts(text, published=SPRING))


@pytest.mark.parametrize("text, expected", [
    # "the new commander, X" who a later sentence (its subject dropped in Spanish and Italian) says will take the post
    ("El nuevo comandante de la KFOR, el general húngaro Péter Szabó, llegó el lunes a Pristina. Asumirá el mando el "
     "20 de marzo, relevando al general turco Emre Kaya.", {("Péter Szabó", "future"), ("Emre Kaya", "current")}),
    ("Il nuovo comandante di KFOR, il generale greco Nikos Pappas, è arrivato ieri a Pristina. Prenderà il comando il "
     "21 marzo, succedendo al generale ungherese Péter Szabó.",
     {("Nikos Pappas", "future"), ("Péter Szabó", "current")}),
    ("The new KFOR commander, Greek Major General Nikos Pappas, arrived in Pristina yesterday. He will take command on "
     "21 March from Hungarian Major General Péter Szabó.", {("Nikos Pappas", "future"), ("Péter Szabó", "current")}),
    ("La ministra recibió el lunes al general húngaro Péter Szabó. Asumirá el mando de la KFOR en octubre.",
     {("Péter Szabó", "future")}),
    # the change told as done: the title stands
    ("El nuevo comandante de la KFOR, el general húngaro Péter Szabó, llegó el lunes a Pristina. Asumió el mando el "
     "martes en una ceremonia en Camp Film City.", {("Péter Szabó", "current")}),
])
def test_the_new_commander_whom_a_dropped_subject_says_will_take_the_post(text: str, expected: set) -> None:
    assert of(facts(text, published=SPRING), "commander") == expected, describe(facts(text, published=SPRING))


@pytest.mark.parametrize("text, expected", [
    ("Generaal-majoor Anne de Vries neemt volgend jaar het bevel over KFOR op zich.", {("Anne de Vries", "future")}),
    ("Het kabinet meldt dat luitenant-generaal Piet Smit in mei 2036 het commando over KFOR op zich neemt.",
     {("Piet Smit", "future")}),
    ("Luitenant-generaal Piet Smit nam vorige week het commando over KFOR op zich.", {("Piet Smit", "current")}),
    ("Het ministerie meldt dat kolonel Sanne Bakker in mei het commando van de Nederlandse compagnie in KFOR op zich "
     "neemt.", set()),
])
def test_the_command_taken_on_oneself_in_dutch(text: str, expected: set) -> None:
    assert of(facts(text, published=SPRING), "commander") == expected, describe(facts(text, published=SPRING))


@pytest.mark.parametrize("text", [
    "Il comandante della KFOR, il generale Paolo Conti, ha presieduto la cerimonia di cambio della guida del comando "
    "regionale ovest. Il passaggio di consegne è avvenuto tra il colonnello uscente Marco Ferri e il colonnello Luca "
    "Bianchi.",
    "El comandante de la KFOR, el general Paolo Conti, presidió la ceremonia de relevo del mando regional oeste. El "
    "traspaso se hizo entre el coronel saliente Marco Ferri y el coronel entrante Luca Bianchi.",
    "Le commandant de la KFOR, le général Paolo Conti, a présidé la passation de commandement du commandement "
    "régional ouest. La passation a eu lieu entre le colonel sortant Marc Petit et le colonel Luc Martin.",
    "De commandant van KFOR, generaal Paolo Conti, leidde de commando-overdracht van het regionaal commando west. De "
    "overdracht vond plaats tussen kolonel Kees Jansen en kolonel Tom de Boer.",
])
def test_a_handover_of_a_regional_command_named_in_the_language(text: str) -> None:
    assert of(facts(text, published=SPRING), "commander") == {("Paolo Conti", "current")}, describe(
        facts(text, published=SPRING))


@pytest.mark.parametrize("text, expected", [
    # (inverted after a time) the auxiliary, the holder's title, the holder, then the handover's participle
    ("Gisteren heeft de commandant van KFOR, luitenant-generaal Anna Berg, in Pristina het commando over KFOR "
     "overgedragen aan generaal-majoor Piet Smit.", {("Anna Berg", "previous"), ("Piet Smit", "current")}),
    ("Op 3 mei had commandant KFOR generaal-majoor Luca Rossi het commando over KFOR overgedragen.",
     {("Luca Rossi", "previous")}),
    # "heeft het commando over KFOR" is the perfect's auxiliary of a handover, no holding
    ("Generaal-majoor Emre Kaya heeft het commando over KFOR overgedragen aan generaal-majoor Marco Bianchi.",
     {("Emre Kaya", "previous"), ("Marco Bianchi", "current")}),
    ("Generaal-majoor Kees Jansen heeft het commando over KFOR sinds mei.", {("Kees Jansen", "current")}),
    # a part of the force handed over
    ("Maandag heeft commandant KFOR generaal-majoor Luca Rossi het commando over de Nederlandse compagnie overgedragen "
     "aan kapitein Tom de Boer.", set()),
])
def test_a_dutch_handover_in_the_perfect_with_the_holders_title(text: str, expected: set) -> None:
    assert of(facts(text, published=date(2036, 10, 17)), "commander") == expected, describe(
        facts(text, published=date(2036, 10, 17)))
@pytest.mark.parametrize("text", [
    "Maj Gen Hans Keller took command of the NATO-led peacekeeping force in 1996.",
    "Nel 1997 la forza di pace della NATO contava circa 30.000 militari.",
    "In 1996 NATO's peacekeeping force in the Balkans numbered some 60,000 troops.",
])
def test_a_state_dated_before_the_force_was_founded_is_a_predecessors(text: str) -> None:
    found = facts(text)
    assert of(found, "commander") | of(found, "personnel") == set(), describe(found)
# -- gaps15: the force's headquarters moved within Kosovo changes where it works; moved abroad, it relocates ---------

@pytest.mark.parametrize(("text", "place", "relocated"), [
    ("KFOR moved its headquarters from Film City to Camp Bondsteel in June, a spokesperson said.", "Camp Bondsteel",
     False),
    ("KFOR's headquarters was moved from Pristina to Camp Bondsteel last month.", "Camp Bondsteel", False),
    ("KFOR has moved its headquarters from Pristina to Naples for the time being.", "Naples", True),
])
def test_a_headquarters_moved_within_kosovo_is_no_relocation(text: str, place: str, relocated: bool) -> None:
    found = facts(text)
    assert any(place in value for value, _ in of(found, "area")), describe(found)
    assert (("relocated", "current") in of(found, "status")) == relocated, describe(found)


# -- kfor14c: the force named by its parent's lead or its peacekeeping ("the alliance-led force", "this peacekeeping
# mission"), staying on ("will stay", "continue as planned") and its work along or near a place -----------------------

@pytest.mark.parametrize("text", [
    "KFOR is guarding the border.\n\nThe defence minister said this peacekeeping force will remain in Kosovo.",
    "After talks with KFOR officers in Pristina, the president said the NATO-led mission will stay in the country "
    "for as long as needed.",
    "KFOR patrols the north.\n\nThe foreign minister told reporters that the alliance-led force remains in place.",
    "KFOR said its patrols near Jarinje continue as scheduled.",
    "The Serbian police halted joint exercises with KFOR on Monday. KFOR said its own patrols throughout the north "
    "continue as planned.",
])
def test_the_force_staying_on_is_active(text: str) -> None:
    found = facts(text)
    assert ("active", "continuing") in of(found, "status"), describe(found)


@pytest.mark.parametrize("text", [
    "KFOR works with EULEX.\n\nThe minister said the EU-led mission will remain in Kosovo.",
    "Kosovo Police suspended joint patrols with KFOR in the north on Tuesday.",
])
def test_another_actors_mission_staying_or_pausing_is_not_the_forces(text: str) -> None:
    found = facts(text)
    assert of(found, "status") == set(), describe(found)


# -- kfor14c: the force's own beginning with its year right after, or the force in apposition deployed since a year ---

@pytest.mark.parametrize("text", [
    "The USA has been part of KFOR since the very beginning of the mission in 1999.",
    "Turkish troops have served with KFOR from the start of the mission in June 1999.",
    "Poland has contributed soldiers to KFOR since the outset of the force in 1999.",
    "KFOR visits the west.\n\nThe mission, deployed since 1999 under UN Security Council Resolution 1244, counts on "
    "Moldova among its contributors.",
    "KFOR, deployed in Kosovo since June 1999, patrols the north.",
])
def test_the_forces_beginning_dates_its_founding(text: str) -> None:
    found = facts(text)
    assert {value for value, _ in of(found, "established")} == {"1999"}, describe(found)


@pytest.mark.parametrize("text", [
    "KFOR is in Kosovo. The start of KFOR's new patrols in 2023 calmed the north.",
    "KFOR is in Kosovo. Its troops, deployed since 2023 in the north, patrol the boundary.",
    "KFOR is in Kosovo. The unit, deployed since 2023, patrols the boundary.",
])
def test_a_start_of_the_forces_work_or_a_units_deployment_is_no_founding(text: str) -> None:
    found = facts(text)
    assert of(found, "established") == set(), describe(found)


# -- kfor14c: a nationality beside a person's noun ("a Portuguese commander") is the person's: the figure after it is
# the force's size, not a national contingent; the force's age before its noun ("NATO's 25-year-old mission") --------

@pytest.mark.parametrize("text, size", [
    ("For the first time, a Portuguese commander heads KFOR, which has some 4,000 troops.", "some 4,000"),
    ("A Hungarian general now leads KFOR, to which about 4,500 soldiers from 27 countries contribute.", "about 4,500"),
    ("KFOR is in Kosovo. The Italian minister said NATO's 25-year-old mission has around 4,300 troops.",
     "around 4,300"),
])
def test_a_persons_nationality_leaves_the_forces_size(text: str, size: str) -> None:
    found = facts(text)
    assert (size, "current") in of(found, "personnel"), describe(found)


@pytest.mark.parametrize("text", [
    "KFOR has 4,500 troops. Italian soldiers number 640.",
    "KFOR has 4,500 troops. The Polish contingent of 550 soldiers arrived.",
])
def test_a_nations_troops_stay_a_contingent(text: str) -> None:
    found = facts(text)
    assert of(found, "personnel") == {("4,500", "current")}, describe(found)


# -- kfor14c: the first (or youngest) to take over / assume the command of the force, still to come ------------------

@pytest.mark.parametrize("text, name, role", [
    ("Major General Marek Novak will be the first Czech officer to take over the command of KFOR.", "Marek Novak",
     "future"),
    ("Lt Gen Anna Berg will be the first woman to assume the command of KFOR next spring.", "Anna Berg", "future"),
    ("Maj Gen Piet Smit becomes the youngest general to take command of KFOR, the ministry said.", "Piet Smit",
     "current"),
])
def test_the_first_to_take_over_the_command(text: str, name: str, role: str) -> None:
    found = facts(text)
    assert (name, role) in of(found, "commander"), describe(found)


# -- kfor15a: a person placed in a post no slot reads by "as" ("assumed office as KFOR chief of staff"): the next
# sentence's succession that names no post ("X took over from Y at KFOR headquarters") is of that post -------------

@pytest.mark.parametrize("text", [
    "American Brig. Gen. Luis Ortega on Friday took up his post as NATO's Kosovo Force (KFOR) chief of staff. Ortega "
    "succeeded Brig. Gen. Karl Eder at a ceremony at KFOR headquarters.",
    "Col Maria Lenz assumed her duties as KFOR spokesperson on Monday. Lenz took over from Col Jan Vos at a ceremony "
    "at KFOR headquarters in Pristina.",
    "Brig Gen Tomasz Wilk will serve as the chief of staff of KFOR from June.\n\nWilk replaces Brig Gen Ole Dahl, who "
    "returns to Norway after a year at KFOR headquarters.",
])
def test_a_post_taken_as_another_leaves_the_next_succession_to_it(text: str) -> None:
    found = facts(text)
    assert of(found, "commander") == set(), describe(found)


def test_a_command_taken_still_goes_on_in_the_next_succession() -> None:
    found = facts("Maj Gen Piotr Zielinski assumed command of KFOR on Friday. Zielinski took over from Maj Gen Enzo "
                  "Ferri at a ceremony at KFOR headquarters.")
    assert of(found, "commander") == {("Piotr Zielinski", "current"), ("Enzo Ferri", "previous")}, describe(found)


# -- kfor15a: the force's name ending a nation's part of it ("the Romanian contingent in KFOR"): a change said after
# it ("..., bringing it to 175") is the part's, and "it" stands for the part ---------------------------------------

@pytest.mark.parametrize("text", [
    "Madrid approved sending 80 more troops to the Spanish contingent in KFOR, bringing it to 310.",
    "Germany will add 150 soldiers to the German contingent of KFOR on Monday, taking it to 650.",
    "Warsaw sent 90 soldiers to the Polish contingent in KFOR last week, which brings it to 320.",
])
def test_a_change_after_a_nations_part_is_the_parts(text: str) -> None:
    found = facts(text)
    assert of(found, "personnel") == set(), describe(found)


@pytest.mark.parametrize("text, size", [
    ("Allies sent 600 more troops to KFOR, bringing it to 4,600.", "4,600"),
    ("NATO approved sending 300 additional soldiers to KFOR, bringing its strength to 4,800.", "4,800"),
    ("Talks on the size of KFOR ended on Monday, and allies agreed to bring the force to 4,200.", "4,200"),
])
def test_a_change_of_the_force_itself_is_its_size(text: str, size: str) -> None:
    found = facts(text)
    assert {v for v, _ in of(found, "personnel")} == {size}, describe(found)


# -- kfor15a: ", following Y" after a change of command is its predecessor (not "following Y's retirement"); "fellow"
# alone before the predecessor's name ("following fellow German Lt Gen Y") -----------------------------------------

@pytest.mark.parametrize("text, new, old", [
    ("Maj Gen Ana Costa took over command of KFOR on Friday, following Maj Gen Piet Smit.", "Ana Costa", "Piet Smit"),
    ("Lt Gen Eva Lind took over command of NATO's KFOR troops in Pristina on Monday, following fellow Swede Lt Gen "
     "Nils Berg.", "Eva Lind", "Nils Berg"),
    ("Major General Tamas Kiss has assumed command of KFOR, following fellow Hungarian Major General Laszlo Toth.",
     "Tamas Kiss", "Laszlo Toth"),
])
def test_following_names_the_predecessor(text: str, new: str, old: str) -> None:
    found = facts(text)
    assert of(found, "commander") == {(new, "current"), (old, "previous")}, describe(found)


@pytest.mark.parametrize("text", [
    "Maj Gen Ana Costa took command of KFOR on Friday, following Maj Gen Piet Smit's retirement.",
    "The KFOR commander, Maj Gen Ana Costa, spoke at the conference on Friday, following Minister Piet Smit.",
])
def test_following_someones_event_or_speech_names_no_predecessor(text: str) -> None:
    found = facts(text)
    assert of(found, "commander") == {("Ana Costa", "current")}, describe(found)


# -- kfor15a: command of the force's people ("take over command of KFOR's 4,100 peacekeepers") is the force's command,
# not a unit's ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, new, old", [
    ("Maj Gen Ana Costa is to take over command of KFOR's 4,100 peacekeepers on 1 September, when she will replace "
     "the current commander, Maj Gen Luca Ferrandi, who has led the force since last year.", "Ana Costa",
     "Luca Ferrandi"),
    ("Lt Gen Eva Lind will assume command of KFOR's troops in October, when she will replace the current commander, "
     "Maj Gen Nils Berg.", "Eva Lind", "Nils Berg"),
    ("Maj Gen Tamas Kiss is due to take command of KFOR's soldiers next month, replacing the current commander, Maj "
     "Gen Laszlo Toth.", "Tamas Kiss", "Laszlo Toth"),
])
def test_command_of_the_forces_people_is_its_command(text: str, new: str, old: str) -> None:
    found = facts(text)
    assert {(new, "future"), (old, "current")} <= of(found, "commander"), describe(found)
    assert (new, "current") not in of(found, "commander"), describe(found)


def test_command_of_the_forces_unit_stays_the_units() -> None:
    found = facts("Col Piet Smit took over command of KFOR's Regional Command West on Friday, replacing Col Jan Vos.")
    assert of(found, "commander") == set(), describe(found)
# -- kfor15b: the force's full name in the article's language, then its acronym in parentheses ("la Force multinationale
# de l'Otan au Kosovo (KFOR)"): one name; a part on the move named by its noun ("après le retrait de 600 hommes") is no
# size; the time after the verb of a count ("s'élèvent désormais à") ---------------------------------------------------

@pytest.mark.parametrize("text, size", [
    ("La KFOR est au Kosovo. Les effectifs de la Force internationale de sécurité au Kosovo (KFOR) s'élèvent à "
     "4.100 soldats.", "4,100"),
    ("La KFOR es la misión de la OTAN. Los efectivos de la Fuerza multinacional de la OTAN en Kosovo (KFOR) suman hoy "
     "unos 4.200 soldados.", "unos 4,200"),
    ("La Forza multinazionale della Nato in Kosovo (KFOR) conta oggi circa 4.300 militari, dopo la partenza di 700 "
     "soldati.", "circa 4,300"),
    ("Les effectifs de la KFOR s'élèvent désormais à 3.900 soldats, après le départ de 500 hommes annoncé en mai.",
     "3,900"),
    ("La misión de la OTAN en Kosovo cuenta ahora con 4.100 efectivos, tras la salida de 500 soldados.", "4,100"),
    ("KFOR telt nu 4.200 militairen, na het vertrek van 300 soldaten.", "4,200"),
    ("KFOR består nu af 4.300 soldater efter hjemtagelsen af 400 soldater.", "4,300"),
])
def test_kfor15b_the_full_name_before_the_acronym_and_a_part_on_the_move(text: str, size: str) -> None:
    found = facts(text)
    assert of(found, "personnel") == {(size, "current")}, describe(found)


@pytest.mark.parametrize("text", [
    "Les effectifs de la KFOR sont aujourd'hui de 4.000 militaires.",
    "Les effectifs de la KFOR s'élèvent actuellement à 4.000 soldats, a indiqué l'état-major.",
])
def test_kfor15b_the_time_after_the_verb_of_a_count(text: str) -> None:
    found = facts(text)
    assert of(found, "personnel") == {("4,000", "current")}, describe(found)


# -- kfor15b: the force's head named in a relative on the force ("la KFOR, cuyo comandante, el general X, ...", "whose
# commander is X", "hvis chef, generalmajor X" where "hvis" is no "if"), or after "under chefen" (the definite noun);
# the parent's genitive before the region joined to the force's noun ("NATO's Kosovo-styrke", "NAVO's Kosovo-missie") -

@pytest.mark.parametrize("text, name", [
    ("El coronel Pablo Ruiz ha sido nombrado jefe de Estado Mayor de la KFOR, cuyo comandante, el general húngaro "
     "Ferenc Tóth, le entregó el nombramiento.", "Ferenc Tóth"),
    ("La ministra visitó la KFOR, cuyo comandante es el general turco Emre Aydın.", "Emre Aydın"),
    ("Le colonel Marc Dubois rejoint l'état-major de la KFOR, dont le commandant, le général italien Paolo Rinaldi, "
     "l'a accueilli jeudi.", "Paolo Rinaldi"),
    ("Il colonnello Marco Bini è stato nominato capo di stato maggiore della KFOR, il cui comandante, il generale "
     "ungherese Ferenc Tóth, gli ha consegnato il distintivo.", "Ferenc Tóth"),
    ("The minister visited KFOR, whose commander is Turkish Major General Emre Aydın.", "Emre Aydın"),
    ("Kolonel Piet de Boer is benoemd tot stafchef van KFOR, wiens commandant, generaal-majoor Emre Aydın, hem in "
     "Pristina ontving.", "Emre Aydın"),
    ("Oberst Lars Holm er udnævnt til stabschef i KFOR, hvis chef, generalmajor Paolo Rinaldi, tog imod ham.",
     "Paolo Rinaldi"),
    ("Kaptajn Mette Lund gør tjeneste i KFOR under den øverstkommanderende, den italienske generalmajor Paolo Rinaldi.",
     "Paolo Rinaldi"),
    ("Den norske oberst Per Berg er souschef i NATO's Kosovostyrke under styrkechefen, generalmajor Emre Aydın.",
     "Emre Aydın"),
])
def test_kfor15b_the_head_named_in_a_relative_or_under_the_definite_noun(text: str, name: str) -> None:
    found = facts(text)
    assert of(found, "commander") == {(name, "current")}, describe(found)


def test_kfor15b_serving_under_the_head_in_the_past_is_history() -> None:
    found = facts("Oberst Ib Dahl tjente i 2015 i KFOR under chefen, generalmajor Guglielmo Miglietta.")
    assert of(found, "commander") == {("Guglielmo Miglietta", "historical")}, describe(found)


@pytest.mark.parametrize("text, expected", [
    ("Den tyrkiske generalmajor Emre Aydın overtager i morgen kommandoen over NATO's Kosovostyrke fra generalmajor "
     "Paolo Rinaldi.", {("Emre Aydın", "future"), ("Paolo Rinaldi", "current")}),
    ("Generalmajor Emre Aydın overtog fredag kommandoen over NATO's Kosovo-styrke KFOR fra den italienske generalmajor "
     "Paolo Rinaldi.", {("Emre Aydın", "current"), ("Paolo Rinaldi", "previous")}),
    ("Generaal Jan Peeters nam vrijdag het bevel over de Kosovo-vredesmacht van de NAVO over van generaal Luca Conti.",
     {("Jan Peeters", "current"), ("Luca Conti", "previous")}),
])
def test_kfor15b_the_parents_genitive_before_the_region_joined_to_the_forces_noun(
        text: str, expected: set[tuple[str, str]]) -> None:
    found = facts(text)
    assert of(found, "commander") == expected, describe(found)


@pytest.mark.parametrize("text, size", [
    ("NATO's Kosovo-styrke tæller i dag omkring 4.500 soldater.", "omkring 4,500"),
    ("NAVO's Kosovo-missie telt ongeveer 4.400 militairen.", "ongeveer 4,400"),
])
def test_kfor15b_the_region_joined_to_the_forces_noun_has_its_size(text: str, size: str) -> None:
    found = facts(text)
    assert of(found, "personnel") == {(size, "current")}, describe(found)


@pytest.mark.parametrize("text", [
    "Le groupement tactique multinational Est de la KFOR, dont le commandant, le colonel Marc Petit, a reçu le "
    "ministre.",
    "The Multinational Battle Group East of KFOR, whose commander, Colonel John Smith, met the mayor.",
    "El Mando Regional Oeste de la KFOR, cuyo comandante, el coronel Juan Gil, recibió al ministro.",
    "Il gruppo tattico multinazionale Ovest della KFOR, il cui comandante, il colonnello Luca Neri, ha ricevuto il "
    "ministro.",
])
def test_kfor15b_a_relative_after_a_units_name_ending_in_the_force_is_the_units(text: str) -> None:
    found = facts(text)
    assert of(found, "commander") == set(), describe(found)


# -- kfor15b: designated to take the force's command, the participle in apposition ("Le général X, désigné pour prendre
# le commandement de la KFOR en octobre, a été reçu ...") or with its auxiliary: the next holder -----------------------

@pytest.mark.parametrize("text, name", [
    ("La générale Anne Roux, choisie pour diriger la KFOR à partir de l'automne, s'est rendue à Pristina.",
     "Anne Roux"),
    ("Le général Paul Martin, nommé pour prendre la tête de la KFOR en 2046, a rencontré le président.", "Paul Martin"),
    ("El general Luis Mora, designado para asumir el mando de la KFOR en octubre, fue recibido por la ministra.",
     "Luis Mora"),
    ("La general Ana Gil ha sido elegida para dirigir la KFOR a partir de otoño.", "Ana Gil"),
    ("Il generale Paolo Rinaldi, designato per assumere il comando della KFOR in ottobre, è stato ricevuto dal "
     "ministro.", "Paolo Rinaldi"),
])
def test_kfor15b_designated_to_take_the_command_in_apposition(text: str, name: str) -> None:
    found = facts(text)
    assert of(found, "commander") == {(name, "future")}, describe(found)


# -- kfor15b: a reinforcement that brings the force's total to a figure, in Spanish ("lo que eleva el total de la KFOR a
# unos 4.500 efectivos"): the total is the size, the reinforcement is not ----------------------------------------------

@pytest.mark.parametrize("text, size", [
    ("Tras los disturbios, la OTAN desplegó 700 soldados adicionales, lo que eleva el total de la KFOR a unos 4.500 "
     "efectivos.", "unos 4,500"),
    ("Alemania envió 300 soldados más, lo que lleva el total de la KFOR a 4.800 efectivos.", "4,800"),
    ("La llegada de 200 militares turcos eleva los efectivos de la KFOR a unos 4.300.", "unos 4,300"),
    ("El total de la KFOR asciende a 4.600 efectivos.", "4,600"),
])
def test_kfor15b_a_reinforcement_brings_the_total_to(text: str, size: str) -> None:
    found = facts(text)
    assert of(found, "personnel") == {(size, "current")}, describe(found)


# -- kfor16b: a verb of reinforcing, then its preposition of means before a count ("decided to reinforce KFOR with 600
# soldiers", "forstærke KFOR med 600 soldater"): the reinforcement, no size; the total it brings stays the size

@pytest.mark.parametrize("text, expected", [
    ("NATO decided on Thursday to reinforce KFOR with 600 soldiers from its reserve force. This brings the force to "
     "about 5,100 troops.", {("about 5,100", "current")}),
    ("L'OTAN a décidé mardi de renforcer la KFOR de 700 militaires de sa force de réserve.", set()),
    ("La OTAN reforzará la KFOR con 450 soldados turcos y rumanos tras los disturbios.", set()),
    ("Il Consiglio atlantico ha deciso di rafforzare la KFOR con 300 soldati della riserva operativa.", set()),
    ("De NAVO besloot woensdag KFOR te versterken met 500 militairen uit de reservemacht.", set()),
    ("Alliancen forstærkede i maj KFOR med 400 soldater, og styrken tæller nu omkring 4.900 soldater.",
     {("omkring 4,900", "current")}),
])
def test_kfor16b_a_reinforcement_with_a_count_is_no_size(text: str, expected: set[tuple[str, str]]) -> None:
    found = facts(text)
    assert of(found, "personnel") == expected, describe(found)


@pytest.mark.parametrize("text, size", [
    ("KFOR er en styrke med 4.500 soldater.", "4,500"),
    ("KFOR, reinforced last spring, now has 4,700 troops.", "4,700"),
])
def test_kfor16b_a_force_with_its_count_is_still_its_size(text: str, size: str) -> None:
    found = facts(text)
    assert of(found, "personnel") == {(size, "current")}, describe(found)


# -- kfor16b: the force named only in a relative clause on something else ("..., commander of Allied Joint Force
# Command Naples, which also oversees KFOR"), in an article about another mission: "the mission" after it is still
# that other mission's -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Spain leads NATO Mission Iraq since this week.\n\nThe ceremony was chaired by US Admiral John Smith, commander of "
    "Allied Joint Force Command Naples, which also oversees KFOR in Kosovo.\n\nSpain provides 155 soldiers to the "
    "mission, which has about 600 personnel.",
    "La Francia guida da lunedì la NMI.\n\nAlla cerimonia era presente l'ammiraglio Paul Reed, comandante del comando "
    "alleato di Napoli, che dirige anche la KFOR.\n\nL'Italia fornisce 80 militari alla missione, che conta circa 700 "
    "effettivi.",
    "Un général belge dirige depuis mardi la NMI.\n\nLa cérémonie était présidée par l'amiral Mark Lee, à la tête du "
    "commandement allié de Naples, qui supervise aussi la KFOR.\n\nLa Belgique fournit 40 militaires à la mission, qui "
    "compte quelque 650 personnes.",
])
def test_kfor16b_the_force_named_in_a_relative_on_another_leaves_the_mission_elsewhere(text: str) -> None:
    found = facts(text)
    assert of(found, "personnel") == set(), describe(found)


def test_kfor16b_in_an_article_about_the_force_a_relative_naming_it_keeps_it_in_focus() -> None:
    found = facts("KFOR has a new commander.\n\nThe ceremony was chaired by Admiral John Smith, commander of Allied "
                  "Joint Force Command Naples, which oversees KFOR.\n\nThe mission has about 4,400 troops.")
    assert of(found, "personnel") == {("about 4,400", "current")}, describe(found)


# -- kfor16b: the post named between the participle of succession and the predecessor ("succédant à ce poste au
# général Y", "succedendo in questo incarico al generale Y", "remplaçant dans ces fonctions le général Y") -----------

@pytest.mark.parametrize("text, new, previous", [
    ("Le général Paul Martin a pris vendredi le commandement de la KFOR, succédant à ce poste au général turc Emre "
     "Aydın.", "Paul Martin", "Emre Aydın"),
    ("Le général Marc Petit commande la KFOR depuis lundi, remplaçant dans ces fonctions le général Jan Nowak.",
     "Marc Petit", "Jan Nowak"),
    ("Il generale Paolo Rinaldi ha assunto venerdì il comando della KFOR, succedendo in questo incarico al generale "
     "Emre Aydın.", "Paolo Rinaldi", "Emre Aydın"),
    ("La generale Anna Conti ha preso il comando della KFOR, subentrando nell'incarico al generale ungherese Ferenc "
     "Tóth.", "Anna Conti", "Ferenc Tóth"),
])
def test_kfor16b_the_post_between_the_participle_of_succession_and_the_predecessor(text: str, new: str,
                                                                                    previous: str) -> None:
    found = facts(text)
    assert of(found, "commander") == {(new, "current"), (previous, "previous")}, describe(found)


# -- kfor16b: the parent's genitive without its apostrophe, as Danish and Dutch write it ("NATOs styrke i Kosovo" for
# the alias "NATO's styrke i Kosovo"), and the force's acronym in apposition after it -------------------------------

@pytest.mark.parametrize("text, new, previous", [
    ("Generalmajor Signe Holm overtog fredag kommandoen over NATOs styrke i Kosovo, KFOR, fra den ungarske "
     "generalmajor Anna Tóth.", "Signe Holm", "Anna Tóth"),
    ("Generalmajor Lars Berg overtog i går kommandoen over NATOs styrke i Kosovo fra den italienske generalmajor Luca "
     "Conti.", "Lars Berg", "Luca Conti"),
    ("Generalmajor Mette Lund overtog kommandoen over KFOR, NATOs styrke i Kosovo, fra generalmajor Emre Aydın.",
     "Mette Lund", "Emre Aydın"),
])
def test_kfor16b_the_parents_genitive_without_its_apostrophe(text: str, new: str, previous: str) -> None:
    found = facts(text)
    assert of(found, "commander") == {(new, "current"), (previous, "previous")}, describe(found)


# -- kfor16b: the whole named after a nation's part ("285 militares españoles, sobre un total de unos 4.700 efectivos",
# "sur un total de", "su un totale di", "op een totaal van", "ud af i alt"): the whole is the size, the part is not ----

@pytest.mark.parametrize("text, size", [
    ("La KFOR cuenta entre sus filas con 285 militares españoles, sobre un total de unos 4.700 efectivos.",
     "unos 4,700"),
    ("La KFOR compte 310 militaires français, sur un total de quelque 4 600 soldats.", "quelque 4,600"),
    ("La KFOR conta 710 militari italiani, su un totale di circa 4.100 effettivi.", "circa 4,100"),
    ("KFOR telt 120 Nederlandse militairen, op een totaal van zo'n 4.300.", "zo'n 4,300"),
    ("KFOR tæller 35 danske soldater ud af i alt omkring 4.500.", "omkring 4,500"),
    ("Alemania aporta 400 soldados a la KFOR, de un total de 4.500 militares.", "4,500"),
])
def test_kfor16b_the_whole_after_a_nations_part(text: str, size: str) -> None:
    found = facts(text)
    assert of(found, "personnel") == {(size, "current")}, describe(found)


# -- kfor16b: the Security Council's resolution with its body between the noun and its number ("la Risoluzione del
# Consiglio di Sicurezza dell'Onu 1244", "la resolución del Consejo de Seguridad de la ONU 1244")

@pytest.mark.parametrize("text", [
    "Kfor fonda la sua legittimità sulla Risoluzione del Consiglio di Sicurezza dell'Onu 1244.",
    "El mandato de la KFOR se basa en la resolución del Consejo de Seguridad de la ONU 1244.",
    "La KFOR agit en vertu de la résolution du Conseil de sécurité des Nations unies 1244.",
    "La KFOR opera in base alla risoluzione del Consiglio di sicurezza delle Nazioni Unite 1244 del 1999.",
])
def test_kfor16b_the_resolution_with_its_body_before_its_number(text: str) -> None:
    found = facts(text)
    assert of(found, "legal_basis") == {("UN Security Council Resolution 1244", "current")}, describe(found)


# -- kfor16b: a founding and its date in the other languages ("la KFOR fue creada en junio de 1999 y tiene su cuartel
# general en Pristina", the Dutch participle after its date: "is in juni 1999 opgericht"): the founding's date, not the
# clause's; the headquarters in the other languages ("hoofdkwartier", "quartier général", "cuartel general") --------

@pytest.mark.parametrize("text", [
    "KFOR is in juni 1999 opgericht en heeft haar hoofdkwartier in Pristina.",
    "KFOR is de vredesmacht van de NAVO. De vredesmacht werd in 1999 opgericht en heeft haar hoofdkwartier in "
    "Pristina.",
    "La KFOR fue creada en junio de 1999 y tiene su cuartel general en Pristina.",
    "La KFOR a été créée en juin 1999 et a son quartier général à Pristina.",
    "La KFOR è stata istituita nel giugno 1999 e ha il suo quartier generale a Pristina.",
    "KFOR blev oprettet i juni 1999 og har sit hovedkvarter i Pristina.",
])
def test_kfor16b_a_founding_and_its_date_and_the_headquarters(text: str) -> None:
    found = facts(text)
    assert ("1999", "current") in of(found, "established"), describe(found)
    assert ("Pristina", "current") in of(found, "area"), describe(found)


def test_kfor16b_a_units_founding_in_dutch_is_none_of_the_forces() -> None:
    found = facts("Het Nederlandse detachement van KFOR is in maart 2001 opgericht.")
    assert of(found, "established") == set(), describe(found)


# -- kfor16b: the alliance's peace-support operation in Kosovo named in the other languages ("une opération de
# soutien de la paix au Kosovo", "una operación de apoyo a la paz en Kosovo", "un'operazione di pace in Kosovo", "een
# vredesoperatie in Kosovo"): the force, its nature; since when it is led, fronted or after its name: its founding

@pytest.mark.parametrize("text", [
    "Depuis juin 1999, l'OTAN dirige une opération de soutien de la paix au Kosovo.",
    "La OTAN dirige una operación de apoyo a la paz en Kosovo desde junio de 1999.",
    "Dal giugno 1999 la NATO guida un'operazione di pace in Kosovo.",
    "Sinds juni 1999 leidt de NAVO een vredesoperatie in Kosovo.",
    "Since June 1999, NATO has led a peacekeeping operation in Kosovo.",
])
def test_kfor16b_the_alliances_peace_operation_in_kosovo_and_since_when(text: str) -> None:
    found = facts(text)
    assert of(found, "established") == {("1999", "current")}, describe(found)
    assert of(found, "nature") == {("peace-support", "current")}, describe(found)


@pytest.mark.parametrize("text", [
    "L'UE dirige une mission de soutien de la paix en Bosnie depuis 2004.",
    "Desde 2023, la OTAN refuerza la KFOR con más patrullas en el norte.",
    "Since 2023, NATO has led more patrols with KFOR in the north.",
])
def test_kfor16b_another_peace_operation_or_a_later_start_is_no_founding(text: str) -> None:
    found = facts(text)
    assert of(found, "established") == set(), describe(found)


# -- kfor16b: the force's own formula, the third security responder behind the Kosovo Police and EULEX, in the other
# languages ("il terzo operatore di sicurezza, dopo la Polizia del Kosovo ed Eulex", "le troisième intervenant en
# matière de sécurité, après", "el tercer actor de seguridad, tras", "de derde veiligheidsactor, na", "tredje
# sikkerhedsaktør efter"): its partners --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Kfor è il terzo operatore di sicurezza, dopo rispettivamente la Polizia del Kosovo ed Eulex, con cui opera in "
    "stretto coordinamento.",
    "La KFOR est le troisième intervenant en matière de sécurité, après la police du Kosovo et EULEX.",
    "La KFOR es el tercer actor de seguridad, tras la Policía de Kosovo y EULEX.",
    "KFOR is de derde veiligheidsactor, na de Kosovaarse politie en EULEX.",
    "KFOR er tredje sikkerhedsaktør efter Kosovos politi og EULEX.",
])
def test_kfor16b_the_third_security_responder_in_the_other_languages(text: str) -> None:
    found = facts(text)
    assert of(found, "partner") == {("Kosovo Police", "current"), ("EULEX", "current")}, describe(found)


def test_kfor16b_a_units_place_as_third_responder_is_none_of_the_forces_partners() -> None:
    found = facts("Il battaglione italiano è il terzo operatore di sicurezza, dopo la Polizia del Kosovo.")
    assert of(found, "partner") == set(), describe(found)


# -- kfor16a: the one a succession verb governs, named with the force's title ("He succeeds the Spanish KFOR commander
# Y", "She took over from KFOR commander Y"): Y leaves the post, the title is no holding now -------------------------

@pytest.mark.parametrize("text, new, old", [
    ("Maj Gen Ana Costa took command of KFOR on Friday. She succeeds the Italian KFOR commander Luca Ferrandi.",
     "Ana Costa", "Luca Ferrandi"),
    ("Lt Gen Eva Lind assumed command of NATO's Kosovo Force on Monday. She replaced KFOR commander Maj Gen Nils Berg.",
     "Eva Lind", "Nils Berg"),
    ("Major General Tamas Kiss took over KFOR in Pristina on Tuesday. He took over from the outgoing commander, Major "
     "General Laszlo Toth.", "Tamas Kiss", "Laszlo Toth"),
    ("Maj Gen Piotr Zielinski became the new commander of KFOR on 3 October. He relieved the Turkish KFOR commander "
     "Maj Gen Emre Aydin.", "Piotr Zielinski", "Emre Aydin"),
])
def test_kfor16a_a_succession_of_the_titled_commander(text: str, new: str, old: str) -> None:
    found = facts(text)
    assert of(found, "commander") == {(new, "current"), (old, "previous")}, describe(found)


def test_kfor16a_the_titled_commander_without_a_succession_holds_the_post() -> None:
    found = facts("He met the Spanish KFOR commander Juan Ortega in Pristina on Friday.")
    assert of(found, "commander") == {("Juan Ortega", "current")}, describe(found)


# -- kfor16a: an embedded post's flag emoji and hashtags ("Maj Gen Y 🇭🇺 handed over the command of the #KFOR mission in
# #Kosovo to ... Maj Gen X 🇵🇱"): no words between the person and the verb, the hashtag a name ------------------------

@pytest.mark.parametrize("text, new, old", [
    ("KFOR Commander, Major General Anna Kovacs \U0001F1ED\U0001F1FA handed over the command of the #NATO-led #KFOR "
     "mission in #Kosovo to Major General Jan Nowak \U0001F1F5\U0001F1F1 during a ceremony in Pristina.",
     "Jan Nowak", "Anna Kovacs"),
    ("Major General Marco Bruni \U0001F1EE\U0001F1F9 took command of #KFOR today, replacing Major General Emre Aydin "
     "\U0001F1F9\U0001F1F7. #NATO #Kosovo", "Marco Bruni", "Emre Aydin"),
    ("Lt Gen Pedro Ruiz \U0001F1EA\U0001F1F8 assumed command of #KFOR from Lt Gen Luca Neri \U0001F1EE\U0001F1F9 at "
     "Camp Film City.", "Pedro Ruiz", "Luca Neri"),
])
def test_kfor16a_flags_and_hashtags_of_a_post(text: str, new: str, old: str) -> None:
    found = facts(text)
    assert of(found, "commander") == {(new, "current"), (old, "previous")}, describe(found)


# -- kfor16a: a count's people from one country ("KFOR currently has 212 soldiers from the Netherlands"): that country's
# contingent, no size of the force; from a count of countries or a list of them, the force's -------------------------

@pytest.mark.parametrize("text", [
    "KFOR currently has 212 soldiers from the Netherlands.",
    "The force now counts 350 troops from Poland.",
    "KFOR has about 640 personnel from the United States in Kosovo.",
    "At present KFOR has 180 peacekeepers from Slovenia.",
])
def test_kfor16a_people_from_one_country_are_its_contingent(text: str) -> None:
    found = facts(text)
    assert of(found, "personnel") == set(), describe(found)


@pytest.mark.parametrize("text, size", [
    ("KFOR has 4,000 soldiers from 28 countries.", "4,000"),
    ("KFOR has about 4,300 troops from Italy, Germany, Türkiye and 25 other countries.", "about 4,300"),
    ("KFOR numbers 4,500 personnel from NATO Allies and partners.", "4,500"),
])
def test_kfor16a_people_from_many_countries_are_the_size(text: str, size: str) -> None:
    found = facts(text)
    assert of(found, "personnel") == {(size, "current")}, describe(found)


# -- kfor16a: a document-wide value (the resolution) in another actor's clause, in a sentence not about the force
# ("UNMIK was established in 1999 through Security Council resolution 1244"): that actor's ---------------------------

@pytest.mark.parametrize("text", [
    "UNMIK was established in 1999 through Security Council resolution 1244 to provide an interim administration. "
    "The envoy later met the KFOR commander.",
    "EULEX was launched in 2008 under the umbrella of UN Security Council Resolution 1244. KFOR troops patrolled the "
    "north on Monday.",
    "The OSCE Mission in Kosovo has worked under Resolution 1244 since 1999. A KFOR patrol visited the town.",
])
def test_kfor16a_another_actors_resolution_is_not_the_forces(text: str) -> None:
    found = facts(text)
    assert of(found, "legal_basis") == set(), describe(found)


def test_kfor16a_the_forces_own_resolution_is_still_read() -> None:
    found = facts("KFOR troops patrolled the north on Monday. The force has been deployed since 1999 under "
                  "Resolution 1244.")
    assert of(found, "legal_basis") == {("UN Security Council Resolution 1244", "current")}, describe(found)


# -- kfor16a: the force's people as the subject of its founding ("KFOR troops were deployed in Kosovo on June 12,
# 1999"): the force's founding; a later deployment of its troops elsewhere is none -----------------------------------

@pytest.mark.parametrize("text", [
    "KFOR troops were deployed in Kosovo on June 12, 1999 following a decision by the UN Security Council.",
    "KFOR soldiers first entered Kosovo in June 1999.",
    "KFOR peacekeepers arrived in Kosovo on 12 June 1999, days after the Kumanovo agreement.",
])
def test_kfor16a_the_forces_troops_deployed_is_its_founding(text: str) -> None:
    found = facts(text)
    assert {v for v, _ in of(found, "established")} == {"1999"}, describe(found)


def test_kfor16a_a_later_deployment_of_its_troops_is_no_founding() -> None:
    found = facts("KFOR troops were deployed in the north in 2023 after the clashes.")
    assert of(found, "established") == set(), describe(found)


# -- kfor16a: "today's commander, X" (an anniversary's present beside its past) is the holder now ----------------------

@pytest.mark.parametrize("text, name", [
    ("KFOR marked its anniversary on Thursday. Today's commander, Italian Major General Paolo Neri, laid a wreath at "
     "the memorial.", "Paolo Neri"),
    ("KFOR celebrated its 40th birthday. Its first commander was Lt Gen Mike Jackson. Today's commander, Maj Gen Anna "
     "Berg, welcomed veterans.", "Anna Berg"),
    ("Veterans returned to Pristina for the KFOR anniversary. Today's commander, Major General Emre Aydin, thanked "
     "them.", "Emre Aydin"),
])
def test_kfor16a_todays_commander_holds_the_post(text: str, name: str) -> None:
    found = facts(text)
    assert (name, "current") in of(found, "commander"), describe(found)
    assert {n for n, r in of(found, "commander") if r == "current"} == {name}, describe(found)


# -- kfor16a: the force working "under a United Nations mandate" (the profile: its UN mandate is Resolution 1244) -----

@pytest.mark.parametrize("text", [
    "KFOR operates under a UN mandate and has about 4,500 troops.",
    "NATO looks after security in Kosovo through KFOR. In our mission in Kosovo we continue to operate under a United "
    "Nations mandate.",
    "KFOR continues to act under its UN Security Council mandate, the commander said.",
])
def test_kfor16a_under_a_un_mandate_is_resolution_1244(text: str) -> None:
    found = facts(text)
    assert of(found, "legal_basis") == {("UN Security Council Resolution 1244", "current")}, describe(found)


@pytest.mark.parametrize("text", [
    "UNMIK also works under a United Nations mandate. KFOR troops patrolled the north.",
    "KFOR troops patrolled the north. Serbia wants a new UN mandate for the force.",
])
def test_kfor16a_another_actors_or_a_wished_mandate_is_none(text: str) -> None:
    found = facts(text)
    assert of(found, "legal_basis") == set(), describe(found)


# -- kfor16a: a speaker's "we" or "our" for the force in focus, another actor named only in a relative clause without
# its comma ("we continue to operate under a United Nations mandate which ... the Kosovo Security Force"): the force's -

@pytest.mark.parametrize("text", [
    "“KFOR keeps watch in the north. We continue to operate under a UN mandate which the Kosovo Police respect,” he "
    "said.",
    "“NATO serves in Kosovo through KFOR. Our mission still works under Resolution 1244 which the Kosovo Security "
    "Force's new role does not change,” the admiral said.",
    "“KFOR has kept the peace for decades. We remain under a United Nations mandate which no decision of EULEX can "
    "alter,” she said.",
])
def test_kfor16a_the_speakers_we_leads_before_another_actor_in_a_relative(text: str) -> None:
    found = facts(text)
    assert of(found, "legal_basis") == {("UN Security Council Resolution 1244", "current")}, describe(found)


def test_kfor16a_another_actor_before_its_relative_keeps_its_basis() -> None:
    found = facts("“KFOR has kept the peace for decades. We welcome EULEX, which operates under Resolution 1244,” she "
                  "said.")
    assert of(found, "legal_basis") == set(), describe(found)


# -- kfor16a: a landmark in a place of the force ("a fixed presence at the main bridge in Mitrovica", "stationed at the
# border crossing near Jarinje"): the place ------------------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("KFOR maintains a fixed presence at the main bridge in Mitrovica.", "Mitrovica"),
    ("KFOR troops are stationed at the border crossing near Jarinje.", "Jarinje"),
    ("KFOR keeps soldiers at the main bridge in Mitrovica.", "Mitrovica"),
    ("KFOR reinforced its patrols at the checkpoint near Banjska on Monday.", "Banjska"),
])
def test_kfor16a_a_landmark_in_a_place_is_the_place(text: str, place: str) -> None:
    found = facts(text)
    assert (place, "current") in of(found, "area"), describe(found)


# -- kfor16a: the parent as "the North Atlantic Alliance", the force as its "peace mission" ("The peace mission of the
# North Atlantic Alliance (NATO) currently has 4,035 soldiers in Kosovo") -------------------------------------------

@pytest.mark.parametrize("text, size", [
    ("The peace mission of the North Atlantic Alliance (NATO) currently has 4,035 soldiers in Kosovo.", "4,035"),
    ("The peace mission of the North Atlantic Alliance currently has 3,900 troops in Kosovo.", "3,900"),
    ("The North Atlantic Alliance's peacekeeping mission in Kosovo has about 4,200 soldiers.", "about 4,200"),
    ("The peace mission of NATO now counts about 4,400 soldiers in Kosovo.", "about 4,400"),
])
def test_kfor16a_the_north_atlantic_alliances_peace_mission(text: str, size: str) -> None:
    found = facts(text)
    assert of(found, "personnel") == {(size, "current")}, describe(found)


def test_kfor16a_another_peace_mission_is_not_the_force() -> None:
    found = facts("The UN peace mission in Mali has about 13,000 troops.")
    assert of(found, "personnel") == set(), describe(found)


# -- kfor16a: an EU or UN mission nobody listed, by its acronym, is still a partner (open world), and a value added
# after a comma ("alongside X, in addition to Y") goes on the list ----------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ('"From today KFOR will also work alongside EUBAM-K, in addition to the Kosovo Police," a spokesperson said.',
     {("EUBAM-K", "current"), ("Kosovo Police", "current")}),
    ("KFOR now works closely with EUMM-K on border patrols.", {("EUMM-K", "current")}),
    ("KFOR cooperates with UNDP, besides the Kosovo Police, on demining.",
     {("UNDP", "current"), ("Kosovo Police", "current")}),
])
def test_kfor16a_an_unlisted_eu_or_un_mission_is_a_partner(text: str, expected: set[tuple[str, str]]) -> None:
    found = facts(text)
    assert of(found, "partner") == expected, describe(found)


@pytest.mark.parametrize("text", [
    "KFOR operates in support of UNSCR 1244.",
    "KFOR works with EUCOM on logistics.",
])
def test_kfor16a_the_uns_organs_are_no_partner(text: str) -> None:
    found = facts(text)
    assert of(found, "partner") == set(), describe(found)


# -- kfor16a: the force named only as the one who says what another actor does ("EULEX keeps a presence in Mitrovica,
# KFOR said"): the sentence is about that actor; said of the force itself, it is the force's ------------------------

@pytest.mark.parametrize("text", [
    "EULEX keeps a presence in Mitrovica, KFOR said.",
    "EULEX keeps a presence at the main bridge in Mitrovica, according to KFOR.",
    "The Kosovo Police now have about 600 officers stationed in Zvecan, KFOR said on Monday.",
])
def test_kfor16a_the_force_as_the_speaker_of_another_actors_news(text: str) -> None:
    found = facts(text)
    assert of(found, "area") == set() and of(found, "personnel") == set(), describe(found)


@pytest.mark.parametrize("text, slot, value", [
    ("About 4,500 troops serve with the force in Kosovo, KFOR said.", "personnel", "about 4,500"),
    ("KFOR keeps a presence at the main bridge in Mitrovica, alongside the Kosovo Police, KFOR said.", "area",
     "Mitrovica"),
    ('"We will act in close coordination with the Kosovo Police," KFOR said in a statement.', "partner",
     "Kosovo Police"),
])
def test_kfor16a_the_force_as_the_speaker_of_its_own_news(text: str, slot: str, value: str) -> None:
    found = facts(text)
    assert (value, "current") in of(found, slot), describe(found)


# -- kfor17a: a resolution cited as what another's act breaks ("Belgrade says the law violates Resolution 1244"), in a
# sentence not about the force: a norm in a dispute, not the basis the text states -----------------------------------

@pytest.mark.parametrize("text", [
    "KFOR patrols continued in the north.\n\nBelgrade insists that the new citizenship law violates UN Security "
    "Council Resolution 1244.",
    "KFOR patrols continued in the north.\n\nSerbian officials said the deployment of special police units was in "
    "breach of Resolution 1244.",
    "KFOR patrols continued in the north.\n\nMoscow argued on Monday that the plan contravened UNSCR 1244.",
])
def test_kfor17a_a_resolution_another_is_said_to_breach_is_no_basis(text: str) -> None:
    found = facts(text)
    assert of(found, "legal_basis") == set(), describe(found)


@pytest.mark.parametrize("text", [
    "KFOR patrols continued in the north.\n\nThe force operates under UN Security Council Resolution 1244.",
    "KFOR patrols continued in the north.\n\nIts presence is based on Resolution 1244, the spokesman said.",
])
def test_kfor17a_a_resolution_the_force_works_under_is_its_basis(text: str) -> None:
    found = facts(text)
    assert ("UN Security Council Resolution 1244", "current") in of(found, "legal_basis"), describe(found)


# -- kfor17a: a headline titles the one leaving by the post handed over ("KFOR commander X hands over to Y"): where the
# body names X only as the one leaving, X has left ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "new", "old"), [
    ("KFOR commander Ulutaş hands over to Barduani\n\nThe change of command from Maj Gen Ali Ulutaş to the new "
     "commander Enrico Barduani was held at Camp Film City.", "Enrico Barduani", "Ulutaş"),
    ("KFOR chief Kowalski passes the baton to Moretti\n\nMaj Gen Piotr Kowalski handed over command of KFOR to "
     "Maj Gen Luca Moretti on Friday.", "Luca Moretti", "Kowalski"),
    ("KFOR commander Dufour hands over to O'Brien\n\nIn Pristina, the outgoing commander of KFOR, Maj Gen Jean "
     "Dufour, handed over command to Maj Gen Sean O'Brien at a ceremony on Tuesday.", "Sean O'Brien", "Dufour"),
    # (the headline ends on a remark quoted after a colon)
    ('KFOR commander Novak hands over to Lindqvist: "Stability is our common task"\n\nThe change of command of KFOR '
     "from Maj Gen Tomas Novak to the new commander Erik Lindqvist was held in Pristina.", "Erik Lindqvist", "Novak"),
    ("Kosovo Force chief Ferreira hands over to Kaya: 'We stay vigilant'\n\nThe outgoing commander of KFOR, Maj Gen "
     "Rui Ferreira, handed over command of KFOR to Maj Gen Emre Kaya on Monday.", "Emre Kaya", "Ferreira"),
])
def test_kfor17a_the_headline_titles_the_one_leaving(text: str, new: str, old: str) -> None:
    found = facts(text)
    commanders = of(found, "commander")
    assert (new, "current") in commanders, describe(found)
    assert not any(old in value and role == "current" for value, role in commanders), describe(found)
    assert any(old in value and role == "previous" for value, role in commanders), describe(found)


# -- kfor17a: the mission's name with a number after it names one of its rotations or contingents ("Kosovo Force 48",
# "KFOR 26"): another's name, its count not the force's size --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Kosovo Force 48, or KFOR48, comprises roughly 700 soldiers from the 96th Brigade, the Pentagon said.",
    "KFOR 26, the latest U.S. rotation, comprises about 650 troops from Texas and Oklahoma.",
    "Soldiers of KFOR 31 (the Austrian contingent) number about 250, the ministry said.",
    # (the rotation named again between commas, "or X", before its count)
    "KFOR 27, or the Texas rotation, has about 800 soldiers, the Guard said.",
])
def test_kfor17a_a_numbered_rotation_is_not_the_force(text: str) -> None:
    found = facts(text)
    assert of(found, "personnel") == set(), describe(found)


@pytest.mark.parametrize(("text", "size"), [
    ("KFOR has 4,500 troops, up from 3,800 a year ago.", "4,500"),
    ("In Kosovo, KFOR's strength is now about 4,600 troops.", "about 4,600"),
    ("The Kosovo Force, or KFOR, comprises roughly 4,300 soldiers from 28 countries.", "roughly 4,300"),
])
def test_kfor17a_a_figure_after_the_name_is_still_its_size(text: str, size: str) -> None:
    found = facts(text)
    assert (size, "current") in of(found, "personnel"), describe(found)


# -- kfor17a: the resolution's abbreviation in brackets before its number ("Security Council Resolution (UNSCR) 1244")

@pytest.mark.parametrize("text", [
    "KFOR will remain in Kosovo on the basis of UN Security Council Resolution (UNSCR) 1244.",
    "KFOR patrols the north.\n\nThe force operates under Security Council Resolution (UNSCR) 1244, a spokesman said.",
    "The NATO-led Kosovo Force continues to act under United Nations Security Council Resolution (UNSC) 1244.",
])
def test_kfor17a_the_resolutions_abbreviation_before_its_number(text: str) -> None:
    found = facts(text)
    assert ("UN Security Council Resolution 1244", "current") in of(found, "legal_basis"), describe(found)


# -- kfor17b: a state the clause tells, then said undone after a contrast in the same sentence ("was wound down, but
# that has been reversed"): history, not the force's state now --------------------------------------------------

@pytest.mark.parametrize("text", [
    "KFOR troops patrol the north. Over the past few years the force was wound down, but after the riots that trend "
    "has been reversed.",
    "Militairen van KFOR patrouilleren in het noorden. Lange tijd werd de vredesmacht afgebouwd, maar na de "
    "onlusten van vorig jaar is die trend gekeerd.",
    "Les soldats de la KFOR patrouillent dans le nord. Depuis 2030, la KFOR a été réduite progressivement, mais "
    "cette tendance s'est inversée après les émeutes.",
])
def test_kfor17b_a_state_said_undone_is_history(text: str) -> None:
    found = facts(text, published=date(2043, 9, 29))
    assert ("ending", "current") not in of(found, "status"), describe(found)


@pytest.mark.parametrize("text", [
    "KFOR troops patrol the north. The force is being wound down, and the trend will go on next year.",
    "Militairen van KFOR patrouilleren in het noorden. De vredesmacht wordt afgebouwd, maar de patrouilles gaan door.",
])
def test_kfor17b_a_state_not_undone_stays(text: str) -> None:
    found = facts(text, published=date(2043, 9, 29))
    assert ("ending", "current") in of(found, "status"), describe(found)


# -- kfor17b: a sentence opening with the force's pronoun as its subject, after one naming the force, names other
# actors only as those it works with ("Elle travaille en étroite coordination avec la police du Kosovo et avec
# EULEX"): the sentence is the force's, and they are its partners ---------------------------------------------

@pytest.mark.parametrize("text, partner", [
    ("KFOR has about 4,300 troops in Kosovo. It cooperates closely with the Kosovo Police on patrols in the north.",
     "Kosovo Police"),
    ("La KFOR compte 4 300 militaires. Elle agit en coordination avec EULEX lors des manifestations.", "EULEX"),
    ("La KFOR despliega unos 4.300 soldados. Ella trabaja en estrecha coordinación con la Policía de Kosovo.",
     "Kosovo Police"),
    ("La KFOR conta circa 4.300 militari. Essa opera in stretto coordinamento con EULEX nel nord.", "EULEX"),
])
def test_kfor17b_the_forces_pronoun_opening_a_sentence_of_partners(text: str, partner: str) -> None:
    found = facts(text)
    assert (partner, "current") in of(found, "partner"), describe(found)


@pytest.mark.parametrize("text", [
    "KFOR has about 4,300 troops in Kosovo. EULEX advises the courts. It cooperates closely with the Kosovo Police.",
    "La KFOR compte 4 300 militaires. L'UNMIK a un bureau à Pristina. Elle travaille avec la police du Kosovo.",
])
def test_kfor17b_a_pronoun_after_another_actors_sentence_is_not_the_forces(text: str) -> None:
    found = facts(text)
    assert of(found, "partner") == set(), describe(found)


# -- kfor17b: a partner named by its owner's possessive and a description, its own name in parentheses ("with the EU's
# civilian rule of law mission (EULEX)"): the body in parentheses is the partner, its owner is not ----------------

@pytest.mark.parametrize("text, partner", [
    ("KFOR works in close cooperation with the EU's civilian rule of law mission (EULEX) in the north.", "EULEX"),
    ("KFOR samarbejder tæt med EU’s civile retsstatsmission (EULEX) i Mitrovica.", "EULEX"),
    ("KFOR works together with the UN's interim administration mission (UNMIK) in the north.", "UNMIK"),
])
def test_kfor17b_the_owners_body_named_in_parentheses_is_the_partner(text: str, partner: str) -> None:
    found = facts(text)
    partners = of(found, "partner")
    assert any(value == partner for value, _ in partners), describe(found)
    assert not any(value in ("European Union", "United Nations") for value, _ in partners), describe(found)


def test_kfor17b_an_owner_without_a_named_body_is_still_the_partner() -> None:
    found = facts("KFOR works closely with the EU and with the Kosovo Police.")
    assert ("European Union", "current") in of(found, "partner"), describe(found)


# -- kfor17b: the Dutch passive with its agent before the object ("werd door generaal X het commando over KFOR
# overgedragen aan zijn ranggenoot Y"), and a peer's noun for the rank before a name ("zijn ranggenoot Y") ------------

@pytest.mark.parametrize("text, new, old", [
    ("Op maandag is in Pristina door generaal-majoor Luca Bianchi het commando over KFOR overgedragen aan "
     "generaal-majoor Jan de Wit.", "Jan de Wit", "Luca Bianchi"),
    ("Gisteren werd door de Hongaarse generaal-majoor Ferenc Kovács de leiding van KFOR overgedragen aan zijn "
     "ranggenoot Tomasz Nowak.", "Tomasz Nowak", "Ferenc Kovács"),
    ("In Pristina werd door generaal Anna Berg het bevel over KFOR formeel overgedragen aan haar ranggenote "
     "Sofia Marino.", "Sofia Marino", "Anna Berg"),
])
def test_kfor17b_a_dutch_passive_handover_with_its_agent(text: str, new: str, old: str) -> None:
    found = facts(text)
    assert (new, "current") in of(found, "commander"), describe(found)
    assert (old, "previous") in of(found, "commander"), describe(found)
    assert (old, "current") not in of(found, "commander"), describe(found)


def test_kfor17b_a_dutch_passive_handover_of_a_contingent_is_not_kfors() -> None:
    found = facts("KFOR telt 4.300 militairen. Vrijdag werd door kolonel Pieter Smit het commando over het Nederlandse "
                  "detachement overgedragen aan zijn ranggenoot Kees Bakker.")
    assert of(found, "commander") == set(), describe(found)


# -- bio18: a decision of the alliance's bodies about the force (the same slot as NATO Mission Iraq's: the body, the
# day it was taken, what it decided); a proposal, a possibility and another body's decision about something else are
# none ------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, body, day", [
    ("NATO defence ministers agreed on Thursday to reinforce KFOR with an additional battalion from the alliance's "
     "operational reserve.", "Defence Ministers", "2025-10-09"),
    ("Le Conseil de l'Atlantique Nord a décidé mercredi de renforcer la KFOR avec un bataillon de réserve.",
     "North Atlantic Council", "2025-10-08"),
    ("De Noord-Atlantische Raad heeft dinsdag besloten de KFOR te versterken met een reservebataljon.",
     "North Atlantic Council", "2025-10-07"),
    ("Il Consiglio Nord Atlantico ha approvato lunedì l'invio di un battaglione di riserva alla KFOR.",
     "North Atlantic Council", "2025-10-06"),
    ("At their summit in Vilnius, NATO leaders decided to keep KFOR at its present strength until 2030.",
     "NATO leaders", "2025-10-10"),
    # the allies' decision, the body that took it named as the one who told it after
    ("Allies decided on Monday to reinforce KFOR with a reserve battalion, the North Atlantic Council announced.",
     "North Atlantic Council", "2025-10-06"),
    ("NATO allies agreed on Thursday to keep KFOR's reserve battalion in the north, the North Atlantic Council said "
     "in a statement.", "North Atlantic Council", "2025-10-09"),
])
def test_bio18_a_decision_of_an_alliance_body_about_kfor(text: str, body: str, day: str) -> None:
    found = facts(text)
    decisions = of(found, "decision")
    assert any(value.startswith(f"{day} {body}:") and role == "current" for value, role in decisions), describe(found)


@pytest.mark.parametrize("text", [
    "NATO's military commanders proposed that the North Atlantic Council reinforce KFOR with a reserve battalion.",
    "Defence ministers could decide next month to send more troops to KFOR, diplomats said.",
    "Allies are considering a proposal to extend KFOR's reserve deployment, but no decision has been taken.",
    "Allies may decide next month to reinforce KFOR, the North Atlantic Council said.",
    "EU member states agreed on Monday to extend EULEX, the Council of the EU said.",
    "The Council of the European Union decided on Monday to extend the mandate of EULEX until June 2027.",
    "The North Atlantic Council decided on Tuesday to expand NATO Mission Iraq to the Ministry of Interior.",
])
def test_bio18_a_proposal_or_another_bodys_decision_is_no_kfor_decision(text: str) -> None:
    found = facts(text)
    assert of(found, "decision") == set(), describe(found)


# -- bio18: another actor's post told as held before, in biography, neither takes the text away from the force nor
# moves the post it follows: "He succeeds Y" after it is still KFOR's command ------------------------------------------

@pytest.mark.parametrize("text, new, old", [
    ("Major General Luca Ferrante took command of KFOR on Friday. He previously served as deputy commander of NATO "
     "Mission Iraq in Baghdad. He succeeds Major General Attila Szabo.", "Luca Ferrante", "Attila Szabo"),
    ("Maj Gen Ayşe Demir assumed command of KFOR in Pristina yesterday. Before that, she was chief of staff of EULEX. "
     "She replaces Maj Gen Jonas Petrauskas.", "Ayşe Demir", "Jonas Petrauskas"),
    ("Generaal-majoor Erik Hansen nam dinsdag het commando over KFOR over. Eerder was hij plaatsvervangend commandant "
     "van EUFOR. Hij volgt generaal-majoor Marco Vitale op.", "Erik Hansen", "Marco Vitale"),
])
def test_bio18_a_past_post_of_another_actor_keeps_the_forces_succession(text: str, new: str, old: str) -> None:
    found = facts(text)
    assert (new, "current") in of(found, "commander"), describe(found)
    assert (old, "previous") in of(found, "commander"), describe(found)



# -- kfor18a: a count of soldiers who will leave, withdraw or go home is the part on the move, not the size; the force
# left after it is ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, size", [
    ("About 700 soldiers will leave Kosovo by the spring, leaving KFOR with some 3,800 troops.", "some 3,800"),
    ("Roughly 450 KFOR troops are to withdraw next year; the force will then number about 4,100 soldiers.",
     "about 4,100"),
    ("Some 300 Italian and Austrian soldiers will go home in March, and KFOR will keep around 4,200 peacekeepers.",
     "around 4,200"),
    ("NATO said 250 peacekeepers are due to depart in June, bringing KFOR down to 4,350 troops.", "4,350"),
])
def test_kfor18a_soldiers_who_will_leave_are_no_size(text: str, size: str) -> None:
    found = facts(text)
    sizes = {value for value, _ in of(found, "personnel")}
    assert size in sizes, describe(found)
    assert all(s == size for s in sizes), describe(found)


@pytest.mark.parametrize("text", [
    "KFOR's 4,500 soldiers will remain in Kosovo under Resolution 1244.",
    "KFOR will keep its 4,500 troops in Kosovo next year.",
])
def test_kfor18a_soldiers_who_stay_are_still_the_size(text: str) -> None:
    found = facts(text)
    assert any(value == "4,500" for value, _ in of(found, "personnel")), describe(found)


# -- kfor18a: the force closing some of its camps is no ending of the force --------------------------------------------

@pytest.mark.parametrize("text", [
    "NATO's Kosovo force, KFOR, will close 6 of its 14 camps starting from January.",
    "KFOR will close two bases in the south next year, a spokesman said.",
    "KFOR will close its liaison office in Peja by the end of the month.",
    "KFOR will close several checkpoints along the boundary line once the tension eases.",
])
def test_kfor18a_closing_camps_is_no_ending(text: str) -> None:
    found = facts(text)
    assert not {v for v, _ in of(found, "status")} & {"ending", "ended"}, describe(found)


@pytest.mark.parametrize("text", [
    "NATO will close KFOR next year, the alliance said.",
    "Allies said KFOR will close its mission in Kosovo by 2030.",
])
def test_kfor18a_closing_the_force_itself_is_an_ending(text: str) -> None:
    found = facts(text)
    assert ("ending", "current") in of(found, "status"), describe(found)


# -- kfor18a: the force named only in a relative clause on the subject, closed before the count: the count is what the
# subject's new post holds ("X, who served in KFOR, will be in charge of some 1,100 troops" in Bosnia) -----------------

@pytest.mark.parametrize("text", [
    "Brigadier General Anna Kowalczyk, who commanded the Polish contingent in KFOR in 2019, will be in charge of some "
    "1,300 troops in Bosnia.",
    "Colonel Pierre Laurent, who later served as KFOR's chief of staff, will lead about 900 soldiers in Mali.",
    "General Tomas Berg, whose first deployment was with KFOR in 2001, now commands 2,400 troops in Latvia.",
    "Le général Marc Dubois, qui a servi au sein de la KFOR en 2015, commandera quelque 1 100 soldats en Bosnie.",
])
def test_kfor18a_the_force_named_only_in_a_relative_on_the_subject_owns_no_count(text: str) -> None:
    found = facts(text)
    assert of(found, "personnel") == set(), describe(found)


@pytest.mark.parametrize("text", [
    "KFOR, which has 4,500 troops, is led by Major General Paul Hart.",
    "Major General Paul Hart, who commands KFOR, said the force has 4,500 troops.",
    "The announcement followed a warning from the NATO chief, who said KFOR, which has around 4,500 troops, would "
    "stay.",
])
def test_kfor18a_the_force_outside_a_relative_keeps_its_count(text: str) -> None:
    found = facts(text)
    assert any(value.endswith("4,500") and role == "current" for value, role in of(found, "personnel")), describe(found)


# -- kfor18a: a unit's name ending in a sign of command ("KFOR's Regional Command West") is no sign of KFOR's command; a
# handover of something else's direction there is not KFOR's ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "At Camp Villaggio Italia, seat of KFOR's Regional Command West, Colonel Marco Neri handed the direction of the "
    "logistics centre to Colonel Luca Bassi.",
    "At Camp Bondsteel, home of KFOR's Regional Command East, Colonel John Reed handed the direction of the field "
    "hospital to Colonel Paul Hart.",
    "In Novo Selo, base of KFOR's Multinational Battle Group East, Lieutenant Colonel Ana Ruiz passed the leadership "
    "of the engineer company to Major Pablo Ortega.",
])
def test_kfor18a_a_units_name_is_no_sign_of_kfors_command(text: str) -> None:
    found = facts(text)
    assert of(found, "commander") == set(), describe(found)


@pytest.mark.parametrize("text", [
    "At Film City, the headquarters of KFOR, Major General John Reed handed command to Major General Paul Hart.",
    "Major General John Reed handed command of KFOR to Major General Paul Hart at Camp Film City.",
])
def test_kfor18a_kfors_own_handover_is_still_read(text: str) -> None:
    found = facts(text)
    assert ("Paul Hart", "current") in of(found, "commander"), describe(found)


# -- kfor18a: "several thousand" names no number, like "several hundred": its value says so, never "1,000" -------------

@pytest.mark.parametrize("text", [
    "KFOR as a whole numbers several thousand troops, a spokesman said.",
    "KFOR still has a few thousand soldiers in Kosovo.",
    "La KFOR compte plusieurs milliers de soldats au Kosovo.",
    "KFOR telt enkele duizenden militairen in Kosovo.",
])
def test_kfor18a_several_thousand_is_vague(text: str) -> None:
    found = facts(text)
    assert {value for value, _ in of(found, "personnel")} == {"several thousand"}, describe(found)


def test_kfor18a_thousands_of_protesters_are_no_size() -> None:
    found = facts("Thousands of people protested in Pristina against KFOR on Saturday.")
    assert of(found, "personnel") == set(), describe(found)


# -- kfor18a: the force's founding told as its operation launched in a year, or as since when it has worked for its
# whole mandate ("Since 1999, KFOR has contributed to ensuring a secure and stable environment in Kosovo", "... as it
# has done since 1999"); a year since which it does one thing or another is no founding --------------------------------

@pytest.mark.parametrize("text", [
    "KFOR launched its operation in June 1999, when Kosovo was in the midst of a humanitarian crisis.",
    "KFOR began its deployment in Kosovo on 12 June 1999.",
    "Since 1999, KFOR has contributed to ensuring a secure and stable environment in Kosovo.",
    "Since June 1999, KFOR has helped to maintain a safe and secure environment for all people in Kosovo.",
    "Kosovo Force (KFOR): Since 1999, KFOR has helped to keep a safe and secure environment in Kosovo.",
    "KFOR will continue protecting all communities in Kosovo, as it has done since 1999, a spokesman said.",
    "The force keeps ensuring freedom of movement for everyone, as it has since 1999, said KFOR.",
])
def test_kfor18a_the_forces_founding_as_its_launch_or_its_mandate_since(text: str) -> None:
    found = facts(text)
    assert {value for value, _ in of(found, "established")} == {"1999"}, describe(found)


@pytest.mark.parametrize("text", [
    "KFOR launched its operation in the north in 2023 after the clashes.",
    "Since 2023, KFOR has increased its patrols in the north of Kosovo.",
    "KFOR will continue to patrol the boundary line, as it has done since 2023.",
    "Since 2024, KFOR has worked with the Kosovo Police on joint checkpoints.",
])
def test_kfor18a_a_year_since_which_the_force_does_one_thing_is_no_founding(text: str) -> None:
    found = facts(text)
    assert of(found, "established") == set(), describe(found)


# -- kfor18b: a list of posts each said before its holder, in any language: the force's title after one person is the
# next one's ("the UN's special representative, X, the commander of KFOR, Y"); not the one before it ------------------

@pytest.mark.parametrize("text, holder, other", [
    ("Il ministro ha incontrato il portavoce dell'EULEX, Pierre Lemaire, il comandante di KFOR, generale Tomasz "
     "Wróbel, e il sindaco di Pristina.", "Tomasz Wróbel", "Pierre Lemaire"),
    ("La ministra se reunió con la representante especial de la ONU, Ingrid Solberg, el comandante de la KFOR, general "
     "Piotr Nowicki, y el alcalde de Pristina.", "Piotr Nowicki", "Ingrid Solberg"),
    ("Ministeren mødtes med den amerikanske ambassadør, John Carter, chefen for KFOR, generalmajor Gábor Horváth, "
     "og borgmesteren i Pristina.", "Gábor Horváth", "John Carter"),
    ("De minister sprak met de speciale vertegenwoordiger van de VN, Maria Rossi, de commandant van KFOR, "
     "generaal-majoor Hans Keller, en de burgemeester van Pristina.", "Hans Keller", "Maria Rossi"),
])
def test_kfor18b_a_list_of_posts_before_their_holders_gives_the_forces_title_to_the_next(
        text: str, holder: str, other: str) -> None:
    found = facts(text)
    commanders = of(found, "commander")
    assert (holder, "current") in commanders, describe(found)
    assert not any(value == other for value, _ in commanders), describe(found)


@pytest.mark.parametrize("text, holder", [
    # (a trap: the title after the person with no other post before them is that person's)
    ("Il ministro ha incontrato il generale Tomasz Wróbel, il comandante di KFOR, a Pristina.", "Tomasz Wróbel"),
    ("Ministeren mødtes med generalmajor Gábor Horváth, chefen for KFOR, i Pristina.", "Gábor Horváth"),
])
def test_kfor18b_the_forces_title_after_a_person_with_no_post_before_is_theirs(text: str, holder: str) -> None:
    found = facts(text)
    assert (holder, "current") in of(found, "commander"), describe(found)


# -- kfor18b: the force's title right before its holder's rank and name, no comma between ("il Comandante di KFOR
# Major General X") --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, holder", [
    ("Alla cerimonia erano presenti il sindaco e il comandante di KFOR generale Marco Bellandi.", "Marco Bellandi"),
    ("Al acto asistieron el alcalde y el comandante de la KFOR general Piotr Nowicki.", "Piotr Nowicki"),
    ("À la cérémonie assistaient le maire et le commandant de la KFOR le général Hugo Marchand.", "Hugo Marchand"),
    ("Ved ceremonien deltog borgmesteren og chefen for KFOR generalmajor Gábor Horváth.", "Gábor Horváth"),
])
def test_kfor18b_the_forces_title_before_a_name_without_a_comma(text: str, holder: str) -> None:
    found = facts(text)
    assert (holder, "current") in of(found, "commander"), describe(found)


@pytest.mark.parametrize("text", [
    # (traps: the deputy's title and a national contingent's, written the same way)
    "Alla cerimonia era presente il vice comandante di KFOR generale Marco Bellandi.",
    "Al acto asistió el comandante del contingente español de la KFOR coronel Luis Ortega.",
])
def test_kfor18b_a_side_post_before_a_name_without_a_comma_is_no_commander(text: str) -> None:
    found = facts(text)
    assert of(found, "commander") == set(), describe(found)


# -- kfor18b: the force's command held before, told in a relative clause ("X, che è stato comandante della KFOR tra il
# 2040 e il 2041, ..."), and "NATO's forces in Kosovo" in the other languages ----------------------------------------

@pytest.mark.parametrize("text, person", [
    ("Il generale Paolo Serra, che è stato comandante della KFOR nel 2021, ha parlato ai soldati.", "Paolo Serra"),
    ("Le général Pierre Durand, qui a été commandant de la KFOR en 2019, a pris la parole.", "Pierre Durand"),
    ("El general Juan Pérez, que fue comandante de la KFOR entre 2018 y 2019, visitó Pristina.", "Juan Pérez"),
    ("Il generale Paolo Serra, che è stato comandante delle forze NATO in Kosovo tra il 2020 e il 2021, ha parlato.",
     "Paolo Serra"),
    ("Le général Pierre Durand, qui a été commandant des forces de l'OTAN au Kosovo en 2019, a pris la parole.",
     "Pierre Durand"),
])
def test_kfor18b_a_past_command_of_the_force_in_a_relative_clause_is_history(text: str, person: str) -> None:
    found = facts(text)
    commanders = of(found, "commander")
    assert (person, "historical") in commanders, describe(found)
    assert (person, "current") not in commanders, describe(found)


@pytest.mark.parametrize("text", [
    # (traps: a nation's forces in Kosovo are not NATO's)
    "Il generale Paolo Serra, che è stato comandante delle forze italiane in Kosovo nel 2021, ha parlato.",
    "El general Juan Pérez, que fue comandante de las fuerzas españolas en Kosovo en 2019, visitó Pristina.",
])
def test_kfor18b_a_nations_forces_in_kosovo_are_not_the_force(text: str) -> None:
    found = facts(text)
    assert of(found, "commander") == set(), describe(found)


# -- kfor18b: a participle of succession after a main clause still to come ("Spain will take over command of KFOR in
# December, replacing Y"): Y holds the post until then --------------------------------------------------------------

@pytest.mark.parametrize("text, holder", [
    ("Spain will take over command of KFOR on 10 December, replacing Major General Matej Kovač.", "Matej Kovač"),
    ("España se hará cargo del mando de la KFOR en diciembre, reemplazando al general de división Jan Novák.",
     "Jan Novák"),
    ("La Hongrie prendra le commandement de la KFOR en décembre, succédant au général Marco Bellandi.",
     "Marco Bellandi"),
    ("Ungheria assumerà il comando della KFOR a dicembre, subentrando al generale Pierre Lemaire.", "Pierre Lemaire"),
])
def test_kfor18b_the_one_a_successor_still_to_come_replaces_holds_the_post(text: str, holder: str) -> None:
    found = facts(text)
    commanders = of(found, "commander")
    assert (holder, "current") in commanders, describe(found)
    assert (holder, "previous") not in commanders, describe(found)


@pytest.mark.parametrize("text, person, role", [
    # (traps: a taking told as done leaves the one replaced out of the post; a possible one places nobody)
    ("Spain took over command of KFOR on Monday, replacing Major General Matej Kovač.", "Matej Kovač", "previous"),
    ("España se hizo cargo del mando de la KFOR el lunes, reemplazando al general de división Jan Novák.", "Jan Novák",
     "previous"),
    ("Spain could take over command of KFOR in December, replacing Major General Matej Kovač.", "Matej Kovač", None),
])
def test_kfor18b_a_participle_of_succession_after_a_done_or_possible_taking(text: str, person: str,
                                                                            role: str | None) -> None:
    found = facts(text)
    roles = {r for value, r in of(found, "commander") if value == person}
    assert "current" not in roles, describe(found)
    if role is not None:
        assert role in roles, describe(found)


# -- kfor18b: Danish: the taking of the command in a relative clause ("X, som i dag overtager kommandoen over KFOR,
# ..."), and the newcomer named again by what they are ("Den danske general afløser Y") --------------------------------

@pytest.mark.parametrize("text, new, old", [
    ("Generalmajor Lars Holm, som i dag overtager kommandoen over KFOR, besøgte lejren.", "Lars Holm", None),
    ("Generalløjtnant Anna Berg, der i går overtog kommandoen over KFOR, talte til soldaterne.", "Anna Berg", None),
    ("Generalmajor Lars Holm overtager i dag kommandoen over KFOR.\n\nDen danske general afløser den italienske "
     "generalmajor Marco Bellandi.", "Lars Holm", "Marco Bellandi"),
    ("Generalløjtnant Anna Berg overtog i går kommandoen over KFOR. Den nye chef afløste generalmajor Piotr Nowicki.",
     "Anna Berg", "Piotr Nowicki"),
])
def test_kfor18b_danish_taking_in_a_relative_and_the_newcomer_described(text: str, new: str, old: str | None) -> None:
    found = facts(text)
    commanders = of(found, "commander")
    assert (new, "current") in commanders, describe(found)
    if old is not None:
        assert (old, "previous") in commanders and (old, "current") not in commanders, describe(found)


@pytest.mark.parametrize("text", [
    # (traps: the relative clause takes another post; a general described who replaces someone in another post)
    "Oberst Lars Holm, som i dag overtager kommandoen over det danske kontingent i KFOR, besøgte lejren.",
    "Generalmajor Lars Holm besøgte KFOR i dag. Den danske general afløser oberst Marco Bellandi som chef for "
    "det danske kontingent.",
])
def test_kfor18b_danish_another_post_taken_in_a_relative_or_by_the_described(text: str) -> None:
    found = facts(text)
    assert of(found, "commander") == set(), describe(found)


# -- kfor18b: Dutch: the force entered Kosovo, the particle before the date ("KFOR kwam Kosovo binnen op 12 juni 1999"),
# or after a clause of the force joined by "en" ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "KFOR kwam Kosovo binnen op 12 juni 1999, twee dagen na resolutie 1244.",
    "KFOR trok Kosovo binnen in juni 1999 en bleef er sindsdien.",
    "De vredesmacht KFOR nam de militaire taken op zich en trok op 12 juni 1999 Kosovo binnen.",
])
def test_kfor18b_dutch_the_force_entered_kosovo(text: str) -> None:
    found = facts(text)
    assert {value for value, _ in of(found, "established")} == {"1999"}, describe(found)


@pytest.mark.parametrize("text", [
    # (traps: a unit or a nation's troops of the force entered, not the force)
    "Het Nederlandse detachement van KFOR kwam Kosovo binnen op 3 mei 2004.",
    "De Duitse troepen van de vredesmacht trokken Kosovo binnen in juli 1999.",
])
def test_kfor18b_dutch_a_part_of_the_force_entering_is_no_founding(text: str) -> None:
    found = facts(text)
    assert of(found, "established") == set(), describe(found)


# -- left19: a count told in the past at a date after a deadline word, already past ("As of 1 May, the force numbered
# 4,100 troops" on a page of 2 May; "Au 1er mai, la force comptait ..."): that date, not the next one, and no future
# (a day written as an ordinal, "1er mai", "1° maggio", "1º de mayo", is a date too) ---------------------------------

@pytest.mark.parametrize("text, day", [
    ("As of 1 May, KFOR numbered some 4,100 troops from 27 nations.", date(2041, 5, 1)),
    ("As of 28 April, the Kosovo Force comprised about 4,250 soldiers.", date(2041, 4, 28)),
    ("Au 1er mai, la KFOR comptait environ 4 100 militaires.", date(2041, 5, 1)),
    ("Al 1° maggio la KFOR contava circa 4.100 militari.", date(2041, 5, 1)),
    ("A 30 de abril, la KFOR contaba con unos 4.100 efectivos.", date(2041, 4, 30)),
    ("Per 1 mei telde KFOR ongeveer 4.100 militairen.", date(2041, 5, 1)),
])
def test_left19_a_count_told_in_the_past_as_of_a_day_gone_by(text: str, day: date) -> None:
    found = facts(text, published=date(2041, 5, 2))
    sizes = [f for f in found if f.slot == "personnel"]
    assert sizes and all(f.role == "current" and f.as_of == day for f in sizes), describe(found)


@pytest.mark.parametrize("text", [
    # (traps: a cut still to come by a day without its year; a plan told in the future)
    "KFOR will be cut to 3,000 troops by 1 March.",
    "Allies agreed to bring KFOR down to 3,200 soldiers as of 1 April.",
])
def test_left19_a_deadline_still_to_come_stays_ahead(text: str) -> None:
    found = facts(text, published=date(2041, 5, 2))
    sizes = [f for f in found if f.slot == "personnel"]
    assert sizes and all(f.role == "future" for f in sizes), describe(found)


# -- left19: a partner's name read inside a longer name, another body's or an act's ("the EU-facilitated dialogue", "the
# EU Special Representative"), or the owner of a partner named right after it ("the EU's EULEX mission"): no partner
# of its own; the partner named whole ("the European Union Rule of Law Mission") ----------------------------------

@pytest.mark.parametrize("text, expected", [
    ("KFOR cooperates closely with the EU's EULEX mission and the Kosovo Police.", {"EULEX", "Kosovo Police"}),
    ("KFOR works together with the European Union Rule of Law Mission.", {"EULEX"}),
    ("KFOR supports the EU Rule of Law Mission EULEX in the north.", {"EULEX"}),
    ("KFOR works closely with the Kosovo Police and supports the EU-facilitated dialogue.", {"Kosovo Police"}),
    ("KFOR works alongside the EU Special Representative and EULEX.", {"EULEX"}),
])
def test_left19_a_partner_is_a_whole_name(text: str, expected: set[str]) -> None:
    found = facts(text)
    assert {value for value, _ in of(found, "partner")} == expected, describe(found)

