"""The numeral grammar: read one number at a position of folded text.

A number is a run of tokens: Arabic numbers (``1,005.5``, ``2e5``, ``15k``), Chinese
digits, units (十百千), magnitudes (万亿兆), the decimal word 点, fractions (``三分之一``,
``3/5``), mixed forms (``1.5万``, ``4千万亿``, ``3万4000``), digit-by-digit readings
(``二〇〇二``), elided tails (``一万三`` = 13000) and adjacent-digit ranges (``三四十``).

:func:`read_number` reads the longest number starting at an index and reports where it
ends; :func:`parse_whole` insists the whole string is one number. Values are exact
``Decimal``; only fractions divide (with 28 significant digits).
"""

from __future__ import annotations

import re
from decimal import Decimal, localcontext

import attrs

from mengke.data.numerals import (
    CHINESE_DIGITS,
    DIGITS,
    LATIN_MAGNITUDES,
    MAGNITUDES,
    TENS_WORDS,
    UNITS,
)
from mengke.data.units import UNITS as MEASURE_UNITS
from mengke.errors import ParseError

# Digit runs are read at most 40 digits at a time: a longer run is a code, and the cap
# keeps reading linear on any input.
_ARABIC = re.compile(
    r"\d{1,3}(?:[,，]\d{3}){1,12}\.\d{1,20}|\d{1,3}(?:,\d{3}){1,12}(?:\.\d{1,20})?|\d{1,40}(?:\.\d{1,20})?|\.\d{1,20}"
)
_EXPONENT = re.compile(r"[eE]([+-]?\d{1,3})(?![A-Za-z])")
_POWER = re.compile(r"\^([+-]*)(\d{1,3})")
_SLASH_FRACTION = re.compile(r"\s?/\s?(\d+)(?![\d.,])")
_MIXED_FRACTION = re.compile(r"[ \t](\d+)[ \t]?/[ \t]?(\d+)(?![\d.,])")
_SPACES = " \t"
_ZERO = Decimal(0)
_MINUS_ONE = Decimal(-1)
_DEC_DIGITS = {ch: Decimal(v) for ch, v in DIGITS.items()}
_DEC_UNITS = {ch: Decimal(v) for ch, v in UNITS.items()}
_DEC_MAGNITUDES = {ch: Decimal(v) for ch, v in MAGNITUDES.items()}
_DEC_TENS_WORDS = {ch: Decimal(v) for ch, v in TENS_WORDS.items()}
_SPACED_PERCENT_WORD = re.compile(r"([百千万佰仟])[ \t]*分[ \t]*之[ \t]*")
_PERCENT_WORDS = (("百分之", 100), ("千分之", 1000), ("万分之", 10000), ("佰分之", 100), ("仟分之", 1000))
_APPROX_INSIDE = "余多"
_PLACEHOLDER = "几数"
_RANGE_PAIRS = {(d, d + 1) for d in range(1, 9)} | {(3, 5)}


@attrs.define
class Reading:
    """One number read from text: its value and where it starts and ends. (The fast paths
    build it positionally: keep the order of the fields.)"""

    value: Decimal
    start: int
    end: int
    upper: Decimal | None = None
    qualifier: str | None = None
    last_multiplier: int = 1
    coefficient: Decimal | None = None
    has_chinese: bool = False
    has_magnitude: bool = False
    is_plain_integer: bool = False
    digit_count: int = 0
    is_fraction: bool = False
    percent_of: int | None = None


# Units whose first character is also a numeral (千瓦, 千克, 兆瓦): a number stops before them.
_PREFIXED_UNITS = tuple(w for w in MEASURE_UNITS if len(w) > 1 and w[0] in "十百千万亿兆" and not w.startswith("百分"))


class _Tok:
    """One token of a numeral run (a plain slotted class: created and read on the hot path)."""

    __slots__ = ("end", "kind", "start", "text", "value")

    def __init__(self, kind: str, value: Decimal, start: int, end: int, text: str = "") -> None:
        self.kind = (
            kind  # A arabic, D digit, U unit, M magnitude, T tens word, P point, X 余多, J 几数, F 分之, Y 又, G 个
        )
        self.value = value
        self.start = start
        self.end = end
        self.text = text


def _wrapped_magnitude(s: str, j: int) -> int | None:
    """Where 万 or 亿 begins after the one line break (and indent) at ``s[j]``, else None:
    a narrow column wraps a number before its magnitude (突破2000⏎万千瓦)."""
    k = j + (2 if s.startswith("\r\n", j) else 1)
    while k < len(s) and k - j < 6 and s[k] in " \t\u3000":
        k += 1
    return k if k < len(s) and s[k] in _WRAP_MAGNITUDES else None


_WRAP_MAGNITUDES = "万亿"


def _is_numeral_char(ch: str) -> bool:
    return (ch.isdigit() and ch.isascii()) or ch in CHINESE_DIGITS or ch in UNITS or ch in MAGNITUDES


def _tokenize(s: str, i: int, limit: int = 64) -> list[_Tok]:
    """Tokens of the numeral run starting at ``i`` (at most ``limit`` tokens)."""
    toks: list[_Tok] = []
    j, n = i, len(s)
    while j < n and len(toks) < limit:
        ch = s[j]
        if ch.isascii() and (ch.isdigit() or (ch == "." and j + 1 < n and s[j + 1].isdigit())):
            if toks and toks[-1].kind == "A":
                break
            m = _ARABIC.match(s, j)
            if m is None:  # pragma: no cover - guarded by the test above
                break
            raw = m.group()
            value = Decimal(raw.replace(",", "").replace("，", ""))
            end = m.end()
            e = _EXPONENT.match(s, end)
            if e and "." not in raw[-1:]:
                value = value.scaleb(int(e.group(1)))
                end = e.end()
            p = _POWER.match(s, end)
            if p:
                exponent = int(p.group(2)) * (-1 if p.group(1).count("-") % 2 else 1)
                with localcontext() as ctx:
                    ctx.prec = 28
                    value = value**exponent
                end = p.end()
            k = end + 1 if end < n and s[end] == " " else end
            if k < n and s[k] in LATIN_MAGNITUDES and (k + 1 >= n or not s[k + 1].isascii() or not s[k + 1].isalpha()):
                value *= LATIN_MAGNITUDES[s[k]]
                end = k + 1
            toks.append(_Tok("A", value, j, end, raw))
            j = end
        elif ch in DIGITS:
            toks.append(_Tok("D", _DEC_DIGITS[ch], j, j + 1, ch))
            j += 1
        elif (ch in UNITS or ch in MAGNITUDES) and s.startswith(_PREFIXED_UNITS, j):
            break  # 30万千瓦, 100兆瓦: 千/兆 begin the unit (kilowatt, megawatt), not the number
        elif ch in UNITS:
            toks.append(_Tok("U", _DEC_UNITS[ch], j, j + 1, ch))
            j += 1
        elif ch in MAGNITUDES:
            toks.append(_Tok("M", _DEC_MAGNITUDES[ch], j, j + 1, ch))
            j += 1
        elif ch in TENS_WORDS:
            toks.append(_Tok("T", _DEC_TENS_WORDS[ch], j, j + 1, ch))
            j += 1
        elif ch == "点" and toks:
            toks.append(_Tok("P", _ZERO, j, j + 1, ch))
            j += 1
        elif ch in _APPROX_INSIDE and toks:
            toks.append(_Tok("X", _ZERO, j, j + 1, ch))
            j += 1
        elif ch in _PLACEHOLDER and (ch == "几" or (j + 1 < n and s[j + 1] in "十百千万亿")):
            toks.append(_Tok("J", _ZERO, j, j + 1, ch))
            j += 1
        elif ch == "分" and s.startswith("分之", j):
            toks.append(_Tok("F", _ZERO, j, j + 2, "分之"))
            j += 2
        elif ch == "分" and j + 1 < n and s[j + 1] in _SPACES:
            k = j + 1
            while k < n and s[k] in _SPACES:
                k += 1
            if k < n and s[k] == "之":
                toks.append(_Tok("F", _ZERO, j, k + 1, s[j : k + 1]))
                j = k + 1
            else:
                break
        elif ch == "之" and toks and toks[-1].kind == "F":
            break
        elif ch == "又" and toks:
            toks.append(_Tok("Y", _ZERO, j, j + 1, ch))
            j += 1
        elif ch == "个" and toks and j + 1 < n and s[j + 1] in MAGNITUDES:
            toks.append(_Tok("G", _ZERO, j, j + 1, ch))
            j += 1
        elif ch == "负" and (not toks or toks[-1].kind == "F"):
            toks.append(_Tok("S", _MINUS_ONE, j, j + 1, ch))
            j += 1
        elif ch in "\r\n" and toks and toks[-1].kind in "AD":
            wrapped = _wrapped_magnitude(s, j)
            if wrapped is None:
                break
            j = wrapped  # 突破2000⏎万千瓦: a column's line break before the magnitude, inside the number
        elif ch in _SPACES and toks:
            k = j
            while k < n and s[k] in _SPACES and k - j < 6:
                k += 1
            if k >= n:
                break
            nxt = s[k]
            prev_arabic = toks[-1].kind == "A"
            if nxt.isascii() and nxt.isdigit():
                if prev_arabic or toks[-1].kind in "DJ":
                    break
            elif not (
                _is_numeral_char(nxt)
                or nxt in "点又"
                or nxt in _APPROX_INSIDE
                or nxt == "几"
                or re.match(r"分[ \t]*之", s[k : k + 8]) is not None
            ):
                break
            j = k
        else:
            break
    # trailing tokens that cannot end a number
    while toks and toks[-1].kind in "PXYGFS":
        toks.pop()
    return toks


class _State:
    """The running sums of one integer being parsed (see ``_parse_integer``)."""

    __slots__ = (
        "decimal_chunk",
        "has_magnitude",
        "last_mag",
        "last_mult",
        "last_unit",
        "num",
        "num_is_digit",
        "num_tok",
        "prev",
        "qualifier",
        "section",
        "total",
        "zero_before_num",
    )

    def __init__(self) -> None:
        self.total = _ZERO
        self.section = _ZERO
        self.num: Decimal | None = None
        self.num_tok = -1
        self.num_is_digit = False
        self.last_mag = 0
        self.last_unit = 0
        self.last_mult = 1
        self.prev = ""
        self.zero_before_num = False
        self.decimal_chunk = False
        self.qualifier: str | None = None
        self.has_magnitude = False


def _parse_integer(toks: list[_Tok], k: int, strict: bool, ji: tuple[int, int]) -> tuple[Decimal, int, _State] | None:
    """Parse a (possibly mixed) integer or Arabic decimal from ``toks[k:]``.

    Returns the value, the index of the first unused token and the final state.
    ``ji`` gives the values a placeholder 几/数 takes when leading and when trailing.
    """
    st = _State()
    start_k = k
    while k < len(toks):
        t = toks[k]
        if t.kind == "A":
            if st.num is not None or (st.prev == "M" and st.decimal_chunk):
                break
            if st.prev == "A":
                break
            st.num, st.num_tok, st.num_is_digit = t.value, k, False
            st.zero_before_num = st.prev == "Z"
            if t.value != t.value.to_integral_value():
                st.decimal_chunk = True
            st.prev = "A"
        elif t.kind == "D":
            if st.num is not None:
                break
            if st.prev == "M" and st.decimal_chunk:
                break
            if t.value == 0:
                if st.prev == "Z":
                    break
                st.prev = "Z"
                k += 1
                continue
            st.num, st.num_tok, st.num_is_digit = t.value, k, True
            st.zero_before_num = st.prev == "Z"
            st.prev = "D"
        elif t.kind == "J":
            if st.num is not None:
                break
            lead = st.prev in ("", "S")
            if lead and (k + 1 >= len(toks) or toks[k + 1].kind not in "UM"):
                break
            st.num = Decimal(ji[0] if lead else ji[1])
            st.num_tok, st.num_is_digit = k, False
            st.prev = "J"
        elif t.kind == "T":
            if st.num is not None or st.section:
                break
            st.section += t.value
            st.last_unit, st.last_mult = 10, 10
            st.prev = "U"
        elif t.kind == "U":
            u = int(t.value)
            if st.num is None:
                if st.prev == "":
                    if strict and u != 10:
                        return None
                elif st.prev not in ("Z", "U", "M", "X"):
                    break
                if st.prev == "U" and u >= st.last_unit:
                    break
                num = Decimal(1)
            else:
                num = st.num
                if st.last_unit and u >= st.last_unit:
                    # 十一十二: the digit starts a new number
                    k = st.num_tok
                    st.num = None
                    break
                if not st.num_is_digit and st.prev == "A" and st.num >= 10 and u != 10 and st.section:
                    break
            if st.decimal_chunk and st.prev == "A" and u < 1000:
                break
            st.section += num * u
            st.num = None
            st.last_unit = u
            st.last_mult = u
            st.prev = "U"
        elif t.kind == "M":
            m = int(t.value)
            chunk = st.section + (st.num or 0)
            if chunk == 0:
                if st.prev in ("M", "X") and st.total:
                    st.total *= m
                    st.last_mag = max(st.last_mag, m)
                    st.last_mult = m
                    st.prev = "M"
                    st.has_magnitude = True
                    k += 1
                    continue
                break
            if m > st.last_mag or st.last_mag == 0:
                st.total = (st.total + chunk) * m
            else:
                st.total += chunk * m
            st.last_mag = m
            st.section = Decimal(0)
            st.num = None
            st.last_unit = 0
            st.last_mult = m
            st.has_magnitude = True
            st.prev = "M"
        elif t.kind == "X":
            nxt = toks[k + 1].kind if k + 1 < len(toks) else ""
            if nxt not in ("U", "M") or st.prev not in ("U", "D", "A", "M"):
                break
            if nxt == "U" and st.prev in ("U", "D"):
                break
            if st.num is not None:
                st.section += st.num
                st.num = None
            st.qualifier = "at_least"
            st.prev = "X"
        elif t.kind == "G":
            if st.num is None and st.prev != "U":
                break
            pass  # 两个亿: the measure word between number and magnitude is skipped
        else:
            break
        k += 1
    if k == start_k:
        return None
    if st.prev == "Z" and st.num is None and not st.section and not st.total:
        # a lone 零
        return Decimal(0), k, st
    if st.num is None and not st.section and not st.total:
        return None
    num = st.num or Decimal(0)
    if (
        st.num is not None
        and st.num_is_digit
        and not st.zero_before_num
        and st.prev == "D"
        and st.last_mult >= 100
        and toks[st.num_tok - 1].kind in ("U", "M")
    ):
        num = num * st.last_mult / 10  # 一万三 = 13000, 两千四百五 = 2450
    value = st.total + st.section + num
    return value, k, st


def _digits_string(toks: list[_Tok], k: int) -> tuple[str, int]:
    out = []
    while k < len(toks) and toks[k].kind == "D":
        out.append(str(int(toks[k].value)))
        k += 1
    return "".join(out), k


def _read_simple(toks: list[_Tok], k: int, strict: bool) -> tuple[Reading, int] | None:
    """A number without fractions: direct readings, ranges of adjacent digits, decimals."""
    if k >= len(toks):
        return None
    sign = Decimal(1)
    if toks[k].kind == "S":
        sign = Decimal(-1)
        k += 1
        if k >= len(toks):
            return None
    first = k
    # digit-by-digit: 一二三, 二〇〇二, 一二点三零; or a range of two adjacent digits
    run, k2 = _digits_string(toks, k)
    if len(run) >= 2:
        nxt = toks[k2].kind if k2 < len(toks) else ""
        if nxt in ("U", "M") and len(run) == 2 and not strict:
            d1, d2 = int(run[0]), int(run[1])
            if (d1, d2) in _RANGE_PAIRS:
                mult = Decimal(1)
                k3 = k2
                while k3 < len(toks) and toks[k3].kind in ("U", "M"):
                    mult *= toks[k3].value
                    k3 += 1
                return (
                    Reading(
                        value=sign * d1 * mult,
                        upper=sign * d2 * mult,
                        start=toks[first].start,
                        end=toks[k3 - 1].end,
                        last_multiplier=int(mult),
                        coefficient=Decimal(d1),
                        has_chinese=True,
                        has_magnitude=mult >= 10000,
                        qualifier="approx",
                    ),
                    k3,
                )
            return None
        if nxt in ("U", "M", "J", "X"):
            return None
        text = run
        end_k = k2
        if k2 + 1 < len(toks) and toks[k2].kind == "P" and toks[k2 + 1].kind == "D":
            frac, end_k = _digits_string(toks, k2 + 1)
            text = f"{run}.{frac}"
        if not strict and len(run) == 2 and text == run:
            d1, d2 = int(run[0]), int(run[1])
            if (d1, d2) in _RANGE_PAIRS:
                return (
                    Reading(
                        value=sign * d1,
                        upper=sign * d2,
                        start=toks[first].start,
                        end=toks[k2 - 1].end,
                        coefficient=Decimal(d1),
                        has_chinese=True,
                        qualifier="approx",
                    ),
                    k2,
                )
        return (
            Reading(
                value=sign * Decimal(text),
                start=toks[first].start,
                end=toks[end_k - 1].end,
                has_chinese=True,
                digit_count=len(run),
                is_plain_integer="." not in text,
            ),
            end_k,
        )
    has_ji = any(t.kind == "J" and t.text == "数" for t in toks[k : k + 16])
    has_ji_loose = any(t.kind == "J" and t.text == "几" for t in toks[k : k + 16])
    parsed = _parse_integer(toks, k, strict, (1, 0))
    if parsed is None:
        return None
    value, k2, st = parsed
    upper: Decimal | None = None
    if has_ji:
        hi = _parse_integer(toks, k, strict, (10, 10))
        if hi is not None and hi[1] == k2 and hi[0] != value:
            upper = sign * hi[0]
    if has_ji_loose and upper is None:
        st.qualifier = "at_least"
    used = toks[k:k2]
    has_chinese = any(t.kind != "A" for t in used)
    coefficient = value / st.last_mult if st.last_mult > 1 else value
    # decimal part: 十五点七, 两千万点五五四四, 四百 点 五, 一百点123
    if k2 + 1 < len(toks) and toks[k2].kind == "P" and not st.decimal_chunk:
        after_point = toks[k2 + 1]
        frac = ""
        k3 = k2 + 1
        if after_point.kind == "D":
            frac, k3 = _digits_string(toks, k2 + 1)
        elif after_point.kind == "A" and after_point.text.isdigit():
            frac, k3 = after_point.text, k2 + 2
        if frac:
            value = value + Decimal("0." + frac)
            k2 = k3
            has_chinese = True
            mult = Decimal(1)
            while k2 < len(toks) and toks[k2].kind == "M" and not st.has_magnitude:
                mult *= toks[k2].value
                k2 += 1
            if mult > 1:
                value *= mult
                st.last_mult = int(mult)
                st.has_magnitude = True
            coefficient = value / mult
    plain = len(used) == 1 and used[0].kind == "A" and used[0].text.isdigit()
    return (
        Reading(
            value=sign * value,
            upper=upper,
            start=toks[first].start,
            end=toks[k2 - 1].end,
            qualifier=st.qualifier,
            last_multiplier=st.last_mult,
            coefficient=sign * coefficient,
            has_chinese=has_chinese,
            has_magnitude=st.has_magnitude,
            is_plain_integer=plain,
            digit_count=len(used[0].text) if plain else 0,
        ),
        k2,
    )


# Characters that may continue a number after Arabic digits (then the full grammar reads it).
_CONTINUES = (
    frozenset(DIGITS)
    | frozenset(UNITS)
    | frozenset(MAGNITUDES)
    | frozenset(TENS_WORDS)
    | frozenset("点分又个^eEkKwWM/.,，余多几数之")
)


_SINGLE_MAGNITUDES = frozenset("万亿")


def _read_plain_arabic(s: str, i: int) -> Reading | None:
    """The common case on a fast path: Arabic digits, perhaps with one 万 or 亿, that nothing
    after them continues (420 家, 1.5亿元)."""
    if i >= len(s) or not ("0" <= s[i] <= "9"):
        return None
    m = _ARABIC.match(s, i)
    if m is None:
        return None
    end = m.end()
    n = len(s)
    magnitude = None
    if end < n and s[end] in _SINGLE_MAGNITUDES and not (end + 1 < n and s[end + 1] in _CONTINUES):
        magnitude = s[end]  # 20亿, 1.5万: one magnitude and nothing more
        end += 1
    if end < n:
        nxt = s[end]
        if nxt in "\r\n" and _wrapped_magnitude(s, end) is not None:
            return None  # (2000⏎万千瓦: the full grammar reads across the break)
        if nxt in _CONTINUES and not (nxt == "个" and s[end + 1 : end + 2] not in MAGNITUDES):
            return None  # (个 continues a number only before a magnitude: 两个亿)
        if nxt in _SPACES:
            k = end
            while k < n and s[k] in _SPACES:
                k += 1
            if k < n and s[k] in _CONTINUES:
                return None
    raw = m.group()
    value = Decimal(raw.replace(",", "").replace("，", "") if "," in raw or "，" in raw else raw)
    if magnitude is not None:
        if not value:
            return None  # 0万: the full grammar decides
        multiplier = MAGNITUDES[magnitude]
        # (positional, in the order of the fields: the hot path)
        return Reading(
            value * _DEC_MAGNITUDES[magnitude], i, end, None, None, multiplier, value, True, multiplier >= 10000
        )
    plain = raw.isdigit()
    return Reading(value, i, end, None, None, 1, value, False, False, plain, len(raw) if plain else 0)


def _read_lone_chinese_digit(s: str, i: int) -> Reading | None:
    """Another common case: one Chinese digit that nothing continues (三年, 两个, 一批)."""
    ch = s[i]
    if ch not in CHINESE_DIGITS:
        return None
    nxt = s[i + 1 : i + 2]
    if nxt and (nxt in _CONTINUES or nxt in _SPACES or nxt in _PLACEHOLDER or nxt == "负"):
        return None
    value = _DEC_DIGITS[ch]
    return Reading(value, i, i + 1, None, None, 1, value, True)


def plain(d: Decimal) -> Decimal:
    """``d`` without trailing zeros and never in exponent form (20, not 2E+1; 0.4, not 0.40)."""
    d = d.normalize()
    return d.quantize(Decimal(1)) if d == d.to_integral_value() else d


def _divide(a: Decimal, b: Decimal) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = 28
        return plain(a / b) if b else a


def read_number(s: str, i: int, *, strict: bool = False) -> Reading | None:
    """Read the longest number starting at ``s[i]`` (``s`` already folded)."""
    fast = _read_plain_arabic(s, i) or _read_lone_chinese_digit(s, i)
    if fast is not None:
        return fast
    toks = _tokenize(s, i)
    if not toks:
        return None
    got = _read_simple(toks, 0, strict)
    if got is None:
        return None
    reading, k = got
    # Arabic fraction 3/5, and a whole number before it: 1 3/5
    if toks[k - 1].kind == "A" and reading.upper is None and reading.is_plain_integer:
        mixed = _MIXED_FRACTION.match(s, reading.end)
        if mixed and int(mixed.group(2)) != 0:
            frac_value = _divide(Decimal(mixed.group(1)), Decimal(mixed.group(2)))
            value = reading.value - frac_value if reading.value < 0 else reading.value + frac_value
            return attrs.evolve(
                reading,
                value=value,
                end=mixed.end(),
                is_fraction=True,
                is_plain_integer=False,
                coefficient=None,
                digit_count=0,
            )
    if toks[k - 1].kind == "A" and reading.upper is None:
        m = _SLASH_FRACTION.match(s, reading.end)
        if m and int(m.group(1)) != 0 and reading.value == reading.value.to_integral_value():
            value = _divide(reading.value, Decimal(m.group(1)))
            return attrs.evolve(
                reading,
                value=value,
                end=m.end(),
                is_fraction=True,
                is_plain_integer=False,
                upper=None,
                coefficient=None,
                digit_count=0,
            )
    if k < len(toks) and toks[k].kind == "F":
        den = reading
        num_got = _read_simple(toks, k + 1, strict)
        if num_got is None:
            return reading if not strict else None
        numr, _ = num_got
        if den.value == 0:
            return None
        value = _divide(numr.value, den.value)
        if den.value < 0 and numr.value < 0:
            value = abs(value)
        percent_of = int(den.value) if den.value in (100, 1000, 10000) and den.coefficient in (None, 1) else None
        return Reading(
            value=value,
            start=den.start,
            end=numr.end,
            has_chinese=True,
            is_fraction=True,
            percent_of=percent_of,
            upper=None,
            coefficient=numr.value,
        )
    if k < len(toks) and toks[k].kind == "Y":
        frac = read_number(s, toks[k + 1].start, strict=strict) if k + 1 < len(toks) else None
        if frac is not None and frac.is_fraction:
            whole = reading.value
            value = whole - frac.value if whole < 0 else whole + frac.value
            return attrs.evolve(
                reading,
                value=value,
                end=frac.end,
                is_fraction=True,
                is_plain_integer=False,
                coefficient=None,
                digit_count=0,
            )
    return reading


def read_percent_word(s: str, i: int) -> Reading | None:
    """Read ``百分之N`` / ``千分之N`` / ``万分之N`` (the denominator written alone)."""
    den = 0
    for word, denominator in _PERCENT_WORDS:
        if s.startswith(word, i):
            j, den = i + len(word), denominator
            break
    if not den:
        # spaced form: 百 分 之
        m = _SPACED_PERCENT_WORD.match(s, i)
        if not m:
            return None
        den = {"百": 100, "佰": 100, "千": 1000, "仟": 1000, "万": 10000}[m.group(1)]
        j = m.end()
    while j < len(s) and s[j] in _SPACES:
        j += 1
    neg = s.startswith("负", j) or s.startswith("-", j)
    numr = read_number(s, j + 1 if neg else j)
    if numr is None:
        if s.startswith("百", j) and den == 100:  # 百分之百
            return Reading(
                value=Decimal(1),
                start=i,
                end=j + 1,
                has_chinese=True,
                percent_of=100,
                coefficient=Decimal(100),
                is_fraction=True,
            )
        return None
    value = -numr.value if neg else numr.value
    return Reading(
        value=_divide(value, Decimal(den)),
        start=i,
        end=numr.end,
        has_chinese=True,
        percent_of=den,
        coefficient=value,
        is_fraction=True,
        upper=None if numr.upper is None else _divide(numr.upper, Decimal(den)),
        qualifier=numr.qualifier,
        has_magnitude=numr.has_magnitude,
    )


def parse_whole(text: str, folded: str) -> Decimal:
    """Parse ``folded`` (the folded ``text``) as exactly one number or raise ParseError."""
    stripped = folded.strip()
    if not stripped:
        raise ParseError("empty text is not a number", text=text, position=0)
    offset = folded.index(stripped[0])
    s = stripped
    neg = False
    i = 0
    if s[0] == "-" and len(s) > 1:
        neg, i = True, 1
    reading = read_number(s, i, strict=True)
    if reading is None:
        pw = read_percent_word(s, i)
        if pw is not None and pw.end == len(s) and pw.coefficient is not None:
            return -pw.coefficient if neg else pw.coefficient
        bad = i
        raise ParseError(f"no number starts at {text[offset + bad]!r}", text=text, position=offset + bad)
    end = reading.end
    rest = s[end:].rstrip()
    if rest:
        pos = offset + end
        raise ParseError(f"unexpected {text[pos]!r} after the number {text[offset:pos]!r}", text=text, position=pos)
    if reading.upper is not None:
        raise ParseError("a range is not one number", text=text, position=offset)
    return -reading.value if neg else reading.value
