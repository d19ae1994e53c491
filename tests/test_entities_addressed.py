"""English institutions (issue 14) on made-up sentences: 'this Council' in a Budget speech, a Policy Address or a
LegCo paper is the Legislative Council (lead's ruling, session 14; not_entities.en.json 'addressed_legislatures'),
and only in a text that shows it is addressed to it; a kind of society in a title is no body; 'X Government Offices'
is a building; 'the governments of X and Y' (lower case) give only the places (DECISIONS 26)."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_this_council_in_a_budget_speech_is_legco(extractor: Any) -> None:
    got = found(extractor, "Madam President, I move that the Appropriation Bill 2031 be read a second time. I thank "
                           "Members of this Council for their views on the $3 billion set aside for Hong Kong.")
    assert got.get("Council") == ("INSTITUTION", "Legislative Council"), got


def test_this_council_in_a_concluding_speech_is_legco(extractor: Any) -> None:
    got = found(extractor, "Mr President, during the debate in this Council last week, Members spoke about the "
                           "$40 million subsidy for Hong Kong's farmers.")
    assert got.get("Council") == ("INSTITUTION", "Legislative Council"), got


def test_this_council_without_an_address_to_legco_stays_unresolved(extractor: Any) -> None:
    got = found(extractor, "The Sha Tin District Council met on Monday. Members of this Council asked about the "
                           "$2 million footbridge in Hong Kong.")
    assert got.get("Council", ("", ""))[1] != "Legislative Council", got


def test_a_statutory_council_named_beside_this_council_leaves_it_legco(extractor: Any) -> None:
    # an arts or trade development council (a statutory body) never speaks of itself as 'this Council' to the
    # Government; a District Council (a sitting council) may (test above)
    got = found(extractor, "The Government proposed to this Council that a Heritage Bureau be set up, and gave "
                           "$3 million to the Hong Kong Arts Development Council for studios in Hong Kong.")
    assert got.get("Council") == ("INSTITUTION", "Legislative Council"), got


def test_this_council_chamber_is_no_mention_of_legco(extractor: Any) -> None:
    got = found(extractor, "Madam President, the seats in this Council Chamber were replaced for $5 million in "
                           "Hong Kong.")
    assert got.get("Council", ("", ""))[1] != "Legislative Council", got


def test_this_council_in_a_budget_chapter_naming_no_other_council_is_legco(extractor: Any) -> None:
    got = found(extractor, "The total value of works approved by this Council rose to $84 billion, and the "
                           "Government of Hong Kong will seek funding for the Tuen Mun tunnel from this Council.")
    assert got.get("Council") == ("INSTITUTION", "Legislative Council"), got


def test_a_kind_of_society_in_a_title_or_heading_is_no_body(extractor: Any) -> None:
    got = found(extractor, "A Kinder and Harmonious Society, A Greener Singapore\n\nBuilding a Fair and Inclusive "
                           "Society. We will give more help to older workers.")
    assert not any(v[0] == "INSTITUTION" and k.endswith("Society") for k, v in got.items()), got


def test_a_society_with_a_proper_word_or_field_stays_a_body(extractor: Any) -> None:
    got = found(extractor, "The Singapore Kidney Society and the Hong Kong Society for the Blind signed the pact.")
    assert got.get("Singapore Kidney Society", ("",))[0] == "INSTITUTION", got
    assert got.get("Hong Kong Society for the Blind", ("",))[0] == "INSTITUTION", got


def test_government_offices_are_a_building_not_offices_of_a_body(extractor: Any) -> None:
    got = found(extractor, "The minister met reporters at the lobby, East Wing, Western Government Offices "
                           "today, and later visited the Fanling Government Offices.")
    assert got.get("Western Government Offices", ("",))[0] == "PLACE", got
    assert got.get("Fanling Government Offices", ("",))[0] == "PLACE", got
    assert not any(v[0] == "INSTITUTION" and "Wing" in k for k, v in got.items()), got


def test_lower_case_governments_in_the_plural_give_only_the_places(extractor: Any) -> None:
    got = found(extractor, "The governments of Guangdong and Macao agreed on a government-funded plan for "
                           "Hong Kong.")
    assert got.get("Guangdong", ("",))[0] == "PLACE", got
    assert not any(v[0] == "INSTITUTION" for v in got.values()), got
