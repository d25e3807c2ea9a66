"""Policy records: documents in 《》 and numbered packages in quotes (placeholder)."""

from __future__ import annotations

import datetime as _dt

from mengke.article import Article
from mengke.records import Policy


def find_policies(
    article: Article, *, skip: tuple[tuple[int, int], ...] = (), published: _dt.date | None = None
) -> list[Policy]:
    """Every distinct policy the article mentions, at its first mention."""
    return []
