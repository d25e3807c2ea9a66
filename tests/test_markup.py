"""HTML pages are read with their markup blanked out in place."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

import mengke
from mengke.markup import blank_markup, inline_blanks, looks_like_html, rendered
from mengke.testing import assert_grounded, make_article

PAGE = """<!DOCTYPE html>
<html><head><title>某市科技局</title><script>var n = 12345;</script></head>
<body><nav>首页 &gt; 科技动态</nav>
<h1>全市技术合同成交额突破50亿元</h1>
<p>发布时间：2026-02-01</p>
<p>今年以来，全市技术合同成交额达到<b>52.3亿元</b>，同比增长18%。</p>
<p>新认定高新技术企业120家&nbsp;，科技型中小企业1500家。</p>
<footer>版权所有 某市科技局 电话 0471-1234567</footer>
</body></html>
"""


def test_an_html_page_gives_the_figures_of_its_text_with_offsets_into_the_page() -> None:
    ex = mengke.extract(make_article(PAGE, path="page.html"))
    assert [m.text for m in ex.metrics] == ["突破50亿元", "52.3亿元", "18%", "120家", "1500家"]
    assert ex.stories[0].title == "全市技术合同成交额突破50亿元"
    assert ex.metrics[1].year == 2026  # 今年 reads the date line of the page
    assert_grounded(ex, PAGE)


def test_a_page_is_html_by_its_name_or_its_opening_tag() -> None:
    assert looks_like_html("<!doctype html><p>x</p>")
    assert looks_like_html("正文", path="a.HTM")
    assert not looks_like_html("全区投入<5亿元的项目")


@given(st.text(alphabet='<>/p b&;nbsp#x41amp全区1.\n"=', max_size=60))
def test_blanking_keeps_the_length_and_every_line_break(text: str) -> None:
    blanked = blank_markup(text)
    assert len(blanked) == len(text)
    assert all(b == "\n" for a, b in zip(text, blanked, strict=True) if a == "\n")


def test_unclosed_elements_take_linear_time_and_blank_only_their_opening_tag() -> None:
    text = "<nav>" * 50_000 + "<p>全区投入5亿元</p>"
    blanked = blank_markup(text)
    assert len(blanked) == len(text)
    assert blanked.strip() == "全区投入5亿元"


def test_an_html_table_reads_as_a_table_with_spans_into_the_page() -> None:
    page = (
        "<!DOCTYPE html><html><body><h1>2025年全县科技指标</h1><p>全县科技投入持续增长。</p>\n"
        "<table><tr><th>指标</th><th>2024年</th><th>2025年</th></tr>\n"
        "<tr><td>研发经费（亿元）</td><td>8.5</td><td>9.2</td></tr>\n"
        "<tr><td>研发人员（人）</td><td>1240</td><td>1385</td></tr></table></body></html>"
    )
    ex = mengke.extract(page)
    assert [(m.text, m.unit, m.indicator, m.year) for m in ex.metrics] == [
        ("8.5", "元", "研发经费", 2024),
        ("9.2", "元", "研发经费", 2025),
        ("1240", "人", "研发人员", 2024),
        ("1385", "人", "研发人员", 2025),
    ]
    assert_grounded(ex, page)


def test_a_headline_with_entities_and_inline_tags_reads_as_the_browser_shows_it() -> None:
    page = (
        "<html><body><h1>&ldquo;科技<b>兴蒙</b>&rdquo;行动 成效显著</h1>"
        "<p>2025年，全区研发投入达到280亿元，增长12%，高新技术企业达到2500家，比上年增加300家。</p></body></html>"
    )
    got = mengke.extract(page)
    assert got.stories[0].title == "“科技兴蒙”行动 成效显著"
    assert got.meta.title == "“科技兴蒙”行动 成效显著"


def test_rendered_keeps_one_blank_of_the_page_and_drops_runs_of_markup() -> None:
    assert rendered("订单满 生产旺") == "订单满 生产旺"
    assert rendered("“      科技兴蒙”      行动") == "“科技兴蒙”行动"
    assert rendered("Science      and Technology") == "Science and Technology"


def test_a_page_with_no_headline_in_its_body_is_titled_by_its_title_tag_less_the_sites_name() -> None:
    page = (
        "<html><head><title>某市新材料产业研发投入稳步增长-某市人民政府</title></head><body>"
        "<p>发布时间：2026-08-21 来源：某市科技局</p>"
        "<p>今年上半年，某市新材料产业完成研发投入3.2亿元，同比增长18.6%，占全市的比重达到41%。</p>"
        "</body></html>"
    )
    got = mengke.extract(page)
    assert got.meta.title == "某市新材料产业研发投入稳步增长"
    assert [s.title for s in got.stories] == ["某市新材料产业研发投入稳步增长"]


def test_a_title_tag_keeps_the_years_of_its_period() -> None:
    from mengke.markup import page_title

    assert (
        page_title("<title>某市科技创新规划（2021-2025年）-某市人民政府</title>") == "某市科技创新规划（2021-2025年）"
    )


def test_inline_tags_and_entity_padding_are_blanks_a_browser_shows_as_nothing() -> None:
    page = "<p>新增<b>12</b>家&nbsp;企业</p>"
    assert [page[a:b] for a, b in inline_blanks(page)] == ["<b>", "</b>", "nbsp;"]


def test_a_figure_cut_by_inline_tags_is_read_whole_with_its_span_into_the_page() -> None:
    page = (
        "<!DOCTYPE html><html><body><h1>某市技术合同成交额再创新高</h1>\n"
        "<p>今年以来，全市登记技术合同<strong>612</strong>项，成交额<span class='n'>28.4</span>亿元。</p>"
        "</body></html>"
    )
    got = mengke.extract(page)
    assert [(m.value, m.unit) for m in got.metrics] == [(612, "项"), (Decimal("2840000000"), "元")]
    assert got.metrics[0].text == "612</strong>项"
    assert_grounded(got, page)
