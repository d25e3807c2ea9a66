"""Cue words the metric attribution reads: verbs around a figure, status and kind cues.

Each table is written as space-separated words (after folding) and read into a tuple;
where order matters, longer words come first in the code that uses them. Add words here
rather than rules in the code.
"""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Words of averages whose last character is also a trailing word (均): 玉米单产平均提高8%
# keeps 平均 in its measure.
AVERAGE_WORDS: tuple[str, ...] = _words("平均 人均 户均 亩均 年均 日均 月均 场均")

# Verbs and adverbs between what is measured and the figure (技术合同成交额 *突破* 百亿元).
TRAILING_WORDS: tuple[str, ...] = _words(
    "实现翻番 翻番 翻了一番 翻一番 翻了两番 翻两番 倍增 "
    "过去 以往 此前 原先 原来 "  # 亩产从过去的(300公斤): the time of the level, not the measure
    "达到了 达到 已达到 已达 完成了 完成 累计达 总计达 共计达 高达 多达 达 突破了 突破 增长至 增长到 "
    "增至 增加到 增加至 提高到 提高至 提升至 提升到 上升至 上升到 跃升至 跃升到 跃居 跃升 "
    "降至 降到 下降至 下降到 减少到 减少至 扩大到 扩大至 实现了 实现 约为 约占 为 是 超过了 "
    "超过 超 约 逾 近 共有 共计 合计 总计 累计 已经 已 均 分别为 分别达 分别 首次 有 继续 仍然 依然 仍 "
    "占 计 达成 同比增长 同比 年均增长 年均 增长了 增长 增加了 增加 提高了 提高 提升了 "
    "提升 下降了 下降 减少了 减少 降低了 降低 缩短了 缩短 压缩了 压缩 精简了 精简 压减了 压减 削减了 削减 "
    "缩减了 缩减 仅 只有 只要 只需 仅需 仅要 "
    "等 最高 最低 最多 最少 就有 就 再 又 保持 以 进入 稳定在 保持在 维持在 控制在 "
    "至 到 跻身 位居 稳居 仍居 居 排在 位列 列 获得 取得 "
    "全国第 第 大幅 显著 稳步 持续 全年 当年 较上年 比上年 较去年 比去年 全面 正式 成功 新 "
    "总数 总量 将会 将 有望 可望 力争 争取 计划 预计 预计可达 可达 可 预估 预期 预测 估计 "
    "位居全国 位列全国 居全国 排名全国 全国 全省 全区 全市 由 从 "
    "较前年 比前年 较上年同期 比上年同期 较去年同期 比去年同期 净增 净减 年增 年减 成长 成长了 "
    "新增了 新增 净增了 新认定 新培育 新引进 新建 "
    "上升了 上升 按年上升 按年增加 按年增长 按年下降 按年减少 按年 在 评价入库 入库评价 登记入库 入库 批出 评估 "
    "迈上 迈入 站上 跨上 跨入 多增 少增 前移 后移 前进 后退 攀升 结果 推广应用 示范应用 每年都 逐年 开工 交付 共 "
    "升至 升到 升为 降为 跃至 上年的 上年 去年的 之 多出 高出 少了 多了 "
    "加快了 加快 放缓了 放缓 回落了 回落 回升了 回升 减缓 提速 "
    "中部 西部 东部 东北 中西部 中部地区 西部地区 东部地区 东北地区 收窄了 收窄 扩大了 扩大 缩小至 缩小到 缩小了 缩小 "
    "可满足 能满足 满足 开行 年底 年末 年内 年初 今年底 年底前 届时 "
    "名单公布 名单出炉 名单揭晓 名单 公布 出炉 揭晓 安排了 安排 "
    "编列了 编列 列支 递增 激增 骤增 剧增 猛增 陡增 增"  # (预算增逾一成: the verb alone)
)

# Verbs that introduce what is measured (下达 *后补助资金*, 惠及 *企业*): the indicator follows them.
OBJECT_VERBS: tuple[str, ...] = _words(
    "下达 开工 新开工 新认定 新培育 新引进 新签约 新落地 新入驻 新备案 新获批 "
    "开设 开办 投运 开通 签约落地 安排 惠及 拿出 培育 现有 "
    "推荐认定 认定 建立 建成 新建 "
    "新增 净增 发表 申请 举办 促成 引进 聚引 汇聚 吸引 拨付 支持 引导 办理 帮助 带动 组建 设立 获批 批复 争取 落地 "
    "发布 公布 出台 制定 开展 实施 完成 攻克 组织 选派 推广 转化 签约 集聚 聚集 化解 解决 受理 选育 育成 研制 召开 "
    "拿出 投向 用于 接入 覆盖 入驻 培养 储备 授信 投放 发放 兑现 减免 撬动 带来 拥有 布局 "
    "部署 立项 资助 奖励 补助 扶持 招引 挂牌 入库 登记 享受 惠及了 共建 联合 参与 承担 "
    "牵头 突破 推出 打造 获得 取得 荣获 提供 实现 共有 给予 奖励 补贴 涉及 核定 签订 批出 "
    "派出 派驻 选聘 聘请 招募 招聘 吸纳 获授权 授权 累计投入 共投入 先后投入 建设 获评 新获 新获得 "
    "开发出 研发出 研制出 培育出 选育出 开发了 研发了 研制了 征集 征集到 收集 梳理 兑付 购买 启动 孵化 "
    "接收 收到 接待 产生 形成 制定出 带回 采集"
)

# Verbs of giving (对新认定的企业给予一次性奖励): what is given is the measure, whatever verbs
# come before them.
GIVING_VERBS: tuple[str, ...] = _words("给予 予以")

# Verbs of funding that make one noun with the funds after them (财政支持资金, 奖励资金, 补助经费):
# the funds, not "supports the funds".
FUNDING_VERBS: frozenset[str] = frozenset("支持 扶持 奖励 补助 补贴 资助 引导 配套".split())
FUND_HEADS: frozenset[str] = frozenset("资金 经费 专项资金".split())

# A verb after its own object makes a noun (科技成果*转化*净收入, 人才*引进*经费): the phrase is one
# measure, not a verb and the object after it.
NOMINAL_VERB_COMPOUNDS: tuple[str, ...] = _words(
    "成果转化 技术转化 成果转移 技术转移 人才引进 项目引进 人才培养 人才培育 企业培育 项目签约 项目落地 "
    "成果推广 技术推广 项目实施 项目建设 平台建设 基地建设 项目申请 专利申请 资金拨付"
)

# Endings of the names before a list of nouns that make them levels, where the things listed
# come from (累计获得国家、自治区资助经费), not things counted together; one-character levels
# count only alone (省、市两级).
LIST_LEVEL_ENDINGS: tuple[str, ...] = ("国家", "中央", "自治区", "地方", "级")
LIST_ONE_CHAR_LEVELS: str = "省市县区"

# Words in the introduction of a list (before its colon) that make its items plans, besides
# 将 (我局将做好三方面工作：一是…).
PLANNED_LIST_CUES: tuple[str, ...] = ("计划", "下一步", "今后", "明年", "力争")

# What a programme's name ends with before 计划 (科技计划, 重点研发计划, 人才计划): 计划支持 after
# it is the programme's support, no plan to support.
PROGRAMME_NAME_ENDS: tuple[str, ...] = _words("科技 研发 人才 专项 英才 创新 攀登 引才 育才 星火 火炬")

# Words after a clause-opening 将 that make it "will" (…负责人表示，将围绕…领域，新布局…10个):
# the clauses after it in its sentence say what is planned. Not a noun (将研发投入纳入考核,
# where 将 is 把).
PLAN_AHEAD_WORDS: tuple[str, ...] = _words(
    "围绕 继续 进一步 加快 全力 持续 大力 重点 着力 聚焦 坚持 推动 深化 实施 启动 开展 建设 "
    "力争 争取 努力 全面 积极 不断 以 在 通过 依托 推进 加大 着眼 紧扣 瞄准 统筹 强化 立足 "
    "陆续 逐步 适时 计划 重点围绕 抓好 做好 切实 扎实 突出"
)

# Words a heading names a section of goals with (一、主要目标, （二）发展目标, 预期目标):
# the figures under it, up to the next heading of its rank, are targets.
GOAL_HEADING_WORDS: tuple[str, ...] = ("目标", "预期指标", "主要指标", "目标任务")
# Headings of the work a plan or a work report sets out to do (二、重点任务, 三、2025年工作安排,
# 下一步工作打算): the figures under them are planned, not done.
PLAN_HEADING_WORDS: tuple[str, ...] = _words(
    "重点任务 主要任务 工作任务 重点工作 工作安排 工作计划 工作打算 工作思路 "
    "以下工作 方面工作 以下几项工作"  # 重点抓好以下工作：, 着力做好以下几个方面工作：
)

# Nouns of support between a bound and its figure (单个企业最高补助100万元): the bound still
# qualifies the figure.
BOUNDED_SUPPORT_NOUNS: tuple[str, ...] = _words("补助 奖励 资助 支持 补贴 奖补 扶持 贷款 授信 给予 一次性奖励")
# The bounds said before such a noun (最高补助, 不超过奖励): each a qualifier prefix of data.qualifiers.
SUPPORT_BOUNDS: tuple[str, ...] = _words("不超过 不少于 最高 最多 最低 最少 至少")

# Object verbs that report a result (实现, 完成, 拥有): what follows is the measure, even a bare
# one (全市实现成交额50亿元: 成交额), where other verbs make one noun with a bare measure
# (技术合同登记成交额, 签约金额, 立项数).
RESULT_VERBS: frozenset[str] = frozenset("实现 完成 取得 获得 荣获 拥有 共有 突破 带来 带动 撬动".split())

# Nouns that open with 后 (after): after an object verb they are its object, not "after it"
# (安排后补助资金 is post-subsidy funds; 建成后年产值 is the output once built).
NOUNS_WITH_HOU: tuple[str, ...] = _words("后补助 后备 后勤 后续资金")


# Openers of a clause that are not part of what is measured (截至目前, 其中, 预计).
LEADING_WORDS: tuple[str, ...] = _words(
    "共有 拥有 建成后 投产后 达产后 建成投产后 截至目前 截至 截止 目前 其中 同时 还有 并且 而且 也有 已有 并将 "
    "获评 获 园区内 园区里 园内 区内 旗内 县内 市内 盟内 省内 境内 基地内 使 让 促使 我们的 我们 咱们的 咱们 "
    "他们的 他们 她们的 她们 他家 她家 我家 "
    "本办法所称 本细则所称 本条例所称 本规定所称 本方案所称 本措施所称 所称 "
    "此外 另外 另有 今年以来 今年 去年 明年 全年 当年 近年来 全台 全港 全澳 每座 每台 每套 每栋 每辆 再 又 "
    "近日 以来 期间 此前 过去 以往 以前 原来 现在 眼下 当前 为 "
    "现已 现 并 和 且 而 还 也 共 累计 已 已经 将 均 该 此项 这些 分别有 分别 "
    "这里的 这里 当地的 当地 如今 现如今 这样的 这类 此类 这些 那些 这个 这项 这一 这 此 其 "
    "这套 这台 这款 这种 这座 这批 这所 这条线 这条 那套 那台 那种 该套 该款 该批 推动 促进 力促 每年 每天 每月 "
    "各类 各项 一批 相关 预计 预期 预估 预测 估计 力争 有望 计划 争取 确保 届时 到时 相当于 "
    "提出 明确 要求 到 要力争 要确保 要争取 现有 目标是 目标 "
    # a change's verb opening the clause of its second figure (由42个*增加到*目前的95个)
    "增加到 增加至 增长到 增长至 提高到 提高至 提升到 提升至 上升到 上升至 扩大到 扩大至 跃升至 增至 升至 降至 "
    "下降到 下降至 减少到 减少至 发展到 发展至 发展为 壮大到 壮大至"
)

# Words after a count that end the noun it counts (182家高校院所 *开展* 合作).
RIGHT_STOPS: tuple[str, ...] = _words(
    "开展 参与 落地 落户 入选 获批 获得 实现 完成 应用 投产 由 在 已 被 的 等 将 "
    "通过 进行 正 共同 与 为 是 均 达 提供 入驻 成为 纳入 列入 建成 实施 推动 开工 签约 "
    "获 和 及 、 攻克 取得 形成 覆盖 涵盖 全部 累计 分别 合作 集聚 参加 从事 服务 进入 "
    "来自 加入 走访 都 推广 扭转 用于 归 支配 参会 参展 参赛 成功 顺利 先后 陆续 相继 同时 还 也 "
    "共引进 共吸引 共带动 共培育 共建成 引进 吸引 带动 减免 组成 构成 全面 全数 复工 复产 全覆盖 "
    "组建 对接 支持 扶持 深入 投向 惠及 设立 设立了 建立 建立了 建有 "
    "投入运行 投入使用 投入生产 投运 运行 或 签订 签署 预计 有望 拟 日前 近日 近期 目前 此前 随后 发放 "
    "上榜 入围 登榜 获评 荣获 当选 进驻 领衔 牵头 带队 兑付 兑现 拨付 下达 购买 申报 申领 位于 分布 "
    # when they did it, or what they add up to (42家企业*去年*合计营业收入…), and the list they are on
    "去年 今年 前年 上年 当年 同期 合计 共计 总计 名单 名录 "
    # what the people counted gain (带动8.6万户农民*增收*)
    "增收 致富 脱贫 受益"
)

# Words that open a modifier before 的 after a count (100家*具有*潜力的科技企业, 30家*营收*超亿元的
# 龙头企业): the noun counted is the one after 的. (企业的研发投入 is not such a modifier: there
# the noun counted comes before 的.)
ATTRIBUTE_STARTS: tuple[str, ...] = _words(
    "具有 具备 拥有 掌握 持有 年营收 营收 年产值 产值 年销售额 销售额 年销售收入 主营业务收入 营业收入 "
    "年纳税 纳税 年均 研发投入 研发强度 成长性 发展潜力 有潜力 具潜力 专注 深耕"
)

# Statistical terms that open with a verb (吸纳技术合同成交额, 输出技术合同成交额: the contracts a
# place takes in or sends out): the verb is part of the measure, not one to cut after.
VERB_LED_TERMS: tuple[str, ...] = _words(
    "吸纳技术 输出技术 流向技术 "
    # a verb that is the first half of a noun (科技企业*孵化器*, 孵化载体)
    "孵化器 孵化园 孵化基地 孵化载体 孵化平台 孵化空间 孵化链 "
    # a result verb and its measure (有效发明专利*拥有量*)
    "拥有量 完成量 完成额"
)

# Nouns that make a stop verb before them part of the name counted (326项政务*服务事项*,
# 5家技术*转移中心*): the noun runs on past the verb.
NOUNS_AFTER_A_VERB: tuple[str, ...] = _words(
    "事项 中心 站 平台 体系 窗口 大厅 机构 网点 热线 设施 能力 机制 模式 基地 园区 团队"
)

# Names of a kind of firm that open with a stop verb (两家算力*服务企业*, 3家技术*服务机构*): after
# a count of things the verb is part of the name; after a count of people it is what they do
# (120名专家服务企业).
SERVICE_FIRM_NOUNS: tuple[str, ...] = _words("服务企业 服务公司 服务商 服务业企业 服务型企业")

# Modal words before what a thing can yield or do (一年*能*省水, *可*改良母牛, *可以*容纳); 就 may
# come before any of them (一年就能).
MODALS: tuple[str, ...] = _words("能够 可以 能 可")

# Verbs of spending that make a sum planned after 将/计划 (将再投入资金, 将投资), kept out of
# OBJECT_VERBS: in 研发投入 the word is a measure, not a verb and its object.
SPENDING_VERBS: tuple[str, ...] = _words("投入 投资 安排资金 筹集")

# Verbs a modal may open a clause with (可*改良*母牛3万多头, 能*带动*就业500人): the modal is
# no part of the indicator. (可 alone is no opener: 可再生能源.)
VERBS_AFTER_A_MODAL: tuple[str, ...] = _words(
    "改良 带动 实现 节约 节省 减少 增加 处理 生产 容纳 满足 覆盖 辐射 吸纳 提供 解决 新增 带来 创造 "
    "降低 提高 提升 培训 服务 惠及 替代 消纳 减排 节水 节电 省水 年产 年处理 拉动 培育 承载 入驻"
)

# Stop verbs that are nouns when they close the clause after a sum (给予最高1000万元综合*支持*,
# 资金*扶持*): what is given.
SUPPORT_NOUNS: frozenset[str] = frozenset("支持 扶持 服务".split())

# Words of place that end the noun after a count when they stand alone in it (12台一体机*前*
# 不时有群众排队): what follows is the scene, not the thing counted.
PLACE_WORDS_AFTER_A_NOUN: frozenset[str] = frozenset("前 里 旁 边 跟前 旁边 里面".split())

# Cues of a goal in the figure's clause or its sentence's opening clause.
TARGET_CUES: tuple[str, ...] = _words(
    "力争 目标 确保 规划中 规划建设 将达到 将实现 将突破 要达到 要实现 拟 预期 努力实现 "
    "计划到 计划在 计划于 计划用 年均增长 计划投资 计划总投资 拟总投资 "
    "计划新建 计划实施 计划完成 计划建设 计划开工 拟投资 拟建 "
    "计划新增 计划引进 计划培育 计划认定 计划实现 计划达到 计划投入 计划招引 计划推广 计划支持 计划安排 计划培养 "
    "将投入 将投资 将新增 将新建 将建成 将引进 将培育 将增至 将增加到 将提高到 将提升至 将扩大到 年底前 年前将 下一步 "
    "在未来 今后 未来一年 未来两年 未来三年 未来五年 未来十年 计划年内 计划今年 计划明年 计划全年 年内将 年内计划 "
    # what a meeting or a leader requires (会议要求全年选派…不少于400名)
    "会议要求 明确要求 并要求 要求全年 要求今年 要求年内 要求到"
)

# Target cues that also describe the past: after a span of years gone by (近五年, 以来) they
# report a rate, not a goal.
PAST_CAPABLE_CUES: frozenset[str] = frozenset({"年均增长"})

# Cues of an expectation.
FORECAST_CUES: tuple[str, ...] = _words(
    "预计 有望 预测 可望 预估 估计 建成后将 投用后将 将为 建成后 投产后 达产后 可达"
)

# A plan that proposes a figure (《2026年科技工作要点》提出，全年新增高新技术企业500家): the
# document words before the verb, and the verbs of a goal in the figure's own clause.
PROPOSING_DOCUMENTS: tuple[str, ...] = _words("》 要点 方案 规划 纲要 意见 计划 文件 报告 会议")
PROPOSING_VERBS: tuple[str, ...] = _words("提出 明确 部署")
PROPOSED_GOAL_VERBS: tuple[str, ...] = _words(
    "新增 达到 突破 增长 提高到 提升到 提高至 提升至 培育 建成 实现 超过 力争 新建"
)

# Words after which "by year X" (到2035年) sets a goal, besides a clause's start.
BY_YEAR_OPENERS: tuple[str, ...] = _words("力争 计划 争取 预计 确保 规划 目标 提出 明确 要 将 拟 预期")

# Before 目标 after a figure: the goal was met, so the figure is actual.
ACHIEVED_CUES: tuple[str, ...] = _words("实现 完成 达到 已 超额 提前")

# Words that make a following year a base, not the reference year (较2020年).
BASE_YEAR_BEFORE: tuple[str, ...] = _words(
    "较 比 相比 对比 与 同 相较 是 相当于 "  # 是2020年的1.9倍
    "成立于 创立于 创建于 始建于 建于 诞生于 注册于 组建于"  # 成立于2016年的企业，如今年产…: its founding
)

# Words after a year that make it not the reference year (2021年以来).
NOT_REFERENCE_AFTER_YEAR: tuple[str, ...] = _words("以来 相比 同期 比 至今 前")

# Verbs before a percentage or multiple that make it a change (增长41%), not a level (占比41%).
CHANGE_CUES: tuple[str, ...] = _words(
    "增长 增加 提高 提升 下降 降低 减少 压缩 缩短 增幅 同比 环比 年均 上涨 下滑 回落 减轻 "
    "增速 增 降 涨 翻 扩大 缩减 节约 节省 减 高出 多出 成长 衰退 上升 按年 精简 压减 削减 缩小 "
    "节水 节能 节电 降耗 ↑ ↓ ▲ ▼"  # 126.8亿元（↑12.3%）: the arrows of a post or a table
)

# Words ending in 高 or 低 that stay whole when a comparison's base is cut before them
# (平均利率较一般贷款低: 低 goes with the base; 身高, 提高 do not).
HIGH_LOW_WORDS: frozenset[str] = frozenset("身高 提高 最高 较高 偏高 增高 升高 降低 最低 较低 偏低 减低 海拔高".split())

# Verbs of change with their object after them, before a change figure (降低*生产成本*20%,
# 帮助农户减少*化肥用量*15%): the object is what changed.
CHANGE_OBJECT_VERBS: tuple[str, ...] = _words(
    "降低 减少 缩短 压缩 节约 节省 减轻 压减 削减 缩减 精简 提高 提升 增加 扩大 缩小"
)

# Verbs that open a clause of work done or planned with no subject of its own (加快推进国家重要
# 能源和战略资源基地科技支撑): a body named after them is an object, not who the figure is about.
DEED_OPENERS: tuple[str, ...] = _words(
    "加快 推进 推动 深化 实施 依托 围绕 聚焦 着力 大力 持续 坚持 强化 统筹 立足 紧扣 瞄准 着眼 "
    "全力 积极 不断 加大 支持 打造 谋划 培育 做强 做优 壮大 完善 健全 优化 提升"
)

# Before 位: a move in a ranking (提升10位), not persons.
RANK_MOVE_CUES: tuple[str, ...] = _words("提升 跃升 上升 前进 提高 下降 后退 前移 进位 攀升")

# Words that make 位/名 a place in a ranking.
RANK_CUES: tuple[str, ...] = _words("排名 位次 名次 排位 位列 居全国 位居 跻身")

# Verbs between 每 and a count that make the count the unit a reward is given per (每引进1名顶尖
# 人才给予…, 每新增1家企业奖励…, 每投入1元): a denominator, not a figure.
PER_DEED_VERBS: tuple[str, ...] = _words(
    "引进 新增 培养 培育 认定 新认定 建成 新建 获批 获得 落户 招引 投入 签约 转化 吸纳 聘用 录用 招收 入选 带动 孵化"
)

# Per-capita rates: 每万名从业人员中研发人员达62.4人 is a ratio.
PER_CAPITA_CUES: tuple[str, ...] = _words("每万 每千 每百 每十万 每百万 每亿 人均 户均 亩均 每亩")

# Money words: a bare 亿 after one of these is money (研发投入4000亿以上).
MONEY_CUES: tuple[str, ...] = _words(
    "资金 投入 经费 收入 产值 营收 成交额 金额 投资 资产 融资 贷款 税 利润 规模 总额 支出 "
    "预算 补助 奖励 基金 销售额 交易额 增加值 GDP 生产总值"
)

# Verbs right after a figure that lead to what it is about (80%以上 *投向* 青年科技人才).
RIGHT_LEAD_VERBS: tuple[str, ...] = _words("投向 用于 来自 流向 投入 集中在 分布在")

# Ends of a left clause that make the figure a level reached (提升至1.23%), not a change.
LEVEL_ENDINGS: tuple[str, ...] = _words("至 到 为 达 达到 到了 至了 达到了")

# Before a count: a rate in time (每秒4千万亿次) is a physical value.
RATE_CUES: tuple[str, ...] = _words("每秒 每分钟 每小时 每天 每日 每年 每月")

# Verbs right before a figure whose noun follows it (给予最高1000万元 *奖励*, 设立5亿元 *基金*).
VERBS_BEFORE_OBJECT: tuple[str, ...] = _words(
    "给予 提供 予以 预留 奖励 补贴 补助 资助 设立 拨付 安排 发放 兑现 下达 获得 获 享受 争取到 "
    "治理 种植 推广种植 改良 修复 造林 播种"
)

# Nouns too bare to stand alone after a verb of KIND_VERBS: the verb names their kind
# (签约*项目*, 入驻*企业*), and an earlier verb is cut instead (支持转化项目 -> 转化项目).
KIND_VERBS: frozenset[str] = frozenset(
    "签约 新签约 入驻 转化 授权 入库 落地 在建 新建 新开工 开工 投产 孵化 在孵 认定 新认定 新增 备案".split()
)
BARE_HEADS: frozenset[str] = frozenset("项目 企业 资金 成果 人才 平台 团队 机构 技术 单位 人员 专利".split())

# Verbs after a figure that start no noun (120家 *增加到* 560家): the noun is not on the right.
RIGHT_VERB_STARTS: tuple[str, ...] = _words(
    "增加 增长 增至 增到 提高 提升 上升 下降 降低 减少 达到 达 突破 超过 实现 翻 扩大 缩小 跃升 跃居 升至 降至 "
    "发展到 发展至 发展为 壮大到 壮大至 变为 入选 获评 列入 纳入 "
    # what the people or firms counted then do (选派科技特派员416名*深入*嘎查村)
    "深入 参与 参加 开展 带动 入驻 落户 走进 奔赴 扎根 下沉 投身 覆盖 涉及"
)

# Verbs that start what the people counted do, after a count of persons only (选派科技特派员
# 560人次*服务*生产一线); after another count they may open a noun (11项服务事项).
PERSON_DEED_STARTS: tuple[str, ...] = _words("服务 指导 帮扶 助力 进驻 对接 授课 巡诊 义诊 宣讲 培训 指导服务")

# Verbs of what persons counted at the opening of a clause did (…，两千余人参加培训): the deed
# names the count when nothing before it does.
PERSON_ACTS: tuple[str, ...] = _words(
    "参加 参与 参观 参训 接受 受益 获益 受训 观看 报名 就业 返乡 创业 入驻 实现 获得 享受"
)

# Measure words of persons, the counts PERSON_DEED_STARTS may follow.
PERSON_MEASURES: tuple[str, ...] = _words("名 人 人次 位 余人 余名 余人次 多人 多名")

# Openers of a clause that compare the figure before with another (高于全国平均水平5.2个百分点):
# the clause is still about the figure before (its indicator and region).
COMPARISON_OPENERS: tuple[str, ...] = _words("高于 低于 快于 慢于 超出 高出 低出 多于 少于 领先 落后")

# Words that open a clause naming the base of a change (比上年增产14%, 较五年前增加三成): the
# change is of the figure before, whatever the base is.
CHANGE_BASE_OPENERS: tuple[str, ...] = _words("较 比 相比 相较 相较于 与 同")
CHANGE_BASE_VERBS: tuple[str, ...] = _words(
    "增产 减产 增收 减收 增加 增长 提高 提升 上升 下降 减少 降低 扩大 缩小 缩短 压缩 多 少 高 低 增 减 翻 "
    "高出 高于 低于 多出 超出 领先"
)

# Words before a place that make it what a figure is compared with, a share of or ranked
# within (占全国的比重, 高于全省平均水平, 位居全省第二), not the place the figure is about.
DENOMINATOR_MARKS: tuple[str, ...] = (
    "占",
    "比",
    "较",
    "相比",
    *COMPARISON_OPENERS,
    *_words("居 位居 位列 名列 排名 排在 跻身 稳居 跃居"),
)

# Words right after a place that make it the scope of a first or a lead (全区首创, 全国率先,
# 全省首家): the place something was first in, not the place the figure is about.
SCOPE_AFTER: tuple[str, ...] = _words("首创 首家 首个 首次 首台 首套 首位 率先 领先")

# Verbs of obtaining or carrying out something of a level of government (争取自治区科技计划项目27项,
# 实施国家重点研发计划项目3项, 获批国家级
# 平台): the 自治区 or 省 after them is where the projects come from, not the place counted.
OBTAINING_VERBS: tuple[str, ...] = _words("争取 获批 获得 承担 承接 入选 申报 申请 列入 纳入 获 实施 参与 牵头")

# Parts of a document (《措施》共5个方面18条, 《条例》分为7章): counted after the document's
# title in its clause, they describe the text, not what it is about.
DOCUMENT_PART_UNITS: frozenset[str] = frozenset("条 章 款 节".split())
DOCUMENT_PART_NOUNS: tuple[str, ...] = _words("方面 部分 章节")
# What a count of articles names a package by (人工智能产业十条政策, 出台“黄金十条”新政): the
# package's name, not a count of anything measured.
PACKAGE_NOUNS: tuple[str, ...] = _words("政策 新政 措施 硬措施 举措 实招 意见")

# Heads that make a list of small counts a slogan (三个中心、两个高地、一个枢纽的发展定位):
# the numbers name the parts of a programme, they count nothing.
SLOGAN_HEADS: tuple[str, ...] = _words("战略定位 定位 战略 发展格局 格局 布局 总体思路 思路 理念")

# Words by which a clause sets its own goal after a sentence's expectation (政府预计…，目标到
# 2030年吸引100家): the clause's figure is a target.
OWN_GOAL_WORDS: tuple[str, ...] = _words("目标 力争 确保")

# Verbs of where things are (其中在呼和浩特的有97家, 落户包头的有80个): a place so placed names
# where some of the things counted are, not what they are.
PLACING_VERBS: tuple[str, ...] = _words("分布在 位于 落户 落地 在")

# Openers of a sentence that take the reader to one unnamed firm (走进某旗的一家企业，…).
VISITING_OPENERS: tuple[str, ...] = _words("记者走进 走进 来到 在")

# Nouns after a small count in words that name the parts of a speech or plan (从三个方面发力,
# 两个层面, 抓好五项工作, 三项重点任务): no count of things.
ASPECT_NOUNS: tuple[str, ...] = _words("方面 层面 维度 方向 工作 重点工作 任务 重点任务")

# Nouns after a figure that do not say what it measures (120人*目标*).
NOT_INDICATORS: frozenset[str] = frozenset(
    "以上 以下 任务 关口 大关 台阶 新台阶 门槛 左右 水平 目标 规模 总规模 之间 之内 以内 数字 发展 壮大".split()
)

# Nouns right after a threshold that make it a class, not a figure (10亿元以上项目开工35个,
# 5000万元以上的企业): the count that follows is the metric.
CLASS_NOUNS: tuple[str, ...] = _words(
    "项目 企业 工业企业 产业 产业集群 工程 单位 园区 平台 用户 客户 工业 重点项目 机构 主体 团队 人才 "
    "省份 省区 城市 地市 县区 区县 盟市 旗县"  # 投入超过千亿元的省份有13个: places of a class
)

# Verbs saying where the things counted are (5家企业位于园区内): they end the noun counted though
# a place noun follows them (no name such as 技术转移中心).
WHERE_VERBS: frozenset[str] = frozenset(_words("位于 分布 落户 落地 入驻 进驻"))

# Milestones a bare 百亿 or 千亿 is said to pass (成交额突破百亿大关, 迈上千亿台阶): not a noun
# the figure counts, so after a money word the figure is money.
MILESTONE_NOUNS: tuple[str, ...] = _words("大关 关口 台阶 新台阶 门槛 量级")

# Words that end in 中 and say no "among" (科技型企业中，约40%…: the whole a share is of).
WORDS_ENDING_IN_ZHONG: tuple[str, ...] = _words("高中 初中 华中 集中 空中 其中 之中 过程中 心中 手中")

# Verbs of making before 的 that name who made the thing measured (某公司研发的…转化效率).
MAKING_VERBS: tuple[str, ...] = _words("研发 研制 开发 培育 选育 生产 推出 打造 发明 设计 攻克")

# Bare totals that measure what the clause before named (公布科技发展预算，总额达…).
BARE_TOTALS: frozenset[str] = frozenset(_words("总额 金额 总金额 总规模"))

# Endings of a phrase that names a measure of its own (研发投入, 专利授权量, 成交额): an item
# listed before 分别 that ends so takes no head from the last item.
MEASURE_ENDINGS: tuple[str, ...] = _words("投入 收入 支出 经费 产值 营收 利润 额 量 率 数 值 强度")

# Words of research before a measure that listed fields share with it (企业和高校研发经费).
RESEARCH_WORDS: frozenset[str] = frozenset(_words("研发 科研 科技 研究 创新 R&D"))

# Measures that make one noun with the verb before them (签约金额, 资助金额, 覆盖面积,
# 成果转化指数): the indicator keeps the verb.
MEASURE_NOUNS: frozenset[str] = frozenset(
    "金额 总额 额度 成交额 交易额 合同额 数量 规模 面积 人数 个数 件数 户数 次数 指数 比重 比例 标准 上限 税额 "
    "时限 时间 时长 周期 效率".split()
)

# Endings of the name of a park, company or school: a long name before the measure is who is
# measured, not what (滨河高新技术产业开发区工业总产值 -> 工业总产值).
ENTITY_ENDINGS: tuple[str, ...] = _words(
    "开发区 高新区 产业园区 产业园 园区 有限公司 股份公司 公司 集团 大学 学院 研究院 研究所 医院"
)

# Endings of the name of a body whose own figures are about no place (GUIDE: region is null
# when the subject is a company, a park or a school): 包钢集团拿出17.5%的股份, 某某创新中心汇聚…
SUBJECT_BODY_ENDINGS: tuple[str, ...] = ENTITY_ENDINGS + _words(
    "示范区 自创区 创新中心 研究中心 分中心 工程中心 实验室 科技园 孵化器 社区 合作社 "
    "平台 工作站 服务站 公园 基地 示范线"
)

# The endings of a park's name: after a province (内蒙古高新区) they name the province's parks,
# a class; after a city (鄂尔多斯高新区), its one park. A school or company after a province
# (内蒙古大学) is one body.
PARK_ENDINGS: tuple[str, ...] = _words("开发区 高新区 产业园区 产业园 园区 示范区 自创区 科技园")

# Words that make a body's name generic, a class of bodies rather than one (内蒙古国家高新区
# counts the region's parks; 单个孵化器最高300万元 is a cap for each): a place, these, an ending.
GENERIC_BODY_WORDS: tuple[str, ...] = _words(
    "国家级 国家 省级 自治区级 市级 区级 重点 各类 各级 全部 所有 规模以上 规上 自主创新 高新技术 的 "
    "单个 每个 每家 单家 每所 新认定的 新认定"
)

# Nouns an amount written before them is the size of (设立5亿元天使投资基金).
FUND_NOUNS: tuple[str, ...] = _words("基金 母基金 子基金 专项资金 引导资金 资金池")


# After a percent, nouns that make it a rate of growth (连续三年保持30%以上增速): a change of
# the measure said before.
# What a unit of land, stock or output yields or saves (每亩*增收*1500元, 每吨*降本*80元): after 每 and
# its unit, the whole phrase names the measure, as 亩均增收 does.
PER_UNIT_GAINS: tuple[str, ...] = _words(
    "增收 增产 增效 节本 节支 节约 节省 节水 节电 节能 省水 省电 减排 降本 创收 产值 收入 利润 产量 纯收入"
)

# Words that name a rate of growth and nothing else (增速达到18%): the rate is of the measure
# said before in the sentence.
BARE_RATE_WORDS: frozenset[str] = frozenset(
    "增速 增幅 增长率 涨幅 同比增速 年均增速 年均增幅 增长速度 成长率 年增率 年增长率 增长幅度".split()
)

RATE_NOUNS_AFTER: tuple[str, ...] = _words("增速 增幅 增长 的增速 的增幅 的增长 的年均增速 的年均增长 的速度增长")

# The field a ranking is taken in, after its verb (居全国高校第12位, 位列全省同类园区第3).
RANK_FIELDS: tuple[str, ...] = _words(
    "全国 全省 全区 全市 全球 世界 国内 省内 区内 市内 同类 同行业 亚洲 国际 行业 西部 北方 中西部"
)

# Nouns of an assessment a figure is ranked in (在全国综合排名中提升12位).
RANKING_NOUNS: tuple[str, ...] = _words("排名 排行 评价 评估 考核 榜单 名单 监测 指数")

# Words that open with 数/量/率/额 but are no measure suffix of the verb before them
# (集聚量子科技企业 is not 集聚量 and 子科技企业; 立项数 is one measure).
NOT_MEASURE_SUFFIXES: tuple[str, ...] = _words("量子 数字 数据 数智 数控 数码 数学 率先 额外")

# Endings of a line that wait for a figure on the next (…去年实现产值 / 326亿元): a narrow
# column's wrap, not the end of a sentence. Single characters end measures (额 值 量 率).
WAITS_FOR_A_FIGURE: tuple[str, ...] = (
    *"额值量数率费资",
    *_words("收入 投入 投资 规模 总量 达到 达 突破 超过 实现 增长 增加 提高 提升 为"),
)

# A body referred back to (该公司, 公司, 该校): a figure it opens the clause of is that body's,
# about no place (公司累计申请专利超过2万件).
BODIES_REFERRED_BACK: tuple[str, ...] = _words(
    "该企业 该公司 该集团 该院 该所 该校 该中心 该园区 该社区 该实验室 公司 集团 学校 园区 社区 医院 研究院 实验室 "
    "这家企业 这家公司 这家单位 这所高校 这所学校 这个园区 这座工厂 这个企业 该厂 这家工厂"
)

# Words naming a public speaker around a quotation (自治区科技厅有关负责人表示, 市长说): the
# figures they quote are about the story's place; a company's people (企业负责人说) speak of it alone.
PUBLIC_SPEAKERS: tuple[str, ...] = _words(
    "自治区 省 市委 市政府 市长 副市长 盟委 行署 盟长 旗委 旗长 县长 区长 书记 厅 局 委员会 管委会 政府 办公室 "
    "部门 主任 部长 厅长 局长 代表 委员 专家"
)
