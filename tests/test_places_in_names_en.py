"""English places held inside other names, and names cut short around places (issue 14, English places in
Hong Kong texts, session 11): a city before an office's acronym names the office ('the Oslo ETO'), not the city.
Made-up sentences, the real model (session fixture `extractor`)."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found
from tests.test_places_en import places


def test_a_city_before_an_office_acronym_names_the_office(extractor: Any) -> None:
    text = ("The five overseas Economic and Trade Offices (ETO) report yearly. The Madrid ETO and the Vienna ETO "
            "met traders in Lisbon.")
    got = found(extractor, text)
    assert got["Madrid ETO"][0] == "INSTITUTION" and got["Vienna ETO"][0] == "INSTITUTION"
    assert places(extractor, text) == {"Lisbon"}


def test_a_known_office_acronym_needs_no_spelling_out(extractor: Any) -> None:
    text = "Staff of the Jakarta ETO and the Sydney ETO visited Perth last month."
    got = found(extractor, text)
    assert got["Jakarta ETO"][0] == "INSTITUTION" and got["Sydney ETO"][0] == "INSTITUTION"
    assert "Sydney" not in places(extractor, text) and "Perth" in places(extractor, text)


def test_a_table_of_offices_names_offices_not_cities(extractor: Any) -> None:
    text = "Office Annex Paris ETO 1 Chicago ETO 2 Madrid ETO 3 Sydney ETO 4"
    assert not places(extractor, text)


def test_a_plural_office_acronym_keeps_its_place(extractor: Any) -> None:
    got = places(extractor, "The Mainland ETOs and the offices in Europe will help traders.")
    assert {"Mainland", "Europe"} <= got


def test_a_market_link_named_by_its_places_holds_them(extractor: Any) -> None:
    text = ("Investors in Macao will use the Zhuhai-Macao Bond Connect and the Qingdao- Macao Swap Connect "
            "from next year.")
    assert places(extractor, text) == {"Macao"}


def test_a_gerund_programme_named_by_a_district_holds_it(extractor: Any) -> None:
    text = ("The Government launched two initiatives, i.e. Reviving Tsuen Wan and Energizing Kowloon East. "
            "Projects under Reviving Tsuen Wan are complete, and the Energizing Kowloon East initiative has "
            "transformed Kwun Tong.")
    assert places(extractor, text) == {"Kwun Tong"}


def test_a_capitalised_gerund_opening_a_sentence_is_a_verb(extractor: Any) -> None:
    assert "Lantau" in places(extractor, "Developing Lantau will take twenty years, the Secretary said.")


def test_the_bare_name_of_central_is_the_hong_kong_area(extractor: Any) -> None:
    text = ("Offices in Kowloon Bay now rival those in Central. Ferries link Central to Mui Wo, while trade with "
            "Central Asia and the Central Government's policies are other matters.")
    got = found(extractor, text)
    assert got.get("Central", ("",))[0] == "PLACE"
    assert "Central Asia" in got and got.get("Central Government", ("",))[0] == "INSTITUTION"


def test_a_mine_is_a_named_site_and_ends_its_name(extractor: Any) -> None:
    text = "Housing will rise on the former Ma On Shan Iron Mine and Anderson Road Quarry sites."
    assert {"Ma On Shan Iron Mine", "Anderson Road Quarry"} <= places(extractor, text)
    assert "Ma On Shan" not in places(extractor, text)


def test_a_capitalised_gerund_after_a_dash_in_a_list_is_a_verb(extractor: Any) -> None:
    text = "Two routes are planned:\n  1. West Kowloon – Serving Sham Shui Po uphill areas, including Shek Kip Mei."
    assert "Sham Shui Po" in places(extractor, text)


def test_two_compass_words_before_a_region_are_one_name(extractor: Any) -> None:
    got = places(extractor, "Bus services in the North West New Territories and North East Lantau will grow.")
    assert {"North West New Territories", "North East Lantau"} <= got
    assert not {"West New Territories", "East Lantau"} & got


def test_a_street_is_no_place(extractor: Any) -> None:
    text = "The footbridge at Tai Nan Street will link the estate in Sham Shui Po."
    assert places(extractor, text) == {"Sham Shui Po"}


def test_a_named_development_area_keeps_its_development_head(extractor: Any) -> None:
    text = "Works on the Sai Kung North Development and the Lam Tei West Public Housing Development will start."
    assert places(extractor, text) == {"Sai Kung North Development", "Lam Tei West Public Housing Development"}


def test_a_known_area_read_around_its_bracketed_short_form_is_that_area(extractor: Any) -> None:
    text = ("Works for the Hung Shui Kiu/Ha Tsuen (HSK/HT) NDA will end in 2037; the Hung Shui Kiu/Ha Tsuen NDA "
            "will house 176 000 people.")
    canonicals = {canonical for label, canonical in found(extractor, text).values() if label == "PLACE"}
    assert canonicals == {"Hung Shui Kiu/Ha Tsuen New Development Area"}


def test_an_office_acronym_before_its_city_names_the_office(extractor: Any) -> None:
    text = "The Director of HKETO Sydney met traders in Perth, and HKETO Sydney will open a desk there."
    got = found(extractor, text)
    assert got["HKETO Sydney"][0] == "INSTITUTION" and places(extractor, text) == {"Perth"}


def test_an_office_comma_city_is_one_name_and_its_bracket_the_same_office(extractor: Any) -> None:
    text = ("The Hong Kong Economic and Trade Office, Sydney (HKETO Sydney) held a dinner in Perth. "
            "Staff of HKETO Sydney attended.")
    got = found(extractor, text)
    assert places(extractor, text) == {"Perth"}
    assert got["HKETO Sydney"] == ("INSTITUTION", "Hong Kong Economic and Trade Office, Sydney")


def test_a_heading_of_public_housing_development_is_no_place(extractor: Any) -> None:
    text = "Public Housing Development\n\nThe Tai Tong East Public Housing Development will start in Yuen Long."
    assert places(extractor, text) == {"Tai Tong East Public Housing Development", "Yuen Long"}
