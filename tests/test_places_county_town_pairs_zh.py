"""county_town_pairs_zh (issue 14, session 26): a county's short form glued to the short form of one of its own
towns (某县某镇 written 鹤山古劳) is the county and the town; a county + an ordinary word is not. Made-up sentences
(real county and town names, as the township data must list the pair)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, "cn") if lab == "PLACE"]


def test_listed_county_town_pairs_are_two_places_each(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "周末可以去鹤山古劳、开平赤坎和阳山黄坌。")
    assert ("古劳", "古劳镇") in got and ("赤坎", "赤坎镇") in got and ("黄坌", "黄坌镇") in got
    assert {c for _, c in got} >= {"Heshan", "Kaiping", "Yangshan County"}


def test_a_county_short_form_read_by_its_full_name(matcher: ZhEntityMatcher) -> None:
    assert ("大良", "大良街道") in places(matcher, "顺德大良、南海九江各有特色。")


def test_a_county_and_an_ordinary_word_is_no_pair(matcher: ZhEntityMatcher) -> None:
    assert not any(c.endswith(("镇", "街道")) for _, c in places(matcher, "鹤山东部、开平发展较快。"))
