"""Fold text one character to one character, so offsets into the folded text are offsets
into the original.

Full-width ASCII (``１２％``) becomes half-width, the ideographic space a space, and the
traditional or variant forms in :data:`mengke.data.numerals.FOLD` their simplified form.
Because no character is added or removed, the offset map is the identity: a span found
in ``fold(text)`` slices ``text`` at the same indices.
"""

from __future__ import annotations

import re
from functools import cache

from mengke.data.numerals import FOLD


@cache
def _table() -> dict[int, str]:
    table: dict[int, str] = {cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)}
    table[0x3000] = " "  # ideographic space
    table[0x00A0] = " "  # no-break space
    table[0x2002] = " "
    table[0x2003] = " "
    table[0x2009] = " "
    table[0x3007] = "〇"
    for src, dst in FOLD.items():
        table[ord(src)] = dst
    del table[ord("，")]  # see fold(): a clause comma unless between full-width digits
    return table


_FULL_WIDTH_COMMA = re.compile(r"(?<=[０-９])，(?=[０-９]{3})")


def fold(text: str) -> str:
    """Return ``text`` with full-width and traditional forms folded; same length.

    A full-width comma stays a clause comma (，) except between full-width digits
    (４，５６５), where it is a thousands separator.
    """
    folded = text.translate(_table())
    if "，" in text and _FULL_WIDTH_COMMA.search(text):
        chars = list(folded)
        for m in _FULL_WIDTH_COMMA.finditer(text):
            chars[m.start()] = ","
        folded = "".join(chars)
    return folded
