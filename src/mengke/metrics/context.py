"""The facts the attribution rules read: the article (:class:`Context`), the story a figure
sits in (:class:`StoryContext`, found by :class:`StoryFinder`) and where in its sentence it
sits (:class:`Around`)."""

from __future__ import annotations

import datetime as _dt
from bisect import bisect_right
from collections.abc import Sequence
from typing import NamedTuple

import attrs

from mengke.regions import RegionIndex
from mengke.regions import mentions as region_mentions
from mengke.sections import goal_sections, plan_sections
from mengke.text import Clauses, Sentences, SpanSet

LOOKAROUND = 300
"""How far before and after a figure its sentence is read (sentences are rarely longer)."""


@attrs.frozen
class StoryContext:
    """What the attribution needs to know about the story a figure sits in."""

    index: int
    start: int
    end: int
    region: str | None


@attrs.frozen
class Context:
    """The article-wide facts the attribution reads."""

    text: str
    folded: str
    sentences: Sentences
    province: str | None
    published: _dt.date | None
    regions: RegionIndex | None = None
    """Every region word of the text, found once (else found per window)."""
    clauses: Clauses = attrs.field(kw_only=True)
    """Clause delimiters (、 included; 200 characters at most either way): ``Boundaries.of``."""
    wide_clauses: Clauses = attrs.field(kw_only=True)
    """Delimiters of clauses that run on over 、 (no reach limit), from the same pass."""
    roc_years: bool = attrs.field(
        init=False, default=attrs.Factory(lambda self: self.province == "台湾", takes_self=True)
    )
    """Whether 113年 is a year of the Republic of China calendar (a page about Taiwan)."""
    goals: SpanSet = attrs.field(
        init=False, default=attrs.Factory(lambda self: SpanSet(goal_sections(self.folded)), takes_self=True)
    )
    """Sections under a heading that names goals (一、主要目标): their figures are targets."""
    plans: SpanSet = attrs.field(
        init=False, default=attrs.Factory(lambda self: SpanSet(plan_sections(self.folded)), takes_self=True)
    )
    """Sections under a heading that names the work planned (二、重点任务): their figures are
    targets, but for the support a policy gives (给予…奖励)."""

    def region_words(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """Region words inside ``folded[start:end]``, offsets relative to ``start``."""
        if self.regions is None:
            return region_mentions(self.folded[start:end])
        return [(a - start, b - start, w) for a, b, w in self.regions.within(start, end)]


class Around(NamedTuple):
    """Where a figure sits: its sentence, its clause, and the sentence's first clause."""

    sent_start: int
    clause_start: int
    """After the last clause delimiter before the figure (、 included)."""
    wide_start: int
    """After the last delimiter before the figure, 、 not counted."""
    first_clause_end: int
    """The end of the sentence's first clause (the figure's position at most)."""


class StoryFinder:
    """Which story a position is in: by bisection, spans given first winning (continuations)."""

    def __init__(self, stories: Sequence[StoryContext]) -> None:
        self.order = sorted(range(len(stories)), key=lambda k: (stories[k].start, k))
        self.stories = [stories[k] for k in self.order]
        self.starts = [st.start for st in self.stories]
        # a span listed before another (a continuation segment) wins where they overlap
        self.rank = {id(st): k for k, st in enumerate(stories)}

    def at(self, pos: int) -> StoryContext | None:
        k = bisect_right(self.starts, pos)
        best: StoryContext | None = None
        # look back over the few spans that start before pos and may still cover it
        for j in range(k - 1, max(-1, k - 8), -1):
            st = self.stories[j]
            if st.start <= pos < st.end and (best is None or self.rank[id(st)] < self.rank[id(best)]):
                best = st
        return best
