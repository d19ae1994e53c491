"""Session 17's review mends: readings a made-up sentence showed too wide (sentences are made up)."""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _figures(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.kind) for f in extract_text(text).figures]


@pytest.mark.parametrize("text", [
    "会议于上午9∶30开始。",  # a clock time typeset with the ratio sign
    "论坛14∶00开始，17∶30结束。",
    "八方游客齐聚广州，四方宾客共赏美景。",  # 'from all directions', no parties
    "寺内迎接十方来客。",
    "三国时期的文物在此展出。",  # an era
    "二十国集团峰会在杭州举行。",  # a group's name (G20)
])
def test_no_figure(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize("text, want", [
    ("师生比为1∶15。", [("1∶15", "ratio")]),
    ("政府、企业、高校三方合作。", [("三方", "count")]),
    ("粤港澳三方签署协议。", [("三方", "count")]),
    ("中日韩三国领导人会晤。", [("三国", "count")]),
    ("主要工作\n五、六项改革全面完成。\n六、七个重点片区加快建设。", [("六项", "count"), ("七个", "count")]),  # headings
    ("會議需時兩、三小時。", [("兩、三小時", "duration")]),
])
def test_figures(text: str, want: list[tuple[str, str]]) -> None:
    assert _figures(text) == want


def test_sar_only_as_the_region() -> None:
    text = ("The Hong Kong Special Administrative Region will grow. The SAR government will act. "
            "The SAR had to be filed within days. The SAR is a hub.")
    places = [p for p in extract_text(text).places if p.text == "SAR"]
    assert len(places) == 1 and text.index("The SAR is") + 4 == places[0].start


def test_tax_year_after_a_change_is_a_base() -> None:
    got = {f.text: f.period for f in extract_text(
        "The corporate tax rate will be cut to 15% from YA2034. Revenue rose 4% from YA 2029.").figures}
    assert got == {"15%": "2034..", "4%": ""}


def test_numbered_item_is_no_heading() -> None:
    got = {f.text: f.period for f in extract_text(
        "Measures\n\n1. Waive business registration fees for 2031-32\n\nThe Government will spend $50 billion on roads."
    ).figures}
    assert got == {"$50 billion": ""}


@pytest.mark.parametrize("text, want", [
    ("Singapore will grow. We expect Government spending to reach 20% of GDP.", []),  # a modifier, no actor
    ("Clinic operators in Singapore hope that Government will fund more nurses next year.", ["Government"]),
    ("Singapore firms said Government supports them.", ["Government"]),
])
def test_bare_government_acts(text: str, want: list[str]) -> None:
    assert [i.text for i in extract_text(text).institutions] == want
