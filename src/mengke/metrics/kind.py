"""Which figures are metrics and of what kind: money, counts, shares, changes, ranks and
physical values; not thresholds naming a class (5000万元以上的企业), parts of a slogan or
of a document, nor a product's specification."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from functools import cache

from mengke.data.cues import (
    ASPECT_NOUNS,
    BARE_RATE_WORDS,
    BOUNDED_SUPPORT_NOUNS,
    CLASS_NOUNS,
    DOCUMENT_PART_NOUNS,
    DOCUMENT_PART_UNITS,
    LEVEL_ENDINGS,
    PACKAGE_NOUNS,
    RANK_MOVE_CUES,
    RATE_CUES,
    SLOGAN_HEADS,
    SUPPORT_BOUNDS,
)
from mengke.data.qualifiers import PREFIXES, SHARE_BOUNDS
from mengke.data.units import UNITS
from mengke.errors import ParseError
from mengke.metrics.patterns import BY_BASIS, CJK_CHAR, CJK_RUN, SHARE_OF, SPACE_RUN, cue_pattern
from mengke.numbers import parse_number
from mengke.numbers.grammar import plain
from mengke.numbers.quantity import Qualifier, Quantity, QuantityKind
from mengke.records import MetricKind
from mengke.wordlist import words_pattern

# when a level was reached, between its verb and the figure (提高到2025年的2.6%, 降至目前的1.2%)
_WHEN_BEFORE = re.compile(
    r"(?:(?:\d{4}|[一二][〇○零一二三四五六七八九]{3})[ \t]*年(?:底|末|初)?|今年|去年|上年|目前|当前|现在)的$"
)


_SHARED_ORDINAL = re.compile(r"第[一二三四五六七八九十\d]{1,3}[、和及至到]$")


def metric_kind(q: Quantity, left_clause: str, left_sentence: str = "") -> MetricKind | None:
    """The metric kind of a quantity, or None when it is not a metric.

    ``left_clause`` is the text before the figure in its clause (、 does not end a
    clause here); ``left_sentence`` the text before it in its sentence.
    """
    if q.kind == QuantityKind.MONEY:
        return MetricKind.AMOUNT
    if q.kind == QuantityKind.RANK:
        return MetricKind.RANK
    if q.kind in (QuantityKind.PERCENT, QuantityKind.PERCENT_POINT):
        if q.kind == QuantityKind.PERCENT_POINT:
            return MetricKind.CHANGE
        return share_kind(left_clause)
    if q.kind == QuantityKind.MULTIPLE:
        return MetricKind.CHANGE
    if q.kind == QuantityKind.COUNT:
        if q.unit in ("位", "名") and _SHARED_ORDINAL.search(left_clause):
            return MetricKind.RANK  # 居全区第一、二位: the 第 of the rank before is this one's too
        if q.unit in ("位", "名") and (
            any(left_clause.endswith(c) or c in left_clause[-8:] for c in RANK_MOVE_CUES)
            or cue_pattern("rank").search(left_clause)
        ):
            return MetricKind.RANK if left_clause.rstrip().endswith(("至", "到", "第")) else MetricKind.CHANGE
        if left_clause.rstrip().endswith(RATE_CUES):
            return MetricKind.PHYSICAL
        if cue_pattern("per_capita").search(left_sentence or left_clause) and q.prefix != "每":
            return MetricKind.RATIO
        return MetricKind.COUNT
    if q.kind == QuantityKind.PHYSICAL:
        return MetricKind.PHYSICAL
    return None


def share_kind(left_clause: str) -> MetricKind:
    """A percent or a share said in words (一半, 三分之一): a change after a verb of change
    (增长41%, 压缩三分之一), else a level (研发投入强度1.23%, 占全国的三分之一)."""
    tail = left_clause[-14:].replace("增加值", "值")  # (value added is a measure, not a change)
    level = _WHEN_BEFORE.sub("", left_clause.rstrip())  # 提高到2025年的(2.6%): the level of a year
    if level.endswith(LEVEL_ENDINGS) and not level.endswith(("增长至", "增长到")):
        ending = next(e for e in _LEVEL_ENDINGS_LONGEST_FIRST if level.endswith(e))
        if level[: -len(ending)].rstrip().endswith(_BARE_RATE_TUPLE):
            return MetricKind.CHANGE  # 增速达到18%: a rate of growth, whatever level it reached
        return MetricKind.RATIO
    if level.endswith(("由", "从")):
        return MetricKind.RATIO  # 比重由8.5%提升至10.2%: the level it started from
    if left_clause.rstrip().endswith("的") and (BY_BASIS.search(tail) or SHARE_OF.search(left_clause)):
        return MetricKind.RATIO  # 按新增研发费用的10%, 上限为应纳税额的30%: a share of a basis
    changes = cue_pattern("change").search(tail)
    if changes and left_clause.rstrip().endswith("的") and _SHARE_OF_A_BASE.search(left_clause[-_SHARE_REACH:]):
        return MetricKind.RATIO  # 占全市新增平台总数的三成: a share of a base whose name holds a change word
    return MetricKind.CHANGE if changes else MetricKind.RATIO


_SHARE_REACH = 24  # how far before a share its 占 may stand
_SHARE_OF_A_BASE = re.compile(r"占(?![比有])[^，,；;。]*的[ \t]*$")


_LEVEL_ENDINGS_LONGEST_FIRST = tuple(sorted(LEVEL_ENDINGS, key=len, reverse=True))


_BARE_RATE_TUPLE = tuple(BARE_RATE_WORDS)


def bounded_support(s: str, q: Quantity, floor: int) -> Qualifier | None:
    """A bound before a noun of support right before an exact figure (最高补助100万元, 最多奖励):
    the bound qualifies the figure."""
    if q.qualifier != Qualifier.EXACT:
        return None
    m = bounded_support_pattern().search(s, max(floor, q.start - 9), q.start)
    return Qualifier(PREFIXES[m.group(1)]) if m else None


@cache
def bounded_support_pattern() -> re.Pattern[str]:
    """A bound before a noun of support, right before a figure (最高补助, 最多奖励)."""
    nouns = "|".join(sorted(BOUNDED_SUPPORT_NOUNS, key=len, reverse=True))
    return re.compile("(" + "|".join(SUPPORT_BOUNDS) + ")(?:" + nouns + r")[ \t]*$")


# 不超过项目研发投入的30%, 不低于营业收入的3%: a bound on a share, said before what it is a share of
_BOUND_OF_A_SHARE = re.compile(
    "(" + "|".join(sorted(SHARE_BOUNDS, key=len, reverse=True)) + r")[\u4e00-\u9fff]{1,12}的[ \t]*$"
)


def bounded_share(s: str, q: Quantity, floor: int) -> Qualifier | None:
    """不超过项目研发投入的30%: the bound said before the base of an exact share (None otherwise)."""
    if q.qualifier != Qualifier.EXACT or q.kind != QuantityKind.PERCENT:
        return None
    m = _BOUND_OF_A_SHARE.search(s, max(floor, q.start - 20), q.start)
    if m is None:
        return None
    return Qualifier(SHARE_BOUNDS[m.group(1)])


# 约占全省的40%, 近占全国的三分之一: the share said about, though the word stands before 占
_ABOUT_A_SHARE = re.compile(r"(?:约|大约|大概|近|将近|接近)占[^，,。；;！？!?]{0,12}?[ \t]*$")


def approximate_share(s: str, q: Quantity, floor: int) -> Qualifier | None:
    """约占全省的40%: approx for an exact share whose 占 is said about (None otherwise)."""
    if q.qualifier != Qualifier.EXACT or s.find("占", max(floor, q.start - 16), q.start) < 0:
        return None
    return Qualifier.APPROX if _ABOUT_A_SHARE.search(s, max(floor, q.start - 16), q.start) else None


def fraction_share(s: str, q: Quantity) -> Decimal | None:
    """五分之二 -> 40 (percent); a share whose percent does not end is rounded to two places
    (三分之一 -> 33.33, 六分之一 -> 16.67); None for what is not a fraction."""
    m = _FRACTION_WORDS.fullmatch(s, q.number_start, q.number_end)
    if m is None:
        return None
    try:
        den, num = parse_number(m.group(1)), parse_number(m.group(2))
    except ParseError:
        return None
    if den <= 0:
        return None
    if (num * 10000) % den != 0:
        return (num * 100 / den).quantize(_TWO_PLACES, rounding=ROUND_HALF_UP)
    return plain(num * 100 / den)


_TWO_PLACES = Decimal("0.01")


_FRACTION_WORDS = re.compile(r"([一二两三四五六七八九十百\d]{1,4})分之([一二两三四五六七八九十百\d.]{1,6})")


def is_document_part(q: Quantity, noun: str, left: str) -> bool:
    """《措施》共5个方面18条, 印发《措施》，从8个方面提出32条举措: the parts of a document named
    before the count in its sentence; 十条政策: a package named by its count of articles."""
    if q.unit == "条" and noun.startswith(PACKAGE_NOUNS):
        return True
    named = "》" in left or "”共" in left  # (“若干措施”共20条: the document by its short name)
    return named and (q.unit in DOCUMENT_PART_UNITS or noun.startswith(DOCUMENT_PART_NOUNS))


def is_product_spec(s: str, q: Quantity) -> bool:
    """A physical value written before the thing it describes (30兆瓦纯氢燃气轮机, 万吨级装置)."""
    nxt = s[q.end : q.end + 1]
    if q.unit in _LAND_UNITS:
        return False  # 1.5万亩稻田, 3万公顷草原: land of a place, no product's size
    return nxt == "级" or (bool(CJK_CHAR.match(nxt)) and not _SPEC_VERB.match(s, q.end))


_LAND_UNITS = frozenset(("亩", "公顷"))


_SPEC_VERB = re.compile(r"以上|以下|左右|的|，|。|、|增|减|提|下降|上升|同比|比|较|是|为|和|及|与|等")


def is_slogan_part(s: str, q: Quantity, clause_end: int) -> bool:
    """三个中心、两个高地、一个枢纽的发展定位: a small count in words inside a list that ends in a
    slogan's head names a part of a programme; it counts nothing."""
    if q.value > 10 or not _CN_SMALL.fullmatch(s[q.number_start : q.number_end]):
        return False
    if s.startswith(ASPECT_NOUNS, q.end):
        return True  # 在三个方面持续发力: the parts of a speech, not a count
    rest = SPACE_RUN.sub("", s[q.end : clause_end]).rstrip("的")  # (a column's wrap: 桥头 / 堡)
    return "、" in s[q.start - 1 : clause_end] and rest.endswith(SLOGAN_HEADS) and _CJK_LIST.fullmatch(rest) is not None


_CN_SMALL = re.compile("[一二两三四五六七八九十]")


_CJK_LIST = re.compile(r"[\u4e00-\u9fff、和及与]+")


def is_class_threshold(s: str, q: Quantity) -> bool:
    """10亿元以上项目, 5000万元以上的企业, 交易额在1000万元以上的机构, 研发投入占比3%以上的企业:
    a threshold that names a class of things."""
    bounded = q.qualifier in (Qualifier.AT_LEAST, Qualifier.AT_MOST)
    if not bounded and not (
        s[q.start - 1 : q.start] == "、" and _bound_chain_before().search(s, max(0, q.start - 24), q.start)
    ):
        return False  # (突破1亿元、10亿元的企业: the later thresholds of a list share the first one's bound)
    later = figure_chain().match(s, q.end)
    end = later.end() if later else q.end  # 突破1亿元、10亿元的企业: the list of thresholds ends at 的
    attributive = s[end : end + 1] == "的"
    if q.kind not in _THRESHOLD_KINDS and not (q.kind == QuantityKind.PERCENT and attributive):
        return False  # (a share is a class only before 的: 比重达到3%以上的企业)
    if attributive and s[max(0, q.start - 3) : q.start].rstrip().endswith("在"):
        return True  # 交易额在1000万元以上的机构: a condition on what follows
    if cue_pattern("class_noun").match(s, end + 1 if attributive else end) is not None:
        return True
    if s.startswith(("且", "并且"), end):  # 研发投入超过500万元且增幅达到20%以上的企业: one condition
        tied = _TIED_CONDITION.match(s, end)
        return tied is not None and cue_pattern("class_noun").match(s, tied.end()) is not None
    # 成交额超过1亿元的技术转移机构: the noun phrase after 的 ends with a class
    run = CJK_RUN.match(s, end + 1, end + 11) if attributive else None
    # (the verb that follows the class is set aside: …的企业有520家, …的机构达到20家)
    return run is not None and _VERB_AFTER_CLASS.sub("", run.group()).endswith(CLASS_NOUNS)


_THRESHOLD_KINDS = (QuantityKind.MONEY, QuantityKind.PHYSICAL)


@cache
def _figure() -> str:
    """A figure with its magnitude and a unit of the unit table (not a duration or an age),
    and a bound after it (1亿元, 10亿元以上, 500万美元, 30家)."""
    units = [w for w, (_, kind) in UNITS.items() if kind not in ("time", "age")]
    return r"[\d.,一二三四五六七八九十百千万亿]+(?:万|亿|万亿)?(?:" + words_pattern(units) + r")?(?:以上|以下)?"


@cache
def figure_chain() -> re.Pattern[str]:
    """Figures listed after a figure (、10亿元, 和500万元): a list the noun after its last one is
    shared by."""
    return re.compile(r"(?:[、和及或][ \t]*" + _figure() + r")+")


@cache
def _bound_chain_before() -> re.Pattern[str]:
    """A bound and the figures listed after it, up to the 、 before a figure (突破1亿元、)."""
    return re.compile(r"(?:突破|超过|达到|高于|不低于|逾)[ \t]*" + _figure() + r"(?:[、和及或]" + _figure() + r")*、$")


_TIED_CONDITION = re.compile(r"并?且[^，,；;。的]{1,24}?(?:以上|以下|以内)?的")


_VERB_AFTER_CLASS = re.compile(r"(?:共有|达到|超过|突破|数量|总数|有|为|是|达|共)+$")
