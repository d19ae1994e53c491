"""Review mends of session 22 (mendenb, review reven), made-up sentences: a short form defined with a lower-case
prefix ('sub-DRC') leaves a bare 'DRC' of the same document the country (M2); a body before 'and the X sector' stays
a body, only a shared plural head makes the name before it a sector (M3); a rate opens a capitalised name only after
'the/a/an/its/their' or a capitalised word, and the name never runs across a line break (M5). The real model (session
fixture `extractor`) for entities."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.extract.figures.english import find_figures
from tests.test_entities_real import found


def test_prefixed_short_form_leaves_the_bare_letters_alone(extractor: Any) -> None:
    text = "The Sub-Dependency Ratio Ceiling, or sub-DRC, will be cut. Our aid to the DRC and Zambia rose."
    got = found(extractor, text)
    assert got["DRC"] == ("PLACE", "Democratic Republic of the Congo")
    assert got["Zambia"][0] == "PLACE"
    doc = found(extractor, "The Food Services Sub-Dependency Ratio Ceiling, or sub-DRC, will be lowered. We will "
                           "review the sub-DRC for retail firms next year.")
    assert "DRC" not in doc  # the purpose of the rule: the prefixed letters name the measure


def test_body_before_and_the_sector_is_a_body(extractor: Any) -> None:
    got = found(extractor, "The Lantau Youth Alliance and the Tourism sector will co-host the fair.")
    assert got["Lantau Youth Alliance"][0] == "INSTITUTION"
    got = found(extractor, "We will support the Hong Kong Federation of Motion Film Producers and the Film industry.")
    assert got["Hong Kong Federation of Motion Film Producers"][0] == "INSTITUTION"
    got = found(extractor, "The Singapore Airlines and the Aviation industry pledged $100 million.")
    assert got["Singapore Airlines"][0] == "INSTITUTION"
    got = found(extractor, "The Sheung Wan Development Trust, the Dah Sing Foundation and the Banking sector signed "
                           "the pact.")
    assert got["Dah Sing Foundation"][0] == "INSTITUTION"
    assert got["Sheung Wan Development Trust"][0] == "INSTITUTION"


def percent_texts(text: str) -> list[str]:
    return [text[m.start:m.end] for m in find_figures(text) if m.kind == "percent"]


@pytest.mark.parametrize("text,rate", [
    ("Fiscal reserves as a share of GDP: 35%\nCapital Works Reserve Fund balance: $100 billion\n", "35%"),
    ("Table 2\nGrowth forecast 3.5%\nPolicy Address initiatives funded 120\n", "3.5%"),
    ("The allocation was raised by 20% Innovation Fund grants rose too.", "20%"),
])
def test_rate_before_a_capitalised_label_without_article_or_across_a_line_stays_a_figure(text: str,
                                                                                        rate: str) -> None:
    assert rate in percent_texts(text)  # M5: a table's next label, or no article before the rate: no name


def test_rate_opening_an_introduced_name_is_still_no_figure() -> None:
    assert percent_texts("Lenders joined the 70 per cent Loan Guarantee Product and the 60% Trade Credit Scheme.") == []
    assert percent_texts("Its 80% Guarantee Scheme\nended.") == []
