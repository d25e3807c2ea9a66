"""mengke: typed, source-grounded records from Chinese science-and-technology news."""

from __future__ import annotations

from mengke.errors import (
    ArticleError,
    ExtractorError,
    MengkeError,
    ParseError,
    PluginError,
    RecordError,
)
from mengke.numbers import Qualifier, Quantity, QuantityKind, find_quantities, parse_number

__version__ = "0.1.0"

__all__ = [
    "ArticleError",
    "ExtractorError",
    "MengkeError",
    "ParseError",
    "PluginError",
    "Qualifier",
    "Quantity",
    "QuantityKind",
    "__version__",
    "find_quantities",
    "parse_number",
]
