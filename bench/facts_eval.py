#!/usr/bin/env python3
"""Fact extraction measured on the labelled corpus: precision and recall per slot and per language,
and speed.

    python bench/facts_eval.py [--corpus ../shared/corpus] [--verbose] [--json] [--no-speed]

Each corpus file is one real article with hand-written facts (see its README). Labels are free
text ("Maj Gen Jennie Carignan (Canada), since 26 Nov 2019", "about 500 (incl. civilian staff)",
"Ministry of Defence; ONSA; MoI"), so a predicted fact is compared with a label's value by the
slot's kind (the profile's), strictly:

- the slots must be the same;
- a person (commander, senior civilian): the predicted value's last name, accents folded, is a
  word of the label;
- a number (personnel): the digits, 4,000 == 4000 == "around 4,000" and 500 != 1,500; figures in
  the label's parentheses are remarks ("about 580 (about 250 Canadian)" is 580); a value without
  digits ("several hundred") must stand in the label as it is;
- a status: the status word or its plain synonyms ("suspended" = paused, halted, on hold;
  "active" = operational, continuing, remains in place, conditions-based, no timeline; "resumed" = rebuilding);
  "ended" never matches "suspended";
- a decision: its month (YYYY-MM) when the label gives a date, else its body ("Ministers") or the verb
  of what it decided ("explore ...");
- any other value (institutions, places, activities, partners, legal basis, founding year), after
  folding case, accents, punctuation and hyphens: the predicted words stand together in the label,
  or all content words of the predicted value stand in one ';'-separated item of the label, or all
  content words of one part of the label (split at ; , + and parentheses) stand in the
  predicted value, or the label matches the profile's pattern for the predicted canonical value
  (its aliases: "MoD" = "Ministry of Defence").

Matching is one to one, greedily: each prediction takes at most one label, and each label takes at
most one prediction per part of it: a label listing several values ("Australia, Sweden, Finland")
takes one prediction for each, on different words of the label, and a second prediction of the
same value is a false one.

Recall counts the labels of English articles (the product need not read other languages; a label is
found when a prediction took it); precision counts every prediction, in every language, so a fact
invented from an article in another language is a false one. The table per language shows both for
every language. The old, lenient figures (a prediction was right when its sentence overlapped a
label's quote or its value shared one word with the label's value, with no one-to-one pairing) are
printed beside the strict ones for comparison.

Speed is measured twice: on the main text of generated ~40 KB news pages (bench/pages.py; the
measure the targets speak of), and on ~40 KB made only of corpus paragraphs (the worst case).
Speed is fact extraction alone on ~40 KB articles, single core, after main-text extraction.
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from monitor.facts import extract_facts  # noqa: E402
from monitor.models import Document, Fact  # noqa: E402
from monitor.profile import load_profile  # noqa: E402
from monitor.textutil import fold  # noqa: E402

LABEL_SLOTS = {"supported_institution": "advised_institution", "activity": "training_area",
               "personnel_size": "personnel", "deputy_or_civilian_lead": "senior_civilian", "location": "area"}
# words that name nothing of a value: the function words, the mission's own names, and the head noun "activities"
# (the seeds' expected baseline accepts "advisory activities" for "advisory": "X activities" is X)
STOP = frozenset("the a an of and in to for on at by with from its it is was nato mission iraq iraqi s "
                 "activities activity".split())


def load_corpus(folder: Path) -> list[dict]:
    articles = []
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text())
        text = re.sub(r"^\s*date \d{4}-\d{2}(-\d{2})?\s+", "", data["text"])  # the stored copy's own prefix
        published = data.get("published", "unknown")
        day = None
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
            day = date.fromisoformat(published)
        elif re.fullmatch(r"\d{4}-\d{2}", published):
            day = date.fromisoformat(published + "-15")
        paragraphs = tuple(line.strip() for line in text.split("\n") if line.strip())
        labels = [{**f, "slot": LABEL_SLOTS.get(f["slot"], f["slot"])} for f in data["facts"] if f["slot"] != "other"]
        articles.append({"id": path.stem, "language": data.get("language", "en"), "labels": labels,
                         "document": Document(url=data["url"], title="", paragraphs=paragraphs, published=day)})
    return articles


# ----------------------------------------------------------------------------------------------
# the strict value matcher

# spellings that are the same word (British/American, and the two words the behaviour suite
# accepts alike for the legal basis)
SAME_WORD = {"defense": "defence", "center": "centre", "adviser": "advisor", "advisers": "advisors",
             "armored": "armoured", "invitation": "request"}
# a status value and the words a label states it with
STATUS_WORDS = {
    # (and the remarks that the presence goes on with no end set, which the engine reads as the running mission's
    # continuing status: "our presence is conditions-based", "no (fixed) timeline")
    "active": r"active|operational|started work|continu\w*|remains in place|ongoing|not interrupted|uninterrupted"
              r"|conditions.based|no (?:fixed )?timeline",
    "suspended": r"suspend\w*|paus\w*|halt\w*|on hold",
    # (the activities built up again after a pause: "partially paused; now rebuilding capacity and activities")
    "resumed": r"resumed|resuming|resumption|restarted|rebuilding|rebuilt",
    "relocated": r"relocat\w*",
    "ending": r"ending|winding down|wind down|drawdown|draw down",
    "ended": r"ended|terminated",
}
MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?!\d)|[^\W_]+")
# letters that folding (NFKD) leaves as they are: "Michał Zieliński" is "michal zielinski"
_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"})
_LABEL_DATE = re.compile(r"\b(?:\d{1,2}(?:-\d{1,2})?\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
                         r"\.?,?\s+(\d{4})\b|\b(\d{4})-(\d{2})\b")
_DECISION = re.compile(r"^(\d{4})-(\d{2})(?:-\d{2})?\s+([^:]+):")


def flat(text: str) -> str:
    """``text`` folded (lower case, no accents, plain quotes and dashes), every letter plain."""
    return fold(text).translate(_LETTERS)


def tokens(flat_text: str) -> list[tuple[str, int, int]]:
    """The words of :func:`flat` text with their offsets; numbers lose their thousands commas, and
    "non" stays with its word ("non-combat" is one word, never "combat")."""
    out: list[tuple[str, int, int]] = []
    for m in _TOKEN.finditer(flat_text):
        word = m.group().replace(",", "")
        word = SAME_WORD.get(word, word)
        if out and out[-1][0] == "non" and m.start() - out[-1][2] <= 1:
            out[-1] = ("non" + word, out[-1][1], m.end())
        else:
            out.append((word, m.start(), m.end()))
    return out


def words_of(text: str) -> list[str]:
    return [w for w, _, _ in tokens(flat(text))]


def _ranges(folded: str, separator: str) -> list[tuple[int, int]]:
    """The character ranges of ``folded`` between separators."""
    bounds = [0, *(i for m in re.finditer(separator, folded) for i in (m.start(), m.end())), len(folded)]
    return list(zip(bounds[::2], bounds[1::2], strict=True))


@dataclass
class Label:
    """One hand-written label, folded and split into words, with the words predictions took."""

    slot: str
    value: str
    quote: str
    folded: str = ""
    words: list[tuple[str, int, int]] = field(default_factory=list)
    bracketed: frozenset[int] = frozenset()  # indices of the words inside parentheses
    items: list[list[int]] = field(default_factory=list)  # word indices of each ';'-separated item
    parts: list[list[int]] = field(default_factory=list)  # word indices of each listed part
    months: frozenset[str] = frozenset()
    taken: set[int] = field(default_factory=set)
    matched: int = 0

    @classmethod
    def of(cls, label: dict) -> Label:
        folded = flat(label["value"])
        words = tokens(folded)
        depth, inside = 0, []
        for ch in folded:
            depth = max(0, depth + (ch == "(") - (ch == ")"))
            inside.append(depth > 0)
        months = set()
        for m in _LABEL_DATE.finditer(folded):
            months.add(f"{m.group(2)}-{MONTHS[m.group(1)]:02d}" if m.group(1) else f"{m.group(3)}-{m.group(4)}")

        def split(separator: str) -> list[list[int]]:
            groups = [[i for i, (_, s, e) in enumerate(words) if a <= s and e <= b]
                      for a, b in _ranges(folded, separator)]
            return [g for g in groups if g]

        return cls(label["slot"], label["value"], label.get("quote", ""), folded, words,
                   frozenset(i for i, (_, s, _) in enumerate(words) if inside[s]),
                   split(r";"), split(r"[;,+()]"), frozenset(months))

    def content(self, indices: Iterable[int]) -> list[int]:
        return [i for i in indices if self.words[i][0] not in STOP]

    def sequence(self, wanted: list[str]) -> list[frozenset[int]]:
        """Every place where ``wanted`` stands as consecutive words of the label."""
        have = [w for w, _, _ in self.words]
        n = len(wanted)
        return [frozenset(range(i, i + n)) for i in range(len(have) - n + 1) if n and have[i:i + n] == wanted]

    def within(self, start: int, end: int) -> frozenset[int]:
        return frozenset(i for i, (_, s, e) in enumerate(self.words) if start <= s and e <= end)


# A matcher gives the sets of label words a predicted value may take, best first (none: no match).
Matcher = Callable[[str, Label, object], list[frozenset[int]]]


def match_person(value: str, label: Label, slot: object) -> list[frozenset[int]]:
    words = words_of(value)
    if not words:
        return []
    surname = words[-1]
    return [frozenset({i}) for i, (w, _, _) in enumerate(label.words) if w == surname]


def match_number(value: str, label: Label, slot: object) -> list[frozenset[int]]:
    words = words_of(value)
    digits = [w for w in words if w.isdigit()]
    if not digits:  # "several hundred": the words themselves
        return label.sequence([w for w in words if w not in {"about", "around", "some", "roughly"}])
    number = int(digits[0])
    return [frozenset({i}) for i, (w, _, _) in enumerate(label.words)
            if w.isdigit() and int(w) == number and i not in label.bracketed]


def match_status(value: str, label: Label, slot: object) -> list[frozenset[int]]:
    word = flat(value).strip()
    pattern = re.compile(r"\b(?:" + STATUS_WORDS.get(word, re.escape(word)) + r")\b")
    return [label.within(m.start(), m.end()) for m in pattern.finditer(label.folded)]


def match_decision(value: str, label: Label, slot: object) -> list[frozenset[int]]:
    everything = frozenset(range(len(label.words))) or frozenset({-1})
    m = _DECISION.match(value.strip())
    if m is None:
        return match_set(value, label, slot)
    if label.months:  # a dated label: the month decides
        return [everything] if f"{m.group(1)}-{m.group(2)}" in label.months else []
    if label.sequence(words_of(m.group(3))):  # else the body that took it
        return [everything]
    # else what it decided, by its verb: a label that names neither date nor body ("explore further steps beyond
    # this first step") gives the decision its what alone (DESIGN 5: a decision is its body, date and what it decided)
    verb = next((w for w in words_of(value[m.end():]) if w not in STOP), None)
    return [everything] if verb is not None and label.sequence([verb]) else []


def match_set(value: str, label: Label, slot: object) -> list[frozenset[int]]:
    predicted = words_of(value)
    content = [w for w in predicted if w not in STOP]
    found = list(label.sequence(predicted))
    if content:
        for item in label.items:  # every content word of the prediction in one item of the label
            chosen, spare = [], [i for i in item if label.words[i][0] not in STOP]
            for word in content:
                at = next((i for i in spare if label.words[i][0] == word and i not in chosen), None)
                if at is None:
                    break
                chosen.append(at)
            else:
                found.append(frozenset(chosen))
        for part in label.parts:  # every content word of a part of the label in the prediction
            own = label.content(part)
            if own and {label.words[i][0] for i in own} <= set(content):
                found.append(frozenset(own))
    for canonical, guarded in getattr(slot, "values", ()):  # the profile's aliases of the value
        if flat(canonical) == flat(value) or guarded.pattern.fullmatch(value.strip()):
            found.extend(label.within(m.start(), m.end()) for m in guarded.finditer(label.folded, label.folded))
            break
    return [f for f in found if f]


MATCHERS: dict[str, Matcher] = {"number": match_number, "status": match_status, "event": match_decision}


def matcher_for(slot: object) -> Matcher:
    if slot is None:
        return match_set
    if getattr(slot, "person", False):
        return match_person
    return MATCHERS.get(getattr(slot, "kind", ""), match_set)


def pair(facts: list[Fact], labels: list[Label], profile) -> list[Label | None]:
    """Each prediction's label (or None), one to one on the label's words, greedily: predictions
    with fewer possible labels choose first, and a label nobody took yet is preferred."""
    options: list[list[tuple[Label, Matcher, object]]] = []
    for fact in facts:
        slot = profile.slots.get(fact.slot)
        match = matcher_for(slot)
        options.append([(label, match, slot) for label in labels
                        if label.slot == fact.slot and match(str(fact.value), label, slot)])
    chosen: list[Label | None] = [None] * len(facts)
    order = sorted(range(len(facts)), key=lambda k: (not options[k], len(options[k])))
    for k in order:
        for label, match, slot in sorted(options[k], key=lambda o: o[0].matched > 0):
            free = [t for t in match(str(facts[k].value), label, slot) if not t & label.taken]
            if free:
                label.taken |= free[0]
                label.matched += 1
                chosen[k] = label
                break
    return chosen


# ----------------------------------------------------------------------------------------------
# the old, lenient matcher (for comparison)

def words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", fold(text)) if w not in STOP}


def quotes_overlap(a: str, b: str) -> bool:
    fa, fb = fold(a), fold(b)
    if fa in fb or fb in fa:
        return True
    wa, wb = words(a), words(b)
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) >= 0.6


def matches(fact: Fact, label: dict) -> bool:
    """Lenient: same slot, and the same sentence or a value the label's value shares a word with."""
    if fact.slot != label["slot"]:
        return False
    if quotes_overlap(fact.quote, label["quote"]):
        return True
    return bool(words(fact.value) & words(label["value"]))


# ----------------------------------------------------------------------------------------------

def ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def evaluate(articles: list[dict], profile, verbose: bool = False) -> dict:
    """Strict precision and recall, overall, per slot and per language, with the lenient figures
    under ``"lenient"`` and every false and missed fact under ``"mistakes"``."""
    count: dict[str, Counter] = defaultdict(Counter)  # slot -> predicted, right, labels, found
    lenient: dict[str, Counter] = defaultdict(Counter)
    languages: dict[str, Counter] = defaultdict(Counter)
    mistakes = []
    for article in articles:
        facts = extract_facts(article["document"], profile)
        labels = [Label.of(label) for label in article["labels"]]
        english = article["language"] == "en"
        language = languages[article["language"]]
        language["articles"] += 1
        for fact, label in zip(facts, pair(facts, labels, profile), strict=True):
            count[fact.slot]["predicted"] += 1
            count[fact.slot]["right"] += label is not None
            language["predicted"] += 1
            language["right"] += label is not None
            lenient[fact.slot]["predicted"] += 1
            lenient[fact.slot]["right"] += any(matches(fact, raw) for raw in article["labels"])
            if label is None:
                mistakes.append({"article": article["id"], "language": article["language"], "kind": "false",
                                 "slot": fact.slot, "value": str(fact.value), "role": fact.role, "quote": fact.quote})
        for label, raw in zip(labels, article["labels"], strict=True):
            language["labels"] += 1
            language["found"] += label.matched > 0
            if not label.matched:
                mistakes.append({"article": article["id"], "language": article["language"], "kind": "missed",
                                 "slot": label.slot, "value": label.value, "role": None, "quote": label.quote})
            if not english:
                continue
            count[label.slot]["labels"] += 1
            count[label.slot]["found"] += label.matched > 0
            lenient[label.slot]["labels"] += 1
            lenient[label.slot]["found"] += any(matches(fact, raw) for fact in facts)
    if verbose:
        for m in mistakes:
            role = f" [{m['role']}]" if m["role"] else ""
            print(f"  {m['kind'].upper():6} {m['language']} {m['article'][:24]:24} {m['slot']}: "
                  f"{m['value'][:60]!r}{role} | {m['quote'][:110]}")

    def row(c: Counter) -> dict:
        return {"precision": ratio(c["right"], c["predicted"]), "recall": ratio(c["found"], c["labels"]),
                "predicted": c["predicted"], "true_positives": c["right"], "labels": c["labels"], "found": c["found"]}

    def figures(counts: dict[str, Counter]) -> dict:
        return {**row(sum(counts.values(), Counter())), "slots": {s: row(c) for s, c in sorted(counts.items())}}

    english_first = sorted(languages.items(), key=lambda kv: (kv[0] != "en", kv[0]))
    return {**figures(count), "languages": {lang: {"articles": c["articles"], **row(c)} for lang, c in english_first},
            "lenient": figures(lenient), "mistakes": mistakes}


def page_speed(profile, count: int = 50, kb: float = 40, rounds: int = 3) -> dict:
    """Fact extraction alone on the main text of generated ~40 KB news pages (bench/pages.py: defence
    news with a few paragraphs about the mission, navigation, adverts, comments). Main-text
    extraction runs first and is not timed."""
    import tempfile

    from pages import generate

    from monitor.extract import extract_document

    with tempfile.TemporaryDirectory() as folder:
        paths = generate(Path(folder), count=count, kb=kb)
        page_kb = statistics.mean(p.stat().st_size for p in paths) / 1000
        docs = [extract_document(p.read_bytes(), f"http://bench/{p.name}", content_type="text/html") for p in paths]
    return {"articles": len(docs), "page_kb": round(page_kb, 1),
            "main_text_kb": round(statistics.mean(len(d.text.encode()) for d in docs) / 1000, 1),
            "articles_per_second": facts_per_second(docs, profile, rounds)}


def facts_per_second(docs: list[Document], profile, rounds: int) -> float:
    """Median over ``rounds`` of fact extraction alone, in CPU time of this process."""
    return round(len(docs) / extraction_seconds(docs, profile, rounds), 1)


def extraction_seconds(docs: list[Document], profile, rounds: int) -> float:
    """CPU seconds of this process to extract the facts of every document once, the median of ``rounds``
    (``facts_cost.py`` times its parts of a page with it)."""
    timings = []
    for _ in range(rounds):
        started = time.process_time()
        for doc in docs:
            extract_facts(doc, profile)
        timings.append(time.process_time() - started)
    return statistics.median(timings)


def speed(articles: list[dict], profile, target_bytes: int = 40_000, rounds: int = 3) -> dict:
    """The worst case: ~40 KB made only of corpus paragraphs, nearly every sentence about the mission."""
    paragraphs = [p for a in articles for p in a["document"].paragraphs]
    docs, i = [], 0
    for n in range(50):
        chosen, size = [], 0
        while size < target_bytes:
            chosen.append(paragraphs[i % len(paragraphs)])
            size += len(chosen[-1].encode()) + 2
            i += 7
        docs.append(Document(url=f"http://bench/{n}", title="", paragraphs=tuple(chosen), published=date(2024, 1, 1)))
    return {"articles": len(docs), "article_kb": round(statistics.mean(len(d.text.encode()) for d in docs) / 1000, 1),
            "articles_per_second": facts_per_second(docs, profile, rounds)}


def cell(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--profile", default="nato_mission_iraq")
    parser.add_argument("--verbose", "-v", action="store_true",
                        help="print every false and missed fact, with its quote")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--no-speed", action="store_true")
    args = parser.parse_args()
    profile = load_profile(args.profile)
    articles = load_corpus(args.corpus)
    result = evaluate(articles, profile, verbose=args.verbose and not args.json)
    if not args.no_speed:
        result["speed"] = {"pages": page_speed(profile), "dense": speed(articles, profile)}
    if args.json:
        print(json.dumps(result, indent=1, ensure_ascii=False))
        return 0
    old = result["lenient"]
    print(f"{len(articles)} articles, {result['labels']} labelled facts (English), {result['predicted']} predicted")
    print(f"{'slot':22} {'precision':>9} {'recall':>7} {'pred':>5} {'right':>5} {'labels':>6} {'found':>5}"
          f"   lenient: {'precision':>9} {'recall':>7}")
    for slot, row in result["slots"].items():
        print(f"{slot:22} {cell(row['precision']):>9} {cell(row['recall']):>7} {row['predicted']:>5} "
              f"{row['true_positives']:>5} {row['labels']:>6} {row['found']:>5}"
              f"            {cell(old['slots'][slot]['precision']):>9} {cell(old['slots'][slot]['recall']):>7}")
    print(f"{'all (strict)':22} {cell(result['precision']):>9} {cell(result['recall']):>7} {result['predicted']:>5} "
          f"{result['true_positives']:>5} {result['labels']:>6} {result['found']:>5}"
          f"            {cell(old['precision']):>9} {cell(old['recall']):>7}")
    print(f"strict precision {result['precision']}, recall {result['recall']}; "
          f"lenient (the old measure) precision {old['precision']}, recall {old['recall']}")
    print()
    print("per language (precision: every prediction; recall: that language's labels; only English counts above)")
    print(f"{'language':10} {'articles':>8} {'labels':>6} {'pred':>5} {'TP':>4} {'precision':>9} {'recall':>7}")
    for language, row in result["languages"].items():
        print(f"{language:10} {row['articles']:>8} {row['labels']:>6} {row['predicted']:>5} {row['true_positives']:>4} "
              f"{cell(row['precision']):>9} {cell(row['recall']):>7}")
    if "speed" in result:
        pages, dense = result["speed"]["pages"], result["speed"]["dense"]
        print(f"speed, facts only, one core: {pages['articles_per_second']} articles/s on the main text "
              f"({pages['main_text_kb']} KB) of {pages['page_kb']} KB news pages; "
              f"{dense['articles_per_second']} articles/s on {dense['article_kb']} KB of nothing but mission text")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
