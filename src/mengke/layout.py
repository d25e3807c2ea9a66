"""Helpers for reading page layouts: headlines, bylines, captions, repeated paragraphs.

These are the building blocks the built-in styles use, exported for plugin authors:
:func:`byline_names` reads ``●本报记者 赵宇昕``, ``□科新``, ``(白莲)``,
``本报讯(记者 刘丽霞 通讯员 银铁慧)``, ``■本报记者 邵晓燕 摄``;
:func:`is_heading` tells a headline line from prose; :func:`repeated_paragraphs`
finds paragraphs a copy error printed twice.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Iterable

from mengke.article import Article, Line
from mengke.data.layout_words import (
    ATTACHMENT_LABELS,
    BRACKET_NOTE_MARKS,
    BYLINE_MARKS,
    BYLINE_ROLES,
    CAPTION_DEEDS,
    CAPTION_ENDS,
    CAPTION_MARKS,
    CAPTION_SUBJECTS,
    COLUMN_LABEL_WORDS,
    CONTACT_LABELS,
    DATELINE_MONTH_DAY,
    DOCUMENT_MARK_STARTS,
    EDITOR_ROLES,
    EDITORS_NOTE_LABELS,
    ISSUING_BODY_ENDINGS,
    META_LABELS,
    NOT_BYLINE_NOTES,
    OUTLET_ENDINGS,
    QA_LABELS,
    SECTION_LABEL_ENDINGS,
    SECTION_LABEL_MAX,
    SOCIAL_CHROME_STARTS,
    SOCIAL_TAIL_LINES,
    WEB_TAIL_STARTS,
)
from mengke.data.policy_kinds import DOC_NUMBER
from mengke.extractor import Layout, StorySpan
from mengke.keys import is_common_word
from mengke.numbers.normalize import fold, unfold_pattern
from mengke.records import ArticleMeta
from mengke.regions import canonical, mentions

# the tables are simplified; the patterns also match traditional forms (本報記者, 下轉第二版)
_ROLE = re.compile("|".join(unfold_pattern(w) for w in sorted(BYLINE_ROLES, key=len, reverse=True)))
_TRAILING_BYLINE = re.compile(r"[(（]([^()（）\n]{1,40})[)）][ \t]*$")
# 本报讯（记者 …）, 新华社合肥3月5日电（记者 …）, 央视网消息（记者 …）: the dateline opens the paragraph
_LEAD_BYLINE = re.compile(
    r"^[ \t]*[\u4e00-\u9fff]{0,12}?(?:" + DATELINE_MONTH_DAY + ")?"
    r"(?:" + "|".join(map(unfold_pattern, ("讯", "电", "消息"))) + r")[ \t]*[(（]([^()（）\n]{1,40})[)）]"
)
# 【记者 林志明／台北报导】, 〔记者王小华/高雄报道〕: reporters, a slash, the place they filed from
_BRACKET_BYLINE = re.compile(
    r"^[ \t]*[【〔\[(（][ \t]*(?:本报|中央社)?记者[ \t]*([^【】〔〕\[\]()（）／/\n]{2,30}?)[ \t]*[／/][ \t]*"
    r"[\u4e00-\u9fff]{1,8}?(?:[\d一二三四五六七八九十]{1,3}日)?(?:报导|报道|电)[ \t]*[】〕\]）)]"
)
# 【大公报讯】记者王凯呼和浩特报道：, 【本报讯】记者 李明 北京报道: an outlet's label, then the
# reporters and the place they filed from run together (the place is read off the end)
_LABEL_BYLINE = re.compile(
    r"^[ \t]*【[\u4e00-\u9fff]{2,10}?(?:讯|电|消息)】[ \t]*(?:本报)?记者[ \t]*([\u4e00-\u9fff、 \t]{2,24}?)[ \t]*"
    r"(?:报道|报导|电)[ \t]*[：:，,]"
)
_PLACE_MAX = 6


def _reporters_before_place(run: str) -> str:
    """The reporters of 王凯呼和浩特 (a place the region tables know closes the run); the
    whole run when no place closes it (记者张三报道)."""
    run = run.rstrip()
    for k in range(max(2, len(run) - _PLACE_MAX), len(run) - 1):
        if canonical(fold(run[k:]).strip()) is not None:  # (包頭 is 包头)
            return run[:k]
    return run


# what opens a section or an item: a number (一、, （二）, 3., 01) or a bullet
_ITEM_OPENING = re.compile(
    r"(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．](?!\d)|\d{2}[ \t|｜]"
    r"|第[一二三四五六七八九十百\d]{1,4}[章节条部分编])"  # 第一章 总则: a document's part
    r"|[^\w“”\"‘’《〈（(【\[—\-－]"  # or a bullet (✅ ■ ●): an item, not a headline's second line
)
_BYLINE_BRACKETS = frozenset("【〔[(（")
_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,5}$")
_TERMINAL = "。！？!?…”」』"
_NOTE = re.compile(NOT_BYLINE_NOTES)
_JUMP_NOTE_LINE = re.compile(r"[（(][ \t]*(?:" + NOT_BYLINE_NOTES + r")[ \t]*[）)]")


def names_from(raw: str) -> tuple[str, ...]:
    """Person names in a byline fragment, roles (记者, 通讯员, 摄) and the outlet before a role
    (通辽日报记者 张丽) removed."""
    cleaned = _PADDED_NAME.sub(r"\1\2", _ROLE.sub(" ", raw))
    parts = [p for p in re.split(r"[\s、，,/丨|｜:：]+", cleaned) if p]
    return tuple(p for p in parts if _NAME.match(p) and not _NOTE.fullmatch(p) and not fold(p).endswith(OUTLET_ENDINGS))


# a two-character name padded to the width of three (记者 何 平  乌 兰, 何　平, 刘  洋): closed up,
# pairs read from the left (何 平 before 平  乌)
_PADDED_NAME = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])(?: {1,2}|\u3000)([\u4e00-\u9fff])(?![\u4e00-\u9fff])")


def is_column_label(line: str) -> bool:
    """A short line that names a page's column after a mark (■基层动态, ●聚焦创新主体): no
    headline and no byline."""
    s = line.strip()
    return (
        2 <= len(s) <= _COLUMN_LABEL_MAX
        and s[0] in BYLINE_MARKS
        and any(word in s for word in COLUMN_LABEL_WORDS)
        and not _ROLE.search(s)
        and not any(c.isdigit() or c in "：:，," for c in s)  # (■乌海：科技动态频传 is a headline)
    )


_COLUMN_LABEL_MAX = 9  # the mark and eight characters


def byline_names(line: str) -> tuple[str, ...] | None:
    """Names if ``line`` is a byline line (●本报记者 赵宇昕, □科新, ■… 摄), else None."""
    s = line.strip()
    if not s or len(s) > 40:
        return None
    if s[0] in BYLINE_MARKS:
        if is_column_label(s):
            return None  # ■基层动态, ●聚焦创新主体: a column's label over its stories
        names = names_from(s[1:])
        return names or None
    folded = fold(s)  # (編輯：…, 通遼日報記者: the tables are simplified)
    if folded.startswith(_NOT_WRITERS) and _DESK_FIELD.match(folded):
        return None  # 编辑：赵磊 美编：刘洋, 来源丨某某日报: the desk or the outlet, not the story's writers
    outlet = _OUTLET.match(folded)
    if outlet is not None and _ROLE.match(s, outlet.end()):
        s = s[outlet.end() :]  # 通辽日报记者 张伟: the paper's name before the role is no name
    if _ROLE.match(s) and len(s) <= 30 and not any(c in s for c in "，。,"):
        filed = _FILED_FROM.search(fold(s))
        names = names_from(s[: filed.start()] if filed else s)  # 记者王大明／台北报导: the place is no name
        return names or None
    return None


_NOT_WRITERS = (*EDITOR_ROLES, "来源")
# 记者王大明／台北报导 (folded): the place the reporters filed from closes the line
_FILED_FROM = re.compile(r"[ \t]*[／/][ \t]*[\u4e00-\u9fff]{1,8}?(?:报导|报道|电)$")
_DESK_FIELD = re.compile("(?:" + "|".join(_NOT_WRITERS) + r")[ \t]*[:：丨|｜]")
# a paper or station named before a reporter's role (通辽日报记者, 鄂尔多斯广播电视台全媒体记者)
_OUTLET = re.compile(r"[\u4e00-\u9fff]{2,10}?(?:" + "|".join(OUTLET_ENDINGS) + ")(?:全媒体)?")


def trailing_byline(line: str) -> tuple[tuple[str, ...], int] | None:
    """Names in a byline closing a paragraph, ``…贡献力量。(白莲)``, and where it starts."""
    m = _TRAILING_BYLINE.search(line)
    if not m:
        return None
    before = line[: m.start()].rstrip()
    if before and before[-1] not in _TERMINAL:
        return None
    note = fold(m.group(1)).strip()
    if any(role in note for role in EDITOR_ROLES):
        return None  # （责任编辑：王丽）: the desk, read as the page's editors (page_fields)
    if any(mark in note for mark in BRACKET_NOTE_MARKS) or note.endswith("摄"):
        return None  # （本文来源：某某日报）, （图：…记者 林峰 摄）: a note, not who wrote the text
    names = names_from(m.group(1))
    if not names:
        return None
    return names, m.start()


def lead_byline(line: str) -> tuple[str, ...] | None:
    """Names in ``本报讯(记者 刘丽霞 通讯员 银铁慧)``, ``新华社合肥3月5日电（记者 张三）`` or
    ``【记者 林志明／台北报导】`` opening a paragraph."""
    opens_bracket = line.lstrip(" \t")[:1] in _BYLINE_BRACKETS
    bracket = _BRACKET_BYLINE.match(fold(line)) if opens_bracket else None  # same length: names as written
    if bracket is not None:
        return names_from(line[bracket.start(1) : bracket.end(1)]) or None
    labelled = _LABEL_BYLINE.match(fold(line)) if opens_bracket else None
    if labelled is not None:
        reporters = _reporters_before_place(line[labelled.start(1) : labelled.end(1)])
        return names_from(reporters) or None
    m = _LEAD_BYLINE.match(line)
    if m is None or not _ROLE.search(m.group(1)):
        return None  # a bracket after 讯 that names no reporter
    return names_from(m.group(1)) or None


def is_caption(line: str) -> bool:
    """A photo caption line (▲…, ■… 摄)."""
    s = line.strip()  # (its end folded: 本報記者 方圓 攝; the tables are simplified)
    return bool(s) and (s[0] in CAPTION_MARKS or fold(s[-_CAPTION_END_MAX:]).endswith(CAPTION_ENDS))


_CAPTION_END_MAX = max(map(len, CAPTION_ENDS))


def reads_as_photo_caption(line: str) -> bool:
    """A heading-like line that reads as a photo caption without its mark: it opens with who
    is pictured (工作人员…) or says what they are seen doing (…在车间查看…), with no space
    or colon parting it as headlines are parted."""
    s = fold(line.strip())
    if " " in s or "：" in s or ":" in s:
        return False
    return s.startswith(CAPTION_SUBJECTS) or any(deed in s for deed in CAPTION_DEEDS)


def is_section_label(title: str) -> bool:
    """基本情况, 主要做法, 保障措施: the label of an article's own section, not a story's headline."""
    s = fold(title.strip().rstrip("：:"))
    return 2 <= len(s) <= SECTION_LABEL_MAX and s.endswith(SECTION_LABEL_ENDINGS) and not re.search(r"\d", s)


def is_heading(line: str, *, max_len: int = 40) -> bool:
    """A line that reads as a headline: short, not ending a sentence, not a byline."""
    s = line.strip().lstrip("#").strip()
    if not s or is_table_row(s):
        return False
    if len(s) > max_len and not (len(s) <= _DOCUMENT_TITLE_MAX and _DOCUMENT_TITLE.fullmatch(s)):
        return False
    if s[-1] in "。！？!?；;，,：:、" and not s.endswith(("?", "？", "!", "！")):
        return False
    if s.count("，") + s.count(",") >= 2 or "。" in s[:-1]:
        return False
    if byline_names(s) or is_caption(s):
        return False
    return True


# an official document's own title, often longer than a news headline (某某厅关于…工作的通知)
_DOCUMENT_TITLE = re.compile(
    r"[^，,。；;：:！？!?\s]{2,60}关于[^，,。；;！？!?\s]{2,80}的(?:通知|通报|公告|决定|意见|实施意见|批复|报告|函|复函|公示)"
)
_DOCUMENT_TITLE_MAX = 100


def is_table_row(line: str) -> bool:
    """A row of a table copied as text: cells parted by tabs (研发经费投入	亿元	1020.5)."""
    return "\t" in line.strip()


def is_prose(line: str) -> bool:
    """A line of running text: long, or with sentence punctuation."""
    s = line.strip()
    return len(s) > 40 or any(c in s for c in "，。,；")


def repeated_paragraphs(article: Article, *, min_len: int = 20, near: int = 6) -> list[tuple[int, int]]:
    """Spans of paragraphs that repeat an earlier one word for word (a copy error), or repeat
    the tail or the head of one of the ``near`` paragraphs before them (a paste that lost its
    opening or closing words: “十四五”以来，产值年均增长… then 产值年均增长…).

    Read once per article (every style's score and layout asks), kept beside its cached
    lines."""
    memo: dict[tuple[int, int], list[tuple[int, int]]] = article.__dict__.setdefault("_repeated_paragraphs", {})
    if (min_len, near) not in memo:
        memo[min_len, near] = _repeated_paragraphs(article, min_len, near)
    return list(memo[min_len, near])


def _repeated_paragraphs(article: Article, min_len: int, near: int) -> list[tuple[int, int]]:
    seen: set[str] = set()
    recent: list[str] = []
    heads: dict[str, int] = {}  # the first and last characters of the recent paragraphs: a
    tails: dict[str, int] = {}  # pasted part shares one of them, checked whole only then
    out = []
    for line in article.nonblank_lines:
        key = line.stripped
        if len(key) < min_len:
            continue
        if key in seen or (
            (key[:_EDGE] in heads or key[-_EDGE:] in tails) and any(_pasted_part(key, before) for before in recent)
        ):
            out.append((line.start, line.end))
            continue
        seen.add(key)
        recent.append(key)
        heads[key[:_EDGE]] = heads.get(key[:_EDGE], 0) + 1
        tails[key[-_EDGE:]] = tails.get(key[-_EDGE:], 0) + 1
        if len(recent) > near:
            old = recent.pop(0)
            for edges, edge in ((heads, old[:_EDGE]), (tails, old[-_EDGE:])):
                edges[edge] -= 1
                if not edges[edge]:
                    del edges[edge]
    return out


_EDGE = 8


def _pasted_part(key: str, before: str) -> bool:
    return len(before) > len(key) and (before.endswith(key) or before.startswith(key))


def caption_spans(article: Article) -> list[tuple[int, int]]:
    """Spans of photo-caption lines."""
    return [
        (ln.start, ln.end)
        for ln in article.nonblank_lines
        if is_caption(ln.text) and not is_social_chrome(ln.text)  # (▲点击上方蓝字: no photo)
    ]


def is_post_header(line: str) -> bool:
    """A post's or page's dated header line with the time of day (原创 某某 2026年04月18日 17:32
    内蒙古, 某某融媒 2026-04-18 17:32 发表于内蒙古), or a line of labelled fields (发布时间：…):
    who posted it and when, never its headline."""
    if META_FIELD.search(fold(line)) is not None:
        return True
    return _CLOCK_TIME.search(line) is not None and dated_line(line) is not None


_CLOCK_TIME = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)")


def is_social_chrome(line: str) -> bool:
    """A line of social-media chrome (点击蓝字 关注我们, 阅读原文; 點擊藍字 too)."""
    return _SOCIAL_CHROME.match(line.strip()) is not None


def is_attachment_label(line: str) -> bool:
    """A line that only labels an attachment (附件1, 附件：, 附表2): not the document's headline."""
    return _ATTACHMENT_LABEL.fullmatch(line.strip()) is not None


_ATTACHMENT_LABEL = re.compile(
    r"(?:" + "|".join(ATTACHMENT_LABELS) + r")[ \t]*[\d一二三四五六七八九十]{0,3}[ \t]*[:：]?"
)


def social_tail(article: Article) -> int | None:
    """Where the chrome after the article begins, else None: a line END or 往期推荐 after a
    social-media post (▼往期推薦 too), a line 上一篇：…/相关新闻 after a web page (not in its
    first lines)."""
    for k, line in enumerate(article.nonblank_lines):
        if _SOCIAL_TAIL.fullmatch(line.stripped) or (k >= 2 and _WEB_TAIL.match(line.stripped)):
            return line.start
    return None


def _any_script(words: Iterable[str]) -> str:
    return "|".join(unfold_pattern(w) for w in sorted(words, key=len, reverse=True))


# matched on the text as given, in either script (no fold per line)
_SOCIAL_CHROME = re.compile(r"[^\w“《]*(?:" + _any_script(SOCIAL_CHROME_STARTS) + ")")  # ▲点击上方蓝字 too
_SOCIAL_TAIL = re.compile(r"[^\w“《]*(?:" + _any_script(SOCIAL_TAIL_LINES) + r")[^\w”》]*")  # ▼往期推荐
_WEB_TAIL = re.compile(_any_script(WEB_TAIL_STARTS))


def first_heading(lines: tuple[Line, ...], text: str = "") -> tuple[int, str] | None:
    """Index and text of the first line that is a heading followed by prose or a byline.

    A line with a comma is a heading only when it stands alone, a blank line under it in
    ``text`` (重磅！我省出台新政，最高奖励1000万元！), or closes with ！/？: a wrapped first line
    of prose has the next line right under it."""
    kept = [  # 点击蓝字 关注我们; 附件1 over an attachment's headline; 原创 某某 2026年04月18日 17:32
        k
        for k, ln in enumerate(lines[:8])
        if not is_social_chrome(ln.text)
        and not is_attachment_label(ln.text)
        and not is_post_header(ln.text)
        and not fold(ln.stripped).startswith(DOCUMENT_MARK_STARTS)  # 内部资料 注意保存 over the headline
        and not is_editors_note(ln.text)  # 【编者按】… over the headline
        and not document_masthead(ln.stripped)  # 某市人民政府办公室文件 over 某政办发〔2026〕8号
        and not is_document_number(ln.stripped)
    ]
    for i, k in enumerate(kept[:6]):
        line = lines[k]
        if is_prose(line.text) and not (is_heading(line.text) and _stands_alone(lines, k, text)):
            return None
        if is_heading(line.text):
            rest = [lines[j] for j in kept[i + 1 : i + 5]]  # (a bulletin: body, date, section, then prose)
            if any(is_prose(x.text) or byline_names(x.text) or is_table_row(x.text) for x in rest):
                title = _without_leading_symbols(line.stripped.lstrip("#").strip())
                bare = without_site_name(title)
                if bare != title:  # the page's title bar (…8家_某某厅): the headline under it, if repeated
                    again = next((j for j in kept[i + 1 : i + 6] if lines[j].stripped == bare), None)
                    return (again, bare) if again is not None else (k, bare)
                return k, title
    return None


def is_editors_note(line: str) -> bool:
    """A line that opens with an editor's note label (【编者按】…, 编者的话：…, 导读：…)."""
    return _EDITORS_NOTE.match(fold(line)) is not None


_EDITORS_NOTE = re.compile(r"\W*(?:" + "|".join(EDITORS_NOTE_LABELS) + ")")


def document_masthead(line: str) -> str | None:
    """The body an official document's masthead names (某市人民政府办公室文件 -> 某市人民政府办公室),
    else None."""
    folded = fold(line.strip())
    if not folded.endswith("文件") or len(folded) > 26:
        return None
    body = line.strip()[:-2].strip()
    return body if is_issuing_body(body) else None


def page_masthead(lines: tuple[Line, ...]) -> str | None:
    """The body an official document's masthead in the page's first two lines names, else None."""
    return next((b for ln in lines[:2] if (b := document_masthead(ln.stripped)) is not None), None)


def is_document_number(line: str) -> bool:
    """A line that is a document's number alone (某政办发〔2026〕8号, （国办函〔2025〕12号）)."""
    return _DOC_NUMBER_LINE.match(fold(line.strip())) is not None


def signed_within(lines: tuple[Line, ...], start: int) -> tuple[str, datetime.date] | None:
    """The first body and date a document is signed with from line ``start`` on, when they stand
    on lines of their own (某市人民政府办公室 over 2026年2月3日), though text follows them: a
    notice signed over the document it transmits. None when there is none."""
    for k in range(start, len(lines) - 1):
        if is_issuing_body(lines[k].stripped) and len(lines[k + 1].stripped) <= _SIGNED_DATE_MAX:
            date = dated_line(lines[k + 1].text)
            if date is not None:
                return lines[k].stripped, date
    return None


def _without_leading_symbols(title: str) -> str:
    """A headline without the pictographs a post sets before it (📌 重磅！…, ✅, ▶)."""
    k = 0
    while k < len(title) and (unicodedata.category(title[k])[0] == "S" or title[k] in _INVISIBLE):
        k += 1
    return title[k:].lstrip() or title


_INVISIBLE = frozenset("\ufe0f\u200d\u200b ")


def _stands_alone(lines: tuple[Line, ...], k: int, text: str) -> bool:
    line = lines[k]
    if line.stripped.endswith(("！", "？", "!", "?")):
        return True
    below = lines[k + 1].start if k + 1 < len(lines) else len(text)
    return text.count("\n", line.end, below) >= 2


def authors_in(lines: Iterable[Line], *, lead: bool = True) -> tuple[str, ...]:
    """Names of every byline among ``lines`` (``●本报记者 …``; with ``lead``, also ``本报讯(记者 …)``), in order."""
    authors: list[str] = []
    listed = list(lines)
    for k, line in enumerate(listed):
        text = line.text
        if lead and k + 1 < len(listed) and _unclosed_bracket(text):
            text = text.rstrip() + listed[k + 1].stripped  # 本报讯（记者 王 / 芳）: a bracket cut by a line break
        names = (lead_byline(text) if lead else None) or byline_names(line.text)  # 本报讯（记者 …）: the bracket
        if names:
            authors.extend(n for n in names if n not in authors)
    return tuple(authors)


def _unclosed_bracket(text: str) -> bool:
    """Whether a bracket opened on this line is still open at its end."""
    opened = max(text.rfind("（"), text.rfind("("))
    return opened >= 0 and opened > max(text.rfind("）"), text.rfind(")"))


def open_title_mark(text: str) -> bool:
    """Whether a 《 or “ opened on this line is still open at its end: a headline that wraps
    inside a title (…联合印发《某某专项 / 行动方案》) goes on on the next line."""
    return text.count("《") > text.count("》") or text.count("“") > text.count("”")


def without_site_name(line: str) -> str:
    """A headline as a browser's title bar gives it, without the site's name after it
    (…小巨人企业8家_某某省科技厅, … - 新华网); the line itself otherwise."""
    m = _SITE_SUFFIX.fullmatch(line.strip())
    return m.group(1).rstrip() if m else line.strip()


# a site's name after a title: _ or | or a dash, then a name ending as a site or a body's does
_SITE_SUFFIX = re.compile(
    r"(.{6,}?)[ \t]*(?:_|\||｜|[ \t][-—–][ \t]|--)[ \t]*"
    r"([^_|｜\s]{2,24}(?:网|网站|门户|客户端|报|频道|平台|在线|政府|厅|局|委员会|委))"
)


def joined_headline(parts: Iterable[str]) -> str:
    """A headline set over several lines as one title: lines joined by a space (a kicker over the
    main line), except where a narrow column broke a word in two (…撬动创 / 新资源集聚), which
    is closed up."""
    title = ""
    for part in parts:
        if title and _breaks_a_word(title, part):
            title += part
        else:
            title = f"{title} {part}" if title else part
    return title


def _breaks_a_word(before: str, after: str) -> bool:
    """Whether the line break between ``before`` and ``after`` falls inside a word: the line
    before is at least as long (a full column), and its last character makes a word with the
    next line's first but not with the character before it."""
    if len(before) < len(after) or len(before) < 2 or not after:
        return False
    if not (_CJK.match(before[-1]) and _CJK.match(after[0])):
        return False
    return is_common_word(before[-1] + after[0]) and not is_common_word(before[-2:])


_CJK = re.compile(r"[\u4e00-\u9fff]")


def wrapped_headline(lines: tuple[Line, ...], k: int, title: str) -> tuple[str, int]:
    """The headline at line ``k`` with the lines a title mark left open carries it onto (at most
    two, joined as written, no space), and the index of its last line."""
    last = k
    while open_title_mark(title) and last + 1 < len(lines) and last - k < 2 and is_heading(lines[last + 1].text):
        last += 1
        title += lines[last].stripped
    return title, last


def generic_layout(article: Article) -> Layout:
    """One story over the whole text: headline if the text opens with one, bylines anywhere near it."""
    lines = article.nonblank_lines
    text = article.text
    if not lines:
        return Layout(stories=())
    head = first_heading(lines, text)
    source = None
    if head is not None and issuer_over_headline(lines, head[0]) and not opens_with_guan_yu(lines[head[0] + 1].text):
        source = head[1]  # 某盟科学技术局 over its report's headline: who issued it, not the headline
        head = (head[0] + 1, _without_leading_symbols(lines[head[0] + 1].stripped.lstrip("#").strip()))
    title = head[1] if head else None
    start = lines[head[0]].start if head else lines[0].start
    if head is not None:
        title, last = wrapped_headline(lines, head[0], head[1])
        # a headline set over two or three lines (issuer over 关于…的通报, kicker over main line)
        k = last + 1
        while (
            k < min(len(lines), head[0] + 3)
            and is_heading(lines[k].text)
            and not dated_line(lines[k].text)
            and not _DATE_TAIL.search(fold(lines[k].stripped))  # 某某局 2026年3月: who and when, not headline
            and not META_FIELD.search(fold(lines[k].text))  # 来源：… 作者：… is metadata, not headline
            and not _ITEM_OPENING.match(lines[k].stripped)  # 一、主要目标 opens the first section
            and not is_document_number(lines[k].stripped)  # 浙政发〔2026〕3号: the notice's number
            and not _JUMP_NOTE_LINE.fullmatch(lines[k].stripped)  # （上接第1版）: the page it goes on from
            and not is_social_chrome(lines[k].text)  # 点击蓝字 关注我们 under a post's headline
            and not fold(lines[k].stripped).startswith(QA_LABELS)  # 问：…？ opens a page of questions and answers
        ):
            if is_issuing_body(lines[k].stripped):
                source = lines[k].stripped
                break  # 某省统计局 (over its date or not) under the title: who issued it, not more title
            title = joined_headline((title, lines[k].stripped.lstrip("#").strip()))
            k += 1
    authors = list(authors_in(lines[:8]))
    tail = trailing_byline(lines[-1].text)
    if tail:
        authors.extend(n for n in tail[0] if n not in authors)
    chrome = [(ln.start, ln.end) for ln in lines if is_social_chrome(ln.text)]
    end = social_tail(article)
    if end is not None and end > start:
        chrome.append((end, len(text)))
    skip = sorted(repeated_paragraphs(article) + caption_spans(article) + chrome)
    story = StorySpan(
        title=title, start=start, end=end if end is not None and end > start else len(text), authors=tuple(authors)
    )
    published = next((d for ln in lines[:6] if (d := dated_line(ln.text)) is not None), None)
    fields = page_fields(article)
    if source is None and head is not None and head[0] + 1 < len(lines):
        source = dated_issuer(lines[head[0] + 1].stripped)
    signed = signature(lines, head[0] + 1 if head is not None else None)
    if signed is not None:  # a notice signed at its foot (某某厅 / 2026年3月20日) or over what it transmits
        source = source or signed[0]
        published = published or signed[1]
    source = source or page_masthead(lines)
    meta = ArticleMeta(
        title=title,
        published=published,
        source=source or fields.get("source"),
        authors=names_from(fields["authors"]) if "authors" in fields else (),
        editors=names_from(fields["editors"]) if "editors" in fields else (),
    )
    return Layout(stories=(story,), meta=meta, skip=tuple(skip))


# a document's number on a line of its own under the title (浙政发〔2026〕3号, （国办函〔2025〕12号）)
_DOC_NUMBER_LINE = re.compile(r"[(（]?" + DOC_NUMBER + r"[)）]?$")


# a label, its characters perhaps spread to the width of a table's column (索 引 号, 标　　题)
_LABEL = "|".join("[ \t]{0,4}".join(map(re.escape, label)) for label in sorted(META_LABELS, key=len, reverse=True))
META_FIELD = re.compile("(" + _LABEL + r")(?:】[ \t]*|[ \t]*[:：丨|][ \t]*)([^\s\xa0()（）【】\[\]]+)")
"""A labelled field in folded text (来源：…, WeChat's 来源丨…, 【作者】…): group 1 the label,
group 2 its value; :func:`field_name` names the field."""
_FIELD_ACROSS_LINES = re.compile("(" + _LABEL + r")[ \t]*[:：][ \t]*\r?\n[ \t\u3000]*([^\s\xa0()（）【】\[\]:：]+)")
_BLANKS = re.compile(r"[ \t]+")


def field_name(m: re.Match[str]) -> str:
    """The field a :data:`META_FIELD` match is of (``published``, ``source`` …), its label's
    spacing aside (索 引 号 is 索引号)."""
    return META_LABELS[_BLANKS.sub("", m.group(1))]


_PADDED_REST = re.compile(r"[ \u3000]([\u4e00-\u9fff])(?![\u4e00-\u9fff])")
_FIELD_LINE = 60  # labelled metadata stands on short lines
_CREDIT_OF = ("图片", "图", "照片", "视频", "封面")  # before 来源 or 作者: a picture's credit
# a person field's value that is prose: a question, a sentence, or a clause longer than a name
_PROSE_VALUE = re.compile(r"[？?。！!]|[^，,、\s]{9,}")
_FIELD_MARKS = ("：", ":", "丨", "|", "｜", "】")


def field_value(text: str, start: int, end: int, *, names: bool = False) -> str:
    """A labelled field's value, ``text[start:end]`` as META_FIELD found it, with the rest of a
    two-character name padded to three (作者： 张 勇) that the space cut off; with ``names``,
    the further names a space parts from it (作者：李娜 包文龙)."""
    value = text[start:end]
    padded = _PADDED_REST.match(text, end) if len(value) == 1 else None
    if padded:
        return value + padded.group(1)
    while names and (more := _NEXT_NAME.match(text, start + len(value))) and fold(more.group(1)) not in _NOT_NAMES:
        value += more.group()
    return value


# a further name after a field's first (作者：李娜 包文龙): one space or a 、, a name, then a space or the end
_NEXT_NAME = re.compile(r"(?:[ \u3000]|[ \t]*[、，,][ \t]*)([\u4e00-\u9fff·]{2,4})(?=[ \t\u3000]|$)", re.MULTILINE)
_NOT_NAMES = frozenset(META_LABELS) | frozenset(
    ("阅读", "浏览", "字号", "打印", "分享", "关闭", "点击", "收藏", "默认", "发布", "摄影")
)


def page_fields(article: Article, lines: Iterable[Line] | None = None) -> dict[str, str]:
    """What the page states about itself on short labelled lines (来源：…, 作者：…, 责任编辑：…):
    field name (``source``, ``authors``, ``editors``, ``published``) -> the first value, as
    written, over all lines or the ``lines`` given. Labels are read folded (來源 is 来源)."""
    out: dict[str, str] = {}
    for ln in article.nonblank_lines if lines is None else lines:
        if len(ln.stripped) > _FIELD_LINE or not any(mark in ln.text for mark in _FIELD_MARKS):
            continue
        found = list(META_FIELD.finditer(article.folded, ln.start, ln.end))
        if ln.stripped[-1:] in ":：":  # 来源： / 内蒙古学习平台: a label whose value a wrap put on the next line
            across = _FIELD_ACROSS_LINES.search(
                article.folded, ln.start, min(len(article.folded), ln.end + _FIELD_LINE)
            )
            found += [across] if across is not None and across.start() < ln.end else []
        for m in found:
            if article.folded.endswith(_CREDIT_OF, ln.start, m.start()):
                continue  # （图片来源：某某中心）: who took the photo, not where the page comes from
            named = field_name(m) in ("authors", "editors")
            value = field_value(article.text, m.start(2), m.end(2), names=named).rstrip(
                "。．.，,；;"
            )  # 数据来源：某某厅。
            if named and _PROSE_VALUE.search(value):
                continue  # 记者：过去一年，我区…取得了哪些成绩？ asks a question, names no one
            if value:
                out.setdefault(field_name(m), value)
    return out


def bulletin_source(lines: tuple[Line, ...], k: int) -> str | None:
    """The body that issues a bulletin when line ``k`` (under its headline) names one and a
    dated line follows it (某省统计局 over 2025年3月10日), else None."""
    if k + 1 < len(lines) and is_issuing_body(lines[k].stripped) and dated_line(lines[k + 1].text):
        return lines[k].stripped
    return None


def dated_issuer(line: str) -> str | None:
    """The body on a line that names it and a date (某某局 2026年3月, 某某厅　2025年12月8日)."""
    tail = _DATE_TAIL.search(fold(line))
    body = line[: tail.start()].strip() if tail else ""
    return body if is_issuing_body(body) else None


# (a post's header also gives the hour and the place it was sent from: 某某厅 2026年11月02日 18:30 内蒙古)
_DATE_TAIL = re.compile(
    r"(?:19|20)\d{2}[ \t]*[年\-/.][ \t]*\d{1,2}[ \t]*月?(?:[ \t]*\d{1,2}[ \t]*日?)?"
    r"(?:[ \t]+\d{1,2}:\d{2})?(?:[ \t]+[\u4e00-\u9fff]{2,6})?$"
)


def signature(lines: tuple[Line, ...], body_from: int | None = None) -> tuple[str, datetime.date] | None:
    """The body and date a document is signed with at its foot (某省科学技术厅 over
    2026年3月20日, its last two lines; or in brackets on its last line, （某某厅　2026年11月12日）),
    else None. On an official document under a masthead (某市人民政府办公室文件), a notice may be
    signed over the document it transmits: failing a foot, the first body over a date from
    line ``body_from`` on (:func:`signed_within`)."""
    if len(lines) < 3:
        return None
    foot = _foot_signature(lines)
    if foot is None and body_from is not None and page_masthead(lines) is not None:
        return signed_within(lines, body_from)
    return foot


def _foot_signature(lines: tuple[Line, ...]) -> tuple[str, datetime.date] | None:
    one_line = _SIGNED_IN_BRACKETS.fullmatch(fold(lines[-1].stripped))  # （某某厅　2026年11月12日）
    if one_line is not None:
        body = lines[-1].stripped[one_line.start(1) : one_line.end(1)]
        date = dated_line(one_line.group(2))
        return (body, date) if date is not None and is_issuing_body(body) else None
    body, date = lines[-2].stripped, dated_line(lines[-1].text)
    if date is None or not is_issuing_body(body) or len(lines[-1].stripped) > _SIGNED_DATE_MAX:
        return None
    return body, date


_SIGNED_DATE_MAX = 12  # 2026年12月31日: a line with the date and nothing more
_SIGNED_IN_BRACKETS = re.compile(r"[(][ \t\u3000]*([\u4e00-\u9fff]{4,20})[ \t\u3000]+([^()]{8,16})[ \t\u3000]*[)]")


def issuer_over_headline(lines: tuple[Line, ...], k: int, *, max_len: int = 40) -> bool:
    """Line ``k`` names a public body alone and a headline (no dated line) stands under it
    (某盟科学技术局 / 某盟2025年…报告; 某市人民政府办公室 / 关于印发…的通知)."""
    if k + 1 >= len(lines) or not is_issuing_body(lines[k].stripped):
        return False
    below = lines[k + 1].text
    return is_heading(below, max_len=max_len) and not dated_line(below)


def opens_with_guan_yu(line: str) -> bool:
    """A headline opening with 关于 (关于印发…的通知): the body over it is its first line."""
    return fold(line.strip()).startswith("关于")


def is_issuing_body(line: str) -> bool:
    """A short line that is the name of a public body (江西省统计局, 科学技术部), or of two or
    three bodies issuing together (浙江省统计局  浙江省科学技术厅), nothing more."""
    names = _JOINT_ISSUERS.split(line.strip()) if len(line) <= _JOINT_LINE_MAX else [line]
    return 1 <= len(names) <= 3 and all(_one_body(name) for name in names)


def _one_body(name: str) -> bool:
    """The name of one public body."""
    if not 4 <= len(name) <= 20 or re.fullmatch(_CJK_RUN, name) is None:
        return False
    return fold(name).endswith(ISSUING_BODY_ENDINGS)


_JOINT_ISSUERS = re.compile(r"[ \t\u3000]+|[ \t\u3000]*[、，,][ \t\u3000]*")
_JOINT_LINE_MAX = 64


_CJK_RUN = r"[\u4e00-\u9fff]+"
_SPACES = re.compile(r"\s{2,}")
# (2026 年 3 月 9 日: a PDF sets its digits apart)
_DATE = re.compile(r"((?:19|20)\d{2})[ \t]?[-/.年][ \t]?(\d{1,2})[ \t]?[-/.月][ \t]?(\d{1,2})日?")


def dated_line(line: str) -> datetime.date | None:
    """The date of a short header line that carries one (原创 … 2026年03月18日 18:30), else None."""
    s = _SPACES.sub(" ", fold(line).strip())  # a PDF header spreads its date across the width; ２０２５ is 2025
    if not s or len(s) > 60 or "。" in s or "，" in s:
        return None
    m = _DATE.search(s)
    if not m:
        return None
    try:
        return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def places_in(text: str) -> set[str]:
    """The cities and leagues a text names, by canonical short name (石拐区 -> 包头)."""
    out = set()
    for _, _, word in mentions(fold(text)):  # 鄂爾多斯 reads as 鄂尔多斯
        got = canonical(word)
        if got and got[0] != got[1]:
            out.add(got[0])
    return out


def blank_lines_before(article: Article, index: int) -> int:
    """How many blank lines separate non-blank line ``index`` from the one before it."""
    lines = article.nonblank_lines
    if index <= 0:
        return article.text.count("\n", 0, lines[0].start) if lines else 0
    between = article.text[lines[index - 1].end : lines[index].start]
    return max(0, between.count("\n") - 1)


def ends_sentence(line: str) -> bool:
    """Whether a line ends a sentence (。！？ or a closing quote after one), not cut by a break."""
    s = line.rstrip()
    return bool(s) and (s[-1] in _TERMINAL or s.endswith(("”", "）", ")")))


# a line that gives the office's contact (联系人：王工，电话：…，地址：…) or a notice's addressees
# (各盟市科技局，满洲里市、二连浩特市科技局：): it names places that are not the news's
_ASIDE_LINE = re.compile(
    r"^[ \t]*(?:(?:" + "|".join(CONTACT_LABELS) + r")[ \t]*[:：][^\n]*|各[^\n。]{1,80}[:：][ \t]*)$", re.MULTILINE
)


def aside_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the lines that say how to reach an office or whom a notice is addressed to."""
    return [m.span() for m in _ASIDE_LINE.finditer(text)] if "：" in text or ":" in text else []
