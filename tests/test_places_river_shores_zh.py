"""water_zh data (issue 14, session 26): a river is named by its shore and its source right after it (某江河畔,
某河畔, 某江发源于, 某江源头), as by a bank; a verb before the name opens none. Made-up sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_a_river_before_its_shore_is_read(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "住在浔溪江河畔的人家早出晚归。")
    assert "浔溪江" in got and "浔溪江河" not in got


def test_a_river_before_its_source_is_read(matcher: ZhEntityMatcher) -> None:
    assert "濛洄河" in places(matcher, "濛洄河发源于北面群山之中。")
    assert places(matcher, "立足濛洄河源头，发展生态旅游。") == ["濛洄河"]


def test_source_words_without_a_river_name_none(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "这种风俗发源于民间，文化源头在乡土。") == []


def test_a_river_word_after_a_list_mark_is_no_river(matcher: ZhEntityMatcher) -> None:
    # 河道 ('the river channel') after a comma in a clause naming rivers: no river 保障河
    assert places(matcher, "加强韩江、北江沿岸管理,保障河道行洪安全。") == ["韩江", "北江"]


def test_a_generic_water_before_its_shore_is_no_river(matcher: ZhEntityMatcher) -> None:
    # review revzh M6: a stream, a moat, the 'mother river' and a body holding a particle name no river
    assert places(matcher, "居民在小河畔开辟了菜园。") == []
    assert places(matcher, "市民漫步护城河畔，人们在母亲河畔载歌载舞。") == []
    assert places(matcher, "我们来到清清的河畔，傍晚人们沿着河畔走。") == []
    assert places(matcher, "游客漫步濛洄河畔，欣赏风光。") == ["濛洄河"]
