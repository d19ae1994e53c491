"""Session 26 (zhinst): a hospital that partners another (牵手, 与…建立医联体 / 协作关系) acts as its operating body, and
a city's numbered people's hospital and its short form in one text (某市第四人民医院, 某市四院) are one hospital
(sentences are made up)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def _rows(matcher: ZhEntityMatcher, text: str) -> list[tuple[str, str, str]]:
    return found(matcher, text, "cn")


@pytest.mark.parametrize("text, names", [
    ("甲市人民医院与乙市第三人民医院正式建立直接协作关系。", ["甲市人民医院", "乙市第三人民医院"]),
    ("丙县人民医院牵手丁市中心医院,共同提升诊疗水平。", ["丙县人民医院"]),
    ("戊市第二人民医院与己县中医院建立紧密型医联体。", ["戊市第二人民医院", "己县中医院"]),
])
def test_partnering_hospitals_are_bodies(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    rows = {s: lab for s, lab, _ in _rows(matcher, text)}
    assert all(rows.get(n) == "INSTITUTION" for n in names)


@pytest.mark.parametrize("text, name", [
    ("甲市人民医院建立于1950年,是一所综合医院。", "甲市人民医院"),
    ("乙县人民医院新院区主体结构封顶。", "乙县人民医院"),
])
def test_a_hospital_founded_or_built_stays_a_place(matcher: ZhEntityMatcher, text: str, name: str) -> None:
    assert {s: lab for s, lab, _ in _rows(matcher, text)}.get(name) != "INSTITUTION"


def test_a_numbered_hospital_and_its_short_form_are_one(matcher: ZhEntityMatcher) -> None:
    rows = _rows(matcher, "江门市四院牵手省级医院建立医联体。江门市第四人民医院与阳江市人民医院签约。")
    assert {c for s, lab, c in rows if s in ("江门市四院", "江门市第四人民医院")} == {"江门市四院"}


def test_two_numbered_hospitals_stay_two(matcher: ZhEntityMatcher) -> None:
    rows = _rows(matcher, "庚市第四人民医院与庚市第五人民医院签约合作。")
    assert len({c for s, lab, c in rows if s.startswith("庚市第")}) == 2
