"""A hospital that announces, answers, confirms or clarifies is the body speaking (session 26, zhinsthk; DECISIONS-zh
18, a facility that acts is an institution in every mention): 某醫院昨日公布事件詳情, 某醫院回應, 證實, 澄清, also
after a day word (昨日, 今日, 日前, 近日). A hospital the text builds or sends patients to stays a place.
Data: entities_zh.json acting_facilities.after. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _kinds(text: str) -> tuple[list[str], list[str]]:
    r = extract_text(text, model="blank")
    return sorted({i.text for i in r.institutions}), sorted({p.text for p in r.places})


@pytest.mark.parametrize("text, name", [
    ("廣華醫院昨日公布事件詳情，指病人在急症室離世。", "廣華醫院"),
    ("瑪麗醫院回應指病人情況穩定。", "瑪麗醫院"),
    ("屯門醫院日前證實有職員確診。", "屯門醫院"),
    ("仁济医院澄清网上传言不实。", "仁济医院"),
])
def test_a_hospital_that_announces_is_an_institution(text: str, name: str) -> None:
    bodies, places = _kinds(text)
    assert name in bodies and name not in places


@pytest.mark.parametrize("text, name", [
    ("病人被送往廣華醫院後不治。", "廣華醫院"),
    ("北大嶼山醫院擴建工程明年完成。", "北大嶼山醫院"),
])
def test_a_hospital_as_a_site_stays_a_place(text: str, name: str) -> None:
    bodies, places = _kinds(text)
    assert name in places and name not in bodies
