"""mengke: typed, source-grounded records from Chinese science-and-technology news.

The public API: ``extract`` an article into an ``Extraction`` of ``Metric``, ``Policy``
and ``Story`` records; ``find_quantities``, ``find_money`` and ``parse_number`` for the number grammar;
``Extractor``, ``hookimpl`` and friends for plugin authors; ``to_json``/``from_json``.
"""

from __future__ import annotations

from mengke.api import extract
from mengke.article import Article
from mengke.errors import (
    ArticleError,
    ExtractorError,
    MengkeError,
    ParseError,
    PluginError,
    RecordError,
)
from mengke.extractor import Extractor, Layout, StorySpan, StyleMatch
from mengke.hookspecs import hookimpl
from mengke.keys import make_key
from mengke.numbers import Qualifier, Quantity, QuantityKind, find_money, find_quantities, parse_number
from mengke.records import ArticleMeta, Extraction, Metric, MetricKind, Policy, Status, Story
from mengke.serialize import from_json, to_json

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ArticleError",
    "ArticleMeta",
    "Extraction",
    "Extractor",
    "ExtractorError",
    "Layout",
    "MengkeError",
    "Metric",
    "MetricKind",
    "ParseError",
    "PluginError",
    "Policy",
    "Qualifier",
    "Quantity",
    "QuantityKind",
    "RecordError",
    "Status",
    "Story",
    "StorySpan",
    "StyleMatch",
    "__version__",
    "extract",
    "find_money",
    "find_quantities",
    "from_json",
    "hookimpl",
    "make_key",
    "parse_number",
    "to_json",
]
