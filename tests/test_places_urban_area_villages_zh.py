"""city_areas_zh (issue 14, session 25): a village written after a city's urban area (某市区某村) is the village, the
city a place of its own; the unknown name built from 区 on is cut. Made-up sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, "cn") if lab == "PLACE"]


def test_a_village_after_a_citys_urban_area_is_the_village(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "其后人迁居汕头市区新溪村，繁衍至今。")
    assert ("新溪村", "新溪村") in got and any(c == "Shantou" for _, c in got)
    assert not any(s.startswith("区") for s, _ in got)


def test_a_body_after_the_urban_area_is_not_cut(matcher: ZhEntityMatcher) -> None:
    assert not any(s.startswith("区") and s.endswith("村") for s, _ in places(matcher, "汕头市区政府部署工作。"))
