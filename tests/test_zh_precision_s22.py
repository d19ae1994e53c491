"""Chinese institutions and figures (issue 14, session 22, precision): a list item ending in a post title (某市委常委、
某县委书记) names a person's post; bodies listed before one report word (等工作报告) name their reports; a 3-digit N日
before a time of day (314日上午) is a garbled date; a page's view counter counts views; a numbered constituency in a
member's title (區議會(二)議員), level bodies after 各镇/各区, a ranking's issuer (某大学“两山”发展百强县), graded kinds
(多层次实验室), a government as author or purse (今屆政府第一份的施政報告, 政府的財政狀況) give no row; a national
college's city college is one name; a body reorganised into a quoted new name is one entity; 三大产业比约为15:44:41 is one
ratio. Made-up sentences; each fails on the code before (guards aside)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from pipeline.extract.figures.chinese import find_figures_zh
from tests.zh_mentions import found


def insts(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> list[str]:
    return [s for s, lab, _ in found(matcher, text, loc) if lab == "INSTITUTION"]


def figures(text: str) -> list[tuple[str, str, Decimal, str]]:
    return [(text[f.start:f.end], f.kind, f.value, f.unit) for f in find_figures_zh(text, locale="cn")]


@pytest.mark.parametrize("text", ["韶关市委常委、乐昌市委书记陈某出席会议。", "湛江市委常委、雷州市委书记李某讲话。",
                                  "廣東省委常委、深圳市委書記、市人大常委會主任王某出席。"])
def test_a_listed_post_title_is_no_body(matcher: ZhEntityMatcher, text: str) -> None:
    assert not [s for s in insts(matcher, text) if s.endswith("常委")]


def test_a_standing_committee_in_a_list_stays_a_body(matcher: ZhEntityMatcher) -> None:
    assert "县委常委会" in insts(matcher, "某县县委常委会、县政府党组研究部署。")


@pytest.mark.parametrize("text", ["某县十届人大三次会议开幕，会议听取县政府、县人大等工作报告。",
                                  "大会听取了区人民法院和区人民检察院工作报告。"])
def test_bodies_listed_before_a_report_word_name_their_reports(matcher: ZhEntityMatcher, text: str) -> None:
    assert [s for s in insts(matcher, text) if s.endswith(("人大", "法院", "检察院"))] == []


def test_a_body_listed_before_other_words_stays(matcher: ZhEntityMatcher) -> None:
    assert "区人民法院" in insts(matcher, "某某区人民法院、区人民检察院加强协作，审结案件。")


@pytest.mark.parametrize("text", ["214日上午，某市第十届人民代表大会第三次会议隆重开幕。", "1129日晚，会议闭幕。"])
def test_a_day_count_before_a_time_of_day_is_a_date(text: str) -> None:
    assert [f for f in figures(text) if f[1] == "duration"] == []


def test_a_long_span_of_days_stays() -> None:
    assert ("120日", "duration", Decimal(120), "day") in figures("该项目工期共计120日。")


@pytest.mark.parametrize("text,value", [("来源：某某区政府办公室\n浏览次数 : 2305 【字体：大 中 小】", 2305),
                                        ("發佈日期：2023-05-02 瀏覽次數：876", 876)])
def test_a_page_view_counter_counts_views(text: str, value: int) -> None:
    assert [f for f in figures(text) if f[3] == "view"] == [(str(value), "count", Decimal(value), "view")]


def test_a_counter_without_a_number_is_no_figure() -> None:
    assert figures("发布日期:2023-11-24  浏览次数:-") == []


def canon(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, loc) if lab == "INSTITUTION"]


def test_a_numbered_constituency_in_a_members_title_is_no_body(matcher: ZhEntityMatcher) -> None:
    got = insts(matcher, "工聯會區議會(一)議員張某表示，政府應加強支援。", "hk")
    assert "區議會" not in got and "政府" in got


@pytest.mark.parametrize("text,level_only", [
    ("某縣各鎮相繼召開人民代表大會，選舉產生新一屆鎮人大班子和鎮政府班子。石角鎮召開會議。", ("鎮政府", "鎮人大")),
    ("天河区加快发展。各区要加强统筹，区政府负责落实。", ("区政府",))])
def test_level_bodies_after_every_division_are_generic(matcher: ZhEntityMatcher, text: str,
                                                       level_only: tuple[str, ...]) -> None:
    assert not [s for s in insts(matcher, text) if s in level_only]


def test_a_level_body_without_every_stays_the_homes(matcher: ZhEntityMatcher) -> None:
    assert "区政府" in insts(matcher, "天河区加快发展。在区委、区政府的领导下，全区经济稳步增长。")


def test_the_issuer_opening_a_ranking_of_counties_is_no_mention(matcher: ZhEntityMatcher) -> None:
    assert "浙江大学" not in insts(matcher, "某县入选浙江大学“两山”发展百强县，获评示范县。")


def test_a_body_that_helps_a_county_into_a_ranking_stays(matcher: ZhEntityMatcher) -> None:
    assert "浙江大学" in insts(matcher, "浙江大学助力某县进入百强县。")


def test_a_national_colleges_city_college_is_one_name(matcher: ZhEntityMatcher) -> None:
    assert insts(matcher, "该市建成国家人工智能学院佛山某某学院，创建基地。") == ["国家人工智能学院佛山某某学院"]


@pytest.mark.parametrize("text", ["全省体系化布局建设多层次实验室。", "加快建设高层次研究中心。"])
def test_a_graded_kind_of_body_is_no_name(matcher: ZhEntityMatcher, text: str) -> None:
    assert insts(matcher, text) == []


def test_a_body_reorganised_into_a_quoted_new_name_is_one_entity(matcher: ZhEntityMatcher) -> None:
    got = canon(matcher, "我們會重組 “甲乙商務委員會 ”，成為 “丙丁合作諮詢委員會 ”，擴大職能。", "hk")
    assert {c for _, c in got} == {"丙丁合作諮詢委員會"}


@pytest.mark.parametrize("text", ["香港經濟穩健。行政長官上月發表今屆政府第一份的施政報告。",
                                  "香港经济稳健。财政司司长发表特区政府财政预算案。",
                                  "香港經濟穩健。考慮到政府的財政狀況，我們會推出以下措施。"])
def test_a_government_as_author_or_purse_is_no_actor(matcher: ZhEntityMatcher, text: str) -> None:
    assert not [s for s in insts(matcher, text, "hk") if s.endswith("政府")]


def test_a_government_acting_stays(matcher: ZhEntityMatcher) -> None:
    assert "政府" in insts(matcher, "香港經濟穩健。政府會推出措施，政府的財政狀況穩健。", "hk")


def test_a_three_sector_structure_named_by_its_sectors_is_one_ratio() -> None:
    assert [f[1:3] for f in figures("三大产业比约为15:44:41，实体经济支撑作用凸显。") if f[1] == "ratio"] == \
        [("ratio", Decimal("0.340909"))]


def test_a_ranking_a_body_publishes_keeps_the_body(matcher: ZhEntityMatcher) -> None:
    assert "浙江大学" in insts(matcher, "该县入选浙江大学发布的百强县榜单。")


def test_a_party_before_its_numbered_congress_names_the_event(matcher: ZhEntityMatcher) -> None:
    assert insts(matcher, "中国共产党某某省第十一次代表大会报告指出，今后五年要加快发展。") == []


def test_a_count_before_a_quoted_noun_counts_that_noun() -> None:
    assert ("約 15萬", "count", Decimal(150000), "baby") in figures("預計約 15萬 “跨境嬰孩 ”需要學位。")


def test_a_count_before_a_quoted_name_without_a_noun_is_no_count() -> None:
    assert figures("吸引了 3萬 “開心 ”到場。") == []


def test_pages_are_counted() -> None:
    assert ("80多頁", "count", Decimal(80), "page") in figures("例如這裏有80多頁，當中有增薪。")



def test_a_town_reports_formula_names_its_government(matcher: ZhEntityMatcher) -> None:
    got = canon(matcher, "2023年5月在佛冈县石角镇第十届人民代表大会第三次会议上。现在，我代表镇人民政府向大会作工作报告。石角镇加快发展。")
    assert ("镇人民政府", "石角镇人民政府") in got


def test_mainland_offices_of_a_kind_of_body_are_no_name(matcher: ZhEntityMatcher) -> None:
    got = insts(matcher, "香港經濟穩健。政府會加強香港法定機構駐內地辦事處之間的聯繫。", "hk")
    assert not [s for s in got if s.endswith("辦事處")]


@pytest.mark.parametrize("text,value", [("特首將展開3日半的訪問行程。", "3.5"), ("訪問為期三日半。", "3.5")])
def test_n_days_and_a_half_is_one_duration(text: str, value: str) -> None:
    assert [f[1:] for f in figures(text) if f[1] == "duration"] == [("duration", Decimal(value), "day")]


def test_a_date_before_midnight_is_no_half_day() -> None:
    assert figures("5日半夜发生地震。") == []
