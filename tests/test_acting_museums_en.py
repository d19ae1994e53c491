"""A venue whose operator acts is an institution in every mention (issue 14, English institutions, enpl session 27;
GUIDELINES: an organisation that acts is an institution): a theme park that will upgrade its rides, a park's
collaboration with a board, and a museum that co-organises exhibitions (a museum no gazetteer knows, run by a body of
its name); a museum visited or opened, or a park redeveloped, stays a place. Made-up sentences, the real model."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_a_theme_park_that_upgrades_its_rides_acts(extractor: Any) -> None:
    got = found(extractor, "Ocean Park will upgrade its rides next year, the report said.")
    assert got["Ocean Park"][0] == "INSTITUTION"


def test_a_parks_collaboration_makes_it_a_body(extractor: Any) -> None:
    got = found(extractor, "The Government will support Hong Kong Disneyland's collaboration with local schools.")
    assert got["Hong Kong Disneyland"][0] == "INSTITUTION"


def test_a_museum_that_co_organises_acts(extractor: Any) -> None:
    got = found(extractor, "We will tour the collections of the Lotus Art Museum overseas. The Lotus Art Museum "
                           "will also co-organise exhibitions with other museums.")
    assert got["Lotus Art Museum"][0] == "INSTITUTION"


def test_a_visited_museum_and_a_redeveloped_park_stay_places(extractor: Any) -> None:
    got = found(extractor, "Visitors to the Lotus Art Museum rose. The new Harbour Museum opened in May, and "
                           "Ocean Park's redevelopment goes on.")
    assert got["Lotus Art Museum"][0] == "PLACE" and got["Harbour Museum"][0] == "PLACE"
    assert got["Ocean Park"][0] == "PLACE"


def test_a_museum_that_acts_is_no_company(extractor: Any) -> None:
    # (review-reven S6, mendea: the turned museum was typed 'company'; a theme park's operator stays one)
    from pipeline.records import Document
    text = "The Lotus Art Museum's collaboration with the Tourism Board will bring 100 works here. Ocean Park will " \
           "upgrade its rides next year."
    doc = Document(doc_id="t", source="t.txt", format="txt", title="", text=text, sha256="")
    types = {m.text: m.type for _, mentions in extractor.extract([doc]) for m in mentions
             if getattr(m, "label", "") == "INSTITUTION"}
    assert types["Lotus Art Museum"] != "company"
    assert types["Ocean Park"] == "company"
