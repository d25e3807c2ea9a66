"""Stable ASCII keys for indicators, regions and policies, made with pypinyin.

Words are cut with jieba's dictionary (its guessing HMM off, so a phrase always cuts the
same way), each word is written in toneless pinyin with pypinyin, and a lone character
is glued to its neighbour: 技术/合同/成交额 -> ``jishu-hetong-chengjiaoe``. Both libraries
are imported on first use. pypinyin is
Overrides for romanisations pypinyin gets wrong live in
:mod:`mengke.data.key_overrides`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from mengke.data.key_overrides import OVERRIDES
from mengke.numbers.normalize import fold

_CJK = re.compile(r"[\u4e00-\u9fff]+|[A-Za-z0-9]+")


@lru_cache(maxsize=1)
def _tokenizer() -> Callable[[str], list[str]]:
    """jieba's dictionary cutter, loaded on first use, quietly, without its HMM guesses."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    cutter = jieba.Tokenizer()
    cutter.initialize()

    def cut(text: str) -> list[str]:
        return list(cutter.lcut(text, HMM=False))

    return cut


def _segment(run: str) -> list[str]:
    """Cut a run of Chinese into dictionary words (jieba, HMM off, so the cut is stable)."""
    return _tokenizer()(run)


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
