"""entities_zh: where a name ends — a congress's committees opened by a determiner (有关专门委员会: a kind, no name), a
complete name before a verb of entering a rank (进入, 迈入), and 构建 ('build') opening a development goal, no name body
(made-up sentences; each states the general rule it tests)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def insts(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, loc) if lab == "INSTITUTION"]


def test_a_determiner_opens_no_congress_committees_name(matcher: ZhEntityMatcher) -> None:
    # 全国政协有关专门委员会负责同志: 'the relevant special committees' of the CPPCC, the body named, no committee's name
    got = insts(matcher, "全国人大、全国政协有关专门委员会负责同志出席会议。")
    assert [s for s, _ in got] == ["全国人大", "全国政协"]
    assert [s for s, _ in insts(matcher, "省人大各专门委员会分别审议议案。")] == ["省人大"]
    # a committee's own name still makes the committee (省人大财政经济委员会)
    assert [s for s, _ in insts(matcher, "省人大财政经济委员会审议预算草案。")] == ["省人大财政经济委员会"]


def test_a_complete_name_ends_before_a_verb_of_entering_a_rank(matcher: ZhEntityMatcher) -> None:
    got = insts(matcher, "华南理工大学进入一流大学建设行列。")
    assert got == [("华南理工大学", "South China University of Technology")]
    assert [s for s, _ in insts(matcher, "深圳大学迈入全国高校前列。")] == ["深圳大学"]


def test_build_opens_a_development_goal_not_a_name(matcher: ZhEntityMatcher) -> None:
    # 构建 + 区域 (a generic word) + 大学 / 创新中心: a goal, a kind of body (DECISIONS-zh 25)
    assert insts(matcher, "構建區域大學教育樞紐，吸引海外學生。", "hk") == []
    assert insts(matcher, "深圳构建区域创新中心。") == []
