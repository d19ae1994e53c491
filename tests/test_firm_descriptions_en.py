"""A name described as a maker, provider or supplier ('X, a Dublin-based provider of software'), also with the short
form it defines between ('X (XR), a provider of ...'), is a firm, and a name that partners, forms, secures or merges is
a body (enent, session 26: 'Financial Risk Solutions (FRS), a Dublin-based provider of ...' and 'RD InnoTech
partnered with ...' were no entities). Made-up sentences; the first two failed before the rule, the last guards people."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_a_provider_with_its_short_form(extractor: Any) -> None:
    got = found(extractor, "Quillon Risk Systems (QRS), a Dublin-based provider of compliance software, opened an "
                           "office. Brindle Widgets, a leading maker of boats, grew. Pelican Tools, a supplier of "
                           "parts in Japan, grew.")
    assert got.get("Quillon Risk Systems", ("",))[0] == "INSTITUTION", got
    assert got.get("Brindle Widgets", ("",))[0] == "INSTITUTION", got
    assert got.get("Pelican Tools", ("",))[0] == "INSTITUTION", got
    assert got.get("Dublin", ("",))[0] == "PLACE", got


def test_a_name_that_partners_is_a_body(extractor: Any) -> None:
    got = found(extractor, "The sandbox also holds QT InnoTech. QT InnoTech partnered with a bank in May.")
    assert got.get("QT InnoTech", ("",))[0] == "INSTITUTION", got


def test_a_person_described_as_a_supplier_is_no_firm(extractor: Any) -> None:
    got = found(extractor, "Mr Tan, a supplier of parts, said so. Dr Lee, a provider of care, agreed.")
    assert not any(v[0] == "INSTITUTION" for v in got.values()), got
