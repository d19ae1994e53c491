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
