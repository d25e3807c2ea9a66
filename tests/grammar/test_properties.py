"""Properties of the number grammar, checked with hypothesis.

Round trips: a number written by the small writer in tests/strategies.py (Chinese,
capital, mixed 1.5亿, full-width, spaced) reads back exactly. Robustness: arbitrary text
never raises, every span slices back to its surface, a neutral prefix only shifts the
offsets, folding keeps the length and is idempotent.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import example, given
from hypothesis import strategies as st

from mengke import find_quantities, parse_number
from mengke.numbers import fold

from strategies import FULL_WIDTH, integers, magnitudes, short_decimals, spaced, write_chinese


@given(integers)
@example(0)
@example(10**15)
@example(100010001001)
def test_chinese_numerals_read_back_exactly(n: int) -> None:
    assert parse_number(write_chinese(n)) == n


@given(integers)
def test_capital_numerals_read_back_exactly(n: int) -> None:
    assert parse_number(write_chinese(n, capital=True)) == n


@given(integers)
def test_arabic_with_thousands_separators_reads_back(n: int) -> None:
    assert parse_number(f"{n:,}") == n


@given(integers)
def test_full_width_digits_read_like_half_width(n: int) -> None:
    assert parse_number(f"{n:,}".translate(FULL_WIDTH)) == parse_number(f"{n:,}")


@given(short_decimals, magnitudes)
def test_mixed_decimal_and_magnitude_reads_back(d: Decimal, mag: tuple[str, int]) -> None:
    word, factor = mag
    assert parse_number(f"{d}{word}") == d * factor


@given(st.integers(min_value=1, max_value=1000), st.sampled_from(["百分之", "千分之", "二分之", "万分之"]))
def test_a_fraction_word_reads_as_a_plain_decimal_never_an_exponent(n: int, head: str) -> None:
    (q,) = find_quantities(head + write_chinese(n))
    assert "E" not in str(q.value)


@given(short_decimals, magnitudes)
def test_a_magnitude_multiplied_out_leaves_no_trailing_zeros_but_digits_as_written_stay(
    d: Decimal, mag: tuple[str, int]
) -> None:
    (q,) = find_quantities(f"{d}{mag[0]}元")
    written = str(q.value)
    assert q.value == d * mag[1]
    assert "E" not in written and not ("." in written and written.endswith("0"))
    assert str(find_quantities("数值为12.30")[0].value) == "12.30"


@given(st.integers(min_value=1, max_value=10**12), st.lists(st.booleans(), max_size=40))
def test_spaces_inside_a_chinese_numeral_do_not_change_it(n: int, bits: list[bool]) -> None:
    assert parse_number(spaced(write_chinese(n), bits)) == n


@given(st.text(max_size=200))
@example("1..5亿元")
@example("负负负")
@example("百分之")
@example("翻番")
def test_find_quantities_never_raises_and_spans_slice_to_surface(text: str) -> None:
    for q in find_quantities(text):
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.surface
        assert q.upper is None or q.upper >= q.value or q.value < 0


@given(st.text(alphabet=st.sampled_from("0123456789一二三四五十百千万亿元家个%，。约余多至点 \n的年月"), max_size=60))
def test_a_neutral_prefix_shifts_offsets_by_its_length(text: str) -> None:
    prefix = "据悉。\n"
    plain = [(q.start, q.end, q.value, q.unit) for q in find_quantities(text)]
    shifted = [(q.start - len(prefix), q.end - len(prefix), q.value, q.unit) for q in find_quantities(prefix + text)]
    assert shifted == plain


@given(st.text(max_size=200))
def test_folding_keeps_length_and_is_idempotent(text: str) -> None:
    folded = fold(text)
    assert len(folded) == len(text)
    assert fold(folded) == folded


_FOLDABLE = (
    "（）：；！？％１２３４５６７８９０ＡＢ　"  # full-width
    "萬億點項發經濟國內們這為華實體線廣東區產業開業務當會長說"  # traditional
    "\U0002005e\U0002a6a5"  # outside the BMP
)


@given(st.text(alphabet=st.sampled_from(_FOLDABLE + "一二三万元，。的在和科技ab12 "), max_size=300))
def test_folding_by_replace_and_by_translate_agree(text: str) -> None:
    from mengke.numbers import normalize

    assert normalize._fold_chars(text) == text.translate(normalize._table())


@given(st.integers(min_value=1, max_value=10**9), st.sampled_from(["家", "%", "亿元", "万人", "项"]))
def test_full_width_and_half_width_quantities_have_equal_values(n: int, unit: str) -> None:
    half = f"共有{n}{unit}。"
    full = half.translate(FULL_WIDTH)
    assert [q.value for q in find_quantities(full)] == [q.value for q in find_quantities(half)]


_AFTER_NUMBER = [*"家%，。 年个亿元\n多", " 家", "", "个亿", "个月", "个万", " 亿", "余元"]


@given(
    st.from_regex(r"\A[0-9]{1,12}(\.[0-9]{1,4})?\Z", fullmatch=True),
    st.sampled_from(["", "万", "亿", "兆", "万亿", "千", "百万"]),
    st.sampled_from(_AFTER_NUMBER),
)
def test_the_fast_path_for_plain_arabic_agrees_with_the_full_grammar(number: str, magnitude: str, after: str) -> None:
    from mengke.numbers import grammar

    s = number + magnitude + after
    fast = grammar._read_plain_arabic(s, 0)
    if fast is None:
        return  # something continues the number: the full grammar reads it
    toks = grammar._tokenize(s, 0)
    full, _ = grammar._read_simple(toks, 0, False)  # type: ignore[misc]
    fields = ("value", "start", "end", "is_plain_integer", "digit_count", "has_chinese", "has_magnitude")
    assert [getattr(fast, f) for f in fields] == [getattr(full, f) for f in fields]
    assert (fast.last_multiplier, fast.coefficient) == (full.last_multiplier, full.coefficient)
    if fast.value:
        assert str(fast.value) == str(full.value)  # the same Decimal, exponent included


@given(
    st.sampled_from(sorted("零〇○一二两三四五六七八九壹贰叁肆伍陆柒捌玖俩幺")),
    st.text(alphabet="十百千万亿点分之又个负几数余多来成年批人家%，。 \t12.一二", max_size=4),
)
def test_the_fast_path_for_a_lone_chinese_digit_agrees_with_the_full_grammar(digit: str, after: str) -> None:
    from mengke.numbers import grammar

    s = digit + after
    fast = grammar._read_lone_chinese_digit(s, 0)
    if fast is None:
        return  # something continues the number: the full grammar reads it
    got = grammar._read_simple(grammar._tokenize(s, 0), 0, False)
    assert got is not None
    full = got[0]
    fields = ("value", "start", "end", "upper", "coefficient", "last_multiplier", "has_chinese", "is_plain_integer")
    assert [getattr(fast, f) for f in fields] == [getattr(full, f) for f in fields]


_AROUND_AN_ARTICLE = st.text(
    alphabet="一二十百万第每前比负下近约余多“”：: \t半/个批项次年天届家位名元%点0123456789，的新增企业达到超过",
    max_size=14,
)


@given(_AROUND_AN_ARTICLE)
@example("新增一批企业")
@example("“一批”")
@example("近一年多")
def test_the_shortcut_for_an_article_reads_as_the_full_reading_does(text: str) -> None:
    from mengke.numbers.quantity import _Scanner

    full = _Scanner(text, article_shortcut=False).scan() if text else []  # every 一 read in full
    assert find_quantities(text) == full
