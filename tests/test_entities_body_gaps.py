"""English institutions (issue 14) on made-up sentences: gaps in the institution gazetteers — an acronym the entry
names but never matched ('STB', 'SPRING'), a body's own short form beside its context ('the AA' at an airport, 'WP'
before an MP's ward), the Exchange Fund Advisory Committee and its sub-committees (one body under its long and short
name), the HKMA's Chief Executive's Committee, and Lehman Brothers as a premodifier of its products."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_the_aa_beside_an_airport_word_is_the_airport_authority(extractor: Any) -> None:
    got = found(extractor, "The AA's new cargo terminal at the airport will open in 2031, the Hong Kong "
                           "Government said.")
    assert got.get("AA") == ("INSTITUTION", "Airport Authority Hong Kong"), got


def test_the_aa_without_an_airport_word_is_no_body(extractor: Any) -> None:
    got = found(extractor, "The AA meeting in London discussed the new rules.")
    assert "AA" not in got, got


def test_a_party_written_before_an_mps_ward_is_the_party(extractor: Any) -> None:
    got = found(extractor, "Ms Tan Ah Lian (WP-Sengkang) asked about bus fares in Singapore, and Mr Lim Boon "
                           "(PAP-Bishan) replied.")
    assert got.get("WP") == ("INSTITUTION", "Workers' Party"), got


def test_every_bodys_acronym_is_an_alias_or_a_context_alias() -> None:
    import json
    from importlib import resources

    missing = []
    for item in resources.files("pipeline.data").iterdir():
        if item.name.startswith("gazetteer.institutions.") and item.name.endswith(".jsonl"):
            for line in item.read_text("utf-8").splitlines():
                if line.startswith("{"):
                    entry = json.loads(line)
                    acronym = entry.get("acronym")
                    names = {entry["canonical"], *entry.get("aliases", []), *entry.get("context_aliases", {})}
                    if acronym and acronym not in names:
                        missing.append((item.name, entry["id"], acronym))
    assert not missing, missing


def test_an_agency_acronym_alone_in_a_table_cell_is_the_agency(extractor: Any) -> None:
    got = found(extractor, "Scheme Agency Cost\nMarket Readiness Assistance – (SPRING/STB) Helps firms grow "
                           "overseas. $90 million\nSingapore firms benefited.")
    assert got.get("SPRING") == ("INSTITUTION", "SPRING Singapore"), got
    assert got.get("STB") == ("INSTITUTION", "Singapore Tourism Board"), got


def test_a_sub_committee_named_after_its_parent_and_alone_is_one_body(extractor: Any) -> None:
    got = found(extractor, "Record of a meeting of Exchange Fund Advisory Committee Currency Board Sub-Committee\n\n"
                           "The Currency Board Sub-Committee noted that the Hong Kong dollar was stable.")
    long_ = got.get("Exchange Fund Advisory Committee Currency Board Sub-Committee")
    assert long_ is not None and long_ == got.get("Currency Board Sub-Committee"), got


def test_a_generic_sub_committee_of_another_body_is_not_the_exchange_funds(extractor: Any) -> None:
    got = found(extractor, "The Investment Sub-Committee of the Widget Training Board met on Monday.")
    assert all("Exchange Fund" not in v[1] for v in got.values()), got


def test_a_failed_bank_as_a_premodifier_of_its_products_is_a_mention(extractor: Any) -> None:
    got = found(extractor, "The Monetary Authority of Hong Kong received 300 complaints about Lehman "
                           "Brothers-related investment products and closed 120 Lehman-related cases.")
    assert got.get("Lehman Brothers") == ("INSTITUTION", "Lehman Brothers"), got
    assert got.get("Lehman") == ("INSTITUTION", "Lehman Brothers"), got


def test_a_surname_alone_is_not_the_failed_bank(extractor: Any) -> None:
    got = found(extractor, "Mr Lehman, the poet, read two poems in Hong Kong.")
    assert "Lehman" not in got or got["Lehman"][0] != "INSTITUTION", got


def test_the_hkma_chief_executives_committee_in_a_contents_list(extractor: Any) -> None:
    got = found(extractor, "HKMA Annual Report 2031\n\nContents\n\n2 Highlights of 2031\n\n20 Chief Executive's "
                           "Committee\n\n33 Monetary Stability")
    assert got.get("Chief Executive's Committee", ("",))[0] == "INSTITUTION", got


def test_a_fund_with_its_own_administration_is_a_body(extractor: Any) -> None:
    got = found(extractor, "The Government of Hong Kong will invite the Community Care Fund (CCF) to consider a "
                           "one-off subsidy; the CCF launched 3 programmes last year.")
    assert got.get("Community Care Fund") == ("INSTITUTION", "Community Care Fund"), got
    assert got.get("CCF") == ("INSTITUTION", "Community Care Fund"), got


def test_the_banknote_printer_by_its_acronym(extractor: Any) -> None:
    got = found(extractor, "Twenty District Council chairmen visited HKNPL, the banknote printer in Hong Kong.")
    assert got.get("HKNPL") == ("INSTITUTION", "Hong Kong Note Printing Limited"), got


def test_hk_and_hong_kong_in_an_unknown_bodys_name_are_one_body(extractor: Any) -> None:
    got = found(extractor, "Speech at the Federation of HK Widget Traders dinner\n\nThe Federation of Hong Kong "
                           "Widget Traders has 300 members.")
    assert got.get("Federation of HK Widget Traders") == got.get("Federation of Hong Kong Widget Traders"), got
    assert got.get("Federation of HK Widget Traders", ("",))[0] == "INSTITUTION", got


def test_a_former_singapore_ministry_by_its_acronym(extractor: Any) -> None:
    got = found(extractor, "Members asked about MCYS schemes for Singaporean families and the arts grants.")
    assert got.get("MCYS") == ("INSTITUTION", "Singapore Ministry of Community Development, Youth and Sports"), got
