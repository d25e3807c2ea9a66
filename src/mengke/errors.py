"""The errors mengke raises: one base class, each subclass naming what a user can fix."""

from __future__ import annotations


class MengkeError(Exception):
    """Base class of every error mengke raises on purpose."""


class ParseError(MengkeError, ValueError):
    """Text that is not a number; names the offending character and its position."""

    def __init__(self, message: str, *, text: str = "", position: int = 0) -> None:
        self.text = text
        self.position = position
        super().__init__(f"{message} (at position {position} of {text!r})" if text else message)


class RecordError(MengkeError, ValueError):
    """JSON that does not make a valid record; ``lines`` say where (``$.metrics[0].value``)."""

    def __init__(self, message: str, lines: list[str] | None = None) -> None:
        self.lines = list(lines or [])
        detail = "".join(f"\n  {line}" for line in self.lines)
        super().__init__(message + detail)


class ArticleError(MengkeError):
    """An article that cannot be read: binary, undecodable, or missing; names the file."""


class PluginError(MengkeError):
    """A plugin that cannot be used: wrong type, duplicate style name, failed import."""


class ExtractorError(MengkeError):
    """An extractor raised while reading an article; names style, plugin and file."""

    def __init__(self, style: str, plugin: str, path: str | None, cause: BaseException) -> None:
        self.style = style
        self.plugin = plugin
        self.path = path
        where = f" on {path}" if path else ""
        super().__init__(f"extractor {style!r} (plugin {plugin!r}) failed{where}: {cause!r}")
