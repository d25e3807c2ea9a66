"""Figures in tables: the unit and the indicator come from the header row, the place from
the first cell of the row; every cell points back at its characters."""

from __future__ import annotations

from decimal import Decimal

import pytest

import mengke
from mengke.records import MetricKind
from mengke.tables import header_column
from mengke.testing import assert_grounded

TABBED = (
    "2025年各市专利授权情况如下：\n"
    "城市\t授权量（件）\t研发投入（亿元）\t同比增长（%）\n"
    "宣城\t5120\t42.5\t8.6\n"
    "池州\t2380\t17.05\t-3.2\n"
    "全省\t98000\t1180\t9.3\n"
)


def test_cells_under_a_header_with_a_unit_are_metrics() -> None:
    ex = mengke.extract(TABBED)
    got = [(m.text, m.value, m.unit, m.kind, m.indicator, m.region, m.year) for m in ex.metrics]
    assert got[:3] == [
        ("5120", Decimal("5120"), "件", MetricKind.COUNT, "授权量", "宣城", 2025),
        ("42.5", Decimal("4250000000"), "元", MetricKind.AMOUNT, "研发投入", "宣城", 2025),
        ("8.6", Decimal("8.6"), "%", MetricKind.CHANGE, "研发投入", "宣城", 2025),
    ]
    assert ("-3.2", Decimal("-3.2")) in [(m.text, m.value) for m in ex.metrics]
    assert_grounded(ex, TABBED)


def test_a_markdown_table_is_read_and_its_rule_row_skipped() -> None:
    text = "| 园区 | 企业数（家） |\n|---|---|\n| 甲园 | 120 |\n| 乙园 | 85 |\n"
    ex = mengke.extract(text)
    assert [(m.text, m.unit, m.indicator, m.region) for m in ex.metrics] == [
        ("120", "家", "企业数", None),
        ("85", "家", "企业数", None),
    ]
    assert_grounded(ex, text)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("成交额（亿元）", ("成交额", "元", Decimal(10**8), MetricKind.AMOUNT)),
        ("从业人员(万人)", ("从业人员", "人", Decimal(10**4), MetricKind.COUNT)),
        ("占比（%）", ("占比", "%", Decimal(1), MetricKind.RATIO)),
        ("增速（％）", ("增速", "%", Decimal(1), MetricKind.CHANGE)),
    ],
)
def test_a_header_names_indicator_unit_and_magnitude(header: str, expected: tuple[object, ...]) -> None:
    col = header_column(header)
    assert col is not None
    assert (col.indicator, col.unit, col.factor, col.kind) == expected


@pytest.mark.parametrize("header", ["城市", "备注（说明）", "名称（）", ""])
def test_a_header_without_a_unit_gives_no_column(header: str) -> None:
    assert header_column(header) is None


def test_two_tabbed_lines_are_no_table() -> None:
    assert mengke.extract("指标\t数值（项）\n专利\t12\n").metrics == ()


def test_a_row_for_the_whole_province_takes_the_story_s_region() -> None:
    text = "安徽省2025年各市新增企业如下：\n地区\t新增企业（家）\n芜湖\t320\n蚌埠\t150\n全省\t2100\n"
    ex = mengke.extract(text)
    assert [(m.text, m.region) for m in ex.metrics] == [("320", "芜湖"), ("150", "蚌埠"), ("2100", "安徽")]


def test_a_table_with_years_across_reads_each_row_label_for_its_unit() -> None:
    import mengke

    text = (
        "某省科技投入稳步增长。\n\t指标\t2024年\t2025年\n"
        "\t研发经费（亿元）\t310.5\t342\n\t研发人员（万人）\t12.4\t13.1\n"
    )
    ms = [m for m in mengke.extract(text, style="generic").metrics if m.year]
    assert [(m.text, str(m.value), m.unit, m.indicator, m.year) for m in ms] == [
        ("310.5", "31050000000", "元", "研发经费", 2024),
        ("342", "34200000000", "元", "研发经费", 2025),
        ("12.4", "124000", "人", "研发人员", 2024),
        ("13.1", "131000", "人", "研发人员", 2025),
    ]


def test_a_table_with_a_unit_column_reads_each_row_in_its_unit_and_the_growth_in_the_last_year() -> None:
    text = (
        "2025年全市创新指标一览\n\n"
        "指标\t单位\t2024年\t2025年\t增长（%）\n"
        "财政科技支出\t亿元\t36.5\t40.2\t10.1\n"
        "新型研发机构\t家\t58\t66\t13.8\n"
        "\n注：2025年为快报数。\n"
    )
    ex = mengke.extract(text, style="generic")
    assert ex.stories[0].title == "2025年全市创新指标一览"
    assert [(m.text, str(m.value), m.unit, m.kind.value, m.indicator, m.year) for m in ex.metrics] == [
        ("36.5", "3650000000", "元", "amount", "财政科技支出", 2024),
        ("40.2", "4020000000", "元", "amount", "财政科技支出", 2025),
        ("10.1", "10.1", "%", "change", "财政科技支出", 2025),
        ("58", "58", "家", "count", "新型研发机构", 2024),
        ("66", "66", "家", "count", "新型研发机构", 2025),
        ("13.8", "13.8", "%", "change", "新型研发机构", 2025),
    ]
    assert_grounded(ex, text)


def test_a_line_of_units_above_the_table_gives_the_columns_that_name_none() -> None:
    text = (
        "表2 2025年各市技术合同成交情况\n单位：亿元，%\n"
        "城市\t成交额\t同比增长\n武汉\t1350.2\t21.5\n襄阳\t210.4\t18.3\n宜昌\t190.8\t15.2\n"
    )
    ms = mengke.extract(text, style="generic").metrics
    assert [(m.text, m.unit, m.kind.value, m.indicator, m.year, m.region) for m in ms][:2] == [
        ("1350.2", "元", "amount", "成交额", 2025, "武汉"),
        ("21.5", "%", "change", "成交额", 2025, "武汉"),
    ]
    assert str(ms[0].value) == "135020000000"
    assert len(ms) == 6


def test_a_table_with_years_across_and_a_growth_column_reads_the_growth_in_the_last_year() -> None:
    text = (
        "| 指标 | 2024年 | 2025年 | 增速 |\n| --- | --- | --- | --- |\n"
        "| 全国技术合同成交额（亿元） | 61500 | 68300 | 11.1% |\n"
        "| 专利授权量（万件） | 90.5 | 96.2 | 6.3% |\n"
    )
    ex = mengke.extract(text)
    got = [(m.text, str(m.value), m.unit, m.kind.value, m.indicator, m.year, m.region) for m in ex.metrics]
    assert got == [
        ("61500", "6150000000000", "元", "amount", "技术合同成交额", 2024, "中国"),
        ("68300", "6830000000000", "元", "amount", "技术合同成交额", 2025, "中国"),
        ("11.1%", "11.1", "%", "change", "技术合同成交额", 2025, "中国"),
        # (the table's first measure is national, so the page is about the nation: its other rows too)
        ("90.5", "905000", "件", "count", "专利授权量", 2024, "中国"),
        ("96.2", "962000", "件", "count", "专利授权量", 2025, "中国"),
        ("6.3%", "6.3", "%", "change", "专利授权量", 2025, "中国"),
    ]
    assert_grounded(ex, text)


def test_under_a_label_header_each_row_names_its_measure_and_the_columns_only_unit_and_kind() -> None:
    text = (
        "某新区科技\n\n今年前三季度，新区各项指标稳中有进。\n"
        "指标\t数值（亿元）\t增速（%）\n研发投入\t36.5\t12.0\n技术合同成交额\t18.2\t-3.5\n"
    )
    ex = mengke.extract(text)
    got = [(m.text, m.unit, m.kind.value, m.indicator) for m in ex.metrics]
    assert got == [
        ("36.5", "元", "amount", "研发投入"),
        ("12.0", "%", "change", "研发投入"),
        ("18.2", "元", "amount", "技术合同成交额"),
        ("-3.5", "%", "change", "技术合同成交额"),
    ]


def test_a_serial_column_is_set_aside_and_a_year_s_actuals_and_a_bare_growth_column_are_read() -> None:
    import mengke

    text = (
        "赤峰市2025年科技指标完成情况\n"
        "序号\t指标名称\t单位\t2025年完成\t同比增长\n"
        "1\t技术合同成交额\t亿元\t8.4\t16.2%\n"
        "2\t高新技术企业数量\t家\t131\t9.0%\n"
        "3\t科技型中小企业数量\t家\t377\t21.5%\n"
    )
    got = [
        (m.text, m.indicator, str(m.value), m.unit, m.kind.value, m.year, m.region)
        for m in mengke.extract(text).metrics
    ]
    assert got == [
        ("8.4", "技术合同成交额", "840000000", "元", "amount", 2025, "赤峰"),
        ("16.2%", "技术合同成交额", "16.2", "%", "change", 2025, "赤峰"),
        ("131", "高新技术企业数量", "131", "家", "count", 2025, "赤峰"),
        ("9.0%", "高新技术企业数量", "9", "%", "change", 2025, "赤峰"),
        ("377", "科技型中小企业数量", "377", "家", "count", 2025, "赤峰"),
        ("21.5%", "科技型中小企业数量", "21.5", "%", "change", 2025, "赤峰"),
    ]


def test_a_growth_column_with_its_unit_in_brackets_closes_a_header_of_years() -> None:
    import mengke

    text = (
        "某市科技指标完成情况\n"
        "指标名称\t2024年\t2025年\t增长（％）\n"
        "技术合同成交额（亿元）\t56\t61.2\t9.3\n"
        "高新技术企业（家）\t165\t191\t15.8\n"
        "科技型中小企业（家）\t410\t482\t17.6\n"
    )
    got = [(m.text, m.indicator, m.unit, m.kind.value, m.year) for m in mengke.extract(text).metrics]
    assert got[:3] == [
        ("56", "技术合同成交额", "元", "amount", 2024),
        ("61.2", "技术合同成交额", "元", "amount", 2025),
        ("9.3", "技术合同成交额", "%", "change", 2025),
    ]
    assert len(got) == 9


PLAN_TABLE = """表2 主要指标
指标	2025年	2030年	属性
研发投入强度（%）	1.1	1.8	预期性
科技型中小企业（家）	420	900	预期性
每万人口发明专利拥有量（件）	4.2	7	约束性
"""


def test_in_a_plan_table_the_remarks_column_is_skipped_and_the_last_year_holds_goals() -> None:
    ms = mengke.extract(PLAN_TABLE).metrics
    assert [(m.text, m.year, m.status.value) for m in ms] == [
        ("1.1", 2025, "actual"),
        ("1.8", 2030, "target"),
        ("420", 2025, "actual"),
        ("900", 2030, "target"),
        ("4.2", 2025, "actual"),
        ("7", 2030, "target"),
    ]
    assert_grounded(mengke.extract(PLAN_TABLE), PLAN_TABLE)


def test_a_column_headed_as_goals_holds_targets_and_growth_is_of_the_last_year_reported() -> None:
    table = (
        "指标\t2024年\t2025年\t2027年目标\t增速\n"
        "研发人员（人）\t5100\t5600\t7000\t9.8%\n"
        "科研机构（个）\t40\t44\t60\t10%\n"
    )
    ms = mengke.extract(table).metrics
    assert [(m.text, m.year, m.status.value) for m in ms][2:4] == [("7000", 2027, "target"), ("9.8%", 2025, "actual")]


def test_a_table_set_in_columns_of_spaces_is_read_with_its_captions_year() -> None:
    text = (
        "现将专项资金予以下达。\n\n附件：2026年度科技专项资金安排表\n\n"
        "序号  项目名称  承担单位  资金（万元）\n"
        "1  稀土材料关键技术  某稀土公司  3000\n"
        "2  绿氢制储运示范  某能源公司  4500\n"
    )
    got = mengke.extract(text)
    assert [(m.text, m.value, m.indicator, m.year) for m in got.metrics] == [
        ("3000", Decimal("30000000"), "资金", 2026),
        ("4500", Decimal("45000000"), "资金", 2026),
    ]
    assert_grounded(got, text)


def test_prose_with_double_spaces_is_no_table() -> None:
    text = "全市研发投入  增长12%。\n企业数量  达到300家。\n平台数量  达到50个。\n"
    assert [m.text for m in mengke.extract(text).metrics] == ["12%", "300家", "50个"]


def test_a_per_capita_count_in_a_table_is_a_ratio_as_in_prose() -> None:
    import mengke

    text = "指标\t单位\t2025年\n每万人口发明专利拥有量\t件\t12.4\n技术合同成交额\t亿元\t96.1\n"
    kinds = {m.indicator: m.kind.value for m in mengke.extract(text).metrics}
    assert kinds == {"每万人口发明专利拥有量": "ratio", "技术合同成交额": "amount"}


def test_a_table_of_places_by_year_measures_what_its_caption_names_in_the_captions_unit() -> None:
    text = (
        "某盟科技工作情况\n\n全盟研发投入持续增长。\n\n表2 各旗县区研发投入（单位：万元）\n"
        "旗县区\t2023年\t2024年\n东胜区\t32000\t38500\n康巴什区\t12800\t15600\n准格尔旗\t21000\t24300\n"
    )
    got = [(m.text, m.value, m.unit, m.indicator, m.year, m.region) for m in mengke.extract(text).metrics]
    assert got[:2] == [
        ("32000", Decimal("320000000"), "元", "研发投入", 2023, "鄂尔多斯"),
        ("38500", Decimal("385000000"), "元", "研发投入", 2024, "鄂尔多斯"),
    ]
    assert len(got) == 6
