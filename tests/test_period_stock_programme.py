"""pipeline.extract.periods: an annual programme's year dates what it comprises, and a past stretch anchored
at a stock's date dates only its own duration (session 19, enfig; both classes found on unseen Hong Kong budget
texts).

Each case states a general rule with a made-up sentence (never a sentence of a held-out or dev document).
"""

from __future__ import annotations

import pytest

from tests.period_cases import periods


@pytest.mark.parametrize("text, want", [
    # the year before an annual programme's name, the programme being the subject of a verb of content, is the
    # year its contents are planned for (PERIOD-GUIDELINES 3e: as a budget's year dates its amounts)
    ("The 2031-32 Land Sale Programme comprises 12 residential sites and two commercial sites, capable of "
     "providing about 4 000 flats and about 90 000 square metres of floor area respectively.",
     {"12 residential sites": "2031-32", "two commercial sites": "2031-32", "about 4 000 flats": "2031-32",
      "about 90 000 square metres": "2031-32"}),
    ("The 2031-32 Land Sale Programme will include seven sites: three sites in Tuen Mun and four in Sha Tin.",
     {"seven sites": "2031-32", "three sites": "2031-32", "four": "2031-32"}),
    ("He said the 2031/32 Public Housing Construction Programme will comprise about 20 000 flats.",
     {"about 20 000 flats": "2031-32"}),
    # any other year in a name stays a name, and so does a programme's year before a verb that is no content
    ("The 2030 Games will include 40 sports.", {"40 sports": ""}),
    ("The 2031-32 Land Sale Programme was drawn up by 12 officers.", {"12 officers": ""}),
    ("Candidates sitting the 2026 examination pay $90 for 3 papers.", {"$90": "", "3 papers": ""}),
])
def test_programme_year_dates_its_contents(text: str, want: dict[str, str]) -> None:
    got = periods(text)
    assert {k: got.get(k) for k in want} == want


@pytest.mark.parametrize("text, want", [
    # a stock stated at a day ('as at end-2030') and its change over a past stretch ending there: the change
    # belongs to the stock's figure (PERIOD-GUIDELINES 4); the stretch dates its own duration only
    ("As at end-2030, the number of tenants of the two parks amounted to some 4 000, an increase of more than "
     "50 per cent over the past five years.",
     {"some 4 000": "2030-12-31", "more than 50 per cent": "2030-12-31", "five years": "2026..2030"}),
    ("As at end-2030, tenants numbered some 4 000, up 50 per cent over the past five years.",
     {"some 4 000": "2030-12-31", "50 per cent": "2030-12-31", "five years": "2026..2030"}),
    # a stretch that leads its clause still dates it; one anchored by a year (an interval) does too
    ("Over the past five years, tenants rose by 50 per cent to 4 000 at the end of 2030.",
     {"five years": "2026..2030", "4 000": "2030-12-31"}),
    ("Exports rose 20% over the past three years to reach $9 billion in 2030.",
     {"20%": "2028..2030", "three years": "2028..2030"}),
])
def test_stretch_to_a_stock_date_dates_only_itself(text: str, want: dict[str, str]) -> None:
    got = periods(text)
    assert {k: got.get(k) for k in want} == want


@pytest.mark.parametrize("text, want", [
    # a change set after its figure by a comma ('…, up by X over five years ago') is that figure's, the years-ago
    # words its comparison base (PERIOD-GUIDELINES 4)
    ("In 2031-32, the allocation will be $49 billion, up by nearly 50 per cent over five years ago.",
     {"$49 billion": "2031-32", "nearly 50 per cent": "2031-32"}),
    # a restatement ('X at present, or Y%,') shares the time of the figure it restates, also when that time is vague
    ("The population will grow from 900 000 at present, or 14 per cent of the total, to 2 500 000 by 2051, or 30 "
     "per cent of the total.", {"900 000": "", "14 per cent": "", "2 500 000": "2051", "30 per cent": "2051"}),
    # unchanged: 'N years ago' right after a figure is that figure's own time
    ("Debt was 35 per cent of GDP just two years ago, and is 40 per cent in 2031.", {"35 per cent": ""}),
])
def test_appositive_changes_and_restatements(text: str, want: dict[str, str]) -> None:
    got = periods(text)
    assert {k: got.get(k) for k in want} == want


@pytest.mark.parametrize("text, want", [
    # 'a month ago' / 'a quarter ago' resolve against the sentence's month or quarter, like 'a month earlier'
    ("The decline narrowed to 2.2 per cent in October 2031 from 3.4 per cent a month ago.",
     {"2.2 per cent": "2031-10", "3.4 per cent": "2031-09"}),
    ("Sales rose 3% in the third quarter of 2031, after 2% a quarter ago.", {"3%": "2031-Q3", "2%": "2031-Q2"}),
    # 'the following N …' is the adjective, no comparison that would cut the clause's time off
    ("From 2031-32, we shall provide $660 million to enhance the following four areas.",
     {"$660 million": "2031-32..", "four areas": "2031-32.."}),
    # unchanged: 'following a/the …' after a figure is the earlier figure it follows
    ("In 2031, exports rose 5% following a 3% fall.", {"5%": "2031", "3%": ""}),
])
def test_month_ago_and_the_following(text: str, want: dict[str, str]) -> None:
    got = periods(text)
    assert {k: got.get(k) for k in want} == want
