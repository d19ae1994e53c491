"""Drainage works and quays are named sites (issue 14, English places, enpl session 27; DECISIONS 41): a nullah (Hong
Kong's word for a channelled stream), a stormwater detention tank, a quay and an isolation or quarantine facility
are places by their names ('Tai Hang
Nullah', 'Sheung Wan Detention Tank', 'Tung Wan Quay'). Made-up sentences, the real model."""

from __future__ import annotations

from typing import Any

from tests.test_places_en import places


def test_nullahs_and_detention_tanks_are_places(extractor: Any) -> None:
    got = places(extractor, "The works will widen Tai Hang Nullah and complete the Sheung Wan Detention Tank.")
    assert {"Tai Hang Nullah", "Sheung Wan Detention Tank"} <= got


def test_a_quay_is_a_place(extractor: Any) -> None:
    got = places(extractor, "Ferries will call at the new Tung Wan Quay from June.")
    assert "Tung Wan Quay" in got


def test_isolation_and_quarantine_facilities_are_places(extractor: Any) -> None:
    got = places(extractor, "The hostel, converted from the Sha Tin Community Isolation\nFacility, opened in May.")
    assert "Sha Tin Community Isolation\nFacility".replace("\n", " ") in got
