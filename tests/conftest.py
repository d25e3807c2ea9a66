"""Shared fixtures: hypothesis profiles, a plugin host without entry points, paths."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

# a plugin that raises fails its test: the fallback to the next style (kept for users) must
# not hide a bug here
os.environ.setdefault("MENGKE_STRICT_PLUGINS", "1")

settings.register_profile(
    "ci", derandomize=True, max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile("thorough", max_examples=3000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev"))


@pytest.fixture
def host():
    """A plugin host with the built-in generic style only (no entry points)."""
    from mengke.plugins import make_plugin_host

    return make_plugin_host(load_entrypoints=False)
