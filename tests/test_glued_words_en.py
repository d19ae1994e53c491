"""Known names glued to a neighbouring word by a lost space are read on their own ('a friend of Hong Kongand continue',
'currentlyHong Kong’s'; enent, session 25: a news page that lost the spaces where its lines were joined). Made-up
sentences; the first two failed before the rule, the others guard what it must leave alone."""

from __future__ import annotations

from typing import Any

from pipeline.extract.entities.glued_words_en import seams
from tests.test_entities_real import found


def test_a_name_run_into_a_small_word(extractor: Any) -> None:
    got = found(extractor, "She called him a good friend of Macaoand hoped trade with Cambodiafor rice would grow.")
    assert got.get("Macao", ("",))[1] == "Macao SAR", got
    assert got.get("Cambodia") == ("PLACE", "Cambodia"), got
    assert "Macaoand" not in got, got


def test_a_word_run_into_a_name(extractor: Any) -> None:
    got = found(extractor, "The firm is currentlyMalaysia’s largest buyer and thanked theHong Kong officials.")
    assert got.get("Malaysia") == ("PLACE", "Malaysia"), got
    assert got.get("Hong Kong", ("",))[1] == "Hong Kong SAR", got


def test_names_ending_in_a_small_word_stay_whole(extractor: Any) -> None:
    got = found(extractor, "Exports from Poland, Thailand and Finland reached Turin and Lisbon.")
    for name in ("Poland", "Thailand", "Finland", "Turin", "Lisbon"):
        assert got.get(name, ("",))[0] == "PLACE", got


def test_intercapped_names_keep_their_seams() -> None:
    text = "InnoHK, McKinsey, eTAX and iPhone users"
    assert seams(text, lambda word: False) == []


def test_a_camel_case_brand_is_no_lost_space(extractor: Any) -> None:
    """Review reven M4: a capitalised word run into a name is a brand or outlet where the text loses no space."""
    got = found(extractor, "The essay first appeared in ReadJapan and was shared on TradeMalaysia and VisitVietnam.")
    assert "Japan" not in got and "Malaysia" not in got and "Vietnam" not in got, got


def test_a_capitalised_seam_opens_in_a_text_with_lost_spaces() -> None:
    """Review reven M4: 'VietnameseConsulate' is opened only where a lower-case seam shows lost spaces."""
    assert seams("The VietnameseConsulate wrote.", lambda word: False) == []
    assert seams("The VietnameseConsulate wrote to theHong Kong office.", lambda word: False) == [14, 36]


# (mendspeed, session 26) the seam patterns are led by a capital, so the engine jumps between capitals instead of
# trying every position of a long document; they find what the look-behind-led patterns found
GLUED = ("Kongand Vietnamand Poland, in Thailand.", "Singaporefor the xKongand ÉKongand 'Kongand", "Kongand", "Kong and",
         "theHong Kong and currentlyHong Kong’s aB cD eFg McKinsey VisitSingapore", "a\nBcd\nxYz", "Abcdof-x Abcdofx",
         "aBcdeand ZKongand Z-Kongand 9Kongand _Kongand Kongandand")


def test_the_seam_patterns_are_led_by_a_capital() -> None:
    from pipeline.extract.entities.glued_words_en import LOWER_CAPITAL, NAME_INTO_SMALL_WORD

    assert NAME_INTO_SMALL_WORD.pattern.startswith("([A-Z]") and LOWER_CAPITAL.pattern.startswith("[A-Z]")


def test_the_capital_led_patterns_find_the_same_seams() -> None:
    import re

    from pipeline.extract.entities.glued_words_en import LOWER_CAPITAL, NAME_INTO_SMALL_WORD, SMALL_WORDS
    from pipeline.extract.entities.line_windows import gated_lines

    names = re.compile(r"(?<![A-Za-z])([A-Z][a-z]{3,})(" + "|".join(SMALL_WORDS) + r")(?![A-Za-z])")
    gate = re.compile(r"[a-z][A-Z][a-z]")
    for text in GLUED:
        assert [m.span(1) + m.span(2) for m in NAME_INTO_SMALL_WORD.finditer(text)] == \
            [m.span(1) + m.span(2) for m in names.finditer(text)], text
        assert list(gated_lines(text, LOWER_CAPITAL)) == list(gated_lines(text, gate)), text
