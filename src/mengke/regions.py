"""Find region names in text and decide which region a story is about."""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cache

from mengke.data.counties import COUNTIES, DIRECT_CITIES
from mengke.data.layout_words import DATELINE_MONTH_DAY
from mengke.data.regions import (
    AUTONOMOUS_PREFECTURES,
    AUTONOMOUS_REGIONS,
    CITIES,
    CITY_ALIASES,
    CITY_SELF,
    CITY_VOTES,
    DISTRICT_SELF,
    MUNICIPALITIES,
    NATION_SELF,
    NATION_SELF_MEANS_PLACE,
    NATIONAL_BODIES,
    NEEDS_SUFFIX,
    NEW_AREAS,
    PREFECTURES,
    PROVINCE_ALIASES,
    PROVINCE_CAPITALS,
    PROVINCE_MARKERS,
    PROVINCE_SELF,
    PROVINCE_VOTES,
    PROVINCES,
    VENUE_VERBS,
    WIRE_AGENCIES,
)
from mengke.wordlist import WordLookup, WordScanner

NATION = "中国"
_PROVINCE_SUFFIXES = ("壮族自治区", "回族自治区", "维吾尔自治区", "特别行政区", "自治区", "省", "市")


@cache
def _table() -> dict[str, tuple[str, str]]:
    """surface -> (canonical, province)."""
    t: dict[str, tuple[str, str]] = {}
    for p in PROVINCES:
        t[p] = (p, p)
        for suffix in _PROVINCE_SUFFIXES:
            t[p + suffix] = (p, p)
    for prov, cap in PROVINCE_CAPITALS.items():
        t.setdefault(cap, (cap, prov))
        t.setdefault(cap + "市", (cap, prov))
    for city, places in CITIES.items():
        t[city] = (city, "内蒙古")
        for suffix in ("市", "盟"):
            t[city + suffix] = (city, "内蒙古")
        for place in places:
            t[place] = (city, "内蒙古")
            if not place.endswith(("旗", "县", "区", "市")) and not any(
                p != place and p.startswith(place) for p in places
            ):
                t.setdefault(place + "市", (city, "内蒙古"))  # 满洲里 and 满洲里市, a county-level city
    for alias, city in CITY_ALIASES.items():
        t[alias] = (city, "内蒙古")
    for alias, prov in PROVINCE_ALIASES.items():
        t[alias] = (prov, prov)
    for prov, cities in PREFECTURES.items():
        for city in cities:
            t.setdefault(city + "市", (city, prov))
            if city in AUTONOMOUS_PREFECTURES:
                t.setdefault(city + "州", (city, prov))
            if city not in NEEDS_SUFFIX:
                t.setdefault(city, (city, prov))
    t.update((county, place) for county, place in _counties().items() if county not in t)
    t.update((area, place) for area, place in NEW_AREAS.items() if area not in t)
    return t


@cache
def _counties() -> dict[str, tuple[str, str]]:
    """County-level name -> (its city, province): 余杭区 -> 杭州, 仙桃市 -> 仙桃 (a city itself)."""
    province_of = {city: prov for prov, cities in PREFECTURES.items() for city in cities} | {p: p for p in PROVINCES}
    out = {county: (city, province_of[city]) for city, counties in COUNTIES.items() for county in counties}
    out.update((name, (name[:-1], prov)) for name, prov in DIRECT_CITIES.items())
    return out


@cache
def _main_words() -> frozenset[str]:
    """Provinces, cities, the Inner Mongolian districts and the 全区-like words."""
    counties = _counties()
    return frozenset({w for w in _table() if w not in counties}.union(PROVINCE_SELF, CITY_SELF, NATION_SELF))


@cache
def _main_lookup() -> WordLookup:
    """The main words, for the longest one at a position."""
    return WordLookup(_main_words())


@cache
def _scanner() -> WordScanner:
    """The main words for a scan of a whole text."""
    return WordScanner(_main_words())


@cache
def _first_chars() -> frozenset[str]:
    """The characters a region word (main or county-level) opens with."""
    return frozenset(_main_lookup().lengths) | frozenset(_county_lookup().lengths)


@cache
def _county_lookup() -> WordLookup:
    """The county-level names, for the longest one at a position."""
    return WordLookup(_counties())


@cache
def _counties_reversed() -> WordScanner:
    """The county-level names, each written backwards, for a scan of the reversed text: names
    are found from where they end (区 县 市 旗), as they were when this scan was a regex."""
    return WordScanner(name[::-1] for name in _counties())


def _county_spans(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, name) of each county-level name in ``text[start:end]``, in order."""
    seg = text[start:end]
    n = len(seg)
    found = [(start + n - b, start + n - a, word[::-1]) for a, b, word in _counties_reversed().scan(seg[::-1])]
    found.reverse()
    return found


def _scan(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Every region word in ``text[start:end]`` in order: names of provinces and cities, and the
    county-level names that overlap none of them; meeting venues left out."""
    end = len(text) if end is None else end
    main = _scanner().scan(text, start, end)
    counties = _county_spans(text, start, end)
    if counties:
        taken = _Taken(main)
        main = sorted(main + [c for c in counties if not taken.overlaps(c[0], c[1])])
    return [w for w in main if not _is_venue(text, w[0], w[1])]


class _Taken:
    """Sorted non-overlapping spans, asked whether a span overlaps any of them."""

    def __init__(self, spans: list[tuple[int, int, str]]) -> None:
        self.starts = [a for a, _, _ in spans]
        self.ends = [b for _, b, _ in spans]

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect_left(self.starts, end) - 1
        return k >= 0 and self.ends[k] > start


def mentions(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, surface) of every region word in ``text[start:end]`` (offsets into ``text``)."""
    return _scan(text, start, end)


def word_at(text: str, pos: int = 0, end: int | None = None) -> str | None:
    """The longest region word that starts at ``pos`` (and ends by ``end``), else None."""
    if text[pos : pos + 1] not in _first_chars():
        return None  # most characters open no name
    main = _main_lookup().at(text, pos, end)
    county = _county_lookup().at(text, pos, end)
    best = county if county is not None and (main is None or len(county) > len(main)) else main
    return None if best is None or _is_venue(text, pos, pos + len(best)) else best


def _is_venue(text: str, start: int, end: int) -> bool:
    """在北京召开, 于杭州举行: where a meeting took place, not what the text is about."""
    return text[start - 1 : start] in ("在", "于") and _VENUE.match(text, end) is not None


_VENUE = re.compile("[市省区]?(?:" + "|".join(VENUE_VERBS) + ")")


_CHUNK = 1 << 16


def _chunks(text: str) -> Iterator[tuple[int, int]]:
    """Spans of about ``_CHUNK`` characters that end at a line break (no region name holds
    one), so that a long text is scanned a piece at a time with the same result."""
    pos, n = 0, len(text)
    while pos < n:
        cut = text.rfind("\n", pos, pos + _CHUNK) + 1 if pos + _CHUNK < n else n
        if cut <= pos:
            nxt = text.find("\n", pos + _CHUNK)
            cut = n if nxt < 0 else nxt + 1
        yield pos, cut
        pos = cut


class RegionIndex:
    """Every region word of a text, found once; windows are then looked up by bisection."""

    def __init__(self, text: str) -> None:
        # offsets in arrays and each word once: a long article names regions 100 000 times
        self.starts, self.ends, self.words = array("q"), array("q"), []
        seen: dict[str, str] = {}
        for chunk_start, chunk_end in _chunks(text):
            for start, end, word in _scan(text, chunk_start, chunk_end):
                self.starts.append(start)
                self.ends.append(end)
                self.words.append(seen.setdefault(word, word))

    def any_within(self, start: int, end: int) -> bool:
        """Whether a region word starts inside ``[start, end)``."""
        k = bisect_left(self.starts, start)
        return k < len(self.starts) and self.starts[k] < end

    def within(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The region words that start inside ``[start, end)``."""
        lo = bisect_left(self.starts, start)
        hi = bisect_left(self.starts, end, lo)
        if hi == lo:
            return []  # most windows name no region
        return list(zip(self.starts[lo:hi], self.ends[lo:hi], self.words[lo:hi], strict=True))

    def __iter__(self) -> Iterator[tuple[int, int, str]]:
        """Every region word, in order: (start, end, surface)."""
        return zip(self.starts, self.ends, self.words, strict=True)


def canonical(surface: str) -> tuple[str, str] | None:
    """(canonical, province) of a concrete region name, or None for 全区-like words."""
    return _table().get(surface)


def province_of_text(text: str, found: Iterable[tuple[int, int, str]] | None = None) -> str | None:
    """The province a text is about (for 全区/全省), by counting names: the most named, except
    that a page calling itself a region (全区, 我区, 自治区) is about the autonomous region it
    names most, and one calling itself a province (全省, 我省) about the province it names most
    (对口支援新疆 on a page of Zhejiang does not make 全省 Xinjiang)."""
    counts: Counter[str] = Counter()
    selves: Counter[str] = Counter()
    for _, _, w in mentions(text) if found is None else found:
        got = canonical(w)
        if got:
            counts[got[1]] += 1
        elif w in PROVINCE_SELF:
            selves["province" if w in _PROVINCE_WORDS else "region"] += 1
    for m in _PROVINCE_MARKER.finditer(text):
        counts[PROVINCE_MARKERS[m.group()]] += 1  # 新台币, 国科会: a page about Taiwan
    if not counts:
        return None
    autonomous = [p for p, _ in counts.most_common() if p in AUTONOMOUS_REGIONS]
    provinces = [p for p, _ in counts.most_common() if p not in AUTONOMOUS_REGIONS]
    if autonomous and selves["region"] >= max(1, selves["province"]):
        return autonomous[0]
    if provinces and selves["province"] > selves["region"]:
        return provinces[0]
    return counts.most_common(1)[0][0]


_PROVINCE_WORDS = frozenset({"全省", "我省", "本省", "该省"})
_PROVINCE_MARKER = re.compile("|".join(PROVINCE_MARKERS))
# 【记者 林志明／台北报导】 (folded): the reporters, a slash, the place they filed from
_BRACKET_DATELINE = re.compile(
    r"[【〔\[(（][ \t]*(?:本报|中央社)?记者[^【】〔〕\[\]()（）／/\n]{1,30}?[／/][ \t]*"
    r"([\u4e00-\u9fff]{1,8}?)(?:[\d一二三四五六七八九十]{1,3}日)?(?:报导|报道|电)"
)
# 新华社北京11月15日电, 本报上海3月2日讯: an agency or paper, the place filed from, the date
_WIRE_DATELINE = re.compile(
    r"(?:" + "|".join(WIRE_AGENCIES) + r")([\u4e00-\u9fff]{2,6}?)" + DATELINE_MONTH_DAY + "(?:电|讯|消息)"
)


_CJK_NOT_YEAR = re.compile(r"[\u4e00-\u5e73\u5e75-\u9fff]")  # a CJK character other than 年 (U+5E74)


def nation_as_frame(text: str, start: int) -> bool:
    """全国 or 我国 at ``start`` after a word (居全国第5位, 占全国的, 为全国首批): the nation as the
    frame of another place's figure, not the subject of the sentence (2025年全国…, ，全国…)."""
    return start > 0 and _CJK_NOT_YEAR.match(text, start - 1) is not None


_HEADLINE_WEIGHT = 5  # a place in the headline counts as much as five in the body's far end


def story_region(
    headline: str | None,
    body: str,
    province: str | None,
    body_found: list[tuple[int, int, str]] | None = None,
    lead: str = "",
    home: str | None = None,
) -> str | None:
    """The region a story is about: the city its headline or body names most, else the province.

    ``body_found`` may give the body's region words already found (offsets from the body's start),
    ``lead`` the body's opening (folded): the place of a wire dateline there (新华社北京11月15日电)
    is where the story was filed, not what it is about, and a central body named in its first
    sentence (国家统计局15日发布…) makes it national news, as in a headline. ``home`` is the city
    the page's outlet or issuing body is of (包头日报): 我市 or 全市 in a story that names no
    city is that city."""
    counts: Counter[str] = Counter()
    if headline and any(body in headline for body in NATIONAL_BODIES):
        counts["@" + NATION] += 5  # 科技部等六部门印发…: national news
    first_sentence = lead.split("。", 1)[0]
    if first_sentence and any(body in first_sentence for body in NATIONAL_BODIES):
        counts["@" + NATION] += 3
    found = [(w, _HEADLINE_WEIGHT) for _, _, w in mentions(headline or "")]
    in_body = mentions(body) if body_found is None else body_found
    filed = [m.span(1) for m in _WIRE_DATELINE.finditer(lead)] if "日" in lead else []
    if "记者" in lead:
        filed += [m.span(1) for m in _BRACKET_DATELINE.finditer(lead)]  # 【记者林志明／台北报导】
    if filed:
        in_body = [x for x in in_body if not any(a <= x[0] < b for a, b in filed)]
    last_end, last_city = -1, ""
    city_selves = 0
    for start, end, w in in_body:
        city = (canonical(w) or ("", ""))[0]
        if body and w in NATION_SELF and nation_as_frame(body, start):
            continue
        if not (start == last_end and city == last_city):  # 广州南沙新区: one place named once
            found.append((w, 3 if start < 400 else 1))
        last_end, last_city = end, city
    for w, weight in found:
        got = canonical(w)
        if got and got[0] != got[1]:  # a city, not a province
            counts[got[0]] += weight
        elif got:
            counts["@" + got[0]] += weight
        elif w in NATION_SELF and province in NATION_SELF_MEANS_PLACE:
            counts[f"@{province}"] += weight  # 全國 on a page about Taiwan
        elif w in NATION_SELF:
            # 我国…突破3.8万亿元 over 全国…全国: national news; lightly in the body, where 居全国
            # 第5位 and 全国首个 frame a province's news
            counts["@" + NATION] += 3 if weight == _HEADLINE_WEIGHT else 1
        elif province and w in PROVINCE_VOTES and (w not in DISTRICT_SELF or province in AUTONOMOUS_REGIONS):
            # 全区 (and 全省) said of the province: a vote for it, a light one (我区首个…园区 in a
            # headline frames a city's news; 全区…全区…全区 in the body is the province's)
            counts[f"@{province}"] += 1 if weight == _HEADLINE_WEIGHT else 2
        elif w == "首府" and province in PROVINCE_CAPITALS:
            counts[PROVINCE_CAPITALS[province]] += weight  # 首府新增…: the province's capital, by name
        elif w in CITY_VOTES:
            city_selves += 1 if weight == _HEADLINE_WEIGHT else 2  # 全市, 首府: the city the story names
    cities = [(n, c) for c, n in counts.items() if not c.startswith("@")]
    if home and city_selves and not cities:
        counts[home] += 1  # 我市… in 包头日报, no city named: the paper's own city
        cities = [(1, home)]
    if not counts:
        return province
    if cities and city_selves:
        top = max(cities)
        cities = [(n + city_selves if (n, c) == top else n, c) for n, c in cities]
    provinces = [(n, c[1:]) for c, n in counts.items() if c.startswith("@")]
    best_city = max(cities) if cities else None
    best_prov = max(provinces) if provinces else None
    if best_city and (not best_prov or best_city[0] >= best_prov[0]):
        seat = canonical(best_city[1])
        rivals = [n for n, c in cities if c != best_city[1] and seat and canonical(c) == (c, seat[1])]
        if seat and rivals and max(rivals) * 4 >= best_city[0] * 3:
            return seat[1]  # 深圳, 广州 and 珠海 alike: a story about their province
        return best_city[1]
    return best_prov[1] if best_prov else province


def resolve(surface: str, story_default: str | None, province: str | None) -> str | None:
    """A region word in context: 全区 -> the province (the story's city on a page about a district
    outside the autonomous regions), 全市 -> the story's city, a name -> itself."""
    got = canonical(surface)
    if got:
        return got[0]
    if surface in PROVINCE_SELF:
        if (
            surface in DISTRICT_SELF
            and province not in (None, *AUTONOMOUS_REGIONS)
            and story_default not in (None, province)
        ):
            return story_default  # 余杭区…全区: the district, which counts for its city
        named = canonical(story_default) if story_default else None
        home = named[1] if named else None
        if home not in (None, province) and (surface not in DISTRICT_SELF or home in AUTONOMOUS_REGIONS):
            return home  # a digest's story on Jiangsu in a page mostly on Zhejiang: 全省 is Jiangsu
        return province
    if surface in CITY_SELF:
        if story_default and story_default != province:
            return story_default
        if surface == "首府":
            return PROVINCE_CAPITALS.get(province or "", None)
        return story_default if story_default in MUNICIPALITIES else None  # 全市 of a city never named
    if surface in NATION_SELF:
        return province if province in NATION_SELF_MEANS_PLACE else NATION
    return None
