"""Layout helpers the styles share."""

from __future__ import annotations

from mengke.layout import trailing_byline


def test_a_jump_note_or_serial_mark_in_parentheses_is_no_byline() -> None:
    assert trailing_byline("……带动就业两千人。（下转第二版）") is None
    assert trailing_byline("……带动就业两千人。（上接第1版）") is None
    assert trailing_byline("……全文完。（完）") is None
    assert trailing_byline("……带动就业两千人。（周涛）") == (("周涛",), 10)


WECHAT = """点击蓝字 关注我们

储能小城的三年

原创 产业观察 2026年05月20日 08:30

三年来，全市集聚储能企业90余家，产业规模突破600亿元。

END

往期推荐
▶ 某地新增储能项目12个
"""


def test_social_media_chrome_is_neither_headline_nor_figures() -> None:
    import datetime as dt

    import mengke

    ex = mengke.extract(WECHAT, style="generic")
    assert ex.stories[0].title == "储能小城的三年"
    assert ex.meta.published == dt.date(2026, 5, 20)
    assert [(m.text, m.indicator) for m in ex.metrics] == [("90余家", "储能企业"), ("突破600亿元", "产业规模")]
