"""Whether a figure is a target, a forecast or an actual value: goal and forecast cues in
its clause and sentence, a coming year (到2030年), a goals section, and goals carried
through a list."""

from __future__ import annotations

import re
from functools import cache

from mengke.data.cues import (
    BY_YEAR_OPENERS,
    GIVING_VERBS,
    OBJECT_VERBS,
    OWN_GOAL_WORDS,
    PAST_CAPABLE_CUES,
    PLAN_AHEAD_WORDS,
    PLANNED_LIST_CUES,
    PROGRAMME_NAME_ENDS,
    PROPOSED_GOAL_VERBS,
    PROPOSING_DOCUMENTS,
    PROPOSING_VERBS,
    SPENDING_VERBS,
)
from mengke.metrics.context import Around, Context
from mengke.metrics.patterns import CN_DIGIT, YEAR_WORD, cue_pattern
from mengke.numbers.quantity import Quantity
from mengke.records import Metric, Status
from mengke.wordlist import words_pattern

_ROC_BY_YEAR = re.compile(r"(?:^|[|，,；;：:。\s]|" + "|".join(BY_YEAR_OPENERS) + r")(?:到|至)[ \t]*1[0-2]\d[ \t]*年")


# "By year X" opens a clause (到2027年，…) or follows a goal word; 增加到2025年 is no goal.
_BY_YEAR = re.compile(r"(?:^|[|，,；;：:。\s]|" + "|".join(BY_YEAR_OPENERS) + r")到[ \t]*" + YEAR_WORD)


# a span of years already past (近五年, 过去三年, “十四五”以来, 2021年以来)
_PAST_SPAN = re.compile(
    r"(?:近|过去)[一二三四五六七八九十两\d]+年|以来|(?:19|20)\d{2}[ \t]*年?[ \t]*[—\-~至到][ \t]*(?:19|20)\d{2}"
)


# a stretch of time already gone by (截至目前, 去年, 上半年, 1至9月, 前8个月): a report, not a plan
_PAST_PERIOD = re.compile(
    r"截至|截止|以来|去年|上年|上半年|前[一二三]季度|前[\d一二三四五六七八九十]{1,2}个?月"
    r"|[至到—\-~][ \t]*(?:\d{1,2}|[一二三四五六七八九十]{1,2})[ \t]*月"
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


def metric_status(ctx: Context, at: Around, q: Quantity) -> Status:
    """Target, forecast or actual, from cue words before the figure (and 目标 right after it)."""
    s = ctx.folded
    sent_start = at.sent_start
    own = s[at.clause_start : q.start]
    opener = s[sent_start : at.first_clause_end]
    scope = own if opener == own else opener + "|" + own
    after = s[q.end : q.end + 4]
    achieved = cue_pattern("achieved").search(own) is not None
    if cue_pattern("forecast").search(scope):
        if opener != own and _OWN_GOAL.search(own) and not cue_pattern("forecast").search(own):
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
    if ctx.plans.covers(q.start) and not any(verb in own for verb in GIVING_VERBS) and not _PAST_PERIOD.search(scope):
        return Status.TARGET  # 二、重点任务 / 每年遴选10家左右标杆孵化器: work planned
    cue = (
        _target_cue(own)
        or (not _DONE.search(opener) and _target_cue(opener))
        or _will_do().search(own)  # 全区将新培育…500家: a plan
        or _PLAN_WITHIN.search(scope)
        or _proposed(s[sent_start : q.start])
        or _planned_list(s, sent_start, at.clause_start)  # 我局将做好三方面工作：一是…
        or _items_after_a_plan(ctx, sent_start)  # 今年将抓好五项工作。一是…。二是…
        or _plan_ahead(s, sent_start, at.clause_start)  # …负责人表示，将围绕…，新布局…10个
        or _will_in_a_coming_year(ctx, s[sent_start : q.start], own)  # 2030年，全市…将突破500家
    )
    if cue and cue.group() in PAST_CAPABLE_CUES and _PAST_SPAN.search(scope):
        return Status.ACTUAL  # 近五年…年均增长15%: a rate over years gone by
    return Status.TARGET if cue else Status.ACTUAL  # (上述目标已于2024年完成，…: an opener that says it was met)


_OWN_GOAL = re.compile("|".join(OWN_GOAL_WORDS))  # a clause that sets its own goal after an expectation


def _target_cue(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """The first goal cue in ``text[start:end]``; 计划… after the name of a programme (获自治区科技
    计划支持: the science programme's support, received) is none."""
    end = len(text) if end is None else end
    for m in cue_pattern("target").finditer(text, start, end):
        if not (m.group().startswith("计划") and text.endswith(PROGRAMME_NAME_ENDS, start, m.start())):
            return m
    return None


def _plan_ahead(s: str, sent_start: int, clause_start: int) -> re.Match[str] | None:
    """An earlier clause of the figure's part of the sentence opens with 将 or 要 (after a short
    subject, perhaps) and a word of what will be done (负责人表示，将围绕…; 2026年要围绕…): the
    clauses after it are the plan. 将 before a noun (将研发投入纳入考核) is 把, no plan."""
    part = max(s.rfind("；", sent_start, clause_start), s.rfind(";", sent_start, clause_start), sent_start - 1)
    between = s[part + 1 : clause_start]
    return _plan_ahead_pattern().search(s, part + 1, clause_start) if "将" in between or "要" in between else None


@cache
def _plan_ahead_pattern() -> re.Pattern[str]:
    """将 after a clause mark and a short subject, then a word of what will be done."""
    return re.compile(
        r"(?<=[，,：:\s。；;！？!?”])[^，,；;。：:！？!?已]{0,10}?(?:(?<!即)将要?|(?<![主重需只纪提必])要)(?:"
        + words_pattern(PLAN_AHEAD_WORDS)
        + ")"
    )


def _proposed(before: str) -> re.Match[str] | None:
    """The sentence before the figure says a document proposes it as a goal (要点提出，全年新增…)."""
    if not any(verb in before for verb in PROPOSING_VERBS) or _DONE.search(before):
        return None
    if any(verb in before for verb in GIVING_VERBS):
        return None  # 《措施》提出，对新认定的企业给予奖励30万元: what the policy grants, not a goal
    return _PROPOSED.search(before)


def _planned_list(s: str, sent_start: int, clause_start: int) -> re.Match[str] | None:
    """The figure is an item of a list whose introduction, before a colon, says what will be
    done (下半年，我局将重点做好三方面工作：一是…；二是…)."""
    colon = max(s.rfind("：", sent_start, clause_start), s.rfind(":", sent_start, clause_start))
    if colon < 0 or _DONE.search(s, sent_start, colon):
        return None
    return _PLANNED_INTRO.search(s, sent_start, colon)


_PLANNED_INTRO = re.compile(
    r"将(?!近)|(?<![主重需只纪提必])要(?:" + words_pattern(PLAN_AHEAD_WORDS) + ")|" + "|".join(PLANNED_LIST_CUES)
)  # (会议强调，2026年要重点抓好六个方面工作。一是…: the items are planned)


# a sentence that opens an item of a list (一是…, 第二，…, 其三，…), after a bullet or quote mark
_ITEM_OPENER = re.compile(r"\W{0,3}(?:[一二三四五六七八九十]是|[第其][一二三四五六七八九十][，,、])")
_ITEMS_BACK = 10  # how many items before the figure's a list's introduction is looked for over


def _items_after_a_plan(ctx: Context, sent_start: int) -> re.Match[str] | None:
    """The figure's sentence is an item of a list (一是…) whose introduction, the sentence before
    the first item, says what will be done (今年将重点抓好五项工作。一是…。二是…)."""
    s = ctx.folded
    if not _ITEM_OPENER.match(s, sent_start):
        return None
    start = sent_start
    for _ in range(_ITEMS_BACK):
        if start == 0:
            return None
        prev_start, _end = ctx.sentences.bounds(start - 1)
        if prev_start >= start:
            return None
        if not _ITEM_OPENER.match(s, prev_start):
            if _DONE.search(s, prev_start, start):
                return None
            return _PLANNED_INTRO.search(s, prev_start, start)
        start = prev_start
    return None


@cache
def _will_do() -> re.Pattern[str]:
    """将 or 计划 right before a verb taking an object (将新培育, 将继续支持, 计划再建设): what is
    planned."""
    verbs = words_pattern((*OBJECT_VERBS, *SPENDING_VERBS))
    return re.compile(r"(?:将|计划)(?:要)?(?:新|再|继续|累计|全面|重点|年内)?(?:" + verbs + ")")


def _by_a_coming_year(ctx: Context, before: str) -> bool:
    """到2030年 opens a clause before the figure in its sentence, and the page was not written
    after that date (到2025年底 on a page of 2026, 到2025年11月 on one of December, report what
    was reached)."""
    for m in _BY_YEAR.finditer(before) if "到" in before else ():
        digits = "".join(CN_DIGIT.get(c, c) for c in m.group() if c.isdigit() or c in CN_DIGIT)[-4:]
        if ctx.published is None or not digits.isdigit():
            return True
        month = _MONTH_AFTER.match(before, m.end())
        by = (int(digits), int(month.group(1)) if month else 12)
        if by >= (ctx.published.year, ctx.published.month) and int(digits) >= ctx.published.year:
            return True
    return False


_MONTH_AFTER = re.compile(r"[ \t]*(\d{1,2})[ \t]*月")


_FOUR_DIGIT_YEAR = re.compile(r"((?:19|20)\d{2})[ \t]*年(?!以来|前|底前)")
_WILL = re.compile(r"将(?!近|其|之|该|此|这)")


def _will_in_a_coming_year(ctx: Context, before: str, own: str) -> re.Match[str] | None:
    """The figure's sentence names a year after the page's (2030年，…) and its clause says what
    will be (将突破…): a goal, on a dated page."""
    if ctx.published is None or "将" not in own:
        return None
    if not any(int(m.group(1)) > ctx.published.year for m in _FOUR_DIGIT_YEAR.finditer(before)):
        return None
    return _WILL.search(own)


def carried_status(
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
    but the growth or share of an expected figure, ``growth_of`` its indicator or one that opens
    with it, is expected too: 有望超过180亿元，同比增长两成; 预计超过5100亿元，占地区生产总值比重达3.6%.)
    A rate over years said after a figure reached (达到1560家，年均增长20%以上) is reached too;
    a sum granted after a goal (…5个，每个给予最高200万元支持) is no goal."""
    if (
        status == Status.ACTUAL
        and growth_of
        and before
        and before[-1].start >= sent_start
        and before[-1].status == Status.FORECAST
        and before[-1].indicator
        and growth_of.startswith(before[-1].indicator)
        and not any(c in s[before[-1].end : pos] for c in ";；")
        and not _DONE.search(own)
    ):
        return Status.FORECAST
    if status == Status.TARGET and before and before[-1].start >= sent_start and before[-1].status == Status.ACTUAL:
        between = s[before[-1].end : pos]
        cue = None if "；" in between or ";" in between else _target_cue(s, sent_start, pos)
        if cue is not None and cue.group() in PAST_CAPABLE_CUES and cue.start() >= before[-1].end:
            return Status.ACTUAL
    if status != Status.ACTUAL or not before or before[-1].start < sent_start or before[-1].status != Status.TARGET:
        return status
    if _DONE.search(own) or _PART_APART.search(s, before[-1].end, pos):
        return status
    if any(verb in own for verb in GIVING_VERBS):
        return status  # 新建重点实验室5个，每个给予最高200万元支持: what is granted, not a goal
    return Status.TARGET


# a semicolon that parts a sentence into statements of their own; not one before the next item
# of a list (力争…；二是抓主体，新培育…: the goals go on)
_PART_APART = re.compile(r"[；;](?![ \t]*(?:[二三四五六七八九十]是|其[二三四五六七八九十]|第[二三四五六七八九十]))")
