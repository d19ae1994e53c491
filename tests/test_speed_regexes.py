"""Rewrites of slow regexes for speed (issue 15) give the same matches as the regex they replace."""

from __future__ import annotations

import random
import re

from pipeline.extract.entities.kinds_en import lower_case_acronyms, lower_defined

# what kinds_en matched before: tried at every lower-case letter of a text, 0.5 ms per 300-word document
LOWER_DEFINED = re.compile(r"((?:[a-z][a-z-]*[ ]+){1,5})\(([A-Z]{2,6})s?\)")


def regex_answer(text: str) -> list[tuple[str, str]]:
    return [(m.group(1), m.group(2)) for m in LOWER_DEFINED.finditer(text)]


def test_acronyms_after_lower_case_words_are_found_from_the_bracket_back() -> None:
    text = ("The plan sets up a central counterparty (CCP) and two trade repositories (TRs) beside the Widget "
            "Board (WB); a very long list of six lower words here (LW) and x-ray scanning units (XSU), "
            "Zcentral bank (CB) (DD) cost (EE)")
    assert lower_defined(text) == regex_answer(text)
    assert lower_defined(text)[:2] == [("sets up a central counterparty ", "CCP"), ("and two trade repositories ", "TR")]
    assert lower_case_acronyms(text) >= {"CCP", "TR"}


def test_the_same_matches_as_the_regex_on_random_text() -> None:
    rng = random.Random(15)
    pieces = ["ab", "c", "-", " ", "  ", "(", ")", "XY", "XYZ", "s", "\n", "A", "1", "ABCDEFG", "q-r"]
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 24)))
        assert lower_defined(text) == regex_answer(text), text


def test_the_title_then_employer_pattern_is_gated_and_finds_what_the_plain_regex_finds() -> None:
    from pipeline.extract.entities import evidence
    from pipeline.regexgate import GatedPattern

    gated = evidence.TITLE_THEN_EMPLOYER
    assert isinstance(gated, GatedPattern)
    text = ("said Ann Lee, General Manager, ASEAN, Widgetco. Bob Tan, Senior Partner, Tan & Co, and Vice President, "
            "Acme, met the Chief Financial Officer, Zed Ltd; Head of Research, Foo Bank, spoke. President, Bar.")
    spans = [m.span() for m in gated.finditer(text)]
    assert spans == [m.span() for m in gated.pattern.finditer(text)] and len(spans) >= 4


def test_the_station_and_place_list_patterns_are_gated_and_find_what_the_plain_regexes_find() -> None:
    from pipeline.extract.entities import place_forms
    from pipeline.extract.entities.gazetteer import Gazetteer
    from pipeline.extract.entities.recognizer import EntityRecognizer
    from pipeline.regexgate import GatedPattern, LineGated

    text = ("Riders change at Foo Bar MRT station and Quay station on the Green Harbour Line; precincts such as "
            "Alder Gate, towns like Birch and Cedar, and the districts of Elm, Fir and Oak grew: two estates – Pine.")
    station = place_forms.TRANSIT_STATION
    assert isinstance(station, LineGated)
    assert [m.span() for m in station.finditer(text)] == [m.span() for m in station.pattern.finditer(text)] != []
    cue = EntityRecognizer(Gazetteer(())).list_cue()
    assert isinstance(cue, GatedPattern)
    assert [m.span() for m in cue.finditer(text)] == [m.span() for m in cue.pattern.finditer(text)] != []
