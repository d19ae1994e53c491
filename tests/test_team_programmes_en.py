"""A programme of teams is no body (enpl, session 29; issue 14, fc28): a capitalised name closed by a plural team word
('... Care Teams', '... Squads') names a scheme under which many teams are formed, not one organisation, and its short
form goes with it. A singular team and plural bodies of other heads stay. Made-up sentences, the real model."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_a_programme_of_teams_and_its_short_form_are_no_body(extractor: Any) -> None:
    got = found(extractor, "The Government will form Neighbourhood Support and Elderly Care Teams (Care Teams) in "
                           "every sub-district. The Care Teams will visit elderly people living alone.")
    assert "Neighbourhood Support and Elderly Care Teams" not in got
    assert "Care Teams" not in got
    assert got["Government"][0] == "INSTITUTION"
    got = found(extractor, "Local groups will join the Youth Outreach Squads to patrol the estates of Kwun Tong.")
    assert "Youth Outreach Squads" not in got
    assert got["Kwun Tong"][0] == "PLACE"


def test_a_single_team_and_plural_bodies_of_other_heads_stay(extractor: Any) -> None:
    got = found(extractor, "The District Councils will meet the Fire Services Department next week.")
    assert got["District Councils"][0] == "INSTITUTION"
    assert got["Fire Services Department"][0] == "INSTITUTION"
