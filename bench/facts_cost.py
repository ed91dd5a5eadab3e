#!/usr/bin/env python3
"""Where fact extraction's time goes on the generated pages (the pages ``facts_eval.py`` measures its speed on),
by the kind of paragraph, so that a speed pass knows what a change can win before it is made.

    python bench/facts_cost.py [--count 50] [--rounds 5]

Each generated page holds one mission paragraph said three times (its first sentence names another weekday each
time), the paragraph after each of them and some seventy filler paragraphs that never name the mission. The same
pages are read cut down (one core, CPU time, the median of ``--rounds``):

- ``page``: the page whole;
- ``first read``: its first mission paragraph alone (four sentences, each read for the first time in the document);
- ``said again``: that paragraph three times over, word for word (what the document's memos leave to do again);
- ``as told``: the page's three mission paragraphs alone, as it tells them (their first sentences differ);
- ``with the next``: those and the paragraph after each (read while the mission is in focus);
- ``filler``: the page without its mission paragraphs and the paragraphs after them, the first mission paragraph at
  its end (so that the mission is named and every filler paragraph is weighed as on the page).

From these: the cost of a filler paragraph (``filler`` less ``first read``, by the number of filler paragraphs), of
a paragraph said again, and the share of the page each kind takes. A cache across documents would flatter every
figure (the pages share their sentences): there is none, and none may be added for this.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from facts_eval import extraction_seconds  # noqa: E402
from pages import MISSION, generate  # noqa: E402

from monitor.extract import extract_document  # noqa: E402
from monitor.facts import extract_facts  # noqa: E402
from monitor.models import Document  # noqa: E402
from monitor.profile import load_profile  # noqa: E402

_OPENING = MISSION[0][:40]  # how a mission paragraph of the generated pages opens


def per_page(docs: list[Document], profile, rounds: int) -> float:
    """Milliseconds of CPU time a document, the median of ``rounds`` (after one round unmeasured)."""
    for doc in docs:
        extract_facts(doc, profile)
    return 1000 * extraction_seconds(docs, profile, rounds) / len(docs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--profile", default="nato_mission_iraq")
    args = parser.parse_args()
    profile = load_profile(args.profile)
    with tempfile.TemporaryDirectory() as folder:
        paths = generate(Path(folder), count=args.count, kb=40)
        pages = [extract_document(p.read_bytes(), f"http://bench/{p.name}", content_type="text/html") for p in paths]
    first, said_again, told, following, filler, fillers = [], [], [], [], [], []
    for page in pages:
        mission = [i for i, p in enumerate(page.paragraphs) if p.startswith(_OPENING)]
        if not mission:
            continue
        own = page.paragraphs[mission[0]]
        after = {i + 1 for i in mission}
        rest = tuple(p for i, p in enumerate(page.paragraphs) if i not in mission and i not in after)
        first.append(replace(page, paragraphs=(own,)))
        said_again.append(replace(page, paragraphs=(own,) * 3))
        told.append(replace(page, paragraphs=tuple(page.paragraphs[i] for i in mission)))
        following.append(replace(page, paragraphs=tuple(p for i, p in enumerate(page.paragraphs)
                                                         if i in mission or i in after)))
        filler.append(replace(page, paragraphs=(*rest, own)))
        fillers.append(len(rest))
    page_ms = per_page(pages, profile, args.rounds)
    first_ms = per_page(first, profile, args.rounds)
    again_ms = (per_page(said_again, profile, args.rounds) - first_ms) / 2
    told_ms = per_page(told, profile, args.rounds)
    next_ms = per_page(following, profile, args.rounds) - told_ms
    filler_ms = per_page(filler, profile, args.rounds) - first_ms
    paragraphs = statistics.mean(fillers)
    print(f"{len(pages)} pages, {statistics.mean(len(p.paragraphs) for p in pages):.0f} paragraphs each; "
          f"ms of CPU a page (one core)")
    print(f"  page whole                         {page_ms:6.2f}  ({1000 / page_ms:.0f} pages/s)")
    print(f"  first read of the mission paragraph {first_ms:6.2f}  ({100 * first_ms / page_ms:.0f}% of the page; "
          f"{first_ms / len(MISSION):.2f} a sentence)")
    print(f"  the same paragraph said again      {again_ms:6.2f}  each")
    print(f"  {paragraphs:.0f} filler paragraphs                {filler_ms:6.2f}  ({100 * filler_ms / page_ms:.0f}% of "
          f"the page; {1000 * filler_ms / paragraphs:.0f} us a paragraph)")
    print(f"  the three mission paragraphs as told {told_ms:6.2f}  (the two after the first: "
          f"{told_ms - first_ms:.2f}, {100 * (told_ms - first_ms) / page_ms:.0f}% of the page)")
    print(f"  the paragraph after each of them   {next_ms:6.2f}  ({100 * next_ms / page_ms:.0f}% of the page)")
    print(f"  the rest                           {page_ms - told_ms - next_ms - filler_ms:6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
