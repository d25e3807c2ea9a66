"""Layout helpers the styles share."""

from __future__ import annotations

from mengke.layout import trailing_byline


def test_a_jump_note_or_serial_mark_in_parentheses_is_no_byline() -> None:
    assert trailing_byline("……带动就业两千人。（下转第二版）") is None
    assert trailing_byline("……带动就业两千人。（上接第1版）") is None
    assert trailing_byline("……全文完。（完）") is None
    assert trailing_byline("……带动就业两千人。（周涛）") == (("周涛",), 10)
