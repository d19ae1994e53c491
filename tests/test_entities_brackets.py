"""English institutions (issue 14) on made-up sentences: what a bracket after a name says (a stock listing, a former
name, an acronym of a unit), quoted speech, currencies named after central banks, and the exchanges gazetteer."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

from tests.test_entities_real import found

ROOT = Path(__file__).resolve().parent.parent


def test_a_name_before_a_stock_listing_is_a_listed_company(extractor: Any) -> None:
    got = found(extractor, "The lender worked with Norbright and Quillon (NYSE: QLN) on the pilot.")
    assert got.get("Quillon", ("",))[0] == "INSTITUTION"
    assert "Norbright and Quillon" not in got
    assert "NYSE" not in got  # the exchange's code in the listing is no mention of the exchange
    got = found(extractor, "Harbour Tide Holdings Limited (HKEX: 1234) issued bonds.")
    assert got.get("Harbour Tide Holdings Limited", ("",))[0] == "INSTITUTION"
    assert "HKEX" not in got


def test_a_former_name_in_brackets_is_the_same_body(extractor: Any) -> None:
    got = found(extractor, "Filings go to the Corporate Affairs Commission of Norvale (formerly the Registrar of "
                           "Firms), which checks them.")
    assert got["Registrar of Firms"] == got["Corporate Affairs Commission of Norvale"]
    got = found(extractor, "The Ostia Stock Exchange (previously known as the Ostia Bourse Council) listed 40 firms.")
    assert got["Ostia Bourse Council"][1] == got["Ostia Stock Exchange"][1]


def test_an_acronym_that_spells_a_unit_does_not_name_its_parent(extractor: Any) -> None:
    got = found(extractor, "Officers of the Harbour Fraud Bureau of the Hong Kong Police Force (HFB) met. "
                           "The HFB later reported.")
    assert got.get("HFB", ("", ""))[1] != "Hong Kong Police Force"
    got = found(extractor, "The Hong Kong Police Force (HKPF) met. The HKPF later reported.")
    assert got["HKPF"] == got["Hong Kong Police Force"]


def test_names_inside_quoted_speech_are_mentions_but_quoted_titles_are_not(extractor: Any) -> None:
    got = found(extractor, 'Ms Lam, Chair of the Council, said, "We welcome the new Quay Development Office. '
                           'It will help."')
    assert got.get("Quay Development Office", ("",))[0] == "INSTITUTION"
    got = found(extractor, 'The theme "Partners for the Harbour Authority Age" was chosen.')
    assert not any("Harbour Authority" in k for k in got)


def test_central_bank_digital_currencies_are_money_not_a_bank(extractor: Any) -> None:
    got = found(extractor, "They studied Central Bank Digital Currencies (CBDCs) with the Bank of Thailand.")
    assert not any(k.startswith("Central Bank") for k in got)
    assert got.get("Bank of Thailand", ("",))[0] == "INSTITUTION"


def test_exchanges_from_the_iso_register_and_a_regulators_bare_name_in_its_country(extractor: Any) -> None:
    got = found(extractor, "Bursa Malaysia said the SC would review the rules.")
    assert got.get("Bursa Malaysia") == ("INSTITUTION", "Bursa Malaysia")
    assert "Bursa" not in got  # not the Turkish city
    assert got.get("SC") == ("INSTITUTION", "Securities Commission Malaysia")
    got = found(extractor, "The Hanoi Stock Exchange and the Warsaw Stock Exchange signed an MoU.")
    assert got.get("Hanoi Stock Exchange", ("",))[0] == "INSTITUTION"
    assert got.get("Warsaw Stock Exchange", ("",))[0] == "INSTITUTION"
    assert "SC" not in found(extractor, "The SC met in Geneva.")  # no country that names it


def test_the_exchanges_file_is_the_generators_output() -> None:
    """scripts/build_exchanges.py from the installed iso10383 gives the committed file."""
    pytest.importorskip("iso10383")
    spec = importlib.util.spec_from_file_location("build_exchanges", ROOT / "scripts" / "build_exchanges.py")
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    path = ROOT / "pipeline" / "data" / "gazetteer.institutions.exchanges.jsonl"
    shipped = [json.loads(line) for line in path.read_text("utf-8").splitlines()
               if line.strip() and not line.startswith("//")]
    assert build.rows() == shipped
    assert all(r["source"].startswith("ISO 10383 MIC ") and r["type"] == "exchange" for r in shipped)


def test_a_unit_in_a_posts_title_and_a_role_a_body_plays_are_no_bodies(extractor: Any) -> None:
    text = ("Attendance\nOstia Clearing House\nMs Ada LI\nHead of Listing Department\nOstia Futures Exchange\n"
            "Mr Ben KO\nExecutive Director/Market Data Division\n")
    got = found(extractor, text)
    assert "Listing Department" not in got and "Market Data Division" not in got
    assert got.get("Ostia Futures Exchange", ("",))[0] == "INSTITUTION"
    got = found(extractor, "The Harbour Authority also assumes the role of the Registrar of Harbour Craft.")
    assert "Registrar of Harbour Craft" not in got
    got = found(extractor, "She met the Head of the Efficiency Unit.")
    assert got.get("Efficiency Unit", ("",))[0] == "INSTITUTION"


def test_a_count_before_a_plural_head_counts_a_class_and_generic_boards_are_no_bodies(extractor: Any) -> None:
    got = found(extractor, "The Corporation runs three Harbour Estates and the Soko Islands. The Government "
                           "appoints a Board of Directors.")
    assert "Harbour Estates" not in got and "Board of Directors" not in got
    assert got.get("Soko Islands", ("",))[0] == "PLACE"


def test_an_attorney_generals_chambers_by_the_country_the_text_names(extractor: Any) -> None:
    got = found(extractor, "Officials of the Attorney General’s Chambers met in Kuala Lumpur, Malaysia.")
    assert got.get("Attorney General’s Chambers") == ("INSTITUTION", "Attorney General's Chambers of Malaysia")
    got = found(extractor, "The Attorney-General's Chambers of Singapore drafted the bill.")
    assert got.get("Attorney-General's Chambers of Singapore", ("",))[0] == "INSTITUTION"


def test_a_quoted_name_with_a_bodys_head_is_that_body_and_a_bare_reserve_bank_by_country(extractor: Any) -> None:
    got = found(extractor, 'The Government will set up the "Working Group on Developing Harbour Trade" and the '
                           '“Task Force on Port Talent”. The theme "Partners Building Trust" was chosen.')
    assert got.get("Working Group on Developing Harbour Trade", ("",))[0] == "INSTITUTION"
    assert got.get("Task Force on Port Talent", ("",))[0] == "INSTITUTION"
    assert "Partners Building Trust" not in got
    got = found(extractor, "The Reserve Bank and APRA are members of both groups.")
    assert got.get("Reserve Bank") == ("INSTITUTION", "Reserve Bank of Australia")


def test_speech_quoted_before_its_verb_a_footnote_after_a_full_stop_and_acronyms_listed_among_bodies(
        extractor: Any) -> None:
    got = found(extractor, "“Funds go to the Harbour Credit Bank and the Quay Enterprise Corporation,” he said.")
    assert got.get("Harbour Credit Bank", ("",))[0] == "INSTITUTION"
    got = found(extractor, "It holds shares in corporations like Quillon.1 Norbright instead operates funds.")
    assert got.get("Quillon", ("",))[0] == "INSTITUTION" and "Quillon.1 Norbright" not in got
    got = found(extractor, "The Budget makes provisions for KOPRA, TANIA, Harbour Credit Bank and Quay Enterprise "
                           "Corporation.")
    assert got.get("KOPRA", ("",))[0] == "INSTITUTION" and got.get("TANIA", ("",))[0] == "INSTITUTION"
    got = found(extractor, "Measures cover GDP, CPI and the HKMA and SFC.")
    assert "GDP" not in got and "CPI" not in got
