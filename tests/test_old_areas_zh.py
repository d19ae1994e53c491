"""entities_zh (issue 14, session 27, zhplhk): a market town's old area (某墟舊區) ends a named place; after a known
place 舊區 locates a part of it, an alias of that place (深水埗舊區 → 深水埗, DECISIONS 24); old areas named by common
words only are kinds (made-up sentences)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, "hk") if lab == "PLACE"]


def test_old_area_of_a_market_town(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "議員討論了重新規劃新墟舊區。") == [("新墟舊區", "新墟舊區")]


def test_old_area_of_a_known_place_is_its_alias(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "市建局會重建深水埗舊區。") == [("深水埗舊區", "Sham Shui Po")]


def test_common_word_old_areas_are_kinds(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "政府會活化城市舊區及市區舊區。") == []
    assert places(matcher, "重建舊區是當務之急。") == []
