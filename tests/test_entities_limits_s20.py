"""Where English names stop and what a venue that gets money is (eninst, session 20; made-up sentences, the real
model). After a word that cannot open a clause, 'Government' before a word in -s modifies a plural ('It has used
Government grants'); a body's head inside a longer run that a bracketed acronym spells out ('Industrial Government
Land Sales (iGLS) sites') names nothing; a name of kind words only ('their Polytechnic and University courses') is
no body; a place grown into 'Third Quarter' goes; a contest ('the X Open Innovation Challenge') is an event whose
place is inside its name; an entitlement ('the Man-Year Entitlement') is a quota; a venue that receives money
('Ocean Park will be allocated $N') is its operator, an institution, in every mention."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_entities_names_s20 import canonicals


@pytest.mark.parametrize("text", [
    "Many firms are moving. Kelvo Builders is one example. It has used Government grants to test new materials.",
    "In Hong Kong, the pilot project is funded by Government grants and private donations.",
])
def test_government_after_a_non_opening_word_modifies_a_plural(extractor: Any, text: str) -> None:
    assert not {c for c in canonicals(extractor, text, "INSTITUTION") if c.endswith("Government")}


def test_government_after_a_clause_opener_may_still_act(extractor: Any) -> None:
    text = "In Hong Kong, we know that Government grants land to non-profit schools at nominal premium."
    assert "Hong Kong SAR Government" in canonicals(extractor, text, "INSTITUTION")


@pytest.mark.parametrize("text, part", [
    ("Builders must meet prefabrication levels for Industrial Government Land Sales (iGLS) sites.", "Industrial Government"),
    ("We will build on the Regional Trade and Association Development (RTAD) programme for TACs.",
     "Regional Trade and Association"),
])
def test_a_body_head_inside_an_acronym_defined_run_names_nothing(extractor: Any, text: str, part: str) -> None:
    assert part not in canonicals(extractor, text, "INSTITUTION")


def test_an_acronym_defined_body_stays(extractor: Any) -> None:
    text = "The Kowloon Heritage Conservation Authority (KHCA) will review the plan."
    assert "Kowloon Heritage Conservation Authority" in canonicals(extractor, text, "INSTITUTION")


def test_kind_words_alone_are_no_body(extractor: Any) -> None:
    text = "The interns learn skills beyond their formal Polytechnic and University courses."
    assert "Polytechnic and University" not in canonicals(extractor, text, "INSTITUTION")


def test_a_place_grown_into_a_quarter_goes(extractor: Any) -> None:
    text = "See the Economic Survey of Singapore Third Quarter 2031 for details."
    assert "Singapore Third Quarter" not in canonicals(extractor, text, "PLACE")


@pytest.mark.parametrize("text, name", [
    ("Firms joined the inaugural Southeast Asia Open Innovation Challenge last year.", "Southeast Asia"),
    ("The levy for workers within the Man-Year Entitlement will rise in Singapore.", "Man-Year Entitlement"),
])
def test_contests_and_entitlements_are_no_places(extractor: Any, text: str, name: str) -> None:
    assert name not in canonicals(extractor, text, "PLACE")


@pytest.mark.parametrize("text", [
    "Ocean Park will be allocated $310 million for education projects. Visitors flocked to Ocean Park.",
    "We will allocate $500 million to Ocean Park for new attractions.",
])
def test_a_venue_that_receives_money_is_its_operator(extractor: Any, text: str) -> None:
    assert "Ocean Park" in canonicals(extractor, text, "INSTITUTION")
    assert "Ocean Park" not in canonicals(extractor, text, "PLACE")


@pytest.mark.parametrize("text", [
    "Jewel Changi Airport has received 50 million visitors since it opened.",
    "We will provide more shuttle buses to Ocean Park during holidays.",
])
def test_a_venue_that_receives_visitors_or_buses_stays_a_place(extractor: Any, text: str) -> None:
    assert not canonicals(extractor, text, "INSTITUTION") & {"Jewel Changi Airport", "Ocean Park"}


@pytest.mark.parametrize("text, place", [
    ("Hotels and offices will be built at the Airport Island next to the runways.", "Airport Island"),
    ("Departments relocating from the Harbour Metropolis will move north.", "Harbour Metropolis"),
])
def test_a_name_of_head_words_not_joined_stays_a_name(extractor: Any, text: str, place: str) -> None:
    assert place in canonicals(extractor, text, "PLACE")


def test_government_after_a_reporting_verb_may_still_act(extractor: Any) -> None:
    text = "In Hong Kong, many employers said Government supports their training plans."
    assert "Hong Kong SAR Government" in canonicals(extractor, text, "INSTITUTION")


@pytest.mark.parametrize("text, part", [
    ("Hong Kong North and South were affected by the rainstorm.", "Hong Kong North"),
    ("Heavy rain fell on London West yesterday.", "London West"),
])
def test_a_compass_point_after_a_country_or_city_makes_no_new_place(extractor: Any, text: str, part: str) -> None:
    assert part not in canonicals(extractor, text, "PLACE")


def test_a_compass_point_after_a_town_is_a_part_of_it(extractor: Any) -> None:
    text = "Flats in Tai Po North will be completed in 2031."
    assert "Tai Po North" in canonicals(extractor, text, "PLACE")
