"""Read one article and print its metrics and policies as a table.

python examples/01_extract_one.py [ARTICLE]      # default: examples/data/hohhot_digest.md
"""

from __future__ import annotations

import sys
from pathlib import Path

import mengke

DEFAULT = Path(__file__).parent / "data" / "hohhot_digest.md"


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT
    try:
        result = mengke.extract(path)
    except mengke.MengkeError as exc:
        print(f"cannot read {path}: {exc}", file=sys.stderr)
        return 1
    print(f"{path.name}: style {result.style}, {len(result.stories)} stories")
    print(f"{'value':>14} {'unit':4} {'kind':8} {'year':>4} {'region':8} {'status':8} indicator / text")
    for m in result.metrics:
        value = mengke.serialize.format_decimal(m.value)
        print(
            f"{value:>14} {m.unit:4} {m.kind.value:8} {m.year or '-':>4} {m.region or '-':8} {m.status.value:8} "
            f"{m.indicator or '-'} / {m.text!r} @{m.start}"
        )
    for p in result.policies:
        print(f"policy 《{p.title}》 kind={p.kind} issuer={p.issuer} effective={p.effective} aliases={list(p.aliases)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
