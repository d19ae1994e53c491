"""Which body a name stands for (eninst, session 20; made-up sentences, the real model). A name defined by a known
body's acronym whose initials and capitalised words are that body's ('the Bank of International Settlements (BIS)')
is that body, while another body sharing the acronym keeps its name; a central bank named with its country first ('the
Kuwait Central Bank') is the Central Bank of that country; a photo agency credited under a picture ('Photo: iStock')
is a body (DECISIONS 28, 30); 'Project' before 'and' and an office's head is part of the unit's name; a name right
after 'project' or 'scheme' names the project."""

from __future__ import annotations

from typing import Any

from tests.test_entities_names_s20 import canonicals, mentions


def test_a_known_body_written_another_way_and_defined_by_its_acronym_is_that_body(extractor: Any) -> None:
    text = "The fund joined the Bank of International Settlements (BIS) as an observer. The BIS welcomed it."
    assert canonicals(extractor, text, "INSTITUTION") == {"Bank for International Settlements"}


def test_another_body_sharing_a_known_acronym_keeps_its_name(extractor: Any) -> None:
    text = "The Hong Kong Management Association (HKMA) will run the course for managers."
    assert "Hong Kong Monetary Authority" not in canonicals(extractor, text, "INSTITUTION")


def test_a_central_bank_named_with_its_country_first(extractor: Any) -> None:
    text = "Officials of the Kuwait Central Bank visited the exchange last week."
    assert "Central Bank of Kuwait" in canonicals(extractor, text, "INSTITUTION")


def test_a_photo_agency_credited_under_a_picture_is_a_body(extractor: Any) -> None:
    text = "Shoppers at a mall in the city centre. (Photo: iStock)\nRetail sales rose by 3 per cent in May."
    assert "iStock" in canonicals(extractor, text, "INSTITUTION")


def test_project_before_and_and_an_office_head_is_part_of_the_units_name(extractor: Any) -> None:
    from pipeline.extract.entities.name_spans import LEFT_STOP
    text = "We will rename the unit as the Project Delivery and Assurance Office next year."
    start = text.index("Assurance Office")
    assert extractor.entities.conjunct_edge(text, start, LEFT_STOP) == text.index("Project")


def test_a_name_after_project_names_the_project(extractor: Any) -> None:
    from pipeline.extract.entities.name_limits_en import name_limits
    from pipeline.extract.entities.spans import Cand
    text = "The authority discussed the payment project Quillbridge, which links four central banks."
    assert not any(surface == "Quillbridge" for surface, _, _ in mentions(extractor, text))
    s = text.index("Quillbridge")
    cand = Cand(s, s + len("Quillbridge"), "INSTITUTION", "inst:x-q", "Quillbridge", method="ner")
    rec = extractor.entities
    assert name_limits(text, [cand], rec.entries, rec.head_kind, rec.head_word, rec.thing_nouns) == []


def test_a_known_acronym_before_its_bracketed_variant_name_is_that_body(extractor: Any) -> None:
    text = "The platform was built by the central banks and BIS (Bank of International Settlements) in 2031."
    assert canonicals(extractor, text, "INSTITUTION") == {"Bank for International Settlements"}


def test_a_known_body_after_a_country_prefix_stays_a_body(extractor: Any) -> None:
    text = "Banks borrowed US dollars from the U.S. Federal Reserve in the crisis."
    assert "Federal Reserve" in canonicals(extractor, text, "INSTITUTION")


def test_a_city_a_government_aims_for_is_no_place(extractor: Any) -> None:
    text = "Policy Address\n\nA Green and Vibrant City\n\nParks\n\n12. We will build more parks in Hong Kong."
    assert not {c for c in canonicals(extractor, text, "PLACE") if c.endswith("City")}


def test_a_place_inside_a_quoted_title_is_no_mention(extractor: Any) -> None:
    text = "Lenders will follow the “Singapore Approach to Distressed Borrowers” when firms fall behind."
    assert "Singapore" not in canonicals(extractor, text, "PLACE")


def test_a_place_in_a_quoted_sentence_stays(extractor: Any) -> None:
    text = "The minister told the forum that “Singapore is open for business” this year."
    assert "Singapore" in canonicals(extractor, text, "PLACE")


def test_a_legislature_in_a_members_title_names_no_body(extractor: Any) -> None:
    text = "The regulator met traders (including Members of the Legislative Council) today."
    assert "Legislative Council" not in canonicals(extractor, text, "INSTITUTION")


def test_a_locality_before_a_comma_and_a_known_area_is_a_place(extractor: Any) -> None:
    from pipeline.extract.entities.localities_en import localities
    from pipeline.extract.entities.spans import Cand
    rec = extractor.entities
    text = "A new pool will be built in Quarry Flat, Ma On Shan, by 2031. It opened in March, Ma On Shan."
    found = [Cand(s, s + 10, "PLACE", "place:hk-ma-on-shan", "Ma On Shan", "area", "HK")
             for s in (text.index("Ma On Shan"), text.rindex("Ma On Shan"))]
    assert rec.entries["place:hk-ma-on-shan"].type in ("area", "district")
    got = [c.canonical for c in localities(text, found, rec.entries, rec.head_kind)]
    assert got == ["Quarry Flat", "Ma On Shan", "Ma On Shan"]
