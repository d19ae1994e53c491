"""'My Government', 'our Government' (enpl, session 28): a head of government's or a minister's possessive before a
bare 'Government' is the text's own government, as 'the Government' is — not a body named 'My Government', and not
dropped with its opening word. Only 'Government' is read so: 'our Commission', 'our Council' name no body on their
own. Made-up sentences, the real model."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_my_government_in_a_hong_kong_speech_is_the_hksar_government(extractor: Any) -> None:
    got = found(extractor, "My Government will keep supporting the cruise industry in Hong Kong.")
    assert got["Government"] == ("INSTITUTION", "Hong Kong SAR Government")
    assert "My Government" not in got


def test_our_government_after_a_lower_case_word(extractor: Any) -> None:
    got = found(extractor, "The Chief Executive said our Government is committed to the people of Hong Kong.")
    assert got["Government"] == ("INSTITUTION", "Hong Kong SAR Government")


def test_our_government_opening_a_sentence_in_a_singapore_text(extractor: Any) -> None:
    got = found(extractor, "Our Government welcomes the report on jobs in Singapore.")
    assert got["Government"] == ("INSTITUTION", "Singapore Government")


def test_other_possessed_names_keep_their_reading(extractor: Any) -> None:
    got = found(extractor, "Our Science Park will open a new building in Hong Kong next year.")
    assert got["Science Park"][0] == "PLACE"
    got = found(extractor, "Our Council will meet the Tourism Commission in Hong Kong next week.")
    assert "Council" not in got and "Our Council" not in got
    assert got["Tourism Commission"] == ("INSTITUTION", "Tourism Commission")


def test_our_government_in_a_quoted_foreign_ministers_words_is_no_home_government(extractor: Any) -> None:
    """Review s28 M2: the quoted speaker's own government is not the text's."""
    got = found(extractor, 'The Australian Prime Minister said: "Our Government will cut tariffs on Hong Kong goods."')
    assert got.get("Government", ("", ""))[1] != "Hong Kong SAR Government"
    got = found(extractor, "The Australian Prime Minister said: “Our Government will cut tariffs on Hong Kong goods.”")
    assert got.get("Government", ("", ""))[1] != "Hong Kong SAR Government"
    got = found(extractor, "Our Government will invest in Hong Kong.")
    assert got["Government"] == ("INSTITUTION", "Hong Kong SAR Government")
