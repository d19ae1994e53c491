"""Bodies of Hong Kong's port, cruise and culture texts that the model misses or cuts (enpl, session 28): the
container-terminal operators ('Hutchison International Terminals' is no CK Hutchison Holdings), the air cargo
terminal operator (Hactl), a cruise company named by a brand and its home ('Genting Hong Kong'), a museum named by a
symbol ('M+', read only beside words of the museum: 'the M+ method' in a school text names nothing), and Singapore's
infrastructure financier Clifford Capital. Gazetteer entries with sources; made-up sentences, the real model."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_terminal_operators_are_their_own_companies(extractor: Any) -> None:
    got = found(extractor, "Hutchison International Terminals operates most of the container berths in Kwai Tsing.")
    assert got["Hutchison International Terminals"] == ("INSTITUTION", "Hongkong International Terminals")
    assert "Hutchison" not in got
    got = found(extractor, "Modern Terminals and Hactl both hired more staff in Hong Kong last year.")
    assert got["Modern Terminals"][0] == got["Hactl"][0] == "INSTITUTION"


def test_a_cruise_company_named_by_brand_and_home(extractor: Any) -> None:
    got = found(extractor, "Genting Hong Kong will base its new cruise ship in Hong Kong.")
    assert got["Genting Hong Kong"] == ("INSTITUTION", "Genting Hong Kong")
    assert got["Hong Kong"][0] == "PLACE"


def test_a_museum_named_by_a_symbol_only_beside_museum_words(extractor: Any) -> None:
    got = found(extractor, "M+ will stage an exhibition of Hong Kong design in the West Kowloon Cultural District.")
    assert got["M+"][0] == "INSTITUTION"
    assert "M+" not in found(extractor, "Students learn the M+ method in school.")


def test_a_singapore_financier(extractor: Any) -> None:
    got = found(extractor, "We set up Clifford Capital in 2012 to finance overseas projects by Singapore companies.")
    assert got["Clifford Capital"][0] == "INSTITUTION"


def test_performing_arts_groups_and_a_start_up_investor(extractor: Any) -> None:
    got = found(extractor, "The Hong Kong Repertory Theatre staged three plays at the Hong Kong Cultural Centre.")
    assert got["Hong Kong Repertory Theatre"] == ("INSTITUTION", "Hong Kong Repertory Theatre")
    assert got["Hong Kong Cultural Centre"][0] == "PLACE"
    got = found(extractor, "SEEDS Capital co-invested in ten start-ups in Singapore.")
    assert got["SEEDS Capital"][0] == "INSTITUTION"


def test_modern_terminals_in_a_heading_without_port_operators_is_no_firm(extractor: Any) -> None:
    """Review s28 M3: the bare 'Modern Terminals' names the firm only in a text with container-port words."""
    got = found(extractor, "Building Modern Terminals for a Smart Port")
    assert "Modern Terminals" not in got
    got = found(extractor, "Modern Terminals runs berths at the Kwai Tsing container port in Hong Kong.")
    assert got["Modern Terminals"][0] == "INSTITUTION"


def test_a_bare_arts_group_acronym_only_beside_arts_words(extractor: Any) -> None:
    """Review S1 (session 28): 'CCDC' is also the China CDC's short form; 'HKCO' names the orchestra in a text on music."""
    got = found(extractor, "The Chinese Center for Disease Control and Prevention (China CDC) and the CCDC laboratory in "
                           "Beijing reported 50 new cases.")
    assert "CCDC" not in got or got["CCDC"][1] != "City Contemporary Dance Company"
    got = found(extractor, "CCDC will premiere two new dance works at the Kwai Tsing Theatre in Hong Kong.")
    assert got["CCDC"] == ("INSTITUTION", "City Contemporary Dance Company")
    got = found(extractor, "The HKCO will give a concert of Chinese music at the Hong Kong Cultural Centre.")
    assert got["HKCO"] == ("INSTITUTION", "Hong Kong Chinese Orchestra")
