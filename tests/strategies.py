"""A small test-only writer of Chinese numerals, and hypothesis strategies built on it."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

LOWER = "零一二三四五六七八九"
CAPITAL = "零壹贰叁肆伍陆柒捌玖"
UNITS_LOWER = ("", "十", "百", "千")
UNITS_CAPITAL = ("", "拾", "佰", "仟")
GROUP_WORDS = ("", "万", "亿", "万亿")
FULL_WIDTH = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")


def _section(x: int, digits: str, units: tuple[str, ...]) -> str:
    out, zero = "", False
    for i in range(3, -1, -1):
        d = x // 10**i % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out += digits[0]
            zero = False
        out += digits[d] + units[i]
    return out


def write_chinese(n: int, *, capital: bool = False) -> str:
    """``n`` (0 <= n < 10**16) in Chinese numerals, as a careful writer would put it."""
    digits, units = (CAPITAL, UNITS_CAPITAL) if capital else (LOWER, UNITS_LOWER)
    if n == 0:
        return digits[0]
    groups = []
    while n:
        groups.append(n % 10000)
        n //= 10000
    out = ""
    gap = False
    for gi in range(len(groups) - 1, -1, -1):
        g = groups[gi]
        if g == 0:
            gap = bool(out)
            continue
        if out and (gap or g < 1000):
            out += digits[0]
        out += _section(g, digits, units) + GROUP_WORDS[gi]
        gap = False
    return out


def spaced(text: str, draw_bits: list[bool]) -> str:
    """Insert a space after some characters (writers and OCR leave them inside numbers)."""
    out = []
    for ch, bit in zip(text, draw_bits + [False] * len(text), strict=False):
        out.append(ch + (" " if bit else ""))
    return "".join(out).rstrip()


integers = st.integers(min_value=0, max_value=10**16 - 1)
magnitudes = st.sampled_from([("万", 10**4), ("亿", 10**8), ("万亿", 10**12), ("千万", 10**7)])
short_decimals = st.decimals(
    min_value=Decimal("0.01"), max_value=Decimal("9999.99"), places=2, allow_nan=False, allow_infinity=False
)
