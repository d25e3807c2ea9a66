"""mengke plugin: a newspaper page extracted from PDF."""

from __future__ import annotations

from collections.abc import Iterable

from mengke import Extractor, hookimpl
from mengke_newspaper.extractor import NewspaperExtractor

__all__ = ["NewspaperExtractor"]


@hookimpl
def mengke_extractors() -> Iterable[Extractor]:
    return [NewspaperExtractor()]
