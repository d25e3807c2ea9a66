"""What a figure measures: the noun phrase before it, stripped of openers, places, times,
verbs and names (:func:`left_indicator`), or the noun after its measure word
(:func:`right_indicator`), with the fallbacks that read a clause or line before it."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from mengke.data.cues import (
    ATTRIBUTE_STARTS,
    AVERAGE_WORDS,
    BARE_HEADS,
    CHANGE_BASE_VERBS,
    COMPARISON_OPENERS,
    FUND_HEADS,
    FUNDING_VERBS,
    GIVING_VERBS,
    HIGH_LOW_WORDS,
    KIND_VERBS,
    LEADING_WORDS,
    MAKING_VERBS,
    MEASURE_NOUNS,
    NOMINAL_VERB_COMPOUNDS,
    NOT_INDICATORS,
    NOT_MEASURE_SUFFIXES,
    NOUNS_AFTER_A_VERB,
    NOUNS_WITH_HOU,
    OBJECT_VERBS,
    PERSON_ACTS,
    PERSON_DEED_STARTS,
    PERSON_MEASURES,
    PLACE_WORDS_AFTER_A_NOUN,
    PLACING_VERBS,
    RANK_FIELDS,
    RANKING_NOUNS,
    RESULT_VERBS,
    RIGHT_LEAD_VERBS,
    RIGHT_STOPS,
    RIGHT_VERB_STARTS,
    SERVICE_FIRM_NOUNS,
    SUBJECT_BODY_ENDINGS,
    SUPPORT_NOUNS,
    TRAILING_WORDS,
    VERB_LED_TERMS,
    VERBS_AFTER_A_MODAL,
    WHERE_VERBS,
    WORDS_ENDING_IN_ZHONG,
)
from mengke.data.layout_words import BYLINE_MARKS, BYLINE_ROLES
from mengke.data.units import UNITS
from mengke.keys import is_common_word, segment
from mengke.metrics.context import Context
from mengke.metrics.kind import bounded_support_pattern
from mengke.metrics.patterns import (
    BI_BENCHMARK_WORDS,
    BY_BASIS,
    CJK_CHAR,
    CJK_RUN,
    COMPARISON,
    FIRM_NOUNS,
    JUNK_EDGE,
    MACRO_REGION,
    MODAL,
    NUMERIC_DATE,
    ONE_FIRM,
    PLACE_COUNT,
    SHARE_OF,
    SPACE_RUN,
    THIS_YEAR,
    YEAR_WORD,
    cue_pattern,
    object_verbs,
)
from mengke.records import Metric
from mengke.regions import word_at as region_word_at
from mengke.wordlist import compile_words

_ROC_INSIDE = re.compile(r"(?:到|至|在)?(?:民国)?(?<![\d.])1[0-2]\d[ \t]*年(?:度|底|末|初)?的?")


_YEAR_INSIDE = re.compile(
    r"(?:\d{4}[ \t]*年?[ \t]*[—\-~至到]+[ \t]*)?(?:到|至|在|于)?" + YEAR_WORD + r"(?:度|底|末|初)?的?"
)


# a body and an adverb right before a verb (…平台累计|孵化企业)
_BODY_BEFORE = re.compile("(?:" + "|".join(SUBJECT_BODY_ENDINGS) + ")(?:累计|共|已|已经|先后|新)?$")


# who plans and by when, before the measure planned (高新区计划到2028年, 该市力争在2030年前)
_PLANNED_BY = re.compile(
    r"(?:计划|拟|预计|力争|争取|确保|目标是|将|要)(?:到|至|在|于)" + YEAR_WORD + r"(?:底|末|前|以前)?(?:，|,)?"
)


# 园区去年营业额: a relative year between two words of the phrase
_RELATIVE_YEAR_INSIDE = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:" + THIS_YEAR + r"|去年|明年|前年|当年)度?(?:以来|上半年|下半年|全年)?(?=[\u4e00-\u9fff])"
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


_PLAN = re.compile(r"[“\"「]?十[一二三四五]五[”\"」]?(?:期间|时期|以来|末|初)?")


_LIST_TAIL = re.compile(r"^等[\u4e00-\u9fff]{0,6}?的(?=[\u4e00-\u9fff]{2})")


_WORD_GAP = re.compile(r"[\u4e00-\u9fff”][ \t\u3000]+[\u4e00-\u9fff“]")


# 增速高于全国平均水平, 增速比全国高: the benchmark after the measure
_COMPARED_WITH = re.compile(
    "(?:" + "|".join(COMPARISON_OPENERS) + r")[\u4e00-\u9fff]{1,10}$|" + BI_BENCHMARK_WORDS + "$"
)


# 比传统种植增产, 试验田较对照田增收: the base of a change said before its verb (not 比重, 比如, 比亚迪)
_BASE_BEFORE_CHANGE = re.compile(
    r"(?:(?<![占对无类相环同])比(?![重例率值赛拼较如亚特利])|(?<!比)较(?![重例率值快慢大小高低好多少为])|相比于?|相较于?)"
    r"[\u4e00-\u9fff“”]{1,12}?(?:相比)?(?=" + "|".join(sorted(CHANGE_BASE_VERBS, key=len, reverse=True)) + ")"
)


_LEAD_BYLINE = re.compile(r"[（(][ \t]*(?:本报|特约)?(?:记者|通讯员)[^（）()]{0,40}[）)]")


_AGE_MODIFIER = re.compile(r"[ \t]*\d{1,3}[ \t]*周?岁(?:及?以上|以下)?的?")


_LABEL = re.compile(r"^[^【]{0,4}?【[^【】]{1,12}】")


_BRACKETED_ITEM = re.compile(r"^[ \t]*[（(][\d一二三四五六七八九十]{1,3}[)）]")


_QUOTES = re.compile(r"[“”\"‘’「」《》()（）\[\]]")


_TIME_OPENER = re.compile(
    r"^(?:(?:近|过去|最近|连续|(?:在|今后)?未来)[一二三四五六七八九十两\d多几数]+年(?:来|间|内)?|[一二三四五六七八九十两\d]+年(?:来|间|内)|"
    r"(?:\d{4}[ \t]*年?[ \t]*[—\-~至到]+[ \t]*)"
    + YEAR_WORD
    + r"|"
    + YEAR_WORD
    + r"(?:度|底|末|初|以来|前)?(?:[ \t]*\d{1,2}(?:[—\-~至到]\d{1,2})?[ \t]*月(?:份|底|末|初)?)?"
    + r"|\d{1,2}(?:[ \t]*[—\-~至到][ \t]*\d{1,2})?[ \t]*月(?:份|底|末|初)?(?:以来)?"
    + r"|(?:前|第)?[一二三四1-4][ \t]*季度?|[上下]半年|前[一二三四五六七八九十两\d]+个?月|(?:到|至)?年(?:末|底|初))"
)


# a span of years closing the phrase before a figure (连续8年, 近五年来), or the base of a
# multiple (数量是五年前的三倍)
_TIME_CLOSER = re.compile(
    r"(?:(?:连续|近|多)[一二三四五六七八九十两\d多几数]*年(?:来|间)?"
    r"|(?:是|为|相当于)(?:\d{4}[ \t]*年|[一二三四五六七八九十两\d]+年前|上年|去年|上一年|过去)(?:同期)?"
    r"|(?:预计|有望|将|可望)?(?:在|于|到)?(?:今年|明年|当年)?(?:[上下]半年|年底|年末|年内)"
    r"|(?<![第\d])[一二三四五六七八九十两\d]{1,2}(?:年|个月)(?:来|间|内)?)$"  # 营收三年(翻两番): how long
)


_INTENT = re.compile(
    r"(?:将|要)?(?:力争|确保|争取)(?:在|到)?|(?:建成投产|建成|投产|达产|投用)后(?:可|将|预计)?"
)  # (项目建成后(可)年产值)


_MEASURE_SUFFIXES = frozenset("数量率额")


# 在这些企业中: the among-word's opening (the whole a share is of follows it)
_AMONG_THESE = re.compile(r"^在?(?:这些|这|上述|以上|其)?")


# 在全国综合排名中, 在日前发布的《…创新能力评价报告2025》中: the ranking, less its report and edition
_WITHIN = re.compile(
    r"(?:在|^)(?:[^在]{0,10}?(?:发布|公布)的)?((?:(?!在)[\u4e00-\u9fff]){2,24}?(?:" + "|".join(RANKING_NOUNS) + r"))"
    r"(?:报告|结果)?(?:\d{4}年?(?:版|度)?)?中$"
)


# a ranking's verb and its field closing the phrase before a rank (居全国高校, 位列全省同类园区)
_RANK_SCOPE = re.compile(
    r"(?:稳|仍|仍然|依然|继续|跃|首次)?(?:位居|居于|居|位列|排名|排在|排|列)(?:"
    + "|".join(RANK_FIELDS)
    + r")[\u4e00-\u9fff]{0,6}$"
)


_PER_CAPITA_BEFORE = re.compile(r"(?:每[十百千万亿]+[\u4e00-\u9fff]{0,3}|人均|户均)$")


_LEADING_SYMBOLS = re.compile(r"^[^\w“”\"‘’《〈（(【\[]+")


_ITEM_FIRST = frozenset("0123456789（(一二三四五六七八九十第其")


# the number of a list item (1. 2、 （3） 一、 二是 其三，): not part of what follows
_ITEM_NUMBER = re.compile(
    r"(?:\d{1,2}[.、．)）](?![\d.])|[（(][\d一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、"
    r"|[一二三四五六七八九十]是|其[一二三四五六七八九十][，,]?"
    r"|第[\d一二三四五六七八九十]{1,3}批(?:次)?)[ \t*]*"  # 第二批(自治区级重点实验室): which batch, not what
)


_PER_UNIT = re.compile(r"每([\u4e00-\u9fff]{1,4})$")


@lru_cache(maxsize=2048)
def strip_leading(phrase: str) -> str:
    """Strip leading words (and junk characters, and time openers) from the start, repeatedly."""
    pattern = cue_pattern("leading")
    while phrase:
        phrase = _LEADING_SYMBOLS.sub("", phrase.lstrip(JUNK_EDGE))  # ✅, 📈, ■: bullets of any kind
        m = (
            _TIME_OPENER.match(phrase)
            or PLACE_COUNT.match(phrase)
            or (_ITEM_NUMBER.match(phrase) if phrase[:1] in _ITEM_FIRST else None)
        )
        if m and m.end() > 0:
            phrase = phrase[m.end() :]
            continue
        m = _MODAL_OPENER.match(phrase) or _SCENE_OPENER.match(phrase)
        if m and len(phrase) - m.end() >= 2 and "的" not in phrase and not any(w in m.group() for w in RANKING_NOUNS):
            phrase = phrase[m.end() :]  # 可改良母牛, 在示范田里亩产: the measure after the modal or the scene
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


_MODAL_OPENER = re.compile(MODAL + "(?=" + "|".join(VERBS_AFTER_A_MODAL) + ")")
_SCENE_OPENER = re.compile(r"在[\u4e00-\u9fff]{1,8}?(?:里|内)(?!部|容|涵|生|资)")  # (not 内部, 内容 …)


_CAUSATIVE = re.compile(r"(?:促使|使得|使|让)(?![用命馆者利])")


def _causative(phrase: str) -> re.Match[str] | None:
    """The first causative verb of a phrase, not the 使 of 天使 nor the 让 of 转让 (a word with
    the character before it)."""
    for m in _CAUSATIVE.finditer(phrase):
        if m.end() - m.start() == 1 and m.start() >= 1 and is_common_word(phrase[m.start() - 1 : m.end()]):
            continue
        return m
    return None


# a yield over a stretch of time (一年能, 每天可, 一年就能为企业): what follows is the measure
_RATE_OF_ONE = re.compile(
    r"[一每](?:年|天|月|季度|小时)均?" + MODAL + r"(?:为[\u4e00-\u9fff]{1,6}?(?=节|增|减|降|创|带))?"
)


_KEEPS = re.compile(r"(?:保持|维持)(?!率)[^，,；;]*$")


def strip_trailing(phrase: str) -> str:
    """Strip trailing words (and junk characters) from the end, repeatedly."""
    pattern = cue_pattern("trailing_reversed")
    while phrase:
        phrase = phrase.strip(JUNK_EDGE)
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
        if scope and scope.start() == 0:
            return ""  # …企业21家，居全国城市第6位: the ranking alone, of the figure before
        keeps = _KEEPS.search(phrase) if "持" in phrase else None
        if keeps and keeps.start() >= 2:
            phrase = phrase[: keeps.start()]  # 研发投入连续三年保持两位数(增长): what keeps it up
            continue
        span = (
            _TIME_CLOSER.search(phrase)
            if phrase.endswith(("年", "来", "间", "前", "期", "去", "底", "末", "内", "月"))
            else None
        )
        if span and span.start() >= 2:
            phrase = phrase[: span.start()]  # 创新能力连续8年位居…, 数量是五年前的两倍: when, not what
            continue
        break
    return phrase


def _strip_region_prefix(phrase: str) -> str:
    """A phrase without the places that open it (京津冀地区…, 包头市…), unless too little is left."""
    area = MACRO_REGION.match(phrase)
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
    last = cue_pattern("entity_endings_reversed").search(phrase[::-1])  # the ending that ends last
    cut = len(phrase) - last.start() if last else -1
    if cut >= _ENTITY_MIN and len(phrase) - cut >= _MEASURE_MIN:
        return phrase[cut:].lstrip("的")
    return phrase


# 隆基绿能研发的(异质结电池转化效率), 某研究所开发的(储能系统能量密度): who made the thing measured
_MADE_BY = re.compile(r"^[^，,；;的]{0,20}?(?:" + "|".join(MAKING_VERBS) + r")的(?=[\u4e00-\u9fff]{4})")


_POINTED_BACK = re.compile(
    r"^(?:(?:这|那|该)(?:家|所|座|个|批)?(?=项目|工程|平台|基地|园区|中心|装置)|(?:这|那|该)(?:家|所|座)|"
    + ONE_FIRM
    + "(?="
    + FIRM_NOUNS
    + r"))(?=[\u4e00-\u9fff]{3})"
)


_ADVERB_BEFORE_SHARE = re.compile(r"(?:仅仅|仅|只|约|已|均|共|分别|大约|大概|近)(?=占)")


# 由修复前的, 从去年底的: where a change started from, closing the phrase before the first figure
_FROM_BASE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?<![自理缘经])(?:由|从)(?!业|事)[\u4e00-\u9fff]{1,8}?的$")


_IN_RESPECT_OF = re.compile(r"^[\u4e00-\u9fff]{0,8}?在(?=[\u4e00-\u9fff]{1,8}?方面)")


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
    phrase = SPACE_RUN.sub("", left)
    phrase = _LABEL.sub("", phrase)  # 【赤峰】赤峰市技术合同成交额: a digest's label, not the measure
    if "比" in phrase or "较" in phrase:
        phrase = _BASE_BEFORE_CHANGE.sub("", phrase)  # (before COMPARISON: 较同期普通贷款低 is one base)
        if phrase.endswith(("高", "低")) and phrase[-2:] not in HIGH_LOW_WORDS:
            phrase = phrase[:-1]  # 平均利率较一般贷款低(0.8个百分点): the base is gone, and 低 with it
    phrase = COMPARISON.sub("", phrase)
    if "年" in phrase:  # each pattern below names a year
        planned = _PLANNED_BY.search(phrase)
        if planned and len(phrase) - planned.end() >= 2:
            phrase = phrase[planned.end() :]  # 高新区计划到2028年(新型研发机构数量): who plans, and when
        phrase = _YEAR_INSIDE.sub("", phrase)
        phrase = _RELATIVE_YEAR_INSIDE.sub("", phrase)
        phrase = _SPAN_INSIDE.sub("", phrase)
        if roc_years:
            phrase = _ROC_INSIDE.sub("", phrase)
    if "." in phrase or "/" in phrase or "-" in phrase or "．" in phrase:
        phrase = NUMERIC_DATE.sub("", phrase)  # 2025.12 全区新增企业: when, not what
    if "季" in phrase or "月" in phrase:
        phrase = _PERIOD_INSIDE.sub("", phrase)  # 两江新区前三季度研发投入: when, not what
    if "五" in phrase:
        phrase = _PLAN.sub("", phrase)
    phrase = _QUOTES.sub("", _BRACKETED_ITEM.sub("", phrase))  # （一）: the item's number goes with its brackets
    bases = [m.end() for m in BY_BASIS.finditer(phrase)]
    if bases and len(strip_trailing(phrase[bases[-1] :])) >= 2:
        phrase = phrase[bases[-1] :]  # 对…企业按合同金额的10%补贴: the basis the share is of
    if "由" in phrase or "从" in phrase:
        start_of_change = _FROM_BASE.search(phrase)
        if start_of_change:
            phrase = phrase[: start_of_change.start()]  # 植被盖度由修复前的(不足30%): the measure, not when it was
    share_of = SHARE_OF.search(phrase)
    if share_of and share_of.start() >= 2:
        phrase = phrase[: share_of.start()]  # 抵减上限为应纳税额的30%: the measure, not its basis
    compared = _COMPARED_WITH.search(phrase)
    if compared and compared.start() >= 2:
        phrase = phrase[: compared.start()]  # 增速高于全国平均水平: the measure, not the benchmark
    verbs, any_verb = object_verbs()
    found = [v for v in verbs if v in phrase] if any_verb.search(phrase) else []
    found.sort(key=lambda v: phrase.rfind(v) + len(v), reverse=True)  # the last verb first (引进培养…人才)
    for verb in found:
        at = phrase.rfind(verb)
        after = phrase[at + len(verb) :]
        if after.startswith("后") and not after.startswith(NOUNS_WITH_HOU):
            continue  # 建成后: "after it is built", not a verb and its object (安排后补助资金 is)
        if phrase.startswith(VERB_LED_TERMS, at):
            continue  # 吸纳技术合同成交额: one statistical term
        if phrase.endswith(NOMINAL_VERB_COMPOUNDS, 0, at + len(verb)):
            continue  # 科技成果转化净收入: the object before the verb, one noun
        if _PER_CAPITA_BEFORE.search(phrase, 0, at):
            continue  # 每万人拥有5G基站数: the rate keeps its denominator
        if not strip_trailing(phrase[at:]):
            continue  # 汽车推广应用超过1500辆: a verb closing the phrase, stripped below with what follows it
        after_stripped = strip_trailing(after)
        if verb in FUNDING_VERBS and after_stripped in FUND_HEADS:
            continue  # 财政支持资金: one noun, the funds
        if verb not in RESULT_VERBS and (
            after_stripped in MEASURE_NOUNS
            or (after[:1] in _MEASURE_SUFFIXES and not after.startswith(NOT_MEASURE_SUFFIXES))
        ):
            continue  # 签约金额, 资助金额, 立项数, 申请量: the verb and the measure make one noun
        if after_stripped in BARE_HEADS and verb in KIND_VERBS:
            if _BODY_BEFORE.search(phrase, 0, at):
                phrase = phrase[at:]  # 秦创原平台累计孵化企业: who did it goes, the verb stays with its kind
                break
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
    bound = bounded_support_pattern().search(phrase)
    if bound:
        phrase = phrase[: bound.start(1)] + phrase[bound.end(1) :]  # 单个企业最高补助: the bound is the qualifier
    given = max((phrase.rfind(v) + len(v) for v in GIVING_VERBS if v in phrase), default=-1)
    if given > 0 and len(strip_trailing(phrase[given:])) >= 2:
        phrase = phrase[given:]  # 对新认定的企业给予一次性奖励: what is given is the measure
    intent = [m.end() for m in _INTENT.finditer(phrase)] if any(c in phrase for c in "力确争后") else []
    if intent and len(strip_trailing(phrase[intent[-1] :])) >= 2:
        phrase = phrase[intent[-1] :]  # 市科技局将力争全市研发投入强度, 项目建成后年产值: the measure after
    caused = _causative(phrase) if "使" in phrase or "让" in phrase else None
    if caused and len(strip_trailing(phrase[caused.end() :])) >= 2:
        phrase = phrase[caused.end() :]  # 该技术使试验田亩均增产18%: what the cause changed
    rates = [m.end() for m in _RATE_OF_ONE.finditer(phrase)] if "能" in phrase or "可" in phrase else []
    rates += [m.end() for m in _MODAL_OPENER.finditer(phrase, 1) if not is_common_word(phrase[m.start() - 1 : m.end()])]
    rates.sort()
    yielded = strip_trailing(phrase[rates[-1] :]) if rates else ""
    if len(yielded) >= 2 and yielded not in _CUE_WORDS():
        phrase = phrase[rates[-1] :]  # 这套设备每年可节电, 一亩地一年能省水: what it yields in that time
    phrase = strip_leading(phrase)
    phrase = _strip_region_prefix(phrase)
    phrase = strip_leading(phrase)
    trimmed = strip_trailing(phrase)
    within = _WITHIN.search(trimmed) if trimmed.endswith("中") else None
    if within:
        trimmed = within.group(1)  # 高新区在全国综合排名中(提升): the ranking, not who is ranked
    elif trimmed.endswith("中") and len(trimmed) >= 4 and not trimmed.endswith(WORDS_ENDING_IN_ZHONG):
        trimmed = strip_leading(_AMONG_THESE.sub("", trimmed[:-1]))  # 科技型企业中(，约40%…): the whole
    phrase = _strip_entity(trimmed)
    if phrase is not trimmed:
        phrase = strip_leading(phrase)  # 某某公司前三季度研发投入: the time after the name
    phrase = _POINTED_BACK.sub("", phrase.strip(JUNK_EDGE))  # 这家企业研发投入: the body was named before
    if "占" in phrase:
        phrase = _ADVERB_BEFORE_SHARE.sub("", phrase)  # 高新技术企业仅占规模以上工业企业: the share, not 仅
    if "方面" in phrase:
        phrase = _IN_RESPECT_OF.sub("", phrase)  # (某市)在研发方面的总开支: the field named, not who or 在
    if "的" in phrase:
        phrase = _MADE_BY.sub("", phrase)
    if (phrase in _CUE_WORDS() and not _granted(left, phrase)) or region_word_at(phrase) == phrase:
        return ""  # a cue word, or a place alone (杭州市…6200亿元，宁波市2400亿元): no measure named
    placed = _PLACED.fullmatch(phrase)
    if placed and region_word_at(placed.group(1)) == placed.group(1):
        return ""  # 其中在呼和浩特的有97家: where some of them are, not what they are
    return phrase


def _granted(left: str, phrase: str) -> bool:
    """给予奖励, 给予一次性补助: the phrase is what a giving verb gives, a noun though a verb's word."""
    return phrase in OBJECT_VERBS and any(left.endswith((v + phrase, v + "一次性" + phrase)) for v in GIVING_VERBS)


_PLACED = re.compile(r"(?:" + "|".join(PLACING_VERBS) + r")(.{2,12}?)(?:的|境内的|地区的)?")


@cache
def _CUE_WORDS() -> frozenset[str]:
    """Words that never name what is measured on their own (其中, 达到, 给予)."""
    return frozenset(OBJECT_VERBS) | NOT_INDICATORS | frozenset(LEADING_WORDS) | frozenset(TRAILING_WORDS)


@cache
def _right_stop() -> re.Pattern[str]:
    """The words that end the noun after a count (compiled on first use)."""
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
        firm_names = not s.endswith(PERSON_MEASURES, 0, pos)  # (120名专家服务企业: what they do)
        while (
            stop is not None
            and stop.start() < j
            and stop.group() not in WHERE_VERBS  # 5家企业位于园区内: where they are, no name
            and (
                s.startswith(NOUNS_AFTER_A_VERB, stop.end())
                or (firm_names and s.startswith(SERVICE_FIRM_NOUNS, stop.start()))
            )
        ):
            stop = _right_stop().search(s, stop.end(), j + _RIGHT_STOP_LONGEST)
        ends_the_run = stop is not None and stop.end() == j and (j >= limit or not CJK_CHAR.match(s, j))
        given = ends_the_run and stop is not None and stop.group() in SUPPORT_NOUNS and s.endswith("元", 0, pos)
        if given and stop is not None and stop.start() > start + 1:
            stop = None  # 给予最高1000万元综合支持: the support given, a noun closing the clause
        if stop is not None and stop.start() < j:
            j = stop.start()
            if j - start > 2 and s[j - 1 : j + 1] in AVERAGE_WORDS:
                j -= 1  # 2.3万名农牧民年均增收: the people, before their average (年均)
    if s[j : j + 1] == "的" and j > start and _modifies_the_noun_after(s[start:j]):
        head = right_indicator(s, j + 1, limit)  # 100家具有潜力的科技企业, 8个国家级的创新平台
        if len(head) >= 2:
            return s[start:j] + head if s[j - 1] == "级" else head
    if j - start > _SHORT_NOUN:
        j = start + _noun_before_a_place_word(s[start:j])  # 12台一体机前不时有群众…: the machines
    noun = _QUOTES.sub("", s[start:j])
    if len(noun) > 2 and noun.endswith("共"):
        noun = noun[:-1]  # 363名科技特派员共(开展…): the people (共 is no stop word: 公共服务平台)
    if len(noun) >= 4 and noun.endswith("中") and s[j : j + 1] in "，,":
        noun = noun[:-1]  # 86家省级企业技术中心中，…: among them
    if noun in NOT_INDICATORS or noun.startswith(RIGHT_VERB_STARTS):
        return ""  # 120家增加到…: a verb, not the noun the count counts
    if noun.startswith(PERSON_DEED_STARTS) and s.endswith(PERSON_MEASURES, 0, pos):
        return ""  # 专家85人次服务企业: what the people counted do
    return noun


_SHORT_NOUN = 5
_MODIFIER_MAX = 10
_OVER_AN_AMOUNT = re.compile(r"(?:超|过|逾)[^的]*[万亿]")


def _modifies_the_noun_after(words: str) -> bool:
    """Whether the words between a count and 的 are a modifier of the noun after 的 (具有潜力,
    营收超亿元, 国家级) rather than the noun counted (企业的研发投入)."""
    return len(words) <= _MODIFIER_MAX and (
        words.startswith(ATTRIBUTE_STARTS) or words.endswith("级") or _OVER_AN_AMOUNT.search(words) is not None
    )


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


def headline_line_above(s: str, line_start: int, left: str, roc_years: bool) -> str:
    """The measure a headline's first line names when its second opens with the figure
    (锡林郭勒盟风电装机 / 突破2000万千瓦), else ""."""
    above_start = s.rfind("\n", 0, line_start - 1) + 1
    above = s[above_start : line_start - 1].strip()
    if not above or len(above) > _HEADLINE_LINE_MAX or _PROSE_PUNCTUATION.search(above):
        return ""
    if above[0] in BYLINE_MARKS or above.startswith(BYLINE_ROLES):
        return ""  # □某某 / 1.2万吨！这是…: the writer's byline above the line, no headline
    return left_indicator(above + left, roc_years=roc_years)


_HEADLINE_LINE_MAX = 24


_PROSE_PUNCTUATION = re.compile(r"[，,。；;：:！？!?、]")


def persons_deed(s: str, pos: int, limit: int) -> str:
    """What the persons a clause opens with did (两千余人*参加培训*，…), when a verb of theirs
    follows the count and the clause ends soon after, else ""."""
    if not s.startswith(PERSON_ACTS, pos):
        return ""
    deed = s[pos:limit]
    return deed if len(deed) <= _DEED_MAX and CJK_RUN.fullmatch(deed) else ""


_DEED_MAX = 8


def previous_clause_subject(ctx: Context, cs: int, sent_start: int, before: list[Metric]) -> str:
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


def named_after_exclamation(s: str, pos: int) -> str:
    """每秒4千万亿次！这是…创造的超级运算速度: a figure cried out, then named in the sentence
    after it (这是…的 …), its measure is that name."""
    m = _THIS_IS.match(s, pos)
    if m is None:
        return ""
    name = strip_trailing(m.group(1).rsplit("的", 1)[-1])
    return name if 2 <= len(name) <= 16 else ""


_THIS_IS = re.compile(r"[ \t]*(?:这是|这就是|这便是)([^。！？!?\n]{2,60})[。！？!?]")
