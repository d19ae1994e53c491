"""Chinese figures (issue 14, session 25, zhfig): N级 before a tiered structure's head within a few characters counts
its tiers (三級置業階梯, 三级医疗卫生服务网络, 四级指挥体系), like N级 before 联动 / 网格 (GUIDELINES adjectival counts;
s15 ruling); a grade before another noun (三级医院, 二级市场), an ordinal (第三級) and a quoted name stay no figure.
Made-up sentences; the tier cases fail on the code before."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.figures.chinese import find_figures_zh


def figures(text: str, locale: str = "cn") -> list[tuple[str, str, Decimal]]:
    return [(text[f.start:f.end], f.kind, f.value) for f in find_figures_zh(text, locale=locale)]


@pytest.mark.parametrize("text, expected", [
    ("市民沿三級置業階梯上流。", [("三級", "count", Decimal(3))]),
    ("全县建成三级医疗卫生服务网络。", [("三级", "count", Decimal(3))]),
    ("完善四级应急指挥体系和两级结构。", [("四级", "count", Decimal(4)), ("两级", "count", Decimal(2))])])
def test_n_ji_before_a_tiered_structure_counts_its_tiers(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text", ["患者转往三级医院。", "二级市场交投活跃。", "升上第三級階梯。", "推行「三級體系」。",
                                  "三级，医院体系。", "完善二级市场体系。"])
def test_grades_ordinals_and_quoted_names_give_no_tier_count(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize("text", ["该楼宇结构可抵御八级地震的房屋结构要求。", "新建住宅须按抗七级地震的结构设计。",
                                  "学生须通过大学英语四级考试体系的测评。", "推进三级甲等医院结构调整。",
                                  "全市有二级以上医院网络覆盖。", "全县建成三级公路网络，覆盖全县。"])
def test_a_grade_before_another_noun_then_a_structure_gives_no_tier_count(text: str) -> None:
    # only a structure's domain words stand between N级 and its head: an earthquake magnitude, an exam level, a
    # hospital grade or a road class followed by some noun and then 结构/体系/网络 is no tier count (review revzh M6)
    assert figures(text) == []
