"""A named attraction or hospital that takes a loan or capital (貸款給某樂園, 向某公園提供貸款), is named a partner
(夥伴是…和某公園), has a plan of its own (某公園有一個活化計劃) or completes new areas of its own (某樂園將落成一個新園區)
is its operating body, an institution, in every mention (DECISIONS 18); one that is visited, built or opened stays a
place (session 28, zhplfp). Data: entities_zh.json acting_facilities funded_before / funded_after. Sentences are made
up."""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _tables(text: str) -> tuple[list[str], list[str]]:
    r = extract_text(text, model="blank")
    return sorted(p.text for p in r.places), sorted(i.text for i in r.institutions)


@pytest.mark.parametrize(("text", "name"), [
    ("當局會貸款給海洋公園興建室內水上設施。", "海洋公園"),
    ("政府建議向海洋公園提供十億元貸款，分十五年償還。", "海洋公園"),
    ("迪士尼樂園最快會在明年落成一個新園區。", "迪士尼樂園"),
    ("合作夥伴是一家基金會和海洋公園。", "海洋公園"),
    ("海洋公園亦有一個全新的保育計劃。", "海洋公園"),
])
def test_a_funded_or_planning_facility_is_its_body(text: str, name: str) -> None:
    places, institutions = _tables(text)
    assert name not in places and name in institutions


@pytest.mark.parametrize(("text", "name"), [
    ("旅客週末到海洋公園遊玩。", "海洋公園"),
    ("新界東醫院預計於明年落成。", "新界東醫院"),
    ("政府將撥款興建將軍澳醫院新翼。", "將軍澳醫院"),
])
def test_a_visited_or_built_facility_stays_a_place(text: str, name: str) -> None:
    places, _ = _tables(text)
    assert name in places


@pytest.mark.parametrize(("text", "name"), [
    ("东山公园有望纳入改造计划。", "东山公园"),
    ("中山公园有提升改造计划，将于年内动工。", "中山公园"),
])
def test_a_park_in_a_plan_of_works_stays_a_place(text: str, name: str) -> None:
    # session 28 review M9: 有望 + a plan of others, or a plan of works on the site, is no plan of the park's own
    places, institutions = _tables(text)
    assert name in places and name not in institutions
