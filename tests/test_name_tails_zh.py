"""A place written directly before a word that makes it part of another thing's name is no mention: a site built by a
kind word before 体系 names a system sites join (某国家植物园体系), a place before 肺炎 names a disease (某地肺炎);
the same garden or city elsewhere stays (session 28, zhplfp). Data: entities_zh.json name_tails. Sentences are made
up."""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _places(text: str) -> list[str]:
    return sorted(p.text for p in extract_text(text, model="blank").places)


@pytest.mark.parametrize(("text", "expected"), [
    ("推动金鸡山森林公园纳入华东国家植物园体系。", ["金鸡山森林公园"]),
    ("當年武漢肺炎疫情令旅遊業停頓。", []),
])
def test_a_place_opening_another_name_is_no_mention(text: str, expected: list[str]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("游客到华东国家植物园赏花。", ["华东国家植物园"]),
    ("武汉疫情得到控制后，武汉全面复工。", ["武汉", "武汉"]),
    ("完善香港金融体系。", ["香港"]),
])
def test_the_site_or_place_itself_stays(text: str, expected: list[str]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("澳門肺炎個案持續上升。", ["澳門"]),
    ("上海肺炎患者人数增多。", ["上海"]),
    ("广州肺炎病例有所下降。", ["广州"]),
])
def test_a_place_before_pneumonia_cases_locates_them(text: str, expected: list[str]) -> None:
    # session 28 review S1: 肺炎 + a word of cases or patients: the place locates the cases, a mention
    assert _places(text) == expected
