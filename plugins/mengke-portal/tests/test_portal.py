"""The portal-page style on a page written for this test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import mengke_portal
import pytest
from mengke_portal import PortalExtractor

from mengke.testing import assert_grounded, make_article, using_plugins

PAGE = (Path(__file__).parent / "page.txt").read_text(encoding="utf-8")


def test_portal_wins_on_breadcrumb_and_metadata_line() -> None:
    with using_plugins(mengke_portal) as host:
        assert host.choose(make_article(PAGE)).name == "portal_page"


def test_metadata_goes_into_meta() -> None:
    got = PortalExtractor().extract(make_article(PAGE))
    assert got.meta.title == "通辽市科技成果转化成效显著"
    assert got.meta.published == dt.date(2026, 4, 2)
    assert got.meta.source == "通辽日报"
    assert got.meta.authors == ("刘洋",)
    assert got.meta.editors == ("陈静",)
    assert_grounded(got, PAGE)


def test_chrome_and_the_lead_box_hold_no_figures_and_no_policies() -> None:
    got = PortalExtractor().extract(make_article(PAGE))
    assert [m.text for m in got.metrics] == ["320项", "6.8亿元", "35%"]
    assert got.policies == ()
    body = PAGE.index("今年一季度,通辽市登记")
    assert got.metrics[0].start > body


def test_this_year_reads_the_publication_date() -> None:
    got = PortalExtractor().extract(make_article(PAGE))
    assert {m.year for m in got.metrics} == {2026}


def test_an_impossible_date_leaves_published_unset_instead_of_failing() -> None:
    page = PAGE.replace("2026-04-02", "2026-14-42")
    got = PortalExtractor().extract(make_article(page))
    assert got.meta.published is None
    assert got.meta.source == "通辽日报"


def test_a_home_breadcrumb_and_an_editor_in_the_metadata_line_are_read() -> None:
    page = (
        "首页 > 新闻中心 > 科技动态\n\n兴安盟新建种业基地\n\n"
        "来源：兴安日报 | 发布时间：2026年4月15日 09:30 | 编辑：李明\n\n"
        "今年以来，兴安盟新建种业基地3个。\n\n责任编辑：赵娜\n"
    )
    article = make_article(page)
    assert PortalExtractor().score(article).score >= 0.8
    got = PortalExtractor().extract(article)
    assert got.meta.editors == ("李明", "赵娜")
    assert got.meta.published == dt.date(2026, 4, 15)
    assert [m.text for m in got.metrics] == ["3个"]


def test_social_chrome_is_no_headline_and_a_paragraph_pasted_twice_is_read_once() -> None:
    text = (
        "点击蓝字 关注我们\n\n福建研发投入强度再创新高\n\n原创 创新观察 2025-11-02 08:30\n\n"
        "来源：福建日报\n\n福州市研发经费投入达到420亿元，增长9%。\n\n福州市研发经费投入达到420亿元，增长9%。\n\n"
        "编辑：林涛\n"
    )
    got = PortalExtractor().extract(make_article(text))
    assert got.meta.title == got.stories[0].title == "福建研发投入强度再创新高"
    assert [m.text for m in got.metrics] == ["420亿元", "9%"]
    assert_grounded(got, text)


def test_a_reporter_label_on_the_metadata_line_gives_the_author_and_the_source() -> None:
    page = (
        "当前位置：首页 > 新闻中心\n\n某市举办科技成果对接会\n\n"
        "2026-05-12 16:20:31　来源：某市日报　记者：王磊\n\n"
        "5月11日，某市科技成果对接会举行，现场签约项目32个。\n\n责任编辑：周云\n"
    )
    got = PortalExtractor().extract(make_article(page))
    assert (got.meta.source, got.meta.authors, got.meta.editors) == ("某市日报", ("王磊",), ("周云",))


def test_a_government_disclosure_block_gives_the_meta_and_the_headline_under_it() -> None:
    page = (
        "索引号：00000000XY0000000Z/2025-00077    主题分类：科技\n"
        "发布机构：某某市科学技术局    成文日期：2025-04-01\n"
        "标题：某某市科学技术局关于2025年度科技型企业入库名单的公告\n"
        "文号：某科字〔2025〕9号    发布日期：2025-04-03\n\n"
        "某某市科学技术局关于2025年度科技型企业入库名单的公告\n\n"
        "经企业自评、专家复核，现将入库企业名单予以公告，共计315家。\n\n"
        "【打印】【关闭】\n"
    )
    got = PortalExtractor().extract(make_article(page))
    assert got.meta.title == "某某市科学技术局关于2025年度科技型企业入库名单的公告"
    assert (got.meta.source, got.meta.published) == ("某某市科学技术局", dt.date(2025, 4, 3))  # not 成文日期
    assert [m.text for m in got.metrics] == ["315家"]
    assert got.stories[0].start == page.index("某某市科学技术局关于2025年度科技型企业入库名单的公告\n\n")
    assert_grounded(got, page)


def test_a_disclosure_block_of_one_spaced_label_a_line_is_metadata_not_the_headline() -> None:
    page = (
        "索 引 号：00000000XY0000000Z/2026-00102\n"
        "发文机关：某某盟行政公署办公室\n"
        "成文日期：2026年06月02日\n"
        "标　　题：某某盟行政公署办公室关于印发科技创新券管理办法的通知\n"
        "发文字号：某署办发〔2026〕17号\n"
        "发布日期：2026年06月05日\n\n"
        "某某盟行政公署办公室关于印发科技创新券管理办法的通知\n\n"
        "创新券年度发放总额为800万元，单家企业每年不超过20万元。\n"
    )
    got = PortalExtractor().extract(make_article(page))
    assert got.meta.title == got.stories[0].title == "某某盟行政公署办公室关于印发科技创新券管理办法的通知"
    assert (got.meta.source, got.meta.published) == ("某某盟行政公署办公室", dt.date(2026, 6, 5))
    assert [m.text for m in got.metrics] == ["800万元", "不超过20万元"]
    assert_grounded(got, page)


def test_fields_on_lines_of_their_own_and_an_editor_over_the_article_are_metadata() -> None:
    page = (
        "某市新材料产业提速\n\n"
        "来源：某市日报\n编辑：其木格\n\n"
        "2025年，某市新材料产业链企业达到48家，同比增长20%，全年实现产值超过90亿元。\n\n"
        "全市已建成中试基地6个。\n"
    )
    with using_plugins(mengke_portal) as host:
        assert host.choose(make_article(page)).name == "portal_page"
    got = PortalExtractor().extract(make_article(page))
    assert (got.meta.source, got.meta.editors) == ("某市日报", ("其木格",))
    assert [m.text for m in got.metrics] == ["48家", "20%", "超过90亿元", "6个"]  # the editor line ends nothing
    assert_grounded(got, page)


def test_a_two_character_author_padded_to_three_in_the_metadata_line_is_read_whole() -> None:
    page = (
        "首页 > 政务公开 > 科技要闻\n某盟：科技特派员服务全覆盖\n"
        "2026-05-06 09:00 来源： 某某日报 作者： 吴 凡 字号：[ 大 中 小 ]\n"
        "今年以来，全盟选派科技特派员320名，实现嘎查村全覆盖。\n责任编辑：周敏\n"
    )
    got = PortalExtractor().extract(make_article(page))
    assert (got.meta.authors, got.meta.editors) == (("吴凡",), ("周敏",))


def test_several_authors_a_space_parts_in_the_metadata_line_are_all_read_and_chrome_words_are_not() -> None:
    page = (
        "首页 > 新闻中心 > 盟市动态\n某旗：种业科技小院建到田间\n"
        "2026-06-11 08:30 来源：某某日报 作者：高娃 陈立新 阅读 88\n"
        "今年以来，全旗建成科技小院6个，推广新品种14个。\n责任编辑：孟和\n"
    )
    got = PortalExtractor().extract(make_article(page))
    assert got.meta.authors == ("高娃", "陈立新")
    assert got.stories[0].authors == ("高娃", "陈立新")


def test_a_list_of_related_articles_under_the_page_holds_no_figures() -> None:
    text = (
        "首页 > 科技动态\n某省：全年技术合同成交额增长两成\n发布时间：2026-10-28 来源：某省科技厅\n"
        "记者从省科技厅获悉，今年全省登记技术合同2.9万项，成交额达到1400亿元。\n相关文章\n某市发布科创十条\n某地首台套装备突破35台\n"
    )
    got = PortalExtractor().extract(make_article(text))
    assert [m.text for m in got.metrics] == ["两成", "2.9万项", "1400亿元"]


def test_a_portals_source_set_on_the_line_under_its_label_is_the_source() -> None:
    page = (
        "当前位置：首页 > 新闻中心 > 正文\n\n某地出台科技金融新政\n\n"
        "发布时间：2026-04-02  来源：\n某某科技网  浏览次数：12\n\n全市科技贷款余额达到120亿元。\n"
    )
    got = PortalExtractor().extract(make_article(page))
    assert got.meta.source == "某某科技网"


def test_a_source_line_with_an_unlabelled_time_stamp_is_the_metadata_line() -> None:
    page = (
        "某旗：种业科技小院助农增收\n\n来源：某某新闻网  2026-06-02 09:15\n\n"
        "　　今年以来，全旗建成科技小院6个，推广新品种14个。\n　　（责任编辑：孟和）\n"
    )
    article = make_article(page)
    assert PortalExtractor().score(article).score >= 0.4
    got = PortalExtractor().extract(article)
    assert (got.meta.title, got.meta.source, got.meta.published) == (
        "某旗：种业科技小院助农增收",
        "某某新闻网",
        dt.date(2026, 6, 2),
    )
    assert [m.text for m in got.metrics] == ["6个", "14个"]
    assert_grounded(got, page)


def test_a_post_under_a_dated_header_and_social_chrome_keeps_its_article_and_closing_fields() -> None:
    page = (
        "某市：新材料产业跑出加速度\n原创 某市科技 某市科技 2026年06月18日 17:32 内蒙古\n\n点击蓝字 关注我们\n\n"
        "2025年，全市新材料产业实现产值286亿元，同比增长16.2%。\n目前，全市拥有新材料企业47家。\n\n"
        "来源：某某日报\n编辑：张敏\n审核：王强\n"
    )
    got = PortalExtractor().extract(make_article(page))
    assert [m.text for m in got.metrics] == ["286亿元", "16.2%", "47家"]
    assert (got.meta.title, got.meta.published, got.meta.source, got.meta.editors) == (
        "某市：新材料产业跑出加速度",
        dt.date(2026, 6, 18),
        "某某日报",
        ("张敏",),
    )
    assert_grounded(got, page)


_BODY = "今年以来，某旗选派科技特派员126名，深入全旗38个嘎查村开展技术服务。\n"


@pytest.mark.parametrize(
    "head",
    [
        "来源：某旗融媒体中心 | 作者：张三 | 发布时间：2026-04-18\n【字号 大 中 小】 分享到：\n\n"
        "某旗：科技特派员助力春耕\n",
        "发布时间：2026-04-18 10:00:00\n来源：某旗科技局\n阅读量：1024\n\n某旗：科技特派员助力春耕\n",
        "某旗：科技特派员助力春耕\n发布时间：2026-04-18 10:00:00\n来源：某旗科技局\n阅读量：1024\n",
        "某旗：科技特派员助力春耕\n收录于合集 #科技特派员 12个\n",
    ],
)
def test_fields_counters_and_buttons_around_the_headline_are_neither_headline_nor_figures(head: str) -> None:
    page = f"{head}\n{_BODY}\n来源：某旗融媒\n编辑：张敏\n审核：王强\n"
    got = PortalExtractor().extract(make_article(page))
    assert got.meta.title == "某旗：科技特派员助力春耕"
    assert [m.text for m in got.metrics] == ["126名", "38个"]
    assert_grounded(got, page)
