"""The place a figure is about: a region word opening its clause or sentence, else the
story's region; none for a body's own figure (包钢集团…), several places together, or a
speaker's own words."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from itertools import pairwise
from typing import Literal

from mengke.data.cues import (
    BODIES_REFERRED_BACK,
    DEED_OPENERS,
    DENOMINATOR_MARKS,
    OBTAINING_VERBS,
    PARK_ENDINGS,
    PUBLIC_SPEAKERS,
    RANKING_NOUNS,
    SCOPE_AFTER,
    SUBJECT_BODY_ENDINGS,
    VISITING_OPENERS,
)
from mengke.data.layout_words import DATELINE_MONTH_DAY
from mengke.data.regions import CITY_SELF_NEAREST, MACRO_REGIONS, WIRE_AGENCIES
from mengke.metrics.context import Around, Context, StoryContext
from mengke.metrics.indicator import strip_leading, strip_trailing
from mengke.metrics.patterns import (
    CJK_CHAR,
    DIGIT,
    FIRM_NOUNS,
    JUNK_EDGE,
    MACRO_REGION,
    ONE_FIRM,
    PLACE_COUNT,
    cue_pattern,
    object_verbs,
)
from mengke.numbers.quantity import Quantity
from mengke.regions import canonical as region_canonical
from mengke.regions import resolve as resolve_region
from mengke.regions import word_at as region_word_at

_PLACE_JOINERS = frozenset("、和与及")


_BLANK_LINE = re.compile(r"\n[ \t\u3000\r]*\n")


_MACRO_ANY = re.compile("|".join(MACRO_REGIONS))


def metric_region(
    ctx: Context,
    story: StoryContext | None,
    at: Around,
    q: Quantity,
    heads: dict[tuple[int, int], str] | None = None,
    carried: str | None = None,
    after_a_body: Literal["sentence", "part", "paragraph"] | None = None,
) -> str | None:
    """The region word that opens the figure's clause or its sentence (the sentence's first
    clause that is not a source: 记者从科技部获悉，2025年全国…: 全国), else the story's region.

    ``heads`` keeps the stripped openings of clauses already read (a sentence's opening is
    read once for each of its figures); ``carried`` is the place of the figure before in the
    sentence; ``after_a_body`` says that figure, earlier in the ``"sentence"`` or the
    ``"paragraph"``, had no place (mostly a company's or a park's figure); ``"part"``: earlier in
    the sentence but past a semicolon, which carries the body on only when the sentence opened
    with it."""
    s = ctx.folded
    default = story.region if story else ctx.province
    heads = {} if heads is None else heads
    own = s[at.wide_start : q.start]
    if _MACRO_ANY.search(own) and MACRO_REGION.match(strip_leading(own)):
        return None  # 长三角区域高新技术企业…: an area of several regions, none of them
    if _subject_is_a_body(ctx, at, q, heads):
        return None  # 包钢集团拿出17.5%的股份: a company's figure is about no place
    if PLACE_COUNT.match(own.lstrip(JUNK_EDGE)):
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
            head = heads[begin, stop] = strip_leading(s[begin:stop])
        if stop < q.start and _RANKING_FRAME.fullmatch(s, begin, stop):
            continue  # 在全国区域创新能力评价中，我区位列…: the field ranked in, not the place ranked
        offset = stop - len(head) if head else stop
        words = ctx.region_words(offset, min(stop, offset + 8))
        for k, (start, end, word) in enumerate(words):
            if (
                (start > 2 and head[start - 1] != "在")  # (项目累计在全区推广…: where the deed was done)
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
            if s[offset + end : offset + end + 1] in _PLACE_JOINERS:
                # 呼和浩特、包头、鄂尔多斯三市研发投入…: several places together, none of them;
                # 宁城县、元宝山区研发投入…: counties of one city count for that city (the list
                # read past the clause's end: 、 ends a clause)
                listed = ctx.region_words(offset + start, offset + start + _LIST_REACH)
                if len(listed) > 1 and listed[1][0] == end - start + 1:
                    return _one_city_of(s[offset + start : offset + start + _LIST_REACH], listed, default, ctx.province)
            got = resolve_region(word, default, ctx.province)
            if got:
                city = region_canonical(words[k + 1][2]) if k + 1 < len(words) and words[k + 1][0] == end else None
                if city is not None and city[1] == got != city[0]:
                    return city[0]  # 山东济南新认定…: the province's city
                return got
    speaker = _speaker(s, q.start)
    if speaker is not None and not any(w in speaker for w in PUBLIC_SPEAKERS):
        return None  # “去年我们研发投入超过1.5亿元……”企业负责人说: the speaker's own, no place named
    if after_a_body is not None and carried is None:
        opening = s[at.sent_start : at.first_clause_end]
        if after_a_body == "part":
            if _opener_only(opening) or _names_a_body(strip_leading(opening)):
                return None  # 某集团…；获得授权专利300件: a part with no subject, the company the sentence opened with
        elif _opener_only(opening) or _starts_a_deed(opening):
            return None  # 园区现有…。今年以来新签约项目17个: the park still, its subject left unsaid
        elif after_a_body == "sentence" and at.sent_start < at.wide_start:
            return None  # 某集团研发投入12.6亿元，…，研发投入占营业收入的比重为1.05%: still the company's
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
    span = _quoted_span(s, pos)
    if span is None:
        return None
    opened, closed = span
    quote = s[opened + 1 : closed]
    if len(quote) < _SPEECH_MIN or not any(c in quote for c in "，。！？,!?"):
        return None
    after = _SPEECH_TAIL.match(s, closed + 1)
    before = s[max(0, opened - 30) : opened]
    before = re.split(r"[。！？!?\n]", before)[-1]
    return (after.group() if after else "") + "|" + before


_SPEECH_REACH = 300


def _quoted_span(s: str, pos: int) -> tuple[int, int] | None:
    """Where the quotation marks around ``pos`` stand (“…” or, as many pages type them, "…"),
    else None."""
    opened = s.rfind("“", max(0, pos - _SPEECH_REACH), pos)
    if opened >= 0 and s.rfind("”", opened, pos) < 0:
        closed = s.find("”", pos, pos + _SPEECH_REACH)
        return None if closed < 0 or 0 <= s.find("“", pos, closed) else (opened, closed)
    para = max(s.rfind("\n", 0, pos) + 1, pos - _SPEECH_REACH)
    if s.count('"', para, pos) % 2 == 0:
        return None  # (straight quotes pair up within a paragraph: an even count before is outside)
    opened = s.rfind('"', para, pos)
    closed = s.find('"', pos, pos + _SPEECH_REACH)
    return None if closed < 0 or 0 <= s.find("\n", pos, closed) else (opened, closed)


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
    return mark + 1 if DIGIT.search(s, previous, mark) else None


def _subject_is_a_body(ctx: Context, at: Around, q: Quantity, heads: dict[tuple[int, int], str]) -> bool:
    """The figure's clause (or, when that names no subject, its sentence's opening clause)
    opens with the name of one company, park or school that does something."""
    s = ctx.folded
    if cue_pattern("body_endings").search(s, min(at.sent_start, at.wide_start), q.start) is None:
        return False  # most figures: no body's name anywhere before them in the sentence
    if at.wide_start > at.sent_start and _one_body_made_before(s, at):
        return True  # 组建全市首家知识产权服务站，累计受理申请900件: the station's own figure
    windows = [(at.wide_start, q.start), *_part_opening(ctx, at, q.start)]  # …；某某创新中心获批…，取得5项成果
    if at.first_clause_end < q.start and _ONE_BODY_TOPIC.fullmatch(s, at.sent_start, at.first_clause_end):
        return True  # 在某旗的一家育种企业，种薯年繁育能力达到…: the firm the sentence is about
    if at.first_clause_end < q.start:
        windows.append(_opening_clause(ctx, at, q.start))  # past 今年1—9月，: the clause naming who
    for k, (begin, stop) in enumerate(windows):
        head = None  # (only the figure's own clause can say it has a subject of its own)
        if cue_pattern("body_endings").search(s, begin, stop) is not None:
            head = heads.get((begin, stop))
            if head is None:
                head = heads[begin, stop] = strip_leading(s[begin:stop])
            if _names_a_body(head):
                return True
        if k == 0:
            own = strip_leading(s[begin:stop]) if head is None else head
            verbs = object_verbs()[0]
            if own.startswith(_BARE_FIRM):
                continue  # 该企业负责人介绍，…，企业去年研发投入…: the firm named before, if one was
            if (
                len(strip_trailing(own)) >= 2
                and not own.startswith(verbs)
                and not s[begin:stop].lstrip(JUNK_EDGE).startswith(verbs)  # (拥有 is stripped as an opener)
            ):
                return False  # the clause has a subject of its own (…，全年申请专利35件 has not)
    # 该企业负责人介绍，…，企业去年研发投入…: the firm's own words about itself
    return at.first_clause_end < q.start and bool(
        _REPORTING.fullmatch(s, at.sent_start, at.first_clause_end)
        and _names_a_body(s[at.sent_start : at.first_clause_end])
    )


def _one_body_made_before(s: str, at: Around) -> bool:
    """The clause before the figure's ends by making or naming one body (组建全市首家…服务站,
    建成全国首个…平台), and the figure's clause has no subject of its own (累计投放…): the body is
    who the figure is about."""
    before = s[max(at.sent_start, at.wide_start - _CLAUSE_BEFORE_REACH) : at.wide_start - 1]
    if _ONE_BODY_MADE.search(before) is None:
        return False
    own = strip_leading(s[at.wide_start : at.wide_start + 12].lstrip(JUNK_EDGE))
    return region_word_at(own, 0, 12) is None and not own.startswith(_SCOPE_OPENERS)  # (…，全市新增…: the city's)


_CLAUSE_BEFORE_REACH = 40
# one body, first of its kind or one alone, at the end of a clause (首家科技金融工作站, 一个创新中心)
_ONE_BODY_MADE = re.compile(
    r"(?:首家|首个|首座|一家|一个|一座|[“\"][^”\"，,；;。]{1,10}[”\"])[^，,；;。、]{0,16}?(?:"
    + "|".join(re.escape(w) for w in SUBJECT_BODY_ENDINGS)
    + r")[\u4e00-\u9fff]{0,3}$"
)  # (共建“某某通”服务平台总窗口: one body by its quoted name, a short word after its ending)


def _starts_a_deed(text: str) -> bool:
    """The text opens with a verb taking an object (新认定, 累计培育): what comes before is a subject."""
    return strip_leading(text).startswith(object_verbs()[0])


def _names_a_body(head: str) -> bool:
    """包钢集团成立了…, 上海交通大学某某中心汇聚…: a name with a body's ending, then a verb.
    Not a class of bodies (全区高新区, 内蒙古国家高新区), nor bodies counted (…创新中心5个,
    …研究院等12家), nor a body as a place (园区内28家企业)."""
    tail = head.rstrip()
    if _ONE_BODY.match(head):
        return True  # 科尔沁区的一家生物科技企业…: one firm, not named
    if head.startswith(BODIES_REFERRED_BACK):
        back = next(w for w in BODIES_REFERRED_BACK if head.startswith(w))
        return bool(CJK_CHAR.match(head, len(back))) and not head.startswith(_NOT_ITS_DEED, len(back))
    if head.startswith("企业") and head.startswith(_IN_TURN, 2):
        return True  # 企业陆续签下3200套设备订单: one firm's deeds in turn (企业研发投入… is the class)
    if head.startswith(_SCOPE_OPENERS) or tail.endswith("等") or head.startswith(DEED_OPENERS):
        return False  # (加快推进国家重要…基地科技支撑: a deed done by no body named)
    m = body_name_pattern().match(head)
    if m is None or m.end() >= len(tail):
        return False  # no body's name, or a name alone (a deed's object may be a body: …中心获批…分中心)
    rest = head[m.end() :]
    if rest[:1] == "、" and body_name_pattern().match(rest, 1):
        return True  # 伊利集团、蒙牛集团等龙头企业研发投入…: bodies named in a list
    if not CJK_CHAR.match(rest) or rest.startswith(_NOT_ITS_DEED):
        return False
    name = m.group()
    if _LEVEL_CLASS.search(name):
        return False  # 自治区级重点实验室增至186家: bodies of a level, a class counted, not one
    if object_verbs()[1].search(name, 0, len(name) - 2):
        return False  # 包头市新建社区服务站: a verb and what it made, not a body's name
    place = region_word_at(name, 0, 12)
    core = name[len(place) :] if place else name
    if place is not None and core in SUBJECT_BODY_ENDINGS:
        if core not in PARK_ENDINGS:
            return True  # 内蒙古大学: one school
        city = region_canonical(place)
        return city is not None and city[0] != city[1]  # 鄂尔多斯高新区: a city's own park, one body
    while (g := cue_pattern("generic_body").match(core)) is not None and g.end() < len(core):
        core = core[g.end() :]
    return core not in SUBJECT_BODY_ENDINGS


_SCOPE_OPENERS = ("全", "各", "我", "本")


_BARE_FIRM = ("企业", "公司")  # a clause opening with the bare noun may point back to one firm


_LEVEL_CLASS = re.compile(r"[国省区市县旗盟部]级")


_ONE_BODY = re.compile(ONE_FIRM + FIRM_NOUNS)


_ONE_BODY_TOPIC = re.compile(r"\s*(?:" + "|".join(VISITING_OPENERS) + r")?" + ONE_FIRM + FIRM_NOUNS + r"(?:里|内|中)?")


_IN_TURN = ("接连", "先后", "陆续", "相继", "一举", "成功")


# after a body's name: bodies counted (…中心等12家), or the body a place (园区内28家企业)
_NOT_ITS_DEED = ("等", "数", "总数", "个", "家", "所", "座", "内", "里", "周边")


@cache
def body_name_pattern() -> re.Pattern[str]:
    """The shortest run opening a clause that ends with a body's ending (compiled on first use)."""
    endings = "|".join(re.escape(w) for w in sorted(SUBJECT_BODY_ENDINGS, key=len, reverse=True))
    return re.compile(rf"[^，,；;。、：:\s]{{2,18}}?(?:{endings})")


def _opener_only(clause: str) -> bool:
    """A clause that is an opener word or a time alone (其中, 同时, 2024年, 今年以来, 10月30日)."""
    bare = clause.strip(JUNK_EDGE)  # (◆ and the other list bullets are junk at an edge)
    return bool(bare) and (
        cue_pattern("leading").fullmatch(bare) is not None
        or not strip_leading(bare)
        or _DAY_ALONE.fullmatch(bare) is not None
    )


# a day, perhaps with its year and part of the day, or a word for lately (10月30日, 日前)
_DAY_ALONE = re.compile(
    r"(?:(?:\d{4}|今|去)年)?"
    + DATELINE_MONTH_DAY
    + r"(?:上午|下午|晚上|晚间|晚|早上|凌晨|中午)?|日前|前不久|不久前|近期|近来"
)


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
