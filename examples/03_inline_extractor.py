"""Register an extractor in-process, without packaging it, and see it win on its layout.

Our imaginary layout: a wire item that opens with ``【快讯】`` and ends with ``（完）``.

    python examples/03_inline_extractor.py [ARTICLE]
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

import mengke
from mengke import Article, ArticleMeta, Extractor, Layout, StorySpan, StyleMatch, hookimpl
from mengke.plugins import make_plugin_host

WIRE = "【快讯】锡林郭勒盟新建风电储能项目\n锡林郭勒盟今年新开工风电储能项目7个，总投资86亿元。（完）\n"


class WireExtractor(Extractor):
    """A wire item: 【快讯】headline, one paragraph, （完）."""

    name = "wire_item"

    def score(self, article: Article) -> StyleMatch:
        text = article.text.strip()
        if text.startswith("【快讯】") and text.endswith("（完）"):
            return StyleMatch(0.9, ("opens with 【快讯】 and ends with （完）",))
        return StyleMatch(0.0)

    def read_layout(self, article: Article) -> Layout:
        first = article.nonblank_lines[0]
        title = first.stripped.removeprefix("【快讯】")
        story = StorySpan(title=title, start=first.start, end=len(article.text))
        return Layout(stories=(story,), meta=ArticleMeta(title=title))


class WirePlugin:
    """A plugin is any object (or module) with the hook implementation."""

    @hookimpl
    def mengke_extractors(self) -> Iterable[Extractor]:
        return [WireExtractor()]


def main(argv: list[str]) -> int:
    text = Path(argv[1]).read_text(encoding="utf-8") if len(argv) > 1 else WIRE
    host = make_plugin_host(extra=[("wire", WirePlugin())])
    result = mengke.extract(text, host=host)
    print(f"style: {result.style}; title: {result.meta.title}")
    for m in result.metrics:
        print(f"  {m.text}: {m.value} {m.unit} ({m.indicator}, {m.region})")
    return 0 if result.style == "wire_item" else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
