"""Sections a heading names as goals or as the work planned: their figures are targets."""

from __future__ import annotations

import pytest

import mengke
from mengke.sections import goal_sections, plan_sections


def _sections(text: str) -> list[str]:
    return [text[a:b] for a, b in goal_sections(text)]


def test_a_numbered_goal_heading_runs_to_the_next_heading_of_its_rank() -> None:
    text = "一、主要目标\n——企业达到90家；\n（一）其中\n——平台8个。\n二、重点任务\n实施项目5项。\n"
    assert _sections(text) == ["——企业达到90家；\n（一）其中\n——平台8个。\n"]


def test_a_markdown_goal_heading_runs_to_the_next_heading_of_its_level() -> None:
    assert _sections("## 发展目标\n企业达到90家。\n### 分项\n平台8个。\n## 保障措施\n资金3亿元。") == [
        "企业达到90家。\n### 分项\n平台8个。\n"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "某旗圆满完成全年目标\n全旗企业达到90家。\n",  # a headline about goals met
        "一、超额完成年度目标\n企业达到90家。\n",  # a report of goals met
        "全市围绕发展目标，新增企业90家。\n",  # a sentence, not a heading
    ],
)
def test_headings_of_goals_met_and_sentences_naming_goals_open_no_section(text: str) -> None:
    assert _sections(text) == []


def test_figures_under_a_goal_heading_are_targets_unless_said_to_be_reached() -> None:
    text = (
        "某盟2027年科技工作要点\n\n一、主要目标\n——高新技术企业数量达到150家；\n"
        "——技术合同成交额达到12亿元，其中已签约8亿元。\n二、重点任务\n今年1至9月登记技术合同210项。\n"
    )
    got = [(m.text, m.status.value) for m in mengke.extract(text).metrics]
    assert got == [("150家", "target"), ("12亿元", "target"), ("8亿元", "actual"), ("210项", "actual")]


def test_a_task_heading_opens_a_plan_section_up_to_the_next_heading_of_its_rank() -> None:
    text = "二、重点任务\n（一）每年评选标杆园区6家。\n（二）设立引导基金5亿元。\n三、保障措施\n资金3亿元。\n"
    assert [text[a:b] for a, b in plan_sections(text)] == ["（一）每年评选标杆园区6家。\n（二）设立引导基金5亿元。\n"]


@pytest.mark.parametrize("heading", ["二、2023年重点工作开展情况", "三、主要任务完成成效"])
def test_headings_of_work_done_open_no_plan_section(heading: str) -> None:
    assert plan_sections(f"{heading}\n新建实验室4个。\n") == []


def test_figures_under_a_task_heading_are_planned_unless_given_or_dated_in_the_past() -> None:
    text = (
        "某市创新平台建设行动方案\n\n二、重点任务\n（一）每年评选标杆园区6家，择优纳入市级名录。\n"
        "（二）设立总规模5亿元的引导基金；对新认定的园区给予一次性奖励50万元。\n"
        "（三）上半年全市已认定园区11家。\n"
    )
    got = [(m.text, m.status.value) for m in mengke.extract(text).metrics]
    assert got == [("6家", "target"), ("5亿元", "target"), ("50万元", "actual"), ("11家", "actual")]
