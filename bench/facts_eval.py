#!/usr/bin/env python3
"""Fact extraction measured on the labelled corpus: precision and recall per slot, and speed.

    python bench/facts_eval.py [--corpus ../shared/corpus] [--verbose] [--json]

Each corpus file is one real article with hand-written facts (see its README). A predicted fact
matches a label of the same slot when their sentences overlap or the predicted value shares a
word with the label's value (labels are free text: "Maj Gen Jennie Carignan (Canada), since 26
Nov 2019").

Speed is measured twice: on the main text of generated ~40 KB news pages (bench/pages.py; the
measure the targets speak of), and on ~40 KB made only of corpus paragraphs (the worst case).
Recall counts the labels of English articles (the product need not read
other languages); precision counts every prediction, in every language, so a fact invented from
an article in another language is a false one. Speed is fact extraction alone on ~40 KB
articles, single core, after main-text extraction.
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import Counter
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
STOP = frozenset("the a an of and in to for on at by with from its it is was nato mission iraq iraqi s".split())


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


def words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", fold(text)) if w not in STOP}


def quotes_overlap(a: str, b: str) -> bool:
    fa, fb = fold(a), fold(b)
    if fa in fb or fb in fa:
        return True
    wa, wb = words(a), words(b)
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) >= 0.6


def matches(fact: Fact, label: dict) -> bool:
    """Same slot, and the same sentence or a value the label's (free-text) value shares a word with."""
    if fact.slot != label["slot"]:
        return False
    if quotes_overlap(fact.quote, label["quote"]):
        return True
    return bool(words(fact.value) & words(label["value"]))


def evaluate(articles: list[dict], profile, verbose: bool = False) -> dict:
    tp_pred, all_pred, tp_label, all_label = Counter(), Counter(), Counter(), Counter()
    for article in articles:
        facts = extract_facts(article["document"], profile)
        labels = article["labels"]
        english = article["language"] == "en"
        for fact in facts:
            ok = any(matches(fact, label) for label in labels)
            all_pred[fact.slot] += 1
            tp_pred[fact.slot] += ok
            if verbose and not ok:
                print(f"  FALSE  {article['id'][:8]} {fact.slot}: {fact.value!r} [{fact.role}] | {fact.quote[:100]}")
        if not english:
            continue
        for label in labels:
            found = any(matches(fact, label) for fact in facts)
            all_label[label["slot"]] += 1
            tp_label[label["slot"]] += found
            if verbose and not found:
                print(f"  MISSED {article['id'][:8]} {label['slot']}: {label['value'][:60]!r} | {label['quote'][:100]}")
    slots = sorted(set(all_pred) | set(all_label))
    per_slot = {s: {"precision": round(tp_pred[s] / all_pred[s], 3) if all_pred[s] else None,
                    "recall": round(tp_label[s] / all_label[s], 3) if all_label[s] else None,
                    "predicted": all_pred[s], "labels": all_label[s]} for s in slots}
    total_pred, total_label = sum(all_pred.values()), sum(all_label.values())
    return {"precision": round(sum(tp_pred.values()) / total_pred, 3) if total_pred else None,
            "recall": round(sum(tp_label.values()) / total_label, 3) if total_label else None,
            "predicted": total_pred, "labels": total_label, "slots": per_slot}


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
    timings = []
    for _ in range(rounds):
        started = time.process_time()
        for doc in docs:
            extract_facts(doc, profile)
        timings.append(time.process_time() - started)
    return round(len(docs) / statistics.median(timings), 1)


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--profile", default="nato_mission_iraq")
    parser.add_argument("--verbose", "-v", action="store_true", help="print every false and missed fact")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--no-speed", action="store_true")
    args = parser.parse_args()
    profile = load_profile(args.profile)
    articles = load_corpus(args.corpus)
    result = evaluate(articles, profile, verbose=args.verbose)
    if not args.no_speed:
        result["speed"] = {"pages": page_speed(profile), "dense": speed(articles, profile)}
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    print(f"{len(articles)} articles, {result['labels']} labelled facts (English), {result['predicted']} predicted")
    print(f"{'slot':22} {'precision':>9} {'recall':>7} {'pred':>5} {'labels':>6}")
    for slot, row in result["slots"].items():
        p = "-" if row["precision"] is None else f"{row['precision']:.2f}"
        r = "-" if row["recall"] is None else f"{row['recall']:.2f}"
        print(f"{slot:22} {p:>9} {r:>7} {row['predicted']:>5} {row['labels']:>6}")
    print(f"{'all':22} {result['precision']:>9.3f} {result['recall']:>7.3f}")
    if "speed" in result:
        pages, dense = result["speed"]["pages"], result["speed"]["dense"]
        print(f"speed, facts only, one core: {pages['articles_per_second']} articles/s on the main text "
              f"({pages['main_text_kb']} KB) of {pages['page_kb']} KB news pages; "
              f"{dense['articles_per_second']} articles/s on {dense['article_kb']} KB of nothing but mission text")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
