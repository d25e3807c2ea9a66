"""Hard-wrap articles as a narrow PDF column would, with their gold records moved along.

    python scripts/wrap_articles.py GOLD_DIR ARTICLES_DIR OUT_DIR --width 16
    python ../shared/eval/score.py --gold OUT_DIR/gold --articles OUT_DIR/articles \\
        --cmd 'mengke extract --format json {}'

Every line longer than ``--width`` characters is cut into lines of that width (the last one
shorter), as text copied from a page set in narrow justified columns comes out; every
``start``/``end`` of the gold files is moved to the same character in the wrapped text, and a
record's ``text`` is taken from it. With ``--no-blank-lines`` the blank lines between
paragraphs are dropped instead. A robustness check: the scores should stay those of the
articles as given (``tests/test_seeds.py`` runs it at 16 characters).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any


def wrap(text: str, width: int) -> tuple[str, list[int]]:
    """``text`` cut into lines of ``width`` characters, and where each old index went."""
    out: list[str] = []
    where: list[int] = []
    column = 0
    for ch in text:
        where.append(len(out))
        out.append(ch)
        column = 0 if ch == "\n" else column + 1
        if column >= width:
            out.append("\n")
            column = 0
    where.append(len(out))
    return "".join(out), where


def drop_blank_lines(text: str) -> tuple[str, list[int]]:
    """``text`` with runs of line breaks made one, and where each old index went."""
    out: list[str] = []
    where: list[int] = []
    for k, ch in enumerate(text):
        where.append(len(out))
        if ch == "\n" and k > 0 and text[k - 1] == "\n":
            continue
        out.append(ch)
    where.append(len(out))
    return "".join(out), where


def move(record: Any, where: list[int], text: str) -> None:
    """Move every span of a gold record (nested) to the new text, in place."""
    if isinstance(record, dict):
        if isinstance(record.get("start"), int) and isinstance(record.get("end"), int):
            record["start"], record["end"] = where[record["start"]], where[record["end"]]
            if isinstance(record.get("text"), str):
                record["text"] = text[record["start"] : record["end"]]
        for value in record.values():
            move(value, where, text)
    elif isinstance(record, list):
        for value in record:
            move(value, where, text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("articles", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--width", type=int, default=16)
    parser.add_argument("--no-blank-lines", action="store_true")
    args = parser.parse_args(argv)
    (args.out / "gold").mkdir(parents=True, exist_ok=True)
    (args.out / "articles").mkdir(parents=True, exist_ok=True)
    for path in sorted(args.gold.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        with open(args.articles / gold["article"], encoding="utf-8", newline="") as f:
            text = f.read()
        new, where = drop_blank_lines(text) if args.no_blank_lines else wrap(text, args.width)
        move(gold, where, new)
        with open(args.out / "articles" / gold["article"], "w", encoding="utf-8", newline="") as f:
            f.write(new)
        (args.out / "gold" / path.name).write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
