"""Known names split by a hyphen at a line's end are read whole (enent, session 25; the forecast of session 24 missed
a 'Singa-pore' broken over a line end). Made-up sentences; the first three failed before the rule."""

from __future__ import annotations

from typing import Any

from pipeline.extract.entities.broken_words_en import joined_text
from tests.test_entities_real import found


def test_a_place_broken_over_a_line_end_is_the_place(extractor: Any) -> None:
    got = found(extractor, "The new ferry will serve Singa-\npore and Batam from next spring.")
    assert got.get("Singa- pore") == ("PLACE", "Singapore"), got


def test_a_body_broken_inside_its_last_word(extractor: Any) -> None:
    got = found(extractor, "Officials of the Hong Kong Monetary Autho-\nrity met the bankers on Friday.")
    assert got.get("Hong Kong Monetary Autho- rity") == ("INSTITUTION", "Hong Kong Monetary Authority"), got
    assert "Hong Kong" not in got, got  # the place inside the body's name is no mention of its own


def test_a_break_with_blanks_before_the_line_end(extractor: Any) -> None:
    got = found(extractor, "Traders shipped more rice to Indo-  \n  nesia and Malaysia last year.")
    assert got.get("Indo- nesia", ("",))[0] == "PLACE", got


def test_a_compound_broken_after_its_own_hyphen_stays_two_places(extractor: Any) -> None:
    got = found(extractor, "The Hong Kong-\nShenzhen corridor will open to Sha Tin-\nbased firms and co-\noperation "
                           "will grow.")
    assert got.get("Hong Kong", ("",))[0] == "PLACE" and got.get("Shenzhen", ("",))[0] == "PLACE", got
    assert got.get("Sha Tin", ("",))[0] == "PLACE", got
    assert not any("-" in k for k in got), got


def test_a_lower_case_word_joined_is_no_name(extractor: Any) -> None:
    got = found(extractor, "The long-\nterm plan for the har-\nbour front was set out.")
    assert not got, got


def test_joined_text_maps_pieces_back() -> None:
    text = "Singa-\npore and Ma-\n  cao"
    joined, starts, origins = joined_text(text)
    assert joined == "Singapore and Macao"
    assert starts == [0, 5, 16] and origins == [0, 7, 22]
    assert text[origins[2]:] == "cao"


# (mendspeed, session 26) only the paragraphs that hold a break are searched for names, with the same matches there as
# a search of the whole joined text; the break pattern is led by its hyphen and finds the same breaks as before
PARAGRAPHS = ("Officials of the Hong Kong Monetary Autho-\nrity met the bankers.\n\nTrade with Indo-\nnesia grew.\n"
              "Ferries to Singapore ran late.\n \n\nThe Legislative Council sat; the Hong Kong-\nShenzhen line opened.\n\n"
              "Singa-\npore and Ma-\n  cao and the Hong Kong Monetary Authority and Hong\nKong met in\n\nHong Kong.")


def test_only_the_paragraphs_with_a_break_are_searched() -> None:
    from pipeline.extract.entities.broken_words_en import break_paragraphs

    joined, starts, _ = joined_text(PARAGRAPHS)
    got = [joined[a:b] for a, b in break_paragraphs(joined, starts[1:])]
    assert got == ["Officials of the Hong Kong Monetary Authority met the bankers.",
                   "Trade with Indonesia grew.\nFerries to Singapore ran late.",
                   "Singapore and Macao and the Hong Kong Monetary Authority and Hong\nKong met in"], got


def test_the_paragraph_search_finds_the_whole_texts_matches_there(extractor: Any) -> None:
    from pipeline.extract.entities.broken_words_en import break_paragraphs, near_breaks

    find = extractor.entities.matcher.find
    for text in (PARAGRAPHS, PARAGRAPHS.replace("\n\n", "\n"), "Singa-\npore", "x\n\nSinga-\npore\n\n"):
        joined, starts, _ = joined_text(text)
        spans = break_paragraphs(joined, starts[1:])
        whole = [(s, e, x.id) for s, e, x in find(joined) if any(a <= s and e <= b for a, b in spans)]
        assert [(s, e, x.id) for s, e, x in near_breaks(joined, starts[1:], find)] == whole and whole, text


def test_the_break_pattern_finds_the_same_breaks() -> None:
    import re

    from pipeline.extract.entities.broken_words_en import BREAK

    before = re.compile(r"(?<=[A-Za-z])-[ \t]*\r?\n[ \t]*(?=[a-z])")
    for text in (PARAGRAPHS, "-\nab", "a-\nb", "1-\nb", "a -\nb", "a--\nb", "a-  \r\n  b", "a-\nB", "a-\n\nb", "é-\nb"):
        assert [m.span() for m in BREAK.finditer(text)] == [m.span() for m in before.finditer(text)], text
