"""Policy records, one test per field and per non-policy, on texts written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest

import mengke
from mengke import Policy
from mengke.plugins import PluginHost
from mengke.testing import assert_grounded, make_article


def _policies(host: PluginHost, text: str) -> tuple[Policy, ...]:
    got = host.extract(make_article(text))
    assert_grounded(got, text)
    return got.policies


def test_a_title_in_brackets_ending_in_a_document_type_is_a_policy(host: PluginHost) -> None:
    (p,) = _policies(host, "各地认真落实《呼伦贝尔市科技成果转化管理办法》。")
    assert (p.title, p.kind) == ("呼伦贝尔市科技成果转化管理办法", "办法")
    assert p.key and p.key.isascii()


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("促进新能源产业发展的实施意见", "实施意见"),
        ("数字经济发展三年行动方案", "行动方案"),
        ("首台套产品推广应用指导目录", "指导目录"),
        ("科研项目经费使用负面清单", "负面清单"),
        ("重点实验室建设运行实施细则", "实施细则"),
    ],
)
def test_the_kind_is_the_longest_document_type_ending_the_title(host: PluginHost, title: str, kind: str) -> None:
    (p,) = _policies(host, f"近期出台了《{title}》。")
    assert p.kind == kind


def test_a_trial_suffix_and_a_period_stay_in_the_title(host: PluginHost) -> None:
    (p,) = _policies(host, "印发《科技特派员服务管理办法（试行）》和后续文件。")
    assert p.title == "科技特派员服务管理办法（试行）"
    (q,) = _policies(host, "制定《创新平台提质增效行动方案（2024—2026年）》。")
    assert q.period == (2024, 2026)


def test_a_single_year_opening_the_title_is_its_period(host: PluginHost) -> None:
    (p,) = _policies(host, "下发了《内蒙古自治区2026年科技工作要点》。")
    assert p.period == (2026, 2026)


def test_a_title_broken_across_a_line_is_joined(host: PluginHost) -> None:
    (p,) = _policies(host, "根据《关于支持企业加大研发\n投入的若干措施》要求，")
    assert p.title == "关于支持企业加大研发投入的若干措施"


@pytest.mark.parametrize(
    "text", ["论文发表在《自然》上。", "刊登于《科技日报》头版。", "参加《创业中国》大赛。", "学习《政府工作报告》。"]
)
def test_journals_papers_competitions_and_reports_are_not_policies(host: PluginHost, text: str) -> None:
    assert _policies(host, text) == ()


def test_the_issuing_body_and_year_come_from_the_sentence(host: PluginHost) -> None:
    (p,) = _policies(host, "2022年，市委、市政府印发了《关于加强基础研究的若干措施》。")
    assert (p.issuer, p.year) == ("市委、市政府", 2022)


def test_a_body_heading_the_title_is_its_issuer(host: PluginHost) -> None:
    (p,) = _policies(host, "落实《包头市人民政府关于推进稀土产业高质量发展的实施意见》。")
    assert p.issuer == "包头市人民政府"


def test_an_alias_after_the_title_joins_later_mentions(host: PluginHost) -> None:
    text = "出台了《关于加快科技创新的若干意见》（下称“科创20条”）。“科创20条”明确了奖补标准。"
    (p,) = _policies(host, text)
    assert p.aliases == ("科创20条",)
    assert len(p.mentions) == 1


def test_a_quoted_numbered_package_is_a_policy(host: PluginHost) -> None:
    (p,) = _policies(host, "全市实施人才新政“25 条”，效果明显。")
    assert (p.title, p.kind) == ("人才新政25条", "措施")


def test_the_date_it_takes_effect(host: PluginHost) -> None:
    (p,) = _policies(host, "《内蒙古自治区科学技术普及条例》将于2027年5月1日起正式施行。")
    assert p.effective == dt.date(2027, 5, 1)


def test_one_record_per_policy_with_later_mentions(host: PluginHost) -> None:
    text = "《某某市创新券管理办法》规定了额度。据悉，《某某市创新券管理办法》已经实施。"
    (p,) = _policies(host, text)
    assert p.start == 0
    second = text.rindex("《")
    assert p.mentions == ((second, text.index("》", second) + 1),)


def test_a_law_is_a_policy_and_a_book_on_method_is_not(host: PluginHost) -> None:
    (p,) = _policies(host, "认真贯彻《中华人民共和国促进科技成果转化法》，推荐阅读《统计方法》一书。")
    assert (p.title, p.kind, p.aliases, p.mentions) == ("中华人民共和国促进科技成果转化法", "法", (), ())


def test_an_in_order_abbreviation_is_a_later_mention_and_an_alias(host: PluginHost) -> None:
    text = "依据《内蒙古自治区科技创新发展规划和远景目标纲要》。在《规划纲要》指导下推进。"
    (p,) = _policies(host, text)
    assert p.aliases == ("规划纲要",) and len(p.mentions) == 1


def test_a_traditional_character_title_keeps_its_script_and_gets_its_kind(host: PluginHost) -> None:
    (p,) = _policies(host, "發布《內蒙古自治區促進科技成果轉化條例》，將於2026年5月1日起施行。")
    assert (p.title, p.kind, str(p.effective)) == ("內蒙古自治區促進科技成果轉化條例", "条例", "2026-05-01")


def test_a_position_inside_a_long_span_with_a_shorter_one_nested_is_covered() -> None:
    from mengke.text import SpanSet

    spans = SpanSet([(0, 100), (10, 20), (150, 160)])
    assert spans.covers(50) and spans.covers(15) and spans.covers(155)
    assert not spans.covers(100) and not spans.covers(120)


def test_a_notice_names_its_issuer_and_the_document_says_when_it_takes_effect() -> None:
    import datetime as dt

    import mengke

    text = (
        "市政府办公室关于印发《某市支持创新平台建设若干措施》的通知\n\n"
        "《某市支持创新平台建设若干措施》已经市政府同意，现印发给你们。本措施自2026年2月1日起施行。"
    )
    (policy,) = mengke.extract(text).policies
    assert policy.issuer == "市政府办公室"
    assert policy.effective == dt.date(2026, 2, 1)


def test_when_a_body_acted_is_not_part_of_the_issuer() -> None:
    import mengke

    (policy,) = mengke.extract("市科技局近日印发《某市技术转移机构认定办法》。").policies
    assert policy.issuer == "市科技局"


def test_bodies_named_right_before_a_title_issued_it_and_its_number_dates_it() -> None:
    import mengke

    text = "为落实省委、省政府《关于建设创新型省份的决定》（闽委发〔2023〕7号）要求，制定本细则。"
    (policy,) = mengke.extract(text).policies
    assert (policy.issuer, policy.year) == ("省委、省政府", 2023)


def test_a_document_number_after_a_later_mention_dates_a_title_first_named_in_the_headline() -> None:
    import mengke

    text = "《湖北省技术转移奖励办法》解读\n\n省政府办公厅近日印发《湖北省技术转移奖励办法》（鄂政办发〔2024〕9号）。\n"
    (policy,) = mengke.extract(text, style="generic").policies
    assert (policy.start, policy.year) == (0, 2024)


def test_the_parts_of_a_document_counted_after_its_title_are_no_metrics() -> None:
    import mengke

    ms = mengke.extract("《实施细则》共6个部分24条，明确对新建中试平台给予最高300万元支持。").metrics
    assert [m.text for m in ms] == ["最高300万元"]
    ms = mengke.extract("本市今年实施科技攻关项目24条。").metrics
    assert [m.text for m in ms] == ["24条"]
    ms = mengke.extract("市政府印发《若干措施》，从6个方面提出25条举措，安排资金3亿元。").metrics
    assert [m.text for m in ms] == ["3亿元"]
    ms = mengke.extract("（以下简称“创新十条”）。“创新十条”共10条，安排资金2亿元。").metrics
    assert [m.text for m in ms] == ["2亿元"]


def test_a_document_issued_by_a_notice_is_a_policy_with_the_notice_s_issuer_and_year() -> None:
    import mengke

    text = "省政府印发《关于印发〈安徽省科技成果转化奖励办法（试行）〉的通知》（皖政〔2025〕8号）。"
    got = [(p.title, p.kind, p.issuer, p.year) for p in mengke.extract(text).policies]
    assert got == [
        ("关于印发〈安徽省科技成果转化奖励办法（试行）〉的通知", "通知", "省政府", 2025),
        ("安徽省科技成果转化奖励办法（试行）", "办法", "省政府", 2025),
    ]


def test_the_number_of_the_notice_that_issues_a_title_dates_it() -> None:
    import mengke

    text = "国务院关于印发《新一代信息技术发展规划》的通知（国发〔2019〕21号）要求抓好落实。"
    (policy,) = mengke.extract(text).policies
    assert (policy.title, policy.year) == ("新一代信息技术发展规划", 2019)


def test_a_page_that_is_the_policy_gives_its_headline_as_the_policy() -> None:
    import mengke

    text = (
        "某市促进概念验证中心建设实施办法（试行）\n\n一、总则\n"
        "对新认定的市级概念验证中心给予最高100万元支持。\n本办法自2026年1月1日起施行。\n"
    )
    ex = mengke.extract(text)
    assert ex.stories[0].title == "某市促进概念验证中心建设实施办法（试行）"
    (policy,) = ex.policies
    assert (policy.title, policy.kind, policy.start, str(policy.effective)) == (
        "某市促进概念验证中心建设实施办法（试行）",
        "实施办法",
        0,
        "2026-01-01",
    )
    # news about a policy, which quotes its closing article, is not the policy
    news = "某市出台概念验证中心实施办法\n\n记者获悉，办法明确：“本办法自2026年1月1日起施行。”\n"
    assert mengke.extract(news).policies == ()


def test_the_body_and_the_date_that_adopted_a_title_after_it_give_issuer_and_year() -> None:
    import mengke

    text = "《某市科技创新促进条例》已由某市人民代表大会常务委员会第三次会议于2024年10月30日通过。"
    (policy,) = mengke.extract(text).policies
    assert (policy.issuer, policy.year) == ("某市人民代表大会常务委员会", 2024)


def test_a_date_then_the_body_after_jing_that_adopted_a_title_give_issuer_year_and_effect() -> None:
    import mengke

    text = "修订后的《某省科学技术进步条例》已于2025年9月26日经省人大常委会审议通过，将于2026年1月1日起施行。"
    (policy,) = mengke.extract(text).policies
    assert (policy.issuer, policy.year, str(policy.effective)) == ("省人大常委会", 2025, "2026-01-01")


def test_bodies_joined_by_a_word_are_listed_as_issuers() -> None:
    import mengke

    (policy,) = mengke.extract("此前，市科技局会同市财政局出台了《某市科技创新券管理办法》。").policies
    assert policy.issuer == "市科技局、市财政局"
    (policy,) = mengke.extract("省人力资源和社会保障厅印发《某省博士后管理办法》。").policies
    assert policy.issuer == "省人力资源和社会保障厅"


def test_words_before_a_title_that_name_no_body_are_no_issuer() -> None:
    import mengke

    (policy,) = mengke.extract("专家张三解读国务院《关于推进科技成果转化的若干意见》。").policies
    assert policy.issuer is None
    assert policy.year is None


def test_a_title_ending_in_its_count_of_articles_is_a_package_of_measures() -> None:
    import mengke

    (policy,) = mengke.extract("市政府出台《某市支持科技企业“十二条”》。").policies
    assert policy.kind == "措施"
    (policy,) = mengke.extract("市科技局印发《某市研发投入奖补政策》。").policies
    assert policy.kind == "奖补政策"


def test_packages_in_corner_quotes_or_counted_in_words_and_corner_quoted_aliases() -> None:
    import mengke

    assert [p.title for p in mengke.extract("市政府推出「科技创新20条」。").policies] == ["科技创新20条"]
    assert [p.title for p in mengke.extract("实施“科创十条”以来。").policies] == ["科创十条"]
    assert mengke.extract("打造“一条龙”服务，坚持“两条腿”走路。").policies == ()
    (policy,) = mengke.extract("出台《关于支持科技创新的若干措施》（以下简称「若干措施」）。").policies
    assert policy.aliases == ("若干措施",)


def test_an_issuer_drops_the_verbs_of_drafting_before_the_issuing_one() -> None:
    import mengke

    (policy,) = mengke.extract("省科技厅、省财政厅制定出台《某省科技创新券管理办法（试行）》。").policies
    assert policy.issuer == "省科技厅、省财政厅"


def test_a_place_before_an_issuing_verb_is_the_issuer_but_a_scope_word_is_not() -> None:
    import mengke

    (policy,) = mengke.extract("赣州市出台《关于支持科技企业上市的十条措施》。").policies
    assert policy.issuer == "赣州市"
    (policy,) = mengke.extract("全省出台《某某科技创新券管理办法》。").policies
    assert policy.issuer is None


def test_a_word_for_the_sort_of_policy_between_the_verb_and_its_name_keeps_the_issuer() -> None:
    import mengke

    text = "同时，赤峰市出台人才新政“科技兴赤15条”，对引进的人才给予补贴。"
    assert [(p.title, p.issuer) for p in mengke.extract(text).policies] == [("科技兴赤15条", "赤峰市")]


def test_the_body_that_passed_a_title_without_a_date_is_its_issuer() -> None:
    import mengke

    text = "此外，《某盟科技成果转化促进条例》经盟行政公署常务会议审议通过。"
    assert [(p.title, p.issuer) for p in mengke.extract(text).policies] == [("某盟科技成果转化促进条例", "盟行政公署")]


def test_a_body_that_leads_the_drafting_is_the_issuer_without_the_word_for_leading() -> None:
    import mengke

    (policy,) = mengke.extract("盟科技局牵头制定了《某盟农牧业技术推广员管理办法》。").policies
    assert policy.issuer == "盟科技局"


def test_a_title_or_a_package_wrapped_by_a_narrow_column_is_one_policy() -> None:
    import mengke

    text = (
        "科技快讯\n\n今年，自治区出台了《\n内蒙古自治区概念验证中心建设\n"
        "工作指引》，以人才新政“\n20 条”为抓手推进人才引育。\n"
    )
    got = [(p.title, p.kind) for p in mengke.extract(text).policies]
    assert got == [("内蒙古自治区概念验证中心建设工作指引", "指引"), ("人才新政20条", "措施")]
    assert mengke.extract(text).metrics == ()  # 20 条 names the package: no figure


def test_a_title_listed_after_another_shares_its_issuer_but_not_the_years_inside_it() -> None:
    import mengke

    text = "赤峰市出台《赤峰市数字经济发展行动计划（2026—2028年）》和《关于支持软件产业发展的十条措施》。"
    got = [(p.title, p.issuer, p.year) for p in mengke.extract(text).policies]
    assert got == [
        ("赤峰市数字经济发展行动计划（2026—2028年）", "赤峰市", None),
        ("关于支持软件产业发展的十条措施", "赤峰市", None),
    ]
    text = "某省出台《某省人民政府关于加快创新的意见》《某省科技奖励办法》。"
    assert [p.issuer for p in mengke.extract(text).policies] == ["某省人民政府", None]


def test_a_quoted_package_named_by_its_count_and_the_word_measures_is_one_policy_and_no_figure(
    host: PluginHost,
) -> None:
    got = host.extract(make_article("某市近日出台“数字经济创新发展16条措施”，推动产业升级。"))
    assert [(p.title, p.kind) for p in got.policies] == [("数字经济创新发展16条措施", "措施")]
    assert got.metrics == ()


def test_an_issuer_drops_the_words_and_the_date_around_its_name(host: PluginHost) -> None:
    text = (
        "这是继2023年市委、市政府出台《关于加快科技创新的意见》之后的又一举措。"
        "此前，市科技局会同市财政局于2024年联合印发了《某市科技计划项目管理办法》。"
    )
    assert [(p.issuer, p.year) for p in _policies(host, text)] == [
        ("市委、市政府", 2023),
        ("市科技局、市财政局", 2024),
    ]


def test_a_list_introduced_with_its_year_gives_it_to_every_item_even_when_a_column_wraps_them() -> None:
    text = (
        "2023年，某市围绕创新驱动战略，一批配套\n"
        "政策相继出台——\n"
        "《某市科技企业孵化器认定管理办\n法》，规范孵化载体建设和运行管\n理。\n"
        "《某市技术转移机构奖补实施细\n则》，鼓励机构开展技术转移服\n务。\n"
    )
    got = mengke.extract(text).policies
    assert [(p.kind, p.year) for p in got] == [("办法", 2023), ("实施细则", 2023)]


def test_a_list_whose_first_item_runs_on_after_its_introduction_gives_its_year_to_all() -> None:
    text = (
        "2023年，某市配套政策相继出台——《某市科技企业孵化器认定管理办法》，规范孵化载体建设。\n"
        "《某市技术转移机构奖补实施细则》，鼓励机构开展技术转移服务。\n"
    )
    got = mengke.extract(text).policies
    assert [p.year for p in got] == [2023, 2023]


def test_an_effective_date_after_a_later_title_is_that_titles_own() -> None:
    text = (
        "某市印发《某市成果转化提速三年行动方案》（以下简称《方案》）。为配合《方案》落地，"
        "市财政局修订了《某市科技计划项目资金管理办法》，新办法自2026年3月1日起实施。"
    )
    got = {p.title: p.effective for p in mengke.extract(text).policies}
    assert got == {"某市成果转化提速三年行动方案": None, "某市科技计划项目资金管理办法": dt.date(2026, 3, 1)}


def test_a_list_introduction_a_column_wraps_after_a_quoted_name_gives_its_year() -> None:
    text = (
        "各项工作稳步推进。\n2024年，某市围绕“科技强市20条”\n配套政策相继出台——\n"
        "《某市企业研发投入后补助\n办法》，鼓励企业加大投入。\n"
    )
    got = {p.title: p.year for p in mengke.extract(text).policies}
    assert got["某市企业研发投入后补助办法"] == 2024


def test_the_date_of_effect_after_the_bodies_that_passed_and_approved_a_title_is_its_own() -> None:
    text = (
        "《某市科技创新促进条例》已于2025年10月30日经某市第十一届人民代表大会常务委员会第二十三次会议通过，"
        "并经某省第十四届人民代表大会常务委员会第十九次会议批准，自2026年3月1日起施行。"
    )
    assert [p.effective for p in mengke.extract(text).policies] == [dt.date(2026, 3, 1)]


def test_a_title_year_and_a_package_count_set_apart_by_spaces_are_read() -> None:
    text = (
        "某市印发《某市 2025 年科技工作安排》。\n\n某省出台科技人才新政 20 条\n\n"
        "本报讯 近日，某省印发《关于激发科技人才活力的若干措施》（以下简称“人才新政 20 条”）。"
    )
    got = mengke.extract(text)
    assert [p.period for p in got.policies][:1] == [(2025, 2025)]
    assert [m.text for m in got.metrics] == []


def test_a_package_the_article_names_a_document_by_is_an_alias_of_it() -> None:
    text = (
        "某省出台科技金融“新八条”\n\n"
        "近日，某省印发《某省关于强化科技金融支持的若干措施》，被业内称为“新八条”。"
        "“新八条”提出设立风险补偿资金池。\n"
    )
    got = mengke.extract(text).policies
    assert [(p.title, p.aliases) for p in got] == [("某省关于强化科技金融支持的若干措施", ("新八条",))]
    assert len(got[0].mentions) == 3  # (the headline, the nickname, and its use after)


def test_bodies_left_unnamed_beside_the_issuer_are_no_part_of_it() -> None:
    text = "省科技厅会同有关部门制定了《某省中试平台建设管理办法》。"
    assert mengke.extract(text).policies[0].issuer == "省科技厅"


def test_a_package_a_headline_names_by_its_count_is_the_document_given_that_count_as_alias() -> None:
    text = (
        "某盟出台人才引育“15条”\n"
        "　　近日，某盟印发《某盟关于加快人才引育的若干措施》（以下简称“人才引育15条”），"
        "对引进的博士给予每人20万元补贴。\n"
    )
    got = mengke.extract(text)
    assert [(p.title, p.aliases) for p in got.policies] == [("某盟关于加快人才引育的若干措施", ("人才引育15条",))]
    assert (text.index("人才引育“15条”"), text.index("”\n") + 1) in got.policies[0].mentions


def test_titles_marked_without_book_title_marks_and_packages_in_single_quotes_are_policies(host: PluginHost) -> None:
    text = (
        "某市印发<<某市科技创新券管理办法>>，发布〈关于支持企业创新的若干意见〉，推出‘科技新政20条’。〈自然〉杂志刊发。"
    )
    got = [(p.title, p.kind) for p in _policies(host, text)]
    assert got == [
        ("某市科技创新券管理办法", "办法"),
        ("关于支持企业创新的若干意见", "意见"),
        ("科技新政20条", "措施"),
    ]


def test_a_notice_named_in_a_portals_headline_is_first_named_there_with_its_issuer() -> None:
    page = (
        "某市科学技术局\n首页 > 政府信息公开 > 政策文件\n"
        "标　　题：某市科学技术局关于印发《某市科技企业孵化器管理办法》的通知\n"
        "发布机构：某市科学技术局\t发布日期：2026年04月08日\n\n"
        "某市科学技术局关于印发《某市科技企业孵化器管理办法》的通知\n"
        "各旗县区科技局：\n现将《某市科技企业孵化器管理办法》印发给你们，请遵照执行。\n"
        "某市科学技术局\n2026年4月2日\n"
    )
    got = mengke.extract(page, style="portal_page")
    (p,) = got.policies
    assert (p.title, p.issuer) == ("某市科技企业孵化器管理办法", "某市科学技术局")
    assert page[p.start : p.end] == "《某市科技企业孵化器管理办法》"
    assert page.rfind("\n", 0, p.start) == page.find("\n某市科学技术局关于印发")


def test_a_development_zone_issues_its_own_policy(host: PluginHost) -> None:
    text = "日前，某某经开区印发《某某经开区促进中试平台建设若干措施》，明确了支持方向。"
    assert [p.issuer for p in _policies(host, text)] == ["某某经开区"]


def test_a_policy_issued_the_same_year_takes_the_year_said_before(host: PluginHost) -> None:
    text = "2024年，省政府印发《某省算力设施三年行动计划（2024—2026年）》。同年，省科技厅出台《某省中试平台管理办法》。"
    assert [(p.kind, p.year) for p in _policies(host, text)] == [("行动计划", 2024), ("办法", 2024)]
