"""A web page's title bar repeated over its body (issue 14, session 25), made-up texts: 'The 2031-32 Budget' at the top
of a budget page and again above the speech section is the document's name both times (the lead's session-10 ruling:
a time that names the document governs nothing), not a heading dating the section's figures; a heading that states
another time still governs, and a repeated title that states a time of its own still does."""

from __future__ import annotations

import pytest

from tests.period_cases import line_periods

PAGE = ("The 2031-32 Budget\nHome | Speech | Highlights\n\nThe 2031-32 Budget  \n\nBudget Speech\n\nLand Supply\n\n"
        "68. The studies cover 2 500 hectares of land.\n")


@pytest.mark.parametrize("text, want", [
    (PAGE, {"2 500 hectares": ""}),
    # unchanged: a heading with its own time, a title stating a time of its own
    ("The 2031-32 Budget\n\nThe 2031-32 Budget\n\nRevised Estimates for 2030-31\n\n55. Revenue is $500 billion.\n",
     {"$500 billion": "2030-31"}),
    ("Review of 2031\n\nReview of 2031\n\nLicensing\n\nThe authority granted 12 licences.\n", {"12 licences": "2031"}),
])
def test_a_repeated_page_title_governs_as_the_title(text: str, want: dict[str, str]) -> None:
    assert line_periods(text) == want
