"""Session-22 English periods (issue 14), made-up texts: the first day of a month after 'from' is the day a rule
takes effect ('cut to 12% from 1 March 2031'): an open start (PERIOD-GUIDELINES 1), not a comparison base; after a
verb or adverb of change, and a month's or year's end ('from 31 December 2030'), it stays a base. A plain heading that
opens with a year, a spaced dash and a title ('2031 - Continued growth') states that year and governs (PERIOD-GUIDELINES
6); 'Year of Assessment (YA) 2031' is the tax year with its acronym glossed; a capitalised study's or plan's title whose
topic runs on to a horizon ('the Strategic Studies on Ports and Major Roads beyond 2040') holds its year in the name
(PERIOD-GUIDELINES 3e)."""

from __future__ import annotations

import pytest

from tests.period_cases import line_periods, periods


@pytest.mark.parametrize("text, want", [
    ("The quota will be lowered in two stages, to 12% from 1 March 2031, and to 10% from 1 March 2032.",
     {"two stages": "", "12%": "2031-03-01..", "10%": "2032-03-01.."}),
    ("The permit fee will be cut to $80 from 1 October 2031.", {"$80": "2031-10-01.."}),
    ("A levy of $15 per tonne applies from 1 July 2032.", {"$15": "2032-07-01.."}),
    # unchanged: a change from a stated stock's date; an end date
    ("Savings were $4 billion, up 6% from 31 December 2030.", {"$4 billion": "", "6%": ""}),
    ("Savings were $4 billion, up 6% from 1 January 2030.", {"$4 billion": "", "6%": ""}),
    ("The Harbour Index rose 8% from 1 July 2031.", {"8%": ""}),
])
def test_first_day_after_from_is_a_start(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want


def test_a_year_dash_heading_governs_until_the_next() -> None:
    text = ("2030 - Strong growth and fiscal recovery\n\nThe economy grew by 5.1%.\n\n"
            "2031 - Continued growth and fiscal consolidation\n\nExports are likely to grow by 3%.\n")
    assert line_periods(text) == {"5.1%": "2030", "3%": "2031"}
    # the heading glued to its first sentence in a scraped page, its line break restored at ingest (one newline)
    text = ("2030 - Strong growth and fiscal recovery\n\nThe economy grew by 5.1%.\n\n"
            "2031 - Continued growth and fiscal consolidation\nExports are likely to grow by 3%.\n")
    assert line_periods(text) == {"5.1%": "2030", "3%": "2031"}


def test_year_of_assessment_with_its_acronym() -> None:
    assert periods("The top rate will be cut to 16% in Year of Assessment (YA) 2031.") == {"16%": "2031"}
    assert periods("The rate will fall to 15% in two steps: first to 16% in Year of Assessment (YA) 2031, and then to "
                   "15.5% in YA2032.") == {"15%": "", "two steps": "", "16%": "2031", "15.5%": "2032"}


@pytest.mark.parametrize("text, want", [
    ("According to the Strategic Studies on Ports and Major Roads beyond 2040, we plan to build three new roads.",
     {"three new roads": ""}),
    ("The Blueprint for Smart Harbours towards 2045 sets out 12 measures.", {"12 measures": ""}),
    # unchanged: a year after a lower-case noun phrase stays a time
    ("In 2040, we plan to build three new roads.", {"three new roads": "2040"}),
])
def test_a_titled_horizon_is_part_of_the_name(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want
