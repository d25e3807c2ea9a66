"""One indicator across a folder of articles: a series by year and region, each point
with its article and offsets; a PNG chart when matplotlib is installed (the plot extra).

    python examples/04_indicator_over_time.py [FOLDER] [--indicator 技术合同成交额] [--png out.png]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import mengke
from mengke.serialize import format_decimal


def collect(folder: Path, indicator: str) -> dict[tuple[str, int], list[tuple[Decimal, str, int, int]]]:
    """(region, year) -> [(value, article, start, end)] for amounts of ``indicator``."""
    key = mengke.make_key(indicator)
    series: dict[tuple[str, int], list[tuple[Decimal, str, int, int]]] = defaultdict(list)
    for path in sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".md")):
        try:
            result = mengke.extract(path)
        except mengke.MengkeError as exc:
            print(f"skipped {path}: {exc}", file=sys.stderr)
            continue
        for m in result.metrics:
            if m.indicator_key and key in m.indicator_key and m.kind.value == "amount" and m.year and m.region:
                series[(m.region, m.year)].append((m.value, path.name, m.start, m.end))
    return series


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", default=str(Path(__file__).parent / "data"))
    ap.add_argument("--indicator", default="技术合同成交额")
    ap.add_argument("--png", help="write a chart here (needs matplotlib: pip install 'mengke[plot]')")
    args = ap.parse_args(argv[1:])
    series = collect(Path(args.folder), args.indicator)
    if not series:
        print(f"no amounts of {args.indicator} with a year and a region in {args.folder}")
        return 1
    for (region, year), points in sorted(series.items()):
        for value, article, start, end in points:
            print(f"{region}\t{year}\t{format_decimal(value)} 元\t{article}[{start}:{end}]")
    if args.png:
        try:
            import matplotlib

            matplotlib.use("Agg")
            import matplotlib.pyplot as plt
        except ImportError:
            print("matplotlib is not installed: pip install 'mengke[plot]'", file=sys.stderr)
            return 0
        regions = sorted({r for r, _ in series})
        fig, ax = plt.subplots(figsize=(6, 3.5))
        for region in regions:
            years = sorted(y for r, y in series if r == region)
            values = [float(max(v for v, *_ in series[(region, y)])) / 1e8 for y in years]
            ax.plot(years, values, marker="o", label=mengke.make_key(region))
        ax.set_xlabel("year")
        ax.set_ylabel(f"{mengke.make_key(args.indicator)} (100 million yuan)")
        ax.legend()
        fig.tight_layout()
        fig.savefig(args.png, dpi=120)
        print(f"chart written to {args.png}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
