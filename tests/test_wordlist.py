"""The trie regex over a word list matches what the longest-first alternation matched, and the
Aho-Corasick scanner finds what the trie regex finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mengke.wordlist import WordLookup, WordScanner, compile_words

_ALPHABET = "内蒙古自治区包头市呼和浩特"


@given(
    st.lists(st.text(alphabet=_ALPHABET, min_size=1, max_size=5), min_size=1, max_size=30),
    st.text(alphabet=_ALPHABET + "，。的", max_size=80),
)
def test_the_trie_finds_what_the_longest_first_alternation_finds(words: list[str], text: str) -> None:
    plain = re.compile("|".join(map(re.escape, sorted(set(words), key=len, reverse=True))))
    trie = compile_words(words)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_the_longest_word_wins_and_a_shorter_one_is_kept_when_the_longer_fails() -> None:
    pattern = compile_words(["内蒙古", "内蒙古自治区", "包头", "包头市"])
    assert [m.group() for m in pattern.finditer("内蒙古自治区包头和内蒙古包头市")] == [
        "内蒙古自治区",
        "包头",
        "内蒙古",
        "包头市",
    ]


def test_special_characters_are_escaped_and_an_empty_list_matches_nothing() -> None:
    assert compile_words(["1+1", "a.b"]).findall("1+1 axb a.b") == ["1+1", "a.b"]
    assert compile_words([]).search("anything") is None


def test_an_empty_word_is_refused() -> None:
    with pytest.raises(ValueError, match="empty word"):
        compile_words(["", "a"])


@given(
    st.lists(st.text(alphabet=_ALPHABET, min_size=1, max_size=5), min_size=1, max_size=30),
    st.text(alphabet=_ALPHABET + "，。的😀𠀀", max_size=80),  # offsets count characters beyond the BMP as one
    st.integers(0, 80),
    st.integers(0, 80),
)
def test_the_scanner_finds_what_the_trie_regex_finds(words: list[str], text: str, a: int, b: int) -> None:
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    trie = compile_words(words)
    expected = [(m.start(), m.end(), m.group()) for m in trie.finditer(text, start, end)]
    assert WordScanner(words).scan(text, start, end) == expected


def test_the_scanner_gives_offsets_into_the_whole_text_and_refuses_an_empty_word() -> None:
    scanner = WordScanner(["包头", "包头市", "呼和浩特"])
    assert scanner.scan("去包头市和呼和浩特", 1) == [(1, 4, "包头市"), (5, 9, "呼和浩特")]
    assert scanner.scan("去包头市和呼和浩特", 0, 3) == [(1, 3, "包头")]
    with pytest.raises(ValueError, match="empty word"):
        WordScanner(["", "包头"])


@given(
    st.lists(st.text(alphabet=_ALPHABET, min_size=1, max_size=5), min_size=1, max_size=30),
    st.text(alphabet=_ALPHABET + "，。的", max_size=40),
    st.integers(0, 40),
    st.integers(0, 40),
)
def test_the_lookup_gives_the_longest_word_the_trie_regex_matches_at_a_position(
    words: list[str], text: str, pos: int, end: int
) -> None:
    pos, end = min(pos, len(text)), min(max(pos, end), len(text))
    m = compile_words(words).match(text, pos, end)
    assert WordLookup(words).at(text, pos, end) == (m.group() if m else None)


def test_the_lookup_refuses_an_empty_word() -> None:
    with pytest.raises(ValueError, match="empty word"):
        WordLookup(["", "包头"])


def test_the_scanner_reads_past_a_lone_surrogate() -> None:
    assert WordScanner(["包头"]).scan("\ud800包头\udfff") == [(1, 3, "包头")]
