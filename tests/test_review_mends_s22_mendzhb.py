"""Review mends (session 22, mendzhb; review revzh M4, M5, M6, M8): rules that fired too widely. Bodies listed before
one report word must each be a mention (县委和县政府高度重视…工作报告: 县委 acts); a government before 百强县 is no
ranking's issuer (县政府全力冲刺全国百强县); 各市直部门 / 各市属国企 are the city's own departments, not every city (市政府
acts); a Mainland 驻沪办 / 驻粤办 is a province's or city's own office, not the HK one. Made-up sentences; each fails on
0017bda."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def insts(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> list[str]:
    return [s for s, lab, _ in found(matcher, text, loc) if lab == "INSTITUTION"]


@pytest.mark.parametrize("text", ["县委和县政府高度重视落实政府工作报告。", "市委及市政府认真研究部署落实市人大工作报告。"])
def test_a_body_acting_before_a_later_report_word_stays(matcher: ZhEntityMatcher, text: str) -> None:
    assert [s for s in insts(matcher, text) if s in ("县委", "市委")]


def test_listed_report_authors_still_give_no_row(matcher: ZhEntityMatcher) -> None:
    assert [s for s in insts(matcher, "会议听取县政府、县人大和县人民法院等工作报告。") if s.endswith(("人大", "法院"))] == []


@pytest.mark.parametrize("text,body", [("县政府全力冲刺全国百强县。", "县政府"), ("县政府带领全县人民争创全国百强县。", "县政府"),
                                       ("某县人大支持全县力争全国百强县。", "县人大")])
def test_a_government_before_a_ranking_of_counties_stays(matcher: ZhEntityMatcher, text: str, body: str) -> None:
    assert body in insts(matcher, text)


def test_a_research_institute_opening_a_ranking_stays_its_issuer(matcher: ZhEntityMatcher) -> None:
    assert "浙江大学" not in insts(matcher, "某县入选浙江大学“两山”发展百强县。")


@pytest.mark.parametrize("text,body", [("各市直部门要加强协调，市政府将定期督查落实情况。", "市政府"),
                                       ("各市属国企要带头落实，市政府加强督导。", "市政府"),
                                       ("各区直单位积极参与，区政府统筹推进。", "区政府")])
def test_city_departments_are_no_every_city(matcher: ZhEntityMatcher, text: str, body: str) -> None:
    assert body in insts(matcher, text)


def bodies(matcher: ZhEntityMatcher, text: str, loc: str) -> list[tuple[str, str]]:
    return [(s, name) for s, lab, name in found(matcher, text, loc) if lab == "INSTITUTION"]


SHETO = "Economic and Trade Office of the Government of the Hong Kong Special Administrative Region in Shanghai"


@pytest.mark.parametrize("text", ["发挥省驻京办、驻沪办等窗口作用，加强招商引资。", "各地驻粤办积极服务来粤投资企业。",
                                  "市驻成都办和驻武汉办加强联络。"])
def test_a_mainland_office_written_short_is_no_hk_office(matcher: ZhEntityMatcher, text: str) -> None:
    assert [b for b in bodies(matcher, text, "cn") if "Hong Kong" in b[1]] == []


def test_the_hk_offices_written_short_in_a_hk_text_stay(matcher: ZhEntityMatcher) -> None:
    assert ("駐滬辦", SHETO) in bodies(matcher, "駐京辦和駐滬辦會加強聯繫。", "hk")
    assert ("驻上海经济贸易办事处", SHETO) in bodies(matcher, "驻上海经济贸易办事处举办活动。", "cn")


def test_a_ranking_named_by_competitiveness_keeps_its_issuer(matcher: ZhEntityMatcher) -> None:
    assert "浙江大学" not in insts(matcher, "某县入选浙江大学县域竞争力百强县。")
