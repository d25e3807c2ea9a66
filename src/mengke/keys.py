"""Stable ASCII keys for indicators, regions and policies, made with pypinyin.

Words are cut by longest match against pypinyin's own phrase table (so 技术合同成交额
becomes 技术/合同/成交/额), each word is written in toneless pinyin, and a single
character is glued to the word before it: ``jishu-hetong-chengjiaoe``. pypinyin is
imported on first use. Overrides for romanisations pypinyin gets wrong live in
:mod:`mengke.data.key_overrides`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from mengke.data.key_overrides import OVERRIDES
from mengke.numbers.normalize import fold

_CJK = re.compile(r"[\u4e00-\u9fff]+|[A-Za-z0-9]+")


@lru_cache(maxsize=1)
def _phrases() -> Mapping[str, object]:
    from pypinyin.constants import PHRASES_DICT

    phrases: Mapping[str, object] = PHRASES_DICT
    return phrases


def _segment(run: str) -> list[str]:
    phrases = _phrases()
    out, i = [], 0
    while i < len(run):
        for length in (5, 4, 3, 2):
            word = run[i : i + length]
            if len(word) == length and word in phrases:
                out.append(word)
                i += length
                break
        else:
            out.append(run[i])
            i += 1
    return out


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
        for word in _segment(run):
            syllables = "".join(OVERRIDES.get(ch, p) for ch, p in zip(word, lazy_pinyin(word), strict=True))
            if len(word) == 1 and parts:
                parts[-1] += syllables
            else:
                parts.append(syllables)
    return "-".join(parts)
