"""Stable ASCII keys for indicators, regions and policies, made with pypinyin.

Words are cut against the common words of jieba's dictionary (read as a word list, the
fewest pieces win, so a phrase always cuts the same way), each word is written in
toneless pinyin as pypinyin reads it (a table derived from pypinyin and kept between
processes, :mod:`mengke.readings`), and a lone character is glued to its neighbour:
技术/合同/成交额 -> ``jishu-hetong-chengjiaoe``. Both are loaded on first use.
Overrides for romanisations pypinyin gets wrong live in
:mod:`mengke.data.key_overrides`.
"""

from __future__ import annotations

import re
import sys
from array import array
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

from mengke.data.key_overrides import OVERRIDES
from mengke.numbers.normalize import fold
from mengke.readings import WordReadings, kept_readings
from mengke.tempcache import cache_path, file_identity, package_folder, read_cache, write_cache

_CJK = re.compile(r"[\u4e00-\u9fff]+|[A-Za-z0-9]+")


_MAX_WORD = 4
_FEWEST_WORDS = 1000  # a cached word list shorter than this is not one


def _pack(word: str) -> int:
    """A word of up to four BMP characters as one integer (16 bits a character)."""
    return int.from_bytes(word.encode("utf-16-be"), "big")


# a line of dict.txt is "word frequency tag"; keep the words of 2 to _MAX_WORD BMP characters
# said at least 20 times (a frequency of two digits from 20, or of three digits or more)
_COMMON_WORD = re.compile(rf"^([^\s\U00010000-\U0010ffff]{{2,{_MAX_WORD}}}) (?:[2-9]\d|\d{{3,}})(?: |$)", re.MULTILINE)


def _jieba_dictionary() -> Path:
    """jieba's dict.txt, found without importing jieba (its import loads 18 MB of models)."""
    return package_folder("jieba") / "dict.txt"


def _words_identity() -> str:
    """What the word list is derived from: the dictionary file, the rule, the byte order."""
    return f"{file_identity(_jieba_dictionary())}|{_MAX_WORD}|{_COMMON_WORD.pattern}|{sys.byteorder}"


@lru_cache(maxsize=1)
def _words() -> array[int]:
    """The common words of jieba's dictionary, packed and sorted (as data: jieba itself is not
    imported). An array of integers takes 2 MB where a set of strings took 20 MB.

    Reading the 5 MB dictionary takes a tenth of a second, which every process paid at start;
    the packed array is kept in the temporary folder (:mod:`mengke.tempcache`) and read back
    in a millisecond."""
    path = cache_path("words", _words_identity())
    data = read_cache(path)
    if data is not None:
        try:
            words = array("Q")
            words.frombytes(data)
            if len(words) > _FEWEST_WORDS and words[0] < words[-1]:
                return words
        except ValueError:
            pass  # a file cut short: read the dictionary
    text = _jieba_dictionary().read_text(encoding="utf-8")
    words = array("Q", sorted(map(_pack, _COMMON_WORD.findall(text))))
    write_cache(path, words.tobytes())
    return words


def _unpack(code: int) -> str:
    return code.to_bytes(2 * _MAX_WORD, "big").decode("utf-16-be").lstrip("\x00")


@lru_cache(maxsize=1)
def _readings() -> WordReadings:
    """Toneless readings as pypinyin gives them, for the characters and the words of the list."""
    return kept_readings(lambda: map(_unpack, _words()), _words_identity())


def is_common_word(word: str) -> bool:
    """Whether ``word`` (2 to 4 characters) is a common word of jieba's dictionary."""
    return 2 <= len(word) <= _MAX_WORD and _is_word(word)


def _is_bmp(word: str) -> bool:
    """Only BMP characters, none a lone surrogate: the characters the packed words are made of."""
    return all(ord(c) < 0xD800 or 0xE000 <= ord(c) <= 0xFFFF for c in word)


def _is_word(word: str) -> bool:
    if not _is_bmp(word):
        return False  # (a lone surrogate or a character outside the BMP: in no packed word)
    words = _words()
    code = _pack(word)
    k = bisect_left(words, code)
    return k < len(words) and words[k] == code


def segment(run: str) -> list[str]:
    """Cut a run of Chinese into dictionary words: the fewest pieces, a lone character
    counting double; ties keep the earlier cut. Deterministic for a given word list."""
    n = len(run)
    best: list[tuple[int, int]] = [(0, 0)] + [(1 << 30, 1)] * n  # (cost, length of the last word)
    for i in range(1, n + 1):
        for length in range(1, min(_MAX_WORD, i) + 1):
            word = run[i - length : i]
            if length > 1 and not _is_word(word):
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


def _ascii(piece: str) -> str:
    """A character pypinyin has no reading for (鿮) is written by its code point (u9fee)."""
    return piece if piece.isascii() else "".join(c if c.isascii() else f"u{ord(c):04x}" for c in piece)


@lru_cache(maxsize=4096)
def make_key(text: str) -> str:
    """The ASCII key of a Chinese phrase: lower-case pinyin words joined by hyphens."""
    text = fold(text)
    if text in OVERRIDES:
        return OVERRIDES[text]
    parts: list[str] = []
    readings = _readings()
    for m in _CJK.finditer(text):
        run = m.group()
        if run.isascii():
            parts.append(run.lower())
            continue
        words = segment(run)
        pieces = ["".join(_ascii(OVERRIDES.get(ch, p)) for ch, p in zip(w, readings.of(w), strict=True)) for w in words]
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
