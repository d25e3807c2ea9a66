"""Figures said of listed subjects in turn (A、B分别增长x、y) and nouns listed with 、 that
are counted together (推广新品种、新技术430余项)."""

from __future__ import annotations

import re
from functools import lru_cache

from mengke.data.cues import (
    LIST_LEVEL_ENDINGS,
    LIST_ONE_CHAR_LEVELS,
    MEASURE_ENDINGS,
    MEASURE_NOUNS,
    RESEARCH_WORDS,
    SUBJECT_BODY_ENDINGS,
)
from mengke.keys import segment
from mengke.metrics.context import LOOKAROUND, Context
from mengke.metrics.indicator import left_indicator, strip_leading
from mengke.metrics.patterns import COMPARISON, DIGIT, JUNK_EDGE, cue_pattern
from mengke.metrics.region import body_name_pattern
from mengke.records import Metric
from mengke.regions import resolve as resolve_region
from mengke.regions import word_at as region_word_at


def counted_together(s: str, begin: int, item: int, pos: int) -> bool:
    """Whether the nouns listed with 、 before the figure's own item are counted with it
    (推广新品种、新技术430余项): no figure among them, no 等 closing the list into a modifier
    (居住证等服务), and no level or place only (国家、自治区资助经费: the funds' sources)."""
    if DIGIT.search(s, begin, pos) or "等" in s[item:pos]:
        return False
    for name in strip_leading(s[begin : item - 1]).split("、"):
        if not name or name.endswith(LIST_LEVEL_ENDINGS) or name in _ONE_CHAR_LEVELS or region_word_at(name) == name:
            return False  # (累计获得国家、自治区…: the levels the funds came from, after the verb)
    return True


_ONE_CHAR_LEVELS = frozenset(LIST_ONE_CHAR_LEVELS)


def respective_subject(
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
    rest = _SAME_PERIOD.sub("", COMPARISON.sub("", strip_leading(subjects))).strip(JUNK_EDGE)
    opens_clause = (not rest or cue_pattern("leading").fullmatch(rest) is not None) and clause_start - 1 > sent_start
    # (累计分别…: an opener alone before 分别 still opens the clause)
    if opens_clause:
        prev = ctx.wide_clauses.start(clause_start - 1, sent_start)
        cut = next((m.start for m in before if prev <= m.start < clause_start), clause_start - 1)
        subjects = s[prev:cut]
    listed = listed_subjects(subjects)
    if not listed and opens_clause:
        # A达到x，B达到y，分别增长p和q: the figures said before, one a subject, in turn
        part = max(s.rfind("；", sent_start, at), s.rfind(";", sent_start, at), sent_start - 1) + 1
        said = [m.indicator for m in before if part <= m.start < at and m.indicator]  # (not past a semicolon)
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
def listed_subjects(subjects_text: str) -> tuple[tuple[str, str | None], ...]:
    """(indicator, region) of each subject listed before 分别, in order; () if it is no list."""
    items = _list_items(subjects_text)
    if len(items) < 2 or DIGIT.search(subjects_text):
        return ()  # (对营收突破1亿元、10亿元的企业分别给予…: thresholds of one class, no subjects in turn)
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
    head = _shared_head(subjects[-1])
    return tuple(((x if not head or _ends_like(x, head) or _names_a_measure(x) else x + head), None) for x in subjects)


def _ends_like(phrase: str, head: str) -> bool:
    """高新技术企业 beside …中小企业: the items are nouns of one kind, each whole (not 高技术制造业
    beside …增加值, a field the measure is of)."""
    return phrase.endswith(head) or (len(head) >= 2 and phrase.endswith(head[-2:]))


def _names_a_measure(phrase: str) -> bool:
    """研发投入, 专利授权量, 成交额: a measure of its own (研发投入和技术合同成交额 share no head),
    not a field the last item's measure is of (高技术制造业、装备制造业增加值)."""
    return phrase.endswith(MEASURE_ENDINGS) or _head_noun(phrase) in MEASURE_NOUNS


def _names_a_listed_body(item: str) -> bool:
    """某某市某某高新区, 赤峰高新区, 通辽经济技术开发区在全区的位次: the item opens with a body
    named after its place (one city's park, as _names_a_body reads it)."""
    item = strip_leading(item.strip())
    word = region_word_at(item)
    rest = item[len(word) :] if word else item
    if rest.startswith("的"):
        return False
    return rest.startswith(SUBJECT_BODY_ENDINGS) or body_name_pattern().match(rest) is not None


def _place_prefix(item: str) -> str | None:
    """The region an item opens with (呼和浩特的高新技术企业 -> 呼和浩特), else None."""
    word = region_word_at(strip_leading(item.strip()))  # 其中北京、广东分别…: past the opener
    return (resolve_region(word, None, None) or None) if word else None


def _list_items(text: str) -> list[str]:
    """甲、乙和丙 -> [甲, 乙, 丙]; a 和 inside a word (呼和浩特) does not split."""
    items: list[str] = []
    pieces = text.split("、")
    for n, piece in enumerate(pieces):
        piece = piece.strip()  # (a sentence that opens a paragraph starts with its line break)
        current = ""
        # in a list parted by 、, only its last piece holds a conjunction between items (甲、乙和丙);
        # 及 there and elsewhere joins the words of one name (电子及通信设备制造业、医药制造业)
        joins = _CONJUNCTIONS if len(pieces) == 1 else _LAST_CONJUNCTIONS if n == len(pieces) - 1 else frozenset()
        for word in segment(piece) if re.fullmatch(r"[\u4e00-\u9fff]+", piece) else [piece]:
            if word in joins and current:
                items.append(current)
                current = ""
            else:
                current += word
        items.append(current)
    return items


_CONJUNCTIONS = frozenset({"和", "及", "与", "以及"})
_LAST_CONJUNCTIONS = frozenset({"和", "与", "以及"})


def _shared_head(last: str) -> str:
    """The measure the listed items share, the last item's head noun with the word of research
    before it (高技术制造业、装备制造业增加值 -> 增加值; 企业和高校研发经费 -> 研发经费)."""
    words = segment(last)
    if len(words) >= 3 and words[-2] in RESEARCH_WORDS and len(words[-1]) >= 2:
        return words[-2] + words[-1]
    return _head_noun(last)


def _head_noun(phrase: str) -> str:
    """The last word of a phrase when it has several (数字经济核心产业增加值 -> 增加值)."""
    words = segment(phrase)
    return words[-1] if len(words) >= 2 and len(words[-1]) >= 2 else ""
