"""counted_lists_zh (issue 14, session 28): villages, communities and towns a local text lists by short name before
their count and kind anywhere in a clause (甲、乙4村, 甲、乙等2个社区), or in a bracket after the count and kind
(5个社区居委会(甲、乙…戊社区居委会)): places where the count equals the number of items. Made-up sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_a_list_before_a_count_without_classifier_is_read(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "今年完成改厕120户，石桥、枫林、上坪3村实现污水集中处理。")
    assert {"石桥", "枫林", "上坪"} <= set(got)


def test_a_list_after_a_clause_verb_starts_after_the_verb(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "镇领导走访石桥、枫林等2个村。")
    assert {"石桥", "枫林"} <= set(got) and not any(g.startswith("走访") for g in got)


def test_a_list_whose_last_item_follows_he_is_read(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "今年，石桥、枫林和上坪3个行政村通了公交。")
    assert {"石桥", "枫林", "上坪"} <= set(got)


def test_a_list_whose_count_disagrees_is_not_read(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "今年，石桥、枫林5村通了公交。")
    assert "石桥" not in got and "枫林" not in got


def test_a_list_of_common_words_is_not_read(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "今年，建设、管理2个村级项目顺利完成，发展、改革2个社区工作站揭牌。")
    assert not {"建设", "管理", "发展", "改革"} & set(got)


def test_a_count_of_villagers_groups_is_no_count_of_villages(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "今年，石桥、枫林2个村民小组完成改造。")
    assert "石桥" not in got and "枫林" not in got


def test_a_scope_word_before_the_list_stops_the_first_item(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "全镇石桥、枫林2村已完成。")
    assert "全镇石桥" not in got


def test_a_bracket_after_a_count_and_kind_is_read(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "街道下辖4个社区居委会(石桥、枫林花园、上坪、金沙社区居委会)，总人口3万人。")
    assert {"石桥", "枫林花园", "上坪", "金沙社区"} <= set(got)


def test_a_bracket_whose_count_disagrees_is_not_read(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "街道设有6个社区(石桥、上坪、金沙社区)。")
    assert "石桥" not in got and "上坪" not in got


def test_a_bracket_of_no_settlement_kind_is_not_read(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "公司设有3个部门(石桥、上坪、金沙)。")
    assert not {"石桥", "上坪", "金沙"} & set(got)


def canonicals(matcher: ZhEntityMatcher, text: str) -> dict[str, str]:
    return {s: c for s, lab, c in found(matcher, text, "cn") if lab == "PLACE"}


def test_an_opener_is_no_part_of_the_first_item(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "该镇辖石桥、枫林、上坪3村，另有居民区2个。")
    assert "石桥" in got and not any(g.startswith("辖") for g in got)


def test_a_counted_item_is_named_as_a_village_not_a_town(matcher: ZhEntityMatcher) -> None:
    got = canonicals(matcher, "信息来源:平远县石桥镇。今年，枫林、石桥2村完成改厕。")
    assert got.get("石桥") == "石桥村" and got.get("枫林") == "枫林村"


def test_items_before_deng_and_a_village_word_are_named_as_villages(matcher: ZhEntityMatcher) -> None:
    got = canonicals(matcher, "镇里有石桥、枫林2个村。石桥、枫林等村为革命老区村。")
    assert got.get("石桥") == "石桥村"


def test_village_industrial_zones_counted_after_an_earlier_list_are_read(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "街道建有甲园区、乙园区2个大型工业园区及石桥、枫林、上坪3个村级工业区。")
    assert {"石桥", "枫林", "上坪"} <= set(got)


def test_a_list_whose_middle_item_is_a_clause_is_not_read(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "今年完成石桥、枫林建设任务和上坪3个村。")
    assert "上坪" not in got


def mentions(matcher: ZhEntityMatcher, text: str) -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, "cn") if lab == "PLACE"]


def test_a_kind_opening_a_longer_noun_counts_no_settlements(matcher: ZhEntityMatcher) -> None:
    # review revzh M1 (session 28, mendza): 2个社区卫生服务中心 counts health centres, 2个村党支部 party branches
    assert mentions(matcher, "完成农村、城镇2个社区卫生服务中心建设。") == []
    got = mentions(matcher, "今年，石桥、枫林2个村党支部完成换届。")
    assert not any(c.endswith("村") for _, c in got), got


def test_a_list_half_of_common_words_names_no_villages(matcher: ZhEntityMatcher) -> None:
    # review revzh M1/M8: kinds of village (贫困、低收入、边远) or of honour (文明、卫生) are named as no village
    assert mentions(matcher, "整治内涝、积水2个社区。") == []
    for text in ("全镇有贫困、低收入、边远3个村纳入帮扶。", "组织文明、卫生2个村评比。"):
        got = mentions(matcher, text)
        assert not any(c.endswith("村") for _, c in got), (text, got)


def test_a_list_opened_by_a_works_verb_starts_after_it(matcher: ZhEntityMatcher) -> None:
    # review revzh M8 (session 28, mendza): 建设 / 整治 / 组织 (no generated clause verbs) are the clause's verb
    got = mentions(matcher, "重点建设石桥、枫林2个社区。")
    assert ("石桥", "石桥社区") in got and not any(s.startswith("建设") for s, _ in got), got


def test_an_ordinal_list_names_no_settlements(matcher: ZhEntityMatcher) -> None:
    # review revzh M8: 第一、第二2个社区: ordinals, no names
    assert mentions(matcher, "建设第一、第二2个社区。") == []
