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
