"""The extractor contract that every article style implements, built-in or third-party.

An extractor scores an article (how sure it is that the page is in its style) and
reads it: the page's metadata, its stories, and the spans to ignore (chrome, photo
captions, paragraphs repeated by a copy error). Most styles only implement
:meth:`Extractor.score` and :meth:`Extractor.read_layout`; the inherited
:meth:`Extractor.extract` hands the layout to the shared metric and policy
recognisers. Override ``extract`` only to change what the recognisers see.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import ClassVar

import attrs

from mengke.article import Article
from mengke.records import ArticleMeta, Extraction


@attrs.frozen
class StyleMatch:
    """How well an article fits a style: 0.0 (not mine) to 1.0 (certain), with reasons."""

    score: float = attrs.field(validator=attrs.validators.and_(attrs.validators.ge(0.0), attrs.validators.le(1.0)))
    reasons: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class StorySpan:
    """A story as an extractor found it: headline, span, authors.

    ``segments`` are extra spans that belong to the story although they sit elsewhere on
    the page (a continuation printed before the story's own headline).
    """

    title: str | None
    start: int
    end: int
    authors: tuple[str, ...] = ()
    segments: tuple[tuple[int, int], ...] = ()


@attrs.frozen(kw_only=True)
class Layout:
    """What an extractor reads off a page before the shared recognisers run."""

    stories: tuple[StorySpan, ...]
    meta: ArticleMeta = attrs.field(factory=ArticleMeta)
    skip: tuple[tuple[int, int], ...] = ()
    """Spans whose figures and policies are not reported (chrome, captions, repeats)."""
    notes: tuple[str, ...] = ()


class Extractor(ABC):
    """Base class of an article style. Subclasses set ``name`` and implement ``score``."""

    name: ClassVar[str]
    """Unique ASCII style id, e.g. ``newspaper_page``."""
    description: ClassVar[str] = ""

    @abstractmethod
    def score(self, article: Article) -> StyleMatch:
        """How sure this extractor is that ``article`` is in its style."""

    def read_layout(self, article: Article) -> Layout:
        """Stories, metadata and spans to skip; the default is one story over the whole text."""
        from mengke.layout import generic_layout

        return generic_layout(article)

    def extract(self, article: Article) -> Extraction:
        """Read the article: layout first, then the shared metric and policy recognisers."""
        from mengke.pipeline import build_extraction

        return build_extraction(article, self.read_layout(article), style=self.name)
