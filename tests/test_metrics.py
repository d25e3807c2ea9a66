"""Attribution rules, one test each, on short texts written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

import mengke
from mengke import Extraction, Metric
from mengke.plugins import PluginHost
from mengke.testing import assert_grounded, make_article


def _read(host: PluginHost, text: str) -> Extraction:
    got = host.extract(make_article(text))
    assert_grounded(got, text)
    return got


def _one(host: PluginHost, text: str, surface: str) -> Metric:
    got = _read(host, text)
    found = [m for m in got.metrics if surface in m.text]
    assert found, f"no metric {surface!r} in {[m.text for m in got.metrics]}"
    return found[0]


def test_a_year_opening_a_sentence_governs_all_its_clauses(host: PluginHost) -> None:
    text = "2024年，全区新增专利授权3100件；技术合同成交额达到56亿元。"
    assert _one(host, text, "3100件").year == 2024
    assert _one(host, text, "56亿元").year == 2024


def test_a_base_year_is_not_the_reference_year(host: PluginHost) -> None:
    m = _one(host, "2023年研发经费达到31亿元，较2020年增长42%。", "42%")
    assert m.year == 2023
    assert m.indicator == "研发经费"
    assert m.kind.value == "change"


def test_since_a_year_is_not_a_reference_year(host: PluginHost) -> None:
    assert _one(host, "2021年以来，累计培育瞪羚企业58家。", "58家").year is None
    text = "自 2022 年异地通办业务开办以来，全旗累计办理业务1.3万件次。"
    assert _one(host, text, "1.3万件次").year is None


def test_a_year_governs_its_own_sentence_only(host: PluginHost) -> None:
    text = "2025年，自治区本级安排科技支出42亿元。其中，基础研究经费6亿元。"
    assert _one(host, text, "42亿元").year == 2025
    assert _one(host, text, "6亿元").year is None  # 其中 after a full stop says no year


def test_no_year_when_the_sentence_says_none(host: PluginHost) -> None:
    assert _one(host, "截至目前，全市共有院士工作站17家。", "17家").year is None


def test_the_region_word_quanqu_means_the_province_of_the_article(host: PluginHost) -> None:
    text = "内蒙古持续加大投入。截至目前，全区国家级孵化器达到26家。"
    assert _one(host, text, "26家").region == "内蒙古"


def test_a_banner_counts_for_its_league(host: PluginHost) -> None:
    text = "乌拉特前旗新建智慧牧场14个。"
    assert _one(host, text, "14个").region == "巴彦淖尔"


def test_the_story_region_fills_in_when_the_sentence_names_none(host: PluginHost) -> None:
    text = "赤峰市推动农业科技创新\n\n今年以来，新建示范基地9个，推广良种面积8万亩。"
    assert _one(host, text, "9个").region == "赤峰"


def test_targets_and_forecasts_follow_their_cue_words(host: PluginHost) -> None:
    text = "力争到2027年研发投入强度达到2.5%。预计全年新增企业500家。当年已建成基站900座。"
    assert _one(host, text, "2.5%").status.value == "target"
    assert _one(host, text, "500家").status.value == "forecast"
    assert _one(host, text, "900座").status.value == "actual"


def test_will_before_a_verb_is_a_plan(host: PluginHost) -> None:
    text = "今年，全盟将新培育科技型企业80家，将继续支持项目40项。全盟研发经费增长9%。"
    assert _one(host, text, "80家").status.value == "target"
    assert _one(host, text, "40项").status.value == "target"
    assert _one(host, text, "9%").status.value == "actual"


def test_items_of_a_list_whose_introduction_says_what_will_be_done_are_targets(host: PluginHost) -> None:
    text = "明年，市科技局将抓好两方面工作：一是新增科技型企业60家；二是实施攻关项目不少于8项。"
    assert _one(host, text, "60家").status.value == "target"
    assert _one(host, text, "不少于8项").status.value == "target"
    text = "上半年，市科技局抓了两方面工作：一是新增科技型企业60家；二是实施攻关项目8项。"
    assert _one(host, text, "8项").status.value == "actual"


def test_a_share_is_a_ratio_and_a_growth_is_a_change(host: PluginHost) -> None:
    text = "企业研发投入占比为65%，同比增长12%，研发强度提升至1.8%。"
    assert _one(host, text, "65%").kind.value == "ratio"
    assert _one(host, text, "12%").kind.value == "change"
    assert _one(host, text, "1.8%").kind.value == "ratio"


def test_ranks_and_moves_in_a_ranking(host: PluginHost) -> None:
    text = "综合排名位列全国第9位，较上年提升3位，排名提升至第9位。"
    assert _one(host, text, "第9位").kind.value == "rank"
    assert _one(host, text, "3位").kind.value == "change"


def test_a_per_capita_figure_is_a_ratio(host: PluginHost) -> None:
    assert _one(host, "每万名从业人员中研发人员达62.4人。", "62.4人").kind.value == "ratio"


def test_the_indicator_skips_openers_verbs_and_adverbs(host: PluginHost) -> None:
    m = _one(host, "目前，全区瞪羚企业已突破 640 家。", "640 家")
    assert m.indicator == "瞪羚企业"
    assert m.qualifier.value == "at_least"
    assert m.indicator_key and m.indicator_key.isascii()


def test_a_count_takes_the_noun_after_its_measure_word(host: PluginHost) -> None:
    assert _one(host, "去年认定 8 家科技企业孵化器，运行良好。", "8 家").indicator == "科技企业孵化器"


def test_a_change_without_a_subject_inherits_the_previous_figure_s(host: PluginHost) -> None:
    text = "科技支出 42.5 亿元，同比增长 16%。"
    assert _one(host, text, "16%").indicator == "科技支出"


def test_money_without_yuan_after_a_money_word_is_money(host: PluginHost) -> None:
    m = _one(host, "全社会研发投入4000亿以上。", "4000亿")
    assert (m.unit, m.value, m.kind.value) == ("元", Decimal("400000000000"), "amount")


@pytest.mark.parametrize(
    "text",
    [
        "会期3天。",
        "儿童年龄在12岁以下。",
        "每万名居民配备一名医生。",
        "2025年工作会议召开。",
        "“十五五”开局之年。",
        "第二十次会议。",
        "共建“1+8+N”体系。",
    ],
)
def test_durations_ages_denominators_years_and_codes_are_not_metrics(host: PluginHost, text: str) -> None:
    assert _read(host, text).metrics == ()


def test_empty_text_gives_an_empty_extraction(host: PluginHost) -> None:
    got = host.extract(make_article(""))
    assert (got.metrics, got.policies, got.stories) == ((), (), ())


def test_a_traditional_character_article_reads_like_a_simplified_one(host: PluginHost) -> None:
    simplified = "2024年，全区技术合同成交额达到56亿元，同比增长12%。"
    traditional = "2024年，全區技術合同成交額達到56億元，同比增長12%。"
    a = _read(host, simplified).metrics
    b = _read(host, traditional).metrics
    assert [(m.value, m.unit, m.kind, m.year, m.indicator_key) for m in a] == [
        (m.value, m.unit, m.kind, m.year, m.indicator_key) for m in b
    ]
    assert b[1].kind.value == "change"


def test_a_comparison_clause_keeps_the_figure_before_s_indicator_and_region(host: PluginHost) -> None:
    text = "通辽市研发费用同比增长18.7%，高于全国平均水平5.2个百分点。"
    m = _one(host, text, "5.2个百分点")
    assert (m.indicator, m.region, m.unit, m.kind.value) == ("研发费用", "通辽", "百分点", "change")


def test_first_three_quarters_is_a_time_not_a_rank(host: PluginHost) -> None:
    assert [m.text for m in _read(host, "前三季度，新增企业42家。").metrics] == ["42家"]


def test_up_to_is_at_most_and_the_object_of_a_grant_is_the_noun_after_it(host: PluginHost) -> None:
    m = _one(host, "对新认定的平台给予最高500万元奖励。", "500万元")
    assert (m.qualifier.value, m.indicator) == ("at_most", "奖励")


def test_after_completion_a_value_is_a_forecast(host: PluginHost) -> None:
    m = _one(host, "项目总投资约8亿元，建成后年产值可达20亿元。", "20亿元")
    assert (m.status.value, m.indicator) == ("forecast", "年产值")


def test_a_span_of_years_gives_its_end_year(host: PluginHost) -> None:
    m = _one(host, "2022—2024年累计投入研发资金36亿元。", "36亿元")
    assert m.year == 2024
    assert "2022" not in (m.indicator or "")


def test_rank_indicators_drop_the_national_scope_and_streaks(host: PluginHost) -> None:
    assert _one(host, "综合实力居全国第9位。", "第9位").indicator == "综合实力"


def test_compound_units_keep_both_parts(host: PluginHost) -> None:
    m = _one(host, "上网电价为0.26元/千瓦时。", "0.26")
    assert (m.unit, m.kind.value) == ("元/千瓦时", "amount")


def test_a_headline_over_two_lines_is_one_title_and_a_dated_header_line_is_the_publication_date(
    host: PluginHost,
) -> None:
    text = (
        "某某市科学技术局\n关于2025年度科技工作情况的通报\n原创 某某科技 2026年03月18日 18:30\n\n"
        "今年新增企业12家，技术合同成交额达到8亿元。\n"
    )
    got = _read(host, text)
    assert got.stories[0].title == "某某市科学技术局 关于2025年度科技工作情况的通报"
    assert str(got.meta.published) == "2026-03-18"
    assert got.metrics[0].year == 2026


def test_from_one_year_to_another_each_figure_gets_its_year_and_the_subject(host: PluginHost) -> None:
    text = "孵化器数量从2021年的18家增加到2025年的47家。"
    first, second = _read(host, text).metrics
    assert (first.year, first.indicator, first.status.value) == (2021, "孵化器数量", "actual")
    assert (second.year, second.indicator, second.status.value) == (2025, "孵化器数量", "actual")


def test_a_planned_investment_is_a_target(host: PluginHost) -> None:
    assert _one(host, "一期投资3亿元，二期计划投资5亿元。", "5亿元").status.value == "target"


def test_a_list_of_goals_keeps_its_status_until_a_semicolon_or_a_figure_said_to_be_met() -> None:
    text = "会议提出，明年要力争研发投入增长12%以上，新认定高新技术企业500家，培育科技型企业800家；目前已有企业300家。"
    statuses = [(m.text, m.status.value) for m in mengke.extract(text).metrics]
    assert statuses == [("12%以上", "target"), ("500家", "target"), ("800家", "target"), ("300家", "actual")]


def test_a_change_said_after_its_level_takes_the_indicator_of_the_level() -> None:
    text = "园区去年营业额为820亿元，较前年成长9.5%，其中光电产业营业额120亿元，年减3.2%。"
    got = [(m.text, m.indicator, m.kind.value) for m in mengke.extract(text).metrics]
    assert got[1] == ("9.5%", "园区营业额", "change")
    assert got[3] == ("3.2%", "光电产业营业额", "change")


def test_money_a_body_will_invest_is_a_plan() -> None:
    (metric,) = mengke.extract("管委会表示，明年将投入约15亿元改造园区管网。").metrics
    assert metric.status.value == "target"


def test_a_year_after_shi_is_a_base_and_a_rise_by_year_is_a_change() -> None:
    ms = mengke.extract("全市有效发明专利达到2.1万件，是2019年的2.4倍；本港初创企业融资额按年上升约两成。").metrics
    assert [(m.text, m.year, m.kind.value) for m in ms] == [
        ("2.1万件", None, "count"),
        ("2.4倍", None, "change"),
        ("约两成", None, "change"),
    ]
    assert ms[-1].region == "香港"


def test_a_threshold_that_names_a_class_is_no_figure_of_its_own() -> None:
    ms = mengke.extract("全市10亿元以上项目开工35个；5000万元以上的企业达到120家，同比增长两成多。").metrics
    assert [(m.text, m.qualifier.value) for m in ms] == [("35个", "exact"), ("120家", "exact"), ("两成多", "at_least")]


def test_a_condition_in_zai_yishang_de_is_no_figure_of_its_own() -> None:
    ms = mengke.extract("对年交易额在2000万元以上的转移机构给予最高100万元奖励。").metrics
    assert [m.text for m in ms] == ["最高100万元"]


def test_thresholds_tied_by_qie_into_one_condition_are_no_figures_and_money_paid_out_names_its_noun() -> None:
    text = "对研发投入超过800万元且增幅达到15%以上的企业，每月发放2000元科研补贴。"
    ms = mengke.extract(text).metrics
    assert [(m.text, m.indicator) for m in ms] == [("2000元", "科研补贴")]


def test_a_verb_and_a_measure_make_one_indicator_and_next_steps_are_targets() -> None:
    ms = mengke.extract("对接会签约项目12个，签约金额达9.2亿元。下一步，全年开展对接活动不少于20场。").metrics
    assert [(m.indicator, m.status.value) for m in ms][1:] == [("签约金额", "actual"), ("对接活动", "target")]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("今年全市技术合同登记成交额达86亿元。", "技术合同登记成交额"),  # registered turnover: one noun
        ("全年签约交易额30亿元。", "签约交易额"),
        ("全县实现成交额12亿元。", "成交额"),  # a result verb's object is the measure
        ("全区完成金额5亿元。", "金额"),
    ],
)
def test_a_verb_before_a_bare_measure_is_part_of_it_unless_it_reports_a_result(text: str, indicator: str) -> None:
    assert [m.indicator for m in mengke.extract(text).metrics] == [indicator]


def test_what_is_given_is_the_measure_whatever_verbs_come_before_the_giving() -> None:
    (m,) = mengke.extract("对首次认定的科技型企业给予一次性补贴20万元。").metrics
    assert m.indicator == "一次性补贴"
    (m,) = mengke.extract("全市科技型中小企业评价入库3100余家。").metrics
    assert m.indicator == "科技型中小企业"


def test_a_laboratory_referred_back_is_the_subject_and_has_no_region() -> None:
    text = "某某实验室揭牌\n\n本报讯 5月8日，某某实验室在合肥揭牌。实验室首期投入资金8亿元。\n"
    (m,) = mengke.extract(text).metrics
    assert (m.text, m.region) == ("8亿元", None)


def test_a_phrase_pointing_back_at_the_figure_before_takes_its_measure() -> None:
    text = "五年前，全县科技型中小企业只有60家。如今，这个数字已经超过400家。这一数据在全市居首。"
    ms = mengke.extract(text).metrics
    assert [(m.text, m.indicator) for m in ms][:2] == [("60家", "科技型中小企业"), ("超过400家", "科技型中小企业")]
    (m,) = mengke.extract("当地的研发投入增长12%。").metrics
    assert m.indicator == "研发投入"


def test_a_ranking_published_by_a_ministry_is_the_ranking_not_the_ministry() -> None:
    text = "近日，科技部公布2025年国家创新型城市创新能力评价结果，长沙位列全国第11位。"
    (m,) = mengke.extract(text).metrics
    assert (m.text, m.indicator, m.region) == ("第11位", "国家创新型城市创新能力评价", "长沙")


def test_a_verb_pair_closing_the_phrase_is_stripped_whole() -> None:
    (m,) = mengke.extract("全市新能源公交车推广应用超过800辆。").metrics
    assert m.indicator == "新能源公交车"


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("其中，现代农牧业科技攻关项目12项。", "现代农牧业科技攻关项目"),  # 现 opens 现代, no opener
        ("其他企业研发投入5亿元。", "其他企业研发投入"),
        ("全年并购项目9个。", "并购项目"),
        ("其研发投入增长8%。", "研发投入"),  # 其 alone is an opener
        ("还有企业23家。", "企业"),
    ],
)
def test_an_opener_s_character_that_begins_a_word_is_not_stripped(text: str, indicator: str) -> None:
    assert [m.indicator for m in mengke.extract(text).metrics] == [indicator]


def test_funds_named_by_their_purpose_keep_it_and_a_full_coverage_ends_the_counted_noun() -> None:
    ms = mengke.extract("该市实施项目20项，财政扶持资金9000万元，实现全市86个嘎查村全覆盖。").metrics
    assert [m.indicator for m in ms] == ["项目", "财政扶持资金", "嘎查村"]


def test_nouns_listed_before_a_count_are_counted_together_unless_the_list_is_a_modifier() -> None:
    ms = mengke.extract("去年累计推广新品种、新技术210余项。").metrics
    assert [m.indicator for m in ms] == ["新品种、新技术"]
    ms = mengke.extract("累计获得国家、自治区资助经费2.6亿元。").metrics
    assert [m.indicator for m in ms] == ["资助经费"]  # levels: where the funds came from
    ms = mengke.extract("为职工办理社保卡、居住证等业务提供服务60余次。").metrics
    assert [m.indicator for m in ms] == ["服务"]
    ms = mengke.extract("广州、深圳等城市的独角兽企业达80家。").metrics
    assert [m.indicator for m in ms] == ["独角兽企业"]
    ms = mengke.extract("全区新增孵化器、众创空间共15个。").metrics
    assert [m.indicator for m in ms] == ["孵化器、众创空间"]


def test_a_speaker_s_we_and_every_year_are_not_part_of_the_measure() -> None:
    (m,) = mengke.extract("“我们的研发投入每年都在增长，去年达到了6000万元。”企业负责人说。").metrics
    assert m.indicator == "研发投入"


def test_a_count_of_bodies_ends_where_they_join_in_forming_something() -> None:
    ms = mengke.extract("该市联合区内外9家科研院所组建草原生态修复创新联合体。").metrics
    assert [(m.text, m.indicator) for m in ms] == [("9家", "科研院所")]


def test_a_share_in_tenths_before_a_noun_is_a_share_of_that_noun() -> None:
    ms = mengke.extract("全年培训农牧民3000人次，覆盖近4成嘎查村；逾七成规上企业开展研发活动。").metrics
    assert [m.indicator for m in ms] == ["培训农牧民", "嘎查村", "规上企业"]


def test_projects_starting_and_bodies_matched_are_counted_without_the_verb() -> None:
    ms = mengke.extract("亿元以上科技项目开工28个，上百家科研机构对接企业需求。").metrics
    assert [m.indicator for m in ms] == ["亿元以上科技项目", "科研机构"]


def test_the_three_industries_are_no_count() -> None:
    ms = mengke.extract("三次产业结构比为11.8:50.6:37.6，全市召开三次产业协调会议4次。").metrics
    assert [(m.text, m.indicator) for m in ms] == [("4次", "三次产业协调会议")]


def test_a_digest_s_bracketed_label_is_no_part_of_the_measure() -> None:
    (m,) = mengke.extract("【通辽】通辽市技术合同成交额突破9亿元。").metrics
    assert (m.indicator, m.region) == ("技术合同成交额", "通辽")


def test_a_figure_naming_a_class_with_ji_is_part_of_the_noun_after_it() -> None:
    ms = mengke.extract("全市签约项目20个，其中百亿元级项目3个；500kg级无人机交付8架。").metrics
    assert [(m.text, m.indicator) for m in ms] == [
        ("20个", "签约项目"),
        ("3个", "百亿元级项目"),
        ("8架", "500kg级无人机"),
    ]


@pytest.mark.parametrize(
    "text", ["科技型中小企业新增310家。", "科技型中小企业新增了310家。", "科技型中小企业新认定310家。"]
)
def test_a_verb_of_adding_after_the_noun_counted_is_no_part_of_it(text: str) -> None:
    assert [m.indicator for m in mengke.extract(text).metrics] == ["科技型中小企业"]


def test_the_class_after_its_examples_and_deng_is_what_is_counted() -> None:
    ms = mengke.extract("先后出台《某盟人才引进办法》《某盟科技奖励办法》等政策文件9个，新建孵化器等平台4个。").metrics
    assert [m.indicator for m in ms] == ["政策文件", "平台"]
    (m,) = mengke.extract("全区高等院校科研经费达到6亿元。").metrics
    assert m.indicator == "高等院校科研经费"  # 等 inside a word


def test_a_word_processor_s_bookmark_does_not_lengthen_a_title_into_prose() -> None:
    text = "[bookmark: _GoBack]某盟：“十四五”以来科技工作综述\n“十四五”以来，全盟研发经费年均增长12.1％。\n"
    (m,) = mengke.extract(text).metrics
    assert (m.status.value, m.indicator) == ("actual", "研发经费")


def test_a_bound_before_a_noun_of_support_qualifies_the_figure_after_it() -> None:
    (m,) = mengke.extract("单个企业最高补助80万元。").metrics
    assert (m.qualifier.value, m.indicator) == ("at_most", "补助")  # the grant; who each one goes to is its scope
    (m,) = mengke.extract("全市研发投入最高的企业达到5亿元。").metrics
    assert m.qualifier.value == "exact"  # 最高 of a company, not of the figure


def test_a_completion_rate_is_actual_and_a_national_level_count_keeps_its_city() -> None:
    text = "宣城市新增国家级专精特新企业6家。全年技术合同成交额完成年度目标任务的112.5%。"
    ms = mengke.extract(text).metrics
    assert [(m.text, m.region, m.status.value) for m in ms] == [("6家", "宣城", "actual"), ("112.5%", "宣城", "actual")]


def test_month_ranges_and_quarters_open_no_indicator() -> None:
    text = "2025年1—9月全省集成电路产量同比增长12%，前三季度软件业务收入达到860亿元，增速在9%至11%之间。"
    ms = mengke.extract(text).metrics
    assert [m.indicator for m in ms] == ["集成电路产量", "软件业务收入", "软件业务收入"]  # the rate is of the revenue


def test_the_clauses_of_a_headline_part_at_spaces() -> None:
    ms = mengke.extract("我省5项成果获奖 区域创新能力排名升至全国第10位\n\n正文从略。").metrics
    assert [(m.text, m.indicator) for m in ms][-1] == ("第10位", "区域创新能力排名")


def test_figures_after_fenbie_go_to_the_listed_subjects_in_turn() -> None:
    text = "全年高技术制造业、装备制造业和数字经济核心产业增加值分别增长11.5%、8.7%和14.2%。"
    assert [m.indicator for m in mengke.extract(text).metrics] == [
        "高技术制造业增加值",
        "装备制造业增加值",
        "数字经济核心产业增加值",
    ]


def test_figures_after_fenbie_go_to_the_listed_places_in_turn() -> None:
    text = "包头和呼和浩特的高新技术企业分别达到700家和1200家。"
    assert [(m.indicator, m.region) for m in mengke.extract(text).metrics] == [
        ("高新技术企业", "包头"),
        ("高新技术企业", "呼和浩特"),
    ]


def test_figures_listed_with_their_places_go_each_to_its_own_place() -> None:
    text = "2025年，全省新增科技型企业900家，其中南京市320家、苏州市280家、无锡市150家。"
    assert [m.region for m in mengke.extract(text).metrics] == ["江苏", "南京", "苏州", "无锡"]
    # a level before a listed figure (自治区重点任务) is no place of its own
    text = "乌海市获批国家科技项目5项、自治区科技项目18项。"
    assert [m.region for m in mengke.extract(text).metrics] == ["乌海", "乌海"]


def test_parks_named_after_their_places_before_fenbie_are_bodies_with_no_region() -> None:
    text = "赤峰高新区、通辽经济技术开发区在全区的位次分别提升4位、2位。"
    assert [(m.indicator, m.region) for m in mengke.extract(text).metrics] == [
        ("在全区的位次", None),
        ("在全区的位次", None),
    ]
    text = "赤峰、通辽的高新区数量分别为3个和2个。"  # places and a measure of them: each its place
    assert [m.region for m in mengke.extract(text).metrics] == ["赤峰", "通辽"]


def test_places_listed_before_fenbie_at_a_paragraph_s_start_go_to_the_figures_in_turn() -> None:
    text = "内蒙古科技动态\n\n乌海和阿拉善的研发投入分别增长7%和13%。\n"
    assert [(m.indicator, m.region) for m in mengke.extract(text).metrics] == [
        ("研发投入", "乌海"),
        ("研发投入", "阿拉善"),
    ]


def test_several_places_together_as_the_subject_are_no_one_place() -> None:
    text = "内蒙古科技动态\n\n赤峰、通辽两市高新技术企业占全区的25%。\n"
    assert [m.region for m in mengke.extract(text).metrics] == [None]


def test_chips_are_counted_in_pieces_not_yuan() -> None:
    (m,) = mengke.extract("全年集成电路产量为96亿块。").metrics
    assert (m.unit, m.kind.value) == ("块", "count")


def test_an_amount_in_yuan_after_one_in_another_currency_keeps_that_currency() -> None:
    ms = mengke.extract("科技预算总额达新台币1,200亿元，较上年增加约90亿元。另投入人民币5亿元。").metrics
    assert [m.unit for m in ms] == ["新台币", "新台币", "元"]


def test_a_traditional_character_portal_page_reads_like_a_simplified_one() -> None:
    text = "首頁 > 新聞稿\n科技預算成長8%\n發布日期：2025-08-21 發布單位：規劃處\n今年科技預算增加約100億元。\n"
    ex = mengke.extract(text)
    assert ex.style == "portal_page"
    assert str(ex.meta.published) == "2025-08-21"


def test_a_physical_value_before_the_product_it_describes_has_no_region() -> None:
    ms = mengke.extract("包头市研制的20兆瓦燃气轮机下线，全市风电装机达到1200万千瓦。").metrics
    assert [(m.text, m.region) for m in ms] == [("20兆瓦", None), ("1200万千瓦", "包头")]


def test_a_ranking_scope_like_zhongbu_is_no_indicator() -> None:
    ms = mengke.extract("上半年工业增加值增长6.8%，增速居全国第6位、中部第2位。").metrics
    assert [(m.text, m.indicator) for m in ms][1:] == [("第6位", "增速"), ("第2位", "增速")]


def test_a_level_alone_takes_the_noun_just_counted() -> None:
    ms = mengke.extract("全年新增省级以上研发平台29家，其中国家级4家；专利授权量下降3%，降幅收窄0.8个百分点。").metrics
    assert [m.indicator for m in ms] == ["省级以上研发平台", "国家级研发平台", "专利授权量", "降幅"]


def test_a_taiwan_page_reads_republic_of_china_years() -> None:
    # indicators are read from the folded text: simplified forms
    text = (
        "高雄市政府表示，114年度共核定創新研發補助案58件，補助金額約新台幣8,000萬元。"
        "市府預計至116年半導體產值可突破新台幣2兆元。"
    )
    ms = mengke.extract(text).metrics
    assert [(m.text, m.indicator, m.year, m.status.value) for m in ms] == [
        ("58件", "创新研发补助案", 2025, "actual"),
        ("約新台幣8,000萬元", "补助金额", 2025, "actual"),
        ("突破新台幣2兆元", "半导体产值", 2027, "forecast"),
    ]


def test_on_a_taiwan_page_the_nation_is_taiwan_and_a_bracketed_dateline_gives_the_reporter() -> None:
    text = (
        "科技預算再創新高\n\n"
        "【記者陳怡君／台北報導】行政院今日表示，114年度全國科技預算達新台幣1,390億元，"
        "占全國總預算之4.6%。\n"
    )
    ex = mengke.extract(text)
    assert ex.stories[0].authors == ("陳怡君",)
    assert ex.stories[0].region == "台湾"
    assert [(m.indicator, m.region) for m in ex.metrics] == [("科技预算", "台湾"), ("科技预算占全国总预算", "台湾")]


def test_gai_shi_is_the_city_last_named_and_not_part_of_the_indicator() -> None:
    text = "长沙市研发投入增长9%，长沙高新区贡献过半。湘潭市新增高新技术企业120家。该市有效发明专利数量增长15%。"
    ms = mengke.extract(text, style="generic").metrics
    assert [(m.indicator, m.region) for m in ms][-1] == ("有效发明专利数量", "湘潭")


def test_a_place_whose_name_opens_with_an_opener_word_stays_a_place() -> None:
    (m,) = mengke.extract("和林格尔县新增科技型企业30家。", style="generic").metrics
    assert (m.indicator, m.region) == ("科技型企业", "呼和浩特")


def test_a_place_a_blank_line_apart_from_the_figure_is_not_its_region() -> None:
    # a PDF page: the line ending in a place belongs to another column
    text = "宁波科技动态\n\n宁波市专利授权量增长8%。当天，嘉兴\n\n完成技术交易额18亿元。\n"
    ms = mengke.extract(text, style="generic").metrics
    assert [(m.text, m.region) for m in ms] == [("8%", "宁波"), ("18亿元", "宁波")]


def test_a_net_increase_before_the_noun_is_a_verb_not_part_of_the_indicator() -> None:
    ms = mengke.extract("全年净增科技型中小企业410家，总数达2900家。").metrics
    assert ms[0].indicator == "科技型中小企业"


def test_last_year_as_the_base_of_a_comparison_is_not_the_year_of_the_figure() -> None:
    text = "日期：2025年6月30日\n\n今年上半年，全市新增专利授权5200件，比去年同期多出约600件。\n"
    ms = mengke.extract(text, style="generic").metrics
    assert [(m.text, m.indicator, m.year) for m in ms] == [("5200件", "专利授权", 2025), ("约600件", "专利授权", 2025)]


def test_verbs_of_publishing_and_applying_are_cut_from_the_indicator() -> None:
    ms = mengke.extract("研究院去年发表SCI论文320篇，申请发明专利150件。").metrics
    assert [m.indicator for m in ms] == ["SCI论文", "发明专利"]
    ms = mengke.extract("全年举办对接活动36场，促成合作项目90项。").metrics
    assert [m.indicator for m in ms] == ["对接活动", "合作项目"]


def test_the_base_of_a_multiple_is_not_part_of_the_indicator() -> None:
    ms = mengke.extract("全市新型研发机构数量是五年前的三倍，研发投入相当于上年同期的1.4倍。").metrics
    assert [(m.text, m.indicator) for m in ms] == [("三倍", "新型研发机构数量"), ("1.4倍", "研发投入")]


def test_how_long_a_change_took_is_not_part_of_the_indicator() -> None:
    ms = mengke.extract("全市企业营收三年翻两番，研发投入5年增长了1.2倍，专利授权量6个月增长30%。").metrics
    assert [(m.text, m.indicator) for m in ms] == [("翻两番", "企业营收"), ("1.2倍", "研发投入"), ("30%", "专利授权量")]


def test_the_base_of_a_change_said_before_its_verb_is_not_part_of_the_indicator() -> None:
    text = "新品种亩产650公斤，较当地主栽品种增产120公斤。试验田比对照田增产18%，比亚迪公司研发投入增长20%。"
    got = [(m.text, m.indicator) for m in mengke.extract(text).metrics]
    assert got == [("650公斤", "新品种亩产"), ("120公斤", "增产"), ("18%", "试验田增产"), ("20%", "比亚迪公司研发投入")]


def test_a_date_in_figures_gives_the_year_and_is_not_part_of_the_indicator() -> None:
    got = [(m.indicator, m.year) for m in mengke.extract("2025.12 全区新增企业120家。营收2025.12亿元。").metrics]
    assert got == [("新增企业", 2025), ("营收", None)]
    (m,) = mengke.extract("截至2025/12/31，累计登记成果356项。").metrics
    assert m.year == 2025


def test_a_count_of_things_that_made_a_list_ends_before_the_verb() -> None:
    got = [m.indicator for m in mengke.extract("榜单中，我区有2台超算上榜，12家企业入围全国百强。").metrics]
    assert got == ["超算", "企业"]


def test_the_count_a_sum_is_given_per_is_no_figure() -> None:
    text = "每引进1名顶尖人才给予安家补贴200万元，每新增1家规上企业奖励10万元。每年新增120家企业。"
    got = [(m.text, m.indicator) for m in mengke.extract(text).metrics]
    assert got == [("200万元", "安家补贴"), ("10万元", "规上企业奖励"), ("120家", "企业")]


def test_a_lead_over_a_benchmark_said_with_its_base_is_of_the_figure_before() -> None:
    text = "示范区平均亩产达到1285公斤，较全市平均水平高出约40%。"
    assert [m.indicator for m in mengke.extract(text).metrics] == ["示范区平均亩产", "示范区平均亩产"]


def test_who_made_the_thing_measured_is_not_part_of_the_indicator() -> None:
    text = "某公司研发的异质结电池转化效率达到26.8%，某研究所开发的储能系统能量密度提高30%。"
    got = [(m.text, m.indicator) for m in mengke.extract(text).metrics]
    assert got == [("26.8%", "异质结电池转化效率"), ("30%", "储能系统能量密度")]


def test_a_bare_total_after_a_clause_naming_a_budget_measures_that_budget() -> None:
    text = "某部门公布明年度科技发展预算，总额达1652亿元。某市发放科技创新券，金额共计3000万元。"
    got = [(m.text, m.indicator) for m in mengke.extract(text).metrics]
    assert got == [("1652亿元", "科技发展预算"), ("3000万元", "科技创新券")]


def test_a_verb_alone_before_a_figure_is_not_part_of_the_indicator() -> None:
    text = "明年科技预算增逾一成。其中前瞻研究专案编列78亿元，研发投入逐年递增15%。"
    got = [(m.text, m.indicator) for m in mengke.extract(text).metrics]
    assert got == [("逾一成", "科技预算"), ("78亿元", "前瞻研究专案"), ("15%", "研发投入")]


def test_a_sum_granted_after_a_goal_in_its_sentence_is_no_goal() -> None:
    text = "某市2026年科技工作要点\n\n二、重点任务\n（二）新建市级以上重点实验室5个，每个给予最高200万元支持。\n"
    assert [(m.text, m.status.value) for m in mengke.extract(text).metrics] == [
        ("5个", "target"),
        ("最高200万元", "actual"),
    ]


def test_figures_after_a_clause_saying_what_is_to_be_done_are_goals() -> None:
    text = "会议要求，2026年要围绕重点产业，实施科技项目40项以上。主要围绕重点产业，实施科技项目40项。"
    assert [m.status.value for m in mengke.extract(text).metrics] == ["target", "actual"]


def test_the_share_of_an_expected_figure_is_expected_too() -> None:
    text = "2025年全省研发经费支出预计超过5100亿元，占地区生产总值比重达3.6%。"
    assert [m.status.value for m in mengke.extract(text).metrics] == ["forecast", "forecast"]


def test_measures_listed_before_fenbie_keep_their_own_names_fields_share_the_last_ones() -> None:
    cases = {
        "研发投入和技术合同成交额分别增长12%和8.5%。": ["研发投入", "技术合同成交额"],
        "企业和高校研发经费分别为30亿元和8亿元。": ["企业研发经费", "高校研发经费"],
        "工业、农业和服务业增加值分别增长5%、3%和6%。": ["工业增加值", "农业增加值", "服务业增加值"],
    }
    for text, want in cases.items():
        assert [m.indicator for m in mengke.extract(text).metrics] == want, text


def test_counts_after_fenbie_with_their_noun_after_them_keep_that_noun() -> None:
    text = (
        "数码港及科学园已分别吸引超过2,100间及1,800间科创企业进驻。高新技术企业与科技型中小企业分别达到120家和300家。"
    )
    got = [(m.text, m.indicator) for m in mengke.extract(text).metrics]
    assert got == [
        ("超过2,100间", "科创企业"),
        ("1,800间", "科创企业"),
        ("120家", "高新技术企业"),
        ("300家", "科技型中小企业"),
    ]
    text = "包头、鄂尔多斯两市分别有高新技术企业120家、80家。"
    got = [(m.indicator, m.region) for m in mengke.extract(text).metrics]
    assert got == [("高新技术企业", "包头"), ("高新技术企业", "鄂尔多斯")]


def test_a_level_listed_before_a_noun_shares_that_noun() -> None:
    got = [(m.text, m.indicator) for m in mengke.extract("建设1个国家级、5个自治区级重点实验室。").metrics]
    assert got == [("1个", "国家级重点实验室"), ("5个", "自治区级重点实验室")]


def test_who_leads_is_not_part_of_the_people_counted() -> None:
    (m,) = mengke.extract("组建了由12位院士领衔的专家团队。").metrics
    assert m.indicator == "院士"


def test_firms_paid_and_the_sum_paid_them_are_named_apart() -> None:
    text = "全市共向126家企业兑付创新券资金1860万元，带动企业购买科技服务4200万元。"
    got = [(m.text, m.indicator) for m in mengke.extract(text).metrics]
    assert got == [("126家", "企业"), ("1860万元", "创新券资金"), ("4200万元", "科技服务")]


def test_a_bare_hundred_million_passed_as_a_milestone_after_a_money_word_is_money() -> None:
    text = "某市技术交易额突破百亿大关，研发投入首次迈上百亿台阶。"
    got = [(m.text, m.value, m.unit, m.qualifier.value) for m in mengke.extract(text).metrics]
    assert got == [
        ("突破百亿", Decimal("10000000000"), "元", "at_least"),
        ("迈上百亿", Decimal("10000000000"), "元", "at_least"),
    ]


def test_a_ratio_to_a_base_said_after_a_figure_is_that_figures_ratio() -> None:
    text = "全年研发经费支出235.6亿元，比上年增长9.1%，与地区生产总值之比为1.01%。"
    assert mengke.extract(text).metrics[-1].indicator == "研发经费支出与地区生产总值之比"


def test_firms_counted_end_before_what_they_applied_for() -> None:
    (m,) = mengke.extract("全区共有2300余家企业申领创新券。").metrics
    assert m.indicator == "企业"


def test_the_things_counted_end_before_where_they_are() -> None:
    text = "全区有5家企业位于园区内，其中12家企业落户高新区。新建3个技术转移中心。"
    assert [m.indicator for m in mengke.extract(text).metrics] == ["企业", "企业", "技术转移中心"]


def test_suo_in_a_reference_to_a_figure_is_no_measure_word() -> None:
    text = "如图1所示，全区有高校54所，3所属单位参与。"
    assert [m.text for m in mengke.extract(text).metrics] == ["54所"]


def test_qi_before_jian_is_a_time_not_sessions() -> None:
    assert [m.text for m in mengke.extract("五一期间，科技馆接待游客。已举办培训班65期。").metrics] == ["65期"]


def test_within_a_place_is_not_part_of_the_indicator() -> None:
    got = [(m.text, m.indicator) for m in mengke.extract("旗内重点企业研发投入达到6.8亿元，市内高校12所。").metrics]
    assert got == [("6.8亿元", "重点企业研发投入"), ("12所", "高校")]


def test_a_grant_a_body_provides_is_named_by_the_noun_after_it() -> None:
    (m,) = mengke.extract("为每家合资格企业提供最多1500万元资助。").metrics
    assert (m.indicator, m.qualifier.value) == ("资助", "at_most")


def test_places_listed_before_fenbie_share_the_measure_said_before_them() -> None:
    text = "2024年，全国新认定高新技术企业达到5.1万家，其中江苏、浙江分别为6200家和5300家。"
    ms = mengke.extract(text).metrics
    assert [(m.text, m.indicator, m.region) for m in ms][1:] == [
        ("6200家", "高新技术企业", "江苏"),
        ("5300家", "高新技术企业", "浙江"),
    ]
    ms = mengke.extract("宁波和温州分别增长12%和9%。").metrics
    assert [(m.indicator, m.region) for m in ms] == [(None, "宁波"), (None, "温州")]


def test_the_later_ranks_of_a_list_after_a_verb_of_ranking_are_ranks() -> None:
    ms = mengke.extract("合肥市科技创新指数居全省第一、全国第十。").metrics
    assert [(m.text, m.kind.value) for m in ms] == [("第一", "rank"), ("第十", "rank")]


def test_a_benchmark_said_with_bi_is_not_part_of_the_indicator() -> None:
    ms = mengke.extract("全省高技术制造业增加值增长9%，增速比全国高1.8个百分点。").metrics
    assert [m.indicator for m in ms] == ["高技术制造业增加值", "高技术制造业增加值"]


def test_an_opener_saying_the_goal_was_met_makes_the_figures_after_it_actual() -> None:
    ms = mengke.extract("这一目标已于去年提前完成，全市高新技术企业达到2100家。").metrics
    assert [m.status.value for m in ms] == ["actual"]
    ms = mengke.extract("累计建成孵化器120家，力争明年达到150家。").metrics
    assert [m.status.value for m in ms] == ["actual", "target"]


def test_a_share_said_right_after_a_place_s_figure_is_that_place_s() -> None:
    ms = mengke.extract("分城市看，郑州市研发经费达到390亿元，占全省的31.5%；洛阳市120亿元。").metrics
    assert [(m.text, m.region) for m in ms] == [("390亿元", "郑州"), ("31.5%", "郑州"), ("120亿元", "洛阳")]


def test_a_count_with_a_noun_of_its_own_after_a_money_word_is_no_amount() -> None:
    ms = mengke.extract("数据中心机架规模达到8万标准机架，研发投入规模达到300亿。").metrics
    got = [(m.text, m.unit, m.kind.value) for m in ms]
    assert got == [("8万标准机架", "标准机架", "count"), ("300亿", "元", "amount")]


def test_a_price_per_unit_keeps_the_price_as_its_indicator() -> None:
    (m,) = mengke.extract("工业用电平均价格为每千瓦时0.52元。").metrics
    assert (m.indicator, m.unit) == ("工业用电平均价格", "元")


def test_a_share_threshold_before_a_class_is_no_figure_and_a_per_capita_rate_keeps_its_denominator() -> None:
    ms = mengke.extract("研发投入占营业收入比重达到5%以上的高新技术企业有86家。").metrics
    assert [m.text for m in ms] == ["86家"]
    (m,) = mengke.extract("每万人拥有充电桩数量达到41个。").metrics
    assert (m.kind.value, m.indicator) == ("ratio", "每万人拥有充电桩数量")


def test_an_average_rate_over_years_gone_by_is_actual_and_over_years_to_come_a_target() -> None:
    ms = mengke.extract("近五年，全省财政科技支出年均增长13%。到2030年，研发投入年均增长8%以上。").metrics
    assert [m.status.value for m in ms] == ["actual", "target"]


def test_percentage_points_said_once_after_a_list_of_figures_are_shared() -> None:
    text = "专利和合同增幅分别高于全国平均水平4.3个和7.9个百分点。"
    ms = mengke.extract(text).metrics
    assert [(m.text, m.unit, m.kind.value) for m in ms] == [
        ("4.3个", "百分点", "change"),
        ("7.9个百分点", "百分点", "change"),
    ]
    ms = mengke.extract("提高1.2个、0.8个百分点").metrics
    assert [m.indicator for m in ms] == [None, None]  # no subject: not the figure before


def test_a_fiscal_year_inside_the_phrase_is_cut_whole() -> None:
    (m,) = mengke.extract("2024年度全省基础研究经费投入42亿元。").metrics
    assert (m.indicator, m.year) == ("基础研究经费投入", 2024)


def test_an_area_of_several_regions_is_no_region_and_not_part_of_the_indicator() -> None:
    text = "江苏科技动态\n\n江苏省技术合同成交额达到4200亿元。长三角区域技术合同成交额超过1.4万亿元。\n"
    ms = mengke.extract(text).metrics
    assert [(m.indicator, m.region) for m in ms] == [("技术合同成交额", "江苏"), ("技术合同成交额", None)]
    (m,) = mengke.extract("黄河流域9省区研发投入增长8%。").metrics
    assert m.indicator == "研发投入"


def test_a_share_of_a_basis_that_names_a_growth_is_a_ratio_and_post_subsidy_funds_keep_their_name() -> None:
    ms = mengke.extract("按新增研发投入的15%给予奖励。市财政每年安排后补助资金8000万元。").metrics
    assert [(m.kind.value, m.indicator) for m in ms] == [("ratio", "研发投入"), ("amount", "后补助资金")]


def test_a_clause_comparing_with_bi_keeps_the_figure_before_and_among_is_cut_from_the_noun() -> None:
    ms = mengke.extract("区域创新能力指数为71.2%，比全国平均水平低6.4个百分点。").metrics
    assert [m.indicator for m in ms] == ["区域创新能力指数", "区域创新能力指数"]
    ms = mengke.extract("新认定的120家市级工程技术研究中心中，企业牵头的占八成。").metrics
    assert ms[0].indicator == "市级工程技术研究中心"
    (m,) = mengke.extract("与全国平均水平的差距缩小至0.9个百分点。").metrics
    assert m.indicator == "与全国平均水平的差距"


def test_the_noun_after_a_count_stops_at_the_verb_that_follows_it() -> None:
    ms = mengke.extract("累计为1.6万家次企业减免税费32亿元，攻关团队由40名工程师组成。").metrics
    assert [m.indicator for m in ms] == ["企业", "税费", "工程师"]


def test_a_share_of_a_basis_said_with_wei_is_a_ratio_of_the_measure_before_it() -> None:
    ms = mengke.extract("研发费用加计扣除上限为应纳税额的25%，补助标准为合同金额的5%。").metrics
    assert [(m.kind.value, m.indicator) for m in ms] == [("ratio", "研发费用加计扣除上限"), ("ratio", "补助标准")]


def test_a_century_on_a_mainland_page_is_no_year() -> None:
    (m,) = mengke.extract("这家有100年历史的老厂研发投入达到2亿元。").metrics
    assert m.year is None


def test_time_words_at_the_start_of_a_clause_are_not_the_indicator() -> None:
    text = "年末有效发明专利拥有量3.2万件。前三季软件业务收入增长9%。全省科技型中小企业入库9000家。"
    ms = mengke.extract(text).metrics
    assert [m.indicator for m in ms] == ["有效发明专利拥有量", "软件业务收入", "科技型中小企业"]


def test_the_thing_approved_or_signed_is_the_indicator_not_the_verb() -> None:
    ms = mengke.extract("全年共签订技术合同1.8万项，市府核定研发补助案120件。").metrics
    assert [m.indicator for m in ms] == ["技术合同", "研发补助案"]


def test_the_place_a_figure_is_compared_with_or_a_share_of_is_not_its_region() -> None:
    text = "安徽省研发经费占全国的比重达2.9%。规上工业增加值增速高于全国平均水平1.6个百分点。"
    ms = mengke.extract(text, style="generic").metrics
    assert [(m.indicator, m.region) for m in ms] == [("研发经费占全国的比重", "安徽"), ("规上工业增加值增速", "安徽")]
    text = "合肥市专利授权量增速高于全国平均水平3个百分点。"
    (m,) = mengke.extract(text).metrics
    assert (m.indicator, m.region) == ("专利授权量增速", "合肥")


def test_a_count_of_places_before_a_shared_measure_is_stripped() -> None:
    ms = mengke.extract("芜湖、马鞍山两市高新技术企业分别增长12%和9%。").metrics
    assert [(m.indicator, m.region) for m in ms] == [("高新技术企业", "芜湖"), ("高新技术企业", "马鞍山")]


def test_a_threshold_before_a_noun_phrase_ending_in_a_class_is_no_metric() -> None:
    ms = mengke.extract("对年成交额超过5000万元的技术转移服务机构，给予最高50万元奖励。").metrics
    assert [m.text for m in ms] == ["最高50万元"]


def test_the_scope_of_a_ranking_is_not_the_region_of_the_ranked_figure() -> None:
    ms = mengke.extract("绵阳市每万人口发明专利拥有量达7.8件，位居全省第二。").metrics
    assert [(m.text, m.kind.value, m.region) for m in ms] == [("7.8件", "ratio", "绵阳"), ("第二", "rank", "绵阳")]


def test_a_place_opening_a_part_after_a_semicolon_is_the_region_of_that_part() -> None:
    text = "苏州市工业机器人产量居全省第一；无锡市集成电路产值达2100亿元，增长7.5%。"
    ms = mengke.extract(text, style="generic").metrics
    assert [(m.text, m.region) for m in ms] == [("第一", "苏州"), ("2100亿元", "无锡"), ("7.5%", "无锡")]
    # a part that names no place keeps the place that opens the sentence
    ms = mengke.extract("常州市新增专精特新企业85家；新建工程技术中心12个。", style="generic").metrics
    assert [m.region for m in ms] == ["常州", "常州"]


def test_the_place_something_was_first_in_is_not_the_region_of_the_figure() -> None:
    text = "无锡市软件企业达到310家；全省首创揭榜攻关机制，带动19个项目落地。"
    ms = mengke.extract(text, style="generic").metrics
    assert [(m.text, m.region) for m in ms] == [("310家", "无锡"), ("19个", "无锡")]
    text = "扬州市在全省率先建成概念验证中心6家。"
    (m,) = mengke.extract(text, style="generic").metrics
    assert m.region == "扬州"


def test_a_span_of_years_closing_the_phrase_is_not_part_of_the_indicator() -> None:
    ms = mengke.extract("成都市科技成果转化指数连续5年位居全国第三。").metrics
    assert [(m.text, m.indicator) for m in ms] == [("第三", "科技成果转化指数")]
    ms = mengke.extract("全省专利授权量近三年来年均增长11%。").metrics
    assert [m.indicator for m in ms] == ["专利授权量"]


def test_small_counts_listed_before_a_slogan_head_count_nothing() -> None:
    ms = mengke.extract("全省围绕三个中心、两个高地、一个枢纽的发展定位，新增研发平台两个、孵化器三个。").metrics
    assert [m.text for m in ms] == ["两个", "三个"]
    ms = mengke.extract("全市落实五大任务、三项改革总体思路。").metrics
    assert ms == ()


def test_a_place_alone_before_a_figure_takes_the_measure_said_before_it() -> None:
    ms = mengke.extract("杭州市软件业务收入达到6200亿元，宁波市2400亿元。").metrics
    assert [(m.indicator, m.region) for m in ms] == [("软件业务收入", "杭州"), ("软件业务收入", "宁波")]


def test_list_bullets_from_a_converted_document_are_not_part_of_the_indicator() -> None:
    ms = mengke.extract("Ø 软件业务收入首次突破1万亿元；\n➢ 电子信息制造业营业收入2.1万亿元。").metrics
    assert [m.indicator for m in ms] == ["软件业务收入", "电子信息制造业营业收入"]


def test_a_goal_year_in_a_middle_clause_makes_the_figure_a_target() -> None:
    (m,) = mengke.extract("规划提出，到2030年，全社会研发投入强度达到3.5%。").metrics
    assert (m.status.value, m.year) == ("target", 2030)


def test_by_a_year_already_past_when_the_page_was_written_reports_what_was_reached() -> None:
    page = (
        "某市科技工作综述\n2026年2月3日\n\n"
        "到2025年底，全市高新技术企业达到760家。到2027年，全市高新技术企业将达到1000家。\n"
    )
    ms = mengke.extract(page, style="generic").metrics
    assert [(m.text, m.status.value) for m in ms] == [("760家", "actual"), ("1000家", "target")]


def test_prose_with_spaces_between_its_words_keeps_the_whole_indicator() -> None:
    (m,) = mengke.extract("全省规上工业企业研发 经费支出 同比 增长 11.3%。").metrics
    assert m.indicator == "规上工业企业研发经费支出"


def test_a_lead_byline_in_brackets_is_no_part_of_the_first_indicator() -> None:
    (m,) = mengke.extract("本报讯（记者 李红 通讯员 赵明）今年全省智慧农场增至45个。").metrics
    assert m.indicator == "智慧农场"


def test_a_bare_yuan_on_a_hong_kong_page_is_the_hong_kong_dollar() -> None:
    ms = mengke.extract("本港創科基金去年批出逾25億元。另有內地企業投資人民幣3億元。").metrics
    assert [(m.text, m.unit, m.indicator) for m in ms] == [
        ("逾25億元", "港元", "创科基金"),
        ("人民幣3億元", "元", "内地企业投资"),
    ]


def test_a_relative_year_inside_a_phrase_is_no_part_of_the_indicator() -> None:
    (m,) = mengke.extract("园区去年营业额为820亿元。").metrics
    assert m.indicator == "园区营业额"


def test_plans_and_goals_said_in_other_words_are_targets() -> None:
    ms = mengke.extract("今年计划新增企业200家。规划到2035年建成科技强省，研发投入强度达到3%左右。").metrics
    assert [(m.text, m.status.value) for m in ms] == [("200家", "target"), ("3%左右", "target")]
    (m,) = mengke.extract("预期到年底产值可达50亿元。").metrics
    assert (m.status.value, m.indicator) == ("forecast", "产值")


def test_by_a_month_already_past_or_already_reached_is_no_goal() -> None:
    page = "某市住建工作综述\n2025年12月10日\n\n到2025年11月，全市新建绿色建筑占比突破85%。\n"
    (m,) = mengke.extract(page, style="generic").metrics
    assert m.status.value == "actual"
    (m,) = mengke.extract("到2030年，全市绿色建筑占比已达到70%。").metrics
    assert m.status.value == "actual"
    (m,) = mengke.extract("到2030年，全市绿色建筑占比达到90%。").metrics
    assert m.status.value == "target"


def test_a_count_of_people_takes_the_noun_after_their_age() -> None:
    ms = mengke.extract("全市为3200名60岁以上老年人提供上门服务，支持500名35周岁以下青年科技人才。").metrics
    assert [(m.text, m.indicator) for m in ms] == [("3200名", "老年人"), ("500名", "青年科技人才")]


def test_the_noun_after_a_count_stops_before_an_adverb() -> None:
    ms = mengke.extract("我市12个项目成功入选省级计划，8家企业顺利通过认定。").metrics
    assert [m.indicator for m in ms] == ["项目", "企业"]


def test_headline_forms_of_breaking_through_and_moving_up_a_ranking() -> None:
    got = [(m.text, m.qualifier.value, m.kind.value, m.indicator) for m in mengke.extract("全市营收破百亿").metrics]
    assert got == [("破百亿", "at_least", "amount", "营收")]
    assert [m.qualifier.value for m in mengke.extract("打破3项纪录").metrics] == ["exact"]
    (m,) = mengke.extract("区域创新能力排名前移5个位次。").metrics
    assert (str(m.value), m.unit, m.kind.value, m.indicator) == ("5", "位", "change", "区域创新能力排名")


def test_a_source_clause_does_not_hide_the_place_that_opens_the_sentence() -> None:
    text = "记者从科技部获悉，2025年全国共登记技术合同72万项，成交额达到6.2万亿元。"
    ms = mengke.extract("广东省科技工作会议召开。\n" + text).metrics
    assert [(m.text, m.region) for m in ms] == [("72万项", "中国"), ("6.2万亿元", "中国")]


def test_respectively_after_a_clause_listing_places_takes_them_in_turn() -> None:
    text = "其中，广东、北京、江苏成交额位居前三，分别为9800亿元、8500亿元和5400亿元。"
    ms = [m for m in mengke.extract(text).metrics if m.unit == "元"]
    assert [(m.indicator, m.region) for m in ms] == [("成交额", "广东"), ("成交额", "北京"), ("成交额", "江苏")]


def test_a_share_of_a_basis_takes_the_basis_as_its_indicator() -> None:
    ms = mengke.extract("对租用智能算力的企业按合同金额的10%给予补贴。按期完成率达到95%。").metrics
    assert [m.indicator for m in ms] == ["合同金额", "按期完成率"]


def test_the_noun_after_a_count_stops_before_the_verb_of_the_next_figure() -> None:
    ms = mengke.extract("全省36家企业技术中心共引进高端人才近300人。").metrics
    assert [(m.text, m.indicator) for m in ms] == [("36家", "企业技术中心"), ("近300人", "高端人才")]


def test_a_share_keeps_the_word_share_in_its_indicator() -> None:
    (m,) = mengke.extract("研发人员中硕士以上学历占比达到42%。").metrics
    assert (m.indicator, m.kind.value) == ("研发人员中硕士以上学历占比", "ratio")


def test_completed_after_a_measure_is_no_part_of_it() -> None:
    ms = mengke.extract("一般公共预算收入完成312亿元，固定资产投资完成率达到98%。").metrics
    assert [m.indicator for m in ms] == ["一般公共预算收入", "固定资产投资完成率"]


def test_respectively_after_figures_said_in_turn_takes_their_subjects_in_turn() -> None:
    text = "高新技术企业达到1.45万家，科技型中小企业2.8万家，分别增长13%和21%。"
    ms = mengke.extract(text).metrics
    assert [(m.text, m.indicator) for m in ms][2:] == [("13%", "高新技术企业"), ("21%", "科技型中小企业")]


def test_a_long_name_of_a_park_or_company_before_the_measure_is_not_the_indicator() -> None:
    text = "某市滨河高新技术产业开发区工业总产值增长12%。国家高新技术产业开发区数量达到5家。华为公司营收增长10%。"
    ms = mengke.extract(text).metrics
    assert [m.indicator for m in ms] == ["工业总产值", "国家高新技术产业开发区数量", "华为公司营收"]


def test_an_amount_written_before_a_fund_is_the_size_of_that_fund() -> None:
    ms = mengke.extract("设立3亿元天使投资基金和首支1亿元概念验证专项基金。").metrics
    assert [(m.text, m.indicator) for m in ms] == [("3亿元", "天使投资基金"), ("1亿元", "概念验证专项基金")]


def test_a_figure_said_of_one_company_park_or_school_has_no_region() -> None:
    text = (
        "宁夏科技动态\n\n"
        "银川市技术合同成交额达到46亿元。"
        "宁东能源化工基地研究院联合高校攻克关键技术12项。"
        "某某光伏股份公司拿出利润的8%奖励研发团队，全年申请发明专利35件。\n"
    )
    ms = mengke.extract(text).metrics
    assert [(m.text, m.region) for m in ms] == [
        ("46亿元", "银川"),
        ("12项", None),
        ("8%", None),
        ("35件", None),
    ]


def test_a_park_named_after_a_time_opener_is_the_subject_of_every_figure_of_its_sentence() -> None:
    text = "四川科技动态\n\n今年1—9月，某某高新区专利授权量达1.2万件，同比增长约18%。\n"
    assert [(m.text, m.region) for m in mengke.extract(text).metrics] == [("1.2万件", None), ("约18%", None)]


def test_a_level_after_a_verb_of_obtaining_is_where_projects_come_from_not_the_place() -> None:
    text = "乌兰察布市科技工作\n\n全年争取自治区科技计划项目19项，获得支持资金2100万元。\n"
    assert [m.region for m in mengke.extract(text).metrics] == ["乌兰察布", "乌兰察布"]


def test_a_figure_said_of_one_platform_or_facility_has_no_region_a_count_of_them_has() -> None:
    text = (
        "包头市科技局介绍，北方稀土创新服务平台汇聚用户1.2万人。"
        "包头市，青山公园提供了200个停车位。包头市今年新建创新平台26个。"
    )
    got = [(m.text, m.region) for m in mengke.extract(text).metrics]
    assert got == [("1.2万人", None), ("200个", None), ("26个", "包头")]


def test_a_body_opening_its_part_of_the_sentence_is_the_subject_of_the_figures_there() -> None:
    text = "赤峰科技动态\n\n全市新增创新平台42个；某某种业技术创新中心获批国家级分中心，选育新品种6个。\n"
    assert [(m.text, m.region) for m in mengke.extract(text).metrics] == [("42个", "赤峰"), ("6个", None)]


def test_bodies_counted_or_a_class_of_bodies_keep_the_place() -> None:
    text = (
        "宁夏科技动态\n\n"
        "全区国家级高新区实现营业收入900亿元。"
        "银川市新认定自治区级工程技术研究中心等15家。"
        "石嘴山市工业园区内38家企业全面复产。\n"
    )
    ms = mengke.extract(text).metrics
    assert [(m.text, m.region) for m in ms] == [("900亿元", "宁夏"), ("15家", "银川"), ("38家", "石嘴山")]


def test_the_noun_counted_drops_a_closing_deng_and_stops_before_a_manner_word() -> None:
    ms = mengke.extract("银川市新认定自治区级工程技术研究中心等15家。园区内38家企业全面复产。").metrics
    assert [m.indicator for m in ms] == ["自治区级工程技术研究中心", "企业"]


def test_a_figure_whose_unit_is_on_the_next_line_past_its_sentence_end_is_read_without_error() -> None:
    ms = mengke.extract("科技新闻\n\n浏览 12\n本报讯 今年新增企业5家。\n").metrics
    assert [m.text for m in ms][-1] == "5家"


def test_a_multiple_of_a_benchmark_keeps_the_measure_and_place_of_the_figure_before() -> None:
    text = "东莞科技\n\n东莞市每万人发明专利拥有量达到96件，是全国平均水平的约7倍。\n"
    m = mengke.extract(text).metrics[-1]
    assert (m.text, m.indicator, m.region, m.kind.value) == ("约7倍", "每万人发明专利拥有量", "东莞", "change")


def test_a_clause_that_is_an_opener_alone_passes_the_place_to_the_clause_after_it() -> None:
    text = "四川科技\n\n全省研发经费1500亿元。其中，绵阳市研发经费240亿元，投入强度6.5%。\n"
    assert [m.region for m in mengke.extract(text).metrics] == ["四川", "绵阳", "绵阳"]


def test_a_digest_label_before_a_city_gives_way_to_the_city() -> None:
    text = "## 地方动态\n\n**江苏**：南京市新增科技型中小企业4300家，同比增长18%。\n"
    assert [m.region for m in mengke.extract(text).metrics] == ["南京", "南京"]


def test_the_coming_years_make_a_plan_and_are_cut_from_the_indicator() -> None:
    (m,) = mengke.extract("东莞市将在未来五年投入约30亿元。").metrics
    assert (m.status.value, m.indicator) == ("target", "投入")


def test_a_time_after_a_company_name_is_cut_from_the_indicator() -> None:
    (m,) = mengke.extract("某某电子科技股份有限公司前三季度研发投入超过40亿元。").metrics
    assert m.indicator == "研发投入"


def test_first_passed_is_at_least_and_a_ranking_field_is_cut_with_its_verb() -> None:
    ms = mengke.extract("全市科研经费首破20亿元，国家自然科学基金立项数居全国高校第12位。").metrics
    assert [(m.text, m.qualifier.value, m.indicator) for m in ms] == [
        ("首破20亿元", "at_least", "科研经费"),
        ("第12位", "exact", "国家自然科学基金立项数"),
    ]


def test_a_wire_dateline_is_where_the_story_was_filed_and_a_central_source_makes_it_national() -> None:
    text = "新华社上海3月9日电（记者 何平）国家统计局9日发布数据显示，前两个月，规模以上高技术制造业增加值增长8.1%。\n"
    ex = mengke.extract(text)
    assert ex.stories[0].region == "中国"
    assert ex.metrics[0].region == "中国"


def test_a_cap_for_each_body_of_a_class_keeps_the_place() -> None:
    text = "江西科技\n\n省级财政给予配套支持，单个孵化器最高不超过300万元。\n"
    (m,) = mengke.extract(text).metrics
    assert (m.region, m.qualifier.value) == ("江西", "at_most")


def test_a_part_of_the_year_inside_the_phrase_is_cut_and_a_new_area_is_a_place() -> None:
    (m,) = mengke.extract("经开区前三季度营业收入增长12%。").metrics
    assert m.indicator == "经开区营业收入"
    (m,) = mengke.extract("重庆两江新区前三季度研发投入增长15%。").metrics
    assert (m.indicator, m.region) == ("研发投入", "重庆")


def test_a_share_of_a_basis_said_with_ba_is_a_ratio_of_that_basis() -> None:
    (m,) = mengke.extract("企业每年把营业收入的6%以上投入研发。").metrics
    assert (m.indicator, m.kind.value) == ("营业收入", "ratio")


def test_a_list_item_number_is_not_read_and_a_province_before_its_city_gives_the_city() -> None:
    text = "## 各地动态\n\n1. **江苏省**一季度高新技术产业产值同比增长11.3%。\n2. 山东济南新认定专精特新企业312家。\n"
    ms = mengke.extract(text).metrics
    assert [(m.indicator, m.region) for m in ms] == [("高新技术产业产值", "江苏"), ("专精特新企业", "济南")]


def test_a_city_s_own_park_is_one_body_and_its_figures_have_no_region() -> None:
    (m,) = mengke.extract("赣州科技\n\n赣州高新区在全国综合排名中提升9位。\n").metrics
    assert m.region is None
    (m,) = mengke.extract("江西科技\n\n江西国家高新区实现营业收入9000亿元。\n").metrics
    assert m.region == "江西"


def test_a_percent_before_a_rate_of_growth_is_a_change_of_the_measure_before() -> None:
    ms = mengke.extract("全市财政科技支出增长35%，连续三年保持30%以上增速。").metrics
    assert [(m.kind.value, m.indicator) for m in ms] == [("change", "财政科技支出"), ("change", "财政科技支出")]
    (m,) = mengke.extract("全区研发投入保持15%的增速。").metrics
    assert (m.kind.value, m.indicator) == ("change", "研发投入")
    (m,) = mengke.extract("全省研发投入保持12%以上增长。").metrics
    assert (m.kind.value, m.indicator) == ("change", "研发投入")


def test_a_span_of_many_years_before_a_ranking_is_when_not_what() -> None:
    ms = mengke.extract("全省研发投入强度达3.1%，连续多年位居全国第二。").metrics
    assert [(m.kind.value, m.indicator) for m in ms] == [("ratio", "研发投入强度"), ("rank", "研发投入强度")]


def test_a_ranking_said_with_zai_zhong_is_the_indicator() -> None:
    ms = mengke.extract("某某高新区在全国综合排名中提升12位，跃居第98位。").metrics
    assert [m.indicator for m in ms] == ["全国综合排名", "全国综合排名"]


def test_a_county_level_city_with_its_suffix_is_its_league_and_an_area_inside_a_region_is_none() -> None:
    text = "内蒙古科技\n\n满洲里市技术合同成交额达2亿元。蒙东地区新增科技型企业500家。\n"
    ms = mengke.extract(text).metrics
    assert [(m.indicator, m.region) for m in ms] == [("技术合同成交额", "呼伦贝尔"), ("科技型企业", None)]


def test_a_rate_over_years_said_after_a_figure_reached_is_reached_too() -> None:
    ms = mengke.extract("全区科技型中小企业达到1560家，年均增长20%以上。").metrics
    assert [m.status.value for m in ms] == ["actual", "actual"]
    ms = mengke.extract("力争高新技术企业达到1000家，年均增长15%。").metrics
    assert [m.status.value for m in ms] == ["target", "target"]


def test_a_change_in_points_then_the_level_reached_are_two_figures() -> None:
    ms = mengke.extract("全区研发经费投入强度同比提高0.2个百分点至1.26%。").metrics
    assert [(m.text, m.kind.value, m.indicator) for m in ms] == [
        ("0.2个百分点", "change", "研发经费投入强度"),
        ("1.26%", "ratio", "研发经费投入强度"),
    ]


def test_a_share_from_one_level_to_another_is_two_levels_and_value_added_is_no_change_word() -> None:
    ms = mengke.extract("高技术制造业增加值占规上工业比重由8.5%提升至10.2%。").metrics
    assert [m.kind.value for m in ms] == ["ratio", "ratio"]


def test_a_fraction_said_in_words_is_a_share_in_percent_rounded_to_two_places_when_it_does_not_end() -> None:
    (m,) = mengke.extract("研发投入占全国的五分之二。").metrics
    assert (m.text, m.value, m.unit, m.kind.value) == ("五分之二", Decimal(40), "%", "ratio")
    (m,) = mengke.extract("占比四分之一以上。").metrics
    assert (m.value, m.qualifier.value) == (Decimal(25), "at_least")
    (m,) = mengke.extract("全省高新技术企业数量占全国的六分之一。").metrics
    assert (m.text, m.value, m.unit, m.kind.value) == ("六分之一", Decimal("16.67"), "%", "ratio")
    (m,) = mengke.extract("两地研发投入占全区的三分之二以上。").metrics
    assert (m.value, m.qualifier.value) == (Decimal("66.67"), "at_least")


def test_the_whole_a_share_is_of_is_named_without_its_among_word() -> None:
    text = "全区科技型企业中，约40%集中于省会。在这些企业中，六成以上开展了研发活动。参与企业中，高中学历员工占30%。"
    got = [(m.text, m.indicator) for m in mengke.extract(text).metrics]
    assert got == [("约40%", "科技型企业"), ("六成以上", "企业"), ("30%", "高中学历员工")]


def test_a_fraction_after_a_verb_of_change_is_a_change() -> None:
    text = "审批时间压缩三分之一。研发投入增长了五分之一。全市研发投入占全区的三分之一。"
    assert [m.kind.value for m in mengke.extract(text).metrics] == ["change", "change", "ratio"]


def test_a_share_said_about_is_approximate() -> None:
    ms = mengke.extract("全市研发投入约占全省的40%，专利授权量近占全省的三分之一。").metrics
    assert [(m.value, m.qualifier.value) for m in ms] == [(Decimal(40), "approx"), (Decimal("33.33"), "approx")]


def test_who_intends_a_goal_is_cut_from_the_measure() -> None:
    (m,) = mengke.extract("下一步，市科技局将力争2026年全市研发投入强度达到1.5%以上。").metrics
    assert (m.indicator, m.status.value, m.year) == ("研发投入强度", "target", 2026)


def test_a_planned_total_is_a_goal_and_what_follows_a_condition_is_the_measure() -> None:
    (m,) = mengke.extract("项目计划总投资50亿元。").metrics
    assert m.status.value == "target"
    (m,) = mengke.extract("项目建成后年产值可达10亿元。").metrics
    assert (m.indicator, m.status.value) == ("年产值", "forecast")
    (m,) = mengke.extract("目标到2027年全区研发投入突破500亿元。").metrics
    assert (m.indicator, m.status.value) == ("研发投入", "target")


def test_a_body_referred_back_to_is_the_subject_and_its_figures_have_no_region() -> None:
    text = "包头科技\n\n包头市新增企业12家。公司累计申请专利超过2万件。该公司研发投入增长20%。公司数量达到300家。\n"
    assert [m.region for m in mengke.extract(text).metrics] == ["包头", None, None, "包头"]
    text = "包头科技\n\n包头市新建社区服务站3个。社区已协商解决难题50余件。\n"
    assert [m.region for m in mengke.extract(text).metrics] == ["包头", None]


def test_an_intent_word_after_the_measure_leaves_the_measure() -> None:
    (m,) = mengke.extract("到2027年，全省技术合同成交额力争达到2500亿元。").metrics
    assert m.indicator == "技术合同成交额"


def test_a_school_after_a_province_or_companies_in_a_list_are_bodies() -> None:
    text = "包头科技\n\n内蒙古大学新增国家级科研平台2个。伊利集团、蒙牛集团等龙头企业研发投入均超过10亿元。\n"
    assert [m.region for m in mengke.extract(text).metrics] == [None, None]
    text = "包头科技\n\n包头市第一中学获评示范学校。学校共开设科技课程20门。\n"
    assert [(m.indicator, m.region) for m in mengke.extract(text).metrics] == [("科技课程", None)]


def test_a_firm_doing_things_in_turn_is_one_firm_but_firms_measured_are_the_class() -> None:
    text = "包头科技\n\n企业陆续签下3200套设备订单。企业研发投入增长15%。\n"
    assert [m.region for m in mengke.extract(text).metrics] == [None, "包头"]


def test_a_time_alone_opening_the_sentence_passes_the_place_to_the_clause_after_it() -> None:
    text = "内蒙古科技\n\n2024年，包头市新增企业120家，同比增长15%。\n"
    assert [m.region for m in mengke.extract(text).metrics] == ["包头", "包头"]


def test_a_verb_after_the_people_counted_starts_what_they_do_not_what_is_counted() -> None:
    ms = mengke.extract("某旗派出农技专家85名深入田间地头，组织青年科技人员40人参与攻关。").metrics
    assert [(m.text, m.indicator) for m in ms] == [("85名", "农技专家"), ("40人", "青年科技人员")]


def test_a_service_verb_after_a_count_of_persons_starts_their_deed_but_opens_a_noun_after_other_counts() -> None:
    ms = mengke.extract("某盟组织农牧专家320人次服务养殖户，梳理出9项服务事项。").metrics
    assert [(m.text, m.indicator) for m in ms] == [("320人次", "农牧专家"), ("9项", "服务事项")]


def test_a_plan_with_the_time_it_takes_makes_its_figures_targets() -> None:
    ms = mengke.extract("某市印发实施方案，计划两年内建设中试基地12个，年底前认定示范企业30家。").metrics
    assert [(m.indicator, m.status.value) for m in ms] == [("中试基地", "target"), ("示范企业", "target")]


def test_a_level_stepped_up_to_is_passed_and_the_step_is_no_indicator() -> None:
    ms = mengke.extract("全市软件业营业收入去年首次迈上五百亿元台阶，今年站上六百亿元。").metrics
    assert (ms[0].value, ms[0].qualifier.value, ms[0].indicator) == (
        Decimal("50000000000"),
        "at_least",
        "软件业营业收入",
    )
    assert ms[1].qualifier.value == "at_least"


def test_of_two_verbs_before_the_noun_the_last_one_is_cut_off() -> None:
    (m,) = mengke.extract("某旗五年来引进培育各类农牧技术人才860余人。").metrics
    assert m.indicator == "农牧技术人才"


def test_a_verb_that_names_the_kind_of_a_bare_noun_stays_with_it() -> None:
    ms = mengke.extract("某市去年支持转化项目75个，获得授权专利310件。").metrics
    assert [m.indicator for m in ms] == ["转化项目", "授权专利"]


def test_a_clause_that_keeps_up_a_rate_names_its_subject_for_the_figure_after_it() -> None:
    ms = mengke.extract("全旗财政科技支出连续四年保持较快增长，去年达到1.6亿元。").metrics
    assert [(m.text, m.indicator) for m in ms] == [("1.6亿元", "财政科技支出")]


def test_funds_named_before_the_body_that_provides_them_are_what_the_amount_measures() -> None:
    (m,) = mengke.extract("本细则所称中试平台补助资金，由旗财政每年统筹安排不低于800万元。").metrics
    assert (m.indicator, m.qualifier.value) == ("中试平台补助资金", "at_least")


def test_a_forecast_cue_and_a_time_between_the_noun_and_the_figure_are_not_part_of_it() -> None:
    (m,) = mengke.extract("全盟专精特新企业预计年内将超过90家。").metrics
    assert (m.indicator, m.status.value) == ("专精特新企业", "forecast")


def test_a_verb_after_its_object_makes_one_noun_with_it() -> None:
    (m,) = mengke.extract("职务技术成果转化净收入的60%可用于奖励团队。").metrics
    assert m.indicator == "职务技术成果转化净收入"
    (m,) = mengke.extract("项目投产后可年产碳纤维5000吨。").metrics
    assert m.indicator == "年产碳纤维"


def test_a_clause_opening_with_a_verb_keeps_the_company_of_the_clause_before_as_its_subject() -> None:
    text = "某地科技新闻\n\n该集团去年研发投入超过6亿元，拥有有效发明专利超过900件。"
    assert [(m.text, m.region) for m in mengke.extract(text).metrics] == [("超过6亿元", None), ("超过900件", None)]


def test_what_was_invested_in_all_is_the_noun_after_the_verb() -> None:
    (m,) = mengke.extract("自治区在草种业领域累计投入科技经费2.3亿元。").metrics
    assert m.indicator == "科技经费"


@pytest.mark.parametrize("text", ["过去一块钢板要轧三遍。", "记者看到一组数据。", "场内一只机械臂正在焊接。"])
def test_one_before_a_measure_word_and_a_noun_is_an_article_not_a_figure(text: str) -> None:
    assert mengke.extract(text).metrics == ()


def test_a_change_from_a_year_gives_that_year_to_its_first_figure_only() -> None:
    text = "某市科技新闻\n\n全市孵化器数量由2021年的18个增加到目前的40个，翻了一番多。"
    got = [(m.text, m.indicator, m.year, m.qualifier.value) for m in mengke.extract(text).metrics]
    assert got == [
        ("18个", "孵化器数量", 2021, "exact"),
        ("40个", "孵化器数量", None, "exact"),
        ("翻了一番多", "孵化器数量", None, "at_least"),
    ]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [("过去五年全盟专利授权量达到3200件。", "专利授权量"), ("该企业近三年研发投入1.6亿元。", "企业研发投入")],
)
def test_a_span_of_years_in_the_phrase_is_when_not_what(text: str, indicator: str) -> None:
    (m,) = mengke.extract(text).metrics
    assert m.indicator == indicator


def test_a_slogan_s_list_wrapped_by_a_narrow_column_is_still_a_slogan() -> None:
    text = "科技快讯\n\n一年来，全盟立足三个中心、两个基地、一个枢\n纽的发展定位，新建研发平台12个。\n"
    assert [m.text for m in mengke.extract(text).metrics] == ["12个"]


def test_then_at_the_start_of_the_phrase_is_when_not_what() -> None:
    (m,) = mengke.extract("基地预计2028年建成，届时年产值可达45亿元。").metrics
    assert (m.indicator, m.status.value) == ("年产值", "forecast")


def test_the_noun_after_a_grant_ends_before_what_the_money_does_and_a_tax_cut_is_one_noun() -> None:
    got = [
        (m.text, m.indicator)
        for m in mengke.extract("盟财政安排不少于3亿元资金支持种业攻关，减免税额6.2亿元。").metrics
    ]
    assert got == [("不少于3亿元", "资金"), ("6.2亿元", "减免税额")]


def test_the_noun_a_share_is_of_ends_before_what_those_counted_did() -> None:
    (m,) = mengke.extract("逾40%的科技型企业建立了研发机构。").metrics
    assert m.indicator == "科技型企业"


def test_a_physical_unit_keeps_the_form_the_page_writes_it_in() -> None:
    ms = mengke.extract("园区建成智算规模1.2万P，光伏装机达到３ＧＷ，厂房面积8000平米。").metrics
    assert [(m.value, m.unit) for m in ms] == [(Decimal(12000), "P"), (Decimal(3), "GW"), (Decimal(8000), "平米")]
    assert [q.unit for q in mengke.find_quantities("装机3GW")] == ["吉瓦"]  # the reader's one form


def test_a_sum_to_reach_under_a_heading_of_goals_is_a_target() -> None:
    text = "某旗科技创新规划\n\n二、发展目标\n\n——技术合同成交额累计突破8亿元。\n"
    (m,) = mengke.extract(text).metrics
    assert m.status.value == "target"


def test_figures_after_a_sum_word_and_respectively_take_the_figures_said_before_in_turn() -> None:
    ms = mengke.extract("今年新建孵化器6个、众创空间9个，累计分别达到41个和77个。").metrics
    assert [(m.text, m.indicator) for m in ms][2:] == [("41个", "孵化器"), ("77个", "众创空间")]


def test_a_share_said_after_a_figure_names_the_figure_it_is_a_share_of() -> None:
    ms = mengke.extract("该企业去年研发投入2.4亿元，占营业收入的6.3%。").metrics
    assert [m.indicator for m in ms] == ["企业研发投入", "企业研发投入占营业收入"]


def test_figures_quoted_from_a_company_speaker_are_about_no_place_but_an_officials_keep_the_story_place() -> None:
    text = (
        "包头市科技创新提速\n\n"
        "“今年我们的研发投入达到了9000万元，比去年多了两成。”企业负责人说。\n"
        "“明年全市将新增高新技术企业80家。”市科技局负责人表示。\n"
    )
    ms = mengke.extract(text).metrics
    assert [(m.text, m.region) for m in ms] == [("9000万元", None), ("两成", None), ("80家", "包头")]


def test_what_a_cause_changed_is_the_indicator_not_the_cause() -> None:
    ms = mengke.extract("滴灌技术的推广使示范田亩均增产15%，让种植户户均增收4200元。").metrics
    assert [m.indicator for m in ms] == ["示范田亩均增产", "种植户户均增收"]


def test_a_verb_that_names_the_kind_of_a_bare_noun_counted_stays_and_a_verb_of_reach_does_not() -> None:
    ms = mengke.extract("今年全市新签约项目36个，入驻企业达到140家，惠及企业500余家。").metrics
    assert [m.indicator for m in ms] == ["新签约项目", "入驻企业", "企业"]


def test_the_batch_and_the_news_of_a_list_are_no_part_of_what_it_counts() -> None:
    (m,) = mengke.extract("第三批自治区级新型研发机构名单公布，共22家。").metrics
    assert m.indicator == "自治区级新型研发机构"


def test_a_share_of_a_goal_completed_is_a_result() -> None:
    (m,) = mengke.extract("全盟去年完成科技型企业培育目标的115%。").metrics
    assert m.status.value == "actual"


def test_a_figure_cried_out_is_named_by_the_sentence_after_it() -> None:
    ms = mengke.extract("每小时3.6万瓶！这是某乳企新建智能产线刷新的灌装速度。").metrics
    assert [(m.text, m.indicator) for m in ms] == [("3.6万瓶", "灌装速度")]


def test_the_verb_of_winning_opens_no_indicator_but_a_word_it_begins_stays() -> None:
    ms = mengke.extract("全盟获自治区科学技术奖7项，获评国家级示范基地2个，获奖成果12项。").metrics
    assert [m.indicator for m in ms] == ["自治区科学技术奖", "国家级示范基地", "获奖成果"]


def test_a_bare_rate_word_takes_the_measure_said_before_but_a_rank_of_the_rate_keeps_it() -> None:
    ms = mengke.extract("全盟技术合同成交额9.6亿元，增速达到21%；增速位居全区第2位。").metrics
    assert [(m.text, m.indicator) for m in ms] == [
        ("9.6亿元", "技术合同成交额"),
        ("21%", "技术合同成交额"),
        ("第2位", "增速"),
    ]


@pytest.mark.parametrize(
    ("text", "surface", "indicator"),
    [
        ("测产显示，平均亩产达到802.5公斤，比对照品种增产11.6%。", "11.6%", "平均亩产"),
        ("全省技术经纪人超过2100人，较三年前增加约五成。", "约五成", "技术经纪人"),
        ("全市软件业务收入达到96亿元，与上年相比增长12.4%。", "12.4%", "软件业务收入"),
    ],
)
def test_a_change_whose_clause_opens_with_its_base_is_of_the_figure_before(
    text: str, surface: str, indicator: str
) -> None:
    m = next(m for m in mengke.extract(text).metrics if m.text == surface)
    assert (m.indicator, m.kind.value) == (indicator, "change")


def test_what_a_count_is_of_ends_before_the_state_it_is_in() -> None:
    ms = mengke.extract("科学城已有9个大科学装置投入运行或在建。").metrics
    assert [(m.text, m.indicator) for m in ms] == [("9个", "大科学装置")]


def test_a_company_pointed_back_to_is_no_place_and_no_part_of_the_measure() -> None:
    text = "记者走进包头市一家稀土企业。去年，这家企业研发投入达到1.6亿元。"
    m = next(m for m in mengke.extract(text).metrics if m.text == "1.6亿元")
    assert m.indicator == "企业研发投入"
    assert m.region is None


def test_a_forecast_verb_after_the_measure_is_no_part_of_it() -> None:
    ms = mengke.extract("全省集成电路产值明年预估突破三千亿元。").metrics
    assert [m.indicator for m in ms] == ["集成电路产值"]


def test_a_count_inside_a_package_short_name_is_no_figure_even_where_the_headline_writes_it() -> None:
    text = (
        "某省出台科创人才新政25条\n\n"
        "近日，省科技厅印发《关于支持青年科技人才的若干措施》（以下简称“人才新政25条”），"
        "对入选人才给予最高200万元资助。\n"
    )
    got = mengke.extract(text)
    assert [m.text for m in got.metrics] == ["最高200万元"]
    assert got.policies[0].aliases == ("人才新政25条",)


def test_a_bracketed_item_number_is_no_part_of_the_indicator() -> None:
    ms = mengke.extract("条例规定：\n\n（三）职务成果转化收益的60%以上用于奖励研发人员。").metrics
    assert [m.indicator for m in ms] == ["职务成果转化收益"]


def test_land_counted_before_its_noun_is_the_places_and_a_per_item_word_is_no_part_of_the_measure() -> None:
    ms = mengke.extract("扎赉特旗新建育秧大棚6座，每座育秧能力可满足2000亩水田需求。").metrics
    assert [(m.text, m.indicator, m.region) for m in ms] == [
        ("6座", "育秧大棚", "兴安盟"),
        ("2000亩", "育秧能力", "兴安盟"),
    ]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("《某市2026年科技工作要点》日前印发，提出全年新增科技型企业300家。", "target"),
        ("《措施》提出，对首次认定的企业给予奖励20万元。", "actual"),
        ("规划提出以来，全市已建成中试基地9个。", "actual"),
    ],
)
def test_a_goal_a_document_proposes_is_a_target_but_what_a_policy_grants_is_not(text: str, status: str) -> None:
    assert [m.status.value for m in mengke.extract(text).metrics] == [status]


def test_one_firm_left_unnamed_is_a_body_its_figures_are_about_no_place() -> None:
    ms = mengke.extract("达拉特旗一家新材料企业去年研发投入2600万元。").metrics
    assert [(m.indicator, m.region) for m in ms] == [("企业研发投入", None)]


def test_a_place_that_has_one_firm_keeps_its_own_figures() -> None:
    ms = mengke.extract("达拉特旗有一家企业入选，全旗新增高新技术企业12家。").metrics
    assert [(m.text, m.region) for m in ms] == [("12家", "鄂尔多斯")]


def test_a_verb_of_making_with_its_result_complement_opens_no_indicator() -> None:
    ms = mengke.extract("全市企业开发出乳制品新产品28种。").metrics
    assert [m.indicator for m in ms] == ["乳制品新产品"]


def test_a_figure_opening_a_headlines_second_line_is_named_by_the_first_line() -> None:
    text = "阿拉善盟光伏装机\n突破800万千瓦\n本报讯（记者 王青）截至9月底，全盟光伏装机突破800\n万千瓦。\n"
    ms = mengke.extract(text).metrics
    assert [(m.text, m.indicator) for m in ms] == [("突破800万千瓦", "光伏装机"), ("突破800\n万千瓦", "光伏装机")]


def test_a_blank_line_after_a_number_is_no_wrap_of_it() -> None:
    assert [q.value for q in mengke.find_quantities("共有20\n\n万人参与")] == [20]


def test_land_worked_by_a_verb_before_it_is_named_by_the_noun_after_it() -> None:
    ms = mengke.extract("乌拉特前旗今年治理2.5万公顷沙化草原。").metrics
    assert [(m.text, m.indicator) for m in ms] == [("2.5万公顷", "沙化草原")]


def test_counties_of_one_city_listed_together_count_for_that_city() -> None:
    ms = mengke.extract("喀喇沁旗、宁城县、敖汉旗研发投入均增长20%以上。").metrics
    assert [m.region for m in ms] == ["赤峰"]


def test_places_of_different_cities_listed_together_are_none_of_them() -> None:
    ms = mengke.extract("喀喇沁旗、宁城县和达拉特旗研发投入均增长20%以上。").metrics
    assert [m.region for m in ms] == [None]


def test_bodies_of_a_level_counted_are_a_class_about_the_place() -> None:
    ms = mengke.extract("内蒙古科技工作稳步推进。自治区级重点实验室增至180家。").metrics
    assert [(m.indicator, m.region) for m in ms] == [("自治区级重点实验室", "内蒙古")]


def test_where_some_of_the_things_counted_are_names_no_new_measure() -> None:
    ms = mengke.extract("全区创新平台达到300个，其中落户包头的有80个。").metrics
    assert [(m.text, m.indicator, m.region) for m in ms] == [
        ("300个", "创新平台", "内蒙古"),
        ("80个", "创新平台", "包头"),
    ]


def test_the_growth_of_an_expected_figure_is_expected_too() -> None:
    ms = mengke.extract("预计到年底，全市专利授权量有望超过5000件，同比增长约两成。").metrics
    assert [m.status.value for m in ms] == ["forecast", "forecast"]


def test_a_cut_by_a_share_is_a_change_of_what_was_cut() -> None:
    ms = mengke.extract("市科技局将项目申报材料精简了四成。").metrics
    assert [(m.kind.value, m.indicator) for m in ms] == [("change", "项目申报材料")]


def test_an_estimate_word_opening_the_clause_is_not_the_measure() -> None:
    ms = mengke.extract("市府表示，預估今年園區產值可望突破500億元。").metrics
    assert [m.indicator for m in ms] == ["园区产值"]


def test_projects_of_the_region_level_carried_out_count_for_the_place_doing_them() -> None:
    text = "锡林郭勒盟科技工作综述。\n三是成果加快转化。实施自治区重点研发项目6项。"
    ms = mengke.extract(text).metrics
    assert [(m.text, m.region) for m in ms] == [("6项", "锡林郭勒")]


def test_an_evaluation_word_before_the_figure_is_not_the_measure() -> None:
    ms = mengke.extract("全旗科技型中小企业入库评价95家，某品牌价值评估达到30亿元。").metrics
    assert [m.indicator for m in ms] == ["科技型中小企业", "某品牌价值"]


def test_water_saved_by_a_share_is_a_change() -> None:
    ms = mengke.extract("推广滴灌技术后，亩均节水30%以上。").metrics
    assert [m.kind.value for m in ms] == ["change"]


def test_an_average_word_before_the_change_stays_whole_in_the_measure() -> None:
    ms = mengke.extract("全旗玉米单产平均提高8%左右。").metrics
    assert [m.indicator for m in ms] == ["玉米单产平均"]


def test_respective_changes_after_a_same_period_word_go_to_the_figures_before_in_turn() -> None:
    text = "全盟专利授权量达到910件，技术合同成交额12.4亿元，同比分别增长9.5%和31%。"
    ms = mengke.extract(text).metrics
    assert [m.indicator for m in ms][2:] == ["专利授权量", "技术合同成交额"]


def test_a_year_the_figure_is_set_against_is_not_its_year() -> None:
    ms = mengke.extract("2026年1—6月，全市新增登记入库企业600家，相当于去年全年的七成。").metrics
    assert [(m.indicator, m.year) for m in ms] == [("入库企业", 2026), ("入库企业", 2026)]


def test_when_an_expected_figure_is_due_is_not_part_of_its_measure() -> None:
    ms = mengke.extract("全市高新技术企业数量预计在年底达到400家至450家。").metrics
    assert [(m.indicator, m.status.value) for m in ms] == [("高新技术企业数量", "forecast")]


def test_growing_from_one_count_to_another_keeps_the_measure_for_both() -> None:
    ms = mengke.extract("全市科技型中小企业从不足50家发展到286家。").metrics
    assert [m.indicator for m in ms] == ["科技型中小企业", "科技型中小企业"]


def test_a_year_in_letter_spaced_digits_is_the_sentences_year() -> None:
    ms = mengke.extract("2 0 2 5 年，全市研发投入达到10.8 亿元。").metrics
    assert [m.year for m in ms] == [2025]


def test_a_sentence_opening_with_one_unnamed_firm_is_about_that_firm() -> None:
    ms = mengke.extract("在四子王旗的一家育种企业，种薯年繁育能力达到12万吨。").metrics
    assert [(m.indicator, m.region) for m in ms] == [("种薯年繁育能力", None)]


def test_the_noun_after_a_count_ends_at_a_place_word_standing_alone() -> None:
    ms = mengke.extract("大厅里的8台自助终端前不时有市民排队办理业务。").metrics
    assert [m.indicator for m in ms] == ["自助终端"]


def test_a_noun_after_a_stop_verb_makes_it_part_of_the_name_counted() -> None:
    ms = mengke.extract("全盟已有215项政务服务事项实现全程网办。").metrics
    assert [m.indicator for m in ms] == ["政务服务事项"]


def test_a_verb_and_the_time_it_takes_make_one_measure() -> None:
    ms = mengke.extract("全旗平均办理时限压缩了40%。").metrics
    assert [m.indicator for m in ms] == ["平均办理时限"]


def test_a_word_of_only_before_a_price_is_not_part_of_the_measure() -> None:
    ms = mengke.extract("社区食堂的一份套餐只要10元。").metrics
    assert [m.indicator for m in ms] == ["社区食堂的一份套餐"]


def test_a_ranking_the_sentence_opens_in_is_its_field_not_the_place_ranked() -> None:
    text = "内蒙古科技综述。在全国区域创新能力评价中，我区位列第25位，比上年前移2位。"
    ms = mengke.extract(text).metrics
    assert [(m.text, m.region) for m in ms] == [("第25位", "内蒙古"), ("2位", "内蒙古")]


def test_the_change_after_a_figure_a_line_break_cut_is_of_that_figure() -> None:
    ms = mengke.extract("全市研发投入达到1.2\n亿元，增长12%。").metrics
    assert [(m.text, m.indicator) for m in ms] == [("1.2\n亿元", "研发投入"), ("12%", "研发投入")]


def test_a_signing_verb_after_the_bodies_counted_ends_their_noun() -> None:
    ms = mengke.extract("会上，市科技局与12家金融机构签订合作协议。").metrics
    assert [m.indicator for m in ms] == ["金融机构"]


def test_persons_counted_at_a_clauses_opening_are_named_by_what_they_did() -> None:
    ms = mengke.extract("全市转化成果120项，三千余人参加培训。").metrics
    assert [(m.text, m.indicator) for m in ms] == [("120项", "转化成果"), ("三千余人", "参加培训")]


def test_a_clause_that_sets_its_own_goal_after_an_expectation_is_a_target() -> None:
    text = "政府预计，未来五年将再投入超过100亿元，目标到2030年吸引100家重点企业落户。"
    ms = mengke.extract(text).metrics
    assert [(m.indicator, m.status.value) for m in ms] == [("投入", "forecast"), ("重点企业", "target")]


def test_goals_go_on_across_the_items_of_a_list_parted_by_semicolons() -> None:
    text = "一是抓投入，力争全社会研发投入增长12%以上；二是抓主体，新培育高新技术企业500家。"
    assert [m.status.value for m in mengke.extract(text).metrics] == ["target", "target"]


def test_a_semicolon_before_a_statement_of_its_own_ends_the_goal() -> None:
    text = "一是抓投入，力争研发投入增长12%以上；全市新培育高新技术企业500家。"
    assert [m.status.value for m in mengke.extract(text).metrics] == ["target", "actual"]


def test_a_small_count_of_aspects_is_no_metric() -> None:
    assert mengke.extract("今年将在三个方面持续发力，新建平台12个。").metrics[0].text == "12个"


def test_a_base_year_set_apart_by_spaces_is_not_the_figures_year() -> None:
    ms = mengke.extract("2025 年，全市产值突破 200 亿元，较 2020 年增长 45%。").metrics
    assert [(m.text, m.year) for m in ms] == [("突破 200 亿元", 2025), ("45%", 2025)]


def test_a_firms_own_head_speaking_gives_the_firms_figures_no_place() -> None:
    text = "赤峰消息。该企业负责人介绍，依托研发中心，企业去年研发投入达到1.2亿元，新获发明专利35件。"
    assert [m.region for m in mengke.extract(text).metrics] == [None, None]


def test_a_firms_head_speaking_of_the_whole_city_keeps_the_city() -> None:
    text = "赤峰消息。该企业负责人介绍，全市企业研发投入达到12亿元。"
    assert [m.region for m in mengke.extract(text).metrics] == ["赤峰"]


def test_a_change_against_a_check_variety_set_apart_by_spaces_keeps_the_figure_before() -> None:
    ms = mengke.extract("新品种平均亩产 680 公斤，比对照品种增产 9.6%。").metrics
    assert [m.indicator for m in ms] == ["新品种平均亩产", "新品种平均亩产"]


def test_the_people_counted_before_their_average_are_named_without_it() -> None:
    ms = mengke.extract("阿拉善盟带动2.3万名农牧民年均增收1.2万元。").metrics
    assert [(m.text, m.indicator) for m in ms] == [("2.3万名", "农牧民"), ("1.2万元", "农牧民年均增收")]


def test_a_place_a_clause_before_named_carries_to_a_later_clause_naming_none() -> None:
    text = (
        "锡林郭勒盟牲畜存栏达到1650万头。\n通过推广种养结合模式，全盟累计建设高标准农田120万亩，"
        "粮食总产量稳定在30亿斤以上。\n阿拉善盟完成治沙任务210万亩。"
    )
    assert [m.region for m in mengke.extract(text).metrics] == ["锡林郭勒", "锡林郭勒", "锡林郭勒", "阿拉善"]


def test_a_sentence_opening_with_qizhong_parts_the_figure_before_by_place() -> None:
    text = "内蒙古科技型中小企业达到10236家。✅ 其中，呼和浩特市2816家、包头市2207家，两市合计占全区的49.1%。"
    ms = mengke.extract(text).metrics
    assert [(m.text, m.indicator, m.region) for m in ms] == [
        ("10236家", "科技型中小企业", "内蒙古"),
        ("2816家", "科技型中小企业", "呼和浩特"),
        ("2207家", "科技型中小企业", "包头"),
        ("49.1%", "科技型中小企业", None),
    ]


def test_a_phrase_pointing_back_to_a_kind_is_not_part_of_the_measure() -> None:
    ms = mengke.extract("在牙克石，这样的寒区试验场已有12个。").metrics
    assert [m.indicator for m in ms] == ["寒区试验场"]


def test_a_count_that_then_enters_a_list_is_of_the_class_said_before() -> None:
    text = "全区认定自治区级专精特新中小企业620家，其中120家入选国家级名单。"
    assert [m.indicator for m in mengke.extract(text).metrics] == ["自治区级专精特新中小企业"] * 2


def test_a_ranking_named_by_its_report_is_the_indicator_of_the_rank(host: PluginHost) -> None:
    text = "在近日公布的《全国科技园区综合评价报告2026》中，昆明市位列第15位，较上年前进4位。"
    rank = _one(host, text, "第15位")
    assert rank.indicator == "科技园区综合评价"  # (全国: the scope, stripped as a region is)
    assert rank.kind.value == "rank"


def test_a_rank_in_a_clause_of_its_own_ranks_the_figure_before(host: PluginHost) -> None:
    text = "全市独角兽企业14家，居全国城市第7位。"
    assert _one(host, text, "第7位").indicator == "独角兽企业"


def test_a_clause_opening_with_jiang_and_a_plan_word_makes_the_figures_after_it_targets(host: PluginHost) -> None:
    text = "区科技局负责人介绍，将聚焦储能和新材料，新建中试基地6个。"
    assert _one(host, text, "6个").status.value == "target"


def test_jiang_before_a_noun_is_no_plan(host: PluginHost) -> None:
    text = "去年，该旗将农机补贴列为重点，发放补贴资金1800万元。"
    assert _one(host, text, "1800万元").status.value == "actual"


def test_a_count_before_a_modifier_and_de_counts_the_noun_after_de(host: PluginHost) -> None:
    assert _one(host, "全年引进40名具有海外经历的工程师。", "40名").indicator == "工程师"
    assert _one(host, "培育15家年营收超十亿元的链主企业。", "15家").indicator == "链主企业"
    assert _one(host, "新增6个省级的中试平台。", "6个").indicator == "省级中试平台"


def test_a_count_before_its_noun_and_de_keeps_the_noun_counted(host: PluginHost) -> None:
    assert _one(host, "其中12家企业的产值超过5亿元。", "12家").indicator == "企业"


def test_jihua_and_an_adverb_before_a_verb_is_a_plan(host: PluginHost) -> None:
    text = "该区已建成孵化器9家，明年计划再建设3家。"
    assert _one(host, text, "9家").status.value == "actual"
    assert _one(host, text, "3家").status.value == "target"


def test_an_amount_after_a_price_keeps_its_own_unit(host: PluginHost) -> None:
    text = "电价下降0.05元/千瓦时，每年为园区企业节省电费3000万元。"
    assert _one(host, text, "3000万元").unit == "元"


def test_a_price_in_a_foreign_currency_gives_its_currency_to_the_amount_after_it(host: PluginHost) -> None:
    text = "香港某数据中心电价为1.2港元/千瓦时，全年电费约8000万元。"
    assert _one(host, text, "8000万元").unit == "港元"


def test_a_part_said_with_qizhong_has_the_place_of_the_figure_it_parts(host: PluginHost) -> None:
    text = "芜湖\n\n芜湖经济技术开发区上半年实现营业收入900亿元，其中高新技术产业产值410亿元。"
    assert _one(host, text, "900亿元").region is None  # (a park's own figure)
    assert _one(host, text, "410亿元").region is None


def test_a_part_said_with_qizhong_that_names_a_place_keeps_it(host: PluginHost) -> None:
    text = "全省新增高新技术企业2100家，其中南昌市新增760家。"
    assert _one(host, text, "760家").region == "南昌"


def test_a_share_raised_to_the_level_of_a_year_is_a_ratio(host: PluginHost) -> None:
    text = "全市研发投入强度从2021年的1.8%提高到2025年的2.4%。"
    assert [(m.text, m.kind.value, m.year) for m in _read(host, text).metrics] == [
        ("1.8%", "ratio", 2021),
        ("2.4%", "ratio", 2025),
    ]


def test_a_doubling_said_before_the_figures_is_no_indicator(host: PluginHost) -> None:
    text = "全县科技型企业数量实现翻番，由2021年的120家增加到2025年的260家。"
    got = [(m.text, m.indicator) for m in _read(host, text).metrics]
    assert got == [("翻番", "科技型企业数量"), ("120家", "科技型企业数量"), ("260家", "科技型企业数量")]


def test_yi_kuai_before_a_quoted_noun_is_an_article_not_one_yuan(host: PluginHost) -> None:
    assert not _read(host, "一块“屏”背后的产业链，带动就业3000人。").metrics[0].text.startswith("一块")


def test_ru_jin_before_nian_is_no_relative_year() -> None:
    got = mengke.extract("某某公司\n\n发布时间：2026-05-06\n\n这家企业成立于2012年，如今年产电池片8000万片。")
    assert [(m.indicator, m.year) for m in got.metrics] == [("年产电池片", None)]


def test_a_founding_year_is_no_reference_year(host: PluginHost) -> None:
    m = _one(host, "这家始建于1998年的研究所，去年承担国家项目42项。", "42项")
    assert m.year != 1998


def test_the_past_a_level_rose_from_is_no_part_of_the_indicator(host: PluginHost) -> None:
    text = "小麦亩产从过去的280公斤提高到420公斤。"
    assert [m.indicator for m in _read(host, text).metrics] == ["小麦亩产", "小麦亩产"]


def test_a_clause_that_only_bounds_a_figure_caps_what_was_given_before_it(host: PluginHost) -> None:
    text = "对新建中试基地，按设备投入的20%给予补助，最高不超过500万元。"
    assert _one(host, text, "500万元").indicator == "补助"


def test_jie_zhi_jin_nian_is_this_year() -> None:
    got = mengke.extract("某市\n\n发布时间：2026-09-02\n\n截至今年8月底，全市算力规模达到20EFLOPS。")
    assert [m.year for m in got.metrics] == [2026]


def test_thresholds_listed_before_a_class_are_all_thresholds(host: PluginHost) -> None:
    text = "对年营收首次突破5亿元、20亿元的软件企业，分别给予50万元、200万元奖励。"
    got = _read(host, text).metrics
    assert [(m.text, m.indicator) for m in got] == [("50万元", "奖励"), ("200万元", "奖励")]


def test_figures_respectively_are_not_matched_with_figures_past_a_semicolon(host: PluginHost) -> None:
    text = "对新建实验室给予补助300万元；\n\n对认定的企业，分别给予奖励20万元、50万元。"
    got = _read(host, text).metrics
    assert [m.indicator for m in got][1:] == ["奖励", "奖励"]


def test_a_package_named_by_its_count_of_articles_is_no_count(host: PluginHost) -> None:
    assert not _read(host, "某市出台八条政策支持储能产业发展。").metrics


def test_what_a_giving_verb_gives_is_the_indicator_though_a_verbs_word(host: PluginHost) -> None:
    assert _one(host, "对新建实验室给予补助300万元。", "300万元").indicator == "补助"


def test_a_park_or_a_household_opening_the_phrase_is_no_part_of_the_indicator(host: PluginHost) -> None:
    assert _one(host, "园区现有生物医药企业64家。", "64家").indicator == "生物医药企业"
    assert _one(host, "一位农户说，他家的葡萄亩产提高了15%。", "15%").indicator == "葡萄亩产"


def test_items_listed_after_qizhong_share_the_place_of_the_figure_they_part(host: PluginHost) -> None:
    text = "芜湖\n\n芜湖经济技术开发区拥有企业900家，其中高新技术企业310家、上市企业12家。"
    assert [m.region for m in _read(host, text).metrics] == [None, None, None]


def test_a_clause_with_no_subject_after_a_bodys_figure_is_still_the_bodys(host: PluginHost) -> None:
    text = "柳州\n\n柳州高新区聚集汽车零部件企业140家。今年以来，园区新签约项目26个，总投资88亿元。"
    assert [m.region for m in _read(host, text).metrics] == [None, None, None]


def test_a_place_named_after_a_bodys_figure_is_the_place_again(host: PluginHost) -> None:
    text = "柳州\n\n柳州高新区聚集汽车零部件企业140家。全市新签约项目210个。"
    assert [m.region for m in _read(host, text).metrics] == [None, "柳州"]


def test_xiang_dang_yu_opening_the_phrase_is_no_part_of_the_indicator(host: PluginHost) -> None:
    assert _one(host, "光伏年发电量，相当于节约标准煤约90万吨。", "90万吨").indicator == "节约标准煤"


def test_a_statistical_term_opening_with_a_verb_keeps_it(host: PluginHost) -> None:
    text = "上半年，全市吸纳技术合同成交额达到35亿元，输出技术合同成交额21亿元。"
    assert [m.indicator for m in _read(host, text).metrics] == ["吸纳技术合同成交额", "输出技术合同成交额"]


def test_a_rank_sharing_the_di_of_the_rank_before_is_a_rank(host: PluginHost) -> None:
    text = "甲市、乙市成交额分别居全省第一、二位。"
    assert [(m.text, m.kind.value) for m in _read(host, text).metrics] == [("第一", "rank"), ("二位", "rank")]


def test_places_above_a_threshold_are_a_class_not_a_figure(host: PluginHost) -> None:
    text = "全国研发经费投入超过千亿元的省份有13个。"
    assert [m.text for m in _read(host, text).metrics] == ["13个"]


def test_a_rank_of_a_body_in_a_ranking_the_sentence_opens_with_is_of_that_ranking(host: PluginHost) -> None:
    text = "在全球光伏组件出货量排名中，某某能源集团位列第3位。"
    assert _one(host, text, "第3位").indicator == "全球光伏组件出货量排名"


def test_a_ranks_field_of_a_continent_is_no_indicator(host: PluginHost) -> None:
    text = "苏州市研发投入强度达到4.2%，位居亚洲同类城市第二。"
    assert _one(host, text, "第二").indicator == "研发投入强度"


def test_a_later_clause_of_a_sentence_about_a_company_is_still_the_companys(host: PluginHost) -> None:
    text = "包头\n\n某某稀土集团去年研发投入达到3.2亿元，研发投入占营业收入的比重为2.4%。"
    assert [m.region for m in _read(host, text).metrics] == [None, None]


def test_a_later_clause_naming_a_place_after_a_companys_figure_is_that_places(host: PluginHost) -> None:
    text = "包头\n\n某某稀土集团去年研发投入达到3.2亿元，全市规上企业研发投入达到58亿元。"
    assert [m.region for m in _read(host, text).metrics] == [None, "包头"]


def test_support_of_a_science_programme_received_is_no_plan(host: PluginHost) -> None:
    text = "某旗4个项目获自治区科技计划支持，共获资金520万元。"
    assert _one(host, text, "520万元").status.value == "actual"


def test_a_firm_named_with_a_service_verb_is_counted_whole(host: PluginHost) -> None:
    text = "开发区今年新落户三家数据服务企业。"
    assert _one(host, text, "三家").indicator == "数据服务企业"


def test_people_counted_before_a_service_verb_are_who_serve(host: PluginHost) -> None:
    text = "全旗组织农技专家260名服务企业和农户。"
    assert _one(host, text, "260名").indicator == "农技专家"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("推广的节水设备一亩地一年能省水90立方米。", "90立方米"),
        ("新型锅炉每天可节约标准煤12吨。", "12吨"),
        ("这批光伏板一年就能为合作社增加收入15万元。", "15万元"),
    ],
)
def test_a_yield_over_a_stretch_of_time_is_named_after_its_modal(host: PluginHost, text: str, surface: str) -> None:
    got = _read(host, text)
    assert [m.text for m in got.metrics] == [surface]  # 一亩地: the unit a rate is given for, no count
    assert got.metrics[0].indicator in ("省水", "节约标准煤", "增加收入")


def test_a_per_head_word_before_a_sum_leaves_the_noun_after_it(host: PluginHost) -> None:
    text = "对新引进的博士后，给予每人30万元科研启动经费。"
    assert _one(host, text, "30万元").indicator == "科研启动经费"


def test_support_closing_the_clause_after_a_sum_is_what_is_given(host: PluginHost) -> None:
    text = "对落户的重大创新平台，给予最高2000万元综合支持。"
    assert _one(host, text, "2000万元").indicator == "综合支持"


def test_a_service_after_a_count_of_firms_is_no_noun_of_its_own(host: PluginHost) -> None:
    text = "引进科技企业16家，其中9家落地服务。"
    assert _one(host, text, "9家").indicator != "落地服务"


def test_what_was_collected_is_the_indicator(host: PluginHost) -> None:
    text = "本届洽谈会共征集高校院所科技成果350项。"
    assert _one(host, text, "350项").indicator == "高校院所科技成果"


def test_a_verb_of_pushing_a_measure_up_is_no_part_of_it(host: PluginHost) -> None:
    text = "下一步，全市将推动规上工业企业研发经费年均增长12%以上。"
    assert _one(host, text, "12%").indicator == "规上工业企业研发经费"


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        ("全盟牲畜饲养量稳定在900万头（只）以上。", "900万头（只）以上", "at_least"),
        ("服务中心累计为310家（次）企业办理业务。", "310家（次）", "exact"),
    ],
)
def test_a_second_measure_word_in_brackets_is_part_of_the_figure(
    host: PluginHost, text: str, surface: str, qualifier: str
) -> None:
    m = _one(host, text, surface)
    assert (m.text, m.qualifier.value) == (surface, qualifier)


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("今年全旗为牛羊接种疫苗150万剂。", "150万剂", "剂"),
        ("全盟新打机电井420眼。", "420眼", "眼"),
    ],
)
def test_doses_and_wells_are_counted(host: PluginHost, text: str, surface: str, unit: str) -> None:
    m = _one(host, text, surface)
    assert (m.unit, m.kind.value) == (unit, "count")


def test_a_glance_is_no_count(host: PluginHost) -> None:
    text = "一眼望去，8万亩苜蓿长势喜人。"
    assert [m.text for m in _read(host, text).metrics] == ["8万亩"]


@pytest.mark.parametrize(
    "text",
    [
        "对认定的企业给予后补助，单个企业最高不超过150万元。",
        "对认定的企业给予后补助，单个项目最高150万元。",
        "按合同额的5%给予后补助，单个单位每年最高150万元。",
    ],
)
def test_a_bound_per_body_caps_what_was_given(host: PluginHost, text: str) -> None:
    assert _one(host, text, "150万元").indicator == "后补助"


def test_what_a_modal_opens_is_the_indicator(host: PluginHost) -> None:
    text = "一支优质种公羊的冻精可改良母羊1万多只。"
    assert _one(host, text, "1万多只").indicator == "改良母羊"


def test_a_modal_inside_a_word_opens_nothing(host: PluginHost) -> None:
    text = "全市节能减排量达到3万吨，可再生能源装机达到800万千瓦。"
    got = _read(host, text)
    assert [m.indicator for m in got.metrics] == ["节能减排量", "可再生能源装机"]


def test_the_scene_a_figure_was_measured_in_is_no_part_of_it(host: PluginHost) -> None:
    text = "去年在试验田里亩产达到了580公斤。"
    assert _one(host, text, "580公斤").indicator == "亩产"


@pytest.mark.parametrize(
    ("text", "surface", "indicator"),
    [
        ("对新建的储能电站，按放电量给予每千瓦时0.1元补贴。", "0.1元", "补贴"),
        ("入选的每家基地将获得最高500万元的建设资金。", "500万元", "建设资金"),
        ("每项资助15万元，资助期两年。", "15万元", "资助"),
    ],
)
def test_what_a_sum_is_per_is_no_indicator(host: PluginHost, text: str, surface: str, indicator: str) -> None:
    assert _one(host, text, surface).indicator == indicator


def test_an_arrow_up_before_a_percent_is_a_change(host: PluginHost) -> None:
    text = "📊 技术合同成交额：45.6亿元（↑18.2%）"
    m = _one(host, text, "18.2%")
    assert (m.kind.value, m.indicator) == ("change", "技术合同成交额")


def test_a_share_raised_to_a_level_with_le_is_a_level(host: PluginHost) -> None:
    text = "羔羊成活率从过去的88%提高到了96%。"
    assert _one(host, text, "96%").kind.value == "ratio"


@pytest.mark.parametrize("text", ["明年，全旗将再投入资金8000万元。", "今年将投资3亿元建设中试基地。"])
def test_money_that_will_be_spent_is_a_target(host: PluginHost, text: str) -> None:
    (m,) = _read(host, text).metrics
    assert m.status.value == "target"


def test_a_sum_written_with_one_before_a_modal_is_still_a_figure(host: PluginHost) -> None:
    text = "一千万元风险补偿资金可撬动银行贷款3亿元。"
    assert [m.text for m in _read(host, text).metrics] == ["一千万元", "3亿元"]


def test_a_sum_set_aside_is_for_what_follows_it(host: PluginHost) -> None:
    m = _one(host, "市政府已预留8亿元支持氢能装备研发。", "8亿元")
    assert "氢能装备研发" in m.indicator
    assert "预留" not in m.indicator


@pytest.mark.parametrize("cue", ["预计", "有望", "拟", "日前", "近日", "目前"])
def test_an_expectation_or_a_time_word_after_a_count_ends_its_noun(host: PluginHost, cue: str) -> None:
    m = _one(host, f"园区首批四座厂房{cue}于明年投入使用。", "四座")
    assert m.indicator == "厂房"


@pytest.mark.parametrize(
    ("text", "surface"),
    [("过去一亩地收不到600斤，如今能收1100斤。", "600斤"), ("如今一头牛能多卖1800元。", "1800元")],
)
def test_one_of_a_unit_before_a_figure_said_of_it_is_no_count(host: PluginHost, text: str, surface: str) -> None:
    got = _read(host, text)
    assert all(m.value != 1 for m in got.metrics)
    assert any(m.text.endswith(surface) for m in got.metrics)


def test_items_of_a_list_after_a_sentence_of_plans_are_targets(host: PluginHost) -> None:
    text = "今年我们将重点抓好三项工作。一是新认定高新技术企业300家以上。二是新建创新平台20个。"
    got = _read(host, text)
    assert [(m.text, m.status.value) for m in got.metrics] == [("300家以上", "target"), ("20个", "target")]


def test_items_of_a_list_after_a_sentence_of_work_done_are_actual(host: PluginHost) -> None:
    text = "去年我们已完成三项工作。一是新认定高新技术企业300家。二是新建创新平台20个。"
    assert all(m.status.value == "actual" for m in _read(host, text).metrics)


def test_an_item_number_word_is_no_part_of_the_indicator(host: PluginHost) -> None:
    m = _one(host, "全年将突出两点：一是保持投入，二是技术合同成交额力争达到90亿元。", "90亿元")
    assert m.indicator == "技术合同成交额"


def test_a_clause_that_names_its_own_subject_after_the_last_figure_names_the_next(host: PluginHost) -> None:
    text = "全区研发投入达到180亿元，比上年增长12%；技术合同成交额实现翻番，达到96亿元。"
    assert _one(host, text, "96亿元").indicator == "技术合同成交额"
    assert _one(host, text, "12%").indicator == "研发投入"


def test_a_figure_cried_out_under_the_byline_is_named_by_the_sentence_after_it(host: PluginHost) -> None:
    text = "\n\n草原上的科技新答卷\n\n□云舟\n\n3.5万吨！这是某企业新建生产线的年产能。\n"
    assert _one(host, text, "3.5万吨").indicator == "年产能"


@pytest.mark.parametrize("base", ["一季度", "上半年", "上月", "年初"])
def test_a_period_compared_with_is_no_part_of_the_indicator(host: PluginHost, base: str) -> None:
    text = f"全区研发经费支出增长8.1%，增速较{base}加快0.6个百分点。"
    assert _one(host, text, "0.6个百分点").indicator in ("增速", "研发经费支出")
    from mengke.metrics.indicator import left_indicator

    assert left_indicator(f"增速较{base}加快") == "增速"


def test_a_figure_above_a_benchmark_by_gao_chu_is_of_the_measure_before(host: PluginHost) -> None:
    text = "园区企业平均研发强度达到3.6%，高出全市平均水平1.9个百分点。"
    assert _one(host, text, "1.9个百分点").indicator.endswith("企业平均研发强度")


def test_a_count_of_borrowers_ends_before_what_was_lent_them(host: PluginHost) -> None:
    text = "合作银行累计向215家科技企业发放贷款9.8亿元。"
    assert _one(host, text, "215家").indicator == "科技企业"


def test_what_will_be_in_a_year_after_the_pages_is_a_target(host: PluginHost) -> None:
    head = "某市科技局\n发布日期：2025-08-10  来源：某市科技局\n\n"
    assert _one(host, head + "按照规划，2030年全市高新技术企业数量将突破600家。", "600家").status.value == "target"
    assert _one(host, head + "2024年全市高新技术企业数量将近500家。", "500家").status.value == "actual"


def test_who_plans_and_by_when_are_no_part_of_the_indicator(host: PluginHost) -> None:
    m = _one(host, "展望未来，开发区计划到2029年孵化器数量突破40家。", "40家")
    assert (m.indicator, m.year, m.status.value) == ("孵化器数量", 2029, "target")


def test_a_body_before_a_verb_that_names_the_kind_counted_is_dropped(host: PluginHost) -> None:
    assert _one(host, "某某双创服务平台累计孵化企业900余家。", "900余家").indicator == "孵化企业"
    assert _one(host, "区内科技企业孵化器入驻企业超过210户。", "210户").indicator == "入驻企业"


def test_when_the_firms_counted_did_something_ends_their_noun(host: PluginHost) -> None:
    text = "某区认定首批25家“链主”企业名单。这25家企业上年合计研发投入约31亿元。"
    assert [m.indicator for m in _read(host, text).metrics if m.unit == "家"] == ["链主企业", "企业"]


def test_a_relative_year_a_change_started_from_is_not_the_later_figures(host: PluginHost) -> None:
    text = "2026年6月1日\n\n在年度创新评价中，某省位次由去年的第9位前移至第5位。"
    got = _read(host, text)
    assert [(m.text, m.year) for m in got.metrics] == [("第9位", 2025), ("第5位", None)]


def test_one_unit_of_land_before_a_figure_in_chinese_numerals_is_no_count(host: PluginHost) -> None:
    got = _read(host, "那时一亩地打六百多斤粮，如今能打一千五百斤。")
    assert [m.text for m in got.metrics] == ["六百多斤", "一千五百斤"]


def test_a_yield_per_unit_of_land_is_named_whole(host: PluginHost) -> None:
    assert _one(host, "推广节水技术后，每亩节本增效两百元，每亩增收300元。", "300元").indicator == "每亩增收"


def test_a_grant_to_each_body_is_the_grant(host: PluginHost) -> None:
    assert _one(host, "对认定的新型研发机构，每家机构奖励80万元。", "80万元").indicator == "奖励"


def test_what_the_people_counted_gain_is_no_part_of_their_noun(host: PluginHost) -> None:
    assert _one(host, "该产业园带动周边1.2万户牧民增收。", "1.2万户").indicator == "牧民"


def test_the_field_a_sum_is_spent_in_is_named_without_its_preposition(host: PluginHost) -> None:
    m = _one(host, "某市在基础研究方面的投入于2025年达到约9亿元。", "9亿元")
    assert (m.indicator, m.year) == ("基础研究方面的投入", 2025)


def test_a_character_that_is_causative_only_alone_does_not_cut_a_word(host: PluginHost) -> None:
    assert _one(host, "其中天使投资基金规模达到46亿元。", "46亿元").indicator == "天使投资基金规模"
    assert _one(host, "全年技术转让收入2.4亿元。", "2.4亿元").indicator == "技术转让收入"


def test_a_ranking_held_with_an_adverb_is_of_the_figure_before(host: PluginHost) -> None:
    text = "江苏省发明专利授权量1.3万件，继续位居全国第4位；有效发明专利拥有量稳居西部第一。"
    assert [m.indicator for m in _read(host, text).metrics] == ["发明专利授权量"] * 2 + ["有效发明专利拥有量"]


def test_an_adverb_before_a_share_is_no_part_of_the_indicator(host: PluginHost) -> None:
    assert _one(host, "民营科技企业仅占全部企业的两成。", "两成").indicator == "民营科技企业占全部企业"


def test_the_tier_of_a_part_of_a_count_takes_the_counts_noun(host: PluginHost) -> None:
    text = "某省累计出台人才政策文件48项，其中省委、省政府层面9项。"
    assert [m.indicator for m in _read(host, text).metrics] == ["人才政策文件", "人才政策文件"]


def test_what_a_body_received_is_the_indicator(host: PluginHost) -> None:
    assert _one(host, "某基金会今年共接收捐赠项目申请约1.2万项。", "1.2万项").indicator == "捐赠项目申请"


def test_the_same_year_opening_a_sentence_is_the_year_said_before(host: PluginHost) -> None:
    text = "2026年5月2日\n\n二〇二三年，某市新登记技术合同1800项。同年，全市新增科技型企业260家。当年研发投入增长9%。"
    assert [m.year for m in _read(host, text).metrics] == [2023, 2023, 2023]


def test_a_bound_said_before_the_base_of_a_share_qualifies_it(host: PluginHost) -> None:
    m = _one(host, "对转化项目给予后补助，补助金额不超过项目总投资的20%。", "20%")
    assert (m.indicator, m.qualifier.value) == ("补助金额", "at_most")
    floor = _one(host, "申报企业研发费用不低于营业收入的4%。", "4%")
    assert (floor.indicator, floor.qualifier.value) == ("申报企业研发费用", "at_least")


def test_where_a_change_started_from_is_no_part_of_the_indicator(host: PluginHost) -> None:
    text = "治理后，林草覆盖率由治理前的不足20%提高到45%以上。"
    assert [m.indicator for m in _read(host, text).metrics] == ["林草覆盖率", "林草覆盖率"]


def test_the_support_each_project_gets_is_the_indicator(host: PluginHost) -> None:
    assert _one(host, "每个课题资助额度一般为30万元至80万元。", "30万元").indicator == "资助额度"


def test_a_share_of_a_base_whose_name_holds_a_change_word_is_a_ratio(host: PluginHost) -> None:
    text = "今年新增省级创新平台24个,占全省新增省级平台总数的两成以上。"
    m = _one(host, text, "两成")
    assert (m.kind.value, m.qualifier.value) == ("ratio", "at_least")
    assert _one(host, "研发投入增长了两成。", "两成").kind.value == "change"


def test_a_share_said_about_in_its_own_clause_is_of_the_figure_before(host: PluginHost) -> None:
    m = _one(host, "全市乳制品产量达到120万吨,约占全区总产量的35%。", "35%")
    assert (m.indicator, m.qualifier.value) == ("乳制品产量占全区总产量", "approx")


def test_half_the_time_and_half_the_tasks_is_a_slogan_not_a_figure(host: PluginHost) -> None:
    assert _read(host, "上半年全市重点项目建设实现“双过半”,时间过半、任务过半。").metrics == ()


def test_a_plan_period_in_straight_quotes_is_a_comparison_base(host: PluginHost) -> None:
    text = '全区科技型中小企业超过4200家,均比"十三五"末翻了一番。'
    assert _one(host, text, "翻了一番").indicator == "科技型中小企业"


def test_a_level_of_part_of_a_count_takes_the_place_of_the_counts_level(host: PluginHost) -> None:
    text = "全市建成储能领域自治区级以上研发平台31家,其中国家级4家。"
    assert _one(host, text, "4家").indicator == "储能领域国家级研发平台"


def test_the_object_of_a_verb_of_change_is_what_changed(host: PluginHost) -> None:
    assert _one(host, "新工艺为企业降低能耗成本18%。", "18%").indicator == "能耗成本"
    assert _one(host, "平均缩短项目评审时间40%以上。", "40%").indicator == "项目评审时间"
    assert _one(host, "工业增加值增长7.5%。", "7.5%").indicator == "工业增加值"


def test_whom_a_sum_benefits_opens_no_indicator(host: PluginHost) -> None:
    assert _one(host, "新品种推广后,为牧民增收近3亿元。", "3亿元").indicator == "牧民增收"


def test_items_under_an_intro_that_names_the_work_ahead_are_planned(host: PluginHost) -> None:
    text = (
        "今年重点抓好以下工作：\n"
        "（一）突出企业科技创新主体作用。新培育科技型中小企业300家。\n"
        "（二）加快成果转化。技术合同成交额力争达到12亿元。\n"
    )
    assert [m.status.value for m in _read(host, text).metrics] == ["target", "target"]


def test_the_past_year_of_a_report_is_the_year_before_its_date(host: PluginHost) -> None:
    text = "——2026年1月9日在某市人民代表大会上\n\n过去一年，全市规模以上工业增加值增长7.3%。"
    assert _one(host, text, "7.3%").year == 2025


def test_an_adverb_after_the_people_counted_is_no_part_of_them(host: PluginHost) -> None:
    assert _one(host, "全旗218名农技人员共开展培训900余场。", "218名").indicator == "农技人员"


def test_what_a_meeting_requires_is_a_target(host: PluginHost) -> None:
    text = "会议要求全年新认定科技型中小企业不少于150家。"
    assert _one(host, text, "150家").status.value == "target"


def test_a_count_whose_unit_a_narrow_column_wrapped_after_its_qualifier_is_read_whole(host: PluginHost) -> None:
    m = _one(host, "今冬以来，各试验场共开展测试项目 1800 余\n项，带动服务业增收。", "1800")
    assert (m.unit, m.qualifier.value, m.indicator) == ("项", "at_least", "测试项目")


def test_a_base_compared_with_an_adjective_is_no_part_of_the_indicator(host: PluginHost) -> None:
    m = _one(host, "贷款平均利率较同期普通贷款低0.6个百分点。", "0.6个百分点")
    assert m.indicator == "贷款平均利率"
    assert _one(host, "男生平均身高175厘米。", "175厘米").indicator == "男生平均身高"


def test_what_a_site_received_is_the_indicator(host: PluginHost) -> None:
    assert _one(host, "试验场今冬共接待国内外车企37家。", "37家").indicator == "国内外车企"


def test_what_was_formed_or_yielded_is_the_indicator(host: PluginHost) -> None:
    assert _one(host, "项目组形成行业标准6项。", "6项").indicator == "行业标准"
    assert _one(host, "每亩地每年能产生发电收益900元。", "900元").indicator == "发电收益"


def test_a_tenth_is_a_fraction_not_the_word_for_very(host: PluginHost) -> None:
    m = _one(host, "全市智能算力约占全省的十分之一。", "十分之一")
    assert (m.value, m.unit, m.kind.value, m.qualifier.value) == (Decimal("10"), "%", "ratio", "approx")
    assert _read(host, "这项工作十分重要，投入资金8亿元。").metrics[0].text == "8亿元"


def test_a_project_pointed_back_to_is_no_part_of_its_measure(host: PluginHost) -> None:
    assert _one(host, "该项目总投资约18亿元。", "18亿元").indicator == "项目总投资"


def test_ji_inside_a_listed_name_joins_its_words_not_two_items(host: PluginHost) -> None:
    text = "电气机械及器材制造业、仪器仪表制造业、化学原料及化学制品制造业增加值分别增长21.3%、9.8%和6.5%。"
    assert [m.indicator for m in _read(host, text).metrics] == [
        "电气机械及器材制造业增加值",
        "仪器仪表制造业增加值",
        "化学原料及化学制品制造业增加值",
    ]


def test_items_after_a_sentence_of_what_must_be_done_are_planned(host: PluginHost) -> None:
    text = (
        "会议强调，今年要重点抓好三个方面工作。"
        "一是强化攻关，实施重大科技项目30项以上；二是培育主体，新增科技型中小企业500家。"
    )
    assert [m.status.value for m in _read(host, text).metrics] == ["target", "target"]


def test_a_body_named_after_a_verb_of_work_is_no_subject(host: PluginHost) -> None:
    text = "内蒙古科技工作会议召开。一是加快推进国家重要能源和战略资源基地科技支撑，实施重大科技项目50项以上。"
    assert _one(host, text, "50项").region == "内蒙古"


def test_container_traffic_is_counted_in_standard_boxes(host: PluginHost) -> None:
    m = _one(host, "港口集装箱吞吐量达到260万标准箱。", "260万标准箱")
    assert (m.value, m.unit, m.kind.value) == (Decimal("2600000"), "标准箱", "count")


def test_sums_given_in_turn_to_listed_recipients_are_the_support_given(host: PluginHost) -> None:
    text = "对新认定的重点实验室、技术创新中心，分别给予80万元、60万元支持。"
    assert [m.indicator for m in _read(host, text).metrics] == ["支持", "支持"]


def test_a_second_sum_joined_by_he_takes_its_own_noun(host: PluginHost) -> None:
    text = "对全职引进的顶尖人才，给予每人300万元安家补贴和800万元科研经费。"
    assert [m.indicator for m in _read(host, text).metrics] == ["安家补贴", "科研经费"]


def test_the_reward_for_each_firm_each_year_is_the_reward(host: PluginHost) -> None:
    assert _one(host, "单个企业每年最高奖励150万元。", "150万元").indicator == "奖励"


def test_what_was_brought_back_or_collected_is_the_indicator(host: PluginHost) -> None:
    assert _one(host, "探测器带回岩石样品1731克。", "1731克").indicator == "岩石样品"


def test_a_day_opening_a_sentence_is_passed_over_for_the_place_after_it(host: PluginHost) -> None:
    text = "呼伦贝尔市开展科技服务活动。\n\n◆10月30日，包头市举办成果发布会，集中发布科技成果35项。"
    assert _one(host, text, "35项").region == "包头"


def test_a_place_after_zai_is_where_the_deed_was_done(host: PluginHost) -> None:
    text = "呼伦贝尔市开展科技服务活动。\n\n项目累计在全区推广应用节水技术面积260万亩。"
    assert _one(host, text, "260万亩").region == "内蒙古"


def test_a_firms_own_words_in_straight_quotes_are_about_no_place(host: PluginHost) -> None:
    text = '内蒙古乳业加快发展。\n\n"公司成立以来,已获得授权专利120件。"企业负责人说。全区奶类产量达到800万吨。'
    got = _read(host, text)
    assert [(m.text, m.region) for m in got.metrics] == [("120件", None), ("800万吨", "内蒙古")]


def test_a_body_set_up_in_the_clause_before_is_who_a_subjectless_figure_is_about(host: PluginHost) -> None:
    text = "包头市知识产权服务体系不断完善。组建全市首家知识产权服务站，累计受理申请900件；设立3亿元天使投资基金。"
    got = _read(host, text)
    assert [(m.text, m.region) for m in got.metrics] == [("900件", None), ("3亿元", "包头")]


def test_a_company_opening_a_sentence_is_still_its_subject_past_a_semicolon(host: PluginHost) -> None:
    text = "包头市企业创新活跃。某某稀土集团研发投入12亿元，同比增长9%；获得授权专利310件。"
    assert [m.region for m in _read(host, text).metrics] == [None, None, None]


def test_what_a_platform_just_built_serves_is_its_own_figure(host: PluginHost) -> None:
    text = "包头市科技工作成效明显。建成全国首个稀土中试平台，服务企业300家。"
    assert _one(host, text, "300家").region is None


def test_a_body_set_up_under_a_quoted_name_is_who_the_next_clause_is_about(host: PluginHost) -> None:
    text = "鄂尔多斯市科技服务持续优化。市校共建“鄂创通”科技服务平台，注册用户1.6万人。"
    assert _one(host, text, "1.6万人").region is None
