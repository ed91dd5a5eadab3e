#!/usr/bin/env python3
"""Generate realistic news article pages for benchmarks: navigation, adverts, a "most read" sidebar,
reader comments, and an article of about the requested size that mixes general defence news with a
few paragraphs about NATO Mission Iraq. Deterministic for a given seed.

    python bench/pages.py OUT_DIR [--count 1000] [--kb 40] [--seed 1]
        [--mode first|change|adverts]   # change: one sentence in 10% of articles; adverts: only
                                        # adverts and timestamps change
    writes OUT_DIR/a/NNNNN.html and OUT_DIR/feed.xml (an RSS feed of every article)
"""
from __future__ import annotations

import argparse
import html
import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

COUNTRIES = ["Poland", "Norway", "Italy", "Canada", "Turkey", "Spain", "Estonia", "Greece", "Portugal", "Romania"]
THINGS = ["armoured vehicles", "air defence systems", "naval patrol boats", "transport helicopters",
          "artillery shells", "radar stations", "training aircraft", "secure radios", "night-vision goggles"]
PLACES = ["Brussels", "Warsaw", "Oslo", "Naples", "Ankara", "Madrid", "Tallinn", "Athens", "Lisbon", "Bucharest"]
FILLER = [
    "The defence ministry of {country} announced a new procurement programme for {thing} on {day}.",
    "Officials in {place} said the contract for {thing} would be signed before the end of the year.",
    "Analysts noted that spending on {thing} has risen steadily across the region since {year}.",
    "The parliamentary committee in {country} questioned the delays in the delivery of {thing}.",
    "A spokesperson for the armed forces of {country} said the exercise near {place} ended without incident.",
    "Industry representatives met in {place} to discuss supply chains for {thing} and spare parts.",
    "The government of {country} expects the first batch of {thing} to arrive in {year}.",
    "Critics argued that the budget for {thing} should be reviewed by an independent auditor.",
    "Several allies have expressed interest in joint maintenance arrangements for {thing}.",
    "The minister told reporters in {place} that recruitment targets for {year} had been met.",
]
MISSION = [
    "NATO Mission Iraq continues to advise the Iraqi Ministry of Defence and the Office of the National "
    "Security Advisor, a spokesperson said on {day}.",
    "The mission, established in 2018 at the request of the Government of Iraq, is a non-combat advisory "
    "and capacity-building mission.",
    "Its advisers also support Iraq's professional military education institutions in the greater Baghdad area.",
    "The commander of NATO Mission Iraq met Iraqi officials in Baghdad to review progress on training.",
]
CHANGED_SENTENCE = "A correction was issued on {day} about the figures for {thing} in {country}."
ADVERTS = ["Subscribe to our defence newsletter and save {n}% this month.",
           "Download the free sample of our market report on {thing}.",
           "Advertisement: the best VPN for travellers, now {n}% off."]
COMMENTS = ["Great analysis, thanks for the update on {thing}.",
            "I wonder how long the programme in {country} will take.",
            "Posted by a reader: NATO Mission Iraq must be at least 9,000 strong by now."]


def fill(template: str, rng: random.Random) -> str:
    return template.format(country=rng.choice(COUNTRIES), thing=rng.choice(THINGS), place=rng.choice(PLACES),
                           day=rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]),
                           year=rng.randint(2015, 2027), n=rng.randint(5, 40))


def article_paragraphs(index: int, kb: float, rng: random.Random, mission_share: int = 3) -> list[str]:
    """About ``kb`` KB of article text: filler paragraphs with a few mission paragraphs among them."""
    paragraphs: list[str] = []
    size = 0
    while size < kb * 1000 - 5500:  # the article is most of the page; furniture makes up the rest
        if len(paragraphs) % 8 == 0 and len(paragraphs) // 8 < mission_share:
            paragraph = " ".join(fill(t, rng) for t in MISSION)
        else:
            paragraph = " ".join(fill(rng.choice(FILLER), rng) for _ in range(rng.randint(3, 6)))
        paragraphs.append(paragraph)
        size += len(paragraph) + 8
    return paragraphs


def render(index: int, paragraphs: list[str], published: datetime, rng: random.Random) -> str:
    title = f"Defence roundup {index}: procurement, exercises and NATO Mission Iraq"
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    nav = " ".join(f'<a href="/section/{i}">Section {i}</a>' for i in range(30))
    advert = html.escape(fill(rng.choice(ADVERTS), rng))
    links = [(rng.randint(0, 99999), html.escape(fill(rng.choice(FILLER), rng))) for _ in range(10)]
    side = "".join(f'<li><a href="/a/{n:05d}.html">{text}</a></li>' for n, text in links)
    comments = "".join(f'<div class="comment"><p>{html.escape(fill(rng.choice(COMMENTS), rng))}</p></div>'
                       for _ in range(rng.randint(2, 6)))
    stamp = published.strftime("%Y-%m-%dT%H:%M:%S+00:00")
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)} | Defence Daily</title>
<meta property="og:site_name" content="Defence Daily">
<meta property="article:published_time" content="{stamp}">
</head><body>
<header><nav>{nav}</nav></header>
<div class="advert">{advert}</div>
<main><article><h1>{html.escape(title)}</h1>
<p class="byline">Defence Daily &middot; <time datetime="{stamp}">{published:%d %B %Y}</time></p>
<div class="entry-content">
{body}
</div></article>
<aside class="trending"><h3>Most read</h3><ul>{side}</ul></aside>
<section class="comments"><h3>Comments</h3>{comments}</section></main>
<footer><p>&copy; Defence Daily. Terms | Privacy | Cookies. Page generated {rng.random():.6f}</p></footer>
</body></html>
"""


def generate(out: Path, count: int = 1000, kb: float = 40, seed: int = 1, mode: str = "first",
             base_url: str = "http://127.0.0.1") -> list[Path]:
    """Write ``count`` pages and a feed. ``mode`` changes a given set the same way every time:
    ``change`` edits one sentence in every tenth article; ``adverts`` changes only furniture."""
    (out / "a").mkdir(parents=True, exist_ok=True)
    start = datetime(2026, 1, 1, 9, tzinfo=UTC)
    paths = []
    items = []
    for index in range(count):
        rng = random.Random(seed * 1_000_003 + index)  # the article itself never depends on the mode
        paragraphs = article_paragraphs(index, kb, rng)
        published = start + timedelta(hours=index)
        if mode == "change" and index % 10 == 0:
            paragraphs = [*paragraphs, fill(CHANGED_SENTENCE, random.Random(index))]
        furniture = random.Random((seed, index, mode == "adverts").__hash__())
        page = render(index, paragraphs, published, furniture if mode == "adverts" else random.Random(index))
        path = out / "a" / f"{index:05d}.html"
        path.write_text(page, encoding="utf-8")
        paths.append(path)
        items.append(f"<item><title>Defence roundup {index}: NATO Mission Iraq</title>"
                     f"<link>{base_url}/a/{index:05d}.html</link><guid>{base_url}/a/{index:05d}.html</guid>"
                     f"<pubDate>{format_datetime(published)}</pubDate>"
                     f"<description>Procurement, exercises and NATO Mission Iraq.</description></item>")
    (out / "feed.xml").write_text('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
                                  "<title>Defence Daily</title><link>http://127.0.0.1/</link><description>news"
                                  f"</description>{''.join(reversed(items))}</channel></rss>\n", encoding="utf-8")
    return paths


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--kb", type=float, default=40)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--mode", choices=("first", "change", "adverts"), default="first")
    parser.add_argument("--base-url", default="http://127.0.0.1")
    args = parser.parse_args()
    paths = generate(args.out, args.count, args.kb, args.seed, args.mode, args.base_url)
    size = sum(p.stat().st_size for p in paths) / len(paths) / 1000
    print(f"wrote {len(paths)} pages of {size:.1f} KB on average and a feed to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
