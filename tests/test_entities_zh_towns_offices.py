"""entities_zh (issue 14, session 20): bodies missing from the rules or the gazetteers — a town's, township's or
subdistrict's own bodies in full (某镇人民政府, 某街道办事处) and by level (镇委, 镇人大); the CPC Central Committee's
offices written 中央 + short name + 办 (中央财办); international bodies (an arbitration court, a private-law
conference, sports federations); a numbered school written short (某市一中); the outlet after 内容来源; 而 before a
short body name; 特区政府 in a text read as a Mainland one that names one SAR. Made-up sentences."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def insts(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, loc) if lab == "INSTITUTION"]


def places(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> list[str]:
    return [s for s, lab, _ in found(matcher, text, loc) if lab == "PLACE"]


TOWN = "增城区辖石滩镇。"  # a county-level division that names the town (the township table's county)


def test_a_town_written_before_its_government_is_the_body(matcher: ZhEntityMatcher) -> None:
    text = TOWN + "我代表石滩镇人民政府向大会报告工作。"
    assert ("石滩镇人民政府", "石滩镇人民政府") in insts(matcher, text)
    assert places(matcher, text).count("石滩镇") == 1  # the town in the body's name is no second mention


def test_a_towns_bodies_by_level_are_the_named_towns(matcher: ZhEntityMatcher) -> None:
    got = insts(matcher, TOWN + "石滩镇人民政府在区委和镇委的领导下,在镇人大的监督下工作。")
    assert ("镇委", "中共石滩镇委员会") in got and ("镇人大", "石滩镇人民代表大会") in got


def test_generic_and_post_uses_of_the_level_forms_stay_unlisted(matcher: ZhEntityMatcher) -> None:
    assert insts(matcher, TOWN + "石滩镇人民政府要求各乡镇政府配合。镇委书记出席。") == [("石滩镇人民政府", "石滩镇人民政府")]
    assert insts(matcher, "在镇委的领导下推进工作。") == []  # no town named: no referent


def test_a_subdistrict_office_is_a_body_not_a_place(matcher: ZhEntityMatcher) -> None:
    got = insts(matcher, "东湖街道办事处和西湖街道党工委联合开展活动。")
    assert ("东湖街道办事处", "东湖街道办事处") in got and ("西湖街道党工委", "中共西湖街道工作委员会") in got
    assert places(matcher, "东湖街道办事处联合开展活动。") == []


@pytest.mark.parametrize("text,canonical", [
    ("方案已上报中央湾区办。", "Office of the Leading Group for the Development of the Guangdong-Hong Kong-Macao Greater Bay Area"),
    ("会议由中央财办主持。", "Office of the Central Financial and Economic Affairs Commission"),
    ("中央网信办发布通知。", "Cyberspace Administration of China"),
    ("该县获中央精神文明建设指导委员会表彰。", "Central Commission for Guiding Cultural and Ethical Progress"),
])
def test_central_offices_written_short(matcher: ZhEntityMatcher, text: str, canonical: str) -> None:
    assert [c for _, c in insts(matcher, text)] == [canonical]


@pytest.mark.parametrize("text,canonical", [
    ("國際商會國際仲裁院已在本港設立辦事處。", "ICC International Court of Arbitration"),
    ("海牙國際私法會議在本港設有區域辦事處。", "Hague Conference on Private International Law"),
    ("比賽獲國際自行車聯盟認可。", "Union Cycliste Internationale"),
])
def test_international_bodies(matcher: ZhEntityMatcher, text: str, canonical: str) -> None:
    assert canonical in [c for _, c in insts(matcher, text, "hk")]


def test_a_numbered_school_after_its_city(matcher: ZhEntityMatcher) -> None:
    text = "比赛由鹤山市二中举办。"
    assert ("鹤山市二中", "鹤山市二中") in insts(matcher, text)
    assert insts(matcher, "深入学习党的十九届四中全会精神。") == []


def test_the_outlet_after_a_content_source_label(matcher: ZhEntityMatcher) -> None:
    assert insts(matcher, "编辑:某某 2020-01-02 10:00内容来源:甲乙网") == [("甲乙网", "甲乙网")]


def test_er_ends_on_the_left_of_a_short_body_name(matcher: ZhEntityMatcher) -> None:
    assert insts(matcher, "而教育局會檢討計劃。", "hk") == [("教育局", "Education Bureau")]


def test_sar_government_in_a_mainland_read_text_names_the_one_sar(matcher: ZhEntityMatcher) -> None:
    assert ("特区政府", "Hong Kong SAR Government") in insts(matcher, "香港代表团访问东莞,介绍特区政府的新措施。")
    assert insts(matcher, "特区政府出台措施。") == []  # no SAR named


def test_a_source_line_glued_to_the_next_title_keeps_the_outlets_name(matcher: ZhEntityMatcher) -> None:
    # a reader joins a long source line to the title below it: the outlet's name ends at its first outlet word
    got = insts(matcher, "编辑:某某 2020-01-02 10:00内容来源:东湖网东湖区第一届人民代表大会第二次会议开幕。")
    assert got == [("东湖网", "东湖网")]


def test_a_committees_report_in_a_list_of_papers_names_the_document(matcher: ZhEntityMatcher) -> None:
    text = "3.《2031年某某(修訂)條例草案》委員會報告\n(由法案委員會主席某某議員提交)\n"
    assert not any(s.endswith("委員會") for s, _ in insts(matcher, text, "hk"))
    assert insts(matcher, "《2031年某某(修訂)條例草案》委員會今日開會。", "hk") != []
