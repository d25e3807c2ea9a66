"""Read every article in a folder into one CSV: one row per metric, with its offsets.

python examples/02_folder_to_csv.py [FOLDER] [OUT.csv]   # defaults: examples/data, stdout
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import mengke
from mengke.serialize import format_decimal

FIELDS = [
    "article",
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
    "status",
]


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data"
    out = open(argv[2], "w", encoding="utf-8", newline="") if len(argv) > 2 else sys.stdout
    writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    failed = 0
    for path in sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".md")):
        try:
            result = mengke.extract(path)
        except mengke.MengkeError as exc:
            print(f"skipped {path}: {exc}", file=sys.stderr)
            failed += 1
            continue
        for m in result.metrics:
            writer.writerow(
                {
                    "article": path.name,
                    "story": m.story,
                    "start": m.start,
                    "end": m.end,
                    "text": m.text,
                    "value": format_decimal(m.value),
                    "upper": format_decimal(m.upper) if m.upper is not None else "",
                    "unit": m.unit,
                    "qualifier": m.qualifier.value,
                    "kind": m.kind.value,
                    "indicator": m.indicator,
                    "indicator_key": m.indicator_key,
                    "year": m.year,
                    "region": m.region,
                    "status": m.status.value,
                }
            )
    if out is not sys.stdout:
        out.close()
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
