"""Chinese places, session 24 (issue 14): a country or SAR right before one of its own public bodies is part of that
body's name (某国全国人大常委会, 香港政府统计处), a numeral with its classifier opens no bracketed site's name (展示了一张
某区(某市)基地), 区 + 域/块/间 ends no name (战略发展区域), and a zone or town before its Party or management committee's
head (某工业园区党委书记) names the head, no place. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> list[str]:
    return [t[0] for t in found(matcher, text, loc) if t[1] == "PLACE"]


def bodies(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> list[str]:
    return [t[0] for t in found(matcher, text, loc) if t[1] == "INSTITUTION"]


@pytest.mark.parametrize(("text", "loc"), [
    ("特區政府會按照中國全國人大常委會的決定辦事。", "hk"),
    ("据报道，香港政府统计处今日公布最新数字。", "hk"),
    ("行政长官今日在特区立法会发言。", "hk"),
    ("香港金管局表示会密切留意市场。", "hk"),
])
def test_a_country_or_sar_before_its_own_public_body_is_part_of_the_name(matcher: ZhEntityMatcher, text: str,
                                                                         loc: str) -> None:
    assert places(matcher, text, loc) == []
    assert bodies(matcher, text, loc)


@pytest.mark.parametrize(("text", "place"), [
    ("新加坡丰益国际等企业入驻园区。", "新加坡"),  # a company of another country keeps the place
    ("香港中文大学今年扩大招生。", "香港"),  # a university is no public body of the SAR (its name holds 香港 anyway)
])
def test_a_place_before_a_body_that_is_no_public_body_of_it_stays(matcher: ZhEntityMatcher, text: str,
                                                                 place: str) -> None:
    assert place in places(matcher, text) or place in "".join(bodies(matcher, text))


def test_a_numeral_and_classifier_open_no_bracketed_site_name(matcher: ZhEntityMatcher) -> None:
    text = "市长展示了一张大湾区(江门)现代渔业基地的照片。"
    assert "大湾区(江门)现代渔业基地" in places(matcher, text)
    assert not any(p.startswith("一张") for p in places(matcher, text))


def test_qu_and_yu_make_the_word_quyu_no_zone_name(matcher: ZhEntityMatcher) -> None:
    assert not any(p.endswith("发展区") for p in places(matcher, "北部是全市的战略发展区域，潜力巨大。"))


def test_a_park_before_its_party_committee_secretary_is_no_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "大会由县委书记、华美工业园区党委书记陈某主持。") == []
    assert places(matcher, "城北工业园区党委书记王某表示，将推进城北工业园区扩容。") == ["城北工业园区"]
