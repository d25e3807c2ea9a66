"""The reference year of a figure: the last year said before it in its sentence, not a
base year (较2020年), a span's start (2023—2025年) nor a year in a title; 今年 reads the
publication date."""

from __future__ import annotations

import re

from mengke.data.cues import (
    BASE_YEAR_BEFORE,
    NOT_REFERENCE_AFTER_YEAR,
)
from mengke.metrics.context import Context
from mengke.metrics.patterns import CN_DIGIT, NUMERIC_DATE, THIS_YEAR, inside_brackets

# (2 0 2 5 年: a PDF's letter-spaced digits)
_YEAR = re.compile(
    r"((?:19|20)\d{2}|(?:1[ \t]9|2[ \t]0)[ \t]\d[ \t]\d|[一二][〇○零一二三四五六七八九]{3})[ \t]*年(?!代)"
)


# Taiwan dates years from 1912 (民国): 113年度 is 2024; read so only on pages about Taiwan, where
# 100年 is a year and not a century
_YEAR_OR_ROC = re.compile(_YEAR.pattern + r"|(?:民国)?(?<![\d.])(1[0-2]\d)[ \t]*年(?![代来间内])")


_ROC_OFFSET = 1911


_RELATIVE_YEAR = re.compile("(" + THIS_YEAR + "|去年|明年|前年|当年|本年度|过去一年|过去的一年)")


def reference_year(ctx: Context, sent_start: int, pos: int) -> int | None:
    """The last reference year said before ``pos`` in its sentence."""
    s = ctx.folded
    best: int | None = None
    segment = s[sent_start:pos]
    has_year = "年" in segment  # every year pattern below has it: most sentences skip the scans
    years = _YEAR_OR_ROC if ctx.roc_years else _YEAR
    for m in years.finditer(segment) if has_year else ():
        a, b = m.start() + sent_start, m.end() + sent_start
        before = s[max(sent_start, a - 4) : a].rstrip(" \t")  # (较 2020 年: a PDF's spaced digits)
        after = s[b : b + 4].lstrip(" \t")
        if before.endswith(BASE_YEAR_BEFORE):
            continue
        if after.startswith(NOT_REFERENCE_AFTER_YEAR):
            continue
        if before.rstrip().endswith(("自", "从")) and _SINCE_TAIL.match(s, b):
            continue  # 自2021年某项业务实施以来，累计…: a span up to now, not the year of the figure
        if after[:1] in ("—", "-", "~", "至", "到"):
            continue  # the first year of a span (2023—2025年): the span gives its end year
        if before.rstrip().endswith(("由", "从")) and _CHANGE_TO.search(s, b, pos):
            continue  # 由2020年的42个增加到目前的95个: the year the change started from, not the later figure's
        if inside_brackets(s, a, sent_start):
            continue
        raw = m.group(1)
        best = (
            int("".join(CN_DIGIT.get(c, c) for c in raw if c not in " \t"))
            if raw is not None
            else int(m.group(2)) + _ROC_OFFSET
        )
    if best is None and opens_with_same_year(segment):
        said = year_said_before(ctx.folded, sent_start)
        if said is not None:
            return said  # 2024年，…。同年，全市新增…: the year the sentence before said
    for m in _RELATIVE_YEAR.finditer(segment) if has_year and ctx.published is not None else ():
        if ctx.published is None:
            continue
        shift = _SHIFTS.get(m.group(1), 0)
        a = m.start() + sent_start
        before = s[max(sent_start, a - 4) : a].rstrip(" \t")
        if before.endswith(BASE_YEAR_BEFORE):
            continue  # 比去年同期多出300家: the base of a comparison, not the year of the figure
        if before.endswith(("由", "从")) and _CHANGE_TO.search(s, m.end() + sent_start, pos):
            continue  # 排名由去年的第7位上升至第6位: the year the change started from
        later = [y for y in years.finditer(segment) if y.start() + sent_start > a]
        if best is None or not later:
            best = ctx.published.year + shift
    if best is None and ("." in segment or "/" in segment or "-" in segment or "．" in segment):
        at = sent_start
        dates = [m for m in NUMERIC_DATE.finditer(segment) if not inside_brackets(s, m.start() + at, at)]
        best = int(dates[-1].group(1)) if dates else None  # 2025.12 全区新增企业…, 截至2025/12/31
    return best  # (a year governs its own sentence only: 其中，… after a full stop states none)


# years from the publication year (今年 and its forms, 当年 and 本年度 are 0); 过去一年 in a report
# given in January is the year before
_SHIFTS = {"去年": -1, "前年": -2, "明年": 1, "过去一年": -1, "过去的一年": -1}
_SAME_YEAR = ("同年", "当年", "同一年")
_SAID_BEFORE = 200  # how far back the year 同年 refers to is looked for


def opens_with_same_year(segment: str) -> bool:
    """Whether a sentence opens with 同年 (当年, 同一年): the year said before it."""
    return segment.lstrip(" \t\r\n　").startswith(_SAME_YEAR)


def year_said_before(s: str, pos: int) -> int | None:
    """The last year written in the folded text ``s`` just before ``pos`` (the sentences before a
    同年), not a title's own year nor the first of a span."""
    found = [
        m
        for m in _YEAR.finditer(s, max(0, pos - _SAID_BEFORE), pos)
        if s.rfind("《", 0, m.start()) <= s.rfind("》", 0, m.start()) and not s.startswith(("—", "-", "至"), m.end())
    ]
    return int("".join(CN_DIGIT.get(c, c) for c in found[-1].group(1) if c not in " \t")) if found else None


_SINCE_TAIL = re.compile(r"[^，,；;。]{0,30}?以来")


_CHANGE_TO = re.compile(
    r"(?:增加|增长|提高|提升|上升|扩大|跃升|下降|减少|降低|缩小|前移|后移|攀升|回落)(?:到|至)|[增升降]至|跃居"
)
