"""entities_zh (issue 14, session 21): the people's organisations every Mainland division has, named bare in a report's
list of work (残联、红十字会; 总工会、共青团、妇联等人民团体; a bare 工会 stays the kind), are the home division's bodies like 工商联; a division's people's
armed forces department written 区武装部 / 县人民武装部 is its own body like 县人武部; a fire brigade (消防大队,
消防救援支队) ends a body's name; a quoted name keeps its name when a layout space sits inside the quotes
(“某某委員會 ”); a name whose HKSCS character (衞) a Big5 step dropped (世界生組織); 和 joining a level-only body
(县人大和县政协) names no 和县; a newspaper's website in a dateline (大公网). Made-up sentences."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found

CITY = "某某说，清远市经济平稳发展。清远市新增企业。"


def insts(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, loc) if lab == "INSTITUTION"]


@pytest.mark.parametrize("text,written,canonical", [
    ("档案、残联、老龄等工作取得新进展。", "残联", "清远市残疾人联合会"),
    ("侨务、红十字会、征兵等工作扎实推进。", "红十字会", "清远市红十字会"),
    ("听取工会、共青团、妇联等人民团体意见。", "妇联", "清远市妇女联合会"),
    ("支持总工会、共青团、妇联等人民团体开展工作。", "总工会", "清远市总工会"),
    ("支持科协、侨联、文联等发挥作用。", "侨联", "清远市归国华侨联合会"),
])
def test_a_bare_mass_body_in_a_list_is_the_home_divisions(matcher: ZhEntityMatcher, text: str, written: str,
                                                           canonical: str) -> None:
    assert (written, canonical) in insts(matcher, CITY + text)


@pytest.mark.parametrize("text", ["企业工会会员人数增加。", "民族宗教、工会、共青团工作取得新成效。", "红十字会法宣传周启动。"])
def test_the_same_words_inside_longer_words_are_no_body(matcher: ZhEntityMatcher, text: str) -> None:
    assert not [s for s, _ in insts(matcher, CITY + text) if s in ("工会", "红十字会")]


def test_a_bare_mass_body_outside_the_mainland_has_no_referent(matcher: ZhEntityMatcher) -> None:
    assert not [s for s, _ in insts(matcher, "本港市民踴躍捐款，支持殘聯、婦聯等工作。", "hk") if s in ("殘聯", "婦聯")]


@pytest.mark.parametrize("written", ["区武装部", "区人民武装部"])
def test_a_districts_armed_forces_department_by_level(matcher: ZhEntityMatcher, written: str) -> None:
    text = "某某区政府工作报告。南沙区经济发展，南沙区新增企业。" + written + "主要领导出席会议。"
    assert (written, "南沙区人民武装部") in insts(matcher, text)


def test_a_fire_brigade_ends_a_bodys_name(matcher: ZhEntityMatcher) -> None:
    assert [s for s, _ in insts(matcher, "韶关市浈江区消防救援大队开展演练。")] == ["韶关市浈江区消防救援大队"]


@pytest.mark.parametrize("text,name", [("我們已成立 “醫療機構規管檢討督導委員會 ”，檢討規管。", "醫療機構規管檢討督導委員會"),
                                       ("政府成立「 海濱發展諮詢委員會」跟進。", "海濱發展諮詢委員會")])
def test_a_quoted_name_with_a_layout_space_inside_the_quotes(matcher: ZhEntityMatcher, text: str, name: str) -> None:
    assert (name, name) in insts(matcher, text, "hk")


def test_a_name_whose_hkscs_character_a_big5_step_dropped(matcher: ZhEntityMatcher) -> None:
    assert ("世界生組織", "World Health Organization") in insts(matcher, "空氣污染影響健康，世界生組織建議收緊標準。", "hk")


def test_the_dropped_characters_are_hkscs_and_not_big5() -> None:
    from pipeline.extract.entities.gazetteer import load_json_data

    for ch in load_json_data("entities_zh.json")["hkscs_dropped"]["chars"]:
        assert ch.encode("big5hkscs")
        with pytest.raises(UnicodeEncodeError):
            ch.encode("cp950")


@pytest.mark.parametrize("text", ["在县人大及其常委会的监督和县政协的支持下推进工作。", "在市委、市政府和县委的领导下。"])
def test_a_conjunction_before_a_level_only_body_is_no_county(matcher: ZhEntityMatcher, text: str) -> None:
    got = found(matcher, "五华县第十三届人民代表大会第五次会议上。" + text, "cn")
    assert not [s for s, _, c in got if "和县" in s or "和县" in c]


def test_a_county_written_after_its_province_stays(matcher: ZhEntityMatcher) -> None:
    assert "和县" in [s for s, lab, _ in found(matcher, "我们赴安徽和县考察。", "cn") if lab == "PLACE"]


def test_a_newspapers_website_in_a_dateline(matcher: ZhEntityMatcher) -> None:
    assert ("大公网", "takungpao.com") in insts(matcher, "大公网3月1日讯 (记者 某某)财政司司长发表预算案。")


@pytest.mark.parametrize("text", ["就此政府會向立法會申請撥款。", "為此政府決定推出新計劃。", "對此政府表示歡迎。"])
def test_the_government_after_a_clause_opening_adverb_of_this(matcher: ZhEntityMatcher, text: str) -> None:
    assert ("政府", "Hong Kong SAR Government") in insts(matcher, "本港經濟放緩。" + text, "hk")
