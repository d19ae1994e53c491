"""A place cut after a lead word (並非廣華醫院 → 廣華醫院) that names a facility the text already made an institution
by its acts (某醫院昨日公布…) is that institution too, one label in every mention (session 26, zhinsthk; DECISIONS-zh
18). A cut place the text never makes act stays a place. Code: labels_zh._cut_actors. Sentences are made up."""

from __future__ import annotations

from pipeline.api import extract_text


def _kinds(text: str) -> tuple[list[str], list[str]]:
    r = extract_text(text, model="blank")
    return sorted({i.text for i in r.institutions}), sorted({p.text for p in r.places})


def test_a_cut_name_of_an_acting_hospital_is_the_institution() -> None:
    bodies, places = _kinds("廣華醫院昨日公布事件詳情。資料圖片並非廣華醫院。")
    assert bodies == ["廣華醫院"] and places == []


def test_a_cut_name_of_another_hospital_stays_a_place() -> None:
    bodies, places = _kinds("瑪麗醫院昨日公布詳情。資料圖片並非廣華醫院。")
    assert bodies == ["瑪麗醫院"] and places == ["廣華醫院"]
