"""Fact rules as data: real-style sentences and the facts they must and must not yield."""
from __future__ import annotations

import hashlib
import json
import re
import tomllib
from datetime import date
from functools import cache
from pathlib import Path

import pytest
from conftest import fact_cases

from monitor.facts import extract_facts, split_sentences
from monitor.facts.mentions import Skeleton
from monitor.models import Document, Fact
from monitor.profile import Guarded, Profile, load_profile
from monitor.textutil import caseless, fold

CASES = fact_cases()
# the fact cases the proofs below read (each runs every pattern on every sentence): a sample of a fixed
# size, the same each run (by a hash of the case's id), so that the suite's time does not grow with every new case
PROOF_SAMPLE = 1500
PROOF_CASES = sorted(CASES, key=lambda case: hashlib.blake2b(case["id"].encode(), digest_size=8).digest())
PROOF_CASES = PROOF_CASES[:PROOF_SAMPLE]
PROFILE = load_profile("nato_mission_iraq")


def facts_of(case: dict) -> list[Fact]:
    paragraphs = tuple(p.strip() for p in case["text"].split("\n\n") if p.strip())
    document = Document(url="http://example.org/a", title=case.get("title", ""), paragraphs=paragraphs,
                        published=date.fromisoformat(case["published"]))
    return extract_facts(document, _profile(case.get("profile", "nato_mission_iraq")))


@cache
def _profile(name: str) -> Profile:
    return PROFILE if name == "nato_mission_iraq" else load_profile(name)


def matches(value: str, fact: Fact) -> bool:
    """A case's value matches a fact's as the behaviour runner's do: a part of it, folded; "=value" the whole."""
    if value.startswith("="):
        return fold(value[1:]) == fold(fact.value)
    return fold(value) in fold(fact.value)


def describe(facts: list[Fact]) -> str:
    return "\n".join(f"  {f.slot} = {f.value!r} [{f.role}] as of {f.as_of}" for f in facts) or "  (none)"


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_fact_case(case: dict) -> None:
    facts = facts_of(case)
    for fact in facts:  # every fact keeps its exact sentence
        assert fact.quote in case["text"], fact
    for expected in case.get("must", []):
        slot, value, role = (*expected, "current")[:3]
        assert any(f.slot == slot and matches(value, f) and f.role == role for f in facts), \
            f"expected {slot} = {value!r} [{role}]; got\n{describe(facts)}"
    for forbidden in case.get("must_not", []):
        slot, value = forbidden[0], (forbidden[1] if len(forbidden) > 1 else None)
        role = forbidden[2] if len(forbidden) > 2 else None
        bad = [f for f in facts if f.slot == slot and (value is None or matches(value, f))
               and (role is None or f.role == role)]
        assert not bad, f"unexpected {slot}{' = ' + repr(value) if value else ''}:\n{describe(bad)}"
    for slot, day in case.get("as_of", {}).items():
        stated = [f for f in facts if f.slot == slot and f.role == "current"]
        assert stated and stated[0].as_of == date.fromisoformat(day), describe(stated)


def test_a_sentence_read_again_gives_its_skeleton_again_and_makes_its_persons_known_again() -> None:
    """A document reads a sentence's skeleton once (Finder.skeletons): read again with the same persons known, it gives
    the same skeleton in a fresh object (a reader writes in a skeleton's memo) and makes the same persons known, on
    another People too (a sentence about another actor is read on a copy, so that it makes no one known)."""
    from monitor.facts import _engine, sentence_skeleton
    from monitor.facts.mentions import People

    finder = _engine(PROFILE).finder
    finder.forget()
    text = "Lt Gen Jan Kowalski took over command of NATO Mission Iraq from Maj Gen Mark Tully on Monday."
    copy, people = People(), People()
    first, persons, _ = sentence_skeleton(text, finder, copy, True, date(2026, 11, 2))
    first.memo["recent_before"] = True
    again, persons_again, _ = sentence_skeleton(text, finder, people, True, date(2026, 11, 2))
    assert people.names == copy.names and len(people.names) == 2
    assert again is not first and not again.memo
    assert (again.text, again.symbols, persons_again) == (first.text, first.symbols, persons)
    known = People(["Sarah Tully"])  # other persons known: read anew
    _, other, _ = sentence_skeleton(text, finder, known, True, date(2026, 11, 2))
    assert len(known.names) == 3 and other == persons


def test_the_fact_cases_have_one_id_each_across_their_files() -> None:
    seen: dict[str, int] = {}
    for case in CASES:
        seen[case["id"]] = seen.get(case["id"], 0) + 1
    assert [name for name, count in seen.items() if count > 1] == []
    assert all({"id", "text", "published"} <= case.keys() for case in CASES)


@pytest.mark.parametrize("paragraph, expected", [
    ("Maj. Gen. Dany Fortin spoke. He left.", ["Maj. Gen. Dany Fortin spoke.", "He left."]),
    ("Maj.-Gen. Jennie Carignan, the former commander, spoke. Then U.S. forces left.",
     ["Maj.-Gen. Jennie Carignan, the former commander, spoke.", "Then U.S. forces left."]),
    ('"We continue." He said so.', ['"We continue."', "He said so."]),
    ("On 31 Oct. 2018 it began.", ["On 31 Oct. 2018 it began."]),
    # "No." is an abbreviation before a number only: a transcript's answer "No." ends a sentence
    ("The No. 5 Squadron left.", ["The No. 5 Squadron left."]),
    ("SPOKESPERSON: No. General X remains in command.", ["SPOKESPERSON: No.", "General X remains in command."]),
])
def test_sentences_split_after_abbreviations_correctly(paragraph: str, expected: list[str]) -> None:
    assert split_sentences(paragraph) == expected


def test_a_document_that_never_names_the_mission_yields_nothing() -> None:
    text = ("The EU Advisory Mission advises the Ministry of Interior. The mission is led by "
            "Major General Jane Doe, commander of the mission, since 1 May 2024.")
    document = Document(url="http://x/", title="", paragraphs=(text,), published=date(2024, 6, 1))
    assert extract_facts(document, PROFILE) == []


@pytest.mark.parametrize("full, plain", [("Jørgen Bækgaard", "Jorgen Baekgaard"), ("Mert Kılıç", "Mert Kilic"),
                                         ("Michał Wrzesiński", "Michal Wrzesinski"), ("Đorđe Ðurić", "Dorde Duric")])
def test_one_person_written_with_and_without_their_own_letters_is_one_commander(full: str, plain: str) -> None:
    text = (f"Lt Gen {full} assumed command of NATO Mission Iraq on Monday.\n\n"
            f"NMI commander Lt Gen {plain} said the mission would go on advising the ministry.")
    commanders = [f for f in facts_of({"text": text, "published": "2062-06-01"}) if f.slot == "commander"]
    assert [(f.value, f.role) for f in commanders] == [(full, "current")]


def test_the_mission_cue_covers_every_way_of_naming_the_mission() -> None:
    """The cue words gate the mention patterns: a naming sentence without one would be missed."""
    import tomllib as toml

    data = toml.loads((Path(__file__).resolve().parent.parent / "monitor" / "profiles" /
                       "nato_mission_iraq.toml").read_text())
    # (the reference {focus_opening} is the language files' pronouns and verbs, its cue words added from them)
    from monitor.language import focus_openings
    cue = data["mission"]["cue"] + list(load_profile("nato_mission_iraq").reference_cue)
    macros = {**data["macros"], "focus_opening": "|".join(opening for opening, _ in focus_openings())}
    for pattern in data["mission"]["mention_patterns"] + data["mission"]["references"]:
        # (with its macros' words: "{home}" names the mission's places)
        pattern = re.sub(r"\{(\w+)\}", lambda m: macros.get(m.group(1), m.group(0)), pattern)
        words = ("mission", "misión", "mision", "missie", "nmi", "initiative", "effort", "presence", "operation")
        heads = [w for w in words if w in pattern.lower()]
        if not heads:
            # a reference without the mission's noun ("Su personal trabaja ...", "Det skete på invitation fra ..."): a
            # cue of its own words
            spelt = set(re.findall(r"[^\W\d_]+", pattern.lower()))
            assert any(" " in word and set(re.findall(r"[^\W\d_]+", word)) <= spelt for word in cue), pattern
            continue
        assert all(h in cue for h in heads), pattern


@pytest.mark.parametrize(("text", "nmi", "kfor"), [
    ("The defence ministry of Norway announced a new procurement programme.", False, False),  # neither: skipped
    ("The commission met on Monday.", True, True),  # "mission" inside a word is a cue all the same (a substring)
    ("Troops of the U.S.-led coalition left.", True, False),  # only another actor (NMI's: the coalition)
    ("NATO's presence in Iraq", True, True),
    # the words of the mission's work alone: a paragraph is read when they refer to it, opening a clause
    ("Training has been on hold since September.", True, False),
    ("Courses resumed on 3 November.", True, False),
    ("Les activités de formation ont été suspendues.", True, False),
    ("Det skete på invitation fra den irakiske regering.", True, False),  # (its basis, told after it came about)
    ("The first batch of training aircraft arrived.", False, False),
    ("Spending on training courses rose by a fifth.", False, False),
    ("The government bought new training helicopters, and advising firms were hired.", False, False),
    ("", False, False),
])
def test_a_paragraph_may_concern_the_mission(text: str, nmi: bool, kfor: bool) -> None:
    from monitor.textutil import caseless

    assert PROFILE.may_concern(text, caseless(text)) is nmi
    assert load_profile("kfor").may_concern(text, caseless(text)) is kfor


@pytest.mark.parametrize("words", [("cjtf", "mission", "in iraq", "u.s.-led coalition"), ("misión", "ntm-i"), ("a",),
                                   ()])
@pytest.mark.parametrize("text", ["cjtf", "the commission", "in iraq.", "xcj tf", "u.s.-led coalition", "misión",
                                  "mision", "ntm-i", "", "a"])
def test_one_scan_finds_any_of_many_words_as_a_substring_test_would(words: tuple[str, ...], text: str) -> None:
    from monitor.textutil import contains_any, substrings

    assert (substrings(words).search(text) is not None) == contains_any(text, words)


def test_a_profile_naming_an_unknown_slot_or_role_is_refused_with_a_suggestion() -> None:
    from importlib import resources

    from monitor.errors import ConfigError
    from monitor.profile import parse_profile

    text = (resources.files("monitor.profiles") / "nato_mission_iraq.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    data["slots"]["legal_basis"]["not_with"] = ["establishd"]  # (a key any slot may have)
    refused = r'\[slots.legal_basis\] key "not_with": no slot named .*did you mean "established"'
    with pytest.raises(ConfigError, match=refused):
        parse_profile(data, "test")
    data = tomllib.loads(text)
    data["slots"]["area"]["rules"][0]["role"] = "ongoing"
    with pytest.raises(ConfigError, match=r'role": expected one of .*continuing'):
        parse_profile(data, "test")


@pytest.mark.parametrize(("pattern", "words"), [
    (r"(?<![\w])NATO Mission Iraq(?![\w])", (("nato mission iraq",),)),
    (r"\b(?:commander|head)\s+of\s+(?P<who>\w+)", (("commander", "head"), ("of",))),  # a word of each branch
    (r"(?:former\s+)?commander", (("commander",),)),  # an optional part is never required
    (r"re(?:sumed|sumes)\b", (("resume",),)),  # re's parser takes the common start out of the branches
    (r"Ministry\s+of\s+Defen[cs]e", (("ministry",), ("defen",), ("of",))),  # the most selective first
    (r"g[ée]n[ée]ral\s+\w+", (("ral",),)),  # a character class ends a run of literals
    (r"a|bc", ()),  # a branch without a word of two letters or more: nothing can be told
    (r"[A-Z][a-z]+ [A-Z][a-z]+", ()),
    (r"(?!mission)\w+", ()),  # a lookahead's words are not part of the match
    (r"(?:about\s+)?(?:\d+|a\s+hundred)\s+troops", (("troops",), (*"0123456789", "hundred"))),  # a digit or a word
])
def test_the_words_a_pattern_needs(pattern: str, words: tuple[str, ...]) -> None:
    import re

    from monitor.textutil import required_words

    assert required_words(re.compile(pattern, re.IGNORECASE)) == words


@pytest.mark.parametrize(("pattern", "choices"), [
    # of the verbs, "halt on" needs both its words; the one-word verbs stand as one branch
    (r"M (?:suspended|halted|(?:halt|freeze) (?:on|in))",
     (((("freeze", "halt"), ("in", "on")), (("halted", "suspended"),)),)),
    (r"M (?:suspended|halted)", ()),  # one group each: required_words tells as much
    (r"(?:x|halt on)", ()),  # a branch needing no word: nothing can be told
    (r"M(?: (?:halt (?:on|in)|ended))?", ()),  # an optional part is never required
])
def test_the_words_each_branch_of_an_alternation_needs(pattern: str, choices: tuple[object, ...]) -> None:
    from monitor.textutil import required_choices

    assert required_choices(re.compile(pattern)) == choices


@pytest.mark.parametrize("text", ["MİSSİON", "miſſion", "MıSSıON", "Mission"])
def test_caseless_text_keeps_every_case_insensitive_match(text: str) -> None:
    """re matches "i" to the dotless ı and "s" to the long ſ, which str.lower() keeps; İ lowers to
    two characters. The words test must never rule out what the pattern matches."""
    import re

    from monitor.profile import Guarded

    guarded = Guarded.of(re.compile(r"\bmission\b", re.IGNORECASE))
    assert guarded.needs == (("mission",),)
    assert guarded.pattern.search(text)
    assert list(guarded.finditer(text, caseless(text)))


@pytest.mark.parametrize("text", ["٣٠٠ troops", "३०० troops", "300 troops", "Ⅲ troops"])
def test_caseless_text_keeps_every_digit(text: str) -> None:
    """\\d matches any decimal digit, not only 0-9: in the caseless text it stands as one of 0-9."""
    from monitor.profile import Guarded

    guarded = Guarded.of(re.compile(r"\d+ troops"))
    assert guarded.needs == ((" troops",), tuple("0123456789"))
    assert bool(guarded.pattern.search(text)) == bool(list(guarded.finditer(text, caseless(text))))
    assert len(caseless(text)) == len(text.lower())


def test_the_words_test_never_hides_a_match_of_any_profile_pattern() -> None:
    """Every pattern of the profile, on every sentence of the fact cases and the corpus: where the
    pattern matches, its words stand in the caseless sentence."""
    from monitor.facts import plain

    texts = [case["text"] for case in PROOF_CASES]
    corpus = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
    texts += [json.loads(path.read_text())["text"] for path in sorted(corpus.glob("*.json"))]
    sentences = [plain(s) for text in texts for paragraph in text.split("\n") for s in split_sentences(paragraph)]
    guarded = [rule.pattern for slot in PROFILE.slots.values() for rule in slot.rules]
    guarded += [pattern for slot in PROFILE.slots.values() for _, pattern in slot.values]
    guarded += [pattern for slot in PROFILE.slots.values() for pattern in (*slot.open, slot.trigger) if pattern]
    assert sum(1 for g in guarded if g.needs) > len(guarded) * 0.9  # nearly every pattern has its words
    # a pattern that opens with a run that may be empty ("[^.;]{0,60}?" before the mission's names)
    # matches somewhere exactly where it does without the run: searched so (re tries the run at
    # every position, and at each of its lengths the rest: slowly)
    searched = [re.compile(_RUN.sub(r"\1", g.source, count=1), g.flags) if g.found_from_anchor else g.pattern
                for g in guarded]
    assert all(s.pattern != g.source for g, s in zip(guarded, searched, strict=True) if g.found_from_anchor)
    assert any(g.found_from_anchor for g in guarded)
    matched = 0
    for sentence in sentences:
        lower = caseless(sentence)
        for g, pattern in zip(guarded, searched, strict=True):
            if pattern.search(sentence):
                matched += 1
                assert g.admits(lower), (g.pattern.pattern[:80], g.needs, sentence)
    assert len(sentences) > 500 and matched > 300


# the opening run of a pattern found from its anchor (textutil.lead), in its group or not: "(?P<value>[^.;]{0,60}?"
_RUN = re.compile(r"^((?:\(\?P<\w+>)?)\[\^[^\]]*\]\{0,\d+\}\??")


@pytest.mark.parametrize(("pattern", "flags", "test"), [
    # a lookbehind consumes nothing; the first characters, then the openings of every match (up to four characters)
    (r"(?<![\w])(?:NATO|alliance)(?:'s)?\s+mission", re.IGNORECASE, "(?=[Na])(?=(?i:(?:NATO|alli)))"),
    (r"(?:new\s+)?mission|\d+ troops", re.IGNORECASE, r"(?=[\dmn])"),  # an optional part and what follows it
    (r"(?-i:(?:the\s+)?[A-Z]\w+) Command", re.IGNORECASE, "(?=[A-Zt])"),  # a case-sensitive part, tested folded
    (r"(?i:nato) mission", 0, "(?=(?i:[n]))(?=(?i:nato))"),  # a case-insensitive part of a case-sensitive pattern
    # an opening that begins with another is tested by it; one character alone is an opening too
    (r"(?:mission|missie|mis\w+|a\s+mission)", re.IGNORECASE, "(?=[am])(?=(?i:(?:a|mis)))"),
    (r"[^a-z]+ mission", 0, None),  # a negated class: nothing told
    (r"(?:the )?(?:mission)?", 0, None),  # a match may be empty
    (r"^(?:first|originally) mission", re.IGNORECASE, None),  # re tries an anchored pattern at the start only
    (r"(?:in|across) the (?P<value>Green Zone)", 0, None),  # re searches a case-sensitive literal start itself
])
def test_the_characters_a_match_starts_with(pattern: str, flags: int, test: str | None) -> None:
    from monitor.textutil import starts_tested

    tested = starts_tested(re.compile(pattern, flags))
    assert tested.pattern == (f"{test}(?:{pattern})" if test else pattern)


def _without_start_test(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern as written, from one ``starts_tested`` made: "(?=[...])(?:PATTERN)"."""
    if not pattern.pattern.startswith("(?="):
        return pattern
    return re.compile(pattern.pattern[pattern.pattern.index(")(?:") + 4:-1], pattern.flags)


@cache
def _skeletons() -> list[Skeleton]:
    """The skeleton of every sentence of the fact cases, the corpus and the behaviour cases (each text's
    people known across its sentences), made once in a process for the proofs that read skeletons."""
    from monitor.facts import _engine, plain, sentence_skeleton
    from monitor.facts.mentions import People

    root = Path(__file__).resolve().parent.parent.parent / "shared"
    texts = [case["text"] for case in PROOF_CASES]
    texts += [json.loads(path.read_text())["text"] for path in sorted((root / "corpus").glob("*.json"))]
    behaviour = root / "behaviour" / "cases.jsonl"
    if behaviour.is_file():
        texts += ["\n".join(json.loads(line)["paragraphs"]) for line in behaviour.read_text().splitlines() if line]
    finder, made = _engine(PROFILE).finder, []
    for text in texts:
        people = People()
        for paragraph in text.split("\n"):
            made += [sentence_skeleton(plain(sentence), finder, people, True, date(2026, 11, 2))[0]
                     for sentence in split_sentences(paragraph)]
    return made


def test_the_start_test_keeps_every_match() -> None:
    """Every pattern of the profile (rules, lexicons, triggers, the mention patterns) on every
    sentence of the fact cases and the corpus, and every frame on their skeletons: the same
    matches behind the start test as without it."""
    from monitor.facts import _engine, plain
    from monitor.facts.text import _clause
    from monitor.facts.tone import _FOUNDING_DATE, _MONTH_MAY, _YEAR

    corpus = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
    texts = [case["text"] for case in PROOF_CASES]
    texts += [json.loads(path.read_text())["text"] for path in sorted(corpus.glob("*.json"))]
    sentences = [plain(s) for text in texts for paragraph in text.split("\n") for s in split_sentences(paragraph)]
    slots = PROFILE.slots.values()
    guarded = [rule.pattern for slot in slots for rule in slot.rules] + [g for slot in slots for _, g in slot.values]
    guarded += [g for slot in slots for g in (*slot.open, slot.trigger, slot.trigger_after, slot.open_after) if g]
    assert PROFILE.mention is not None
    finder = _engine(PROFILE).finder
    # the patterns behind words (Guarded) run only on a text that holds them (elsewhere the words
    # tests' proofs say they find nothing): the start test is proved there; the others on every text
    patterns: list[Guarded | re.Pattern[str]] = [*guarded, PROFILE.mention, finder.date, finder.known_place, _clause()]
    patterns += [finder.person, finder.bare, finder.its, *([finder.parent] if finder.parent else [])]
    patterns += [_YEAR, _FOUNDING_DATE, _MONTH_MAY]
    language = _engine(PROFILE).reader.language
    frames = [f.pattern for posts in language.posts.values() for f in posts.frames]
    frames += [f.pattern for f in (*language.status_frames, *language.place_frames, *language.founding_frames)]
    frames += [f.pattern for family in language.describe_frames.values() for f in family]
    tested = [p for p in patterns + frames if _compiled(p).pattern.startswith("(?=")]
    assert len(tested) > (len(patterns) + len(frames)) * 0.7
    skeletons = [sk.text for sk in _skeletons()]
    matched = 0
    for each, texts in [(p, sentences) for p in patterns] + [(f, skeletons) for f in frames]:
        pattern = _compiled(each)
        written = _without_start_test(pattern)
        if written is pattern:  # no start test: the pattern as written is itself, nothing to compare
            continue
        for text in texts:
            if isinstance(each, Guarded) and not each.admits(caseless(text)):
                continue
            found = [(m.span(), m.groups()) for m in written.finditer(text)]
            assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == found, (pattern.pattern[:80], text)
            matched += len(found)
    assert matched > 1500


def _compiled(pattern: Guarded | re.Pattern[str]) -> re.Pattern[str]:
    return pattern.pattern if isinstance(pattern, Guarded) else pattern


@pytest.mark.parametrize("text", ["DÉCEMBRE 2025", "le 3 août", "in MAY", "on ٣ June", "in 2019", "since Sept.",
                                  "FÉVR. 2024"])
def test_the_date_cue_never_hides_a_date(text: str) -> None:
    """A sentence without a digit or a month's name is not searched for dates: every date, in any
    case or digits, has one that the caseless text shows."""
    from monitor.facts.mentions import date_cue, date_pattern
    from monitor.language import load_language

    assert date_pattern(load_language()).search(text)
    assert date_cue(load_language()).search(caseless(text))


def test_the_date_cue_never_hides_a_date_of_the_fact_cases() -> None:
    from monitor.facts import plain
    from monitor.facts.mentions import date_cue, date_pattern
    from monitor.language import load_language

    texts = [case["text"] for case in PROOF_CASES]
    sentences = [plain(s) for text in texts for paragraph in text.split("\n") for s in split_sentences(paragraph)]
    found = [s for s in sentences if date_pattern(load_language()).search(s)]
    assert len(found) > 70 and all(date_cue(load_language()).search(caseless(s)) for s in found)


def test_the_words_test_never_hides_a_match_of_any_frame() -> None:
    """Every frame of every language file, on the skeleton of every sentence of the fact cases,
    the behaviour cases and the corpus: where the frame matches, its words stand in the skeleton."""
    from monitor.facts import _engine

    engine = _engine(PROFILE)
    language = engine.reader.language
    frames = [f for posts in language.posts.values() for f in posts.frames]
    frames += [*language.status_frames, *language.place_frames, *language.founding_frames]
    frames += [f for family in language.describe_frames.values() for f in family]
    assert sum(1 for f in frames if f.pattern.needs) > len(frames) * 0.9
    assert sum(1 for f in frames if f.pattern.choices) > 40  # the status frames' verbs, among others
    matched = 0
    for sk in _skeletons():
        for frame in frames:
            if frame.pattern.pattern.search(sk.text):
                matched += 1
                assert list(frame.pattern.finditer(sk.text, sk.lower)), (frame.pattern.pattern.pattern[:80], sk.text)
                # the reader's way: the words of every frame found in one scan
                assert list(frame.pattern.finditer(sk.text, sk.lower, engine.reader.present(sk))), (
                    frame.pattern.pattern.pattern[:80], sk.text)
    assert matched > 200  # 270 frame matches when written


def test_a_month_to_come_is_never_dated_in_the_past() -> None:
    """"will take command in February" in a November page: next February, not the last one (the
    timeline would show a plan as if it had happened nine months before)."""
    document = Document(url="http://example.org/a", title="", published=date(2026, 11, 2),
                        paragraphs=("Lt Gen Ana Costa will take command of NATO Mission Iraq in February.",
                                    "From January, NATO Mission Iraq will also advise the Ministry of Interior."))
    facts = extract_facts(document, PROFILE)
    assert {(f.slot, f.role) for f in facts} == {("commander", "future"), ("advised_institution", "future")}
    assert all(f.as_of is not None and f.as_of >= document.published for f in facts), facts


@pytest.mark.parametrize("tail", [
    "Comments (3) — Dara_K: They now have 4,000 personnel! | Old_Hand: Lt Gen Ivo Petrov took command of NMI.",
    "Comments: Peter (Basra): NATO Mission Iraq has 4,000 personnel, I read.",
    "Comentarios (2): «La misión de la OTAN en Irak tiene 4.000 efectivos» – Jorge_M",
    "12 comments - anon: NMI numbers 4,000 personnel now.",
    "You might also like: NATO Mission Iraq to grow to 4,000 personnel",
    "Topics: Iraq | NATO Mission Iraq has 4,000 personnel",
])
def test_comments_and_links_in_the_heading_paragraph_are_no_statement(tail: str) -> None:
    """Page furniture: the readers' comments may follow their heading in the same paragraph, and
    links to other stories may be headed in several ways; neither is a statement of the page."""
    document = Document(url="http://x/", title="", published=date(2030, 4, 2),
                        paragraphs=("NATO Mission Iraq has about 700 personnel.", tail))
    found = extract_facts(document, PROFILE)
    assert {f.value for f in found if f.slot == "personnel"} == {"about 700"}, describe(found)
    assert not [f for f in found if f.slot == "commander"], describe(found)


def test_a_paragraph_about_comments_is_still_read() -> None:
    document = Document(url="http://x/", title="", published=date(2030, 4, 2), paragraphs=(
        "Comments by the commander: NATO Mission Iraq now has about 700 personnel.",))
    assert {f.value for f in extract_facts(document, PROFILE) if f.slot == "personnel"} == {"about 700"}


def test_a_printed_pages_number_is_dropped_but_a_tables_figure_kept() -> None:
    from monitor.facts.layout import _page_lines_dropped
    # a page's number and its running title inside a sentence a PDF broke over pages: no line of the sentence
    assert _page_lines_dropped("NMI employs some 500 advisers and\n— 14 —\nNATO Annual Report 2079\ntrainers in "
                               "Baghdad.") == "NMI employs some 500 advisers and\ntrainers in Baghdad."
    assert _page_lines_dropped("NMI employs some 500 advisers and\nNATO Annual Report 2079\n14\ntrainers in "
                               "Baghdad.") == "NMI employs some 500 advisers and\ntrainers in Baghdad."
    # a bare figure with no sentence going on after it is a table's cell, its label no running title
    assert _page_lines_dropped("Key facts\nPersonnel\n500\nCountries") == "Key facts\nPersonnel\n500\nCountries"
