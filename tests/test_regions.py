"""Region words across China: prefecture-level cities name their province; city names that
are also common words count only with their suffix."""

from __future__ import annotations

import mengke
from mengke.regions import canonical, mentions


def test_a_prefecture_level_city_of_any_province_is_found_with_its_province() -> None:
    assert canonical("芜湖") == ("芜湖", "安徽")
    assert canonical("蚌埠市") == ("蚌埠", "安徽")
    assert canonical("东莞") == ("东莞", "广东")
    assert canonical("新竹") == ("新竹", "台湾")


def test_a_city_name_that_is_also_a_word_needs_its_suffix() -> None:
    assert [w for _, _, w in mentions("白银价格上涨，中山大学与朝阳产业")] == []
    assert [w for _, _, w in mentions("白银市和中山市")] == ["白银市", "中山市"]


def test_a_figure_after_a_city_of_another_province_takes_that_city() -> None:
    text = "全省科技工作会议召开。\n\n宣城市今年新增省级研发平台12个，池州市高新技术企业达到460家。"
    regions = [(m.text, m.region) for m in mengke.extract(text).metrics]
    assert regions == [("12个", "宣城"), ("460家", "池州")]


def test_the_venue_of_a_meeting_is_not_the_region_of_the_figures() -> None:
    text = "年度科技奖励大会在北京召开。我省5项成果获奖，全省现有两院院士9人。"
    ms = mengke.extract(text).metrics
    assert [(m.text, m.region, m.indicator) for m in ms] == [("5项", None, "成果"), ("9人", None, "两院院士")]
