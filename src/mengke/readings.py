"""Toneless pinyin readings of characters and words, as pypinyin gives them, kept as a table.

``make_key`` reads each word of a phrase (a common word of jieba's list, or one character)
as pypinyin's ``lazy_pinyin`` reads it. Loading pypinyin's dictionaries takes a quarter of a
second and 55 MB in every process, for a few thousand readings an article needs. So the readings
are derived from pypinyin once and kept in the temporary folder (:mod:`mengke.tempcache`):
the default reading of every character of the CJK block, and the common words whose reading
is not that of their characters one by one (银行 yin-hang, not yin-xing: 1 300 of 70 000).
A word none of whose characters has two readings reads as its characters, so only words
with such a character are asked of pypinyin when the table is made (about two seconds, once
per installed pypinyin and word list). ``tests/test_readings.py`` checks every word of the
list against ``lazy_pinyin`` itself. Where the temporary folder cannot be written, pypinyin
is asked word by word instead (:class:`AskPypinyin`).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from typing import Protocol

from mengke.tempcache import cache_path, file_identity, package_folder, read_cache, write_cache

FIRST, LAST = 0x4E00, 0x9FFF  # the CJK block that keys are made of
_FORMAT = "mengke-readings 1"
_END = "end"  # the last line: a file cut short anywhere lacks it


class Readings:
    """The reading of a word: the word's own where pypinyin reads it otherwise than its
    characters one by one, else the default reading of each character."""

    __slots__ = ("_chars", "_words")

    def __init__(self, chars: Sequence[str], words: dict[str, list[str]]) -> None:
        if len(chars) != LAST - FIRST + 1:
            raise ValueError(f"expected {LAST - FIRST + 1} character readings, got {len(chars)}")
        self._chars = chars
        self._words = words

    def of(self, word: str) -> list[str]:
        """One toneless syllable per character of ``word`` (characters of the CJK block only);
        a character with no reading is itself."""
        own = self._words.get(word)
        if own is not None:
            return own
        chars = self._chars
        return [chars[ord(c) - FIRST] for c in word]

    def dump(self) -> bytes:
        lines = [_FORMAT, " ".join(self._chars)]
        lines.extend(" ".join([w, *r]) for w, r in sorted(self._words.items()))
        lines.append(_END)
        return "\n".join(lines).encode("utf-8")

    @classmethod
    def load(cls, data: bytes) -> Readings:
        """Read a dumped table back; ValueError when it is not one (cut short, another format)."""
        lines = data.decode("utf-8").split("\n")
        if len(lines) < 3 or lines[0] != _FORMAT or lines[-1] != _END:
            raise ValueError("not a table of readings, or one cut short")
        words: dict[str, list[str]] = {}
        for line in lines[2:-1]:
            word, *reading = line.split(" ")
            if len(reading) != len(word):
                raise ValueError(f"a reading of {word!r} cut short")
            words[word] = reading
        return cls(lines[1].split(" "), words)


def derive(words: Iterable[str]) -> Readings:
    """Ask pypinyin for the readings of the CJK block and of those ``words`` that read otherwise
    than their characters (only words with a character of several readings can)."""
    from pypinyin import Style, lazy_pinyin, pinyin

    block = [chr(c) for c in range(FIRST, LAST + 1)]
    chars = lazy_pinyin(block)  # a list is read item by item: one reading per character
    options = pinyin(block, style=Style.NORMAL, heteronym=True)
    several = {c for c, said in zip(block, options, strict=True) if len(set(said)) > 1}
    own: dict[str, list[str]] = {}
    for word in words:
        if not all(FIRST <= ord(c) <= LAST for c in word) or not any(c in several for c in word):
            continue
        reading = lazy_pinyin(word)
        if len(reading) == len(word) and reading != [chars[ord(c) - FIRST] for c in word]:
            own[word] = reading
    return Readings(chars, own)


class WordReadings(Protocol):
    """Anything that reads a word: the kept table, or pypinyin asked word by word."""

    def of(self, word: str) -> list[str]: ...


class AskPypinyin:
    """Readings asked of pypinyin word by word, where no table can be kept (a temporary folder
    that cannot be written): deriving the table in every process would cost more than loading
    pypinyin's dictionaries."""

    def of(self, word: str) -> list[str]:
        from pypinyin import lazy_pinyin

        reading = lazy_pinyin(word)
        if len(reading) != len(word):  # characters with no reading run together: one by one
            reading = [lazy_pinyin(c)[0] for c in word]
        return reading


def kept_readings(words: Callable[[], Iterable[str]], words_identity: str) -> WordReadings:
    """The table for the word list ``words`` (identified by ``words_identity``), read from the
    temporary folder, or derived from pypinyin and kept there; pypinyin itself where the folder
    cannot be written."""
    folder = package_folder("pypinyin")
    sources = sorted(p for p in folder.iterdir() if p.suffix in (".py", ".json"))
    path = cache_path("readings", f"{file_identity(*sources)}|{words_identity}|{_FORMAT}")
    data = read_cache(path)
    if data is not None:
        try:
            return Readings.load(data)
        except ValueError:
            pass  # a file cut short or of another format: derive the table again
    if not os.access(path.parent, os.W_OK):
        return AskPypinyin()
    table = derive(words())
    write_cache(path, table.dump())
    return table
