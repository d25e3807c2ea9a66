"""Tests of the gazette plugin, on the ladder of docs/plugins.md."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import mengke_gazette
import pytest
from mengke_gazette import GazetteExtractor

from mengke.testing import assert_grounded, make_article, run_cases, using_plugins

HERE = Path(__file__).parent
BULLETIN = (HERE / "bulletin.txt").read_text(encoding="utf-8")


def test_extract_reads_items_masthead_and_editor_without_any_plugin_machinery() -> None:
    got = GazetteExtractor().extract(make_article(BULLETIN))
    assert [s.title for s in got.stories] == [
        "呼伦贝尔市建成寒地农业试验站",
        "满洲里口岸科技服务中心启用",
        "自治区发布科研机构扶持办法",
    ]
    assert got.meta.title == "北疆科技公报 第37期"
    assert got.meta.published == dt.date(2026, 5, 8)
    assert got.meta.editors == ("韩雪",)
    assert [p.title for p in got.policies] == ["北疆地区科研机构扶持办法（试行）"]
    assert_grounded(got, BULLETIN)


def test_the_bulletin_style_wins_against_the_built_ins() -> None:
    with using_plugins(mengke_gazette) as host:
        assert host.choose(make_article(BULLETIN)).name == "gazette_bulletin"
        assert host.choose(make_article("一段没有版式的文字。")).name == "generic"


def test_case_files_pass() -> None:
    with using_plugins(mengke_gazette) as host:
        assert run_cases(HERE / "cases", host) == []


@pytest.mark.skipif(shutil.which("mengke") is None, reason="the mengke command is not installed")
def test_installed_entry_point_is_listed_and_wins_on_its_fixture() -> None:
    listed = json.loads(subprocess.run(["mengke", "plugins"], capture_output=True, text=True, check=False).stdout)
    gazette = [p for p in listed["plugins"] if p["name"] == "gazette"]
    if not gazette:
        pytest.skip("mengke-gazette is not installed (pip install ./examples/mengke-gazette)")
    assert gazette[0]["styles"] == ["gazette_bulletin"] and gazette[0]["error"] is None
    out = subprocess.run(["mengke", "styles", str(HERE / "bulletin.txt")], capture_output=True, text=True, check=True)
    assert out.stdout.splitlines()[0].split()[1] == "gazette_bulletin"


def test_a_page_without_the_masthead_is_left_to_other_styles() -> None:
    page = "某市科技局：新认定众创空间6家\n\n【本报讯】某市科技局日前新认定众创空间6家。\n"
    assert GazetteExtractor().score(make_article(page)).score == 0.0
