"""entities_zh (members_zh, context_zh, departments_zh): a member's title names no committee, a committee written
with its term, a city's court and procuratorate written by level only (made-up sentences; each states the general
rule it tests)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def institutions(matcher: ZhEntityMatcher, text: str) -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, "cn") if lab == "INSTITUTION"]


@pytest.mark.parametrize(("text", "expected"), [
    ("曲靖市市长 李某：我代表市人民政府，向大会报告工作，请予审议，并请各位政协委员提出意见。",
     [("市人民政府", "曲靖市人民政府")]),
    ("湖南省省长 李某：我代表省人民政府向大会报告工作，并请政协各位委员和其他列席人员提出意见。",
     [("省人民政府", "湖南省人民政府")]),
])
def test_the_members_a_government_report_greets_name_no_committee(
        matcher: ZhEntityMatcher, text: str, expected: list[tuple[str, str]]) -> None:
    # a member's title names the person's office, as a post's title does (發展局局長 gives no 發展局 in
    # devset-real-zh): 各位政协委员 in a report's greeting is no mention of the CPPCC committee (the lead's brief,
    # session 10; the session-9 forecast gold)
    assert institutions(matcher, text) == expected


def test_members_with_no_reporting_government_name_no_committee(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "曲靖市举行座谈会，各位政协委员参加。") == []


def test_a_member_title_with_its_level_names_no_body(matcher: ZhEntityMatcher) -> None:
    got = institutions(matcher, "我代表市人民政府报告工作。全国政协委员王某和市政协委员李某参加，曲靖市发展。")
    assert [s for s, _ in got] == ["市人民政府"]
    # 全国人大代表, 立法會議員: deputies and legislators too; 代表 after a government is the verb (it acts)
    assert institutions(matcher, "全国人大代表李某、省人大代表王某出席。") == []
    assert [s for s, _ in institutions(matcher, "市政府代表全市签署协议。")] == ["市政府"]


@pytest.mark.parametrize(("text", "expected"), [
    ("李某代表政协第十二届曲靖市委员会常务委员会向大会报告工作。",
     [("政协第十二届曲靖市委员会常务委员会", "政协曲靖市委员会常务委员会")]),
    ("中国人民政治协商会议第九届湖南省委员会今天闭幕。", [("中国人民政治协商会议第九届湖南省委员会", "政协湖南省委员会")]),
])
def test_a_cppcc_committee_written_with_its_term_is_the_divisions_committee(
        matcher: ZhEntityMatcher, text: str, expected: list[tuple[str, str]]) -> None:
    assert institutions(matcher, text) == expected
    assert not [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]  # the place inside is no mention


def test_a_committee_before_a_sitting_names_the_session(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "政协第十二届曲靖市委员会第三次会议在曲靖开幕。") == []


def test_a_citys_court_and_procuratorate_by_level_are_its_own_in_a_list_too(matcher: ZhEntityMatcher) -> None:
    # 市法院 of a prefecture-level city is its intermediate people's court; a name written the same way twice in a
    # document names one body, so the list items take the body their later namesakes resolve to
    got = institutions(matcher, "曲靖市人民代表大会开幕。市委、市法院、市检察院、玉溪铁路运输法院负责同志出席。"
                                "市法院原院长张某、市检察院原检察长王某列席。")
    assert [c for s, c in got if s == "市法院"] == ["曲靖市中级人民法院", "曲靖市中级人民法院"]
    assert [c for s, c in got if s == "市检察院"] == ["曲靖市人民检察院", "曲靖市人民检察院"]


@pytest.mark.parametrize(("text", "surface"), [
    ("行政長官:多謝主席。這些措施是本議會多年來都希望可以看到的,特區政府會落實。", "本議會"),
    ("主席,本會議員關注香港的房屋問題,特區政府會回應。", "本會"),
])
def test_this_council_and_its_members_in_a_hong_kong_text_are_the_legislative_council(
        matcher: ZhEntityMatcher, text: str, surface: str) -> None:
    assert (surface, "INSTITUTION", "Legislative Council") in found(matcher, text)


def test_an_associations_own_members_name_no_council(matcher: ZhEntityMatcher) -> None:
    assert [s for s, lab, _ in found(matcher, "本會會員大會今天舉行,香港的會員出席。") if lab == "INSTITUTION"] == []


def test_members_of_an_unnamed_home_division_are_the_committee_written_by_level(matcher: ZhEntityMatcher) -> None:
    # the report never names its own city: the greeting's 政协 and the later 市政协 are one body, named as written
    got = institutions(matcher, "我代表市政府向大会报告工作,请各位政协委员提出意见。在市委领导下,在市政协监督下。")
    assert {c for s, c in got if s in ("政协", "市政协")} == {"市政协"}


@pytest.mark.parametrize("text", ["去年中央先后印发两份文件,支持湖南发展。", "中央相继出台多项措施。", "中央印发《某某规划纲要》。"])
def test_the_centre_issuing_documents_is_the_central_authorities(matcher: ZhEntityMatcher, text: str) -> None:
    # in a Mainland text the centre acting is the Party Centre, one body with 党中央 (lead's ruling, session 11)
    assert ("中央", "Central Committee of the Communist Party of China") in institutions(matcher, text)


def test_members_in_a_committees_own_report_name_no_second_body(matcher: ZhEntityMatcher) -> None:
    got = institutions(matcher, "我代表政协第十二届曲靖市委员会常务委员会向大会报告工作。李某委员提出政协委员要多调研。")
    assert got == [("政协第十二届曲靖市委员会常务委员会", "政协曲靖市委员会常务委员会")]


def test_the_reporting_government_written_with_its_division_is_the_only_body(matcher: ZhEntityMatcher) -> None:
    got = institutions(matcher, "我代表曲靖市人民政府向大会作工作报告,请予审议,并请各位政协委员提出意见。")
    assert [s for s, _ in got] == ["曲靖市人民政府"]


def test_the_executive_councils_short_form_is_hong_kongs_only(matcher: ZhEntityMatcher) -> None:
    assert ("行會", "INSTITUTION", "Executive Council") in found(matcher, "行會全體非官守議員支持特區政府的預算案。", "hk")
    assert not [s for s, lab, _ in found(matcher, "该市成立了丝绸行会,会员达百家。", "cn") if lab == "INSTITUTION"]


def test_the_centre_proposing_is_the_central_authorities_but_centrally_owned_is_an_adjective(
        matcher: ZhEntityMatcher) -> None:
    assert "中央" in [s for s, _ in institutions(matcher, "香港會把握中央所提出的新機遇。")]
    assert not [s for s, _ in institutions(matcher, "中央所属企业在湖南投资。") if s == "中央"]
