"""Layout helpers the styles share."""

from __future__ import annotations

import pytest

from mengke.layout import byline_names, trailing_byline


def test_a_jump_note_or_serial_mark_in_parentheses_is_no_byline() -> None:
    assert trailing_byline("……带动就业两千人。（下转第二版）") is None
    assert trailing_byline("……带动就业两千人。（上接第1版）") is None
    assert trailing_byline("……全文完。（完）") is None
    assert trailing_byline("……带动就业两千人。（周涛）") == (("周涛",), 10)


WECHAT = """点击蓝字 关注我们

储能小城的三年

原创 产业观察 2026年05月20日 08:30

三年来，全市集聚储能企业90余家，产业规模突破600亿元。

END

往期推荐
▶ 某地新增储能项目12个
"""


def test_social_media_chrome_is_neither_headline_nor_figures() -> None:
    import datetime as dt

    import mengke

    ex = mengke.extract(WECHAT, style="generic")
    assert ex.stories[0].title == "储能小城的三年"
    assert ex.meta.published == dt.date(2026, 5, 20)
    assert [(m.text, m.indicator) for m in ex.metrics] == [("90余家", "储能企业"), ("突破600亿元", "产业规模")]


def test_the_body_under_a_bulletin_headline_is_its_source_not_more_headline() -> None:
    import datetime as dt

    import mengke

    text = "某省2025年科技统计公报\n某省统计局\n2026年3月2日\n\n全年研发经费支出300亿元，增长6%。\n"
    ex = mengke.extract(text, style="generic")
    assert ex.meta.title == ex.stories[0].title == "某省2025年科技统计公报"
    assert ex.meta.source == "某省统计局"
    assert ex.meta.published == dt.date(2026, 3, 2)
    traditional = "某市科技統計年報\n某市政府主計處\n2026年4月1日\n\n全年研發經費120億元。\n"
    assert mengke.extract(traditional, style="generic").meta.source == "某市政府主計處"


def test_two_bodies_issuing_a_bulletin_together_are_its_source_not_more_headline() -> None:
    import mengke

    text = "某省2025年创新监测公报\n某省统计局  某省科学技术厅\n2026年4月8日\n\n全年发明专利授权1.2万件。\n"
    ex = mengke.extract(text, style="generic")
    assert ex.meta.title == "某省2025年创新监测公报"
    assert ex.meta.source == "某省统计局  某省科学技术厅"


def test_a_headline_continued_by_a_second_line_keeps_both_lines() -> None:
    import mengke

    text = "某市科技局\n关于2025年度科技工作情况的通报\n2026年3月2日\n\n今年新增企业12家。\n"
    ex = mengke.extract(text, style="generic")
    assert ex.meta.title == "某市科技局 关于2025年度科技工作情况的通报"
    assert ex.meta.source is None


def test_a_pdf_page_header_spread_across_the_width_gives_its_date() -> None:
    import datetime as dt

    from mengke.layout import dated_line

    header = "某省日报" + " " * 35 + "2026年4月8日 星期三" + " " * 34 + "3"
    assert dated_line(header) == dt.date(2026, 4, 8)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("赤峰日报记者 高原", ("高原",)),
        ("包头广播电视台全媒体记者 苏和 陈静", ("苏和", "陈静")),
        ("某某融媒体中心记者 孟和", ("孟和",)),
        ("赤峰日报社论", None),
    ],
)
def test_a_paper_or_station_named_before_the_reporter_is_no_name(line: str, names: tuple[str, ...] | None) -> None:
    assert byline_names(line) == names


def test_a_wire_dateline_with_reporters_in_brackets_is_a_lead_byline() -> None:
    from mengke.layout import lead_byline

    assert lead_byline("新华社合肥3月5日电（记者 张三、李四）记者从省科技厅获悉") == ("张三", "李四")
    assert lead_byline("央视网消息（记者 王五）：近日") == ("王五",)
    assert lead_byline("本報訊（記者 陳明）") == ("陳明",)
    assert lead_byline("本报讯（完）") is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("【文匯報訊】記者陳立包頭報道：當地一家稀土企業", ("陳立",)),
        ("【大公报讯】记者赵一、钱二鄂尔多斯报道：", ("赵一", "钱二")),
        ("【本报讯】记者 孙三 北京报道：近日", ("孙三",)),
        ("【本报讯】记者周四报道：", ("周四",)),
    ],
)
def test_an_outlets_label_then_reporters_and_the_place_they_filed_from_is_a_lead_byline(
    line: str, names: tuple[str, ...]
) -> None:
    from mengke.layout import lead_byline

    assert lead_byline(line) == names  # the place is read off the end, not taken for a name


def test_links_to_other_articles_under_a_web_article_give_no_figures() -> None:
    import mengke

    text = (
        "某市召开科技创新大会\n2025年全市高新技术企业达到1350家。\n会议要求研发投入增长12%以上。\n"
        "上一篇：某区新增省级孵化器3家\n下一篇：全市技术合同成交额突破40亿元\n相关新闻\n· 某县服务企业500余家\n"
    )
    for style in ("generic", "web_document"):
        ex = mengke.extract(text, style=style)
        assert [m.text for m in ex.metrics] == ["1350家", "12%以上"], style


def test_labelled_metadata_on_a_plain_page_fills_the_page_s_metadata() -> None:
    import mengke

    text = "某县召开科技工作会议\n來源：某县融媒体中心  作者：李明\n全县新增科技型企业18家。\n责任编辑：王芳\n"
    for style in ("generic", "web_document"):
        meta = mengke.extract(text, style=style).meta
        assert (meta.title, meta.source, meta.authors, meta.editors) == (
            "某县召开科技工作会议",
            "某县融媒体中心",
            ("李明",),
            ("王芳",),
        ), style


def test_a_section_number_or_a_bullet_line_is_not_a_second_line_of_the_headline() -> None:
    import mengke

    text = "年度创新成绩单来了！\n\n01 创新投入\n✅ 全社会研发投入达到980亿元，增长10.5%\n✅ 财政科技支出62.3亿元\n"
    ex = mengke.extract(text, style="generic")
    assert ex.stories[0].title == "年度创新成绩单来了！"
    assert [m.indicator for m in ex.metrics] == ["全社会研发投入", "全社会研发投入", "财政科技支出"]
    kicker = (
        "聚焦新质生产力\n山东海洋科技创新能力跃居前列\n——海洋生产总值突破1.7万亿元\n\n本报讯 全省海洋生产总值增长6%。\n"
    )
    assert mengke.extract(kicker, style="generic").stories[0].title == (
        "聚焦新质生产力 山东海洋科技创新能力跃居前列 ——海洋生产总值突破1.7万亿元"
    )


def test_a_bulletin_with_a_section_heading_before_its_prose_keeps_its_headline_and_body() -> None:
    import mengke

    text = "某市2025年科技统计公报\n某市科学技术局\n2026年2月20日\n\n一、科技投入\n全市研发经费支出86.3亿元，增长9%。\n"
    for style in ("generic", "web_document"):
        ex = mengke.extract(text, style=style)
        assert (ex.meta.title, ex.meta.source, str(ex.meta.published)) == (
            "某市2025年科技统计公报",
            "某市科学技术局",
            "2026-02-20",
        )


def test_a_line_naming_the_issuing_body_and_a_month_is_its_source_not_more_headline() -> None:
    import mengke

    text = "关于某市科技创新规划的说明\n\n某市科学技术局 2026年3月\n\n今后五年，全市将投入约30亿元支持研发。\n"
    ex = mengke.extract(text, style="generic")
    assert ex.meta.title == "关于某市科技创新规划的说明"
    assert ex.meta.source == "某市科学技术局"


def test_an_editor_in_closing_brackets_is_an_editor_not_an_author() -> None:
    import mengke

    text = "某市新闻\n\n今年全市新增企业12家，增长5%。\n\n（责任编辑：周敏）\n"
    ex = mengke.extract(text)
    assert ex.meta.editors == ("周敏",)
    assert ex.meta.authors == () and ex.stories[0].authors == ()


def test_a_post_headline_with_a_comma_that_stands_alone_is_the_headline_and_recommended_links_are_chrome() -> None:
    import mengke

    text = (
        "点击蓝字 关注我们\n\n某省出台人才新政，最高补贴500万元！\n\n"
        "近日，某省印发人才新政，对引进的顶尖人才给予最高500万元补贴。\n\n"
        "▼往期推荐\n某市5家企业入选国家级名单\n"
    )
    ex = mengke.extract(text, style="generic")
    assert ex.stories[0].title == "某省出台人才新政，最高补贴500万元！"
    assert [m.text for m in ex.metrics] == ["500万元", "最高500万元"]


def test_a_wrapped_first_line_of_prose_is_no_headline() -> None:
    import mengke

    text = "今年以来，全市新增科技型企业\n120家，同比增长15%。\n"
    assert mengke.extract(text, style="generic").stories[0].title is None


def test_a_paragraph_pasted_again_without_its_opening_words_is_read_once() -> None:
    import mengke

    text = (
        "某市产业纪实\n\n□本报记者 方圆\n\n"
        "近五年来，全市电子信息产业产值年均增长18%，去年达到2100亿元。\n\n"
        "▲一家企业的生产车间。 本报记者 方圆 摄\n\n"
        "全市电子信息产业产值年均增长18%，去年达到2100亿元。\n"
    )
    ex = mengke.extract(text)
    assert [m.text for m in ex.metrics] == ["18%", "2100亿元"]
    assert ex.metrics[0].status.value == "actual"


def test_an_issuing_body_alone_under_a_report_title_is_its_source() -> None:
    import mengke

    text = "关于2025年度全市科技工作情况的报告\n\n市科学技术局\n\n　　全年新认定高新技术企业386家。\n"
    ex = mengke.extract(text, style="generic")
    assert (ex.meta.title, ex.meta.source) == ("关于2025年度全市科技工作情况的报告", "市科学技术局")


@pytest.mark.parametrize("number", ["湘政发〔2026〕7号", "（国办函〔2025〕12号）", "苏科发[2024] 第3号"])
def test_a_document_number_under_a_notice_s_title_is_no_more_title(number: str) -> None:
    import mengke

    title = "某省人民政府关于印发《某省新型研发机构培育行动方案》的通知"
    text = f"{title}\n{number}\n\n各市人民政府：\n到2027年，全省技术合同成交额突破800亿元。\n"
    ex = mengke.extract(text, style="generic")
    assert ex.meta.title == title


def test_a_jump_note_under_a_feature_s_title_is_no_more_title() -> None:
    import mengke

    text = "一座小城的十年\n\n（上接第1版）\n\n　　十年前，全区科技型企业不足80家，如今已有640家。\n"
    assert mengke.extract(text, style="generic").meta.title == "一座小城的十年"


def test_a_post_s_fields_after_a_vertical_bar_and_its_chrome_around_the_headline() -> None:
    import mengke

    text = (
        "▲点击上方蓝字 关注我们\n\n"
        "乌海：新材料产业产值再创新高\n"
        "点击蓝字 关注我们\n\n"
        "来源丨乌海日报\n编辑丨苏雅\n\n"
        "2025年，乌海市新材料产业实现产值320亿元，同比增长11.2%。\n"
    )
    ex = mengke.extract(text)
    assert ex.style == "generic"  # ▲点击上方蓝字 is chrome, no photo caption of a feature
    assert (ex.meta.title, ex.meta.source, ex.meta.editors) == ("乌海：新材料产业产值再创新高", "乌海日报", ("苏雅",))


def test_a_question_under_a_title_is_no_more_title() -> None:
    import mengke

    text = "《某旗科技奖励办法》政策问答\n\n问：奖励标准是什么？\n答：对新认定的企业给予10万元奖励。\n"
    assert mengke.extract(text).meta.title == "《某旗科技奖励办法》政策问答"


def test_a_labelled_field_keeps_no_closing_full_stop() -> None:
    import mengke

    text = "某区科技指标\n\n全年登记技术合同3260项。\n\n数据来源：某某自治区科学技术厅。\n"
    assert mengke.extract(text, style="generic").meta.source == "某某自治区科学技术厅"


def test_a_chapter_heading_under_a_policy_title_is_no_second_line_of_it() -> None:
    import mengke

    text = (
        "某市科技创新券管理办法\n\n第一章 总则\n\n第一条 为降低企业创新成本，制定本办法。\n\n"
        "第五条 每家企业每年申领额度不超过30万元。\n\n第十条 本办法自2026年7月1日起施行。\n"
    )
    ex = mengke.extract(text, style="generic")
    assert ex.stories[0].title == "某市科技创新券管理办法"
    (policy,) = ex.policies
    assert (policy.title, str(policy.effective)) == ("某市科技创新券管理办法", "2026-07-01")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("记者 何 平  乌 兰", ("何平", "乌兰")),
        ("本报记者 周　红 巴特尔", ("周红", "巴特尔")),
        ("记者 张三 李四", ("张三", "李四")),
        ("本报记者  刘  洋", ("刘洋",)),
    ],
)
def test_a_two_character_name_padded_to_three_is_closed_up(line: str, names: tuple[str, ...]) -> None:
    assert byline_names(line) == names


def test_a_headline_set_in_markdown_bold_is_given_without_its_marks() -> None:
    import mengke

    page = (
        "**某市科技创新成果丰硕**\n\n本报讯（记者 张三）全市新增企业5家。\n\n"
        "**某县新建平台**\n\n本报讯（记者 李四）全县新建平台3个。\n"
    )
    assert [s.title for s in mengke.extract(page).stories] == ["某市科技创新成果丰硕", "某县新建平台"]


@pytest.mark.parametrize("line", ["来源丨某某日报", "编辑丨王敏", "来源：某某融媒", "编辑：赵磊 美编：刘洋"])
def test_a_source_or_desk_field_is_no_byline_of_writers(line: str) -> None:
    assert byline_names(line) is None


def test_a_headline_wrapping_inside_a_title_mark_goes_on_on_the_next_line() -> None:
    import mengke
    from mengke.layout import open_title_mark

    text = "某市六部门联合印发《某市科技成果转化\n三年行动方案》\n近日，某市科技局等六部门联合印发该方案，提出举措。\n"

    for style in ("generic", "web_document"):
        got = mengke.extract(text, style=style)
        assert got.stories[0].title == "某市六部门联合印发《某市科技成果转化三年行动方案》"
    assert open_title_mark("联合印发《某市科技成果转化")
    assert not open_title_mark("联合印发《某市方案》")


def test_a_reporters_question_in_an_interview_names_no_author() -> None:
    import mengke

    text = "专访某厅负责人\n\n记者：过去一年，全省科技创新取得了哪些成绩？\n\n负责人：全省新建创新平台120个。\n"
    assert mengke.extract(text).meta.authors == ()


def test_a_notice_signed_at_its_foot_gives_its_source_and_date() -> None:
    import datetime as dt

    import mengke

    text = (
        "关于下达2026年度科技专项资金的通知\n\n各旗县科技局：\n现将今年科技专项资金共计1.35亿元予以下达。\n\n"
        "某市科学技术局\n2026年3月20日\n"
    )
    for style in ("generic", "web_document"):
        meta = mengke.extract(text, style=style).meta
        assert (meta.source, meta.published) == ("某市科学技术局", dt.date(2026, 3, 20))


def test_an_official_documents_masthead_and_number_are_no_headline_and_its_signature_dates_it() -> None:
    import datetime as dt

    import mengke

    text = (
        "某市人民政府办公室文件\n\n某政办发〔2026〕8号\n\n"
        "某市人民政府办公室关于印发《某市支持新型研发机构发展若干措施》的通知\n\n"
        "各区人民政府，市各委、办、局：\n现将《某市支持新型研发机构发展若干措施》印发给你们，请认真贯彻执行。\n\n"
        "某市人民政府办公室\n2026年2月3日\n\n某市支持新型研发机构发展若干措施\n\n"
        "一、对新认定的市级新型研发机构，给予一次性奖励50万元。\n二、本措施自2026年3月1日起施行。\n"
    )
    for style in ("generic", "web_document"):
        got = mengke.extract(text, style=style)
        assert got.meta.title == "某市人民政府办公室关于印发《某市支持新型研发机构发展若干措施》的通知"
        assert (got.meta.source, got.meta.published) == ("某市人民政府办公室", dt.date(2026, 2, 3))
        assert [m.text for m in got.metrics] == ["50万元"]


def test_dates_and_datelines_with_a_pdfs_spaced_digits_are_read() -> None:
    import datetime as dt

    from mengke.layout import dated_line, lead_byline

    assert dated_line("2026 年 3 月 9 日 星期一") == dt.date(2026, 3, 9)
    assert dated_line("（2026 年 9 月 15 日）") == dt.date(2026, 9, 15)
    assert lead_byline("本报锡林浩特 10 月 14 日电（记者 阿拉坦仓）记者获悉") == ("阿拉坦仓",)


def test_a_posts_header_and_pictographs_give_its_account_and_a_clean_headline() -> None:
    import datetime as dt

    import mengke

    text = (
        "点击蓝字 关注我们\n\n📌 重磅！全省科技型企业突破1万家\n\n某省科技厅 2026年11月02日 18:30 某省\n\n"
        "记者获悉，截至10月底，全省评价入库科技型中小企业达到10236家。\n"
    )
    got = mengke.extract(text)
    assert got.meta.title == "重磅！全省科技型企业突破1万家"
    assert (got.meta.source, got.meta.published) == ("某省科技厅", dt.date(2026, 11, 2))


def test_a_features_labelled_source_and_editor_are_its_meta_but_a_photo_credit_is_not() -> None:
    import mengke

    text = (
        "\n\n冷资源催生热经济\n\n□本报记者 刘晓\n\n    全市寒区试验场已有12个，每年吸引200多家车企前来测试。\n\n"
        "    （图片来源：某市融媒体中心）\n\n    2025年，全市寒区测试产业实现收入18.6亿元。\n\n"
        "来源：某某日报\n责任编辑：白玉\n"
    )
    meta = mengke.extract(text, style="long_feature").meta
    assert (meta.source, meta.editors, meta.title) == ("某某日报", ("白玉",), None)


def test_an_attachment_label_over_the_headline_is_no_headline() -> None:
    import mengke
    from mengke.layout import is_attachment_label

    text = "附件2\n\n某市2025年度科技计划项目验收结果\n\n经专家评审，共有38个项目通过验收。\n"
    got = mengke.extract(text)
    assert got.meta.title == "某市2025年度科技计划项目验收结果"
    assert is_attachment_label("附件：") and is_attachment_label(" 附表 3 ")
    assert not is_attachment_label("附件下载说明")


def test_a_closing_bracket_with_a_source_or_a_photo_credit_is_no_byline() -> None:
    assert trailing_byline("……这是全文的最后一句。（本文来源：某某日报）") is None
    assert trailing_byline("（图：技术人员在调试设备。记者 周岩 摄）") is None
    assert trailing_byline("……已经投产。（王晓东）") == (("王晓东",), 7)


def test_a_label_whose_value_a_wrap_set_on_the_next_line_is_read() -> None:
    from mengke.layout import page_fields
    from mengke.testing import make_article

    article = make_article(
        "某某标题\n发布日期：2026-04-02  来源：\n某某科技网  作者：李青\n正文第一段，共有企业30家。\n"
    )
    fields = page_fields(article)
    assert (fields["source"], fields["authors"]) == ("某某科技网", "李青")


def test_a_foot_line_with_the_body_and_date_in_brackets_is_a_signature() -> None:
    from mengke.layout import signature
    from mengke.testing import make_article

    lines = make_article("标题\n\n正文说了一些事情。\n\n（某某市科学技术局　2026年10月9日）\n").nonblank_lines
    got = signature(lines)
    assert got is not None and got[0] == "某某市科学技术局" and got[1].isoformat() == "2026-10-09"


def test_a_closing_bracket_with_a_source_in_traditional_characters_is_no_byline() -> None:
    assert trailing_byline("……全文最後一句。（本文來源：某某日報）") is None
    assert trailing_byline("（圖：技術人員在調試設備。記者 周岩 攝）") is None


@pytest.mark.parametrize(
    "header",
    ["原创 某旗融媒 某旗融媒 2026年04月18日 17:32 内蒙古", "某旗融媒  2026-04-18 17:32  发表于内蒙古"],
)
def test_a_posts_dated_header_over_its_headline_is_no_headline(header: str) -> None:
    import mengke

    text = f"{header}\n\n某旗：科技特派员助力春耕\n\n今年以来，某旗选派科技特派员126名，深入全旗38个嘎查村。\n"
    got = mengke.extract(text, style="generic")
    assert got.stories[0].title == "某旗：科技特派员助力春耕"


def test_a_documents_mark_is_no_headline_and_a_body_over_a_report_is_its_source() -> None:
    import mengke

    text = (
        "内部资料 注意保存\n某盟科学技术局\n某盟2025年科技创新工作情况报告\n\n"
        "2025年，全盟全社会研发投入达到12.6亿元，同比增长23.5%。\n"
    )
    got = mengke.extract(text, style="generic")
    assert (got.stories[0].title, got.meta.source) == ("某盟2025年科技创新工作情况报告", "某盟科学技术局")


def test_an_editors_note_over_the_headline_is_no_headline() -> None:
    import mengke

    text = (
        "【编者按】本报今起推出“走进创新一线”系列报道，记录科技工作者的故事。\n\n"
        "走进创新一线｜一块稀土的“升级之路”\n\n文/图 本报记者 刘晓燕\n\n"
        "这条线年产高性能磁材5000吨，企业去年研发投入1.8亿元。\n"
    )
    got = mengke.extract(text)
    assert got.stories[0].title == "走进创新一线｜一块稀土的“升级之路”"
    assert got.stories[0].authors == ("刘晓燕",)
    assert [(m.text, m.indicator) for m in got.metrics] == [("5000吨", "年产高性能磁材"), ("1.8亿元", "企业研发投入")]


def test_a_columns_label_is_short_and_names_a_column_a_marked_headline_is_none() -> None:
    from mengke.layout import byline_names, is_column_label

    assert is_column_label("■基层动态") and is_column_label("●聚焦创新主体") and is_column_label("◆相关链接")
    assert not is_column_label("■乌海：科技动态频传") and not is_column_label("■3项成果获奖")
    assert byline_names("■基层动态") is None
    assert byline_names("■本报记者 邵晓燕 摄") == ("邵晓燕",)


def test_a_headline_a_narrow_column_broke_inside_a_word_is_closed_up() -> None:
    from mengke.layout import joined_headline

    assert joined_headline(["南京：以大科学装置撬动创", "新要素集聚"]) == "南京：以大科学装置撬动创新要素集聚"
    assert joined_headline(["科技兴农", "塑造现代农业新优势"]) == "科技兴农 塑造现代农业新优势"  # a kicker
    assert joined_headline(["一个", "标题"]) == "一个 标题"  # the line before is shorter: no column to fill


def test_a_long_official_notice_title_standing_alone_is_the_headline() -> None:
    import mengke

    title = "某自治区科学技术厅关于组织开展2026年度自治区科技成果转化专项项目申报工作的通知"
    text = f"{title}\n\n各盟市科技局，有关单位：\n\n现将有关事项通知如下。每个项目支持50万元。\n"
    assert mengke.extract(text, style="generic").meta.title == title


def test_a_label_in_brackets_needs_no_colon() -> None:
    import mengke

    text = (
        "某新区数据中心项目投运\n发布时间：2026年05月12日  来源：某新区管委会  【作者】李明  责任编辑：王芳\n\n"
        "该项目总投资约30亿元，新增智能算力2000PFlops。\n"
    )
    meta = mengke.extract(text).meta
    assert (meta.authors, meta.editors, meta.source) == (("李明",), ("王芳",), "某新区管委会")


def test_a_site_name_after_a_headline_is_no_part_of_it() -> None:
    import mengke
    from mengke.layout import without_site_name

    assert without_site_name("某市新增国家级孵化器3家_某某省科学技术厅") == "某市新增国家级孵化器3家"
    assert without_site_name("某市技术合同成交额同比增长35% - 某某网") == "某市技术合同成交额同比增长35%"
    assert without_site_name("专访|某局长谈创新") == "专访|某局长谈创新"
    text = (
        "某市技术合同成交额增长三成 - 某某网\n某某网某市6月3日电（记者 李华）今年1至5月，全市技术合同成交额12.8亿元。\n"
    )
    assert mengke.extract(text).meta.title == "某市技术合同成交额增长三成"


def test_a_title_bar_over_breadcrumbs_and_the_headline_is_read_once() -> None:
    import mengke

    text = (
        "某市新增国家级小巨人企业6家_某某省科学技术厅\n首页 > 地方科技\n某市新增国家级小巨人企业6家\n"
        "2026-07-08 来源：某市科技局\n近日，工业和信息化部公布第七批名单，某市6家企业入选，总数达到27家。\n"
        "【关闭窗口】\n"
    )
    got = mengke.extract(text)
    assert got.meta.title == "某市新增国家级小巨人企业6家"
    assert [m.text for m in got.metrics] == ["6家", "6家", "27家"]
