"""The language files beyond English (monitor/languages/<code>.toml): each loads, its frames compile,
its words do not disturb English, and real-style sentences in each language give the facts they
state (and no fact where they state a possibility, a denial or another actor's commander)."""
from __future__ import annotations

import tomllib
from datetime import date
from importlib import resources

import pytest

from monitor.facts import extract_facts
from monitor.language import HANDOVER_PARTS, available_languages, load_language
from monitor.models import Document, Fact
from monitor.profile import load_profile
from monitor.textutil import fold

PROFILE = load_profile("nato_mission_iraq")
OTHER_LANGUAGES = ("fr", "es", "it", "nl", "da")
STATUSES = {"suspended", "resumed", "relocated", "ending", "ended", "active", "continuing"}
ROLES = {"current", "previous", "future", "historical"}

Expected = tuple[str, str, str]  # slot, a part of the value, role
Forbidden = tuple[str, str | None, str | None]  # slot, a part of the value (None: any), role (None: any)

# (language, paragraphs, published, expected, forbidden)
CASES: list[tuple[str, tuple[str, ...], str, list[Expected], list[Forbidden]]] = [
    # -- French ------------------------------------------------------------------------------------
    ("fr", ("Le général de division Christophe Hintzy, qui commande la NATO Mission Iraq depuis mai 2025, est "
            "intervenu le jeudi 4 septembre 2025 en visioconférence.",), "2025-09-09",
     [("commander", "Hintzy", "current")], []),
    ("fr", ("Le général Jean Dupont a pris le commandement de la mission de l'OTAN en Irak.",), "2025-06-01",
     [("commander", "Dupont", "current")], []),
    ("fr", ("Le général Jean Dupont a succédé au général Pierre Martin à la tête de la NMI.",), "2025-06-01",
     [("commander", "Dupont", "current"), ("commander", "Martin", "previous")], [("commander", "Martin", "current")]),
    ("fr", ("La NMI a suspendu ses activités de formation.",), "2025-06-01", [("status", "suspended", "current")], []),
    # a surname alone after a lower-case rank and an article; "depuis" a date long past is no history
    ("fr", ("Le général Hintzy succède au général néerlandais Cas Schreurs à la tête de la NMI.",), "2025-06-01",
     [("commander", "Hintzy", "current"), ("commander", "Schreurs", "previous")], []),
    ("fr", ("Le général Jean Dupont, qui commande la NMI depuis mai 2024, a reçu le ministre.",), "2025-12-01",
     [("commander", "Dupont", "current")], [("commander", "Dupont", "historical")]),
    ("it", ("Si è svolta a Baghdad la cerimonia di avvicendamento al comando della missione NATO in Iraq, che ha "
            "visto il Generale di Divisione Giovanni Iannucci subentrare al generale danese Michael Lollesgaard "
            "(al comando della missione dal maggio 2021).",), "2022-05-12",
     [("commander", "Iannucci", "current"), ("commander", "Lollesgaard", "previous")], []),
    ("fr", ("Les activités de formation de la mission de l'OTAN en Irak ont été suspendues.",), "2025-06-01",
     [("status", "suspended", "current")], []),
    ("fr", ("Le général Jean Dupont prendra le commandement de la NMI l'année prochaine.",), "2025-06-01",
     [("commander", "Dupont", "future")], [("commander", "Dupont", "current")]),
    # a possibility, a denial: no fact
    ("fr", ("Le général Jean Dupont pourrait prendre le commandement de la NMI.",), "2025-06-01",
     [], [("commander", None, None)]),
    ("fr", ("La NMI n'a pas suspendu ses activités de formation.",), "2025-06-01", [], [("status", "suspended", None)]),
    # another actor's commander
    ("fr", ("La NMI poursuit ses activités. Le général Paul Durand a pris le commandement de la coalition "
            "internationale.",), "2025-06-01", [], [("commander", "Durand", None)]),
    # -- Italian -----------------------------------------------------------------------------------
    ("it", ("Si è svolta il 10 maggio 2022 a Baghdad la cerimonia di avvicendamento al comando della missione NATO "
            "in Iraq (NATO Mission Iraq) che ha visto il Generale di Divisione Giovanni Iannucci subentrare al "
            "Liutenant General danese Michael Lollesgaard (al comando della missione dal maggio 2021).",),
     "2022-05-15", [("commander", "Iannucci", "current"), ("commander", "Lollesgaard", "previous")],
     [("commander", "Iannucci", "historical")]),
    ("it", ("Il generale Marco Rossi ha assunto il comando della NATO Mission Iraq.",), "2024-06-01",
     [("commander", "Rossi", "current")], []),
    ("it", ("Il generale Marco Rossi subentra al generale Luca Bianchi al comando della NMI.",), "2024-06-01",
     [("commander", "Rossi", "current"), ("commander", "Bianchi", "previous")], []),
    ("it", ("La NMI ha sospeso le attività di addestramento.",), "2024-06-01",
     [("status", "suspended", "current")], []),
    ("it", ("Il generale Marco Rossi potrebbe assumere il comando della missione NATO in Iraq.",), "2024-06-01",
     [], [("commander", None, None)]),
    ("it", ("La missione NATO in Iraq non ha sospeso le attività di addestramento.",), "2024-06-01",
     [], [("status", "suspended", None)]),
    # -- Spanish -----------------------------------------------------------------------------------
    ("es", ("El teniente general Pedro Gómez Ruiz asumió el mando de la Misión de la OTAN en Irak.",), "2024-06-01",
     [("commander", "Gómez Ruiz", "current")], []),
    ("es", ("El teniente general Pedro Gómez Ruiz relevó al general Luis Martín López al frente de la NMI.",),
     "2024-06-01", [("commander", "Gómez Ruiz", "current"), ("commander", "Martín López", "previous")], []),
    ("es", ("La Misión de la OTAN en Irak ha suspendido sus actividades de adiestramiento.",), "2024-06-01",
     [("status", "suspended", "current")], []),
    ("es", ("El teniente general Pedro Gómez Ruiz asumirá el mando de la NMI el próximo año.",), "2024-06-01",
     [("commander", "Gómez Ruiz", "future")], [("commander", "Gómez Ruiz", "current")]),
    ("es", ("El general Pedro Gómez, del Ejército de Tierra, podría asumir el mando de la misión de la OTAN en Irak.",),
     "2024-06-01", [], [("commander", None, None)]),
    # -- Dutch -------------------------------------------------------------------------------------
    ("nl", ("Luitenant-generaal Cas Schreurs staat sinds eind mei aan het roer van de NATO Mission Iraq (NMI).",
            "Generaal Schreurs nam 24 mei het commando van NMI over van de Spaanse luitenant-generaal José Antonio "
            "Agüero Martínez."), "2024-06-10",
     [("commander", "Schreurs", "current"), ("commander", "Agüero Martínez", "previous")],
     [("commander", "Agüero", "current")]),
    ("nl", ("De Nederlandse brigadegeneraal Cas Schreurs gaat volgend jaar de troepen van de NAVO-missie in Irak "
            "leiden. Die is bedoeld om de veiligheidssector in het land te versterken.",
            "Schreurs is momenteel nog commandant van 11 Luchtmobiele Brigade Air Assault."), "2023-10-27",
     [("commander", "Schreurs", "future")], [("commander", "Schreurs", "current")]),
    ("nl", ("De NAVO-missie in Irak heeft de trainingen tijdelijk opgeschort.",), "2024-06-01",
     [("status", "suspended", "current")], []),
    ("nl", ("Generaal Cas Schreurs zou het commando van NMI kunnen overnemen.",), "2024-06-01",
     [], [("commander", None, None)]),
    ("nl", ("De NAVO-missie in Irak heeft de trainingen niet opgeschort.",), "2024-06-01",
     [], [("status", "suspended", None)]),
    # -- Danish ------------------------------------------------------------------------------------
    ("da", ("Generalløjtnant Per Pugholm Olsen er udpeget til at varetage stillingen som den første danske chef for "
            "NATO Mission Iraq (NMI), når Danmark ultimo 2020 forventes at overtage missionen fra Canada.",),
     "2020-03-15", [("commander", "Olsen", "future")], [("commander", "Olsen", "current")]),
    ("da", ("Generalmajor Søren Hansen overtog kommandoen over NATO-missionen i Irak fra generalløjtnant Per Pugholm "
            "Olsen.",), "2021-06-01", [("commander", "Hansen", "current"), ("commander", "Olsen", "previous")], []),
    ("da", ("NATO Mission Iraq har suspenderet sine træningsaktiviteter.",), "2021-06-01",
     [("status", "suspended", "current")], []),
    ("da", ("NATO Mission Iraq har ikke suspenderet sine aktiviteter.",), "2021-06-01",
     [], [("status", "suspended", None)]),
    ("da", ("NATO Mission Iraq fortsætter sit arbejde. Generalmajor Søren Hansen overtog kommandoen over "
            "koalitionen.",), "2021-06-01", [], [("commander", "Hansen", None)]),
]


def facts_of(paragraphs: tuple[str, ...], published: str) -> list[Fact]:
    document = Document(url="http://example.org/a", title="", paragraphs=paragraphs,
                        published=date.fromisoformat(published))
    return extract_facts(document, PROFILE)


def describe(facts: list[Fact]) -> str:
    return "\n".join(f"  {f.slot} = {f.value!r} [{f.role}] as of {f.as_of}" for f in facts) or "  (none)"


@pytest.mark.parametrize(("language", "paragraphs", "published", "expected", "forbidden"), CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_language_case(language: str, paragraphs: tuple[str, ...], published: str,
                       expected: list[Expected], forbidden: list[Forbidden]) -> None:
    facts = facts_of(paragraphs, published)
    for slot, value, role in expected:
        assert any(f.slot == slot and fold(value) in fold(f.value) and f.role == role for f in facts), \
            f"expected {slot} = {value!r} [{role}]; got\n{describe(facts)}"
    for slot, part, kind in forbidden:
        bad = [f for f in facts if f.slot == slot and (part is None or fold(part) in fold(f.value))
               and (kind is None or f.role == kind)]
        assert not bad, f"forbidden {slot} {part!r} [{kind}]; got\n{describe(facts)}"


def test_every_language_has_cases() -> None:
    for code in OTHER_LANGUAGES:
        cases = [c for c in CASES if c[0] == code]
        assert len(cases) >= 4, code
        assert any(not c[3] for c in cases), f"{code}: no negative case"


# -- the files ------------------------------------------------------------------------------------

def _data(code: str) -> dict:
    return tomllib.loads((resources.files("monitor.languages") / f"{code}.toml").read_text(encoding="utf-8"))


def test_every_language_file_loads() -> None:
    assert set(OTHER_LANGUAGES) <= set(available_languages())
    merged = load_language()
    assert set(OTHER_LANGUAGES) <= set(merged.codes)
    assert {"command", "civilian"} <= set(merged.posts)
    for code in available_languages():
        alone = load_language((code,))  # each file compiles on its own: its frames are valid
        assert alone.posts.get("command") and alone.posts["command"].frames, code
        assert alone.status_frames, code
        for frame in alone.status_frames:
            assert frame.language == code and frame.value in STATUSES, (code, frame.value)


@pytest.mark.parametrize("code", OTHER_LANGUAGES)
def test_same_schema_as_english(code: str) -> None:
    english, data = _data("en"), _data(code)
    for table in ("words", "tone", "posts", "modifiers", "macros", "statuses", "frames"):
        assert table in data, f"{code}: no [{table}]"
    for key in english["words"]:
        assert key in data["words"], f"{code}: [words] has no {key}"
    for key in english["tone"]:
        assert key in data["tone"], f"{code}: [tone] has no {key}"
    assert set(data["statuses"]) == set(english["statuses"]), code
    assert set(data["handover"]) == set(english["handover"]) == set(HANDOVER_PARTS), code  # facts/handover.py
    assert set(data["posts"]) == set(english["posts"]), code
    keys = {key for frame in english["frames"]["person"] for key in frame}  # pattern, posts, follows, tone
    for frame in data["frames"]["person"]:
        assert set(frame) <= keys, frame
        assert set(frame.get("posts", [])) <= set(data["posts"]), frame
    months = data["words"]["months"]
    assert len(months) == 12 and len(data["words"]["month_abbreviations"]) == 12, code


@pytest.mark.parametrize("code", OTHER_LANGUAGES)
def test_modifiers_lower_case_and_agree_with_english(code: str) -> None:
    english = {k.lower(): v for k, v in _data("en")["modifiers"].items()}
    for key, role in _data(code)["modifiers"].items():
        assert key == key.lower(), f"{code}: modifier {key!r} is not lower case"
        assert role in ROLES, (code, key, role)
        assert english.get(key, role) == role, f"{code}: modifier {key!r} means {english[key]} in English"


# common English words a tone list or a clause cut of another language must not hold: the engine
# reads every language's words in every sentence, English ones too
ENGLISH = set("""
a an the and or but if of in on at to for from by with without as is are was were be been being has have had do does
did not no nor never so than then that this these those it its he she we they you i me him her us them his our their
who whom whose which what when where why how all any some each few more most other such only own same too very can
will just should now also after before while since until into over under again further once here there both either
neither out up down off about against between through during above below per via vs men man die dog once due set ago
mar may june sept oct nov dec general major lead leads led command post head chief new former next first last ex
still yet well even back way much many one two three four five six seven eight nine ten twenty hundred thousand
sin va ma se ne non si da de la le el en et un une tot om plus via ever mai né
""".split())


@pytest.mark.parametrize("code", OTHER_LANGUAGES)
def test_tone_words_are_not_english_words(code: str) -> None:
    tone = _data(code)["tone"]
    for key in ("modal", "negation", "historical", "future", "ending", "clause_cuts"):
        for phrase in tone.get(key, []):
            # a phrase ("non ha", ", ma") is not a word of its own
            assert phrase.strip().lower() not in ENGLISH, f"{code}: [tone] {key} {phrase!r} is an English word"


@pytest.mark.parametrize("code", ("en", *OTHER_LANGUAGES))
def test_no_post_relative_holds_another(code: str) -> None:
    # post_relatives are looked for as substrings of the sentence (facts/text.py): an entry that holds
    # another entry of its file ("hij volgt", "volgt") can never decide anything
    words = [word.lower() for word in _data(code)["words"]["post_relatives"]]
    held = [(word, other) for word in words for other in words if other != word and other in word]
    assert not held, f"{code}: [words] post_relatives entries that hold another: {held}"


def test_a_macro_name_with_a_digit_is_expanded_or_refused() -> None:
    # "{obj1}" once stayed in a frame unexpanded (a literal brace to the regex), so the frame never matched and
    # nothing said why; a quantifier ("{0,80}") is left alone
    from monitor.errors import ConfigError
    from monitor.language import _expand

    assert _expand(r"(?:{obj1} ){0,2}", {"obj1": "the mission"}, "en.toml") == r"(?:the mission ){0,2}"
    with pytest.raises(ConfigError, match=r"unknown macro \{obj2\}"):
        _expand("{obj2} suspended", {"obj1": "x"}, "en.toml")


# a sentence's language, guessed from each language's common words ([words] common): French and Spanish state most of
# their complements with "de" and "en"/"a", words Danish and Dutch hold too, so each language's list has its own
SPOKEN = [
    ("Déployée au Liban depuis 2006 en application de la résolution 1701, la force de l'ONU compte 10 000 casques.",
     "fr"),
    ("Le contingent belge rentre en Belgique à la fin de l'année, et ne sera pas remplacé.", "fr"),
    ("Le ministre de la Défense a confirmé en conférence de presse l'envoi de 300 soldats de plus.", "fr"),
    ("El general asumió a principios de mes el mando de la misión de entrenamiento en Bagdad.", "es"),
    ("La ministra de Defensa se reunió a puerta cerrada con los mandos de la brigada.", "es"),
    ("Il governo non ha ancora deciso se prorogare la missione, ha detto la ministra.", "it"),
    ("La portavoce ha confermato che le attività di addestramento sono sospese a tempo indeterminato.", "it"),
    # the same words in their own languages: Danish and Dutch stay Danish and Dutch
    ("De danske soldater har været i Irak siden 2018, og en ny styrke er på vej.", "da"),
    ("De minister heeft de Kamer gevraagd om een nieuwe bijdrage van 150 militairen en twee helikopters.", "nl"),
    # a Danish infinitive's "at" is English's "at" too: Danish's own letters tell it ("foreslår", "forlænge")
    ("Regeringen foreslår at sende flere soldater til Kosovo", "da"),
    ("Nato overvejer at trække rådgiverne ud af Bagdad", "da"),
    ("Forsvarsministeren afviser at forlænge udsendelsen", "da"),
    ("Major General Søren Holm tog over som chef for missionen.", "da"),
    # the Dutch "er" is the Danish "er" too; Dutch's own words and its "ij" tell it; "Den Haag" is no Danish "den"
    ("Er zijn nu ongeveer tachtig Belgische militairen in Litouwen.", "nl"),
    ("Er vielen geen gewonden bij de aanval op het kamp.", "nl"),
    ("DEN HAAG (ANP) -", "nl"),
    ("Den Haag, 12 mei", "nl"),
    ("Den nye chef for styrken kommer fra Holland.", "da"),
    # sentences whose only common words were "la", "de", "en", shared by French and Spanish (and Italian "la")
    ("Elle compte aujourd'hui environ 900 soldats venus de 20 pays.", "fr"),
    ("La misión cuenta hoy con unos 500 militares de veinte países.", "es"),
    ("La operación sigue en marcha según el ministerio.", "es"),
    ("La missione conta oggi circa 600 militari di 24 nazioni.", "it"),
    ("Il comando passa dopo sei mesi al generale Rossi.", "it"),
    # English with the Danish "i" and "for", or a Danish name, stays English
    ("I thank General Moreau for his leadership during a difficult year.", "en"),
    ("Major General Søren Holm took over as commander of the mission.", "en"),
]


@pytest.mark.parametrize(("sentence", "code"), SPOKEN)
def test_spoken_language(sentence: str, code: str) -> None:
    assert load_language().spoken(sentence.lower()) == code
