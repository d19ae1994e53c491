"""What names no body (issue 14, session 9): a heading that names a field of government, a known body's name used
for a kind after 'a/an'; and what does: a newspaper named with the head 'Post' and its short form 'the Post'.
Made-up sentences, one rule each; each failed before the rule."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_a_heading_that_names_a_field_of_government_is_no_body(extractor: Any) -> None:
    got = found(extractor, "Chapter IV\n\n3. District Administration\n\nDistrict officers will meet residents "
                           "monthly.\n\nOpen and Accountable Government\n\nMore meetings of the Zorvian Harbour Board "
                           "will be open to the public.")
    assert "District Administration" not in got and "Open and Accountable Government" not in got, got
    assert got.get("Zorvian Harbour Board", ("",))[0] == "INSTITUTION", got


def test_a_body_with_a_proper_word_in_a_heading_is_still_a_body(extractor: Any) -> None:
    got = found(extractor, "Zorvian Aviation Administration\n\nThe Zorvian Aviation Administration approved two "
                           "routes.")
    assert got.get("Zorvian Aviation Administration", ("",))[0] == "INSTITUTION", got


def test_a_known_body_after_an_indefinite_article_names_a_kind(extractor: Any) -> None:
    got = found(extractor, "Some economists called for an Asian BIS to pool regional reserves.")
    assert "BIS" not in got, got
    got = found(extractor, "An HKMA spokesman said a World Bank report was due.")
    assert got.get("HKMA", ("",))[0] == "INSTITUTION" and got.get("World Bank", ("",))[0] == "INSTITUTION", got


def test_a_newspaper_headed_post_and_its_short_form(extractor: Any) -> None:
    got = found(extractor, "An official told the South China Morning Post that rates would stay high, and later "
                           "told the Post that nothing was decided. The Jakarta Post carried the story.")
    assert got.get("South China Morning Post", ("",))[0] == "INSTITUTION", got
    assert got.get("Post", ("", "-"))[1] == got["South China Morning Post"][1], got
    assert got.get("Jakarta Post", ("",))[0] == "INSTITUTION", got
    assert "China" not in got and "Jakarta" not in got, got


def test_a_new_body_introduced_after_an_indefinite_article_is_a_body(extractor: Any) -> None:
    got = found(extractor, "The Government will set up a Harbour Events Coordination Group to attract more events, "
                           "and a Zorvian Marine Research Centre in the park.")
    assert got.get("Harbour Events Coordination Group", ("",))[0] == "INSTITUTION", got
    assert got.get("Zorvian Marine Research Centre", ("",))[0] == "INSTITUTION", got


def test_a_known_body_after_an_article_alone_is_that_body(extractor: Any) -> None:
    got = found(extractor, "Supply chains will be monitored by the member states, coordinated by a European "
                           "Semiconductor Board.")
    assert got.get("European Semiconductor Board", ("",))[0] == "INSTITUTION", got


def test_contents_table_cells_that_name_fields_or_open_with_a_verb(extractor: Any) -> None:
    got = found(extractor, "| II. | Good Governance | 7–45 |\n| Proactive Government | 14–17 | |\n"
                           "| Establishing a Harbour Training College | 24-25 | |\n"
                           "| Extending the Service of Civil Servants | 23 | |\n| District Administration | 37-39 | |\n")
    assert not {"Proactive Government", "District Administration"} & set(got), got
    assert not any(s.startswith(("Establishing", "Extending")) or s.startswith("Service") for s in got), got
    assert got.get("Harbour Training College", ("",))[0] == "INSTITUTION", got


def test_a_story_opening_with_an_agency_in_brackets_names_the_agency(extractor: Any) -> None:
    got = found(extractor, "(Reuters) – Following are excerpts from the budget speech.")
    assert got.get("Reuters", ("",))[0] == "INSTITUTION", got


def test_brothers_heads_a_firm(extractor: Any) -> None:
    got = found(extractor, "After the collapse of Zorvin Brothers in September, banks sold fewer notes.")
    assert got.get("Zorvin Brothers", ("",))[0] == "INSTITUTION", got


def test_contents_lines_with_paragraph_numbers_and_head_pairs(extractor: Any) -> None:
    got = found(extractor, "II. Good Governance 7–34\nOpen and Accountable Government 12\n"
                           "Executive-Legislature Relationship\n\n25–26\n\nDistrict Administration\n\n27–28\n")
    assert not {"Open and Accountable Government", "Executive-Legislature", "District Administration"} & set(got), got


def test_a_known_acronym_defined_for_common_words_names_no_body(extractor: Any) -> None:
    got = found(extractor, "Trades must be cleared at a central counterparty (CCP). The CCP holds margin.")
    assert "CCP" not in got, got
    got = found(extractor, "Delegates of the Communist Party of China (CCP) met. The CCP said so.")
    assert got.get("CCP", ("", "-"))[1] == got.get("Communist Party of China", ("", "+"))[1], got


def test_a_known_name_in_title_case_and_a_bracketed_photo_credit(extractor: Any) -> None:
    got = found(extractor, "Home  |  About Us  |  Ministry Of Finance  |  Contact\n\nA view of the bay at dusk. "
                           "(Photo: AFP/Lee Tan)\n\nThe budget rose.")
    assert got.get("Ministry Of Finance", ("",))[0] == "INSTITUTION", got
    assert got.get("AFP", ("",))[0] == "INSTITUTION", got


def test_names_listed_after_a_noun_for_things_that_are_no_bodies(extractor: Any) -> None:
    got = found(extractor, "New platforms to encourage collaboration, like the Harbour Venture Launchpad, Open Data "
                           "Platform, and Global Trade Alliance will be funded. The Zorvian Trade Alliance welcomed them.")
    assert "Global Trade Alliance" not in got, got
    assert got.get("Zorvian Trade Alliance", ("",))[0] == "INSTITUTION", got
