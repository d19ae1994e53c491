"""Session 21's review mends (mendena, review-reven M1-M4, S1): venues that only host, section labels, plural
acronyms and surnames read as institutions (sentences are made up)."""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _insts(text: str) -> list[str]:
    return [i.text for i in extract_text(text, model="blank").institutions]


def _places(text: str) -> list[str]:
    return [p.text for p in extract_text(text, model="blank").places]


@pytest.mark.parametrize(("text", "venue"), [
    ("Kai Tak Sports Park will stage the opening ceremony of the National Games in 2025. "
     "Visitors can reach Kai Tak Sports Park by the MTR.", "Kai Tak Sports Park"),  # M1: hosting is a site's
    ("Hong Kong Disneyland stage shows drew 2 million visitors in 2024.", "Hong Kong Disneyland"),  # M1: a noun
    ("The Ocean Park launch event drew large crowds.", "Ocean Park"),  # M1: 'launch' as a noun
    ("The MTR will extend the $2 fare concession to Hong Kong Disneyland next year.", "Hong Kong Disneyland"),  # S1
])
def test_a_venue_that_only_hosts_stays_a_place(text: str, venue: str) -> None:
    assert venue not in _insts(text)


@pytest.mark.parametrize("text", [
    "Press Releases · Feb 26 2025\nThe Financial Secretary delivered the Budget today.\n"
    "Speech · Feb 26, 2025\nHe said revenue rose.",  # M2: section labels
    "SMEs reported that credit conditions tightened in 2024, with 30% seeing higher costs.\n"
    "NGOs reported that demand rose by 15%.",  # M3: plural acronyms
    "According to Keynes, demand creates its own supply.\n"
    "According to Smith, the market grew by 5% in 2023.",  # M4: surnames, authors
])
def test_no_outlet(text: str) -> None:
    assert _insts(text) == []


@pytest.mark.parametrize(("text", "outlet"), [
    ("AASTOCKS · Sep 27 17:39\nShares rose.", "AASTOCKS"),
    ("PANews reported on May 7 that the exchange closed.", "PANews"),
    ("According to Cryptonews, the regulator will publish a list of licensed issuers.", "Cryptonews"),
    ("The Xinhua report was brief.\nAccording to Xinhua, the regulator will publish a list.", "Xinhua"),  # S2
    ("The Government will offer a $1.5 billion loan to Ocean Park to build a new hotel.", "Ocean Park"),
])
def test_the_fixes_still_read(text: str, outlet: str) -> None:
    assert outlet in _insts(text)
