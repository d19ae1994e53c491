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
