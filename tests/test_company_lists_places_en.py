"""A list of names the model reads mostly as organisations types its items as companies (company_lists.py), but an
item the model read as a place and whose head word names a place stays that place: 'Upper Shing Mun Reservoir,
Lower Shing Mun and Plover Cove Reservoir' names three reservoirs, no company (review M5 of session 27, lead L1).
Made-up names, the real model."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_a_reservoir_at_a_lists_head_is_no_company(extractor: Any) -> None:
    for text, names in (
            ("The works at Upper Kwai Lun Reservoir, Lower Pak Wan and Cheung Fat Reservoir will finish in 2027.",
             ("Upper Kwai Lun Reservoir", "Cheung Fat Reservoir")),
            ("Repairs at Tai Hom Reservoir, Kam Lo Reservoir and Shek Pui Reservoir start soon.",
             ("Tai Hom Reservoir", "Kam Lo Reservoir", "Shek Pui Reservoir"))):
        got = found(extractor, text)
        assert all(got.get(n, ("", ""))[0] == "PLACE" for n in names), got

