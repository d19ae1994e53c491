"""town_addresses_zh (issue 14, session 25): a subdistrict's office written before a village is an address — the
subdistrict and the village are places, the office no body there. Made-up sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def labels(matcher: ZhEntityMatcher, text: str) -> list[tuple[str, str, str]]:
    return found(matcher, text, "cn")


def test_an_office_before_a_village_is_the_subdistrict_and_the_village(matcher: ZhEntityMatcher) -> None:
    got = labels(matcher, "博罗县获评示范村的有:罗阳街道办事处东岭村、石湾镇白沙村。")
    assert ("罗阳街道办事处", "PLACE", "罗阳街道") in got and ("东岭村", "PLACE", "东岭村") in got
    assert not any(lab == "INSTITUTION" and "罗阳" in s for s, lab, _ in got)


def test_an_office_that_acts_stays_the_body(matcher: ZhEntityMatcher) -> None:
    got = labels(matcher, "博罗县罗阳街道办事处组织村民开展清洁行动。")
    assert any(lab == "INSTITUTION" and s.endswith("罗阳街道办事处") for s, lab, _ in got)
    got = labels(matcher, "罗阳街道办事处村民委员会换届。")
    assert not any(s == "罗阳街道办事处" and lab == "PLACE" for s, lab, _ in got)
