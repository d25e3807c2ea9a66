"""The generic fallback style: one story, headline and byline if the text opens with them."""

from __future__ import annotations

from collections.abc import Iterable

from mengke.article import Article
from mengke.extractor import Extractor, StyleMatch
from mengke.hookspecs import hookimpl


class GenericExtractor(Extractor):
    """Any text: scores a low constant so that every specific style wins over it."""

    name = "generic"
    description = "any text: one story, headline and byline if it opens with them"

    def score(self, article: Article) -> StyleMatch:
        return StyleMatch(0.1, ("fallback for any text",))


@hookimpl
def mengke_extractors() -> Iterable[Extractor]:
    return [GenericExtractor()]
