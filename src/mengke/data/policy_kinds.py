"""Document-type words that end a policy title, and the words around a policy mention.

``KINDS``: the compound word that ends a title gives its kind; the longest match wins
(…管理办法 -> 办法, …实施细则 -> 实施细则). ``NOT_POLICY_ENDINGS``: titles in 《》 that
name journals, books, papers, reports or competitions. ``ISSUE_VERBS``: verbs after
the issuing body (自治区党委、人民政府 *出台了*《…》). ``BODY_WORDS``: words that make a
phrase a body that can issue a document (政府, 党委, 常委会, 委员会, 厅, 局 …).
"""

KINDS: tuple[str, ...] = (
    "条例", "办法", "细则", "实施细则", "方案", "实施方案", "行动方案", "工作方案", "意见", "实施意见", "指导意见",
    "指引", "规划", "纲要", "措施", "若干措施", "政策措施", "通知", "决定", "规定", "若干规定", "目录", "指导目录",
    "清单", "负面清单", "指南", "工作指南", "工作安排", "行动计划", "工作要点", "要点", "规则", "实施办法",
    "管理规定", "准则", "标准", "章程", "批复", "公告", "通告", "条款", "暂行办法", "暂行规定",
)
# Titles in 《》 that are not policies even if a kind word ends them are rare; these
# endings mark the usual non-policies (journals, papers, books, shows, reports).
NOT_POLICY_ENDINGS: tuple[str, ...] = (
    "日报", "晚报", "周报", "报", "杂志", "期刊", "学报", "报告", "白皮书", "年鉴", "丛书", "中国", "大赛", "节目",
)
ISSUE_VERBS: tuple[str, ...] = (
    "审议通过", "表决通过", "研究通过", "联合印发", "联合出台", "联合发布", "出台了", "出台", "印发了", "印发",
    "发布了", "发布", "制定了", "制定", "颁布了", "颁布", "通过了", "通过", "修订了", "修订", "下发了", "下发",
    "推出了", "推出", "起草了", "起草",
)
BODY_WORDS: tuple[str, ...] = (
    "党委", "政府", "人民政府", "人大", "常委会", "委员会", "办公厅", "办公室", "厅", "局", "部", "委", "院",
    "中心", "联合会", "协会", "领导小组", "国务院", "中共中央", "政协",
)
ALIAS_CUES: tuple[str, ...] = ("以下简称", "下称", "简称")
EFFECTIVE_VERBS: tuple[str, ...] = ("施行", "实施", "执行", "生效")
