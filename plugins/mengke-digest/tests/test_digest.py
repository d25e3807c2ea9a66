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
