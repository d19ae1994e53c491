"""Known names split by a hyphen at a line's end are read whole (enent, session 25; the forecast of session 24 missed
a 'Singa-pore' broken over a line end). Made-up sentences; the first three failed before the rule."""

from __future__ import annotations

from typing import Any

from pipeline.extract.entities.broken_words_en import joined_text
from tests.test_entities_real import found


def test_a_place_broken_over_a_line_end_is_the_place(extractor: Any) -> None:
    got = found(extractor, "The new ferry will serve Singa-\npore and Batam from next spring.")
    assert got.get("Singa- pore") == ("PLACE", "Singapore"), got


def test_a_body_broken_inside_its_last_word(extractor: Any) -> None:
    got = found(extractor, "Officials of the Hong Kong Monetary Autho-\nrity met the bankers on Friday.")
    assert got.get("Hong Kong Monetary Autho- rity") == ("INSTITUTION", "Hong Kong Monetary Authority"), got
    assert "Hong Kong" not in got, got  # the place inside the body's name is no mention of its own


def test_a_break_with_blanks_before_the_line_end(extractor: Any) -> None:
    got = found(extractor, "Traders shipped more rice to Indo-  \n  nesia and Malaysia last year.")
    assert got.get("Indo- nesia", ("",))[0] == "PLACE", got


def test_a_compound_broken_after_its_own_hyphen_stays_two_places(extractor: Any) -> None:
    got = found(extractor, "The Hong Kong-\nShenzhen corridor will open to Sha Tin-\nbased firms and co-\noperation "
                           "will grow.")
    assert got.get("Hong Kong", ("",))[0] == "PLACE" and got.get("Shenzhen", ("",))[0] == "PLACE", got
    assert got.get("Sha Tin", ("",))[0] == "PLACE", got
    assert not any("-" in k for k in got), got


def test_a_lower_case_word_joined_is_no_name(extractor: Any) -> None:
    got = found(extractor, "The long-\nterm plan for the har-\nbour front was set out.")
    assert not got, got


def test_joined_text_maps_pieces_back() -> None:
    text = "Singa-\npore and Ma-\n  cao"
    joined, starts, origins = joined_text(text)
    assert joined == "Singapore and Macao"
    assert starts == [0, 5, 16] and origins == [0, 7, 22]
    assert text[origins[2]:] == "cao"
