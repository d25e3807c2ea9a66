"""The build backend: setuptools, and with ``MENGKE_COMPILE=1`` number reading compiled by mypyc.

Every hook is setuptools' own; this module only asks for mypy (which holds mypyc) when a
compiled build is wanted, so that a plain ``pip install .`` needs nothing more than
setuptools. ``setup.py`` lists the modules compiled.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403  (every PEP 517 hook, as setuptools defines it)

COMPILE = os.environ.get("MENGKE_COMPILE", "") == "1"


def _compile_requires() -> list[str]:
    """mypy, and mengke's own dependencies: mypyc type-checks the modules it compiles against the
    packages they import (attrs, pluggy …), which a build environment otherwise lacks."""
    project = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text(encoding="utf-8"))
    return ["mypy>=1.8", *project["project"]["dependencies"]]


def get_requires_for_build_wheel(config_settings: dict[str, object] | None = None) -> list[str]:
    """setuptools' requirements, and mypy for a compiled build."""
    requires: list[str] = _setuptools.get_requires_for_build_wheel(config_settings)
    return requires + (_compile_requires() if COMPILE else [])


def get_requires_for_build_editable(config_settings: dict[str, object] | None = None) -> list[str]:
    """An editable install is never compiled (the sources are the code that runs)."""
    requires: list[str] = _setuptools.get_requires_for_build_editable(config_settings)
    return requires
