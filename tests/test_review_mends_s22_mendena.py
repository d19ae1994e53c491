"""Session 22's review mends (mendena, review-reven M1, M4, S3): a change from the first day of a month is a
comparison base, a chronology's year-dash lines date no prose, and a sentence-initial head word is no plan's title
(sentences are made up)."""

from __future__ import annotations

import pytest

from tests.period_cases import line_periods, periods


@pytest.mark.parametrize(("text", "want"), [
    ("The Harbour Index rose 8% from 1 July 2031.", {"8%": ""}),
    ("Ferry fares increased by 3% from 1 January 2031.", {"3%": ""}),
    ("Office rents have fallen 6% from 1 April 2030.", {"6%": ""}),
    ("The district index has gained 12% from 1 January 2031.", {"12%": ""}),
    # unchanged: a level set to take effect on a first day is an open start
    ("The toll will increase to $50 from 1 July 2031.", {"$50": "2031-07-01.."}),
    ("The permit fee will be cut to $80 from 1 October 2031.", {"$80": "2031-10-01.."}),
])
def test_m1_a_change_from_a_first_day_is_a_base(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Key events\n\n2031 - Harbour levy enacted\nThe Government will spend $5 billion on the scheme.\n",
     {"$5 billion": ""}),
    ("Chronology\n\n2029 - Scheme launched with 200 firms\n2030 - Scheme extended\nThe scheme now covers 5,000 "
     "firms.\n", {"5,000 firms": ""}),
    ("Milestones\n2029 - Launch of the scheme\n2030 - First payments\nIn total, 5,000 firms received $2 billion.\n",
     {"5,000 firms": "", "$2 billion": ""}),
])
def test_m4_a_chronology_dates_no_prose(text: str, want: dict[str, str]) -> None:
    assert {k: v for k, v in line_periods(text).items() if k in want} == want


@pytest.mark.parametrize(("text", "want"), [
    ("Targets for Hong Kong towards 2030 include 5,000 new charging points.", {"5,000 new charging points": "2030"}),
    ("Goals for Green Transport towards 2035 call for 3,000 electric buses.", {"3,000 electric buses": "2035"}),
    # unchanged: a title after 'the' or a capitalised word holds its year
    ("The Blueprint for Smart Harbours towards 2045 sets out 12 measures.", {"12 measures": ""}),
    ("We will invest $5 billion in the Plan for Smart Mobility towards 2030.", {"$5 billion": ""}),
])
def test_s3_a_sentence_initial_head_is_no_title(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want
