"""One article set among the headers and footers that pages put around it, and one newspaper
page with its bylines set in each common way: every combination gives the headline and the
figures of the article, in simplified and in traditional characters."""

from __future__ import annotations

import itertools

import pytest
from opencc import OpenCC

import mengke

_TO_TRADITIONAL = OpenCC("s2t")
_TITLE = "某旗：科技特派员助力春耕生产"
_BODY = (
    "今年以来，某旗选派科技特派员126名，深入全旗38个嘎查村开展技术服务。\n"
    "截至目前，已推广新品种15个、新技术22项，培训农牧民3600余人次，带动增收约2800万元。\n"
)
_FIGURES = ["126名", "38个", "15个", "22项", "3600余人次", "约2800万元"]
_HEADERS = [
    "",
    "原创 某旗融媒 某旗融媒 2026年04月18日 17:32 内蒙古\n\n点击蓝字 关注我们\n",
    "某旗融媒  2026-04-18 17:32  发表于内蒙古\n",
    "收录于合集 #科技特派员 12个\n",
    "来源：某旗融媒体中心 | 作者：张三 | 发布时间：2026-04-18\n【字号 大 中 小】 分享到：\n",
    "发布时间：2026-04-18 10:00:00\n来源：某旗科技局\n阅读量：1024\n",
    "当前位置：首页 > 新闻中心 > 基层动态\n",
]
_FOOTERS = [
    "",
    "\n来源：某旗融媒\n编辑：张敏\n审核：王强\n",
    "\n上一篇：某旗召开科技大会\n下一篇：某旗新增3家企业\n",
    "\n（责任编辑：王芳）\n",
    "\n【打印本页】【关闭窗口】\n",
]


def _pages() -> list[str]:
    pages = []
    for head, foot in itertools.product(_HEADERS, _FOOTERS):
        pages.append(f"{_TITLE}\n{head}\n{_BODY}{foot}")
        if head:
            pages.append(f"{head}\n{_TITLE}\n\n{_BODY}{foot}")
    return pages


@pytest.mark.parametrize("traditional", [False, True])
def test_every_header_and_footer_around_an_article_leaves_its_headline_and_figures(traditional: bool) -> None:
    convert = _TO_TRADITIONAL.convert if traditional else str
    wrong = []
    for page in _pages():
        got = mengke.extract(convert(page))
        if [s.title for s in got.stories] != [convert(_TITLE)] or [m.text for m in got.metrics] != [
            convert(f) for f in _FIGURES
        ]:
            wrong.append((page[:40], got.style, [s.title for s in got.stories], [m.text for m in got.metrics]))
    assert wrong == []


_STORIES = [
    ("某旗新建科技小院6个", "今年以来，某旗新建科技小院6个，服务农牧民2300余人次。", "王丽"),
    ("某市技术合同成交额增长三成", "今年一季度，某市技术合同成交额达到8.6亿元，同比增长31%。", "张强"),
    ("某区：专精特新企业达到42家", "截至目前，某区专精特新中小企业达到42家，其中“小巨人”企业7家。", "李娜"),
]
_BYLINES = {
    "lead": "{t}\n本报讯（记者 {w}）{b}\n",
    "closing": "{t}\n{b}（{w}）\n",
    "line": "{t}\n本报记者 {w}\n{b}\n",
    "marked": "{t}\n●本报记者 {w}\n{b}\n",
    "outlet": "{t}\n{b}（某某日报记者 {w}）\n",
}
_PAGE_HEADERS = [
    "",
    "某某日报  2026年4月8日  星期三  第3版  科技\n",
    "2026年4月8日 星期三                    某某科技报                         3\n",
    "要闻\n2026年4月8日 星期三\n编辑：高峰 美编：苏和\n",
]


@pytest.mark.parametrize("traditional", [False, True])
def test_a_newspaper_page_reads_its_stories_whatever_its_header_and_bylines(traditional: bool) -> None:
    convert = _TO_TRADITIONAL.convert if traditional else str
    wrong = []
    for header, (style, form) in itertools.product(_PAGE_HEADERS, _BYLINES.items()):
        page = convert(header + "\n" + "\n\n".join(form.format(t=t, b=b, w=w) for t, b, w in _STORIES))
        got = mengke.extract(page)
        stories = [(s.title, s.authors) for s in got.stories]
        if stories != [(convert(t), (convert(w),)) for t, _, w in _STORIES]:
            wrong.append((header[:20], style, stories))
    assert wrong == []
