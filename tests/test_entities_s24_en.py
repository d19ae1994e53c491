"""English institutions, session 24 (eninst; made-up sentences, the real model):
- a story's address on a line of its own (a 'Source:' line) names the outlet whose site it is, and the outlet's
  masthead word after 'the' ('told the Post') is that outlet when no other body of the text ends with the word;
- news outlets and photo agencies named in credits and citations ('Photo: Ann Lee/HKFP.', 'Photo: VCG', 'HK01 cited
  a source', 'The Banker magazine') are institutions (gazetteer.institutions.media);
- a body's name goes on over a title-case infinitive of purpose ('the Steering Committee to Promote the X Industry'),
  not over a lower-case one ('asked the Committee to review');
- a quoted name whose head is a team is that body, also with the comma inside the quotes ('set up "X Team," which');
- a place's government in lower case before a money verb or a verb of expecting ('Macao government spends more') is
  that government; before a noun ('government bonds') it is none;
- a collective is a body ('the Tripartite Collective'); Singapore's Community Chest is a charity."""

from __future__ import annotations

from typing import Any

from tests.test_entities_s22_en import bodies, mentions


def test_a_source_address_line_and_the_post(extractor: Any) -> None:
    text = ("Source:\nhttps://scmp.com/news/hong-kong/article/123/fees-to-rise\n\nOfficials will raise ferry fees in "
            "Tuen Mun, a transport source told the Post on Monday.")
    found = mentions(extractor, text)
    assert ("Post", "INSTITUTION", "South China Morning Post") in found, found
    assert ("scmp", "INSTITUTION", "South China Morning Post") in found, found


def test_the_post_office_is_no_outlet(extractor: Any) -> None:
    text = "Source:\nhttps://scmp.com/news/hong-kong/article/123/stamps\n\nThe Post Office will sell new stamps."
    assert ("Post", "INSTITUTION", "South China Morning Post") not in mentions(extractor, text)


def test_a_masthead_word_shared_by_two_bodies_stays(extractor: Any) -> None:
    text = "The Financial Times and the New York Times both ran the story; the Times added a chart."
    assert ("Times", "INSTITUTION", "Financial Times") not in mentions(extractor, text)


def test_credits_and_citations_name_outlets(extractor: Any) -> None:
    text = ("The minister opens a new pier at Tai O on Friday. Photo: Ann Lee/HKFP.\n"
            "HK01 cited a source as saying that the plan would go to the panel.\n"
            "The Banker magazine ranked the city first for trade finance.\n"
            "Crowds at the pier on Saturday. Photo: VCG\nThe pier cost $3 million.")
    assert {"Hong Kong Free Press", "HK01", "The Banker", "Visual China Group"} <= bodies(extractor, text)


def test_a_committee_name_with_its_purpose(extractor: Any) -> None:
    text = "The Steering Committee to Advance the Reuse of the Scrap Industry in Hong Kong will meet in May."
    found = bodies(extractor, text)
    assert "Steering Committee to Advance the Reuse of the Scrap Industry" in found, found
    assert "Steering Committee" not in found


def test_a_lower_case_purpose_is_no_part_of_the_name(extractor: Any) -> None:
    text = "We asked the Steering Committee on Scrap to review the plan by June."
    assert not any("review" in b for b in bodies(extractor, text))


def test_a_quoted_team_with_the_comma_inside_the_quotes(extractor: Any) -> None:
    text = "The chief executive announced the setting up of \"Data Efficiency Team,\" which will steer departments."
    assert "Data Efficiency Team" in bodies(extractor, text)


def test_a_lower_case_government_before_a_money_verb(extractor: Any) -> None:
    assert "Macao SAR Government" in bodies(extractor, "The Macao government spends more on roads than Taipa did.")
    assert "Hong Kong SAR Government" in bodies(extractor, "Hong Kong government earns less amid the slowdown")


def test_a_lower_case_government_before_a_noun_is_none(extractor: Any) -> None:
    assert "Hong Kong SAR Government" not in bodies(extractor, "Hong Kong government bonds rose on Friday.")


def test_a_collective_is_a_body(extractor: Any) -> None:
    assert "Tripartite Collective" in bodies(extractor, "Union leaders met the Tripartite Collective on wages in Singapore.")


def test_singapores_community_chest(extractor: Any) -> None:
    text = "Donors in Singapore may give through the Community Chest and other platforms."
    assert "Community Chest" in bodies(extractor, text)


def test_the_civil_service_is_no_body(extractor: Any) -> None:
    text = "I thank my colleagues in the Civil Service; the Civil Service Bureau will hire 300 officers in Kowloon."
    found = bodies(extractor, text)
    assert "Civil Service" not in found and "Civil Service Bureau" in found, found


def test_a_photo_credit_closing_with_a_full_stop(extractor: Any) -> None:
    text = "Officials visit a new depot in Sha Tin on Monday.\nFile Photo: GovPortal.\nThe depot cost $3 million."
    assert "GovPortal" in bodies(extractor, text)


def test_the_standard_by_a_word_of_reporting_only(extractor: Any) -> None:
    assert "The Standard (Hong Kong)" in bodies(extractor, "Officials in Hong Kong told The Standard that fees would rise.")
    assert "The Standard (Hong Kong)" not in bodies(extractor, "The Standard requires banks in Hong Kong to report losses.")


def test_a_stance_prefix_is_no_part_of_the_name_after_it(extractor: Any) -> None:
    text = "The forum was organised by the pro-Beijing Hong Kong Federation of Writers on Saturday."
    found = bodies(extractor, text)
    assert "Hong Kong Federation of Writers" in found, found
    assert not any(b.startswith("Beijing") for b in found)


def test_singapores_labour_movement(extractor: Any) -> None:
    text = "The Minister praised the Labour Movement for helping Singapore workers retrain."
    assert "Labour Movement (Singapore)" in bodies(extractor, text)
    assert not bodies(extractor, "Labour Movement leaders in Britain met in Leeds.") & {"Labour Movement (Singapore)"}


def test_the_global_innovation_alliance_is_a_programme(extractor: Any) -> None:
    text = "Singapore students joined study trips under the Global Innovation Alliance to Jakarta."
    assert "Global Innovation Alliance" not in bodies(extractor, text)


def test_an_editors_address_at_an_outlets_domain(extractor: Any) -> None:
    text = ("Banks in Hong Kong will pay a new levy, officials said.\n"
            "To contact the editor responsible for this story: Ann Lee at alee5@bloomberg.net")
    assert "Bloomberg" in bodies(extractor, text)


def test_a_known_bodys_possessive_before_its_unit(extractor: Any) -> None:
    text = "Firms will work with Japan and the World Bank's Infrastructure and Urban Finance Hub in Singapore on loans."
    assert "World Bank" in bodies(extractor, text)


def test_a_headlines_govt_is_the_texts_government(extractor: Any) -> None:
    text = "Govt to sell 9 residential sites\nThe Lands Department said the sites in Tuen Mun will be sold in 2031."
    assert "Hong Kong SAR Government" in bodies(extractor, text)


def test_an_editors_bracketed_insertion_inside_a_name(extractor: Any) -> None:
    text = "'It needs the Food [and Environmental Hygiene] Department to act in Sha Tin,' she said."
    found = bodies(extractor, text)
    assert "Food and Environmental Hygiene Department" in found, found
    assert "Environmental Hygiene Department" not in found


def test_the_boao_forum_is_an_organisation(extractor: Any) -> None:
    text = "The Asian Competitiveness Annual Report 2031 issued by the Boao Forum for Asia ranked Hong Kong fourth."
    assert "Boao Forum for Asia" in bodies(extractor, text)


def test_a_platform_on_a_pages_navigation_line_is_no_mention(extractor: Any) -> None:
    text = "Skip to Content Facebook Feature Image\n\nHong Kong officials met Facebook engineers in Cyberport on Monday."
    found = [m for m in mentions(extractor, text) if m[0] == "Facebook" and m[1] == "INSTITUTION"]
    assert len(found) == 1, found  # the one in the story, not the navigation line's


def test_examples_after_a_pronoun_for_companies(extractor: Any) -> None:
    text = ("Our Singapore food companies have put in place many innovations. Some, such as Kestrel Noodle House, have "
            "used technology to keep products fresh for longer.")
    assert "Kestrel Noodle House" in bodies(extractor, text)


def test_a_person_after_a_pronoun_is_no_company(extractor: Any) -> None:
    text = "Singapore firms are thriving. Some, such as Mr Lim Boon Kiat, praised the grants."
    assert not any("Lim" in b for b in bodies(extractor, text))
