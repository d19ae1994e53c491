"""An unknown place name that ends a longer unknown place name of the same document (its region left out:
双城经济圈 beside 某某地区双城经济圈) is that place, one row, as an institution's tail is that body (session 26,
zhplfp; context_zh.join_tails). Sentences are made up."""

from __future__ import annotations

from pipeline.api import extract_text


def _places(text: str) -> list[tuple[str, str]]:
    return sorted((p.text, p.canonical) for p in extract_text(text, model="blank").places)


def test_the_short_form_takes_the_full_name() -> None:
    rows = _places("协同推进双城经济圈重大项目。推动甲乙地区双城经济圈建设。")
    assert {c for _, c in rows} == {"甲乙地区双城经济圈"}


def test_two_names_that_only_share_a_kind_stay_apart() -> None:
    rows = _places("甲市新区东部产业园和乙市西部产业园。")
    assert {c for _, c in rows} == {"甲市新区东部产业园", "乙市西部产业园"}


def test_a_longer_name_not_below_a_region_keeps_the_short_one_apart() -> None:
    rows = _places("建设甲市新区东部产业园。东部产业园开工。")
    assert ("东部产业园", "甲市新区东部产业园") not in rows
