"""The records mengke produces: frozen attrs classes, enums valued with their JSON strings.

Serialisation lives in :mod:`mengke.serialize`, not here; builders are classmethods.
Cross-field checks (``start <= end``, ``upper >= value``) raise ``ValueError`` naming the
field and the value.
"""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from enum import StrEnum
from typing import Any

import attrs

from mengke.numbers.quantity import Qualifier

__all__ = [
    "ArticleMeta",
    "Extraction",
    "Metric",
    "MetricKind",
    "Policy",
    "Qualifier",
    "Status",
    "Story",
]


class MetricKind(StrEnum):
    """What a metric measures: money, a count, a level ratio, a change, a rank, a physical value."""

    AMOUNT = "amount"
    COUNT = "count"
    RATIO = "ratio"
    CHANGE = "change"
    RANK = "rank"
    PHYSICAL = "physical"


class Status(StrEnum):
    """Whether a figure is achieved, a goal, or an expectation."""

    ACTUAL = "actual"
    TARGET = "target"
    FORECAST = "forecast"


def _span_ok(instance: Any, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


def _check_span(start: int, end: int) -> None:
    if end < start:
        raise ValueError(f"end ({end}) must be >= start ({start})")


@attrs.frozen(kw_only=True)
class Metric:
    """A number with a unit that states a measured fact, a target or a forecast."""

    value: Decimal
    """The value in base units: magnitude words multiplied out (``1.5 亿元`` -> 150000000)."""
    unit: str
    """The unit with magnitude words removed: 元, %, 倍, 家, 人, 百分点, 公斤 ...; a physical
    unit as written (GW, P, 平米)."""
    start: int = attrs.field(validator=_span_ok)
    """Offset of the first character in the article text as given."""
    end: int = attrs.field(validator=_span_ok)
    """Offset one past the last character; ``text == article[start:end]``."""
    text: str
    """The surface form, exactly as written."""
    kind: MetricKind
    qualifier: Qualifier = Qualifier.EXACT
    upper: Decimal | None = None
    """The upper end of a range (``3至4个``), else None."""
    indicator: str | None = None
    """The shortest phrase naming what is measured (技术合同成交额)."""
    indicator_key: str | None = None
    """A stable ASCII key for ``indicator`` (jishu-hetong-chengjiaoe)."""
    year: int | None = None
    region: str | None = None
    region_key: str | None = None
    status: Status = Status.ACTUAL
    story: int | None = None
    """Index into the extraction's stories."""

    def __attrs_post_init__(self) -> None:
        _check_span(self.start, self.end)
        if self.upper is not None and self.upper < self.value:
            raise ValueError(f"upper ({self.upper}) must be >= value ({self.value})")


@attrs.frozen(kw_only=True)
class Policy:
    """A policy document or a numbered package of measures, at its first mention."""

    title: str
    """As written, without 《》 or quotes; keeps （试行） and （2021—2025年）."""
    start: int = attrs.field(validator=_span_ok)
    end: int = attrs.field(validator=_span_ok)
    kind: str | None = None
    """The document-type word that ends the title (办法, 实施方案, 措施 ...)."""
    aliases: tuple[str, ...] = ()
    issuer: str | None = None
    year: int | None = None
    period: tuple[int, int] | None = None
    effective: _dt.date | None = None
    key: str | None = None
    mentions: tuple[tuple[int, int], ...] = ()
    """Spans of later mentions of the same policy (by title or alias)."""

    def __attrs_post_init__(self) -> None:
        _check_span(self.start, self.end)
        if self.period is not None and self.period[1] < self.period[0]:
            raise ValueError(f"period end ({self.period[1]}) must be >= start ({self.period[0]})")


@attrs.frozen(kw_only=True)
class Story:
    """One story on a page: its headline, span and authors."""

    title: str | None
    start: int = attrs.field(validator=_span_ok)
    end: int = attrs.field(validator=_span_ok)
    authors: tuple[str, ...] = ()
    region: str | None = None
    """The place the story is about, as the extractor judged it."""

    def __attrs_post_init__(self) -> None:
        _check_span(self.start, self.end)


@attrs.frozen(kw_only=True)
class ArticleMeta:
    """What the page says about itself."""

    title: str | None = None
    published: _dt.date | None = None
    source: str | None = None
    authors: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    url: str | None = None


@attrs.frozen(kw_only=True)
class Extraction:
    """Everything read from one article."""

    style: str
    meta: ArticleMeta = attrs.field(factory=ArticleMeta)
    stories: tuple[Story, ...] = ()
    metrics: tuple[Metric, ...] = ()
    policies: tuple[Policy, ...] = ()
    path: str | None = None
    notes: tuple[str, ...] = ()
    """What was skipped and why (a repeated paragraph, a failed plugin)."""
