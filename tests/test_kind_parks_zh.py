"""Kinds of park and area part are no places (session 25, zhplfp): a cooperation park named by a field or by two
countries' one-character abbreviations (产业合作园, 中德合作园) and an area part named by what it is for (配套片区,
城市更新片区) are kinds; named ones keep their names (佛茂合作园, 南沙片区). Data: kind_body_ends in
pipeline/data/entities_zh.json. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _places(text: str) -> list[str]:
    return sorted(p.text for p in extract_text(text, model="blank").places)


@pytest.mark.parametrize("text", [
    "鼓励企业到海外共建国际产业合作园。",
    "探索发展境外并购产业合作园。",
    "加快建设中德合作园，引进一批先进制造项目。",
    "谋划中欧合作园和中韩合作园。",
    "完善配套片区建设，提升承载能力。",
    "推进三个城市更新片区改造。",
    "统筹布局功能片区。",
])
def test_a_kind_of_park_or_area_part_is_no_place(text: str) -> None:
    assert _places(text) == []


@pytest.mark.parametrize("text, want", [
    ("推进佛茂合作园建设。", ["佛茂合作园"]),
    ("加快深汕合作园开发。", ["深汕合作园"]),
    ("推动白鹅潭片区招商。", ["白鹅潭片区"]),
    ("推进横琴片区和南沙片区建设。", ["南沙片区", "横琴片区"]),
])
def test_named_parks_and_area_parts_stay(text: str, want: list[str]) -> None:
    assert _places(text) == want


def test_big_and_small_districts_are_sizes_no_place() -> None:
    assert _places("規劃要兼顧大區小區的發展。") == []
    assert _places("碧桂园小区加装电梯。") == ["碧桂园小区"]


@pytest.mark.parametrize("text, want", [
    ("茂名产业合作园和太仓中德合作园签约。", ["太仓中德合作园", "茂名产业合作园"]),
    ("南沙产业片区加快建设。", ["南沙产业片区"]),
    ("前海功能片区规划获批。", ["前海功能片区"]),
])
def test_a_park_or_area_part_named_by_its_place_stays(text: str, want: list[str]) -> None:
    # review-revzh S4: the kind ending makes a kind only where common words alone stand before it
    assert _places(text) == want
