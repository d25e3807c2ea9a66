"""One regex for "any of these words, the longest first", built as a trie.

``re`` tries the branches of ``a|b|c`` one by one at every position, so a list of 500
region names costs 500 tries per character. Sharing prefixes (``内蒙古(?:自治区)?``) leaves
one branch per character to try. Greedy optional groups keep the longest word, as the
longest-first alternation did.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

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
