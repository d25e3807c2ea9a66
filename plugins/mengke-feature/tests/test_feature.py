"""The long-feature style on a feature written for this test."""

from __future__ import annotations

from pathlib import Path

import mengke_feature
from mengke_feature import FeatureExtractor

from mengke.testing import assert_grounded, make_article, using_plugins

PAGE = (Path(__file__).parent / "page.txt").read_text(encoding="utf-8")


def test_feature_wins_on_a_box_byline_with_captions_and_repeats() -> None:
    with using_plugins(mengke_feature) as host:
        assert host.choose(make_article(PAGE)).name == "long_feature"


def test_one_story_with_box_byline_sub_headings_are_not_stories() -> None:
    got = FeatureExtractor().extract(make_article(PAGE))
    assert [(s.title, s.authors) for s in got.stories] == [("科技创新 点燃发展引擎", ("新华",))]
    assert_grounded(got, PAGE)


def test_a_repeated_paragraph_is_read_once_at_its_first_copy() -> None:
    got = FeatureExtractor().extract(make_article(PAGE))
    counts = [m for m in got.metrics if m.text == "3200家"]
    assert len(counts) == 1
    assert counts[0].start == PAGE.index("3200家")
    assert any("repeated" in note for note in got.notes)


def test_captions_hold_no_figures() -> None:
    got = FeatureExtractor().extract(make_article(PAGE))
    caption = PAGE.index("▲")
    assert all(not (caption <= m.start < caption + 20) for m in got.metrics)


MARKED_FEATURE = (
    "\n向“绿”而行 逐“氢”致远\n——某盟加快氢能产业布局综述\n\n◎本报记者 乌 兰 高峰\n\n"
    "2025年，全盟绿氢产能达到5.6万吨，氢能相关企业达到38家。\n\n"
    "**项目建设提速**\n\n全盟在建氢能项目12个，总投资210亿元。\n\n"
    "**应用场景拓展**\n\n全盟推广氢燃料电池重卡600辆。\n"
)


def test_a_feature_under_another_marked_byline_with_bold_sub_headings_is_one_story() -> None:
    from mengke import extract

    got = extract(MARKED_FEATURE)
    assert got.style == "long_feature"
    assert [(s.title, s.authors) for s in got.stories] == [
        ("向“绿”而行 逐“氢”致远 ——某盟加快氢能产业布局综述", ("乌兰", "高峰"))
    ]
    assert [m.text for m in got.metrics] == ["5.6万吨", "38家", "12个", "210亿元", "600辆"]
