"""Clause bounds from the delimiter index agree with a plain walk over the characters."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from mengke.text import CLAUSE_DELIMS, SENTENCE_END, Clauses

_DELIMS = CLAUSE_DELIMS + SENTENCE_END


def _walk_start(text: str, pos: int, floor: int, reach: int | None) -> int:
    if reach is not None:
        floor = max(floor, pos - reach)
    k = pos
    while k > floor:
        if text[k - 1] in _DELIMS:
            return k
        k -= 1
    return floor


def _walk_end(text: str, pos: int, ceiling: int, reach: int | None) -> int:
    if reach is not None:
        ceiling = min(ceiling, pos + reach)
    k = pos
    while k < ceiling:
        if text[k] in _DELIMS:
            return k
        k += 1
    return ceiling


@given(st.text(alphabet="增长，、；。！年亿元a ", max_size=120), st.data(), st.sampled_from([None, 5, 200]))
def test_clause_bounds_agree_with_a_walk(text: str, data: st.DataObject, reach: int | None) -> None:
    clauses = Clauses(text, reach=reach)
    pos = data.draw(st.integers(0, len(text)))
    floor = data.draw(st.integers(0, pos))
    ceiling = data.draw(st.integers(pos, len(text)))
    assert clauses.start(pos, floor) == _walk_start(text, pos, floor, reach)
    assert clauses.end(pos, ceiling) == _walk_end(text, pos, ceiling, reach)


def test_a_clause_runs_from_the_comma_before_to_the_comma_after() -> None:
    text = "全区科技投入增长，其中研发投入12亿元，同比增长8%。"
    clauses = Clauses(text)
    pos = text.index("12")
    assert text[clauses.start(pos, 0) : clauses.end(pos, len(text))] == "其中研发投入12亿元"
