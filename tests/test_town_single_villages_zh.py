"""town_villages_zh single_villages (issue 14, session 29): a village of one character + 村 written right after its
town (某镇蔡村) is the town's village, a place; a determiner, numeral, compass word or kind word there (某镇各村,
一村一品, 某镇北村) names none. Made-up sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_a_one_character_village_after_its_town(matcher: ZhEntityMatcher) -> None:
    assert "潘村" in places(matcher, "记者来到宾阳县新桥镇潘村，看到新修的村道。")
    assert "冯村" in places(matcher, "花都区的狮岭镇冯村纳入改造。")


def test_traditional_text_too(matcher: ZhEntityMatcher) -> None:
    assert "潘村" in places(matcher, "記者來到賓陽縣新橋鎮潘村，看到新修的村道。")


def test_determiners_numerals_and_kinds_name_no_village(matcher: ZhEntityMatcher) -> None:
    for text in ("宾阳县新桥镇各村都建了文化室。", "宾阳县新桥镇一村一品成效明显。", "宾阳县新桥镇北村片区改造。",
                 "宾阳县新桥镇村干部参加培训。"):
        got = places(matcher, text)
        assert not any(len(g) == 2 and g.endswith("村") for g in got), (text, got)
