"""The one place that turns records into JSON and back (cattrs).

``Decimal`` is written as a plain decimal string (``format(d, "f")``, never an exponent);
dates as ISO strings; enums by value. :func:`from_json` and :func:`structure` raise
:class:`mengke.RecordError` whose ``lines`` say where the input is wrong.
"""

from __future__ import annotations

import datetime as _dt
import json
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any, TypeVar

import cattrs
from cattrs.preconf.json import make_converter

from mengke.errors import RecordError
from mengke.records import Extraction

T = TypeVar("T")


def format_decimal(d: Decimal) -> str:
    """A plain decimal string: no exponent, no trailing zeros after the point."""
    text = format(d, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _structure_decimal(value: Any, _: type) -> Decimal:
    if isinstance(value, float):
        raise ValueError(f"expected a decimal string, got the float {value!r}")
    try:
        return Decimal(str(value))
    except InvalidOperation as exc:
        raise ValueError(f"not a decimal: {value!r}") from exc


def _structure_date(value: Any, _: type) -> _dt.date:
    return _dt.date.fromisoformat(str(value))


def _make(forbid_extra_keys: bool) -> cattrs.Converter:
    conv = make_converter(forbid_extra_keys=forbid_extra_keys)
    conv.register_unstructure_hook(Decimal, format_decimal)
    conv.register_structure_hook(Decimal, _structure_decimal)
    conv.register_unstructure_hook(_dt.date, lambda d: d.isoformat())
    conv.register_structure_hook(_dt.date, _structure_date)
    return conv


@cache
def get_converter(strict: bool = False) -> cattrs.Converter:
    """The converter; ``strict=True`` rejects unknown keys (for our own fixtures and gold)."""
    return _make(forbid_extra_keys=strict)


def unstructure(record: Any) -> Any:
    """A record as plain JSON-ready data."""
    return get_converter().unstructure(record)


def structure(data: Any, cls: type[T], *, strict: bool = False) -> T:
    """Build ``cls`` from plain data; raises RecordError with the paths of what is wrong."""
    try:
        return get_converter(strict).structure(data, cls)
    except cattrs.ClassValidationError as exc:
        raise RecordError(f"invalid {cls.__name__}", cattrs.transform_error(exc)) from exc
    except (ValueError, TypeError, KeyError) as exc:
        raise RecordError(f"invalid {cls.__name__}: {exc}") from exc


def to_json(record: Any, *, indent: int | None = None) -> str:
    """A record as a JSON string (Chinese kept as is)."""
    return json.dumps(unstructure(record), ensure_ascii=False, indent=indent)


def from_json(text: str, cls: type[T] = Extraction, *, strict: bool = False) -> T:  # type: ignore[assignment]
    """Parse JSON text into ``cls`` (an Extraction by default)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RecordError(f"not JSON: {exc}") from exc
    return structure(data, cls, strict=strict)
