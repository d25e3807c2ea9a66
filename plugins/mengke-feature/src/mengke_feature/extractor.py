"""A long feature: headline, ``□`` byline, headline fact lines, ``▲`` photo captions,
paragraphs repeated word for word by a copy error (read once: later copies are skipped,
so every record points at the first copy), and a truncated end.
"""

from __future__ import annotations

from mengke import Article, ArticleMeta, Extractor, Layout, StorySpan, StyleMatch
from mengke.layout import byline_names, caption_spans, first_heading, repeated_paragraphs


class FeatureExtractor(Extractor):
    """One story; repeated paragraphs and captions are skipped."""

    name = "long_feature"
    description = "long feature: □ byline, ▲ captions, paragraphs repeated by a copy error"

    def score(self, article: Article) -> StyleMatch:
        lines = article.nonblank_lines
        box = any(ln.stripped.startswith("□") and byline_names(ln.text) for ln in lines[:8])
        captions = len(caption_spans(article))
        repeats = len(repeated_paragraphs(article))
        score, reasons = 0.0, []
        if box:
            score += 0.5
            reasons.append("□ byline under the headline")
        if captions:
            score += 0.15
            reasons.append(f"{captions} ▲ photo captions")
        if repeats:
            score += 0.2
            reasons.append(f"{repeats} paragraphs repeated by a copy error")
        return StyleMatch(min(score, 0.9), tuple(reasons))

    def read_layout(self, article: Article) -> Layout:
        lines = article.nonblank_lines
        if not lines:
            return Layout(stories=())
        head = first_heading(lines)
        title = head[1] if head else None
        start = lines[head[0]].start if head else lines[0].start
        authors: list[str] = []
        for line in lines[:10]:
            names = byline_names(line.text)
            if names:
                authors.extend(n for n in names if n not in authors)
        repeats = repeated_paragraphs(article)
        skip = sorted(repeats + caption_spans(article))
        notes = (f"{len(repeats)} repeated paragraphs read once",) if repeats else ()
        story = StorySpan(title=title, start=start, end=len(article.text), authors=tuple(authors))
        return Layout(stories=(story,), meta=ArticleMeta(), skip=tuple(skip), notes=notes)
