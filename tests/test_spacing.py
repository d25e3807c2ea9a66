"""Letter-spaced text is read closed up, with every span mapped back to the text as given."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import mengke
from mengke.spacing import _MAYBE, _RUN, compact
from mengke.testing import assert_grounded


def test_a_letter_spaced_page_gives_its_figures_with_spans_into_the_page() -> None:
    text = "本 报 讯 （ 记 者 王 磊 ） 今 年 一 季 度 ， 全 省 技 术 合 同 成 交 额 达 到 3 5 6 . 2 亿 元 。\n"
    ex = mengke.extract(text)
    (m,) = ex.metrics
    assert (str(m.value), m.unit, m.indicator) == ("35620000000", "元", "技术合同成交额")
    assert m.text == "3 5 6 . 2 亿 元" == text[m.start : m.end]
    assert ex.stories[0].authors == ("王磊",)
    assert_grounded(ex, text)


def test_a_spaced_headline_over_ordinary_prose_is_closed_up_and_the_prose_left_alone() -> None:
    text = "科 技 投 入 再 创 新 高\n\n全省研发投入达到120亿元，比上年增长 8 %。\n"
    ex = mengke.extract(text)
    assert ex.stories[0].title == "科技投入再创新高"
    assert [m.text for m in ex.metrics] == ["120亿元", "8 %"]
    assert_grounded(ex, text)


def test_single_digits_in_a_row_and_spaced_years_in_prose_are_no_run() -> None:
    assert compact("序号 1 2 3 4 5\n") is None
    assert compact("实现了从 0 到 1 的突破，2025 年 3 月 上线。") is None


@given(st.text(alphabet="全区投入亿元12.5 \u3000\n，", max_size=60))
def test_every_compact_character_comes_from_the_position_the_map_gives(text: str) -> None:
    got = compact(text)
    if got is None:
        return
    assert len(got.offsets) == len(got.text) + 1
    assert all(text[got.offsets[i]] == ch for i, ch in enumerate(got.text))
    assert list(got.offsets) == sorted(set(got.offsets))


_PLAIN_RUN = re.compile(r"(?<!\S)\S(?:[ \u3000]\S){3,}(?!\S)")  # the definition, read at every position


@given(st.text(alphabet="ab全区 \u3000\n", max_size=40))
def test_the_run_search_that_skips_to_spaces_finds_the_runs_of_the_plain_definition(text: str) -> None:
    assert [(m.start() - 1, m.end()) for m in _RUN.finditer(text)] == [m.span() for m in _PLAIN_RUN.finditer(text)]
    if _PLAIN_RUN.search(text) is not None:
        assert _MAYBE.search(text) is not None  # the gate lets every run through


def test_the_spaced_out_digits_of_one_figure_in_prose_are_read_as_one_figure() -> None:
    import mengke

    text = "全市拥有国家级创新平台 1 2 个，研发投入强度达到 3 . 1 %。"
    ms = mengke.extract(text).metrics
    assert [(m.text, str(m.value)) for m in ms] == [("1 2 个", "12"), ("3 . 1 %", "3.1")]
    assert [text[m.start : m.end] for m in ms] == [m.text for m in ms]


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("全市研发投入达到21\n.8亿元，同比增长6.1%。", "21\n.8亿元", "2180000000"),  # a line never opens with .8
        ("全区科技型企业突破 3\n000 家。", "突破 3\n000 家", "3000"),  # nor with 000
        ("全市技术合同成交额达到 45 . 6 亿元。", "45 . 6 亿元", "4560000000"),
        ("研发人员数量增长了 7 .2%。", "7 .2%", "7.2"),  # a blank before the point only
        ("全年技术交易额达到38. 4亿元。", "38. 4亿元", "3840000000"),  # a blank after it only
    ],
)
def test_a_figure_cut_by_a_line_break_or_spread_around_its_point_is_read_whole(
    text: str, figure: str, value: str
) -> None:
    got = [m for m in mengke.extract(text).metrics if m.text == figure]
    assert [str(m.value) for m in got] == [value]
    assert text[got[0].start : got[0].end] == figure


def test_a_list_number_before_a_word_with_a_digit_is_no_figure_cut_apart() -> None:
    assert mengke.extract("1. 5G基站建设加快推进").metrics == ()
    assert [m.text for m in mengke.extract("重点任务\n2. 5G网络覆盖率达到95%").metrics] == ["95%"]


def test_a_figure_cut_between_digits_by_a_narrow_justified_column_is_read_whole() -> None:
    text = "科技快讯\n\n全市技术合同成交额达到8.6亿元，同比\n增长12.4%，科技型企业数量达到23\n8家，新增了56家。\n"
    got = [(m.text, str(m.value)) for m in mengke.extract(text).metrics]
    assert ("23\n8家", "238") in got
    assert mengke.extract("指标\n12\n35\n").metrics == ()  # a column of numbers is no cut figure


@pytest.mark.parametrize(
    ("column", "figure", "value"),
    [
        ("全区研发经费投入达到297.\n5亿元，比上年增长12.3%。", "297.\n5亿元", "29750000000"),
        ("今年新引进的高层次人才900余\n名，分别来自全国各地的高校院所。", "900余\n名", "900"),
        ("新建的孵化器场地面积达到204平方\n米，入驻的企业和团队已有三十余家。", "204平方\n米", "204"),
        ("服务站累计为企业办理业务80 \n余次，服务群众三百人次以上。", "80 \n余次", "80"),
    ],
)
def test_a_figure_cut_by_a_narrow_column_inside_its_point_qualifier_or_unit_is_read_whole(
    column: str, figure: str, value: str
) -> None:
    above, below = column.split("\n")
    assert abs(len(above.strip()) - len(below)) <= 1  # a justified column: lines as wide as each other
    text = f"科技快讯\n\n{above}\n{below}\n"
    got = [m for m in mengke.extract(text).metrics if m.text == figure]
    assert [str(m.value) for m in got] == [value], [m.text for m in mengke.extract(text).metrics]
    assert text[got[0].start : got[0].end] == figure


def test_a_narrow_column_is_read_as_running_text_but_a_headline_under_a_caption_stays_a_line() -> None:
    column = (
        "科技快讯\n\n今年以来，全市规模以上工业企业研发费\n用同比增长21.3%，科技型中小企业新\n增了56家。\n\n"
        "工作人员为企业讲解申报政策\n某旗科技特派员服务再升级啦\n近日，记者走进某旗科技局，工作人员正在为企业讲解申报政策。\n"
    )
    ex = mengke.extract(column)
    assert [(m.text, m.indicator) for m in ex.metrics] == [
        ("21.3%", "规模以上工业企业研发费用"),
        ("56家", "科技型中小企业"),
    ]
    compacted = compact(column)
    assert compacted is not None and "某旗科技特派员服务再升级啦\n近日" in compacted.text


def _column(paragraph: str, width: int = 15) -> list[str]:
    return [paragraph[k : k + width] for k in range(0, len(paragraph), width)]


def test_a_page_s_column_width_joins_a_paragraph_s_first_line_to_its_short_last_one() -> None:
    lines = [
        *_column(
            "全盟科技工作会议近日召开。会议指出，今年全盟科技型中小企业达到316家，研发投入强度提高到0.85%，技术合同成交额达到9.6亿元。"
        ),
        *_column("2026年，全盟围绕特色产业布局创新链条取得新成效——"),  # two lines: neither as wide as a neighbour
        *_column("全盟新建中试基地6个，服务企业300余家，带动产值增长12亿元。"),
    ]
    text = "某盟科技动态\n\n" + "\n".join(lines) + "\n"
    got = {m.text.replace("\n", ""): m for m in mengke.extract(text).metrics}
    assert got["316家"].indicator == "科技型中小企业"
    assert got["9.6亿元"].indicator == "技术合同成交额"
    compacted = compact(text)
    assert compacted is not None and "布局创新链条取得新成效——\n全盟新建" in compacted.text


def test_a_headline_as_wide_as_the_column_over_its_byline_is_not_joined_to_it() -> None:
    lines = ["某旗科技特派员服务乡村振兴见实效", "本报记者 孟和", *["全旗选派科技特派员120名，覆盖全部嘎查村，"] * 6]
    text = "\n".join(lines) + "\n"
    compacted = compact(text)
    assert compacted is None or "见实效\n本报记者" in compacted.text


def test_spaced_digits_wrapped_by_a_narrow_column_are_one_figure() -> None:
    import mengke

    text = "全盟推广新品种、新技术 1 4\n0 0 余项，带动 4 . 1 万户增收。\n"
    got = mengke.extract(text)
    first = got.metrics[0]
    assert (first.value, first.unit, first.text) == (1400, "项", "1 4\n0 0 余项")


def test_spaced_digits_wrapped_before_their_unit_or_after_the_word_before_are_one_figure() -> None:
    import mengke

    for text, value in (("选派科技特派员 3 5 6 2 \n名，组建团队。", 3562), ("户均增收约 \n3 6 0 0 元。", 3600)):
        assert [m.value for m in mengke.extract(text).metrics] == [value]
