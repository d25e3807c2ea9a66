"""Words that contain a numeral character but are not numbers.

``WORDS`` are matched on the folded text; a numeral inside one of them is never read
as a quantity. Grouped by why they are not numbers. Add to a group rather than
writing a rule for one sentence.
"""

_IDIOMS = (
    "一系列 一切 一看 一起 一直 一定 一般 一样 一些 一旦 一道 一体 一流 一线 一致 一律"
    " 一再 一度 一向 一举 一方面 一边 一带一路 一心 一站式 一网通办 一件事 一次性 一把手"
    " 一窗 一门 一揽子 一张网 一盘棋 一体化 一同 一并 一贯 一手 一如既往 一年来 一是 二是 三是"
    " 四是 五是 唯一 统一 同一 万一 第一时间 之一 一方 一大批 一批批 一股 一环 一番 一时"
    " 十分 十足 十全十美 九九 三三两两 两两 千方百计 千家万户 万事 万物 百花 百姓 千里"
    " 一一 五湖四海 四面八方 七上八下 一带 一路 一号文件 一揽 一把 一遍 一跃 一举 百强 千亿级"
    " 万亿级 五福 三农 双创 双碳 两会 两院 两新 两翼 两岸 双一流 三北 四川 陆地 大陆 登陆 海陆"
    " 着陆 陆续 陆路 队伍 入伍 退伍 伍仁 收拾 拾取 拾起 拾到 夕拾 放肆 肆意 肆无忌惮 二氧化碳"
    " 一氧化碳 二氧化硫 二手 三维 四大 五大 六大 七大 八大 九大 十大 百年 千年 万年"
    " 一号 二号 三号 两个维护 两个确立 三个代表 四个全面 五位一体 一国两制 零距离 零部件 零售"
    " 零碳 零件 零星 零散 零工 零下 一本 一级 二级 三级 一等奖 二等奖 三等奖 一类 二类 三类"
    " 一流 双百 千百 百千 万千 十万火急 九霄 二维码 最后一公里 一公里 一站 一键 一码 一窗 一网"
    " 张三 李四 王五 赵六 五角大楼 一下 一会 一阵 一番话 长三角 珠三角 金三角 三角洲 三角形 三角区"
    " 一位数 两位数 三位数 个位数 半成品 半导体 半岛 半径 半自动 百亿级 十亿级 百万级 千万级"
    " 五个一批 一企一策 一事一议 一区多园 三次产业 一二三产业 一产 二产 三产 双过半 时间过半 任务过半"
)

# A project's phases (子午工程二期, 一期项目), not a count of sessions (培训班65期).
_PHASES = "一期 二期 三期 四期 五期 六期 七期 八期 九期 十期"

_PLAN_NAMES = "十三五 十四五 十五五 十二五 十一五 九五 八五"

# Days of the week (a page's dateline: 2024年12月31日 星期二).
_WEEKDAYS = " ".join(f"{w}{d}" for w in ("星期", "礼拜") for d in "一二三四五六日天")

WORDS: frozenset[str] = frozenset((_IDIOMS + " " + _PLAN_NAMES + " " + _WEEKDAYS + " " + _PHASES).split())

# Words that end a number as a date or a time of day: the number is not a quantity.
DATE_UNITS: frozenset[str] = frozenset({"月", "日", "号", "时", "点钟", "月份", "季度", "年度"})

# Ordinal meeting and edition words: 第十一次党代会, 二十届四中全会, 第十四届.
MEETING_WORDS: frozenset[str] = frozenset(
    {"届", "次党代会", "次会议", "中全会", "次全会", "次全体会议", "次代表大会", "次督查", "次大督查"}
)

# Measure words after 第 that make the ordinal name a meeting, an edition, a batch, a part of a
# document or a date (第十一次, 第十四届, 第三批, 第五条, 第三季度): not returned at all. After
# any other word, or none, 第 and its number are an ordinal (第三, 第二天, 第3万回).
NAMING_ORDINAL_WORDS: frozenset[str] = frozenset(
    "次 届 期 批 批次 轮 版 号 条 章 款 节 篇 部分 季 季度 年 年度 月 日 代 任 阶段 个 项 家".split()
)

# Labels of page furniture: a number right after one of these is chrome, not content.
FURNITURE_LABELS: tuple[str, ...] = (
    "浏览次数",
    "浏览量",
    "浏览",
    "阅读量",
    "阅读数",
    "阅读",
    "点击量",
    "点击数",
    "点击",
    "访问量",
    "访问次数",
    "评论",
    "点赞",
    "转发",
    "分享",
    "字号",
    "页码",
    "电话",
    "热线",
    "手机",
    "传真",
    "邮编",
    "QQ",
    "微信",
    "ICP备",
    "备案号",
    "网站标识码",
    "第",
    "共",
    "版次",
)

# Characters after 成 that make a word (建成, 成为): 成 is then not "tenths".
CHENG_WORDS_NEXT: frozenset[str] = frozenset("为立功果本员效绩熟长都交就型套绩片批分品像立年人")

# Characters after 折 that make a word (折合, 折旧).
ZHE_WORDS_NEXT: frozenset[str] = frozenset("合旧叠算射扣返腾服中线")

# Characters after 打 that make a verb (打造, 打通): 打 is then not "dozen".
DA_WORDS_NEXT: frozenset[str] = frozenset("造通击好赢响破开出下卡工算印车球赢入进")

# Characters after 上下 that make a word (上下游): 上下 is then not "about".
SHANGXIA_WORDS_NEXT: frozenset[str] = frozenset("游级班文联功")

# Characters before a one-character qualifier prefix that make a word with it
# (通过, 最近, 制约): the prefix is then not a qualifier.
PREFIX_WORD_BEFORE: dict[str, frozenset[str]] = {
    "过": frozenset("通经不度越错路难太想看做去来听超闯跨穿"),
    "近": frozenset("最附靠接将逼亲贴"),
    "约": frozenset("制契预合签公节婚邀"),
    "超": frozenset("高赶"),
    "逾": frozenset(""),
}
