"""English institutions in Hong Kong texts, session 23 (eninst; made-up sentences, the real model):
- 'the SAR Government' is the special administrative region's own government, not the government named next to it,
  and 'the SAR government' in lower case is that government where it acts; 'Macao SAR Government' stays Macao's;
- "China's central government" is the Central People's Government (and China stays a place), and so is 'the central
  government' in a Hong Kong text, not in a text about another country;
- a government's name before the public money it holds ('placements by HKSAR Government funds and ...') and a treasury
  before the securities it issues ('Treasury bills', 'the US Treasury yield') name the money, no body; 'the Treasury
  notes that ...' (a verb) stays the body;
- 'the Committee on X between A and B' is one name, the places in it no mentions;
- 'this Council' in a Policy Address chapter that names no place is the Legislative Council;
- a bare 'the Task Force' that refers back to nothing named is no body;
- the Government's news portal named in its page header is an outlet."""

from __future__ import annotations

from typing import Any

from tests.test_entities_s22_en import bodies, mentions


def places(extractor: Any, text: str) -> set[str]:
    return {canonical for _, label, canonical in mentions(extractor, text) if label == "PLACE"}


def test_the_sar_government_is_the_sars_own_not_the_next_one(extractor: Any) -> None:
    text = ("Since 2030, the SAR Government and the Guangdong Provincial People's Government have jointly studied "
            "river pollution in the Pearl River Delta.")
    found = mentions(extractor, text)
    assert ("SAR Government", "INSTITUTION", "Hong Kong SAR Government") in found
    assert "Guangdong Provincial People's Government" in bodies(extractor, text)


def test_the_sar_government_in_lower_case_acts(extractor: Any) -> None:
    text = "Officials in Hong Kong said the SAR government will widen the rebate next year."
    assert "Hong Kong SAR Government" in bodies(extractor, text)


def test_macao_sar_government_stays_macaos(extractor: Any) -> None:
    text = "The Macao SAR Government and the HKSAR Government signed a tourism pact in Hong Kong."
    assert {"Macao SAR Government", "Hong Kong SAR Government"} <= bodies(extractor, text)


def test_lower_case_sar_government_before_a_noun_names_no_body(extractor: Any) -> None:
    text = "Placements by SAR government departments in Hong Kong grew."
    assert "Hong Kong SAR Government" not in bodies(extractor, text)


def test_a_countrys_central_government_after_its_possessive(extractor: Any) -> None:
    text = "The tax relief offered by China's central government, she noted, will last two years."
    assert "Central People's Government" in bodies(extractor, text)
    assert "China" in places(extractor, text)


def test_the_central_government_in_a_hong_kong_text(extractor: Any) -> None:
    text = "Hong Kong officials welcomed the measures that the central government announced for Kowloon traders."
    assert "Central People's Government" in bodies(extractor, text)


def test_the_central_government_of_another_country_is_no_cpg(extractor: Any) -> None:
    text = "In Germany and France, the central government will cut the fuel levy in Berlin and Paris."
    assert "Central People's Government" not in bodies(extractor, text)


def test_a_governments_funds_and_a_treasurys_securities_name_no_body(extractor: Any) -> None:
    text = ("Fees on placements by HKSAR Government funds and statutory bodies reached HK$5 billion. The ten-year US "
            "Treasury yield remained flat, and Treasury bills were in demand.")
    assert bodies(extractor, text) == set()


def test_the_treasury_acting_stays(extractor: Any) -> None:
    text = "The Treasury notes that Hong Kong's revenue rose, and the HKSAR Government funds research in Sha Tin."
    assert {"Treasury", "Hong Kong SAR Government"} <= bodies(extractor, text)


def test_a_committee_between_two_places_is_one_name(extractor: Any) -> None:
    text = ("Members of the Joint Committee on Water Supply between Shenzhen and Hong Kong met in Shenzhen on "
            "Monday.")
    assert "Joint Committee on Water Supply between Shenzhen and Hong Kong" in bodies(extractor, text)
    assert "Hong Kong SAR" not in places(extractor, text)


def test_a_committee_before_between_years_stays_short(extractor: Any) -> None:
    text = "The Committee on Harbour Safety between 2031 and 2033 met in Kowloon eight times."
    assert "Committee on Harbour Safety" in bodies(extractor, text)


def test_this_council_in_a_policy_address_naming_no_place(extractor: Any) -> None:
    text = ("As set out in my Policy Address, the new allowance of $2 billion awaits funding approval by the Finance "
            "Committee of this Council.")
    assert {"Finance Committee", "Legislative Council"} <= bodies(extractor, text)


def test_this_council_without_any_cue_stays_unread(extractor: Any) -> None:
    text = "The new allowance awaits funding approval by the Finance Committee of this Council."
    assert "Legislative Council" not in bodies(extractor, text)


def test_a_bare_task_force_naming_nothing_is_no_body(extractor: Any) -> None:
    text = "We have accepted the approach recommended by the Task Force, including new reclamation near Lantau."
    assert bodies(extractor, text) == set()


def test_a_task_force_referring_back_stays(extractor: Any) -> None:
    text = ("The Task Force on Harbour Land reported in June. We have accepted the approach recommended by the Task "
            "Force.")
    found = mentions(extractor, text)
    assert ("Task Force", "INSTITUTION", "Task Force on Harbour Land") in found


def test_the_news_portal_in_its_page_header(extractor: Any) -> None:
    text = "Email this article news.gov.hk\nFS opens new cargo terminal in Kwai Chung\n\nThe Financial Secretary said."
    assert "news.gov.hk" in bodies(extractor, text)


def test_an_organ_named_before_and_after_its_body_is_one(extractor: Any) -> None:
    text = ("The Fifth Plenary Session of the Central Committee of the Communist Party of China (CPC Central "
            "Committee) ended in Beijing. The CPC Central Committee set the goals.")
    found = {canonical for text_, label, canonical in mentions(extractor, text) if "Committee" in text_}
    assert len(found) == 1


def test_a_documents_topic_is_no_part_of_the_body(extractor: Any) -> None:
    text = ("Officials in Hong Kong studied the Decision of the CPC Central Committee on Building a Modern Water "
            "Grid for Rural Areas.")
    assert not any(" on " in canonical for canonical in bodies(extractor, text))


def test_a_committee_named_by_its_topic_keeps_it(extractor: Any) -> None:
    text = "The Recommendations of the Task Force on Harbour Land were accepted in Hong Kong."
    assert "Task Force on Harbour Land" in bodies(extractor, text)


def test_the_bay_area_written_without_hyphens(extractor: Any) -> None:
    text = "Firms in the Guangdong Hong Kong Macao Greater Bay Area (GBA) hired more staff in Hong Kong."
    assert "Guangdong-Hong Kong-Macao Greater Bay Area" in places(extractor, text)
    assert not any(p.startswith("Guangdong Hong Kong") for p in places(extractor, text))


def test_the_care_teams_in_a_hong_kong_text(extractor: Any) -> None:
    """Session 29 (enpl; issue 14, fc28 gold): the Care Teams are a programme of teams formed in each sub-district,
    no one body (team_programmes_en.py); the session-23 reading as a body is superseded."""
    text = "In Hong Kong the Care Teams will visit elderly residents in the 18 districts."
    assert "District Services and Community Care Teams" not in bodies(extractor, text)


def test_community_care_teams_elsewhere_are_no_hong_kong_body(extractor: Any) -> None:
    text = "Singapore will expand its Community Care Teams next year."
    assert "District Services and Community Care Teams" not in bodies(extractor, text)


def test_a_headlines_govt_acting(extractor: Any) -> None:
    text = "HKSAR gov't plans new ferry subsidy\n\nThe subsidy covers outlying islands."
    assert "Hong Kong SAR Government" in bodies(extractor, text)


def test_a_wire_datelines_bracketed_outlets(extractor: Any) -> None:
    text = ("KUALA LUMPUR, Mar 3 (Harbourline / Borneo Bay News - 3rd Mar, 2031 ) : Malaysia will cut fuel "
            "subsidies, the minister said.")
    assert {"Harbourline", "Borneo Bay News"} <= bodies(extractor, text)


def test_a_dateline_with_a_date_in_brackets_names_no_outlet(extractor: Any) -> None:
    text = "SINGAPORE (June 5) - Prices rose in Singapore, the statistics office said."
    assert bodies(extractor, text) == set()


def test_a_place_before_a_posts_title_is_named(extractor: Any) -> None:
    text = "Hong Kong Chief Executive Kwan Siu-ming on Friday pledged new support for carers."
    assert "Hong Kong SAR" in places(extractor, text)


def test_a_place_opening_a_bodys_name_before_a_post_stays_inside(extractor: Any) -> None:
    text = "The Hong Kong Monetary Authority Chief Executive met bankers."
    assert "Hong Kong SAR" not in places(extractor, text)


def test_the_place_of_a_government_before_its_funds_is_named(extractor: Any) -> None:
    text = "Placements by HKSAR Government funds and statutory bodies earned HK$3.1 billion."
    assert "Hong Kong SAR" in places(extractor, text)
    assert "Hong Kong SAR Government" not in bodies(extractor, text)
