"""entities_zh (issue 14, session 27, zhplhk): several planning-area numbers that share one 第 and one 區 after a Hong
Kong place (某某第十六、十七、二十八區, 某某第16及17區: Areas 16, 17 and 28) are one numbered-area span of that place,
as 屯門第54區 is (an alias of the town, DECISIONS 24), never a place named by the first number alone; 區議會 after
the number still starts another word (made-up sentences)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, "hk") if lab == "PLACE"]


def test_a_list_of_area_numbers_is_one_span(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "當局要求在屯門第五十四區興建停車場，以及因應屯門第十六、十七、二十八區等地的發展改善道路。") == [
        ("屯門第五十四區", "Tuen Mun"), ("屯門第十六、十七、二十八區", "Tuen Mun")]
    assert places(matcher, "政府會在將軍澳第132及137區興建房屋。") == [("將軍澳第132及137區", "Tseung Kwan O")]


def test_a_council_after_the_place_is_no_area(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "將軍澳區議會討論了交通問題。") == []
