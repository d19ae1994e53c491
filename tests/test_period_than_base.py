"""A point in time at the end of the noun phrase a comparative compares with ('HK$3 billion more than the total assets
as at 31 December 2019', 'higher than the balance on 1 July 2030') is the compared stock's date, a comparison base
(PERIOD-GUIDELINES 4), no period of the difference; a bare month in the same sentence is not resolved against that
base's year (README: not the time of a compared value). Issue 14, session 27. Made-up texts."""

from __future__ import annotations

import pytest

from tests.period_cases import periods


@pytest.mark.parametrize("text, want", [
    ("This is HK$3 billion more than the total assets as at 31 December 2019, and is made up of an increase in June "
     "in bond holdings of HK$2 billion.", {"HK$3 billion": "", "HK$2 billion": ""}),
    ("Reserves were $5 billion higher than the balance on 1 July 2030.", {"$5 billion": ""}),
    ("The deposits were 4% lower than their total as of end-March 2031.", {"4%": ""}),
    # a compared noun phrase that tells its time back from another ('the day before') has no date of its own: the date
    # after it is the main clause's (review reven M6, session 27)
    ("The Zorbel Index closed 300 points higher than the day before on 5 March 2031.", {"300 points": "2031-03-05"}),
    ("Sales at Quenby Mall were $2 million higher than the week before on 7 May 2031.", {"$2 million": "2031-05-07"}),
    ("Reserves were $5 billion higher than the balance recorded on 1 July 2030.", {"$5 billion": ""}),
    # unchanged: the figure's own time, a base after 'than' already read, a comparative without a compared noun
    ("Total assets stood at HK$200 billion as at 30 June 2020.", {"HK$200 billion": "2020-06-30"}),
    ("Deposits were 5% higher than the level at the end of 2019.", {"5%": ""}),
    ("Reserves rose by more than $5 billion at the end of 2030.", {"more than $5 billion": "2030-12-31"}),
])
def test_a_compared_stocks_date_is_a_base(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want
