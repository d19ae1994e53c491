"""Review mends (session 21, mendenb; made-up text): findings M5-M7 of /work/s21/review-reven.md."""

from __future__ import annotations

import pipeline
from pipeline.ingest.text import normalize_text





def test_m5_intercapped_names_with_an_opener_stay_whole() -> None:
    assert normalize_text("Grab and GoTo Group reported losses of $2 billion in 2023.") == \
        "Grab and GoTo Group reported losses of $2 billion in 2023.\n"
    assert normalize_text("Read our HowTo guides today.") == "Read our HowTo guides today.\n"
    assert normalize_text("Join MeWe now.") == "Join MeWe now.\n"
    # the purpose stays: a glued heading before an infinitive or a determiner still gets its break
    assert normalize_text("• Bus depotsTo build two more depots.") == "• Bus depots\nTo build two more depots.\n"
    assert normalize_text("Grow the fundThe Bureau agrees.") == "Grow the fund\nThe Bureau agrees.\n"


def _periods(text: str) -> dict[str, str]:
    return {f.text: f.period for f in pipeline.extract_text(text, model="blank").figures}


def test_m6_a_sentence_ending_in_a_bare_number_is_no_heading() -> None:
    got = _periods("The Fund was set up in 2019.\nClinics in 2031 will number 12. The Government will spend $5 billion "
                   "on roads. Hospitals hired 800 staff.")
    assert got["$5 billion"] == "" and got["800 staff"] == ""
    # the purpose stays: a heading glued to the speech's numbered paragraph still governs it
    got = _periods("Budget Speech\n\nEstimates for 2031-32 201. Total revenue is estimated to be $600 billion.")
    assert got["$600 billion"] != ""


def test_m7_an_inline_list_lead_in_ends_with_its_last_item() -> None:
    got = _periods("The Fund was set up in 2019.\nThe Relief Plan for 2031 will have two parts:– First, jobs. We will "
                   "spend $9 billion.– Second, families. We will spend $6 billion to help them. Separately, hospitals "
                   "spent $4 billion on drugs.")
    assert got["$9 billion"] == "2031" and got["$6 billion"] == "2031"
    assert got["$4 billion"] == ""
