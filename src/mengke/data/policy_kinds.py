"""Document-type words that end a policy title, and the words around a policy mention.

``KINDS``: the compound word that ends a title gives its kind; the longest match wins
(…管理办法 -> 办法, …实施细则 -> 实施细则). ``NOT_POLICY_ENDINGS``: titles in 《》 that
name journals, books, papers, reports or competitions. ``ISSUE_VERBS``: verbs after
the issuing body (自治区党委、人民政府 *出台了*《…》). ``BODY_WORDS``: words that make a
phrase a body that can issue a document (政府, 党委, 常委会, 委员会, 厅, 局 …).
"""

KINDS: tuple[str, ...] = (
    "条例",
    "办法",
    "细则",
    "实施细则",
    "方案",
    "实施方案",
    "行动方案",
    "工作方案",
    "意见",
    "实施意见",
    "指导意见",
    "指引",
    "规划",
    "纲要",
    "措施",
    "若干措施",
    "政策措施",
    "通知",
    "决定",
    "规定",
    "若干规定",
    "目录",
    "指导目录",
    "清单",
    "负面清单",
    "若干政策",
    "法",
    "管理条例",
    "支持政策",
    "扶持政策",
    "指南",
    "工作指南",
    "工作安排",
    "行动计划",
    "工作要点",
    "要点",
    "规则",
    "实施办法",
    "管理规定",
    "准则",
    "标准",
    "章程",
    "批复",
    "公告",
    "通告",
    "条款",
    "暂行办法",
    "暂行规定",
    "奖补政策",
    "配套政策",
    "行动纲要",
)
# Titles in 《》 that are not policies even if a kind word ends them are rare; these
# endings mark the usual non-policies (journals, papers, books, shows, reports).
NOT_POLICY_ENDINGS: tuple[str, ...] = (
    "日报",
    "晚报",
    "周报",
    "报",
    "杂志",
    "期刊",
    "学报",
    "报告",
    "白皮书",
    "年鉴",
    "丛书",
    "中国",
    "大赛",
    "节目",
    "方法",
    "算法",
    "语法",
    "手法",
    "做法",
    "想法",
    "看法",
    "说法",
    "写法",
    "疗法",
    "技法",
    "书法",
    "兵法",
    "魔法",
)
ISSUE_VERBS: tuple[str, ...] = (
    "审议通过",
    "表决通过",
    "研究通过",
    "联合印发",
    "联合出台",
    "联合发布",
    "出台了",
    "出台",
    "印发了",
    "印发",
    "发布了",
    "发布",
    "制定了",
    "制定",
    "颁布了",
    "颁布",
    "通过了",
    "通过",
    "修订了",
    "修订",
    "下发了",
    "下发",
    "推出了",
    "推出",
    "起草了",
    "起草",
)
BODY_WORDS: tuple[str, ...] = (
    "党委",
    "政府",
    "人民政府",
    "人大",
    "常委会",
    "委员会",
    "办公厅",
    "办公室",
    "厅",
    "局",
    "部",
    "委",
    "院",
    "中心",
    "联合会",
    "协会",
    "领导小组",
    "行政公署",
    "国务院",
    "中共中央",
    "政协",
    # a development zone's administration issues its own policies (成都高新区印发《…》)
    "管委会",
    "高新区",
    "开发区",
    "经开区",
)
# How the name of a public body opens when no place does (省委, 国务院, 中共…委员会).
BODY_OPENERS: tuple[str, ...] = ("省", "市", "区", "县", "国", "中共", "党", "全国", "自治区", "州", "盟", "旗")
ALIAS_CUES: tuple[str, ...] = ("以下简称", "下称", "简称")
# Partners an issuer names without naming them (省科技厅会同有关部门): no part of the issuer.
UNNAMED_BODIES: frozenset[str] = frozenset(("有关部门", "相关部门", "有关单位", "相关单位", "多部门", "各有关部门"))
# Words by which an article gives a document a nickname later in its sentence (《…若干措施》，
# 被业内称为“新十条”): the package so named is that document, an alias of it.
NICKNAME_CUES: tuple[str, ...] = ("称为", "称作", "称之为", "誉为", "俗称", "又称", "号称", "简称", "概括为")
# Words in a headline that make it news about a document, not the document's own title
# (某省印发…方案). Not ISSUE_VERBS: a title may say 修订 or 通过 (…条例（2024年修订）).
NEWS_OF_A_POLICY: tuple[str, ...] = ("印发", "出台", "发布", "解读", "公布", "审议", "推出", "召开", "答记者问")
EFFECTIVE_VERBS: tuple[str, ...] = ("施行", "实施", "执行", "生效")


# Words saying what sort of policy a name is, between the issuing verb and the name (出台人才新政
# “科技强市20条”): a topic, then the sort.
POLICY_DESCRIPTOR_TOPICS: tuple[str, ...] = ("人才", "科技", "产业", "创新", "支持", "扶持")
POLICY_DESCRIPTORS: tuple[str, ...] = ("政策措施", "新政", "政策", "举措", "新规")

# A document's number (湘政发〔2024〕5号, 国办函[2025] 第12号): the issuer's short name, the year
# in brackets (group 1), the serial number (a regex source).
DOC_NUMBER: str = (
    r"[\u4e00-\u9fff]{1,12}[〔\[［【(（][ \t]*((?:19|20)\d{2})[ \t]*[〕\]］】)）][ \t]*第?[ \t]*\d{1,4}[ \t]*号"
)

# Words after the count of a quoted package that still belong to its name (“…18条措施”).
PACKAGE_TAILS: tuple[str, ...] = ("政策措施", "硬措施", "措施", "举措", "政策", "意见", "细则")

# Words opening the clause before an issuer's name (是继2022年自治区党委…出台, 此前，…): they and
# a date after them are no part of the body's name.
ISSUER_OPENERS: tuple[str, ...] = (
    "这也是",
    "这是",
    "也是",
    "是继",
    "是",
    "继",
    "此前",
    "随后",
    "同时",
    "并",
    "还",
    "又",
    "据悉",
    "据了解",
    "近日",
    "日前",
    "近期",
    "今年",
    "去年",
)
