"""gazetteer_zh_aliases (issue 14, session 29, zhplhk): Hong Kong islands and coastal places the GeoNames extract lacks
(Lands Department place names) are places, and an island whose name opens with a Mainland district's short name
(鹽田仔 after Shenzhen's 鹽田) is the island, not the district; the district still reads where it is written alone.
Made-up sentences."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str, loc: str = "hk") -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, loc) if lab == "PLACE"]


@pytest.mark.parametrize("text, surface, canonical", [
    ("遊客可乘街渡到鹽田仔參觀小教堂。", "鹽田仔", "Yim Tin Tsai"),
    ("游客可乘街渡到盐田仔参观小教堂。", "盐田仔", "Yim Tin Tsai"),
    ("高爾夫球場位於滘西洲。", "滘西洲", "Kau Sai Chau"),
    ("赤洲的紅色岩石吸引不少遊人。", "赤洲", "Port Island"),
    ("保育人士關注大鴉洲一帶的海豚。", "大鴉洲", "Tai A Chau"),
    ("行山人士由浪茄出發。", "浪茄", "Long Ke"),
    ("南丫島的玉桂山景色開揚。", "玉桂山", "Mount Stenhouse"),
])
def test_a_hong_kong_island_is_read(matcher: ZhEntityMatcher, text: str, surface: str, canonical: str) -> None:
    assert (surface, canonical) in places(matcher, text)


def test_the_island_is_no_mainland_district(matcher: ZhEntityMatcher) -> None:
    assert not any(c == "Yantian District" for _, c in places(matcher, "遊客可乘街渡到鹽田仔參觀小教堂。"))


def test_the_mainland_district_still_reads_alone(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "深圳市盐田区的港口吞吐量增长，盐田的物流业也在发展。", "cn")
    assert ("盐田", "Yantian District") in got
