"""Qualifier cue words: what a word next to a number says about its precision.

``PREFIXES``/``SUFFIXES`` map the surface word (after folding) to a qualifier value:
``approx`` (约, 近, 左右), ``at_least`` (余, 多, 以上, 超过, 突破), ``at_most`` (不到,
不足, 以下). The longest word is tried first. Source: the annotation guide's list,
extended with the forms of the peers' suites.
"""

PREFIXES: dict[str, str] = {
    "约": "approx",
    "大约": "approx",
    "大概": "approx",
    "近": "approx",
    "将近": "approx",
    "接近": "approx",
    "逼近": "approx",
    "约为": "approx",
    "约合": "approx",  # 约合2.3亿美元: a conversion, rounded
    "大约有": "approx",
    "约达": "approx",  # 研发投入约达120亿元
    "约有": "approx",
    "超过": "at_least",
    "超过了": "at_least",
    "超": "at_least",
    "逾": "at_least",
    "突破": "at_least",
    "过": "at_least",
    "不少于": "at_least",
    "不低于": "at_least",
    "至少": "at_least",
    "至少有": "at_least",
    "至少是": "at_least",
    "大于": "at_least",
    "高于": "at_least",
    "多于": "at_least",
    "不小于": "at_least",
    "大于等于": "at_least",
    "最高": "at_most",
    "上": "at_least",  # 上千名, 上万人 (only before 百/千/万/亿: see MAGNITUDE_ONLY)
    "破": "at_least",  # 营收破百亿, 产值破300亿 (not 打破3项纪录: see MAGNITUDE_ONLY)
    "首破": "at_least",  # 科研经费首破20亿元: passed for the first time
    "迈上": "at_least",  # 产值迈上千亿元台阶: a level reached and passed
    "站上": "at_least",
    "跃上": "at_least",
    "登上": "at_least",
    "最高可达": "at_most",
    "最低": "at_least",
    "不到": "at_most",
    "不足": "at_most",
    "不超过": "at_most",
    "最多": "at_most",
    "最多为": "at_most",
    "未满": "at_most",
    "低于": "at_most",
    "小于": "at_most",
    "少于": "at_most",
    "不高于": "at_most",
    "不大于": "at_most",
    "小于等于": "at_most",
    "大于或等于": "at_least",
    "大于或者等于": "at_least",
    "最少": "at_least",
    "最少有": "at_least",
    "小于或等于": "at_most",
    "小于或者等于": "at_most",
    "不多于": "at_most",
    "至多": "at_most",
    "≥": "at_least",
    ">": "at_least",
    "≤": "at_most",
    "<": "at_most",
}

# Written between the number and its unit (50余名, 4000多名, 346.5万余人, a post's 1000+家).
INNER: dict[str, str] = {"余": "at_least", "多": "at_least", "来": "approx", "+": "at_least"}

SUFFIXES: dict[str, str] = {
    "以上": "at_least",
    "或以上": "at_least",
    "或者以上": "at_least",
    "及以上": "at_least",
    "有余": "at_least",
    "之多": "at_least",
    "或者更多": "at_least",
    "或更多": "at_least",
    "以下": "at_most",
    "以内": "at_most",
    "或以下": "at_most",
    "及以下": "at_most",
    "之上": "at_least",
    "之下": "at_most",
    "左右": "approx",
    "上下": "approx",
    "前后": "approx",
}

# Prefix words that qualify a number only when a magnitude word follows them (上千名, 破百亿);
# before other numbers they are words of their own (上3个台阶, 打破3项纪录).
MAGNITUDE_ONLY: frozenset[str] = frozenset({"上", "破"})

# Bounds said before the base of a share (补助金额不超过项目研发投入的30%, 不低于营业收入的3%):
# they qualify the share though a noun stands between them and it.
SHARE_BOUNDS: dict[str, str] = {
    "不超过": "at_most",
    "不得超过": "at_most",
    "最高不超过": "at_most",
    "不高于": "at_most",
    "不大于": "at_most",
    "最多": "at_most",
    "不低于": "at_least",
    "不得低于": "at_least",
    "不少于": "at_least",
}
