"""Sections of a document that a heading names as goals (一、主要目标) or as the work planned
(二、重点任务, 三、2025年工作安排).

A plan lists its goals under a heading of their own, one per line, with no cue word in the
line itself (——高新技术企业数量达到120家；): the heading says what they are. Its tasks are
listed the same way (每年遴选10家标杆孵化器). A section runs from its heading to the next heading
of the same rank or higher (二、 after 一、; a markdown heading of the same level), or to a
blank-line-free run's end of ``_REACH`` characters.
"""

from __future__ import annotations

import re
from functools import cache

from mengke.data.cues import GOAL_HEADING_WORDS, PLAN_HEADING_WORDS
from mengke.data.layout_words import ITEM_NUMBER_MARKS

# the mark that numbers a heading, by rank: 一、 (1), （一） (2), 1. (3); markdown # by its level
_MARKS = tuple((rank, re.compile(mark)) for rank, mark in enumerate(ITEM_NUMBER_MARKS, start=1))


@cache
def _heading(words: tuple[str, ...]) -> re.Pattern[str]:
    """A short heading line whose last words are one of ``words`` (二、重点任务, **主要目标**)."""
    return re.compile(
        r"^[ \t]*(#{1,6}[ \t]*)?(\*\*)?[ \t]*(.{0,8}?)[ \t]*([\u4e00-\u9fff]{0,10})(?:"
        + "|".join(words)
        + r")[\u4e00-\u9fff]{0,4}[：:]?[ \t*]*$",
        re.MULTILINE,
    )


# 一、超额完成年度目标, 二、重点工作开展情况: goals met and work done, reported
_MET = re.compile("完成|实现|达成|超额|突破|情况|成效|成绩|进展|回顾|总结|以来|去年|上年|过去")
_UNNUMBERED_PREFIX = 4  # an unnumbered goal heading is short (主要目标, 发展目标, 年度预期目标)
_REACH = 3000  # a goal section is a short list, not the rest of a long document


def _rank(line: str) -> int | None:
    """The rank of a heading's numbering mark (1 for 一、, 2 for （一）, 3 for 1.), else None."""
    stripped = line.lstrip(" \t#*")
    for rank, mark in _MARKS:
        if mark.match(stripped):
            return rank
    return None


def goal_sections(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` under a heading that names goals, heading excluded."""
    return _sections(text, GOAL_HEADING_WORDS)


def plan_sections(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` under a heading that names the work planned, heading excluded."""
    return _sections(text, PLAN_HEADING_WORDS)


def _sections(text: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """Spans of ``text`` under a heading that ends with one of ``words``, heading excluded."""
    out: list[tuple[int, int]] = []
    for m in _headings(text, words):
        if m.group(3) and _rank(m.group(3)) is None:
            continue  # words before 目标 that number nothing: a sentence, not a heading
        introduces = m.group(0).rstrip(" \t*").endswith(("：", ":"))  # 今年重点抓好以下工作： over its items
        if _MET.search(m.group(0)) or (
            _rank(m.group(0)) is None and len(m.group(4)) > _UNNUMBERED_PREFIX and not introduces
        ):
            continue  # 一、超额完成年度目标: goals met, reported; 某市圆满完成全年目标: a headline
        level = len(m.group(1).strip()) if m.group(1) else None
        rank = _rank(m.group(0))
        start = m.end() + 1
        if rank is None and introduces:
            child = _first_item_rank(text, start)
            if child is not None:
                rank = child - 1  # 重点抓好以下工作： over （一）…（二）…: the items are its own
        end = min(len(text), start + _REACH)
        pos = start
        while pos < end:
            nl = text.find("\n", pos)
            line_end = end if nl < 0 else nl
            line = text[pos:line_end]
            if _closes(line, rank, level):
                end = pos
                break
            pos = line_end + 1
        if end > start:
            out.append((start, end))
    return out


def _first_item_rank(text: str, start: int) -> int | None:
    """The numbering rank of the first non-blank line from ``start``, if it is numbered."""
    for line in text[start : start + _HEADING_MAX * 8].split("\n"):
        if line.strip():
            return _rank(line)
    return None


def _headings(text: str, words: tuple[str, ...]) -> list[re.Match[str]]:
    """The headings of ``text`` that end with one of ``words``, looked for only on the short
    lines that hold one (a search of every line start cost more than the rest of the module)."""
    found: dict[int, re.Match[str]] = {}
    heading = _heading(words)
    for word in words:
        at = text.find(word)
        while at >= 0:
            start = text.rfind("\n", 0, at) + 1
            stop = text.find("\n", at)
            stop = len(text) if stop < 0 else stop
            if start not in found and stop - start <= _HEADING_MAX:
                m = heading.match(text, start, stop)
                if m is not None:
                    found[start] = m
            at = text.find(word, stop)
    return [found[k] for k in sorted(found)]


_HEADING_MAX = 40  # a heading line is short


def _closes(line: str, rank: int | None, level: int | None) -> bool:
    """Whether ``line`` is a heading of the goal heading's rank or higher."""
    stripped = line.lstrip(" \t")
    if stripped.startswith("#"):
        own = len(stripped) - len(stripped.lstrip("#"))
        return level is None or own <= level
    other = _rank(stripped)
    if other is None:
        return False
    return rank is None or other <= rank
