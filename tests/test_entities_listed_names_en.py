"""Names glued across commas and 'and' (issue 14 class 2), and facilities opened at a ceremony or in a list after a
place phrase (devset-real DECISIONS 41; eninst, session 16). Made-up sentences, the real model (session fixture
`extractor`)."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_a_list_of_bodies_tagged_as_one_name_is_one_body_each(extractor: Any) -> None:
    got = found(extractor, "He met leaders of policy think tanks including Pacific Rim Foundation, Institute of Civic "
                           "Affairs, Ocean Society Harbour Centre, Seabridge and Marlow Institute for Regional Policy.")
    for name in ("Institute of Civic Affairs", "Ocean Society Harbour Centre", "Marlow Institute for Regional Policy"):
        assert got[name][0] == "INSTITUTION", (name, got)
    assert not any("," in name for name in got), got
    got = found(extractor, "Talks were held with the Institute of Civic Affairs, Ocean Society Harbour Centre and "
                           "Marlow Institute for Regional Policy.")
    for name in ("Institute of Civic Affairs", "Ocean Society Harbour Centre", "Marlow Institute for Regional Policy"):
        assert got[name][0] == "INSTITUTION", (name, got)


def test_a_known_acronym_after_a_comma_ends_the_name_before_it(extractor: Any) -> None:
    got = found(extractor, "A memorandum was signed by the Ruritanian Ministry of Finance, AIIB, the Asian "
                           "Development Bank and the World Bank Group.")
    assert got["Ruritanian Ministry of Finance"][0] == "INSTITUTION", got
    assert got["AIIB"] == ("INSTITUTION", "Asian Infrastructure Investment Bank")
    assert not any("," in name for name in got), got


def test_a_portfolio_listed_after_a_comma_stays_one_name(extractor: Any) -> None:
    got = found(extractor, "The Ministry of Culture, Community and Youth and the Hong Kong Monetary Authority, "
                           "Securities and Futures Commission and Insurance Authority met on Monday.")
    assert got["Ministry of Culture, Community and Youth"][0] == "INSTITUTION", got
    for name in ("Hong Kong Monetary Authority", "Securities and Futures Commission", "Insurance Authority"):
        assert got[name][0] == "INSTITUTION", (name, got)


def test_facilities_opened_at_a_ceremony_are_places(extractor: Any) -> None:
    got = found(extractor, "The minister spoke at the opening ceremony of the Harbourview Centre and Lotus Centre "
                           "today.")
    for name in ("Harbourview Centre", "Lotus Centre"):
        assert got[name][0] == "PLACE", (name, got)


def test_a_place_phrase_between_the_kind_and_the_named_members(extractor: Any) -> None:
    got = found(extractor, "Today we are seeing the opening of two centres in the Tai Lam Science Park, namely the "
                           "Harbourview Centre and Lotus Centre.")
    for name in ("Harbourview Centre", "Lotus Centre"):
        assert got[name][0] == "PLACE", (name, got)


def test_a_facility_of_a_park_ends_at_its_head(extractor: Any) -> None:
    got = found(extractor, "Guests toured the Lotus Centre of the Tai Lam Science Park after the opening of the "
                           "Lotus Centre.")
    assert got["Lotus Centre"][0] == "PLACE", got
    assert got["Tai Lam Science Park"][0] == "PLACE", got
    assert not any(" of the " in name for name in got), got


def test_an_acronym_in_the_plural_names_a_kind(extractor: Any) -> None:
    got = found(extractor, "Integrated Leisure Resorts (ILRs) are a new idea. The Cabinet will call for proposals to "
                           "develop two ILRs, and the ILRs will open in 2030, the Ministry of Trade said.")
    assert "ILRs" not in got, got
    for plural in ("ILRs", "IRs", "HKETOs"):  # what the model tags as an organisation ('because the IRs will ...')
        assert extractor.entities.type_entity(plural, "ORG") is None, plural


def test_a_first_name_before_its_bracketed_surname_is_a_person(extractor: Any) -> None:
    got = found(extractor, "Nick (Brooke), Victor (Lo), distinguished guests, ladies and gentlemen, good afternoon. "
                           "Nick is already talking about reclaiming more land.")
    assert "Nick" not in got and "Victor" not in got, got


def test_a_heading_that_the_text_writes_in_lower_case_is_no_name(extractor: Any) -> None:
    got = found(extractor, "(A) East-meets-West Centre for International Legal Exchange\n\nHong Kong will grow as the "
                           "East-meets-West centre for international legal exchange with the Department of Justice.")
    assert not any("Centre" in name for name in got), got
    assert got["Department of Justice"][0] == "INSTITUTION", got
    got = found(extractor, "The works cover the construction of Harbour Acute Hospital at Kai Tak, a new acute "
                           "hospital, and its expansion.")
    assert got["Harbour Acute Hospital"][0] == "PLACE", got  # written with capitals inside a sentence: a name


def test_un_agencies_development_banks_and_a_cabinet_are_known_bodies(extractor: Any) -> None:
    got = found(extractor, "Funding came from IFAD, the EBRD and UNESCAP. In Singapore, the Cabinet decided to "
                           "proceed with the plan.")
    assert got["IFAD"] == ("INSTITUTION", "International Fund for Agricultural Development"), got
    assert got["EBRD"] == ("INSTITUTION", "European Bank for Reconstruction and Development"), got
    assert got["UNESCAP"][0] == "INSTITUTION", got
    assert got["Cabinet"] == ("INSTITUTION", "Cabinet of Singapore"), got


def _pieces(extractor: Any, text: str, names: list[str]) -> list[str]:
    """The recognizer's NER pieces for organisation spans given as the model's (made-up text)."""
    ents = [(text.index(n), text.index(n) + len(n), "ORG") for n in names]
    return [text[s:e] for s, e, _ in extractor.entities.ner_pieces(text, ents)]


def test_two_proper_names_the_repair_joined_across_and_are_two(extractor: Any) -> None:
    text = "Its customers include Zorvia International and Velmont University in the region."
    pieces = _pieces(extractor, text, ["Zorvia International", "Velmont University"])
    assert "Velmont University" in pieces and "Zorvia International and Velmont University" not in pieces, pieces
    text = "The Digital Services Information Sharing and Analysis Centre opened."
    assert _pieces(extractor, text, ["Digital Services Information Sharing", "Analysis Centre"]) == [
        "Digital Services Information Sharing and Analysis Centre"]
    text = "The Malaysian Communications and Multimedia Commission met the press."
    assert _pieces(extractor, text, ["Malaysian Communications", "Multimedia Commission"]) == [
        "Malaysian Communications and Multimedia Commission"]


def test_a_personal_title_opens_a_person_not_a_body(extractor: Any) -> None:
    text = "We agree with Mdm Tan Siew Lan's suggestion to design more targeted schemes."
    assert _pieces(extractor, text, ["Mdm Tan Siew Lan's"]) == []


def test_a_plurals_possessive_mark_is_no_part_of_a_grown_name(extractor: Any) -> None:
    got = found(extractor, "Update on overseas ETOs' and Mainland Offices' efforts in promoting Hong Kong\n\nThe "
                           "five Mainland Offices will promote the city.")
    assert not any(name.endswith(("'", "’")) for name in got), got
    assert got["Mainland"][0] == "PLACE", got


def test_a_list_opened_by_a_facility_in_lower_case_shares_its_works(extractor: Any) -> None:
    got = found(extractor, "Projects under planning include the development of an acute general hospital in the "
                           "Tai Lam Development Area (Phase 1), Lok Wah Hospital and Silver Bay Children's Hospital.")
    for name in ("Lok Wah Hospital", "Silver Bay Children's Hospital"):
        assert got[name][0] == "PLACE", (name, got)
    got = found(extractor, "We support the development of a new research centre, the Harbour Institute of Marine "
                           "Science and the Lotus Foundation.")
    assert got["Harbour Institute of Marine Science"][0] == "INSTITUTION", got  # no facility's head: a body


def test_facilities_that_opened_or_that_people_travel_to_are_places(extractor: Any) -> None:
    got = found(extractor, "Residents no longer travel all the way to Lakeview Hospital or Pinecrest Hospital. In "
                           "2010, Harbourside Hospital opened in the north, and next year Brookfield Community Hospital "
                           "will open.")
    for name in ("Lakeview Hospital", "Pinecrest Hospital", "Harbourside Hospital", "Brookfield Community Hospital"):
        assert got[name][0] == "PLACE", (name, got)
    got = found(extractor, "Zeta Hospital said it opened a new clinic.")
    assert got["Zeta Hospital"][0] == "INSTITUTION", got  # a facility that opens something acts


def test_a_facility_named_after_a_person_keeps_the_name(extractor: Any) -> None:
    got = found(extractor, "About four years ago, Ng Kam Fong General Hospital and Jurong Community Hospital opened "
                           "in the west.")
    assert got["Ng Kam Fong General Hospital"][0] == "PLACE", got
    assert "General Hospital" not in got, got


def test_a_revitalised_or_restored_facility_and_a_connected_society(extractor: Any) -> None:
    got = found(extractor, "The Bureau has funded the restoration of the Lotus Clinic in Tai Po. We will revitalise "
                           "the Old Pine Hospital. We aim to build a Connected Society through the arts.")
    assert got["Lotus Clinic"][0] == "PLACE", got
    assert got["Old Pine Hospital"][0] == "PLACE", got
    assert "Connected Society" not in got, got


def test_a_hub_listed_with_a_facility_that_will_open(extractor: Any) -> None:
    got = found(extractor, "Around 2028, Brookfield General Hospital as well as Kestrel's Integrated Care Hub will "
                           "also open.")
    assert got["Brookfield General Hospital"][0] == "PLACE", got


def test_a_role_a_place_takes_is_no_body_and_the_nocs_name_is_whole(extractor: Any) -> None:
    got = found(extractor, "Build Hong Kong into a Centre for Mega International Maritime Events\n\nThe Sports "
                           "Federation and Olympic Committee of Hong Kong, China will review the governance of NSAs.")
    assert not any("Centre" in name for name in got), got
    assert got["Sports Federation and Olympic Committee of Hong Kong, China"][0] == "INSTITUTION", got
