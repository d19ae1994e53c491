"""English places inside longer names and kinds of units (issue 14, session 18), made-up sentences: a currency named by
its place ('Hong Kong dollar assets') is no mention; places coordinated under a plural body or programme head ('the
Kowloon East and New Territories West Clusters') are parts of those names; an ordinal and lower-case modifiers before
a name count it as one of a kind ('its first overseas Innovation Node'); words in capitals before a capitalised
article ('HONG KONG The Global ... Hub', a title line) make no name with it; a heading that opens with a verb and goes
on with a kind of place names none ('Improve Country Parks'); a one-word name, a spaced '@' and a known place name one
site ('Launchpad @ JID'). Each has a case that must stay."""

from __future__ import annotations

from typing import Any

from tests.test_places_en import places


def test_a_currency_named_by_its_place_is_no_mention(extractor: Any) -> None:
    got = places(extractor, "Loans rose sharply, while the rise in Hong Kong dollar assets was smaller than expected.")
    assert "Hong Kong" not in got and "Hong Kong SAR" not in got
    got = places(extractor, "The Hong Kong dollar peg has served the city well, bankers in Hong Kong said.")
    assert "Hong Kong" in got or "Hong Kong SAR" in got  # the second, standing alone, stays


def test_places_under_a_shared_plural_body_head_are_parts_of_its_names(extractor: Any) -> None:
    got = places(extractor, "Waiting times fell in the Kowloon West, Kowloon East and New Territories East Clusters "
                            "in the year.")
    assert not {"Kowloon West", "Kowloon East", "New Territories East"} & set(got)
    # unchanged: a shared plural place head names places, and a place standing alone stays
    got = places(extractor, "The Tung Chung and Tseung Kwan O New Towns will grow, and Kowloon East too.")
    assert "Kowloon East" in got and any("Tseung Kwan O" in p for p in got)


def test_an_ordinal_and_modifiers_before_a_name_count_a_kind(extractor: Any) -> None:
    got = places(extractor, "A foreign university has set up its first overseas Innovation Node in Hong Kong.")
    assert "Innovation Node" not in got
    # unchanged: an ordinal with a function word after it counts nothing
    got = places(extractor, "Tung Chung West will be the first of the new areas to open.")
    assert "Tung Chung West" in got
    # unchanged: an ordinal that counts a time ('the first time') counts no kind (review S4/M4)
    got = places(extractor, "It is the first time Tseung Kwan O Industrial Estate has hosted the fair.")
    assert any("Tseung Kwan O" in p for p in got)


def test_capitals_before_a_capitalised_article_make_no_name(extractor: Any) -> None:
    got = places(extractor, "HONG KONG The Global Offshore Renminbi Business Hub\nThe booklet describes the "
                            "market.\n")
    assert not any("Business Hub" in p for p in got)


def test_an_instruction_heading_names_no_place(extractor: Any) -> None:
    got = places(extractor, "Upgrade Country Parks\n\n12. I will set aside money for the parks in Sai Kung.\n")
    assert not any("Country Parks" in p for p in got) and "Sai Kung" in got
    # unchanged: a heading that is a place's name
    got = places(extractor, "Tap Mun\n\n13. The island will get a new pier.\n")
    assert "Tap Mun" in got
    # unchanged: a name with a verb's first word opening a wrapped line (review S4/M3)
    got = places(extractor, "Tourists continue to visit shopping malls such as\nHarbour City in Tsim Sha Tsui.")
    assert "Harbour City" in got


def test_a_one_word_site_before_a_spaced_at_sign(extractor: Any) -> None:
    got = places(extractor, "The agency is building Hatchery @ Punggol, a space for start-ups near Punggol Point.")
    assert "Hatchery @ Punggol" in got


def test_the_band_between_the_convertibility_undertakings_is_no_place(extractor: Any) -> None:
    got = places(extractor, "The currency traded on the strong side of the Convertibility Zone for most of the year, "
                            "while banks in Kowloon East stayed calm.")
    assert "Convertibility Zone" not in got and "Kowloon East" in got


def test_a_place_right_after_a_defined_acronym_names_its_branch(extractor: Any) -> None:
    got = places(extractor, "We set up the Overseas Start-up Network (OSN) last year, and opened OSN Jakarta in May.")
    assert "Jakarta" not in got
    # unchanged: the same place standing alone
    got = places(extractor, "We set up the Overseas Start-up Network (OSN) last year, with an office in Jakarta.")
    assert "Jakarta" in got
    # unchanged: a place after the acronym that is its clause's subject (review S4/S1)
    got = places(extractor, "The Regional Comprehensive Economic Partnership (RCEP) entered into force. Since joining "
                            "RCEP Singapore has deepened trade links.")
    assert "Singapore" in got
