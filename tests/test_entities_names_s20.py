"""Places and institutions inside longer names, and names with glued footnote markers (eninst, session 20; made-up
sentences, the real model). A footnote marker glued to a name ('Harbourton3', 'ITE4was') ends the name (DECISIONS 15);
a body's corporate name and its common name in one text are one body (DECISIONS 31); a place in a titled plan's
topic ('the Harbour Plan for Tsuen Wan') is inside the plan's name, as a place opening a brand ('the GBA InnoExpress')
or a concept ('the Food Hub concept') is; a definite office named by its seat ('the Economic and Trade Office (ETO) in
Wuhan') holds the city in its name; portals and jobs banks are services, no bodies (DECISIONS 24)."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.records import Document


def mentions(extractor: Any, text: str) -> list[tuple[str, str, str]]:
    """(surface, label, canonical) of every place and institution mention, in text order."""
    doc = Document(doc_id="t", source="t.txt", format="txt", title="", text=text, sha256="")
    return [(m.text, m.label, m.canonical) for _, ms in extractor.extract([doc]) for m in ms
            if m.label in ("PLACE", "INSTITUTION")]


def canonicals(extractor: Any, text: str, label: str) -> set[str]:
    return {c for _, lab, c in mentions(extractor, text) if lab == label}


@pytest.mark.parametrize("text, label, name", [
    ("In Singapore, training is offered at the ITE3 and in workshops.", "INSTITUTION", "Institute of Technical Education"),
    ("In Singapore, the scheme run by IMDA4with industry partners will expand.", "INSTITUTION",
     "Infocomm Media Development Authority"),
    ("More beds will open in Hong Kong12 next year.", "PLACE", "Hong Kong SAR"),
])
def test_a_glued_footnote_marker_ends_the_name(extractor: Any, text: str, label: str, name: str) -> None:
    assert name in canonicals(extractor, text, label)


@pytest.mark.parametrize("text", ["Our SG60 celebrations begin today.", "Exports to Kong123 rose."])
def test_digits_that_are_part_of_a_word_are_no_marker(extractor: Any, text: str) -> None:
    assert "Singapore" not in canonicals(extractor, text, "PLACE")
    assert "Hong Kong SAR" not in canonicals(extractor, text, "PLACE")


def test_a_corporate_name_and_its_common_name_are_one_body(extractor: Any) -> None:
    text = ("The Northbay Development Bank Corporation (NDBC) signed an agreement with the fund. Northbay Development "
            "Bank will lend to small firms.")
    bodies = canonicals(extractor, text, "INSTITUTION")
    assert "Northbay Development Bank" in bodies and "Northbay Development Bank Corporation" not in bodies


@pytest.mark.parametrize("text, place", [
    ("The Government will formulate the Harbour Plan for Tsuen Wan next year.", "Tsuen Wan"),
    ("We are drawing up the Community Services Programme Plan for Hong Kong.", "Hong Kong SAR"),
    ("We will publish the Strategy of Hydrogen Development in Hong Kong next year.", "Hong Kong SAR"),
    ("The Outline Development Plan for Hung Shui Kiu was approved.", "Hung Shui Kiu"),
])
def test_a_place_in_a_titled_plans_topic_is_inside_the_title(extractor: Any, text: str, place: str) -> None:
    assert place not in canonicals(extractor, text, "PLACE")


def test_a_plan_for_a_place_standing_alone_keeps_it(extractor: Any) -> None:
    text = "We will formulate a new plan for Tsuen Wan. The Harbour Plan for Tsuen Wan comes first."
    assert "Tsuen Wan" in canonicals(extractor, text, "PLACE")


@pytest.mark.parametrize("text, place", [
    ("The science park will launch the GBA InnoExpress to help start-ups.", "Guangdong-Hong Kong-Macao Greater Bay Area"),
    ("The agency will run the GBA StartUp Express for young founders.", "Guangdong-Hong Kong-Macao Greater Bay Area"),
    ("JTC's Fruit Hub concept will feature a shared cold store.", "Fruit Hub"),
])
def test_a_place_opening_a_brand_or_a_concept_is_no_mention(extractor: Any, text: str, place: str) -> None:
    assert place not in canonicals(extractor, text, "PLACE")


def test_a_known_place_named_with_a_brand_word_stays(extractor: Any) -> None:
    text = "The Tseung Kwan O InnoPark has no vacant sites. Residents of MacPherson met at the community club."
    assert "Tseung Kwan O InnoPark" in canonicals(extractor, text, "PLACE")


@pytest.mark.parametrize("text, place", [
    ("The Economic and Trade Office (ETO) in Wuhan will set up two liaison units.", "Wuhan"),
    ("The Hong Kong Economic and Trade Office in London will host a seminar.", "London"),
])
def test_a_definite_office_named_by_its_seat_holds_the_city(extractor: Any, text: str, place: str) -> None:
    assert place not in canonicals(extractor, text, "PLACE")


@pytest.mark.parametrize("text, place", [
    ("Work to open an Economic and Trade Office in Seoul is ongoing.", "Seoul"),
    ("Our ETOs in Europe will promote Hong Kong.", "Europe"),
])
def test_a_kind_of_office_or_a_class_of_offices_leaves_the_place(extractor: Any, text: str, place: str) -> None:
    assert place in canonicals(extractor, text, "PLACE")


@pytest.mark.parametrize("text, name", [
    ("We will make the National Careers Portal more useful for jobseekers.", "National Careers Portal"),
    ("The National Jobs Bank will list more vacancies from employers.", "National Jobs Bank"),
])
def test_portals_and_jobs_banks_are_no_bodies(extractor: Any, text: str, name: str) -> None:
    assert name not in canonicals(extractor, text, "INSTITUTION")
