"""Word lists matched in text: the longest word at a position, or every word of a long text.

:func:`compile_words` makes one regex for "any of these words, the longest first", built
as a trie. ``re`` tries the branches of ``a|b|c`` one by one at every position, so a list
of 500 region names costs 500 tries per character. Sharing prefixes (``内蒙古(?:自治区)?``)
leaves one branch per character to try. Greedy optional groups keep the longest word, as
the longest-first alternation did. That suits anchored matches and short strings.

:class:`WordLookup` gives the longest word at one position by the lengths the words opening
with that character have (a few dictionary lookups; no regex to compile for a long list).

:class:`WordScanner` finds every word of a whole article in one Aho-Corasick pass
(``ahocorasick-rs``): the same leftmost-longest words a trie regex's ``finditer`` finds,
five times faster on a list of a thousand names, whose first characters (全, 中, 上…) are
the commonest of the language and keep the regex busy at most positions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import ahocorasick_rs

_END = ""  # the key that marks a word ending at a node


def _build(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    branches = [re.escape(ch) + _build(child) for ch, child in sorted(node.items()) if ch != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if _END in node else body


def words_pattern(words: Iterable[str]) -> str:
    """The source of a regex that matches the longest of ``words`` at a position."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        if not word:
            raise ValueError("an empty word would match everywhere")
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = {}
    if not trie:
        return "(?!)"  # matches nothing
    return _build(trie)


def compile_words(words: Iterable[str]) -> re.Pattern[str]:
    """:func:`words_pattern`, compiled."""
    return re.compile(words_pattern(words))


_SURROGATE = re.compile("[\ud800-\udfff]")


class WordScanner:
    """Every word of a list in a text, leftmost-longest and not overlapping, as
    ``compile_words(words).finditer(text)`` finds them."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = sorted(set(words))
        if "" in self.words:
            raise ValueError("an empty word would match everywhere")
        self._automaton = ahocorasick_rs.AhoCorasick(self.words, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)

    def scan(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
        """(start, end, word) of each word found in ``text[start:end]``, offsets into ``text``."""
        end = len(text) if end is None else end
        segment = text if start == 0 and end == len(text) else text[start:end]
        try:
            found = self._automaton.find_matches_as_indexes(segment)
        except UnicodeEncodeError:  # a lone surrogate (no word holds one): read it as U+FFFD
            found = self._automaton.find_matches_as_indexes(_SURROGATE.sub("\ufffd", segment))
        words = self.words
        return [(start + a, start + b, words[k]) for k, a, b in found]


class WordLookup:
    """The longest word of a list that starts at a position, by lookups of the lengths the
    words opening with that character have."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)
        if "" in self.words:
            raise ValueError("an empty word would match everywhere")
        lengths: dict[str, set[int]] = {}
        for word in self.words:
            lengths.setdefault(word[0], set()).add(len(word))
        self.lengths = {first: tuple(sorted(ls, reverse=True)) for first, ls in lengths.items()}

    def at(self, text: str, pos: int = 0, end: int | None = None) -> str | None:
        """The longest word at ``text[pos:]`` that ends by ``end``, else None."""
        end = len(text) if end is None else end
        for length in self.lengths.get(text[pos : pos + 1], ()):  # longest first
            if pos + length <= end and text[pos : pos + length] in self.words:
                return text[pos : pos + length]
        return None
