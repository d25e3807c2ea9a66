"""mengke plugin: the feature style."""

from __future__ import annotations

from collections.abc import Iterable

from mengke import Extractor, hookimpl
from mengke_feature.extractor import FeatureExtractor

__all__ = ["FeatureExtractor"]


@hookimpl
def mengke_extractors() -> Iterable[Extractor]:
    return [FeatureExtractor()]
