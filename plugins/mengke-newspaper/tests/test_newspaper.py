"""The newspaper-page style on a page written for this test."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import mengke_newspaper
from mengke_newspaper import NewspaperExtractor

from mengke.testing import assert_grounded, make_article, using_plugins

PAGE = (Path(__file__).parent / "page.txt").read_text(encoding="utf-8")


def test_newspaper_page_wins_on_a_page_of_stories_closed_by_bylines() -> None:
    with using_plugins(mengke_newspaper) as host:
        assert host.choose(make_article(PAGE)).name == "newspaper_page"


def test_stories_split_at_closing_bylines_with_kicker_joined_and_caption_dropped() -> None:
    got = NewspaperExtractor().extract(make_article(PAGE))
    assert [s.title for s in got.stories] == [
        "稀土新材料产业跑出加速度",
        "赤峰推行“一次办好”改革",
        "订单满 信心足 乌海企业开足马力抢生产",
    ]
    assert [s.authors for s in got.stories] == [("李明",), ("王芳", "张强"), ("赵亮",)]
    assert_grounded(got, PAGE)


def test_each_story_has_its_own_region_and_figures() -> None:
    got = NewspaperExtractor().extract(make_article(PAGE))
    by_text = {m.text: m for m in got.metrics}
    by_text.update({m.text.lstrip("约近超过突破不到 "): m for m in got.metrics})
    assert by_text["36 家"].region == "包头"
    assert by_text["512.6 亿元"].value == Decimal("51260000000")
    assert by_text["18.5%"].kind.value == "change"
    assert by_text["4200 余件"].region == "赤峰"
    assert by_text["4200 余件"].qualifier.value == "at_least"
    assert by_text["28 家"].region == "乌海"
    assert by_text["60 亿元"].status.value == "forecast"


def test_a_text_without_bylines_scores_low() -> None:
    assert NewspaperExtractor().score(make_article("一段普通的文字，没有署名。")).score < 0.3


def test_a_continuation_printed_before_its_own_headline_joins_its_story() -> None:
    page = (Path(__file__).parent / "continued.txt").read_text(encoding="utf-8")
    got = NewspaperExtractor().extract(make_article(page))
    titles = ["稀土新材料产业跑出加速度", "赤峰推行“一次办好”改革", "通辽推进政务服务下沉"]
    assert [s.title for s in got.stories] == titles
    assert [s.authors for s in got.stories] == [("李明",), (), ("王芳",)]
    moved = next(m for m in got.metrics if m.text == "310 件")
    assert (moved.story, moved.region) == (2, "通辽")
    stays = next(m for m in got.metrics if "4200" in m.text)
    assert (stays.story, stays.region) == (1, "赤峰")
    assert_grounded(got, page)


def test_no_continuation_is_moved_when_the_last_story_is_complete() -> None:
    got = NewspaperExtractor().extract(make_article(PAGE))
    assert all(s.segments == () for s in NewspaperExtractor().read_layout(make_article(PAGE)).stories)
    assert [s.authors for s in got.stories] == [("李明",), ("王芳", "张强"), ("赵亮",)]


OPENED = (Path(__file__).parent / "opened.txt").read_text(encoding="utf-8")


def test_a_page_whose_stories_open_with_a_headline_over_a_byline() -> None:
    with using_plugins(mengke_newspaper) as host:
        article = make_article(OPENED)
        assert host.choose(article).name == "newspaper_page"
        ex = host.extract(article)
    assert [(s.title, s.authors) for s in ex.stories] == [
        ("沿黄生态监测网络建成", ("孙雯",)),
        ("智能农机试点县增至12个", ("周涛", "马骏")),
    ]
    assert ex.meta.published == dt.date(2025, 11, 4)
    assert ex.meta.source == "北方科技报"
    assert [m.story for m in ex.metrics if m.text == "3500台"] == [1]
    assert_grounded(ex, OPENED)


def test_a_page_in_traditional_characters_reads_like_the_simplified_one() -> None:
    from opencc import OpenCC

    traditional = OpenCC("s2t").convert(OPENED)
    with using_plugins(mengke_newspaper) as host:
        ex = host.extract(make_article(traditional))
    assert ex.style == "newspaper_page"
    assert [len(s.authors) for s in ex.stories] == [1, 2]
    assert ex.meta.source == "北方科技報"
    assert_grounded(ex, traditional)


MIXED = (
    "科技日报 2025年10月9日 星期四                                   3\n\n"
    "西安高新区硬科技企业突破万家\n"
    "本报讯 （记者 张伟 通讯员 刘洋）截至今年9月底，园区硬科技企业数量突破1万家，\n"
    "其中高新技术企业达到4200家。\n\n"
    "成都发布人工智能产业支持政策\n"
    "本报讯 成都市日前出台政策，对新建智能算力中心最高补助5000万元。（王磊）\n\n"
    "兰州新增一批省级创新平台\n"
    "兰州市今年新增省级重点实验室8个，全市省级以上创新平台达到620个。（李娜）\n"
)


def test_a_headline_over_a_dateline_opens_a_story_on_a_page_closed_by_bylines() -> None:
    got = NewspaperExtractor().extract(make_article(MIXED))
    assert [(s.title, s.authors, s.region) for s in got.stories] == [
        ("西安高新区硬科技企业突破万家", ("张伟", "刘洋"), "西安"),
        ("成都发布人工智能产业支持政策", ("王磊",), "成都"),
        ("兰州新增一批省级创新平台", ("李娜",), "兰州"),
    ]
    assert (got.meta.published, got.meta.source) == (dt.date(2025, 10, 9), "科技日报")
    assert [m.story for m in got.metrics] == [0, 0, 0, 1, 2, 2]  # 突破万家 in the headline too
    assert_grounded(got, MIXED)


def test_the_mixed_page_in_traditional_characters_reads_like_the_simplified_one() -> None:
    from opencc import OpenCC

    traditional = OpenCC("s2t").convert(MIXED)
    got = NewspaperExtractor().extract(make_article(traditional))
    simplified = NewspaperExtractor().extract(make_article(MIXED))
    assert [s.start for s in got.stories] == [s.start for s in simplified.stories]
    assert len(got.stories) == 3


def test_a_page_mixing_datelines_bylines_and_a_closing_byline_reads_each_story() -> None:
    page = (Path(__file__).parent / "mixed_columns.txt").read_text(encoding="utf-8")
    got = NewspaperExtractor().extract(make_article(page))
    assert [(s.title, s.authors) for s in got.stories] == [
        ("江淮科研人员再获国际大奖 新材料研究取得重要进展", ("葛青", "俞航")),
        ("滁州光伏企业订单饱满", ("林默",)),
        ("宿州：云计算产业产值破80亿", ("方舟",)),
    ]
    by_text = {m.text.replace("\n", ""): m for m in got.metrics}
    assert (by_text["30家以上"].qualifier.value, by_text["30家以上"].status.value) == ("at_least", "target")
    assert (by_text["破80亿"].qualifier.value, by_text["破80亿"].region) == ("at_least", "宿州")
    assert (by_text["86亿元"].indicator, by_text["86亿元"].region) == ("产值", "宿州")


def test_a_headline_of_kicker_main_line_and_subtitle_is_one_title() -> None:
    page = (
        "2025年9月3日 星期三        某某日报        第1版 要闻\n\n"
        "创新驱动 动能澎湃\n"
        "某市：新材料产业集群加速成型\n"
        "——全市新材料企业突破80家\n\n"
        "本报记者 乌兰\n\n"
        "　　记者从市工信局获悉，今年以来，全市新开工新材料项目9个，总投资72亿元。\n\n"
        "某旗马铃薯种业迈上新台阶\n"
        "本报讯 （记者 孟和）今年，某旗选育马铃薯新品种3个。\n"
    )
    got = NewspaperExtractor().extract(make_article(page))
    assert [s.title for s in got.stories] == [
        "创新驱动 动能澎湃 某市：新材料产业集群加速成型 ——全市新材料企业突破80家",
        "某旗马铃薯种业迈上新台阶",
    ]
    assert_grounded(got, page)


WRAPPED_PAGE = (
    "2026年6月3日 星期三\n要闻\n编辑：高峰 美编：苏和\n\n"
    "我区认定科技领军企业\n再添新军\n"
    "本报6月2日讯 （记者 任 杰）记\n者从自治区科技厅获悉，今年我区认定\n科技领军企业 14 家。\n\n"
    "某市智慧农业示范区\n通过验收\n"
    "本报赤峰6月2日讯 （记者 高\n娃）日前，某市智慧农业示范区通过验\n收，累计推广新技术 35 项。\n"
)


def test_a_lead_byline_cut_by_a_line_break_opens_its_story_and_a_kicker_ends_the_story_before() -> None:
    got = NewspaperExtractor().extract(make_article(WRAPPED_PAGE))
    assert [(s.title, s.authors) for s in got.stories] == [
        ("我区认定科技领军企业 再添新军", ("任杰",)),
        ("某市智慧农业示范区 通过验收", ("高娃",)),
    ]
    assert got.stories[0].end <= got.stories[1].start  # the second story's kicker is not the first's
    assert [(m.text, m.story) for m in got.metrics] == [("14 家", 0), ("35 项", 1)]
    assert got.metrics[0].region == "内蒙古"  # 我区, no longer read with the next story's place
    assert_grounded(got, WRAPPED_PAGE)


def test_the_desk_line_of_a_page_header_gives_its_editors_and_opens_no_story() -> None:
    got = NewspaperExtractor().extract(make_article(WRAPPED_PAGE))
    assert got.meta.editors == ("高峰",)
    assert "要闻" not in [s.title for s in got.stories]


NO_WRITERS_PAGE = (
    "2026年5月8日 星期五\n\n"
    "某旗：科技特派员扎根田间地头\n\n"
    "今年以来，某旗选派科技特派员86名，服务农户2300余户，推广新品种12个。当地农户说，种地越来越有“科技范”。\n\n"
    "技术人员在温室大棚里查看番茄的长势情况\n\n"
    "某市新材料产业集群加速成型\n\n"
    "记者从市工信局获悉，全市新材料企业达到75家，去年产值突破300亿元，同比增长16.5%。\n"
)


def test_a_page_that_names_no_writer_opens_its_stories_at_their_headlines() -> None:
    got = NewspaperExtractor().extract(make_article(NO_WRITERS_PAGE))
    assert [s.title for s in got.stories] == ["某旗：科技特派员扎根田间地头", "某市新材料产业集群加速成型"]
    assert [m.story for m in got.metrics] == [0, 0, 0, 1, 1, 1]
    assert_grounded(got, NO_WRITERS_PAGE)


def test_a_photo_caption_without_its_mark_is_no_headline_above_or_below_the_headline() -> None:
    page = (
        "某旗数字乡村建设提速\n技术人员在大棚里调试智能灌溉设备\n"
        "本旗今年建成智慧农业示范点15个，带动农户增收。（苏和）\n\n"
        "市民在科技馆体验虚拟驾驶\n某市科普场馆年接待量创新高\n"
        "全市科普场馆今年接待观众120万人次，同比增长18%。（高原）\n"
    )
    got = NewspaperExtractor().extract(make_article(page))
    assert [s.title for s in got.stories] == ["某旗数字乡村建设提速", "某市科普场馆年接待量创新高"]


OPENED_THEN_PHOTO_PAGE = (
    "2026年4月2日 星期四\n\n"
    "某盟新建中试基地3个\n"
    "本报讯（记者 陈 晨）某盟今年新建中试基地3个，服务企业90余家。\n\n"
    "某旗草原监测站投入运行\n"
    "本报讯 某旗草原生态监测站日前投入运行，可监测草场面积40万亩。\n"
    "（记者 白 雪）\n\n"
    "图片新闻\n"
    "4月1日，包头市一家企业的工人在装配风机叶片。该企业今年计划生产叶片600套。\n"
    "本报记者 金 山 摄\n"
)


def test_a_closing_byline_after_an_opened_story_ends_it_and_a_photo_block_after_it_is_its_own() -> None:
    got = NewspaperExtractor().extract(make_article(OPENED_THEN_PHOTO_PAGE))
    assert [(s.title, s.authors) for s in got.stories] == [
        ("某盟新建中试基地3个", ("陈晨",)),
        ("某旗草原监测站投入运行", ("白雪",)),
        (None, ("金山",)),
    ]
    assert [(m.text, m.story, m.region) for m in got.metrics][-1] == ("600套", 2, "包头")
    assert_grounded(got, OPENED_THEN_PHOTO_PAGE)


PAGE_WITH_HEADER = """2026年5月11日 星期一
7
区域经济
责任编辑：萨仁 版式：陈晨

通辽：科技小院
开进嘎查村

  今年，全市新建科技小院15个，
  吸引研究生驻村86名。(吴迪)

乌兰察布马铃薯种薯
产量创新高

  本报讯（记者 韩雪）全市种薯繁育面积达到
  60万亩。
"""


def test_the_page_number_and_section_name_above_the_desk_line_are_header_not_headline() -> None:
    got = NewspaperExtractor().extract(make_article(PAGE_WITH_HEADER))
    assert [s.title for s in got.stories] == ["通辽：科技小院 开进嘎查村", "乌兰察布马铃薯种薯 产量创新高"]
    assert got.meta.editors == ("萨仁",)
    assert got.meta.published == dt.date(2026, 5, 11)
    assert_grounded(got, PAGE_WITH_HEADER)


CARRIED_OVER_OPENED = """某某日报
2026年5月12日 星期二 第 4 版

（上接第一版）目前，全省已建成省级中试基地31个，服务企业超过900家。

甲市：储能产业加速集聚
●本报记者 刘青
日前，甲市新签约储能项目12个，总投资86亿元。

乙市科技特派员进村入户
●本报记者 孙敏
今年，乙市选派科技特派员240名，服务农户1.1万户。
"""

CARRIED_OVER_CLOSED = """某某日报
2026年5月12日 星期二
第 4 版 综合新闻

（上接第一版）目前，全市已建成中试基地9个，服务企业超过300家。（周强）

甲区新增科技型企业
今年以来，甲区新增科技型中小企业120家，同比增长15%。（吴昊）
"""


def test_text_carried_over_from_another_page_is_a_story_without_a_headline() -> None:
    for page in (CARRIED_OVER_OPENED, CARRIED_OVER_CLOSED):
        got = NewspaperExtractor().extract(make_article(page))
        assert got.stories[0].title is None
        assert got.stories[0].start == page.index("（上接第一版）")
        assert [m.story for m in got.metrics if m.text in ("31个", "9个")] == [0]
        assert got.meta.published == dt.date(2026, 5, 12)
        assert_grounded(got, page)


def test_a_page_number_with_its_section_spaced_out_is_page_header() -> None:
    got = NewspaperExtractor().extract(make_article(CARRIED_OVER_CLOSED))
    assert [s.title for s in got.stories] == [None, "甲区新增科技型企业"]
    assert got.meta.source == "某某日报"


ONE_STORY_UNDER_A_HEADER = (
    "2026年3月2日 星期一　　第 4 版　　农牧\n"
    "某旗：节水灌溉覆盖主要产粮区\n"
    "本报记者 孙立\n"
    "　　记者从某旗农牧局获悉，全旗今年新增高效节水灌溉\n"
    "面积12万亩，节水灌溉覆盖率达到了76%，比去年提高了\n"
    "5个百分点。\n"
)


def test_a_page_header_with_its_page_number_makes_a_single_story_a_newspaper_page() -> None:
    article = make_article(ONE_STORY_UNDER_A_HEADER)
    match = NewspaperExtractor().score(article)
    assert match.score >= 0.4  # above a web document's lines-without-blanks (0.25)
    assert any("page header" in reason for reason in match.reasons)
    got = NewspaperExtractor().extract(article)
    assert [s.title for s in got.stories] == ["某旗：节水灌溉覆盖主要产粮区"]
    assert got.meta.published == dt.date(2026, 3, 2)


def test_a_bare_page_number_after_the_papers_name_makes_a_page_header() -> None:
    page = (
        "2026年4月8日  星期三                    某某科技报                         3\n\n"
        "某市打造光伏装备\n制造基地\n本报记者  吴  凡\n"
        "　　近年来，某市光伏装备产业规模不断扩大，2025年实现产值\n"
        "320亿元，同比增长12.5%。\n"
    )
    article = make_article(page)
    match = NewspaperExtractor().score(article)
    assert any("page header" in reason for reason in match.reasons)
    got = NewspaperExtractor().extract(article)
    assert [(s.title, s.authors) for s in got.stories] == [("某市打造光伏装备 制造基地", ("吴凡",))]
    assert got.meta.published == dt.date(2026, 4, 8)
    assert_grounded(got, page)


def test_a_photo_caption_between_two_stories_does_not_hide_the_next_headline() -> None:
    page = (
        "\n\n某旗政务服务再提速\n\n全旗已有36个部门的事项实现线上办理，累计办件量突破12万件。（高娃）\n\n\n\n"
        "▲工作人员在政务大厅为群众办理业务。\n\n\n\n"
        "科技特派员走进春耕一线\n\n某市组织150余名科技特派员深入田间，已举办培训班40期。（李明 王芳）\n\n\n\n"
        "某市：“科技贷”为小微企业解渴\n\n今年一季度，某市“科技贷”累计发放贷款2.4亿元。（某某日报记者 张丽）\n"
    )
    got = NewspaperExtractor().extract(make_article(page))
    assert [(s.title, s.authors) for s in got.stories] == [
        ("某旗政务服务再提速", ("高娃",)),
        ("科技特派员走进春耕一线", ("李明", "王芳")),
        ("某市：“科技贷”为小微企业解渴", ("张丽",)),
    ]
    assert_grounded(got, page)


COLUMN_PAGE = """科技周刊                                   2026年9月8日 星期二

■聚焦创新主体
某区科技型中小企业突破800家
本报记者 韩雪

记者从区科技局获悉，截至8月底，全区入库科技型中小企业达到812家，同比增长31.5%。

■基层动态
甲旗：农业科技园区建设加快
甲旗新获批自治区级农业科技园区2个，全旗农业科技园区总数达到9个。（记者 周明）

乙旗：启动草原生态科技项目
乙旗启动草原生态保护科技项目15项，总投资1.2亿元。（通讯员 赵亮）
"""


def test_a_columns_label_is_no_byline_and_its_items_open_stories_of_their_own() -> None:
    got = NewspaperExtractor().extract(make_article(COLUMN_PAGE))
    assert [(s.title, s.authors) for s in got.stories] == [
        ("某区科技型中小企业突破800家", ("韩雪",)),
        ("甲旗：农业科技园区建设加快", ("周明",)),
        ("乙旗：启动草原生态科技项目", ("赵亮",)),
    ]
    assert_grounded(got, COLUMN_PAGE)
