"""The shared scorer on the seed articles: the gates issues 3, 4 and 5 set."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SHARED

pytestmark = pytest.mark.skipif(
    not (SHARED / "eval" / "score.py").exists(),
    reason="../shared/eval is not beside the project (seed scoring runs in CI)",
)


def _score(gold: Path, articles: Path) -> dict[str, float]:
    if shutil.which("mengke") is None:
        pytest.skip("the mengke command is not installed in this environment")
    run = subprocess.run(
        [
            sys.executable,
            str(SHARED / "eval" / "score.py"),
            "--gold",
            str(gold),
            "--articles",
            str(articles),
            "--cmd",
            "mengke extract --format json {}",
            "--json",
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    return json.loads(run.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def totals() -> dict[str, float]:
    return _score(SHARED / "gold", SHARED / "seeds")


def test_metric_precision_and_recall(totals: dict[str, float]) -> None:
    assert totals["metric_precision"] >= 0.93
    assert totals["metric_recall"] >= 0.93
    assert totals["contract_problems"] == 0


def test_metric_attributes(totals: dict[str, float]) -> None:
    for name, floor in {
        "indicator": 0.85,
        "year": 0.90,
        "region": 0.85,
        "kind": 0.90,
        "qualifier": 0.95,
        "status": 0.90,
    }.items():
        assert totals[f"attr_{name}"] >= floor, name


def test_policies(totals: dict[str, float]) -> None:
    assert totals["policy_precision"] >= 0.90 and totals["policy_recall"] >= 0.90
    for name, floor in {
        "kind": 0.90,
        "year": 0.85,
        "issuer": 0.80,
        "period": 0.90,
        "aliases": 0.80,
        "effective": 1.0,
    }.items():
        assert totals[f"policy_attr_{name}"] >= floor, name


def test_stories_and_meta(totals: dict[str, float]) -> None:
    assert totals["story_recall"] >= 0.90
    assert 0.80 <= totals["story_count_ratio"] <= 1.25
    assert totals["meta_accuracy"] >= 0.90


@pytest.mark.parametrize("width", [16])
def test_the_seeds_hard_wrapped_as_a_narrow_column_score_as_given(tmp_path: Path, width: int) -> None:
    script = ROOT / "scripts" / "wrap_articles.py"
    args = [str(SHARED / "gold"), str(SHARED / "seeds"), str(tmp_path), "--width", str(width)]
    subprocess.run([sys.executable, str(script), *args], check=True)
    wrapped = _score(tmp_path / "gold", tmp_path / "articles")
    assert wrapped["metric_precision"] >= 0.98 and wrapped["metric_recall"] >= 0.98
    assert wrapped["policy_precision"] >= 0.95 and wrapped["policy_recall"] >= 0.95
    for name in ("indicator", "year", "region", "status"):
        assert wrapped[f"attr_{name}"] >= 0.95, name
