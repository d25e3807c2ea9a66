"""The table of readings gives what pypinyin itself gives, for every word a key can be cut into."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from pypinyin import lazy_pinyin

from mengke import keys
from mengke.readings import FIRST, LAST, Readings, derive, kept_readings


def test_every_word_of_the_list_and_every_character_reads_as_pypinyin_reads_it() -> None:
    table = keys._readings()
    words = [keys._unpack(code) for code in keys._words()]
    words = [w for w in words if all(FIRST <= ord(c) <= LAST for c in w)]
    assert len(words) > 50_000
    wrong = [w for w in words if table.of(w) != lazy_pinyin(w)]
    assert wrong == []
    block = [chr(c) for c in range(FIRST, LAST + 1)]
    assert [table.of(c)[0] for c in block] == lazy_pinyin(block)


def test_a_word_read_otherwise_than_its_characters_keeps_its_own_reading() -> None:
    table = derive(["银行", "行业", "科技"])
    assert table.of("银行") == ["yin", "hang"]
    assert table.of("行") == ["xing"]
    assert table.of("科技") == ["ke", "ji"]


def test_a_table_is_read_back_as_it_was_written() -> None:
    table = derive(["银行", "重庆"])
    again = Readings.load(table.dump())
    assert again.of("银行") == ["yin", "hang"]
    assert again.of("重庆") == ["chong", "qing"]
    assert again.dump() == table.dump()


@pytest.mark.parametrize(
    "text",
    [
        "",
        "mengke-readings 1",  # cut short after the first line
        "mengke-readings 1\nzhong guo\nend",  # two characters where the block has 20 992
        "mengke-readings 1\n" + " ".join("a" * (LAST - FIRST + 1)) + "\n中国 zhong\nend",  # a word's reading cut
        "other 1\n\nend",
    ],
)
def test_a_file_that_is_no_table_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        Readings.load(text.encode("utf-8"))


def test_the_table_is_kept_in_the_temporary_folder_and_made_again_when_cut_short(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "gettempdir", lambda: str(tmp_path))
    asked: list[int] = []

    def words() -> list[str]:
        asked.append(1)
        return ["银行"]

    first = kept_readings(words, "test")
    (kept,) = tmp_path.glob("mengke-readings-*.bin")
    assert kept_readings(words, "test").dump() == first.dump()
    assert len(asked) == 1  # the second process reads the file
    kept.write_bytes(kept.read_bytes()[:-3])  # cut short inside a word's reading
    assert kept_readings(words, "test").of("银行") == ["yin", "hang"]
    assert len(asked) == 2


def test_where_no_table_can_be_kept_pypinyin_is_asked_word_by_word(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "gettempdir", lambda: str(tmp_path / "missing"))
    asked: list[int] = []

    def words() -> list[str]:
        asked.append(1)
        return ["银行"]

    readings = kept_readings(words, "test")
    assert readings.of("银行") == ["yin", "hang"]
    assert readings.of("鿮鿯") == ["鿮", "鿯"]  # one item a character, as the table gives
    assert asked == []  # no table derived in a process that could not keep it
    assert not (tmp_path / "missing").exists()
