"""Sentences and clauses of article text, across the line breaks of PDF-extracted pages.

A line break ends a sentence only where the line before ends one (。！？) or looks like a
heading; a prose line cut mid-sentence (it has a comma and no full stop at its end), or
one that ends with a measure or its verb over a line that opens with a figure, runs on
into the next non-blank line, as a page break or column break leaves it.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

import attrs

from mengke.data.cues import WAITS_FOR_A_FIGURE
from mengke.data.layout_words import CAPTION_ENDS, CAPTION_MARKS, CONVERSION_ARTEFACT
from mengke.data.units import UNITS

SENTENCE_END = "。！？!?"
CLOSERS = "”’」』)）"
CLAUSE_DELIMS = "，,；;：:、"
_QUOTE_CLOSERS = "”’」』"
# a half-width full stop ends a sentence after a Chinese character, % or a closer (增长15%. 鄂尔多斯…),
# never inside a number (2.5), a name (www.gov.cn) or an ellipsis
# (the scan finds every "." with the other marks, fast; each is then checked in place)
_ASCII_STOP = re.compile(r"(?<=[\u4e00-\u9fff%）)”])\.(?![\d.A-Za-z])")
_PUNCTUATION = re.compile("[" + re.escape(CLAUSE_DELIMS + SENTENCE_END) + "\n.]")


def _line_is_prose(line: str) -> bool:
    s = line.strip()
    if ("：" in s or ":" in s) and len(_LABELLED_FIELD.findall(s)) >= 2:
        return False  # 时间：… 作者：… 来源：…: a line of labelled fields, not a cut sentence
    if bool(s) and _PROSE_MARK.search(s) is not None:
        return True
    return (
        len(s) > 30 and len(s) - s.count(" ") - s.count("\t") > 30
    )  # (a page's nav spread by blanked markup is short)


_PROSE_MARK = re.compile("[，,。；;]")
_LABELLED_FIELD = re.compile(r"(?:^|\s)[\u4e00-\u9fff]{2,4}[：:]")


@attrs.frozen
class Sentences:
    """Sentence boundaries of a text: ``bounds(pos)`` gives the sentence around ``pos``.

    Offsets are kept in arrays (8 bytes each; a long article has hundreds of thousands)."""

    starts: array[int]
    ends: array[int]

    @classmethod
    def of(cls, text: str) -> Sentences:
        return Boundaries.of(text).sentences

    def bounds(self, pos: int) -> tuple[int, int]:
        k = bisect_right(self.starts, pos) - 1
        k = max(k, 0)
        return self.starts[k], self.ends[k]


CLAUSE_REACH = 200
"""How far a clause is read either way from a figure."""


class Clauses:
    """The clause delimiters of a text, found once; :meth:`start` and :meth:`end` give the
    clause around a position by bisection (a walk per figure was the slowest part of reading)."""

    def __init__(self, text: str, delims: str = CLAUSE_DELIMS + SENTENCE_END, reach: int | None = CLAUSE_REACH) -> None:
        self.reach = reach
        found = re.finditer("[" + re.escape(delims) + "]", text)
        self.at = array("q", [m.start() for m in found if not _digit_group(text, m.start())])

    @classmethod
    def at_offsets(cls, at: array[int], reach: int | None) -> Clauses:
        """Clauses from delimiter offsets already found (in order)."""
        self = cls.__new__(cls)
        self.reach, self.at = reach, at
        return self

    def start(self, pos: int, floor: int) -> int:
        """After the last delimiter in ``[floor, pos)`` (at most ``reach`` back), else the floor."""
        if self.reach is not None:
            floor = max(floor, pos - self.reach)
        k = bisect_left(self.at, pos) - 1
        return self.at[k] + 1 if k >= 0 and self.at[k] >= floor else floor

    def end(self, pos: int, ceiling: int) -> int:
        """The first delimiter in ``[pos, ceiling)`` (at most ``reach`` on), else the ceiling."""
        if self.reach is not None:
            ceiling = min(ceiling, pos + self.reach)
        k = bisect_left(self.at, pos)
        return self.at[k] if k < len(self.at) and self.at[k] < ceiling else ceiling


_THOUSANDS = re.compile(r"\d,\d{3}(?!\d)")
_DIGIT_CHARS = frozenset("0123456789")


def _digit_group(text: str, comma: int) -> bool:
    """The comma at ``comma`` parts the digits of one figure (2,100), not two clauses."""
    return (
        text[comma] == ","
        and comma > 0
        and text[comma - 1] in _DIGIT_CHARS
        and _THOUSANDS.match(text, comma - 1) is not None
    )


@attrs.frozen
class Boundaries:
    """Sentences, clauses (、 ends one) and wide clauses (、 does not; no reach limit) of a
    text, found in one pass over its punctuation."""

    sentences: Sentences
    clauses: Clauses
    wide_clauses: Clauses

    @classmethod
    def of(cls, text: str) -> Boundaries:
        starts, ends = array("q", [0]), array("q")
        clauses, wide = array("q"), array("q")
        run_end, n = -1, len(text)
        for m in _PUNCTUATION.finditer(text):
            p = m.start()
            c = text[p]
            if c == "." and _ASCII_STOP.match(text, p) is None:
                continue  # 2.5, www.gov.cn, …: no stop
            if c == "," and _digit_group(text, p):
                continue  # 2,100间: a digit group, no clause mark
            if c == "\n":
                if _runs_on(text, p):
                    continue
                ends.append(p + 1)
                starts.append(p + 1)
                continue
            clauses.append(p)
            if c == "、":
                continue
            wide.append(p)
            if c in CLAUSE_DELIMS or p < run_end:
                continue
            # a run of sentence ends (！？), with the quote that closes it (。”)
            e = p + 1
            while e < n and text[e] in SENTENCE_END:
                e += 1
            if e < n and text[e] in _QUOTE_CLOSERS:
                e += 1
            run_end = e
            ends.append(e)
            starts.append(e)
        ends.append(n)
        return cls(Sentences(starts, ends), Clauses.at_offsets(clauses, CLAUSE_REACH), Clauses.at_offsets(wide, None))


def _runs_on(text: str, newline: int) -> bool:
    """A line break that ends no sentence: after a blank line, inside a prose line cut
    mid-sentence, or between a measure or its verb and the figure that opens the next line
    (…去年实现产值 / 326亿元，…: a narrow column's wrap)."""
    tail = text[text.rfind("\n", 0, newline) + 1 : newline].rstrip()
    if "[" in tail:
        tail = _ARTEFACT.sub("", tail)  # [bookmark: _GoBack]标题: the title's own length counts
    if not tail:
        return True
    if (
        tail[-1] in _SENTENCE_END_OR_CLOSER
        or tail.endswith(CAPTION_ENDS)
        or tail.lstrip()[:1] in CAPTION_MARKS
        or (tail[-1] == "." and _ASCII_STOP.match(tail, len(tail) - 1) is not None)
    ):
        return False  # (a photo caption, ▲… 本报记者 某某 摄, ends where its line does)
    if _PROSE_MARK.search(tail) is None and _BLANK_NEXT.match(text, newline + 1):
        return False  # a long headline over a blank line: no prose mark, a paragraph of its own
    return (
        _line_is_prose(tail)
        or (_FIGURE_OPENS.match(text, newline + 1) is not None and tail.endswith(WAITS_FOR_A_FIGURE))
        or (tail[-1] in _DIGITS and _figure_cut(text, newline))  # 达到1.2 / 亿元
        or _justified_wrap(text, tail, newline)
    )


def _figure_cut(text: str, newline: int) -> bool:
    """After a digit, the line break cuts a figure: the next line opens with its unit or
    magnitude (1.2 / 亿元), or, in a narrow column, with more of its digits (增长2 / 0%)."""
    after = text[newline + 1 : newline + 2]
    return after in _UNIT_FIRSTS or (after in _DIGITS and column_wrap(text, newline))


def _justified_wrap(text: str, tail: str, newline: int) -> bool:
    """A narrow justified column wrapping inside a word (同比增 / 长15%，…): a column line that
    ends with a Chinese character, before a line that opens with one or a digit."""
    if not _CJK_END.search(tail):
        return False  # (a figure cut at a line's end: mengke.spacing closes it up)
    stop = text.find("\n", newline + 1)
    return bool(_CJK_START.match(text, newline + 1, len(text) if stop < 0 else stop)) and column_wrap(text, newline)


def column_wrap(text: str, newline: int) -> bool:
    """Whether the line break at ``newline`` wraps a narrow justified column: the line is ten
    characters or more and as wide as the next (one character either way), it or the next
    being prose, or as wide as the one before (a paragraph's last line is shorter), it or the
    one before being prose."""
    start = text.rfind("\n", 0, newline) + 1
    stop = text.find("\n", newline + 1)
    line = text[start:newline].strip()
    below = text[newline + 1 : len(text) if stop < 0 else stop].strip()
    above = text[text.rfind("\n", 0, start - 1) + 1 : start - 1].strip() if start else ""
    if len(line) < COLUMN_MIN:
        return False
    if abs(len(line) - len(below)) <= 1:
        return _COLUMN_PROSE.search(line) is not None or _COLUMN_PROSE.search(below) is not None
    if abs(len(line) - len(above)) <= 1:  # a paragraph's last line is shorter: as wide as the one above
        # (a headline under a photo caption of its width is no column: neither is prose)
        return _COLUMN_PROSE.search(line) is not None or _COLUMN_PROSE.search(above) is not None
    return False


COLUMN_MIN = 10
"""The fewest characters of a line of a narrow justified column."""
_COLUMN_PROSE = re.compile("[，,。；;、]")  # (a list's 、 marks prose too: 包联665家企业、777个项目)
_CJK_END = re.compile(r"[\u4e00-\u9fff]$")
_CJK_START = re.compile(r"[\u4e00-\u9fff0-9]")
_ARTEFACT = re.compile(CONVERSION_ARTEFACT)
_BLANK_NEXT = re.compile(r"[ \t\u3000]*(?:\n|$)")


# a figure (not a date) at the start of a line (data.cues.WAITS_FOR_A_FIGURE: the line endings before one)
_FIGURE_OPENS = re.compile(r"[ \t]*\d[\d.,]*[ \t]*(?![\d年月日号时])[\u4e00-\u9fff%]")


_SENTENCE_END_OR_CLOSER = frozenset(SENTENCE_END + CLOSERS)
_DIGITS = frozenset("0123456789０１２３４５６７８９")
# the first characters of units and magnitudes: a line that opens with one after a line ending
# in a digit holds the rest of a figure the wrap cut
_UNIT_FIRSTS = frozenset({u[0] for u in UNITS if u} | set("万亿%％"))


class SpanSet:
    """Half-open spans, merged where they overlap, asked "is this position covered?" by bisection."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for a, b in sorted(spans):
            if merged and a <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], b))
            else:
                merged.append((a, b))
        self.starts = [a for a, _ in merged]
        self.ends = [b for _, b in merged]

    def covers(self, pos: int) -> bool:
        k = bisect_right(self.starts, pos) - 1
        return k >= 0 and self.ends[k] > pos
