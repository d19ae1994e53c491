"""Chinese places in Hong Kong texts, session 13 (issue 14), second round: harbourfront precincts (X主題區), community
halls (X社區會堂) and heritage museums (X文物館) are named places; a time adverb (日後, 現時) or a verb of demolition
(拆卸) opens no name; a known place glued before a road's name is in the road's name (中環灣仔繞道, a bypass named by
the two places it joins), a place before a corridor it locates stays; a word in Latin letters right before a
suffix-built name is its first part (HarbourChill海濱休閒站). Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [t[0] for t in found(matcher, text) if t[1] == "PLACE"]


@pytest.mark.parametrize(("text", "name"), [
    ("市民可在活力避風塘主題區欣賞日落。", "活力避風塘主題區"),
    ("發展局將優化北角東岸公園主題區。", "北角東岸公園主題區"),
    ("居民在翠林社區會堂開會。", "翠林社區會堂"),
    ("遊客參觀東華文物館。", "東華文物館"),
])
def test_precincts_halls_and_heritage_museums_are_places(matcher: ZhEntityMatcher, text: str, name: str) -> None:
    assert name in places(matcher, text)


@pytest.mark.parametrize(("text", "name"), [
    ("日後警署將改建為旅舍。", None),  # 'the station will later be …': no name
    ("這座大樓,即是現時東華文物館。", "東華文物館"),
    ("當年拆卸天星碼頭引起爭議。", "天星碼頭"),
])
def test_a_time_adverb_or_a_verb_opens_no_name(matcher: ZhEntityMatcher, text: str, name: str | None) -> None:
    assert places(matcher, text) == ([name] if name else [])


def test_places_glued_before_a_road_are_in_its_name(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "政府興建中環灣仔繞道,紓緩交通。") == []
    assert places(matcher, "從中區駕車前往北角東區走廊。")[-1] == "北角"  # the corridor at North Point



def test_a_latin_word_before_a_kind_opens_the_name(matcher: ZhEntityMatcher) -> None:
    assert "SkyWalk海濱休閒站" in places(matcher, "市民可在SkyWalk海濱休閒站旁邊觀賞煙花。")
