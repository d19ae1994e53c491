"""entities_zh (gazetteer aliases, references_zh.relative): bodies a text writes without their full name — Hong Kong's
departments of the Secretaries (政務司, 財政司: the gazetteer's …司司長辦公室) and a local federation of industry and
commerce written without its level (各民主党派、工商联: the home division's). Made-up sentences; each states the rule."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def institutions(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, loc) if lab == "INSTITUTION"]


@pytest.mark.parametrize("text", ["特區政府下設政務司、財政司和律政司。", "特区政府下设政务司、财政司和律政司。"])
def test_the_secretaries_departments_written_alone_are_their_offices(matcher: ZhEntityMatcher, text: str) -> None:
    assert [c for _, c in institutions(matcher, text, "hk")][1:] == [
        "Chief Secretary for Administration's Office", "Financial Secretary's Office", "Department of Justice"]


@pytest.mark.parametrize("text", ["政務司司長今日出席活動。", "财政司司长发表预算案。", "財政司副司長表示。"])
def test_a_secretary_s_title_is_a_post(matcher: ZhEntityMatcher, text: str) -> None:
    assert institutions(matcher, text, "hk") == []


def test_a_bare_federation_in_a_city_text_is_the_city_s(matcher: ZhEntityMatcher) -> None:
    text = "江门市召开大会。市委向各民主党派、工商联和各人民团体表示感谢。江门市经济稳步发展。"
    assert ("工商联", "江门市工商业联合会") in institutions(matcher, text)


def test_a_bare_federation_in_a_provincial_report_is_the_province_s(matcher: ZhEntityMatcher) -> None:
    text = "湖南省经济稳定。湖南省支持长沙市发展。我们加强同各民主党派、工商联的合作。湖南省民营经济壮大。"
    assert ("工商联", "湖南省工商业联合会") in institutions(matcher, text)


def test_a_bare_federation_with_no_division_named_is_listed_as_written(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "各民主党派、工商联和无党派人士参加协商。") == [("工商联", "工商联")]


def test_the_national_and_a_named_city_s_federation_keep_their_own_names(matcher: ZhEntityMatcher) -> None:
    text = "江门市召开大会。全国工商联发布报告,珠海市工商联举办论坛。"
    got = institutions(matcher, text)
    assert ("全国工商联", "All-China Federation of Industry and Commerce") in got
    assert ("珠海市工商联", "珠海市工商业联合会") in got
    assert institutions(matcher, "江门市加强粤港工商联系,促进工商联络。") == []  # links of commerce: no body


@pytest.mark.parametrize(("text", "name", "canonical"), [
    ("江门新闻网讯 江门市新闻传媒中心记者报道:市政府召开会议。", "江门市新闻传媒中心", "江门市新闻传媒中心"),
    ("江门新闻网讯江门市新闻传媒中心记者报道:市政府召开会议。", "江门市新闻传媒中心", "江门市新闻传媒中心"),
    ("据南海区融媒体中心消息,区政府召开会议。", "南海区融媒体中心", "南海区融媒体中心"),
    ("江门市召开会议。市融媒体中心记者报道。", "市融媒体中心", "江门市融媒体中心")])
def test_a_city_s_media_centre_starts_at_the_city(matcher: ZhEntityMatcher, text: str, name: str, canonical: str) -> None:
    # a dateline's site glued to the centre (…网讯江门市…) stays out of its name
    assert (name, canonical) in institutions(matcher, text)


def test_media_centres_of_every_county_are_a_kind(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "全省推进各县融媒体中心建设。") == []


@pytest.mark.parametrize(("text", "canonical"), [
    ("据澎湃新闻报道,市场回暖。", "The Paper"), ("新京报记者走访了多家企业。", "The Beijing News"),
    ("政府今日公布措施。明報記者其後查詢。", "Ming Pao"), ("據香港有線電視報道,交通受阻。", "i-CABLE Communications")])
def test_major_news_outlets_are_bodies(matcher: ZhEntityMatcher, text: str, canonical: str) -> None:
    assert canonical in [c for _, c in institutions(matcher, text, "hk" if "據" in text or "報" in text else "cn")]


def test_outlet_names_inside_common_words_are_no_bodies(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "他說明報告的內容,推動南方网络建设,有线电视网络覆盖全省。", "hk") == []


@pytest.mark.parametrize("text", ["深入贯彻中央经济工作会议精神。", "建设中央商务区。"])
def test_the_centre_inside_an_event_name_or_as_an_adjective_gives_no_row(matcher: ZhEntityMatcher, text: str) -> None:
    assert institutions(matcher, text) == []  # DECISIONS 27: a premodifier inside an event name is no mention


@pytest.mark.parametrize("text", ["全面落实中央和省的决策部署。", "落实中央、省决策部署。", "执行中央宏观调控政策。"])
def test_the_centre_sharing_or_owning_decisions_is_the_party_centre_in_a_mainland_text(
        matcher: ZhEntityMatcher, text: str) -> None:
    # what the centre decides or shares with another level mentions it (lead, session 11, 21:28)
    assert institutions(matcher, text) == [("中央", "Central Committee of the Communist Party of China")]


def test_the_centre_acting_is_the_party_centre_in_a_mainland_text(matcher: ZhEntityMatcher) -> None:
    got = institutions(matcher, "党中央高度重视。中央决定设立经济特区。")
    assert got == [("党中央", "Central Committee of the Communist Party of China"),
                   ("中央", "Central Committee of the Communist Party of China")]  # one body, one row


def test_the_centre_acting_is_the_central_people_s_government_in_a_hong_kong_text(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "中央支持香港發展。", "hk") == [("中央", "Central People's Government")]
