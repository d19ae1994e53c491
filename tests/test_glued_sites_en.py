"""Sites named by one glued word are places (issue 14, English places, enpl session 27): an intercapped word whose
tail is a site's head ('the plant at EcoPark', 'the new WestPark'; a glued digit after it is a footnote) and a word
joined by a middle dot whose tail is a site's head or a compass word ('Lantau·North', 'O·PARK2': one digit numbers the
site, more are a footnote, but for the first digit of a series the text numbers elsewhere). A company's intercapped name ('StarHub', 'SunQuay Limited') is no place. Made-up
sentences, the real model."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found
from tests.test_places_en import places


def test_intercapped_sites_are_places(extractor: Any) -> None:
    got = places(extractor, "The new sorting plant, sited at EcoPark, opens soon, and families enjoy the new "
                            "WestPark2 next to it.")
    assert {"EcoPark", "WestPark"} <= got


def test_dotted_sites_are_places(extractor: Any) -> None:
    got = places(extractor, "Works at Tai Po·North will start once O·PARK2 is built; O·PARK315 follows, and Q·BAY45 "
                            "later.")
    assert {"Tai Po·North", "O·PARK2", "O·PARK3", "Q·BAY"} <= got  # (a numbered series: site 3, footnote 15)
    assert "Tai Po" not in got


def test_companies_with_intercapped_names_are_no_places(extractor: Any) -> None:
    got = found(extractor, "StarHub and SunQuay Limited signed the deal in Singapore.")
    assert got.get("StarHub", ("", ""))[0] != "PLACE"
    assert "SunQuay" not in got


def test_a_clauses_opening_word_before_a_dotted_site_is_left_out(extractor: Any) -> None:
    # (review M3, mendea: the dotted name took up to two capitalised words before it, a clause's opening one too)
    got = places(extractor, "Once Q·PARK2 is commissioned, it will treat food waste. Meanwhile Kam Fung·North will "
                            "get 2,000 flats.")
    assert {"Q·PARK2", "Kam Fung·North"} <= got
    assert not any(name.startswith(("Once", "Meanwhile")) for name in got)


def test_an_intercapped_word_the_text_does_not_place_is_no_site(extractor: Any) -> None:
    # (review M2, mendea: after a common noun or a first name the word names a company or a person, not a site)
    got = places(extractor, "The asset manager RiverBay said it would hire staff, and Dr Jane McQuay chaired the "
                            "panel.")
    assert not {"RiverBay", "McQuay"} & got


def test_a_glued_site_the_model_read_as_a_body_of_no_kind_is_a_place(extractor: Any) -> None:
    # (review S1, mendea: the model's untyped body over the very word kept the rule's place out)
    got = found(extractor, "The new TerraPark will open next year. The recycling plant at VerdaPark will open later.")
    assert got["TerraPark"][0] == "PLACE" and got["VerdaPark"][0] == "PLACE"


def test_a_glued_site_before_a_possessive_is_a_place(extractor: Any) -> None:
    # (review S4, mendea: the word's end refused the possessive's apostrophe; 'its visitor centre' places it)
    got = found(extractor, "Families enjoy SolanPark's new visitor centre.")
    assert got["SolanPark"][0] == "PLACE"
