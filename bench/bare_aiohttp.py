#!/usr/bin/env python3
"""The bare client the benchmark compares with: aiohttp, 32 requests at once, each body read and
dropped. No parsing, no storage: the floor of what fetching N pages costs in Python.

    python bench/bare_aiohttp.py URLS_FILE [--concurrency 32]
"""
from __future__ import annotations

import argparse
import asyncio
import sys

import aiohttp


async def main(urls: list[str], concurrency: int) -> int:
    limit = asyncio.Semaphore(concurrency)
    total = 0
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=concurrency)) as session:
        async def one(url: str) -> int:
            async with limit, session.get(url) as response:
                body = await response.read()
                if response.status != 200:
                    raise SystemExit(f"{url}: HTTP {response.status}")
                return len(body)

        for size in await asyncio.gather(*(one(u) for u in urls)):
            total += size
    print(f"{len(urls)} pages, {total} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("urls")
    parser.add_argument("--concurrency", type=int, default=32)
    args = parser.parse_args()
    raise SystemExit(asyncio.run(main(open(args.urls).read().split(), args.concurrency)))
