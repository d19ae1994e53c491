"""towns_zh (issue 14, session 25): a town's short form after a compass word and a verb of bordering (西连某某) or
before 接壤 / 交界 names the neighbouring town of the named county, as in a yearbook's profile. Made-up sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, "cn") if lab == "PLACE"]


def test_a_short_form_after_a_verb_of_bordering_is_the_town(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "博罗县罗阳街道地处县城，西连园洲，北靠龙华，交通便利。")
    assert ("园洲", "园洲镇") in got and ("龙华", "龙华镇") in got


def test_a_short_form_before_jierang_is_the_town(matcher: ZhEntityMatcher) -> None:
    assert ("园洲", "园洲镇") in places(matcher, "博罗县罗阳街道与园洲接壤。")


def test_a_short_form_elsewhere_still_needs_its_evidence(matcher: ZhEntityMatcher) -> None:
    assert not any(s == "园洲" for s, _ in places(matcher, "博罗县推进园洲建设。"))
    assert not any(s == "园洲" for s, _ in places(matcher, "东莞市西连园洲。"))  # no county holding such a town named


def test_a_sea_or_river_a_county_faces_is_no_town(matcher: ZhEntityMatcher) -> None:
    # review-revzh M4: 启东市 has a 东海镇 and 章丘区 a 黄河镇, but 临 is said of the waters a place faces, and a
    # short form ending in a water or landform character next to a verb of bordering is the water, not the town
    assert not any(c == "东海镇" for _, c in places(matcher, "启东市三面环水，东临东海，南依长江。"))
    assert not any(c == "黄河镇" for _, c in places(matcher, "章丘区北临黄河，南依泰山。"))
    assert not any(c == "黄河镇" for _, c in places(matcher, "章丘区东与黄河相连。"))
