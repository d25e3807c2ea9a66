"""Extension modules for a compiled build; everything else is in pyproject.toml.

``MENGKE_COMPILE=1 pip install .`` compiles number reading with mypyc (1.6-1.8x faster
``find_quantities``, see docs/performance.md); without it, or for an editable install,
mengke is pure Python. The compiled modules behave as the sources do: CI runs the tests on both.
"""

import os
import sys

from setuptools import setup

COMPILED = [
    "src/mengke/numbers/grammar.py",
    "src/mengke/numbers/normalize.py",
    "src/mengke/numbers/quantity.py",
]

ext_modules = []
if os.environ.get("MENGKE_COMPILE", "") == "1" and "editable_wheel" not in sys.argv:
    try:
        from mypyc.build import mypycify
    except ImportError:
        if "egg_info" not in sys.argv and "dist_info" not in sys.argv:  # (asked for build requirements: not yet)
            sys.exit("MENGKE_COMPILE=1 needs mypy (which holds mypyc): pip install 'mypy>=1.8', or build isolated")
    else:
        ext_modules = mypycify(COMPILED, opt_level="3")

setup(ext_modules=ext_modules)
