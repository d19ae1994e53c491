"""Named sports venues, nature reserves and creeks (issue 14, English places, session 15): 'Coliseum', 'Hockey
Ground', 'Nature Reserve' and 'Creek' head places' names; a list whose last conjunct alone carries a plural place
head after names with heads of their own names that one place as written ('..., Berlayar Creek and Southern
Ridges'). Made-up sentences, the real model (session fixture `extractor`)."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_reserves_creeks_and_a_plural_ridge_name_after_them(extractor: Any) -> None:
    got = found(extractor, "The estate lies near nature areas such as Rowan Nature Reserve, Kestrel Creek and "
                           "Western Ridges.")
    assert got["Rowan Nature Reserve"][0] == got["Kestrel Creek"][0] == got["Western Ridges"][0] == "PLACE"
    assert got["Western Ridges"][1] == "Western Ridges"


def test_a_coliseum_and_a_hockey_ground_are_venues(extractor: Any) -> None:
    got = found(extractor, "Upgrading works covered the Northgate Coliseum and the Pine Hill Hockey Ground.")
    assert got["Northgate Coliseum"][0] == got["Pine Hill Hockey Ground"][0] == "PLACE"


def test_a_heading_of_two_gerund_phrases_names_no_place(extractor: Any) -> None:
    got = found(extractor, "(C) Building Regional Hubs and Greening Neighbourhoods\n\nWe will do more.")
    assert not got
