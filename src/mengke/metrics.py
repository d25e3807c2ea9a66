"""From quantities to metric records: which figures are metrics, and what each measures.

The rules read the sentence around a figure (see :mod:`mengke.text`) and the cue-word
tables in :mod:`mengke.data.cues`:

* a figure is a metric when it has a unit that measures something (money, a count, a
  share, a multiple, a rank, a physical value), not a duration, an age or a denominator;
* the *indicator* is the noun phrase the figure belongs to: the phrase before it, cut
  after an object verb (下达 *后补助资金*) and stripped of openers (截至目前, 全区) and of
  verbs and adverbs next to the figure (已突破); or, for a count, the noun after its
  measure word (5 家 *概念验证平台*); or, failing both, the previous figure's indicator;
* the *year* is the last reference year said before the figure in its sentence (not a
  base year such as 较2020年, nor 2021年以来); 今年 reads the publication date;
* the *region* is the nearest region word before the figure in its sentence, else the
  story's region; 全区 means the article's province, 全市 the story's city;
* the *status* is target or forecast when a cue (力争, 目标, 到2025年, 预计) governs it.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from decimal import Decimal
from functools import cache, lru_cache
from itertools import pairwise
from typing import NamedTuple

import attrs

from mengke.data.cues import (
    ACHIEVED_CUES,
    ASPECT_NOUNS,
    AVERAGE_WORDS,
    BARE_HEADS,
    BARE_RATE_WORDS,
    BASE_YEAR_BEFORE,
    BODIES_REFERRED_BACK,
    BOUNDED_SUPPORT_NOUNS,
    BY_YEAR_OPENERS,
    CHANGE_BASE_OPENERS,
    CHANGE_BASE_VERBS,
    CHANGE_CUES,
    CLASS_NOUNS,
    COMPARISON_OPENERS,
    DENOMINATOR_MARKS,
    DOCUMENT_PART_NOUNS,
    DOCUMENT_PART_UNITS,
    ENTITY_ENDINGS,
    FORECAST_CUES,
    FUND_HEADS,
    FUND_NOUNS,
    FUNDING_VERBS,
    GENERIC_BODY_WORDS,
    GIVING_VERBS,
    KIND_VERBS,
    LEADING_WORDS,
    LEVEL_ENDINGS,
    LIST_LEVEL_ENDINGS,
    LIST_ONE_CHAR_LEVELS,
    MEASURE_NOUNS,
    MONEY_CUES,
    NOMINAL_VERB_COMPOUNDS,
    NOT_INDICATORS,
    NOT_MEASURE_SUFFIXES,
    NOT_REFERENCE_AFTER_YEAR,
    NOUNS_AFTER_A_VERB,
    NOUNS_WITH_HOU,
    OBJECT_VERBS,
    OBTAINING_VERBS,
    OWN_GOAL_WORDS,
    PARK_ENDINGS,
    PAST_CAPABLE_CUES,
    PER_CAPITA_CUES,
    PERSON_ACTS,
    PERSON_DEED_STARTS,
    PERSON_MEASURES,
    PLACE_WORDS_AFTER_A_NOUN,
    PLACING_VERBS,
    PLANNED_LIST_CUES,
    PROPOSED_GOAL_VERBS,
    PROPOSING_DOCUMENTS,
    PROPOSING_VERBS,
    PUBLIC_SPEAKERS,
    RANK_CUES,
    RANK_FIELDS,
    RANK_MOVE_CUES,
    RANKING_NOUNS,
    RATE_CUES,
    RATE_NOUNS_AFTER,
    RESULT_VERBS,
    RIGHT_LEAD_VERBS,
    RIGHT_STOPS,
    RIGHT_VERB_STARTS,
    SCOPE_AFTER,
    SLOGAN_HEADS,
    SUBJECT_BODY_ENDINGS,
    SUPPORT_BOUNDS,
    TARGET_CUES,
    TRAILING_WORDS,
    VERBS_BEFORE_OBJECT,
    VISITING_OPENERS,
)
from mengke.data.layout_words import DATELINE_MONTH_DAY, LIST_BULLETS
from mengke.data.qualifiers import PREFIXES
from mengke.data.regions import CITY_SELF_NEAREST, MACRO_REGIONS, WIRE_AGENCIES
from mengke.data.units import LOCAL_YUAN, ONE_BEFORE_A_NOUN, UNITS
from mengke.errors import ParseError
from mengke.keys import is_common_word, make_key, segment
from mengke.numbers import parse_number
from mengke.numbers.grammar import plain
from mengke.numbers.quantity import Qualifier, Quantity, QuantityKind
from mengke.records import Metric, MetricKind, Status
from mengke.regions import RegionIndex
from mengke.regions import canonical as region_canonical
from mengke.regions import mentions as region_mentions
from mengke.regions import resolve as resolve_region
from mengke.regions import word_at as region_word_at
from mengke.sections import goal_sections
from mengke.text import Clauses, Sentences, SpanSet
from mengke.wordlist import compile_words, words_pattern

# (2 0 2 5 年: a PDF's letter-spaced digits)
_YEAR = re.compile(
    r"((?:19|20)\d{2}|(?:1[ \t]9|2[ \t]0)[ \t]\d[ \t]\d|[一二][〇○零一二三四五六七八九]{3})[ \t]*年(?!代)"
)
# Taiwan dates years from 1912 (民国): 113年度 is 2024; read so only on pages about Taiwan, where
# 100年 is a year and not a century
_YEAR_OR_ROC = re.compile(_YEAR.pattern + r"|(?:民国)?(?<![\d.])(1[0-2]\d)[ \t]*年(?![代来间内])")
_ROC_OFFSET = 1911
_ROC_INSIDE = re.compile(r"(?:到|至|在)?(?:民国)?(?<![\d.])1[0-2]\d[ \t]*年(?:度|底|末|初)?的?")
_ROC_BY_YEAR = re.compile(r"(?:^|[|，,；;：:。\s]|" + "|".join(BY_YEAR_OPENERS) + r")(?:到|至)[ \t]*1[0-2]\d[ \t]*年")
_RELATIVE_YEAR = re.compile(r"(今年|去年|明年|前年|当年|本年度)")
_CN_DIGIT = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"○": "0", "零": "0"}
_YEAR_WORD = r"(?:\d{4}|[一二][〇○零一二三四五六七八九]{3})[ \t]*年"
_COMPARISON = re.compile(
    r"(?:较|比|相比|与|同|从)(?:[ \t]*" + _YEAR_WORD + r"(?:同期|底|末)?|上一?年度?(?:同期)?|去年(?:同期)?"
    r"|“?十[一二三四五]五”?(?:末|时期|期间)?|同期|上一年)(?:相比)?"
)
# "By year X" opens a clause (到2027年，…) or follows a goal word; 增加到2025年 is no goal.
_BY_YEAR = re.compile(r"(?:^|[|，,；;：:。\s]|" + "|".join(BY_YEAR_OPENERS) + r")到[ \t]*" + _YEAR_WORD)
_YEAR_INSIDE = re.compile(
    r"(?:\d{4}[ \t]*年?[ \t]*[—\-~至到]+[ \t]*)?(?:到|至|在)?" + _YEAR_WORD + r"(?:度|底|末|初)?的?"
)
# 园区去年营业额: a relative year between two words of the phrase
_RELATIVE_YEAR_INSIDE = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:今年|去年|明年|前年|当年)(?:以来|上半年|下半年|全年)?(?=[\u4e00-\u9fff])"
)
# a span of years between two words of the phrase (企业近三年研发投入, 全区五年来技术合同成交额)
_SPAN_INSIDE = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:(?:近|过去|最近)[一二三四五六七八九十两\d]{1,2}年(?:来|间|内|中)?"
    r"|[一二三四五六七八九十两\d]{1,2}年(?:来|间))(?=[\u4e00-\u9fff])"
)
# a part of the year between two words of the phrase (园区前三季度营收, 全市1-9月出口额)
_PERIOD_INSIDE = re.compile(
    r"(?<=[\u4e00-\u9fff])(?<![前第])(?:(?:前|第)?[一二三四1-4]季度|前[一二三四五六七八九十两\d]{1,2}个?月"
    r"|\d{1,2}[—\-~至到]\d{1,2}月(?:份)?)(?=[\u4e00-\u9fff])"
)
_PLAN = re.compile(r"“?十[一二三四五]五”?(?:期间|时期|以来|末|初)?")
_PLACE_JOINERS = frozenset("、和与及")
_LIST_TAIL = re.compile(r"^等[\u4e00-\u9fff]{0,6}?的(?=[\u4e00-\u9fff]{2})")
_LEVEL_ONLY = re.compile(r"(?:国家|省|市|自治区|区|县|盟|旗|部)级")
_LEVEL_PREFIX = re.compile(r"^[\u4e00-\u9fff]{1,3}级(?:以上|以下)?")
_SPACE_RUN = re.compile(r"\s+")
_BLANK_LINE = re.compile(r"\n[ \t\u3000\r]*\n")
_WORD_GAP = re.compile(r"[\u4e00-\u9fff”][ \t\u3000]+[\u4e00-\u9fff“]")
# a span of years already past (近五年, 过去三年, “十四五”以来, 2021年以来)
_PAST_SPAN = re.compile(
    r"(?:近|过去)[一二三四五六七八九十两\d]+年|以来|(?:19|20)\d{2}[ \t]*年?[ \t]*[—\-~至到][ \t]*(?:19|20)\d{2}"
)
# 计划3年内建设…, 计划用两年时间…, 计划今年年底前…: a plan with the time it will take
_PLAN_WITHIN = re.compile(
    r"计划(?:用|在)?[ \t]*"
    r"(?:[一二三四五六七八九十两\d]{1,3}[ \t]*(?:年|个月)(?:内|时间|左右)|今年|明年|年内|年底前)"
)
# 《工作要点》提出，全年新增高新技术企业500家: a goal the document proposes
_PROPOSED = re.compile(
    "(?:"
    + "|".join(PROPOSING_DOCUMENTS)
    + r")[^。；;！？]{0,12}?(?:"
    + "|".join(PROPOSING_VERBS)
    + r")(?!了)[^。；;！？]{0,40}?(?:"
    + "|".join(sorted(PROPOSED_GOAL_VERBS, key=len, reverse=True))
    + r")[^，,。；;]{0,16}$"
)
_DONE = re.compile(  # 完成年度目标任务的130.8%, 完成技术合同成交额目标的120%
    r"已|累计|实现了|完成了|达到了|完成(?:年度|全年)?(?:目标|计划)|完成[^，,。；;]{0,12}(?:目标|计划)(?:任务)?的$"
)
_BY_BASIS = re.compile(r"(?:按照|依照|依据|按|把|(?<![即必])将(?![来近要士军领]))(?![期时需年月季日])")
# (把营业收入的6%投入研发, 某研究所将技术转让净收入的七成奖给团队: the basis the share is of)
# 比全国平均水平低: against a benchmark, said with 比
_BI_BENCHMARK_WORDS = r"(?<![同环])比(?!提高|降低|增长|下降|减少|增加)[\u4e00-\u9fff]{1,10}?[高低快慢多少]出?了?"
# 增速高于全国平均水平, 增速比全国高: the benchmark after the measure
_COMPARED_WITH = re.compile(
    "(?:" + "|".join(COMPARISON_OPENERS) + r")[\u4e00-\u9fff]{1,10}$|" + _BI_BENCHMARK_WORDS + "$"
)
_PLACE_COUNT = re.compile(r"[两二三四五六七八九十几多\d]+个?(?:盟市|旗县|市|省|区|县|地)")  # 两市, 三个区
_LEAD_BYLINE = re.compile(r"[（(][ \t]*(?:本报|特约)?(?:记者|通讯员)[^（）()]{0,40}[）)]")
_AGE_MODIFIER = re.compile(r"[ \t]*\d{1,3}[ \t]*周?岁(?:及?以上|以下)?的?")
_LABEL = re.compile(r"^[^【]{0,4}?【[^【】]{1,12}】")
_BRACKETED_ITEM = re.compile(r"^[ \t]*[（(][\d一二三四五六七八九十]{1,3}[)）]")
_QUOTES = re.compile(r"[“”\"‘’「」《》()（）\[\]]")
_TIME_OPENER = re.compile(
    r"^(?:(?:近|过去|最近|连续|(?:在|今后)?未来)[一二三四五六七八九十两\d多几数]+年(?:来|间|内)?|[一二三四五六七八九十两\d]+年(?:来|间|内)|"
    r"(?:\d{4}[ \t]*年?[ \t]*[—\-~至到]+[ \t]*)"
    + _YEAR_WORD
    + r"|"
    + _YEAR_WORD
    + r"(?:度|底|末|初|以来|前)?(?:[ \t]*\d{1,2}(?:[—\-~至到]\d{1,2})?[ \t]*月(?:份|底|末|初)?)?"
    + r"|\d{1,2}(?:[ \t]*[—\-~至到][ \t]*\d{1,2})?[ \t]*月(?:份|底|末|初)?(?:以来)?"
    + r"|(?:前|第)?[一二三四1-4][ \t]*季度?|[上下]半年|前[一二三四五六七八九十两\d]+个?月|(?:到|至)?年(?:末|底|初))"
)
# a span of years closing the phrase before a figure (连续8年, 近五年来), or the base of a
# multiple (数量是五年前的三倍)
_TIME_CLOSER = re.compile(
    r"(?:(?:连续|近|多)[一二三四五六七八九十两\d多几数]*年(?:来|间)?"
    r"|(?:是|为|相当于)(?:\d{4}[ \t]*年|[一二三四五六七八九十两\d]+年前|上年|去年|上一年|过去)(?:同期)?"
    r"|(?:预计|有望|将|可望)?(?:在|于|到)?(?:今年|明年|当年)?(?:[上下]半年|年底|年末|年内))$"
)
_INTENT = re.compile(
    r"(?:将|要)?(?:力争|确保|争取)(?:在|到)?|(?:建成投产|建成|投产|达产|投用)后(?:可|将|预计)?"
)  # (项目建成后(可)年产值)
_MEASURE_SUFFIXES = frozenset("数量率额")
_WITHIN = re.compile(r"在([\u4e00-\u9fff]{2,12}(?:" + "|".join(RANKING_NOUNS) + r"))中$")
# a ranking's verb and its field closing the phrase before a rank (居全国高校, 位列全省同类园区)
_RANK_SCOPE = re.compile(
    r"(?:位居|居于|居|位列|排名|排在|排|列)(?:" + "|".join(RANK_FIELDS) + r")[\u4e00-\u9fff]{0,6}$"
)
_MACRO_REGION = re.compile(
    "(?:" + "|".join(sorted(MACRO_REGIONS, key=len, reverse=True)) + r")(?:地区|区域)?"
    r"(?:[\d一二三四五六七八九十]+个?(?:省区市|省区|省市|省份|省|城市))?的?"
)
_MACRO_ANY = re.compile("|".join(MACRO_REGIONS))
_PER_CAPITA_BEFORE = re.compile(r"(?:每[十百千万亿]+[\u4e00-\u9fff]{0,3}|人均|户均)$")
_LEADING_SYMBOLS = re.compile(r"^[^\w“”\"‘’《〈（(【\[]+")
_AMONG_THOSE = re.compile(r"\W*(?:其中|这其中)")  # a sentence that opens by parting the figure before
_ITEM_FIRST = frozenset("0123456789（(一二三四五六七八九十第")
# the number of a list item (1. 2、 （3） 一、): not part of what follows
_ITEM_NUMBER = re.compile(
    r"(?:\d{1,2}[.、．)）](?![\d.])|[（(][\d一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、"
    r"|第[\d一二三四五六七八九十]{1,3}批(?:次)?)[ \t*]*"  # 第二批(自治区级重点实验室): which batch, not what
)
_SHARE_OF = re.compile(r"(?:为|是)[\u4e00-\u9fff]{1,12}的$")  # …上限为应纳税额的 (30%)
_BI_BENCHMARK = re.compile(_BI_BENCHMARK_WORDS)  # a clause that opens with one (fullmatch)
# 是全国平均水平的11倍, 相当于全省的一半: a clause that opens by naming the base of a multiple
_BASE_OF_MULTIPLE = re.compile(r"(?:是|为|相当于|约为|约是)[\u4e00-\u9fff]{1,12}?的")
# 比当地主栽品种增产14.2%, 较五年前增加约三成: a clause that opens with the base of a change (not
# 比重, 较快: words that begin with the opener's character)
_CHANGE_BASE = re.compile(
    "(?:"
    + "|".join(sorted(CHANGE_BASE_OPENERS, key=len, reverse=True))
    + r")(?![重例率值快慢大小高低好多少为])[\u4e00-\u9fff“”]{1,12}?(?:相比|相较)?[，,]?(?:"
    + "|".join(sorted(CHANGE_BASE_VERBS, key=len, reverse=True))
    + r")[了约近达超过逾]{0,3}"
)
_PER_UNIT = re.compile(r"每([\u4e00-\u9fff]{1,4})$")
_JUNK_EDGE = "，,、；;：:。 \t\r\n的了着—-*#>" + LIST_BULLETS  # *…*: markdown emphasis
_COUNT_UNITS_WITH_NOUN = frozenset("家 个 项 名 位 件 所 条 座 台 套 种 类 支 批 户 只 株 头 艘 辆 架 部 门 场".split())


LOOKAROUND = 300
"""How far before and after a figure its sentence is read (sentences are rarely longer)."""


@attrs.frozen
class StoryContext:
    """What the attribution needs to know about the story a figure sits in."""

    index: int
    start: int
    end: int
    region: str | None


@attrs.frozen
class Context:
    """The article-wide facts the attribution reads."""

    text: str
    folded: str
    sentences: Sentences
    province: str | None
    published: _dt.date | None
    regions: RegionIndex | None = None
    """Every region word of the text, found once (else found per window)."""
    clauses: Clauses = attrs.field(kw_only=True)
    """Clause delimiters (、 included; 200 characters at most either way): ``Boundaries.of``."""
    wide_clauses: Clauses = attrs.field(kw_only=True)
    """Delimiters of clauses that run on over 、 (no reach limit), from the same pass."""
    roc_years: bool = attrs.field(
        init=False, default=attrs.Factory(lambda self: self.province == "台湾", takes_self=True)
    )
    """Whether 113年 is a year of the Republic of China calendar (a page about Taiwan)."""
    goals: SpanSet = attrs.field(
        init=False, default=attrs.Factory(lambda self: SpanSet(goal_sections(self.folded)), takes_self=True)
    )
    """Sections under a heading that names goals (一、主要目标): their figures are targets."""

    def region_words(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """Region words inside ``folded[start:end]``, offsets relative to ``start``."""
        if self.regions is None:
            return region_mentions(self.folded[start:end])
        return [(a - start, b - start, w) for a, b, w in self.regions.within(start, end)]


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
        tail = left_clause[-14:].replace("增加值", "值")  # (value added is a measure, not a change)
        if left_clause.rstrip().endswith(LEVEL_ENDINGS) and not left_clause.rstrip().endswith(("增长至", "增长到")):
            level = left_clause.rstrip()
            ending = next(e for e in _LEVEL_ENDINGS_LONGEST_FIRST if level.endswith(e))
            if level[: -len(ending)].rstrip().endswith(_BARE_RATE_TUPLE):
                return MetricKind.CHANGE  # 增速达到18%: a rate of growth, whatever level it reached
            return MetricKind.RATIO
        if left_clause.rstrip().endswith(("由", "从")):
            return MetricKind.RATIO  # 比重由8.5%提升至10.2%: the level it started from
        if left_clause.rstrip().endswith("的") and (_BY_BASIS.search(tail) or _SHARE_OF.search(left_clause)):
            return MetricKind.RATIO  # 按新增研发费用的10%, 上限为应纳税额的30%: a share of a basis
        return MetricKind.CHANGE if _cue("change").search(tail) else MetricKind.RATIO
    if q.kind == QuantityKind.MULTIPLE:
        return MetricKind.CHANGE
    if q.kind == QuantityKind.COUNT:
        if q.unit in ("位", "名") and (
            any(left_clause.endswith(c) or c in left_clause[-8:] for c in RANK_MOVE_CUES)
            or _cue("rank").search(left_clause)
        ):
            return MetricKind.RANK if left_clause.rstrip().endswith(("至", "到", "第")) else MetricKind.CHANGE
        if left_clause.rstrip().endswith(RATE_CUES):
            return MetricKind.PHYSICAL
        if _cue("per_capita").search(left_sentence or left_clause) and q.prefix != "每":
            return MetricKind.RATIO
        return MetricKind.COUNT
    if q.kind == QuantityKind.PHYSICAL:
        return MetricKind.PHYSICAL
    return None


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
def _cue(name: str) -> re.Pattern[str]:
    """The regex of one cue table (keyed by a short name: hashing a 146-word tuple per
    figure for a cache key was not cheap)."""
    return compile_words(_CUE_TABLES[name])


def _strip_leading(phrase: str) -> str:
    """Strip leading words (and junk characters, and time openers) from the start, repeatedly."""
    pattern = _cue("leading")
    while phrase:
        phrase = _LEADING_SYMBOLS.sub("", phrase.lstrip(_JUNK_EDGE))  # ✅, 📈, ■: bullets of any kind
        m = (
            _TIME_OPENER.match(phrase)
            or _PLACE_COUNT.match(phrase)
            or (_ITEM_NUMBER.match(phrase) if phrase[:1] in _ITEM_FIRST else None)
        )
        if m and m.end() > 0:
            phrase = phrase[m.end() :]
            continue
        m = pattern.match(phrase)
        if m and m.end() == 1 and any(is_common_word(phrase[:n]) for n in (2, 3, 4)):
            break  # 现代, 其他, 并购: the opener's character begins a word
        if m and len(phrase) > m.end():
            place = region_word_at(phrase, 0, 12)
            if place is not None and len(place) > m.end():
                break  # 该市…: a place that opens with an opener's character is a place
            phrase = phrase[m.end() :]
            continue
        break
    return phrase


_LEVEL_ENDINGS_LONGEST_FIRST = tuple(sorted(LEVEL_ENDINGS, key=len, reverse=True))
_BARE_RATE_TUPLE = tuple(BARE_RATE_WORDS)
_CAUSATIVE = re.compile(r"(?:促使|使得|使|让)(?![用命馆者利])")
_KEEPS = re.compile(r"(?:保持|维持)(?!率)[^，,；;]*$")


def _strip_trailing(phrase: str) -> str:
    """Strip trailing words (and junk characters) from the end, repeatedly."""
    pattern = _cue("trailing_reversed")
    while phrase:
        phrase = phrase.strip(_JUNK_EDGE)
        m = pattern.match(phrase[::-1])
        if m and m.end() == 1 and phrase.endswith(AVERAGE_WORDS) and len(phrase) > 2:
            break  # 玉米单产平均(提高): the word's last character, not a word of its own (均)
        if m:
            phrase = phrase[: len(phrase) - m.end()]
            continue
        per = _PER_UNIT.search(phrase) if "每" in phrase[-5:] else None
        if per and per.start() >= 2 and per.group(1) in UNITS:
            phrase = phrase[: per.start()]  # 上网电价为每千瓦时0.35元: the price, per a unit
            continue
        scope = _RANK_SCOPE.search(phrase) if "居" in phrase or "排" in phrase or "列" in phrase else None
        if scope and scope.start() >= 2:
            phrase = phrase[: scope.start()]  # 立项数居全国高校(第12位): the field ranked within
            continue
        keeps = _KEEPS.search(phrase) if "持" in phrase else None
        if keeps and keeps.start() >= 2:
            phrase = phrase[: keeps.start()]  # 研发投入连续三年保持两位数(增长): what keeps it up
            continue
        span = (
            _TIME_CLOSER.search(phrase)
            if phrase.endswith(("年", "来", "间", "前", "期", "去", "底", "末", "内"))
            else None
        )
        if span and span.start() >= 2:
            phrase = phrase[: span.start()]  # 创新能力连续8年位居…, 数量是五年前的两倍: when, not what
            continue
        break
    return phrase


def _strip_region_prefix(phrase: str) -> str:
    area = _MACRO_REGION.match(phrase)
    if area and len(phrase) - area.end() >= 2:
        phrase = phrase[area.end() :]  # 京津冀地区技术合同成交额: the measure, not the area
    for _ in range(3):
        word = region_word_at(phrase, 0, 12)
        if word is None:
            break
        rest = phrase[len(word) :]
        if word == "自治区" and rest.startswith(("的", "级", "本级", "各", "重点", "科技", "财政")):
            break
        if len(rest) < 2:
            break
        phrase = rest.lstrip("的各")
    return phrase


def _strip_entity(phrase: str) -> str:
    """A long name of a park, company or school before the measure is dropped: the measure is
    what is measured (…高新技术产业开发区工业总产值 -> 工业总产值)."""
    last = _cue("entity_endings_reversed").search(phrase[::-1])  # the ending that ends last
    cut = len(phrase) - last.start() if last else -1
    if cut >= _ENTITY_MIN and len(phrase) - cut >= _MEASURE_MIN:
        return phrase[cut:].lstrip("的")
    return phrase


# one firm left unnamed (科尔沁区的一家生物科技企业, 某家公司; not 有一家企业入选), up to its head noun
_ONE_FIRM = r"(?:[\u4e00-\u9fff]{1,8}?的?)?(?<![有了])(?:一|某)家[\u4e00-\u9fff]{0,10}?"
_FIRM_NOUNS = r"(?:企业|公司|工厂|厂)"
_POINTED_BACK = re.compile(
    r"^(?:(?:这|那|该)(?:家|所|座)|" + _ONE_FIRM + "(?=" + _FIRM_NOUNS + r"))(?=[\u4e00-\u9fff]{3})"
)
_ENTITY_MIN = 6  # a name this long at least (华为公司 stays: 华为公司营收)
_MEASURE_MIN = 4  # and a measure this long after it (开发区数量 stays)


def left_indicator(left: str, *, roc_years: bool = False) -> str:
    """The indicator written before a figure, from the clause text before it (with
    ``roc_years``, 113年度 is a year to strip as 2024年度 is)."""
    byline = _LEAD_BYLINE.search(left)
    if byline:
        left = left[byline.end() :]  # 本报讯（记者 周涛 通讯员 马骏）今年…: the story opens after the byline
    gaps = list(_WORD_GAP.finditer(left))
    if len(gaps) == 1:
        left = left[gaps[-1].end() - 1 :]  # 我省3项成果获奖 区域创新能力排名升至: a headline's clauses part at spaces
    # with more gaps the words themselves are spaced (PDF text: 研发 经费支出 增长): they are closed up below
    phrase = _SPACE_RUN.sub("", left)
    phrase = _LABEL.sub("", phrase)  # 【赤峰】赤峰市技术合同成交额: a digest's label, not the measure
    phrase = _COMPARISON.sub("", phrase)
    if "年" in phrase:  # each pattern below names a year
        phrase = _YEAR_INSIDE.sub("", phrase)
        phrase = _RELATIVE_YEAR_INSIDE.sub("", phrase)
        phrase = _SPAN_INSIDE.sub("", phrase)
        if roc_years:
            phrase = _ROC_INSIDE.sub("", phrase)
    if "季" in phrase or "月" in phrase:
        phrase = _PERIOD_INSIDE.sub("", phrase)  # 两江新区前三季度研发投入: when, not what
    if "五" in phrase:
        phrase = _PLAN.sub("", phrase)
    phrase = _QUOTES.sub("", _BRACKETED_ITEM.sub("", phrase))  # （一）: the item's number goes with its brackets
    bases = [m.end() for m in _BY_BASIS.finditer(phrase)]
    if bases and len(_strip_trailing(phrase[bases[-1] :])) >= 2:
        phrase = phrase[bases[-1] :]  # 对…企业按合同金额的10%补贴: the basis the share is of
    share_of = _SHARE_OF.search(phrase)
    if share_of and share_of.start() >= 2:
        phrase = phrase[: share_of.start()]  # 抵减上限为应纳税额的30%: the measure, not its basis
    compared = _COMPARED_WITH.search(phrase)
    if compared and compared.start() >= 2:
        phrase = phrase[: compared.start()]  # 增速高于全国平均水平: the measure, not the benchmark
    verbs, any_verb = _object_verbs()
    found = [v for v in verbs if v in phrase] if any_verb.search(phrase) else []
    found.sort(key=lambda v: phrase.rfind(v) + len(v), reverse=True)  # the last verb first (引进培养…人才)
    for verb in found:
        at = phrase.rfind(verb)
        after = phrase[at + len(verb) :]
        if after.startswith("后") and not after.startswith(NOUNS_WITH_HOU):
            continue  # 建成后: "after it is built", not a verb and its object (安排后补助资金 is)
        if phrase.endswith(NOMINAL_VERB_COMPOUNDS, 0, at + len(verb)):
            continue  # 科技成果转化净收入: the object before the verb, one noun
        if _PER_CAPITA_BEFORE.search(phrase, 0, at):
            continue  # 每万人拥有5G基站数: the rate keeps its denominator
        if not _strip_trailing(phrase[at:]):
            continue  # 汽车推广应用超过1500辆: a verb closing the phrase, stripped below with what follows it
        after_stripped = _strip_trailing(after)
        if verb in FUNDING_VERBS and after_stripped in FUND_HEADS:
            continue  # 财政支持资金: one noun, the funds
        if verb not in RESULT_VERBS and (
            after_stripped in MEASURE_NOUNS
            or (after[:1] in _MEASURE_SUFFIXES and not after.startswith(NOT_MEASURE_SUFFIXES))
        ):
            continue  # 签约金额, 资助金额, 立项数, 申请量: the verb and the measure make one noun
        if after_stripped in BARE_HEADS and verb in KIND_VERBS:
            continue  # 签约项目, 支持转化项目: the verb right before names the kind of 项目 (a verb before it is cut)
        if len(after_stripped) >= 2:
            phrase = after
            break
    listed = phrase.rfind("等")
    if (
        listed >= 1
        and len(phrase) - listed > 2
        and not is_common_word(phrase[listed : listed + 2])  # 等级
        and not is_common_word(phrase[listed - 1 : listed + 1])  # 高等, 同等
    ):
        tail = _LIST_TAIL.match(phrase[listed:])  # 等城市的独角兽企业: past the list's tail
        phrase = phrase[listed + (tail.end() if tail else 1) :]  # 出台《…》等政策文件12个: the class counted
    bound = _bounded_support_pattern().search(phrase)
    if bound:
        phrase = phrase[: bound.start(1)] + phrase[bound.end(1) :]  # 单个企业最高补助: the bound is the qualifier
    given = max((phrase.rfind(v) + len(v) for v in GIVING_VERBS if v in phrase), default=-1)
    if given > 0 and len(_strip_trailing(phrase[given:])) >= 2:
        phrase = phrase[given:]  # 对新认定的企业给予一次性奖励: what is given is the measure
    intent = [m.end() for m in _INTENT.finditer(phrase)] if any(c in phrase for c in "力确争后") else []
    if intent and len(_strip_trailing(phrase[intent[-1] :])) >= 2:
        phrase = phrase[intent[-1] :]  # 市科技局将力争全市研发投入强度, 项目建成后年产值: the measure after
    caused = _CAUSATIVE.search(phrase) if "使" in phrase or "让" in phrase else None
    if caused and len(_strip_trailing(phrase[caused.end() :])) >= 2:
        phrase = phrase[caused.end() :]  # 该技术使试验田亩均增产18%: what the cause changed
    phrase = _strip_leading(phrase)
    phrase = _strip_region_prefix(phrase)
    phrase = _strip_leading(phrase)
    trimmed = _strip_trailing(phrase)
    within = _WITHIN.search(trimmed) if trimmed.endswith("中") else None
    if within:
        trimmed = within.group(1)  # 高新区在全国综合排名中(提升): the ranking, not who is ranked
    phrase = _strip_entity(trimmed)
    if phrase is not trimmed:
        phrase = _strip_leading(phrase)  # 某某公司前三季度研发投入: the time after the name
    phrase = _POINTED_BACK.sub("", phrase.strip(_JUNK_EDGE))  # 这家企业研发投入: the body was named before
    if phrase in _CUE_WORDS() or region_word_at(phrase) == phrase:
        return ""  # a cue word, or a place alone (杭州市…6200亿元，宁波市2400亿元): no measure named
    placed = _PLACED.fullmatch(phrase)
    if placed and region_word_at(placed.group(1)) == placed.group(1):
        return ""  # 其中在呼和浩特的有97家: where some of them are, not what they are
    return phrase


_PLACED = re.compile(r"(?:" + "|".join(PLACING_VERBS) + r")(.{2,12}?)(?:的|境内的|地区的)?")


@cache
def _object_verbs() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The object verbs, longest first, and a regex that finds any of them."""
    return tuple(sorted(OBJECT_VERBS, key=len, reverse=True)), compile_words(OBJECT_VERBS)


@cache
def _CUE_WORDS() -> frozenset[str]:
    """Words that never name what is measured on their own (其中, 达到, 给予)."""
    return frozenset(OBJECT_VERBS) | NOT_INDICATORS | frozenset(LEADING_WORDS) | frozenset(TRAILING_WORDS)


@cache
def _right_stop() -> re.Pattern[str]:
    return compile_words(RIGHT_STOPS)


_RIGHT_STOP_LONGEST = max(map(len, RIGHT_STOPS))
_NOUN_RUN = re.compile(r"[\u4e00-\u9fffA-Za-z“”]*")


def right_indicator(s: str, pos: int, limit: int) -> str:
    """The noun right after a figure (5 家 *概念验证平台*), up to a stop word or punctuation."""
    k = pos
    if k < limit and s[k] == "的":
        k += 1
    for verb in RIGHT_LEAD_VERBS:
        if s.startswith(verb, k):
            k += len(verb)
            break
    age = _AGE_MODIFIER.match(s, k, limit)
    if age:
        k = age.end()  # 百余名65岁以上老人: the people counted, past their age
    start = k
    run = _NOUN_RUN.match(s, start, min(limit, start + 18)) if start < limit else None
    j = run.end() if run else start  # (a lead verb may reach the clause's end: nothing after it)
    if j > start + 1:
        # the first stop word inside the run ends the noun (it may reach past the run's end),
        # unless a noun after it makes it part of the name (政务*服务*事项, 技术*转移*中心)
        stop = _right_stop().search(s, start + 1, j + _RIGHT_STOP_LONGEST)
        while stop is not None and stop.start() < j and s.startswith(NOUNS_AFTER_A_VERB, stop.end()):
            stop = _right_stop().search(s, stop.end(), j + _RIGHT_STOP_LONGEST)
        if stop is not None and stop.start() < j:
            j = stop.start()
            if j - start > 2 and s[j - 1 : j + 1] in AVERAGE_WORDS:
                j -= 1  # 2.3万名农牧民年均增收: the people, before their average (年均)
    if j - start > _SHORT_NOUN:
        j = start + _noun_before_a_place_word(s[start:j])  # 12台一体机前不时有群众…: the machines
    noun = _QUOTES.sub("", s[start:j])
    if len(noun) >= 4 and noun.endswith("中") and s[j : j + 1] in "，,":
        noun = noun[:-1]  # 86家省级企业技术中心中，…: among them
    if noun in NOT_INDICATORS or noun.startswith(RIGHT_VERB_STARTS):
        return ""  # 120家增加到…: a verb, not the noun the count counts
    if noun.startswith(PERSON_DEED_STARTS) and s.endswith(PERSON_MEASURES, 0, pos):
        return ""  # 专家85人次服务企业: what the people counted do
    return noun


_SHORT_NOUN = 5
_PLACE_WORD_CHARS = frozenset(w[0] for w in PLACE_WORDS_AFTER_A_NOUN)


def _noun_before_a_place_word(run: str) -> int:
    """How much of a run after a count is its noun: up to a place word standing alone in it
    (一体机/前/不时/有…), else all of it."""
    if not any(c in _PLACE_WORD_CHARS for c in run[2:]):
        return len(run)  # (most runs: no place word, nothing to cut into words)
    at = 0
    for word in segment(run):
        if at >= 2 and word in PLACE_WORDS_AFTER_A_NOUN:
            return at
        at += len(word)
    return len(run)


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
        if _inside_brackets(s, a, sent_start):
            continue
        raw = m.group(1)
        best = (
            int("".join(_CN_DIGIT.get(c, c) for c in raw if c not in " \t"))
            if raw is not None
            else int(m.group(2)) + _ROC_OFFSET
        )
    for m in _RELATIVE_YEAR.finditer(segment) if has_year and ctx.published is not None else ():
        if ctx.published is None:
            continue
        shift = {"今年": 0, "当年": 0, "本年度": 0, "去年": -1, "前年": -2, "明年": 1}[m.group(1)]
        a = m.start() + sent_start
        if s[max(sent_start, a - 4) : a].rstrip(" \t").endswith(BASE_YEAR_BEFORE):
            continue  # 比去年同期多出300家: the base of a comparison, not the year of the figure
        later = [y for y in years.finditer(segment) if y.start() + sent_start > a]
        if best is None or not later:
            best = ctx.published.year + shift
    return best  # (a year governs its own sentence only: 其中，… after a full stop states none)


_SINCE_TAIL = re.compile(r"[^，,；;。]{0,30}?以来")
_CHANGE_TO = re.compile(r"(?:增加|增长|提高|提升|上升|扩大|跃升|下降|减少|降低|缩小)(?:到|至)|[增升降]至")


def _inside_brackets(s: str, pos: int, floor: int) -> bool:
    open_k = s.rfind("《", floor, pos)
    return open_k >= 0 and s.find("》", open_k, pos) < 0


class Around(NamedTuple):
    """Where a figure sits: its sentence, its clause, and the sentence's first clause."""

    sent_start: int
    clause_start: int
    """After the last clause delimiter before the figure (、 included)."""
    wide_start: int
    """After the last delimiter before the figure, 、 not counted."""
    first_clause_end: int
    """The end of the sentence's first clause (the figure's position at most)."""


def metric_status(ctx: Context, at: Around, q: Quantity) -> Status:
    """Target, forecast or actual, from cue words before the figure (and 目标 right after it)."""
    s = ctx.folded
    sent_start = at.sent_start
    own = s[at.clause_start : q.start]
    opener = s[sent_start : at.first_clause_end]
    scope = own if opener == own else opener + "|" + own
    after = s[q.end : q.end + 4]
    achieved = _cue("achieved").search(own) is not None
    if _cue("forecast").search(scope):
        if opener != own and _OWN_GOAL.search(own) and not _cue("forecast").search(own):
            return Status.TARGET  # 政府预计…，目标到2030年吸引100家: the clause's own goal
        return Status.FORECAST
    if "目标" in after and not achieved:
        return Status.TARGET
    by_year = _by_a_coming_year(ctx, s[sent_start : q.start]) or (
        ctx.roc_years and _ROC_BY_YEAR.search(opener + "|" + own)
    )
    if by_year and "已" not in own:  # 到2025年11月，占比已突破90%: reached, not a goal
        return Status.TARGET
    if ctx.goals.covers(q.start) and "已" not in own:  # (达到 and 累计 there are the goal, not a result)
        return Status.TARGET  # 一、主要目标 / ——高新技术企业数量达到120家；技术合同成交额累计突破50亿元
    if _DONE.search(own):
        return Status.ACTUAL
    cue = (
        _cue("target").search(own)
        or (not _DONE.search(opener) and _cue("target").search(opener))
        or _will_do().search(own)  # 全区将新培育…500家: a plan
        or _PLAN_WITHIN.search(scope)
        or _proposed(s[sent_start : q.start])
        or _planned_list(s, sent_start, at.clause_start)  # 我局将做好三方面工作：一是…
    )
    if cue and cue.group() in PAST_CAPABLE_CUES and _PAST_SPAN.search(scope):
        return Status.ACTUAL  # 近五年…年均增长15%: a rate over years gone by
    return Status.TARGET if cue else Status.ACTUAL  # (上述目标已于2024年完成，…: an opener that says it was met)


_OWN_GOAL = re.compile("|".join(OWN_GOAL_WORDS))  # a clause that sets its own goal after an expectation


def _proposed(before: str) -> re.Match[str] | None:
    """The sentence before the figure says a document proposes it as a goal (要点提出，全年新增…)."""
    if not any(verb in before for verb in PROPOSING_VERBS) or _DONE.search(before):
        return None
    if any(verb in before for verb in GIVING_VERBS):
        return None  # 《措施》提出，对新认定的企业给予奖励30万元: what the policy grants, not a goal
    return _PROPOSED.search(before)


def _headline_line_above(s: str, line_start: int, left: str, roc_years: bool) -> str:
    """The measure a headline's first line names when its second opens with the figure
    (锡林郭勒盟风电装机 / 突破2000万千瓦), else ""."""
    above_start = s.rfind("\n", 0, line_start - 1) + 1
    above = s[above_start : line_start - 1].strip()
    if not above or len(above) > _HEADLINE_LINE_MAX or _PROSE_PUNCTUATION.search(above):
        return ""
    return left_indicator(above + left, roc_years=roc_years)


_HEADLINE_LINE_MAX = 24
_PROSE_PUNCTUATION = re.compile(r"[，,。；;：:！？!?、]")


def _planned_list(s: str, sent_start: int, clause_start: int) -> re.Match[str] | None:
    """The figure is an item of a list whose introduction, before a colon, says what will be
    done (下半年，我局将重点做好三方面工作：一是…；二是…)."""
    colon = max(s.rfind("：", sent_start, clause_start), s.rfind(":", sent_start, clause_start))
    if colon < 0 or _DONE.search(s, sent_start, colon):
        return None
    return _PLANNED_INTRO.search(s, sent_start, colon)


_PLANNED_INTRO = re.compile(r"将(?!近)|" + "|".join(PLANNED_LIST_CUES))


@cache
def _will_do() -> re.Pattern[str]:
    """将 right before a verb taking an object (将新培育, 将继续支持): what is planned."""
    return re.compile(r"将(?:要)?(?:新|再|继续|累计|全面|重点)?(?:" + words_pattern(OBJECT_VERBS) + ")")


def _by_a_coming_year(ctx: Context, before: str) -> bool:
    """到2030年 opens a clause before the figure in its sentence, and the page was not written
    after that date (到2025年底 on a page of 2026, 到2025年11月 on one of December, report what
    was reached)."""
    for m in _BY_YEAR.finditer(before) if "到" in before else ():
        digits = "".join(_CN_DIGIT.get(c, c) for c in m.group() if c.isdigit() or c in _CN_DIGIT)[-4:]
        if ctx.published is None or not digits.isdigit():
            return True
        month = _MONTH_AFTER.match(before, m.end())
        by = (int(digits), int(month.group(1)) if month else 12)
        if by >= (ctx.published.year, ctx.published.month) and int(digits) >= ctx.published.year:
            return True
    return False


_MONTH_AFTER = re.compile(r"[ \t]*(\d{1,2})[ \t]*月")


def metric_region(
    ctx: Context,
    story: StoryContext | None,
    at: Around,
    q: Quantity,
    heads: dict[tuple[int, int], str] | None = None,
    carried: str | None = None,
) -> str | None:
    """The region word that opens the figure's clause or its sentence (the sentence's first
    clause that is not a source: 记者从科技部获悉，2025年全国…: 全国), else the story's region.

    ``heads`` keeps the stripped openings of clauses already read (a sentence's opening is
    read once for each of its figures)."""
    s = ctx.folded
    default = story.region if story else ctx.province
    heads = {} if heads is None else heads
    own = s[at.wide_start : q.start]
    if _MACRO_ANY.search(own) and _MACRO_REGION.match(_strip_leading(own)):
        return None  # 长三角区域高新技术企业…: an area of several regions, none of them
    if _subject_is_a_body(ctx, at, q, heads):
        return None  # 包钢集团拿出17.5%的股份: a company's figure is about no place
    if _PLACE_COUNT.match(own.lstrip(_JUNK_EDGE)):
        return None  # 三市合计占全区的64.2%: several places together, none of them
    item = _listed_item(s, at.wide_start, q.start)
    if item is not None and (ctx.regions is None or ctx.regions.any_within(item, q.start)):
        words = ctx.region_words(item, min(q.start, item + 8))
        if words and words[0][0] == 0 and region_canonical(words[0][2]) is not None:
            got = resolve_region(words[0][2], default, ctx.province)
            if got:
                return got  # 其中深圳市2.5万家、广州市1.3万家: 广州 (a named place, not 自治区重点任务)
    for begin, stop in _windows_back(ctx, at, q.start):
        if ctx.regions is not None and not ctx.regions.any_within(begin, stop):
            continue  # most clauses name no place: nothing to strip
        head = heads.get((begin, stop))
        if head is None:
            head = heads[begin, stop] = _strip_leading(s[begin:stop])
        if stop < q.start and _RANKING_FRAME.fullmatch(s, begin, stop):
            continue  # 在全国区域创新能力评价中，我区位列…: the field ranked in, not the place ranked
        offset = stop - len(head) if head else stop
        words = ctx.region_words(offset, min(stop, offset + 8))
        for k, (start, end, word) in enumerate(words):
            if (
                start > 2
                or head[end : end + 1] in ("级", "内", "外")
                or head.startswith(SCOPE_AFTER, end)
                or head[:start].endswith(DENOMINATOR_MARKS)
                or (
                    region_canonical(word) is None
                    and (s[begin:offset].rstrip().endswith(OBTAINING_VERBS) or head[:start].endswith(OBTAINING_VERBS))
                )
            ):
                continue  # (争取自治区科技计划项目: the level the projects come from)
            if "等" in s[offset + end : q.start] and stop == q.start and not _starts_a_deed(s[offset + end : q.start]):
                continue  # 某某研究院等12家: a list of bodies, not the subject (银川市新认定…等15家 is)
            if "\n" in s[offset + end : q.start] and _BLANK_LINE.search(s, offset + end, q.start):
                continue  # a paragraph apart: on a PDF page, likely a line of another column
            if word in CITY_SELF_NEAREST:
                return _nearest_city(ctx, offset, story) or resolve_region(word, default, ctx.province)
            if head[end : end + 1] in _PLACE_JOINERS and k + 1 < len(words) and words[k + 1][0] == end + 1:
                # 呼和浩特、包头、鄂尔多斯三市研发投入…: several places together, none of them;
                # 宁城县、元宝山区研发投入…: counties of one city count for that city
                listed = ctx.region_words(offset + start, min(stop, offset + start + _LIST_REACH))
                return _one_city_of(head[start:], listed, default, ctx.province)
            got = resolve_region(word, default, ctx.province)
            if got:
                city = region_canonical(words[k + 1][2]) if k + 1 < len(words) and words[k + 1][0] == end else None
                if city is not None and city[1] == got != city[0]:
                    return city[0]  # 山东济南新认定…: the province's city
                return got
    speaker = _speaker(s, q.start)
    if speaker is not None and not any(w in speaker for w in PUBLIC_SPEAKERS):
        return None  # “去年我们研发投入超过1.5亿元……”企业负责人说: the speaker's own, no place named
    return carried or default  # (…，全盟累计建设…，粮食总产量稳定在…: the place a clause before named)


_LIST_REACH = 40  # how far a list of places joined by 、 is read


def _one_city_of(
    head: str, words: Sequence[tuple[int, int, str]], default: str | None, province: str | None
) -> str | None:
    """The one region that places listed together (宁城县、元宝山区) all count for, else None."""
    cities = {resolve_region(words[0][2], default, province)}
    for (_, end, _), (start, _, word) in pairwise(words):
        if start != end + 1 or head[end] not in _PLACE_JOINERS:
            break
        cities.add(resolve_region(word, default, province))
    return cities.pop() if len(cities) == 1 else None


_RANKING_FRAME = re.compile(r"\s*在[^，,；;。]{2,30}(?:" + "|".join(RANKING_NOUNS) + r")中\s*")


def _speaker(s: str, pos: int) -> str | None:
    """Who says the words when ``pos`` is inside a quotation of them (“…，…。”企业负责人说, 他说：
    “…”), as the text around the quotation names them ("" when it does not); None when ``pos``
    is in no quotation, or in a quoted name (“十四五”)."""
    opened = s.rfind("“", max(0, pos - _SPEECH_REACH), pos)
    if opened < 0 or s.rfind("”", opened, pos) >= 0:
        return None
    closed = s.find("”", pos, pos + _SPEECH_REACH)
    if closed < 0 or 0 <= s.find("“", pos, closed):
        return None
    quote = s[opened + 1 : closed]
    if len(quote) < _SPEECH_MIN or not any(c in quote for c in "，。！？,!?"):
        return None
    after = _SPEECH_TAIL.match(s, closed + 1)
    before = s[max(0, opened - 30) : opened]
    before = re.split(r"[。！？!?\n]", before)[-1]
    return (after.group() if after else "") + "|" + before


_SPEECH_REACH = 300
_SPEECH_MIN = 12
_SPEECH_TAIL = re.compile(r"[^，。；！？,;!?\n“]{0,30}")


def _listed_item(s: str, begin: int, pos: int) -> int | None:
    """Where the figure's item starts when its clause lists figures one after another with 、
    (深圳市2.5万家、广州市1.3万家): after the last 、 before it, when the item before that one
    holds a figure and this one lists nothing more (北京、上海等城市的企业 is one subject)."""
    mark = s.rfind("、", begin, pos)
    if mark < 0 or "等" in s[mark:pos]:
        return None
    previous = max(begin, s.rfind("、", begin, mark) + 1)
    return mark + 1 if _DIGIT.search(s, previous, mark) else None


_DIGIT = re.compile(r"\d")


def _subject_is_a_body(ctx: Context, at: Around, q: Quantity, heads: dict[tuple[int, int], str]) -> bool:
    """The figure's clause (or, when that names no subject, its sentence's opening clause)
    opens with the name of one company, park or school that does something."""
    s = ctx.folded
    if _cue("body_endings").search(s, min(at.sent_start, at.wide_start), q.start) is None:
        return False  # most figures: no body's name anywhere before them in the sentence
    windows = [(at.wide_start, q.start), *_part_opening(ctx, at, q.start)]  # …；某某创新中心获批…，取得5项成果
    if at.first_clause_end < q.start and _ONE_BODY_TOPIC.fullmatch(s, at.sent_start, at.first_clause_end):
        return True  # 在某旗的一家育种企业，种薯年繁育能力达到…: the firm the sentence is about
    if at.first_clause_end < q.start:
        windows.append(_opening_clause(ctx, at, q.start))  # past 今年1—9月，: the clause naming who
    for k, (begin, stop) in enumerate(windows):
        head = None  # (only the figure's own clause can say it has a subject of its own)
        if _cue("body_endings").search(s, begin, stop) is not None:
            head = heads.get((begin, stop))
            if head is None:
                head = heads[begin, stop] = _strip_leading(s[begin:stop])
            if _names_a_body(head):
                return True
        if k == 0:
            own = _strip_leading(s[begin:stop]) if head is None else head
            verbs = _object_verbs()[0]
            if own.startswith(_BARE_FIRM):
                continue  # 该企业负责人介绍，…，企业去年研发投入…: the firm named before, if one was
            if (
                len(_strip_trailing(own)) >= 2
                and not own.startswith(verbs)
                and not s[begin:stop].lstrip(_JUNK_EDGE).startswith(verbs)  # (拥有 is stripped as an opener)
            ):
                return False  # the clause has a subject of its own (…，全年申请专利35件 has not)
    # 该企业负责人介绍，…，企业去年研发投入…: the firm's own words about itself
    return at.first_clause_end < q.start and bool(
        _REPORTING.fullmatch(s, at.sent_start, at.first_clause_end)
        and _names_a_body(s[at.sent_start : at.first_clause_end])
    )


def _starts_a_deed(text: str) -> bool:
    """The text opens with a verb taking an object (新认定, 累计培育): what comes before is a subject."""
    return _strip_leading(text).startswith(_object_verbs()[0])


def _names_a_body(head: str) -> bool:
    """包钢集团成立了…, 上海交通大学某某中心汇聚…: a name with a body's ending, then a verb.
    Not a class of bodies (全区高新区, 内蒙古国家高新区), nor bodies counted (…创新中心5个,
    …研究院等12家), nor a body as a place (园区内28家企业)."""
    tail = head.rstrip()
    if _ONE_BODY.match(head):
        return True  # 科尔沁区的一家生物科技企业…: one firm, not named
    if head.startswith(BODIES_REFERRED_BACK):
        back = next(w for w in BODIES_REFERRED_BACK if head.startswith(w))
        return bool(_CJK_CHAR.match(head, len(back))) and not head.startswith(_NOT_ITS_DEED, len(back))
    if head.startswith("企业") and head.startswith(_IN_TURN, 2):
        return True  # 企业陆续签下3200套设备订单: one firm's deeds in turn (企业研发投入… is the class)
    if head.startswith(_SCOPE_OPENERS) or tail.endswith("等"):
        return False
    m = _body_name_pattern().match(head)
    if m is None or m.end() >= len(tail):
        return False  # no body's name, or a name alone (a deed's object may be a body: …中心获批…分中心)
    rest = head[m.end() :]
    if rest[:1] == "、" and _body_name_pattern().match(rest, 1):
        return True  # 伊利集团、蒙牛集团等龙头企业研发投入…: bodies named in a list
    if not _CJK_CHAR.match(rest) or rest.startswith(_NOT_ITS_DEED):
        return False
    name = m.group()
    if _LEVEL_CLASS.search(name):
        return False  # 自治区级重点实验室增至186家: bodies of a level, a class counted, not one
    if _object_verbs()[1].search(name, 0, len(name) - 2):
        return False  # 包头市新建社区服务站: a verb and what it made, not a body's name
    place = region_word_at(name, 0, 12)
    core = name[len(place) :] if place else name
    if place is not None and core in SUBJECT_BODY_ENDINGS:
        if core not in PARK_ENDINGS:
            return True  # 内蒙古大学: one school
        city = region_canonical(place)
        return city is not None and city[0] != city[1]  # 鄂尔多斯高新区: a city's own park, one body
    while (g := _cue("generic_body").match(core)) is not None and g.end() < len(core):
        core = core[g.end() :]
    return core not in SUBJECT_BODY_ENDINGS


_SCOPE_OPENERS = ("全", "各", "我", "本")
_BARE_FIRM = ("企业", "公司")  # a clause opening with the bare noun may point back to one firm
_LEVEL_CLASS = re.compile(r"[国省区市县旗盟部]级")
_ONE_BODY = re.compile(_ONE_FIRM + _FIRM_NOUNS)
_ONE_BODY_TOPIC = re.compile(
    r"\s*(?:" + "|".join(VISITING_OPENERS) + r")?" + _ONE_FIRM + _FIRM_NOUNS + r"(?:里|内|中)?"
)
_IN_TURN = ("接连", "先后", "陆续", "相继", "一举", "成功")
# after a body's name: bodies counted (…中心等12家), or the body a place (园区内28家企业)
_NOT_ITS_DEED = ("等", "数", "总数", "个", "家", "所", "座", "内", "里", "周边")


@cache
def _body_name_pattern() -> re.Pattern[str]:
    """The shortest run opening a clause that ends with a body's ending (compiled on first use)."""
    endings = "|".join(re.escape(w) for w in sorted(SUBJECT_BODY_ENDINGS, key=len, reverse=True))
    return re.compile(rf"[^，,；;。、：:\s]{{2,18}}?(?:{endings})")


def _opener_only(clause: str) -> bool:
    """A clause that is an opener word or a time alone (其中, 同时, 2024年, 今年以来)."""
    bare = clause.strip(_JUNK_EDGE)
    return bool(bare) and (_cue("leading").fullmatch(bare) is not None or not _strip_leading(bare))


def _windows_back(ctx: Context, at: Around, pos: int) -> list[tuple[int, int]]:
    """The figure's clause; then the opening clause of its part of the sentence when a
    semicolon parts it (杭州…居首；宁波市实现…，增长9.8%: 宁波); then the sentence's opening
    clause, or, when that one only says where the news came from (记者从科技部获悉, 据统计)
    or is an opener word or a time alone (其中, 2024年), the clause after it; when it is a label (江苏：),
    the clause after it first."""
    s = ctx.folded
    windows = [(at.wide_start, pos), *_part_opening(ctx, at, pos)]
    first = _opening_clause(ctx, at, pos)
    if first[0] == at.sent_start and at.first_clause_end < pos and s[at.first_clause_end] == ":":
        nxt = at.first_clause_end + 1  # 江苏：南京市新增…: past a label, the place the clause after it names
        windows.append((nxt, ctx.clauses.end(nxt, pos)))
    windows.append(first)
    return windows


def _part_opening(ctx: Context, at: Around, pos: int) -> list[tuple[int, int]]:
    """The opening clause of the figure's part of the sentence when a semicolon before its
    clause parts the sentence, else nothing."""
    s = ctx.folded
    part = max(s.rfind("；", at.sent_start, at.wide_start), s.rfind(";", at.sent_start, at.wide_start))
    return [(part + 1, ctx.clauses.end(part + 1, pos))] if part >= 0 else []


def _opening_clause(ctx: Context, at: Around, pos: int) -> tuple[int, int]:
    """The sentence's opening clause, or the clause after it when it only says where the news
    came from (记者从科技部获悉) or is an opener or a time alone (其中, 2024年, 今年1—9月)."""
    s = ctx.folded
    if at.first_clause_end < pos and (
        _REPORTING.fullmatch(s, at.sent_start, at.first_clause_end)
        or _opener_only(s[at.sent_start : at.first_clause_end])  # 其中，成都市…; 2024年，包头市…
    ):
        nxt = at.first_clause_end + 1
        return nxt, ctx.clauses.end(nxt, pos)
    return at.sent_start, at.first_clause_end


# a clause that says where the news came from, not what it is about
_REPORTING = re.compile(
    # (after the dateline of a paper or agency and its bracketed byline, 本报银川11月20日电（记者 …）)
    r"(?:\s*(?:" + "|".join(WIRE_AGENCIES) + r")[\u4e00-\u9fff]{0,6}?(?:" + DATELINE_MONTH_DAY + r")?(?:电|讯|消息)"
    r"\s*(?:[（(][^（）()]{0,30}[）)])?)?"
    r"(?:\s*(?:记者)?(?:从|据|经)[^，,；;。]{0,30}?(?:获悉|了解到|得知|介绍|统计|显示|测算|消息|悉)|\s*据悉"
    r"|[^，,；;。]{0,20}?(?:表示|介绍说|介绍|透露|指出|说))"
)


def _nearest_city(ctx: Context, pos: int, story: StoryContext | None) -> str | None:
    """The concrete city named last before ``pos`` (for 全市), within the story."""
    floor = max(story.start if story else 0, pos - 400)
    for _, _, word in reversed(ctx.region_words(floor, pos)):
        got = resolve_region(word, None, None)
        if got and got not in ("中国",):
            c = region_canonical(word)
            if c and c[0] != c[1]:
                return c[0]
    return None


class StoryFinder:
    """Which story a position is in: by bisection, spans given first winning (continuations)."""

    def __init__(self, stories: Sequence[StoryContext]) -> None:
        self.order = sorted(range(len(stories)), key=lambda k: (stories[k].start, k))
        self.stories = [stories[k] for k in self.order]
        self.starts = [st.start for st in self.stories]
        # a span listed before another (a continuation segment) wins where they overlap
        self.rank = {id(st): k for k, st in enumerate(stories)}

    def at(self, pos: int) -> StoryContext | None:
        k = bisect_right(self.starts, pos)
        best: StoryContext | None = None
        # look back over the few spans that start before pos and may still cover it
        for j in range(k - 1, max(-1, k - 8), -1):
            st = self.stories[j]
            if st.start <= pos < st.end and (best is None or self.rank[id(st)] < self.rank[id(best)]):
                best = st
        return best


def build_metrics(ctx: Context, quantities: Iterable[Quantity], stories: Sequence[StoryContext]) -> list[Metric]:
    """Metric records for the quantities, attributed with their sentences."""
    _listed.cache_clear()  # the cache serves one article (a list is read once per figure), not the next
    s = ctx.folded
    out: list[Metric] = []
    last_by_sentence: dict[int, str] = {}
    heads: dict[tuple[int, int], str] = {}
    prev_end = 0
    finder = StoryFinder(stories)
    for q in quantities:
        story = finder.at(q.start)
        sent_start, sent_end = ctx.sentences.bounds(q.start)
        # a sentence is read at most LOOKAROUND characters either side: linear time on any text
        sent_start, sent_end = max(sent_start, q.start - LOOKAROUND), min(sent_end, q.end + LOOKAROUND)
        clause_start = ctx.clauses.start(q.start, sent_start)
        wide_start = ctx.wide_clauses.start(q.start, sent_start)
        cs = max(clause_start, prev_end if prev_end > sent_start else 0)
        if cs == clause_start and s[cs - 1 : cs] == "、" and prev_end <= wide_start < cs - 1:
            if _counted_together(s, wide_start, cs, q.start):
                cs = wide_start  # 推广新品种、新技术430余项: the nouns listed are counted together
        left_clause = s[cs : q.start]
        wide = s[wide_start : q.start]
        unit = q.unit
        kind = metric_kind(q, wide, s[sent_start : q.start])
        if q.prefix == "每" or q.kind in (QuantityKind.TIME, QuantityKind.AGE):
            continue
        if s.startswith("级", q.end):
            continue  # 百亿元级项目, 1000kg级: a class of things, part of the noun after it
        if q.surface in ONE_BEFORE_A_NOUN and _CJK_CHAR.match(s, q.end) and not s.startswith("钱", q.end):
            continue  # 一块磁材, 一只羊: "a", not a count (find_quantities still reads 一, as its suites ask)
        share = (
            _fraction_share(s, q) if kind is None and q.kind == QuantityKind.NUMBER and "分之" in q.surface else None
        )
        if share is not None:
            kind, unit = MetricKind.RATIO, "%"  # 占全国的五分之二: a share, in percent
        if kind is None:
            # a bare 万/亿 after a money word is money (研发投入4000亿以上)
            # (not before a noun of its own: 规模达到15万标准机架 counts racks)
            if (
                q.kind == QuantityKind.NUMBER
                and q.unit is None
                and q.has_magnitude
                and _cue("money").search(left_clause)
                and not _CJK_CHAR.match(s[q.end : q.end + 1])
            ):
                kind, unit = MetricKind.AMOUNT, "元"
            else:
                continue
        if _inside_brackets(s, q.start, sent_start) or _is_class_threshold(s, q):
            continue  # (the class keeps its threshold: 5000万元以上的企业达到120家)
        if kind == MetricKind.COUNT and _is_slogan_part(s, q, ctx.wide_clauses.end(q.end, sent_end)):
            continue
        ce = ctx.clauses.end(q.end, sent_end)
        right = right_indicator(s, q.end, ce)
        if kind == MetricKind.COUNT and _is_document_part(q, right, s[sent_start : q.start]):
            continue
        prev_end = q.end
        indicator = ""
        rate_after = q.kind == QuantityKind.PERCENT and s.startswith(RATE_NOUNS_AFTER, q.end)
        if rate_after:
            kind = MetricKind.CHANGE  # 连续三年保持30%以上增速: a rate of growth, of the measure before
        if kind in (MetricKind.COUNT, MetricKind.RATIO) and q.kind == QuantityKind.COUNT and len(right) >= 2:
            indicator = right
        elif (
            q.kind == QuantityKind.PERCENT
            and (s[q.end : q.end + 1] == "的" or (q.unit_surface == "成" and _CJK_CHAR.match(s, q.end)))
            and len(right) >= 2
            and not rate_after
        ):
            indicator = right  # 覆盖近3成嘎查村, 逾六成规上企业开展…: a share of the noun after it
        elif kind == MetricKind.AMOUNT and len(right) >= 2 and right.endswith(FUND_NOUNS):
            indicator = right  # 设立3亿元天使投资基金: the fund the amount is the size of
        listed = _respective_subject(ctx, sent_start, wide_start, q.start, out)
        if listed:
            indicator = listed[0] or last_by_sentence.get(sent_start, "")
        opening = s[cs : q.start].lstrip(_JUNK_EDGE).rstrip(" \t")  # (比对照增产 14.2%: a PDF's spaces)
        comparison = (
            opening.startswith(COMPARISON_OPENERS)
            or _BI_BENCHMARK.fullmatch(opening) is not None
            or (kind != MetricKind.AMOUNT and _BASE_OF_MULTIPLE.fullmatch(opening) is not None)
            or (kind == MetricKind.CHANGE and _CHANGE_BASE.fullmatch(opening) is not None)
        )
        if comparison and sent_start in last_by_sentence and not listed:
            indicator = last_by_sentence[sent_start]  # 高于全国平均水平5.2个百分点: still the figure before
        if not indicator:
            indicator = left_indicator(left_clause, roc_years=ctx.roc_years)
            verb_before = left_clause.rstrip().endswith(VERBS_BEFORE_OBJECT)
            leads = s.startswith(RIGHT_LEAD_VERBS, q.end)
            if len(right) >= 2 and (verb_before or (len(indicator) < 2 and (q.kind != QuantityKind.PERCENT or leads))):
                indicator = right
            if indicator.startswith("占") and kind == MetricKind.RATIO and sent_start in last_by_sentence:
                indicator = last_by_sentence[sent_start] + indicator  # 研发投入…，占营业收入的5.2%: a share of it
            if len(indicator) < 2 and cs == clause_start and cs > sent_start and s.endswith(PERSON_MEASURES, 0, q.end):
                indicator = _persons_deed(s, q.end, ce) or indicator  # …，两千余人参加培训: who did it
            if len(indicator) < 2 and sent_start in last_by_sentence:
                indicator = last_by_sentence[sent_start]
            if len(indicator) < 2 and cs == sent_start and s[cs - 1 : cs] == "\n":
                indicator = _headline_line_above(s, cs, left_clause, ctx.roc_years) or indicator
            if len(indicator) < 2 and cs == clause_start:  # after a figure, the text before is that figure's
                indicator = _previous_clause_subject(ctx, cs, sent_start, out) or indicator
            elif _BY_AGENT.match(left_clause) and cs > sent_start and len(right) < 2:
                # 该专项资金，由市财政每年安排2000万元: what is given is named before who gives it
                indicator = _previous_clause_subject(ctx, cs, sent_start, out) or indicator
            if len(indicator) < 2 and out and out[-1].indicator and _AMONG_THOSE.match(s, sent_start):
                indicator = out[-1].indicator  # 。✅ 其中，呼和浩特市2816家…: the figure before, by place
            if out and out[-1].indicator and _BACK_REFERENCE.search(left_clause):
                indicator = out[-1].indicator  # 如今，这个数字已超过1800家: the measure of the figure before
        if (len(indicator) < 2 or _PER_ONLY.fullmatch(indicator)) and s.startswith(("！", "!"), q.end):
            indicator = _named_after_exclamation(s, q.end + 1) or indicator
        if indicator in BARE_RATE_WORDS and kind == MetricKind.CHANGE and sent_start in last_by_sentence:
            indicator = last_by_sentence[sent_start]  # 成交额112亿元，增速达到18%: the rate of the figure before
        if _LEVEL_ONLY.fullmatch(indicator or "") and sent_start in last_by_sentence:
            # 新增省级以上研发平台37家，其中国家级3家: the level of the thing just counted
            indicator += _LEVEL_PREFIX.sub("", last_by_sentence[sent_start])
        if indicator:
            last_by_sentence[sent_start] = indicator
        value, upper = (share, None) if share is not None else (q.value, q.upper)
        if unit == "%" and q.kind == QuantityKind.PERCENT_POINT:
            unit = "百分点"
        if unit == "‰":
            value, upper = value / 10, None if upper is None else upper / 10
            unit = "%"
        if kind == MetricKind.PHYSICAL and unit and q.unit_surface and q.unit_surface != unit:
            unit = _written_unit(q.unit_surface, unit)  # 10GW, 3.2万P, 1.5万平米: the unit as the page has it
        if unit == "元" and kind == MetricKind.AMOUNT and "人民币" not in s[q.start : q.end]:
            # 总额达新台币1,652亿元，较上年增加约125亿元: the sentence's currency carries on; on a
            # page about Hong Kong, Macao or Taiwan a bare 元 is the local dollar
            unit = _sentence_currency(out, sent_start) or LOCAL_YUAN.get(ctx.province or "", unit)
        at = Around(sent_start, clause_start, wide_start, ctx.clauses.end(sent_start, q.start))
        if heads and next(iter(heads))[0] < sent_start - LOOKAROUND:
            heads.clear()  # the openings of sentences left behind: memory stays flat on a long text
        same = out and out[-1].start >= sent_start and out[-1].story == (story.index if story else None)
        carried = out[-1].region if same else None  # (not across a story's bounds: a continued column)
        region = (listed[1] if listed else None) or metric_region(ctx, story, at, q, heads, carried)
        if kind == MetricKind.PHYSICAL and _is_product_spec(s, q):
            region = None  # 30兆瓦纯氢燃气轮机, 4英寸晶圆: a property of a product, not of a place
        share_of = opening.startswith("占")  # …870亿元，占全省的52.4%
        if (comparison or share_of) and out and out[-1].start >= sent_start:
            region = out[-1].region  # the share or the lead of the place just counted
        text = ctx.text[q.start : q.end]
        out.append(
            Metric(
                value=plain(value),
                upper=None if upper is None else plain(upper),
                unit=unit or "",
                start=q.start,
                end=q.end,
                text=text,
                kind=kind,
                qualifier=_bounded_support(s, q, cs) or q.qualifier,
                indicator=indicator or None,
                indicator_key=make_key(indicator) if indicator else None,
                year=reference_year(ctx, sent_start, q.start),
                region=region,
                region_key=make_key(region) if region else None,
                status=_carried_status(
                    metric_status(ctx, at, q),
                    out,
                    s,
                    sent_start,
                    left_clause,
                    q.start,
                    growth_of=indicator if kind == MetricKind.CHANGE else None,
                ),
                story=story.index if story else None,
            )
        )
    return out


def _persons_deed(s: str, pos: int, limit: int) -> str:
    """What the persons a clause opens with did (两千余人*参加培训*，…), when a verb of theirs
    follows the count and the clause ends soon after, else ""."""
    if not s.startswith(PERSON_ACTS, pos):
        return ""
    deed = s[pos:limit]
    return deed if len(deed) <= _DEED_MAX and _CJK_RUN.fullmatch(deed) else ""


_DEED_MAX = 8
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


def _counted_together(s: str, begin: int, item: int, pos: int) -> bool:
    """Whether the nouns listed with 、 before the figure's own item are counted with it
    (推广新品种、新技术430余项): no figure among them, no 等 closing the list into a modifier
    (居住证等服务), and no level or place only (国家、自治区资助经费: the funds' sources)."""
    if _DIGIT.search(s, begin, pos) or "等" in s[item:pos]:
        return False
    for name in _strip_leading(s[begin : item - 1]).split("、"):
        if not name or name.endswith(LIST_LEVEL_ENDINGS) or name in _ONE_CHAR_LEVELS or region_word_at(name) == name:
            return False  # (累计获得国家、自治区…: the levels the funds came from, after the verb)
    return True


_ONE_CHAR_LEVELS = frozenset(LIST_ONE_CHAR_LEVELS)


def _bounded_support(s: str, q: Quantity, floor: int) -> Qualifier | None:
    """A bound before a noun of support right before an exact figure (最高补助100万元, 最多奖励):
    the bound qualifies the figure."""
    if q.qualifier != Qualifier.EXACT:
        return None
    m = _bounded_support_pattern().search(s, max(floor, q.start - 9), q.start)
    return Qualifier(PREFIXES[m.group(1)]) if m else None


@cache
def _bounded_support_pattern() -> re.Pattern[str]:
    nouns = "|".join(sorted(BOUNDED_SUPPORT_NOUNS, key=len, reverse=True))
    return re.compile("(" + "|".join(SUPPORT_BOUNDS) + ")(?:" + nouns + r")[ \t]*$")


# a clause opening with the body that provides what was named before it (…资金，由市财政每年安排…)
_BY_AGENT = re.compile(
    r"[ \t]*由[^，,；;]{2,12}?(?:每年|每年度|逐年|一次性)?(?:安排|拨付|出资|承担|列支|统筹|配套|提供)"
)
# a phrase pointing back at the figure before (这个数字, 这一比例, 该指标)
_BACK_REFERENCE = re.compile(r"(?:这个|这一|该|此)(?:数字|数据|数值|比例|比重|指标)")


def _fraction_share(s: str, q: Quantity) -> Decimal | None:
    """五分之二 -> 40 (percent), when the share is a whole or two-place percent; None for a
    share such as 三分之一 whose percent does not end, or for what is not a fraction."""
    m = _FRACTION_WORDS.fullmatch(s, q.number_start, q.number_end)
    if m is None:
        return None
    try:
        den, num = parse_number(m.group(1)), parse_number(m.group(2))
    except ParseError:
        return None
    if den <= 0 or (num * 10000) % den != 0:
        return None
    return plain(num * 100 / den)


_FRACTION_WORDS = re.compile(r"([一二两三四五六七八九十百\d]{1,4})分之([一二两三四五六七八九十百\d.]{1,6})")


def _is_document_part(q: Quantity, noun: str, left: str) -> bool:
    """《措施》共5个方面18条, 印发《措施》，从8个方面提出32条举措: the parts of a document named
    before the count in its sentence."""
    named = "》" in left or "”共" in left  # (“若干措施”共20条: the document by its short name)
    return named and (q.unit in DOCUMENT_PART_UNITS or noun.startswith(DOCUMENT_PART_NOUNS))


def _is_product_spec(s: str, q: Quantity) -> bool:
    """A physical value written before the thing it describes (30兆瓦纯氢燃气轮机, 万吨级装置)."""
    nxt = s[q.end : q.end + 1]
    if q.unit in _LAND_UNITS:
        return False  # 1.5万亩稻田, 3万公顷草原: land of a place, no product's size
    return nxt == "级" or (bool(_CJK_CHAR.match(nxt)) and not _SPEC_VERB.match(s, q.end))


_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
_LAND_UNITS = frozenset(("亩", "公顷"))
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_SPEC_VERB = re.compile(r"以上|以下|左右|的|，|。|、|增|减|提|下降|上升|同比|比|较|是|为|和|及|与|等")


def _sentence_currency(before: list[Metric], sent_start: int) -> str | None:
    """The currency of the last amount said earlier in the sentence, when it is not the yuan."""
    for m in reversed(before):
        if m.start < sent_start:
            return None
        if m.kind == MetricKind.AMOUNT:
            return m.unit if m.unit != "元" else None
    return None


def _respective_subject(
    ctx: Context, sent_start: int, clause_start: int, pos: int, before: list[Metric]
) -> tuple[str, str | None] | None:
    """A, B 和 C 分别增长 x、y 和 z: the k-th figure after 分别 is about the k-th subject, each
    with the head noun the last one carries (高技术制造业、装备制造业增加值 -> …增加值). When
    分别 opens its clause, the subjects are those of the clause before, up to its own figure
    (广东、北京、江苏成交额位居前三，分别为…), or, failing a list there, the figures said
    before it in the sentence (高新技术企业达到1.45万家，科技型中小企业2.8万家，分别增长13%和21%)."""
    s = ctx.folded
    at = s.rfind("分别", clause_start, pos)
    if at < 0:
        return None
    k = 0  # how many figures after 分别 came before this one
    for m in reversed(before):
        if m.start <= at:
            break
        k += 1
    subjects = s[clause_start:at]
    rest = _SAME_PERIOD.sub("", _COMPARISON.sub("", _strip_leading(subjects))).strip(_JUNK_EDGE)
    opens_clause = (not rest or _cue("leading").fullmatch(rest) is not None) and clause_start - 1 > sent_start
    # (累计分别…: an opener alone before 分别 still opens the clause)
    if opens_clause:
        prev = ctx.wide_clauses.start(clause_start - 1, sent_start)
        cut = next((m.start for m in before if prev <= m.start < clause_start), clause_start - 1)
        subjects = s[prev:cut]
    listed = _listed(subjects)
    if not listed and opens_clause:
        # A达到x，B达到y，分别增长p和q: the figures said before, one a subject, in turn
        said = [m.indicator for m in before if sent_start <= m.start < at and m.indicator]
        said = [x for j, x in enumerate(said) if j == 0 or x != said[j - 1]]
        n = len(_RESPECTIVE_PARTS.split(s[at : ctx.wide_clauses.end(pos, pos + LOOKAROUND)]))
        if len(said) >= n >= 2 and k < n:
            return said[len(said) - n + k], None
    if not listed:
        return None
    return listed[k] if k < len(listed) else None


_RESPECTIVE_PARTS = re.compile(r"[、和及与]")
_SAME_PERIOD = re.compile(r"^(?:同比|环比|按年)")  # 同比分别增长…: the base, no subject of its own


@lru_cache(maxsize=256)
def _listed(subjects_text: str) -> tuple[tuple[str, str | None], ...]:
    """(indicator, region) of each subject listed before 分别, in order; () if it is no list."""
    items = _list_items(subjects_text)
    if len(items) < 2:
        return ()
    places = [_place_prefix(x) for x in items]
    if all(places):
        # 包头和呼和浩特的高新技术企业分别达到…: the list names places, the measure is shared
        shared = left_indicator(items[-1])
        # 其中北京、广东分别为…: no measure in the list, the sentence's last one is shared;
        # a park or school named after its place (赤峰高新区) is a body: no place's figure
        return tuple(
            (shared if len(shared) >= 2 else "", None if _names_a_listed_body(x) else place)
            for x, place in zip(items, places, strict=True)
        )
    subjects = [left_indicator(x) for x in items]
    if not all(len(x) >= 2 for x in subjects):
        return ()
    head = _head_noun(subjects[-1])
    return tuple(((x if not head or x.endswith(head) else x + head), None) for x in subjects)


def _names_a_listed_body(item: str) -> bool:
    """某某市某某高新区, 赤峰高新区, 通辽经济技术开发区在全区的位次: the item opens with a body
    named after its place (one city's park, as _names_a_body reads it)."""
    item = _strip_leading(item.strip())
    word = region_word_at(item)
    rest = item[len(word) :] if word else item
    if rest.startswith("的"):
        return False
    return rest.startswith(SUBJECT_BODY_ENDINGS) or _body_name_pattern().match(rest) is not None


def _place_prefix(item: str) -> str | None:
    """The region an item opens with (呼和浩特的高新技术企业 -> 呼和浩特), else None."""
    word = region_word_at(_strip_leading(item.strip()))  # 其中北京、广东分别…: past the opener
    return (resolve_region(word, None, None) or None) if word else None


def _list_items(text: str) -> list[str]:
    """甲、乙和丙 -> [甲, 乙, 丙]; a 和 inside a word (呼和浩特) does not split."""
    items: list[str] = []
    for piece in text.split("、"):
        piece = piece.strip()  # (a sentence that opens a paragraph starts with its line break)
        current = ""
        for word in segment(piece) if re.fullmatch(r"[\u4e00-\u9fff]+", piece) else [piece]:
            if word in _CONJUNCTIONS and current:
                items.append(current)
                current = ""
            else:
                current += word
        items.append(current)
    return items


_CONJUNCTIONS = frozenset({"和", "及", "与", "以及"})


def _head_noun(phrase: str) -> str:
    """The last word of a phrase when it has several (数字经济核心产业增加值 -> 增加值)."""
    words = segment(phrase)
    return words[-1] if len(words) >= 2 and len(words[-1]) >= 2 else ""


def _is_slogan_part(s: str, q: Quantity, clause_end: int) -> bool:
    """三个中心、两个高地、一个枢纽的发展定位: a small count in words inside a list that ends in a
    slogan's head names a part of a programme; it counts nothing."""
    if q.value > 10 or not _CN_SMALL.fullmatch(s[q.number_start : q.number_end]):
        return False
    if s.startswith(ASPECT_NOUNS, q.end):
        return True  # 在三个方面持续发力: the parts of a speech, not a count
    rest = _SPACE_RUN.sub("", s[q.end : clause_end]).rstrip("的")  # (a column's wrap: 桥头 / 堡)
    return "、" in s[q.start - 1 : clause_end] and rest.endswith(SLOGAN_HEADS) and _CJK_LIST.fullmatch(rest) is not None


_CN_SMALL = re.compile("[一二两三四五六七八九十]")
_CJK_LIST = re.compile(r"[\u4e00-\u9fff、和及与]+")


def _is_class_threshold(s: str, q: Quantity) -> bool:
    """10亿元以上项目, 5000万元以上的企业, 交易额在1000万元以上的机构, 研发投入占比3%以上的企业:
    a threshold that names a class of things."""
    if q.qualifier not in (Qualifier.AT_LEAST, Qualifier.AT_MOST):
        return False
    attributive = s[q.end : q.end + 1] == "的"
    if q.kind not in _THRESHOLD_KINDS and not (q.kind == QuantityKind.PERCENT and attributive):
        return False  # (a share is a class only before 的: 比重达到3%以上的企业)
    if attributive and s[max(0, q.start - 3) : q.start].rstrip().endswith("在"):
        return True  # 交易额在1000万元以上的机构: a condition on what follows
    if _cue("class_noun").match(s, q.end + 1 if attributive else q.end) is not None:
        return True
    if s.startswith(("且", "并且"), q.end):  # 研发投入超过500万元且增幅达到20%以上的企业: one condition
        tied = _TIED_CONDITION.match(s, q.end)
        return tied is not None and _cue("class_noun").match(s, tied.end()) is not None
    # 成交额超过1亿元的技术转移机构: the noun phrase after 的 ends with a class
    run = _CJK_RUN.match(s, q.end + 1, q.end + 11) if attributive else None
    # (the verb that follows the class is set aside: …的企业有520家, …的机构达到20家)
    return run is not None and _VERB_AFTER_CLASS.sub("", run.group()).endswith(CLASS_NOUNS)


_THRESHOLD_KINDS = (QuantityKind.MONEY, QuantityKind.PHYSICAL)
_TIED_CONDITION = re.compile(r"并?且[^，,；;。的]{1,24}?(?:以上|以下|以内)?的")
_VERB_AFTER_CLASS = re.compile(r"(?:共有|达到|超过|突破|数量|总数|有|为|是|达|共)+$")


def _carried_status(
    status: Status,
    before: list[Metric],
    s: str,
    sent_start: int,
    own: str,
    pos: int,
    *,
    growth_of: str | None = None,
) -> Status:
    """A goal opens a list (力争研发投入增长10%以上，新认定高新技术企业4000家): later figures of
    the sentence are goals too, unless a semicolon comes between or their clause says it was met.
    (An expectation does not carry: 有望超过900家，新入库企业310家 reports the second figure;
    but the growth of an expected figure, ``growth_of`` its indicator, is expected too:
    有望超过180亿元，同比增长两成.)
    A rate over years said after a figure reached (达到1560家，年均增长20%以上) is reached too."""
    if (
        status == Status.ACTUAL
        and growth_of
        and before
        and before[-1].start >= sent_start
        and before[-1].status == Status.FORECAST
        and before[-1].indicator == growth_of
        and not any(c in s[before[-1].end : pos] for c in ";；")
        and not _DONE.search(own)
    ):
        return Status.FORECAST
    if status == Status.TARGET and before and before[-1].start >= sent_start and before[-1].status == Status.ACTUAL:
        between = s[before[-1].end : pos]
        cue = None if "；" in between or ";" in between else _cue("target").search(s, sent_start, pos)
        if cue is not None and cue.group() in PAST_CAPABLE_CUES and cue.start() >= before[-1].end:
            return Status.ACTUAL
    if status != Status.ACTUAL or not before or before[-1].start < sent_start or before[-1].status != Status.TARGET:
        return status
    if _DONE.search(own) or _PART_APART.search(s, before[-1].end, pos):
        return status
    return Status.TARGET


# a semicolon that parts a sentence into statements of their own; not one before the next item
# of a list (力争…；二是抓主体，新培育…: the goals go on)
_PART_APART = re.compile(r"[；;](?![ \t]*(?:[二三四五六七八九十]是|其[二三四五六七八九十]|第[二三四五六七八九十]))")


def _previous_clause_subject(ctx: Context, cs: int, sent_start: int, before: list[Metric]) -> str:
    """The subject of the clause before (专利授权量持续攀升，2024年达3100件), read up to the
    first figure said in it (提高1.2个、0.8个百分点: no subject, not 提高1.2个)."""
    s = ctx.folded
    k = cs - 1
    while k > sent_start:
        begin = ctx.clauses.start(k, sent_start)
        stop = min((m.start for m in before[-8:] if begin <= m.start < k), default=k)
        got = left_indicator(s[begin:stop], roc_years=ctx.roc_years)
        if len(got) >= 2:
            return got
        k = begin - 1
    return ""


def _named_after_exclamation(s: str, pos: int) -> str:
    """每秒4千万亿次！这是…创造的超级运算速度: a figure cried out, then named in the sentence
    after it (这是…的 …), its measure is that name."""
    m = _THIS_IS.match(s, pos)
    if m is None:
        return ""
    name = _strip_trailing(m.group(1).rsplit("的", 1)[-1])
    return name if 2 <= len(name) <= 16 else ""


_PER_ONLY = re.compile(r"每[\u4e00-\u9fff]{1,2}")
_THIS_IS = re.compile(r"[ \t]*(?:这是|这就是|这便是)([^。！？!?\n]{2,60})[。！？!?]")


def _written_unit(surface: str, canonical: str) -> str:
    """A physical unit as written (full-width letters folded: ＧＷ -> GW), when it is one
    word of the unit table; else the table's form."""
    if surface in UNITS:
        return surface
    written = unicodedata.normalize("NFKC", surface).strip()
    return written if written in UNITS else canonical


__all__ = ["Context", "Qualifier", "StoryContext", "build_metrics", "left_indicator", "metric_kind"]
