"""Session 26 (zhinst): a hospital or township health centre that joins an alliance (加入, 成为…成员), takes over another's
management (托管) or signs with a list of partners (甲医院与乙镇人民政府、丙局签约) acts as its body in every mention;
a township health centre (某镇卫生院) is a facility that can act, as a hospital is (sentences are made up)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def _labels(matcher: ZhEntityMatcher, text: str) -> dict[str, str]:
    return {s: lab for s, lab, _ in found(matcher, text, "cn")}


@pytest.mark.parametrize("text, name", [
    ("甲镇医院成为以市人民医院为龙头的医联体新成员。", "甲镇医院"),
    ("乙县中医院加入到省中医院专科联盟。", "乙县中医院"),
    ("丙市第一人民医院全面托管某区医院。", "丙市第一人民医院"),
    ("丁市人民医院与戊区某镇人民政府、戊区卫生健康局签约,共建分院。", "丁市人民医院"),
    ("己镇卫生院与县人民医院签订合作协议。", "己镇卫生院"),
])
def test_joining_and_signing_hospitals_are_bodies(matcher: ZhEntityMatcher, text: str, name: str) -> None:
    assert _labels(matcher, text).get(name) == "INSTITUTION"


@pytest.mark.parametrize("text, name", [
    ("庚镇卫生院新建综合楼投入使用。", "庚镇卫生院"),
    ("辛县人民医院建立于1958年。", "辛县人民医院"),
])
def test_a_built_or_founded_hospital_is_no_actor(matcher: ZhEntityMatcher, text: str, name: str) -> None:
    assert _labels(matcher, text).get(name) != "INSTITUTION"
