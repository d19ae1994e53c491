"""Chinese pages converted to Traditional with reading aids write a character's pinyin after it (會(huì)議, 區(qū)): the
notes are no part of the words, so the recognizers read the text without them, and the mentions' offsets still point
into the text as written (session 21, issue 14). Sentences are made up."""

from __future__ import annotations

from pipeline.extract.chinese import ChineseExtractor, unwrap
from pipeline.extract.entities.gazetteer import load_gazetteer
from pipeline.lang import blocks
from pipeline.records import Document


def test_unwrap_drops_pinyin_notes_after_characters() -> None:
    text = "某區(qū)第十屆人民代表大會(huì)第一次會(huì)議開幕。"
    ctext, cmap, _ = unwrap(text, list(blocks(text)))
    assert ctext == "某區第十屆人民代表大會第一次會議開幕。"
    assert text[cmap[ctext.index("議")]] == "議"


def test_latin_in_brackets_without_a_tone_mark_stays() -> None:
    text = "發展人工智能(ai)和大數據(big data)產業。"
    ctext, _, _ = unwrap(text, list(blocks(text)))
    assert ctext == text


def test_a_session_line_with_notes_names_no_place() -> None:
    text = "1月5日上午,佛山市南海區(qū)第十屆人民代表大會(huì)第三次會(huì)議開幕。會(huì)議在區(qū)委的領(lǐng)導(dǎo)下進行。"
    extractor = ChineseExtractor(load_gazetteer())
    got = extractor.mentions(Document("d", "d.txt", "txt", "t", text, "s"), extractor.chinese_blocks(text))
    assert all(text[m.start:m.end] == m.text for m in got)
    assert not any(getattr(m, "label", "") == "PLACE" and "佛山" in m.text for m in got)
