"""A bulletin: masthead ``北疆科技公报 第37期 2026年5月8日``, items opened by ``【要闻】…``,
closed by ``（本期编辑：韩雪）``. Uses only mengke's public API."""

from __future__ import annotations

import datetime as dt
import re

from mengke import Article, ArticleMeta, Extractor, Layout, StorySpan, StyleMatch

MASTHEAD = re.compile(r"^(?P<name>\S*公报)\s*第(?P<issue>\d+)期\s*(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日")
ITEM = re.compile(r"^【(?P<section>[^】]{1,6})】(?P<title>.+)$")
EDITOR = re.compile(r"[（(]本期编辑[:：](?P<names>[^）)]+)[）)]")


class GazetteExtractor(Extractor):
    """Stories are the bracket-tagged items; the masthead gives title and date."""

    name = "gazette_bulletin"
    description = "北疆科技公报 bulletin: masthead with issue and date, 【section】 items, editor line"

    def score(self, article: Article) -> StyleMatch:
        lines = article.nonblank_lines
        reasons = []
        score = 0.0
        if not lines or not MASTHEAD.match(lines[0].stripped):
            return StyleMatch(0.0, ("no bulletin masthead",))  # 【本报讯】 alone makes no bulletin: leave the page
        score += 0.6
        reasons.append("bulletin masthead with issue number and date")
        items = sum(1 for ln in lines if ITEM.match(ln.stripped))
        if items:
            score += min(0.35, 0.1 * items)
            reasons.append(f"{items} 【section】 items")
        return StyleMatch(min(score, 0.97), tuple(reasons))

    def read_layout(self, article: Article) -> Layout:
        lines = article.nonblank_lines
        meta = ArticleMeta()
        if lines and (m := MASTHEAD.match(lines[0].stripped)):
            try:
                published: dt.date | None = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
            except ValueError:  # an impossible date in the masthead: leave it unset
                published = None
            meta = ArticleMeta(title=f"{m['name']} 第{m['issue']}期", published=published)
        heads = [(k, ITEM.match(ln.stripped)) for k, ln in enumerate(lines)]
        starts = [(k, m) for k, m in heads if m]
        stories = []
        for i, (k, m) in enumerate(starts):
            end = lines[starts[i + 1][0]].start if i + 1 < len(starts) else len(article.text)
            stories.append(StorySpan(title=m["title"].strip(), start=lines[k].start, end=end))
        editors = tuple(n for e in EDITOR.finditer(article.text) for n in re.split(r"[、，,\s]+", e["names"]) if n)
        if editors:
            meta = ArticleMeta(title=meta.title, published=meta.published, editors=editors)
        return Layout(stories=tuple(stories), meta=meta)
