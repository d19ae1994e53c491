"""A level word written alone (省, 市, 县) before a body of common words and a park's kind word names a grade of the
kind, as 省级 does — 获批省特色产业园区 ('approved as a provincial special industrial park') is a title, no site; a
name that only opens with the character (市桥科技产业园, 市南软件产业园: places' names) stays (session 28, zhplfp).
Data: entities_zh.json place_names.common_kind_leads. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _places(text: str) -> list[str]:
    return sorted(p.text for p in extract_text(text, model="blank").places)


@pytest.mark.parametrize("text", [
    "某开发区获批省特色产业园区。",
    "全力推进市特色产业园建设。",
])
def test_a_level_graded_kind_is_no_site(text: str) -> None:
    assert _places(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("市桥科技产业园正式开园。", ["市桥科技产业园"]),
    ("市南软件产业园新引进企业十家。", ["市南软件产业园"]),
])
def test_a_name_opening_with_the_character_stays(text: str, expected: list[str]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("加快市高新技术产业园建设。", ["市高新技术产业园"]),
    ("推进市电子信息产业园扩容。", ["市电子信息产业园"]),
])
def test_a_level_before_a_field_is_its_own_park(text: str, expected: list[str]) -> None:
    # session 28 review S2: only a designation (特色, 示范, 重点, 级) after the level makes a grade of the kind
    assert _places(text) == expected


def test_a_level_before_a_designation_is_still_a_grade() -> None:
    assert _places("推进县示范产业园建设。") == []
