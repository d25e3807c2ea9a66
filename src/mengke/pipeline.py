"""Turn a layout into an Extraction: run the shared recognisers over the stories."""

from __future__ import annotations

from mengke.article import Article
from mengke.exact import exact
from mengke.extractor import Layout
from mengke.metrics import Context, StoryContext, build_metrics
from mengke.numbers.quantity import iter_quantities_folded
from mengke.policies import find_policies
from mengke.records import Extraction, Story
from mengke.regions import RegionIndex, province_of_text, story_region
from mengke.text import Sentences, SpanSet


def _outside(spans: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """The parts of the text that no story covers (page chrome)."""
    out, pos = [], 0
    for a, b in sorted(spans):
        if a > pos:
            out.append((pos, a))
        pos = max(pos, b)
    if pos < length:
        out.append((pos, length))
    return out


@exact
def build_extraction(article: Article, layout: Layout, *, style: str) -> Extraction:
    """Stories, metrics and policies of ``article`` read with ``layout``."""
    folded = article.folded
    regions = RegionIndex(folded)
    province = province_of_text(folded, regions)
    stories: list[Story] = []
    contexts: list[StoryContext] = []
    for i, sp in enumerate(layout.stories):
        offset, in_body = 0, []
        for a, b in ((sp.start, sp.end), *sp.segments):
            in_body += [(x - a + offset, y - a + offset, w) for x, y, w in regions.within(a, b)]
            offset += b - a
        region = story_region(sp.title, "", province, in_body)
        stories.append(Story(title=sp.title, start=sp.start, end=sp.end, authors=sp.authors, region=region))
        for a, b in sp.segments:
            contexts.insert(0, StoryContext(i, a, b, region))
        contexts.append(StoryContext(i, sp.start, sp.end, region))
    skip = SpanSet(layout.skip)
    inside = SpanSet([(c.start, c.end) for c in contexts])
    quantities = (
        q
        for q in iter_quantities_folded(article.text, folded)
        if not skip.covers(q.start) and (not contexts or inside.covers(q.start))
    )
    sentences = Sentences.of(folded)
    ctx = Context(
        text=article.text,
        folded=folded,
        sentences=sentences,
        province=province,
        published=layout.meta.published,
        regions=regions,
    )
    metrics = build_metrics(ctx, quantities, contexts)
    outside = _outside([(c.start, c.end) for c in contexts], len(article.text)) if contexts else []
    policies = find_policies(
        article, skip=(*layout.skip, *outside), published=layout.meta.published, sentences=sentences
    )
    return Extraction(
        style=style,
        meta=layout.meta,
        stories=tuple(stories),
        metrics=tuple(metrics),
        policies=tuple(policies),
        path=article.path,
        notes=layout.notes,
    )
