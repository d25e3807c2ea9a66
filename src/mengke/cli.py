"""The ``mengke`` command: ``extract``, ``styles``, ``plugins``.

Exit codes: 0 all articles read; 1 some article or plugin failed (each failure is one
line on stderr naming the file, the others are still printed); 2 a usage error.
"""

from __future__ import annotations

import argparse
import csv
import gc
import io
import json
import os
import sys
import warnings
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from mengke import __version__
from mengke.article import Article, decode_bytes
from mengke.errors import MengkeError
from mengke.records import Extraction
from mengke.serialize import unstructure

ARTICLE_SUFFIXES = (".txt", ".md", ".text", ".htm", ".html")
CSV_FIELDS = (
    "path",
    "story",
    "start",
    "end",
    "text",
    "value",
    "upper",
    "unit",
    "qualifier",
    "kind",
    "indicator",
    "indicator_key",
    "year",
    "region",
    "region_key",
    "status",
)


def _paths(raw: Sequence[str]) -> Iterator[Path]:
    for item in raw:
        p = Path(item)
        if item != STDIN and p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in ARTICLE_SUFFIXES)
        else:
            yield p


STDIN = "-"
"""The path that names standard input (``cat page.txt | mengke extract -``)."""


Outcome = tuple[str, str | None, str | None, tuple[str, ...]]
"""One article's outcome: path, its output formatted, the error line, the warning lines."""


def _extract_one(args: tuple[str, str | None, str, bytes | None]) -> Outcome:
    """Worker: one article read and formatted as ``fmt``, its warnings (a plugin that failed
    and was replaced) kept as lines for the parent to print. ``stdin`` holds the bytes of
    standard input when the path is ``-``."""
    path, style, fmt, stdin = args
    from mengke.api import extract
    from mengke.plugins import PluginWarning

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", PluginWarning)
        try:
            if stdin is not None:
                text, encoding = decode_bytes(stdin, "standard input")
                article = Article(text=text, path=path, encoding=encoding)
            else:
                article = Article.from_path(path)
            data = extraction_data(extract(article, style=style))
        except MengkeError as exc:
            return path, None, str(exc), _lines(caught)
        except Exception as exc:  # a bug: still one line, and the others go on
            return path, None, f"{path}: unexpected error {exc!r} (please report it)", _lines(caught)
    return path, format_one(data, fmt, path), None, _lines(caught)


def _lines(caught: list[warnings.WarningMessage]) -> tuple[str, ...]:
    return tuple(str(w.message) for w in caught)


def format_one(data: dict[str, Any], fmt: str, path: str) -> str:
    """One article's output in ``fmt`` (json: an indented object; csv: rows without header)."""
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=1)
    if fmt == "jsonl":
        return json.dumps(data, ensure_ascii=False)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, extrasaction="ignore", lineterminator="\n")
        for m in data["metrics"]:
            writer.writerow({**m, "path": path})
        return out.getvalue()
    return _table(data)


def _preload() -> None:
    """Load plugins, the key word list and readings once, before worker processes fork, and
    move what is loaded out of the garbage collector's sight (``gc.freeze``): the tables live
    as long as the process, and collections that walk them would also copy the pages that
    forked workers share."""
    from mengke.api import extract

    extract("全区新增企业5家。")
    gc.freeze()


def extraction_data(ex: Extraction) -> dict[str, Any]:
    """The JSON contract object of one article (see docs/reference.md)."""
    data: dict[str, Any] = unstructure(ex)
    return data


def _progress(total: int) -> Any:
    if total <= 3 or not sys.stderr.isatty():
        return None
    try:
        from tqdm import tqdm
    except ImportError:  # pragma: no cover - tqdm is a dependency
        return None
    return tqdm(total=total, file=sys.stderr, unit="article")


def _run(paths: list[str], style: str | None, jobs: int, fmt: str) -> Iterator[Outcome]:
    stdin = sys.stdin.buffer.read() if STDIN in paths else None
    work = [(p, style, fmt, stdin if p == STDIN else None) for p in paths]
    bar = _progress(len(work))
    try:
        if jobs > 1 and len(work) > 1:
            _preload()  # forked workers share the loaded plugins and key tables instead of each loading them
            # small chunks (32 a worker): the last ones leave little for one worker to finish alone
            with ProcessPoolExecutor(max_workers=min(jobs, len(work))) as pool:
                for item in pool.map(_extract_one, work, chunksize=max(1, len(work) // (jobs * 32))):
                    if bar is not None:
                        bar.update(1)
                    yield item
        else:
            for w in work:
                item = _extract_one(w)
                if bar is not None:
                    bar.update(1)
                yield item
    finally:
        if bar is not None:
            bar.close()


def _table(data: dict[str, Any]) -> str:
    out = io.StringIO()
    title = (data.get("meta") or {}).get("title") or (data["stories"][0]["title"] if data.get("stories") else None)
    out.write(f"{data.get('path') or '<text>'}  style={data['style']}  title={title or '-'}\n")
    rows = [("value", "unit", "q", "kind", "indicator", "year", "region", "status", "text")]
    for m in data["metrics"]:
        value = m["value"] if m.get("upper") is None else f"{m['value']}~{m['upper']}"
        rows.append(
            (
                value,
                m["unit"],
                m["qualifier"],
                m["kind"],
                m.get("indicator") or "-",
                str(m.get("year") or "-"),
                m.get("region") or "-",
                m["status"],
                m["text"].replace("\n", " "),
            )
        )
    widths = [max(_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        out.write("  ".join(c + " " * (w - _width(c)) for c, w in zip(r, widths, strict=True)).rstrip() + "\n")
    if data["policies"]:
        out.write("policies:\n")
        for p in data["policies"]:
            extra = ", ".join(f"{k}={p[k]}" for k in ("kind", "issuer", "year", "period", "effective") if p.get(k))
            out.write(f"  《{p['title']}》 {extra}\n")
    return out.getvalue()


def _width(s: str) -> int:
    return sum(2 if ord(c) > 0x2E80 else 1 for c in s)


def cmd_extract(args: argparse.Namespace) -> int:
    paths = [str(p) for p in _paths(args.paths)]
    if not paths:
        print("mengke: no articles found in " + " ".join(args.paths), file=sys.stderr)
        return 1
    fmt = args.format or ("table" if sys.stdout.isatty() else "json")
    failed = 0
    objects: list[str] = []
    if fmt == "csv":
        sys.stdout.write(",".join(CSV_FIELDS) + "\n")
    for _path, text, error, notes in _run(paths, args.style, args.jobs, fmt):
        for note in notes:
            print(f"mengke: warning: {note}", file=sys.stderr)
        if error is not None or text is None:
            failed += 1
            print(f"mengke: {error}", file=sys.stderr)
            continue
        if fmt == "json":
            objects.append(text)
        elif fmt == "csv":
            sys.stdout.write(text)
        else:
            print(text)
    if fmt == "json":
        if len(paths) == 1 and objects:
            print(objects[0])
        elif len(paths) > 1:
            print("[\n" + ",\n".join(objects) + "\n]")
    if failed:
        print(f"mengke: {failed} of {len(paths)} articles failed", file=sys.stderr)
    return 1 if failed else 0


def cmd_styles(args: argparse.Namespace) -> int:
    from mengke.plugins import get_plugin_host

    try:
        article = Article.from_path(args.path)
    except MengkeError as exc:
        print(f"mengke: {exc}", file=sys.stderr)
        return 1
    ranked = get_plugin_host().scores(article)
    for k, s in enumerate(ranked):
        mark = "*" if k == 0 else " "
        print(f"{mark} {s.style:16} {s.match.score:.2f}  ({s.plugin})  " + "; ".join(s.match.reasons))
    return 0


def cmd_plugins(args: argparse.Namespace) -> int:
    from mengke.plugins import get_plugin_host

    host = get_plugin_host()
    plugins = [
        {"name": p.name, "version": p.version, "dist": p.dist, "styles": list(p.styles), "error": p.error}
        for p in host.loaded
        if args.all or not p.name.startswith("mengke.builtin.") or p.error
    ]
    print(json.dumps({"plugins": plugins}, ensure_ascii=False, indent=1))
    return 1 if any(p["error"] for p in plugins) else 0


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="mengke", description="Typed, source-grounded records from Chinese S&T news.")
    ap.add_argument("--version", action="version", version=f"mengke {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="read articles and print their metrics, policies and stories")
    ex.add_argument("paths", nargs="+", help="article files or folders (.txt, .md, .html); - reads standard input")
    ex.add_argument(
        "--format",
        choices=("json", "jsonl", "csv", "table"),
        help="json (default when piped), jsonl, csv (one row per metric), table (default on a terminal)",
    )
    ex.add_argument("--style", help="force a style by name (see `mengke styles FILE`)")
    ex.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes (default: CPU count)")
    ex.set_defaults(func=cmd_extract)
    st = sub.add_parser("styles", help="show every installed style's score and reasons for a file")
    st.add_argument("path")
    st.set_defaults(func=cmd_styles)
    pl = sub.add_parser("plugins", help="list installed plugins as JSON")
    pl.add_argument("--all", action="store_true", help="include the built-in plugins")
    pl.set_defaults(func=cmd_plugins)
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = build_parser().parse_args(argv)
    if getattr(args, "jobs", 1) < 1:
        print("mengke: --jobs must be at least 1", file=sys.stderr)
        return 2
    try:
        return int(args.func(args))
    except BrokenPipeError:  # pragma: no cover - `mengke … | head`
        return 0
    except MengkeError as exc:
        print(f"mengke: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
