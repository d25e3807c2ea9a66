"""The docs match the code: names, hooks, options, and the README's blocks actually run."""

from __future__ import annotations

import inspect
import re
import subprocess
import sys

import pytest

import mengke
from mengke import hookspecs
from mengke.cli import build_parser

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
REFERENCE = (ROOT / "docs" / "reference.md").read_text(encoding="utf-8")
PLUGINS = (ROOT / "docs" / "plugins.md").read_text(encoding="utf-8")
TUTORIAL = (ROOT / "docs" / "tutorial.md").read_text(encoding="utf-8")


def _blocks(text: str, lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", text, flags=re.S)


@pytest.mark.parametrize("name", sorted(mengke.__all__))
def test_every_public_name_is_in_the_reference(name: str) -> None:
    assert f"`{name}" in REFERENCE


def test_every_hook_is_in_the_plugin_guide_with_its_exact_signature() -> None:
    specs = [f for name, f in inspect.getmembers(hookspecs, inspect.isfunction) if name.startswith("mengke_")]
    assert specs
    for spec in specs:
        sig = inspect.signature(spec)
        params = ", ".join(sig.parameters)
        ret = str(sig.return_annotation).replace("typing.", "")
        assert f"### `{spec.__name__}({params}) -> {ret}`" in PLUGINS
        assert f"def {spec.__name__}({params}) -> {ret}:" in PLUGINS


def test_every_command_line_option_is_in_the_reference() -> None:
    parser = build_parser()
    for action in parser._subparsers._group_actions[0].choices.values():  # type: ignore[union-attr]
        for opt in action._actions:
            for flag in opt.option_strings:
                if flag not in ("-h", "--help"):
                    assert flag in REFERENCE, flag


def test_environment_variables_are_documented() -> None:
    for name in ("MENGKE_LOAD_PLUGINS", "MENGKE_STRICT_PLUGINS"):
        assert name in REFERENCE and name in PLUGINS
    assert "MENGKE_COMPILE" in REFERENCE and "MENGKE_COMPILE" in README


def test_the_readme_python_example_prints_what_the_readme_says() -> None:
    code = _blocks(README, "python")[0]
    expected = _blocks(README, "text")[0]
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert run.stdout == expected


def test_the_readme_command_line_sample_is_real() -> None:
    command = _blocks(README, "bash")[2].strip()
    assert command.startswith("mengke extract")
    run = subprocess.run(command.split(), capture_output=True, text=True, cwd=ROOT, check=True)
    assert run.stdout.strip() == _blocks(README, "text")[1].strip()


def test_the_readme_fresh_machine_commands_are_what_ci_runs() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    install, tests = (b.strip() for b in _blocks(README, "bash")[:2])
    assert "python -m pytest" in tests
    assert tests in ci
    assert "mengke extract" in install and "pip install -e . ./plugins/mengke-*" in install


def test_the_tutorial_python_runs() -> None:
    code = _blocks(TUTORIAL, "python")[0]
    subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)


def test_the_changelog_has_an_unreleased_section_on_top() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert changelog.split("\n## ")[1].startswith("Unreleased")
