"""A clause's opening conjunction or adverb is no part of a place's name (issue 14, English places, enpl session 27):
'When Harbourview East and Pine Bay Pumping Stations are finished, ...' names the stations from 'Harbourview East'; a
gazetteer name that starts with the word keeps it. Made-up sentences, the real model."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_a_subordinator_before_a_place_is_left_out(extractor: Any) -> None:
    got = found(extractor, "When Harbourview East and Pine Bay Pumping Stations are finished next year, the "
                           "district will have six stations.")
    assert not any(name.startswith("When") for name in got)


def test_once_and_while_open_no_place(extractor: Any) -> None:
    got = found(extractor, "Once Marina South grows, traffic will rise. While Tuen Mun expands, Yuen Long waits.")
    assert "Once Marina South" not in got and "While Tuen Mun" not in got
    assert got["Tuen Mun"][0] == "PLACE"


def test_an_opening_word_inside_a_clause_is_a_names_own(extractor: Any) -> None:
    # (review M4, mendea: 'Or' after 'while' opens no clause; the tower's name is 'Or Lam Tower', never 'Lam Tower')
    got = found(extractor, "Kam Fung will get a new sports ground, while Or Lam Tower will be demolished.")
    assert "Lam Tower" not in got
    assert got["Or Lam Tower"][0] == "PLACE"
