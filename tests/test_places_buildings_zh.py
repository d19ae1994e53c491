"""Chinese buildings named after the body they house, on made-up sentences: 立法會大樓 is a place, 總部經濟 no building."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.test_entities_zh import found


@pytest.mark.parametrize(("text", "name"), [
    ("委員會下星期在立法會大樓舉行公開會議。", "立法會大樓"),
    ("簽約儀式在特區政府總部舉行。", "特區政府總部"),
    ("部長與行政長官在政府總部會面。", "政府總部"),  # the Central Government Offices (a hand entry)
])
def test_a_body_and_a_building_word_name_the_building(matcher: ZhEntityMatcher, text: str, name: str) -> None:
    rows = found(matcher, text)
    assert (name, "PLACE") in [(s, lab) for s, lab, _ in rows], rows


@pytest.mark.parametrize("text", ["深圳市政府總部經濟政策出台。", "立法會大樓管理工作由秘書處負責。"])
def test_a_building_word_that_starts_a_kind_makes_no_building(matcher: ZhEntityMatcher, text: str) -> None:
    assert not [s for s, lab, _ in found(matcher, text) if lab == "PLACE" and s.endswith(("總部", "大樓"))]


def test_a_departments_head_office_stays_the_department(matcher: ZhEntityMatcher) -> None:
    rows = found(matcher, "局長到食物環境衞生署總部聽取簡介。")
    assert not [s for s, lab, _ in rows if lab == "PLACE"], rows


@pytest.mark.parametrize(("text", "name", "label"), [
    ("代表團參觀韶關市規劃展覽館。", "韶關市規劃展覽館", "PLACE"),
    ("深圳博物馆东馆建成开放。", "深圳博物馆东馆", "PLACE"),  # a wing named by a compass point is one name
    ("深圳某某博物館已落成。", "深圳某某博物館", "PLACE"),
    ("深圳某某博物館舉辦展覽。", "深圳某某博物館", "INSTITUTION"),  # a museum that acts is its operating body
])
def test_museums_and_exhibition_halls(matcher: ZhEntityMatcher, text: str, name: str, label: str) -> None:
    rows = found(matcher, text)
    assert (name, label) in [(s, lab) for s, lab, _ in rows], rows
