"""Unit and measure-word surface forms.

``UNITS`` maps a surface form (after folding) to ``(unit, kind)``: ``unit`` is the
canonical unit written into records; ``kind`` is the quantity kind hint
(money, count, percent, multiple, physical, time, age, rank). Matching takes the
longest surface form first, so 平方公里 wins over 公里 and 件次 over 件.

Sources: measure words of Chinese news writing (Xinhua style), currency names of
the peers' test suites, SI units as Chinese papers write them.
"""

_MONEY = {
    "元": "元",
    "圆": "元",
    "块": "元",
    "块钱": "元",
    "元钱": "元",
    "元人民币": "元",
    "人民币": "元",
    "美元": "美元",
    "美金": "美元",
    "美圆": "美元",
    "美刀": "美元",
    "港元": "港元",
    "港币": "港元",
    "欧元": "欧元",
    "日元": "日元",
    "日币": "日元",
    "英镑": "英镑",
    "卢布": "卢布",
    "泰铢": "泰铢",
    "韩元": "韩元",
    "台币": "新台币",
    "新台币": "新台币",
    "澳元": "澳元",
    "加元": "加元",
    "瑞士法郎": "瑞士法郎",
    "法郎": "法郎",
    "奈拉": "奈拉",
    "卢比": "卢比",
    "比特币": "比特币",
    "新加坡元": "新加坡元",
    "澳门元": "澳门元",
    "林吉特": "林吉特",
    "越南盾": "越南盾",
}

_COUNT = [
    "家",
    "个",
    "项",
    "人",
    "名",
    "位",
    "件",
    "件次",
    "人次",
    "人年",
    "户",
    "次",
    "起",
    "箱",
    "标准箱",  # container traffic (350万标准箱, TEU)
    "TEU",
    "条",
    "座",
    "台",
    "台套",
    "套",
    "标准机架",  # data-centre racks
    "标准架",
    "机架",
    "支",
    "批",
    "所",
    "篇",
    "种",
    "类",
    "只",
    "对",
    "双",
    "株",
    "头",
    "辆",
    "架",
    "艘",
    "部",
    "本",
    "份",
    "张",
    "场",
    "轮",
    "期",  # 举办培训班65期: sessions (一期, 二期 of a project are phases: data.nonnumbers)
    "期次",
    "处",
    "栋",
    "间",
    "例",
    "册",
    "棵",
    "匹",
    "口",
    "枚",
    "颗",
    "款",
    "组",
    "队",
    "群",
    "片",
    "床",
    "单",
    "笔",
    "门",
    "趟",
    "届",
    "章",
    "节",
    "网点",
    "打",
    "篇次",
    "人天",
    "个次",
    "场次",
    "家次",
    "条次",
    "项次",
    "户次",
    "车次",
    "架次",
    "班次",
    "辆次",
    "台次",
    "批次",
    "企次",
    "宗",
    # containers and pieces of goods (灌装3.6万瓶, 鱼苗50万尾, 中欧班列1200列)
    "瓶",
    "盒",
    "袋",
    "罐",
    "桶",
    "粒",
    "根",
    "盏",
    "幅",
    "尾",
    "羽",
    "列",
    "标箱",
    "剂",  # doses (冻精10万剂, 疫苗200万剂)
    "剂次",
    "眼",  # wells (机电井320眼)
]

_PHYSICAL = {
    "吨": "吨",
    "公斤": "公斤",
    "千克": "公斤",
    "kg": "公斤",
    "克": "克",
    "斤": "斤",
    "亩": "亩",
    "公顷": "公顷",
    "平方米": "平方米",
    "平米": "平方米",
    "平方公里": "平方公里",
    "平方千米": "平方公里",
    "km²": "平方公里",
    "㎢": "平方公里",
    "m²": "平方米",
    "㎡": "平方米",
    "m³": "立方米",
    "㎥": "立方米",
    "㎏": "公斤",
    "㎞": "公里",
    "立方米": "立方米",
    "千米": "公里",
    "公里": "公里",
    "km": "公里",
    "米": "米",
    "厘米": "厘米",
    "公分": "厘米",
    "毫米": "毫米",
    "纳米": "纳米",
    "nm": "纳米",
    "英寸": "英寸",
    "英尺": "英尺",
    "平方英尺": "平方英尺",
    "千瓦": "千瓦",
    "kw": "千瓦",
    "KW": "千瓦",
    "kW": "千瓦",
    "兆瓦": "兆瓦",
    "MW": "兆瓦",
    "GW": "吉瓦",
    "吉瓦": "吉瓦",
    "瓦": "瓦",
    "千瓦时": "千瓦时",
    "瓦时": "瓦时",
    "兆瓦时": "兆瓦时",
    "吉瓦时": "吉瓦时",
    "太瓦时": "太瓦时",
    "kWh": "千瓦时",
    "MWh": "兆瓦时",
    "GWh": "吉瓦时",
    "TWh": "太瓦时",
    "TW": "太瓦",
    "太瓦": "太瓦",
    "度电": "千瓦时",
    "千伏": "千伏",
    "伏": "伏",
    "标准煤": "吨标准煤",
    "吨标准煤": "吨标准煤",
    "升": "升",
    "毫升": "毫升",
    "摄氏度": "℃",
    "℃": "℃",
    "°C": "℃",
    "度": "度",
    "Hz": "赫兹",
    "赫兹": "赫兹",
    "GB": "GB",
    "TB": "TB",
    "PB": "PB",
    "EB": "EB",
    # computing power: PFlops, written P in the press (算力规模5000P); EFlops, E
    "PFlops": "PFlops",
    "PFLOPS": "PFlops",
    "P": "PFlops",
    "EFlops": "EFlops",
    "EFLOPS": "EFlops",
    "Gbps": "Gbps",
    "Mbps": "Mbps",
    "比特": "比特",
    "字节": "字节",
    # SI prefixes written in Chinese make one unit with it (五十兆字节 is 50 MB, not 5e13 B)
    "千比特": "千比特",
    "兆比特": "兆比特",
    "千字节": "KB",
    "兆字节": "MB",
    "吉字节": "GB",
    "太字节": "TB",
    "KB": "KB",
    "MB": "MB",
    "千赫": "千赫兹",
    "千赫兹": "千赫兹",
    "kHz": "千赫兹",
    "兆赫": "兆赫兹",
    "兆赫兹": "兆赫兹",
    "MHz": "兆赫兹",
    "吉赫": "吉赫兹",
    "吉赫兹": "吉赫兹",
    "GHz": "吉赫兹",
    "千卡": "千卡",
    "大卡": "千卡",
    "千焦": "千焦",
    "兆焦": "兆焦",
    "焦耳": "焦耳",
    "千帕": "千帕",
    "兆帕": "兆帕",
    "马力": "马力",
    "海里": "海里",
    "光年": "光年",
}

_TIME = {
    "年": "年",
    "个月": "个月",
    "月": "个月",
    "周": "周",
    "星期": "周",
    "天": "天",
    "日": "天",
    "小时": "小时",
    "个小时": "小时",
    "分钟": "分钟",
    "秒": "秒",
    "秒钟": "秒",
    "个工作日": "工作日",
    "工作日": "工作日",
    "季度": "季度",
    "个季度": "季度",
    "年度": "年",
}

_AGE = {"岁": "岁", "周岁": "周岁"}

_RATIO = {
    "%": "%",
    "倍": "倍",
    "百分点": "百分点",
    "个百分点": "百分点",
    "‰": "‰",
}

UNITS: dict[str, tuple[str, str]] = {}
UNITS.update({k: (v, "money") for k, v in _MONEY.items()})
UNITS.update({k: (k, "count") for k in _COUNT})
UNITS.update({"位次": ("位", "count"), "个位次": ("位", "count")})  # 提升5个位次: places in a ranking
UNITS.update({k: (v, "physical") for k, v in _PHYSICAL.items()})
UNITS.update({k: (v, "time") for k, v in _TIME.items()})
UNITS.update({k: (v, "age") for k, v in _AGE.items()})
UNITS["%"] = ("%", "percent")
UNITS["‰"] = ("‰", "percent")
UNITS["倍"] = ("倍", "multiple")
UNITS["百分点"] = ("百分点", "percent")
UNITS["个百分点"] = ("百分点", "percent")

# Things counted in 块 (pieces): after one of these in the clause, 块 is a measure word, not
# the colloquial yuan (芯片产量86亿块, 新增电池模组3万块; but 花了三十块 is money).
COUNTED_IN_PIECES: tuple[str, ...] = (
    *("芯片", "电池", "屏", "面板", "晶圆", "硅片", "地块", "土地", "电路", "主板", "模组", "基板"),
    *("组件", "光伏板", "显示屏", "产量", "出货", "奖牌", "金牌", "场地", "宅基地"),
)

# Measure words that begin a word with the next character, and then are no unit
# (七部门印发, 五家庭, 上了新台阶, 名单, 位置, 条件): measure word -> those next characters.
NOT_A_UNIT_BEFORE: dict[str, str] = {
    # (not 长 after 家 or 部: 5家长期合作企业, 3部长篇小说; not 单 after 名: 5名单位负责人)
    "部": "门委署",
    "家": "庭属乡",
    "台": "阶",
    "名": "称义",
    "位": "置",
    "条": "件例款",
    "座": "谈",
    "所": "属示述谓以在有得需致辖",  # 如图1所示, 3所属单位
    "批": "准示",
    "宗": "旨教族师",
    "列": "入为车表举",  # 3列入, 位列: a verb; 列车 is a train
    "根": "据本源植治",  # 根据, 根本
    "袋": "鼠",
    "盒": "子",
    "尾": "气声矿款号",  # 尾气, 尾矿
    "期": "间限内末初中望待盼刊货",  # 五一期间, 3期限: a time, not sessions
}

# The currency a bare 元 means on a page about a place that does not use the renminbi.
LOCAL_YUAN: dict[str, str] = {"香港": "港元", "澳门": "澳门元", "台湾": "新台币"}

# Verbs of ranking before an ordinal with no measure word (位居全省第二, 排名全国第一):
# the ordinal is a rank in 位 when it ends its clause.
RANK_VERBS: tuple[str, ...] = (
    "位居",
    "居",
    "位列",
    "名列",
    "排名",
    "排在",
    "排",
    "跻身",
    "稳居",
    "跃居",
    "升至",
    "跃升至",
    "上升至",
    "提升至",
)

# The field of a ranking right before an ordinal that ends its clause, with no verb
# (连续九年全国第一, 综合实力西部第二): the ordinal is a rank in 位.
RANK_SCOPES: tuple[str, ...] = (
    "全国",
    "全省",
    "全区",
    "全市",
    "全盟",
    "全州",
    "全球",
    "世界",
    "亚洲",
    "西部",
    "中部",
    "东部",
    "东北",
    "西北",
    "西南",
    "华北",
)

# Measure words that make a bare 一 an indefinite article (一个, 一批, 一项 ...):
# "a", not "one", unless the text stresses the count.
ARTICLE_CLASSIFIERS = frozenset(
    "个 批 项 种 类 系列 些 场 次 趟 座 条 家 位 名 支 套 部 份 张 片 道 段 番 体 起 处 件 台 所 股"
    " 年 天 周 步 轮 届 代 线 流 级 等 层 环 头"
    " 组 辆 架 根 颗 棵 间 样 门 盘 扇 首 本 篇 幅 粒 枚 栋 艘 双 把 句 封 则 堂 节 株 匹 束 笔 宗 单 例".split()
)

# 一 with a measure word the number suites read as a number (一只, 一塊蛋糕), which before a noun in
# prose is "a", no count (一块磁材): set aside by the attribution, not by find_quantities.
ONE_BEFORE_A_NOUN: frozenset[str] = frozenset({"一块", "一只", "一塊", "一隻", "一眼"})

# Money compounds smaller than the yuan: 角/毛 are tenths, 分 hundredths.
SUBUNITS_OF_YUAN: dict[str, int] = {"角": 10, "毛": 10, "分": 100}

# Smaller units written after another currency: surface -> how many make one unit.
SUBUNITS: dict[str, dict[str, int]] = {
    "美元": {"美分": 100},
    "日元": {"日本钱": 100, "日本銭": 100, "钱": 100, "銭": 100},
    "港元": {"仙": 100},
    "欧元": {"欧分": 100},
    "英镑": {"便士": 100},
}

# Words that close a formal money amount (壹佰元整).
MONEY_CLOSERS = ("整", "正")

# Currency words that may stand before the number (人民币 50元, 港币两千元).
MONEY_PREFIXES: dict[str, str] = {
    "人民币": "元",
    "港币": "港元",
    "新台币": "新台币",
    "台币": "新台币",
    "美金": "美元",
    "$": "美元",
    "¥": "元",
    "￥": "元",
    "€": "欧元",
    "£": "英镑",
}

# Header cells of a table's unit column (指标 | 单位 | 2024年 | 2025年).
UNIT_HEADERS: frozenset[str] = frozenset({"单位", "计量单位", "单位名称"})

# Header cells over a first column of measures (指标 | 数值（亿元） | 增速（%）): each row's
# label names what its cells measure, the other headers only their unit and kind.
LABEL_HEADERS: frozenset[str] = frozenset({"指标", "指标名称", "项目", "主要指标", "名称", "类别"})

# Row labels of a table's total (合计 | 1350.2): the whole area, not a place of its own.
TOTAL_ROW_LABELS: frozenset[str] = frozenset({"合计", "总计", "全部", "总体"})

# Header cells of a first column that only numbers the rows (序号 | 指标 | …): set aside.
# Headers of a column of remarks closing a table (属性: 预期性, 约束性 in a plan's table of
# indicators): read as no figures.
REMARK_HEADERS: frozenset[str] = frozenset({"属性", "指标属性", "指标性质", "性质", "类型", "备注", "说明"})

SERIAL_HEADERS: frozenset[str] = frozenset({"序号", "编号", "序", "No.", "NO.", "no."})
