"""pipeline.extract.periods: a paper's date line is no heading of its body (session 7).

LegCo and board papers carry the date of the meeting they are for on a line of their own ('For
discussion on 9 March 2026'); it says when the paper is discussed, not the time of its figures
(PERIOD-GUIDELINES 5: a date line does not anchor the body). Made-up texts state the rule.
"""

from __future__ import annotations

import pytest

from tests.period_cases import line_periods

BODY = "Panel on Housing\n\n{}\n\nProgress report\n\nThe Authority completed 12 000 flats.\n"


@pytest.mark.parametrize("line, want", [
    # a date with only the words of a date line around it governs nothing
    ("For discussion on 9 March 2026", ""),
    ("Meeting on 9 March 2026", ""),
    ("Meeting on Monday, 9 March 2026", ""),
    ("For information on 2 May 2025", ""),
    ("February 2026", ""),  # the month a paper was issued, on a line of its own
    # ... but a heading that states the time of its section still governs it (PERIOD-GUIDELINES 6)
    ("As at 31 March 2026", "2026-03-31"),
    ("At 31 March 2026", "2026-03-31"),
    ("Position at 31 March 2026", "2026-03-31"),
    ("Outturn for March 2026", "2026-03"),
    ("Review of 2025", "2025"),
])
def test_date_line_governs_nothing(line: str, want: str) -> None:
    assert line_periods(BODY.format(line)) == {"12 000 flats": want}


def test_a_markdown_first_heading_is_a_section_heading() -> None:
    # PERIOD-GUIDELINES 6's own example: under '# Review of 2023' followed by '# Licensing', 'During the year ...'
    # → 2023; a Markdown heading is the chapter's heading, not the document's title (a speech's title still is)
    text = "# Review of 2031\n\n# Licensing\n\nDuring the year, the regulator licensed two banks.\n\nTwelve meetings were held.\n"
    assert line_periods(text) == {"two banks": "2031", "Twelve meetings": "2031"}
    assert line_periods("# The 2031-32 Budget Speech\n\nWe will hire 300 nurses.\n") == {"300 nurses": ""}
    assert line_periods("The 2031-32 Budget\n\nWe will hire 300 nurses.\n") == {"300 nurses": ""}  # a plain first line
