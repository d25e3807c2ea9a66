"""Numeral characters and magnitude words.

Keys are characters after folding (see ``FOLD``): full-width forms are folded to
ASCII and traditional forms to simplified ones, one character to one character,
so offsets never move.

Legend: ``DIGITS`` char -> digit value; ``UNITS`` char -> 10/100/1000 (a unit
multiplies the digit before it inside a section); ``MAGNITUDES`` char -> power of
ten that multiplies everything before it (万 10^4, 亿 10^8, 兆 10^12).
"""

DIGITS: dict[str, int] = {
    "0": 0,
    "1": 1,
    "2": 2,
    "3": 3,
    "4": 4,
    "5": 5,
    "6": 6,
    "7": 7,
    "8": 8,
    "9": 9,
    "零": 0,
    "〇": 0,
    "○": 0,
    "一": 1,
    "幺": 1,
    "壹": 1,
    "二": 2,
    "两": 2,
    "贰": 2,
    "俩": 2,
    "三": 3,
    "叁": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}

CHINESE_DIGITS = frozenset(ch for ch in DIGITS if not ch.isascii())

UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}

MAGNITUDES: dict[str, int] = {"万": 10**4, "亿": 10**8, "兆": 10**12}

# Characters that stand for a whole number on their own.
TENS_WORDS: dict[str, int] = {"廿": 20, "卅": 30}

# Latin suffixes written after Arabic numerals in informal text (15k, 30w, 2.5M).
LATIN_MAGNITUDES: dict[str, int] = {"k": 10**3, "K": 10**3, "w": 10**4, "W": 10**4, "M": 10**6}


# One character to one character: full-width ASCII is done by the folding code;
# these are the traditional and variant forms that matter for numbers and units.
FOLD: dict[str, str] = {
    "萬": "万",
    "億": "亿",
    "點": "点",
    "兩": "两",
    "倆": "俩",
    "負": "负",
    "幾": "几",
    "個": "个",
    "項": "项",
    "陸": "陆",
    "貳": "贰",
    "參": "参",  # 參與, 參加; a capital three only among capital numerals (see FORMAL_SAN)
    "叄": "叁",
    "圓": "圆",
    "塊": "块",
    "錢": "钱",
    "噸": "吨",
    "畝": "亩",
    "戶": "户",
    "臺": "台",
    "條": "条",
    "張": "张",
    "間": "间",
    "隻": "只",
    "雙": "双",
    "對": "对",
    "餘": "余",
    "數": "数",
    "歲": "岁",
    "週": "周",
    "約": "约",
    "達": "达",
    "過": "过",
    "與": "与",
    "於": "于",
    "為": "为",
    "﹪": "%",
    "～": "~",
    "〜": "~",
    "∼": "~",
    "－": "-",
    "﹣": "-",
    "‒": "-",
    "–": "-",
    "−": "-",
    "圜": "圆",
    "蘋": "苹",
    "區": "区",
    "級": "级",
    "類": "类",
    "佔": "占",
    "實": "实",
    "現": "现",
    "預": "预",
    "計": "计",
    "標": "标",
    "營": "营",
    "業": "业",
    "經": "经",
    "費": "费",
    "額": "额",
    "總": "总",
    "資": "资",
    "金": "金",
    "財": "财",
    "員": "员",
}

# 參 is the capital three (叁) where capital numerals or money units stand around it
# (參拾萬元, 壹仟參佰); elsewhere it is 参 (參與, 參加).
FORMAL_BEFORE: str = "零壹贰貳叁參叄肆伍陆陸柒捌玖拾佰仟"  # 壹仟參佰 (not 部分參與)
FORMAL_AFTER: str = "零壹贰貳叁參叄肆伍陆陸柒捌玖拾佰仟万萬亿億元圆圓角"  # 參拾萬元
