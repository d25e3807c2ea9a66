"""Policy records: documents in 《》 whose title ends in a document type, and numbered
packages in quotes (“科技兴蒙30条”, 人才新政“30 条”).

One record per distinct policy, at its first mention; later mentions (by title or by
an alias the article gives, 以下简称“…”) go into ``mentions``. The issuer is the body
that the sentence says issued it (…党委、人民政府出台了《…》) or that heads the title
(包头市人民政府关于…); the year is the reference year of the sentence that
issues it; the period comes from the title (（2021—2025年）, 2025年…工作安排); the
effective date from 将于2026年1月1日起施行 next to any mention.
"""

from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

import attrs

from mengke.article import Article
from mengke.data.policy_kinds import (
    ALIAS_CUES,
    BODY_OPENERS,
    BODY_WORDS,
    DOC_NUMBER,
    EFFECTIVE_VERBS,
    ISSUE_VERBS,
    ISSUER_OPENERS,
    KINDS,
    NEWS_OF_A_POLICY,
    NICKNAME_CUES,
    NOT_POLICY_ENDINGS,
    PACKAGE_TAILS,
    POLICY_DESCRIPTOR_TOPICS,
    POLICY_DESCRIPTORS,
    UNNAMED_BODIES,
)
from mengke.keys import make_key
from mengke.metrics.year import opens_with_same_year, year_said_before
from mengke.numbers.normalize import fold
from mengke.records import Policy
from mengke.regions import canonical as region_canonical
from mengke.regions import word_at as region_word_at
from mengke.text import Sentences, SpanSet

# (a narrow column wraps a title: inside it, or right after 《 or before 》)
_TITLE = re.compile(r"《[ \t]*\n?([^《》\n]{1,90}(?:\n[^《》\n]{1,90}){0,3})\n?》")
_INNER_TITLE = re.compile(r"[〈<]([^〈〉<>\n]{2,80})[〉>]")
# a title marked without 《》, as pages typed without them have it: <<…>>, or 〈…〉 standing alone
_LOOSE_TITLE = re.compile(r"<<[ \t]*([^<>《》\n]{2,90}?)[ \t]*>>|〈([^〈〉《》\n]{2,90})〉")
# a package named by its count of articles, in quotes: “科技兴蒙30条”, 「科创十条」, “…18条措施”
# (not “一条龙”)
_PACKAGE = re.compile(
    r"[“\"「『‘]\n?([^“”\"「」『』‘’\n]{0,14}?(?:\d+|[三四五六七八九十百][一二三四五六七八九十百]{0,3})"
    r"[ \t]*\n?[ \t]*条(?:" + "|".join(PACKAGE_TAILS) + r")?)\n?[”\"」』’]"
)
_ALIAS = re.compile(
    r"[ \t]*[（(][ \t]*(?:" + "|".join(ALIAS_CUES) + r")[ \t]*[“《\"「『]([^”》\"」』]{1,20})[”》\"」』]"
)
_TRAILING_PAREN = re.compile(r"[（(][^（）()]{1,20}[）)]$")
_PERIOD = re.compile(r"[（(][ \t]*(\d{4})[ \t]*年?[ \t]*[—–\-－~～至到]+[ \t]*(\d{4})[ \t]*年?[ \t]*[）)]")
_LEADING_YEAR = re.compile(r"^(?:[\u4e00-\u9fff]{0,8}?(?:自治区|省|市|盟|县|旗|区))?[ \t]*(\d{4})[ \t]*年度?")
_EFFECTIVE = re.compile(
    r"(?:将)?(?:于|自|从)?[ \t]*(\d{4}|明年|今年)[ \t]*年[ \t]*(\d{1,2})[ \t]*月[ \t]*(\d{1,2})[ \t]*日[ \t]*起?[ \t]*"
    r"(?:正式)?(?:" + "|".join(EFFECTIVE_VERBS) + ")"
)
_YEAR = re.compile(r"((?:19|20)\d{2})[ \t]*年(?!代)")
# how far after a title its date of effect is looked for, within its sentence (the bodies that
# passed and approved it may come between: 经…常务委员会第二十三次会议通过，并经…批准，自…起施行)
_EFFECTIVE_REACH = 160
# a document number after the title, （湘发〔2024〕5号）: the year it was issued
_DOC_NUMBER = re.compile(
    r"(?:的(?:通知|决定|意见|批复|函))?"  # 关于印发《…》的通知（国发〔2017〕35号）: the notice's number
    r"[ \t]*[（(][ \t]*" + DOC_NUMBER
)
# the bodies named right before a title, with no verb (落实省委、省政府《…》)
_BODIES_AFTER_VERB = re.compile(r"(?:贯彻落实|贯彻|落实|按照|根据|依据|对照|结合|执行)([\u4e00-\u9fff、]{2,30})$")
_BODIES_OPENING = re.compile(r"(?:^|[，,；;。：:（(\s])([\u4e00-\u9fff、]{2,30})$")
_ISSUER_IN_TITLE = re.compile(r"^(.{2,30}?)关于")
# 《…条例》已由某市人民代表大会常务委员会第十次会议于2025年6月28日通过: who adopted it, and when
# (or 已于2025年11月28日经省人大常委会审议通过: the date first, the body after 经)
_SESSION = r"(?:第[一二三四五六七八九十百零\d]+次(?:全体|常务)?会议)?"  # the meeting after a body's name
_ADOPTED_AFTER = re.compile(
    r"[ \t]*(?:已)?(?:由([\u4e00-\u9fff]{2,40}?)" + _SESSION + r")?"
    r"[ \t]*于[ \t]*((?:19|20)\d{2})[ \t]*年[^。；;，,经]{0,12}?"
    r"(?:经([\u4e00-\u9fff]{2,30}?)" + _SESSION + r")?"
    r"(?:审议)?(?:通过|印发|发布|颁布)"
)
# 《…条例》经市人大常委会审议通过 (no date said): the body that passed it
_PASSED_BY = re.compile(r"[ \t]*(?:已)?经([\u4e00-\u9fff]{2,30}?)" + _SESSION + r"(?:审议)?通过")
# the meeting after a body's name (…第十次会议, …常务会议): cut, the body stays
_MEETING_TAIL = re.compile(r"(?:第[一二三四五六七八九十百零\d]+次)?(?:全体|常务|专题)?会议$")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+$")


@attrs.define
class _Found:
    title: str
    start: int
    end: int
    kind: str | None
    aliases: list[str] = attrs.field(factory=list)
    mentions: list[tuple[int, int]] = attrs.field(factory=list)
    issuer: str | None = None
    year: int | None = None
    effective: _dt.date | None = None
    package: bool = False


def _nicknames_merged(found: list[_Found], s: str, sentences: Sentences) -> list[_Found]:
    """A package the article names a document by (《…若干措施》，被称为“新十条”) is that document:
    its name becomes an alias and its mentions the document's."""
    merged: list[_Found] = []
    for p in found:
        owner = None
        for a, _ in [(p.start, p.end), *p.mentions] if p.package else ():
            sent_start, _ = sentences.bounds(a)
            cue = _NICKNAME.search(s, sent_start, a)
            if cue is not None:
                owner = next(
                    (f for f in found if f is not p and not f.package and _named_in(f, sent_start, cue.start())), None
                )
            if owner is not None:
                break
        if owner is None:
            merged.append(p)
            continue
        owner.aliases.append(p.title)
        owner.mentions = sorted({*owner.mentions, (p.start, p.end), *p.mentions} - {(owner.start, owner.end)})
    return merged


def _headline_packages_merged(found: list[_Found], headlines: Sequence[tuple[int, int]]) -> list[_Found]:
    """A package a headline names by its count of articles (某盟出台科技创新“20条”) is the
    document the story names with an alias of that count (…（以下简称“科技兴安20条”）): the
    headline is one more mention of it, not a policy of its own."""
    merged: list[_Found] = []
    for p in found:
        count = _ARTICLE_COUNT.search(p.title) if p.package and not p.mentions else None
        in_headline = any(a <= p.start < b for a, b in headlines)
        owner = None
        if count is not None and in_headline:
            owner = next(
                (f for f in found if f is not p and any(a.endswith(count.group()) for a in f.aliases)),
                None,
            )
        if owner is None:
            merged.append(p)
            continue
        owner.mentions = sorted({*owner.mentions, (p.start, p.end)})
    return merged


_ARTICLE_COUNT = re.compile(r"\d+条$")


def _named_in(f: _Found, begin: int, end: int) -> bool:
    return any(begin <= a < end for a, _ in [(f.start, f.end), *f.mentions])


_NICKNAME = re.compile("|".join(NICKNAME_CUES))


def policy_kind(title: str) -> str | None:
    """The document-type word that ends ``title`` (parenthetical suffixes set aside)."""
    core = title
    while True:
        stripped = _TRAILING_PAREN.sub("", core).rstrip()
        if stripped == core:
            break
        core = stripped
    best = next((core[-n:] for n in _KIND_LENGTHS if core[-n:] in _KIND_SET), None)  # the longest kind
    if best is None and _ARTICLE_COUNT_END.search(core):
        best = "措施"  # 《某市科技创新“十条”》: a package named by its count of articles
    return best


_KIND_SET = frozenset(KINDS)
_KIND_LENGTHS = sorted({len(k) for k in KINDS}, reverse=True)
_ARTICLE_COUNT_END = re.compile(r"[一二三四五六七八九十百\d]+[ \t]*条[”\"]?$")


def title_period(title: str) -> tuple[int, int] | None:
    """Years a title covers: （2021—2025年） -> (2021, 2025); 2025年…工作安排 -> (2025, 2025)."""
    m = _PERIOD.search(title)
    if m:
        a, b = int(m.group(1)), int(m.group(2))
        return (a, b) if a <= b else None
    m = _LEADING_YEAR.match(title)
    if m:
        y = int(m.group(1))
        return (y, y)
    return None


def _clean_title(raw: str) -> str:
    return re.sub(r"\s*\n\s*", "", raw).strip()


# markdown and list numbering before a heading's words (**1. 工信部…, ## 二、…, （三）…)
_LIST_MARK = re.compile(
    r"^[\s#*>•●·-]*(?:\d{1,2}[.、．)）]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)?[\s*]*"
)
# 本/该 first (the search skips to them), then the look-behind: no Chinese character before it
_SELF_REFERENCE = re.compile(
    r"[本该](?<![\u4e00-\u9fff][本该])(措施|办法|规定|意见|方案|细则|条例|规划|计划|政策|决定|通知)"
)
_WITHIN_YEAR = r"(?:\d{1,2}月)?(?:\d{1,2}日)?(?:底|初|中旬|下旬|上旬)?"  # (2024年)3月5日, (2024年)底
_ISSUER_TAIL = re.compile(
    r"(?:近日|日前|近期|今日|今天|昨日|昨天|正式|联合|共同|专门|再次|已经|已|研究|制定|起草|修订|审议|牵头|负责|组织"
    r"|(?:于|在)\d{4}年" + _WITHIN_YEAR + ")+$"
)  # 市政府近日印发, 省科技厅牵头制定, 财政厅于2024年联合印发: the body, not when or how it acted
_ISSUER_OPENING = re.compile(r"^(?:" + "|".join(ISSUER_OPENERS) + r")*(?:于|在)?(?:\d{4}年)?" + _WITHIN_YEAR)
# words saying what sort of policy a name is, between the issuing verb and the name
_DESCRIPTOR = re.compile("(?:" + "|".join(POLICY_DESCRIPTOR_TOPICS) + ")?(?:" + "|".join(POLICY_DESCRIPTORS) + ")$")
_TITLE_JOINERS = frozenset({"", "和", "、", "及", "与", "以及"})
_LOOKBACK = 300
_BACK_REFERENCE_REACH = 30  # a short back-reference (《条例》) names one of the last policies


def _issuer_before(s: str, start: int, sent_start: int) -> str | None:
    """The body named before an issuing verb that ends right before ``start``."""
    before = s[max(sent_start, start - _LOOKBACK) : start]
    tail = before.rstrip('“"《 ')
    tail = _DESCRIPTOR.sub("", tail)  # 出台人才新政“科技强市20条”: what sort of policy, between verb and name
    for verb in ISSUE_VERBS:
        if tail.endswith(verb) or tail.endswith(verb + "的"):
            cut = tail[: tail.rfind(verb)]
            clause = re.split(r"[，,；;。：:（(\n]", cut)[-1]
            clause = _LIST_MARK.sub("", clause)
            clause = _ISSUER_OPENING.sub("", clause)  # 是继2022年自治区党委…出台: the body, not when
            clause = _MEETING_TAIL.sub("", clause).strip()
            clause = clause.removesuffix("关于")  # 省政府办公厅关于印发《…》的通知
            deed = next((v for v in ISSUE_VERBS if clause.endswith(v)), None)
            clause = clause[: len(clause) - len(deed)] if deed else clause  # 某厅发布了关于印发…: the body
            clause = _ISSUER_TAIL.sub("", clause)  # 市政府近日印发: the body, not when it acted
            if 2 <= len(clause) <= 40 and any(w in clause for w in BODY_WORDS):
                return _listed_bodies(clause)
            if region_canonical(clause) is not None:
                return clause  # 呼和浩特市出台《…》: the city (its government) issued it
            return None
    m = re.search(r"([\u4e00-\u9fff、]{2,40}?)关于印发$", before.rstrip('“"《 '))
    if m:
        body = re.sub(r"^(?:按照|根据|依据|落实)", "", m.group(1))
        if any(w in body for w in BODY_WORDS):
            return body
    if s.startswith("《", start):
        m = _BODIES_AFTER_VERB.search(before) or _BODIES_OPENING.search(before)
        if m and all(_is_public_body(part) for part in m.group(1).split("、")):
            return m.group(1)  # 落实省委、省政府《关于…的意见》
    return None


def _listed_bodies(clause: str) -> str:
    """Bodies joined by a word, listed with 、 (省科技厅联合省财政厅 -> 省科技厅、省财政厅)."""
    parts = _BODY_JOINERS.split(clause)
    if len(parts) > 1 and parts[-1] in UNNAMED_BODIES:
        parts = parts[:-1]  # 省科技厅会同有关部门: the bodies named, not those left unnamed
    return "、".join(parts) if all(p.endswith(BODY_WORDS) for p in parts) else clause


_BODY_JOINERS = re.compile(r"联合|会同|协同|和|与|及")


def _is_public_body(name: str) -> bool:
    """省委, 国务院, 湖南省人民政府: a body's name that opens with a level or a place."""
    if not 2 <= len(name) <= 12 or not name.endswith(BODY_WORDS):
        return False
    return name.startswith(BODY_OPENERS) or region_word_at(name) is not None


def _key(title: str) -> str:
    """A title as compared with others: folded (條例 is 条例) and without white space."""
    return re.sub(r"\s", "", fold(title))


def _numbered_year(s: str, end: int) -> int | None:
    """The year of the document number right after a title (《…》（湘政发〔2024〕5号）)."""
    m = _DOC_NUMBER.match(s, end)
    return int(m.group(1)) if m else None


def _issuer_in_title(title: str) -> str | None:
    """The body heading a title (内蒙古自治区人民政府关于…), read folded and kept as written."""
    head = _ISSUER_IN_TITLE.match(fold(title))
    if head and any(w in head.group(1) for w in BODY_WORDS):
        return title[head.start(1) : head.end(1)]
    return None


def _issuing_year(s: str, sentences: Sentences, start: int, lines_before: str) -> int | None:
    sent_start, _ = sentences.bounds(start)
    sent_start = max(sent_start, start - _LOOKBACK)
    segment = s[sent_start:start]
    years = [
        m
        for m in _YEAR.finditer(segment)
        if not s[sent_start + m.end() : sent_start + m.end() + 2].startswith("以来")
        and segment.rfind("《", 0, m.start()) <= segment.rfind("》", 0, m.start())  # (not a title's own years)
    ]
    if years:
        return int(years[-1].group(1))
    if opens_with_same_year(segment):
        return year_said_before(s, sent_start)  # 2024年，…印发《…》。同年，…出台《…》: the year said before
    # a list introduced by a line ending in —— or ：: the intro's year governs its items
    intro = lines_before.rstrip()
    if intro.endswith(_INTRO_ENDS):
        intro_start = intro.rfind("\n") + 1
        m = list(_YEAR.finditer(intro[intro_start:]))
        if m and not intro[intro_start + m[0].end() :].startswith("以来"):
            return int(m[0].group(1))
    return None


def _abbreviates(short: str, title: str) -> bool:
    """Whether ``short`` takes its characters from ``title`` in order (规划纲要 of …规划和…纲要)."""
    rest = iter(title)
    return all(ch in rest for ch in short)


_NEWS_OF_A_POLICY = re.compile("|".join(NEWS_OF_A_POLICY))


def _passing_body(s: str, text: str, end: int) -> str | None:
    """The body right after a title that passed it, 《…条例》经市人大常委会审议通过, as written."""
    m = _PASSED_BY.match(s, end, min(len(s), end + 60))
    if m is None or not any(w in m.group(1) for w in BODY_WORDS):
        return None
    return _body_as_written(text, m, 1)


def _adopting_body(text: str, adopted: re.Match[str] | None) -> str | None:
    """The body that adopted a title, as written (已由某市人大常委会第十次会议于…通过, 已于…经省人大常委会审议通过)."""
    group = 0 if adopted is None else 1 if adopted.group(1) is not None else 3
    if adopted is None or adopted.group(group) is None:
        return None
    return _body_as_written(text, adopted, group)


def _body_as_written(text: str, m: re.Match[str], group: int) -> str | None:
    """A body's name matched in the folded text, its meeting cut (…常委会第十次会议), as written."""
    cut = len(_MEETING_TAIL.sub("", m.group(group)).rstrip())
    return text[m.start(group) : m.start(group) + cut] or None


def _own_headline(text: str, headlines: Sequence[tuple[int, int]], kinds: set[str]) -> list[tuple[int, int, str, str]]:
    """The first headline that is a document's title, when the document refers to itself by
    its type (a page that is the policy: 某省…行动方案（2025—2027年） … 本方案自…起施行)."""
    for start, end in headlines if kinds else ():
        title = _clean_title(text[start:end]).lstrip("#").strip()
        folded = fold(title)
        if _NEWS_OF_A_POLICY.search(folded):
            continue  # 某省印发…方案: news about the document, not its title
        kind = policy_kind(folded)
        if title and "《" not in title and kind and any(kind.endswith(k) for k in kinds):
            at = start + text[start:end].find(title[:1])
            return [(at, at + len(title), title, "headline")]
    return []


def _lines_before(s: str, start: int) -> str:
    """The line that introduces the list ``start`` is an item of (items open with 《), if any.
    An item may run over several lines (a narrow column wraps it); every paragraph between the
    introduction and ``start`` must open with 《."""
    line_start = s.rfind("\n", 0, start) + 1
    if s[line_start:start].strip() not in ("", "《"):
        return ""
    k = line_start - 1
    stop = s.find("\n", line_start)
    below = s[line_start : stop if stop >= 0 else len(s)].strip()
    for _ in range(_ITEM_LINES_MAX):
        prev_start = s.rfind("\n", 0, max(0, k)) + 1
        line = s[prev_start:k].strip()
        if line:
            if line.endswith(_INTRO_ENDS):
                return _paragraph_ending_at(s, prev_start) + line
            inline = _INTRO_THEN_ITEM.search(line)
            if inline:  # …政策相继出台——《…办法》，…。 (the first item run on after its introduction)
                return _paragraph_ending_at(s, prev_start) + line[: inline.end(1)]
            if _ends_paragraph(line) and not below.startswith("《"):
                return ""  # a paragraph that is no item of a list lies between
            below = line
        if prev_start <= 0:
            break
        k = prev_start - 1
    return ""


def _paragraph_ending_at(s: str, line_start: int) -> str:
    """The lines of the paragraph before the line at ``line_start`` (an introduction a column
    wraps: 2023年，某市围绕…⏎政策相继出台——), joined, or ""."""
    out: list[str] = []
    k = line_start - 1
    for _ in range(_INTRO_LINES_MAX):
        prev_start = s.rfind("\n", 0, max(0, k)) + 1
        line = s[prev_start:k].strip()
        if not line or _ends_paragraph(line) or line.endswith(_INTRO_ENDS) or prev_start >= k:
            break
        out.insert(0, line)
        if prev_start <= 0:
            break
        k = prev_start - 1
    return "".join(out)


_INTRO_LINES_MAX = 4
_INTRO_THEN_ITEM = re.compile(r"(——|—|：|:)《")
_ITEM_LINES_MAX = 40
_INTRO_ENDS = ("——", "：", ":", "—")
_PARAGRAPH_ENDS = ("。", "！", "？", "；", "!", "?", ";")


def _ends_paragraph(line: str) -> bool:
    """A line that ends a sentence (。, or 。” closing a quotation; not a quoted name, 围绕“某某30条”)."""
    return line.endswith(_PARAGRAPH_ENDS) or (line.endswith(("”", "’")) and line[:-1].endswith(_PARAGRAPH_ENDS))


def find_policies(
    article: Article,
    *,
    skip: Sequence[tuple[int, int]] = (),
    published: _dt.date | None = None,
    sentences: Sentences | None = None,
    headlines: Sequence[tuple[int, int]] = (),
) -> list[Policy]:
    """Every distinct policy the article mentions, at its first mention.

    ``headlines`` are the spans of the stories' headlines: a headline that names a document
    type is the policy itself when the text refers to itself by that type (本方案自…起施行)."""
    text, s = article.text, article.folded
    if "《" not in s and "条" not in s and "<<" not in s and "〈" not in s and not headlines:
        return []
    sentences = sentences or Sentences.of(s)
    blocked = SpanSet(skip)
    found: list[_Found] = []
    by_key: dict[str, _Found] = {}

    def lookup(title: str, what: str) -> _Found | None:
        key = _key(title)
        if key in by_key:
            return by_key[key]
        kind = policy_kind(key)
        if len(key) <= 6 and kind and what != "inner":  # a title inside a title refers to no other
            for f in reversed(found[-_BACK_REFERENCE_REACH:]):
                full = _key(f.title)
                if key == f.kind or key in full or (f.kind == kind and _abbreviates(key, full)):
                    return f
        return None

    events: list[tuple[int, int, str, str]] = []
    alias_spans: set[int] = set()
    for m in _TITLE.finditer(s):
        events.append((m.start(), m.end(), _clean_title(text[m.start(1) : m.end(1)]), "title"))
        for inner in _INNER_TITLE.finditer(s, m.start(1), m.end(1)):
            # 《关于印发〈…管理办法〉的通知》: the document the notice issues is a policy of its own
            events.append((inner.start(), inner.end(), _clean_title(text[inner.start(1) : inner.end(1)]), "inner"))
    titled = SpanSet([(start, end) for start, end, _, what in events if what == "title"])
    for m in _LOOSE_TITLE.finditer(s) if "<<" in s or "〈" in s else ():
        if not titled.covers(m.start()):  # (〈…〉 inside 《…》 is read above, as a title of its own)
            group = 1 if m.group(1) is not None else 2
            events.append((m.start(), m.end(), _clean_title(text[m.start(group) : m.end(group)]), "title"))
    for m in _PACKAGE.finditer(s):
        content = re.sub(r"\s", "", text[m.start(1) : m.end(1)])
        start = m.start()
        if content[0].isdigit():
            before = _CJK_RUN.search(s[max(0, m.start() - 8) : m.start()])
            if not before:
                continue
            lead = before.group()[-4:]
            content = lead + content
            start = m.start() - len(lead)
        events.append((start, m.end(), content, "package"))
    self_references = list(_SELF_REFERENCE.finditer(s))  # 本办法…: read once, for the headline and the mentions
    events.extend(_own_headline(text, headlines, {m.group(1) for m in self_references}))
    events.sort()
    for start, end, title, what in events:
        if blocked.covers(start) or start in alias_spans:
            continue
        known = lookup(title, what)
        if known is not None:
            known.mentions.append((start, end))
            short = re.sub(r"\s", "", title)
            if short != known.title and short not in known.aliases and what == "title":
                known.aliases.append(short)  # a back-reference such as 《条例》 is a short name
            sent_start, _ = sentences.bounds(start)
            known.issuer = known.issuer or _issuer_before(s, start, sent_start)
            known.year = (
                known.year or _issuing_year(s, sentences, start, _lines_before(s, start)) or _numbered_year(s, end)
            )
            continue
        if what in ("title", "inner", "headline"):
            kind = policy_kind(fold(title))  # 條例 reads as 条例; the title stays as written
            core = _TRAILING_PAREN.sub("", fold(title))
            if kind is None or core.endswith(NOT_POLICY_ENDINGS) or len(core) <= len(kind):
                continue
        else:
            # 以下简称“科创20条”: an alias of the policy just named
            cue = s[max(0, start - 6) : start]
            if found and any(c in cue for c in ALIAS_CUES):
                found[-1].aliases.append(title)
                by_key[_key(title)] = found[-1]
                continue
            kind = "措施"
        sent_start, _ = sentences.bounds(start)
        issuer = _issuer_in_title(title)
        outer = found[-1] if what == "inner" and found and found[-1].start < start < found[-1].end else None
        if outer is not None:  # the notice that issues it: its issuer, its year
            issuer, issued = issuer or outer.issuer, outer.year
        else:
            adopted = _ADOPTED_AFTER.match(s, end, min(len(s), end + 80))
            # 出台《A》和《B》: a title listed right after another was issued with it
            listed = found[-1] if found and s[found[-1].end : start].strip() in _TITLE_JOINERS else None
            said = listed.issuer if listed and listed.issuer != _issuer_in_title(listed.title) else None
            issuer = (
                issuer
                or _issuer_before(s, start, sent_start)
                or _adopting_body(text, adopted)
                or _passing_body(s, text, end)
                or said  # (not the issuer a title names in its own head: 某某人民政府关于…)
            )
            issued = (
                _issuing_year(s, sentences, start, _lines_before(s, start))
                or _numbered_year(s, end)
                or (int(adopted.group(2)) if adopted else None)
                or (listed.year if listed else None)
            )
        f = _Found(title=title, start=start, end=end, kind=kind, issuer=issuer, year=issued, package=what == "package")
        # aliases: （以下简称“…”） or (以下简称《…》) right after the title
        tail = s[end : end + 30]
        am = _ALIAS.match(tail)
        if am:
            alias = am.group(1)
            f.aliases.append(alias)
            by_key[_key(alias)] = f
            alias_spans.add(end + am.start(1) - 1)  # the definition is not a later mention
        found.append(f)
        by_key[_key(title)] = f
    # 本措施自2025年3月1日起施行: the document refers to itself by its kind
    for m in self_references:
        if blocked.covers(m.start()):
            continue
        earlier = [f for f in found if f.start < m.start() and fold(f.kind or "").endswith(m.group(1))]
        if earlier:
            earlier[0].mentions.append((m.start(), m.end()))
    found = _nicknames_merged(found, s, sentences)
    found = _headline_packages_merged(found, headlines)
    out = []
    named_at = sorted(x for g in found for x in (g.start, *(m[0] for m in g.mentions)))
    for f in found:
        for a, b in [(f.start, f.end), *f.mentions]:
            sent_start, sent_end = sentences.bounds(a)
            eff = _EFFECTIVE.search(s, b, min(sent_end, b + _EFFECTIVE_REACH))
            if eff and bisect_left(named_at, eff.start()) > bisect_right(named_at, a):
                eff = None  # 为配合《方案》落地，修订了《办法》，新办法自…起实施: the later title's date
            if eff and f.effective is None:
                year = eff.group(1)
                y = (
                    int(year)
                    if year.isdigit()
                    else (published.year + (1 if year == "明年" else 0) if published else None)
                )
                if y is not None:
                    try:
                        f.effective = _dt.date(y, int(eff.group(2)), int(eff.group(3)))
                    except ValueError:
                        pass
        out.append(
            Policy(
                title=f.title,
                start=f.start,
                end=f.end,
                kind=f.kind,
                aliases=tuple(f.aliases),
                issuer=f.issuer,
                year=f.year,
                period=title_period(fold(f.title)),
                effective=f.effective,
                key=make_key(f.title),
                mentions=tuple(f.mentions),
            )
        )
    return out
