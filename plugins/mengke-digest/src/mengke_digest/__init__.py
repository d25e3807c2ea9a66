"""mengke plugin: the digest style."""

from __future__ import annotations

from collections.abc import Iterable

from mengke import Extractor, hookimpl
from mengke_digest.extractor import DigestExtractor

__all__ = ["DigestExtractor"]


@hookimpl
def mengke_extractors() -> Iterable[Extractor]:
    return [DigestExtractor()]
