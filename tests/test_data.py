"""The data tables are well-formed: folds are one character, units map to known kinds."""

from __future__ import annotations

from mengke.data import cues, nonnumbers, numerals, policy_kinds, qualifiers, regions, units


def test_folds_map_one_character_to_one_character() -> None:
    assert all(len(k) == 1 and len(v) == 1 for k, v in numerals.FOLD.items())


def test_digits_units_and_magnitudes_do_not_overlap() -> None:
    assert not set(numerals.DIGITS) & set(numerals.UNITS)
    assert not set(numerals.UNITS) & set(numerals.MAGNITUDES)


def test_every_unit_has_a_known_kind() -> None:
    kinds = {"money", "count", "percent", "percent_point", "multiple", "physical", "time", "age"}
    assert {kind for _, kind in units.UNITS.values()} <= kinds


def test_qualifier_words_map_to_the_four_qualifiers() -> None:
    values = set(qualifiers.PREFIXES.values()) | set(qualifiers.SUFFIXES.values()) | set(qualifiers.INNER.values())
    assert values <= {"approx", "at_least", "at_most"}


def test_every_league_and_banner_name_is_unique() -> None:
    names = [p for places in regions.CITIES.values() for p in places]
    assert len(names) == len(set(names))
    assert set(regions.CITIES) <= set(regions.CITIES) | set(regions.PROVINCES)


def test_policy_kinds_and_cue_tables_are_non_empty_strings() -> None:
    for table in (policy_kinds.KINDS, cues.TRAILING_WORDS, cues.OBJECT_VERBS, cues.TARGET_CUES, nonnumbers.WORDS):
        assert table and all(isinstance(w, str) and w for w in table)


def test_every_bound_before_a_noun_of_support_is_a_qualifier_prefix() -> None:
    from mengke.data.cues import SUPPORT_BOUNDS
    from mengke.data.qualifiers import PREFIXES

    assert all(bound in PREFIXES for bound in SUPPORT_BOUNDS)


def test_every_line_that_starts_a_web_pages_tail_is_portal_chrome_too() -> None:
    from mengke.data.layout_words import CHROME_LINE_STARTS, WEB_TAIL_STARTS

    assert set(WEB_TAIL_STARTS) <= set(CHROME_LINE_STARTS)
