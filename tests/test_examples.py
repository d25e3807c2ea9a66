"""Every example script runs on its default articles (in a subprocess, as a user runs it)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

EXAMPLES = sorted((ROOT / "examples").glob("0*.py"))


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, encoding="utf-8", cwd=ROOT, timeout=120, check=False
    )


@pytest.mark.parametrize("script", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_example_runs_cleanly(script: Path) -> None:
    run = _run(str(script))
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip()
    assert "Traceback" not in run.stderr


def test_01_prints_a_table_of_metrics_and_policies() -> None:
    out = _run("examples/01_extract_one.py").stdout
    assert "技术合同成交额" in out and "policy 《" in out


def test_02_writes_csv_with_offsets(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    assert _run("examples/02_folder_to_csv.py", "examples/data", str(target)).returncode == 0
    header, *rows = target.read_text(encoding="utf-8").splitlines()
    assert header.startswith("article,story,start,end,text")
    assert len(rows) >= 10


def test_03_the_inline_extractor_wins_on_its_layout() -> None:
    assert "style: wire_item" in _run("examples/03_inline_extractor.py").stdout


def test_04_gives_a_series_with_article_and_offsets() -> None:
    out = _run("examples/04_indicator_over_time.py", "--indicator", "技术合同成交额").stdout
    assert "赤峰\t2024" in out and "portal_chifeng.txt[" in out


def test_examples_accept_a_new_article_on_the_command_line(tmp_path: Path) -> None:
    article = tmp_path / "new.txt"
    article.write_text("通辽市今年新增国家级科技企业孵化器2家。", encoding="utf-8")
    run = _run("examples/01_extract_one.py", str(article))
    assert run.returncode == 0 and "2 " in run.stdout
    assert _run("examples/01_extract_one.py", str(tmp_path / "missing.txt")).returncode == 1
