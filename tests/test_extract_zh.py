"""extract_zh: Chinese blocks of a document → mentions with offsets into the document text."""

from __future__ import annotations

from decimal import Decimal

from pipeline.extract.chinese import ChineseExtractor, outside, sentence_spans, unwrap
from pipeline.extract.entities.gazetteer import load_gazetteer
from pipeline.lang import blocks
from pipeline.records import Document


def test_lines_wrapped_by_a_layout_are_joined() -> None:
    text = ("財政司司長今日在立法會發表預算案時表示，政府會向香港科技園\n公司撥款合共約1,500億元，以支持新田科技城及北部都會區的整體發\n"
            "展。\n香港科學園\n北區")
    extractor = ChineseExtractor(load_gazetteer())
    doc = Document("d", "d.txt", "txt", "t", text, "s")
    got = {m.text: m for m in extractor.mentions(doc, extractor.chinese_blocks(text))}
    assert all(text[m.start:m.end] == t for t, m in got.items())
    assert got["香港科技園\n公司"].entity_id == "inst:hk-hkstpc"
    assert got["約1,500億元"].value == Decimal("150000000000")
    assert "香港科學園" in got and "北區" in got  # short lines (headings) are not joined


def test_only_chinese_blocks_are_routed_and_english_mentions_outside_them_kept() -> None:
    text = "The Government will spend HK$1 billion.\n政府會撥款10億元。\nMore English text here."
    zh = ChineseExtractor.chinese_blocks(text)
    assert [text[b.start:b.end] for b in zh] == ["政府會撥款10億元。"]
    assert outside(0, zh) and not outside(text.index("政府"), zh) and outside(text.index("More"), zh)
    assert not ChineseExtractor.all_chinese(text, zh)
    assert ChineseExtractor.all_chinese("政府會撥款10億元。\n香港", ChineseExtractor.chinese_blocks("政府會撥款10億元。\n香港"))


def test_sentences_end_at_chinese_full_stops() -> None:
    text = "第一句。第二句！第三句"
    assert [text[s:e] for s, e in sentence_spans(text, 0, len(text))] == ["第一句。", "第二句！", "第三句"]


def test_unwrap_keeps_a_text_without_wrapped_lines() -> None:
    text = "香港特別行政區政府\n財政預算案\n政府會撥款10億元。"
    ctext, cmap, cblocks = unwrap(text, [b for b in blocks(text)])
    assert ctext == text and cmap[:3] == [0, 1, 2] and len(cblocks) == 3


def test_spaces_between_chinese_characters_are_ignored_for_matching() -> None:
    text = "政府會向香港科技園 公司撥款約1,500 億元，資助10 000名學生。"
    extractor = ChineseExtractor(load_gazetteer())
    doc = Document("d", "d.txt", "txt", "t", text, "s")
    got = {m.text: m for m in extractor.mentions(doc, extractor.chinese_blocks(text))}
    assert all(text[m.start:m.end] == t for t, m in got.items())
    assert got["香港科技園 公司"].entity_id == "inst:hk-hkstpc"
    assert got["約1,500 億元"].value == Decimal("150000000000")
    assert got["10 000名學生"].value == Decimal("10000")


ALPHABET = "香港科技園公司政府億萬元港幣人民币约約逾以上左右十百千一二兩三〇0123456789,.%年个個所家名第之「」“”《》。，、 \n北區深圳市人民政府合作区分比半成倍至到-"


def test_offsets_hold_on_random_chinese_text() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    extractor = ChineseExtractor(load_gazetteer())

    @settings(max_examples=150, deadline=None)
    @given(st.text(alphabet=ALPHABET, min_size=1, max_size=120))
    def check(text: str) -> None:
        doc = Document("d", "d.txt", "txt", "t", text, "s")
        for m in extractor.mentions(doc, extractor.chinese_blocks(text)):
            assert text[m.start:m.end] == m.text and m.start < m.end
            if m.label == "FIGURE":
                s, e = m.sentence
                assert s <= m.start < e

    check()
