"""Helpers for testing extractors and plugins (import in tests, not in production code).

* :func:`make_article` builds an Article from text, with an optional made-up path;
* :func:`using_plugins` gives a plugin host with only the built-ins and the plugins you
  pass (modules or objects with ``mengke_extractors``), no installed entry points;
* :func:`assert_grounded` checks that every record of an extraction points at its text;
* :func:`run_cases` runs JSON case files (input text and expected records) through a host.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

from mengke.article import Article
from mengke.plugins import PluginHost, make_plugin_host
from mengke.records import Extraction

__all__ = ["assert_grounded", "make_article", "run_cases", "using_plugins"]


def make_article(text: str, path: str | None = None) -> Article:
    """An Article holding ``text`` exactly as given."""
    return Article(text=text, path=path)


@contextmanager
def using_plugins(*plugins: Any, strict: bool = True) -> Iterator[PluginHost]:
    """A host with the built-in styles and ``plugins`` registered in-process.

    Failures raise (``strict=True``) so that a broken plugin fails its test loudly.
    """
    extra = [(getattr(p, "__name__", type(p).__name__), p) for p in plugins]
    yield make_plugin_host(load_entrypoints=False, extra=extra, strict=strict)


def assert_grounded(extraction: Extraction, text: str) -> None:
    """Every metric's text is ``text[start:end]``; every policy and story span lies in ``text``."""
    for m in extraction.metrics:
        assert text[m.start : m.end] == m.text, f"metric {m.text!r} is not text[{m.start}:{m.end}]"
        assert m.upper is None or m.upper >= m.value
    for p in extraction.policies:
        assert 0 <= p.start < p.end <= len(text), f"policy {p.title!r} span {p.start}:{p.end} is outside the text"
        assert p.title.replace(" ", "")[:2] in text[p.start : p.end].replace("\n", "").replace(" ", ""), p.title
    for s in extraction.stories:
        assert 0 <= s.start <= s.end <= len(text), f"story {s.title!r} span {s.start}:{s.end} is outside the text"


def run_cases(folder: str | Path, host: PluginHost) -> list[str]:
    """Run each ``*.json`` case in ``folder``; return the list of mismatches (empty = all pass).

    A case is ``{"text": ..., "style": ..., "stories": [titles], "metrics": [{"text", "value",
    "unit", ...}], "policies": [titles]}``; only the keys present are checked, and a metric
    matches the first extracted metric with the same text.
    """
    problems: list[str] = []
    for path in sorted(Path(folder).glob("*.json")):
        case = json.loads(path.read_text(encoding="utf-8"))
        article = make_article(case["text"], str(path))
        got = host.extract(article)
        assert_grounded(got, case["text"])
        if "style" in case and got.style != case["style"]:
            problems.append(f"{path.name}: style {got.style!r}, expected {case['style']!r}")
        if "stories" in case:
            titles = [s.title for s in got.stories]
            if titles != case["stories"]:
                problems.append(f"{path.name}: stories {titles}, expected {case['stories']}")
        if "policies" in case:
            titles = [p.title for p in got.policies]
            if titles != case["policies"]:
                problems.append(f"{path.name}: policies {titles}, expected {case['policies']}")
        for want in case.get("metrics", []):
            match = next((m for m in got.metrics if m.text == want["text"]), None)
            if match is None:
                problems.append(f"{path.name}: no metric {want['text']!r}")
                continue
            for key, value in want.items():
                have: Any = getattr(match, key)
                if isinstance(have, Decimal):
                    ok = have == Decimal(str(value))
                else:
                    ok = (have.value if hasattr(have, "value") else have) == value
                if not ok:
                    problems.append(f"{path.name}: {want['text']!r} {key} = {have!r}, expected {value!r}")
    return problems
