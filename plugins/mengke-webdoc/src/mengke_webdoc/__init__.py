"""mengke plugin: the webdoc style."""

from __future__ import annotations

from collections.abc import Iterable

from mengke import Extractor, hookimpl
from mengke_webdoc.extractor import WebDocumentExtractor

__all__ = ["WebDocumentExtractor"]


@hookimpl
def mengke_extractors() -> Iterable[Extractor]:
    return [WebDocumentExtractor()]
