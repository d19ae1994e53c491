"""A district whose full name is an ordinary word — 老城区 ('the old urban area'), 新城区 ('the new urban area') — is
read only after its prefecture's full name (洛阳市老城区, 西安市新城区), as 城区, 郊区, 矿区 and 古城区 already are:
a city's or a district's report writes 推进老城区改造 of its own old town (session 28, zhplfp). Data: COMMON_WORDS in
scripts/build_zh_divisions.py. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _places(text: str) -> list[str]:
    return sorted(p.text for p in extract_text(text, model="blank").places)


@pytest.mark.parametrize("text", [
    "今年要做精老城区，推进老城区有机更新。",
    "加快新城区建设，完善新城区配套设施。",
    "坚定“做精老城区、做强开发区”的发展方向。",
])
def test_the_ordinary_word_is_no_district(text: str) -> None:
    assert _places(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("洛阳市老城区启动老街改造。", ["洛阳市老城区"]),
    ("西安市新城区新建一所学校。", ["西安市新城区"]),
])
def test_the_district_after_its_city_stays(text: str, expected: list[str]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("西安新城区新建一所学校。", [("西安新城区", "Xincheng District")]),
    ("洛阳老城区启动老街改造。", [("洛阳老城区", "Laocheng District")]),
])
def test_the_district_after_its_city_short_name_stays(text: str, expected: list[tuple[str, str]]) -> None:
    # session 28 review S3: the prefecture's short name before 新城区 / 老城区 names the district too
    assert [(p.text, p.canonical) for p in extract_text(text, model="blank").places] == expected
