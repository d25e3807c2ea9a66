"""The plugin host: loads extractor plugins one at a time and keeps a broken one apart.

pluggy itself stops at the first exception of any implementation, so the host never
calls a hook across all plugins at once: it loads each entry point of the group
``mengke`` by itself, calls each plugin's ``mengke_extractors`` by itself, and calls
``score``/``extract`` of each extractor by itself. A failure is a warning naming the
plugin, its distribution and version (and shows in ``mengke plugins``);
``MENGKE_STRICT_PLUGINS=1`` turns it into an error. ``MENGKE_LOAD_PLUGINS=a,b`` loads
only the named entry points (empty: built-ins only).
"""

from __future__ import annotations

import importlib.metadata as md
import os
import re
import warnings
from collections.abc import Iterable, Sequence
from functools import cache
from types import ModuleType
from typing import Any, cast

import attrs
import pluggy

from mengke import hookspecs
from mengke.article import Article
from mengke.builtin import generic
from mengke.errors import ExtractorError, PluginError
from mengke.extractor import Extractor, StyleMatch
from mengke.markup import blank_markup, inline_blanks, looks_like_html, page_title, rendered
from mengke.records import Extraction
from mengke.spacing import Compacted, compact, restore

ENTRY_POINT_GROUP = "mengke"
DEFAULT_PLUGINS: tuple[tuple[str, ModuleType], ...] = (("mengke.builtin.generic", generic),)
_STYLE_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


class PluginWarning(UserWarning):
    """A plugin failed and was left out; the others carry on."""


@attrs.frozen(kw_only=True)
class LoadedPlugin:
    """A plugin as the host loaded it: what it is, what it provides, what went wrong."""

    name: str
    dist: str | None = None
    version: str | None = None
    styles: tuple[str, ...] = ()
    error: str | None = None


@attrs.frozen
class ScoredStyle:
    """One extractor's score for an article."""

    style: str
    plugin: str
    match: StyleMatch


def _strict() -> bool:
    return os.environ.get("MENGKE_STRICT_PLUGINS", "").strip() not in ("", "0", "false", "no")


class PluginHost:
    """The loaded plugins and their extractors."""

    def __init__(
        self,
        *,
        load_entrypoints: bool = True,
        only: Sequence[str] | None = None,
        extra: Iterable[tuple[str, Any]] = (),
        strict: bool | None = None,
    ) -> None:
        self.strict = _strict() if strict is None else strict
        self.pm = pluggy.PluginManager(hookspecs.PROJECT)
        self.pm.add_hookspecs(hookspecs)
        self.loaded: list[LoadedPlugin] = []
        self._meta: dict[str, tuple[str | None, str | None]] = {}
        for name, module in DEFAULT_PLUGINS:
            self._register(name, module, ("mengke", _version("mengke")))
        if load_entrypoints:
            env = os.environ.get("MENGKE_LOAD_PLUGINS")
            if only is None and env is not None:
                only = [x.strip() for x in env.split(",") if x.strip()]
            self._load_entry_points(only)
        for name, plugin in extra:
            self._register(name, plugin, (None, None))
        self.extractors: dict[str, Extractor] = {}
        self.owner: dict[str, str] = {}
        self._collect()

    # -- loading -------------------------------------------------------------
    def _fail(self, message: str, exc: BaseException | None = None) -> None:
        if self.strict:
            raise PluginError(message) from exc
        warnings.warn(message, PluginWarning, stacklevel=3)

    def _register(self, name: str, plugin: Any, meta: tuple[str | None, str | None]) -> bool:
        self._meta[name] = meta
        try:
            self.pm.register(plugin, name=name)
            self.pm.check_pending()
        except pluggy.PluginValidationError as exc:
            if self.pm.is_registered(plugin):
                self.pm.unregister(plugin)
            self.loaded.append(LoadedPlugin(name=name, dist=meta[0], version=meta[1], error=str(exc)))
            self._fail(f"plugin {name!r} ({_who(meta)}) is not valid: {exc}", exc)
            return False
        except ValueError as exc:  # a name registered twice
            self.loaded.append(LoadedPlugin(name=name, dist=meta[0], version=meta[1], error=str(exc)))
            self._fail(f"plugin {name!r} ({_who(meta)}) could not be registered: {exc}", exc)
            return False
        return True

    def _load_entry_points(self, only: Sequence[str] | None) -> None:
        for ep in sorted(md.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
            if only is not None and ep.name not in only:
                continue
            dist = ep.dist.name if ep.dist is not None else None
            version = ep.dist.version if ep.dist is not None else None
            if self.pm.has_plugin(ep.name):
                continue
            try:
                plugin = ep.load()
            except Exception as exc:
                self.loaded.append(LoadedPlugin(name=ep.name, dist=dist, version=version, error=repr(exc)))
                self._fail(f"plugin {ep.name!r} ({_who((dist, version))}) failed to import: {exc!r}", exc)
                continue
            self._register(ep.name, plugin, (dist, version))

    def _collect(self) -> None:
        for impl in self.pm.hook.mengke_extractors.get_hookimpls():
            name = impl.plugin_name
            meta = self._meta.get(name, (None, None))
            styles: list[str] = []
            error: str | None = None
            try:
                provided = list(cast("Iterable[object]", impl.function()))
            except Exception as exc:
                error = f"mengke_extractors raised {exc!r}"
                self._fail(f"plugin {name!r} ({_who(meta)}): {error}", exc)
                provided = []
            for item in provided:
                if not isinstance(item, Extractor):
                    error = f"returned {type(item).__name__}, not a mengke.Extractor"
                    self._fail(f"plugin {name!r} ({_who(meta)}) {error}")
                    continue
                style = getattr(item, "name", None)
                if not isinstance(style, str) or not _STYLE_NAME.match(style):
                    error = f"extractor {type(item).__name__} has no valid name (lower-case ASCII id): {style!r}"
                    self._fail(f"plugin {name!r} ({_who(meta)}): {error}")
                    continue
                if style in self.extractors:
                    error = f"style {style!r} is already provided by plugin {self.owner[style]!r}"
                    self._fail(f"plugin {name!r} ({_who(meta)}): {error}")
                    continue
                self.extractors[style] = item
                self.owner[style] = name
                styles.append(style)
            self.loaded.append(
                LoadedPlugin(name=name, dist=meta[0], version=meta[1], styles=tuple(styles), error=error)
            )
        self.loaded.sort(key=lambda p: p.name)

    # -- using ---------------------------------------------------------------
    def scores(self, article: Article) -> list[ScoredStyle]:
        """Every extractor's score for ``article``, best first (ties by style name); an HTML or
        letter-spaced article is scored as it is read (see :func:`_reading_copy`)."""
        return self._ranked(_reading_copy(article)[0])

    def _ranked(self, article: Article) -> list[ScoredStyle]:
        """The scores of an article already prepared for reading."""
        out = []
        for style, ex in self.extractors.items():
            try:
                match = ex.score(article)
                if not isinstance(match, StyleMatch):
                    raise TypeError(f"score() returned {type(match).__name__}, not a StyleMatch")
            except Exception as exc:
                self._fail(
                    f"extractor {style!r} (plugin {self.owner[style]!r}) failed to score "
                    f"{article.path or 'the article'}: {exc!r}; counted as 0",
                    exc,
                )
                match = StyleMatch(0.0, (f"score() raised {exc!r}",))
            out.append(ScoredStyle(style, self.owner[style], match))
        out.sort(key=lambda s: (-s.match.score, s.style))
        return out

    def choose(self, article: Article, style: str | None = None) -> Extractor:
        """The extractor named ``style``, or the best-scoring one."""
        return self._choose(_reading_copy(article)[0], style)

    def _choose(self, article: Article, style: str | None) -> Extractor:
        if style is not None:
            if style not in self.extractors:
                raise PluginError(f"no style named {style!r}; installed styles: {', '.join(sorted(self.extractors))}")
            return self.extractors[style]
        return self.extractors[self._ranked(article)[0].style]

    def extract(self, article: Article, style: str | None = None) -> Extraction:
        """Read ``article`` with the best-scoring extractor, or the one named ``style``.

        When the extractor chosen by score raises, the next in rank reads the article, with a
        PluginWarning naming the failure (the generic style is always last to try); a style
        named by the caller, or strict mode, raises ExtractorError instead. An HTML page is
        read with its markup blanked out and letter-spaced runs (``全 区 投 入``) closed up
        (see :func:`_reading_copy`); every span points into the article as given."""
        target, compacted = _reading_copy(article)  # prepared once, for scoring and reading
        if style is not None:
            result = self._run(self._choose(target, style), target, article.path)
        else:
            result = self._run_ranked(target, article.path)
        if target is article:
            return result
        result = restore(result, compacted, article.text)
        return _as_rendered(result, article.text) if looks_like_html(article.text, article.path) else result

    def _run(self, ex: Extractor, target: Article, path: str | None) -> Extraction:
        try:
            result = ex.extract(target)
            if not isinstance(result, Extraction):
                raise TypeError(f"extract() returned {type(result).__name__}, not an Extraction")
        except Exception as exc:
            raise ExtractorError(ex.name, self.owner[ex.name], path, exc) from exc
        return result

    def _run_ranked(self, target: Article, path: str | None) -> Extraction:
        """The best-scoring extractor's reading; on its failure, the next one's (with a warning)."""
        ranked = self._ranked(target)
        for k, scored in enumerate(ranked):
            try:
                return self._run(self.extractors[scored.style], target, path)
            except ExtractorError as err:
                if self.strict or k == len(ranked) - 1:
                    raise
                warnings.warn(f"{err}; read with style {ranked[k + 1].style!r} instead", PluginWarning, stacklevel=3)
        raise AssertionError("the generic style is always registered")  # pragma: no cover


def _as_rendered(result: Extraction, page: str) -> Extraction:
    """Headlines and page fields of an HTML page as the browser shows them (no blanks where
    markup stood); a page with no headline in its body is titled by its ``<title>``."""
    meta = result.meta
    stories = tuple(attrs.evolve(s, title=rendered(s.title) if s.title else s.title) for s in result.stories)
    title = rendered(meta.title) if meta.title else None
    if title is None and not any(s.title for s in stories):
        title = page_title(page)  # 某某文章标题-某某市人民政府: the page's own title, the site's name cut
        if title is not None and len(stories) == 1:
            stories = (attrs.evolve(stories[0], title=title),)
    meta = attrs.evolve(meta, title=title, source=rendered(meta.source) if meta.source else meta.source)
    return attrs.evolve(result, stories=stories, meta=meta)


def _reading_copy(article: Article) -> tuple[Article, Compacted | None]:
    """The article the extractors read: markup of an HTML page blanked out (same length), its
    inline tags closed up, and letter-spaced runs closed up (with the map back); the article
    itself when none of these applies."""
    text, inline = article.text, []
    if looks_like_html(text, article.path):
        text, inline = blank_markup(text), inline_blanks(text)
    compacted = compact(text, inline)
    if compacted is not None:
        text = compacted.text
    return (article if text is article.text else attrs.evolve(article, text=text)), compacted


def _who(meta: tuple[str | None, str | None]) -> str:
    dist, version = meta
    return f"{dist or 'unknown distribution'} {version or ''}".strip()


def _version(dist: str) -> str | None:
    try:
        return md.version(dist)
    except md.PackageNotFoundError:
        return None


@cache
def get_plugin_host() -> PluginHost:
    """The process-wide host, built on first use (entry points loaded then)."""
    return PluginHost()


def make_plugin_host(**kwargs: Any) -> PluginHost:
    """A fresh host (for tests: ``make_plugin_host(load_entrypoints=False, extra=[...])``)."""
    return PluginHost(**kwargs)
