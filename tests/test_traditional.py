"""An article written in traditional characters, or with full-width digits, gives the records
its simplified, half-width version gives: the same figures, spans, values, years, regions,
statuses and keys; the same policies and stories (names and titles as written, equal once
folded)."""

from __future__ import annotations

from pathlib import Path

import opencc
import pytest

import mengke
from mengke.numbers.normalize import fold
from mengke.records import Extraction

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = sorted((ROOT / "examples" / "data").glob("*")) + sorted(ROOT.glob("plugins/*/tests/*.txt"))
_TO_TRADITIONAL = opencc.OpenCC("s2t")


def _records(ex: Extraction) -> tuple[object, ...]:
    metrics = [
        (m.start, m.end, str(m.value), m.unit, m.kind, m.qualifier, m.year, m.region, m.status, m.indicator_key)
        for m in ex.metrics
    ]
    policies = [
        (p.start, p.end, p.kind, fold(p.issuer or ""), p.year, p.period, p.effective, len(p.mentions))
        for p in ex.policies
    ]
    stories = [(s.start, s.end, fold(s.title or ""), tuple(map(fold, s.authors)), s.region) for s in ex.stories]
    meta = (ex.meta.published, fold(ex.meta.source or ""), fold(ex.meta.title or ""))
    return ex.style, metrics, policies, stories, meta


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_a_traditional_character_article_gives_the_records_of_its_simplified_one(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    traditional = _TO_TRADITIONAL.convert(text)
    assert len(traditional) == len(text)
    assert _records(mengke.extract(traditional)) == _records(mengke.extract(text))


_FULL_WIDTH = str.maketrans("0123456789%.", "０１２３４５６７８９％．")


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_an_article_with_full_width_digits_gives_the_records_of_its_half_width_one(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert _records(mengke.extract(text.translate(_FULL_WIDTH))) == _records(mengke.extract(text))


SOCIAL_POST = (
    "点击蓝字 关注我们\n\n某省出台人才新政，最高补贴500万元！\n\n"
    "近日，某省印发人才新政，对引进的顶尖人才给予最高500万元补贴，全年计划引进人才3000名。\n\n"
    "▼往期推荐\n某市5家企业入选国家级名单\n\n分享 点赞 在看\n"
)


def test_the_chrome_of_a_social_post_in_traditional_characters_is_chrome() -> None:
    traditional = _TO_TRADITIONAL.convert(SOCIAL_POST)
    assert "點擊藍字" in traditional and "往期推薦" in traditional
    ex = mengke.extract(traditional, style="generic")
    assert _records(ex) == _records(mengke.extract(SOCIAL_POST, style="generic"))
    assert "5家" not in [m.text for m in ex.metrics]


def test_a_reporter_line_with_the_place_filed_from_is_a_byline_not_a_second_headline_line() -> None:
    text = "高雄綠能產值再創新高\n\n記者陳志明／高雄報導\n\n高雄市今年綠能產業產值預估達到1200億元，年增約9%。\n"
    got = mengke.extract(text)
    assert got.stories[0].title == "高雄綠能產值再創新高"
    assert got.stories[0].authors == ("陳志明",)


def test_a_growth_rate_in_taiwan_wording_is_a_change_of_the_figure_before() -> None:
    ms = mengke.extract("全台今年半導體產值為4.6兆元，成長率為17.4%。").metrics
    assert [(m.text, m.indicator, m.kind.value) for m in ms] == [
        ("4.6兆元", "半导体产值", "amount"),
        ("17.4%", "半导体产值", "change"),
    ]


def test_folding_keeps_thousands_commas_between_full_width_digits_and_astral_characters() -> None:
    from mengke.numbers.normalize import fold

    assert fold("１，２３４，５６７元，共３项") == "1,234,567元，共3项"
    assert fold("📈研發經費") == "📈研发经费"


def test_desk_lines_editors_closing_outlets_and_captions_in_traditional_characters_read_as_simplified() -> None:
    from mengke.layout import byline_names, is_caption, names_from, trailing_byline

    assert byline_names("編輯：高峰 美編：蘇和") is None  # the desk, not the writers
    assert trailing_byline("全盟新增企業12家。（責任編輯：王芳）") is None
    assert names_from("通遼日報記者 張麗") == ("張麗",)
    assert is_caption("工作人員在車間檢測電池組件。 本報記者 張偉 攝")
