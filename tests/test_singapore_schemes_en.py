"""Singapore's national schemes and accounts by their bare names (Medifund, Medisave, MediShield Life, Workfare,
U-Save, Edusave …) are programmes, funds and accounts, neither bodies nor places (eninst, session 29; GUIDELINES:
schemes are no institutions). A name with a body's head ('the Medifund Committee') stays. Made-up sentences."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_bare_scheme_names_are_no_entities(extractor: Any) -> None:
    got = found(extractor, "We will top up Medifund by $500 million, and Medisave accounts of Singaporeans will get "
                           "$200.")
    assert "Medifund" not in got and "Medisave" not in got
    got = found(extractor, "MediShield Life will cover all Singaporeans, and Workfare will support older workers.")
    assert "Workfare" not in got and "MediShield Life" not in got
    got = found(extractor, "Households in Singapore will receive more U-Save and Edusave top-ups this year.")
    assert "U-Save" not in got and "Edusave" not in got
    assert got["Singapore"] == ("PLACE", "Singapore")


def test_a_body_named_after_a_scheme_stays(extractor: Any) -> None:
    got = found(extractor, "The Medifund Committee in each hospital in Singapore will approve the grants.")
    assert got["Medifund Committee"][0] == "INSTITUTION"
    got = found(extractor, "The Central Provident Fund Board will credit the Medisave top-ups in Singapore.")
    assert got["Central Provident Fund Board"][0] == "INSTITUTION"
