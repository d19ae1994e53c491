"""town_villages_zh (issue 14, session 28): a village or community written right after its town (某镇新屋村) is a
place even where its name is an ordinary word; not where a verb, a preposition or a body's word stands there.
Made-up sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_a_village_with_an_ordinary_word_after_its_town_is_read(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "考察组来到枫木镇新屋村，参观了荔枝园。")
    assert "枫木镇" in got and "新屋村" in got


def test_a_community_after_its_subdistrict_is_read(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "枫木街道老屋社区获评文明社区。")
    assert "老屋社区" in got


def test_a_works_verb_after_the_town_is_no_village(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "枫木镇新建村道5公里。")
    assert not any(g.startswith("新建") for g in got)


def test_a_preposition_after_the_town_is_no_village(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "枫木镇在新屋村举行活动。")
    assert "在新屋村" not in got


def test_a_village_level_word_after_the_town_is_no_village(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "枫木镇老屋村民小组和枫木镇老屋村级组织完成换届。")
    assert "老屋村" not in got


def test_a_hamlet_after_its_village_is_read(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "记者走进枫木镇石桥村岜岭屯，看到村道干净整洁。")
    assert "岜岭屯" in got


def test_every_hamlet_of_a_village_is_no_hamlet(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "石桥村所有屯都通了水泥路。")
    assert not any(g.endswith("屯") for g in got)
