#!/usr/bin/env python3
"""The CPU side, single core: main-text extraction and fact extraction per article.

    python bench/cpu.py [--pages 200] [--corpus ../shared/corpus]

On generated ~40 KB news pages (bench/pages.py) and on the corpus articles rendered as news pages
(../shared/eval/newssite.py: menus, adverts, sidebar, comments). CPU time of this process, so the
figures hold for one core whatever else the machine does.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from pages import generate  # noqa: E402

from monitor.extract import extract_document  # noqa: E402
from monitor.facts import extract_facts  # noqa: E402
from monitor.profile import load_profile  # noqa: E402


def measure(name: str, pages: list[bytes], rounds: int = 3) -> str:
    profile = load_profile("nato_mission_iraq")
    extract_times, fact_times, docs = [], [], []
    for _ in range(rounds):
        started = time.process_time()
        docs = [extract_document(p, "http://bench/", content_type="text/html") for p in pages]
        extract_times.append(time.process_time() - started)
        started = time.process_time()
        for doc in docs:
            extract_facts(doc, profile)
        fact_times.append(time.process_time() - started)
    n = len(pages)
    page_kb = statistics.mean(len(p) for p in pages) / 1000
    text_kb = statistics.mean(len(d.text.encode()) for d in docs) / 1000
    e, f = statistics.median(extract_times) / n, statistics.median(fact_times) / n
    return (f"| {name} | {n} | {page_kb:.1f} KB | {text_kb:.1f} KB | {e * 1000:.2f} ms ({1 / e:,.0f}/s) | "
            f"{f * 1000:.2f} ms ({1 / f:,.0f}/s) |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = parser.parse_args()
    lines = ["| pages | count | page size | main text | main-text extraction | fact extraction |",
             "|---|---|---|---|---|---|"]
    with tempfile.TemporaryDirectory() as folder:
        paths = generate(Path(folder), count=args.pages, kb=40)
        lines.append(measure("generated news pages", [p.read_bytes() for p in paths]))
    newssite = args.corpus.parent / "eval"
    if (newssite / "newssite.py").exists():
        sys.path.insert(0, str(newssite))
        from newssite import load_articles, render

        articles = load_articles(sorted(args.corpus.glob("*.json")))
        rng = random.Random(7)
        lines.append(measure("corpus articles as news pages", [render(a, rng).encode() for a in articles]))
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
