"""The mengke command: formats, folders, exit codes, one line per failed file."""

from __future__ import annotations

import csv
import io
import json
import types
from pathlib import Path

import pytest

import mengke.api
from mengke import Article, Extraction, Extractor, StyleMatch, hookimpl
from mengke.cli import main
from mengke.plugins import make_plugin_host

ARTICLE = "赤峰推进科技兴农\n\n2025年，赤峰市新建高标准农田12万亩，农业科技进步贡献率达到63%。\n"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


def test_json_for_one_article_is_the_contract_object(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--format", "json", str(article)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= {"style", "meta", "stories", "metrics", "policies"}
    m = data["metrics"][0]
    assert set(m) >= {
        "value",
        "upper",
        "unit",
        "qualifier",
        "start",
        "end",
        "text",
        "kind",
        "indicator",
        "year",
        "region",
        "status",
        "story",
    }
    assert ARTICLE[m["start"] : m["end"]] == m["text"]
    assert m["value"] == "120000" and m["unit"] == "亩" and m["year"] == 2025


def test_jsonl_prints_one_line_per_article(tmp_path: Path, article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    second = tmp_path / "b.txt"
    second.write_text("新增企业30家。", encoding="utf-8")
    assert main(["extract", "--format", "jsonl", "--jobs", "1", str(article), str(second)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert [json.loads(x)["path"] for x in lines] == [str(article), str(second)]


def test_csv_has_one_row_per_metric_with_path_and_offsets(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--format", "csv", str(article)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["text"] for r in rows] == ["12万亩", "63%"]
    assert rows[0]["path"] == str(article) and int(rows[0]["start"]) == ARTICLE.index("12万亩")


def test_table_is_readable(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--format", "table", str(article)]) == 0
    out = capsys.readouterr().out
    assert "indicator" in out and "120000" in out


def test_a_folder_reads_every_article_in_it(tmp_path: Path, article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.md").write_text("投入资金5亿元。", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    assert main(["extract", "--format", "json", "--jobs", "1", str(tmp_path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data) == 2


def test_a_bad_file_is_one_line_on_stderr_and_the_others_still_print(
    tmp_path: Path, article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\x01\x02binary")
    missing = tmp_path / "missing.txt"
    code = main(["extract", "--format", "jsonl", "--jobs", "1", str(binary), str(article), str(missing)])
    captured = capsys.readouterr()
    assert code == 1
    assert len(captured.out.strip().splitlines()) == 1
    errors = [x for x in captured.err.splitlines() if x.startswith("mengke:")]
    assert any("bin.txt" in x and "binary" in x for x in errors)
    assert any("missing.txt" in x and "no such file" in x for x in errors)
    assert "Traceback" not in captured.err


def test_processes_give_the_same_output_in_the_same_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = []
    for k in range(6):
        p = tmp_path / f"{k}.txt"
        p.write_text(f"新增企业{k + 1}0家。", encoding="utf-8")
        paths.append(str(p))
    main(["extract", "--format", "jsonl", "--jobs", "1", *paths])
    one = capsys.readouterr().out
    main(["extract", "--format", "jsonl", "--jobs", "2", *paths])
    assert capsys.readouterr().out == one


def test_styles_lists_every_score_with_reasons(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["styles", str(article)]) == 0
    out = capsys.readouterr().out
    assert "generic" in out and "fallback" in out


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["extract"])
    assert info.value.code == 2
    assert main(["extract", "--jobs", "0", "x.txt"]) == 2


def test_an_unknown_style_is_a_one_line_error(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--style", "nope", str(article)]) == 1
    assert "no style named 'nope'" in capsys.readouterr().err


def test_a_dash_reads_the_article_from_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode("gb18030"))))
    assert main(["extract", "--format", "json", "-"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["path"] == "-"
    assert [m["text"] for m in data["metrics"]] == ["12万亩", "63%"]


def test_binary_standard_input_is_a_one_line_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"\x00\x01\x02")))
    assert main(["extract", "-"]) == 1
    err = capsys.readouterr().err
    assert "standard input: looks binary" in err


class Breaks(Extractor):
    """A style that scores first and raises when it reads."""

    name = "breaks"

    def score(self, article: Article) -> StyleMatch:
        return StyleMatch(0.99)

    def extract(self, article: Article) -> Extraction:
        raise RuntimeError("boom")


@hookimpl
def _breaks_extractors() -> list[Extractor]:
    return [Breaks()]


def test_a_plugin_that_raises_is_one_warning_line_and_the_article_is_still_read(
    article: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    brittle = types.SimpleNamespace(mengke_extractors=_breaks_extractors)
    host = make_plugin_host(load_entrypoints=False, extra=[("brittle", brittle)], strict=False)
    monkeypatch.setattr(mengke.api, "get_plugin_host", lambda: host)
    assert main(["extract", "--format", "json", "--jobs", "1", str(article)]) == 0
    out = capsys.readouterr()
    assert json.loads(out.out)["style"] == "generic"
    (line,) = out.err.strip().splitlines()
    assert line.startswith("mengke: warning: extractor 'breaks' (plugin 'brittle') failed on ")
    assert line.endswith("RuntimeError('boom'); read with style 'generic' instead")
