"""A body before 選舉 + the post it fills is the body electing its chair, a mention (session 26, zhinsthk):
立法會內委會選舉正副主席, 財委會今日選舉主席. A body before 選舉 alone still names its election, an event (香港立法會選舉,
devset-real DECISIONS 27), and 選舉委員會 / 選舉事務處 stay bodies of their own. Data: entities_zh.json event_after.
Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _bodies(text: str) -> list[str]:
    return sorted({i.canonical for i in extract_text(text, model="blank").institutions})


@pytest.mark.parametrize("text, want", [
    ("有議員阻撓立法會內委會選舉正副主席。", "House Committee"),
    ("立法會財委會選舉主席及副主席，會議歷時兩小時。", "Finance Committee of the Legislative Council"),
])
def test_a_body_electing_its_chair_is_named(text: str, want: str) -> None:
    assert want in _bodies(text)


@pytest.mark.parametrize("text", [
    "香港立法會選舉將於十二月舉行。",
    "立法會選舉投票率創新低。",
])
def test_a_body_before_its_election_names_the_event(text: str) -> None:
    assert "Legislative Council" not in _bodies(text)
