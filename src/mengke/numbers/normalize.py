"""Fold text one character to one character, so offsets into the folded text are offsets
into the original.

Full-width ASCII (``１２％``) becomes half-width, the ideographic space a space (and so
do zero-width spaces and a BOM),
traditional characters their simplified form (OpenCC's character table), and the
variant forms in :data:`mengke.data.numerals.FOLD` theirs.
Because no character is added or removed, the offset map is the identity: a span found
in ``fold(text)`` slices ``text`` at the same indices.
"""

from __future__ import annotations

import re
from functools import cache

from mengke.data.numerals import FOLD, FORMAL_AFTER, FORMAL_BEFORE

INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060\u00ad"
"""A BOM, zero-width spaces and joiners, a soft hyphen: no letters of the text (fold makes
them spaces; line edges drop them)."""


def _opencc_characters() -> dict[int, str]:
    """OpenCC's traditional -> simplified character table (first reading of each character).

    Read from opencc-python-reimplemented's dictionary; if it is missing, only our own
    table in :data:`mengke.data.numerals.FOLD` folds traditional forms.
    """
    try:
        from importlib.resources import files

        path = files("opencc").joinpath("dictionary", "TSCharacters.txt")
        lines = path.read_text(encoding="utf-8").splitlines()
    except (ImportError, OSError, ModuleNotFoundError):
        return {}
    out: dict[int, str] = {}
    for line in lines:
        src, _, dst = line.partition("\t")
        first = dst.split(" ")[0]
        if len(src) == 1 and len(first) == 1:
            out[ord(src)] = first
    return out


@cache
def _table() -> dict[int, str]:
    table: dict[int, str] = {cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)}
    table[0x3000] = " "  # ideographic space
    table[0x00A0] = " "  # no-break space
    table[0x2002] = " "
    table[0x2003] = " "
    table[0x2009] = " "
    table[0x3007] = "〇"
    for invisible in INVISIBLE:
        table[ord(invisible)] = " "
    table.update(_opencc_characters())
    for src, dst in FOLD.items():
        table[ord(src)] = dst
    del table[ord("，")]  # see fold(): a clause comma unless between full-width digits
    return table


@cache
def _by_char() -> tuple[dict[str, str], re.Pattern[str]]:
    """The table by character, and a character class of the foldable characters in the BMP
    (a class of astral characters is slow in ``re``; text with them is translated instead)."""
    table = {chr(cp): dst for cp, dst in _table().items()}
    bmp = "".join(sorted(ch for ch in table if ord(ch) < 0x10000))
    return table, re.compile("[" + re.escape(bmp) + "]")


def _has_astral(text: str) -> bool:
    """Whether ``text`` has a character outside the BMP (two UTF-16 code units each): an
    encoding pass is ten times faster than a regex scan for such characters."""
    return len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)


_FEW_CHARS = 24  # up to this many distinct characters to fold, str.replace beats str.translate


def _fold_chars(text: str) -> str:
    """``text.translate(_table())``, faster when few distinct characters need folding.

    News text has a handful (full-width brackets and colons); a traditional-character
    article has hundreds, and then one ``translate`` pass is cheaper than many replaces.
    """
    if _has_astral(text):
        return text.translate(_table())
    table, foldable = _by_char()
    present = set(foldable.findall(text))
    if len(present) > _FEW_CHARS:
        return text.translate(_table())
    for ch in present:
        text = text.replace(ch, table[ch])
    return text


@cache
def _sources() -> dict[str, str]:
    """simplified character -> every character that folds to it (itself first)."""
    out: dict[str, str] = {}
    for cp, dst in _table().items():
        out[dst] = out.get(dst, dst) + chr(cp)
    return out


def unfold_pattern(word: str) -> str:
    """A regex source matching ``word`` in any script that folds to it: 本报记者 matches 本報記者.

    For tables written in simplified characters that are matched against text as given.
    """
    sources = _sources()
    parts = []
    for ch in word:
        forms = sources.get(ch, ch)
        parts.append(re.escape(ch) if len(forms) == 1 else "[" + "".join(map(re.escape, forms)) + "]")
    return "".join(parts)


_FORMAL_SAN = re.compile(f"(?<=[{FORMAL_BEFORE}])參|參(?=[{FORMAL_AFTER}])")
# (a pattern that opens with a character class is scanned for fast; a lookbehind is tried everywhere)
_FULL_WIDTH_COMMA = re.compile(r"[０-９]，(?=[０-９]{3})")


def fold(text: str) -> str:
    """Return ``text`` with full-width and traditional forms folded; same length.

    A full-width comma stays a clause comma (，) except between full-width digits
    (４，５６５), where it is a thousands separator; 參 is 参 except among capital numerals
    (參拾萬元), where it is the capital three 叁.
    """
    folded = _fold_chars(text)
    fixes: list[tuple[int, str]] = []
    if "，" in text and _FULL_WIDTH_COMMA.search(text):
        fixes += [(m.start() + 1, ",") for m in _FULL_WIDTH_COMMA.finditer(text)]
    if "參" in text:
        fixes += [(m.start(), "叁") for m in _FORMAL_SAN.finditer(text)]  # 參拾萬元: a capital three
    if fixes:
        chars = list(folded)
        for k, ch in fixes:
            chars[k] = ch
        folded = "".join(chars)
    return folded
