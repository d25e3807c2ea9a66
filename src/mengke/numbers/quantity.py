"""Quantities in running text: a number with its unit, qualifier, range and kind.

:func:`find_quantities` scans folded text (same length as the input, so offsets need
no map), reads each number with :mod:`mengke.numbers.grammar`, then looks around it:
left for a sign, currency sign, 第/每/前 and qualifier words (约, 超过, 不到), right
for 余/多, the unit or measure word, 以上/左右, a range connector and its second end.
What is not a quantity (years, dates, codes, plan names, ordinals of meetings,
words such as 一系列) is dropped here, so callers never see it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from decimal import Decimal
from enum import StrEnum
from functools import cache, lru_cache

import attrs

from mengke.data.nonnumbers import (
    CHENG_WORDS_NEXT,
    DA_WORDS_NEXT,
    DATE_UNITS,
    FURNITURE_LABELS,
    MEETING_WORDS,
    NAMING_ORDINAL_WORDS,
    PREFIX_WORD_BEFORE,
    SHANGXIA_WORDS_NEXT,
    WORDS,
    ZHE_WORDS_NEXT,
)
from mengke.data.numerals import LATIN_MAGNITUDES
from mengke.data.policy_kinds import PACKAGE_TAILS
from mengke.data.qualifiers import INNER, MAGNITUDE_ONLY, PREFIXES, SUFFIXES
from mengke.data.units import (
    ARTICLE_CLASSIFIERS,
    COUNTED_IN_PIECES,
    MONEY_CLOSERS,
    MONEY_PREFIXES,
    NOT_A_UNIT_BEFORE,
    RANK_SCOPES,
    RANK_VERBS,
    SUBUNITS,
    SUBUNITS_OF_YUAN,
    UNITS,
)
from mengke.exact import exact
from mengke.numbers.grammar import Reading, plain, read_number, read_percent_word
from mengke.numbers.normalize import fold
from mengke.wordlist import compile_words


class Qualifier(StrEnum):
    """How exact a figure is, as its cue words say."""

    EXACT = "exact"
    APPROX = "approx"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"


_QUALIFIER_OF = {q.value: q for q in Qualifier}
"""A qualifier by its value (a dict look-up: calling the enum costs more on the hot path)."""


class QuantityKind(StrEnum):
    """What sort of quantity a unit makes: a hint for the metric layer."""

    MONEY = "money"
    COUNT = "count"
    PERCENT = "percent"
    PERCENT_POINT = "percent_point"
    MULTIPLE = "multiple"
    RANK = "rank"
    PHYSICAL = "physical"
    TIME = "time"
    AGE = "age"
    ORDINAL = "ordinal"
    """第三, 第十四届, 第二天: a place in an order with no measure of rank (第20位 is a RANK)."""
    NUMBER = "number"


@attrs.frozen  # (built positionally on the scan's hot path: 0.4 µs less a figure than by keyword)
class Quantity:
    """A quantity found in text; ``text[start:end]`` is ``surface``.

    ``value`` is in base units (magnitudes multiplied out); ``unit`` is None for a bare
    number and ``"%"`` for percentages and percentage points (``kind`` tells them apart).
    """

    start: int
    end: int
    surface: str
    value: Decimal
    upper: Decimal | None = None
    unit: str | None = None
    qualifier: Qualifier = Qualifier.EXACT
    kind: QuantityKind = QuantityKind.NUMBER
    number_start: int = 0
    number_end: int = 0
    prefix: str = ""
    unit_surface: str = ""
    has_magnitude: bool = False


# Members bound to module names for the scan, which compares kinds and qualifiers several times
# a figure: a member looked up on its enum class costs 60 ns in CPython 3.11, a module name 10.
_Q_APPROX = Qualifier.APPROX
_Q_AT_LEAST = Qualifier.AT_LEAST
_Q_AT_MOST = Qualifier.AT_MOST
_Q_EXACT = Qualifier.EXACT
_K_COUNT = QuantityKind.COUNT
_K_MONEY = QuantityKind.MONEY
_K_MULTIPLE = QuantityKind.MULTIPLE
_K_NUMBER = QuantityKind.NUMBER
_K_ORDINAL = QuantityKind.ORDINAL
_K_PERCENT = QuantityKind.PERCENT
_K_PERCENT_POINT = QuantityKind.PERCENT_POINT
_K_PHYSICAL = QuantityKind.PHYSICAL
_K_RANK = QuantityKind.RANK
_K_TIME = QuantityKind.TIME


_START = re.compile(r"[对0-9零〇○一二两三四五六七八九十百千万亿兆壹贰叁肆伍陆柒捌玖拾佰仟廿卅俩几数半负$¥￥€£翻.幺-]")
# 数, 几 and 负 are common in words (数据, 几乎, 负责): they start a quantity only before these
_NEEDS_AFTER = {
    "对": re.compile("折"),  # 打对折 only
    "数": re.compile(r"[ \t]*[十百千万亿拾佰仟成]"),
    "几": re.compile(r"[ \t]*[十百千万亿拾佰仟成]"),
    "负": re.compile(r"[ \t]*[0-9.零〇○一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟几数半]"),
}
_NUMERIC_TOKEN = re.compile(r"-?[\d.,]+(?:[eE][+-]?\d+|\^[+-]*\d+|[kKwWM])?(?:[-~][\d.,]+(?:[kKwWM])?)?")
_URL = re.compile(r"(?:https?://|www\.)[\x21-\x7e]+")
# a date written with digits (2026-10-30, 2026/10/30, 2026.10.30) and a clock time (08:12,
# 14:30:05; not a ratio such as 1:1 or 3:1): page furniture, no quantity. The pattern opens
# with a character class (fast to scan for); the year, the hour and the character before are
# checked on each match (_date_or_clock_spans).
_NUMERIC_DATE_OR_CLOCK = re.compile(
    r"[0-2]\d(?:\d\d([-/.])(?:0?[1-9]|1[0-2])\1(?:[12]\d|3[01]|0?[1-9])"
    r"(?:[T ]+(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)?|:[0-5]\d(?::[0-5]\d)?)(?![\d.:])"
)


def _date_or_clock_spans(s: str) -> Iterator[tuple[int, int]]:
    for m in _NUMERIC_DATE_OR_CLOCK.finditer(s):
        a = m.start()
        if a and (s[a - 1].isdigit() or s[a - 1] == "." or (s[a - 1] == ":" and s[a - 2 : a - 1].isdigit())):
            continue  # inside a longer number, or the minutes of a clock already read
        head = s[a : a + 4]
        if m.group(1) is not None and not head.startswith(("19", "20")):
            continue  # a date's year
        if m.group(1) is None and int(head[:2]) > 23:
            continue  # a clock's hour
        yield m.span()


_MEETING = re.compile("|".join(map(re.escape, sorted({*MEETING_WORDS, "中全会"}, key=len, reverse=True))))
_MONEY_PREFIX_BEFORE = re.compile(
    "(?:" + "|".join(map(re.escape, sorted((w for w in MONEY_PREFIXES if len(w) > 1), key=len, reverse=True))) + ")$"
)
_YEAR_AHEAD = re.compile(r"[12]\d{3}(?=[ \t]?年(?![代均增产]|度?[增减]))")
_PAD = "\x00" * 16  # see _Scanner.__init__
_CODE_WINDOW = 64  # how far a code is followed either way (keeps the scan linear)
_CODE_RIGHT = re.compile(r"[0-9A-Za-z+_\-:./]*")
_CODE_MARK = re.compile(r"[A-Za-z+]")
# a letter or + in the run of code characters from a digit on: only then can the run be a code
_CODE_AHEAD = re.compile(r"[0-9_\-:./]*[A-Za-z+]")
_MEETING_FIRST_CHARS = frozenset(w[0] for w in (*MEETING_WORDS, "中全会"))
_CJK = re.compile(r"[\u4e00-\u9fff]")
_PERCENT_POINT = re.compile(r"个?[ \t]*百[ \t]*分[ \t]*点")
_SHARED_POINT = re.compile(r"[和、与及][ \t]*[\d.]{1,8}[ \t]*个?[ \t]*百[ \t]*分[ \t]*点")
# 翻一番 (doubled), 翻了两番, 翻了近两番 (the qualifier inside); 实现翻番, 营收翻倍, 翻了一倍: doubled
_FANFAN = re.compile(r"翻了?(?P<q>近|约|超过|逾|超)?(?P<n>[一两二三四1-4])番|翻了?一?(?P<doubled>[番倍])(?!式)")
_FAN_QUALIFIERS = {"近": _Q_APPROX, "约": _Q_APPROX, "超过": _Q_AT_LEAST, "逾": _Q_AT_LEAST}
_RANGE_CONNECTORS = ("——", "--", "－－", "至", "到", "~", "—", "-", "～", "〜")
_CONNECTOR = re.compile("|".join(map(re.escape, _RANGE_CONNECTORS)))
_BETWEEN = re.compile(r"[ \t]*(?:和|与)[ \t]*")
_BETWEEN_END = ("之间", "间")
_MERGE_GAP = re.compile(
    r"(?:[ \t,，、]*|的同时|[ \t]*并且[ \t]*|[ \t]*而且[ \t]*|[ \t]*并[ \t]*|[ \t]*且[ \t]*|[ \t]*同时[ \t]*)"
)
_PHONE = re.compile(r"1[3-9]\d{9}|0\d{2,3}-?\d{7,8}")
_UNITS = {word: (unit, QuantityKind(kind)) for word, (unit, kind) in UNITS.items()}
_UNIT_LENGTHS_BY_FIRST = {
    first: tuple(sorted({len(w) for w in UNITS if w[0] == first}, reverse=True)) for first in {w[0] for w in UNITS}
}
_PREFIX_LENGTHS = sorted({len(k) for k in PREFIXES}, reverse=True)
_PREFIX_LAST_CHARS = frozenset(w[-1] for w in PREFIXES)
_PREFIX_GATE = _PREFIX_LAST_CHARS | frozenset(" \t")  # a qualifier word (or a space) right before
_BOUNDS = (_Q_AT_LEAST, _Q_AT_MOST)
_UNIT_FIRST_CHARS = frozenset(w[0] for w in UNITS) | frozenset("个百")
_SUFFIX_LENGTHS = sorted({len(k) for k in SUFFIXES}, reverse=True)
_SUFFIX_FIRST_CHARS = frozenset(w[0] for w in SUFFIXES)
_INNER_FIRST = frozenset(INNER) | frozenset("(（")
_RANGE_FIRST_CHARS = frozenset(w[0] for w in _RANGE_CONNECTORS) | frozenset("和与 \t")
_MONEY_PREFIX_LAST_CHARS = frozenset(w[-1] for w in MONEY_PREFIXES if len(w) > 1)
_FURNITURE_GAP = frozenset(" \t:：")
_OPEN_QUOTES = "“\"「『‘'"
# what before 一 may change how 一批 reads (a quote, a label, a prefix, a qualifier): then the
# full reading decides whether it is an article
_ARTICLE_GUARD = (
    frozenset(_OPEN_QUOTES)
    | _FURNITURE_GAP
    | _MONEY_PREFIX_LAST_CHARS
    | _PREFIX_GATE
    | frozenset("第每前比负下 \t\u3000")
)
_CLOSE_QUOTES = "”\"」』’'"
_SPACES = " \t"
_ORDINAL_RANK_UNITS = ("位", "名")
_NAMING_ORDINAL_WORDS = tuple(sorted(NAMING_ORDINAL_WORDS, key=len, reverse=True))
_NOT_HALF_BEFORE = frozenset("上下前后大多过一两几另小近")  # 上半年, 大半天, 一年半 (read elsewhere)
_HALF_KINDS = frozenset({_K_PHYSICAL, _K_TIME, _K_MULTIPLE})  # not 6家半
# …位居全国 before 第; also the later ranks of a list (居全省第一、全国第十)
_EARLIER_RANK = r"[\u4e00-\u9fff]{0,6}第[\d一二三四五六七八九十]{1,3}位?[、，,和及]"
_RANKED = re.compile("(?:" + "|".join(RANK_VERBS) + ")(?:" + _EARLIER_RANK + r")*[\u4e00-\u9fff]{0,6}$")
_SCOPE_BEFORE = re.compile("(?:" + "|".join(RANK_SCOPES) + r")(?:同类|城市|高校|地区|省区)?[ \t]*$")
_RANK_REACH = 40  # how far back the verb of a ranking is looked for
_CLAUSE_ENDS = frozenset("，,。；;、！？!?）)\n\x00")
_COMPARE_WORDS = {
    "大": "at_least",
    "多": "at_least",
    "高": "at_least",
    "小": "at_most",
    "少": "at_most",
    "低": "at_most",
}
_FAN = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


@cache
def _nonnumber_pattern() -> re.Pattern[str]:
    words = sorted(WORDS, key=len, reverse=True)
    return compile_words(words)


def _blocked_mask(s: str) -> bytearray:
    """A byte per character of ``s``, set where a number may not start: inside a word that
    holds a numeral (一系列), a URL, a date or a clock time (one look-up per candidate)."""
    mask = bytearray(len(s))
    # (a word ending in 分 before 之 is a fraction's denominator: 十分之一 is no 十分, "very")
    spans = [m.span() for m in _nonnumber_pattern().finditer(s) if not (s[m.end() - 1] == "分" and s[m.end()] == "之")]
    if "http" in s or "www." in s:
        spans.extend(m.span() for m in _URL.finditer(s))
    spans.extend(_date_or_clock_spans(s))
    for a, b in spans:
        mask[a:b] = b"\x01" * (b - a)
    return mask


def _skip_spaces(s: str, j: int, newline: bool = False) -> int:
    n = len(s)
    k = j
    while k < n and (s[k] in _SPACES or (newline and s[k] in "\r\n")) and k - j < 8:
        k += 1
    return k


def _match_unit(s: str, j: int) -> tuple[str, str, QuantityKind] | None:
    """(surface, unit, kind) of the longest unit at ``j``."""
    if j >= len(s) or s[j] not in _UNIT_FIRST_CHARS:
        return None
    m = _PERCENT_POINT.match(s, j) if s[j] in "个百" else None
    if m:
        return m.group(), "%", _K_PERCENT_POINT
    if s[j] == "个" and _SHARED_POINT.match(s, j + 1):
        return "个", "%", _K_PERCENT_POINT  # 6.2个和9.1个百分点: the points are shared
    return _unit_in_window(s[j : j + _UNIT_WINDOW])


_UNIT_WINDOW = max(map(len, UNITS)) + 1  # the longest unit and the character after it


@lru_cache(maxsize=4096)
def _unit_in_window(window: str) -> tuple[str, str, QuantityKind] | None:
    """The longest unit opening ``window`` (which holds the character after it too); a unit
    is read from the characters after a number alone, so a window's answer is kept."""
    for length in _UNIT_LENGTHS_BY_FIRST.get(window[0], ()):
        word = window[:length]
        if word in _UNITS:
            after = window[length : length + 1]
            if length == 1 and after and after in NOT_A_UNIT_BEFORE.get(word, ""):
                return None  # 七部门: a word, not 七部 and 门
            unit, kind = _UNITS[word]
            if word.isascii() and after.isascii() and after.isalpha():
                continue
            return word, unit, kind
    return None


def _match_suffix(s: str, j: int) -> tuple[str, str] | None:
    for length in _SUFFIX_LENGTHS:
        word = s[j : j + length]
        if len(word) == length and word in SUFFIXES:
            if word == "上下" and j + 2 < len(s) and s[j + 2] in SHANGXIA_WORDS_NEXT:
                continue
            return word, SUFFIXES[word]
    return None


def _match_prefix(s: str, i: int) -> tuple[int, str] | None:
    """Qualifier word ending at ``i`` (spaces allowed between): (start, qualifier)."""
    k = i
    while k > 0 and s[k - 1] in _SPACES and i - k < 3:
        k -= 1
    if k == 0 or s[k - 1] not in _PREFIX_LAST_CHARS:
        return None  # most numbers have no qualifier before them
    for length in _PREFIX_LENGTHS:
        if k - length < 0:
            continue
        word = s[k - length : k]
        if word in PREFIXES:
            before = s[k - length - 1] if k - length - 1 >= 0 else ""
            if word in PREFIX_WORD_BEFORE and before in PREFIX_WORD_BEFORE[word]:
                continue
            if word in MAGNITUDE_ONLY and not (_MAGNITUDE_AHEAD if word == "破" else _MAGNITUDE_FIRST).match(s, i):
                continue  # 上千名, 破百亿, 破300亿: a round large figure (not 打破3项纪录, 线上3万人)
            return k - length, PREFIXES[word]
    return None


def _plain_decimal(d: Decimal) -> Decimal:
    """``d`` as :func:`plain` writes it; most values (whole numbers read from digits) pass as they are."""
    return d if d.as_tuple().exponent == 0 else plain(d)


_MAGNITUDE_FIRST = re.compile(r"[百千万亿]")
_PACKAGE_TAIL_FIRST = frozenset(t[0] for t in PACKAGE_TAILS)
_MAGNITUDE_AHEAD = re.compile(
    r"[百千万亿]|[一二两三四五六七八九]?十[ \t]*[万亿]|\d[\d.]{0,6}[ \t]*[万亿]"
)  # 破百亿, 破十亿, 破300亿
_LONE_MAGNITUDES = {"万": 10**4, "亿": 10**8}
_PIECE_CUE = compile_words(COUNTED_IN_PIECES)
_LONE_MAGNITUDE_BEFORE = frozenset("近上逾超过约破")


def _lone_magnitude(ch: str, i: int) -> Reading:
    """万 or 亿 standing for one of itself after 近/上/逾 or before 余/多 (近万家, 万余家)."""
    value = Decimal(_LONE_MAGNITUDES[ch])
    return Reading(
        value=value,
        start=i,
        end=i + 1,
        last_multiplier=_LONE_MAGNITUDES[ch],
        coefficient=Decimal(1),
        has_chinese=True,
        has_magnitude=True,
    )


def _is_year(r: Reading, s: str, after: int) -> bool:
    if r.upper is not None or r.is_fraction:
        return False
    whole = r.value == r.value.to_integral_value()
    if not whole:
        return False
    if r.is_plain_integer and r.digit_count == 4 and 1000 <= r.value <= 2999:
        return True
    return r.has_chinese and r.digit_count == 4


def _is_figure_with_unit(token: str) -> bool:
    """300MW, 1200MWh: digits and a Latin unit of the table."""
    unit = token.lstrip("0123456789.,")
    return bool(unit) and unit != token and unit in UNITS


class _Scanner:
    def __init__(self, text: str, folded: str | None = None, *, article_shortcut: bool = True) -> None:
        self.text = text
        self.article_shortcut = article_shortcut  # (False: every 一 read in full, as the tests compare)
        # padded so that s[j] is "\x00" a few characters either side of the text (s[-1] too):
        # the look-arounds index without bounds checks
        self.s = (fold(text) if folded is None else folded) + _PAD
        self.n = len(text)
        self.blocked = _blocked_mask(self.s)

    # -- helpers -----------------------------------------------------------
    def char(self, j: int) -> str:
        return self.s[j]  # padded: "\x00" just outside the text

    def ascii_letter(self, j: int) -> bool:
        ch = self.s[j]
        return bool(ch) and ch.isascii() and ch.isalpha()

    def code_end(self, i: int) -> int | None:
        """End of an ASCII code such as A2021-07 or 1+7+N that covers ``i``, else None."""
        j = i
        floor = max(0, i - _CODE_WINDOW)
        while j > floor and (self.s[j - 1].isascii() and (self.s[j - 1].isalnum() or self.s[j - 1] in "+_")):
            j -= 1
        k = _CODE_RIGHT.match(self.s, i, min(self.n, i + _CODE_WINDOW)).end()  # type: ignore[union-attr]
        token = self.s[j:k].rstrip(".-:/")
        if not _CODE_MARK.search(token):
            return None  # digits and separators only: a number, not a code
        if "/" in token and j == i and all(_is_figure_with_unit(part) for part in token.split("/")):
            return None  # 300MW/1200MWh: two figures, each with its unit (a power and an energy)
        if _NUMERIC_TOKEN.fullmatch(token):
            return None
        if token.endswith("+") and token.count("+") == 1 and token[:-1].isdigit() and j == i:
            return None  # 1000+家: a post's "over 1000", not a code such as 1+7+N
        if "+" in token and any(c.isdigit() for c in token):
            return j + len(token)
        letters = [c for c in token if c.isalpha()]
        if not letters:
            return None
        # a number with a short Latin unit (40k, 19nm, 100KW, 2e5) is not a code
        stripped = token.lstrip("0123456789.,")
        if (
            (stripped and stripped in UNITS)
            or stripped in ("k", "K", "w", "W", "M")
            or re.fullmatch(r"[eE][+-]?\d+", stripped)
        ):
            return None
        if token[0].isdigit() and re.fullmatch(r"[\d.,]+[A-Za-z]{1,3}", token) and j == i:
            return None
        return j + len(token)

    # -- the scan ------------------------------------------------------------
    def scan(self) -> list[Quantity]:
        return list(self.iter_scan())

    def iter_scan(self) -> Iterator[Quantity]:
        """Quantities one by one, in order (bounds side by side already merged into ranges)."""
        return _merge_bounds(self._raw(), self.s, self.text)

    def _raw(self) -> Iterator[Quantity]:
        search, s, blocked = _START.search, self.s, self.blocked
        m = search(s)
        while m is not None:
            i = m.start()
            if blocked[i]:  # (a numeral inside 一系列, a date, a URL: a third of the candidates)
                m = search(s, i + 1)
                continue
            got = self.read_at(i)
            if got is None:
                m = search(s, i + 1)
                continue
            q, resume = got
            m = search(s, max(resume, i + 1))
            if q is not None:
                yield q

    def read_at(self, i: int) -> tuple[Quantity | None, int] | None:
        """The quantity that starts at candidate ``i`` (never a blocked one: the scan passes those
        over), and where the scan goes on; None when there is none."""
        s = self.s
        ch = s[i]
        if ch in _NEEDS_AFTER and not _NEEDS_AFTER[ch].match(s, i + 1):
            return None
        if ch == "翻":
            fm = _FANFAN.match(s, i)
            if not fm:
                return None
            value = Decimal(2 ** _FAN[fm.group("n")]) if fm.group("n") else Decimal(2)
            fan_end = fm.end()
            qualifier = _FAN_QUALIFIERS.get(fm.group("q") or "", _Q_AT_LEAST if fm.group("q") else _Q_EXACT)
            if s[fan_end] in "多余" and not _CJK.match(s[fan_end + 1]):
                fan_end, qualifier = fan_end + 1, _Q_AT_LEAST  # 翻了一番多: more than doubled
            return self.make(
                i,
                fan_end,
                value,
                None,
                "倍",
                qualifier,
                _K_MULTIPLE,
                i,
                fm.end(),
                unit_surface=fm.group("doubled") or "番",
            ), fan_end
        if ch == "半":
            return self.read_half(i)
        if ch == "一" and s[i + 1] == "半" and s[i + 2] not in "年天月日个小":
            return self.read_share_of_half(i, i + 2)  # 一半; 一半年 and the like are left alone
        if ch == "对":
            if s.startswith("对折", i) and s[i - 1] == "打":
                return self.make(
                    i, i + 2, Decimal(50), None, "%", _Q_EXACT, _K_PERCENT, i, i + 1, unit_surface="折"
                ), i + 2
            return None
        if ch in "$¥￥€£":
            j = i + 1
            r = read_number(s, j)
            if r is None:
                return None
            return self.finish(i, r, money_prefix=MONEY_PREFIXES[ch])
        if ch == "-":
            if (
                i + 1 >= self.n
                or not (s[i + 1].isdigit() or s[i + 1] == ".")
                or (i > 0 and (s[i - 1].isalnum() or s[i - 1] == "-"))
            ):
                return None
            r = read_number(s, i + 1)
            if r is None:
                return None
            r = attrs.evolve(
                r,
                value=-r.value,
                upper=None if r.upper is None else -r.upper,
                start=i,
                coefficient=None if r.coefficient is None else -r.coefficient,
            )
            return self.finish(i, r)
        if ch == "." and (i + 1 >= self.n or not s[i + 1].isdigit() or (i > 0 and s[i - 1] in "0123456789.")):
            return None
        if (ch.isascii() and ch.isdigit()) or ch == ".":
            year = _YEAR_AHEAD.match(s, i)
            if year and (i == 0 or not s[i - 1].isalnum()):
                return None, year.end()  # a year (2025年), the most common number in the news
            if i > 0 and (self.ascii_letter(i - 1) or s[i - 1] == "+"):
                end = self.code_end(i)
                return (None, end) if end else None
            before = s[i - 1]
            if (before.isascii() and (before.isalnum() or before in "+_")) or _CODE_AHEAD.match(
                s, i, min(self.n, i + _CODE_WINDOW)
            ):
                end = self.code_end(i)  # (most figures have no letter or + in their run: no code)
                if end is not None:
                    return None, end
        if ch == "一" and s[i - 1] not in _ARTICLE_GUARD and self.article_shortcut:
            u = _match_unit(s, i + 1)
            if u is not None and u[0] in ARTICLE_CLASSIFIERS and u[0] != "个" and s[i + 1 + len(u[0])] not in "半/":
                return None, i + 1 + len(u[0])  # 一批, 一项: an article, as finish() would find at more cost
        r = None
        if ch in "百千万佰仟":
            r = read_percent_word(s, i)
        if r is None:
            r = read_number(s, i)
        if r is None and ch in _LONE_MAGNITUDES and (s[i - 1] in _LONE_MAGNITUDE_BEFORE or s[i + 1] in "余多"):
            r = _lone_magnitude(ch, i)  # 近万家, 上万名, 万余家
        if r is None:
            return None
        return self.finish(i, r)

    def read_half(self, i: int) -> tuple[Quantity | None, int] | None:
        nxt = self.s[i + 1]
        if nxt == "成":
            return self.make(i, i + 2, Decimal(5), None, "%", _Q_EXACT, _K_PERCENT, i, i + 1, unit_surface="成"), i + 2
        if nxt == "折":
            return self.make(i, i + 2, Decimal(50), None, "%", _Q_EXACT, _K_PERCENT, i, i + 1, unit_surface="折"), i + 2
        if nxt == "百":
            return self.make(i, i + 2, Decimal(50), None, None, _Q_EXACT, _K_NUMBER, i, i + 2), i + 2
        if nxt == "数" or (_match_prefix(self.s, i) is not None and not _CJK.match(nxt)):
            # 半数以上, 近半数, 企业数量过半: half, a share of 50 %
            return self.read_share_of_half(i, i + 2 if nxt == "数" else i + 1)
        unit = _match_unit(self.s, i + 1) if self.s[i - 1] not in _NOT_HALF_BEFORE else None
        if unit is not None and unit[2] in (_K_PHYSICAL, _K_TIME):
            usurf, uname, ukind = unit  # 半斤, 半小时; not 上半年 or 大半年
            end = i + 1 + len(usurf)
            return self.make(i, end, Decimal("0.5"), None, uname, _Q_EXACT, ukind, i, i + 1, unit_surface=usurf), end
        return None

    def read_share_of_half(self, i: int, end: int) -> tuple[Quantity | None, int]:
        """Half as a share of 50 % (一半, 半数, 过半), with the qualifier words around it
        (超过一半, 近半数, 一半以上)."""
        start, qualifier = i, _Q_EXACT
        pre = _match_prefix(self.s, i)
        if pre is not None:
            start, qualifier = pre[0], _QUALIFIER_OF[pre[1]]
        k = _skip_spaces(self.s, end)
        suf = _match_suffix(self.s, k) if self.s[k] in _SUFFIX_FIRST_CHARS else None
        if suf is not None:
            qualifier, end = _QUALIFIER_OF[suf[1]], k + len(suf[0])
        q = self.make(start, end, Decimal(50), None, "%", qualifier, _K_PERCENT, i, i + 1, unit_surface="半")
        return q, end

    def ordinal(self, start: int, r: Reading) -> Quantity:
        """第 and its number (第三, 第十四届's 第十四): an ORDINAL, no unit, no measure."""
        return self.make(
            start,
            r.end,
            r.value,
            None,
            None,
            _Q_EXACT,
            _K_ORDINAL,
            r.start,
            r.end,
            prefix="第",
            has_magnitude=r.has_magnitude,
        )

    def make(
        self,
        start: int,
        end: int,
        value: Decimal,
        upper: Decimal | None,
        unit: str | None,
        qualifier: Qualifier,
        kind: QuantityKind,
        number_start: int,
        number_end: int,
        *,
        prefix: str = "",
        unit_surface: str = "",
        has_magnitude: bool = False,
    ) -> Quantity:
        if has_magnitude:  # 1.5亿 -> 150000000, not 150000000.0 (a number as written keeps its digits: 12.30)
            value = _plain_decimal(value)
            upper = None if upper is None else _plain_decimal(upper)
        return Quantity(  # in the order of its fields
            start,
            end,
            self.text[start:end],
            value,
            upper,
            unit,
            qualifier,
            kind,
            number_start,
            number_end,
            prefix,
            unit_surface,
            has_magnitude,
        )

    # -- everything around one number ----------------------------------------
    def finish(self, i: int, r: Reading, money_prefix: str | None = None) -> tuple[Quantity | None, int]:
        s = self.s
        start, num_end = i, r.end
        value, upper = r.value, r.upper
        qualifier = _QUALIFIER_OF[r.qualifier] if r.qualifier else _Q_EXACT
        unit: str | None = money_prefix
        kind = _K_MONEY if money_prefix else _K_NUMBER
        unit_surface = ""
        prefix = ""
        if r.percent_of:
            scale = {100: 100, 1000: 1000, 10000: 100}[r.percent_of]
            value = plain(r.value * scale)
            upper = None if upper is None else plain(upper * scale)
            unit, kind = ("‰" if r.percent_of == 1000 else "%"), _K_PERCENT
            unit_surface = s[i : i + 3]

        # ---- left context
        before = s[i - 1]
        if before in _OPEN_QUOTES:
            close = self.find_quote_close(num_end)
            if close is not None:
                return None, close
        if s[i - 1] in _FURNITURE_GAP and self.furniture_before(i):
            return None, num_end
        k = i
        while k > 0 and s[k - 1] in _SPACES and i - k < 2:
            k -= 1
        before = s[k - 1]
        if before == "第":
            prefix = "第"
            start = k - 1
        elif before == "每":
            prefix = "每"
        elif (
            before == "前"
            and s[k - 2] not in "提之以目当此年日月天"
            and not (_CJK.match(s[num_end]) and s[num_end] not in "名位强")
        ):
            prefix = "前"
        elif before == "比" and not r.percent_of:
            prefix = "比"
        if not money_prefix and k >= 2 and s[k - 1] in _MONEY_PREFIX_LAST_CHARS:
            mp = _MONEY_PREFIX_BEFORE.search(s, max(0, k - 4), k)
            if mp:
                unit, kind = MONEY_PREFIXES[mp.group()], _K_MONEY
                start = mp.start()
        if before == "负" and r.value >= 0 and not r.percent_of:
            value, start = -value, k - 1
            upper = None if upper is None else -upper
        elif before == "下" and s[k - 2] == "零" and r.value >= 0 and not r.percent_of:
            value, start = -value, k - 2  # 零下四摄氏度: below zero
            upper = None if upper is None else -upper
        pre = _match_prefix(s, start) if s[start - 1] in _PREFIX_GATE else None
        if pre is not None and prefix != "第":
            qualifier = _QUALIFIER_OF[pre[1]]
            start = pre[0]

        # ---- right context
        j = num_end
        j2 = j
        # 1万(含)-5万元, 50万元（含）以上; 23700 余人次
        wrapped = s[j] == "\n" and r.has_chinese is False  # 3200 / 余家: a line wrapped in the phrase
        if (s[j] in _SPACES or wrapped) and s[k0 := _skip_spaces(s, j, newline=wrapped)] in INNER:
            after_q, inner = self.inner_qualifier(k0)
            if inner is not None and (not wrapped or (s.count("\n", j, k0) <= 1 and self.unit_at(after_q, r))):
                j = k0
        j, inner_q = self.inner_qualifier(j) if s[j] in _INNER_FIRST else (j, None)
        if inner_q:
            qualifier = inner_q
        u = self.unit_at(j, r)
        if u is None and s[j] in _SPACES + "\n" and r.has_chinese is False:
            k2 = _skip_spaces(s, j, newline=True)
            if s[j:k2].count("\n") <= 1:  # a line wrapped inside a sentence, not a blank line
                u = self.unit_at(k2, r)
                if u is not None:
                    j = k2
        if u is None and s[j] in _SPACES:
            k2 = _skip_spaces(s, j)
            u = self.unit_at(k2, r)
            if u is not None:
                j = k2
        end = j if (inner_q or j > num_end) and u is None else num_end
        if inner_q:
            end = j
        if u is not None:
            usurf, uname, ukind = u
            j_after = j + len(usurf)
            unit_surface = usurf
            if uname in ("成", "折", "打"):
                special, upper, j_after = self.apply_special(uname, value, upper, r, j_after)
                if special is None:
                    return None, j_after
                value = special
                unit = "%" if uname != "打" else "个"
                kind = _K_PERCENT if uname != "打" else _K_COUNT
            else:
                # dates and years are not quantities
                if uname == "年" and _is_year(r, s, j_after):
                    return None, j_after
                if usurf == "日元" and (s[max(0, r.start - 3) : r.start].rstrip().endswith("月") or s[j + 2] == "宵"):
                    return None, j + 1
                if usurf in DATE_UNITS or usurf == "月" or (usurf == "日" and not s.startswith("日元", j)):
                    if r.value == r.value.to_integral_value() and 0 < r.value <= 31 and not (s[num_end] == "个"):
                        return None, j_after
                if prefix == "第" and usurf not in _ORDINAL_RANK_UNITS:
                    # 第二天, 第3万回: an ordinal; 第十一次, 第十四届, 第五条: a name, nothing returned
                    return (None if usurf in NAMING_ORDINAL_WORDS else self.ordinal(start, r)), j_after
                if usurf in ("届",) or (s[j] in _MEETING_FIRST_CHARS and _MEETING.match(s, j)):
                    return None, j_after
                if not (uname == "元" and kind == _K_MONEY and unit not in (None, "元")):
                    unit, kind = uname, ukind  # (新台币1,035亿元 stays in 新台币: the prefix names the currency)
                if usurf == "%" or usurf == "‰":
                    kind = _K_PERCENT
                if usurf == "块" and _PIECE_CUE.search(s, max(0, start - 24), start):
                    unit, kind = "块", _K_COUNT  # 芯片产量86亿块: pieces, not yuan
            end = j_after
            # 一吨半, 两年半: and a half, when 半 ends the word (两个半导体 is two semiconductors)
            if (
                s[end] == "半"
                and not _CJK.match(s[end + 1])
                and upper is None
                and value == value.to_integral_value()
                and kind in _HALF_KINDS
            ):
                value, end = value + Decimal("0.5"), end + 1
            # 两倍多, 3倍余: more than twice, when 多/余 ends the word (3倍多元化 is no such thing)
            if (
                kind == _K_MULTIPLE
                and s[end] in "多余"
                and not _CJK.match(s[end + 1])
                and upper is None
                and qualifier == _Q_EXACT
            ):
                qualifier, end = _QUALIFIER_OF[INNER[s[end]]], end + 1
            # a compound unit: 瓦时/公斤, 吨/年, 元/吨
            if s[end] == "/" and kind in (_K_PHYSICAL, _K_MONEY):
                per = _match_unit(s, end + 1)
                if per is not None and not per[0].isascii():
                    unit = f"{unit}/{per[1]}"
                    unit_surface = s[j : end + 1 + len(per[0])]
                    end = end + 1 + len(per[0])
            # money: 元 then 角/分, or 整
            if unit == "元":
                value, end = self.money_tail(value, end)
            elif kind == _K_MONEY and unit in SUBUNITS:
                value, end = self.foreign_tail(value, end, SUBUNITS[unit])
            if kind == _K_MONEY and unit == "元":
                for tail in ("人民币", "钱"):
                    if s.startswith(tail, end):
                        end += len(tail)
        else:
            # bare number followed by 月/日: a date
            nxt = s[num_end]
            if nxt in "月日号" and r.value == r.value.to_integral_value() and 0 < r.value <= 31:
                return None, num_end + 1
            if nxt == "年" and _is_year(r, s, num_end + 1):
                return None, num_end + 1
            # 位居全省第二: an ordinal that ends its clause after a verb of ranking is a rank
            if (
                prefix == "第"
                and s[_skip_spaces(s, num_end)] in _CLAUSE_ENDS
                and (
                    _RANKED.search(s, max(0, k - _RANK_REACH), k - 1)
                    or _SCOPE_BEFORE.search(s, max(0, k - 8), k - 1)  # 连续九年全国第一
                )
            ):
                unit = "位"
            # 第三, 第十四 without a unit: a place in an order (第十四届, 第五条: a name, none)
            elif prefix == "第":
                named = s.startswith(_NAMING_ORDINAL_WORDS, _skip_spaces(s, num_end))
                return (None if named else self.ordinal(start, r)), num_end
            if _is_year(r, s, num_end) and r.is_plain_integer and s[num_end] in "-—至到~":
                return None, num_end
            # 角/分 of a formal amount with no 元 (肆角叁分)
            if s[num_end] in "角毛" or (s[num_end] == "分" and not s.startswith("分之", num_end)):
                if any(c in "壹贰叁肆伍陆柒捌玖拾" for c in s[r.start : r.end]) or s[num_end + 1] in "分钱":
                    value2, end2 = self.money_tail(Decimal(0), num_end, first=value)
                    if end2 > num_end:
                        value, end, unit, kind = value2, end2, "元", _K_MONEY
                        unit_surface = "角"
        if prefix == "第" and unit not in ("位", "名") and kind != _K_COUNT:
            return (None if unit_surface in NAMING_ORDINAL_WORDS else self.ordinal(start, r)), end
        if prefix == "第" or (prefix == "前" and unit in ("位", "名", None)):
            kind = _K_RANK
            unit = unit or "位"
            if prefix == "前":
                qualifier = _Q_AT_MOST
                start = k - 1

        # bare 一 before a measure word is an article (一批, 一项), not a count
        if (
            r.end - r.start == 1
            and s[r.start] == "一"
            and unit_surface in ARTICLE_CLASSIFIERS
            and qualifier == _Q_EXACT
            and not prefix
        ):
            return None, end
        # a meeting's ordinal: 四中全会, 二十届
        if unit is None and s[num_end] in _MEETING_FIRST_CHARS and _MEETING.match(s, num_end):
            return None, num_end
        # a number inside a short quoted name (“科技强市26条”, 人才新政“30 条”, “…发展18条措施”)
        close = end
        if unit_surface == "条" and s[end] in _PACKAGE_TAIL_FIRST:
            tail = next((t for t in PACKAGE_TAILS if s.startswith(t, end)), "")
            close = end + len(tail)
        if s[close] in _CLOSE_QUOTES or (s[close] == "\n" and s[close + 1] in _CLOSE_QUOTES):  # (“…25条 / ”)
            opened = max(s.rfind(q, max(0, start - 16), start) for q in _OPEN_QUOTES)
            if opened >= 0 and not any(c in _CLOSE_QUOTES for c in s[opened + 1 : start]):
                return None, close + 1
        # a lone 百 or 千 needs a unit (百余名, 千亿元)
        if r.end - r.start == 1 and s[r.start] in "百千佰仟" and unit is None and not inner_q:
            return None, num_end
        # phone numbers
        if unit is None and r.is_plain_integer and (r.digit_count >= 11 or _PHONE.fullmatch(s[r.start : r.end])):
            return None, num_end

        # a second measure word in brackets: 1800万头（只）, 620家（次）企业 (the count is of either)
        if unit is not None and s[end] in "（(" and s[end + 2] in "）)" and s[end + 1] in _UNITS:
            end += 3
        # suffix qualifiers: 以上, 左右 (one space allowed; after a unit, one line break: a
        # narrow column wraps 50家 / 以上, where a blank line would start a paragraph 以上…)
        k3 = _skip_spaces(s, end, newline=unit is not None) if s[end] in " \t\r\n" else end
        if k3 > end and s.count("\n", end, k3) > 1:
            k3 = _skip_spaces(s, end)
        k3, inner2 = self.inner_qualifier(k3) if s[k3] in _INNER_FIRST else (k3, None)
        suf = _match_suffix(s, k3) if k3 - end <= 2 and s[k3] in _SUFFIX_FIRST_CHARS else None
        if suf is None and inner2 is None and s[end] in "多余" and (unit is None or unit_surface == "成"):
            after = s[end + 1]
            if not _CJK.match(after) or after == "个" or unit_surface == "成":  # 两成多: over 20 %
                qualifier = _QUALIFIER_OF[INNER[s[end]]]
                end += 1
        if suf is not None:
            qualifier = _QUALIFIER_OF[suf[1]]
            end = k3 + len(suf[0])
        elif inner2 is not None and k3 > end:
            end = k3

        # ranges: 3至4个, 20~100, 1万-5万元, 七千到九千亿元
        at = end if unit is None else j2
        rng = self.range_after(at, r, unit, kind, unit_surface, value, num_end) if s[at] in _RANGE_FIRST_CHARS else None
        if rng is None and unit is not None and upper is None and s[end] in _RANGE_FIRST_CHARS:
            rng = self.range_after(end, r, unit, kind, unit_surface, value, num_end)
        if rng is not None and upper is None:
            lo, hi, end2, unit2, kind2, usurf2 = rng
            value, upper, end = lo, hi, end2
            if unit is None and unit2 is not None:
                unit, kind, unit_surface = unit2, kind2, usurf2
            k3 = _skip_spaces(s, end)
            suf = _match_suffix(s, k3)
            if suf is not None and k3 - end <= 2:
                qualifier = _QUALIFIER_OF[suf[1]]
                end = k3 + len(suf[0])
        elif s[end] in "-—至到~" or s.startswith("——", end):
            # a year range (2021—2025年) or a date range (1—11月份)
            second = read_number(s, end + (2 if s.startswith("——", end) else 1))
            if second is not None and unit is None:
                tail = s[second.end]
                if tail in "月日号" or (tail == "年" and _is_year(second, s, second.end + 1)):
                    return None, second.end + 1
        # 比X大/小
        if prefix == "比":
            k4 = _skip_spaces(s, end)
            cmp = s[k4]
            if cmp in _COMPARE_WORDS:
                qualifier = _QUALIFIER_OF[_COMPARE_WORDS[cmp]]
                start = k - 1
                end = k4 + 1
        if unit is None and r.is_plain_integer and s[r.start : r.end].startswith("0") and len(s[r.start : r.end]) > 1:
            # 0471: a code, not a count
            return None, end
        return (
            self.make(
                start,
                end,
                value,
                upper,
                unit,
                qualifier,
                kind,
                r.start,
                r.end,
                prefix=prefix,
                unit_surface=unit_surface,
                has_magnitude=r.has_magnitude,
            ),
            end,
        )

    def unit_at(self, j: int, r: Reading) -> tuple[str, str, QuantityKind] | None:
        s = self.s
        ch = s[j]
        if ch in "成折打":
            if ch == "成" and s[j + 1] not in CHENG_WORDS_NEXT:
                return "成", "成", _K_PERCENT
            if ch == "折" and s[j + 1] not in ZHE_WORDS_NEXT and not r.percent_of:
                return "折", "折", _K_PERCENT
            if ch == "打" and s[j + 1] not in DA_WORDS_NEXT and r.value == r.value.to_integral_value():
                if not _CJK.match(s[j + 1]) or s[j + 1] in "苹鸡蛋啤":
                    return "打", "打", _K_COUNT
        if r.percent_of or ch not in _UNIT_FIRST_CHARS:
            return None
        if ch in "个百":
            return _match_unit(s, j)  # (个百分点, 6.2个和9.1个百分点: read with the patterns)
        return _unit_in_window(s[j : j + _UNIT_WINDOW])  # (_match_unit's look-up, one call less)

    def apply_special(
        self, word: str, value: Decimal, upper: Decimal | None, r: Reading, j: int
    ) -> tuple[Decimal | None, Decimal | None, int]:
        s = self.s
        if word == "成":
            value = value * 10
            upper = None if upper is None else upper * 10
            k = _skip_spaces(s, j)
            if s[k] == "半":
                return value + 5, upper, k + 1
            d = s[k]
            if d in "一二三四五六七八九" and (k + 1 >= self.n or not _CJK.match(s[k + 1]) or s[k + 1] in "，。、,;；"):
                from mengke.data.numerals import DIGITS

                return value + DIGITS[d], upper, k + 1
            return value, upper, j
        if word == "折":
            if value == 10:
                return None, None, j
            if value < 10:
                value = value * 10
            return value, upper, j
        if word == "打":
            return value * 12, None if upper is None else upper * 12, j
        return value, upper, j  # pragma: no cover

    def money_tail(self, value: Decimal, j: int, first: Decimal | None = None) -> tuple[Decimal, int]:
        """角/分 after 元 (五元三毛, 123元1角1分), or 整 (壹佰元整)."""
        s = self.s
        if s[j] in MONEY_CLOSERS:
            return value, j + 1
        total = value
        k = j
        if first is not None:
            sub = s[k]
            if sub in SUBUNITS_OF_YUAN:
                total += first / SUBUNITS_OF_YUAN[sub]
                k += 1
            else:
                return value, j
        consumed = k
        while k < self.n:
            k0 = k
            if s[k] == "零":
                k += 1
            if s[k] == "又":
                k += 1
            r = read_number(s, k)
            if r is None or r.upper is not None or r.is_fraction:
                break
            sub = s[r.end]
            if sub in SUBUNITS_OF_YUAN and not s.startswith("分之", r.end) and not s.startswith("分钟", r.end):
                total += r.value / SUBUNITS_OF_YUAN[sub]
                k = r.end + 1
            else:
                k = k0
                break
            consumed = k
        if s[consumed] == "钱":
            consumed += 1
        return total, consumed

    def foreign_tail(self, value: Decimal, j: int, subunits: dict[str, int]) -> tuple[Decimal, int]:
        """Cents after dollars, sen after yen: 两美元又三美分, 10日元5日本銭."""
        k = j + 1 if self.s[j] in "又零" else j
        r = read_number(self.s, k)
        if r is None or r.upper is not None:
            return value, j
        for word, per in sorted(subunits.items(), key=lambda kv: -len(kv[0])):
            if self.s.startswith(word, r.end):
                return value + r.value / per, r.end + len(word)
        return value, j

    def inner_qualifier(self, j: int) -> tuple[int, Qualifier | None]:
        """余/多 between number and unit (50余名), and (含)."""
        s = self.s
        for mark in ("(含)", "（含）"):
            if s.startswith(mark, j):
                return j + len(mark), None
        ch = s[j]
        if ch in INNER:
            k = _skip_spaces(s, j + 1)
            if _match_unit(s, k) is not None or s[k] in "万亿":
                return k, _QUALIFIER_OF[INNER[ch]]
            if s[k] in "\r\n":  # 2600 余 / 项: a narrow column wrapped the phrase after 余
                k2 = _skip_spaces(s, k, newline=True)
                if s.count("\n", k, k2) <= 1 and _match_unit(s, k2) is not None:
                    return k2, _QUALIFIER_OF[INNER[ch]]
        return j, None

    def range_after(
        self,
        j: int,
        r: Reading,
        unit: str | None,
        kind: QuantityKind,
        unit_surface: str,
        value: Decimal,
        num_end: int,
    ) -> tuple[Decimal, Decimal, int, str | None, QuantityKind, str] | None:
        s = self.s
        k = _skip_spaces(s, j)
        if s[k] not in _RANGE_FIRST_CHARS:
            return None
        between = False
        cm = _CONNECTOR.match(s, k)
        conn = cm.group() if cm else None
        if conn is None:
            m = _BETWEEN.match(s, k)
            if not m or m.end() == k:
                return None
            conn = s[k : m.end()]
            between = True
        k2 = _skip_spaces(s, k + len(conn))
        if s.startswith("负", k2) or (s.startswith("-", k2) and conn != "-"):
            return None
        r2 = read_number(s, k2)
        if r2 is None or r2.upper is not None:
            return None
        if (
            conn == "-"
            and r.is_plain_integer
            and r2.is_plain_integer
            and (r2.digit_count >= 6 or (r.digit_count >= 5 and r2.digit_count >= 5))
        ):
            return None
        end = r2.end
        if between:
            k4 = _skip_spaces(s, end)
            closing = next((w for w in _BETWEEN_END if s.startswith(w, k4)), None)
            if closing is None:
                return None
            return value, r2.value, k4 + len(closing), None, _K_NUMBER, ""
        j3, _ = self.inner_qualifier(end)
        u2 = self.unit_at(j3, r2)
        if u2 is None and s[j3] in _SPACES:
            k3 = _skip_spaces(s, j3)
            u2 = self.unit_at(k3, r2)
            if u2 is not None:
                j3 = k3
        unit2, kind2, usurf2 = None, _K_NUMBER, ""
        lo = value
        hi = _plain_decimal(r2.value) if r2.has_magnitude else r2.value  # (4.5亿: 450000000)
        if u2 is not None:
            usurf2, unit2_name, ukind2 = u2
            if usurf2 in DATE_UNITS or (usurf2 in ("月", "年", "日") and _is_year(r2, s, j3)):
                return None
            if usurf2 in ("月", "日") or (usurf2 == "年" and (_is_year(r, s, 0) or _is_year(r2, s, 0))):
                return None
            if usurf2 == "成":
                lo, hi = lo * 10 if unit != "%" else lo, hi * 10
                unit2, kind2 = "%", _K_PERCENT
            else:
                unit2, kind2 = unit2_name, ukind2
            if unit is not None and unit2 != unit:
                return None
            if unit is not None and (kind == _K_PERCENT_POINT) != (kind2 == _K_PERCENT_POINT):
                return None  # 提高0.2个百分点至1.26%: a change, then the level it reached
            end = j3 + len(usurf2)
            if unit2 == "元":
                hi, end = self.money_tail(hi, end)
                if s.startswith("人民币", end):
                    end += 3
        # 七千到九千亿: the lower end takes the upper end's last multiplier
        if not r.has_magnitude and r2.last_multiplier > 1 and r.upper is None and not r.is_fraction:
            coef = r2.coefficient if r2.coefficient is not None else r2.value
            if r.value < coef or (r.value == coef and r.value < 10):
                lo = _plain_decimal(value * r2.last_multiplier)  # (1.5—2亿元: 150000000, not …0.0)
        latin = LATIN_MAGNITUDES.get(s[r2.end - 1]) if s[r.end - 1] not in LATIN_MAGNITUDES else None
        if latin and not r.has_magnitude and r.upper is None and r.value < r2.value / latin:
            lo = _plain_decimal(value * latin)  # 10~15k元: the lower end takes the upper end's k (or w, M)
            hi = _plain_decimal(hi)
        if unit is None and unit2 is None and (_is_year(r, s, 0) and _is_year(r2, s, 0)):
            return None
        if unit == "%" and unit2 is None and unit_surface == "%":
            unit2 = "%"
        if hi < lo:
            return None
        return lo, hi, end, unit2, kind2, usurf2

    def find_quote_close(self, j: int) -> int | None:
        """End of a short quoted name that holds a number (“1571”, “科技强市26条”), else None."""
        k = j
        limit = min(self.n, j + 8)
        while k < limit:
            if self.s[k] in _CLOSE_QUOTES:
                return k + 1
            if self.s[k] in "，。；,;\n":
                return None
            k += 1
        return None

    def furniture_before(self, i: int) -> bool:
        s = self.s
        k = i
        while k > 0 and s[k - 1] in " \t:：" and i - k < 3:
            k -= 1
        if k == i or s[k:i].strip() == "":
            # only a label followed by a colon counts (浏览次数:8)
            if not any(c in ":：" for c in s[k:i]):
                return False
        for label in FURNITURE_LABELS:
            if label in ("第", "共"):
                continue
            if s.startswith(label, k - len(label)):
                return True
        return False


def _merge_bounds(qs: Iterable[Quantity], s: str, text: str) -> Iterator[Quantity]:  # s: the folded text
    """大于10小于20 / 1000以上，1500以下: a lower and an upper bound side by side make a range."""
    pending: Quantity | None = None
    for b in qs:
        a = pending
        if a is None:
            pending = b
            continue
        if (
            a.qualifier in _BOUNDS
            and b.qualifier in _BOUNDS
            and a.qualifier is not b.qualifier
            and a.upper is None
            and b.upper is None
            and b.start - a.end <= 8
            and _MERGE_GAP.fullmatch(s, a.end, b.start)
            and (a.unit == b.unit or a.unit is None or b.unit is None)
        ):
            lo, hi = (a, b) if a.qualifier == _Q_AT_LEAST else (b, a)
            if lo.value <= hi.value:
                yield attrs.evolve(
                    a,
                    end=b.end,
                    surface=text[a.start : b.end],
                    value=lo.value,
                    upper=hi.value,
                    unit=a.unit or b.unit,
                    qualifier=_Q_EXACT,
                    number_end=b.number_end,
                )
                pending = None
                continue
        yield a
        pending = b
    if pending is not None:
        yield pending


@exact
def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text``, in order; offsets index ``text`` as given."""
    if not text:
        return []
    return _Scanner(text).scan()


@exact
def find_money(text: str) -> list[Quantity]:
    """The amounts of money in ``text`` (kind ``money``: 元, 美元, ￥, 人民币 …), in order.

    The same reading as :func:`find_quantities`, without the counts, percentages and bare
    numbers around the money: for a caller who wants amounts only.
    """
    return [q for q in find_quantities(text) if q.kind == _K_MONEY]


def iter_quantities_folded(text: str, folded: str) -> Iterator[Quantity]:
    """The quantities of ``text`` one at a time, for a caller that holds ``fold(text)``.

    Run it inside mengke's decimal context (:func:`mengke.exact.exact`), as the pipeline does.
    """
    if len(folded) != len(text):
        raise ValueError("folded must be fold(text), of the same length")
    return _Scanner(text, folded).iter_scan() if text else iter(())
