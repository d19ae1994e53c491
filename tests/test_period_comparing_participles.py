"""After a comma, a present participle of comparison ('outperforming', 'exceeding', 'surpassing', 'lagging' …) opens a
participle clause naming a compared value: a time inside it is that value's (a base) and does not reach back to the
figure before it (PERIOD-GUIDELINES 3d, 4; issue 14, session 27). Made-up texts."""

from __future__ import annotations

import pytest

from tests.period_cases import periods


@pytest.mark.parametrize("text, want", [
    ("The fund's 2031 results show a return of 1.8%, outperforming a loss of 0.6% in 2030.",
     {"1.8%": "2031", "0.6%": "2030"}),
    ("The return was 1.8%, outperforming a loss of 0.6% in 2030.", {"1.8%": "", "0.6%": "2030"}),
    ("Output grew 3%, exceeding the 2.1% growth recorded in 2029.", {"3%": "", "2.1%": "2029"}),
    ("Output grew 3%, matching the 2.9% growth recorded in 2029.", {"3%": "", "2.9%": "2029"}),
    # 'matching', 'reversing', 'beating', 'trailing' compare only before a value: ', matching donations from the public
    # in 2031' is a matching grant, its time dates the clause (review reven M8, session 27)
    ("The Zorbel Trust will provide $200 million, matching donations from the public in 2031.",
     {"$200 million": "2031"}),
    ("The Zorbel Trust will give $5 million, reversing the cuts made in 2031.", {"$5 million": "2031"}),
    # unchanged: the time before the participle still dates its clause; a participle of another kind
    ("In 2031 the return was 1.8%, outperforming a loss of 0.6% in 2030.", {"1.8%": "2031", "0.6%": "2030"}),
    ("Sales rose 5% in 2031, bringing the total to $5 billion.", {"5%": "2031", "$5 billion": "2031"}),
])
def test_a_comparing_participles_time_is_the_bases(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want
