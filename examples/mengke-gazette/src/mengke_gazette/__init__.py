"""mengke plugin: the bulletin layout of the (imaginary) 北疆科技公报."""

from __future__ import annotations

from collections.abc import Iterable

from mengke import Extractor, hookimpl
from mengke_gazette.extractor import GazetteExtractor

__all__ = ["GazetteExtractor"]


@hookimpl
def mengke_extractors() -> Iterable[Extractor]:
    """The one style this plugin provides."""
    return [GazetteExtractor()]
