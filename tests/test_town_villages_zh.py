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


def test_a_kind_of_village_after_the_town_is_no_village(matcher: ZhEntityMatcher) -> None:
    # review revzh M7 (session 28, mendza): the town's poor, model, urban or 'new countryside' villages are kinds
    for text, town in (("枫木镇贫困村全部脱贫。", "枫木镇"), ("枫木镇示范村创建工作有序推进。", "枫木镇"),
                       ("枫木镇城中村改造全面启动。", "枫木镇"), ("石岭镇新农村建设成效显著。", "石岭镇"),
                       ("石岭镇美丽乡村建设成效显著。", "石岭镇"), ("枫木镇空心村整治。", "枫木镇")):
        got = places(matcher, text)
        assert got == [town], (text, got)


def test_a_kind_of_community_after_the_subdistrict_is_no_community(matcher: ZhEntityMatcher) -> None:
    for text in ("枫木街道老旧社区改造完成。", "枫木街道智慧社区建设加快。"):
        got = places(matcher, text)
        assert not any(g.endswith("社区") for g in got), (text, got)


def test_a_village_named_by_an_ordinary_word_after_a_kind_check_is_still_read(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "枫木镇老屋村和石岭镇大塘村开展人居环境整治。")
    assert "老屋村" in got and "大塘村" in got


def test_a_determiner_or_a_count_after_the_town_is_no_village(matcher: ZhEntityMatcher) -> None:
    # review revzh M11 (session 28, mendza): 所有村, 部分村, 相关村, 辖区村 and 三个村, 多个社区 are no village's name
    for text in ("石岭镇所有村完成改造。", "石岭镇部分村存在短板。", "石岭镇三个村列入试点。", "石岭镇多个社区开展活动。",
                 "石岭镇两个社区获评先进。", "石岭镇相关村要落实责任。", "石岭镇辖区村完成任务。"):
        got = places(matcher, text)
        assert got == ["石岭镇"], (text, got)
