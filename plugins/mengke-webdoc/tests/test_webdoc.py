"""The web-document style on an article written for this test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import mengke_webdoc
from mengke_webdoc import WebDocumentExtractor

from mengke.testing import assert_grounded, make_article, using_plugins

PAGE = (Path(__file__).parent / "page.txt").read_text(encoding="utf-8")


def test_web_document_wins_on_artefacts_and_full_width_punctuation() -> None:
    with using_plugins(mengke_webdoc) as host:
        assert host.choose(make_article(PAGE)).name == "web_document"


def test_title_is_the_first_line_and_meta_carries_it() -> None:
    got = WebDocumentExtractor().extract(make_article(PAGE))
    assert [s.title for s in got.stories] == ["兴安盟：科技特派员扎根田间地头"]
    assert got.meta.title == "兴安盟：科技特派员扎根田间地头"
    assert_grounded(got, PAGE)


def test_full_width_percent_and_policy_with_trial_suffix() -> None:
    got = WebDocumentExtractor().extract(make_article(PAGE))
    share = next(m for m in got.metrics if m.text == "85％")
    assert (str(share.value), share.unit, share.year, share.region) == ("85", "%", 2023, "兴安盟")
    (policy,) = got.policies
    assert policy.title == "兴安盟科技特派员管理办法（试行）"
    assert policy.kind == "办法"


def test_a_bookmark_before_the_headline_and_an_image_line_are_not_the_title() -> None:
    page = "[image: ]\n[bookmark: _Toc42]某县科技工作总结\n全县新增科技型企业18家。\n另有孵化器2个。\n"
    got = WebDocumentExtractor().extract(make_article(page))
    assert got.meta.title == got.stories[0].title == "某县科技工作总结"
    assert_grounded(got, page)


def test_a_dated_header_line_gives_the_publication_date_and_today_s_year() -> None:
    text = (
        "某省科技创新发展报告发布\n２０２６-０３-１８ ０９:３０ 来源：某省日报\n"
        "今年一季度，全省技术交易额达到４２０亿元，同比增长１２.３％。\n"
        "全省新认定高新技术企业（含复核）６８００家。\n研发投入占比达到３.２５％。\n"
    )
    got = WebDocumentExtractor().extract(make_article(text))
    assert got.meta.published == dt.date(2026, 3, 18)
    assert [m.year for m in got.metrics][:2] == [2026, 2026]


def test_blank_lines_count_the_same_with_windows_line_ends() -> None:
    text = "标题一行\n\n第一段，研发投入5亿元。\n\n第二段，增长8%。\n\n第三段，新增企业20家。\n\n第四段，完。\n"
    lf = WebDocumentExtractor().score(make_article(text))
    crlf = WebDocumentExtractor().score(make_article(text.replace("\n", "\r\n")))
    assert lf == crlf


def test_an_attachment_label_over_the_first_line_does_not_title_the_document() -> None:
    text = (
        "附件1\n某县科技特派员工作考核结果\n"
        "　　经考核，全县科技特派员共服务企业126家，其中优秀等次21人。\n（某县科学技术局）\n2026年3月2日\n"
    )
    got = WebDocumentExtractor().extract(make_article(text))
    assert got.meta.title == "某县科技特派员工作考核结果"
    assert_grounded(got, text)


_REPORT = (
    "一、总体情况\n2025年，全盟全社会研发投入达到12.6亿元，同比增长23.5%。\n二、主要成效\n全盟高新技术企业达到136家。\n"
)


def test_a_body_over_its_reports_headline_is_the_source_and_a_documents_mark_no_headline() -> None:
    page = "内部资料 注意保存\n某盟科学技术局\n某盟2025年科技创新工作情况报告\n" + _REPORT
    got = WebDocumentExtractor().extract(make_article(page))
    assert got.stories[0].title == "某盟2025年科技创新工作情况报告"
    assert (got.meta.title, got.meta.source) == ("某盟2025年科技创新工作情况报告", "某盟科学技术局")
    assert [m.text for m in got.metrics] == ["12.6亿元", "23.5%", "136家"]


def test_a_body_over_a_notice_that_opens_with_guan_yu_is_the_first_line_of_its_headline() -> None:
    page = "某市人民政府办公室\n关于印发某市科技创新券管理办法的通知\n各区县人民政府：\n" + _REPORT
    got = WebDocumentExtractor().extract(make_article(page))
    assert got.stories[0].title == "某市人民政府办公室 关于印发某市科技创新券管理办法的通知"
    assert got.stories[0].start == 0


def test_a_body_named_alone_under_the_headline_is_the_source() -> None:
    text = (
        "[bookmark: _GoBack]2025年全市科技创新主要指标完成情况\n某市科学技术局\n一、总体情况\n"
        "2025年，全市研发经费投入达到30亿元，增长12%。\n二、下一步工作\n力争高新技术企业突破220家。\n"
    )
    got = WebDocumentExtractor().extract(make_article(text))
    assert (got.meta.title, got.meta.source) == ("2025年全市科技创新主要指标完成情况", "某市科学技术局")
