"""English places (issue 14, session 13): places that only help name a title are no mentions — a vision named
by a place and 'Tomorrow' ('the Harbour Tomorrow plan'), a study's title ('Study on Islands in the Eastern
Waters'; GUIDELINES: a place only inside a plan's name is not listed) — and a place head inside a line's label
('Real Estate Trends: ...') names no place. Made-up sentences, the real model (session fixture `extractor`)."""

from __future__ import annotations

from typing import Any

from tests.test_places_en import places


def test_a_place_in_a_vision_title_is_no_mention(extractor: Any) -> None:
    got = places(extractor, "The Harbour Tomorrow plan will add promenades. Under Harbour Tomorrow, ferries will "
                            "serve Wan Chai.")
    assert "Harbour" not in got and "Wan Chai" in got
    got = places(extractor, "Both the Kowloon East Tomorrow vision and new housing in Kwun Tong were discussed.")
    assert "Kowloon East" not in got and "Kwun Tong" in got


def test_places_in_a_study_title_are_no_mentions(extractor: Any) -> None:
    got = places(extractor, "The Study on Reclamation in the Southern Waters near Lamma Island began in May, and "
                            "ferries to Cheung Chau were added.")
    assert "Southern Waters" not in got and "Cheung Chau" in got


def test_a_place_head_inside_a_line_label_is_no_place(extractor: Any) -> None:
    text = ("Labour Market: Unemployment stayed low.\nReal Estate Trends: Home prices fell by 3% in Hong Kong.\n"
            "Sandy Ridge: the site will be used for data centres.")
    got = places(extractor, text)
    assert "Real Estate" not in got and {"Hong Kong", "Sandy Ridge"} <= got


def test_a_place_in_a_quoted_plan_title_is_no_mention(extractor: Any) -> None:
    got = places(extractor, 'The minister said the "greener Kowloon" plan and new parks will serve families in '
                            'Sham Shui Po.')
    assert "Kowloon" not in got and "Sham Shui Po" in got


def test_a_festival_and_independence_are_no_places(extractor: Any) -> None:
    got = places(extractor, "On the third day of the Lunar New Year, crowds filled Tsim Sha Tsui. The nation has grown "
                            "richer since Independence, and Singapore has built new towns.")
    assert "Lunar New Year" not in got and "Independence" not in got
    assert {"Tsim Sha Tsui", "Singapore"} <= got


def test_a_contents_line_names_no_place_by_its_pages(extractor: Any) -> None:
    text = ("Contents\n\n  Land Supply 40–52\n\n  Reuse of Former Quarry Sites 41\n\n  Kai Tak Development Area "
            "45–46\n\n  Tseung Kwan O Area 137 47\n")
    got = places(extractor, text)
    assert not any("Former Quarry" in p for p in got)
    assert "Kai Tak Development Area" in got and "Kai Tak Development Area 45" not in got
