"""Chinese institutions, session 23: outlets in bylines the line unwrapping hid, in photo credits, after 本网- and in a
portal's header; a paper's byline or source line for its site names both; Hong Kong bodies and Guangdong universities
by their short names; a level-only department set up (成立市某某局) (made-up sentences)."""

from __future__ import annotations

from pipeline.extract.chinese import unwrap
from pipeline.extract.entities.chinese import ZhEntityMatcher
from pipeline.lang import blocks
from tests.zh_mentions import found


def bodies(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, loc) if lab == "INSTITUTION"]


def test_a_dispatch_byline_opens_a_line_the_unwrapping_keeps() -> None:
    # a long headline with no stop, then the dispatch: two lines, not one wrapped sentence
    text = "某某县委书记王某 补短板强弱项 稳步推进县域经济高质量发展迈上新台阶\n某某网讯 今年县人大会议顺利召开。"
    ctext, _, _ = unwrap(text, blocks(text))
    assert "\n某某网讯" in ctext
    # a wrapped sentence still joins
    text = "我们要坚持稳中求进工作总基调，全面贯彻新发展理念，加快构建新发展格局，推动\n高质量发展取得新成效。"
    ctext, _, _ = unwrap(text, blocks(text))
    assert "推动高质量发展" in ctext


def test_a_photo_credit_names_its_agency(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "市長展示報告\n\n圖像來源,XYZ\n\n圖像加註文字,議員表示不滿。", "hk") == [("XYZ", "XYZ")]
    assert ("某某社", "某某社") in bodies(matcher, "图片来源：某某社\n会议开幕。")


def test_this_sites_prefix_before_an_outlet_and_a_font_size_field(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "来源: 本网-某某都市网 字号: 【大】 【中】\n\n政府工作报告") == [("某某都市网", "某某都市网")]


def test_a_portals_header_before_its_navigation_bar(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "某某通 首页 新闻资讯 政务信息 查看内容\n\n开创新局面") == [("某某通", "某某通")]
    assert bodies(matcher, "返回首页 新闻中心\n\n会议开幕。") == []


def test_a_papers_byline_for_its_site_names_paper_and_site(matcher: ZhEntityMatcher) -> None:
    got = bodies(matcher, "某城报某某证券网讯 1月12日,会议开幕。")
    assert [s for s, _ in got] == ["某城报", "某某证券网"]
    got = bodies(matcher, "(文章来源:某城日报·某某新闻网)")
    assert [s for s, _ in got] == ["某城日报", "某某新闻网"]
    # what follows the inner outlet word is too short to be a site: one name
    assert [s for s, _ in bodies(matcher, "某某报业网讯 1月12日,会议开幕。")] == ["某某报业网"]


def test_a_news_agencys_site_is_its_own_outlet(matcher: ZhEntityMatcher) -> None:
    got = bodies(matcher, "来源:中国新闻网\n中新社北京1月2日电 会议开幕。")
    assert got[0] == ("中国新闻网", "China News") and got[1] == ("中新社", "China News Service")


def test_hong_kong_bodies_by_their_short_names(matcher: ZhEntityMatcher) -> None:
    got = dict(bodies(matcher, "選管會已通知差估署、工貿署及學資處，會財局亦同意。", "hk"))
    assert got == {"選管會": "Electoral Affairs Commission", "差估署": "Rating and Valuation Department",
                   "工貿署": "Trade and Industry Department",
                   "學資處": "Working Family and Student Financial Assistance Agency",
                   "會財局": "Accounting and Financial Reporting Council"}


def test_guangdong_universities_by_their_short_names(matcher: ZhEntityMatcher) -> None:
    got = bodies(matcher, "加强与华工、广工、暨大等高校合作。")
    assert [c for _, c in got] == ["South China University of Technology", "Guangdong University of Technology",
                                   "Jinan University"]
    # read across a word before them: no university
    assert bodies(matcher, "推广工作经验。") == []
    assert not [c for _, c in bodies(matcher, "中华工商联合会调研。") if c == "South China University of Technology"]


def test_a_level_only_department_set_up_is_the_home_divisions(matcher: ZhEntityMatcher) -> None:
    got = bodies(matcher, "某某区今年组建区招商局,成立区投资促进局。")
    assert [s for s, _ in got] == ["区招商局", "区投资促进局"]
    # 招商局 alone stays China Merchants
    assert bodies(matcher, "加强与招商局合作。") == [("招商局", "China Merchants Group")]


def test_a_counted_list_keeps_a_conjunction_inside_a_trade_name(matcher: ZhEntityMatcher) -> None:
    # the count says the list holds two names: 和 inside 联和智能 is part of the trade name
    got = bodies(matcher, "去年,甲润新材料、联和智能2家企业成功晋级。")
    assert [s for s, _ in got] == ["甲润新材料", "联和智能"]
    # with no count, 和 still closes the item before it (a sector list stays none)
    assert bodies(matcher, "推动电子、家电和家具等企业发展。") == []


def test_a_registered_name_with_its_place_in_brackets_is_one_listed_company(matcher: ZhEntityMatcher) -> None:
    got = found(matcher, "甲庭食品、乙美(汕头)制衣等企业先后发言。", "cn")
    assert [(s, lab) for s, lab, _ in got] == [("甲庭食品", "INSTITUTION"), ("乙美(汕头)制衣", "INSTITUTION")]


def test_a_towns_own_bureau(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "东城街道财政局组织培训。") == [("东城街道财政局", "东城街道财政局")]
    assert bodies(matcher, "东莞市石龙镇招商局主动对接客商。") == [("东莞市石龙镇招商局", "东莞市石龙镇招商局")]
    # a post written short after the town: no bureau
    assert bodies(matcher, "东莞市石龙镇教育局长王某出席。") == []


def test_a_county_bureau_of_science_industry_and_commerce(matcher: ZhEntityMatcher) -> None:
    got = bodies(matcher, "市科工贸局、区科工商务局等部门参加。")
    assert [s for s, _ in got] == ["市科工贸局", "区科工商务局"]


def test_a_town_named_only_in_its_heads_title_is_the_home_of_its_bare_bodies(matcher: ZhEntityMatcher) -> None:
    # the report's title and session line, run together as a site's digest prints them (no town named elsewhere)
    text = ("2019年番禺区石楼镇政府工作报告\n2019年2月25日石楼镇第十届人民代表大会第三次会议番禺区石楼镇人民政府镇长王某"
            "各位代表:现在,我代表镇人民政府向大会作政府工作报告。一年来,我们按照番禺区的部署推进工作。")
    assert ("镇人民政府", "石楼镇人民政府") in bodies(matcher, text)


def test_a_countys_rural_commercial_bank_and_a_villages_collective(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "开平市今年,开平农商行顺利开业。") == [("开平农商行", "开平农商行")]
    assert bodies(matcher, "今年凌禄经济联合社及下属经济合作社总收入已超100万元。") == [("凌禄经济联合社", "凌禄经济联合社")]
    # kinds: every union of the town, a subordinate cooperative, the bare bank
    assert bodies(matcher, "全镇各经济联合社收入增长,支持农商行发展。") == []


def test_a_county_media_centres_reporter_byline(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "徐闻融媒记者:王某 李某\n编辑:张某") == [("徐闻融媒", "徐闻融媒")]
    assert bodies(matcher, "县融媒记者参加发布会。") == []


def test_a_list_of_local_brands_names_their_companies(matcher: ZhEntityMatcher) -> None:
    got = bodies(matcher, "甲赛科技、梦某莎、乙域医学检验等创新品牌迅速壮大。")
    assert [s for s, _ in got] == ["甲赛科技", "梦某莎", "乙域医学检验"]
    assert bodies(matcher, "培育茶叶、陈皮、荔枝等区域公用品牌。") == []


def test_a_phase_of_a_plant_is_no_company_coordinated_in_a_project_list(matcher: ZhEntityMatcher) -> None:
    text = "甲丰电厂、丰电三期、甲乙新能源商用车、丙力电器(赣州)智能制造基地等投运投产。"
    assert "丰电三期" not in [s for s, _ in bodies(matcher, text)]


def test_hong_kong_texts_name_disney_and_the_sme_committee(matcher: ZhEntityMatcher) -> None:
    got = bodies(matcher, "政府會繼續與迪士尼公司商討，並在中小型企業委員會的支持下推出措施。", "hk")
    assert [c for _, c in got] == ["Hong Kong SAR Government", "The Walt Disney Company", "SME Committee"]
