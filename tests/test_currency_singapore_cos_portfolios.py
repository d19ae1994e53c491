"""A bare '$' in a Singapore budget passage that names neither Singapore nor its explicit currency, only the
Committee of Supply by its short form ('at COS') and a former portfolio of its ministries (the Environment and Water
Resources, MEWR; Community Development, Youth and Sports; Information, Communications and the Arts): together they
read SGD; each alone, a weak cue, leaves the default (issue 14, session 26: a 2017 budget passage read as HKD)."""

from __future__ import annotations

from pipeline.extract.figures.currency import infer_currency


def test_cos_and_a_former_portfolio_read_the_singapore_dollar() -> None:
    # made up: a budget passage that never writes 'Singapore' or 'S$'
    assert infer_currency("The fee will fall by $40 a year. The Minister for the Environment and Water Resources "
                          "will say more at COS.") == "SGD"
    assert infer_currency("MCYS will top up the fund by $25 million; details will follow during the COS.") == "SGD"
    assert infer_currency("The Ministry of Information, Communications and the Arts gets $12 million. "
                          "The Minister will speak at the COS.") == "SGD"


def test_one_weak_cue_alone_keeps_the_default() -> None:
    # made up: one cue is not enough (an Australian text of 2007 had such a minister; 'COS' alone proves little)
    assert infer_currency("The Minister for the Environment and Water Resources announced a $10 million "
                          "water plan.") == "HKD"
    assert infer_currency("The Secretary will explain the $3 billion plan at COS.") == "HKD"


def test_cos_as_another_abbreviation_is_no_cue() -> None:
    # made up: 'COS' as a company's or a measure's short form, not after 'at' / 'during'
    assert infer_currency("COS Ltd spent $5 million; the COS ratio rose; MEWR is named once.") == "HKD"


def test_a_hong_kong_text_stays_hkd() -> None:
    # made up: Hong Kong cues outvote a stray Singapore portfolio and a COS
    assert infer_currency("The HKSAR Government will spend $2 billion on Hong Kong's parks; MEWR, as noted "
                          "at COS, spent less.") == "HKD"
