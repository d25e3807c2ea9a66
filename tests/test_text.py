"""Clause bounds from the delimiter index agree with a plain walk over the characters, and the
one-pass sentence and clause index with separate readings."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from mengke.text import CLAUSE_DELIMS, CLOSERS, SENTENCE_END, Boundaries, Clauses, Sentences, _line_is_prose

_DELIMS = CLAUSE_DELIMS + SENTENCE_END


def _walk_start(text: str, pos: int, floor: int, reach: int | None) -> int:
    if reach is not None:
        floor = max(floor, pos - reach)
    k = pos
    while k > floor:
        if text[k - 1] in _DELIMS:
            return k
        k -= 1
    return floor


def _walk_end(text: str, pos: int, ceiling: int, reach: int | None) -> int:
    if reach is not None:
        ceiling = min(ceiling, pos + reach)
    k = pos
    while k < ceiling:
        if text[k] in _DELIMS:
            return k
        k += 1
    return ceiling


@given(st.text(alphabet="增长，、；。！年亿元a ", max_size=120), st.data(), st.sampled_from([None, 5, 200]))
def test_clause_bounds_agree_with_a_walk(text: str, data: st.DataObject, reach: int | None) -> None:
    clauses = Clauses(text, reach=reach)
    pos = data.draw(st.integers(0, len(text)))
    floor = data.draw(st.integers(0, pos))
    ceiling = data.draw(st.integers(pos, len(text)))
    assert clauses.start(pos, floor) == _walk_start(text, pos, floor, reach)
    assert clauses.end(pos, ceiling) == _walk_end(text, pos, ceiling, reach)


def test_a_clause_runs_from_the_comma_before_to_the_comma_after() -> None:
    text = "全区科技投入增长，其中研发投入12亿元，同比增长8%。"
    clauses = Clauses(text)
    pos = text.index("12")
    assert text[clauses.start(pos, 0) : clauses.end(pos, len(text))] == "其中研发投入12亿元"


def _regex_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence bounds read the plain way: a run of 。！？ (with its closing quote) or a line
    break ends a sentence, unless the line is blank or a prose line cut mid-sentence."""
    ends = []
    for m in re.finditer(r"[。！？!?]+[”’」』]?|\n", text):
        if m.group() == "\n":
            line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()].rstrip("\r")
            tail = line.rstrip()
            if not tail or (tail[-1] not in SENTENCE_END + CLOSERS and _line_is_prose(line)):
                continue
        ends.append(m.end())
    return list(zip([0, *ends], [*ends, len(text)], strict=True))


@given(st.text(alphabet="ab1 增，,、；：。！？!?”’」』)）\n\r", max_size=80))
def test_one_pass_boundaries_agree_with_separate_readings(text: str) -> None:
    bounds = Boundaries.of(text)
    assert list(zip(bounds.sentences.starts, bounds.sentences.ends, strict=True)) == _regex_sentences(text)
    assert list(bounds.clauses.at) == list(Clauses(text).at)
    assert list(bounds.wide_clauses.at) == list(Clauses(text, "，,；;：:" + SENTENCE_END).at)
    assert (bounds.clauses.reach, bounds.wide_clauses.reach) == (200, None)


def test_a_comma_between_digit_groups_parts_no_clauses() -> None:
    text = "吸引2,100家及1,800家企业,增长5%"
    assert [text[p] for p in Boundaries.of(text).clauses.at] == [","]
    assert text[Boundaries.of(text).clauses.at[0] - 2 :].startswith("企业,")


def test_a_sentence_ends_after_its_closing_quote() -> None:
    text = "他说：“投入增长了！”随后宣布新目标。\n下一段"
    starts = list(Sentences.of(text).starts)
    assert text[starts[1] - 2 : starts[1]] == "！”"
    assert text[starts[2] :] == "\n下一段"


def test_a_line_of_labelled_fields_is_no_prose_cut_mid_sentence() -> None:
    meta = "发布时间：2025年11月20日 作者：陈晓 来源：深圳特区报 责任编辑：刘洋"
    assert not _line_is_prose(meta)
    text = meta + "\n成立以来累计承担国家级项目130余项。"
    assert Boundaries.of(text).sentences.bounds(len(meta) + 3)[0] == len(meta) + 1
    assert _line_is_prose("全区技术合同成交额较上年同期增长百分之二十以上并且创下历史新高")


def test_a_line_ending_with_a_measure_runs_on_into_a_figure_that_opens_the_next_line() -> None:
    text = "某市产业集群去年实现产值\n86亿元，增长9%。\n科技动态\n2025年，全市新增企业12家。"
    sentences = Boundaries.of(text).sentences
    assert text[slice(*sentences.bounds(text.index("86")))].startswith("某市产业集群")
    assert text[slice(*sentences.bounds(text.index("2025")))].startswith("2025年")


def test_a_line_spread_wide_by_blanked_markup_is_not_prose() -> None:
    assert not _line_is_prose("首页     >                    政务公开    ")


def test_a_photo_caption_ends_its_sentence_where_its_line_ends() -> None:
    text = "▲一家企业的生产车间。 本报记者 方圆 摄\n\n全市产值增长18%。"
    sentences = Boundaries.of(text).sentences
    assert text[slice(*sentences.bounds(text.index("全市")))].lstrip().startswith("全市")


def test_a_half_width_full_stop_after_a_word_ends_a_sentence_but_not_inside_a_number() -> None:
    text = "包头市新增企业120家,同比增长15%. 鄂尔多斯市研发投入2.5亿元. 详见www.gov.cn."
    sentences = Boundaries.of(text).sentences
    assert text[slice(*sentences.bounds(text.index("鄂尔多斯")))].strip().startswith("鄂尔多斯")
    assert text[slice(*sentences.bounds(text.index("2.5")))].strip().endswith("2.5亿元.")


def test_a_long_headline_over_a_blank_line_is_a_sentence_of_its_own() -> None:
    head = "某省科学技术厅关于2025年度第二批省级重点实验室建设名单的公示"
    text = head + "\n\n根据有关办法，拟支持建设重点实验室12家。"
    sentences = Boundaries.of(text).sentences
    assert text[slice(*sentences.bounds(text.index("根据")))].lstrip() == "根据有关办法，拟支持建设重点实验室12家。"
    cut = "全区技术合同成交额较上年同期增长百分之二十以上并且又一次再创下\n历史新高。"
    assert Boundaries.of(cut).sentences.bounds(cut.index("历史"))[0] == 0  # a prose line cut mid-sentence runs on


def test_a_narrow_justified_column_wraps_inside_a_sentence() -> None:
    text = "科技快讯\n\n全市技术合同成交额达到8.6亿元，同比增\n长12.4%，科技型企业数量达到三百\n"
    sentences = Boundaries.of(text).sentences
    assert sentences.bounds(text.index("长12"))[0] == sentences.bounds(text.index("全市"))[0]
    headline = "某市科技创新大会召开部署全年任务\n某市科技创新大会召开部署全年工作\n"  # no prose: two lines
    assert Boundaries.of(headline).sentences.bounds(20)[0] > 0


def test_a_line_break_inside_a_figure_ends_no_sentence() -> None:
    text = "全市研发投入达到1.2\n亿元，增长12%。"
    assert Sentences.of(text).bounds(text.index("增长")) == (0, len(text))


def test_a_narrow_columns_break_between_two_digits_of_a_figure_ends_no_sentence() -> None:
    text = "全市开展科研经费倍增计划提出年均增长2\n5%左右，并设立专项引导基金扶持企业\n成长。\n"
    assert Sentences.of(text).bounds(text.index("左右"))[0] == 0
