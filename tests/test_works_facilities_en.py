"""Named waste, water and public-health works headed by 'Facility' are places, with the short form the text defines
(enent, session 25: 'the Integrated Waste Management Facility (IWMF)' was no entity, 'Facility' heading programmes).
Made-up sentences; the first two failed before the rule, the last guards financial facilities."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_a_waste_facility_and_its_short_form(extractor: Any) -> None:
    got = found(extractor, "The Integrated Waste Recovery Facility (IWRF) on Lantau will open in 2031. The IWRF will "
                           "burn 2,000 tonnes a day.")
    assert got.get("Integrated Waste Recovery Facility") == ("PLACE", "Integrated Waste Recovery Facility"), got
    assert got.get("IWRF") == ("PLACE", "Integrated Waste Recovery Facility"), got


def test_a_facility_named_by_its_place_and_a_listed_place_before_it(extractor: Any) -> None:
    got = found(extractor, "Works at Tsing Yi and Tuas Sludge Treatment Facility were finished.")
    assert got.get("Tuas Sludge Treatment Facility", ("",))[0] == "PLACE", got
    assert got.get("Tsing Yi", ("",))[0] == "PLACE", got
    assert "Tuas" not in got, got


def test_financial_facilities_stay_programmes(extractor: Any) -> None:
    got = found(extractor, "The central bank widened the Standing Lending Facility and a Credit Facility for small "
                           "firms in Singapore.")
    assert not any("Facility" in k for k in got), got
