"""A change stated right before 'from <old> in T1 to <new> in T2' belongs to the new value and takes T2 (PERIOD-
GUIDELINES 4: a change belongs to the figure it changes), whether the change is a bare finite verb and its figure
('rose 25%, from ... to ...'; periods.en.json bare_change_verbs) or a qualified multiple ('more than doubled our
spending, from ... to ...', with the verb's object between them): as 'rose by $9 billion, from ... to ...' and
'doubled from ... to ...' already did (issue 14, session 28; an earlier enfig gold reads 'doubled ... to $30 billion
in FY2018' → FY2018). A stretch or range stated before the change still dates it as the clause's time. Made-up
texts."""

from __future__ import annotations

import pytest

from tests.period_cases import periods


@pytest.mark.parametrize("text, want", [
    ("Exports rose 25%, from $40 billion in 2031 to $50 billion in 2033.",
     {"25%": "2033", "$40 billion": "2031", "$50 billion": "2033"}),
    ("Deposits fell 12% from $900 billion at the end of 2031 to $792 billion at the end of 2032.",
     {"12%": "2032-12-31", "$900 billion": "2031-12-31", "$792 billion": "2032-12-31"}),
    ("Since the start of this decade, we have more than doubled our healthcare spending, from $3.9 billion in "
     "FY2031 to an estimated $10.2 billion in FY2038.",
     {"more than doubled": "FY2038", "$3.9 billion": "FY2031"}),
    ("The fund has nearly tripled its assets from $3 billion in 2030 to $8.7 billion in 2034.",
     {"nearly tripled": "2034", "$3 billion": "2030", "$8.7 billion": "2034"}),
    # unchanged: a stretch or a range stated before the change is the clause's time; a base without a value
    ("Over the past ten years, output rose four-fold, from $2 billion in 2025 to $8 billion in 2034.",
     {"four-fold": "2025..2034"}),
    ("Between 2030 and 2033, exports rose 25%, from $40 billion to $50 billion.", {"25%": "2030..2033"}),
    ("Sales rose 8% compared with 2030.", {"8%": ""}),
    ("The index rose 9% from the end of 2031.", {"9%": ""}),
])
def test_a_change_before_from_and_to_takes_the_new_values_time(text: str, want: dict[str, str]) -> None:
    got = periods(text)
    assert {k: got.get(k) for k in want} == want
