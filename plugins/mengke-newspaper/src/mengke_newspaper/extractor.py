"""A newspaper page extracted from PDF: several stories, each closed by a byline in
parentheses (``…贡献力量。(白莲)``); headlines are short lines, a kicker set over the main
line joins it; photo captions stand apart behind a wide gap, or read as captions
(工作人员在…查看…); digits are set apart from their units by spaces and sentences run across
page breaks. Papers that open each story
with a headline over a byline (``本报记者 李华``, ``本报讯（记者 …）``, ``本报讯``) are read
too, and on a page that mixes both a headline over a dateline opens a story of its own; a
page that names no writer at all opens its stories at their headlines (heading lines after
a finished paragraph, over prose). The page header (date, paper, page and section, the
desk's 编辑：…) is the page's metadata; text carried over from another page above the first
headline (（上接第一版）…) is a story without a headline.
"""

from __future__ import annotations

import re

from mengke import Article, ArticleMeta, Extractor, Layout, StorySpan, StyleMatch
from mengke.article import Line
from mengke.data.layout_words import CARRIED_FROM_NOTE, ITEM_NUMBER_MARKS
from mengke.layout import (
    authors_in,
    blank_lines_before,
    byline_names,
    caption_spans,
    dated_line,
    ends_sentence,
    is_caption,
    is_column_label,
    is_heading,
    is_prose,
    joined_headline,
    lead_byline,
    names_from,
    page_fields,
    places_in,
    reads_as_photo_caption,
    repeated_paragraphs,
    trailing_byline,
)

_SPACED_DIGITS = re.compile(r"\d [\u4e00-\u9fff%]")
_PAPER_NAME = re.compile(r"[\u4e00-\u9fff]{1,8}(?:日[报報]|[时時][报報]|晚[报報]|[报報])(?![\u4e00-\u9fff])")


# a lead that opens with the paper's or the agency's dateline (本报讯, 本报呼和浩特9月11日讯), reporter
# named or not
_DATELINE = re.compile(
    r"[ \t]*(?:本[报報][\u4e00-\u9fff\d \t]{0,16}?[讯訊电電]|新[华華]社[\u4e00-\u9fff\d \t]{1,16}[电電])"
)


def _carried_over(lines: tuple[Line, ...], first_top: int) -> int | None:
    """Where the text carried over from another page starts above the first headline (a
    paragraph opening with （上接第一版）, or prose of a sentence or more), else None: the lines
    above are the page header."""
    for j in range(first_top):
        text = lines[j].stripped
        if _CARRIED_OVER.match(text) or (is_prose(text) and len(text) >= _CARRIED_MIN and not dated_line(text)):
            return j
    return None


_CARRIED_OVER = re.compile(r"[（(][ \t]*" + CARRIED_FROM_NOTE)
_CARRIED_MIN = 30  # (a short line with a comma is a deck or a date line, not a story's text)


def _openings(lines: tuple[Line, ...]) -> list[int]:
    """Headlines set over a byline (本报记者 李华) or over a lead that opens with one (本报讯（记者…）)."""
    out = []
    for k in range(len(lines) - 1):
        text, nxt = lines[k].text, lines[k + 1].text
        if not (byline_names(nxt) or lead_byline(nxt) or _DATELINE.match(nxt)):
            continue  # (the rare part first: most lines have no byline under them)
        if is_heading(text) and not (is_caption(text) or dated_line(text) or byline_names(text)):
            out.append(k)
    return out


def _closed_below(article: Article, lines: tuple[Line, ...], k: int) -> bool:
    """Line ``k`` is a headline over a paragraph of its own that closes with a byline: after a
    blank line, then lines with no blank line between, the last one ending in (陈曦)."""
    text = lines[k].text
    set_apart = blank_lines_before(article, k) >= 1 or (k > 0 and is_column_label(lines[k - 1].text))
    if not set_apart or not is_heading(text) or is_caption(text) or byline_names(text) or is_column_label(text):
        return False
    j = k + 1
    while j < len(lines) and blank_lines_before(article, j) == 0:
        if trailing_byline(lines[j].text):
            return True  # (the byline needs a full stop before it: the paragraph is prose)
        j += 1
    return False


def _after_column_label(article: Article, lines: tuple[Line, ...], k: int) -> bool:
    """Line ``k`` is a headline right under a column's label (■基层动态) over a paragraph that
    closes with a byline."""
    return k > 0 and is_column_label(lines[k - 1].text) and _closed_below(article, lines, k)


def _bare_headlines(article: Article, lines: tuple[Line, ...]) -> list[int]:
    """Where the stories of a page that names no writer open: a run of heading lines (a
    headline with its kicker or photo caption; none numbered like a section, 一、 or （一）)
    after a blank line, under a paragraph that ended its sentence (or the page's dated header)
    and over one of prose."""
    out = []
    k = 1
    while k < len(lines) - 1:
        j = k
        while j < len(lines) - 1 and _bare_heading(lines[j].stripped):
            j += 1
        if (
            j > k
            and j - k <= _BARE_RUN
            and blank_lines_before(article, k) >= 1
            and (ends_sentence(lines[k - 1].text) or dated_line(lines[k - 1].text) is not None)
            and is_prose(lines[j].text)
        ):
            out.append(k)
        k = j + 1 if j > k else k + 1
    return out


def _bare_heading(text: str) -> bool:
    return (
        _BARE_LEN[0] <= len(text) <= _BARE_LEN[1]
        and is_heading(text)
        and not is_caption(text)
        and not _SECTION_NUMBER.match(text)
    )


_BARE_RUN = 3  # kicker, headline, caption
_BARE_LEN = (4, 40)
_BARE_MIN = 2  # two such headlines at least: one alone may be a sub-heading
_SECTION_NUMBER = re.compile("|".join(ITEM_NUMBER_MARKS))


def _is_kicker(article: Article, lines: tuple[Line, ...], k: int, openings: list[int]) -> bool:
    """The short line right above headline ``k``, no blank line between, is its kicker."""
    if k == 0 or k - 1 in openings or blank_lines_before(article, k) > 0:
        return False
    above = lines[k - 1].text
    return (
        len(lines[k - 1].stripped) <= _KICKER_MAX
        and is_heading(above)
        and not (is_caption(above) or dated_line(above) or byline_names(above))
    )


def _header_meta(article: Article, header: list[Line] | tuple[Line, ...]) -> ArticleMeta:
    """The page header's date, the paper's name and the page's editors (编辑：…), from the lines
    above the first story."""
    published = next((d for ln in header if (d := dated_line(ln.text)) is not None), None)
    paper = next((m.group() for ln in header if (m := _PAPER_NAME.search(ln.text))), None)
    fields = page_fields(article, header)
    editors = names_from(fields["editors"]) if "editors" in fields else ()
    return ArticleMeta(published=published, source=paper, editors=editors)


_KICKER_MAX = 14
_DATE_LINES = 4  # a page's date stands in its first lines
_HEADER_LINES = 8
# a page's number or name of its section in the header (5, 第05版, A5版)
# 第2版, A03, 第 2 版 综合新闻 (a PDF's spaces, the section's name after the number)
_PAGE_NUMBER = re.compile(
    r"(?:第?[ \t]*[A-Z]?[ \t]*\d{1,3}[ \t]*版?|[A-Z]\d{1,3})(?:[ \t\u3000]+[\u4e00-\u9fff·]{2,8})?"
)
# the page named inside a dated header line (… 第 6 版 科技, … A05 城事, … 要闻版): the forms of
# _PAGE_NUMBER that cannot be a date's digits, or a bare number set apart at the line's end
# (2025年4月8日  星期二    某某科技报    3)
_PAGE_IN_HEADER = re.compile(
    r"第[ \t]*[A-Z]?[ \t]*\d{1,3}[ \t]*版|(?<![\w])[A-Z]\d{1,2}版?(?![\w])|[\u4e00-\u9fff]版$"
    r"|(?:[ \t\u3000]{2}|报[ \t\u3000])[ \t\u3000]*\d{1,3}[ \t\u3000]*$"
)


def _is_page_header(text: str) -> bool:
    """A dated line that names the page (2026年11月16日 星期一 第 6 版 科技, A05 城事)."""
    return dated_line(text) is not None and _PAGE_IN_HEADER.search(text) is not None


def _header_end(article: Article, lines: tuple[Line, ...], chunk: list[int]) -> int:
    """The last line of the page header atop the first story: the last of its first lines
    that gives the date, the page's number or a labelled field (责任编辑：…), when no prose
    comes before it; -1 when the page opens with its headline."""
    end = -1
    for k in chunk[:_HEADER_LINES]:
        text = lines[k].text
        if is_prose(text):
            break
        if dated_line(text) or _PAGE_NUMBER.fullmatch(lines[k].stripped) or page_fields(article, [lines[k]]):
            end = k
    return end


_CAPTION_GAP = 3


class NewspaperExtractor(Extractor):
    """Stories split at closing bylines; headline = the short lines that open a story."""

    name = "newspaper_page"
    description = "newspaper page from PDF: stories closed by (bylines), spaced digits, page breaks"

    def score(self, article: Article) -> StyleMatch:
        lines = article.nonblank_lines
        if any(ln.text.lstrip().startswith("#") for ln in lines):
            return StyleMatch(0.05, ("markdown headings: a digest, not a PDF page",))
        closing = sum(1 for ln in lines if trailing_byline(ln.text))
        opened = len(_openings(lines)) if closing < 2 else 0
        spaced = len(_SPACED_DIGITS.findall(article.text))
        cut = sum(1 for ln in lines if is_prose(ln.text) and not ends_sentence(ln.text))
        score, reasons = 0.0, []
        if closing >= 2:
            score += 0.6
            reasons.append(f"{closing} paragraphs end in a byline")
        elif closing == 1:
            score += 0.15
            reasons.append("one paragraph ends in a byline")
        if opened >= 2 and closing < 2:
            score += 0.6
            reasons.append(f"{opened} headlines over a byline")
        if spaced >= 5:
            score += 0.2
            reasons.append(f"{spaced} digits set apart from their units")
        if cut >= 2:
            score += 0.1
            reasons.append(f"{cut} lines cut by page or column breaks")
        if any(_is_page_header(ln.text) for ln in lines[:_HEADER_LINES]):
            score += 0.35
            reasons.append("a page header with the date and the page's number")
        return StyleMatch(min(score, 0.95), tuple(reasons))

    def read_layout(self, article: Article) -> Layout:
        lines = article.nonblank_lines
        openings = _openings(lines)
        closing = sum(1 for ln in lines if trailing_byline(ln.text))
        if len(openings) >= 2 and closing < 2:
            return self._opened_layout(article, openings)
        chunks: list[list[int]] = []
        current: list[int] = []
        opens = set(openings)
        if closing == 0 and not openings:
            bare = _bare_headlines(article, lines)
            if len(bare) >= _BARE_MIN:
                opens |= set(bare)  # a page with no bylines at all: its stories open at their headlines
        if openings:  # (■基层动态 / 某地：… / …。（记者 周明）: a column's items under a story with a byline)
            opens |= {k for k in range(openings[0] + 1, len(lines)) if _after_column_label(article, lines, k)}
        for k, line in enumerate(lines):
            if k in opens and any(is_prose(lines[j].text) and not dated_line(lines[j].text) for j in current):
                label = [current.pop()] if is_column_label(lines[current[-1]].text) else []
                chunks.append(current)  # a headline over a lead byline opens a story of its own
                current = label  # (the column's label goes with the story it is over)
            current.append(k)
            if trailing_byline(line.text):
                chunks.append(current)
                current = []
        if current:
            chunks.append(current)
        stories: list[StorySpan] = []
        for chunk in chunks:
            story = self._story(article, lines, chunk)
            if story.title is None and stories:
                prev = stories[-1]
                stories[-1] = StorySpan(
                    title=prev.title, start=prev.start, end=story.end, authors=prev.authors + story.authors
                )
            else:
                stories.append(story)
        stories = self._move_continuation(article, stories)
        skip = sorted(repeated_paragraphs(article) + caption_spans(article) + self._captions(article, stories))
        first = min((st.start for st in stories), default=0)
        meta = _header_meta(article, [ln for ln in lines[:6] if ln.end <= first])
        if meta.published is None:  # a date set under the first headline (（2026 年 9 月 15 日）)
            dated = next((d for ln in lines[:_DATE_LINES] if (d := dated_line(ln.text)) is not None), None)
            meta = ArticleMeta(title=meta.title, published=dated, source=meta.source, editors=meta.editors)
        return Layout(stories=tuple(stories), meta=meta, skip=tuple(skip))

    def _opened_layout(self, article: Article, openings: list[int]) -> Layout:
        """A page whose stories open with a headline over a byline: each runs to the next headline;
        the lines above the first one are the page header (date, paper, section). A headline
        over a paragraph that closes with a byline (…超过200家。（陈曦）) opens a story too, and
        a short line right above a headline is its kicker."""
        lines = article.nonblank_lines
        openings = sorted(
            {*openings, *(k for k in range(openings[0] + 1, len(lines)) if _closed_below(article, lines, k))}
        )
        tops = []
        for k in openings:
            top = k
            while k - top < 2 and _is_kicker(article, lines, top, openings):
                top -= 1  # a kicker over the main line, over a subtitle (——…): one title of three lines
            tops.append(top)
        stories = []
        for i, k in enumerate(openings):
            top = tops[i]
            last = tops[i + 1] if i + 1 < len(openings) else len(lines)  # up to the next kicker
            closed = next((j + 1 for j in range(k + 1, last - 1) if trailing_byline(lines[j].text)), None)
            rest = lines[closed:last] if closed is not None else ()
            if closed is not None and any(is_prose(ln.text) and not is_caption(ln.text) for ln in rest):
                last = closed  # …（记者 那仁） closes the story; a block after it (图片新闻 …) is one of its own
            end = lines[last - 1].end
            authors = list(authors_in(lines[k + 1 : last]))
            tail = trailing_byline(lines[last - 1].text)
            if tail:
                authors.extend(n for n in tail[0] if n not in authors)
            title = joined_headline(ln.stripped for ln in lines[top : k + 1])
            stories.append(StorySpan(title=title, start=lines[top].start, end=end, authors=tuple(authors)))
            if last == closed:  # the block after the byline: no headline of its own
                block = lines[closed : tops[i + 1] if i + 1 < len(openings) else len(lines)]
                stories.append(
                    StorySpan(title=None, start=block[0].start, end=block[-1].end, authors=authors_in(block))
                )
        carried_over = _carried_over(lines, tops[0])
        if carried_over is not None:  # （上接第一版）…: the end of a story from another page
            block = lines[carried_over : tops[0]]
            stories.insert(0, StorySpan(title=None, start=block[0].start, end=block[-1].end, authors=authors_in(block)))
        header = [ln for ln in lines[: openings[0]] if ln.start < stories[0].start]
        skip = [(ln.start, ln.end) for ln in header]
        skip += repeated_paragraphs(article) + caption_spans(article)
        return Layout(stories=tuple(stories), meta=_header_meta(article, header), skip=tuple(sorted(skip)))

    def _move_continuation(self, article: Article, stories: list[StorySpan]) -> list[StorySpan]:
        """The last story, cut off at the foot of the page with no byline, may continue in a block
        printed earlier, closed by the last story's byline: the tail of an earlier story's span that
        starts after a cut line, names the last story's place and not the earlier story's own."""
        if len(stories) < 2:
            return stories
        lines = article.nonblank_lines
        last = stories[-1]
        tail = [ln for ln in lines if last.start <= ln.start < last.end]
        if not tail or ends_sentence(tail[-1].text) or trailing_byline(tail[-1].text):
            return stories
        text = article.folded
        target = places_in(last.title or "") or places_in(text[last.start : last.start + 300])
        if not target:
            return stories
        for i in range(len(stories) - 2, -1, -1):
            story = stories[i]
            own = (places_in(story.title or "") or places_in(text[story.start : story.start + 300])) - target
            inside = [ln for ln in lines if story.start <= ln.start < story.end]
            if not own or not inside or not trailing_byline(inside[-1].text):
                continue
            for k in range(1, len(inside)):
                if ends_sentence(inside[k - 1].text):
                    continue
                names = places_in(text[inside[k].start : story.end])
                if names & target and not names & own:
                    byline = trailing_byline(inside[-1].text)
                    moved = byline[0] if byline else ()
                    stories[i] = StorySpan(
                        title=story.title,
                        start=story.start,
                        end=inside[k - 1].end,
                        authors=tuple(a for a in story.authors if a not in moved),
                    )
                    stories[-1] = StorySpan(
                        title=last.title,
                        start=last.start,
                        end=last.end,
                        authors=last.authors + tuple(a for a in moved if a not in last.authors),
                        segments=(*last.segments, (inside[k].start, story.end)),
                    )
                    return stories
        return stories

    def _story(self, article: Article, lines: tuple[Line, ...], chunk: list[int]) -> StorySpan:
        heads: list[int] = []
        header_end = _header_end(article, lines, chunk) if chunk[0] == 0 else -1
        for k in chunk:
            text = lines[k].text
            if k <= header_end or (k == chunk[0] == 0 and dated_line(text)):
                continue  # the page header (paper, date, page, 责任编辑：…) over the first headline
            if is_caption(text):
                continue  # ▲… under the story before: a photo's caption, set above this headline
            if is_column_label(text):
                continue  # ■基层动态: the column's label over the headline, no part of it
            if is_prose(text) or byline_names(text) or lead_byline(text) or _DATELINE.match(text):
                break  # (本报讯（记者 …）全市… cut by the column before its full stop: the lead, not a headline)
            if is_heading(text) and not is_caption(text):
                heads.append(k)
        kept = [k for k in heads if blank_lines_before(article, k) < _CAPTION_GAP or k == chunk[0] == 0]
        if not kept and heads:
            kept = heads[-1:]
        if len(kept) > 1 and not all(reads_as_photo_caption(lines[k].text) for k in kept):
            kept = [k for k in kept if not reads_as_photo_caption(lines[k].text)]  # a caption, wherever set
        if len(kept) > 1:
            # a kicker over the main line joins it; a longer line before the headline is a caption
            main = kept[-1]
            kept = [k for k in kept[:-1] if len(lines[k].stripped) <= _KICKER_MAX] + [main]
        title = joined_headline(lines[k].stripped for k in kept) or None
        authors = list(authors_in((lines[k] for k in chunk), lead=True))
        tail = trailing_byline(lines[chunk[-1]].text)
        if tail:
            authors.extend(n for n in tail[0] if n not in authors)
        first = next((k for k in chunk if k > header_end), chunk[0])  # (a story with no headline: past the header)
        start = lines[kept[0]].start if kept else lines[first].start
        end = lines[chunk[-1]].end
        return StorySpan(title=title, start=start, end=end, authors=tuple(authors))

    def _captions(self, article: Article, stories: list[StorySpan]) -> list[tuple[int, int]]:
        """Short lines between stories that are not part of a headline: photo captions."""
        lines = article.nonblank_lines
        story_starts = {s.start for s in stories}
        out = []
        for k, line in enumerate(lines):
            if is_heading(line.text) and blank_lines_before(article, k) >= _CAPTION_GAP and k > 0:
                if line.start not in story_starts:
                    out.append((line.start, line.end))
        return out
