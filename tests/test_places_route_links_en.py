"""English places (enpl, session 24): a place inside a road link's name ('the Eastern Harbour Crossing') or a name
listed after a plural link noun ('the two tunnels, X and Y') is no mention (route_names_en; DECISIONS 20, 22).
Made-up sentences, the real model (session fixture `extractor`)."""

from __future__ import annotations

from typing import Any

from pipeline.extract.entities.route_names_en import in_route_name
from tests.test_places_en import places


def test_a_place_before_a_link_head_is_part_of_the_links_name(extractor: Any) -> None:
    got = places(extractor, "The Government will lower the toll of the Eastern Harbour Crossing next year.")
    assert "Eastern Harbour" not in got
    got = places(extractor, "Lorries queued at the Shenzhen Bay Bridge, while shops in Sham Shui Po stayed open.")
    assert "Shenzhen Bay" not in got and "Sham Shui Po" in got


def test_a_links_whole_name_is_no_place(extractor: Any) -> None:
    got = places(extractor, "A minor incident in the Kwun Tong area could trigger congestion at the Eastern Harbour "
                            "Crossing.")
    assert "Eastern Harbour Crossing" not in got and "Kwun Tong" in got
    assert in_route_name("four viaducts (Ngong Shuen Chau Viaduct, ...)", 15, 39)


def test_names_listed_after_a_plural_link_noun_name_the_links(extractor: Any) -> None:
    got = places(extractor, "We will raise the toll of the other two tunnels, Aberdeen and Kai Tak, to ease traffic "
                            "in Mong Kok.")
    assert not {"Aberdeen", "Kai Tak"} & got and "Mong Kok" in got


def test_a_place_near_a_link_stays_a_place(extractor: Any) -> None:
    got = places(extractor, "Traffic near the Cross-Harbour Tunnel in Hung Hom worsened last year.")
    assert "Hung Hom" in got


def test_a_facility_after_the_head_keeps_the_place_and_a_clause_is_no_list() -> None:
    text = "the Hong Kong Boundary Crossing Facilities"
    assert not in_route_name(text, 4, 13)  # 'Hong Kong' (no head right after it)
    text = "the Lok Ma Chau Crossing Facilities opened"
    assert not in_route_name(text, 4, 15)
    text = "With more tunnels, Tai Po needs new roads."
    assert not in_route_name(text, 19, 25)
    text = "the three bridges: Tai Po, Sha Tin and Ma On Shan."
    assert in_route_name(text, 27, 34) and in_route_name(text, 39, 49)
