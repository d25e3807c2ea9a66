"""Reading articles: encodings, byte-order marks, binary files, offsets as given."""

from __future__ import annotations

from pathlib import Path

import pytest

import mengke
from mengke import Article, ArticleError
from mengke.article import as_article

TEXT = "全区新增高新技术企业215家，\r\n同比增长12%。"


def test_a_utf8_bom_is_kept_so_offsets_match_the_file_read_as_utf8_and_is_no_part_of_a_title(
    tmp_path: Path,
) -> None:
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf" + ("科技动态\n\n" + TEXT).encode())
    article = Article.from_path(p)
    assert article.text == "\ufeff科技动态\n\n" + TEXT
    got = mengke.extract(article)
    raw = p.open(encoding="utf-8", newline="").read()
    assert got.metrics and all(raw[m.start : m.end] == m.text for m in got.metrics)
    assert got.stories[0].title == "科技动态"


def test_line_endings_are_kept_so_offsets_match_the_file(tmp_path: Path) -> None:
    p = tmp_path / "crlf.txt"
    p.write_bytes(TEXT.encode())
    got = mengke.extract(p)
    raw = p.read_bytes().decode()
    assert all(raw[m.start : m.end] == m.text for m in got.metrics)


@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "utf-16"])
def test_other_chinese_encodings_are_detected(tmp_path: Path, encoding: str) -> None:
    p = tmp_path / f"{encoding}.txt"
    data = TEXT.encode(encoding)
    if encoding == "utf-16":
        assert data.startswith((b"\xff\xfe", b"\xfe\xff"))
    p.write_bytes(data)
    assert Article.from_path(p).text == TEXT


def test_binary_data_is_an_error_naming_the_file(tmp_path: Path) -> None:
    p = tmp_path / "photo.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(ArticleError, match=r"photo\.txt: looks binary"):
        Article.from_path(p)


def test_a_missing_file_and_a_folder_are_errors_that_say_so(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="no such file"):
        Article.from_path(tmp_path / "nope.txt")
    with pytest.raises(ArticleError, match="is a folder"):
        Article.from_path(tmp_path)


def test_text_and_paths_are_both_accepted(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(TEXT, encoding="utf-8")
    assert as_article(str(p)).path == str(p)
    assert as_article(TEXT).path is None
    with pytest.raises(TypeError):
        as_article(42)  # type: ignore[arg-type]


def test_html_given_as_text_gives_a_result_not_a_crash() -> None:
    got = mengke.extract("<html><body><p>投入资金3亿元</p></body></html>")
    assert [m.text for m in got.metrics] == ["3亿元"]
