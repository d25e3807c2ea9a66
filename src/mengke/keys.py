"""Stable ASCII keys for indicators, regions and policies, made with pypinyin.

Words are cut against the common words of jieba's dictionary (read as a word list, the
fewest pieces win, so a phrase always cuts the same way), each word is written in
toneless pinyin with pypinyin, and a lone character is glued to its neighbour:
技术/合同/成交额 -> ``jishu-hetong-chengjiaoe``. Both are loaded on first use. pypinyin is
Overrides for romanisations pypinyin gets wrong live in
:mod:`mengke.data.key_overrides`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mengke.data.key_overrides import OVERRIDES
from mengke.numbers.normalize import fold

_CJK = re.compile(r"[\u4e00-\u9fff]+|[A-Za-z0-9]+")


_MIN_FREQUENCY = 20
_MAX_WORD = 4


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    """The common words of jieba's dictionary (as data: jieba itself is not imported)."""
    from importlib.resources import files

    words = set()
    with files("jieba").joinpath("dict.txt").open(encoding="utf-8") as fh:
        for line in fh:
            word, freq, *_ = line.split(" ")
            if 2 <= len(word) <= _MAX_WORD and int(freq) >= _MIN_FREQUENCY:
                words.add(word)
    return frozenset(words)


def _segment(run: str) -> list[str]:
    """Cut a run of Chinese into dictionary words: the fewest pieces, a lone character
    counting double; ties keep the earlier cut. Deterministic for a given word list."""
    words = _words()
    n = len(run)
    best: list[tuple[int, int]] = [(0, 0)] + [(1 << 30, 1)] * n  # (cost, length of the last word)
    for i in range(1, n + 1):
        for length in range(1, min(_MAX_WORD, i) + 1):
            word = run[i - length : i]
            if length > 1 and word not in words:
                continue
            cost = best[i - length][0] + (2 if length == 1 else 1)
            if cost < best[i][0]:
                best[i] = (cost, length)
    out, i = [], n
    while i > 0:
        length = best[i][1]
        out.append(run[i - length : i])
        i -= length
    return out[::-1]


@lru_cache(maxsize=4096)
def make_key(text: str) -> str:
    """The ASCII key of a Chinese phrase: lower-case pinyin words joined by hyphens."""
    from pypinyin import lazy_pinyin

    text = fold(text)
    if text in OVERRIDES:
        return OVERRIDES[text]
    parts: list[str] = []
    for m in _CJK.finditer(text):
        run = m.group()
        if run.isascii():
            parts.append(run.lower())
            continue
        words = _segment(run)
        pieces = ["".join(OVERRIDES.get(ch, p) for ch, p in zip(w, lazy_pinyin(w), strict=True)) for w in words]
        glued: list[str] = []
        for k, (word, piece) in enumerate(zip(words, pieces, strict=True)):
            if len(word) == 1 and glued:
                glued[-1] += piece  # a lone character joins the word before it
            elif len(word) == 1 and k + 1 < len(pieces):
                pieces[k + 1] = piece + pieces[k + 1]  # ... or, first in the run, the word after it
            else:
                glued.append(piece)
        parts.extend(glued)
    return "-".join(parts)
