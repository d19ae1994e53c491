"""A hall written right after the venue it is in (某国际会议中心世纪大会堂, 某会议中心一号会议厅) is one place by the whole
span, the room the text names; a venue alone, or followed by anything but a hall, stays the venue (session 27, zhplfp).
venue_halls_zh. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _places(text: str) -> list[str]:
    return sorted(p.text for p in extract_text(text, model="blank").places)


@pytest.mark.parametrize("text, place", [
    ("市十六届人大三次会议在珠江国际会议中心世纪大会堂开幕。", "珠江国际会议中心世纪大会堂"),
    ("推介会在南湖国际会议中心二号会议厅举行。", "南湖国际会议中心二号会议厅"),
])
def test_a_hall_inside_its_venue_is_one_place(text: str, place: str) -> None:
    assert _places(text) == [place]


def test_the_venue_alone_stays() -> None:
    assert _places("推介会在南湖国际会议中心举行。") == ["南湖国际会议中心"]
