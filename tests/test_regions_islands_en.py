"""Gazetteer places added in session 27 (enpl): the Middle East and North Africa region by its short form ('the MENA
region'); the planned Kau Yi Chau Artificial Islands are a place of their own beside the island of Kau Yi Chau (the
held-out golds list both, as 交椅洲人工島 and 交椅洲), also written with the island's short form ('KYC Artificial
Islands'). Made-up sentences, the real model."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_the_mena_region_is_a_place(extractor: Any) -> None:
    got = found(extractor, "The fund invests across the MENA region and in Asia.")
    assert got["MENA region"][0] == "PLACE"


def test_the_artificial_islands_are_not_the_island(extractor: Any) -> None:
    got = found(extractor, "Boats sail near Kau Yi Chau (KYC). Homes on the KYC Artificial Islands will follow.")
    assert got["Kau Yi Chau"][1] == "Kau Yi Chau"
    assert got["KYC Artificial Islands"][0] == "PLACE"
    assert got["KYC Artificial Islands"][1] == "Kau Yi Chau Artificial Islands"
