"""Figures in tables: cells under a header that names the unit (``成交额（亿元）``).

A statistical release often ends in a table whose cells are bare numbers; the unit and what
is measured sit in the header row, the place in the first column::

    城市	合同数（项）	成交额（亿元）	同比增长（%）
    合肥	12560	1350.2	21.5

A table is three or more consecutive lines split into the same number (two or more) of
cells by tabs, ``|``, or runs of two or more spaces (a table set in columns of spaces). Each
numeric cell under a header with a unit becomes a metric whose text is the cell as written;
the header (without its unit) is the indicator, the first cell of the row its region when it
names one, and a year in the line above the table its year.

A table with years across the header row carries the unit in each row's label instead::

    指标	2024年	2025年
    研发人员（万人）	35.2	38.9

each cell is then the row's measure in its column's year, about the place that opens the
label or the whole area; growth columns may close the header (| 2025年 | 增速 |). A unit
column may carry it instead, with the growth in a column of its own::

    指标	单位	2024年	2025年	增长（%）
    研发经费	亿元	310.5	342	10.1
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from decimal import Decimal

import attrs

from mengke.data.cues import CHANGE_CUES, PER_CAPITA_CUES
from mengke.data.numerals import MAGNITUDES
from mengke.data.numerals import UNITS as NUMERAL_UNITS
from mengke.data.regions import CITY_SELF, PROVINCE_SELF
from mengke.data.units import (
    LABEL_HEADERS,
    REMARK_HEADERS,
    SERIAL_HEADERS,
    TOTAL_ROW_LABELS,
    UNIT_HEADERS,
    UNITS,
)
from mengke.keys import make_key
from mengke.numbers.grammar import plain
from mengke.numbers.normalize import fold
from mengke.records import Metric, MetricKind, Status
from mengke.regions import canonical
from mengke.regions import word_at as region_word_at

_CELL_SPLIT = re.compile(r"\t+|[ \t]*\|[ \t]*")
# columns set with spaces: two or more between cells (one space stays inside a cell: 2025 年)
_WIDE_GAP = re.compile(r"[ \u3000]{2,}")
_NUMBER = re.compile(r"[+-]?\d[\d,]*(?:\.\d+)?")
_PERCENT_CELL = re.compile(r"([+-]?\d[\d,]*(?:\.\d+)?)[ \t]*%")  # 11.2% in a column of percents
_RULE_CELL = re.compile(r":?-{3,}:?")
_HEADER_UNIT = re.compile(r"^(?P<name>[^（(]{1,20}?)[ \t]*[（(][ \t]*(?P<unit>[^（）()]{1,6}?)[ \t]*[）)]$")
_YEAR = re.compile(r"((?:19|20)\d{2})[ \t]*年(?!代)")
# a year over a column (2025年, 2025年度, 2025年完成: the year's actual figures)
_YEAR_CELL = re.compile(
    r"((?:19|20)\d{2})[ \t]*年?度?(?:完成值?|实际|实绩|数值|基数|基期值?|(?P<goal>目标值?|预期值?|规划值?))?"
)
_BRACKETED_UNIT = re.compile(r"[（(][^（）()]{0,6}[）)]$")
_SERIAL_CELL = re.compile(r"\d{1,3}[.、]?")
_UNIT_LINE = re.compile(r"(?:计量)?单位[ \t]*[：:][ \t]*([^\n）)]{1,20})")
_MIN_ROWS = 3
_MAX_BLANKS_IN_TABLE = 2
_WHOLE_ROWS = frozenset({*PROVINCE_SELF, *CITY_SELF, *TOTAL_ROW_LABELS})

_KINDS = {
    "money": MetricKind.AMOUNT,
    "count": MetricKind.COUNT,
    "physical": MetricKind.PHYSICAL,
    "percent": MetricKind.RATIO,
}


@attrs.frozen
class Column:
    """What a header cell says: the indicator, the unit, the factor of its magnitude words."""

    indicator: str
    unit: str
    factor: Decimal
    kind: MetricKind


@attrs.frozen
class Cell:
    start: int
    end: int
    text: str


def header_column(cell: str) -> Column | None:
    """``成交额（亿元）`` -> (成交额, 元, 1e8, amount); None when the header names no unit."""
    m = _HEADER_UNIT.match(cell.strip())
    if m is None:
        return None
    name, unit = m.group("name").strip(), m.group("unit").replace("％", "%")
    factor = Decimal(1)
    while unit and unit[0] in MAGNITUDES | NUMERAL_UNITS and unit not in UNITS:
        factor *= MAGNITUDES.get(unit[0]) or NUMERAL_UNITS[unit[0]]
        unit = unit[1:]
    if unit not in UNITS:
        return None
    base, kind_name = UNITS[unit]
    kind = _KINDS.get(kind_name)
    if kind is None:
        return None
    if kind == MetricKind.RATIO and any(c in name for c in CHANGE_CUES):
        kind = MetricKind.CHANGE
    if kind == MetricKind.COUNT and any(c in name for c in PER_CAPITA_CUES):
        kind = MetricKind.RATIO  # 每万人口高价值发明专利拥有量（件）: a rate, as it is in prose
    return Column(indicator=name, unit=base, factor=factor, kind=kind)


def _cells(text: str, start: int, end: int, split: re.Pattern[str] = _CELL_SPLIT) -> list[Cell]:
    out, pos = [], start
    line = text[start:end]
    for piece in [*split.finditer(line), None]:
        stop = start + piece.start() if piece else end
        raw = text[pos:stop]
        lead = len(raw) - len(raw.lstrip())
        out.append(Cell(pos + lead, pos + len(raw.rstrip()), raw.strip()))
        pos = start + piece.end() if piece else end
    if out and not out[0].text and (line.lstrip().startswith("|") or line.lstrip(" ").startswith("\t")):
        out = out[1:]  # | a | b |: the bars at the edges open and close the row; so does a leading tab
    if out and not out[-1].text and line.rstrip().endswith("|"):
        out = out[:-1]
    return out


def _lines(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    while start <= len(text):
        nl = text.find("\n", start)
        end = len(text) if nl < 0 else nl
        yield start, end - 1 if end > start and text[end - 1] == "\r" else end
        if nl < 0:
            return
        start = nl + 1


def _blocks(text: str) -> Iterator[list[list[Cell]]]:
    """Runs of three or more lines with the same number (two or more) of cells."""
    run: list[list[Cell]] = []
    blanks = 0
    for a, b in _lines(text):
        line = text[a:b]
        if run and not line.strip() and blanks < _MAX_BLANKS_IN_TABLE:
            blanks += 1  # rows of an HTML table come apart with blank lines between them
            continue
        blanks = 0
        if "\t" in line or "|" in line:
            cells = _cells(text, a, b)
        elif _WIDE_GAP.search(line.strip()):  # a table set in columns of spaces (a PDF, a notice's annex)
            lead = len(line) - len(line.lstrip())
            cells = _cells(text, a + lead, b, _WIDE_GAP)
        else:
            cells = []
        if run and len(cells) == len(run[0]) and all(_RULE_CELL.fullmatch(c.text) for c in cells):
            continue  # | --- | :---: |: the rule under a markdown table's header
        if len(cells) >= 2 and (not run or len(cells) == len(run[0])):
            run.append(cells)
            continue
        if len(run) >= _MIN_ROWS:
            yield run
        run = [cells] if len(cells) >= 2 else []
    if len(run) >= _MIN_ROWS:
        yield run


def _with_change_subjects(columns: list[Column | None]) -> list[Column | None]:
    """同比增长（%） after 成交额（亿元） is the growth of 成交额: it takes that indicator."""
    out = list(columns)
    for k in range(1, len(out)):
        col, before = out[k], out[k - 1]
        if (
            col is not None
            and before is not None
            and col.kind == MetricKind.CHANGE
            and _only_change_words(col.indicator)
        ):
            out[k] = attrs.evolve(col, indicator=before.indicator)
    return out


def _only_change_words(name: str) -> bool:
    rest = name
    for word in sorted(CHANGE_CUES, key=len, reverse=True):
        rest = rest.replace(word, "")
    return not rest.strip("率幅")


def _caption_units(folded: str, header_start: int) -> list[str]:
    """The units a line above the table gives every column (单位：亿元，%), in order."""
    header_start = folded.rfind("\n", 0, header_start) + 1  # (its line: a serial column cut may come first)
    above = folded[max(0, header_start - 300) : header_start].rstrip().split("\n")[-2:]
    for line in reversed(above):
        m = _UNIT_LINE.search(line)
        if m:
            return _units_of(m)
    return []


def _units_of(unit_line: re.Match[str]) -> list[str]:
    """The units a caption's 单位：… gives, in order (单位：亿元，% -> [亿元, %])."""
    return [u for u in re.split(r"[，,、/；; \t]+", unit_line.group(1)) if u]


def _column(cell: str, units: list[str]) -> Column | None:
    """The column a header cell names: its own unit, else the unit the caption gives it (a
    rate for a header that names a change or a share, the first other unit for the rest)."""
    own = header_column(cell)
    if own is not None or not units or not cell.strip() or _NUMBER.fullmatch(cell.strip()):
        return own
    rate = any(c in cell for c in (*CHANGE_CUES, "比重", "占比", "率"))
    unit = next((u for u in units if (u in ("%", "％")) == rate), None)
    return header_column(f"{cell.strip()}（{unit}）") if unit else None


# what a caption says before the measure it names: the table's number, the places it runs over
_CAPTION_LEAD = re.compile(r"^[ \t]*(?:表[ \t]*[\d一二三四五六七八九十]{1,3}[ \t:：.、]*)?")
_CAPTION_PLACES = re.compile(r"^(?:各|全)(?:旗县市区|旗县区|盟市|地区|市县区|县区|区县|市|县|区|旗|省|州)")


def _caption_measure(folded: str, header_start: int) -> Column | None:
    """What the caption line above a table measures, with the unit it gives (表2 各旗县区研发投入
    （单位：万元） -> 研发投入 in 元 × 10 000), for a table whose rows are places; else None."""
    header_start = folded.rfind("\n", 0, header_start) + 1
    above = folded[max(0, header_start - 300) : header_start].rstrip().split("\n")[-1:]
    if not above or (unit := _UNIT_LINE.search(above[0])) is None:
        return None
    units = _units_of(unit)
    name = above[0][: unit.start()].rstrip(" \t（(")
    name = _YEAR.sub("", _CAPTION_LEAD.sub("", name, count=1))
    name = _CAPTION_PLACES.sub("", name.strip()).strip("：: \t")
    if len(name) < 2 or not units or any(c in name for c in "，。；"):
        return None
    return header_column(f"{name}（{units[0]}）")


def _caption_year(folded: str, header_start: int) -> int | None:
    """The year in the line above the table (its caption; above a line of units, the line
    before that), if it names one."""
    header_start = folded.rfind("\n", 0, header_start) + 1  # (its line: a serial column cut may come first)
    lines = [ln for ln in folded[max(0, header_start - 300) : header_start].split("\n") if ln.strip()][-2:]
    if len(lines) == 2 and not _UNIT_LINE.search(lines[1]):
        lines = lines[1:]
    years = _YEAR.findall("\n".join(lines))
    return int(years[-1]) if years else None


def table_metrics(
    text: str, folded: str, *, whole_region: Callable[[str, int], str | None] | None = None
) -> list[Metric]:
    """Metrics of every table in ``text`` (``folded`` is ``fold(text)``, read for the units).

    A row labelled for the whole area (全省, 全市, 合计) is about ``whole_region(label, position)``
    when the caller gives it (it knows the province and the story the table stands in).
    """
    out: list[Metric] = []
    for block in map(_without_serial_column, _blocks(folded)):
        years = _year_columns(block[0])
        if years is not None:
            caption = _caption_measure(folded, block[0][0].start)
            out.extend(_by_year_metrics(text, block, years, whole_region, caption))
            continue
        layout = _unit_column_layout(block[0])
        if layout is not None:
            out.extend(_unit_column_metrics(text, block, *layout, whole_region))
            continue
        units = _caption_units(folded, block[0][0].start)
        columns = _with_change_subjects([_column(cell.text, units) for cell in block[0]])
        if not any(columns[1:]):
            continue
        year = _caption_year(folded, block[0][0].start)
        measures = block[0][0].text.replace(" ", "") in LABEL_HEADERS  # 指标 | 数值（亿元）: rows name the measure
        for row in block[1:]:
            label = row[0].text
            if measures:
                label, region = _place_and_label(row[0], whole_region)
            else:
                place = canonical(label)
                region = place[0] if place else None
                if region is None and label in _WHOLE_ROWS and whole_region is not None:
                    region = whole_region(label, row[0].start)
            for cell, column in zip(row[1:], columns[1:], strict=True):
                if column is not None and _cell_number(cell, column) is not None:
                    own = attrs.evolve(column, indicator=label) if measures and label else column
                    out.append(_metric(text, cell, own, year, region))
    return out


def _without_serial_column(block: list[list[Cell]]) -> list[list[Cell]]:
    """The table without a first column that only numbers its rows (序号 | 1 | 2 …)."""
    if block[0][0].text.replace(" ", "") in SERIAL_HEADERS and len(block[0]) > 2:
        if all(_SERIAL_CELL.fullmatch(row[0].text) for row in block[1:]):
            return [row[1:] for row in block]
    return block


def _growth_column(cell: str) -> Column | None:
    """A header that only says growth (同比增长, 增速) over cells written with %."""
    name = cell.replace(" ", "")
    if not name or not _only_change_words(name):
        return None
    return Column(indicator=name, unit="%", factor=Decimal(1), kind=MetricKind.CHANGE)


def _cell_number(cell: Cell, column: Column) -> str | None:
    """The number a cell holds (its digits; 11.2% in a column of percents), else None."""
    if _NUMBER.fullmatch(cell.text):
        return cell.text
    m = _PERCENT_CELL.fullmatch(cell.text) if column.unit == "%" else None
    return m.group(1) if m else None


def _metric(
    text: str, cell: Cell, column: Column, year: int | None, region: str | None, status: Status = Status.ACTUAL
) -> Metric:
    """The metric of one numeric cell under (or beside) a label that names its unit."""
    number = _cell_number(cell, column) or cell.text
    value = plain(Decimal(number.replace(",", "")) * column.factor)
    return Metric(
        value=value,
        unit=column.unit,
        start=cell.start,
        end=cell.end,
        text=text[cell.start : cell.end],
        kind=column.kind,
        indicator=column.indicator,
        indicator_key=make_key(column.indicator),
        year=year,
        region=region,
        region_key=make_key(region) if region else None,
        status=status,
    )


@attrs.frozen
class YearColumns:
    """The columns of a header with years across (指标 | 2025年 | 2030年目标 | 增速 | 属性)."""

    years: list[int | None]
    """The year of each column after the first; None for a growth column (the change of the
    row's measure in the last year) and for a column of remarks (属性, 备注), which is skipped."""
    growth: frozenset[int]
    """Indices (into ``years``) of the growth columns."""
    targets: frozenset[int]
    """Indices of the columns of goals: a header that says so (2030年目标), or, in a plan's
    table (a column of 属性: 预期性, 约束性), the last year."""


def _year_columns(header: list[Cell]) -> YearColumns | None:
    """The columns of a header row that names a year over every column but the first (指标 |
    2024年 | 2025年), else None; growth columns may close it (| 2025年 | 增速 |), and after them
    columns of remarks (| 属性 |)."""
    cells = [cell.text.replace(" ", "") for cell in header[1:]]
    remarks = 0
    while len(cells) > 1 and cells[-1] in REMARK_HEADERS:
        cells.pop()
        remarks += 1
    growth = 0
    while len(cells) > 1 and _only_change_words(_BRACKETED_UNIT.sub("", cells[-1])):  # 增长（%）
        cells.pop()
        growth += 1
    matches = [m for cell in cells if (m := _YEAR_CELL.fullmatch(cell))]
    if not matches or len(matches) < len(cells):
        return None
    years = [int(m.group(1)) for m in matches]
    stated = {k for k, m in enumerate(matches) if m.group("goal")}
    last = years.index(max(years))
    targets = stated or ({last} if remarks and len(years) >= 2 else set())
    n = len(years)
    return YearColumns(
        years=[*years] + [None] * (growth + remarks),
        growth=frozenset(range(n, n + growth)),
        targets=frozenset(targets),
    )


def _unit_column_layout(header: list[Cell]) -> tuple[int, dict[int, int], dict[int, Column]] | None:
    """A header with a unit column and years across (指标 | 单位 | 2024年 | 2025年 | 增长（%）):
    the unit column's index, the year of each year column, and the columns that carry their own
    unit (a growth rate); None for other headers."""
    unit_at = next((k for k, cell in enumerate(header) if k and cell.text.replace(" ", "") in UNIT_HEADERS), None)
    if unit_at is None:
        return None
    years = {k: int(m.group(1)) for k, cell in enumerate(header) if k and (m := _YEAR_CELL.fullmatch(cell.text))}
    own = {
        k: col
        for k, cell in enumerate(header)
        if k and k not in years and (col := header_column(cell.text) or _growth_column(cell.text))
    }
    return (unit_at, years, own) if years else None


def _unit_column_metrics(
    text: str,
    block: list[list[Cell]],
    unit_at: int,
    years: dict[int, int],
    own: dict[int, Column],
    whole_region: Callable[[str, int], str | None] | None,
) -> Iterator[Metric]:
    """Each row's measure in each year column, in the unit its unit cell names; a column with
    a unit of its own (增长（%）) is the row's measure in that unit, in the last year."""
    last_year = max(years.values())
    for row in block[1:]:
        label = row[0].text
        column = header_column(f"{label}（{row[unit_at].text}）")
        region = whole_region(label, row[0].start) if whole_region is not None else None
        for k, cell in enumerate(row):
            readable = _cell_number(cell, own[k]) if k in own else _NUMBER.fullmatch(cell.text)
            if readable is None:
                continue
            if k in years and column is not None:
                yield _metric(text, cell, column, years[k], region)
            elif k in own:
                rate = own[k]
                kind = MetricKind.CHANGE if any(c in rate.indicator for c in CHANGE_CUES) else rate.kind
                yield _metric(text, cell, attrs.evolve(rate, indicator=label, kind=kind), last_year, region)


def _place_and_label(cell: Cell, whole_region: Callable[[str, int], str | None] | None) -> tuple[str, str | None]:
    """A row label's measure and place: 全国技术合同成交额（亿元） -> (技术合同成交额（亿元）, 中国);
    a label that names no place is about the whole area (``whole_region``)."""
    label = cell.text
    word = region_word_at(fold(label), 0, 12)
    if word is not None and len(label) - len(word) >= 2 and whole_region is not None:
        return label[len(word) :], whole_region(word, cell.start)
    return label, whole_region(label, cell.start) if whole_region is not None else None


def _by_year_metrics(
    text: str,
    block: list[list[Cell]],
    columns: YearColumns,
    whole_region: Callable[[str, int], str | None] | None,
    caption: Column | None = None,
) -> Iterator[Metric]:
    """A table with years across and the unit in each row's label (研发人员（万人） | 35.2 | 38.9):
    each numeric cell is the row's measure in its column's year, about the whole area (a goal
    in a column of goals); a growth column closing the header, its change in the last year
    reported. Rows that name a place alone (东胜区 | 32000 | 38500) measure what the caption
    above names (``caption``: 各旗县区研发投入（单位：万元）), each about its own place."""
    years = columns.years
    reported = [y for k, y in enumerate(years) if y is not None and k not in columns.targets]
    last_year = max(reported or [y for y in years if y is not None])
    for row in block[1:]:
        label, region = _place_and_label(row[0], whole_region)
        column = header_column(label)
        if column is None and caption is not None and (place := canonical(row[0].text.strip())) is not None:
            column, region = caption, place[0]  # 东胜区 | 32000 | 38500: the caption's measure there
        if column is None:
            continue
        growth = Column(indicator=column.indicator, unit="%", factor=Decimal(1), kind=MetricKind.CHANGE)
        for k, (cell, year) in enumerate(zip(row[1:], years, strict=True)):
            if k in columns.growth:  # the change of the row's measure in the last year, in %
                if _cell_number(cell, growth) is not None:
                    yield _metric(text, cell, growth, last_year, region)
            elif year is not None and _NUMBER.fullmatch(cell.text):
                status = Status.TARGET if k in columns.targets else Status.ACTUAL
                yield _metric(text, cell, column, year, region, status)
