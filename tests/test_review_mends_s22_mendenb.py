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


def test_corridor_coordination_stops_at_a_determiner(extractor: Any) -> None:
    got = found(extractor, "The Shenzhen-Hong Kong border and the bay corridor will be upgraded.")
    assert got["Shenzhen"][0] == got["Hong Kong"][0] == "PLACE"  # S1: 'and the' opens a second noun phrase
    got = found(extractor, "The zone links the Dongguan-Huizhou science and industry corridor with other parks.")
    assert got["Dongguan-Huizhou"] == ("PLACE", "Dongguan-Huizhou science and industry corridor")


def test_venue_head_after_a_place_needs_the_and_no_bare_hall(extractor: Any) -> None:
    got = found(extractor, "Hong Kong Theatre groups received $20 million.")
    assert got["Hong Kong"][0] == "PLACE" and "Hong Kong Theatre" not in got  # S2: the place's troupes
    got = found(extractor, "Visitors flocked to the Hong Kong Hall of the expo.")
    assert got["Hong Kong"][0] == "PLACE" and "Hong Kong Hall" not in got  # a bare 'Hall' makes no venue
    got = found(extractor, "He met students at Kowloon Hall.")
    assert got["Kowloon"][0] == "PLACE" and "Kowloon Hall" not in got
    got = found(extractor, "Funds were approved to convert the Kwai Chung Theatre into a rehearsal space.")
    assert got["Kwai Chung Theatre"][0] == "PLACE"  # the rule's purpose


def test_sector_list_walk_back_reads_the_longest_name() -> None:
    from pipeline.extract.entities.sector_names_en import sector_names
    from pipeline.extract.entities.spans import Cand

    text = "rules for the Marine Services, Construction, and Process sectors"

    def cand(surface: str) -> Cand:
        start = text.index(surface)
        return Cand(start, start + len(surface), "PLACE", f"x:{surface}", surface, "", "", "", "ner", 0.5)

    # 'Services' nested in 'Marine Services' and listed after it: S4, the walk-back kept the last candidate of an end
    cands = [cand("Marine Services"), cand("Services"), cand("Construction"), cand("Process")]
    kept = [c.canonical for c in sector_names(text, cands, set(), lambda _: None)]
    assert "Marine Services" not in kept and "Construction" not in kept and "Process" not in kept
