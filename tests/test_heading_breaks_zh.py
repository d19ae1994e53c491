"""chinese.unwrap (issue 14, session 25): a heading's or a list label's break is a boundary, not a wrapped line.

A full line that ends in a name (a list of villages) followed by a short label line (甲县:2个) was joined to
it as if a layout had wrapped the line, so the last village ran into the label (…白石村乙县); a space after a
numbered heading was dropped as a PDF's line join, so the heading ran into its paragraph. Made-up texts."""

from __future__ import annotations

from pipeline.extract.chinese import ChineseExtractor, unwrap
from pipeline.extract.entities.gazetteer import load_gazetteer
from pipeline.extract.heading_breaks_zh import heading_gaps, label_line
from pipeline.lang import blocks
from pipeline.records import Document

LIST = "东坑镇南山村、西岭镇北溪村、大塘镇新围村、上洞镇石坑村、下坝镇白石村\n乙县:1个\n中和镇东岸村\n"


def test_a_label_line_after_a_full_list_line_keeps_its_break() -> None:
    ctext, _, cblocks = unwrap(LIST, blocks(LIST))
    assert ctext == LIST and len(cblocks) == 3


def test_the_last_village_of_a_list_line_is_not_run_into_the_label() -> None:
    extractor = ChineseExtractor(load_gazetteer())
    doc = Document("d", "d.txt", "txt", "t", LIST, "s")
    got = {m.text for m in extractor.mentions(doc, extractor.chinese_blocks(LIST))}
    assert "白石村" in got and not any("\n" in t for t in got)


def test_a_wrapped_line_and_its_closing_tail_are_still_joined() -> None:
    text = "本年度区政府统筹推进城乡建设项目共计四十余项，涵盖道路、供水、学校和医\n院。\n"
    ctext, _, cblocks = unwrap(text, blocks(text))
    assert "医院。" in ctext and len(cblocks) == 1
    assert not label_line("院。") and label_line("乙县:1个") and not label_line("这是一行很长很长的正文文字没有句号但已经超过二十五个字了吧")


def test_a_numbered_headings_closing_space_stays_a_boundary() -> None:
    text = "一、城乡建设 新塘镇完成改造。\n（二）乡村振兴 北岭村获评示范村。\n"
    ctext, _, _ = unwrap(text, blocks(text))
    assert "城乡建设 新塘镇" in ctext and "乡村振兴 北岭村" in ctext


def test_a_space_inside_a_sentence_or_after_a_sentence_like_heading_still_goes() -> None:
    text = "政府會向香港科技園 公司撥款。\n一、城乡建设，稳步推进 新塘镇完成改造。\n1. 政府会向科学园 公司拨款。\n"
    ctext, _, _ = unwrap(text, blocks(text))
    assert "香港科技園公司" in ctext and "稳步推进新塘镇" in ctext and "科学园公司" in ctext
    assert heading_gaps(text, 0, len(text)) == set()


def test_a_wrapped_titles_short_last_line_is_joined() -> None:
    # a short line ending in a character is a label only when it looks like one (a count after a colon, a
    # numbered heading): the last line of a wrapped title is joined, and the name split by the wrap is read
    title = "某市人民政府办公厅关于印发某市某区人民政府与广东省交通运输\n厅合作框架协议的通知\n"
    ctext, _, cblocks = unwrap(title, blocks(title))
    assert "交通运输厅合作" in ctext and len(cblocks) == 1
    assert not label_line("厅合作框架协议的通知") and not label_line("黄埔区人民政府认真贯彻落实")
    assert label_line("二、基础设施") and label_line("甲县：12个") and label_line("第三章 总则")
    extractor = ChineseExtractor(load_gazetteer())
    doc = Document("d", "d.txt", "txt", "t", title, "s")
    got = {m.text.replace("\n", "") for m in extractor.mentions(doc, extractor.chinese_blocks(title))}
    assert "广东省交通运输厅" in got and "广东省" not in got


def test_a_space_before_a_bodys_kind_word_in_a_heading_still_goes() -> None:
    # in a numbered heading too, a space before 政府 / 公司 is the PDF's join inside the name, not the heading's end
    text = "一、支持某市某区人民 政府推进改革\n（二）深化与某某科技园 公司的合作\n（三）城乡建设 新塘镇完成改造。\n"
    ctext, _, _ = unwrap(text, blocks(text))
    assert "某区人民政府推进" in ctext and "科技园公司的" in ctext and "城乡建设 新塘镇" in ctext
    assert len(heading_gaps(text, 0, len(text))) == 1
