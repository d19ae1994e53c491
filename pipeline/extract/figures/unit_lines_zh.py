"""A Chinese table's unit line ('单位:%', '單位：百萬元', letter-spaced '單 位 : 百 萬 元') and the unit it declares.

A budget paper's table may instead state its unit in a note above it that goes on with other words ('(所有數字單位為
百萬元 並按一九九九至二〇〇〇年度價格計算)', '（单位为亿元，下同）'): `UNIT_NOTE` reads the money unit such a note
names. Its scale must be a scale word (百萬, 億), never a number ('每個單位為100萬元' states an amount, not a unit).
A title line may state it in brackets alone ('政府開支 (百萬元)', '綜合帳目（以百萬元計）'): `UNIT_PAREN`. Such a
bracket is a unit, not an amount (no figure of one million dollars), wherever it stands.

table_units_zh gives a table's bare cells the declared unit; the figure reader (reading_zh.slogan_spans) reads the
line's own numerals (百萬) as no amount, like a quoted name's. Here so that both can import it without a circle.
"""

from __future__ import annotations

import re
from decimal import Decimal

from pipeline.extract.figures.numbers_zh import lexicon, parse_number

__all__ = ["UNIT_LINE", "UNIT_NOTE", "UNIT_PAREN", "declared_unit", "note_unit", "unit_line_spans"]

UNIT_LINE = re.compile(r"[单單][ \u3000]*位[ \u3000]*[:：][ \u3000]*([^\n:：]{1,16}?)[ \u3000]*[)）]?[ \u3000]*$", re.M)
UNIT_NOTE = re.compile(r"[单單][ \u3000]*位[ \u3000]*[為为][ \u3000]*([百千萬万億亿十]*[^\s\n,，。;；:：)）|並并及按]{1,4})")
UNIT_PAREN = re.compile(r"[（(][ \u3000]*以?[ \u3000]*([百千萬万億亿十]*[^\s\n,，。;；:：()（）|計计]{1,3})[ \u3000]*[計计]?[ \u3000]*[)）]")
PERCENT = ("%", "％", "百分比")


def declared_unit(declared: str) -> tuple[str, Decimal, str] | None:
    """'%' -> ('percent', 1, ''); '百萬元' -> ('money', 1e6, ''); '億美元' -> ('money', 1e8, 'USD'); else None."""
    unit = re.sub(r"[ \u3000（）()]", "", declared)
    if unit in PERCENT:
        return "percent", Decimal(1), ""
    lex = lexicon()
    for word in lex["_currency_suffixes"]:  # longest first
        code = lex["currency_suffixes"][word]
        if unit.endswith(word):
            scale = unit[:-len(word)]
            factor = parse_number(scale) if scale else Decimal(1)
            return ("money", factor, str(code)) if factor is not None else None
    return None


def note_unit(declared: str) -> tuple[str, Decimal, str] | None:
    """The money unit a note names ('百萬元', '億港元'); None for a number ('100萬元') or any other unit."""
    unit = declared.strip()
    for word in lexicon()["_currency_suffixes"]:
        if unit.endswith(word) and re.fullmatch(r"[百千萬万億亿十]*", unit[:-len(word)]):
            return declared_unit(unit)
    return None


def unit_line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of '單位：百萬元' lines in text[start:end]: the numerals in them (百萬) state a unit, not an amount."""
    return [(m.start(), m.end()) for m in UNIT_LINE.finditer(text, start, end) if declared_unit(m.group(1))] + \
        [(m.start(), m.end()) for m in UNIT_NOTE.finditer(text, start, end) if note_unit(m.group(1))] + \
        [(m.start(), m.end()) for m in UNIT_PAREN.finditer(text, start, end) if note_unit(m.group(1))]
