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


# the title-then-employer pattern before session 27, its optional first words as optional groups
OLD_TITLE_THEN_EMPLOYER = re.compile(
    r"\b(?:General[ ]Manager|Managing[ ]Director|Country[ ]Manager|Chief[ ]Executive(?:[ ]Officer)?|CEO|"
    r"Chief[ ](?:Economist|Investment[ ]Officer|Operating[ ]Officer|Financial[ ]Officer|Technology[ ]Officer)|"
    r"(?:Vice[ ])?President|Executive[ ]Director|Co-founder|Founder|(?:Senior[ ])?Partner|Head[ ]of[ ][A-Z][\w&-]*)"
    r"(?:,[ ]+[A-Z][\w&-]*(?:[ ][A-Z][\w&-]*){0,2})?,[ ]+(?=[A-Z])")


def test_the_title_then_employer_pattern_is_led_by_its_capitals_and_finds_what_the_plain_regex_finds() -> None:
    from pipeline.extract.entities import evidence
    from pipeline.regexgate import LeadPattern

    lead = evidence.TITLE_THEN_EMPLOYER
    assert isinstance(lead, LeadPattern) and lead.split is not None
    text = ("said Ann Lee, General Manager, ASEAN, Widgetco. Bob Tan, Senior Partner, Tan & Co, and Vice President, "
            "Acme, met the Chief Financial Officer, Zed Ltd; Head of Research, Foo Bank, spoke. President, Bar.")
    spans = [(m.span(), m.groups()) for m in lead.finditer(text)]
    assert spans == [(m.span(), m.groups()) for m in OLD_TITLE_THEN_EMPLOYER.finditer(text)] and len(spans) >= 4
    pieces = [" ", ", ", ",", "Vice", "Vice ", "President", "Senior ", "Partner", "Chief Executive", " Officer", "CEO",
              "x", "-", "Head of ", "Sales", "ASEAN", "\n", "Co-founder", "General Manager", "A"]
    for text in random_texts(pieces, 30_000):
        assert [(m.span(), m.groups()) for m in lead.finditer(text)] == \
            [(m.span(), m.groups()) for m in OLD_TITLE_THEN_EMPLOYER.finditer(text)], text


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


# what evidence.py searched whole texts with before session 27 (each tried at every position or every space)
OLD_PREDICATED_LEAD = r",?[ ]+(?:is|are|was|were)"
OLD_PRONOUN_LIST = re.compile(r"(?:^|(?<=[.;!?])[ \t]+|\n[ \t]*)(?:Some|Others|Many|Several|One)(?:[ ]of[ ]them)?,?[ ]+"
                              r"(?:such[ ]+as|like|including)[ ]+(?=[A-Z])")


def random_texts(pieces: list[str], count: int, seed: int = 27) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(count)]


def test_named_members_scans_find_what_the_plain_regexes_find() -> None:
    from pipeline.extract.entities import evidence
    from pipeline.regexgate import TailGated

    assert isinstance(evidence.PRONOUN_LIST, TailGated)
    assert evidence.PREDICATED.pattern.startswith(OLD_PREDICATED_LEAD)  # searched from its verb: predicated()
    pieces = [" ", "  ", ",", ".", ";", "\n", "\t", "is", "are", "was", "were", "now", "also", "a", "an", "all", "both",
              "local", "tech", "companies", "bank", "firms", "banking", "Grab", "Sea", "X", "and", "of", "Some", "Others",
              "One", "Many", "of them", "such as", "like", "including", "Kestrel", "!", "?", "\n ", "x"]
    texts = random_texts(pieces, 30_000) + [
        "Grab, Sea and Razer are local tech companies", "X is is a bank. Y,  are  now all banks  is a firm",
        "A, is a firm,, is a bank ,  was  both lenders", "is a bank", " is a bank", ",is a firm", "Foo  ,  is a firm",
        "Some such as Kestrel", "  Some such as Kestrel", "x.\n  Some, like Kestrel", "x. \tOne of them, including A"]
    for text in texts:
        spans = [m.span() for m in evidence.PREDICATED.finditer(text)]
        assert [m.span() for m in evidence.predicated(text)] == spans, text
        assert [m.span() for m in evidence.PRONOUN_LIST.finditer(text)] == \
            [m.span() for m in OLD_PRONOUN_LIST.finditer(text)], text


def test_credits_are_searched_only_in_a_text_with_a_credit_mark() -> None:
    from pipeline.extract.entities import evidence

    pieces = [" ", "  ", "\n", ".", "!", "\"", "”", "-", "–", "—", "(", ")", "Reuters", "AFP", "NNT", "BERNAMA", "KUALA",
              "LUMPUR", ",", "Dec", "3", "said", "x", "Ab"]
    texts = random_texts(pieces, 30_000) + ["KUALA LUMPUR, Dec 3 (Bernama) - The", "(Reuters) - X", "said. - BERNAMA",
                                            "said. (NNT)\n", "said. — AFP\n(Reuters) —", "said. (AFP)"]
    found = 0
    for text in texts:
        matches = [m.span() for m in evidence.CREDIT.finditer(text)]
        if matches:
            found += 1
            assert any(mark.search(text) for mark in evidence.CREDIT_MARKS), text
    assert found > 20


def test_the_apposition_noun_is_led_by_its_space_and_ends_where_the_look_behind_pattern_ends() -> None:
    from pipeline.extract.entities.evidence import OrgEvidence

    nouns = ["company", "maker", "TV maker", "bank"]
    lead = OrgEvidence(nouns).apposition
    assert lead.pattern.startswith("[ ]")
    alternatives = "|".join(sorted((re.escape(n) for n in nouns), key=len, reverse=True))
    old = re.compile(rf"(?<=[A-Za-z] )(?:{alternatives})[ ]+(?=[A-Z0-9])")
    pieces = [" ", "  ", "x", "TV", "maker", "company", "bank", "Sky", "9", "-", "\n", ",", "A"]
    for text in random_texts(pieces, 30_000):
        assert [m.end() for m in lead.finditer(text)] == [m.end() for m in old.finditer(text)], text


def test_the_organisation_nouns_are_lower_case() -> None:
    # the apposition pattern is led by the space before the noun: a noun that began with a capital or a digit could
    # start right where the last match ended, after its space
    import json
    from pathlib import Path

    import pipeline

    words = json.loads((Path(pipeline.__file__).parent / "data" / "not_entities.en.json").read_text("utf-8"))
    assert words["org_nouns"] and all(n[:1].islower() for n in words["org_nouns"])


def test_a_vision_title_is_led_by_its_capital_and_found_as_with_the_look_behind() -> None:
    from pipeline.extract.entities.plan_names import vision_title

    words = ["Tomorrow", "Vision 2030"]
    lead = vision_title(words)
    assert lead is not None and lead.pattern.startswith("([A-Z]")
    alternatives = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    old = re.compile(rf"(?<![\w'’-])((?:[A-Z][\w'’-]*[ ]){{1,3}}(?:{alternatives}))(?![\w'’-])")
    pieces = [" ", "Lantau", "Tomorrow", "Vision 2030", "x", "-", "'", "’", "A", "Big", "\n", "é", "_", "1", "Tomorrows"]
    for text in random_texts(pieces, 30_000):
        assert [(m.span(), m.groups()) for m in lead.finditer(text)] == \
            [(m.span(), m.groups()) for m in old.finditer(text)], text


def test_a_salutation_s_first_names_are_searched_only_where_a_surname_is_bracketed() -> None:
    from pipeline.extract.entities import ner_pieces

    assert ner_pieces.person_names("Nick (Brooke), Victor (Lo), distinguished guests", []) >= {"Nick", "Victor"}
    pieces = [" ", "\n", "\t", ",", ", ", "(", ")", "Nick", " (Brooke)", "(Lo)", " and", "x", "A", "(Ann Lee)", "andy",
              " (Ann Lee),", " (ANN)"]
    found = 0
    for text in random_texts(pieces, 30_000):
        if any(ner_pieces.FIRST_NAME.finditer(text)):
            found += 1
            assert ner_pieces.SURNAME_IN_BRACKETS.search(text), text
    assert found > 20


def test_glossary_lines_are_tried_only_at_line_starts_and_found_as_by_the_plain_regex() -> None:
    from pipeline.extract.entities import glossary_lines
    from pipeline.regexgate import GatedPattern

    assert isinstance(glossary_lines.LINE, GatedPattern) and glossary_lines.LINE.line_anchored
    plain = glossary_lines.LINE.pattern
    pieces = ["\n", " ", "\t", "HKMA", "Hong Kong Monetary Authority", "x", "A", "&", "CEO", "  chief", "é", "\n\n"]
    for text in random_texts(pieces, 30_000):
        assert [(m.span(), m.groups()) for m in glossary_lines.LINE.finditer(text)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text)], text


def test_a_word_in_capitals_is_led_by_its_first_capital_and_found_as_with_the_boundary() -> None:
    from pipeline.extract.entities.company_lists import CAPS_WORD

    assert CAPS_WORD.pattern.startswith("[A-Z]")
    old = re.compile(r"\b[A-Z]{2,}\b")
    pieces = [" ", "AB", "A", "x", "_", "1", "é", "É", "-", "\n", "ABC", "Ab"]
    for text in random_texts(pieces, 30_000):
        assert [m.span() for m in CAPS_WORD.finditer(text)] == [m.span() for m in old.finditer(text)], text
        assert (CAPS_WORD.search(text) is None) == (old.search(text) is None), text
