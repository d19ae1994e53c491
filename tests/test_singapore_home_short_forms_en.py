"""Singapore bodies named by short forms in a text that never writes 'Singapore' (eninst, session 29): a Budget
speech names its own ministries and councils bare ('the MOE and CDC bursaries'). A Singapore-only body named in full
(the arts colleges, gazetteer.institutions.sg.jsonl) makes Singapore the text's home, and the short forms of
Singapore's ministries and Community Development Councils then read as those bodies; 'CDC' elsewhere (the US Centers
for Disease Control) and a bare 'LaSalle' street stay what they were. Made-up sentences, the real model."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_short_forms_beside_a_singapore_only_body(extractor: Any) -> None:
    got = found(extractor, "Diploma students at the Nanyang Academy of Fine Arts will now receive the MOE and CDC "
                           "bursaries of $900 a year.")
    assert got["MOE"] == ("INSTITUTION", "Singapore Ministry of Education")
    assert got["CDC"] == ("INSTITUTION", "Community Development Council")
    assert got["Nanyang Academy of Fine Arts"] == ("INSTITUTION", "Nanyang Academy of Fine Arts")


def test_two_arts_colleges_joined_by_and_are_two_bodies(extractor: Any) -> None:
    got = found(extractor, "Bursaries will cover the arts institutions – LaSalle and Nanyang Academy of Fine Arts.")
    assert got["LaSalle"] == ("INSTITUTION", "LASALLE College of the Arts")
    assert got["Nanyang Academy of Fine Arts"] == ("INSTITUTION", "Nanyang Academy of Fine Arts")
    assert "LaSalle and Nanyang Academy of Fine Arts" not in got


def test_cdc_in_a_singapore_text(extractor: Any) -> None:
    got = found(extractor, "Each CDC in Singapore will run a new job scheme for older residents.")
    assert got["CDC"] == ("INSTITUTION", "Community Development Council")


def test_no_singapore_reading_without_singapore_evidence(extractor: Any) -> None:
    got = found(extractor, "The CDC will give each household a $300 voucher next year.")
    assert got.get("CDC", ("", ""))[1] != "Community Development Council"  # one shared short form is no evidence
    got = found(extractor, "The CDC reported more measles cases in Georgia and Atlanta.")
    assert got.get("CDC", ("", ""))[1] != "Community Development Council"
    got = found(extractor, "LaSalle Street in Chicago is home to many banks.")
    assert "LaSalle" not in got and "LaSalle Street" not in got or got.get("LaSalle Street", ("PLACE",))[0] == "PLACE"


def test_two_shared_short_forms_make_a_singapore_home(extractor: Any) -> None:
    """Two distinct Singapore short forms together are evidence of the jurisdiction (jurisdiction_evidence.en.json,
    enfig, session 29): the speech's own bodies, read bare as home_context_aliases."""
    got = found(extractor, "The CDC will give each household a $300 voucher, and MOM will raise the levy.")
    assert got["CDC"] == ("INSTITUTION", "Community Development Council")
    assert got["MOM"] == ("INSTITUTION", "Singapore Ministry of Manpower")


def test_a_health_text_naming_singapore_once_keeps_its_cdc(extractor: Any) -> None:
    """Review rmena X1 (session 29): 'Singapore' named once is no context for 'CDC', first of all the US (China's,
    Taiwan's) Centers for Disease Control; only the councils' own companions or a Singapore home text read it so."""
    got = found(extractor, "The Centers for Disease Control and Prevention (CDC) in the United States warned "
                           "travellers to Singapore about dengue. The CDC also issued advice.")
    assert got.get("CDC", ("", ""))[1] != "Community Development Council"
    got = found(extractor, "Hong Kong and Singapore both follow the CDC guidance on influenza vaccination.")
    assert got.get("CDC", ("", ""))[1] != "Community Development Council"
    got = found(extractor, "Singapore's Ministry of Education and Taiwan's MOE signed an agreement; Taiwan's CDC "
                           "tracks dengue.")
    assert got.get("CDC", ("", ""))[1] != "Community Development Council"
    got = found(extractor, "In Singapore the People's Association and each CDC will run job fairs, as will the "
                           "United States.")
    assert got["CDC"] == ("INSTITUTION", "Community Development Council")
