"""Turn a layout into an Extraction: run the shared recognisers over the stories."""

from __future__ import annotations

import attrs

from mengke.article import Article
from mengke.data.regions import CITY_SELF, PROVINCE_SELF
from mengke.exact import exact
from mengke.extractor import Layout
from mengke.keys import make_key
from mengke.metrics import Context, StoryContext, StoryFinder, build_metrics
from mengke.numbers.quantity import iter_quantities_folded
from mengke.policies import find_policies
from mengke.records import Extraction, Metric, Story
from mengke.regions import RegionIndex, province_of_text, story_region
from mengke.tables import table_metrics
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


def _with_table_metrics(
    article: Article, metrics: list[Metric], contexts: list[StoryContext], skip: SpanSet
) -> list[Metric]:
    """The figures of tables (units in the header row) merged in text order; a row labelled
    全省/合计 is about the story's region."""
    finder = StoryFinder(contexts)
    extra = []
    for m in table_metrics(article.text, article.folded):
        story = finder.at(m.start)
        if skip.covers(m.start) or (contexts and story is None):
            continue
        label = article.folded[article.folded.rfind("\n", 0, m.start) + 1 : m.start].split("\t")[0].strip("| ")
        region = m.region
        if region is None and story is not None and label in _WHOLE_ROWS:
            region = story.region
        extra.append(
            attrs.evolve(
                m,
                story=story.index if story else None,
                region=region,
                region_key=make_key(region) if region else None,
            )
        )
    return sorted([*metrics, *extra], key=lambda m: m.start) if extra else metrics


_WHOLE_ROWS = frozenset({*PROVINCE_SELF, *CITY_SELF, "合计", "总计", "全部"})


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
    if "\t" in article.text or "|" in article.text:
        metrics = _with_table_metrics(article, metrics, contexts, skip)
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
