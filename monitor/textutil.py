"""Small text helpers shared by the stages: normalising, hashing, keyword matching."""
from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib
from dataclasses import dataclass
from functools import lru_cache


def fold(text: str) -> str:
    """Lower-case, accents removed, curly quotes and dashes made plain, white space folded."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.translate(_PLAIN)
    return re.sub(r"\s+", " ", text).strip().lower()


_PLAIN = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
                        "\u2014": "-", "\u2011": "-", "\u00a0": " "})


@dataclass(frozen=True)
class PackedText:
    """A main text ready for storage: its SHA-256 and its zlib-compressed UTF-8. Made where the
    text was extracted (a worker process), so the main process does neither."""

    digest: str
    size: int
    compressed: bytes


def pack_text(text: str) -> PackedText:
    data = text.encode("utf-8")
    return PackedText(hashlib.sha256(data).hexdigest(), len(text), zlib.compress(data, 6))


def body_hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


@lru_cache(maxsize=256)
def _keyword_pattern(keywords: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = sorted((re.escape(fold(k)) for k in keywords if k.strip()), key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(alternatives) + r")(?![\w])")


def mentions_any(text: str, keywords: tuple[str, ...]) -> bool:
    """True when one of ``keywords`` stands in ``text`` as whole words, ignoring case and accents."""
    if not keywords:
        return False
    return _keyword_pattern(keywords).search(fold(text)) is not None


def contains_any(text: str, words: tuple[str, ...]) -> bool:
    """One of ``words`` is a substring of ``text``: a plain loop, several times faster than any()
    over a generator on the hot path of fact extraction."""
    for word in words:
        if word in text:
            return True
    return False
