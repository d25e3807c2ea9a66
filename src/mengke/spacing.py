"""Letter-spaced text: PDF pages and big headlines set with a space between every character
(``全 区 投 入 1 2 亿 元``), the digits of a figure spaced out on a justified line
(``平台 1 2 个``), a figure cut by a line break or spread around its point (``12`` /
``.5亿元``, ``12 . 5亿元``), and the line breaks of a narrow justified column inside a sentence
(``同比增`` / ``长12.4%``).

The recognisers read words, so such runs are read in a compact copy of the text
(``全区投入12亿元``) and every offset of the result is mapped back to the text as given:
a figure read as ``12亿元`` keeps the span and the text ``1 2 亿 元`` of the page.
"""

from __future__ import annotations

import re
from array import array
from collections import Counter
from collections.abc import Iterator, Sequence

import attrs

from mengke.data.layout_words import BYLINE_MARKS, BYLINE_ROLES
from mengke.records import Extraction
from mengke.text import COLUMN_MIN, column_wrap

# four or more single characters, each parted from the next by one space, with space or the
# line's edge around the run (so 2025 年 or 从 0 到 1 inside prose is no run). Both patterns
# open at the run's first space, so a search skips to the spaces, rare in Chinese text.
_RUN = re.compile(r"[ \u3000](?<=\S[ \u3000])(?<!\S\S[ \u3000])\S(?:[ \u3000]\S){2,}(?!\S)")
_MAYBE = re.compile(r"[ \u3000](?<=\S[ \u3000])\S[ \u3000]\S[ \u3000]\S")  # a cheap gate before the run search
_CJK = re.compile(r"[\u4e00-\u9fff]")
_BLANKS = frozenset(" \u3000\r\n")
_MIN_CJK = 2  # a run of digits alone (1 2 3 4, a table row) is left as it is
# a blank between two spaced digits, or a line break with a blank on either side at most (a
# narrow column wraps 1 4 / 0 0 余项)
_DIGIT_GAP = r"(?:[ \u3000]|[ \u3000]?\r?\n[ \u3000]?)"
# the digits of one figure spaced out inside prose (国家级平台 1 2 个, 强度达到 3 . 1 %): a
# justified PDF line; between a Chinese character and a unit, a word or %
_DIGIT_RUN = re.compile(
    r"[ \u3000\n](\d(?:" + _DIGIT_GAP + r"[\d.])*" + _DIGIT_GAP + r"\d)"
    r"(?=[ \u3000]?(?:\r?\n)?[\u4e00-\u9fff%％])"
)  # (opens at a blank or a line break)


@attrs.frozen
class Compacted:
    """The text with letter-spaced runs closed up, and where each of its characters was."""

    text: str
    offsets: array[int]
    """``offsets[i]`` is the position in the original text of compact character ``i``; one
    more entry holds the original length."""

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that compact ``[start, end)`` came from."""
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1


def _before_blanks(text: str, at: int) -> int:
    """Where the character before the blanks (and one line break) ending at ``at`` stands."""
    k = at
    while k > 0 and at - k < 3 and text[k - 1] in " \u3000\r\n":
        k -= 1
    return k - 1 if k > 0 else len(text)  # (nothing before: no character, no match)


def compact(text: str, blanks: Sequence[tuple[int, int]] = ()) -> Compacted | None:
    """``text`` with its letter-spaced runs and the gaps inside figures closed up, and the
    spans ``blanks`` dropped (an HTML page's inline markup), or None when there is nothing to
    close up."""
    runs: list[tuple[int, int]] = []
    digit_runs: set[tuple[int, int]] = set()
    if _MAYBE.search(text) is not None:
        spans = [(m.start() - 1, m.end()) for m in _RUN.finditer(text)]  # a run opens one before its first space
        runs = [(a, b) for a, b in spans if len(_CJK.findall(text, a, b)) >= _MIN_CJK]
        digits = [m.span(1) for m in _DIGIT_RUN.finditer(text) if _CJK.match(text, _before_blanks(text, m.start() + 1))]
        digit_runs = {(a, b) for a, b in digits if not any(x < b and a < y for x, y in runs)}
        runs = sorted([*runs, *digit_runs])
    # the spaces between a run's characters; every blank inside a digit run (it may wrap a line)
    drops = [k for a, b in runs for k in range(a + 1, b, 2) if (a, b) not in digit_runs]
    drops += [k for a, b in digit_runs for k in range(a, b) if text[k] in _BLANKS]
    gaps = list(_figure_gaps(text))
    drops += [k for a, b in gaps for k in range(a, b) if not any(x <= k < y for x, y in runs)]
    drops += [k for a, b in blanks for k in range(a, b)]
    if not drops:
        return None
    pieces: list[str] = []
    offsets = array("q")
    pos = 0
    for k in sorted(set(drops)):
        pieces.append(text[pos:k])
        offsets.extend(range(pos, k))
        pos = k + 1
    pieces.append(text[pos:])
    offsets.extend(range(pos, len(text)))
    offsets.append(len(text))
    return Compacted("".join(pieces), offsets)


# A figure cut by a line break or spread around its decimal point on a PDF page: 12 / .5亿元
# (a line never opens with .5), 2 / 000家 (nor with 000), 12 . 5亿元, 3 .5%, 12. 6亿元. The
# white space inside is dropped; 1. 5G (a list number: its digits open a line or follow a
# bracket or mark, not a word) is left alone. The line-break pattern opens with a literal (the
# scan skips to line breaks); the spread point is looked for only in a text that has a blank
# beside a point at all.
_NEWLINE_CUT = re.compile(r"\n[ \t\u3000]*(?=\.\d|0\d)")
_SPREAD_POINT = re.compile(r"\.[ \t]*(?=\d)")  # (opens with the point: the scan skips to points)
_WORD_BEFORE_DIGITS = re.compile(r"[\u4e00-\u9fff][ \t]?\d+\Z")  # 达到12 (a figure), not \n1 (a list)
# a line break of a narrow justified column inside a sentence (同比增 / 长12.4%, 达到15 / 6家, 900余 /
# 名): the line is closed up with the next, as the page's text runs on (a line as wide as the
# page's columns, or one text.column_wrap takes for a column's; a line that ends a sentence, or
# a table row, is left alone, so a headline under a paragraph stays a line)
_ENDS_A_SENTENCE = frozenset("。！？!?…；;：:”’」』)）")
_WRAP = re.compile(
    r"\n(?:(?<=[^" + re.escape("".join(sorted(_ENDS_A_SENTENCE))) + r"\s|]\n)|(?<=[ \t\u3000\r]\n))(?=[ \t]*\S)"
)
# (opens with the line break, so the scan skips to them; a line that ends its sentence is passed
# over inside the regex engine, one that ends in white space is looked at again below)
_BYLINE_OPENINGS = (*BYLINE_MARKS, *BYLINE_ROLES, "本报", "记者", "通讯员")
_COLUMN_LINES = 5  # a column's width is shared by five lines at least
_COLUMN_SHARE = 4  # and by a quarter of the page's long lines


def _figure_gaps(text: str) -> Iterator[tuple[int, int]]:
    """Spans of white space to close up: inside a figure cut by a line break or spread around
    its point, and the line breaks of a narrow justified column inside a sentence."""
    for m in _NEWLINE_CUT.finditer(text):
        k = m.start()
        while k > 0 and text[k - 1] in " \t\u3000\r":
            k -= 1
        if k > 0 and text[k - 1].isdigit() and text[k - 1].isascii():
            yield k, m.end()
    candidates = []
    for m in _WRAP.finditer(text):
        k = m.start()
        width = k - text.rfind("\n", 0, k) - 1
        if width < COLUMN_MIN:
            continue  # a short line is no column's (most line breaks end a paragraph or a heading)
        j = k - 1
        while j > 0 and text[j] in " \t\u3000\r":
            j -= 1
        if text[j] in _ENDS_A_SENTENCE or text[j] in "\t|":
            continue  # (most lines of a page of paragraphs end here)
        if not text.startswith(_BYLINE_OPENINGS, m.end()):  # a headline over its byline stays a line
            candidates.append((k, width))
    # (the page's column widths are worth counting only on a page of many lines cut mid-sentence)
    widths = _column_widths(text) if len(candidates) >= _COLUMN_LINES else frozenset()
    for k, width in candidates:
        if any(abs(width - w) <= 1 for w in widths) or column_wrap(text, k):
            yield k, k + 1
    spread = " ." in text or "\t." in text or ". " in text or ".\t" in text
    for m in _SPREAD_POINT.finditer(text) if spread else ():  # (most texts: none)
        dot, b = m.span()
        a = dot
        while a > 0 and text[a - 1] in " \t":
            a -= 1  # the blanks before the point
        if b - a == 1 or not (a > 0 and text[a - 1].isdigit() and text[a - 1].isascii()):
            continue
        if dot == a and not _WORD_BEFORE_DIGITS.search(text, max(0, a - 12), a):
            continue  # 1. 5G: a list number before a word that opens with a digit
        if a < dot:
            yield a, dot
        if dot + 1 < b:
            yield dot + 1, b


def _column_widths(text: str) -> frozenset[int]:
    """The widths of a page's justified columns: line widths (ten characters or more) that a
    quarter of such lines share, five lines at least. A text of one paragraph a line has none."""
    counts: Counter[int] = Counter()
    prev, pos = -1, text.find("\n")
    while pos >= 0:
        if pos - prev - 1 >= COLUMN_MIN:
            counts[pos - prev - 1] += 1
        prev, pos = pos, text.find("\n", pos + 1)
    total = sum(counts.values())
    return frozenset(w for w, n in counts.items() if n >= _COLUMN_LINES and n * _COLUMN_SHARE >= total)


def restore(result: Extraction, compacted: Compacted | None, text: str) -> Extraction:
    """``result``, read from a copy of ``text`` (closed up when ``compacted`` is given, else of
    the same length), with every span mapped back to ``text`` and each figure's text taken
    from it."""

    def span(start: int, end: int) -> tuple[int, int]:
        return (start, end) if compacted is None else compacted.span(start, end)

    metrics = []
    for m in result.metrics:
        a, b = span(m.start, m.end)
        metrics.append(attrs.evolve(m, start=a, end=b, text=text[a:b]))
    stories = [attrs.evolve(s, start=span(s.start, s.end)[0], end=span(s.start, s.end)[1]) for s in result.stories]
    policies = []
    for p in result.policies:
        a, b = span(p.start, p.end)
        policies.append(attrs.evolve(p, start=a, end=b, mentions=tuple(span(x, y) for x, y in p.mentions)))
    return attrs.evolve(result, metrics=tuple(metrics), stories=tuple(stories), policies=tuple(policies))
