"""The decimal context mengke computes in, whatever the caller's context is.

Other libraries change the process-wide decimal context (Recognizers-Text sets the
precision to 15 when imported), which would round a 16-digit figure or make
``quantize`` raise. Every public entry point runs its arithmetic inside :func:`exact`.
"""

from __future__ import annotations

import decimal
from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

CONTEXT = decimal.Context(
    prec=80,
    rounding=decimal.ROUND_HALF_EVEN,
    Emin=-999999,
    Emax=999999,
    traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
)


def exact(fn: Callable[P, R]) -> Callable[P, R]:
    """Run ``fn`` in mengke's own decimal context (80 digits), then restore the caller's."""

    @wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with decimal.localcontext(CONTEXT):
            return fn(*args, **kwargs)

    return wrapper
