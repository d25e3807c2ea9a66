"""A markdown-like digest page: ``#`` headlines and ``##`` sub-headings, bylines such as
``●本报记者 …`` and ``本报讯(记者 … 通讯员 …)``, half-width punctuation, unrelated stories.
A headline without ``#`` opens a story when a byline follows it; in a round-up, each numbered
headline in bold (``**2. …**``) or numbered or labelled sub-heading (``## 2. …``,
``## 【包头】…``) opens one, and so do sub-headings set over a lead byline (``## 一、某市：…``
over ``本报讯（记者 …）``) when a ``#`` line has two or more of them (one alone is its deck).
A page whose one ``#`` line is a masthead (``# 科技周报（第18期）`` over a date or over
section labels such as ``## 盟市动态``) is titled by it, and its stories open
at the headlines with text under them; so is a round-up's masthead over nothing but an
editor's note and its items, where a section heading with text of its own under it
(``## 二、政策速递`` over a list) ends the item before it. A date in the page's first lines
(``发布时间：2026-05-18``) is its publication date, a labelled source there (``来源：某某厅``)
its source. A page with no ``#`` line at all is a digest when two or more items sit under
headlines in bold (``**【包头】…**``); a bold issue title above them (``**科技要闻**（第44期）``)
titles the page. Bold lines neither numbered nor labelled under a headline and its byline
(``◎本报记者 …`` then ``**创新平台量质齐升**``) are one feature's sub-headings, no items.
Numbered or labelled sub-headings (``## 1. …``) are items with no masthead over them; an
issue's title over headlines of its own level (``# 科技周报（第18期）`` over ``# …`` items) or
in bold over sub-headings (``**科技要闻**（第44期）`` over ``## …``) titles the page. A page with
no ``#`` line that opens with a sub-heading (``## 包头：…``) has no title over its sub-headings:
each with text under it opens a story, unless one is an article's numbered section (``## 一、…``)
or only the first has a byline under it (a feature's title over its sections). A round-up set
as plain text has a story for each of its numbered headlines over text (``1、包头：…``), on a page
titled as an issue or where two of them open with a place, and for each place's label alone on
its line over text (``【乌海】``); an article's numbered points (``1、加大研发投入``) are none.
"""

from __future__ import annotations

import re

from mengke import Article, ArticleMeta, Extractor, Layout, StorySpan, StyleMatch
from mengke.article import Line
from mengke.data.layout_words import ITEM_NUMBER_MARKS
from mengke.layout import (
    authors_in,
    byline_names,
    caption_spans,
    dated_line,
    is_editors_note,
    is_heading,
    is_prose,
    is_section_label,
    lead_byline,
    page_fields,
    places_in,
    repeated_paragraphs,
    signature,
)
from mengke.numbers import fold

# 1. or 2、: a round-up's items are counted in Arabic figures; 一、二、 number an article's own
# sections (## 一、创新主体不断壮大 under one headline and byline is one article, not three)
_NUMBER = r"\d{1,2}[.、．]\s*"
_BOLD_HEADING = re.compile(
    r"^\*\*\s*(?![一二三四五六七八九十]{1,3}、)(?:" + _NUMBER + r")?(?P<title>[^*]{2,40}?)\s*\*\*$"
)
_UNNUMBERED_BOLD = re.compile(r"\*\*\s*[^\d【*][^*]*\*\*")  # **创新平台量质齐升**: neither numbered nor labelled
_BYLINE_LINES = 4  # a feature's byline stands under its headline (and kicker, and subtitle)
_NUMBERED_SUBHEADING = re.compile(r"^#{2,6}\s*" + _NUMBER + r"(?P<title>.{2,40}?)\s*$")
# a sub-heading or bold headline that opens with its place in a label (## 【包头】…, **【乌海】…**)
_LABELLED_HEADING = re.compile(r"^(?:#{2,6}\s*|\*\*\s*)(?P<title>【[^】\n]{1,10}】[^*\n]{2,40}?)\s*(?:\*\*)?$")


def _item_heading(text: str) -> str | None:
    """The title of an item of a round-up: a numbered headline in bold (**2. 上海发布算力券实施细则**),
    a numbered sub-heading (## 2. 西安：硬科技企业达到1.6万家) or one opening with a label
    (## 【包头】稀土产业产值…), else None."""
    stripped = text.strip()
    m = _BOLD_HEADING.match(stripped) or _NUMBERED_SUBHEADING.match(stripped) or _LABELLED_HEADING.match(stripped)
    if m is None or not is_heading(m.group("title")) or is_section_label(m.group("title")):
        return None  # (## 一、基本情况: a section of one article, not an item of a round-up)
    return m.group("title")


# a round-up set as plain text: numbered headlines (1、呼和浩特：新增…) or a place's label alone
# over its item (【乌海】), each over its text
_PLAIN_NUMBERED = re.compile(r"^" + _NUMBER + r"(?P<title>[^#*\n]{2,40}?)\s*$")
_LABEL_ALONE = re.compile(r"^【(?P<place>[^】\n]{1,10})】\s*$")
_PLACE_COLON = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,8})[:：]")


def _plain_items(lines: tuple[Line, ...]) -> list[int]:
    """The items of a round-up set as plain text, when two or more: numbered headlines over text,
    on a page titled as an issue (科技周报 第15期) or where two of them open with a place
    (1、包头：…); or a place's label alone on its line over text (【乌海】). Empty otherwise (an
    article's numbered points, 1. 加大投入, are no items)."""
    numbered: list[int] = []
    labelled: list[int] = []
    for k in range(len(lines) - 1):
        stripped = lines[k].stripped
        if not stripped or not (stripped[0].isdigit() or stripped[0] == "【") or not is_prose(lines[k + 1].text):
            continue
        m = _PLAIN_NUMBERED.match(stripped)
        if m and is_heading(m.group("title")) and not is_section_label(m.group("title")):
            numbered.append(k)
        label = _LABEL_ALONE.match(stripped)
        if label and places_in(label.group("place")):
            labelled.append(k)
    if len(numbered) >= 2:
        first = lines[0].stripped
        issue = _ISSUE_TITLE.search(fold(first)) is not None and not _SENTENCE_END.search(first)
        placed = sum(1 for k in numbered if _opens_with_a_place(_plain_title(lines[k].text) or ""))
        if issue or placed >= 2:
            return numbered
    return labelled if len(labelled) >= 2 else []


def _opens_with_a_place(title: str) -> bool:
    m = _PLACE_COLON.match(title)
    return m is not None and bool(places_in(m.group("place")))


def _plain_title(text: str) -> str | None:
    """The title of a plain-text item: a numbered headline's words, or the label as written."""
    stripped = text.strip()
    m = _PLAIN_NUMBERED.match(stripped)
    if m:
        return m.group("title")
    return stripped if _LABEL_ALONE.match(stripped) else None


def _level(text: str) -> int:
    s = text.lstrip()
    return len(s) - len(s.lstrip("#")) if s.startswith("#") else 0


# the title of an issue of a bulletin (科技周报（第18期）, 创新简讯, 要闻速览)
_ISSUE_TITLE = re.compile(r"第[\d一二三四五六七八九十百]+期|周报|简报|简讯|快讯|要闻|动态|速览|摘编|汇编|月报|旬报")
_SENTENCE_END = re.compile(r"[。！？!?]")


def _is_bold_issue_title(lines: tuple[Line, ...]) -> bool:
    """The page opens with an issue's title in bold (**科技要闻**（第44期））."""
    first = lines[0].stripped if lines else ""
    plain = first.replace("**", "").strip()
    return first.startswith("**") and _ISSUE_TITLE.search(fold(plain)) is not None and not _SENTENCE_END.search(plain)


def _bare_issue_title(lines: tuple[Line, ...], next_start: int) -> bool:
    """The page's first line names an issue (科技周报（第18期）) and has no text of its own under it
    before the next headline (a date or a label at most)."""
    title = lines[0].stripped.lstrip("#").strip()
    if _ISSUE_TITLE.search(fold(title)) is None or _SENTENCE_END.search(title):
        return False
    return all(dated_line(ln.text) or not _SENTENCE_END.search(ln.text) for ln in lines[1:next_start])


def _under_masthead(lines: tuple[Line, ...]) -> list[int]:
    """On a page whose one ``#`` line is a masthead (# 科技周报（第18期）, over nothing but a date
    or over section labels such as ## 盟市动态), the headings with text under them, at the
    shallowest such level: each opens a story. Empty on any other page."""
    levels = [_level(line.text) for line in lines]
    if not (levels.count(1) == 1 and levels[0] == 1) and not (levels.count(1) == 0 and _is_bold_issue_title(lines)):
        return []  # (**科技要闻**（第44期） over ## headings is a masthead too)
    first = next((k for k in range(1, len(lines)) if levels[k]), len(lines))
    if first > 3 or any(_SENTENCE_END.search(lines[k].text) for k in range(1, first)):
        return []  # the headline has a lead or a byline under it: one article
    labels = any(levels[k] >= 2 and levels[k + 1] > levels[k] for k in range(first, len(lines) - 1))
    if not labels and not _ISSUE_TITLE.search(fold(lines[0].text)):
        return []  # (# 标题 / ## 一、背景 …: an article's own sections)
    with_text = [k for k in range(first, len(lines) - 1) if levels[k] >= 2 and levels[k + 1] == 0]
    if not with_text:
        return []
    top = min(levels[k] for k in with_text)
    stories = [k for k in with_text if levels[k] == top]
    return stories if len(stories) >= 2 else []


# an article's own outline numbers (## 一、…, ## （二）…): sections, never peers of a headline
_OUTLINE_NUMBER = re.compile(r"(?:" + "|".join(ITEM_NUMBER_MARKS[:2]) + r"|第[一二三四五六七八九十]{1,3}[，,、：:\s])")


def _peer_headings(lines: tuple[Line, ...]) -> list[int]:
    """On a page with no ``#`` line that opens with a sub-heading (## 包头：…), the sub-headings
    of that level with text under them, when two or more: the page has no title of its own over
    them, so each is a story's headline (one article's sections come under its title, and are
    numbered 一、 or labelled 基本情况)."""
    levels = [_level(line.text) for line in lines]
    if not levels or levels[0] < 2 or 1 in levels:
        return []
    top = levels[0]
    peers = [k for k in range(len(lines) - 1) if levels[k] == top and levels[k + 1] == 0]
    if len(peers) < 2 or peers[0] != 0:
        return []
    for k in peers:
        title = lines[k].stripped.lstrip("#").strip()
        if not is_heading(title) or is_section_label(title) or _OUTLINE_NUMBER.match(title):
            return []
    bylined = [k for k in peers if any(byline_names(ln.text) or lead_byline(ln.text) for ln in lines[k + 1 : k + 3])]
    if bylined == [0]:
        return []  # ## 标题 / ●本报记者 … / ## 创新主体不断壮大: one feature and its sections
    return peers


def _sub_headlines_over_leads(lines: tuple[Line, ...]) -> list[int]:
    """Sub-headings set over a lead with a byline (## 一、某市：… over 本报讯（记者 …）…), when a
    ``#`` line has two or more of them under it: each opens a story of its own. One alone is the
    deck of the headline above it, which it does not part from its body."""
    groups: dict[int, list[int]] = {}
    top = -1
    for k, line in enumerate(lines):
        level = _level(line.text)
        if level == 1:
            top = k
        elif level >= 2 and k + 1 < len(lines) and lead_byline(lines[k + 1].text) and is_heading(line.text.lstrip("#")):
            groups.setdefault(top, []).append(k)
    return [k for ks in groups.values() if len(ks) >= 2 for k in ks]


def _sections_with_text(lines: tuple[Line, ...], items: list[int]) -> list[int]:
    """In a round-up whose items are sub-headings (### 1. …), the shallower section headings with
    text of their own under them (## 二、政策速递 over a list): each ends the item before it and
    opens a story. A section heading right over an item (## 一、地方动态 / ### 1. …) opens none."""
    item_level = min(_level(lines[k].text) for k in items)
    return [
        k
        for k in range(len(lines) - 1)
        if 2 <= _level(lines[k].text) < item_level and _level(lines[k + 1].text) == 0 and k not in items
    ]


def _is_masthead(lines: tuple[Line, ...], items: list[int]) -> bool:
    """The page's one ``#`` line, first, names an issue of a bulletin and has no story of its own
    before the first item: at most an editor's note (编者按) or a date under it."""
    levels = [_level(line.text) for line in lines]
    if levels.count(1) != 1 or levels[0] != 1 or not _ISSUE_TITLE.search(fold(lines[0].text)):
        return False
    return all(levels[k] or is_editors_note(lines[k].text) or dated_line(lines[k].text) for k in range(1, items[0]))


class DigestExtractor(Extractor):
    """Stories open at ``#`` lines (or a headline followed by a byline)."""

    name = "digest_page"
    description = "markdown-like digest: # headlines, ## sub-headings, ●本报记者 bylines"

    def score(self, article: Article) -> StyleMatch:
        lines = article.nonblank_lines
        top = sum(1 for ln in lines if _level(ln.text) == 1)
        sub = sum(1 for ln in lines if _level(ln.text) >= 2)
        score, reasons = 0.0, []
        if top >= 2:
            score += 0.7
            reasons.append(f"{top} '#' headlines")
        elif top == 1:
            score += 0.4
            reasons.append("one '#' headline")
        if sub:
            score += 0.1 if top or sub < 2 else 0.3  # (markdown headings: no word processor's page)
            reasons.append(f"{sub} '##' sub-headings")
        # (unnumbered bold lines under a headline and its byline are one feature's sub-headings)
        featured = any(byline_names(ln.text) for ln in lines[:_BYLINE_LINES]) and not top
        items = (
            sum(
                1
                for ln in lines
                if ln.stripped.startswith(("**", "#"))  # (only such lines can be items: a cheap gate)
                and _item_heading(ln.text)
                and not (featured and _UNNUMBERED_BOLD.fullmatch(ln.stripped))
            )
            if not top
            else 0
        )
        plain = len(_plain_items(lines)) if not top and not sub and items < 2 else 0
        if items >= 2:
            score += 0.5
            reasons.append(f"{items} items under numbered, labelled or bold headlines")
        elif plain >= 2:
            score += 0.6
            reasons.append(f"{plain} items of a plain-text round-up (1、包头：…, 【乌海】)")
        elif not top and sub >= 2 and _is_bold_issue_title(lines):
            score += 0.5
            reasons.append("an issue's title in bold over sub-headings")
        if (
            top or sub or items >= 2 or plain >= 2
        ):  # bylines alone make no digest (so they are counted only under headlines)
            bylines = sum(1 for ln in lines if byline_names(ln.text) or lead_byline(ln.text))
            if bylines:
                score += 0.1
                reasons.append(f"{bylines} bylines")
        return StyleMatch(min(score, 0.95), tuple(reasons))

    def read_layout(self, article: Article) -> Layout:
        lines = article.nonblank_lines
        starts: list[int] = []
        for k, line in enumerate(lines):
            if _level(line.text) == 1:
                starts.append(k)
            elif _level(line.text) == 0 and is_heading(line.text) and k + 1 < len(lines):
                nxt = lines[k + 1].text
                if byline_names(nxt) and not nxt.strip().endswith("摄"):
                    starts.append(k)
        starts += _sub_headlines_over_leads(lines)
        starts += _peer_headings(lines)
        items = [k for k, line in enumerate(lines) if _level(line.text) != 1 and _item_heading(line.text)]
        if len(items) < 2 and not starts:
            items = _plain_items(lines) or items  # 1、包头：… or 【乌海】 over text: a plain-text round-up
        masthead = None
        if len(items) >= 2:  # a round-up of items, each under its numbered headline
            starts = sorted(set(starts) | set(items) | set(_sections_with_text(lines, items)))
            if _is_masthead(lines, items):  # # 科技周报（第18期） / 编者按 / 1. … 2. …
                masthead = lines[0].stripped.lstrip("#").strip()
                starts.remove(0)
        if masthead is None and items and items[0] > 0:  # **科技要闻**（第44期） over **【包头】…** items
            first = lines[0].stripped.lstrip("#").replace("**", "").strip()
            if _ISSUE_TITLE.search(fold(first)) and not _SENTENCE_END.search(first):
                masthead = first
                if starts and starts[0] == 0:
                    starts.remove(0)
        under = _under_masthead(lines)
        if under:  # the masthead titles the page; the headings under its sections open the stories
            masthead = lines[0].stripped.lstrip("#").replace("**", "").strip()
            starts = under
        if masthead is None and len(starts) >= 3 and starts[0] == 0 and _bare_issue_title(lines, starts[1]):
            masthead = lines[0].stripped.lstrip("#").strip()  # # 科技周报（第18期） over # items: no story
            starts = starts[1:]
        starts = sorted(set(starts))
        if not starts:
            starts = [0]
        stories = []
        for i, k in enumerate(starts):
            last = starts[i + 1] if i + 1 < len(starts) else len(lines)
            title = (
                _item_heading(lines[k].text)
                or _plain_title(lines[k].text)
                or (
                    lines[k].stripped.lstrip("#").strip()
                    if _level(lines[k].text) or is_heading(lines[k].text)
                    else None
                )
            )
            authors = authors_in(lines[k:last])
            end = lines[last].start if last < len(lines) else len(article.text)
            stories.append(StorySpan(title=title, start=lines[k].start, end=end, authors=authors))
        skip = sorted(repeated_paragraphs(article) + caption_spans(article))
        published = next((d for ln in lines[:4] if (d := dated_line(ln.text)) is not None), None)
        fields = page_fields(article, lines[:4])  # 2026-05-20 来源：某某厅 under the headline
        signed = signature(lines)  # （某某厅　2026年11月12日） at the page's foot
        if signed is not None:
            published = published or signed[1]
            fields.setdefault("source", signed[0])
        meta = ArticleMeta(title=masthead, published=published, source=fields.get("source"))
        return Layout(stories=tuple(stories), meta=meta, skip=tuple(skip))
