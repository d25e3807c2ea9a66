"""mengke plugin: the portal style."""

from __future__ import annotations

from collections.abc import Iterable

from mengke import Extractor, hookimpl
from mengke_portal.extractor import PortalExtractor

__all__ = ["PortalExtractor"]


@hookimpl
def mengke_extractors() -> Iterable[Extractor]:
    return [PortalExtractor()]
