"""From quantities to metric records: which figures are metrics, and what each measures.

The rules read the sentence around a figure (see :mod:`mengke.text`) and the cue-word
tables in :mod:`mengke.data.cues`:

* a figure is a metric when it has a unit that measures something (money, a count, a
  share, a multiple, a rank, a physical value), not a duration, an age or a denominator;
* the *indicator* is the noun phrase the figure belongs to: the phrase before it, cut
  after an object verb (下达 *后补助资金*) and stripped of openers (截至目前, 全区) and of
  verbs and adverbs next to the figure (已突破); or, for a count, the noun after its
  measure word (5 家 *概念验证平台*); or, failing both, the previous figure's indicator;
* the *year* is the last reference year said before the figure in its sentence (not a
  base year such as 较2020年, nor 2021年以来); 今年 reads the publication date;
* the *region* is the nearest region word before the figure in its sentence, else the
  story's region; 全区 means the article's province, 全市 the story's city;
* the *status* is target or forecast when a cue (力争, 目标, 到2025年, 预计) governs it.

One module a concern: :mod:`~mengke.metrics.kind`, :mod:`~mengke.metrics.indicator`,
:mod:`~mengke.metrics.lists` (分别, nouns counted together), :mod:`~mengke.metrics.year`,
:mod:`~mengke.metrics.region`, :mod:`~mengke.metrics.status`; :mod:`~mengke.metrics.build`
runs them over each figure in turn.
"""

from mengke.metrics.build import build_metrics
from mengke.metrics.context import Context, StoryContext, StoryFinder
from mengke.metrics.indicator import left_indicator, right_indicator
from mengke.metrics.kind import metric_kind

__all__ = [
    "Context",
    "StoryContext",
    "StoryFinder",
    "build_metrics",
    "left_indicator",
    "metric_kind",
    "right_indicator",
]
