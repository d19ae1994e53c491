"""A name glued to the next sentence by a full stop that lost its space is cut at the stop (eninst, session 29:
'manufacturers like Chartered Semiconductor.Presently, tools …' in a Singapore Budget transcript). Only names no
gazetteer knows; abbreviations that take a stop inside a name stay whole. Made-up sentences, the real model."""

from __future__ import annotations

from typing import Any

from pipeline.extract.entities.glued_stops_en import glued_stops
from pipeline.records import EntityMention
from tests.test_entities_real import found


def test_a_firm_glued_to_the_next_sentence_is_cut(extractor: Any) -> None:
    got = found(extractor, "Singapore is also home to contract manufacturers like Venture Semiconductor.Presently, "
                           "tools bought abroad attract GST.")
    assert got["Venture Semiconductor"] == ("INSTITUTION", "Venture Semiconductor")
    assert "Venture Semiconductor.Presently" not in got
    got = found(extractor, "We thank partners such as Keppel Marine Engineering.However, the levy will rise in "
                           "Singapore.")
    assert got["Keppel Marine Engineering"][0] == "INSTITUTION"


def test_known_names_and_abbreviations_stay() -> None:
    text = "Firms such as Acme Holdings Pte.Ltd will benefit."
    s = text.index("Acme")
    m = EntityMention("d", s, s + len("Acme Holdings Pte.Ltd"), "Acme Holdings Pte.Ltd", "INSTITUTION", "ner", 0.6,
                      "inst:x-0", "inst:x-0", "Acme Holdings Pte.Ltd")
    assert glued_stops(text, [m]) == [m]
    text = "The Ministry of Manpower.The levy will rise."
    m = EntityMention("d", 4, 40, text[4:40], "INSTITUTION", "rule", 0.9, "inst:sg-mom", "inst:sg-mom", "X")
    assert glued_stops(text, [m]) == [m]  # a gazetteer entry's span is its own


def test_a_place_glued_to_the_next_sentence() -> None:
    text = "Visitors came from Lower Kotabaru.Tourism rose."
    s = text.index("Lower")
    m = EntityMention("d", s, s + len("Lower Kotabaru.Tourism"), "Lower Kotabaru.Tourism", "PLACE", "ner", 0.6,
                      "place:x-0", "place:x-0", "Lower Kotabaru.Tourism")
    (got,) = glued_stops(text, [m])
    assert (got.text, got.canonical, got.end) == ("Lower Kotabaru", "Lower Kotabaru", s + len("Lower Kotabaru"))
    assert got.entity_id.startswith("place:x-") and got.entity_id != "place:x-0"
