"""Benchmarks: mengke against the peer libraries, side by side in one run.

    pip install -e '.[bench]' ./plugins/mengke-*
    python benchmarks/run.py [--quick] [--json OUT]

(``MENGKE_COMPILE=1 pip install .`` first measures the compiled build; the report says which ran.)

Reports ratios (these machines are noisy; absolute times are for orientation only):

1. number reading on the Recognizers NumberModel inputs: each peer's natural API, cases/s;
2. number reading on the seed articles: characters/s (target: mengke >= 2x chinese2digits);
3. full extraction of the seeds against chinese2digits' bare number pass (target: <= 1.0);
4. scale: a 1 MB and a 10 MB article made from our own fixtures (target: 10 MB <= 12x 1 MB,
   peak memory < 300 MB), each in a fresh process;
5. cold ``import mengke`` (target: < 0.3 s);
6. ``mengke extract --jobs 2`` against ``--jobs 1`` over a folder (target: >= 1.7x).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXTRACT = "mengke extract (style, stories, metrics, policies)"
FIXTURES = sorted((ROOT / "examples" / "data").glob("*")) + sorted(ROOT.glob("plugins/*/tests/page.txt"))


def interleaved_medians(fns: dict[str, Callable[[], object]], runs: int) -> dict[str, float]:
    """Median time of each function, timed in turn within each round, so that a slow spell of a
    noisy machine falls on every contender alike (ratios stay steady where absolute times do not)."""
    for fn in fns.values():
        fn()  # warm up: lazy tables, caches, JIT of the peers
    times: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(runs):
        for name, fn in fns.items():
            t0 = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - t0)
    return {name: statistics.median(ts) for name, ts in times.items()}


def _guarded(fn: Callable[[str], object]) -> Callable[[str], object]:
    """A peer that raises on some input returns nothing for it (as the shared scorer treats it)."""

    def call(text: str) -> object:
        try:
            return fn(text)
        except Exception:
            return None

    return call


def peers() -> dict[str, Callable[[str], object]]:
    """Each peer's natural API for 'every number in this text'; missing peers are left out."""
    raw = _peers()
    return {name: (fn if name.startswith("mengke") else _guarded(fn)) for name, fn in raw.items()}


def _peers() -> dict[str, Callable[[str], object]]:
    out: dict[str, Callable[[str], object]] = {}
    import mengke

    out["mengke find_quantities"] = mengke.find_quantities
    with contextlib.suppress(ImportError):
        import chinese2digits

        out["chinese2digits takeNumberFromString"] = chinese2digits.takeNumberFromString
    with contextlib.suppress(ImportError):
        import cn2an

        warnings.filterwarnings("ignore", module="cn2an")  # it warns on every numeral it cannot read

        out["cn2an transform"] = lambda t: cn2an.transform(t, "cn2an")
    with contextlib.suppress(ImportError), contextlib.redirect_stdout(io.StringIO()):
        import jionlp

        out["jionlp extract_money (money only)"] = lambda t: jionlp.ner.extract_money(t, with_parsing=True)
    with contextlib.suppress(ImportError):
        import recognizers_number as rn

        model = rn.NumberRecognizer(rn.Culture.Chinese).get_number_model()
        out["recognizers number model"] = model.parse
    return out


def bench_cases(runs: int) -> list[dict[str, object]]:
    cases = [json.loads(x)["input"] for x in (SHARED / "conformance/recognizers-zh/NumberModel.jsonl").open()]
    fns = {name: (lambda fn=fn: [fn(c) for c in cases]) for name, fn in peers().items()}
    medians = interleaved_medians(fns, runs)
    return [
        {"peer": name, "cases": len(cases), "seconds": t, "cases_per_s": len(cases) / t} for name, t in medians.items()
    ]


_SEED_ROUNDS = 5  # rounds over the seeds per run of the other sections (the seeds' ratios are the targets)


def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((SHARED / "seeds").glob("*.txt"))]


def bench_seeds(runs: int) -> list[dict[str, object]]:
    texts = seed_texts()
    chars = sum(map(len, texts))
    import mengke

    fns = {name: (lambda fn=fn: [fn(x) for x in texts]) for name, fn in peers().items()}
    fns[EXTRACT] = lambda: [mengke.extract(x) for x in texts]
    medians = interleaved_medians(fns, runs)
    return [{"peer": name, "chars": chars, "seconds": t, "chars_per_s": chars / t} for name, t in medians.items()]


def synthetic(size: int) -> str:
    """An article of ``size`` bytes of UTF-8 (its size on disk) from our own fixtures; each copy's
    digits permuted so that copies are not word-for-word repeats (which a copy-error rule would
    read only once). The text is cut at a line end, so no character is split."""
    base = "\n\n".join(p.read_text(encoding="utf-8") for p in FIXTURES)
    parts, total, k = [], 0, 0
    while total < size:
        digits = list("0123456789")
        random.Random(k).shuffle(digits)
        shift = str.maketrans("0123456789", "".join(digits))
        part = base.translate(shift) + f"\n\n（第{k + 1}篇）\n\n"
        parts.append(part)
        total += len(part.encode("utf-8"))
        k += 1
    data = "".join(parts).encode("utf-8")[:size]
    return data[: data.rfind(b"\n") + 1].decode("utf-8")


_SCALE_CHILD = """
import resource, sys, time
import mengke
from mengke.article import Article
text = open(sys.argv[1], encoding="utf-8").read()
mengke.extract(text[:2000])  # warm up the lazy tables and the key tokenizer
t0 = time.perf_counter()
result = mengke.extract(Article(text=text))
elapsed = time.perf_counter() - t0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(elapsed, peak, len(result.metrics))
"""


def child_env() -> dict[str, str]:
    """The environment of the timed child processes: Python's defaults, so that compiled
    bytecode is kept and reused as in a regular install. This workplace sets
    PYTHONDONTWRITEBYTECODE=1, under which every process compiled mengke's sources anew
    (0.1 s of each start)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def warm_bytecode() -> None:
    """Import mengke and its plugins once in a child, which writes their bytecode."""
    subprocess.run([sys.executable, "-m", "mengke.cli", "plugins"], env=child_env(), capture_output=True, check=True)


def bench_scale(sizes: tuple[int, ...]) -> list[dict[str, object]]:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            path = Path(tmp) / f"{size}.txt"
            path.write_text(synthetic(size), encoding="utf-8")
            out = subprocess.run(
                [sys.executable, "-c", _SCALE_CHILD, str(path)],
                env=child_env(),
                capture_output=True,
                text=True,
                check=True,
            ).stdout.split()
            rows.append({"chars": size, "seconds": float(out[0]), "peak_mb": float(out[1]), "metrics": int(out[2])})
    return rows


def bench_import(runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import mengke"], env=child_env(), check=True)
        times.append(time.perf_counter() - t0)
    baseline = statistics.median(
        [
            _time(lambda: subprocess.run([sys.executable, "-c", "pass"], env=child_env(), check=True))
            for _ in range(runs)
        ]
    )
    return statistics.median(times) - baseline


def _time(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def bench_jobs(articles: int, runs: int) -> dict[str, float]:
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        big = synthetic(articles * 6000)
        for k in range(articles):
            start = rng.randrange(0, len(big) - 6000)
            (Path(tmp) / f"{k:03}.txt").write_text(big[start : start + 6000], encoding="utf-8")
        mengke = [sys.executable, "-m", "mengke.cli", "extract", "--format", "jsonl", tmp]
        outputs: dict[int, str] = {}
        runs_t: dict[int, list[float]] = {1: [], 2: []}
        for _ in range(runs):  # the two in turn within each round, so a busy spell falls on both
            for jobs in (1, 2):
                t0 = time.perf_counter()
                cmd = [*mengke, "--jobs", str(jobs)]
                outputs[jobs] = subprocess.run(cmd, env=child_env(), capture_output=True, text=True, check=True).stdout
                runs_t[jobs].append(time.perf_counter() - t0)
        times = {jobs: statistics.median(ts) for jobs, ts in runs_t.items()}
        assert outputs[1] == outputs[2], "--jobs 2 changed the output"
    return {"jobs1_s": times[1], "jobs2_s": times[2], "speedup": times[1] / times[2], "cpus": os.cpu_count() or 1}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="fewer runs and a smaller scale test")
    ap.add_argument("--json", help="write all figures to this file")
    args = ap.parse_args()
    runs = 3 if args.quick else 7
    import mengke.numbers.quantity

    compiled = not mengke.numbers.quantity.__file__.endswith(".py")  # MENGKE_COMPILE=1 pip install .
    report: dict[str, object] = {"python": sys.version.split()[0], "cpus": os.cpu_count(), "compiled": compiled}
    print(f"mengke's number reading: {'compiled by mypyc' if compiled else 'pure Python'}\n")

    print("## Number reading: NumberModel inputs (cases/s, median)")
    rows = bench_cases(runs)
    report["cases"] = rows
    for r in rows:
        print(f"| {r['peer']} | {r['cases_per_s']:,.0f} |")

    print("\n## Seeds: characters/s (median)")
    rows = bench_seeds(runs * _SEED_ROUNDS)  # a round is 0.2 s: more of them steady the ratios
    report["seeds"] = rows
    by = {r["peer"]: r for r in rows}
    for r in rows:
        print(f"| {r['peer']} | {r['chars_per_s']:,.0f} | {r['seconds']:.4f} s |")
    c2d = by.get("chinese2digits takeNumberFromString")
    if c2d:
        fq = by["mengke find_quantities"]
        ex = by[EXTRACT]
        report["ratio_find_quantities_vs_c2d"] = fq["chars_per_s"] / c2d["chars_per_s"]  # type: ignore[operator]
        report["ratio_extract_time_vs_c2d_time"] = ex["seconds"] / c2d["seconds"]  # type: ignore[operator]
        print(f"find_quantities / chinese2digits throughput: {report['ratio_find_quantities_vs_c2d']:.2f}x (>= 2)")
        print(f"extract time / chinese2digits time: {report['ratio_extract_time_vs_c2d_time']:.2f} (<= 1.0)")

    warm_bytecode()
    print("\n## Scale (fresh process each)")
    sizes = (200_000, 2_000_000) if args.quick else (1_000_000, 10_000_000)
    rows = bench_scale(sizes)
    report["scale"] = rows
    for r in rows:
        print(f"| {r['chars']:,} bytes | {r['seconds']:.2f} s | {r['peak_mb']:.0f} MB peak | {r['metrics']} metrics |")
    report["scale_ratio"] = rows[1]["seconds"] / rows[0]["seconds"]  # type: ignore[operator]
    print(f"time ratio for 10x the text: {report['scale_ratio']:.1f} (<= 12)")

    t = bench_import(5)
    report["cold_import_s"] = t
    print(f"\n## Cold import: {t:.3f} s over a bare interpreter (< 0.3)")

    jobs = bench_jobs(60 if args.quick else 200, 1 if args.quick else 5)
    report["jobs"] = jobs
    print(f"\n## --jobs 2 vs --jobs 1: {jobs['speedup']:.2f}x on {jobs['cpus']} CPUs (>= 1.7)")

    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
