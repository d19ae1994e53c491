"""Review mends of session 18 (mendena; review-reven M1, M5, M6, S2): rules that fired too widely. An adverb in -s
after 'Government' is no plural noun it modifies ('The Government always attaches ...'); 'make a capital injection
into the X Corporation' names a body that receives money, no role a place takes; a road after 'at' is a body's
address, no programme's name; a public finance noun that modifies another noun ('the Government's income support
schemes') is no public purse. Made-up sentences, the real model."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.records import Document


def mentions(extractor: Any, text: str) -> list[tuple[str, str, str]]:
    """(surface, label, canonical) of every place and institution mention, in text order."""
    doc = Document(doc_id="t", source="t.txt", format="txt", title="", text=text, sha256="")
    return [(m.text, m.label, m.canonical) for _, ms in extractor.extract([doc]) for m in ms
            if m.label in ("PLACE", "INSTITUTION")]


GOV = ("Government", "INSTITUTION", "Hong Kong SAR Government")


@pytest.mark.parametrize("text", [
    "Hong Kong's exports grew. The Government always attaches great importance to the views of the Legislative "
    "Council.",
    "Hong Kong's exports grew. The Government sometimes needs to act quickly.",
    "Hong Kong's exports grew. The Government thus decided to expand the scheme in Hong Kong.",
    "Hong Kong's exports grew. The Government's income support schemes help low-income families.",
    "Hong Kong's exports grew. The Government's debt management framework is prudent.",
])
def test_m1_s2_an_acting_government_stays_a_mention(extractor: Any, text: str) -> None:
    assert GOV in mentions(extractor, text)


@pytest.mark.parametrize("text,name", [
    ("The Government will make a capital injection into the Hong Kong Green Finance Corporation to expand its "
     "lending.", "Hong Kong Green Finance Corporation"),
    ("The Government made a capital injection into the Harbourfront Enterprise Corporation to support its work.",
     "Harbourfront Enterprise Corporation"),
])
def test_m5_a_body_that_receives_money_stays_a_body(extractor: Any, text: str, name: str) -> None:
    assert name in [m[0] for m in mentions(extractor, text) if m[1] == "INSTITUTION"]


def test_m6_a_body_at_a_road_stays_a_body(extractor: Any) -> None:
    got = mentions(extractor, "The Smart Living Centre at Science Park Road opened in 2023.")
    assert "Smart Living Centre" in [m[0] for m in got if m[1] == "INSTITUTION"]
