"""The cattrs converter: round trips, plain decimals, readable errors."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mengke import ArticleMeta, Extraction, Metric, MetricKind, Policy, Qualifier, RecordError, Status, Story
from mengke.serialize import format_decimal, from_json, structure, to_json, unstructure

decimals = st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**18), max_value=10**18, places=4)
offsets = st.integers(min_value=0, max_value=10**6)
names = st.text(alphabet="技术合同成交额内蒙古呼和浩特abc", min_size=1, max_size=8)


@st.composite
def metrics(draw: st.DrawFn) -> Metric:
    start = draw(offsets)
    value = draw(decimals)
    upper = draw(st.none() | decimals.map(lambda d: abs(d) + value))
    return draw(
        st.builds(
            Metric,
            value=st.just(value),
            upper=st.just(upper),
            unit=st.sampled_from(["元", "%", "家", "倍"]),
            start=st.just(start),
            end=st.integers(min_value=start, max_value=start + 30),
            text=names,
            kind=st.sampled_from(MetricKind),
            qualifier=st.sampled_from(Qualifier),
            indicator=st.none() | names,
            year=st.none() | st.integers(1990, 2060),
            region=st.none() | names,
            status=st.sampled_from(Status),
            story=st.none() | st.integers(0, 9),
        )
    )


@st.composite
def policies(draw: st.DrawFn) -> Policy:
    start = draw(offsets)
    first = draw(st.integers(1990, 2050))
    return draw(
        st.builds(
            Policy,
            title=names,
            start=st.just(start),
            end=st.integers(start, start + 40),
            kind=st.none() | st.sampled_from(["办法", "条例", "实施方案"]),
            aliases=st.tuples(names) | st.just(()),
            issuer=st.none() | names,
            year=st.none() | st.integers(1990, 2050),
            period=st.none() | st.just((first, first + 4)),
            effective=st.none() | st.dates(),
        )
    )


extractions = st.builds(
    Extraction,
    style=st.sampled_from(["generic", "portal_page"]),
    meta=st.builds(
        ArticleMeta,
        title=st.none() | names,
        published=st.none() | st.dates(),
        authors=st.lists(names, max_size=2).map(tuple),
    ),
    stories=st.lists(st.builds(Story, title=st.none() | names, start=st.just(0), end=offsets), max_size=3).map(tuple),
    metrics=st.lists(metrics(), max_size=4).map(tuple),
    policies=st.lists(policies(), max_size=3).map(tuple),
)


@given(metrics())
def test_metric_round_trips_through_json(m: Metric) -> None:
    assert from_json(to_json(m), Metric) == m


@given(extractions)
def test_extraction_round_trips_through_json(e: Extraction) -> None:
    assert from_json(to_json(e)) == e
    assert structure(unstructure(e), Extraction, strict=True) == e


def test_decimals_are_plain_strings_never_exponents() -> None:
    assert format_decimal(Decimal("1.5") * Decimal("1E8")) == "150000000"
    assert format_decimal(Decimal("1.50")) == "1.5"
    assert format_decimal(Decimal("-0.0")) == "0"
    data = json.loads(to_json(Metric(value=Decimal("4E+15"), unit="次", start=0, end=1, text="4", kind="physical")))
    assert data["value"] == "4000000000000000"


def test_dates_are_iso_strings() -> None:
    data = json.loads(to_json(ArticleMeta(published=dt.date(2026, 3, 11))))
    assert data["published"] == "2026-03-11"


def test_bad_json_gives_record_error_with_the_path_of_each_problem() -> None:
    bad = {"value": "not a number", "unit": "元", "start": 0, "end": 1, "text": "x", "kind": "amount"}
    with pytest.raises(RecordError) as info:
        structure(bad, Metric)
    assert any("value" in line for line in info.value.lines)


def test_strict_structure_refuses_unknown_keys() -> None:
    data = {"title": "某办法", "start": 0, "end": 3, "surprise": 1}
    structure(data, Policy)
    with pytest.raises(RecordError):
        structure(data, Policy, strict=True)


def test_not_json_is_a_record_error() -> None:
    with pytest.raises(RecordError, match="not JSON"):
        from_json("{")
