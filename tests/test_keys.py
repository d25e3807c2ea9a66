"""Stable ASCII keys: a snapshot, so a new pypinyin release that changes one is noticed."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from mengke import make_key

SNAPSHOT = {
    "技术合同成交额": "jishu-hetong-chengjiaoe",
    "内蒙古": "neimenggu",
    "呼和浩特": "huhehaote",
    "研发投入": "yanfa-touru",
    "科技支出": "keji-zhichu",
    "高新技术企业": "gaoxinjishu-qiye",
    "后补助资金": "houbuzhu-zijin",
    "乌拉特中旗": "wulatezhongqi",
    "银行贷款": "yinhang-daikuan",  # a word pypinyin reads otherwise than its characters
    "重庆": "chongqing",
}


@pytest.mark.parametrize(("phrase", "key"), list(SNAPSHOT.items()))
def test_keys_match_the_snapshot(phrase: str, key: str) -> None:
    assert make_key(phrase) == key


@given(st.text(max_size=20))
@example("鿮")  # a CJK character pypinyin has no reading for
def test_keys_are_ascii_and_deterministic(text: str) -> None:
    key = make_key(text)
    assert key.isascii()
    assert key == make_key(text)


def test_traditional_and_full_width_forms_give_the_same_key() -> None:
    assert make_key("高新技術企業") == make_key("高新技术企业")


def test_the_packed_word_list_is_kept_between_processes_and_read_back_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mengke import keys

    monkeypatch.setattr(tempfile, "gettempdir", lambda: str(tmp_path))
    keys._words.cache_clear()
    try:
        first = keys._words()
        (cache,) = tmp_path.glob("mengke-words-*.bin")
        keys._words.cache_clear()
        assert keys._words() == first  # read back from the file
        cache.write_bytes(b"\\x00" * 5)  # a file cut short is no word list: the dictionary is read again
        keys._words.cache_clear()
        assert keys._words() == first
    finally:
        keys._words.cache_clear()


def test_a_temporary_folder_that_cannot_be_written_only_costs_a_read_of_the_dictionary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mengke import keys

    monkeypatch.setattr(tempfile, "gettempdir", lambda: str(tmp_path / "missing"))
    keys._words.cache_clear()
    try:
        assert len(keys._words()) > 10_000
        assert not (tmp_path / "missing").exists()
    finally:
        keys._words.cache_clear()


def test_a_lone_surrogate_or_a_character_outside_the_bmp_is_in_no_word() -> None:
    from mengke.keys import is_common_word, segment

    assert not is_common_word("位\ud800")
    assert not is_common_word("𠀀位")
    assert "".join(segment("首位\ud800项目")) == "首位\ud800项目"


def test_text_with_a_lone_surrogate_is_read_without_an_error() -> None:
    import mengke

    text = "某园区围绕“#节水农业”建设示范田，首位\ud800项目3个。"
    assert [m.text for m in mengke.extract(text).metrics] == ["3个"]
