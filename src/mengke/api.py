"""The Python entry point: ``mengke.extract(text_or_path)``."""

from __future__ import annotations

from pathlib import Path

from mengke.article import Article, as_article
from mengke.plugins import PluginHost, get_plugin_host
from mengke.records import Extraction


def extract(source: str | Path | Article, *, style: str | None = None, host: PluginHost | None = None) -> Extraction:
    """Read an article (text, a path, or an Article) into an Extraction.

    ``style`` forces an installed style by name; otherwise the best-scoring style wins.
    Empty text gives an empty extraction.
    """
    article = as_article(source)
    return (host or get_plugin_host()).extract(article, style)
