"""entities_zh (issue 14, session 19): a news agency's website under a name of its own is its own entry; a county-level
city's report that names its prefecture as its superior in the leadership formula keeps its bare 市 bodies; verbs whose
object is a body (举办, 谘询, 讨论) open no body's name; a preposition of agency before a known name opens a leading
group's name (made-up sentences; each states the general rule it tests)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def bodies(matcher: ZhEntityMatcher, text: str, loc: str = "hk") -> list[tuple[str, str]]:
    return [(s, canon) for s, lab, canon in found(matcher, text, loc) if lab == "INSTITUTION"]


def test_a_news_site_under_its_own_name_is_not_the_agency(matcher: ZhEntityMatcher) -> None:
    got = dict(bodies(matcher, "来源:新华网 新华社北京1月9日电 记者某某报道。", "cn"))
    assert got["新华网"] == "Xinhuanet"
    assert got["新华社"] == "Xinhua News Agency"


@pytest.mark.parametrize("text", [
    "一年来,在茂名市委、市政府和市委的坚强领导下,信宜市各项事业取得新进展,茂名市下达的任务全面完成,市委部署落实到位。",
    "在茂名市委、市政府和市委的正确领导下,信宜市上下同心,茂名市委交办的工作全部完成。",
])
def test_the_superior_in_the_leadership_formula_is_not_the_home(matcher: ZhEntityMatcher, text: str) -> None:
    got = bodies(matcher, text, "cn")
    bare = [canon for s, canon in got if s == "市委"]
    assert bare and all("茂名" not in canon for canon in bare)  # the bare 市委 is 信宜's own
    assert ("市政府", "茂名市人民政府") in got  # 茂名市委、市政府: the joint form is still 茂名's


def test_a_prefecture_written_without_the_formula_stays_the_home(matcher: ZhEntityMatcher) -> None:
    got = bodies(matcher, "在茂名市委、市政府的坚强领导下,茂名市各项事业取得新进展,市委部署落实到位。", "cn")
    assert ("市委", "中共茂名市委员会") in got


@pytest.mark.parametrize(("text", "name"), [
    ("政府谘询渔农及海洋事务委员会后决定。", "渔农及海洋事务委员会"),  # 谘询 'consult' + the committee
    ("政府举办乡郊事务委员会周年大会。", "乡郊事务委员会"),  # 举办 'hold' + the body's meeting
    ("政府讨论郊区发展委员会的报告。", "郊区发展委员会"),
    ("政府有否谘询乡郊及海岸事务委员会?", "乡郊及海岸事务委员会"),  # 有否 'whether … has' (a LegCo question) opens the clause
    ("當局會否諮詢環境及生態委員會?", "環境及生態委員會"),
])
def test_a_verb_whose_object_is_a_body_opens_no_name(matcher: ZhEntityMatcher, text: str, name: str) -> None:
    assert [s for s, _ in bodies(matcher, text) if s != "政府"] == [name]


def test_a_preposition_of_agency_before_a_known_name_opens_a_leading_group(matcher: ZhEntityMatcher) -> None:
    assert [s for s, _ in bodies(matcher, "年底前落实早前经珠江三角洲发展领导小组审定的方案。", "cn")] == ["珠江三角洲发展领导小组"]
    assert [s for s, _ in bodies(matcher, "成立珠江三角洲经济合作领导小组。", "cn")] == ["珠江三角洲经济合作领导小组"]  # 经济: no 经


@pytest.mark.parametrize(("text", "name"), [
    ("新晨报讯 3月2日,市人大会议开幕。", "新晨报"),  # the outlet before 讯 ('dispatch') at a line's start
    ("【华财社讯】1月21日,统计处公布数字。", "华财社"),  # after an opening bracket
    ("晨光报记者 刘某/文、图\n会议审议了报告。", "晨光报"),  # the outlet before 记者 ('reporter')
    ("采写:新晨报记者 黄某", "新晨报"),  # after a credit label
    ("岭南新闻网2024年1月25日讯 会议闭幕。", "岭南新闻网"),  # the dispatch's date between name and 讯
])
def test_a_byline_names_its_outlet(matcher: ZhEntityMatcher, text: str, name: str) -> None:
    assert name in [s for s, _ in bodies(matcher, text, "cn")]


@pytest.mark.parametrize("text", ["本报讯 记者某某报道。", "电视台记者采访了市民。", "该报记者获悉。"])
def test_a_generic_byline_names_no_outlet(matcher: ZhEntityMatcher, text: str) -> None:
    assert bodies(matcher, text, "cn") == []


@pytest.mark.parametrize("text", [
    "全面落实省委九届三次、四次全会精神,经济平稳发展。",  # two plenary sessions listed before one 全会
    "认真落实市委五届六次、七次、八次全会精神。",
    "深入学习党的十九届二中、三中全会精神。",
])
def test_a_committee_before_the_plenary_sessions_it_lists_names_events(matcher: ZhEntityMatcher, text: str) -> None:
    assert bodies(matcher, text, "cn") == []


def test_a_committee_owning_a_deployment_beside_its_plenary_sessions_is_a_mention(matcher: ZhEntityMatcher) -> None:
    got = [s for s, _ in bodies(matcher, "落实省委九届三次、四次全会精神、“1515”具体部署和市委五届二次全会精神。", "cn")]
    assert got == ["省委"]  # the committee's own deployment after 、; 市委 only before its plenary session


@pytest.mark.parametrize("text", [
    "發展航運業是政府產業發展策略的一部分。",  # the government's industry policy: a modifier, no actor
    "將政府場地的無線網絡提速。",
    "檢討「政府、機構或社區」用地的規劃。",  # Hong Kong's G/IC land-use zone
])
def test_government_modifying_a_noun_or_naming_a_zone_is_no_actor(matcher: ZhEntityMatcher, text: str) -> None:
    assert bodies(matcher, text) == []


def test_a_port_railway_is_not_the_mtr(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "某某疏港铁路进入设计阶段。", "cn") == []
    assert [s for s, _ in bodies(matcher, "市民可乘搭港鐵往返。")] == ["港鐵"]


def test_un_habitat_by_its_short_chinese_name(matcher: ZhEntityMatcher) -> None:
    assert ("联合国人居署", "UN-Habitat") in bodies(matcher, "联合国人居署发布报告。", "cn")


def test_an_autonomous_regions_own_bodies_are_province_level(matcher: ZhEntityMatcher) -> None:
    got = bodies(matcher, "一年来,自治区人民政府在自治区党委的领导下,推动宁夏经济发展,自治区政协积极建言。", "cn")
    assert ("自治区人民政府", "宁夏回族自治区人民政府") in got  # not 区人民政府, a district's
    assert ("自治区党委", "中共宁夏回族自治区委员会") in got
    assert ("自治区政协", "政协宁夏回族自治区委员会") in got
    assert ("区人民政府", "天河区人民政府") in bodies(matcher, "区人民政府推进工作,天河区经济增长。", "cn")
