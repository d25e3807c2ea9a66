"""An article: the text exactly as read, and where it came from.

Files are read as bytes and decoded without newline translation, so offsets index the
text the way ``open(p, encoding=..., newline="")`` would. UTF-8 is tried first; a UTF-8
BOM stays in the text as its first character, U+FEFF, as ``open(p, encoding="utf-8")``
reads it, so offsets count it too. GB18030/GBK/Big5 files are detected with
charset-normalizer. Binary and undecodable files raise :class:`mengke.ArticleError`
naming the file.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from functools import cached_property
from pathlib import Path

import attrs

from mengke.errors import ArticleError
from mengke.numbers.normalize import INVISIBLE, fold

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


@attrs.frozen
class Line:
    """One line of an article: its span (without the newline), its text and stripped text."""

    start: int
    end: int
    text: str
    stripped: str


@attrs.define(frozen=True, slots=False)
class Article:
    """The text of one article and its origin; every offset refers to ``text``."""

    text: str
    path: str | None = None
    encoding: str = "utf-8"

    @classmethod
    def from_path(cls, path: str | Path) -> Article:
        """Read a file, detecting its encoding; raise ArticleError if it is not text."""
        p = Path(path)
        try:
            data = p.read_bytes()
        except FileNotFoundError as exc:
            raise ArticleError(f"{p}: no such file") from exc
        except IsADirectoryError as exc:
            raise ArticleError(f"{p}: is a folder, not an article (give the files in it)") from exc
        except OSError as exc:
            raise ArticleError(f"{p}: cannot be read ({exc.strerror})") from exc
        text, encoding = decode_bytes(data, str(p))
        return cls(text=text, path=str(p), encoding=encoding)

    @cached_property
    def folded(self) -> str:
        """The text with full-width and traditional forms folded, same length."""
        return fold(self.text)

    @property
    def lines(self) -> tuple[Line, ...]:
        """Every line with its span; the newline itself is not part of a line (made anew on each
        use: styles read :attr:`nonblank_lines`, which is kept)."""
        return tuple(self._lines(keep_blank=True))

    @cached_property
    def nonblank_lines(self) -> tuple[Line, ...]:
        """Lines with something other than white space on them."""
        return tuple(self._lines(keep_blank=False))

    def _lines(self, *, keep_blank: bool) -> Iterator[Line]:
        text = self.text
        start, n = 0, len(text)
        while start < n:
            nl = text.find("\n", start)
            stop = n if nl < 0 else nl
            end = stop - 1 if stop > start and text[stop - 1] == "\r" else stop
            body = text[start:end]
            stripped = body.strip().strip(INVISIBLE).strip()  # (a BOM or a zero-width space at an edge)
            if stripped or keep_blank:
                yield Line(start, end, body, stripped)
            start = stop + 1


def decode_bytes(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode article bytes; returns (text, encoding) or raises ArticleError."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                # a UTF-8 BOM is kept (U+FEFF): offsets into the file as open(p, encoding="utf-8") reads it
                text = data.decode("utf-8") if enc == "utf-8-sig" else data[len(bom) :].decode(enc)
            except UnicodeDecodeError as exc:
                raise ArticleError(f"{name}: starts with a {enc} byte-order mark but does not decode: {exc}") from exc
            return text, enc
    if b"\x00" in data[:4096]:
        raise ArticleError(f"{name}: looks binary (NUL bytes); give a text file (UTF-8 or GB18030)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as first:
        for enc in ("gb18030", "big5"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _mostly_cjk_or_ascii(text):
                return text, enc
        try:
            from charset_normalizer import from_bytes

            best = from_bytes(data).best()
        except Exception:  # pragma: no cover - the library is a hard dependency
            best = None
        if best is not None and best.encoding:
            return str(best), best.encoding
        raise ArticleError(
            f"{name}: not UTF-8 (bad byte at offset {first.start}) and no other encoding fits; convert it to UTF-8"
        ) from first


def _mostly_cjk_or_ascii(text: str) -> bool:
    if not text:
        return True
    good = sum(
        1
        for ch in text
        if ch.isascii() or "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef"
    )
    return good / len(text) > 0.9


def as_article(source: str | Path | Article) -> Article:
    """An Article from an Article, a path, or text (a str that names an existing file is read)."""
    if isinstance(source, Article):
        return source
    if isinstance(source, Path):
        return Article.from_path(source)
    if isinstance(source, str):
        if len(source) < 4096 and "\n" not in source and source.strip() and _looks_like_path(source):
            return Article.from_path(source)
        return Article(text=source)
    raise TypeError(f"expected text, a path or an Article, got {type(source).__name__}")


def _looks_like_path(s: str) -> bool:
    try:
        return Path(s).is_file()
    except (OSError, ValueError):
        return False
