"""The locale cues of `figures.currency` (issue 15: a cue is counted only where its literal start occurs)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.extract.figures.currency import body_cues, compile_cue, count_cue, place_cues, top_level_bar
from pipeline.extract.figures.reader import lexicon


@pytest.mark.parametrize("pattern, bar", [
    (r"\bMYR\b|\bringgit", True),
    (r"\bPerth\b(?! (?:Street|Road|Park)\b)", False),  # the '|' is inside the lookahead
    (r"\bpatacas?\b", False),
    (r"\bA[|]B", False),  # inside a character class
    (r"\bA\|B", False),  # escaped
    (r"(?:a|b)c", False),
])
def test_top_level_bar(pattern: str, bar: bool) -> None:
    assert top_level_bar(pattern) is bar


def test_a_place_cue_with_a_street_lookahead_keeps_its_literal_start() -> None:
    assert compile_cue(r"\bPerth\b(?! (?:Street|Road)\b)")[1] == "Perth"
    assert compile_cue(r"\bMYR\b|\bringgit")[1] == ""  # either branch may match: no literal


def test_every_cue_counts_as_findall_does(shared_dir: Path) -> None:
    """Every cue of the lexicon and the place gazetteers, on the real-world and dev texts."""
    texts = [p.read_text("utf-8") for folder in ("realworld/texts", "devset", "devset-real")
             for p in sorted((shared_dir / folder).glob("*.txt"))]
    texts.append("Perth Street, Perth, PERTH and Perth Road; Montreal and Montréal; Victoria Park, Victoria.")
    cues = [p for ps in lexicon("en")["locale_cues"].values() for p in ps]
    cues += [p for ps in place_cues().values() for p in ps]
    cues += [p for ps in body_cues().values() for p in ps]
    assert cues and any(compile_cue(p)[1] and top_level_bar(p) is False and "|" in p for p in cues)
    for pattern in cues:
        rx, literal = compile_cue(pattern)
        for text in texts:
            assert count_cue(text, rx, literal) == len(re.findall(pattern, text)), (pattern, literal)


def test_singapore_work_passes_agencies_and_schemes_vote_for_the_singapore_dollar() -> None:
    # made up: a budget passage that never writes 'Singapore', only its passes, agencies and schemes
    from pipeline.extract.figures.currency import infer_currency
    assert infer_currency("The S Pass levy rises to $650 and the Employment Pass salary floor to $5,600.") == "SGD"
    assert infer_currency("SPRING will co-fund up to $30 million of automation projects with A*STAR.") == "SGD"
    assert infer_currency("We will top up MediShield Life and Medifund by $500 million.") == "SGD"
    assert infer_currency("The Hong Kong Government will spend $30 million; A*STAR was one model studied.") == "HKD"


def test_singapore_towns_boards_and_portfolios_vote_for_the_singapore_dollar() -> None:
    # made up: passages that never write 'Singapore', only its towns, boards, ministers' portfolios and schemes
    from pipeline.extract.figures.currency import infer_currency
    assert infer_currency("New polyclinics in Tampines and Bukit Panjang will cost $300 million.") == "SGD"
    assert infer_currency("JTC and IMDA will set aside $80 million for the new district.") == "SGD"
    assert infer_currency("The Minister for Manpower will raise the grant to $2,000 per worker.") == "SGD"
    assert infer_currency("The Ministers for Trade and Industry will set out a $50 million fund.") == "SGD"
    assert infer_currency("Families in 3-room flats get $300 of U-Save each year and two months of S&CC rebates.") \
        == "SGD"
    assert infer_currency("The levy on cars with an OMV above $20,000 and the COE quota will change.") == "SGD"
    # a Hong Kong text that compares itself with Changi or names a college of everyday words stays HKD
    assert infer_currency("The HKSAR Government will spend $5 billion on the airport; Changi Airport has "
                          "a fifth terminal.") == "HKD"
    assert infer_currency("The Civil Service College will receive $20 million for leadership courses.") == "HKD"
    assert infer_currency("Residents of Marine Parade and Woodlands pay $10 for parking.") == "HKD"


def test_a_body_name_votes_only_with_a_word_of_its_own() -> None:
    from pipeline.extract.figures.locale_bodies import gazetteer_names, own_word
    assert own_word("Yishun") and own_word("JTC Corporation") and own_word("Ngee Ann Polytechnic")
    assert not own_word("Civil Service College") and not own_word("People's Association")
    assert not own_word("Marine Parade") and not own_word("one-north")
    names = gazetteer_names()["SGD"]
    assert "Punggol" in names and "HDB" in names and "IMDA" in names
    assert "Economic Development Board" not in names and "DBS" not in names and "NTU" not in names
