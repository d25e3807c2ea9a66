"""From quantities to metric records: the loop that reads each figure's kind, indicator,
year, region and status, in order, through the rules of this package."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Literal

from mengke.data.cues import (
    BARE_RATE_WORDS,
    BARE_TOTALS,
    CHANGE_BASE_OPENERS,
    CHANGE_BASE_VERBS,
    CHANGE_OBJECT_VERBS,
    COMPARISON_OPENERS,
    FUND_NOUNS,
    GIVING_VERBS,
    MILESTONE_NOUNS,
    PER_DEED_VERBS,
    PER_UNIT_GAINS,
    PERSON_MEASURES,
    RANKING_NOUNS,
    RATE_NOUNS_AFTER,
    RIGHT_LEAD_VERBS,
    SUBJECT_BODY_ENDINGS,
    SUPPORT_BOUNDS,
    VERBS_BEFORE_OBJECT,
)
from mengke.data.units import LOCAL_YUAN, ONE_BEFORE_A_NOUN, UNITS
from mengke.keys import make_key
from mengke.metrics.context import LOOKAROUND, Around, Context, StoryContext, StoryFinder
from mengke.metrics.indicator import (
    headline_line_above,
    left_indicator,
    named_after_exclamation,
    persons_deed,
    previous_clause_subject,
    right_indicator,
    strip_leading,
    strip_trailing,
)
from mengke.metrics.kind import (
    approximate_share,
    bounded_share,
    bounded_support,
    figure_chain,
    fraction_share,
    is_class_threshold,
    is_document_part,
    is_product_spec,
    is_slogan_part,
    metric_kind,
    share_kind,
)
from mengke.metrics.lists import counted_together, listed_subjects, respective_subject
from mengke.metrics.patterns import BI_BENCHMARK_WORDS, CJK_CHAR, JUNK_EDGE, MODAL, cue_pattern, inside_brackets
from mengke.metrics.region import metric_region
from mengke.metrics.status import carried_status, metric_status
from mengke.metrics.year import reference_year
from mengke.numbers.grammar import plain
from mengke.numbers.quantity import Quantity, QuantityKind
from mengke.records import Metric, MetricKind
from mengke.regions import word_at as region_word_at

_LEVEL_ONLY = re.compile(r"(?:国家|省|市|自治区|区|县|盟|旗|部)级")


_CHANGE_VERB = re.compile("|".join(CHANGE_OBJECT_VERBS))


def _changed_object(indicator: str) -> str:
    """降低生产成本, 科研人员减少工作量 (before a change figure): the object of the last verb of
    change, what changed; the indicator as it is when no noun follows the verb."""
    last = list(_CHANGE_VERB.finditer(indicator))[-1]
    rest = indicator[last.end() :].lstrip("了")
    if len(rest) < 2 or rest in BARE_RATE_WORDS or rest[0] in "幅率速值":
        return indicator  # 增加值, 提升幅度: a measure of its own
    return rest


_GIVEN_IN_TURN = re.compile(
    r"分别(?:" + "|".join(VERBS_BEFORE_OBJECT) + r")[^，,；;。]*?$"
)  # 分别给予100万元、(50万元): sums given in turn, up to this one
_PART_MARK = re.compile("[；;]")
_TIER_WORDS = ("层面", "层级", "层次")  # (the tier a part of a count is at, not what is counted)
_LEVEL_PREFIX = re.compile(r"^[\u4e00-\u9fff]{1,3}级(?:以上|以下)?")
_LEVEL_INSIDE = re.compile(r"(?:国家|省|市|自治区|区|县|盟|旗|部|地市|盟市)级(?:以上|以下)?")


_OPEN_QUOTES = "“‘「『\"'"
_AMONG_THOSE = re.compile(r"\W*(?:其中|这其中)")  # a sentence that opens by parting the figure before


# what follows "one" of a thing whose yield is given next (一亩地*一年能*省水…, 一头牛*可*增收…)
_PER_ONE_RATE = re.compile(r"[\u4e00-\u9fff]{1,3}?(?:一[年天月季]|每[年天月])?(?:" + MODAL + "|就)")
# …or a figure said of it further on in the clause (一亩地收不到800斤, 一头牛多卖1200元, 一亩地收一千多斤)
_PER_ONE_FIGURE = re.compile(r"[^\d０-９，,。；;！？!?\s]{0,8}?(?:[\d０-９]|[一两二三四五六七八九十][十百千万])")
_BI_BENCHMARK = re.compile(BI_BENCHMARK_WORDS)  # a clause that opens with one (fullmatch)


# 是全国平均水平的11倍, 相当于全省的一半: a clause that opens by naming the base of a multiple
_BASE_OF_MULTIPLE = re.compile(r"(?:是|为|相当于|约为|约是)[\u4e00-\u9fff]{1,12}?的")


# 比当地主栽品种增产14.2%, 较五年前增加约三成: a clause that opens with the base of a change (not
# 比重, 较快: words that begin with the opener's character)
_CHANGE_BASE = re.compile(
    "(?:"
    + "|".join(sorted(CHANGE_BASE_OPENERS, key=len, reverse=True))
    + r")(?![重例率值快慢大小高低好多少为赛拼如亚特利])[\u4e00-\u9fff“”]{1,12}?(?:相比|相较)?[，,]?(?:"
    + "|".join(sorted(CHANGE_BASE_VERBS, key=len, reverse=True))
    + r")[了约近达超过逾]{0,3}"
)


def build_metrics(ctx: Context, quantities: Iterable[Quantity], stories: Sequence[StoryContext]) -> list[Metric]:
    """Metric records for the quantities, attributed with their sentences."""
    listed_subjects.cache_clear()  # the cache serves one article (a list is read once per figure), not the next
    strip_leading.cache_clear()  # (a clause's opening is stripped for its indicator, region and list alike)
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
            if counted_together(s, wide_start, cs, q.start):
                cs = wide_start  # 推广新品种、新技术430余项: the nouns listed are counted together
        left_clause = s[cs : q.start]
        wide = s[wide_start : q.start]
        unit = q.unit
        kind = metric_kind(q, wide, s[sent_start : q.start])
        if q.prefix == "每" or q.kind in (QuantityKind.TIME, QuantityKind.AGE):
            continue
        if _PER_DEED.search(s, max(0, q.start - 5), q.start):
            prev_end = q.end  # (the sum's own clause opens after it: 每新增1家企业奖励10万元)
            continue  # 每引进1名顶尖人才给予…: the unit a sum is given per, not a figure
        if s.startswith("级", q.end):
            continue  # 百亿元级项目, 1000kg级: a class of things, part of the noun after it
        noun_at = q.end + 1 if s[q.end : q.end + 1] in _OPEN_QUOTES else q.end  # 一块“芯”
        if q.surface in ONE_BEFORE_A_NOUN and CJK_CHAR.match(s, noun_at) and not s.startswith("钱", q.end):
            continue  # 一块磁材, 一只羊: "a", not a count (find_quantities still reads 一, as its suites ask)
        if (
            q.value == 1
            and q.surface.startswith("一")
            and (_PER_ONE_RATE.match(s, q.end) or _PER_ONE_FIGURE.match(s, q.end))
        ):
            continue  # 一亩地一年能省水120立方米, 一亩地收不到800斤: the unit a rate is given for, not a count
        share = fraction_share(s, q) if kind is None and q.kind == QuantityKind.NUMBER and "分之" in q.surface else None
        if share is not None:
            kind, unit = share_kind(wide), "%"  # 占全国的五分之二: a share, in percent (压缩三分之一: a change)
        if kind is None:
            # a bare 万/亿 after a money word is money (研发投入4000亿以上)
            # (not before a noun of its own: 规模达到15万标准机架 counts racks)
            if (
                q.kind == QuantityKind.NUMBER
                and q.unit is None
                and q.has_magnitude
                and cue_pattern("money").search(left_clause)
                and (not CJK_CHAR.match(s[q.end : q.end + 1]) or s.startswith(MILESTONE_NOUNS, q.end))
            ):
                kind, unit = MetricKind.AMOUNT, "元"
            else:
                continue
        if inside_brackets(s, q.start, sent_start) or is_class_threshold(s, q):
            continue  # (the class keeps its threshold: 5000万元以上的企业达到120家)
        if kind == MetricKind.COUNT and is_slogan_part(s, q, ctx.wide_clauses.end(q.end, sent_end)):
            continue
        ce = ctx.clauses.end(q.end, sent_end)
        right = right_indicator(s, q.end, ce)
        listed_figures = figure_chain().match(s, q.end) if len(right) < 2 and s[q.end : q.end + 1] in "、和及" else None
        if listed_figures and q.unit_surface and listed_figures.group().endswith(q.unit_surface):
            wide_end = ctx.wide_clauses.end(q.end, sent_end)  # 分别给予100万元、500万元奖励: the noun they share
            right = right_indicator(s, listed_figures.end(), wide_end)
        if kind == MetricKind.COUNT and is_document_part(q, right, s[sent_start : q.start]):
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
            and (s[q.end : q.end + 1] == "的" or (q.unit_surface == "成" and CJK_CHAR.match(s, q.end)))
            and len(right) >= 2
            and not rate_after
        ):
            indicator = right  # 覆盖近3成嘎查村, 逾六成规上企业开展…: a share of the noun after it
        elif kind == MetricKind.AMOUNT and len(right) >= 2 and right.endswith(FUND_NOUNS):
            indicator = right  # 设立3亿元天使投资基金: the fund the amount is the size of
        listed = respective_subject(ctx, sent_start, wide_start, q.start, out)
        if listed:  # (a count with its noun after it, 分别吸引2100家及1800家企业, keeps that noun)
            own_noun = right if q.kind == QuantityKind.COUNT and len(right) >= 2 else ""
            indicator = own_noun or listed[0] or last_by_sentence.get(sent_start, "")
            if kind == MetricKind.AMOUNT and _GIVEN_IN_TURN.search(s, wide_start, q.start):
                # 对…重点实验室、工程技术研究中心，分别给予100万元、50万元支持: the support given,
                # named after the last sum, not who receives it
                chain = figure_chain().match(s, q.end)
                grant = right if len(right) >= 2 else right_indicator(s, chain.end() if chain else q.end, ce)
                indicator = grant if len(grant) >= 2 else indicator
        opening = s[cs : q.start].lstrip(JUNK_EDGE).rstrip(" \t")  # (比对照增产 14.2%: a PDF's spaces)
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
            per_each = _PER_EACH_GRANT.fullmatch(indicator)
            if per_each:
                indicator = per_each.group(1)  # 每家企业最高奖励100万元: the reward, whoever each gets it
            if _PER_ONLY.fullmatch(indicator):  # 给予每人200万元安家补贴: who each sum is for, not what it is
                rest = indicator[2:] if indicator[1] in _PER_MEASURES and len(right) < 2 else ""
                if indicator[2:] in PER_UNIT_GAINS:
                    rest = indicator  # 每亩增收1500元: a yield per unit, named whole
                indicator = rest if len(rest) >= 2 else ""  # (每项支持20万元: the support)
            if indicator.endswith(("和", "及", "与")) and len(right) >= 2:
                indicator = right  # 每人500万元安家补贴和1000万元科研经费: the second sum's own noun
            verb_before = left_clause.rstrip().endswith(VERBS_BEFORE_OBJECT)
            leads = s.startswith(RIGHT_LEAD_VERBS, q.end)
            share_word = q.kind == QuantityKind.PERCENT or share is not None  # (三分之一, like 33%)
            if len(right) >= 2 and (verb_before or (len(indicator) < 2 and (not share_word or leads))):
                indicator = right
            of_the_figure_before = indicator.startswith("占") or (indicator.startswith("与") and "之比" in indicator)
            if of_the_figure_before and kind == MetricKind.RATIO and sent_start in last_by_sentence:
                # 研发投入…，占营业收入的5.2%; R&D经费支出…，与地区生产总值之比为1.01%: a share of it
                indicator = last_by_sentence[sent_start] + indicator
            if len(indicator) < 2 and cs == clause_start and cs > sent_start and s.endswith(PERSON_MEASURES, 0, q.end):
                indicator = persons_deed(s, q.end, ce) or indicator  # …，两千余人参加培训: who did it
            bound_only = len(indicator) < 2 or _BOUND_ONLY.fullmatch(left_clause) is not None
            if bound_only and cs == clause_start and cs > sent_start:
                after = out[-1].end if out and out[-1].start >= sent_start else sent_start
                indicator = _capped_grant(s, after, cs, left_clause) or indicator  # …给予奖励，最高100万元
            if len(indicator) < 2 and cs == clause_start and sent_start in last_by_sentence:
                indicator = _subject_said_between(ctx, cs, sent_start, out)  # …；技术合同成交额实现翻番，达到128亿元
            if len(indicator) < 2 and sent_start in last_by_sentence:
                indicator = last_by_sentence[sent_start]
            if len(indicator) < 2 and cs == sent_start and s[cs - 1 : cs] == "\n":
                indicator = headline_line_above(s, cs, left_clause, ctx.roc_years) or indicator
            if indicator in BARE_TOTALS and cs == clause_start and cs > sent_start:
                indicator = previous_clause_subject(ctx, cs, sent_start, out) or indicator
            if len(indicator) < 2 and cs == clause_start:  # after a figure, the text before is that figure's
                indicator = previous_clause_subject(ctx, cs, sent_start, out) or indicator
            elif _BY_AGENT.match(left_clause) and cs > sent_start and len(right) < 2:
                # 该专项资金，由市财政每年安排2000万元: what is given is named before who gives it
                indicator = previous_clause_subject(ctx, cs, sent_start, out) or indicator
            if len(indicator) < 2 and out and out[-1].indicator and _AMONG_THOSE.match(s, sent_start):
                indicator = out[-1].indicator  # 。✅ 其中，呼和浩特市2816家…: the figure before, by place
            if out and out[-1].indicator and _BACK_REFERENCE.search(left_clause):
                indicator = out[-1].indicator  # 如今，这个数字已超过1800家: the measure of the figure before
        if (len(indicator) < 2 or _PER_ONLY.fullmatch(indicator)) and s.startswith(("！", "!"), q.end):
            indicator = named_after_exclamation(s, q.end + 1) or indicator
        if indicator in BARE_RATE_WORDS and kind == MetricKind.CHANGE and sent_start in last_by_sentence:
            indicator = last_by_sentence[sent_start]  # 成交额112亿元，增速达到18%: the rate of the figure before
        level_after = indicator == right and _LEVEL_ONLY.fullmatch(right) is not None
        if level_after and (chain := figure_chain().match(s, q.end + len(right))):
            # 建设1个国家级、5个自治区级重点实验室: the level of the noun the last item names
            shared = _LEVEL_PREFIX.sub("", right_indicator(s, chain.end(), ctx.wide_clauses.end(q.end, sent_end)))
            indicator += shared if len(shared) >= 2 else ""
        if _LEVEL_ONLY.fullmatch(indicator or "") and sent_start in last_by_sentence:
            # 新增省级以上研发平台37家，其中国家级3家: the level of the thing just counted, in place of
            # its level (新能源领域自治区级以上研发平台 -> 新能源领域国家级研发平台)
            counted = last_by_sentence[sent_start]
            inner = _LEVEL_INSIDE.search(counted)
            if inner and inner.start() > 0:
                indicator = counted[: inner.start()] + indicator + counted[inner.end() :]
            else:
                indicator += _LEVEL_PREFIX.sub("", counted)
        elif indicator.endswith(_TIER_WORDS) and sent_start in last_by_sentence:
            indicator = last_by_sentence[sent_start]  # …文件56项，其中省委、省政府层面12项: a part of the same count
        if kind == MetricKind.CHANGE and indicator and _CHANGE_VERB.search(indicator):
            indicator = _changed_object(indicator)
        if kind == MetricKind.RANK and cs > sent_start and _names_only_who(indicator):
            indicator = _ranking_opening(ctx, sent_start, q.start) or indicator  # 在全球乳业排名中，某集团位列第5位
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
        after_a_body: Literal["sentence", "part", "paragraph"] | None = None  # a body's figure before, where
        if out and out[-1].region is None and out[-1].story == (story.index if story else None):
            if same:  # (past a semicolon, in a part of the sentence of its own)
                after_a_body = "part" if _PART_MARK.search(s, out[-1].end, q.start) else "sentence"
            elif "\n" not in s[out[-1].end : q.start]:
                after_a_body = "paragraph"
        region = (listed[1] if listed else None) or metric_region(ctx, story, at, q, heads, carried, after_a_body)
        if kind == MetricKind.PHYSICAL and is_product_spec(s, q):
            region = None  # 30兆瓦纯氢燃气轮机, 4英寸晶圆: a property of a product, not of a place
        share_of = opening.startswith("占")  # …870亿元，占全省的52.4%
        if (comparison or share_of) and out and out[-1].start >= sent_start:
            region = out[-1].region  # the share or the lead of the place just counted
        elif same and _AMONG_THOSE.match(s, wide_start, q.start) and not ctx.region_words(wide_start, q.start):
            # 某高新区实现营收1280亿元，其中工业总产值652亿元(、…21家): the parts of its figure
            region = out[-1].region
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
                qualifier=bounded_support(s, q, cs)
                or approximate_share(s, q, cs)
                or bounded_share(s, q, cs)
                or q.qualifier,
                indicator=indicator or None,
                indicator_key=make_key(indicator) if indicator else None,
                year=reference_year(ctx, sent_start, q.start),
                region=region,
                region_key=make_key(region) if region else None,
                status=carried_status(
                    metric_status(ctx, at, q),
                    out,
                    s,
                    sent_start,
                    left_clause,
                    q.start,
                    growth_of=indicator if kind in (MetricKind.CHANGE, MetricKind.RATIO) else None,
                ),
                story=story.index if story else None,
            )
        )
    return out


# a clause opening with the body that provides what was named before it (…资金，由市财政每年安排…)
_BY_AGENT = re.compile(
    r"[ \t]*由[^，,；;]{2,12}?(?:每年|每年度|逐年|一次性)?(?:安排|拨付|出资|承担|列支|统筹|配套|提供)"
)


# a phrase pointing back at the figure before (这个数字, 这一比例, 该指标)
_BACK_REFERENCE = re.compile(r"(?:这个|这一|该|此)(?:数字|数据|数值|比例|比重|指标)")


def _names_only_who(indicator: str) -> bool:
    """An indicator that names who is ranked (某某集团, 包头市), or nothing, rather than a measure."""
    return len(indicator) < 2 or indicator.endswith(SUBJECT_BODY_ENDINGS) or region_word_at(indicator) == indicator


def _ranking_opening(ctx: Context, sent_start: int, pos: int) -> str:
    """The ranking a sentence opens in (在全球乳业排名中，…), as an indicator, else ""."""
    first_end = ctx.clauses.end(sent_start, pos)
    if first_end >= pos or not _RANKING_OPENING.fullmatch(ctx.folded, sent_start, first_end):
        return ""
    return left_indicator(ctx.folded[sent_start:first_end], roc_years=ctx.roc_years)


_RANKING_OPENING = re.compile(r"\s*在[^，,；;。]{2,40}?(?:" + "|".join(RANKING_NOUNS) + r")[^，,；;。]{0,10}中\s*")


def _subject_said_between(ctx: Context, cs: int, sent_start: int, before: list[Metric]) -> str:
    """The subject of the clause right before the figure's when that clause comes after the
    sentence's last figure and says something of its subject (…，增长18.5%；技术合同成交额实现翻番，
    达到128亿元: the contracts, not the measure of the figure before), else ""."""
    begin = ctx.clauses.start(cs - 1, sent_start)
    if before and before[-1].start >= sent_start and begin < before[-1].end:
        return ""
    clause = ctx.folded[begin : cs - 1].strip()
    got = left_indicator(clause, roc_years=ctx.roc_years)
    return got if len(got) >= 2 and not clause.endswith(got) else ""


def _capped_grant(s: str, after: int, cs: int, left_clause: str) -> str:
    """What a clause that only bounds a figure (最高不超过100万元) caps: the noun a giving verb
    names after the figure before (按登记额的1%给予奖励，…), else ""."""
    if _BOUND_ONLY.fullmatch(left_clause) is None:
        return ""
    given = _GIVEN.search(s, after, cs)
    return strip_trailing(given.group(1)) if given else ""


_BOUNDS = "(?:" + "|".join(SUPPORT_BOUNDS) + ")"
# a clause that only bounds a sum: 最高不超过, 单个企业最高, 单个项目 (before 最高200万元),
# 单个单位每年最高 (the bound over a year)
_BOUND_ONLY = re.compile(
    r"\W*(?:(?:单个|单项|每个|每项|每家|单家|累计|年度)(?:企业|项目|单位|机构|平台|团队)?(?:每年度?|每次)?"
    + _BOUNDS
    + "*|"
    + _BOUNDS
    + r"+)[ \t]*"
)
_GIVEN = re.compile(r"(?:" + "|".join(GIVING_VERBS) + r")(?:一次性)?([\u4e00-\u9fff]{2,8})[，,；;]")


def _sentence_currency(before: list[Metric], sent_start: int) -> str | None:
    """The currency of the last amount said earlier in the sentence, when it is not the yuan."""
    for m in reversed(before):
        if m.start < sent_start:
            return None
        if m.kind == MetricKind.AMOUNT:
            currency = m.unit.split("/", 1)[0]  # (a price, 0.1元/千瓦时: its currency, not its unit)
            return currency if currency != "元" else None
    return None


_PER_DEED = re.compile("每(?:" + "|".join(sorted(PER_DEED_VERBS, key=len, reverse=True)) + r")[ \t]*$")
_PER_MEASURES = frozenset("项个家人名户位")
# 每家企业奖励, 每个项目补助资金: the grant, after whom each one goes to
_PER_EACH_GRANT = re.compile(
    r"(?:每|单个|单家|单项|单笔)[\u4e00-\u9fff]{0,6}?"
    r"((?:奖励|补助|补贴|资助|扶持|支持)(?:资金|经费|额度|金额|标准|上限)?)(?:一般|原则上)?"
)  # (单个企业每年奖励: the reward, whoever gets it and how often)
_PER_ONLY = re.compile(r"每[\u4e00-\u9fff]{1,4}")  # 每人, 每千瓦时, 每家中心: whom or what a sum is per


def _written_unit(surface: str, canonical: str) -> str:
    """A physical unit as written (full-width letters folded: ＧＷ -> GW), when it is one
    word of the unit table; else the table's form."""
    if surface in UNITS:
        return surface
    written = unicodedata.normalize("NFKC", surface).strip()
    return written if written in UNITS else canonical
