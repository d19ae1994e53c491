"""A bare 'the Government' in a text of a jurisdiction (issue 14, session 11): a Hong Kong Government text's
'the Government' is the HKSAR Government even when the only other place it names is a city elsewhere; it is
another government only when the text names that government. Made-up sentences, the real model."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_a_hong_kong_text_naming_only_a_foreign_city_means_its_own_government(extractor: Any) -> None:
    text = ("The Hong Kong Economic and Trade Office in Chengdu held a forum in Chengdu for exporters. "
            "The Government will keep widening trade links.")
    assert found(extractor, text)["Government"] == ("INSTITUTION", "Hong Kong SAR Government")


def test_a_named_foreign_government_is_still_read_as_named(extractor: Any) -> None:
    text = ("The Hong Kong Economic and Trade Office in Chengdu met the Chengdu Municipal Government, "
            "which signed a memorandum on exporters.")
    got = found(extractor, text)
    assert got["Hong Kong Economic and Trade Office"][0] == "INSTITUTION"
    assert any(label == "INSTITUTION" and "Chengdu" in canon and "Government" in canon
               for label, canon in got.values())


def test_offices_in_two_cities_are_two_bodies(extractor: Any) -> None:
    text = ("The Commerce and Tourism Office (CTO) in Xi'an will open a unit in Gansu Province. Two officers "
            "will also join the Chengdu CTO next year.")
    got = found(extractor, text)
    assert got["Commerce and Tourism Office"][0] == "INSTITUTION"
    assert got["Commerce and Tourism Office"][1] != got["Chengdu CTO"][1]


def test_a_site_named_with_and_without_the_territory_is_one_place(extractor: Any) -> None:
    text = ("Ferry services to Disneyland will be extended, the Hong Kong Government said, and Hong Kong "
            "Disneyland will build a third hotel.")
    got = found(extractor, text)
    assert got["Disneyland"] == got["Hong Kong Disneyland"] == ("PLACE", "Hong Kong Disneyland")
