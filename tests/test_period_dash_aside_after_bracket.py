"""An aside between spaced dashes that opens right after a bracketed short form ('the Assurance Package (AP) – first
introduced in 2030 – will be topped up by $3 billion') is still an aside: its time dates only its own figures (issue 14,
session 26; PERIOD-GUIDELINES 3d). Made-up texts."""

from __future__ import annotations

import pytest

from tests.period_cases import periods


@pytest.mark.parametrize("text, want", [
    ("Separately, the Relief Package (RP) – first introduced in 2030 – will be topped up by $3 billion.",
     {"$3 billion": ""}),
    ("The Fund (TF) – set up in 2030 with $1 billion – gets $2 billion.", {"$1 billion": "2030", "$2 billion": ""}),
    # unchanged: an aside after a word
    ("The Relief Package – first introduced in 2030 – will be topped up by $3 billion.", {"$3 billion": ""}),
])
def test_a_dash_aside_after_a_bracket(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want
