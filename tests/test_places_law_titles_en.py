"""English places (enpl, session 24): a state's formal name closing a law's title is part of the title, no place
mention (law_titles_en). Made-up sentences, the real model (session fixture `extractor`)."""

from __future__ import annotations

from typing import Any

from pipeline.extract.entities.law_titles_en import in_law_title
from tests.test_places_en import places


def test_a_states_formal_name_in_a_laws_title_is_no_mention(extractor: Any) -> None:
    got = places(extractor, "The bureau will uphold the Constitution of the People's Republic of China and the Basic "
                            "Law of the Macao Special Administrative Region of the People's Republic of China.")
    assert "People's Republic of China" not in got


def test_a_state_named_outside_a_title_stays_a_place(extractor: Any) -> None:
    got = places(extractor, "Exports to the People's Republic of China rose, and trade with the Republic of Korea "
                            "grew.")
    assert "People's Republic of China" in got
    text = "the laws of the People's Republic of China"  # a lower-case 'laws of': no title
    assert not in_law_title(text, 16, len(text))
    text = "the Data Security Law of the People's Republic of China"
    assert in_law_title(text, 29, len(text))
