"""HTML pages read as text: markup blanked out in place, so that every offset still points
into the page as given.

Tags become spaces (a block tag such as ``<p>`` or ``<br>`` a line break, so the page keeps
its lines; a cell tag ``<td>`` a tab, so its tables read as tables), ``<head>``,
``<script>``, ``<style>``, ``<nav>``, ``<header>``, ``<footer>``, ``<aside>`` and comments
vanish the same way with all they hold, and an entity becomes its character padded with
spaces (``&nbsp;`` is one space and five more).
The copy has the length of the page, character for character where it was text; the
blanks of inline tags and entities, which a browser shows as nothing, are listed by
:func:`inline_blanks` for the reader to close up.
"""

from __future__ import annotations

import html
import re

_HTML_START = re.compile(r"\s*(?:<!doctype\s+html|<html\b|<head\b|<body\b|<meta\b)", re.IGNORECASE)
# the page's head, code, and the chrome HTML5 names as such (navigation, header, footer)
_HIDDEN_OPEN = re.compile(
    r"<(head|script|style|noscript|template|nav|header|footer|aside)\b[^<>]*>|<!--", re.IGNORECASE
)
_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>|<![^<>]*>")
_BLOCK_TAGS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 tr table section article title blockquote pre hr dd dt".split()
)
_CELL_TAGS = frozenset({"td", "th"})
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
_NOT_NEWLINE = re.compile(r"[^\n]")


def looks_like_html(text: str, path: str | None = None) -> bool:
    """A page of HTML: named .htm/.html, or opening with a doctype or an html, head or body tag."""
    if path is not None and path.lower().endswith((".htm", ".html", ".xhtml")):
        return True
    return _HTML_START.match(text[:2048]) is not None


def blank_markup(text: str) -> str:
    """``text`` with its markup blanked out, the same length (see the module's docstring)."""
    text = _blank_hidden(text)
    text = _TAG.sub(_blank_tag, text)
    return _ENTITY.sub(_blank_entity, text)


def inline_blanks(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that :func:`blank_markup` blanks and a browser shows as nothing: inline
    tags (``612</strong>项``, ``<span>35.2%</span>``) and the padding after an entity's
    character. Closed up, they leave a figure whole (``612项``)."""
    shown = _blank_hidden(text)
    spans = [
        m.span()
        for m in _TAG.finditer(shown)
        if (m.group(1) or "").lower() not in _BLOCK_TAGS | _CELL_TAGS and "\n" not in m.group()
    ]
    for m in _ENTITY.finditer(shown):
        char = html.unescape(m.group())
        if char != m.group() and len(char) <= len(m.group()):
            spans.append((m.start() + len(char), m.end()))
    return sorted(spans)


def _blank_hidden(text: str) -> str:
    """Blank each hidden element from its opening tag through its closing one (linear time: a
    closing tag looked for in vain is not looked for again)."""
    lower = text.lower()
    pieces, pos, missing = [], 0, set()
    for m in _HIDDEN_OPEN.finditer(text):
        if m.start() < pos:
            continue  # inside an element already blanked
        close = "-->" if m.group(1) is None else f"</{m.group(1).lower()}"
        end = -1 if close in missing else lower.find(close, m.end())
        if end < 0:
            missing.add(close)
            end = m.end()  # never closed: only the opening tag goes
        else:
            end = lower.find(">", end) + 1 or len(text)
        pieces += [text[pos : m.start()], _NOT_NEWLINE.sub(" ", text[m.start() : end])]
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


def _blank_tag(m: re.Match[str]) -> str:
    blank = _NOT_NEWLINE.sub(" ", m.group())
    name = (m.group(1) or "").lower()
    if name in _BLOCK_TAGS and "\n" not in m.group():
        return "\n" + blank[1:]  # a block tag ends a line
    if name in _CELL_TAGS and not m.group().startswith("</") and "\n" not in m.group():
        return "\t" + blank[1:]  # a cell opens with a tab, so a table reads as one
    return blank


def _blank_entity(m: re.Match[str]) -> str:
    char = html.unescape(m.group()).replace("\xa0", " ")
    if len(char) > len(m.group()) or char == m.group():
        return m.group()  # not an entity html knows: left as written
    return char + " " * (len(m.group()) - len(char))


_BLANK_RUN = re.compile(r"[ \t]{2,}")
_WIDE = re.compile(r"[^\x00-\x7f]")


def rendered(line: str) -> str:
    """A line of a blanked page as a browser shows it: a run of blanks that markup left (an
    entity's padding, an inline tag: “      科技兴蒙”) is no space between wide characters
    and one space elsewhere (no markup is shorter than three characters, so one blank is the
    page's own)."""
    if "  " not in line and "\t" not in line:
        return line

    def close(m: re.Match[str]) -> str:
        before, after = line[m.start() - 1 : m.start()], line[m.end() : m.end() + 1]
        return "" if _WIDE.match(before) and _WIDE.match(after) else " "

    return _BLANK_RUN.sub(close, line).strip()


_TITLE_TAG = re.compile(r"<title\b[^<>]*>([^<]{1,300})</title>", re.IGNORECASE)
# the site's name after the page's own title: 某某文章标题-某某市人民政府, …_某某网, …|某某日报
_SITE_SUFFIX = re.compile(r"^(?P<title>.{6,}?)[ \t]*(?:[-_|｜—–]+[ \t]*[^-_|｜—–（）()\d]{2,30})+$")


def page_title(page: str) -> str | None:
    """The title a page's ``<title>`` gives, without the site's name after it, else None."""
    m = _TITLE_TAG.search(page, 0, min(len(page), _HEAD_REACH))
    if m is None:
        return None
    title = " ".join(html.unescape(m.group(1)).split())
    cut = _SITE_SUFFIX.match(title)
    return (cut.group("title") if cut else title) or None


_HEAD_REACH = 20_000  # the head of a page comes first
