"""The hooks a mengke plugin implements. Plugins import ``hookimpl`` from ``mengke``."""

from __future__ import annotations

from collections.abc import Iterable

import pluggy

from mengke.extractor import Extractor

PROJECT = "mengke"
hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def mengke_extractors() -> Iterable[Extractor]:  # type: ignore[empty-body]
    """The extractors this plugin provides, one per article style.

    Called once when plugins load; the results of all plugins are collected. Each item
    must be an instance of :class:`mengke.Extractor` with a ``name`` no other plugin
    uses. The host calls ``score`` and ``extract`` itself, one extractor at a time, so
    that one raising extractor is reported by name and never stops the others.

    Added in 0.1.
    """
