"""A long feature: headline, ``□`` byline (or another mark's: ``◎本报记者 …``), headline fact
lines, ``▲`` photo captions, paragraphs repeated by a copy error, word for word or without
their opening or closing words (read once: later copies are skipped, so every record points
at the first copy), and a truncated end.
"""

from __future__ import annotations

from mengke import Article, ArticleMeta, Extractor, Layout, StyleMatch
from mengke.data.layout_words import BYLINE_MARKS
from mengke.layout import byline_names, caption_spans, generic_layout, repeated_paragraphs

_MARKED_BYLINE_LINES = 5  # under a headline, its kicker and its subtitle


class FeatureExtractor(Extractor):
    """One story; repeated paragraphs and captions are skipped."""

    name = "long_feature"
    description = "long feature: □ byline, ▲ captions, paragraphs repeated by a copy error"

    def score(self, article: Article) -> StyleMatch:
        lines = article.nonblank_lines
        box = any(ln.stripped.startswith("□") and byline_names(ln.text) for ln in lines[:8])
        # another mark before the byline (◎本报记者 …) under a headline that is no markdown heading
        marked = not box and any(
            ln.stripped[:1] in BYLINE_MARKS and byline_names(ln.text) for ln in lines[1:_MARKED_BYLINE_LINES]
        )
        headed = bool(lines) and not lines[0].stripped.startswith("#")
        captions = len(caption_spans(article))
        repeats = len(repeated_paragraphs(article))
        score, reasons = 0.0, []
        if box:
            score += 0.5
            reasons.append("□ byline under the headline")
        elif marked and headed:
            score += 0.4
            reasons.append("a marked byline under the headline")
        if captions:
            score += 0.15
            reasons.append(f"{captions} ▲ photo captions")
        if repeats:
            score += 0.2
            reasons.append(f"{repeats} paragraphs repeated by a copy error")
        return StyleMatch(min(score, 0.9), tuple(reasons))

    def read_layout(self, article: Article) -> Layout:
        # the generic layout already reads headline, byline, captions, repeats and social-media
        # chrome; a feature page is no web page, so its meta holds no title of its own (only the
        # date of a dated header line, 原创 … 2026年05月20日, and what labelled lines state:
        # 来源：…, 责任编辑：…)
        layout = generic_layout(article)
        repeats = repeated_paragraphs(article)
        notes = (f"{len(repeats)} repeated paragraphs read once",) if repeats else ()
        meta = ArticleMeta(
            published=layout.meta.published,
            source=layout.meta.source,
            authors=layout.meta.authors,
            editors=layout.meta.editors,
        )
        return Layout(stories=layout.stories, meta=meta, skip=layout.skip, notes=notes)
