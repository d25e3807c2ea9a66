"""The digest style on a page written for this test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import mengke_digest
from mengke_digest import DigestExtractor

from mengke.testing import assert_grounded, make_article, using_plugins

PAGE = (Path(__file__).parent / "page.txt").read_text(encoding="utf-8")


def test_digest_wins_on_a_page_with_hash_headlines() -> None:
    with using_plugins(mengke_digest) as host:
        assert host.choose(make_article(PAGE)).name == "digest_page"


def test_hash_headlines_and_headlines_over_a_byline_open_stories_sub_headings_do_not() -> None:
    got = DigestExtractor().extract(make_article(PAGE))
    assert [s.title for s in got.stories] == [
        "鄂尔多斯氢能产业再提速",
        "《内蒙古自治区数据条例》 将于明年3月1日起施行",
        "绿色出行宣传进社区",
    ]
    assert [s.authors for s in got.stories] == [("孙悦",), ("周敏",), ("高原",)]
    assert_grounded(got, PAGE)


def test_figures_and_policy_of_a_digest() -> None:
    got = DigestExtractor().extract(make_article(PAGE))
    by_text = {m.text: m for m in got.metrics}
    by_text.update({m.text.lstrip("约近超过突破不到 "): m for m in got.metrics})
    assert by_text["12座"].region == "鄂尔多斯"
    assert by_text["150亿元"].status.value == "target"
    (policy,) = got.policies
    assert policy.title == "内蒙古自治区数据条例"
    assert policy.kind == "条例"
    assert policy.aliases == ("条例",)
    assert policy.effective == dt.date(2026, 3, 1)
    assert policy.issuer == "自治区人大常委会"


ROUND_UP = """# 本周科技要闻

**1. 科技部等五部门印发《关于加快场景创新的指导意见》**
意见提出，到2027年建成一批示范场景。

**2. 杭州发放算力券**
对租用算力的企业按费用的20%给予补贴，每家企业每年最高500万元。

**3. 东莞：上半年新增专精特新企业320家**
东莞市上半年新增专精特新企业320家，同比增长15%。
"""


def test_each_bold_numbered_headline_of_a_round_up_opens_a_story() -> None:
    ex = DigestExtractor()
    layout = ex.read_layout(make_article(ROUND_UP))
    assert layout.meta.title == "本周科技要闻"  # (the round-up's name, over nothing but its items)
    assert [s.title for s in layout.stories] == [
        "科技部等五部门印发《关于加快场景创新的指导意见》",
        "杭州发放算力券",
        "东莞：上半年新增专精特新企业320家",
    ]


def test_the_issuer_of_a_round_up_item_drops_the_bold_and_the_number() -> None:
    with using_plugins(mengke_digest) as host:
        policy = host.extract(make_article(ROUND_UP), style="digest_page").policies[0]
    assert policy.issuer == "科技部等五部门"


SUBHEADED_ROUND_UP = """# 地方创新周报（第3期）

发布时间：2026-05-18

## 1. 苏州：生物医药产业营收突破两千亿

**苏州**生物医药产业2025年实现营业收入2150亿元，其中上市企业**41家**。

## 2. 合肥：量子企业达到80家

截至2025年底，全市量子信息企业达到80家。

## 3. 长沙：发布新一轮创新规划

规划提出，到2030年，全社会研发投入强度达到3.5%。
"""


def test_each_numbered_sub_heading_of_a_round_up_opens_a_story_with_its_place() -> None:
    got = DigestExtractor().extract(make_article(SUBHEADED_ROUND_UP))
    assert got.meta.title == "地方创新周报（第3期）"  # the masthead over a date titles the page, no story
    assert [(s.title, s.region) for s in got.stories] == [
        ("苏州：生物医药产业营收突破两千亿", "苏州"),
        ("合肥：量子企业达到80家", "合肥"),
        ("长沙：发布新一轮创新规划", "长沙"),
    ]
    assert got.meta.published == dt.date(2026, 5, 18)
    listed = next(m for m in got.metrics if m.text == "41家")
    assert listed.indicator == "上市企业"  # the bold marks are no part of it
    goal = next(m for m in got.metrics if m.text == "3.5%")
    assert (goal.status.value, goal.year, goal.region) == ("target", 2030, "长沙")
    assert_grounded(got, SUBHEADED_ROUND_UP)


LABELLED_ROUND_UP = """# 创新简讯（第7期）

## 【赤峰】新建中试基地4个

赤峰市今年新建中试基地4个，服务企业120家。

## 【阿拉善】沙产业产值增长一成

阿拉善盟沙产业产值同比增长12%。
"""


def test_each_sub_heading_opening_with_a_place_label_opens_a_story() -> None:
    got = DigestExtractor().extract(make_article(LABELLED_ROUND_UP))
    assert [(s.title, s.region) for s in got.stories] == [
        ("【赤峰】新建中试基地4个", "赤峰"),
        ("【阿拉善】沙产业产值增长一成", "阿拉善"),
    ]
    assert [m.region for m in got.metrics if m.text == "12%"] == ["阿拉善"]


SECTIONED_BULLETIN = """# 科技信息（第9期）

## 要闻

### 自治区下达技术创新引导资金3亿元

近日，自治区下达技术创新引导资金3亿元。

### 新认定一批自治区级众创空间

今年新认定自治区级众创空间15家。

## 基层传真

### 乌海市新建中试基地两个

乌海市今年新建中试基地2个。
"""


def test_under_a_masthead_with_section_labels_each_headline_with_text_opens_a_story() -> None:
    got = DigestExtractor().extract(make_article(SECTIONED_BULLETIN))
    assert got.meta.title == "科技信息（第9期）"
    assert [s.title for s in got.stories] == [
        "自治区下达技术创新引导资金3亿元",
        "新认定一批自治区级众创空间",
        "乌海市新建中试基地两个",
    ]
    assert [m.story for m in got.metrics if m.text in ("15家", "2个")] == [1, 2]
    assert_grounded(got, SECTIONED_BULLETIN)


ARTICLE_WITH_SECTIONS = """# 某市推进科技成果转化

## 一、基本情况

全市去年登记技术合同520项。

## 二、主要做法

设立转化基金2亿元。
"""


def test_a_headline_over_its_own_sections_stays_one_story() -> None:
    got = DigestExtractor().extract(make_article(ARTICLE_WITH_SECTIONS))
    assert [s.title for s in got.stories][:1] == ["某市推进科技成果转化"]
    assert got.meta.title is None


def test_numbered_section_labels_under_one_headline_open_no_stories() -> None:
    got = DigestExtractor().extract(make_article(ARTICLE_WITH_SECTIONS))
    assert [s.title for s in got.stories] == ["某市推进科技成果转化"]


def test_chinese_numbered_headings_are_one_articles_sections() -> None:
    text = (
        "# 某盟科技工作回顾\n\n◎本报记者 李文\n\n## 一、创新企业加快成长\n\n新认定高新技术企业40家。\n\n"
        "## 二、成果转化提速增效\n\n**三、平台建设再上台阶**\n\n新建中试基地3个。\n"
    )
    got = DigestExtractor().extract(make_article(text))
    assert [s.title for s in got.stories] == ["某盟科技工作回顾"]


def test_a_source_labelled_under_the_headline_is_the_pages_source() -> None:
    text = "# 图解某市创新条例\n\n2026-04-02 来源：某市科学技术局\n\n## 一、主要内容\n\n条例自6月1日起施行。\n"
    got = DigestExtractor().extract(make_article(text))
    assert got.meta.source == "某市科学技术局"
    assert got.meta.published == dt.date(2026, 4, 2)


def test_numbered_sub_headlines_each_over_a_lead_byline_open_stories() -> None:
    text = (
        "# 盟市新闻集萃\n\n## 一、某市：新认定科技型企业180家\n\n本报讯（记者 王芳）某市新认定科技型企业180家。\n\n"
        "## 二、某盟：稀土产业产值突破千亿元\n\n本报讯（记者 李强）某盟稀土产业产值突破1000亿元。\n"
    )
    got = DigestExtractor().extract(make_article(text))
    assert [(s.title, s.authors) for s in got.stories][1:] == [
        ("一、某市：新认定科技型企业180家", ("王芳",)),
        ("二、某盟：稀土产业产值突破千亿元", ("李强",)),
    ]


def test_one_sub_headline_over_a_lead_is_the_deck_of_the_headline_above() -> None:
    text = "# 某市绿色工厂建设提速\n\n## 三座园区入选省级绿色工厂名单\n\n本报讯（记者 刘丽）近日，三座园区入选。\n"
    got = DigestExtractor().extract(make_article(text))
    assert [s.title for s in got.stories] == ["某市绿色工厂建设提速"]


ROUND_UP_WITH_A_NOTE = """# 创新要情（第7期）

**编者按**：本期选编几地的新进展。

## 一、各地进展

### 1. 湖南：新增专精特新企业340家
全省今年新增专精特新中小企业340家。

### 2. 湖北：光谷企业研发投入增长
东湖高新区企业研发投入增长16%。

## 二、政策一览

- 某部委印发《关于推进中试平台建设的指导意见》，提出到2027年建成中试平台50个。
"""


def test_a_round_up_masthead_over_an_editors_note_titles_the_page_and_opens_no_story() -> None:
    got = DigestExtractor().extract(make_article(ROUND_UP_WITH_A_NOTE))
    assert got.meta.title == "创新要情（第7期）"
    assert [s.title for s in got.stories][:2] == ["湖南：新增专精特新企业340家", "湖北：光谷企业研发投入增长"]


def test_a_section_heading_with_text_under_it_ends_the_item_before_it() -> None:
    got = DigestExtractor().extract(make_article(ROUND_UP_WITH_A_NOTE))
    assert [s.title for s in got.stories] == [
        "湖南：新增专精特新企业340家",
        "湖北：光谷企业研发投入增长",
        "二、政策一览",
    ]
    fifty = next(m for m in got.metrics if m.text == "50个")
    assert fifty.story == 2
    assert_grounded(got, ROUND_UP_WITH_A_NOTE)


def test_a_round_ups_signature_at_its_foot_dates_it() -> None:
    page = (
        "# 科技动态\n\n## 【甲市】新增孵化器3家\n甲市新增孵化器3家。\n\n"
        "## 【乙市】新增企业\n乙市新增企业20家。\n\n（某某省科学技术厅　2026年11月12日）\n"
    )
    got = DigestExtractor().extract(make_article(page))
    assert (got.meta.published, got.meta.source) == (dt.date(2026, 11, 12), "某某省科学技术厅")


BOLD_ROUND_UP = """**创新要闻速览**（第12期）

编辑：某某研究所　　2026年5月8日

**【甲市】新建中试基地5个**

甲市科技局消息，今年新建中试基地5个，累计达到19个。

**【乙盟】科技特派员服务覆盖全部苏木乡镇**

乙盟今年选派科技特派员310名，覆盖全部苏木乡镇。
"""


def test_a_page_of_bold_labelled_items_without_hash_lines_is_a_digest() -> None:
    with using_plugins(mengke_digest) as host:
        assert host.choose(make_article(BOLD_ROUND_UP)).name == "digest_page"


def test_a_bold_issue_title_over_bold_items_titles_the_page_and_opens_no_story() -> None:
    got = DigestExtractor().extract(make_article(BOLD_ROUND_UP))
    assert got.meta.title == "创新要闻速览（第12期）"
    assert [s.title for s in got.stories] == ["【甲市】新建中试基地5个", "【乙盟】科技特派员服务覆盖全部苏木乡镇"]
    assert got.meta.published == dt.date(2026, 5, 8)
    assert_grounded(got, BOLD_ROUND_UP)


_ITEMS = [
    ("甲市新增科技小院6个", "今年以来，甲市新建科技小院6个，服务农牧民2300余人次。", "甲市日报"),
    ("乙市技术合同成交额增长三成", "今年一季度，乙市技术合同成交额达到8.6亿元，同比增长31％。", "乙市日报"),
    ("丙市专精特新企业达到42家", "截至目前，丙市专精特新中小企业达到42家。", "丙市日报"),
]


def _round_up(masthead: str, heading: str) -> str:
    items = [heading.format(k=k + 1, t=t) + f"\n\n{body}（{source}）" for k, (t, body, source) in enumerate(_ITEMS)]
    return masthead + "\n\n".join(items) + "\n"


def test_numbered_sub_headings_with_no_masthead_are_the_items_of_a_round_up() -> None:
    page = _round_up("", "## {k}. {t}")
    with using_plugins(mengke_digest) as host:
        got = host.extract(make_article(page))
    assert got.style == "digest_page"
    assert [s.title for s in got.stories] == [t for t, _, _ in _ITEMS]  # (the number dropped)
    assert_grounded(got, page)


def test_an_issue_title_over_headlines_of_its_level_titles_the_page_and_is_no_story() -> None:
    page = _round_up("# 科技周报（第18期）\n\n", "# {t}")
    got = DigestExtractor().extract(make_article(page))
    assert got.meta.title == "科技周报（第18期）"
    assert [s.title for s in got.stories] == [t for t, _, _ in _ITEMS]


def test_an_issue_title_in_bold_over_sub_headings_opens_a_story_at_each() -> None:
    page = _round_up("**科技要闻**（第44期）\n\n", "## {t}")
    with using_plugins(mengke_digest) as host:
        got = host.extract(make_article(page))
    assert got.style == "digest_page"
    assert got.meta.title == "科技要闻（第44期）"
    assert [s.title for s in got.stories] == [t for t, _, _ in _ITEMS]
    assert_grounded(got, page)


def test_sub_headings_opening_a_page_with_no_title_over_them_are_its_stories() -> None:
    page = _round_up("", "## {t}")
    with using_plugins(mengke_digest) as host:
        got = host.extract(make_article(page))
    assert got.style == "digest_page"
    assert got.meta.title is None
    assert [s.title for s in got.stories] == [t for t, _, _ in _ITEMS]
    assert_grounded(got, page)


def test_an_articles_numbered_sections_under_its_sub_heading_title_stay_one_story() -> None:
    page = (
        "## 某市科技创新工作综述\n\n今年以来，某市科技工作稳步推进。\n\n"
        "## 一、创新主体不断壮大\n\n全市新增高新技术企业120家。\n\n"
        "## 二、创新平台加快建设\n\n新建重点实验室8个。\n"
    )
    got = DigestExtractor().extract(make_article(page))
    assert [s.title for s in got.stories] == ["某市科技创新工作综述"]


def test_sub_headings_under_a_bylined_sub_heading_title_are_its_sections() -> None:
    page = (
        "## 某市科技创新工作综述\n\n●本报记者 李明\n\n今年以来，某市科技工作稳步推进。\n\n"
        "## 创新主体不断壮大\n\n全市新增高新技术企业120家。\n\n"
        "## 创新平台加快建设\n\n新建重点实验室8个。\n"
    )
    got = DigestExtractor().extract(make_article(page))
    assert [s.title for s in got.stories] == ["某市科技创新工作综述"]


def test_a_plain_text_round_up_of_numbered_headlines_under_an_issue_title_has_a_story_each() -> None:
    page = (
        "创新快讯 第8期\n\n"
        "1、赤峰：新建中试基地3个\n\n今年以来，赤峰市新建自治区级中试基地3个。\n\n"
        "2、乌海：氢能重卡推广超过600辆\n\n乌海市累计推广氢能重卡超过600辆，同比翻了一番。\n"
    )
    with using_plugins(mengke_digest) as host:
        got = host.extract(make_article(page))
    assert got.style == "digest_page"
    assert got.meta.title == "创新快讯 第8期"
    assert [s.title for s in got.stories] == ["赤峰：新建中试基地3个", "乌海：氢能重卡推广超过600辆"]
    assert [m.region for m in got.metrics if m.story == 1] == ["乌海"] * len([m for m in got.metrics if m.story == 1])
    assert_grounded(got, page)


def test_place_labels_alone_over_their_items_open_a_story_each() -> None:
    page = (
        "科技简讯\n\n【通辽】\n通辽市新建数字农场示范点12个，覆盖耕地8万亩。\n\n"
        "【兴安盟】\n兴安盟选派科技特派员410人。\n"
    )
    got = DigestExtractor().extract(make_article(page))
    assert [s.title for s in got.stories] == ["【通辽】", "【兴安盟】"]


def test_an_articles_numbered_points_are_no_round_up() -> None:
    page = (
        "某市出台措施支持企业创新\n\n为支持企业创新，某市出台以下措施。\n\n"
        "1、加大研发投入\n\n对研发投入增长的企业，按增量的10%给予奖励。\n\n"
        "2、支持平台建设\n\n对新认定的研发平台，给予50万元补助。\n"
    )
    with using_plugins(mengke_digest) as host:
        got = host.extract(make_article(page))
    assert [s.title for s in got.stories] == ["某市出台措施支持企业创新"]
