"""Session-23 ingest (issue 14), made-up texts: a scraped page's line-break tag kept as text ('<br />'), with the blank
line a converter put after it, is one line break inside its paragraph, so a sentence runs on across it ('grew by 4.1%
in<br />' + a blank line + '2031, while ...'); two tags in a row still make a paragraph break. Texts without a tag stay
as they are."""

from __future__ import annotations

import pytest

from pipeline.ingest.text import normalize_text
from tests.period_cases import periods


@pytest.mark.parametrize("raw, clean", [
    ("Loans grew by 4.1% in<br />\n\n2031, while deposits rose.\n", "Loans grew by 4.1% in\n2031, while deposits rose.\n"),
    ("One line<br>two line<BR/>three\n", "One line\ntwo line\nthree\n"),
    ("First part.<br /><br />Second part.\n", "First part.\n\nSecond part.\n"),
    # unchanged: no tag; a tag's name in prose without brackets
    ("Loans grew.\n\nDeposits rose.\n", "Loans grew.\n\nDeposits rose.\n"),
    ("The br tag breaks lines.\n", "The br tag breaks lines.\n"),
])
def test_a_kept_line_break_tag_is_one_line_break(raw: str, clean: str) -> None:
    assert normalize_text(raw) == clean


def test_a_sentence_runs_on_across_the_tag() -> None:
    text = normalize_text("Credit grew by 4.1% in<br />\n\n2031, while deposits rose by 2.2%.\n")
    assert periods(text.strip()) == {"4.1%": "2031", "2.2%": "2031"}
