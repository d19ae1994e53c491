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


def test_a_person_or_town_described_by_trade_is_no_firm(extractor: Any) -> None:
    # review reven M2, session 26: news names people without an honorific; a trade noun alone makes no firm of a name
    # the model reads as a person's, nor of a known town
    for text, keep in (("John Chan, a supplier of seafood in Aberdeen, said sales fell.", ""),
                       ("Lim Boon Heng, a maker of traditional biscuits, welcomed the grant.", ""),
                       ("Sarah Wong, a provider of home care services, partnered with the Social Welfare Department.",
                        "Social Welfare Department"),
                       ("Kulim, a major producer of chips, attracted new plants.", ""),
                       ("Rebecca Choy, a film producer in Hong Kong, won the award.", ""),
                       ("Alan Lee, a key decision maker in the Government, said the plan would go ahead.", "Government"),
                       ("Lam Siu Ming, a service provider with 20 years' experience, applied for the grant.", "")):
        got = found(extractor, text)
        assert [k for k, v in got.items() if v[0] == "INSTITUTION"] == ([keep] if keep else []), (text, got)


def test_a_programme_that_forms_or_secures_is_no_body(extractor: Any) -> None:
    # review reven M10, session 26: programmes 'form the backbone of' a plan and 'secure' funding (DECISIONS 24)
    for text in ("Smart Nation formed the backbone of the plan.",
                 "Smart Nation secured a bigger share of the budget this year."):
        got = found(extractor, text)
        assert not any(v[0] == "INSTITUTION" for v in got.values()), (text, got)
