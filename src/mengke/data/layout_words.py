"""Marks and words of page layouts: bylines, captions, page chrome.

``BYLINE_MARKS`` open a byline line (●本报记者 …, □科新); ``BYLINE_ROLES`` are the role
words removed from a byline to leave the names; ``CAPTION_MARKS`` open a photo caption;
``CHROME_*`` are the labels and phrases of web-portal furniture.
"""

BYLINE_MARKS: frozenset[str] = frozenset("●□■◎○◆◇★☆")

# Words of a page's column or section label set after a byline mark (■基层动态, ●聚焦创新主体,
# ◆相关链接): a label, not a writer's name.
COLUMN_LABEL_WORDS: tuple[str, ...] = (
    *("动态", "简讯", "快讯", "速递", "视点", "观察", "前沿", "聚焦", "关注", "要闻", "一线", "基层"),
    *("链接", "阅读", "专题", "特写", "短评", "评论", "声音", "数读", "图说", "纵深", "深读", "背景"),
)

BYLINE_ROLES: tuple[str, ...] = (
    "本报实习记者",
    "本报见习记者",
    "本报特约记者",
    "本报记者",
    "实践全媒体记者",
    "全媒体记者",
    "融媒体记者",
    "首席记者",
    "特约记者",
    "见习记者",
    "实习记者",
    "实习生",
    "记者",
    "通讯员",
    "本报讯",
    "摄影",
    "摄",
    "文/图",
    "文图",
    "撰稿",
    "编辑",
    "来源",
    "作者",
    "报道",
    "整理",
    "供图",
)

# Endings of a paper's or station's name written before a reporter's role (通辽日报记者 张伟,
# 包头广播电视台全媒体记者 …): the outlet, no name.
OUTLET_ENDINGS: tuple[str, ...] = (
    "日报社",
    "日报",
    "晚报",
    "商报",
    "时报",
    "报社",
    "广播电视台",
    "电视台",
    "融媒体中心",
    "新闻网",
    "客户端",
)

# Roles of the desk, not of the writers: a closing bracket that names one (（责任编辑：王丽）)
# gives the page's editors, never its authors.
EDITOR_ROLES: tuple[str, ...] = (
    "责任编辑",
    "编辑",
    "责编",
    "审核",
    "审校",
    "校对",
    "监制",
    "终审",
    "初审",
    "二审",
    "三审",
)

# Labels of a line that says how to reach the office (联系人：…, 地址：…): the places it names are
# where the office sits, not what the story is about.
CONTACT_LABELS: tuple[str, ...] = (
    "联系人",
    "联系电话",
    "咨询电话",
    "联系方式",
    "电话",
    "传真",
    "地址",
    "通讯地址",
    "邮编",
    "邮政编码",
    "电子邮箱",
    "邮箱",
    "网址",
)

# Labels that open an editor's note over a page's headline or a bulletin's items (【编者按】…).
EDITORS_NOTE_LABELS: tuple[str, ...] = ("编者按", "编者的话", "编者", "本期导读", "本期提要", "导读", "导语")

# The numbers that open the items of a document's outline, by rank: 一、 (1), （一） (2), 1. (3).
ITEM_NUMBER_MARKS: tuple[str, ...] = (
    r"[一二三四五六七八九十]{1,3}[、.．]",
    r"[（(][一二三四五六七八九十\d]{1,3}[）)]",
    r"\d{1,2}[、.．](?!\d)",
)

CAPTION_MARKS: frozenset[str] = frozenset("▲△▼")
# How a photo caption without its mark reads (工作人员为企业讲解政策, 某某在车间查看生产进度):
# who is pictured, opening the line, or what they are seen doing; a headline names news.
CAPTION_SUBJECTS: tuple[str, ...] = (
    "工作人员",
    "技术人员",
    "科研人员",
    "科技人员",
    "研究人员",
    "医护人员",
    "市民",
    "游客",
    "群众",
    "学生",
    "工人",
    "农户",
    "农民",
    "牧民",
    "志愿者",
    "参观者",
    "观众",
)
CAPTION_DEEDS: tuple[str, ...] = (
    "正在",
    "查看",
    "检查",
    "检测",
    "调试",
    "展示",
    "讲解",
    "参观",
    "详细了解",
    "巡检",
    "演示",
    "体验",
    "采摘",
    "操作",
)
# How a photo caption's credit ends its line (▲某企业的生产车间。 本报记者 方圆 摄).
CAPTION_ENDS: tuple[str, ...] = (" 摄", "摄影", "供图")

# The note that opens text carried over from another page (（上接第1版）, （接第二版）).
CARRIED_FROM_NOTE: str = r"(?:上接|接)第?[一二三四五六七八九十\d]+[版页頁]"
# Notes in parentheses that look like a closing byline but send the reader elsewhere
# (（下转第二版）, （上接第1版）) or close a serial (（完）, （待续）).
NOT_BYLINE_NOTES: str = (
    r"(?:下[转轉]|[转轉]|[见見])第?[一二三四五六七八九十\d]+[版页頁]|" + CARRIED_FROM_NOTE + r"|完|待[续續]|[续續]"
)

# A line under a headline that names the body issuing the page (江西省统计局 over the date of
# a statistical bulletin): the page's source, not the rest of the headline.
ISSUING_BODY_ENDINGS: tuple[str, ...] = (
    "统计局",
    "局",
    "厅",
    "委员会",
    "人民政府",
    "政府",
    "办公室",
    "办公厅",
    "委",
    "部",
    "署",
    "处",
)

# Marks that open the items of a list (Word's Wingdings arrows convert to Ø and ➢).
LIST_BULLETS: str = "•●○◆◇■□▪▫►▶▸➢➤Ø√✓✔★☆※"

# Web portal page: metadata labels and the chrome around the article.
META_LABELS: dict[str, str] = {
    "发布日期": "published",
    "发布时间": "published",
    "日期": "published",
    "时间": "published",
    "来源": "source",
    "信息来源": "source",
    "作者": "authors",
    "记者": "authors",
    "撰稿": "authors",
    "责任编辑": "editors",
    "责编": "editors",
    "编辑": "editors",
    "浏览次数": "views",
    "点击数": "views",
    "阅读": "views",
    # a government page's disclosure block (索引号, 发布机构, 成文日期, 文号 …): 成文日期 is
    # when the document was written, not when the page was published
    "发布机构": "source",
    "发文机关": "source",
    "发文单位": "source",
    "成文日期": "written",
    "索引号": "index",
    "主题分类": "topic",
    "主题词": "keywords",
    "文号": "number",
    "发文字号": "number",
    "标题": "title",
    "有效性": "validity",
}
CHROME_LINE_STARTS: tuple[str, ...] = (
    "当前位置",
    "您的位置",
    "首页",
    "放大字体",
    "缩小字体",
    "[ 资讯搜索 ]",
    "免责声明",
    "推荐图文",
    "推荐资讯",
    "点击排行",
    "最新资讯",
    "友情链接",
    "相关阅读",
    "相关新闻",
    "相关链接",
    "相关文章",
    "相关推荐",
    "热点推荐",
    "热门文章",
    "猜你喜欢",
    "上一篇",
    "下一篇",
    "上一条",
    "下一条",
    "分享到",
    "打印本页",
    "关闭窗口",
    "【打印",
    "【关闭",
    "扫一扫",
    "版权所有",
    "Copyright",
    "主办单位",
    "网站地图",
    "联系我们",
    "责任编辑",
    "本网站部分内容",
    "【字号",  # 【字号 大 中 小】 分享到：
    "字号：",
    "【字体",
    "阅读量",  # 阅读量：1024, a page's counters
    "阅读数",
    "浏览量",
    "浏览次数",
    "点击量",
    "点击数",
    "访问量",
)
LEAD_BOX_LABELS: tuple[str, ...] = ("核心提示", "导读", "摘要", "内容提要")

# Marks a document carries above its headline (内部资料 注意保存, 密级：秘密, 特急): no headline.
DOCUMENT_MARK_STARTS: tuple[str, ...] = (
    "内部资料",
    "内部文件",
    "注意保存",
    "密级",
    "机密",
    "秘密",
    "绝密",
    "特急",
    "加急",
    "平急",
    "签发人",
    "公开方式",
    "★",
)

# Lines of social-media chrome around an article (WeChat and the like): not a headline,
# and no figure in them is reported.
SOCIAL_CHROME_STARTS: tuple[str, ...] = (
    "点击蓝字",
    "点击上方蓝字",
    "点击上方",
    "关注我们",
    "阅读原文",
    "点个在看",
    "点个“在看”",
    "点个「在看」",
    "点亮在看",
    "分享收藏",
    "长按识别",
    "长按二维码",
    "扫码关注",
    "扫描二维码",
    "戳这里",
    "收录于合集",  # 收录于合集 #科技特派员 12个: the post's collection, its count no figure
    "收录于话题",
)

# A line that closes the article: everything after it (往期推荐 lists, ads) is chrome.
SOCIAL_TAIL_LINES: frozenset[str] = frozenset(
    {"END", "End", "end", "-END-", "—END—", "- END -", "往期推荐", "往期回顾", "推荐阅读", "精彩推荐", "延伸阅读"}
)

# Lines that begin the chrome under a web article: links to the articles before and after it,
# lists of related ones, print and close buttons. Everything from the first of them on is
# page furniture (their headlines carry figures of other articles).
WEB_TAIL_STARTS: tuple[str, ...] = (
    "上一篇",
    "下一篇",
    "上一条",
    "下一条",
    "相关新闻",
    "相关阅读",
    "相关链接",
    "相关文章",
    "相关推荐",
    "热点推荐",
    "热门文章",
    "猜你喜欢",
    "【打印",
    "【关闭",
    "打印本页",
    "关闭窗口",
)


# Artefacts a word processor's export leaves in the text ([bookmark: _GoBack], [image: …]): no
# words of the article (a regex source).
CONVERSION_ARTEFACT: str = r"\[(?:bookmark|BOOKMARK|image|IMAGE)[^\]\n]{0,60}\]"

# Labels of a page of questions and answers (问：…？ 答：…): a question is no headline's second line.
QA_LABELS: tuple[str, ...] = ("问：", "问:", "答：", "答:", "Q：", "Q:", "A：", "A:")

# Endings of the labels of an article's own sections (一、基本情况, （二）主要做法, 三、保障措施):
# a numbered heading that is only such a label parts one article, it opens no story of its own.
SECTION_LABEL_ENDINGS: tuple[str, ...] = (
    "情况",
    "背景",
    "内容",
    "做法",
    "成效",
    "要求",
    "任务",
    "措施",
    "目标",
    "打算",
    "问题",
    "意义",
    "思路",
    "原则",
    "亮点",
    "举措",
    "进展",
    "安排",
    "建议",
    "依据",
    "范围",
    "特点",
    "经验",
    "方向",
    "路径",
    "保障",
    "政策",
    "解读",
    "说明",
    "概况",
    "总则",
    "附则",
)
SECTION_LABEL_MAX = 8  # a label is short: 制定背景, 下一步工作打算

# The month and day of a dateline (本报银川11月20日电, 新华社北京3月5日电), in digits or numerals,
# with the spaces a PDF sets around digits (本报锡林浩特 10 月 14 日电) (a regex source).
DATELINE_MONTH_DAY: str = r"[ \t]?[\d一二三四五六七八九十]{1,3}[ \t]?月[ \t]?[\d一二三四五六七八九十]{1,3}[ \t]?日"

# Labels a document sets over an attachment (附件1, 附件：, 附表2, 附錄): no headline.
ATTACHMENT_LABELS: tuple[str, ...] = ("附件", "附表", "附录", "附錄")

# What a bracket closing a paragraph holds when it is a note, not a byline: the source the
# text came from (（本文来源：某某日报）, 转自), or a photo and its credit (（图：…记者 某某 摄）);
# matched in the folded note, so 來源 and 圖： match too.
BRACKET_NOTE_MARKS: tuple[str, ...] = ("来源", "转自", "转载", "原标题", "图:", "图片")  # (read folded)
