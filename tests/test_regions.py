"""Region words across China: prefecture-level cities name their province; city names that
are also common words count only with their suffix; districts and counties count for their city."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

import mengke
from mengke.regions import canonical, mentions


def test_a_prefecture_level_city_of_any_province_is_found_with_its_province() -> None:
    assert canonical("芜湖") == ("芜湖", "安徽")
    assert canonical("蚌埠市") == ("蚌埠", "安徽")
    assert canonical("东莞") == ("东莞", "广东")
    assert canonical("新竹") == ("新竹", "台湾")


def test_a_city_name_that_is_also_a_word_needs_its_suffix() -> None:
    assert [w for _, _, w in mentions("白银价格上涨，中山大学与朝阳产业")] == []
    assert [w for _, _, w in mentions("白银市和中山市")] == ["白银市", "中山市"]


def test_a_figure_after_a_city_of_another_province_takes_that_city() -> None:
    text = "全省科技工作会议召开。\n\n宣城市今年新增省级研发平台12个，池州市高新技术企业达到460家。"
    regions = [(m.text, m.region) for m in mengke.extract(text).metrics]
    assert regions == [("12个", "宣城"), ("460家", "池州")]


def test_the_venue_of_a_meeting_is_not_the_region_of_the_figures() -> None:
    text = "年度科技奖励大会在北京召开。我省5项成果获奖，全省现有两院院士9人。"
    ms = mengke.extract(text).metrics
    assert [(m.text, m.region, m.indicator) for m in ms] == [("5项", None, "成果"), ("9人", None, "两院院士")]


def test_a_district_county_or_county_level_city_counts_for_its_city() -> None:
    assert [w for _, _, w in mentions("杭州市余杭区、上海市浦东新区和昆山市")] == [
        "杭州市",
        "余杭区",
        "上海市",
        "浦东新区",
        "昆山市",
    ]
    assert canonical("余杭区") == ("杭州", "浙江")
    assert canonical("浦东新区") == ("上海", "上海")
    assert canonical("昆山市") == ("苏州", "江苏")
    assert canonical("仙桃市") == ("仙桃", "湖北")  # a county-level city under its province
    assert canonical("凉山州") == ("凉山", "四川")  # an autonomous prefecture, with 州


def test_a_county_name_shared_by_two_cities_or_made_of_one_character_is_no_region() -> None:
    assert canonical("鼓楼区") is None  # in Nanjing, Fuzhou, Xuzhou and Kaifeng
    assert mentions("推动城市和县域经济协调发展") == []  # 和县 is a county, but not here


def test_a_figure_in_a_district_goes_to_the_district_s_city() -> None:
    (m,) = mengke.extract("余杭区新增高新技术企业320家。").metrics
    assert m.region == "杭州"


@given(st.text(alphabet="杭州市余杭区和县城关上海浦东新区昆山 。", max_size=40))
def test_region_words_never_overlap_and_each_is_the_text_it_spans(text: str) -> None:
    found = mentions(text)
    assert all(text[a:b] == w for a, b, w in found)
    assert all(b1 <= a2 for (_, b1, _), (a2, _, _) in pairwise(found))


def test_quanqu_is_the_district_outside_the_autonomous_regions_and_the_region_inside() -> None:
    district = "余杭区科技工作会议召开\n\n2025年，全区高新技术企业达到1200家。\n"
    assert [m.region for m in mengke.extract(district).metrics] == ["杭州"]
    autonomous = "宁夏回族自治区科技厅召开会议\n\n2025年，全区高新技术企业达到600家。\n"
    assert [m.region for m in mengke.extract(autonomous).metrics] == ["宁夏"]


def test_a_province_page_naming_an_autonomous_region_in_passing_stays_the_province() -> None:
    text = "杭州市科技工作会议召开\n\n2025年，全省高新技术企业达到4.3万家。浙江省对口支援新疆阿克苏。\n"
    assert [m.region for m in mengke.extract(text).metrics] == ["浙江"]


def test_a_headline_naming_a_ministry_makes_a_story_national_news() -> None:
    from mengke.regions import story_region

    assert story_region("工信部等四部门印发算力基础设施行动计划", "", "江西") == "中国"
    assert story_region("南昌出台算力券管理办法", "", "江西") == "南昌"
    # a place named in the headline and the lead outweighs a ministry in passing
    assert story_region("南昌获批科技部创新试点", "", "江西", [(3, 5, "南昌"), (40, 42, "南昌")]) == "南昌"


def test_a_long_text_is_indexed_a_piece_at_a_time_with_the_words_of_one_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    import mengke.regions as regions

    text = "包头市研发投入增长。\n呼和浩特和鄂尔多斯\n" * 40 + "在北京召开会议，余杭区和昆山市" * 30 + "\n赤峰"
    whole = regions._scan(text)
    monkeypatch.setattr(regions, "_CHUNK", 7)
    assert list(regions.RegionIndex(text)) == whole
    chunks = list(regions._chunks(text))  # contiguous, each ending after a line break but the last
    assert chunks[0][0] == 0 and chunks[-1][1] == len(text) and len(chunks) > 40
    assert all(b == c and text[b - 1] == "\n" for (_, b), (c, _) in pairwise(chunks))


def test_a_state_level_new_area_counts_for_the_city_that_runs_it() -> None:
    from mengke.regions import canonical

    assert canonical("两江新区") == ("重庆", "重庆")
    assert canonical("江北新区") == ("南京", "江苏")
    assert canonical("雄安新区") == ("雄安", "河北")


def test_a_story_naming_several_cities_of_one_province_alike_is_about_the_province() -> None:
    from mengke.regions import mentions, story_region

    body = "深圳新增企业120家。广州南沙新区引进团队260个。珠海澳资企业增至6800家。"
    assert story_region(None, body, "广东", mentions(body)) == "广东"
    body = "深圳新增企业120家。深圳研发投入增长9%。深圳专利授权增长12%。广州引进团队26个。"
    assert story_region(None, body, "广东", mentions(body)) == "深圳"


def test_the_place_a_bracketed_byline_was_filed_from_is_not_the_story_s_place() -> None:
    import mengke

    text = "研發投入創新高\n\n【記者林志明／台北報導】113年全國研發經費達新臺幣1兆1,256億元，較上年成長8.3%。\n"
    ex = mengke.extract(text)
    assert ex.stories[0].region == "台湾"
    assert {m.region for m in ex.metrics} == {"台湾"}


@pytest.mark.parametrize(
    "text",
    [
        "產業研發再創高\n\n國科會今日表示，我國去年研發經費達新臺幣9,800億元，較前年成長6.1%。\n",
        "经济部日前公布，全国企业研发投入约新台币7,200亿元，占比近八成。\n",
    ],
)
def test_a_page_that_names_no_place_but_taiwan_s_bodies_or_currency_is_about_taiwan(text: str) -> None:
    import mengke

    ex = mengke.extract(text)
    assert ex.stories[0].region == "台湾"
    assert {m.region for m in ex.metrics} == {"台湾"}


def test_a_county_or_banner_calling_itself_quan_xian_counts_for_its_city_or_league() -> None:
    import mengke

    text = "某县科技动态\n\n2025年，土默特右旗新增科技型企业18家。全旗研发投入增长11%，全县专利授权120件。\n"
    assert [m.region for m in mengke.extract(text).metrics] == ["包头", "包头", "包头"]


@pytest.mark.parametrize(
    ("name", "city"),
    [
        ("科左中旗", "通辽"),
        ("准旗", "鄂尔多斯"),
        ("察右前旗", "乌兰察布"),
        ("阿左旗", "阿拉善"),
        ("东乌旗", "锡林郭勒"),
    ],
)
def test_short_names_of_banners_count_for_their_city_or_league(name: str, city: str) -> None:
    import mengke

    (m,) = mengke.extract(f"{name}今年新建示范基地6个。").metrics
    assert m.region == city


def test_places_on_contact_and_addressee_lines_do_not_make_the_story_s_place() -> None:
    import mengke

    text = (
        "关于公布第一批自治区级众创空间名单的通知\n\n各盟市科技局，满洲里市、二连浩特市科技局：\n"
        "根据《内蒙古自治区众创空间管理办法》，认定某某众创空间等9家单位为自治区级众创空间。\n"
        "联系人：李工，电话：0471-0000000，地址：呼和浩特市新城区某某路1号。\n内蒙古自治区科技厅\n"
    )
    ex = mengke.extract(text)
    assert ex.stories[0].region == "内蒙古"
    assert [m.region for m in ex.metrics] == ["内蒙古"]


def test_the_place_of_a_dateline_opening_the_sentence_is_not_the_place_of_its_figures() -> None:
    import mengke

    text = (
        "某区科技新闻\n\n本报银川5月6日电（记者 马丽）记者从自治区科技厅获悉，今年以来，宁夏研发经费投入"
        "预计突破90亿元，研发投入强度有望达到1.8%。\n"
    )
    assert [m.region for m in mengke.extract(text).metrics] == ["宁夏", "宁夏"]


def test_a_page_that_names_only_its_leagues_and_banners_as_units_is_about_inner_mongolia() -> None:
    text = "记者：今年全区成果转化有何亮点？\n答：全区技术合同成交额达到98亿元，各盟市均实现增长。\n"
    assert [m.region for m in mengke.extract(text).metrics] == ["内蒙古"]


def test_the_whole_city_of_a_city_never_named_is_no_place_but_a_municipality_is_itself() -> None:
    im = "记者：全区各盟市成效如何？\n答：全市今年新增科技企业60家。\n"
    assert [m.region for m in mengke.extract(im).metrics] == [None]
    sh = "上海市科技创新\n\n全市今年新增科技企业600家。\n"
    assert [m.region for m in mengke.extract(sh).metrics] == ["上海"]


def test_quan_sheng_in_a_story_on_another_province_is_that_province() -> None:
    from mengke.regions import resolve

    assert resolve("全省", "江苏", "浙江") == "江苏"
    assert resolve("全省", "苏州", "浙江") == "江苏"
    assert resolve("全省", "杭州", "浙江") == "浙江"
    assert resolve("全区", "南宁", "内蒙古") == "广西"


def test_a_story_saying_quan_qu_throughout_is_about_the_region_not_the_one_city_it_names() -> None:
    import mengke

    text = (
        "风电装机再创新高\n\n截至9月底，全区风电装机达到7100万千瓦。全区新增装机520万千瓦，"
        "全区风电利用率达到96%。其中，锡林郭勒盟新增装机180万千瓦。\n"
    )
    got = mengke.extract(text)
    assert got.stories[0].region == "内蒙古"
    assert [m.region for m in got.metrics] == ["内蒙古", "内蒙古", "内蒙古", "锡林郭勒"]


def test_a_city_story_saying_quan_shi_stays_the_citys_though_it_says_quan_qu_too() -> None:
    import mengke

    text = (
        "包头科技投入稳步增长\n\n包头市今年研发投入增长12%，全市新增高新技术企业90家，"
        "增速居全区第二；全市技术合同成交额达到41亿元，占全区的15%。\n"
    )
    assert mengke.extract(text).stories[0].region == "包头"


def test_places_listed_past_a_clause_mark_are_read_as_one_list() -> None:
    import mengke

    text = "某省出台新政\n\n全省新增企业900家。对成都、绵阳、德阳以外的市州新认定的企业，再奖励10万元。"
    assert [m.region for m in mengke.extract(text).metrics] == ["四川", None]


def test_a_story_on_the_nations_figures_is_national_though_it_names_provinces() -> None:
    import mengke

    text = (
        "我国专利授权量稳步增长\n\n2025年，全国发明专利授权量达到104万件，比上年增长8%。"
        "广东、浙江、江苏的授权量分别为18万件、9万件和8万件。全国每万人口发明专利拥有量达到14件。\n"
    )
    got = mengke.extract(text)
    assert got.stories[0].region == "中国"
    assert [m.region for m in got.metrics] == ["中国", "中国", "广东", "浙江", "江苏", "中国"]


def test_a_provinces_story_that_ranks_itself_in_the_nation_stays_the_provinces() -> None:
    import mengke

    text = "内蒙古科技投入增长\n\n全区研发投入增长11%，增速居全国第5位，全区新增国家级平台6个，为全国首批。\n"
    assert mengke.extract(text).stories[0].region == "内蒙古"


def test_shou_fu_in_a_headline_names_the_capital_as_the_storys_region() -> None:
    from mengke.regions import story_region

    assert story_region("首府新增一批高新技术企业", "今年以来新增企业210家。", "内蒙古") == "呼和浩特"


def test_wo_shi_in_a_city_papers_story_that_names_no_city_is_the_papers_city() -> None:
    page = (
        "2026年6月3日 星期三    包头日报    3\n\n稀土新材料产值突破千亿元\n\n本报记者 张敏\n\n"
        "今年以来，我市稀土新材料产业实现产值1036亿元，同比增长12.3%。\n\n"
        "乌海新增科技企业\n本报讯（记者 王刚）乌海市今年新增科技型企业56家。\n"
    )
    got = mengke.extract(page)
    assert got.meta.source == "包头日报"
    assert [(m.text, m.region) for m in got.metrics] == [
        ("突破千亿元", "包头"),
        ("1036亿元", "包头"),
        ("12.3%", "包头"),
        ("56家", "乌海"),
    ]
