"""The number grammar: ``parse_number`` for one numeral string, ``find_quantities`` for text."""

from __future__ import annotations

from decimal import Decimal

from mengke.errors import ParseError
from mengke.exact import exact
from mengke.numbers.grammar import parse_whole
from mengke.numbers.normalize import fold
from mengke.numbers.quantity import Qualifier, Quantity, QuantityKind, find_money, find_quantities

__all__ = ["Qualifier", "Quantity", "QuantityKind", "find_money", "find_quantities", "fold", "parse_number"]


@exact
def parse_number(text: str) -> Decimal:
    """Read ``text`` as exactly one number (``一千零五``, ``1.5万``, ``壹仟零伍``, ``百分之五十``).

    Formal money amounts (``壹佰元整``, ``肆角叁分``) give their value in yuan.
    Raises :class:`mengke.ParseError` (a ``ValueError``) naming the offending character.
    """
    if not isinstance(text, str):
        raise ParseError(f"expected a str, got {type(text).__name__}")
    folded = fold(text)
    try:
        return parse_whole(text, folded)
    except ParseError as first:
        stripped = text.strip()
        found = find_quantities(stripped) if stripped else []
        if (
            len(found) == 1
            and found[0].start == 0
            and found[0].end == len(stripped)
            and found[0].upper is None
            and found[0].unit == "元"
        ):
            return found[0].value
        raise first
