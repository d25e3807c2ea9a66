"""A web article converted from a word-processor file: one story, paragraphs one per line
with no blank lines between, full-width ％ and （）, short heading lines inside the story,
and conversion artefacts such as ``[bookmark: _GoBack]``.
"""

from __future__ import annotations

import re

from mengke import Article, ArticleMeta, Extractor, Layout, StorySpan, StyleMatch
from mengke.article import Line
from mengke.data.layout_words import CONVERSION_ARTEFACT, DOCUMENT_MARK_STARTS
from mengke.layout import (
    authors_in,
    bulletin_source,
    caption_spans,
    dated_line,
    document_masthead,
    is_attachment_label,
    is_document_number,
    is_heading,
    is_issuing_body,
    issuer_over_headline,
    names_from,
    opens_with_guan_yu,
    page_fields,
    page_masthead,
    repeated_paragraphs,
    signature,
    social_tail,
    wrapped_headline,
)
from mengke.numbers import fold

_BLANK_LINE = re.compile(r"\n[ \t\r]*(?=\n)")
_ARTEFACT = re.compile(CONVERSION_ARTEFACT)


def _body_under(lines: tuple[Line, ...], k: int) -> str | None:
    """A public body named alone on the line under the headline (某市科学技术局): who issued it."""
    if k + 1 < len(lines) and is_issuing_body(lines[k + 1].stripped):
        return lines[k + 1].stripped
    return None


class WebDocumentExtractor(Extractor):
    """One story titled by its first line; conversion artefacts skipped."""

    name = "web_document"
    description = "web article from a word-processor file: full-width ％（）, [bookmark: …] artefacts"

    def score(self, article: Article) -> StyleMatch:
        text = article.text
        lines = article.nonblank_lines
        score, reasons = 0.0, []
        if _ARTEFACT.search(text):
            score += 0.45
            reasons.append("word-processor artefacts ([bookmark: …])")
        full = text.count("％") + text.count("（")
        if full >= 3:
            score += 0.2
            reasons.append(f"{full} full-width ％ and （")
        blank = len(_BLANK_LINE.findall(text))  # (\r\n line ends too)
        if len(lines) >= 5 and blank <= len(lines) // 5:
            score += 0.2
            reasons.append("paragraphs one per line, no blank lines between")
        if len(lines) >= 5 and is_heading(lines[0].text):
            score += 0.05
            reasons.append("opens with a headline")
        return StyleMatch(min(score, 0.9), tuple(reasons))

    def read_layout(self, article: Article) -> Layout:
        lines = article.nonblank_lines
        if not lines:
            return Layout(stories=())
        # the first line with words once the artefacts are gone ([image: ] alone is no headline)
        first_k = next(
            (
                k
                for k, ln in enumerate(lines)
                if (t := _ARTEFACT.sub("", ln.text).strip())
                and not is_attachment_label(t)
                and not fold(t).startswith(DOCUMENT_MARK_STARTS)
                and not document_masthead(t)  # 某市人民政府办公室文件
                and not is_document_number(t)  # 某政办发〔2026〕8号
            ),
            0,
        )  # (附件1 over the headline labels an attachment; 内部资料 注意保存 marks the document)
        issuer = over = None
        if issuer_over_headline(lines, first_k, max_len=60):
            # 某盟科学技术局 over its report's headline: who issued it; over 关于…的通知, the
            # first line of that headline (某市人民政府办公室 / 关于印发…的通知)
            issuer = lines[first_k].stripped
            over = issuer if opens_with_guan_yu(lines[first_k + 1].text) else None
            first_k += 1
        first = lines[first_k]
        heading = _ARTEFACT.sub("", first.text).strip()
        title = heading if heading and is_heading(heading, max_len=60) else None
        if title is not None:
            title = wrapped_headline(lines, first_k, title)[0]  # …印发《某某 / 行动方案》: one headline
            title = f"{over} {title}" if over else title
        authors = authors_in(lines[:6])
        skip = [m.span() for m in _ARTEFACT.finditer(article.text)]
        skip += repeated_paragraphs(article) + caption_spans(article)
        tail = social_tail(article)  # 上一篇：…, 相关新闻: the chrome under a web article
        end = tail if tail is not None and tail > first.start else len(article.text)
        start = lines[first_k - 1].start if over else first.start
        story = StorySpan(title=title, start=start, end=end, authors=authors)
        fields = page_fields(article)  # 来源：…, 作者：…, 责任编辑：… where the page states them
        # the date a header line or a labelled field (发布时间：…) gives
        dated = [fields["published"]] if "published" in fields else []
        published = next((d for t in (*dated, *(ln.text for ln in lines[:6])) if (d := dated_line(t))), None)
        source = fields.get("source") or issuer or bulletin_source(lines, first_k + 1) or _body_under(lines, first_k)
        signed = signature(lines, first_k + 1)  # at its foot (某某厅 / 2026年3月20日) or over what it transmits
        if signed is not None:
            source, published = source or signed[0], published or signed[1]
        source = source or page_masthead(lines)
        meta = ArticleMeta(
            title=title,
            published=published,
            source=source,
            authors=names_from(fields["authors"]) if "authors" in fields else (),
            editors=names_from(fields["editors"]) if "editors" in fields else (),
        )
        return Layout(stories=(story,), meta=meta, skip=tuple(sorted(skip)))
