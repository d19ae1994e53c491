"""Lost line breaks between a scraped heading and the next sentence (eninst, session 21; made-up text): a lower-case
letter, a closing bracket or 'R&D' glued to a word that only opens a sentence ('The', 'We', 'To' …) and a space is a
lost break, put back at ingest; intercapped names ('PayNow', 'WeChat', 'LinkedIn', 'McDonald') stay whole."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.ingest.formats import ingest_text
from pipeline.ingest.text import normalize_text


@pytest.mark.parametrize(("glued", "restored"), [
    ("Grow the poolThe Bureau agrees.", "Grow the pool\nThe Bureau agrees."),
    ("Apprenticeships for SchoolsWe will set aside $5 million.", "Apprenticeships for Schools\nWe will set aside $5 million."),
    ("• Bus depotsTo build two more depots.", "• Bus depots\nTo build two more depots."),
    ("(Annex B lists them.)This plan starts now.", "(Annex B lists them.)\nThis plan starts now."),
    ("more public R&DThe Council agrees.", "more public R&D\nThe Council agrees."),
])
def test_a_glued_heading_gets_its_line_break_back(glued: str, restored: str) -> None:
    assert normalize_text(glued) == restored + "\n"


@pytest.mark.parametrize("text", [
    "Pay with PayNow or WeChat Pay; follow us on LinkedIn. The McDonald family and iPhone users agree.",
    "Read the NEWSWe app and the McDonald report.",  # an opener glued to a capital (no '&' before it) stays
    "Grab and GoTo Group reported losses.",  # 'To' before a capital, and a short glued word (mendenb, s21 review M5)
    "Read our HowTo guides and join MeWe today.",
])
def test_intercapped_names_stay_whole(text: str) -> None:
    assert normalize_text(text) == text + "\n"


def test_the_text_file_holds_the_restored_break_so_offsets_slice_it() -> None:
    doc = ingest_text("Care for the elderlyThe Government will spend $3 million.")
    at = doc.text.index("The Government")
    assert doc.text[at - 1] == "\n" and doc.text[:at - 1].endswith("elderly")


def test_a_glued_heading_no_longer_hides_the_actor_after_it(extractor: Any) -> None:
    doc = ingest_text("Keep the reserves strongThe Government agrees with the Council that more must be done.")
    names = [m.text for _, ms in extractor.extract([doc]) for m in ms if m.label == "INSTITUTION"]
    assert "Government" in names and not any("strong" in n for n in names)
