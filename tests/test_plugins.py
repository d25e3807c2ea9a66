"""The plugin host: selection, and every failure mode kept apart from the other plugins."""

from __future__ import annotations

import importlib.metadata as md
import json
import types
from collections.abc import Iterable

import pytest

import mengke
from mengke import Article, Extractor, ExtractorError, PluginError, StyleMatch, hookimpl
from mengke.cli import main
from mengke.plugins import PluginWarning, make_plugin_host
from mengke.testing import make_article, using_plugins


class Certain(Extractor):
    name = "certain_style"

    def score(self, article: Article) -> StyleMatch:
        return StyleMatch(0.9, ("always mine",))


class AlsoCertain(Extractor):
    name = "also_certain"

    def score(self, article: Article) -> StyleMatch:
        return StyleMatch(0.9, ("also always mine",))


class RaisesInScore(Extractor):
    name = "raises_in_score"

    def score(self, article: Article) -> StyleMatch:
        raise RuntimeError("boom in score")


class RaisesInExtract(Extractor):
    name = "raises_in_extract"

    def score(self, article: Article) -> StyleMatch:
        return StyleMatch(0.99)

    def extract(self, article: Article) -> mengke.Extraction:
        raise RuntimeError("boom in extract")


def _plugin(*extractors: object) -> types.SimpleNamespace:
    @hookimpl
    def mengke_extractors() -> Iterable[object]:
        return list(extractors)

    return types.SimpleNamespace(mengke_extractors=mengke_extractors)


TEXT = "今年新增企业120家。"


def test_the_generic_fallback_is_always_there() -> None:
    host = make_plugin_host(load_entrypoints=False)
    assert host.choose(make_article(TEXT)).name == "generic"


def test_the_best_score_wins_and_ties_go_by_style_name() -> None:
    with using_plugins(_plugin(Certain(), AlsoCertain())) as host:
        ranked = host.scores(make_article(TEXT))
        assert [s.style for s in ranked[:2]] == ["also_certain", "certain_style"]
        assert host.choose(make_article(TEXT)).name == "also_certain"


def test_a_style_can_be_forced_and_an_unknown_one_is_a_clear_error() -> None:
    with using_plugins(_plugin(Certain())) as host:
        assert host.extract(make_article(TEXT), style="generic").style == "generic"
        with pytest.raises(PluginError, match="no style named 'nope'; installed styles: certain_style, generic"):
            host.choose(make_article(TEXT), style="nope")


def test_a_raising_score_counts_as_zero_with_a_warning_naming_it() -> None:
    with pytest.warns(PluginWarning, match="raises_in_score.*boom in score"):
        host = make_plugin_host(load_entrypoints=False, extra=[("bad", _plugin(RaisesInScore()))], strict=False)
        assert host.choose(make_article(TEXT)).name == "generic"


def test_a_raising_extract_is_an_extractor_error_naming_style_plugin_and_file() -> None:
    host = make_plugin_host(load_entrypoints=False, extra=[("badplugin", _plugin(RaisesInExtract()))], strict=True)
    with pytest.raises(ExtractorError, match=r"raises_in_extract.*badplugin.*a\.txt.*boom in extract") as info:
        host.extract(make_article(TEXT, path="a.txt"))
    assert isinstance(info.value.__cause__, RuntimeError)


def test_a_style_chosen_by_score_that_raises_gives_way_to_the_next_with_a_warning() -> None:
    host = make_plugin_host(load_entrypoints=False, extra=[("badplugin", _plugin(RaisesInExtract()))], strict=False)
    assert host.choose(make_article(TEXT)).name == "raises_in_extract"
    with pytest.warns(PluginWarning, match=r"raises_in_extract.*badplugin.*a\.txt.*read with style 'generic' instead"):
        got = host.extract(make_article(TEXT, path="a.txt"))
    assert got.style == "generic"
    assert got.metrics


def test_a_style_named_by_the_caller_that_raises_is_not_replaced() -> None:
    host = make_plugin_host(load_entrypoints=False, extra=[("badplugin", _plugin(RaisesInExtract()))], strict=False)
    with pytest.raises(ExtractorError, match="boom in extract"):
        host.extract(make_article(TEXT), style="raises_in_extract")


def test_a_wrong_type_is_left_out_and_the_good_extractors_stay() -> None:
    with pytest.warns(PluginWarning, match="returned str, not a mengke.Extractor"):
        host = make_plugin_host(
            load_entrypoints=False, extra=[("mixed", _plugin("not an extractor", Certain()))], strict=False
        )
    assert "certain_style" in host.extractors
    (loaded,) = [p for p in host.loaded if p.name == "mixed"]
    assert loaded.styles == ("certain_style",)
    assert "not a mengke.Extractor" in (loaded.error or "")


def test_a_duplicate_style_name_names_both_plugins() -> None:
    with pytest.warns(PluginWarning, match="'second'.*'certain_style' is already provided by plugin 'first'"):
        make_plugin_host(
            load_entrypoints=False, extra=[("first", _plugin(Certain())), ("second", _plugin(Certain()))], strict=False
        )


def test_strict_mode_turns_a_plugin_failure_into_an_error() -> None:
    with pytest.raises(PluginError, match="already provided"):
        make_plugin_host(
            load_entrypoints=False, extra=[("first", _plugin(Certain())), ("second", _plugin(Certain()))], strict=True
        )


def test_strict_mode_can_be_set_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MENGKE_STRICT_PLUGINS", "1")
    with pytest.raises(PluginError):
        make_plugin_host(load_entrypoints=False, extra=[("bad", _plugin(RaisesInScore()))]).scores(make_article(TEXT))


def test_a_misspelt_hook_is_caught() -> None:
    @hookimpl
    def mengke_extractor() -> list[object]:  # missing the final s
        return []

    typo = types.SimpleNamespace(mengke_extractor=mengke_extractor)
    with pytest.warns(PluginWarning, match="not valid.*mengke_extractor"):
        host = make_plugin_host(load_entrypoints=False, extra=[("typo", typo)], strict=False)
    assert any(p.name == "typo" and p.error for p in host.loaded)


class _BrokenEntryPoint:
    name = "broken"
    dist = types.SimpleNamespace(name="mengke-broken", version="9.9")

    def load(self) -> object:
        raise ImportError("no module named mengke_broken_internals")


def test_a_plugin_that_fails_to_import_is_named_with_its_distribution(monkeypatch: pytest.MonkeyPatch) -> None:
    real = md.entry_points

    def fake(**kw: object) -> object:
        if kw.get("group") == "mengke":
            return [_BrokenEntryPoint(), *real(group="mengke")]
        return real(**kw)

    monkeypatch.setattr(md, "entry_points", fake)
    with pytest.warns(PluginWarning, match="'broken' \\(mengke-broken 9.9\\) failed to import"):
        host = make_plugin_host(strict=False)
    (broken,) = [p for p in host.loaded if p.name == "broken"]
    assert broken.version == "9.9" and "ImportError" in (broken.error or "")
    assert host.choose(make_article(TEXT)) is not None


def test_load_plugins_env_var_limits_the_entry_points(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MENGKE_LOAD_PLUGINS", "")
    host = make_plugin_host()
    assert set(host.extractors) == {"generic"}


def test_mengke_plugins_prints_json_with_name_version_styles_and_error(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["plugins", "--all"])
    data = json.loads(capsys.readouterr().out)
    names = {p["name"]: p for p in data["plugins"]}
    assert names["mengke.builtin.generic"]["styles"] == ["generic"]
    assert set(data["plugins"][0]) >= {"name", "version", "styles", "error"}
    assert code in (0, 1)
