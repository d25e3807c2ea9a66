"""Turn a layout into an Extraction: run the shared recognisers over the stories."""

from __future__ import annotations

import re
from bisect import bisect_right

import attrs

from mengke.article import Article
from mengke.data.regions import NATION_SELF
from mengke.data.units import TOTAL_ROW_LABELS
from mengke.exact import exact
from mengke.extractor import Layout, StorySpan
from mengke.layout import aside_lines, places_in
from mengke.metrics import Context, StoryContext, StoryFinder, build_metrics
from mengke.numbers.normalize import fold
from mengke.numbers.quantity import iter_quantities_folded
from mengke.policies import find_policies
from mengke.records import Extraction, Metric, Policy, Story
from mengke.regions import RegionIndex, nation_as_frame, province_of_text, story_region
from mengke.regions import resolve as resolve_region
from mengke.tables import table_metrics
from mengke.text import Boundaries, SpanSet

# what a table's cells are parted by: a tab, a bar, two spaces (a table set in columns of spaces)
_TABLE_MARKS = ("\t", "|", "  ", "\u3000\u3000")


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


_COUNTED_NAME = re.compile(r"[\d０-９一二三四五六七八九十百]+[ \t]*条")


def _without_package_names(metrics: list[Metric], policies: list[Policy], folded: str) -> list[Metric]:
    """Metrics less the counts inside a package's short name wherever the page writes it (the
    headline 出台科技人才新政20条 for “人才新政20条” named later): a name, not a figure."""
    names = {fold(a) for p in policies for a in p.aliases if _COUNTED_NAME.search(a)}
    spans = [(m.start(), m.end()) for name in names for m in re.finditer(re.escape(name), folded)]
    if not spans:
        return metrics
    inside = SpanSet(spans)
    return [m for m in metrics if not inside.covers(m.start)]


def _with_table_metrics(
    article: Article, metrics: list[Metric], contexts: list[StoryContext], skip: SpanSet, province: str | None
) -> list[Metric]:
    """The figures of tables (units in the header row) merged in text order; a row labelled
    全省/全市 reads as those words do in prose, 合计/总计 as the province (else the story), and a
    row that names a measure (技术合同成交额 | 亿元 | 12.6) as the story's place."""
    finder = StoryFinder(contexts)

    def region_at(label: str, pos: int) -> str | None:
        story = finder.at(pos)
        default = story.region if story else province
        got = resolve_region(label, default, province)
        if got:
            return got
        return (province or default) if label.strip() in TOTAL_ROW_LABELS else (default or province)

    extra = []
    for m in table_metrics(article.text, article.folded, whole_region=region_at):
        story = finder.at(m.start)
        if skip.covers(m.start) or (contexts and story is None):
            continue
        extra.append(attrs.evolve(m, story=story.index if story else None))
    if not extra:
        return metrics
    cells = {(m.start, m.end) for m in extra}
    # a cell the prose reader also read (11.2% in a table of percents): the table's reading wins
    prose = [m for m in metrics if (m.start, m.end) not in cells]
    return sorted([*prose, *extra], key=lambda m: m.start)


def _plain(title: str | None) -> str | None:
    """A headline without markdown's bold marks (**某市新增…**), as a reader sees it."""
    if not title or "**" not in title:
        return title
    return title.replace("**", "").strip() or None


def _headline_span(text: str, story: StorySpan) -> tuple[int, int] | None:
    """Where a story's headline is written, when it is one line at the story's start or the
    last such line over it (a portal's headline, set apart from the story by its fields)."""
    title = story.title or ""
    if not title:
        return None
    at = text.find(title, story.start, story.start + len(title) + 8)
    if at < 0:
        at = text.rfind(title, max(0, story.start - _HEADLINE_REACH), story.start)
    return (at, at + len(title)) if at >= 0 else None


_HEADLINE_REACH = 600  # how far over its story a headline set apart by a page's fields is looked for


def _is_headline(span: tuple[int, int], headlines: list[tuple[int, int]], starts: list[int]) -> bool:
    """The skipped ``span`` is a headline's line (``headlines`` sorted, ``starts`` theirs): found
    by bisection, so a page of many stories stays linear."""
    k = bisect_right(starts, span[0] + 2) - 1
    return k >= 0 and headlines[k][0] - 2 <= span[0] and span[1] <= headlines[k][1] + 2


def _home_city(source: str | None) -> str | None:
    """The one city a page's source names (包头日报 -> 包头), else None."""
    places = places_in(source) if source else set()
    return next(iter(places)) if len(places) == 1 else None


_LEAD = 200  # the opening of a story read for its dateline and its source


@exact
def build_extraction(article: Article, layout: Layout, *, style: str) -> Extraction:
    """Stories, metrics and policies of ``article`` read with ``layout``."""
    folded = article.folded
    regions = RegionIndex(folded)
    province = province_of_text(folded, regions)
    stories: list[Story] = []
    contexts: list[StoryContext] = []
    home = _home_city(layout.meta.source)  # 包头日报, 包头市科技局: the city the page speaks from
    aside = SpanSet(aside_lines(folded))  # contact and addressee lines: their places are no story's
    for i, sp in enumerate(layout.stories):
        offset, in_body = 0, []
        for a, b in ((sp.start, sp.end), *sp.segments):
            found = [
                (x, y, w) for x, y, w in regions.within(a, b) if w not in NATION_SELF or not nation_as_frame(folded, x)
            ]
            if aside.starts:  # (most pages have no contact or addressee line)
                found = [(x, y, w) for x, y, w in found if not aside.covers(x)]
            in_body += [(x - a + offset, y - a + offset, w) for x, y, w in found]
            offset += b - a
        lead = folded[sp.start : min(sp.end, sp.start + _LEAD)]
        region = story_region(
            fold(sp.title) if sp.title else None, "", province, in_body, lead, home
        )  # 內蒙古 is 内蒙古
        stories.append(Story(title=_plain(sp.title), start=sp.start, end=sp.end, authors=sp.authors, region=region))
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
    bounds = Boundaries.of(folded)
    sentences = bounds.sentences
    ctx = Context(
        text=article.text,
        folded=folded,
        sentences=sentences,
        clauses=bounds.clauses,
        wide_clauses=bounds.wide_clauses,
        province=province,
        published=layout.meta.published,
        regions=regions,
    )
    metrics = build_metrics(ctx, quantities, contexts)
    if any(mark in article.text for mark in _TABLE_MARKS):
        metrics = _with_table_metrics(article, metrics, contexts, skip, province)
    headlines = [h for sp in layout.stories if sp.title and (h := _headline_span(article.text, sp)) is not None]
    outside = _outside([(c.start, c.end) for c in contexts] + headlines, len(article.text)) if contexts else []
    # a headline set aside as the page's repeated title is still where a policy is first named
    in_order = sorted(headlines)
    starts = [a for a, _ in in_order]
    chrome = [span for span in layout.skip if not _is_headline(span, in_order, starts)]
    policies = find_policies(
        article,
        skip=(*chrome, *outside),
        published=layout.meta.published,
        sentences=sentences,
        headlines=headlines,
    )
    metrics = _without_package_names(metrics, policies, folded)
    return Extraction(
        style=style,
        meta=attrs.evolve(layout.meta, title=_plain(layout.meta.title)),
        stories=tuple(stories),
        metrics=tuple(metrics),
        policies=tuple(policies),
        path=article.path,
        notes=layout.notes,
    )
