"""Instructions per pass over the seeds, counted by callgrind: a ratio that noise cannot move.

    pip install -e '.[bench]' ./plugins/mengke-*
    python benchmarks/instructions.py [--passes N]

Seconds on a shared machine move by 5-10 % from one hour to the next; an instruction count
is the same for the same binary, inputs and environment, whatever else the machine is doing.
Each reader runs under ``valgrind --tool=callgrind`` twice, once with a warm-up pass only
and once with ``N`` more passes; the difference over ``N`` is its instructions per pass.
The count is no time: chinese2digits spends its instructions in the regex engine's tight
loops, mengke in the interpreter's, which run fewer instructions a cycle; so the time ratio
(benchmarks/run.py, the one the targets are set in) is larger than this one.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import warnings
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
READERS = ("chinese2digits", "find_quantities", "extract")
_COLLECTED = re.compile(r"Collected : (\d+)")


def _reader(name: str) -> Callable[[str], object]:
    if name == "chinese2digits":
        warnings.simplefilter("ignore")
        import chinese2digits

        return chinese2digits.takeNumberFromString  # type: ignore[no-any-return]
    import mengke

    return mengke.find_quantities if name == "find_quantities" else mengke.extract


def _passes(name: str, passes: int) -> None:
    """The child: a warm-up pass over the seeds, then ``passes`` more."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    read = _reader(name)
    for _ in range(1 + passes):
        for text in texts:
            read(text)


def _instructions(name: str, passes: int) -> int:
    command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, __file__]
    out = subprocess.run(
        [*command, "--child", name, "--passes", str(passes)],
        capture_output=True,
        text=True,
        check=True,
    )
    m = _COLLECTED.search(out.stderr)
    if m is None:
        raise RuntimeError(f"callgrind printed no count for {name}:\n{out.stderr[-2000:]}")
    return int(m.group(1))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--passes", type=int, default=3, help="passes over the seeds counted (default 3)")
    parser.add_argument("--child", choices=READERS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _passes(args.child, args.passes)
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: apt-get install valgrind", file=sys.stderr)
        return 2
    if not SEEDS.is_dir():
        print(f"no seed articles at {SEEDS}", file=sys.stderr)
        return 2
    per_pass = {}
    for name in READERS:
        per_pass[name] = (_instructions(name, args.passes) - _instructions(name, 0)) / args.passes
        print(f"| {name} | {per_pass[name] / 1e6:.2f} M instructions a pass |")
    base = per_pass["chinese2digits"]
    print(f"chinese2digits / find_quantities instructions: {base / per_pass['find_quantities']:.2f}x")
    print(f"extract / chinese2digits instructions: {per_pass['extract'] / base:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
