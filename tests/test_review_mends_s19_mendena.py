"""Review mends of session 19 (mendena; review-reven M1, M4, S2, N5): rules that fired too widely. An unknown site
whose own clause has a main verb before 'in many/other … countries/cities/markets' is one site (only the rest of a
list of things set up may stand between: 'X, Y and pop-up shops in major overseas cities'); 'Of/Among the N most X,
M …' is a partitive (N counts a real set, M a part of it), no ranking's cut-off; 'half-day' is a kind of session only
beside 'whole-day'/'full-day' in its own sentence; 'the Government's spending/budget' is the public purse. Made-up
sentences, the blank model."""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _places(text: str) -> list[str]:
    return [p.text for p in extract_text(text, model="blank").places]


def _figures(text: str) -> list[tuple[str, str, float | None, str]]:
    return [(f.text, f.kind, f.value, f.unit) for f in extract_text(text, model="blank").figures]


# M1: a main verb before 'in many … markets' ends no list of things set up; the site stays
@pytest.mark.parametrize("text, site", [
    ("Wing Kwong Industrial Estate produces textiles sold in many overseas markets.", "Wing Kwong Industrial Estate"),
    ("Visitors to Stanley Plaza come from many places in other countries.", "Stanley Plaza"),
    ("Trade fairs at the Nanfung Industrial Park attracted buyers from many places in other countries.",
     "Nanfung Industrial Park"),
    ("The Jakarta Convention Centre hosts fairs in many cities.", "Jakarta Convention Centre"),
])
def test_a_site_with_a_verb_before_several_places_stays(text: str, site: str) -> None:
    assert site in _places(text)


def test_a_list_of_formats_set_up_in_several_cities_is_still_no_place() -> None:
    text = ("Hong Kong firms will benefit. The council will set up Hong Kong Pavilions, the Hong Kong Creative Gallery "
            "and pop-up shops in major overseas cities.")
    assert [p for p in _places(text) if "Gallery" in p] == []


# M4: a partitive 'Of/Among the N most X, M …' counts both sets
@pytest.mark.parametrize("text, want", [
    ("Of the 500 most vulnerable households visited, 300 received food assistance.",
     [("500", "household"), ("300", "household")]),
    ("Among the 20 most affected buildings, 15 have been repaired.", [("20", "building"), ("15", "building")]),
    ("Of the 3,000 newest public rental flats, 1,200 went to elderly households.", [("3,000", "flat"), ("1,200", "")]),
    # (the subset's own noun is left unread here: no superlative, 'Of the 3,000 public rental flats, 1,200 …', reads so)
])
def test_a_partitive_superlative_counts(text: str, want: list[tuple[str, str]]) -> None:
    got = [(f[0].split()[0], f[3]) for f in _figures(text) if f[1] == "count"]
    assert got == want


@pytest.mark.parametrize("text", [
    "The city is one of the five busiest container ports in the world.",
    "Among the ten largest lenders, growth was slow.",
    "Hong Kong is among the 10 most competitive economies.",
])
def test_a_ranking_cut_off_stays_no_count(text: str) -> None:
    assert [f for f in _figures(text) if f[1] == "count"] == []


# S2: 'full-day' in another paragraph makes no session pair
def test_half_day_pairs_only_in_its_own_sentence() -> None:
    text = ("We will provide 2,000 more full-day kindergarten places.\n\n"
            "The Civil Service College will run a half-day seminar for 300 officers.")
    assert ("half-day", "duration", 0.5, "day") in _figures(text)


@pytest.mark.parametrize("text", [
    "Parents may choose half-day or full-day classes.",
    "Nurseries will offer more half-day and whole-day places.",
    # one paragraph names both kinds sentences apart (a Policy Address kindergarten paragraph)
    "Kindergartens get a subsidy for half-day services. Fees will fall. Whole-day ones get a grant. Most half-day "
    "places will be free.",
])
def test_half_day_beside_full_day_is_a_session(text: str) -> None:
    assert [f for f in _figures(text) if f[0] == "half-day"] == []


# N5: spending and a budget are public finances
@pytest.mark.parametrize("text", [
    "As Government's revenue fell, Government's spending rose.",
    "Hong Kong's clinics are busy. The Government's budget was balanced.",
])
def test_government_spending_is_no_actor(text: str) -> None:
    assert [i.text for i in extract_text(text, model="blank").institutions] == []
