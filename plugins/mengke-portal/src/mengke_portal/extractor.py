"""A web portal page: breadcrumb, the headline, a metadata line (发布日期/来源/作者/浏览次数),
font-size buttons, a 核心提示 box that repeats the lead, the article with a closing byline,
then 责任编辑, share buttons, a disclaimer and link lists. A government page may open instead
with a disclosure block of several labelled lines (索引号, 发布机构, 成文日期, 标题, 文号,
发布日期) over its headline. Metadata goes into ``meta``; chrome holds no story and no figure.
"""

from __future__ import annotations

import re

from mengke import Article, ArticleMeta, Extractor, Layout, StorySpan, StyleMatch
from mengke.article import Line
from mengke.data.layout_words import CHROME_LINE_STARTS, LEAD_BOX_LABELS
from mengke.layout import (
    META_FIELD,
    dated_line,
    field_name,
    field_value,
    is_heading,
    is_post_header,
    is_prose,
    is_social_chrome,
    names_from,
    page_fields,
    repeated_paragraphs,
    trailing_byline,
    without_site_name,
)

_HEAD_LINES = 15  # how far a page's header is looked for labelled fields when no line holds two
_HEADER_CHROME_LINES = 4  # how far under the headline buttons and counters may still stand
_TITLE_MAX = 60  # a government notice's headline may be long (关于印发《…》的通知)
_BREADCRUMB = re.compile(r"^(?:当前位置|您的位置|您现在的位置)|^首页\s*[»>›]|[»>›]\s*正文")


# a date with its time, unlabelled (来源：某某新闻网  2025-06-02 09:15): a field of the line
_BARE_STAMP = re.compile(r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}[ \t]+\d{1,2}:\d{2}")


def _field_count(line: str) -> int:
    """How many metadata fields a folded line holds: its labelled fields, and a date-time stamp
    standing outside their values beside one of them."""
    found = list(META_FIELD.finditer(line))
    stamp = _BARE_STAMP.search(line) if len(found) == 1 else None
    if stamp is not None and not found[0].start() <= stamp.start() < found[0].end(2):
        return 2
    return len(found)


def _folded(article: Article) -> list[str]:
    """The non-blank lines in folded form (simplified, half-width), for the label tables."""
    return [article.folded[ln.start : ln.end] for ln in article.nonblank_lines]


def _is_chrome(text: str) -> bool:
    s = text.strip()
    return s.startswith(CHROME_LINE_STARTS) or bool(_BREADCRUMB.search(s)) or s.startswith("[ ") or is_social_chrome(s)


def _metadata_block(folded: list[str], meta_k: int | None) -> list[int]:
    """The metadata lines around the first line of two fields: the lines next to it that hold
    a field too (a government page's 索引号 / 发布机构 / 标题 / 文号 block)."""
    if meta_k is None:
        return []
    first = last = meta_k
    while first > 0 and META_FIELD.search(folded[first - 1]):
        first -= 1
    while last + 1 < len(folded) and META_FIELD.search(folded[last + 1]):
        last += 1
    return list(range(first, last + 1))


def _headline_under_title_bar(lines: tuple[Line, ...], k: int) -> int:
    """The headline's line, when line ``k`` is the page's title bar (…8家_某某厅) and the same
    headline follows it under the breadcrumbs; else ``k``."""
    bare = without_site_name(lines[k].stripped)
    if bare == lines[k].stripped:
        return k
    return next((j for j in range(k + 1, min(len(lines), k + _HEAD_LINES)) if lines[j].stripped == bare), k)


class PortalExtractor(Extractor):
    """The article between the metadata line and the 责任编辑 line; the rest is chrome."""

    name = "portal_page"
    description = "web portal page: breadcrumb, 发布日期/来源/作者 line, 核心提示 box, footer chrome"

    def score(self, article: Article) -> StyleMatch:
        folded = _folded(article)  # 首頁, 發布日期 read like 首页, 发布日期
        head = folded[:12]
        score, reasons = 0.0, []
        if any(_BREADCRUMB.search(t) for t in head):
            score += 0.4
            reasons.append("breadcrumb line")
        # fields on a metadata line (two or more on it: 发布日期 … 来源 …), or on short lines one
        # under another with a colon (发布时间：… / 来源：…); not a post's 来源丨 … 编辑丨 …
        counts = [_field_count(t) for t in head]
        colon = [n == 1 and (":" in t or "：" in t) for n, t in zip(counts, head, strict=True)]
        fields = sum(n for n in counts if n >= 2) + sum(
            1 for k, c in enumerate(colon) if c and ((k > 0 and colon[k - 1]) or (k + 1 < len(colon) and colon[k + 1]))
        )
        if fields >= 2:
            score += 0.4
            reasons.append(f"{fields} metadata fields (发布日期, 来源 …)")
        if any(t.strip().startswith(("免责声明", "责任编辑")) for t in folded):
            score += 0.1
            reasons.append("footer chrome (责任编辑, 免责声明)")
        return StyleMatch(min(score, 0.95), tuple(reasons))

    def read_layout(self, article: Article) -> Layout:
        lines = article.nonblank_lines
        if not lines:
            return Layout(stories=())
        folded = _folded(article)
        # the page's head: the lines above its first line of running text (no field on it)
        first_prose = next(
            (k for k, t in enumerate(folded) if is_prose(t) and not META_FIELD.search(t) and not dated_line(t)),
            len(lines),
        )
        head = folded[:first_prose][:_HEAD_LINES]
        meta_k = next((k for k, t in enumerate(head) if _field_count(t) >= 2), None)
        if meta_k is None:  # a disclosure block of one field a line (索 引 号：… / 标　　题：… / …)
            # above the article (来源：… / 编辑：… / 审核：… under a post closes it: page_fields)
            labelled = [META_FIELD.match(t.strip()) is not None for t in head]
            meta_k = next((k for k in range(len(labelled) - 2) if all(labelled[k : k + 3])), None)
        block = _metadata_block(folded, meta_k)
        # labels are matched in the folded lines (發布日期 reads as 发布日期); each value is kept
        # as written (names, sources) and folded (dates with full-width digits), same offsets
        fields: dict[str, tuple[str, str]] = {}
        for k in block:
            for m in META_FIELD.finditer(folded[k]):
                named = field_name(m) in ("authors", "editors")  # (作者：李娜 包文龙: both)
                raw = field_value(lines[k].text, m.start(2), m.end(2), names=named)  # (作者： 张 勇: closed up)
                fields.setdefault(field_name(m), (raw, m.group(2)))
        for k, t in enumerate(folded):  # a label on a short line of its own (来源：…) anywhere on the page
            lead = len(t) - len(t.lstrip())
            if len(t.strip()) <= 30 and (one := META_FIELD.match(t.strip())):
                raw = field_value(lines[k].text, lead + one.start(2), lead + one.end(2))
                fields.setdefault(field_name(one), (raw, one.group(2)))
        for name, value in page_fields(article, [lines[k] for k in block] or lines[:_HEAD_LINES]).items():
            if name in ("source", "authors", "editors"):  # 来源： / 某某平台: a value a wrap set on the next line
                fields.setdefault(name, (value, value))
        title_k = None
        if block:
            for k in range(block[0] - 1, -1, -1):
                if not _is_chrome(folded[k]):
                    title_k = k
                    break
            if title_k is None or "title" in fields:
                # a government page's disclosure block heads the page; its headline follows it
                # (past a line of buttons: 【字号 大 中 小】 分享到：)
                after = next((k for k in range(block[-1] + 1, len(lines)) if not _is_chrome(folded[k])), len(lines))
                headline = after < len(lines) and is_heading(folded[after], max_len=_TITLE_MAX)
                if headline and not is_post_header(folded[after]):
                    title_k = after
        elif lines:  # (not a line of fields over the headline: 发布时间：… / 来源：…)
            title_k = next((k for k, t in enumerate(folded) if not _is_chrome(t) and not is_post_header(t)), 0)
        if title_k is not None:
            title_k = _headline_under_title_bar(lines, title_k)
        title = without_site_name(lines[title_k].stripped) if title_k is not None else None
        if title is None and "title" in fields:
            title = fields["title"][0]
        body_from = max([*block, -1 if title_k is None else title_k]) + 1  # after the metadata and the headline
        skip: list[tuple[int, int]] = [(lines[k].start, lines[k].end) for k in block]
        end_k = len(lines)
        editors: list[str] = list(names_from(fields["editors"][0])) if "editors" in fields else []
        prose_seen = False
        for k in range(body_from, len(lines)):
            text = folded[k].strip()
            if text.startswith(LEAD_BOX_LABELS) or text.startswith(("放大字体", "缩小字体")) or is_social_chrome(text):
                skip.append((lines[k].start, lines[k].end))
                continue
            if text.lstrip("(（【[").startswith(("责任编辑", "编辑")):
                label = re.match(r"[(（【\[]?[ \t]*(?:责任编辑|编辑)[ \t]*[:：丨|]?", text)
                names = lines[k].text.strip()[label.end() if label else 0 :]  # as written (責任編輯：陳明)
                names = names.rstrip(")）】] \t")  # （责任编辑：王丽）
                editors.extend(n for n in names_from(names) if n not in editors)
                if not prose_seen:  # 编辑：… over the article (a post's header): metadata, not its end
                    skip.append((lines[k].start, lines[k].end))
                    continue
                end_k = min(end_k, k)
                break
            if not prose_seen and len(text) > 30 and not META_FIELD.search(text) and not dated_line(text):
                prose_seen = True  # (not a post's dated header: 原创 某某 2025年06月18日 17:32 内蒙古)
            if _is_chrome(text) and not prose_seen and k <= body_from + _HEADER_CHROME_LINES:
                skip.append((lines[k].start, lines[k].end))  # 阅读量：1024, 【字号 大 中 小】 under the headline
                continue
            if _is_chrome(text):
                end_k = min(end_k, k)
                break
        authors = list(names_from(fields["authors"][0]) or fields["authors"][:1]) if "authors" in fields else []
        for ln in lines[body_from:end_k][-2:]:
            tail = trailing_byline(ln.text)
            if tail:
                authors.extend(n for n in tail[0] if n not in authors)
        # the 发布日期 field's date (an impossible one is left unset), else a dated header line
        published = dated_line(fields["published"][1]) if "published" in fields else None
        if published is None:  # a dated header line (原创 … 2026年03月18日 18:30)
            published = next((d for ln in lines[:6] if (d := dated_line(ln.text)) is not None), None)
        start = lines[title_k].start if title_k is not None else lines[0].start
        end = lines[end_k].start if end_k < len(lines) else len(article.text)
        meta = ArticleMeta(
            title=title,
            published=published,
            source=fields["source"][0] if "source" in fields else None,
            authors=tuple(authors),
            editors=tuple(editors),
        )
        story = StorySpan(title=title, start=start, end=end, authors=tuple(authors))
        skip += repeated_paragraphs(article)  # a paragraph pasted twice is read once
        return Layout(stories=(story,), meta=meta, skip=tuple(sorted(skip)))
