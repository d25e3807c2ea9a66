"""Named example tables for the number grammar, written in our own words.

Developed on: the forms listed in issue 2 and ../shared/gold/GUIDE.md. Evaluated on:
../shared/conformance (see tests/test_conformance.py). ``BUGS_CAUGHT`` keeps inputs
that once failed; ``KNOWN_GAPS`` are strict xfails: fix one and the suite says so.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from mengke import ParseError, Qualifier, find_quantities, parse_number

BASIC = {
    "一千零五": "1005",
    "1,005": "1005",
    "１００５": "1005",
    "壹仟零伍": "1005",
    "十": "10",
    "十五": "15",
    "一百零一": "101",
    "二百五十": "250",
    "两千四百五": "2450",
    "一万三": "13000",
    "零点五": "0.5",
    "负四十五亿零四百零四万": "-4504040000",
    "二〇二五": "2025",
    "三分之一": "0.3333333333333333333333333333",
    "百分之五十": "50",
    "壹佰元整": "100",
    "肆角叁分": "0.43",
    "兩千零五": "2005",
}

MAGNITUDES = {
    "1.5万": "15000",
    "4千万亿": "4000000000000000",
    "3万4000": "34000",
    "1,100.9亿": "110090000000",
    "十万零一": "100001",
    "四万万": "400000000",
    "二十億": "2000000000",
    "一亿五千万零六千三百五十五": "150006355",
}

INVALID = ["", "万万", "1..5亿", "点五", "零点", "十一十二", "元整", "负", "abc"]


@pytest.mark.parametrize(("text", "expected"), list({**BASIC, **MAGNITUDES}.items()))
def test_parse_number_reads_whole_numerals(text: str, expected: str) -> None:
    assert parse_number(text) == Decimal(expected)


@pytest.mark.parametrize("text", INVALID)
def test_parse_number_rejects_what_is_not_one_number(text: str) -> None:
    with pytest.raises(ParseError):
        parse_number(text)


def test_parse_error_names_the_offending_character_and_position() -> None:
    with pytest.raises(ParseError) as info:
        parse_number("1..5亿")
    assert info.value.position == 1
    assert "'.'" in str(info.value)
    assert isinstance(info.value, ValueError)


# (text, surface, value, upper, unit, qualifier)
QUANTITIES = [
    ("全年投入 2.4 亿元用于研发", "2.4 亿元", "240000000", None, "元", "exact"),
    ("引进人才 128.5 万余人", "128.5 万余人", "1285000", None, "人", "at_least"),
    ("新建厂房 6 座", "6 座", "6", None, "座", "exact"),
    ("利润增长约2.3倍", "约2.3倍", "2.3", None, "倍", "approx"),
    ("产量翻两番", "翻两番", "4", None, "倍", "exact"),
    ("资金同比翻一番", "翻一番", "2", None, "倍", "exact"),
    ("平台数量翻了一番多", "翻了一番多", "2", None, "倍", "at_least"),
    ("成交额翻了近两番", "翻了近两番", "4", None, "倍", "approx"),
    ("技术合同成交额实现翻番", "翻番", "2", None, "倍", "exact"),  # no count: doubled
    ("企业营收三年翻倍", "翻倍", "2", None, "倍", "exact"),
    ("研发投入约达120亿元", "约达120亿元", "12000000000", None, "元", "approx"),
    ("全区约有1200家企业", "约有1200家", "1200", None, "家", "approx"),
    ("数据中心机架2.5万标准架", "2.5万标准架", "25000", None, "标准架", "exact"),
    ("专利授权量翻了一倍多", "翻了一倍多", "2", None, "倍", "at_least"),
    ("已举办培训班65期", "65期", "65", None, "期", "exact"),
    ("产值翻了超过一番", "翻了超过一番", "2", None, "倍", "at_least"),
    ("八成企业已上云", "八成", "80", None, "%", "exact"),
    ("民营企业占了一半以上", "一半以上", "50", None, "%", "at_least"),
    ("园区营收为新台币1,035亿元", "新台币1,035亿元", "103500000000", None, "新台币", "exact"),
    ("募资港币50亿元", "港币50亿元", "5000000000", None, "港元", "exact"),
    ("新增装机30万千瓦", "30万千瓦", "300000", None, "千瓦", "exact"),
    ("带动近万家企业上云", "近万家", "10000", None, "家", "approx"),
    ("吸引上万名观众", "上万名", "10000", None, "名", "at_least"),
    ("集聚企业万余家", "万余家", "10000", None, "家", "at_least"),
    ("入库企业数量首次突破万家", "突破万家", "10000", None, "家", "at_least"),
    ("每小时灌装鲜奶1.2万盒", "1.2万盒", "12000", None, "盒", "exact"),
    ("投放鱼苗50万尾", "50万尾", "500000", None, "尾", "exact"),
    ("惠及企业3200\n余家", "3200\n余家", "3200", None, "家", "at_least"),  # a line wrapped in the phrase
    ("年营收破亿元", "破亿元", "100000000", None, "元", "at_least"),
    ("营收破二十亿元", "破二十亿元", "2000000000", None, "元", "at_least"),  # a round tens of 亿
    ("迈上千亿元台阶", "迈上千亿元", "100000000000", None, "元", "at_least"),
    ("民营企业数量过半。", "过半", "50", None, "%", "at_least"),
    ("近半数企业开展研发", "近半数", "50", None, "%", "approx"),
    ("总装机达到1.2亿千瓦", "1.2亿千瓦", "120000000.0", None, "千瓦", "exact"),
    ("海上风电100兆瓦", "100兆瓦", "100", None, "兆瓦", "exact"),
    ("储能产能10GWh", "10GWh", "10", None, "吉瓦时", "exact"),
    ("智能算力规模5000P", "5000P", "5000", None, "PFlops", "exact"),
    ("工业用电约一半来自园区", "约一半", "50", None, "%", "approx"),
    ("覆盖率达９２％", "９２％", "92", None, "%", "exact"),
    ("占比提高了1.5个百分点", "1.5个百分点", "1.5", None, "%", "exact"),
    ("共设5至7个站点", "5至7个", "5", "7", "个", "exact"),
    ("计划投资七千到九千亿元", "七千到九千亿元", "700000000000", "900000000000", "元", "exact"),
    ("月薪10~15k元", "10~15k元", "10000", "15000", "元", "exact"),
    ("装机达2000\n万千瓦", "2000\n万千瓦", "20000000", None, "千瓦", "exact"),
    ("签约金额8.6\n  亿元", "8.6\n  亿元", "860000000", None, "元", "exact"),
    ("每组三四个人", "三四个", "3", "4", "个", "approx"),
    ("收入不足500万元", "不足500万元", "5000000", None, "元", "at_most"),
    ("已超过3000家", "超过3000家", "3000", None, "家", "at_least"),
    ("吸纳就业2000人左右", "2000人左右", "2000", None, "人", "approx"),
    ("近千亿元的投入", "近千亿元", "100000000000", None, "元", "approx"),
    ("百余名志愿者参加", "百余名", "100", None, "名", "at_least"),
    ("排名全国第7位", "第7位", "7", None, "位", "exact"),
    ("专利密度位居全省第二。", "第二", "2", None, "位", "exact"),
    ("日产鲜菇一吨半。", "一吨半", "1.5", None, "吨", "exact"),
    ("每天耗电半度", "半度", "0.5", None, "度", "exact"),
    ("最低气温零下15℃", "零下15℃", "-15", None, "℃", "exact"),
    ("工期两年半", "两年半", "2.5", None, "年", "exact"),
    ("缓存五十兆字节", "五十兆字节", "50", None, "MB", "exact"),
    ("主频3.2GHz", "3.2GHz", "3.2", None, "吉赫兹", "exact"),
    ("工作压力20兆帕", "20兆帕", "20", None, "兆帕", "exact"),
    ("建筑面积5000㎡", "5000㎡", "5000", None, "平方米", "exact"),
    ("占地2.5km²", "2.5km²", "2.5", None, "平方公里", "exact"),
    ("增速排名中部第3，", "第3", "3", None, "位", "exact"),
    ("创新能力连续九年全国第一", "第一", "1", None, "位", "exact"),  # the field of the ranking, no verb
    ("综合实力西部第二。", "第二", "2", None, "位", "exact"),
    ("捐款２３０万港元", "２３０万港元", "2300000", None, "港元", "exact"),
    ("种植面积达12万亩", "12万亩", "120000", None, "亩", "exact"),
    ("单价五元三毛", "五元三毛", "5.3", None, "元", "exact"),
    ("旗下有二十几万用户", "二十几万", "200000", None, None, "at_least"),
    ("获得1,250.50元奖励", "1,250.50元", "1250.50", None, "元", "exact"),
    ("产值增长了三倍多，", "三倍多", "3", None, "倍", "at_least"),
    ("效率是过去的1.5倍余。", "1.5倍余", "1.5", None, "倍", "at_least"),
    ("约合4.6亿美元", "约合4.6亿美元", "460000000.0", None, "美元", "approx"),
]


@pytest.mark.parametrize(("text", "surface", "value", "upper", "unit", "qualifier"), QUANTITIES)
def test_find_quantities_reads_number_unit_qualifier_and_range(
    text: str, surface: str, value: str, upper: str | None, unit: str | None, qualifier: str
) -> None:
    found = [q for q in find_quantities(text) if surface in text[q.start : q.end] or text[q.start : q.end] in surface]
    assert found, f"nothing found in {text!r}: {find_quantities(text)}"
    q = found[0]
    assert text[q.start : q.end] == q.surface
    assert q.surface == surface
    assert q.value == Decimal(value)
    assert q.upper == (Decimal(upper) if upper else None)
    assert q.unit == unit
    assert q.qualifier == Qualifier(qualifier)


NOT_QUANTITIES = [
    "2025 年全市工作会议",
    "观测工程二期建成",  # a project's phase
    "科技周报第35期",
    "营收实现翻番式增长",  # a kind of growth, not a doubling said
    "会议定于3 月 10 日召开",
    "1—11月份累计数据",
    "规划期为2021—2025年",
    "“十四五”开局之年",
    "长三角和珠三角的企业",
    "上半年和大半年",
    "打造百亿级企业",
    "推出五个一批举措",
    "黄河三角洲",
    "党的二十届四中全会精神",
    "第十一次党代会召开",
    "召开第十四届人大第三次会议",
    "依照第五条规定",
    "第三季度经济运行",
    "构建“1+7+N”政策体系",
    "围绕“1571”工作部署",
    "推出一系列新举措",
    "全市统一部署",
    "减少二氧化碳排放",
    "巴麦13号品种推广",
    "内蒙古一号卫星发射",
    "效果十分明显",
    "联系电话13712345678",
    "浏览次数:8",
    "订单号 A2021072113213635",
    "发布时间：2026-10-30 08:12",
    "更新于2025/7/1",
    "2024.12.31 星期二",
    "会议14:30开始，17:00结束",
    "2026-03-05T09:30:00Z",
]


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_find_quantities_skips_what_is_not_a_quantity(text: str) -> None:
    assert find_quantities(text) == []


def test_traditional_characters_read_like_simplified() -> None:
    (q,) = find_quantities("投資三億元，")
    assert q.value == Decimal(300000000)
    (q,) = find_quantities("完成五項任務")
    assert (q.value, q.unit) == (Decimal(5), "项")


def test_number_split_from_its_unit_by_a_line_break() -> None:
    text = "新增企业\n320 家，"
    (q,) = find_quantities(text)
    assert (q.value, q.unit) == (Decimal(320), "家")
    assert text[q.start : q.end] == q.surface


def test_a_blank_line_parts_a_number_from_the_word_below() -> None:
    assert [q.unit for q in find_quantities("共有企业 320\n\n本报讯")] == [None]


def test_a_ratio_with_a_colon_is_not_a_clock_time() -> None:
    assert [q.value for q in find_quantities("按1:1比例配套")] == [Decimal(1), Decimal(1)]


def test_percent_points_keep_the_percent_unit_and_say_points_in_kind() -> None:
    (q,) = find_quantities("下降0.8个百分点")
    assert q.unit == "%"
    assert q.kind.value == "percent_point"


BUGS_CAUGHT = [
    # 数 inside 数字 and 指数 was read as the placeholder of 数十
    ("科技指数上升", []),
    # 日元 after 月 is a date followed by 元宵
    ("3 月 3 日元宵节", []),
    # 23700 余人次: a space before 余
    ("服务 23700 余人次", [("23700", "人次")]),
    # 三方 is not three cubic metres
    ("三方协同", []),
]


@pytest.mark.parametrize(("text", "expected"), BUGS_CAUGHT)
def test_bugs_caught(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(str(q.value), q.unit) for q in find_quantities(text) if q.unit]
    assert got == expected


KNOWN_GAPS = [
    # Recognizers reads 两百点两 as two numbers; we read one decimal (deliberately)
    ("“一”和“五”", 2),
]


@pytest.mark.xfail(strict=True, reason="a quoted single numeral is read as a code, like “1571”")
@pytest.mark.parametrize(("text", "count"), KNOWN_GAPS)
def test_known_gaps(text: str, count: int) -> None:
    assert len(find_quantities(text)) == count


def test_a_caller_s_decimal_context_does_not_round_our_figures() -> None:
    """Recognizers-Text sets the process-wide precision to 15; our values stay exact."""
    import decimal

    import mengke

    with decimal.localcontext() as ctx:
        ctx.prec = 5
        assert parse_number("四千五百六十九万八千三百一十一亿四千八百七十二万五千三百八十二") == Decimal(
            "4569831148725382"
        )
        (q,) = find_quantities("投资123456789.12亿元")
        assert q.value == Decimal("12345678912000000")
        assert mengke.extract("全区投资123456789.12亿元。").metrics[0].value == Decimal("12345678912000000")
        assert ctx.prec == 5


def test_find_money_keeps_the_amounts_and_drops_counts_and_shares() -> None:
    from mengke import find_money

    text = "15家企业共投资3.2亿元，其中外资占两成，另有每股1.95港元的认购和人民币800万"
    assert [(q.surface, q.value, q.unit) for q in find_money(text)] == [
        ("3.2亿元", Decimal("320000000.0"), "元"),
        ("1.95港元", Decimal("1.95"), "港元"),
        ("人民币800万", Decimal("8000000"), "元"),
    ]


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("工信部等七部门联合印发", []),
        ("与5家长期合作企业签约", ["5家"]),
        ("出版3部长篇报告", ["3部"]),
        ("5名单位负责人参会", ["5名"]),
    ],
)
def test_a_measure_word_that_begins_a_word_is_no_unit(text: str, surfaces: list[str]) -> None:
    assert [q.surface for q in find_quantities(text) if q.unit] == surfaces


def test_half_after_a_unit_adds_a_half_only_where_half_ends_the_word() -> None:
    assert [q.surface for q in find_quantities("两个半导体企业和6家半成品厂")] == ["两个", "6家"]


def test_po_before_a_large_arabic_figure_is_at_least_but_not_in_a_word() -> None:
    assert [(q.surface, q.qualifier.value) for q in find_quantities("产值破300亿")] == [("破300亿", "at_least")]
    assert [q.surface for q in find_quantities("打破3项纪录")] == ["3项"]


def test_a_qualifier_wrapped_onto_the_next_line_still_qualifies_but_not_across_a_blank_line() -> None:
    assert [q.qualifier.value for q in find_quantities("引进企业50家\n以上。")] == ["at_least"]
    assert [q.qualifier.value for q in find_quantities("引进企业50家\n\n以上数据来自统计局")] == ["exact"]


def test_double_digits_said_in_words_is_no_quantity() -> None:
    assert [q.surface for q in find_quantities("技术合同成交额连续三年保持两位数增长")] == ["三年"]


def test_batches_and_deals_are_counted_but_an_ordinal_batch_is_not() -> None:
    assert [(q.surface, q.unit) for q in find_quantities("抽检产品120批次，签约项目26宗")] == [
        ("120批次", "批次"),
        ("26宗", "宗"),
    ]
    assert find_quantities("第三批次名单公布") == []


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("他们获得了第一，", "第一", "1"),
        ("第二天股价回升", "第二", "2"),
        ("排名第一的企业", "第一", "1"),
        ("第二百五十", "第二百五十", "250"),
        ("第3万回", "第3万", "30000"),
    ],
)
def test_an_ordinal_with_no_measure_of_rank_is_read_as_an_ordinal(text: str, surface: str, value: str) -> None:
    assert [(q.surface, str(q.value), q.kind.value, q.unit) for q in find_quantities(text)] == [
        (surface, value, "ordinal", None)
    ]


def test_ordinals_are_never_metrics() -> None:
    import mengke

    ms = mengke.extract("某市第九次党代会提出，第二阶段共有项目12个，位居全省第一。").metrics
    assert [(m.text, m.kind.value) for m in ms] == [("12个", "count"), ("第一", "rank")]


def test_a_power_and_an_energy_written_with_a_slash_are_two_figures_but_codes_stay_codes() -> None:
    assert [(q.surface, q.unit) for q in find_quantities("储能规模200MW/800MWh")] == [
        ("200MW", "兆瓦"),
        ("800MWh", "兆瓦时"),
    ]
    assert find_quantities("支持5G/4G网络，型号A2021/B") == []


@pytest.mark.parametrize(
    ("text", "value"), [("全区已集聚1000+家科技企业", "1000"), ("累计服务１２００＋家企业", "1200")]
)
def test_a_plus_after_a_count_means_over_it(text: str, value: str) -> None:
    (q,) = find_quantities(text)
    assert (q.value, q.unit, q.qualifier) == (Decimal(value), "家", Qualifier.AT_LEAST)
    assert find_quantities("构建1+7+N政策体系，打造3+2个平台") == []  # codes stay codes


@pytest.mark.parametrize(
    ("text", "value", "upper"),
    [
        ("1.5—2亿元", "150000000", "200000000"),
        ("3.5—4.5亿元", "350000000", "450000000"),
        ("0.5~1.2万人", "5000", "12000"),
    ],
)
def test_both_ends_of_a_range_with_a_magnitude_are_written_plainly(text: str, value: str, upper: str) -> None:
    (q,) = find_quantities(text)
    assert (str(q.value), str(q.upper)) == (value, upper)
