"""textfold: invisible characters dropped at ingest, a same-length fold for matching, and figures read
through it with offsets into the text as written."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.records import Document
from pipeline.textfold import drop_invisible, fold


@pytest.mark.parametrize("text, expected", [
    ("３０，０００個單位", "30,000個單位"),
    ("ＨＫ＄３．５億元", "HK$3.5億元"),
    ("２５％", "25%"),
    ("￥１，２００", "¥1,200"),
    ("香港　九龍", "香港　九龍"),  # ideographic space between two characters: a clause break, kept
    ("HK　九龍", "HK 九龍"),  # ideographic space
    ("\u22125\u00b0C", "-5\u00b0C"),  # minus sign
    ("1\u2007000 jobs", "1 000 jobs"),  # figure space between digits
    ("ＧＤＰ增長", "GDP增長"),
    # unchanged: Chinese punctuation the Chinese recognizers split on, a comma that is no group separator
    ("香港，九龍（新界）：一、二；完。", "香港，九龍（新界）：一、二；完。"),
    ("第１，２項", "第1，2項"),
    ("３～５年", "3～5年"),
    ("HK$3 000 million", "HK$3 000 million"),
    ("1\u00a0000 and 2\u202f500", "1\u00a0000 and 2\u202f500"),  # already read as group separators
])
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


@given(st.text())
def test_fold_keeps_every_offset(text: str) -> None:
    folded = fold(text)
    assert len(folded) == len(text)
    assert all(a == b or fold(a) == b or not a.isascii() or a in "，．" for a, b in zip(text, folded))


@pytest.mark.parametrize("text, expected, dropped", [
    ("HK$3\u200b000 million", "HK$3000 million", 1),  # zero-width space
    ("HK$3\u2060000", "HK$3000", 1),  # word joiner
    ("Develop\u00adment Bureau", "Development Bureau", 1),  # soft hyphen
    ("\u202bHK$5 billion\u202c and \u2066Sha Tin\u2069", "HK$5 billion and Sha Tin", 4),  # bidi controls
    ("\ufeffKowloon", "Kowloon", 1),
    ("HK$3\u200d000", "HK$3000", 1),  # ZWJ next to ASCII digits: noise
    ("\u0645\u200c\u0645 \U0001f468\u200d\U0001f469", "\u0645\u200c\u0645 \U0001f468\u200d\U0001f469", 0),  # kept in a script that needs it
    ("The Café", "The Café", 0),
])
def test_drop_invisible(text: str, expected: str, dropped: int) -> None:
    assert drop_invisible(text) == (expected, dropped)


def figures_of(text: str) -> list[tuple[str, float, str, int, int]]:
    from pipeline.extract import Extractor, load_gazetteer, load_model

    extractor = Extractor(load_model("blank"), load_gazetteer())
    document = Document("d", "d.txt", "txt", "", text, "0" * 64)
    [(_, mentions)] = list(extractor.extract([document]))
    out = []
    for m in mentions:
        if m.label == "FIGURE":
            assert text[m.start:m.end] == m.text
            out.append((m.text, float(m.value), m.unit, m.start, m.end))
    return out


def test_full_width_chinese_figures_are_read_with_offsets_as_written() -> None:
    text = "政府將興建３０，０００個單位，並撥款ＨＫ＄３．５億元，佔總數的２５％。\n"
    found = figures_of(text)
    assert ("３０，０００個單位", 30000, "unit") in [f[:3] for f in found]
    assert ("ＨＫ＄３．５億元", 3.5e8, "HKD") in [f[:3] for f in found]
    assert ("２５％", 25, "") in [f[:3] for f in found]


def test_full_width_english_figure() -> None:
    found = figures_of("The Fund will grant ＨＫ＄７ billion to 40 start-ups.\n")
    assert [f[:3] for f in found if f[0].startswith("ＨＫ")] == [("ＨＫ＄７ billion", 7e9, "HKD")]


WILD_PHRASES = ["３０，０００個單位", "ＨＫ＄３．５億元", "２５％", "HK$3\u200b000 million", "ＨＫ＄７ billion",
                "香港　九龍", "\u2212５°C", "1\u2007000 jobs", "Develop\u00adment Bureau", "\u202bSha Tin\u202c",
                "ＧＤＰ", "40 start-ups", "the Innovation and Technology Commission", "香港特別行政區政府", "，", "\n"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WILD_PHRASES), min_size=1, max_size=12))
def test_rows_slice_the_text_file_with_wild_characters(parts: list[str]) -> None:
    """What the text file holds (ingest's normalize_text) is what every row's start/end slice."""
    from pipeline.extract import Extractor, load_gazetteer, load_model
    from pipeline.ingest.formats import normalize_text
    from pipeline.normalize.mentions import normalize_document

    text = normalize_text(" ".join(parts) + " X")
    extractor = _blank_extractor(Extractor, load_model, load_gazetteer)
    document = Document("d", "d.txt", "txt", "", text, "0" * 64)
    [(_, mentions)] = list(extractor.extract([document]))
    for row in (*normalize_document(document, mentions, extractor.gazetteer.by_id()),):
        for r in row:
            assert text[r.start:r.end] == r.text


_EXTRACTOR: list[object] = []


def _blank_extractor(extractor_cls, load_model, load_gazetteer):  # type: ignore[no-untyped-def]
    if not _EXTRACTOR:
        _EXTRACTOR.append(extractor_cls(load_model("blank"), load_gazetteer()))
    return _EXTRACTOR[0]
