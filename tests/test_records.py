"""Records: frozen, validated, evolvable; messages name the field and the value."""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest

from mengke import Metric, MetricKind, Policy, Qualifier, Status, Story


def _metric(**kw: object) -> Metric:
    base: dict[str, object] = dict(value=Decimal(5), unit="家", start=3, end=6, text="5 家", kind=MetricKind.COUNT)
    base.update(kw)
    return Metric(**base)  # type: ignore[arg-type]


def test_metric_defaults_are_exact_actual_and_unattributed() -> None:
    m = _metric()
    assert (m.qualifier, m.status, m.indicator, m.year, m.region) == (Qualifier.EXACT, Status.ACTUAL, None, None, None)


def test_records_are_frozen_and_evolve_into_new_records() -> None:
    m = _metric()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        m.value = Decimal(6)  # type: ignore[misc]
    assert attrs.evolve(m, year=2025).year == 2025
    assert m.year is None


def test_an_end_before_the_start_is_refused_with_both_numbers() -> None:
    with pytest.raises(ValueError, match=r"end \(2\) must be >= start \(3\)"):
        _metric(end=2)


def test_a_negative_offset_is_refused() -> None:
    with pytest.raises(ValueError, match="start must be >= 0"):
        _metric(start=-1)


def test_an_upper_bound_below_the_value_is_refused() -> None:
    with pytest.raises(ValueError, match=r"upper \(3\) must be >= value \(5\)"):
        _metric(upper=Decimal(3))


def test_a_policy_period_must_run_forwards() -> None:
    with pytest.raises(ValueError, match="period end"):
        Policy(title="某某办法", start=0, end=6, period=(2025, 2021))


def test_records_hash_so_they_can_be_set_members() -> None:
    assert len({_metric(), _metric(), Story(title=None, start=0, end=1)}) == 2


def test_enums_are_their_json_strings() -> None:
    assert MetricKind.AMOUNT == "amount"
    assert Qualifier.AT_LEAST.value == "at_least"
