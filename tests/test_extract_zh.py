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


def _figures(text: str) -> dict[str, object]:
    extractor = ChineseExtractor(load_gazetteer())
    doc = Document("d", "d.txt", "txt", "t", text, "s")
    got = {m.text: m for m in extractor.mentions(doc, extractor.chinese_blocks(text)) if hasattr(m, "value")}
    assert all(text[m.start:m.end] == t for t, m in got.items())
    return {t: m.value for t, m in got.items()}


def test_a_line_break_inside_a_figure_is_joined_after_a_line_of_any_length() -> None:
    # a short line (a narrow column, a text box) broken between the number and its classifier, scale or unit
    assert _figures("會提供約2 400\n間宿舍。") == {"約2 400\n間": Decimal("2400")}
    assert _figures("撥款約\n45億元。") == {"約\n45億元": Decimal("4500000000")}
    assert _figures("預留約6\n000名學額。") == {"約6\n000名": Decimal("6000")}
    assert _figures("比率升至百分之\n七十。")["百分之\n七十"] == Decimal("70")
    # a PDF line ends in a space, or the next line starts with one: the break still splits the figure
    long = "政府會在新界北部興建更多青年宿舍及專上學生宿舍，預計在五年內可提供約2 400 \n間宿舍，供青年入住。"
    assert _figures(long)["約2 400 \n間"] == Decimal("2400")
    assert _figures(long.replace(" \n", "\n "))["約2 400\n 間"] == Decimal("2400")


def test_a_heading_or_list_item_line_keeps_its_break() -> None:
    text = "附件二\n個人資料私隱的保障措施。\n第五章\n2 400間宿舍已落成。"
    ctext, _, cblocks = unwrap(text, blocks(text))
    assert ctext == text and len(cblocks) == 4


def test_a_table_row_ending_in_a_number_cell_is_not_joined_to_the_next_row() -> None:
    assert _figures("宿舍總數 2 400\n名額上限 120") == {}
    assert _figures("提供約 2 400\n間宿舍。") == {"約 2 400\n間": Decimal("2400")}  # a gap after a qualifier


def test_a_long_table_row_ending_in_a_gapped_cell_is_not_a_wrapped_line() -> None:
    # a row of 25+ characters ends in a cell; the next row starts with its label year: no '61.2\n2019' figure
    table = ("乙表 各區指數\n單位：%\n年份        甲區      乙區      丙區      丁區\n2018年上半年   58.3    60.1    57.9    61.2\n"
             "2019年上半年   59.4    62.0    55.8    60.7\n")
    got = _figures(table)
    assert not [t for t in got if "\n" in t]
    assert got["61.2"] == Decimal("61.2") and got["60.7"] == Decimal("60.7")
