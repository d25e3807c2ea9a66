"""Patterns and compiled cue tables that several attribution rules share (the word lists
themselves live in :mod:`mengke.data.cues`)."""

from __future__ import annotations

import re
from functools import cache

from mengke.data.cues import (
    ACHIEVED_CUES,
    BODIES_REFERRED_BACK,
    CHANGE_CUES,
    CLASS_NOUNS,
    ENTITY_ENDINGS,
    FORECAST_CUES,
    GENERIC_BODY_WORDS,
    LEADING_WORDS,
    MODALS,
    MONEY_CUES,
    OBJECT_VERBS,
    PER_CAPITA_CUES,
    RANK_CUES,
    SUBJECT_BODY_ENDINGS,
    TARGET_CUES,
    TRAILING_WORDS,
)
from mengke.data.layout_words import LIST_BULLETS
from mengke.data.regions import MACRO_REGIONS
from mengke.wordlist import compile_words

# 今年 as a word: not 如今 and 年产…, nor 至今 and 年均… (截至今年 is 截至 and 今年)
THIS_YEAR = r"(?<![如迄])(?<![^截]至)今年"

# a modal, perhaps after 就 (能, 可以, 就能): what follows is what a thing can yield or do
MODAL = r"就?(?:" + "|".join(MODALS) + ")"

CN_DIGIT = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"○": "0", "零": "0"}


YEAR_WORD = r"(?:\d{4}|[一二][〇○零一二三四五六七八九]{3})[ \t]*年"


# a date written in figures (2025.12, 2025/12/31, 2025-06): group 1 its year (not 2025.12亿元)
NUMERIC_DATE = re.compile(
    r"(?<![\d.])((?:19|20)\d{2})[.．/\-](?:0?[1-9]|1[0-2])(?:[.．/\-](?:0?[1-9]|[12]\d|3[01]))?"
    r"(?![\d.%％万亿千百元个家项件人名])"
)


COMPARISON = re.compile(
    r"(?:较|比|相比|与|同|从)(?:[ \t]*" + YEAR_WORD + r"(?:同期|底|末)?|上一?年度?(?:同期)?|去年(?:同期)?"
    r"|[“\"「]?十[一二三四五]五[”\"」]?(?:末|时期|期间)?|同期|上一年"
    r"|(?:上|前|第?[一二三四])个?季度|[上下]半年|上个?月|年初|上年末|去年底)(?:相比)?"  # 较一季度加快
)


SPACE_RUN = re.compile(r"\s+")


# (把营业收入的6%投入研发, 某研究所将技术转让净收入的七成奖给团队: the basis the share is of)
BY_BASIS = re.compile(r"(?:按照|依照|依据|按|把|(?<![即必])将(?![来近要士军领]))(?![期时需年月季日])")


# 比全国平均水平低: against a benchmark, said with 比
BI_BENCHMARK_WORDS = r"(?<![同环])比(?!提高|降低|增长|下降|减少|增加)[\u4e00-\u9fff]{1,10}?[高低快慢多少]出?了?"


PLACE_COUNT = re.compile(r"[两二三四五六七八九十几多\d]+个?(?:盟市|旗县|市|省|区|县|地)")  # 两市, 三个区


MACRO_REGION = re.compile(
    "(?:" + "|".join(sorted(MACRO_REGIONS, key=len, reverse=True)) + r")(?:地区|区域)?"
    r"(?:[\d一二三四五六七八九十]+个?(?:省区市|省区|省市|省份|省|城市))?的?"
)


# …上限为应纳税额的 (30%), 补助金额不超过项目研发投入的 (30%): the measure is before the base
SHARE_OF = re.compile(r"(?:为|是|不超过|不得超过|不高于|不低于|不少于|不得低于)[\u4e00-\u9fff]{1,12}的$")


JUNK_EDGE = "，,、；;：:。 \t\r\n的了着—-*#>" + LIST_BULLETS  # *…*: markdown emphasis


# The cue tables read per figure, each matched through one trie regex (compiled on first use).
_CUE_TABLES: dict[str, tuple[str, ...]] = {
    "leading": LEADING_WORDS,
    "trailing_reversed": tuple(w[::-1] for w in TRAILING_WORDS),  # matched on the reversed phrase
    "entity_endings_reversed": tuple(w[::-1] for w in ENTITY_ENDINGS),
    "change": CHANGE_CUES,
    "rank": RANK_CUES,
    "per_capita": PER_CAPITA_CUES,
    "achieved": ACHIEVED_CUES,
    "forecast": FORECAST_CUES,
    "target": TARGET_CUES,
    "class_noun": CLASS_NOUNS,
    "money": MONEY_CUES,
    "body_endings": (*SUBJECT_BODY_ENDINGS, *BODIES_REFERRED_BACK, "企业"),  # (a gate: a body may be named)
    "generic_body": GENERIC_BODY_WORDS,
}


@cache
def cue_pattern(name: str) -> re.Pattern[str]:
    """The regex of one cue table (keyed by a short name: hashing a 146-word tuple per
    figure for a cache key was not cheap)."""
    return compile_words(_CUE_TABLES[name])


# one firm left unnamed (科尔沁区的一家生物科技企业, 某家公司; not 有一家企业入选), up to its head noun
ONE_FIRM = r"(?:[\u4e00-\u9fff]{1,8}?的?)?(?<![有了])(?:一|某)家[\u4e00-\u9fff]{0,10}?"


FIRM_NOUNS = r"(?:企业|公司|工厂|厂)"


@cache
def object_verbs() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The object verbs, longest first, and a regex that finds any of them."""
    return tuple(sorted(OBJECT_VERBS, key=len, reverse=True)), compile_words(OBJECT_VERBS)


def inside_brackets(s: str, pos: int, floor: int) -> bool:
    """Whether ``pos`` is inside a 《title》 opened after ``floor`` (a number in a title is no figure)."""
    open_k = s.rfind("《", floor, pos)
    return open_k >= 0 and s.find("》", open_k, pos) < 0


DIGIT = re.compile(r"\d")


CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
